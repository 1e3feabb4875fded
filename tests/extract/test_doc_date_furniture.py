"""A report's own date in the footer printed on every page (``pipeline/extract/doc_date_furniture.py``)."""

from __future__ import annotations

import pytest

from pipeline.extract.doc_date import document_date
from pipeline.extract.doc_date_furniture import furniture_version_date
from pipeline.extract.document import evidence
from pipeline.records import CleanPage, RawPage

BUDGET = ("Begroting 2026\n\nRegionale Uitvoeringsdienst Drenthe\n\nVoorwoord\nVoor u ligt de begroting 2026. De "
          "bijdragen van de gemeenten stijgen met de afgesproken indexatie.\n")


def _ev(furniture: tuple[str, ...]):
    page = CleanPage(number=1, text=BUDGET, raw=RawPage(number=1, text=BUDGET, method="pdf", furniture=furniture),
                     raw_offsets=tuple(range(len(BUDGET) + 1)))
    return evidence((page,))


@pytest.mark.parametrize(("footer", "value"), [
    ("Begroting 2026 | versie 2.0 | 02-04-2025 | pagina 1", "2025-04-02"),
    ("Begroting 2026 - Conceptversie 3, 14 maart 2025 - pagina 1 van 12", "2025-03-14"),
    # Near miss: a date in the footer that is no version's (the meeting it goes to, a print date).
    ("Begroting 2026 | behandeling AB 1 juli 2025 | pagina 1", None),
    ("Versie 2.0 | Geprint op 02-04-2025 | pagina 1", None),
])
def test_a_version_line_in_the_footer_dates_a_budget(footer, value):
    hit = furniture_version_date(_ev((footer,)))
    assert (hit.value if hit else None) == value
    if value:
        hit = document_date(_ev((footer,)), "jaarverslag", "begroting")
        assert (hit.value, hit.rule, hit.start) == (value, "version_furniture", -1)
