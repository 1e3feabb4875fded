"""The dates of ``pipeline/extract/doc_date_stamps.py``: a telegram by the day it was handed in (its year from the
post office's stamp), a telex by its own message line, an undated letter by its received stamp, and a scanned
letter's month read as ones that its received stamp shows to be a Roman month."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract import doc_date_stamps as stamps
from pipeline.extract.document import describe_document, evidence
from pipeline.ingest import raw_document_from_text
from pipeline.records import CleanPage
from pipeline.testing import load_test_module

documents = load_test_module(Path(__file__).resolve().parents[1] / "fixtures" / "documents.py")

PROSE = "Hierbij ontvangt u ons antwoord op uw vragen over de subsidie voor het buurtwerk in de wijk Oost."


def describe(text: str):
    return describe_document(raw_document_from_text(text), (CleanPage.from_text(text),), pipeline_version="test")


def ev(text: str):
    return evidence((CleanPage.from_text(text),))


TELEGRAM = ("TELEGRAM\n\n{labels}\n{values}\n\nOntvangen te Kampen 4/3 9.10\n\nBURGEMEESTER KAMPEN\n\n"
            "IJSGANG IJSSEL VERWACHT STOP VEERPONT UIT DE VAART NEMEN STOP\n\nCOMMISSARIS DER KONINGIN\n")


@pytest.mark.parametrize(("labels", "values", "value"), [
    # The form's row with its bars, and as a scan reads it without them.
    ("| No. | Kantoor van afzending | Woorden | Aangeboden | Uur", "| 112 | Zwolle | 14 | 4-3-1956 | 8.20",
     "1956-03-04"),
    ("No. Kantoor van afzending Woorden Aangeboden Uur", "112 Zwolle 14 4-3-1956 8.20", "1956-03-04"),
    # The year after the day and month in the cell, day first as Dutch forms print it.
    ("Kantoor van afgifte No. Woorden Aangeboden Uur", "ZWOLLE 41 58 4/3 1956 11.40", "1956-03-04"),
    ("| Kantoor van afgifte | No. | Woorden | Aangeboden | Uur", "| ZWOLLE | 41 | 58 | 31/12 1956 | 23.50",
     "1956-12-31"),
    # Near misses: no such day (a month 13), and two days with years under the labels.
    ("Kantoor van afgifte No. Woorden Aangeboden Uur", "ZWOLLE 41 58 4/13 1956 11.40", None),
    ("Kantoor van afgifte No. Aangeboden Uur", "ZWOLLE 41 3/3 1956 4/3 1956", None),
    # Near misses: a budget's step names whom it was offered to; two dates under the labels tell no handed-in day.
    ("Aangeboden aan de raad", "Kampen, 4-3-1956", None),
    ("No. Kantoor Aangeboden Uur", "112 Zwolle 3-3-1956 4-3-1956", None),
    # A verb that closes a sentence is no label: an invitation's reception over its reply-by line.
    ("Na afloop wordt U een receptie aangeboden.", "R.S.V.P. vóór 1 september 1980", None),
])
def test_a_telegram_is_dated_by_the_day_it_was_handed_in(labels, values, value):
    hit = stamps.handed_in_date(ev(TELEGRAM.format(labels=labels, values=values)))
    assert (hit.value if hit else None) == value
    if value:
        assert describe(TELEGRAM.format(labels=labels, values=values)).doc_date == value


STAMPED_TELEGRAM = ("TELEGRAM\n\nAangeboden te No. Woorden Datum Uur\n{values}\nOntvangen van Door Datum Uur\n"
                    "ZWOLLE KP 4/3 06.55\n\n{stamp}\n\nBURGEMEESTER KAMPEN\n\n"
                    "IJSGANG IJSSEL VERWACHT STOP VEERPONT UIT DE VAART NEMEN STOP\n\nCOMMISSARIS DER KONINGIN\n")


@pytest.mark.parametrize(("values", "stamp", "value"), [
    # The form's day without a year takes it from the post office's date stamp, its month in Roman figures.
    ("ZWOLLE 112 14 3/3 22.40", "KAMPEN 4 III 1956 7-8 V", "1956-03-03"),
    ("ZWOLLE 112 14 3/3 22.40", "KAMPEN 4-3-1956", "1956-03-03"),
    # Handed in on the last day of a year, stamped on the first of the next.
    ("ZWOLLE 112 14 31/12 23.50", "KAMPEN 1 I 1957 7-8 V", "1956-12-31"),
    # Near misses: a stamp weeks after the day dates another thing; no stamp leaves the year unknown.
    ("ZWOLLE 112 14 3/3 22.40", "KAMPEN 4 V 1956 7-8 V", None),
    ("ZWOLLE 112 14 3/3 22.40", "", None),
])
def test_a_telegram_handed_in_without_a_year_takes_it_from_the_date_stamp(values, stamp, value):
    hit = stamps.handed_in_date(ev(STAMPED_TELEGRAM.format(values=values, stamp=stamp)))
    assert (hit.value if hit else None) == value


TELEX = ("31047 PWGRON NL\n53219 HUNSNG NL\n\n{line}\n\nAAN: DIJKGRAAF WATERSCHAP NOORDERZIJLVEST\n"
         "VAN: PROVINCIALE WATERSTAAT GRONINGEN\n\nVERZOEKE DIJKBEWAKING IN TE STELLEN.\n\nHID PW GRONINGEN\n")


@pytest.mark.parametrize(("line", "value"), [
    # The telex's own message line: its number, the date with a two-digit year (of the last century) and the time.
    ("NR 42 24-11-81 2215", "1981-11-24"),
    ("NR. 7 05.02.1990 0830", "1990-02-05"),
    # The number with its year and the date after 'D.D.' (de dato), written out, as a Rijkspolitie telex types it.
    ("NR 214/83 D.D. 15 JUNI 1983", "1983-06-15"),
    ("NR 9/84 DD 02-03-84", "1984-03-02"),
    # The sender's dispatch mark (verzonden) after the number, parted from it by a slash.
    ("NR 412 / VZ 25.10.79 1632", "1979-10-25"),
    ("NR 88 VERZONDEN 03-12-1985 0915", "1985-12-03"),
    # The hour after the date may close with 'UUR', as a Rijkswaterstaat telex types it.
    ("NR. 72/1184 D.D. 17-11-72 1430 UUR", "1972-11-17"),
    ("NR 15 03-02-1976 0905 UUR", "1976-02-03"),
    # Near miss: a word other than the hour's after the figures.
    ("NR 15 03-02-1976 0905 KOLK", None),
    # A telex without a number types its date line alone, with the hour of sending.
    ("D.D. 31-01-1995 14.20 UUR", "1995-01-31"),
    # Near misses: a line of prose that opens so ('d.d.' of a letter it refers to), or names no hour.
    ("d.d. 31-01-1995 14.20 uur", None),
    ("D.D. 31-01-1995", None),
    # Near miss: a mark that is no dispatch (the receiving operator's, 'ONTV') stays unread.
    ("NR 412 / ONTV 26.10.79 0810", None),
    # Near misses: a fax machine's transmission line and a line of figures that names no message.
    ("24-11-81 22:15 FROM PROV GRONINGEN TO 050 123456 P.01", None),
    ("42 24-11-81 2215", None),
    # Near miss: the subject names the day of the events, no message line.
    ("ONDERWERP : ONGEREGELDHEDEN D.D. 15 JUNI 1983", None),
    # Near miss: a gazette's issue line, its number before the day written out, is no telex's message line.
    ("Nr. 48211 19 februari 2025", None),
])
def test_a_telex_is_dated_by_its_own_message_line(line, value):
    hit = stamps.telex_message_date(ev(TELEX.format(line=line)))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(("stamp", "value"), [
    # A resident's letter without a date is dated by the received stamp; a scan reads its frame as a mark before it.
    ("_ ONTVANGEN 17 OKT 2022", "2022-10-17"),
    ("| Ontvangen 17 oktober 2022", "2022-10-17"),
    # Near miss: a sentence that tells of a letter received is no stamp.
    ("_ Wij hebben op 17 oktober 2022 een melding ontvangen", None),
])
def test_a_received_stamp_read_with_its_frame_dates_an_undated_letter(stamp, value):
    text = ("A.M. Visser\nWestvlietweg 45\n2267 AA Leidschendam\n\n" + stamp + "\nAan het college van burgemeester "
            "en wethouders\nPostbus 1005\n2260 BA Leidschendam\n\nOnderwerp: overlast bouwverkeer\n\nGeacht college,"
            "\n\n" + PROSE + "\n\nMet vriendelijke groet,\n\nA.M. Visser\n")
    hit = stamps.received_stamp_date(ev(text))
    assert (hit.value if hit else None) == value
    if value:
        assert describe(text).doc_date == value


@pytest.mark.parametrize(("line", "value"), [
    # A scan ran the stamp in capitals into a line of the address, also in its abbreviation.
    ("Stadhuis INGEK. 3 OKT. 1956 NO. 4417 te KAMPEN.", "1956-10-03"),
    ("Stadhuis INGEKOMEN 3 OKT. 1956 te KAMPEN.", "1956-10-03"),
    # Near miss: the word in lower case in a sentence is no stamp.
    ("Uw brief is ingekomen 3 oktober 1956 te Kampen.", None),
])
def test_a_received_stamp_run_into_the_address_dates_an_undated_letter(line, value):
    text = ("Aan het Gemeentebestuur van Kampen\n" + line + "\n\nEdelachtbare Heren,\n\n" + PROSE
            + "\n\nHoogachtend,\n\nWed. G. Post\n")
    hit = stamps.received_stamp_run_in_date(ev(text))
    assert (hit.value if hit else None) == value
    assert describe(text).doc_date == value



# The left edge of a letter's body on a scanned page, as in test_doc_date_forms.py.
BODY_X = 70.0


def placed(lines: list[tuple[float, float, str]], method: str = "ocr"):
    """A scanned page whose lines stand where given (x, top), in the order the text layer gives them."""
    return evidence((documents.placed_page(lines, method),))


def stamped_letter(date: str, stamp: str) -> list[tuple[float, float, str]]:
    return [(BODY_X, 80.0, "RIJKSWATERSTAAT"), (BODY_X, 100.0, f"Datum: {date}"),
            (BODY_X, 120.0, f"Aan de Burgemeester van {stamp}"), (BODY_X, 134.0, "HAASTRECHT."),
            (BODY_X, 160.0, "Geachte heer,"), (BODY_X, 180.0, PROSE), (BODY_X, 220.0, "De Hoofdingenieur,")]


@pytest.mark.parametrize(("date", "stamp", "method", "value"), [
    # A Roman month's I's read as ones put the letter after its received stamp: the Roman month that comes before it.
    ("12-11-1963", "INGEKOMEN 14 MRT. 1963 -", "ocr", "1963-03-12"),
    ("12.11.1963", "ONTVANGEN 20 FEB. 1963", "ocr", "1963-02-12"),
    # Near misses: a November letter received later, printed text, a month that is no ones, no Roman month in time.
    ("12-11-1963", "INGEKOMEN 14 NOV. 1963", "ocr", "1963-11-12"),
    ("12-11-1963", "INGEKOMEN 14 MRT. 1963 -", "pdf", "1963-11-12"),
    ("12-10-1963", "INGEKOMEN 14 MRT. 1963 -", "ocr", "1963-10-12"),
    ("12-11-1963", "INGEKOMEN 14 JAN. 1963", "ocr", "1963-11-12"),
])
def test_a_scanned_letters_month_read_as_ones_after_its_received_stamp_is_a_roman_month(date, stamp, method, value):
    from pipeline.extract.doc_date import letter_head_date

    hit = letter_head_date(placed(stamped_letter(date, stamp), method))
    assert (hit.value if hit else None) == value
