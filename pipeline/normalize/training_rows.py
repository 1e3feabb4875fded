"""A training row, and the passes that make two mentions of one training one row.

``_Row`` is a training assembled from the parts of a unit (``_row_for`` starts
one from a title, a kind or a training word); ``resolve_references``,
``merge_titles``, ``refers_back`` and ``drop_provider_only_repeats`` merge the
rows of a page that name one training twice. Apart from ``trainings.py``, which
decides which parts of a page join which row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from pipeline.extract.training_lexicon import TrainingWords, kind_of
from pipeline.extract.training_mentions import COUNTED, KIND, NAMED, TABLE_CELL, TITLE, WORD
from pipeline.normalize.training_values import kind_name, title_name


@dataclass
class _Row:
    """A training row being assembled from the parts of one unit."""

    main: Span
    rule: str
    unit: int
    name: str | None = None
    is_title: bool = False
    weak: bool = False  # 'een training': a row only if it gets a value
    provider_only: bool = False
    provider: str | None = None
    duration: float | None = None
    participants: int | None = None
    qualifier: str | None = None
    audience: str | None = None
    municipality_code: str | None = None
    year: str | None = None
    extent: list[tuple[int, int]] = field(default_factory=list)
    key: str = ""
    kind: str = ""  # the singular kind the training is called by: 'basiscursus', 'training'
    refers: bool = False  # 'de cursus', 'deze training': may be a training named before

    @property
    def start(self) -> int:
        return min([self.main.start_char] + [s for s, _ in self.extent])

    @property
    def end(self) -> int:
        return max([self.main.end_char] + [e for _, e in self.extent])

    def informative(self) -> bool:
        return any(v is not None for v in (self.name, self.provider, self.duration, self.participants, self.audience))


def _row_for(span: Span, unit: int, lex: TrainingWords) -> _Row | None:
    if span.label_ == TITLE:
        return _Row(span, span.label_, unit, name=title_name(span.text), is_title=True, kind=span.kb_id_)
    if span.label_ in (KIND, NAMED):
        # A themadag lasts a day by what the word means; a stated duration still wins.
        info = kind_of(span.text, lex)
        length = lex.kind_durations.get(info.lemma.lower()) if info is not None else None
        return _Row(
            span,
            span.label_,
            unit,
            name=kind_name(span.text),
            duration=float(length) if length is not None else None,
            kind=info.lemma.lower() if info is not None else "",
            refers=span.label_ == KIND and after_determiner(span, lex),
        )
    if span.label_ == WORD:
        return _Row(
            span,
            span.label_,
            unit,
            weak=True,
            kind=span.text.lower(),
            refers=after_determiner(span, lex),
        )
    if span.label_ == COUNTED:
        # 'vijf basistrainingen': the kind is named; how many sessions is not a participant count.
        info = kind_of(span.text.split()[-1], lex)
        return _Row(span, span.label_, unit, name=kind_name(info.lemma) if info else None)
    return None


def after_determiner(span: Span, lex: TrainingWords) -> bool:
    """'de cursus', 'deze training': the kind word follows a definite determiner directly."""
    # From the tokens before it: Doc.text would rebuild the whole page for every span.
    first = max(0, span.start - 4)
    before = span.doc[first:span.start].text_with_ws[-12:].lower()
    words = before.split()
    return bool(before[-1:].isspace() and words and words[-1] in lex.reference_determiners)


_REFERENCE_FIELDS = ("duration", "participants", "qualifier", "audience")


def resolve_references(rows: list[_Row], lex: TrainingWords) -> list[_Row]:
    """'De cursus bestond uit drie dagdelen' after 'de basiscursus Mantelzorgmakelaar' is
    that course again: its duration, count and audience go to the course, and it makes no row.

    The antecedent is the last named training before it on the page whose kind
    ends in the referring word ('basiscursus' for 'de cursus'; any for 'deze
    training'). A value that contradicts the antecedent's keeps the row: then
    it is another training of that kind. A bare reference without values says nothing new.
    """
    out: list[_Row] = []
    for row in sorted(rows, key=lambda r: r.main.start_char):
        if not row.refers:
            out.append(row)
            continue
        hypernym = row.kind in lex.hypernyms
        antecedent = next(
            (
                r
                for r in reversed(out)
                if r.name is not None
                and not r.provider_only
                and r.rule != TABLE_CELL
                and (hypernym or r.kind.endswith(row.kind))
            ),
            None,
        )
        if antecedent is None or not all(
            getattr(antecedent, f) is None or getattr(row, f) is None or getattr(antecedent, f) == getattr(row, f)
            for f in _REFERENCE_FIELDS
        ):
            out.append(row)
            continue
        for f in _REFERENCE_FIELDS:
            if getattr(antecedent, f) is None:
                setattr(antecedent, f, getattr(row, f))
    return out


def refers_back(row: _Row, rows: list[_Row]) -> bool:
    """'de eendaagse training' after 'een eendaagse basistraining': a bare training word whose
    only value is a duration that a named training on the page already has is that training."""
    if not row.weak or any(
        getattr(row, f) is not None for f in ("provider", "participants", "audience", "municipality_code")
    ):
        return False
    return any(r is not row and r.name is not None and r.duration == row.duration for r in rows)


_MERGED_FIELDS = (
    "provider",
    "duration",
    "participants",
    "qualifier",
    "audience",
    "municipality_code",
    "year",
)


def _compatible(a: _Row, b: _Row) -> bool:
    return all(getattr(a, f) is None or getattr(b, f) is None or getattr(a, f) == getattr(b, f) for f in _MERGED_FIELDS)


def merge_titles(rows: list[_Row]) -> list[_Row]:
    """A quoted title mentioned twice on a page is one training: merge the later into the first."""
    out: list[_Row] = []
    for row in rows:
        same = next(
            (
                r
                for r in out
                if r.is_title
                and row.is_title
                and r.name
                and row.name
                and r.name.lower() == row.name.lower()
                and _compatible(r, row)
            ),
            None,
        )
        if same is None:
            out.append(row)
            continue
        for f in _MERGED_FIELDS:
            if getattr(same, f) is None:
                setattr(same, f, getattr(row, f))
    return out


def drop_provider_only_repeats(rows: list[_Row]) -> list[_Row]:
    """'De ESS voorziet in trainingen' is a row only when no other row already has that provider."""
    out = []
    for row in rows:
        if row.provider_only and any(
            r is not row and r.provider == row.provider and (not r.provider_only or r in out) for r in rows
        ):
            continue
        out.append(row)
    return out
