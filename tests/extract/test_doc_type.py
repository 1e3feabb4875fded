"""The doc_type rules: each rule on its own text, the first that fires decides, nothing gives overig."""

from __future__ import annotations

import pytest

from pipeline.extract.doc_evidence import Evidence
from pipeline.extract.doc_type import DOC_TYPE_RULES, classify, rule_overig_report_cover
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


COPY_TO_CONCERNED = (
    "BURGEMEESTER EN WETHOUDERS VAN DE GEMEENTE EPE;\n\ngelezen het verzoek van de heer J. Smit, bode, om eervol "
    "ontslag;\ngelet op artikel 94 van het Ambtenarenreglement;\n\nB E S L U I T E N :\n\naan de heer J. Smit "
    "eervol ontslag te verlenen met ingang van 1 februari 1984.\n\nEpe, 29 november 1983.\n"
    "Burgemeester en Wethouders voornoemd, de Secretaris, de Burgemeester,\n\n"
    "Afschrift aan: betrokkene; Pensioenfonds ABP; afd. Financiën.\n"
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
        # An old offer numbers itself under its title instead of a date field.
        ("overig_priced_offer", OFFER.replace("OFFERTE\nOffertedatum 3 april 2025\n", "Epe, 3 april 1966\n\nOFFERTE "
                                              "No. 66/41\n"), True),
        ("overig_priced_offer", OFFER.replace("OFFERTE\nOffertedatum 3 april 2025\n", "PRIJSOPGAVE nr. 2024-88\n"),
         True),
        # Near miss: a number after another title is no offer's.
        ("overig_priced_offer", OFFER.replace("OFFERTE\nOffertedatum 3 april 2025\n", "BESTELLING No. 66/41\n"),
         False),
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
        # A council member's questions sent as a letter to the college, asked under their numbers.
        ("kamervragen_asked_by_letter", MEMBER_LETTER, True),
        # Near misses: the college's letter that answers them, and the member's letter that asks nothing numbered.
        ("kamervragen_asked_by_letter", MEMBER_LETTER.replace("Onderwerp: vragen", "Onderwerp: beantwoording vragen"),
         False),
        ("kamervragen_asked_by_letter", MEMBER_LETTER.replace("1. ", "").replace("2. ", ""), False),
        # The questions posted on the party's site under their name; near miss: a post that only tells of them.
        ("kamervragen_asked_by_letter", PARTY_POST, True),
        ("kamervragen_asked_by_letter", PARTY_POST.split("\n1. ")[0] + "\n", False),
        # A periodical's masthead with its issue line dated by the month; a gazette's issue is dated by the day.
        ("nieuws_issue", "BINNENWERK\nPersoneelsblad van de gemeente Arnhem - 14e jaargang - nummer 6 - juni 1986\n\n"
         + PROSE, True),
        ("nieuws_issue", "PROVINCIAAL BLAD\nProvinciaal blad - nr. 12345 - 19 september 2024\n\n" + PROSE, False),
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
              "overig_report_on_letter_paper", "jaarverslag_heading",
              "overig_gazette", "overig_council_document", "overig_report_build",
              "overig_report_cover", "overig_agreement", "overig_judgment", "overig_invoice", "overig_priced_offer",
              "overig_public_notice",
              "nieuws_issue", "nieuws_social_post", "overig_instrument",
              # tests/extract/test_doc_letter_signs.py
              "brief_salutation_and_closing", "brief_address_block", "brief_margin_fields", "brief_memo_fields",
              "brief_addressed_and_signed", "brief_named", "brief_opening_formula", "brief_addressed_at_foot",
              "brief_instrument_addressed",
              # tests/extract/test_doc_news_signs.py
              "nieuws_dateline", "nieuws_label", "nieuws_headline", "nieuws_clipping",
              # tests/extract/test_doc_news_pages.py
              "nieuws_paper_page",
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


def test_an_invoice_whose_total_lost_its_figure_to_another_column():
    # OCR reads a price table by columns: the total's label alone on its line, its figure further down the page.
    text = ("Trainingsbureau Veilig Werken\n\nGemeente Zwolle\nPostbus 10007\n8000 GA ZWOLLE\n\nFACTUUR\n\n"
            "Factuurnummer Factuurdatum\n2024-0311 12-03-2024\n\nOmschrijving\nTraining de-escalatie\n"
            "Totaal te betalen\n\nWij verzoeken u het bedrag binnen 30 dagen over te maken onder vermelding van het "
            "factuurnummer.\n\nBedrag\n€ 2.520,00\n€ 2.520,00\n")
    assert classify(ev(text)) == ("overig", "overig_invoice")
    # Near miss: a total's label alone is no invoice without the bill's name over it.
    assert classify(ev(text.replace("FACTUUR", "OVERZICHT")))[1] != "overig_invoice"


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


def test_written_questions_titled_under_the_partys_letterhead_are_kamervragen_whatever_row_reads_as_subject():
    # A scan reads the party's letterhead as a heading over the title, and may put the subject's label over the
    # deadline's row: the title under the letterhead still names the questions.
    text = ("Fractie PvdA Deventer - gemeenteraad Deventer\nSchriftelijke vragen ex artikel 42 RvO\n\n"
            "Ingediend door K. Smit\n\nOnderwerp\nAntwoord gevraagd binnen 30 dagen\n\nGeacht college,\n\n"
            "1. Hoeveel speeltuinen in de binnenstad zijn gesloten?\n\n2. Wanneer gaan zij weer open?\n\n"
            "Met vriendelijke groet,\n\nK. Smit\n")
    assert classify(ev(text)) == ("kamervragen", "kamervragen_asked_by_letter")
    # Near miss: the college's letter under its own letterhead that answers them names the answers in its title.
    answer = text.replace("Schriftelijke vragen ex", "Beantwoording schriftelijke vragen ex")
    assert classify(ev(answer))[1] != "kamervragen_asked_by_letter"
