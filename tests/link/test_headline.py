"""A headline that repeats the article's amount carries the body's municipality (pipeline.link.headline)."""

from __future__ import annotations

from pipeline.normalize.amounts import amount_facts


def _codes(with_municipalities, document_info, text):
    doc, page = with_municipalities(text)
    return [f.municipality_code for f in amount_facts(doc, page, document_info(doc_type="nieuwsbericht"))]


def test_a_headline_repeats_the_bodys_amount(with_municipalities, document_info):
    text = ("€ 200.000 voor laadpalen in de polder\n14 augustus 2023 | Redactie\n\n"
            "Gouda krijgt € 200.000 van de provincie voor 80 laadpalen. Een laadpaal kost € 2.500.\n")
    assert _codes(with_municipalities, document_info, text) == ["GM0513", "GM0513", None]


def test_no_headline_link_where_the_body_gives_the_amount_to_none_or_to_two(with_municipalities, document_info):
    text = ("€ 200.000 voor laadpalen in de polder\n\nDe provincie trekt € 200.000 uit voor laadpalen.\n")
    assert _codes(with_municipalities, document_info, text) == [None, None]
    text = ("€ 200.000 voor laadpalen\n\nGouda krijgt € 200.000 en Utrecht krijgt € 200.000.\n")
    assert _codes(with_municipalities, document_info, text) == [None, "GM0513", "GM0344"]
    # A sentence, not a headline, at the top.
    text = ("De provincie trekt € 200.000 uit voor laadpalen.\n\nGouda krijgt € 200.000.\n")
    assert _codes(with_municipalities, document_info, text) == [None, "GM0513"]


def test_a_breadcrumb_joined_to_the_headline_under_it_repeats_the_bodys_amount(with_municipalities, document_info):
    text = ("Home > Nieuws > Stad krijgt € 1,8 miljoen voor het vernieuwen van de wijkcentra in het oosten "
            "Stad krijgt € 1,8 miljoen voor het vernieuwen van de wijkcentra\nin het oosten\n\n"
            "Gouda ontvangt € 1,8 miljoen van het Rijk voor drie wijkcentra. Een wijkcentrum kost € 600.000.\n")
    assert _codes(with_municipalities, document_info, text) == ["GM0513", "GM0513", "GM0513", None]
