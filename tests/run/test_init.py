"""``pipeline.run.run``: a re-run with nothing changed leaves the tables and loads nothing heavy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pipeline.run import run

TEXT = "De gemeente Leiden ontvangt een bijdrage van € 12.000 voor de aanpak van huiselijk geweld."


def _tables_state(out: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()}


def test_a_rerun_with_nothing_changed_leaves_the_tables_as_they_are(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    first = run([inputs], out, workers=1, progress=False)
    before = _tables_state(out)
    again = run([inputs], out, workers=1, progress=False)
    assert _tables_state(out) == before
    assert again.rows == first.rows and again.n_ok == 1 and again.n_cached == 1
    assert again.exit_code == 0

    (inputs / "b.txt").write_text(TEXT.replace("Leiden", "Almere"), encoding="utf-8")
    grown = run([inputs], out, workers=1, progress=False)
    assert grown.rows["documents"] == 2 and _tables_state(out) != before


def test_a_rerun_rewrites_tables_that_were_changed_since(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    run([inputs], out, workers=1, progress=False)
    good = (out / "amounts.parquet").read_bytes()
    (out / "amounts.parquet").unlink()
    run([inputs], out, workers=1, progress=False)
    assert (out / "amounts.parquet").read_bytes() == good


# What a run that finds nothing changed has no use for: the nlp, the PDF libraries, the
# tables' libraries, the worker pool and the progress bar.
HEAVY = ('spacy', 'pdfplumber', 'pypdfium2', 'pandas', 'duckdb', 'pyarrow', 'numpy', 'multiprocessing', 'tqdm')


def test_a_rerun_with_nothing_changed_loads_no_nlp_or_pdf_library(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(TEXT, encoding="utf-8")
    script = ("import sys; from pipeline.run import run; "
              f"run([{str(inputs)!r}], {str(tmp_path / 'out')!r}, workers=1, progress=False); "
              f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))")
    first = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert "spacy" in first.stdout
    again = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert again.stdout.strip() == "[]", again.stdout


def _truncate(path: Path) -> None:
    """Cut a real parquet file in half, as a crash outside kenmerk would."""
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def test_a_damaged_parquet_file_in_the_output_folder_does_not_stop_the_next_run(tmp_path):
    import pyarrow.parquet as pq

    from pipeline.database import connect

    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(TEXT, encoding="utf-8")
    (inputs / "b.txt").write_text(TEXT.replace("Leiden", "Almere"), encoding="utf-8")
    out = tmp_path / "out"
    first = run([inputs], out, workers=1, progress=False)
    stray = out / "notes_of_a_user.parquet"
    stray.write_bytes((out / "amounts.parquet").read_bytes())
    _truncate(out / "amounts.parquet")
    _truncate(stray)
    damaged = stray.read_bytes()

    again = run([inputs], out, workers=1, progress=False)

    assert again.exit_code == 0 and again.rows == first.rows
    # The run's own table is replaced by a whole one; the user's file is left as it was.
    assert pq.read_table(out / "amounts.parquet").num_rows == first.rows["amounts"] == 2
    assert stray.read_bytes() == damaged
    replaced, left = again.notes
    assert "amounts.parquet" in replaced and "replaced" in replaced
    assert "notes_of_a_user.parquet" in left and "left as it is" in left
    con = connect(out)
    try:
        assert con.execute("SELECT count(*) FROM facts WHERE kind = 'amount'").fetchall() == [(2,)]
        assert "notes_of_a_user" not in {r[0] for r in con.execute("SELECT view_name FROM duckdb_views()").fetchall()}
    finally:
        con.close()


def test_the_tables_of_a_run_take_its_results_without_reading_them_back(tmp_path, monkeypatch):
    """Only documents of an earlier run are read from the cache; this run's are in memory,
    and the tables hold the same rows either way."""
    import pyarrow.parquet as pq

    from pipeline.run.cache import ResultCache

    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(TEXT, encoding="utf-8")
    (inputs / "b.txt").write_text(TEXT.replace("Leiden", "Almere"), encoding="utf-8")
    out = tmp_path / "out"
    read_back = []
    get = ResultCache.get
    monkeypatch.setattr(ResultCache, "get", lambda self, doc_id, source: read_back.append(source)
                        or get(self, doc_id, source))
    run([inputs], out, workers=1, progress=False)
    assert read_back == []
    fresh = pq.read_table(out / "amounts.parquet").to_pylist()

    (out / "run.json").unlink()  # the tables are built again, from the cache
    run([inputs], out, workers=1, progress=False)
    assert sorted(Path(s).name for s in read_back) == ["a.txt", "b.txt"]
    assert pq.read_table(out / "amounts.parquet").to_pylist() == fresh
