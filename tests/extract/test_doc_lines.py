"""Lines of a page that are no content: boilerplate, website chrome, figure rows of bar tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.doc_lines import (
    Line,
    _day_date_at,
    is_boilerplate,
    is_byline_row,
    is_figure_row,
    misread_day_date_at,
    page_lines,
    printed_lines,
    run_to_figure,
    website_chrome,
)
from pipeline.records import CleanPage
from pipeline.testing import load_test_module

documents = load_test_module(Path(__file__).resolve().parents[1] / "fixtures" / "documents.py")


@pytest.mark.parametrize(
    ("line", "boilerplate"),
    [
        ("Naar boven", True),
        ("Meer informatie", True),
        ("ga terug", True),
        ("Deel deze pagina", True),
        ("Deel via Twitter", True),
        ("Nieuwsbericht | 03-05-2016 | 14:30", True),
        ("Home > Actueel > Nieuws", True),
        ("Gepubliceerd op 3 mei 2016", True),
        ("Foto: ANP", True),
        ("Bron: jaarverslagen Regio Deal 2020-2023. Bewerking Rekenkamer.", True),
        # A source line the clean stage joined to the paragraph after it is text.
        ("Bron: jaarverslagen 2020-2023, bewerking Rekenkamer. De verdeling volgt niet het aantal inwoners maar "
         "de projecten.", False),
        ("Meer informatie over de trainingen vindt u in de bijlage.", False),
        ("Terugkeerders naar Nederland", False),
        ("Programma 10: Veiligheid", False),
    ],
)
def test_is_boilerplate(line, boilerplate):
    assert is_boilerplate(line) is boilerplate


def test_website_chrome_is_the_boilerplate_at_the_edges_of_the_page():
    text = ("Home | Nieuws | Subsidies\nDeel deze pagina\n\nGemeenten krijgen geld\n\n"
            "Gemeente | Bedrag\nLeiden | € 8.500\n\nNaar boven\n")
    chrome = website_chrome(CleanPage.from_text(text))
    assert [text[s:e] for s, e in chrome] == ["Home | Nieuws | Subsidies", "Deel deze pagina", "Naar boven"]


def test_a_page_of_only_boilerplate_is_all_chrome():
    text = "Home | Nieuws\nNaar boven\n"
    assert len(website_chrome(CleanPage.from_text(text))) == 2


def test_a_headline_joined_to_its_byline_is_no_chrome():
    text = ("Dagblad van het Noorden | Regio\n\nAnderhalve ton voor dorpshuis in Ee door Sietske de Boer | 3 mei 2023\n\n"
            "EE - Het dorpshuis krijgt € 150.000 van de gemeente Noardeast-Fryslân.\n")
    chrome = website_chrome(CleanPage.from_text(text))
    assert [text[s:e] for s, e in chrome] == ["Dagblad van het Noorden | Regio"]


@pytest.mark.parametrize(("line", "byline"), [
    ("Anderhalve ton voor dorpshuis in Ee door Sietske de Boer | 3 mei 2023", True),
    ("Door M. Verhoeven | 18 april 2024, 06:00", True), ("Home | Nieuws | Subsidies", False),
    ("Nieuwsbericht | 03-05-2016", False), ("Deel deze pagina | Naar boven", False),
])
def test_byline_rows_are_told_from_breadcrumbs(line, byline):
    assert is_byline_row(line) is byline


@pytest.mark.parametrize(("line", "figure"), [
    ("Leiden | € 8.500", True), ("Delft | 40", True), ("Totaal | 12,5%", True), ("Haarlem | € 1.235.480,-", True),
    ("Home | Nieuws | Subsidies", False), ("Nieuwsbericht | 03-05-2016", False), ("Leiden € 8.500", False),
])
def test_figure_rows_of_bar_tables_are_told_from_breadcrumbs(line, figure):
    assert is_figure_row(line) is figure


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Datum S maart 2024", "2024-03-05"),
        ("Datum l2 mrt. 2O24", "2024-03-12"),
        ("Ontvangen 1O APR 2026", "2026-04-10"),
        ("Datum 21 november 2024", "2024-11-21"),
        # A year needs two real digits; a day of letters stays a word.
        ("Datum S maart SOIS", None),
        ("Datum Is maart de vergadering", None),
        # A numeric date whose separators OCR lost or changed, and its figures.
        ("Datum 21.11 2024", "2024-11-21"),
        ("Datum 21 11 2024", "2024-11-21"),
        ("Datum 2l,11.2024", "2024-11-21"),
        ("Datum O5 -03- 2O24", "2024-03-05"),
        ("Datum 21.11.2024", "2024-11-21"),
        # No date: a day or month of letters only, a month 13, a reference, a phone number.
        ("Datum SS.11.2024", None),
        ("Datum 12 13 2024", None),
        ("Kenmerk 2024-012345", None),
        ("Telefoon 070 373 8020", None),
        ("Datum 21.11.2024.5", None),
        # A month name misread (its own regexes, ``misread_months``), not the short forms.
        ("Datum 21 rnaart 2024", "2024-03-21"),
        ("Datum 3 0ktober 2O24", "2024-10-03"),
        ("Datum 12 febr uari 2024", "2024-02-12"),
        ("Datum 14 januan 2025", "2025-01-14"),
        ("Datum 15 februar 2024", "2024-02-15"),
        ("Datum 3 septembe 2024", "2024-09-03"),
        ("Datum 3 mar 2024", "2024-03-03"),
        ("Datum 3 maar 2024", None),
        ("Datum 12 rnrt 2024", None),
        ("Datum 12 maarten 2024", None),
    ],
)
def test_a_day_date_with_figures_misread_as_letters(text, value):
    hit = misread_day_date_at(Line(1, 0, len(text), text), "test")
    assert (hit.value if hit else None) == value


joined_page = documents.joined_page


def test_printed_lines_cut_a_cover_the_clean_stage_joined_into_a_paragraph():
    cover = ["Jaarstukken 2023", "Jaarverslag en jaarrekening over het begrotingsjaar 2023",
             "Vastgesteld door het college op 16 april 2024", "Ter vaststelling aangeboden aan de raad"]
    page = joined_page(cover, {1, 2})
    assert [ln.text for ln in page_lines(page)] == [cover[0], " ".join(cover[1:])]
    lines = printed_lines(page)
    assert [ln.text for ln in lines] == cover
    assert all(page.text[ln.start:ln.end] == ln.text for ln in lines)


def test_printed_lines_asked_again_are_the_same_and_the_callers_own():
    # Kept per page for the rules that ask in turn: a caller that changes its list changes no one else's.
    cover = ["Jaarstukken 2023", "Vastgesteld door het college op 16 april 2024", "Ter vaststelling"]
    page = joined_page(cover, {0, 1})
    first = printed_lines(page)
    first.pop()
    assert [ln.text for ln in printed_lines(page)] == cover
    other = joined_page(cover, {1})
    assert [ln.text for ln in printed_lines(other)] == cover
    assert len(page_lines(other)) == 2


def test_printed_lines_of_a_page_read_as_it_stands_are_its_lines():
    page = CleanPage.from_text("Jaarverslag 2023\n\nVastgesteld op 18 maart 2024")
    assert [ln.text for ln in printed_lines(page)] == [ln.text for ln in page_lines(page)]


def test_first_matched_date_takes_the_first_line_whose_date_group_reads_as_a_day():
    import re

    from pipeline.extract.doc_lines import Line, first_matched_date

    pattern = re.compile(r"Vastgesteld op (?P<date>.+)")
    lines = [Line(1, 0, 20, "Vastgesteld op morgen"), Line(1, 21, 50, "Vastgesteld op 25 juni 2024"),
             Line(1, 51, 80, "Vastgesteld op 2 juli 2024")]
    hit = first_matched_date(lines, pattern, "adopted")
    assert (hit.value, hit.start, hit.rule) == ("2024-06-25", 21 + len("Vastgesteld op "), "adopted")
    assert first_matched_date(lines[:1], pattern, "adopted") is None


@pytest.mark.parametrize(("text", "where", "value"), [
    # A date written out, in an adoption sentence or on a place-date line, reads as the date in figures.
    ("Vastgesteld in de openbare vergadering van negenentwintig juni negentienhonderdachtenzeventig.", "end",
     "1978-06-29"),
    ("Winsum, dinsdag 3 mei tweeduizend vierentwintig", "end", "2024-05-03"),
    ("drie mei tweeduizend vierentwintig, Winsum", "start", "2024-05-03"),
    # Whichever stands first on the line is its date, in figures or written out.
    ("Gezien op 12 maart 2024, gedaan op eenendertig maart tweeduizend vierentwintig", "any", "2024-03-12"),
    ("Op heden, de zevende maart negentienhonderd twee en zestig, volgens bestek van 30 januari 1962", "any",
     "1962-03-07"),
    ("Gedaan op eenendertig maart tweeduizend vierentwintig, gezien op 2 april 2024", "end", "2024-04-02"),
    # Near misses: number words round a month without a year written out.
    ("De raad besprak op twintig mei twintig voorstellen.", "any", None),
    ("Op zeven juni kwamen tweehonderd bewoners.", "any", None),
])
def test_a_date_written_out_is_a_day_date_of_its_line(text, where, value):
    hit = _day_date_at(Line(1, 0, len(text), text), "x", where)
    assert (hit.value if hit else None) == value
    if hit is not None:
        assert text[hit.start:hit.end].split()[0] not in {"dinsdag", "op"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # The month in Roman figures of old government letters, also as OCR reads its I's (1, l).
        ("12-III-1963", "1963-03-12"),
        ("12-111-1963", "1963-03-12"),
        ("3.XI.1958", "1958-11-03"),
        ("1-Vl-1947", "1947-06-01"),
        # A post office's date stamp sets the month apart by spaces, after the office's name and before the hour.
        ("GOES 3 II 1953 7-8 V", "1953-02-03"),
        ("ZWOLLE 14 XII 1961", "1961-12-14"),
        # Near miss: figures apart by spaces are a table's row, whatever OCR may have misread.
        ("3 11 1953", None),
        ("12 1 1963", None),
        # Near miss: no month in Roman figures, or a code.
        ("12-XIV-1963", None),
        ("12-IIII-1963", None),
        ("A-III-1963", None),
    ],
)
def test_a_day_date_with_the_month_in_roman_figures(text, value):
    hit = _day_date_at(Line(1, 0, len(text), text), "x")
    assert (hit.value if hit else None) == value


def test_a_run_of_short_lines_reads_as_one_up_to_its_figure():
    page = CleanPage.from_text("VASTGESTELD DOOR DE RAAD IN\nZIJN VERGADERING\nVAN 26 JUNI 1985\nDe secretaris,\n")
    run = run_to_figure(page, page_lines(page), 5)
    assert (run.text, page.text[run.start:run.end].replace("\n", " ")) == (
        "VASTGESTELD DOOR DE RAAD IN ZIJN VERGADERING VAN 26 JUNI 1985",) * 2
    # Near misses: a blank line parts the run, and a long line is no stamp's.
    apart = CleanPage.from_text("VASTGESTELD DOOR DE RAAD IN\n\nVAN 26 JUNI 1985\n")
    assert run_to_figure(apart, page_lines(apart), 5) is None
    assert run_to_figure(page, page_lines(page), 3) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A typed date of before about 1975 gives the day as an ordinal before the month in words.
        ("Aldus vastgesteld in de openbare vergadering van den 21en December 1971.", "1971-12-21"),
        ("Zutphen, den 12den Februari 1959.", "1959-02-12"),
        ("Afgekondigd de 16e Februari 1972.", "1972-02-16"),
        ("Assen, den 1sten Maart 1949", "1949-03-01"),
        ("op den 8sten mei 1963", "1963-05-08"),
        # Near misses: an ordinal before no month, and letters that run on into the figure.
        ("de 3e kwartaalrapportage 1971", None),
        ("het 2de lid, vastgesteld in 1971", None),
        ("nr. a12den Februari 1959", None),
    ],
)
def test_a_day_date_with_its_day_as_an_old_ordinal(text, value):
    hit = _day_date_at(Line(1, 0, len(text), text), "x")
    assert (hit.value if hit else None) == value
