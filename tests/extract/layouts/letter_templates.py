"""The templates and text pieces of the letter zoo (``letters.py``, ``letters_more.py``).

``Specimen`` records one document of the zoo and what a reader finds in it; ``rijks``,
``municipal`` and ``nota`` lay out the Rijkshuisstijl letter (address block, ``Datum``/``Betreft``,
margin column, follow-on pages), a municipal or provincial letter (letterhead, address block,
fields as given) and a nota (its name, the ``Aan``/``Van``/``Datum`` table, a marker) with the
blocks of ``render.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.testing import load_test_module

R = load_test_module(Path(__file__).with_name("render.py"))
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
