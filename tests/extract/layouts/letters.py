"""The letter zoo: letters and their relatives as Dutch public bodies print them, with what a reader finds.

Each ``Specimen`` is one document: its pages (blocks of ``render.py``), whether
it is tested as a scan, and the ``doc_type``, ``doc_kind`` and ``doc_date`` a
careful reader writes down for it under ``tests/real/ANNOTATING.md`` (and, for
a letter to a municipality that gives ``uw gemeente`` an amount, the CBS code
of the addressee). The expected values were written from what is printed
here, before kenmerk ran on the documents.

The layouts follow the templates of real archives: the Rijkshuisstijl of the
ministries (the address block left, ``Datum``/``Betreft`` under it, the margin
column on the right with ``Kenmerk``/``Uw brief``, a follow-on page repeating
``Datum`` and ``Kenmerk`` with ``Pagina 2 van 2``), municipal letterheads with
label rows, the VNG ledenbrief, provinces, supervisors and advisory bodies,
Woo decisions with redaction boxes, notas with their field tables and
handwritten notes, and letters with a received stamp.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pipeline.testing import load_test_module

T = load_test_module(Path(__file__).with_name("letter_templates.py"))
from kenmerk_test_extract_layouts_letter_templates import (  # noqa: E402 (registered just above)
    BZK,
    BZK_UNIT,
    EK,
    FIN,
    FIN_UNIT,
    IENW,
    IENW_UNIT,
    IZA,
    IZA2,
    PAGE,
    SIGN_VWS,
    TK,
    VWS,
    VWS_UNIT,
    Column,
    Grid,
    Lines,
    Specimen,
    Stamp,
    flow,
    muni_sign,
    municipal,
    rijks,
)

R = T.R

ZOO: tuple[Specimen, ...] = (
    # ---- Kamerbrieven --------------------------------------------------------------------
    Specimen("kamerbrief_iza_twee_paginas", "kamerbrief", rijks(
        VWS, "Postbus 20350 2500 EJ Den Haag", VWS_UNIT, TK, "3 maart 2025", "Voortgang Integraal Zorgakkoord",
        (("Kenmerk", "4012345-1078901-LZ"), ("Uw brief", "-"), ("Bijlage(n)", "2")),
        (IZA, IZA2, PAGE,
         "Ik blijf uw Kamer twee keer per jaar informeren over de voortgang. De volgende brief ontvangt u "
         "voor het zomerreces.", SIGN_VWS)),
        "brief", "kamerbrief", "2025-03-03"),
    Specimen("kamerbrief_over_nieuwsbericht", "kamerbrief", rijks(
        VWS, "Postbus 20350 2500 EJ Den Haag", ("Directie Jeugd, Familie en Leefstijl",) + VWS_UNIT[1:], TK,
        "21.11.2024", "Reactie op nieuwsbericht over wachtlijsten jeugdzorg",
        (("Kenmerk", "3998712-1071234-J"), ("Uw brief", "2024Z18811")),
        ("De vaste commissie voor Volksgezondheid, Welzijn en Sport heeft mij gevraagd te reageren op het "
         "nieuwsbericht 'Wachtlijsten jeugdzorg nog altijd lang' van de NOS van 14 november 2024. Het "
         "bericht meldt dat kinderen gemiddeld 22 weken wachten, laat een woordvoerder van de "
         "Jeugdautoriteit weten.",
         "Ik deel de zorg over de wachttijden. \"Dit vraagt om een gezamenlijke aanpak van gemeenten en "
         "aanbieders\", aldus de Jeugdautoriteit. Ik kom daar in het voorjaar op terug.",
         ("De Staatssecretaris van Volksgezondheid,", "Welzijn en Sport,", "", "", "V.P.G. Karremans"))),
        "brief", "kamerbrief", "2024-11-21"),
    Specimen("kamerbrief_aanbieding_jaarverslag", "kamerbrief", rijks(
        FIN, "Postbus 20201 2500 EE Den Haag", FIN_UNIT, TK, "15 mei 2024", "Aanbieding Jaarverslag 2023 Belastingdienst",
        (("Ons kenmerk", "2024-0000112233"), ("Bijlagen", "1")),
        ("Hierbij bied ik u het Jaarverslag 2023 van de Belastingdienst aan. Het jaarverslag geeft een beeld "
         "van de resultaten over het jaar 2023, van 1 januari tot en met 31 december 2023.",
         "De Belastingdienst heeft in 2023 € 12,4 miljard aan toeslagen uitgekeerd. In de bijlage leest u de "
         "verantwoording per onderdeel.",
         ("De staatssecretaris van Financiën - Fiscaliteit en Belastingdienst,", "", "", "dr. M.L.A. van Rij"))),
        "brief", "kamerbrief", "2024-05-15", scan=True),
    Specimen("kamerbrief_scan_uw_brief_datum", "kamerbrief", rijks(
        VWS, "Postbus 20350 2500 EJ Den Haag", VWS_UNIT, TK, "21 november 2024",
        "Antwoord op uw verzoek over de financiering van de GGD'en",
        (("Kenmerk", "3987654-1070001-PG"), ("Uw brief", "12 november 2024"), ("Bijlage(n)", "-")),
        ("Bij brief van 12 november 2024 heeft de vaste commissie mij gevraagd in te gaan op de financiering "
         "van de GGD'en in 2025. Met deze brief voldoe ik aan dat verzoek.",
         "De GGD'en ontvangen in 2025 via het gemeentefonds € 210 miljoen voor de publieke gezondheid. "
         "Daarvan is € 35 miljoen bestemd voor de pandemische paraatheid.", PAGE,
         "Ik verwacht uw Kamer voor 1 april 2025 te informeren over de verdeling per regio.", SIGN_VWS)),
        "brief", "kamerbrief", "2024-11-21", scan=True),
    Specimen("kamerbrief_eerste_kamer_margedatum", "kamerbrief", rijks(
        BZK, "Postbus 20011 2500 EA Den Haag", BZK_UNIT, EK, "14 januari 2025",
        "Beantwoording vragen over de brief van 5 december 2024",
        (("Onze referentie", "2025-0000012345"), ("Uw referentie", "176543.01u")),
        ("Op 5 december 2024 heb ik uw Kamer geïnformeerd over de financiële verhouding tussen Rijk en "
         "gemeenten. De leden van de fractie van de VVD hebben daarover vragen gesteld. Hieronder beantwoord "
         "ik deze vragen.",
         "De gemeenten ontvangen in 2025 een extra bedrag van € 675 miljoen via het gemeentefonds.",
         ("De minister van Binnenlandse Zaken en", "Koninkrijksrelaties,", "", "", "J.J.M. Uitermark")),
        datum_in_margin=True),
        "brief", "kamerbrief", "2025-01-14"),

    Specimen("kamerbrief_verslag_raad", "kamerbrief", rijks(
        VWS, "Postbus 20350 2500 EJ Den Haag", ("Directie Internationale Zaken",) + VWS_UNIT[1:], TK,
        "11 december 2024", "Verslag van de formele EU-Gezondheidsraad van 3 december 2024",
        (("Kenmerk", "4000123-1076543-IZ"),),
        ("Hierbij stuur ik u het verslag van de formele EU-Gezondheidsraad die op 3 december 2024 in Brussel "
         "plaatsvond. De Raad sprak onder meer over het farmaceutisch pakket.",
         ("De minister van Volksgezondheid,", "Welzijn en Sport,", "", "", "drs. F.M. Agema"))),
        "brief", "kamerbrief", "2024-12-11"),
    Specimen("kamerbrief_besluitenlijst_onderwerp_twee_regels", "kamerbrief", flow(
        (Lines(300, 40, BZK, size=10, bold=True),
         Lines(70, 132, ("> Retouradres Postbus 20011 2500 EA Den Haag",), size=6),
         Lines(70, 145, TK),
         Column(450, 130, ((BZK_UNIT[0], "\n".join(BZK_UNIT[1:])), ("Kenmerk", "2025-0000067890"))),
         Grid(70, 232, (52, 300), (("Datum", "20 maart 2025"), ("Betreft", "Besluitenlijst van het Bestuurlijk"),
                                   ("", "Overleg Financiële verhoudingen van 12 maart 2025")), label_rows=())),
        ("Hierbij bied ik u de besluitenlijst aan van het Bestuurlijk Overleg Financiële verhoudingen van 12 maart "
         "2025. Rijk en gemeenten spraken af dat het gemeentefonds in 2026 met € 1,1 miljard groeit.",
         ("De minister van Binnenlandse Zaken en", "Koninkrijksrelaties,", "", "", "J.J.M. Uitermark")), top=285),
        "brief", "kamerbrief", "2025-03-20"),
    # ---- Ministerial letters to municipalities, the VNG, provinces ---------------------------
    Specimen("minister_aan_college_eerste_regels", "ministerie_gemeente", flow(
        (Lines(300, 40, BZK, size=10, bold=True),
         Lines(70, 130, ("Aan het college van burgemeester en wethouders van de gemeente Zwolle",), size=9.5),
         Grid(70, 170, (52, 300), (("Datum", "12 februari 2025"), ("Betreft", "Beschikking decentralisatie-uitkering"),
                                   ("Uw brief", "van 12 november 2024")), label_rows=(), size=9.5),
         Column(450, 130, (BZK_UNIT[0:1] + ("\n".join(BZK_UNIT[1:]),), ("Kenmerk", "2025-0000043210"))),),
        ("Geacht college,",
         "Naar aanleiding van uw aanvraag van 12 november 2024 verleen ik uw gemeente een bijdrage van "
         "€ 125.000 voor de versterking van de lokale democratie in de jaren 2025 en 2026.",
         "De bijdrage wordt betaald via de decentralisatie-uitkering in de septembercirculaire 2025.",
         ("Hoogachtend,", "", "De minister van Binnenlandse Zaken en Koninkrijksrelaties,", "namens deze,", "",
          "mr. drs. P.J. de Wit", "directeur Democratie")), top=240),
        "brief", "brief", "2025-02-12", addressee_code="GM0193"),
    Specimen("minister_aan_college_adresblok_scan", "ministerie_gemeente", rijks(
        VWS, "Postbus 20350 2500 EJ Den Haag", ("Directie Maatschappelijke Ondersteuning",) + VWS_UNIT[1:],
        ("Het college van burgemeester en wethouders", "van de gemeente Emmen", "Postbus 30001", "7800 RA  EMMEN"),
        "21.11.2024", "Specifieke uitkering sportakkoord",
        (("Kenmerk", "3991111-1070707-DMO"), ("Uw brief", "9 oktober 2024")),
        ("Geacht college,",
         "Op 9 oktober 2024 heeft u een specifieke uitkering aangevraagd voor de uitvoering van het lokale "
         "sportakkoord. Hierbij ken ik uw gemeente een bedrag toe van € 80.000.",
         "U verantwoordt de besteding uiterlijk 15 juli 2026 via SiSa.",
         ("Met vriendelijke groet,", "", "de minister van Volksgezondheid,", "Welzijn en Sport,", "namens deze,",
          "", "drs. K. Hendriks"))),
        "brief", "brief", "2024-11-21", scan=True, addressee_code="GM0114"),
    Specimen("minister_aan_vng_margedatum", "ministerie_gemeente", rijks(
        VWS, "Postbus 20350 2500 EJ Den Haag", VWS_UNIT,
        ("Vereniging van Nederlandse Gemeenten", "t.a.v. de heer drs. J. Kramer", "Postbus 30435", "2500 GK  DEN HAAG"),
        "2 juni 2025", "Financiering aanvullend zorg- en welzijnsakkoord",
        (("Kenmerk", "4055555-1080808-LZ"), ("Uw brief", "28 april 2025")),
        ("Geachte heer Kramer,",
         "In uw brief van 28 april 2025 vraagt u om duidelijkheid over de financiering van de afspraken uit "
         "het Aanvullend Zorg- en Welzijnsakkoord. Gemeenten ontvangen daarvoor vanaf 2026 structureel "
         "€ 150 miljoen per jaar.",
         ("Hoogachtend,", "", "de minister van Volksgezondheid,", "Welzijn en Sport,", "", "", "drs. F.M. Agema")),
        datum_in_margin=True),
        "brief", "brief", "2025-06-02"),
    Specimen("minister_aan_provincie_plaatsdatum_scan", "ministerie_provincie", flow(
        (Lines(300, 40, IENW, size=10, bold=True),
         Lines(70, 140, ("Gedeputeerde Staten van de provincie Utrecht", "Postbus 80300", "3508 TH  UTRECHT")),
         Column(450, 130, ((IENW_UNIT[0], "\n".join(IENW_UNIT[1:])), ("Ons kenmerk", "IENW/BSK-2025/44321"))),
         Lines(70, 215, ("Onderwerp: Bijdrage dijkversterking Lekdijk",)),
         Lines(70, 245, ("Den Haag, 3 maart 2025",))),
        ("Geacht college,",
         "Met uw brief van 14 januari 2025 vraagt u om een rijksbijdrage voor de versterking van de Lekdijk. "
         "Ik stel voor de jaren 2025 tot en met 2027 een bijdrage van € 4,5 miljoen beschikbaar.",
         "Ik verzoek u de voortgang jaarlijks voor 1 mei te melden.",
         ("Hoogachtend,", "", "De Minister van Infrastructuur en Waterstaat,", "", "", "B. Madlener")), top=280),
        "brief", "brief", "2025-03-03", scan=True),

    # ---- VNG ledenbrieven ---------------------------------------------------------------------
    Specimen("vng_ledenbrief_labelrijen", "vng_ledenbrief", municipal(
        ("Vereniging van", "Nederlandse Gemeenten"), ("Aan de leden",),
        Grid(70, 200, (150, 130, 110), (("informatiecentrum tel.", "uw kenmerk", "bijlage(n)"),
                                        ("(070) 373 8393", "", "2"),
                                        ("betreft", "ons kenmerk", "datum"),
                                        ("Onderhandelaarsakkoord AZWA", "TLE/U202500512", "3 maart 2025"),
                                        ("Lbr. 25/012", "", "")), label_rows=(0, 2)),
        ("Samenvatting",
         "Op 20 februari 2025 hebben Rijk, VNG en zorgpartijen een onderhandelaarsakkoord bereikt over het "
         "Aanvullend Zorg- en Welzijnsakkoord (AZWA). In deze ledenbrief leest u wat het akkoord voor "
         "gemeenten betekent. Wij vragen u uiterlijk 4 april 2025 te stemmen over het akkoord.",
         "Gemeenten ontvangen in 2026 € 300 miljoen voor de basisfunctionaliteiten.",
         ("Met vriendelijke groet,", "Vereniging van Nederlandse Gemeenten", "", "S. Backer",
          "algemeen directeur")),
        footer="Nassaulaan 12  2514 JS Den Haag  Postbus 30435  2500 GK Den Haag  vng.nl"),
        "brief", "brief", "2025-03-03"),
    Specimen("vng_ledenbrief_labelrijen_scan", "vng_ledenbrief", municipal(
        ("Vereniging van", "Nederlandse Gemeenten"), ("Aan de leden",),
        Grid(70, 200, (150, 130, 110), (("informatiecentrum tel.", "uw kenmerk", "bijlage(n)"),
                                        ("(070) 373 8393", "", "1"),
                                        ("betreft", "ons kenmerk", "datum"),
                                        ("Ledenraadpleging Hervormingsagenda", "ECSD/U202500988", "19 december 2025"),
                                        ("Lbr. 25/061", "", "")), label_rows=(0, 2)),
        ("Samenvatting",
         "Deze ledenbrief gaat over de Hervormingsagenda Jeugd. Het bestuur vraagt u voor 31 januari 2026 "
         "uw mening te geven. De bijeenkomst van 8 januari 2026 gaat over de uitwerking.",
         "Met de agenda is tot 2028 een bedrag van € 1 miljard gemoeid.",
         ("Met vriendelijke groet,", "Vereniging van Nederlandse Gemeenten", "", "S. Backer",
          "algemeen directeur")),
        footer="Nassaulaan 12  2514 JS Den Haag  Postbus 30435  2500 GK Den Haag  vng.nl"),
        "brief", "brief", "2025-12-19", scan=True),
    Specimen("vng_ledenbrief_waarden_eronder", "vng_ledenbrief", municipal(
        ("Vereniging van", "Nederlandse Gemeenten"), ("Aan de colleges van burgemeester en", "wethouders"),
        Column(70, 190, (("Datum", "12 juni 2025"), ("Ons kenmerk", "ECFD/U202500789"),
                         ("Telefoon", "070 373 8020"), ("Lbr.", "25/034"))),
        ("Geacht college,",
         "In de meicirculaire 2025 van 30 mei 2025 is de ontwikkeling van het gemeentefonds bekendgemaakt. "
         "Deze ledenbrief licht de belangrijkste punten toe.",
         "Het accres over 2025 stijgt met € 412 miljoen ten opzichte van de septembercirculaire.",
         ("Met vriendelijke groet,", "Vereniging van Nederlandse Gemeenten", "", "S. Backer")), ),
        "brief", "brief", "2025-06-12"),

    # ---- Municipal letters --------------------------------------------------------------------
    Specimen("gemeente_inwoner_labelrij", "gemeente", municipal(
        ("Gemeente Zwolle",), ("De heer J. Bakker", "Dorpsstraat 12", "8011 AB  ZWOLLE"),
        Grid(70, 220, (120, 120, 120), (("Ons kenmerk", "Uw brief van", "Datum"),
                                        ("Z2024-012345", "12 november 2024", "21-11-2024")), size=8.5),
        ("Onderwerp: uw bezwaar tegen de aanslag afvalstoffenheffing",
         "Geachte heer Bakker,",
         "Op 12 november 2024 ontvingen wij uw bezwaarschrift tegen de aanslag afvalstoffenheffing 2024. "
         "Wij hebben uw bezwaar gegrond verklaard en verminderen de aanslag met € 96,40.",
         ("Met vriendelijke groet,", "", "namens het college van burgemeester en wethouders,", "", "M. de Jong",
          "teamleider Belastingen")),
        footer="Gemeente Zwolle  Postbus 10007  8000 GA Zwolle  www.zwolle.nl"),
        "brief", "brief", "2024-11-21"),
    Specimen("gemeente_organisatie_plaatsdatum_scan", "gemeente", municipal(
        ("Gemeente Amersfoort",), ("Stichting Welzijn Amersfoort", "t.a.v. het bestuur", "Postbus 123",
                                   "3800 AC  AMERSFOORT"),
        Grid(70, 230, (80, 300), (("Kenmerk", "5123456"), ("Onderwerp", "Subsidieverlening 2025")), label_rows=()),
        ("Geacht bestuur,",
         "Op 15 oktober 2024 heeft u subsidie aangevraagd voor het welzijnswerk in 2025. Wij verlenen u een "
         "subsidie van € 1.250.000 voor de periode van 1 januari tot en met 31 december 2025.",
         "U kunt tot zes weken na de dagtekening van deze brief bezwaar maken.",
         muni_sign("Amersfoort")),
        place_date="Amersfoort, 3 maart 2025"),
        "brief", "brief", "2025-03-03", scan=True),
    Specimen("gemeente_datum_onder_ondertekening", "gemeente", municipal(
        ("Gemeente Deventer",), ("Vereniging Dorpsbelang Okkenbroek", "Okkenbroekerweg 2", "7435 PA  OKKENBROEK"),
        Grid(70, 230, (80, 300), (("Ons kenmerk", "Z-24-98765"), ("Onderwerp", "Uw verzoek om een bijdrage voor "
                                                                  "het dorpshuis")), label_rows=()),
        ("Geacht bestuur,",
         "In uw brief van 2 december 2024 vraagt u om een bijdrage voor de verbouwing van het dorpshuis. "
         "Wij dragen € 45.000 bij aan de verbouwing, op voorwaarde dat de verbouwing voor 1 oktober 2025 "
         "begint.",
         ("Met vriendelijke groet,", "", "burgemeester en wethouders van Deventer,", "", "R.C. König",
          "burgemeester", "", "Deventer, 14 januari 2025"))),
        "brief", "brief", "2025-01-14"),
    Specimen("raadsinformatiebrief", "raadsinformatiebrief", flow(
        (Lines(70, 50, ("Raadsinformatiebrief",), size=16, bold=True),
         Lines(380, 50, ("Gemeente Utrecht",), size=10, bold=True),
         Grid(70, 90, (130, 300), (("Datum", "5 maart 2024"), ("Portefeuillehouder", "wethouder E. Oosterwijk"),
                                   ("Datum collegebesluit", "27 februari 2024"),
                                   ("Onderwerp", "Voortgang opvang dak- en thuislozen")), label_rows=()),),
        ("Geachte leden van de gemeenteraad,",
         "Met deze brief informeren wij u over de voortgang van de opvang van dak- en thuislozen. In de "
         "commissie van 8 februari 2024 hebben wij toegezegd u hierover te berichten.",
         "Voor de winteropvang is in 2024 € 2,1 miljoen beschikbaar.",
         muni_sign("Utrecht")), top=170),
        "brief", "raadsinformatiebrief", "2024-03-05"),
    Specimen("raadsinformatiebrief_labelrij_scan", "raadsinformatiebrief", flow(
        (Lines(380, 40, ("Gemeente Zwolle",), size=10, bold=True),
         Lines(70, 80, ("Raadsinformatiebrief",), size=15, bold=True),
         Grid(70, 115, (110, 110, 200), (("Datum", "Kenmerk", "Portefeuillehouder"),
                                         ("12.03.2024", "RIB-2024-031", "wethouder M. Dekker")), size=8.5),
         Lines(70, 150, ("Onderwerp: Uitkomsten evaluatie wijkteams",))),
        ("Geachte leden van de raad,",
         "In de raadsvergadering van 29 januari 2024 is de evaluatie van de wijkteams besproken. Wij sturen "
         "u hierbij de uitkomsten. Het onderzoek kostte € 48.000.",
         muni_sign("Zwolle")), top=185),
        "brief", "raadsinformatiebrief", "2024-03-12", scan=True),
    Specimen("memo_aan_de_raad", "raadsinformatiebrief", flow(
        (Lines(70, 50, ("MEMO aan de Raad",), size=16, bold=True),
         Grid(70, 90, (90, 320), (("Van:", "college van burgemeester en wethouders"), ("Aan:", "gemeenteraad"),
                                  ("Datum:", "dinsdag 13 augustus 2024"),
                                  ("Onderwerp:", "Stand van zaken Integraal Zorgakkoord")), label_rows=()),),
        ("Aanleiding",
         "In de raadsvergadering van 24 juni 2024 is gevraagd naar de stand van zaken rond het Integraal "
         "Zorgakkoord. Met dit memo informeren wij u.",
         "Kernboodschap",
         "De regio ontvangt tot en met 2026 € 3,2 miljoen aan transformatiemiddelen."), top=165),
        "brief", "raadsinformatiebrief", "2024-08-13"),
    Specimen("commissiebrief_toezeggingen_scan", "gemeente_raad", municipal(
        ("Gemeente Emmen",), ("Aan de leden van de commissie", "Bestuur en Middelen"),
        Grid(70, 210, (110, 300), (("Datum", "18 april 2024"), ("Ons kenmerk", "24.012345"),
                                   ("Onderwerp", "Overzicht toezeggingen commissie")), label_rows=()),
        ("Geachte commissieleden,",
         "Hierbij ontvangt u het overzicht van de toezeggingen die in de commissie zijn gedaan. Toezegging 1, "
         "gedaan op 12 maart 2024: de wethouder stuurt de evaluatie van het armoedebeleid voor 1 juni 2024.",
         "Toezegging 2, gedaan op 26 maart 2024: de raad ontvangt een overzicht van de kosten van de "
         "Wmo, in 2023 € 41,3 miljoen. Afgedaan op 3 april 2024.",
         muni_sign("Emmen"))),
        "brief", "brief", "2024-04-18", scan=True),
    Specimen("brief_ontvangststempel_scan", "ontvangststempel", flow(
        (Lines(70, 50, ("Stichting Buurtkracht Emmen",), size=12, bold=True),
         Lines(70, 66, ("Hoofdstraat 41  7811 EJ Emmen",), size=8),
         Lines(70, 140, ("Het college van burgemeester en wethouders", "van de gemeente Emmen", "Postbus 30001",
                         "7800 RA  EMMEN")),
         Stamp(390, 120, ("GEMEENTE EMMEN", "ONTVANGEN", "12 MRT 2024"), angle=4),
         Grid(70, 230, (80, 300), (("Datum:", ""), ("Betreft:", "aanvraag subsidie buurthuis 2024")), label_rows=())),
        ("Geacht college,",
         "Hierbij vragen wij subsidie aan voor het buurthuis in 2024. De begroting sluit op € 64.500. Wij "
         "ontvangen graag voor 1 mei 2024 uw besluit.",
         ("Met vriendelijke groet,", "", "H. Lubbers", "voorzitter")), top=280),
        "brief", "brief", "2024-03-12", scan=True),
    Specimen("gemeente_iso_datum", "gemeente", municipal(
        ("Gemeente Haarlem",), ("Mevrouw S. el Amrani", "Kruisstraat 8", "2011 PV  HAARLEM"),
        Grid(70, 220, (90, 300), (("Datum:", "2024-11-21"), ("Zaaknummer:", "Z-2024-004411"),
                                  ("Onderwerp:", "Besluit op uw aanvraag bijzondere bijstand")), label_rows=()),
        ("Beste mevrouw El Amrani,",
         "Op 30 oktober 2024 heeft u bijzondere bijstand aangevraagd. U krijgt € 650,00 voor de aanschaf van "
         "een wasmachine.",
         ("Met vriendelijke groet,", "", "namens het college,", "", "P. Verbeek", "consulent Werk en Inkomen")),
        footer="Gemeente Haarlem  Postbus 511  2003 PB Haarlem"),
        "brief", "brief", "2024-11-21"),

    Specimen("brief_onderwerp_onder_label", "gemeente", municipal(
        ("Gemeente Zwolle",), ("Aan de bewoners van de Dieze", "Postbus 10007", "8000 GA  ZWOLLE"),
        Column(70, 215, (("Onderwerp", "Verslag bewonersavond Dieze-Oost"), ("Datum", "3 maart 2025"))),
        ("Beste bewoner,",
         "Op 18 februari 2025 was de bewonersavond over de herinrichting van de wijk. Hierbij ontvangt u het "
         "verslag. Voor de herinrichting is € 3,4 miljoen beschikbaar.",
         ("Met vriendelijke groet,", "", "M. de Jong", "wijkmanager"))),
        "brief", "brief", "2025-03-03"),
    Specimen("raadsmededeling_zonder_aanhef", "raadsinformatiebrief", flow(
        (Lines(70, 50, ("Raadsmededeling",), size=16, bold=True),
         Lines(380, 50, ("Gemeente Dordrecht",), size=10, bold=True),
         Grid(70, 90, (130, 300), (("Aan", "de gemeenteraad"), ("Registratienummer", "RM 2024-118"),
                                   ("Datum", "9 april 2024"), ("Portefeuillehouder", "wethouder P. Sleeking"),
                                   ("Onderwerp", "Stand van zaken warmtenet")), size=9, label_rows=()),),
        ("Kern van de mededeling",
         "Het warmtenet is voor 60 procent aangelegd. De kosten vallen met € 1,3 miljoen hoger uit dan in de "
         "begroting 2024 voorzien.",
         "Vervolg",
         "Wij informeren u voor 1 juli 2024 opnieuw.",
         ("Burgemeester en wethouders van Dordrecht",)), top=190),
        "brief", "raadsinformatiebrief", "2024-04-09"),
    Specimen("informatienota_aan_de_raad_scan", "raadsinformatiebrief", flow(
        (Lines(380, 40, ("Gemeente Amersfoort",), size=10, bold=True),
         Lines(70, 70, ("Informatienota",), size=16, bold=True),
         Grid(70, 105, (130, 300), (("Datum", "26 november 2024"), ("Kenmerk", "6789012"),
                                    ("Portefeuillehouder", "wethouder K. Tigelaar"),
                                    ("Onderwerp", "Uitkomst aanbesteding jeugdhulp 2025")), size=9, label_rows=()),),
        ("Aanleiding",
         "Op 12 november 2024 is de aanbesteding van de jeugdhulp voor 2025 afgerond. Met deze informatienota "
         "informeren wij de raad over de uitkomst. Het contract heeft een waarde van € 42 miljoen.",
         ("Het college van burgemeester en wethouders van Amersfoort,", "", "de secretaris, de burgemeester,")),
        top=190),
        "brief", "raadsinformatiebrief", "2024-11-26", scan=True),
    Specimen("gemeente_kopregel_op_elke_pagina", "gemeente", flow(
        (Lines(380, 40, ("Gemeente Ede",), size=10, bold=True),
         Lines(70, 60, ("Datum 12 maart 2024    Kenmerk Z-24-1234    Pagina 1 van 2",), size=7.5),
         Lines(70, 140, ("Stichting Jeugdwerk Ede", "Postbus 88", "6710 BB  EDE")),
         Lines(70, 220, ("Onderwerp: Beschikking subsidie jongerenwerk 2024",))),
        ("Geacht bestuur,",
         "Op 15 januari 2024 heeft u subsidie aangevraagd voor het jongerenwerk. Wij verlenen u € 310.000.",
         PAGE,
         "Deze beschikking geldt tot en met 31 december 2024. U kunt binnen zes weken bezwaar maken.",
         muni_sign("Ede")), top=260,
        running=(Lines(380, 40, ("Gemeente Ede",), size=10, bold=True),
                 Lines(70, 60, ("Datum 12 maart 2024    Kenmerk Z-24-1234    Pagina 2 van 2",), size=7.5))),
        "brief", "brief", "2024-03-12"),
    Specimen("stempel_naast_adres_scan", "ontvangststempel", flow(
        (Lines(70, 50, ("Huurdersvereniging De Eendracht",), size=12, bold=True),
         Lines(70, 66, ("Kerkstraat 3  9401 AB Assen",), size=8),
         Lines(70, 140, ("College van burgemeester en wethouders", "van de gemeente Assen", "Postbus 30018",
                         "9400 RA  ASSEN")),
         Stamp(300, 150, ("Gemeente Assen", "Ontvangen", "- 8 JAN 2025"), angle=-5, size=10),
         Grid(70, 230, (80, 300), (("Datum:", ""), ("Betreft:", "prestatieafspraken 2025")), label_rows=())),
        ("Geacht college,",
         "Graag maken wij voor 1 maart 2025 afspraken over de huurverhoging en het onderhoud. Onze begroting "
         "voor 2025 bedraagt € 12.000.",
         ("Met vriendelijke groet,", "", "A. Mulder", "secretaris")), top=280),
        "brief", "brief", "2025-01-08", scan=True),
) + load_test_module(Path(__file__).with_name("letters_more.py")).MORE

# The same letters as poor scans (a copy of a copy): OCR misreads what a clean scan gets right.
ZOO += tuple(
    replace(s, name=f"{s.name}_slechte_scan", scan=True, poor=True) for s in ZOO
    if s.name in {"kamerbrief_iza_twee_paginas", "vng_ledenbrief_labelrijen", "toezichthouder_advies_labelrij",
                  "woo_besluit_rijk", "beslisnota_datum_ondertekening", "gemeente_inwoner_labelrij",
                  "provincie_marge", "raadsinformatiebrief", "memo_aan_de_raad", "minister_aan_vng_margedatum"}
)
