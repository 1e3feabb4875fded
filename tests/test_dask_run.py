"""``--executor dask``: the same tables as a local run, on a LocalCluster of two workers.

One cluster serves the module (starting one costs a few seconds); the runs
reach it through its address, as ``--scheduler`` does. Faults are injected as
in tests/robustness: the per-document function is passed to the run
(``faulty``); this module is pickled by value so the workers, which cannot
import a test module, receive it.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import cloudpickle
import pyarrow.parquet as pq
import pytest

from pipeline import cli
from pipeline import executors as executors_module
from pipeline.dask_run import DaskExecutor, _local_cluster, _outcome, run_on_cluster, sees_files
from pipeline.process import process_document
from pipeline.run import run
from pipeline.run.discovery import Task
from schemas import SCHEMAS

PROJECT = Path(__file__).resolve().parents[1]
CORPUS = PROJECT / "corpus"
HELDOUT = [PROJECT / "tests" / name / "documents" for name in ("heldout", "heldout2", "heldout3")]
TIMEOUT = 12.0  # a good document takes well under 1 s; generous for a loaded 2-core machine

pytestmark = pytest.mark.slow


def faulty(path, source: str | None = None, *, max_bytes: int):
    """Exit or hang on files named for it; process the rest (called as the runner's ``process``)."""
    name = Path(source or path).stem
    if name.startswith("exit"):
        os._exit(3)
    if name.startswith("hang"):
        time.sleep(600)
    if name.startswith("killworker"):
        os.kill(os.getppid(), signal.SIGKILL)  # the Dask worker that runs this child
        time.sleep(600)
    return process_document(path, source, max_bytes=max_bytes)


def refuse(path, source: str | None = None, *, max_bytes: int):
    """A ``process`` for a rerun: any document it is called on was redone."""
    raise RuntimeError(f"redone: {source or path}")


def _letter(n: int) -> str:
    return (f"Geachte leden van de raad,\n\nDe gemeente Utrecht ontvangt voor project {n} een bijdrage van "
            f"€ {n}5.000 voor de aanpak van huiselijk geweld. In totaal hebben {n}0 professionals de "
            f"basistraining gevolgd. Het college heeft op 12 maart 2016 besloten.\n")


def _generated(folder: Path, documents, *, faults: bool) -> Path:
    """Good letters and a PDF, a broken PDF, an empty file, a copy, and (``faults``) exit.txt and hang.txt."""
    folder.mkdir(parents=True)
    for n in range(1, 5):
        (folder / f"brief_{n}.txt").write_text(_letter(n), encoding="utf-8")
    pages = ["\n".join(f"Regel {i} van pagina {p}: de gemeente Delft ontvangt in 2016 € {p}{i}.000."
                       for i in range(1, 9)) for p in (1, 2)]
    good_pdf = documents.pdf_bytes(pages)
    (folder / "rapport.pdf").write_bytes(good_pdf)
    (folder / "kapot.pdf").write_bytes(good_pdf[: len(good_pdf) // 3])
    (folder / "leeg.txt").write_bytes(b"")
    shutil.copy(folder / "brief_1.txt", folder / "kopie_van_brief_1.txt")
    if faults:
        (folder / "exit.txt").write_text("Document van de gemeente Leiden, dat de worker stopt.", encoding="utf-8")
        (folder / "hang.txt").write_text("Document van de gemeente Leiden, dat blijft hangen.", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def by_value():
    """This module's functions (``faulty``) are sent to the workers by value: they cannot import it."""
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    yield
    cloudpickle.unregister_pickle_by_value(sys.modules[__name__])


@pytest.fixture(scope="module")
def scheduler(by_value):
    """The address of a LocalCluster of two worker processes, one thread each."""
    with _local_cluster(2) as cluster:
        yield cluster.scheduler_address


def _rows(out: Path) -> dict[str, list[dict]]:
    """Every table's rows; the time an error was recorded is left out."""
    tables = {name: pq.read_table(out / f"{name}.parquet").to_pylist() for name in SCHEMAS}
    for row in tables["errors"]:
        row.pop("time")
    return tables


def _assert_same_tables(local: Path, dask: Path) -> None:
    expected, found = _rows(local), _rows(dask)
    for name in SCHEMAS:
        assert found[name] == expected[name], name


@pytest.fixture(scope="module")
def faulty_runs(scheduler, tmp_path_factory, nlp, documents):
    """The corpus and generated documents with faults, once locally and once on the cluster.

    ``nlp`` loads spaCy before the local pool forks (it does so itself only for
    ``process_document``), so that no document spends its deadline loading it.
    """
    root = tmp_path_factory.mktemp("dask")
    inputs = [CORPUS, _generated(root / "in", documents, faults=True)]
    local = run(inputs, root / "local", workers=2, progress=False, timeout=TIMEOUT, process=faulty)
    started = time.monotonic()
    dask = run(inputs, root / "dask", progress=False, timeout=TIMEOUT, process=faulty,
               executor=DaskExecutor(scheduler=scheduler))
    return inputs, root, local, dask, time.monotonic() - started


def test_every_table_equals_the_local_runs_row_for_row(faulty_runs):
    _, root, local, dask, _ = faulty_runs
    assert dask.n_ok == local.n_ok == 5 + 5  # the corpus and brief_1..4 + rapport.pdf
    _assert_same_tables(root / "local", root / "dask")


def test_broken_crashing_and_hanging_files_are_errors(faulty_runs):
    _, root, _, dask, seconds = faulty_runs
    errors = {(Path(r["source"]).name, r["error"]) for r in _rows(root / "dask")["errors"]}
    assert errors == {("kapot.pdf", "broken_pdf"), ("leeg.txt", "empty_file"),
                      ("exit.txt", "worker_crashed"), ("hang.txt", "timeout")}
    assert dask.exit_code == 1
    assert seconds < 300, "the hanging document was not stopped at its deadline"
    manifest = (root / "dask" / "run.json").read_text(encoding="utf-8")
    assert '"documents_ok": 10' in manifest


def test_a_second_run_redoes_no_finished_document(faulty_runs, scheduler):
    inputs, root, _, first, _ = faulty_runs
    again = run(inputs, root / "dask", progress=False, timeout=TIMEOUT, process=refuse,
                executor=DaskExecutor(scheduler=scheduler))
    assert again.n_cached == first.n_ok
    redone = {Path(e.source).name for e in again.errors if e.error == "internal_error"}
    # Only the documents that failed are tried again (a fault may have been fixed meanwhile).
    assert redone == {"kapot.pdf", "leeg.txt", "exit.txt", "hang.txt"}
    tables = _rows(root / "dask")
    assert len(tables["documents"]) == first.n_ok


@pytest.mark.parametrize("documents", HELDOUT, ids=lambda path: path.parent.name)
def test_the_heldout_documents_give_the_same_tables(scheduler, tmp_path, documents):
    run([documents], tmp_path / "local", workers=2, progress=False)
    summary = run([documents], tmp_path / "dask", progress=False, executor=DaskExecutor(scheduler=scheduler))
    assert summary.n_ok == len(list(documents.iterdir()))
    _assert_same_tables(tmp_path / "local", tmp_path / "dask")


@pytest.mark.parametrize("ship_files", [True, False])
def test_relative_paths_read_in_place_or_shipped_keep_their_names(scheduler, tmp_path, monkeypatch, ship_files,
                                                                  documents):
    _generated(tmp_path / "in", documents, faults=False)
    monkeypatch.chdir(tmp_path)
    run(["in"], "local", workers=2, progress=False)
    run(["in"], "dask", progress=False, executor=DaskExecutor(scheduler=scheduler, ship_files=ship_files))
    _assert_same_tables(tmp_path / "local", tmp_path / "dask")
    assert {r["source"] for r in _rows(tmp_path / "dask")["documents"]} >= {"in/rapport.pdf", "in/brief_1.txt"}


def test_the_command_starts_its_own_cluster(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        (folder / f"brief_{n}.txt").write_text(_letter(n), encoding="utf-8")
    code = cli.main(["run", str(folder), "--out", str(tmp_path / "out"), "--executor", "dask", "--workers", "2"])
    assert code == cli.EXIT_OK
    assert "Read 3 of 3 documents" in capsys.readouterr().out


def test_without_dask_the_command_says_what_to_install(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(executors_module, "dask_installed", lambda: False)
    code = cli.main(["run", str(CORPUS), "--out", str(tmp_path / "out"), "--executor", "dask"])
    assert code == cli.EXIT_USAGE
    assert "pip install 'kenmerk[dask]'" in capsys.readouterr().err


def test_cluster_options_need_the_dask_executor(tmp_path, capsys):
    code = cli.main(["run", str(CORPUS), "--out", str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:1"])
    assert code == cli.EXIT_USAGE
    assert "--executor dask" in capsys.readouterr().err


def test_an_unreachable_scheduler_is_a_usage_error(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("pipeline.dask_run.CONNECT_TIMEOUT", 2.0)
    code = cli.main(["run", str(CORPUS), "--out", str(tmp_path / "out"), "--executor", "dask",
                     "--scheduler", "tcp://127.0.0.1:9"])
    assert code == cli.EXIT_USAGE
    assert "could not be reached" in capsys.readouterr().err


def test_a_document_that_kills_its_dask_worker_is_not_retried_forever(tmp_path, by_value):
    """Each try kills a worker; after the second the scheduler gives up (KilledWorker) and the run goes on."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "killworker.txt").write_text("Document van de gemeente Leiden, dat zijn worker doodt.", encoding="utf-8")
    for n in range(3):
        (folder / f"brief_{n}.txt").write_text(_letter(n), encoding="utf-8")
    summary = run([folder], tmp_path / "out", progress=False, timeout=60, process=faulty,
                  executor=DaskExecutor(workers=2))
    assert [(Path(e.source).name, e.error) for e in summary.errors] == [("killworker.txt", "worker_crashed")]
    assert "KilledWorker" in summary.errors[0].message
    assert summary.n_ok == 3


def test_workers_that_do_not_see_the_files_get_them_shipped(tmp_path):
    from pipeline.ingest import file_doc_id

    path = tmp_path / "brief.txt"
    path.write_text(_letter(1), encoding="utf-8")
    doc_id = file_doc_id(path)
    assert sees_files([(str(path), doc_id)])
    assert not sees_files([(str(tmp_path / "elders.txt"), doc_id)])  # not there
    assert not sees_files([(str(path), "0" * 16)])  # there, but other bytes


def test_a_file_gone_before_it_is_shipped_is_an_error_row(scheduler, tmp_path):
    from distributed import Client

    task = Task(str(tmp_path / "weg.txt"), "0123456789abcdef")
    with Client(scheduler) as client:
        [(done, result)] = list(run_on_cluster(client, [task], process=process_document, max_bytes=10**6,
                                               timeout=TIMEOUT, ship=True))
    assert done == task and [(e.stage, e.error) for e in result.errors] == [("ingest", "unreadable_file")]


def test_a_worker_lost_for_good_costs_its_document_only():
    from distributed import KilledWorker

    class Lost:
        def result(self):
            raise KilledWorker("kenmerk-abc", SimpleNamespace(address="tcp://127.0.0.1:4000"), 1)

    result = _outcome(Lost(), Task("in/a.pdf", "0123456789abcdef"))
    [error] = result.errors
    assert (error.stage, error.error, error.doc_id) == ("worker", "worker_crashed", "0123456789abcdef")
    assert "Dask worker" in error.message


def test_a_run_with_a_named_model_keeps_a_workers_pool_from_task_to_task():
    import pickle
    from functools import partial

    from pipeline.dask_run import _Located

    # Each task unpickles its own copy of the function; the model's partial must give the same key.
    process = partial(process_document, model="nl_core_news_sm")
    first, second = (_Located(pickle.loads(pickle.dumps(process)), base="/in", copies=None) for _ in range(2))
    assert first.key() == second.key()
    assert first.key() != _Located(process_document, base="/in", copies=None).key()
