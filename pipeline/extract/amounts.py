"""Extract amounts: a spaCy component writing spans to ``doc.spans[SPAN_KEY]``.

Finds the money expressions of Dutch government text and the redacted figures
that stand where money should be. Each span's label is the rule that found
it; ``pipeline.normalize.amounts`` turns spans into values and links.

Rules (each a small named function over the Doc text; the words come from
``resources/amounts/`` through ``pipeline.normalize.money``):

- ``euro_sign_digits``: a currency sign or code before digits (``€ 950.000``,
  ``€950.000,-``, ``EUR 2,1 mld``, ``k€ 450``, ``€ 450k``, ``$ 5 miljoen``);
- ``digits_euro_word``: digits with a currency word after (``7,5 mln euro``,
  ``950.000 euro``, ``450 k€``);
- ``number_word_scale``: number words with a scale and/or currency word
  (``zes miljoen euro``, ``duizend euro``, ``anderhalf miljoen``); without a
  currency word only in a money context (``een subsidie van anderhalf miljoen``);
- ``digits_scale``: digits and a scale word without currency (``een bijdrage
  van 2,5 miljoen``), only in a money context;
- ``ton``: ``twee ton``, ``1,5 ton`` (= 100.000 each) in a money context and not
  before a material (``ton CO2``);
- ``redacted_money``: a redaction (the clean stage's ``doc.spans["redactions"]``,
  or an explicit marker ``[…]``, ``xxx``, ``█``) in a money context: after a
  currency sign, a money noun and ``van`` (``een bedrag (aan) van X``,
  ``totaalbudget van X``, ``het restant van X``), or a money verb (``bedragen
  X``, ``kost X``). A Woo ground code that the clean stage marked as a
  redaction (``Het restant van 5.1.2e wordt terugbetaald``) counts as well:
  the code stands where the figure stood;
- ``table_cell``: a figure in the column of a table whose header names money
  (``Bedrag``, ``€``, ``Subsidie (x € 1.000)``), or in any column when the
  first header cell is a money caption with a scale (``Bedragen x € 1.000 |
  Begroting | Realisatie``); ``redacted_table_cell`` a redaction in that column.

Every rule finds the core of an amount; ``widen`` then takes in a qualifier
(``ruim``), a range (``tussen … en …``, ``– € 20.000``) and a unit (``per
dag``), and every span is checked with ``parse_amount`` before it is kept. A
figure overlapping a redaction is never read (``drop_debris``); overlaps are
resolved by ``resolve_overlaps`` (longest wins). Years, percentages, counts,
postcodes and article numbers carry no currency and so are never found,
except as table cells, where the header decides.

The exact characters of the amount are kept in ``span._.amount_chars`` (a
span may be wider when the tokenizer glued the figure to a neighbour) and a
table header scale in ``span._.amount_scale``.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.extract.amount_tables import (
    CARRIED_TABLE,
    DOCUMENT_UNIT,
    ENDING_TABLE,
    TableFigure,
    read_tables,
    scale_in,
    table_figures,
    table_words,
)
from pipeline.extract.intervals import Disjoint
from pipeline.nlp import REDACTIONS, doc_text
from pipeline.normalize.money import money_words, needs_money_context, parse_amount
from pipeline.normalize.numbers import fold, load_amounts_resource
from pipeline.phrases import alternation, phrase_regex

SPAN_KEY = "amounts"

RULES = (
    "euro_sign_digits",
    "digits_euro_word",
    "number_word_scale",
    "digits_scale",
    "ton",
    "redacted_money",
    "table_cell",
    "redacted_table_cell",
)
# The rules whose spans are redacted figures, with no value.
REDACTED_RULES = frozenset({"redacted_money", "redacted_table_cell"})

# How far (characters) a money cue may stand before an amount in the same sentence.
_CONTEXT_CHARS = 120

# --------------------------------------------------------------------------
# Word lists -> regular expressions


@dataclass(frozen=True)
class AmountContext:
    """The context word lists of ``resources/amounts/context.json``."""

    money_nouns: tuple[str, ...]
    noun_links: tuple[str, ...]
    money_verbs: tuple[str, ...]
    money_context: tuple[str, ...]
    ton_not_money_after: frozenset[str]
    redaction_markers: tuple[str, ...]
    redaction_block_chars: tuple[str, ...]
    total_before: tuple[str, ...]
    total_after: tuple[str, ...]
    total_not: tuple[str, ...]
    purpose_markers: tuple[str, ...]
    # Words that make a number in words vague ('een paar honderd euro').
    vague_before: tuple[str, ...]
    # Verbs after which 'tot' gives the new figure, not a maximum ('verhoogd tot').
    change_verbs: tuple[str, ...]
    # Words that may stand between an amount and its purpose ('trekt € 5 miljoen uit voor').
    purpose_gap_words: tuple[str, ...]
    purpose_stop_words: frozenset[str]
    # Words that may follow a figure written without currency ('2 miljoen voor
    # de aanpak'); any other word makes it a count ('2 miljoen inwoners').
    scaled_follow_words: frozenset[str]
    # Words that open a bracket spelling out the figure before it ('(zegge: ...)').
    restatement_words: tuple[str, ...]


_WORD_SETS = ("ton_not_money_after", "purpose_stop_words", "scaled_follow_words")


@lru_cache(maxsize=1)
def amount_context() -> AmountContext:
    """The context word lists, loaded and checked once per process."""
    data = load_amounts_resource(
        "context.json", {key: list for key in AmountContext.__dataclass_fields__}
    )
    if not all(len(c) == 1 for c in data["redaction_block_chars"]):
        raise ValueError("context.json: redaction_block_chars must be single characters")
    return AmountContext(
        **{
            key: frozenset(fold(w) for w in value) if key in _WORD_SETS else tuple(value)
            for key, value in data.items()
        }
    )


def _phrases(table) -> list[str]:
    return list(table.phrases)


@dataclass(frozen=True)
class Patterns:
    """The compiled building blocks of the rules, one named regex each."""

    number: re.Pattern
    sign_before: re.Pattern
    word_after: re.Pattern
    scale: re.Pattern
    number_word: re.Pattern
    qualifier_before: re.Pattern
    qualifier_after: re.Pattern
    unit_after: re.Pattern
    unit_before: re.Pattern
    range_joiner: re.Pattern
    range_lower: re.Pattern
    range_lower_bare: re.Pattern
    vague_before: re.Pattern
    change_verb_tot: re.Pattern
    money_cue: re.Pattern
    redaction_marker: re.Pattern
    redaction_cue: re.Pattern
    money_header: re.Pattern


# Digits in Dutch (or unambiguous English) notation, not followed by more
# digits, a date part (1.2.2016) or an article number part (10.1.6).
NUMBER_CORE = (
    r"(?:[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?|[1-9]\d{0,2}(?:[\u00a0\u202f ]\d{3})+(?![\d])"
    r"|\d+(?:,\d+)?|\d+\.\d{1,2})(?:,(?:-{1,2}|=|\u2013|\u2014))?"
    # A letter may follow only as a scale suffix ('€ 450k', '€ 2mln').
    r"(?!(?!(?:[kK]|mln|mld)(?![\w]))\w|[.,]\d)"
)
# ... and not the tail of a longer number, a date or a phone number.
NUMBER = r"(?<![\w.,/-])" + NUMBER_CORE


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    words = money_words()
    ctx = amount_context()
    signs = _phrases(words.currency_symbols) + _phrases(words.scaled_symbols)
    sign_words = [s for s in signs if s[:1].isalpha()]
    sign_marks = [s for s in signs if not s[:1].isalpha()]
    # Codes and symbols before a number: 'EUR', 'fl.', '€', 'k€' ('€' may touch the digits).
    sign = (
        "(?:"
        + "|".join(
            [phrase_regex(s) for s in sorted(sign_words, key=len, reverse=True)]
            + [re.escape(s) for s in sorted(sign_marks, key=len, reverse=True)]
        )
        + ")"
    )
    after_words = _phrases(words.currency_words) + _phrases(words.scaled_symbols)
    scale_words = _phrases(words.scales)
    scale = (
        "(?:"
        + "|".join(
            [r"(?<=\d)" + re.escape(s) + r"(?![\w])" for s in _phrases(words.scale_suffixes)]
            + [r"\s*" + phrase_regex(s) for s in sorted(scale_words, key=len, reverse=True)]
        )
        + ")"
    )
    # A run of letters that may be a number word ('zes', 'tweeënhalf', 'een half').
    number_word = r"(?<![\w])[^\W\d_]+(?:\s+(?:en\s+)?(?:een\s+)?[^\W\d_]+){0,3}?"
    qualifiers_before = _phrases(words.qualifiers_before)
    blocks = "".join(re.escape(c) for c in ctx.redaction_block_chars)
    markers = "|".join(re.escape(m) for m in sorted(ctx.redaction_markers, key=len, reverse=True))
    noun = alternation(ctx.money_nouns)
    link = alternation(ctx.noun_links)
    verb = alternation(ctx.money_verbs)
    qual = alternation(qualifiers_before)
    return Patterns(
        number=re.compile(NUMBER),
        sign_before=re.compile(sign, re.IGNORECASE),
        # Not the start of a compound: 'een euro-land', 'de euro-crisis'.
        # Not the sign of the next figure ('2019 € 4 miljoen').
        word_after=re.compile(
            r"\s*" + alternation(after_words) + r"(?![\w]|-\w|\s?\d)", re.IGNORECASE
        ),
        scale=re.compile(scale, re.IGNORECASE),
        number_word=re.compile(number_word, re.IGNORECASE),
        qualifier_before=re.compile(alternation(qualifiers_before) + r"\s*$", re.IGNORECASE),
        qualifier_after=re.compile(
            r"\s*,?\s*" + alternation(_phrases(words.qualifiers_after)), re.IGNORECASE
        ),
        unit_after=re.compile(r"\s*" + alternation(_phrases(words.units_after)), re.IGNORECASE),
        unit_before=re.compile(alternation(_phrases(words.units_before)) + r"\s*$", re.IGNORECASE),
        range_joiner=re.compile(
            r"\s*(?:-|\u2013|\u2014|"
            + "|".join(
                phrase_regex(j)
                for j in sorted(_phrases(words.range_joiners), key=len, reverse=True)
                if j[:1].isalpha()
            )
            + r")\s*",
            re.IGNORECASE,
        ),
        range_lower=re.compile(
            r"(?<![\w])(?:tussen|van|vanaf)\s+(?:de\s+)?(?:"
            + sign
            + r"\s?)?"
            + NUMBER_CORE
            + "(?:"
            + scale
            + ")?"
            + r"(?:\s*"
            + alternation(after_words)
            + r")?"
            + r"\s*(?:en|tot(?:\s+en\s+met)?|t/m|-|\u2013|\u2014)\s*$",
            re.IGNORECASE,
        ),
        range_lower_bare=re.compile(
            r"(?<![\w.,])"
            + NUMBER_CORE
            + "(?:"
            + scale
            + r")?\s*(?:tot(?:\s+en\s+met)?|t/m|-|\u2013|\u2014|à)\s*$",
            re.IGNORECASE,
        ),
        vague_before=re.compile(alternation(ctx.vague_before) + r"\s+$", re.IGNORECASE),
        change_verb_tot=re.compile(alternation(ctx.change_verbs) + r"\s+tot\s*$", re.IGNORECASE),
        money_cue=re.compile(alternation(ctx.money_context), re.IGNORECASE),
        redaction_marker=re.compile(
            rf"(?:{markers})|[{blocks}]+(?:\s*[{blocks}]+)*|(?<![\w])(?:[xX]{{3,}}|[xX]{{1,3}}(?:\.[xX]{{3}})+)(?:,(?:[xX]{{2}}|-{{1,2}}))?(?![\w])"
        ),
        redaction_cue=re.compile(
            rf"(?:(?:{noun})\s+(?:\w+\s+)?(?:{link})|(?:{verb})|{sign})\s*(?:{qual}\s*)?$",
            re.IGNORECASE,
        ),
        money_header=re.compile(
            r"(?<![\w])(?:bedrag(?:en)?|budget|subsidie|bijdrage|toekenning|kosten|euro|eur)(?![\w])|€",
            re.IGNORECASE,
        ),
    )


# --------------------------------------------------------------------------
# Candidates


@dataclass(frozen=True)
class Candidate:
    """A character range of the Doc text that a rule read as an amount."""

    start: int
    end: int
    rule: str
    redacted: bool = False
    scale: Decimal | None = None
    # A figure read from a table cell: its value (sign and scale applied) and cell.
    table: TableFigure | None = None

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end


def _sentence_before(text: str, start: int) -> str:
    """The text of the same sentence before ``start``, at most ``_CONTEXT_CHARS`` long."""
    window = text[max(0, start - _CONTEXT_CHARS) : start]
    cut = max(
        window.rfind(". "),
        window.rfind("? "),
        window.rfind("! "),
        window.rfind(";"),
        window.rfind("\n\n"),
    )
    return window[cut + 1 :] if cut >= 0 else window


def in_money_context(text: str, start: int, end: int) -> bool:
    """A money word in the same sentence before the amount, or just after it."""
    cue = patterns().money_cue
    after = text[end : end + 40].split(".")[0]
    return bool(cue.search(_sentence_before(text, start)) or cue.search(after))


def euro_sign_digits(text: str) -> list[Candidate]:
    """``€ 950.000``, ``EUR 2,1 mld``, ``k€ 450``, ``€ 450k``, ``$ 5 miljoen``."""
    p = patterns()
    out = []
    for sign in p.sign_before.finditer(text):
        if is_scale_notation(text, sign.start()):
            continue
        rest = re.compile(r"\s?" + NUMBER).match(text, sign.end())
        if rest is None:
            continue
        end = rest.end()
        if (scale := p.scale.match(text, end)) is not None:
            end = scale.end()
        out.append(Candidate(sign.start(), end, "euro_sign_digits"))
    return out


def is_scale_notation(text: str, start: int) -> bool:
    """``(x € 1.000)``, ``bedragen × € 1.000``: a unit of a table, not an amount."""
    return (
        re.search(r"(?<![\w])(?:x|×)\s*$", text[max(0, start - 4) : start], re.IGNORECASE)
        is not None
    )


def digits_euro_word(text: str) -> list[Candidate]:
    """``950.000 euro``, ``7,5 mln euro``, ``450 k€``, ``5 miljoen dollar``."""
    p = patterns()
    out = []
    for number in p.number.finditer(text):
        end = number.end()
        if (scale := p.scale.match(text, end)) is not None:
            end = scale.end()
        if (word := p.word_after.match(text, end)) is not None:
            out.append(Candidate(number.start(), word.end(), "digits_euro_word"))
    return out


def digits_scale(text: str) -> list[Candidate]:
    """``2,5 miljoen`` without currency, in a money context (``een bijdrage van 2,5 miljoen``)."""
    p = patterns()
    out = []
    for number in p.number.finditer(text):
        scale = p.scale.match(text, number.end())
        if scale is None:
            continue
        rule = "ton" if needs_money_context(text[number.start() : scale.end()]) else "digits_scale"
        candidate = Candidate(number.start(), scale.end(), rule)
        if _scaled_amount_in_context(text, candidate):
            out.append(candidate)
    return out


def _scaled_amount_in_context(text: str, c: Candidate) -> bool:
    """A figure without currency is money only in a money context and not before a counted noun."""
    if not in_money_context(text, c.start, c.end):
        return False
    following = re.match(r"\s*([^\W\d_][\w₂]*)", text[c.end :])
    if following is None:
        return True
    word = fold(following.group(1))
    if c.rule == "ton" and word in amount_context().ton_not_money_after:
        return False
    return word in amount_context().scaled_follow_words or bool(
        patterns().unit_after.match(text, c.end)
    )


def word_anchors(text: str) -> list[tuple[int, int]]:
    """Scale and currency words not right after digits: where a number in words may end."""
    p = patterns()
    anchors = set()
    for pattern in (p.scale, p.word_after):
        for m in pattern.finditer(text):
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            if not re.search(r"\d\s*$", text[max(0, start - 3) : start]):
                anchors.add((start, m.end()))
    return sorted(anchors)


def number_word_scale(text: str) -> list[Candidate]:
    """``zes miljoen euro``, ``duizend euro``, ``anderhalf miljoen`` (money context), ``twee ton``.

    Anchored on a scale or currency word; the number words before it are the
    longest run that ``parse_amount`` reads.
    """
    p = patterns()
    out = []
    for a_start, a_end in word_anchors(text):
        end = a_end
        if (word := p.word_after.match(text, end)) is not None:
            end = word.end()
        best = None
        for start in _word_starts_before(text, a_start, 4):
            if parse_amount(text[start:end]) is not None:
                best = start
        if best is None and end > a_end and parse_amount(text[a_start:end]) is not None:
            best = a_start  # 'duizend euro': the scale is the number
        if best is None or re.search(r"\d\s*$", text[max(0, best - 3) : best]):
            continue  # '7,5 miljoen euro' is read by the digit rules
        if p.vague_before.search(text[max(0, best - 30) : best]):
            continue  # 'een paar honderd euro' is no figure
        span_text = text[best:end]
        has_currency = p.word_after.search(text[a_start:end]) is not None
        rule = "ton" if needs_money_context(span_text) else "number_word_scale"
        candidate = Candidate(best, end, rule)
        if has_currency or _scaled_amount_in_context(text, candidate):
            out.append(candidate)
    return sorted(set(out), key=lambda c: (c.start, c.end))


def _word_starts_before(text: str, pos: int, n: int) -> list[int]:
    """Start offsets of the 1..n words right before ``pos``, nearest first."""
    window_start = max(0, pos - 80)
    run = re.search(r"(?:[^\W\d_]+\s+)+$", text[window_start:pos])
    if run is None:
        return []
    starts = [
        window_start + run.start() + m.start() for m in re.finditer(r"[^\W\d_]+", run.group())
    ]
    return list(reversed(starts))[:n]


def redactions_of(doc: Doc) -> list[tuple[int, int]]:
    """Redacted ranges: the clean stage's spans and explicit markers (``[…]``, ``xxx``, ``█``)."""
    ranges = [(s.start_char, s.end_char) for s in doc.spans.get(REDACTIONS, [])]
    for m in patterns().redaction_marker.finditer(doc_text(doc)):
        if not any(s < m.end() and m.start() < e for s, e in ranges):
            ranges.append((m.start(), m.end()))
    return sorted(ranges)


def redacted_money(doc: Doc) -> list[Candidate]:
    """Redactions where a figure of money stands (``een bedrag van X``, ``€ X``, ``bedragen X``)."""
    text = doc_text(doc)
    cue = patterns().redaction_cue
    out = []
    for start, end in redactions_of(doc):
        before = text[max(0, start - _CONTEXT_CHARS) : start]
        after = text[end : end + 12]
        if cue.search(before) or re.match(r"\s*(?:euro|€|,-)", after, re.IGNORECASE):
            out.append(Candidate(start, end, "redacted_money", redacted=True))
    return out


# --------------------------------------------------------------------------
# Tables

def table_cell(text: str, redactions: list[tuple[int, int]] = (),
               figures: list[TableFigure] | None = None) -> list[Candidate]:
    """Figures in the money columns of tables (see ``pipeline.extract.amount_tables``)."""
    return [
        Candidate(f.start, f.end, "redacted_table_cell" if f.redacted else "table_cell",
                  redacted=f.redacted, scale=f.scale, table=f)
        for f in (table_figures(text, redactions) if figures is None else figures)
    ]


# --------------------------------------------------------------------------
# Widening, filtering, overlaps


_SIGN_BEFORE = re.compile(r"(?:(?<=[\s(])|^)(?:-/-\s*|[-−–])$")


def take_sign(text: str, c: Candidate) -> Candidate:
    """Take in a minus written against the amount (``-€ 81.200``, ``-/- € 839.626``)."""
    if c.redacted or c.table is not None or not re.match(r"€|\d", text[c.start:c.start + 1]):
        return c
    m = _SIGN_BEFORE.search(text, max(0, c.start - 5), c.start)
    if m is None or m.end() != c.start:
        return c
    return Candidate(m.start(), c.end, c.rule, c.redacted, c.scale, c.table)


def widen(text: str, c: Candidate, redactions: list[tuple[int, int]] = ()) -> Candidate:
    """Take in a range partner, a qualifier before and a unit after, where the result still parses.

    A widened amount never reaches into a redaction: debris next to a figure
    (``±`` read from a black box) stays debris.
    """
    if c.redacted or c.table is not None:
        return c
    wide = _widen(text, c)
    if any(s < wide.end and wide.start < e for s, e in redactions):
        return c
    return wide


def _widen(text: str, c: Candidate) -> Candidate:
    p = patterns()
    start, end = c.start, c.end
    # A range: '€ 10.000 – € 20.000', '€ 10.000 tot 20.000', '10 tot 20 miljoen euro'.
    if (joiner := p.range_joiner.match(text, end)) is not None:
        for upper in _upper_bounds(text, joiner.end()):
            if (
                _parses(text, start, upper)
                and parse_amount(text[start:upper]).value_max is not None
            ):
                end = upper
                break
    # 'tussen € 10.000 en € 20.000', '10 tot 20 miljoen euro': the lower bound stands before.
    before = text[max(0, start - 60) : start]
    if (lower := p.range_lower.search(before) or p.range_lower_bare.search(before)) is not None:
        first = max(0, start - 60) + lower.start()
        if _parses(text, first, end) and parse_amount(text[first:end]).value_max is not None:
            start = first
    elif (
        m := re.search(r"(?<![\w])(?:tussen|van)\s+$", text[max(0, start - 10) : start], re.I)
    ) is not None:
        first = max(0, start - 10) + m.start()
        if _parses(text, first, end):
            start = first
    for _ in range(2):
        before = text[max(0, start - 40) : start]
        m = p.qualifier_before.search(before) or p.unit_before.search(before)
        if m is None or not _parses(text, start - len(before) + m.start(), end):
            break
        if p.change_verb_tot.search(before[: m.end()]):
            break  # 'verhoogd tot € 5 miljoen' says where a figure went, not a maximum
        start = start - len(before) + m.start()
    for pattern in (money_words().multiplier, p.qualifier_after, p.unit_after):
        m = pattern.match(text, end)
        if m is not None and _parses(text, start, m.end()):
            end = m.end()
    return Candidate(start, end, c.rule, c.redacted, c.scale)


def _upper_bounds(text: str, pos: int) -> list[int]:
    """Ends of an upper bound starting at ``pos``, longest first."""
    p = patterns()
    ends = []
    sign = p.sign_before.match(text, pos)
    number = re.compile(r"\s?" + NUMBER_CORE).match(text, sign.end() if sign else pos)
    if number is None:
        return ends
    end = number.end()
    ends.append(end)
    if (scale := p.scale.match(text, end)) is not None:
        end = scale.end()
        ends.append(end)
    if (word := p.word_after.match(text, end)) is not None:
        ends.append(word.end())
    return sorted(ends, reverse=True)


def _parses(text: str, start: int, end: int) -> bool:
    return parse_amount(text[start:end]) is not None


def drop_debris(candidates: list[Candidate], redactions: list[tuple[int, int]]) -> list[Candidate]:
    """Figures that touch a redaction are debris, never numbers (``5.1.2e``, ``€ 1g®e``)."""
    return [
        c
        for c in candidates
        if c.redacted or not any(s < c.end and c.start < e for s, e in redactions)
    ]


def resolve_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping candidates (earlier rule on ties), in text order."""
    order = {rule: k for k, rule in enumerate(RULES)}
    kept: list[Candidate] = []
    taken = Disjoint()  # by bisection: a page of thousands of amounts stays linear
    # A table cell wins a tie: it knows its row, column, sign and scale.
    for c in sorted(candidates, key=lambda c: (-(c.end - c.start), c.table is None, order[c.rule], c.start)):
        if c.end <= c.start:
            if not any(c.overlaps(k) for k in kept):
                kept.append(c)
        elif not taken.overlaps(c.start, c.end):
            taken.add(c.start, c.end)
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def find_amounts(doc: Doc) -> list[Candidate]:
    """All amounts of a Doc: every rule, debris dropped, widened, checked, overlaps resolved.

    The shape of the money table the page ends with goes to ``doc.user_data``
    for the next page (``ENDING_TABLE``).
    """
    text = doc_text(doc)
    redactions = redactions_of(doc)
    figures, doc.user_data[ENDING_TABLE], doc.user_data[DOCUMENT_UNIT] = read_tables(
        text, redactions, doc.user_data.get(CARRIED_TABLE), doc.user_data.get(DOCUMENT_UNIT))
    found = (
        euro_sign_digits(text)
        + digits_euro_word(text)
        + number_word_scale(text)
        + digits_scale(text)
        + table_cell(text, redactions, figures)
    )
    found = [take_sign(text, widen(text, c, redactions)) for c in drop_debris(found, redactions)]
    found = [c for c in found if c.redacted or c.table is not None or _parses(text, c.start, c.end)]
    found += redacted_money(doc)
    return footnote_units(text, resolve_overlaps(found))


def footnote_units(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``Bovenstaande bedragen x 1 miljoen``: a note below figures gives the unit of the
    amounts above it (up to the previous such note) that carry no scale of their own."""
    notes = [(m.start(), scale) for m in table_words().footnote_units.finditer(text)
             if (scale := scale_in(_line_at(text, m.start())))]
    if not notes:
        return candidates
    since = 0
    pending = sorted(candidates, key=lambda c: c.start)
    for at, scale in notes:
        for k, c in enumerate(pending):
            if since <= c.start < at and _unscaled(text, c):
                pending[k] = dataclasses.replace(c, scale=scale)
        since = at
    return pending


def _line_at(text: str, at: int) -> str:
    end = text.find("\n", at)
    return text[at:] if end < 0 else text[at:end]


def _unscaled(text: str, c: Candidate) -> bool:
    if c.redacted or c.scale is not None or c.table is not None:
        return False  # a table's figures have the table's unit
    amount = parse_amount(text[c.start:c.end])
    return amount is not None and amount.scale == 1


# --------------------------------------------------------------------------
# The component


@Language.factory("kenmerk_amounts")
def make_component(nlp: Language, name: str):
    return AmountsComponent()


class AmountsComponent:
    """Writes one span per amount to ``doc.spans[SPAN_KEY]``, labelled with its rule."""

    def __init__(self) -> None:
        for ext in ("amount_chars", "amount_scale", "amount_table"):
            if not Span.has_extension(ext):
                Span.set_extension(ext, default=None)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        taken = Disjoint()
        for c in find_amounts(doc):
            span = doc.char_span(c.start, c.end, label=c.rule, alignment_mode="expand")
            if span is None or taken.overlaps(span.start, span.end):
                continue
            taken.add(span.start, span.end)
            span._.amount_chars = (c.start, c.end)
            span._.amount_scale = c.scale
            span._.amount_table = c.table
            spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc
