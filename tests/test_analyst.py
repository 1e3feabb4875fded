"""A run writes gemeenten.csv, datapackage.json and kenmerk.duckdb with its tables, listed in run.json."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.database import connect
from pipeline.run import RunAborted, run
from pipeline.tables import file_sha256

PROJECT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("analyst") / "out"
    run([PROJECT / "corpus"], out, workers=1, progress=False)
    return out


def test_the_analyst_files_are_published_with_the_tables(corpus_out):
    manifest = json.loads((corpus_out / "run.json").read_text(encoding="utf-8"))
    assert set(manifest["files"]) == {"gemeenten.csv", "datapackage.json", "kenmerk.duckdb"}
    for entry in manifest["files"].values():
        assert file_sha256(corpus_out / entry["file"]) == entry["sha256"]
    assert not (corpus_out / ".kenmerk" / "staging").exists()


def test_corpus_totals_per_municipality(corpus_out):
    con = connect(corpus_out)
    totals = dict(con.execute("SELECT municipality_code, total_eur FROM amounts_by_municipality").fetchall())
    linked = con.execute("SELECT sum(value_eur) FROM amounts WHERE municipality_code IS NOT NULL "
                         "AND NOT redacted").fetchone()[0]
    con.close()
    assert totals["GM0518"] == Decimal("950000.00")  # Den Haag
    assert totals["GM0202"] == Decimal("400000.00")  # Arnhem
    assert len(totals) == 8
    # In the corpus every linked amount is reported once, so the totals add up to them.
    assert sum(totals.values()) == linked == Decimal("4477000.00")


def test_trainings_by_municipality_on_the_corpus(corpus_out):
    con = connect(corpus_out)
    found = con.execute("SELECT municipality_code, sum(participants) FROM trainings_by_municipality "
                        "GROUP BY 1").fetchall()
    con.close()
    assert found and all(code.startswith("GM") for code, _ in found)


def test_a_failed_write_leaves_no_half_analyst_files(tmp_path, monkeypatch):
    def broken(folder, kept_from=None):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("pipeline.analyst.write_analyst_files", broken)
    out = tmp_path / "out"
    with pytest.raises(RunAborted):
        run([PROJECT / "corpus"], out, workers=1, progress=False)
    assert not any((out / name).exists() for name in ("kenmerk.duckdb", "datapackage.json", "run.json"))
