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
