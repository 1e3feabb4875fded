"""The gazetteer: loading and checking gemeenten.csv, name lookups, validity, successors."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.gazetteer import (
    COLUMNS,
    Gazetteer,
    Municipality,
    gazetteer,
    lookup,
    name_key,
    parse_rows,
    successor_chain,
    valid_on,
    with_aliases,
    with_ocr_forms,
    with_sort_forms,
)

HEADER = ",".join(COLUMNS)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Den Haag", "GM0518"),
        ("DEN HAAG", "GM0518"),
        ("'s-Gravenhage", "GM0518"),
        ("’s-Gravenhage", "GM0518"),
        ("‘s Gravenhage", "GM0518"),
        ("gemeente Den Haag", "GM0518"),
        ("Gemeente  's-Gravenhage", "GM0518"),
        ("Den Bosch", "GM0796"),
        ("'s-Hertogenbosch", "GM0796"),
        ("Súdwest-Fryslân", "GM1900"),
        ("Sudwest Fryslan", "GM1900"),
        ("SÚDWEST FRYSLÂN", "GM1900"),
        ("Bergen (NH.)", "GM0373"),
        ("Bergen (NH)", "GM0373"),
        ("Bergen NH", "GM0373"),
        ("Bergen (L.)", "GM0893"),
        ("Hendrik Ido Ambacht", "GM0531"),
        ("Almere", "GM0034"),
        ("almere", "GM0034"),
        ("Noardeast-Fryslan", "GM1970"),
        ("Capelle aan de IJssel", "GM0502"),
        ("Capelle a/d IJssel", "GM0502"),
        ("Nuenen", "GM0820"),
    ],
)
def test_lookup_folds_case_accents_apostrophes_hyphens_and_gemeente(text, code):
    assert lookup(text).code == code


@pytest.mark.parametrize("text", ["Bergen", "Flevoland", "Nederland", "VNG", "Amsterdamseweg", ""])
def test_lookup_of_a_non_municipality_is_none(text):
    assert lookup(text) is None


def test_name_key_is_the_same_for_every_spelling():
    assert name_key("’s-Gravenhage") == name_key("'s Gravenhage") == name_key("S-GRAVENHAGE")
    assert name_key("Gemeente Súdwest-Fryslân") == "sudwest fryslan"
    # 'St.' abbreviates 'Sint' (a paper's 'SINT JACOBIPAROCHIE' is the BAG's 'St.-Jacobiparochie'), not a word's start.
    assert name_key("St.-Jacobiparochie") == name_key("SINT JACOBIPAROCHIE") == "sint jacobiparochie"
    assert name_key("Stadskanaal") == "stadskanaal" and name_key("Steenwijk") == "steenwijk"


def test_counts_per_year_equal_the_cbs_counts():
    cbs = {2010: 431, 2015: 393, 2019: 355, 2021: 352, 2023: 342, 2025: 342}
    for year, count in cbs.items():
        assert len(valid_on(date(year, 1, 1))) == count, year
    # Weesp joined Amsterdam on 2022-03-24.
    assert len(valid_on(date(2022, 3, 24))) == 344


def test_a_year_counts_a_municipality_that_existed_on_any_day_of_it():
    haren = lookup("Haren")
    assert haren.valid_on(2018) and not haren.valid_on(2019)
    assert haren.valid_on(date(2018, 12, 31)) and not haren.valid_on(date(2019, 1, 1))


def test_successor_chain_ends_at_todays_municipality():
    chain = successor_chain("GM0051")  # Skarsterlân -> De Friese Meren -> De Fryske Marren
    assert [m.code for m in chain] == ["GM0051", "GM1921", "GM1940"]
    assert chain[-1].current
    assert [m.code for m in successor_chain("GM0363")] == ["GM0363"]


def test_successor_on_gives_the_municipality_that_existed_then():
    gaz = gazetteer()
    assert gaz.successor_on("GM0051", date(2014, 6, 1)).code == "GM1921"
    assert gaz.successor_on("GM0051", 2020).code == "GM1940"


def test_lookup_at_a_date_prefers_the_municipality_valid_then():
    rows = [
        Municipality("GM9001", "Oudstad", "Utrecht", None, date(2012, 12, 31), "GM9002", ("Stad",)),
        Municipality("GM9002", "Nieuwstad", "Utrecht", date(2013, 1, 1), None, None, ("Stad",)),
    ]
    gaz = Gazetteer(rows)
    assert gaz.lookup("Stad", 2010).code == "GM9001"
    assert gaz.lookup("Stad", 2020).code == "GM9002"
    assert gaz.lookup("Stad").code == "GM9002"


def test_every_row_is_well_formed():
    gaz = gazetteer()
    assert len(gaz) == 476
    for m in gaz:
        assert m.name and m.province
        assert (m.valid_to is None) == (m.merged_into is None)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("code,name\nGM0001,X\n", "columns"),
        (f"{HEADER}\nG0001,X,Utrecht,,,,\n", "bad code"),
        (f"{HEADER}\nGM0001,X,Utrecht,2001-13-01,,,\n", "valid_from"),
        (f"{HEADER}\nGM0001,,Utrecht,,,,\n", "name"),
        (f"{HEADER}\nGM0001,X,Utrecht,,2001-01-01,,\n", "merged_into"),
        (f"{HEADER}\nGM0001,X,Utrecht,2002-01-01,2001-01-01,GM0002,\n", "ends before"),
    ],
)
def test_parse_rows_rejects_malformed_files(text, message):
    with pytest.raises(ValueError, match=message):
        parse_rows(text)


def test_gazetteer_rejects_unknown_successors_and_dead_ends():
    with pytest.raises(ValueError, match="unknown code"):
        Gazetteer(parse_rows(f"{HEADER}\nGM0001,X,Utrecht,,2001-01-01,GM0009,\n"))
    with pytest.raises(ValueError, match="loops"):
        Gazetteer(
            parse_rows(
                f"{HEADER}\nGM0001,X,U,,2001-01-01,GM0002,\nGM0002,Y,U,,2001-01-01,GM0001,\n"
            )
        )
    with pytest.raises(ValueError, match="twice"):
        Gazetteer(parse_rows(f"{HEADER}\nGM0001,X,U,,,,\nGM0001,Y,U,,,,\n"))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # The project's own aliases (aliases.json): Frisian names the copied table lacks.
        ("Skiermûntseach", "GM0088"),
        ("Skiermuntseach", "GM0088"),
        ("Skylge", "GM0093"),
        ("Flylân", "GM0096"),
        ("It Amelân", "GM0060"),
        ("Harns", "GM0072"),
        ("It Hearrenfean", "GM0074"),
        ("gemeente Opsterlân", "GM0086"),
        # The table's own names and aliases still answer.
        ("Schiermonnikoog", "GM0088"),
        ("Heerenveen", "GM0074"),
        ("Ljouwert", "GM0080"),
        ("Leeuwarden", "GM0080"),
    ],
)
def test_frisian_names_beside_the_table_are_the_municipality(text, code):
    assert lookup(text).code == code


def test_a_place_in_a_frisian_municipality_is_no_alias():
    # 'Snits' (Sneek) is a town of Súdwest-Fryslân, not a municipality of today.
    assert lookup("Snits") is None


def test_the_copied_table_keeps_its_own_aliases_and_the_project_adds_after_them():
    rows = parse_rows(f"{HEADER}\nGM0001,Leeuwarden,Fryslân,,,,Ljouwert\nGM0002,Harlingen,Fryslân,,,,\n")
    extended = with_aliases(rows, {"GM0001": ["Ljouwerter"]})
    assert extended[0].aliases == ("Ljouwert", "Ljouwerter") and extended[1] == rows[1]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"GM0009": ["X"]}, "unknown code"),
        ({"GM0001": ["Harlingen"]}, "already names GM0002"),
        ({"GM0001": "Ljouwert"}, "list of names"),
        ({"GM0001": [" "]}, "list of names"),
    ],
)
def test_own_aliases_are_checked(extra, message):
    rows = parse_rows(f"{HEADER}\nGM0001,Leeuwarden,Fryslân,,,,\nGM0002,Harlingen,Fryslân,,,,\n")
    with pytest.raises(ValueError, match=message):
        with_aliases(rows, extra)


def test_gazetteer_is_loaded_once():
    assert gazetteer() is gazetteer()


@pytest.mark.parametrize(("text", "code"), [
    # A merged-away municipality's row in a table ordered by name, and a current one's.
    ("Marne, De", "GM1663"), ("Friese Meren, De", "GM1921"), ("Helder, Den", "GM0400"),
    ("Bilt, De", "GM0310"), ("Hogeland, Het", "GM1966"),
])
def test_a_name_with_an_article_answers_in_its_sort_form(text, code):
    assert lookup(text).code == code


def test_sort_forms_only_for_a_leading_article_and_never_twice():
    rows = parse_rows(f"{HEADER}\nGM0001,De Marne,Groningen,,,,\nGM0002,Bilt,Utrecht,,,,\n"
                      f"GM0003,De Bilt,Utrecht,,,,\"Bilt, De\"\nGM0004,Dedemsvaart,Overijssel,,,,\n")
    forms = [m.aliases for m in with_sort_forms(rows, ["De", "Den", "Het"])]
    assert forms == [("Marne, De",), (), ("Bilt, De",), ()]
    assert lookup("Marne") is None


@pytest.mark.parametrize(("text", "code"), [
    # OCR reads a word's opening capital I as a small l.
    ("Hendrik-ldo-Ambacht", "GM0531"), ("lJsselstein", "GM0353"), ("Capelle aan den lJssel", "GM0502"),
])
def test_a_names_opening_capital_i_read_as_a_small_l(text, code):
    assert lookup(text).code == code


def test_ocr_forms_only_for_an_opening_capital_i_and_never_one_another_name_has():
    rows = parse_rows(f"{HEADER}\nGM0001,Ilpendam,Noord-Holland,,,,\nGM0002,Lutten,Overijssel,,,,\n"
                      f"GM0003,Iutten,Overijssel,,,,\nGM0004,Tiel,Gelderland,,,,\n")
    assert [m.aliases for m in with_ocr_forms(rows)] == [("llpendam",), (), (), ()]
