"""Born-digital PDFs through ``pipeline.ingest.pdf``: reading order, margin, furniture, boxes.

Also the errors: encrypted, truncated and damaged files.
"""

from __future__ import annotations

import pytest

from pipeline.errors import KenmerkError
from pipeline.ingest import read_document
from pipeline.records import BBox

MARGIN_LABELS = ("Datum", "Ons kenmerk", "Uw kenmerk", "Pagina", "Contactpersoon")


def folded(text: str) -> str:
    return " ".join(text.split())


def body_part(page) -> str:
    """The page text before the margin block (the convention: body, blank line, margin)."""
    first_label = page.margin_fields[0][0]
    return page.text[: page.text.index("\n\n" + first_label)]


def test_letter_is_read_from_the_text_layer(letter_doc):
    assert letter_doc.ingest == "pdf"
    assert [p.method for p in letter_doc.pages] == ["pdf", "pdf"]
    assert all(p.ocr_confidence is None for p in letter_doc.pages)
    assert letter_doc.pages[0].width == pytest.approx(595, abs=1)


def test_letter_body_reads_in_order(letter, letter_doc):
    for page, expected in zip(letter_doc.pages, letter.body_pages, strict=True):
        assert folded(body_part(page)) == folded(expected)


def test_no_margin_label_inside_body_lines(letter_doc):
    for page in letter_doc.pages:
        for line in body_part(page).splitlines():
            assert not any(label in line for label in MARGIN_LABELS), line


def test_margin_block_follows_the_body_label_then_value(letter_doc):
    page = letter_doc.pages[0]
    block = page.text[len(body_part(page)):]
    assert block.startswith("\n\nDatum\n28 januari 2016\nOns kenmerk\n2016-004512\n")


def test_margin_fields(letter, letter_doc):
    first, second = letter_doc.pages
    assert ("Datum", "28 januari 2016") in first.margin_fields
    assert first.margin_fields == letter.margin_fields[0]
    assert second.margin_fields == letter.margin_fields[1]


def test_repeated_footer_is_furniture_not_text(letter, letter_doc):
    for page in letter_doc.pages:
        assert page.furniture == (letter.footer,)
        assert "Postbus 200" not in page.text


def test_every_word_maps_to_its_characters(letter_doc):
    for page in letter_doc.pages:
        assert page.words
        for word in page.words:
            assert page.text[word.char_start:word.char_end] == word.text
        covered = sum(w.char_end - w.char_start for w in page.words)
        assert covered == len(page.text.replace(" ", "").replace("\n", ""))


def test_amount_box_is_where_it_was_drawn(letter, letter_doc):
    page = letter_doc.pages[0]
    start = page.text.index("€ 950.000")
    end = start + len("€ 950.000")
    box = BBox.union([w.bbox for w in page.words
                      if w.char_start < end and w.char_end > start])
    drawn = letter.find("€ 950.000", page=1)
    assert box.x0 == pytest.approx(drawn[0].x0, abs=1)
    assert box.x1 == pytest.approx(drawn[-1].x1, abs=1)
    assert box.top == pytest.approx(drawn[0].top, abs=2)
    assert box.bottom == pytest.approx(drawn[0].bottom, abs=2)


def test_redaction_box_becomes_a_mark_with_its_box(letter, letter_doc):
    page = letter_doc.pages[0]
    assert "een bedrag van \u2588 5.1.2e gereserveerd" in folded(page.text)
    mark = next(w for w in page.words if w.text == "\u2588")
    drawn = letter.redaction_boxes[0]
    assert (mark.bbox.x0, mark.bbox.x1) == pytest.approx((drawn.x0, drawn.x1), abs=1)


@pytest.mark.parametrize(("angle", "x"), [(90, 570), (-90, 575)])
def test_vertical_stamp_is_furniture_not_text(tmp_path, angle, x):
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "woo.pdf"
    canvas = Canvas(str(path), pagesize=(595, 842))
    canvas.setFont("Helvetica", 11)
    lines = [f"Regel {i} van het besluit over de aanpak van radicalisering." for i in range(6)]
    for i, line in enumerate(lines):
        canvas.drawString(70, 700 - 14 * i, line)
    canvas.saveState()
    canvas.translate(x, 300 if angle == 90 else 600)
    canvas.rotate(angle)
    canvas.setFont("Helvetica", 8)
    canvas.drawString(0, 0, "Woo-besluit 2023-0142 pagina 3")
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    page = read_document(path, source="woo.pdf").pages[0]
    assert page.text == "\n".join(lines)
    assert page.furniture == ("Woo-besluit 2023-0142 pagina 3",)


def test_two_column_page_reads_left_column_before_right(annual_report):
    page = read_document(annual_report.path, source="jaarverslag.pdf").pages[0]
    assert folded(page.text) == folded(annual_report.body_pages[0])
    assert page.text.index("LINKS-EINDE") < page.text.index("RECHTS-BEGIN")
    assert page.text.startswith("Jaarverslag 2016 Veiligheidshuis Flevoland\n\n")
    assert page.margin_fields == ()


def test_encrypted_pdf(documents, tmp_path):
    path = documents.build_encrypted_pdf(tmp_path)
    with pytest.raises(KenmerkError) as err:
        read_document(path, source="beveiligd.pdf")
    assert err.value.code == "encrypted_pdf"


def test_pdf_with_only_an_owner_password_is_read(documents, tmp_path):
    path = documents.build_encrypted_pdf(tmp_path, "kopieerbeveiligd.pdf", user_password="")
    doc = read_document(path, source="kopieerbeveiligd.pdf")
    assert doc.pages[0].text == "Vertrouwelijk: de begroting voor 2016."


def test_truncated_pdf(documents, tmp_path):
    path = documents.build_truncated_pdf(tmp_path)
    with pytest.raises(KenmerkError) as err:
        read_document(path, source="afgebroken.pdf")
    assert err.value.code == "broken_pdf"


def test_pdf_header_without_a_body_is_broken(tmp_path):
    path = tmp_path / "kapot.pdf"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n")
    with pytest.raises(KenmerkError) as err:
        read_document(path, source="kapot.pdf")
    assert err.value.code == "broken_pdf"


@pytest.mark.parametrize("seed", range(8))
def test_damaged_bytes_give_a_kenmerk_error_or_a_document(letter, tmp_path, seed):
    import random

    rng = random.Random(seed)
    data = bytearray(letter.path.read_bytes())
    for _ in range(30):
        data[rng.randrange(200, len(data) - 200)] = rng.randrange(256)
    path = tmp_path / "beschadigd.pdf"
    path.write_bytes(bytes(data))
    try:
        doc = read_document(path, source="beschadigd.pdf")
    except KenmerkError as err:
        assert err.code in {"broken_pdf", "no_text"}
        assert len(err.message) < 300
    else:
        assert doc.pages


def test_blank_pdf_has_no_text(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "leeg.pdf"
    canvas = Canvas(str(path))
    canvas.showPage()
    canvas.save()
    with pytest.raises(KenmerkError) as err:
        read_document(path, source="leeg.pdf")
    assert err.value.code == "no_text"
