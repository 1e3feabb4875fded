"""Tesseract as a persistent engine: libtesseract through ``tesserocr``, kept loaded.

The ``tesseract`` command starts a new process for every page and loads the
Dutch model each time, about a tenth of a page's OCR time, and pytesseract
writes the page image to a file for it. A ``PyTessBaseAPI`` loads the model
once and is handed the page's pixels directly. Engines are kept in a pool,
one for each thread reading at the same moment (an engine reads one page at
a time; separate engines may run in parallel, and recognition releases the
GIL, so the threads of ``ocr.ocr_pages`` keep every core busy), and are
reused across pages and documents for the life of the process.

The engine reads the same ``tessdata`` as the command (``tesseract
--list-langs`` says where), so the installed ``nld`` model is used either
way, and the same page segmentation (``--psm``). A page gets the same time
limit as the command: past it libtesseract stops and the page fails. A crash
inside the library ends its process: in a worker of ``kenmerk run`` that is
the document's ``worker_crashed`` and a new worker, as for a crash anywhere
else in the document, and the error names the page being read
(``pipeline.ingest.crash_notes``).

``image_to_data`` returns None where no engine can be used (tesserocr not
installed, the tessdata folder not found, a config other than ``--psm N``);
``pipeline.ingest.ocr`` then runs the command. ``enabled`` turns the engine
off for this process (the robustness tests stand a fake command in for
tesseract).
"""

from __future__ import annotations

import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import lru_cache

enabled = True

_PSM = re.compile(r"^\s*--psm\s+(\d+)\s*$")
# 'List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (3):'
_TESSDATA = re.compile(r'available languages in "([^"]+)"')
# A language line of the listing, as pytesseract's ``get_languages`` reads it: ``nld``.
_LANGUAGE = re.compile(r"[a-z_]+")
_COLUMNS = ("level", "page_num", "block_num", "par_num", "line_num", "word_num",
            "left", "top", "width", "height", "conf", "text")


class EngineError(RuntimeError):
    """The engine could not read the page (time limit passed, or libtesseract refused)."""


@lru_cache(maxsize=1)
def listed_languages() -> tuple[str | None, frozenset[str]]:
    """(the folder of the models, the languages) as the ``tesseract`` command lists them.

    One run of ``tesseract --list-langs`` answers both whether tesseract can read a
    language and where the engine finds its model (starting the command costs a
    worker a tenth of a second or more). Raises ``OSError`` or
    ``subprocess.SubprocessError`` when the command cannot run."""
    # The command pytesseract would read pages with, when it was told another; pytesseract is
    # not imported for it (it imports pandas, half a second of a worker's CPU).
    command = getattr(sys.modules.get("pytesseract.pytesseract"), "tesseract_cmd", "tesseract")
    done = subprocess.run([command, "--list-langs"], capture_output=True, text=True, timeout=30)
    if done.returncode not in (0, 1):  # tesseract 3 exits with 1 (as pytesseract allows)
        raise subprocess.SubprocessError(f"tesseract --list-langs exited with code {done.returncode}")
    lines = (done.stdout + done.stderr).splitlines()
    found = next((m for line in lines if (m := _TESSDATA.search(line))), None)
    languages = frozenset(line.strip() for line in lines if _LANGUAGE.fullmatch(line.strip()))
    return (found.group(1) if found else None), languages


def tessdata() -> str | None:
    """The folder the ``tesseract`` command reads its models from, or None."""
    try:
        return listed_languages()[0]
    except (OSError, subprocess.SubprocessError):
        return None


@lru_cache(maxsize=1)
def _library():
    try:
        import tesserocr
    except ImportError:  # not installed (or its bundled libraries do not load here)
        return None
    return tesserocr


def engine_psm(config: str) -> int | None:
    """The page segmentation mode of ``config`` when an engine can read with it, else None."""
    found = _PSM.match(config)
    if not enabled or found is None or _library() is None or tessdata() is None:
        return None
    return int(found.group(1))


class _Pool:
    """Idle engines by language; a thread takes one, or a new one, for each page, and sets its
    page segmentation (a field of a page read as one block takes the engine the page was
    read with, not a second model loaded for it)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._idle: dict[str, list] = {}

    @contextmanager
    def engine(self, lang: str, psm: int) -> Iterator:
        with self._lock:
            idle = self._idle.setdefault(lang, [])
            api = idle.pop() if idle else None
        if api is not None and api.GetPageSegMode() != psm:
            api.SetPageSegMode(psm)
        if api is None:
            tesserocr = _library()
            try:
                api = tesserocr.PyTessBaseAPI(path=tessdata(), lang=lang,
                                              psm=psm)
            except RuntimeError as err:
                raise EngineError(f"tesseract could not load the model '{lang}' ({err})") from err
        try:
            yield api
        except BaseException:
            api.End()  # its state after a stop or an error is not to be trusted
            raise
        api.Clear()
        with self._lock:
            self._idle[lang].append(api)


_pool = _Pool()


def load_engine(lang: str, config: str) -> None:
    """An engine taken and given back at once: loaded (its model read, about 0.12 s of CPU)
    if none was idle. ``ocr.ocr_pages`` has each of its threads do this while the first
    pages are rendered, so that the first pages need not wait for it."""
    psm = engine_psm(config)
    if psm is None:
        return
    with suppress(EngineError), _pool.engine(lang, psm):
        pass


def image_to_data(image, lang: str, config: str, timeout: float) -> dict[str, list] | None:
    """Tesseract's word table of a greyscale image, as pytesseract's ``image_to_data`` gives it
    (``Output.DICT``), or None when no engine can read with ``config``."""
    psm = engine_psm(config)
    if psm is None:
        return None
    if image.mode != "L":
        image = image.convert("L")
    pixels = image.tobytes()  # the engine reads this buffer without copying it: kept until done
    with _pool.engine(lang, psm) as api:
        api.SetImageBytes(pixels, image.width, image.height, 1, image.width)
        if not api.Recognize(timeout=max(int(timeout * 1000), 1)):
            raise EngineError(f"tesseract stopped: no result within {timeout:g} s")
        tsv = api.GetTSVText(0)
    return _table(tsv)


def _table(tsv: str) -> dict[str, list]:
    table: dict[str, list] = {name: [] for name in _COLUMNS}
    for line in tsv.splitlines():
        cells = line.split("\t", len(_COLUMNS) - 1)
        if len(cells) < len(_COLUMNS) - 1:
            continue
        cells += [""] * (len(_COLUMNS) - len(cells))
        for name, cell in zip(_COLUMNS[:-2], cells, strict=False):
            table[name].append(int(cell))
        table["conf"].append(float(cells[-2]))
        table["text"].append(cells[-1])
    return table
