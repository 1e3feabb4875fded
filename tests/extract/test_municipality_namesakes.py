"""The namesakes of a municipality: organisations, persons and a village in another province."""

from __future__ import annotations

import pytest
import spacy

from pipeline.extract.municipality_context import Candidate
from pipeline.extract.municipality_lexicon import municipality_words
from pipeline.extract.municipality_namesakes import (
    ends_title_line,
    in_organisation_context,
    in_person_context,
    in_person_list,
    organisation_follows,
    other_province_suffix,
    party_follows,
    title_word,
)
from pipeline.gazetteer import lookup


@pytest.fixture(scope="module")
def tok():
    return spacy.blank("nl")


def test_in_organisation_context(tok):
    lex = municipality_words()
    assert in_organisation_context(tok("de Universiteit Utrecht"), 2, lex)
    assert in_organisation_context(tok("de Hogeschool van Amsterdam"), 3, lex)
    assert not in_organisation_context(tok("de Gemeente Amsterdam"), 2, lex)


def test_a_name_that_ends_an_organisations_own_name_is_no_municipality(tok):
    lex = municipality_words()
    assert in_organisation_context(tok("Stichting Kunstencentrum Venlo"), 2, lex)
    assert in_organisation_context(tok("de Stichting Cultuurhuis Heerenveen"), 3, lex)
    # A name of three words before the municipality's (a foundation's row in a grant table).
    assert in_organisation_context(tok("Stichting Nationaal Park Utrechtse Heuvelrug"), 3, lex)
    assert not in_organisation_context(tok("Stichting Nationaal Park\tUtrechtse Heuvelrug"), 4, lex)
    # A lower-case word between, or a line break: the name is not part of the organisation's.
    assert not in_organisation_context(tok("een stichting in Venlo"), 3, lex)
    assert not in_organisation_context(tok("Stichting Muziekschool\nVenlo"), 3, lex)


def test_a_name_after_a_company_compound_of_bedrijf_is_the_companys(tok):
    lex = municipality_words()
    # A port or waste company bearing its city's name (a partner's row in a project's budget).
    assert in_organisation_context(tok("Havenbedrijf Amsterdam N.V."), 1, lex)
    assert in_organisation_context(tok("het Afvalbedrijf Regio Velsen"), 3, lex)
    # A company in the municipality is where it is, not its name.
    assert not in_organisation_context(tok("een bedrijf in Velsen"), 3, lex)


def test_an_organisation_word_ending_the_paragraph_before_is_no_context(tok):
    lex = municipality_words()
    # A news headline ending in 'haven', an empty line, the article opening with the name.
    doc = tok("Twee ton voor de haven\n\nUrk krijgt geld")
    assert not in_organisation_context(doc, [t.text for t in doc].index("Urk"), lex)
    # Near misses: the organisation word on the same line, or on the line right above.
    assert in_organisation_context(tok("De Haven Urk"), 2, lex)
    doc = tok("de Rechtbank\nDen Haag")
    assert in_organisation_context(doc, [t.text for t in doc].index("Den"), lex)


def test_in_person_context(tok):
    lex = municipality_words()
    assert in_person_context(tok("mr. G.A. Van der Steur"), 4, lex)
    assert in_person_context(tok("minister Van Boxtel"), 2, lex)
    assert in_person_context(tok("de heer Weert"), 2, lex)
    assert not in_person_context(tok("Van Boxtel naar Tilburg"), 1, lex)
    assert not in_person_context(tok("de burgemeester van Almere"), 3, lex)
    assert in_person_context(tok("Jan Peter van Weert"), 3, lex)
    assert not in_person_context(tok("Aboutaleb van Rotterdam"), 2, lex)


def test_in_person_context_office_titles_need_the_name_right_after_them(tok):
    lex = municipality_words()
    assert in_person_context(tok("wethouder Kampen opende"), 1, lex)
    assert not in_person_context(tok("de wethouder van Kampen opende"), 3, lex)
    assert in_person_context(tok("burgemeester Van Kampen opende"), 2, lex)
    assert in_person_context(tok("VVD-Kamerlid Putten vroeg"), 1, lex)
    assert not in_person_context(tok("Burgemeester Almere\nPostbus 200"), 1, lex)


def test_title_word_reads_the_last_part_of_a_compound():
    assert title_word("oud-minister") == "minister"
    assert title_word("vvd-kamerlid") == "kamerlid"
    assert title_word("burgemeester") == "burgemeester"


def test_ends_title_line(nlp):
    assert ends_title_line(nlp("Burgemeester Almere"), 0, 2)
    assert ends_title_line(nlp("Burgemeester Almere en voorzitter"), 0, 2)
    assert ends_title_line(nlp("Burgemeester Almere\nPostbus 1"), 0, 2)
    assert not ends_title_line(nlp("Burgemeester Kampen opende het gebouw."), 0, 2)
    assert not ends_title_line(nlp("Zij sprak met burgemeester Kampen."), 3, 5)


def test_in_person_list(tok):
    lex = municipality_words()
    doc = tok("van de leden Bromet en Westerveld (beiden)")
    assert in_person_list(doc, 5, lex)
    assert in_person_list(tok("de leden Van der Graaf, Jansen en Kampen"), 8, lex)
    assert not in_person_list(tok("de leden en Almere"), 3, lex)
    assert not in_person_list(tok("de leden bezochten Almere"), 3, lex)


def test_party_follows(tok):
    lex = municipality_words()
    assert party_follows(tok("Westerveld (GroenLinks) vroeg"), 1, lex) == (True, False)
    assert party_follows(tok("Kampen en Houten (beiden CDA)"), 3, lex) == (True, True)
    assert party_follows(tok("Assen (Groen Links-PvdA)"), 1, lex) == (True, False)
    assert party_follows(tok("Westerveld (Drenthe)"), 1, lex) == (False, False)
    assert party_follows(tok("Huizen (€ 157.000)"), 1, lex) == (False, False)


def test_other_province_suffix(tok):
    lex = municipality_words()
    hengelo = lookup("Hengelo")
    assert other_province_suffix(tok("Hengelo (Gld.)"), Candidate(0, 1, hengelo), lex)
    assert not other_province_suffix(tok("Hengelo (Ov)"), Candidate(0, 1, hengelo), lex)
    assert not other_province_suffix(tok("Hengelo (€ 5)"), Candidate(0, 1, hengelo), lex)


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("Tilburg University", 1, True),
        ("Amsterdam UMC", 1, True),
        ("Eindhoven Airport", 1, True),
        ("Amsterdam ontvangt", 1, False),
    ],
)
def test_organisation_follows(tok, text, end, expected):
    assert organisation_follows(tok(text), end, municipality_words()) is expected
