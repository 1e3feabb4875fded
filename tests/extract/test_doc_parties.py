"""Sender, addressee and reference: person prefixes, organisations, an addressee without address."""

from __future__ import annotations

import pytest

from pipeline.extract.doc_evidence import Evidence
from pipeline.extract.doc_parties import (
    addressed_line,
    addressee_without_address,
    letter_parties,
    organisation_of,
    person_prefix,
    reference,
    signs_for_a_post,
)
from pipeline.extract.document import evidence
from pipeline.records import CleanPage


def ev(text: str) -> Evidence:
    return evidence((CleanPage.from_text(text),))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("mr. G.A. Van der Steur", ("mr. G.A. Van der Steur", "")),
        ("F.M. Weerwind", ("F.M. Weerwind", "")),
        ("t.a.v. de heer J. de Vries", ("de heer J. de Vries", "")),
        ("P.H. Snijders burgemeester", ("P.H. Snijders", "burgemeester")),
        ("drs. Th.C. de Graaf-Jansen", ("drs. Th.C. de Graaf-Jansen", "")),
        ("De minister van Veiligheid en Justitie", None),
        ("Postbus 20301", None),
    ],
)
def test_person_prefix(line, expected):
    assert person_prefix(line) == expected


@pytest.mark.parametrize(
    ("line", "organisation"),
    [
        ("Burgemeester Almere en Voorzitter Districtelijk Veiligheidscollege Flevoland", "Gemeente Almere"),
        ("De burgemeester van 's-Hertogenbosch,", "Gemeente 's-Hertogenbosch"),
        ("burgemeester en wethouders van Zwolle,", "Gemeente Zwolle"),
        ("Het college van burgemeester en wethouders van de gemeente Den Helder,", "Gemeente Den Helder"),
        ("College van B&W van de gemeente Zwolle", "Gemeente Zwolle"),
        ("Aan het college van B en W van Zwolle", "Gemeente Zwolle"),
        ("Gedeputeerde Staten van Gelderland,", "Provincie Gelderland"),
        ("Burgemeester en Wethouders der gemeente Borne,", "Gemeente Borne"),
        ("De Burgemeester der gemeente Nieuw-Helvoet", "Gemeente Nieuw-Helvoet"),
        ("De Minister van Veiligheid en Justitie,", "Minister van Veiligheid en Justitie"),
        ("de Staatssecretaris van Justitie en Veiligheid,", "Staatssecretaris van Justitie en Veiligheid"),
        ("Gemeente Utrecht", "Gemeente Utrecht"),
        # The secretary of a body signs for it as a post ('De Secretaris van de Raad van State,').
        ("De Secretaris van de Raad van State,", "Secretaris van de Raad van State"),
        ("De secretaris heeft de stukken rondgezonden.", None),
        ("Gemeentelijke Gezondheidsdienst Utrecht", None),
        ("burgemeester", None),
        ("Wij zien uw reactie graag tegemoet.", None),
    ],
)
def test_organisation_of(line, organisation):
    assert organisation_of(line) == organisation


@pytest.mark.parametrize(
    ("line", "signs"),
    [
        ("De Minister van Verkeer en Waterstaat,", True),
        ("De Staatssecretaris van Financiën, namens deze,", True),
        # An older letter opens the mandate with a colon.
        ("De Minister van Binnenlandse Zaken, voor deze:", True),
        ("De Minister van Sociale Zaken, namens deze:", True),
        # Near miss: a sentence that introduces a list after the post names no mandate.
        ("De Minister van Binnenlandse Zaken, zo bleek, besloot:", False),
        ("De Minister van Binnenlandse Zaken", False),
        # The signature joined to the last paragraph by the clean stage: its last sentence signs.
        ("De reserve heeft haar doel bereikt. Het college van burgemeester en wethouders van Gooise Meren, "
         "de secretaris, de burgemeester,", True),
        # ... not a sentence that names a post in the middle of a paragraph.
        ("De reserve heeft haar doel bereikt. Wij vroegen de minister van Financiën, zoals afgesproken,", False),
        # The place-date line above joined to the post by the clean stage.
        ("Utrecht, 22 mei 2024 burgemeester en wethouders van Utrecht, namens dezen,", True),
        ("Utrecht, 22 mei 2024 de teamleider van het Buurtteam, namens dezen,", False),
    ],
)
def test_a_post_signs_also_with_its_mandate_behind_a_colon(line, signs):
    assert signs_for_a_post(line) is signs


def test_reference_needs_a_value_with_a_digit():
    assert reference(ev("Ons kenmerk\n2016-004512\n")) == "2016-004512"
    assert reference(ev("Ons kenmerk: BOA/2017/12\n")) == "BOA/2017/12"
    # OCR where the margin label stands before an unrelated body line.
    assert reference(ev("Ons kenmerk\n. De versterkingsgelden die het ministerie beschikbaar stelt\n")) is None


@pytest.mark.parametrize(
    ("text", "addressee", "person"),
    [
        ("De minister van Veiligheid en Justitie\n\nAanvraag versterkingsgelden\n\nGeachte heer Van der Steur,\n",
         "Minister van Veiligheid en Justitie", None),
        ("Aan de gemeenteraad van Ede\n\nVoortgang aanpak ondermijning\n\nGeachte raadsleden,\n",
         "Gemeenteraad van Ede", None),
        ("Gemeenteraadsverkiezingen 2018\n\nVoortgang aanpak\n\nGeachte raadsleden,\n", None, None),
        ("Aan de burgemeester van Ede\nde heer R. van der Zwaag\n\nVoortgang aanpak\n\nGeachte heer Van der Zwaag,\n",
         "Burgemeester van Ede", "de heer R. van der Zwaag"),
        ("Voortgang aanpak ondermijning\n\nGeachte raadsleden,\n", None, None),
        # The college's letterhead over a salutation to its council: no addressee (the council is not named).
        ("Gemeente Súdwest-Fryslân\n\nRaadsinformatiebrief\n\nGeachte leden van de raad,\n", None, None),
        ("Gemeente Súdwest-Fryslân\n\nRaadsinformatiebrief\n\nGeachte college,\n", "Gemeente Súdwest-Fryslân",
         None),
    ],
)
def test_addressee_without_postal_address(text, addressee, person):
    assert addressee_without_address(ev(text)) == (addressee, person)


@pytest.mark.parametrize(
    ("head", "addressee"),
    [
        # Under the sender's letterhead, without a postal address.
        ("Ministerie van Binnenlandse Zaken en\nKoninkrijksrelaties\n"
         "Aan het college van burgemeester en wethouders van de gemeente Zwolle\nDatum 12 februari 2025\n",
         "College van burgemeester en wethouders van de gemeente Zwolle"),
        ("Aan het college van burgemeester en wethouders\nvan de gemeente Emmen\nBetreft subsidie\n",
         "College van burgemeester en wethouders van de gemeente Emmen"),
        ("Provincie Gelderland\nAan de gemeenteraad van Arnhem\nOnderwerp toezicht\n", "Gemeenteraad van Arnhem"),
        # A memo's field and a heading that opens with 'Aan' name no addressee here.
        ("Van: afdeling Jeugd\nAan: gemeenteraad\nDatum: 3 maart 2025\n", None),
        ("Aan de slag met de wijkaanpak\nDatum 3 maart 2025\n", None),
    ],
)
def test_an_addressee_named_in_a_line_that_opens_with_aan(head, addressee):
    text = head + "\nGeacht college,\n\nHierbij verleen ik uw gemeente € 125.000.\n\nHoogachtend,\n\nJ. Jansen\n"
    assert addressed_line(ev(text)) == addressee
    if addressee:
        assert letter_parties(ev(text)).addressee == addressee


@pytest.mark.parametrize(
    ("ending", "sender"),
    [
        # The clean stage joined the signing college to the last sentence.
        ("De oplevering is voorzien in 2027. Burgemeester en wethouders van Zwolle, de secretaris, de burgemeester,\n"
         "mr. W. Jansen drs. T. de Vries\n", "Gemeente Zwolle"),
        # 'Burgemeester' alone opening a sentence is a person's title, not the signing college.
        ("De oplevering is voorzien in 2027. Burgemeester Jansen opent de hal, de secretaris,\nmr. W. Jansen\n",
         "mr. W. Jansen"),
    ],
)
def test_a_signing_college_joined_to_the_last_sentence(ending, sender):
    text = "Raadsvoorstel\n\nWij stellen voor een sporthal te bouwen.\n\nVervolg\nNa uw besluit start de bouw. " + ending
    parties = letter_parties(ev(text))
    assert (parties.sender or parties.sender_person) == sender


def test_an_address_line_behind_a_scans_speck_ends_the_addressee():
    # OCR read a speck before 'Postbus': the addressee is the line above the address block.
    text = ("PROVINCIE GELDERLAND\nPostbus 9090, 6800 GX Arnhem\n\n"
            "Aan Burgemeester en Wethouders der gemeente Groesbeek\n_ Postbus 50\n6560 AB GROESBEEK\n\n"
            "Onderwerp: subsidie\n\nGeacht college,\n\nWij verlenen u een subsidie.\n")
    assert letter_parties(ev(text)).addressee == "Burgemeester en Wethouders der gemeente Groesbeek"


@pytest.mark.parametrize(("postal", "addressee"), [
    ("Postbus 371, 8600 AJ Sneek - telefoon (0515) 48 52 00 Aan het college van burgemeester en wethouders van"
     " de gemeente Sneek", "College van burgemeester en wethouders van de gemeente Sneek"),
    # A postal line with no addressee run onto it: the name above the block, as before.
    ("Gemeente Sneek\nPostbus 371, 8600 AJ Sneek - telefoon (0515) 48 52 00", "Gemeente Sneek"),
])
def test_an_addressee_a_scan_ran_onto_the_senders_postal_line(postal, addressee):
    # The sender's postal line printed right above the address block, read as one line with its first.
    text = ("MILIEUDIENST ZUIDWEST-FRIESLAND\n\n" + postal + "\nPostbus 10\n8600 AA SNEEK\n\n"
            "Onderwerp: bijdrage 2000\n\nGeacht college,\n\nUw bijdrage over 2000 bedraagt € 268.570.\n")
    assert letter_parties(ev(text)).addressee == addressee


@pytest.mark.parametrize(("block", "addressee"), [
    # A Woo release: the attention line's name blacked out, a stamp read between name and address.
    ("Gemeente Zaanstad\nWOO DOCUMENT 12 14\nt.a.v. █ 5.1.2e\nPostbus 2000\n1500 GA Zaandam\n", "Gemeente Zaanstad"),
    ("Gemeente Zaanstad\nt.a.v. █ 5.1.2e\nPostbus 2000\n1500 GA Zaandam\n", "Gemeente Zaanstad"),
    # A line the layout set above a name that is no organisation it knows stays out.
    ("Retouradres Postbus 20350 2500 EJ Den Haag\nStichting Sportief Zaanstad\nPostbus 2000\n1500 GA Zaandam\n",
     "Stichting Sportief Zaanstad"),
    # A foundation is an organisation: the letterhead above it is the sender's, no stamp.
    ("GEMEENTE ZAANSTAD\nStichting Primair Onderwijs Zaanstreek\nt.a.v. het college van bestuur\nPostbus 86\n"
     "1500 AB Zaandam\n", "Stichting Primair Onderwijs Zaanstreek"),
])
def test_the_addressee_above_a_blacked_out_attention_line_or_a_stamp(block, addressee):
    text = ("Ministerie van Volksgezondheid, Welzijn en Sport\n\n" + block +
            "\nOnderwerp: wijziging beschikking\n\nGeacht college,\n\nHierbij verhoog ik de uitkering.\n")
    assert letter_parties(ev(text)).addressee == addressee


def test_a_college_signing_at_the_end_of_the_joined_last_paragraph_sends_the_document():
    text = ("Raadsvoorstel\nOpheffen reserve Herindeling\n\nArgumenten\nDe reserve heeft daarmee haar doel "
            "bereikt. Het college van burgemeester en wethouders van Gooise Meren, de secretaris, de burgemeester,\n")
    assert letter_parties(ev(text)).sender == "Gemeente Gooise Meren"
    # A paragraph that only mentions the college in its last sentence, without signing, sends nothing.
    text = ("Raadsvoorstel\n\nArgumenten\nDe reserve heeft haar doel bereikt. Dit is besproken met het college "
            "van burgemeester en wethouders van Gooise Meren.\n")
    assert letter_parties(ev(text)).sender is None


def test_a_tables_last_rows_over_a_signing_post_send_nothing():
    # A Statenbrief ends with its annex table and the post's signature, without a closing formula:
    # the last lines include table rows, which name applicants, not the sender.
    text = ("Statenbrief\n\nAanvrager\tGemeente\tProject\tBijdrage (€)\n"
            "Gemeente Loppersum\tLoppersum\tWierde Eenum, monument\t61.000\n"
            "Totaal\t\t\t61.000\n\nGedeputeerde Staten van Groningen,\nvoorzitter, secretaris,\n")
    assert letter_parties(ev(text)).sender == "Provincie Groningen"


def test_a_paragraph_naming_another_municipality_over_the_signing_college_sends_nothing():
    # A proposal ends without a closing: its last paragraph names a contributing municipality, its college signs.
    text = ("Raadsvoorstel\n\nFinanciën\nDe gemeente Eindhoven draagt bij omdat ook haar bedrijven de hal gebruiken.\n"
            "Burgemeester en wethouders van Helmond,\n")
    assert letter_parties(ev(text)).sender == "Gemeente Helmond"
