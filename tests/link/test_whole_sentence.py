"""The link rules that read the amount's whole sentence (pipeline.link.whole_sentence), with municipality
spans put on the Doc by hand."""

from __future__ import annotations

import pytest

from pipeline.link.mentions import LinkInput
from pipeline.link.whole_sentence import on_behalf, possessive, received_by_the_document


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "Namens de gemeente Gouda, mede namens de gemeenten Almere en Lelystad, vragen wij "
            "een subsidie van € 64.000 voor het project.",
            ["GM0513"],
        ),
        ("Namens de gemeente Gouda verzoek ik u om een bijdrage van € 8.000.", ["GM0513"]),
        # Another municipality between that is no co-applicant.
        ("Namens Gouda vragen wij of Nijmegen € 8.000 heeft gekregen.", [None]),
        # A group of applicants shares the amount; a co-applicant alone is not the applicant.
        ("Wij vragen namens Gouda en Nijmegen om € 8.000.", [None]),
        ("Mede namens de gemeente Gouda vragen wij € 8.000.", [None]),
        # No request in the sentence.
        ("Namens de gemeente Gouda melden wij dat de kosten € 8.000 bedragen.", [None]),
    ],
)
def test_on_behalf(linked, text, codes):
    assert linked(text, on_behalf) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("De gemeente Utrecht neemt geen toezicht meer af; haar plustakenbijdrage daalt daardoor met € 46.200.",
         ["GM0344"]),
        ("Gouda doet niet meer mee, dus zijn aandeel van € 12.000 vervalt.", ["GM0513"]),
        # An adjective before the money noun; a payment into the fund is the payer's.
        ("De gemeente Gouda heeft haar laatste storting van € 160.000 verschoven naar 2025.", ["GM0513"]),
        ("Almere zegt dat zijn grote zorg de kosten van € 5.000 zijn.", [None]),
        # Two municipalities, one not opening the sentence, none in the sentence.
        ("Utrecht en Gouda werken samen; haar bijdrage daalt met € 5.000.", [None]),
        ("Volgens de provincie past Utrecht niet; haar bijdrage daalt met € 5.000.", [None]),
        ("Utrecht doet mee. Zijn bijdrage daalt met € 5.000.", [None]),
    ],
)
def test_her_money_is_the_money_of_the_municipality_the_sentence_opens_with(linked, text, codes):
    assert linked(text, possessive) == codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De algemene uitkering stijgt in 2026 met € 7,5 miljoen.", [True]),
        ("De decentralisatie-uitkeringen dalen niet. De integratie-uitkering daalt met € 330.000.", [True]),
        ("In 2019 is hiervan € 742.480 ontvangen.", [True]),
        # A budget estimates it, the fund named after it.
        ("De algemene uitkering uit het gemeentefonds is geraamd op € 77,8 miljoen.", [True]),
        ("De algemene uitkering wordt begroot op € 77,8 miljoen.", [True]),
        # The grant's short name and its year before the verb.
        ("De rijksbijdrage GOA voor 2002 bedraagt € 220.678.", [True]),
        ("De rijksbijdrage voor het project van de stichting bedraagt € 220.678.", [False]),
        # The uitkering's name, capitalised, before the verb.
        ("De decentralisatie-uitkering Maatschappelijke opvang stijgt met € 412.000.", [True]),
        ("De integratie-uitkering Participatie daalt met € 96.000.", [True]),
        ("De decentralisatie-uitkering die de stichting doorgeeft stijgt met € 412.000.", [False]),
        ("De onroerendezaakbelasting is geraamd op € 4,1 miljoen.", [False]),
        # A comparison, the municipality's own taxes, another municipality named, a payment made.
        ("De uitkering per inwoner blijft lager dan het landelijk gemiddelde van € 1.410.", [False]),
        ("De onroerendezaakbelasting stijgt met € 1,5 miljoen.", [False]),
        ("De algemene uitkering van Utrecht stijgt met € 7,5 miljoen.", [False]),
        ("In 2019 is hiervan € 742.480 betaald.", [False]),
    ],
)
def test_money_the_document_municipality_receives_with_no_receiver_named(with_municipalities, text, expected):
    doc, _ = with_municipalities(text)
    links = LinkInput.of(doc)
    assert [received_by_the_document(links, s, e) for s, e in links.amounts] == expected
