"""Gapped clauses (pipeline.link.gapped): the second clause leaves out the verb that linked the first;
municipality spans put on the Doc by hand."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Utrecht ontving € 2 miljoen en Amsterdam € 3 miljoen.", ["GM0344", "GM0363"]),
        (
            "Utrecht ontving € 2 miljoen, Almere € 1 miljoen en Amsterdam € 3 miljoen.",
            ["GM0344", "GM0034", "GM0363"],
        ),
        ("Het Rijk betaalde € 2 miljoen en Amsterdam € 3 miljoen.", [None, None]),
        ("Utrecht ontving € 2 miljoen. Amsterdam € 3 miljoen.", ["GM0344", None]),
        # The clause before contributes or spends, its particle or period before the comma.
        (
            "De gemeente Utrecht droeg € 2 miljoen bij, de gemeente Almere € 1 miljoen en de gemeente"
            " Amsterdam € 3 miljoen.",
            ["GM0344", "GM0034", "GM0363"],
        ),
        ("Utrecht trekt € 2 miljoen uit, Almere € 1 miljoen.", ["GM0344", "GM0034"]),
        ("Utrecht ontvangt € 2 miljoen per jaar, Almere € 1 miljoen.", ["GM0344", "GM0034"]),
        ("De gemeente Utrecht droeg € 2 miljoen bij, de provincie € 1 miljoen.", ["GM0344", None]),
        ("Utrecht droeg € 2 miljoen bij aan het fonds en Almere € 1 miljoen.", ["GM0344", None]),
        # A semicolon joins the gapped clause as a comma does.
        ("Gouda ontvangt daarvan naar verwachting € 112.700; Almere € 74.000.", ["GM0513", "GM0034"]),
        ("Het Rijk houdt € 112.700 in; Almere € 74.000.", [None, None]),
        # An apposition after the gapped clause's name.
        ("Zo ontvangt Amsterdam in 2024 € 9.864.000 en Almere, de kleinste centrumgemeente, € 380.000.",
         ["GM0363", "GM0034"]),
        ("Zo ontvangt Amsterdam in 2024 € 9.864.000 en Almere, zo meldt de minister, € 380.000.",
         ["GM0363", None]),
        # A subordinate clause closed by its verb, the gapped clause after it.
        ("Klopt het dat Gouda in 2025 € 1.384.000 uit het gemeentefonds ontvangt en Almere € 1.512.000?",
         ["GM0513", "GM0034"]),
        ("Klopt het dat Gouda in 2025 € 1.384.000 uit het gemeentefonds ontvangt en de stichting € 1.512.000?",
         ["GM0513", None]),
        # The preposition of the first amount again before the gapped one.
        ("Voor de gemeente Gouda komt dit uit op € 412.500, voor Almere op € 298.700 en voor Dronten op € 267.100.",
         ["GM0513", "GM0034", "GM0303"]),
        ("Gouda had een tekort van € 1,1 miljoen en Almere van € 0,9 miljoen.", ["GM0513", "GM0034"]),
        ("Gouda ontving € 1,1 miljoen en Almere van € 0,9 miljoen.", ["GM0513", None]),
        # The particle of the first clause's verb before the comma.
        ("Almere haalde € 1,7 miljoen op, Gouda € 1,2 miljoen.", ["GM0034", "GM0513"]),
    ],
)
def test_gapped(linked, text, codes):
    assert linked(text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Aan de gemeente Utrecht kennen wij € 1,2 miljoen toe, aan Gouda € 450.000 en aan Nijmegen "
         "ruim € 300.000.", ["GM0344", "GM0513", "GM0268"]),
        ("De gemeente Gouda betaalt een bijdrage van € 64.000, Nijmegen € 48.000 en Dronten € 19.000.",
         ["GM0513", "GM0268", "GM0303"]),
        ("De gemeente Utrecht krijgt € 4 miljoen voor de route naar Gouda, Nijmegen € 600.000 voor de "
         "route langs de rivier.", ["GM0344", "GM0268"]),
        ("De gemeente Rotterdam ontvangt € 2,7 miljoen voor de ringweg en de gemeente Dronten € 0,8 "
         "miljoen voor de dijk.", ["GM0599", "GM0303"]),
        ("Uit de regiodeal krijgt Almere € 850.000 en Lelystad € 1,1 miljoen.", ["GM0034", "GM0995"]),
        # The first amount is nobody's: the second clause is no gapped one.
        ("De provincie betaalt € 2 miljoen, Utrecht € 1 miljoen.", [None, None]),
        # A hyphenated word in the purpose.
        ("Gouda ontvangt € 1,4 miljoen voor bedrijventerrein Oude Kerk, Almere € 750.000 voor de "
         "Willem-Alexanderhaven en Utrecht € 600.000 voor Kampershoek.", ["GM0513", "GM0034", "GM0344"]),
        # The first verb's particle 'in' before the joiner.
        ("De gemeente Gouda brengt € 2,3 miljoen in en de gemeente Utrecht € 950.000.", ["GM0513", "GM0344"]),
        # The first verb's particle before its purpose.
        ("Zo legt de gemeente Gouda in 2025 € 25.000 bij voor het Taalhuis in de bibliotheek, de gemeente Utrecht "
         "€ 140.000 voor de aanpak Taalmaatjes.", ["GM0513", "GM0344"]),
        # A rate per night before the comma.
        ("Gouda vraagt volgend jaar € 3,35 per nacht, Utrecht € 3,25.", ["GM0513", "GM0344"]),
        # The kind of money after the first amount ('aan precario').
        ("Gouda ontving vorig jaar € 1,4 miljoen aan precario op leidingen, Utrecht € 860.000.", ["GM0513", "GM0344"]),
        # 'op' again before the next name, after the deficit the first counts on.
        ("Gouda rekent op een gat van € 6,2 miljoen, Utrecht op € 3,8 miljoen en Almere op ruim € 2 miljoen.",
         ["GM0513", "GM0344", "GM0034"]),
        # The first linked by its possessive: 'haar budget met € A, Y met € B'.
        ("De gemeente Gouda overschreed haar budget met € 312.000, Utrecht met € 188.000 en Almere met € 96.000.",
         ["GM0513", "GM0344", "GM0034"]),
    ],
)
def test_gapped_clauses_after_a_purpose_a_preposition_or_a_payer(linked, text, codes):
    assert linked(text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # The clause before reserves money for a municipality; the gapped one repeats 'voor'.
        ("Voor Gouda is € 1,2 miljoen bestemd, voor Almere € 2,7 miljoen.", ["GM0513", "GM0034"]),
        ("Voor de gemeente Utrecht is € 400.000 gereserveerd en voor Nijmegen € 300.000.", ["GM0344", "GM0268"]),
        # The preposition of the first amount again after an apposition of the second name.
        ("Voor Utrecht, de grootste, stijgt de bijdrage met € 545.000; voor Gouda, de kleinste, met € 39.000.",
         ["GM0344", "GM0513"]),
        # The first is no reservation for a municipality, or the second name is a project's place: none.
        ("Voor het fonds is € 1,2 miljoen bestemd, voor Almere € 2,7 miljoen.", [None, None]),
        ("Voor Gouda is € 1,2 miljoen bestemd, voor een school in Almere € 2,7 miljoen.", ["GM0513", None]),
    ],
)
def test_gapped_after_a_reservation(linked, text, codes):
    assert linked(text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # The clause before gives each of a group the same sum, or names a part of a sum.
        ("Rotterdam en Den Haag ontvingen elk € 100 miljoen en Utrecht € 74,5 miljoen.",
         ["GM0599", "GM0518", "GM0344"]),
        ("De regio draagt € 27 miljoen bij, waarvan de gemeente Eemsdelta € 4 miljoen en de gemeente "
         "Midden-Groningen € 6 miljoen.", [None, "GM1979", "GM1952"]),
        # Near miss: a group that shares its sum gives the next clause no verb to leave out.
        ("Rotterdam en Den Haag hebben samen € 100 miljoen en Utrecht € 74,5 miljoen.", [None, None]),
    ],
)
def test_gapped_after_a_group_or_a_part(links_of, text, codes):
    assert [code for _, code in links_of(text)] == codes


def test_a_gapped_reserve_brought_into_a_merger(linked):
    # The second municipality's reserve leaves out 'bracht ... in', its 'van' repeated.
    text = ("Bij de fusie bracht Gouda een algemene reserve in van € 12.400.000 en Nijmegen van € 2.950.000.\n"
            "Op 1 januari 2019 bracht Lelystad een egalisatiereserve in van € 310.000, Dronten van € 95.000.\n")
    assert linked(text) == ["GM0513", "GM0268", "GM0995", "GM0303"]
