"""E-mail printed to PDF: ANNOTATING.md types an e-mail printed from any program as
``overig``/``email``, an Outlook calendar item so too, and a printed chat ``overig``/``overig``.

* A labelled header (``mail_headers``): a sent line (``Verzonden:``/``Sent:``/``Date:``) with a sender
  and an addressee or subject line around it; ``is_email`` asks one (or a forward marker) to open the
  first page.
* A webmail or Lotus Notes header: the sent date and time at the end of a line (``Pieter <p@x.nl> do
  21-11-2024 10:17``, ``Datum 21.11.2023 15:04``, a Lotus Notes date under the sender ``Jan/DON/RWS``, an
  Outlook print whose scan lost the labels' column), with a sender and an addressee line around it; or
  Lotus Notes' two columns read as one, the sender and the date on the left beside the fields
  (``J.P. Verhulst  Aan: ...`` over ``12-10-98 14:22  cc: ...``).
* A chat (a Teams chat, a WhatsApp export): a chat's name in the opening lines and messages stamped
  with date and time. It has no mail header, which makes an e-mail: it is no e-mail, and is dated by its
  messages, not by the print line of the program over them (``19-03-2024 16:02  Chat | Microsoft Teams``).
* An Outlook calendar item: its start and end and the fields only a calendar prints (``Weergeven als``).

A chain is dated by the message it ends with, the latest (Gmail prints the oldest on top; a chat runs
down to its last message); a calendar item has no sent date and stays undated (the meeting is not its date).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.dutch.date_grammar import date_words, mail_words
from pipeline.extract import doc_literals as literals
from pipeline.extract.doc_date_forms import LAST_CENTURY_FROM
from pipeline.extract.doc_date_rules import date_alone
from pipeline.extract.doc_evidence import Evidence
from pipeline.extract.doc_kind_words import _squeeze, is_memo_title, kind_words
from pipeline.extract.doc_lines import DateHit, Line, _day_date_at, page_lines, printed_lines
from pipeline.extract.doc_words import _alternatives
from pipeline.records import CleanPage
from pipeline.resource_files import DatesEmailFile

# A time closing the sent line ('14:03', 'om 09:41', '15.04 uur'), after the date.
_CLOSING_TIME = re.compile(r"^[\s,]*(?:om|at)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?:uur|[AP]M))?\s*$", re.IGNORECASE)
# What any line closed by a time ends with (``_CLOSING_TIME`` without what stands before the time): a line
# without it is no sent line, known before the dates are looked for in it.
_ENDS_IN_TIME = re.compile(r"\d[:.]\d{2}(?::\d{2})?(?:\s*(?:uur|[AP]M))?\s*$", re.IGNORECASE)
# An e-mail address: the sender of a webmail header prints it beside the date.
_ADDRESS = re.compile(r"\S@[\w-]+\.\w")


# How far down the first page an e-mail header may start (a Woo stamp or a redaction code may precede it).
MAIL_HEADER_LINES = 12


@dataclass(frozen=True)
class MailHeader:
    """The date line of one e-mail header: its place among the page's lines, the line, its label
    and where in the line the value starts."""

    index: int
    line: Line
    label: str
    value_start: int


def mail_headers(ev: Evidence) -> list[MailHeader]:
    """Every e-mail header, in page order: a date line (``Verzonden:``/``Sent:``/``Date:``) with a
    sender line (``Van:``/``From:``) and an addressee or subject line within three lines of it.
    A memo's ``Van:``/``Aan:``/``Datum:`` is no e-mail: its ``Datum`` has no time, an e-mail's
    ``Datum``/``Date`` does."""
    words = mail_words()
    sent, sender = words.header(words.sent_labels), words.header(words.sender_labels)
    to = words.header(words.addressee_labels)
    out = []
    for page in ev.pages:
        lines = [ln for ln in page_lines(page) if ln.text]
        for i, ln in enumerate(lines):
            m = sent.match(ln.text)
            if m is None or not m["value"].strip():
                continue
            # A time, not a dotted date ('21.11.2024' holds no time).
            if m["label"].lower() in ("datum", "date") and not re.search(r"(?<![\d.])\d{1,2}[:.]\d{2}(?![\d.])",
                                                                        m["value"]):
                continue
            # Outlook prints Van, Verzonden, Aan, Onderwerp; other mail programs put the subject or the
            # date first (Onderwerp, Datum, Van, Aan): the fields stand around the date in any order.
            around = lines[max(0, i - 3): i] + lines[i + 1: i + 4]
            if any(sender.match(b.text) for b in around) and any(
                to.match(b.text) or b.text.lower().startswith(("onderwerp", "subject")) for b in around
            ):
                out.append(MailHeader(i, ln, m["label"], m.start("value")))
    return out


def is_email(ev: Evidence) -> bool:
    """An e-mail header, or a forward marker, opens the first page."""
    if not ev.pages:
        return False
    first = [ln.text for ln in page_lines(ev.pages[0]) if ln.text][:MAIL_HEADER_LINES]
    if any(_squeeze(t) in kind_words().forward_markers for t in first):
        return True
    return (any(h.line.page == ev.pages[0].number and h.index < MAIL_HEADER_LINES for h in mail_headers(ev))
            or is_printed_mail(ev))


@dataclass(frozen=True)
class PrintWords:
    opening_lines: int
    sent_label: re.Pattern[str]
    weekday: re.Pattern[str]
    sender_line: re.Pattern[str]
    addressee_line: re.Pattern[str]
    chat_title: re.Pattern[str]
    chat_stamp: re.Pattern[str]
    print_line: re.Pattern[str]
    column_stamp: re.Pattern[str]
    column_addressee: re.Pattern[str]
    min_chat_stamps: int
    chat_printed: re.Pattern[str]
    chat_message_time: re.Pattern[str]
    calendar_times: re.Pattern[str]
    calendar_labels: re.Pattern[str]
    min_calendar_labels: int
    unsent_fields: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]


@lru_cache(maxsize=1)
def print_words() -> PrintWords:
    data = load_file(DatesEmailFile)
    weekdays = (*mail_words().weekdays, *date_words().weekdays, *data.print_weekday_abbreviations)

    def labels(words: list[str]) -> re.Pattern[str]:
        return re.compile(rf"^(?P<label>{_alternatives(tuple(words))})\s*:", re.IGNORECASE)

    return PrintWords(
        opening_lines=data.print_opening_lines,
        sent_label=re.compile(rf"^(?:{_alternatives(tuple(data.sent_labels))}):?$", re.IGNORECASE),
        weekday=re.compile(rf"^(?:{_alternatives(weekdays)})\.?,?$", re.IGNORECASE),
        sender_line=re.compile(data.sender_line, re.IGNORECASE),
        addressee_line=re.compile(data.addressee_line, re.IGNORECASE),
        chat_title=re.compile(rf"(?:^|[\s|])(?:{_alternatives(tuple(data.chat_titles))})(?:$|[\s|:])", re.IGNORECASE),
        chat_stamp=re.compile(data.chat_stamp),
        # A stamp opening the line, no dash after it: a WhatsApp export's message is '12-05-2023 21:14 - Jan: ...'.
        print_line=re.compile(rf"^{data.chat_stamp}\s+(?![-–])\S"),
        column_stamp=re.compile(rf"^{data.chat_stamp}\s+(?:{_alternatives(tuple(data.column_field_labels))})\s*:",
                                re.IGNORECASE),
        column_addressee=re.compile(rf"^\S.*?\s(?:{_alternatives(tuple(data.addressee_labels))})\s*:\s*\S",
                                    re.IGNORECASE),
        min_chat_stamps=data.min_chat_stamps,
        chat_printed=re.compile(rf"\b(?:{_alternatives(tuple(data.chat_print_labels))})(?:\s+op)?\s*:?\s*$",
                                re.IGNORECASE),
        chat_message_time=re.compile("|".join(f"(?:{p})" for p in data.chat_message_times)),
        calendar_times=labels(data.calendar_times),
        calendar_labels=labels(data.calendar_labels),
        min_calendar_labels=data.min_calendar_labels,
        unsent_fields=tuple(labels(w) for w in (data.sender_labels, data.addressee_labels, data.subject_labels,
                                                  data.sent_labels)),
    )


def _sent_at(ln: Line) -> DateHit | None:
    """The date of a line that ends in a date and a time, when what stands before the date is nothing, a
    weekday, a sent label without its colon or a sender with an e-mail address."""
    if not _ENDS_IN_TIME.search(ln.text):
        return None
    hit = _day_date_at(ln, "email_print") or _numeric_hit(ln)
    if hit is None or not _CLOSING_TIME.match(ln.text[hit.end - ln.start:]):
        return None
    before = ln.text[: hit.start - ln.start].strip()
    words = print_words()
    if not before or words.weekday.match(before) or words.sent_label.match(before) or _ADDRESS.search(before):
        return hit
    head, _, last = before.rpartition(" ")
    return hit if _ADDRESS.search(head) and words.weekday.match(last) else None


def _numeric_hit(ln: Line) -> DateHit | None:
    m = print_words().chat_stamp.search(ln.text)
    value = _numeric(m) if m else None
    if value is None:
        return None
    return DateHit(value.isoformat(), ln.page, ln.start + m.start(), ln.start + m.start() + len(m.group().split()[0]),
                   "email_print")


def _numeric(m: re.Match[str]) -> dt.date | None:
    """``17-02-22``, ``12-10-99``: a two-digit year in its own century, as the short dates of forms are read."""
    year = int(m["year"])
    if year < 100:
        year += 2000 if year < LAST_CENTURY_FROM else 1900
    try:
        return dt.date(year, int(m["month"]), int(m["day"]))
    except ValueError:
        return None


def _column_stamp(lines: list[Line], i: int) -> DateHit | None:
    """Lotus Notes' header read across its two columns: the date and time open the line, a mail field of the
    right column follows (``12-10-98 14:22 cc: K. Boone/...``), and the line above opens with the sender's
    name beside the addressee's field (``J.P. Verhulst Aan: A.M. de Visser/...``)."""
    words = print_words()
    m = words.column_stamp.match(lines[i].text)
    if m is None or i == 0 or not words.column_addressee.search(lines[i - 1].text):
        return None
    value = _numeric(m)
    if value is None:
        return None
    ln = lines[i]
    return DateHit(value.isoformat(), ln.page, ln.start + m.start("day"), ln.start + m.end("year"), "email_print")


def _headers(lines: list[Line]) -> list[DateHit]:
    words = print_words()
    out = []
    for i, ln in enumerate(lines):
        hit = _sent_at(ln)
        if hit is None:
            column = _column_stamp(lines, i)
            if column is not None:
                out.append(column)
            continue
        around = lines[max(0, i - 3): i] + lines[i + 1: i + 4]
        if not any(words.addressee_line.match(b.text) for b in around):
            continue
        if _ADDRESS.search(ln.text[: hit.start - ln.start]) or any(words.sender_line.match(b.text)
                                                                   for b in lines[max(0, i - 3): i]):
            out.append(hit)
    return out


def _chat_stamps(ev: Evidence) -> list[DateHit]:
    words = print_words()
    out = []
    for page in ev.pages:
        lines = [ln for ln in page_lines(page) if ln.text]
        # The program's print line tops the page: the time of printing, then the page's title.
        if lines and words.print_line.match(lines[0].text):
            lines = lines[1:]
        for ln in lines:
            for m in words.chat_stamp.finditer(ln.text):
                value = _numeric(m)
                if value is not None and not words.chat_printed.search(ln.text[: m.start()]):
                    out.append(DateHit(value.isoformat(), ln.page, ln.start + m.start(), ln.start + m.end(),
                                       "chat_message"))
        out += _day_headed_stamps(page)
    return out


def _day_headed_stamps(page: CleanPage) -> list[DateHit]:
    """Teams prints a chat's day once, as a heading over its messages (``dinsdag 11 maart 2025``), and each message
    with its time alone (``07:42 Sander Vos (ICT)``): each message under the heading is stamped with its day. The
    lines as printed are read, where the clean stage may run a heading onto the message above it."""
    words = print_words()
    out: list[DateHit] = []
    day: DateHit | None = None
    for ln in printed_lines(page):
        heading = date_alone(ln, "chat_message") if ln.text else None
        if heading is not None:
            day = heading
        elif day is not None and words.chat_message_time.match(ln.text):
            out.append(day)
    return out


def _opening(ev: Evidence) -> list[Line]:
    return [ln for ln in page_lines(ev.pages[0]) if ln.text][: print_words().opening_lines] if ev.pages else []


def is_chat(ev: Evidence) -> bool:
    words = print_words()
    return (any(literals.search(words.chat_title, ln.text) for ln in _opening(ev))
            and len(_chat_stamps(ev)) >= words.min_chat_stamps)


def is_calendar_item(ev: Evidence) -> bool:
    """Start and end, and the fields only a calendar program prints: a form's ``Begin``/``Einde`` alone is none."""
    words = print_words()
    opening = [ln.text for ln in page_lines(ev.pages[0]) if ln.text][: 2 * words.opening_lines] if ev.pages else []
    times = {m["label"].casefold() for t in opening if (m := words.calendar_times.match(t))}
    labels = {m["label"].casefold() for t in opening if (m := words.calendar_labels.match(t))}
    return len(times) >= 2 and len(labels) >= words.min_calendar_labels


def is_printed_mail(ev: Evidence) -> bool:
    """A webmail or Lotus Notes header among the first page's opening lines, or a calendar item."""
    return bool(_headers(_opening(ev))) or is_calendar_item(ev)


def is_unsent_mail(ev: Evidence) -> bool:
    """An e-mail never sent (a draft): the mail program's fields open the page, the sender's over the addressee's
    as it prints them (``Van:`` / ``Aan:`` / ``CC:`` / ``Onderwerp:``), but no sent line, and no memo's name over
    them, nor a date among them (``Ingediend : 9 september 1992``). A memo names the addressee first (``Aan`` /
    ``Van``), under its name or over its date (``tests/layouts/blind8/CONVENTIONS-mail.md``: a draft has no date)."""
    sender, addressee, subject, sent = print_words().unsent_fields
    opening = [ln.text for ln in _opening(ev)]
    at = [next((i for i, t in enumerate(opening) if field.match(t) and field.sub("", t).strip()), None)
          for field in (sender, addressee, subject)]
    if None in at or not at[0] < at[1] or any(sent.match(t) for t in opening):
        return False
    if any(_day_date_at(ln, "field") is not None for ln in _opening(ev)[min(at): max(at) + 1]):
        return False
    return not any(is_memo_title(t) for t in opening)


def printed_mail_date(ev: Evidence) -> DateHit | None:
    """The latest sent date of the printed headers."""
    hits = [h for page in ev.pages for h in _headers([ln for ln in page_lines(page) if ln.text])]
    return max(hits, key=lambda h: h.value, default=None)


def chat_date(ev: Evidence) -> DateHit | None:
    """A chat's latest message (a chat runs down to its last message): the day it ends on."""
    return max(_chat_stamps(ev), key=lambda h: h.value, default=None) if is_chat(ev) else None
