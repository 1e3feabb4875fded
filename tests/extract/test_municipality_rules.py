"""The municipality rules: the ordered rule table and each rule's trigger."""

from __future__ import annotations

import dataclasses

import pytest
import spacy

from pipeline.extract import municipality_rules
from pipeline.extract.municipalities import SPAN_KEY
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
    name_before_verb,
)


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


def test_after_postcode(tok):
    assert after_postcode(tok("2500 EH DEN HAAG"), 2)
    assert after_postcode(tok("1300AE Almere"), 1)
    assert not after_postcode(tok("in 2016 eh Almere"), 3)  # the letters are two capitals
    assert not after_postcode(tok("op 12 maart Almere"), 3)


def test_name_before_verb(tok):
    lex = municipality_words()
    assert name_before_verb(tok("Putten ontvangt geld"), 1, lex)
    assert not name_before_verb(tok("Putten krijgen water"), 1, lex)
