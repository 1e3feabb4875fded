"""Dates of the lists of an event's people (``doc_date_lists.py``), on lists written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract import doc_date_lists as dl
from pipeline.extract.document import describe_document, evidence
from pipeline.ingest import raw_document_from_text
from pipeline.records import CleanPage


def ev(text: str):
    return evidence((CleanPage.from_text(text),))


def describe(text: str):
    return describe_document(raw_document_from_text(text), (CleanPage.from_text(text),), pipeline_version="test")


SIGNED = ("Gemeente Zwolle - team Handhaving\n\nPresentielijst\nCursus verbaliseren voor boa's\n\n"
          "{label}: 3 april 2024\nLocatie: stadskantoor, zaal 4\n\nNr. Naam Dienstnummer Paraaf\n1 A. Jansen 1204 AJ\n"
          "2 B. de Boer 1377 BdB\n3 C. Smit 1402 afwezig\n\nDeze lijst uiterlijk 5 april 2024 inleveren bij het "
          "secretariaat.\n\nAfgedrukt: 2 april 2024 16:40\n")


@pytest.mark.parametrize("label", ["Datum cursus", "Datum", "Datum bijeenkomst"])
def test_a_list_signed_at_the_session_is_dated_by_the_session(label):
    text = SIGNED.format(label=label)
    assert dl.event_list(ev(text))
    info = describe(text)
    assert (info.doc_type, info.doc_kind, info.doc_date, info.doc_date_rule) == (
        "overig", "overig", "2024-04-03", "event_list_session")


REGISTERED = ("Deelnemerslijst\nWebinar 'De Wet open overheid in de praktijk' - dinsdag 14 mei 2024, 19.30 uur\n\n"
              "{own}Nr. Naam Organisatie Aangemeld op\n1 A. Jansen gemeente Zwolle 02-05-2024\n"
              "2 B. de Boer gemeente Kampen 06-05-2024\n\nTotaal aangemeld: 2\n\n"
              "Geëxporteerd uit het aanmeldsysteem op 13-05-2024 09:12\n")


@pytest.mark.parametrize(("own", "value"), [
    # Made before the event: the webinar in its title, the rows' sign-up dates and the export line date nothing.
    ("", None),
    # A Datum of its own dates it.
    ("Datum: 13 mei 2024\n\n", "2024-05-13"),
])
def test_a_list_made_before_the_event_has_only_a_date_of_its_own(own, value):
    text = REGISTERED.format(own=own)
    assert dl.event_list(ev(text))
    assert describe(text).doc_date == value


def test_a_document_that_only_mentions_a_list_is_none():
    # Near miss: minutes that refer to the presentielijst keep the meeting they record.
    text = ("Verslag van de vergadering van de auditcommissie, gehouden op 12 maart 2024\n\n"
            "Aanwezig: zie de presentielijst\n\n1. Opening\nDe voorzitter opent de vergadering.\n")
    assert not dl.event_list(ev(text))
    assert describe(text).doc_date == "2024-03-12"
