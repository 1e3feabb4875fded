"""The decompression budget: every filter pdfminer applies stops at the cap, and gives what it gave before;
and the check that lets pdfium read a PDF only when its streams unpack within the budget."""

from __future__ import annotations

import base64
import random
import time
import zlib

import pytest

from pipeline.errors import KenmerkError
from pipeline.ingest import pdfguard
from pipeline.ingest.pdfguard import FLATE_MAX_RATIO, ContentBudget, content_budget, streams_within

MB = 1024**2


def _filter(name: str, budget: ContentBudget):
    return pdfguard._filters(budget)[name]


def _budget(page_mb: float = 4) -> ContentBudget:
    budget = ContentBudget("bom.pdf", int(page_mb * MB), 1024 * MB)
    budget.new_page(1)
    return budget


def test_lzw_gives_what_pdfminer_gives(documents):
    from pdfminer.lzw import lzwdecode

    data = documents.lzw_bomb(1)
    assert _filter("lzwdecode", _budget(64))(data) == lzwdecode(data)
    assert len(lzwdecode(data)) > 1000 * len(data)  # a bomb indeed


def test_lzw_stops_at_the_cap_before_unpacking_the_rest(documents):
    budget = _budget(4)
    started = time.perf_counter()
    with pytest.raises(KenmerkError) as caught:
        _filter("lzwdecode", budget)(documents.lzw_bomb(20))  # about 140 MB
    assert caught.value.code == "too_large_content" and "4 MB on page 1" in caught.value.message
    assert budget.page_used <= 4 * MB
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize("seed", range(5))
def test_runlength_gives_what_pdfminer_gives(seed):
    from pdfminer.runlength import rldecode

    rng = random.Random(seed)
    data = bytearray()
    for _ in range(200):
        if rng.random() < 0.5:
            n = rng.randrange(128)
            data += bytes((n,)) + rng.randbytes(n + 1)
        else:
            data += bytes((rng.randrange(129, 256), rng.randrange(256)))
    data += bytes((128,)) + b"after the end mark"
    assert _filter("rldecode", _budget())(bytes(data)) == rldecode(bytes(data))


def test_runlength_cut_short_keeps_what_it_has():
    assert _filter("rldecode", _budget())(bytes((3,)) + b"ab") == b"ab"
    assert _filter("rldecode", _budget())(b"\x00a\xfe") == b"a"


def test_runlength_stops_at_the_cap(documents):
    budget = _budget(4)
    with pytest.raises(KenmerkError, match="4 MB on page 1"):
        _filter("rldecode", budget)(documents.runlength_bomb(200_000))  # 25 MB from 400 KB
    assert budget.page_used <= 4 * MB


@pytest.mark.parametrize("name, data", [
    ("ascii85decode", base64.a85encode(b"Hallo wereld, \x00\x00\x00\x00 en nog wat") + b"~>"),
    ("asciihexdecode", b"48 61 6C6c 6F>"),
])
def test_ascii_filters_give_what_pdfminer_gives_and_are_counted(name, data):
    from pdfminer import ascii85

    expected = getattr(ascii85, name)(data)
    budget = _budget()
    assert _filter(name, budget)(data) == expected and expected.startswith(b"Hal")
    assert budget.page_used == len(expected)


def test_ascii85_zeros_are_counted_against_the_cap():
    budget = _budget(1)
    with pytest.raises(KenmerkError, match="too_large|unpacks"):
        _filter("ascii85decode", budget)(b"z" * (MB // 2) + b"~>")  # 2 MB of zeros


def _ccitt_params(columns: int) -> dict:
    return {"K": -1, "Columns": columns, "EncodedByteAlign": False, "BlackIs1": False}


def test_ccitt_rows_give_what_pdfminer_gives():
    from pdfminer.ccitt import ccittfaxdecode

    data = b"\xff" * 4  # 32 all-white rows ("V0" is one bit each)
    assert _filter("ccittfaxdecode", _budget())(data, _ccitt_params(64)) == ccittfaxdecode(data, _ccitt_params(64))


def test_ccitt_rows_are_counted_against_the_cap():
    budget = _budget(0.25)
    with pytest.raises(KenmerkError, match="on page 1"):
        # Every bit is a white row of 8,000 columns: 1,000 bytes each, 8 MB in all.
        _filter("ccittfaxdecode", budget)(b"\xff" * 1000, _ccitt_params(8000))
    assert budget.page_used <= MB / 4


def test_ccitt_row_wider_than_the_budget_is_refused_before_the_first_row():
    with pytest.raises(KenmerkError, match="too_large|unpacks"):
        _filter("ccittfaxdecode", _budget(1))(b"\xff", _ccitt_params(2 * MB))


def test_the_budget_holds_only_while_a_pdf_is_read():
    from pdfminer import pdftypes

    before = {name: getattr(pdftypes, name) for name in pdfguard._filters(_budget())}
    with content_budget("a.pdf") as budget:
        assert pdftypes.rldecode is not before["rldecode"] and budget.room() > 0
    assert {name: getattr(pdftypes, name) for name in before} == before


def pdf_with(*streams: tuple[bytes, bytes]) -> bytes:
    """A PDF-like byte string: one object per (dictionary, stream bytes)."""
    out = bytearray(b"%PDF-1.4\n")
    for number, (head, body) in enumerate(streams, start=1):
        out += b"%d 0 obj\n<<%s/Length %d>>stream\n" % (number, head, len(body))
        out += body + b"\nendstream\nendobj\n"
    return bytes(out)


def test_a_small_file_is_within_without_unpacking():
    data = pdf_with((b"/Filter/FlateDecode", b"not zlib at all"))
    assert streams_within(data, len(data) * FLATE_MAX_RATIO)  # it could unpack to no more


def test_a_bomb_is_not_within():
    bomb = zlib.compress(b" " * 4_000_000, 9)
    data = pdf_with((b"/Filter/FlateDecode", bomb))
    assert len(data) * FLATE_MAX_RATIO > 2_000_000  # the file is too large to pass unread
    assert not streams_within(data, 2_000_000)
    assert streams_within(data, 5_000_000)


@pytest.mark.parametrize("wrap", [
    (b"/Filter[/ASCII85Decode/FlateDecode]", lambda b: base64.a85encode(b) + b"~>"),
    (b"/Filter[/AHx/Fl]", lambda b: b.hex().encode() + b">"),
])
def test_ascii_wrapped_flate_is_unpacked(wrap):
    head, encode = wrap
    data = pdf_with((head, encode(zlib.compress(b"x" * 3_000_000, 9))))
    assert not streams_within(data, 2_000_000)
    assert streams_within(data, 4_000_000)


def test_images_are_not_counted():
    image = zlib.compress(bytes(4_000_000), 9)
    data = pdf_with((b"/Type/XObject/Subtype/Image/Filter/FlateDecode", image))
    assert streams_within(data, 1_000)


@pytest.mark.parametrize("head", [b"/Filter/LZWDecode", b"/Filter[/FlateDecode/FlateDecode]",
                                  b"/Filter/RunLengthDecode"])
def test_filters_that_cannot_be_measured_are_not_within(head):
    assert not streams_within(pdf_with((head, b"abc")), 10**12)


def test_damaged_flate_in_a_large_file_is_not_within():
    data = pdf_with((b"/Filter/FlateDecode", b"\x00" * 5_000))
    assert not streams_within(data, 1_000_000)


def test_endstream_inside_the_compressed_bytes_is_read_past():
    body = zlib.compress(b"q " * 600_000, 0)  # stored, so the bytes hold the text as is
    body = body[:100] + b"endstream" + body[100:]  # not valid zlib any more: damaged
    assert not streams_within(pdf_with((b"/Filter/FlateDecode", body)), 1_000_000)
    fake = zlib.compress(b"endstream " * 200_000, 0)
    data = pdf_with((b"/Filter/FlateDecode", fake))
    assert not streams_within(data, 1_000_000)
    assert streams_within(data, 3_000_000)
