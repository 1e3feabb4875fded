"""The letter date forms of ``pipeline/extract/doc_date_forms.py``: a place-date line with only a
month, a dated cell of a one-page letter's footer, two-digit years after a date label or a stamp, a scan's
margin date whose label was lost, a statement's place-date above its signature."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.clean import clean_page
from pipeline.dutch.dates import parse_date
from pipeline.extract import doc_date_forms as forms
from pipeline.extract.document import describe_document, evidence
from pipeline.ingest import raw_document_from_text, read_document
from pipeline.records import CleanPage
from pipeline.testing import load_test_module

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


# Where a scan's lines stand, in points: the body at the left, a table's column in the middle,
# the margin column at the right of a page this wide.
PAGE_WIDTH, BODY_X, TABLE_X, MARGIN_X = 595.0, 70.0, 300.0, 440.0


def scanned(lines: list[tuple[float, str]], method: str = "ocr"):
    """A scanned page of lines, each at its x and one under the other, with word boxes as OCR gives
    them; the margin column's labels that read are its fields, as ingest sets them apart."""
    from pipeline.extract.doc_words import letter_words
    from pipeline.records import BBox, RawPage, Word

    text = "\n".join(line for _, line in lines)
    labels = {w.casefold() for w in letter_words().margin_labels}
    fields = tuple((line, nxt) for (x, line), (_, nxt) in zip(lines, lines[1:], strict=False)
                   if x == MARGIN_X and line.casefold() in labels)
    words, pos = [], 0
    for row, (x, line) in enumerate(lines):
        top = 60.0 + 14 * row
        for m in re.finditer(r"\S+", line):
            left = x + 6 * m.start()
            words.append(Word(m.group(), pos + m.start(), pos + m.end(),
                              BBox(left, top, left + 6 * len(m.group()), top + 10)))
        pos += len(line) + 1
    raw = RawPage(number=1, text=text, method=method, width=PAGE_WIDTH, height=842.0, words=tuple(words),
                  margin_fields=fields)
    page = CleanPage(number=1, text=text, raw=raw, raw_offsets=tuple(range(len(text) + 1)), margin_fields=fields)
    return evidence((page,))


LETTER = "De heer S. Jacobs\nPostbus 15562\n1001 NB Amsterdam\n\nGeachte heer Jacobs,\n\n" + PROSE + CLOSING
BODY = [(BODY_X, line) for line in LETTER.strip().split("\n")]


def at(x: float, column: str) -> list[tuple[float, str]]:
    return [(x, line) for line in column.strip().split("\n")]


@pytest.mark.parametrize(("column", "method", "value"), [
    ("ak\n11 maart 2025\nOns kenmerk\nKSA-25-0012\n", "ocr", "2025-03-11"),  # the Datum label a scrap
    ("Dat m\n11 maart 2025\nUw brief\n6 januari 2025\n", "ocr", "2025-03-11"),
    ("ak\n11 maart 2025\nOns kenmerk\nKSA-25-0012\n", "pdf", None),  # printed text says what it prints
    # Under a label that reads, the date is that label's; a date with no label above it is no field.
    ("Uw verzoek\n6 januari 2025\nOns kenmerk\nKSA-25-0012\n", "ocr", None),
    ("Ons kenmerk KSA-25-0012\n6 januari 2025\nBehandeld door\nteam Juridische Zaken\n", "ocr", None),
])
def test_a_scans_margin_date_whose_label_was_lost(column, method, value):
    hit = forms.lost_label_margin_date(scanned(BODY + at(MARGIN_X, column), method))
    assert (hit.value if hit else None) == value
    if value:
        assert hit.rule == "margin_datum_lost_label"


@pytest.mark.parametrize(("column", "method", "value"), [
    # The Datum label lost altogether: the date opens the column, a label of it right under the date.
    ("11 maart 2025\nOns kenmerk\nKSA-25-0012\n", "ocr", "2025-03-11"),
    ("11 maart 2025\nOns kenmerk\nKSA-25-0012\n", "pdf", None),
    # Near misses: a date lower in the column is its label's; a date with no label under it is no field.
    ("Uw verzoek\n6 januari 2025\nOns kenmerk\nKSA-25-0012\n", "ocr", None),
    ("11 maart 2025\nteam Juridische Zaken\n", "ocr", None),
])
def test_a_scans_margin_date_opening_the_column_without_its_label(column, method, value):
    lines = BODY + at(MARGIN_X, column) + at(BODY_X, "ONTVANGEN 14 MRT 2025")
    hit = forms.column_top_margin_date(scanned(lines, method))
    assert (hit.value if hit else None) == value


LOST = "ak\n11 maart 2025\nOns kenmerk\nKSA-25-0012\n"
READS = "Behandeld door\nteam Juridische Zaken\n"


@pytest.mark.parametrize("lines", [
    # The same lines in the body of a letter whose margin column reads, in a column of a table
    # between the body and that margin column, or on a page with no margin column at all.
    BODY[:5] + at(BODY_X, LOST) + BODY[5:] + at(MARGIN_X, READS),
    BODY + at(TABLE_X, LOST) + at(MARGIN_X, READS),
    BODY + at(BODY_X, LOST),
])
def test_the_same_lines_outside_the_margin_column_are_no_lost_label_date(lines):
    assert forms.lost_label_margin_date(scanned(lines)) is None


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


FORM = ("3-4-2024 21:49 | Samenvatting van uw aanvraag - Gemeente Apeldoorn\n\nWoo-verzoek indienen\n\n"
        "Samenvatting van uw aanvraag\nUw verzoek is ontvangen.\n\nReferentienummer WOO-2024-00412\n{field}\n"
        "Ingelogd met DigiD\n\nOver welke periode? 01-01-2022 tot en met 31-12-2023\n")


@pytest.mark.parametrize(("field", "value"), [
    ("Datum en tijd van indienen 03-04-2024 21:47", "2024-04-03"),
    ("Ingediend op: 3 april 2024 21.47 uur", "2024-04-03"),
    # Near miss: more than a date and its time after the label, and a label of another date.
    ("Ingediend op: 3 april 2024, aangevuld op 5 april 2024", None),
    ("Datum van indiening\n3 april 2024", "2024-04-03"),
    ("Datum ontvangstbevestiging 04-04-2024", None),
    # A report made in a municipality's app: its status page names when it was reported.
    ("Gemeld op 3 april 2024, 21:47", "2024-04-03"),
    # Near miss: a step of its handling after it.
    ("Afgehandeld op 5 april 2024, 10:02", None),
])
def test_a_web_forms_summary_is_dated_by_its_submission(field, value):
    hit = forms.form_submitted_date(ev(FORM.format(field=field)))
    assert (hit.value if hit else None) == value


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


def placed(lines: list[tuple[float, float, str]], method: str = "ocr"):
    """A scanned page whose lines stand where given (x, top), in the order the text layer gives them."""
    return evidence((documents.placed_page(lines, method),))


# A province's row of labels over its row of values, as tesseract read it from a tilted scan: the first label run
# out of its row and put after the body, among the last column's labels.
TILTED = [(BODY_X, 100.0, "Aan de raad van de gemeente Oss"), (TABLE_X - 80, 160.0, "Ons kenmerk"),
          (BODY_X, 174.0, "20 december 2007 1318842 FIN/07/2217"), (BODY_X, 220.0, "Geachte raad,"),
          (BODY_X, 240.0, "Op 14 november 2007 hebben wij uw begroting ontvangen."), (MARGIN_X - 70, 158.0, "Uw kenmerk"),
          (BODY_X, 163.0, "Datum"), (MARGIN_X - 70, 186.0, "Bijlage(n)")]


@pytest.mark.parametrize(("lines", "method", "value"), [
    (TILTED, "ocr", "2007-12-20"),
    # Near misses: printed text says what it prints; a date in the body, far under the label, is none of its.
    (TILTED, "pdf", None),
    ([(x, top + 60 if "december" in t else top, t) for x, top, t in TILTED], "ocr", None),
    # A date under another column's label is that label's.
    ([(x + 150 if "december" in t else x, top, t) for x, top, t in TILTED], "ocr", None),
])
def test_a_scans_datum_label_is_read_with_the_date_right_under_it(lines, method, value):
    hit = forms.scanned_column_date(placed(lines, method))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(
    ("labels", "value"),
    [
        # A consultation's confirmation: a row of labels over a row of values.
        (("Reactienummer", "Ingediend op"), "2025-02-20"),
        # Near miss: a row of other labels over the same values.
        (("Reactienummer", "Geldig tot"), None),
    ],
)
def test_a_web_forms_submission_in_a_row_of_labels_dates_its_summary(tmp_path, labels, value):
    rows = [(72, 60, "Bedankt voor uw reactie"), (72, 100, labels[0]), (220, 100, labels[1]),
            (72, 114, "7c1e-44a2"), (220, 114, "20 februari 2025, 14:31"),
            (72, 160, "Zie bijgevoegde brief. Wij onderschrijven het doel van vaste normen.")]
    hit = forms.form_submitted_date(_head(_version_table_pdf(tmp_path / "reactie.pdf", rows)))
    assert (hit.value if hit else None) == value


SIGNED_FORM = [(72, 60, "Verklaring van vermissing van een reisdocument"), (72, 100, "Geslachtsnaam"), (220, 100, "BAKKER"),
        (72, 114, "Geboortedatum"), (220, 114, "19-03-1988"), (72, 128, "Datum van afgifte"), (220, 128, "07-06-2019"),
        (72, 142, "Datum vermissing"), (220, 142, "29-07-2023"),
        (72, 170, "Op de luchthaven is mijn tas met daarin mijn paspoort gestolen."),
        (72, 600, "Ik verklaar dit formulier naar waarheid te hebben ingevuld.")]


@pytest.mark.parametrize(("signature", "value"), [
    # The row of the signature at the form's foot: the day the applicant signed it, not the dates it asks for.
    ([(72, 620, "Plaats"), (200, 620, "Datum"), (330, 620, "Handtekening aanvrager"),
      (72, 634, "Rotterdam"), (200, 634, "2-8-2023"), (330, 634, "J. Bakker")], "2023-08-02"),
    # Label and value side by side in the row.
    ([(72, 620, "Datum:"), (140, 620, "3-8-2023"), (260, 620, "Handtekening:"), (340, 620, "J. Bakker")], "2023-08-03"),
    # A turned scan sets the label a little higher than the rest of its row: the date alone beside the signature.
    ([(72, 620, "Datum:"), (185, 628, "14-2-2018"), (298, 628, "Handtekening:"), (412, 628, "(handtekening)")],
     "2018-02-14"),
    # Near miss: the label at its left names another date than the signing.
    ([(72, 620, "Ontvangen:"), (185, 628, "22-2-2018"), (298, 628, "Handtekening:"), (412, 628, "(handtekening)")],
     None),
    # Near miss: a list signed at a session has a column of dates under its labels, no one signing.
    ([(72, 620, "Naam"), (200, 620, "Datum"), (330, 620, "Handtekening"),
      (72, 634, "J. Bakker"), (200, 634, "2-8-2023"), (330, 634, "(paraaf)"),
      (72, 648, "P. de Vries"), (200, 648, "9-8-2023"), (330, 648, "(paraaf)")], None),
])
def test_a_filled_in_form_is_dated_by_the_row_of_its_signature(tmp_path, signature, value):
    pdf = _version_table_pdf(tmp_path / "verklaring.pdf", SIGNED_FORM + signature)
    hit = forms.signed_form_date(_head(pdf))
    assert (hit.value if hit else None) == value
    if value:
        raw = read_document(pdf, source=str(pdf))
        info = describe_document(raw, tuple(clean_page(p) for p in raw.pages), pipeline_version="test")
        assert (info.doc_type, info.doc_kind, info.doc_date, info.doc_date_rule) == (
            "overig", "overig", value, "signed_form")


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


def test_an_adoption_told_in_the_body_with_a_paragraph_after_it_is_no_signed_closing():
    text = ADOPTED_REPORT + "Vastgesteld door de raad op 3 december 2002 is ook het nieuwe beleid, dat in het " \
        "verslagjaar werd voorbereid door een werkgroep van scholen en de gemeente samen.\n\n" + \
        "De werkgroep komt in 2003 weer bijeen om het beleid te evalueren en verslag te doen aan de raad.\n"
    assert forms.signed_place_date(ev(text)) is None


TURNED_SIGNATURE = [(72, 100, "Aanvraagformulier Energietoeslag 2023"), (72, 130, "Geboortedatum"), (222, 130, "14-02-1961"),
                    (72, 160, "Ik verklaar dat ik dit formulier naar waarheid heb ingevuld."),
                    (72, 600, "Plaats"), (222, 600, "Datum"), (374, 611, "Handtekening aanvrager"),
                    (72, 622, "Enschede"), (222, 622, "3 juli 2023"), (374, 633, "[handtekening]")]


@pytest.mark.parametrize(("method", "value"), [
    # A turned scan set the signature's label a row lower than the labels beside it: their row is its row.
    ("ocr", "2023-07-03"),
    # Near miss: a born-digital page prints its rows where they belong; a label apart is no signature's row.
    ("pdf", None),
])
def test_a_turned_scans_signature_label_apart_from_its_row_still_dates_the_form(method, value):
    hit = forms.signed_form_date(placed(TURNED_SIGNATURE, method))
    assert (hit.value if hit else None) == value


LOST_LABEL_SIGNATURE = [(72, 100, "Aanvraagformulier ligplaatsvergunning"), (72, 130, "Datum laatste keuring"),
                        (222, 130, "10 januari 2025"), (72, 160, "Ik verklaar dit formulier naar waarheid te hebben ingevuld."),
                        (72, 600, "Plaats"), (374, 600, "Handtekening aanvrager"),
                        (72, 614, "Leiden"), (222, 614, "19 februari 2025"), (374, 614, "[handtekening]")]


@pytest.mark.parametrize(("signature", "method", "value"), [
    # A scan lost the 'Datum' label between 'Plaats' and the signature's: the date under no label is its value.
    (LOST_LABEL_SIGNATURE, "ocr", "2025-02-19"),
    # Near misses: a born-digital page loses no label; a date under a label that names it is that label's.
    (LOST_LABEL_SIGNATURE, "pdf", None),
    ([*LOST_LABEL_SIGNATURE[:-5], (72, 600, "Plaats"), (222, 600, "Geboortedatum"), (374, 600, "Handtekening aanvrager"),
      (72, 614, "Leiden"), (222, 614, "14 februari 1961"), (374, 614, "[handtekening]")], "ocr", None),
])
def test_a_scan_that_lost_the_date_label_of_the_signature_row_is_dated_by_the_date_under_no_label(
        signature, method, value):
    hit = forms.signed_form_date(placed(signature, method))
    assert (hit.value if hit else None) == value


def test_a_forms_field_for_the_day_it_is_signed_dates_it_not_the_dates_it_asks_for():
    form = ("Verklaring van overlijden\n\nGeslachtsnaam\tJansen\nGeboortedatum\t02-03-1941\nDatum en tijdstip van "
            "overlijden\t11-08-2024, 23.40 uur\n\nOndertekening\nNaam\tdr. P. de Wit\nDatum en tijdstip van "
            "ondertekening\t12-08-2024, 02.15 uur\nHandtekening\t[handtekening]\n")
    hit = forms.signed_form_date(ev(form))
    assert (hit.value, hit.rule) == ("2024-08-12", "signed_form")
    assert describe(form).doc_date == "2024-08-12"
    # Near miss: a form that asks only for the dates of what it declares has no signing date in a field.
    unsigned = form.replace("Datum en tijdstip van ondertekening\t12-08-2024, 02.15 uur\n", "")
    assert forms.signed_form_date(ev(unsigned)) is None


@pytest.mark.parametrize(
    ("label", "value"),
    [
        # A summary's table of fields: the submission in the cell beside its label, under a browser's print line.
        ("Datum en tijd van indienen", "2024-11-18"),
        # Near miss: the day the case was last changed is no submission.
        ("Laatst gewijzigd", None),
    ],
)
def test_a_web_forms_submission_beside_its_label_in_a_table_of_fields_dates_its_summary(tmp_path, label, value):
    fields = [("Zaaknummer", "MLD-2024-00311"), (label, "18-11-2024 19:05"), ("Kanaal", "Webformulier"),
              ("Naam", "P. de Vries"), ("Onderwerp", "Overlast"), ("Wanneer?", "in oktober 2024")]
    rows = [(72, 40, "19-11-2024 07:30   Bevestiging melding"), (72, 70, "Melding overlast")]
    rows += [(x, 100 + 14 * i, text) for i, pair in enumerate(fields) for x, text in zip((72, 300), pair, strict=True)]
    hit = forms.form_submitted_date(_head(_version_table_pdf(tmp_path / "melding.pdf", rows)))
    assert (hit.value if hit else None) == value
