"""One document through every stage."""

from __future__ import annotations

from pipeline.process import process_document, process_text


def test_process_text_gives_document_pages_and_offsets_into_the_page():
    result = process_text("Het gaat om Den Haag (€ 950.000) en Delft (€ 535.000).", source="x.txt")
    assert result.ok
    assert result.info.n_pages == 1 and len(result.pages) == 1
    page = result.pages[0]
    for fact in (*result.amounts, *result.municipalities, *result.dates, *result.trainings):
        assert page.text[fact.char_start:fact.char_end] == fact.text


def test_unreadable_file_becomes_an_error_record_not_an_exception(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = process_document(empty)
    assert result.info is None
    assert result.errors and result.errors[0].error == "empty_file"
    assert "empty" in result.errors[0].message


DUTCH = "De gemeente Leiden ontvangt een bijdrage van € 12.000 voor de aanpak van huiselijk geweld."


def test_the_document_language_is_recorded(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text(DUTCH + " Het college heeft de raad daarover geïnformeerd.", encoding="utf-8")
    assert process_document(path).info.language == "nl"


def test_the_size_limit_is_passed_to_ingest(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text(DUTCH, encoding="utf-8")
    result = process_document(path, max_bytes=10)
    assert [e.error for e in result.errors] == ["too_large"]


def test_a_document_in_another_language_keeps_its_pages_but_gets_no_facts():
    english = ("The municipality of Best received a grant of € 5,000 on 3 March 2016. "
               "The council was informed about the results of the project and the next steps.")
    result = process_text(english, source="en.txt")
    assert result.info.language == "en"
    assert len(result.pages) == 1
    assert not (result.amounts or result.municipalities or result.dates or result.trainings)


def test_a_dutch_document_keeps_its_facts():
    result = process_text(DUTCH + " Het college heeft de raad op 3 maart 2016 geïnformeerd.")
    assert result.info.language == "nl"
    assert result.municipalities and result.amounts and result.dates
