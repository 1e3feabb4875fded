"""Dates of the lists of the people of one event: a training's presentielijst, a webinar's deelnemerslijst.

Such a list names the event in its title or head (``Webinar ... - donderdag 13 oktober 2022``, ``Datum training:
14-11-2023``). What the event's day is to the list depends on when the list was made
(``tests/layouts/blind13/CONVENTIONS-training.md``):

* ``event_list_session``: a list signed at the session (a ``Paraaf`` or ``Handtekening`` column, the trainer's
  signature) records who was present on the day, as the record of a session is dated by the session
  (ANNOTATING.md): its date is the session's label (``Datum training``, ``Datum``);
* a list made before the event (a registration tool's export of who signed up) is a list for a meeting, as a
  list of incoming documents is: dated only by a ``Datum`` of its own, else none. The event in its title, the
  ``Aangemeld op`` dates of its rows and the tool's export or print line (``Geëxporteerd ... op 11-10-2022``)
  date nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.extract.doc_date_forms import _date_after, short_year_at
from pipeline.extract.doc_date_labels import labelled_date
from pipeline.extract.doc_evidence import Evidence, first_labelled_hit
from pipeline.extract.doc_kind_words import kind_words
from pipeline.extract.doc_lines import DateHit, _day_date_at
from pipeline.extract.doc_words import document_date_words, letter_words
from pipeline.resource_files import DocumentKindsFile


@lru_cache(maxsize=1)
def _list_words() -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str]]:
    data = load_file(DocumentKindsFile)
    return (tuple(re.compile(p, re.IGNORECASE) for p in data.event_list_titles),
            re.compile(data.event_list_signed, re.IGNORECASE))


def event_list(ev: Evidence) -> bool:
    """Whether an opening line names the document a list of an event's people (``PRESENTIELIJST``,
    ``Deelnemerslijst``, ``Lijst van aanwezigen``)."""
    titles, _ = _list_words()
    return any(p.match(ln.text) for ln in ev.lines[: kind_words().opening_lines] for p in titles)


def event_list_date(ev: Evidence) -> DateHit | None:
    """The list's own date (see the module's docstring): the session's where it was signed there, else a
    ``Datum`` of its own."""
    _, signed = _list_words()
    if any(signed.search(ln.text) for ln in ev.lines):
        labels = (*document_date_words()["event_labels"], *letter_words().date_labels)
        return first_labelled_hit(ev, labels, lambda ln, at: (_date_after(ln, at, "event_list_session")
                                                         or short_year_at(ln, at, "event_list_session")),
                                  lambda ln: _day_date_at(ln, "event_list_session", "start"))
    return labelled_date(ev, qualified_too=False)
