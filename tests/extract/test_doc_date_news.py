"""The own date of news items and press releases (pipeline.extract.doc_date_news): the story's opening under a saved
page's print line and the site's breadcrumb trail, a paper's masthead, a recent story's stamp relative to the print
day, and the meeting a release reports on as it ends."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract import doc_date_news as news
from pipeline.extract import doc_date_reports as reports
from pipeline.extract.document import describe_document, evidence
from pipeline.ingest import raw_document_from_text
from pipeline.records import CleanPage, RawPage
from pipeline.testing import load_test_module

documents = load_test_module(Path(__file__).resolve().parents[1] / "fixtures" / "documents.py")
joined_page = documents.joined_page

PROSE = ("De gemeenteraad van Zaltbommel stemde dinsdagavond in met de bouw van een nieuwe sporthal aan de Oude "
         "Waalweg. De kosten worden geraamd op 11 miljoen euro, zegt wethouder De Wit.")


def describe(text: str):
    page = CleanPage.from_text(text)
    return describe_document(raw_document_from_text(text), (page,), pipeline_version="test")


def test_a_papers_issue_date_joined_to_its_masthead_dates_the_article():
    printed = ["Zeeuws Nieuwsblad | Regio", "dinsdag 12 november 2024", "", "Raad stemt in met hogere ozb", "",
               "ZIERIKZEE - " + PROSE]
    hit = news.news_opening_date(evidence((joined_page(printed, {0}),)))
    assert hit is not None and hit.value == "2024-11-12"
    # Near miss: a date after other words on its printed line (an embargo) is none of the opening's own.
    embargo = ["PERSBERICHT", "Embargo tot dinsdag 12 november 2024, 10.00 uur", "", "Raad stemt in", "", PROSE]
    assert news.news_opening_date(evidence((joined_page(embargo, {0}),))) is None


@pytest.mark.parametrize(("first", "value"), [
    # The browser's print line: the time of printing, then the page's title, the headline below it.
    ("17-03-2025 10:02 | Raad wist al in 2021 van scheuren in brug | Stedendriehoek Nu", None),
    ("17 maart 2025 10:02 Raad wist al in 2021 van scheuren in brug - Stedendriehoek Nu", None),
    # Near miss: a date and time before another title than the headline is the site's own date line.
    ("17-03-2025 10:02 | Stedendriehoek Nu", "2025-03-17"),
])
def test_a_browsers_print_line_is_not_the_news_items_date(first, value):
    printed = [first, "Stedendriehoek Nu | Nieuws", "Raad wist al in 2021 van scheuren in brug",
               "Geplaatst: vr 14 mrt 2025, 17:05", "", PROSE]
    page = CleanPage.from_text("\n".join(printed))
    hit = news.news_opening_date(evidence((page,)))
    assert (hit.value if hit else None) == value
    assert reports.published_stamp_date(evidence((page,))).value == "2025-03-14"


# A saved page of a local news site: the browser's print line, the site's name and breadcrumb trail above the story.
SITE = ["15-05-2024, 09:12 Raad zegt ja tegen nieuwe sporthal aan de Oude Waalweg - Bommelerwaard Nu",
        "Bommelerwaard Nu", "Nieuws > Zaltbommel", "Sport", "Raad zegt ja tegen nieuwe sporthal aan de Oude Waalweg"]


@pytest.mark.parametrize(("byline", "value"), [
    ("Door Marloes van Dijk | 14 mei 2024, 22:40 | Bijgewerkt 15 mei 2024, 08:05", "2024-05-14"),
    # A site's two-digit year, with the time of posting.
    ("Door Marloes van Dijk | 14-05-'24, 22:40", "2024-05-14"),
    # Near miss: a byline without a date; the print line above it dates the printing only.
    ("Door Marloes van Dijk | 3 minuten leestijd", None),
])
def test_a_byline_under_a_sites_print_line_and_breadcrumb_trail_dates_the_story(byline, value):
    page = CleanPage.from_text("\n\n".join([*SITE, byline, PROSE]) + "\n")
    hit = news.news_opening_date(evidence((page,)))
    assert (hit.value if hit else None) == value


def test_a_byline_far_below_the_opening_of_a_page_without_print_line_is_part_of_the_story():
    lines = ["Bommelerwaard Nu", "Sport", "Raad zegt ja tegen nieuwe sporthal", "Ook de jeugd krijgt een veld",
             "Door Marloes van Dijk | 14 mei 2024", PROSE]
    assert news.news_opening_date(evidence((CleanPage.from_text("\n\n".join(lines) + "\n"),))) is None


@pytest.mark.parametrize(("stamp", "value"), [
    ("Vandaag, 10:15 • Aangepast vandaag, 11:02", "2024-05-15"),
    ("Gisteren om 18:30", "2024-05-14"),
    # A social site's post: the writer's name and the stamp in cells, an age, a day without its year (a site drops
    # the current year; a day after the printing was last year's); a scan reads the dot as a spaced dash.
    ("Anne de Wit  ·  Gisteren om 16:40", "2024-05-14"),
    ("3 d  •  Bewerkt  •", "2024-05-12"),
    # A scan reads the dot between the age and the edited mark as another mark, or as a letter run onto the unit.
    ("3 d * Bewerkt", "2024-05-12"),
    ("2 de Bewerkt", "2024-05-13"),
    ("1 w", "2024-05-08"),
    ("3 dagen geleden", "2024-05-12"),
    # An age in hours or minutes counts back from the print line's clock time (09:12), across midnight.
    ("11 u  ·  Openbaar", "2024-05-14"),
    ("8 u", "2024-05-15"),
    ("35 min", "2024-05-15"),
    # Near miss: a clock time in a sentence is no age.
    ("11 uur vergadert de raad over de sporthal.", None),
    ("28 april om 19:05  ·  Openbaar", "2024-04-28"),
    ("_28 augustus om 19:05 - Bl", "2023-08-28"),
    # Near misses: a change is not the publication; a sentence about today names no stamp; a day without a time
    # or a count of days in a sentence is no post's stamp.
    ("Aangepast vandaag, 11:02", None),
    ("Vandaag opent de wethouder de sporthal.", None),
    ("28 april", None),
    ("3 dagen per week open", None),
    # Near miss: a count of days run into an ordinal without the edited mark is no stamp.
    ("3 de week", None),
])
def test_a_recent_storys_stamp_is_read_against_the_day_of_the_print_line(stamp, value):
    page = CleanPage.from_text("\n\n".join([*SITE[:3], SITE[4], stamp, PROSE]) + "\n")
    hit = news.relative_stamp_date(evidence((page,)))
    assert (hit.value if hit else None) == value


def test_a_relative_stamp_without_a_print_line_has_no_anchor():
    page = CleanPage.from_text("\n\n".join([SITE[1], SITE[4], "Vandaag, 10:15", PROSE]) + "\n")
    assert news.relative_stamp_date(evidence((page,))) is None


# A page of an intranet printed from the browser: the title in the print line is the site's, not the headline; the
# page's foot prints the site's address, which makes the top line the time of printing.
INTRANET = ["16-10-2024 12:05   Plein - Intranet Provincie Zeeland", "Plein | Nieuws | Organisatie | Smoelenboek",
            "Team Vergunningen verhuist naar de derde verdieping", "Geplaatst door Communicatie op ma 14 okt 2024 - 10:32",
            PROSE]
FOOT = "https://plein.zeeland.local/nieuws/team-vergunningen-verhuist   1/1"


def test_a_print_line_over_a_page_whose_foot_prints_the_sites_address_is_the_time_of_printing():
    page = CleanPage.from_text("\n\n".join([*INTRANET, FOOT]) + "\n")
    assert [ln.text for ln in news.story_opening(evidence((page,)))][:2] == INTRANET[2:4]
    # The byline with an abbreviated weekday dates the item.
    assert news.news_opening_date(evidence((page,))).value == "2024-10-14"
    # Near miss: without the site's address at the foot, a date and time over another title is the page's own
    # line, and it anchors no relative stamp.
    posted = [INTRANET[0], INTRANET[2], "Communicatie  ·  Gisteren om 16:40", PROSE]
    assert news.relative_stamp_date(evidence((CleanPage.from_text("\n\n".join(posted) + "\n"),))) is None
    dated = CleanPage.from_text("\n\n".join([*posted, FOOT]) + "\n")
    assert news.relative_stamp_date(evidence((dated,))).value == "2024-10-15"


def test_a_sites_menu_bar_and_an_archives_banner_are_not_the_storys_opening():
    lines = ["21-03-2024 11:12   Gemeente Almelo - Nieuws",
             "INTERNET ARCHIVE Wayback Machine http://www.almelo.nl/nieuws/strooien.html 14 captures",
             "Gemeente Almelo", "Home | Nieuws | Wonen | Bestuur | Contact", "Nieuws", "9 januari 2003",
             "Gemeente strooit ook fietspaden", PROSE, "https://web.archive.org/web/20030114093212/http://www.almelo.nl/ 1/1"]
    page = CleanPage.from_text("\n\n".join(lines) + "\n")
    assert news.news_opening_date(evidence((page,))).value == "2003-01-09"
    # Near miss: cells that hold a date are no menu: the story's own line.
    dated = [lines[0], "Nieuws | 9 januari 2003 | Sport", "Gemeente strooit ook fietspaden", PROSE, lines[-1]]
    assert news.news_opening_date(evidence((CleanPage.from_text("\n\n".join(dated) + "\n"),))).value == "2003-01-09"


@pytest.mark.parametrize(("lines", "value"), [
    (["EMBARGO TOT", "DINSDAG 15 OKTOBER 2024, 10.00 UUR", "Persbericht"], None),
    (["Persbericht", "Embargo tot | dinsdag 15 oktober 2024"], None),
    # Near miss: the same date without the embargo's label is the release's own.
    (["DINSDAG 15 OKTOBER 2024, 10.00 UUR", "Persbericht"], "2024-10-15"),
])
def test_an_embargos_date_is_not_the_releases_own(lines, value):
    text = "\n".join(["Rekenkamer Oost-Nederland", *lines]) + "\n\nRaad krijgt rapport\n\n" + PROSE + "\n"
    page = CleanPage.from_text(text)
    hit = news.news_opening_date(evidence((page,)))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(("time_line", "value"), [
    ("10:32 a.m. · 3 jul. 2024 · 48,2K weergaven", "2024-07-03"),
    # A scan reads the dots as spaced dashes.
    ("10:32 a.m. - 3 jul. 2024 - 48,2K weergaven", "2024-07-03"),
    # Near misses: a time line without a day; a programme's time and item.
    ("10:32 a.m. · 48,2K weergaven", None),
    ("19:30 | Opening door de wethouder", None),
])
def test_a_posts_time_line_under_the_post_dates_it_not_the_replies(time_line, value):
    lines = ["Veiligheidsregio Utrecht", "@VRUtrecht", PROSE, time_line, "212 reposts   404 vind-ik-leuks", "Reacties",
             "Nieuwegein Nieuws @NwgnNieuws · 4 jul. 2024", "Ook in IJsselstein is de rook te ruiken."]
    hit = news.post_time_date(evidence((CleanPage.from_text("\n".join(lines) + "\n"),)))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(("heading", "value"), [
    ("MEDEDELINGEN AAN DE PERS NA AFLOOP VAN DE MINISTERRAAD VAN VRIJDAG 14 MAART 1980", "1980-03-14"),
    ("Persverklaring na afloop van het Catshuisoverleg van 3 juni 2021", "2021-06-03"),
    # The body whose meeting it was between the meeting and its day.
    ("uitgegeven na afloop van de vergadering van het algemeen bestuur van woensdag 11 december 2024", "2024-12-11"),
    # Near miss: a meeting named without its day gives none (the body's name holds no date).
    ("uitgegeven na afloop van de vergadering van het algemeen bestuur van het waterschap", None),
    # The meeting named by its body after 'van': the date stands after the last 'van'.
    ("Mededelingen na afloop van de vergadering van Gedeputeerde Staten van dinsdag 14 januari 1992", "1992-01-14"),
    # Near miss: a body's name with no date after it.
    ("Mededelingen na afloop van de vergadering van Gedeputeerde Staten van Zuid-Holland", None),
    # Near miss: a meeting still to come is never the release's date.
    ("Agenda van de ministerraad van vrijdag 14 maart 1980", None),
    # The day after 'op', behind a long name of the body whose meeting it was.
    ("Dit bericht gaat uit na afloop van de extra vergadering van het dagelijks bestuur van Hoogheemraadschap de "
     "Stichtse Rijnlanden op woensdag 3 juli 2024.", "2024-07-03"),
    ("Verstuurd na afloop van het bestuurlijk overleg van de gemeenten in de regio Rivierenland op 9 april 2025",
     "2025-04-09"),
    # Near miss: 'op' before a place, not a day: no date follows.
    ("Verstuurd na afloop van het bestuurlijk overleg van de gemeenten in de regio op het provinciehuis", None),
])
def test_a_release_issued_as_the_meeting_it_reports_on_ends_is_dated_by_it(heading, value):
    info = describe(f"RIJKSVOORLICHTINGSDIENST\n\nPERSBERICHT\n\n{heading}\n\n1. Benoemingen\n"
                    "De ministerraad heeft ingestemd met de benoeming van drie leden van de Raad van State.\n")
    assert (info.doc_type, info.doc_date) == ("nieuws", value)


@pytest.mark.parametrize(("stamp", "value"), [
    ("LEEUWARDER COURANT 14 APR. 1971", "1971-04-14"),
    ("NIEUWSBLAD VAN HET NOORDEN 2 MAART 1968", "1968-03-02"),
    # Near miss: a headline in capitals that ends with the day of its event names no paper.
    ("OPENING RAADHUIS 17 SEPTEMBER 1965", None),
    # A stamp with a two-digit year; near miss: the same figures in a headline that names no paper.
    ("LEEUWARDER COURANT 3-11-82", "1982-11-03"),
    ("NIEUWSBLAD VAN HET NOORDEN 21-06-74", "1974-06-21"),
    ("OPENING RAADHUIS 17-09-65", None),
])
def test_a_clipping_is_dated_by_the_paper_stamp_on_its_archive_sheet(stamp, value):
    text = f"Archief gemeente Olst - knipsels\n{stamp}\nRaadhuis geopend\n\n" + PROSE + "\n"
    hit = news.news_opening_date(evidence((CleanPage.from_text(text),)))
    assert (hit.value if hit and hit.rule == "news_paper_stamp" else None) == value


@pytest.mark.parametrize(("first", "second", "value"), [
    # OCR breaks a slanting stamp over two lines with the headline between, a speck before its paper word.
    ("__LEEUWARDER", "Ten COURANT 14 APR. 1971", "1971-04-14"),
    ("NIEUWE ROTTERDAMSE", "COURANT 3 MEI 1958", "1958-05-03"),
    # Near misses: no first part of the name above; the paper named in a sentence.
    ("Raadhuis geopend", "Ten COURANT 14 APR. 1971", None),
    ("__LEEUWARDER", "Volgens de krant van de gemeente COURANT 14 APR. 1971", None),
])
def test_a_paper_stamp_broken_over_two_lines_around_the_headline_dates_the_clipping(first, second, value):
    text = f"Gemeente Olst - knipselcollectie\n{first}\nRaadhuis niet naar Wijhe\n{second}\n\n" + PROSE + "\n"
    hit = news.news_opening_date(evidence((CleanPage.from_text(text),)))
    assert (hit.value if hit and hit.rule == "news_paper_stamp" else None) == value


@pytest.mark.parametrize(("stamp", "value"), [
    # A clipping service's stamp over two lines: its name, then the paper's initials and the issue's date.
    ("KNIPSELDIENST PROV. GRIFFIE\nDRENTHE NRC 3 MEI 1977", "1977-05-03"),
    ("PERSKNIPSEL GEMEENTE ASSEN\nTC 12 OKT. 1982", "1982-10-12"),
    # Near misses: the second line under a headline in capitals, and a sentence under the service's name.
    ("OPENING RAADHUIS\nDRENTHE NRC 3 MEI 1977", None),
    ("KNIPSELDIENST PROV. GRIFFIE\nHet gemaal is geopend op 3 mei 1977.", None),
    # A stamp set beside the headline: its second line read onto the headline's, its capitals closing it.
    ("LEEUWARDER COURANT KNIPSELDIENST PROV.\nBrug bij Burgum dicht FRIESLAND 17 JAN. 1984", "1984-01-17"),
    # Near miss: a sentence closing on a date in capitals names no place or paper before it.
    ("KNIPSELDIENST PROV. GRIFFIE\nHet gemaal is geopend op 3 MEI 1977", None),
    # A long stamp in a box of three lines beside the headline and its subhead, read in turn with them.
    ("KNIPSELDIENST RWS DIRECTIE\nSchip loopt vast bij Tiel\nOOST-NEDERLAND DE\nScheepvaart uren gestremd door lage "
     "waterstand GELDERLANDER 22 OKT 1994", "1994-10-22"),
    ("Schip loopt vast bij Tiel KNIPSELDIENST RWS DIRECTIE OOST-NEDERLAND DE\nScheepvaart gestremd GELDERLANDER 22 "
     "OKT 1994", "1994-10-22"),
    # Near miss: the story's first sentence ends the head before a date in capitals further on.
    ("KNIPSELDIENST RWS DIRECTIE\nHet schip liep gisteren vast bij Tiel.\nOOST-NEDERLAND DE\nScheepvaart gestremd "
     "GELDERLANDER 22 OKT 1994", None),
])
def test_a_clipping_services_stamp_over_two_lines_dates_the_clipping(stamp, value):
    text = f"{stamp}\nRaadhuis geopend\n\n" + PROSE + "\n"
    hit = news.news_opening_date(evidence((CleanPage.from_text(text),)))
    assert (hit.value if hit and hit.rule == "news_clipping_stamp" else None) == value


OVERVIEW = (
    "18-11-2024 09:33 Nieuws | Gemeente Oss\n\nHome > Nieuws\nNieuws\n\n"
    "Nieuwe speeltuin in Ussen\n15 november 2024 — De speeltuin aan de Kantsingel is klaar.\n"
    "Raad stemt in met begroting\n12 november 2024 — De raad heeft de begroting 2025 vastgesteld.\n"
    "Afvalkalender 2025 online\n8 november 2024 — De kalender staat in de app.\n"
    "\nhttps://www.oss.nl/nieuws 1/1\n"
)


def test_a_sites_news_overview_of_teasers_has_no_date():
    assert news.news_overview(evidence((CleanPage.from_text(OVERVIEW),)))
    assert describe(OVERVIEW).doc_date is None


def test_a_printed_news_item_with_one_dateline_is_no_overview():
    item = ("18-11-2024 09:33 Nieuwe speeltuin in Ussen | Gemeente Oss\n\nHome > Nieuws\nNieuwe speeltuin in Ussen\n"
            "15 november 2024 — " + PROSE + "\n\nhttps://www.oss.nl/nieuws/speeltuin 1/1\n")
    assert not news.news_overview(evidence((CleanPage.from_text(item),)))


ISSUE_PROSE = "In de wijk Noord zijn de nieuwe wijkteams deze maand van start gegaan."


@pytest.mark.parametrize(("line", "value"), [
    ("Jaargang 5, nr. 2 – juni 1992", "1992-06"),
    ("Nummer 3 | maart 2024", "2024-03"),
    ("Editie 14 oktober 2023", None),
    # A scan drops the cells' bars: the figure after the number's label is the issue's, not a day.
    ("7e jaargang no. 4 april 1976", "1976-04"),
    ("Jaargang 12 nummer 3 maart 1988", "1988-03"),
    # A stencilled paper goes on after the month behind a dash.
    ("6e jaargang — no. 4 — april 1968 — verschijnt maandelijks — redactie: kamer 214", "1968-04"),
    # Near miss: a dash behind a year that is no month's.
    ("Nummer 12 van het jaar 2023 — verschijnt maandelijks", None),
    # Near miss: a line that opens with a number names a year of something else, or a period.
    ("Nummer 12 van het jaar 2023", None),
    ("Uitgave van de gemeente, periode januari – maart 2024", None),
    # A masthead's line that names its issue sets its cells apart by spaced dashes, and may date it by the day.
    ("Personeelsblad van de gemeente Arnhem - 14e jaargang - nummer 6 - juni 1986", "1986-06"),
    ("Uitgave van de provincie Drenthe  -  jaargang 12, nummer 4  -  april 1989", "1989-04"),
    ("Nieuwsbrief  -  editie 5  -  woensdag 2 februari 2022", "2022-02-02"),
    # Near miss: without an issue word a dashed line's day is no issue's; a date within a cell is none.
    ("Gemeente Meppel  -  woensdag 2 februari 2022", None),
    ("Nummer 6  -  verschenen op 2 februari 2022", None),
])
def test_a_newsletters_issue_line(line, value):
    text = "Nieuwsbrief Sociaal Domein\n" + line + "\n\nWijkteams van start\n" + ISSUE_PROSE + "\n"
    hit = news.issue_month(evidence((CleanPage.from_text(text),)))
    assert (hit.value if hit else None) == value


def test_an_issue_line_the_clean_stage_joined_to_the_heading_under_it_is_read_as_printed():
    raw = "PROVINCIAAL NIEUWS\nUitgave van de provincie Drenthe - jaargang 12, nummer 4 - april 1989\nStaten beslissen\n"
    text = raw.replace("1989\nStaten", "1989 Staten")
    page = CleanPage(number=1, text=text, raw=RawPage(number=1, text=raw, method="pdf"),
                     raw_offsets=tuple(range(len(text) + 1)))
    assert news.issue_month(evidence((page,))).value == "1989-04"


@pytest.mark.parametrize(("line", "periodical"), [
    ("Personeelsblad van de gemeente Arnhem - 14e jaargang - nummer 6 - juni 1986", True),
    # Near misses: a gazette numbers its issues but dates them by the day; a month in cells without an issue word.
    ("Provinciaal blad - nr. 12345 - 19 september 2024", False),
    ("Rapport | maart 2024", False),
])
def test_a_periodicals_masthead_prints_an_issue_line_dated_by_its_month(line, periodical):
    text = "BINNENWERK\n" + line + "\n\nAfscheid van de secretaris\n" + ISSUE_PROSE + "\n"
    assert news.periodical_issue(evidence((CleanPage.from_text(text),))) is periodical


@pytest.mark.parametrize(("masthead", "line", "periodical"), [
    # A news sheet that calls itself so may date its issue by the day or by the year alone.
    ("Raadsnieuws", "Nieuwsbrief van de griffie van de gemeente Epe | Editie 9 | dinsdag 4 maart 2025", True),
    ("GEMEENTENIEUWS EPE", "Officiële mededelingen van het gemeentebestuur - week 40 - woensdag 3 oktober 1984", True),
    ("MEDEDELINGEN VAN HET GEMEENTEBESTUUR VAN EPE", "Nr. 7 - 1971", True),
    # The information office's stencilled bulletin names itself so, its issue dated by the day.
    ("INFORMATIEBULLETIN", "Uitgave van de afdeling Voorlichting - No. 9 - 12 mei 1976", True),
    ("Voorlichtingsbulletin van de gemeente Epe", "Nr. 3 - 1974", True),
    # Near misses: a gazette's masthead dated by the day; a masthead that names no news sheet with a year alone.
    ("PROVINCIAAL BLAD", "Provinciaal blad - nr. 12345 - 19 september 2024", False),
    ("Jaarverslag van de bibliotheek", "Nr. 7 - 1971", False),
    # Near miss: a bulletin of figures names no news sheet.
    ("Marktbulletin veemarkt Epe", "Nr. 7 - 1971", False),
])
def test_a_news_sheet_named_in_its_masthead_dates_its_issue_by_the_day_or_the_year(masthead, line, periodical):
    text = masthead + "\n" + line + "\n\nAfscheid van de secretaris\n" + ISSUE_PROSE + "\n"
    assert news.periodical_issue(evidence((CleanPage.from_text(text),))) is periodical


@pytest.mark.parametrize(("line", "value"), [
    ("Nr. 7 - 1971", "1971"),
    # A scan may close up the dash.
    ("Nr. 7-1971 huis-aan-huis verspreid in Epe en Vaassen", "1971"),
    ("Nieuwsbrief van het Ondernemersloket | Zomer 2024", "2024"),
    # A quarterly's season behind a spaced dash, with no issue word on the line.
    ("Energiecoöperatie Epe Zon U.A. — Najaar 2024", "2024"),
    ("Vereniging Dorpsbelang Emst - Winter 2023", "2023"),
    # Cells set apart by middle dots: the publisher, the issue's number, its season.
    ("Nieuwsbrief van de Milieudienst · Nummer 2 · Voorjaar 2025", "2025"),
    ("Nieuwsbrief van de Milieudienst • Nummer 2 • april 2025", "2025-04"),
    # Near misses: a season inside a longer cell (a plan's name), a number that is no year.
    ("Nieuwsbrief van de Milieudienst · Nummer 2 · Voorjaarsnota 2025", None),
    ("Nieuwsbrief | Voorjaarsnota 2024 vastgesteld", None),
    ("Energiecoöperatie Epe Zon U.A. — Najaar 2024 zonnepanelen op het dak", None),
    ("Nr. 7 - 19715", None),
    # A weekly's page numbered by the week, its year behind a middle dot: a week names no month, so the year.
    ("Week 12 · 2022", "2022"),
    ("Week 3 • 1998", "1998"),
])
def test_an_issue_dated_by_its_number_in_the_year_or_its_season_gives_the_year(line, value):
    text = "Nieuwsbrief Sociaal Domein\n" + line + "\n\nWijkteams van start\n" + ISSUE_PROSE + "\n"
    hit = news.issue_month(evidence((CleanPage.from_text(text),)))
    assert (hit.value if hit else None) == value


def test_a_clipping_is_dated_by_the_papers_issue_before_the_clipping_services_stamp():
    text = ("LEEUWARDER COURANT   DONDERDAG 14 OKTOBER 1982   BINNENLAND 5\nKNIPSELDIENST MIN. V. EZ 15 OKT. 1982\n"
            "Kamer wil duidelijkheid\n\n" + PROSE + "\n")
    assert news.news_opening_date(evidence((CleanPage.from_text(text),))).value == "1982-10-14"
    # Without the paper's issue date the stamp dates it.
    stamped = "De Veluwepost - pagina 3\nKNIPSELDIENST GEM. EPE 15 OKT. 1982\nKamer wil duidelijkheid\n\n" + PROSE + "\n"
    hit = news.news_opening_date(evidence((CleanPage.from_text(stamped),)))
    assert (hit.value, hit.rule) == ("1982-10-15", "news_clipping_stamp")


def _placed(path, rows) -> CleanPage:
    from pipeline.clean import clean_page
    from pipeline.ingest import read_document

    documents.placed_pdf(path, [rows], size=9)
    return clean_page(read_document(path, source=str(path)).pages[0])


@pytest.mark.parametrize(("cells", "value"), [
    # An issue line printed as cells, which the text joins with spaces, more words after the month's cell.
    (["Nummer 2", "juni 2024", "voor deelnemers aan het beheer"], "2024-06"),
    (["Nummer 4", "oktober 2025"], "2025-10"),
    # Near miss: a first cell that is no issue's number; a month within a longer cell.
    (["Gemeente Horst", "juni 2024", "voor deelnemers aan het beheer"], None),
    (["Nummer 2", "sinds juni 2024 elke maand", "voor deelnemers"], None),
])
def test_a_newsletters_issue_line_printed_as_cells(tmp_path, cells, value):
    rows = [(72, 90, "Nieuwsbrief Agrarisch Collectief"), *((72 + 150 * i, 110, c) for i, c in enumerate(cells)),
            (72, 140, "Schouw akkerranden"), (72, 155, ISSUE_PROSE)]
    hit = news.issue_month(evidence((_placed(tmp_path / "n.pdf", rows),)))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(("dateline", "value"), [
    # A press release's place-date line with its number behind it.
    ("Terneuzen, 8 april 2024 · nr. 2024-031", "2024-04-08"),
    ("Maastricht, 19 augustus 1988 Nr. 88/143", "1988-08-19"),
    # Near miss: words of the story after the date make it no dateline.
    ("Terneuzen, 8 april 2024 · nieuwe cijfers over 2023 gepubliceerd", None),
])
def test_a_press_releases_dateline_with_its_number_behind_it(dateline, value):
    text = f"Gemeente Terneuzen\n\nPERSBERICHT\n{dateline}\n\nStadhuis beperkt open\n{PROSE}\n"
    hit = news.news_head_date(evidence((CleanPage.from_text(text),)))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(("printed", "value"), [
    # A social site's tab title opens with the count of unread notifications and names the page that posted.
    ("26-04-2025 08:31   (1) Gemeente Deventer | Facebook", "2025-04-24"),
    ("26-04-2025 08:31   Gemeente Deventer | Facebook", "2025-04-24"),
    # Near miss: a title that names another page than the one over the post is no print line of it.
    ("26-04-2025 08:31   (1) Gemeente Zwolle | Facebook", None),
    # X titles the page by the account's name and handle, the site's name after a slash.
    ("26-04-2025 08:31   Gemeente Deventer (@gem_deventer) / X", "2025-04-24"),
    ("26-04-2025 08:31   Gemeente Deventer (@gem_deventer) / Twitter", "2025-04-24"),
    # Near miss: another account's handle and name.
    ("26-04-2025 08:31   Gemeente Zwolle (@gemeentezwolle) / X", None),
])
def test_a_social_posts_print_line_titled_by_the_page_that_posted_anchors_its_age(printed, value):
    post = [printed, "Gemeente Deventer", "2 d · Openbaar", "Zaterdag is het Koningsdag! Kom naar de vrijmarkt.",
            "412 vind-ik-leuks · 58 reacties"]
    hit = news.relative_stamp_date(evidence((CleanPage.from_text("\n\n".join(post) + "\n"),)))
    assert (hit.value if hit else None) == value
