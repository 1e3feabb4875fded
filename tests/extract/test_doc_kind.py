"""The kind of a document (doc_kind) and the doc_type it settles, on texts written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract import doc_kind as k
from pipeline.extract.doc_evidence import Evidence
from pipeline.extract.doc_kind_words import is_memo_title
from pipeline.extract.doc_type import DOC_TYPES
from pipeline.extract.document import describe_document, evidence
from pipeline.ingest import raw_document_from_text
from pipeline.records import CleanPage
from schemas.tables import DOC_KINDS
from tests.fixtures.documents import drawn_evidence


def describe(text: str):
    page = CleanPage.from_text(text)
    return describe_document(raw_document_from_text(text), (page,), pipeline_version="test")


def ev(text: str) -> Evidence:
    return evidence((CleanPage.from_text(text),))


PROSE = (
    "Het college heeft besloten de subsidie voor het buurtwerk in de wijk Oost te verlengen met twee jaar, "
    "zodat de lopende projecten kunnen worden afgerond en geëvalueerd."
)
MAIL = (
    "Van: Jansen, Petra <p.jansen@zeewolde.nl>\n"
    "Verzonden: vrijdag 25 september 2020 15:14\n"
    "Aan: Bakker, Kees\n"
    "CC: Team Subsidies\n"
    "Onderwerp: RE: aanvraag buurtwerk\n\n"
    "Beste Kees,\n\n" + PROSE + "\n\nMet vriendelijke groet,\n\nPetra Jansen\n\n"
    "From: Kees Bakker\nSent: Thursday, September 24, 2020 9:02 AM\nTo: Petra Jansen\n"
    "Subject: aanvraag buurtwerk\n\nHoi Petra,\n\nKun je de aanvraag bekijken?\n"
)
WOO = (
    "> Retouradres Postbus 1 1000 AA Amsterdam\n\nDatum 3 april 2024\n"
    "Betreft Besluit op uw Woo-verzoek over de subsidie buurtwerk\n\n"
    "Geachte heer Bakker,\n\n" + PROSE + "\n\nHoogachtend,\n\nDe minister,\n"
)
MINUTES = (
    "Verslag van de vergadering van de commissie Sociaal Domein\n\nDatum vergadering: 12 maart 2024\n"
    "Aanwezig: de leden Jansen, Bakker en De Vries\n\n1. Opening\nDe voorzitter opent de vergadering.\n"
)
WRITTEN_CONSULTATION = (
    "29 338 Wetenschapsbudget\n\nNr. 12 Verslag van een schriftelijk overleg\n\nVastgesteld 16 januari 2024\n\n"
    "De vaste commissie heeft een aantal vragen voorgelegd aan de minister. " + PROSE + "\n"
)
DECISIONS = (
    "Besluitenlijst van de vergadering van burgemeester en wethouders\n\nDatum: 5 juni 2023\n"
    "Ons kenmerk: 2023/114\nOnderwerp: subsidies\n\n1. Het college besluit de subsidie te verlenen.\n"
)
NOTA = (
    "Ministerie van Onderwijs, Cultuur en Wetenschap\n\nTER BESLUITV ORMING\nAan: MOCW\n\nnota\n"
    "Wetsvoorstel terugdringen verzuim\n\nDatum\n22 juni 2022\n\nAanleiding\n" + PROSE + "\n"
)
MEMO_RAAD = (
    "MEMO aan Raad\nAan : De raad van gemeente Zeewolde\nVan : College van burgemeester en wethouders\n"
    "Datum : 13 augustus 2024\nOnderwerp : Ontwikkelingen jeugdzorg\n\n" + PROSE + "\n"
)
PROPOSAL = (
    "Datum PM\n15 januari 2026\nRaadsnummer\n26006\nOnderwerp\nStevige lokale teams\n\n"
    "Voorgesteld raadsbesluit\n1. In te stemmen met het plan.\n"
)
BUDGET = (
    "Begroting 2026\n\nwww.ggd.example.nl\n\nBegroting 2026 versie 0.2 14-10-2025\n\n"
    "Inleiding\n" + PROSE + " Dat zegt de directeur vandaag.\n"
)
PLAN = "B Jaarplan 2024\n\n4\n\nInleiding\n\n" + PROSE + "\n"
FACTSHEET = "Factsheet Buurtwerk\n\nActuele cijfers tot en met zondag 27 februari 2022\n\n" + PROSE + "\n"
FICHE = "Fiche 3: Verordening over digitale identiteit\n\n1. Algemene gegevens\n\n" + PROSE + "\n"
KAMERBRIEF = (
    "> Retouradres Postbus 20350 2500 EJ Den Haag\n\nDe Voorzitter van de Tweede Kamer\nder Staten-Generaal\n"
    "Postbus 20018\n2500 EA DEN HAAG\n\nDatum 3 mei 2024\nBetreft Voortgang buurtwerk\n\n"
    "Geachte voorzitter,\n\n" + PROSE + "\n\nHoogachtend,\n\nDe minister,\n"
)
LETTER_WITH_REPORT = (
    "Stichting Buurtwerk\nPostbus 112\n3500 AC Utrecht\n\nJaarverslag 2018\n\nGeachte heer Bakker,\n\n"
    "Hierbij zenden wij u ons jaarverslag.\n\nMet vriendelijke groet,\n\nJ. Jansen\n"
)
NEWS = (
    "Buurtwerk Oost krijgt twee jaar extra\n\n"
    "De gemeente verlengt de subsidie voor het buurtwerk in de wijk Oost met twee jaar, zodat de lopende projecten "
    "kunnen worden afgerond.\n\n“We zien dat het werkt en willen de wijk niet in de steek laten”, vertelt "
    "wethouder Jansen. De buurtwerkers krijgen ook een eigen ruimte in het wijkcentrum aan de Marktstraat.\n"
)
PRESS = "Persbericht\n\nBuurtwerk Oost krijgt twee jaar extra\n\n" + PROSE + "\n"
REPORT_LONG_WORDING = (
    "Hervormingsagenda Jeugd 2023-2028\n\n" + "\n\n".join([PROSE] * 7)
    + "\n\nDat laat de minister deze week weten in een brief aan de Kamer, waarin hij ook ingaat op de kosten.\n"
)


@pytest.mark.parametrize(
    ("text", "doc_type", "kind", "kind_rule"),
    [
        (MAIL, "overig", "email", "email_header"),
        (WOO, "brief", "woo_besluit", "kind_title"),
        # A subject under its label names what the letter is about, not the letter.
        (KAMERBRIEF.replace("Betreft Voortgang buurtwerk", "Betreft\nVerslag van de formele EU-Gezondheidsraad"),
         "brief", "kamerbrief", "type_brief_salutation_and_closing"),
        (LETTER_WITH_REPORT.replace("Jaarverslag 2018", "Onderwerp\nBesluitenlijst bewonersoverleg"),
         "brief", "brief", "type_brief_salutation_and_closing"),
        # The law spelled out, or the subject names the request the letter decides on.
        (WOO.replace("Besluit op uw Woo-verzoek", "Beslissing op uw verzoek op grond van de Wet open overheid"),
         "brief", "woo_besluit", "kind_title"),
        (WOO.replace("Besluit op uw Woo-verzoek", "Uw verzoek op grond van de Wet open overheid"),
         "brief", "woo_besluit", "kind_title"),
        (WOO.replace("Besluit op uw Woo-verzoek", "Uw Wob-verzoek"), "brief", "woo_besluit", "kind_title"),
        (WOO.replace("Besluit op uw Woo-verzoek", "Uw verzoek om een subsidie"), "brief", "brief",
         "type_brief_salutation_and_closing"),
        (MINUTES, "overig", "verslag", "kind_title"),
        # A filled-in form is no letter, also with a date and a contact among its fields; the letter that
        # sends one is a letter.
        ("Aanvraagformulier subsidie Sport 2025\n\nContactpersoon\nmevr. W. Grootenboer\nDatum\n15-09-2024\n\n"
         "1. Gegevens aanvrager\nNaam organisatie Stichting Sportief Epe\n\n2. Ondertekening\nPlaats Epe\n",
         "overig", "overig", "kind_title"),
        (LETTER_WITH_REPORT.replace("Jaarverslag 2018", "Onderwerp\nAanvraagformulier subsidie Sport 2025"),
         "brief", "brief", "type_brief_salutation_and_closing"),
        # A nota's routing form above it is no filled-in application: the nota's title names it.
        ("Gemeente Epe | Routingformulier\n\nCollegenota\n\nDatum nota: 12 november 2024\nPortefeuillehouder: "
         "wethouder Jansen\n\n" + PROSE + "\n", "brief", "nota", "kind_title"),
        # A record of what an official saw or of a session is a record, whatever is recorded.
        ("Omgevingsdienst Rivierenland\nPROCES-VERBAAL VAN CONSTATERING\n\nIk, ondergetekende, toezichthouder, zag op "
         "4 juni 2025 dat de schuur werd bewoond.\n", "overig", "verslag", "kind_title"),
        (WRITTEN_CONSULTATION, "overig", "verslag", "kind_title"),
        (DECISIONS, "overig", "besluitenlijst", "kind_title"),
        # A line that says only "nota" is its title (also where a scan ran it into the letterhead's line).
        (NOTA, "brief", "nota", "kind_title"),
        (MEMO_RAAD, "brief", "raadsinformatiebrief", "kind_title"),
        # What municipalities, provinces and boards call the nota to their college or daily board.
        *[(f"{title}\n\nDatum nota: 12 november 2024\nPortefeuillehouder: wethouder Jansen\n\n" + PROSE + "\n",
           "brief", "nota", "kind_title")
          for title in ("B&W-advies", "B en W-nota", "Collegenota", "Collegeadvies", "Collegevoorstel", "GS-nota",
                        "DB-voorstel", "Nota aan het college", "Voorstel aan burgemeester en wethouders",
                        # The template's name without a preposition, and the official's advice to B&W.
                        "NOTA DAGELIJKS BESTUUR", "Nota college", "Advies aan burgemeester en wethouders",
                        "Advies aan B&W",
                        # The official's advice to the burgemeester on a power that is his alone (a Bibob refusal).
                        "Advies aan de burgemeester",
                        # The kabinet's nota to the burgemeester on his own affairs (honours, a visit).
                        "Nota aan de burgemeester", "Notitie aan de burgemeester",
                        # A ministry's nota to its minister, of the same form and use.
                        "Nota aan de minister", "Nota voor de staatssecretaris")],
        # An advice to the college from an advisory council is no nota: a report's title.
        ("Advies aan het college over de Omgevingsvisie\n\nSamenvatting\n\n" + PROSE + "\n", "overig", "rapport",
         "kind_title"),
        # An advisory council writes to the college as a letter: the official's title of a nota needs B&W itself.
        ("Adviesraad Sociaal Domein\n\nAdvies aan het college van burgemeester en wethouders over het minimabeleid\n\n"
         "Geachte college,\n\n" + PROSE + "\n\nMet vriendelijke groet,\n\nde voorzitter\n", "brief", "brief",
         "type_brief_salutation_and_closing"),
        # What else municipalities call a letter of the college to the council; it needs no salutation.
        ("Raadsmededeling\n\nDatum: 9 april 2024\nOnderwerp: Stand van zaken warmtenet\n\n" + PROSE
         + "\n\nBurgemeester en wethouders van Dordrecht\n", "brief", "raadsinformatiebrief", "kind_title"),
        ("Informatienota\n\nDatum: 26 november 2024\nKenmerk: 6789012\n\n" + PROSE + "\n", "brief",
         "raadsinformatiebrief", "kind_title"),
        (PROPOSAL, "overig", "raadsvoorstel", "kind_marker"),
        (BUDGET, "jaarverslag", "begroting", "kind_title"),
        (PLAN, "jaarverslag", "begroting", "kind_title"),
        (FACTSHEET, "overig", "factsheet", "kind_title"),
        (FICHE, "overig", "eu_fiche", "kind_title"),
        (KAMERBRIEF, "brief", "kamerbrief", "type_brief_salutation_and_closing"),
        (LETTER_WITH_REPORT, "brief", "brief", "type_brief_salutation_and_closing"),
        (NEWS, "nieuws", "nieuwsbericht", "type_nieuws_headline"),
        (PRESS, "nieuws", "persbericht", "type_nieuws_label"),
        # A policy agenda over a range of years is a report, its news wording past the lead no news.
        (REPORT_LONG_WORDING, "overig", "rapport", "kind_title"),
        ("Inventarislijst\n\nNr.\tDocument\tDatum\n1\tE-mail\t3 maart 2023\n", "overig", "inventarislijst",
         "kind_title"),
        ("Lijst van ingekomen stukken\n\n1. Brief van de provincie over " + PROSE + "\n", "overig",
         "lijst_ingekomen_stukken", "kind_title"),
        ("Motie\n\nDe raad, in vergadering bijeen,\n\n" + PROSE + "\n", "overig", "motie", "kind_title"),
        ("Begrotingswijziging 2024 nr. 7\n\nbedragen x € 1.000\nJeugdhulp\t1.250\n", "jaarverslag", "begroting",
         "kind_title"),
        ("Raadsvoorstel\n\nOnderwerp: 2e begrotingswijziging 2024\n\n" + PROSE + "\n", "overig", "raadsvoorstel",
         "kind_title"),
        ("Begrotingswijziging nr. 12\n\nbedragen x € 1.000\nJeugd\t640\n", "jaarverslag", "begroting", "kind_title"),
        ("Wijziging van de begroting 2025\n\nJeugd\t640\n", "jaarverslag", "begroting", "kind_title"),
        # A handbook is no report.
        ("Handleiding Woo-verzoeken\n\nVersie 2.1 – 01-03-2024\n\n" + PROSE + "\n", "overig", "overig",
         "kind_title"),
        ("Evaluatie Wet open overheid\n\nEindrapport\n\n" + PROSE + "\n", "overig", "rapport", "kind_title"),
        ("Advies\n\nGrip op de regio\n\noktober 2024\n\n" + PROSE + "\n", "overig", "rapport", "kind_title"),
        # The text layer ran the body's name into the title's line.
        ("Ministerie van Binnenlandse Zaken Verslag\n\nOverleg Woo-contactpersonen\n\n" + PROSE + "\n", "overig",
         "verslag", "kind_title"),
        ("Gemeente Deventer Motie\n\nDe raad, in vergadering bijeen,\n\n" + PROSE + "\n", "overig", "motie",
         "kind_title"),
        # The head of a title comes first.
        ("Inventarislijst Woo-besluit\n\nNr.\tDatum\tDocument\n1\t12-01-2024\tE-mail\n", "overig", "inventarislijst",
         "kind_title"),
        # A letter's margin fields are not overridden by a report's name (it turned a real letter into a report).
        ("Datum 8 juni 2023\nOns kenmerk ADV-2023-0412\n\nAdvies\n\nWetsvoorstel registratie\n\n" + PROSE + "\n",
         "brief", "brief", "type_brief_margin_fields"),
        ("Datum 8 juni 2023\nOns kenmerk ADV-2023-0412\n\nAdvies over het wetsvoorstel\n\nGeachte heer Bakker,\n\n"
         + PROSE + "\n\nHoogachtend,\n\nJ. Jansen\n", "brief", "brief", "type_brief_salutation_and_closing"),
        # Built as a report on letter paper: the name it gives itself settles its type (and doc_type_rule
        # stays the rule that found the build, test_a_report_on_letter_paper_keeps_the_rule_that_found_it).
        ("Datum 10 april 2024\nKenmerk VRIJ-2024-044\n\nOntwerpbegroting 2025\n\nInhoud\n1. Inleiding\n"
         "2. Financiële begroting\n", "jaarverslag", "begroting", "kind_title"),
        ("Datum 8 juni 2023\nOns kenmerk ADV-2023-0412\n\nAdvies\n\nWetsvoorstel registratie\n\nSamenvatting\n"
         + PROSE + "\n", "overig", "rapport", "kind_title"),
        # A memo to the council printed as a form is the college's letter to it.
        ("MEMO\n\nAan: gemeenteraad\nVan: college van burgemeester en wethouders\nDatum: 05-09-2024\n"
         "Onderwerp: Rapport rekenkamercommissie\n\n" + PROSE + "\n", "brief", "raadsinformatiebrief",
         "kind_memo_to_council"),
        ("MEMO\n\nAan: afdeling Financiën\nVan: team Subsidies\nDatum: 05-09-2024\n"
         "Onderwerp: Rapport rekenkamercommissie\n\n" + PROSE + "\n", "brief", "brief", "type_brief_margin_fields"),
        # A table prints the fields without colons, and the memo may go to the council and others beside it.
        ("Memo\n\nAan de leden van de gemeenteraad en de burgerleden\nVan de griffie\nDatum 15 oktober 2024\n"
         "Onderwerp Procesvoorstel begrotingsbehandeling\n\n" + PROSE + "\n", "brief", "raadsinformatiebrief",
         "kind_memo_to_council"),
        # An old police record numbers itself before its title on one line; a crisis team's log is a record too.
        ("GEMEENTEPOLITIE EPE\nNo. 81/0077 PROCES-VERBAAL\n\nIk, agent van politie, verklaar het volgende:\n"
         + PROSE + "\n", "overig", "verslag", "kind_title"),
        ("Crisislogboek\nIncident: wateroverlast Epe\n\n| 09:12 | Leider CoPI | " + PROSE + "\n", "overig",
         "verslag", "kind_title"),
        # A police report to the burgemeester on a 13b case reports findings: a report.
        ("Politie\n\nBESTUURLIJKE RAPPORTAGE\nArtikel 13b Opiumwet\n\nBevindingen\n" + PROSE + "\n", "overig",
         "rapport", "kind_title"),
        # Near miss: the budget cycle's bestuursrapportage stays a budget note.
        ("Bestuursrapportage 2024\n\nInleiding\n" + PROSE + "\n", "jaarverslag", "begroting", "kind_title"),
        # A burgemeester's noodverordening is no council's regulation; a verordening of the council is.
        ("Noodverordening ex artikel 176 Gemeentewet\n\nDe burgemeester van Epe,\n\ngelet op artikel 176 van de "
         "Gemeentewet;\n\nBESLUIT\nvast te stellen de volgende noodverordening:\n\nArtikel 1\n" + PROSE + "\n",
         "overig", "overig", "type_overig_instrument"),
        ("Verordening op de heffing van precariobelasting 2025\n\nDe raad van de gemeente Epe;\n\ngelet op artikel "
         "228 van de Gemeentewet;\n\nbesluit:\n\nArtikel 1\n" + PROSE + "\n", "overig", "raadsvoorstel",
         "kind_title"),
        # A policy named with its body and year, a plan with the body it is of, a water board's weekly bulletin of
        # measurements, and a committee of inquiry's verslag are reports (tests/layouts/blind26, blind28).
        ("Inkoop- en aanbestedingsbeleid gemeente Epe 2025\n\nVastgesteld door het college op 4 maart 2025\n\n"
         "1 Inleiding\n" + PROSE + "\n", "overig", "rapport", "kind_title"),
        ("Calamiteitenplan Waterschap Aa en Maas\n\nVersie 3.1\n\n1 Doel\n" + PROSE + "\n", "overig", "rapport",
         "kind_title"),
        ("Droogtebericht Wetterskip Fryslân\nNummer 2 - week 27\n\nSamenvatting\n" + PROSE + "\n", "overig",
         "rapport", "kind_title"),
        ("Verslag van de commissie voor het onderzoek van de geloofsbrieven\n\nBevindingen\n" + PROSE + "\n",
         "overig", "rapport", "kind_title"),
        # A list of archival records, typed with its name in capitals over a long line, is an inventory list; a list
        # of candidates is none.
        ("LIJST van archiefbescheiden van de secretarie, overgebracht naar de archiefbewaarplaats (Gemeentelijke "
         "Archiefdienst, Havenkade 5)\n\nVolgnr.\tOmschrijving\tJaren\n1\tNotulen raad\t1930 - 1950\n",
         "overig", "inventarislijst", "kind_title"),
        ("LIJST van candidaten voor de verkiezing van de leden van de raad der gemeente, ingeleverd bij het "
         "centraal stembureau\n\n" + PROSE + "\n", "overig", "overig", "type_default"),
        # A market's bulletin of supply and prices is one as a water board's is (tests/layouts/blind36, animals).
        ("GEMEENTELIJKE VEEMARKT ZWOLLE\nMARKTBERICHT No. 12\n\nAanvoer\n" + PROSE + "\n", "overig", "rapport",
         "kind_title"),
        # A day report records one day's events with their times, as a logbook does: a record
        # (tests/layouts/blind36/CONVENTIONS-markets.md); the daily bulletin of figures stays a report.
        ("Dagrapport weekmarkt\n\nMarktdag zaterdag 5 april 2025\n\n09.30 uur: " + PROSE + "\n", "overig",
         "verslag", "kind_title"),
        ("Dagrapportage grondwaterstanden\n\nMeetdag 5 april 2025\n\n" + PROSE + "\n", "overig", "rapport",
         "kind_title"),
        # Near miss: a committee's verslag of its meeting records it.
        ("Verslag van de commissie Bestuur en Middelen\n\nAanwezig: de leden Jansen en De Vries\n\n" + PROSE + "\n",
         "overig", "verslag", "kind_title"),
        # Near miss: a plan that names no body after it and no years is a word of another use.
        ("Calamiteitenplan bijgewerkt na de oefening\n\n" + PROSE + "\n", "overig", "overig", "type_default"),
        # A heading names its body before a dash and its kind after it.
        ("Inspectie bermen 2024\nGemeente Oss - kwaliteitsrapportage\n\n" + PROSE + "\n", "overig", "rapport",
         "kind_title"),
        # Near miss: a title that goes on after its dash names no kind there.
        ("Inspectie bermen 2024\nGemeente Oss - rapportage van wat bewoners ervan vinden\n\n" + PROSE + "\n", "overig",
         "overig", "type_default"),
        # A logbook of a piece of equipment is a register's print, no record of a meeting or a team's work.
        ("Logboek speeltoestellen\nSpeelplek Dorpsplein\n\nDatum | Soort | Bevinding\n04-03-2024 | routine | geen\n",
         "overig", "overig", "type_default"),
        # Near miss: a crisis team's logbook records its work.
        ("Logboek ROT\nBrand Dorpsplein\n\nDatum | Tijd | Actie\n04-03-2024 | 10:00 | opgeschaald\n",
         "overig", "verslag", "kind_title"),
        # An old committee's report over a season of a year is its annual report.
        ("VERSLAG van de Commissie voor het Badwezen over het badseizoen 1958\n\nAan de Raad der gemeente Zandvoort.\n\n"
         + PROSE + "\n", "jaarverslag", "jaarverslag", "kind_title"),
        # A project's end report, also its content and financial one, is a report.
        ("Inhoudelijk en financieel eindverslag\nProject Buurtmaaltijd 2024\n\n" + PROSE + "\n", "overig", "rapport",
         "kind_title"),
        ("Eindverslag\nProject Buurtmaaltijd 2024\n\n" + PROSE + "\n", "overig", "rapport", "kind_title"),
        # Near miss: another board that is called a raad is no council.
        ("Memo\n\nAan de raad van bestuur\nVan de concerncontroller\nDatum 15 oktober 2024\n"
         "Onderwerp Procesvoorstel begrotingsbehandeling\n\n" + PROSE + "\n", "brief", "brief",
         "type_brief_margin_fields"),
    ],
)
def test_document_kind(text, doc_type, kind, kind_rule):
    info = describe(text)
    assert (info.doc_type, info.doc_kind, info.doc_kind_rule) == (doc_type, kind, kind_rule)


def test_a_letter_from_the_kamer_is_no_kamerbrief():
    # A committee's griffier writes on the Kamer's letterhead to a named addressee.
    text = ("Tweede Kamer der Staten-Generaal\nVaste commissie voor Binnenlandse Zaken\n\nDe burgemeester van Emmen\n"
            "Postbus 30001\n7800 RA Emmen\n\nDen Haag, 20 november 2024\nOnderwerp: uitnodiging rondetafelgesprek\n\n"
            "Geachte heer Van Oosterhout,\n\n" + PROSE + "\n\nMet vriendelijke groet,\n\n"
            "de griffier van de vaste commissie voor Binnenlandse Zaken,\n\nH.J. Hendriks\n")
    assert (describe(text).doc_kind, describe(KAMERBRIEF).doc_kind) == ("brief", "kamerbrief")
    # A minister's letter to the Kamer may name a committee in its last paragraph.
    answered = KAMERBRIEF.replace("Hoogachtend,\n\n", "Hiermee voldoe ik aan het verzoek van de vaste commissie.\n\n")
    assert describe(answered).doc_kind == "kamerbrief"


COUNCIL_LETTER = ("Gemeente Hengelo\n\nAan de gemeenteraad van Hengelo\nPostbus 18\n7550 AA Hengelo\n\n"
                  "Datum: 2 december 2024\nOnderwerp: onderzoek naar de dienstverlening van het KCC\n\n"
                  "Geachte leden van de raad,\n\n" + PROSE + "\n\nMet vriendelijke groet,\n\n"
                  "burgemeester en wethouders van Hengelo,\n\nde secretaris, de burgemeester,\n")


@pytest.mark.parametrize(
    ("old", "new", "kind"),
    [
        ("", "", "raadsinformatiebrief"),
        # Addressed by its salutation alone, to Provinciale Staten, or signed as the college.
        ("Aan de gemeenteraad van Hengelo\n", "De voorzitter van de raad\n", "raadsinformatiebrief"),
        # Another municipality's council, or a province writing to a council, is no own council.
        ("Aan de gemeenteraad van Hengelo", "Aan de gemeenteraad van Borne", "brief"),
        ("burgemeester en wethouders van Hengelo,", "Gedeputeerde Staten van Overijssel,", "brief"),
        # The signature may run on after the place.
        ("burgemeester en wethouders van Hengelo,\n\nde secretaris, de burgemeester,",
         "Burgemeester en wethouders van Hengelo, de secretaris, de burgemeester", "raadsinformatiebrief"),
        ("burgemeester en wethouders van Hengelo,", "Het college van B&W van Hengelo,", "raadsinformatiebrief"),
        # The burgemeester reports to his own council on his own powers (a noodbevel); another's burgemeester does not.
        ("burgemeester en wethouders van Hengelo,\n\nde secretaris, de burgemeester,",
         "De burgemeester van Hengelo,\n\nmr. J. de Vries", "raadsinformatiebrief"),
        ("burgemeester en wethouders van Hengelo,\n\nde secretaris, de burgemeester,", "De burgemeester,",
         "raadsinformatiebrief"),
        ("burgemeester en wethouders van Hengelo,\n\nde secretaris, de burgemeester,",
         "De burgemeester van Borne,\n\nmr. J. de Vries", "brief"),
        # The executive writes to the council of another body: the province's toezichtbrief to a gemeenteraad.
        ("burgemeester en wethouders van Hengelo,", "Gedeputeerde Staten van Overijssel,", "brief"),
        # Another body writes to the council, or the college to a hospital's board.
        ("burgemeester en wethouders van Hengelo,\n\nde secretaris, de burgemeester,",
         "de Rekenkamer Hengelo,\n\nde voorzitter,", "brief"),
        ("Aan de gemeenteraad van Hengelo\nPostbus 18\n7550 AA Hengelo\n\nDatum: 2 december 2024\n"
         "Onderwerp: onderzoek naar de dienstverlening van het KCC\n\nGeachte leden van de raad,",
         "Aan de raad van bestuur van ZGT\nPostbus 7600\n7600 SZ Almelo\n\nDatum: 2 december 2024\n"
         "Onderwerp: de spoedeisende hulp\n\nGeachte leden van de raad van bestuur,", "brief"),
        ("Aan de gemeenteraad van Hengelo\nPostbus 18\n7550 AA Hengelo\n\nDatum: 2 december 2024\n"
         "Onderwerp: onderzoek naar de dienstverlening van het KCC\n\nGeachte leden van de raad,",
         "De heer P. Jansen\nDorpsstraat 1\n7551 AB Hengelo\n\nDatum: 2 december 2024\n"
         "Onderwerp: uw klacht over het KCC\n\nGeachte heer Jansen,", "brief"),
    ],
)
def test_a_college_letter_to_its_own_council_is_a_raadsinformatiebrief_whatever_it_calls_itself(old, new, kind):
    text = COUNCIL_LETTER.replace(old, new) if old else COUNCIL_LETTER
    assert (describe(text).doc_type, describe(text).doc_kind) == ("brief", kind)


@pytest.mark.parametrize(
    ("addressee", "signers", "kind"),
    [
        # The old form names the council 'der gemeente', without salutation or closing.
        ("Aan de raad der gemeente Borne", "Burgemeester en wethouders van Borne,", "raadsinformatiebrief"),
        ("Aan den Raad der gemeente Borne", "Burgemeester en Wethouders der gemeente Borne,", "raadsinformatiebrief"),
        # Near misses: another municipality's council; a body named 'Raad der ...' that is no council.
        ("Aan de raad der gemeente Hengelo", "Burgemeester en wethouders van Borne,", "brief"),
        ("Aan de Raad der Kinderbescherming", "Burgemeester en wethouders van Borne,", "brief"),
    ],
)
def test_an_old_college_letter_to_the_raad_der_gemeente(addressee, signers, kind):
    text = (f"GEMEENTE BORNE\n\n{addressee}\n\nOnderwerp: bouw sporthal\n\nBij de behandeling van de begroting hebben "
            f"wij toegezegd u op de hoogte te houden van de bouw van de sporthal.\n\nBorne, 22 augustus 1977.\n\n"
            f"{signers}\nde secretaris,\nde burgemeester,\n")
    assert (describe(text).doc_type, describe(text).doc_kind) == ("brief", kind)


def test_gedeputeerde_staten_to_their_own_staten_write_a_raadsinformatiebrief():
    text = (COUNCIL_LETTER.replace("Aan de gemeenteraad van Hengelo", "Aan Provinciale Staten van Overijssel")
            .replace("Geachte leden van de raad,", "Geachte Statenleden,")
            .replace("burgemeester en wethouders van Hengelo,", "Gedeputeerde Staten van Overijssel,"))
    other = text.replace("Aan Provinciale Staten van Overijssel", "Aan Provinciale Staten van Drenthe")
    assert (describe(text).doc_kind, describe(other).doc_kind) == ("raadsinformatiebrief", "brief")


def test_a_letter_to_the_kamer_about_a_woo_decision_is_a_kamerbrief():
    text = KAMERBRIEF.replace("Betreft Voortgang buurtwerk",
                              "Betreft Openbaarmaking documenten en Woo-besluit over de aanschaf van mondkapjes")
    assert (describe(text).doc_kind, describe(WOO).doc_kind) == ("kamerbrief", "woo_besluit")


def test_a_news_item_whose_headline_names_a_letter_stays_news():
    text = ("Woo-besluit: provincie gaf 2 miljoen uit aan adviseurs\n\nARNHEM, 12 maart 2024 - " + PROSE
            + " Dat blijkt uit documenten die na een Woo-verzoek openbaar zijn gemaakt.\n")
    info = describe(text)
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("nieuws", "nieuwsbericht", "2024-03-12")


def test_every_kind_implies_a_doc_type_and_is_in_the_schema():
    words = k.kind_words()
    assert set(words.kinds) == set(DOC_KINDS)
    assert set(words.kinds.values()) == set(DOC_TYPES)


@pytest.mark.parametrize(
    "header",
    [
        "Onderwerp: Re: buurtwerk\nDatum: Tue, 12 Mar 2024 09:05:11 +0100\nVan: Willem Bos\nAan: Sanne Dekker\n",
        "Datum: 12-03-2024 09:05\nVan: Willem Bos\nAan: Sanne Dekker\nOnderwerp: Re: buurtwerk\n",
        "Subject: Re: buurtwerk\nFrom: Willem Bos\nDate: 3/12/2024 9:05 AM\nTo: Sanne Dekker\n",
    ],
)
def test_mail_headers_in_any_order(header):
    info = describe(header + "\nHoi Sanne,\n\n" + PROSE + "\n\nWillem\n")
    assert (info.doc_kind, info.doc_date, info.doc_date_rule) == ("email", "2024-03-12", "email_sent")


def test_kamervragen_stay_kamervragen_whatever_their_opening_says():
    text = ("Vragen van het lid Bruins Slot (CDA) aan de Minister van Binnenlandse Zaken over het verslag van "
            "de commissie (ingezonden 4 juni 2019).\n\nHoeveel subsidie ontvingen moskeeën?\n")
    info = describe(text)
    assert (info.doc_type, info.doc_kind) == ("kamervragen", "kamervragen")


def test_news_wrapped_at_seventy_characters_is_still_news():
    text = (
        "Bibliotheek Oost helpt 300 inwoners met lezen\n\n"
        "De bibliotheek in Oost heeft het afgelopen jaar ruim driehonderd\n"
        "inwoners geholpen die moeite hebben met lezen en schrijven. Dat\n"
        "laat de directeur van de bibliotheek weten in een toelichting op\n"
        "de cijfers over het eerste jaar van het Taalhuis.\n\n"
        "Het Taalhuis is drie ochtenden per week open in het wijkcentrum.\n"
    )
    info = describe(text)
    assert (info.doc_type, info.doc_kind, info.doc_type_rule) == ("nieuws", "nieuwsbericht", "nieuws_headline")


def test_a_letter_whose_subject_is_minutes_is_a_letter():
    text = ("Stichting Buurtwerk\nPostbus 112\n3500 AC Utrecht\n\nBetreft: Verslag van de bijeenkomst\n\n"
            "Geachte heer Bakker,\n\nHierbij zenden wij u het verslag.\n\nMet vriendelijke groet,\n\nJ. Jansen\n")
    info = describe(text)
    assert (info.doc_type, info.doc_kind) == ("brief", "brief")


def test_a_report_on_letter_paper_keeps_the_rule_that_found_it():
    text = ("Datum 10 april 2024\nKenmerk VRIJ-2024-044\n\nOntwerpbegroting 2025\n\nInhoud\n1. Inleiding\n"
            "2. Financiële begroting\n")
    info = describe(text)
    assert (info.doc_type, info.doc_type_rule, info.doc_kind_rule) == (
        "jaarverslag", "overig_report_on_letter_paper", "kind_title")


@pytest.mark.parametrize(
    ("title", "doc_type", "kind"),
    [
        # Reports on progress are reports, not annual reports.
        ("Derde voortgangsrapportage Programma Wonen", "overig", "rapport"),
        ("Kwartaalrapportage Sociaal Domein", "overig", "rapport"),
        ("Zesde voortgangsrapportage Wet open overheid", "overig", "rapport"),
        ("Woo-monitor 2023", "overig", "rapport"),
        ("Monitor Sociaal Domein 2024", "overig", "rapport"),
        # The notes and reports of the budget cycle change the budget: they are the budget's.
        ("Voorjaarsnota 2024", "jaarverslag", "begroting"),
        ("Najaarsnota 2024", "jaarverslag", "begroting"),
        ("Kadernota 2025", "jaarverslag", "begroting"),
        # The budget cycle's notes keep their kind with a place and years in their name.
        ("Voorjaarsnota Leeuwarden 2025-2028", "jaarverslag", "begroting"),
        ("1e Bestuursrapportage 2024", "jaarverslag", "begroting"),
        # What some municipalities call their voorjaars- and najaarsnota.
        ("Najaarsrapportage 2024", "jaarverslag", "begroting"),
        ("Voorjaarsrapportage 2025", "jaarverslag", "begroting"),
        # A decision list may say it is public or a draft before its name.
        ("Openbare besluitenlijst van de vergadering van burgemeester en wethouders", "overig", "besluitenlijst"),
        ("Concept-besluitenlijst GS", "overig", "besluitenlijst"),
        # The action list drawn up after one meeting is the decision list's sibling; a short report of a
        # meeting is its minutes.
        ("Actielijst dagelijks bestuur", "overig", "besluitenlijst"),
        ("Kort verslag van de vergadering van het dagelijks bestuur", "overig", "verslag"),
        # An Eerste Kamer print gives its letter before the title; a committee's first report is provisional.
        ("B VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR FINANCIËN", "overig", "verslag"),
        ("C NADER VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR FINANCIËN", "overig", "verslag"),
        ("Voorlopig verslag van de vaste commissie voor Justitie en Veiligheid", "overig", "verslag"),
        # A compound names an annual report too.
        ("Burgerjaarverslag 2023", "jaarverslag", "jaarverslag"),
        ("Nieuwsbrief Jeugd", "nieuws", "nieuwsbericht"),
        ("Raadsnieuwsbrief", "nieuws", "nieuwsbericht"),
        ("Schriftelijke vragen ex artikel 40 RvO", "kamervragen", "kamervragen"),
        ("Vragen ex artikel 38 Reglement van orde", "kamervragen", "kamervragen"),
        ("Beantwoording vragen ex art. 40 RvO", "kamervragen", "kamervragen"),
        # The provincial counterpart of the college's raadsinformatiebrief.
        ("Statenbrief", "brief", "raadsinformatiebrief"),
        ("Plaatsingslijst van het archief van de gemeente Den Ham", "overig", "inventarislijst"),
        ("Archiefinventaris Waterschap Vallei en Veluwe 1950-1999", "overig", "inventarislijst"),
        ("Onderzoek naar de reserves en voorzieningen in de jaarrekening 2023", "overig", "rapport"),
        ("Rekenkameronderzoek naar het armoedebeleid", "overig", "rapport"),
        ("Eerste begrotingswijziging 2024", "jaarverslag", "begroting"),
        ("Derde begrotingswijziging", "jaarverslag", "begroting"),
        # What else a council proposal is called, also the province's to its Staten.
        ("Raadsstuk", "overig", "raadsvoorstel"),
        # A waterschap's or joint body's algemeen bestuur is its council; its dagelijks bestuur its college.
        ("Voorstel aan het algemeen bestuur", "overig", "raadsvoorstel"),
        ("Voorstel aan het dagelijks bestuur", "brief", "nota"),
        # Questions for the council's question hour are asked in writing, as art. 40 questions are.
        ("Vragen voor het vragenuur (artikel 41 Reglement van orde)", "kamervragen", "kamervragen"),
        # A list of decisions and actions, named in either order.
        ("Besluiten- en actielijst", "overig", "besluitenlijst"),
        ("Actie- en besluitenlijst bestuurscommissie", "overig", "besluitenlijst"),
        # A meeting's agenda is neither a letter nor the meeting's record.
        ("Agenda commissie Ruimte en Economie", "overig", "overig"),
        ("Agenda van de openbare vergadering van het algemeen bestuur", "overig", "overig"),
        ("Statenvoorstel", "overig", "raadsvoorstel"),
        # A budget or the accounts at a glance is a leaflet about them.
        ("Begroting 2025 in één oogopslag", "overig", "factsheet"),
        ("Jaarrekening 2023 in een oogopslag", "overig", "factsheet"),
        # Notes of a meeting are its record.
        ("Aantekeningen overleg kassengebied Poeldijk", "overig", "verslag"),
        ("Gespreksaantekeningen", "overig", "verslag"),
        # Noord-Brabant's name for the Statenbrief; the Staten's own decision is their raadsbesluit.
        ("Statenmededeling", "brief", "raadsinformatiebrief"),
        ("Statenbesluit", "overig", "raadsvoorstel"),
        # A budget in a minute is a leaflet about it, as one at a glance.
        ("De begroting 2026 in 1 minuut", "overig", "factsheet"),
        ("Jaarrekening 2024 in één minuut", "overig", "factsheet"),
        # An organisation's paper for a hearing of the Kamer states its position, as an advice does.
        ("Position paper", "overig", "rapport"),
        ("Positionpaper rondetafelgesprek jeugdzorg", "overig", "rapport"),
        # A discussion paper for a committee sets out choices, as a position paper or a discussienotitie does.
        ("Discussiepaper", "overig", "rapport"),
        ("Discussiepaper regionale samenwerking jeugdzorg", "overig", "rapport"),
        ("Positiepaper waterschappen", "overig", "rapport"),
        # A welstand committee's advice on a plan is a report of the committee.
        ("Welstandsadvies", "overig", "rapport"),
        # A ministry's nota opens with its addressee and what it is for.
        ("Aan de minister ter beslissing", "brief", "nota"),
        ("Aan de staatssecretaris ter informatie", "brief", "nota"),
        # An annual report on one subject, and released chat messages with the group or period they are of.
        ("Jaarrapportage Woo- en Wob-verzoeken 2022", "jaarverslag", "jaarverslag"),
        ("Jaarverslag klachtenbehandeling 2023", "jaarverslag", "jaarverslag"),
        ("Chatberichten (WhatsApp) – groep Crisisteam gemeente", "overig", "overig"),
        ("WhatsApp-berichten tussen de burgemeester en de GGD", "overig", "overig"),
        ("Sms-berichten", "overig", "overig"),
        ("Sms-berichten d.d. 17 maart 2020", "overig", "overig"),
        # The name of a municipality's annual accounts before the BBV.
        ("REKENING van de ontvangsten en uitgaven over het dienstjaar 1977", "jaarverslag", "jaarrekening"),
        ("Gemeenterekening dienstjaar 1952", "jaarverslag", "jaarrekening"),
        # The accounts and the budget named by what they hold, the body and the year on the lines under the title.
        ("REKENING van de ontvangsten en uitgaven der", "jaarverslag", "jaarrekening"),
        ("BEGROTING van de ontvangsten en uitgaven der", "jaarverslag", "begroting"),
        # A budget of one occasion or subject, named between the word and the year it is for.
        ("BEGROTING SINTERKLAASINTOCHT 1979", "jaarverslag", "begroting"),
        ("Begroting Dorpsfeest Hollandscheveld 2025", "jaarverslag", "begroting"),
        # A staff paper's name in capitals with its article.
        ("HET RAADHUISNIEUWS", "nieuws", "nieuwsbericht"),
        # A nota to a directieteam or one that the college discusses is a nota as one it decides on.
        ("Adviesnota directieteam", "brief", "nota"),
        ("Adviesnota", "brief", "nota"),
        ("Bespreeknotitie college", "brief", "nota"),
        # A notitie addressed to a board that decides (a college, a university's College van Bestuur) is its nota.
        ("Notitie voor het College van Bestuur", "brief", "nota"),
        ("Notitie aan het college van burgemeester en wethouders", "brief", "nota"),
        # A typed note of a telephone call records a conversation, as a gespreksverslag does.
        ("Telefoonnotitie", "overig", "verslag"),
        ("TELEFOONNOTITIE", "overig", "verslag"),
        # Policy documents and plans that are no annual plan are studies or reasoned texts: reports.
        ("Structuurvisie Zuidplas 2035", "overig", "rapport"),
        ("Mobiliteitsvisie 'Rijswijk in beweging'", "overig", "rapport"),
        ("Gezondheidsbeleidsplan 2025-2028", "overig", "rapport"),
        ("Beleidsplan armoede 2024-2027", "overig", "rapport"),
        ("Plan van aanpak huisvesting statushouders", "overig", "rapport"),
        # The draaiboek of one occasion plans it as a plan of action does; a standing draaiboek for whatever comes
        # (a crisis, a calamity) is a handbook, no report.
        ("Draaiboek intocht Sinterklaas 2025", "overig", "rapport"),
        ("Draaiboek werkbezoek minister van Justitie", "overig", "rapport"),
        ("Draaiboek voor de herdenking 4 mei", "overig", "rapport"),
        ("Projectplan Waterwet kadeverbetering Lek", "overig", "rapport"),
        ("Business case gezamenlijke inkoop", "overig", "rapport"),
        ("Uitvoeringsprogramma Wonen 2024-2026", "overig", "rapport"),
        ("Uitvoeringsprogramma Klimaatadaptatie 2025-2028", "overig", "rapport"),
        ("Actieprogramma eenzaamheid", "overig", "rapport"),
        ("Nota grondbeleid 2023", "overig", "rapport"),
        ("Discussienotitie herindeling", "overig", "rapport"),
        ("Startnotitie Omgevingsprogramma Buitengebied", "overig", "rapport"),
        ("Haalbaarheidsstudie zwembad", "overig", "rapport"),
        ("Managementsamenvatting", "overig", "rapport"),
        ("Toetsingsadvies over het milieueffectrapport", "overig", "rapport"),
        ("Een verkenning van de woningmarkt tot 2040", "overig", "rapport"),
        ("Een kort onderzoek naar de inzet van boa's", "overig", "rapport"),
        ("Dashboard jeugdhulp", "overig", "rapport"),
        # A plan of execution or action for a part of town, and a strategy, regional or of a subject: plans.
        ("Wijkuitvoeringsplan Aardgasvrij Overvecht-Noord", "overig", "rapport"),
        ("Gebiedsactieplan Veenweide", "overig", "rapport"),
        ("Regionale Energiestrategie 2.0", "overig", "rapport"),
        ("Warmtestrategie Epe", "overig", "rapport"),
        # A plan over a range of years is a report (ANNOTATING.md), whatever plan it is, also after a word.
        ("Strategisch Opleidingsplan 2024-2027", "overig", "rapport"),
        ("Huisvestingsplan 2025-2030", "overig", "rapport"),
        ("Werkplan 2025-2026", "overig", "rapport"),
        # A year's work plan plans the year to come, as a Jaarplan does; an annual report's figures on a leaflet.
        ("Werkplan 2025", "jaarverslag", "begroting"),
        # Also a compound, or with its subject between the plan and the year it is for.
        ("Opleidingsjaarplan 2025", "jaarverslag", "begroting"),
        ("Jaarplan Opleiden, Trainen en Oefenen 2026", "jaarverslag", "begroting"),
        ("Werkplan toezicht en handhaving 2025", "jaarverslag", "begroting"),
        # A year's programme with its subject between its name and the year, as a year's plan.
        ("Uitvoeringsprogramma Klimaatadaptatie 2025", "jaarverslag", "begroting"),
        ("Jaarprogramma cultuureducatie en erfgoed 2026", "jaarverslag", "begroting"),
        # A year's training plan is a year's work plan (tests/layouts/blind13/CONVENTIONS-training.md).
        ("Opleidingsplan 2025", "jaarverslag", "begroting"),
        ("Scholingsplan brandweer 2026", "jaarverslag", "begroting"),
        # Over a range of years a plan is a report, also with its subject between its name and the years.
        ("Meerjarenopleidingsplan Vakbekwaamheid 2024-2027", "overig", "rapport"),
        ("Opleidingsplan brandweer en crisisorganisatie 2025-2028", "overig", "rapport"),
        ("Jaarverslag 2024 in cijfers", "overig", "factsheet"),
        ("Vergunningen in cijfers", "overig", "factsheet"),
        # Rules of conduct are no studies: a protocol or code is overig, as a handbook is.
        ("Protocol agressie en geweld tegen medewerkers", "overig", "overig"),
        ("Gedragscode integriteit raadsleden", "overig", "overig"),
        # A filled-in evaluation form is a form; notes of an intervisie are notes of a meeting.
        ("Evaluatieformulier training", "overig", "overig"),
        # An application or registration form, also without the '-ings' of its compound.
        ("Aanmeldformulier opleiding Manschap A", "overig", "overig"),
        ("Inschrijfformulier cursus bedrijfshulpverlening", "overig", "overig"),
        # A site's page of questions the public asks is no news (ANNOTATING.md).
        ("Veelgestelde vragen over de afvalpas", "overig", "overig"),
        ("Aantekeningen intervisie", "overig", "verslag"),
        ("Intervisieverslag groep 3", "overig", "verslag"),


        # A policy nota for a period, named by its subject: a policy report, not a nota to a college.
        ("Nota Openluchtrecreatie 1980–1990", "overig", "rapport"),
        ("Nota Verkeer en Vervoer 1985-1995", "overig", "rapport"),
        # A survey named by what it surveys (CONVENTIONS-space: an acoustic or soil survey is a report).
        ("Akoestisch onderzoek wegverkeerslawaai", "overig", "rapport"),
        ("VERKENNEND BODEMONDERZOEK", "overig", "rapport"),
        ("Archeologisch bureauonderzoek plangebied De Hoven", "overig", "rapport"),
        # The answer to the zienswijzen on a plan, annexed to a council proposal, is a report.
        ("Nota van beantwoording zienswijzen", "overig", "rapport"),
        ("Reactienota inspraak Omgevingsvisie Oss", "overig", "rapport"),
        # A plan printed alone, or its toelichting, without addressee: a plan document (CONVENTIONS-space).
        ("Bestemmingsplan Dorpskern Sint Anthonis", "overig", "rapport"),
        ("Toelichting bestemmingsplan \"Keppelseweg 41-45\"", "overig", "rapport"),
        # A report named by what it reports on, as one word with 'rapportage'.
        ("Verzuimrapportage derde kwartaal 2024", "overig", "rapport"),
        ("Managementrapportage", "overig", "rapport"),
        # A plan named alone, its adjective before it (ANNOTATING.md: plans printed alone are reports).
        ("Regionaal Hitteplan", "overig", "rapport"),
        ("Ruimingsplan", "overig", "rapport"),
        ("GEMEENTELIJK ONDERWIJSACHTERSTANDENPLAN", "overig", "rapport"),
        # A policy agenda over a range of years is a plan over them, no meeting's agenda.
        ("Lokale Educatieve Agenda 2024–2028", "overig", "rapport"),
        ("Woonagenda 2024-2030", "overig", "rapport"),
        # A policy nota of one year, named as one word (CONVENTIONS-property of blind25: a year's land prices).
        ("Grondprijzennota 2026", "overig", "rapport"),
        # A policy nota named by its subject, its place and the years it covers.
        ("Horecanota Leeuwarden 2025–2030", "overig", "rapport"),
        # An engineer's design of a street or a work, drawn and explained before the contract's bestek.
        ("Voorlopig ontwerp", "overig", "rapport"),
        ("Definitief ontwerp reconstructie Stationsweg", "overig", "rapport"),
        # A year's formatieplan plans the staff and wage bill of the year to come, as a werkplan its work.
        ("Formatieplan 2026", "jaarverslag", "begroting"),
        ("Formatieplan Gemeente Tiel 2026", "jaarverslag", "begroting"),
        # Key figures named with what they count: a factsheet, as '... in cijfers' is.
        ("Kerncijfers schooljaar 2023-2024", "overig", "factsheet"),
        # A plan named by the area it covers, a programme by what it covers, its draft too (ANNOTATING.md: plans and
        # programmes printed alone are reports).
        ("Natura 2000-beheerplan Drentsche Aa-gebied (18)", "overig", "rapport"),
        ("Bosbeheerplan Landgoed De Hoge Veluwe", "overig", "rapport"),
        ("Ontwerp Programma Landelijk Gebied Utrecht", "overig", "rapport"),
        ("Programma Aardgasvrije Wijken", "overig", "rapport"),
        # A programme named by what it covers over a range of years, or by its own name after the level of government
        # that runs it (tests/layouts/blind50/CONVENTIONS-*.md), is a plan over years: a report.
        ("Programma laaggeletterdheid Drechtsteden 2024-2027", "overig", "rapport"),
        ("Lokaal programma armoede en schulden 2023-2026", "overig", "rapport"),
        ("Provinciaal Programma Bodem en Water", "overig", "rapport"),
        ("Landelijk Programma Digitale Inclusie", "overig", "rapport"),
        # A stress test maps where a place is vulnerable (to water, heat, drought): a study, a report.
        ("Stresstest wateroverlast en hitte Deventer", "overig", "rapport"),
        ("Klimaatstresstest gemeente Zeewolde", "overig", "rapport"),
        # The record of an appraisal or an inspection: a report of what an expert found, no minutes of a meeting.
        ("Taxatieverslag", "overig", "rapport"),
        ("Inspectieverslag speeltoestellen", "overig", "rapport"),
        # An advice named by the disciplines that give it, as a committee's advice is named by its committee.
        ("Multidisciplinair advies evenement", "overig", "rapport"),
        ("Stedenbouwkundig advies Stationsplein", "overig", "rapport"),
        # An extract of the minutes is part of them.
        ("Uittreksel uit de notulen van de openbare vergadering van de raad", "overig", "verslag"),
        # The old annual report of a service: a report on the state of its works, or over one year.
        ("VERSLAG VAN DEN HAVENMEESTER OMTRENT DEN TOESTAND EN HET GEBRUIK", "jaarverslag", "jaarverslag"),
        ("Verslag van de Dienst Gemeentewerken over het jaar 1960", "jaarverslag", "jaarverslag"),
        # OCR runs a letter-spaced title's year into its word ('J A A R V E R S L A G   1 9 8 8').
        ("JAARVERSLAG1988", "jaarverslag", "jaarverslag"),
        # A team's programme of work for one year is its year plan, as a werkplan is.
        ("Werkprogramma 2025", "jaarverslag", "begroting"),
        # A forecast of population or housing and the design of a study are research reports; so is a statistical
        # yearbook, also printed chapter by chapter under its running head, whatever city it is of.
        ("Bevolkings- en woningbouwprognose Zwolle 2025-2040", "overig", "rapport"),
        ("Huishoudensprognose", "overig", "rapport"),
        ("Onderzoeksopzet armoedebeleid", "overig", "rapport"),
        ("Statistisch jaarboek Leiden 2024", "overig", "rapport"),
        ("STATISTISCH JAARBOEK DER GEMEENTE HAARLEM", "overig", "rapport"),
        # A sheet of facts and figures says so over its tiles.
        ("Feiten en cijfers Interreg in Limburg", "overig", "factsheet"),
        # A delegation's report of a trip or working visit of days, with findings and costs, is a report, not the
        # record of one meeting (tests/layouts/blind44/CONVENTIONS-international.md).
        ("Verslag werkbezoek Niedersachsen", "overig", "rapport"),
        ("Verslag van het werkbezoek van een delegatie aan Masaya", "overig", "rapport"),
        ("Reisverslag handelsmissie China", "overig", "rapport"),
        ("Verslag studiereis Kopenhagen", "overig", "rapport"),
    ],
)
def test_the_name_a_document_gives_itself_on_the_borders_of_the_types(title, doc_type, kind):
    info = describe(f"{title}\n\nZwolle, 4 juni 2024\n\n{PROSE}\n")
    assert (info.doc_type, info.doc_kind, info.doc_kind_rule) == (doc_type, kind, "kind_title")


@pytest.mark.parametrize("title", ["Draaiboek calamiteiten zwembad De Vennen", "Draaiboek crisiscommunicatie"])
def test_a_standing_draaiboek_for_whatever_comes_is_a_handbook_no_report(title):
    assert describe(f"{title}\n\nZwolle, 4 juni 2024\n\n{PROSE}\n").doc_kind != "rapport"


@pytest.mark.parametrize(
    "title",
    [
        # Near misses: a headline about released chat messages, a quarterly report, an annual report without a year.
        "WhatsApp-berichten burgemeester openbaar gemaakt",
        "Kwartaalrapportage Woo-verzoeken 2022",
        "Jaarrapportage Woo-verzoeken",
        # A report on the state of one work today is no old annual report.
        "Verslag van de toestand van de dijk na de storm",
    ],
)
def test_names_near_an_annual_report_or_a_chat_name_neither(title):
    assert k.titled_kind(ev(f"{title}\n\n{PROSE}\n")) not in ("jaarverslag", "overig")


def test_a_typed_title_word_is_read_with_the_long_line_under_it():
    # An old cover prints its name alone in capitals over the line that says of what: read together they name it.
    text = ("VERSLAG\nvan het werkbezoek van een delegatie van de gemeente Deventer aan de zusterstad Sibiu, "
            "3 tot en met 17 mei 1991\n\n" + PROSE + "\n")
    assert k.titled_kind(ev(text)) == "rapport"
    assert k.titled_kind(ev(text.replace("het werkbezoek", "de vergadering"))) == "verslag"


def test_the_minutes_of_a_meeting_about_a_trip_stay_minutes():
    # Near miss: the minutes of a meeting that prepares a trip record that meeting.
    assert k.titled_kind(ev(f"Verslag van de vergadering over de studiereis\n\n{PROSE}\n")) == "verslag"
    assert k.titled_kind(ev(f"Verslag reiskostenregeling\n\n{PROSE}\n")) == "verslag"


@pytest.mark.parametrize(
    "title",
    [
        # Near misses: a multi-year forecast of the budget is the budget's, and a headline's verb after a report's
        # name says what the report did.
        "Meerjarenprognose 2025",
        "Statistisch jaarboek leidt tot discussie",
    ],
)
def test_a_budget_forecast_or_a_headline_is_no_research_report(title):
    assert k.titled_kind(ev(f"{title}\n\n{PROSE}\n")) != "rapport"


def test_a_city_named_like_a_verb_in_a_report_title_is_no_headline():
    # 'Leiden' is a city before it is a verb: a title's words are capitalised, a headline's verb is not.
    assert k.titled_kind(ev(f"Statistisch Jaarboek Leiden 2024 | editie juni 2024\n\n{PROSE}\n")) == "rapport"


@pytest.mark.parametrize(
    "title",
    [
        # Near misses: a nota to the college for a period, a budget's change for two years.
        "Nota aan het college 2024-2025",
        "Nota wijziging begroting 2024-2025",
    ],
)
def test_a_nota_for_a_period_to_a_college_or_of_a_budget_is_no_policy_report(title):
    assert k.titled_kind(ev(f"{title}\n\n{PROSE}\n")) != "rapport"


@pytest.mark.parametrize(
    "title",
    [
        # Near misses: a zoning plan of a year plans no work or budget; a training plan that names no year.
        "Bestemmingsplan Centrum 2025",
        "Opleidingsplan voor nieuwe medewerkers",
    ],
)
def test_a_plan_that_is_no_years_training_or_work_plan_is_no_budget(title):
    assert k.titled_kind(ev(f"{title}\n\n{PROSE}\n")) != "begroting"


def test_a_heading_of_key_figures_alone_is_a_section_no_factsheet():
    # Near miss: a report's section 'Kerncijfers' names none of what they count.
    assert k.titled_kind(ev(f"Kerncijfers\n\n{PROSE}\n")) is None


def test_questions_and_answers_that_are_not_frequently_asked_questions_keep_their_kind():
    # Near miss: only the site's 'Veelgestelde vragen' names a page of the public's questions; a list of questions
    # and answers of a committee is its record.
    assert k.titled_kind(ev(f"Lijst van vragen en antwoorden over de begroting 2025\n\n{PROSE}\n")) == "verslag"


@pytest.mark.parametrize(
    "title",
    [
        # Near misses: a notitie about the college, or to the council (the college's own letter names itself so).
        "Notitie over het college van burgemeester en wethouders",
        "Notitie voor de gemeenteraad",
    ],
)
def test_a_notitie_that_is_not_addressed_to_a_board_is_no_nota(title):
    assert k.titled_kind(ev(f"{title}\n\n{PROSE}\n")) != "nota"


@pytest.mark.parametrize(
    "title",
    [
        # Near misses of the report's names: a television programme, a plan of several years' work, an event's
        # programme, a nota that is not a policy's, a study day, a notitie of a call, a summary alone.
        "Televisie-uitzending over de haven",
        "Programma van de werkconferentie",
        "Nota van wijzigingen",
        "Studiedag voor raadsleden",
        "Samenvatting",
        "Supervisie op de uitvoering",
        # A news headline is a sentence: the report's genre as its subject, a verb after it.
        "Actieprogramma heeft aanpak radicalisering verbeterd",
        "Evaluatie toont tekort aan boa's",
        "Omgevingsvisie wordt in juni vastgesteld",
        "Energiestrategie wordt in juni vastgesteld",
        # A session about a strategy is none.
        "Strategiesessie met de raad",
        # A schedule of a year's events is no year plan; a plan for one year that is no work or training plan
        # names no kind (a year's 'Opleidingsplan 2025' is a training plan: tests/layouts/blind13/CONVENTIONS-training.md).
        "Jaarplanning evenementen 2025",
        "Inrichtingsplan 2025",
        # A headline about a plan or a survey, no name of one; a nota of a person.
        "Bestemmingsplan Centrum vastgesteld",
        "Onderzoek",
        "Nota van de burgemeester",
        # A how-to's steps, a plan in a headline, a council's planning of its meetings over a season, a bill.
        "Stappenplan",
        "Hitteplan treedt in werking",
        "Lange termijn agenda 2024-2025",
        "Jaaragenda 2024-2025",
        "Kostennota 2024",
        # A draft decision is no design.
        "Ontwerpbesluit",
        "Voorlopig ontwerp-bestemmingsplan",
        # A programme that is a chapter of an annual report or budget, named with one word; a plan and an advice in a
        # headline; an advice's verdict; a meeting's record named by its compound.
        "Programma Risicobeheersing",
        # An event's programme over a season names the event, no plan.
        "Programma van de cursusavonden 2024-2025",
        # A headline about a stress test is news.
        "Stresstest toont wateroverlast in binnenstad",
        "Natura 2000-beheerplan ligt ter inzage",
        "Positief advies voor windpark",
        "Vergaderverslag",
    ],
)
def test_names_near_a_report_or_plan_name_neither(title):
    assert k.titled_kind(ev(f"{title}\n\n{PROSE}\n")) not in ("rapport", "begroting")


def test_an_invitation_to_an_intervisie_is_no_record_of_one():
    assert k.titled_kind(ev(f"Aantekeningen intervisie\n\n{PROSE}\n")) == "verslag"
    assert k.titled_kind(ev(f"Intervisie voor raadsleden\n\n{PROSE}\n")) != "verslag"


WEB_PAGE = ("Home > Documenten\nWoo-besluit over de evaluatie van de Regeling reiskosten\nWoo-besluit | 14-03-2024\n\n"
            "Besluit op een verzoek op grond van de Wet open overheid over de evaluatie van de regeling.\n\n"
            "Documenten\nBesluit Woo-verzoek evaluatie | PDF | 312 kB\nInventarislijst | PDF | 88 kB\n"
            "https://www.rijksoverheid.nl/documenten/woo-besluiten/2024/03/14/besluit-woo-verzoek 1/1\n")


def test_a_sites_page_that_presents_a_decision_is_no_letter():
    info = describe(WEB_PAGE)
    assert (info.doc_type, info.doc_kind) == ("overig", "overig")
    # Near miss: the same page without the browser's print line is read by its title, the decision.
    assert describe(WEB_PAGE.rsplit("https://", 1)[0]).doc_kind == "woo_besluit"


def test_a_council_members_questions_on_a_form_with_a_date_label_are_no_letter():
    text = ("Schriftelijke vragen ex artikel 40 RvO\n\nDatum: 14 februari 2024\nOnderwerp: wachtlijst schuldhulp\n\n"
            "Vraag 1\nHerkent het college dit beeld?\n\nVraag 2\nWat gaat het college doen?\n")
    info = describe(text)
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("kamervragen", "kamervragen", "2024-02-14")
    # The college's letter about such questions is a letter: its subject names what it is about.
    letter = ("Datum: 18 juni 2024\nOnderwerp: uw schriftelijke vragen over de buslijn\n\nGeachte heer Mulder,\n\n"
              + PROSE + "\n\nMet vriendelijke groet,\n\nburgemeester en wethouders\n")
    assert describe(letter).doc_type == "brief"


def test_a_letter_whose_first_line_names_written_questions_is_a_letter():
    # Municipal letters print the subject in bold without a label; answered in prose, they are letters.
    text = ("Beantwoording schriftelijke vragen over de buslijn naar Stadshagen\n\nDatum: 18 juni 2024\n\n"
            "Geachte heer Mulder,\n\n" + PROSE + "\n\nMet vriendelijke groet,\n\nburgemeester en wethouders\n")
    info = describe(text)
    assert (info.doc_type, info.doc_kind) == ("brief", "brief")


def test_a_title_run_together_with_the_lines_under_it_names_the_document():
    # A scan joins the subtitle, the body's name and the year into one line longer than a title.
    text = ("Brief aan de toekomst\nVerkenning naar de leefomgeving van jongeren in 2050 Raad voor de leefomgeving "
            "en infrastructuur 2024\n\nTen geleide\n" + PROSE + "\n")
    assert describe(text).doc_kind == "rapport"
    # A sentence that long is no title, whatever its first word.
    sentence = ("Brief aan de toekomst\nAdvies van twaalf jongeren uit Almere en Kerkrade die aan de raad schreven hoe "
                "zij in 2050 willen wonen.\n\n" + PROSE + "\n")
    assert describe(sentence).doc_kind == "overig"


def test_a_fields_label_is_no_title():
    text = ("Datum: 21 november 2024\n\nLIS-1 ontvangen 6 november 2024\nVan: gemeente Amersfoort.\n"
            "Advies: agenderen voor de commissie MME.\n")
    assert k.titled_kind(ev(text)) is None


def test_a_title_run_into_the_letterhead_line_names_the_document():
    # The scan ran the title into the sender's line, which the content lines leave out as boilerplate.
    text = ("Provinciale Staten van Utrecht | Statengriffie Lijst Ingekomen Stukken\n\nDatum: 21 november 2024\n\n"
            "LIS-1 ontvangen 6 november 2024\nVan: gemeente Amersfoort. Onderwerp: zienswijze.\n")
    assert k.titled_kind(ev(text)) == "lijst_ingekomen_stukken"
    # A release's stamp names the decision a released document belongs to, not the document.
    stamp = "Document 2 | Woo-besluit IENW/BSK-2025/88123\n\nAanleiding\n" + PROSE + "\n"
    assert k.titled_kind(ev(stamp)) is None


def test_a_title_run_into_the_end_of_a_long_letterhead_line_names_the_document():
    # The letterhead's fields make the line longer than a title; the name at its end is the document's.
    text = ("Hoogheemraadschap van Delfland | Phoenixstraat 32 | 2611 AL Delft | Postbus 3061 | 2601 DB Delft Besluitenlijst "
            "dagelijks bestuur\n\n| Vergadering | Datum | Aanvang\n| Dagelijks bestuur | 3 juni 2025 | 10.00 uur\n\n"
            "1. Opening\n" + PROSE + "\n")
    assert k.titled_kind(ev(text)) == "besluitenlijst"
    # Near miss: a long last field is no title run into the letterhead, and one without a bar has no fields.
    long_field = text.replace("2601 DB Delft", "2601 DB Delft bezoekadres naast het station aan de oostzijde van de "
                              "binnenstad")
    assert k.titled_kind(ev(long_field)) is None


def test_a_ministrys_nota_whose_name_a_scan_ran_into_the_letterhead_is_a_nota():
    text = ("Ministerie van Financiën Nota\n\nOnderwerp Stand van zaken toeslagen Ter informatie\n\nAanleiding\n"
            + PROSE + "\n")
    assert k.titled_kind(ev(text)) == "nota"
    # The word that opens a longer name is none: a Kamerstuk's 'Nota van wijziging' is no nota to a board.
    change = "Ministerie van Financiën Nota van wijziging\n\nAanleiding\n" + PROSE + "\n"
    assert k.titled_kind(ev(change)) != "nota"


def test_a_heading_run_into_the_end_of_the_letterhead_starts_at_its_capital():
    # The letterhead's last field ends in words that are no name; the heading after them is the title.
    text = ("Regionaal Historisch Centrum Eindhoven | gemeenschappelijke regeling Eerste begrotingswijziging 2024\n\n"
            "Vastgesteld door het algemeen bestuur op 27 juni 2024\n\nAanleiding\n" + PROSE + "\n")
    assert (describe(text).doc_type, describe(text).doc_kind) == ("jaarverslag", "begroting")
    head = "Gemeente Leiden | afdeling Financiën Begroting 2025"
    assert k.letterhead_tails(head) == [head.index("Financiën"), head.index("Begroting")]
    assert k.letterhead_tails("Gemeente Leiden afdeling Financiën Begroting 2025") == []


def test_a_newsletter_names_itself_before_the_headlines_of_its_items():
    text = ("Belastingsamenwerking West-Brabant\n\nNieuwsbrief voor deelnemers\n\nJaarrekening 2023 vastgesteld\n\n"
            + PROSE + "\n\nBegroting 2025\n\n" + PROSE + "\n")
    assert (describe(text).doc_type, describe(text).doc_kind) == ("nieuws", "nieuwsbericht")
    # An annual report that names a newsletter further on stays an annual report.
    report = "Jaarverslag 2023\n\nNieuwsbrief en website\n\n" + PROSE + "\n"
    assert (describe(report).doc_type, describe(report).doc_kind) == ("jaarverslag", "jaarverslag")


def test_the_first_content_line_is_read_before_the_letterhead_line():
    # The letterhead names the series; the document's own title is the first content line.
    text = ("GGD Hollands Noorden | Gezondheidsmonitor Jeugd\nFactsheet gemeente Den Helder\n"
            "Gezondheid van jongeren in klas 2 en 4\n\n" + PROSE + "\n")
    assert k.titled_kind(ev(text)) == "factsheet"
    # A kind of letter ending the letterhead line is the title a scan ran into it.
    letter = ("Gemeente Amsterdam | Stadhuis, Amstel 1 | Postbus 202, 1000 AE Amsterdam Raadsinformatiebrief\n"
              "Aan Van\nDe leden van de gemeenteraad Burgemeester en wethouders\n\n" + PROSE + "\n")
    assert k.titled_kind(ev(letter)) == "raadsinformatiebrief"


@pytest.mark.parametrize(
    "text",
    [
        "Bijlage 1 bij besluit WOO-2024-0418\nInventarislijst\nWoo-verzoek parkeerbeleid Presikhaaf\n",
        # A scan runs the annex's label and its title into one line.
        "Bijlage 1 bij besluit WOO-2024-0418 Inventarislijst\nWoo-verzoek parkeerbeleid Presikhaaf\n",
        "Bijlage 2 bij het besluit 2024-0311 Documenteninventaris\n",
        # The decision named by its date and reference, run into the list's title by a scan.
        "Bijlage 1 bij het besluit van 12 maart 2024, kenmerk JZ/2024/0388 Inventarislijst Woo-verzoek evenementen\n",
    ],
)
def test_an_annex_is_not_the_document_it_belongs_to(text):
    info = describe(text + "\n1 12-01-2023 E-mail deels openbaar 5.1.2e\n2 30-01-2023 Notitie niet openbaar 5.2\n")
    assert (info.doc_type, info.doc_kind) == ("overig", "inventarislijst")


def test_an_annex_that_names_only_its_decision_names_no_kind():
    assert k.titled_kind(ev("Bijlage 1 bij besluit WOO-2024-0418\n\n" + PROSE + "\n")) is None


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        ("Gemeente Almere | Afdeling Communicatie | Stadhuisplein 1, 1315 HR Almere PERSBERICHT\n", "persbericht"),
        ("PARSEBERJOCHT\n", "persbericht"),
        ("Gemeente Tytsjerksteradiel\nThús > Aktueel > Nijs\n", "nieuwsbericht"),
    ],
)
def test_the_news_label_gives_the_kind_of_news(opening, kind):
    info = describe(opening + "Nije sporthal yn Burgum\n\n" + PROSE + "\n")
    assert (info.doc_type, info.doc_kind) == ("nieuws", kind)


def test_a_report_titled_as_a_letter_on_letter_paper_is_a_report():
    # ANNOTATING.md: a study is a report also when its title calls it a letter, without addressee,
    # salutation or signature.
    text = ("Datum: 20 november 2024\nKenmerk: ROB-2024-0442\n\nBrief over de staat van het lokaal bestuur 2024\n"
            "Tweejaarlijkse analyse\n\n1. Inleiding\n" + PROSE + "\n\n2. Bevindingen\n" + PROSE + "\n")
    info = describe(text)
    assert (info.doc_type, info.doc_kind, info.doc_type_rule) == ("overig", "rapport", "overig_report_on_letter_paper")
    signed = text + "\nMet vriendelijke groet,\n\nJ. Jansen\n"
    assert describe(signed.replace("Tweejaarlijkse analyse\n", "Geachte heer Bakker,\n")).doc_type == "brief"


@pytest.mark.parametrize(
    ("text", "doc_type", "kind"),
    [
        # A joint body's kaderbrief is its kadernota; a Kamerstuk's supplementary budget changes the budget.
        ("Kaderbrief 2026\n\nVastgesteld door het dagelijks bestuur op 28 november 2024\n\n" + PROSE + "\n",
         "jaarverslag", "begroting"),
        ("Eerste suppletoire begroting 2024\n\n" + PROSE + "\n", "jaarverslag", "begroting"),
        # An accountant's statement and management letter are reports about accounts.
        ("Controleverklaring van de onafhankelijke accountant\n\nAan: de raad van de gemeente Leusden\n\n" + PROSE
         + "\n", "overig", "rapport"),
        ("Managementletter 2024\nInterim-controle Waterschap Aa en Maas\n\n" + PROSE + "\n", "overig", "rapport"),
        # Jaarstukken with the year on a line of their own are the accounts.
        ("Veiligheidsregio Zeeland\n\nJaarstukken\n\n2023\n\nInhoud\n1. Jaarverslag\n2. Jaarrekening\n", "jaarverslag",
         "jaarrekening"),
        # The record of a conversation or a meeting by its compound name.
        ("Gespreksverslag\n\nDatum: 8 december 2023\nOnderwerp: maatwerkafspraken\n\n" + PROSE + "\n", "overig",
         "verslag"),
        ("Nota voor Gedeputeerde Staten\n\nVersie 0.3, 21 februari 2024\n\n" + PROSE + "\n", "brief", "nota"),
        # The list of a Woo release under the names it goes by.
        ("Gemeente Den Haag\nDocumentenoverzicht\nOnderwerp: Woo-verzoek over de evenementenvergunning\n\n"
         "Nr\tDatum\tDocument\n01\t09.01.2023\tAanvraag\n", "overig", "inventarislijst"),
        ("Overzicht van documenten\n\nNr\tDatum\tDocument\n01\t09.01.2023\tAanvraag\n", "overig", "inventarislijst"),
        ("Lijst documenten\n\nNr\tDatum\tDocument\n01\t09.01.2023\tAanvraag\n", "overig", "inventarislijst"),
        # The accountant's report to the council on its audit.
        ("Accountantsverslag 2023\n\nGemeente Leusden\n\n" + PROSE + "\n", "overig", "rapport"),
        # The government's reply in a bill's procedure is a nota; the committee's verslag it answers is a record.
        ("36 410 Wijziging van de Wet op de zorgtoeslag\n\nNr. 9 NOTA NAAR AANLEIDING VAN HET NADER VERSLAG\n"
         "Ontvangen 3 juni 2024\n\n" + PROSE + "\n", "brief", "nota"),
        ("36 410 Wijziging van de Wet op de zorgtoeslag\n\nNr. 8 VERSLAG\nVastgesteld 2 mei 2024\n\n"
         "De regering gaat in de nota naar aanleiding van het verslag in op de vragen.\n", "overig", "verslag"),
        # A motion that replaces an earlier one is a motion.
        ("18 100 Hoofdstuk VIII\n\nNr. 31\nGEWIJZIGDE MOTIE VAN HET LID JANSEN TER VERVANGING VAN DIE GEDRUKT ONDER "
         "NR. 19\nVoorgesteld 12 december 1984\n\nDe Kamer,\n\ngehoord de beraadslaging,\n", "overig", "motie"),
        ("Gewijzigde begroting 2024\n\nIn de gewijzigde motie van de raad " + PROSE + "\n", "jaarverslag", "begroting"),
        # The Kamer's print of a letter to it, named so under the dossier's title, is the letter, not the fiches
        # or report it sends.
        ("22 112 Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese Unie\n\nNr. 3901 BRIEF "
         "VAN DE MINISTER VAN BUITENLANDSE ZAKEN\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
         "Den Haag, 8 maart 2024\n\nHierbij ontvangt u 3 fiches.\n\nFiche 1: Richtlijn bodemmonitoring\n\n"
         "De minister van Buitenlandse Zaken,\n\nJ. de Boer\n", "brief", "kamerbrief"),
        # Near miss: a fiche that names a letter in its text is the fiche.
        ("Fiche 1: Richtlijn bodemmonitoring\n\n1. Algemene gegevens\nNr. 3901 brief van de minister van "
         "Buitenlandse Zaken aan de Kamer over de fiches.\n", "overig", "eu_fiche"),
    ],
)
def test_the_names_of_budget_notes_reports_records_and_lists(text, doc_type, kind):
    info = describe(text)
    assert (info.doc_type, info.doc_kind) == (doc_type, kind)


def test_a_label_in_a_line_of_cells_under_the_title_names_the_kind():
    # The line of cells is boilerplate to the content lines; its first cell still says what the page is.
    text = ("Jeugdhulp in de regio Twente in cijfers\nInfographic | Peildatum 1 januari 2025\n\n"
            "| 1.240 | jongeren in jeugdhulp\n\n" + PROSE + "\n")
    assert [c.text for c in k.label_cells(ev(text), None)] == ["Infographic"]
    assert describe(text).doc_kind == "factsheet"
    # Near miss: a site's line of cells whose first cell is a heading, not a label of a word or two.
    other = text.replace("Infographic | Peildatum", "Factsheet jeugdhulp regio Twente | Peildatum")
    assert k.label_cells(ev(other), None) == []


def test_an_addressee_line_without_what_a_nota_is_for_is_a_letters():
    assert k.titled_kind(ev("Aan de minister van Financiën\n\n" + PROSE + "\n")) is None
    assert k.titled_kind(ev("Aan de minister ter beslissing\n\n" + PROSE + "\n")) == "nota"


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        # Another body writing to the Kamer writes a Kamerbrief: its addressee, also after the sender's address
        # on one line, and a committee of the Kamer over two lines.
        ("Algemene Rekenkamer\nLange Voorhout 8 Postbus 20015 2500 EA Den Haag www.rekenkamer.nl Aan de voorzitter "
         "van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA Den Haag\n", "kamerbrief"),
        ("Vereniging van Nederlandse Gemeenten\nAan de leden van de vaste commissie voor\n"
         "Binnenlandse Zaken van de Tweede Kamer\nPostbus 20018\n2500 EA Den Haag\n", "kamerbrief"),
        # An address block that names only the standing committee, the Kamer's name lost to the letterhead line.
        ("Nederlandse Zorgautoriteit\nVaste commissie voor Volksgezondheid, Welzijn en Sport\nPostbus 20018\n"
         "2500 EA Den Haag\n", "kamerbrief"),
        # Near misses: a subject that names the Kamer's motion, a sentence that opens with 'Aan de'.
        ("Gemeente Zwolle\nPostbus 10007\n8000 GA Zwolle\nOnderwerp: motie van de Tweede Kamer over de vaste "
         "commissie voor Wonen\n", "brief"),
        ("Gemeente Zwolle\nPostbus 10007\n8000 GA Zwolle\nAan de commissie voor Financiën van de Tweede Kamer "
         "hebben wij eerder geschreven over de vaste lasten.\n", "brief"),
        ("Gemeente Zwolle\nPostbus 10007\n8000 GA Zwolle\nVaste commissie voor Financiën van de raad heeft het advies "
         "van de rekenkamer op 3 april besproken en gaf het college daarna haar reactie mee.\n", "brief"),
    ],
)
def test_a_letter_to_the_kamer_from_another_body_is_a_kamerbrief(head, kind):
    text = head + "\nGeachte voorzitter,\n\n" + PROSE + "\n\nMet vriendelijke groet,\n\nJ. Jansen\n"
    assert describe(text).doc_kind == kind


def test_a_heading_run_into_the_letterhead_may_start_with_an_ordinal_in_figures():
    head = "Veiligheidsregio Utrecht | Postbus 3154 | 3502 GD Utrecht 1e begrotingswijziging 2025"
    assert head.index("1e") in k.letterhead_tails(head)
    text = head + "\n\nVeiligheidsregio Utrecht\n" + PROSE + "\n"
    assert (describe(text).doc_type, describe(text).doc_kind) == ("jaarverslag", "begroting")
    # Near miss: figures in the field that are no ordinal (a house number, a postcode) start nothing.
    plain = "Gemeente Leiden | Stadhuisplein 1 2311 EJ Leiden"
    assert k.letterhead_tails(plain) == [plain.index("EJ"), plain.index("Leiden", 20)]


def test_an_invoice_is_no_annual_account():
    # Near miss of the old name of the accounts: a bill names no year it accounts for.
    assert k.titled_kind(ev("Rekening 2024-0012\n\nVoor geleverde diensten in maart.\n")) is None
    assert k.titled_kind(ev("Rekening van de kosten over maart 2024\n\n" + PROSE + "\n")) is None


QUESTIONS = ("Vraag 1\nHoeveel bedraagt de bezuiniging op het hoger onderwijs in 2025?\nAntwoord\n" + PROSE + "\n\n"
             "Vraag 2\nHoeveel middelen zijn er voor laaggeletterdheid?\nAntwoord\n" + PROSE + "\n")


def test_a_committees_list_of_questions_and_answers_is_its_record():
    # A committee's Kamerstuk in the form of a Verslag van een schriftelijk overleg, although it holds numbered
    # questions and answers (CONVENTIONS-finance.md of the sixth blind round).
    text = ("Tweede Kamer der Staten-Generaal\nVergaderjaar 2024–2025\n36 600 VIII\nVaststelling van de begrotingsstaten "
            "van het Ministerie van Onderwijs, Cultuur en Wetenschap (VIII) voor het jaar 2025\n"
            "Nr. 14 LIJST VAN VRAGEN EN ANTWOORDEN\nVastgesteld 4 november 2024\n\n" + QUESTIONS)
    info = describe(text)
    assert (info.doc_type, info.doc_kind) == ("overig", "verslag")
    # Near miss: the minister's numbered answers under another name stay Kamervragen.
    answers = describe("Beantwoording vragen over de begroting OCW\n\nDatum 30 oktober 2024\n\n" + QUESTIONS)
    assert (answers.doc_type, answers.doc_kind) == ("kamervragen", "kamervragen")


@pytest.mark.parametrize(("text", "kind"), [
    # A sentence on the opening line: its subject is a kind's name, but it names no document.
    ("De begroting 2025 is besproken.\n\nDe raad stemde in met het voorstel van het college.\n", None),
    ("Het jaarverslag 2023 van de stichting wordt in juni vastgesteld.\n\nTekst van het bericht.\n", None),
    ("De jaarrekening 2024 heeft een positief saldo.\n\nTekst.\n", None),
    # Near misses: a heading, also one with a verb but no full stop, or a full stop without a verb.
    ("Begroting 2025\n\nDe raad stemde in met het voorstel van het college.\n", "begroting"),
    ("Jaarverslag 2023 Stichting Wonen e.o.\n\nTekst van het verslag.\n", "jaarverslag"),
    ("Jaarrekening 2024: wat is er veranderd\n\nTekst.\n", "jaarrekening"),
])
def test_a_sentence_on_the_opening_line_names_no_document(text, kind):
    found = k.titled(ev(text))
    assert (found.kind if found else None) == kind


def test_a_subject_under_its_label_may_be_a_sentence():
    text = "Onderwerp: Het Woo-besluit op uw verzoek is genomen.\n\nGeachte heer Bakker,\n\nTekst.\n"
    found = k.titled(ev(text))
    assert found is not None and found.kind == "woo_besluit"


def test_a_routing_slip_bound_in_front_of_a_nota_marks_the_nota():
    text = ("Parafenblad\n\nZaaknummer Z2024-000001\nOnderwerp Speeltuin De Hoven\n\n" + PROSE + "\n")
    assert describe(text).doc_kind == "nota"
    # A nota's advice or a telephone number is no such name: 'Adviesnota's' of others named in prose stay prose.
    assert describe("Gemeente Zwolle\n\nIn de adviesnota van vorig jaar stond al dat " + PROSE + "\n").doc_kind != "nota"


def test_a_register_of_commitments_is_no_decision_list():
    # Kept across many meetings, not the record of one ('Actielijst' is).
    info = describe("Toezeggingenlijst raadscommissie Bestuur\n\n| Nr. | Toezegging | Wethouder | Termijn\n"
                    "| 12 | Notitie over de parkeervergunningen | Bakker | Q3 2024\n")
    assert (info.doc_type, info.doc_kind) == ("overig", "overig")


def test_a_convocation_signed_for_a_post_with_a_mark_in_the_signatures_place_is_a_letter():
    # A typed copy prints where the burgemeester signed; the agenda under the letter does not make it one.
    text = ("GEMEENTE EPE\n\nAan de leden van de gemeenteraad van Epe\n\nEpe, 2 mei 1986\n\n"
            "Onderwerp: oproeping raadsvergadering\n\nHierbij heb ik de eer u uit te nodigen tot het bijwonen van "
            "de openbare vergadering van de raad, die zal worden gehouden op dinsdag 13 mei 1986.\n\nAGENDA\n"
            "1. Opening.\n2. Vaststelling van de notulen van de vergadering van 8 april 1986.\n3. Rondvraag.\n\n"
            "De burgemeester van Epe, (handtekening)\n")
    info = describe(text)
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("brief", "brief", "1986-05-02")


def test_the_executives_letter_to_its_council_about_the_meeting_stays_an_information_letter():
    # Near miss of the convocation: the college informs its council and names the meeting, convening nothing.
    text = ("GEMEENTE EPE\n\nAan de leden van de gemeenteraad van Epe\n\nEpe, 2 mei 1986\n\n"
            "Onderwerp: stand van zaken zwembad\n\nGeachte leden van de raad,\n\nGraag informeren wij u over het "
            "zwembad, dat in de vergadering van 13 mei 1986 aan de orde komt.\n\n" + PROSE + "\n\n"
            "Hoogachtend,\n\nburgemeester en wethouders van Epe,\n")
    assert describe(text).doc_kind == "raadsinformatiebrief"
    # The same letter convening the meeting is the chair's letter.
    convening = text.replace("Graag informeren wij u over het zwembad, dat in", "Hierbij heb ik de eer u uit te nodigen "
                             "tot het bijwonen van").replace("aan de orde komt", "")
    assert describe(convening).doc_kind == "brief"


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # A certified extract is the record it copies, dated by its meeting, not by the certification.
        ("GEMEENTE HATTEM\n\nUITTREKSEL\nuit de besluitenlijst van de vergadering van burgemeester en wethouders van "
         "Hattem, gehouden op dinsdag 3 februari 1987.\n\nPunt 6. Verzoek om subsidie.\n\nBesloten: af te wijzen.\n\n"
         "Voor eensluidend uittreksel,\nHattem, 10 februari 1987\nde secretaris van Hattem,\n",
         "besluitenlijst", "1987-02-03"),
        # A scan runs the title into the line that completes it.
        ("GEMEENTE HATTEM\n\nUITTREKSEL uit de besluitenlijst van de vergadering van burgemeester en wethouders van "
         "Hattem, gehouden op dinsdag 3 februari 1987.\nPunt 6. Verzoek om subsidie.\n\nVoor eensluidend uittreksel,"
         "\nHattem, 10 februari 1987\n", "besluitenlijst", "1987-02-03"),
        # The register of decisions of old is the decision list ('uit het register der besluiten').
        ("UITTREKSEL\n\nuit het register der besluiten van Burgemeester en Wethouders der gemeente Hattem.\n\n"
         "Vergadering van 4 Juni 1956.\n\nNo. 14.\nBESLUITEN: vergunning te verleenen.\n\nVoor eensluidend uittreksel,"
         "\nDe Secretaris,\n\nHattem, 6 Juni 1956.\n", "besluitenlijst", "1956-06-04"),
        # An extract from the register of minutes is the minutes it copies, dated by their meeting.
        ("UITTREKSEL\nuit het register der notulen van de openbare vergadering van den raad der gemeente Ommen, "
         "gehouden op Dinsdag 6 October 1953, des avonds te 8 uur.\n\nVoorzitter: de Burgemeester.\n\nPunt 4. "
         "Benoeming van een lid van het burgerlijk armbestuur.\nDe Voorzitter deelt mede, dat de heer Jansen zijn "
         "benoeming heeft aangenomen.\n\nVoor eensluidend uittreksel,\nOmmen, 12 October 1953.\nDe Secretaris,\n",
         "verslag", "1953-10-06"),
        # An extract from another register is no decision list.
        ("Uittreksel\nuit het handelsregister van de Kamer van Koophandel\n\nStichting Buurtwerk, KvK-nummer "
         "12345678\nDatum uittreksel: 3 maart 2024\n", "overig", "2024-03-03"),
    ],
)
def test_an_extract_is_named_by_the_line_under_its_title(text, kind, value):
    info = describe(text)
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("overig", kind, value)


@pytest.mark.parametrize(
    "text",
    [
        # The college's prae-advies to the raad under the meeting's number, the ontwerp-besluit with it.
        ("No. 12\n\nRaadsvergadering van 14 maart 1967\nAgendapunt 6\n\nPRAE-ADVIES\nvan burgemeester en "
         "wethouders van Ommen inzake het verzoek van de harmonie om een subsidie.\n\nAan de gemeenteraad.\n\n"
         "Wij stellen u voor de harmonie een subsidie van f 400,- toe te kennen.\n\nOmmen, 1 maart 1967.\n\n"
         "Burgemeester en wethouders van Ommen,\nde secretaris,\nde burgemeester,\n"),
        # The province's voordracht is the old name of a Statenvoorstel.
        ("PROVINCIE UTRECHT\n\nNajaarszitting 1962\nNo. 4\n\nVOORDRACHT\nvan Gedeputeerde Staten aan Provinciale "
         "Staten\n\nAan Provinciale Staten van Utrecht.\n\nWij stellen u voor het bijgaande ontwerp-besluit te "
         "aanvaarden.\n\nUtrecht, 2 oktober 1962.\n\nGedeputeerde Staten van Utrecht,\nde Griffier,\n"),
        # The title in large capitals wraps after its article: the council it goes to stands on the next line.
        ("GEMEENTE ZWOLLE\nRaadsvergadering van 12 mei 1986\nVOORDRACHT VAN BURGEMEESTER EN WETHOUDERS AAN DE\n"
         "RAAD, No. 88\n\nOnderwerp: krediet voor de sloop van de oude veiling.\n\nZwolle, 22 april 1986\n\n"
         "Aan de Gemeenteraad.\n\nWij stellen U voor, te besluiten overeenkomstig het hierbij gevoegde "
         "ontwerp-besluit.\n\nBurgemeester en Wethouders van Zwolle,\nde Secretaris, de Burgemeester,\n"),
    ],
)
def test_an_old_council_proposal_is_named_by_its_title_and_the_line_under_it(text):
    info = describe(text)
    assert (info.doc_type, info.doc_kind) == ("overig", "raadsvoorstel")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # The old municipality's annual report (art. 182 Gemeentewet): its title runs over two lines.
        ("VERSLAG\nvan den toestand der gemeente Sleen over het jaar 1955, uitgebracht door Burgemeester en Wethouders."
         "\n\nI. Grondgebied.\nDe oppervlakte der gemeente bedraagt 12.000 ha.\n\nSleen, den 2den Maart 1956.\n\n"
         "Burgemeester en Wethouders van Sleen,\nDe Secretaris,\n", "jaarverslag"),
        # Near miss: the minutes titled so on two lines stay minutes.
        ("VERSLAG\nvan de openbare vergadering van den raad der gemeente Sleen, gehouden op 3 Maart 1956.\n\n"
         "1. Opening.\nDe voorzitter opent de vergadering.\n", "verslag"),
    ],
)
def test_a_verslag_is_named_by_its_title_and_the_line_under_it(text, kind):
    assert describe(text).doc_kind == kind


def test_the_accounts_are_named_by_the_title_alone_and_the_line_under_it():
    text = ("REKENING\nvan de ontvangsten en uitgaven der\nGEMEENTE OLST\nover het dienstjaar 1968\n\n"
            "Opgemaakt door burgemeester en wethouders van Olst op 20 mei 1969.\n")
    info = describe(text)
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("jaarverslag", "jaarrekening", "1969-05-20")
    # Near miss: a sum of money asked for in a letter's line is no title.
    letter = ("Aan de heer J. Smit\n\nGeachte heer Smit,\n\nRekening\nvan de herstelling van de pomp aan de Markt, "
              "zoals u vroeg.\n\nHoogachtend,\nde secretaris,\n")
    assert describe(letter).doc_kind == "brief"


def test_a_voordracht_to_the_crown_or_a_prae_advies_of_a_committee_is_no_council_proposal():
    # Near misses: the minister's voordracht to the King and a committee's advice name no executive to its council.
    crown = ("VOORDRACHT\nvan de Minister van Binnenlandse Zaken aan de Koningin\n\nIk heb de eer Uwe Majesteit voor te "
             "stellen het bijgaande besluit te nemen.\n\n's-Gravenhage, 3 mei 1962.\n")
    committee = ("PRAE-ADVIES\nvan de commissie voor de financiën over de rekening 1961.\n\nDe commissie heeft de "
                 "rekening onderzocht en geen bezwaren gevonden.\n")
    assert describe(crown).doc_kind != "raadsvoorstel"
    assert describe(committee).doc_kind != "raadsvoorstel"


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # A typist runs the title in capitals into the first sentence of the record: the capitals name it.
        ("HOOGHEEMRAADSCHAP VAN DELFLAND\n\nNOTULEN van de vergadering van het college van dijkgraaf en "
         "hoogheemraden, gehouden op dinsdag 9 oktober 1973, des namiddags om 2 uur, ten gemeentehuize te Delft.\n\n"
         "1. Opening.\nDe voorzitter opent de vergadering.\n\n2. Rondvraag.\nDe heer De Wit zegt toe de kosten na te "
         "gaan.\n\nAldus vastgesteld in de vergadering van 6 november 1973.\n", "verslag", "1973-10-09"),
        ("GEMEENTE OMMEN\n\nBESLUITENLIJST van de vergadering van burgemeester en wethouders, gehouden op maandag "
         "4 maart 1991.\n\n1. Verzoek om subsidie van de muziekvereniging.\nBesloten af te wijzen.\n", "besluitenlijst",
         "1991-03-04"),
        ("GEMEENTE OMMEN\n\nLIJST VAN INGEKOMEN STUKKEN, ten behoeve van de vergadering van de raad op dinsdag 7 mei "
         "1991.\n\n1. Gedeputeerde Staten van Overijssel, d.d. 12 april 1991, goedkeuring begrotingswijziging.\n"
         "Voorstel: voor kennisgeving aannemen.\n\nOmmen, 30 april 1991.\n", "lijst_ingekomen_stukken", "1991-04-30"),
        # The record's fourteenth word closes a clause with a comma: the cut there is no sentence's end.
        ("GEMEENTE GRONINGEN\n\nVERSLAG van de openbare vergadering van de raadscommissie voor Algemene Zaken, Politie "
         "en Brandweer, gehouden op dinsdag 14 februari 1984 om 20.00 uur in de commissiekamer.\n\n1. Opening.\nDe "
         "voorzitter opent de vergadering.\n\nVastgesteld in de vergadering van 13 maart 1984.\n", "verslag",
         "1984-02-14"),
        # A police record's title with its number, run into what it is about; dated by its closing, not the stamp.
        ("GEMEENTEPOLITIE ARNHEM\n\nPROCES-VERBAAL No. 412/1963 ter zake: overtreding van de Bouwverordening.\n\n"
         "Op 10 Mei 1963 zag ik een schuur in aanbouw.\n\nWaarvan door mij op ambtseed is opgemaakt dit proces-verbaal, "
         "gesloten en getekend te Arnhem, op 13 Mei 1963.\n\nINGEKOMEN PARKET 17 MEI 1963\n", "verslag", "1963-05-13"),
    ],
)
def test_a_typed_title_in_capitals_run_into_its_first_sentence_names_the_record(text, kind, value):
    info = describe(text)
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("overig", kind, value)


@pytest.mark.parametrize(
    "title",
    [
        # A typed title that is a sentence of its own, longer than a title's words, names at its end the year its
        # work covers: a yearly report of that work, an annual report (ANNOTATING.md: an old service's report over a
        # year), dated by its signed place-date line.
        "VERSLAG van de werkzaamheden van de commissie belast met het toezicht op de openbare leeszalen en "
        "bibliotheken in deze gemeente over het jaar 1965.",
        "VERSLAG omtrent de werkzaamheden van den gemeentelijken keuringsdienst voor vee en vleesch te Deventer "
        "over het jaar 1952.",
    ],
)
def test_a_typed_title_that_names_the_year_its_work_covers_is_an_annual_report(title):
    text = f"GEMEENTE DEVENTER\n\n{title}\n\n1. Algemeen.\n{PROSE}\n\nDeventer, 12 maart 1966.\n\nDe commissie,\n"
    info = describe(text)
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("jaarverslag", "jaarverslag", "1966-03-12")
    # Near miss: the record of a meeting over one day, typed so, stays minutes.
    meeting = text.replace(title, "VERSLAG van de werkzaamheden van de commissie voor de openbare leeszalen en "
                                  "bibliotheken in haar vergadering, gehouden op 4 maart 1966.")
    assert describe(meeting).doc_kind == "verslag"


def test_a_sentence_opened_by_an_abbreviation_in_capitals_names_nothing():
    # Near miss of the typed title: capitals that are a name, not a title of the kind ('VNG', 'NOTARIS').
    for opening in ("De VNG heeft", "VNG heeft", "NOTARIS Jansen te Ommen heeft", "ARTIKEL No. 12 van de wet heeft"):
        text = (f"Subsidie buurtwerk\n\n{opening} in haar verslag van de vergadering van 3 maart 1991 gemeld dat het "
                "buurtwerk doorgaat.\n\n" + PROSE + "\n")
        assert describe(text).doc_kind != "verslag"


def test_a_newsletter_named_by_a_compound_of_news_is_news():
    # The masthead of a council's or a village's newsletter: one word ending in -nieuws.
    text = ("Raadsnieuws\n\nRaad stemt in met renovatie zwembad\nOp woensdag 12 juni heeft de raad ingestemd met de "
            "renovatie.\n\nZomerreces\nVan 15 juli tot en met 25 augustus vergadert de raad niet.\n")
    assert (describe(text).doc_type, describe(text).doc_kind) == ("nieuws", "nieuwsbericht")
    # Near miss: news as a word of a heading names no newsletter.
    other = text.replace("Raadsnieuws", "Goed nieuws voor de begroting")
    assert describe(other).doc_kind != "nieuwsbericht"


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ("MEMO", True),
        ("M E M O", True),
        ("Interne memo:", True),
        # The letterhead's line may end with the memo's name.
        ("University of Twente | Faculty EEMCS Memorandum", True),
        ("Gemeente Roosendaal Notitie", True),
        # Near misses: a longer name of a note, and a line that only starts with the word.
        ("Gespreksnotitie", False),
        ("Memo over de werkwijze", False),
    ],
)
def test_a_memo_names_itself_alone_or_at_the_end_of_the_letterhead(line, named):
    assert is_memo_title(line) is named


POLICY_PAPER = ("Gemeente Markelo\n\nNOTA OUDERENBELEID 1982-1986\n\nMarkelo, januari 1982\n\n1. Inleiding\n" + PROSE
                + "\n\n2. Feiten en cijfers\n" + PROSE + "\n\n3. Voorstellen\n" + PROSE + "\n")


def test_a_policy_paper_that_calls_itself_nota_is_a_report():
    # A bound policy paper without addressee, fields or signature (tests/layouts/blind10/CONVENTIONS-old.md).
    info = describe(POLICY_PAPER)
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("overig", "rapport", "1982-01")
    assert describe(POLICY_PAPER.replace("NOTA OUDERENBELEID", "BELEIDSNOTA OUDEREN")).doc_kind == "rapport"
    # Near miss: a nota to the college keeps its kind.
    nota = POLICY_PAPER.replace("NOTA OUDERENBELEID 1982-1986", "Nota aan het college van burgemeester en wethouders")
    assert describe(nota).doc_kind != "rapport"


TILES = ["| 81% | voelt zich gezond", "| 3.120 | jongeren vulden de vragenlijst in", "| 12% | rookt wel eens",
         "| 27 | scholen deden mee", "| 9 weken | wachttijd jeugd-ggz", "| 44% | sport wekelijks"]


def test_a_monitor_printed_as_a_page_of_key_figures_is_a_factsheet(tmp_path):
    page = drawn_evidence(tmp_path, ["GGD Noord- en Oost-Gelderland", "# Jeugdmonitor 2024", "## Gemeente Zutphen in beeld",
                             "", *TILES, "", "> Bron: Jeugdmonitor 2024."])
    assert k.titled_kind(page) == "factsheet"


def test_a_monitor_of_indicators_by_year_or_a_report_of_tiles_stays_a_report(tmp_path):
    # Near misses: one page of indicators over the years is a monitor's report; tiles under a report's name
    # that is no monitor's.
    table = ["| Indicator | 2022 | 2023 | 2024", "| Jeugdigen met jeugdhulp | 3.812 | 3.905 | 3.990",
             "| Wachttijd (weken) | 9 | 11 | 10", "| Rookt wel eens | 14% | 13% | 12%",
             "| Sport wekelijks | 41% | 43% | 44%", "| Scholen | 25 | 26 | 27"]
    monitor = drawn_evidence(tmp_path, ["# Jeugdmonitor 2024", "", *table, "", *TILES[:2]])
    assert k.titled_kind(monitor) == "rapport"
    evaluation = drawn_evidence(tmp_path, ["# Evaluatie jeugdbeleid 2024", "", *TILES])
    assert k.titled_kind(evaluation) == "rapport"


GAZETTE_MASTHEAD = "GEMEENTEBLAD\nOfficiële uitgave van de gemeente Lochem\nNr. 7788 | 20 januari 2025\n\n"


def test_a_council_decision_printed_in_a_gazette_keeps_its_kind_and_a_notice_there_is_other():
    # The gazette's masthead types both 'overig'; the council's decision its text takes still names the kind.
    decision = describe(GAZETTE_MASTHEAD + (
        "Verordening maatschappelijke ondersteuning Lochem 2025\n\nDe raad van de gemeente Lochem;\n\ngelezen het "
        "voorstel van burgemeester en wethouders van 12 november 2024;\n\ngelet op artikel 2.1.3 van de Wet "
        "maatschappelijke ondersteuning 2015;\n\nbesluit vast te stellen de volgende verordening:\n\nArtikel 1\n"
        "De verordening geldt vanaf 1 januari 2025.\n\nAldus vastgesteld in de openbare vergadering van de raad van "
        "16 december 2024.\n"))
    assert (decision.doc_type, decision.doc_kind, decision.doc_date) == ("overig", "raadsvoorstel", "2024-12-16")
    # Near miss: a notice of a permit granted names a decision on one case, adopts nothing: the gazette dates it.
    notice = describe(GAZETTE_MASTHEAD + (
        "Verleende omgevingsvergunning, Dorpsstraat 4\n\nBurgemeester en wethouders van Lochem maken bekend dat zij op "
        "13 januari 2025 een omgevingsvergunning hebben verleend.\nDatum verzending besluit: 15 januari 2025\n"))
    assert (notice.doc_type, notice.doc_kind, notice.doc_date) == ("overig", "overig", "2025-01-20")
    assert notice.doc_date_rule == "gazette_masthead"


@pytest.mark.parametrize(("title", "kind"), [
    # A regulation is adopted by the elected body (the council, the Staten, a water board's algemeen bestuur or
    # verenigde vergadering), also printed as its articles alone under its adoption note.
    ("KEUR VAN HET WATERSCHAP DE AA 1995", "raadsvoorstel"),
    ("Afvalstoffenverordening Noordenveld 2022", "raadsvoorstel"),
    ("Verordening maatschappelijke ondersteuning Almelo 2024", "raadsvoorstel"),
    # Near misses: a European regulation; a headline that names a regulation in a sentence.
    ("Verordening (EU) 2024/1252 tot vaststelling van een kader voor kritieke grondstoffen", "overig"),
    ("Raad stemt in met nieuwe verordening kamerverhuur", "overig"),
])
def test_a_regulation_is_an_elected_bodys_decision(title, kind):
    text = (f"{title}\n\nVastgesteld bij besluit van de verenigde vergadering van 14 december 1994.\n\nArtikel 1\n"
            "In deze regeling wordt verstaan onder: bestuur: het dagelijks bestuur.\n\nArtikel 2\n"
            "Het is verboden zonder vergunning werken te maken in een waterstaatswerk.\n")
    assert describe(text).doc_kind == kind


@pytest.mark.parametrize(("title", "kind"), [
    # The year's programme of an executing body (hours and budget per task) is a plan for the year, as a Werkplan.
    ("Uitvoeringsprogramma 2025", "begroting"),
    ("Jaarprogramma 2025 Omgevingsdienst", "begroting"),
    # Near miss: a programme over a range of years is a programme, a report.
    ("Uitvoeringsprogramma 2025-2028", "rapport"),
])
def test_a_years_uitvoeringsprogramma_is_an_annual_plan(title, kind):
    text = (f"Omgevingsdienst Noord\n\n{title}\n\n| Versie | 1.0, 12 november 2024\n\n1. Inleiding\n"
            "In dit programma staat welke taken de omgevingsdienst uitvoert en hoeveel uren daarvoor zijn gereserveerd.\n")
    assert describe(text).doc_kind == kind


def test_a_public_notice_is_no_news_item():
    text = ("Kennisgeving terinzagelegging ontwerp-legger 2025\n\nHet dagelijks bestuur van Waterschap Vallei en Veluwe "
            "maakt bekend dat de ontwerp-legger met ingang van 7 maart 2025 ter inzage ligt.\n\nZienswijze\n"
            "Iedereen kan tot en met 17 april 2025 een zienswijze geven.\n\nApeldoorn, 4 maart 2025\n"
            "Het dagelijks bestuur van Waterschap Vallei en Veluwe,\n")
    info = describe(text)
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("overig", "overig", "2025-03-04")
    # Near miss: the same text under a headline, no notice's name, is read as news.
    news = text.replace("Kennisgeving terinzagelegging ontwerp-legger 2025", "Nieuwe legger ligt ter inzage")
    assert (describe(news).doc_type, describe(news).doc_kind) == ("nieuws", "nieuwsbericht")


JOINT_BODY_LETTER = (
    "Veiligheidsregio Noord\n\nRaadsinformatiebrief\n\n"
    "Aan\tDe gemeenteraden van de 22 gemeenten in Noord- en Oost-Gelderland\n"
    "Van\tHet dagelijks bestuur van de veiligheidsregio\nDatum\t25 januari 2024\n\nGeachte raadsleden,\n\n"
    "Met deze brief informeren wij u over de eerste uitkomsten van het onderzoek naar de kazernes.\n\n"
    "Met vriendelijke groet,\nhet dagelijks bestuur van de Veiligheidsregio Noord,\n"
)


def test_a_joint_bodys_letter_to_its_member_councils_is_a_letter_whatever_it_calls_itself():
    # A raadsinformatiebrief is the executive's letter to its own council; the joint body has none.
    assert describe(JOINT_BODY_LETTER).doc_kind == "brief"
    # Near miss: a college's raadsinformatiebrief to its own council stays one.
    own = JOINT_BODY_LETTER.replace("De gemeenteraden van de 22 gemeenten in Noord- en Oost-Gelderland",
                                    "De gemeenteraad van Apeldoorn")
    assert describe(own).doc_kind == "raadsinformatiebrief"


def test_a_typed_record_title_run_into_its_first_sentence_names_the_record_not_an_item_below():
    # A scan's clean stage joins 'VERSLAG' to the sentence under it; the record's own name is in that line, and an
    # agenda item further down ('3. Begroting 1997') names no document.
    text = ("REGIONALE BRANDWEER TWENTE\n\nVERSLAG van de vergadering van het algemeen bestuur van de Regionale "
            "Brandweer Twente, gehouden op donderdag 26 september 1996 om 15.00 uur te Almelo.\n\nAanwezig: de "
            "burgemeesters van de deelnemende gemeenten, de commandant en de secretaris.\n\n1. Opening\n"
            "De voorzitter opent de vergadering.\n\n3. Begroting 1997\nDe begroting 1997 wordt vastgesteld.\n")
    assert describe(text).doc_kind == "verslag"
    # Near miss: the old annual report's name over two lines still names the annual report.
    report = "GEMEENTE OOSTERHESSELEN\n\nVERSLAG\nvan den toestand der gemeente Oosterhesselen over 1948\n\n" + PROSE
    assert describe(report).doc_kind == "jaarverslag"


# An infographic's tiles as rows of figures over rows of their captions, one caption under each figure.
FIGURES_OVER_CAPTIONS = ["| 412 | 86 | 17 | 9", "| meldingen woonoverlast | buurtbemiddelingen gestart | panden gesloten "
                         "(13b) | Bibob-toetsen gedaan", "", "| 38 | 61 | 22", "| inbraken in woningen | fietsen "
                         "gestolen | gebiedsgerichte aanpakken"]


def test_a_subject_in_beeld_over_tiles_of_figures_and_captions_is_a_factsheet(tmp_path):
    page = drawn_evidence(tmp_path, ["# Veiligheid in beeld 2024", "## Gemeente Epe", "", *FIGURES_OVER_CAPTIONS, "",
                             "> Uitgave: gemeente Epe, maart 2025"])
    assert k.titled_kind(page) == "factsheet"


def test_a_table_of_figures_by_year_under_an_in_beeld_title_stays_a_report(tmp_path):
    # Near misses: a row of years heads rows of a label and its figures, a table over periods, no tiles; a question
    # in the title ('Op afstand, maar in beeld?') is no subject in view.
    table = ["| Indicator | 2022 | 2023 | 2024", "| Meldingen woonoverlast | 388 | 401 | 412",
             "| Inbraken in woningen | 41 | 40 | 38", "| Fietsen gestolen | 70 | 66 | 61"]
    assert k.titled_kind(drawn_evidence(tmp_path, ["# Veiligheid in beeld 2024", "", *table])) == "rapport"
    question = drawn_evidence(tmp_path, ["# Op afstand, maar in beeld?", "", *FIGURES_OVER_CAPTIONS])
    assert k.titled_kind(question) is None


def test_a_page_that_opens_with_a_band_of_tiles_is_a_factsheet_whatever_its_name(tmp_path):
    band = ["| 91% | 83% | 76%", "| Schoon: zwerfafval | Heel: bankjes | Groen: hagen en heesters"]
    body = ["", "## Wat meten we?", "Twee keer per jaar schouwen inspecteurs ruim vierhonderd plekken in het dorp.", "",
            "> © Gemeente Epe 2025"]
    page = drawn_evidence(tmp_path, ["# Schoon en heel in Epe", "## Meting voorjaar 2025", "", *band, *body])
    assert k.document_kind(page, "overig", "default")[:2] == ("factsheet", "kind_tiles")
    # Near misses: a row of years over the captions of a table's columns; a table that puts captions over figures.
    years = drawn_evidence(tmp_path, ["# Schoon en heel in Epe", "", "| 2023 | 2024 | 2025",
                                      "| Meting voorjaar | Meting najaar | Meting voorjaar", *body])
    assert k.document_kind(years, "overig", "default")[0] == "overig"
    table = drawn_evidence(tmp_path, ["# Schoon en heel in Epe", "", *reversed(band), *body])
    assert k.document_kind(table, "overig", "default")[0] == "overig"


@pytest.mark.parametrize(("head", "decides", "kind", "doc_type"), [
    # A council's budget amendment written as an instrument is a budget: its name overrides the instrument's type.
    ("BEGROTINGSWIJZIGING No. 14\ndienstjaar 1986\n\nDe raad der gemeente Sleen;\ngelezen het voorstel van "
     "burgemeester en wethouders van 10 juni 1986;\ngelet op artikel 237 der Gemeentewet;",
     "de begroting voor het dienstjaar 1986 te wijzigen.", "begroting", "jaarverslag"),
    # Near miss: a burgemeester's order, named as no budget, stays an instrument.
    ("NOODBEVEL\n\nDe burgemeester van Sleen;\noverwegende dat groepen zich verzamelen;\ngelet op artikel 175 "
     "der Gemeentewet;", "het plein te ontruimen.", "overig", "overig"),
])
def test_an_instrument_named_as_a_budget_is_a_budget(head, decides, kind, doc_type):
    info = describe(f"GEMEENTE SLEEN\n\n{head}\n\nBESLUIT:\n\n{decides}\n\n"
                    "Aldus vastgesteld te Sleen op 24 juni 1986.\n")
    assert (info.doc_kind, info.doc_type) == (kind, doc_type)


@pytest.mark.parametrize(("head", "kind"), [
    # A compound of 'rapport' names a report, whatever it reports on.
    ("Inspectierapport\nVaste brug over de Linge (KW-0207)", "rapport"),
    ("Asbestinventarisatierapport type A\nLoods Dorpsstraat 4", "rapport"),
    # A college's statement of accountability is a statement about a service, as an auditor's controleverklaring.
    ("Gemeente Epe\nCollegeverklaring ENSIA 2024", "rapport"),
    # Assessments and calculations named by what they assess or compute.
    ("Data Protection Impact Assessment (DPIA)\nCameratoezicht op het stationsplein", "rapport"),
    ("Berekening voor vergunningaanvraag\nMelkveehouderij De Eik", "rapport"),
    ("Stikstofdepositieberekening\nUitbreiding stal 3", "rapport"),
    # A monitor under an adjective, a programme over a range of years, a plan of reorganisation, a policy nota of a year.
    ("Economische Monitor Regio Stedendriehoek 2024\nWerkgelegenheid en vestigingen", "rapport"),
    ("Collegeprogramma 2022–2026\nSamen verder", "rapport"),
    ("Reorganisatieplan\nHerinrichting team Publiekszaken", "rapport"),
    ("Nota Parkeernormen Epe 2024\nParkeren bij nieuwbouw", "rapport"),
    # A supervisor's report on what it supervises is no record of a meeting.
    ("Verslag van de gemeentearchivaris\nover het beheer van de archiefbescheiden van de gemeente Epe", "rapport"),
    # A list of records to destroy or transfer is an archive's list, as a plaatsingslijst is.
    ("Gemeente Epe\nLijst van te vernietigen archiefbescheiden 2024-01", "inventarislijst"),
    ("Overzicht over te brengen archiefbescheiden 1990-2004", "inventarislijst"),
    # Near misses: minutes of a meeting stay minutes; a one-year programme is a budget; a statement about a person
    # is no report.
    ("Verslag van de vergadering van de commissie Bestuur\ngehouden op 3 april 2024", "verslag"),
    ("Uitvoeringsprogramma Verkeer 2025", "begroting"),
    ("Leergang Beleid en Financiën\nProgramma 2025-2026", "overig"),
    ("Verklaring omtrent het gedrag\nAanvrager J. Jansen", "overig"),
])
def test_reports_and_lists_named_by_their_title(head, kind):
    info = describe(f"{head}\n\n1. Inleiding\n{PROSE}\n\n2. Bevindingen\n{PROSE}\n")
    assert info.doc_kind == kind


DECREE = ("gelezen het voorstel van het presidium van 21 maart 2024;\ngelet op artikel 15 van de Gemeentewet;\n"
          "overwegende dat " + " en dat ".join([PROSE[:-1]] * 3) + ";\n")


@pytest.mark.parametrize(("text", "kind"), [
    # A gedragscode the council adopts in its own decision is that decision, also after a long considerans.
    ("Gedragscode integriteit raadsleden Epe 2024\n\nDe raad van de gemeente Epe;\n" + DECREE
     + "besluit vast te stellen de volgende gedragscode:\n\nArtikel 1\n" + PROSE + "\n", "raadsvoorstel"),
    ("Peilbesluit Epe-Noord\n\nHet algemeen bestuur van Waterschap Vallei en Veluwe,\n" + DECREE
     + "BESLUIT:\nvast te stellen het Peilbesluit Epe-Noord.\n\nArtikel 1\n" + PROSE + "\n", "raadsvoorstel"),
    # Near miss: a gedragscode printed alone, without the council's preamble and dictum, is a handbook's kind.
    ("Gedragscode integriteit raadsleden Epe 2024\n\nArtikel 1\n" + PROSE + "\n\nArtikel 2\n" + PROSE + "\n",
     "overig"),
])
def test_rules_an_elected_body_adopts_in_its_decision_are_that_decision(text, kind):
    assert describe(text).doc_kind == kind


def test_a_regional_bodys_letter_to_the_councils_of_its_members_is_a_letter_whatever_it_calls_itself():
    # A joint body has no council of its own (ANNOTATING.md); the councils it writes to are several.
    text = ("Regio Achterhoek\n\nRaadsinformatiebrief\n\nAan de gemeenteraden van Aalten, Berkelland en Winterswijk\n\n"
            "Geachte raadsleden,\n\n" + PROSE + "\n\nMet vriendelijke groet,\n\nnamens het dagelijks bestuur,\n"
            "de secretaris\n")
    assert describe(text).doc_kind == "brief"
    # Also where the text layer ran the addressee onto the end of the letterhead's address.
    joined = text.replace("\n\nAan de gemeenteraden", " Postbus 10 7000 AA Doetinchem Aan de gemeenteraden")
    assert describe(joined).doc_kind == "brief"
    # Near miss: the college's letter to its one council stays a raadsinformatiebrief.
    own = text.replace("gemeenteraden van Aalten, Berkelland en Winterswijk", "gemeenteraad van Aalten")
    assert describe(own).doc_kind == "raadsinformatiebrief"


def test_the_griffies_memo_to_the_council_is_a_raadsinformatiebrief():
    text = ("Memo van de griffie\nAan de leden van de gemeenteraad van Zeist\nVan de griffier, mr. I.S. van Leeuwen\n"
            "Datum 8 oktober 2024\nOnderwerp Procedure herbenoeming burgemeester\n\n" + PROSE + "\n")
    assert describe(text).doc_kind == "raadsinformatiebrief"
    # Near miss: a memo of a department to the college is a letter.
    other = text.replace("Memo van de griffie", "Memo van de afdeling Financiën").replace(
        "de leden van de gemeenteraad van Zeist", "het college")
    assert describe(other).doc_kind == "brief"


def test_provinciale_staten_writing_to_a_kamer_committee_send_a_kamerbrief():
    # The Staten sign over their own griffier: no griffier of the Kamer.
    text = ("Provinciale Staten van Fryslân\nPostbus 20120\n8900 HM Leeuwarden\n\n"
            "Aan de vaste commissie voor Landbouw, Natuur en Voedselkwaliteit van de Tweede Kamer der Staten-Generaal\n"
            "Postbus 20018\n2500 EA Den Haag\n\nDatum: 27 maart 2024\n\nGeachte leden van de commissie,\n\n" + PROSE
            + "\n\nHoogachtend,\nProvinciale Staten van Fryslân,\nde griffier, de voorzitter,\nmr. J.H. de Vries\n")
    assert describe(text).doc_kind == "kamerbrief"


@pytest.mark.parametrize(
    ("title", "doc_type", "kind"),
    [
        # A tender's answers to the bidders' questions: a document of the tender, addressed to no board.
        ("Nota van inlichtingen 1", "overig", "overig"),
        # A joint body's elected council takes a proposal as a municipal council does.
        ("Voorstel voor de Regioraad", "overig", "raadsvoorstel"),
        # Near miss: a nota to the college stays a nota.
        ("Nota aan het college", "brief", "nota"),
    ],
)
def test_a_document_on_letter_paper_is_what_its_title_calls_it(title, doc_type, kind):
    text = f"{title}\nKenmerk: EMM-2024-004\nDatum: 26 maart 2024\n\n{PROSE}\n"
    info = describe(text)
    assert (info.doc_type, info.doc_kind) == (doc_type, kind)


def test_an_inspections_report_on_letter_paper_is_a_report():
    # Its findings, and its conclusion with what follows from it, make the report's build.
    text = ("Controlerapport milieu\nZaaknummer: OD-T-2024-07731\nDatum rapport: 17 oktober 2024\n\nBevindingen\n"
            + PROSE + "\n\nConclusie en vervolg\n" + PROSE + "\n")
    info = describe(text)
    assert (info.doc_type, info.doc_kind) == ("overig", "rapport")
    # Near miss: a letter that sends the report keeps its salutation and closing.
    sent = text.replace("Bevindingen\n", "Geachte heer Nijhuis,\n\n") + "\nMet vriendelijke groet,\n\nJ. Wessels\n"
    assert describe(sent).doc_type == "brief"


def test_a_raadsinformatiebrief_that_tells_of_a_letter_to_other_councils_stays_one():
    # Near miss of the letter to several councils: a sentence of the body names them, it addresses no one so.
    text = ("Raadsinformatiebrief\nDatum: 3 maart 2025\nOnderwerp: regionale woonagenda\n\n" + PROSE
            + " Wij hebben de agenda ook aan de gemeenteraden van de regio gestuurd.\n")
    assert describe(text).doc_kind == "raadsinformatiebrief"


@pytest.mark.parametrize(("title", "kind"), [
    # A service's yearly report titled so, addressed to the college and signed by its head, stays a yearly report.
    ("VERSLAG VAN HET GASBEDRIJF DER GEMEENTE ZWOLLE OVER HET JAAR 1958", ("jaarverslag", "jaarverslag")),
    ("JAARVERSLAG 1958 VAN HET GASBEDRIJF", ("jaarverslag", "jaarverslag")),
    # Near miss: the same letter under a heading that names no report is a letter.
    ("GASBEDRIJF DER GEMEENTE ZWOLLE", ("brief", "brief")),
])
def test_a_yearly_report_addressed_and_signed_stays_a_yearly_report(title, kind):
    text = (f"{title}\n\nAan Burgemeester en Wethouders van Zwolle.\n\nIn het afgelopen jaar werd 14,2 miljoen m³ gas "
            "afgeleverd, tegen 13,6 miljoen m³ het jaar tevoren. De gashouder aan de Turfmarkt werd geschilderd.\n\n"
            "Zwolle, 12 Maart 1959.\nDe Directeur van het Gasbedrijf,\n(w.g.) ir. K. Smit.\n")
    info = describe_document(raw_document_from_text(text), (CleanPage.from_text(text),), pipeline_version="test")
    assert (info.doc_type, info.doc_kind) == kind
