"""Finding the documents and planning the run: links, hidden files, copies, unreadable paths."""

from __future__ import annotations

import os
from pathlib import Path

from pipeline.run.discovery import discover, plan_documents

TEXT = "De gemeente Leiden ontvangt een bijdrage van € 12.000 voor de aanpak van huiselijk geweld."


def test_discover_finds_documents_and_scans_recursively_and_skips_hidden_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".verborgen").mkdir()
    for name in ("a.txt", "b.PDF", "sub/c.txt", "sub/scan.tif", "d.docx", ".e.txt", ".verborgen/f.txt"):
        (tmp_path / name).write_text("x")
    found, errors = discover([tmp_path])
    assert found == [str(tmp_path / "a.txt"), str(tmp_path / "b.PDF"), str(tmp_path / "sub" / "c.txt"),
                     str(tmp_path / "sub" / "scan.tif")]
    assert errors == []


def test_discover_lists_a_missing_input_and_a_link_loop_given_by_name(tmp_path):
    loop = tmp_path / "lus.txt"
    os.symlink(loop.name, loop)
    found, errors = discover([tmp_path / "weg", loop])
    assert found == []
    assert [(e.source, e.error) for e in errors] == [(str(tmp_path / "weg"), "unreadable_file"),
                                                       (str(loop), "symlink_loop")]


def test_discover_does_not_follow_a_folder_link_back_up(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    os.symlink("..", tmp_path / "terug")
    os.symlink(".", tmp_path / "hier")
    found, _ = discover([tmp_path])
    assert found == [str(tmp_path / "a.txt")]


def test_plan_processes_identical_files_once_and_remembers_the_copies(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(TEXT)
    (tmp_path / "d.txt").write_text(TEXT + " Anders.")
    plan = plan_documents([str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt", "d.txt")], 10**6)
    assert [Path(t.source).name for t in plan.tasks] == ["a.txt", "d.txt"]
    assert list(plan.duplicates.values()) == [[str(tmp_path / "b.txt"), str(tmp_path / "c.txt")]]


def test_plan_does_not_hash_files_over_the_limit(tmp_path):
    big = tmp_path / "groot.txt"
    big.write_text(TEXT * 100)
    plan = plan_documents([str(big)], max_bytes=100)
    assert plan.tasks[0].doc_id is None and plan.errors == []


def test_plan_lists_a_file_it_cannot_stat(tmp_path):
    plan = plan_documents([str(tmp_path / "verdwenen.txt")], 10**6)
    assert plan.tasks == [] and plan.errors[0].error == "unreadable_file"
