"""A newspaper's page printed whole, known by its running head: the paper's name, the issue's weekday and date and the
page number (``De Heerder Koerier · woensdag 11 september 2024 · pagina 7``).

A municipality's own page in the local weekly, the page of letters to the editor: items of a paper, news dated by the
issue the running head names (``tests/layouts/blind48/CONVENTIONS-communication.md``), unlike a browser's print line,
which names when the page was printed and a URL.
"""

from __future__ import annotations

from pipeline.extract.doc_evidence import Evidence
from pipeline.extract.doc_lines import DateHit, Line, _day_date_at, page_lines
from pipeline.extract.doc_words import news_words

# How many lines at the top of the first page the running head may stand in (a speck of the scan first).
RUNNING_HEAD_LINES = 2


def paper_page_date(ev: Evidence) -> DateHit | None:
    """The issue's date in the newspaper's running head at the top of the first page, or None without one."""
    if not ev.pages:
        return None
    head = news_words().paper_running_head
    for ln in [ln for ln in page_lines(ev.pages[0]) if ln.text][:RUNNING_HEAD_LINES]:
        if (m := head.match(ln.text)) is not None:
            return _day_date_at(Line(ln.page, ln.start + m.start("date"), ln.start + m.end("date"), m["date"]),
                                "news_paper_page", "start")
    return None


def rule_nieuws_paper_page(ev: Evidence) -> bool:
    """A newspaper's page printed whole, its running head over it: news, whatever its items."""
    return paper_page_date(ev) is not None
