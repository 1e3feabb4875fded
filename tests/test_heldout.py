"""End to end over the held-out sets: quality on documents the rules were not written from.

Each set under ``tests/<set>/`` holds documents written in the style of Dutch
public-sector text, away from the corpus wording, and a gold file annotated
by hand (corpus gold conventions) before the pipeline was first run on them;
its README says when and how. The floors sit a little under the latest
measurement, so a change that makes the pipeline worse on unseen text fails
here: raise a floor when the pipeline gets better, never lower one to make a
change pass.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.metrics import score
from pipeline.run import run

TESTS = Path(__file__).resolve().parent
FACT_TABLES = ("amounts", "municipalities", "dates", "trainings")


@dataclass(frozen=True)
class HeldOutSet:
    name: str
    floors: dict[str, float]
    doc_type_floor: float
    doc_date_floor: float
    macro_f1_floor: float
    history: str = field(default="", compare=False)

    @property
    def documents(self) -> Path:
        return TESTS / self.name / "documents"

    @property
    def gold(self) -> Path:
        return TESTS / self.name / "gold.jsonl"


SETS = (
    HeldOutSet(
        "heldout",
        floors={"amount": 0.98, "amount+municipality": 0.96, "municipality": 0.98, "date": 0.98,
                "training.participants": 0.95, "training.name": 0.95},
        doc_type_floor=0.90, doc_date_floor=0.90,  # one document of 15 may slip, two may not
        macro_f1_floor=0.95,
        history="""15 documents. First measured 2026-11-23 before any rule was changed
        for this set (the honest unseen figure), F1: amount 0.900, amount+municipality
        0.390, municipality 0.982, date 0.986, training.participants 0.741,
        training.name 0.688; macro 0.836. The rules were then improved on the general
        causes of its misses; after: amount 1.000, amount+municipality 0.980,
        municipality 1.000, date 1.000, participants 1.000, names 0.970; macro 0.994.""",
    ),
    HeldOutSet(
        "heldout2",
        floors={"amount": 0.97, "amount+municipality": 0.97, "municipality": 0.97, "date": 0.85,
                "training.participants": 0.97, "training.name": 0.97},
        doc_type_floor=0.95, doc_date_floor=0.95,
        macro_f1_floor=0.94,
        history="""10 documents on other subjects and phrasings. First measured
        2026-11-23, before any change made for it: amount 0.920, amount+municipality
        0.903, municipality 1.000, date 0.828, participants 0.857, names 0.824;
        doc_type and doc_date 9/10; macro 0.891. After fixes of general causes:
        amount and amount+municipality 1.000, date 0.870 (the remaining misses are
        ranges the annotator wrote as two dates, where the project writes one
        interval), participants and names 1.000, doc_type and doc_date 10/10;
        macro 0.984.""",
    ),
    HeldOutSet(
        "heldout3",
        floors={"amount": 0.96, "amount+municipality": 0.60, "municipality": 0.95, "date": 0.97,
                "training.participants": 0.85, "training.name": 0.80},
        doc_type_floor=0.70, doc_date_floor=0.95,  # doc_type 6/8: an undated news item and a subsidy decision
        macro_f1_floor=0.86,
        history="""8 documents written after both rounds of fixes, never used for tuning:
        the fairest figure for unseen text. First measured 2026-11-23: amount 0.986,
        amount+municipality 0.625 (5 of 11 links found, none wrong), municipality
        0.979, date 1.000, participants 0.875, names 0.833; doc_type 6/8, doc_date
        8/8; macro 0.881.""",
    ),
)


@pytest.fixture(scope="module", params=SETS, ids=lambda s: s.name)
def held_out(request, tmp_path_factory):
    """(set, output folder) after one run of the pipeline over the set's documents."""
    held = request.param
    out = tmp_path_factory.mktemp(held.name) / "out"
    summary = run([held.documents], out, workers=1, progress=False)
    assert summary.n_ok == len(list(held.documents.glob("*.txt"))), summary.errors
    return held, out


@pytest.fixture(scope="module")
def report(held_out):
    held, out = held_out
    return held, score(held.gold, out)


def _text(report) -> str:
    return "\n".join(report.lines())


def test_every_gold_document_was_read(report):
    _, rep = report
    assert rep.missing_documents == (), _text(rep)


def test_offsets_point_at_the_fact_text_for_every_row(held_out):
    _, out = held_out
    pages = {(r["doc_id"], r["page"]): r["text"] for r in pq.read_table(out / "pages.parquet").to_pylist()}
    checked = 0
    for name in FACT_TABLES:
        for row in pq.read_table(out / f"{name}.parquet").to_pylist():
            assert pages[(row["doc_id"], row["page"])][row["char_start"]:row["char_end"]] == row["text"], row
            checked += 1
    assert checked > 100


def test_every_measure_stays_at_or_above_its_floor(report):
    held, rep = report
    below = {m: round(rep.scores[m].f1, 3) for m, floor in held.floors.items() if rep.scores[m].f1 < floor}
    assert not below, f"{held.name}: below the floor: {below}\n{_text(rep)}"


def test_document_type_and_date_stay_at_or_above_the_floor(report):
    held, rep = report
    assert rep.doc_type_accuracy >= held.doc_type_floor, _text(rep)
    assert rep.doc_date_accuracy >= held.doc_date_floor, _text(rep)


def test_macro_f1_stays_at_or_above_the_floor(report):
    held, rep = report
    assert rep.macro_f1 >= held.macro_f1_floor, _text(rep)
