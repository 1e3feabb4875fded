"""The own date of a web page that is no news, printed from a browser (pipeline.extract.doc_date_web): its publication
line, else its last change, before the dates of its text; an event's page without such a line has none; a petition
by the day it was opened."""

from __future__ import annotations

from pipeline.extract import doc_date_web as web
from pipeline.extract.document import describe_document, evidence
from pipeline.ingest import raw_document_from_text
from pipeline.records import CleanPage

PRINTED = "03-02-2025 11:40 {title} - Gemeente Zuidplas\n\nGemeente Zuidplas Wonen Werken Bestuur\n"
ADDRESS = "\nhttps://www.zuidplas.nl/{path} 1/1\n"


def page(title: str, body: str, path: str = "pagina", printed: bool = True) -> str:
    head = PRINTED.format(title=title) if printed else ""
    return head + f"{title}\n\n{body}" + (ADDRESS.format(path=path) if printed else "")


def describe(text: str):
    return describe_document(raw_document_from_text(text), (CleanPage.from_text(text),), pipeline_version="test")


def read(text: str) -> tuple[str, str, str | None]:
    info = describe(text)
    return info.doc_type, info.doc_kind, info.doc_date


REGULATION_PAGE = (
    "Wie voor zijn werk met de trein reist, krijgt de kosten terug.\n"
    "De regels staan in de Regeling reiskosten Zuidplas 2023, vastgesteld op 14 maart 2023.\n"
    "Vragen? Mail naar personeelszaken@zuidplas.nl.\n"
    "Laatst gewijzigd op 9 januari 2025 door Team P&O"
)


def test_a_sites_page_on_a_regulation_is_dated_by_its_last_change_not_the_regulations_adoption():
    assert read(page("Reiskosten vergoeden", REGULATION_PAGE)) == ("overig", "overig", "2025-01-09")


def test_the_browsers_footer_run_onto_the_last_line_still_marks_a_printed_page():
    text = page("Reiskosten vergoeden", REGULATION_PAGE).replace("Team P&O\n\nhttps", "Team P&O https")
    assert web.site_page(evidence((CleanPage.from_text(text),)), "overig", "overig")
    # Near miss: the same page without the browser's address is no site's page.
    bare = evidence((CleanPage.from_text(page("Reiskosten vergoeden", REGULATION_PAGE, printed=False)),))
    assert not web.site_page(bare, "overig", "overig")


EVENT = (
    "Datum donderdag 6 maart 2025\n"
    "Tijd 19.30 - 21.00 uur\n"
    "Locatie Dorpshuis De Spil, Kerkstraat 4, Moordrecht\n"
    "Tijdens deze avond vertellen we over de plannen voor de nieuwe wijk en kunt u vragen stellen.\n"
)


def test_an_event_page_is_dated_by_its_publication_line_not_the_event():
    text = page("Inloopavond Esse Zoom", "Geplaatst op 12 februari 2025\n" + EVENT, "agenda/inloopavond")
    assert read(text) == ("overig", "overig", "2025-02-12")


def test_an_event_page_without_a_publication_line_has_no_date():
    assert read(page("Inloopavond Esse Zoom", EVENT, "agenda/inloopavond"))[2] is None
    # Near miss: a page with a Datum but no event's fields is no event's page.
    ev = evidence((CleanPage.from_text(page("Aanvraag", "Datum 6 maart 2025\nKenmerk Z-25-0012\n")),))
    assert not web.event_page(ev)


QUESTIONS = (
    "Bijgewerkt: 20 januari 2025\n"
    "Vraag 1\nWie kan de bijdrage krijgen?\nAntwoord\nIedereen die in Zuidplas woont en een laag inkomen heeft.\n"
    "Vraag 2\nTot wanneer kan ik aanvragen?\nAntwoord\nTot en met 30 juni 2025.\n"
    "Vraag 3\nHoe hoog is de bijdrage?\nAntwoord\nDe bijdrage is 250 euro per huishouden.\n"
)


def test_a_sites_page_of_questions_and_answers_is_no_kamervragen_and_is_dated_by_its_change():
    assert read(page("Vragen en antwoorden meedoenbijdrage", QUESTIONS)) == ("overig", "overig", "2025-01-20")


PETITION = (
    "Petitie aan gemeenteraad van Zuidplas\n"
    "Ingediend door Buurtvereniging Nieuwerkerk\n"
    "Gestart op 4 november 2024\n"
    "Einddatum 4 februari 2025\n"
    "Wij, ondergetekenden, verzoeken de gemeenteraad het zwembad open te houden.\n"
    "12-01-2025 P. de Jong, Nieuwerkerk\n"
)


def test_a_petition_is_dated_by_the_day_it_was_opened():
    assert read(page("Houd het zwembad open", PETITION, "petitions/zwembad")) == ("overig", "overig", "2024-11-04")


def test_a_petition_scanned_without_the_browsers_lines_is_still_dated_by_its_opening():
    scanned = "Petities.nl\n\nHoud het zwembad open\n\n" + PETITION + "\nDatum\n15-11-2024\n14-11-2024\n"
    assert web.opened_page(evidence((CleanPage.from_text(scanned),)))
    assert read(scanned) == ("overig", "overig", "2024-11-04")
    # Near miss: a letter about a petition, with no label of its opening, is no petition's page.
    about = "Gemeente Zuidplas\n\nDe petitie over het zwembad is ontvangen.\nDe raad bespreekt haar in maart.\n"
    assert not web.opened_page(evidence((CleanPage.from_text(about),)))


def test_a_projects_start_date_on_a_page_that_is_no_petition_dates_nothing_as_its_opening():
    text = page("Reconstructie Dorpsstraat", "Startdatum 4 november 2024\nDe weg is dan afgesloten.\n")
    assert web.petition_opened_date(evidence((CleanPage.from_text(text),))) is None


CONSULTATION = ("Overheid.nl | Internetconsultatie\nWijziging Besluit bodemkwaliteit\n\nLooptijd: 15 januari 2025 t/m 26 "
                "februari 2025\nStatus: Open\n\nMet deze wijziging komen er vaste normen voor PFAS in grond.\n\n"
                "Beoogde inwerkingtreding\n1 januari 2026.\n")


def test_an_internetconsultatie_without_a_publication_line_has_no_date():
    # Its term is the period for reactions, its end a deadline, the entry into force the regulation's.
    assert web.consultation_page(evidence((CleanPage.from_text(CONSULTATION),)))
    assert read(CONSULTATION) == ("overig", "overig", None)
    # Near miss: a project's term on a page that names no consultation.
    project = CONSULTATION.replace("Overheid.nl | Internetconsultatie", "Gemeente Zuidplas | Projecten")
    assert not web.consultation_page(evidence((CleanPage.from_text(project),)))
