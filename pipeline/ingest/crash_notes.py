"""Which page libtesseract was reading when it crashed its process.

A crash inside the library ends the worker process that ran it, with no
Python left to say where. So each thread that hands a page to libtesseract
leaves a note of the page in a folder for as long as the library reads it
(``kenmerk run``'s workers name their own folder, ``folder``), and the pool
reads the notes of a worker that died (``pages_noted``): ``worker_crashed``,
"while tesseract read page 3".
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress

# The folder of this process's notes; None (no notes) outside a worker of ``kenmerk run``.
folder: str | None = None
NOTE_PREFIX = "tesseract-page-"


@contextmanager
def noted(page_number: int) -> Iterator[None]:
    """A note of ``page_number`` in ``folder`` while the block runs (nothing without a folder)."""
    if folder is None:
        yield
        return
    note = os.path.join(folder, f"{NOTE_PREFIX}{threading.get_ident()}")
    with open(note, "w", encoding="ascii") as handle:
        handle.write(str(page_number))
    try:
        yield
    finally:
        with suppress(OSError):
            os.remove(note)


def pages_noted(folder: str) -> list[int]:
    """The pages libtesseract was reading in a worker whose notes are in ``folder``."""
    pages = []
    with suppress(OSError):
        for name in os.listdir(folder):
            if name.startswith(NOTE_PREFIX):
                with suppress(OSError, ValueError), open(os.path.join(folder, name), encoding="ascii") as handle:
                    pages.append(int(handle.read()))
    return sorted(pages)
