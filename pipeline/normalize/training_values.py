"""Training values: pure readers of the parts of a training (count, audience, duration, names).

``parse_count("ruim 150 professionals")`` -> ``Count(150, "more_than",
"professionals")``; ``audience_value``, ``duration_float``, ``title_name`` and
``kind_name`` read the other parts. ``pipeline.normalize.trainings`` builds the
rows from them.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.extract.training_lexicon import (
    TrainingWords,
    collective_stem,
    count_value,
    duration_value,
    fold_spaces,
    is_participant_noun,
    participant_audience,
    training_words,
)
from pipeline.extract.training_mentions import QUOTED

# --------------------------------------------------------------------------
# Values


@dataclass(frozen=True)
class Count:
    participants: int
    qualifier: str
    noun: str


def parse_count(text: str, lex: TrainingWords | None = None) -> Count | None:
    """'ruim 150 professionals' -> Count(150, 'more_than', 'professionals'); None when no count."""
    lex = lex or training_words()
    folded = fold_spaces(text)
    low = folded.lower()
    qualifier = "exact"
    for q in sorted(lex.qualifiers, key=len, reverse=True):
        if low.startswith(q + " "):
            qualifier = lex.qualifiers[q]
            folded, low = folded[len(q) + 1 :], low[len(q) + 1 :]
            break
    words = folded.split()
    if len(words) >= 3 and words[0].lower() == lex.collective_article and collective_stem(words[1], lex):
        words = words[1:]
    if len(words) < 2:
        return None
    if qualifier == "exact" and collective_stem(words[0], lex) is not None:
        qualifier = lex.collective_qualifier
    value = count_value(words[0], lex)
    noun = words[-1].lower()
    if value is None or not is_participant_noun(noun, lex):
        return None
    return Count(value, qualifier, noun)


def title_name(text: str) -> str:
    """'‘omgaan met\\nradicalisering’' -> 'omgaan met radicalisering'; ''‘X’-training' -> 'X'.

    A span is cut at token edges, so it may hold more than the quotes
    ('‘X’-training' is one token pair); the name is what the quotes enclose.
    """
    m = QUOTED.search(text)
    body = m.group("body") if m else text.strip().strip("‘’“”\"'«»„")
    return fold_spaces(body)


def kind_name(text: str) -> str:
    """'BOUNCE  training' -> 'BOUNCE training'; 'Basistraining' -> 'basistraining'."""
    name = fold_spaces(text)
    return name if any(c.isupper() for c in name[1:]) else name.lower()


def audience_value(text: str, lex: TrainingWords | None = None) -> str | None:
    """'medewerkers van sociale zaken' -> 'medewerkers van Sociale zaken'; 'mensen' -> None."""
    lex = lex or training_words()
    low = fold_spaces(text.lower())
    if low in lex.audience_phrases:
        return lex.audience_phrases[low]
    return participant_audience(low, lex)


def count_audience(text: str, count: Count, lex: TrainingWords | None = None) -> str | None:
    """A count's audience: its last two words if a phrase ('eerstelijns professionals'), or noun."""
    lex = lex or training_words()
    words = fold_spaces(text).lower().split()
    two = " ".join(words[-2:])
    if len(words) >= 2 and two in lex.audience_phrases:
        return lex.audience_phrases[two]
    return audience_value(count.noun, lex)


def duration_float(text: str, lex: TrainingWords | None = None) -> float | None:
    value = duration_value(text, lex)
    return float(value) if value is not None else None
