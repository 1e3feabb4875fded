"""End to end over tests/heldout/: quality on documents the rules were not written from.

The held-out documents (``tests/heldout/documents/``) were written in the
styles of Dutch public-sector text, away from the corpus wording, and
annotated by hand (``tests/heldout/gold.jsonl``, corpus gold conventions)
before the pipeline was first run on them. The floors below sit a little
under what was measured after the held-out fixes of 2026-11-23, so a change
that makes the pipeline worse on unseen text fails here; raise a floor when
the pipeline gets better, never lower one to make a change pass.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.metrics import score
from pipeline.run import run

HELDOUT = Path(__file__).resolve().parent / "heldout"
DOCUMENTS = HELDOUT / "documents"
GOLD = HELDOUT / "gold.jsonl"
FACT_TABLES = ("amounts", "municipalities", "dates", "trainings")

# First measured on 2026-11-23 before any rule was changed for this set (the
# honest unseen figure), F1: amount 0.900, amount+municipality 0.390,
# municipality 0.982, date 0.986, training.participants 0.741, training.name
# 0.688; macro 0.836. The rules were then improved on the general causes of
# its misses; measured after: amount 1.000, amount+municipality 0.980,
# municipality 1.000, date 1.000, training.participants 1.000, training.name
# 1.000; macro 0.998. The floors guard that level. tests/heldout2/ is a second
# set that was never used for tuning.
FLOORS = {
    "amount": 0.98,
    "amount+municipality": 0.96,
    "municipality": 0.98,
    "date": 0.98,
    "training.participants": 0.95,
    "training.name": 0.95,
}
ACCURACY_FLOOR = 0.90  # doc_type and doc_date: one document of 15 may slip, two may not
MACRO_F1_FLOOR = 0.95


@pytest.fixture(scope="module")
def heldout_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("heldout") / "out"
    summary = run([DOCUMENTS], out, workers=1, progress=False)
    n_documents = len(list(DOCUMENTS.glob("*.txt")))
    assert summary.n_ok == n_documents, summary.errors
    return out


@pytest.fixture(scope="module")
def report(heldout_out):
    return score(GOLD, heldout_out)


def _report_text(report) -> str:
    return "\n".join(report.lines())


def test_every_gold_document_was_read(report):
    assert report.missing_documents == (), _report_text(report)


def test_offsets_point_at_the_fact_text_for_every_row(heldout_out):
    pages = {(r["doc_id"], r["page"]): r["text"]
             for r in pq.read_table(heldout_out / "pages.parquet").to_pylist()}
    checked = 0
    for name in FACT_TABLES:
        for row in pq.read_table(heldout_out / f"{name}.parquet").to_pylist():
            page_text = pages[(row["doc_id"], row["page"])]
            assert page_text[row["char_start"]:row["char_end"]] == row["text"], (name, row)
            checked += 1
    assert checked > 100


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_measure_stays_at_or_above_its_floor(report, measure):
    assert report.scores[measure].f1 >= FLOORS[measure], _report_text(report)


def test_document_type_and_date_stay_at_or_above_the_floor(report):
    assert report.doc_type_accuracy >= ACCURACY_FLOOR, _report_text(report)
    assert report.doc_date_accuracy >= ACCURACY_FLOOR, _report_text(report)


def test_macro_f1_stays_at_or_above_the_floor(report):
    assert report.macro_f1 >= MACRO_F1_FLOOR, _report_text(report)
