"""The date rules' files: ``resources/dates/*.json``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar


@dataclass(frozen=True)
class DatesContextFile:
    """``resources/dates/context.json``."""

    AREA: ClassVar[str] = "dates"
    NAME: ClassVar[str] = "context.json"
    year_context_before: list[str]
    year_list_joiners: list[str]
    year_block_before: list[str]
    year_block_after: list[str]
    year_context_after: list[str]
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
    reply_openers: list[str]
    reply_verbs: list[str]
    # Printed mail without a labelled sent line (webmail, Lotus Notes), chats and calendar items: doc_mail.py.
    print_opening_lines: int
    # Dutch mail programs abbreviate the weekday before a date-time (``vr 8-3-2024 09:12``).
    print_weekday_abbreviations: list[str]
    sender_line: str
    addressee_line: str
    chat_titles: list[str]
    chat_stamp: str
    min_chat_stamps: int
    # The program's time of printing in its line over the chat ('— afgedrukt 14-3-2025 08:55'): no message's stamp.
    chat_print_labels: list[str]
    # A message's time under the day's heading: opening its line, as Teams prints it ('07:42 Sander Vos'), in
    # brackets before the speaker, as a WhatsApp export has it ('[09:14] Anna:'), or closing the speaker's line.
    chat_message_times: list[str]
    # The mail fields of Lotus Notes' right column, beside the date of its left one (``12-10-98 14:22  cc: ...``).
    column_field_labels: list[str]
    # A mail's subject field: with its sender over its addressee and no sent line, an e-mail never sent (a draft).
    subject_labels: list[str]
    calendar_times: list[str]
    calendar_labels: list[str]
    min_calendar_labels: int


@dataclass(frozen=True)
class DatesLexiconFile:
    """``resources/dates/lexicon.json``."""

    AREA: ClassVar[str] = "dates"
    NAME: ClassVar[str] = "lexicon.json"
    months: dict[str, Any]
    weekdays: dict[str, Any]
    frisian_months: dict[str, Any]
    frisian_weekdays: dict[str, Any]
    months_needing_day_and_year: list[str]
    # Month words that are a preposition in Frisian too ('mei' = 'met'): with a count, no month.
    months_as_prepositions: list[str]
    seasons: dict[str, Any]
    season_months: dict[str, Any]
    ordinals: dict[str, Any]
    quarter_words: list[str]
    half_words: list[str]
    week_words: list[str]
    year_words: list[str]
    school_years: dict[str, Any]
    modifiers: dict[str, Any]
    # The number words of a date written out (``negenentwintig juni negentienhonderdachtenzeventig``).
    number_words: dict[str, Any]


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
    recurring_subjects: list[str]
    past_auxiliaries: list[str]


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
    page_number: str


@dataclass(frozen=True)
class DatesTitlesFile:
    """``resources/dates/titles.json``."""

    AREA: ClassVar[str] = "dates"
    NAME: ClassVar[str] = "titles.json"
    quote_pairs: list[str]
    max_title_chars: int
    sentence_end: str
