"""The document rules' date file (a document's own date, its labels and formulas): ``resources/document/dates.json``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from pipeline.datafiles import Chars, WordMap


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
