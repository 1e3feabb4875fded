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

import importlib.util
import sys
from dataclasses import dataclass, replace
from pathlib import Path


def _render():
    name = "kenmerk_layout_render"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("render.py"))
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


R = _render()
Lines, Prose, Column, Grid, Box, Stamp, PAGE, flow = (R.Lines, R.Prose, R.Column, R.Grid, R.Box, R.Stamp,
                                                      R.PAGE, R.flow)
X = R.REDACTED


@dataclass(frozen=True)
class Specimen:
    name: str
    family: str
    pages: tuple
    doc_type: str
    doc_kind: str
    doc_date: str | None
    scan: bool = False
    # A poor scan: a copy of a copy (see render.scan).
    poor: bool = False
    # The CBS code of the municipality the letter is addressed to, where an amount goes to 'uw gemeente'.
    addressee_code: str | None = None


# --------------------------------------------------------------------------
# Templates


def rijks(ministry: tuple[str, ...], postbus: str, unit: tuple[str, ...], address: tuple[str, ...],
          datum: str, betreft: str, fields: tuple[tuple[str, str], ...], body, *,
          datum_in_margin: bool = False) -> tuple:
    """A letter in the Rijkshuisstijl: the ministry's name by the logo, the return address over
    the address block, ``Datum`` and ``Betreft`` under it (or ``Datum`` in the margin column),
    the margin column with the unit and the letter's fields, ``Pagina n van m`` in the margin,
    and a follow-on page that repeats ``Datum`` and the reference."""
    reference = next((v for k, v in fields if k in ("Kenmerk", "Ons kenmerk", "Onze referentie")), "")
    margin = ((unit[0], "\n".join(unit[1:])), *((("Datum", datum),) if datum_in_margin else ()), *fields)
    head = [Lines(300, 40, ministry, size=10, bold=True),
            Lines(70, 132, (f"> Retouradres {postbus}",), size=6),
            Lines(70, 145, address, size=9.5),
            Column(450, 130, margin)]
    subject = (("Betreft", betreft),) if datum_in_margin else (("Datum", datum), ("Betreft", betreft))
    head.append(Grid(70, 232, (52, 300), subject, size=9.5, label_rows=()))
    running = (Column(450, 130, (("Datum", datum), ("Kenmerk", reference))),)
    return flow(tuple(head), body, top=285, running=running,
                footer=lambda n, total: (Lines(450, 780, (f"Pagina {n} van {total}",), size=7),))


def municipal(letterhead: tuple[str, ...], address: tuple[str, ...], fields, body, *,
              footer: str = "", place_date: str = "") -> tuple:
    """A municipal or provincial letter: the letterhead top right, the address block left, then the
    letter's fields (a block, or a tuple of blocks with a stamp) as given (a ``Grid``: one row of labels over one of values, or label and value
    side by side), an optional place-date line, the body."""
    head = [Lines(380, 40, letterhead, size=9, bold=True), Lines(70, 140, address, size=9.5),
            *(fields if isinstance(fields, tuple) else (fields,))]
    top = 300
    if place_date:
        head.append(Lines(70, 290, (place_date,), size=9.5))
        top = 320
    return flow(tuple(head), body, top=top,
                footer=(lambda n, total: (Lines(70, 800, (footer,), size=6.5),)) if footer else None)


def nota(title: tuple[str, ...], rows: tuple[tuple[str, str], ...], body, *, marker: str = "",
         extra: tuple = ()) -> tuple:
    """A nota: its name in large type, a table of ``Aan``/``Van``/``Datum``/``Kenmerk`` rows, a marker
    (``Ter beslissing``), the body with its headed sections."""
    head = [Lines(70, 60, title, size=16, bold=True),
            Grid(70, 110, (110, 330), rows, size=9, label_rows=())]
    if marker:
        head.append(Lines(450, 60, (marker,), size=10, bold=True))
    head.extend(extra)
    return flow(tuple(head), body, top=130 + 14 * len(rows))


# --------------------------------------------------------------------------
# Pieces of text


VWS = ("Ministerie van Volksgezondheid,", "Welzijn en Sport")
BZK = ("Ministerie van Binnenlandse Zaken en", "Koninkrijksrelaties")
FIN = ("Ministerie van Financiën",)
IENW = ("Ministerie van Infrastructuur", "en Waterstaat")
TK = ("De Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Postbus 20018", "2500 EA  DEN HAAG")
EK = ("De Voorzitter van de Eerste Kamer", "der Staten-Generaal", "Postbus 20017", "2500 EA  DEN HAAG")
VWS_UNIT = ("Directie Langdurige Zorg", "Bezoekadres", "Parnassusplein 5", "2511 VX Den Haag", "www.rijksoverheid.nl")
BZK_UNIT = ("DG Openbaar Bestuur en Democratische Rechtsstaat", "Turfmarkt 147", "2511 DP Den Haag",
            "www.rijksoverheid.nl")
FIN_UNIT = ("Directoraat-Generaal Belastingdienst", "Korte Voorhout 7", "2511 CW Den Haag")
IENW_UNIT = ("Directoraat-Generaal Water en Bodem", "Rijnstraat 8", "2515 XP Den Haag")

IZA = ("Met deze brief informeer ik uw Kamer over de voortgang van het Integraal Zorgakkoord (IZA). "
       "In mijn brief van 12 december 2024 heb ik toegezegd u voor het voorjaar te berichten over de "
       "regiobeelden en de plannen die regio's daarop hebben gemaakt.")
IZA2 = ("Alle regio's hebben inmiddels een regioplan ingediend. De transformatiemiddelen, in totaal "
        "€ 2,8 miljard, worden tot en met 2026 beschikbaar gesteld. Op 1 juli 2025 volgt de eerste "
        "voortgangsrapportage van de Nederlandse Zorgautoriteit.")
SIGN_VWS = ("Hoogachtend,", "", "de minister van Volksgezondheid,", "Welzijn en Sport,", "", "", "M. Agema")
CLOSE_MUNI = ("Met vriendelijke groet,", "", "burgemeester en wethouders van {city},", "", "de secretaris,"
              "            de burgemeester,", "", "drs. A.B. Visser      J.C. de Boer")


def muni_sign(city: str) -> tuple[str, ...]:
    return tuple(line.format(city=city) for line in CLOSE_MUNI)


# --------------------------------------------------------------------------
# The zoo

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
        "brief", "brief", "2025-02-05"),

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

# The same letters as poor scans (a copy of a copy): OCR misreads what a clean scan gets right.
ZOO += tuple(
    replace(s, name=f"{s.name}_slechte_scan", scan=True, poor=True) for s in ZOO
    if s.name in {"kamerbrief_iza_twee_paginas", "vng_ledenbrief_labelrijen", "toezichthouder_advies_labelrij",
                  "woo_besluit_rijk", "beslisnota_datum_ondertekening", "gemeente_inwoner_labelrij",
                  "provincie_marge", "raadsinformatiebrief", "memo_aan_de_raad", "minister_aan_vng_margedatum"}
)
