"""An output folder others can write to: planted links and files never make a run reach outside --out.

Each test plants something in a temp ``--out`` (a link, a manifest, a broken
cache entry) beside a folder that stands for the rest of the disk, runs the
pipeline, and checks the refusal or the row, the outputs, and that the folder
outside was not touched.
"""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

import pytest

import pipeline.run.cache as cache_module
from pipeline.run import RunAborted, run


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def elsewhere(tmp_path) -> Path:
    """A folder outside --out with files a run must never touch."""
    folder = tmp_path / "elders"
    folder.mkdir()
    (folder / "belangrijk.txt").write_bytes(b"niet aankomen\n")
    (folder / "sub").mkdir()
    (folder / "sub" / "ook.txt").write_bytes(b"ook niet\n")
    return folder


def first_run(inputs, out, check):
    summary = run([inputs.folder], out, workers=1, progress=False)
    assert summary.exit_code == 0, summary.errors
    check.outputs_intact(out)
    return summary


def test_lock_file_as_a_link_is_refused_and_its_target_untouched(inputs, out, elsewhere, check):
    (out / ".kenmerk").mkdir(parents=True)
    os.symlink(elsewhere / "belangrijk.txt", out / ".kenmerk" / "lock")
    before = snapshot(elsewhere)
    with pytest.raises(RunAborted, match="symbolic link"):
        run([inputs.folder], out, workers=1, progress=False)
    assert snapshot(elsewhere) == before
    assert not (out / "documents.parquet").exists()
    (out / ".kenmerk" / "lock").unlink()
    first_run(inputs, out, check)  # once removed, the run goes on


def test_lock_is_opened_without_following_a_link_even_when_planted_late(out, elsewhere):
    from pipeline.outdir import UnsafeOutput, open_lock

    (out / ".kenmerk").mkdir(parents=True)
    os.symlink(elsewhere / "belangrijk.txt", out / ".kenmerk" / "lock")
    with pytest.raises(UnsafeOutput):
        open_lock(out)
    assert (elsewhere / "belangrijk.txt").read_bytes() == b"niet aankomen\n"


@pytest.mark.parametrize("where", ["cache", "staging", "cache/version", "."])
def test_any_link_under_the_state_folder_is_refused(inputs, out, elsewhere, check, where):
    first_run(inputs, out, check)
    before_out = snapshot(out)
    if where == ".":
        import shutil

        shutil.rmtree(out / ".kenmerk")
        os.symlink(elsewhere, out / ".kenmerk")
    elif where == "cache/version":
        version = next((out / ".kenmerk" / "cache").iterdir())
        os.symlink(elsewhere, version.with_name("2-0.0.0+rules.x+code.y"))
    else:
        target = out / ".kenmerk" / where
        if target.exists():
            import shutil

            shutil.rmtree(target)
        os.symlink(elsewhere, target)
    before = snapshot(elsewhere)
    with pytest.raises(RunAborted, match="symbolic link"):
        run([inputs.folder], out, workers=1, progress=False, fresh=True)
    assert snapshot(elsewhere) == before
    assert {k: v for k, v in snapshot(out).items() if not k.startswith(".kenmerk")} == \
        {k: v for k, v in before_out.items() if not k.startswith(".kenmerk")}


def test_cache_prepare_deletes_only_cache_entries_and_never_through_links(out, elsewhere):
    from pipeline.run.cache import ResultCache

    cache = ResultCache(out, "1.0")
    cache.prepare(fresh=False)
    root = out / ".kenmerk" / "cache"
    (root / "notes.txt").write_text("van de gebruiker")
    os.symlink(elsewhere, root / "1-oud")
    old = root / "1-ouder"
    old.mkdir()
    os.symlink(elsewhere / "belangrijk.txt", old / "x.pickle")
    (old / "y.pickle").write_bytes(b"oud")
    before = snapshot(elsewhere)
    ResultCache(out, "2.0").prepare(fresh=True)
    assert snapshot(elsewhere) == before
    assert (root / "notes.txt").exists()
    assert not old.exists() and not (root / "1-oud").exists()


@pytest.mark.parametrize("name", ["../../x.parquet", "../documents.parquet", "/tmp/x.parquet",
                                  "documents.parquet/../../y", "nietbestaand.parquet"])
def test_planted_recovery_manifest_cannot_move_files_outside(inputs, out, elsewhere, check, name):
    first_run(inputs, out, check)
    tables_before = {k: v for k, v in snapshot(out).items() if not k.startswith(".kenmerk")}
    staging = out / ".kenmerk" / "staging"
    staging.mkdir()
    (staging / "documents.parquet").write_bytes(b"planted")
    manifest = {"tables": {"documents": {"file": name, "rows": 0, "sha256": ""}}}
    (staging / "run.json").write_text(json.dumps(manifest))
    before = snapshot(elsewhere)
    summary = run([inputs.folder], out, workers=1, progress=False)
    assert snapshot(elsewhere) == before
    assert not (out.parent / "x.parquet").exists() and not Path("/tmp/x.parquet").exists()
    rows = [e for e in summary.errors if e.error == "staging_corrupt"]
    assert len(rows) == 1 and "run.json" in rows[0].message
    check.outputs_intact(out)
    assert {k: v for k, v in snapshot(out).items() if k.endswith(".parquet") and not k.startswith(".")} \
        .keys() == {k for k in tables_before if k.endswith(".parquet")}
    assert str(inputs.good) in check.document_sources(out)


def test_manifest_through_a_linked_folder_is_refused(inputs, out, elsewhere, check):
    first_run(inputs, out, check)
    staging = out / ".kenmerk" / "staging"
    staging.mkdir()
    os.symlink(elsewhere, staging / "via")
    (staging / "run.json").write_text(json.dumps(
        {"tables": {"documents": {"file": "via/belangrijk.txt"}}}))
    before = snapshot(elsewhere)
    with pytest.raises(RunAborted, match="symbolic link"):
        run([inputs.folder], out, workers=1, progress=False)
    assert snapshot(elsewhere) == before


@pytest.mark.parametrize("content", [b"", b"{not json", b"\xff\xfe\x00", b"[1, 2]", b'{"tables": 5}'])
def test_corrupt_staging_manifest_is_a_warning_not_a_traceback(inputs, out, check, content):
    first_run(inputs, out, check)
    staging = out / ".kenmerk" / "staging"
    staging.mkdir()
    (staging / "run.json").write_bytes(content)
    for _ in range(2):  # and the next run is clean again
        summary = run([inputs.folder], out, workers=1, progress=False)
        check.outputs_intact(out)
        assert str(inputs.good) in check.document_sources(out)
    assert summary.exit_code == 0
    assert not staging.exists()


def _entries(out: Path) -> list[Path]:
    return sorted((out / ".kenmerk" / "cache").glob("*/*.json"))


class _Boom:
    def __reduce__(self):
        return (pytest.fail, ("a planted pickle was loaded",))


@pytest.mark.parametrize("damage", ["truncate", "swap", "empty", "garbage", "forged", "pickle"])
def test_cache_entry_failing_verification_is_reprocessed(inputs, out, check, damage, monkeypatch):
    for _ in range(4):
        inputs.good_document()
    first_run(inputs, out, check)
    entries = _entries(out)
    assert len(entries) == 5
    for name in ("loads", "load", "Unpickler"):  # nothing in the cache is ever unpickled
        monkeypatch.setattr(pickle, name, lambda *a, **k: pytest.fail("the cache was unpickled"))
    if damage == "forged":  # a changed figure under the old signature
        data = entries[0].read_bytes()
        assert b'"@decimal":"' in data
        entries[0].write_bytes(data.replace(b'"@decimal":"', b'"@decimal":"9', 1))
    elif damage == "pickle":
        data = pickle.dumps(_Boom())
        entries[0].write_bytes(entries[0].read_bytes()[:32] + data)
    elif damage == "truncate":
        entries[0].write_bytes(entries[0].read_bytes()[:100])
    elif damage == "swap":
        a, b = entries[0].read_bytes(), entries[1].read_bytes()
        entries[0].write_bytes(b)
        entries[1].write_bytes(a)
    elif damage == "empty":
        entries[0].write_bytes(b"")
    else:
        entries[0].write_bytes(os.urandom(500))
    summary = run([inputs.folder], out, workers=1, progress=False)
    assert summary.exit_code == 0, summary.errors
    assert summary.n_ok == 5 and summary.n_cached == (3 if damage == "swap" else 4)
    check.outputs_intact(out)


@pytest.mark.parametrize("key", ["deleted", "empty", "short"])
def test_a_lost_or_invalid_key_means_reprocessing_not_missing_documents(inputs, out, check, tmp_path,
                                                                        monkeypatch, key):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    cache_module._cache_key.cache_clear()
    for _ in range(4):
        inputs.good_document()
    first_run(inputs, out, check)
    path = tmp_path / "xdg" / "kenmerk" / "result-cache.key"
    assert len(path.read_bytes()) == cache_module.KEY_BYTES
    if key == "deleted":
        path.unlink()
    else:
        path.write_bytes(b"" if key == "empty" else b"kort")
    counts = []
    for _ in range(3):
        cache_module._cache_key.cache_clear()  # a new process
        summary = run([inputs.folder], out, workers=1, progress=False)
        assert summary.exit_code == 0, summary.errors
        assert summary.n_ok == 5
        counts.append(summary.n_cached)
    assert counts == [0, 5, 5]
    assert len(path.read_bytes()) == cache_module.KEY_BYTES
    cache_module._cache_key.cache_clear()
