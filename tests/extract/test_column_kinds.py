"""What a table's column of figures holds besides money: holds_years_only."""

from __future__ import annotations

from decimal import Decimal

from pipeline.extract.amount_tables import read_tables
from pipeline.extract.column_kinds import (
    counts_left_out_of_total,
    figures_under_marked_label,
    holds_years_only,
    unmarked_before_run_marks,
    unmarked_before_scaled,
    unmarked_beside_marked,
)


def test_a_column_of_years_dates_its_rows():
    assert holds_years_only(["2026", "2027", "", "2025/2026"])
    # Money that happens to hold one year-like figure, and a lone year, stay money.
    assert not holds_years_only(["2026", "14.500", "880"])
    assert not holds_years_only(["2026"])


def test_the_start_years_of_a_scaled_table_are_no_millions():
    text = ("Tabel 3 Investeringen (x € 1 mln)\n"
            "Project\tStart\tInvestering\n"
            "Sporthal Noord\t2026\t8,4\n"
            "Zwembad Oost\t2028\t11,2\n")
    assert [(f.value, f.column_label) for f in read_tables(text)[0]] == [
        (Decimal("8400000.0"), "Investering"), (Decimal("11200000.0"), "Investering")]


def test_a_header_that_marks_its_money_columns_leaves_the_unmarked_one_a_count():
    labels = ["Gemeente", "Aanvragen", "Toegekend", "Uitgekeerd (€)"]
    assert unmarked_beside_marked(labels, 2) and not unmarked_beside_marked(labels, 3)
    # No column marked: the header says nothing of which is money.
    assert not unmarked_beside_marked(["Gemeente", "Toegekend", "Uitgekeerd"], 1)
    text = ("Gemeente\tAanvragen\tToegekend\tUitgekeerd (€)\n"
            "Meerssen\t1.384\t1.302\t12.904.750\nVenlo\t214\t188\t1.350.260\n")
    assert [f.value for f in read_tables(text)[0]] == [Decimal("12904750"), Decimal("1350260")]
    # A caption that states the table's unit makes every column of figures money.
    assert len(read_tables("Tabel 2 (bedragen in €)\n" + text)[0]) == 4


def test_a_header_run_into_one_line_marks_its_last_columns_and_leaves_the_first_a_count():
    above = ["Deelnemer Aantal aandelen Gestort kapitaal (€) Dividend 2024 (€)"]
    assert unmarked_before_run_marks(above, [], 4, 1)
    assert not unmarked_before_run_marks(above, [], 4, 2) and not unmarked_before_run_marks(above, [], 4, 3)
    # Near miss: as many marks as columns of figures leaves none unmarked; a header in cells decides by itself.
    assert not unmarked_before_run_marks(above, [], 3, 1)
    assert not unmarked_before_run_marks(above, ["Deelnemer", "Aantal", "Kapitaal"], 4, 1)
    text = (above[0] + "\n\nGemeente Weert\t2.400\t240.000\t60.000\nGemeente Nederweert\t600\t60.000\t15.000\n")
    assert [f.value for f in read_tables(text)[0]] == [
        Decimal("240000"), Decimal("60000"), Decimal("60000"), Decimal("15000")]


def test_the_wrapped_tail_of_a_count_label_after_the_marks_leaves_the_count_unmarked():
    # 'Kinderen tot | 18 jaar' wrapped under the header, run onto its line by the clean stage.
    above = ["Gemeente Kinderen tot Toekenning 2025 (€) Toekenning 2026 (€) 18 jaar"]
    assert unmarked_before_run_marks(above, [], 4, 1) and not unmarked_before_run_marks(above, [], 4, 2)
    assert unmarked_before_run_marks(["Gemeente Aanvragers onder Uitgekeerd (€) Over (€) 110%"], [], 4, 1)
    text = ("Gemeente Kinderen Toekenning 2025 (€) Toekenning 2026 (€) (aantal)\n\n"
            "Zuidplas\t1.840\t96.500\t64.300\nWaddinxveen\t1.120\t58.700\t39.100\n")
    assert [f.value for f in read_tables(text)[0]] == [
        Decimal("96500"), Decimal("64300"), Decimal("58700"), Decimal("39100")]
    # Near miss: a year or a capitalised label after the marks is a column of its own, not a wrapped tail.
    assert not unmarked_before_run_marks(["Gemeente Bijdrage (€) Bijdrage (€) 2026"], [], 4, 1)
    assert not unmarked_before_run_marks(["Gemeente Bijdrage (€) Saldo (€) Aantal"], [], 4, 1)


def test_a_first_column_of_figures_under_a_currency_mark_is_money():
    text = ("Grondwaarde (€)\tCanon 2024 (€)\tCanon 2025 (€)\n"
            "40.000\t960\t860\n100.000\t2.400\t2.150\n")
    assert sorted(f.value for f in read_tables(text)[0]) == [
        Decimal("860"), Decimal("960"), Decimal("2150"), Decimal("2400"), Decimal("40000"), Decimal("100000")]
    # Near misses: a first column of years, or one without a currency mark, names its rows.
    assert not figures_under_marked_label("Jaar (€)", ["2024", "2025"], lambda c: c)
    assert not figures_under_marked_label("Perceel", ["12", "14"], lambda c: c)
    assert len(read_tables(text.replace("Grondwaarde (€)", "Perceel"))[0]) == 4


def test_a_table_broken_by_a_wrapped_cells_fragments_goes_on_under_them():
    head = ("Object\tAdres\tWOZ-waarde (€)\tBoekwaarde (€)\n"
            "Stadhuis\tMarkt 1\t9.860.000\t6.312.000\n"
            "Bibliotheek\tKleine Oever\t2.910.000\t0\n")
    rest = "Woning\tHoofdweg 3\t318.000\t402.000\nTotaal\t\t13.088.000\t6.714.000\n"
    values = [f.value for f in read_tables(head + "\n11 k\n\n" + rest)[0]]
    assert values[-4:] == [Decimal("318000"), Decimal("402000"), Decimal("13088000"), Decimal("6714000")]
    # Near miss: a sentence between the two parts ends the table; the part under it has no money header.
    sentence = "\nDe tabel hieronder geeft de overige objecten van de gemeente weer.\n\n"
    assert len(read_tables(head + sentence + rest)[0]) == 4


def test_small_counts_a_thousands_tables_total_leaves_empty_are_no_money():
    text = ("Tabel 7.1 Uitkering per gemeente (bedragen x € 1.000)\n"
            "Gemeente\tBetrokken gemeenten\t2024\t2025\n"
            "Eemsdelta\t3\t1.362\t1.062\n"
            "Purmerend\t2\t684\t684\n"
            "Maashorst\t2\t1.217\t1.217\n"
            "Totaal\t\t3.263\t2.963\n")
    assert [f.column_label for f in read_tables(text)[0]].count("Betrokken gemeenten") == 0
    # Near misses: a total that sums the column keeps it money, and so does a table without a total row.
    assert counts_left_out_of_total(["3", "2", "2"], [""])
    assert not counts_left_out_of_total(["3", "2", "2"], ["7"])
    assert not counts_left_out_of_total(["3", "2", "2"], [])
    assert not counts_left_out_of_total(["35", "120", "2"], [""])


def test_the_columns_before_the_first_scaled_label_count():
    labels = ["Regio", "Ingediend", "Toegekend", "Subsidie toegekend (x € 1.000)", "Uitbetaald"]
    assert unmarked_before_scaled(labels, 1) and unmarked_before_scaled(labels, 2)
    assert not unmarked_before_scaled(labels, 3) and not unmarked_before_scaled(labels, 4)
    text = ("Regio\tIngediend\tToegekend\tSubsidie toegekend (x € 1.000)\n"
            "Twente\t96\t41\t3.120\nAchterhoek\t58\t22\t1.870\n")
    assert [f.value for f in read_tables(text)[0]] == [Decimal("3120000"), Decimal("1870000")]
    # Near miss: a caption that states the unit makes every column of figures money, as it says.
    assert len(read_tables("Tabel 4 (bedragen x € 1.000)\n" + text)[0]) == 6
