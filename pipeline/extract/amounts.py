"""Extract amounts: a spaCy component writing spans to ``doc.spans[SPAN_KEY]``.

Finds the money expressions of Dutch government text and the redacted figures
that stand where money should be. Each span's label is the rule that found
it; ``pipeline.normalize.amounts`` turns spans into values and links.

Rules (each a small named function over the Doc text; the words come from
``resources/amounts/`` through ``pipeline.dutch.money``; the forms of a figure
in running text are read in ``amount_forms.py``):

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

Every rule finds the core of an amount; ``widen`` (``amount_widening.py``) then takes in a qualifier
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
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.doctext import doc_text
from pipeline.dutch.money import parse_amount
from pipeline.extract.amount_forms import Candidate, digits_euro_word, digits_scale, euro_sign_digits, number_word_scale
from pipeline.extract.amount_patterns import amount_words, patterns
from pipeline.extract.amount_tables import (
    CARRIED_TABLE,
    DOCUMENT_UNIT,
    ENDING_TABLE,
    TableFigure,
    read_tables,
    table_figures,
    table_words,
)
from pipeline.extract.amount_widening import _parses, take_sign, widen
from pipeline.extract.intervals import Disjoint
from pipeline.extract.money_context import CONTEXT_CHARS
from pipeline.extract.redactions import REDACTIONS
from pipeline.extract.table_units import header_year_units, noted_figure, scale_in, unit_rows, unit_statements
from pipeline.phrases import alternation
from pipeline.triggers import finditer_at

SPAN_KEY = "amounts"


# --------------------------------------------------------------------------
# Redactions


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
    return re.compile(r"\s*(?:5\.1\.\d[a-z]?\s*)?(?:" + alternation(amount_words().redaction_grants_after) + ")",
                      re.IGNORECASE)


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
_OBJECT_ENDS = re.compile(r"\s*(?:5\.1\.\d[a-z]?\s*)?(?:[.,;:)]|$|(?:voor|uit|als|en|aan)(?![\w]))", re.IGNORECASE)


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
# Filtering, overlaps


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
