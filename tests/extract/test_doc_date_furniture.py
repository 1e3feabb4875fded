"""A report's own date in the footer printed on every page (``pipeline/extract/doc_date_furniture.py``)."""

from __future__ import annotations

import pytest

from pipeline.extract.doc_date import document_date
from pipeline.extract.doc_date_furniture import (
    furniture_version_date,
    imprint_date,
    imprint_sentence_date,
    running_head_date,
)
from pipeline.extract.document import evidence
from pipeline.records import CleanPage, RawPage

BUDGET = ("Begroting 2026\n\nRegionale Uitvoeringsdienst Drenthe\n\nVoorwoord\nVoor u ligt de begroting 2026. De "
          "bijdragen van de gemeenten stijgen met de afgesproken indexatie.\n")


def _ev(furniture: tuple[str, ...]):
    page = CleanPage(number=1, text=BUDGET, raw=RawPage(number=1, text=BUDGET, method="pdf", furniture=furniture),
                     raw_offsets=tuple(range(len(BUDGET) + 1)))
    return evidence((page,))


@pytest.mark.parametrize(("footer", "value"), [
    ("Begroting 2026 | versie 2.0 | 02-04-2025 | pagina 1", "2025-04-02"),
    ("Begroting 2026 - Conceptversie 3, 14 maart 2025 - pagina 1 van 12", "2025-03-14"),
    # Near miss: a date in the footer that is no version's (the meeting it goes to, a print date).
    ("Begroting 2026 | behandeling AB 1 juli 2025 | pagina 1", None),
    ("Versie 2.0 | Geprint op 02-04-2025 | pagina 1", None),
    # A draft's label dates it, the version after the date (an unsigned draft agreement: CONVENTIONS-space).
    ("CONCEPT d.d. 11 januari 2024 (versie 3) - vertrouwelijk - niet voor verspreiding", "2024-01-11"),
    ("Concept van 3 maart 2025 | pagina 1", "2025-03-03"),
    # Near miss: a draft's label with no date after it, the date further on being another's.
    ("CONCEPT - vertrouwelijk - besproken in het overleg van 11 januari 2024", None),
])
def test_a_version_line_in_the_footer_dates_a_budget(footer, value):
    hit = furniture_version_date(_ev((footer,)))
    assert (hit.value if hit else None) == value
    if value:
        hit = document_date(_ev((footer,)), "jaarverslag", "begroting")
        assert (hit.value, hit.rule, hit.start) == (value, "version_furniture", -1)


SCHEDULE = ("Werkbezoek Staatssecretaris\n\nwoensdag 8 oktober 2025 - gemeente Oss\n\n| Tijd | Onderdeel | Locatie\n"
            "| 10.00 | Ontvangst door de burgemeester | Stadhuis\n| 11.15 | Rondleiding bedrijventerrein | Elzenburg\n")


@pytest.mark.parametrize(("footer", "value"), [
    # A schedule of a visit with no date of its own but the version in the footer of each page: that version's day,
    # not the visit's under its title.
    ("Programma werkbezoek 8 oktober 2025 · Versie 3 – 24 september 2025 · pagina 1 van 1", "2025-09-24"),
    ("Werkbezoek Oss | versie 2.1 | 19-09-2025", "2025-09-19"),
    # Near miss: a footer without a version prints no date of the schedule's own.
    ("Programma werkbezoek 8 oktober 2025 · pagina 1 van 1", None),
])
def test_a_version_line_in_the_footer_dates_a_document_of_no_kind(footer, value):
    page = CleanPage(number=1, text=SCHEDULE, raw=RawPage(number=1, text=SCHEDULE, method="pdf", furniture=(footer,)),
                     raw_offsets=tuple(range(len(SCHEDULE) + 1)))
    hit = document_date(evidence((page,)), "overig", "overig")
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(("header", "value"), [
    # A report's title and date in the head of every page: an extract of the report is dated by it.
    ("Eindrapport Evaluatie Wijkteams Leeuwarden | 14 november 2024", "2024-11-14"),
    ("Verkenning regionale samenwerking | 3 maart 2025", "2025-03-03"),
    # Near misses: a browser's print line with its time, a footer's label and figures, a date that is no cell.
    ("12-02-2025 14:03 | Dashboard woningbouw | Provincie Utrecht", None),
    ("Kenmerk Z-24-118 | 14 november 2024", None),
    ("Eindrapport vastgesteld op 14 november 2024", None),
])
def test_a_running_head_with_a_title_and_its_date_dates_the_report(header, value):
    hit = running_head_date(_ev((header,)))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(("foot", "value"), [
    # A leaflet's imprint at its foot, also with the sources' line run on after it.
    ("Uitgave: gemeente Tilburg, Onderzoek & Statistiek, februari 2025.", "2025-02"),
    ("Een uitgave van de provincie Drenthe, 12 maart 2024. Bronnen: CBS.", "2024-03-12"),
    # Near misses: an imprint without a date, a date inside its sentence, a sentence about an edition.
    ("Uitgave: gemeente Tilburg, Onderzoek & Statistiek.", None),
    ("Uitgave: gemeente Tilburg, gedrukt in februari 2025 bij Drukkerij West.", None),
    ("De uitgave van de factsheet volgt in februari 2025.", None),
    # The imprint in a sentence of its own, its place and date closing it in the next ('Bilthoven, september 2025.').
    ("Dit is een uitgave van het RIVM, in opdracht van VWS. Bilthoven, september 2025. Aan deze folder kunnen geen "
     "rechten worden ontleend.", "2025-09"),
    ("Deze folder is een uitgave van GGD Hollands Noorden. Alkmaar, 3 oktober 2024.", "2024-10-03"),
    # Near misses: the next sentence says more than a place and date; a place-date sentence after no imprint.
    ("Dit is een uitgave van het RIVM. Bilthoven, september 2025 en later herzien.", None),
    ("De griepprik is gratis. Bilthoven, september 2025.", None),
    # The sources' line run into it from before: the imprint opens a sentence of the line.
    ("Bron: DUO, peildatum 1 oktober 2024. Uitgave: RMC Rijk van Nijmegen, februari 2025. Aan deze uitgave kunnen "
     "geen rechten worden ontleend.", "2025-02"),
    # Near miss: the word inside a sentence of the sources, no imprint opening one.
    ("Bron: CBS, uitgave Kerncijfers wijken, 1 januari 2025.", None),
    # The publisher, the month and a disclaimer parted by spaced dashes.
    ("Uitgave: gemeente Tilburg, team Openbare Ruimte - februari 2025 - Aan deze factsheet kunnen geen rechten worden "
     "ontleend.", "2025-02"),
    ("Uitgave: GGD Brabant-Zuidoost – 3 maart 2025", "2025-03-03"),
    # Near misses: a dash inside a word or a range; a date that opens a phrase of the field.
    ("Uitgave: gemeente Tilburg, team Openbare Ruimte - februari 2025 bijgewerkt - Aan deze factsheet kunnen geen "
     "rechten worden ontleend.", None),
    ("Uitgave: Midden-Brabant, cijfers 2023-2024.", None),
    # Who commissioned it, named after the imprint's date, is no field of the date.
    ("Uitgave: Scoop, Middelburg, oktober 2024, in opdracht van de dertien Zeeuwse gemeenten.", "2024-10"),
    ("Uitgave: GGD Twente, Enschede, juni 2025, op verzoek van de Twentse gemeenten.", "2025-06"),
    # Near miss: a clause after the date that says something else leaves the date inside a sentence.
    ("Uitgave: Scoop, Middelburg, oktober 2024, met cijfers tot en met 2023.", None),
])
def test_an_imprint_line_dates_a_leaflet(foot, value):
    text = BUDGET + "\n" + foot + "\n"
    hit = imprint_date(evidence((CleanPage.from_text(text),)))
    assert (hit.value if hit else None) == value


def test_an_imprint_line_in_the_head_is_left_to_the_other_rules():
    # Under the title, beside the date of its figures: not the leaflet's foot.
    text = "Feitenblad jeugdhulp\n\nUitgave: CBS en VNG, september 2024\n\n" + BUDGET + BUDGET + BUDGET
    assert imprint_date(evidence((CleanPage.from_text(text),))) is None


@pytest.mark.parametrize(("foot", "value"), [
    # The imprint runs on after the date of the figures and the sources, before the disclaimer after a middle dot.
    ("Peildatum: 31 december 2024. Bron: HR-systeem; verzuim over 2024. Uitgave: team HR, gemeente Epe, Epe, maart "
     "2025 · Aan deze factsheet kunnen geen rechten worden ontleend.", "2025-03"),
    # A year alone is the year of the edition, not its first day; so is the copyright's year.
    ("Uitgave: gemeente Epe, team Onderwijs, 2025 · Aan deze folder kunnen geen rechten worden ontleend.", "2025"),
    ("© GGD Twente, 2025 · Team Epidemiologie · Aan deze factsheet kunnen geen rechten worden ontleend.", "2025"),
    # Near misses: the date of the figures alone, a sentence that runs on after the date, a year within a name.
    ("Peildatum: 31 december 2024. Bron: HR-systeem.", None),
    ("Bron: CBS. Uitgave: GGD Twente, 2025 en later bijgewerkt · Aan deze factsheet ...", None),
    ("© Monitor 2025 van GGD Twente · Team Epidemiologie", None),
    # The copyright's holder and year without a comma between them.
    ("Peildatum: 31 december 2024. Bron: HR-systeem. © Gemeente Epe 2025 · Aan deze uitgave kunnen geen rechten "
     "worden ontleend.", "2025"),
    # Near miss: a number after the holder that is no year.
    ("Peildatum: 31 december 2024. Bron: HR-systeem. © Gemeente Epe 912 · Team HR", None),
    # The label and the month alone in a cell, the publisher in the next.
    ("Uitgave februari 2025 · Gemeente Epe, team Onderzoek & Statistiek · Meer cijfers: epe.incijfers.nl", "2025-02"),
    # Near miss: a label before words that are no date alone.
    ("Uitgave februari 2025 herzien · Gemeente Epe, team Onderzoek & Statistiek", None),
])
def test_an_imprint_sentence_in_a_factsheets_foot_line_dates_it(foot, value):
    text = "Personeel in cijfers 2024\n\n912\tmedewerkers\n801,4\tfte\n\n" + foot + "\n5,9%\tziekteverzuim\n"
    hit = imprint_sentence_date(evidence((CleanPage.from_text(text),)))
    assert (hit.value if hit else None) == value


def test_an_imprint_sentence_under_the_title_is_left_to_the_other_rules():
    # Near miss: over the figures, beside the date they stand for, the imprint is the title page's line.
    text = "Feitenblad jeugdhulp\n\nGegevens t/m 30 juni 2024\nUitgave: CBS en VNG, september 2024\n"
    assert imprint_sentence_date(evidence((CleanPage.from_text(text),))) is None


def test_an_imprint_in_a_foot_line_of_cells_that_the_content_lines_leave_out_dates_the_factsheet():
    # Cells parted by bars make the disclaimer's line a colophon the content lines leave out; its year still dates
    # the edition.
    foot = "© Gemeente Epe, 2025 | Team Afval | Aan deze factsheet kunnen geen rechten worden ontleend."
    text = "Afvalscheiding in cijfers 2024\n\n61%\tgescheiden\n182\tkg restafval\n\nPeildatum: 31 december 2024.\n\n"
    hit = imprint_sentence_date(evidence((CleanPage.from_text(text + foot + "\n"),)))
    assert (hit.value if hit else None) == "2025"
    # Near miss: without the imprint only the date of the figures is printed, which is no edition's.
    assert imprint_sentence_date(evidence((CleanPage.from_text(text),))) is None


def test_an_imprint_sentence_before_a_tables_last_column_read_after_it_dates_the_factsheet():
    # The text layer reads a table's last column after the foot line, a figure a line.
    foot = "Peildatum: 31 december 2024. Bron: havendienst. © Gemeente Epe 2025 | Aan deze uitgave kunnen geen rechten."
    tiles = "\n".join(["412 schepen", "+4% t.o.v. 2023", "1.080 banen", "2024", "1.488", "1.006", "782", "624"])
    text = "Haven Epe in cijfers 2024\n\nSoort\t2023\nZand\t1.410\nZout\t920\n\n" + foot + "\n\n" + tiles + "\n"
    hit = imprint_sentence_date(evidence((CleanPage.from_text(text),)))
    assert (hit.value if hit else None) == "2025"
    # Near miss: lines of words after the foot line keep it out of the page's foot.
    words = "\n".join(f"{n} schepen in de haven" for n in range(8))
    hit = imprint_sentence_date(evidence((CleanPage.from_text(text.replace(tiles, words)),)))
    assert hit is None
