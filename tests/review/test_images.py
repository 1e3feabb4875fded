"""Page images for the review page: rendered from the PDF, or a note when the source changed."""

from __future__ import annotations

import base64
import io

from pipeline.ingest import file_doc_id
from pipeline.review.images import render_pages


def test_a_pdf_page_is_rendered_at_modest_resolution(tmp_path, documents):
    built = documents.build_letter_pdf(tmp_path)
    images = render_pages(built.path, file_doc_id(built.path), {1: (595.0, 842.0)}, [1])
    image = images[1]
    assert image.uri.startswith("data:image/jpeg;base64,") and image.boxes and image.note is None
    from PIL import Image

    with Image.open(io.BytesIO(base64.b64decode(image.uri.split(",", 1)[1]))) as decoded:
        assert abs(decoded.width - 595 * 100 / 72) < 3


def test_a_changed_or_missing_source_gets_a_note_not_an_image(tmp_path, documents):
    built = documents.build_letter_pdf(tmp_path)
    images = render_pages(built.path, "0" * 16, {1: (595.0, 842.0)}, [1])
    assert images[1].uri is None and "changed" in images[1].note
    images = render_pages(tmp_path / "weg.pdf", "0" * 16, {1: (595.0, 842.0)}, [1])
    assert images[1].uri is None and "could not be read" in images[1].note


def test_a_page_turned_for_reading_gets_no_boxes(tmp_path, documents):
    built = documents.build_letter_pdf(tmp_path)
    image = render_pages(built.path, file_doc_id(built.path), {1: (842.0, 595.0)}, [1])[1]
    assert image.uri and not image.boxes and "turned" in image.note


def test_text_files_have_no_page_images(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("tekst")
    assert render_pages(path, file_doc_id(path), {1: (None, None)}, [1]) == {}


def test_a_scans_page_is_read_back_at_the_size_its_boxes_were_measured_in(tmp_path, documents):
    built = documents.build_scanned_letter_tiff(tmp_path)
    points = (595.0, 842.0)
    images = render_pages(built.path, file_doc_id(built.path), {1: points, 2: points}, [2])
    assert list(images) == [2] and images[2].uri.startswith("data:image/jpeg") and images[2].boxes
    from PIL import Image

    with Image.open(io.BytesIO(base64.b64decode(images[2].uri.split(",", 1)[1]))) as decoded:
        assert abs(decoded.width - 595 * 100 / 72) < 3
