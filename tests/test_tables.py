"""Building the tables from results, and publishing them as one unit."""

from __future__ import annotations

import errno
import json
import os
from datetime import UTC, datetime

import pyarrow.parquet as pq
import pytest

from pipeline import tables as tables_module
from pipeline.records import DocumentInfo, DocumentResult, ProcessingError
from pipeline.tables import (
    MANIFEST,
    SchemaViolation,
    build_tables,
    file_sha256,
    publish_tables,
    read_manifest,
    recover_tables,
    to_table,
    write_tables,
)
from schemas import SCHEMAS

DOC_ID = "0123456789abcdef"


def _result(source="in/a.txt", doc_id=DOC_ID) -> DocumentResult:
    info = DocumentInfo(doc_id=doc_id, source=source, doc_type="brief", doc_type_rule="t", doc_date=None,
                        title="t", n_pages=1, ingest="text", language="nl", pipeline_version="v")
    return DocumentResult(source=source, info=info)


def test_duplicate_sources_are_listed_on_the_document_row():
    tables = build_tables([_result()], duplicates={DOC_ID: ["in/z.txt", "in/b.txt"]})
    row = tables["documents"].to_pylist()[0]
    assert row["duplicate_sources"] == ["in/b.txt", "in/z.txt"]
    assert row["language"] == "nl"


def test_a_document_without_copies_has_an_empty_list():
    assert build_tables([_result()])["documents"].column("duplicate_sources").to_pylist() == [[]]


def test_an_error_keeps_the_time_it_was_recorded():
    when = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    errors = [ProcessingError("in/x.txt", "ingest", "empty_file", "leeg", time=when),
              ProcessingError("in/y.txt", "ingest", "empty_file", "leeg", doc_id=DOC_ID)]
    rows = build_tables([], errors)["errors"].to_pylist()
    assert rows[0]["time"] == when
    assert rows[1]["time"] is not None and rows[1]["doc_id"] == DOC_ID


def test_a_row_against_the_schema_is_refused():
    with pytest.raises(SchemaViolation):
        to_table("errors", [{"source": "x", "stage": "ingest", "error": None, "message": "m",
                             "time": datetime.now(UTC)}])


@pytest.fixture
def tables():
    return build_tables([_result()])


def test_publish_writes_every_table_and_the_manifest_last(tmp_path, tables):
    out = tmp_path / "out"
    publish_tables(tables, out, out / ".kenmerk" / "staging", manifest={"documents_ok": 1})
    manifest = read_manifest(out)
    assert manifest["documents_ok"] == 1
    for name in SCHEMAS:
        path = out / f"{name}.parquet"
        assert manifest["tables"][name]["sha256"] == file_sha256(path)
        assert pq.read_table(path).num_rows == manifest["tables"][name]["rows"]
    assert not (out / ".kenmerk" / "staging").exists()


def test_published_files_are_readable_by_others(tmp_path, tables):
    out = tmp_path / "out"
    mask = os.umask(0o022)
    try:
        write_tables(tables, out)
    finally:
        os.umask(mask)
    assert (out / "documents.parquet").stat().st_mode & 0o777 == 0o644


def test_disk_full_while_staging_leaves_the_old_tables(tmp_path, tables, monkeypatch):
    out = tmp_path / "out"
    write_tables(tables, out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    calls = []

    def full(table, where, **kwargs):
        calls.append(1)
        if len(calls) == 4:
            where.write(b"PAR1 half")
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(table, where, **kwargs)

    real = tables_module.pq.write_table
    monkeypatch.setattr(tables_module.pq, "write_table", full)
    with pytest.raises(OSError) as caught:
        write_tables(build_tables([_result(), _result("in/b.txt", "fedcba9876543210")]), out)
    assert caught.value.errno == errno.ENOSPC
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert not (out / ".kenmerk" / "staging").exists()


def _staged(tmp_path, tables, *, with_manifest: bool):
    """A staging folder as a run killed before (or during) its renames leaves it."""
    out, staging = tmp_path / "out", tmp_path / "out" / ".kenmerk" / "staging"
    write_tables(tables, out)
    new = build_tables([_result(), _result("in/b.txt", "fedcba9876543210")])
    staging.mkdir(parents=True)
    files = {}
    for name, table in new.items():
        tables_module.write_table(table, staging / f"{name}.parquet")
        files[name] = {"file": f"{name}.parquet", "rows": table.num_rows,
                       "sha256": file_sha256(staging / f"{name}.parquet")}
    if with_manifest:
        (staging / MANIFEST).write_text(json.dumps({"tables": files}), encoding="utf-8")
    return out, staging


def test_a_commit_killed_halfway_is_finished_by_recovery(tmp_path, tables):
    out, staging = _staged(tmp_path, tables, with_manifest=True)
    os.replace(staging / "documents.parquet", out / "documents.parquet")  # the kill came after one rename
    recover_tables(out, staging)
    assert not staging.exists()
    manifest = read_manifest(out)
    for name in SCHEMAS:
        assert file_sha256(out / f"{name}.parquet") == manifest["tables"][name]["sha256"], name
    assert pq.read_table(out / "documents.parquet").num_rows == 2


def test_an_unfinished_staging_is_dropped_and_the_old_tables_stay(tmp_path, tables):
    out, staging = _staged(tmp_path, tables, with_manifest=False)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    recover_tables(out, staging)
    assert not staging.exists()
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_redactions_table_has_a_row_per_redaction_with_its_ground():
    from pipeline.process import process_text

    result = process_text("Het gesprek is gevoerd met \u2588 5.1.2e en met \u2588.\n\n"
                          "Telefoon: 5.1.2i.\n\nZie artikel 5.1.2e van de Woo.")
    table = build_tables([result])["redactions"]
    rows = table.to_pylist()
    assert [(r["page"], r["box"], r["code"], r["law"], r["seen_as"]) for r in rows] == [
        (1, 1, "5.1.2e", "woo", "both"), (1, 2, None, None, "box"),
        (1, 3, "5.1.2i", "woo", "code_text")]
    text = build_tables([result])["pages"].column("text")[0].as_py()
    assert [text[r["char_start"]:r["char_end"]] for r in rows] == [
        "\u2588 5.1.2e", "\u2588", "5.1.2i"]
    assert rows[0]["ground"] == "eerbiediging van de persoonlijke levenssfeer"


def test_pages_say_why_they_were_read_so():
    from pipeline.process import process_text

    pages = build_tables([process_text("Een korte tekst.")])["pages"].to_pylist()
    assert [(p["method"], p["method_reason"]) for p in pages] == [("text", "text_file")]


def _amount(**changes):
    from decimal import Decimal

    from pipeline.records import AmountFact

    fields = dict(doc_id=DOC_ID, fact_id="fedcba9876543210", text="€ 5", page=1, char_start=0, char_end=3,
                  context="€ 5", rule="r", x0=1.0, top=2.0, x1=3.0, bottom=4.0, value_eur=Decimal("5.00"))
    return AmountFact(**{**fields, **changes})


def test_record_rows_are_what_asdict_gives():
    import dataclasses
    from datetime import date

    from pipeline.records import DateFact, QuestionRecord

    records = [
        _amount(),
        DateFact(doc_id=DOC_ID, fact_id="0" * 16, text="1 mei", page=1, char_start=0, char_end=5,
                 context="c", rule="r", value="2024-05-01", start=date(2024, 5, 1), end=date(2024, 5, 1)),
        QuestionRecord(doc_id=DOC_ID, fact_id="1" * 16, number=1, question="Vraag?", answer=None,
                       answer_shared=False, member=None, party=None, addressed_to=None, answered_by=None,
                       submitted=None, received=None, footnotes=("a", "b"), page=1, question_start=0,
                       question_end=6),
        _result().info,
    ]
    for record in records:
        assert tables_module.record_row(record) == dataclasses.asdict(record)


def test_a_record_holding_records_goes_through_asdict():
    from pipeline.records import BBox, Word

    word = Word("De", 0, 2, BBox(1.0, 2.0, 3.0, 4.0))
    assert tables_module.record_row(word) == {"text": "De", "char_start": 0, "char_end": 2,
                                              "bbox": {"x0": 1.0, "top": 2.0, "x1": 3.0, "bottom": 4.0}}


@pytest.mark.parametrize("changes, message", [
    ({"qualifier": "ongeveer"}, "amounts.qualifier has values outside"),
    ({"currency": "euro"}, "amounts.currency has values not matching"),
    ({"context": None}, "amounts.context may not be null"),
])
def test_a_bad_value_among_many_good_rows_is_named(changes, message):
    rows = [tables_module.record_row(_amount(char_start=n, char_end=n + 3)) for n in range(50)]
    rows[17] = tables_module.record_row(_amount(**changes))
    with pytest.raises(SchemaViolation, match=message) as caught:
        to_table("amounts", rows)
    bad = next(iter(changes.values()))
    assert bad is None or repr(bad) in str(caught.value)
