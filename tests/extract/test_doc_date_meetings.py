"""Dates of minutes, decision lists and moties by the meeting they record, on texts written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract import doc_date as dd
from pipeline.extract import doc_date_meetings as dm
from pipeline.extract.document import describe_document, evidence
from pipeline.ingest import raw_document_from_text
from pipeline.records import CleanPage
from tests.fixtures.documents import drawn_evidence


def ev(text: str):
    return evidence((CleanPage.from_text(text),))


def describe(text: str):
    return describe_document(raw_document_from_text(text), (CleanPage.from_text(text),), pipeline_version="test")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # The opening sentence names the meeting; the agenda item adopting the last one's record does not.
        ("Notulen\n\nvan de openbare vergadering van de raad van Oudewater, gehouden op woensdag 8 mei 1985 "
         "in het stadhuis.\n\n1. Opening.\n2. Notulen van de vergadering van 10 april 1985.\n", "1985-05-08"),
        ("Verslag van de vergadering van het dagelijks bestuur van de Omgevingsdienst\n"
         "gehouden op 3 oktober 2024 te Zwolle\n\n1. Verslag van de vergadering van 5 september 2024\n", "2024-10-03"),
        # A Kamer committee's debate, not the later adoption of its report.
        ("Nr. 88 VERSLAG VAN EEN COMMISSIEDEBAT\nVastgesteld 2 mei 2024\n\nDe vaste commissie voor Financiën heeft "
         "op 11 april 2024 overleg gevoerd met de minister over:\n", "2024-04-11"),
        # Its name of the 1990s: a mondeling overleg.
        ("Nr. 71 VERSLAG VAN EEN MONDELING OVERLEG\nVastgesteld 10 juli 1992\n\nDe vaste Commissie voor Verkeer en "
         "Waterstaat heeft op 18 juni 1992 mondeling overleg gevoerd met minister Maij-Weggen.\n", "1992-06-18"),
        # A typed record wraps the date onto the next line, a scan's text with a blank line between.
        ("NOTULEN\n\nvan de openbare vergadering van de raad der gemeente Ruurlo, gehouden op dinsdag 29 januari\n\n"
         "1952, des namiddags te 2 uur.\n\n1. Opening.\n", "1952-01-29"),
        # The meeting named by its body and its weekday, without 'gehouden op'; not the council's earlier meeting.
        ("UITTREKSEL\nuit de besluitenlijst van de vergadering van burgemeester en wethouders van Kampen van dinsdag "
         "16 februari 1993.\n\nBesluit:\nde kosten te dekken uit het krediet dat de raad in zijn vergadering van "
         "17 december 1992 beschikbaar heeft gesteld;\n", "1993-02-16"),
    ],
)
def test_minutes_are_dated_by_the_meeting_their_opening_says_they_record(text, value):
    hit = dd.meeting_date(ev(text))
    assert (hit.value, hit.rule) == (value, "meeting_held")


def test_a_hearing_is_a_meeting_its_record_is_dated_by():
    # 'Hoorzitting', 'Raadszitting': a meeting's noun at the end of a compound; not the contested decision above it.
    text = ("Commissie bezwaarschriften Epe\nProces-verbaal van de hoorzitting\nBestreden besluit last onder "
            "dwangsom van 3 maart 2025\n\nHoorzitting gehouden op maandag 12 mei 2025, van 10.00 tot 10.40 uur.\n")
    assert found_meeting(dm.meeting_held_date(ev(text))) == ("2025-05-12", "meeting_held")
    # Near miss: a possession ('bezitting') is no session.
    assert dm.meeting_held_date(ev("Inventaris\nDe bezitting werd gehouden op 12 mei 2025 in bewaring.\n")) is None


def test_a_browsers_print_line_over_a_saved_record_is_no_meeting_date():
    # The record of a press conference printed from a site: the time of printing over it dates nothing, the session
    # its opening names does; the site's address at the foot shows the top line is the browser's.
    text = ("16-9-2021 08:41 Letterlijke tekst persconferentie | Rijksoverheid.nl\n\nLetterlijke tekst persconferentie "
            "over het coronavirus\n\nTekst van de persconferentie na de ministerraad van dinsdag 14 september 2021.\n\n"
            "MINISTER-PRESIDENT: Goedenavond.\n\nhttps://www.rijksoverheid.nl/documenten/mediateksten 1/1\n")
    assert found_meeting(dd.meeting_date(ev(text))) == ("2021-09-14", "meeting_date")
    # Near miss: without the site's address at the foot, a date and time over another title is the page's own line.
    alone = text.replace("https://www.rijksoverheid.nl/documenten/mediateksten 1/1\n", "").replace(
        "08:41 Letterlijke tekst persconferentie | Rijksoverheid.nl", "08:41 Persconferentie ministerraad")
    assert found_meeting(dd.meeting_date(ev(alone))) == ("2021-09-16", "meeting_date")


def test_an_apps_print_line_over_a_day_record_is_no_meeting_date():
    # A market master's day report printed from the app that keeps it: the time of printing dates nothing, the day the
    # report records does (tests/layouts/blind36/CONVENTIONS-markets.md).
    text = ("MarktApp Epe · afgedrukt 14-04-2025 08:15\nDagrapport weekmarkt\n\nMarktdag zaterdag 12 april 2025\n\n"
            "07.10 uur: stroomkast 3 valt uit.\n")
    assert found_meeting(dd.meeting_date(ev(text))) == ("2025-04-12", "meeting_date")
    # Near miss: a date after the app's name but no print word is the record's own.
    own = text.replace("afgedrukt 14-04-2025 08:15", "14-04-2025")
    assert found_meeting(dd.meeting_date(ev(own))) == ("2025-04-14", "meeting_date")


def found_meeting(hit):
    return None if hit is None else (hit.value, hit.rule)


def test_a_new_paragraph_after_a_held_line_completes_no_date():
    # Near miss: the next line opens a sentence of its own (a capital), so nothing wraps onto it.
    text = ("NOTULEN\n\nvan de openbare vergadering van de raad, gehouden op dinsdag 29 januari\n\n"
            "De voorzitter opent de vergadering in 1952.\n")
    assert dm.meeting_held_date(ev(text)) is None


def test_a_meeting_named_without_its_weekday_is_not_read_as_held():
    # Near miss: 'de vergadering van de raad van 17 december 1992' may name another meeting than the record's.
    text = "Besluit\n\nIn de vergadering van de raad van 17 december 1992 is het krediet beschikbaar gesteld.\n"
    assert dm.meeting_held_date(ev(text)) is None


def test_a_held_that_names_no_meeting_is_no_meeting_date():
    # The fair, not a meeting: 'gehouden op' dates minutes only beside a meeting's noun.
    text = ("Verslag\n\nDe braderie werd gehouden op zaterdag 6 juli 2024 in de Dorpsstraat.\n"
            "Datum vergadering: 15 juli 2024\n")
    assert dm.meeting_held_date(ev(text)) is None
    assert dd.meeting_date(ev(text)).value == "2024-07-15"


def test_a_record_whose_sentence_opens_with_held_is_dated_by_that_meeting_not_by_its_drafting():
    # A residents' evening names no meeting noun; the sentence 'Gehouden op ...' under the record's title is the
    # record's own, also where the clean stage joined it to the drafting note above it.
    text = ("Verslag inloopavond Groene Buurt\nGemeente Epe · verslag opgesteld door het projectteam op 14 oktober "
            "2025\nGehouden op dinsdag 7 oktober 2025, 19.30 uur, in het dorpshuis.\n\n1. Opening\n")
    assert found_meeting(dd.meeting_date(ev(text))) == ("2025-10-07", "meeting_held")
    joined = text.replace("2025\nGehouden", "2025 Gehouden")
    assert found_meeting(dd.meeting_date(ev(joined))) == ("2025-10-07", "meeting_held")
    # Near miss: 'gehouden op' inside a sentence with a subject of its own (a fair) is no meeting.
    fair = text.replace("Gehouden op", "De markt werd gehouden op")
    assert found_meeting(dm.meeting_held_date(ev(fair))) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Numbered agenda items adopting an earlier record, with or without their verb, are passed over.
        ("Verslag raad\n\n| Vergadering | Algemeen bestuur\n| Datum | 12 november 2024\n\n"
         "2. Verslag van de vergadering van 24 september 2024\n", "2024-11-12"),
        ("Besluitenlijst\n\nDatum: 5 maart 2024\n\n4. Vaststellen verslag en besluitenlijst van de raadsvergadering "
         "van 6 februari 2024\n", "2024-03-05"),
        # Its title is the record's own meeting.
        ("Verslag van de vergadering van 12 november 2024\n\n2. Verslag van de vergadering van 24 september 2024\n",
         "2024-11-12"),
        # A decision list's first row adopts the last meeting's list, named by the meeting's noun alone; the meeting's
        # own day stands in the heading under the title.
        ("Besluitenlijst raadsvergadering\nGemeente Epe — donderdag 12 juni 2025\n\nNr. Onderwerp Besluit\n"
         "1 Besluitenlijst raadsvergadering 22 mei 2025 Vastgesteld.\n2 Subsidie dorpshuis Conform.\n", "2025-06-12"),
    ],
)
def test_an_agenda_item_adopting_an_earlier_record_does_not_date_the_minutes(text, value):
    assert dd.meeting_date(ev(text)).value == value


@pytest.mark.parametrize(
    ("text", "adopts"),
    [
        ("4. Vaststellen verslag en besluitenlijst van de ", True),
        ("2. Notulen van de ", True),
        ("1. Het verslag van de ", True),
        ("Verslag van de ", False),
        ("3. Verzoek van de ", False),
        # A decision row names the record by the meeting's noun alone; the title does too, and is its own.
        ("1 Besluitenlijst ", True),
        ("Besluitenlijst ", False),
    ],
)
def test_earlier_record(text, adopts):
    assert bool(dm.earlier_record().search(text)) is adopts


def test_a_motie_is_dated_by_the_meeting_it_was_filed_at_not_by_its_vote():
    text = ("Motie Speeltuin De Klimboom\n\n| Ingediend door | P. de Vries (CDA)\n| Datum stemming | 14 maart 2024\n\n"
            "De raad van de gemeente Zeist, in vergadering bijeen op 7 maart 2024,\n\nverzoekt het college:\n"
            "- de speeltuin te behouden,\n\nen gaat over tot de orde van de dag.\n")
    info = describe(text)
    assert (info.doc_kind, info.doc_date) == ("motie", "2024-03-07")
    # A date label of its own comes first.
    info = describe(text.replace("| Ingediend door", "Datum: 4 maart 2024\n\n| Ingediend door"))
    assert (info.doc_kind, info.doc_date) == ("motie", "2024-03-04")


def test_a_council_decision_whose_closing_line_breaks_before_its_date():
    text = ("Raadsbesluit\n\nDe raad van de gemeente Epe;\ngelezen het voorstel van burgemeester en wethouders van "
            "2 april 2024;\n\nbesluit:\n1. de verordening vast te stellen.\n\nAldus vastgesteld in de openbare "
            "vergadering van de raad van de gemeente Epe, gehouden op\n\n27 mei 2024.\n")
    hit = dm.adopted_in_meeting_date(ev(text))
    assert (hit.value, text[hit.start:hit.end]) == ("2024-05-27", "27 mei 2024")


def test_an_executives_regulation_names_the_college_that_adopted_it_without_an_article():
    # 'door burgemeester en wethouders ... in hun vergadering van ...': the college, and its meeting, adopted it.
    text = ("Burgemeester en wethouders van Steenwijk;\ngelet op artikel 20 van de Wet persoonsregistraties;\nbesluiten "
            "vast te stellen het volgende reglement:\n\nArtikel 1\nDit reglement treedt in werking op 1 februari 1996."
            "\n\nAldus vastgesteld door burgemeester en wethouders van Steenwijk in hun vergadering van 9 januari 1996.\n")
    hit = dm.adopted_in_meeting_date(ev(text))
    assert (hit.value if hit else None) == "1996-01-09"
    # Near miss: the regulation it replaces, named in an article, was adopted on another day.
    replaced = text.replace("Aldus vastgesteld door burgemeester en wethouders van Steenwijk in hun vergadering van 9 "
                            "januari 1996.", "Het reglement, vastgesteld op 27 september 1994, vervalt.")
    assert dm.adopted_in_meeting_date(ev(replaced)) is None


def test_a_date_on_the_line_after_another_sentence_is_not_the_adoption():
    # The closing line is complete without a date: the next line's date is something else.
    text = ("Raadsbesluit\n\nbesluit:\n1. de verordening vast te stellen.\n\nAldus besloten in de openbare "
            "vergadering.\n\n27 mei 2024\n")
    assert dm.adopted_in_meeting_date(ev(text)) is None


AGENDA = ("Gemeenteraad Oldambt\nAgenda van de openbare vergadering van de raad\n\n{own}| Datum | Tijd | Locatie\n"
          "| woensdag 11 september 2024 | 19.30 uur | Raadzaal\n\n| Nr. | Onderwerp\n| 1 | Opening\n"
          "| 2 | Vaststelling verslag van de vergadering van 10 juli 2024\n| 3 | Raadsvoorstel Omgevingsvisie\n")


@pytest.mark.parametrize(
    ("own", "value"),
    [
        # The meeting it is for, also under a bare 'Datum' beside 'Tijd' and 'Locatie', is not its date.
        ("", None),
        ("Datum verzending: 30 augustus 2024\n\n", "2024-08-30"),
        ("Winschoten, 29 augustus 2024\n\n", "2024-08-29"),
        # A council's information system prints when it published the agenda: the agenda's own date.
        ("Agenda gepubliceerd op 30 augustus 2024\n\n", "2024-08-30"),
    ],
)
def test_a_meeting_agenda_is_dated_only_by_a_date_of_its_own(own, value):
    info = describe(AGENDA.format(own=own))
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("overig", "overig", value)


def test_an_agenda_printed_over_two_lines_with_the_meeting_under_its_name_is_a_meeting_agenda():
    # 'Agenda' alone, the meeting it is for on the line under it; the rows of the meeting are no letter's fields.
    text = ("Gemeenteraad Meppel\nAgenda\nCommissievergadering Bestuur\n\nDatum: dinsdag 4 februari 2025\n"
            "Tijd: 19.30 uur\nLocatie: Raadzaal\n\n1. Opening\n2. Rondvraag\n")
    assert dm.meeting_agenda(ev(text))
    info = describe(text)
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("overig", "overig", None)
    # Near miss: 'Agenda' over a line that names no meeting is no meeting's agenda.
    assert not dm.meeting_agenda(ev(text.replace("Commissievergadering Bestuur", "Wonen en werken in Meppel")))


@pytest.mark.parametrize("meeting", ["Regionaal Evenementenoverleg IJsselland", "Bestuurlijk overleg Veiligheid",
                                     "Agenda Portefeuillehoudersoverleg Wonen"])
def test_an_agenda_of_a_consultation_named_with_its_region_or_subject_is_a_meeting_agenda(meeting):
    # 'Agenda' over the consultation it is for (an '...overleg' after a word or two): the dates it prints are the
    # meetings' (the one it is for, the one whose record it adopts, the next one).
    text = (f"Agenda\n{meeting}\n\n| Vergadering | donderdag 20 februari 2025, 13.30 uur\n| Locatie | Zwolle\n\n"
            "| Nr. | Onderwerp\n| 1 | Opening\n| 2 | Verslag overleg 21 november 2024\n\n"
            "Volgende vergadering: donderdag 15 mei 2025.\n")
    text = text.replace("Agenda\nAgenda ", "Agenda ")
    assert dm.meeting_agenda(ev(text))
    assert describe(text).doc_date is None
    # Near miss: an agenda of policy whose line names a consultation only further on.
    assert not dm.meeting_agenda(ev(text.replace(meeting, "Wonen en werken in IJsselland, na overleg")))


@pytest.mark.parametrize("gathering", ["Werksessie hittebestendige wijken Zwolle-Zuid", "Bijeenkomst zorgpartners",
                                       "Themabijeenkomst wateroverlast Borne", "Ontwerpatelier Stationsplein"])
def test_an_agenda_of_a_workshop_or_gathering_is_dated_only_by_a_date_of_its_own(gathering):
    # 'Agenda' over the gathering it is for: the 'Datum' beside 'Tijd' and 'Locatie' is the day it is held.
    text = (f"Gemeente Zwolle\nAgenda\n{gathering}\n| Datum | donderdag 14 november 2024\n| Tijd | 13.30 - 16.00 "
            "uur\n| Locatie | Stadskantoor\n\n| Tijd | Onderdeel\n| 13.30 | Opening\n| 14.00 | In gesprek\n")
    assert dm.meeting_agenda(ev(text))
    info = describe(text)
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("overig", "overig", None)
    # Near miss: 'Agenda' over a line that names no gathering is no meeting's agenda.
    assert not dm.meeting_agenda(ev(text.replace(gathering, "Werken aan een koele stad")))


def test_an_agenda_whose_gathering_heads_its_rows_is_dated_by_its_dispatch_among_them(tmp_path):
    # The gathering's row under 'Agenda' and, among the printed rows of the meeting, the day the agenda was sent.
    lines = ["# Regionaal Netwerk Wijkteams Twente", "## Agenda", "", "| Bijeenkomst | dinsdag 10 maart 2026, 9.30 uur",
             "| Locatie | Stadhuis Hengelo, Burgemeester Jansenplein 1, Hengelo", "| Datum verzending | 24 februari 2026",
             "| Voorzitter | Anne Kamphuis (gemeente Hengelo)", "",
             "| 1. | 9.30 | Opening", "| 2. | 9.45 | Verslag van 13 januari 2026"]
    evidence = drawn_evidence(tmp_path, lines)
    assert dm.meeting_agenda(evidence)
    hit = dm.agenda_date(evidence)
    assert (hit.value if hit else None) == "2026-02-24"
    # Near miss: without its dispatch the rows name only the meeting it is for.
    assert dm.agenda_date(drawn_evidence(tmp_path, lines[:5] + lines[6:])) is None


def test_an_agenda_printed_from_a_council_information_system_is_dated_by_its_publication():
    # The page names the meeting in a row of fields and its own publication; its documents' dates stand in a column.
    text = ("Raadsinformatie gemeente Epe\nGemeenteraad\n\nDatum Aanvang Locatie\ndonderdag 12 december 2024 20:00 "
            "Raadzaal\nAgenda gepubliceerd op vrijdag 29 november 2024\n\nAgenda\n1. Opening\n2. Vragenhalfuur\n\n"
            "Documenten bij deze vergadering\nDatum\n22-10-2024\n05-11-2024\n")
    assert dm.meeting_agenda(ev(text))
    assert describe(text).doc_date == "2024-11-29"
    # Near miss: a note of a page that tells when an agenda was published is no agenda.
    note = "Gemeente Epe\nNieuwsbericht\nDe agenda gepubliceerd op 29 november 2024 is gewijzigd.\n"
    assert not dm.meeting_agenda(ev(note))


def test_a_bilingual_agenda_of_the_frisian_staten_is_a_meeting_agenda():
    # Fryslân prints the meeting in Frisian before Dutch ('Fergadering fan ...'): read as its Dutch equivalent.
    text = ("Provinsje Fryslân | Provinciale Staten\nAgenda\nFergadering fan Provinsjale Steaten / Vergadering van "
            "Provinciale Staten\n\n| Datum | Tijd | Plaats\n| woensdag 2 juli 2025 | 09.30 uur | Steatesaal\n\n"
            "| Nr. | Onderwerp | Stuk\n| 1 | Opening | -\n| 2 | Vragenuur | -\n")
    assert dm.meeting_agenda(ev(text))
    info = describe(text)
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("overig", "overig", None)
    # Near miss: a Frisian line that names no meeting under 'Agenda' makes no meeting's agenda.
    assert not dm.meeting_agenda(ev(text.replace("Fergadering fan", "Wenjen en wurkjen yn")))


def test_an_agenda_of_policy_is_no_meeting_agenda():
    # 'Agenda' also names a programme of policy; only a meeting's agenda loses the dates it prints.
    text = "Agenda Wonen 2024-2030\n\nVastgesteld door de raad op 12 maart 2024\n\nDe woningbouwopgave groeit.\n"
    assert not dm.meeting_agenda(ev(text))
    assert dm.meeting_agenda(ev(AGENDA.format(own="")))


PROGRAMME = ("Vereniging van Archivarissen\n\nStudiedag Digitaal Archiveren\n\nDonderdag 9 oktober 2025\n"
             "Het Hof, Amersfoort\n\n{title}\n{own}9.30 uur Ontvangst met koffie\n10.00 uur Opening door de voorzitter\n"
             "11.15 uur Pauze\n12.30 uur Lunch\n15.00 uur Borrel\n\nAanmelden kan tot 1 oktober 2025.\n")


@pytest.mark.parametrize(
    ("title", "own", "value"),
    [
        # The day a programme is for, under its title, is the meeting it is for, as an agenda's.
        ("PROGRAMMA", "", None),
        ("Dagprogramma", "", None),
        # A date of its own dates it: a version line, also run on into the next sentence of its small print.
        ("Programma onder voorbehoud - versie 2 september 2025. Wijzigingen in de zaalindeling volgen.", "",
         "2025-09-02"),
        ("Programma", "Versie 1.1 - 2 september 2025\n", "2025-09-02"),
        # The schedule's table names it in its head, the title names the event ('Herdenking 80 jaar bevrijding').
        ("Tijd\tProgramma", "", None),
        ("Tijdstip\tOnderdeel", "", None),
    ],
)
def test_the_programme_of_a_study_day_is_dated_only_by_a_date_of_its_own(title, own, value):
    text = PROGRAMME.format(title=title, own=own)
    assert dm.event_programme(ev(text))
    info = describe(text)
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("overig", "overig", value)


def test_a_programme_is_dated_by_its_version_line_in_the_page_footer(tmp_path):
    # A visit's schedule prints its version in the page's footer, which the content lines leave out as furniture.
    lines = ["# Programma bezoek delegatie Stadt Kleve aan de gemeente Berg en Dal", "",
             "| Tijd | Onderdeel | Locatie", "| 09.30 | Ontvangst met koffie | Gemeentehuis",
             "| 10.15 | Rondleiding | Raadzaal", "| 12.00 | Lunch | Restaurant De Duivelsberg",
             "| 14.00 | Fietstocht langs de grens | Wylerberg", "",
             "_ Programma versie 3 – 2 oktober 2025 | wijzigingen voorbehouden"]
    evidence = drawn_evidence(tmp_path, lines)
    assert all("versie" not in ln.text for ln in evidence.lines)
    hit = dm.programme_version_date(evidence)
    assert (hit.value, hit.rule) == ("2025-10-02", "programme_version_date")
    # Near miss: a footer that names a version without its date dates nothing.
    lines[-1] = "_ Programma versie 3 | wijzigingen voorbehouden"
    assert dm.programme_version_date(drawn_evidence(tmp_path, lines)) is None


@pytest.mark.parametrize(
    ("labels", "values", "value"),
    [
        # A visit's schedule dates itself in a row of labels under its title: the day it was drawn up.
        ("| Opgesteld | Door | Status", "| 11 maart 2025 | Kabinet burgemeester | definitief", "2025-03-11"),
        ("| Datum opgesteld | Versie", "| 11-03-2025 | 2", "2025-03-11"),
        # Near miss: a row that gives the day of the visit under its label is the day it is for.
        ("| Datum bezoek | Door | Status", "| 27 maart 2025 | Kabinet burgemeester | definitief", None),
    ],
)
def test_a_programme_is_dated_by_the_day_it_was_drawn_up_in_a_row_under_its_title(tmp_path, labels, values, value):
    lines = ["# Gemeente Oss", "## Programma bezoek delegatie partnerstad Kalisz", "## donderdag 27 maart 2025",
             labels, values, "", "| Tijd | Onderdeel | Locatie", "| 10.00 | Ontvangst in het stadhuis | Raadzaal",
             "| 11.30 | Bezoek aan de Tramhuiskade | Centrum", "| 13.00 | Lunch met de burgemeester | Stadhuis",
             "| 15.00 | Vertrek | Stadhuis"]
    evidence = drawn_evidence(tmp_path, lines)
    assert dm.event_programme(evidence)
    hit = dm.agenda_date(evidence)
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(
    ("head", "value"),
    [
        # A speech's head names the day it was said, with the place and what the occasion was.
        ("Toespraak van de burgemeester bij de opening van de Waalkade\nNijmegen, vrijdag 12 september 2025 – "
         "Waalkade", "2025-09-12"),
        ("Nieuwjaarstoespraak burgemeester\nmaandag 5 januari 2026, stadhuis Zwolle", "2026-01-05"),
        # Without its name in the title, the note that only the spoken word counts marks it.
        ("Herdenking bevrijding Zwolle\nZwolle, 14 april 2025\nAlleen het gesproken woord geldt.", "2025-04-14"),
        # Near miss: a speech whose head names no day is not dated by the days the speaker recalls.
        ("Toespraak van de burgemeester bij de opening van de Waalkade", None),
    ],
)
def test_a_speech_is_dated_by_the_day_its_head_names(head, value):
    text = (f"{head}\n\nDames en heren,\nOp 17 september 1944 begon hier de slag om de bruggen. Wij staan hier vandaag "
            "om te herdenken wat er in die dagen en in de maanden erna in onze stad is gebeurd.\n\nIk dank u.\n")
    hit = dm.speech_date(ev(text))
    assert (hit.value if hit else None) == value
    assert describe(text).doc_date == value


def test_a_text_that_names_no_speech_is_not_dated_so():
    # Near miss: a report whose head names a day is no speech.
    text = ("Verslag van de opening van de Waalkade\nNijmegen, vrijdag 12 september 2025\n\nDames en heren,\n"
            "De opening verliep voorspoedig en werd door honderden inwoners bijgewoond.\n")
    assert dm.speech_date(ev(text)) is None


@pytest.mark.parametrize(
    ("foot", "value"),
    [
        # An old typed programme of a royal visit closes with the burgemeester's signed place-date line: its own date.
        ("Zwolle, 14 Juni 1962.\nDe Burgemeester van Zwolle,\n[handtekening]\n", "1962-06-14"),
        # Near miss: a place-date line that is the day of the visit, no one signing under it.
        ("", None),
    ],
)
def test_a_programme_signed_under_its_place_date_line_is_dated_there(foot, value):
    text = ("GEMEENTE ZWOLLE\n\nPROGRAMMA\nvan het bezoek van Hare Majesteit de Koningin aan de gemeente "
            "Zwolle op dinsdag 26 Juni 1962.\n\n10.15 uur Aankomst aan de gemeentegrens\n10.30 uur Ontvangst ten "
            "Raadhuize\n10.50 uur Rondrit door de binnenstad\n11.30 uur Bezoek aan de Broerenkerk\n11.50 uur Bezoek "
            "aan de Sassenpoort\n12.30 uur Koffiemaaltijd\n13.30 uur Aubade door de schooljeugd\n13.45 uur Defilé van "
            "de verenigingen\n14.00 uur Vertrek naar Kampen\n\nHet publiek wordt verzocht de aanwijzingen van de politie "
            "op te volgen.\n\nWinkeliers langs de route wordt verzocht de gevels te versieren.\n\nDe scholen zijn die dag "
            "gesloten.\n\nParkeren op de Grote Markt is niet toegestaan.\n\nDe muziekkorpsen verzamelen om 9.30 uur op "
            "het Rodetorenplein.\n\n" + foot)
    assert dm.event_programme(ev(text))
    hit = dm.agenda_date(ev(text))
    assert (hit.value if hit else None) == value
    assert describe(text).doc_date == value


def test_a_programme_is_dated_by_its_version_line_at_its_foot():
    # The version line under the schedule, the programme's name before its label: a date of its own.
    text = PROGRAMME.format(title="Programma", own="") + "\nCongresprogramma versie 4 - 12 augustus 2025 - onder voorbehoud\n"
    hit = dm.programme_version_date(ev(text))
    assert (hit.value, hit.rule) == ("2025-08-12", "programme_version_date")
    assert describe(text).doc_date == "2025-08-12"
    # Near miss: a sentence about a version names its date later.
    text = PROGRAMME.format(title="Programma", own="") + "\nVersie 2 van het programma volgt op 3 september 2025.\n"
    assert dm.programme_version_date(ev(text)) is None


def test_a_programme_without_a_day_schedule_is_no_events_programme():
    # Near miss: a programme of policy names no day; its cover's date is its own.
    text = "Programma Aardgasvrije Wijken\n\nGemeente Ede\n\nmei 2024\n\nDe wijken gaan van het gas af.\n"
    assert not dm.event_programme(ev(text))
    assert describe(text).doc_date == "2024-05"
    # Nor is a day schedule without a programme's name (the minutes of a day, a chat) read as one.
    assert not dm.event_programme(ev(PROGRAMME.format(title="Verslag", own="")))
    # Nor under a table's head that names no programme (a log's 'Tijd | Melding').
    assert not dm.event_programme(ev(PROGRAMME.format(title="Tijd\tMelding", own="")))


def test_an_action_list_is_dated_by_the_meeting_it_follows_also_with_a_two_digit_year():
    text = ("Actielijst dagelijks bestuur\nnaar aanleiding van de vergadering van het dagelijks bestuur van 12-9-'24\n\n"
            "| Nr. | Ingebracht | Actie | Gereed\n| 24-03 | 14-03-'24 | Notitie huisvesting | 21-11-'24\n\n"
            "Volgende vergadering: donderdag 21 november 2024\n")
    info = describe(text)
    assert (info.doc_kind, info.doc_date, info.doc_date_rule) == ("besluitenlijst", "2024-09-12", "meeting_held")


RECORD = ("PROCES-VERBAAL VAN CONSTATERING\n\nOp dinsdag 4 juni 2025, omstreeks 07.15 uur, zag ik dat de schuur werd "
          "bewoond. De melding van 28 mei 2025 is daarmee bevestigd.\n\n")


@pytest.mark.parametrize(("closing", "value"), [
    ("Waarvan door mij is opgemaakt dit proces-verbaal, dat ik naar waarheid heb opgemaakt en ondertekend te "
     "Tiel op 6 juni 2025.\n", "2025-06-06"),
    ("Aldus opgemaakt en gesloten te Tiel op vrijdag 6 juni 2025.\n", "2025-06-06"),
    # The official's own past tense: 'dat ik sloot en ondertekende te ... op'.
    ("Waarvan door mij op ambtseed is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende te Culemborg op "
     "9 juni 2025.\n", "2025-06-09"),
    # The oath named after the verb: 'dat ik sloot en ondertekende op ambtseed te ... op'.
    ("Waarvan door mij is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende op ambtseed te Zwolle op "
     "4 maart 2025.\n", "2025-03-04"),
    ("Waarvan door mij is opgemaakt dit proces-verbaal, dat ik sloot en tekende, op ambtsbelofte, te Ede op "
     "5 maart 2025.\n", "2025-03-05"),
    # A scan sets the date's year apart as a paragraph of its own under the closing.
    ("Waarvan door mij is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende te Venlo op 7 juni\n\n2025.\n",
     "2025-06-07"),
    ("Aldus opgemaakt en gesloten te Tiel op 6 juni\n\n2025\n", "2025-06-06"),
    # Near miss: a line of figures under a closing with no day of its own is no year of its date.
    ("Aldus opgemaakt en gesloten te Tiel op een later moment.\n\n2025.\n", None),
    # The oath without a place and day after it closes nothing.
    ("Waarvan door mij is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende op ambtseed.\n", None),
    # A record that closes with no date keeps the day it reports, and a drawing 'opgemaakt' dates nothing.
    ("Waarvan is opgemaakt dit proces-verbaal, dat na voorlezing is getekend.\n", None),
    ("De tekening is opgemaakt door het bureau, ondertekend te Tiel, op een later moment.\n", None),
    # The record says of itself where and when it was drawn up, without a word of signing.
    ("Deze rapportage is opgemaakt te Tiel op 16 juni 2025 om 09.40 uur.\n", "2025-06-16"),
    ("Dit proces-verbaal is opgemaakt te Ede, op 5 maart 2025.\n", "2025-03-05"),
    # Near miss: a record drawn up after an event it dates is not dated by that event.
    ("Deze rapportage is opgemaakt naar aanleiding van de melding te Tiel op 12 mei 2025.\n", None),
])
def test_a_record_is_dated_by_its_closing_formula(closing, value):
    hit = dm.record_closing_date(ev(RECORD + closing))
    assert (hit.value if hit else None) == value


def test_an_officials_report_is_dated_by_its_closing_formula_not_the_visit():
    text = ("Politie\n\nBESTUURLIJKE RAPPORTAGE\nArtikel 13b Opiumwet\n\nAan de burgemeester van Tiel\nDatum onderzoek "
            "3 juni 2025\n\nBevindingen\nOp 3 juni 2025 troffen wij in de woning 40 gram cocaïne aan. Eerdere "
            "meldingen kwamen op 12 mei 2025 binnen.\n\nWaarvan door ons is opgemaakt deze bestuurlijke rapportage, "
            "die wij ondertekenden te Tiel op 16 juni 2025.\n")
    info = describe(text)
    assert (info.doc_kind, info.doc_date, info.doc_date_rule) == ("rapport", "2025-06-16", "record_closing")
    # Near miss: without its closing formula the report is not dated by the day its officials signed it.
    assert describe(text.split("Waarvan")[0]).doc_date_rule != "record_closing"


@pytest.mark.parametrize(("field", "value"), [
    # A typed telephone note's date field with a two-digit year, before the dates its message names.
    ("Datum: 4-3-'91   Tijd: 10.45 uur", "1991-03-04"),
    ("Datum: 04-03-91", "1991-03-04"),
    # Near miss: a field of the call with no date leaves the note to the message's date.
    ("Tijd: 10.45 uur", "1991-02-14"),
])
def test_a_telephone_note_is_dated_by_its_date_field_with_a_two_digit_year(field, value):
    text = (f"TELEFOONNOTITIE\n\n{field}\nAangenomen door: J. Wessels\nGesprek met: dhr. Brinkman\n\n"
            "Dhr. Brinkman meldt dat de rechter de ontruiming toestond bij vonnis van 14 februari 1991.\n")
    assert describe(text).doc_date == value


def test_a_meeting_named_in_a_sentence_with_a_two_digit_year_dates_no_record():
    # A decision list's promise to act before the next meeting names that meeting, not the one recorded.
    text = ("GEMEENTE VREESWIJK\n\nBESLUITENLIJST\nvan de vergadering van burgemeester en wethouders, d.d. 7-3-1967\n\n"
            "1. Riolering Vreeswijk-Noord: advies O.W.\n\nToezeggingen: wethouder Verhoef bespreekt punt 1 met de "
            "directeur vóór de vergadering van 21-3-'67.\n")
    assert describe(text).doc_date == "1967-03-07"


@pytest.mark.parametrize(("opening", "value"), [
    # An official record's opening formula names its session, before a meeting it mentions further on.
    ("Op heden, woensdag de zevende maart negentienhonderd twee en zestig, is aanbesteed het werk volgens bestek, "
     "goedgekeurd in de vergadering van 30 januari 1962.\n", "1962-03-07"),
    ("Op heden, 12 maart 2024, zijn de inschrijvingen geopend.\n", "2024-03-12"),
    # 'Op heden' in a sentence of its own is no such formula.
    ("Op heden ontvingen wij de inschrijvingen van 12 maart 2024.\n", None),
])
def test_an_official_record_is_dated_by_its_opening_formula(opening, value):
    hit = dm.meeting_held_date(ev("PROCES-VERBAAL VAN AANBESTEDING\n\n" + opening))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(
    ("stamp", "value"),
    [
        # A ministry's or archive's received stamp above a motie dates its arrival, not the motie.
        ("DIRECTIE WELZIJN\nINGEK. 14 MRT. 1984\n", "1984-03-08"),
        ("Ontv. 14 maart 1984\n", "1984-03-08"),
        ("Ingekomen: 14-03-1984\n", "1984-03-08"),
        # Near miss: a date line above the motie that is no stamp is the first date, as before.
        ("Vergadering 7 maart 1984\n", "1984-03-07"),
    ],
)
def test_a_received_stamp_above_a_motie_is_passed_over_for_its_first_date(stamp, value):
    text = (stamp + "Tweede Kamer der Staten-Generaal\nNr. 12 MOTIE VAN HET LID DE BOER\nVoorgesteld 8 maart 1984\n\n"
            "De Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering de bijdrage te handhaven,\n")
    assert dd.meeting_date(ev(text)).value == value


COMMITTEE_ADVICE = ("Welstandscommissie gemeente Brummen\n\n{title}\n\n{fields}Locatie Kerkstraat 8, Eerbeek\n"
                    "Ontvangen aanvraag 3 september 2024\nOmschrijving plaatsen dakkapel aan de voorzijde\n\nBeoordeling\n"
                    "De dakkapel is te breed voor het dakvlak en verstoort de rust van de straatwand.\n\nAdvies\n"
                    "Niet akkoord. De commissie ziet het plan graag opnieuw.\n\nNamens de commissie,\nA. de Wit, secretaris\n")


@pytest.mark.parametrize(
    ("title", "fields", "value", "rule"),
    [
        # A committee's advice is made in its meeting, not when the application came in.
        ("Advies welstandscommissie", "Vergadering 19 september 2024, openbare vergadering\n", "2024-09-19",
         "meeting_advice"),
        ("Welstandsadvies", "Datum vergadering\n19 september 2024\n", "2024-09-19", "meeting_advice"),
        # Its own date, where it prints one, before the meeting's.
        ("Advies van de commissie ruimtelijke kwaliteit", "Datum vergadering 19 september 2024\n"
         "Datum advies 24 september 2024\n", "2024-09-24", "advice_date"),
    ],
)
def test_a_committees_advice_is_dated_by_the_meeting_that_gave_it(title, fields, value, rule):
    hit = dm.meeting_advice_date(ev(COMMITTEE_ADVICE.format(title=title, fields=fields)))
    assert (hit.value, hit.rule) == (value, rule)


def test_an_advisory_assemblys_advice_is_dated_by_its_adoption_in_plenary():
    # An advisory assembly prints its advice under 'ADVIES' alone and its procedure after it: the plenary's adoption
    # gives the advice, not the bureau's decision nor its committee's steps before it.
    text = ("Europees Comité van de Regio's\n163e zitting, 5 en 6 februari 2025\n\nADVIES\n\nDe toekomst van de "
            "stedelijke agenda\n\nII. PROCEDURE\nBesluit van het bureau 12 september 2024\nGoedkeuring in de "
            "commissie 28 november 2024\nGoedkeuring in de plenaire zitting 5 februari 2025\n")
    hit = dm.meeting_advice_date(ev(text))
    assert (hit.value, hit.rule) == ("2025-02-05", "meeting_advice")
    # Near miss: without the plenary's line the committee's adoption is no meeting of the advice's own.
    assert dm.meeting_advice_date(ev(text.replace("Goedkeuring in de plenaire zitting 5 februari 2025\n", ""))) is None


def test_a_meeting_label_of_a_report_that_is_no_committees_advice_dates_nothing():
    # Near misses: a report that names the meeting it goes to, an advice that names no committee.
    for title in ("Evaluatie dakkapellenbeleid", "Advies over de dakkapel"):
        assert dm.meeting_advice_date(ev(COMMITTEE_ADVICE.format(
            title=title, fields="Vergadering 19 september 2024\n"))) is None


def test_a_closing_line_run_onto_the_last_article_still_dates_the_adoption():
    text = ("Verordening parkeerbelastingen 2025\n\nArtikel 9\n2. Deze verordening wordt aangehaald als: Verordening "
            "parkeerbelastingen 2025. Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Oss van "
            "12 december 2024.\n")
    hit = dm.adopted_in_meeting_date(ev(text))
    assert hit is not None and hit.value == "2024-12-12"
    # Near miss: an older decision cited inside a sentence, with no closing formula, adopts nothing.
    cited = "De Verordening parkeerbelastingen 2016, vastgesteld in de vergadering van 12 juli 2016, wordt ingetrokken.\n"
    assert dm.adopted_in_meeting_date(ev(cited)) is None


def test_a_closing_formula_run_onto_the_last_articles_paragraph_dates_the_decision():
    # The text layer joined the closing line to the paragraph above it.
    text = ("Peilbesluit Polder Oost 2019\n\nHet algemeen bestuur van Waterschap Zuid; gelezen het voorstel van het "
            "dagelijks bestuur van 1 oktober 2019; besluit:\n1. vast te stellen het peilbesluit.\n2. te bepalen dat "
            "dit besluit in werking treedt op de dag na bekendmaking. Aldus vastgesteld in de openbare vergadering "
            "van het algemeen bestuur van 12 november 2019. de secretaris-directeur, de dijkgraaf,\n")
    hit = dm.adopted_in_meeting_date(ev(text))
    assert (hit.value, text[hit.start:hit.end]) == ("2019-11-12", "12 november 2019")
    # Near miss: a sentence that says an earlier decision was adopted so opens with no 'Aldus'.
    said = text.replace("Aldus vastgesteld in de openbare", "Het vorige besluit is vastgesteld in de openbare")
    assert dm.adopted_in_meeting_date(ev(said)) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Verslag van de vergadering van de commissie Sociaal Domein\n\nDatum vergadering: 12 maart 2024\n"
         "Aanwezig: de leden Jansen en Bakker\n\nDe voorzitter opent de vergadering op 1 april.\n", "2024-03-12"),
        ("Nr. 12 Verslag van een schriftelijk overleg\n\nVastgesteld 16 januari 2024\n\n"
         "De vragen zijn op 6 november 2023 aan de minister voorgelegd.\n", "2024-01-16"),
        ("Besluitenlijst college van burgemeester en wethouders\n\nvergadering van dinsdag 5 juni 2023\n\n"
         "1. Het college besluit de subsidie te verlenen.\n", "2023-06-05"),
        # Another field's date is not the meeting's.
        ("Verslag bestuurlijk overleg\n\nDatum verzending: 18 juli 2024\n\nOverleg van de wethouders op donderdag "
         "4 juli 2024\n", "2024-07-04"),
    ],
)
def test_minutes_and_decision_lists_take_the_meeting_date(text, value):
    hit = dm.meeting_date(ev(text))
    assert hit.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Minutes adopt the record of the meeting before: its date is not theirs.
        ("Besluitenlijst vergadering Gedeputeerde Staten\ndinsdag 19 november 2024\n\n1. Vaststelling besluitenlijst\n"
         "De besluitenlijst van de vergadering van 12 november 2024 wordt ongewijzigd vastgesteld.\n", "2024-11-19"),
        ("Verslag van het algemeen bestuur\n3 april 2024\n\n1. Notulen\nDe notulen van de vergadering van 6 maart "
         "2024 worden vastgesteld.\n", "2024-04-03"),
        # A title names its own record.
        ("Besluitenlijst van de vergadering van dinsdag 19 maart 2024\n\n1. De besluitenlijst van de vergadering "
         "van 12 maart 2024 wordt vastgesteld.\n", "2024-03-19"),
        ("Verslag van de vergadering van 3 april 2024\n\nAanwezig: de leden Jansen en Bakker\n", "2024-04-03"),
        # An agenda item's number before the record: the record of the meeting before, to adopt.
        ("Verslag commissie Bestuur\n\nVerslag van de openbare vergadering van de commissie, gehouden op dinsdag 4 juni "
         "2024.\n\n1. Opening\n2. Verslag van de vergadering van 16 april 2024\nHet verslag wordt vastgesteld.\n",
         "2024-06-04"),
        ("Notulen algemeen bestuur\n\nVergadering van 12 december 2024\n\n3. Vaststelling notulen van de "
         "vergadering van 7 november 2024\n", "2024-12-12"),
        # A meeting named in a sentence of its own is still the meeting's.
        ("Motie\n\nDe gemeenteraad van Hardenberg, in de vergadering van 7 november 2024,\n", "2024-11-07"),
    ],
)
def test_the_record_of_the_meeting_before_does_not_date_minutes(text, value):
    assert dm.meeting_date(ev(text)).value == value


def test_a_conversation_record_is_dated_by_its_conversation_not_by_a_birth_date_above_it():
    # A Wmo record of a kitchen-table talk: the client's birth date and the report's sending are no date of the talk.
    text = ("Gespreksverslag onderzoek Wmo\nGemeente Epe - Sociaal Team\n\nNaam inwoner mw. J. Bos\n"
            "Geboortedatum 03-02-1938\nDatum melding 12-08-2024\nDatum gesprek 27-08-2024\n"
            "Verslag verzonden 02-09-2024\n\nAanleiding\nMevrouw kan niet meer zelf douchen.\n")
    info = describe(text)
    assert (info.doc_kind, info.doc_date, info.doc_date_rule) == ("verslag", "2024-08-27", "meeting_date")
    # Near miss: a letter that names the talk dates itself by its own label, never by the talk's.
    letter = ("Geachte mevrouw Bos,\n\nDatum: 9 september 2024\nDatum gesprek: 27 augustus 2024\n\n"
              "Wij kennen u een douchestoel toe.\n\nMet vriendelijke groet,\n\nhet college\n")
    assert describe(letter).doc_date == "2024-09-09"


@pytest.mark.parametrize(("closing", "value"), [
    # A counting office's record closes on the public session it was drawn up and signed in.
    ("Aldus vastgesteld en ondertekend in de openbare zitting van 17 maart 2023.", "2023-03-17"),
    ("Aldus opgemaakt en getekend ter zitting op vrijdag 17 maart 2023.", "2023-03-17"),
    # Near miss: a session named in a sentence, signed by no one, closes nothing.
    ("De uitkomsten zijn vastgesteld in de openbare zitting van 17 maart 2023.", None),
    # The session of the body that names itself, with the day after 'op'; a model's field on the line under the
    # formula, the closing after midnight the day after the vote.
    ("Aldus vastgesteld in de openbare zitting van het centraal stembureau op 20 maart 2023.", "2023-03-20"),
    ("Aldus vastgesteld en ondertekend in de openbare zitting van het stembureau op:\nDatum 16-03-2023 Tijdstip "
     "00.41 uur", "2023-03-16"),
    # Near misses: a session of another body than a stembureau, or a field under the formula that holds no date.
    ("Aldus vastgesteld in de openbare zitting van de raad op 20 maart 2023.", None),
    ("Aldus vastgesteld en ondertekend in de openbare zitting van het stembureau op:\nTijdstip 00.41 uur", None),
])
def test_a_record_closing_on_the_session_it_was_signed_in_is_dated_by_it(closing, value):
    text = ("Proces-verbaal van het gemeentelijk stembureau\nVerkiezing van de leden van Provinciale Staten, "
            "15 maart 2023\n\nHet stembureau heeft de uitkomsten vastgesteld (proces-verbaal N 10-1 van 15 maart "
            f"2023).\n\n{closing}\n\nDe voorzitter, J. de Vries\n")
    hit = dm.record_closing_date(ev(text))
    assert (hit.value if hit else None) == value
    if value:
        # Not the election day in its title.
        info = describe(text)
        assert (info.doc_kind, info.doc_date, info.doc_date_rule) == ("verslag", value, "record_closing")


@pytest.mark.parametrize(("speck", "value"), [("… ", "2024-06-27"), ("_ ", "2024-06-27"), ("", "2024-06-27")])
def test_a_specks_glyph_before_a_council_decisions_closing_line_still_dates_it(speck, value):
    # A scan reads a speck at the line's start as a glyph or two ('… Aldus vastgesteld ...').
    text = ("Raadsbesluit\n\nDe raad van de gemeente Ede;\ngelezen het voorstel van burgemeester en wethouders van "
            f"14 mei 2024;\n\nbesluit:\n1. de verordening vast te stellen.\n\n{speck}Aldus vastgesteld in de openbare "
            "vergadering van de raad van de gemeente Ede op 27 juni 2024.\n")
    hit = dm.adopted_in_meeting_date(ev(text))
    assert (hit.value if hit else None) == value


def test_a_specks_glyph_before_a_sentence_that_cites_a_decision_makes_no_closing_line():
    # Near miss: the glyph only lets the closing formula through; a cited adoption is still none.
    cited = "… De Verordening 2016, vastgesteld in de vergadering van 12 juli 2016, wordt ingetrokken.\n"
    assert dm.adopted_in_meeting_date(ev(cited)) is None


HEARINGS = ("Agenda openbare hoorzittingen\nCommissie bezwaarschriften - kamer Personeel\n{own}Datum zitting: donderdag "
            "12 juni 2025\nLocatie: Stadhuis, zaal 1.06\n\nTijd\tZaaknummer\tBestreden besluit van\n"
            "13.30\tP-2025-006\t14 januari 2025\n14.15\tP-2025-009\t3 februari 2025\n")


@pytest.mark.parametrize(("own", "value"), [
    # The day of the hearings it is for is no date of the agenda's own; a date of its own dates it.
    ("", None),
    ("Datum verzending: 2 juni 2025\n", "2025-06-02"),
])
def test_an_agenda_of_hearings_is_a_meeting_agenda_dated_only_by_a_date_of_its_own(own, value):
    text = HEARINGS.format(own=own)
    assert dm.meeting_agenda(ev(text))
    info = describe(text)
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("overig", "overig", value)


def test_an_agenda_of_possessions_is_no_agenda_of_a_sitting():
    # Near miss: 'bezittingen' ends in the noun of a sitting, and names none.
    assert not dm.meeting_agenda(ev("Agenda bezittingen en schulden 2025\n\nDe gemeente bezit 40 panden.\n"))


@pytest.mark.parametrize("title", [
    # A meeting named as a compound with a hyphen (an ondernemingsraad's, a medezeggenschapsraad's).
    "Agenda OR-vergadering dinsdag 11 maart 2025\n",
    # A group that meets (klankbordgroep, stuurgroep), its name on the line under the title's word.
    "Agenda\n\nStuurgroep Windpark Oostpolder\n",
])
def test_an_agenda_of_a_body_named_by_a_compound_is_dated_only_by_a_date_of_its_own(title):
    text = (f"{title}Datum woensdag 12 maart 2025\nTijd 19.30 uur\n\n1. Opening\n"
            "2. Verslag van de bijeenkomst van 5 februari 2025\n3. Rondvraag en sluiting\n")
    assert dm.meeting_agenda(ev(text))
    assert describe(text).doc_date is None


def test_a_group_named_under_a_title_that_is_no_agenda_makes_no_agenda():
    # Near miss: a report of a working group, and an agenda in the sense of a programme ('Agenda 2030').
    assert not dm.meeting_agenda(ev("Rapport\n\nWerkgroep Duurzame Inkoop\n\nDatum 12 maart 2025\n"))
    assert not dm.meeting_agenda(ev("Agenda 2030\n\nWerkgroep Duurzame Inkoop\n\nDatum 12 maart 2025\n"))


BW_ADVICE = ("B&W-advies\n\n{fields}\nOnderwerp Aanwijzing koopzondagen 2025\nPortefeuillehouder wethouder Economie\n\n"
             "Voorgesteld besluit\n1. De zondagen in 2025 aan te wijzen.\n\nBesluit college\nBesluit conform advies\n"
             "Datum 15-10-2024\n")


@pytest.mark.parametrize(("fields", "value"), [
    # An official's advice to the college is dated by its own 'Datum advies', not the college's meeting or decision.
    ("Datum advies 1 oktober 2024\nDatum collegevergadering 15 oktober 2024", "2024-10-01"),
    # Near miss: without a date of its own, the meeting it goes to does not date it here.
    ("Datum collegevergadering 15 oktober 2024\nVergadering 15 oktober 2024", None),
])
def test_an_advice_to_the_college_is_dated_by_its_own_advice_date(fields, value):
    hit = dm.meeting_advice_date(ev(BW_ADVICE.format(fields=fields)))
    assert (hit.value if hit else None) == value


@pytest.mark.parametrize(("row", "value"), [
    # The meeting's row of fields under its title, the labels run together before their values.
    ("Datum Tijd Locatie woensdag 2 april 2025 15.00 – 16.45 uur Stadhuis Zoetermeer", "2025-04-02"),
    ("Datum Aanvang 2 april 2025 15.00 uur", "2025-04-02"),
    # Near miss: a row whose first value is no date dates nothing (the date further on is another field's): the
    # meeting a decision names is all the rule finds then.
    ("Datum Tijd Locatie 15.00 uur, verplaatst naar 9 april 2025", None),
])
def test_a_decision_lists_meeting_in_a_row_of_fields_comes_before_a_meeting_its_decisions_name(row, value):
    text = ("Besluitenlijst\n\nVergadering van het algemeen bestuur van het Recreatieschap\n\n" + row + "\n\n"
            "1 Opening De agenda wordt vastgesteld.\n2 Speelnatuur Het DB legt het krediet in de vergadering van "
            "2 juli 2025 voor.\n")
    hit = dm.labelled_meeting_date(ev(text))
    assert (hit.value if hit else None) == (value or "2025-07-02")


def test_an_old_council_decision_is_dated_by_its_closing_with_the_day_as_an_ordinal():
    # 'van den 21en December 1971': an old closing names the day after 'den', as an ordinal.
    text = ("VERORDENING op de heffing van leges\n\nDe Raad der gemeente Gouda;\ngelezen het voorstel van Burgemeester "
            "en Wethouders van 30 November 1971;\n\nB E S L U I T :\nArtikel 1. Deze verordening treedt in werking op "
            "1 Januari 1972.\n\nAldus vastgesteld in de openbare vergadering van den 21en December 1971.\n\n"
            "Goedgekeurd bij Koninklijk Besluit van 4 Februari 1972, no. 37.\nAfgekondigd de 16e Februari 1972.\n")
    hit = dm.adopted_in_meeting_date(ev(text))
    assert (hit.value, text[hit.start:hit.end]) == ("1971-12-21", "21en December 1971")
    # On a weekday's name too ('op Dinsdag, den 4den Maart 1952').
    weekday = text.replace("van den 21en December 1971", "op Dinsdag, den 4den Maart 1952")
    assert dm.adopted_in_meeting_date(ev(weekday)).value == "1952-03-04"
