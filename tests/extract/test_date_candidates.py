"""Date candidates: the scan of the text, trigger windows that find what a full scan finds, context words, mail header labels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dutch.date_rules import compiled_rules
from pipeline.extract.date_candidates import Candidate, _context_ok, mail_header_label, scan_text

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


_FRAGMENTS = [c["text"] for c in SENTENCES] + [
    "€ 950.000",
    "Postbus 20301",
    "in de periode",
    "van",
    "tot en met",
    "en",
    "12",
    "2016",
    "maart",
    "het eerste kwartaal",
    "jl.",
    "\n\n",
]


def test_scan_text_finds_overlapping_candidates():
    rules = {c.rule for c in scan_text("vanaf september 2015")}
    assert {"month_year", "month"} <= rules


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=8))
def test_trigger_windows_find_what_a_full_scan_finds(parts):
    text = " ".join(parts)
    assert scan_text(text) == _scan_without_windows(text)


def test_trigger_windows_on_the_corpus():
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert scan_text(text) == _scan_without_windows(text)


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
