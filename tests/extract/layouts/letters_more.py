"""The letter zoo, second part: provincial letters, supervisors and advisory bodies, Woo decisions,
harder head layouts and notas (see ``letters.py``)."""

from __future__ import annotations

# Loaded by letters.py, which registers the templates under this name first.
from kenmerk_test_extract_layouts_letter_templates import (
    IENW,
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
    X,
    flow,
    muni_sign,
    municipal,
    nota,
    rijks,
)

MORE = (
    # ---- Provincial letters ---------------------------------------------------------------------
    Specimen("provincie_marge", "provincie", flow(
        (Lines(70, 40, ("Provincie Gelderland",), size=12, bold=True),
         Lines(70, 140, ("Aan de gemeenteraad van Arnhem", "Postbus 9200", "6800 HA  ARNHEM")),
         Column(450, 130, (("Datum", "12 maart 2024"), ("Zaaknummer", "2024-004321"),
                           ("Uw brief", "4 maart 2024"), ("Telefoon", "026 359 9999"))),
         Lines(70, 230, ("Onderwerp", "Toezicht begroting 2024"), size=9.5)),
        ("Geachte raad,",
         "Uw begroting 2024 is op 4 maart 2024 bij ons ingekomen. Wij stellen vast dat de begroting "
         "structureel in evenwicht is en dat repressief toezicht volstaat.",
         ("Hoogachtend,", "", "Gedeputeerde Staten van Gelderland,", "", "drs. J.M. Markink", "gedeputeerde")),
        top=275),
        "brief", "brief", "2024-03-12"),
    Specimen("provincie_schuine_streep_scan", "provincie", municipal(
        ("Provincie Overijssel",), ("Het college van burgemeester en wethouders", "van de gemeente Hellendoorn",
                                    "Postbus 200", "7440 AE  NIJVERDAL"),
        Grid(70, 230, (90, 300), (("Datum", "21/11/2024"), ("Kenmerk", "2024/0412345"),
                                  ("Onderwerp", "Subsidie leefbaarheid kernen")), label_rows=()),
        ("Geacht college,",
         "Op uw aanvraag van 1 oktober 2024 verlenen wij uw gemeente een subsidie van € 220.000 voor de "
         "leefbaarheid van de kernen. De subsidie moet voor 31 december 2026 zijn besteed.",
         ("Met vriendelijke groet,", "", "Gedeputeerde Staten van Overijssel,", "namens dezen,", "",
          "mr. A. Bouwman", "afdelingshoofd")),
        footer="Provincie Overijssel  Luttenbergstraat 2  Postbus 10078  8000 GB Zwolle"),
        "brief", "brief", "2024-11-21", scan=True, addressee_code="GM0163"),
    Specimen("provincie_vervolgpagina", "provincie", flow(
        (Lines(380, 40, ("Provincie Noord-Brabant",), size=11, bold=True),
         Lines(70, 140, ("Provinciale Staten van Noord-Brabant", "Postbus 90151", "5200 MC  'S-HERTOGENBOSCH")),
         Grid(70, 220, (90, 300), (("Datum", "5 februari 2025"), ("Ons kenmerk", "C2251234/5012345"),
                                   ("Onderwerp", "Statenmededeling voortgang stikstofaanpak")), label_rows=())),
        ("Geachte Statenleden,",
         "Met deze mededeling informeren wij u over de voortgang van de gebiedsgerichte aanpak stikstof. In "
         "de vergadering van 13 december 2024 hebben wij u toegezegd voor 1 april 2025 te rapporteren.",
         PAGE,
         "Voor de aanpak is in 2025 € 18 miljoen beschikbaar. Wij informeren u voor de zomer opnieuw.",
         ("Met vriendelijke groet,", "", "Gedeputeerde Staten van Noord-Brabant,", "", "I.M.A. Adriaansens",
          "voorzitter")), top=290,
        running=(Lines(380, 40, ("Datum 5 februari 2025", "Ons kenmerk C2251234/5012345", "Pagina 2 van 2"),
                       size=7.5),)),
        # Gedeputeerde Staten to Provinciale Staten: their letter to their own council (ANNOTATING.md).
        "brief", "raadsinformatiebrief", "2025-02-05"),

    # ---- Supervisors and advisory bodies ----------------------------------------------------------
    Specimen("toezichthouder_advies_labelrij", "advies", municipal(
        ("Autoriteit Persoonsgegevens",), ("De Minister van Volksgezondheid, Welzijn en Sport",
                                           "Postbus 20350", "2500 EJ  DEN HAAG"),
        Grid(70, 220, (130, 130), (("Datum", "Ons kenmerk"), ("20 mei 2020", "z2020-08123")), size=8.5),
        ("Onderwerp: Advies over het concept voor de Tijdelijke wet notificatieapplicatie",
         "Geachte heer De Jonge,",
         "Bij brief van 12 mei 2020 heeft u de Autoriteit Persoonsgegevens (AP) verzocht te adviseren over "
         "het concept voor de Tijdelijke wet notificatieapplicatie. De AP heeft bezwaar tegen het concept en "
         "adviseert de procedure niet voort te zetten, tenzij met de bezwaren rekening is gehouden.",
         ("Hoogachtend,", "Autoriteit Persoonsgegevens,", "", "mr. A. Wolfsen", "voorzitter")),
        footer="Postbus 93374  2509 AJ Den Haag  autoriteitpersoonsgegevens.nl"),
        "brief", "brief", "2020-05-20"),
    Specimen("inspectie_aan_gemeente_scan", "advies", flow(
        (Lines(300, 40, ("Inspectie Gezondheidszorg en Jeugd",), size=10, bold=True),
         Lines(70, 132, ("> Retouradres Postbus 2518 6401 DA Heerlen",), size=6),
         Lines(70, 145, ("Het college van burgemeester en wethouders", "van de gemeente Almere", "Postbus 200",
                         "1300 AE  ALMERE")),
         Column(450, 130, (("Inspectie Gezondheidszorg en Jeugd", "Stadsplateau 1\n3521 AZ Utrecht"),
                           ("Ons kenmerk", "2023-1234567"), ("Uw kenmerk", "-"))),
         Grid(70, 232, (52, 300), (("Datum", "9 oktober 2023"), ("Betreft", "Toezicht op de jeugdbescherming")),
              label_rows=())),
        ("Geacht college,",
         "Op 19 september 2023 heeft de inspectie het wijkteam in uw gemeente bezocht. In deze brief leest u "
         "onze bevindingen. Wij verwachten uw verbeterplan uiterlijk 1 december 2023.",
         ("Hoogachtend,", "", "dr. ir. M. Kramer", "Inspecteur-generaal Gezondheidszorg en Jeugd")), top=285),
        "brief", "brief", "2023-10-09", scan=True),
    Specimen("adviesraad_plaatsdatum", "advies", municipal(
        ("Raad voor het Openbaar Bestuur",), ("Aan de minister van Binnenlandse Zaken", "en Koninkrijksrelaties",
                                              "Postbus 20011", "2500 EA  DEN HAAG"),
        Grid(70, 220, (90, 300), (("Ons kenmerk", "ROB/2023/0456"),
                                  ("Onderwerp", "Advies over de Wet versterking regie volkshuisvesting")),
             label_rows=()),
        ("Den Haag, 16 juni 2023",
         "Geachte minister,",
         "Bij brief van 10 maart 2023 heeft u de Raad om advies gevraagd. De Raad adviseert de rol van "
         "gemeenten in de volkshuisvesting duidelijker te regelen. De kosten voor gemeenten worden geraamd "
         "op € 70 miljoen.",
         ("Hoogachtend,", "", "mr. J.A.J. Neppérus, voorzitter", "drs. K. van der Ploeg, secretaris"))),
        "brief", "brief", "2023-06-16"),

    # ---- Woo and Wob decisions ---------------------------------------------------------------------
    Specimen("woo_besluit_rijk", "woo", rijks(
        IENW, "Postbus 20901 2500 EX Den Haag", ("Directie Juridische Zaken", "Rijnstraat 8", "2515 XP Den Haag"),
        ("De heer B. Smit", "Keizersgracht 100", "1015 AA  AMSTERDAM"), "29 maart 2025",
        "Besluit op uw Woo-verzoek over adviezen van de landsadvocaat",
        (("Kenmerk", "IENW/BSK-2025/88123"), ("Uw kenmerk", "-"), ("Bijlage(n)", "3")),
        ("Geachte heer Smit,",
         "In uw e-mail van 3 januari 2025, ontvangen op 6 januari 2025, heeft u met een beroep op de Wet "
         "open overheid (Woo) gevraagd om documenten over adviezen van de landsadvocaat.",
         f"Ik maak de documenten gedeeltelijk openbaar. De naam van de behandelaar {X}5.1.2e en een bedrag "
         f"van {X}5.1.2b zijn onleesbaar gemaakt op grond van artikel 5.1, tweede lid, van de Woo.", PAGE,
         "De kosten van de adviezen bedroegen in totaal € 312.000.",
         "Tegen dit besluit kunt u binnen zes weken na de dag van verzending bezwaar maken.",
         ("De minister van Infrastructuur en Waterstaat,", "namens deze,", "", f"{X}5.1.2e",
          "Directeur Juridische Zaken"))),
        "brief", "woo_besluit", "2025-03-29"),
    Specimen("woo_beslissing_gemeente_scan", "woo", municipal(
        ("Gemeente Rotterdam",), ("Mevrouw K. de Groot", "Postbus 1234", "3000 BE  ROTTERDAM"),
        Grid(70, 220, (90, 300), (("Datum", "14-02-2025"), ("Ons kenmerk", "WOO-2025-0117"),
                                  ("Onderwerp", "Beslissing op uw verzoek op grond van de Wet open overheid")),
             label_rows=()),
        ("Geachte mevrouw De Groot,",
         "Op 2 december 2024 heeft u ons verzocht om openbaarmaking van de stukken over de sluiting van het "
         "zwembad. Wij maken 14 documenten openbaar. Persoonsgegevens zijn weggelakt.",
         f"In document 3 is de naam van een medewerker {X}5.1.2e weggelakt, evenals een telefoonnummer "
         f"{X}5.1.2e.",
         ("Met vriendelijke groet,", "", "namens het college van burgemeester en wethouders,", "", "A. Yilmaz",
          "juridisch adviseur"))),
        "brief", "woo_besluit", "2025-02-14", scan=True),
    Specimen("wob_besluit_gemeente", "woo", municipal(
        ("Gemeente Almere",), ("De heer T. Visser", "Stadhuisplein 5", "1315 HR  ALMERE"),
        Grid(70, 220, (90, 300), (("Datum:", "12 maart 2019"), ("Kenmerk:", "WOB-2019-0042"),
                                  ("Onderwerp:", "Besluit op uw Wob-verzoek")), label_rows=()),
        ("Geachte heer Visser,",
         "Bij brief van 4 januari 2019 heeft u verzocht om openbaarmaking van de subsidiebeschikkingen voor "
         "het evenement Almere Haven. Wij besluiten de stukken openbaar te maken, met uitzondering van de "
         "persoonsgegevens op grond van artikel 10, tweede lid, onder e, van de Wob.",
         "De verleende subsidie bedroeg € 40.000.",
         muni_sign("Almere"))),
        "brief", "woo_besluit", "2019-03-12"),

    # ---- Harder layouts: fields side by side, rows of labels, dates beside other text ----------
    Specimen("toezichthouder_drie_labels_uw_brief_eerst", "advies", municipal(
        ("Autoriteit Persoonsgegevens",), ("De Minister voor Rechtsbescherming", "Postbus 20301",
                                           "2500 EH  DEN HAAG"),
        Grid(70, 220, (110, 110, 110), (("Uw brief", "Datum", "Ons kenmerk"),
                                        ("12 mei 2020", "28 mei 2020", "z2020-08456")), size=8.5),
        ("Onderwerp: Advies over het wetsvoorstel gegevensverwerking door samenwerkingsverbanden",
         "Geachte heer Dekker,",
         "Bij brief van 12 mei 2020 heeft u de Autoriteit Persoonsgegevens verzocht te adviseren over het "
         "wetsvoorstel. De AP heeft bezwaar tegen het wetsvoorstel.",
         ("Hoogachtend,", "Autoriteit Persoonsgegevens,", "", "mr. A. Wolfsen", "voorzitter")),
        footer="Postbus 93374  2509 AJ Den Haag  autoriteitpersoonsgegevens.nl"),
        "brief", "brief", "2020-05-28"),
    Specimen("toezichthouder_drie_labels_scan", "advies", municipal(
        ("Autoriteit Persoonsgegevens",), ("De Minister van Binnenlandse Zaken", "en Koninkrijksrelaties",
                                           "Postbus 20011", "2500 EA  DEN HAAG"),
        Grid(70, 220, (110, 110, 110), (("Datum", "Ons kenmerk", "Uw brief"),
                                        ("7 juli 2021", "z2021-04321", "2 juni 2021")), size=8.5),
        ("Onderwerp: Advies over het concept voor de Wet open overheid",
         "Geachte mevrouw Ollongren,",
         "Bij brief van 2 juni 2021 heeft u de AP om advies gevraagd. De AP adviseert het concept aan te "
         "passen.",
         ("Hoogachtend,", "Autoriteit Persoonsgegevens,", "", "mr. A. Wolfsen", "voorzitter")),
        footer="Postbus 93374  2509 AJ Den Haag  autoriteitpersoonsgegevens.nl"),
        "brief", "brief", "2021-07-07", scan=True),
    Specimen("gemeente_velden_naast_elkaar", "gemeente", municipal(
        ("Gemeente Apeldoorn",), ("Stichting Sportief Apeldoorn", "Laan van Westenenk 501", "7334 DT  APELDOORN"),
        Grid(70, 225, (75, 130, 60, 120), (("Ons kenmerk:", "2025-012345", "Datum:", "3 maart 2025"),
                                           ("Onderwerp:", "Subsidie 2025", "Bijlagen:", "2")), label_rows=()),
        ("Geacht bestuur,",
         "Op uw aanvraag van 20 januari 2025 verlenen wij u een subsidie van € 75.000 voor 2025.",
         muni_sign("Apeldoorn")),
        footer="Gemeente Apeldoorn  Postbus 9033  7300 ES Apeldoorn"),
        "brief", "brief", "2025-03-03"),
    Specimen("gemeente_plaatsdatum_rechts_scan", "gemeente", municipal(
        ("Gemeente Leeuwarden",), ("De heer P. Hoekstra", "Nieuwestad 12", "8911 CL  LEEUWARDEN"),
        Grid(70, 225, (300, 140), (("Onderwerp: vergunning terras", "Leeuwarden, 17 april 2024"),
                                   ("Ons kenmerk: Z-2024-7788", "")), label_rows=()),
        ("Geachte heer Hoekstra,",
         "Op 2 april 2024 heeft u een vergunning aangevraagd voor een terras. Wij verlenen de vergunning tot "
         "1 oktober 2024.",
         ("Met vriendelijke groet,", "", "namens burgemeester en wethouders,", "", "T. de Vries",
          "afdeling Vergunningen"))),
        "brief", "brief", "2024-04-17", scan=True),
    Specimen("gemeente_weekdag_en_afkorting", "gemeente", municipal(
        ("Gemeente Tilburg",), ("Aan de ondernemers in de binnenstad",),
        Grid(70, 200, (90, 300), (("Datum", "maandag 3 mrt. 2025"), ("Onderwerp", "Werkzaamheden Heuvelstraat")),
             label_rows=()),
        ("Beste ondernemer,",
         "Van 17 maart tot en met 25 april 2025 wordt de Heuvelstraat opnieuw bestraat.",
         ("Met vriendelijke groet,", "", "J. van den Berg", "omgevingsmanager"))),
        "brief", "brief", "2025-03-03"),
    Specimen("gemeente_verzenddatum", "gemeente", municipal(
        ("Gemeente Groningen",), ("De heer K. Mulder", "Oosterstraat 4", "9711 NR  GRONINGEN"),
        Grid(70, 225, (110, 300), (("Datum besluit", "26 september 2024"), ("Verzenddatum", "1 oktober 2024"),
                                   ("Zaaknummer", "GR-24-00991")), label_rows=()),
        ("Onderwerp: Besluit parkeervergunning",
         "Geachte heer Mulder,",
         "Wij hebben op 26 september 2024 besloten u een parkeervergunning te verlenen.",
         ("Met vriendelijke groet,", "", "namens het college,", "", "S. Bos", "team Parkeren"))),
        "brief", "brief", "2024-10-01"),
    Specimen("woo_onderwerp_zonder_besluit", "woo", rijks(
        IENW, "Postbus 20901 2500 EX Den Haag", ("Directie Juridische Zaken", "Rijnstraat 8", "2515 XP Den Haag"),
        ("Mevrouw L. Jansen", "Stationsweg 3", "3811 MT  AMERSFOORT"), "17 februari 2025",
        "Uw verzoek op grond van de Wet open overheid over stikstofadviezen",
        (("Kenmerk", "IENW/BSK-2025/12345"), ("Uw kenmerk", "-")),
        ("Geachte mevrouw Jansen,",
         "In uw brief van 2 november 2024 heeft u gevraagd om openbaarmaking van documenten over "
         "stikstofadviezen. Ik besluit de documenten gedeeltelijk openbaar te maken.",
         f"Persoonsgegevens {X}5.1.2e zijn weggelakt.",
         ("De minister van Infrastructuur en Waterstaat,", "namens deze,", "", f"{X}5.1.2e"))),
        "brief", "woo_besluit", "2025-02-17"),
    Specimen("nota_margekolom_gelakt_scan", "nota", rijks(
        ("Ministerie van Volksgezondheid,", "Welzijn en Sport", "", "Nota"), "", ("Directie Curatieve Zorg",
                                                                                    "Parnassusplein 5"),
        ("Aan: de minister voor Medische Zorg",), "8 april 2024", "Mondzorg voor volwassenen met een laag inkomen",
        (("Kenmerk", "3801234-1060099-CZ"), ("Bijlage(n)", "1"), ("Parafenroute", f"{X}5.1.2e")),
        ("Aanleiding",
         "Op 26 maart 2024 heeft de Kamer een motie aangenomen over mondzorg. U wordt gevraagd in te stemmen "
         "met een verkenning. De kosten bedragen € 250.000.",
         "Geadviseerd besluit",
         f"Instemmen met de verkenning. Contactpersoon: {X}5.1.2e")),
        "brief", "nota", "2024-04-08", scan=True),

    Specimen("gemeente_kleine_labels_brede_kolom_scan", "gemeente_raad", municipal(
        ("gemeente Emmen",), ("Aan de voorzitter en de leden van", "de commissie Bestuur en Middelen"),
        Grid(70, 215, (190, 250), (("datum", "18 april 2024"), ("ons kenmerk", "24.012345"),
                                   ("behandeld door", "mevrouw J. Hoving"), ("onderwerp", "toezeggingen commissie")),
             size=8, label_rows=()),
        ("Geachte commissieleden,",
         "In de vergadering van 4 april 2024 heeft de wethouder toegezegd u te informeren over de kosten van de "
         "schuldhulpverlening. In 2023 was dat € 2,4 miljoen.",
         muni_sign("Emmen"))),
        "brief", "brief", "2024-04-18", scan=True),
    Specimen("rijksbrief_kleine_labels_grote_waarden_scan", "kamerbrief", flow(
        (Lines(300, 40, VWS, size=10, bold=True),
         Lines(70, 132, ("> Retouradres Postbus 20350 2500 EJ Den Haag",), size=6),
         Lines(70, 145, TK),
         Column(450, 130, ((VWS_UNIT[0], "\n".join(VWS_UNIT[1:])), ("Kenmerk", "4211111-1090001-LZ"),
                           ("Bijlage(n)", "1"))),
         Lines(70, 235, ("Datum", "Betreft"), size=7, leading=2.0),
         Lines(125, 233, ("2 februari 2026", "Voortgang aanvullend zorg- en welzijnsakkoord"), size=10, leading=1.4)),
        ("Hierbij informeer ik uw Kamer over de voortgang van het Aanvullend Zorg- en Welzijnsakkoord (AZWA). Op "
         "20 januari 2026 is met de VNG afgesproken dat gemeenten in 2026 € 300 miljoen ontvangen.",
         SIGN_VWS), top=285),
        "brief", "kamerbrief", "2026-02-02", scan=True),
    Specimen("brief_stempel_en_datum_scan", "ontvangststempel", municipal(
        ("Gemeente Emmen",), ("Stichting Sportkoepel Emmen", "Postbus 2002", "7801 CA  EMMEN"),
        (Grid(70, 225, (90, 300), (("Datum", "4 maart 2024"), ("Kenmerk", "SK/2024/011"),
                                   ("Onderwerp", "Huur sporthal 2024")), label_rows=()),
         Stamp(400, 120, ("ONTVANGEN", "12 MRT 2024"), angle=-3)),
        ("Geachte heer Smit,",
         "Wij ontvingen uw brief van 19 februari 2024 over de huur van de sporthal. De huur voor 2024 bedraagt "
         "€ 18.500.",
         muni_sign("Emmen"))),
        "brief", "brief", "2024-03-04", scan=True),
    Specimen("labelkolom_ver_van_waarden", "gemeente", municipal(
        ("Gemeente Zaanstad",), ("De heer R. Öztürk", "Stationsstraat 9", "1506 DA  ZAANDAM"),
        Grid(70, 225, (210, 200), (("Ons kenmerk", "Z/24/112233"), ("Behandeld door", "de heer M. Bos"),
                                   ("Datum", "29 oktober 2024"), ("Onderwerp", "Uw melding openbare ruimte")),
             size=8.5, label_rows=()),
        ("Geachte heer Öztürk,",
         "Op 14 oktober 2024 heeft u een melding gedaan over losliggende tegels. Wij herstellen de stoep voor "
         "15 november 2024.",
         ("Met vriendelijke groet,", "", "namens het college van burgemeester en wethouders van Zaanstad,", "",
          "L. Kok", "team Openbare Ruimte"))),
        "brief", "brief", "2024-10-29"),
    Specimen("woo_besluit_met_bijlagen", "woo", rijks(
        IENW, "Postbus 20901 2500 EX Den Haag", ("Directie Juridische Zaken", "Rijnstraat 8", "2515 XP Den Haag"),
        ("De heer B. Smit", "Keizersgracht 100", "1015 AA  AMSTERDAM"), "9 mei 2025",
        "Besluit op uw Woo-verzoek over stikstofadviezen",
        (("Kenmerk", "IENW/BSK-2025/99001"), ("Bijlage(n)", "2")),
        ("Geachte heer Smit,",
         "Op 14 februari 2025 heeft u gevraagd om documenten over stikstofadviezen. Ik maak de documenten "
         "gedeeltelijk openbaar. In de bijlage vindt u de inventarislijst en de documenten.",
         ("De minister van Infrastructuur en Waterstaat,", "namens deze,", "", f"{X}5.1.2e"), PAGE,
         ("Inventarislijst",),
         ("Nr.   Datum         Document                          Beoordeling",
          "1     12-01-2024    E-mail over stikstofadvies        Deels openbaar",
          "2     03-03-2024    Nota aan de minister              Openbaar"), PAGE,
         ("Van: " + X + "5.1.2e", "Verzonden: vrijdag 12 januari 2024 10:14", "Aan: " + X + "5.1.2e",
          "Onderwerp: stikstofadvies"),
         "Beste collega, hierbij het advies van de landsadvocaat. Groet.")),
        "brief", "woo_besluit", "2025-05-09"),
    Specimen("nota_bundel_drie_notas", "nota", nota(
        ("Nota",),
        (("Aan", "de minister voor Primair en Voortgezet Onderwijs"), ("Van", "directie Voortgezet Onderwijs"),
         ("Datum", "22 juni 2022"), ("Kenmerk", "33445566")),
        ("Aanleiding",
         "U wordt gevraagd in te stemmen met het wetsvoorstel terugdringen verzuim. De uitvoering kost "
         "€ 4 miljoen per jaar.", PAGE,
         ("Nota",), ("Aan       de minister voor Primair en Voortgezet Onderwijs", "Datum     14 oktober 2024",
                     "Kenmerk   48765432"),
         "Vervolg op de nota van 22 juni 2022 over het verzuim.", PAGE,
         ("Nota",), ("Aan       de minister voor Primair en Voortgezet Onderwijs", "Datum     13 november 2024"),
         "Reactie op de motie over verzuim."), marker="Ter beslissing"),
        "brief", "nota", "2022-06-22"),
    Specimen("kamerbrief_stempeldatum_naast_label_scan", "kamerbrief", flow(
        (Lines(300, 40, VWS, size=10, bold=True),
         Lines(70, 132, ("> Retouradres Postbus 20350 2500 EJ Den Haag",), size=6),
         Lines(70, 145, ("Vereniging van Nederlandse Gemeenten", "Postbus 30435", "2500 GK  DEN HAAG")),
         Column(450, 130, ((VWS_UNIT[0], "\n".join(VWS_UNIT[1:])), ("Kenmerk", "4300001-1100001-LZ"))),
         Lines(70, 232, ("Datum", "Betreft"), size=9.5, leading=1.45),
         Stamp(128, 244, ("22 APR. 2026",), angle=1.5, size=10, framed=False),
         Lines(128, 246, ("", "AZWA-afspraken en financieringsinstrument"), size=9.5, leading=1.45)),
        ("Geachte heer Kramer,",
         "Met deze brief bevestig ik de afspraken over de financiering van het AZWA. Gemeenten ontvangen vanaf "
         "2027 € 250 miljoen per jaar.",
         SIGN_VWS), top=290),
        "brief", "brief", "2026-04-22", scan=True),
    # ---- Notas --------------------------------------------------------------------------------------
    Specimen("beslisnota_datum_ondertekening", "nota", nota(
        ("Beslisnota",),
        (("Aan", "de minister van Onderwijs, Cultuur en Wetenschap"), ("Van", "directeur Funderend Onderwijs"),
         ("Datum", "14 oktober 2024"), ("Kenmerk", "49876543"), ("Datum ondertekening", "21 oktober 2024")),
        ("Aanleiding",
         "Op 1 oktober 2024 heeft de Tweede Kamer een motie aangenomen over het terugdringen van verzuim. U "
         "wordt gevraagd te beslissen over de uitvoering daarvan.",
         "Geadviseerd besluit",
         "Stem in met de uitvoering; de kosten bedragen € 2,5 miljoen per jaar vanaf 2025."),
        marker="Ter beslissing"),
        "brief", "nota", "2024-10-14"),
    Specimen("nota_ter_informatie_over_email", "nota", nota(
        ("Nota ter informatie",),
        (("Aan", "de staatssecretaris van Jeugd, Preventie en Sport"), ("Van", "directie Jeugd"),
         ("Datum", "9 september 2024"), ("Kenmerk", "4001234-1075555-J"),
         ("Onderwerp", "E-mail van de burgemeester van Almere over jeugdzorg")),
        ("Aanleiding",
         "In zijn e-mail van 2 september 2024 vraagt de burgemeester van Almere om een gesprek over de "
         "tekorten op de jeugdzorg. De gemeente verwacht over 2024 een tekort van € 14 miljoen.",
         "Kern",
         "Wij adviseren u het gesprek aan te gaan en de gemeente te wijzen op de Hervormingsagenda.")),
        "brief", "nota", "2024-09-09"),
    Specimen("nota_handgeschreven_scan", "nota", nota(
        ("Nota",),
        (("Aan", "de minister van Klimaat en Groene Groei"), ("Van", "DG Klimaat en Energie"),
         ("Datum", "11 juni 2024"), ("Kenmerk", "DGKE / 24123456"), ("Datum ondertekening", "")),
        ("Aanleiding",
         "Op 28 mei 2024 heeft de gebiedsverbinder zijn eerste bevindingen gedeeld. Deze nota vraagt uw "
         "besluit over het vervolg. Voor 2025 is € 1,2 miljoen nodig.",
         "Beslispunten",
         "1. Stemt u in met verlenging van de opdracht tot 1 juli 2025?"),
        marker="TER BESLISSING",
        extra=(Stamp(440, 210, ("akkoord, 14/6", "M.H."), angle=-8, size=13, framed=False, handwritten=True),)),
        "brief", "nota", "2024-06-11", scan=True),
)
