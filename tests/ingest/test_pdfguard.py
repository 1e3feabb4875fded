"""The check that lets pdfium read a PDF only when its streams unpack within the budget."""

from __future__ import annotations

import base64
import zlib

import pytest

from pipeline.ingest.pdfguard import FLATE_MAX_RATIO, streams_within


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
