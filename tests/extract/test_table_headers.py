"""A table's header and the lines above it: split_header, column_labels, caption_lines, a header again."""

from __future__ import annotations

from decimal import Decimal

from pipeline.extract.amount_tables import read_tables, table_figures, table_words
from pipeline.extract.table_cells import table_runs
from pipeline.extract.table_headers import (
    caption_lines,
    column_labels,
    is_caption,
    is_inner_header,
    repeats_header,
    reruns_header,
    split_header,
)
from pipeline.textlines import line_spans


def cells(text: str, redactions=()):
    return [(text[f.start:f.end], f.value, f.row_label, f.column_label, f.is_total)
            for f in table_figures(text, list(redactions))]


def test_the_header_is_the_leading_lines_without_figures_but_years():
    text = "Tabel 1 Bijdragen\n\nGemeente\tBedrag\n\t2024\nAlmere\t1.234\nPassiva\t2025\nUrk\t45\n"
    [(first, lines)] = table_runs(text)
    header, body = split_header(text, lines, [])
    assert len(header) == 2 and len(body) == 3
    assert column_labels(text, header, 2, []) == ["Gemeente", "Bedrag 2024"]
    assert caption_lines(text, line_spans(text), first, table_words().money_headers) == ["Tabel 1 Bijdragen"]
    assert is_inner_header(text, body[1], []) and not is_inner_header(text, body[0], [])
    # A redacted row ends the header above it.
    at = text.index("Bedrag")
    assert len(split_header(text, lines, [(at, at + 1)])[0]) == 0


def test_a_header_printed_again_is_known_by_its_words():
    assert reruns_header("Gemeente  Bedrag (€)", ("gemeente", "Bedrag (€)"))
    assert repeats_header(["Gemeente", "Bedrag"], 2, ("gemeente", "bedrag"))
    assert not repeats_header(["", ""], 2, ("", "")) and not repeats_header(["Gemeente"], 2, ("Gemeente", ""))


def test_a_caption_is_short_names_a_scale_or_closes_on_its_unit():
    assert is_caption("Bedragen x € 1.000")
    assert not is_caption("Het programma kost dit jaar ruim vijf miljoen euro, zo blijkt uit de cijfers van de gemeenten.")



def test_a_sentence_that_says_euro_is_no_caption():
    text = ("Het programma kost dit jaar ruim vijf miljoen euro, zo blijkt uit de cijfers van de gemeenten.\n"
            "Gemeente\tLeerlingen\tScholen\n"
            "Lelystad\t8.000\t40\n"
            "Dronten\t4.200\t21\n")
    assert cells(text) == []


def test_a_header_printed_again_as_one_run_of_words_over_the_next_page_keeps_its_columns():
    # The layout could not line the repeated header up with the columns: the count column
    # stays no money, though the run of words names the euro.
    page_1 = ("Gemeente\tInwoners 1-1-2024\tBijdrage (€)\n"
              "Aa en Hunze\t25.712\t44.426\nAssen\t69.804\t86.314\n")
    _, ending, _ = read_tables(page_1)
    page_2 = ("Provincie Drenthe | 47/5.3/2024\nGemeente Inwoners 1-1-2024 Bijdrage (€)\n\n"
              "Meppel\t34.911\t53.165\nTynaarlo\t35.066\t53.313\n")
    figures, _, _ = read_tables(page_2, carried=ending)
    assert [(f.value, f.column_label) for f in figures] == [
        (Decimal("53165"), "Bijdrage (€)"), (Decimal("53313"), "Bijdrage (€)")]
    # A header of other words over a new table is that table's own.
    other = "Provincie Drenthe\nGemeente Inwoners Uitkering (€)\n\nMeppel\t34.911\t53.165\nAssen\t69.804\t86.314\n"
    assert len(read_tables(other, carried=ending)[0]) == 4


def test_a_unit_caption_a_few_short_lines_above_the_table_still_counts():
    text = ("Overzicht inwonerbijdrage (x €1.000)\n"
            "2026 2027\n"
            "\n"
            "Totaal uitgangssituatie\n"
            "Dekking tekort\t-343\t0\n"
            "Duurzaamheid\t-15\t-15\n")
    assert [c[1] for c in cells(text)] == [Decimal("-343000"), Decimal("0"), Decimal("-15000"), Decimal("-15000")]


def test_a_header_ocr_ran_into_one_line_stands_between_a_table_and_its_unit():
    text = ("Bijlage 3 Bijdragen per deelnemer\n"
            "Bedragen x € 1.000\n"
            "Deelnemer Bijdrage 2025 Wijziging t.o.v. primitieve begroting 2025 Bijdrage gemeenten 2026 2026\n"
            "\n"
            "Regio Noord\n"
            "Veendam\t1.250\t-12\t1.300\n"
            "Pekela\t640\t8\t655\n")
    assert [c[1] for c in cells(text)][:3] == [Decimal("1250000"), Decimal("-12000"), Decimal("1300000")]


def test_a_sentence_or_a_header_of_counts_between_a_table_and_a_unit_passes_no_unit():
    sentence = ("Bedragen x € 1.000\n\n"
                "De deelnemers betalen hun bijdrage voor dit jaar zoals eerder in vier gelijke termijnen.\n"
                "Veendam\t1.250\t1.300\nPekela\t640\t655\n")
    counts = ("Bedragen x € 1.000\n\n"
              "Deelnemer Inwoners 2025 Leerlingen 2025 Scholen en locaties in de regio 2025\n"
              "Veendam\t1.250\t1.300\nPekela\t640\t655\n")
    assert cells(sentence) == [] and cells(counts) == []


def test_a_header_inside_the_table_names_the_columns_below_it():
    text = ("Bedragen x € 1.000\tT-1\tT\n"
            "Activa\t31-12-2024\t31-12-2025\n"
            "Vaste activa\t17.455\t22.408\n"
            "Passiva\t31-12-2024\t31-12-2025\n"
            "Eigen vermogen\t7.074\t7.052\n")
    got = [(f.row_label, f.column_label, f.value) for f in table_figures(text)]
    assert got == [("Vaste activa", "T-1 31-12-2024", Decimal("17455000")),
                   ("Vaste activa", "T 31-12-2025", Decimal("22408000")),
                   ("Eigen vermogen", "31-12-2024", Decimal("7074000")),
                   ("Eigen vermogen", "31-12-2025", Decimal("7052000"))]


def test_a_header_printed_again_on_the_next_page_keeps_the_unit_of_the_first_part():
    page_1 = ("Toegekende bijdragen per gemeente (x € 1.000)\n\n"
              "Gemeente\tProjecten\tBijdrage\tWaarvan 2025\n"
              "Groningen\t3\t12.480\t4.160\n"
              "Emmen\t1\t2.250\t750\n")
    figures, ending, unit = read_tables(page_1)
    assert [(f.value, f.column_label) for f in figures if f.row_label == "Emmen"] == [
        (Decimal(2250000), "Bijdrage"), (Decimal(750000), "Waarvan 2025")]
    page_2 = ("Bijlage 2 (vervolg)\n\n"
              "Gemeente\tProjecten\tBijdrage\tWaarvan 2025\n"
              "Heusden\t1\t980\t980\n"
              "Totaal\t13\t32.140\t12.135\n")
    figures, _, _ = read_tables(page_2, carried=ending, unit=unit)
    assert [(f.value, f.row_label, f.is_total) for f in figures] == [
        (Decimal(980000), "Heusden", False), (Decimal(980000), "Heusden", False),
        (Decimal(32140000), "Totaal", True), (Decimal(12135000), "Totaal", True)]


def test_a_header_printed_again_with_a_unit_of_its_own_keeps_its_own():
    _, ending, unit = read_tables("Bedragen x € 1.000\n\nGemeente\tBijdrage\nA\t1.000\nB\t2.000\n")
    figures, _, _ = read_tables("Bedragen in euro\n\nGemeente\tBijdrage\nC\t3.000\nD\t4.000\n",
                                carried=ending, unit=unit)
    assert [f.value for f in figures] == [Decimal(3000), Decimal(4000)]


def test_a_long_title_closed_by_its_unit_in_brackets_is_the_caption():
    # A share column is money only in a money table: the long title's '(bedragen in euro)' makes it one.
    text = ("Tabel 7.2 Aandeel van de deelnemende gemeenten in het nadelig resultaat 2025 (bedragen in euro)\n"
            "Gemeente\tBijdrage 2025\tAandeel\tAandeel resultaat\n"
            "Oldebroek\t1.204.550\t4,1%\t-18.420\n"
            "Hattem\t802.100\t2,7%\t-12.130\n")
    assert [c[0] for c in cells(text)] == ["1.204.550", "-18.420", "802.100", "-12.130"]
    # A long sentence that closes on an amount in brackets states no unit for the table below it.
    text = ("De gemeenten hebben het afgelopen jaar samen meer bijgedragen dan in de begroting stond (€ 5 miljoen)\n"
            "Gemeente\tInwoners\tAandeel\n"
            "Oldebroek\t23.000\t4.100\n")
    assert cells(text) == []


def test_a_title_closed_by_its_unit_beside_the_year_of_its_prices_is_the_caption():
    # The year its prices are of keeps the bracket a unit; a figure in it is an amount, no unit.
    text = ("Overzicht 3 Bijdrage per gemeente aan het sociaal wijkteam (bedragen in euro, prijspeil 2025)\n"
            "Gemeente\tKosten per dossier\tOpslag\n"
            "Oosterhout\t2.310\t14.800\n"
            "Geertruidenberg\t2.310\t9.650\n")
    assert [c[0] for c in cells(text)] == ["2.310", "14.800", "2.310", "9.650"]
    assert is_caption("Bijlage 4 Vergoeding die elke deelnemer in 2023 betaalde aan het werkbedrijf (in €, loonpeil 2023)")
    assert not is_caption("Het totaal dat de gemeenten in 2024 meer hebben betaald dan begroot was, is hoog (€ 2 miljoen)")


def test_a_count_of_trajects_is_no_money_in_a_money_table():
    text = ("Bedragen in euro\n"
            "Gemeente\tTrajecten 2025\tTarief\tVergoeding\n"
            "Meierijstad\t41\t1.620\t66.420\n"
            "Boxtel\t17\t1.620\t27.540\n")
    assert [c[0] for c in cells(text)] == ["1.620", "66.420", "1.620", "27.540"]
