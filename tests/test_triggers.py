"""pipeline.triggers: a rule's full pattern, tried only where its trigger fires, finds what it found everywhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import spacy

from pipeline.extract.amount_patterns import patterns
from pipeline.extract.amount_tables import table_words
from pipeline.extract.table_units import SCALE, scale_starts
from pipeline.extract.training_lexicon import training_words
from pipeline.extract.training_tables import column_rules, could_be_header, header_columns, training_table_rules
from pipeline.triggers import Trigger, finditer_at, may_start, page_words, token_indices

ROOT = Path(__file__).resolve().parents[1]

# Pages where a trigger could miss what the full pattern finds: case, white space
# before the phrase, suffixes glued to digits, marks, phrases inside phrases.
EDGES = (
    "Het college trekt € 2,5 miljoen uit; EUR 300.000 en ƒ 25,- en Ƒ 30 en US$ 5 mln.",
    "Een bijdrage van 450k, 2mln en 3 MLD. plus k€ 450 en 12 K€ en 5 keur.",
    "  \n\n   miljoen   \n euro's en EURO’S, amerikaanse dollar, Zwitserse franken",
    "Bedragen x € 1.000 | Begroting\nTotaal\t1.200\nBovenstaande bedragen x 1 miljoen",
    "xxx en XXX.xxx,xx en x.xxx en █ ■■ ▇ [weggelakt] (…) [...] [bedrag]",
    "Euro-land, de eurocrisis, miljoenen, tonnen, kilo, Kelvin ton CO2, twee ton",
    "İstanbul kost € 5 miljoen en İZMİR twee miljoen euro",
    "",
    "€",
    "euro",
)


def _pages() -> list[str]:
    folders = [ROOT / "corpus", *(ROOT / "tests").glob("heldout*/documents")]
    return [p.read_text(encoding="utf-8") for folder in folders for p in sorted(folder.glob("*.txt"))]


PAGES = _pages() + list(EDGES)


def _rules():
    p, words = patterns(), table_words()
    return {
        "sign_before": (p.sign_before, p.sign_trigger),
        "word_after": (p.word_after, p.word_after_trigger),
        "scale": (p.scale, p.scale_trigger),
        "redaction_marker": (p.redaction_marker, p.redaction_trigger),
        "footnote_units": (words.footnote_units, words.footnote_trigger),
    }


@pytest.mark.parametrize("name", list(_rules()))
def test_a_gated_rule_finds_every_match_of_the_full_scan(name):
    pattern, trigger = _rules()[name]
    assert len(PAGES) > 40
    for text in PAGES:
        full = [(m.start(), m.end()) for m in pattern.finditer(text)]
        gated = [(m.start(), m.end()) for m in finditer_at(pattern, text, trigger.positions(text))]
        assert gated == full, (name, text[:80])


def test_a_trigger_holds_the_first_word_or_mark_of_each_phrase():
    trigger = Trigger.of(["euro's", "amerikaanse dollar", "€", "k€", "mln.", " Fl. "], endings=["Daagse"])
    assert trigger.words == {"euro", "amerikaanse", "k", "mln", "fl"}
    assert trigger.marks == {"€"}
    assert trigger.endings == {"daagse"}


def test_a_trigger_fires_on_whole_words_in_any_case_and_on_marks():
    trigger = Trigger.of(["miljoen", "ƒ"])
    text = "Miljoenen, MILJOEN en 2miljoen; Ƒ 5 en ƒ 6"
    assert trigger.positions(text) == [text.index(w) for w in ("MILJOEN", "miljoen;", "Ƒ", "ƒ")]
    assert not trigger.fires("miljoenen en miljoenennota")


def test_a_trigger_with_endings_fires_on_compounds():
    trigger = Trigger.of(["daagse"], endings=["daagse"])
    text = "een Tweedaagse en een 1-daagse"
    assert trigger.positions(text) == [text.index("Tweedaagse"), text.index("daagse", 15)]
    assert not trigger.fires("daagsen")


def test_page_words_keep_their_offsets_when_lower_case_changes_the_length():
    text = "İstanbul en Utrecht"
    words = page_words(text)
    assert "utrecht" in words.words
    assert words.starts("utrecht") == [text.index("Utrecht")]


def test_may_start_says_no_only_when_the_first_word_is_missing():
    assert may_start("Movisie", "Trainingen van MOVISIE.")
    assert not may_start("Movisie", "Trainingen van het Movisiefonds.")
    assert may_start("113 Zelfmoordpreventie", "geen van beide")  # starts with no letter: always tried


def test_token_indices_is_the_loop_over_the_tokens():
    doc = spacy.blank("nl")("In 2016 en 2017 volgden 2016 mensen de training, in 1850 niet.")

    def year(t: str) -> bool:
        return len(t) == 4 and t.isdigit() and 1900 <= int(t) <= 2099

    assert token_indices(doc, year) == [t.i for t in doc if year(t.text)]
    assert token_indices(spacy.blank("nl")(""), year) == []


def test_token_indices_with_a_memo_asks_each_text_once_across_docs():
    nlp = spacy.blank("nl")
    asked = []

    def year(t: str) -> bool:
        asked.append(t)
        return len(t) == 4 and t.isdigit()

    memo: dict[int, bool] = {}
    first, second = nlp("In 2016 en 2017 niet."), nlp("Sinds 2017 en 2018 wel, in 2016 niet.")
    assert token_indices(first, year, memo) == [1, 3]
    assert token_indices(second, year, memo) == [t.i for t in second if year(t.text)]
    asked.clear()
    assert token_indices(second, year, memo) == [1, 3, 7]
    assert asked == []  # every text of the second doc was judged before


def test_a_training_header_line_holds_a_word_of_the_column_trigger():
    lex = training_words()
    columns, trigger = column_rules(lex, training_table_rules())
    for text in PAGES + ["Gemeente 1 daagse 2-daagse\nAlmere 6 6", "Regio\tBASISTRAINING\tOpfriscursus"]:
        for line in text.split("\n"):
            if columns.search(line):
                assert trigger.fires(line), line
    assert re.search(columns, "Gemeente 1 daagse") and trigger.fires("Gemeente 1 daagse")


HEADERS = ("Gemeente 1 daagse 2-daagse\nAlmere 6 6", "Regio\tBASISTRAINING\tOpfriscursus",
           "Naam gemeente Basistraining Verdiepingstraining", "Gemeente | 1 daagse | tweedaagse |",
           "Aantal deelnemers per gemeente  Aantal deelnemers  Aantal getrainden",
           "'s-Hertogenbosch Noord-Oost  e-learning  Aantal")


def test_a_training_header_is_read_wherever_it_was_read_before_its_gate():
    """``find_tables`` reads a line as a header only where ``could_be_header`` lets it:
    on every line of the corpus and held-out pages, the gate says no only where
    ``header_columns`` finds no header."""
    lex, rules = training_words(), training_table_rules()
    columns, _ = column_rules(lex, rules)
    read, passed = 0, 0
    for text in PAGES + list(HEADERS):
        for line in text.split("\n"):
            header = header_columns(line, columns, rules)
            gate = could_be_header(line, lex, rules)
            read += header is not None
            passed += gate
            assert gate or header is None, line
    assert read >= 3 and passed < sum(len(text.split("\n")) for text in PAGES) / 2


UNITS = ("Bedragen in € 1.000; (x1.000) en * 1.000 euro, x lmtn.", "in EUR mln en in 1.000 euro",
         "in duizenden euro's, IN MILJOENEN; TEUR, T€ 5, € k en dzd", "€ '000 en EUR’000, Eur mln, eurmiljard",
         "İstanbul: bedragen × € 1.000 en xeur 1.000", "Bedragen in € 1.000,- en in € 1.000.000")


def test_a_unit_statement_is_found_where_the_full_scan_finds_it():
    """``unit_statements`` tries ``SCALE`` only at ``scale_starts``: the same matches as
    ``finditer`` on every corpus and held-out page and on the unit edges above."""
    found = 0
    for text in PAGES + list(UNITS):
        full = [m.span() for m in SCALE.finditer(text)]
        assert [m.span() for m in finditer_at(SCALE, text, scale_starts(text))] == full, text[:80]
        found += len(full)
    assert found >= 15
