"""The doc_type rules: each rule on its own text, the first that fires decides, nothing gives overig."""

from __future__ import annotations

import pytest

from pipeline.extract.doc_evidence import Evidence
from pipeline.extract.doc_type import (
    DOC_TYPE_RULES,
    classify,
    rule_brief_named,
    rule_brief_opening_formula,
    rule_overig_report_cover,
)
from pipeline.extract.document import describe_document, evidence
from pipeline.ingest import raw_document_from_text
from pipeline.records import CleanPage


def ev(text: str) -> Evidence:
    return evidence((CleanPage.from_text(text),))


KAMERVRAGEN_HEADER = (
    "Vragen van het lid Bruins Slot (CDA) aan de Minister van Binnenlandse Zaken en Koninkrijksrelaties "
    "over subsidies aan moskeeën (ingezonden 4 juni 2019).\n\nHoeveel subsidie ontvingen moskeeën?\n"
)


NUMBERED = "Vraag 1\nHoeveel meldingen kwamen binnen?\n\nAntwoord 1\nTwaalf.\n\nVraag 2\nVan wie?\n\nAntwoord 2\nVan scholen.\n"


LETTER = "Geachte mevrouw De Vries,\n\nHierbij zenden wij u het verslag.\n\nMet vriendelijke groet,\n\nJ. Jansen\n"


ADDRESS = "Stichting Buurtwerk\nPostbus 112\n3500 AC Utrecht\n\nGeachte heer Bakker,\n\nHierbij bevestigen wij uw deelname.\n"


MARGIN = "Datum: 2 mei 2018\nOns kenmerk: 18/4471\n\nHierbij ontvangt u de stukken voor de vergadering.\n"


AGREEMENT = (
    "Uitvoeringsovereenkomst beheer speeltuinen\nKenmerk: DVO-2025-07\n\nPartijen\n1. De gemeente Epe;\n"
    "2. Stichting Speelruimte Epe.\n\nArtikel 1 Doel\nDe stichting beheert de speeltuinen.\n\n"
    "Aldus overeengekomen en ondertekend,\n\nDatum: 2 april 2025 Datum: 9 april 2025\n"
)


JUDGMENT = (
    "RECHTBANK GELDERLAND\nZittingsplaats Arnhem\nzaaknummer: ARN 24/0412\n\nuitspraak van de meervoudige "
    "kamer van 4 juni 2025 in de zaak tussen\n\nA. Prins, uit Epe, eiser,\n\nBeslissing\nDe rechtbank verklaart "
    "het beroep gegrond.\n\nDeze uitspraak is in het openbaar uitgesproken op 4 juni 2025.\n"
)


RULING = (
    "Huurcommissie\nPostbus 1001 · 2280 CA Rijswijk · www.huurcommissie.nl\n\nUitspraak\n\nZaaknummer ZKN-2024-0117\n"
    "Huurder de heer P. Bos\nVerhuurder Stichting Woonbron\nDatum zitting 3 oktober 2024\nDatum uitspraak 28 oktober "
    "2024\n\nBeoordeling\nDe huurcommissie stelt vast dat de woning gebreken heeft.\n\nAldus gedaan door mr. A. Smit, "
    "voorzitter.\n"
)

NOTICE = (
    "BEKENDMAKING\nWATERSCHAP DE DOMMEL\n\nHet Dagelijks Bestuur van het waterschap maakt bekend, dat het heeft besloten "
    "het beregenen van grasland uit de beken te verbieden.\n\nBoxtel, 3 juli 1976.\n\nHet Dagelijks Bestuur voornoemd,\n"
    "de secretaris, de voorzitter,\n"
)

OFFER = (
    "Bestratingsbedrijf De Vries B.V.\nDorpsstraat 4, 8161 AB Epe\n\nGemeente Epe\nt.a.v. de heer K. Smit\nPostbus 600\n"
    "8160 AP Epe\n\nOFFERTE\nOffertedatum 3 april 2025\n\nGeachte heer Smit,\n\nHierbij bieden wij u aan:\n\n"
    "Herbestraten Kerkplein € 12.400,00\nTotaal exclusief btw 12.400,00\n\nMet vriendelijke groet,\n\nP. de Vries\n"
)

INVOICE = (
    "GEMEENTEBEDRIJVEN EPE\nafdeling Gas\n\nN O T A\n\nvoor: de heer J. Smit\nDorpsstraat 4\nEPE\n\n"
    "Omschrijving Bedrag\nGasverbruik 1e halfjaar 1981 f 210,40\nTotaal f 210,40\n\nTe voldoen binnen 14 dagen na "
    "dagtekening aan de kas van de Gemeentebedrijven.\n"
)

# A permit typed as a besluit, sent to the applicant: his name and address under the signature.
FOOT_ADDRESSED = (
    "GEMEENTE EPE\n\nBOUWVERGUNNING\n\nBurgemeester en Wethouders der gemeente Epe;\nGezien het verzoek van de "
    "heer J. Smit;\n\nB E S L U I T E N :\n\naan de heer J. Smit vergunning te verlenen tot het bouwen van een "
    "schuur.\n\nEpe, 3 mei 1961.\n\nBurgemeester en Wethouders voornoemd,\nDe Secretaris, De Burgemeester,\n\n"
    "Aan de heer J. Smit,\nDorpsstraat 4,\nEPE.\n"
)

HEAD_ADDRESSED = (
    "GEMEENTE EPE\nAfdeling Milieuzaken\n\nAan: Garage Smit B.V.\nDorpsstraat 4\nEPE\n\nBetreft: vergunning ingevolge de "
    "Hinderwet\n\nBurgemeester en Wethouders van Epe;\nGezien het verzoek van Garage Smit B.V.;\n\nB E S L U I T E N :"
    "\n\nde gevraagde vergunning te verlenen.\n\nEpe, 3 mei 1979.\n\nBurgemeester en Wethouders van Epe,\n"
    "de secretaris, de burgemeester,\n"
)

OLD_HEAD_ADDRESSED = (
    "DE AMBTENAAR VAN DE BURGERLIJKE STAND DER GEMEENTE DELFT\n\nDelft, 4 oktober 1978.\n\nAan de heer W.F. "
    "Schouten,\nOranje Nassaulaan 22,\nDEN HAAG.\n\nOnderwerp: afschrift akte.\n\nHierbij zend ik U het gevraagde "
    "afschrift van de akte, tegen betaling van de kosten.\n\nDe Ambtenaar van de Burgerlijke Stand,\n\n"
    "(J. van der Meulen)\n"
)

TAX_ASSESSMENT = (
    "GEMEENTE EPE\n\nAANSLAGBILJET RIOOLRECHT 1971\n\nDienstjaar Aanslagnummer Dagtekening\n1971 12-0418 1 April 1971\n\n"
    "De Heer G. Jansen\nDorpsstraat 12\nEPE\n\nIngevolge de Verordening op de heffing van rioolrecht wordt U over "
    "het dienstjaar 1971 aangeslagen voor een bedrag van f 42,-.\n\nDe Gemeente-Ontvanger, (stempel)\n"
    "Bewaar dit biljet: het dient als bewijs van betaling.\n"
)

COPY_TO_CONCERNED = (
    "BURGEMEESTER EN WETHOUDERS VAN DE GEMEENTE EPE;\n\ngelezen het verzoek van de heer J. Smit, bode, om eervol "
    "ontslag;\ngelet op artikel 94 van het Ambtenarenreglement;\n\nB E S L U I T E N :\n\naan de heer J. Smit "
    "eervol ontslag te verlenen met ingang van 1 februari 1984.\n\nEpe, 29 november 1983.\n"
    "Burgemeester en Wethouders voornoemd, de Secretaris, de Burgemeester,\n\n"
    "Afschrift aan: betrokkene; Pensioenfonds ABP; afd. Financiën.\n"
)

COPY_LIST = (
    "GEMEENTE EPE\n\nBurgemeester en Wethouders van Epe;\ngezien het verzoek van mevrouw A. Jansen om kwijtschelding;"
    "\n\nB E S L U I T E N :\n\naan verzoekster kwijtschelding te verlenen.\n\nEpe, 5 september 1978.\n"
    "Burgemeester en Wethouders voornoemd, de Secretaris, de Burgemeester,\n\nAfschrift aan:\n1. belanghebbende;\n"
    "2. de Gemeente-Ontvanger;\n3. de afdeling Sociale Zaken.\n"
)

PERMIT_COPY_TO_APPLICANT = (
    "BURGEMEESTER EN WETHOUDERS DER GEMEENTE EPE;\n\nGelezen het verzoek van J. Smit, koffiehuishouder, om "
    "vergunning tot verkoop van sterken drank;\nOverwegende, dat het perceel voldoet aan de eisen, zoals blijkt uit het "
    "rapport van de Inspecteur;\nGelet op de Drankwet;\n\nB E S L U I T E N :\n\naan J. Smit vergunning te "
    "verlenen.\n\nEpe, 12 November 1958.\n\nBurgemeester en Wethouders voornoemd, De Secretaris, De Burgemeester,\n\n"
    "Afschrift aan: verzoeker; de Inspecteur van de Volksgezondheid.\n"
)

GAZETTE = (
    "GEMEENTEBLAD\n\nNr. 4471\n3 maart 2022\n\nVerordening maatschappelijke ondersteuning Zwolle 2022\n\n"
    "Artikel 1\nDeze verordening treedt in werking op 1 april 2022.\n\nZwolle, 22 februari 2022\n"
)


COUNCIL_PROPOSAL = (
    "Raadsvoorstel\n\nOnderwerp: Vernieuwing speelplekken\nDatum college: 14 juni 2022\n\n"
    "Aan de raad van de gemeente Zwolle\n\nVoorgesteld besluit\nIn te stemmen met het plan.\n"
)


KAMERBRIEF = (
    "De Voorzitter van de Eerste Kamer\nder Staten-Generaal\nPostbus 20017\n2500 EA DEN HAAG\n\n"
    "Betreft Beantwoording vragen over de financiële verhouding\n\nOp 5 december 2024 heb ik uw Kamer "
    "geïnformeerd over de financiële verhouding tussen Rijk en gemeenten.\n\n"
    "De minister van Binnenlandse Zaken en\nKoninkrijksrelaties,\n\nJ.J.M. Uitermark\n"
)


PARTY_POST = ("Home > Nieuws\nSchriftelijke vragen over de sluiting van het zwembad\nGeplaatst op 9 mei 2024\n\n"
              "Onze fractie heeft op 8 mei 2024 de volgende vragen (artikel 40 RvO) aan het college gesteld:\n\n"
              "1. Is het college bekend met het besluit om het zwembad te sluiten?\n"
              "2. Is het college bereid met de exploitant in gesprek te gaan?\n\nNamens de fractie,\nA. de Vries\n")
MEMBER_LETTER = (
    "J. de Boer\nlid van de gemeenteraad (fractie CDA)\n\nAan het College van Burgemeester en Wethouders\n\n"
    "Hengelo, 3 maart 1992\n\nOnderwerp: vragen ex artikel 38 Reglement van Orde inzake de buslijn\n\n"
    "Geacht College,\n\nIngevolge artikel 38 stel ik u de volgende vragen:\n\n1. Is het bericht juist dat de buslijn "
    "vervalt?\n\n2. Bent u bereid met de wijkraad te overleggen?\n\nHoogachtend,\n\nJ. de Boer\n"
)


REPORT_ON_PAPER = (
    "Datum: 2 juli 2024\nKenmerk: IGJ-2024-18832\n\nRapport\n\nToezicht op de jeugdhulp\n\nSamenvatting\n"
    "De inspectie bezocht zes aanbieders.\n\n1. Inleiding\nHet toezicht liep van maart tot mei.\n\n"
    "2. Bevindingen\nDe wachttijden zijn lang.\n"
)


PROSE = (
    "Het college heeft besloten de subsidie voor het buurtwerk in de wijk Oost te verlengen met twee jaar, "
    "zodat de lopende projecten kunnen worden afgerond en geëvalueerd."
)


MOORING_PERMIT = (
    "Gemeente Enkhuizen\nHavenkantoor · Havendijk 1 · 1601 AA Enkhuizen · haven@enkhuizen.nl De heer P. Kok\n"
    "Westerstraat 12\n1601 AB Enkhuizen\n\nVergunning voor een vaste ligplaats\n\nDe havenmeester van de gemeente "
    "Enkhuizen,\ngelet op de Havenverordening Enkhuizen 2020;\ngezien uw aanvraag van 3 februari 2025;\nbesluit:\n"
    "u vergunning te verlenen voor de ligplaats in de Buitenhaven.\n\nDe havenmeester, [handtekening]\nJ. de Wit\n"
)


@pytest.mark.parametrize(
    ("rule", "text", "fires"),
    [
        ("kamervragen_header", KAMERVRAGEN_HEADER, True),
        ("kamervragen_header", "Aanhangsel Handelingen\n\nVraag 1\nBent u bekend met het bericht?\n", True),
        ("kamervragen_header", "Vragen van burgers over de afvalinzameling\n\n" + PROSE, False),
        # An uitstelbericht of the Aanhangsel, its name only in the running header the content lines leave out.
        ("kamervragen_notice", "1204\nMededeling van minister Van Dam (Landbouw) (ontvangen 2 mei 2022)\n\n"
         "De vragen van het lid Bisschop kunnen niet binnen de termijn worden beantwoord.\n", True),
        # A ministry's letter mentioning a notice in its prose is no notice.
        ("kamervragen_notice", "Geachte voorzitter,\n\nIn de Mededeling van minister Van Dam (ontvangen 2 mei 2022) "
         "stond dat de antwoorden later komen.\n", False),
        ("kamervragen_notice", "Mededeling van het college over de raadsvergadering\n\n" + PROSE + "\n", False),
        ("kamervragen_numbered", NUMBERED, True),
        ("kamervragen_numbered", "Vraag 1\nHoeveel?\n\nVraag 2\nWanneer?\n", False),
        # A municipality's form may leave the answers unnumbered.
        ("kamervragen_numbered", "Vraag 1: Hoeveel?\nAntwoord: Twaalf.\n\nVraag 2: Wanneer?\nAntwoord: In mei.\n", True),
        ("kamervragen_numbered", "Vraag 1: Hoeveel?\nAntwoorden volgen.\n\nVraag 2: Wanneer?\n", False),
        # Labels the clean stage ran onto the end of the paragraph above them.
        ("kamervragen_numbered", "Vraag 1\nHoeveel meldingen kwamen binnen? Antwoord op vraag 1\nTwaalf. Vraag 2\n"
                                 "Van wie? Antwoord op vraag 2\nVan scholen.\n", True),
        # Near miss: a sentence that refers to an answer or question is no label.
        ("kamervragen_numbered", "Vraag 1\nHoeveel?\n\nIk verwijs naar het antwoord op vraag 2\nZie ook vraag 3\n",
         False),
        ("jaarverslag_sections", "Programma 2\n\nWat wilden we bereiken?\n\nMinder overlast.\n", True),
        ("jaarverslag_sections", "Programma 2\n\nWat willen we bereiken?\n\nMinder overlast.\n", False),
        ("jaarverslag_sections", "Programma 4\n\nWat hebben we gedaan?\n\nMeer controles.\n\nWat hebben we bereikt?\n",
         True),
        # Near miss: a letter answering a complaint heads one paragraph with what was done.
        ("jaarverslag_sections", "Geachte heer Smit,\n\nU meldde ons overlast.\n\nWat hebben wij gedaan?\n\n"
         "Wij spraken de exploitant.\n\nMet vriendelijke groet,\n", False),
        ("overig_gazette", GAZETTE, True),
        ("overig_gazette", "Gemeenteblad\n\n4 maart 2019\n\n" + PROSE, False),
        # The number and the issue date on one line of the masthead, as the gazette's site prints them.
        ("overig_gazette", "GEMEENTEBLAD\nOfficiële uitgave van de gemeente Epe\nNr. 5521 | 18 maart 2025\n\n"
         "Verleende omgevingsvergunning\n\n" + PROSE, True),
        ("overig_gazette", "GEMEENTEBLAD\nNr. 5521 | zie onder\n\n" + PROSE, False),
        ("overig_invoice", INVOICE, True),
        # Near misses: a nota to a board that totals a budget but asks no payment; a reminder letter is a letter.
        ("overig_invoice", "NOTA\nAan: het college\n\nKosten speeltuinen\nTotaal f 4.200,00\n\n" + PROSE, False),
        ("overig_invoice", "Factuur 2025-118\n\nGeachte heer Smit,\n\n" + PROSE + "\n", False),
        # A contractor's bill for a term of the work asks to be paid within days of its date, in its own words.
        ("overig_invoice", INVOICE.replace("Te voldoen binnen 14 dagen na dagtekening aan de kas van de "
                                           "Gemeentebedrijven.", "Betaling gaarne binnen 30 dagen na dagtekening."), True),
        # Near miss: a nota to a board that tells of payments within a term asks for none.
        ("overig_invoice", "NOTA\nAan: het college\n\nKosten speeltuinen\nTotaal f 4.200,00\n\nDe aannemer vraagt "
         "betaling binnen 30 dagen; het college stemt daarmee in.\n", False),
        ("overig_council_document", COUNCIL_PROPOSAL, True),
        ("overig_council_document", "Raadsinformatiebrief\n\n" + LETTER, False),
        ("overig_council_document", "Subsidie buurtwerk\n\nIn het raadsvoorstel staat " + PROSE, False),
        ("overig_agreement", AGREEMENT, True),
        # A letter that names the parties of a deal and quotes its closing is no agreement without the parties' head.
        ("overig_agreement", "Geachte heer Smit,\n\n" + PROSE + "\nAldus overeengekomen in ons overleg.\n", False),
        ("overig_agreement", AGREEMENT.replace("Aldus overeengekomen en ondertekend,", "Met vriendelijke groet,"), False),
        # An agreement in two languages prints its parties' head beside its translation.
        ("overig_agreement", AGREEMENT.replace("Partijen\n", "De ondergetekenden: Die Unterzeichnenden:\n"), True),
        # Near miss: the head with words of its own after it is a sentence, no head.
        ("overig_agreement", AGREEMENT.replace("Partijen\n", "De ondergetekenden: verklaren het volgende\n"), False),
        # A model agreement leaves its signatures blank and has no closing: the formula under its parties tells it.
        ("overig_agreement", AGREEMENT.replace("Aldus overeengekomen en ondertekend,", "Handtekening:").replace(
            "2. Stichting Speelruimte Epe.\n", "2. Stichting Speelruimte Epe;\n\nkomen overeen als volgt:\n"), True),
        # Near miss: a sentence that tells of what was agreed is no formula opening the articles.
        ("overig_agreement", AGREEMENT.replace("Aldus overeengekomen en ondertekend,", "Handtekening:").replace(
            "2. Stichting Speelruimte Epe.\n", "2. Stichting Speelruimte Epe.\n\nZij komen overeen als volgt te "
            "werk te gaan bij storingen.\n"), False),
        ("overig_priced_offer", OFFER, True),
        # Near miss: a letter that sends an offer names it in its subject and has no offer's date field of its own.
        ("overig_priced_offer", OFFER.replace("OFFERTE\n", "Betreft: offerte bestrating\n").replace(
            "Offertedatum", "Offertenummer"), False),
        # A public notice: its name alone heading it, the body's announcement, and the body signing for it.
        ("overig_public_notice", NOTICE, True),
        # Near miss: a news item headlined with a notice's name in a phrase, signed by nobody.
        ("overig_public_notice", "Bekendmaking van de uitslag\n\nHet waterschap maakt bekend dat de dijk dicht blijft, "
         "meldt een woordvoerder.\n", False),
        # An old notice of marriages is one, signed by the registrar; near miss: a news item about such notices.
        ("overig_public_notice", "GEMEENTE EPE\nAFKONDIGING VAN HUWELIJKEN\n\nDe Ambtenaar van de Burgerlijke Stand "
         "maakt bekend, dat in ondertrouw zijn opgenomen: J. Smit en A. Kok.\n\nEpe, 8 juni 1963.\nDe Ambtenaar van de "
         "Burgerlijke Stand voornoemd,\nJ.H. Wolters\n", True),
        ("overig_public_notice", "Afkondiging van huwelijken verdwijnt uit het raadhuis\n\nDe gemeente hangt de "
         "ondertrouw niet langer op, meldt een woordvoerder.\n", False),
        ("overig_judgment", JUDGMENT, True),
        # A huurcommissie's ruling between two parties: titled 'Uitspraak', dated by its field, pronounced nowhere.
        ("overig_judgment", RULING, True),
        # Near miss: a decision on an objection that calls itself an uitspraak, addressed and with its salutation.
        ("overig_judgment", "Belastingsamenwerking Utrecht\n\nMevrouw J. Smit\nSoesterweg 402\n3812 BN Amersfoort\n\n"
         "Datum uitspraak 12 juni 2025\nOnderwerp: uitspraak op uw bezwaar\n\nGeachte mevrouw Smit,\n\nUitspraak\n"
         "Uw bezwaar is gegrond.\n", False),
        # A court's letter inviting to a hearing speaks of the judgment to come, and pronounces nothing.
        ("overig_judgment", "Rechtbank Gelderland\nUitnodiging zitting\n\nGeachte heer Prins,\n\nDe rechtbank "
         "doet binnen zes weken uitspraak.\n", False),
        ("brief_salutation_and_closing", LETTER, True),
        ("brief_salutation_and_closing", "Geachte aanwezigen,\n\n" + PROSE, False),
        # An old letter's closing formula, the post joined to it; the same words in a sentence close nothing.
        ("brief_salutation_and_closing", "Geachte ouders,\n\n" + PROSE + "\n\nMet de meeste hoogachting, de schoolarts,"
         "\n\nmevr. dr. A. Smit\n", True),
        ("brief_salutation_and_closing", "Geachte ouders,\n\n" + PROSE + "\n\nMet bijzondere hoogachting\n", True),
        ("brief_salutation_and_closing", "Geachte ouders,\n\n" + PROSE + "\n\nMet de meeste zorg volgen wij de "
         "kinderen.\n", False),
        # An old letter to the burgemeester greets him as Edelachtbare, and may lead into its closing with the answer it
        # awaits; near misses: the addressee's line 'Aan den Edelachtbaren Heer' greets no one, and the lead alone
        # closes nothing.
        ("brief_salutation_and_closing", "Edelachtbare Heer,\n\n" + PROSE + "\n\nHoogachtend,\n\nJ. Bouwman\n", True),
        ("brief_salutation_and_closing", "Edelachtbare Heren,\n\n" + PROSE + "\n\nIn afwachting van Uw antwoord, met "
         "de meeste hoogachting,\n\nWed. G. Post\n", True),
        ("brief_salutation_and_closing", "Aan den Edelachtbaren Heer,\n\n" + PROSE + "\n\nHoogachtend,\n", False),
        ("brief_salutation_and_closing", "Edelachtbare Heren,\n\n" + PROSE + "\n\nIn afwachting van Uw antwoord, "
         "zenden wij de stukken.\n", False),
        ("brief_address_block", ADDRESS, True),
        # A letter from abroad writes the country's mark before the postcode, and greets in its own language.
        ("brief_address_block", "Ville de Visé\n\nGemeente Eijsden-Margraten\nAmstelstraat 20\nNL-6269 HT Margraten\n\n"
         "Madame la Bourgmestre,\n\nNous avons bien reçu votre lettre.\n", True),
        ("brief_address_block", "Postbus 112\n3500 AC Utrecht\n\n" + PROSE, False),
        # A decision sent to the addressee that names itself in the head: a form with no salutation or signature.
        ("brief_address_block", "Belastingen Rivierland\nAanslagbiljet gemeentelijke belastingen 2025 en "
         "WOZ-beschikking\nDe heer P. Verbeek\nDijkweg 21\n6651 KC Druten\n\n" + PROSE, True),
        # A dwangbevel is issued against one named debtor, whose address it prints under the considerans.
        ("brief_address_block", "Gemeente Rotterdam\nBelastingen\n\nDWANGBEVEL\nIn naam van de Koning\n\nDe "
         "invorderingsambtenaar van de gemeente Rotterdam, gelet op artikel 12 van de Invorderingswet 1990; vaardigt "
         "dit dwangbevel uit tegen:\n\nDe heer P. Verbeek\nDijkweg 21\n6651 KC Druten\n\n" + PROSE, True),
        ("brief_address_block", "Belastingen Rivierland\nOverzicht van uw betalingen\nDe heer P. Verbeek\n"
         "Dijkweg 21\n6651 KC Druten\n\n" + PROSE, False),
        # Such a decision printed as a form gives the addressee's address in a row of its field table; a published
        # beschikking names no addressee's address, and a form that is no decision is no letter by the row.
        ("brief_address_block", "Beschikking maatwerkvoorziening Wmo\nGemeente Epe\nAanvrager mw. J. Bos\n"
         "Adres Kerkweg 3, 8161 AB Epe\nDatum melding 2 mei 2025\n\n" + PROSE, True),
        ("brief_address_block", "Beschikking van de minister van VWS van 2 mei 2025, houdende aanwijzing van "
         "instellingen\nStaatscourant\n\n" + PROSE, False),
        ("brief_address_block", "Aanvraagformulier bijzondere bijstand\nAanvrager mw. J. Bos\n"
         "Adres Kerkweg 3, 8161 AB Epe\n\n" + PROSE, False),
        # A long address wraps in its cell: the postcode stands on the line under the row.
        ("brief_address_block", "Beschikking leefgeld\nGemeente Epe\nNaam familie Bos\nAdres Opvanglocatie De Brink, "
         "kamer 12,\nBrinkweg 3, 8161 AB Epe\nDatum beschikking 2 mei 2025\n\n" + PROSE, True),
        # Near miss: a wrapped row of a form that is no decision, and a decision whose row holds no address.
        ("brief_address_block", "Aanvraagformulier leefgeld\nNaam familie Bos\nAdres Opvanglocatie De Brink, "
         "kamer 12,\nBrinkweg 3, 8161 AB Epe\n\n" + PROSE, False),
        ("brief_address_block", "Beschikking leefgeld\nGemeente Epe\nAdres Opvanglocatie De Brink, kamer 12\n"
         "Datum beschikking 2 mei 2025\n\n" + PROSE, False),
        # An old one, printed before postcodes, names its addressee over the street and the place in capitals.
        ("brief_address_block", "WATERSCHAP DE BERKEL\nAANSLAGBILJET\nOmslag 1958\n\nDen Heer H. Wolters\n"
         "Dorpsstraat 4\nEIBERGEN\n\n" + PROSE, True),
        # Near miss: an old circular to the farmers of a polder names no one over an address.
        ("brief_address_block", "WATERSCHAP DE BERKEL\nAANSLAGBILJET\nOmslag 1958\n\nAan de ingelanden\n"
         "van het waterschap\n\n" + PROSE, False),
        # A Kamerbrief: no salutation, no closing; the post signs at the end.
        ("brief_address_block", KAMERBRIEF, True),
        ("brief_address_block", KAMERBRIEF.replace("Koninkrijksrelaties,", "Koninkrijksrelaties."), False),
        ("overig_report_on_letter_paper", REPORT_ON_PAPER, True),
        # The letter that sends it: the same margin, a subject, a salutation and a closing.
        ("overig_report_on_letter_paper", MARGIN + "Onderwerp: Aanbieding rapport jeugdhulp\n\n" + LETTER, False),
        # No margin fields: not on letter paper (the later rules read it).
        ("overig_report_on_letter_paper", REPORT_ON_PAPER.split("\n\n", 1)[1], False),
        # An advisory council's advice on its paper: its 'Aanleiding' and 'Advies' are a report's part, as a study's
        # findings; signed with a salutation it is a letter.
        ("overig_report_on_letter_paper", "Datum: 30 oktober 2023\nKenmerk: CR/2023/014\n\nOngevraagd advies: "
         "bereik van de minimaregelingen\n\nAanleiding\n" + PROSE + "\n\nAdvies\n1. Ken regelingen ambtshalve "
         "toe.\n", True),
        ("overig_report_on_letter_paper", "Datum: 30 oktober 2023\nKenmerk: CR/2023/014\n\nOngevraagd advies: "
         "bereik van de minimaregelingen\n\nGeacht college,\n\nAanleiding\n" + PROSE + "\n\nAdvies\n1. Ken "
         "regelingen ambtshalve toe.\n\nMet vriendelijke groet,\n\nde voorzitter\n", False),
        # Built as a report without letter paper: a title that calls it a letter, its contents and sections.
        ("overig_report_build", "Brief aan de formateur\nOver Rijk en gemeenten\n\nRaad voor het Openbaar Bestuur\n"
         "Den Haag, december 2023\n\nInhoud\n1 Aanleiding\n2 Knelpunten\n\n1 Aanleiding\n" + PROSE + "\n\n"
         "2 Knelpunten\n" + PROSE + "\n", True),
        # A study by its findings: what it calls itself over what it found and concludes.
        ("overig_report_build", "Verkenning: hoe leesbaar is de begroting 2025?\n\nAanleiding\n" + PROSE
         + "\n\nBevindingen\n" + PROSE + "\n", True),
        ("overig_report_build", "Verkenning: hoe leesbaar is de begroting 2025?\n\nAanleiding\n" + PROSE + "\n", False),
        # A letter so titled that opens with a salutation is a letter.
        ("overig_report_build", "Brief aan de formateur\n\nGeachte heer Plasterk,\n\n1 Aanleiding\n" + PROSE
         + "\n\n2 Knelpunten\n" + PROSE + "\n", False),
        ("brief_margin_fields", MARGIN, True),
        # A press release printed on letter paper.
        ("brief_margin_fields", "Persbericht\n\n" + MARGIN, False),
        ("brief_margin_fields", "Onderwerp: verlenging subsidie\n\n" + PROSE, False),
        ("brief_margin_fields", "Datum: 14 januari 2025\nOnze referentie: 2025-0000012345\n\n" + PROSE, True),
        # A memo's head types it, also with a subject too long for a margin label's line.
        ("brief_memo_fields", "Memo\n\nAan: directie\nVan: team Handhaving\nDatum: dinsdag 3 september 2024\n"
         "Onderwerp: Reactie op de e-mail van 28 augustus 2024 over de klachten over geurhinder\n\n" + PROSE, True),
        ("brief_memo_fields", "Van: Afdeling Jeugd\nAan: College van B en W\nDatum: 05-09-2024\n\n" + PROSE, True),
        # Without a sender, or without a date, it is no memo's head.
        ("brief_memo_fields", "Aan: directie\nDatum: 3 september 2024\n\n" + PROSE, False),
        ("brief_memo_fields", "Aan: directie\nVan: team Handhaving\nDatum:\n\n" + PROSE, False),
        # A memo that names itself needs no Datum field: it may be dated by a place-date line, or not at all.
        ("brief_memo_fields", "GEMEENTE ZWOLLE\nZwolle, 14 mei 1974\n\nINTERNE MEMO\n\nAan: de Directeur\n"
         "Van: de afdeling Verkeer\nBetreft: verkeerslichten\n\n" + PROSE, True),
        ("brief_memo_fields", "Gemeente Roosendaal\nNotitie\n\nAan: wethouder Economie\nVan: accountmanager\n"
         "Betreft: gesprek met de ondernemers\n\n" + PROSE, True),
        ("brief_memo_fields", "University of Twente | Faculty EEMCS Memorandum\n\nTo: Faculty Board\n"
         "From: Director of Education\nSubject: resit period\n\n" + PROSE, True),
        # A memo names itself and its sender and addressee; a table prints the fields without colons, and it
        # may print no date.
        ("brief_memo_fields", "Memo\n\nAan Teamleiders wijkteams\nVan Beleidsadviseur Jeugd\nOnderwerp Werkwijze\n\n"
         + PROSE, True),
        ("brief_memo_fields", "MEMORANDUM\n\nAan: directie\nVan: afdeling Financiën\n\n" + PROSE, True),
        # A scan read the numeral I of a field as a pipe, which makes its line look like a site's navigation.
        ("brief_memo_fields", "GEMEENTELIJKE SOCIALE DIENST\nDIENSTNOTA\n\nAan: de hoofden van de buitendiensten "
         "| t/m IV\nVan: de adjunct-directeur\nDatum: 4-3-'77\n\n" + PROSE, True),
        # Near miss: such a line under no memo's name and no dated field is no memo's head.
        ("brief_memo_fields", "Nieuws\n\nAan: de hoofden van de buitendiensten | t/m IV\nVan: de adjunct-directeur"
         "\n\n" + PROSE, False),
        # Near misses: a memo's name without a sender, and a title that only starts with the word.
        ("brief_memo_fields", "Memo\n\nAan Teamleiders wijkteams\nOnderwerp Werkwijze\n\n" + PROSE, False),
        ("brief_memo_fields", "Memo over de werkwijze\n\nAan Teamleiders wijkteams\nVan Beleidsadviseur Jeugd\n\n"
         + PROSE, False),
        # A typed service letter names itself and its addressee, and signs for its sender: the post, the name.
        ("brief_memo_fields", "PROVINCIALE WATERSTAAT\n\nDIENSTBRIEF\n\nNo. 88 Assen, 3 mei 1971.\n\n"
         "Aan: de Hoofdingenieur\n\nOnderwerp: beschoeiing\n\n" + PROSE + "\n\nDe Opzichter,\n\n(K. Smit)\n", True),
        # Near misses: a post with no name under it, and a service letter's head without its own name.
        ("brief_memo_fields", "DIENSTBRIEF\n\nAan: de Hoofdingenieur\n\n" + PROSE + "\n\nDe Opzichter,\n\n"
         "zal u nader berichten.\n", False),
        ("brief_memo_fields", "Aan: de Hoofdingenieur\n\nOnderwerp: beschoeiing\n\n" + PROSE
         + "\n\nDe Opzichter,\n\n(K. Smit)\n", False),
        # Van, Aan and Onderwerp without a name nor a date: an e-mail never sent, no memo.
        ("brief_memo_fields", "Van: Jansen, Petra\nAan: Bakker, Kees\nCC: Team Subsidies\n"
         "Onderwerp: concept reactie\n\n" + PROSE, False),
        # A name of a note that is longer ('Gespreksnotitie') is not the memo's.
        ("brief_memo_fields", "Gespreksnotitie\n\nAan: wethouder\nVan: team Economie\n\n" + PROSE, False),
        # 'Van' and 'Aan' without a colon are words of a sentence.
        ("brief_memo_fields", "Van de raad is geen reactie gekomen.\nAan de orde is de begroting.\n"
         "Datum: 3 september 2024\n\n" + PROSE, False),
        # An addressee line and the signature of a post: an advice of the Raad van State, a minister's letter
        # printed without salutation, closing or address.
        ("brief_addressed_and_signed", "No. W04.24.0231/I\n's-Gravenhage, 20 november 2024\n\nAan de Koning\n\n"
         + PROSE + "\n\nDe vice-president van de Raad van State,\n\nTh.C. de Graaf\n", True),
        # A scan joined the signature block into one line: the college, then who signs for it.
        ("brief_addressed_and_signed", "Borculo, 4 mei 1978.\nOnderwerp: subsidie muziekvereniging\n\n"
         "Aan Gedeputeerde Staten der provincie Gelderland te\nARNHEM\n\n" + PROSE + "\n\n"
         "Burgemeester en Wethouders van Borculo, de Secretaris, de Burgemeester, [paraaf]\n", True),
        ("brief_addressed_and_signed", "Aan de minister van Financiën\n\n" + PROSE
         + "\n\nDe inspecteur-generaal van het Onderwijs,\n\nA. Bakker\n", True),
        # A service's head reports to the college over the post of his office and his name, a copy marks it signed.
        ("brief_addressed_and_signed", "RAPPORT\n\nAan Burgemeester en Wethouders van Groningen.\n\n" + PROSE
         + "\n\nGroningen, 21 October 1966.\nDe Directeur van Bouw- en Woningtoezicht, [handtekening]\n"
         "Ir. A.H. Kloosterhuis\n", True),
        ("brief_addressed_and_signed", "Aan de Edelachtbare Heer Burgemeester van Dordrecht\n\n" + PROSE
         + "\n\nDe Hoofdcommissaris van Politie,\n(w.g.) C.J. Roodenburg\n", True),
        # Addressed but not signed for a post; signed but not addressed; a memo's field is no addressee line.
        ("brief_addressed_and_signed", "Aan de Koning\n\n" + PROSE + "\n\nTh.C. de Graaf\n", False),
        ("brief_addressed_and_signed", PROSE + "\n\nDe vice-president van de Raad van State,\n\nTh.C. de Graaf\n",
         False),
        ("brief_addressed_and_signed", "Aan: directie\n\n" + PROSE + "\n\nDe minister van Financiën,\n\nA. Bakker\n",
         False),
        # The advice to the King printed without its addressee line addresses him in its opening sentence.
        ("brief_addressed_and_signed", "Raad van State\n\nNo. W06.24.0112/II\n's-Gravenhage, 3 juli 2024\n\n"
         "Bij Kabinetsmissive van 14 mei 2024, no. 2024001188, heeft Uwe Majesteit, op voordracht van de Minister "
         "van Financiën, bij de Afdeling advisering aanhangig gemaakt het voorstel van wet.\n\n" + PROSE
         + "\n\nDe vice-president van de Raad van State,\n\nTh.C. de Graaf\n", True),
        # A circulaire of the seventies, its signature block joined by a scan, the name in brackets.
        ("brief_addressed_and_signed", "'s-Gravenhage, 3 maart 1972\n\nCIRCULAIRE\n\naan de gemeentebesturen\n\n"
         + PROSE + "\n\nDe Minister voornoemd,\nVoor de Minister,\nDe Directeur-Generaal voor de Binnenlandse "
         "Bestuursaangelegenheden, (mr. W.H. van Rossum)\n", True),
        # Near miss: a report that names the King further on, and is signed by a post, addresses no one.
        ("brief_addressed_and_signed", "Jaarverslag Raad van State\n\n" + PROSE + "\n\n" + PROSE
         + " Het advies aan Uwe Majesteit volgde in mei.\n\nDe vice-president van de Raad van State,\n\n"
         "Th.C. de Graaf\n", False),
        ("jaarverslag_heading", "Jaarverslag 2016\n\nInleiding\n\n" + PROSE, True),
        ("jaarverslag_heading", "Programma 7: Volksgezondheid\n\n" + PROSE, True),
        ("jaarverslag_heading", "Subsidie buurtwerk verlengd\n\n" + PROSE + " Het jaarverslag volgt.", False),
        # 'jaarverslag-achterstand' is a word about reports; a chapter heading of accounts names one.
        ("jaarverslag_heading", "Provincie helpt bij jaarverslag-achterstand\n\n" + PROSE, False),
        ("jaarverslag_heading", "GGD Noord- en Oost-Gelderland Jaarverslag 2023\n\n" + PROSE, True),
        ("jaarverslag_heading", "Overzicht van baten en lasten in de jaarrekening\n\n" + PROSE, True),
        # A compound names a report; a heading about the accounts does not name the document.
        ("jaarverslag_heading", "Burgerjaarverslag 2023\n\n" + PROSE, True),
        ("jaarverslag_heading", "Rekenkameronderzoek naar de leesbaarheid van de jaarrekening 2023\n\n" + PROSE, False),
        ("jaarverslag_heading", "Zienswijze op de jaarstukken 2023\n\n" + PROSE, False),
        # A study takes the report's name for its title and says what it is in the subtitle: about the report.
        ("jaarverslag_heading", "Rekening van de jaarrekening\nOnderzoek naar de jaarrekening 2023 van de gemeente "
         "Rotterdam\n\n" + PROSE, False),
        # A subtitle that calls the document a study of anything: the report word in the title is its subject.
        ("jaarverslag_heading", "Leesbaarheid van de jaarstukken\nOnderzoek naar de verantwoording over 2023 van "
         "de gemeente Tilburg\n\n" + PROSE, False),
        # Near miss: an annual report's subtitle about research ('Onderzoek en ...') is no study of anything.
        ("jaarverslag_heading", "Jaarverslag 2023\nOnderzoek en onderwijs aan de hogeschool\n\n" + PROSE, True),
        # The report that comes with an annual report is about it ('bij').
        ("jaarverslag_heading", "Resultaten verantwoordingsonderzoek 2023\nMinisterie van Defensie\n"
         "Rapport bij het jaarverslag 2023\n\n" + PROSE, False),
        # Without a heading about it, the report word in a title of a few words names the document.
        ("jaarverslag_heading", "Jaarverslag 2023\nStichting Buurtwerk van de gemeente Rotterdam\n\n" + PROSE, True),
        ("nieuws_dateline", "Subsidie buurtwerk verlengd\n\nUTRECHT, 9 januari 2017 - " + PROSE, True),
        ("nieuws_dateline", "Subsidie buurtwerk verlengd\n\n" + PROSE, False),
        # A newspaper's dateline without the date, which the paper prints at the head of the page.
        ("nieuws_dateline", "Subsidie buurtwerk verlengd\n\nZIERIKZEE - " + PROSE, True),
        ("nieuws_dateline", "Subsidie buurtwerk verlengd\n\nDEN HAAG – " + PROSE, True),
        # Near misses: an abbreviation in capitals opening a paragraph, and a place dash without a headline above.
        ("nieuws_dateline", "Subsidie buurtwerk verlengd\n\nWMO - " + PROSE, False),
        ("nieuws_dateline", "ZIERIKZEE - " + PROSE, False),
        # A colon after a date is a dateline only after a place: an agenda item is none.
        ("nieuws_dateline", "Subsidie buurtwerk verlengd\n\nUTRECHT, 9 januari 2017: " + PROSE, True),
        ("nieuws_dateline", "Agenda\n\n18 april 2024: informatieavond over de Wmo in het gemeentehuis.\n", False),
        # A period in a report's subtitle is no dateline.
        ("nieuws_dateline", "Zevende voortgangsrapportage\nPeriode 1 januari 2024 – 30 juni 2024\n\n" + PROSE, False),
        ("nieuws_label", "Persbericht\n\nSubsidie buurtwerk verlengd\n\n" + PROSE, True),
        ("nieuws_label", "Subsidie buurtwerk verlengd\n\n" + PROSE, False),
        # A site's breadcrumb puts the page under its news section; another section is no label.
        ("nieuws_label", "gemeente Heerenveen\nHome > Nieuws\nNieuwe afvalcontainers\n\n" + PROSE, True),
        ("nieuws_label", "gemeente Heerenveen\nHome › Actueel › Nieuws\nNieuwe afvalcontainers\n\n" + PROSE, True),
        ("nieuws_label", "gemeente Heerenveen\nHome > Afval > Containers\nNieuwe afvalcontainers\n\n" + PROSE, False),
        # A scan runs the label in capitals into the end of the letterhead line; a word of the letterhead is none.
        ("nieuws_label", "Gemeente Almere | Afdeling Communicatie | Stadhuisplein 1, 1315 HR Almere PERSBERICHT\n"
         "Almere, 24 september 2024\n\nBegroting 2025 gepresenteerd\n\n" + PROSE, True),
        ("nieuws_label", "Gemeente Almere | Afdeling Nieuws\n\nBegroting 2025 gepresenteerd\n\n" + PROSE, False),
        # Frisian municipalities print their news section in Frisian ('Nijs', 'Parseberjocht').
        ("nieuws_label", "Gemeente Tytsjerksteradiel\nThús > Aktueel > Nijs\nNije sporthal yn Burgum\n\n" + PROSE, True),
        ("nieuws_label", "Parseberjocht\n\nNije sporthal yn Burgum\n\n" + PROSE, True),
        ("nieuws_headline", "Subsidie buurtwerk verlengd\n\n" + PROSE + " Dat maakte de wethouder vandaag bekend.", True),
        ("nieuws_headline", "Subsidie buurtwerk verlengd\n\n" + PROSE, False),
        # A council member's questions sent as a letter to the college, asked under their numbers.
        ("kamervragen_asked_by_letter", MEMBER_LETTER, True),
        # Near misses: the college's letter that answers them, and the member's letter that asks nothing numbered.
        ("kamervragen_asked_by_letter", MEMBER_LETTER.replace("Onderwerp: vragen", "Onderwerp: beantwoording vragen"),
         False),
        ("kamervragen_asked_by_letter", MEMBER_LETTER.replace("1. ", "").replace("2. ", ""), False),
        # The questions posted on the party's site under their name; near miss: a post that only tells of them.
        ("kamervragen_asked_by_letter", PARTY_POST, True),
        ("kamervragen_asked_by_letter", PARTY_POST.split("\n1. ")[0] + "\n", False),
        # The formulae of a decision and of minutes hold a word of news and report nothing: a typed paper's
        # letterhead in capitals over them is no headline of news; the same word reporting stays news.
        ("nieuws_headline", "GEMEENTE OMMEN\n\n" + PROSE + " Aldus besloten in de openbare vergadering van de raad.",
         False),
        ("nieuws_headline", "WATERSCHAP VECHTSTROMEN\n\n" + PROSE + " De voorzitter zegt toe dat een rapport volgt.",
         False),
        ("nieuws_headline", "Subsidie buurtwerk verlengd\n\n" + PROSE + " Dat zegt wethouder Jansen.", True),
        ("nieuws_headline", "Subsidie buurtwerk verlengd\n\n" + PROSE + " Het is een goed besluit, aldus Jansen.",
         True),
        # Reported speech makes a short paragraph news, when it is a sentence.
        ("nieuws_headline", "Buurtbus rijdt langer\n\nDe proef loopt door. Dat laat de provincie weten.\n", True),
        ("nieuws_headline", "Buurtbus rijdt langer\n\nWat de provincie laat weten\n\nDe proef loopt door.\n", False),
        ("brief_named", "CIRCULAIRE No. 12\n\nAan de Gemeentebesturen.\n\nHet Bestuur deelt U mede.\n", True),
        ("brief_named", "Circulaires van de VNG 1950-1960\n\nEen overzicht.\n", False),
        # A writ of the officier van justitie to one named person, signed by him; near miss: a list of writs.
        ("brief_named", "DAGVAARDING\n\nDe Officier van Justitie dagvaardt hierbij J. de Vries om te verschijnen.\n", True),
        ("brief_named", "Dagvaardingen in strafzaken 1970-1975\n\nEen overzicht.\n", False),
        # A tax collector's warrant against one named debtor (ANNOTATING.md: a dwangbevel is a letter); near miss: a
        # report that counts them.
        ("brief_named", "GEMEENTE EPE\nDWANGBEVEL\n\nDe Ontvanger der gemeente Epe vaardigt bij deze dwangbevel uit "
         "tegen J. de Vries, wonende Dorpsstraat 4 te Epe.\n", True),
        ("brief_named", "Dwangbevelen en aanmaningen 1963\n\nEen overzicht van de invordering.\n", False),
        ("brief_opening_formula", "GEMEENTE EPE\n\n" + "Wij hebben de eer U te berichten, dat wij de subsidie over 1958 "
         "hebben vastgesteld op f 500,-.\n", True),
        ("brief_opening_formula", "GEMEENTE EPE\n\n" + PROSE, False),
        # An old letter's reply tells its addressee ('deel ik U mede'); a report tells of what a body told.
        ("brief_opening_formula", "GEMEENTELIJKE GENEESKUNDIGE DIENST\n\nIn antwoord op Uw schrijven van 3 Mei j.l. "
         "deel ik U mede, dat het onderzoek op 6 Juni a.s. zal plaatsvinden.\n", True),
        ("brief_opening_formula", "GEMEENTELIJKE GENEESKUNDIGE DIENST\n\nDe inspecteur deelde de raad mede, dat het "
         "onderzoek op 6 Juni zal plaatsvinden.\n", False),
        # A petition (adres) to the council makes its case known with respect; near miss: a report tells what one made
        # known.
        ("brief_opening_formula", "Aan den Raad der gemeente Epe\n\nGeven met verschuldigde eerbied te kennen: de "
         "ondergetekenden, bewoners van de Dorpsstraat;\n", True),
        ("brief_opening_formula", "Aan den Raad der gemeente Epe\n\nGeeft Uw Raad eerbiedig te kennen: J. de Vries, "
         "landbouwer;\n", True),
        ("brief_opening_formula", "Verslag 1962\n\nDe bewoners gaven te kennen dat zij de stank niet langer "
         "verdroegen.\n", False),
        ("brief_addressed_at_foot", FOOT_ADDRESSED, True),
        # Near misses: a report's distribution list names people without an address; unsigned, a slip is no letter.
        ("brief_addressed_at_foot", "Rapport speelruimte\n\n" + PROSE + "\n\nVerzonden aan:\nAan de heer J. Smit, "
         "wethouder\nAan mevrouw A. Prins, raadslid\n", False),
        ("brief_addressed_at_foot", FOOT_ADDRESSED.replace("Burgemeester en Wethouders voornoemd,\n", ""), False),
        # The addressee at the head as a field with the address under it (an old permit typed as a besluit).
        ("brief_addressed_at_foot", HEAD_ADDRESSED, True),
        # Near miss: a memo's addressee field names a team, no address, though a post signs it.
        ("brief_addressed_at_foot", HEAD_ADDRESSED.replace("Garage Smit B.V.\nDorpsstraat 4\nEPE", "alle teamleiders"),
         False),
        # An old letter's addressee over the street and the place in capitals, no postcode: signed by an office over
        # the signer's name, or by a post; the form of address may stand without 'Aan', the place with its district.
        ("brief_addressed_at_foot", OLD_HEAD_ADDRESSED, True),
        ("brief_addressed_at_foot", OLD_HEAD_ADDRESSED.replace("Aan de heer W.F. Schouten,", "Weledele heer W.F. "
         "Schouten,").replace("DEN HAAG.", "ROTTERDAM-30"), True),
        # A decision on one employee's case typed as a besluit, its copy sent to him as the one concerned.
        ("brief_addressed_at_foot", COPY_TO_CONCERNED, True),
        # An assessment sent to its addressee, its post's stamp in place of a signature (ANNOTATING.md: a letter).
        ("brief_addressed_at_foot", TAX_ASSESSMENT, True),
        # Near miss: the same assessment without the stamp under the post is signed by no one.
        ("brief_addressed_at_foot", TAX_ASSESSMENT.replace("De Gemeente-Ontvanger, (stempel)\n", ""), False),
        # A permit decides the request of the one who asked for it: the copy goes to him as the applicant.
        ("brief_addressed_at_foot", COPY_TO_CONCERNED.replace("betrokkene;", "verzoeker;"), True),
        ("brief_addressed_at_foot", COPY_TO_CONCERNED.replace("betrokkene;", "de aanvrager;"), True),
        # Near misses: copies to services only; the copy's line without a signature above it.
        ("brief_addressed_at_foot", COPY_TO_CONCERNED.replace("betrokkene; ", ""), False),
        # The copies listed one a line under their head, the one concerned among the first; near miss: a list of
        # services only.
        ("brief_addressed_at_foot", COPY_LIST, True),
        ("brief_addressed_at_foot", COPY_LIST.replace("1. belanghebbende;", "1. de afdeling Personeelszaken;"), False),
        ("brief_addressed_at_foot", COPY_TO_CONCERNED.replace("Burgemeester en Wethouders voornoemd, de Secretaris, "
         "de Burgemeester,\n\n", ""), False),
        # Near misses: unsigned, and a name without a form of address over an address (a list of members).
        ("brief_addressed_at_foot", OLD_HEAD_ADDRESSED.split("De Ambtenaar")[0], False),
        ("brief_addressed_at_foot", OLD_HEAD_ADDRESSED.replace("Aan de heer W.F. Schouten,", "Voorzitter: W.F. "
         "Schouten,"), False),
        # A periodical's masthead with its issue line dated by the month; a gazette's issue is dated by the day.
        ("nieuws_issue", "BINNENWERK\nPersoneelsblad van de gemeente Arnhem - 14e jaargang - nummer 6 - juni 1986\n\n"
         + PROSE, True),
        ("nieuws_issue", "PROVINCIAAL BLAD\nProvinciaal blad - nr. 12345 - 19 september 2024\n\n" + PROSE, False),
        # A clipping service's stamp over a cutting; near miss: a report that names the service in a sentence.
        ("nieuws_clipping", "KNIPSELDIENST GEM. EPE 23 APR. 2003\nVan de burgemeester\n\n" + PROSE, True),
        ("nieuws_clipping", "Evaluatie communicatie\nDe afdeling stelt dagelijks een knipselkrant samen.\n\n" + PROSE,
         False),
        # A news sheet that calls itself so in its masthead may date its issue by the day.
        ("nieuws_issue", "GEMEENTENIEUWS EPE\nOfficiële mededelingen - week 12 - woensdag 21 maart 1979\n\n" + PROSE,
         True),
        # A social site's counts under a post; a sentence that counts reactions is no post's bar.
        ("nieuws_social_post", "Gemeente Oss\n28 augustus om 19:05\n\n" + PROSE + "\n86   14 opmerkingen   9 keer gedeeld\n",
         True),
        ("nieuws_social_post", "Jaarbericht communicatie\n\nOp onze berichten kwamen dit jaar 1.200 reacties en 45.000 "
         "weergaven binnen, meer dan in enig jaar ervoor.\n", False),
        # A burgemeester's order written as an instrument: its considerans and, under it, the dictum as a heading.
        ("overig_instrument", "Noodbevel ex artikel 175 Gemeentewet\n\nDe burgemeester van Venlo,\n\noverwegende dat "
         "de politie meldt dat groepen zich verzamelen;\n\ngelet op artikel 175 van de Gemeentewet;\n\nBESLUIT\n\n"
         "de Maasboulevard te ontruimen.\n", True),
        # A decision addressed to the one whose case it decides, with the address, is a letter (brief_addressed_at_foot):
        # not an instrument, though it has a considerans and a dictum.
        ("overig_instrument", "GEMEENTE VENLO\n\nAan: Café De Kroon\nMarkt 4\nVENLO\n\nDe burgemeester van Venlo,\n\n"
         "overwegende dat het café de sluitingstijd herhaaldelijk overschreed;\n\ngelet op artikel 174 van de "
         "Gemeentewet;\n\nBESLUIT\n\nhet café voor vier weken te sluiten.\n\nVenlo, 3 mei 2024.\n\n"
         "De burgemeester van Venlo,\n", False),
        # Its copy sent to the one it concerns: a letter, not an instrument.
        ("overig_instrument", COPY_TO_CONCERNED, False),
        ("overig_instrument", COPY_TO_CONCERNED.replace("betrokkene; ", ""), True),
        # Addressed to the one it concerns, the instrument is a letter, also where its considerans reads as news ('zoals
        # blijkt uit het rapport'); near miss: the same instrument with its copies to services only.
        ("brief_instrument_addressed", PERMIT_COPY_TO_APPLICANT, True),
        ("brief_instrument_addressed", PERMIT_COPY_TO_APPLICANT.replace("verzoeker; ", ""), False),
        # The addressee the text layer ran onto the end of the sender's line above the address; near miss: a name
        # that goes on into a sentence.
        ("brief_instrument_addressed", MOORING_PERMIT, True),
        ("brief_instrument_addressed", MOORING_PERMIT.replace("De heer P. Kok\n", "De heer P. Kok heeft een ligplaats "
         "in de haven gevraagd en gekregen\n"), False),
        # Near miss: a news item that cites the law names no dictum.
        ("overig_instrument", "Burgemeester vaardigt noodbevel uit\n\nDe burgemeester heeft, gelet op de onrust, "
         "een noodbevel uitgevaardigd, meldt de gemeente.\n\nHet besluit geldt tot zondag.\n", False),
    ],
)
def test_doc_type_rule(rule, text, fires):
    function = {name: fn for name, _, fn in DOC_TYPE_RULES}[rule]
    assert function(ev(text)) is fires


def test_every_rule_has_a_test_above():
    tested = {"kamervragen_header", "kamervragen_notice", "kamervragen_numbered", "kamervragen_asked_by_letter",
              "jaarverslag_sections",
              "brief_salutation_and_closing", "brief_address_block", "brief_margin_fields", "brief_memo_fields",
              "brief_addressed_and_signed", "brief_named", "brief_opening_formula",
              "overig_report_on_letter_paper", "jaarverslag_heading", "nieuws_dateline",
              "nieuws_label", "nieuws_headline", "overig_gazette", "overig_council_document", "overig_report_build",
              "overig_report_cover", "overig_agreement", "overig_judgment", "overig_invoice", "overig_priced_offer",
              "overig_public_notice",
              "brief_addressed_at_foot", "nieuws_issue", "nieuws_social_post", "nieuws_clipping", "overig_instrument",
              "brief_instrument_addressed",
              # tests/extract/test_doc_deeds.py
              "brief_deed_to_holder",
              # tests/extract/test_doc_structure.py
              "brief_dated_and_greeted"}
    assert {name for name, _, _ in DOC_TYPE_RULES} == tested


def test_an_instrument_addressed_to_its_applicant_is_a_letter_before_any_headline():
    # Under a register's line its considerans reads as a news item's lead ('zoals blijkt uit het rapport').
    fired = [name for name, _, rule in DOC_TYPE_RULES
             if rule(ev("Register der vergunningen No. 47\n\n" + PERMIT_COPY_TO_APPLICANT))]
    assert fired.index("brief_instrument_addressed") < fired.index("nieuws_headline")


def test_first_rule_that_fires_decides():
    # The letter that sends answers to Kamervragen is still Kamervragen.
    text = "Geachte voorzitter,\n\n" + KAMERVRAGEN_HEADER + "\nHoogachtend,\n\nDe Minister,\n"
    assert classify(ev(text)) == ("kamervragen", "kamervragen_header")


def test_nothing_fires_gives_overig():
    assert classify(ev("Bijlage 2\n\n" + PROSE)) == ("overig", "default")


def test_a_labelled_press_release_about_annual_accounts_is_news():
    text = "Persbericht\n\nDeventer sluit jaarrekening 2023 af met overschot\n\n" + PROSE
    assert classify(ev(text)) == ("nieuws", "nieuws_label")


def test_a_report_on_letter_paper_is_read_before_its_margin_fields():
    assert classify(ev(REPORT_ON_PAPER)) == ("overig", "overig_report_on_letter_paper")
    assert classify(ev(REPORT_ON_PAPER.replace("Samenvatting\n", "Geachte heer Bakker,\n\nSamenvatting\n"))) == (
        "brief", "brief_margin_fields")


def describe_with_margin(text: str, fields: tuple[tuple[str, str], ...]):
    page = CleanPage.from_text(text)
    page = CleanPage(number=1, text=text, raw=page.raw, raw_offsets=page.raw_offsets, margin_fields=fields)
    return describe_document(raw_document_from_text(text), (page,), pipeline_version="test")


def test_a_press_release_on_letter_paper_is_news_dated_in_the_margin():
    text = ("PERSBERICHT\n\nZwolle zoekt bewoners voor burgerpanel\n\nDe gemeente zoekt 500 inwoners voor een panel. "
            "Dat maakt wethouder Dekker vandaag bekend.\n")
    info = describe_with_margin(text, (("Datum", "3 maart 2025"), ("Contactpersoon", "Communicatie"),
                                      ("Ons kenmerk", "PB-2025-014")))
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("nieuws", "persbericht", "2025-03-03")


def test_a_sites_page_printed_from_a_browser_is_no_letter_paper():
    # A web form's summary prints rows that a letter's margin column has ('Datum', 'Onderwerp'); the browser's
    # footer with the page's address shows it is a site's page.
    form = ("Woo-verzoek indienen\n\nSamenvatting van uw aanvraag\n\nReferentienummer: WOO-2024-00412\n"
            "Datum: 03-04-2024 21:47\nOnderwerp: fietssnelweg\n\nU ontvangt binnen vijf werkdagen een bevestiging.\n\n"
            "https://www.apeldoorn.nl/formulieren/woo-verzoek/samenvatting | 1/1\n")
    assert classify(ev(form)) == ("overig", "default")
    # Near miss: letter paper whose footer gives the sender's site without a scheme stays a letter's.
    paper = MARGIN + "\nwww.apeldoorn.nl\n"
    assert classify(ev(paper))[0] == "brief"


def test_a_web_forms_summary_whose_print_lost_the_sites_address_is_no_letter_paper():
    # It states when it was submitted, where a letter is sent; its rows ask for dates ('Datum of periode ...').
    form = ("Meldloket datalekken\n\nBevestiging van uw melding\n\nMeldnummer: M2025-00412\nDatum en tijd van indienen: "
            "03-04-2025 21:47\nContactpersoon: J. Smit\nDatum of periode van het datalek: 01-04-2025\n\n"
            "Pagina 1 van 1 - Afgedrukt op 04-04-2025 08:10\n")
    info = describe_document(raw_document_from_text(form), (CleanPage.from_text(form),), pipeline_version="test")
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("overig", "overig", "2025-04-03")
    # Near miss: the same rows without the submission are a letter's margin fields.
    assert classify(ev(form.replace("Datum en tijd van indienen: 03-04-2025 21:47\n", "Datum: 03-04-2025\n")))[0] == "brief"


def test_an_old_letter_of_a_body_is_addressed_and_signed_without_salutation():
    text = ("GEDEPUTEERDE STATEN VAN OVERIJSSEL\n\nZwolle, 3 april 1973\n\nOnderwerp: rekening 1971\n\n"
            "Aan de raad der gemeente\nHATTEM\n\nWij delen U mede, dat wij de rekening Uwer gemeente over het "
            "dienstjaar 1971 hebben goedgekeurd.\n\nGedeputeerde Staten van Overijssel, voorzitter.\n\n, griffier.\n")
    assert classify(evidence((CleanPage.from_text(text),))) == ("brief", "brief_addressed_and_signed")
    # Without the signature of the body it is no letter of this kind.
    unsigned = text.split("Gedeputeerde Staten van Overijssel,")[0]
    assert classify(evidence((CleanPage.from_text(unsigned),)))[1] != "brief_addressed_and_signed"


def test_a_council_members_questions_sent_as_a_letter_are_dated_by_the_letter():
    text = MEMBER_LETTER
    info = describe_document(raw_document_from_text(text), (CleanPage.from_text(text),), pipeline_version="test")
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("kamervragen", "kamervragen", "1992-03-03")


def test_a_report_cover_before_its_letter_page_types_a_report_not_a_letter():
    cover = "Accountantsverslag 2024\nGemeente Oss\n\nEindhoven, 12 juni 2025\n"
    letter = "Aan de gemeenteraad\n\nGeachte leden van de raad,\n\n" + PROSE + "\n\nMet vriendelijke groet,\n\nJ. Jansen\n"
    pages = tuple(CleanPage.from_text(t, number=i + 1) for i, t in enumerate((cover, letter)))
    assert rule_overig_report_cover(evidence(pages))
    assert classify(evidence(pages)) == ("overig", "overig_report_cover")
    # Near miss: the letter that sends the report comes first.
    pages = tuple(CleanPage.from_text(t, number=i + 1) for i, t in enumerate((letter, cover)))
    assert not rule_overig_report_cover(evidence(pages))


@pytest.mark.parametrize(
    "text",
    [
        ("VERENIGING VAN NEDERLANDSE GEMEENTEN\n\nCirculaire No. 1951/40\nOnderwerp: Vakantietoelage 1951.\n\n"
         "Aan de Gemeentebesturen.\n\nHet Bestuur deelt U mede, dat de toelage dit jaar 4 pct. bedraagt.\n\n"
         "Het Bestuur voornoemd,\n"),
        ("GEMEENTE HAAKSBERGEN\nDe ontvanger der gemeente\n\nAANMANING\n\nDagtekening 02-09-1975\n\n"
         "De heer J. Nijhuis\nMarkt 4\nHAAKSBERGEN\n\nHet bedrag van uw aanslag is nog niet voldaan.\n\nDe ontvanger,\n"),
        "TELEGRAM\n\nBURGEMEESTER DALFSEN\n\nDIJK DOORGEBROKEN STOP ZEND HULP STOP\n\nCOMMISSARIS DER KONINGIN\n",
        ("ZCZC\n31234 MINLV NL\n\nAAN: DE BURGEMEESTERS IN OVERIJSSEL\nVAN: MINISTERIE VAN LANDBOUW\n"
         "BETREFT: VERVOERSVERBOD\n\nHET VERVOER VAN RUNDVEE IS VERBODEN.\n\nNNNN\n"),
          # A telex printed without its start signal: the answerbacks of both machines head it.
        ("41234 GEMZW NL\n25018 PVOV NL\n\nAAN: BURGEMEESTER ZWOLLE\nVAN: CDK OVERIJSSEL\n"
         "BETREFT: IJSGANG\n\nDE VEERPONTEN VAREN NIET.\n\nCDK OVERIJSSEL\n"),
    ],
)
def test_an_old_letter_is_named_by_its_form(text):
    # A circulaire, an aanmaning, a telegram and a telex are letters whatever their build (ANNOTATING.md).
    assert classify(ev(text)) == ("brief", "brief_named")


def test_an_address_line_in_capitals_is_no_telex_answerback():
    # A postcode has two letters, an answerback's code three or more; a lowercase code is no machine's.
    text = "Gemeente Ommen\n\n7731 AB OMMEN\n7731 gem nl\n\nDe kosten van de verbouwing bedragen f 40.000,-.\n"
    assert classify(ev(text))[1] != "brief_named"


@pytest.mark.parametrize(
    "text",
    [
        # A ministry's circulaire signed under a mandate opened by a colon, the name closed by a full stop.
        ("MINISTERIE VAN SOCIALE ZAKEN\n\nNo. 4411\nOnderwerp: Werkloosheidsverzekering.\n\nAan de Burgemeesters.\n\n"
         "Ik verzoek U de nieuwe formulieren met ingang van 1 juli 1958 te gebruiken.\n\n"
         "De Minister van Sociale Zaken, voor deze:\nDe Directeur-Generaal,\n(w.g.) J. de Boer.\n"),
        # A court's secretary convening a hearing signs for the court as its post.
        ("RAAD VAN STATE\n\nAan burgemeester en wethouders van Ommen\n\nHet beroep zal worden behandeld ter "
         "openbare zitting op 3 mei 1983.\n\nDe Secretaris van de Raad van State, voor deze,\nmr. P. de Wit\n"),
    ],
)
def test_an_old_letter_signed_for_a_post_under_a_mandate_is_a_letter(text):
    assert classify(ev(text)) == ("brief", "brief_addressed_and_signed")


def test_an_oproeping_is_a_letter_by_its_name_or_its_formula():
    # The old convocation of the officials a body calls up (ANNOTATING.md): its name over the text, also with the
    # sent stamp that OCR runs onto its line, and its formula ('roept U op tot het bijwonen') without the name.
    body = ("Aan de leden van de vrijwillige brandweer\n\nDe burgemeester roept U op tot het bijwonen van de "
            "oefening op zaterdag 3 mei 1969 om 14.00 uur aan de kazerne.\n\nDe Burgemeester,\n(w.g.) A. de Vries\n")
    # Addressed and signed by the burgemeester, it is a letter by those signs too.
    named, formula = ev(f"GEMEENTE OMMEN\n\nOPROEPING VERZONDEN 28 APR. 1969\n\n{body}"), ev(f"GEMEENTE OMMEN\n\n{body}")
    assert classify(named)[0] == classify(formula)[0] == "brief"
    assert rule_brief_named(named) and rule_brief_opening_formula(formula)
    # Near miss: news that tells of a call-up does not make it.
    text = ("Oefening brandweer\n\nDe burgemeester riep de vrijwilligers op tot het bijwonen van een oefening, "
            "die zaterdag aan de kazerne werd gehouden.\n")
    assert classify(ev(text))[0] != "brief"


def test_an_invoice_whose_total_lost_its_figure_to_another_column():
    # OCR reads a price table by columns: the total's label alone on its line, its figure further down the page.
    text = ("Trainingsbureau Veilig Werken\n\nGemeente Zwolle\nPostbus 10007\n8000 GA ZWOLLE\n\nFACTUUR\n\n"
            "Factuurnummer Factuurdatum\n2024-0311 12-03-2024\n\nOmschrijving\nTraining de-escalatie\n"
            "Totaal te betalen\n\nWij verzoeken u het bedrag binnen 30 dagen over te maken onder vermelding van het "
            "factuurnummer.\n\nBedrag\n€ 2.520,00\n€ 2.520,00\n")
    assert classify(ev(text)) == ("overig", "overig_invoice")
    # Near miss: a total's label alone is no invoice without the bill's name over it.
    assert classify(ev(text.replace("FACTUUR", "OVERZICHT")))[1] != "overig_invoice"


def test_a_heading_about_letters_of_a_form_names_no_letter():
    text = ("Aanmaningen en dwangbevelen in 1974\n\nHet aantal aanmaningen steeg met 12 procent. Telegrammen werden "
            "niet meer verzonden.\n")
    assert classify(ev(text))[1] != "brief_named"


@pytest.mark.parametrize(
    "text",
    [
        # The invitation card: the sender names itself in the sentence that invites, no signature under it.
        ("De heer en mevrouw A. Koster\n\nBurgemeester en Wethouders van Raalte hebben de eer U uit te nodigen tot het "
         "bijwonen van de opening van het nieuwe zwembad op zaterdag 4 juni 1966 om 14.00 uur.\n\n"
         "R.S.V.P. vóór 28 mei 1966\n"),
        # The burgemeester's convocation of the council in the spelling of before 1947.
        ("GEMEENTE WONSERADEEL\n\nDe Burgemeester der gemeente Wonseradeel noodigt de Leden van den Raad uit tot het "
         "bijwonen eener openbare vergadering, welke zal worden gehouden op Dinsdag 8 April 1941.\n\n"
         "Makkum, 1 April 1941.\n\nDe Burgemeester voornoemd,\n"),
        # The convocation that invites the raad itself, not its members.
        ("GEMEENTE ZUIDLAND\n\nDe Burgemeester der gemeente Zuidland noodigt den Raad dier gemeente uit tot het "
         "bijwonen eener openbare vergadering op Dinsdag 9 April 1946.\n\nZuidland, den 2den April 1946.\n"),
        # The honour formula after a subject inverted ('hebben wij de eer').
        ("GEMEENTE EPE\n\nOnderwerp: subsidie 1958.\n\nNaar aanleiding van Uw verzoek van 3 Maart 1958 hebben wij de "
         "eer U te berichten, dat wij Uw vereniging een subsidie van f 500,- hebben toegekend.\n"),
    ],
)
def test_an_old_letter_speaks_to_its_addressee_with_a_formula(text):
    assert classify(ev(text)) == ("brief", "brief_opening_formula")


@pytest.mark.parametrize(
    "text",
    [
        # News tells of an honour done to a third; it does not do it to its reader.
        ("Opening zwembad Raalte\n\nDe Commissaris der Koningin had de eer het nieuwe zwembad te openen, in "
         "aanwezigheid van honderden inwoners en het voltallige college.\n"),
        ("Open dag brandweer\n\nDe brandweer nodigt alle inwoners uit tot een bezoek aan de kazerne aan de Markt, "
         "waar de nieuwe ladderwagen te zien is.\n"),
    ],
)
def test_a_text_that_tells_of_an_honour_or_invitation_is_no_letter_by_it(text):
    assert classify(ev(text))[1] != "brief_opening_formula"


CLIPPING = ("Gemeente Dalfsen - knipselcollectie - map zwembad\nDE STENTOR 3 MEI 1972\nZwembad gaat dicht\n\n"
            "Raad stemt in met sluiting\n\nDALFSEN - De gemeenteraad van Dalfsen heeft gisteravond besloten het "
            "openluchtbad na dit seizoen te sluiten, omdat de kosten van het herstel te hoog zijn geworden.\n")


def test_a_clipping_on_an_archive_sheet_is_news_by_the_dateline_under_its_headings():
    # The sheet's header, the paper's stamp, the headline and the subtitle stand over the lead.
    # Its archive's stamp makes it a clipping first; without the stamp the dateline does.
    assert classify(ev(CLIPPING)) == ("nieuws", "nieuws_clipping")
    assert classify(ev(CLIPPING.replace("knipselcollectie", "archief"))) == ("nieuws", "nieuws_dateline")
    info = describe_document(raw_document_from_text(CLIPPING), (CleanPage.from_text(CLIPPING),),
                             pipeline_version="test")
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("nieuws", "nieuwsbericht", "1972-05-03")
    # Near miss: a prose paragraph above the place and dash makes it no lead under headings.
    letter = CLIPPING.replace("Zwembad gaat dicht\n", "Wij sturen u hierbij het bericht over het zwembad dat de krant "
                              "vorige week bracht, zoals u in de vergadering vroeg.\n")
    assert classify(ev(letter))[1] != "nieuws_dateline"


SITE_QUESTIONS = (
    "Vragen en antwoorden kwijtschelding\n\n"
    "Vraag 1\nWie kan kwijtschelding krijgen?\nAntwoord\nWie een laag inkomen en weinig vermogen heeft.\n"
    "Vraag 2\nHoe vraag ik het aan?\nAntwoord\nMet het formulier op deze pagina.\n"
)


def test_a_sites_page_of_the_publics_questions_is_no_kamervragen():
    printed = SITE_QUESTIONS + "\nhttps://www.gemeente.nl/belastingen/kwijtschelding 1/1\n"
    assert classify(ev(printed))[0] == "overig"
    # Near miss: the same numbered questions and answers not printed from a site stay written questions.
    assert classify(ev(SITE_QUESTIONS))[0] == "kamervragen"


def test_a_ruling_between_two_parties_is_dated_by_the_day_it_is_given():
    info = describe_document(raw_document_from_text(RULING), (CleanPage.from_text(RULING),), pipeline_version="test")
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("overig", "overig", "2024-10-28")


def test_a_colleges_letter_answering_questions_joined_into_its_paragraphs_is_kamervragen():
    # The clean stage joins short lines: the unnumbered answer label follows the question on its line.
    text = ("De heer P. Smit\nfractie Dorpsbelang\n\nGeachte heer Smit,\n\nIn uw brief stelt u ons vragen over het "
            "zwembad. Hieronder beantwoorden wij uw vragen. Vraag 1: Wanneer gaat het bad open? Antwoord: In mei.\n"
            "Vraag 2: Wat kost een kaart? Antwoord: Vijf euro.\n\nMet vriendelijke groet,\n\nburgemeester en wethouders\n")
    assert classify(ev(text)) == ("kamervragen", "kamervragen_numbered")


def test_a_letter_whose_prose_names_an_answer_after_a_question_stays_a_letter():
    text = ("Geachte heer Smit,\n\nU vroeg ons: wanneer gaat het bad open? Antwoord: dat weten wij nog niet.\n\n"
            "Met vriendelijke groet,\n\nJ. Jansen\n")
    assert classify(ev(text))[0] == "brief"


# The griffie's form: its title names the questions, its subject row the matter they are about.
QUESTIONS_FORM = (
    "Schriftelijke vragen\n\nex artikel 40 van het Reglement van orde\n\nOnderwerp: Parkeren bij het station\n"
    "Ingediend: 6 mei 2024\n\nGeacht college,\n\n1. Hoeveel plaatsen zijn er?\n\n2. Komen er meer bij?\n\n"
    "Met vriendelijke groet,\n\nA. Bakker\n"
)


def test_written_questions_named_in_the_title_above_a_subject_row_are_kamervragen():
    assert classify(ev(QUESTIONS_FORM)) == ("kamervragen", "kamervragen_asked_by_letter")


def test_a_letter_titled_with_the_answers_above_its_subject_row_is_no_question_asked():
    text = QUESTIONS_FORM.replace("Schriftelijke vragen\n", "Beantwoording schriftelijke vragen\n")
    assert classify(ev(text))[1] != "kamervragen_asked_by_letter"
