"""The document's own date in real layouts (pipeline.extract.doc_date), on texts and PDFs written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.clean import clean_page
from pipeline.extract import doc_date as dd
from pipeline.extract.doc_date_meetings import adopted_by_body_date
from pipeline.extract.doc_evidence import Evidence
from pipeline.extract.document import describe_document, evidence
from pipeline.ingest import raw_document_from_text, read_document
from pipeline.records import CleanPage
from pipeline.testing import load_test_module

documents = load_test_module(Path(__file__).resolve().parents[1] / "fixtures" / "documents.py")

PROSE = "Hierbij ontvangt u ons antwoord op uw vragen over de subsidie voor het buurtwerk in de wijk Oost."
CLOSING = "\n\nMet vriendelijke groet,\n\nJ. Jansen\n"


def describe(text: str):
    page = CleanPage.from_text(text)
    return describe_document(raw_document_from_text(text), (page,), pipeline_version="test")


def ev(text: str) -> Evidence:
    return evidence((CleanPage.from_text(text),))


@pytest.mark.parametrize(
    ("text", "value", "rule", "date_text"),
    [
        ("Datum 21.11.2024\nBetreft subsidie\n\nGeachte heer Bakker,\n\n" + PROSE + CLOSING,
         "2024-11-21", "datum_label", "21.11.2024"),
        ("Datum: 21/11/2024\nBetreft subsidie\n\nGeachte heer Bakker,\n\n" + PROSE + CLOSING,
         "2024-11-21", "datum_label", "21/11/2024"),
        ("Datum\tKenmerk\tUw brief\n21.11.2024\tD2024-0118\t12.11.2024\n\nGeachte heer Bakker,\n\n" + PROSE + CLOSING,
         "2024-11-21", "datum_label_row", "21.11.2024"),
        ("Uw brief | Datum | Kenmerk\n12-11-2024 | 21-11-2024 | D2024-0118\n\nGeachte heer Bakker,\n\n" + PROSE
         + CLOSING, "2024-11-21", "datum_label_row", "21-11-2024"),
        ("Datum document\n21 november 2024\nOnderwerp\nsubsidie\n\nGeachte heer Bakker,\n\n" + PROSE + CLOSING,
         "2024-11-21", "datum_label_loose", "21 november 2024"),
        ("Ontvangen 12 maart 2024\n\nDatum:\nBetreft subsidie\n\nGeachte heer Bakker,\n\n" + PROSE + CLOSING,
         "2024-03-12", "received_stamp", "12 maart 2024"),
        ("Postbus 1\n1000 AA Amsterdam\n2 2 APR. 2026\nDatum\nBetreft subsidie\n\nGeachte heer Bakker,\n\n" + PROSE
         + CLOSING, "2026-04-22", "datum_label_below", "2 2 APR. 2026"),
        ("Datum: 2024-03-12\nBetreft subsidie\n\nGeachte heer Bakker,\n\n" + PROSE + CLOSING,
         "2024-03-12", "datum_label", "2024-03-12"),
        ("Gemeente Utrecht\nPostbus 16200\n3500 CE Utrecht\n\n12 maart 2024\n\nGeachte heer Bakker,\n\n" + PROSE
         + CLOSING, "2024-03-12", "date_line", "12 maart 2024"),
        ("dinsdag 12 maart 2024\n\nBeste Piet,\n\n" + PROSE + CLOSING, "2024-03-12", "date_line", "12 maart 2024"),
        ("di. 12 maart 2024\n\nBeste Piet,\n\n" + PROSE + CLOSING, "2024-03-12", "date_line", "12 maart 2024"),
        # A stamp's frame or dash read as a mark before its date; a letter to a college.
        ("Gemeente Assen\nPostbus 30018\n\"8 JAN 2025\n9400 RA ASSEN\n\nDatum:\n\nGeacht college,\n\n" + PROSE
         + CLOSING, "2025-01-08", "date_line", "8 JAN 2025"),
    ],
)
def test_letter_dates_of_real_layouts(text, value, rule, date_text):
    info = describe(text)
    assert (info.doc_type, info.doc_date, info.doc_date_rule) == ("brief", value, rule)
    page, start, end = info.doc_date_span
    assert text[start:end] == date_text


@pytest.mark.parametrize(
    ("header", "value", "date_text"),
    [
        ("Verzonden: vrijdag 25 september 2020 15:14", "2020-09-25", "25 september 2020"),
        ("Sent: Friday, September 25, 2020 3:14 PM", "2020-09-25", "Friday, September 25, 2020"),
        ("Sent: 9/25/2020 3:14 PM", "2020-09-25", "9/25/2020"),
        ("Sent: 5/9/2020 3:14 PM", "2020-05-09", "5/9/2020"),
        # Outlook in British English: the day first.
        ("Sent: Monday, 10 March 2025 17:03", "2025-03-10", "10 March 2025"),
        ("Date: 3 Sept. 2024 08:15", "2024-09-03", "3 Sept. 2024"),
        # A time in AM/PM is a US mail program's, also under Dutch labels.
        ("Verzonden: 3/12/2024 2:03 PM", "2024-03-12", "3/12/2024"),
        ("Verzonden: 3-12-2024 14:03", "2024-12-03", "3-12-2024"),
    ],
)
def test_email_chain_is_dated_by_its_top_message(header, value, date_text):
    text = (f"Van: Petra Jansen\n{header}\nAan: Kees Bakker\nOnderwerp: RE: buurtwerk\n\nBeste Kees,\n\n{PROSE}\n\n"
            "Van: Kees Bakker\nVerzonden: maandag 3 februari 2020 09:02\nAan: Petra Jansen\nOnderwerp: buurtwerk\n\n"
            "Hoi Petra,\n")
    info = describe(text)
    assert (info.doc_kind, info.doc_date, info.doc_date_rule) == ("email", value, "email_sent")
    page, start, end = info.doc_date_span
    assert text[start:end] == date_text


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Lijst ingekomen stukken raadsvergadering 9 juli 2024\n\nNr.\tDatum\tAfzender\n"
         "1\t12-06-2024\tProvincie\n", "lijst_ingekomen_stukken", None),
        ("Ingekomen stukken\n\nRaadsvergadering d.d. 12-03-2024\n\n1. Brief van 14 februari 2024 over "
         "het buurtwerk.\n", "lijst_ingekomen_stukken", None),
        ("Lijst ingekomen stukken\n\nNr. Datum Afzender Onderwerp 1 12-06-2024 Provincie subsidie\n",
         "lijst_ingekomen_stukken", None),
        ("Inventarislijst\n\nNr.\tDatum\tDocument\n1\t03-02-2021\tE-mail\n2\t04-02-2021\tNota\n",
         "inventarislijst", None),
        ("Inventarislijst\n\nNr. Datum Document Beoordeling 1 03-02-2021 E-mail openbaar\n", "inventarislijst",
         None),
        ("Bijlage 1 Inventarislijst\n\nDatum: 14 februari 2023\n\nNr.\tDatum\tDocument\n1\t12-09-2022\tMail\n",
         "inventarislijst", "2023-02-14"),
        # A place-date line under its title is a date it prints for itself, by the month or the day.
        ("Inventarislijst\n\nWoo-verzoek windpark\n\nDen Haag, april 2024\n\nNr.\tDatum\tDocument\n"
         "1\t12-09-2022\tMail\n2\t14-09-2022\tNota\n", "inventarislijst", "2024-04"),
        ("Inventarislijst\n\nZwolle, 3 juni 2024\n\nNr.\tDatum\tDocument\n1\t12-09-2022\tMail\n",
         "inventarislijst", "2024-06-03"),
        # A typed list of transferred records names itself in capitals over a long line, and dates itself by the
        # title-page label over its table (tests/layouts/blind34/CONVENTIONS-archives.md).
        ("LIJST van archiefbescheiden van de secretarie, overgebracht naar de archiefbewaarplaats (Gemeentelijke "
         "Archiefdienst, Havenkade 5)\n\nOpgemaakt: 3 april 1974\n\nVolgnr.\tOmschrijving\tJaren\n"
         "1\tNotulen raad\t1930 - 1950\n", "inventarislijst", "1974-04-03"),
        # So for a list of incoming documents; the meeting it is for, printed under the title, is not.
        ("Lijst van ingekomen stukken\nvoor de vergadering van Provinciale Staten van 8 maart 2024\n"
         "Arnhem, 23 februari 2024\n\nNr.\tDatum\tAfzender\n1\t12-02-2024\tGemeente Ede\n",
         "lijst_ingekomen_stukken", "2024-02-23"),
        ("Lijst van ingekomen stukken\nvoor de vergadering van Provinciale Staten van 8 maart 2024\n\n"
         "Nr.\tDatum\tAfzender\n1\t12-02-2024\tGemeente Ede\n", "lijst_ingekomen_stukken", None),
        ("Fiche 2: Verordening gezondheidsdata\n\n1. Algemene gegevens\nb) Datum ontvangst Commissiedocument: "
         "3 mei 2022\n", "eu_fiche", None),
    ],
)
def test_lists_and_fiches_are_not_dated_by_the_documents_they_list_nor_the_meeting_they_are_for(text, kind, value):
    info = describe(text)
    assert (info.doc_kind, info.doc_date) == (kind, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # The meeting it goes to is not its date (ANNOTATING.md; the second reading of the real documents).
        ("RAADSVOORSTEL\n\nRaadsvergadering: 12 maart 2024\nAgendapunt: 7\nOnderwerp: subsidie\n\n" + PROSE,
         None),
        ("Voorstel aan de raad\n\nDatum PM\n15 januari 2026\nRaadsnummer\n26006\nOnderwerp\nSubsidie\n\n" + PROSE,
         None),
        ("Voorstel aan de raad\n\nDatum raad\n15 januari 2026\nOnderwerp\nSubsidie\n\n" + PROSE, None),
        ("Raadsvoorstel\n\nOnderwerp: subsidie\nDatum collegebesluit: 27 februari 2024\n"
         "Raadsvergadering: 12 maart 2024\n\n" + PROSE, "2024-02-27"),
        ("Raadsvoorstel\n\nDatum raadsvergadering: 12 december 2024\nDatum collegebesluit: 19 november 2024\n\n"
         + PROSE, "2024-11-19"),
    ],
)
def test_a_council_proposal_is_dated_by_its_own_label_never_by_the_meeting_it_goes_to(text, value):
    info = describe(text)
    assert (info.doc_kind, info.doc_date) == ("raadsvoorstel", value)


@pytest.mark.parametrize(("dateline", "value"), [
    ("Assen, 12 oktober 1982", "1982-10-12"),
    # Near miss: without a place-date line of its own the proposal has no date; the meeting it is for is not its date.
    ("", None),
])
def test_a_council_proposal_written_as_a_letter_is_dated_by_its_place_date_line(dateline, value):
    text = ("GEMEENTE ASSEN\n\nVoorstel aan de raad no. 127\n\n" + dateline + "\n\nOnderwerp: vaststelling van de "
            "begroting voor het dienstjaar 1983\n\nAan de gemeenteraad\n\nHierbij bieden wij U de ontwerp-begroting "
            "ter vaststelling aan. Wij stellen U voor de begroting in Uw vergadering van 8 november 1982 vast te "
            "stellen.\n\nBurgemeester en wethouders van Assen,\n")
    info = describe(text)
    assert (info.doc_kind, info.doc_date) == ("raadsvoorstel", value)


@pytest.mark.parametrize(
    ("text", "value", "rule"),
    [
        ("Begroting 2026\n\nwww.ggd.example.nl\nBegroting 2026 versie 0.2 14-10-2025\nStatus: besluitvorming AB "
         "09-10-2025\n\nInleiding\n" + PROSE + "\n", "2025-10-14", "title_page_date"),
        # A plan names the year it plans for; with no date printed it has none.
        ("Jaarplan 2024\n\nInleiding\n\n" + PROSE + "\n", None, None),
        ("Jaarplan 2024\n\nDatum: 1 december 2023\n\nInleiding\n\n" + PROSE + "\n", "2023-12-01", "title_page_date"),
        ("Handleiding indicatoren\n\nUitgave januari 2013\n\nInleiding\n\n" + PROSE + "\n", "2013-01",
         "title_page_date"),
    ],
)
def test_title_pages_of_budgets_plans_and_handbooks(text, value, rule):
    info = describe(text)
    assert (info.doc_date, info.doc_date_rule) == (value, rule)


@pytest.mark.parametrize(
    ("text", "value", "rule"),
    [
        # The cover's date before the year the accounts are for.
        ("Jaarstukken 2023\n\nGGD Noord- en Oost-Gelderland\n\nVersie 12 april 2024\n\nInhoud\n", "2024-04-12",
         "title_page_date"),
        ("Jaarrekening 2022\n\nBalans per 31 december 2022\n\n" + PROSE + "\n", "2022", "report_year_heading"),
        ("Jaarverslag 2023\n\nRegionaal Archief Zutphen\n\nZutphen, mei 2024\n\nVoorwoord\n" + PROSE + "\n", "2024-05",
         "cover_date"),
        # OCR ran the cover's lines together: the label stands close before a date that ends the line.
        ("Evaluatie Regeling sport\n\nIn opdracht van het ministerie van Volksgezondheid, Welzijn en Sport "
         "Definitieve versie, 14 september 2023\n", "2023-09-14", "title_page_date"),
        ("Evaluatie Regeling sport\n\nDe versie van de regeling uit 2019 is op 14 september 2023 in werking getreden "
         "en wordt sindsdien door veel gemeenten gebruikt\n", None, None),
        # A cover prints a date alone on a line.
        ("Raad voor het Openbaar Bestuur\n\nAdvies\n\nGrip op de regio\n\noktober 2024\n\n" + PROSE + "\n", "2024-10",
         "cover_date"),
        ("Advies\n\nGrip op de regio\n\nUtrecht, 14 september 2023\n\n" + PROSE + "\n", "2023-09-14", "cover_date"),
        ("Advies\n\nOver samenwerking van gemeenten oktober 2024\n\n" + PROSE + "\n", "2024-10", "cover_date"),
        ("Advies\n\nDe raad adviseerde in oktober 2024\n\n" + PROSE + "\n", None, None),
    ],
)
def test_covers_of_reports_and_accounts(text, value, rule):
    info = describe(text)
    assert (info.doc_date, info.doc_date_rule) == (value, rule)


@pytest.mark.parametrize(
    ("opening", "value", "rule"),
    [
        ("woensdag 27 maart 2019\n", "2019-03-27", "news_date_line"),
        ("27 maart 2019 | 11:53\n", "2019-03-27", "news_date_line"),
        ("Geplaatst door Petra Jansen op woensdag 27 maart 2019 11:53\n", "2019-03-27", "news_published_by"),
        ("", None, None),
    ],
)
def test_news_without_dateline_takes_an_opening_date_line(opening, value, rule):
    text = (f"Buurtwerk Oost krijgt twee jaar extra\n\n{opening}\n"
            "De gemeente verlengt de subsidie voor het buurtwerk in de wijk Oost met twee jaar, zodat de lopende "
            "projecten kunnen worden afgerond.\n\n“We willen de wijk niet in de steek laten”, vertelt wethouder "
            "Jansen. De buurtwerkers krijgen ook een eigen ruimte in het wijkcentrum aan de Marktstraat.\n")
    info = describe(text)
    assert (info.doc_type, info.doc_date, info.doc_date_rule) == ("nieuws", value, rule)


NEWS_BODY = ("De gemeente verlengt de subsidie voor het buurtwerk in de wijk Oost met twee jaar, zodat de "
             "lopende projecten kunnen worden afgerond. Dat laat wethouder Jansen weten.\n\n“We willen de wijk niet in de steek laten”, zegt Jansen.\n")


@pytest.mark.parametrize(
    ("opening", "value", "rule"),
    [
        ("dinsdag 5 november 2024\n\nBuurtwerk Oost krijgt twee jaar extra\n", "2024-11-05", "news_date_line"),
        ("12-03-2024 10:15 uur\n\nBuurtwerk Oost krijgt twee jaar extra\n", "2024-03-12", "news_date_line"),
        ("Persbericht\n\nDen Haag, 3 maart 2025\n\nBuurtwerk Oost krijgt twee jaar extra\n", "2025-03-03",
         "place_date_line"),
        ("Persbericht\nDatum: 14-02-2024\n\nBuurtwerk Oost krijgt twee jaar extra\n", "2024-02-14", "datum_label"),
        ("Buurtwerk Oost krijgt twee jaar extra\n\nDoor Petra Jansen | 12 maart 2024 | 3 minuten leestijd\n",
         "2024-03-12", "news_date_line"),
        ("Persbericht\nNr. 24-031 | 12 maart 2024\n\nBuurtwerk Oost krijgt twee jaar extra\n", "2024-03-12",
         "news_date_line"),
        # The release's label printed beside its dateline, joined to the line by the text.
        ("Gemeente Oss | Communicatie\nOss, 1 oktober 2024 PERSBERICHT\n\nBuurtwerk Oost krijgt twee jaar extra\n",
         "2024-10-01", "news_place_date"),
        ("Leeuwarden, 4 juni 2024 Nieuwsbericht\n\nBuurtwerk Oost krijgt twee jaar extra\n", "2024-06-04",
         "news_place_date"),
    ],
)
def test_news_dated_above_its_headline(opening, value, rule):
    info = describe(opening + "\n" + NEWS_BODY)
    assert (info.doc_type, info.doc_date, info.doc_date_rule) == ("nieuws", value, rule)


def test_a_place_date_line_far_down_a_news_item_is_part_of_the_story():
    text = ("Persbericht\n\nBuurtwerk Oost krijgt twee jaar extra\n\n" + "\n\n".join([NEWS_BODY] * 4)
            + "\nUtrecht, 3 maart 2025\n")
    assert describe(text).doc_date is None


def test_prose_with_a_date_is_no_news_date_line():
    text = "Kop\n\nOp 27 maart 2019 besloot de raad tot verlenging van de subsidie.\n"
    assert dd.news_opening_date(ev(text)) is None


# --------------------------------------------------------------------------
# Generated PDFs: the layout is what a real letter head looks like


def _pdf(path, rows):
    """A one-page PDF with (x, y, text) strings in points from the top."""
    return documents.placed_pdf(path, [rows])


_describe_pdf = documents.describe_pdf


@pytest.mark.parametrize("label", ["Datum uittreksel", "Uittrekseldatum"])
def test_pdf_register_extract_dated_by_its_own_label_in_the_row_under_its_title(tmp_path, label):
    # An extract of a register (of processing activities, of members) names the day it was drawn from the register;
    # the entries' own dates in its table and the print line are not its date.
    rows = [(72, 60, "Uittreksel ledenregister adviesraad"),
            (72, 90, "Verantwoordelijke"), (200, 90, label), (330, 90, "Versie"),
            (72, 104, "College van Oss"), (200, 104, "17 oktober 2025"), (330, 104, "3.2"),
            (72, 140, "Nr."), (120, 140, "Lid"), (330, 140, "Laatst gewijzigd"),
            (72, 154, "1"), (120, 154, "voorzitter"), (330, 154, "02-09-2025"),
            (72, 168, "2"), (120, 168, "secretaris"), (330, 168, "11-06-2024")]
    info = _describe_pdf(_pdf(tmp_path / "uittreksel.pdf", rows))
    assert info.doc_date == "2025-10-17"


def test_pdf_letter_with_a_row_of_labels_over_a_row_of_values(tmp_path):
    rows = [(72, 60, "Gemeente Zeewolde"),
            (72, 110, "Datum"), (220, 110, "Kenmerk"), (380, 110, "Uw brief"),
            (72, 124, "21.11.2024"), (220, 124, "D2024-0118"), (380, 124, "12.11.2024"),
            (72, 180, "Geachte heer Bakker,"), (72, 200, PROSE),
            (72, 230, "Met vriendelijke groet,"), (72, 244, "J. Jansen")]
    info = _describe_pdf(_pdf(tmp_path / "brief.pdf", rows))
    assert (info.doc_type, info.doc_date) == ("brief", "2024-11-21")


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        # A cell under Datum with a two-digit year, as templates print it.
        ("21-11-'24", "2024-11-21"),
        ("03.02.25", "2025-02-03"),
        # Near miss: a code in the Datum column is no date.
        ("21-11-24-0412", None),
    ],
)
def test_pdf_letter_with_a_two_digit_year_under_its_date_label(tmp_path, cell, value):
    rows = [(72, 60, "Gemeente Zeewolde"),
            (72, 110, "Datum"), (220, 110, "Kenmerk"), (380, 110, "Portefeuillehouder"),
            (72, 124, cell), (220, 124, "D2024-0118"), (380, 124, "wethouder Financien"),
            (72, 180, "Geachte heer Bakker,"), (72, 200, PROSE),
            (72, 230, "Met vriendelijke groet,"), (72, 244, "J. Jansen")]
    info = _describe_pdf(_pdf(tmp_path / "brief.pdf", rows))
    assert (info.doc_type, info.doc_date) == ("brief", value)


@pytest.mark.parametrize(
    ("labels", "values", "value"),
    [
        # The cells stand close: the text layer joins them with single spaces.
        (("Raadsvergadering", "Datum", "Agendapunt"), ("7 november 2024", "3 oktober 2024", "8"), "2024-10-03"),
        (("Datum", "Raadsvergadering", "Agendapunt"), ("3 oktober 2024", "7 november 2024", "8"), "2024-10-03"),
        # Only the meeting it goes to: no date of its own.
        (("Raadsvergadering", "Agendapunt", "Portefeuille"), ("7 november 2024", "8", "Financiën"), None),
        # 'Datum voorstel' is the proposal's own date label, not a date of something else.
        (("Raadsvergadering", "Datum voorstel", "Agendapunt"), ("11 december 2024", "19 november 2024", "7"),
         "2024-11-19"),
    ],
)
def test_pdf_council_proposal_with_a_row_of_labels_in_narrow_cells(tmp_path, labels, values, value):
    rows = [(72, 60, "Raadsvoorstel"), (72, 250, "Voorgesteld raadsbesluit"), (72, 264, PROSE)]
    for k, (label, cell) in enumerate(zip(labels, values, strict=True)):
        rows += [(72 + 100 * k, 110, label), (72 + 100 * k, 124, cell)]
    info = _describe_pdf(_pdf(tmp_path / "voorstel.pdf", rows))
    assert (info.doc_kind, info.doc_date) == ("raadsvoorstel", value)


def test_pdf_minutes_with_the_meeting_date_in_a_row_of_fields(tmp_path):
    rows = [(72, 60, "Verslag Algemeen Bestuur"),
            (72, 90, "Vergadering: Algemeen Bestuur | Datum: donderdag 4 juli 2024 | Locatie: Apeldoorn"),
            (72, 104, "Datum verzending verslag: 18 juli 2024"), (72, 140, "1. Opening"), (72, 154, PROSE)]
    info = _describe_pdf(_pdf(tmp_path / "verslag.pdf", rows))
    assert (info.doc_kind, info.doc_date) == ("verslag", "2024-07-04")


def test_pdf_decision_list_with_its_meeting_date_in_the_margin_column(tmp_path):
    c = canvas.Canvas(str(tmp_path / "besluiten.pdf"), pagesize=A4)
    height = A4[1]
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, height - 90, "Besluitenlijst Gedeputeerde Staten")
    c.setFont("Helvetica", 10)
    c.drawString(72, height - 130, "1. Reactie op de brief van de gemeente Ede van 2 oktober 2023: vastgesteld.")
    # A full page: the margin column's text comes after the body's, far below the opening lines.
    for k in range(2, 26):
        c.drawString(72, height - 130 - 20 * k, f"{k}. Subsidie buurtwerk wijk {k}: vastgesteld.")
    for y, text, font in ((150, "Vergaderdatum", "Helvetica-Bold"), (160, "10 oktober 2023", "Helvetica"),
                          (178, "Kenmerk", "Helvetica-Bold"), (188, "BL-2023-41", "Helvetica")):
        c.setFont(font, 7.5)
        c.drawString(440, height - y, text)
    c.save()
    info = _describe_pdf(tmp_path / "besluiten.pdf")
    assert (info.doc_kind, info.doc_date) == ("besluitenlijst", "2023-10-10")


def test_pdf_email_printed_from_outlook(tmp_path):
    rows = [(72, 60, "Van: Petra Jansen"), (72, 74, "Verzonden: vrijdag 25 september 2020 15:14"),
            (72, 88, "Aan: Kees Bakker"), (72, 102, "Onderwerp: RE: buurtwerk"),
            (72, 140, "Beste Kees,"), (72, 160, PROSE), (72, 190, "Met vriendelijke groet,"), (72, 204, "Petra")]
    info = _describe_pdf(_pdf(tmp_path / "mail.pdf", rows))
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("overig", "email", "2020-09-25")


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Cijfers tot en met zondag 27 februari 2022", "2022-02-27"),
        ("Peildatum: 1 januari 2024", "2024-01-01"),
        ("Stand per 31-12-2023", "2023-12-31"),
        ("Stand van zaken: maart 2024", "2024-03"),
        ("Een overzicht van de cijfers", None),
    ],
)
def test_a_factsheet_takes_the_date_its_figures_are_for(line, value):
    text = (f"Factsheet Jeugdhulp\n\nActuele cijfers over jeugdhulp in de regio\n\n{line}\n\n"
            "Jongeren met jeugdhulp\n12.345 Jongeren\n\n" + PROSE + "\n")
    info = describe(text)
    assert info.doc_date == value
    if value:
        assert info.doc_date_rule == "status_date"


def test_a_day_misread_inside_a_word_gives_no_date():
    # OCR read '12 maart' as 'l2 maart': not the 2nd of March.
    text = "Datum l2 maart 2024\nBetreft subsidie\n\nGeachte heer Bakker,\n\n" + PROSE + CLOSING
    assert describe(text).doc_date != "2024-03-02"


# --------------------------------------------------------------------------
# Fields printed side by side: read from the word boxes


def _ev_pdf(path) -> Evidence:
    return evidence(tuple(clean_page(p) for p in read_document(path, source=str(path)).pages))


@pytest.mark.parametrize(
    ("furniture", "value"),
    [
        (("Gemeente Ede", "Datum 12 maart 2024 Kenmerk Z-24-1234 Pagina 1 van 2"), "2024-03-12"),
        (("Kenmerk Z-24-1234 | Datum: 12-03-2024",), "2024-03-12"),
        (("Pagina 1 van 2", "www.ede.nl"), None),
    ],
)
def test_a_date_in_a_header_repeated_on_every_page_dates_the_letter(furniture, value):
    from pipeline.records import RawPage

    text = "Stichting Jeugdwerk\nPostbus 88\n6710 BB EDE\n\nGeacht bestuur,\n\n" + PROSE + CLOSING
    page = CleanPage(number=1, text=text, raw=RawPage(number=1, text=text, method="pdf", furniture=furniture),
                     raw_offsets=tuple(range(len(text) + 1)))
    info = describe_document(raw_document_from_text(text), (page,), pipeline_version="test")
    assert info.doc_date == value
    if value:
        assert (info.doc_date_rule, info.doc_date_span) == ("datum_furniture", None)


def _paper_page(number: int, text: str, date: str) -> CleanPage:
    """A page of letter paper: its margin column's fields set apart by the clean stage, and printed after the body."""
    text = f"{text}\n\nDatum\n{date}\nKenmerk\nODMH/24/0312\n"
    plain = CleanPage.from_text(text, number=number)
    return CleanPage(number=number, text=text, raw=plain.raw, raw_offsets=plain.raw_offsets,
                     margin_fields=(("Datum", date), ("Kenmerk", "ODMH/24/0312")))


def test_accounts_on_letter_paper_take_the_margin_date_of_a_later_page_before_their_year():
    # The scan garbled the first page's Datum field; the running margin of the next page repeats it.
    pages = (_paper_page(1, "Omgevingsdienst Midden-Holland\n\nJaarrekening 2023\n\nInhoudsopgave\n1 Jaarverslag\n"
                         "2 Jaarrekening", "15:04.2024"),
             _paper_page(2, "2 Jaarrekening\n2.1 Balans per 31 december 2023", "15.04.2024"))
    info = describe_document(raw_document_from_text(pages[0].text), pages, pipeline_version="test")
    assert (info.doc_type, info.doc_kind, info.doc_date, info.doc_date_rule) == (
        "jaarverslag", "jaarrekening", "2024-04-15", "margin_datum")


def test_a_factsheet_on_letter_paper_takes_its_datum_field_before_the_date_of_its_figures():
    page = _paper_page(1, "Factsheet Wmo 2023\n\nCliënten: 6.430\nNieuwe aanvragen: 2.115\nDoorlooptijd: 6 weken\n\n"
                       "Bron: registratie, peildatum 31 december 2023", "01-02-2024")
    info = describe_document(raw_document_from_text(page.text), (page,), pipeline_version="test")
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("overig", "factsheet", "2024-02-01")
    bare = CleanPage.from_text(page.text.split("\n\nDatum")[0])
    assert describe_document(raw_document_from_text(bare.text), (bare,), pipeline_version="test").doc_date == "2023-12-31"


QA = "Vraag 1\nHoeveel panden staan leeg?\n\nAntwoord 1\nZevenendertig.\n\nVraag 2\nWat doet u eraan?\n\nAntwoord 2\nWe onderzoeken het.\n"


@pytest.mark.parametrize(
    ("text", "value", "rule", "date_text"),
    [
        # Answers printed by a ministry or a college without a Kamer header: the date of the document.
        ("Antwoorden op Kamervragen\n\nDatum 12 april 2024\nKenmerk 3812345-PG\n\n" + QA,
         "2024-04-12", "datum_label", "12 april 2024"),
        ("Datum\tUw brief van\tOns kenmerk\n28 mei 2024\t3 mei 2024\t2024-04512\n\n" + QA,
         "2024-05-28", "datum_label_row", "28 mei 2024"),
        # A council's form dates the questions and the answers: the answers' date is the document's.
        ("Beantwoording schriftelijke vragen\n\nDatum vragen: 14 februari 2024\nDatum beantwoording: 12 maart 2024\n\n"
         + QA, "2024-03-12", "kamervragen_beantwoord", "12 maart 2024"),
        # An uitstelbericht as the Aanhangsel prints it.
        ("Aanhangsel van de Handelingen\n\n2024Z04011\n\nMededeling van minister Helder (Langdurige Zorg) "
         "(ontvangen 3 april 2024)\n\nDe vragen van het lid Dobbe (SP) (ingezonden 12 maart 2024) kunnen niet binnen "
         "de termijn worden beantwoord.\n", "2024-04-03", "kamervragen_ontvangen", "3 april 2024"),
        # The questions alone are dated by when they were asked, not by the deadline for the answers.
        ("Schriftelijke vragen ex artikel 38 RvO\n\nIngediend: 3 mei 2024\nUiterste datum beantwoording: 2 juni 2024"
         "\n\nVraag 1\nHoeveel kilometer fietspad is niet gestrooid?\n\nVraag 2\nPast u het strooiplan aan?\n",
         "2024-05-03", "kamervragen_ingediend", "3 mei 2024"),
        # The Kamer's site prints when the questions were asked and the deadline for the answers.
        ("Kamervraag\nVragen over de sluiting van het zwembad\n\nNummer 2025Z01234\nGesteld op 4 februari 2025\n"
         "Status Nog niet beantwoord, antwoordtermijn verloopt 25 februari 2025\n\n"
         "Vragen van het lid Jansen (CDA) aan de staatssecretaris van Sport over de sluiting van het zwembad.\n\n"
         "1. Kent u het bericht over de sluiting?\n\n2. Bent u bereid in gesprek te gaan met de gemeente?\n",
         "2025-02-04", "kamervragen_ingediend", "4 februari 2025"),
    ],
)
def test_answers_and_questions_without_a_kamer_header(text, value, rule, date_text):
    info = describe(text)
    assert (info.doc_type, info.doc_date, info.doc_date_rule) == ("kamervragen", value, rule)
    page, start, end = info.doc_date_span
    assert text[start:end] == date_text


def test_pdf_questions_of_a_council_member_dated_in_a_row_of_labels(tmp_path):
    """The text joins the cells of the row ('Ingediend Fractie Uiterste datum beantwoording'): the word
    boxes keep the date under its label, apart from the deadline under another."""
    rows = [(72, 60, "Schriftelijke vragen ex artikel 40 Reglement van Orde"),
            (72, 100, "Ingediend"), (152, 100, "Fractie"), (190, 100, "Uiterste datum beantwoording"),
            (72, 114, "3 februari 2025"), (152, 114, "D66"), (190, 114, "5 maart 2025"),
            (72, 150, "Geacht college,")]
    raw = read_document(_pdf(tmp_path / "vragen.pdf", rows), source="vragen.pdf")
    hit = dd.submitted_date(evidence(tuple(clean_page(p) for p in raw.pages)))
    assert (hit.value, hit.rule) == ("2025-02-03", "kamervragen_ingediend_cell")


STORY = "De proef met de buurtbus loopt een jaar langer. Dat laat de provincie Overijssel weten.\n"


@pytest.mark.parametrize(
    ("text", "doc_type", "value", "rule"),
    [
        # A site prints the date of a news item under the story.
        ("Provincie verlengt proef met buurtbus\n\n" + STORY + ("\n" + PROSE + "\n") * 8 + "\nGeplaatst op 2 juli 2024\n",
         "nieuws", "2024-07-02", "published_stamp"),
        # A page that is no news is dated by its last change, also where the stamp joined the last sentence;
        # its publication date, where it has one, comes first.
        ("Veelgestelde vragen over de energietoeslag\n\nWie heeft recht op de toeslag?\nHuishoudens met een laag "
         "inkomen. Laatst gewijzigd: 4 april 2024\n", "overig", "2024-04-04", "changed_stamp"),
        ("Parkeervergunning aanvragen\n\nWat is het?\nMet een vergunning parkeert u in uw wijk.\n\n"
         "Gepubliceerd op: 4 april 2023 | Laatst gewijzigd op: 8 april 2024\n", "overig", "2023-04-04",
         "published_stamp"),
        # A newsletter's issue month; an agenda item's date is no dateline.
        ("Nieuwsbrief Sociaal Domein\nNummer 3 | maart 2024\n\nWijkteams van start\nSinds 1 maart werken de "
         "nieuwe wijkteams in Noord en Zuid.\n\nAgenda\n18 april 2024: informatieavond over de Wmo.\n",
         "nieuws", "2024-03", "issue_month"),
        # An older newsletter closes the line of its volume and number with the month.
        ("Nieuwsbrief voor ingelanden\nJaargang 7, nr. 3 – september 1994\n\nWijkteams van start\nSinds 1 maart "
         "werken de nieuwe wijkteams in Noord en Zuid.\n", "nieuws", "1994-09", "issue_month"),
        # A municipality in Fryslân publishes in Frisian: its publication stamp before its last change.
        ("Fragen oer de enerzjytaslach\n\nWa hat rjocht op de taslach?\nHúshâldens mei in leech ynkommen.\n\n"
         "Publisearre op 4 april 2024\nLêst bywurke: 12 april 2024\n", "overig", "2024-04-04", "published_stamp"),
        ("Fragen oer de enerzjytaslach\n\nWa hat rjocht op de taslach?\nHúshâldens mei in leech ynkommen.\n\n"
         "Lêst bywurke: 12 april 2024\n", "overig", "2024-04-12", "changed_stamp"),
        # A statement released to the press is dated by its release, not by its format's version.
        ("Persbericht\nFormat PB-2, versie 1.4 (mei 2022)\nVrijgegeven op vrijdag 8 november 2024, 09.15 uur\n\n"
         "Stremming Maasbrug\n\n" + STORY, "nieuws", "2024-11-08", "published_stamp"),
        ("Persbericht\nVrijgegeven: 14-01-2025\n\nStremming Maasbrug\n\n" + STORY, "nieuws", "2025-01-14",
         "published_stamp"),
    ],
)
def test_pages_printed_from_a_site_and_newsletters(text, doc_type, value, rule):
    info = describe(text)
    assert (info.doc_type, info.doc_date, info.doc_date_rule) == (doc_type, value, rule)


FRISIAN_STORY = "De gemeente bout in nije sporthal yn Burgum. De iepening is yn it neijier.\n"


@pytest.mark.parametrize(
    ("text", "value", "rule"),
    [
        # Fryslân's municipalities and province date in Frisian: months and weekdays are the lexicon's.
        ("Nije sporthal yn Burgum\n\n" + FRISIAN_STORY + ("\n" + PROSE + "\n") * 3 + "\nPublisearre op 3 maaie 2024\n",
         "2024-05-03", "published_stamp"),
        ("Nije sporthal yn Burgum\n\n" + FRISIAN_STORY + ("\n" + PROSE + "\n") * 3
         + "\nPublisearre op tiisdei 7 maaie 2024\n", "2024-05-07", "published_stamp"),
        ("Gemeente Leeuwarden\nPostbus 21000\n8900 JA Ljouwert\n\nLjouwert, 12 novimber 2024\n\n"
         "Onderwerp: subsidie dorpshuis\n\nGeachte heer,\n\n" + PROSE + "\n\nMet vriendelijke groet,\n",
         "2024-11-12", "place_date_line"),
        ("Provinsje Fryslân\n\nLjouwert, freed 13 desimber 2024\n\nOnderwerp: subsidie\n\nGeachte heer,\n\n"
         + PROSE + "\n\nHoogachtend,\n", "2024-12-13", "place_date_line"),
        ("Gemeente Harlingen\n\nDatum: 5 febrewaris 2025\nOns kenmerk: 2025/123\n\nGeachte heer,\n\n" + PROSE
         + "\n\nHoogachtend,\n", "2025-02-05", "datum_label"),
        ("Gemeente Harlingen\n\nDatum: 5 des. 2024\nOns kenmerk: 2024/913\n\nGeachte heer,\n\n" + PROSE
         + "\n\nHoogachtend,\n", "2024-12-05", "datum_label"),
        ("Parseberjocht\n\nLJOUWERT, 3 septimber 2024 - De provinsje jout jild oan de doarpen.\n\n" + PROSE + "\n",
         "2024-09-03", "news_dateline"),
    ],
)
def test_frisian_dates_of_a_document(text, value, rule):
    info = describe(text)
    assert (info.doc_date, info.doc_date_rule) == (value, rule)


def test_a_frisian_short_form_that_is_a_dutch_word_dates_nothing_without_day_and_year():
    info = describe("Gemeente Harlingen\n\nDatum: des 2024\nOns kenmerk: 2024/913\n\nGeachte heer,\n\n" + PROSE
                    + "\n\nHoogachtend,\n")
    assert info.doc_date is None


@pytest.mark.parametrize(
    ("row", "value"),
    [
        ("Datum Nummer Contact\n3 oktober 2024 2024-118 Team Communicatie", "2024-10-03"),
        # The date label heads another column: its value is the reference, not a date.
        ("Nummer Contact\n2024-118 Team Communicatie", None),
    ],
)
def test_a_press_release_dated_in_a_row_of_labels_under_its_heading(row, value):
    info = describe(f"Veiligheidsregio Brabant-Noord\nPersbericht\n\n{row}\n\nGrote oefening op de A50\n"
                    "Op zaterdag 12 oktober 2024 houden brandweer en politie een oefening op de A50.\n")
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("nieuws", "persbericht", value)


@pytest.mark.parametrize(
    ("cells", "value"),
    [
        (("Nr. 24/118", "Zwolle, 3 oktober 2024"), "2024-10-03"),
        (("Zwolle, 3 oktober 2024", "Nummer 118"), "2024-10-03"),
        # Near miss: a date in a cell beside the number without a place is no place-date line; after more words it
        # is a sentence of the story.
        (("Nr. 24/118", "Oefening op 12 oktober 2024"), None),
    ],
)
def test_pdf_press_release_dated_by_a_place_date_cell_beside_its_number(tmp_path, cells, value):
    rows = [(72, 60, "Veiligheidsregio IJsselland"), (72, 90, "PERSBERICHT"),
            (72, 120, cells[0]), (330, 120, cells[1]), (72, 160, "Grote oefening op de A28"),
            (72, 180, "Brandweer en politie houden een oefening op de A28, zegt de woordvoerder.")]
    info = _describe_pdf(_pdf(tmp_path / "persbericht.pdf", rows))
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("nieuws", "persbericht", value)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        # The meeting a budget is for, or a received stamp, is no date of the cover.
        ("Raadsvergadering 7 november 2024", None),
        ("Raadsvergadering: donderdag 7 november 2024", None),
        ("Ontvangen 12 november 2024", None),
        ("Utrecht, november 2024", "2024-11"),
    ],
)
def test_a_labelled_date_on_a_budgets_cover_is_not_its_own(line, value):
    info = describe(f"Programmabegroting 2025\n\nGemeente Ede\n\n{line}\n\nInhoud\n1. Programma's\n")
    assert (info.doc_kind, info.doc_date) == ("begroting", value)


@pytest.mark.parametrize(
    ("closing", "value"),
    [
        ("Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Maastricht, gehouden op 25 juni "
         "2024.", "2024-06-25"),
        ("Aldus besloten in de openbare raadsvergadering van dinsdag 9 juli 2024.", "2024-07-09"),
        ("Vastgesteld in de vergadering van Provinciale Staten van 3 oktober 2024.", "2024-10-03"),
    ],
)
def test_a_council_decision_is_dated_by_the_meeting_that_adopted_it(closing, value):
    text = ("Raadsbesluit\n\nOnderwerp: bestemmingsplan Centrum\n\nDe raad van de gemeente Zwolle;\n\ngelezen het "
            "voorstel van burgemeester en wethouders van 14 mei 2024, nummer 2024.0412;\n\nbesluit:\n1. het "
            f"bestemmingsplan vast te stellen.\n\n{closing}\n\nde griffier, de voorzitter,\n")
    info = describe(text)
    assert (info.doc_kind, info.doc_date, info.doc_date_rule) == ("raadsvoorstel", value, "adopted_in_meeting")


def test_a_list_of_incoming_documents_is_dated_by_its_own_datum_before_the_meeting_it_is_for():
    text = ("Lijst van ingekomen stukken ten behoeve van de raadsvergadering van 18 april 2024\n\n"
            "Periode: 7 maart 2024 tot en met 2 april 2024\nDatum: 3 april 2024\n\n"
            "1. Brief van de provincie van 8 maart 2024 over het begrotingstoezicht.\n")
    info = describe(text)
    assert (info.doc_kind, info.doc_date) == ("lijst_ingekomen_stukken", "2024-04-03")


@pytest.mark.parametrize(
    ("labels", "values", "value"),
    [
        (("Datum", "Kenmerk", "Behandeling AB"), ("21-03-2024", "ODNZKG-24-0412", "11-04-2024"), "2024-03-21"),
        # A document system's date, ISO.
        (("Documentdatum", "Zaaknummer", "Status"), ("2024-09-26", "Z-2024-061173", "Vastgesteld DB"), "2024-09-26"),
        # Only the meeting it is for: no date of its own.
        (("Kenmerk", "Behandeling AB"), ("ODNZKG-24-0412", "11-04-2024"), None),
    ],
)
def test_pdf_budget_change_dated_in_a_row_of_labels_under_its_title(tmp_path, labels, values, value):
    rows = [(72, 60, "Omgevingsdienst Noordzeekanaalgebied"), (72, 90, "1e begrotingswijziging 2024"),
            *[(72 + 130 * k, 120, label) for k, label in enumerate(labels)],
            *[(72 + 130 * k, 133, v) for k, v in enumerate(values)],
            (72, 170, "Aanleiding"), (72, 186, "De taken van de omgevingsdienst op het gebied van bodem zijn per 1 januari"),
            (72, 198, "2024 overgegaan van de provincie naar de gemeenten. De begroting 2024 wordt daarop aangepast.")]
    info = _describe_pdf(_pdf(tmp_path / "wijziging.pdf", rows))
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("jaarverslag", "begroting", value)


@pytest.mark.parametrize(
    ("head", "value"),
    [
        ("Documentenoverzicht Woo-verzoek WOO-2024-0633\nVersie 2, 9 oktober 2024", "2024-10-09"),
        # The earlier version it names is not its date; nor are the listed documents' dates.
        ("Documentenoverzicht Woo-verzoek WOO-2024-0633", None),
    ],
)
def test_an_inventory_list_is_dated_by_its_own_version_line(head, value):
    text = (f"UWV\n{head}\nOnderwerp: fraudesignalen WW\n\nNr.\tDatum\tType\n1\t14-01-2021\tNotitie\n"
            "2\t02-06-2021\tPresentatie\n\nWijziging ten opzichte van versie 1 (12 september 2024): document 2 is "
            "toegevoegd na een aanvullende zoekslag in de systemen van de afdeling Handhaving.\n")
    hit = dd.document_date(ev(text), "overig", "inventarislijst")
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(
    ("labels", "value", "rule"),
    [
        # A budget form's own Datum in the row of labels under its title, before the adoption at its foot.
        (("Begrotingsjaar", "Datum", "Registratienummer"), "2025-02-14", "title_row_date"),
        # Without a Datum of its own in the row, the row dates nothing: the adoption line is all there is.
        (("Begrotingsjaar", "Raadsvergadering", "Registratienummer"), "2025-03-27", "title_page_date"),
    ],
)
def test_pdf_budget_form_dated_in_the_row_of_labels_under_its_title(tmp_path, labels, value, rule):
    rows = [(72, 60, "Gemeente Vlieland"), (72, 80, "Begrotingswijziging nr. 2025-03")]
    for k, (label, cell) in enumerate(zip(labels, ("2025", "14-02-2025", "RV.25.0042"), strict=True)):
        rows += [(72 + 130 * k, 110, label), (72 + 130 * k, 124, cell)]
    rows += [(72, 160, "Toelichting"), (72, 176, "De kosten van de haven vallen hoger uit dan begroot."),
             (72, 192, "De lasten worden gedekt uit de algemene reserve."),
             (72, 230, "Vastgesteld door de raad in zijn vergadering van 27 maart 2025"),
             (72, 244, "de griffier, de voorzitter,")]
    info = _describe_pdf(_pdf(tmp_path / "wijziging.pdf", rows))
    assert (info.doc_kind, info.doc_date, info.doc_date_rule) == ("begroting", value, rule)


@pytest.mark.parametrize(
    ("title", "adoption", "value"),
    [
        # A plan's cover prints the steps of its adoption: the version row its writers drew up, then the college's
        # adoption under it, the last step, which dates it (ANNOTATING.md).
        ("Jaarplan Veiligheid 2026", "Vastgesteld door het college van burgemeester en wethouders op 25 november 2025",
         "2025-11-25"),
        ("Communicatieplan Centrumplan Epe", "Vastgesteld door het college op 25 november 2025", "2025-11-25"),
        # Near miss: a sentence of the head about an earlier adoption of something else is no step of this plan's.
        ("Jaarplan Veiligheid 2026", "Het vorige plan werd op 25 november 2024 besproken", "2025-11-03"),
    ],
)
def test_pdf_plan_whose_cover_prints_a_version_row_and_its_later_adoption(tmp_path, title, adoption, value):
    rows = [(72, 60, title), (72, 80, "Gemeente Epe"),
            (72, 110, "Versie"), (170, 110, "Opgesteld door"), (290, 110, "Datum"),
            (72, 124, "1.0"), (170, 124, "Team Veiligheid"), (290, 124, "3 november 2025"),
            (72, 150, adoption), (72, 180, "1. Inleiding"), (72, 196, PROSE)]
    info = _describe_pdf(_pdf(tmp_path / "plan.pdf", rows))
    assert info.doc_date == value


@pytest.mark.parametrize(("last", "value"), [
    # A year plan's version history over its rows: the last version, its adoption, dates the plan.
    (("1.1", "9 december 2025", "vastgesteld door het bestuur"), "2025-12-09"),
    # Near miss: without a later row the last version printed dates it, not the subsidy year in its text.
    (None, "2025-11-12"),
])
def test_pdf_year_plan_is_dated_by_the_last_row_of_its_version_history(tmp_path, last, value):
    rows = [(72, 60, "Werkplan 2026"), (72, 80, "Bibliotheek Oost-Achterhoek"),
            (72, 110, "Versie"), (170, 110, "Datum"), (290, 110, "Status"),
            (72, 124, "0.9"), (170, 124, "20 oktober 2025"), (290, 124, "concept"),
            (72, 138, "1.0"), (170, 138, "12 november 2025"), (290, 138, "aangeboden aan het bestuur")]
    if last is not None:
        rows += [(72, 152, last[0]), (170, 152, last[1]), (290, 152, last[2])]
    rows += [(72, 190, "1. Inleiding"),
             (72, 206, "Dit werkplan onderbouwt onze subsidieaanvraag 2026, ingediend op 30 september 2025."),
             (72, 222, PROSE)]
    info = _describe_pdf(_pdf(tmp_path / "werkplan.pdf", rows))
    assert (info.doc_kind, info.doc_date) == ("begroting", value)


# --------------------------------------------------------------------------
# The letter's head before the dates further on


HEAD_ROW = [(72, 60, "Gemeente Zwolle"), (72, 110, "Ons kenmerk"), (170, 110, "Behandeld door"), (290, 110, "Datum"),
            (72, 124, "Z-2025-0612"), (170, 124, "Bestuurssecretariaat"), (290, 124, "5 juni 2025")]
SIGNED = [(72, 330, "Met vriendelijke groet,"), (72, 344, "J. Jansen")]


@pytest.mark.parametrize(
    ("pages", "value"),
    [
        # An invitation prints the meeting's Datum in its body, under the salutation.
        ([[*HEAD_ROW, (72, 180, "Geachte leden van het bestuur,"), (72, 200, PROSE),
           (72, 240, "Datum"), (160, 240, "donderdag 26 juni 2025"), (72, 254, "Locatie"), (160, 254, "stadhuis"),
           *SIGNED]], "2025-06-05"),
        # A Woo decision's released nota carries a Datum field of its own on a later page.
        ([[*HEAD_ROW, (72, 180, "Geachte heer Bakker,"), (72, 200, PROSE), *SIGNED],
          [(72, 60, "Nota"), (72, 90, "Aan: de wethouder"), (72, 104, "Datum: 12 september 2023"), (72, 130, PROSE)]],
         "2025-06-05"),
        # The subject names the request's date: a qualified date, in a row of cells run into one line.
        ([[(72, 60, "Vereniging Dorpsbelang"), (72, 110, "datum"), (160, 110, "20 februari 2024"),
           (300, 110, "ons kenmerk"), (380, 110, "JZ/24/0112"),
           (72, 124, "onderwerp"), (160, 124, "Uw verzoek om informatie van 29 januari 2024"),
           (72, 180, "Geachte heer Bakker,"), (72, 200, PROSE), *SIGNED]], "2024-02-20"),
        # Near miss: a head without a date of its own leaves the label in the body to date the letter.
        ([[(72, 60, "Gemeente Zwolle"), (72, 110, "Ons kenmerk"), (200, 110, "Behandeld door"),
           (72, 124, "Z-2025-0612"), (200, 124, "Bestuurssecretariaat"),
           (72, 180, "Geachte heer Bakker,"), (72, 200, PROSE), (72, 220, "Datum: 5 juni 2025"), *SIGNED]],
         "2025-06-05"),
    ],
)
def test_the_letters_head_dates_it_before_a_date_label_further_on(tmp_path, pages, value):
    info = _describe_pdf(documents.placed_pdf(tmp_path / "brief.pdf", pages))
    assert (info.doc_type, info.doc_date) == ("brief", value)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # A college's decision printed as a besluit, no letter head: the closing line names the meeting.
        ("BESLUIT\n\nHet college van burgemeester en wethouders van de gemeente Rheden;\n\ngelet op het verzoek "
         "van 2 januari 2024 om openbaarmaking van documenten over de kermis;\n\nBESLUIT:\n1. de documenten "
         "openbaar te maken.\n\nAldus besloten door het college van burgemeester en wethouders van Rheden in zijn "
         "vergadering van 14 februari 2024.\n\nde secretaris, de burgemeester,\n", "woo_besluit", "2024-02-14"),
        # A letter to the council without a Datum field, its adoption printed under the signature.
        ("Informatiebrief aan de gemeenteraad\n\nOnderwerp: stand van zaken zwembad\n\nGeachte raadsleden,\n\n"
         + PROSE + CLOSING + "\nVastgesteld in de vergadering van burgemeester en wethouders van 5 maart 2024\n",
         "raadsinformatiebrief", "2024-03-05"),
    ],
)
def test_a_decision_without_a_head_date_is_dated_by_the_meeting_that_took_it(text, kind, value):
    hit = dd.document_date(ev(text), "brief", kind)
    assert (hit.value, hit.rule) == (value, "adopted_in_meeting")


def test_a_budget_change_written_as_the_councils_decision_is_dated_by_its_adoption():
    text = ("GEMEENTE BUNNIK\n\nWIJZIGING VAN DE BEGROTING VOOR HET DIENSTJAAR 1986\nVolgnummer 4\n\nDe raad der "
            "gemeente Bunnik; gezien het voorstel van burgemeester en wethouders van 2 april 1986;\nbesluit: de "
            "begroting voor het dienstjaar 1986 te wijzigen als volgt:\n\nOnderhoud wegen 12.000\n\nAldus besloten "
            "in de openbare vergadering van 24 april 1986.\n")
    hit = dd.document_date(ev(text), "jaarverslag", "begroting")
    assert (hit.value, hit.rule) == ("1986-04-24", "adopted_in_meeting")


def test_an_adoption_told_in_a_sentence_dates_nothing():
    # A report tells of another document's adoption: no closing line of its own.
    text = ("Informatiebrief aan de gemeenteraad\n\nGeachte raadsleden,\n\nDe jaarrekening 2023 werd door de raad "
            "vastgesteld in zijn vergadering van 27 juni 2024. " + PROSE + CLOSING)
    assert dd.document_date(ev(text), "brief", "raadsinformatiebrief") is None


def _inventory(tmp_path, head: bool, gap: int = 0):
    """An inventory list: maybe a row of labels with its own date under the title, then its table of documents
    (``gap`` points between a row's number and its cells, as a turned scan sets them)."""
    rows = [(72, 60, "Inventarislijst"), (72, 76, "Woo-verzoek windpark Zeewolde")]
    if head:
        rows += [(72, 100, "Zaaknummer"), (220, 100, "Datum"), (380, 100, "Behandeld door"),
                 (72, 114, "WOO/2024-0077"), (220, 114, "3 juli 2024"), (380, 114, "Juridische Zaken")]
    rows += [(72, 150, "Nr."), (150, 150, "Datum"), (240, 150, "Omschrijving"), (400, 150, "Beoordeling")]
    for i, (day, what) in enumerate([("12-01-2023", "Brief aan provincie"), ("03-03-2023", "E-mail over vergunning"),
                                     ("22-06-2023", "Rapport geluid")]):
        y = 164 + 28 * i
        rows += [(72, y + gap, str(i + 1)), (150, y, day), (240, y, what), (400, y, "Openbaar")]
    return dd.document_date(_ev_pdf(_pdf(tmp_path / "lijst.pdf", rows)), "overig", "inventarislijst")


def test_an_inventory_list_is_dated_by_the_datum_in_its_row_of_labels(tmp_path):
    hit = _inventory(tmp_path, head=True)
    assert (hit.value, hit.rule) == ("2024-07-03", "datum_cell")


@pytest.mark.parametrize("gap", [0, 8])
def test_the_datum_column_of_an_inventory_lists_table_dates_no_list(tmp_path, gap):
    # The dates under a column's 'Datum' are of the listed documents, also where each row's number stands lower.
    assert _inventory(tmp_path, head=False, gap=gap) is None


def test_a_council_proposal_is_dated_by_the_colleges_decision_not_by_the_council_meetings():
    head = "Raadsvoorstel\nVerlenging subsidie buurtwerk\n\n"
    rows = "Raadscommissie 3 juni 2024\nRaadsvergadering 20 juni 2024\nCollegebesluit 7 mei 2024\nZaaknummer Z-24-118\n"
    hit = dd.document_date(ev(head + rows + "\nBeslispunten\n1. De subsidie te verlengen.\n"), "overig", "raadsvoorstel")
    assert (hit.value, hit.rule) == ("2024-05-07", "college_decision")
    # Without it the meetings date no proposal (ANNOTATING.md).
    assert dd.document_date(ev(head + rows.replace("Collegebesluit 7 mei 2024\n", "")), "overig", "raadsvoorstel") is None


def test_a_statenvoorstel_is_dated_by_the_decision_of_gedeputeerde_staten_not_by_the_staten_meetings():
    # A province's form of the 'Datum collegebesluit' (tests/layouts/blind13/CONVENTIONS-regional.md).
    head = "Statenvoorstel G-25-031\nVerlenging subsidie streekvervoer\n\n"
    rows = "GS-besluit d.d. 11.03.2025\nStatencommissie Mobiliteit 4 april 2025\nStatenvergadering 25 april 2025\n"
    hit = dd.document_date(ev(head + rows + "\nBeslispunten\n1. De subsidie te verlengen.\n"), "overig", "raadsvoorstel")
    assert (hit.value, hit.rule) == ("2025-03-11", "college_decision")
    # Near miss: without it the meetings it goes to date no proposal.
    bare = head + rows.replace("GS-besluit d.d. 11.03.2025\n", "")
    assert dd.document_date(ev(bare), "overig", "raadsvoorstel") is None


def test_a_council_proposal_is_dated_by_the_colleges_decision_in_a_row_of_labels_beside_the_council_meeting(tmp_path):
    build = load_test_module(Path(__file__).resolve().parents[1] / "layouts" / "build.py")
    page = ["# Gemeente Epe", "## Raadsvoorstel", "| Datum collegebesluit | Agendapunt | Datum raadsvergadering",
            "| 8 april 2025 | 7 | 22 mei 2025", "| Onderwerp | Verlenging subsidie buurtwerk",
            "| Portefeuillehouder | wethouder Sociaal Domein", "", "## Voorgesteld besluit",
            "1. De subsidie voor het buurtwerk te verlengen tot en met 2027."]
    path = build.build_pdf([page], tmp_path / "voorstel.pdf")
    info = documents.describe_pdf(path)
    # The text may run the row of values onto the labels' line: the word boxes keep the cells apart.
    assert (info.doc_kind, info.doc_date, info.doc_date_rule[:16]) == ("raadsvoorstel", "2025-04-08", "college_decision")
    raw = read_document(path, source=str(path))
    cells = dd.cell_date(evidence(tuple(clean_page(p) for p in raw.pages)), ("Datum collegebesluit",), "cell")
    assert cells.value == "2025-04-08"
    # Near miss: the council meeting in the row alone dates no proposal (ANNOTATING.md).
    page[2:4] = ["| Agendapunt | Datum raadsvergadering", "| 7 | 22 mei 2025"]
    info = documents.describe_pdf(build.build_pdf([page], tmp_path / "zonder.pdf"))
    assert (info.doc_kind, info.doc_date) == ("raadsvoorstel", None)


COMMITTEE_REPORT = ("GEMEENTE WINTERSWIJK\n\nRAPPORT VAN DE COMMISSIE AD HOC SPORTACCOMMODATIES\n\n1. OPDRACHT\n"
                    "Bij besluit van 14 maart 1978 stelde de raad een commissie in, die adviseert over de sporthallen.\n"
                    "\n2. WERKWIJZE\nDe commissie vergaderde viermaal en hoorde de verenigingen.\n"
                    "Op 12 juni 1978 werd een hoorzitting gehouden.\nDe verenigingen gaven hun mening.\n\n"
                    "3. BEVINDINGEN\nDe bestaande sporthal is overvol.\nDe scholen wijken uit naar Aalten.\n"
                    "Een tweede hal kost ongeveer f 2.400.000,-.\n",
                    "4. ADVIES\nDe commissie adviseert de raad een tweede sporthal te bouwen.\n\n{closing}\n\n"
                    "De commissie ad hoc sportaccommodaties,\nH. Bruggink, voorzitter\n")


def _committee_report(closing: str):
    texts = (COMMITTEE_REPORT[0], COMMITTEE_REPORT[1].format(closing=closing))
    pages = tuple(CleanPage.from_text(t, number=i) for i, t in enumerate(texts, 1))
    return describe_document(raw_document_from_text("\n\n".join(texts)), pages, pipeline_version="test")


def test_a_committees_report_is_dated_by_its_adoption_in_the_committees_meeting():
    info = _committee_report("Aldus vastgesteld in de vergadering van de commissie van 9 oktober 1978.")
    assert (info.doc_kind, info.doc_date, info.doc_date_rule) == ("rapport", "1978-10-09", "adopted_in_meeting")


def test_a_committees_report_without_its_adoption_is_not_dated_by_the_decision_that_set_it_up():
    # Near miss: the council's decision of 14 March 1978 in the text is no date of the report.
    info = _committee_report("De commissie dankt de insprekers.")
    assert (info.doc_kind, info.doc_date) == ("rapport", None)


def test_a_closing_adoption_dates_only_a_report_by_it():
    # Near miss: the same closing line in a document of another kind (minutes adopted at the next meeting, a
    # handbook) is no date of it by this rule: only a committee's report is adopted so as its own act.
    texts = (COMMITTEE_REPORT[0], COMMITTEE_REPORT[1].format(
        closing="Aldus vastgesteld in de vergadering van de commissie van 9 oktober 1978."))
    ev = evidence(tuple(CleanPage.from_text(t, number=i) for i, t in enumerate(texts, 1)))
    assert dd.document_date(ev, "overig", "rapport").rule == "adopted_in_meeting"
    assert dd.document_date(ev, "overig", "overig") is None


@pytest.mark.parametrize(("closing", "value"), [
    # An instruction or regulation of no kind of its own whose closing names the body that adopted it in its meeting.
    ("Aldus vastgesteld door Burgemeester en Wethouders van Epe in hunne vergadering van 4 Maart 1949.", "1949-03-04"),
    ("Aldus besloten door het dagelijks bestuur van het waterschap in zijn vergadering van 12 juni 1973.",
     "1973-06-12"),
    # Near miss: a closing without the body is the later meeting that adopted minutes or a handbook.
    ("Aldus vastgesteld in de vergadering van 4 Maart 1949.", None),
])
def test_an_instruction_is_dated_last_by_the_meeting_of_the_body_its_closing_names(closing, value):
    text = ("INSTRUCTIE\nvoor den concierge van het raadhuis.\n\nArt. 1. De concierge opent het raadhuis des morgens "
            "om acht uur.\nArt. 2. Hij houdt toezicht op de schoonmaak.\n\n" + closing + "\n\nDe Secretaris, "
            "De Burgemeester,\n")
    ev = evidence((CleanPage.from_text(text),))
    hit = adopted_by_body_date(ev)
    assert (hit.value if hit else None) == value
    if value is not None:
        assert dd.document_date(ev, "overig", "overig").value == value


@pytest.mark.parametrize(("last", "value"), [
    # A cover's table of the steps of adoption dates the accounts by its last version, not its first date.
    ("Definitief", "2024-07-04"),
    # Near miss: without a last step the table's last dated version stands.
    ("Bespreking", "2024-04-11"),
])
def test_accounts_whose_cover_prints_a_version_table_are_dated_by_its_last_version(tmp_path, last, value):
    cover = [(72, 60, "Jaarstukken 2023"), (72, 80, "Regionale Uitvoeringsdienst Drenthe"),
             (72, 130, "Versie"), (180, 130, "Behandeld door"), (400, 130, "Datum"),
             (72, 144, "Concept"), (180, 144, "Dagelijks bestuur"), (400, 144, "11 april 2024"),
             (72, 158, "Ter zienswijze"), (180, 158, "Gemeenteraden"), (400, 158, "tot 14 juni 2024"),
             (72, 172, last), (180, 172, "Algemeen bestuur"), (400, 172, "4 juli 2024")]
    body = [(72, 60, "1 Jaarverslag in het kort"), (72, 80, PROSE), (72, 100, "2 Jaarrekening"), (72, 120, PROSE)]
    info = _describe_pdf(documents.placed_pdf(tmp_path / "jaarstukken.pdf", [cover, body]))
    assert (info.doc_kind, info.doc_date) == ("jaarrekening", value)


MONITOR = ("Monitor Zon en Wind Drenthe\n\nVoortgang grootschalige opwek\n\nPeildatum 1 januari 2024\n\n"
           "Energieregio Drenthe\n{year}\n\nEen uitgave van de energieregio, in samenwerking met de provincie.\n")
INDICATORS = ("1. Opwek per jaar\nIndicator\t2021\t2022\t2023\nWind op land (TWh)\t1,21\t1,28\t1,44\n"
              "Zon op dak (TWh)\t0,31\t0,42\t0,71\n\n2. Toelichting\nDe regio ligt op koers voor zon op dak.\n")


@pytest.mark.parametrize(("year", "value", "rule"), [
    # A report's year alone on its cover, under the publisher, is its own date: not its figures' Peildatum.
    ("2024", "2024", "cover_year"),
    # Near miss: without it, the date its figures stand for is the only one it prints.
    ("", "2024-01-01", "status_date"),
])
def test_a_monitor_is_dated_by_its_cover_year_before_the_date_its_figures_stand_for(year, value, rule):
    info = documents.describe_pages(MONITOR.format(year=year), INDICATORS)
    assert (info.doc_type, info.doc_kind, info.doc_date, info.doc_date_rule) == ("overig", "rapport", value, rule)


REPORT = ("CULTUURTECHNISCHE DIENST\nKantoor Assen\n\nRAPPORT inzake de ontsluiting van de blokken in de ruilverkaveling "
          "Ruinen\n\nUitgebracht aan de Plaatselijke Commissie voor de ruilverkaveling Ruinen\n\nAssen, Mei 1964.\n"
          "{stamp}\n\n1. Inleiding\nHet onderzoek werd in de maanden Maart en April verricht. De Dienst adviseert de "
          "genoemde werken op te nemen in het plan van toedeling.\n\nHet Hoofd van het Kantoor,\n(w.g.) Ir. J. Smit\n")


@pytest.mark.parametrize("stamp", [
    "INGEKOMEN 4 JUNI 1964 PROV. GRIFFIE DRENTHE",
    # The stamp that OCR joined to the line beside it.
    "No. 1964/112 - CTD/A - 30 exemplaren INGEKOMEN 4 JUNI 1964 PROV.",
])
def test_a_received_stamp_never_dates_a_report_its_place_and_month_do(stamp):
    info = describe(REPORT.format(stamp=stamp))
    assert (info.doc_kind, info.doc_date) == ("rapport", "1964-05")


def test_a_received_stamp_still_dates_a_letter_that_prints_no_date_of_its_own():
    # Near miss: a resident's letter without a date of its own is dated by the stamp on it.
    text = ("J. de Boer\nDorpsstraat 4\n9411 AB Beilen\n\nINGEKOMEN 4 JUNI 1964\n\nAan het college van burgemeester en "
            "wethouders van Beilen\n\nGeachte heren,\n\nIk verzoek u de weg naar mijn boerderij te verharden.\n\n"
            "Hoogachtend,\nJ. de Boer\n")
    info = describe(text)
    assert (info.doc_type, info.doc_date) == ("brief", "1964-06-04")


def test_a_decision_sent_to_its_applicants_is_dated_by_its_signing_not_by_the_request_in_its_head():
    # The text runs the signature block on after the place-date line under the dictum: the line still signs it.
    text = ("BESLUIT\nToestemming voor het begraven buiten een begraafplaats\n\nZaaknummer 2025-004417\n"
            "Datum aanvraag 3 februari 2025\n\nHet college van burgemeester en wethouders van Dalfsen; gelet op de Wet op "
            "de lijkbezorging;\n\nBESLUIT:\n1. toestemming te verlenen.\n\nDalfsen, 18 maart 2025 burgemeester en "
            "wethouders van Dalfsen, de secretaris, de burgemeester,\n\nAfschrift aan: aanvragers\n")
    hit = dd.letter_head_date(ev(text))
    assert (hit.value, hit.rule) == ("2025-03-18", "place_date_line")
    # Near miss: a place-date line that opens a sentence of the body is no signing; the request's date stays the last
    # resort of a head without a date of its own.
    prose = text.replace("burgemeester en wethouders van Dalfsen, de secretaris, de burgemeester,",
                         "is het advies ontvangen.")
    assert dd.letter_head_date(ev(prose)).value == "2025-02-03"


COUNCIL_DECISION = (
    "GEMEENTE LOCHEM\nRAADSBESLUIT No. 12\nDe Raad der gemeente Lochem;\ngelezen het voorstel van Burgemeester en "
    "Wethouders van 3 April 1958;\ngelet op artikel 209 der Gemeentewet;\nB E S L U I T :\naan de muziekvereniging "
    "een subsidie te verlenen van f 250,--.\nAldus besloten in de openbare vergadering van de Raad der gemeente Lochem, "
    "gehouden op 22 April 1958.\nDe Secretaris, De Voorzitter,\nVoor eensluidend afschrift,\n{stamp}\n"
)


@pytest.mark.parametrize(("stamp", "value"), [
    # A copy's dispatch stamp at the foot, which a scan reads as a label opening its line: the meeting adopted it.
    ("AFSCHRIFT VERZONDEN 2 MEI 1958", "1958-04-22"),
    ("VERZONDEN 2 MEI 1958", "1958-04-22"),
    # Near miss: a date label of its own is no stamp.
    ("Datum: 2 mei 1958", "1958-05-02"),
])
def test_a_council_decisions_dispatch_stamp_does_not_date_it(stamp, value):
    text = COUNCIL_DECISION.format(stamp=stamp)
    hit = dd.document_date(evidence((CleanPage.from_text(text),)), "overig", "raadsvoorstel")
    assert hit.value == value


def test_a_headings_day_of_an_event_yields_to_the_place_date_line_the_instruction_is_signed_under():
    # The census day in the heading (its title's words before it) is the event's; the burgemeester dates his
    # instruction for it where he signs, small print under the signature or not.
    head = "GEMEENTE ZWOLLE\n\n13e ALGEMENE VOLKSTELLING 31 MEI 1960\n\nINSTRUCTIE VOOR DE TELLERS\n\n"
    body = ("1. De teller ontvangt op het Bureau Volkstelling een telmap met de formulieren.\n\n2. In de dagen van 23 "
            "tot en met 28 Mei 1960 bezorgt de teller aan ieder adres de formulieren.\n\n")
    signed = "Zwolle, 9 Mei 1960.\n\nDe Burgemeester van Zwolle,\n\n(w.g.) Mr. J.H. de Vries.\n\n"
    note = "Deze instructie dient steeds bij de telmap te worden bewaard.\n"
    assert describe(head + body + signed + note).doc_date == "1960-05-09"
    # Near miss: unsigned, the heading's day is the only date of its own it prints.
    assert describe(head + body + note).doc_date == "1960-05-31"


@pytest.mark.parametrize(
    ("foot", "value"),
    [
        # An association's budget for one day, signed by its board under its place-date: dated there, not by the day
        # it is for nor the municipality's received stamp run into the line by a scan.
        ("Opgemaakt te Epe, 12 oktober 1979.\nDe Penningmeester, De Voorzitter,\n", "1979-10-12"),
        ("Opgemaakt te Epe, 12 oktober 1979. GEMEENTE EPE De Penningmeester, De Voorzitter, INGEK. 19 OKT. 1979\n",
         "1979-10-12"),
        # Near miss: unsigned, the budget prints no date of its own.
        ("", None),
    ],
)
def test_a_budget_for_one_day_signed_under_its_place_date_is_dated_there(foot, value):
    text = ("ST. NICOLAASCOMITE EPE\n\nBEGROTING SINTERKLAASINTOCHT 1979\n(zaterdag 17 november 1979)\n\n"
            "INKOMSTEN\nSubsidie gemeente Epe\tf 800,--\nContributies leden\tf 350,--\nCollecte\tf 650,--\n"
            "Bijdragen winkeliers\tf 400,--\nTotaal inkomsten\tf 2.200,--\n\nUITGAVEN\nSnoepgoed en cadeaus\tf 900,--\n"
            "Muziek\tf 550,--\nPaard en rijtuig\tf 300,--\nVersiering\tf 250,--\nOnvoorzien\tf 200,--\n"
            "Totaal uitgaven\tf 2.200,--\n\n" + foot)
    info = describe(text)
    assert (info.doc_kind, info.doc_date) == ("begroting", value)
