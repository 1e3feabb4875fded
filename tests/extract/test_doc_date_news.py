"""The own date of news items and press releases (pipeline.extract.doc_date_news): the story's opening under a saved
page's print line and the site's breadcrumb trail, a paper's masthead, a recent story's stamp relative to the print
day, and the meeting a release reports on as it ends."""

from __future__ import annotations

import pytest

from pipeline.extract import doc_date_news as news
from pipeline.extract import doc_date_reports as reports
from pipeline.extract.document import describe_document, evidence
from pipeline.ingest import raw_document_from_text
from pipeline.records import CleanPage, RawPage

PROSE = ("De gemeenteraad van Zaltbommel stemde dinsdagavond in met de bouw van een nieuwe sporthal aan de Oude "
         "Waalweg. De kosten worden geraamd op 11 miljoen euro, zegt wethouder De Wit.")


def describe(text: str):
    page = CleanPage.from_text(text)
    return describe_document(raw_document_from_text(text), (page,), pipeline_version="test")


def joined_page(printed: list[str], joined: set[int], number: int = 1) -> CleanPage:
    """A page printed as ``printed`` whose clean text joined the line breaks after the lines numbered in
    ``joined`` with a space, as the clean stage joins short lines into a paragraph."""
    raw = "\n".join(printed)
    breaks = {i for k, i in enumerate(i for i, c in enumerate(raw) if c == "\n") if k in joined}
    text = "".join(" " if i in breaks else c for i, c in enumerate(raw))
    return CleanPage(number=number, text=text, raw=RawPage(number=number, text=raw, method="pdf"),
                     raw_offsets=tuple(range(len(text) + 1)))


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
    # Near misses: a change is not the publication; a sentence about today names no stamp.
    ("Aangepast vandaag, 11:02", None),
    ("Vandaag opent de wethouder de sporthal.", None),
])
def test_a_recent_storys_stamp_is_read_against_the_day_of_the_print_line(stamp, value):
    page = CleanPage.from_text("\n\n".join([*SITE[:3], SITE[4], stamp, PROSE]) + "\n")
    hit = news.relative_stamp_date(evidence((page,)))
    assert (hit.value if hit else None) == value


def test_a_relative_stamp_without_a_print_line_has_no_anchor():
    page = CleanPage.from_text("\n\n".join([SITE[1], SITE[4], "Vandaag, 10:15", PROSE]) + "\n")
    assert news.relative_stamp_date(evidence((page,))) is None


@pytest.mark.parametrize(("heading", "value"), [
    ("MEDEDELINGEN AAN DE PERS NA AFLOOP VAN DE MINISTERRAAD VAN VRIJDAG 14 MAART 1980", "1980-03-14"),
    ("Persverklaring na afloop van het Catshuisoverleg van 3 juni 2021", "2021-06-03"),
    # Near miss: a meeting still to come is never the release's date.
    ("Agenda van de ministerraad van vrijdag 14 maart 1980", None),
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
])
def test_a_clipping_is_dated_by_the_paper_stamp_on_its_archive_sheet(stamp, value):
    text = f"Archief gemeente Olst - knipsels\n{stamp}\nRaadhuis geopend\n\n" + PROSE + "\n"
    hit = news.news_opening_date(evidence((CleanPage.from_text(text),)))
    assert (hit.value if hit and hit.rule == "news_paper_stamp" else None) == value


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
