"""Each redaction mark paired with its ground; codes alone counted; prose citations not."""

from __future__ import annotations

import pytest

from pipeline.clean import clean_page
from pipeline.clean.grounds import redaction_grounds
from pipeline.records import BBox, RawPage, Word

M = "\u2588"


def _rows(text: str) -> list[tuple]:
    return [(r.box, text[r.char_start:r.char_end], r.code, r.seen_as)
            for r in redaction_grounds(1, text)]


def test_a_box_with_its_code_after_it():
    assert _rows(f"gesproken met {M} 5.1.2e over") == [(1, f"{M} 5.1.2e", "5.1.2e", "both")]


def test_a_code_before_the_box():
    assert _rows(f"gesproken met 5.1.2i {M} over") == [(1, f"5.1.2i {M}", "5.1.2i", "both")]


def test_each_box_its_own_code():
    text = f"{M} 5.1.2e en {M} 5.1.2i\n{M}"
    assert _rows(text) == [(1, f"{M} 5.1.2e", "5.1.2e", "both"),
                           (2, f"{M} 5.1.2i", "5.1.2i", "both"),
                           (3, M, None, "box")]


def test_a_code_on_another_line_is_not_the_box_ground():
    assert [r[3] for r in _rows(f"met {M}\n5.1.2e staat")] == ["box", "code_text"]


def test_bare_codes_count_only_at_a_box():
    assert _rows("11.1 Inleiding\n5.2 Financiering") == []
    assert _rows(f"{M} 5.2") == [(1, f"{M} 5.2", "5.2", "both")]
    assert _rows(f"{M} 11.1") == [(1, f"{M} 11.1", "11.1", "both")]


@pytest.mark.parametrize("text", ["op grond van artikel 5.1.2e van de Woo",
                                  "zie 5.1.2i hierboven", "artikel 10.2.e Wob"])
def test_citations_in_prose_are_no_redactions(text):
    assert _rows(text) == []


def test_a_code_alone_is_a_redaction_seen_as_code_text():
    row = redaction_grounds(3, "Naam: 5.1.2e, telefoon 51.2e")
    assert [(r.page, r.code, r.law, r.ground, r.seen_as) for r in row] == [
        (3, "5.1.2e", "woo", "eerbiediging van de persoonlijke levenssfeer", "code_text")] * 2


def test_clean_page_gives_boxes_their_place_on_the_page():
    text = f"gesproken met {M} 5.1.2e over"
    start = text.index(M)
    box = BBox(200, 100, 280, 114)
    words = (Word("gesproken", 0, 9, BBox(70, 100, 120, 112)),
             Word(M, start, start + 1, box),
             Word("5.1.2e", start + 2, start + 8, BBox(205, 101, 240, 112)))
    page = clean_page(RawPage(number=2, text=text, method="pdf", words=words))
    [row] = page.redaction_grounds
    assert (row.page, row.code, row.seen_as) == (2, "5.1.2e", "both")
    assert (row.x0, row.top, row.x1, row.bottom) == (200, 100, 280, 114)


@pytest.mark.parametrize("text", [
    "De eerbiediging van de persoonlijke levenssfeer 5.1.2.e",
    "3\tVerslag overleg\tDeels openbaar 5.1.2e",
    "Weigeringsgronden: 5.1.2e",
])
def test_headings_and_inventories_name_grounds_without_marking_a_box(text):
    assert _rows(text) == []


@pytest.mark.parametrize("text", [
    "2\tNota GS\tdeels openbaar\t5.1.2e, 5.1.2i",
    "Weigeringsgronden: 5.1.2e; 5.1.1c en 5.1.2i",
    "Deze zijn zwart gemaakt met de code 5.1.2e.",
    "2\t25-03-2020\tE-mail\tdeels openbaar „5.1.2e, 5.1.1c",  # OCR debris before the codes
])
def test_codes_listed_after_a_citation_are_cited_too(text):
    assert _rows(text) == []


def test_a_list_of_codes_alone_is_a_list_of_redactions():
    assert [r[2] for r in _rows("Naam: 5.1.2e, 5.1.2i")] == ["5.1.2e", "5.1.2i"]


@pytest.mark.parametrize("text", [
    "Wij hebben persoonsgegevens weggelakt (5.1.2e) en bedrijfsgegevens (5.1.1c).",
    "Dat zou de veiligheid van het bedrijf kunnen schaden (5.1.2d en 5.1.2i).",
    "Ook namen van medewerkers zijn weggelaten (51.2e).",
])
def test_a_ground_in_brackets_after_a_word_of_a_sentence_is_cited(text):
    assert _rows(text) == []


@pytest.mark.parametrize(("text", "codes"), [
    ("Naam: (5.1.2e)", ["5.1.2e"]),       # a field, no sentence before the bracket
    ("(5.1.2e)", ["5.1.2e"]),             # a code alone on its line
    ("weggelakt (5.1.2e of anders)", ["5.1.2e"]),  # the bracket holds more than codes
    (f"weggelakt ({M} 5.1.2e)", ["5.1.2e"]),       # a box in the bracket has its code
])
def test_brackets_cite_only_codes_after_prose(text, codes):
    assert [r[2] for r in _rows(text)] == codes


@pytest.mark.parametrize("text", [
    "In de documenten is dit aangegeven met 10.2.e.",
    "2\t17-03-2016\tMemo planning\tDeels 10.2.e",
    "3 30-09-2016 E-mail aannemer Deels 10.2.e, 10.1.c",
    "06 22.03.2023 E-mailwisseling Gedeeltelijk 5.1.2e, 5.2.1",
    "8\tBrief organisator\tNiet\t5.1.1c",
    "8 15-05-2018 E-mailwisseling Nee 5.1.2e",
    "3 | 10-10-2023 | Bijlage | weigeren | 5.1.1c",
    "5\t02-11-2023\tCodebericht\tGeweigerd\t5.1.1b, 5.1.2a",
    "4 Verslag Weigering 10.1c",
    "Besluit Grond openbaar weigeren 5.1.1c weigeren 5.1.1c deels 5.1.2e",  # columns read one after the other
])
def test_decisions_explaining_marks_and_inventory_decision_columns_cite(text):
    assert _rows(text) == []


def test_a_box_between_a_word_and_a_code_keeps_the_code_a_redaction():
    assert [r[3] for r in _rows(f"gesproken met {M}\n5.1.2e staat")] == ["box", "code_text"]


def test_lid_1_of_article_5_2_is_counted_as_printed():
    assert _rows(f"{M} 5.2.1 en {M} 5.2") == [(1, f"{M} 5.2.1", "5.2.1", "both"),
                                              (2, f"{M} 5.2", "5.2", "both")]
    assert _rows("5.2.1 Conclusies") == []  # a section number without a box


def test_a_code_read_with_a_space_for_a_dot_is_its_box_ground_but_no_white_out():
    # The separator between two boxes came out '8': each box keeps its own code.
    assert [r[2:] for r in _rows(f"Aan: {M} 5.1 2e 8 {M} 5.1.2e")] == [("5.1.2e", "both"), ("5.1.2e", "both")]
    assert _rows("Vergadering 5.1 2e helft") == []


@pytest.mark.parametrize("misread", ["114", "111"])
def test_a_small_bare_code_read_as_a_number_right_after_a_box_is_its_ground(misread):
    text = f"ruim 230 aanvragen liggen stil. {M} {misread} LTO Noord vraagt om duidelijkheid"
    assert _rows(text) == [(1, f"{M} {misread}", "11.1", "both")]


@pytest.mark.parametrize("text", [
    "In Overijssel liggen 114 aanvragen stil.",       # a number in running text
    "Zie 11.4 en 111 hieronder.",                      # near misses of the form, no box
    f"{M} ruim 114 aanvragen",                         # a word between the box and the number
    f"{M} 1145 aanvragen", f"{M} 114,5 uur",          # part of a longer number
    f"114 {M} aanvragen",                              # before the box: a number
])
def test_a_number_of_a_misread_codes_shape_is_a_number_elsewhere(text):
    assert all(r[2] is None for r in _rows(text))


def test_a_code_that_lost_a_dot_right_after_a_box_is_its_ground():
    # '5.21' is no code of the Woo or the Wob: beside a box it is 5.2.1 read without its second dot.
    assert _rows(f"Het DB neemt kennis van de evaluatie. {M} 5.21") == [(1, f"{M} 5.21", "5.2.1", "both")]
    # Near misses: a section number in prose, and a longer figure after a box.
    assert _rows("Zie paragraaf 5.21 van de nota.") == []
    assert [r[2] for r in _rows(f"{M} 5.215 aanvragen")] == [None]


@pytest.mark.parametrize("text", ["De vergadering begint om 10.20 uur.", "Zie paragraaf 5.1.20 hieronder."])
def test_a_time_or_section_number_of_a_codes_shape_is_no_redaction(text):
    assert _rows(text) == []


def test_a_code_whose_letter_ocr_read_as_a_figure_is_the_ground_of_its_box():
    assert _rows(f"naam {M} 5.1.20 adres") == [(1, f"{M} 5.1.20", "5.1.2e", "both")]


@pytest.mark.parametrize("text", [
    # The text layer ran the cells of the decision column into the description: no word before the code.
    "Bijlage 1 \u2013 Inventarislijst\n1 12-06-2023 E-mail planning evDaeluealsti 5.1.2e\n2 Nota ospbeunrebaauar 5.1.2e, 5.2.1",
    "Inventarislijst Woo-verzoek 2024-0093\n1 10-02-2022 e-mail Baggerwerk 5.1.2f",
    "Behorend bij het besluit, kenmerk 2024-12 Nr. Datum Omschrijving Beoordeling Grond\n1 Verslag 5.1.2e",
    "| Nr. | Document | Datum | Beoordeling | Weigeringsgronden |\n3 E-mail exploitant dWerihe 5.1.2e",
    # The column saying ja/deels/nee, where a scan ran the list's title into the annex line above it.
    "Bijlage 1 bij het besluit van 12 maart 2024, kenmerk JZ/2024/0388 Inventarislijst Woo-verzoek evenementen\n"
    "nr. datum omschrijving openbaar grond\n1 09-01-2023 aanvraag evenementeteedsgunning 5.1.2e",
])
def test_codes_below_an_inventory_title_or_header_row_are_its_grounds_column(text):
    assert _rows(text) == []


def test_an_inventory_does_not_hide_boxes_nor_codes_above_it():
    text = f"Van: 5.1.2e\nInventarislijst\n1 E-mail van {M} 5.1.2e aan de wethouder deels 5.1.2i"
    assert [(r[2], r[3]) for r in _rows(text)] == [("5.1.2e", "code_text"), ("5.1.2e", "both")]


@pytest.mark.parametrize("text", [
    # A sentence about the list, a header without a grounds column, a grounds word in prose.
    "De documenten staan op de inventarislijst bij dit besluit.\nNaam: 5.1.2e",
    "| Datum | Kenmerk | Uw kenmerk |\nNaam: 5.1.2e",
    "Dit doen wij op grond van de Woo.\nNaam: 5.1.2e",
    "Inventarisatie\nNaam: 5.1.2e",  # the decision's heading over its search, no list
])
def test_a_page_without_an_inventory_keeps_its_white_outs(text):
    assert [r[3] for r in _rows(text)] == ["code_text"]


def test_a_code_read_with_a_comma_for_a_dot_is_its_box_ground_but_no_white_out():
    assert [r[2:] for r in _rows(f"Aan: {M} 5,1.2.e")] == [("5.1.2e", "both")]
    assert _rows("De index steeg met 5,1 2e kwartaal") == []
