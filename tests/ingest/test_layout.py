"""Layout rules on hand-placed word boxes: lines, segments, furniture, columns, margin."""

from __future__ import annotations

import pytest

from pipeline.ingest import layout
from pipeline.ingest.layout import PageLayout, Token
from pipeline.ingest.rules import ingest_rules
from pipeline.records import BBox

RULES = ingest_rules()
SIZE = 10.0


def words(text: str, x: float, top: float, size: float = SIZE) -> list[Token]:
    """Tokens for a line of text set at ``x``/``top``, about half an em per character."""
    out = []
    for word in text.split():
        width = 0.5 * size * len(word)
        out.append(Token(word, BBox(x, top, x + width, top + size)))
        x += width + 0.3 * size
    return out


def page_of(lines: list[tuple[str, float, float]], width: float = 595,
            height: float = 842) -> PageLayout:
    tokens = [t for text, x, top in lines for t in words(text, x, top)]
    return layout.segment_layout(tokens, width, height, RULES)


def texts(chains) -> list[str]:
    return sorted(" ".join(t.text for t in chain) for chain in chains)


def test_chain_words_joins_words_of_one_baseline_across_font_sizes():
    tokens = words("Groot", 50, 100, size=16) + words("klein naast", 92, 106, size=10)
    tokens += words("volgende regel", 50, 130)
    assert texts(layout.chain_words(tokens, gap=10)) == ["Groot klein naast", "volgende regel"]


def test_chain_words_tolerates_ocr_jitter():
    tokens = [Token("een", BBox(50, 103, 65, 110)), Token("Veiligheid", BBox(68, 100, 118, 110)),
              Token("gereserveerd", BBox(121, 103, 181, 113))]
    assert texts(layout.chain_words(tokens, gap=10)) == ["een Veiligheid gereserveerd"]


def test_chain_words_splits_at_wide_gaps_only():
    line = words("De kosten bedragen", 50, 100) + words("Datum", 450, 100)
    assert texts(layout.chain_words(line, gap=10)) == ["Datum", "De kosten bedragen"]


def test_margin_line_between_jittered_body_lines_stays_apart():
    body = [Token("signalen", BBox(300, 150.0, 340, 158)),
            Token("bundelt", BBox(343, 152.5, 378, 160))]
    margin = [Token("Ons", BBox(450, 153.0, 462, 160)),
              Token("kenmerk", BBox(464, 151.0, 490, 158))]
    assert texts(layout.chain_words(body + margin, gap=10)) == ["Ons kenmerk", "signalen bundelt"]


def test_assign_lines_gives_side_by_side_runs_one_line():
    chains = [words("De kosten bedragen", 50, 100), words("Datum", 450, 101),
              words("volgende regel", 50, 114)]
    segments = layout.assign_lines(chains)
    assert [(s.text, s.line) for s in segments] == [
        ("De kosten bedragen", 0), ("Datum", 0), ("volgende regel", 1)]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Pagina 2 van 5", "pagina # van #"),
        ("Jaarverslag  2016", "jaarverslag #"),
        ("Gemeente Almere | Postbus 200", "gemeente almere | postbus #"),
    ],
)
def test_furniture_key(text, key):
    assert layout.furniture_key(text) == key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pagina 2 van 5", True),
        ("pagina 3", True),
        ("blz. 12", True),
        ("2/5", True),
        ("2 van 5", True),
        ("- 4 -", True),
        ("– 4 –", True),
        ("17", True),
        ("Page 3 of 9", True),
        ("iv", True),
        ("Inhoud", False),
        ("Artikel 2", False),
        ("2016-004512", False),
        ("€ 950.000", False),
        ("28 januari 2016", False),
    ],
)
def test_is_page_number(text, expected):
    assert layout.is_page_number(text, RULES) is expected


def test_furniture_found_across_pages_but_body_kept():
    pages = [
        page_of([("Jaarverslag 2016 Veiligheidshuis", 60, 30),
                 (f"Tekst van pagina {n} over de aanpak", 60, 300),
                 (f"Pagina {n} van 3", 60, 800)])
        for n in (1, 2, 3)
    ]
    layout.find_furniture(pages, RULES)
    for n, page in enumerate(pages, start=1):
        assert [s.text for s in page.furniture] == ["Jaarverslag 2016 Veiligheidshuis",
                                                    f"Pagina {n} van 3"]
        assert [s.text for s in page.segments] == [f"Tekst van pagina {n} over de aanpak"]


def test_footer_read_slightly_differently_per_page_is_furniture():
    footers = ["Gemeente Almere | Postbus 200 | 1300 AE Almere",
               "Gemeente Aimere | Postbus 200 | 1300 AE Almere",
               "Gemeente Almere Postbus 2O0 | 1300 AE Almere"]
    pages = [page_of([(f"Tekst van pagina {n} over de aanpak", 60, 300), (footer, 60, 800 + n)])
             for n, footer in enumerate(footers)]
    layout.find_furniture(pages, RULES)
    assert [[s.text for s in p.furniture] for p in pages] == [[f] for f in footers]


def test_different_lines_at_the_bottom_are_not_furniture():
    lines = ["De aanvraag wordt in maart besproken.", "Met vriendelijke groet,",
             "Bijlage: begroting 2016"]
    pages = [page_of([("Tekst", 60, 300), (line, 60, 800)]) for line in lines]
    layout.find_furniture(pages, RULES)
    assert all(p.furniture == [] for p in pages)


def test_a_tables_header_of_years_in_the_top_band_is_no_page_number():
    # Every page numbered at the top, and one table whose years head its columns there.
    pages = [page_of([(str(n), 540, 30), ("Tekst", 60, 300)]) for n in (1, 2)]
    pages.append(page_of([("3", 540, 30), ("2023", 380, 60), ("2022", 480, 60),
                          ("Resultaat", 60, 80), ("84.220", 380, 80), ("12.410", 480, 80)]))
    layout.find_furniture(pages, RULES)
    assert [s.text for s in pages[2].furniture] == ["3"]
    assert "2023" in [s.text for s in pages[2].segments] and "2022" in [s.text for s in pages[2].segments]


def test_header_on_one_page_only_is_not_furniture():
    pages = [page_of([("Bijlage 1 bij de aanvraag", 60, 30), ("Tekst", 60, 300)]),
             page_of([("Tekst", 60, 300)]), page_of([("Tekst", 60, 300)])]
    layout.find_furniture(pages, RULES)
    assert pages[0].furniture == []


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Datum", "Datum"),
        ("Ons kenmerk 2016-004512", "Ons kenmerk"),
        ("Uw brief van 3 mei 2016", "Uw brief van"),
        ("Bijlage(n)", "Bijlage(n)"),
        ("Pagina: 2", "Pagina"),
        ("_Datum", "Datum"),
        ("‘ Pagina", "Pagina"),
        ("Datumvoorstel", None),
        ("Postbus 20301", None),
    ],
)
def test_starts_with_label(line, label):
    assert layout.starts_with_label(line, RULES) == label


def test_margin_fields_collect_value_lines_until_the_next_label():
    lines = [(None, words("Directie Veiligheid", 0, 0)),
             ("Datum", words("Datum", 0, 10)), (None, words("28 januari 2016", 0, 20)),
             ("Onderwerp", words("Onderwerp", 0, 30)), (None, words("Aanvraag", 0, 40)),
             (None, words("versterkingsgelden", 0, 50))]
    assert layout.margin_fields(lines) == [("Datum", "28 januari 2016"),
                                           ("Onderwerp", "Aanvraag versterkingsgelden")]


BODY = [
    "Eind 2015 ontvingen de zes Flevolandse gemeenten",
    "het aanbod van het ministerie voor versterkingsgelden",
    "ten behoeve van de lokale aanpak van radicalisering.",
    "Hierbij ontvangt u het voorstel van de gemeente",
    "Almere, mede namens de overige gemeenten.",
]


def test_margin_column_on_the_same_lines_as_the_body_is_read_after_it():
    margin = ["Datum", "28 januari 2016", "Ons kenmerk 2016-004512", "Pagina", "1/2"]
    lines = [(text, 60, 100 + 14 * i) for i, text in enumerate(BODY)]
    lines += [(text, 450, 100 + 14 * i) for i, text in enumerate(margin)]
    result = layout.page_text(page_of(lines), RULES)
    body, block = result.text.split("\n\n")
    assert body.splitlines() == BODY
    assert block.splitlines() == ["Datum", "28 januari 2016", "Ons kenmerk", "2016-004512",
                                  "Pagina", "1/2"]
    assert result.margin_fields == (("Datum", "28 januari 2016"), ("Ons kenmerk", "2016-004512"),
                                    ("Pagina", "1/2"))


def test_one_line_margin_on_a_continuation_page_is_kept_out_of_the_body():
    lines = [(text, 60, 100 + 14 * i) for i, text in enumerate(BODY)]
    lines.append(("Pagina 2 van 3", 450, 100))
    result = layout.page_text(page_of(lines), RULES)
    assert result.text == "\n".join(BODY) + "\n\nPagina\n2 van 3"
    assert result.margin_fields == (("Pagina", "2 van 3"),)


def test_short_right_column_without_label_is_not_a_margin():
    lines = [(text, 60, 100 + 14 * i) for i, text in enumerate(BODY)]
    lines.append(("Akkoord", 450, 100))
    result = layout.page_text(page_of(lines), RULES)
    assert result.text.splitlines()[0] == BODY[0] + " Akkoord"
    assert result.margin_fields == ()


def test_table_with_an_amount_column_is_not_split_into_columns():
    rows = [("Training omgaan met radicalisering", "€ 25.000"),
            ("Inzet sleutelfiguren", "€ 40.000"), ("Casusoverleg", "€ 12.500"),
            ("Coördinatie", "€ 30.000"), ("Totaal", "€ 107.500")]
    lines = [(label, 60, 100 + 14 * i) for i, (label, _) in enumerate(rows)]
    lines += [(amount, 400, 100 + 14 * i) for i, (_, amount) in enumerate(rows)]
    text = layout.page_text(page_of(lines), RULES).text
    # Rows, not columns: each label with its figure, one tab between the cells.
    assert text.splitlines()[0] == "Training omgaan met radicalisering\t€ 25.000"
    assert text.splitlines()[-1] == "Totaal\t€ 107.500"


def test_two_columns_under_a_full_width_title():
    left = ["In 2016 zijn er in totaal 412 casussen", "besproken in het veiligheidshuis van",
            "de regio, meer dan het jaar daarvoor."]
    right = ["Het ministerie stelde daarnaast geld", "beschikbaar voor de versterking van",
             "de lokale aanpak in de gemeenten."]
    lines = [("Jaarverslag 2016 van het Veiligheidshuis Flevoland en de zes gemeenten", 60, 60)]
    lines += [(t, 60, 100 + 14 * i) for i, t in enumerate(left)]
    lines += [(t, 320, 100 + 14 * i) for i, t in enumerate(right)]
    text = layout.page_text(page_of(lines), RULES).text
    assert text.split("\n\n") == [lines[0][0], "\n".join(left), "\n".join(right)]


def test_columns_with_offset_baselines_keep_their_paragraphs():
    left = ["In 2016 zijn er in totaal 412 casussen", "besproken in het veiligheidshuis van",
            "de regio, meer dan het jaar daarvoor.", "De stijging komt door meer meldingen."]
    right = ["Het ministerie stelde daarnaast geld", "beschikbaar voor de versterking van",
             "de lokale aanpak in de gemeenten.", "Dat geld is in 2017 uitgegeven."]
    lines = [(t, 60, 100 + 14 * i) for i, t in enumerate(left)]
    lines += [(t, 320, 106 + 14 * i) for i, t in enumerate(right)]
    text = layout.page_text(page_of(lines), RULES).text
    assert text.split("\n\n") == ["\n".join(left), "\n".join(right)]


def test_paragraph_gap_makes_a_blank_line():
    lines = [(BODY[0], 60, 100), (BODY[1], 60, 114), (BODY[2], 60, 142), (BODY[3], 60, 156)]
    text = layout.page_text(page_of(lines), RULES).text
    assert text == f"{BODY[0]}\n{BODY[1]}\n\n{BODY[2]}\n{BODY[3]}"


def test_text_builder_records_word_ranges():
    builder = layout.TextBuilder()
    builder.line(words("Datum", 0, 0))
    builder.separate("\n\n")
    builder.line(words("28 januari", 0, 20))
    assert builder.text == "Datum\n\n28 januari"
    assert [(w.text, w.char_start, w.char_end) for w in builder.words] == [
        ("Datum", 0, 5), ("28", 7, 9), ("januari", 10, 17)]


def test_empty_page_gives_empty_text():
    result = layout.page_text(layout.segment_layout([], 595, 842, RULES), RULES)
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
    result = layout.page_text(layout.segment_layout(tokens, 595, 842, RULES), RULES)
    assert result.text == "\n".join(JITTER_BODY) + "\n\n" + "\n".join(JITTER_MARGIN)
    assert result.margin_fields == (("Datum", "28 januari 2016"), ("Ons kenmerk", "2016-004512"),
                                    ("Pagina", "2 van 3"))


@pytest.mark.parametrize("turn", [0, 90, 180, 270])
def test_unrotate_box_undoes_turning_the_page(documents, turn):
    drawn = documents.DrawnWord("950.000", 1, 78.8, 320.8, 116.7, 331.3)
    on_turned_page = documents.turned_box(drawn, turn)
    # Reading turns the page back upright: (360 - turn) degrees clockwise.
    upright_turn = (360 - turn) % 360
    width, height = (842, 595) if turn in (90, 270) else (595, 842)
    box = layout.unrotate_box(BBox(drawn.x0, drawn.top, drawn.x1, drawn.bottom),
                              upright_turn, width, height)
    assert (box.x0, box.top, box.x1, box.bottom) == pytest.approx(
        (on_turned_page.x0, on_turned_page.top, on_turned_page.x1, on_turned_page.bottom))
