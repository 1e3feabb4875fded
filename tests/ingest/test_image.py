"""Image scans (TIFF, PNG, JPEG) read by OCR with the same layout rules as PDFs."""

from __future__ import annotations

import pytest
from PIL import Image

from pipeline.errors import KenmerkError
from pipeline.ingest import read_document
from pipeline.ingest.image import image_dpi


def folded(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(
    ("info", "dpi"),
    [({"dpi": (200, 200)}, 200.0), ({"dpi": (72, 72)}, 300.0), ({}, 300.0),
     ({"dpi": (96.0, 96.0)}, 300.0), ({"dpi": ("x",)}, 300.0)],
)
def test_image_dpi(info, dpi):
    assert image_dpi(info) == dpi


def test_blank_image_has_no_text(tmp_path):
    path = tmp_path / "leeg.png"
    Image.new("L", (850, 1100), 255).save(path, dpi=(100, 100))
    with pytest.raises(KenmerkError) as err:
        read_document(path, source="leeg.png")
    assert err.value.code == "no_text"


@pytest.mark.slow
def test_multi_page_tiff_scan(documents, tmp_path):
    built = documents.build_scanned_letter_tiff(tmp_path)
    doc = read_document(built.path, source="brief_scan.tif")
    assert doc.ingest == "ocr"
    assert [(p.method, p.method_reason) for p in doc.pages] == [("ocr", "scan_image")] * 2
    first = doc.pages[0]
    # 200 dpi pixels back to points: the page is A4 again.
    assert (first.width, first.height) == pytest.approx((595, 842), abs=1)
    assert ("Datum", "28 januari 2016") in first.margin_fields
    assert [p.furniture for p in doc.pages] == [(built.footer,), (built.footer,)]
    body = first.text[: first.text.index("\n\nDatum")]
    assert folded(body) == folded(built.body_pages[0])
    word = next(w for w in first.words if w.text == "950.000")
    drawn = built.find("950.000", page=1)[0]
    assert word.bbox.x0 == pytest.approx(drawn.x0, abs=3)


def test_a_frame_that_fails_fails_the_scan_with_its_page_number(tmp_path, monkeypatch):
    from pipeline.ingest import image, ocr
    from pipeline.ingest.ocr import OcrResult

    def read(gray, scale, rules, source, number, **options):
        if number == 2:
            raise KenmerkError("ocr_failed", source=source, page=number, reason="crashed")
        return OcrResult([], None)

    monkeypatch.setattr(ocr, "tesseract_problem", lambda lang: None)
    monkeypatch.setattr(image, "ocr_image", read)
    path = tmp_path / "drie.tif"
    frames = [Image.new("L", (850, 1100), 255) for _ in range(3)]
    frames[0].save(path, save_all=True, append_images=frames[1:], dpi=(100, 100))
    with pytest.raises(KenmerkError) as err:
        read_document(path, source="drie.tif")
    assert err.value.code == "ocr_failed"
    assert "page 2" in err.value.message
