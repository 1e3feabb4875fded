"""One page of a born-digital PDF as plain data (``pipeline.ingest.pdf_page``): whether its
text layer is text, how much of it pictures cover, and which of its words are the page's tokens."""

import pytest

from pipeline.ingest.pdf_page import PageObjects, image_share_of, page_tokens, text_layer_usable, vertical_text
from pipeline.ingest.rules import ingest_rules


def word(text, x0, top, upright=True, size=10):
    return {"text": text, "x0": x0, "top": top, "x1": x0 + size * len(text) / 2, "bottom": top + size,
            "upright": upright}


def page(words, vertical_up=False):
    return PageObjects(width=595.0, height=842.0, words=words, filled=[], chars=[], image_share=0.0,
                       vertical_up=vertical_up)


@pytest.mark.parametrize(
    ("words", "image_share", "usable"),
    [
        (["De", "gemeente", "ontving", "een", "bijdrage"], 0.0, True),
        ([], 0.0, False),
        (["(cid:12)(cid:7)(cid:9)", "(cid:3)(cid:44)"] * 10, 0.0, False),
        (["|", "..", "§§", "1", "ii"], 0.0, False),
        (["\ue001\ue002\ue003", "\ue004\ue005", "ab"] * 10, 0.0, False),
        (["Inhoud", "1", "Inleiding", "." * 40, "3"], 0.0, True),
        (["Baten", "2016", "2017", "€", "1.234.567", "€", "987.654", "Totaal"] * 3, 0.0, True),
        (["Woo-besluit", "2023", "openbaar"], 0.9, False),
        (["Woo-besluit", "2023", "openbaar"] * 80, 0.9, True),
    ],
)
def test_text_layer_usable(words, image_share, usable):
    assert text_layer_usable(words, image_share, ingest_rules().text_layer) is usable


def test_images_cover_their_share_of_the_page_clipped_to_it():
    half = {"x0": 0, "top": 0, "x1": 100, "bottom": 50}
    beyond = {"x0": 50, "top": 25, "x1": 500, "bottom": 500}  # runs off a 100 x 100 page
    assert image_share_of([half], 100, 100) == pytest.approx(0.5)
    assert image_share_of([half, beyond], 100, 100) == pytest.approx(0.5 + 0.375)
    assert image_share_of([half, half, half], 100, 100) == 1.0


def test_page_tokens_keep_the_visible_upright_words_once():
    words = [word("Gemeente", 72, 100), word("Gemeente", 72.3, 100.2),  # fake bold: printed twice
             word("Zwolle", 140, 100), word("verborgen", -300, 100), word("onder", 72, 900),
             word("ONTVANGEN", 560, 300, upright=False)]
    assert [t.text for t in page_tokens(page(words), ingest_rules())] == ["Gemeente", "Zwolle"]


def test_vertical_text_reads_each_column_top_to_bottom_and_turns_upward_text_round():
    down = [word("Woo", 560, 100, upright=False), word("besluit", 560, 140, upright=False)]
    assert vertical_text(page(down)) == ("Woo besluit",)
    up = [word("tiulseb", 560, 100, upright=False), word("ooW", 560, 140, upright=False)]
    assert vertical_text(page(up, vertical_up=True)) == ("Woo besluit",)
    apart = down + [word("kenmerk", 20, 100, upright=False)]
    assert vertical_text(page(apart)) == ("kenmerk", "Woo besluit")


@pytest.mark.parametrize("fixture", ["letter", "annual_report"])
def test_characters_built_at_once_equal_pdfplumbers_own(request, fixture):
    # _chars_at_once rebuilds pdfplumber's character dicts by hand for speed: it must stay
    # key for key what pdfplumber itself gives, or a pdfplumber upgrade changes what is read.
    import pdfplumber

    from pipeline.ingest.pdf_page import _chars_at_once

    path = request.getfixturevalue(fixture).path
    with pdfplumber.open(path) as own, pdfplumber.open(path) as fast:
        for own_page, fast_page in zip(own.pages, fast.pages, strict=True):
            _chars_at_once(fast_page)
            assert own_page.chars, "the fixture page holds characters"
            assert [list(c.items()) for c in fast_page.chars] == [list(c.items()) for c in own_page.chars]
