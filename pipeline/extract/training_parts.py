"""Which parts belong to trainings, and overlaps between them.

``keep_training_parts`` keeps a part (duration, count, audience, provider)
only in a unit that speaks of trainings; questions are dropped;
``resolve_overlaps`` keeps one mention where two overlap, by the priorities of ``training_rules.TRAINING_RULES``.
"""

from __future__ import annotations

import re

from pipeline.extract.intervals import Disjoint
from pipeline.extract.training_lexicon import TrainingWords, fold_spaces
from pipeline.extract.training_mentions import (
    COUNT,
    TABLE_CELL,
    TABLE_COLUMN,
    Mention,
    unit_index,
)
from pipeline.extract.training_rules import LAYER, MENTION_LABELS, PART_LABELS, PRIORITY

# --------------------------------------------------------------------------
# Which parts belong to trainings, and overlaps


def has_training_context(text: str, lex: TrainingWords) -> bool:
    """A training verb ('getraind', 'hebben ... gevolgd') or noun ('deelnemers') in the text."""
    low = text.lower()
    for phrase in lex.training_verbs:
        if re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", low):
            return True
    return any(w in lex.training_nouns for w in re.findall(r"[\w-]+", low))


def starts_with_anaphor(text: str, lex: TrainingWords) -> bool:
    """'Daarmee hebben ...', 'In totaal ...': the sentence goes on about the one before."""
    low = fold_spaces(text.lower()).lstrip("-–• ")
    return any(re.match(rf"{re.escape(a)}(?![\w-])", low) for a in lex.anaphors)


def keep_training_parts(
    text: str, units: list[tuple[int, int]], mentions: list[Mention], lex: TrainingWords
) -> list[Mention]:
    """Drop parts outside sentences about training; a count needs a training word or verb nearby.

    A count is kept when its unit has a training word or a training verb/noun,
    or when its unit opens with an anaphor ('Daarmee') after a unit with a
    training word. Durations, audiences and providers are kept in units with
    a training word or a kept count ('35 wijkagenten laten trainen door het ROR').
    """
    trained_units = {
        idx for m in mentions if m.label in MENTION_LABELS and (idx := unit_index(units, m.start)) is not None
    }
    kept, counted_units = [], set()
    # Decided once per unit: a long unit with many counts is read once, not once per count.
    in_context: dict[int, bool] = {}
    for m in mentions:
        if m.label != COUNT:
            continue
        idx = unit_index(units, m.start)
        if idx is None:
            continue
        if idx not in in_context:
            unit_text = text[units[idx][0] : units[idx][1]]
            in_context[idx] = (
                idx in trained_units
                or has_training_context(unit_text, lex)
                or (starts_with_anaphor(unit_text, lex) and idx - 1 in trained_units)
            )
        if in_context[idx]:
            kept.append(m)
            counted_units.add(idx)
    for m in mentions:
        if m.label == COUNT:
            continue
        if m.label not in PART_LABELS:
            kept.append(m)
        elif (idx := unit_index(units, m.start)) in trained_units or idx in counted_units:
            kept.append(m)
    return sorted(kept, key=lambda m: (m.start, m.end, m.label))


def is_question(sentence: str, lex: TrainingWords) -> bool:
    """'Hoeveel statushouders volgden de taalcursus?': the sentence asks, it reports nothing."""
    return sentence.rstrip().endswith(lex.question_marks)


def drop_questions(
    text: str, sentences: list[tuple[int, int]], mentions: list[Mention], lex: TrainingWords
) -> list[Mention]:
    """Drop the parts of a question (Kamervragen ask about a training; the answer names it)."""
    asked = [(s, e) for s, e in sentences if is_question(text[s:e], lex)]
    return [m for m in mentions if not any(s <= m.start < e for s, e in asked)]


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep one mention where two overlap: table parts, then titles, then the longest."""
    # Tables first, then the longer of two overlapping mentions; providers and
    # audiences may overlap a count ('ruim 150 professionals' is both).
    layers: dict[str, list[Mention]] = {"main": [], "provider": [], "audience": []}
    for m in mentions:
        layers[LAYER.get(m.label, "main")].append(m)
    kept: list[Mention] = []
    for layer, items in layers.items():
        chosen: list[Mention] = []
        # The chosen mentions other than table cells never overlap: kept sorted, an
        # overlap is found by bisection (a page of thousands of counts stays linear).
        spans = Disjoint()
        cells: list[Mention] = []
        for m in sorted(items, key=lambda m: (PRIORITY.get(m.label, 9), -(m.end - m.start), m.start)):
            if m.label == TABLE_CELL:
                # A row label is shared by its cells: cells overlap each other on purpose.
                if spans.overlaps(m.start, m.end):
                    continue
                cells.append(m)
            elif spans.overlaps(m.start, m.end) or any(c.start < m.end and m.start < c.end
                                                       for c in cells):
                continue
            else:
                spans.add(m.start, m.end)
            chosen.append(m)
        if layer != "main":
            table = [c for c in kept if c.label in (TABLE_COLUMN, TABLE_CELL)]
            chosen = [m for m in chosen if not any(t.start < m.end and m.start < t.end for t in table)]
        kept += chosen
    return sorted(kept, key=lambda m: (m.start, m.end, m.label))
