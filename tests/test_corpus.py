"""End to end over corpus/: the tables meet their contract and the gold quality bars.

One run over the five corpus documents (session fixture) feeds every test here.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.metrics import score
from pipeline.run import run
from schemas import SCHEMAS

PROJECT = Path(__file__).resolve().parents[1]
CORPUS = PROJECT / "corpus"
GOLD = CORPUS / "gold" / "gold.jsonl"
FACT_TABLES = ("amounts", "municipalities", "dates", "trainings")

# The quality bars of the issues: a drop below any of them fails the suite.
BARS = {
    "amount": 0.95,
    "amount+municipality": 0.95,
    "municipality": 0.95,
    "date": 0.90,
    "training.participants": 0.90,
    "training.name": 0.90,
}
MACRO_F1_BAR = 0.80


@pytest.fixture(scope="module")
def corpus_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus") / "out"
    summary = run([CORPUS], out, workers=1, progress=False)
    assert summary.n_ok == 5, summary.errors
    return out


@pytest.fixture(scope="module")
def tables(corpus_out):
    return {name: pq.read_table(corpus_out / f"{name}.parquet") for name in SCHEMAS}


@pytest.fixture(scope="module")
def report(corpus_out):
    return score(GOLD, corpus_out)


def test_every_table_is_written_with_its_schema(tables):
    for name, schema in SCHEMAS.items():
        assert tables[name].schema.equals(schema, check_metadata=False), name


def test_offsets_point_at_the_fact_text_for_every_row(tables):
    pages = {(r["doc_id"], r["page"]): r["text"] for r in tables["pages"].to_pylist()}
    checked = 0
    for name in FACT_TABLES:
        for row in tables[name].to_pylist():
            page_text = pages[(row["doc_id"], row["page"])]
            assert page_text[row["char_start"]:row["char_end"]] == row["text"], (name, row)
            assert row["context"], (name, row)
            checked += 1
    assert checked > 0


def test_fact_ids_are_unique(tables):
    for name in FACT_TABLES:
        ids = tables[name].column("fact_id").to_pylist()
        assert len(ids) == len(set(ids)), name


def test_a_second_run_gives_identical_tables(corpus_out, tmp_path):
    run([CORPUS], tmp_path / "again", workers=1, progress=False)
    for name in SCHEMAS:
        if name == "errors":
            continue
        assert pq.read_table(tmp_path / "again" / f"{name}.parquet").equals(
            pq.read_table(corpus_out / f"{name}.parquet")), name


def test_documents_carry_the_pipeline_version(tables):
    versions = set(tables["documents"].column("pipeline_version").to_pylist())
    assert len(versions) == 1 and "+rules." in versions.pop()


def test_macro_f1_meets_the_bar(report):
    assert report.macro_f1 >= MACRO_F1_BAR, "\n".join(report.lines())


@pytest.mark.parametrize("measure", sorted(BARS))
def test_measure_meets_its_bar(report, measure):
    assert report.scores[measure].f1 >= BARS[measure], "\n".join(report.lines())


def test_document_type_and_date_are_all_right(report):
    assert report.doc_type_accuracy == 1.0, "\n".join(report.lines())
    assert report.doc_date_accuracy == 1.0, "\n".join(report.lines())


def test_redaction_ranges_point_at_the_debris(tables):
    texts = [text[r["start"]:r["end"]] for row in tables["pages"].to_pylist()
             for text in [row["text"]] for r in row["redactions"]]
    assert {"fx®e", "p®e", "g®e", "¥®e"} <= set(texts)
    assert all(len(row["redactions"]) == row["n_redactions"] for row in tables["pages"].to_pylist())
