"""Which training parts are kept: training context, anaphors, questions, and overlaps resolved."""

from __future__ import annotations

import pytest

from pipeline.extract.training_lexicon import training_words
from pipeline.extract.training_mentions import (
    COUNT,
    DURATION,
    KIND,
    PROVIDER,
    TITLE,
    Mention,
)
from pipeline.extract.training_parts import (
    drop_questions,
    has_training_context,
    is_question,
    resolve_overlaps,
    starts_with_anaphor,
)

LEX = training_words()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ruim 200 professionals getraind", True),
        ("zij hebben de cursus gevolgd", True),
        ("er waren 30 deelnemers", True),
        ("de gemeente telt 7.000 inwoners", False),
    ],
)
def test_has_training_context(text, expected):
    assert has_training_context(text, LEX) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Daarmee hebben ruim 150 professionals", True),
        ("In totaal zijn 40 mensen", True),
        ("Daarna kwam de zomer", False),
    ],
)
def test_starts_with_anaphor(text, expected):
    assert starts_with_anaphor(text, LEX) is expected


def test_resolve_overlaps_prefers_titles_and_keeps_provider_layer():
    kept = resolve_overlaps(
        [
            Mention(0, 10, KIND),
            Mention(0, 12, TITLE),
            Mention(20, 25, DURATION),
            Mention(22, 30, COUNT),
            Mention(22, 30, PROVIDER, kb_id="X"),
        ]
    )
    assert [(m.start, m.end, m.label) for m in kept] == [
        (0, 12, TITLE),
        (22, 30, COUNT),
        (22, 30, PROVIDER),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hoeveel boa's volgden in 2020 de cursus 'Veilig optreden'?", True),
        ("Kunt u aangeven welke trainingen zijn gegeven? ", True),
        ("In 2020 volgden 12 boa's de cursus 'Veilig optreden'.", False),
        ("Vraag 4", False),
    ],
)
def test_is_question(sentence, expected):
    assert is_question(sentence, training_words()) is expected


def test_drop_questions_keeps_the_answer_and_drops_the_question():
    text = "Hoeveel jongerenwerkers volgden de taalcursus? Dat waren er 15."
    question_end = text.index("?") + 1
    sentences = [(0, question_end), (question_end + 1, len(text))]
    inside = Mention(text.index("taalcursus"), question_end - 1, "training_kind")
    after = Mention(text.index("15"), len(text) - 1, "participant_count")
    assert drop_questions(text, sentences, [inside, after], training_words()) == [after]
