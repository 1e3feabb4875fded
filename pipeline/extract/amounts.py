"""Extract amounts: a spaCy component writing spans to ``doc.spans[SPAN_KEY]``.

Finds the money expressions of Dutch government text and the redacted figures
that stand where money should be. Each span's label is the rule that found
it; ``pipeline.normalize.amounts`` turns spans into values and links.

Rules (each a small named function over the Doc text; the words come from
``resources/amounts/`` through ``pipeline.dutch.money``):

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
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.doctext import doc_text
from pipeline.dutch.money import needs_money_context, parse_amount
from pipeline.dutch.words import fold, money_words
from pipeline.extract.amount_patterns import NUMBER, NUMBER_CORE, amount_words, patterns, trailing_codes
from pipeline.extract.amount_tables import (
    CARRIED_TABLE,
    DOCUMENT_UNIT,
    ENDING_TABLE,
    TableFigure,
    read_tables,
    table_figures,
    table_words,
)
from pipeline.extract.intervals import Disjoint
from pipeline.extract.money_context import CONTEXT_CHARS, after_guilder_sign, ends_a_headline, in_money_context
from pipeline.extract.redactions import REDACTIONS
from pipeline.extract.table_units import header_year_units, noted_figure, scale_in, unit_rows, unit_statements
from pipeline.phrases import alternation
from pipeline.triggers import finditer_at

SPAN_KEY = "amounts"


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


@lru_cache(maxsize=1)
def _back_pointer() -> re.Pattern:
    return re.compile(r"(?<![\w])" + alternation(amount_words().back_pointers) + r"[ \t]+$", re.IGNORECASE)


def pointed_back(text: str, start: int, end: int) -> int | None:
    """``Zonder die 12,4 miljoen``: a demonstrative right before a figure without currency that the
    text wrote with ``€`` before (``Zwolle krijgt € 12,4 miljoen``); the start of the nearest such
    figure, else None."""
    if _back_pointer().search(text[max(0, start - 15) : start]) is None:
        return None
    earlier = list(re.finditer(r"€[ \t]?" + re.escape(text[start:end]) + r"(?![\w])", text[:start]))
    return earlier[-1].start() if earlier else None


def euro_sign_digits(text: str) -> list[Candidate]:
    """``€ 950.000``, ``EUR 2,1 mld``, ``k€ 450``, ``€ 450k``, ``$ 5 miljoen``."""
    p = patterns()
    out = []
    trailing = trailing_codes(text)
    for sign in finditer_at(p.sign_before, text, p.sign_trigger.positions(text)):
        rest = re.compile(r"\s?" + NUMBER).match(text, sign.end())
        if rest is None or sign.start() in trailing:
            continue
        end = rest.end()
        if (scale := p.scale.match(text, end)) is not None:
            end = scale.end()
        out.append(Candidate(sign.start(), end, "euro_sign_digits"))
    return out


def digits_euro_word(text: str) -> list[Candidate]:
    """``950.000 euro``, ``7,5 mln euro``, ``450 k€``, ``5 miljoen dollar``."""
    p = patterns()
    out = []
    trailing = trailing_codes(text)
    for number in p.number.finditer(text):
        end = number.end()
        if (scale := p.scale.match(text, end)) is not None:
            end = scale.end()
        if (code := p.trailing_code.match(text, end)) is not None and code.start(1) not in trailing:
            code = None
        if (word := p.word_after.match(text, end) or code) is not None:
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
        if _scaled_amount_in_context(text, candidate) and not after_guilder_sign(text, number.start()):
            out.append(candidate)
    return out


# The things a shortfall is of follow it: '3 miljoen tekort aan woningen'.
_AAN = re.compile(r"\s+aan\s")


def _scaled_amount_in_context(text: str, c: Candidate) -> bool:
    """A figure without currency is money only in a money context and not before a counted noun;
    or when a demonstrative points back to it, written with ``€`` before (``Zonder die 12,4 miljoen
    hadden we``)."""
    if pointed_back(text, c.start, c.end) is not None:
        return True
    if not in_money_context(text, c.start, c.end):
        return False
    following = re.match(r"\s*([^\W\d_][\w₂]*)", text[c.end :])
    if following is None or ends_a_headline(text, c.end):
        return True
    word = fold(following.group(1))
    if c.rule == "ton" and word in amount_words().ton_not_money_after:
        return False
    if word in amount_words().shortfall_of_things_words and _AAN.match(text, c.end + following.end()):
        return False
    return word in amount_words().scaled_follow_words or bool(
        patterns().unit_after.match(text, c.end) or patterns().giver_after.match(text, c.end)
    )


def word_anchors(text: str) -> list[tuple[int, int]]:
    """Scale and currency words not right after digits: where a number in words may end."""
    p = patterns()
    anchors = set()
    for pattern, trigger in ((p.scale, p.scale_trigger), (p.word_after, p.word_after_trigger)):
        for m in finditer_at(pattern, text, trigger.positions(text)):
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
        # '7,5 miljoen euro' is read by the digit rules; number words at the start of a line
        # follow no figure (a headline 'Twee ton voor ...' under a dateline '14 FEB 2024').
        digit = r"\d\s*\Z" if best == a_start else r"\d[ \t]*\Z"
        if best is None or re.search(digit, text[max(0, best - 3) : best]):
            continue
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
    p, text = patterns(), doc_text(doc)
    for m in finditer_at(p.redaction_marker, text, p.redaction_trigger.positions(text)):
        if not any(s < m.end() and m.start() < e for s, e in ranges):
            ranges.append((m.start(), m.end()))
    return sorted(ranges)


@lru_cache(maxsize=1)
def _granted_after() -> re.Pattern:
    """A verb of granting right after a redaction: ``de gemeente X █ 5.1.2b toe te kennen``."""
    return re.compile(r"\s*(?:" + alternation(amount_words().redaction_grants_after) + ")", re.IGNORECASE)


@lru_cache(maxsize=1)
def _asked_or_received() -> re.Pattern:
    """A redaction that is all the object of asking or receiving: right after the verb ('De gemeente
    Kerkrade vraagt █ 5.1.2i voor de wijk'), or gapped after a figure the verb took ('X krijgt
    € 2.500.000, Brunssum █ 5.1.2i.'); the clause ends or names a purpose after it."""
    verbs = alternation(amount_words().redaction_asked_or_received_before)
    return re.compile(rf"(?<![\w])(?:{verbs})(?:\s+€?\s*\d[\d.,]*(?:\s+(?:miljoen|euro))?,"
                      r"\s+(?:de\s+gemeente\s+)?(?-i:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?))?\s*$", re.IGNORECASE)


# What may follow a redaction that is the whole object of asking or receiving: the clause's end,
# a purpose or a source (not a noun: 'krijgt █ 5.1.2e een uitnodiging' names a person).
_OBJECT_ENDS = re.compile(r"\s*(?:5\.1\.\d[a-z]?\s*)?(?:[.,;:)]|$|(?:voor|uit|als|en)(?![\w]))", re.IGNORECASE)


def redacted_money(doc: Doc) -> list[Candidate]:
    """Redactions where a figure of money stands (``een bedrag van X``, ``€ X``, ``bedragen X``,
    a change of money: ``verhoog ik deze uitkering met X tot € 241.500``, the object of asking or
    receiving: ``Kerkrade vraagt X voor ...``)."""
    text, p, out = doc_text(doc), patterns(), []
    for start, end in redactions_of(doc):
        before = text[max(0, start - CONTEXT_CHARS) : start]
        after = text[end : end + 12]
        if (p.redaction_cue.search(before) or re.match(r"\s*(?:euro|€|,-)", after, re.IGNORECASE)
                or (_asked_or_received().search(before) and _OBJECT_ENDS.match(text, end))
                or _granted_after().match(text, end) or (p.change_verb_met.search(before) and p.money_cue.search(before)
                                                         and not re.match(r"\s*(?:%|procent)", after))):
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
    # A tab parts two cells of a table ('Indexering 2025 | - | € 281.000'): no range spans it.
    if (joiner := p.range_joiner.match(text, end)) is not None and "\t" not in joiner.group():
        for upper in _upper_bounds(text, joiner.end()):
            if _is_range(text, start, upper):
                end = upper
                break
    # 'tussen € 10.000 en € 20.000', '10 tot 20 miljoen euro': the lower bound stands before.
    before = text[max(0, start - 60) : start]
    if (lower := p.range_lower.search(before) or p.range_lower_bare.search(before)) is not None:
        first = max(0, start - 60) + lower.start()
        if "\t" not in text[first:start] and _is_range(text, first, end):
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
    for pattern in (money_words().multiplier, p.qualifier_after, p.sign_after, p.unit_after):
        m = pattern.match(text, end)
        if m is not None and _parses(text, start, m.end()):
            end = m.end()
    return Candidate(start, end, c.rule, c.redacted, c.scale)


_LEVEL_REACHED = 10  # times the change, after 'stijgt met': the level reached


def _is_range(text: str, start: int, end: int) -> bool:
    """Whether [start, end) parses as one range. Not the change and the level it reaches: 'stijgt
    met € 84.000 tot € 2.145.000' (a range's bounds are of one order, 'met 2 tot 3 miljoen'; a
    level reached is many times the change): two amounts."""
    amount = parse_amount(text[start:end]) if _parses(text, start, end) else None
    if amount is None or amount.value_max is None:
        return False
    before = re.sub(r"(?:€|EUR)\s*$", "", text[max(0, start - 60) : start])
    change = patterns().change_verb_met.search(before) is not None
    return not (change and amount.value > 0 and amount.value_max >= _LEVEL_REACHED * amount.value)


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


def drop_unit_statements(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The ``€ 1.000`` of ``Bedragen in € 1.000`` or ``(x € 1.000)`` states the unit
    of a table, it is no amount; nor is a figure that reaches into a row of the
    columns' currency signs (a header year over ``€ €``), nor a header cell's year and currency
    (``Bijdrage 2000 EUR``)."""
    units, rows = unit_statements(text), unit_rows(text) + header_year_units(text)
    if not units and not rows:
        return candidates
    return [c for c in candidates if c.table is not None or not (
        any(s <= c.start < e for s, e in units) or any(s < c.end and c.start < e for s, e in rows))]


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
    page = AmountPage(doc, text, redactions, figures)
    found = [c for rule in AMOUNT_RULES if rule.find is not None and not rule.as_found for c in rule.find(page)]
    found = [take_sign(text, widen(text, c, redactions)) for c in drop_debris(found, redactions)]
    found = [c for c in found if c.redacted or c.table is not None or _parses(text, c.start, c.end)]
    found = drop_unit_statements(text, found)
    found += [c for rule in AMOUNT_RULES if rule.find is not None and rule.as_found for c in rule.find(page)]
    return footnote_units(text, resolve_overlaps(found))


def footnote_units(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``Bovenstaande bedragen x 1 miljoen``: a note below figures gives the unit of the
    amounts above it (up to the previous such note) that carry no scale of their own."""
    words = table_words()
    notes = [(m.start(), scale)
             for m in finditer_at(words.footnote_units, text, words.footnote_trigger.positions(text))
             if (scale := scale_in(_line_at(text, m.start())))]
    if not notes:
        return candidates
    since, pending = 0, sorted(candidates, key=lambda c: c.start)
    for at, scale in notes:
        for k, c in enumerate(pending):
            if since <= c.start < at and _unscaled(text, c):
                pending[k] = dataclasses.replace(c, scale=scale)
            elif since <= c.start < at and (figure := noted_figure(text, c.table, at, scale)):
                pending[k] = dataclasses.replace(c, table=figure)
        since = at
    return pending


def _line_at(text: str, at: int) -> str:
    return text[at:] if (end := text.find("\n", at)) < 0 else text[at:end]


def _unscaled(text: str, c: Candidate) -> bool:
    if c.redacted or c.scale is not None or c.table is not None:
        return False  # a table's figures have the table's unit
    amount = parse_amount(text[c.start:c.end])
    return amount is not None and amount.scale == 1


# --------------------------------------------------------------------------
# The rules


@dataclass(frozen=True)
class AmountPage:
    """What the rules read: the Doc, its text, its redacted ranges and the figures of its tables."""

    doc: Doc
    text: str
    redactions: list[tuple[int, int]]
    figures: list[TableFigure]


@dataclass(frozen=True)
class AmountRule:
    """One amount rule: its name, the finder of its candidates, and what its figures are.

    ``find`` is None for a name another rule's finder gives (``ton``);
    ``redacted`` marks rules whose figures are redacted, with no value;
    ``as_found`` takes the candidates as found (no widening, sign or parse check).
    """

    name: str
    find: Callable[[AmountPage], list[Candidate]] | None
    redacted: bool = False
    as_found: bool = False


# The amount rules. The order is the priority where two candidates of the same
# length overlap (earlier wins; a table cell always wins a tie). A new rule is one
# entry here, with its finder above (see the README, "Adding a rule").
AMOUNT_RULES: tuple[AmountRule, ...] = (
    AmountRule("euro_sign_digits", lambda page: euro_sign_digits(page.text)),
    AmountRule("digits_euro_word", lambda page: digits_euro_word(page.text)),
    AmountRule("number_word_scale", lambda page: number_word_scale(page.text)),
    AmountRule("digits_scale", lambda page: digits_scale(page.text)),
    # 'twee ton': a scale that is also a plain word, given by digits_scale and number_word_scale.
    AmountRule("ton", None),
    AmountRule("redacted_money", lambda page: redacted_money(page.doc), redacted=True, as_found=True),
    AmountRule("table_cell", lambda page: table_cell(page.text, page.redactions, page.figures)),
    # A redacted figure in a table cell, given by table_cell.
    AmountRule("redacted_table_cell", None, redacted=True),
)
RULES = tuple(rule.name for rule in AMOUNT_RULES)
# The rules whose spans are redacted figures, with no value.
REDACTED_RULES = frozenset(rule.name for rule in AMOUNT_RULES if rule.redacted)


# --------------------------------------------------------------------------
# The component


@Language.factory("kenmerk_amounts",
                  assigns=["doc.spans", "span._.amount_chars", "span._.amount_scale", "span._.amount_table"],
                  requires=["token.is_sent_start"])
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
