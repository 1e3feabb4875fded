"""pipeline.phrases: the one helper that turns listed phrases into regexes."""

from __future__ import annotations

import re

from pipeline.phrases import alternation, phrase_regex


def test_phrase_regex_keeps_word_edges_and_both_apostrophes():
    assert re.search(phrase_regex("tot"), "totaal") is None
    assert re.search(phrase_regex("meer dan"), "meer \n dan") is not None
    assert re.search(phrase_regex("euro's"), "euro\u2019s") is not None


def test_bare_phrase_regex_adds_nothing_but_the_whitespace_rule():
    assert phrase_regex("halve dag", bare=True) == r"halve\s+dag"
    assert re.search(phrase_regex("jan", bare=True), "januari") is not None
    assert re.search(phrase_regex("euro's", bare=True), "euro\u2019s") is None


def test_alternation_puts_the_longest_phrase_first():
    pattern = alternation(["meer", "meer dan"])
    assert re.match(pattern, "meer dan tien").group() == "meer dan"


def test_alternation_can_lower_case_for_lower_cased_text():
    pattern = alternation(["Maart", "maart", "April"], bare=True, lower=True)
    assert sorted(pattern[3:-1].split("|")) == ["april", "maart"]
    assert re.fullmatch(pattern, "april") and not re.fullmatch(pattern, "April")


def test_phrase_alternation_allows_a_line_break_between_words():
    pattern = alternation(["halve dag", "dagdeel"], bare=True)
    assert re.fullmatch(pattern, "halve\ndag")
    assert re.fullmatch(pattern, "dagdeel")
