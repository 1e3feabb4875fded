"""Figures in tables: money columns, scale, currency, totals, a table carried to the next page."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.amount_tables import read_tables, table_figures


def cells(text: str, redactions=()):
    return [(text[f.start:f.end], f.value, f.row_label, f.column_label, f.is_total)
            for f in table_figures(text, list(redactions))]


def test_allocation_table_with_tabs_and_an_empty_cell():
    text = ("Gemeente\tBedrag 2025\tBedrag 2026\n"
            "Almere\t1.234.567\t2.345.678\n"
            "Urk\t\t45.000\n"
            "Totaal\t1.234.567\t2.390.678\n")
    assert cells(text) == [
        ("1.234.567", Decimal("1234567"), "Almere", "Bedrag 2025", False),
        ("2.345.678", Decimal("2345678"), "Almere", "Bedrag 2026", False),
        ("45.000", Decimal("45000"), "Urk", "Bedrag 2026", False),
        ("1.234.567", Decimal("1234567"), "Totaal", "Bedrag 2025", True),
        ("2.390.678", Decimal("2390678"), "Totaal", "Bedrag 2026", True),
    ]


def test_a_nought_ocr_read_as_the_letter_o_in_a_money_column_is_zero():
    text = ("Omschrijving\tLasten\tSaldo\n"
            "Jeugdhulp\t742.000\t-742.000\n"
            "Totaal\t1.036.700\tO\n")
    assert [c[1] for c in cells(text)] == [Decimal("742000"), Decimal("-742000"), Decimal("1036700"), Decimal("0")]


def test_a_share_with_a_speck_read_as_a_redaction_is_no_amount():
    # '… 26,1%': OCR read a speck as an ellipsis, the clean stage as a redaction; a share is no money.
    text = ("Bedragen x € 1.000\n\nDeelnemer\tVerdeelsleutel\tBegroting 2026\n"
            "Geldrop-Mierlo\t44,8%\t22.390\n"
            "Son en Breugel\t… 26,1%\t█\n")
    at = text.index("…")
    bar = text.index("█")
    assert [(c[0], c[1]) for c in cells(text, [(at, at + 1), (bar, bar + 1)])] == [
        ("22.390", Decimal("22390000")), ("█", None)]


def test_caption_scale_and_year_header_over_a_budget_table():
    text = ("Staat van baten en lasten (bedragen x € 1.000)\n"
            "\t2023\t2022\n"
            "Baten\n"
            "Bijdragen gemeenten\t4.120\t3.980\n"
            "Resultaat\t(85)\t-/- 12\n")
    got = cells(text)
    assert [(c[0], c[1], c[2], c[3]) for c in got] == [
        ("4.120", Decimal("4120000"), "Bijdragen gemeenten", "2023"),
        ("3.980", Decimal("3980000"), "Bijdragen gemeenten", "2022"),
        ("(85)", Decimal("-85000"), "Resultaat", "2023"),
        ("-/- 12", Decimal("-12000"), "Resultaat", "2022"),
    ]


def test_count_and_share_columns_are_not_money_even_in_a_money_table():
    text = ("Bedragen in euro\n"
            "Gemeente\tAantal inwoners\tBijdrage\tAandeel %\n"
            "Lelystad\t80.000\t120.000\t25\n"
            "Dronten\t42.000\t60.000\t12\n")
    assert [c[0] for c in cells(text)] == ["120.000", "60.000"]


def test_nights_and_visitors_are_counts_under_a_money_caption_with_a_scale():
    text = ("Bedragen x € 1.000\n"
            "Gemeente\tOvernachtingen 2023 (x 1.000)\tBezoekers\tOpbrengst 2023\n"
            "Sluis\t3.120\t812\t9.450\n"
            "Veere\t2.870\t640\t8.115\n")
    assert [(c[0], c[1]) for c in cells(text)] == [("9.450", Decimal("9450000")), ("8.115", Decimal("8115000"))]


def test_a_row_that_counts_among_money_rows_is_no_money():
    # 'Aantal schooldagen' under a column of euro figures; a count that prints its rate in euro stays money.
    text = ("Berekening\tSchooljaar 2024-2025\nAantal schooldagen\t200\nKilometervergoeding\t€ 2.686,40\n"
            "Te ontvangen\t€ 2.304,40\nAantal ritten x € 12\t480\n")
    assert [c[0] for c in cells(text)] == ["€ 2.686,40", "€ 2.304,40", "480"]


def test_a_count_leading_a_label_is_no_money_whatever_money_word_follows():
    text = ("Gemeente\tUren begroot\tUren werkelijk\tVoorschot (€)\tWerkelijk (€)\n"
            "Blaricum\t310\t298\t29.884\t28.727\n")
    assert [c[0] for c in cells(text)] == ["29.884", "28.727"]
    # A count named after the money word, or a count column that names its currency, stays money.
    text = "Gemeente\tBegroot aantal uren (€)\nBlaricum\t29.884\n"
    assert [c[0] for c in cells(text)] == ["29.884"]


def test_a_count_in_brackets_is_the_key_a_money_tables_column_shares_by():
    text = ("Verdeling tekort 2024 (x € 1.000)\n"
            "Gemeente\tScenario A (inwoners)\tScenario B (gebruik)\n"
            "Enschede\t3.204\t3.410\n")
    assert [c[1] for c in cells(text)] == [Decimal("3204000"), Decimal("3410000")]
    # Without a money caption the count is the column's own.
    assert cells("Gemeente\tScenario A (inwoners)\nEnschede\t3.204\n") == []


def test_a_funders_column_that_prints_its_rate_in_brackets_is_money_in_a_money_table():
    text = ("Begroting per deelnemer (bedragen in €)\n"
            "Deelnemer\tKosten\tRijk (35%)\tRegio (12,5 %)\tEigen deel (52,5%)\n"
            "Gemeente Almelo\t400.000\t140.000\t50.000\t210.000\n")
    assert [c[0] for c in cells(text)] == ["400.000", "140.000", "50.000", "210.000"]
    # A bare '(%)' is the unit of a column of shares, and without a money caption the rate stays a share.
    text = "Bedragen in euro\nDeelnemer\tKosten\tRijk (%)\nGemeente Almelo\t400.000\t35\n"
    assert [c[0] for c in cells(text)] == ["400.000"]
    assert cells("Deelnemer\tRijk (35%)\nGemeente Almelo\t140.000\n") == []


def test_a_column_that_shares_money_out_by_a_count_is_money_in_a_money_table():
    text = ("Bedragen in euro\n"
            "Ontvanger\tInwoners\tBasisbedrag\tAandeel inwoners/schade\tTotaal\n"
            "Lelystad\t80.000\t4.000.000\t3.100.000\t7.100.000\n")
    assert [c[0] for c in cells(text)] == ["4.000.000", "3.100.000", "7.100.000"]
    # Without a money caption the same header is a count's share, and a '%' share stays none.
    assert cells("Gemeente\tAandeel inwoners\nLelystad\t80.000\n") == []
    text = "Bedragen in euro\nGemeente\tBijdrage\tAandeel inwoners (%)\nLelystad\t120.000\t25\n"
    assert [c[0] for c in cells(text)] == ["120.000"]


def test_a_column_naming_its_own_currency_is_not_scaled_by_the_caption():
    text = ("Tabel 12. Bijdragen (bedragen x € 1.000; bijdrage per inwoner in euro's)\n"
            "Gemeente\tInwoners\tPer inw. (€)\tBegroting 2025\n"
            "Gouda\t75.605\t35,02\t2.648\n")
    assert [(c[0], c[1]) for c in cells(text)] == [("35,02", Decimal("35.02")), ("2.648", Decimal("2648000"))]
    # A bare '€' over a column only repeats the caption's unit.
    text = "Bedragen x € 1.000\nGemeente\t€\nGouda\t2.648\n"
    assert [(c[0], c[1]) for c in cells(text)] == [("2.648", Decimal("2648000"))]


def test_table_without_money_words_gives_no_amounts():
    text = "Gemeente\tInwoners\tScholen\nLelystad\t80.000\t40\nDronten\t42.000\t21\n"
    assert cells(text) == []


def test_a_redacted_cell_in_a_money_column_is_a_redacted_figure():
    text = "Naam\tBedrag\n█████\t25.000,00\nJansen\t█████\n"
    redactions = [(text.index("█"), text.index("█") + 5), (text.rindex("█") - 4, text.rindex("█") + 1)]
    got = table_figures(text, redactions)
    assert [(text[f.start:f.end], f.redacted) for f in got] == [("25.000,00", False), ("█████", True)]


def test_cells_with_euro_signs_make_a_money_column_without_a_header():
    text = "Inzet sleutelfiguren\t€ 40.000\nCasusoverleg\t€ 12.500\n"
    assert [c[1] for c in cells(text)] == [Decimal("40000"), Decimal("12500")]


def test_a_later_table_of_the_same_shape_keeps_the_unit_printed_over_the_first():
    text = ("Bedragen x € 1.000\n"
            "\t2024\t2025\n"
            "Personeelskosten\t51.660\t55.990\n"
            "Totaal lasten\t75.297\t73.872\n"
            "\n"
            "Baten derden\t40.636\t37.486\n"
            "Baten totaal\t75.308\t73.847\n")
    got = cells(text)
    assert [(c[0], c[1]) for c in got[-2:]] == [("75.308", Decimal("75308000")), ("73.847", Decimal("73847000"))]
    assert got[-1][4] is True


def test_a_table_at_the_top_of_the_next_page_without_header_continues_the_last_one():
    page_1 = ("Bijlage 1: Overzicht goedgekeurde woningen\n"
              "Adres\tPostcode\tbedrag €\n"
              "Boksdoornstraat 25\t6543 SB\t25.000,00\n"
              "Boksdoornstraat 27\t6543 SB\t25.000,00\n")
    figures, ending, _ = read_tables(page_1)
    assert ending is not None and ending.n_columns == 3
    page_2 = "Duindoornstraat 2\t6543 RS\t25.000,00\nDuindoornstraat 4\t6543 RT\t12.500,00\n"
    figures, _, _ = read_tables(page_2, carried=ending)
    assert [(f.value, f.row_label, f.column_label) for f in figures] == [
        (Decimal("25000.00"), "Duindoornstraat 2", "bedrag €"), (Decimal("12500.00"), "Duindoornstraat 4", "bedrag €")]


def test_a_table_further_down_the_next_page_or_of_another_shape_does_not_continue():
    _, ending, _ = read_tables("Adres\tPostcode\tbedrag €\nA\t6543 SB\t25.000,00\nB\t6543 SB\t25.000,00\n")
    assert read_tables("Inleiding\n\nTekst.\n\nMeer tekst.\n\nA\t1\t2\nB\t3\t4\n", carried=ending)[0] == []
    assert read_tables("A\t1\nB\t3\n", carried=ending)[0] == []


def test_a_bare_scale_caption_makes_money_unless_it_counts_something():
    money = "Risico's x 1.000\nRisico\tKans\tEffect\nHuisvesting\t25%\t1.017\nICT\t50%\t100\n"
    assert [c[1] for c in cells(money)] == [Decimal("1017000"), Decimal("100000")]
    counts = "Aantal inwoners x 1.000\nGemeente\t2024\t2025\nAlmere\t220\t225\nUrk\t22\t23\n"
    assert cells(counts) == []


def test_a_table_without_unit_whose_rows_name_money_takes_the_documents_unit():
    first = "Verloop reserves (bedragen x € 1.000)\nReserve A\t3.388\t77\nReserve B\t122\t-122\n"
    _, _, unit = read_tables(first)
    assert unit is not None and unit.scale == Decimal(1000)
    later = ("Weerstandsvermogen\n\nStand reserve 2024\t7.077\nWaarvan egalisatiereserves\t-52\n"
             "Beschikbare risicoreserve\t1.341\nDeficit\t3.019\n")
    figures, _, _ = read_tables(later, unit=unit)
    assert [(f.row_label, f.value) for f in figures] == [
        ("Stand reserve 2024", Decimal("7077000")), ("Waarvan egalisatiereserves", Decimal("-52000")),
        ("Beschikbare risicoreserve", Decimal("1341000")), ("Deficit", Decimal("3019000"))]


def test_without_an_earlier_money_table_or_with_rows_of_other_things_no_unit_is_taken():
    later = "Stand reserve 2024\t7.077\nWaarvan egalisatiereserves\t-52\nDeficit\t3.019\n"
    assert read_tables(later)[0] == []
    _, _, unit = read_tables("Bedragen x € 1.000\nLasten\t3.388\t77\nBaten\t122\t-122\n")
    counts = "Leerlingen\t7.077\nScholen\t52\nKlassen\t341\n"
    assert read_tables(counts, unit=unit)[0] == []
    shares = "\tAandeel %\nReserve A\t12\nReserve B\t52\n"
    assert read_tables(shares, unit=unit)[0] == []


@pytest.mark.parametrize("unit", ["bedragen x 1 mln.", "bedra en x lmtn.", "x € 1 mln"])
def test_a_scale_in_one_header_cell_makes_a_money_table(unit):
    # The unit printed in the last header cell, also as OCR misreads it.
    text = (f"Middel\tWat?\t2027\t2028 {unit}\n"
            "SPUK\tLokaal\t231\t278\n"
            "\tRegionaal\t194\t235\n")
    got = [(f.column_label, f.value) for f in table_figures(text)]
    assert got[:2] == [("2027", Decimal("231000000")), (f"2028 {unit}", Decimal("278000000"))]


@pytest.mark.parametrize("caption, scale", [
    ("Bedragen x € 1.000", 1000), ("Bedragen in duizenden euro's", 1000), ("in TEUR", 1000),
    ("(x € 1 mln)", 10**6), ("x 1 miljard euro", 10**9),
])
def test_the_unit_a_caption_states_scales_the_tables_figures(caption, scale):
    text = f"{caption}\n\nPost\t2024\t2023\nSubsidies\t12\t10\n"
    assert [f.value for f in table_figures(text)] == [12 * scale, 10 * scale]


def test_a_table_headed_in_euros_does_not_take_the_unit_of_earlier_tables():
    text = ("Bedragen in € 1.000\n\nProgramma\tBegroting\tRealisatie\nBestuur\t14.212\t14.876\n"
            "Veiligheid\t3.410\t3.611\n\nHet saldo is lager dan begroot, zoals hieronder wordt toegelicht.\n\n"
            "\t2023\t2022\n\tEUR\tEUR\nResultaat\t84.220\t(12.410)\nAfschrijvingen\t96.300\t92.118\n")
    values = [f.value for f in table_figures(text)]
    assert values[:2] == [Decimal("14212000"), Decimal("14876000")]
    assert values[4:] == [Decimal("84220"), Decimal("-12410"), Decimal("96300"), Decimal("92118")]


@pytest.mark.parametrize("caption", ["Balans per 31 december 2023", "Staat van baten en lasten over 2023",
                                     "Kasstroomoverzicht 2023", "Exploitatierekening 2023"])
def test_the_figures_of_a_financial_statement_are_money_without_a_currency_sign(caption):
    text = (f"{caption}\n\n\t31-12-2023\t31-12-2022\nMateriële vaste activa\t1.245.300\t1.310.950\n"
            "Liquide middelen\t2.104.776\t1.876.020\n")
    assert [f.value for f in table_figures(text)] == [Decimal(v) for v in ("1245300", "1310950", "2104776",
                                                                           "1876020")]


def test_a_table_of_counts_under_a_plain_title_is_no_money():
    text = "Overzicht deelnemers\n\n\t2023\t2022\nAlmere\t1.245\t1.310\nZwolle\t2.104\t1.876\n"
    assert table_figures(text) == []


def test_a_scale_in_a_header_cell_that_counts_is_no_money():
    text = "Regio\tAantal x 1.000\nNoord\t231\nZuid\t194\nOost\t12\n"
    assert table_figures(text) == []


def test_a_unit_declared_for_all_amounts_holds_for_later_money_tables():
    text = ("Jaarrekening 2023\n\nAlle bedragen zijn x € 1.000, tenzij anders vermeld.\n\n"
            "Balans\n\n\t31-12-2023\t31-12-2022\nMateriële vaste activa\t1.234\t1.300\n"
            "Liquide middelen\t56\t78\n\nToelichting op de balans, die over meer gaat dan een paar woorden.\n\n"
            "Personeel\tRealisatie 2023\tBegroting 2023\nSalarissen\t800\t780\nSociale lasten\t120\t118\n")
    figures, _, unit = read_tables(text)
    assert [f.value for f in figures] == [Decimal(v) * 1000 for v in ("1234", "1300", "56", "78", "800", "780",
                                                                      "120", "118")]
    assert unit.declared and unit.scale == Decimal(1000)
    # The next page's money table, with a header and no unit, is in thousands as well.
    later, _, _ = read_tables("Lasten\tRealisatie 2023\nHuur\t45\nEnergie\t12\n", unit=unit)
    assert [f.value for f in later] == [Decimal(45000), Decimal(12000)]


def test_a_caption_is_no_declaration_for_later_tables():
    _, _, unit = read_tables("Bedragen x € 1.000\nLasten\t3.388\t77\nBaten\t122\t-122\n")
    later, _, _ = read_tables("Subsidie\tBedrag\nVereniging A\t4.500\nStichting B\t12.000\n", unit=unit)
    assert [f.value for f in later] == [Decimal(4500), Decimal(12000)]


@pytest.mark.parametrize("header", ["Ref.", "Toelichting", ""])
def test_the_note_numbers_of_annual_accounts_are_no_amounts(header):
    text = (f"Balans per 31 december 2023 (bedragen in €)\n\n\t{header}\t31-12-2023\t31-12-2022\n"
            "Materiële vaste activa\t1\t1.234.567\t1.345.678\n"
            "Vorderingen\t2\t234.567\t345.678\n"
            "Liquide middelen\t3\t45.678\t56.789\n")
    assert [f.value for f in table_figures(text)] == [Decimal(v) for v in (
        "1234567", "1345678", "234567", "345678", "45678", "56789")]


def test_a_column_of_small_amounts_with_a_money_header_stays_money():
    text = "Bedragen x € 1.000\tBegroting\tRealisatie\nHuur\t12\t14\nEnergie\t3\t5\nSchoonmaak\t8\t7\n"
    assert len(table_figures(text)) == 6


def test_a_unit_in_the_first_header_cell_keeps_the_header_in_the_table():
    text = "x € 1.000\tLasten\tBaten\nJeugd\t1.250\t120\nWmo\t430\t0\n"
    assert [(f.row_label, f.column_label, f.value) for f in table_figures(text)][:2] == [
        ("Jeugd", "Lasten", Decimal("1250000")), ("Jeugd", "Baten", Decimal("120000"))]


@pytest.mark.parametrize("paragraph", [
    "Overzicht van de bijdragen per gemeente. Bedragen in euro. Gemeenten die zijn opgegaan in een\n"
    "andere gemeente staan met hun oude naam vermeld.",
    "Een negatief bedrag wordt aan de gemeente terugbetaald; een positief bedrag wordt bij de gemeente\n"
    "in rekening gebracht. Bedragen x € 1.000.",
])
def test_a_unit_sentence_in_the_paragraph_above_a_table_is_its_caption(paragraph):
    text = (paragraph + "\n\n"
            "Gemeente\t2018\t2019\n"
            "Ljouwert\t96.000\t104.000\n"
            "Waadhoeke\t-\t39.900\n")
    scale = 1000 if "1.000" in paragraph else 1
    assert [(f.value, f.row_label) for f in table_figures(text)] == [
        (Decimal(96000 * scale), "Ljouwert"), (Decimal(104000 * scale), "Ljouwert"),
        (Decimal(39900 * scale), "Waadhoeke")]


def test_a_sentence_with_an_amount_above_a_table_states_no_unit():
    text = ("De scholen in deze gemeenten hebben samen veel leerlingen. Dat kost € 5 miljoen.\n\n"
            "Gemeente\tLeerlingen\tScholen\n"
            "Lelystad\t8.000\t40\n"
            "Dronten\t4.200\t21\n")
    assert cells(text) == []


def test_rows_that_state_their_own_unit_are_money_in_it():
    text = ("Onderdeel\t2025\t2026\n"
            "Lasten (x € 1.000)\t14.450\t3.200\n"
            "Baten (x € 1.000)\t-2.400\t0\n"
            "Fte\t12\t14\n")
    assert [(f.value, f.row_label, f.column_label) for f in table_figures(text)] == [
        (Decimal(14450000), "Lasten (x € 1.000)", "2025"), (Decimal(3200000), "Lasten (x € 1.000)", "2026"),
        (Decimal(-2400000), "Baten (x € 1.000)", "2025"), (Decimal(0), "Baten (x € 1.000)", "2026")]


def currencies(text: str):
    return [(text[f.start:f.end], f.column_label, f.currency) for f in table_figures(text)]


def test_a_column_headed_in_guilders_keeps_its_currency_beside_the_euro_column():
    text = ("Bedragen in guldens (NLG) en euro (EUR)\n\n"
            "Gemeente\tSubsidie NLG\tSubsidie EUR\n"
            "Harlingen\t22.040,00\t10.001,45\n"
            "Franekeradeel\t15.000,00\t6.806,70\n")
    assert currencies(text) == [
        ("22.040,00", "Subsidie NLG", "NLG"), ("10.001,45", "Subsidie EUR", "EUR"),
        ("15.000,00", "Subsidie NLG", "NLG"), ("6.806,70", "Subsidie EUR", "EUR")]


@pytest.mark.parametrize(("caption", "header"), [
    ("Bedragen in guldens", "Gemeente\tProject\tBijdrage"),
    ("", "Gemeente\tProject\tBijdrage f"),
    ("", "Gemeente\tProject\tBijdrage hfl."),
])
def test_a_typewritten_table_in_guilders_has_no_euro_figure(caption, header):
    text = (f"{caption}\n{header}\n"
            "Zuidhorn\tKanaalweg\t112.300,--\n"
            "Marum\tNoorderweg\t64.250,--\n")
    assert {f.currency for f in table_figures(text)} == {"NLG"}


def test_a_sign_parted_from_its_figure_by_a_gap_gives_the_figure_its_currency():
    # A column of signs set flush left: the scan reads each sign as a cell of its own.
    text = ("Kosten van de volkstelling 1971\n"
            "\t\tRaming\tUitgaven\n"
            "Tellers en controleurs\tf\t14.200,--\tf 15.075,50\n"
            "Drukwerk\tf\t2.300,--\tf 1.980,--\n"
            "Kosten archief\t€\t3.400\t€ 3.150\n")
    assert [(c, currency) for c, _, currency in currencies(text)] == [
        ("14.200,--", "NLG"), ("2.300,--", "NLG"), ("3.400", "EUR"), ("€ 3.150", "EUR")]


def test_a_table_under_prose_in_guilders_alone_is_in_guilders():
    # The header says only 'Bedrag'; the prose above prints its figures with the guilder's sign.
    text = ("De kosten der huisvesting bedroegen in 1968 f 96.412,50 tegen f 88.120,-- in 1967.\n"
            "Post\tAantal\tBedrag\n"
            "Huur van lokalen\t4\t61.300,--\n"
            "Verwarming\t4\t35.112,50\n")
    assert {f.currency for f in table_figures(text)} == {"NLG"}
    # A page that names the euro anywhere keeps the euro for its unmarked tables.
    text = text.replace("in 1967.", "in 1967 (€ 39.988).")
    assert {f.currency for f in table_figures(text)} == {"EUR"}


def test_a_note_in_guilders_under_a_typed_table_gives_it_the_guilder():
    # An old budget's typist put the unit after the table; a later table keeps the euro.
    text = ("Deelnemer\tBijdrage 1992\tBijdrage 1993\n"
            "Gemeente Assen\t96.840\t99.120\n"
            "Gemeente Vries\t30.120\t30.830\n\n"
            "(bedragen in guldens)\n\n"
            "Met ingang van 2002 betalen de deelnemers naar de nieuwe verdeelsleutel van het schap:\n\n"
            "Deelnemer\tBijdrage 2002\nGemeente Assen\t45.000\nGemeente Vries\t14.000\n")
    assert [f.currency for f in table_figures(text)] == ["NLG"] * 4 + ["EUR"] * 2


def test_columns_scaled_in_guilders_beside_one_in_euro_wrapped_by_ocr():
    # 'x f 1.000' over the guilder columns; OCR ran the last header's '1.000)' into a column of its own.
    text = ("Omschrijving\tRekening 1998 (xf\tBegroting 2000 (x EUR\t1.000)\n"
            "\t1.000)\n"
            "Lasten\t498.712\t232.473\n"
            "Baten\t493.015\t230.957\n")
    assert [(f.currency, f.value) for f in table_figures(text)] == [
        ("NLG", 498712000), ("EUR", 232473000), ("NLG", 493015000), ("EUR", 230957000)]


@pytest.mark.parametrize("caption", ["f) Bijdragen aan gemeenten", "Bijdragen per gemeente"])
def test_a_table_that_names_no_other_currency_stays_in_euro(caption):
    # An item letter 'f)' is no guilder sign, and a caption naming nothing leaves the euro.
    text = (f"{caption}\nGemeente\tBijdrage\n"
            "Zuidhorn\t112.300\nMarum\t64.250\n")
    assert {f.currency for f in table_figures(text)} == {"EUR"}


def test_a_guilder_column_headed_by_the_letter_in_brackets_beside_the_euro_column():
    # OCR reads the printed 'ƒ' as 'f': '(f)' still names the guilder, the euro column stays euro.
    text = ("Gemeente\tInwoners\tBijdrage 2002 (f)\tBijdrage 2002 (€)\n"
            "Bolsward\t9.480\t202.872,00\t92.059\n"
            "Sneek\t32.950\t705.130,00\t319.974\n")
    assert currencies(text) == [
        ("202.872,00", "Bijdrage 2002 (f)", "NLG"), ("92.059", "Bijdrage 2002 (€)", "EUR"),
        ("705.130,00", "Bijdrage 2002 (f)", "NLG"), ("319.974", "Bijdrage 2002 (€)", "EUR")]


@pytest.mark.parametrize("header", ["Gemeente\t(f) Bijdrage\tOmschrijving", "Gemeente\tBijdrage (f) oud\tOmschrijving"])
def test_a_bracketed_letter_that_does_not_end_the_label_is_no_guilder_sign(header):
    text = f"{header}\nZuidhorn\t112.300\tKanaalweg\nMarum\t64.250\tNoorderweg\n"
    assert {f.currency for f in table_figures(text)} == {"EUR"}


@pytest.mark.parametrize("label", ["SW-plaatsen", "Arbeidsplaatsen", "Banen", "Bedden", "Kinderen"])
def test_a_column_of_places_or_jobs_counted_in_a_euro_table_is_no_money(label):
    text = ("(bedragen in euro's)\n"
            f"Gemeente\t{label}\tVoorschot 2005\tVerrekening\n"
            "Pekela\t97\t215.340\t14.647\n"
            "Reiderland\t51\t137.640\t-/- 16.719\n")
    assert [c[0] for c in cells(text)] == ["215.340", "14.647", "137.640", "-/- 16.719"]


def test_a_money_word_beside_a_counted_noun_keeps_the_column_money():
    text = ("Gemeente\tBijdrage per plaats\tKosten plaatsen\n"
            "Pekela\t2.220\t215.340\nReiderland\t2.220\t137.640\n")
    assert [c[0] for c in cells(text)] == ["2.220", "215.340", "2.220", "137.640"]


def test_a_unit_in_brackets_or_under_a_heading_right_above_makes_every_column_money():
    # A letter's table whose last column names no money of its own ('Toename'): the unit the
    # sentence above gives in brackets makes it money, as a scan's heading glued to the
    # paragraph with the unit sentence does for columns headed by waste streams.
    for paragraph in ("Hieronder staat wat de nieuwe begroting voor elke deelnemer betekent (bedragen in euro).",
                      "Recreatieschap Twente\nBegroting 2024 - bijlage 1: deelnemers\n"
                      "Bedragen in euro. Het tarief per inwoner is voor alle deelnemers gelijk: € 4,10."):
        text = (paragraph + "\n\n"
                "Deelnemer\tBijdrage 2024\tToename\n"
                "Dinkelland\t412.000\t12.300\n"
                "Losser\t388.500\t9.800\n"
                "Totaal\t800.500\t22.100\n")
        assert [(f.row_label, f.column_label, f.value) for f in table_figures(text)][:2] == [
            ("Dinkelland", "Bijdrage 2024", Decimal("412000")), ("Dinkelland", "Toename", Decimal("12300"))]


def test_a_bracket_with_a_figure_above_a_table_makes_no_column_money():
    text = ("De bijdrage per inwoner stijgt (van € 4,10 naar € 4,35) en zo verandert het aantal.\n\n"
            "Deelnemer\tBijdrage 2024\tToename\n"
            "Dinkelland\t412.000\t1.230\n"
            "Losser\t388.500\t980\n")
    assert {f.column_label for f in table_figures(text)} == {"Bijdrage 2024"}


def test_a_sisa_spending_column_is_money_though_its_header_names_the_year():
    # 'jaar' alone heads a column of years; 'Besteding (jaar T)' is what was spent in it.
    text = ("Bedragen in euro.\n\n"
            "Code\tSpecifieke uitkering\tBesteding (jaar T)\tJaar\n"
            "C8\tSPUK Sportakkoord\t118.400\t2022\n"
            "E27B\tBrede SPUK Jeugd\t243.915\t2022\n")
    assert [(f.row_label, f.column_label, f.value) for f in table_figures(text)] == [
        ("C8", "Besteding (jaar T)", Decimal("118400")), ("E27B", "Besteding (jaar T)", Decimal("243915"))]


def test_a_unit_caption_the_layout_set_in_a_cell_over_the_table_makes_it_a_table_of_euros():
    text = ("\tBedragen in euro's\n"
            "Code\tGemeente\tGezond in de stad\tVroegsignalering schulden\n"
            "0158\tHaaksbergen\t-\t24.318\n"
            "0392\tHaarlem\t612.400\t168.942\n")
    assert [(c[0], c[2]) for c in cells(text)] == [
        ("24.318", "Haaksbergen"), ("612.400", "Haarlem"), ("168.942", "Haarlem")]
    # A header whose only cell over a column is a title names no unit: its figures are no money.
    assert cells(text.replace("Bedragen in euro's", "Uitkeringen 2024")) == []


def test_a_column_of_ranks_beside_the_money_columns_is_no_money():
    from pipeline.process import process_text

    text = ("Afvalstoffenheffing per gemeente\n\nBedragen in euro per jaar.\n\n"
            "Gemeente\tTarief 2025\tTarief 2024\tRang in de provincie\n"
            "Veere\t351\t340\t2\nSluis\t312\t301\t4\n")
    assert [a.text for a in process_text(text).amounts] == ["351", "340", "312", "301"]


def test_an_english_partner_budget_keeps_its_total_row_of_comma_grouped_figures():
    # A row whose every figure has two comma groups ('5,820,000') is a row of figures, no header inside the table.
    text = ("Table D.1 Partner budgets (EUR)\n"
            "Partner\tCountry\tTotal budget\tERDF\n"
            "LP Gemeente Groningen\tNL\t1,480,000\t888,000\n"
            "PP2 Provincie Drenthe\tNL\t420,000\t252,000\n"
            "Total\t\t1,900,000\t1,140,000\n")
    figures = [(text[f.start:f.end], f.value, f.is_total) for f in table_figures(text, [])]
    assert figures == [("1,480,000", Decimal(1480000), False), ("888,000", Decimal(888000), False),
                       ("420,000", Decimal(420000), False), ("252,000", Decimal(252000), False),
                       ("1,900,000", Decimal(1900000), True), ("1,140,000", Decimal(1140000), True)]


def test_a_table_of_counts_in_english_grouping_gives_no_money():
    text = "Partner\tInhabitants\nGemeente Groningen\t1,234,567\nGemeente Emmen\t1,107,000\n"
    assert table_figures(text, []) == []
