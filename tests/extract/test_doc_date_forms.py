"""The letter date forms of ``pipeline/extract/doc_date_forms.py``: a place-date line with only a
month, a dated cell of a one-page letter's footer, two-digit years after a date label or a stamp, a
statement's place-date above its signature, a digital signature's stamp, a version table."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.clean import clean_page
from pipeline.dutch.dates import parse_date
from pipeline.extract import doc_date_forms as forms
from pipeline.extract.document import describe_document, evidence
from pipeline.ingest import raw_document_from_text, read_document
from pipeline.records import CleanPage
from pipeline.testing import load_test_module
from tests.fixtures.documents import (
    SCAN_BODY_X,
    SCAN_MARGIN_X,
    SCAN_PAGE_WIDTH,
    SCAN_TABLE_X,
    scanned_evidence,
)

documents = load_test_module(Path(__file__).resolve().parents[1] / "fixtures" / "documents.py")

PROSE = "Hierbij ontvangt u ons antwoord op uw vragen over de subsidie voor het buurtwerk in de wijk Oost."
CLOSING = "\n\nMet vriendelijke groet,\n\nJ. Jansen\n"


def describe(text: str):
    return describe_document(raw_document_from_text(text), (CleanPage.from_text(text),), pipeline_version="test")


def ev(text: str):
    return evidence((CleanPage.from_text(text),))


def _dated(text: str, value: str | None, rule: str) -> None:
    info = describe(text)
    assert (info.doc_type, info.doc_date) == ("brief", value)
    if value is not None:
        page, start, end = info.doc_date_span
        assert info.doc_date_rule == rule
        assert text[start:end].strip()


def test_a_place_date_line_with_only_the_month_dates_the_letter_by_its_month():
    text = "Provincie Gelderland\n\nArnhem, december 2024\n\nGeachte Statenleden,\n\n" + PROSE + CLOSING
    _dated(text, "2024-12", "place_month_line")
    hit = forms.place_month_line(ev(text))
    assert text[hit.start:hit.end] == "december 2024"


def test_a_place_date_line_with_only_the_month_above_the_signature_dates_the_letter():
    # A province's Statenbrief prints it under the body, over the signature of Gedeputeerde Staten.
    text = ("Statenbrief\n\nAan Provinciale Staten van Gelderland\n\nGeachte leden van Provinciale Staten,\n\n"
            + PROSE + "\n\nArnhem, december 2024\n\nGedeputeerde Staten van Gelderland,\n\nJ.C. Berends, voorzitter\n"
            "M.J. Vos, secretaris\n")
    _dated(text, "2024-12", "place_month_line")


@pytest.mark.parametrize(
    "text",
    [
        "Gemeente Ede\n\nIn december 2024 start de bouw.\n\nGeachte heer Bakker,\n\n" + PROSE + CLOSING,
        # Below the salutation it is no letter head.
        "Gemeente Ede\n\nGeachte heer Bakker,\n\nArnhem, december 2024\n\n" + PROSE + CLOSING,
        # A day date on such a line is the place-date line's rule.
        "Gemeente Ede\n\nArnhem, 3 december 2024\n\nGeachte heer Bakker,\n\n" + PROSE + CLOSING,
    ],
)
def test_a_month_in_a_sentence_below_the_salutation_or_with_a_day_is_no_place_month_line(text):
    assert forms.place_month_line(ev(text)) is None


@pytest.mark.parametrize(
    ("footer", "value"),
    [
        ("Omnibuzz | Postbus 1234, 6040 KE Roermond | Datum 20 juni 2024 | Kenmerk OB-24-118", "2024-06-20"),
        ("Kenmerk OB-24-118 | Verzenddatum: 20-06-2024", "2024-06-20"),
        # A cell that says more than the date dates something else; a line without cells is prose.
        ("Omnibuzz | Datum besluit AB 13 juni 2024 | Kenmerk OB-24-118", None),
        ("Datum 20 juni 2024 en verder", None),
    ],
)
def test_a_dated_cell_of_a_one_page_letters_footer_dates_it(footer, value):
    text = "Aan de colleges\n\nGeachte colleges,\n\n" + PROSE + CLOSING + "\n" + footer + "\n"
    _dated(text, value, "datum_bar_cell")
    if value:
        hit = forms.bar_cell_date(ev(text))
        assert parse_date(text[hit.start:hit.end]).value == value


@pytest.mark.parametrize(
    ("head", "value", "rule", "printed"),
    [
        ("Datum: 21-11-24\n", "2024-11-21", "short_year_label", "21-11-24"),
        ("Datum: donderdag 21.11.'24\n", "2024-11-21", "short_year_label", "21.11.'24"),
        ("Datum: 3/4/98\n", "1998-04-03", "short_year_label", "3/4/98"),
        # A stamp level with the empty Datum field, read into its line by OCR; or on a line of its own.
        ("Datum: ONTVANGEN 12-03-24\n", "2024-03-12", "short_year_label", "12-03-24"),
        ("Ontvangen 12-03-24\nDatum:\n", "2024-03-12", "short_year_received", "12-03-24"),
        ("Ontvangen:\n12-03-24\n", "2024-03-12", "short_year_received", "12-03-24"),
        # A clock time after the date, as ``date_alone`` allows it.
        ("Datum: 21-11-'24, 08:45\n", "2024-11-21", "short_year_label", "21-11-'24"),
        ("Ontvangen 12-03-24 om 10.15 uur\nDatum:\n", "2024-03-12", "short_year_received", "12-03-24"),
        # A form prints the next field on the date's line; a year after the present one is of the last century.
        ("Datum: 3-9-'68 Tijd: 10.15 uur\n", "1968-09-03", "short_year_label", "3-9-'68"),
        ("Datum : 17-08-94 Aantal pagina's: 3\n", "1994-08-17", "short_year_label", "17-08-94"),
        # Not a day date, or more than a date after the label (words that are no field: no colon).
        ("Datum: 3-9-'68 ongeveer 10 uur\n", None, None, None),
        ("Datum: 31-02-24\n", None, None, None),
        ("Datum: 21-11-24 (concept)\n", None, None, None),
        ("Datum: 21-11-24 08:45 versie 2\n", None, None, None),
        ("Kenmerk: 21-11-24\n", None, None, None),
    ],
)
def test_a_two_digit_year_after_a_date_label_or_a_stamp(head, value, rule, printed):
    text = "Stichting Erfgoed\n" + head + "Onderwerp: subsidie\n\nGeacht college,\n\n" + PROSE + CLOSING
    hit = forms.short_year_date(ev(text))
    assert (hit.value, hit.rule, text[hit.start:hit.end]) == (value, rule, printed) if value else hit is None
    _dated(text, value, rule)


@pytest.mark.parametrize(
    ("line", "value", "printed"),
    [
        ("Deventer, 21-11-'24", "2024-11-21", "21-11-'24"),
        ("Assen, 12-3-’85", "1985-03-12", "12-3-’85"),
        ("Bergen op Zoom, 4.2.99", "1999-02-04", "4.2.99"),
    ],
)
def test_a_two_digit_year_in_the_place_date_line_of_the_head(line, value, printed):
    text = ("Adviesraad Sociaal Domein\nAan het college van burgemeester en wethouders\nPostbus 5000\n\n" + line
            + "\n\nOnderwerp: advies\n\nGeacht college,\n\n" + PROSE + CLOSING)
    hit = forms.short_year_place_date(ev(text))
    assert (hit.value, hit.rule, text[hit.start:hit.end]) == (value, "short_year_place_date", printed)
    _dated(text, value, "short_year_place_date")


@pytest.mark.parametrize("text", [
    # Below the salutation a place and such figures are part of the body.
    "Adviesraad\n\nGeacht college,\n\nDeventer, 21-11-'24\n" + PROSE + CLOSING,
    # More than the date after the place.
    "Adviesraad\nDeventer, 21-11-'24 (concept)\n\nGeacht college,\n\n" + PROSE + CLOSING,
])
def test_a_two_digit_year_after_a_place_elsewhere_is_no_letter_date(text):
    assert forms.short_year_place_date(ev(text)) is None


def test_a_two_digit_year_in_running_text_is_no_letter_date():
    text = "Stichting Erfgoed\n\nGeacht college,\n\nHet besluit 21-11-24 is genomen.\n" + PROSE + CLOSING
    assert forms.short_year_date(ev(text)) is None and describe(text).doc_date is None


PAGE_WIDTH, BODY_X, TABLE_X, MARGIN_X = SCAN_PAGE_WIDTH, SCAN_BODY_X, SCAN_TABLE_X, SCAN_MARGIN_X
scanned = scanned_evidence


LETTER = "De heer S. Jacobs\nPostbus 15562\n1001 NB Amsterdam\n\nGeachte heer Jacobs,\n\n" + PROSE + CLOSING
BODY = [(BODY_X, line) for line in LETTER.strip().split("\n")]


STATEMENT = ("Assurancerapport van de onafhankelijke accountant\n\nAan: de raad van toezicht van Stichting Kinderopvang Zuid\n\n"
             "Ons oordeel\nWij hebben de verantwoording over 2024 van de stichting onderzocht. Naar ons oordeel is de "
             "verantwoording in alle van materieel belang zijnde aspecten opgesteld volgens de subsidievoorwaarden.\n\n"
             "Basis voor ons oordeel\nWij hebben ons onderzoek uitgevoerd volgens de Nederlandse standaarden.\n")


@pytest.mark.parametrize(("end", "value"), [
    # The place-date line above the signature at the statement's end dates it.
    ("\nEindhoven, 14 mei 2025\n\nAccountantskantoor Brabant B.V.\n\nw.g. mr. drs. P. de Wit RA\n", "2025-05-14"),
    ("\nEindhoven, mei 2025\n\nw.g. P. de Wit RA\n", "2025-05"),
    # A place-date line with the body going on under it, or with nothing signed under it, is no signature's.
    ("\nEindhoven, 14 mei 2025\n\nWij hebben de verantwoording over 2024 van de stichting onderzocht en hebben "
     "daarbij de subsidievoorwaarden van de gemeente Eindhoven gevolgd.\n\nw.g. P. de Wit RA\n", None),
    ("\nw.g. P. de Wit RA\nEindhoven, 14 mei 2025\n", None),
    ("\nAccountantskantoor Brabant B.V.\n\nw.g. P. de Wit RA\n", None),
    # A scan's text joins the signers' block into one line longer than a signature's: its parts name the signers.
    ("\nEindhoven, 14 mei 2025\n\nBurgemeester en wethouders van Eindhoven, de secretaris, de burgemeester, 3\n",
     "2025-05-14"),
    # A scan joins the post and the name signed under it into one line longer than a signature's.
    ("\nEindhoven, 14 april 1989.\n\nDe directeur van de Dienst Gemeentereiniging, ir. H.G.M. Wolters\n",
     "1989-04-14"),
    # Near miss: a line of the body that opens with a post names no one after its comma.
    ("\nEindhoven, 14 april 1989.\n\nDe directeur van de Dienst Gemeentereiniging, die de verantwoording opstelde\n",
     None),
    # An old place-date line gives its day as an ordinal after 'den'.
    ("\nEindhoven, den 14den Mei 1951.\n\nBurgemeester en Wethouders van Eindhoven,\nDe Secretaris,\n", "1951-05-14"),
    ("\nEindhoven, den 1sten Mei 1951\n\nw.g. P. de Wit\n", "1951-05-01"),
    # Near miss: an ordinal with no month after it is no date.
    ("\nEindhoven, den 14den dezer\n\nw.g. P. de Wit\n", None),
    # A scan reads the flush-right block last, the signature's mark after the place-date on its line.
    ("\nAfgegeven ten behoeve van de gemeente.\nAlmelo, den 8sten mei 1963. [handtekening]\n", "1963-05-08"),
    ("\nAfgegeven ten behoeve van de gemeente.\nAlmelo, den 8sten mei 1963. De Bewaarder\n", None),
    # A note under the signature on how it was signed belongs to it; a paragraph of the body does not.
    ("\nEindhoven, 14 mei 2025\n\nw.g. P. de Wit RA\n\nDeze verklaring is digitaal ondertekend. Het origineel met de "
     "digitale handtekening berust bij de stichting.\n", "2025-05-14"),
    ("\nEindhoven, 14 mei 2025\n\nw.g. P. de Wit RA\n\nDe stichting heeft de verantwoording digitaal ondertekend en "
     "op tijd bij de gemeente ingediend.\n", None),
    # A copy list under the signature belongs to it: to whom copies went, in a list or in a sentence.
    ("\nEindhoven, 14 mei 2025\n\nDe inspecteur,\n(P. de Wit)\n\nAfschrift: Burgemeester en Wethouders van Eindhoven; "
     "archief Restauraties, dossier 2025-0112.\n", "2025-05-14"),
    ("\nEindhoven, 14 mei 2025\n\nDe inspecteur,\n(P. de Wit)\n\nAfschrift van dit rapport is gezonden aan verzoeker "
     "en aan de Minister van Justitie.\n", "2025-05-14"),
    # Near miss: a sentence of the body on copies is no copy list.
    ("\nEindhoven, 14 mei 2025\n\nDe inspecteur,\n(P. de Wit)\n\nAfschriften van de stukken kunnen worden opgevraagd "
     "bij de balie van het stadskantoor.\n", None),
    # Near miss: a long line of the body with commas, no signers among its parts.
    ("\nEindhoven, 14 mei 2025\n\nDe stichting, de gemeente en de provincie hebben de verantwoording, zoals "
     "afgesproken, besproken\n", None),
    # A closing formula before the place-date says it is signed there, a copy list and a stamp after it or not.
    ("\nAldus verklaard te Eindhoven, 14 mei 2025\n\nw.g. P. de Wit RA\n\nAfschrift: de gemeentearchivaris; dossier "
     "Z-25-0012 verantwoording 2024. ONTVANGEN 20 MEI 2025\n", "2025-05-14"),
    ("\nNaar waarheid ingevuld te Eindhoven, 14 mei 2025\n", "2025-05-14"),
    # The formula may stand alone on the line above the place-date, a note on where to hand it in after it.
    ("\nNaar waarheid opgemaakt,\nEindhoven, 14 mei 2025\nIn te dienen vóór 1 juni 2025 via het subsidieportaal van "
     "de gemeente Eindhoven.\n", "2025-05-14"),
    # Near miss: a place-date under a sentence that only ends on the word is no signing.
    ("\nDe verantwoording is door de penningmeester naar waarheid opgemaakt,\nEindhoven, 14 mei 2025\nIn te dienen "
     "vóór 1 juni 2025 via het subsidieportaal van de gemeente Eindhoven.\n", None),
    # The signature's mark joined to the post's line is no word of the post; nine words of the body are no post.
    ("\nEindhoven, 14 mei 2025\nHet Hoofd van de Afdeling Markten en Evenementen, [handtekening]\ndrs. P. de Wit\n",
     "2025-05-14"),
    ("\nEindhoven, 14 mei 2025\nHet Hoofd van de Afdeling Markten en Evenementen heeft getekend\ndrs. P. de Wit\n",
     None),
    # A register is closed and signed so at its foot, the signer's post run on after the date by OCR.
    ("\nAfgesloten en getekend te Hoorn, 31 December 1959. De Ambtenaar belast met de heffing,\n\n(w.g.) J.P. "
     "Dekker\n", "1959-12-31"),
    # The formula as a label before the place-date ('Opgemaakt: Goes, ...'), the signer's post and name under it;
    # near miss: the label before a sentence is no formula.
    ("\nOpgemaakt: Eindhoven, 14 mei 1962.\nDe Gemeentesecretaris,\n(w.g.) P. de Wit.\n", "1962-05-14"),
    ("\nOpgemaakt: de lijst is bijgewerkt tot 14 mei 1962.\nDe Gemeentesecretaris,\n(w.g.) P. de Wit.\n", None),
    # Near miss: a formula whose place-date gives only a month dates no signing.
    ("\nAldus verklaard te Eindhoven, mei 2025\n\nAfschrift: de gemeentearchivaris en de accountant van de "
     "stichting, met de bijlagen\n", None),
])
def test_a_statement_is_dated_by_the_place_date_above_its_signature_at_its_end(end, value):
    text = STATEMENT + end
    hit = forms.signed_place_date(ev(text))
    assert (hit.value, hit.rule) == (value, "signed_place_date") if value else hit is None
    if value:
        assert (describe(text).doc_type, describe(text).doc_date) == ("overig", value)


def test_a_place_date_above_a_signature_on_an_earlier_page_is_no_signed_end():
    signed = CleanPage.from_text(STATEMENT + "\nEindhoven, 14 mei 2025\n\nw.g. P. de Wit RA\n")
    annex = CleanPage.from_text("Bijlage: de verantwoording over 2024\n\n" + PROSE + "\n" + PROSE + "\n")
    annex = CleanPage(number=2, text=annex.text, raw=annex.raw, raw_offsets=annex.raw_offsets)
    assert forms.signed_place_date(evidence((signed,))).value == "2025-05-14"
    assert forms.signed_place_date(evidence((signed, annex))) is None


@pytest.mark.parametrize(("head", "value"), [
    # The Datum field points to the signature.
    ("Datum: zie datum digitale ondertekening\n", "2025-06-04"),
    # Near miss: a letter with a date of its own is dated by it, not by the day it was signed.
    ("Datum: 2 juni 2025\n", "2025-06-02"),
])
def test_a_digitally_signed_letter_is_dated_by_its_signature_when_it_prints_no_date(head, value):
    text = ("Gemeente Haarlem\n" + head + "Onderwerp: besluit\n\nBeste heer Bakker,\n\n" + PROSE
            + "\n\nMet vriendelijke groet,\n\nDigitaal ondertekend door J.A. Kramer Datum: 2025.06.04 11:32:07 +02'00'\n"
            "J.A. Kramer\n")
    info = describe(text)
    assert (info.doc_type, info.doc_date) == ("brief", value)
    hit = forms.digital_signature_date(ev(text))
    assert (hit.value, text[hit.start:hit.end]) == ("2025-06-04", "2025.06.04")


@pytest.mark.parametrize("before", ["Kenmerk 1", "Kenmerk ."])
def test_a_stamp_glued_to_a_figure_or_a_dot_is_no_signature(before):
    # The stamp's year stands free on its left: '12025.06.04' or '.2025.06.04' is part of another number.
    text = ("Gemeente Haarlem\n\nBeste heer Bakker,\n\n" + PROSE + CLOSING
            + f"{before}2025.06.04 11:32:07 +02'00'\n")
    assert forms.digital_signature_date(ev(text)) is None
    hit = forms.digital_signature_date(ev(text.replace(before, "Datum: ")))
    assert hit is not None and hit.value == "2025-06-04"


@pytest.mark.parametrize(("stamp", "value"), [
    # A signing stamp in capitals, its day and time after the signer; the text layer may run the post in between.
    ("DIGITAAL ONDERTEKEND DOOR J.P. AKKERMAN 29-11-2023 16:02", "2023-11-29"),
    ("Digitaal ondertekend door afdelingshoofd Vergunningverlening J.P. Akkerman 29-11-2023 16.02", "2023-11-29"),
    # Near misses: a sentence about signing with a date and no time; a date and time with no signing words.
    ("Het besluit is digitaal ondertekend; de termijn loopt tot 29-11-2023.", None),
    ("Verzonden 29-11-2023 16:02", None),
])
def test_a_signing_stamp_with_its_day_and_time_dates_a_letter_whose_datum_points_to_it(stamp, value):
    text = ("Provincie Utrecht\nDatum: zie ondertekening\nOnderwerp: besluit\n\nGeachte heer Schouten,\n\n" + PROSE
            + "\n\nHoogachtend,\n\n" + stamp + "\nJ.P. Akkerman\n")
    hit = forms.digital_signature_date(ev(text))
    assert (hit.value if hit else None) == value
    if value:
        assert text[hit.start:hit.end] == "29-11-2023"
        assert describe(text).doc_date == value


def test_a_dotted_date_and_time_without_a_time_zone_is_no_signature():
    text = "Gemeente Haarlem\n\nBeste heer Bakker,\n\nMeting 2025.06.04 11:32:07 voltooid.\n" + PROSE + CLOSING
    assert forms.digital_signature_date(ev(text)) is None


def test_an_annual_report_signed_at_its_end_is_dated_there_before_the_year_it_reports_on():
    from pipeline.extract.doc_date import document_date

    first = CleanPage.from_text("GEMEENTE DALFSEN\n\nJaarverslag 1978\n\nuitgebracht door burgemeester en wethouders "
                                "aan de raad\n\nHet zielental bedroeg op 31 december 1978 14.221.\n" + (PROSE + "\n") * 6)

    def report(end: str):
        last = CleanPage.from_text("Onderwijs\n" + PROSE + "\n" + PROSE + "\n" + end)
        return evidence((first, CleanPage(number=2, text=last.text, raw=last.raw, raw_offsets=last.raw_offsets)))

    signers = "Burgemeester en wethouders van Dalfsen, de secretaris, de burgemeester,\n"
    hit = document_date(report("\nDalfsen, 2 april 1979.\n\n" + signers), "jaarverslag", "jaarverslag")
    assert (hit.value, hit.rule) == ("1979-04-02", "signed_place_date")
    assert document_date(report(signers), "jaarverslag", "jaarverslag").value == "1978"


def test_a_typed_memos_fields_that_the_clean_stage_joined_are_read_as_printed():
    from pipeline.clean import clean_page

    text = ("RIJKSWATERSTAAT\nDIRECTIE ZEELAND\n\nMEMORANDUM\n\naan de Hoofdingenieur-Directeur\n"
            "van de Arrondissementsingenieur Vlissingen\ndatum 14-6-'84\nnummer AV 84/112\nonderwerp\n"
            "Onderhoud sluisdeuren\n\n" + PROSE + "\n")
    raw = raw_document_from_text(text)
    pages = tuple(clean_page(p) for p in raw.pages)
    # The clean stage joins the short lines of the field table into one paragraph.
    assert "Vlissingen datum 14-6-'84 nummer" in pages[0].text
    hit = forms.short_year_date(evidence(pages))
    assert (hit.value, hit.rule, pages[0].text[hit.start:hit.end]) == ("1984-06-14", "short_year_label", "14-6-'84")
    # Near miss: such a date inside a printed line of the body follows no label that opens the line.
    body = raw_document_from_text("MEMORANDUM\n\nDe sluis is volgens de datum 14-6-'84 weer open.\n\n" + PROSE + "\n")
    assert forms.short_year_date(evidence(tuple(clean_page(p) for p in body.pages))) is None


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("Datum: juni 2024", "2024-06"),
        # A nota's field table, its cells read as one line.
        ("Datum juni 2024", "2024-06"),
        ("Datum: sept. 2023", "2023-09"),
        # Near misses: a qualified label, more than the month after it, a year alone.
        ("Datum vergadering juni 2024", None),
        ("Datum: juni 2024 tot en met augustus 2024", None),
        ("Datum: 2024", None),
    ],
)
def test_a_date_label_whose_value_is_a_month_dates_the_nota_by_its_month(field, value):
    text = "Nota ter besluitvorming dagelijks bestuur\n\n" + field + "\nAgendapunt 5\nOnderwerp regels\n\n" + PROSE + "\n"
    hit = forms.month_label_date(ev(text))
    assert (hit.value if hit else None) == value
    if value:
        assert (describe(text).doc_date, describe(text).doc_date_rule) == (value, "datum_label_month")


def _version_table_pdf(path, rows):
    """A one-page report whose head is a version table: (x, y, text) strings in points from the top."""
    return documents.placed_pdf(path, [rows])


def _head(pdf):
    raw = read_document(pdf, source=str(pdf))
    return evidence(tuple(clean_page(p) for p in raw.pages))


@pytest.mark.parametrize(
    ("first_column", "values", "value"),
    [
        # The last version of the history is the printed copy's.
        ("Versie", [("0.8", "02-09-2024"), ("1.0", "26-09-2024"), ("1.2", "17-10-2024")], "2024-10-17"),
        ("Versie", [("1.0", "28.08.2024")], "2024-08-28"),
        # Near miss: a table of measures with a date column is no version history.
        ("Maatregel", [("Scan", "02-09-2024"), ("Meldpunt", "26-09-2024")], None),
        # Versions named by their stage; a deadline between them ('tot 14 juni 2024') is no version's date.
        ("Versie", [("Concept", "11 april 2024"), ("Ter zienswijze", "tot 14 juni 2024"), ("Definitief", "4 juli 2024")],
         "2024-07-04"),
        # Near miss: a stage column whose words are no version's stage.
        ("Versie", [("Concept", "11 april 2024"), ("Bespreking", "4 juli 2024")], "2024-04-11"),
        # A revision's letter after its number.
        ("Versie", [("0.9", "27 maart 2025"), ("0.9a", "14 april 2025"), ("1.0", "2 juli 2025")], "2025-07-02"),
    ],
)
def test_a_version_table_dates_a_report_by_its_last_version(tmp_path, first_column, values, value):
    rows = [(72, 60, "Plan van aanpak Weerbare Haven"),
            (72, 100, first_column), (160, 100, "Datum"), (260, 100, "Status")]
    for k, (number, date) in enumerate(values):
        rows += [(72, 114 + 14 * k, number), (160, 114 + 14 * k, date), (260, 114 + 14 * k, "concept")]
    rows += [(72, 200, "1 Aanleiding"), (72, 214, "Dit plan beschrijft hoe de partners samenwerken.")]
    hit = forms.version_table_date(_head(_version_table_pdf(tmp_path / "plan.pdf", rows)))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(("stages", "value"), [
    # A stage opening a cell of more words: the step the version went through.
    (["Concept voor inspraak", "Voorgelegd aan de raad (collegebesluit)", "Vastgesteld door de gemeenteraad"],
     "2023-07-04"),
    # Near miss: a cell that holds a stage's word only further on is no version, and ends the history.
    (["Concept voor inspraak", "Na inspraak aangepast", "Vastgesteld door de gemeenteraad"], "2023-02-14"),
])
def test_a_version_table_of_stages_in_words_dates_a_plan_by_its_last_step(tmp_path, stages, value):
    rows = [(72, 60, "Grondstoffenplan 2023-2030"), (72, 100, "Versie"), (300, 100, "Datum")]
    for k, (stage, date) in enumerate(zip(stages, ("14 februari 2023", "23 mei 2023", "4 juli 2023"), strict=True)):
        rows += [(72, 114 + 14 * k, stage), (300, 114 + 14 * k, date)]
    rows += [(72, 200, "1 Aanleiding"), (72, 214, "Dit plan beschrijft hoe de gemeente afval inzamelt.")]
    hit = forms.version_table_date(_head(_version_table_pdf(tmp_path / "plan.pdf", rows)))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(
    ("heading", "value"),
    [
        # The cover names version 1.0; the history on the page after it ends with a later one.
        ("Versiebeheer", "2025-04-02"),
        # Near miss: a page after the cover that names no version is not read for one.
        ("Planning", None),
    ],
)
def test_a_version_table_on_the_page_after_the_cover(tmp_path, heading, value):
    cover = [(72, 200, "Evaluatie Inwerkprogramma 2024"), (72, 220, "Eindrapport"), (72, 260, "Team HR")]
    first = "Versie" if heading == "Versiebeheer" else "Fase"
    history = [(72, 60, heading), (72, 100, first), (160, 100, "Datum"), (260, 100, "Auteur"),
               (72, 114, "0.9"), (160, 114, "24 februari 2025"), (260, 114, "J. Jansen"),
               (72, 128, "1.0"), (160, 128, "17 maart 2025"), (260, 128, "J. Jansen"),
               (72, 142, "1.1"), (160, 142, "2 april 2025"), (260, 142, "K. Visser"),
               (72, 200, "Samenvatting"), (72, 214, "Nieuwe medewerkers waarderen het programma met een 7,8.")]
    hit = forms.version_table_date(_head(documents.placed_pdf(tmp_path / "rapport.pdf", [cover, history])))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(
    ("below", "value"),
    [
        # A version's note wraps onto a line of its own, with nothing under 'Versie': the next version follows.
        ((340, 128, "de teamleiders"), "2025-03-11"),
        # Near miss: a line across the table's columns ends it; a version number under it is another table's.
        ((72, 128, "Zie voor de versies van de bijlagen het overzicht op het intranet van de afdeling."),
         "2025-01-14"),
    ],
)
def test_a_version_table_whose_notes_wrap_is_read_to_its_last_version(tmp_path, below, value):
    rows = [(72, 60, "Strategisch Personeelsplan 2025-2028"),
            (72, 100, "Versie"), (160, 100, "Datum"), (260, 100, "Status"), (340, 100, "Toelichting"),
            (72, 114, "0.2"), (160, 114, "14-01-2025"), (260, 114, "concept"), (340, 114, "verwerkt: reactie OR en"),
            below,
            (72, 142, "1.0"), (160, 142, "11-03-2025"), (260, 142, "vastgesteld"), (340, 142, "door de directie"),
            (72, 200, "1 Aanleiding"), (72, 214, "Dit plan beschrijft hoe wij de vakmensen van morgen opleiden.")]
    hit = forms.version_table_date(_head(_version_table_pdf(tmp_path / "plan.pdf", rows)))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(("head", "value"), [
    # The label and its two-digit-year date fill a cell of a row of the head, which the text joins to the next.
    ("Datum: 21-03-'24              Klantnummer: 100482215", "2024-03-21"),
    # A cell whose date is not its whole value, or under another label, is no such field.
    ("Datum: 21-03-'24 of later              Klantnummer: 100482215", None),
    ("Geldig tot: 31-03-'25              Klantnummer: 100482215", None),
])
def test_a_short_year_date_filling_a_cell_of_the_head(head, value):
    hit = forms.short_year_cell(scanned(BODY[:3] + [(BODY_X, head)] + BODY[3:], method="pdf"))
    assert (hit.value if hit else None) == value


SIGNED = "\nMet vriendelijke groet,\n\nDigitaal ondertekend door: J.A. Kramer\nDatum: 2024.11.21 10:14:03 +01'00'\n"


@pytest.mark.parametrize(("head", "signature", "value"), [
    # The margin's Datum points to the signature: its stamp, not the date above the field.
    ("Uw aanvraag van\n3 september 2024\nDatum\nZie ondertekening\n", SIGNED, "2024-11-21"),
    ("Datum: zie datum digitale ondertekening\n", SIGNED, "2024-11-21"),
    # A Datum with a date of its own points nowhere; a pointer with no stamp to point to dates nothing.
    ("Datum\n3 oktober 2024\n", SIGNED, None),
    ("Datum\nZie ondertekening\n", CLOSING, None),
])
def test_a_datum_that_points_to_the_signature_is_dated_by_its_stamp(head, signature, value):
    hit = forms.pointed_signature_date(ev(head + "\nGeachte heer Jacobs,\n\n" + PROSE + signature))
    assert (hit.value if hit else None) == value


ADOPTED_REPORT = (
    "JAARVERSLAG LEERPLICHT\nschooljaar 2001/2002\n\nGemeente Woerden\n\nInleiding\nDit verslag betreft het "
    "schooljaar 2001/2002 (1 augustus 2001 tot en met 31 juli 2002).\n\n"
)


def test_a_report_is_dated_by_the_adoption_it_states_above_its_signers_at_its_end():
    text = ADOPTED_REPORT + "Aldus vastgesteld door burgemeester en wethouders van Woerden op 3 december 2002. " \
        "De secretaris, De burgemeester,\n"
    hit = forms.signed_place_date(ev(text))
    assert (hit.value, hit.rule) == ("2002-12-03", "signed_adoption")
    assert describe(text).doc_date == "2002-12-03"


@pytest.mark.parametrize(("closing", "value"), [
    # An old closing gives the place after the body and the day after 'den', its day an ordinal.
    ("Aldus opgemaakt door het Burgerlijk Armbestuur te Kampen, den 3den April 1961.", "1961-04-03"),
    ("Aldus vastgesteld door burgemeester en wethouders van Woerden, den 12 December 1958.", "1958-12-12"),
    # Near miss: a date of something else after the body names no day of the adoption.
    ("Aldus opgemaakt door het Burgerlijk Armbestuur, dat sinds 3 April 1961 bestaat.", None),
])
def test_an_old_closing_states_its_adoption_with_den_before_its_day(closing, value):
    hit = forms.signed_place_date(ev(ADOPTED_REPORT + closing + "\nDe secretaris, De voorzitter,\n"))
    assert (hit.value if hit and hit.rule == "signed_adoption" else None) == value


def test_an_adoption_told_in_the_body_with_a_paragraph_after_it_is_no_signed_closing():
    text = ADOPTED_REPORT + "Vastgesteld door de raad op 3 december 2002 is ook het nieuwe beleid, dat in het " \
        "verslagjaar werd voorbereid door een werkgroep van scholen en de gemeente samen.\n\n" + \
        "De werkgroep komt in 2003 weer bijeen om het beleid te evalueren en verslag te doen aan de raad.\n"
    assert forms.signed_place_date(ev(text)) is None
