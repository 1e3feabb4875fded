"""The result cache: entries read back under the current name, damaged or foreign ones dropped."""

from __future__ import annotations

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
