"""A rekenkamer's or an accountant's report on one municipality: a third party's document.

``Rekenkamer Enschede | Onderzoek naar de cultuursubsidies`` reports on Enschede's money, so its
budget and realisation (``Begroot | Gerealiseerd | Verschil``, ``Begroting 2023 | Rekening
2023``) are Enschede's spending as a third party tells it, and carry its code (ANNOTATING.md:
a rekenkamer's report is a third party's document); its totals, the rows of subsidies to
organisations (``Subsidie Vluchtelingenwerk``) and a municipality's own budget table (no audit
body at its head) get none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.gazetteer import lookup
from pipeline.link.mentions import total_row
from pipeline.phrases import alternation
from pipeline.records import DocumentInfo
from pipeline.resource_files import AmountsLinkingFile

# How many non-empty lines of the text's head may name the audit body.
_HEAD_LINES = 6
# A municipality's name after the audit body has at most this many words ('Bergen op Zoom').
_NAME_MAX_WORDS = 4


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    data = load_file(AmountsLinkingFile)
    body = re.compile(
        # 'Rekenkamer Enschede', 'Accountantsverslag 2024 gemeente Oss'.
        r"(?<![\w])" + alternation(data.audit_bodies)
        + r"(?:(?:[ \t]+[^\s|]+){0,3}?[ \t]+(?:de[ \t]+)?gemeente|[ \t]+van)?[ \t]+"
        + r"(?P<name>[A-Z][^\s|]*(?:[ \t]+[^\s|]+){0," + str(_NAME_MAX_WORDS - 1) + "})", re.IGNORECASE)
    columns = re.compile(r"^\W*" + alternation(data.audited_columns) + r"(?![\w])", re.IGNORECASE)
    organisations = re.compile(r"^\W*" + alternation(data.organisation_rows) + r"(?![\w])", re.IGNORECASE)
    return body, columns, organisations


def audited_municipality(info: DocumentInfo, text: str, furniture: tuple[str, ...] = ()) -> str | None:
    """The municipality a rekenkamer's or an accountant's report is on, when its head names the
    body with one municipality (``Rekenkamer Enschede``, ``Accountantsverslag 2024 gemeente
    Zaltbommel``); a regional body (``Rekenkamer West-Brabant``) names none."""
    body = _words()[0]
    head = [ln for ln in text.splitlines() if ln.strip()][:_HEAD_LINES]
    year = int(info.doc_date[:4]) if info.doc_date and info.doc_date[:4].isdigit() else None
    codes = set()
    for line in (*head, *furniture, info.title or ""):
        for m in body.finditer(line):
            words = m["name"].split()
            # The longest run of words that is a municipality: the header may go on after it.
            found = next((f for n in range(len(words), 0, -1)
                          if (f := lookup(" ".join(words[:n]).rstrip(".,:;"), year)) is not None), None)
            if found is not None:
                codes.add(found.code)
    return codes.pop() if len(codes) == 1 else None


def audited_cell(text: str, start: int, row_label: str | None, column_label: str | None) -> bool:
    """Whether the table figure at ``start`` is the audited municipality's budget or
    realisation: a column of those, a row that is no total and no subsidy to an organisation."""
    _, columns, organisations = _words()
    if not column_label or columns.match(column_label) is None or total_row(text, start):
        return False
    return not (row_label and organisations.match(row_label))
