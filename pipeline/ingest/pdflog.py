"""pdfminer's warnings on damaged PDFs, gathered into one log line per document.

pdfminer logs a warning for every damaged object it meets (hundreds on one
broken file), and without a logging setup Python prints each to stderr, over
the progress bar. While a PDF is read, ``quiet_pdfminer`` holds them back and
then logs one line for the document on ``kenmerk.ingest`` (at INFO, so it is
in a configured log but not on the terminal).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

LOG = logging.getLogger("kenmerk.ingest")
PDF_LOGGERS = ("pdfminer", "pdfplumber")


class _Gather(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0
        self.first: str | None = None

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        if self.first is None:
            try:
                self.first = record.getMessage()[:200]
            except (TypeError, ValueError):
                self.first = str(record.msg)[:200]


@contextmanager
def quiet_pdfminer(source: str) -> Iterator[None]:
    """Hold back pdfminer's warnings while ``source`` is read; log one line for them after."""
    gather = _Gather()
    loggers = [logging.getLogger(name) for name in PDF_LOGGERS]
    saved = [(lg.propagate, lg.level) for lg in loggers]
    for lg in loggers:
        lg.addHandler(gather)
        lg.propagate = False
        if lg.level == logging.NOTSET or lg.level > logging.WARNING:
            lg.setLevel(logging.WARNING)
    try:
        yield
    finally:
        for lg, (propagate, level) in zip(loggers, saved, strict=True):
            lg.removeHandler(gather)
            lg.propagate = propagate
            lg.setLevel(level)
        if gather.count:
            LOG.info("%s: %d warning(s) from the PDF parser, the first: %s",
                     source, gather.count, gather.first)
