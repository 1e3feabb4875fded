"""Normalize trainings: the parts on a Doc -> ``TrainingFact`` rows, one per training mentioned.

``pipeline.extract.trainings`` marks titles, kinds, durations, counts,
audiences, providers and table cells. This module reads their values (pure
functions in ``training_values.py``:
``parse_count("ruim 150 professionals")`` -> ``Count(150,
"more_than", "professionals")``) and decides which parts make one row (the
row itself, and the passes that merge two mentions of one training, are in
``training_rows.py``):

- every quoted title, every kind (``basistraining``, ``themadag``, also
  counted: ``vijf basistrainingen``) and every ``een (driedaagse) training``
  is a row of its own; plurals (``trainingen``,
  ``workshops``) speak of trainings in general and only make a row when they
  name a provider (``De ESS voorziet in trainingen``) that no other row has;
- a duration joins the training word it stands next to (``eendaagse
  basistraining``, ``basistraining (dagdeel)``); an audience joins the
  training before it (``voor docenten``);
- a participant count joins the training when its sentence has exactly one
  (``een themadag ... ruim 250 professionals``); otherwise, as after a list of
  titles, it is a row of its own (``Daarmee hebben ruim 150 professionals``);
- a provider named in the sentence goes to its rows; a row without one takes
  the last provider named before it in the same paragraph (``trainingen van
  het ROR. ... meer dan 7.000 mensen getraind``);
- the municipality (``pipeline.link.trainings``) and the date of a sentence
  go to its rows when the sentence names exactly one;
- a table cell (``Almere 6`` under ``1 daagse``) is a row with the
  participants of the cell, the duration of the column, the municipality of
  the row, and the name and provider of the training of that duration
  described before the table;
- a table with a count column (``Gemeente  deelnemers``) counts the trainees
  of the last named training before it;
- ``de cursus``, ``deze training`` (a definite determiner right before a
  kind) refer back to the last named training of that kind on the page: its
  duration, count and audience go to that training and it makes no row of
  its own (``training_rows.resolve_references``);
- one quoted title mentioned twice on a page is one row;
- an elliptic count (``In 2017 waren dat er 132``) is a row of the training
  named before it in its paragraph (``pipeline.normalize.training_ellipsis``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.doctext import doc_text
from pipeline.dutch.dates import parse_date
from pipeline.extract.dates import SPAN_KEY as DATES_KEY
from pipeline.extract.training_lexicon import (
    TrainingWords,
    kind_of,
    training_words,
)
from pipeline.extract.training_mentions import (
    AUDIENCE,
    COUNT,
    DURATION,
    PLURAL,
    PROVIDER,
    TABLE_CELL,
    TABLE_COLUMN,
    paragraphs,
    segment_units,
    unit_index,
)
from pipeline.extract.training_parts import starts_with_anaphor
from pipeline.extract.training_tables import is_count_column
from pipeline.extract.trainings import SPAN_KEY
from pipeline.link.trainings import unit_municipality
from pipeline.normalize.training_ellipsis import elliptic_facts
from pipeline.normalize.training_rows import (
    _Row,
    _row_for,
    drop_provider_only_repeats,
    merge_titles,
    refers_back,
    resolve_references,
)
from pipeline.normalize.training_values import (
    audience_value,
    count_audience,
    duration_float,
    kind_name,
    parse_count,
)
from pipeline.provenance import provenance
from pipeline.records import CleanPage, DocumentInfo, TrainingFact

KIND_NAME = "training"
# A duration this far (in characters) from a training word still belongs to it:
# 'eendaagse basistraining', 'basistraining (dagdeel)', 'een training van twee dagen'.
DURATION_REACH = 30

# --------------------------------------------------------------------------
# The rows of a page


def _with_brackets(text: str, start: int, end: int) -> tuple[int, int]:
    """'(dagdeel)': a part in brackets takes its brackets along into the fact text."""
    if start > 0 and end < len(text) and text[start - 1] == "(" and text[end] == ")":
        return start - 1, end + 1
    return start, end


def _distance(a: Span, b: Span) -> int:
    if a.end_char <= b.start_char:
        return b.start_char - a.end_char
    if b.end_char <= a.start_char:
        return a.start_char - b.end_char
    return 0


def _nearest(rows: list[_Row], span: Span, reach: int | None = None) -> _Row | None:
    best = min(rows, key=lambda r: _distance(r.main, span), default=None)
    if best is None or (reach is not None and _distance(best.main, span) > reach):
        return None
    return best


class _PageRows:
    """Assembles the rows of one page."""

    def __init__(self, doc: Doc, info: DocumentInfo, lex: TrainingWords) -> None:
        self.doc = doc
        self.text = doc_text(doc)  # Doc.text joins every token on each access: read it once
        self.info = info
        self.lex = lex
        self.units = segment_units(doc)
        self.rows: list[_Row] = []
        self.loose_durations: list[tuple[Span, float]] = []
        spans = list(doc.spans.get(SPAN_KEY, []))
        self.parts = [s for s in spans if s.label_ not in (TABLE_CELL, TABLE_COLUMN)]
        self.cells = [s for s in spans if s.label_ == TABLE_CELL]
        self.columns = {s.id_: s for s in spans if s.label_ == TABLE_COLUMN}
        self.providers = [s for s in spans if s.label_ == PROVIDER]

    def by_unit(self) -> dict[int, list[Span]]:
        grouped: dict[int, list[Span]] = {}
        for span in self.parts:
            idx = unit_index(self.units, span.start_char)
            if idx is not None:
                grouped.setdefault(idx, []).append(span)
        return grouped

    def build(self) -> list[_Row]:
        grouped = self.by_unit()
        for idx in sorted(grouped):
            self.read_unit(idx, grouped[idx])
        self.inherit_providers()
        self.place_loose_durations()
        self.read_table()
        return self.finish()

    def read_unit(self, idx: int, spans: list[Span]) -> None:
        """The rows of one unit: its trainings, with the durations, audiences,
        counts, provider, municipality and date of the unit joined to them."""
        rows = [r for s in spans if (r := _row_for(s, idx, self.lex)) is not None]
        for span in spans:
            if span.label_ == DURATION:
                self.add_duration(rows, span)
        for span in spans:
            if span.label_ == AUDIENCE:
                self.add_audience(rows, span)
        trainings = list(rows)
        for span in spans:
            if span.label_ == COUNT:
                rows += self.add_count(idx, trainings, span)
        providers = {s.kb_id_ for s in spans if s.label_ == PROVIDER and s.kb_id_}
        if len(providers) == 1:
            provider = providers.pop()
            for row in rows:
                row.provider = row.provider or provider
            if not rows:
                plural = next((s for s in spans if s.label_ == PLURAL), None)
                if plural is not None:
                    rows.append(_Row(plural, plural.label_, idx, provider=provider, provider_only=True))
        self.add_place_and_time(idx, rows)
        self.rows += rows

    def add_duration(self, rows: list[_Row], span: Span) -> None:
        value = duration_float(span.text, self.lex)
        if value is None:
            return
        row = _nearest(rows, span, DURATION_REACH)
        if row is None:
            self.loose_durations.append((span, value))
            return
        row.duration = value
        row.extent.append(_with_brackets(self.text, span.start_char, span.end_char))

    def add_audience(self, rows: list[_Row], span: Span) -> None:
        value = audience_value(span.text, self.lex)
        before = [r for r in rows if r.main.end_char <= span.start_char and r.audience is None]
        row = max(before, key=lambda r: r.main.end_char, default=None)
        if row is None:
            row = _nearest([r for r in rows if r.audience is None], span)
        if row is not None and value:
            row.audience = value

    def add_count(self, idx: int, rows: list[_Row], span: Span) -> list[_Row]:
        """Join the count to the unit's one training, or to the one before after 'Daarmee'."""
        count = parse_count(span.text, self.lex)
        if count is None:
            return []
        target = rows[0] if len(rows) == 1 and rows[0].participants is None else None
        if target is None and not rows and starts_with_anaphor(self._unit_text(idx), self.lex):
            before = [r for r in self.rows if r.unit == idx - 1 and not r.provider_only]
            if len(before) == 1 and before[0].participants is None:
                target = before[0]
        new = []
        if target is None:
            target = _Row(span, span.label_, idx)
            new.append(target)
        else:
            target.extent.append((span.start_char, span.end_char))
        target.participants, target.qualifier = count.participants, count.qualifier
        target.audience = target.audience or count_audience(span.text, count, self.lex)
        return new

    def _unit_text(self, idx: int) -> str:
        start, end = self.units[idx]
        return self.text[start:end]

    def add_place_and_time(self, idx: int, rows: list[_Row]) -> None:
        start, end = self.units[idx]
        code = unit_municipality(self.doc, start, end)
        years = {
            v
            for s in self.doc.spans.get(DATES_KEY, [])
            if start <= s.start_char < end
            if (v := self.date_value(s.text)) is not None
        }
        for row in rows:
            if code is not None:
                row.municipality_code = row.municipality_code or code
            if len(years) == 1:
                row.year = row.year or next(iter(years))

    def date_value(self, text: str) -> str | None:
        """The TIMEX value of a date in the sentence, anchored to the document date, or None."""
        value = parse_date(text, self.info.doc_date)
        if value is None or value.value.startswith("XXXX"):
            return None
        return value.value

    def inherit_providers(self) -> None:
        """A row without a provider takes the last one named before it in its paragraph.

        A provider named inside a list item stays in that item: the next bullet
        is another training ('• ... verzorgd door het NJi; • twee themadagen').
        A provider named before the list reaches every item.
        """
        blocks = paragraphs(self.text)
        items = list_item_starts(self.text)
        for row in self.rows:
            if row.provider is not None:
                continue
            block = next(((s, e) for s, e in blocks if s <= row.main.start_char < e), None)
            if block is None:
                continue
            before = [
                p
                for p in self.providers
                if block[0] <= p.start_char < row.main.start_char
                and p.kb_id_
                and not _in_other_item(items, block[0], p.start_char, row.main.start_char)
            ]
            if before:
                row.provider = before[-1].kb_id_

    def place_loose_durations(self) -> None:
        """A duration without a training word ('de kosten voor de eendaagse') refers to a training
        of that length already on the page; otherwise it is a training of its own."""
        for span, value in self.loose_durations:
            if any(r.duration == value for r in self.rows):
                continue
            idx = unit_index(self.units, span.start_char) or 0
            self.rows.append(_Row(span, span.label_, idx, duration=value))

    def read_table(self) -> None:
        """A row per numeric cell: participants, column duration, municipality, linked training."""
        for cell in self.cells:
            column = self.columns.get(cell.id_)
            if column is None:
                continue
            number = cell.text.split()[-1]
            participants = count_from_cell(number)
            if participants is None:
                continue
            name, duration = None, duration_float(column.text, self.lex)
            if duration is None:
                info = kind_of(column.text.strip(), self.lex)
                name = kind_name(column.text) if info is not None and not info.hypernym else None
            linked = self.linked_training(column, name, duration)
            idx = unit_index(self.units, cell.start_char) or 0
            row = _Row(
                cell,
                cell.label_,
                idx,
                name=name or (linked.name if linked else None),
                provider=linked.provider if linked else None,
                duration=duration if duration is not None else (linked.duration if linked else None),
                participants=participants,
                qualifier="exact",
                municipality_code=cell.kb_id_ or None,
                key=cell.id_,
            )
            self.rows.append(row)

    def linked_training(self, column: Span, name: str | None, duration: float | None) -> _Row | None:
        """The training of a column: the last one before the table with its duration or name."""
        # A count column ('deelnemers') counts the trainees of the training described before it.
        counts = is_count_column(column.text)
        candidates = [
            r
            for r in self.rows
            if r.rule != TABLE_CELL
            and r.name is not None
            and r.main.start_char < column.start_char
            and (
                counts
                or (duration is not None and r.duration == duration)
                or (name is not None and r.name.lower() == name.lower())
            )
        ]
        return candidates[-1] if candidates else None

    def finish(self) -> list[_Row]:
        rows = resolve_references(self.rows, self.lex)
        rows = merge_titles([r for r in rows if not r.weak or r.informative()])
        rows = [r for r in rows if not refers_back(r, rows)]
        rows = [r for r in rows if r.informative()]
        return drop_provider_only_repeats(rows)


_LIST_ITEM = re.compile(r"(?m)^[ \t]*(?:[•▪●◦*–-]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+")


def list_item_starts(text: str) -> list[int]:
    """Where the items of a bulleted or numbered list start ('• ', '- ', '1. ', '(2) ', 'a) ')."""
    return [m.start() for m in _LIST_ITEM.finditer(text)]


def _in_other_item(items: list[int], block_start: int, provider: int, row: int) -> bool:
    """The provider stands in a list item and a new item starts between it and the row."""
    in_item = any(block_start <= s <= provider for s in items)
    return in_item and any(provider < s <= row for s in items)



def count_from_cell(text: str) -> int | None:
    """'6' -> 6, '1.200' -> 1200; None for debris ('|', 'B', ']')."""
    if not re.fullmatch(r"\d{1,3}(?:\.\d{3})*", text):
        return None
    return int(text.replace(".", ""))



# --------------------------------------------------------------------------
# Facts


def training_facts(doc: Doc, page: CleanPage, info: DocumentInfo) -> list[TrainingFact]:
    """One ``TrainingFact`` per training mentioned on the page (see the module docstring)."""
    rows = _PageRows(doc, info, training_words()).build()
    facts = []
    for row in sorted(rows, key=lambda r: (r.start, r.end, r.key)):
        prov = provenance(doc, page, info.doc_id, KIND_NAME, row.start, row.end, row.rule, key=row.key)
        facts.append(
            TrainingFact(
                **prov,
                name=row.name,
                provider=row.provider,
                duration_days=row.duration,
                participants=row.participants,
                qualifier=row.qualifier,
                audience=row.audience,
                municipality_code=row.municipality_code,
                year=row.year,
            )
        )
    return facts + elliptic_facts(doc, page, info, facts)
