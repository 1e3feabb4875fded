"""Date candidates: the scan of the text, trigger windows that find what a full scan finds, context words, mail header labels."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dutch.date_rules import compiled_rules
from pipeline.extract.date_candidates import (
    Candidate,
    _context_ok,
    is_recurring_day,
    mail_header_label,
    rule_triggers,
    scan_text,
    trigger_windows,
    trigger_words,
)
from pipeline.triggers import WORD

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


SENTENCES = [
    json.loads(line)
    for line in (Path(__file__).parent / "dates_sentences.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip()
]


def _scan_without_windows(text):
    found = set()
    for name, pattern in compiled_rules().items():
        for m in pattern.finditer(text):
            cand = Candidate(m.start(), m.end(), name)
            if _context_ok(text, cand, m):
                found.add(cand)
    return sorted(found, key=lambda c: (c.start, c.end, c.rule))


# The date sentences and the pieces that stand between dates in real text (an amount,
# a postbox number, connecting words), shuffled together by the property tests.
_FRAGMENTS = [c["text"] for c in SENTENCES] + json.loads(
    (Path(__file__).parent / "date_fragments.json").read_text(encoding="utf-8"))


def test_scan_text_finds_overlapping_candidates():
    rules = {c.rule for c in scan_text("vanaf september 2015")}
    assert {"month_year", "month"} <= rules


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=8))
def test_trigger_windows_find_what_a_full_scan_finds(parts):
    text = " ".join(parts)
    assert scan_text(text) == _scan_without_windows(text)


def _pages() -> list[str]:
    root = CORPUS.parent
    folders = [CORPUS, *(root / "tests").glob("heldout*/documents")]
    return [p.read_text(encoding="utf-8") for folder in folders for p in sorted(folder.glob("*.txt"))]


# Dates whose rules need words other than a month and a figure, in capitals too.
_EDGES = (
    "In het 1e kwartaal van 2016, het 2de halfjaar, Q3 2021 en 2021-Q4 of in Q1.",
    "Vorig jaar, afgelopen voorjaar, VOLGEND JAAR, eind vorig jaar en morgen of gisteren.",
    "Sent: Friday, September 25, 2020 en 9/25/2020; schooljaar 2015-2016, cursusjaar 2015/16.",
    "Week 12 van 2020, van 1 tot 3 maart, januari en februari, medio 2016, 1 en 2 maart 2017.",
    "In de zomer van 2016, het najaar, komend najaar, begin volgend jaar, de tweede helft van dit jaar.",
    "op 3 maart jl. en 12 april a.s., in maart vorig jaar; d.d. 24/3 en vrijdag 24-3.",
)


def test_trigger_windows_on_the_corpus_and_heldout_pages():
    pages = _pages() + [c["text"] for c in SENTENCES] + list(_EDGES)
    assert len(pages) > 100
    for text in pages:
        assert scan_text(text) == _scan_without_windows(text)


def _windows_word_by_word(text):
    """The windows as read word by word: every run of digits or letters, a number or a trigger word."""
    windows = []
    for m in re.finditer(r"\d+|[^\W\d_]+", text):
        token = m.group()
        if not (token[0].isdigit() or token.lower() in trigger_words()):
            continue
        start, end = max(0, m.start() - 30), min(len(text), m.end() + 60)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows


def test_trigger_windows_from_the_word_index_are_those_read_word_by_word():
    edges = ["İstanbul MAART 2016 İİİ maart", "²³ maart ①②", "mei²", "", "12", "xxxxxjanuari", "Q3 najaar"]
    for text in _pages() + list(_EDGES) + edges:
        assert trigger_windows(text) == _windows_word_by_word(text)


def test_every_match_of_a_rule_holds_what_the_rule_needs():
    """``DateRule.needs`` is what each rule's trigger is built from: every match, on every
    page, before any window or context check, must hold it, or the scan would miss it."""
    pages = _pages() + [c["text"] for c in SENTENCES] + list(_EDGES)
    triggers = rule_triggers()
    seen = set()
    for text in pages:
        for name, pattern in compiled_rules().items():
            for m in pattern.finditer(text):
                lowered = m.group().lower()
                words = frozenset(WORD.findall(lowered))
                has_digit = any(c.isdigit() for c in lowered)
                assert all(need.met(words, lowered, has_digit) for need in triggers[name]), (name, m.group())
                seen.add(name)
    # The pages exercise most rules, the ones with the rarest words included.
    assert {"quarter", "half_year", "relative_season", "school_year", "english_date", "deictic_day"} <= seen


def test_a_rule_is_skipped_where_its_words_are_absent():
    needs = rule_triggers()["quarter"]
    text = "het eerste deel van 2016"
    words = frozenset(WORD.findall(text))
    assert not all(need.met(words, text, True) for need in needs)
    assert all(need.met(frozenset({"eerste", "kwartaal"}), "eerste kwartaal", False) for need in needs)


def test_bare_month_needs_a_context_word():
    assert not any(c.rule == "month" for c in scan_text("Radicalisering: maart was druk."))
    assert any(c.rule == "month" for c in scan_text("Het begon in maart met een pilot."))


@pytest.mark.parametrize(
    "text, label",
    [
        ("Sent: 9/25/2020 3:14 PM", "sent"),
        ("Verzonden:\tvrijdag 25 september 2020", "verzonden"),
        ("Het is verzonden op 25 september 2020", None),
    ],
)
def test_mail_header_label(text, label):
    assert mail_header_label(text, len(text) - 4) == label


@pytest.mark.parametrize(("text", "found"), [
    # Frisian 'mei' is 'met': before a number that counts people or money it is no May.
    ("Wy hawwe it dien mei 2025 minsken út de gemeente.", []),
    ("De gemeente wurke mei 2024 euro oan subsydzje.", []),
    # Near misses: 'mei' with a year before a verb, and another month before a count, are dates.
    ("It plan is yn mei 2025 fêststeld.", [("mei 2025", "month_year")]),
    ("Het plan is in maart 2016 vastgesteld.", [("maart 2016", "month_year")]),
])
def test_frisian_mei_before_a_count_is_no_month(text, found):
    cands = [(text[c.start:c.end], c.rule) for c in scan_text(text) if c.rule == "month_year"]
    assert cands == found


@pytest.mark.parametrize(
    "text, recurring",
    [
        ("De vaste momenten voor nieuwe tarieven zijn namelijk 1 januari en 1 juli.", True),
        ("Het vaste moment van indexatie is 1 oktober.", True),
        # Near misses: another sentence's subject, and a fixed thing that is no day.
        ("Wij kennen vaste momenten. Het overleg is op 1 oktober.", False),
        ("De vaste kosten worden op 1 oktober betaald.", False),
    ],
)
def test_a_sentence_about_days_of_every_year(text, recurring):
    start = text.index("1 ")
    assert is_recurring_day(text, start, start + len("1 oktober")) is recurring


@pytest.mark.parametrize(
    "text, ranges",
    [
        ("De effecten meten we in de periode 2024 (nulmeting) tot en met 2027.",
         ["in de periode 2024 (nulmeting) tot en met 2027"]),
        # Near misses: figures in the brackets, and a dash or 'en' after them, join no ends.
        ("In 2024 (zie tabel 3) tot 2027 groeit het budget.", []),
        ("Cijfers over 2024 (voorlopig) - 2027 volgen.", []),
        ("In 2024 (nulmeting) en 2027 meten we.", []),
    ],
)
def test_a_range_with_a_note_after_its_first_end(text, ranges):
    assert [text[c.start : c.end] for c in scan_text(text) if c.rule == "range"] == ranges
