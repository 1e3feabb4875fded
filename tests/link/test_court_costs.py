"""The costs of a case a ruling orders paid by or to the college (pipeline.link.court_costs)."""

from __future__ import annotations

_PARTIES_EDE = ("RECHTBANK GELDERLAND\nuitspraak van de enkelvoudige kamer in de zaak tussen\n"
                "Stichting Dorpshuis De Linde, uit Ede, eiseres\nen\n"
                "het college van burgemeester en wethouders van de gemeente Ede, verweerder.\n\n"
                "Verweerder heeft eiseres een subsidie verleend van € 20.000.\n\nBeslissing\nDe rechtbank:\n")


def test_costs_the_college_is_ordered_to_pay_carry_its_municipality(links_of):
    text = _PARTIES_EDE + ("- draagt verweerder op het betaalde griffierecht van € 365 aan eiseres te vergoeden;\n"
                           "- veroordeelt verweerder in de proceskosten van eiseres tot een bedrag van € 1.814.\n")
    assert links_of(text) == [("€ 20.000", None), ("€ 365", "GM0228"), ("€ 1.814", "GM0228")]


def test_costs_paid_to_the_college_as_appellant(links_of):
    text = ("Uitspraak op het hoger beroep van:\nhet college van burgemeester en wethouders van Zwolle,\nappellant,\n"
            "tegen de uitspraak van de rechtbank in het geding tussen het college en de minister.\n\n"
            "V. veroordeelt de minister tot vergoeding van bij het college in verband met de behandeling van het "
            "hoger beroep opgekomen proceskosten tot een bedrag van € 2.000,00;\n"
            "VI. gelast dat de minister aan het college het betaalde griffierecht ten bedrage van € 548,00 vergoedt.\n")
    assert links_of(text) == [("€ 2.000,00", "GM0193"), ("€ 548,00", "GM0193")]


def test_costs_between_the_other_parties_are_no_ones(links_of):
    # The college is no party to the order: a minister pays a foundation.
    text = ("RECHTBANK GELDERLAND\nuitspraak in de zaak tussen\nStichting Dorpshuis De Linde, uit Ede, eiseres\nen\n"
            "de minister van Binnenlandse Zaken, verweerder.\n\nBeslissing\n"
            "- veroordeelt verweerder in de proceskosten van eiseres tot een bedrag van € 1.814.\n")
    assert links_of(text) == [("€ 1.814", None)]


def test_the_colleges_other_money_in_the_ruling_is_not_costs(links_of):
    text = _PARTIES_EDE + "- bepaalt dat verweerder de subsidie vaststelt op € 18.000.\n"
    assert links_of(text)[-1] == ("€ 18.000", None)


def test_the_parties_on_the_first_page_and_the_orders_on_the_next():
    from pipeline.process import process_raw
    from pipeline.records import RawDocument, RawPage

    first = _PARTIES_EDE.split("\n\nBeslissing")[0] + "\n"
    second = ("Beslissing\nDe rechtbank:\n- verklaart het beroep gegrond;\n"
              "- veroordeelt verweerder in de proceskosten van eiseres tot een bedrag van € 1.814.\n")
    raw = RawDocument(source="uitspraak.pdf", doc_id="0123456789abcdef", ingest="text",
                      pages=(RawPage(number=1, text=first, method="text"), RawPage(number=2, text=second, method="text")))
    assert [(a.text, a.municipality_code) for a in process_raw(raw).amounts] == [("€ 20.000", None),
                                                                                ("€ 1.814", "GM0228")]


_APPEAL_DORDRECHT = ("Uitspraak op het hoger beroep van:\nhet college van burgemeester en wethouders van Dordrecht,\n"
                     "appellant,\ntegen de uitspraak van de rechtbank in het geding tussen:\n[partij], wonend te "
                     "Dordrecht,\nen\nhet college.\n\nBeslissing\n")


def test_costs_the_college_named_in_full_is_ordered_to_pay(links_of):
    # The order names the college by its full name, not by its role or as 'het college'.
    text = _APPEAL_DORDRECHT + ("II. veroordeelt het college van burgemeester en wethouders van Dordrecht tot "
                                "vergoeding van bij [partij] opgekomen proceskosten tot een bedrag van € 1.750,00;\n"
                                "III. bepaalt dat van het college van burgemeester en wethouders van Dordrecht een "
                                "griffierecht van € 548,00 wordt geheven.\n")
    assert links_of(text) == [("€ 1.750,00", "GM0505"), ("€ 548,00", "GM0505")]


def test_a_court_fee_levied_from_another_party_is_not_the_colleges(links_of):
    text = _APPEAL_DORDRECHT + "III. bepaalt dat van [partij] een griffierecht van € 184,00 wordt geheven.\n"
    assert links_of(text) == [("€ 184,00", None)]


_PARTIES_MUNICIPALITY = ("RECHTBANK NOORD-NEDERLAND\nuitspraak in de zaak tussen\nde gemeente Midden-Groningen, "
                         "eiseres\n(gemachtigde: mr. A. Bos),\nen\nGedeputeerde Staten van Groningen (GS).\n\n")


def test_costs_paid_to_a_municipality_that_is_itself_the_party(links_of):
    text = _PARTIES_MUNICIPALITY + ("Beslissing\n- bepaalt dat GS het griffierecht van € 365 aan eiseres moeten "
                                    "vergoeden;\n- veroordeelt GS tot betaling van € 1.814 aan proceskosten aan "
                                    "eiseres.\n")
    assert links_of(text) == [("€ 365", "GM1952"), ("€ 1.814", "GM1952")]


def test_costs_between_others_where_a_municipality_is_no_party(links_of):
    # 'de gemeente' names where a party lives, with no role after it.
    text = ("uitspraak in de zaak tussen\n[eiser], wonend in de gemeente Midden-Groningen\nen\nGedeputeerde Staten "
            "van Groningen, verweerder.\n\nBeslissing\n- veroordeelt verweerder tot betaling van € 1.814 aan "
            "proceskosten aan eiser.\n")
    assert links_of(text) == [("€ 1.814", None)]


def test_the_sum_of_the_costs_ordered_in_the_sentences_before(links_of):
    text = _PARTIES_EDE.split("\n\nBeslissing")[0] + (
        "\n\n7. Omdat het beroep gegrond is, krijgt eiseres een vergoeding van haar proceskosten. Verweerder moet "
        "deze vergoeding betalen. De vergoeding bedraagt € 1.750, met een waarde per punt van € 875.\n")
    # The value of a point is a rate for everyone, not the sum.
    assert links_of(text) == [("€ 20.000", None), ("€ 1.750", "GM0228"), ("€ 875", None)]


def test_the_municipality_party_on_the_first_page_and_the_orders_on_the_next():
    from pipeline.process import process_raw
    from pipeline.records import RawDocument, RawPage

    second = ("Beslissing\nDe rechtbank:\n- verklaart het beroep gegrond;\n"
              "- veroordeelt GS tot betaling van € 1.814 aan proceskosten aan eiseres.\n")
    raw = RawDocument(source="uitspraak.pdf", doc_id="0123456789abcdef", ingest="text",
                      pages=(RawPage(number=1, text=_PARTIES_MUNICIPALITY, method="text"),
                             RawPage(number=2, text=second, method="text")))
    assert [(a.text, a.municipality_code) for a in process_raw(raw).amounts] == [("€ 1.814", "GM1952")]


def test_an_order_that_names_the_municipality_itself_as_the_payer(links_of):
    text = ("Uitspraak in het geding tussen [eiser] en burgemeester en wethouders van Dordrecht.\n\nBeslist wordt:\n"
            "veroordeelt verweerder in de kosten van dit geding, begroot op € 644,37, te betalen door de gemeente "
            "Dordrecht aan eiser;\n"
            "bepaalt dat de gemeente Dordrecht aan eiser het door hem betaalde griffierecht van € 102,10 vergoedt.\n")
    assert links_of(text) == [("€ 644,37", "GM0505"), ("€ 102,10", "GM0505")]


def test_an_order_that_names_where_a_party_lives_is_not_the_municipalitys(links_of):
    text = ("Beslist wordt:\nveroordeelt de Staat in de kosten van dit geding, begroot op € 644,37, te betalen aan "
            "eiser, wonend in Dordrecht.\n")
    assert links_of(text) == [("€ 644,37", None)]
