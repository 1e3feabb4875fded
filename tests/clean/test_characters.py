"""Character steps: NFC, ligatures, spaces, soft hyphens, control characters."""

from __future__ import annotations

import unicodedata

import pytest

from pipeline.clean.characters import (
    compose_nfc,
    expand_ligatures,
    fold_symbol_bullets,
    normalize_spaces,
    remove_control_characters,
    remove_soft_hyphens,
)
from pipeline.clean.mapped import MappedText


def run(step, text: str) -> MappedText:
    out = step(MappedText.identity(text))
    assert len(out.offsets) == len(out.text) + 1
    return out


@pytest.mark.parametrize(("raw", "clean"), [
    ("coo\u0308rdinator", "coördinator"),
    ("Cure\u0301 en Cura\u00e7ao", "Curé en Curaçao"),
    ("financie\u0308le middelen", "financiële middelen"),
    ("moskeee\u0308n", "moskeeën"),
    ("ree\u0308el", "reëel"),
    ("al gecomponeerd: ideeën", "al gecomponeerd: ideeën"),
])
def test_compose_nfc(raw, clean):
    out = run(compose_nfc, raw)
    assert out.text == clean == unicodedata.normalize("NFC", raw)


def test_compose_nfc_maps_the_composed_letter_to_its_base():
    raw = "coo\u0308rdinatie"
    out = run(compose_nfc, raw)
    i = out.text.index("ö")
    assert raw[out.offsets[i]] == "o"
    assert raw[out.offsets[i + 1]] == "r"


@pytest.mark.parametrize(("raw", "clean"), [
    ("\ufb01nanciering", "financiering"),
    ("de o\ufb03ciële cijfers", "de officiële cijfers"),
    ("re\ufb02ectie", "reflectie"),
    ("\u0132sselmeer en \u0133s", "IJsselmeer en ijs"),
    ("geen ligaturen", "geen ligaturen"),
])
def test_expand_ligatures(raw, clean):
    assert run(expand_ligatures, raw).text == clean


@pytest.mark.parametrize(("raw", "clean"), [
    ("\uf0b7 de raad te informeren;", "\u2022 de raad te informeren;"),   # Symbol's bullet
    ("\uf0a7 tweede niveau", "\u25aa tweede niveau"),                     # Wingdings' square
    ("\uf0d8 pijl", "\u27a2 pijl"),
    ("\ue000 other private use stays", "\ue000 other private use stays"),
    ("\u2022 al een bullet", "\u2022 al een bullet"),
])
def test_fold_symbol_bullets(raw, clean):
    out = run(fold_symbol_bullets, raw)
    assert out.text == clean
    assert list(out.offsets[: len(clean)]) == list(range(len(clean)))  # one character for one


def test_a_symbol_bullet_starts_a_list_item_of_its_own():
    from pipeline.clean import clean_page
    from pipeline.ingest import raw_document_from_text

    raw = raw_document_from_text("Beslispunten\n\uf0b7 de subsidie vast te stellen;\n\uf0b7 de raad te informeren.")
    text = clean_page(raw.pages[0]).text
    assert text.splitlines()[:3] == ["Beslispunten", "\u2022 de subsidie vast te stellen;",
                                     "\u2022 de raad te informeren."]


def test_expanded_letters_map_to_the_ligature():
    raw = "o\ufb03cieel"
    out = run(expand_ligatures, raw)
    assert [raw[o] for o in out.offsets[1:4]] == ["\ufb03"] * 3


@pytest.mark.parametrize(("raw", "clean"), [
    ("15\u00a0september 2017", "15 september 2017"),
    ("€\u202f950.000", "€ 950.000"),
    ("art.\u20095.1", "art. 5.1"),
    ("regel een\r\nregel twee", "regel een\nregel twee"),
    ("oude mac\rregel", "oude mac\nregel"),
    ("alinea\u2029alinea", "alinea\nalinea"),
    ("gewone tekst", "gewone tekst"),
])
def test_normalize_spaces(raw, clean):
    assert run(normalize_spaces, raw).text == clean


@pytest.mark.parametrize(("raw", "clean"), [
    ("radi\u00adcalisering", "radicalisering"),
    ("radi\u00ad\ncalisering", "radicalisering"),
    ("deskundigheids\u00ad \n  bevordering", "deskundigheidsbevordering"),
    ("zero\u200bwidth\ufeff", "zerowidth"),
    ("links- en rechts", "links- en rechts"),
])
def test_remove_soft_hyphens(raw, clean):
    assert run(remove_soft_hyphens, raw).text == clean


@pytest.mark.parametrize(("raw", "clean"), [
    ("tekst\x00met\x07bel", "tekstmetbel"),
    ("C1\x85 en \x9bcontrol", "C1 en control"),
    ("tab\tblijft\nnewline ook", "tab\tblijft\nnewline ook"),
    ("\x1b[0mkleur", "[0mkleur"),
])
def test_remove_control_characters(raw, clean):
    assert run(remove_control_characters, raw).text == clean


def test_typographic_quotes_are_kept_by_every_character_step():
    raw = "training \u2018omgaan met radicalisering\u2019 en \u201cInformatiedelen\u201d"
    text = MappedText.identity(raw)
    for step in (compose_nfc, expand_ligatures, fold_symbol_bullets, normalize_spaces, remove_soft_hyphens,
                 remove_control_characters):
        text = step(text)
    assert text.text == raw
