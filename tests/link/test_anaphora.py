"""A bare 'de gemeente' refers to the municipality the text spoke of last (pipeline.link.anaphora)."""

from __future__ import annotations

import pytest

from pipeline.link.amounts import LinkInput, link_municipality
from pipeline.link.anaphora import named_next, with_antecedents
from pipeline.normalize.amounts import amount_facts


def codes(with_municipalities, text: str, own: str | None = None, subject: str | None = None):
    doc, _ = with_municipalities(text)
    links = LinkInput.of(doc)
    found = with_antecedents(links, own, subject)
    out = []
    for s, e in links.amounts:
        hit = link_municipality(links, s, e)
        if hit is None and found is not None:
            hit = link_municipality(found[0], s, e)
            hit = hit if hit is not None and hit[0] in found[1] else None
        out.append(hit[0].code if hit else None)
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The same sentence, the sentence before.
        ("Ook Utrecht krijgt geld: de gemeente ontvangt € 275.000 voor de velden.", ["GM0344"]),
        ("De provincie heeft een bijdrage toegezegd aan de gemeente Gouda. Van het Rijk ontvangt de gemeente "
         "circa € 250.000.", ["GM0513"]),
        # The nearest sentence names two municipalities: no antecedent.
        ("Utrecht en Gouda werken samen. De gemeente ontvangt € 80.000.", [None]),
        # Another paragraph, or no municipality before.
        ("Utrecht doet mee.\n\nDe gemeente ontvangt € 80.000.", [None]),
        ("De gemeente ontvangt € 80.000.", [None]),
        # 'de gemeente' followed by its name is a mention of its own.
        ("Gouda doet mee. De gemeente Utrecht ontvangt € 80.000.", ["GM0344"]),
        # 'die gemeente' points at the municipality named last, a place after 'in' none.
        ("Almere ontvangt € 480.000, Utrecht zes ton voor de kades in Gouda. Die gemeente legt daar zelf nog "
         "€ 200.000 bij.", ["GM0034", "GM0344", "GM0344"]),
        ("Almere ontvangt € 480.000, Utrecht zes ton voor de kades in Gouda. De gemeente legt daar zelf nog "
         "€ 200.000 bij.", ["GM0034", "GM0344", None]),
        # A sentence that names a municipality only as where something lies gives 'de gemeente' no antecedent:
        # Gouda's money is not Almere's.
        ("Parkeren bij de garages in Almere kost al gauw 4 euro. De gemeente steekt nog € 900.000 in de "
         "garage.", [None, None]),
    ],
)
def test_a_bare_de_gemeente_is_the_municipality_named_last(with_municipalities, text, expected):
    assert codes(with_municipalities, text) == expected


def test_in_a_municipalitys_own_document_de_gemeente_is_the_municipality_itself(with_municipalities):
    text = "Aan Gouda was € 2,3 miljoen toegekend. Van het fonds ontvangt de gemeente nog € 1,4 miljoen."
    assert codes(with_municipalities, text, own="GM0344") == ["GM0513", "GM0344"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An auditor's annex about one municipality: 'de gemeente' with no other named before it.
        ("Wij hebben geen fouten geconstateerd boven de tolerantie van € 125.000.\n\nDe gemeente betaalt "
         "het bedrag van € 12.337 terug aan het ministerie van BZK.", [None, "GM0344"]),
        # A municipality named in the paragraph before is the antecedent, or none when two are.
        ("Gouda voert de regeling uit. De gemeente betaalt € 12.337 terug.", ["GM0513"]),
        ("Gouda en Nijmegen voeren de regeling uit. De gemeente betaalt € 12.337 terug.", [None]),
    ],
)
def test_in_a_report_about_one_municipality_de_gemeente_is_that_municipality(with_municipalities, text,
                                                                               expected):
    assert codes(with_municipalities, text, subject="GM0344") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De haven ligt in de gemeente Gouda. Die gemeente ontvangt € 1.150.000.", ["GM0513"]),
        ("Utrecht doet mee; deze gemeente krijgt € 80.000.", ["GM0344"]),
        # A demonstrative before the name is that name's article, as 'de'.
        ("Gouda doet mee. Die gemeente Utrecht ontvangt € 80.000.", ["GM0344"]),
        # 'die gemeenten': a plural points at no one municipality.
        ("Utrecht doet mee. Die gemeenten ontvangen € 80.000.", [None]),
    ],
)
def test_a_demonstrative_die_or_deze_gemeente_points_back_as_de_gemeente(with_municipalities, text, expected):
    assert codes(with_municipalities, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De gemeente Gouda diende een aanvraag in voor het dorpsplein. Zij ontvangt € 74.000 uit het restant.",
         ["GM0513"]),
        # The sentence before does not open with 'De gemeente X', or another paragraph: no antecedent.
        ("De stichting vroeg het college van Gouda om hulp. Zij ontvangt € 74.000.", [None]),
        ("De gemeente Gouda diende een aanvraag in.\n\nZij ontvangt € 74.000.", [None]),
        # A paragraph break further back does not matter.
        ("Inleiding.\n\nDe gemeente Gouda diende een aanvraag in. Zij ontvangt € 74.000.", ["GM0513"]),
    ],
)
def test_zij_after_a_sentence_opened_by_de_gemeente_x_is_that_municipality(with_municipalities, text, expected):
    assert codes(with_municipalities, text) == expected


_PARTIES = ("De ondergetekenden:\n1. de provincie Utrecht, zetelend te Utrecht, hierna: de provincie;\n"
            "2. de gemeente Gouda, zetelend te Gouda, hierna: de gemeente;\n3. Stichting Almere Sport;\n\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Far from the definition and with another municipality named in between.
        (_PARTIES + "Overwegende dat Almere mee wil doen.\n\nDe gemeente ontvangt € 80.000.", ["GM0513"]),
        # Without a definition a bare 'de gemeente' there has no antecedent; nor is a party
        # 'hierna: de gemeente Gouda' a definition.
        (_PARTIES.replace("hierna: de gemeente;", "hierna: de partij;") + "De gemeente ontvangt € 80.000.", [None]),
        # The defined term written with a capital, as agreements write it.
        (_PARTIES.replace("hierna: de gemeente;", "hierna te noemen: de Gemeente;") + "De Gemeente ontvangt € 80.000.",
         ["GM0513"]),
    ],
)
def test_a_contracts_parties_define_de_gemeente(with_municipalities, text, expected):
    assert codes(with_municipalities, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De provincie trok twee ton uit voor de haven. Dat geld ging naar de gemeente Almere.", ["GM0034"]),
        # Two amounts in the sentence, or a next sentence that names a place: none.
        ("De provincie trok € 2 ton en € 3 ton uit. Dat geld ging naar de gemeente Almere.", [None, None]),
        ("De provincie trok € 200.000 uit. Dat geld ging naar een stichting in Almere.", [None]),
        # 'Het geld' points back as 'dat geld' does.
        ("Gedeputeerde Staten trekken € 4,2 miljoen uit voor een brug. Het geld gaat naar de gemeente Almere, "
         "die de brug aanbesteedt.", ["GM0034"]),
    ],
)
def test_the_next_sentence_that_says_where_the_money_went(with_municipalities, text, expected):
    doc, _ = with_municipalities(text)
    links = LinkInput.of(doc)
    found = [named_next(links, s, e) for s, e in links.amounts]
    assert [m.code if m is not None else None for m in found] == expected


_RULING = ("Uitspraak op het hoger beroep van:\nhet college van burgemeester en wethouders van Gouda,\nappellant,\n\n"
           "1. Het college ontving voor 2020 een uitkering van € 721.028. Het college ontvangt € 5.000.")


def test_het_college_is_the_college_a_ruling_or_a_letter_names(with_municipalities, document_info):
    doc, page = with_municipalities(_RULING)
    assert [f.municipality_code for f in amount_facts(doc, page, document_info())] == ["GM0513", "GM0513"]
    # The college's own document: its own 'het college' is left to the rules of its own money.
    assert [f.municipality_code for f in amount_facts(doc, page, document_info(sender="Gemeente Gouda"))] == [
        None, None]
    # Two colleges named: 'het college' is neither's.
    doc, page = with_municipalities(_RULING.replace(",\nappellant", " en het college van burgemeester en "
                                                                    "wethouders van Utrecht,\nappellanten"))
    assert [f.municipality_code for f in amount_facts(doc, page, document_info())] == [None, None]
