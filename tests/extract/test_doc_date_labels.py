"""The date under a ``Datum`` label (``pipeline/extract/doc_date_labels.py``): the margin field, a label in the text
or ending a body line of a scan, misread on scans only; a label of another date or a column of dates dates nothing."""

from __future__ import annotations

import pytest

from pipeline.dutch.dates import parse_date
from pipeline.extract.doc_date_labels import labelled_date, margin_date
from pipeline.extract.doc_date_rules import letter_date
from pipeline.extract.doc_evidence import Evidence
from pipeline.extract.document import evidence
from pipeline.records import CleanPage


def ev(text: str) -> Evidence:
    return evidence((CleanPage.from_text(text),))


@pytest.mark.parametrize(("method", "value"), [("ocr", "2024-03-05"), ("pdf", None)])
def test_a_misread_day_in_a_datum_field_is_read_on_scans_only(method, value):
    from pipeline.records import RawPage

    text = "Datum S maart 2024\nDatum collegebesluit 27 februari 2024\nOnderwerp: opvang\n"
    page = CleanPage(number=1, text=text, raw=RawPage(number=1, text=text, method=method),
                     raw_offsets=tuple(range(len(text) + 1)))
    hit = letter_date(evidence((page,)))
    # Without the misread day, the qualified label is all there is.
    assert (hit.value, hit.rule) == ((value, "datum_label_misread") if value else ("2024-02-27", "datum_label"))


@pytest.mark.parametrize(("method", "value"), [("ocr", "2024-11-21"), ("pdf", None)])
def test_a_numeric_datum_field_with_a_separator_lost_is_read_on_scans_only(method, value):
    """OCR of a fax or a coarse scan reads ``21.11.2024`` as ``21.11 2024``: on a scanned page the
    Datum field still gives the letter's date; a born-digital page says what it prints."""
    from pipeline.records import RawPage

    text = "Datum 21.11 2024\nBetreft Reactie op het bericht van 14 november 2024\n\nGeachte voorzitter,\n"
    page = CleanPage(number=1, text=text, raw=RawPage(number=1, text=text, method=method),
                     raw_offsets=tuple(range(len(text) + 1)))
    hit = letter_date(evidence((page,)))
    assert (hit.value, hit.rule) == (value, "datum_label_misread") if value else hit is None


@pytest.mark.parametrize("head", [
    "Datum” 5 maart 2024",  # a pen stroke through the label
    "Daturn 5 maart 2024",  # 'm' read as 'rn'
    "Datum 5 rnaart 2024",  # the month misread
])
@pytest.mark.parametrize("method", ["ocr", "pdf"])
def test_a_misread_datum_label_or_month_is_read_on_scans_only(head, method):
    """On a scan the misread field is the letter's date, before the qualified ``Datum collegebesluit``;
    on a born-digital page it is what was printed, and the qualified label is all there is."""
    from pipeline.records import RawPage

    text = f"{head}\nDatum collegebesluit 27 februari 2024\nOnderwerp: opvang\n"
    page = CleanPage(number=1, text=text, raw=RawPage(number=1, text=text, method=method),
                     raw_offsets=tuple(range(len(text) + 1)))
    hit = letter_date(evidence((page,)))
    assert hit.value == ("2024-03-05" if method == "ocr" else "2024-02-27")


@pytest.mark.parametrize(("value", "read"), [("14 januan 2025", "2025-01-14"), ("21.11 2024", "2024-11-21"),
                                             ("l4 januari 2O25", "2025-01-14")])
@pytest.mark.parametrize("method", ["ocr", "pdf"])
def test_a_misread_margin_date_is_read_on_scans_only(value, read, method):
    """The margin column's small print is what a fax or a coarse scan misreads first."""
    from pipeline.records import RawPage

    text = f"Geachte voorzitter,\n\nTekst.\n\nDatum\n{value}\n"
    page = CleanPage(number=1, text=text, raw=RawPage(number=1, text=text, method=method),
                     raw_offsets=tuple(range(len(text) + 1)), margin_fields=(("Datum", value),))
    hit = letter_date(evidence((page,)))
    assert ((hit.value, hit.rule) if hit else None) == ((read, "margin_datum_misread") if method == "ocr" else None)


@pytest.mark.parametrize(("note", "method", "value"), [
    ("AKKOORD 21/11 JVD", "ocr", "2023-11-14"),  # a paraph with a short date of its own
    ("gez. GS", "ocr", "2023-11-14"),
    ("AKKOORD 21/11 JVD", "pdf", None),  # a born-digital page prints no note
    ("zie ook brief van 2 november 2023", "ocr", None),  # a sentence, and a date of its own
    # A form's row: the next field's label ends the date, whatever its value's length.
    ("Handtekening: (handtekening P.J. de Vries-van Dam)", "ocr", "2023-11-14"),
    ("Naam ploegchef: A.B. van der Linden-Smit", "ocr", "2023-11-14"),
    # Near miss: the next field holds a date of its own; a long note without a field's label is a sentence.
    ("Tijd: 10.00 uur Ontvangen: 16 november 2023", "ocr", None),
    ("volgens afspraak met de heer Jansen akkoord", "ocr", None),
])
def test_a_handwritten_note_beside_a_datum_field_on_a_scan(note, method, value):
    """OCR joins a note written beside the field to its line: the field's date is still the document's."""
    from pipeline.records import RawPage

    text = f"B&W-advies\n\nDatum advies: 14 november 2023 {note}\nAfdeling: Samenleving\n"
    page = CleanPage(number=1, text=text, raw=RawPage(number=1, text=text, method=method),
                     raw_offsets=tuple(range(len(text) + 1)))
    hit = letter_date(evidence((page,)))
    if value:
        assert (hit.value, hit.rule, text[hit.start:hit.end]) == (value, "datum_label_noted", "14 november 2023")
    else:
        assert hit is None or hit.rule != "datum_label_noted"


@pytest.mark.parametrize(("speck", "method", "value"), [("È", "ocr", "2024-04-11"), ("·", "ocr", "2024-04-11"),
                                                        ("È", "pdf", None)])
def test_a_speck_read_between_month_and_year_on_a_scan(speck, method, value):
    from pipeline.records import RawPage

    text = f"Datum 11 april {speck} 2024\nBetreft Verdaging van de beslissing\n\nGeachte heer Verlaan,\n"
    page = CleanPage(number=1, text=text, raw=RawPage(number=1, text=text, method=method),
                     raw_offsets=tuple(range(len(text) + 1)))
    hit = letter_date(evidence((page,)))
    assert (hit.value, hit.rule) == (value, "datum_label_misread") if value else hit is None


@pytest.mark.parametrize(
    ("column", "value"),
    [
        # A narrow margin column breaks a label of two words over two lines: the letter's own date
        # label wins over a qualified one above or below it, and a meeting's label dates nothing.
        ("Datum\nbesluit\n12 maart 2024\nDatum\nverzending\n14 maart 2024\nKenmerk\nZK-24-0311\n", "2024-03-14"),
        ("Datum\nverzending\n14 maart 2024\nDatum\nbesluit\n12 maart 2024\n", "2024-03-14"),
        ("Datum\nraadsvergadering\n9 april 2024\nDatum\nverzending\n14 maart 2024\n", "2024-03-14"),
        ("Datum\nraadsvergadering\n9 april 2024\nKenmerk\nZK-24-0311\n", None),
        # Without the letter's own label, the qualified one is all there is, as on one line.
        ("Datum\nbesluit\n12 maart 2024\nKenmerk\nZK-24-0311\n", "2024-03-12"),
        # No word of a label under it: more words, a label of its own.
        ("Datum\nverzending volgt\n12 maart 2024\n", None),
        ("Datum\nKenmerk\n12 maart 2024\n", None),
    ],
)
def test_a_date_label_broken_over_two_lines_of_a_margin_column(column, value):
    text = "Geachte leden van de raad,\n\nWij informeren u over de stand van zaken.\n\n" + column
    hit = letter_date(ev(text))
    if value is None:
        # No broken label's date (the OCR column rule may still read a date under a label alone).
        assert labelled_date(ev(text)) is None and (hit is None or hit.rule != "datum_label_broken")
        return
    assert (hit.value, hit.rule) == (value, "datum_label_broken")
    assert parse_date(text[hit.start:hit.end]).value == value


@pytest.mark.parametrize(("head", "value"), [
    # An empty 'Datum nota' over the meeting's own label: that date is the meeting's, not the nota's.
    ("Datum nota\nDatum collegevergadering 12 september 2023\nPortefeuillehouder wethouder Sport\n", None),
    ("Datum nota\nKenmerk 12-09-2023\n", None),
    # A one-word meeting label is a field of its own too.
    ("Datum nota\nCollegevergadering 2 april 2024\nPortefeuillehouder wethouder Wonen\n", None),
    ("Datum nota\nRaadsvergadering: 9 juli 2024\n", None),
    # Near miss: a line that only names a meeting in prose is no field.
    ("Datum\nDe collegevergadering besprak dit, 2 april 2024\n", "2024-04-02"),
    # Near miss: OCR ran the margin column's label into the body, its date a line or two below.
    ("Tot slot Datum\nwerken wij nauw samen met u, 28 januari 2016\n", "2016-01-28"),
])
def test_a_label_ending_a_line_takes_no_date_from_a_label_of_its_own_below(head, value):
    from pipeline.extract.doc_date_labels import ocr_column_date

    hit = ocr_column_date(evidence((CleanPage.from_text("Collegenota\n" + head + "\nVoorstel\n"),)))
    assert (hit.value if hit else None) == value


def _page_read_by(text: str, method: str) -> CleanPage:
    from dataclasses import replace

    page = CleanPage.from_text(text)
    return replace(page, raw=replace(page.raw, method=method))


@pytest.mark.parametrize(("method", "value"), [("ocr", "2024-03-12"), ("text", "2024-03-12"), ("pdf", None)])
def test_a_label_ending_a_body_line_is_a_margin_column_only_where_the_layout_was_lost(method, value):
    from pipeline.extract.doc_date_labels import ocr_column_date

    # Born digital, the text layer keeps a margin column apart: a 'Datum' ending a line heads a table's
    # column or an empty field of a form, and the date below it belongs to a row.
    text = ("Aanmeldformulier\nNaam deelnemer Datum\nJ. de Vries, Groningen 12 maart 2024\n"
            "Handtekening\n")
    hit = ocr_column_date(evidence((_page_read_by(text, method),)))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(
    "label",
    ["Datum DT-overleg", "Datum MT-vergadering", "Datum stuurgroepoverleg", "Datum bestuurlijk overleg"],
)
def test_a_date_label_naming_a_meeting_dates_the_meeting_not_the_nota(label):
    head = f"Adviesnota directieteam\n\n{label} 11 april 2023\nAgendapunt 4\n\n"
    assert labelled_date(ev(head + "Tekst.\n")) is None
    # Near miss: the nota's own date label beside it is its date.
    assert labelled_date(ev(head + "Datum: 29 maart 2023\n\nTekst.\n")).value == "2023-03-29"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An inspection's visit and the research a report is about happened before it: its own label dates it.
        ("Rapport toezicht\n\nDatum bezoek 3 maart 2025\nDatum rapport 17 april 2025\n", "2025-04-17"),
        # A 'rapportage' names its own date so too, after the home visit it reports on.
        ("Rapportage adresonderzoek\n\nDatum huisbezoek 4 juni 2025\nDatum rapportage 6 juni 2025\n", "2025-06-06"),
        ("Evaluatie\n\nDatum onderzoek: 12 januari 2024\nDatum vaststelling: 2 februari 2024\n", "2024-02-02"),
        # Near miss: a plain Datum label dates the report also below a visit's.
        ("Rapport toezicht\n\nDatum bezoek 3 maart 2025\nDatum: 9 april 2025\n", "2025-04-09"),
        # An archaeologist's fieldwork is the research the report is about, as a visit is.
        ("Archeologisch vooronderzoek\n\nProjectcode NIJSP\nDatum veldwerk 6 september 2023\n", None),
        ("Archeologisch vooronderzoek\n\nDatum veldonderzoek: 6 september 2023\nDatum: 2 oktober 2023\n",
         "2023-10-02"),
        # The course a form evaluates or a list records is an event, as a visit is: not the paper's date.
        ("Evaluatieformulier\n\nTraining: Omgaan met agressie\nDatum training: 14-03-2025\n", None),
        ("Evaluatieformulier\n\nCursusdatum: 14-03-2025\nDatum: 21-03-2025\n", "2025-03-21"),
    ],
)
def test_a_visit_or_research_label_does_not_date_the_report(text, expected):
    hit = labelled_date(ev(text))
    assert (hit.value if hit else None) == expected


def test_a_margin_datum_run_on_into_the_columns_next_field_is_dated_by_the_date_that_opens_it():
    # A scan's column joined by the clean stage: 'Datum' / '29 oktober 2019' / 'Nummer' / '2019-071148'.
    text = "Geachte heer Schuurman,\n\nTekst.\n\nDatum\n29 oktober 2019\nNummer\n2019-071148\n"
    plain = CleanPage.from_text(text)
    margin = (("Datum", "29 oktober 2019 Nummer 2019-071148"),)
    page = CleanPage(number=1, text=text, raw=plain.raw, raw_offsets=plain.raw_offsets, margin_fields=margin)
    hit = letter_date(evidence((page,)))
    assert (hit.value, hit.rule, text[hit.start:hit.end]) == ("2019-10-29", "margin_datum", "29 oktober 2019")
    # Near miss: a value that opens with another field's words holds no date of the Datum field.
    other = (("Datum", "zie ondertekening Nummer 2019-071148"),)
    page = CleanPage(number=1, text=text, raw=plain.raw, raw_offsets=plain.raw_offsets, margin_fields=other)
    assert margin_date(evidence((page,))) is None


def test_the_days_a_regulation_takes_and_loses_effect_do_not_date_it():
    head = ("Marktverordening Epe 2024\nCiteertitel Marktverordening Epe 2024\nDatum inwerkingtreding 01-01-2024\n"
            "Datum uitwerkingtreding -\n\nDe raad van de gemeente Epe;\n\n")
    assert labelled_date(ev(head)) is None
    # Near miss: the register's own date label beside them still dates it.
    assert labelled_date(ev(head + "Datum 13-11-2023\n")).value == "2023-11-13"


def test_the_day_an_incident_was_discovered_does_not_date_its_report():
    text = ("Bevestiging van uw melding datalek\n\nMeldingsnummer 2024-034718\nDatum ontdekking 5 maart 2024\n"
            "Datum constatering 5 maart 2024\nSoort melding nieuwe melding\n")
    assert labelled_date(ev(text)) is None
    # Near miss: the form's plain date label is its own.
    assert labelled_date(ev(text + "Datum 7 maart 2024\n")).value == "2024-03-07"


@pytest.mark.parametrize(("line", "value"), [
    # A received stamp printed level with the date field runs onto its line: the field's date opens the value.
    ("Datum 6 oktober 2025 ONTVANGEN GRIFFIE 7 OKT 2025", "2025-10-06"),
    ("Datum: 6 oktober 2025 INGEK. 8 OKT. 2025", "2025-10-06"),
    # Near miss: a field whose value is the stamp's date alone.
    ("Datum ontvangen 7 oktober 2025", None),
])
def test_a_received_stamp_run_onto_a_date_fields_line_is_not_its_date(line, value):
    hit = labelled_date(ev(f"Schriftelijke vragen\n\n{line}\nFractie ChristenUnie\nOnderwerp buslijn 29\n"))
    assert (hit.value if hit else None) == value


def test_the_datum_column_of_a_version_table_is_no_date_of_the_document():
    # A cover's version table read as a margin column and as a label over its values: the dates are the versions'.
    text = "Grondstoffenplan 2023-2030\n\nVersie\nConcept\nDefinitief\n\nDatum\n14 februari 2023\n4 juli 2023\n"
    plain = CleanPage.from_text(text)
    column = (("Datum", "14 februari 2023 4 juli 2023"),)
    page = CleanPage(number=1, text=text, raw=plain.raw, raw_offsets=plain.raw_offsets, margin_fields=column)
    assert margin_date(evidence((page,))) is None
    assert labelled_date(evidence((page,))) is None
    # Near miss: a Datum over one date, the next field's label under it.
    text = "Grondstoffenplan 2023-2030\n\nDatum\n14 februari 2023\nKenmerk\n2023-0041\n"
    plain = CleanPage.from_text(text)
    field = (("Datum", "14 februari 2023"),)
    page = CleanPage(number=1, text=text, raw=plain.raw, raw_offsets=plain.raw_offsets, margin_fields=field)
    assert margin_date(evidence((page,))).value == labelled_date(evidence((page,))).value == "2023-02-14"
