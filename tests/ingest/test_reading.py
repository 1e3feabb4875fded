"""Reading order on hand-placed word boxes: body, columns, tables, paragraphs, margin column."""

from __future__ import annotations

import pytest

from pipeline.ingest import lines, reading
from pipeline.ingest.lines import Token
from pipeline.ingest.rules import ingest_rules
from pipeline.records import BBox

RULES = ingest_rules()


def test_margin_fields_collect_value_lines_until_the_next_label(place):
    lines = [(None, place.words("Directie Veiligheid", 0, 0)),
             ("Datum", place.words("Datum", 0, 10)), (None, place.words("28 januari 2016", 0, 20)),
             ("Onderwerp", place.words("Onderwerp", 0, 30)), (None, place.words("Aanvraag", 0, 40)),
             (None, place.words("versterkingsgelden", 0, 50))]
    assert reading.margin_fields(lines) == [("Datum", "28 januari 2016"),
                                           ("Onderwerp", "Aanvraag versterkingsgelden")]


BODY = [
    "Eind 2015 ontvingen de zes Flevolandse gemeenten",
    "het aanbod van het ministerie voor versterkingsgelden",
    "ten behoeve van de lokale aanpak van radicalisering.",
    "Hierbij ontvangt u het voorstel van de gemeente",
    "Almere, mede namens de overige gemeenten.",
]


def test_margin_column_on_the_same_lines_as_the_body_is_read_after_it(place):
    margin = ["Datum", "28 januari 2016", "Ons kenmerk 2016-004512", "Pagina", "1/2"]
    lines = [(text, 60, 100 + 14 * i) for i, text in enumerate(BODY)]
    lines += [(text, 450, 100 + 14 * i) for i, text in enumerate(margin)]
    result = reading.page_text(place.page_of(lines), RULES)
    body, block = result.text.split("\n\n")
    assert body.splitlines() == BODY
    assert block.splitlines() == ["Datum", "28 januari 2016", "Ons kenmerk", "2016-004512",
                                  "Pagina", "1/2"]
    assert result.margin_fields == (("Datum", "28 januari 2016"), ("Ons kenmerk", "2016-004512"),
                                    ("Pagina", "1/2"))


def test_a_bilingual_margin_names_each_field_by_its_dutch_label(place):
    # A Frisian label before the Dutch one after a slash, its value on the same line or under it; Frisian labels alone.
    margin = ["Ferstjoerdatum / Verzenddatum", "4 maart 2025", "Ús kenmerk 03318204", "Jo brief fan / Uw brief van",
              "9 jannewaris 2025", "Behannele troch", "T. Visser"]
    lines = [(text, 60, 100 + 14 * i) for i, text in enumerate(BODY)]
    lines += [(text, 450, 100 + 14 * i) for i, text in enumerate(margin)]
    result = reading.page_text(place.page_of(lines), RULES)
    assert result.margin_fields == (("Verzenddatum", "4 maart 2025"), ("Ús kenmerk", "03318204"),
                                    ("Uw brief van", "9 jannewaris 2025"), ("Behannele troch", "T. Visser"))


def test_one_line_margin_on_a_continuation_page_is_kept_out_of_the_body(place):
    lines = [(text, 60, 100 + 14 * i) for i, text in enumerate(BODY)]
    lines.append(("Pagina 2 van 3", 450, 100))
    result = reading.page_text(place.page_of(lines), RULES)
    assert result.text == "\n".join(BODY) + "\n\nPagina\n2 van 3"
    assert result.margin_fields == (("Pagina", "2 van 3"),)


def test_short_right_column_without_label_is_not_a_margin(place):
    lines = [(text, 60, 100 + 14 * i) for i, text in enumerate(BODY)]
    lines.append(("Akkoord", 450, 100))
    result = reading.page_text(place.page_of(lines), RULES)
    assert result.text.splitlines()[0] == BODY[0] + " Akkoord"
    assert result.margin_fields == ()


def test_table_with_an_amount_column_is_not_split_into_columns(place):
    rows = [("Training omgaan met radicalisering", "€ 25.000"),
            ("Inzet sleutelfiguren", "€ 40.000"), ("Casusoverleg", "€ 12.500"),
            ("Coördinatie", "€ 30.000"), ("Totaal", "€ 107.500")]
    lines = [(label, 60, 100 + 14 * i) for i, (label, _) in enumerate(rows)]
    lines += [(amount, 400, 100 + 14 * i) for i, (_, amount) in enumerate(rows)]
    text = reading.page_text(place.page_of(lines), RULES).text
    # Rows, not columns: each label with its figure, one tab between the cells.
    assert text.splitlines()[0] == "Training omgaan met radicalisering\t€ 25.000"
    assert text.splitlines()[-1] == "Totaal\t€ 107.500"


def test_two_columns_under_a_full_width_title(place):
    left = ["In 2016 zijn er in totaal 412 casussen", "besproken in het veiligheidshuis van",
            "de regio, meer dan het jaar daarvoor."]
    right = ["Het ministerie stelde daarnaast geld", "beschikbaar voor de versterking van",
             "de lokale aanpak in de gemeenten."]
    lines = [("Jaarverslag 2016 van het Veiligheidshuis Flevoland en de zes gemeenten", 60, 60)]
    lines += [(t, 60, 100 + 14 * i) for i, t in enumerate(left)]
    lines += [(t, 320, 100 + 14 * i) for i, t in enumerate(right)]
    text = reading.page_text(place.page_of(lines), RULES).text
    assert text.split("\n\n") == [lines[0][0], "\n".join(left), "\n".join(right)]


def test_columns_with_offset_baselines_keep_their_paragraphs(place):
    left = ["In 2016 zijn er in totaal 412 casussen", "besproken in het veiligheidshuis van",
            "de regio, meer dan het jaar daarvoor.", "De stijging komt door meer meldingen."]
    right = ["Het ministerie stelde daarnaast geld", "beschikbaar voor de versterking van",
             "de lokale aanpak in de gemeenten.", "Dat geld is in 2017 uitgegeven."]
    lines = [(t, 60, 100 + 14 * i) for i, t in enumerate(left)]
    lines += [(t, 320, 106 + 14 * i) for i, t in enumerate(right)]
    text = reading.page_text(place.page_of(lines), RULES).text
    assert text.split("\n\n") == ["\n".join(left), "\n".join(right)]


def test_paragraph_gap_makes_a_blank_line(place):
    lines = [(BODY[0], 60, 100), (BODY[1], 60, 114), (BODY[2], 60, 142), (BODY[3], 60, 156)]
    text = reading.page_text(place.page_of(lines), RULES).text
    assert text == f"{BODY[0]}\n{BODY[1]}\n\n{BODY[2]}\n{BODY[3]}"


def test_text_builder_records_word_ranges(place):
    builder = reading.TextBuilder()
    builder.line(place.words("Datum", 0, 0))
    builder.separate("\n\n")
    builder.line(place.words("28 januari", 0, 20))
    assert builder.text == "Datum\n\n28 januari"
    assert [(w.text, w.char_start, w.char_end) for w in builder.words] == [
        ("Datum", 0, 5), ("28", 7, 9), ("januari", 10, 17)]


def test_empty_page_gives_empty_text():
    result = reading.page_text(lines.segment_layout([], 595, 842, RULES), RULES)
    assert (result.text, result.words, result.margin_fields) == ("", (), ())


JITTER_BODY = ["Het casusoverleg wordt versterkt met een coördinator die de signalen",
               "van mogelijke radicalisering bundelt en de aanpak bewaakt. De kosten",
               "daarvan bedragen circa € 80.000 per jaar en worden gedeeld.",
               "Wij rekenen op een spoedige beoordeling van deze aanvraag."]
JITTER_MARGIN = ["Datum", "28 januari 2016", "Ons kenmerk", "2016-004512", "Pagina", "2 van 3"]


@pytest.mark.parametrize("seed", range(40))
def test_ocr_like_jitter_keeps_body_and_margin_in_order(seed):
    import random

    rng = random.Random(seed)
    tokens = []
    for i, line in enumerate(JITTER_BODY):
        x = 70.0
        for word in line.split():
            top, height = 150 + 14 * i + rng.uniform(-2, 2), 10 + rng.uniform(-3, 1.5)
            tokens.append(Token(word, BBox(x, top, x + 5 * len(word), top + height)))
            x += 5 * len(word) + 3
    offset = rng.uniform(0, 10)
    for i, line in enumerate(JITTER_MARGIN):
        x = 450.0
        for word in line.split():
            top = 150 + offset + 9 * i + rng.uniform(-1, 1)
            tokens.append(Token(word, BBox(x, top, x + 4 * len(word), top + 7)))
            x += 4 * len(word) + 2
    result = reading.page_text(lines.segment_layout(tokens, 595, 842, RULES), RULES)
    assert result.text == "\n".join(JITTER_BODY) + "\n\n" + "\n".join(JITTER_MARGIN)
    assert result.margin_fields == (("Datum", "28 januari 2016"), ("Ons kenmerk", "2016-004512"),
                                    ("Pagina", "2 van 3"))
