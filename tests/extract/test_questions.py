"""Kamervragen as question records: labels, shared answers, footnotes, header fields, offsets."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from pipeline.clean import clean_page
from pipeline.extract.doc_kamervragen import addressees, kamervragen_header, label_numbers, members_and_parties
from pipeline.extract.doc_lines import Line
from pipeline.extract.document import describe_document
from pipeline.extract.questions import label_segments, labelled_blocks, question_records, split_footnotes
from pipeline.ingest import raw_document_from_text, read_document
from pipeline.process import process_text
from pipeline.records import CleanPage
from pipeline.tables import to_table

HERE = Path(__file__).resolve().parent
DOCUMENTS = HERE / "documents"
CORPUS = HERE.parents[1] / "corpus"


def records_of_file(path: Path):
    raw = read_document(path, source=str(path))
    pages = tuple(clean_page(p) for p in raw.pages)
    info = describe_document(raw, pages, pipeline_version="test")
    return question_records(pages, [], info), pages


def records_of_text(text: str):
    pages = (CleanPage.from_text(text),)
    info = describe_document(raw_document_from_text(text), pages, pipeline_version="test")
    return question_records(pages, [], info), pages


# --------------------------------------------------------------------------
# Corpus document 002


@pytest.fixture(scope="module")
def corpus_002():
    return records_of_file(CORPUS / "002_4598030a039988b1.txt")


def test_corpus_002_has_five_questions(corpus_002):
    records, _ = corpus_002
    assert [r.number for r in records] == [1, 2, 3, 4, 5]


def test_corpus_002_questions_two_to_four_share_one_answer(corpus_002):
    records, _ = corpus_002
    by_number = {r.number: r for r in records}
    shared = [by_number[n] for n in (2, 3, 4)]
    assert all(r.answer_shared for r in shared)
    assert len({(r.answer, r.answer_start, r.answer_end) for r in shared}) == 1
    assert shared[0].answer.startswith("Het Inspectierapport geeft aan")
    assert not by_number[1].answer_shared and by_number[1].answer == "Ja"
    assert not by_number[5].answer_shared and by_number[5].answer.startswith("De vraag over het betrekken")


def test_corpus_002_header_fields(corpus_002):
    records, _ = corpus_002
    for r in records:
        assert (r.member, r.party) == ("Tellegen", "VVD")
        assert (r.submitted, r.received) == ("2017-09-15", "2017-10-10")
        assert r.addressed_to == "Minister van Sociale Zaken en Werkgelegenheid; Minister van Veiligheid en Justitie"
        assert r.answered_by.startswith("Minister Asscher (Sociale Zaken en Werkgelegenheid)")


def test_corpus_002_footnote_markers_are_split_off(corpus_002):
    records, _ = corpus_002
    by_number = {r.number: r for r in records}
    assert by_number[1].question.endswith("tegen radicalisering»?")
    assert by_number[1].footnotes == ("1",)
    assert by_number[5].question.endswith("bij terrorismebestrijding?")
    assert by_number[5].footnotes == ("2",)
    assert by_number[3].footnotes == ()


def test_corpus_002_offsets_point_at_the_text(corpus_002):
    records, pages = corpus_002
    for r in records:
        text = pages[r.page - 1].text
        assert " ".join(text[r.question_start:r.question_end].split()) == r.question
        assert text[r.answer_start:r.answer_end].startswith(r.answer[:40])
        assert "Naar boven" not in r.answer


def test_records_fit_the_questions_table(corpus_002):
    records, _ = corpus_002
    table = to_table("questions", [dataclasses.asdict(r) for r in records])
    assert table.num_rows == 5
    assert len(set(table.column("fact_id").to_pylist())) == 5


def test_process_text_fills_result_questions():
    text = (CORPUS / "002_4598030a039988b1.txt").read_text(encoding="utf-8")
    result = process_text(text, source="002.txt")
    assert result.info.doc_type == "kamervragen" and len(result.questions) == 5


# --------------------------------------------------------------------------
# Documents written for the tests


def test_shared_answer_and_footnotes_in_written_set():
    records, pages = records_of_file(DOCUMENTS / "kamervragen_voetnoten.txt")
    by_number = {r.number: r for r in records}
    assert sorted(by_number) == [1, 2, 3, 4]
    assert by_number[3].answer == by_number[4].answer and by_number[3].answer_shared and by_number[4].answer_shared
    assert "Volkskrant" not in by_number[4].answer and "Naar boven" not in by_number[4].answer
    assert by_number[1].question == "Kent u het bericht «Leraren zien vaker radicalisering in de klas»?"
    assert by_number[1].footnotes == ("1",)
    # A marker in the answer: '38 meldingen van scholen.2 Niet elke ...'
    assert by_number[2].footnotes == ("2",)
    assert "scholen. Niet elke melding" in by_number[2].answer
    assert by_number[1].member == "Van Toorenburg; Verhoeven" and by_number[1].party == "CDA; D66"
    assert by_number[1].addressed_to == (
        "Minister van Justitie en Veiligheid; Staatssecretaris van Onderwijs, Cultuur en Wetenschap"
    )
    assert (by_number[1].submitted, by_number[1].received) == ("2018-03-06", "2018-04-03")


def test_questions_without_answers_yet():
    records, _ = records_of_file(DOCUMENTS / "kamervragen_zonder_antwoord.txt")
    assert [r.number for r in records] == [1, 2, 3]
    assert all(r.answer is None and r.answer_start is None and not r.answer_shared for r in records)
    assert records[0].member == "Kuiken; Recourt" and records[0].party == "PvdA"
    assert records[0].addressed_to == (
        "Minister van Veiligheid en Justitie; Minister van Onderwijs, Cultuur en Wetenschap; "
        "Minister van Sociale Zaken en Werkgelegenheid"
    )
    assert records[0].received is None and records[0].answered_by is None


def test_two_pages_offsets_are_on_the_page_where_the_text_starts():
    records, pages = records_of_file(DOCUMENTS / "kamervragen_raad_twee_paginas.txt")
    by_number = {r.number: r for r in records}
    assert sorted(by_number) == [1, 2, 3]
    two = by_number[2]
    assert two.answer.endswith("gedragen door het Rijk.")
    assert two.answer_page == 1 and two.answer_end == len(pages[0].text.rstrip())
    three = by_number[3]
    assert three.page == 2 and three.answer_page == 2
    assert pages[1].text[three.question_start:three.question_end] == three.question
    assert three.answer == "Ja, vanaf het najaar van 2019."


def test_answers_after_all_questions_are_joined_by_number():
    text = (
        "Vraag 1\nHoeveel uitreizigers zijn er?\n\nVraag 2\nHoeveel zijn teruggekeerd?\n\n"
        "Vraag 3\nWorden zij vervolgd?\n\n"
        "Antwoord 1\nOngeveer 280.\n\nAntwoord op vragen 2 t/m 3\nZie de brief van 4 april.\n"
    )
    records, _ = records_of_text(text)
    answers = {r.number: (r.answer, r.answer_shared) for r in records}
    assert answers == {1: ("Ongeveer 280.", False), 2: ("Zie de brief van 4 april.", True),
                       3: ("Zie de brief van 4 april.", True)}


def test_other_documents_give_no_questions():
    records, _ = records_of_file(DOCUMENTS / "brief_onderwerp_dagtekening.txt")
    assert records == []


# --------------------------------------------------------------------------
# The small functions


@pytest.mark.parametrize(
    ("text", "cleaned", "markers"),
    [
        ("radicalisering»?1", "radicalisering»?", ("1",)),
        ("terrorismebestrijding?2", "terrorismebestrijding?", ("2",)),
        ("meldingen van scholen.12 Niet elke", "meldingen van scholen. Niet elke", ("12",)),
        ("het rapport (Inspectie V&J)3 laat zien", "het rapport (Inspectie V&J) laat zien", ("3",)),
        ("het Inspectierapport4 laat zien", "het Inspectierapport laat zien", ("4",)),
        ("een bedrag van € 1.50 per dag", "een bedrag van € 1.50 per dag", ()),
        ("tijdens COVID-19 en daarna", "tijdens COVID-19 en daarna", ()),
        ("een perceel van 100 m2 grond", "een perceel van 100 m2 grond", ()),
        ("in 2017 en 2018.", "in 2017 en 2018.", ()),
        ("artikel 3.2 van de wet", "artikel 3.2 van de wet", ()),
        ("versie 2.0", "versie 2.0", ()),
    ],
)
def test_split_footnotes(text, cleaned, markers):
    assert split_footnotes(text) == (cleaned, markers)


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("1", [1]),
        ("2, 3 en 4", [2, 3, 4]),
        ("6 t/m 8", [6, 7, 8]),
        ("6 tot en met 8", [6, 7, 8]),
        ("9-10", [9, 10]),
        ("2 en 5", [2, 5]),
    ],
)
def test_label_numbers(text, numbers):
    assert label_numbers(text) == numbers


@pytest.mark.parametrize(
    ("line", "kind", "numbers"),
    [
        ("Vraag 1", "question", (1,)),
        ("Vraag 12: Bent u bekend met het bericht?", "question", (12,)),
        ("Antwoord 2, 3 en 4", "answer", (2, 3, 4)),
        ("Antwoord op vraag 5", "answer", (5,)),
        ("Antwoord op de vragen 6 t/m 8:", "answer", (6, 7, 8)),
        ("Vraag 2 en 3", "question", (2, 3)),
        ("Vragen 4, 5 en 6", "question", (4, 5, 6)),
        ("Vragen 7 t/m 9: Wat is de stand van zaken?", "question", (7, 8, 9)),
    ],
)
def test_labels(line, kind, numbers):
    blocks = labelled_blocks((CleanPage.from_text(f"{line}\nTekst van het blok.\n"),))
    assert [(b.kind, b.numbers) for b in blocks] == [(kind, numbers)]


@pytest.mark.parametrize(
    "line",
    ["vraag 2 is eerder beantwoord.", "Antwoord van minister Grapperhaus (ontvangen 3 april 2018).", "Vraagstelling",
     "Vragen van het lid Kops (PVV) aan de minister over de gemeentefinanciën."],
)
def test_not_labels(line):
    assert labelled_blocks((CleanPage.from_text(f"{line}\nTekst.\n"),)) == []


def test_label_joined_to_a_line_is_split_off():
    text = "Is het college daartoe bereid? Antwoord op vraag 3: Ja."
    line = Line(1, 0, len(text), text)
    assert [s.text for s in label_segments(line)] == ["Is het college daartoe bereid?", "Antwoord op vraag 3: Ja."]
    assert all(text[s.start:s.end] == s.text for s in label_segments(line))


@pytest.mark.parametrize(
    ("text", "members", "parties"),
    [
        ("Tellegen (VVD)", ("Tellegen",), ("VVD",)),
        ("Kuiken en Recourt (beiden PvdA)", ("Kuiken", "Recourt"), ("PvdA", "PvdA")),
        ("Van der Staaij (SGP) en Bisschop (SGP)", ("Van der Staaij", "Bisschop"), ("SGP", "SGP")),
        ("Kuzu, Öztürk en Azarkan (allen DENK)", ("Kuzu", "Öztürk", "Azarkan"), ("DENK", "DENK", "DENK")),
    ],
)
def test_members_and_parties(text, members, parties):
    assert members_and_parties(text) == (members, parties)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de Ministers van Sociale Zaken en Werkgelegenheid en van Veiligheid en Justitie",
         ("Minister van Sociale Zaken en Werkgelegenheid", "Minister van Veiligheid en Justitie")),
        ("de Minister van Justitie en Veiligheid en de Staatssecretaris van Volksgezondheid, Welzijn en Sport",
         ("Minister van Justitie en Veiligheid", "Staatssecretaris van Volksgezondheid, Welzijn en Sport")),
        ("de Minister voor Rechtsbescherming", ("Minister voor Rechtsbescherming",)),
        ("de Ministers van Buitenlandse Zaken, van Defensie en van Infrastructuur en Waterstaat",
         ("Minister van Buitenlandse Zaken", "Minister van Defensie", "Minister van Infrastructuur en Waterstaat")),
    ],
)
def test_addressees(text, expected):
    assert addressees(text) == expected


def test_footnote_lines_are_dropped_only_at_the_end_of_a_block_or_page():
    text = (
        "Aanhangsel Handelingen\n\nVraag 1\nKent u het bericht «Meer meldingen»?1\n\n"
        "Antwoord 1\nJa.\n\n1 van de 11 regio's meldde een stijging. Dat is nader onderzocht.\n\n"
        "Daarover bericht ik u later.\n\n1 NRC, 3 maart 2018\n"
    )
    records, _ = records_of_text(text)
    answer = records[0].answer
    assert "1 van de 11 regio's meldde een stijging." in answer
    assert "NRC" not in answer and answer.endswith("Daarover bericht ik u later.")


def test_footnote_defined_in_the_same_block_is_dropped():
    text = "Aanhangsel Handelingen\n\nVraag 1\nKent u het rapport?\n\nAntwoord 1\nJa, het rapport2 is bekend.\n\n2 Kamerstuk 29 754, nr. 412\n"
    records, _ = records_of_text(text)
    assert records[0].answer == "Ja, het rapport is bekend."
    assert records[0].footnotes == ("2",)


def test_header_without_dates_still_gives_members_and_title():
    text = (
        "Vragen van het lid Van Nispen (SP) aan de Minister voor Rechtsbescherming over de wachtlijsten "
        "bij de reclassering.\n\nVraag 1\nHoe lang zijn de wachtlijsten?\n\n"
        "Antwoord van staatssecretaris Dijkhoff (Veiligheid en Justitie)\n\nAntwoord 1\nGemiddeld zes weken.\n"
    )
    header = kamervragen_header((CleanPage.from_text(text),))
    assert header.title == (
        "Vragen van het lid Van Nispen (SP) aan de Minister voor Rechtsbescherming over de wachtlijsten "
        "bij de reclassering"
    )
    assert header.members == ("Van Nispen",) and header.parties == ("SP",)
    assert header.addressed_to == ("Minister voor Rechtsbescherming",)
    assert header.submitted is None and header.received is None
    assert header.answered_by == "staatssecretaris Dijkhoff (Veiligheid en Justitie)"
    records, _ = records_of_text(text)
    assert [(r.number, r.answer) for r in records] == [(1, "Gemiddeld zes weken.")]


def test_header_over_several_printed_lines():
    text = (
        "Vragen van het lid Tellegen (VVD) aan de Minister van Veiligheid en Justitie over\n"
        "radicalisering in kleine gemeenten (ingezonden 15 september\n2017).\n\nVraag 1\nKent u het bericht?\n"
    )
    header = kamervragen_header((CleanPage.from_text(text),))
    assert header.submitted.value == "2017-09-15"
    assert header.title.endswith("over radicalisering in kleine gemeenten")


def test_running_header_on_a_later_page_does_not_cut_an_answer():
    first = "Aanhangsel Handelingen\n\nVraag 1\nHoeveel meldingen waren er?\n\nAntwoord 1\nIn 2017 waren er 38 meldingen"
    second = "Aanhangsel Handelingen, vergaderjaar 2017-2018, nr. 1234\n\nvan scholen.\n\nVraag 2\nEn in 2018?\n"
    pages = (CleanPage.from_text(first, number=1), CleanPage.from_text(second, number=2))
    info = describe_document(raw_document_from_text(first + "\f" + second), pages, pipeline_version="test")
    records = question_records(pages, [], info)
    assert records[0].answer == "In 2017 waren er 38 meldingen van scholen."
    assert records[0].answer_page == 1 and records[0].answer_end == len(first)
    assert [r.number for r in records] == [1, 2]


def test_questions_asked_together_each_get_the_shared_text_and_answer():
    text = ("Vragen van het lid Kops (PVV) aan de minister van Binnenlandse Zaken en Koninkrijksrelaties over de "
            "gemeentefinanciën (ingezonden 2 maart 2020).\n\nVraag 1\nHoeveel gemeenten hebben een tekort?\n\n"
            "Vraag 2 en 3\nWelke gemeenten zijn dat? Wat doet u eraan?\n\n"
            "Antwoord 1\nHet gaat om 150 gemeenten.\n\nAntwoord 2 en 3\nOnder meer Ede en Goes.\n")
    records, _ = records_of_text(text)
    assert [r.number for r in records] == [1, 2, 3]
    assert records[1].question == records[2].question == "Welke gemeenten zijn dat? Wat doet u eraan?"
    assert records[2].answer == "Onder meer Ede en Goes." and records[2].answer_shared


def test_an_answer_label_without_its_number_is_split_off_after_a_question_mark():
    text = "Vraag 2: Wordt de termijn verlengd? Antwoord: Ja, tot 1 juni."
    line = Line(1, 0, len(text), text)
    assert [s.text for s in label_segments(line)] == ["Vraag 2: Wordt de termijn verlengd?", "Antwoord: Ja, tot 1 juni."]


def test_an_answer_label_without_its_number_after_a_full_stop_stays_in_the_prose():
    text = "Wij sturen u ons advies. Antwoord: dat volgt later."
    assert [s.text for s in label_segments(Line(1, 0, len(text), text))] == [text]
