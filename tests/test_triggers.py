"""pipeline.triggers: a rule's full pattern, tried only where its trigger fires, finds what it found everywhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import spacy

from pipeline.extract.amount_patterns import patterns
from pipeline.extract.amount_tables import table_words
from pipeline.extract.training_lexicon import training_words
from pipeline.extract.training_tables import column_rules, training_table_rules
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


def test_a_training_header_line_holds_a_word_of_the_column_trigger():
    lex = training_words()
    columns, trigger = column_rules(lex, training_table_rules())
    for text in PAGES + ["Gemeente 1 daagse 2-daagse\nAlmere 6 6", "Regio\tBASISTRAINING\tOpfriscursus"]:
        for line in text.split("\n"):
            if columns.search(line):
                assert trigger.fires(line), line
    assert re.search(columns, "Gemeente 1 daagse") and trigger.fires("Gemeente 1 daagse")
