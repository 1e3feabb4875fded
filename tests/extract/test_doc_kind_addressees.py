"""Whom a letter is addressed to and who signs it (the Kamer, the executive's own council), on texts written for
these tests and pages drawn as PDFs."""

from __future__ import annotations

from pipeline.extract import doc_kind_addressees as addressees
from tests.fixtures.documents import describe_pages, drawn_evidence, text_evidence

PROSE = ("De provincie werkt samen met de gemeenten aan een nieuwe aanpak van de jeugdzorg in de regio, zodat kinderen "
         "sneller de hulp krijgen die zij nodig hebben.")
KAMERBRIEF = (
    "> Retouradres Postbus 20011 2500 EA Den Haag\n\nDe Voorzitter van de Tweede Kamer\nder Staten-Generaal\n"
    "Postbus 20018\n2500 EA DEN HAAG\n\nDatum 12 juni 2024\nBetreft Aanpak jeugdzorg\n\n"
    "Geachte voorzitter,\n\n" + PROSE + "\n\nHoogachtend,\n\nDe staatssecretaris,\n"
)


def test_a_sentence_that_names_the_kamer_addresses_no_letter_to_it():
    advice = ("Raad van State\n\n's-Gravenhage, 17 april 2024\n\nAan de Koning\n\n" + PROSE + "\n\nDe Afdeling "
              "adviseert daarmee rekening te houden voordat het voorstel bij de Tweede Kamer der Staten-Generaal "
              "wordt ingediend.\n\nDe vice-president van de Raad van State,\n\nTh.C. de Graaf\n")
    assert (describe_pages(advice).doc_type, describe_pages(advice).doc_kind) == ("brief", "brief")
    assert not addressees.to_kamer(text_evidence(advice))
    assert addressees.to_kamer(text_evidence(KAMERBRIEF))


def test_a_short_kamerbrief_without_closing_is_not_signed_by_the_kamer_in_its_head():
    # Five lines of a 1970s letter: its last lines reach back to the addressee and the griffie's stamp.
    letter = ("Ministerie van Verkeer en Waterstaat\n\n's-Gravenhage, 3 mei 1974\n\nAan de Voorzitter van de Tweede Kamer "
              "der Staten-Generaal INGEKOMEN 6 MEI 1974 GRIFFIE\n\n" + PROSE + "\n\nDe Minister van Verkeer en Waterstaat,"
              "\n\n(Drs. T.E. Westerterp)\n")
    assert not addressees.from_kamer(text_evidence(letter))
    assert describe_pages(letter).doc_kind == "kamerbrief"
    # A committee's griffier who signs after the body still writes from the Kamer.
    griffier = letter.replace("De Minister van Verkeer en Waterstaat,", "De griffier van de vaste commissie,")
    assert addressees.from_kamer(text_evidence(griffier))


def test_a_kamerstuk_letter_whose_long_title_is_a_sentence_is_not_signed_by_its_addressee_line():
    # The Kamerstuk's title runs past a heading's length, so the body seems to start above the addressee line,
    # which the short letter's last lines then reach: an addressee line is never the signature.
    letter = ("Tweede Kamer der Staten-Generaal\nVergaderjaar 1983-1984\n\n18 100 Hoofdstuk XI\n\nVaststelling van de "
              "begroting van de uitgaven en de ontvangsten van het Ministerie van Volkshuisvesting, Ruimtelijke Ordening "
              "en Milieubeheer (XI) voor het jaar 1984\n\nNr. 58 BRIEF VAN DE MINISTER VAN VOLKSHUISVESTING\n\n"
              "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n" + PROSE + "\n\nDe Minister van "
              "Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer,\nM. H. Lindeboom\n")
    assert not addressees.from_kamer(text_evidence(letter))
    assert describe_pages(letter).doc_kind == "kamerbrief"
    # Near miss: the Voorzitter of the Kamer who signs the letter still writes from the Kamer.
    signed = letter.replace("De Minister van Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer,",
                            "De Voorzitter van de Tweede Kamer der Staten-Generaal,")
    assert addressees.from_kamer(text_evidence(signed))


def test_gedeputeerde_staten_signing_without_a_closing_above_the_margin_column_write_to_their_own_staten(tmp_path):
    # The text puts the margin column's fields after the body: the signature is the body's last lines, not theirs.
    page = ["M Datum|3 oktober 2025", "M Zaaknummer|02231144",
            "M Uw brief|statenvragen 2210", "M Bijlagen|geen", "M Bezoekadres|Luttenbergstraat 2/8012 EE Zwolle", "",
            "Aan Provinciale Staten van Overijssel", "", "Onderwerp: Uitstel beantwoording statenvragen 2210", "",
            "Geachte Statenleden,", "", "Op 4 september 2025 heeft de heer Bakker schriftelijke vragen gesteld over de "
            "N340. Deze moeten binnen 30 dagen worden beantwoord.", "", "Voor de beantwoording is informatie van "
            "Rijkswaterstaat nodig. Wij streven ernaar de vragen binnen vier weken te beantwoorden.", "",
            "Gedeputeerde Staten van Overijssel,", "", "| H. Smit, secretaris | A. de Vries, voorzitter"]
    assert addressees.to_own_council(drawn_evidence(tmp_path, page))
    # Near miss: Gedeputeerde Staten of another province write to these Staten as any body does.
    other = [ln.replace("Gedeputeerde Staten van Overijssel", "Gedeputeerde Staten van Drenthe") for ln in page]
    (tmp_path / "other").mkdir()
    assert not addressees.to_own_council(drawn_evidence(tmp_path / "other", other))


def test_gedeputeerde_staten_signing_in_two_languages_write_to_their_own_staten():
    letter = ("Provinsje Fryslân\nProvincie Fryslân\n\nAan Provinciale Staten van Fryslân\n\nDatum 3 maart 2025\n"
              "Onderwerp: voortgang jeugdzorg\n\nGeachte Staten,\n\n" + PROSE + "\n\nDeputearre Steaten fan Fryslân / "
              "Gedeputeerde Staten van Fryslân,\n\nA.J. Hoekstra, voorzitter\n")
    assert addressees.to_own_council(text_evidence(letter))
    # Near miss: a body of another province signs in both languages for itself.
    other = letter.replace("Gedeputeerde Staten van Fryslân", "Gedeputeerde Staten van Groningen")
    assert not addressees.to_own_council(text_evidence(other))


def test_a_committee_chair_signing_with_the_committees_long_name_writes_from_the_kamer():
    chair = ("voorzitter van de vaste commissie voor Infrastructuur, Waterstaat en Omgeving / Landbouw, Natuur en "
             "Voedselkwaliteit en Economische Zaken en Klimaat / Financiën")
    text = ("Eerste Kamer der Staten-Generaal\n\nAan de staatssecretaris van Infrastructuur en Waterstaat\n"
            "Postbus 20901\n2500 EX Den Haag\n\ndatum 14 mei 2024\n\nGeachte staatssecretaris,\n\n" + PROSE
            + "\n\nHoogachtend,\n\nmr. A.C. de Wit-Bakker\n" + chair + "\n")
    assert describe_pages(text).doc_kind == "brief"
    # Near miss: a long line that only names the committee further on is no signature of the Kamer.
    sent = ("Een afschrift van deze brief gaat naar de vaste commissie voor Infrastructuur, Waterstaat en Omgeving "
            "van de Tweede Kamer en naar de provincies")
    letter = ("Ministerie van Infrastructuur en Waterstaat\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal"
              "\nPostbus 20018\n2500 EA Den Haag\n\nDatum 14 mei 2024\n\nGeachte voorzitter,\n\n" + PROSE
              + "\n\nHoogachtend,\n\n" + sent + "\n\nDe staatssecretaris van Infrastructuur en Waterstaat,\n")
    assert not addressees.from_kamer(text_evidence(letter))
    assert describe_pages(letter).doc_kind == "kamerbrief"


def test_a_water_boards_daily_board_writes_to_its_own_general_board(tmp_path):
    # A water board's or joint body's general board is to its daily board what a council is to its college: the
    # daily board's information letter to it is a raadsinformatiebrief.
    page = ["# Waterschap Rivierenland", "", "| Aan | de leden van het algemeen bestuur", "| Datum | 3 maart 2025", "",
            "Geachte leden van het algemeen bestuur,", "", PROSE, "", "Hoogachtend,",
            "het dagelijks bestuur van Waterschap Rivierenland,", "| de secretaris-directeur, | de dijkgraaf,"]
    assert addressees.to_own_council(drawn_evidence(tmp_path, page))
    # Near miss: the board's rekenkamer writes to the same general board as any body does.
    other = [ln.replace("het dagelijks bestuur van Waterschap Rivierenland,", "de rekenkamercommissie,") for ln in page]
    (tmp_path / "other").mkdir()
    assert not addressees.to_own_council(drawn_evidence(tmp_path / "other", other))


def test_the_row_of_margin_labels_a_scan_ran_into_the_addressee_line_leaves_the_council_addressed():
    letter = ("GEMEENTE OLDAMBT\n\nAan de gemeenteraad uw brief van ons kenmerk behandeld door\n- BZ/91/117 K. Dijk\n\n"
              "Winschoten, 4 maart 1991\n\nGeachte leden van de raad,\n\n" + PROSE + "\n\nHoogachtend,\n\n"
              "burgemeester en wethouders van Oldambt,\nde secretaris, de burgemeester,\n")
    assert addressees.to_own_council(text_evidence(letter.replace("Geachte leden van de raad", "Geachte heer")))
    # Near miss: one word after the addressee that is no row of labels leaves the line another addressee's.
    other = letter.replace("gemeenteraad uw brief van ons kenmerk behandeld door", "gemeenteraad Datum-commissie")
    assert not addressees.to_own_council(text_evidence(other.replace("Geachte leden van de raad", "Geachte heer")))
