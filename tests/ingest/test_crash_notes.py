"""The notes that say which page libtesseract was reading when its process died."""

from __future__ import annotations

from pipeline.ingest import crash_notes


def test_a_page_is_noted_while_it_is_read_and_only_then(tmp_path, monkeypatch):
    monkeypatch.setattr(crash_notes, "folder", str(tmp_path))
    with crash_notes.noted(3):
        assert crash_notes.pages_noted(str(tmp_path)) == [3]
    assert crash_notes.pages_noted(str(tmp_path)) == []
    # Another thread's note, left by a read that never ended (its process died).
    (tmp_path / f"{crash_notes.NOTE_PREFIX}12345").write_text("7", encoding="ascii")
    with crash_notes.noted(12):
        assert crash_notes.pages_noted(str(tmp_path)) == [7, 12]


def test_outside_a_worker_nothing_is_noted(tmp_path, monkeypatch):
    monkeypatch.setattr(crash_notes, "folder", None)
    with crash_notes.noted(1):
        pass
    assert list(tmp_path.iterdir()) == []
    assert crash_notes.pages_noted(str(tmp_path / "gone")) == []
