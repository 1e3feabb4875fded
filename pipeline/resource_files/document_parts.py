"""The document rules' files of a page's fixed parts: a letter's head, margin, parties and signature
(``resources/document/letters.json``) and a web page's furniture (``resources/document/boilerplate.json``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from pipeline.datafiles import WordMap


@dataclass(frozen=True)
class DocumentBoilerplateFile:
    """``resources/document/boilerplate.json``."""

    AREA: ClassVar[str] = "document"
    NAME: ClassVar[str] = "boilerplate.json"
    lines: list[str]
    patterns: list[str]


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
