"""The decompression budget: every filter pdfminer applies stops at the cap, and gives what it gave before."""

from __future__ import annotations

import base64
import random
import time

import pytest

from pipeline.errors import KenmerkError
from pipeline.ingest import pdfguard
from pipeline.ingest.pdfguard import ContentBudget, content_budget

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
