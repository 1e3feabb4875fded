"""Whether a figure without currency stands in a money context (pipeline.extract.money_context),
read through the rules of figures without currency that ask it."""

from __future__ import annotations

import pytest

from pipeline.extract.amount_forms import digits_scale, number_word_scale


def texts(candidates, text):
    return [text[c.start:c.end] for c in candidates]


@pytest.mark.parametrize(("text", "expected"), [
    # A byline with its time between the headline and the lead, the lead's euro written after a scale.
    ("Ruim 3 miljoen voor nieuwe sporthal\n\nDoor J. Jansen | 2 mei 2024, 07:00\n\n"
     "De gemeente heeft 3 miljoen euro bij elkaar voor de hal.", ["3 miljoen", "3 miljoen"]),
    # A lead that speaks of no money: the headline's figure counts visitors, or weight.
    ("Ruim 3 miljoen voor nieuwe sporthal\n\nDoor J. Jansen | 2 mei 2024, 07:00\n\n"
     "De hal trok vorig jaar veel bezoekers.", []),
    # A subheadline and a byline under the headline: the lead is the paragraph after them.
    ("Eilanden halen ruim 30 miljoen op\n\nAmeland wil tarief verhogen; ondernemers morren\nDoor S. Bouma\n\n"
     "De eilanden haalden vorig jaar samen € 30,4 miljoen op.", ["30 miljoen"]),
    ("Eilanden halen ruim 30 miljoen op\n\nAmeland wil tarief verhogen; ondernemers morren\nDoor S. Bouma\n\n"
     "De eilanden trokken vorig jaar 30 miljoen gasten.", []),
])
def test_a_headline_over_a_byline_reads_the_lead_under_it(text, expected):
    assert texts(digits_scale(text), text) == expected


def test_a_headline_over_a_byline_on_the_leads_first_line():
    # The lead runs on past the part read under the headline: its byline is a line, no paragraph.
    text = ("Twee ton voor laadpalen\n\n14 augustus 2023, 07:55 | Redactie\nZeewolde krijgt 200.000 euro van de "
            "provincie " + "voor laadpalen. " * 30)
    assert texts(number_word_scale(text), text)[:1] == ["Twee ton"]


@pytest.mark.parametrize(("text", "expected"), [
    # The clause after a semicolon reads the euro of the clause before it; so does a verb of raising money.
    ("De eerste fase kost € 2,25 miljoen; de stichting moet dus nog twee ton ophalen.", ["twee ton"]),
    ("Het dak kost € 90.000; de club wil nog twee ton inzamelen.", ["twee ton"]),
    # A weight after a clause of money, a counted noun after the figure: no amount.
    ("De eerste fase kost € 2,25 miljoen; de kraan tilt twee ton staal.", []),
])
def test_a_clause_after_a_semicolon_reads_the_money_before_it(text, expected):
    assert texts(number_word_scale(text), text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A figure that makes a thing dearer or cheaper is money, also in a quoted headline.
    ("Kent u het bericht ‘Verdubbeling N33 bijna 70 miljoen duurder’?", ["70 miljoen"]),
    ("De nieuwe brug wordt 2,5 miljoen goedkoper dan geraamd.", ["2,5 miljoen"]),
    # A figure a municipality falls short is money too.
    ("Hengelo komt ruim 6 miljoen tekort.", ["6 miljoen"]),
    # Dearer in the sentence, a count after the figure: no amount.
    ("Het OV wordt duurder, zeggen 2 miljoen reizigers.", []),
])
def test_a_figure_that_makes_a_thing_dearer_is_money(text, expected):
    assert texts(digits_scale(text), text) == expected
