"""The result cache: entries read back under the current name, damaged or foreign ones dropped."""

from __future__ import annotations

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
    cache.path("0123456789abcdef").write_bytes(b"\x80\x05 not a pickle")
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


def test_a_cache_entry_not_signed_with_this_users_key_is_never_unpickled(tmp_path, monkeypatch):
    import pickle

    cache = ResultCache(tmp_path, "v1")
    cache.prepare(fresh=False)
    cache.put(_result())
    signed = cache.path("0123456789abcdef").read_bytes()
    assert cache.get("0123456789abcdef", "in/a.txt") is not None

    class Boom:
        def __reduce__(self):
            return (pytest.fail, ("an unsigned entry was unpickled",))

    forged = pickle.dumps(Boom())
    cache.path("0123456789abcdef").write_bytes(signed[:32] + forged)
    assert cache.get("0123456789abcdef", "in/a.txt") is None
    assert "0123456789abcdef" not in cache


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
