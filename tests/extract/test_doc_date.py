"""The document's own date in real layouts (pipeline.extract.doc_date), on texts and PDFs written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.clean import clean_page
from pipeline.dutch.dates import parse_date
from pipeline.extract import doc_date as dd
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
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    height = A4[1]
    for x, y, text in rows:
        c.drawString(x, height - y, text)
    c.save()
    return path


def _describe_pdf(path):
    raw = read_document(path, source=str(path))
    pages = tuple(clean_page(p) for p in raw.pages)
    return describe_document(raw, pages, pipeline_version="test")


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


@pytest.mark.parametrize(
    ("rows", "value", "rule"),
    [
        # A row of labels over a row of values; the letter's date in any column, another date beside it.
        ([(72, 200, "Uw brief"), (182, 200, "Datum"), (292, 200, "Ons kenmerk"),
          (72, 213, "12 mei 2020"), (182, 213, "28 mei 2020"), (292, 213, "z2020-08456")], "2020-05-28", "datum_cell"),
        ([(72, 200, "Datum"), (182, 200, "Ons kenmerk"), (292, 200, "Uw brief"),
          (72, 213, "7 juli 2021"), (182, 213, "z2021-04321"), (292, 213, "2 juni 2021")], "2021-07-07", "datum_cell"),
        # Lower-case labels, two rows of label rows (a VNG ledenbrief).
        ([(72, 190, "informatiecentrum tel."), (222, 190, "uw kenmerk"), (352, 190, "bijlage(n)"),
          (72, 202, "(070) 373 8393"), (352, 202, "2"),
          (72, 214, "betreft"), (222, 214, "ons kenmerk"), (352, 214, "datum"),
          (72, 226, "Onderhandelaarsakkoord"), (222, 226, "TLE/U202500512"), (352, 226, "3 maart 2025")],
         "2025-03-03", "datum_cell"),
        # Two label-value pairs on one row.
        ([(72, 220, "Ons kenmerk: 2025-012345"), (232, 220, "Datum: 3 maart 2025"),
          (72, 233, "Onderwerp: Subsidie 2025"), (232, 233, "Bijlagen: 2")], "2025-03-03", "datum_cell"),
        # The label in one cell, its value in the next cell of the row.
        ([(72, 220, "Ons kenmerk"), (160, 220, "Z-123"), (72, 233, "Verzenddatum"), (160, 233, "1 oktober 2024")],
         "2024-10-01", "datum_cell"),
        # A visit or meeting column before the letter's own (an inspection's, a nota's label row).
        ([(72, 200, "Datum bezoek"), (182, 200, "Verzonddatum"), (292, 200, "Ons kenmerk"),
          (72, 213, "4 juni 2024"), (182, 213, "18 juni 2024"), (292, 213, "OD-2024-088")], "2024-06-18", "datum_cell"),
        ([(72, 200, "Vergadering DB"), (182, 200, "Datum nota"), (292, 200, "Registratienummer"),
          (72, 213, "19 november 2024"), (182, 213, "5 november 2024"), (292, 213, "2024.0451")],
         "2024-11-05", "datum_cell"),
        ([(72, 200, "Vergadering college"), (182, 200, "Datum opstellen"), (292, 200, "Nummer"),
          (72, 213, "30 januari 2024"), (182, 213, "16 januari 2024"), (292, 213, "2024/00121")],
         "2024-01-16", "datum_cell"),
        ([(72, 200, "Datum advies"), (182, 200, "Datum collegevergadering"), (322, 200, "Registratienummer"),
          (72, 213, "28 maart 2024"), (182, 213, "9 april 2024"), (322, 213, "2024/188341")],
         "2024-03-28", "datum_cell"),
        # The place-date line at the right of the subject.
        ([(72, 220, "Onderwerp: vergunning terras"), (400, 220, "Leeuwarden, 17 april 2024")],
         "2024-04-17", "place_date_cell"),
    ],
)
def test_fields_printed_side_by_side_are_read_from_the_word_boxes(tmp_path, rows, value, rule):
    rows = [(72, 60, "Gemeente Zwolle"), *rows, (72, 300, "Geachte heer Bakker,"), (72, 320, PROSE),
            (72, 350, "Met vriendelijke groet,"), (72, 364, "J. Jansen")]
    path = _pdf(tmp_path / "brief.pdf", rows)
    info = _describe_pdf(path)
    assert (info.doc_type, info.doc_date) == ("brief", value)
    hit = {"datum_cell": dd.cell_date, "place_date_cell": dd.cell_place_date}[rule](_ev_pdf(path))
    assert (hit.value, hit.rule) == (value, rule)
    page, start, end = hit.span
    assert parse_date(_ev_pdf(path).pages[0].text[start:end]).value == value


def test_a_qualified_date_label_in_a_cell_is_not_the_letters_date(tmp_path):
    rows = [(72, 60, "Gemeente Zwolle"), (72, 220, "Ons kenmerk"), (160, 220, "Z-123"),
            (72, 233, "Datum besluit 26 september 2024"),
            (72, 300, "Geachte heer Bakker,"), (72, 320, PROSE), (72, 350, "Met vriendelijke groet,"),
            (72, 364, "J. Jansen")]
    assert dd.cell_date(_ev_pdf(_pdf(tmp_path / "b.pdf", rows))) is None


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


def test_pdf_report_with_its_adoption_date_in_a_row_of_fields(tmp_path):
    rows = [(72, 60, "Inspectie Gezondheidszorg en Jeugd"),
            (72, 80, "Rapport van het inspectiebezoek aan zorglocatie De Linde"),
            (72, 110, "Datum bezoek"), (222, 110, "Zaaknummer"), (372, 110, "Rapport vastgesteld"),
            (72, 124, "4 juli 2024"), (222, 124, "2024-1128870"), (372, 124, "22 augustus 2024"),
            (72, 160, "1. Inleiding"), (72, 176, "De inspectie heeft op 4 juli 2024 de locatie bezocht."),
            (72, 200, "2. Conclusie"), (72, 216, "De zorgaanbieder voldoet aan 9 van de 12 normen.")]
    path = _pdf(tmp_path / "rapport.pdf", rows)
    hit = dd.adopted_cell_date(_ev_pdf(path))
    assert (hit.value, hit.rule) == ("2024-08-22", "adopted_cell")
    # A visit's date in the same row is no adoption.
    rows = [r for r in rows if r[2] not in ("Rapport vastgesteld", "22 augustus 2024")]
    assert dd.adopted_cell_date(_ev_pdf(_pdf(tmp_path / "bezoek.pdf", rows))) is None


def test_pdf_plan_adopted_by_a_body_named_in_the_label_cell_is_dated_in_the_cell_beside_it(tmp_path):
    # A school plan's cover: the consent of the participation council, then the adoption by the board, each label
    # naming who took the step and its date in the next cell.
    rows = [(72, 60, "Schoolplan 2023 - 2027"), (72, 80, "Dalton Lyceum, Dordrecht"),
            (72, 110, "Instemming medezeggenschapsraad"), (300, 110, "14 februari 2023"),
            (72, 124, "Vastgesteld door het bevoegd gezag"), (300, 124, "7 maart 2023"),
            (72, 138, "Looptijd"), (300, 138, "1 augustus 2023 - 31 juli 2027")]
    hit = dd.adopted_cell_date(_ev_pdf(_pdf(tmp_path / "plan.pdf", rows)))
    assert (hit.value, hit.rule) == ("2023-03-07", "adopted_cell")
    # Near miss: a label that goes on with more than who adopted it ('... op grond van artikel 12') is no label alone.
    rows[4] = (72, 124, "Vastgesteld op grond van artikel 12")
    assert dd.adopted_cell_date(_ev_pdf(_pdf(tmp_path / "artikel.pdf", rows))) is None


def test_pdf_letter_with_an_empty_datum_and_a_received_stamp_beside_the_address(tmp_path):
    rows = [(72, 60, "Provincie Noord-Brabant"), (72, 72, "Postbus 90151, 5200 MC 's-Hertogenbosch"),
            (72, 100, "College van burgemeester en wethouders van de gemeente Oss"), (400, 100, "ONTVANGEN 14 MRT 2024"),
            (72, 112, "Postbus 5"), (72, 124, "5340 BA OSS"),
            (72, 150, "Datum"), (222, 150, "Ons kenmerk"), (372, 150, "Uw brief van"),
            (222, 162, "C2331409"), (372, 162, "11 januari 2024"),
            (72, 200, "Geacht college,"), (72, 220, PROSE), (72, 250, "Hoogachtend,"), (72, 264, "J. Jansen")]
    path = _pdf(tmp_path / "brief.pdf", rows)
    assert (_describe_pdf(path).doc_type, _describe_pdf(path).doc_date) == ("brief", "2024-03-14")
    # OCR joins the stamp to the address's line; its word boxes keep it a cell of its own.
    hit = dd.received_stamp_cell_date(_ev_pdf(path))
    assert (hit.value, hit.rule) == ("2024-03-14", "received_stamp_cell")


@pytest.mark.parametrize("place", ["‘s-Gravenhage", "’s-Hertogenbosch", "'s-Gravenhage"])
def test_pdf_place_date_cell_with_a_typographic_apostrophe(tmp_path, place):
    rows = [(72, 60, "Raad van State"), (72, 74, "No. W04.24.00089/I"), (300, 74, f"{place}, 12 juni 2024"),
            (72, 110, "Aan de Koning"), (72, 130, PROSE), (72, 160, "De vice-president van de Raad van State,"),
            (72, 190, "Th.C. de Graaf")]
    hit = dd.cell_place_date(_ev_pdf(_pdf(tmp_path / "advies.pdf", rows)))
    assert (hit.value, hit.rule) == ("2024-06-12", "place_date_cell")


def test_pdf_received_stamp_turned_by_the_scan_its_date_a_little_lower(tmp_path):
    # The stamp 'ONTVANGEN 14 MRT 2019' printed in one piece; the turned scan sets its date on the next row,
    # right where the label ends, not under it.
    rows = [(72, 60, "Ministerie van Economische Zaken en Klimaat"),
            (72, 100, "Het college van burgemeester en wethouders"), (404, 100, "ONTVANGEN"),
            (470, 110, "14 MRT 2019"), (72, 122, "van de gemeente Loppersum"), (72, 134, "Postbus 25"),
            (72, 146, "9919 ZG Loppersum"), (444, 170, "Datum"),
            (72, 200, "Geacht college,"), (72, 220, PROSE), (72, 250, "Met vriendelijke groet,"), (72, 264, "J. Jansen")]
    path = _pdf(tmp_path / "brief.pdf", rows)
    hit = dd.received_stamp_cell_date(_ev_pdf(path))
    assert (hit.value, hit.rule) == ("2019-03-14", "received_stamp_cell")
    # A date further right on the next row (another field) does not continue the label.
    rows = [r for r in rows if r[2] != "14 MRT 2019"] + [(530, 110, "14 MRT 2019")]
    assert dd.received_stamp_cell_date(_ev_pdf(_pdf(tmp_path / "ander.pdf", rows))) is None


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


def test_pdf_a_table_of_listed_documents_in_the_head_gives_no_date(tmp_path):
    # 'Datum' heads a column of dates, one per listed document: none is the list's own.
    table = [("01", "09.01.2023", "Aanvraag"), ("02", "16.02.2023", "Advies politie"), ("03", "16.02.2023", "E-mail")]
    rows = [(72, 60, "Gemeente Den Haag"), (72, 80, "Documentenoverzicht"),
            (72, 100, "Bijlage 1 bij het besluit van 3 mei 2024, kenmerk BSD/2024.1187"),
            (72, 130, "Nr"), (110, 130, "Datum"), (200, 130, "Document"),
            *[(x, 143 + 13 * k, v) for k, line in enumerate(table) for x, v in zip((72, 110, 200), line, strict=True)]]
    assert dd.cell_date(_ev_pdf(_pdf(tmp_path / "overzicht.pdf", rows))) is None
    # One row of values under the labels is the head's field.
    rows = [r for r in rows if r[1] < 150]
    hit = dd.cell_date(_ev_pdf(_pdf(tmp_path / "kop.pdf", rows)))
    assert hit.value == "2023-01-09"



def test_pdf_a_scanned_table_whose_row_numbers_stand_lower_than_its_dates_gives_no_date(tmp_path):
    # A scan sets each row's number and first words a little lower than its date: the number is nearest under
    # the first date, and the next date stands further down in the column.
    table = [("1", "09-01-2023", "aanvraag"), ("2", "16-02-2023", "advies politie"), ("3", "02-03-2023", "e-mail")]
    rows = [(72, 60, "Inventarislijst Woo-verzoek evenementenvergunning"),
            (72, 100, "nr."), (110, 100, "datum"), (200, 100, "omschrijving"),
            *[(110, 113 + 26 * k, line[1]) for k, line in enumerate(table)],
            *[(x, 125 + 26 * k, v) for k, line in enumerate(table) for x, v in ((72, line[0]), (200, line[2]))]]
    assert dd.cell_date(_ev_pdf(_pdf(tmp_path / "inventaris.pdf", rows))) is None
    # Near miss: one row of values under the labels, its number set lower, is the head's field.
    rows = [r for r in rows if r[1] < 130]
    assert dd.cell_date(_ev_pdf(_pdf(tmp_path / "kop.pdf", rows))).value == "2023-01-09"

@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nr\tDatum\tDocument\n01\t09-01-2023\tAanvraag\n02\t16-02-2023\tAdvies politie\n", None),
        ("Datum\tKenmerk\n21-11-2024\tD2024-118\nOnderwerp\tsubsidie\n", "2024-11-21"),
        # A cell under its Datum label that holds only a date with a two-digit year.
        ("Datum | Kenmerk | Portefeuillehouder\n21-11-'24 | 2024/1602377 | wethouder Mobiliteit\n", "2024-11-21"),
        ("Datum\tKenmerk\n03.02.25\tZ-25-0114\n", "2025-02-03"),
        # Near misses: a code or a two-digit year with more in its cell.
        ("Datum | Kenmerk\n21-11-24-0412 | Z-25-0114\n", None),
        ("Datum | Kenmerk\n21-11-'24 ter inzage | Z-25-0114\n", None),
        # An invoice and an aanmaning date themselves by a label that names them; the due date is another.
        ("Factuurnummer\tFactuurdatum\tVervaldatum\n2024-1187\t21-11-2024\t21-12-2024\n", "2024-11-21"),
        ("Datum aanmaning\tAanslagnummer\tUiterste betaaldatum\n04.03.2025\t2024.118.772\t18.03.2025\n", "2025-03-04"),
        ("Factuurnummer\tVervaldatum\n2024-1187\t21-12-2024\n", None),
        # A training provider's priced offerte dates itself by its Offertedatum, never by its validity.
        ("Offertenummer | Offertedatum | Geldig tot\nOF-25-031 | 03.02.2025 | 03.03.2025\n", "2025-02-03"),
        ("Offertenummer | Geldig tot\nOF-25-031 | 03.03.2025\n", None),
        # A decision on an objection dates itself as its 'uitspraak'; the objection's date is another.
        ("Datum uitspraak\tUw bezwaar van\n12 juni 2025\t3 april 2025\n", "2025-06-12"),
        # A report dates itself by a label that names it, a program's calculation by the moment it calculates;
        # the day of the survey it reports is another.
        ("Datum inventarisatie\tDatum rapport\n05-03-2024\t12-03-2024\n", "2024-03-12"),
        ("Kenmerk | Datum berekening | Rekenjaar\nS1bQ6Hn8 | 23-01-2023 | 2024\n", "2023-01-23"),
        ("Datum inspectie\tProjectnummer\n17-06-2025\t25-118\n", None),
    ],
)
def test_a_row_of_labels_over_a_column_of_dates_is_a_table(text, value):
    hit = dd.label_row_date(ev(text))
    assert (hit.value if hit else None) == value


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


@pytest.mark.parametrize(("method", "value"), [("ocr", "2025-03-03"), ("pdf", None)])
def test_a_speck_under_a_date_label_in_a_row_of_labels_is_passed_over_on_a_scan(tmp_path, method, value):
    from dataclasses import replace

    rows = [(72, 60, "Omgevingsdienst Twente"), (72, 110, "Datum verzending"), (232, 110, "Kenmerk"),
            (140, 119, "7"), (72, 128, "3 maart 2025"), (232, 128, "ZK-25-0117"),
            (72, 170, "Geachte heer Smit,"), (72, 190, PROSE)]
    found = _ev_pdf(_pdf(tmp_path / "besluit.pdf", rows))
    pages = tuple(replace(p, raw=replace(p.raw, method=method)) for p in found.pages)
    hit = dd.cell_date(evidence(pages))
    assert (hit.value, hit.rule) == (value, "datum_cell") if value else hit is None


@pytest.mark.parametrize(("method", "value"), [("ocr", "2023-05-30"), ("pdf", None)])
def test_a_speck_after_a_date_label_in_a_row_of_labels_leaves_the_label_alone_on_a_scan(tmp_path, method, value):
    # A scan reads a speck beside the label as a glyph of its own ('Datum _'): its value is the cell under it.
    from dataclasses import replace

    rows = [(72, 60, "Adviescommissie bezwaarschriften"), (72, 110, "Uw brief van"), (220, 110, "Ons nummer"),
            (372, 110, "Datum _"), (72, 124, "14 februari 2023"), (220, 124, "APB 23/004"), (372, 124, "30 mei 2023"),
            (72, 170, "Geacht college,"), (72, 190, PROSE)]
    found = _ev_pdf(_pdf(tmp_path / "advies.pdf", rows))
    pages = tuple(replace(p, raw=replace(p.raw, method=method)) for p in found.pages)
    hit = dd.cell_date(evidence(pages))
    # Near miss: on a born-digital page the mark is printed, a value of the label's own that is no date.
    assert (hit.value, hit.rule) == (value, "datum_cell") if value else hit is None


@pytest.mark.parametrize("qualifier", ["PM", "raad", "commissie", "Politieke Markt", "behandeling"])
def test_a_datum_label_that_names_a_meeting_is_no_loose_label(qualifier):
    # 'Datum PM' (Almere's Politieke Markt), 'Datum raad': the date of the meeting the document goes to.
    assert dd.loose_label_date(ev(f"Datum {qualifier}\n15 januari 2026\nOnderwerp\nsubsidie\n")) is None
    assert dd.loose_label_date(ev("Datum document\n15 januari 2026\nOnderwerp\nsubsidie\n")).value == "2026-01-15"


@pytest.mark.parametrize(("labels", "value"), [
    # A scan lost the bars of the row of labels: the date label's value opens the row of values under it.
    ("Datum Uw brief van Nummer Onderwerp", "1988-06-14"),
    ("Datum Ons kenmerk Uw brief Onderwerp", "1988-06-14"),
    # Near miss: words after the label that are no labels name something else ('Datum van de raadsvergadering').
    ("Datum van de openbare raadsvergadering", None),
])
def test_a_date_label_opening_a_row_of_labels_a_scan_ran_together(labels, value):
    text = (f"GEMEENTE DEVENTER\n\n{labels}\n14 juni 1988 12 mei 1988 SZ 88/2290 woonwagencentrum\n\n"
            "Geachte heer Bakker,\n\n" + PROSE + "\n")
    hit = dd.loose_label_date(ev(text))
    assert (hit.value if hit else None) == value


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


@pytest.mark.parametrize(
    ("labels", "values", "value"),
    [
        # A study's publication date in a row of fields under its title, beside the period it studied.
        (("Publicatiedatum", "Onderzoeksperiode"), ("18 september 2025", "januari 2023 - juni 2025"), "2025-09-18"),
        (("Onderzoeksperiode", "Datum publicatie"), ("2023-2024", "3 maart 2025"), "2025-03-03"),
        # Near miss: only the period studied.
        (("Onderzoeksperiode", "Opdrachtgever"), ("januari 2023 - juni 2025", "de raad"), None),
    ],
)
def test_pdf_report_dated_by_its_publication_field(tmp_path, labels, values, value):
    rows = [(72, 60, "Rekenkamer Zeewolde"), (72, 80, "Een kort onderzoek naar de handhaving")]
    for k, (label, cell) in enumerate(zip(labels, values, strict=True)):
        rows += [(72 + 150 * k, 110, label), (72 + 150 * k, 124, cell)]
    rows += [(72, 180, "Waarom dit onderzoek?"), (72, 194, PROSE)]
    path = _pdf(tmp_path / "onderzoek.pdf", rows)
    raw = read_document(path, source=str(path))
    hit = dd.adopted_cell_date(evidence(tuple(clean_page(p) for p in raw.pages)))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(("values", "value"), [
    # A row of labels ends in the place; its date stands under it, wrapped in its narrow column or not.
    ([(72, 143, "TV/96/3382"), (200, 143, "A. Lansink"), (330, 143, "23"), (330, 156, "september 1996")], "1996-09-23"),
    ([(72, 143, "TV/96/3382"), (200, 143, "A. Lansink"), (330, 143, "23 september 1996")], "1996-09-23"),
    # Under another label the date is that label's, not a place-date.
    ([(72, 143, "TV/96/3382"), (200, 143, "23 september 1996")], None),
])
def test_pdf_a_place_ending_a_row_of_labels_has_its_date_under_it(tmp_path, values, value):
    rows = [(72, 60, "Sociale Dienst Enschede"), (72, 100, "Mevrouw G. Nijhuis"),
            (72, 130, "Uw kenmerk"), (200, 130, "Behandeld door"), (330, 130, "Enschede,"), *values,
            (72, 190, "Geachte mevrouw Nijhuis,")]
    hit = dd.cell_place_date(_ev_pdf(_pdf(tmp_path / "brief.pdf", rows)))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(("wrapped", "value"), [(True, None), (False, "2024-02-12")])
def test_a_datum_column_is_a_tables_also_where_a_wrapped_cell_stands_between_its_dates(tmp_path, wrapped, value):
    # A listing's rows under 'Datum', one of its long cells wrapped onto a line of its own between two dates.
    rows = [(72, 60, "Toezeggingenlijst raad"), (72, 190, "Nr."), (125, 190, "Datum"), (185, 190, "Toezegging"),
            (72, 204, "2024-03"), (125, 204, "12-02-2024"), (185, 204, "Kosten inhuur derden per")]
    if wrapped:
        rows += [(185, 218, "afdeling"), (72, 232, "2024-07"), (125, 232, "04-03-2024"), (185, 232, "Markt")]
    # The near miss: one dated row under the labels, then the text; the date is the page's own.
    rows += [(72, 600 if wrapped else 246, PROSE)]
    hit = dd.cell_date(_ev_pdf(_pdf(tmp_path / "lijst.pdf", rows)))
    assert (hit.value if hit else None) == value


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


@pytest.mark.parametrize(
    ("value", "date"),
    [
        # A typed form prints the label's colon in the value's column, its year in two figures.
        (": 17-08-94", "1994-08-17"),
        (": 3 maart 1994", "1994-03-03"),
        # Near miss: a colon before a number that is no date.
        (": 0570-312345", None),
    ],
)
def test_a_forms_date_value_after_the_labels_colon_in_its_own_column(tmp_path, value, date):
    rows = [(72, 60, "GEMEENTE WIJHE"), (72, 100, "FAXBERICHT"),
            (72, 130, "Aan"), (200, 130, ": Waterschap Salland"),
            (72, 144, "Datum"), (200, 144, value),
            (72, 158, "Betreft"), (200, 158, ": vooroverleg bestemmingsplan")]
    hit = dd.cell_date(_ev_pdf(_pdf(tmp_path / "fax.pdf", rows)))
    assert (hit.value if hit else None) == date


def test_a_closing_adoption_dates_only_a_report_by_it():
    # Near miss: the same closing line in a document of another kind (minutes adopted at the next meeting, a
    # handbook) is no date of it by this rule: only a committee's report is adopted so as its own act.
    texts = (COMMITTEE_REPORT[0], COMMITTEE_REPORT[1].format(
        closing="Aldus vastgesteld in de vergadering van de commissie van 9 oktober 1978."))
    ev = evidence(tuple(CleanPage.from_text(t, number=i) for i, t in enumerate(texts, 1)))
    assert dd.document_date(ev, "overig", "rapport").rule == "adopted_in_meeting"
    assert dd.document_date(ev, "overig", "overig") is None


@pytest.mark.parametrize(("row", "value"), [
    # A scan reads a row of labels without its cell borders: the date label's own word, then the other labels.
    ("Dagtekening aanmaning Aanslagnummer Dienstjaar\n12 september 1984 83.041.1127 1983\n", "1984-09-12"),
    ("Datum document Kenmerk Bijlagen\n3 maart 2025 Z-2025-118 2\n", "2025-03-03"),
    # Near misses: the meeting the document goes to under its label, before the row's other labels; a sentence.
    ("Datum vergadering Locatie Tijd\n12 maart 2024 Stadhuis 19.30 uur\n", None),
    ("Datum en plaats van de bijeenkomst worden nog bekendgemaakt\n12 maart 2024 is de eerste optie.\n", None),
])
def test_a_row_of_labels_read_without_borders_is_a_loose_label(row, value):
    hit = dd.loose_label_date(ev(row))
    assert (hit.value if hit else None) == value


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
