"""Items of a list whose lead gives them to the letter's addressee (pipeline.link.your_list)."""

from __future__ import annotations

_TO_ZWOLLE = ("Aan het college van burgemeester en wethouders van de gemeente Zwolle\nPostbus 10007\n"
              "8000 GA ZWOLLE\n\nGeacht college,\n\n")
_ITEMS = ("1. vervangende nieuwbouw van de school, volgens de normvergoeding € 4.210.000;\n"
          "2. tijdelijke huisvesting gedurende de bouw: € 240.000;\n"
          "3. sloop van het bestaande gebouw: € 96.500.\n\n")


def test_the_items_under_a_request_to_the_college_are_its_money(links_of):
    text = (_TO_ZWOLLE + "Op grond van de verordening vragen wij u de volgende voorzieningen op te nemen in het "
            "programma 2026:\n" + _ITEMS)
    assert [c for _, c in links_of(text)] == ["GM0193"] * 3


def test_the_items_under_a_lead_without_the_addressee_stay_unlinked(links_of):
    # Near miss: the board lists its own costs; the lead asks nothing of the college.
    text = _TO_ZWOLLE + "De kosten van het project zijn als volgt opgebouwd:\n" + _ITEMS
    assert [c for _, c in links_of(text)] == [None] * 3


def test_an_item_that_names_another_municipality_is_not_the_addressees(links_of):
    text = (_TO_ZWOLLE + "Wij vragen u de volgende bijdragen op te nemen:\n"
            "1. de gymzaal in Kampen: € 120.000;\n2. de school: € 80.000.\n")
    assert [c for _, c in links_of(text)] == ["GM0166", "GM0193"]
