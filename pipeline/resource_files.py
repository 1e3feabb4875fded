"""One frozen model per rule and word-list file of ``pipeline/resources/``: its fields are the file's keys.

``pipeline.datafiles.load_file(Model)`` reads ``resources/<AREA>/<NAME>`` and
fills the model, rejecting a file with an unknown or missing key, a value of
the wrong type or an empty word (see ``pipeline.datafiles``). The readers of
each area turn these raw files into what their rules use (word sets, compiled
regexes), each in one place: ``money_words``, ``link_words``, the date
``lexicon`` and ``grammar``, the training ``lexicon``, ...

The clean stage's files have their own typed parsers (``pipeline.clean.resources``)
and the ingest stage's layout rules theirs (``pipeline.ingest.rules``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from pipeline.datafiles import WordMap


@dataclass(frozen=True)
class AmountsContextFile:
    """``resources/amounts/context.json``."""

    AREA: ClassVar[str] = "amounts"
    NAME: ClassVar[str] = "context.json"
    money_nouns: list[str]
    noun_links: list[str]
    money_verbs: list[str]
    money_context: list[str]
    ton_not_money_after: list[str]
    redaction_markers: list[str]
    redaction_block_chars: list[str]
    total_before: list[str]
    total_after: list[str]
    total_not: list[str]
    purpose_markers: list[str]
    vague_before: list[str]
    change_verbs: list[str]
    purpose_gap_words: list[str]
    purpose_stop_words: list[str]
    scaled_follow_words: list[str]
    restatement_words: list[str]


@dataclass(frozen=True)
class AmountsCurrenciesFile:
    """``resources/amounts/currencies.json``."""

    AREA: ClassVar[str] = "amounts"
    NAME: ClassVar[str] = "currencies.json"
    symbols: dict[str, Any]
    words: dict[str, Any]
    scaled_symbols: dict[str, Any]


@dataclass(frozen=True)
class AmountsLinkingFile:
    """``resources/amounts/linking.json``."""

    AREA: ClassVar[str] = "amounts"
    NAME: ClassVar[str] = "linking.json"
    receive_verbs: list[str]
    receive_auxiliaries: list[str]
    receive_participles: list[str]
    grant_auxiliaries: list[str]
    grant_verbs: list[str]
    receive_gap_max_words: int
    to_prepositions: list[str]
    to_gap_words: list[str]
    municipality_articles: list[str]
    group_joiners: list[str]
    list_markers_max_words: int
    inverted_receive_verbs: list[str]
    final_receive_verbs: list[str]
    subordinators: list[str]
    contribute_verbs: list[str]
    contribute_particles: list[str]
    distribute_words: list[str]
    distribute_verbs: list[str]
    row_max_words: int
    ask_verbs: list[str]
    on_behalf_openers: list[str]
    separable_verbs: list[str]
    separable_gap_max_words: int
    verb_last_gap_max_words: int
    object_joiners: list[str]


@dataclass(frozen=True)
class AmountsNumbersFile:
    """``resources/amounts/numbers.json``."""

    AREA: ClassVar[str] = "amounts"
    NAME: ClassVar[str] = "numbers.json"
    fractions: dict[str, Any]
    half_suffixes: list[str]
    vague: list[str]


@dataclass(frozen=True)
class AmountsQualifiersFile:
    """``resources/amounts/qualifiers.json``."""

    AREA: ClassVar[str] = "amounts"
    NAME: ClassVar[str] = "qualifiers.json"
    before: dict[str, Any]
    after: dict[str, Any]


@dataclass(frozen=True)
class AmountsRangesFile:
    """``resources/amounts/ranges.json``."""

    AREA: ClassVar[str] = "amounts"
    NAME: ClassVar[str] = "ranges.json"
    joiners: list[str]
    openers: dict[str, Any]


@dataclass(frozen=True)
class AmountsScalesFile:
    """``resources/amounts/scales.json``."""

    AREA: ClassVar[str] = "amounts"
    NAME: ClassVar[str] = "scales.json"
    words: dict[str, Any]
    suffixes: dict[str, Any]
    needs_money_context: list[str]
    multipliers: dict[str, Any]


@dataclass(frozen=True)
class AmountsTablesFile:
    """``resources/amounts/tables.json``."""

    AREA: ClassVar[str] = "amounts"
    NAME: ClassVar[str] = "tables.json"
    money_headers: list[str]
    money_captions: list[str]
    not_money_headers: list[str]
    total_labels: list[str]
    money_rows: list[str]
    unit_declarations: list[str]
    note_headers: list[str]
    footnote_units: list[str]


@dataclass(frozen=True)
class AmountsUnitsFile:
    """``resources/amounts/units.json``."""

    AREA: ClassVar[str] = "amounts"
    NAME: ClassVar[str] = "units.json"
    after: dict[str, Any]
    before: dict[str, Any]


@dataclass(frozen=True)
class DatesContextFile:
    """``resources/dates/context.json``."""

    AREA: ClassVar[str] = "dates"
    NAME: ClassVar[str] = "context.json"
    year_context_before: list[str]
    year_list_joiners: list[str]
    year_block_before: list[str]
    year_block_after: list[str]
    month_context_before: list[str]
    period_context_before: list[str]
    leading_words: list[str]
    law_words: list[str]
    year_context_phrases: list[str]
    reference_words: list[str]
    law_abbreviation: str


@dataclass(frozen=True)
class DatesEmailFile:
    """``resources/dates/email.json``."""

    AREA: ClassVar[str] = "dates"
    NAME: ClassVar[str] = "email.json"
    sent_labels: list[str]
    english_labels: list[str]
    sender_labels: list[str]
    addressee_labels: list[str]
    months: dict[str, Any]
    weekdays: dict[str, Any]
    numeric_day_month_before: list[str]


@dataclass(frozen=True)
class DatesLexiconFile:
    """``resources/dates/lexicon.json``."""

    AREA: ClassVar[str] = "dates"
    NAME: ClassVar[str] = "lexicon.json"
    months: dict[str, Any]
    weekdays: dict[str, Any]
    seasons: dict[str, Any]
    season_months: dict[str, Any]
    ordinals: dict[str, Any]
    quarter_words: list[str]
    half_words: list[str]
    week_words: list[str]
    year_words: list[str]
    school_years: dict[str, Any]
    modifiers: dict[str, Any]


@dataclass(frozen=True)
class DatesRelativeFile:
    """``resources/dates/relative.json``."""

    AREA: ClassVar[str] = "dates"
    NAME: ClassVar[str] = "relative.json"
    past_markers: list[str]
    next_markers: list[str]
    relative_years: dict[str, Any]
    relative_markers: dict[str, Any]
    relative_days: dict[str, Any]
    relative_day_blocked_before: list[str]
    recurring_before: list[str]
    recurring_after: list[str]


@dataclass(frozen=True)
class DatesRolesFile:
    """``resources/dates/roles.json``."""

    AREA: ClassVar[str] = "dates"
    NAME: ClassVar[str] = "roles.json"
    sent: list[str]
    received: list[str]
    period: list[str]
    document_labels: list[str]
    fillers: list[str]


@dataclass(frozen=True)
class DatesTitlesFile:
    """``resources/dates/titles.json``."""

    AREA: ClassVar[str] = "dates"
    NAME: ClassVar[str] = "titles.json"
    quote_pairs: list[str]
    max_title_chars: int
    sentence_end: str


@dataclass(frozen=True)
class DocumentBoilerplateFile:
    """``resources/document/boilerplate.json``."""

    AREA: ClassVar[str] = "document"
    NAME: ClassVar[str] = "boilerplate.json"
    lines: list[str]
    patterns: list[str]


@dataclass(frozen=True)
class DocumentDatesFile:
    """``resources/document/dates.json``."""

    AREA: ClassVar[str] = "document"
    NAME: ClassVar[str] = "dates.json"
    meeting_labels: list[str]
    received_labels: list[str]
    title_page_labels: list[str]
    title_page_lines: int
    opening_lines: int
    published_by: str
    status_labels: list[str]


@dataclass(frozen=True)
class DocumentKamervragenFile:
    """``resources/document/kamervragen.json``."""

    AREA: ClassVar[str] = "document"
    NAME: ClassVar[str] = "kamervragen.json"
    markers: list[str]
    header: str
    answer_header: str
    section_starts: list[str]
    running_lines: list[str]
    question_label: str
    question_label_plural: str
    answer_label: str
    answer_label_fillers: list[str]
    number_joiners: list[str]
    number_ranges: list[str]
    party_fillers: list[str]
    post_plurals: WordMap
    footnote_marker: str


@dataclass(frozen=True)
class DocumentKindsFile:
    """``resources/document/kinds.json``."""

    AREA: ClassVar[str] = "document"
    NAME: ClassVar[str] = "kinds.json"
    kinds: dict[str, Any]
    strong_kinds: list[str]
    opening_lines: int
    marker_lines: int
    max_title_words: int
    titles: dict[str, Any]
    markers: dict[str, Any]
    kamer_addressees: list[str]
    forward_markers: list[str]
    financial_tables: dict[str, Any]


@dataclass(frozen=True)
class DocumentLettersFile:
    """``resources/document/letters.json``."""

    AREA: ClassVar[str] = "document"
    NAME: ClassVar[str] = "letters.json"
    salutations: list[str]
    closings: list[str]
    margin_labels: list[str]
    date_labels: list[str]
    reference_labels: list[str]
    subject_labels: list[str]
    memo_sender_labels: list[str]
    memo_addressee_labels: list[str]
    address_lines: list[str]
    addressee_prefixes: list[str]
    person_titles: list[str]
    name_particles: list[str]
    offices: WordMap
    posts: list[str]
    organisations: list[str]


@dataclass(frozen=True)
class DocumentNewsFile:
    """``resources/document/news.json``."""

    AREA: ClassVar[str] = "document"
    NAME: ClassVar[str] = "news.json"
    labels: list[str]
    dateline: str
    published: str
    wording: list[str]
    speech: list[str]


@dataclass(frozen=True)
class DocumentOtherFile:
    """``resources/document/other.json``."""

    AREA: ClassVar[str] = "document"
    NAME: ClassVar[str] = "other.json"
    council_documents: list[str]
    gazette_titles: list[str]
    gazette_number: str
    gazette_lines: int


@dataclass(frozen=True)
class DocumentReportsFile:
    """``resources/document/reports.json``."""

    AREA: ClassVar[str] = "document"
    NAME: ClassVar[str] = "reports.json"
    section_questions: list[str]
    report_words: list[str]
    chapter_heading: str


@dataclass(frozen=True)
class GazetteerContextFile:
    """``resources/gazetteer/context.json``."""

    AREA: ClassVar[str] = "gazetteer"
    NAME: ClassVar[str] = "context.json"
    ordinary_word_names: list[str]
    gemeente_words: list[str]
    gemeente_list_markers: list[str]
    province_words: list[str]
    organisation_words: list[str]
    organisation_words_after: list[str]
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


# Every model, by (area, file name).
FILES: dict[tuple[str, str], type] = {
    ("amounts", "context.json"): AmountsContextFile,
    ("amounts", "currencies.json"): AmountsCurrenciesFile,
    ("amounts", "linking.json"): AmountsLinkingFile,
    ("amounts", "numbers.json"): AmountsNumbersFile,
    ("amounts", "qualifiers.json"): AmountsQualifiersFile,
    ("amounts", "ranges.json"): AmountsRangesFile,
    ("amounts", "scales.json"): AmountsScalesFile,
    ("amounts", "tables.json"): AmountsTablesFile,
    ("amounts", "units.json"): AmountsUnitsFile,
    ("dates", "context.json"): DatesContextFile,
    ("dates", "email.json"): DatesEmailFile,
    ("dates", "lexicon.json"): DatesLexiconFile,
    ("dates", "relative.json"): DatesRelativeFile,
    ("dates", "roles.json"): DatesRolesFile,
    ("dates", "titles.json"): DatesTitlesFile,
    ("document", "boilerplate.json"): DocumentBoilerplateFile,
    ("document", "dates.json"): DocumentDatesFile,
    ("document", "kamervragen.json"): DocumentKamervragenFile,
    ("document", "kinds.json"): DocumentKindsFile,
    ("document", "letters.json"): DocumentLettersFile,
    ("document", "news.json"): DocumentNewsFile,
    ("document", "other.json"): DocumentOtherFile,
    ("document", "reports.json"): DocumentReportsFile,
    ("gazetteer", "context.json"): GazetteerContextFile,
    ("gazetteer", "places.json"): GazetteerPlacesFile,
    ("gazetteer", "regions.json"): GazetteerRegionsFile,
    ("gazetteer", "roles.json"): GazetteerRolesFile,
    ("grounds", "grounds.json"): GroundsGroundsFile,
    ("trainings", "context.json"): TrainingsContextFile,
    ("trainings", "durations.json"): TrainingsDurationsFile,
    ("trainings", "generic.json"): TrainingsGenericFile,
    ("trainings", "kinds.json"): TrainingsKindsFile,
    ("trainings", "people.json"): TrainingsPeopleFile,
    ("trainings", "providers.json"): TrainingsProvidersFile,
    ("trainings", "tables.json"): TrainingsTablesFile,
}
