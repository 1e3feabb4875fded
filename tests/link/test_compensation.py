"""Compensation asked of or advised to a college, in a third party's document (pipeline.link.compensation)."""

from __future__ import annotations

_ADVICE = "Advies van de commissie bezwaarschriften aan het college van burgemeester en wethouders van Dordrecht\n\n"


def test_compensation_asked_of_the_college(links_of):
    text = _ADVICE + "Bezwaarde verzoekt het college om vergoeding van de gederfde huur, € 2.850.\n"
    assert links_of(text) == [("€ 2.850", "GM0505")]


def test_compensation_advised_in_a_list_under_its_lead_in(links_of):
    text = _ADVICE + ("De commissie adviseert het college:\n- het bezwaar gegrond te verklaren;\n"
                      "- aan bezwaarde een vergoeding van € 1.294 toe te kennen.\n")
    assert links_of(text) == [("€ 1.294", "GM0505")]


def test_the_applicants_own_figures_are_not_asked_of_the_college(links_of):
    # No word of compensation: the turnover is the applicant's.
    text = _ADVICE + "De omzet van aanvrager bedroeg € 512.000, zo heeft het college vastgesteld.\n"
    assert links_of(text) == [("€ 512.000", None)]


def test_a_college_nobody_addresses_is_no_ones(links_of):
    text = "Bezwaarde verzoekt het college om vergoeding van de gederfde huur, € 2.850.\n"
    assert links_of(text) == [("€ 2.850", None)]
