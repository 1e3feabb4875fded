"""The word lists and patterns of document understanding, from ``resources/document/``.

Each file is loaded once by ``pipeline.datafiles.load_file``, which rejects unknown keys;
its patterns are compiled here (``_compile`` names the file and key of a
pattern that does not compile).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pipeline.datafiles import load_file
from pipeline.dutch.date_grammar import date_words, mail_words
from pipeline.resource_files import (
    DocumentBoilerplateFile,
    DocumentDatesFile,
    DocumentLettersFile,
    DocumentNewsFile,
    DocumentOtherFile,
    DocumentReportsFile,
)

# --------------------------------------------------------------------------


def _fold(text: str) -> str:
    return " ".join(text.casefold().split()).strip(" .:")


# Resources



def _compile(name: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    try:
        # '{WEEKDAY}' is the weekdays of the dates lexicon, written out, Dutch and Frisian.
        weekday = _alternatives(tuple(date_words().weekdays))
        # '{ANY_WEEKDAY}' is those and their abbreviations (a site's byline: 'op ma 14 okt 2024').
        if "{ANY_WEEKDAY}" in pattern:
            pattern = pattern.replace("{ANY_WEEKDAY}", weekdays())
        return re.compile(pattern.replace("{DATE}", day_date_regex()).replace("{WEEKDAY}", weekday), flags)
    except re.error as err:
        raise ValueError(f"{name}: bad pattern {pattern!r}: {err}") from err


def _alternatives(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any whitespace."""
    return _alternation(tuple(words))


@lru_cache(maxsize=256)
def _alternation(words: tuple[str, ...]) -> str:
    # Some rules build their pattern on every call: the alternation is made once per list.
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)



@lru_cache(maxsize=1)
def _letter_misreads() -> dict[str, tuple[str, ...]]:
    data = load_file(DocumentDatesFile).ocr_letter_misreads
    return {letters.lower(): tuple(readings.split()) for letters, readings in data.items()}


@lru_cache(maxsize=256)
def ocr_reading(phrase: str) -> str:
    """A regex for ``phrase`` as tesseract may read it off a poor scan: each letter, or pair of
    letters, also as what it is taken for (``ocr_letter_misreads`` of ``resources/document/dates.json``:
    ``rn`` for ``m``, ``n`` for ``ri``, ``0`` for ``o``), and a space inside a word where OCR broke
    it (``febr uari``, ``Da tum``). For scanned pages only: on a born-digital page ``Daturn`` is
    what was printed. Case as the caller's flags say."""
    misreads = _letter_misreads()

    def letter(ch: str) -> str:
        readings = misreads.get(ch.lower(), ())
        return f"(?:{'|'.join(map(re.escape, (ch, *readings)))})" if readings else re.escape(ch)

    def word(w: str) -> str:
        parts, i = [], 0
        while i < len(w):
            pair = w[i: i + 2].lower()
            if len(pair) == 2 and pair in misreads:
                readings = "|".join(map(re.escape, misreads[pair]))
                parts.append(rf"(?:{letter(w[i])}\s?{letter(w[i + 1])}|{readings})")
                i += 2
            else:
                parts.append(letter(w[i]))
                i += 1
        return r"\s?".join(parts)

    return r"\s+".join(word(w) for w in phrase.split())

@dataclass(frozen=True)
class Boilerplate:
    lines: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def boilerplate() -> Boilerplate:
    data = load_file(DocumentBoilerplateFile)
    return Boilerplate(
        lines=frozenset(_fold(w) for w in data.lines),
        patterns=tuple(_compile("boilerplate.json", p, re.IGNORECASE) for p in data.patterns),
    )


@dataclass(frozen=True)
class LetterWords:
    salutation: re.Pattern[str]
    foreign_salutation: re.Pattern[str]
    closing: re.Pattern[str]
    margin_labels: tuple[str, ...]
    row_labels: tuple[str, ...]
    date_labels: tuple[str, ...]
    reference_labels: tuple[str, ...]
    subject_labels: tuple[str, ...]
    reply_labels: tuple[str, ...]
    memo_sender_labels: tuple[str, ...]
    memo_addressee_labels: tuple[str, ...]
    address_lines: tuple[re.Pattern[str], ...]
    addressee_prefix: re.Pattern[str]
    person_titles: re.Pattern[str]
    name_particles: frozenset[str]
    offices: dict[str, str]
    signatories: re.Pattern[str]
    aforementioned: re.Pattern[str]
    addressed_decisions: re.Pattern[str]
    foot_addressee: re.Pattern[str]
    addressee_field: re.Pattern[str]
    copy_to_concerned: re.Pattern[str]
    head_addressee: re.Pattern[str]
    foot_address: re.Pattern[str]
    addressee_address_row: re.Pattern[str]
    forms_of_address: re.Pattern[str]
    letter_openings: tuple[re.Pattern[str], ...]
    letter_names: re.Pattern[str]
    site_print_line: re.Pattern[str]
    site_print_footer: re.Pattern[str]
    posts: tuple[str, ...]
    organisations: tuple[str, ...]


@lru_cache(maxsize=1)
def letter_words() -> LetterWords:
    data = load_file(DocumentLettersFile)
    return LetterWords(
        # 'Geachte heer Van der Steur,' / 'Geachte voorzitter,' : the word opens the line.
        # A form of address alone is one only with its comma ('Mevrouw,', 'Mijnheer,'): 'Mevrouw H.G. Nijhuis' is the
        # address block's line.
        salutation=re.compile(rf"^(?:(?:{_alternatives((*data.salutations, *data.foreign_salutations))})\b"
                              rf"|(?:{_alternatives(data.address_salutations)}),(?:\s|$))"),
        foreign_salutation=re.compile(rf"^(?:{_alternatives(data.foreign_salutations)})\b"),
        # 'Hoogachtend,' / 'Met vriendelijke groet,' opening their line; the clean stage
        # may have joined the signature to it ('Met vriendelijke groet, burgemeester ...'). An old letter may lead into
        # it with the answer it awaits ('In afwachting van Uw antwoord, met de meeste hoogachting,').
        closing=re.compile(
            rf"^{data.closing_lead}(?:{_alternatives(data.closings)}|{'|'.join(data.foreign_closings)})"
            rf"\s*(?:[,.]\s*(?P<rest>.*)|$)",
            re.IGNORECASE
        ),
        margin_labels=tuple(data.margin_labels),
        row_labels=tuple(data.row_labels),
        date_labels=tuple(data.date_labels),
        reference_labels=tuple(data.reference_labels),
        subject_labels=tuple(data.subject_labels),
        reply_labels=tuple(data.reply_labels),
        memo_sender_labels=tuple(data.memo_sender_labels),
        memo_addressee_labels=tuple(data.memo_addressee_labels),
        address_lines=tuple(_compile("letters.json", p) for p in data.address_lines),
        addressee_prefix=re.compile(rf"^(?:{_alternatives(data.addressee_prefixes)})\s+", re.IGNORECASE),
        person_titles=re.compile(rf"^(?:(?:{_alternatives(data.person_titles)})\s+)+", re.IGNORECASE),
        name_particles=frozenset(w.lower() for w in data.name_particles),
        offices={k.lower(): v for k, v in data.offices.items()},
        signatories=re.compile(rf"^(?:{_alternatives(data.signatories)})(?!\w)", re.IGNORECASE),
        aforementioned=re.compile(rf"\b(?:{_alternatives(data.aforementioned)})$", re.IGNORECASE),
        addressed_decisions=_compile("letters.json", data.addressed_decisions, re.IGNORECASE),
        foot_addressee=_compile("letters.json", data.foot_addressee, re.IGNORECASE),
        addressee_field=_compile("letters.json", data.addressee_field, re.IGNORECASE),
        copy_to_concerned=_compile("letters.json", data.copy_to_concerned, re.IGNORECASE),
        head_addressee=_compile("letters.json", data.head_addressee, re.IGNORECASE),
        # A town in capitals ('DOETINCHEM.'): the case tells it from a line of prose.
        foot_address=_compile("letters.json", data.foot_address),
        # The addressee's address in a row of a form's field table, its postcode in capitals.
        addressee_address_row=_compile("letters.json", data.addressee_address_row),
        forms_of_address=re.compile(rf"\b(?:{_alternatives(data.forms_of_address)})\b"),
        letter_openings=tuple(_compile("letters.json", p, re.IGNORECASE) for p in data.letter_openings),
        letter_names=_compile("letters.json", data.letter_names, re.IGNORECASE),
        site_print_line=_compile("letters.json", data.site_print_line, re.IGNORECASE),
        site_print_footer=_compile("letters.json", data.site_print_footer, re.IGNORECASE),
        posts=tuple(data.posts),
        organisations=tuple(data.organisations),
    )


@dataclass(frozen=True)
class ReportWords:
    section_question: re.Pattern[str]
    account_question: re.Pattern[str]
    report_word: re.Pattern[str]
    about: re.Pattern[str]
    study_heading: re.Pattern[str]
    chapter_heading: re.Pattern[str]
    contents_headings: frozenset[str]
    front_matter_headings: frozenset[str]
    numbered_heading: re.Pattern[str]
    min_numbered_headings: int
    findings_headings: frozenset[str]
    summary_headings: frozenset[str]
    min_findings_headings: int
    key_figure: re.Pattern[str]
    min_key_figures: int
    named_alone: re.Pattern[str]
    subject_title: re.Pattern[str]
    addressed_title: re.Pattern[str]
    signing_posts: re.Pattern[str]


@lru_cache(maxsize=1)
def report_words() -> ReportWords:
    data = load_file(DocumentReportsFile)
    return ReportWords(
        section_question=re.compile(rf"^(?:{_alternatives(data.section_questions)})\b", re.IGNORECASE),
        account_question=re.compile(rf"^(?:{_alternatives(data.account_questions)})\b", re.IGNORECASE),
        # 'jaarverslag-achterstand' is a word about a report, not the report's name.
        # A compound names a report too: 'Burgerjaarverslag', 'Concernjaarrekening'.
        report_word=re.compile(rf"\b\w*?(?:{_alternatives(data.report_words)})\b(?!-)", re.IGNORECASE),
        about=re.compile(rf"\b(?:{_alternatives(data.about_words)})\b", re.IGNORECASE),
        # 'Onderzoek naar de verantwoording over 2023' calls the document a study; 'Onderzoek en onderwijs' does not.
        study_heading=re.compile(rf"^(?:een\s+)?(?:{_alternatives(data.study_words)})\s+(?:{_alternatives(data.about_words)})\b",
                                 re.IGNORECASE),
        chapter_heading=_compile("reports.json", data.chapter_heading),
        contents_headings=frozenset(_fold(w) for w in data.contents_headings),
        front_matter_headings=frozenset(_fold(w) for w in data.front_matter_headings),
        numbered_heading=_compile("reports.json", data.numbered_heading),
        min_numbered_headings=data.min_numbered_headings,
        findings_headings=frozenset(_fold(w) for w in data.findings_headings),
        summary_headings=frozenset(_fold(w) for w in data.summary_headings),
        min_findings_headings=data.min_findings_headings,
        key_figure=_compile("reports.json", data.key_figure),
        min_key_figures=data.min_key_figures,
        named_alone=re.compile(rf"^(?:{_alternatives(data.named_alone)})\b", re.IGNORECASE),
        subject_title=_compile("reports.json", data.subject_title, re.IGNORECASE),
        addressed_title=_compile("reports.json", data.addressed_title, re.IGNORECASE),
        signing_posts=re.compile(rf"\b(?:{_alternatives(data.signing_posts)})\b", re.IGNORECASE),
    )


@dataclass(frozen=True)
class NewsWords:
    labels: frozenset[str]
    release_labels: frozenset[str]
    # A column or opinion piece labelled so, alone or with its writer ('Column van de burgemeester').
    press_genre: re.Pattern[str]
    age_units: dict[str, int]
    age_minutes: dict[str, int]
    age_marker: str
    edited_markers: tuple[str, ...]
    embargo: re.Pattern[str]
    post_counter: re.Pattern[str]
    issue_line: re.Pattern[str]
    # An issue word anywhere in a masthead's line ('Personeelsblad van de gemeente Arnhem - 14e jaargang - ...').
    issue_word: re.Pattern[str]
    periodical_masthead: re.Pattern[str]
    # An issue's number and year with nothing between ('Nr. 12 - 1975', a scan's 'Nr. 12-1975'), or a week's behind a
    # middle dot ('Week 48 · 2023').
    issue_number_year: re.Pattern[str]
    season_year: re.Pattern[str]
    clipping_service: re.Pattern[str]
    paper_stamp: re.Pattern[str]
    # The stamp's last word, the paper's word in capitals, before its date ('... COURANT 14 APR. 1971').
    paper_stamp_word: re.Pattern[str]
    dateline: re.Pattern[str]
    paper_running_head: re.Pattern[str]
    place_dateline: re.Pattern[str]
    reported_meeting: re.Pattern[str]
    published: re.Pattern[str]
    wording: re.Pattern[str]
    speech: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def news_words() -> NewsWords:
    data = load_file(DocumentNewsFile)
    issue = _alternatives(data.issue_words)
    papers = _alternatives(tuple(w.upper() for w in data.paper_words))
    return NewsWords(
        labels=frozenset(_fold(w) for w in data.labels),
        release_labels=frozenset(_fold(w) for w in data.release_labels),
        press_genre=re.compile(rf"^(?P<genre>{_alternatives(data.press_genres)})(?:\s+(?:van|door)(?:\s+[^\s|:.]+){{1,4}})?$",
                               re.IGNORECASE),
        age_units={k.lower(): v for k, v in data.age_units.items()},
        age_minutes={k.lower(): v for k, v in data.age_minutes.items()},
        age_marker=data.age_marker,
        edited_markers=tuple(data.edited_markers),
        embargo=_compile("news.json", data.embargo, re.IGNORECASE),
        post_counter=re.compile(rf"(?<![\w.,])\d[\d.,]*[KM]?\s+(?P<counter>{_alternatives(data.post_counters)})(?!\w)",
                                re.IGNORECASE),
        # An ordinal may open it ('7e jaargang'); the figure right after an issue word is the issue's number, not a
        # day ('7e jaargang no. 4 april 1976', a scan's line without the cells' bars), a figure elsewhere may be one.
        # A stencilled paper goes on after the month behind a dash ('april 1968 — verschijnt maandelijks').
        issue_line=re.compile(rf"^(?:\d+(?:e|ste|de)\s+)?(?:{issue})(?!\w)(?:[^|]*?(?<!\d)[\s,]|[^|]*?(?<!\w)(?:{issue})"
                              rf"\s*\d{{1,3}}\s)\s*[-–—]?\s*(?=\S+\s+\d{{4}}\s*(?:$|[-–—]\s))", re.IGNORECASE),
        issue_word=re.compile(rf"(?<!\w)(?:{issue})(?!\w)", re.IGNORECASE),
        periodical_masthead=_compile("news.json", data.periodical_masthead, re.IGNORECASE),
        issue_number_year=re.compile(rf"^(?:{issue})\s*\d{{1,3}}\s*[-–—/·•]\s*(?P<year>(?:18|19|20)\d\d)(?!\d)",
                                     re.IGNORECASE),
        clipping_service=_compile("news.json", data.clipping_service, re.IGNORECASE),
        season_year=re.compile(rf"(?:{_alternatives(data.seasons)})\s+(?P<year>(?:18|19|20)\d\d)", re.IGNORECASE),
        # The paper's name in capitals opening the stamp, the day date closing it.
        paper_stamp=re.compile(rf"^(?:[A-Z'’.-]+\s+){{0,3}}(?:{papers})\b"),
        paper_stamp_word=re.compile(rf"(?<!\S)(?:{papers})\s+(?=\d)"),
        dateline=_compile("news.json", data.dateline),
        paper_running_head=_compile("news.json", data.paper_running_head, re.IGNORECASE),
        place_dateline=_compile("news.json", data.place_dateline),
        reported_meeting=_compile("news.json", data.reported_meeting, re.IGNORECASE),
        published=_compile("news.json", data.published, re.IGNORECASE),
        wording=re.compile(rf"(?<!\w)(?!{'|'.join(f'(?:{p})' for p in data.not_wording)})"
                           rf"(?:{_alternatives(data.wording)})(?!\w)", re.IGNORECASE),
        speech=tuple(_compile("news.json", p, re.IGNORECASE) for p in data.speech),
    )


@dataclass(frozen=True)
class OtherWords:
    council_document: re.Pattern[str]
    gazette_title: re.Pattern[str]
    gazette_number: re.Pattern[str]
    gazette_site_line: re.Pattern[str]
    agreement_parties: re.Pattern[str]
    judgment_pronounced: re.Pattern[str]
    judgment_head: re.Pattern[str]
    ruling_title: re.Pattern[str]
    ruling_date_label: re.Pattern[str]
    gazette_lines: int
    agreement_head_lines: int
    agreement_formula: re.Pattern[str]
    notice_titles: frozenset[str]
    offer_titles: frozenset[str]
    offer_date_label: re.Pattern[str]
    invoice_titles: frozenset[str]
    invoice_total: re.Pattern[str]
    invoice_payment: re.Pattern[str]


@lru_cache(maxsize=1)
def other_words() -> OtherWords:
    data = load_file(DocumentOtherFile)
    return OtherWords(
        council_document=re.compile(rf"^(?:{_alternatives(data.council_documents)})(?!\w)", re.IGNORECASE),
        gazette_title=re.compile(rf"^(?:{_alternatives(data.gazette_titles)})(?:{data.gazette_masthead_tail})?$",
                                 re.IGNORECASE),
        gazette_number=_compile("other.json", data.gazette_number, re.IGNORECASE),
        # The gazette, its owner ('van Overijssel'), its year and number, then its publication label.
        gazette_site_line=re.compile(rf"^(?:{_alternatives(data.gazette_titles)})(?:\s+van\s+[\w'’ -]{{2,40}}?)?"
                                     rf"\s+\d{{4}},?\s+(?:nr\.\s*)?\d+\s+(?:{_alternatives(data.gazette_site_labels)})"
                                     rf"\s*:?\s*", re.IGNORECASE),
        gazette_lines=data.gazette_lines,
        agreement_parties=_compile("other.json", data.agreement_parties, re.IGNORECASE),
        agreement_head_lines=data.agreement_head_lines,
        agreement_formula=_compile("other.json", data.agreement_formula, re.IGNORECASE),
        judgment_pronounced=_compile("other.json", data.judgment_pronounced, re.IGNORECASE),
        judgment_head=_compile("other.json", data.judgment_head, re.IGNORECASE),
        ruling_title=_compile("other.json", data.ruling_title, re.IGNORECASE),
        ruling_date_label=_compile("other.json", data.ruling_date_label, re.IGNORECASE),
        notice_titles=frozenset("".join(t.split()) for t in data.notice_titles),
        offer_titles=frozenset(data.offer_titles),
        offer_date_label=_compile("other.json", data.offer_date_label, re.IGNORECASE),
        invoice_titles=frozenset(data.invoice_titles),
        invoice_total=_compile("other.json", data.invoice_total, re.IGNORECASE),
        invoice_payment=_compile("other.json", data.invoice_payment, re.IGNORECASE),
    )


# The endings of a day written as an ordinal before its month in words ('4den', '1ste', '8sten', '21en', '16e').
ORDINAL_DAY = "sten|ste|den|de|en|e"


@lru_cache(maxsize=1)
def day_date_regex() -> str:
    """A regex for a full day date: ``28 januari 2016``, ``12 mrt. 2015``, ``03-05-2016``, ``21.11.2024``,
    ``2024-03-12``."""
    dutch = tuple(date_words().months)
    months = _alternatives(dutch)
    # English months, day first ('Date: 3 February 2025'), only capitalised as English writes them: Dutch writes
    # its months small, and 'may' is a word.
    english = _alternatives(tuple(m for m in mail_words().months if m not in dutch))
    # Spaces, or one line break of a header printed over several lines ('15 september\n2017').
    gap = r"(?:[ \u00a0]+|[ \u00a0]*\n[ \u00a0]*)"
    return (
        # Not inside a word: OCR's 'l2 maart' is no '2 maart'. A typed date of before about 1975 gives its day as an
        # ordinal ('den 21en December 1971', 'den 12den Februari 1959', 'de 16e Februari 1972').
        # A month name may stand between hyphens ('12-okt-1966'), or after OCR's speck read as one ('12-oktober 1966').
        rf"(?<![^\W_])(?:\d{{1,2}}(?:{ORDINAL_DAY})?(?:{gap}|-)(?:(?i:{months})|(?-i:(?=[A-Z]))(?i:{english}))\.?"
        rf"(?:{gap}|-)\d{{4}}"
        # Numeric dates with dashes, dots (Rijkshuisstijl 'Datum 21.11.2024') or slashes, one kind per date.
        r"|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}/\d{1,2}/\d{4}"
        # ISO, as forms and systems print it ('Datum: 2024-03-12').
        r"|(?:19|20)\d{2}-\d{2}-\d{2})(?!\d)"
    )


@lru_cache(maxsize=1)
def _day_date() -> re.Pattern[str]:
    return re.compile(day_date_regex())


# Lower-case words that may stand inside a name before the word a document calls itself by
# ('GGD Noord- en Oost-Gelderland Jaarverslag 2023', 'Provincie van Utrecht jaarrekening 2022').
NAME_PARTICLES = frozenset({"en", "van", "de", "der", "den", "het", "'s", "te", "voor", "op", "bij", "in", "aan",
                            "over", "tot", "met", "-", "|", ":", "–"})


def names_itself(text: str, at: int) -> bool:
    """Whether the word at ``at`` of a heading is the name the document gives itself: nothing
    but names stand before it. A headline is a sentence with a verb before the word
    ('Deventer sluit jaarrekening 2023 af'); a title is a noun phrase ('Gemeente Deventer
    Jaarrekening 2023', 'Concept jaarverslag 2023')."""
    return all(w in NAME_PARTICLES or not w[0].isalpha() or w[0].isupper() for w in text[:at].split())


@lru_cache(maxsize=1)
def document_date_words() -> dict[str, Any]:
    data = load_file(DocumentDatesFile)
    return {**vars(data), "published_by": _compile("dates.json", data.published_by, re.IGNORECASE),
            "adopted_in_meeting": _compile("dates.json", data.adopted_in_meeting, re.IGNORECASE),
            "meeting_held": _compile("dates.json", data.meeting_held, re.IGNORECASE),
            "kamer_imprint": _compile("dates.json", data.kamer_imprint),
            "digital_signature_date": _compile("dates.json", data.digital_signature_date),
            "digital_signature_stamp": _compile("dates.json", data.digital_signature_stamp, re.IGNORECASE | re.DOTALL),
            **{key: _compile("dates.json", getattr(data, key), re.IGNORECASE)
               for key in ("instrument_considerans", "instrument_dictum", "instrument_title", "instrument_signed",
                           "agreement_closing",
                           "agreement_blank_field",
                           "judgment_given", "judgment_given_in_session", "deed_opening", "deed_formula",
                           "signature_pointer", "record_closing",
                           "record_opening", "meeting_advice_title", "adoption_step", "earlier_step",
                           "replaced_version", "time_after_date", "signer_after_date", "handed_in_label",
                           "adoption_agent", "self_adopted",
                           "telex_message_line", "signature_note", "signed_adoption", "own_approval",
                           "signed_statement", "signed_statement_alone",
                           "stated_adoption", "college_advice_title", "speech_title", "speech_mark")},
            "agreement_signed": _compile("dates.json", data.agreement_signed),
            "dispatch_stamp": _compile("dates.json", data.dispatch_stamp)}


@lru_cache(maxsize=1)
def weekdays() -> str:
    """A regex alternation of the weekdays, written out or shortened (``dinsdag``, ``di.``, ``di``)."""
    short = load_file(DocumentDatesFile).weekday_abbreviations
    return _alternatives([*date_words().weekdays, *(f"{w}." for w in short), *short])


@lru_cache(maxsize=1)
def label_date_gap() -> re.Pattern[str]:
    """What may stand between a date label and its date: weekdays, ``d.d.``, ``van``, ``op``."""
    return re.compile(rf"(?:(?:{weekdays()}|d\.\s?d\.|dd|van|op|de)[\s,.:]*)*", re.IGNORECASE)
