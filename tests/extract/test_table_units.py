"""How text states the unit of figures: scale_in, unit_statements, unit_rows, unit_sentences."""

from __future__ import annotations

import pytest

from pipeline.extract.table_units import (
    guilder_scale,
    header_year_units,
    is_unit_line,
    mend_labels,
    note_below,
    page_in_guilders,
    scale_in,
    unit_rows,
    unit_sentences,
    unit_statements,
)
from pipeline.textlines import line_spans


@pytest.mark.parametrize("caption, scale", [
    ("Bedragen x € 1.000", 1000), ("(bedragen in € 1.000)", 1000), ("Bedragen in EUR 1.000", 1000),
    ("in 1.000 euro", 1000), ("Bedragen in duizenden euro's", 1000), ("in duizendtallen", 1000),
    ("Bedragen in k€", 1000), ("in TEUR", 1000), ("€ '000", 1000), ("(x € 1 mln)", 10**6),
    ("in € mln", 10**6), ("Bedragen in mln euro", 10**6), ("in € 1.000.000", 10**6),
    ("x 1 miljard euro", 10**9), ("Bedragen × € 1.000", 1000), ("(€ x 1.000)", 1000),
])
def test_every_common_way_of_stating_a_tables_unit(caption, scale):
    assert scale_in(caption) == scale


@pytest.mark.parametrize("line", ["Een bijdrage in € 1.000,- per deelnemer", "in € 1.000,50",
                                  "(bedragen in €)", "Bedragen in hele euro's", "€ 1.000"])
def test_an_amount_or_a_bare_currency_is_no_unit(line):
    assert scale_in(line) is None


@pytest.mark.parametrize(("text", "stated"), [
    ("Bedragen in € 1.000", "in € 1.000"), ("Lasten (x € 1.000)", "x € 1.000"),
    ("Een bijdrage van k€ 450", None), ("Wij betalen € 1.000,- uit", None),
])
def test_a_unit_statement_is_found_and_a_figure_in_a_unit_is_none(text, stated):
    spans = unit_statements(text)
    assert [text[s:e] for s, e in spans] == ([stated] if stated else [])


@pytest.mark.parametrize(("text", "stated"), [
    ("Omgerekend tegen de koers € 1 = f 2,20371.", "€ 1 = f 2,20371"),
    ("Koers 1 EUR = 2,20371 NLG", "1 EUR = 2,20371 NLG"),
    ("(1 euro = 2,20371 gulden)", "1 euro = 2,20371 gulden"),
    ("Koers: f 1 = € 0,45378", "f 1 = € 0,45378"),
    ("1 gulden = € 0,45", "1 gulden = € 0,45"),
    # Near misses: an equation of one currency, a euro figure of more than one.
    ("Het tarief is € 1,50 = 3 ritten", None), ("Totaal € 1 = 100%", None),
    ("€ 10 = f 22,04", None),
])
def test_an_exchange_rate_states_a_unit_not_an_amount(text, stated):
    assert [text[s:e] for s, e in unit_statements(text)] == ([stated] if stated else [])


def test_a_line_of_currency_signs_is_a_unit_row_and_a_wrapped_euro_is_not():
    text = "\t2023\t2022\n€\t€\nSubsidie\t1.000\t2.000\nwij geven 2.000\neuro\n"
    assert [text[s:e] for s, e in unit_rows(text)] == ["€\t€"]


def test_a_header_cells_year_and_currency_is_no_amount():
    text = ("Gemeente\tBijdrage 2000 NLG\tBijdrage 2000 EUR\nLeerdam\t82.954,40\t37.643\n"
            "Een boete van 2000 euro\tvoor wie te laat is\nwordt opgelegd.\n")
    assert [text[s:e] for s, e in header_year_units(text)] == ["2000 EUR"]


def _above_table(paragraph: str) -> list[str]:
    text = paragraph + "\n\nGemeente\tBijdrage\nAssen\t1.000\n"
    spans = line_spans(text)
    first = next(k for k, (s, e) in enumerate(spans) if text[s:e].startswith("Gemeente"))
    return unit_sentences(text, spans, first)


@pytest.mark.parametrize(("paragraph", "found"), [
    # A scan's heading right above the paragraph, no blank line between: the unit sentence still
    # starts where its line does.
    ("Waterschap Vallei en Veluwe\nJaarverslag 2021 - bijlage 3: heffingen per gemeente\n"
     "Bedragen in euro. De tarieven zijn voor alle gemeenten gelijk: € 84,10 per eenheid.",
     ["Bedragen in euro."]),
    ("Overzicht bijdragen gemeenten 2023\nBedragen x € 1.000", ["Bedragen x € 1.000"]),
    # The heading and the unit sentence laid out as one line: the capital 'Bedragen' starts it.
    ("Bijlage 2. Bijdragen per deelnemende gemeente Bedragen in euro. De inwonertallen zijn die van 1 januari.",
     ["Bedragen in euro."]),
    # A bracket at the end of a longer sentence.
    ("Hieronder ziet u wat de nieuwe verdeling voor elke deelnemer betekent (bedragen in euro).",
     ["bedragen in euro"]),
    ("In de tabel staan de voorschotten per gemeente (x € 1.000) voor dit jaar.", ["x € 1.000"]),
    # A longer sentence whose subject is the figures, saying whom they are for.
    ("De lasten die een huishouden aan de gemeente betaalt. Bedragen voor een eenpersoonshuishouden, "
     "in euro per jaar.", ["Bedragen voor een eenpersoonshuishouden, in euro per jaar."]),
])
def test_a_unit_sentence_or_bracket_in_the_paragraph_above_a_table(paragraph, found):
    assert _above_table(paragraph) == found


@pytest.mark.parametrize("paragraph", [
    # A sentence wrapped onto a line with a small letter stays one sentence: too long for a unit.
    "De tabel hieronder geeft per gemeente de\nbedragen in euro die het Rijk in 2024 uitkeert.",
    # A bracket with an amount or a figure besides its unit states no unit.
    "De bijdrage per inwoner stijgt (van € 68,79 naar € 71,96).",
    "De gemeenten betalen hun deel (2025: in euro) naar rato.",
    "Het fonds (Regio Deal Twente) verdeelt de middelen zo.",
    # As long a sentence about something else than the figures states no unit.
    "Het tarief voor een eenpersoonshuishouden is in euro per jaar gerekend.",
    # Written small mid-sentence, 'bedragen' is a verb of the sentence, no sentence of its own.
    "De kosten per gemeente bedragen in euro gerekend ruim de helft van het budget.",
])
def test_no_unit_where_the_paragraph_states_an_amount_or_no_unit_alone(paragraph):
    assert _above_table(paragraph) == []


@pytest.mark.parametrize(("label", "guilders"), [
    ("Rekening 1998 (x f 1.000)", True), ("Begroting 1999 (xf 1.000)", True), ("Lasten x hfl. 1.000", True),
    ("Begroting 2000 (x EUR 1.000)", False), ("Bedragen x € 1.000", False), ("Bijdrage f", False),
])
def test_a_scale_in_guilders_is_a_scale_that_names_the_guilder(label, guilders):
    assert scale_in(label) == 1000 or label == "Bijdrage f"
    assert (guilder_scale(label) is not None) == guilders


def _under_table(after: str) -> str:
    text = "Gemeente\tBijdrage\nAssen\t1.000\nVries\t2.000\n" + after
    return note_below(text, line_spans(text), 2)


@pytest.mark.parametrize(("after", "note"), [
    ("(bedragen in guldens)\n", "bedragen in guldens"), ("\n(alle bedragen in hfl.)\nDe bijdragen ...", "alle bedragen in hfl."),
    # A sentence, a bracket with a figure, a bracket further down: no note of the table.
    ("De bijdragen (in guldens) zijn vastgesteld.\n", ""), ("(zie bijlage 2)\n", ""),
    ("\n\n(bedragen in guldens)\n", ""),
])
def test_a_bracket_alone_on_the_line_under_a_table_is_its_note(after, note):
    assert _under_table(after) == note


def test_the_closing_part_of_a_wrapped_last_header_cell_joins_its_label():
    assert mend_labels(["Omschrijving", "Begroting 2000 (x EUR", "1.000)"]) == [
        "Omschrijving", "Begroting 2000 (x EUR 1.000)", ""]
    # A closed label and a last column of its own stay apart.
    labels = ["Omschrijving", "Begroting (x € 1.000)", "Toelichting (zie 2)"]
    assert mend_labels(labels) == labels


def test_a_unit_ocr_read_as_the_start_of_the_next_header_cell_goes_back_to_its_label():
    assert mend_labels(["Gemeente", "Basistaken", "(€) Regionale agenda (€)"]) == [
        "Gemeente", "Basistaken (€)", "Regionale agenda (€)"]
    # A label with a unit of its own keeps it; a bracket that states no unit stays where it is.
    labels = ["Gemeente", "Bijdrage (€)", "(€) Regionale agenda"]
    assert mend_labels(labels) == labels
    labels = ["Gemeente", "Bijdrage", "(A) Regionale agenda"]
    assert mend_labels(labels) == labels


@pytest.mark.parametrize(("line", "opens", "caption"), [
    ("\tBedragen in euro's", True, True), ("\t\t(in euro)", True, True), ("Bedragen x €\t1.000", False, True),
    # Not at a table's top it is a header cell; a lone currency names one column's; a title is no unit.
    ("\tBedragen in euro's", False, False), ("\t\tEUR", True, False), ("\tBijdrage 2024", True, False),
    ("Gemeente\tBedrag in euro's", True, False),
    # A plain-text header row sets its columns apart by wide gaps, as a tab does.
    ("Gemeente  Bijdrage NLG  Bijdrage EUR", True, False),
    # A numbered title closed by its unit, set over the columns; a lone column's label is none.
    ("\tTabel 1. Bijdragen per gemeente (in €)", True, True), ("\t\tBijdrage 2024 (in €)", True, False),
    # Any title closed by a bracket that names the figures and their unit, set over the columns.
    ("\tOverzicht reserves deelnemers 2023 (bedragen in €)", True, True),
    ("\tStand van de fondsen per 31 december (alle bedragen in euro's)", True, True),
    ("\t\tOverzicht reserves deelnemers 2023 (bedragen in €)", False, False),
    # A title with figures of its own, the gap inside its closing unit: one caption.
    ("Overzicht 3. Lasten 2025 (bedragen x €\t\t1.000)", True, True),
    # A gap outside the unit parts cells: a header row that states the unit in its first cell.
    ("Lasten 2025\tBaten 2025 (x € 1.000)", True, False),
])
def test_a_unit_caption_alone_in_a_cell_over_a_table_is_its_caption(line, opens, caption):
    assert is_unit_line(line, opens=opens) is caption


def _read_amounts(text: str) -> list[tuple[str, str]]:
    from pipeline.process import process_text

    return [(a.text, str(a.value_eur)) for a in process_text(text).amounts]


def test_boxes_read_as_a_table_take_the_unit_of_the_note_under_them():
    text = ("Verwachte opbrengsten per heffing 2025\n\n"
            "Toeristenbelasting\tParkeerbelasting\tVoertuigen\n€ 12.300\t€ 4.850\t310 stuks\n"
            "Hondenbelasting\tPrecariobelasting\tMeldingen\n€ 1.975\t€ 2.640\t95 stuks\n\n"
            "Bovenstaande bedragen x 1.000\n")
    got = dict(_read_amounts(text))
    assert got["€ 4.850"] == "4850000.00" and got["€ 2.640"] == "2640000.00"
    assert got["€ 12.300"] == "12300000.00"


def test_a_note_under_a_later_paragraph_leaves_the_table_above_in_euros():
    text = ("Subsidies per vereniging\n\n"
            "Vereniging\tSportclub\tMuziek\n€ 1.200\t€ 850\t€ 640\n\n"
            "De gemeente verwacht voor het volgende jaar een hogere bijdrage van het Rijk.\n"
            "Daarvoor is in de begroting ruimte gereserveerd van € 2.500.\n\n"
            "Bovenstaande bedragen x 1.000\n")
    got = dict(_read_amounts(text))
    assert got["€ 850"] == "850.00" and got["€ 640"] == "640.00"
    assert got["€ 2.500"] == "2500000.00"


@pytest.mark.parametrize(("line", "stated"), [
    # the header row's years follow the unit on its line: the unit is stated, no figure in it
    ("Exploitatie begroting meerjarenraming bedragen x € 1.000 2024 2025 2026 2027", True),
    ("Lasten en baten (x € 1.000)\t2023\t2024", True),
    ("\trealisatie\tbegroting\nbedragen x € 1.000\n\t2024\t2025\t2026", True),
    # near misses: one figure after the unit is an amount in that unit
    ("De kosten bedragen k€ 2024 in totaal.", False),
    ("Kosten k€ 450 en k€ 300", False),
])
def test_a_unit_before_the_header_rows_years_is_a_statement(line, stated):
    assert bool(unit_statements(line)) is stated


def test_a_guilder_or_percent_unit_read_as_the_start_of_the_next_header_cell_goes_back_to_its_label():
    assert mend_labels(["Regeling", "Ontvangen 1999", "(fl) Ontvangen 1999 (EUR)"]) == [
        "Regeling", "Ontvangen 1999 (fl)", "Ontvangen 1999 (EUR)"]
    assert mend_labels(["Deelnemer", "Verdeelsleutel", "(%) Bijdrage 2025"]) == [
        "Deelnemer", "Verdeelsleutel (%)", "Bijdrage 2025"]
    # A bracket that is no unit stays where it is, and so does a unit after a label with its own.
    labels = ["Deelnemer", "Verdeelsleutel", "(oud) Bijdrage 2025"]
    assert mend_labels(labels) == labels
    labels = ["Deelnemer", "Aandeel (%)", "(%) Bijdrage"]
    assert mend_labels(labels) == labels


@pytest.mark.parametrize(("page", "guilders"), [
    ("De uitgaven voor de woningbouw bedroegen f 1.412.650,-- in 1968.", True),
    ("Het tekort van hfl. 38.400 wordt gedekt uit de reserve.", True),
    ("Het tekort van hfl. 38.400 (€ 17.425) wordt gedekt uit de reserve.", False),
    ("Het bedrag van f 12.000 is omgerekend naar 5.445 euro.", False),
    ("De subsidie onder f) bedraagt 4.000 per jaar.", False),
    ("Er werden 214 aanvragen ingewilligd.", False),
    # A letterhead's telephone and fax numbers beside a table of figures without a currency sign.
    ("Bezoekadres Kerkplein 3\nT 030 286 11 11\nF 030 286 12 12\nRegio | 2027 | 2028\nNoord | 231 | 278", False),
    ("Telefoon 050-3671234 F 050 367 12 35\nDe bijdrage bedraagt 4.000 per jaar.", False),
    # OCR's debris at a page's head: an 'f' run into other signs before a figure.
    ("ssik `t~f25\n\nDe middelen per jaar\nLokaal | 231 | 278", False),
    ("De huur van f 350,- per maand is verhoogd.", True),
    ("De kosten bedroegen f 12.000.", True),
])
def test_a_page_that_prints_its_money_in_guilders_alone(page, guilders):
    assert page_in_guilders(page) is guilders
