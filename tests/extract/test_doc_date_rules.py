"""A document's own date: the letter date rules, a report's year, a news item's date."""

from __future__ import annotations

import pytest

from pipeline.dutch.dates import parse_date
from pipeline.extract.doc_date_rules import (
    labelled_date,
    letter_date,
    margin_date,
    news_date,
    place_date_line,
    report_year,
)
from pipeline.extract.doc_evidence import Evidence
from pipeline.extract.document import evidence
from pipeline.records import CleanPage


def ev(text: str) -> Evidence:
    return evidence((CleanPage.from_text(text),))


@pytest.mark.parametrize(
    ("text", "margin", "value", "rule"),
    [
        ("Geachte heer Bakker,\n\nTekst.\n\nDatum\n7 juli 2015\n", (("Datum", "7 juli 2015"),), "2015-07-07", "margin_datum"),
        ("Datum: 7 juli 2015\nOnderwerp: test\n", (), "2015-07-07", "datum_label"),
        ("Datum\n7 juli 2015\nOnderwerp\ntest\n", (), "2015-07-07", "datum_label_above"),
        ("Postbus 1\n1000 AA Amsterdam\n\nAmsterdam, 7 juli 2015\n\nGeachte heer Bakker,\n", (), "2015-07-07",
         "place_date_line"),
        ("'s-Gravenhage, dinsdag 7 juli 2015\n\nGeachte heer Bakker,\n", (), "2015-07-07", "place_date_line"),
        # A place-date line written out in words, as a deed or an old council prints it.
        ("Winsum, negenentwintig juni negentienhonderdachtenzeventig\n\nGeachte heer Bakker,\n", (), "1978-06-29",
         "place_date_line"),
        # OCR of a letter whose margin column ran into the body lines.
        ("Tot slot Datum\n\nWij rekenen op uw steun bij deze 7 juli 2015\naanpak.\n", (), "2015-07-07",
         "datum_label_ocr_column"),
        ("Geachte heer Bakker,\n\nOp 7 juli 2015 spraken wij elkaar.\n", (), None, None),
        # A qualified label dates something else; a plain one after it dates the letter.
        ("Datum besluit 26 september 2024\nVerzenddatum 1 oktober 2024\nOnderwerp: test\n", (), "2024-10-01",
         "datum_label"),
        ("Datum collegebesluit: 27 februari 2024\nDatum verzending: 5 maart 2024\n", (), "2024-03-05", "datum_label"),
        ("Datum: dinsdag 13 augustus 2024\nOnderwerp: test\n", (), "2024-08-13", "datum_label"),
        # Without a plain label, the qualified one is all there is.
        ("Datum besluit 26 september 2024\nOnderwerp: test\n", (), "2024-09-26", "datum_label"),
        # A qualified label above the letter's place-date line: the place-date line dates the letter.
        ("Datum inspectiebezoek: 17 september 2024\n\nDen Haag, 5 november 2024\n\nGeachte heer Bakker,\n", (),
         "2024-11-05", "place_date_line"),
        ("Datum besluit: 26 september 2024\nOnderwerp: test\n\nZwolle, 1 oktober 2024\n", (), "2024-10-01",
         "place_date_line"),
        # A nota's or memo's own date label beats the meeting it is for, in either order; a meeting
        # label (college, bestuur, DB/AB, GS) is never the document's date.
        ("Datum collegevergadering 26 november 2024\nDatum nota 12 november 2024\n", (), "2024-11-12", "datum_label"),
        ("Datum nota: 5 maart 2024\nDatum B&W-vergadering: 19 maart 2024\n", (), "2024-03-05", "datum_label"),
        ("Datum bestuursvergadering: 10 oktober 2024\nDatum ondertekening: 26 september 2024\n", (), "2024-09-26",
         "datum_label"),
        ("Vergadering DB 19 november 2024\nDatum memo 5 november 2024\n", (), "2024-11-05", "datum_label"),
        ("Datum advies 05-03-2024\nCollegevergadering 12-03-2024\nBesluit college Akkoord, 12-03-2024\n", (),
         "2024-03-05", "datum_label"),
        ("Vergadering college: 30 januari 2024\nDatum opstellen: 16 januari 2024\n", (), "2024-01-16", "datum_label"),
        ("Datum GS-vergadering: 3 december 2024\nOnderwerp: test\n", (), None, None),
        ("Verzonddatum: 18 juni 2024\nOnderwerp: test\n", (), "2024-06-18", "datum_label"),
        # The Kamer's letter paper: a place-date under 'Plaats en datum', on one line or broken over two.
        ("Plaats en datum\nDen Haag,\n7 november 2023\nBetreft\nVerzoek om reactie\n", (), "2023-11-07",
         "datum_label_above"),
        ("Plaats en datum: Den Haag, 7 november 2023\nBetreft: Verzoek om reactie\n", (), "2023-11-07", "datum_label"),
        # A salutation under an empty label is no place.
        ("Datum\nGeachte heer,\n12 maart 2024 hebben wij uw brief ontvangen.\n", (), None, None),
        # A label row read without its cells (OCR): the date stands first under its label, and an enclosed
        # document's 'Datum:' further on is not the letter's.
        ("Datum Kenmerk Uw brief\n18 juni 2024 2024/512331 11 maart 2024\n\nGeachte heer Koster,\n\n"
         "Verslag overleg\nDatum: 8 februari 2024\n", (), "2024-06-18", "datum_label_row"),
        ("Datum Onderwerp\nHet college vergaderde.\nDatum: 8 februari 2024\n", (), "2024-02-08", "datum_label"),
        # An old letter's reference label ('Ons no.') in the row of labels.
        ("Datum Ons no. Bijlagen\n12-03-1963 8412 BR/A 1 tekening\n", (), "1963-03-12", "datum_label_row"),
        # A memo in English in a Dutch file: its own 'Date' label, the month written day first and capitalised.
        ("To: Faculty Board\nFrom: Director of Education\nDate: 3 February 2025\nSubject: Resits\n", (),
         "2025-02-03", "datum_label"),
        ("Datum: 12 October 2023\nOnderwerp: test\n", (), "2023-10-12", "datum_label"),
        # A date of someone or something else under an English label is not the document's.
        ("Name: J. Jansen\nDate of birth: 3 March 1980\nAddress: Hengelosestraat 1\n", (), None, None),
        ("Naam: J. Jansen\nDatum geboorte: 3 maart 1980\n", (), None, None),
        # A register's page: the day its entry was registered is a fact of what it registers, not the page's date.
        ("Kinderdagverblijf De Boomhut\nRegistratienummer 184627391\nDatum inschrijving 14-08-2017\nGemeente Hoorn\n",
         (), None, None),
        # Near miss: the register's extract that prints a date of its own under its plain label.
        ("Uittreksel Handelsregister\nDatum inschrijving 14-08-2017\nDatum: 3 maart 2025\n", (), "2025-03-03",
         "datum_label"),
        # A decision printed as a form names its own date 'Datum beschikking', after the dates of its case.
        ("Datum brede intake 9 januari 2025\nDatum beschikking 3 februari 2025\n", (), "2025-02-03", "datum_label"),
        # A bestuurlijke strafbeschikking's own date is the day it is issued, not the day of the offence.
        ("Pleegdatum 20 februari 2025\nDatum uitvaardiging 3 maart 2025\n", (), "2025-03-03", "datum_label"),
        ("Pleegdatum 20 februari 2025\nFeitcode M 121\n", (), None, None),
        # An invitation sent for a month: the margin 'Datum' gives the month and year, also where the clean stage
        # ran the column's next field onto it; a month without its year is no date.
        ("Beste Sara,\n\nWij nodigen je uit.\n\nDatum\napril 2025\n", (("Datum", "april 2025"),), "2025-04",
         "margin_datum_month"),
        ("Beste Sara,\n\nWij nodigen je uit.\n\nDatum\nsept. 2024\nRegistratienummer\n25-0419\n",
         (("Datum", "sept. 2024 Registratienummer 25-0419"),), "2024-09", "margin_datum_month"),
        ("Beste Sara,\n\nWij nodigen je uit.\n\nDatum\napril\n", (("Datum", "april"),), None, None),
    ],
)
def test_letter_date_rules(text, margin, value, rule):
    plain = CleanPage.from_text(text)
    page = CleanPage(number=1, text=text, raw=plain.raw, raw_offsets=plain.raw_offsets, margin_fields=margin)
    hit = letter_date(evidence((page,)))
    assert (hit.value if hit else None, hit.rule if hit else None) == (value, rule)
    if hit:
        assert parse_date(text[hit.start:hit.end]).value == value


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
    ("text", "value", "printed"),
    [
        # An old letter's day after 'den', as an ordinal; the received stamp under it is not its date.
        ("Utrecht, den 4den November 1955.\n\nINGEKOMEN 7 NOV. 1955\nAan den Raad der gemeente Vleuten.\n",
         "1955-11-04", "den 4den November 1955"),
        ("Zwolle, den 1sten Maart 1948\n\nGeachte heer Bakker,\n", "1948-03-01", "den 1sten Maart 1948"),
        # Near miss: an ordinal that is no day of a date ('den 4den van de maand') dates nothing on that line.
        ("Utrecht, den 4den van de maand\n\nGeachte heer Bakker,\n", None, None),
        # A speck of a typed page read as a full stop after the month; an old ordinal '8en'.
        ("Hengelo, 11 april. 1978.\n\nGeachte heer Bakker,\n", "1978-04-11", "11 april. 1978"),
        ("Zwolle, den 8en April 1959\n\nGeachte heer Bakker,\n", "1959-04-08", "den 8en April 1959"),
        # Near miss: a month closing a sentence, a count after it, is no date.
        ("Hengelo, 11 april. 1978 bezoekers kwamen\n\nGeachte heer Bakker,\n", None, None),
    ],
)
def test_an_old_letters_place_date_line(text, value, printed):
    hit = letter_date(ev(text))
    assert (hit.value if hit else None, text[hit.start:hit.end] if hit else None) == (value, printed)
    assert hit is None or hit.rule == "place_date_line"


@pytest.mark.parametrize(
    ("text", "value", "rule"),
    [
        ("Wat wilden we bereiken in 2016?\n\nMinder overlast.\n", "2016", "report_year_question"),
        ("Jaarrekening 2021\n\nProgramma 3\n\nWat hebben we bereikt?\n", "2021", "report_year_heading"),
        ("Programma 3\n\nWat hebben we bereikt?\n\nIn 2019 daalde het aantal inbraken.\n", None, None),
    ],
)
def test_report_year(text, value, rule):
    hit = report_year(ev(text))
    assert (hit.value if hit else None, hit.rule if hit else None) == (value, rule)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("DEN HAAG, 3 mei 2016 - Het kabinet", "2016-05-03"),
        ("Den Haag, 3 mei 2016 – Het kabinet", "2016-05-03"),
        ("ROTTERDAM, maandag 14 nov. 2016 (ANP) De politie", "2016-11-14"),
        ("3 mei 2016 - Het kabinet", "2016-05-03"),
        ("Gepubliceerd op 3 mei 2016", "2016-05-03"),
        ("Nieuwsbericht | 03-05-2016 | 14:30", "2016-05-03"),
        ("Het kabinet heeft op 3 mei 2016 besloten", None),
        # A dash between two dates is a period, no dateline.
        ("Periode 1 januari 2024 – 30 juni 2024", None),
        ("1 januari 2024 - 30 juni 2024", None),
        ("1 januari 2024 - 30-06-2024", None),
        # A received stamp reads like a dateline, its label where a place would stand.
        ("INGEKOMEN 10 SEP. 1992 - GEMEENTE STAD DELDEN", None),
        ("Ontvangen 3 mei 2016 - Griffie", None),
        ("GOUDA, 3 mei 2016 - De gemeente", "2016-05-03"),
        # A subtitle that names an event by its day goes on in lower case; a dateline's dash opens the lead.
        ("Gemeenteraadsverkiezing 16 maart 2022 – gemeente Delft", None),
        ("Delft, 16 maart 2022 – De gemeente", "2022-03-16"),
        # A site's section label with the item's date after a spaced dash.
        ("Nieuws - 8 jan. 2026", "2026-01-08"),
        # Near miss: a headline after the dash that names a date further on.
        ("Nieuws - De raad besluit op 8 januari 2026 over de begroting", None),
    ],
)
def test_news_date(line, value):
    hit = news_date(ev(f"Kop van het bericht\n\n{line}\n"))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(("method", "value"), [("ocr", "2024-03-05"), ("pdf", None)])
def test_a_misread_day_in_a_datum_field_is_read_on_scans_only(method, value):
    from pipeline.records import RawPage

    text = "Datum S maart 2024\nDatum collegebesluit 27 februari 2024\nOnderwerp: opvang\n"
    page = CleanPage(number=1, text=text, raw=RawPage(number=1, text=text, method=method),
                     raw_offsets=tuple(range(len(text) + 1)))
    hit = letter_date(evidence((page,)))
    # Without the misread day, the qualified label is all there is.
    assert (hit.value, hit.rule) == ((value, "datum_label_misread") if value else ("2024-02-27", "datum_label"))


@pytest.mark.parametrize(("method", "value"), [("ocr", "2024-11-21"), ("pdf", None)])
def test_a_numeric_datum_field_with_a_separator_lost_is_read_on_scans_only(method, value):
    """OCR of a fax or a coarse scan reads ``21.11.2024`` as ``21.11 2024``: on a scanned page the
    Datum field still gives the letter's date; a born-digital page says what it prints."""
    from pipeline.records import RawPage

    text = "Datum 21.11 2024\nBetreft Reactie op het bericht van 14 november 2024\n\nGeachte voorzitter,\n"
    page = CleanPage(number=1, text=text, raw=RawPage(number=1, text=text, method=method),
                     raw_offsets=tuple(range(len(text) + 1)))
    hit = letter_date(evidence((page,)))
    assert (hit.value, hit.rule) == (value, "datum_label_misread") if value else hit is None


@pytest.mark.parametrize("head", [
    "Datum” 5 maart 2024",  # a pen stroke through the label
    "Daturn 5 maart 2024",  # 'm' read as 'rn'
    "Datum 5 rnaart 2024",  # the month misread
])
@pytest.mark.parametrize("method", ["ocr", "pdf"])
def test_a_misread_datum_label_or_month_is_read_on_scans_only(head, method):
    """On a scan the misread field is the letter's date, before the qualified ``Datum collegebesluit``;
    on a born-digital page it is what was printed, and the qualified label is all there is."""
    from pipeline.records import RawPage

    text = f"{head}\nDatum collegebesluit 27 februari 2024\nOnderwerp: opvang\n"
    page = CleanPage(number=1, text=text, raw=RawPage(number=1, text=text, method=method),
                     raw_offsets=tuple(range(len(text) + 1)))
    hit = letter_date(evidence((page,)))
    assert hit.value == ("2024-03-05" if method == "ocr" else "2024-02-27")


@pytest.mark.parametrize(("value", "read"), [("14 januan 2025", "2025-01-14"), ("21.11 2024", "2024-11-21"),
                                             ("l4 januari 2O25", "2025-01-14")])
@pytest.mark.parametrize("method", ["ocr", "pdf"])
def test_a_misread_margin_date_is_read_on_scans_only(value, read, method):
    """The margin column's small print is what a fax or a coarse scan misreads first."""
    from pipeline.records import RawPage

    text = f"Geachte voorzitter,\n\nTekst.\n\nDatum\n{value}\n"
    page = CleanPage(number=1, text=text, raw=RawPage(number=1, text=text, method=method),
                     raw_offsets=tuple(range(len(text) + 1)), margin_fields=(("Datum", value),))
    hit = letter_date(evidence((page,)))
    assert ((hit.value, hit.rule) if hit else None) == ((read, "margin_datum_misread") if method == "ocr" else None)


@pytest.mark.parametrize("weekday", ["di", "Di.", "vr", "zo.", "dinsdag"])
@pytest.mark.parametrize(
    ("head", "rule"),
    [
        ("Den Haag, {wd} 3 maart 2025\n\nGeachte heer Bakker,\n", "place_date_line"),
        ("Datum: {wd} 3 maart 2025\nOnderwerp: subsidie\n", "datum_label"),
    ],
)
def test_a_shortened_weekday_before_the_letter_date(head, weekday, rule):
    text = head.format(wd=weekday) + "\nHierbij ontvangt u het besluit.\n"
    hit = letter_date(ev(text))
    assert (hit.value if hit else None, hit.rule if hit else None) == ("2025-03-03", rule)


@pytest.mark.parametrize("line", ["Den Haag, do 3 maart 2025", "Den Haag, ma. 3 maart 2025"])
def test_a_shortened_weekday_is_no_more_than_a_weekday(line):
    # 'do' and 'ma' are weekdays only before a date; the wrong one does not make the date another's.
    hit = letter_date(ev(line + "\n\nGeachte heer Bakker,\n"))
    assert hit is not None and hit.value == "2025-03-03"


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


@pytest.mark.parametrize(("note", "method", "value"), [
    ("AKKOORD 21/11 JVD", "ocr", "2023-11-14"),  # a paraph with a short date of its own
    ("gez. GS", "ocr", "2023-11-14"),
    ("AKKOORD 21/11 JVD", "pdf", None),  # a born-digital page prints no note
    ("zie ook brief van 2 november 2023", "ocr", None),  # a sentence, and a date of its own
    # A form's row: the next field's label ends the date, whatever its value's length.
    ("Handtekening: (handtekening P.J. de Vries-van Dam)", "ocr", "2023-11-14"),
    ("Naam ploegchef: A.B. van der Linden-Smit", "ocr", "2023-11-14"),
    # Near miss: the next field holds a date of its own; a long note without a field's label is a sentence.
    ("Tijd: 10.00 uur Ontvangen: 16 november 2023", "ocr", None),
    ("volgens afspraak met de heer Jansen akkoord", "ocr", None),
])
def test_a_handwritten_note_beside_a_datum_field_on_a_scan(note, method, value):
    """OCR joins a note written beside the field to its line: the field's date is still the document's."""
    from pipeline.records import RawPage

    text = f"B&W-advies\n\nDatum advies: 14 november 2023 {note}\nAfdeling: Samenleving\n"
    page = CleanPage(number=1, text=text, raw=RawPage(number=1, text=text, method=method),
                     raw_offsets=tuple(range(len(text) + 1)))
    hit = letter_date(evidence((page,)))
    if value:
        assert (hit.value, hit.rule, text[hit.start:hit.end]) == (value, "datum_label_noted", "14 november 2023")
    else:
        assert hit is None or hit.rule != "datum_label_noted"


@pytest.mark.parametrize(("speck", "method", "value"), [("È", "ocr", "2024-04-11"), ("·", "ocr", "2024-04-11"),
                                                        ("È", "pdf", None)])
def test_a_speck_read_between_month_and_year_on_a_scan(speck, method, value):
    from pipeline.records import RawPage

    text = f"Datum 11 april {speck} 2024\nBetreft Verdaging van de beslissing\n\nGeachte heer Verlaan,\n"
    page = CleanPage(number=1, text=text, raw=RawPage(number=1, text=text, method=method),
                     raw_offsets=tuple(range(len(text) + 1)))
    hit = letter_date(evidence((page,)))
    assert (hit.value, hit.rule) == (value, "datum_label_misread") if value else hit is None


@pytest.mark.parametrize(
    ("column", "value"),
    [
        # A narrow margin column breaks a label of two words over two lines: the letter's own date
        # label wins over a qualified one above or below it, and a meeting's label dates nothing.
        ("Datum\nbesluit\n12 maart 2024\nDatum\nverzending\n14 maart 2024\nKenmerk\nZK-24-0311\n", "2024-03-14"),
        ("Datum\nverzending\n14 maart 2024\nDatum\nbesluit\n12 maart 2024\n", "2024-03-14"),
        ("Datum\nraadsvergadering\n9 april 2024\nDatum\nverzending\n14 maart 2024\n", "2024-03-14"),
        ("Datum\nraadsvergadering\n9 april 2024\nKenmerk\nZK-24-0311\n", None),
        # Without the letter's own label, the qualified one is all there is, as on one line.
        ("Datum\nbesluit\n12 maart 2024\nKenmerk\nZK-24-0311\n", "2024-03-12"),
        # No word of a label under it: more words, a label of its own.
        ("Datum\nverzending volgt\n12 maart 2024\n", None),
        ("Datum\nKenmerk\n12 maart 2024\n", None),
    ],
)
def test_a_date_label_broken_over_two_lines_of_a_margin_column(column, value):
    text = "Geachte leden van de raad,\n\nWij informeren u over de stand van zaken.\n\n" + column
    hit = letter_date(ev(text))
    if value is None:
        # No broken label's date (the OCR column rule may still read a date under a label alone).
        assert labelled_date(ev(text)) is None and (hit is None or hit.rule != "datum_label_broken")
        return
    assert (hit.value, hit.rule) == (value, "datum_label_broken")
    assert parse_date(text[hit.start:hit.end]).value == value


@pytest.mark.parametrize(("head", "value"), [
    # An empty 'Datum nota' over the meeting's own label: that date is the meeting's, not the nota's.
    ("Datum nota\nDatum collegevergadering 12 september 2023\nPortefeuillehouder wethouder Sport\n", None),
    ("Datum nota\nKenmerk 12-09-2023\n", None),
    # A one-word meeting label is a field of its own too.
    ("Datum nota\nCollegevergadering 2 april 2024\nPortefeuillehouder wethouder Wonen\n", None),
    ("Datum nota\nRaadsvergadering: 9 juli 2024\n", None),
    # Near miss: a line that only names a meeting in prose is no field.
    ("Datum\nDe collegevergadering besprak dit, 2 april 2024\n", "2024-04-02"),
    # Near miss: OCR ran the margin column's label into the body, its date a line or two below.
    ("Tot slot Datum\nwerken wij nauw samen met u, 28 januari 2016\n", "2016-01-28"),
])
def test_a_label_ending_a_line_takes_no_date_from_a_label_of_its_own_below(head, value):
    from pipeline.extract.doc_date_rules import ocr_column_date

    hit = ocr_column_date(evidence((CleanPage.from_text("Collegenota\n" + head + "\nVoorstel\n"),)))
    assert (hit.value if hit else None) == value


def _page_read_by(text: str, method: str) -> CleanPage:
    from dataclasses import replace

    page = CleanPage.from_text(text)
    return replace(page, raw=replace(page.raw, method=method))


@pytest.mark.parametrize(("method", "value"), [("ocr", "2024-03-12"), ("text", "2024-03-12"), ("pdf", None)])
def test_a_label_ending_a_body_line_is_a_margin_column_only_where_the_layout_was_lost(method, value):
    from pipeline.extract.doc_date_rules import ocr_column_date

    # Born digital, the text layer keeps a margin column apart: a 'Datum' ending a line heads a table's
    # column or an empty field of a form, and the date below it belongs to a row.
    text = ("Aanmeldformulier\nNaam deelnemer Datum\nJ. de Vries, Groningen 12 maart 2024\n"
            "Handtekening\n")
    hit = ocr_column_date(evidence((_page_read_by(text, method),)))
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
    "label",
    ["Datum DT-overleg", "Datum MT-vergadering", "Datum stuurgroepoverleg", "Datum bestuurlijk overleg"],
)
def test_a_date_label_naming_a_meeting_dates_the_meeting_not_the_nota(label):
    head = f"Adviesnota directieteam\n\n{label} 11 april 2023\nAgendapunt 4\n\n"
    assert labelled_date(ev(head + "Tekst.\n")) is None
    # Near miss: the nota's own date label beside it is its date.
    assert labelled_date(ev(head + "Datum: 29 maart 2023\n\nTekst.\n")).value == "2023-03-29"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An inspection's visit and the research a report is about happened before it: its own label dates it.
        ("Rapport toezicht\n\nDatum bezoek 3 maart 2025\nDatum rapport 17 april 2025\n", "2025-04-17"),
        # A 'rapportage' names its own date so too, after the home visit it reports on.
        ("Rapportage adresonderzoek\n\nDatum huisbezoek 4 juni 2025\nDatum rapportage 6 juni 2025\n", "2025-06-06"),
        ("Evaluatie\n\nDatum onderzoek: 12 januari 2024\nDatum vaststelling: 2 februari 2024\n", "2024-02-02"),
        # Near miss: a plain Datum label dates the report also below a visit's.
        ("Rapport toezicht\n\nDatum bezoek 3 maart 2025\nDatum: 9 april 2025\n", "2025-04-09"),
        # An archaeologist's fieldwork is the research the report is about, as a visit is.
        ("Archeologisch vooronderzoek\n\nProjectcode NIJSP\nDatum veldwerk 6 september 2023\n", None),
        ("Archeologisch vooronderzoek\n\nDatum veldonderzoek: 6 september 2023\nDatum: 2 oktober 2023\n",
         "2023-10-02"),
        # The course a form evaluates or a list records is an event, as a visit is: not the paper's date.
        ("Evaluatieformulier\n\nTraining: Omgaan met agressie\nDatum training: 14-03-2025\n", None),
        ("Evaluatieformulier\n\nCursusdatum: 14-03-2025\nDatum: 21-03-2025\n", "2025-03-21"),
    ],
)
def test_a_visit_or_research_label_does_not_date_the_report(text, expected):
    hit = labelled_date(ev(text))
    assert (hit.value if hit else None) == expected


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


def test_a_notice_printed_from_the_gazettes_site_is_dated_by_its_publication():
    from pipeline.extract.doc_date_rules import gazette_date

    text = ("Overheid.nl | Officiële bekendmakingen\nGemeenteblad van Oss 2024, 51234 Datum publicatie: 03-06-2024 "
            "Type: Kennisgeving\nKennisgeving ontwerpbestemmingsplan Hoogveld\n\nBurgemeester en wethouders maken "
            "bekend dat zij op 21 mei 2024 hebben besloten ...\n")
    hit = gazette_date(ev(text))
    assert hit is not None and (hit.value, hit.rule) == ("2024-06-03", "gazette_site")
    # Near miss: a regulation's source field names the gazette's number, no publication label after it.
    source = "Bron bekendmaking Gemeenteblad 2021, 458812\nDatum publicatie 16-12-2021\n"
    assert gazette_date(ev(source)) is None


@pytest.mark.parametrize(("masthead", "value"), [
    # The masthead names the publisher after a bar, the number's row prints its date in the next cell.
    ("GEMEENTEBLAD | Officiële uitgave van de gemeente Súdwest-Fryslân\nNr. 48211 19 februari 2025", "2025-02-19"),
    ("Staatscourant - Officiële uitgave van het Koninkrijk der Nederlanden\nNr. 31877 | 3 oktober 2023", "2023-10-03"),
    # The masthead prints its number and issue as cells of its own line, by bars or dashes.
    ("GEMEENTEBLAD | Officiële uitgave van de gemeente Zwolle | Nr. 8876 | 17 januari 2025", "2025-01-17"),
    ("GEMEENTEBLAD — Officiële uitgave van de gemeente Ede — Nr. 24117 — 5 februari 2025", "2025-02-05"),
    ("STAATSCOURANT | Nr. 41287 | 27 november 2024", "2024-11-27"),
    # Near misses: a report's header that names the gazette among other words; a number followed by other text.
    ("Gemeenteblad | Verslag van de redactie\nNr. 48211 19 februari 2025", None),
    ("GEMEENTEBLAD\nNr. 48211 19 februari 2025 ingetrokken", None),
    ("GEMEENTEBLAD | Officiële uitgave van de gemeente Zwolle | 17 januari 2025", None),
])
def test_a_gazettes_masthead_with_its_publisher_and_the_issue_date_in_the_numbers_row(masthead, value):
    from pipeline.extract.doc_date_rules import gazette_date

    hit = gazette_date(ev(masthead + "\n\nVerleende omgevingsvergunningen week 7\n\nBurgemeester en wethouders "
                          "maken bekend dat zij de volgende vergunningen hebben verleend.\n"))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(("signing", "value", "rule"), [
    # A notice signed under a place-date line is dated by its signing, not by the issue that printed it later.
    ("Den Haag, 28 september 2023\n\nDe Minister van Infrastructuur en Waterstaat,\nnamens deze,\n", "2023-09-28",
     "place_date_line"),
    # The text runs the signing body on after the place-date line: the line is still the signing.
    ("Zwolle, 2 oktober 2023 burgemeester en wethouders van Zwolle, namens dezen,\nH.J. Mulder, teamleider\n",
     "2023-10-02", "place_date_line"),
    ("Zwolle, 2 oktober 2023 de secretaris, de burgemeester,\n", "2023-10-02", "place_date_line"),
    # Near miss: a notice with no signing line of its own is dated by the issue; a date in a sentence signs nothing,
    # nor does a place-date opening a sentence that goes on.
    ("Zwolle, 2 oktober 2023 hebben burgemeester en wethouders besloten.\n", "2023-10-04", "gazette_masthead"),
    ("De stukken liggen vanaf 5 oktober 2023 ter inzage.\n", "2023-10-04", "gazette_masthead"),
])
def test_a_notice_in_a_gazette_is_dated_by_its_signing_line_before_the_issue(signing, value, rule):
    from pipeline.extract.doc_date_rules import gazette_notice_date

    text = ("STAATSCOURANT | Officiële uitgave van het Koninkrijk der Nederlanden\nNr. 27814 | 4 oktober 2023\n\n"
            "Kennisgeving m.e.r.-beoordelingsbesluit N35\n\nDe Minister maakt bekend dat geen milieueffectrapport "
            "hoeft te worden opgesteld.\n\n" + signing)
    hit = gazette_notice_date(ev(text))
    assert (hit.value, hit.rule) == (value, rule)
    # No gazette: none of its notices.
    assert gazette_notice_date(ev(text.split("\n", 2)[2])) is None


def test_a_margin_datum_run_on_into_the_columns_next_field_is_dated_by_the_date_that_opens_it():
    # A scan's column joined by the clean stage: 'Datum' / '29 oktober 2019' / 'Nummer' / '2019-071148'.
    text = "Geachte heer Schuurman,\n\nTekst.\n\nDatum\n29 oktober 2019\nNummer\n2019-071148\n"
    plain = CleanPage.from_text(text)
    margin = (("Datum", "29 oktober 2019 Nummer 2019-071148"),)
    page = CleanPage(number=1, text=text, raw=plain.raw, raw_offsets=plain.raw_offsets, margin_fields=margin)
    hit = letter_date(evidence((page,)))
    assert (hit.value, hit.rule, text[hit.start:hit.end]) == ("2019-10-29", "margin_datum", "29 oktober 2019")
    # Near miss: a value that opens with another field's words holds no date of the Datum field.
    other = (("Datum", "zie ondertekening Nummer 2019-071148"),)
    page = CleanPage(number=1, text=text, raw=plain.raw, raw_offsets=plain.raw_offsets, margin_fields=other)
    assert margin_date(evidence((page,))) is None


def test_a_publication_line_the_clean_stage_joined_to_the_subtitle_over_it_is_read_as_printed():
    from pipeline.records import RawPage

    raw = ("Niemand in de kou\nIn gesprek met de wethouder over het warmtenet\nGepubliceerd: 28-05-2024 | Leestijd: 4 "
           "minuten\n\nIn 2030 moeten 7.000 woningen van het gas af zijn.\n")
    text = raw.replace("warmtenet\nGepubliceerd", "warmtenet Gepubliceerd")
    page = CleanPage(number=1, text=text, raw=RawPage(number=1, text=raw, method="pdf"),
                     raw_offsets=tuple(range(len(text) + 1)))
    assert news_date(evidence((page,))).value == "2024-05-28"
    # Near miss: a publication word inside the subtitle's sentence opens no printed line.
    joined = text.replace("warmtenet Gepubliceerd", "warmtenet, gepubliceerd in de krant")
    plain = CleanPage.from_text(joined)
    assert news_date(evidence((plain,))) is None


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


def test_the_days_a_regulation_takes_and_loses_effect_do_not_date_it():
    head = ("Marktverordening Epe 2024\nCiteertitel Marktverordening Epe 2024\nDatum inwerkingtreding 01-01-2024\n"
            "Datum uitwerkingtreding -\n\nDe raad van de gemeente Epe;\n\n")
    assert labelled_date(ev(head)) is None
    # Near miss: the register's own date label beside them still dates it.
    assert labelled_date(ev(head + "Datum 13-11-2023\n")).value == "2023-11-13"


def test_the_day_an_incident_was_discovered_does_not_date_its_report():
    text = ("Bevestiging van uw melding datalek\n\nMeldingsnummer 2024-034718\nDatum ontdekking 5 maart 2024\n"
            "Datum constatering 5 maart 2024\nSoort melding nieuwe melding\n")
    assert labelled_date(ev(text)) is None
    # Near miss: the form's plain date label is its own.
    assert labelled_date(ev(text + "Datum 7 maart 2024\n")).value == "2024-03-07"


@pytest.mark.parametrize(("line", "value"), [
    # A received stamp printed level with the date field runs onto its line: the field's date opens the value.
    ("Datum 6 oktober 2025 ONTVANGEN GRIFFIE 7 OKT 2025", "2025-10-06"),
    ("Datum: 6 oktober 2025 INGEK. 8 OKT. 2025", "2025-10-06"),
    # Near miss: a field whose value is the stamp's date alone.
    ("Datum ontvangen 7 oktober 2025", None),
])
def test_a_received_stamp_run_onto_a_date_fields_line_is_not_its_date(line, value):
    hit = labelled_date(ev(f"Schriftelijke vragen\n\n{line}\nFractie ChristenUnie\nOnderwerp buslijn 29\n"))
    assert (hit.value if hit else None) == value


def test_the_datum_column_of_a_version_table_is_no_date_of_the_document():
    # A cover's version table read as a margin column and as a label over its values: the dates are the versions'.
    text = "Grondstoffenplan 2023-2030\n\nVersie\nConcept\nDefinitief\n\nDatum\n14 februari 2023\n4 juli 2023\n"
    plain = CleanPage.from_text(text)
    column = (("Datum", "14 februari 2023 4 juli 2023"),)
    page = CleanPage(number=1, text=text, raw=plain.raw, raw_offsets=plain.raw_offsets, margin_fields=column)
    assert margin_date(evidence((page,))) is None
    assert labelled_date(evidence((page,))) is None
    # Near miss: a Datum over one date, the next field's label under it.
    text = "Grondstoffenplan 2023-2030\n\nDatum\n14 februari 2023\nKenmerk\n2023-0041\n"
    plain = CleanPage.from_text(text)
    field = (("Datum", "14 februari 2023"),)
    page = CleanPage(number=1, text=text, raw=plain.raw, raw_offsets=plain.raw_offsets, margin_fields=field)
    assert margin_date(evidence((page,))).value == labelled_date(evidence((page,))).value == "2023-02-14"


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
