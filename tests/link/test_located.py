"""Tables whose municipalities only say where the money is (pipeline.link.located)."""

from __future__ import annotations

_HEAD = "Overzicht schadeafhandeling\n\nStand van de afhandeling per 1 juni 2024\n\n"
_ROWS = ("Gemeente\tAantal\tUitbetaald (€)\n"
         "Deventer\t412\t2.300.500\n"
         "Zutphen\t98\t640.000\n"
         "Totaal\t510\t2.940.500\n\n")


def test_a_caption_giving_the_money_to_residents_and_firms_makes_the_municipality_column_a_place(links_of):
    text = _HEAD + "Tabel 3. Vergoedingen aan inwoners en ondernemers, per gemeente van het schadeadres\n\n" + _ROWS
    assert [c for _, c in links_of(text)] == [None, None, None]


def test_a_caption_giving_the_money_to_municipalities_keeps_the_rows_theirs(links_of):
    # Near miss: the same table under a caption that names municipalities among the receivers.
    for caption in ("Tabel 4. Vergoedingen aan gemeenten voor opruimkosten",
                    "Tabel 4. Vergoedingen aan inwoners en gemeenten"):
        got = links_of(_HEAD + caption + "\n\n" + _ROWS)
        assert [c for _, c in got] == ["GM0150", "GM0301", None], caption


def test_a_caption_far_above_the_table_is_no_caption_of_it(links_of):
    text = (_HEAD + "Vergoedingen aan inwoners worden apart verantwoord.\n\nDe gemeenten ontvingen het volgende.\n\n"
            "Zij dienden hun kosten in voor 1 maart.\n\n" + _ROWS)
    assert [c for _, c in links_of(text)] == ["GM0150", "GM0301", None]


def test_a_column_headed_by_an_area_names_places_not_receivers(links_of):
    text = ("Waterschap Rivierenland | Begroting 2025\n\nLasten beheer dijkwegen per gebied (x € 1.000)\n\n"
            "Gebied\tOnderhoud\tTotaal\nDeventer\t1.200\t1.200\nZutphen\t300\t300\nTotaal\t1.500\t1.500\n")
    assert [c for _, c in links_of(text)] == [None] * 6


def test_a_column_headed_by_the_municipality_keeps_its_rows(links_of):
    # Near miss: the same table whose first column is headed 'Gemeente'.
    text = ("Provincie Overijssel | Verdeling 2025\n\nBijdragen per gemeente (x € 1.000)\n\n"
            "Gemeente\tBijdrage\tTotaal\nDeventer\t1.200\t1.200\nZutphen\t300\t300\nTotaal\t1.500\t1.500\n")
    assert [c for _, c in links_of(text)] == ["GM0150", "GM0150", "GM0301", "GM0301", None, None]


def test_a_column_headed_by_a_province_or_a_region_names_no_municipality(links_of):
    text = ("Tabel 1. Toegekende middelen per provincie (x € 1 mln)\n\n"
            "Provincie\tTranche 1\tTranche 2\nGroningen\t41,2\t58,0\nUtrecht\t12,0\t14,5\nTotaal\t53,2\t72,5\n\n"
            "Tabel 2. Versterkingsgelden per RIEC-regio (x € 1 mln)\n\n"
            "RIEC-regio\tVast\tVariabel\nRotterdam\t1,5\t5,0\nDen Haag\t1,5\t4,1\nTotaal\t3,0\t9,1\n")
    assert [c for _, c in links_of(text)] == [None] * 12


def test_a_caption_giving_the_money_to_firms_by_a_compound_makes_the_seat_a_place(links_of):
    # 'mkb-ondernemers': the firms, grouped by the municipality they are based in; none applied itself.
    text = (_HEAD + "De tabel geeft de subsidies aan mkb-ondernemers, ingedeeld naar de gemeente waarin de aanvrager"
            " is gevestigd.\n\n" + _ROWS)
    assert [c for _, c in links_of(text)] == [None, None, None]


def test_a_region_cell_with_its_own_municipality_glued_on_is_that_municipality_s_row(links_of):
    # The text layer ran the Mandaatgemeente cell into the region's, leaving its own cell empty.
    text = ("Bijlage 2 Bedragen per gemeente\n\n"
            "Regio\tMandaatgemeente\tBedrag 2025\tBedrag 2026\n"
            "Achterhoek\tDoetinchem\t€ 2.598.073\t€ 2.785.666\n"
            "Apeldoorn/ZutphenApeldoorn\t\t€ 2.717.144\t€ 2.913.334\n")
    assert [c for _, c in links_of(text)] == ["GM0222", "GM0222", "GM0200", "GM0200"]


def test_a_region_cell_named_after_its_municipalities_stays_the_region_s(links_of):
    # Near miss: the same region's name alone, nothing glued on, in a column headed 'Regio'.
    text = ("Bijlage 2 Bedragen per regio\n\n"
            "Regio\tBedrag 2025\tBedrag 2026\n"
            "Apeldoorn/Zutphen\t€ 2.717.144\t€ 2.913.334\n"
            "Achterhoek\t€ 2.598.073\t€ 2.785.666\n")
    assert [c for _, c in links_of(text)] == [None] * 4


_CORPORATION_ROWS = ("Gemeente\tWijkbeheer\tTotaal\n"
                     "Deventer\t120.000\t120.000\n"
                     "Zutphen\t80.000\t80.000\n"
                     "Totaal\t200.000\t200.000\n")


def test_a_table_under_a_named_housing_corporation_gives_its_municipality_rows_no_code(links_of):
    text = ("Prestatieafspraken 2025\n\nWoningstichting IJsselwonen besteedt in 2025 € 200.000 aan leefbaarheid.\n"
            "Dat geld wordt per gemeente zo verdeeld (bedragen in €):\n\n" + _CORPORATION_ROWS)
    assert [c for _, c in links_of(text)][1:] == [None] * 6


def test_a_table_on_a_page_whose_running_head_names_a_housing_corporation_gives_no_code(links_of):
    text = ("Woonstichting IJsselwonen\tJaarverslag 2024\n\nWij investeerden in onze buurten.\n\n"
            "Tabel 5. Uitgaven leefbaarheid per gemeente (bedragen in €)\n\n" + _CORPORATION_ROWS)
    assert [c for _, c in links_of(text)] == [None] * 6


def test_a_table_under_corporations_named_in_general_or_of_a_named_gemeente_keeps_its_codes(links_of):
    # Near misses: 'de woningcorporaties' name no one corporation, so the rows stay the municipalities'
    # (a ministry's grants per municipality); and a corporation's table of what the municipalities pay it.
    text = ("De woningcorporaties bouwen mee. Het Rijk betaalt per gemeente (bedragen in €):\n\n" + _CORPORATION_ROWS)
    assert [c for _, c in links_of(text)] == ["GM0150", "GM0150", "GM0301", "GM0301", None, None]
    text = ("Woonstichting IJsselwonen | Jaarverslag 2024\n\nBijdragen van gemeenten aan de buurtconciërges (in €)\n\n"
            "Partij\tBijdrage\nGemeente Deventer\t45.000\nGemeente Zutphen\t15.000\n")
    assert [c for _, c in links_of(text)] == ["GM0150", "GM0301"]


def test_a_column_headed_by_the_towns_or_villages_of_a_municipality_names_places(links_of):
    # A merged municipality's budget per kern: Sneek and Bolsward were municipalities once, here they are towns.
    text = ("Gemeente Súdwest-Fryslân | Nieuws\n\nHet budget per kern:\n\n"
            "Kern\tInwoners\tBudget 2025 (€)\nSneek\t34.200\t178.500\nBolsward\t10.300\t59.000\n")
    assert [c for _, c in links_of(text)] == [None, None]
    # Near miss: the same rows under 'Gemeente' are the municipalities'.
    text = "Verdeling per gemeente\n\nGemeente\tBudget (€)\nDeventer\t178.500\nZutphen\t59.000\n"
    assert [c for _, c in links_of(text)] == ["GM0150", "GM0301"]
