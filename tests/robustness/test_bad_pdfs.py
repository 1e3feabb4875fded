"""PDFs and scans that used to end as internal_error, or cost far too much: each is a row now.

Every file is made here: PDFs drawn with reportlab or written by hand, scans
drawn with Pillow. Each sits beside a good Dutch document, and the run must
list the bad file, read the good one and leave whole tables.
"""

from __future__ import annotations

import io
import logging
import re
import time
import zlib

import pytest

from pipeline.run import run


def run_folder(inputs, out, **options):
    return run([inputs.folder], out, workers=1, progress=False, **options)


def expect_row(inputs, out, check, bad, code: str, **options) -> dict:
    summary = run_folder(inputs, out, **options)
    rows = check.error_rows(out, bad)
    assert [r["error"] for r in rows] == [code], rows
    assert str(bad) in rows[0]["message"] and rows[0]["message"].endswith(".")
    assert str(inputs.good) in check.document_sources(out)
    assert summary.n_failed == 1
    check.outputs_intact(out)
    return rows[0]


def hand_made_pdf(content: bytes, *, filtered: bool = True, pages: int = 1) -> bytes:
    """A PDF written byte by byte: ``pages`` pages sharing one content stream."""
    stream = zlib.compress(content, 9) if filtered else content
    kids = " ".join(f"{3 + i} 0 R" for i in range(pages))
    content_id = 3 + pages
    objects = [b"<</Type/Catalog/Pages 2 0 R>>", f"<</Type/Pages/Kids[{kids}]/Count {pages}>>".encode()]
    objects += [f"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents {content_id} 0 R"
                f"/Resources<<>>>>".encode()] * pages
    flt = b"/Filter/FlateDecode" if filtered else b""
    objects.append(b"<</Length %d%s>>stream\n" % (len(stream), flt) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _page_object(data: bytes, n: int) -> re.Match:
    """The body of the object of page ``n`` (1-based) of a reportlab PDF."""
    kids = re.search(rb"/Kids \[([^\]]*)\]", data).group(1)
    number = re.findall(rb"(\d+) 0 R", kids)[n - 1]
    return re.search(rb"\n" + number + rb" 0 obj\n(.*?)endobj", data, re.S)


def _page_rows(check, out, source) -> list[dict]:
    tables = check.tables_of(out)
    doc_id = next(r["doc_id"] for r in tables["documents"].to_pylist() if r["source"] == str(source))
    return sorted((r for r in tables["pages"].to_pylist() if r["doc_id"] == doc_id), key=lambda r: r["page"])


def test_page_with_a_mediabox_holding_a_name_is_read_by_pdfium_and_the_others_as_usual(inputs, out, check,
                                                                                      build):
    data = build.pdf_bytes([build.pdf_page_text(1), build.pdf_page_text(2)])
    bad_data, n = re.subn(rb"/MediaBox \[ 0 0 ([\d.]+) ([\d.]+) \]", rb"/MediaBox [ 0 0 /X \1 \2 ]", data, count=1)
    assert n == 1
    bad = inputs.write("mediabox.pdf", bad_data)
    summary = run_folder(inputs, out)
    assert summary.exit_code == 0, summary.errors
    check.outputs_intact(out)
    pages = _page_rows(check, out, bad)
    assert [p["method_reason"] for p in pages] == ["damaged_page_text", "text_layer"]
    assert "Regel 30 van pagina 1" in pages[0]["text"] and "Regel 30 van pagina 2" in pages[1]["text"]


def test_a_damaged_page_of_a_file_that_may_unpack_too_far_is_never_handed_to_pdfium(inputs, out, check, build,
                                                                                    monkeypatch):
    # pdfium inflates in C, out of the content budget's reach: when the streams of a
    # file may unpack beyond the budget, a page pdfminer cannot parse is lost, not unpacked.
    import pipeline.ingest.pdf as pdf_module

    data = build.pdf_bytes([build.pdf_page_text(1), build.pdf_page_text(2)])
    bad_data = re.sub(rb"/MediaBox \[ 0 0 ([\d.]+) ([\d.]+) \]", rb"/MediaBox [ 0 0 /X \1 \2 ]", data, count=1)
    bad = inputs.write("mediabox.pdf", bad_data)
    monkeypatch.setattr(pdf_module, "streams_within", lambda data, limit: False)
    monkeypatch.setattr(pdf_module, "damaged_page_words",
                        lambda *args: pytest.fail("pdfium read a page of a file over the budget"))
    summary = run_folder(inputs, out)
    check.outputs_intact(out)
    pages = _page_rows(check, out, bad)
    assert [p["method_reason"] for p in pages] == ["unreadable_page", "text_layer"]
    assert "Regel 30 van pagina 2" in pages[1]["text"]
    [row] = check.error_rows(out, bad)
    assert row["error"] == "broken_pdf" and "page 1 of 2 could not be loaded" in row["message"]
    assert summary.n_partial == 1


def test_page_tree_broken_half_way_keeps_the_readable_pages_and_lists_the_lost_one(inputs, out, check, build):
    data = build.pdf_bytes([build.pdf_page_text(n) for n in (1, 2, 3)])
    page2 = _page_object(data, 2)
    # Page 2 becomes a page-tree node whose only kid is a name: pdfminer stops there,
    # pdfium cannot load that page but still reads page 3.
    bad = inputs.write("boom.pdf", data.replace(page2.group(1), b"<< /Type /Pages /Kids [ /X ] /Count 1 >>\n"))
    summary = run_folder(inputs, out)
    check.outputs_intact(out)
    rows = check.error_rows(out, bad)
    assert [r["error"] for r in rows] == ["broken_pdf"]
    assert "page 2 of 3 could not be loaded" in rows[0]["message"] and str(bad) in rows[0]["message"]
    assert rows[0]["doc_id"]
    pages = _page_rows(check, out, bad)
    # pdfium reads born-digital pages first (pipeline.ingest.pdfium_text): page 3 is an
    # ordinary page to it, and only page 2 is lost.
    assert [p["method_reason"] for p in pages] == ["text_layer", "unreadable_page", "text_layer"]
    assert pages[1]["text"] == "" and "Regel 30 van pagina 3" in pages[2]["text"]
    amounts = [r["text"] for r in check.tables_of(out)["amounts"].to_pylist() if r["doc_id"] == pages[0]["doc_id"]]
    assert "€ 330.000" in amounts and "€ 130.000" in amounts  # facts of pages 1 and 3 are kept
    assert summary.exit_code == 1 and summary.n_failed == 0 and summary.n_partial == 1
    assert str(inputs.good) in check.document_sources(out)
    # From the cache on a second run: the same row and the same pages.
    again = run_folder(inputs, out)
    assert again.n_cached == 2 and again.n_partial == 1
    assert [r["error"] for r in check.error_rows(out, bad)] == ["broken_pdf"]


def test_pdf_whose_cross_reference_table_is_gone_is_read_by_pdfium(inputs, out, check, build):
    data = build.pdf_bytes([build.pdf_page_text(1), build.pdf_page_text(2)])
    bad = inputs.write("zonder_xref.pdf", data[: data.rfind(b"xref")])  # pdfminer finds no /Root
    summary = run_folder(inputs, out)
    assert summary.exit_code == 0, summary.errors
    pages = _page_rows(check, out, bad)
    # pdfium, the first reader of born-digital pages, needs no cross-reference table.
    assert [p["method_reason"] for p in pages] == ["text_layer"] * 2
    assert "Regel 17 van pagina 2" in pages[1]["text"]
    check.outputs_intact(out)


def test_a_pdf_no_page_of_which_can_be_loaded_is_a_broken_pdf_row(inputs, out, check, build, monkeypatch):
    import pypdfium2

    from pipeline.ingest import page_images

    def fail(doc, index):
        raise pypdfium2.PdfiumError("Failed to load page.")

    monkeypatch.setattr(page_images, "load_page", fail)
    bad = inputs.write("scan.pdf", build.image_only_pdf_bytes())
    row = expect_row(inputs, out, check, bad, "broken_pdf")
    assert "none of its pages could be loaded" in row["message"]


def test_decompression_bomb_in_a_content_stream_is_too_large(inputs, out, check):
    from pipeline.ingest import pdfguard

    # 8 MB of spaces behind a few KB of compressed stream, over a page cap of 4 MB.
    bad = inputs.write("bom.pdf", hand_made_pdf(b" " * (8 * 1024**2)))
    assert bad.stat().st_size < 64 * 1024
    pdfguard.MAX_PAGE_BYTES, saved = 4 * 1024**2, pdfguard.MAX_PAGE_BYTES
    try:
        row = expect_row(inputs, out, check, bad, "too_large_content")
    finally:
        pdfguard.MAX_PAGE_BYTES = saved
    assert "4 MB on page 1" in row["message"]


def bomb_pdf(stream: bytes, filters: bytes) -> bytes:
    """A one-page PDF whose content stream is ``stream`` under ``filters`` (``/LZWDecode``, ``[/A /B]``)."""
    return hand_made_pdf(b"", filtered=False).replace(
        b"<</Length 0>>stream\n\nendstream",
        b"<</Length %d/Filter%s>>stream\n" % (len(stream), filters) + stream + b"\nendstream")


@pytest.mark.parametrize("filters, stream", [
    (b"/LZWDecode", lambda documents: documents.lzw_bomb(2)),  # 14 MB from 11 KB
    (b"/RunLengthDecode", lambda documents: documents.runlength_bomb(80_000)),  # 10 MB from 160 KB
    (b"[/FlateDecode /LZWDecode]", lambda documents: zlib.compress(documents.lzw_bomb(2), 9)),
    (b"[/ASCIIHexDecode /RunLengthDecode]", lambda documents: documents.runlength_bomb(80_000).hex().encode() + b">"),
    (b"/ASCII85Decode", lambda documents: b"z" * (2 * 1024**2) + b"~>"),  # 8 MB of zeros from 2 MB
])
def test_decompression_bomb_under_any_filter_is_too_large(inputs, out, check, documents, monkeypatch, filters,
                                                          stream):
    from pipeline.ingest import pdfguard

    monkeypatch.setattr(pdfguard, "MAX_PAGE_BYTES", 4 * 1024**2)
    bad = inputs.write("bom.pdf", bomb_pdf(stream(documents), filters))
    started = time.monotonic()
    row = expect_row(inputs, out, check, bad, "too_large_content")
    assert "4 MB on page 1" in row["message"]
    assert time.monotonic() - started < 60


def _giant_page_pdf(points: float) -> bytes:
    """Page 1 ordinary text; page 2 ``points`` wide and high, dark and without a text layer."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for i, line in enumerate(["De gemeente Utrecht ontvangt een bijdrage van € 45.000.",
                              "voor de aanpak van huiselijk geweld in 2016."] * 10):
        pdf.drawString(60, 720 - 15 * i, line)
    pdf.showPage()
    pdf.setPageSize((points, points))
    pdf.rect(0, 0, points / 2, points / 2, fill=1)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_page_too_large_to_render_for_ocr_is_a_row_and_the_other_page_is_kept(inputs, out, check, monkeypatch):
    from pipeline.ingest import ocr

    monkeypatch.setattr(ocr, "tesseract_problem", lambda lang: None)  # refused before tesseract runs
    bad = inputs.write("poster.pdf", _giant_page_pdf(200_000.0))  # 70 m across
    started = time.monotonic()
    summary = run_folder(inputs, out)
    assert time.monotonic() - started < 60
    rows = check.error_rows(out, bad)
    assert [r["error"] for r in rows] == ["page_too_large"]
    assert "page 2 could not be read: too large to render for OCR" in rows[0]["message"]
    pages = _page_rows(check, out, bad)
    assert [p["method_reason"] for p in pages] == ["text_layer", "page_too_large"]
    assert "Utrecht" in pages[0]["text"] and pages[1]["text"] == ""
    assert summary.n_partial == 1 and summary.exit_code == 1
    check.outputs_intact(out)


@pytest.mark.slow
def test_decompression_bomb_at_the_default_cap_is_stopped_early(inputs, out, check):
    """A content stream of 300 MB (a few hundred KB on disk) is refused at the 200 MB page cap."""
    packer = zlib.compressobj(9)
    stream = b"".join(packer.compress(b" " * (1024**2)) for _ in range(300)) + packer.flush()
    data = hand_made_pdf(b"", filtered=False).replace(b"<</Length 0>>stream\n\nendstream",
                                                      b"<</Length %d/Filter/FlateDecode>>stream\n" % len(stream)
                                                      + stream + b"\nendstream")
    bad = inputs.write("grote_bom.pdf", data)
    started = time.monotonic()
    row = expect_row(inputs, out, check, bad, "too_large_content")
    assert "200 MB" in row["message"]
    assert time.monotonic() - started < 120


def test_document_cap_counts_every_page(inputs, out, check, build, monkeypatch):
    from pipeline.ingest import pdfguard

    # Seven pages of about 3 KB of content each: every page is under the page cap,
    # together they are over the document's.
    monkeypatch.setattr(pdfguard, "MAX_DOCUMENT_BYTES", 8 * 1024)
    many = inputs.write("veel.pdf", build.pdf_bytes([build.pdf_page_text(i) for i in range(1, 8)]))
    row = expect_row(inputs, out, check, many, "too_large_content")
    assert "in all" in row["message"]


def test_pdfminer_warnings_become_at_most_one_log_line_per_document(inputs, out, check, build, capfd, caplog):
    data = build.pdf_bytes([build.pdf_page_text(1), build.pdf_page_text(2)])
    # A wrong /Length on the first stream: pdfminer warns while it reads on.
    inputs.write("kapot.pdf", re.sub(rb"/Length \d+", b"/Length 5", data, count=1))
    with caplog.at_level(logging.INFO, logger="kenmerk.ingest"):
        run_folder(inputs, out)
    check.outputs_intact(out)
    printed = capfd.readouterr().err
    assert "pdfminer" not in printed and printed.count("\n") <= 2, printed[:2000]
    # pdfium reads this file without pdfminer; when pdfminer reads (a page pdfium
    # leaves to it), its warnings are one line.
    lines = [r for r in caplog.records if r.name == "kenmerk.ingest"]
    assert len(lines) <= 1 and all("kapot.pdf" in r.getMessage() for r in lines)


@pytest.mark.slow
def test_huge_png_is_downscaled_before_ocr_and_says_so(inputs, out, check):
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (12_000, 12_000), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=200)
    for i, line in enumerate(["De gemeente Utrecht ontvangt", "een bijdrage van 45.000 euro",
                              "voor de aanpak van huiselijk geweld."]):
        draw.text((600, 800 + 400 * i), line, fill=0, font=font)
    path = inputs.folder / "groot.png"
    image.save(path, optimize=True)
    image.close()
    assert path.stat().st_size < 2 * 1024**2
    started = time.monotonic()
    summary = run_folder(inputs, out)
    assert summary.exit_code == 0, summary.errors
    assert time.monotonic() - started < 120
    tables = check.outputs_intact(out)
    doc_id = next(r["doc_id"] for r in tables["documents"].to_pylist() if r["source"] == str(path))
    page = next(r for r in tables["pages"].to_pylist() if r["doc_id"] == doc_id)
    assert "scan_downscaled" in page["layout_notes"]
    assert "Utrecht" in page["text"]


def test_image_over_pillows_bomb_limit_is_an_image_too_large_row(inputs, out, check, monkeypatch,
                                                                 capfd):
    from PIL import Image

    from pipeline.ingest import ocr

    monkeypatch.setattr(ocr, "tesseract_problem", lambda lang: None)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1_000_000)
    Image.new("L", (1_500, 1_500), 255).save(inputs.folder / "warn.png")  # over the limit: a warning
    bad = inputs.folder / "bom.png"
    Image.new("L", (2_000, 2_000), 255).save(bad)  # over twice the limit: Pillow refuses
    summary = run_folder(inputs, out)
    rows = check.error_rows(out, bad)
    assert [r["error"] for r in rows] == ["image_too_large"]
    assert "4,000,000 pixels" in rows[0]["message"]
    assert "DecompressionBombWarning" not in capfd.readouterr().err
    assert str(inputs.good) in check.document_sources(out)
    assert summary.n_ok >= 1
    check.outputs_intact(out)
