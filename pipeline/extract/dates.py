"""Extract dates: a spaCy component writing spans to ``doc.spans[SPAN_KEY]``.

Finds the date expressions of Dutch government text (``15 september 2017``,
``15-09-2017``, ``eind 2015``, ``het eerste kwartaal van 2016``, ``najaar
2016``, ``2016-2018``, ``schooljaar 2017/2018``, ``27 februari jl.``, ``in
maart a.s.``, ``vorig jaar``, ...). Each span's label is the name of the rule
that found it; ``pipeline.normalize.dates`` gives it a value (``pipeline.dutch.dates``).

The rules are small named regular expressions built from the word lists in
``pipeline/resources/dates/`` (``pipeline.dutch.date_grammar``, the same
grammar the reader parses with; run by ``date_candidates.py``), plus one token
rule for bare years (``date_years.py``), which need context to count: ``2016`` is
a date in ``in 2016`` or ``Jaarverslag 2016``, not in ``€ 2016``, ``Postbus
2016`` or ``2016 mensen``. Tables and references are no running text: years
heading a column (``is_column_header_year``) or ending a row label
(``is_row_label_year``), dates side by side as column headings or a chart's axis
(``heading_runs``) and the years of a reference (``Kamerstukken II 2021/2022``,
``in_reference``) are dropped. Overlaps are resolved by ``resolve_overlaps``
(longest match wins). dateparser is not used: on our text its search is
about ten times slower than these rules, fills in today's year where the text
gives none, and misses the Dutch relative forms (``jl.``, ``a.s.``, ``eind
2015``, ``vanaf september 2015``); see ``benchmarks/dates.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.datafiles import load_file
from pipeline.doctext import doc_text
from pipeline.dutch.date_grammar import (
    DAY,
    MONTH_NUMBER,
    YEAR,
    date_words,
)
from pipeline.dutch.date_rules import priority
from pipeline.extract.date_candidates import Candidate, scan_text
from pipeline.extract.date_years import bare_year_spans, range_in_law_name
from pipeline.extract.intervals import Disjoint
from pipeline.extract.redactions import overlaps_redaction
from pipeline.phrases import alternation, phrase_regex
from pipeline.resource_files import DatesRolesFile, DatesTitlesFile

SPAN_KEY = "dates"

# --------------------------------------------------------------------------
# Tables, references, overlaps and titles

# One heading of a column of dates: a year, or a date in figures ('31-12-2024', '31-dec-24').
_HEADING_DATE = rf"(?:{DAY}[-/.](?:{MONTH_NUMBER}|[^\W\d_]{{3}})[-/.](?:{YEAR}|\d{{2}})|{YEAR})"
# Two or more of them side by side with nothing but spaces or tabs between.
_HEADING_RUN = re.compile(
    rf"(?<![\w.,/-]){_HEADING_DATE}(?:[ \t]+{_HEADING_DATE})+(?![\w]|[.,/-]\d)", re.IGNORECASE
)


def heading_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of runs of dates side by side (``2026 2027 2028 2029``, ``31-12-2024
    31-12-2025``): the column headings of a table or the axis of a chart, whose text layer
    puts them on one line. Running text never puts two dates next to each other without a
    word between them; the figures under the headings are dated, the headings are no dates."""
    return [(m.start(), m.end()) for m in _HEADING_RUN.finditer(text)]


def outside_heading_runs(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drop candidates inside a run of column headings (see ``heading_runs``)."""
    runs = heading_runs(text)
    return [c for c in cands if not any(s <= c.start and c.end <= e for s, e in runs)]


def in_reference(text: str, cand: Candidate) -> bool:
    """Does the candidate open with the year of a parliamentary or legal reference
    (``Kamerstukken II 2021/2022, 32847, nr. 906``, ``vergaderjaar 2018–2019``)?"""
    if not re.match(YEAR, text[cand.start : cand.end]):
        return False
    head = text[max(0, cand.start - 40) : cand.start].lower()
    words = alternation(date_words().reference_words, bare=True, lower=True)
    return re.search(rf"(?<![\w]){words}(?:\s+i{{1,2}})?[\s,]+$", head) is not None


# A year or a range of years, and after it the date of the document it names ('Coalitieakkoord
# 2021 — 2025, d.d. 15 december 2021').
_YEARS_ONLY = re.compile(rf"{YEAR}(?:\s*[-–—/]\s*{YEAR})?")
_DATED_AFTER = re.compile(rf"(?:\s*[-–—/]\s*{YEAR})?[ \t]*,?[ \t]*d\.?[ \t]?d\.?[ \t]*\d")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def names_a_dated_document(text: str, cand: Candidate) -> bool:
    """Is the candidate the year in the name of a cited document whose own date follows it
    (``Handboek Investeringen Staatsdeelnemingen 2023, d.d. 14 april 2023``)? The date after
    ``d.d.`` dates the document; the year is part of its title, after a word of the title, not
    after a word that makes it a time (``in 2023, d.d. 14 april``)."""
    if _YEARS_ONLY.fullmatch(text, cand.start, cand.end) is None or not _DATED_AFTER.match(text, cand.end):
        return False
    before = _WORD_BEFORE.search(text, max(0, cand.start - 30), cand.start)
    return before is None or before.group(1).lower() not in date_words().year_context_before


def resolve_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping candidates (ties: rule priority), in text order."""
    ordered = sorted(cands, key=lambda c: (-(c.end - c.start), -priority(c.rule), c.start))
    kept: list[Candidate] = []
    taken = Disjoint()  # by bisection: a page of thousands of dates stays linear
    for cand in ordered:
        if cand.end <= cand.start:
            if all(cand.end <= k.start or cand.start >= k.end for k in kept):
                kept.append(cand)
        elif not taken.overlaps(cand.start, cand.end):
            taken.add(cand.start, cand.end)
            kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


def with_period_word(text: str, cand: Candidate, period_words: tuple[str, ...]) -> Candidate:
    """Extend a candidate over a period word right before it (``vanaf``, ``tot en met``)."""
    head = text[max(0, cand.start - 30) : cand.start]
    for word in sorted(period_words, key=len, reverse=True):
        m = re.search(rf"(?<![\w/.]){phrase_regex(word, bare=True)}\s+$", head, re.IGNORECASE)
        if m:
            return Candidate(cand.start - (len(head) - m.start()), cand.end, cand.rule)
    return cand


@lru_cache(maxsize=1)
def period_words() -> tuple[str, ...]:
    roles = load_file(DatesRolesFile)
    return tuple(roles.period)


@dataclass(frozen=True)
class TitleQuotes:
    """How a quoted title looks (``resources/dates/titles.json``)."""

    pattern: re.Pattern[str]
    max_chars: int
    sentence_end: str


@lru_cache(maxsize=1)
def title_quotes() -> TitleQuotes:
    data = load_file(DatesTitlesFile)
    pairs = data.quote_pairs
    if not all(len(p) == 2 for p in pairs):
        raise ValueError("titles.json: quote_pairs must be two characters each, open and close")
    # The opening quote follows a word ('de training ‘…’'), not a colon or the
    # sentence start (a quotation); it is followed by a letter or digit, the
    # closing one by no letter ('zo'n' is no closing quote).
    def body(o: str, c: str) -> str:
        inner = rf"[^\n{re.escape(o + c)}]*"
        return rf"{re.escape(o)}(?=[^\W_]){inner}(?:\n{inner})?(?<=\S){re.escape(c)}(?![^\W\d_])"

    bodies = "|".join(body(o, c) for o, c in pairs)
    pattern = re.compile(rf"(?<=[^\W_])[ \t]+(?P<quote>{bodies})")
    return TitleQuotes(pattern, data.max_title_chars, data.sentence_end)


def quoted_titles(text: str) -> list[tuple[int, int]]:
    """(start, end) of quoted titles: 'de training ‘Spelend leren in de zomer’', 'het rapport
    “Werk in uitvoering”'. A quotation (after a colon, or a whole sentence ending in a full
    stop inside the quotes) is no title: the dates it states are the speaker's."""
    rules = title_quotes()
    out = []
    for m in rules.pattern.finditer(text):
        body = m.group("quote")[1:-1].strip()
        if len(body) > rules.max_chars or body[-1:] in rules.sentence_end:
            continue
        out.append((m.start("quote"), m.end("quote")))
    return out


def outside_titles(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drop candidates inside a quoted title: a name ('Spelend leren in de zomer') dates nothing."""
    titles = quoted_titles(text)
    return [c for c in cands if not any(s < c.start and c.end < e for s, e in titles)]


def find_dates(doc: Doc) -> list[Span]:
    """The date spans of a Doc: scan, resolve overlaps, attach period words, align to tokens."""
    text = doc_text(doc)
    found = [
        c for c in scan_text(text) + bare_year_spans(doc)
        if "\t" not in text[c.start : c.end] and not in_reference(text, c)
        and not names_a_dated_document(text, c)
        and not (c.rule == "range" and text[c.start:c.start + 4].isdigit() and range_in_law_name(doc, c.start))
    ]
    found = outside_heading_runs(text, found)
    # A date never runs across the cells of a table row ('Bedragen per jaar<tab>2023').
    cands = resolve_overlaps(outside_titles(text, found))
    spans = []
    for cand in cands:
        if cand.rule not in ("range", "date_list"):
            cand = with_period_word(text, cand, period_words())
        span = doc.char_span(cand.start, cand.end, label=cand.rule)
        if span is None:
            # 'jl..' is one token: keep the whole tokens inside the match.
            span = doc.char_span(cand.start, cand.end, label=cand.rule, alignment_mode="contract")
        if span is None or overlaps_redaction(doc, span):
            continue
        spans.append(span)
    return spans


# An abbreviation's full stop with a figure glued to it: 'd.d.26 april', 'dd.12-03-2024'.
GLUED_FIGURE = r"(?<=[^\W\d_]\.)(?=\d)"


def split_figures_from_abbreviations(nlp: Language) -> bool:
    """Let ``d.d.26 april 2023`` give the date its own first token.

    Typed or OCR'd without the space, spaCy keeps ``d.d.26`` as one token, and
    a date that starts inside a token cannot become a span. A full stop after a
    letter, followed by a digit, splits; ``1.000`` and ``5.1.2e`` (a digit before
    the stop) stay as they are. Returns whether the tokenizer changed.
    """
    finditer = nlp.tokenizer.infix_finditer
    pattern = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if pattern is None or GLUED_FIGURE in pattern:
        return False
    nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{GLUED_FIGURE}").finditer
    return True


@Language.factory("kenmerk_dates", assigns=["doc.spans"], requires=["token.is_sent_start"])
def make_component(nlp: Language, name: str):
    split_figures_from_abbreviations(nlp)
    return DateExtractor()


class DateExtractor:
    """Writes the date spans of each Doc to ``doc.spans[SPAN_KEY]``."""

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPAN_KEY] = find_dates(doc)
        return doc
