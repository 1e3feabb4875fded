"""The date of an e-mail printed to PDF: the top message's ``Verzonden``/``Sent``, also where a webmail
program prints the top message's head without labels (``Name <address>  11 juni 2025 om 16:03`` over
``Aan: ...``) above the labelled head of a message it forwards."""

from __future__ import annotations

import re

from pipeline.dutch.date_grammar import mail_words
from pipeline.dutch.date_rules import compiled_rules
from pipeline.dutch.dates import parse_span
from pipeline.extract.doc_date_forms import _date_after
from pipeline.extract.doc_evidence import Evidence
from pipeline.extract.doc_lines import DateHit, page_lines
from pipeline.extract.doc_mail import mail_headers

# A mail address as mail programs print it beside a name: ``Marieke Dijkstra <m.dijkstra@example.nl>``.
_ADDRESS = re.compile(r"<[^<>@\s]+@[^<>@\s]+>")
# What stands between the address and the date of a webmail head: nothing but spaces or a bar.
_GAP = re.compile(r"[\s|]*")


def _labelled_sent_date(ev: Evidence) -> DateHit | None:
    """The date line of the first e-mail header: Dutch, English or US month-first."""
    for header in mail_headers(ev)[:1]:
        line, value = header.line, header.line.text[header.value_start:]
        # A time in AM/PM is a US mail program's, whatever the labels' language: its figures are month first.
        english = header.label.lower() in mail_words().english_labels or re.search(r"\d\s*[AP]M\b", value)
        # An English header writes its figures month first: read those before the Dutch day dates.
        hit = None if english else _date_after(line, header.value_start, "email_sent")
        if hit is not None:
            return hit
        # Outlook in British English writes the day first: 'Sent: Monday, 10 March 2025 17:03'.
        for rule in ("english_date", "us_date", "english_day_month_year"):
            m = compiled_rules()[rule].search(value)
            parsed = parse_span(m.group(), rule) if m else None
            if parsed is not None:
                at = line.start + header.value_start
                # Day first, the date starts at its day, as a Dutch one does: the weekday before it is no part of it.
                begin = m.start("day") if rule == "english_day_month_year" else m.start()
                return DateHit(parsed.value, line.page, at + begin, at + m.end(), "email_sent")
        return _date_after(line, header.value_start, "email_sent")
    return None


def email_sent_date(ev: Evidence) -> DateHit | None:
    """The top message's date: the webmail heads' where one stands above the first labelled head (which is
    then a forwarded message's), else the first labelled head's."""
    labelled = _labelled_sent_date(ev)
    heads = webmail_heads(ev)
    if heads and (labelled is None or (heads[0].page, heads[0].start) < (labelled.page, labelled.start)):
        return latest(heads)
    return labelled


def latest(heads: list[DateHit]) -> DateHit:
    """Gmail prints a thread oldest first: the chain is dated by its latest head, the top message of an
    Outlook print (ANNOTATING.md)."""
    return max(heads, key=lambda h: h.value)


def webmail_sent_date(ev: Evidence) -> DateHit | None:
    heads = webmail_heads(ev)
    return latest(heads) if heads else None


def webmail_heads(ev: Evidence) -> list[DateHit]:
    """A webmail print (Gmail) heads a message with the sender's name and address and the date on one line,
    the addressee's label on the next: ``Marieke Dijkstra <m.dijkstra@...>   11 juni 2025 om 16:03`` over
    ``Aan: fractie ...``."""
    words = mail_words()
    to = words.header(words.addressee_labels)
    heads = []
    for page in ev.pages:
        lines = [ln for ln in page_lines(page) if ln.text]
        for ln, below in zip(lines, lines[1:], strict=False):
            m = _ADDRESS.search(ln.text)
            if m is None or not to.match(below.text):
                continue
            hit = _date_after(ln, m.end(), "email_sent")
            if hit is not None and _GAP.fullmatch(ln.text[m.end(): hit.start - ln.start]):
                heads.append(hit)
    return heads
