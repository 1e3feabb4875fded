"""Garbled text layers: judged per page, read by OCR instead when OCR reads better."""

from __future__ import annotations

import pytest
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from pipeline.ingest import read_document
from pipeline.ingest.garbled import is_garbled, judge_words, reads_better
from pipeline.ingest.ocr import tesseract_problem
from pipeline.ingest.rules import ingest_rules

RULES = ingest_rules().garbled

PROSE = ("De gemeente ontvangt een bijdrage van het Rijk voor de uitvoering van "
         "het programma. Wij vragen u om de aanvraag voor het einde van het jaar "
         "in te dienen bij de minister van Volksgezondheid.")
LINES = ["De gemeente ontvangt een bijdrage van het Rijk voor",
         "de uitvoering van het programma. Wij vragen u om de",
         "aanvraag voor het einde van het jaar in te dienen."]


def shifted(text: str, by: int = 1) -> str:
    """Letters moved ``by`` places in the alphabet: what a broken font encoding gives."""
    out = []
    for c in text:
        if c.isascii() and c.isalpha():
            base = ord("a") if c.islower() else ord("A")
            out.append(chr(base + (ord(c) - base + by) % 26))
        else:
            out.append(c)
    return "".join(out)


def spaced(text: str) -> str:
    return " ".join(" ".join(word) for word in text.split())


def test_prose_is_not_garbled():
    assert not is_garbled(PROSE.split(), RULES)


@pytest.mark.parametrize("garble", [shifted, lambda t: shifted(t, 7), spaced,
                                    lambda t: t.replace("e", "\ufffd").replace("a", "\x9d")])
def test_garbled_layers_are_found(garble):
    assert is_garbled(garble(PROSE).split(), RULES)


def test_cid_glyphs_are_garbled():
    assert is_garbled(["(cid:12)(cid:4)(cid:31)"] * 12, RULES)


def test_a_few_words_are_too_few_to_tell():
    assert not is_garbled(shifted("De gemeente Almere").split(), RULES)


def test_measures():
    verdict = judge_words(PROSE.split())
    assert verdict.known_share > 0.4 and 0.3 < verdict.vowel_ratio < 0.5
    assert judge_words(spaced(PROSE).split()).single_letter_share > 0.5


def test_ocr_must_read_clearly_better():
    names = "Almere Dronten Lelystad Urk Zeewolde Noordoostpolder Emmen Assen".split()
    assert not reads_better(names, names, RULES)  # a table of names stays as it is
    assert reads_better(PROSE.split(), shifted(PROSE).split(), RULES)
    assert not reads_better([], shifted(PROSE).split(), RULES)


needs_tesseract = pytest.mark.skipif(tesseract_problem("nld") is not None,
                                     reason="tesseract with nld is not installed")


def _broken_layer_pdf(path, picture, layer_lines: list[str]):
    """A page whose picture shows readable text, with a different invisible text layer
    on top (render mode 3), like an OCR'd scan with a broken layer."""
    canvas = Canvas(str(path), pagesize=(595, 842))
    canvas.drawImage(ImageReader(picture), 50, 842 - 60 - 200, width=495, height=200)
    text = canvas.beginText(60, 842 - 90)
    text.setTextRenderMode(3)
    text.setFont("Helvetica", 12)
    for line in layer_lines:
        text.textLine(line)
    canvas.drawText(text)
    canvas.save()


@needs_tesseract
@pytest.mark.parametrize("garble", [shifted, spaced])
def test_page_with_a_garbled_layer_is_read_by_ocr(tmp_path, picture_of_text, garble):
    picture = picture_of_text(LINES, 495, 200)
    path = tmp_path / "kapot.pdf"
    _broken_layer_pdf(path, picture, [garble(line) for line in LINES])
    page = read_document(path, source="kapot.pdf").pages[0]
    assert (page.method, page.method_reason) == ("ocr", "garbled_text_layer")
    assert "gemeente" in page.text and "programma" in page.text


@needs_tesseract
def test_a_good_layer_over_a_picture_is_kept(tmp_path, picture_of_text):
    path = tmp_path / "goed.pdf"
    _broken_layer_pdf(path, picture_of_text(LINES, 495, 200), LINES)
    page = read_document(path, source="goed.pdf").pages[0]
    assert (page.method, page.method_reason) == ("pdf", "text_layer")


def test_ocr_failure_keeps_the_garbled_layer(tmp_path, monkeypatch, picture_of_text):
    from pipeline.ingest import pdf

    def fail(*args, **kwargs):
        raise RuntimeError("tesseract crashed")

    monkeypatch.setattr(pdf, "ocr_page", fail)
    path = tmp_path / "kapot.pdf"
    _broken_layer_pdf(path, picture_of_text(LINES, 495, 200), [shifted(x) for x in LINES])
    page = read_document(path, source="kapot.pdf").pages[0]
    assert (page.method, page.method_reason) == ("pdf", "garbled_text_layer_ocr_failed")
    assert shifted("gemeente") in page.text
