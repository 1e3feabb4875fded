"""The forms of a figure of money in running text: each finder on its notation, and a figure without
currency only where it is money (not a count, a weight or a shortfall of things)."""

from __future__ import annotations

import pytest

from pipeline.extract.amount_forms import (
    Candidate,
    digits_euro_word,
    digits_scale,
    euro_sign_digits,
    number_word_scale,
    word_anchors,
)


def texts(candidates: list[Candidate], text: str) -> list[str]:
    return [text[c.start : c.end] for c in candidates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Den Haag (€ 950.000) en", ["€ 950.000"]),
        ("een bedrag van €950.000,- voor", ["€950.000,-"]),
        ("EUR 2,1 mld in 2016", ["EUR 2,1 mld"]),
        ("k€ 450 of € 450k", ["k€ 450", "€ 450k"]),
        ("€ 2 mln. extra", ["€ 2 mln."]),
        ("kost $ 5 miljoen", ["$ 5 miljoen"]),
        ("€ 7,5 miljoen", ["€ 7,5 miljoen"]),
        ("artikel € 10.1.6", []),
        ("€ 1.2.2016", []),
        ("€ abc", []),
    ],
)
def test_euro_sign_digits(text, expected):
    assert texts(euro_sign_digits(text), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7,5 mln euro voor", ["7,5 mln euro"]),
        ("950.000 euro", ["950.000 euro"]),
        ("450 k€", ["450 k€"]),
        ("5 miljoen dollar", ["5 miljoen dollar"]),
        ("25 euro's", ["25 euro's"]),
        ("25 euro-landen", []),
        ("7.000 mensen", []),
        ("2016 Europa", []),
        ("de jaren 2016 tot 2019 € 4 miljoen", []),
    ],
)
def test_digits_euro_word(text, expected):
    assert texts(digits_euro_word(text), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het kabinet trekt zes miljoen euro uit.", ["zes miljoen euro"]),
        ("Er is één miljoen euro nodig.", ["één miljoen euro"]),
        ("Dat kost duizend euro.", ["duizend euro"]),
        ("Ik vond vijftig euro op straat.", ["vijftig euro"]),
        ("Het gaat om een paar honderd euro per gezin.", []),
        ("Het kost enkele duizenden euro's.", []),
        ("Het is 7,5 miljoen euro.", []),
        ("Er is een subsidie van anderhalf miljoen voor de aanpak.", ["anderhalf miljoen"]),
        ("De gemeente krijgt twee ton subsidie.", ["twee ton"]),
        # The particle of a separable verb of granting after the figure (kennen ... toe).
        ("Voor Ede is budget gereserveerd en aan Wageningen kennen wij twee ton toe.", ["twee ton"]),
        ("Er wonen anderhalf miljoen mensen.", []),
        ("De subsidie gaat naar anderhalf miljoen inwoners.", []),
        ("Er werd twee ton CO2 bespaard met het budget.", []),
        ("De vrachtwagen weegt twee ton.", []),
    ],
)
def test_number_word_scale(text, expected):
    assert texts(number_word_scale(text), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A headline under a dateline, its article's first paragraph in euros.
        ("DAGBLAD 14 FEB 2024\nTwee ton voor nieuw dorpshuis\n\nDORP - De provincie draagt € 120.000 bij "
         "en het fonds geeft € 35.000.", ["Twee ton"]),
        # No euro in the lead, a weight in the headline, a long line of prose: no amount.
        ("DAGBLAD 14 FEB 2024\nTwee ton voor nieuw dorpshuis\n\nDORP - Het dorpshuis krijgt een zaal.", []),
        ("DAGBLAD 14 FEB 2024\nTwee ton zand voor het strand\n\nDORP - Het kost € 5.000.", []),
        ("Het dorp ziet twee ton voor het nieuwe dorpshuis als een mooi begin van een lange reeks plannen die"
         " nog moeten komen\n\nDe provincie geeft € 5.000.", []),
    ],
)
def test_a_headline_over_an_article_in_euros(text, expected):
    assert texts(number_word_scale(text), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The headline's last word wrapped onto a line of its own, a byline over the lead; money
        # shared out 'over' the villages.
        ("Provincie verdeelt 2,9 miljoen over dorpen: Drachten grootste\nwinnaar\n\nVan onze verslaggever\n"
         "LEEUWARDEN - De gemeente Smallingerland krijgt € 650.000 voor het centrum.", ["2,9 miljoen"]),
        # A lead without euros under the wrapped headline: no amount.
        ("Provincie verdeelt 2,9 miljoen over dorpen: Drachten grootste\nwinnaar\n\nVan onze verslaggever\n"
         "LEEUWARDEN - Het centrum van Drachten is de grootste winnaar.", []),
        # A request in the sentence makes the figure money.
        ("Over de aanvraag van 2,9 miljoen voor het sportpark beslist de provincie later.", ["2,9 miljoen"]),
    ],
)
def test_a_wrapped_headline_and_a_request_give_a_figure_money(text, expected):
    assert texts(digits_scale(text), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A Frisian headline over the Dutch one in euros: 'foar' is 'voor' (the second figure is the
        # euro amount's own, which the euro rule widens).
        ("Provinsje jout 1,8 miljoen foar doarpshuzen\nProvincie trekt € 1,8 miljoen uit voor dorpshuizen\n",
         ["1,8 miljoen", "1,8 miljoen"]),
        # A counted noun after the figure: no money.
        ("Provinsje telt 1,8 miljoen besikers\nProvincie trekt € 1,8 miljoen uit voor dorpshuizen\n",
         ["1,8 miljoen"]),
    ],
)
def test_a_frisian_headline_figure_without_euro(text, expected):
    assert texts(digits_scale(text), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er is een bijdrage van 2,5 miljoen beschikbaar.", ["2,5 miljoen"]),
        ("Het budget is 1,5 ton.", ["1,5 ton"]),
        ("Nederland telt 17 miljoen inwoners.", []),
        ("Er kwamen 2 miljoen bezoekers.", []),
        # The typewriter's guilder sign before the figure: no euro, however much money is spoken of.
        ("De lasten bedragen f 512,3 miljoen.", []),
        ("De lasten bedragen fl. 2 miljoen.", []),
        ("Het budget is Hfl 1,5 ton.", []),
        ("De bijdrage is 6,2 miljoen, zie bijlage f.", ["6,2 miljoen"]),
        ("Met de subsidie kregen 2 miljoen meer mensen hulp.", []),
    ],
)
def test_digits_scale(text, expected):
    assert texts(digits_scale(text), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bulleted list under a lead-in that speaks of money, a blank line between them.
        ("Hierbij de verdeling van het tekort (bedragen in euro's):\n\n- Assen: 1,1 mln\n- Emmen: 480k\n",
         ["1,1 mln", "480k"]),
        ("De bijdrage per gemeente in euro:\n\u2022 Assen: 2,5 miljoen\n\u2022 Emmen: 1,2 miljoen\n",
         ["2,5 miljoen", "1,2 miljoen"]),
        # A lead-in that speaks of people: no money.
        ("De deelnemers per gemeente:\n- Assen: 1,1 mln\n- Emmen: 480k\n", []),
    ],
)
def test_a_list_under_a_money_lead_in(text, expected):
    assert texts(digits_scale(text), text) == expected


def test_word_anchors_skip_scales_after_digits():
    text = "zes miljoen euro en 7 miljoen"
    assert [text[s:e] for s, e in word_anchors(text)] == ["miljoen", "euro"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A news lead in euros as a word under a headline without currency.
        ("Twee ton voor nieuwe speeltuin in Urk\n12 mei 2024, 08:10 | Redactie\n"
         "Urk krijgt 200.000 euro van de provincie.", ["Twee ton"]),
        # A figure that ends the headline, the byline on the next line.
        ("Lelystad krijgt € 1,5 miljoen, Dronten twee ton\nDoor onze verslaggever\nHet Rijk trekt geld uit.",
         ["twee ton"]),
        # The sentence before in the paragraph gave an amount in euro.
        ("Almere krijgt € 2,3 miljoen. Dronten moet het doen met twee ton, voor de haven.", ["twee ton"]),
        # A verb of asking after the figure, the money word further on in its clause.
        ("De wethouder is boos. \"Wij hadden 1,2 miljoen gevraagd voor het plein en krijgen niks.\"",
         ["1,2 miljoen"]),
        ("Lees ook\nAssen wil 180 miljoen investeren in het stationsgebied | 9 april 2025", ["180 miljoen"]),
        # A counted noun stays no money; a sentence before on another line gives no context.
        ("Almere krijgt € 2,3 miljoen. Er kwamen 2 miljoen bezoekers naar de haven.", []),
        ("Almere krijgt € 2,3 miljoen.\n\nDronten moet het doen met twee ton, voor de haven.", []),
        ("Twee ton voor de haven\nDoor onze verslaggever\nDe haven van Urk verzet twee ton vis per dag.", []),
    ],
)
def test_figures_without_currency_in_a_news_article(text, expected):
    # Not the figures after '€': the euro rule reads those.
    found = sorted((c for c in number_word_scale(text) + digits_scale(text) if "€" not in text[c.start - 2:c.start]),
                   key=lambda c: c.start)
    assert texts(found, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English figures: two comma groups or a comma group before a decimal point, which Dutch never writes.
        ("a budget of €1,234,567.50 was approved", ["€1,234,567.50"]),
        ("pays EUR 12,345.60 in advance", ["EUR 12,345.60"]),
        ("EUR 2.5 million from the ERDF", ["EUR 2.5 million"]),
        # German and French scale words and the French 'd'euros'.
        ("beteiligt sich mit 2,5 Mio. Euro", ["2,5 Mio. Euro"]),
        ("reçoit 2,5 millions d'euros", ["2,5 millions d'euros"]),
        ("erhält 1.480.000,50 EUR", ["1.480.000,50 EUR"]),
        ("une subvention de 1 480 000 euros", ["1 480 000 euros"]),
    ],
)
def test_money_in_english_german_and_french_notation(text, expected):
    found = euro_sign_digits(text) + digits_euro_word(text) + digits_scale(text)
    widest = [c for c in found if not any(o is not c and o.start <= c.start and c.end <= o.end for o in found)]
    assert sorted(set(texts(widest, text))) == sorted(expected)


@pytest.mark.parametrize("text", [
    "Figures 1,5 and 7 show the results.", "The city has 30,000 inhabitants.", "The project runs until 2027.",
    "In 1,250,000 households"])
def test_english_figures_that_are_no_money(text):
    assert euro_sign_digits(text) + digits_euro_word(text) == []
