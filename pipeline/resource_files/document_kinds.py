"""The document rules' files that tell a document's type and kind: ``resources/document/kinds.json``,
``kamervragen.json``, ``news.json``, ``reports.json`` and ``other.json``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from pipeline.datafiles import WordMap


@dataclass(frozen=True)
class DocumentKamervragenFile:
    """``resources/document/kamervragen.json``."""

    AREA: ClassVar[str] = "document"
    NAME: ClassVar[str] = "kamervragen.json"
    markers: list[str]
    header: str
    answers_header: str
    # '(ingezonden 14 januari 2025)' closing a header that wraps over several printed lines.
    submitted_note: str
    # The answers' header with their receipt ('Antwoord van ... (ontvangen 4 april 2024)'), also the bare label, with
    # the stop an Aanhangsel of the 1970s puts after it ('Antwoord. (Ontvangen 9 maart 1971.)').
    answer_header: str
    notice_header: str
    answer_date_labels: list[str]
    submitted_date_labels: list[str]
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
    # A question asked under its number in a letter ('1. Is het bericht juist?'), and a subject that names the
    # answers to questions, not the questions ('Beantwoording schriftelijke vragen ...', 'uw vragen ex artikel 40').
    # A post or letter that says when the questions it prints were put ('heeft op 3 oktober 2024 de volgende vragen
    # (artikel 40 ...) aan het college gesteld'): the day they were asked.
    asked_on: str
    numbered_question: str
    answering_subject: str
    # A site's page of questions the public asks ('Vragen en antwoorden energietoeslag 2023', 'Veelgestelde vragen').
    site_questions_title: str


@dataclass(frozen=True)
class DocumentKindsFile:
    """``resources/document/kinds.json``."""

    AREA: ClassVar[str] = "document"
    NAME: ClassVar[str] = "kinds.json"
    kinds: dict[str, Any]
    strong_kinds: list[str]
    overrides: dict[str, Any]
    opening_lines: int
    marker_lines: int
    max_title_words: int
    titles: dict[str, Any]
    # The title of a meeting's agenda ('Agenda commissie Ruimte', 'Agenda van de openbare vergadering'): kind
    # 'overig', dated only by a date it prints for itself, never by the meeting it is for.
    meeting_agenda_titles: list[str]
    # The programme of a course, study day or congress ('PROGRAMMA', 'Programma onder voorbehoud - versie ...'):
    # with a day schedule (lines opening with a clock time, at least 'schedule_lines') it is read as an agenda; so is
    # a schedule under its table's head naming it ('Tijd | Programma').
    event_programme_titles: list[str]
    schedule_line: str
    schedule_lines: int
    # A programme's own version line, anywhere on its page ('Programma versie 3 - 14 januari 2025'): its date.
    programme_version_line: str
    # A list of the people of one event ('Presentielijst', 'Deelnemerslijst'), and the column or line that shows it
    # was signed at the session ('Paraaf', 'Handtekening'): signed, it is dated by the session, else only by a Datum.
    event_list_titles: list[str]
    event_list_signed: str
    not_titles: dict[str, Any]
    # Sentences that show a document titled as a kind is none (a Woo request names the Woo too).
    not_texts: dict[str, Any]
    # A draft's word before its title ('CONCEPT Nota aan Gedeputeerde Staten'): a draft is of its kind.
    draft_prefix: str
    # A title alone on its line that the next line completes ('Uittreksel' / 'uit de besluitenlijst ...', an old
    # council proposal's 'PRAE-ADVIES' / 'van burgemeester en wethouders ...', 'VOORDRACHT' / 'van Gedeputeerde
    # Staten', the old annual report's 'VERSLAG' / 'van den toestand der gemeente ...', 'REKENING' / 'van de
    # ontvangsten en uitgaven der').
    extract_title: str
    not_to_kamer: list[str]
    markers: dict[str, Any]
    memo_titles: list[str]
    council_addressees: list[str]
    council_letters: dict[str, Any]
    # A letter that convenes the council's meeting ('oproeping', 'uit te nodigen tot het bijwonen van ...').
    council_convocation: str
    kamer_addressees: list[str]
    kamer_committee: str
    kamer_signatures: list[str]
    # An elected body other than the Kamer signing over its griffier ('Provinciale Staten van Fryslân, de griffier').
    kamer_other_signers: str
    forward_markers: list[str]
    financial_tables: dict[str, Any]
    letter_titled_report: str
    # How the second line of a title printed over two opens ('REKENING' / 'van de ontvangsten en uitgaven ...'), also
    # the meeting an agenda's name is for ('Agenda' / 'Commissievergadering Fysiek Domein').
    title_continuation: str
    # The last word of a title's line that cannot end a title: an article or a preposition ('VOORDRACHT VAN
    # BURGEMEESTER EN WETHOUDERS AAN DE' / 'RAAD, No. 412'), where a heading in large type wraps.
    title_open_end: str
    # A typist's title in capitals that opens the first sentence ('NOTULEN van de vergadering van ..., gehouden op
    # ... .', 'LIJST VAN INGEKOMEN STUKKEN, ten behoeve van ...'): the capitals name the document.
    typed_title: str
    # How a document names itself in its own text ('U ontvangt deze nieuwsbrief', 'Met deze kaderbrief').
    self_names: dict[str, str]
    other_document_lines: list[str]
    release_stamp: str
    # A sentence on an opening line: a finite verb after the subject and a full stop ('De begroting 2025
    # is besproken.'), which names no document even where its subject is a kind's name.
    sentence_line: str
    budget_reports: dict[str, str]
    # A monitor or dashboard printed as a page of key figures ('| 77% | ervaart de eigen gezondheid als goed'):
    # the titles, a lone figure in a cell, and how many such tiles make the page a factsheet.
    figure_pages: dict[str, Any]
    kamerstuk: dict[str, Any]
    # What a decision says it decides, where its name is missing (doc_kind_texts.py).
    decision_texts: dict[str, Any]
    # An old council proposal without a name of its own: the council addressed in its head (``council_letters``)
    # and the draft decision bound behind it, which cites it (``gelezen het prae-advies van ...``) or is headed so.
    # Or the decision it proposes stated after the proposal to decide ('Wij stellen U voor, te besluiten:').
    council_draft: dict[str, Any]
    # A word-for-word record of a session: a speaker's turn, named in capitals before the words ('MINISTER-PRESIDENT:
    # Goedenavond.'), and how many turns of how many speakers make one.
    transcript: dict[str, Any]
    # A part of a regulation printed alone that closes with the decision it belongs to ('Behorende bij het besluit van
    # de raad van de gemeente Meppel van 7 november 2024'), and the signer under it who certifies it ('De griffier,'),
    # within so many lines.
    adopted_annex: dict[str, Any]


@dataclass(frozen=True)
class DocumentNewsFile:
    """``resources/document/news.json``."""

    AREA: ClassVar[str] = "document"
    NAME: ClassVar[str] = "news.json"
    labels: list[str]
    # The labels of the news that a press office sends out itself, which make it a 'persbericht'.
    release_labels: list[str]
    # The genres of a paper's own pieces, labelled over the headline ('OPINIE', 'Column van de burgemeester').
    press_genres: list[str]
    # A social site's age of a post in days per unit ('3 d', '1 w', '3 dagen geleden'), and the word after it.
    age_units: dict[str, int]
    # ... and a recent post's age in minutes per unit ('11 u', '35 min'), counted back from the print line's clock time.
    age_minutes: dict[str, int]
    age_marker: str
    # The mark a social site prints after a post's age when it was changed ('3 d • Bewerkt'): the age still dates it.
    edited_markers: list[str]
    # The label of a release's embargo, its date after it ('Embargo tot dinsdag 15 oktober 2024, 10.00 uur'):
    # the day from which it may be used, not its own date.
    embargo: str
    # A newspaper's running head over a page printed whole: the paper, the issue's weekday and date, the page number
    # ('De Heerder Koerier · woensdag 11 september 2024 · pagina 7').
    paper_running_head: str
    # What a social site counts under a post ('212 reposts', '14 opmerkingen', '48,2K weergaven').
    post_counters: list[str]
    # The words that open a newsletter's issue line ('Jaargang 5, nr. 2 – juni 1992').
    issue_words: list[str]
    # A newsletter's or news sheet's name opening its masthead ('Raadsnieuws', 'Nieuwsbrief van ...', 'MEDEDELINGEN VAN
    # HET GEMEENTEBESTUUR'), which a gazette never calls itself: its issue may be dated by the day or the year alone.
    periodical_masthead: str
    # A quarterly's issue named by its season ('Zomer 2024'): the year is the precision printed.
    seasons: list[str]
    # The stamp of a body's clipping service over a cutting ('KNIPSELDIENST GEM. OOSTSTELLINGWERF 23 APR. 2003').
    clipping_service: str
    # The words that name a newspaper in a clipping service's stamp ('LEEUWARDER COURANT 14 APR. 1971').
    paper_words: list[str]
    dateline: str
    # A newspaper's dateline without a date, the paper's issue printing it at the head of the page ('ZIERIKZEE -');
    # its place must be a known woonplaats or municipality ('WMO - ...' opens a paragraph with an abbreviation).
    place_dateline: str
    # A release issued as the meeting it reports on ends ('na afloop van de ministerraad van'), its date after it.
    reported_meeting: str
    published: str
    wording: list[str]
    # Formulae of records and decisions that hold a word of that wording and report nothing: the adoption line
    # of a decision ('Aldus besloten in de openbare vergadering van ...'), a promise in minutes ('De voorzitter
    # zegt toe dat ...'). A typed paper with its letterhead in capitals over them would read as news.
    not_wording: list[str]
    speech: list[str]


@dataclass(frozen=True)
class DocumentOtherFile:
    """``resources/document/other.json``."""

    AREA: ClassVar[str] = "document"
    NAME: ClassVar[str] = "other.json"
    council_documents: list[str]
    gazette_titles: list[str]
    gazette_number: str
    # What the masthead line may print after the gazette's name ('GEMEENTEBLAD | Officiële uitgave van ...').
    gazette_masthead_tail: str
    # officielebekendmakingen.nl prints the gazette's issue as one line over the text: 'Provinciaal blad van
    # Overijssel 2024, 12817   Datum publicatie: 19-09-2024   Type: Kennisgeving'.
    gazette_site_labels: list[str]
    gazette_lines: int
    # An agreement's head naming its parties ('Partijen', 'De ondergetekenden:'), within its first lines.
    agreement_parties: str
    agreement_head_lines: int
    # The line that opens an agreement's articles under its parties ('komen overeen als volgt:'): a model or a
    # draft leaves its closing and signatures blank, but states what the parties agree.
    agreement_formula: str
    # A court's judgment: the formula of its pronouncement ('in het openbaar uitgesproken op'), and the word
    # 'uitspraak' in its head ('uitspraak van de enkelvoudige kamer', 'Datum uitspraak', 'UITSPRAAK').
    judgment_pronounced: str
    judgment_head: str
    # A ruling of a body that settles disputes without pronouncing in public (a huurcommissie, a geschillencommissie):
    # titled 'Uitspraak' alone, dated by a field of its own ('Datum uitspraak | 9 december 2019').
    ruling_title: str
    ruling_date_label: str
    # A public notice's name alone as its heading ('BEKENDMAKING'), over the body's announcement and its signature.
    notice_titles: list[str]
    # A priced offer: its name alone as a heading ('OFFERTE') and its own date's label ('Offertedatum'), which a
    # letter that only sends an offer ('Betreft: Offerte ...', dated by its place-date line) does not print.
    offer_titles: list[str]
    offer_date_label: str
    # An invoice (a bill, also headed 'N O T A'): its name, the total of its amounts, and how to pay it.
    invoice_titles: list[str]
    invoice_total: str
    invoice_payment: str


@dataclass(frozen=True)
class DocumentReportsFile:
    """``resources/document/reports.json``."""

    AREA: ClassVar[str] = "document"
    NAME: ClassVar[str] = "reports.json"
    section_questions: list[str]
    # The questions of aims and costs that only a programme account asks; the others a letter asks too.
    account_questions: list[str]
    report_words: list[str]
    about_words: list[str]
    # A study's name before a word of aboutness ('Onderzoek naar ...'): a heading that calls the document one.
    study_words: list[str]
    chapter_heading: str
    contents_headings: list[str]
    front_matter_headings: list[str]
    numbered_heading: str
    min_numbered_headings: int
    findings_headings: list[str]
    min_findings_headings: int
    # A study's summary heading, which opens the page after its cover (also numbered: '1 Samenvatting').
    summary_headings: list[str]
    key_figure: str
    min_key_figures: int
    # A paper no letter takes for its heading and that is a page or two of headed prose ('Position paper IPO').
    named_alone: list[str]
    # A title that runs on into its subject ('Advies inzake het bezwaar van de heer X tegen de last onder dwangsom van
    # 14 oktober 2024'): the name then a word of its subject, longer than a title may be otherwise.
    subject_title: str
    # The addressee a report's name goes on to ('ADVIES' / 'aan het college van burgemeester en wethouders'), and the
    # posts its members sign under ('voorzitter', 'secretaris'): an advice addressed and signed so is a letter.
    addressed_title: str
    signing_posts: list[str]
