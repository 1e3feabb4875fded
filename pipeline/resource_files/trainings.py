"""The training rules' files: ``resources/trainings/*.json``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar


@dataclass(frozen=True)
class TrainingsContextFile:
    """``resources/trainings/context.json``."""

    AREA: ClassVar[str] = "trainings"
    NAME: ClassVar[str] = "context.json"
    training_verbs: list[str]
    training_nouns: list[str]
    anaphors: list[str]
    qualifiers: dict[str, Any]
    not_count_words: list[str]
    collective_counts: dict[str, Any]
    question_marks: list[str]


@dataclass(frozen=True)
class TrainingsDurationsFile:
    """``resources/trainings/durations.json``."""

    AREA: ClassVar[str] = "trainings"
    NAME: ClassVar[str] = "durations.json"
    day_suffix: str
    fixed: dict[str, Any]
    day_nouns: dict[str, Any]
    nouns_needing_preposition: list[str]
    day_noun_prepositions: list[str]
    kind_durations: dict[str, Any]


@dataclass(frozen=True)
class TrainingsGenericFile:
    """``resources/trainings/generic.json``."""

    AREA: ClassVar[str] = "trainings"
    NAME: ClassVar[str] = "generic.json"
    generic_kinds: list[str]
    context_words: list[str]
    job_title_words: list[str]
    education_words: list[str]
    elliptic_openers: list[str]
    elliptic_fillers: list[str]


@dataclass(frozen=True)
class TrainingsKindsFile:
    """``resources/trainings/kinds.json``."""

    AREA: ClassVar[str] = "trainings"
    NAME: ClassVar[str] = "kinds.json"
    hypernyms: dict[str, Any]
    kinds: dict[str, Any]
    compound_heads: dict[str, Any]
    title_links: list[str]
    title_list_joiners: list[str]
    max_title_chars: int
    reference_determiners: list[str]
    name_connectors: list[str]
    name_stopwords: list[str]


@dataclass(frozen=True)
class TrainingsPeopleFile:
    """``resources/trainings/people.json``."""

    AREA: ClassVar[str] = "trainings"
    NAME: ClassVar[str] = "people.json"
    participant_nouns: dict[str, Any]
    audience_phrases: dict[str, Any]
    audience_prepositions: list[str]
    audience_gap_words: int
    count_modifier_blocklist: list[str]
    compound_min_stem: int


@dataclass(frozen=True)
class TrainingsProvidersFile:
    """``resources/trainings/providers.json``."""

    AREA: ClassVar[str] = "trainings"
    NAME: ClassVar[str] = "providers.json"
    organisations: dict[str, Any]
    max_name_words: int
    organisation_heads: list[str]
    provider_phrases: list[str]
    provider_articles: list[str]


@dataclass(frozen=True)
class TrainingsTablesFile:
    """``resources/trainings/tables.json``."""

    AREA: ClassVar[str] = "trainings"
    NAME: ClassVar[str] = "tables.json"
    total_labels: list[str]
    max_header_label_words: int
    max_row_label_words: int
    max_cell_chars: int
    count_columns: list[str]
