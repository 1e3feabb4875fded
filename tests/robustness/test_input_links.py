"""Inputs that are not plain files: links out of the input folders, linked folders, FIFOs,
file names with terminal escapes, and what a timeout during OCR leaves behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.run import format_summary, printable, run


@pytest.fixture
def secret(tmp_path) -> Path:
    """A Dutch text outside the input folder that must not reach the tables."""
    path = tmp_path / "buiten" / "geheim.txt"
    path.parent.mkdir()
    path.write_text("Geheim: de gemeente Zwolle ontvangt € 99.999 voor het project buiten.\n")
    return path


def pages_text(check, out) -> str:
    return "\n".join(check.tables_of(out)["pages"].column("text").to_pylist())


def test_link_out_of_the_input_folder_is_listed_not_followed(inputs, out, check, secret):
    link = inputs.folder / "passwd.txt"
    os.symlink(secret, link)
    summary = run([inputs.folder], out, workers=1, progress=False)
    rows = check.error_rows(out, link)
    assert [r["error"] for r in rows] == ["symlink_outside"]
    assert "--follow-symlinks" in rows[0]["message"]
    assert "Zwolle" not in pages_text(check, out)
    assert str(inputs.good) in check.document_sources(out)
    assert summary.exit_code == 1
    check.outputs_intact(out)


def test_follow_symlinks_reads_the_link(inputs, out, check, secret):
    link = inputs.folder / "extern.txt"
    os.symlink(secret, link)
    summary = run([inputs.folder], out, workers=1, progress=False, follow_symlinks=True)
    assert summary.exit_code == 0, summary.errors
    assert str(link) in check.document_sources(out)
    assert "Zwolle" in pages_text(check, out)


def test_link_within_the_inputs_is_followed(inputs, out, check):
    (inputs.folder / "sub").mkdir()
    target = inputs.good_document("sub/echt.txt")
    os.symlink(target, inputs.folder / "kopie.txt")
    summary = run([inputs.folder], out, workers=1, progress=False)
    assert summary.exit_code == 0, summary.errors
    check.outputs_intact(out)


def test_linked_folder_gets_a_row_and_is_searched_only_when_asked(inputs, out, check, secret):
    link = inputs.folder / "map"
    os.symlink(secret.parent, link)
    summary = run([inputs.folder], out, workers=1, progress=False)
    assert [r["error"] for r in check.error_rows(out, link)] == ["symlink_outside"]
    assert summary.exit_code == 1
    inner = inputs.folder / "binnen"
    inner.mkdir()
    inputs.good_document("binnen/doc.txt")
    os.symlink(inner, inputs.folder / "ook_binnen")
    run([inputs.folder], out, workers=1, progress=False)
    assert [r["error"] for r in check.error_rows(out, inputs.folder / "ook_binnen")] == ["symlink_folder"]

    out2 = out.parent / "out2"
    summary = run([inputs.folder], out2, workers=1, progress=False, follow_symlinks=True)
    assert summary.exit_code == 0, summary.errors
    assert "Zwolle" in pages_text(check, out2)


def test_fifo_is_not_a_file(inputs, out, check):
    fifo = inputs.folder / "pijp.txt"
    os.mkfifo(fifo)
    summary = run([inputs.folder], out, workers=1, progress=False)
    rows = check.error_rows(out, fifo)
    assert [r["error"] for r in rows] == ["not_a_file"] and "FIFO" in rows[0]["message"]
    assert summary.n_failed == 1
    check.outputs_intact(out)
    # Named on the command line too.
    run([fifo, inputs.good], out, workers=1, progress=False)
    assert [r["error"] for r in check.error_rows(out, fifo)] == ["not_a_file"]


def test_terminal_escapes_in_file_names_are_escaped_when_printed(inputs, out, capsys):
    name = "evil\x1b]0;pwned\x07\x1b[2J\r.txt"
    inputs.write(name, b"\x00\x01\x02binary")
    code = main(["run", str(inputs.folder), "--out", str(out), "--workers", "1"])
    printed = capsys.readouterr()
    assert code == 1
    assert "\x1b" not in printed.out + printed.err and "\r" not in printed.out
    assert "\\x1b]0;pwned\\x07" in printed.out
    assert printable("a\u202eb\udcff") == "a\\u202eb\\udcff"


def test_format_summary_lines_are_printable(inputs, out):
    inputs.write("x\x1b[31m.txt", b"")
    summary = run([inputs.folder], out, workers=1, progress=False)
    assert all(line.isprintable() for line in format_summary(summary))


def _fake_tesseract(tmp_path: Path) -> Path:
    """A ``tesseract`` that hangs, writing its pid first, to stand for a slow OCR."""
    folder = tmp_path / "bin"
    folder.mkdir()
    script = folder / "tesseract"
    script.write_text(f"#!/bin/sh\necho $$ >> {tmp_path}/pids\nexec sleep 60\n")
    script.chmod(0o755)
    return script


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.parametrize("workers", [1, 2])
def test_timeout_during_ocr_leaves_no_tesseract_and_no_temp_files(inputs, out, check, build,
                                                                  tmp_path, monkeypatch, workers):
    import pytesseract

    from pipeline.ingest import ocr, tesseract

    fake = _fake_tesseract(tmp_path)
    monkeypatch.setattr(tesseract, "enabled", False)  # the command, not the library, hangs
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr("tempfile.tempdir", str(temp))
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(fake))
    monkeypatch.setattr(ocr, "tesseract_problem", lambda lang: None)
    scan = inputs.write("scan.pdf", build.image_only_pdf_bytes())
    summary = run([inputs.folder], out, workers=workers, progress=False, timeout=3)
    assert [r["error"] for r in check.error_rows(out, scan)] == ["timeout"]
    assert summary.n_ok == 1
    check.outputs_intact(out)
    pids = [int(p) for p in (tmp_path / "pids").read_text().split()]
    assert pids and not any(_alive(pid) for pid in pids)
    assert not list(temp.rglob("tess_*"))
