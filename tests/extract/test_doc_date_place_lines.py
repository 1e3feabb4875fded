"""The place-date line of a letter (``pipeline/extract/doc_date_place_lines.py``): a place and its date, with an hour,
a signer, a stamp or a speck beside it, after a letter's number, over a row of labels; a decision's closing formula."""

from __future__ import annotations

import pytest

from pipeline.extract.doc_date_place_lines import place_date_line
from pipeline.extract.doc_evidence import Evidence
from pipeline.extract.document import evidence
from pipeline.records import CleanPage


def ev(text: str) -> Evidence:
    return evidence((CleanPage.from_text(text),))


@pytest.mark.parametrize(
    ("line", "value"),
    [
        # A telex gives the hour behind its place-date line.
        ("ZWOLLE, 3 MAART 1979, 23.40 UUR", "1979-03-03"),
        ("Zwolle, 3 maart 1979, 8:15 uur.", "1979-03-03"),
        ("Zwolle, 3 maart 1979 om 14.00 u.", "1979-03-03"),
        # Near miss: more than an hour behind the date is a sentence, not the line of a date.
        ("Zwolle, 3 maart 1979, 23.40 uur vergadert de raad opnieuw", None),
    ],
)
def test_a_place_date_line_with_its_hour(line, value):
    hit = place_date_line(ev(line + "\n\nAAN: BURGEMEESTER ZWOLLE\n\nDE WEGEN ZIJN ONBEGAANBAAR.\n"))
    assert (hit.value if hit else None) == value


def test_a_place_date_line_run_into_the_signers_mandate_is_still_the_signings():
    # The clean stage may join the place-date line to the mandate under it (a grafakte of 2019,
    # tests/layouts/blind34/CONVENTIONS-burial.md).
    text = ("Akte van verlening van een uitsluitend recht\n\nHet college verleent aan mevrouw A. Bos het recht.\n\n"
            "Zwolle, 27 mei 2019 namens het college van burgemeester en wethouders van Zwolle, [handtekening]\n")
    hit = place_date_line(ev(text))
    assert (hit.value if hit else None) == "2019-05-27"
    # Near miss: a sentence that goes on after the date is no place-date line.
    told = text.replace("namens het college van burgemeester en wethouders van Zwolle, [handtekening]",
                        "is het graf geruimd.")
    assert place_date_line(ev(told)) is None


@pytest.mark.parametrize(
    ("mark", "value"),
    [
        # A lawyer's filing signs under its place-date line with no closing above it: the text runs the signature's
        # mark (or a published copy's 'w.g.') onto the line.
        (" [handtekening]", "2024-09-18"),
        (" (w.g.)", "2024-09-18"),
        (" (paraaf)", "2024-09-18"),
        # An old appeal closes its place-date line with a stop, the copy's 'w.g.' and the name after it.
        (". (w.g.) P.A. de Wit", "2024-09-18"),
        # Near miss: a mark in brackets that is no signature's opens a sentence.
        (" (productie 4) is nagezonden", None),
    ],
)
def test_a_place_date_line_with_the_signatures_mark_run_on_is_the_signings(mark, value):
    text = ("Aan de voorzieningenrechter van de rechtbank Overijssel\n\nVerzoek om voorlopige voorziening\n\n"
            "Namens verzoekster verzoek ik u het besluit van 2 september 2024 te schorsen.\n\n"
            f"Zwolle, 18 september 2024{mark}\nmr. P.A. de Wit\n")
    hit = place_date_line(ev(text))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Bergen op Zoom, 12 maart 2024", "2024-03-12"),
        ("Capelle aan den IJssel, 12 maart 2024", "2024-03-12"),
        ("Wijk bij Duurstede, dinsdag 12 maart 2024", "2024-03-12"),
        # The province in brackets after the place, as old letters print it.
        ("Hengelo (O.), 23 mei 1974.", "1974-05-23"),
        ("Bergen (NH), 12 maart 2024", "2024-03-12"),
        ("Etten (N.-Br.), 4 juni 1968", "1968-06-04"),
        # A label and its value: a lower-case word that is no particle of a place name.
        ("Besluit college Akkoord, 12-03-2024", None),
        ("Advies afdeling conform, 12 maart 2024", None),
        # Near miss: words in brackets are a remark, no province.
        ("Hengelo (zie bijlage), 12 maart 2024", None),
        # A body of two seats writes both, joined by a slash; near miss: a label and its alternative in lower case.
        ("Venlo/Mönchengladbach, 12 maart 2024", "2024-03-12"),
        ("Besluit/advies college, 12 maart 2024", None),
        # A joint press release names its two senders' seats, the slash set apart by spaces; near miss: a label
        # and its alternative so.
        ("Den Haag / Rijen, 12 juli 2024", "2024-07-12"),
        ("Besluit / advies college, 12 maart 2024", None),
        # Near miss: a body that meets, the meeting a proposal goes to.
        ("Commissie Ruimte en Samenleving, 13 oktober 2025", None),
        ("Raad, 5 november 2025", None),
    ],
)
def test_a_place_date_line_names_a_place(line, value):
    hit = place_date_line(ev(f"B&W-advies\n\nOnderwerp: parkeren\n\n{line}\n"))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(
    ("line", "value"),
    [
        # A typed letter's number at the left of the line, its place and date at the right.
        ("No. 1432 Groningen, 18 september 1972.", "1972-09-18"),
        ("Nr. 12/B Assen, 3 mei 1971", "1971-05-03"),
        # Near misses: a number before a subject field, and before a heading.
        ("No. 1432 Onderwerp: Eemskanaal, 18 september 1972", None),
        ("Nr. 118 BRIEF VAN DE MINISTER 18 september 1972", None),
    ],
)
def test_a_place_date_line_after_the_letters_number(line, value):
    hit = place_date_line(ev(f"DIENSTBRIEF\n\n{line}\n\nAan: de Hoofdingenieur\n"))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # The place opens the row of labels, its date opens the row of values under it.
        ("Assen, Ons kenmerk Uw brief Bijlage(n)\n20 februari 1996 8/6.2/96000412 - 1\n\nGeachte Statenleden,\n",
         "1996-02-20"),
        ("Zwolle, Kenmerk Bijlagen\n3 mei 1988 ZW/88/412 2\n", "1988-05-03"),
        # An old letter's row labels: its number and the request it answers.
        ("Haarlem, Nummer Uw aanvraag van Onderwerp\n17 juli 1984 BW/84/1147 2 mei 1984 vergunning\n", "1984-07-17"),
        # Near miss: a place before words that are no labels, or a row of values that opens with no date.
        ("Assen, de hoofdstad van Drenthe\n20 februari 1996 besloot de raad.\n", None),
        ("Assen, Ons kenmerk Uw brief\n8/6.2/96000412 20 februari 1996\n", None),
    ],
)
def test_a_place_opening_a_row_of_labels_is_a_place_date_line_over_two_rows(text, value):
    hit = place_date_line(ev(text))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(("closing", "value"), [
    # A decision's closing formula in place of a place-date line, the signer's post run on after it.
    ("Gedaan te Rotterdam, 11 juni 2024 de invorderingsambtenaar, [handtekening]", "2024-06-11"),
    ("Gedaan te Rotterdam, 11 juni 2024\n\nde invorderingsambtenaar,", "2024-06-11"),
    ("Aldus schriftelijk vastgelegd te Assen op 17 december 2019.", "2019-12-17"),
    # Near miss: the bailiff's later service names no place where the decision was made.
    ("Betekend door de deurwaarder op 24 juni 2024 aan het adres van de belastingschuldige.", None),
])
def test_a_decisions_closing_formula_dates_it_as_its_place_date_line(closing, value):
    text = ("DWANGBEVEL\n\nDe invorderingsambtenaar, gelet op artikel 12 van de Invorderingswet 1990; vaardigt dit "
            "dwangbevel uit tegen:\n\nDe heer P. Verbeek\nDijkweg 21\n6651 KC Druten\n\nBetaal binnen twee dagen."
            f"\n\n{closing}\n")
    hit = place_date_line(ev(text))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(("line", "below", "value"), [
    # OCR runs a received stamp's first line into the place-date line beside it: the letter's own date still.
    ("Zaltbommel, 11 maart 2024 GEMEENTE ZALTBOMMEL", "ONTVANGEN 12 MRT 2024", "2024-03-11"),
    # A speck before the place read as a quote mark.
    ("„Assen, 27 september 1989", "Betreft: koopavond", "1989-09-27"),
    # Near miss: capitals after the date with no stamp under them are no stamp's.
    ("Zaltbommel, 11 maart 2024 GEMEENTE ZALTBOMMEL", "Betreft: verzoek", None),
    # A dispatch or received stamp whole, its label and date in capitals, run onto the place-date line by OCR.
    ("Hilversum, 8 juni 1972. VERZONDEN 12 JUNI 1972", "Betreft: vergunning", "1972-06-08"),
    ("Hilversum, 8 juni 1972 AFSCHRIFT VERZONDEN 12 JUNI 1972", "Betreft: vergunning", "1972-06-08"),
    ("Hilversum, 8 juni 1972 ONTVANGEN 12 JUNI 1972", "Betreft: vergunning", "1972-06-08"),
    # Near miss: the date of another thing in capitals after the line is no stamp.
    ("Hilversum, 8 juni 1972 BEROEP VOOR 12 JULI 1972", "Betreft: vergunning", None),
])
def test_a_scanned_place_date_line_with_a_stamp_or_a_speck_beside_it(line, below, value):
    hit = place_date_line(ev(f"J. Jansen\nDorpsstraat 1\n\n{line}\n{below}\n\nGeachte heer,\n"))
    assert (hit.value if hit else None) == value
