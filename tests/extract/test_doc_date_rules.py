"""A document's own date: the letter date rules, a report's year, a news item's date."""

from __future__ import annotations

import pytest

from pipeline.dutch.dates import parse_date
from pipeline.extract.doc_date_rules import letter_date, news_date, report_year
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
