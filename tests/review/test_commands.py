"""The inspectors' commands: review, verify and show, with their exit codes."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from pipeline import cli
from pipeline.run import run, run_lock

TEXT = "De gemeente Leiden ontvangt een bijdrage van € 12.000 voor de aanpak van huiselijk geweld."


@pytest.fixture
def out(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "brief.txt").write_text(TEXT, encoding="utf-8")
    run([tmp_path / "in"], tmp_path / "out", workers=1, progress=False)
    return tmp_path / "out"


def _fact_id(out):
    return pq.read_table(out / "amounts.parquet").column("fact_id").to_pylist()[0]


def test_verify_confirm_reject_and_correct(out, capsys):
    fact_id = _fact_id(out)
    assert cli.main(["verify", fact_id, "--confirm", "--by", "Anna", "--out", str(out)]) == cli.EXIT_OK
    assert "confirmed (by Anna)" in capsys.readouterr().out
    assert cli.main(["verify", fact_id[:8], "--correct", "12.500", "--note", "zie bijlage", "--out", str(out)]) == cli.EXIT_OK
    row = pq.read_table(out / "amounts.parquet").to_pylist()[0]
    assert (row["verdict"], row["corrected_value"], row["verdict_note"]) == ("corrected", "12.500", "zie bijlage")
    assert cli.main(["verify", fact_id, "--reject", "--out", str(out)]) == cli.EXIT_OK
    assert pq.read_table(out / "verdicts.parquet").column("verdict").to_pylist() == ["rejected"]


def test_verify_refuses_what_it_cannot_record(out, capsys):
    assert cli.main(["verify", "ffffffffffffffff", "--confirm", "--out", str(out)]) == cli.EXIT_USAGE
    assert "no fact with id" in capsys.readouterr().err
    assert cli.main(["verify", _fact_id(out), "--correct", "veel", "--out", str(out)]) == cli.EXIT_USAGE
    assert "not an amount" in capsys.readouterr().err
    assert cli.main(["verify", "--confirm", "--out", str(out)]) == cli.EXIT_USAGE
    with run_lock(out):
        assert cli.main(["verify", _fact_id(out), "--confirm", "--out", str(out)]) == cli.EXIT_USAGE
    assert "Another kenmerk run" in capsys.readouterr().err
    assert not (out / "verdicts.parquet").exists()


def test_verify_imports_the_review_pages_export(out, tmp_path, capsys):
    export = tmp_path / "verdicts.json"
    export.write_text(json.dumps({"kenmerk_verdicts": 1, "verdicts": [
        {"fact_id": _fact_id(out), "verdict": "corrected", "corrected_value": "13000", "note": None,
         "by": "Carla", "time": "2026-05-01T10:00:00Z"}]}))
    assert cli.main(["verify", "--import", str(export), "--out", str(out)]) == cli.EXIT_OK
    assert "Recorded 1 verdict(s)" in capsys.readouterr().out
    [row] = pq.read_table(out / "verdicts.parquet").to_pylist()
    assert (row["verdict"], row["by"], row["kind"]) == ("corrected", "Carla", "amounts")


def test_show_and_review(out, tmp_path, capsys):
    assert cli.main(["show", _fact_id(out), "--out", str(out)]) == cli.EXIT_OK
    assert "»€ 12.000«" in capsys.readouterr().out
    assert cli.main(["review", "--out", str(out)]) == cli.EXIT_OK
    assert (out / "review.html").is_file()
    assert cli.main(["review", "--out", str(out), "--html", str(tmp_path / "elders.html")]) == cli.EXIT_OK
    assert cli.main(["review", "--out", str(tmp_path / "leeg")]) == cli.EXIT_USAGE
