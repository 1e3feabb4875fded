"""``read_document``: routing by content, size limits, document ids."""

from __future__ import annotations

import hashlib

import pytest

from pipeline.errors import KenmerkError
from pipeline.ingest import doc_id_for, file_doc_id, raw_document_from_text, read_document


def code_of(path, **kwargs) -> str:
    with pytest.raises(KenmerkError) as err:
        read_document(path, source=path.name, **kwargs)
    return err.value.code


def test_doc_id_is_sha256_prefix_of_the_bytes(tmp_path):
    data = "De gemeente Almere ontving € 950.000.".encode()
    path = tmp_path / "brief.txt"
    path.write_bytes(data)
    expected = hashlib.sha256(data).hexdigest()[:16]
    assert doc_id_for(data) == expected
    assert file_doc_id(path) == expected
    assert read_document(path, source="brief.txt").doc_id == expected


def test_pdf_doc_id_is_hash_of_the_file(letter, letter_doc):
    assert letter_doc.doc_id == hashlib.sha256(letter.path.read_bytes()).hexdigest()[:16]


def test_empty_file(tmp_path):
    path = tmp_path / "leeg.txt"
    path.write_bytes(b"")
    assert code_of(path) == "empty_file"


def test_too_large_is_refused_from_its_size_without_reading(tmp_path, monkeypatch):
    path = tmp_path / "groot.pdf"
    with open(path, "wb") as handle:
        handle.truncate(60 * 1024**2)  # sparse: no 60 MB written

    def no_open(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr("pipeline.ingest.open", no_open, raising=False)
    with pytest.raises(KenmerkError) as err:
        read_document(path, source="groot.pdf")
    assert err.value.code == "too_large"
    assert "60 MB" in err.value.message


def test_max_bytes_can_be_raised(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text("Datum: 28 januari 2016", encoding="utf-8")
    assert code_of(path, max_bytes=10) == "too_large"
    assert read_document(path, source="brief.txt", max_bytes=100).pages[0].text.startswith("Datum")


def test_missing_file_is_unreadable(tmp_path):
    assert code_of(tmp_path / "weg.txt") == "unreadable_file"


def test_html_named_pdf(tmp_path):
    path = tmp_path / "besluit.pdf"
    path.write_text("<!DOCTYPE html><html><body>Niet gevonden</body></html>", encoding="utf-8")
    with pytest.raises(KenmerkError) as err:
        read_document(path, source="besluit.pdf")
    assert err.value.code == "not_a_pdf"
    assert "HTML" in err.value.message


def test_pdf_is_recognised_by_content_not_name(letter, tmp_path):
    path = tmp_path / "brief.txt"
    path.write_bytes(letter.path.read_bytes())
    doc = read_document(path, source="brief.txt")
    assert doc.ingest == "pdf"
    assert ("Datum", "28 januari 2016") in doc.pages[0].margin_fields


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("scan.gif", b"GIF89a" + b"\x00" * 64),
        ("brief.docx", b"PK\x03\x04" + b"\x00" * 64),
        ("notities.md", b"# Notities\n"),
    ],
)
def test_unsupported_types(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    assert code_of(path) == "unsupported_type"


def test_text_document_is_one_text_page(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text("Geachte heer Van der Steur,\n\nHierbij ontvangt u de aanvraag.\n",
                    encoding="utf-8")
    doc = read_document(path, source="brief.txt")
    assert doc.ingest == "text"
    assert [(p.number, p.method) for p in doc.pages] == [(1, "text")]
    assert doc.pages[0].words == ()


def test_raw_document_from_text_keeps_the_string():
    doc = raw_document_from_text("Tot slot\fDatum", source="x.txt")
    assert doc.pages[0].text == "Tot slot\fDatum"
    assert doc.doc_id == doc_id_for(b"Tot slot\fDatum")


def test_broken_image_is_refused(tmp_path):
    path = tmp_path / "scan.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    assert code_of(path) == "unreadable_file"
