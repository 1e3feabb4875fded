"""Woonplaatsen that are not municipalities: which contexts make them count, and where they lead."""

from __future__ import annotations

import pytest

from pipeline.extract.municipalities import SPAN_KEY
from pipeline.extract.municipality_lexicon import municipality_words
from pipeline.extract.places import (
    ADDRESS,
    NAMED,
    named_provinces,
    place_context,
    place_forms,
    place_rules,
    resolve_place,
)
from pipeline.woonplaatsen import place_index


def found(annotate_text, text):
    doc, _ = annotate_text(text)
    return [(s.text, s.kb_id_, s.label_) for s in doc.spans[SPAN_KEY]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an address line with a postcode
        ("Postbus 12\n7440 AA Nijverdal", [("Nijverdal", "GM0163", ADDRESS)]),
        ("Bezoekadres: Markt 1, 6411 NE Hoensbroek", [("Hoensbroek", "GM0917", ADDRESS)]),
        # after a place preposition or a head word
        ("Het bedrijf is gevestigd te Hoofddorp.", [("Hoofddorp", "GM0394", NAMED)]),
        ("De bijeenkomst was in Julianadorp.", [("Julianadorp", "GM0400", NAMED)]),
        ("Wij reden vanuit Emmeloord naar huis.", [("Emmeloord", "GM0171", NAMED)]),
        ("Het dorp Daarle kreeg een nieuwe school.", [("Daarle", "GM0163", NAMED)]),
        # the municipality itself keeps its own rule
        ("Wij wonen in Hellendoorn.", [("Hellendoorn", "GM0163", "gazetteer_name")]),
    ],
)
def test_places_in_context_lead_to_their_municipality(annotate_text, text, expected):
    assert found(annotate_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no context: a place name alone is no evidence
        "Nijverdal is een mooi dorp.",
        "Volgens Hoofddorp klopt het niet.",
        # ordinary words and surnames need a postcode, 'te' or a head word
        "Zij zaten in Horst en Veen niet ver van elkaar.",
        "Het rapport van Anne de Vries is klaar.",
        "De kantine zit in Winkel twee.",
        # lower case never counts
        "we gingen te nijverdal langs",
        # an organisation named after the place
        "Hij werkt bij Politie Nijverdal.",
        # a namesake abroad after a weak preposition
        "De conferentie was in Bern.",
    ],
)
def test_places_without_enough_context_give_nothing(annotate_text, text):
    assert found(annotate_text, text) == []


def test_ordinary_word_places_count_with_a_strong_context(annotate_text):
    assert found(annotate_text, "Het kantoor staat te Veen.") == [("Veen", "GM1959", NAMED)]
    assert found(annotate_text, "Postbus 3\n5725 AA Heusden") != []


def test_shared_names_need_a_province_or_a_municipality_on_the_page(annotate_text):
    # Oosterend: in Terschelling (Fryslân) and in Texel (Noord-Holland); and more.
    assert found(annotate_text, "De boer woont te Oosterend.") == []
    assert ("Oosterend", "GM0448", NAMED) in found(
        annotate_text, "De boer woont te Oosterend, op Texel."
    )
    assert ("Oosterend", "GM0093", NAMED) in found(
        annotate_text, "De boer woont te Oosterend in Fryslân."
    )


def test_resolve_place_uses_provinces_then_the_page():
    index = place_index()
    assert resolve_place(index, "Nijverdal", set(), set()) == "GM0163"
    assert resolve_place(index, "Oosterend", set(), set()) is None
    assert resolve_place(index, "Oosterend", {"Noord-Holland"}, set()) == "GM0448"
    assert resolve_place(index, "Oosterend", set(), {"GM0093"}) == "GM0093"


def test_place_context_kinds(tok):
    rules = place_rules()
    assert place_context(tok("1234 AB Daarle"), 2, rules) == "address"
    assert place_context(tok("gevestigd te Daarle"), 2, rules) == "strong"
    assert place_context(tok("de woonplaats Daarle"), 2, rules) == "strong"
    assert place_context(tok("wonen in Daarle"), 2, rules) == "weak"
    assert place_context(tok("zegt Daarle"), 1, rules) is None


def test_named_provinces_reads_the_sentence_and_a_bracket(tok):
    lex = municipality_words()
    doc = tok("Nes (Fr.) ligt niet in Zeeland.")
    doc[0].is_sent_start = True
    for t in doc[1:]:
        t.is_sent_start = False
    assert named_provinces(doc, 0, 1, lex) == {"Fryslân", "Zeeland"}


def test_place_forms_leave_municipality_and_region_names_out():
    forms = set(place_forms(place_index(), municipality_words()))
    assert "Nijverdal" in forms and "Hoensbroek" in forms
    assert "Hengelo" not in forms  # a municipality: its own rules decide
    assert "Nederland" not in forms  # a woonplaats too, but read as the country


@pytest.fixture(scope="module")
def tok():
    import spacy

    return spacy.blank("nl")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hij woont in Hengelo (Gld.) en werkt in Rijswijk (NB).", [("Hengelo", "GM1876", NAMED), ("Rijswijk", "GM1959", NAMED)]),
        ("Oosterhout (Gld) ligt bij Nijmegen.", [("Oosterhout", "GM1734", NAMED), ("Nijmegen", "GM0268", "gazetteer_name")]),
        # the municipality's own province, or no bracket: the municipality
        ("Hengelo (O.) bouwt.", [("Hengelo (O.)", "GM0164", "gazetteer_alias")]),
    ],
)
def test_a_municipality_name_with_another_province_in_brackets_is_the_woonplaats(annotate_text, text, expected):
    assert found(annotate_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De posten staan in Almere en Biddinghuizen.", [("Almere", "GM0034", "gazetteer_name"), ("Biddinghuizen", "GM0303", NAMED)]),
        ("Wij gingen naar Daarle, Hoensbroek en Nijverdal.", [("Daarle", "GM0163", NAMED), ("Hoensbroek", "GM0917", NAMED), ("Nijverdal", "GM0163", NAMED)]),
        ("Het rapport van Jansen en Nijverdal.", []),
        ("Wij zaten in de kantine en Nijverdal belde.", []),
    ],
)
def test_a_preposition_speaks_for_the_list_it_heads(annotate_text, text, expected):
    assert found(annotate_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Postbus 75700\n1118 ZT Schiphol", [("Schiphol", "GM0394", ADDRESS)]),
        ("De vertraging op Schiphol liep op.", [("Schiphol", "GM0394", NAMED)]),
        ("De drukte op Luchthaven Schiphol.", []),
        ("Een nieuw bedrijf bij Hoofddorp.", [("Hoofddorp", "GM0394", NAMED)]),
    ],
)
def test_schiphol_and_other_prepositions(annotate_text, text, expected):
    assert found(annotate_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a letter's date line
        ("Nijverdal, 12 maart 2024\n\nGeachte heer,", [("Nijverdal", "GM0163", NAMED)]),
        ("Nijverdal, 12-03-2024", [("Nijverdal", "GM0163", NAMED)]),
        ("Nijverdal, de mooiste plaats van Twente.", []),
        # a list marker between the preposition and the list
        ("Wij openen vestigingen in o.a. Emmeloord en Nagele.", [("Emmeloord", "GM0171", NAMED), ("Nagele", "GM0171", NAMED)]),
        ("Hij woont in onder andere Nijverdal.", [("Nijverdal", "GM0163", NAMED)]),
        # a list with a municipality alone is no place context
        ("Emmeloord, Urk en Nagele ontvangen geld.", [("Urk", "GM0184", "gazetteer_name")]),
        ("De heer Jansen, Urk en Vries.", [("Urk", "GM0184", "gazetteer_name")]),
    ],
)
def test_date_lines_list_markers_and_lists_with_municipalities(annotate_text, text, expected):
    assert found(annotate_text, text) == expected
