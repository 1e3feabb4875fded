"""The training rules: one ordered table of the parts a training is described with.

Each rule is a label of ``doc.spans["trainings"]`` (the ``rule`` column), the
finder that gives it, its priority where two parts overlap and what the part
means for the trainings table: it names a training (``TRAINING``), is a part
of one (``PART``: kept only in a unit about trainings), a column or cell of a
training table (``TABLE``), or a bare count that refers back to a training
(``ELLIPSIS``). ``pipeline.extract.trainings`` runs the finders in table
order; ``training_parts`` resolves overlaps and keeps parts by the table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from pipeline.extract.municipalities import SPAN_KEY as MUNICIPALITIES_KEY
from pipeline.extract.training_lexicon import TrainingWords
from pipeline.extract.training_mentions import (
    AUDIENCE,
    COUNT,
    COUNTED,
    DURATION,
    ELLIPTIC,
    KIND,
    NAMED,
    PLURAL,
    PROVIDER,
    TABLE_CELL,
    TABLE_COLUMN,
    TITLE,
    WORD,
    Mention,
    attach_names,
    attach_titles,
    find_audiences,
    find_counts,
    find_durations,
    find_quotes,
    find_training_words,
)
from pipeline.extract.training_providers import find_providers
from pipeline.extract.training_tables import _redacted, find_tables


@dataclass(frozen=True)
class TrainingPage:
    """What the finders read: the Doc, its text and the training words."""

    doc: Doc
    text: str
    lex: TrainingWords


def find_names(page: TrainingPage) -> list[Mention]:
    """Training words and kinds, and the titles and names that attach to them: a word
    that gets a title (``de training ‘omgaan met radicalisering’``) or a name is
    given as the title, not twice."""
    text, lex = page.text, page.lex
    words = find_training_words(text, lex)
    quotes = [(s, e) for s, e in find_quotes(text, lex) if not _redacted(page.doc, s, e)]
    titles, used = attach_titles(text, words, quotes, lex)
    words = [w for w in words if w not in used]
    places = [(s.start_char, s.end_char) for s in page.doc.spans.get(MUNICIPALITIES_KEY, [])]
    names, used = attach_names(text, words, lex, places + [(m.start, m.end) for m in titles])
    titles += names
    words = [w for w in words if w not in used]
    return words + titles


# What a part means for the trainings table.
TRAINING = "training"
PART = "part"
TABLE = "table"
ELLIPSIS = "ellipsis"


@dataclass(frozen=True)
class TrainingRule:
    """One training rule: its label, its finder, its priority in overlaps, what it means.

    ``find`` is None for a label another rule's finder gives (``find_names``
    gives every ``TRAINING`` label); ``priority`` decides between two
    overlapping parts of one ``layer`` (lower wins, then the longer part);
    parts of other layers may overlap them (``ruim 150 professionals`` is a
    count and an audience).
    """

    name: str
    find: Callable[[TrainingPage], list[Mention]] | None
    priority: int
    means: str
    layer: str = "main"


# The training rules, in the order their finders run. A new rule is one entry
# here, its finder beside the others (see the README, "Adding a rule").
TRAINING_RULES: tuple[TrainingRule, ...] = (
    TrainingRule(KIND, find_names, 4, TRAINING),
    TrainingRule(NAMED, None, 2, TRAINING),
    TrainingRule(WORD, None, 5, TRAINING),
    TrainingRule(PLURAL, None, 5, TRAINING),
    TrainingRule(COUNTED, None, 4, TRAINING),
    TrainingRule(TITLE, None, 1, TRAINING),
    TrainingRule(DURATION, lambda page: find_durations(page.text, page.lex), 4, PART),
    TrainingRule(COUNT, lambda page: find_counts(page.doc, page.lex), 3, PART),
    TrainingRule(AUDIENCE, lambda page: find_audiences(page.text, page.lex), 9, PART, layer="audience"),
    TrainingRule(PROVIDER, lambda page: find_providers(page.text, page.lex), 9, PART, layer="provider"),
    TrainingRule(TABLE_COLUMN, lambda page: find_tables(page.doc, page.lex), 0, TABLE),
    # A row label with one numeric cell, given by find_tables.
    TrainingRule(TABLE_CELL, None, 0, TABLE),
    # Added after overlaps are resolved, by training_context.find_elliptic_counts.
    TrainingRule(ELLIPTIC, None, 9, ELLIPSIS),
)
RULES = tuple(rule.name for rule in TRAINING_RULES)
# Labels of spans that mention a training itself (not a part of one).
MENTION_LABELS = frozenset(rule.name for rule in TRAINING_RULES if rule.means == TRAINING)
PART_LABELS = frozenset(rule.name for rule in TRAINING_RULES if rule.means == PART)
PRIORITY = {rule.name: rule.priority for rule in TRAINING_RULES}
LAYER = {rule.name: rule.layer for rule in TRAINING_RULES}


def find_parts(page: TrainingPage) -> list[Mention]:
    """Every rule's parts on the page, in table order (overlaps not yet resolved)."""
    return [m for rule in TRAINING_RULES if rule.find is not None for m in rule.find(page)]
