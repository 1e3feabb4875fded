"""The document's own date read from the cells and label rows of its head (pipeline.extract.doc_date_cells), on
texts and PDFs written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.clean import clean_page
from pipeline.dutch.dates import parse_date
from pipeline.extract import doc_date_cells as cells
from pipeline.extract.doc_evidence import Evidence
from pipeline.extract.doc_words import document_date_words
from pipeline.extract.document import evidence
from pipeline.ingest import read_document
from pipeline.records import CleanPage
from pipeline.testing import load_test_module

documents = load_test_module(Path(__file__).resolve().parents[1] / "fixtures" / "documents.py")

PROSE = "Hierbij ontvangt u ons antwoord op uw vragen over de subsidie voor het buurtwerk in de wijk Oost."


def ev(text: str) -> Evidence:
    return evidence((CleanPage.from_text(text),))


def _pdf(path, rows):
    """A one-page PDF with (x, y, text) strings in points from the top."""
    return documents.placed_pdf(path, [rows])


_describe_pdf = documents.describe_pdf


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
        # A strafbeschikking's row of labels: the day it is issued beside the day of the offence.
        ([(72, 200, "Beschikkingsnummer"), (222, 200, "Datum uitvaardiging"), (372, 200, "Pleegdatum en tijd"),
          (72, 213, "BS-2025-0412"), (222, 213, "3 maart 2025"), (372, 213, "20 februari 2025, 14.10 uur")],
         "2025-03-03", "datum_cell"),
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
    hit = {"datum_cell": cells.cell_date, "place_date_cell": cells.cell_place_date}[rule](_ev_pdf(path))
    assert (hit.value, hit.rule) == (value, rule)
    page, start, end = hit.span
    assert parse_date(_ev_pdf(path).pages[0].text[start:end]).value == value


def test_a_qualified_date_label_in_a_cell_is_not_the_letters_date(tmp_path):
    rows = [(72, 60, "Gemeente Zwolle"), (72, 220, "Ons kenmerk"), (160, 220, "Z-123"),
            (72, 233, "Datum besluit 26 september 2024"),
            (72, 300, "Geachte heer Bakker,"), (72, 320, PROSE), (72, 350, "Met vriendelijke groet,"),
            (72, 364, "J. Jansen")]
    assert cells.cell_date(_ev_pdf(_pdf(tmp_path / "b.pdf", rows))) is None


def _ev_pdf(path) -> Evidence:
    return evidence(tuple(clean_page(p) for p in read_document(path, source=str(path)).pages))


def test_pdf_report_with_its_adoption_date_in_a_row_of_fields(tmp_path):
    rows = [(72, 60, "Inspectie Gezondheidszorg en Jeugd"),
            (72, 80, "Rapport van het inspectiebezoek aan zorglocatie De Linde"),
            (72, 110, "Datum bezoek"), (222, 110, "Zaaknummer"), (372, 110, "Rapport vastgesteld"),
            (72, 124, "4 juli 2024"), (222, 124, "2024-1128870"), (372, 124, "22 augustus 2024"),
            (72, 160, "1. Inleiding"), (72, 176, "De inspectie heeft op 4 juli 2024 de locatie bezocht."),
            (72, 200, "2. Conclusie"), (72, 216, "De zorgaanbieder voldoet aan 9 van de 12 normen.")]
    path = _pdf(tmp_path / "rapport.pdf", rows)
    hit = cells.adopted_cell_date(_ev_pdf(path))
    assert (hit.value, hit.rule) == ("2024-08-22", "adopted_cell")
    # A visit's date in the same row is no adoption.
    rows = [r for r in rows if r[2] not in ("Rapport vastgesteld", "22 augustus 2024")]
    assert cells.adopted_cell_date(_ev_pdf(_pdf(tmp_path / "bezoek.pdf", rows))) is None


def test_pdf_register_dated_by_the_day_it_was_drawn_up_in_a_row_of_fields(tmp_path):
    # The period it covers is no date of its own; who drew it up names no date.
    rows = [(72, 60, "Register klachten maart 2024"), (72, 80, "Gemeente Epe"),
            (72, 110, "Periode"), (222, 110, "Opgesteld"), (372, 110, "Opgesteld door"),
            (72, 124, "1 t/m 31 maart 2024"), (222, 124, "5 april 2024"), (372, 124, "K. de Boer"),
            (72, 160, "In maart kwamen 14 klachten binnen.")]
    hit = cells.adopted_cell_date(_ev_pdf(_pdf(tmp_path / "register.pdf", rows)))
    assert (hit.value, hit.rule) == ("2024-04-05", "adopted_cell")
    rows = [(72, 60, "Lijst archiefdozen"), (72, 110, "Opgemaakt"), (222, 110, "Versie"),
            (72, 124, "18 november 2023"), (222, 124, "2.0"), (72, 160, "De dozen staan in de kelder.")]
    assert cells.adopted_cell_date(_ev_pdf(_pdf(tmp_path / "lijst.pdf", rows))).value == "2023-11-18"
    # Near miss: only who drew it up, with a date in another column.
    rows = [(72, 60, "Register klachten"), (72, 110, "Opgesteld door"), (222, 110, "Periode"),
            (72, 124, "K. de Boer"), (222, 124, "maart 2024"), (72, 160, "In maart kwamen 14 klachten binnen.")]
    assert cells.adopted_cell_date(_ev_pdf(_pdf(tmp_path / "geen.pdf", rows))) is None


def test_pdf_report_dated_under_the_label_that_names_it_in_a_row_of_dates(tmp_path):
    # The text joins the row into one line, whose last date is the value's date of what the report is about.
    rows = [(72, 60, "Taxatieverslag"), (72, 80, "Gemeente Epe - WOZ-waarde 2025"),
            (72, 110, "Datum taxatieverslag"), (222, 110, "Waardepeildatum"), (372, 110, "Toestandspeildatum"),
            (72, 124, "20-02-2025"), (222, 124, "01-01-2024"), (372, 124, "01-01-2025"),
            (72, 160, "De waarde is bepaald met een modelmatige taxatie.")]
    hit = cells.report_cell_date(_ev_pdf(_pdf(tmp_path / "taxatie.pdf", rows)))
    assert (hit.value, hit.rule) == ("2025-02-20", "report_cell")
    # Near miss: a row of dates of what it is about names no report's own.
    rows = [r for r in rows if r[2] not in ("Datum taxatieverslag", "20-02-2025")]
    assert cells.report_cell_date(_ev_pdf(_pdf(tmp_path / "peil.pdf", rows))) is None


def test_pdf_plan_adopted_by_a_body_named_in_the_label_cell_is_dated_in_the_cell_beside_it(tmp_path):
    # A school plan's cover: the consent of the participation council, then the adoption by the board, each label
    # naming who took the step and its date in the next cell.
    rows = [(72, 60, "Schoolplan 2023 - 2027"), (72, 80, "Dalton Lyceum, Dordrecht"),
            (72, 110, "Instemming medezeggenschapsraad"), (300, 110, "14 februari 2023"),
            (72, 124, "Vastgesteld door het bevoegd gezag"), (300, 124, "7 maart 2023"),
            (72, 138, "Looptijd"), (300, 138, "1 augustus 2023 - 31 juli 2027")]
    hit = cells.adopted_cell_date(_ev_pdf(_pdf(tmp_path / "plan.pdf", rows)))
    assert (hit.value, hit.rule) == ("2023-03-07", "adopted_cell")
    # Near miss: a label that goes on with more than who adopted it ('... op grond van artikel 12') is no label alone.
    rows[4] = (72, 124, "Vastgesteld op grond van artikel 12")
    assert cells.adopted_cell_date(_ev_pdf(_pdf(tmp_path / "artikel.pdf", rows))) is None


def test_pdf_plan_adopted_by_the_college_and_then_the_council_is_dated_by_the_councils_step(tmp_path):
    rows = [(72, 60, "Verkeersplan Oostwold 2025 - 2030"),
            (72, 110, "Versie"), (300, 110, "definitief, 2 september 2024"),
            (72, 124, "Vastgesteld door het college"), (300, 124, "17 september 2024"),
            (72, 138, "Vastgesteld door de gemeenteraad"), (300, 138, "31 oktober 2024")]
    hit = cells.adopted_cell_date(_ev_pdf(_pdf(tmp_path / "plan.pdf", rows)))
    assert (hit.value, hit.rule) == ("2024-10-31", "adopted_cell")
    # Near miss: the council's row left open keeps the college's step.
    rows[6] = (300, 138, "nog niet vastgesteld")
    hit = cells.adopted_cell_date(_ev_pdf(_pdf(tmp_path / "open.pdf", rows)))
    assert (hit.value, hit.rule) == ("2024-09-17", "adopted_cell")


def test_pdf_list_dated_by_its_own_date_label_in_a_row_of_fields(tmp_path):
    # A list names its own date after its kind ('Datum lijst'), as a nota or report does; the archivist's later
    # approval and the day the records were destroyed are other steps.
    rows = [(72, 60, "Lijst van te vernietigen archiefbescheiden"),
            (72, 90, "Lijstnummer"), (160, 90, "V-2025-02"), (260, 90, "Datum lijst"), (340, 90, "3 maart 2025"),
            (72, 120, "Vernietigd op 14 april 2025")]
    hit = cells.cell_date(_ev_pdf(_pdf(tmp_path / "lijst.pdf", rows)))
    assert (hit.value, hit.rule) == ("2025-03-03", "datum_cell")
    # Near miss: a date label qualified by another step dates that step.
    rows[3:5] = [(260, 90, "Datum vernietiging"), (360, 90, "14 april 2025")]
    assert cells.cell_date(_ev_pdf(_pdf(tmp_path / "vernietigd.pdf", rows))) is None


def test_pdf_bulletin_dated_by_its_issue_in_a_row_of_labels(tmp_path):
    # A weekly bulletin's issue day over the day its figures stand and the next issue's.
    rows = [(72, 60, "Grondwaterbericht Waterschap Aa en Maas"), (72, 80, "Nummer 3 - week 30"),
            (72, 110, "Uitgegeven"), (222, 110, "Stand metingen"), (372, 110, "Volgend bericht"),
            (72, 124, "23 juli 2025"), (222, 124, "21 juli 2025"), (372, 124, "30 juli 2025")]
    hit = cells.adopted_cell_date(_ev_pdf(_pdf(tmp_path / "bericht.pdf", rows)))
    assert (hit.value, hit.rule) == ("2025-07-23", "adopted_cell")


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
    hit = cells.received_stamp_cell_date(_ev_pdf(path))
    assert (hit.value, hit.rule) == ("2024-03-14", "received_stamp_cell")


@pytest.mark.parametrize("place", ["‘s-Gravenhage", "’s-Hertogenbosch", "'s-Gravenhage"])
def test_pdf_place_date_cell_with_a_typographic_apostrophe(tmp_path, place):
    rows = [(72, 60, "Raad van State"), (72, 74, "No. W04.24.00089/I"), (300, 74, f"{place}, 12 juni 2024"),
            (72, 110, "Aan de Koning"), (72, 130, PROSE), (72, 160, "De vice-president van de Raad van State,"),
            (72, 190, "Th.C. de Graaf")]
    hit = cells.cell_place_date(_ev_pdf(_pdf(tmp_path / "advies.pdf", rows)))
    assert (hit.value, hit.rule) == ("2024-06-12", "place_date_cell")


def test_a_fields_value_naming_a_meeting_before_its_date_is_no_place_date_cell(tmp_path):
    # A report's head: 'Bespreking | portefeuillehoudersoverleg Veiligheid, 23 juli 2024' names the meeting it goes
    # to, in lower case as no place is printed; the version's date is the report's.
    rows = [(72, 60, "Kwartaalrapportage Handhaving"), (72, 80, "Versie"), (180, 80, "1.0"), (230, 80, "15 juli 2024"),
            (72, 94, "Bespreking"), (180, 94, "portefeuillehoudersoverleg Veiligheid, 23 juli 2024"),
            (72, 130, "1. Samenvatting"), (72, 146, PROSE)]
    path = _pdf(tmp_path / "rapport.pdf", rows)
    assert cells.cell_place_date(_ev_pdf(path)) is None
    # Near miss: a place's name in its cell beside the field is a place-date line.
    rows[5] = (180, 94, "Groningen, 23 juli 2024")
    hit = cells.cell_place_date(_ev_pdf(_pdf(tmp_path / "brief.pdf", rows)))
    assert (hit.value, hit.rule) == ("2024-07-23", "place_date_cell")
    # Nor is the old article of a place's name lower case, also where a scan lost its apostrophe.
    for i, place in enumerate(("'s-Gravenhage", "s-Hertogenbosch")):
        rows[5] = (180, 94, f"{place}, 23 juli 2024")
        hit = cells.cell_place_date(_ev_pdf(_pdf(tmp_path / f"brief{i}.pdf", rows)))
        assert (hit.value, hit.rule) == ("2024-07-23", "place_date_cell")


def test_pdf_received_stamp_turned_by_the_scan_its_date_a_little_lower(tmp_path):
    # The stamp 'ONTVANGEN 14 MRT 2019' printed in one piece; the turned scan sets its date on the next row,
    # right where the label ends, not under it.
    rows = [(72, 60, "Ministerie van Economische Zaken en Klimaat"),
            (72, 100, "Het college van burgemeester en wethouders"), (404, 100, "ONTVANGEN"),
            (470, 110, "14 MRT 2019"), (72, 122, "van de gemeente Loppersum"), (72, 134, "Postbus 25"),
            (72, 146, "9919 ZG Loppersum"), (444, 170, "Datum"),
            (72, 200, "Geacht college,"), (72, 220, PROSE), (72, 250, "Met vriendelijke groet,"), (72, 264, "J. Jansen")]
    path = _pdf(tmp_path / "brief.pdf", rows)
    hit = cells.received_stamp_cell_date(_ev_pdf(path))
    assert (hit.value, hit.rule) == ("2019-03-14", "received_stamp_cell")
    # A date further right on the next row (another field) does not continue the label.
    rows = [r for r in rows if r[2] != "14 MRT 2019"] + [(530, 110, "14 MRT 2019")]
    assert cells.received_stamp_cell_date(_ev_pdf(_pdf(tmp_path / "ander.pdf", rows))) is None


def test_pdf_a_table_of_listed_documents_in_the_head_gives_no_date(tmp_path):
    # 'Datum' heads a column of dates, one per listed document: none is the list's own.
    table = [("01", "09.01.2023", "Aanvraag"), ("02", "16.02.2023", "Advies politie"), ("03", "16.02.2023", "E-mail")]
    rows = [(72, 60, "Gemeente Den Haag"), (72, 80, "Documentenoverzicht"),
            (72, 100, "Bijlage 1 bij het besluit van 3 mei 2024, kenmerk BSD/2024.1187"),
            (72, 130, "Nr"), (110, 130, "Datum"), (200, 130, "Document"),
            *[(x, 143 + 13 * k, v) for k, line in enumerate(table) for x, v in zip((72, 110, 200), line, strict=True)]]
    assert cells.cell_date(_ev_pdf(_pdf(tmp_path / "overzicht.pdf", rows))) is None
    # One row of values under the labels is the head's field.
    rows = [r for r in rows if r[1] < 150]
    hit = cells.cell_date(_ev_pdf(_pdf(tmp_path / "kop.pdf", rows)))
    assert hit.value == "2023-01-09"


def test_pdf_a_scanned_table_whose_row_numbers_stand_lower_than_its_dates_gives_no_date(tmp_path):
    # A scan sets each row's number and first words a little lower than its date: the number is nearest under
    # the first date, and the next date stands further down in the column.
    table = [("1", "09-01-2023", "aanvraag"), ("2", "16-02-2023", "advies politie"), ("3", "02-03-2023", "e-mail")]
    rows = [(72, 60, "Inventarislijst Woo-verzoek evenementenvergunning"),
            (72, 100, "nr."), (110, 100, "datum"), (200, 100, "omschrijving"),
            *[(110, 113 + 26 * k, line[1]) for k, line in enumerate(table)],
            *[(x, 125 + 26 * k, v) for k, line in enumerate(table) for x, v in ((72, line[0]), (200, line[2]))]]
    assert cells.cell_date(_ev_pdf(_pdf(tmp_path / "inventaris.pdf", rows))) is None
    # Near miss: one row of values under the labels, its number set lower, is the head's field.
    rows = [r for r in rows if r[1] < 130]
    assert cells.cell_date(_ev_pdf(_pdf(tmp_path / "kop.pdf", rows))).value == "2023-01-09"


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
    hit = cells.label_row_date(ev(text))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(("method", "value"), [("ocr", "2025-03-03"), ("pdf", None)])
def test_a_speck_under_a_date_label_in_a_row_of_labels_is_passed_over_on_a_scan(tmp_path, method, value):
    from dataclasses import replace

    rows = [(72, 60, "Omgevingsdienst Twente"), (72, 110, "Datum verzending"), (232, 110, "Kenmerk"),
            (140, 119, "7"), (72, 128, "3 maart 2025"), (232, 128, "ZK-25-0117"),
            (72, 170, "Geachte heer Smit,"), (72, 190, PROSE)]
    found = _ev_pdf(_pdf(tmp_path / "besluit.pdf", rows))
    pages = tuple(replace(p, raw=replace(p.raw, method=method)) for p in found.pages)
    hit = cells.cell_date(evidence(pages))
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
    hit = cells.cell_date(evidence(pages))
    # Near miss: on a born-digital page the mark is printed, a value of the label's own that is no date.
    assert (hit.value, hit.rule) == (value, "datum_cell") if value else hit is None


def test_a_column_of_dates_under_a_tables_header_is_no_loose_label():
    # A report's list of interviews: 'Datum Gesprekspartner' heads a column of dates, each an event of its own.
    table = "Datum Gesprekspartner\n22 januari 2024 melder\n29 januari 2024 teamleider\n5 februari 2024 jurist\n"
    assert cells.loose_label_date(ev("3. Werkwijze\n" + table)) is None
    # Near miss: a label with its one value and a field under it.
    assert cells.loose_label_date(ev("Datum document\n22 januari 2024\nOnderwerp subsidie\n")).value == "2024-01-22"


@pytest.mark.parametrize("qualifier", ["PM", "raad", "commissie", "Politieke Markt", "behandeling"])
def test_a_datum_label_that_names_a_meeting_is_no_loose_label(qualifier):
    # 'Datum PM' (Almere's Politieke Markt), 'Datum raad': the date of the meeting the document goes to.
    assert cells.loose_label_date(ev(f"Datum {qualifier}\n15 januari 2026\nOnderwerp\nsubsidie\n")) is None
    assert cells.loose_label_date(ev("Datum document\n15 januari 2026\nOnderwerp\nsubsidie\n")).value == "2026-01-15"


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
    hit = cells.loose_label_date(ev(text))
    assert (hit.value if hit else None) == value


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
    hit = cells.adopted_cell_date(evidence(tuple(clean_page(p) for p in raw.pages)))
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
    hit = cells.cell_place_date(_ev_pdf(_pdf(tmp_path / "brief.pdf", rows)))
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
    hit = cells.cell_date(_ev_pdf(_pdf(tmp_path / "lijst.pdf", rows)))
    assert (hit.value if hit else None) == value


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
    hit = cells.cell_date(_ev_pdf(_pdf(tmp_path / "fax.pdf", rows)))
    assert (hit.value if hit else None) == date


@pytest.mark.parametrize(("row", "value"), [
    # A scan reads a row of labels without its cell borders: the date label's own word, then the other labels.
    ("Dagtekening aanmaning Aanslagnummer Dienstjaar\n12 september 1984 83.041.1127 1983\n", "1984-09-12"),
    ("Datum document Kenmerk Bijlagen\n3 maart 2025 Z-2025-118 2\n", "2025-03-03"),
    # Near misses: the meeting the document goes to under its label, before the row's other labels; a sentence.
    ("Datum vergadering Locatie Tijd\n12 maart 2024 Stadhuis 19.30 uur\n", None),
    ("Datum en plaats van de bijeenkomst worden nog bekendgemaakt\n12 maart 2024 is de eerste optie.\n", None),
])
def test_a_row_of_labels_read_without_borders_is_a_loose_label(row, value):
    hit = cells.loose_label_date(ev(row))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(("label", "value"), [
    # A lawyer's field table puts the place in the label column, the date in the value's, a received stamp beside it.
    ("Amsterdam", "2024-05-31"),
    ("Den Helder", "2024-05-31"),
    # Near misses: a label that names no place dates something else than the letter; the municipality as an
    # organisation is a gazette's issuer beside its issue date.
    ("Verzonden", None),
    ("Gemeente Den Helder", None),
])
def test_pdf_a_place_in_a_field_tables_label_column_dates_the_letter(tmp_path, label, value):
    rows = [(72, 60, "Advocatenkantoor Jansen"), (72, 100, "Het college van burgemeester en wethouders"),
            (72, 130, label), (180, 130, "31 mei 2024"), (380, 130, "GEMEENTE DEN HELDER"),
            (72, 143, "Uw kenmerk"), (180, 143, "INK-2024-088"), (380, 143, "ONTVANGEN 03 JUNI 2024"),
            (72, 190, "Geacht college,")]
    hit = cells.cell_place_date(_ev_pdf(_pdf(tmp_path / "brief.pdf", rows)))
    assert (hit.value if hit else None) == value


def test_pdf_a_proposals_long_label_wrapped_in_its_column_dates_it_by_the_value_beside_it(tmp_path):
    labels = tuple(document_date_words()["proposal_date_labels"])
    rows = [(72, 60, "Raadsvoorstel"),
            (72, 90, "Onderwerp"), (300, 90, "Wijziging APV sluitingstijden"),
            (72, 104, "Voorstel van het college van burgemeester en"), (300, 104, "12 november 2024"),
            (72, 116, "wethouders d.d."),
            (72, 130, "Raadsvergadering"), (300, 130, "18 december 2024"),
            (72, 170, "Samenvatting"), (72, 186, "Wij stellen u voor de sluitingstijden te wijzigen.")]
    hit = cells.cell_date(_ev_pdf(_pdf(tmp_path / "voorstel.pdf", rows)), labels, "college_decision_cell")
    assert (hit.value, hit.rule) == ("2024-11-12", "college_decision_cell")
    # Near miss: a wrapped label that names the council's meeting is no proposal's date.
    rows = [r for r in rows if not r[2].startswith(("Voorstel", "12 nov", "wethouders"))]
    rows += [(72, 104, "Datum van de vergadering van de"), (300, 104, "18 december 2024"), (72, 116, "raad")]
    assert cells.cell_date(_ev_pdf(_pdf(tmp_path / "raad.pdf", rows)), labels, "college_decision_cell") is None


@pytest.mark.parametrize(("labels", "value"), [
    # A law firm's row of labels opens with its place, without a comma; the letter's date stands under it.
    (("Den Haag", "Uw kenmerk", "Ons kenmerk"), "2024-09-23"),
    # Near miss: a table's row of places over their figures and dates is no row of a letter's labels.
    (("Den Haag", "Rotterdam", "Utrecht"), None),
])
def test_pdf_a_place_opening_a_row_of_labels_has_the_letters_date_under_it(tmp_path, labels, value):
    rows = [(72, 60, "Van Leeuwen Advocaten"), (72, 100, "College van burgemeester en wethouders"),
            *[(72 + 130 * k, 140, label) for k, label in enumerate(labels)],
            (72, 153, "23 september 2024"), (202, 153, "HH/2024/3318"), (332, 153, "20240871/EB"),
            (72, 190, "Geacht college,")]
    hit = cells.cell_place_date(_ev_pdf(_pdf(tmp_path / "brief.pdf", rows)))
    assert (hit.value if hit else None) == value
