"""The municipality rules: the ordered rule table and each rule's trigger."""

from __future__ import annotations

import dataclasses

import pytest
import spacy

from pipeline.extract import municipality_rules
from pipeline.extract.municipalities import SPAN_KEY
from pipeline.extract.municipality_context import Candidate
from pipeline.extract.municipality_lexicon import municipality_words
from pipeline.extract.municipality_rules import (
    DUTCH_WORD,
    MENTION,
    MUNICIPALITY_RULES,
    NAME_ONLY,
    NOT_HERE,
    RULES,
    MunicipalityRule,
    after_postcode,
    amount_follows,
    ends_title_line,
    gemeente_column_row,
    in_organisation_context,
    in_person_context,
    in_person_list,
    name_before_verb,
    organisation_follows,
    other_province_suffix,
    party_follows,
    table_cells,
    table_row_amount,
    title_word,
)
from pipeline.gazetteer import lookup


def found(annotate_text, text):
    doc, _ = annotate_text(text)
    return [(s.text, s.label_) for s in doc.spans[SPAN_KEY]]


def test_the_rule_table_names_every_rule_once_and_the_exclusions_come_first():
    names = [rule.name for rule in MUNICIPALITY_RULES]
    assert len(set(names)) == len(names)
    means = [rule.means for rule in MUNICIPALITY_RULES]
    assert means == sorted(means, key=lambda m: m != NOT_HERE)
    assert set(RULES) == {r.name for r in MUNICIPALITY_RULES if r.means == MENTION}
    # Every name ends with a rule that always holds: a mention always gets a label.
    assert [r.name for r in MUNICIPALITY_RULES if r.names == NAME_ONLY][-1] == "gazetteer_alias"


def _with(rule: MunicipalityRule, before: str) -> tuple[MunicipalityRule, ...]:
    at = [r.name for r in MUNICIPALITY_RULES].index(before)
    return MUNICIPALITY_RULES[:at] + (rule,) + MUNICIPALITY_RULES[at:]


def test_a_new_mention_rule_is_one_entry_in_the_table(annotate_text, monkeypatch):
    text = "Het geld gaat naar (Almere) en naar Lelystad."
    assert found(annotate_text, text) == [("Almere", "gazetteer_name"), ("Lelystad", "gazetteer_name")]
    in_brackets = MunicipalityRule(
        "name_in_brackets",
        lambda c: c.cand.start > 0 and c.doc[c.cand.start - 1].text == "(",
        names=NAME_ONLY,
    )
    monkeypatch.setattr(municipality_rules, "MUNICIPALITY_RULES", _with(in_brackets, "gazetteer_name"))
    assert found(annotate_text, text) == [("Almere", "name_in_brackets"), ("Lelystad", "gazetteer_name")]


def test_a_new_exclusion_is_one_entry_in_the_table(annotate_text, monkeypatch):
    text = "We reisden van station Almere naar Lelystad."
    station = MunicipalityRule(
        "station", lambda c: c.cand.start > 0 and c.doc[c.cand.start - 1].lower_ == "station", NOT_HERE)
    monkeypatch.setattr(municipality_rules, "MUNICIPALITY_RULES", _with(station, "address_block"))
    assert found(annotate_text, text) == [("Lelystad", "gazetteer_name")]


def test_a_dutch_word_name_needs_a_rule_with_evidence(annotate_text, monkeypatch):
    # 'Best' opens the sentence: only its capital, which does not count there.
    text = "Best ontvangt het geld."
    assert found(annotate_text, text) == [("Best", "name_before_verb")]
    no_evidence = tuple(
        dataclasses.replace(r, evidence=False) if r.name == "name_before_verb" else r
        for r in MUNICIPALITY_RULES
    )
    monkeypatch.setattr(municipality_rules, "MUNICIPALITY_RULES", no_evidence)
    assert found(annotate_text, text) == []


def test_rules_for_dutch_word_names_leave_other_names_alone(annotate_text):
    assert {r.name for r in MUNICIPALITY_RULES if r.names == DUTCH_WORD} >= {
        "name_before_amount", "gemeente_column", "name_before_verb", "capitalised_name"}
    # 'Almere' before an amount is no Dutch word: it keeps its gazetteer label.
    assert found(annotate_text, "Almere (€ 157.000) en Huizen (€ 20.000)") == [
        ("Almere", "gazetteer_name"), ("Huizen", "name_before_amount")]


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


def test_table_cells():
    assert table_cells("Delft\t40") == ["Delft", "40"]
    assert table_cells("| Leiden | € 8.500 |") == ["Leiden", "€ 8.500"]
    assert table_cells("Goes      12   nieuw") == ["Goes", "12", "nieuw"]
    assert table_cells("In Goes is het 12 graden.") == ["In Goes is het 12 graden."]


def test_gemeente_column_row():
    lex = municipality_words()
    text = "Gemeente\tDeelnemers\nHuizen\t12\nDelft\t40"
    delft = text.index("Delft")
    assert gemeente_column_row(text, delft, delft + 5, lex)
    ruled = "| Gemeenten | Aantal |\n|---|---|\n| Delft | 40 |"
    delft = ruled.index("Delft")
    assert gemeente_column_row(ruled, delft, delft + 5, lex)
    prose = "Gemeente\tDeelnemers\nHuizen\t12\nIn totaal deden zij mee.\nDelft\t40"
    delft = prose.index("Delft")
    assert not gemeente_column_row(prose, delft, delft + 5, lex)
    # the name must fill the first cell
    second = "Gemeente\tPlaats\nHuizen\tDelft"
    delft = second.index("Delft")
    assert not gemeente_column_row(second, delft, delft + 5, lex)


def test_after_postcode(tok):
    assert after_postcode(tok("2500 EH DEN HAAG"), 2)
    assert after_postcode(tok("1300AE Almere"), 1)
    assert not after_postcode(tok("in 2016 eh Almere"), 3)  # the letters are two capitals
    assert not after_postcode(tok("op 12 maart Almere"), 3)


def test_amount_follows(tok):
    lex = municipality_words()
    assert amount_follows(tok("Huizen (€ 157.000)"), 1, lex)
    assert amount_follows(tok("Amsterdam, (€ 920.000)"), 1, lex)
    assert amount_follows(tok("Putten: 2 miljoen euro"), 1, lex)
    assert not amount_follows(tok("Putten (Gelderland)"), 1, lex)


def test_table_row_amount(tok):
    lex = municipality_words()
    assert table_row_amount(tok("Huizen    € 157.000"), Candidate(0, 1, None), lex)
    assert table_row_amount(tok("| Huizen | € 157.000 |"), Candidate(1, 2, None), lex)
    assert not table_row_amount(tok("Huizen € 20.000 duurder"), Candidate(0, 1, None), lex)
    assert not table_row_amount(tok("Huizen 6 6"), Candidate(0, 1, None), lex)
    assert not table_row_amount(tok("naar Huizen € 5"), Candidate(1, 2, None), lex)


def test_name_before_verb(tok):
    lex = municipality_words()
    assert name_before_verb(tok("Putten ontvangt geld"), 1, lex)
    assert not name_before_verb(tok("Putten krijgen water"), 1, lex)


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
