"""Money a municipality must pay, in a third party's sentence (pipeline.link.must_pay)."""

from __future__ import annotations


def test_the_payer_before_a_modal_and_the_verb_last_after_a_long_object(links_of):
    text = ("ARNHEM - De gemeente Arnhem moet de huurder van het paviljoen aan de oever van de Rijn € 85.000 "
            "schadevergoeding betalen.\n")
    assert links_of(text) == [("€ 85.000", "GM0202")]


def test_money_it_need_not_pay_is_still_what_it_is_asked_for(links_of):
    assert links_of("Gemeente Arnhem hoeft de ontwikkelaar geen € 2 miljoen te betalen\n") == [("€ 2 miljoen", "GM0202")]


def test_inverted_after_an_adverb_and_the_sum_after_the_verb(links_of):
    text = "Bovendien moet Arnhem de kosten van de advocaat vergoeden, € 4.250.\n"
    assert links_of(text) == [("€ 4.250", "GM0202")]


def test_a_noun_before_the_modal_is_the_payer_not_the_municipality(links_of):
    # 'Huurder moet Arnhem ...': the municipality after the modal is the one paid, not a subject after an adverb.
    assert links_of("Huurder moet in Arnhem € 4.250 huur betalen.\n") == [("€ 4.250", None)]


def test_a_modal_without_a_verb_of_paying(links_of):
    assert links_of("De gemeente Arnhem moet € 85.000 bezuinigen op cultuur.\n") == [("€ 85.000", None)]


_TO_THE_COLLEGE = ("Inspectie | Postbus 90801 | 2509 LV Den Haag\nCollege van burgemeester en wethouders van Arnhem\n"
                   "Postbus 9200\n6800 HA  ARNHEM\n\nGeacht college,\n\n")


def test_the_reader_of_a_letter_to_one_college_must_pay(links_of):
    text = _TO_THE_COLLEGE + "U moet het bedrag van € 18.000 binnen zes weken na de datum van deze beschikking betalen.\n"
    assert links_of(text) == [("€ 18.000", "GM0202")]


def test_the_reader_must_pay_nothing_when_the_letter_is_to_no_college(links_of):
    text = "Geachte heer Jansen,\n\nU moet het bedrag van € 18.000 binnen zes weken betalen.\n"
    assert links_of(text) == [("€ 18.000", None)]


def test_what_a_municipality_is_out_of_pocket(links_of):
    text = "De gemeente Arnhem is de komende twee jaar ruim € 210.000 kwijt aan wachtgeld.\n"
    assert links_of(text) == [("ruim € 210.000", "GM0202")]


def test_what_any_municipality_of_a_size_is_out_of_pocket_is_no_ones(links_of):
    text = "Een gemeente van 50.000 inwoners is zo'n € 10.000 per verkiezing extra kwijt, zegt de VNG over Arnhem.\n"
    assert links_of(text)[0][1] is None


def test_a_headline_wrapped_before_its_verb(links_of):
    text = "Gemeente Arnhem hoeft projectontwikkelaar geen € 3,4 miljoen\nte betalen\n\nDe rechtbank besliste vandaag.\n"
    assert links_of(text) == [("€ 3,4 miljoen", "GM0202")]
