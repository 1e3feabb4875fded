"""The kenmerk command: options reach the run, and the exit codes say what happened."""

from __future__ import annotations

import pytest

import pipeline.run as run_module
from pipeline import cli
from pipeline.run import RunAborted, run_lock

TEXT = "De gemeente Leiden ontvangt een bijdrage van € 12.000 voor de aanpak van huiselijk geweld."


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "brief.txt").write_text(TEXT, encoding="utf-8")
    return folder


def test_help_documents_the_exit_codes(capsys):
    with pytest.raises(SystemExit):
        cli.main(["run", "--help"])
    text = capsys.readouterr().out
    for phrase in ("0 all documents processed", "1 some failed", "errors.parquet", "--out in use by another run",
                   "3 outputs could not be written", "--timeout", "--max-file-mb", "--fresh", "--wait"):
        assert phrase in " ".join(text.split()), phrase
    assert "Exit codes" in cli.__doc__ and "errors.parquet" in cli.__doc__


def test_all_documents_processed_exits_0(folder, tmp_path, capsys):
    assert cli.main(["run", str(folder), "--out", str(tmp_path / "out"), "--workers", "1"]) == cli.EXIT_OK
    assert "Read 1 of 1 documents" in capsys.readouterr().out


def test_some_documents_failed_exits_1_and_says_where_to_look(folder, tmp_path, capsys):
    (folder / "leeg.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert cli.main(["run", str(folder), "--out", str(out), "--workers", "1"]) == cli.EXIT_SOME_FAILED
    printed = capsys.readouterr().out
    assert "1 file(s) failed" in printed and str(out / "errors.parquet") in printed


def test_a_folder_in_use_by_another_run_exits_2(folder, tmp_path, capsys):
    out = tmp_path / "out"
    with run_lock(out):
        assert cli.main(["run", str(folder), "--out", str(out), "--workers", "1"]) == cli.EXIT_USAGE
    assert "Another kenmerk run" in capsys.readouterr().err


def test_outputs_that_cannot_be_written_exit_3(folder, tmp_path, capsys, monkeypatch):
    def full(*args, **kwargs):
        raise RunAborted("The disk is full: kenmerk could not write x. The tables in out are unchanged.")

    monkeypatch.setattr(run_module, "run", full)
    assert cli.main(["run", str(folder), "--out", str(tmp_path / "out")]) == cli.EXIT_NOT_WRITTEN
    assert "disk is full" in capsys.readouterr().err


def test_options_reach_the_run(folder, tmp_path, monkeypatch):
    seen = {}

    def fake(inputs, out, **kwargs):
        seen.update(kwargs)
        return run_module.RunSummary(out=tmp_path)

    monkeypatch.setattr(run_module, "run", fake)
    cli.main(["run", str(folder), "--out", str(tmp_path / "o"), "--timeout", "5", "--max-file-mb", "2",
              "--fresh", "--wait", "--quiet", "--workers", "2", "--follow-symlinks"])
    assert seen == {"workers": 2, "progress": False, "timeout": 5.0, "max_file_mb": 2.0, "fresh": True, "wait": True,
                    "executor": None, "follow_symlinks": True, "model": None}


@pytest.mark.parametrize("options", [["--timeout", "0"], ["--max-file-mb", "-1"], ["--workers", "0"]])
def test_bad_option_values_exit_2(folder, tmp_path, options):
    assert cli.main(["run", str(folder), "--out", str(tmp_path / "o"), *options]) == cli.EXIT_USAGE


def test_no_documents_found_exits_2(tmp_path, capsys):
    assert cli.main(["run", str(tmp_path / "weg"), "--out", str(tmp_path / "o")]) == cli.EXIT_USAGE
    assert "no documents (.pdf, .txt" in capsys.readouterr().err


def test_ctrl_c_says_the_outputs_are_unchanged_and_a_rerun_resumes(folder, tmp_path, capsys, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(run_module, "run", interrupted)
    assert cli.main(["run", str(folder), "--out", str(tmp_path / "out")]) == cli.EXIT_INTERRUPTED
    assert "resume" in capsys.readouterr().err


def test_sigterm_stops_the_run_like_ctrl_c(folder, tmp_path, capsys, monkeypatch):
    import os
    import signal

    def terminated(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGTERM)
        raise AssertionError("SIGTERM did not stop the run")

    previous = signal.getsignal(signal.SIGTERM)
    monkeypatch.setattr(run_module, "run", terminated)
    assert cli.main(["run", str(folder), "--out", str(tmp_path / "out")]) == cli.EXIT_INTERRUPTED
    assert "resume" in capsys.readouterr().err
    assert signal.getsignal(signal.SIGTERM) == previous


def test_a_model_that_is_not_installed_stops_the_run_before_any_document(folder, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(run_module, "run", lambda *a, **k: pytest.fail("the run started"))
    out = tmp_path / "o"
    assert cli.main(["run", str(folder), "--out", str(out), "--model", "nl_not_installed_sm"]) == 2
    err = capsys.readouterr().err
    assert "The spaCy model nl_not_installed_sm named with --model is not installed on this machine" in err
    assert not out.exists()


def test_a_named_model_is_used_and_recorded_in_run_json_and_the_documents(folder, tmp_path, capsys, monkeypatch):
    import json

    import pyarrow.parquet as pq
    import spacy

    from pipeline.nlp import build_nlp
    from pipeline.version import model_label

    loaded = []

    def load(name, **kwargs):
        loaded.append(name)
        return spacy.blank("nl")

    monkeypatch.setattr(spacy.util, "is_package", lambda name: name == "nl_fake_news_sm")
    monkeypatch.setattr(spacy.util, "get_package_version", lambda name: "1.2.3")
    monkeypatch.setattr(spacy, "load", load)
    build_nlp.cache_clear(), model_label.cache_clear()
    try:
        out = tmp_path / "o"
        assert cli.main(["run", str(folder), "--out", str(out), "--workers", "1", "--model", "nl_fake_news_sm"]) == 0
    finally:
        build_nlp.cache_clear(), model_label.cache_clear()
    assert loaded == ["nl_fake_news_sm"]
    manifest = json.loads((out / "run.json").read_text())
    assert manifest["nlp_model"] == "nl_fake_news_sm"
    assert manifest["pipeline_version"].endswith("+model.nl_fake_news_sm-1.2.3")
    versions = pq.read_table(out / "documents.parquet").column("pipeline_version").to_pylist()
    assert versions == [manifest["pipeline_version"]]
    assert json.loads((out / "datapackage.json").read_text())["version"] == manifest["pipeline_version"]
    assert "spaCy model nl_fake_news_sm" in capsys.readouterr().out


def test_without_a_model_the_run_records_blank_dutch(folder, tmp_path):
    import json

    out = tmp_path / "o"
    assert cli.main(["run", str(folder), "--out", str(out), "--workers", "1", "--quiet"]) == 0
    manifest = json.loads((out / "run.json").read_text())
    assert manifest["nlp_model"] == "blank:nl" and "+model." not in manifest["pipeline_version"]


def test_the_command_rerun_with_nothing_changed_loads_no_spacy(folder, tmp_path):
    # The command, not only run(): its checks before the run must not load spaCy, the PDF
    # libraries or the tables' libraries either.
    import subprocess
    import sys

    heavy = ("spacy", "pdfplumber", "pypdfium2", "pandas", "pyarrow", "duckdb")
    script = ("import sys; from pipeline import cli; "
              f"code = cli.main(['run', {str(folder)!r}, '--out', {str(tmp_path / 'out')!r}, '--workers', '1', "
              f"'--quiet']); print(code, *[m for m in {heavy!r} if m in sys.modules])")
    first = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert "spacy" in first.stdout.split()
    again = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert again.stdout.split() == ["0"], again.stdout
