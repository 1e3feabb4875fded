"""Tests of pipeline.normalize.training_rows: the row a part starts, and the passes that make
two mentions of one training one row (through whole sentences in test_trainings.py's table)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from pipeline.extract.training_lexicon import training_words
from pipeline.extract.training_mentions import KIND, TITLE, WORD
from pipeline.normalize.training_rows import (
    _Row,
    _row_for,
    after_determiner,
    drop_provider_only_repeats,
    merge_titles,
    refers_back,
    resolve_references,
)


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("nl")


def _span(doc, word: str, label: str = KIND, nth: int = 0) -> Span:
    """The ``nth`` token ``word`` of ``doc`` as a span labelled ``label``."""
    i = [t.i for t in doc if t.text == word][nth]
    return Span(doc, i, i + 1, label=label)


def test_after_determiner_reads_the_word_right_before_the_kind(blank):
    lex = training_words()
    doc = blank("Daarna volgde de cursus en een cursus, en dezelfde training.")
    assert after_determiner(_span(doc, "cursus", nth=0), lex)
    assert not after_determiner(_span(doc, "cursus", nth=1), lex)
    assert after_determiner(_span(doc, "training"), lex)


def test_a_themadag_lasts_a_day_and_a_bare_training_word_is_weak(blank):
    lex = training_words()
    doc = blank("Er was een themadag en de training.")
    day = _row_for(_span(doc, "themadag"), 0, lex)
    assert (day.name, day.duration, day.kind, day.refers) == ("themadag", 1.0, "themadag", False)
    word = _row_for(_span(doc, "training", WORD), 0, lex)
    assert word.weak and word.refers and word.kind == "training" and not word.informative()


def test_a_reference_gives_its_values_to_the_training_named_before(blank):
    lex = training_words()
    doc = blank("Eerst de basiscursus Mantelzorg . Later volgden 30 mensen de cursus .")
    course = _Row(_span(doc, "basiscursus"), KIND, 0, name="basiscursus Mantelzorg", kind="basiscursus")
    again = _Row(_span(doc, "cursus"), KIND, 1, name="cursus", kind="cursus", refers=True, participants=30)
    assert resolve_references([course, again], lex) == [course]
    assert course.participants == 30
    # A value that contradicts the antecedent's is another training of that kind.
    other = _Row(_span(doc, "cursus"), KIND, 1, name="cursus", kind="cursus", refers=True, participants=12)
    assert resolve_references([course, other], lex) == [course, other]


def test_a_title_mentioned_twice_is_one_row_unless_their_values_differ(blank):
    doc = blank("Weerbaar opvoeden en later weer Weerbaar opvoeden , en nog eens Weerbaar .")
    first = _Row(_span(doc, "Weerbaar", TITLE, 0), TITLE, 0, name="Weerbaar opvoeden", is_title=True)
    second = _Row(_span(doc, "Weerbaar", TITLE, 1), TITLE, 0, name="weerbaar opvoeden", is_title=True,
                  participants=40)
    assert merge_titles([first, second]) == [first] and first.participants == 40
    third = _Row(_span(doc, "Weerbaar", TITLE, 2), TITLE, 0, name="Weerbaar opvoeden", is_title=True,
                 participants=12)
    assert merge_titles([first, third]) == [first, third]


def test_a_bare_word_with_a_named_trainings_duration_refers_back(blank):
    doc = blank("een eendaagse basistraining en de eendaagse training")
    named = _Row(_span(doc, "basistraining"), KIND, 0, name="basistraining", duration=1.0)
    bare = _Row(_span(doc, "training", WORD), WORD, 0, weak=True, duration=1.0)
    assert refers_back(bare, [named, bare])
    assert not refers_back(named, [named, bare])
    bare.participants = 8
    assert not refers_back(bare, [named, bare])


def test_a_provider_only_row_is_kept_only_for_a_provider_no_other_row_has(blank):
    doc = blank("De ESS voorziet in trainingen en de basistraining van de ESS en trainingen van het NJi")
    ess = _Row(_span(doc, "trainingen", nth=0), "plural", 0, provider="ESS", provider_only=True)
    named = _Row(_span(doc, "basistraining"), KIND, 0, name="basistraining", provider="ESS")
    nji = _Row(_span(doc, "trainingen", nth=1), "plural", 0, provider="NJi", provider_only=True)
    assert drop_provider_only_repeats([ess, named, nji]) == [named, nji]
