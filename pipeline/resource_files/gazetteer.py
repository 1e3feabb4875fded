"""The municipality and place files (``resources/gazetteer/*.json``) and the Woo grounds (``resources/grounds/``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from pipeline.datafiles import WordMap


@dataclass(frozen=True)
class GazetteerAliasesFile:
    """``resources/gazetteer/aliases.json``: the project's own aliases beside ``gemeenten.csv``'s."""

    AREA: ClassVar[str] = "gazetteer"
    NAME: ClassVar[str] = "aliases.json"
    aliases: dict[str, Any]
    sort_form_articles: list[str]


@dataclass(frozen=True)
class GazetteerContextFile:
    """``resources/gazetteer/context.json``."""

    AREA: ClassVar[str] = "gazetteer"
    NAME: ClassVar[str] = "context.json"
    ordinary_word_names: list[str]
    gemeente_words: list[str]
    gemeente_list_markers: list[str]
    province_words: list[str]
    province_column_headers: list[str]
    organisation_words: list[str]
    organisation_words_after: list[str]
    # 'Protestantse Gemeente Hasselt': the church congregation, its denomination before 'Gemeente'.
    congregation_denominations: list[str]
    member_region_words: list[str]
    person_titles: list[str]
    office_titles: list[str]
    person_list_titles: list[str]
    parties: list[str]
    party_quantifiers: list[str]
    first_names: list[str]
    name_particles: list[str]
    list_joiners: list[str]
    list_skip_before: list[str]
    money_words: list[str]
    municipality_verbs: list[str]
    # The same verb in the perfect: 'Vaals heeft om € Y gevraagd' (the auxiliary right after the name).
    municipality_auxiliaries: list[str]
    municipality_participles: list[str]
    co_applicant_markers: list[str]


@dataclass(frozen=True)
class GazetteerPlacesFile:
    """``resources/gazetteer/places.json``."""

    AREA: ClassVar[str] = "gazetteer"
    NAME: ClassVar[str] = "places.json"
    place_prepositions: list[str]
    strong_prepositions: list[str]
    place_head_words: list[str]
    min_free_length: int
    needs_strong_context: list[str]
    suffix_words: list[str]


@dataclass(frozen=True)
class GazetteerRegionsFile:
    """``resources/gazetteer/regions.json``."""

    AREA: ClassVar[str] = "gazetteer"
    NAME: ClassVar[str] = "regions.json"
    provinces: list[str]
    regions: list[str]
    adjectives: list[str]
    province_abbreviations: WordMap


@dataclass(frozen=True)
class GazetteerRolesFile:
    """``resources/gazetteer/roles.json``."""

    AREA: ClassVar[str] = "gazetteer"
    NAME: ClassVar[str] = "roles.json"
    applicant_nouns: list[str]
    applicant_verbs: list[str]
    sender_closings: list[str]
    sender_titles: list[str]
    recipient_verbs: list[str]
    grant_verbs: list[str]
    recipient_prepositions: list[str]
    address_words: list[str]
    money_nouns: list[str]


@dataclass(frozen=True)
class GroundsGroundsFile:
    """``resources/grounds/grounds.json``."""

    AREA: ClassVar[str] = "grounds"
    NAME: ClassVar[str] = "grounds.json"
    grounds: dict[str, Any]
    ocr_letters: dict[str, Any]
    prose_before: list[str]
    pair_max_chars: int
    box_misreads: dict[str, Any]
    inventory_titles: list[str]
    inventory_title_max_words: int
    inventory_columns: list[str]
    ground_columns: list[str]
    inventory_header_min_columns: int


@dataclass(frozen=True)
class LanguageForeignNamesFile:
    """``resources/language/foreign_names.json``: municipality names another language uses otherwise."""

    AREA: ClassVar[str] = "language"
    NAME: ClassVar[str] = "foreign_names.json"
    ordinary_names: dict[str, Any]
    municipality_words: dict[str, Any]
