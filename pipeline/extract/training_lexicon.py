"""The training word lists (``resources/trainings/``) and the small readers built on them.

``training_words()`` loads the kinds, durations, people, providers and context words
once, checked; ``kind_of``, ``duration_value``, ``count_value`` and the other
readers here say what one word or phrase is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.dutch.numbers import parse_dutch_digits, parse_number_word
from pipeline.dutch.words import QUALIFIERS
from pipeline.resource_files import (
    TrainingsContextFile,
    TrainingsDurationsFile,
    TrainingsKindsFile,
    TrainingsPeopleFile,
    TrainingsProvidersFile,
)

# --------------------------------------------------------------------------
# Resources



def _str_map(name: str, key: str, mapping: dict, nullable: bool = False) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for word, value in mapping.items():
        if value is None and nullable:
            out[word.lower()] = None
        elif isinstance(value, str) and value.strip():
            out[word.lower()] = value
        else:
            raise ValueError(f"{name}: {key}[{word!r}] must be a non-empty string" + (" or null" if nullable else ""))
    return out


@dataclass(frozen=True)
class TrainingWords:
    """The training word lists of ``resources/trainings/``, checked."""

    hypernyms: dict[str, str]
    kinds: dict[str, str]
    compound_heads: dict[str, str]
    title_links: tuple[str, ...]
    title_list_joiners: tuple[str, ...]
    max_title_chars: int
    reference_determiners: tuple[str, ...]
    name_connectors: tuple[str, ...]
    name_stopwords: frozenset[str]
    day_suffix: str
    fixed_durations: dict[str, Decimal | None]
    kind_durations: dict[str, Decimal]
    day_nouns: dict[str, Decimal]
    nouns_needing_preposition: frozenset[str]
    day_noun_prepositions: tuple[str, ...]
    participant_nouns: dict[str, str | None]
    compound_min_stem: int
    audience_phrases: dict[str, str]
    audience_prepositions: tuple[str, ...]
    audience_gap_words: int
    count_modifier_blocklist: frozenset[str]
    training_verbs: tuple[str, ...]
    training_nouns: frozenset[str]
    anaphors: tuple[str, ...]
    qualifiers: dict[str, str]
    not_count_words: frozenset[str]
    collective_suffix: str
    collective_article: str
    collective_qualifier: str
    question_marks: tuple[str, ...]
    organisations: dict[str, tuple[str, ...]]
    max_name_words: int
    organisation_heads: tuple[str, ...]
    provider_phrases: tuple[str, ...]
    provider_articles: tuple[str, ...]




@lru_cache(maxsize=1)
def training_words() -> TrainingWords:
    """The training word lists, loaded and checked once per process."""
    kinds = load_file(TrainingsKindsFile)
    durations = load_file(TrainingsDurationsFile)
    people = load_file(TrainingsPeopleFile)
    context = load_file(TrainingsContextFile)
    providers = load_file(TrainingsProvidersFile)
    fixed = {}
    for word, value in _str_map("durations.json", "fixed", durations.fixed, nullable=True).items():
        fixed[word] = Decimal(value) if value is not None else None
    qualifiers = _str_map("context.json", "qualifiers", context.qualifiers)
    bad = {q for q in qualifiers.values() if q not in QUALIFIERS}
    if bad:
        raise ValueError(f"context.json: unknown qualifiers {sorted(bad)}")
    collective = _str_map("context.json", "collective_counts", context.collective_counts)
    if set(collective) != {"suffix", "article", "qualifier"} or collective["qualifier"] not in QUALIFIERS:
        raise ValueError("context.json: collective_counts needs suffix, article and a known qualifier")
    organisations = {}
    for full, variants in providers.organisations.items():
        if not isinstance(variants, list) or not all(isinstance(v, str) and v.strip() for v in variants):
            raise ValueError(f"providers.json: organisations[{full!r}] must list non-empty strings")
        organisations[full] = tuple(variants)
    return TrainingWords(
        hypernyms=_str_map("kinds.json", "hypernyms", kinds.hypernyms),
        kinds=_str_map("kinds.json", "kinds", kinds.kinds),
        compound_heads=_str_map("kinds.json", "compound_heads", kinds.compound_heads),
        title_links=tuple(w.lower() for w in kinds.title_links),
        title_list_joiners=tuple(w.lower() for w in kinds.title_list_joiners),
        max_title_chars=kinds.max_title_chars,
        reference_determiners=tuple(w.lower() for w in kinds.reference_determiners),
        name_connectors=tuple(w.lower() for w in kinds.name_connectors),
        name_stopwords=frozenset(kinds.name_stopwords),
        day_suffix=durations.day_suffix.lower(),
        fixed_durations=fixed,
        kind_durations={
            k: Decimal(v) for k, v in _str_map("durations.json", "kind_durations", durations.kind_durations).items()
        },
        day_nouns={k: Decimal(v) for k, v in _str_map("durations.json", "day_nouns", durations.day_nouns).items()},
        nouns_needing_preposition=frozenset(w.lower() for w in durations.nouns_needing_preposition),
        day_noun_prepositions=tuple(w.lower() for w in durations.day_noun_prepositions),
        participant_nouns=_str_map("people.json", "participant_nouns", people.participant_nouns, nullable=True),
        compound_min_stem=people.compound_min_stem,
        audience_phrases=_str_map("people.json", "audience_phrases", people.audience_phrases),
        audience_prepositions=tuple(w.lower() for w in people.audience_prepositions),
        audience_gap_words=people.audience_gap_words,
        count_modifier_blocklist=frozenset(w.lower() for w in people.count_modifier_blocklist),
        training_verbs=tuple(w.lower() for w in context.training_verbs),
        training_nouns=frozenset(w.lower() for w in context.training_nouns),
        anaphors=tuple(w.lower() for w in context.anaphors),
        qualifiers=qualifiers,
        not_count_words=frozenset(w.lower() for w in context.not_count_words),
        collective_suffix=str(collective["suffix"]).lower(),
        collective_article=str(collective["article"]).lower(),
        collective_qualifier=str(collective["qualifier"]),
        question_marks=tuple(context.question_marks),
        organisations=organisations,
        max_name_words=providers.max_name_words,
        organisation_heads=tuple(w.lower() for w in providers.organisation_heads),
        provider_phrases=tuple(w.lower() for w in providers.provider_phrases),
        provider_articles=tuple(w.lower() for w in providers.provider_articles),
    )


# --------------------------------------------------------------------------
# Small shared readers


@dataclass(frozen=True)
class KindInfo:
    """What a training word is: its singular form, whether plural, whether just 'training'."""

    lemma: str
    plural: bool
    hypernym: bool


# The exact-word table of ``kind_of`` per lexicon (keyed by id, the lexicon kept alive).
_EXACT_KINDS: dict[int, tuple[TrainingWords, dict[str, KindInfo]]] = {}


def _exact_kinds(lex: TrainingWords) -> dict[str, KindInfo]:
    """Every hypernym and kind, singular and plural, to its ``KindInfo``; the first entry in
    the lists' order wins, as when they are scanned in order."""
    cached = _EXACT_KINDS.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    table: dict[str, KindInfo] = {}
    for words, hypernym in ((lex.hypernyms, True), (lex.kinds, False)):
        for singular, plural in words.items():
            table.setdefault(singular, KindInfo(singular, False, hypernym))
            table.setdefault(plural, KindInfo(singular, True, hypernym))
    _EXACT_KINDS[id(lex)] = (lex, table)
    return table


def kind_of(word: str, lex: TrainingWords | None = None) -> KindInfo | None:
    """'basistraining' -> a singular kind; 'trainingen' -> the plural hypernym."""
    lex = lex or training_words()
    # Asked for nearly every word of a page: each distinct word is judged once per lexicon.
    known = _KIND_OF.get(id(lex))
    if known is None or known[0] is not lex:
        known = _KIND_OF[id(lex)] = (lex, {})
    if word not in known[1]:
        if len(known[1]) >= _KIND_OF_SIZE:
            known[1].clear()
        known[1][word] = _kind_of(word, lex)
    return known[1][word]


_KIND_OF: dict[int, tuple[TrainingWords, dict[str, KindInfo | None]]] = {}
_KIND_OF_SIZE = 100_000


def _kind_of(word: str, lex: TrainingWords) -> KindInfo | None:
    w = word.lower()
    exact = _exact_kinds(lex).get(w)
    if exact is not None:
        return exact
    # Compounds name a kind of their own: 'weerbaarheidstraining', 'BOUNCE-training'.
    for head, plural in lex.compound_heads.items():
        for form, is_plural in ((plural, True), (head, False)):
            if w.endswith(form) and len(w) >= len(form) + 3:
                stem = word[: len(word) - len(form)] if is_plural else word
                return KindInfo(stem + head if is_plural else stem, is_plural, False)
    return None


def is_participant_noun(word: str, lex: TrainingWords | None = None) -> bool:
    """'docenten', "boa's", and compounds of a named audience ('buurtsportcoaches')."""
    lex = lex or training_words()
    return _participant_entry(word.lower().replace("’", "'"), lex) is not None


def participant_audience(word: str, lex: TrainingWords | None = None) -> str | None:
    """The audience a trainee noun names: 'docenten' -> 'docenten'; 'mensen' -> None."""
    lex = lex or training_words()
    entry = _participant_entry(word.lower().replace("’", "'"), lex)
    return entry[1] if entry is not None else None


def _participant_entry(w: str, lex: TrainingWords) -> tuple[str, str | None] | None:
    # Asked for the word after every number: each distinct word is judged once per lexicon.
    known = _PARTICIPANTS.get(id(lex))
    if known is None or known[0] is not lex:
        known = _PARTICIPANTS[id(lex)] = (lex, {})
    if w not in known[1]:
        if len(known[1]) >= _KIND_OF_SIZE:
            known[1].clear()
        known[1][w] = _find_participant_entry(w, lex)
    return known[1][w]


_PARTICIPANTS: dict[int, tuple[TrainingWords, dict[str, tuple[str, str | None] | None]]] = {}


def _find_participant_entry(w: str, lex: TrainingWords) -> tuple[str, str | None] | None:
    if w in lex.participant_nouns:
        return w, lex.participant_nouns[w]
    # A compound of a named audience names a narrower one: 'jeugdartsen', 'buurtsportcoaches'.
    # Nouns without an audience ('personen') are left out: 'rechtspersonen' are no trainees.
    for noun, audience in lex.participant_nouns.items():
        if (
            audience is not None
            and w.endswith(noun)
            and len(w) - len(noun) >= lex.compound_min_stem
            and _compound_stem(w[: len(w) - len(noun)])
        ):
            return w, w
    return None


def _compound_stem(stem: str) -> bool:
    """The front of a compound: letters, or letters and a hyphen ('jeugd', 'wmo-' in 'Wmo-consulenten')."""
    return stem.isalpha() or (stem.endswith("-") and stem[:-1].isalpha())


def fold_spaces(text: str) -> str:
    return " ".join(text.split())


def duration_value(text: str, lex: TrainingWords | None = None) -> Decimal | None:
    """'eendaagse' -> 1, '1 daagse' -> 1, 'dagdeel' -> 0.5, 'van twee dagen' -> 2; else None."""
    lex = lex or training_words()
    t = fold_spaces(text.lower()).strip("()")
    if t in lex.fixed_durations:
        return lex.fixed_durations[t]
    if t.endswith(lex.day_suffix):
        stem = t[: -len(lex.day_suffix)].rstrip(" -")
        return _day_count(stem)
    words = t.split()
    if len(words) >= 2 and words[-1] in lex.day_nouns:
        if words[0] in lex.day_noun_prepositions:
            words = words[1:]
        count = _day_count(" ".join(words[:-1]))
        return count * lex.day_nouns[words[-1]] if count is not None else None
    return None


def _day_count(text: str) -> Decimal | None:
    if not text:
        return None
    value = parse_dutch_digits(text) if text[0].isdigit() else parse_number_word(text)
    return value if value is not None and 0 < value <= 30 else None


_NUMBER_STEM = re.compile(
    r"^(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|"
    r"twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend|anderhalf)",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"^\d{1,3}(?:\.\d{3})+$|^\d+$")


def collective_stem(word: str, lex: TrainingWords | None = None) -> str | None:
    """'twintigtal' -> 'twintig', 'tiental' -> 'tien': a collective number ('een twintigtal',
    about twenty); None for other words ('totaal', 'tientallen')."""
    lex = lex or training_words()
    w = word.lower()
    suffix = lex.collective_suffix
    if not w.endswith(suffix) or len(w) <= len(suffix):
        return None
    stem = w[: -len(suffix)]
    return stem if _NUMBER_STEM.match(stem) and parse_number_word(stem) is not None else None


def count_value(token_text: str, lex: TrainingWords | None = None) -> int | None:
    """'7.000' -> 7000, '36' -> 36, 'twintig' -> 20, 'twintigtal' -> 20; None for anything else
    ('een' is no count; nor is the vague plural 'tientallen')."""
    lex = lex or training_words()
    # Asked for every distinct token of every page: each text is judged once per lexicon.
    known = _COUNTS.get(id(lex))
    if known is None or known[0] is not lex:
        known = _COUNTS[id(lex)] = (lex, {})
    if token_text not in known[1]:
        if len(known[1]) >= _KIND_OF_SIZE:
            known[1].clear()
        known[1][token_text] = _count_value(token_text, lex)
    return known[1][token_text]


_COUNTS: dict[int, tuple[TrainingWords, dict[str, int | None]]] = {}


def _count_value(token_text: str, lex: TrainingWords) -> int | None:
    t = token_text.lower()
    if _DIGITS.match(t):
        value = parse_dutch_digits(t)
    elif (stem := collective_stem(t, lex)) is not None:
        value = parse_number_word(stem)
    elif t not in lex.not_count_words and _NUMBER_STEM.match(t):
        value = parse_number_word(t)
    else:
        return None
    if value is None or value != value.to_integral_value() or value < 1:
        return None
    return int(value)
