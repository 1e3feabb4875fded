"""The metrics module: measures on hand-made outputs, and agreement with the shared scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.metrics import count_matches, count_name_matches, money_key, name_key, predicted_money_key, score
from pipeline.records import AmountFact, DocumentInfo, DocumentResult, TrainingFact
from pipeline.tables import build_tables, write_tables

SHARED_SCORER = Path(__file__).resolve().parents[2] / "shared" / "gold" / "score.py"


@pytest.mark.parametrize(("value", "redacted", "key"), [
    ("950000", False, "950000"),
    (Decimal("950000.00"), False, "950000"),
    (Decimal("580489.20"), False, "580489.2"),
    (None, True, "REDACTED"),
    (None, False, None),
    ("not a number", False, None),
    ("4000/12000", False, "4000/12000"),
    ("1500000.00/2000000", False, "1500000/2000000"),
    ("1/2/3", False, None),
])
def test_money_key(value, redacted, key):
    assert money_key(value, redacted) == key


def test_a_range_in_the_table_keys_as_the_range_in_the_gold():
    assert money_key(Decimal("4000.00"), False, Decimal("12000.00")) == money_key("4000/12000", False)
    assert money_key(Decimal("4000"), False, Decimal("12000")) != money_key("4000", False)


def test_a_range_scores_as_one_fact_with_its_two_ends(tmp_path):
    info = DocumentInfo(doc_id="0123456789abcdef", source="in/r.txt", doc_type="nieuws", doc_type_rule="t",
                        doc_date=None, title="t", n_pages=1, ingest="text", pipeline_version="v")
    ranges = (AmountFact(**_fact(fact_id="0" * 16), value_eur=Decimal("4000"), value_eur_max=Decimal("12000"),
                         municipality_code="GM0518"),
              AmountFact(**_fact(fact_id="1" * 16, char_start=2, char_end=3), value_eur=Decimal("20000"),
                         value_eur_max=Decimal("35000")))
    write_tables(build_tables([DocumentResult(source="in/r.txt", info=info, amounts=ranges)]), tmp_path / "out")
    gold = tmp_path / "gold.jsonl"
    rows = [
        {"doc": "r.txt", "kind": "document", "doc_type": "nieuws", "doc_date": None, "title": "t"},
        {"doc": "r.txt", "kind": "amount", "value_eur": "4000/12000", "redacted": False, "municipality": "GM0518"},
        {"doc": "r.txt", "kind": "amount", "value_eur": "20000", "redacted": False, "municipality": None},
    ]
    gold.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    report = score(gold, tmp_path / "out")
    # The first range is right with its municipality, as one fact; the second is met at its lower bound,
    # as gold written before ranges were one fact (the held-out sets) writes it.
    assert (report.scores["amount"].tp, report.scores["amount"].predicted, report.scores["amount"].gold) == (2, 2, 2)
    assert report.scores["amount+municipality"].f1 == 1.0


def test_a_range_is_no_match_for_another_range_or_a_single_amount():
    low_end_gold = {"4000", "30000/40000"}
    assert predicted_money_key({"value_eur": "4000", "value_eur_max": "12000"}, low_end_gold) == "4000"
    assert predicted_money_key({"value_eur": "30000", "value_eur_max": "40000"}, low_end_gold) == "30000/40000"
    assert predicted_money_key({"value_eur": "30000", "value_eur_max": "45000"}, low_end_gold) == "30000"
    assert predicted_money_key({"value_eur": "30000", "value_eur_max": None}, low_end_gold) == "30000"


def test_name_key_ignores_case_quotes_and_brackets():
    assert name_key("‘Signaleren van radicalisering’") == "signaleren van radicalisering"
    assert name_key("(weerbaarheid) BOUNCE training") == "weerbaarheid bounce training"
    assert name_key("") is None


def test_multiset_and_containment_matching():
    assert count_matches(["a", "a", "b"], ["a", "b", "b"]) == 2
    assert count_name_matches(["bounce"], ["weerbaarheid bounce training"]) == 1
    assert count_name_matches(["x", "x"], ["x"]) == 1


def _fact(**kw):
    base = dict(doc_id="0123456789abcdef", text="x", page=1, char_start=0, char_end=1, context="x", rule="r")
    return {**base, **kw}


@pytest.fixture
def small_run(tmp_path):
    doc_id = "0123456789abcdef"
    info = DocumentInfo(doc_id=doc_id, source="in/a.txt", doc_type="nieuws", doc_type_rule="t",
                        doc_date=None, title="t", n_pages=1, ingest="text", pipeline_version="v")
    result = DocumentResult(
        source="in/a.txt", info=info,
        amounts=(AmountFact(**_fact(fact_id="0" * 16), value_eur=Decimal("950000"), municipality_code="GM0518"),
                 AmountFact(**_fact(fact_id="1" * 16, char_start=2, char_end=3), value_eur=Decimal("5"))),
        trainings=(TrainingFact(**_fact(fact_id="2" * 16), name="BOUNCE training", participants=6),),
    )
    write_tables(build_tables([result]), tmp_path / "out")
    gold = tmp_path / "gold.jsonl"
    rows = [
        {"doc": "a.txt", "kind": "document", "doc_type": "nieuws", "doc_date": None, "title": "t"},
        {"doc": "a.txt", "kind": "amount", "value_eur": "950000", "redacted": False, "municipality": "GM0518"},
        {"doc": "a.txt", "kind": "amount", "value_eur": "REDACTED", "redacted": True, "municipality": None},
        {"doc": "a.txt", "kind": "training", "name": "BOUNCE", "participants": 6},
    ]
    gold.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return gold, tmp_path / "out"


def test_score_counts_true_and_false_positives(small_run):
    gold, out = small_run
    report = score(gold, out)
    amount = report.scores["amount"]
    assert (amount.tp, amount.predicted, amount.gold) == (1, 2, 2)
    assert report.scores["amount+municipality"].f1 == 1.0
    assert report.scores["training.name"].tp == 1
    assert report.doc_type_accuracy == 1.0 and report.doc_date_accuracy == 1.0


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="the shared scorer is not beside the project")
def test_agrees_with_the_shared_scorer(small_run):
    gold, out = small_run
    shared = json.loads(subprocess.run([sys.executable, str(SHARED_SCORER), str(gold), str(out), "--json"],
                                       capture_output=True, text=True, check=True).stdout)
    ours = score(gold, out)
    assert ours.macro_f1 == pytest.approx(shared["macro_f1"])
    for name, measure in shared["measures"].items():
        assert ours.scores[name].f1 == pytest.approx(measure["f1"])


def test_doc_kind_is_scored_only_where_the_gold_gives_it(tmp_path):
    def run_with(kind: str, name: str) -> Path:
        info = DocumentInfo(doc_id=name.ljust(16, "0"), source=f"in/{name}.txt", doc_type="overig",
                            doc_type_rule="t", doc_date=None, title="t", n_pages=1, ingest="text",
                            pipeline_version="v", doc_kind=kind)
        return DocumentResult(source=f"in/{name}.txt", info=info)

    write_tables(build_tables([run_with("email", "a"), run_with("verslag", "b")]), tmp_path / "out")
    rows = [
        {"doc": "a.txt", "kind": "document", "doc_type": "overig", "doc_kind": "email", "doc_date": None},
        {"doc": "b.txt", "kind": "document", "doc_type": "overig", "doc_kind": "besluitenlijst", "doc_date": None},
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    report = score(gold, tmp_path / "out")
    assert report.doc_kind_accuracy == 0.5
    assert "doc_kind accuracy" in "\n".join(report.lines())
    # The finer kind is reported beside, never inside, the macro average the shared scorer computes.
    assert report.macro_f1 == pytest.approx((6 * 1.0 + 1.0 + 1.0) / 8)

    without_kind = tmp_path / "gold_without_kind.jsonl"
    without_kind.write_text("\n".join(json.dumps({k: v for k, v in r.items() if k != "doc_kind"}) for r in rows),
                            encoding="utf-8")
    report = score(without_kind, tmp_path / "out")
    assert report.doc_kind_accuracy is None
    assert "doc_kind" not in "\n".join(report.lines())
