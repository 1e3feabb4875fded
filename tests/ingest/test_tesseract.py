"""The persistent tesseract engine: what it reads, its time limit, and the fallback.

The tests marked ``slow`` run real tesseract (``nld``) on a generated scan.
"""

from __future__ import annotations

import difflib

import pytest

from pipeline.ingest import ocr, page_images, tesseract
from pipeline.ingest.rules import ingest_rules

needs_engine = pytest.mark.skipif(tesseract.engine_psm("--psm 3") is None
                                  or ocr.tesseract_problem("nld") is not None,
                                  reason="tesserocr or tesseract with nld is not installed")

TSV = ("1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t\n"
       "4\t1\t1\t1\t1\t0\t290\t240\t900\t40\t-1\t\n"
       "5\t1\t1\t1\t1\t1\t290\t242\t120\t38\t96.5\tGeachte\n"
       "5\t1\t1\t1\t1\t2\t420\t242\t80\t38\t91\t€ 5.000\n")


def test_the_word_table_reads_as_pytesseract_gives_it():
    table = tesseract._table(TSV)
    assert table["text"] == ["", "", "Geachte", "€ 5.000"]
    assert table["conf"] == [-1.0, -1.0, 96.5, 91.0]
    assert table["left"] == [0, 290, 290, 420]
    assert table["height"][2] == 38
    tokens, confidence = ocr.tokens_from_data(table, 300 / 72, 0)
    assert [t.text for t in tokens] == ["Geachte", "€ 5.000"]
    assert confidence == pytest.approx(93.75)


@pytest.mark.parametrize(("config", "psm"), [("--psm 3", 3), (" --psm 6 ", 6),
                                              ("--psm 3 -c preserve_interword_spaces=1", None),
                                              ("", None)])
def test_only_a_plain_page_segmentation_config_goes_to_the_engine(config, psm, monkeypatch):
    monkeypatch.setattr(tesseract, "_library", lambda: object())
    monkeypatch.setattr(tesseract, "tessdata", lambda: "/usr/share/tessdata")
    assert tesseract.engine_psm(config) == psm
    monkeypatch.setattr(tesseract, "enabled", False)
    assert tesseract.engine_psm("--psm 3") is None


def test_without_tesserocr_or_tessdata_the_command_reads(monkeypatch):
    monkeypatch.setattr(tesseract, "_library", lambda: None)
    assert tesseract.image_to_data(object(), "nld", "--psm 3", 10) is None
    monkeypatch.setattr(tesseract, "_library", lambda: object())
    monkeypatch.setattr(tesseract, "tessdata", lambda: None)
    assert tesseract.image_to_data(object(), "nld", "--psm 3", 10) is None


def _page_image(scanned_letter):
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(scanned_letter.path))
    try:
        image, scale, _, _ = page_images.render_page(pdf, 0, ingest_rules().ocr, "brief_scan.pdf")
    finally:
        pdf.close()
    return image, scale


@pytest.mark.slow
@needs_engine
def test_the_engine_reads_the_words_and_boxes_the_command_reads(scanned_letter, monkeypatch):
    rules = ingest_rules().ocr
    image, scale = _page_image(scanned_letter)
    engine = ocr._read(image, scale, rules, "brief_scan.pdf", 1)
    monkeypatch.setattr(tesseract, "enabled", False)
    command = ocr._read(image, scale, rules, "brief_scan.pdf", 1)
    # The wheel's libtesseract may be newer than the command: a stray quote may differ.
    words = difflib.SequenceMatcher(None, [t.text for t in engine[0]], [t.text for t in command[0]])
    assert words.ratio() > 0.97
    same = [(engine[0][a.a + i], command[0][a.b + i]) for a in words.get_matching_blocks()
            for i in range(a.size)]
    assert all(e.bbox == c.bbox for e, c in same)
    assert engine[1] == pytest.approx(command[1], abs=3)


def _top_of_page_with_a_new_pool(scanned_letter, monkeypatch):
    """The top quarter of the scanned letter's page, and an empty engine pool in place of the module's."""
    image, _ = _page_image(scanned_letter)
    pool = tesseract._Pool()
    monkeypatch.setattr(tesseract, "_pool", pool)
    return image.crop((0, 0, image.width, image.height // 4)), pool


@pytest.mark.slow
@needs_engine
def test_the_engine_is_kept_for_the_next_page(scanned_letter, monkeypatch):
    small, pool = _top_of_page_with_a_new_pool(scanned_letter, monkeypatch)
    first = tesseract.image_to_data(small, "nld", "--psm 3", 30)
    engines = pool._idle["nld"]
    assert len(engines) == 1
    kept = engines[0]
    assert tesseract.image_to_data(small, "nld", "--psm 3", 30) == first
    assert pool._idle["nld"] == [kept]


@pytest.mark.slow
@needs_engine
def test_a_reading_as_one_block_takes_the_engine_kept_and_leaves_it_reading_pages(scanned_letter, monkeypatch):
    small, pool = _top_of_page_with_a_new_pool(scanned_letter, monkeypatch)
    page = tesseract.image_to_data(small, "nld", "--psm 3", 30)
    [kept] = pool._idle["nld"]
    tesseract.image_to_data(small, "nld", "--psm 6", 30)
    assert pool._idle["nld"] == [kept] and kept.GetPageSegMode() == 6
    assert tesseract.image_to_data(small, "nld", "--psm 3", 30) == page
    assert pool._idle["nld"] == [kept] and kept.GetPageSegMode() == 3


@pytest.mark.slow
@needs_engine
def test_past_the_time_limit_the_engine_stops_and_is_dropped(scanned_letter, monkeypatch):
    image, _ = _page_image(scanned_letter)
    pool = tesseract._Pool()
    monkeypatch.setattr(tesseract, "_pool", pool)
    with pytest.raises(tesseract.EngineError, match="no result within"):
        tesseract.image_to_data(image, "nld", "--psm 3", 0.001)
    assert pool._idle["nld"] == []


class _FakeEngine:
    made: list[_FakeEngine] = []

    def __init__(self, path, lang, psm):
        if lang == "xxx":
            raise RuntimeError("Failed to init API, possibly an invalid tessdata path")
        self.psm = psm
        self.made.append(self)

    def GetPageSegMode(self):  # noqa: N802 - tesserocr's names
        return self.psm

    def SetPageSegMode(self, psm):  # noqa: N802
        self.psm = psm

    def Clear(self):  # noqa: N802
        pass

    def End(self):  # noqa: N802
        pass


def test_an_engine_loaded_ahead_is_the_one_the_first_page_takes(monkeypatch):
    fake = type("tesserocr", (), {"PyTessBaseAPI": _FakeEngine})
    monkeypatch.setattr(tesseract, "_library", lambda: fake)
    monkeypatch.setattr(tesseract, "tessdata", lambda: "/usr/share/tessdata")
    monkeypatch.setattr(tesseract, "_pool", tesseract._Pool())
    monkeypatch.setattr(_FakeEngine, "made", [])
    tesseract.load_engine("nld", "--psm 3")
    tesseract.load_engine("nld", "--psm 3")  # one was idle: none is loaded
    tesseract.load_engine("nld", "--psm 6")  # the idle one reads a block: none is loaded
    assert len(_FakeEngine.made) == 1
    with tesseract._pool.engine("nld", 3) as api:
        assert api is _FakeEngine.made[0]
    tesseract.load_engine("xxx", "--psm 3")  # a model that cannot load: the page says why
    tesseract.load_engine("nld", "--psm 3 -c x=1")  # a config for the command: no engine
    assert len(_FakeEngine.made) == 1
