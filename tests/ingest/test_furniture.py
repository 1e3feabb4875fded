"""Running heads and feet on hand-placed pages: folded keys, page numbers, recurring band lines."""

from __future__ import annotations

import pytest

from pipeline.ingest import furniture
from pipeline.ingest.rules import ingest_rules

RULES = ingest_rules()


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Pagina 2 van 5", "pagina # van #"),
        ("Jaarverslag  2016", "jaarverslag #"),
        ("Gemeente Almere | Postbus 200", "gemeente almere | postbus #"),
    ],
)
def test_furniture_key(text, key):
    assert furniture.furniture_key(text) == key


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
    assert furniture.is_page_number(text, RULES) is expected


def test_furniture_found_across_pages_but_body_kept(place):
    pages = [
        place.page_of([("Jaarverslag 2016 Veiligheidshuis", 60, 30),
                 (f"Tekst van pagina {n} over de aanpak", 60, 300),
                 (f"Pagina {n} van 3", 60, 800)])
        for n in (1, 2, 3)
    ]
    furniture.find_furniture(pages, RULES)
    for n, page in enumerate(pages, start=1):
        assert [s.text for s in page.furniture] == ["Jaarverslag 2016 Veiligheidshuis",
                                                    f"Pagina {n} van 3"]
        assert [s.text for s in page.segments] == [f"Tekst van pagina {n} over de aanpak"]


def test_footer_read_slightly_differently_per_page_is_furniture(place):
    footers = ["Gemeente Almere | Postbus 200 | 1300 AE Almere",
               "Gemeente Aimere | Postbus 200 | 1300 AE Almere",
               "Gemeente Almere Postbus 2O0 | 1300 AE Almere"]
    pages = [place.page_of([(f"Tekst van pagina {n} over de aanpak", 60, 300), (footer, 60, 800 + n)])
             for n, footer in enumerate(footers)]
    furniture.find_furniture(pages, RULES)
    assert [[s.text for s in p.furniture] for p in pages] == [[f] for f in footers]


def test_different_lines_at_the_bottom_are_not_furniture(place):
    lines = ["De aanvraag wordt in maart besproken.", "Met vriendelijke groet,",
             "Bijlage: begroting 2016"]
    pages = [place.page_of([("Tekst", 60, 300), (line, 60, 800)]) for line in lines]
    furniture.find_furniture(pages, RULES)
    assert all(p.furniture == [] for p in pages)


def test_a_tables_header_of_years_in_the_top_band_is_no_page_number(place):
    # Every page numbered at the top, and one table whose years head its columns there.
    pages = [place.page_of([(str(n), 540, 30), ("Tekst", 60, 300)]) for n in (1, 2)]
    pages.append(place.page_of([("3", 540, 30), ("2023", 380, 60), ("2022", 480, 60),
                                ("Resultaat", 60, 80), ("84.220", 380, 80), ("12.410", 480, 80)]))
    furniture.find_furniture(pages, RULES)
    assert [s.text for s in pages[2].furniture] == ["3"]
    assert "2023" in [s.text for s in pages[2].segments] and "2022" in [s.text for s in pages[2].segments]


def test_header_on_one_page_only_is_not_furniture(place):
    pages = [place.page_of([("Bijlage 1 bij de aanvraag", 60, 30), ("Tekst", 60, 300)]),
             place.page_of([("Tekst", 60, 300)]), place.page_of([("Tekst", 60, 300)])]
    furniture.find_furniture(pages, RULES)
    assert pages[0].furniture == []


def test_a_title_that_the_footer_repeats_stays_in_the_body(place):
    # Office suites print the document's title in the footer of every page; the title at the
    # top of page 1 is the same text in the other band, and no running head.
    pages = [place.page_of([("Programmabegroting 2025", 60, 30), ("Tekst", 60, 300),
                            ("Programmabegroting 2025", 60, 800)]),
             place.page_of([("Tekst", 60, 300), ("Programmabegroting 2025", 60, 800)]),
             place.page_of([("Tekst", 60, 300), ("Programmabegroting 2025", 60, 800)])]
    furniture.find_furniture(pages, RULES)
    assert [s.text for s in pages[0].segments] == ["Programmabegroting 2025", "Tekst"]
    assert all([s.text for s in p.furniture] == ["Programmabegroting 2025"] for p in pages)


@pytest.mark.parametrize("head", ["5.1.2e", "\u2588 5.1.2e", "\u2588", "51.2e, 5.1.2i"])
def test_a_box_or_its_ground_at_the_top_of_every_page_stays_in_the_text(place, head):
    # A redacted sender on each page's first line: a redaction on every page, no running head.
    pages = [place.page_of([("Document 23 - Woo-besluit 2024-0311", 60, 20), (head, 60, 60),
                            (f"Tekst van pagina {n} over de aanpak", 60, 300)])
             for n in (1, 2, 3)]
    furniture.find_furniture(pages, RULES)
    for page in pages:
        assert [s.text for s in page.furniture] == ["Document 23 - Woo-besluit 2024-0311"]
        assert head in [s.text for s in page.segments]


@pytest.mark.parametrize(("text", "expected"), [
    ("5.1.2e", True), ("\u2588", True), ("\u2588 5.2.1", True), ("51.2e, 5.1.2i", True),
    ("5.2", False), ("11.1", False), ("", False), ("Pagina 2 van 3", False), ("5.1.2e Naam", False),
])
def test_is_redaction(text, expected):
    assert furniture.is_redaction(text) is expected


def test_similarity_key_leaves_out_boxes_and_their_codes():
    assert furniture.similarity_key("Van: \u2588 5.1.2e @rivm.nl>") == "van: @rivm.nl>"
    assert furniture.similarity_key("Pagina 2 van 5") == "pagina # van #"


def test_e_mails_whose_sender_lines_share_only_the_redaction_are_no_running_head(place):
    # Each page of a released e-mail chain opens on the sender of its mail; the senders differ
    # and only their blacked-out names, with the code, look alike.
    senders = ["Van: \u2588 5.1.2e @minvws.nl>", "Van: \u2588 5.1.2e @rivm.nl>",
               "Van: \u2588 5.1.2e @ggd.nl>"]
    pages = [place.page_of([("Document 3 | Woo-besluit 4062118", 60, 20), (sender, 60, 40),
                            (f"Tekst van mail {n} over de voorraad", 60, 300)])
             for n, sender in enumerate(senders)]
    furniture.find_furniture(pages, RULES)
    for page, sender in zip(pages, senders, strict=True):
        assert [s.text for s in page.furniture] == ["Document 3 | Woo-besluit 4062118"]
        assert sender in [s.text for s in page.segments]


def test_a_footer_read_slightly_differently_beside_a_box_is_still_furniture(place):
    # The near miss: the text around the box is nearly the same, as OCR reads one footer.
    footers = ["Gemeente Almere | \u2588 5.1.2e | Postbus 200 | 1300 AE Almere",
               "Gemeente Aimere | \u2588 5.1.2e | Postbus 200 | 1300 AE Almere",
               "Gemeente Almere \u2588 5.1.2e | Postbus 2O0 | 1300 AE Almere"]
    pages = [place.page_of([(f"Tekst van pagina {n} over de aanpak", 60, 300), (footer, 60, 800 + n)])
             for n, footer in enumerate(footers)]
    furniture.find_furniture(pages, RULES)
    assert [[s.text for s in p.furniture] for p in pages] == [[f] for f in footers]


@pytest.mark.parametrize(("first", "second"), [
    ("notulen raadsvergadering# mei #", "notulen raadsvergadering # rnel #"),
    ("gernecnte aimere | postbus # | # ae almere", "gemeentc almcre | postbus # | # ae almere"),
])
def test_two_running_heads_are_as_similar_whichever_page_comes_first(first, second):
    forward = furniture._similar_support([(0, 50.0, first), (1, 50.0, second)], RULES, 10.0)
    backward = furniture._similar_support([(0, 50.0, second), (1, 50.0, first)], RULES, 10.0)
    assert sorted(forward.values()) == sorted(backward.values()) == [2, 2]


def test_two_different_heads_stay_apart_in_both_orders():
    first, second = "notulen raadsvergadering # mei #", "agenda commissie bestuur # juni #"
    for pair in ((first, second), (second, first)):
        support = furniture._similar_support([(0, 50.0, pair[0]), (1, 50.0, pair[1])], RULES, 10.0)
        assert sorted(support.values()) == [1, 1]
