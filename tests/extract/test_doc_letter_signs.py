"""The signs of a letter: each rule on its own text, with its near misses, and the letters they type."""

from __future__ import annotations

import pytest

from pipeline.extract.doc_evidence import Evidence
from pipeline.extract.doc_letter_signs import (
    rule_brief_address_block,
    rule_brief_addressed_and_signed,
    rule_brief_addressed_at_foot,
    rule_brief_instrument_addressed,
    rule_brief_margin_fields,
    rule_brief_memo_fields,
    rule_brief_named,
    rule_brief_opening_formula,
    rule_brief_salutation_and_closing,
)
from pipeline.extract.doc_type import classify
from pipeline.extract.document import describe_document, evidence
from pipeline.ingest import raw_document_from_text
from pipeline.records import CleanPage


def ev(text: str) -> Evidence:
    return evidence((CleanPage.from_text(text),))


LETTER = "Geachte mevrouw De Vries,\n\nHierbij zenden wij u het verslag.\n\nMet vriendelijke groet,\n\nJ. Jansen\n"


ADDRESS = "Stichting Buurtwerk\nPostbus 112\n3500 AC Utrecht\n\nGeachte heer Bakker,\n\nHierbij bevestigen wij uw deelname.\n"


MARGIN = "Datum: 2 mei 2018\nOns kenmerk: 18/4471\n\nHierbij ontvangt u de stukken voor de vergadering.\n"


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


KAMERBRIEF = (
    "De Voorzitter van de Eerste Kamer\nder Staten-Generaal\nPostbus 20017\n2500 EA DEN HAAG\n\n"
    "Betreft Beantwoording vragen over de financiële verhouding\n\nOp 5 december 2024 heb ik uw Kamer "
    "geïnformeerd over de financiële verhouding tussen Rijk en gemeenten.\n\n"
    "De minister van Binnenlandse Zaken en\nKoninkrijksrelaties,\n\nJ.J.M. Uitermark\n"
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


RULES = {
    "brief_salutation_and_closing": rule_brief_salutation_and_closing,
    "brief_address_block": rule_brief_address_block,
    "brief_margin_fields": rule_brief_margin_fields,
    "brief_memo_fields": rule_brief_memo_fields,
    "brief_addressed_and_signed": rule_brief_addressed_and_signed,
    "brief_named": rule_brief_named,
    "brief_opening_formula": rule_brief_opening_formula,
    "brief_addressed_at_foot": rule_brief_addressed_at_foot,
    "brief_instrument_addressed": rule_brief_instrument_addressed,
}


@pytest.mark.parametrize(
    "rule, text, fires",
    [
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
        # The body that writes may name itself between the verb and the formula; near miss: a report tells of the
        # honour a body had.
        ("brief_opening_formula", "ARMBESTUUR EPE\n\nNaar aanleiding van Uw brief heeft het Burgerlijk Armbestuur de "
         "eer U mede te delen, dat de ondersteuning is verleend.\n", True),
        ("brief_opening_formula", "WATERSCHAP DE DOMMEL\n\nThans hebben Dijkgraaf en Heemraden de eer U te berichten, "
         "dat de dijk hersteld is.\n", True),
        ("brief_opening_formula", "Jaarverslag 1962\n\nIn dat jaar had de Armenraad de eer om de koningin te "
         "ontvangen in het gebouw.\n", False),
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
        # A decision on an appeal sends its copy to the appellant: first among the copies, in the old words
        # ('is gezonden aan: 1e. den appellant'), or named with his address and his part after it in brackets.
        ("brief_addressed_at_foot", COPY_TO_CONCERNED.replace("Afschrift aan: betrokkene;", "Afschrift van dit "
         "besluit is gezonden aan: 1e. den appellant J. Smit, Dorpsstraat 4, Epe; 2e."), True),
        ("brief_addressed_at_foot", COPY_TO_CONCERNED.replace("Afschrift aan: betrokkene;", "Afschrift aan: de heer "
         "J.H. Smit, Dorpsstraat 4, Epe (appellant);"), True),
        # Near misses: copies to services only; the copy's line without a signature above it; a body named with
        # what the copy is for in brackets.
        ("brief_addressed_at_foot", COPY_TO_CONCERNED.replace("betrokkene; ", ""), False),
        ("brief_addressed_at_foot", COPY_TO_CONCERNED.replace("Afschrift aan: betrokkene;", "Afschrift aan: de Raad "
         "van State (ter kennisneming);"), False),
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
        # Addressed to the one it concerns, the instrument is a letter, also where its considerans reads as news ('zoals
        # blijkt uit het rapport'); near miss: the same instrument with its copies to services only.
        ("brief_instrument_addressed", PERMIT_COPY_TO_APPLICANT, True),
        ("brief_instrument_addressed", PERMIT_COPY_TO_APPLICANT.replace("verzoeker; ", ""), False),
        # The addressee the text layer ran onto the end of the sender's line above the address; near miss: a name
        # that goes on into a sentence.
        ("brief_instrument_addressed", MOORING_PERMIT, True),
        ("brief_instrument_addressed", MOORING_PERMIT.replace("De heer P. Kok\n", "De heer P. Kok heeft een ligplaats "
         "in de haven gevraagd en gekregen\n"), False),
    ],
)
def test_letter_sign(rule, text, fires):
    assert RULES[rule](ev(text)) is fires


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
        # A printed invitation card of today has the pleasure where the old one had the honour, no addressee or
        # signature on it either.
        ("Gemeente Zwolle\n\nDe burgemeester en de gemeenteraad van Zwolle\nhebben het genoegen u uit te nodigen "
         "voor de\n\nOpening van het vernieuwde stadhuis\n\nop vrijdag 12 september 2025\nvan 16.00 tot 18.00 uur\n"),
        ("GEMEENTE EPE\n\nWij hebben het genoegen U mede te delen, dat U de gemeentelijke erepenning is "
         "toegekend.\n"),
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
        ("Jubileum schutterij\n\nDe burgemeester had het genoegen de schutterij te feliciteren met haar "
         "honderdjarig bestaan, op het plein voor het gemeentehuis.\n"),
        ("Open dag brandweer\n\nDe brandweer nodigt alle inwoners uit tot een bezoek aan de kazerne aan de Markt, "
         "waar de nieuwe ladderwagen te zien is.\n"),
    ],
)
def test_a_text_that_tells_of_an_honour_or_invitation_is_no_letter_by_it(text):
    assert classify(ev(text))[1] != "brief_opening_formula"
