"""Ground codes of Woo and Wob releases, as printed and as OCR misreads them."""

from __future__ import annotations

import pytest

from pipeline.grounds import find_codes, grounds, is_code_text, parse_code


@pytest.mark.parametrize(
    ("token", "code", "law"),
    [
        ("5.1.2e", "5.1.2e", "woo"),
        ("5.1.2.e", "5.1.2e", "woo"),
        ("5.1.2 e", "5.1.2e", "woo"),
        ("51.2e", "5.1.2e", "woo"),
        ("5.1.20", "5.1.2e", "woo"),
        ("5.1.2o", "5.1.2e", "woo"),
        ("5.1.2I", "5.1.2i", "woo"),
        ("5.1.1.c", "5.1.1c", "woo"),
        ("5.1.1c,", "5.1.1c", "woo"),
        ("(5.1.2i)", "5.1.2i", "woo"),
        ("5.1.5", "5.1.5", "woo"),
        ("5.2", "5.2", "woo"),
        ("5.2.1", "5.2.1", "woo"),
        ("10.2.e", "10.2e", "wob"),
        ("10.2e", "10.2e", "wob"),
        ("10.1.c", "10.1c", "wob"),
        ("11.1", "11.1", "wob"),
    ],
)
def test_codes(token, code, law):
    ground = parse_code(token)
    assert (ground.code, ground.law) == (code, law)


@pytest.mark.parametrize("token", ["5.1.2", "5.1.2z", "10.2.h", "2.5.1.2e", "11.1.3", "5.21",
                                   "5,2", "1.5.2", "€5.2", "5.1.3e", "2025"])
def test_not_codes(token):
    assert parse_code(token) is None


def test_meanings_come_from_the_law():
    table = grounds().by_code
    assert table["5.1.2e"].ground == "eerbiediging van de persoonlijke levenssfeer"
    assert table["5.1.2i"].ground == "goed functioneren van de staat"
    assert table["5.2"].ground == "persoonlijke beleidsopvattingen in intern beraad"
    assert table["10.2e"].ground == table["5.1.2e"].ground
    assert {c for c in table if c.startswith("5.1.2")} == {f"5.1.2{x}" for x in "abcdefghi"}
    assert {c for c in table if c.startswith("10.2")} == {f"10.2{x}" for x in "abcdefg"}


def test_lid_1_of_article_5_2_is_its_own_code():
    # Releases print 5.2.1 (art. 5.2 lid 1) and a researcher counts per ground as printed.
    table = grounds().by_code
    assert table["5.2.1"].ground == table["5.2"].ground
    assert [f.ground.code for f in find_codes("5.2.1 en 5.2")] == ["5.2.1", "5.2"]
    assert [f.strong for f in find_codes("5.2.1 Conclusies")] == [False]


def test_only_lettered_codes_are_strong():
    found = find_codes("zie 5.2 en 5.1.2e")
    assert [(f.ground.code, f.strong) for f in found] == [("5.2", False), ("5.1.2e", True)]


@pytest.mark.parametrize(("text", "code"), [("5.1 2e", "5.1.2e"), ("5 1.2i", "5.1.2i"),
                                            ("5.1 1c", "5.1.1c"), ("10 2e", "10.2e"), ("10 1.c", "10.1c")])
def test_a_dot_read_as_a_space_names_the_ground_only_at_a_box(text, code):
    # OCR loses a dot of a small code beside a box; in text the same shape is two numbers.
    [found] = find_codes(text)
    assert (found.ground.code, found.strong) == (code, False)
    assert parse_code(text.replace(" ", ".")).code == code


def test_numbers_with_a_space_between_are_no_codes():
    assert find_codes("op 10 2023") == []
    assert find_codes("5 1 2 3") == []


def test_code_text():
    assert is_code_text("5.1.2e")
    assert is_code_text("5.1.2e, 5.1.2i")
    assert is_code_text("5.1.2e en 5.1.2i")
    assert not is_code_text("Subsidies")
    assert not is_code_text("5.1.2e Subsidies")
    assert not is_code_text("")


@pytest.mark.parametrize(("text", "code"), [("5.1.20", "5.1.2e"), ("10.20", "10.2e"), ("5.1.2 0", "5.1.2e")])
def test_a_letter_read_as_a_figure_names_the_ground_only_at_a_box(text, code):
    # OCR reads a small code's e as a 0; in text the same shape is a section number or a time.
    [found] = find_codes(text)
    assert (found.ground.code, found.strong) == (code, False)


@pytest.mark.parametrize(("text", "code"), [("5,1.2.e", "5.1.2e"), ("5.1,1c", "5.1.1c"), ("10,2.e", "10.2e")])
def test_a_dot_read_as_a_comma_names_the_ground_only_at_a_box(text, code):
    # OCR reads a dot of a small scanned code as a comma as often as it loses it.
    [found] = find_codes(text)
    assert (found.ground.code, found.strong) == (code, False)


def test_a_letter_ocr_read_as_another_letter_stays_strong():
    assert [(f.ground.code, f.strong) for f in find_codes("5.1.2o en 10.2E")] == [
        ("5.1.2e", True), ("10.2e", True)]


@pytest.mark.parametrize("text", ["5,12 miljoen", "een groei van 5,1%", "5,2", "10,25 euro"])
def test_decimal_figures_with_a_comma_are_no_codes(text):
    assert find_codes(text) == []
