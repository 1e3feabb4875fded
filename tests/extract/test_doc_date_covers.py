"""The own date of a report's cover and title page (pipeline.extract.doc_date_covers): title pages whose short
lines the clean stage ran together, an adoption's steps, a date or year alone on a cover, a version line."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract import doc_date_covers as covers
from pipeline.extract.doc_date import document_date
from pipeline.extract.document import evidence
from pipeline.records import CleanPage
from pipeline.testing import load_test_module

documents = load_test_module(Path(__file__).resolve().parents[1] / "fixtures" / "documents.py")

PROSE = ("In 2023 klopten 1.412 gezinnen bij ons aan, bijna driehonderd meer dan een jaar eerder. Onze vrijwilligers "
         "legden ruim 2.600 huisbezoeken af.")


describe = documents.describe_pages


joined_page = documents.joined_page


COVER = ["Jaarstukken 2023", "Gemeente Zaanstad", "Jaarverslag en jaarrekening over het begrotingsjaar 2023",
         "Vastgesteld door het college van burgemeester en wethouders op 16 april 2024",
         "Ter vaststelling aangeboden aan de gemeenteraad, vergadering van 4 juli 2024",
         "Gemeente Zaanstad | Stadhuisplein 100 | 1506 MZ Zaandam"]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Goedgekeurd door de raad van toezicht op 24 juni 2024", "2024-06-24"),
        ("Vastgesteld door het bestuur op 18 maart 2024", "2024-03-18"),
    ],
)
def test_the_date_a_report_became_final_on_its_cover(line, value):
    info = describe(f"Bestuursverslag 2023\n\nStichting Openbaar Onderwijs Ommelanden\n\n{line}\n", PROSE)
    assert (info.doc_type, info.doc_date, info.doc_date_rule) == ("jaarverslag", value, "title_page_date")


def test_a_year_alone_on_a_cover_dates_a_report_but_not_a_budget():
    cover = "Brief aan de toekomst\n\nVerkenning naar de leefomgeving van jongeren in 2050\n\nRaad voor de leefomgeving\n\n2024\n"
    pages = (CleanPage.from_text(cover), CleanPage.from_text(PROSE, number=2))
    hit = document_date(evidence(pages), "overig", "rapport")
    assert (hit.value, hit.rule) == ("2024", "cover_year")
    budget = (CleanPage.from_text("Begroting 2025\n\nGemeente Ede\n\n2025\n"), CleanPage.from_text(PROSE, number=2))
    assert document_date(evidence(budget), "jaarverslag", "begroting") is None


@pytest.mark.parametrize(("title", "kind"), [("Jaarstukken", "jaarrekening"), ("Jaarverslag", "jaarverslag")])
def test_the_year_under_an_annual_reports_title_on_its_cover_is_the_year_it_reports_on(title, kind):
    # ANNOTATING.md: an annual report that prints no date of its own is dated by the year it reports on.
    cover = f"Veiligheidsregio Zeeland\n\n{title}\n\n2023\n"
    pages = (CleanPage.from_text(cover), CleanPage.from_text("Kerncijfers\n\n" + PROSE, number=2))
    hit = document_date(evidence(pages), "jaarverslag", kind)
    assert (hit.value, hit.rule) == ("2023", "cover_year")


@pytest.mark.parametrize(
    ("datum", "value", "rule"),
    [
        ("", "2024-04-03", "version_date"),
        # A Datum field of its own comes first.
        ("Datum: 28 maart 2024\n", "2024-03-28", "datum_label"),
    ],
)
def test_a_nota_without_a_datum_field_is_dated_by_its_version_line_not_its_meeting(datum, value, rule):
    info = describe("Waterschap Rijn en IJssel\nVoorstel aan het dagelijks bestuur\n\nVersie 0.9, 3 april 2024\n\n"
                    f"{datum}Vergadering DB: 16 april 2024\nAgendapunt: 7\nOnderwerp: Krediet renovatie zuivering\n\n"
                    "Voorstel\nHet dagelijks bestuur wordt voorgesteld een krediet beschikbaar te stellen.\n")
    assert (info.doc_type, info.doc_kind, info.doc_date, info.doc_date_rule) == ("brief", "nota", value, rule)


def test_a_cover_imprint_of_cells_holds_its_adoption_date():
    cover = ("Jaarverslag 2023\n\nVerslagperiode: 1 januari t/m 31 december 2023\n\nUitgave: Stichting Ommelanden, "
             "Zoetermeer | Vastgesteld door de directie op 21 maart 2024 | Ter goedkeuring aangeboden aan de minister "
             "van Infrastructuur en Waterstaat\n")
    info = describe(cover, PROSE)
    assert (info.doc_date, info.doc_date_rule) == ("2024-03-21", "title_page_date")


@pytest.mark.parametrize("order", [1, -1])
@pytest.mark.parametrize("steps", [
    ["Vastgesteld door het college van bestuur op 26 november 2024",
     "Goedgekeurd door de raad van toezicht op 12 december 2024"],
    # A foundation's accounts drawn up by its director, then adopted by its board.
    ["Opgemaakt door de directeur-bestuurder op 29.11.2024", "Vastgesteld in de bestuursvergadering van 12 december 2024"],
])
def test_a_report_adopted_in_steps_is_dated_by_the_last(order, steps):
    info = describe("Meerjarenbegroting 2025-2029\n\n" + "\n".join(steps[::order]) + "\n", PROSE)
    assert (info.doc_date, info.doc_date_rule) == ("2024-12-12", "title_page_date")


@pytest.mark.parametrize("order", [1, -1])
def test_a_plans_adoption_on_its_cover_beats_the_version_it_adopted(order):
    # The version line is the draft the council adopted; the adoption is the cover's last step, printed under or
    # over it.
    steps = ["Versie 2.1 — 22 april 2025", "Vastgesteld door de gemeenteraad van Epe op 1 juli 2025"][::order]
    info = describe("Integraal Huisvestingsplan Onderwijs Epe 2025–2040\n\n" + "\n".join(steps) + "\n", PROSE)
    assert (info.doc_date, info.doc_date_rule) == ("2025-07-01", "title_page_date")
    # Near miss: a cover that names the meeting it goes to keeps its version's date.
    info = describe("Integraal Huisvestingsplan Onderwijs Epe 2025–2040\n\nVersie 2.1 — 22 april 2025\n"
                    "Ter vaststelling in de raadsvergadering van 1 juli 2025\n", PROSE)
    assert (info.doc_date, info.doc_date_rule) == ("2025-04-22", "title_page_date")


@pytest.mark.parametrize(("steps", "value"), [
    # Two steps of the adoption in one sentence: the last dates the plan.
    ("Vastgesteld door het bestuur op 21 oktober 2024 en goedgekeurd door de participantenraad op 14 november 2024.",
     "2024-11-14"),
    # Near miss: what happened to it after its adoption is no step of it.
    ("Vastgesteld door het bestuur op 21 oktober 2024 en bekendgemaakt op 14 november 2024.", "2024-10-21"),
])
def test_an_annual_plan_is_dated_by_the_last_step_of_its_adoption_in_one_sentence(steps, value):
    info = describe("Jaarplan en begroting 2025\nStichting Ondernemersfonds Oss\n\n" + steps + "\n\nVoorwoord\n" + PROSE,
                    PROSE)
    assert (info.doc_kind, info.doc_date) == ("begroting", value)


@pytest.mark.parametrize(("stage", "value"), [("Definitief", "2024-11-25"), ("Eerder", None)])
def test_an_adoption_line_the_clean_stage_ran_on_may_name_its_stage_before_its_label(stage, value):
    # A word before the label on a printed line run into the line above is a stage ('Definitief'), else prose.
    printed = ["Jaarplan Jongerenwerk 2025", "Stichting Buurtwerk Nijmegen",
               "Concept ingediend bij de subsidieaanvraag aan de gemeente Nijmegen op 30 september 2024",
               f"{stage} vastgesteld door het bestuur op 25 november 2024", "1. Waar staan we?", PROSE]
    hit = covers.title_page_date(evidence((joined_page(printed, {2}),)))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(("lead", "value"), [
    ("Na bespreking in de bewonersraad op 9 januari 2025", "2025-01-16"),
    # Near miss: a sentence before the label is prose, no earlier step of the adoption.
    ("De wijk is in 2024 veranderd. Het plan is", None),
])
def test_an_adoption_led_by_its_earlier_step_and_wrapped_in_its_agent_dates_the_plan(lead, value):
    # The cover's sentence wraps inside the adopting body's name ('vastgesteld door het' / 'wijkmanagementoverleg
    # Zuid op 16 januari 2025.'), after the step that came before it.
    printed = ["Jaarplan 2025", "Wijkteam Zuid", f"{lead} vastgesteld door het",
               "wijkmanagementoverleg Zuid op 16 januari 2025.", "1. Terugblik op 2024", PROSE]
    hit = covers.title_page_date(evidence((joined_page(printed, {2}),)))
    assert (hit.value if hit else None) == value


COUNCIL_DECISION = ("Begrotingswijziging nr. 7\n\nDe raad der gemeente Borger;\n\nbesluit de begroting voor het "
                    "dienstjaar 1984 te wijzigen.\n\nVastgesteld in de openbare vergadering van 3 april 1984.\n\n")


def test_a_supervisors_approval_stamped_on_a_council_decision_does_not_date_it():
    info = describe(COUNCIL_DECISION + "GOEDGEKEURD bij besluit van Gedeputeerde Staten van Drenthe van 22 mei 1984\n",
                    PROSE)
    assert info.doc_date == "1984-04-03"


def test_an_approval_as_the_last_step_of_the_own_adoption_still_dates_it():
    # The near miss: approved by the body's own supervisory board, not by another body's decision.
    info = describe(COUNCIL_DECISION + "Goedgekeurd door de raad van toezicht op 22 mei 1984\n", PROSE)
    assert info.doc_date == "1984-05-22"


def test_a_kamer_print_of_an_annual_report_is_dated_by_its_received_line():
    head = ("Tweede Kamer der Staten-Generaal Vergaderjaar 2023–2024\n\n36 560 B Jaarverslag en slotwet "
            "Gemeentefonds 2023\n\nNr. 1 JAARVERSLAG VAN HET GEMEENTEFONDS (B) 2023\n\nOntvangen 15 mei 2024\n")
    info = describe(head, PROSE)
    assert (info.doc_type, info.doc_date, info.doc_date_rule) == ("jaarverslag", "2024-05-15", "received_title_page")


@pytest.mark.parametrize("stamp", ["GEMEENTE APPINGEDAM ONTVANGEN 23 APR 2018", "INGEKOMEN 23 APR. 2018",
                                   "Werkbedrijf Fivelingo GEMEENTE APPINGEDAM ONTV. 23-04-2018"])
def test_a_registrys_received_stamp_on_a_reports_cover_does_not_date_it(stamp):
    # A received stamp never dates a report (ANNOTATING.md): annual accounts without a date of their own are dated
    # by the year they account for, not by the day a member municipality's registry stamped its copy.
    info = describe(f"{stamp}\n\nJAARREKENING 2017\n\nWerkbedrijf Fivelingo\nStationsweg 14\n9901 CP Appingedam\n", PROSE)
    assert (info.doc_kind, info.doc_date) == ("jaarrekening", "2017")


def test_a_title_page_line_run_into_a_paragraph_by_the_clean_stage_still_dates_the_cover():
    page = joined_page(COVER, {2, 3, 4})
    hit = covers.title_page_date(evidence((page,)))
    assert (hit.value, hit.rule, page.text[hit.start:hit.end]) == ("2024-04-16", "title_page_date", "16 april 2024")


def test_a_label_inside_a_printed_line_of_prose_is_no_title_page_line():
    printed = ["Jaarverslag 2023", "Het algemeen bestuur heeft de begroting voor dit jaar uiteindelijk",
               "na lang beraad vastgesteld op 13 december 2023", "en daarmee de tarieven bepaald voor de inwoners."]
    assert covers.title_page_date(evidence((joined_page(printed, {1, 2}),))) is None


OLD_BUDGET_COVER = ("BEGROTING\nvan de gemeente Ootmarsum voor het dienstjaar 1961\n\nAangeboden aan de raad op 15 september "
                    "1960.\n{adopted}\n")


@pytest.mark.parametrize(
    ("adopted", "value"),
    [
        # A step of an old cover cites its decision by number after the date: still a step, not prose.
        ("Vastgesteld door de raad in zijn vergadering van 8 november 1960, no. 27, 1e afdeling.", "1960-11-08"),
        ("Vastgesteld door de raad in zijn vergadering van 8 november 1960.", "1960-11-08"),
        # Near miss: a sentence that goes on after the date is prose, not a step on the cover.
        ("Vastgesteld door de raad in zijn vergadering van 8 november 1960, nadat de gevraagde wijzigingen in de "
         "kapitaaldienst waren aangebracht.", None),
    ],
)
def test_an_old_covers_step_is_read_with_its_decision_number_after_the_date(adopted, value):
    hit = covers.title_page_date(evidence((CleanPage.from_text(OLD_BUDGET_COVER.format(adopted=adopted)),)))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(
    ("stamp", "value"),
    [
        # An adoption stamp whose box broke its line over short lines, as a scan reads it.
        ("VASTGESTELD DOOR DE RAAD IN\nZIJN VERGADERING\nVAN 26 JUNI 1985", "1985-06-26"),
        ("Goedgekeurd door\nhet algemeen bestuur\nop 3 juli 2024", "2024-07-03"),
        # Near misses: lines apart (a blank line between), a long line that is prose, and a stamp that is no
        # adoption's ('Ontvangen') are no stamp's box.
        ("VASTGESTELD DOOR DE RAAD IN\n\nZIJN VERGADERING\nVAN 26 JUNI 1985", None),
        ("Vastgesteld door de raad\nnadat de commissie de rekening op 12 mei 1985 had onderzocht", None),
        ("ONTVANGEN DOOR DE GRIFFIE\nOP 26 JUNI 1985", None),
    ],
)
def test_an_adoption_stamp_broken_over_the_lines_of_its_box_dates_the_cover(stamp, value):
    cover = f"GEMEENTE BORNE\n\nREKENING\n\nvan de ontvangsten en uitgaven over het dienstjaar 1984\n\n{stamp}\n"
    hit = covers.title_page_date(evidence((CleanPage.from_text(cover),)))
    assert (hit.value if hit else None) == value


def test_a_year_in_a_sentence_of_a_page_with_text_is_no_cover_year():
    page = CleanPage.from_text("Brief aan de toekomst\n\n" + "\n".join([PROSE] * 9) + "\n\n2024\n")
    assert covers.cover_year(evidence((page,))) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A cover's date that the text layer ran into the subtitle above it.
        ("Monitor Sociaal Domein\nDe stand van zaken in de regio van gemeenten oktober 2024\n", "2024-10"),
        # After a code, the date is a cell of a row of values under a row of labels: the meeting it is for.
        ("1e begrotingswijziging 2024\nKenmerk Behandeling AB\nODNZKG-24-0412 11-04-2024\n", None),
        # A heading's date after a stressed preposition is part of the heading, as after 'voor'.
        ("Rijbewijs verlengen\nAangevraagd vóór 1 oktober 2024\n", None),
        ("Rijbewijs verlengen\nAangevraagd ná 1 oktober 2024\n", None),
        # A reference number in a cell after the cover's date is a number, not a date.
        ("Windpark Oostpolder\nToetsingsadvies over het milieueffectrapport\n\n12 juni 2025 / projectnummer 3612\n",
         "2025-06-12"),
        ("Advies\n\n4 maart 2024 | Kenmerk: 2024-0113\n", "2024-03-04"),
        # Near miss: words after the date that are no reference.
        ("Windpark Oostpolder\n\n12 juni 2025 / ter inzage tot juli\n", None),
        # The day a title names after a preposition and a weekday (an election's), no date of the cover's.
        ("Stempas\n\nVerkiezing van de leden van Provinciale Staten op woensdag 15 maart 2023\n", None),
        # Near miss: a weekday after a title's words, no preposition before it, is the cover's own date.
        ("Jaarverslag Sportraad\nUitgave dinsdag 14 maart 2023\n", "2023-03-14"),
    ],
)
def test_a_cover_date_run_into_a_line_but_not_a_cell_of_a_row_of_values(text, value):
    hit = covers.cover_date(evidence((CleanPage.from_text(text),)))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(("signed", "value"), [
    # The report's place-date line under its publisher, below the fields of the assignment it carried out.
    ("Integriteitsbureau Verbeek\nRotterdam, 18 april 2024\n", "2024-04-18"),
    # Near miss: without one, the date after a field's words is all the cover prints.
    ("Integriteitsbureau Verbeek\n", "2024-01-11"),
])
def test_a_covers_place_date_line_beats_a_date_after_a_fields_words(signed, value):
    text = ("Rapport feitenonderzoek\n\nOnderzoek naar integriteitsschendingen\n\nOpdrachtgever de gemeentesecretaris\n"
            "Opdracht verleend 11 januari 2024\n\nOPENBARE VERSIE\n\n" + signed)
    hit = covers.cover_date(evidence((CleanPage.from_text(text),)))
    assert (hit.value if hit else None) == value


def test_a_date_after_a_versions_number_alone_is_the_covers_own_before_a_meetings_date_alone():
    # A budget's cover of labels over values: '1.0 – 11 april 2025' is the version's, '2 juli 2025' the meeting's.
    text = ("Programmabegroting 2026\n\nVeiligheidsregio Utrecht\n\nVersie\nBehandeling algemeen bestuur\n\n"
            "1.0 – 11 april 2025\n2 juli 2025\n")
    assert covers.cover_date(evidence((CleanPage.from_text(text),))).value == "2025-04-11"


@pytest.mark.parametrize("label", ["Peildatum:", "Stand per", "Cijfers tot en met"])
def test_the_date_the_figures_stand_for_is_not_the_covers_date(label):
    text = f"Gemeente Eindhoven\n\nEerste bestuursrapportage 2024\n\n{label} 30 april 2024\n\nEindhoven, 4 juni 2024\n"
    hit = covers.cover_date(evidence((CleanPage.from_text(text),)))
    assert (hit.value, text[hit.start:hit.end]) == ("2024-06-04", "4 juni 2024")
    info = describe(text, PROSE)
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("jaarverslag", "begroting", "2024-06-04")
    # Without a date of its own, the date of its figures is all it prints.
    info = describe(text.replace("Eindhoven, 4 juni 2024\n", ""), PROSE)
    assert (info.doc_kind, info.doc_date, info.doc_date_rule) == ("begroting", "2024-04-30", "status_date")


@pytest.mark.parametrize(
    ("cover", "value"),
    [
        # A foundation's accounts, drawn up by its board.
        (["Stichting Welzijn Gouda e.o.", "Jaarrekening 2023", "Opgemaakt door het bestuur te Gouda op 15 maart 2024"],
         "2024-03-15"),
        # A long adoption line: its date is not counted among the words of a title-page line.
        (["Jaarstukken 2023", "Gemeente Rotterdam",
          "Vastgesteld door het college van burgemeester en wethouders op dinsdag 16 april 2024",
          "Ter behandeling in de gemeenteraad van 4 juli 2024"], "2024-04-16"),
    ],
)
def test_annual_accounts_dated_by_the_adoption_on_their_title_page(cover, value):
    page = joined_page(cover, {len(cover) - 2})
    hit = covers.title_page_date(evidence((page,)))
    assert (hit.value, hit.rule) == (value, "title_page_date")
    info = describe("\n\n".join(cover), PROSE)
    assert (info.doc_type, info.doc_date) == ("jaarverslag", value)


@pytest.mark.parametrize(("line", "value"), [
    # The clause after the adoption's date names the step before it, also a meeting's date: not prose, not the date.
    ("Vastgesteld door de directeur-bestuurder op 5 december 2024, na instemming van de raad van toezicht in zijn "
     "vergadering van 28 november 2024", "2024-12-05"),
    ("Vastgesteld door het bestuur op 12 maart 2025, na advies van de ondernemingsraad van 3 maart 2025", "2025-03-12"),
    # Near miss: a sentence that goes on after the date about something else is prose, no title-page line.
    ("Vastgesteld door het bestuur op 12 maart 2025, waarna de subsidie bij de vier gemeenten is aangevraagd voor "
     "het werk in het jaar", None),
])
def test_an_adoption_line_with_the_step_before_it_in_a_clause_is_dated_by_the_adoption(line, value):
    hit = covers.title_page_date(evidence((CleanPage.from_text("Jaarplan 2025\n\nBibliotheek Epe\n\n" + line + "\n"),)))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(("line", "value"), [
    # The meeting the budget or the accounts go to, also as the last cell of a line.
    ("Behandeling in de gemeenteraad: dinsdag 5 en donderdag 7 november 2024", None),
    ("Statenvoorstel nr. 24-017 | Provinciale Staten 5 juli 2024", None),
    ("Ter behandeling in de raad van 4 juli 2024", None),
    # A foundation's or association's members' meeting the budget goes to.
    ("Behandeling in de Algemene Vergadering van deelnemers: 12 december 2024", None),
    ("Algemene ledenvergadering 28 november 2024", None),
    # Near miss: the cover's own date after a place, and a last step of adoption.
    ("Zeist, 24 september 2024", "2024-09-24"),
    ("Statenvoorstel nr. 24-017 | Middelburg, 16 april 2024", "2024-04-16"),
])
def test_the_meeting_a_cover_names_is_not_its_date(line, value):
    text = f"Gemeente Zeist\n\nProgrammabegroting 2025\n\n{line}\n"
    hit = covers.cover_date(evidence((CleanPage.from_text(text),)))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(("head", "value"), [
    # A received stamp that OCR ran into the letterhead beside it is the receiver's date, not the report's.
    ("GEMEENTE HOORN ONTVANGEN 12 NOV. 1993\n\nONDERZOEK NAAR DE HUISVESTING\n", None),
    ("Provincie Zeeland Ingekomen 3 maart 2024\n\nRapport grondwaterstanden\n", None),
    # Near miss: the cover's own date under the letterhead.
    ("GEMEENTE HOORN\n\nONDERZOEK NAAR DE HUISVESTING\n\nHoorn, 12 november 1993\n", "1993-11-12"),
])
def test_a_received_stamp_run_into_the_letterhead_does_not_date_the_cover(head, value):
    hit = covers.cover_date(evidence((CleanPage.from_text(head),)))
    assert (hit.value if hit else None) == value


def test_the_next_step_of_an_adoption_on_the_line_under_its_label_dates_the_report():
    # A colophon's row whose label cell is empty continues the steps: the last dates the report.
    page = CleanPage.from_text("Colofon\nUitgave GGD Twente\nVastgesteld door de directeur op 15 april 2025\n"
                               "door het algemeen bestuur op 3 juli 2025\nRedactie afdeling Communicatie\n")
    assert covers.title_page_date(evidence((page,))).value == "2025-07-03"
    # A field's value wrapped in its cell: the step's date on the line under it.
    page = CleanPage.from_text("Handboek subsidies\nVersie 2.0\nVastgesteld door het college van burgemeester en "
                               "wethouders\nop 10 december 2024\nIn werking 1 januari 2025\n")
    assert covers.title_page_date(evidence((page,))).value == "2024-12-10"


def test_a_sentence_under_an_adoption_line_is_no_step_of_it():
    # Near miss: the line under the label goes on as prose, its date the start of a sentence.
    page = CleanPage.from_text("Jaarverslag 2024\nVastgesteld door de directeur op 15 april 2025\n"
                               "op 3 juli 2025 besprak het algemeen bestuur de jaarstukken met de accountant\n")
    assert covers.title_page_date(evidence((page,))).value == "2025-04-15"


def test_the_version_a_handbook_replaces_is_not_its_date():
    page = CleanPage.from_text("Handboek inkoop\n\nDit handboek vervangt versie 3.0 van 1 februari 2022.\n")
    assert covers.title_page_date(evidence((page,))) is None
    # Near miss: its own version line.
    page = CleanPage.from_text("Handboek inkoop\n\nVersie 3.1 van 4 november 2024\n")
    assert covers.title_page_date(evidence((page,))).value == "2024-11-04"


@pytest.mark.parametrize(
    ("line", "value"),
    [
        # Small print runs the next sentence into the version line: the date closes its own sentence.
        ("Programma onder voorbehoud - versie 28 mei 2024. Kijk voor de actuele zaalindeling in de congres-app.",
         "2024-05-28"),
        # Near miss: a version named inside a longer sentence, which goes on after the date, dates nothing.
        ("Programma onder voorbehoud - versie 28 mei 2024 is vervangen door de versie die u in de congres-app vindt.",
         None),
    ],
)
def test_a_version_line_that_runs_on_into_the_next_sentence_dates_the_document(line, value):
    hit = covers.version_date(evidence((CleanPage.from_text(f"VNG Jaarcongres 2024\n\n{line}\n\n{PROSE}\n"),)))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(
    ("line", "value"),
    [
        # The day of the training a form evaluates is an event's, as a visit's: no date of the cover's.
        ("Datum training: 14-03-2019", None),
        ("Cursusdatum 14 maart 2019", None),
        # A register's page: the day its entry went into the register is a fact of what it registers.
        ("Inschrijving register 23-12-2002", None),
        ("Inschrijving in het register: 23 december 2002", None),
        # Near miss: a date alone on the cover's line is its own.
        ("14 maart 2019", "2019-03-14"),
    ],
)
def test_an_events_label_before_a_date_on_a_cover_names_another_date(line, value):
    text = f"Evaluatie training\n\nTeam Leren en Ontwikkelen\n\n{line}\n\n{PROSE}\n"
    hit = covers.cover_date(evidence((CleanPage.from_text(text),)))
    assert (hit.value if hit else None) == value


PLACEMENT_LIST = ("Regionaal Archief Zutphen\n\nPlaatsingslijst van het archief van de Stedenbandstichting Zutphen\n"
                  "1954 – 2001\n\nToegangsnummer 0412\nOmvang 0,8 m\n{made}\nBewerker J. Ruiter\n\nInleiding\n"
                  "De stichting werd in 1955 opgericht. Het archief werd in 2017 overgedragen.\n")


@pytest.mark.parametrize(("made", "value"), [
    # An archive's list that prints only its place and year on the title page is dated by that year.
    ("Opgemaakt Zutphen, 2018", "2018"),
    ("Opgemaakt: Zutphen, 2018", "2018"),
    # Near miss: a year without a place is no value of the label, and the period of the records is no date.
    ("Opgemaakt in 2018 door de archivaris", None),
])
def test_an_archives_list_is_dated_by_the_year_after_its_place_on_the_title_page(made, value):
    ev = evidence((CleanPage.from_text(PLACEMENT_LIST.format(made=made)),))
    hit = covers.title_page_year(ev)
    assert (hit.value if hit else None) == value
    dated = document_date(ev, "overig", "inventarislijst")
    assert (dated.value if dated else None) == value


@pytest.mark.parametrize(("version", "value"), [
    # A version line that says in brackets which version it replaces is dated by its own version.
    ("Versie 2 – 18 april 2024 (vervangt versie 1 van 2 april 2024; correctie woningaantallen)", "2024-04-18"),
    # Near miss: a bracket that says something else makes the line a sentence, no title-page line.
    ("Versie 2 – 18 april 2024 (de cijfers van de wijken in het noorden van de stad zijn nog voorlopig en worden "
     "in mei bijgewerkt)", None),
    # A line of cells set apart by middle dots or bars: its maker before the version, the version it replaces after.
    ("Team Onderzoek · Versie 5 – 9 september 2024 · vervangt versie 4 van 26 augustus 2024", "2024-09-09"),
    ("Afdeling Facilitair | Versie 1.2, 3 maart 2025 | ter vervanging van versie 1.1 van 14 februari 2025",
     "2025-03-03"),
    # Near miss: a cell after the version that says something else makes the line long, no title-page line.
    ("Team Onderzoek · Versie 5 – 9 september 2024 · de cijfers van de wijken in het noorden van de stad zijn nog "
     "voorlopig en worden in oktober bijgewerkt", None),
])
def test_a_version_line_with_a_note_on_the_version_it_replaces(version, value):
    ev = evidence((CleanPage.from_text(f"Kerncijfers per wijk 2024\nGemeente Zwolle\n{version}\n\nWijk\tInwoners\n"),))
    hit = covers.version_date(ev)
    assert (hit.value if hit else None) == value
