"""The writing municipality's own spending in its own document (pipeline.link.own_spending)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("head", "code"),
    [
        # Its own news item: its own spending is its own money.
        ("Gemeente Gouda\n\nHome > Nieuws > Extra geld\n", None),
        # Near miss: a newspaper's item, a third party's document, gives Gouda its code.
        ("Goudsch Dagblad | Nieuws\n\nHome > Nieuws\n", "GM0513"),
    ],
)
def test_own_spending_by_a_separable_verb(links_of, head, code):
    text = head + "Gouda trekt 1,2 miljoen extra uit voor voorschoolse educatie\n\nGepubliceerd op 2 oktober 2024\n"
    assert [c for _, c in links_of(text)] == [code]


@pytest.mark.parametrize(("head", "code"), [("Gemeente Gouda\n\nHome > Nieuws > Inkomen\n", None),
                                           ("Goudsch Dagblad | Nieuws\n\nHome > Nieuws\n", "GM0513")])
def test_what_it_reclaims_in_its_own_news_is_its_own_income(links_of, head, code):
    text = head + "Gouda vordert € 380.000 bijzondere bijstand terug\n\nGepubliceerd op 4 maart 2025\n"
    assert [c for _, c in links_of(text)] == [code]


def test_what_it_receives_in_its_own_document_keeps_its_code(links_of):
    text = "Gemeente Gouda\n\nHome > Nieuws\n\nGouda krijgt € 1,2 miljoen toegekend voor voorschoolse educatie.\n"
    assert [c for _, c in links_of(text)] == ["GM0513"]


def test_in_its_own_letter_its_spending_keeps_its_code(links_of):
    # Near miss: in a letter the same words name its co-financing of a project (pipeline.link.own).
    text = ("Gemeente Gouda | Postbus 1086 | 2800 BB Gouda\n\nAan de provincie Zuid-Holland\n\nGeacht college,\n\n"
            "De gemeente Gouda trekt € 80.000 uit voor het project.\n")
    assert [c for _, c in links_of(text)] == ["GM0513"]
