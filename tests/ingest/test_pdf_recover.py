"""Damaged PDFs: pages read by pdfium, pdfplumber's pages one at a time, the row for lost pages."""

from __future__ import annotations

import re

import pytest

from pipeline.errors import KenmerkError
from pipeline.ingest.layout import PageWords
from pipeline.ingest.pdf import parse_errors
from pipeline.ingest.pdf_recover import (
    TOO_LARGE,
    UNREADABLE,
    damaged_page_words,
    no_text_error,
    page_errors,
    plumber_pages,
    read_or_mark,
    read_with_pdfium,
)
from pipeline.records import RawDocument, RawPage


def _page_text(n: int) -> str:
    return "\n".join(f"Regel {i} van pagina {n}: de gemeente Utrecht ontvangt € {n}{i}.000." for i in range(1, 31))


def _pdfium(data: bytes):
    import pypdfium2

    return pypdfium2.PdfDocument(data)


def test_pdfium_reads_the_words_pdfplumber_reads_with_boxes_close_to_its(documents, tmp_path):
    import pdfplumber

    path = tmp_path / "a.pdf"
    path.write_bytes(documents.pdf_bytes([_page_text(1)]))
    doc = _pdfium(path.read_bytes())
    words = damaged_page_words(doc, 0, "a.pdf")
    with pdfplumber.open(path) as pdf:
        expected = pdf.pages[0].extract_words()
    assert [t.text for t in words.tokens] == [w["text"] for w in expected]
    for token, word in zip(words.tokens, expected, strict=True):
        assert token.bbox.bottom == pytest.approx(word["bottom"], abs=3)
        if "€" in word["text"] or any(c.isdigit() for c in word["text"]):
            continue  # pdfminer gives reportlab's € no width, pdfium the font's: the figures after it shift
        assert token.bbox.x0 == pytest.approx(word["x0"], abs=1.5)
        assert token.bbox.x1 == pytest.approx(word["x1"], abs=1.5)
    assert (words.width, words.height, words.method) == (pytest.approx(595.3, abs=1), pytest.approx(841.9, abs=1),
                                                         "pdf")


def test_a_page_pdfium_cannot_load_is_a_broken_pdf_error(documents):
    doc = _pdfium(documents.pdf_bytes([_page_text(1)]))
    with pytest.raises(KenmerkError) as caught:
        damaged_page_words(doc, 3, "a.pdf")
    assert caught.value.code == "broken_pdf" and "page 4" in caught.value.message


def test_read_or_mark_keeps_other_errors():
    def bomb():
        raise KenmerkError("too_large_content", source="a.pdf", limit_mb=1, where="in all")

    def lost():
        raise KenmerkError("broken_pdf", source="a.pdf", reason="x")

    words, reason = read_or_mark(lost, (300.0, 400.0))
    assert (words.tokens, words.width, words.height, reason) == ([], 300.0, 400.0, UNREADABLE)
    with pytest.raises(KenmerkError, match="unpacks"):
        read_or_mark(bomb)

    def poster():
        raise KenmerkError("page_too_large", source="a.pdf", pages="page 1", limit=1, dpi=300)

    assert read_or_mark(poster)[1] == TOO_LARGE


def test_read_with_pdfium_raises_the_first_failure_when_no_page_can_be_read():
    failure = KenmerkError("broken_pdf", source="a.pdf", reason="No /Root object!")

    def lost(index):
        raise KenmerkError("broken_pdf", source="a.pdf", reason="page")

    with pytest.raises(KenmerkError, match="No /Root"):
        read_with_pdfium([1, 2], lost, failure)
    words, reasons = read_with_pdfium([1, 2], lambda i: (PageWords([], 1, 1, "pdf"), "ok") if i else lost(i),
                                      failure)
    assert reasons == [UNREADABLE, "ok"]


def _plumber_pages(path, count=lambda: 0):
    import pdfplumber

    pdf = pdfplumber.open(path)
    try:
        return [(index, page is not None) for index, page in plumber_pages(pdf, parse_errors(), count)]
    finally:
        pdf.stream.close()  # PDF.close() walks the damaged page tree again


def test_plumber_pages_leaves_out_only_the_page_it_cannot_set_up(documents, tmp_path):
    data = documents.pdf_bytes([_page_text(n) for n in (1, 2, 3)])
    path = tmp_path / "mediabox.pdf"
    # The second page's box holds a name; pdf.pages would refuse all three.
    path.write_bytes(re.sub(rb"(/MediaBox \[ 0 0 )([\d.]+)", rb"\1/X \2", data, count=2).replace(
        b"/MediaBox [ 0 0 /X", b"/MediaBox [ 0 0 ", 1))
    assert _plumber_pages(path) == [(0, True), (1, False), (2, True)]


def test_plumber_pages_gives_the_pages_pdfium_counts_beyond_a_broken_tree(documents, tmp_path):
    data = documents.pdf_bytes([_page_text(n) for n in (1, 2, 3)])
    kids = re.search(rb"/Kids \[([^\]]*)\]", data).group(1)
    second = re.findall(rb"(\d+) 0 R", kids)[1]
    body = re.search(rb"\n" + second + rb" 0 obj\n(.*?)endobj", data, re.S).group(1)
    path = tmp_path / "tree.pdf"
    path.write_bytes(data.replace(body, b"<< /Type /Pages /Kids [ /X ] /Count 1 >>\n"))
    assert _plumber_pages(path, lambda: 3) == [(0, True), (1, False), (2, False)]
    assert _plumber_pages(path) == [(0, True)]  # pdfium counts none: only what pdfminer read


def _raw(reasons: list[str]) -> RawDocument:
    pages = tuple(RawPage(number=n, text="", method="pdf", method_reason=r) for n, r in enumerate(reasons, 1))
    return RawDocument(source="in/a.pdf", doc_id="0123456789abcdef", ingest="pdf", pages=pages)


@pytest.mark.parametrize("reasons, expected", [
    (["text_layer", UNREADABLE, "text_layer"],
     "The PDF in/a.pdf is damaged and could not be read: page 2 of 3 could not be loaded, even by pdfium; "
     "the other 2 pages were read."),
    ([UNREADABLE, UNREADABLE, "text_layer"],
     "The PDF in/a.pdf is damaged and could not be read: pages 1 and 2 of 3 could not be loaded, even by "
     "pdfium; the other 1 page was read."),
    ([UNREADABLE] * 3 + ["text_layer"],
     "The PDF in/a.pdf is damaged and could not be read: pages 1, 2 and 3 of 4 could not be loaded, even by "
     "pdfium; the other 1 page was read."),
])
def test_lost_pages_are_one_broken_pdf_row_with_a_sentence(reasons, expected):
    (error,) = page_errors(_raw(reasons))
    assert (error.error, error.stage, error.doc_id, error.message) == ("broken_pdf", "ingest", "0123456789abcdef",
                                                                       expected)


def test_no_row_when_every_page_was_read():
    assert page_errors(_raw(["text_layer", "damaged_page_text"])) == ()


def test_pages_too_large_to_render_are_a_row_of_their_own():
    errors = page_errors(_raw([TOO_LARGE, UNREADABLE, "text_layer", TOO_LARGE]))
    assert [e.error for e in errors] == ["broken_pdf", "page_too_large"]
    assert errors[1].message == ("In the PDF in/a.pdf, pages 1 and 4 could not be read: too large to render for "
                                 "OCR (over 320,000,000 pixels at 300 dpi).")


def test_a_pdf_without_text_says_why():
    assert no_text_error(_raw(["text_layer", UNREADABLE]).pages, "a.pdf").code == "broken_pdf"
    assert no_text_error(_raw(["blank_page", TOO_LARGE]).pages, "a.pdf").code == "page_too_large"
    assert no_text_error(_raw(["blank_page"]).pages, "a.pdf").code == "no_text"


def test_many_lost_pages_are_named_up_to_twenty():
    (error,) = page_errors(_raw([UNREADABLE] * 25 + ["text_layer"]))
    assert "pages 1, 2," in error.message and "20 (and 5 more) of 26" in error.message
