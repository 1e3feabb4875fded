"""Whose document it is and whom it is addressed to (pipeline.link.parties): the sender's, the addressee's and
a report's municipality, read from the document's head."""

from __future__ import annotations

import pytest

from pipeline.link.parties import addressee_municipality, document_municipality, sender_municipality


def test_a_title_taken_from_the_subject_field_names_no_owner_on_a_later_page(document_info):
    info = document_info(doc_type="overig", title="Uittreding gemeente Gouda per 1 januari 2027")
    first_page = "Recreatieschap Groene Hart\nOnderwerp Uittreding gemeente Gouda per 1 januari 2027\nAanleiding"
    assert document_municipality(info, "Gevolgen\nDe deelnemers betalen mee.", (), first_page) is None
    assert document_municipality(info, "Gevolgen\nDe deelnemers betalen mee.") == "GM0513"


@pytest.mark.parametrize(
    ("addressee", "code"),
    [
        ("Gemeente Almere t.a.v. het college van burgemeester en wethouders", "GM0034"),
        ("College van burgemeester en wethouders van Zwolle", "GM0193"),
        ("Het college van burgemeester en wethouders van de gemeente Utrecht", "GM0344"),
        ("Gemeenteraad van Arnhem", "GM0202"),
        ("De raad van de gemeente Emmen", "GM0114"),
        # A name whose parts small words join; two municipalities named: the first.
        ("Aan het college van burgemeester en wethouders van Mill en Sint Hubert", "GM0815"),
        ("College van burgemeester en wethouders van Alphen aan den Rijn", "GM0484"),
        ("Gemeente Bergen op Zoom", "GM0748"),
        ("Colleges van burgemeester en wethouders van Goes en Kapelle", "GM0664"),
        ("De heer J. Jansen", None),
        ("Provincie Flevoland", None),
        (None, None),
    ],
)
def test_the_addressees_municipality(addressee, code, document_info):
    info = document_info(doc_type="brief", addressee=addressee)
    assert addressee_municipality(info) == code


@pytest.mark.parametrize(
    ("doc_type", "head", "furniture", "code"),
    [
        ("jaarverslag", "Gemeente Oss | Programmabegroting 2026\n\n6.1 Dekkingsmiddelen", (), "GM0828"),
        ("overig", "Van Rijn Accountants | Accountantsverslag 2024 gemeente Zaltbommel\n\n3 Bevindingen", (),
         "GM0297"),
        # A running header taken off as furniture on a later page.
        ("jaarverslag", "4.2 Reserves\n\nDe reserves zijn overgenomen.", ("Gemeente Utrecht | Jaarstukken 2023",),
         "GM0344"),
        # Two municipalities in the head, none at all, a place without 'gemeente', a letter's head.
        ("jaarverslag", "Gemeente Oss en gemeente Bernheze | Begroting 2026", (), None),
        ("jaarverslag", "Provincie Gelderland | Jaarverslag 2024", (), None),
        ("jaarverslag", "Programmabegroting 2026 Oss", (), None),
        ("brief", "Gemeente Almere\nt.a.v. het college\nPostbus 200", (), None),
        # A college's advice under its own running head, no addressee named.
        ("brief", "Gemeente Almere | B&W-advies\nOnderwerp Aanvullend krediet", (), "GM0034"),
        ("brief", "Aan de gemeente Almere | t.a.v. het college", (), None),
        # ... or its name alone over the kind of paper; not over an addressee's block or a sentence.
        ("brief", "Gemeente Lelystad\n\nCollegeadvies\n\nDatum advies 3 maart 2025", (), "GM0995"),
        ("brief", "Gemeente Lelystad\nPostbus 91\n8200 AB Lelystad", (), None),
        ("brief", "Gemeente Lelystad\nGeachte college,", (), None),
        # A joint body's budget: the sentence of its first paragraph names a member, not whose it is.
        ("jaarverslag", "OV-bureau Noord | Begroting 2025\n5.1 Baten\nHet OV-bureau is een gemeenschappelijke "
         "regeling van de provincies Groningen en Drenthe en de gemeente Groningen.", (), None),
        # A title that names one, a sentence of the head another: no one's document.
        ("overig", "Provincie en gemeente Utrecht bouwen samen\nOok elders wordt gebouwd: zo krijgt de gemeente "
         "Groningen € 6 miljoen van het Rijk voor nieuwe woningen in de binnenstad.", (), None),
        # A table row with its figure at the top of a page names a party of a row, not whose document it is.
        ("jaarverslag", "4.2 Begroting 2025\nOnderdeel\tBegroting 2025 (€)\nSecretariaat (gemeente Almere)\t18.500",
         (), None),
        # A page printed from the municipality's own website: the address over it, whatever its first
        # paragraph names; a news site's address or a letterhead's particulars are no municipality's.
        ("nieuws", "www.kampen.nl\nHome > Nieuws\nAannemer gekozen\nDe provincie betaalt mee, de gemeente Zwolle "
         "levert € 150.000 voor de doorgaande fietsverbinding langs de IJssel naar Zwolle.", (), "GM0166"),
        ("nieuws", "Aannemer gekozen\nHet werk begint in mei.", ("www.rheden.nl/nieuws | afgedrukt 20-01-2025",),
         "GM0275"),
        ("nieuws", "www.rtvoost.nl\nEnschede vordert geld terug", (), None),
        ("nieuws", "Stichting Kade | Postbus 12 | www.kampen.nl\nNieuwsbrief", (), None),
        # A subject field of the head says what the document is about; an item of a decision is no head.
        ("overig", "Recreatieschap Groene Hart | Voorstel aan het algemeen bestuur\nAgendapunt\t4\n"
         "Onderwerp\tUittreding gemeente Gouda per 1 januari 2027", (), None),
        ("overig", "Besluit\n1. de uittreedsom van de gemeente Gouda vast te stellen op € 812.000;", (), None),
        ("jaarverslag", "Gemeente Gouda | Begroting 2026 (bedragen x € 1.000)", (), "GM0513"),
        # Near miss: a short title line of the head that names it still does.
        ("jaarverslag", "Begroting 2025\nFinanciële begroting van de gemeente Groningen\n5.1 Baten", (), "GM0014"),
    ],
)
def test_the_municipality_whose_report_it_is(document_info, doc_type, head, furniture, code):
    info = document_info(doc_type=doc_type)
    assert document_municipality(info, head, furniture) == code


@pytest.mark.parametrize(
    ("addressee", "code"),
    [
        ("College van burgemeester en wethouders van de gemeente Bergen (L.)", "GM0893"),
        ("Het college van de gemeente Bergen (NH.)", "GM0373"),
        ("Gemeente Almere (afdeling Financiën)", "GM0034"),
        # The province in the postal line of a name two municipalities share; none without it.
        ("Gemeente Bergen | Postbus 175 | 1860 AD Bergen (NH)", "GM0373"),
        ("Gemeente Bergen | Postbus 175 | 1860 AD Bergen", None),
    ],
)
def test_an_addressee_named_with_its_province(addressee, code, document_info):
    info = document_info(doc_type="brief", addressee=addressee)
    assert addressee_municipality(info) == code


def test_an_addressees_province_on_the_next_line_of_the_page(document_info):
    # OCR breaks the address line before its bracketed province; the addressee keeps the name alone.
    info = document_info(doc_type="brief", addressee="Het college van de gemeente Bergen")
    head = "Provincie Noord-Holland\nHet college van de gemeente Bergen\n(NH.)\nPostbus 175\n"
    assert addressee_municipality(info, head) == "GM0373"
    assert addressee_municipality(info, head.replace("(NH.)", "(L.)")) == "GM0893"
    # Without a province on the page, or only far below its head: no addressee.
    assert addressee_municipality(info, "Het college van de gemeente Bergen\nPostbus 175\n") is None
    assert addressee_municipality(info, "Geacht college,\n" + "tekst " * 80 + "\nBergen (NH.)") is None


def test_a_senders_shared_name_is_told_apart_by_the_letterhead(document_info):
    info = document_info(doc_type="overig", sender="Gemeente Bergen")
    assert sender_municipality(info, "Gemeente Bergen | Postbus 175 | 1860 AD Bergen (NH)\nRaadsvoorstel") == "GM0373"
    # Without the province anywhere, or only far down the page: no sender.
    assert sender_municipality(info, "Gemeente Bergen | Postbus 175\nRaadsvoorstel") is None
    assert sender_municipality(info, "Raadsvoorstel\n" + "tekst " * 80 + "\nBergen (L)") is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # The college signs its proposal at its foot, its secretary's and mayor's titles beside it.
        ("Raadsvoorstel\n\n" + "Wij stellen voor € 150.000 beschikbaar te stellen. " * 8 + "\n\n"
         "Burgemeester en wethouders van Almere, de secretaris, | de burgemeester,\nmr. A. de Vries", "GM0034"),
        ("Raadsvoorstel\n\n" + "Wij stellen voor € 150.000 beschikbaar te stellen. " * 8 + "\n\n"
         "Het college van burgemeester en wethouders van de gemeente Gouda,\n", "GM0513"),
        # Named in a sentence, not signing, or in a short letter's address: no writer.
        ("Raadsvoorstel\n\nWij sturen dit aan burgemeester en wethouders van Almere.\n", None),
        ("Burgemeester en wethouders van Almere\nPostbus 200\n\nGeacht college,\n\nWij verlenen € 5.000.\n", None),
    ],
)
def test_a_proposal_signed_by_its_college_is_its_own(document_info, text, code):
    assert sender_municipality(document_info(doc_type="overig"), text) == code
