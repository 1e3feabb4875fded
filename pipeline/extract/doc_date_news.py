"""The own date of a news item or press release, read from its opening: the story's first lines under a saved
page's print line and the site's breadcrumb trail (a dateline, a byline's date, a paper's masthead), a press release
dated like a letter in its head, a recent story's stamp relative to the print day (``Vandaag, 10:15``) and the
meeting a release reports on as it ends. The rules of web pages that are no news and of newsletters are in
``doc_date_reports.py``."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache

from pipeline.dutch.date_grammar import date_words
from pipeline.dutch.dates import parse_date, parse_span
from pipeline.extract import doc_literals as literals
from pipeline.extract.doc_date_forms import _month_year, short_year_at
from pipeline.extract.doc_date_labels import labelled_date
from pipeline.extract.doc_date_place_lines import _place_date, place_date_line
from pipeline.extract.doc_date_rules import date_alone
from pipeline.extract.doc_evidence import Evidence, printed_from_site
from pipeline.extract.doc_lines import (
    DateHit,
    Line,
    _day_date_at,
    date_in_text,
    first_matched_date,
    page_lines,
    printed_lines,
)
from pipeline.extract.doc_news import BREADCRUMB_SEPARATOR, SENTENCE_END, clipping_stamp
from pipeline.extract.doc_words import _alternatives, _fold, day_date_regex, document_date_words, news_words, weekdays

# Between the page's title and the site's name in a browser's print line ('Headline | Site', 'Headline - Site').
# X closes a post's page title with the site's name after a slash ('Provincie Gelderland (@provgelderland) / X').
TITLE_SEPARATOR = re.compile(r"\s+[|–/-]\s+")

# The lines of a news item's opening where a date line or byline stands: a label, headline, byline.
NEWS_OPENING_LINES = 4
# How far down a press release prints its date like a letter does, and how far a saved page's furniture may reach.
NEWS_HEAD_LINES = 8


@lru_cache(maxsize=1)
def _weekday() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{weekdays()}),?\s+", re.IGNORECASE)


def news_opening_date(ev: Evidence) -> DateHit | None:
    """A date alone on one of the story's first lines (``woensdag 27 maart 2019``) or in a cell of one
    (``Door Petra Jansen | 12 maart 2024``), or the byline ``Geplaatst door ... op woensdag 27 maart 2019 11:53``."""
    if not ev.pages:
        return None
    opening = story_opening(ev)
    for before, ln in zip([None, *opening], opening, strict=False):
        if (hit := _cell_date(before, ln)) is not None:
            return hit
    # A paper's running masthead line, the issue date a cell of its own between the paper's name and the page
    # ('NIEUWSBLAD VAN HET NOORDEN   DINSDAG 12 NOVEMBER 1996   REGIO 7'); a clipping has no time of printing.
    for row in ev.head_cells[:NEWS_OPENING_LINES]:
        for cell in row if len(row) > 1 else ():
            line = cell.line()
            hit = date_alone(line, "news_masthead") if line is not None else None
            if hit is not None and not line.text[hit.end - line.start:].strip(" ."):
                return hit
    # The masthead line read as one piece ('LEIDSCH DAGBLAD ZATERDAG 15 MEI 1999 REGIO 7'): capitals only, the
    # issue's weekday before its date.
    for before, ln in zip([None, *opening], opening[:2], strict=False):
        for m in _weekday().finditer(ln.text) if ln.text.isupper() else ():
            hit = _day_date_at(Line(ln.page, ln.start + m.end(), ln.end, ln.text[m.end():]), "news_masthead", "start")
            if hit is not None and not _under_embargo(before, ln, m.start()):
                return hit
    # A clipping service's stamp on the archive sheet: the paper's name and the issue's date ('LEEUWARDER COURANT
    # 14 APR. 1971', tests/layouts/blind10/CONVENTIONS-old.md), as a site's 'Gepubliceerd op', also over two lines
    # in capitals (the paper's name, then its date).
    stamp = news_words().paper_stamp
    for before, ln in zip([None, *opening], opening[:2], strict=False):
        if ln.text.isupper() and (stamp.match(ln.text) or (before is not None and before.text.isupper()
                                                           and stamp.match(before.text))) and (
                hit := _day_date_at(ln, "news_paper_stamp", "end")) is not None:
            return hit
        # A stamp may give the issue with a two-digit year, closing its line ('LIMBURGS DAGBLAD 14-12-79').
        if ln.text.isupper() and stamp.match(ln.text) and (m := _SHORT_DATE_AT_END.search(ln.text)) is not None and (
                hit := short_year_at(ln, m.start(), "news_paper_stamp")) is not None:
            return hit
    if (hit := _broken_paper_stamp(opening)) is not None:
        return hit
    # A paper's issue date printed alone under its masthead, or a byline under the headline, which the clean stage
    # joined to the line above ('Zeeuws Nieuwsblad | Regio' / 'dinsdag 12 november 2024'): the line as printed.
    printed = printed_lines(ev.pages[0])
    for before, ln in zip([None, *printed], printed, strict=False):
        if any(o.start <= ln.start and ln.end <= o.end for o in opening) and (
                hit := _cell_date(before, ln)) is not None:
            return hit
    # A clipping service's stamp, where the paper prints no issue date of its own over the cutting: the paper's
    # issue comes before the day the service filed it (tests/layouts/blind9/).
    if (hit := clipping_stamp_date(ev)) is not None:
        return hit
    return first_matched_date(opening, document_date_words()["published_by"], "news_published_by")


# A day date with a two-digit year closing a line ('14-12-79').
_SHORT_DATE_AT_END = re.compile(r"(?<!\S)\d{1,2}[-./]\d{1,2}[-./]\d{2}\s*$")
# What OCR may leave before the stamp's paper word on its broken line: a speck or a letter of the frame read as a word.
STAMP_LEFTOVER_WORDS = 2
# How many words the first part of a paper's name holds (``LEEUWARDER``, ``NIEUWE ROTTERDAMSE``).
STAMP_NAME_WORDS = 3


def _broken_paper_stamp(opening: list[Line]) -> DateHit | None:
    """A clipping's stamp that OCR broke over two lines, the headline between them: the first part of the paper's
    name alone in capitals (``__LEEUWARDER``), and further down its paper word with the date closing its line
    (``Ten COURANT 14 APR. 1971``), as the stamp was set slanting beside the headline. The date is the issue's."""
    word = news_words().paper_stamp_word
    for i, ln in enumerate(opening):
        m = word.search(ln.text)
        if m is None or len(ln.text[: m.start()].split()) > STAMP_LEFTOVER_WORDS or not ln.text[m.start():].isupper():
            continue
        if not any(o.text.isupper() and len(o.text.split()) <= STAMP_NAME_WORDS for o in opening[:i]):
            continue
        rest = Line(ln.page, ln.start + m.end(), ln.end, ln.text[m.end():])
        if (hit := _day_date_at(rest, "news_paper_stamp", "start")) is not None and not rest.text[
                hit.end - rest.start:].strip(" ."):
            return hit
    return None


def clipping_stamp_date(ev: Evidence) -> DateHit | None:
    """The date of a clipping service's stamp, after its name on the stamp's line or on the printed line under it
    (a scan may break the stamp: ``... KNIPSELDIENST GEM.`` / ``OOSTSTELLINGWERF 23 APR. 2003``): the day the
    cutting was filed, which dates a clipping (ANNOTATING.md)."""
    stamp = clipping_stamp(ev)
    if not stamp:
        return None
    first = stamp[0]
    at = news_words().clipping_service.search(first.text).end()
    hit = date_in_text(first.text[at:], first.page, first.start + at, "news_clipping_stamp")
    # The line under the service's name is the stamp's own second line only in capitals, as stamped
    # ('FRIESLAND LC 14 JUNI 1979'); a sentence there is the cutting's text. A stamp set beside the headline
    # is read onto its line, its capitals closing it ('Brug bij Burgum dicht FRIESLAND 17 JAN. 1984').
    # A long stamp runs on over three lines beside the headline and its subhead, which a scan reads in turn with them
    # ('KNIPSELDIENST RWS DIRECTIE' / 'Vrachtschip loopt vast in Waal' / 'OOST-NEDERLAND DE' / 'Scheepvaart uren
    # gestremd GELDERLANDER 22 OKT 1994'): its lines read on until the one its date closes; a sentence ends the head.
    if hit is not None:
        return hit
    for below in stamp[1:]:
        if below.text.isupper():
            if (hit := date_in_text(below.text, below.page, below.start, "news_clipping_stamp")) is not None:
                return hit
            continue
        # There the stamp's place or paper stands before its date: a date alone in capitals may close a sentence.
        tail = _capitals_tail(below)
        hit = None if tail is None else date_in_text(tail.text, tail.page, tail.start, "news_clipping_stamp")
        if hit is not None and tail is not None and hit.start > tail.start:
            return hit
        if SENTENCE_END.fullmatch(below.text[-3:]):
            return None
    return None


def _capitals_tail(ln: Line) -> Line | None:
    """The words in capitals (and figures) that close the line, opening with a word of capitals; the whole line
    where all of it is so. None where no such words close it or where a date does not end them."""
    words = list(re.finditer(r"\S+", ln.text))
    at = len(words)
    while at > 0 and words[at - 1].group().upper() == words[at - 1].group():
        at -= 1
    while at < len(words) and not re.search(r"[^\W\d_]{2}", words[at].group()):
        at += 1
    if at == len(words) or not re.search(r"(?:19|20)\d{2}\W*$", ln.text):
        return None
    start = words[at].start()
    return Line(ln.page, ln.start + start, ln.end, ln.text[start:])


def _cell_date(before: Line | None, ln: Line) -> DateHit | None:
    """A byline or a number and a date in cells: 'Door Petra Jansen | 12 maart 2024 | 3 minuten leestijd', a
    site's two-digit year ('Door Ingrid Wessels | 21-11-'24, 08:45'); not an embargo's date."""
    for m in re.finditer(r"[^|]+", ln.text):
        cell = m.group().strip()
        at = m.start() + m.group().index(cell) if cell else m.start()
        line = Line(ln.page, ln.start + at, ln.start + at + len(cell), cell)
        hit = date_alone(line, "news_date_line") or short_year_at(line, 0, "news_date_line")
        if hit is not None and not _under_embargo(before, ln, at):
            return hit
    return None


def _under_embargo(before: Line | None, ln: Line, at: int) -> bool:
    """The date stands after an embargo's label, on its line or ending the line above (``EMBARGO TOT`` /
    ``DINSDAG 15 OKTOBER 2024, 10.00 UUR``): the day from which the release may be used, not its own date
    (``tests/layouts/blind12/CONVENTIONS-web.md``)."""
    embargo = news_words().embargo
    return bool(embargo.search(ln.text[:at]) or at == 0 and before is not None and embargo.search(before.text))


# A date and a clock time opening a line: '17-03-2025 10:02', '12 maart 2025 09:14'.
_PRINTED_AT = re.compile(r"\s*\S+(?:\s+\S+){0,2}?\s+\d{1,2}[:.]\d{2}\b")


def _browser_print_line(ln: Line, opening: list[Line]) -> bool:
    """The line a browser prints at the top of a saved page: the time of printing, then the page's title,
    which repeats the headline below it (``17-03-2025 10:02 | Woo-documenten: ... | Stedendriehoek Nu``).
    It dates the printing, not the story."""
    m = _PRINTED_AT.match(ln.text)
    if m is None or _day_date_at(Line(ln.page, ln.start, ln.start + m.end(), ln.text[: m.end()]), "printed") is None:
        return False
    rest = ln.text[m.end():]
    # A long headline is cut short in the title: 'Grote brand bij boerderij in Loenen | RTV Veluwezoom'. A social
    # site's title opens with the count of unread notifications and names the page that posted, whose name heads the
    # post ('(1) Gemeente Deventer | Facebook' over 'Gemeente Deventer').
    title = _HANDLE.sub("", _NOTIFICATIONS.sub("", TITLE_SEPARATOR.split(rest.strip())[0]))
    cut = len(title.split()) > 2
    return any(len(o.text.split()) > 2 and (o.text.strip() in rest or cut and o.text.startswith(title))
               or len(title.split()) > 1 and o.text.strip() == title for o in opening if o is not ln)


_NOTIFICATIONS = re.compile(r"^\(\d{1,3}\+?\)\s*")
# The account's handle after its name in a social site's title ('Provincie Gelderland (@provgelderland)').
_HANDLE = re.compile(r"\s*\(@\w+\)$")


def news_page_head(ev: Evidence) -> list[Line]:
    """The first page's opening lines, where a news page prints its dateline and a browser its print line (the
    minutes' rules read the print line over a record too)."""
    return [ln for ln in page_lines(ev.pages[0]) if ln.text][:NEWS_HEAD_LINES] if ev.pages else []


def page_print_line(ev: Evidence, head: list[Line]) -> Line | None:
    """The browser's print line over the page: its title repeats the headline, or the page's foot prints the
    site's address (``https://... 1/1``), which makes a top line of a date and a time the time of printing
    whatever title follows (``16-10-2024 12:05   Plein - Intranet Provincie Overijssel``)."""
    first = head[0] if head else None
    if first is None or not _browser_print_line(first, head) and not (
            _printed_at(first) and printed_from_site(ev, footer=True)):
        return None
    return first


def _printed_at(ln: Line) -> bool:
    m = _PRINTED_AT.match(ln.text)
    return m is not None and _day_date_at(Line(ln.page, ln.start, ln.start + m.end(), ln.text[: m.end()]),
                                          "printed", "start") is not None


# The site's own furniture over a story: a menu bar of one- and two-word cells ('Home | Nieuws | Wonen |
# Contact'), an address bar or an archive's banner holding a web address.
_MENU_BAR = re.compile(r"^[^\W\d]+(?: [^\W\d]+)?(?:\s+\|\s+[^\W\d]+(?: [^\W\d]+)?){2,}$")
_WEB_ADDRESS = re.compile(r"\bhttps?://\S")


def _site_furniture(ln: Line) -> bool:
    return (len(BREADCRUMB_SEPARATOR.split(ln.text)) >= 2 or bool(_MENU_BAR.match(ln.text))
            or bool(_WEB_ADDRESS.search(ln.text)))


def story_opening(ev: Evidence) -> list[Line]:
    """The first lines of the story: a saved page's print line and the site's breadcrumb trail, menu bar and
    address above the masthead and headline are the browser's and the site's, and do not count."""
    head = news_page_head(ev)
    printed = page_print_line(ev, head)
    story = [ln for ln in head if ln is not printed and not _browser_print_line(ln, head) and not _site_furniture(ln)]
    return story[:NEWS_OPENING_LINES]


# The cells of a post's or story's stamp line: 'Esther Bakker  ·  Gisteren om 16:40', '3 d  •  Bewerkt'; a scan
# reads the dot as a spaced dash ('28 augustus om 19:05 - ...').
_STAMP_CELL = re.compile(r"(?:(?!\s[-–—]\s)[^|·•])+")
# What a scan puts before a cell's first word: a speck read as '_', a quote.
_SPECKS = re.compile(r"^[\W_]+")


def relative_stamp_date(ev: Evidence) -> DateHit | None:
    """A recent story's or post's publication stamp relative to the day of printing, read against the day of the
    browser's print line above it, which the reader has for an anchor (``tests/layouts/blind9/CONVENTIONS-
    parliament.md``, ``tests/layouts/blind12/CONVENTIONS-web.md``): a day named (``Vandaag, 10:15``, ``Gisteren om
    18:30``), an age (a social site's ``3 d``, ``3 dagen geleden``) or a day without its year (``28 augustus om
    19:05``: a site drops the current year), alone or in a cell after the writer's name. The print line dates
    nothing by itself, and a later change (``Aangepast vandaag, 11:02``) is not the publication."""
    head = news_page_head(ev)
    printed = page_print_line(ev, head)
    if printed is None:
        return None
    for ln in story_opening(ev):
        for m in _STAMP_CELL.finditer(ln.text):
            cell = _SPECKS.sub("", m.group()).strip()
            if not cell:
                continue
            day = _day_date_at(printed, "printed", "start")
            if day is None:
                return None
            value = _stamp_day(cell, dt.date.fromisoformat(day.value), _print_clock(printed))
            if value is not None:
                start = ln.start + m.start() + m.group().index(cell)
                return DateHit(value.isoformat(), ln.page, start, start + len(cell), "news_relative_stamp")
    return None


def _stamp_day(cell: str, printed: dt.date, clock: dt.time | None) -> dt.date | None:
    """The day a stamp cell names, counted back from the day of printing; a day in the future is none. An age in
    hours or minutes ('11 u') is counted back from the print line's clock time, across midnight where it reaches
    (``tests/layouts/blind38/CONVENTIONS-greenspace.md``); without a clock time it names no day."""
    if (m := _relative_stamp().match(cell)) is not None:
        return printed + dt.timedelta(days=date_words().relative_days[m["day"].lower()])
    if (m := _stamp_age().fullmatch(cell)) is not None:
        words, unit = news_words(), m["unit"].lower()
        if unit in words.age_minutes:
            age = dt.timedelta(minutes=int(m["count"]) * words.age_minutes[unit])
            return None if clock is None else (dt.datetime.combine(printed, clock) - age).date()
        return printed - dt.timedelta(days=int(m["count"]) * words.age_units[unit])
    if (m := _YEARLESS_STAMP.fullmatch(cell)) is not None:
        value = parse_date(m["date"], printed.isoformat())
        if value is None or value.granularity != "day":
            return None
        day = dt.date.fromisoformat(value.value)
        # A site drops only the current year: a day after the printing was last year's.
        return day if day <= printed else day.replace(year=day.year - 1)
    return None


# A day and month with the post's time and no year: 'Facebook's '28 augustus om 19:05'.
_YEARLESS_STAMP = re.compile(r"(?P<date>\d{1,2}\s+[^\W\d]{3,}\.?)\s+(?:om\s+)?\d{1,2}[:.]\d{2}")


@lru_cache(maxsize=1)
def _relative_stamp() -> re.Pattern[str]:
    past = _alternatives(tuple(w for w, offset in date_words().relative_days.items() if offset <= 0))
    return re.compile(rf"(?P<day>{past}),?\s+(?:om\s+)?\d{{1,2}}[:.]\d{{2}}\b", re.IGNORECASE)


def _print_clock(printed: Line) -> dt.time | None:
    """The clock time of the browser's print line (``15-01-2024 08:12``)."""
    at = _PRINTED_AT.match(printed.text)
    m = _CLOCK.search(printed.text, 0, at.end()) if at is not None else None
    return dt.time(int(m["hour"]), int(m["minute"])) if m is not None and int(m["hour"]) < 24 else None


# A clock time, not a part of a date ('15.01.2024').
_CLOCK = re.compile(r"\b(?P<hour>\d{1,2})[:.](?P<minute>[0-5]\d)\b(?!\S*[-/.]\d)")


@lru_cache(maxsize=1)
def _stamp_age() -> re.Pattern[str]:
    words = news_words()
    # The edited mark after the age ('3 d • Bewerkt') stays in the cell where a scan read the dot between them as
    # another mark ('3 d * Bewerkt') or as a letter run onto the unit ('3 de Bewerkt').
    return re.compile(rf"(?P<count>\d{{1,3}})\s*(?P<unit>{_alternatives((*words.age_units, *words.age_minutes))})\.?"
                      rf"(?:\s+{re.escape(words.age_marker)})?"
                      rf"(?:(?:[^\W\d_]|\s+[^\w\s])?\s+(?:{_alternatives(words.edited_markers)}))?", re.IGNORECASE)


# A post's time line as X prints it under the post: the clock time, then the day ('10:32 a.m. · 3 jul. 2024 ·
# 48,2K weergaven'); the replies under it print only a day.
_POST_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?\s*(?:[·•|]|(?<=\s)[-–—](?=\s))\s*")


def post_time_date(ev: Evidence) -> DateHit | None:
    """A social post's time line under the post: its clock time, then its day in a cell of its own. Only the
    first such line: the post's own, before the replies."""
    for ln in page_lines(ev.pages[0]) if ev.pages else ():
        m = _POST_TIME.match(ln.text)
        if m is None:
            continue
        cell = _STAMP_CELL.match(ln.text[m.end():])
        if cell is not None:
            text = cell.group().rstrip()
            return date_alone(Line(ln.page, ln.start + m.end(), ln.start + m.end() + len(text), text), "post_time")
    return None


def reported_meeting_date(ev: Evidence) -> DateHit | None:
    """The meeting a release reports on as it ends (``MEDEDELINGEN AAN DE PERS NA AFLOOP VAN DE MINISTERRAAD VAN
    VRIJDAG 4 JUNI 1976``): issued when the meeting ended, it is dated by it, as minutes are by the meeting they
    record (``tests/layouts/blind9/CONVENTIONS-parliament.md``), also where a long name of the body stands before its
    day and ``op`` brings it (``... van het dagelijks bestuur van Waterschap ... op donderdag 11 augustus 2022``). A
    meeting still to come is never its date."""
    for ln in story_opening(ev):
        m = news_words().reported_meeting.search(ln.text)
        if m is not None:
            hit = _day_date_at(Line(ln.page, ln.start + m.end(), ln.end, ln.text[m.end():]), "news_reported_meeting",
                               "start")
            if hit is not None:
                return hit
    return None


def news_head_date(ev: Evidence) -> DateHit | None:
    """A press release dated like a letter, in its opening lines: ``Den Haag, 3 maart 2025``
    alone on a line, or ``Datum: 14-02-2024``. Further down such a line is part of the story."""
    head = Evidence(pages=ev.pages, lines=ev.lines[:NEWS_HEAD_LINES], header=None)
    return place_date_line(head) or labelled_date(head) or _labelled_dateline(head)


def _labelled_dateline(head: Evidence) -> DateHit | None:
    """A place-date line with the release's label printed beside it, which the text joins to the line
    (``Groningen, 1 oktober 2024 PERSBERICHT``), or with the release's number behind it (``Terneuzen, 8 april
    2024 · nr. 2024-031``)."""
    labels = news_words().labels
    number = re.compile(rf"(?i:{document_date_words()['letter_number_prefix']})")
    for ln in head.lines:
        m = _place_date().match(ln.text)
        if m is None:
            continue
        hit = _day_date_at(Line(ln.page, ln.start + m.end(), ln.end, ln.text[m.end():]), "news_place_date", "start")
        rest = ln.text[hit.end - ln.start:] if hit is not None else ""
        if hit is not None and (_fold(rest) in labels or number.fullmatch(rest.lstrip(" ,·•|–-") + " ")):
            return hit
    return None


# A site's news overview lists at least so many teasers, each under its item's date.
OVERVIEW_TEASERS = 3


def news_overview(ev: Evidence) -> bool:
    """A page of a site's news section that lists many items, each teaser opening with its item's date
    (``15 november 2024 — Vanaf januari rijdt er ...``), printed from a browser: it has no date of its own
    (``tests/layouts/blind12/CONVENTIONS-web.md``). Each teaser's date is its item's; the list is the one of the
    day of printing, which dates nothing. A news item opens with one dateline, not a column of them."""
    if not printed_from_site(ev, footer=True):
        return False
    dateline = news_words().dateline
    teasers = 0
    for ln in ev.lines:
        m = dateline.match(ln.text)
        teasers += m is not None and not m["place"]
        if teasers >= OVERVIEW_TEASERS:
            return True
    return False


# The separator behind an issue's month on its line.
_AFTER_DASH = re.compile(r"\s[-–—]\s")


def issue_month(ev: Evidence) -> DateHit | None:
    """A newsletter's issue line, month and year as a cell of an opening line: ``Nummer 3 | maart 2024``, or
    closing the line that opens with the issue's number (``Jaargang 5, nr. 2 – juni 1992``, also with more behind
    a dash: ``6e jaargang — no. 4 — april 1968 — verschijnt maandelijks``), in a line as printed
    or as the text joined it. A masthead's line that holds an issue word sets its cells apart by spaced dashes too,
    and may date the issue by its day (``Personeelsblad van de gemeente Arnhem - 14e jaargang - nummer 6 - juni 1986``,
    ``Nieuwsbrief - editie 5 - woensdag 2 februari 2022``)."""
    return next((hit for hit, _ in _issue_dates(ev)), None)


def periodical_issue(ev: Evidence) -> bool:
    """The masthead prints an issue line dated by its month (``jaargang 12, nummer 4 - april 1989``): a
    newsletter, staff magazine or news sheet of several items (``tests/layouts/blind12/CONVENTIONS-web.md``).
    A gazette numbers its issues too, but dates them by the day.
    A newsletter or a municipality's news sheet that calls itself so in its masthead (``Raadsnieuws``, ``Nieuwsbrief
    van de griffie``, ``MEDEDELINGEN VAN HET GEMEENTEBESTUUR``) may date its issue by the day (``Editie 15 | donderdag
    10 oktober 2024``, ``week 12 - woensdag 21 maart 1979``) or by the year alone (``Nr. 12 - 1975``): several items
    issued by the body, which ANNOTATING.md calls a newsletter (``tests/layouts/blind13/CONVENTIONS-web.md``)."""
    hits = [hit for hit, issued in _issue_dates(ev) if issued]
    return any(len(hit.value) == len("1986-06") for hit in hits) or bool(hits) and periodical_masthead(ev)


def periodical_masthead(ev: Evidence) -> bool:
    """An opening line names a newsletter or news sheet (``Gemeentenieuws``, ``Nieuwsbrief``, ``Mededelingen``)."""
    masthead = news_words().periodical_masthead
    return bool(ev.pages) and any(masthead.match(ln.text.lstrip("# "))
                                  for ln in [ln for ln in page_lines(ev.pages[0]) if ln.text][:NEWS_OPENING_LINES])


def _issue_dates(ev: Evidence) -> Iterator[tuple[DateHit, bool]]:
    """Each opening line's date of the issue, and whether the line names an issue word."""
    if not ev.pages:
        return
    words = news_words()
    opening = [ln for ln in page_lines(ev.pages[0]) if ln.text][:NEWS_OPENING_LINES]
    # The clean stage may join the issue line to the heading under it: the lines as printed too.
    printed = [ln for ln in printed_lines(ev.pages[0]) if ln.text][:NEWS_OPENING_LINES]
    for ln in [*opening, *(p for p in printed if all(p.text != o.text for o in opening))]:
        numbered = words.issue_line.match(ln.text)
        named = literals.search(words.issue_word, ln.text) is not None
        issued = numbered is None and named
        cells = ([(numbered.end(), _AFTER_DASH.split(ln.text[numbered.end():], maxsplit=1)[0])] if numbered
                 else [(m.start(), m.group()) for m in (_ISSUE_CELL if issued else _BAR_CELL).finditer(ln.text)])
        # A quarterly's season set apart by a spaced dash names its issue without an issue word ('Energiecoöperatie
        # ZonnigZeist U.A. — Najaar 2024' under the masthead): a season and a year are a cell of nothing else.
        if not numbered and not issued:
            cells += [(m.start(), m.group()) for m in _ISSUE_CELL.finditer(ln.text)
                      if words.season_year.fullmatch(m.group().strip(_BORDERS))]
        # An issue numbered within its year ('Nr. 12 - 1975'), or a quarterly's season ('Zomer 2024'): the year.
        year = words.issue_number_year.match(ln.text) if named else None
        if year is not None:
            yield DateHit(year["year"], ln.page, ln.start + year.start("year"), ln.start + year.end("year"),
                          "issue_year"), True
            continue
        for at, text in cells:
            cell = text.strip(_BORDERS)
            if (season := words.season_year.fullmatch(cell)) is not None:
                start = ln.start + at + text.index(cell) + season.start("year")
                yield DateHit(season["year"], ln.page, start, start + len(season["year"]), "issue_year"), named
                break
            value = parse_span(cell, "month_year") if _month_year().fullmatch(cell) else None
            if value is None and issued and _issue_day().fullmatch(cell):
                value = parse_span(cell, "issue_day")
                value = value if value is not None and value.granularity == "day" else None
            if value is not None:
                start = ln.start + at + text.index(cell)
                yield DateHit(value.value, ln.page, start, start + len(cell), "issue_month"), named
                break
    yield from _issue_cells(ev)


def _issue_cells(ev: Evidence) -> Iterator[tuple[DateHit, bool]]:
    """An issue line printed as cells, which the text joins with spaces only (``Nummer 2 | juni 2024 | voor
    deelnemers aan ...``): the issue's number the first cell, its month and year a cell of their own."""
    number = re.compile(rf"(?:{news_words().issue_word.pattern})\s*\d{{1,3}}", re.IGNORECASE)
    for row in ev.head_cells[:NEWS_OPENING_LINES]:
        if len(row) < 2 or not number.fullmatch(row[0].text):
            continue
        for cell in row[1:]:
            value = parse_span(cell.text, "month_year") if _month_year().fullmatch(cell.text) else None
            if value is not None and (line := cell.line()) is not None:
                yield DateHit(value.value, line.page, line.start, line.end, "issue_month"), True
                break


_BAR_CELL = re.compile(r"[^|]+")
# A masthead's cells, set apart by bars, spaced dashes or middle dots; a dash within a word or a date is no border.
_ISSUE_CELL = re.compile(r"(?:(?!\s[|–—·•-]\s).)+")
# What a cell of a masthead's line keeps of its borders.
_BORDERS = " |–—·•-"


@lru_cache(maxsize=1)
def _issue_day() -> re.Pattern[str]:
    return re.compile(rf"(?:(?:{weekdays()}),?\s+)?{day_date_regex()}", re.IGNORECASE)
