"""Line-end hyphens: broken words joined, suspended and real hyphens kept."""

from __future__ import annotations

import pytest

from pipeline.clean.hyphenation import JOIN, KEEP, SPACE, hyphen_decision, join_hyphenated
from pipeline.clean.mapped import MappedText
from pipeline.clean.resources import dutch_words, hyphenation_rules


def join(text: str) -> str:
    out = join_hyphenated(MappedText.identity(text))
    assert len(out.offsets) == len(out.text) + 1
    return out.text


@pytest.mark.parametrize(("raw", "clean"), [
    # broken words
    ("de aanpak van radi-\ncalisering in Flevoland", "de aanpak van radicalisering in Flevoland"),
    ("deskundigheids-\nbevordering van", "deskundigheidsbevordering van"),
    ("de gemeente-\nlijke organisatie", "de gemeentelijke organisatie"),
    ("wij ont-\nvingen het aanbod", "wij ontvingen het aanbod"),
    ("een ver-\ndiepende training", "een verdiepende training"),
    ("het ministe-\nrie van Justitie", "het ministerie van Justitie"),
    ("met trailing space-  \n  achter het streepje", "met trailing spaceachter het streepje"),
    ("samen-\nwerking, zoals", "samenwerking, zoals"),
    # suspended compounds
    ("trainingen over links-\nen rechtsextremisme", "trainingen over links- en rechtsextremisme"),
    ("het jeugd-\nen buurtwerk", "het jeugd- en buurtwerk"),
    ("voor basis-\nof voortgezet onderwijs", "voor basis- of voortgezet onderwijs"),
    ("gemeente-\nen provinciebestuur", "gemeente- en provinciebestuur"),
    ("in- en\nuitstroom", "in- en\nuitstroom"),
    # real hyphens at a line end
    ("de provincie Noord-\nHolland en Flevoland", "de provincie Noord-Holland en Flevoland"),
    ("de VNG-\ncommissie Bestuur", "de VNG-commissie Bestuur"),
    ("stuur een e-\nmail naar", "stuur een e-mail naar"),
    ("langs de x-\nas", "langs de x-as"),
    ("een ex-\ngedetineerde", "een ex-gedetineerde"),
    ("de oud-\nburgemeester", "de oud-burgemeester"),
    ("een niet-\nwesterse achtergrond", "een niet-westerse achtergrond"),
    ("de zee-\negel", "de zee-egel"),
    ("een auto-\nongeluk", "een auto-ongeluk"),
    ("de mede-\neigenaar", "de mede-eigenaar"),
    ("Midden-\nNederland", "Midden-Nederland"),
    # not a line-end hyphen followed by a word
    ("jaren 2016-\n2017", "jaren 2016-\n2017"),
    ("een streepje -\nlos", "een streepje -\nlos"),
    ("aan het eind-\n\nvolgende alinea", "aan het eind-\n\nvolgende alinea"),
    ("geen afbreking hier\nvolgende regel", "geen afbreking hier\nvolgende regel"),
])
def test_join_hyphenated(raw, clean):
    assert join(raw) == clean


@pytest.mark.parametrize(("left", "right", "decision"), [
    ("radi", "calisering", JOIN),
    ("links", "en", SPACE),
    ("jeugd", "of", SPACE),
    ("Noord", "Holland", KEEP),
    ("VNG", "commissie", KEEP),
    ("vice", "voorzitter", KEEP),
    ("zee", "egel", KEEP),
    ("poli", "tie", JOIN),
])
def test_hyphen_decision(left, right, decision):
    assert hyphen_decision(left, right, hyphenation_rules(), dutch_words()) == decision


def test_a_listed_word_joins_even_across_a_vowel_pair():
    # 'gebruik' is not a clash case, but 'mede' + 'eigenaar' is; a listed word wins.
    words = frozenset({"zeeegel"})
    assert hyphen_decision("zee", "egel", hyphenation_rules(), words) == JOIN


def test_joined_word_maps_back_to_both_halves():
    raw = "radi-\ncalisering"
    out = join_hyphenated(MappedText.identity(raw))
    assert out.text == "radicalisering"
    assert "".join(raw[o] for o in out.offsets[:-1]) == "radicalisering"
