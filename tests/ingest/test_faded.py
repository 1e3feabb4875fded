"""When a page is read again from a cleaned image, and what cleaning does to the pixels."""

from __future__ import annotations

import pytest

from pipeline.ingest.faded import cleaned_image, reads_better, unread
from pipeline.ingest.lines import Token
from pipeline.ingest.rules import ingest_rules
from pipeline.records import BBox


def _words(n: int) -> list[Token]:
    return [Token(f"woord{i}", BBox(10 * i, 0, 10 * i + 8, 10)) for i in range(n)]


@pytest.mark.parametrize("words, confidence, expected", [
    (0, None, True),    # nothing read
    (2, 20.0, True),    # a speck or two read as letters
    (3, 49.0, True),
    (2, 91.0, False),   # a short page read well: a heading, a page number
    (4, 10.0, False),   # more than almost nothing
    (40, 95.0, False),
])
def test_a_reading_is_unread_when_it_gave_no_words_or_almost_none(words, confidence, expected):
    rules = ingest_rules().ocr
    assert rules.unread_max_words == 3 and rules.unread_below_confidence == 50
    assert unread(_words(words), confidence, rules) is expected


def test_the_reading_whose_words_carry_more_confidence_is_better():
    assert reads_better(_words(20), 95.0, [], None)
    assert not reads_better([], None, [], None)
    assert reads_better(_words(3), 60.0, _words(2), 80.0)
    assert not reads_better(_words(2), 30.0, _words(1), 90.0)


def test_cleaning_takes_lone_specks_out_and_makes_faded_print_black():
    from PIL import Image, ImageDraw

    page = Image.new("L", (200, 100), 215)  # faded paper
    draw = ImageDraw.Draw(page)
    draw.rectangle((20, 40, 180, 45), fill=120)  # a faded stroke, 6 pixels thick
    for x, y in ((10, 10), (100, 80), (190, 20)):
        page.putpixel((x, y), 40)  # specks darker than the print
    clean = cleaned_image(page)
    assert clean.size == page.size and clean.mode == "L"
    # The specks become paper, the paper white, the print black.
    assert all(clean.getpixel(p) >= 250 for p in ((10, 10), (100, 80), (190, 20), (100, 20)))
    assert clean.getpixel((100, 42)) <= 5
