"""The own date of reports past their cover (pipeline.extract.doc_date_reports): the title page or colophon
after a cover, a colophon anywhere, a year alone after a colophon's place, a version or imprint line at a page's foot."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract import doc_date_reports as reports
from pipeline.extract.document import describe_document, evidence
from pipeline.records import CleanPage
from pipeline.testing import load_test_module

documents = load_test_module(Path(__file__).resolve().parents[1] / "fixtures" / "documents.py")

PROSE = ("In 2023 klopten 1.412 gezinnen bij ons aan, bijna driehonderd meer dan een jaar eerder. Onze vrijwilligers "
         "legden ruim 2.600 huisbezoeken af.")


describe = documents.describe_pages


joined_page = documents.joined_page


@pytest.mark.parametrize(
    ("second_page", "value"),
    [
        ("Jaarverslag 2023 | Stichting Leergeld\n\nVastgesteld door het bestuur op 18 maart 2024\n\nInhoud\n"
         "Woord van de voorzitter\t2\n\n" + PROSE, "2024-03-18"),
        ("Colofon\nUitgave: Regionaal Archief Rivierenland\nTekst: medewerkers\nGeldermalsen, april 2024\n\n"
         "1. Een jaar in vogelvlucht\n" + PROSE, "2024-04"),
        # The imprint's month and, in the next sentence of its paragraph, the adoption: the adoption, the fuller date.
        ("1. Een jaar in vogelvlucht\n" + PROSE + "\n\nColofon\nUitgave: Stichting Leergeld, januari 2024. Vastgesteld "
         "door het bestuur van de stichting op 28 januari 2024.\nContact: info@leergeld.nl\n", "2024-01-28"),
    ],
)
def test_a_report_whose_cover_has_no_date_is_dated_on_the_page_after_it(second_page, value):
    info = describe("Jaarverslag 2023\n\nStichting Leergeld Apeldoorn\n\nOmdat alle kinderen mee moeten doen\n",
                    second_page)
    assert (info.doc_date, info.doc_date_rule) == (value, "colophon_date")


def test_a_sentence_that_ends_with_another_adoption_date_is_no_title_page_line():
    # A note under a table of the accounts names the budget change's adoption, lower case after its subject.
    cover = "GEMEENTE HATTEM\n\nREKENING\n\nvan de ontvangsten en uitgaven over het dienstjaar 1964\n"
    second = ("STAAT VAN DE GEWONE DIENST\n\nDe kolom Begroting 1964 geeft de ramingen na de laatste wijziging, door "
              "de raad vastgesteld op 29 december 1964.\n")
    pages = (CleanPage.from_text(cover), CleanPage.from_text(second, number=2))
    assert reports.colophon_date(evidence(pages)) is None
    # Near miss: OCR runs a title page's label into the line above it; the label keeps its capital.
    run_in = "Jaarverslag 2023 Stichting Leergeld Vastgesteld door het bestuur op 18 maart 2024\n\n" + PROSE
    pages = (CleanPage.from_text("Jaarverslag 2023\n\nStichting Leergeld\n"), CleanPage.from_text(run_in, number=2))
    assert reports.colophon_date(evidence(pages)).value == "2024-03-18"


def test_a_day_date_wrapped_over_two_printed_lines_gives_the_cover_no_month():
    cover = "GGD ENSCHEDE\n\nJAARVERSLAG 1976\n"
    second = ("VOORWOORD\n\nHet verslag zal worden besproken in de vergadering van de commissie voor Volksgezondheid van 19\n"
              "april 1977.\n\nEnschede, maart 1977\nDe directeur\n")
    pages = (CleanPage.from_text(cover), CleanPage.from_text(second, number=2))
    assert reports.colophon_date(evidence(pages)).value == "1977-03"
    # Near miss: a cover's month under a line that ends with no day figure is the cover's.
    second = "Colofon\nUitgave: GGD Twente, afdeling 2\nEnschede,\nmaart 1977\n\n" + PROSE
    pages = (CleanPage.from_text(cover), CleanPage.from_text(second, number=2))
    assert reports.colophon_date(evidence(pages)).value == "1977-03"


def test_the_second_page_is_no_title_page_when_the_first_is_no_cover():
    first = "Jaarverslag 2023\n\n" + "\n".join([PROSE] * 9)
    second = "Vastgesteld door het bestuur op 18 maart 2024\n\n" + PROSE
    pages = tuple(CleanPage.from_text(t, number=i) for i, t in enumerate((first, second), 1))
    assert reports.colophon_date(evidence(pages)) is None


@pytest.mark.parametrize("place", ["'s-Hertogenbosch", "’s-Hertogenbosch", "Utrecht"])
def test_a_foreword_signed_with_a_place_date_on_the_page_after_the_cover_dates_the_annual_report(place):
    cover = joined_page(["Rechtbank Oost-Brabant", "Jaarverslag 2023"], set())
    # The clean stage ran the place-date line into the signature under it.
    foreword = joined_page(["Voorwoord", PROSE, f"{place}, 11 april 2024", "het bestuur van de rechtbank"], {2},
                           number=2)
    hit = reports.colophon_date(evidence((cover, foreword)))
    assert (hit.value, foreword.text[hit.start:hit.end]) == ("2024-04-11", "11 april 2024")


@pytest.mark.parametrize(("colophon", "value"), [
    ("Colofon\nUitgave: Rechtbank Gelderland, Arnhem\nRedactie: afdeling Communicatie\nArnhem, juni 2024\n", "2024-06"),
    ("Colofon\nTekst: medewerkers\n's-Hertogenbosch, 3 mei 2024\n", "2024-05-03"),
    ("Colofon\nUitgave: Rechtbank Gelderland, Arnhem\nFoto's: eigen beheer\n", "2023"),  # no date: the year
])
def test_a_colophon_on_the_last_page_dates_an_annual_report(colophon, value):
    first = "Jaarverslag 2023\n\nVoorwoord\n" + PROSE
    info = describe(first, "Productie\n\n" + PROSE + "\n\n" + colophon)
    assert info.doc_date == value


SIGNATURE = "Burgemeester en wethouders van Zeist,\nde secretaris, de burgemeester,"


@pytest.mark.parametrize(("signature", "value"), [
    (SIGNATURE, "2024-09-24"),
    # The clean stage joined the signers' lines into one.
    (SIGNATURE.replace("\n", " "), "2024-09-24"),
    # Near miss: a place-date line with a paragraph of the body after it is no signature's.
    (PROSE, None),
])
def test_an_offering_letter_signed_under_a_table_of_contents_after_the_cover_dates_the_budget(signature, value):
    cover = "Programmabegroting 2025\n\nGemeente Zeist\n\nBehandeling in de gemeenteraad: 7 november 2024\n"
    # A table of contents longer than a title page's opening keeps the place-date out of it.
    toc = "\n".join(f"Programma {n} Samenleving\t{4 * n}" for n in range(1, 15))
    second = f"Inhoud\n{toc}\n\nAanbieding\n{PROSE}\n\nZeist, 24 september 2024\n\n{signature}\n"
    info = describe(cover, second)
    assert (info.doc_kind, info.doc_date) == ("begroting", value)
    if value:
        assert info.doc_date_rule == "signed_foreword_date"


def test_a_colophon_on_the_last_page_dates_a_budget_before_the_date_its_figures_stand_for():
    first = "Gemeente Haarlemmermeer\n\nEerste bestuursrapportage 2025\n\nStand per 30 april 2025\n"
    last = PROSE + "\n\nColofon\nUitgave: gemeente Haarlemmermeer, team Concerncontrol\nHoofddorp, juni 2025\n"
    info = describe(first, PROSE, last)
    assert (info.doc_kind, info.doc_date, info.doc_date_rule) == ("begroting", "2025-06", "colophon_section_date")
    # Near miss: without a colophon the date of its figures is all it prints.
    info = describe(first, PROSE, PROSE)
    assert (info.doc_kind, info.doc_date, info.doc_date_rule) == ("begroting", "2025-04-30", "status_date")


@pytest.mark.parametrize(("foot", "value"), [
    # The plan's place and month open its last line, its publisher's address after a middle dot.
    ("Hilversum, december 2025 · Regionaal Bureau Leerplicht Gooi en Vechtstreek, Oude Enghweg 31, Hilversum",
     "2025-12"),
    # Near miss: the publisher's address alone; the year the plan is for is no date of its own.
    ("Regionaal Bureau Leerplicht Gooi en Vechtstreek · Oude Enghweg 31, Hilversum", None),
])
def test_an_annual_plans_foot_line_with_its_place_and_month_dates_it(foot, value):
    plan = ("Jaarplan 2026\n\nLeerplicht en RMC Gooi en Vechtstreek\n\nInleiding\nIn dit jaarplan staat wat het bureau in "
            "2026 gaat doen.\n\nFormatie en budget\n\tfte\tBudget 2026\nLeerplichtambtenaren\t11,2\t€ 1.108.000\n\n"
            + foot + "\n")
    info = describe(plan)
    assert (info.doc_kind, info.doc_date) == ("begroting", value)


MVT = ("Tweede Kamer der Staten-Generaal\nVergaderjaar 2024–2025\n\n36 600 VII\nVaststelling van de begrotingsstaten "
       "van het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (VII) voor het jaar 2025\n\n"
       "Nr. 2 MEMORIE VAN TOELICHTING\n\n" + PROSE + "\n\n")


@pytest.mark.parametrize(("imprint", "value"), [
    ("kst-36600-VII-2 ISSN 0921 - 7371 's-Gravenhage 2024", "2024"),
    ("kst-36550-VIII-2  ISSN 0921-7371  ’s-Gravenhage 2023", "2023"),
    # The Staatsdrukkerij's imprint of before 1995.
    ("'s-Gravenhage, Staatsdrukkerij 1979", "1979"),
    ("’s-Gravenhage, Staatsdrukkerij- en uitgeverijbedrijf 1975", "1975"),
    # The Sdu's imprint of the late 1980s: the ISSN, the printer and its street before the place.
    ("ISSN 0921-7371 Sdu uitgeverij Plantijnstraat 's-Gravenhage 1988", "1988"),
    ("ISSN 0921-7371 Sdu uitgeverij 's-Gravenhage 1990", "1990"),
    # Near miss: another publisher's ISSN with its own words before the place names no Kamer print.
    ("ISSN 1234-5678 Uitgave van de Vereniging voor Statistiek 's-Gravenhage 1988", None),
    # Near miss: a place-date line of 's-Gravenhage is a date, not an imprint.
    ("'s-Gravenhage, 1979", None),
    # Near miss: the Kamer's running footer names the session, not the year of printing.
    ("Tweede Kamer, vergaderjaar 2024–2025, 36 600 VII, nr. 2", None),
])
def test_a_memorie_van_toelichting_is_dated_by_the_year_of_the_kamer_imprint(imprint, value):
    hit = reports.kamer_imprint_year(evidence((CleanPage.from_text(MVT + imprint + "\n"),)))
    assert (hit.value if hit else None) == value
    info = describe(MVT + imprint + "\n")
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("jaarverslag", "begroting", value)


def _clipping(path, masthead: list[tuple[float, str]]):
    """A newspaper clipping as a PDF: the running masthead line in cells, the headline, the story."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from pipeline.clean import clean_page
    from pipeline.ingest import read_document

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 9)
    for x, text in masthead:
        c.drawString(x, A4[1] - 50, text)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(70, A4[1] - 90, "Hoogezand-Sappemeer moet 1,8 miljoen bezuinigen")
    c.setFont("Helvetica", 10)
    c.drawString(70, A4[1] - 110, "Van onze verslaggever")
    story = ("HOOGEZAND – De gemeente Hoogezand-Sappemeer moet volgend jaar 1,8 miljoen gulden",
             "bezuinigen om de begroting sluitend te krijgen. Het college stelt voor de subsidie aan het",
             "openluchtbad te halveren. Volgens de wethouder is de tegenvaller vooral het gevolg van de",
             "lagere uitkering uit het gemeentefonds. Donderdagavond behandelt de gemeenteraad de begroting.")
    for k, line in enumerate(story):
        c.drawString(70, A4[1] - 130 - 13 * k, line)
    c.save()
    raw = read_document(path, source=str(path))
    return describe_document(raw, tuple(clean_page(p) for p in raw.pages), pipeline_version="test")


@pytest.mark.parametrize(("masthead", "value"), [
    ([(70, "NIEUWSBLAD VAN HET NOORDEN"), (270, "DINSDAG 12 NOVEMBER 1996"), (480, "REGIO 7")], "1996-11-12"),
    # Printed as one piece, which the text keeps as one cell.
    ([(70, "HAARLEMS DAGBLAD   DONDERDAG 3 JUNI 1999   BINNENLAND   5")], "1999-06-03"),
    # Near miss: a headline-like line in capitals whose date has no weekday is no masthead.
    ([(70, "GEMEENTERAAD 3 JUNI 1999 BINNENLAND 5")], None),
    # Near miss: a browser's print time in the same place is no issue date.
    ([(70, "12-11-1996 10:02"), (270, "Nieuwsblad van het Noorden"), (480, "1/1")], None),
])
def test_a_papers_running_masthead_line_dates_the_clipping(tmp_path, masthead, value):
    info = _clipping(tmp_path / "knipsel.pdf", masthead)
    assert (info.doc_type, info.doc_date) == ("nieuws", value)


@pytest.mark.parametrize(("colophon", "value"), [
    # A leaflet's colophon as one line of cells: the publisher, then the month.
    ("Colofon | Uitgave gemeente Ede, oktober 2025 | Aan deze uitgave kunnen geen rechten worden ontleend.",
     "2025-10"),
    ("Colofon\nUitgave gemeente Ede, 14 oktober 2025\n", "2025-10-14"),
    # The heading with a colon opening the first cell, the place-date in the next.
    ("Colofon: uitgave van de gemeente Ede, afdeling Communicatie | Ede, oktober 2025", "2025-10"),
    ("Colofon: uitgave gemeente Ede, oktober 2025", "2025-10"),
    # Near miss: a publisher and its place, no date; a date inside a sentence of the colophon.
    ("Colofon | Uitgave: Rechtbank Gelderland, Arnhem", None),
    ("Colofon: foto's van Ede in oktober 2025", None),
    ("Colofon | Deze uitgave is op 3 oktober 2025 gedrukt, daarna niet herzien.", None),
    # An infographic runs its colophon on after the heading and closes it with a place-month sentence.
    ("Colofon: Uitgave van de provincie Gelderland. Bronnen: CBS (Statline), eigen monitor.\nArnhem, mei 2025.",
     "2025-05"),
    ("Colofon: Uitgave van de provincie Gelderland. Bronnen: CBS. Arnhem, mei 2025.", "2025-05"),
    # Near miss: a run-on colophon whose date stands inside a sentence.
    ("Colofon: Uitgave van de provincie Gelderland, gedrukt in mei 2025 door Drukkerij Arnhem.", None),
    # A cover's run-on colophon parts its fields by middle dots: the place-date is a field of its own.
    ("Colofon: Gemeente Ede, team Water · Ede, november 2024 · Foto omslag: wadi in Veldhuizen", "2024-11"),
    # Near miss: a field that holds a date inside its words.
    ("Colofon: Gemeente Ede, team Water · foto genomen in november 2024 · Ede", None),
    # The heading with a dash before its run-on sentences; the cover photo's credit after the imprint is the picture's.
    ("Colofon — Uitgave: provincie Gelderland, team Natuur, Arnhem, december 2024. Foto omslag: Veluwe, juni 2024.",
     "2024-12"),
    ("Colofon - Uitgave: provincie Gelderland, Arnhem, december 2024.", "2024-12"),
    # Near miss: a colophon that dates only its photo.
    ("Colofon — Uitgave: provincie Gelderland, team Natuur. Foto omslag: Veluwe, juni 2024.", None),
    ("Colofon · Uitgave: provincie Gelderland · Beeld: Veluwe, juni 2024", None),
    # A colophon of fields wrapped over two lines: the month a field of its own on the second.
    ("Colofon · Uitgave van het Gemeenschappelijk Secretariaat Interreg, Koningin Elisabethlei 22,\n2018 Antwerpen · "
     "februari 2025 · www.grensregio.eu", "2025-02"),
    ("Colofon · Uitgave van het Gemeenschappelijk Secretariaat Interreg, Koningin Elisabethlei 22,\n2018 Antwerpen · "
     "gedrukt in februari 2025 · www.grensregio.eu", None),
])
def test_a_colophon_of_cells_dates_a_leaflet_by_its_publishers_date(colophon, value):
    text = "De begroting 2026 in 1 minuut\n\n" + PROSE + "\n\n" + colophon + "\n"
    hit = reports.colophon_section_date(evidence((CleanPage.from_text(text),)))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(("foot", "value"), [
    ("Versie 1.2 – 14 februari 2024 | Aan deze factsheet kunnen geen rechten worden ontleend.", "2024-02-14"),
    ("Versie maart 2025", "2025-03"),
    # Near miss: a sentence about a version of something else, and a version without a date.
    ("Versie 2 van de regeling geldt vanaf 1 januari 2025.", None),
    ("Versie 1.2 | Aan deze factsheet kunnen geen rechten worden ontleend.", None),
])
def test_a_factsheet_dated_by_the_version_line_at_its_foot(foot, value):
    text = "Factsheet\nDe energielabelplicht voor kantoren\n\n" + PROSE + "\n\n" + foot + "\n"
    hit = reports.foot_version_date(evidence((CleanPage.from_text(text),)))
    assert (hit.value if hit else None) == value
    if value is not None:
        assert describe(text).doc_date == value


def test_a_factsheets_foot_version_line_before_a_tables_last_column_read_after_it():
    # The text layer reads a table's last column after the page's foot, a word or figure a line.
    text = ("Factsheet\nDe energielabelplicht voor kantoren\n\nLabel Aantal\nA 412\nC 97\n\n" + PROSE
            + "\n\nTeam Energie | Versie 1.1 – 3 juni 2025\nAandeel\n71%\n18%\n")
    hit = reports.foot_version_date(evidence((CleanPage.from_text(text),)))
    assert (hit.value if hit else None) == "2025-06-03"
    # Near miss: a version line above a paragraph of prose is no foot.
    above = text.replace("\nAandeel\n71%\n18%\n", "\n\n" + PROSE + "\n" + PROSE + "\n" + PROSE + "\n")
    assert reports.foot_version_date(evidence((CleanPage.from_text(above),))) is None


def test_a_factsheets_own_date_comes_before_the_date_of_its_figures():
    text = ("Factsheet jeugdhulp in de regio\nPeildatum 1 januari 2025\n\n" + PROSE
            + "\n\nColofon: Uitgave van de regio Twente. Enschede, april 2025.\n")
    assert describe(text).doc_date == "2025-04"
    assert describe(text.replace("Colofon: Uitgave van de regio Twente. Enschede, april 2025.", "")).doc_date == "2025-01-01"


NOTA_DB = ("Omgevingsdienst Zuid\nNota aan het Dagelijks Bestuur\n\nOnderwerp Inzet toezicht\nVergadering DB 30 januari 2025\n"
           "Portefeuillehouder voorzitter\n\nVoorstel\nHet dagelijks bestuur wordt voorgesteld in te stemmen.\n\n")


@pytest.mark.parametrize(("footer", "value"), [
    ("Nota DB toezicht | Versie 0.3 - 14 januari 2025 | pagina 1 van 1", "2025-01-14"),
    ("Versie 2, 3 maart 2024", "2024-03-03"),
    # A version without a date, or a date without a version, is no version line.
    ("Nota DB toezicht | Versie 0.3 | pagina 1 van 1", None),
    ("Nota DB toezicht | 14 januari 2025 | pagina 1 van 1", None),
])
def test_a_notas_version_line_in_its_footer_dates_it(footer, value):
    hit = reports.foot_version_date(evidence((CleanPage.from_text(NOTA_DB + footer + "\n"),)))
    assert (hit.value if hit else None) == value
    assert describe(NOTA_DB + footer + "\n").doc_date == value


def test_a_letters_footer_version_is_its_templates_not_its_date():
    # Below the opening lines, where a report's or nota's version line on its title page is read.
    body = "".join(f"Punt {i} van uw aanvraag is ontvangen.\n" for i in range(1, 16))
    letter = ("Gemeente Zuid\n\nOnderwerp: uw aanvraag\n\nGeachte heer Mulder,\n\n" + body + "\n"
              "Met vriendelijke groet,\n\nteam Vergunningen\n\nSjabloon brief | Versie 4 - 1 januari 2020\n")
    assert describe(letter).doc_date is None


@pytest.mark.parametrize(("colophon", "value"), [
    # A study's colophon that prints only the year of its edition after the place.
    ("Colofon\n\nUitgave: Raad voor de leefomgeving\nDen Haag, 2024\nOntwerp: Studio Vorm", "2024"),
    ("Colofon\nUtrecht, 2023.", "2023"),
    # Near misses: a year without a place (a copyright line), a year inside a sentence of the colophon.
    ("Colofon\n\n© 2024 Raad voor de leefomgeving", None),
    ("Colofon\n\nDeze studie is in Den Haag, 2024 en 2025 geschreven.", None),
])
def test_a_colophon_with_a_place_and_a_year_dates_the_edition(colophon, value):
    text = "Ruimte voor water\n\n" + PROSE + "\n\n" + colophon + "\n"
    hit = reports.colophon_year(evidence((CleanPage.from_text(text),)))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(
    ("foot", "value", "rule"),
    [
        # The version's number in a cell of its own, its date in the next.
        ("Versie 2 | 5 maart 2024 | Onderzoek en Statistiek gemeente Groningen", "2024-03-05", "foot_version_date"),
        # A leaflet's publisher and month at its foot, parted by a middle dot or a bar.
        ("Ombudsman Metropool Amsterdam · april 2024 · Het volledige jaarverslag staat op de site", "2024-04",
         "foot_imprint"),
        ("GGD Twente | juni 2025", "2025-06", "foot_imprint"),
        # The place and month open the foot line, the publisher after them, under a line of small print.
        ("Peildatum cijfers: 31 december 2024. Bron: ProRail.\nUtrecht, maart 2025 | ProRail, afdeling Veiligheid | "
         "www.prorail.nl", "2025-03", "foot_imprint"),
    ],
)
def test_a_factsheets_foot_line_dates_it(foot, value, rule):
    ev = evidence((CleanPage.from_text(f"Factsheet armoede 2024\nPeildatum: 1 januari 2024\n\n{PROSE}\n\n{foot}\n"),))
    hit = reports.foot_version_date(ev) or reports.foot_imprint_date(ev)
    assert (hit.value, hit.rule) == (value, rule)


@pytest.mark.parametrize(
    "foot",
    [
        # Near misses: a label before the date, a sentence with a month in it, a version without a date.
        "Peildatum | 1 januari 2024",
        "Meer cijfers verschijnen in april 2025 op de site",
        "Versie 2 | Onderzoek en Statistiek",
        # A place-date line of the body, with no cells after it, is no imprint's.
        "Utrecht, maart 2025",
    ],
)
def test_a_foot_line_that_is_no_imprint_dates_no_factsheet(foot):
    page = CleanPage.from_text(f"Factsheet armoede 2024\n\n{PROSE}\n\n{foot}\n")
    ev = evidence((page,))
    assert reports.foot_imprint_date(ev) is None and reports.foot_version_date(ev) is None


@pytest.mark.parametrize(("note", "value"), [
    # A series' colophon on the page after the cover, under no heading: the place and the year of the edition.
    ("De reeks Notities omvat verslagen van onderzoek in opdracht van de stichting.\n© 2022 Stichting Veilig Wonen."
     "\nUtrecht, 2022", "2022"),
    # Near miss: the series number on the cover and a copyright line name no edition's place and year.
    ("De reeks Notities omvat verslagen van onderzoek in opdracht van de stichting.\n© 2022 Stichting Veilig Wonen.",
     None),
])
def test_the_page_after_a_cover_dates_a_study_by_its_place_and_year(note, value):
    cover = "Wonen boven winkels\nNotitie 2022-04\nA. de Groot\nStichting Veilig Wonen"
    pages = (CleanPage.from_text(cover, number=1), CleanPage.from_text(note + "\n\nSamenvatting\n" + PROSE, number=2))
    hit = reports.colophon_year(evidence(pages))
    assert (hit.value if hit else None) == value


def test_a_place_and_year_on_a_second_page_after_no_cover_is_no_edition():
    # Near miss: the first page is a page of text, not a cover; its second page's line is no colophon.
    first = "\n".join(["Wonen boven winkels", *(f"{i}. {PROSE}" for i in range(1, 16))])
    pages = (CleanPage.from_text(first, number=1), CleanPage.from_text("Utrecht, 2022\n\n" + PROSE, number=2))
    assert reports.colophon_year(evidence(pages)) is None


@pytest.mark.parametrize(("last_page", "value"), [
    # The closing under a foundation's accounts, the signers' names run on after it.
    ("Resultaat\t18.750\t43.030\nDe kascommissie heeft de jaarrekening op 3 april 2025 gecontroleerd.\n\nAldus opgemaakt "
     "door het bestuur te Oldenzaal op 24 april 2025. voorzitter secretaris penningmeester\nB.J. Kuipers M. ter Horst\n",
     "2025-04-24"),
    # Under its heading, an accountant's statement of a later day about the accounts in the small print after it.
    ("Ondertekening\nOpgemaakt door het bestuur te Assen op 12 mei 2025.\nH. Bosma, voorzitter\n\nVoor deze jaarrekening "
     "is een samenstellingsverklaring afgegeven door Noordbaak Accountants, gedateerd 20 mei 2025.\n", "2025-05-12"),
    # A colophon's sentence that names the report as its title does.
    ("Colofon\nStichting Ondernemersfonds Leeuwarden\nPostbus 7012, 8903 JA Leeuwarden\nDit jaarverslag is vastgesteld "
     "door het bestuur op 23 april 2024.\n", "2024-04-23"),
    # The board drew it up, its own supervisory organ or members approved it later: the last step dates it.
    ("Ondertekening\nAldus opgemaakt door het bestuur te Zwolle op 3 april 2025.\nP. de Vries, directeur-bestuurder\n\n"
     "Goedgekeurd door de raad van toezicht op 28 april 2025.\nM. Smit, voorzitter\n", "2025-04-28"),
    ("Opgemaakt door het bestuur te Tiel op 2 mei 2025.\n\nGoedgekeurd door de algemene ledenvergadering in haar "
     "vergadering van 19 juni 2025.\n", "2025-06-19"),
    # Near miss: a higher body's approval is no step of its own adoption.
    ("Opgemaakt door het bestuur te Tiel op 2 mei 2025.\n\nGoedgekeurd door Gedeputeerde Staten van Gelderland op "
     "1 juli 2025.\n", "2025-05-02"),
    # Near misses: a sentence on another plan; a closing whose date does not close it; the year reported on stays.
    ("Vooruitblik\nDit beleidsplan is door de raad vastgesteld op 12 maart 2024.\n", "2024"),
    ("Slot\nAldus opgemaakt door het bestuur op 24 april 2025 en na de zomer herzien.\n", "2024"),
])
def test_a_report_is_dated_by_the_adoption_it_states_on_its_last_page(last_page, value):
    # A first page of text, no cover: the page after it is no title page.
    first = "Jaarverslag 2024\nStichting Dierenopvang\n\nVan het bestuur\n" + "\n".join([PROSE] * 8) + "\n"
    info = describe(first, last_page)
    assert info.doc_date == value


@pytest.mark.parametrize(("end", "value"), [
    # A jury's or inspector's report signed at its end, its place and month or day under the signer.
    ("Namens de commissie,\nA. Bakker, voorzitter\n\nDeventer, oktober 2024\n", "2024-10"),
    ("De inspecteur,\n(P. de Wit)\nDeventer, 3 oktober 2024.\n", "2024-10-03"),
    # Near miss: a place-date line right after the body's text signs nothing.
    ("Deventer, oktober 2024\n", None),
    # Near miss: the line under the signer holds more than its place and date.
    ("Namens de commissie,\nA. Bakker, voorzitter\n\nDeventer, oktober 2024, in het stadhuis uitgereikt\n", None),
])
def test_a_report_is_dated_by_its_place_date_under_its_signer_at_its_end(end, value):
    text = "Juryrapport Cultuurprijs 2024\n\n" + PROSE + "\n\n" + end
    hit = reports.place_date_under_signer(evidence((CleanPage.from_text(text),)))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(("foot", "value"), [
    # The colophon's heading lost (run into the table above it by the text layer): its imprint field opens it.
    ("Uitgave: Gemeente Tilburg, team Onderzoek en Informatie\nTekst en analyse: drs. M. van den Heuvel\n"
     "Tilburg, april 2024", "2024-04"),
    # Near misses: an imprint field far above the page's foot, a month in the text with no imprint.
    ("Uitgave: Gemeente Tilburg\n" + "\n".join(["Dit is een regel van de tekst."] * 9) + "\nTilburg, april 2024", None),
    ("Tekst en analyse: drs. M. van den Heuvel\nTilburg, april 2024", None),
])
def test_a_colophon_without_its_heading_at_the_foot_of_the_last_page_dates_the_report(foot, value):
    text = "Veiligheidsmonitor 2023\n\n" + PROSE + "\n\n" + foot + "\n"
    hit = reports.colophon_section_date(evidence((CleanPage.from_text(text),)))
    assert (hit.value if hit else None) == value


def test_an_imprint_over_the_text_of_a_one_page_factsheet_opens_no_colophon():
    text = ("Feitenblad jeugdhulp\n\nUitgave: CBS en VNG, september 2024\n\nJongeren met jeugdhulp\n"
            "In het eerste halfjaar kregen 438.000 jongeren jeugdhulp, en de uitgaven stegen opnieuw.\n")
    assert reports.colophon_section_date(evidence((CleanPage.from_text(text),))) is None
