"""The document rules' files (type, kind, date, parties, Kamervragen): ``resources/document/*.json``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from pipeline.datafiles import Chars, WordMap


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
    # The word after a 'Datum' label that names the meeting the document goes to ('Datum PM' of Almere's
    # Politieke Markt, 'Datum raad', 'Datum commissie'): that date is the meeting's, not the document's.
    meeting_qualifiers: list[str]
    # The labels of the days a regulation takes and loses effect, as a register of regulations prints them
    # ('Datum inwerkingtreding | 01-01-2024' over a verordening): never the day it was adopted.
    effect_labels: list[str]
    received_labels: list[str]
    # A received stamp's label as the stamp shortens it ('INGEK. 11 DEC. 1985', 'ONTV. 18 SEP. 1979'): read only
    # to pass a stamp over, never as a date of its own.
    received_abbreviations: list[str]
    # The labels of what a report is about and happened before it was written (an inspection's visit, the
    # research, an incident: 'Datum bezoek' beside 'Datum rapport'): ANNOTATING.md never dates a report by them.
    event_labels: list[str]
    # The labels of the date a report or decision was adopted ('Rapport vastgesteld'), printed as a field.
    adopted_labels: list[str]
    # A council proposal's own date under the label of the college's decision to propose it ('Collegebesluit |
    # 14 mei 2024' beside 'Raadsvergadering | 27 juni 2024'): ANNOTATING.md's 'Datum collegebesluit'.
    proposal_date_labels: list[str]
    # A council decision's closing line, the meeting that adopted it ('Aldus vastgesteld in de openbare
    # vergadering van de raad ..., gehouden op 25 juni 2024'); {DATE} is a day date.
    adopted_in_meeting: str
    # The phrase of minutes naming the meeting they record ('gehouden op dinsdag 14 maart 1978', 'heeft op
    # 6 maart 2024 overleg gevoerd'), of an action list the meeting it follows ('naar aanleiding van de
    # vergadering van 4-7-'24'); {DATE} is a day date; the group ``date`` may hold a two-digit year.
    meeting_held: str
    # A 'gehouden op' dates minutes only beside one of these words, on its line or the line above.
    meeting_nouns: list[str]
    # An agenda item that adopts the record of an earlier meeting ('4. Vaststellen verslag en besluitenlijst
    # van de raadsvergadering van 11 juli 2024'): its verb.
    record_adoption_verbs: list[str]
    # The labels of the day a document was sent out or published, which date a meeting's agenda ('Datum verzending',
    # 'Agenda gepubliceerd op' of a council's information system): its own date, not the meeting's.
    sent_labels: list[str]
    # The day a schedule, list or register was drawn up, in a row of labels under its title ('Opgesteld | Door | Status'
    # over '28 augustus 2025 | ...', 'Opgemaakt'): its own date, as a version line or a report's adoption field is,
    # never the days it is for; 'Opgesteld door' names its maker, not a date.
    drawn_up_labels: list[str]
    # The records of a meeting ('De besluitenlijst van de vergadering van 12 november 2024 wordt vastgesteld'):
    # minutes adopt the record of the meeting before, whose date is not theirs.
    record_words: list[str]
    # Weekdays as letter heads and mail headers shorten them ('Den Haag, di 3 maart 2025'), with or
    # without a full stop: only before a date, never on their own.
    weekday_abbreviations: list[str]
    title_page_labels: list[str]
    # The title-page labels of a step in a report's adoption ('Vastgesteld door het college van bestuur op',
    # 'Goedgekeurd door de raad van toezicht op'): where a cover prints several, the last step dates it.
    final_labels: list[str]
    # A step's label followed by another body's decision ('Goedgekeurd bij besluit van Gedeputeerde Staten'):
    # the supervisor's approval stamped on the copy, not a step of the document's own adoption.
    supervisor_decision: list[str]
    # A cover's line naming the meeting the document goes to ('Behandeling in de gemeenteraad: 7 november 2024',
    # 'Statenvoorstel nr. 24-017 | Provinciale Staten 5 juli 2024'): never its own date.
    cover_meeting_labels: list[str]
    # The heading of a report's colophon, which may stand on its last page ('Colofon' ... 'Arnhem, juni 2024').
    # The label of a leaflet's imprint line at its foot, its colophon without a heading ('Uitgave: gemeente
    # Tilburg, Onderzoek & Statistiek, februari 2025.').
    imprint_labels: list[str]
    colophon_headings: list[str]
    # A colophon's credit of a photo or picture ('Foto omslag: Olde Maten, juni 2024'): its month is the picture's.
    photo_credit_labels: list[str]
    # The label of a version line, which dates a nota or proposal without a 'Datum' field.
    version_labels: list[str]
    # A version named by its stage in a version table's first column ('Concept | Dagelijks bestuur | 11 april 2024'
    # over 'Definitief | Algemeen bestuur (vastgesteld) | 4 juli 2024'), where another table numbers it.
    version_stages: list[str]
    # A draft's label with its date in the running head or footer ('CONCEPT d.d. 11 januari 2024 (versie 3)').
    draft_labels: list[str]
    title_page_lines: int
    # How many printed lines a cover has at most (title, subtitle, a year, an address): the page
    # after such a cover is read as a title page too.
    cover_lines: int
    opening_lines: int
    # The Kamer's imprint under a Kamerstuk ('kst-36600-VII-2 ISSN 0921 - 7371 's-Gravenhage 2024'), its
    # publisher's place and year; the group ``year``.
    kamer_imprint: str
    # The time stamp of a digital signature as PDF signing tools print it beside the signature
    # ('Datum: 2025.06.04 11:32:07 +02'00''); the groups ``year``, ``month``, ``day``.
    digital_signature_date: str
    # A signing stamp's words and its day and time ('DIGITAAL ONDERTEKEND DOOR J.P. AKKERMAN 29-11-2023 16:02').
    digital_signature_stamp: str
    # A 'Datum' field that points to the signature for its date ('Zie ondertekening', 'zie datum digitale
    # ondertekening'): the signature's time stamp dates the letter, before any other date of its head.
    signature_pointer: str
    # An official's record closing with the day he drew it up ('Waarvan door mij is opgemaakt dit proces-verbaal,
    # ... opgemaakt en ondertekend te Nijmegen op 5 juni 2024'): the record's own date, not the day it reports.
    record_closing: str
    # An official record's opening formula naming its session ('Op heden, woensdag de zevende maart
    # negentienhonderd twee en zestig, ...'): the date follows it.
    record_opening: str
    # The next step of a title page's adoption on the line under its label ('door het algemeen bestuur op ...'),
    # or the date of the step wrapped onto it ('op 10 december 2024').
    adoption_step: str
    # A clause after a title page's date of adoption that names a step before it ('Vastgesteld door de directeur
    # op 5 december 2024, na instemming van de raad van toezicht in zijn vergadering van 28 november 2024'): the
    # line's own date is the adoption's.
    earlier_step: str
    # The words before a version label that make it the version the document replaces ('vervangt versie 3.0 van').
    replaced_version: str
    # A committee's advice made in its meeting (a welstand or ruimtelijke kwaliteit advice: 'Advies commissie
    # ruimtelijke kwaliteit', 'Welstandsadvies') and the labels of that meeting in its head ('Vergadering').
    meeting_advice_title: str
    meeting_advice_labels: list[str]
    # An official's advice to the college, titled so ('B&W-advies', 'Collegeadvies'): a nota, dated by its own
    # 'Datum advies' before the date the college decided on it at its foot ('Besluit college | Datum | 15-10-2024').
    college_advice_title: str
    # A speech names itself so in its title ('Toespraak burgemeester bij ...', 'Nieuwjaarstoespraak', 'Rede ...') or
    # says it under it ('Alleen het gesproken woord geldt'): the text is what was said, dated by the day it was said.
    speech_title: str
    speech_mark: str
    # The advice's own date in its head ('Datum advies'), which comes before the meeting's.
    advice_date_labels: list[str]
    # A report's own date labelled by its name ('Datum rapport', 'Datum taxatieverslag'), in a row of labels whose other
    # cells date what it is about ('Waardepeildatum', 'Datum opname').
    report_date_labels: list[str]
    # The hour a telex or telegram gives behind its place-date line ('GRONINGEN, 14 FEBRUARI 1979, 23.40 UUR'):
    # it belongs to the date.
    time_after_date: str
    # The signer's mandate or post run onto a place-date line by the clean stage ('Zwolle, 27 mei 2019 namens het
    # college van burgemeester en wethouders van Zwolle,'): the line is still the signing's.
    signer_after_date: str
    # A bulletin of figures named so in its title ('MARKTBERICHT No. 46', 'Droogtebericht'): dated by the day of its
    # issue under the title ('Markt van Vrijdag 19 November 1965'), where nothing else dates it.
    bulletin_title: str
    # The column of a telegram form that dates its message: the day it was handed in ('Aangeboden'), a label of
    # the form's row, not a step of a budget ('Aangeboden aan de raad').
    handed_in_label: str
    adoption_agent: str
    self_adopted: str
    # A telex's own message line under its answerback codes ('31047 PWGRON NL'): the message's number, date and
    # time as the sending operator types them ('NR 17 03-01-76 0512'), the date after 'D.D.' (de dato) or after the
    # sender's dispatch mark ('NR 412 / VZ 25.10.79 1632': verzonden); a telex without a number types its date
    # line alone, the hour after it ('D.D. 31-01-1995 14.20 UUR'), which a numbered line may close with 'UUR' too ('NR.
    # 72/1184 D.D. 17-11-72 1430 UUR'); not a fax machine's transmission line.
    telex_message_line: str
    # The submission of a web form, as the printed summary of a request states it ('Datum en tijd van
    # indienen 03-04-2024 21:47'): the form's own date.
    submitted_labels: list[str]
    # The signature's labels in a filled-in form's row of labels ('Plaats | Datum | Handtekening aanvrager'): the
    # date in that row is the day the applicant signed it.
    signature_labels: list[str]
    # A form's field for the day it is signed ('Datum en tijdstip van ondertekening'): its date is the signing's.
    signing_date_labels: list[str]
    # A note under a statement's signature that says how it was signed ('Deze verklaring is digitaal ondertekend.
    # Het origineel ... berust bij de gemeente.'), or to whom copies went ('Afschrift aan: ...', 'Afschrift van dit
    # rapport is gezonden aan ...'): part of the signing, no body after it.
    signature_note: str
    # A report's closing that states its adoption above the signers ('Aldus vastgesteld door burgemeester en
    # wethouders van Gouda op 16 november 1999.' over 'De secretaris, De burgemeester,').
    signed_adoption: str
    # A foundation's or association's own organ approving what its board drew up, a later step of the same adoption
    # ('Goedgekeurd door de raad van toezicht in de vergadering van 12 juni 2023'); a higher body's approval is no step.
    own_approval: str
    # A statement's closing formula before its place-date line ('Aldus verklaard te Oirschot, 11 juni 2024', 'Naar
    # waarheid ingevuld te Zwolle, ...'): where and when it is signed.
    signed_statement: str
    signed_statement_alone: str
    # A register's or account's statement of its adoption without a date, the place-date line after it giving the day
    # ('Dit kohier, bevattende ... (f 6.025,00), is vastgesteld door Burgemeester en Wethouders van Zutphen.' before
    # 'Zutphen, den 12den Februari 1959.').
    stated_adoption: str
    published_by: str
    published_labels: list[str]
    changed_labels: list[str]
    # A petition's page ('Petitie aan ...', petities.nl) and the day it was opened and published ('Startdatum').
    petition_mark: str
    petition_opened_labels: list[str]
    # An internetconsultatie's page and the label of its term ('Looptijd | 15 januari 2025 t/m 26 februari 2025'): the
    # term for reactions, no date of the page (tests/layouts/blind12/CONVENTIONS-web.md).
    consultation_mark: str
    consultation_term_labels: list[str]
    # The fields of an event's or a meeting's page beside its 'Datum' ('Tijd 19.30 - 21.30 uur', 'Locatie ...').
    event_field_labels: list[str]
    status_labels: list[str]
    ocr_digit_misreads: WordMap
    # Each letter and the readings tesseract gives it on a poor scan, apart by spaces.
    ocr_letter_misreads: WordMap
    # Marks OCR puts after a label where a pen stroke, a stamp's edge or a speck touched it.
    ocr_label_marks: Chars
    # The lower-case words inside a place's name on a place-date line ('Bergen op Zoom', 'Alphen aan den
    # Rijn'); any other lower-case word makes the line a label and its value ('Besluit college Akkoord, 12-03-2024').
    place_particles: list[str]
    # A typed letter's number at the left of its place-date line ('No. 1432    Groningen, 18 september 1972.').
    letter_number_prefix: str
    # A province or region in brackets after the place, as old letters and postal names print it ('Hengelo (O.)',
    # 'Bergen (NH)', 'Etten (Gld.)'): part of the place on a place-date line.
    place_qualifier: str
    # A decision written as an instrument: a considerans line ('gelet op ...', 'gelezen het voorstel ...') and
    # its dictum ('besluit:', 'B E S L U I T E N :', 'besluit vast te stellen ...'), lines of their own. A scan reads
    # the semicolon that ends a clause of the considerans as a colon ('... Van Baerlestraat 112: gelet op ...').
    instrument_considerans: str
    instrument_dictum: str
    # An instrument of an executive signed at its seat, not adopted in a meeting ('Aldus vastgesteld te Eindhoven op
    # 14 november 2025, om 21.30 uur', a burgemeester's noodverordening); {DATE} is a day date.
    instrument_signed: str
    # A dispatch stamp in capitals before its date ('VERZONDEN 25 MRT 1993'), read on the date's line before it: the
    # day the letter went out, after a decision's signing.
    dispatch_stamp: str
    # An instrument's title naming the day it was made ('Regeling van de Minister ... van 27 maart 2024',
    # 'Besluit van Provinciale Staten ... van 24 maart 2025'); {DATE} is a day date.
    instrument_title: str
    # The closing of an agreement above its signatures ('Aldus overeengekomen en ondertekend', a heading
    # 'Ondertekening') and the signing it states ('ondertekend te Hilversum op 25 januari 2023'; the group
    # ``date``, which may be written out: 'de veertiende Mei negentienhonderd acht en vijftig').
    agreement_closing: str
    agreement_signed: str
    # A signature's date field left to be filled in (dots or underscores after the label): an unsigned draft.
    agreement_blank_field: str
    # The labels of a signature block's own date ('Datum', 'Plaats en datum'); a dispatch or office label under the
    # blocks ('factuur verzonden 10-03-2025', 'Dagtekening') dates no signing.
    agreement_signature_labels: list[str]
    # The day a judgment is given ('uitspraak van de enkelvoudige kamer van 12 maart 2024', 'Datum uitspraak:
    # 6 november 2024', 'uitgesproken in het openbaar op ...'); {DATE} is a day date.
    judgment_given: str
    # An old judgment's pronouncement in its session ('uitgesproken ter openbare terechtzitting van Woensdag, den
    # 8en April 1959'): what stands before the day, which an old ordinal may write.
    judgment_given_in_session: str
    # A notarial deed opens on the day it is passed ('Heden, den tweeëntwintigsten juni negentienhonderd vier en
    # vijftig, verschenen voor mij, ... notaris'), and its formula says so ('WAARVAN AKTE, ... op den datum in het
    # hoofd dezer akte vermeld'). A scan may read a speck before 'Heden' as a glyph or two ('„Heden, den zesden
    # Februari ...', a civil-status deed of 1953).
    deed_opening: str
    deed_formula: str


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
class DocumentLettersFile:
    """``resources/document/letters.json``."""

    AREA: ClassVar[str] = "document"
    NAME: ClassVar[str] = "letters.json"
    salutations: list[str]
    address_salutations: list[str]
    # A letter from across the border greets and closes in its own language ('Sehr geehrter Herr Burgemeester!',
    # 'Mit freundlichen Grüßen', 'Veuillez agréer, ...'); the closings are patterns, as OCR misreads the German ß.
    foreign_salutations: list[str]
    foreign_closings: list[str]
    # The months of such a letter's place-date line ('Kleve, den 14. März 1961', 'Visé, le 12 septembre 2023').
    foreign_months: dict[str, int]
    closings: list[str]
    closing_lead: str
    margin_labels: list[str]
    # Labels of a column in an old letter's row of labels over its values ('Datum | Uw brief van | Nummer |
    # Onderwerp'), too plain to be read as a margin field on their own.
    row_labels: list[str]
    date_labels: list[str]
    reference_labels: list[str]
    subject_labels: list[str]
    reply_labels: list[str]
    memo_sender_labels: list[str]
    memo_addressee_labels: list[str]
    address_lines: list[str]
    addressee_prefixes: list[str]
    person_titles: list[str]
    name_particles: list[str]
    offices: WordMap
    # Who signs under a post's name in a signature block ('de secretaris', 'namens deze'), or the mark a
    # published copy prints in the signature's place ('w.g.', '(handtekening)').
    signatories: list[str]
    # How a letter addresses its addressee in its opening sentence ('heeft Uwe Majesteit ...').
    forms_of_address: list[str]
    # The opening sentence of an old typed letter, which speaks to its addressee with a formula where a modern one
    # has a salutation ('heeft de eer U ...', the convocation 'noodigt de leden van den raad uit tot het bijwonen').
    letter_openings: list[str]
    # The forms a letter may call itself by in its opening lines (a circulaire, an aanmaning, a telegram, a telex
    # with its start signal 'ZCZC'): messages to a named addressee, brief whatever their build (ANNOTATING.md).
    letter_names: str
    # The running header or footer a browser prints on a page of a site: the page's address ('https://...  1/1').
    # A browser may print the time of printing and the title before it at the top ('11-09-2024 09:18  Title  https://...').
    site_print_line: str
    # The browser's footer that the clean stage ran onto the last line: '... Print https://www.arnhem.nl/... 1/1'.
    site_print_footer: str
    posts: list[str]
    organisations: list[str]
    # The word with which a signature block names the body the text already named ('De Commissie voornoemd,',
    # 'Burgemeester en Wethouders voornoemd,'): the body signs as a post.
    aforementioned: list[str]
    # The head's name of a decision sent to the addressee of its address block ('Aanslagbiljet gemeentelijke
    # belastingen 2025 en WOZ-beschikking'): a letter, as a form with no salutation or signature.
    addressed_decisions: str
    # A deed granting one named person a right ('VERLENEN aan voornoemden G.J. van Lohuizen', 'verleent aan: Naam
    # mevrouw ...') and the words that hand it to him ('Deze akte wordt uitgereikt aan den rechthebbende', 'Tegen dit
    # besluit kunt u ... bezwaar maken'): a decision on his case sent to him, a letter (doc_deeds.py).
    granted_to_holder: str
    handed_to_holder: str
    foot_addressee: str
    # A decision's addressee as a field of its head ('Aan: Autobedrijf ...'), its address under it.
    addressee_field: str
    # The foot's distribution list that sends a copy to the one the decision concerns ('Afschrift aan: betrokkene;
    # Pensioenfonds ABP'): the decision is sent to him.
    copy_to_concerned: str
    # An old letter's addressee over the address in its head, without a postcode ('Aan de heer W.F. Schouten,' /
    # 'Oranje Nassaulaan 22,' / 'DEN HAAG.'), also by the form of address alone ('Weledele heer J.H. Smit,').
    head_addressee: str
    foot_address: str
    addressee_address_row: str


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
