"""A newspaper's page printed whole, known by its running head (``doc_news_pages.py``), on texts written for these
tests."""

from __future__ import annotations

import pytest

from pipeline.extract.doc_news_pages import paper_page_date, rule_nieuws_paper_page
from pipeline.extract.document import evidence
from pipeline.records import CleanPage
from tests.fixtures.documents import describe_pages

ITEMS = ("Gemeente Epe informeert\n\nWerkzaamheden Hoofdstraat\nVan maandag 7 tot en met vrijdag 18 oktober vervangt de "
         "gemeente de riolering in de Hoofdstraat. Het verkeer wordt omgeleid.\n")


@pytest.mark.parametrize(("head", "value"), [
    ("Epe's Nieuwsblad · dinsdag 1 oktober 2024 · pagina 11", "2024-10-01"),
    ("De Stentor | zaterdag 16 maart 1991 | 23", "1991-03-16"),
    # A scan reads the middle dots as dashes.
    ("Veluwe Koerier - woensdag 2 oktober 2024 - blz. 4", "2024-10-02"),
    # Near misses: a report's running head without the issue's weekday; a browser's print line; a dated heading.
    ("Jaarverslag 2023 · 12 maart 2024 · 3", None),
    ("2-10-2024 09:15 Gemeente Epe - Nieuws https://www.epe.nl/nieuws 1/2", None),
    ("Raadsvergadering · donderdag 3 oktober 2024", None),
])
def test_a_newspapers_running_head_dates_its_page(head, value):
    ev = evidence((CleanPage.from_text(head + "\n" + ITEMS),))
    hit = paper_page_date(ev)
    assert (hit.value if hit else None) == value
    assert rule_nieuws_paper_page(ev) is (value is not None)


def test_a_municipalitys_page_in_the_weekly_is_news_dated_by_the_issue():
    text = "De Epe Courant · woensdag 9 oktober 2024 · pagina 7\n" + ITEMS + ("\nBekendmakingen\nAanvraag ontvangen "
                                                                              "op 2 oktober 2024: Kerkweg 3, schuur.\n")
    info = describe_pages(text)
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("nieuws", "nieuwsbericht", "2024-10-09")
