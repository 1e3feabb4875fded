"""The result cache: entries read back under the current name, damaged or foreign ones dropped."""

from __future__ import annotations

import os
import pickle

import pytest

import pipeline.run.cache as cache_module
from pipeline.records import DocumentInfo, DocumentResult
from pipeline.run.cache import ResultCache


def _result(doc_id="0123456789abcdef", source="in/a.txt") -> DocumentResult:
    info = DocumentInfo(doc_id=doc_id, source=source, doc_type="brief", doc_type_rule="t", doc_date=None,
                        title="t", n_pages=1, ingest="text", pipeline_version="v")
    return DocumentResult(source=source, info=info)


def test_cache_gives_a_result_back_under_its_current_name(tmp_path):
    cache = ResultCache(tmp_path, "1.0+rules.abc")
    cache.prepare(fresh=False)
    cache.put(_result())
    assert "0123456789abcdef" in cache
    again = cache.get("0123456789abcdef", "in/hernoemd.txt")
    assert again.source == again.info.source == "in/hernoemd.txt"


def test_a_damaged_cache_entry_is_a_miss_and_is_removed(tmp_path):
    cache = ResultCache(tmp_path, "v1")
    cache.prepare(fresh=False)
    cache.path("0123456789abcdef").write_bytes(b"\x80\x05 not an entry")
    assert cache.get("0123456789abcdef", "in/a.txt") is None
    assert "0123456789abcdef" not in cache


def test_another_pipeline_version_or_fresh_starts_an_empty_cache(tmp_path):
    old = ResultCache(tmp_path, "v1")
    old.prepare(fresh=False)
    old.put(_result())
    new = ResultCache(tmp_path, "v2")
    new.prepare(fresh=False)
    assert not old.folder.exists() and "0123456789abcdef" not in new
    new.put(_result())
    ResultCache(tmp_path, "v2").prepare(fresh=True)
    assert "0123456789abcdef" not in new


class Boom:
    """A pickle that fails the test when it is loaded."""

    def __reduce__(self):
        return (pytest.fail, ("a cache entry was unpickled",))


@pytest.fixture
def no_unpickling(monkeypatch):
    def refuse(*args, **kwargs):
        pytest.fail("pickle was used to read the cache")

    for name in ("loads", "load", "Unpickler"):
        monkeypatch.setattr(pickle, name, refuse)


def test_an_entry_changed_without_the_key_is_a_miss(tmp_path):
    cache = ResultCache(tmp_path, "v1")
    cache.prepare(fresh=False)
    cache.put(_result())
    signed = cache.path("0123456789abcdef").read_bytes()
    assert cache.verify("0123456789abcdef")
    cache.path("0123456789abcdef").write_bytes(signed.replace(b'"brief"', b'"nota!"'))
    assert not cache.verify("0123456789abcdef")
    assert "0123456789abcdef" not in cache


def test_a_pickle_is_never_read_even_when_signed_with_this_users_key(tmp_path, no_unpickling):
    cache = ResultCache(tmp_path, "v1")
    cache.prepare(fresh=False)
    payload = pickle.dumps(Boom())
    cache.path("0123456789abcdef").write_bytes(cache_module._sign("0123456789abcdef", payload) + payload)
    assert not cache.verify("0123456789abcdef")
    assert "0123456789abcdef" not in cache


def test_entries_of_the_pickle_format_are_absent_and_removed_unread(tmp_path, no_unpickling):
    cache = ResultCache(tmp_path, "v1")
    old = cache.folder.with_name("2-v1")  # format 2 held signed pickles
    old.mkdir(parents=True)
    payload = pickle.dumps(Boom())
    (old / "0123456789abcdef.pickle").write_bytes(cache_module._sign("0123456789abcdef", payload) + payload)
    cache.prepare(fresh=False)
    assert not old.exists()
    assert not cache.verify("0123456789abcdef")


def test_a_stored_result_comes_back_equal(tmp_path, no_unpickling):
    cache = ResultCache(tmp_path, "v1")
    cache.prepare(fresh=False)
    result = _result()
    cache.put(result)
    assert cache.path("0123456789abcdef").suffix == ".json"
    assert cache.get("0123456789abcdef", result.source) == result


def test_the_signing_key_lives_outside_the_output_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home-cache"))
    cache_module._cache_key.cache_clear()
    try:
        key = cache_module._cache_key()
        stored = tmp_path / "home-cache" / "kenmerk" / "result-cache.key"
        assert stored.read_bytes() == key and len(key) == 32
        assert stored.stat().st_mode & 0o077 == 0
        cache_module._cache_key.cache_clear()
        assert cache_module._cache_key() == key
    finally:
        cache_module._cache_key.cache_clear()


@pytest.fixture
def settled(monkeypatch):
    """Files count as changed long enough ago to be recorded in the cache's index."""
    real = cache_module._now_ns
    monkeypatch.setattr(cache_module, "_now_ns", lambda: real() + 10**9)


def test_an_input_whose_stat_is_unchanged_keeps_its_id_without_being_hashed(tmp_path, settled):
    cache = ResultCache(tmp_path / "out", "v1")
    cache.prepare(fresh=False)
    source = tmp_path / "a.txt"
    source.write_text("een", encoding="utf-8")
    st = os.stat(source)
    assert cache.known_id(str(source), st) is None
    cache.remember(str(source), st, "0123456789abcdef")
    cache.save_index()

    again = ResultCache(tmp_path / "out", "v1")
    assert again.known_id(str(source), os.stat(source)) == "0123456789abcdef"
    assert again.known_id("elders/a.txt", os.stat(source)) is None
    source.write_text("twee", encoding="utf-8")  # rewritten: its size and times of change move on
    assert again.known_id(str(source), os.stat(source)) is None


def test_a_file_changed_in_the_last_clock_tick_is_not_recorded(tmp_path):
    cache = ResultCache(tmp_path / "out", "v1")
    cache.prepare(fresh=False)
    source = tmp_path / "a.txt"
    source.write_text("een", encoding="utf-8")
    cache.remember(str(source), os.stat(source), "0123456789abcdef")
    cache.put(_result())
    cache.save_index()
    again = ResultCache(tmp_path / "out", "v1")
    assert again.known_id(str(source), os.stat(source)) is None
    assert not again._index_says("0123456789abcdef")


def test_an_entry_recorded_in_the_index_is_trusted_until_its_file_changes(tmp_path, monkeypatch, settled):
    cache = ResultCache(tmp_path, "v1")
    cache.prepare(fresh=False)
    cache.put(_result())
    cache.save_index()
    read = []
    monkeypatch.setattr(ResultCache, "_payload", lambda self, doc_id: read.append(doc_id))
    assert ResultCache(tmp_path, "v1").verify("0123456789abcdef") and read == []
    monkeypatch.undo()

    # Replaced by other bytes of the same length under the old signature: read and refused.
    path = cache.path("0123456789abcdef")
    data = path.read_bytes()
    (tmp_path / "forged").write_bytes(data[:-2] + b"x}")
    os.replace(tmp_path / "forged", path)
    assert not ResultCache(tmp_path, "v1").verify("0123456789abcdef")


def test_an_index_not_signed_with_the_key_is_ignored(tmp_path, settled):
    cache = ResultCache(tmp_path / "out", "v1")
    cache.prepare(fresh=False)
    source = tmp_path / "a.txt"
    source.write_text("een", encoding="utf-8")
    cache.remember(str(source), os.stat(source), "0123456789abcdef")
    cache.save_index()
    index = cache.folder / cache_module.INDEX
    data = index.read_bytes()
    index.write_bytes(data.replace(b"0123456789abcdef", b"fedcba9876543210"))
    assert ResultCache(tmp_path / "out", "v1").known_id(str(source), os.stat(source)) is None


def test_planning_hashes_only_inputs_the_index_does_not_know(tmp_path, monkeypatch, settled):
    import pipeline.run.discovery as discovery

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.txt").write_text(name, encoding="utf-8")
    cache = ResultCache(tmp_path / "out", "v1")
    cache.prepare(fresh=False)
    sources = sorted(str(p) for p in folder.iterdir())
    first = discovery.plan_documents(sources, 1000, known=cache)
    cache.save_index()

    hashed = []
    real = discovery.file_doc_id
    monkeypatch.setattr(discovery, "file_doc_id", lambda path: hashed.append(path.name) or real(path))
    (folder / "b.txt").write_text("bee", encoding="utf-8")
    again = discovery.plan_documents(sources, 1000, known=ResultCache(tmp_path / "out", "v1"))
    assert hashed == ["b.txt"]
    assert again.tasks[0] == first.tasks[0] and again.tasks[1].doc_id != first.tasks[1].doc_id


def test_entries_put_soon_are_on_disk_after_flush_in_the_order_given(tmp_path, monkeypatch):
    cache = ResultCache(tmp_path, "1.0+rules.abc")
    cache.prepare(fresh=False)
    written = []
    write = cache_module.write_bytes
    monkeypatch.setattr(cache_module, "write_bytes", lambda path, data: written.append(path.stem)
                        or write(path, data))
    ids = [f"{n:016x}" for n in range(20)]
    for doc_id in ids:
        cache.put_soon(_result(doc_id))
    cache.flush()
    assert written == ids
    assert all(cache.get(doc_id, "in/a.txt").info.doc_id == doc_id for doc_id in ids)


def test_a_failed_write_of_an_entry_put_soon_is_raised_and_stops_the_others(tmp_path, monkeypatch):
    cache = ResultCache(tmp_path, "1.0+rules.abc")
    cache.prepare(fresh=False)

    def full(path, data):
        raise OSError(28, "No space left on device", str(path))

    monkeypatch.setattr(cache_module, "write_bytes", full)
    cache.put_soon(_result("0000000000000001"))
    with pytest.raises(OSError, match="No space"):
        cache.flush()
    cache.close()  # nothing left to raise
    cache.flush()
