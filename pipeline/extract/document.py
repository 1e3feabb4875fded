"""Document understanding: what kind of document this is, its title, own date, sender and addressee.

``describe_document`` reads the clean pages of one document and returns its
``DocumentInfo`` (one row of ``documents.parquet``). Everything is decided by
small named rules on the structure and wording of the text:

* ``doc_type`` comes from the first rule of ``DOC_TYPE_RULES`` that fires;
  ``doc_type_rule`` names it. Structural evidence (a Kamervragen header,
  the annual-report questions, salutation plus closing) is tried before
  wording (a report word in a heading, a dateline, news wording).
* ``title`` is the subject line of a letter, the headline of news, the opening
  sentence of Kamervragen (up to ``(ingezonden ...)``) or the chapter heading
  of a report; website boilerplate (``Naar boven``, ``Deel deze pagina``,
  ``Nieuwsbericht | 03-05-2016``) never is.
* ``doc_date`` is what the document says of itself: the margin ``Datum``, a
  ``Datum`` label, the dated line of a letter (``Den Haag, 12 maart 2015``),
  ``ontvangen`` of Kamervragen answers, the report year, the dateline of news.
  It stays None when the document does not say; ``doc_date_span`` gives
  (page, char_start, char_end) of the date text and ``doc_date_rule`` the rule.
* For letters: ``addressee``/``addressee_person`` from the address block,
  ``sender``/``sender_person`` from the signature block, ``reference`` from
  ``Ons kenmerk``. ``sender`` is the organisation or post (``Gemeente Almere``,
  ``Minister van Veiligheid en Justitie``), the person goes in ``*_person``.

The finer ``doc_kind`` (an e-mail chain, a Woo decision, minutes, a budget) and
the date layouts of real archives (label rows, e-mail headers, meeting dates,
received stamps, title pages) live next to this module, in ``doc_kind.py`` and
``doc_date.py``; ``describe_document`` puts them together.

The word lists and patterns are data files in ``resources/document/`` (see
its ``SOURCES.md``), loaded once by a loader that rejects unknown keys.
The annotated spaCy Docs are accepted for the common signature but not
needed: dates are found here with the month names of the dates lexicon and
read by ``pipeline.normalize.dates.parse_date``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pipeline.datafiles import Schema, WordMap, load_json
from pipeline.dutch.date_grammar import lexicon as date_lexicon
from pipeline.dutch.dates import parse_date
from pipeline.records import CleanPage, DocumentInfo, RawDocument

DOC_TYPES = ("brief", "kamervragen", "jaarverslag", "nieuws", "overig")
# Letters put their address block, subject and date in the first lines: how
# far down the structural cues of a letter head are looked for.
HEAD_LINES = 14
# The opening of a set of Kamervragen stands on its first page (two, for a cover page).
HEADER_PAGES = 2
# A headline or heading is short and does not end like a sentence.
MAX_HEADING_WORDS = 20


# --------------------------------------------------------------------------
# Resources


def load_resource(name: str, schema: Schema) -> dict[str, Any]:
    """Load ``resources/document/<name>``, checked against ``schema`` (see pipeline.datafiles)."""
    return load_json("document", name, schema)


def _compile(name: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    try:
        return re.compile(pattern.replace("{DATE}", day_date_regex()), flags)
    except re.error as err:
        raise ValueError(f"{name}: bad pattern {pattern!r}: {err}") from err


def _alternatives(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)


@dataclass(frozen=True)
class Boilerplate:
    lines: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def boilerplate() -> Boilerplate:
    data = load_resource("boilerplate.json", {"lines": list, "patterns": list})
    return Boilerplate(
        lines=frozenset(_fold(w) for w in data["lines"]),
        patterns=tuple(_compile("boilerplate.json", p, re.IGNORECASE) for p in data["patterns"]),
    )


@dataclass(frozen=True)
class LetterWords:
    salutation: re.Pattern[str]
    closing: re.Pattern[str]
    margin_labels: tuple[str, ...]
    date_labels: tuple[str, ...]
    reference_labels: tuple[str, ...]
    subject_labels: tuple[str, ...]
    memo_sender_labels: tuple[str, ...]
    memo_addressee_labels: tuple[str, ...]
    address_lines: tuple[re.Pattern[str], ...]
    addressee_prefix: re.Pattern[str]
    person_titles: re.Pattern[str]
    name_particles: frozenset[str]
    offices: dict[str, str]
    posts: tuple[str, ...]
    organisations: tuple[str, ...]


@lru_cache(maxsize=1)
def letter_words() -> LetterWords:
    data = load_resource(
        "letters.json",
        {
            "salutations": list, "closings": list, "margin_labels": list, "date_labels": list,
            "reference_labels": list, "subject_labels": list, "memo_sender_labels": list,
            "memo_addressee_labels": list, "address_lines": list,
            "addressee_prefixes": list, "person_titles": list, "name_particles": list,
            "offices": WordMap, "posts": list, "organisations": list,
        },
    )
    return LetterWords(
        # 'Geachte heer Van der Steur,' / 'Geachte voorzitter,' : the word opens the line.
        salutation=re.compile(rf"^(?:{_alternatives(data['salutations'])})\b"),
        # 'Hoogachtend,' / 'Met vriendelijke groet,' opening their line; the clean stage
        # may have joined the signature to it ('Met vriendelijke groet, burgemeester ...').
        closing=re.compile(
            rf"^(?:{_alternatives(data['closings'])})\s*(?:[,.]\s*(?P<rest>.*)|$)", re.IGNORECASE
        ),
        margin_labels=tuple(data["margin_labels"]),
        date_labels=tuple(data["date_labels"]),
        reference_labels=tuple(data["reference_labels"]),
        subject_labels=tuple(data["subject_labels"]),
        memo_sender_labels=tuple(data["memo_sender_labels"]),
        memo_addressee_labels=tuple(data["memo_addressee_labels"]),
        address_lines=tuple(_compile("letters.json", p) for p in data["address_lines"]),
        addressee_prefix=re.compile(rf"^(?:{_alternatives(data['addressee_prefixes'])})\s+", re.IGNORECASE),
        person_titles=re.compile(rf"^(?:(?:{_alternatives(data['person_titles'])})\s+)+", re.IGNORECASE),
        name_particles=frozenset(w.lower() for w in data["name_particles"]),
        offices={k.lower(): v for k, v in data["offices"].items()},
        posts=tuple(data["posts"]),
        organisations=tuple(data["organisations"]),
    )


@dataclass(frozen=True)
class ReportWords:
    section_question: re.Pattern[str]
    report_word: re.Pattern[str]
    chapter_heading: re.Pattern[str]


@lru_cache(maxsize=1)
def report_words() -> ReportWords:
    data = load_resource("reports.json", {"section_questions": list, "report_words": list, "chapter_heading": str})
    return ReportWords(
        section_question=re.compile(rf"^(?:{_alternatives(data['section_questions'])})\b", re.IGNORECASE),
        report_word=re.compile(rf"\b(?:{_alternatives(data['report_words'])})\b", re.IGNORECASE),
        chapter_heading=_compile("reports.json", data["chapter_heading"]),
    )


@dataclass(frozen=True)
class NewsWords:
    labels: frozenset[str]
    dateline: re.Pattern[str]
    published: re.Pattern[str]
    wording: re.Pattern[str]
    speech: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def news_words() -> NewsWords:
    data = load_resource("news.json", {"labels": list, "dateline": str, "published": str, "wording": list,
                                       "speech": list})
    return NewsWords(
        labels=frozenset(_fold(w) for w in data["labels"]),
        dateline=_compile("news.json", data["dateline"]),
        published=_compile("news.json", data["published"], re.IGNORECASE),
        wording=re.compile(rf"(?<!\w)(?:{_alternatives(data['wording'])})(?!\w)", re.IGNORECASE),
        speech=tuple(_compile("news.json", p, re.IGNORECASE) for p in data["speech"]),
    )


@dataclass(frozen=True)
class OtherWords:
    council_document: re.Pattern[str]
    gazette_title: re.Pattern[str]
    gazette_number: re.Pattern[str]
    gazette_lines: int


@lru_cache(maxsize=1)
def other_words() -> OtherWords:
    data = load_resource(
        "other.json",
        {"council_documents": list, "gazette_titles": list, "gazette_number": str, "gazette_lines": int},
    )
    return OtherWords(
        council_document=re.compile(rf"^(?:{_alternatives(data['council_documents'])})(?!\w)", re.IGNORECASE),
        gazette_title=re.compile(rf"^(?:{_alternatives(data['gazette_titles'])})$", re.IGNORECASE),
        gazette_number=_compile("other.json", data["gazette_number"], re.IGNORECASE),
        gazette_lines=data["gazette_lines"],
    )


@lru_cache(maxsize=1)
def day_date_regex() -> str:
    """A regex for a full day date: ``28 januari 2016``, ``12 mrt. 2015``, ``03-05-2016``, ``21.11.2024``."""
    months = _alternatives(tuple(date_lexicon().months))
    # Spaces, or one line break of a header printed over several lines ('15 september\n2017').
    gap = r"(?:[ \u00a0]+|[ \u00a0]*\n[ \u00a0]*)"
    return (
        rf"(?<!\d)(?:\d{{1,2}}{gap}(?i:{months})\.?{gap}\d{{4}}"
        # Numeric dates with dashes, dots (Rijkshuisstijl 'Datum 21.11.2024') or slashes, one kind per date.
        r"|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}/\d{1,2}/\d{4})(?!\d)"
    )


@lru_cache(maxsize=1)
def _day_date() -> re.Pattern[str]:
    return re.compile(day_date_regex())


# --------------------------------------------------------------------------
# Lines of the document


@dataclass(frozen=True)
class Line:
    """One line of a clean page: ``text`` is stripped, ``start``/``end`` are its offsets on the page."""

    page: int
    start: int
    end: int
    text: str


def page_lines(page: CleanPage) -> list[Line]:
    """Every line of the page (blank ones as empty text), with offsets of the stripped text."""
    out, pos = [], 0
    for raw in page.text.split("\n"):
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        out.append(Line(page.number, pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def _fold(text: str) -> str:
    return " ".join(text.casefold().split()).strip(" .:")


def is_boilerplate(text: str) -> bool:
    """Is this line navigation or a data list of the source website, not document text?"""
    words = boilerplate()
    text = " ".join(text.split())
    if not text:
        return False
    return _fold(text) in words.lines or any(p.search(text) for p in words.patterns)


def website_boilerplate(page: CleanPage) -> tuple[tuple[int, int], ...]:
    """(start, end) of the lines of a page that are website boilerplate, for titles and facts to skip."""
    return tuple((ln.start, ln.end) for ln in page_lines(page) if ln.text and is_boilerplate(ln.text))


# A table cell that is a figure: digits with Dutch separators, maybe € or %.
_FIGURE_CELL = re.compile(r"(?:€|EUR)?\s*\d[\d.,]*(?:,-)?\s*%?")


def is_figure_row(text: str) -> bool:
    """A row of a table written with ``|`` that holds a figure (``Leiden | € 8.500``): content, not navigation."""
    return "|" in text and any(_FIGURE_CELL.fullmatch(cell.strip()) for cell in text.split("|"))


def website_chrome(page: CleanPage) -> tuple[tuple[int, int], ...]:
    """(start, end) of the boilerplate lines at the top and the bottom of a page.

    Navigation, breadcrumbs and share lines frame a saved web page; the same
    shapes inside the text (a table written with ``|``) are content. Only the
    runs of boilerplate (and blank) lines at the page's edges count here.
    """
    lines = page_lines(page)

    def edge(ordered: list[Line]) -> list[Line]:
        run = []
        for ln in ordered:
            if ln.text and (not is_boilerplate(ln.text) or is_figure_row(ln.text)):
                break
            if ln.text:
                run.append(ln)
        return run

    head = edge(lines)
    tail = edge(lines[::-1]) if len(head) < sum(1 for ln in lines if ln.text) else []
    return tuple(sorted({(ln.start, ln.end) for ln in head + tail}))


def margin_block_start(page: CleanPage, lines: list[Line]) -> int:
    """Index of the first line of the margin block the clean stage put after the body (len when none).

    The block is the run of lines at the end of the page that are margin labels
    or values of the page's ``margin_fields``.
    """
    if not page.margin_fields:
        return len(lines)
    known = {_fold(w) for w in letter_words().margin_labels}
    known |= {_fold(x) for field in page.margin_fields for x in field if x.strip()}
    i = len(lines)
    while i > 0 and (not lines[i - 1].text or _fold(lines[i - 1].text) in known):
        i -= 1
    return i


def content_lines(pages: tuple[CleanPage, ...] | list[CleanPage]) -> list[Line]:
    """The non-empty lines of all pages that are neither website boilerplate nor the margin block."""
    out = []
    for page in pages:
        lines = page_lines(page)
        body = lines[: margin_block_start(page, lines)]
        out += [ln for ln in body if ln.text and not is_boilerplate(ln.text)]
    return out


def is_heading(text: str) -> bool:
    """Short, starts with a capital or digit, and does not end like a sentence or a list item."""
    words = text.split()
    return (
        0 < len(words) <= MAX_HEADING_WORDS
        and (text[0].isupper() or text[0].isdigit())
        and not text.endswith((".", ",", ";", ":"))
    )


# --------------------------------------------------------------------------
# Dates


@dataclass(frozen=True)
class DateHit:
    """A document date: its ISO value, where its text stands, and the rule that found it."""

    value: str
    page: int
    start: int
    end: int
    rule: str

    @property
    def span(self) -> tuple[int, int, int]:
        return (self.page, self.start, self.end)


def _day_date_at(line: Line, rule: str, where: str = "any") -> DateHit | None:
    """The full day date in a line: anywhere, at its ``start`` or at its ``end``."""
    found = list(_day_date().finditer(line.text))
    if not found:
        return None
    m = found[-1] if where == "end" else found[0]
    if where == "start" and m.start() != 0:
        return None
    if where == "end" and line.text[m.end():].strip(" .,;") != "":
        return None
    value = parse_date(m.group())
    if value is None or value.granularity != "day":
        return None
    return DateHit(value.value, line.page, line.start + m.start(), line.start + m.end(), rule)


def date_in_text(text: str, page: int, offset: int, rule: str) -> DateHit | None:
    """The first full day date in ``text`` (which stands at ``offset`` of ``page``)."""
    return _day_date_at(Line(page, offset, offset + len(text), text), rule)


_YEAR = re.compile(r"(?<![\d.,-])(?:19|20)\d{2}(?![\d.,-]\d)")


def _year_in(line: Line, rule: str) -> DateHit | None:
    m = _YEAR.search(line.text)
    if m is None:
        return None
    return DateHit(m.group(), line.page, line.start + m.start(), line.start + m.end(), rule)


# --------------------------------------------------------------------------
# Evidence: what the rules look at, computed once per document


@dataclass(frozen=True)
class Evidence:
    pages: tuple[CleanPage, ...]
    lines: list[Line]
    header: KamervragenHeader | None

    @property
    def head(self) -> list[Line]:
        return self.lines[:HEAD_LINES]


@lru_cache(maxsize=32)
def _label_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{_alternatives(labels)})\s*(?::\s*|\s+|$)(?P<value>.*)$", re.IGNORECASE)


def _labelled(text: str, labels: tuple[str, ...]) -> str | None:
    """The value after a label at the start of the line (``Datum: 3 mei``), '' for a label alone, else None."""
    m = _label_pattern(labels).match(text)
    return None if m is None else m["value"].strip()


def salutation_index(ev: Evidence) -> int | None:
    pattern = letter_words().salutation
    # 'Geachte heer Bakker,' ends its line, unless the clean stage joined the first paragraph to it.
    return next((i for i, ln in enumerate(ev.lines) if pattern.match(ln.text) and "," in ln.text[:60]), None)


def closing_index(ev: Evidence) -> int | None:
    pattern = letter_words().closing
    found = [i for i, ln in enumerate(ev.lines) if pattern.match(ln.text)]
    return found[-1] if found else None


def address_blocks(ev: Evidence) -> list[tuple[int, int]]:
    """(first, last) line indexes of each run of address lines (``Postbus 20301``, ``2500 EH DEN HAAG``)
    in the letter head, before the salutation."""
    words = letter_words()
    limit = salutation_index(ev)
    head = ev.lines[: limit if limit is not None else HEAD_LINES][:HEAD_LINES]
    blocks: list[tuple[int, int]] = []
    for i, ln in enumerate(head):
        if any(p.match(ln.text) for p in words.address_lines):
            if blocks and blocks[-1][1] == i - 1:
                blocks[-1] = (blocks[-1][0], i)
            else:
                blocks.append((i, i))
    return blocks


def address_index(ev: Evidence) -> int | None:
    """Index of the first line of the addressee's address: the last address block of the head.

    A letterhead with the sender's own address may stand above it; the
    addressee's block is the one nearest the subject and salutation.
    """
    blocks = address_blocks(ev)
    return blocks[-1][0] if blocks else None


def margin_labels_found(ev: Evidence) -> set[str]:
    """Letter margin labels present: in the pages' margin fields or as label lines in the text."""
    words = letter_words()
    found = {label.strip().rstrip(":").casefold() for p in ev.pages for label, _ in p.margin_fields}
    for ln in ev.lines:
        if len(ln.text.split()) > 8 or _labelled(ln.text, words.margin_labels) is None:
            continue
        for label in words.margin_labels:
            if _labelled(ln.text, (label,)) is not None:
                found.add(label.casefold())
    return found & {w.casefold() for w in words.margin_labels}


# --------------------------------------------------------------------------
# Kamervragen header


@dataclass(frozen=True)
class KamervragenHeader:
    """The opening of a set of Kamervragen: who asked whom, when, and who answered."""

    title: str
    members: tuple[str, ...]
    parties: tuple[str | None, ...]
    addressed_to: tuple[str, ...]
    submitted: DateHit | None
    answered_by: str | None
    received: DateHit | None


@dataclass(frozen=True)
class KamervragenWords:
    markers: re.Pattern[str]
    header: re.Pattern[str]
    answer_header: re.Pattern[str]
    section_start: re.Pattern[str]
    running_lines: tuple[re.Pattern[str], ...]
    question_label: re.Pattern[str]
    answer_label: re.Pattern[str]
    number: re.Pattern[str]
    number_range: re.Pattern[str]
    party_fillers: re.Pattern[str]
    post_plurals: dict[str, str]
    footnote_marker: re.Pattern[str]


@lru_cache(maxsize=1)
def kamervragen_words() -> KamervragenWords:
    data = load_resource(
        "kamervragen.json",
        {
            "markers": list, "header": str, "answer_header": str, "section_starts": list, "running_lines": list,
            "question_label": str, "question_label_plural": str,
            "answer_label": str, "answer_label_fillers": list, "number_joiners": list,
            "number_ranges": list, "party_fillers": list, "post_plurals": WordMap, "footnote_marker": str,
        },
    )
    ranges = _alternatives(data["number_ranges"])
    joiners = _alternatives(data["number_joiners"])
    numbers = rf"\d{{1,3}}(?:\s*(?:{ranges}|{joiners})\s*\d{{1,3}})*"
    q_label = _alternatives([data["question_label"], data["question_label_plural"]])
    a_label = re.escape(data["answer_label"])
    fillers = _alternatives(data["answer_label_fillers"])
    return KamervragenWords(
        markers=re.compile(rf"^(?:{_alternatives(data['markers'])})\b"),
        header=_compile("kamervragen.json", data["header"], re.DOTALL),
        answer_header=_compile("kamervragen.json", data["answer_header"], re.DOTALL),
        section_start=re.compile(rf"^(?:{_alternatives(data['section_starts'])})\b"),
        running_lines=tuple(_compile("kamervragen.json", p) for p in data["running_lines"]),
        # 'Vraag 3' alone on its line, or 'Vraag 3: Bent u ...' with the question after it;
        # questions asked together as 'Vraag 2 en 3' / 'Vragen 4 t/m 6', like answers.
        question_label=re.compile(
            rf"^(?:{q_label})\s+(?P<numbers>{numbers})(?:\s*[:.)]\s*|\s+|$)(?P<rest>.*)$"
        ),
        # 'Antwoord 2, 3 en 4', 'Antwoord op vraag 5', 'Antwoord op de vragen 6 t/m 8:'.
        answer_label=re.compile(
            rf"^{a_label}(?:\s+(?:{fillers}))?\s+(?P<numbers>{numbers})(?:\s*[:.)]\s*|\s+|$)(?P<rest>.*)$"
        ),
        number=re.compile(r"\d{1,3}"),
        number_range=re.compile(rf"(?P<a>\d{{1,3}})\s*(?:{ranges})\s*(?P<b>\d{{1,3}})"),
        party_fillers=re.compile(rf"^(?:{_alternatives(data['party_fillers'])})\s+", re.IGNORECASE),
        post_plurals=dict(data["post_plurals"]),
        footnote_marker=_compile("kamervragen.json", data["footnote_marker"]),
    )


def label_numbers(text: str) -> list[int]:
    """The question numbers of a label: ``2, 3 en 4`` -> [2, 3, 4]; ``6 t/m 8`` -> [6, 7, 8]."""
    words = kamervragen_words()
    out: list[int] = []
    pos = 0
    for m in words.number_range.finditer(text):
        out += [int(n) for n in words.number.findall(text[pos:m.start()])]
        a, b = int(m["a"]), int(m["b"])
        out += list(range(a, b + 1)) if a <= b <= a + 50 else [a, b]
        pos = m.end()
    out += [int(n) for n in words.number.findall(text[pos:])]
    return list(dict.fromkeys(out))


def _split_top_level(text: str) -> list[str]:
    """Split a member list on ', ' and ' en ' outside parentheses."""
    parts, depth, current, i = [], 0, "", 0
    while i < len(text):
        ch = text[i]
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and text.startswith(", ", i):
            parts.append(current)
            current, i = "", i + 2
            continue
        if depth == 0 and text.startswith(" en ", i):
            parts.append(current)
            current, i = "", i + 4
            continue
        current += ch
        i += 1
    parts.append(current)
    return [p.strip() for p in parts if p.strip()]


def members_and_parties(text: str) -> tuple[tuple[str, ...], tuple[str | None, ...]]:
    """``Tellegen (VVD)`` -> (Tellegen,), (VVD,); ``Kuiken en Recourt (beiden PvdA)`` -> both PvdA."""
    words = kamervragen_words()
    members, parties = [], []
    for item in _split_top_level(" ".join(text.split())):
        m = re.fullmatch(r"(?P<name>[^()]+?)\s*(?:\((?P<party>[^()]+)\))?", item)
        if m is None:
            continue
        members.append(m["name"].strip())
        parties.append(words.party_fillers.sub("", m["party"]).strip() if m["party"] else None)
    # '(beiden PvdA)' after the last name applies to every name without a party.
    shared = parties[-1] if parties else None
    parties = [p if p is not None else shared for p in parties]
    return tuple(members), tuple(parties)


def addressees(text: str) -> tuple[str, ...]:
    """``de Ministers van A en van B`` -> (``Minister van A``, ``Minister van B``)."""
    words = kamervragen_words()
    text = " ".join(text.split())
    parts = re.split(r",?\s+en\s+(?=(?:de|het|van|voor)\s)|,\s+(?=(?:de|het|van|voor)\s)", text)
    out, post = [], None
    for part in parts:
        part = re.sub(r"^(?:de|het)\s+", "", part.strip())
        if re.match(r"(?:van|voor)\s", part) and post:
            out.append(f"{post} {part}")
            continue
        head, sep, rest = part.partition(" ")
        post = words.post_plurals.get(head, head[:1].upper() + head[1:])
        out.append(f"{post}{sep}{rest}")
    return tuple(out)


def kamervragen_header(pages: tuple[CleanPage, ...] | list[CleanPage]) -> KamervragenHeader | None:
    """Read ``Vragen van het lid X (P) aan ... (ingezonden ...)`` and ``Antwoord van ... (ontvangen ...)``."""
    words = kamervragen_words()
    for page in pages[:HEADER_PAGES]:
        m = words.header.search(page.text)
        if m is None:
            continue
        end = m.start("date") if m["date"] is not None else m.end()
        title = " ".join(page.text[m.start():end].split())
        title = re.sub(r"\s*\(ingezonden\s*$", "", title).rstrip(" .,")
        members, parties = members_and_parties(m["members"])
        submitted = (date_in_text(m["date"], page.number, m.start("date"), "kamervragen_ingezonden")
                     if m["date"] is not None else None)
        answered_by, received = None, None
        for later in pages[pages.index(page):]:
            a = words.answer_header.search(later.text, m.end() if later is page else 0)
            if a is not None:
                answered_by = " ".join(a["by"].split()).rstrip(" ,.")
                received = (date_in_text(a["date"], later.number, a.start("date"), "kamervragen_ontvangen")
                            if a["date"] is not None else None)
                break
        return KamervragenHeader(
            title=title,
            members=members,
            parties=parties,
            addressed_to=addressees(m["addressed"]),
            submitted=submitted,
            answered_by=answered_by,
            received=received,
        )
    return None


# --------------------------------------------------------------------------
# doc_type rules: each takes the evidence and says whether it fires


def rule_kamervragen_header(ev: Evidence) -> bool:
    """``Vragen van het lid ... (ingezonden ...)`` or ``Aanhangsel Handelingen`` at the top."""
    return ev.header is not None or any(kamervragen_words().markers.match(ln.text) for ln in ev.head)


def rule_kamervragen_numbered(ev: Evidence) -> bool:
    """Numbered questions with answers: ``Vraag 1`` ... ``Antwoord 1``, at least two questions."""
    words = kamervragen_words()
    questions = sum(1 for ln in ev.lines if words.question_label.match(ln.text))
    answers = sum(1 for ln in ev.lines if words.answer_label.match(ln.text))
    return questions >= 2 and answers >= 1


def rule_jaarverslag_sections(ev: Evidence) -> bool:
    """The questions of a programme account: ``Wat wilden we bereiken?``, ``Wat heeft het gekost?``."""
    pattern = report_words().section_question
    return any(pattern.match(ln.text) for ln in ev.lines)


def rule_overig_council_document(ev: Evidence) -> bool:
    """A council document named in its first line (``Raadsvoorstel``, ``Motie``): a proposal with a
    subject and dates like a letter, but no letter. A ``raadsinformatiebrief`` is not listed: it is
    a letter of the college to the council and is typed by the letter rules."""
    return bool(ev.lines) and bool(other_words().council_document.match(ev.lines[0].text))


def rule_overig_gazette(ev: Evidence) -> bool:
    """The masthead of an official gazette (``Staatscourant``, ``Gemeenteblad``) with its issue number."""
    return gazette_date(ev) is not None


def rule_brief_salutation_and_closing(ev: Evidence) -> bool:
    """``Geachte ...,`` and, after it, ``Hoogachtend,`` / ``Met vriendelijke groet,``."""
    s, c = salutation_index(ev), closing_index(ev)
    return s is not None and c is not None and c > s


def rule_brief_address_block(ev: Evidence) -> bool:
    """An address block (``Postbus``, postcode and city) at the top, and a salutation or closing."""
    return address_index(ev) is not None and (salutation_index(ev) is not None or closing_index(ev) is not None)


def rule_brief_margin_fields(ev: Evidence) -> bool:
    """Two or more letter margin fields, one of them a date or a reference (``Datum``, ``Ons kenmerk``)."""
    found = margin_labels_found(ev)
    words = letter_words()
    key = {w.casefold() for w in (*words.date_labels, *words.reference_labels)}
    return len(found) >= 2 and bool(found & key)


def rule_jaarverslag_heading(ev: Evidence) -> bool:
    """A report word (``Jaarverslag 2018``, ``Jaarrekening``) or ``Programma 3:`` in the opening headings."""
    words = report_words()
    headings = [ln.text for ln in ev.lines[:3] if is_heading(ln.text)]
    return any(words.report_word.search(h) for h in headings) or bool(
        headings and words.chapter_heading.match(headings[0]) and headings[0].startswith("Programma")
    )


def rule_nieuws_dateline(ev: Evidence) -> bool:
    """A dateline opening an early paragraph: ``DEN HAAG, 3 mei 2016 -``."""
    hit = news_date(ev)
    return hit is not None and hit.rule == "news_dateline"


def rule_nieuws_label(ev: Evidence) -> bool:
    """A press-release or news label at the top: ``Persbericht``, ``Nieuwsbericht | 03-05-2016``."""
    labels = news_words().labels
    # Boilerplate lines count here: a site prints the label in its data list.
    opening = [ln for ln in page_lines(ev.pages[0]) if ln.text][:5] if ev.pages else []
    for ln in opening:
        first = re.split(r"\s[|]\s|\s*:\s*", ln.text)[0]
        if _fold(first) in labels:
            return True
    return False


# News puts its reporting in the lead: how many prose paragraphs the news wording is looked for in.
NEWS_LEAD_PARAGRAPHS = 6


def rule_nieuws_headline(ev: Evidence) -> bool:
    """A headline over prose, no letter head, and the wording of news in the lead (``aldus``,
    ``deze week``, reported speech: ``”, vertelt ...``, ``laat ... weten``). A long report or
    budget uses such words somewhere too; a news item uses them in its first paragraphs."""
    if not ev.lines or not is_heading(ev.lines[0].text):
        return False
    if address_index(ev) is not None or salutation_index(ev) is not None:
        return False
    words = news_words()
    prose = [t for t in paragraphs(ev.lines[1:]) if len(t.split()) > MAX_HEADING_WORDS][:NEWS_LEAD_PARAGRAPHS]
    return any(words.wording.search(t) or any(p.search(t) for p in words.speech) for t in prose)


def paragraphs(lines: list[Line]) -> list[str]:
    """The text of each run of lines that follow each other without a blank line: a text
    wrapped at 70 characters or a PDF's printed lines give their paragraphs back."""
    out: list[list[Line]] = []
    for ln in lines:
        if out and out[-1][-1].page == ln.page and out[-1][-1].end + 1 == ln.start:
            out[-1].append(ln)
        else:
            out.append([ln])
    return [" ".join(ln.text for ln in run) for run in out]


DOC_TYPE_RULES: tuple[tuple[str, str, Callable[[Evidence], bool]], ...] = (
    ("kamervragen_header", "kamervragen", rule_kamervragen_header),
    ("kamervragen_numbered", "kamervragen", rule_kamervragen_numbered),
    ("jaarverslag_sections", "jaarverslag", rule_jaarverslag_sections),
    ("overig_gazette", "overig", rule_overig_gazette),
    ("overig_council_document", "overig", rule_overig_council_document),
    ("brief_salutation_and_closing", "brief", rule_brief_salutation_and_closing),
    ("brief_address_block", "brief", rule_brief_address_block),
    ("brief_margin_fields", "brief", rule_brief_margin_fields),
    ("jaarverslag_heading", "jaarverslag", rule_jaarverslag_heading),
    ("nieuws_dateline", "nieuws", rule_nieuws_dateline),
    ("nieuws_label", "nieuws", rule_nieuws_label),
    ("nieuws_headline", "nieuws", rule_nieuws_headline),
)


def classify(ev: Evidence) -> tuple[str, str]:
    """(doc_type, rule): the first rule of ``DOC_TYPE_RULES`` that fires, else ``overig``/``default``."""
    for name, doc_type, rule in DOC_TYPE_RULES:
        if rule(ev):
            return doc_type, name
    return "overig", "default"


# --------------------------------------------------------------------------
# Dates of each kind of document


def margin_date(ev: Evidence) -> DateHit | None:
    """The margin ``Datum`` field that the clean stage set aside, located in the page text."""
    labels = {w.casefold() for w in letter_words().date_labels}
    for page in ev.pages:
        for label, value in page.margin_fields:
            if label.strip().rstrip(":").casefold() not in labels or not value.strip():
                continue
            at = page.text.rfind(value.strip())
            if at >= 0:
                hit = date_in_text(value.strip(), page.number, at, "margin_datum")
            else:
                parsed = parse_date(value)
                hit = DateHit(parsed.value, page.number, -1, -1, "margin_datum") if parsed else None
            if hit is not None:
                return hit
    return None


def labelled_date(ev: Evidence) -> DateHit | None:
    """``Datum: 28 januari 2016`` on one line, or ``Datum`` alone with the date on the next line."""
    labels = letter_words().date_labels
    for i, ln in enumerate(ev.lines):
        value = _labelled(ln.text, labels)
        if value is None:
            continue
        if value:
            hit = _day_date_at(ln, "datum_label", "end")
            if hit is not None and _day_date().search(value):
                return hit
        elif i + 1 < len(ev.lines):
            hit = _day_date_at(ev.lines[i + 1], "datum_label_above", "start")
            if hit is not None:
                return hit
    return None


def ocr_column_date(ev: Evidence) -> DateHit | None:
    """OCR of a letter whose margin column ran into the body: ``Tot slot Datum`` ... ``nauwe 28 januari 2016``.

    The label ends a body line and the date ends one of the next three lines.
    """
    labels = _alternatives(letter_words().date_labels)
    for i, ln in enumerate(ev.lines):
        if not re.search(rf"(?:^|\s)(?:{labels})$", ln.text):
            continue
        for below in ev.lines[i + 1: i + 4]:
            hit = _day_date_at(below, "datum_label_ocr_column", "end")
            if hit is not None:
                return hit
    return None


@lru_cache(maxsize=1)
def _place_date() -> re.Pattern[str]:
    """A place name, a comma and an optional weekday (from the dates lexicon) before a date."""
    weekdays = _alternatives(list(date_lexicon().weekdays))
    return re.compile(rf"^[A-Z'][\w'’.-]*(?:[ -][A-Za-z'’][\w'’.-]*){{0,3}},\s*(?:(?:{weekdays})\s+)?",
                      re.IGNORECASE)


def place_date_line(ev: Evidence) -> DateHit | None:
    """The dated line of a letter: ``Den Haag, 12 maart 2015`` alone on its line."""
    for ln in ev.lines:
        m = _place_date().match(ln.text)
        if m is None:
            continue
        rest = Line(ln.page, ln.start + m.end(), ln.end, ln.text[m.end():])
        hit = _day_date_at(rest, "place_date_line", "start")
        if hit is not None and rest.text[hit.end - rest.start:].strip(" .") == "":
            return hit
    return None


def gazette_date(ev: Evidence) -> DateHit | None:
    """The issue date under a gazette masthead: ``STAATSCOURANT`` / ``Nr. 61234`` / ``27 november 2020``.

    The issue date is the publication's own; a ``Den Haag, 20 november 2020`` further down is when
    the regulation was signed.
    """
    words = other_words()
    opening = [ln for ln in page_lines(ev.pages[0]) if ln.text][: words.gazette_lines] if ev.pages else []
    for i, ln in enumerate(opening):
        if not words.gazette_title.match(ln.text):
            continue
        below = opening[i + 1 : i + 4]
        if not any(words.gazette_number.match(b.text) for b in below):
            return None
        for b in below:
            hit = _day_date_at(b, "gazette_masthead", "start")
            if hit is not None and b.text[hit.end - b.start :].strip(" .") == "":
                return hit
    return None


def letter_date(ev: Evidence) -> DateHit | None:
    for find in (margin_date, labelled_date, place_date_line, ocr_column_date):
        hit = find(ev)
        if hit is not None:
            return hit
    return None


def news_date(ev: Evidence) -> DateHit | None:
    """The dateline (``DEN HAAG, 3 mei 2016 -``) or the publication line (``Nieuwsbericht | 03-05-2016``)."""
    words = news_words()
    # Boilerplate lines count here too: 'Nieuwsbericht | 03-05-2016' is a site's data list.
    opening = [ln for ln in page_lines(ev.pages[0]) if ln.text][:8] if ev.pages else []
    for ln in opening:
        m = words.dateline.match(ln.text)
        if m is not None:
            hit = date_in_text(m["date"], ln.page, ln.start + m.start("date"), "news_dateline")
            if hit is not None:
                return hit
    for ln in opening:
        m = words.published.match(ln.text)
        if m is not None:
            hit = date_in_text(m["date"], ln.page, ln.start + m.start("date"), "news_published")
            if hit is not None:
                return hit
    return None


def report_year(ev: Evidence) -> DateHit | None:
    """``Wat wilden we bereiken in 2018?`` or ``Jaarverslag 2018`` in the opening headings."""
    words = report_words()
    for ln in ev.lines:
        if words.section_question.match(ln.text):
            hit = _year_in(ln, "report_year_question")
            if hit is not None:
                return hit
    for ln in ev.lines[:5]:
        if is_heading(ln.text) and words.report_word.search(ln.text):
            hit = _year_in(ln, "report_year_heading")
            if hit is not None:
                return hit
    return None


def kamervragen_date(ev: Evidence) -> DateHit | None:
    """``ontvangen`` of the answers; ``ingezonden`` when the document holds only the questions."""
    if ev.header is None:
        return None
    return ev.header.received or ev.header.submitted


DATE_RULES: dict[str, Callable[[Evidence], DateHit | None]] = {
    "brief": letter_date,
    "kamervragen": kamervragen_date,
    "jaarverslag": report_year,
    "nieuws": news_date,
    "overig": lambda ev: gazette_date(ev) or margin_date(ev) or labelled_date(ev),
}


# --------------------------------------------------------------------------
# Titles


def subject_line(ev: Evidence) -> str | None:
    """``Onderwerp: ...`` / ``Betreft ...`` (margin field, inline, or label with the value below)."""
    labels = letter_words().subject_labels
    folded = {w.casefold() for w in labels}
    for page in ev.pages:
        for label, value in page.margin_fields:
            if label.strip().rstrip(":").casefold() in folded and value.strip():
                return " ".join(value.split())
    for i, ln in enumerate(ev.lines):
        value = _labelled(ln.text, labels)
        if value:
            return value
        if value == "" and i + 1 < len(ev.lines) and not _is_label_line(ev.lines[i + 1].text):
            return ev.lines[i + 1].text
    return None


def _is_label_line(text: str) -> bool:
    return _labelled(text, letter_words().margin_labels) is not None and len(text.split()) <= 6


def letter_title(ev: Evidence) -> str | None:
    """The subject line, else the paragraph between the address block and ``Geachte``."""
    subject = subject_line(ev)
    if subject:
        return subject
    s = salutation_index(ev)
    if s is None:
        return None
    a = address_index(ev)
    begin = 0
    if a is not None:
        begin = a + 1
        while begin < s and any(p.match(ev.lines[begin].text) for p in letter_words().address_lines):
            begin += 1
    candidates = [
        ln for ln in ev.lines[begin:s]
        if not _is_label_line(ln.text) and _day_date_at(ln, "x") is None and is_heading(ln.text)
    ]
    return candidates[-1].text if candidates else None


def first_heading(ev: Evidence) -> str | None:
    """The first heading-like line that is not a news label, a dateline or a date."""
    labels = news_words().labels
    for ln in ev.lines[:8]:
        if _fold(ln.text) in labels or _day_date_at(ln, "x", "start") is not None:
            continue
        if is_heading(ln.text):
            return ln.text
    return None


def report_title(ev: Evidence) -> str | None:
    """The chapter heading (``Programma 10: Veiligheid``), else the first heading."""
    pattern = report_words().chapter_heading
    for ln in ev.lines[:6]:
        if pattern.match(ln.text) and is_heading(ln.text):
            return ln.text
    return first_heading(ev)


def kamervragen_title(ev: Evidence) -> str | None:
    return ev.header.title if ev.header is not None else first_heading(ev)


TITLE_RULES: dict[str, Callable[[Evidence], str | None]] = {
    "brief": lambda ev: letter_title(ev) or first_heading(ev),
    "kamervragen": kamervragen_title,
    "jaarverslag": report_title,
    "nieuws": first_heading,
    "overig": lambda ev: subject_line(ev) or first_heading(ev),
}


# --------------------------------------------------------------------------
# Sender, addressee, reference


def _strip_prefix(text: str) -> str:
    text = letter_words().addressee_prefix.sub("", text.strip().rstrip(","))
    return text[:1].upper() + text[1:]


_TAV = re.compile(r"(?:^|\s)(?:t\.a\.v\.|ter attentie van)\s+", re.IGNORECASE)
_INITIALS = re.compile(r"(?:[A-Z][a-z]?\.)+")
_SURNAME = re.compile(r"[A-Z][\w'’]+(?:-[A-Z]?[\w'’]+)*,?")


def person_prefix(text: str) -> tuple[str, str] | None:
    """(person, rest) when the line opens with a name: titles, initials, particles, surname.

    ``mr. G.A. Van der Steur`` -> (``mr. G.A. Van der Steur``, ``''``);
    ``P.H. Snijders burgemeester`` -> (``P.H. Snijders``, ``burgemeester``).
    """
    words = letter_words()
    text = _TAV.sub("", text.strip(), count=1) if _TAV.match(text.strip()) else text.strip()
    titles = words.person_titles.match(text)
    at = titles.end() if titles else 0
    tokens = text[at:].split()
    if len(tokens) < 2 or not _INITIALS.fullmatch(tokens[0]):
        return None
    i = 1
    while i < len(tokens) - 1 and tokens[i].lower() in words.name_particles:
        i += 1
    if not _SURNAME.fullmatch(tokens[i]):
        return None
    name_tokens = len(text[:at].split()) + i + 1
    all_tokens = text.split()
    person = " ".join(all_tokens[:name_tokens]).rstrip(",")
    return person, " ".join(all_tokens[name_tokens:])


def is_person(text: str) -> bool:
    """``mr. G.A. Van der Steur``, ``F.M. Weerwind``, ``t.a.v. de heer J. de Vries``: a name and nothing else."""
    found = person_prefix(text)
    return found is not None and not found[1]


def person_name(text: str) -> str:
    found = person_prefix(text)
    return found[0] if found else text.strip().rstrip(",")


def organisation_of(text: str) -> str | None:
    """The organisation or post a line names: ``Burgemeester Almere en ...`` -> ``Gemeente Almere``,
    ``De Minister van Veiligheid en Justitie,`` -> ``Minister van Veiligheid en Justitie``."""
    words = letter_words()
    line = _strip_prefix(text)
    low = line.casefold()
    for office in sorted(words.offices, key=len, reverse=True):
        if low.startswith(office):
            rest = line[len(office):].strip()
            rest = re.sub(r"^(?:van\s+)?(?:de\s+)?(?:(?:gemeente|provincie)\s+)?", "", rest, flags=re.IGNORECASE)
            m = re.match(r"(?:'s-)?[A-Z][\w'’-]*(?:\s+(?!en\b)[A-Z][\w'’-]*)*", rest)
            if m:
                return f"{words.offices[office]} {m.group()}"
    for post in words.posts:
        if re.match(rf"{re.escape(post)}\s+(?:van|voor)\s", line, re.IGNORECASE):
            return post + line[len(post):].split(",")[0]
    for org in words.organisations:
        if re.match(rf"{re.escape(org)}(?!\w)", line, re.IGNORECASE):
            return line.split(",")[0]
    return None


@dataclass(frozen=True)
class Parties:
    sender: str | None = None
    sender_person: str | None = None
    addressee: str | None = None
    addressee_person: str | None = None


def _name_above(lines: list[Line], end: int) -> tuple[str | None, str | None]:
    """(organisation, person) named on the lines just above line ``end`` (an address block).

    Read upward: person lines (``t.a.v. de heer ...``) first, then the
    organisation line; a line starting in lower case continues the one above
    it (``Aan de Voorzitter van de Tweede Kamer`` / ``der Staten-Generaal``).
    """
    organisation = person = None
    i = end - 1
    while i >= max(0, end - 5):
        ln = lines[i]
        head, tav, named = _TAV.split(ln.text, maxsplit=1)[0], _TAV.search(ln.text), None
        if tav is not None and tav.start() > 0 and is_person(ln.text[tav.start():]):
            # 'Aan de Minister van ... t.a.v. de heer ...' on one line.
            named = person_name(ln.text[tav.start():])
            return _strip_prefix(head), person or named
        if is_person(ln.text):
            person = person or person_name(ln.text)
            i -= 1
            continue
        if _day_date_at(ln, "x") is None and not _is_label_line(ln.text):
            text = ln.text
            while text[:1].islower() and i > 0 and not is_person(lines[i - 1].text):
                i -= 1
                text = f"{lines[i].text} {text}"
            organisation = _strip_prefix(text)
        break
    return organisation, person


def addressee_without_address(ev: Evidence) -> tuple[str | None, str | None]:
    """A letter head without postal address (``De minister van Veiligheid en Justitie`` over the
    subject): the opening lines before the subject, when they name a post, an office or a person."""
    s = salutation_index(ev)
    if s is None or s > 6:
        return None, None
    title = letter_title(ev)
    organisation = person = None
    for ln in ev.lines[:s]:
        if ln.text == title or _is_label_line(ln.text) or _day_date_at(ln, "x") is not None:
            break
        if is_person(ln.text):
            person = person or person_name(ln.text)
        elif organisation is None and organisation_of(ln.text) is not None:
            organisation = _strip_prefix(ln.text)
        else:
            break
    return organisation, person


def signature_lines(ev: Evidence) -> list[Line]:
    """The lines after the closing (with what the clean stage joined to the closing line);
    without one, the document's last lines (a Kamerbrief ends ``De Minister van ...,`` /
    ``S.A. Blok`` without ``Hoogachtend``)."""
    c = closing_index(ev)
    if c is None:
        return ev.lines[-4:]
    closing = ev.lines[c]
    m = letter_words().closing.match(closing.text)
    lines = ev.lines[c + 1: c + 6]
    if m and m["rest"]:
        offset = closing.start + m.start("rest")
        lines = [Line(closing.page, offset, closing.end, m["rest"]), *lines]
    return lines


def signs_for_a_post(text: str) -> bool:
    """A signature line of a post or office: ``De minister van Justitie en Veiligheid,`` (perhaps
    with ``namens deze,`` joined to it). A letter signed this way may have no closing formula
    and, once published, its signer's name redacted; prose never ends its line in a comma."""
    head = text.split(",")[0]
    return text.rstrip().endswith(",") and organisation_of(head) is not None


def letter_parties(ev: Evidence) -> Parties:
    """Addressee from the lines above the address block; sender from the signature block,
    else from a letterhead above the sender's own address block."""
    addressee = addressee_person = None
    a = address_index(ev)
    if a is not None:
        addressee, addressee_person = _name_above(ev.lines, a)
    else:
        addressee, addressee_person = addressee_without_address(ev)
    sender = sender_person = None
    signature = signature_lines(ev)
    if (closing_index(ev) is not None or any(person_prefix(ln.text) for ln in signature)
            or any(signs_for_a_post(ln.text) for ln in signature)):
        # The clean stage may join a signature into one line
        # ('Gedeputeerde Staten van Gelderland, drs. J.M. Markink gedeputeerde').
        for part in (part for ln in signature for part in re.split(r",\s+", ln.text)):
            named = person_prefix(part)
            if named is not None:
                sender_person = sender_person or named[0]
            text = named[1] if named is not None else part
            if sender is None and text:
                sender = organisation_of(text)
    blocks = address_blocks(ev)
    if sender is None and len(blocks) > 1:
        letterhead, _ = _name_above(ev.lines, blocks[0][0])
        sender = organisation_of(letterhead) if letterhead else None
    memo_sender, memo_addressee = memo_fields(ev)
    if sender is None and sender_person is None:
        sender = memo_sender
    if addressee is None and addressee_person is None:
        addressee = memo_addressee
    return Parties(sender, sender_person, addressee, addressee_person)


def memo_fields(ev: Evidence) -> tuple[str | None, str | None]:
    """``Van: Afdeling Veiligheid`` and ``Aan: College van B en W`` in the head of a memo (a colon is needed:
    ``Aan de Minister`` opens an address block instead)."""
    words = letter_words()
    sender = addressee = None
    for ln in ev.head:
        for labels, is_sender in ((words.memo_sender_labels, True), (words.memo_addressee_labels, False)):
            m = re.match(rf"(?:{_alternatives(labels)})\s*:\s*(?P<value>\S.*)$", ln.text, re.IGNORECASE)
            if m is None:
                continue
            if is_sender:
                sender = sender or m["value"].strip()
            else:
                addressee = addressee or m["value"].strip()
    return sender, addressee


def reference(ev: Evidence) -> str | None:
    """``Ons kenmerk``: margin field, ``Ons kenmerk: 2016-004512``, or the label with the value below."""
    labels = letter_words().reference_labels
    folded = {w.casefold() for w in labels}
    looks_like = re.compile(r"(?=.*\d)[A-Za-z0-9][\w./-]*(?:\s[\w./-]+){0,2}")
    for page in ev.pages:
        for label, value in page.margin_fields:
            if label.strip().rstrip(":").casefold() in folded and value.strip():
                return value.strip()
    for i, ln in enumerate(ev.lines):
        value = _labelled(ln.text, labels)
        if value and looks_like.fullmatch(value):
            return value
        if value == "" and i + 1 < len(ev.lines) and looks_like.fullmatch(ev.lines[i + 1].text):
            return ev.lines[i + 1].text
    return None


# --------------------------------------------------------------------------
# The document


def evidence(pages: tuple[CleanPage, ...]) -> Evidence:
    return Evidence(pages=tuple(pages), lines=content_lines(pages), header=kamervragen_header(pages))


def describe_document(raw: RawDocument, pages: tuple[CleanPage, ...],
                      pipeline_version: str) -> DocumentInfo:
    """The ``DocumentInfo`` of one document: type, title, own date, sender, addressee, reference."""
    # The kind and the date finders of real archives build on this module's evidence and
    # rules, so they are imported here, where the document is put together.
    from pipeline.extract.doc_date import document_date
    from pipeline.extract.doc_kind import document_kind

    ev = evidence(tuple(pages))
    doc_type, rule = classify(ev)
    kind, kind_rule, doc_type, rule = document_kind(ev, doc_type, rule)
    date = document_date(ev, doc_type, kind)
    parties = letter_parties(ev) if doc_type in ("brief", "overig") else Parties()
    return DocumentInfo(
        doc_id=raw.doc_id,
        source=raw.source,
        doc_type=doc_type,
        doc_type_rule=rule,
        doc_date=date.value if date else None,
        title=TITLE_RULES[doc_type](ev),
        n_pages=len(raw.pages),
        ingest=raw.ingest,
        sender=parties.sender or parties.sender_person,
        addressee=parties.addressee or parties.addressee_person,
        reference=reference(ev) if doc_type in ("brief", "overig") else None,
        pipeline_version=pipeline_version,
        doc_date_span=date.span if date is not None and date.start >= 0 else None,
        doc_date_rule=date.rule if date else None,
        sender_person=parties.sender_person,
        addressee_person=parties.addressee_person,
        doc_kind=kind,
        doc_kind_rule=kind_rule,
    )
