"""The link zoo: documents that give amounts to municipalities, or mention one beside an amount
that is not its money, as Dutch public bodies print them.

The documents are in ``links/*.json``, one file per family (allocation tables, letters and
decisions, news and press releases). Each is printed in the notation of ``build.py``
(``pages``) and carries every amount a reader finds on its pages, as ``[text, value_eur,
municipality]``: the CBS code of the municipality that receives the amount or is charged it,
where the text or the table row says so (``tests/real/ANNOTATING.md``), else null; a blacked-out
figure has the value ``REDACTED`` (scored as a redacted amount, ``corpus/gold/README.md``). Totals,
provinces, regions, foundations and projects that merely lie in a municipality get none.
``scan`` entries are rendered, turned and speckled, and read by tesseract.

Written for these tests from what is printed, before kenmerk ran on them; none is copied from
a real document.

The family in ``blind2/links/`` (``blind_money``) was written by an annotator who never saw
kenmerk's rules, from ANNOTATING.md alone (their decisions where it is silent in
``blind2/links/CONVENTIONS.md``), so it measures how the linking rules hold on wording nobody
fitted them to; it is scored apart from the families written by the rules' authors. The family in
``blind3/links/`` (``blind3_money``), written the same way by another annotator (their decisions
in ``blind3/links/CONVENTIONS.md``), is scored apart again, and so is the family in
``blind4/links/`` (``blind4_money``), written by a third (``blind4/links/CONVENTIONS.md``), and so are
``blind14/links/`` and ``blind15/links/``, written by two more from one brief, the second kept apart
from the fixes the first led to. The later rounds (``blind17/links/``, ``blind19/links/``,
``blind21/links/``, ``blind24/links/``, ``blind27/links/``, ``blind31/links/``, ``blind35/links/``,
``blind39/links/``, ``blind43/links/``, ``blind47/links/``, ``blind51/links/``, ``blind53/links/``) were written the
same way, by two writers each, each kept apart from the fixes of the session that wrote it and fixed on in the next;
``blind53`` is the one kept apart now. ``blind29/links/`` was written at the seventeenth session's end, after all
its fixes, and read once then; ``blind33/links/`` the same way at the eighteenth session's end,
``blind37/links/`` at the nineteenth's, ``blind41/links/`` at the twentieth's, ``blind45/links/`` at the
twenty-first's and ``blind49/links/`` at the twenty-second's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.testing import load_test_module

families = load_test_module(Path(__file__).with_name("families.py"))

FAMILIES = Path(__file__).resolve().parent / "links"
# Folder of each group of families, and the prefix of its families' names: the zoo, then every
# blind round's ``blind*/links/`` (the first, in ``blind2/``, is the group ``blind``).
GROUPS = {"zoo": (FAMILIES, ""), **{
    ("blind" if folder.parent.name == "blind2" else folder.parent.name):
        (folder, ("blind" if folder.parent.name == "blind2" else folder.parent.name) + "_")
    for folder in sorted(Path(__file__).resolve().parent.glob("blind*/links"),
                         key=lambda f: int(f.parent.name.removeprefix("blind") or 1))}}
KEYS = {"name", "scan", "pages", "amounts"}


@dataclass(frozen=True)
class LinkDocument:
    name: str
    family: str
    pages: tuple[tuple[str, ...], ...]
    # (text as printed, value in euro, CBS code or None)
    amounts: tuple[tuple[str, str, str | None], ...]
    scan: bool = False
    # "zoo" (written by the rules' authors), or the blind group of an annotator who never saw
    # the rules ("blind": ``blind2/links/``, "blind3": ``blind3/links/`` and so on).
    group: str = "zoo"

    @property
    def blind(self) -> bool:
        return self.group != "zoo"

    def gold(self) -> list[dict]:
        """The document's amounts as gold lines of ``corpus/gold/README.md``."""
        return [
            {"doc": f"{self.name}.pdf", "kind": "amount", "text": text, "value_eur": value,
             "redacted": value == "REDACTED", "municipality": code}
            for text, value, code in self.amounts
        ]


def load() -> tuple[LinkDocument, ...]:
    return tuple(
        LinkDocument(
            name=entry["name"], family=prefix + family,
            scan=entry.get("scan", False), group=group,
            pages=tuple(tuple(page) for page in entry["pages"]),
            amounts=tuple(tuple(a) for a in entry["amounts"]),
        )
        for group, (folder, prefix) in GROUPS.items()
        for family, entry in families.entries(folder, KEYS)
    )


ZOO = load()
