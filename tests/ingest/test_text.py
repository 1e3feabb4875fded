"""Text files: encodings, NUL bytes, binary data and form-feed pages."""

from __future__ import annotations

import codecs

import pytest

from pipeline.errors import KenmerkError
from pipeline.ingest import read_document
from pipeline.ingest.text import (
    bom_encoding,
    control_share,
    decode_text,
    split_pages,
    text_pages,
    utf16_without_bom,
)

DUTCH = ("De gemeente ontving € 950.000 voor een coördinator; de financiële "
         "bijdrage van het ministerie is één keer per jaar.")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (DUTCH.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + DUTCH.encode("utf-8"), "utf-8"),
        (DUTCH.encode("cp1252"), "cp1252"),
        (DUTCH.replace("€", "EUR").encode("latin-1"), "cp1252"),
        (codecs.BOM_UTF16_LE + DUTCH.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + DUTCH.encode("utf-16-be"), "utf-16-be"),
        (DUTCH.encode("utf-16-le"), "utf-16-le"),
        (DUTCH.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + DUTCH.encode("utf-32-le"), "utf-32-le"),
    ],
)
def test_decode_text(data, encoding):
    text, found = decode_text(data)
    assert found == encoding
    assert text.replace("EUR", "€") == DUTCH


def test_nul_bytes_are_stripped():
    data = b"Tot slot\x00\x00 Datum 28 januari 2016\x00"
    assert decode_text(data)[0] == "Tot slot Datum 28 januari 2016"


def test_bom_encoding():
    assert bom_encoding(codecs.BOM_UTF16_LE + b"a\x00") == ("utf-16-le", 2)
    assert bom_encoding(b"plain") is None


def test_utf16_without_bom_needs_alternating_nuls():
    assert utf16_without_bom("Datum".encode("utf-16-le")) == "utf-16-le"
    assert utf16_without_bom(b"Datum 28 januari") is None


def test_control_share():
    assert control_share("Datum\t28 januari\n2016\f") == 0
    assert control_share("a\x01\x02\x03") == 0.75


def test_split_pages_on_form_feeds():
    assert split_pages("een\ftwee\f") == ["een", "twee"]
    assert split_pages("een\f\ftwee") == ["een", "", "twee"]
    assert split_pages("alleen") == ["alleen"]


def test_form_feed_pages_are_numbered():
    pages = text_pages(b"Pagina een\fPagina twee\f", "x.txt")
    assert [(p.number, p.text) for p in pages] == [(1, "Pagina een"), (2, "Pagina twee")]


def test_line_ends_are_folded():
    pages = text_pages(b"Geachte heer,\r\n\r\nHierbij\rde aanvraag.", "x.txt")
    assert pages[0].text == "Geachte heer,\n\nHierbij\nde aanvraag."


def test_cp1252_file_reads_euro_sign(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_bytes(DUTCH.encode("cp1252"))
    assert "€ 950.000" in read_document(path, source="brief.txt").pages[0].text


def test_binary_txt_is_refused(tmp_path):
    path = tmp_path / "data.txt"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(KenmerkError) as err:
        read_document(path, source="data.txt")
    assert err.value.code == "binary_text"


def test_whitespace_only_txt_has_no_text(tmp_path):
    path = tmp_path / "leeg.txt"
    path.write_bytes(b"\n \n\t\n")
    with pytest.raises(KenmerkError) as err:
        read_document(path, source="leeg.txt")
    assert err.value.code == "no_text"
