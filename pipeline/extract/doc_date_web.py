"""The own date of a web page that is no news, printed from a browser: an intranet page that explains a
regulation, a page of questions and answers, an event's page, a meeting's page of a council information system
(``tests/layouts/blind12/CONVENTIONS-web.md``).

* ``published_stamp``/``changed_stamp``: such a page is dated by its publication line (``Geplaatst op 21 oktober
  2024``), else by its last change (``Laatst gewijzigd op 3 juni 2024``, ``Bijgewerkt: 1 maart 2024``), before any
  date of its text: the regulation it explains was adopted earlier, the deadline of an application or the evening
  it announces come later; the page is to the event what an agenda is to its meeting.
* An event's page (a ``Datum`` field beside the event's ``Tijd`` and ``Locatie``) without such a line has no date:
  its ``Datum`` is the event's, as a meeting's is its agenda's (ANNOTATING.md).

News items and newsletters keep their own rules (``doc_date_news.py``); the browser's print line dates nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.doc_cells import cell_below, label_at_start
from pipeline.extract.doc_date_forms import _date_after
from pipeline.extract.doc_date_reports import changed_stamp_date, published_stamp_date
from pipeline.extract.doc_evidence import Evidence, first_labelled_hit, printed_from_site
from pipeline.extract.doc_lines import HEAD_LINES, DateHit, _day_date_at, page_lines
from pipeline.extract.doc_words import _alternatives, document_date_words

# The opening lines of a page where an event's fields stand, under the site's menu and the page's title, and the
# length of a field's line (a sentence that opens with 'Plaats' is none).
EVENT_FIELD_LINES = 12
EVENT_FIELD_WORDS = 12


@lru_cache(maxsize=1)
def _event_field() -> re.Pattern[str]:
    return re.compile(rf"^(?P<label>{_alternatives(tuple(document_date_words()['event_field_labels']))})(?::|\s|$)",
                      re.IGNORECASE)


def site_page(ev: Evidence, doc_type: str, kind: str) -> bool:
    """A page of a site that is no news, printed from a browser (its address over or under the page). A petition's
    or a consultation's page (its mark and its opening's label in the head) is one also where the browser's lines
    are lost: a scan's, or a print of two pages whose clean stage took them for running lines."""
    return doc_type == "overig" and kind == "overig" and (printed_from_site(ev, footer=True) or opened_page(ev))


def opened_page(ev: Evidence) -> bool:
    """The head names a petition and labels the day it was opened (``Petities.nl`` ... ``Gestart op``), or is a
    consultation's page."""
    labels = tuple(document_date_words()["petition_opened_labels"])
    return _marked(ev, _petition()) and _labelled_in_head(ev, labels) or consultation_page(ev)


def _labelled_in_head(ev: Evidence, labels: tuple[str, ...]) -> bool:
    return any(label_at_start(ln.text, labels) is not None for ln in ev.lines[:HEAD_LINES]) or any(
        label_at_start(cell.text, labels) is not None for row in ev.head_cells for cell in row)


def site_page_date(ev: Evidence) -> DateHit | None:
    """The page's publication line, else its last change (see the module's docstring)."""
    return published_stamp_date(ev) or changed_stamp_date(ev)


def event_page(ev: Evidence) -> bool:
    """The page's opening holds an event's fields: two of ``Tijd``, ``Locatie``, ``Aanvang`` as labels opening
    their lines (``Tijd 19.30 - 21.30 uur``, ``Locatie Wijkcentrum Presikhaaf``)."""
    found = {m["label"].casefold() for ln in ev.lines[:EVENT_FIELD_LINES]
             if len(ln.text.split()) <= EVENT_FIELD_WORDS and (m := _event_field().match(ln.text))}
    return len(found) >= 2


@lru_cache(maxsize=1)
def _petition() -> re.Pattern[str]:
    return re.compile(document_date_words()["petition_mark"], re.IGNORECASE)


def _marked(ev: Evidence, mark: re.Pattern[str]) -> bool:
    """The head names the site's kind of page, also in the site's name that the clean stage keeps out of the lines
    as boilerplate (``Overheid.nl | Internetconsultatie``)."""
    opening = [ln for ln in page_lines(ev.pages[0]) if ln.text][:HEAD_LINES] if ev.pages else []
    return any(mark.search(ln.text) for ln in (*ev.lines[:HEAD_LINES], *opening))


@lru_cache(maxsize=1)
def _consultation() -> re.Pattern[str]:
    return re.compile(document_date_words()["consultation_mark"], re.IGNORECASE)


def petition_opened_date(ev: Evidence) -> DateHit | None:
    """A petition printed from its site (petities.nl, a council's e-petition) is dated by the day it was opened
    and published, ``Startdatum | 03-09-2024`` or ``Gestart op 3 september 2024``: not its ``Einddatum`` (a
    deadline), the latest signatures, the meeting it asks a decision of, or a griffie's received stamp on the
    print. Read from the word boxes first: the text of a scan may set the value above its label's line."""
    if not _marked(ev, _petition()):
        return None
    labels = tuple(document_date_words()["petition_opened_labels"])
    rows = ev.head_cells
    for r, row in enumerate(rows):
        for k, cell in enumerate(row):
            m = label_at_start(cell.text, labels)
            if m is None:
                continue
            beside = [(cell, m.end())] if m.end() < len(cell.text) else [(row[k + 1], 0)] if k + 1 < len(row) else []
            below = cell_below(rows, r, cell)
            for c, at in (*beside, *([(below, 0)] if below is not None else [])):
                line = c.line(at)
                hit = _day_date_at(line, "petition_opened", "start") if line is not None else None
                if hit is not None:
                    return hit
    return first_labelled_hit(ev, labels, lambda ln, at: _date_after(ln, at, "petition_opened"),
                              lambda ln: _day_date_at(ln, "petition_opened", "start"))


def undated_page(ev: Evidence) -> bool:
    """A site's page whose printed dates are none of its own without a publication or change line: an event's page
    (its date the event's) and an internetconsultatie's page (its ``Looptijd`` the term for reactions, its end a
    deadline, its ``Beoogde inwerkingtreding`` the regulation's: ``tests/layouts/blind12/CONVENTIONS-web.md``)."""
    return event_page(ev) or consultation_page(ev)


def consultation_page(ev: Evidence) -> bool:
    """The head names a consultation and labels its term (``Internetconsultatie`` ... ``Looptijd``)."""
    labels = tuple(document_date_words()["consultation_term_labels"])
    return _marked(ev, _consultation()) and _labelled_in_head(ev, labels)
