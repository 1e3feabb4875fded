"""OCR letter margin columns: labels and values out of the body, into a margin block."""

from __future__ import annotations

import pytest

from pipeline.clean.mapped import MappedText
from pipeline.clean.margin import (
    find_label,
    find_label_and_value_at_end,
    find_label_with_value,
    find_value,
    move_margin_fields,
)
from pipeline.clean.resources import margin_rules

# A letter as naive OCR reads it: the margin column interleaved with the body.
INTERLEAVED = (
    "Geachte mevrouw De Vries,\n"
    "\n"
    "Hierbij ontvangt u ons besluit over de subsidie voor het project Datum\n"
    "Samen Sterk in de wijk. Wij hebben uw aanvraag met belangstelling 3 maart 2017\n"
    "gelezen en besproken met de betrokken partners.\n"
    "Ons kenmerk\n"
    "Het college heeft besloten de subsidie toe te kennen. De bijdrage UIT-17-04521\n"
    "wordt in twee delen betaald. Pagina\n"
    "Wij wensen u veel succes met de uitvoering in de wijk 1 van 2\n"
    "en zien uit naar de resultaten.\n"
)


def move(text: str) -> tuple[str, tuple[tuple[str, str], ...], MappedText]:
    out, fields = move_margin_fields(MappedText.identity(text))
    assert len(out.offsets) == len(out.text) + 1
    return out.text, fields, out


def body_of(clean: str) -> str:
    return clean.split("\n\n")[:-1]


def test_interleaved_margin_is_moved_out_of_the_body():
    clean, fields, _ = move(INTERLEAVED)
    assert fields == (("Datum", "3 maart 2017"), ("Ons kenmerk", "UIT-17-04521"),
                      ("Pagina", "1 van 2"))
    body, block = clean.rsplit("\n\n", 1)
    for label, value in fields:
        assert label not in body and value not in body
    assert block == "Datum\n3 maart 2017\nOns kenmerk\nUIT-17-04521\nPagina\n1 van 2"
    assert ("voor het project\nSamen Sterk in de wijk. Wij hebben uw aanvraag met "
            "belangstelling\n") in body


def test_moved_fields_keep_their_raw_offsets():
    clean, _, out = move(INTERLEAVED)
    for piece in ("3 maart 2017", "UIT-17-04521", "Datum"):
        start = clean.rindex(piece)
        raw = "".join(INTERLEAVED[o] for o in out.offsets[start:start + len(piece)])
        assert raw == piece


def test_label_alone_without_a_value_is_still_moved():
    text = ("Tot slot Datum\n"
            "Wij zien uw reactie graag tegemoet. Met vriendelijke groet 12-04-2018\n"
            "\n"
            "Ons kenmerk\n"
            "\n"
            "De burgemeester van Zwolle\n")
    clean, fields, _ = move(text)
    assert fields == (("Datum", "12-04-2018"), ("Ons kenmerk", ""))
    assert clean.startswith(
        "Tot slot\nWij zien uw reactie graag tegemoet. Met vriendelijke groet\n")
    assert clean.endswith("\n\nDatum\n12-04-2018\nOns kenmerk")


def test_a_page_with_one_label_is_left_alone():
    text = "Zie de bijlage voor het schema per Datum\nen de toelichting 3 maart 2017\n"
    clean, fields, _ = move(text)
    assert fields == ()
    assert clean == text


def test_whole_line_label_with_value():
    text = "Datum: 14 februari 2019\nKenmerk: 2019/0042\nGeachte heer Jansen,\n"
    clean, fields, _ = move(text)
    assert fields == (("Datum", "14 februari 2019"), ("Kenmerk", "2019/0042"))
    assert clean.startswith("Geachte heer Jansen,\n\nDatum\n14 februari 2019")


def test_value_search_stops_at_the_next_label():
    text = "Ons kenmerk\nDe kosten bedragen dit jaar Pagina\nmeer dan verwacht in 2 van 3\n"
    _, fields, _ = move(text)
    assert fields == (("Ons kenmerk", ""), ("Pagina", "2 van 3"))


@pytest.mark.parametrize(("line", "label"), [
    ("Tot slot Datum", "Datum"),
    ("Datum", "Datum"),
    ("_Datum", "Datum"),
    ("\u2018 Pagina", "Pagina"),
    ("Ons kenmerk", "Ons kenmerk"),
    ("De kosten die het ministerie Pagina", "Pagina"),
    ("Uw kenmerk:", "Uw kenmerk"),
    ("Bijlage(n)", "Bijlage(n)"),
    ("zie de Datum", None),
    ("de Gegevensdatum", None),
    ("Het Onderwerp van gesprek", None),
    ("het onderwerp", None),
])
def test_find_label(line, label):
    hit = find_label(line, margin_rules())
    assert (hit[0] if hit else None) == label


@pytest.mark.parametrize(("line", "kind", "value"), [
    ("Hierover vindt nauwe 28 januari 2016", "date", "28 januari 2016"),
    # The months are the dates lexicon's, Frisian too; a short form that is a Dutch word only with day and year.
    ("Hjirmei wurdt 12 novimber 2024", "date", "12 novimber 2024"),
    ("Oer de wurken 3 des. 2024", "date", "3 des. 2024"),
    ("een impuls te 23", "page", "23"),
    ("de afstemming met 12-03-2016", "date", "12-03-2016"),
    ("het besluit over 2 van 4", "page", "2 van 4"),
    ("voor de uitvoering BZ/2016/1234", "reference", "BZ/2016/1234"),
    ("sinds 28 januari 2016", "date", None),
    ("op grond van artikel 23", "page", None),
    ("een zin zonder waarde aan het eind", "date", None),
    ("de ontvangen reactie van collega's", "reference", None),
])
def test_find_value(line, kind, value):
    hit = find_value(line, kind, margin_rules())
    assert (line[hit[0]:hit[1]] if hit else None) == value


@pytest.mark.parametrize(("line", "expected"), [
    ("Datum: 28 januari 2016", ("Datum", "28 januari 2016")),
    ("Datum 28-01-2016", ("Datum", "28-01-2016")),
    ("Pagina 2 van 3", ("Pagina", "2 van 3")),
    ("Datum van ontvangst", None),
])
def test_find_label_with_value(line, expected):
    hit = find_label_with_value(line, margin_rules())
    assert ((hit[0], line[hit[3]:hit[4]]) if hit else None) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Er is hard gewerkt aan de aanpak Datum 28 januari 2016", ("Datum", "28 januari 2016")),
    ("zoals afgesproken met de partners Pagina 2 van 3", ("Pagina", "2 van 3")),
    ("de brief met Ons kenmerk: UIT-2016-0042", ("Ons kenmerk", "UIT-2016-0042")),
    ("zie de Datum 28 januari 2016", None),
    ("Datum 28 januari 2016", None),  # a whole line is find_label_with_value's case
    ("een zin die eindigt op 28 januari 2016", None),
])
def test_find_label_and_value_at_end(line, expected):
    hit = find_label_and_value_at_end(line, margin_rules())
    assert ((hit[0], line[hit[3]:hit[4]]) if hit else None) == expected


def test_label_and_value_on_one_body_line_are_moved_together():
    text = ("De aanvraag is besproken met de partners in de regio Datum 3 maart 2017\n"
            "en wordt deze maand afgerond. Wij houden u op de hoogte. Pagina 1 van 2\n")
    clean, fields, _ = move(text)
    assert fields == (("Datum", "3 maart 2017"), ("Pagina", "1 van 2"))
    assert clean == ("De aanvraag is besproken met de partners in de regio\n"
                     "en wordt deze maand afgerond. Wij houden u op de hoogte.\n\n"
                     "Datum\n3 maart 2017\nPagina\n1 van 2")


def test_a_label_heading_a_tables_column_of_values_stays_in_the_body():
    text = ("Kenmerk: INK-2024-014\n"
            "Wij nodigen u uit een offerte in te dienen.\n"
            "Stap Datum\n"
            "Uiterste datum vragen 13 februari 2024, 12:00 uur\n"
            "Verzending nota van inlichtingen 16 februari 2024\n"
            "Ingangsdatum overeenkomst 1 mei 2024\n")
    clean, fields, _ = move(text)
    assert fields == ()
    assert clean == text


@pytest.mark.parametrize("below", [
    # Near misses: a margin's next field under the date, its label with its value on the line, or prose.
    "gelezen en besproken met de partners. Uw brief van 12 januari 2017\n",
    "gelezen en besproken met de betrokken partners.\n",
])
def test_a_label_ending_a_body_line_over_one_date_is_the_margins(below):
    text = ("Hierbij ontvangt u ons besluit over de subsidie voor het project Datum\n"
            "Samen Sterk in de wijk. Wij hebben uw aanvraag met belangstelling 3 maart 2017\n"
            + below + "Ons kenmerk\nHet college heeft besloten. De bijdrage UIT-17-04521\n")
    _, fields, _ = move(text)
    assert fields[0] == ("Datum", "3 maart 2017")
