"""The result cache: each finished document saved in ``<out>/.kenmerk/cache`` at once.

A run killed at any moment loses at most the documents in flight; the next
run takes finished documents from here. Entries are keyed by the document id
(hash of the bytes) and the pipeline version, and written atomically (temp
file, fsync, rename). Only successes are cached: failures are retried on the
next run, since a missing OCR engine or a timeout may have been fixed
meanwhile.

Whoever can write into ``--out`` can write here, so an entry is data that
cannot run code: JSON of the ``DocumentResult`` (``pipeline.run.codec``),
never a pickle. Each entry is signed with a per-user key kept outside
``--out`` (``~/.cache/kenmerk/``); the signature only guards integrity (a
truncated, swapped or planted entry is not taken for a finished document).
Entries are checked when the run is planned and one that fails is processed
again. Entries of an older format (pickles, up to format 2) are in a folder
of their own, which is removed unread.

A run that finds nothing changed should not read every document and every
entry again. The cache's index (``stat-index``, signed JSON) keeps,
for each input file and each entry checked or written, the file's device,
inode, size and times of change (``os.stat``): a file whose ``stat`` still
says the same is taken to hold the bytes it held, so an input keeps its
document id without being hashed and an entry is taken as checked without
being read. Anything that writes a file changes its change time (``ctime``,
which no user can set back), and a file replaced by another has another
inode, so an edited, replaced or truncated file is hashed or checked again.
File times move in clock ticks: a file changed in the tick it was looked at
could be changed again with nothing to show, so such a file is not recorded
(git's "racily clean" entries) and is read again next time.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import os
import queue
import re
import secrets
import threading
import time
from functools import lru_cache
from pathlib import Path

from pipeline.errors import KenmerkError
from pipeline.outdir import STATE_DIR, UnsafeOutput, remove_entry
from pipeline.published import write_bytes
from pipeline.records import DocumentResult, ProcessingError
from pipeline.run.codec import CodecError, decode, encode

# Bumped when the format of entries changes, so that old entries are not read:
# 2 was signed pickles, 3 is signed JSON (``pipeline.run.codec``).
CACHE_FORMAT = 4
# How every entry's JSON starts (``pipeline.run.codec.encode``).
ENTRY_START = b'{"@":"DocumentResult",'
# The names of cache version folders (``<format>-<pipeline version>``); nothing else is deleted.
CACHE_ENTRY = re.compile(r"\d+-[\w.+-]+")


# The index of the files whose ``stat`` stands for their content (see above), in the version's folder.
INDEX = "stat-index"
# The name the index is signed under: no document id (16 hex digits) can be it.
INDEX_SIGNED_AS = "index"


# A file changed less than this long ago may change again within the same clock tick.
RACY_NS = 50_000_000
_now_ns = time.time_ns


def stat_key(st: os.stat_result) -> list[int]:
    """What tells that a file is unchanged without reading it."""
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def _settled(st: os.stat_result) -> bool:
    """Whether any later change of the file will show in its times (see the module's notes)."""
    return _now_ns() - max(st.st_mtime_ns, st.st_ctime_ns) > RACY_NS


class ResultCache:
    """Finished documents of ``out``: one signed JSON entry per document id, for this pipeline version."""

    def __init__(self, out: Path, version: str) -> None:
        root = Path(out) / STATE_DIR / "cache"
        self.folder = root / f"{CACHE_FORMAT}-{version}"
        self._root = root
        self._index: dict | None = None  # as read from the index file
        # What this run found, saved as the next index (``save_index``).
        self._sources: dict[str, list] = {}
        self._entries: dict[str, list[int]] = {}
        self._writer: _Writer | None = None  # started by the first ``put_soon``

    def prepare(self, fresh: bool) -> None:
        """Create the folder; drop other versions' entries (and all entries when ``fresh``)."""
        # Only entries named like a cache version are deleted, never through a link
        # (check_state_dir has refused links under .kenmerk before this).
        if self._root.is_dir() and not self._root.is_symlink():
            for old in self._root.iterdir():
                if (fresh or old != self.folder) and CACHE_ENTRY.fullmatch(old.name):
                    remove_entry(old)
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.folder.is_symlink() or self._root.is_symlink():
            raise UnsafeOutput(KenmerkError("unsafe_output", out=self._root.parent.parent,
                                            path=self.folder, reason="a symbolic link").message)

    def path(self, doc_id: str) -> Path:
        return self.folder / f"{doc_id}.json"

    def __contains__(self, doc_id: str) -> bool:
        return self.path(doc_id).is_file()

    def verify(self, doc_id: str) -> bool:
        """Whether the entry of ``doc_id`` is there, whole, and this document's.

        Checked when the run is planned, so an entry that was truncated, swapped,
        changed or signed with a lost key is processed again instead of being
        counted as done and then missing from the tables; a failing entry is
        deleted. The signature covers the document id too, so checking it is
        enough and costs no decoding.
        """
        if self._index_says(doc_id):
            return True
        return self._payload(doc_id) is not None

    def known_id(self, source: str, st: os.stat_result) -> str | None:
        """The document id of input ``source`` when its ``stat`` is as the index has it, else None."""
        known = self._read_index()["sources"].get(source)
        return known[-1] if isinstance(known, list) and known[:-1] == stat_key(st) else None

    def remember(self, source: str, st: os.stat_result, doc_id: str) -> None:
        """Record that input ``source`` with this ``stat`` holds document ``doc_id``."""
        if _settled(st):
            self._sources[source] = [*stat_key(st), doc_id]

    def save_index(self) -> None:
        """Write the index of this run's inputs and entries, when it differs from the one read."""
        index = {"sources": self._sources, "entries": self._entries}
        if index == self._read_index():
            return
        payload = json.dumps(index, sort_keys=True, separators=(",", ":")).encode("utf-8")
        write_bytes(self.folder / INDEX, _sign(INDEX_SIGNED_AS, payload) + payload)

    def _read_index(self) -> dict:
        if self._index is None:
            self._index = {"sources": {}, "entries": {}}
            try:
                data = (self.folder / INDEX).read_bytes()
            except OSError:
                return self._index
            signature, payload = data[:SIGNATURE_BYTES], data[SIGNATURE_BYTES:]
            if hmac.compare_digest(signature, _sign(INDEX_SIGNED_AS, payload)):
                try:
                    index = json.loads(payload)
                except ValueError:
                    index = None
                if (isinstance(index, dict) and isinstance(index.get("sources"), dict)
                        and isinstance(index.get("entries"), dict)):
                    self._index = index
        return self._index

    def _index_says(self, doc_id: str) -> bool:
        """Whether the entry of ``doc_id`` is the file the index recorded after checking it."""
        known = self._read_index()["entries"].get(doc_id)
        if known is None:
            return False
        try:
            st = os.stat(self.path(doc_id))
        except OSError:
            return False
        if known != stat_key(st):
            return False
        self._entries[doc_id] = known
        return True

    def get(self, doc_id: str, source: str) -> DocumentResult | None:
        """The cached result under the current file name, or None when absent, unsigned or unreadable."""
        payload = self._payload(doc_id)
        if payload is None:
            return None
        try:
            result = decode(payload)
        except CodecError:
            result = None
        if result is None or result.info is None or result.info.doc_id != doc_id:
            # Signed but not readable: an entry this kenmerk cannot read; process it again.
            self.path(doc_id).unlink(missing_ok=True)
            self._entries.pop(doc_id, None)
            return None
        info = dataclasses.replace(result.info, source=source)
        errors = tuple(_renamed(e, result.source, source) for e in result.errors)
        return dataclasses.replace(result, source=source, info=info, errors=errors)

    def _payload(self, doc_id: str) -> bytes | None:
        """The entry's JSON when its signature holds; a failing entry is deleted."""
        try:
            with open(self.path(doc_id), "rb") as handle:
                st = os.fstat(handle.fileno())
                data = handle.read()
        except FileNotFoundError:
            return None
        except OSError:
            data, st = b"", None
        signature, payload = data[:SIGNATURE_BYTES], data[SIGNATURE_BYTES:]
        if not (payload.startswith(ENTRY_START) and hmac.compare_digest(signature, _sign(doc_id, payload))):
            # Damaged, swapped, changed, planted, signed with a key that is gone, or
            # not this format (a pickle signed by an older kenmerk).
            self.path(doc_id).unlink(missing_ok=True)
            self._entries.pop(doc_id, None)
            return None
        self._record(doc_id, st)
        return payload

    def put(self, result: DocumentResult) -> None:
        """Store a finished document atomically: temp file, fsync, rename."""
        doc_id = result.info.doc_id
        payload = encode(result)
        self._write(doc_id, _sign(doc_id, payload) + payload)

    def put_soon(self, result: DocumentResult) -> None:
        """``put``, with the writing done by a thread of its own: the run reads the next
        results and sends the workers their next documents while the disk takes an
        ``fsync`` (several ms an entry, one after another). ``flush`` waits for it; an
        error of an earlier write is raised here or there."""
        doc_id = result.info.doc_id
        payload = encode(result)
        if self._writer is None:
            self._writer = _Writer(self._write)
        self._writer.submit(doc_id, _sign(doc_id, payload) + payload)

    def flush(self) -> None:
        """Wait until every entry of ``put_soon`` is on disk; raise the first write's error."""
        if self._writer is not None:
            self._writer.wait(raise_error=True)

    def close(self) -> None:
        """Wait for the entries of ``put_soon`` still being written (a run that stops on
        an error or Ctrl-C keeps what it finished), raising nothing."""
        if self._writer is not None:
            self._writer.wait(raise_error=False)

    def _write(self, doc_id: str, data: bytes) -> None:
        write_bytes(self.path(doc_id), data)
        try:
            self._record(doc_id, os.stat(self.path(doc_id)))
        except OSError:
            self._entries.pop(doc_id, None)

    def _record(self, doc_id: str, st: os.stat_result) -> None:
        if _settled(st):
            self._entries[doc_id] = stat_key(st)
        else:
            self._entries.pop(doc_id, None)


class _Writer:
    """A thread that writes cache entries one after another, in the order given."""

    def __init__(self, write) -> None:
        self._write = write
        self._queue: queue.Queue = queue.Queue()
        self._error: BaseException | None = None
        threading.Thread(target=self._loop, name="kenmerk-cache", daemon=True).start()

    def submit(self, doc_id: str, data: bytes) -> None:
        self._raise()  # a full disk stops the run at the next entry, not at the end
        self._queue.put((doc_id, data))

    def wait(self, raise_error: bool) -> None:
        self._queue.join()
        if raise_error:
            self._raise()

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def _loop(self) -> None:
        while True:
            doc_id, data = self._queue.get()
            try:
                if self._error is None:  # after a failed write the others are not tried
                    self._write(doc_id, data)
            except BaseException as err:  # noqa: BLE001 - raised in the run's thread
                self._error = err
            finally:
                self._queue.task_done()


def _renamed(error: ProcessingError, old: str, new: str) -> ProcessingError:
    """A finished document's own error row (pages it lost) under the file's current name."""
    if not old or old == new:
        return error
    return dataclasses.replace(error, source=new, message=error.message.replace(old, new))


# Entries are signed with a key that lives outside the output folder (in the
# user's cache folder), so whoever can write into --out cannot make a run take
# an entry of theirs, or a damaged one, for a finished document.
SIGNATURE_BYTES = hashlib.sha256().digest_size
KEY_BYTES = 32


@lru_cache(maxsize=1)
def _cache_key() -> bytes:
    """This user's signing key, made on first use; a per-process key when none can be kept."""
    path = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kenmerk" / "result-cache.key"
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        key = _new_key(path)
    except OSError:
        key = b""
    if len(key) != KEY_BYTES and path.is_file() and not path.is_symlink():
        # A truncated or foreign key file: replace it, else every run would sign
        # with a key of its own and never find the previous run's entries.
        key = _replace_key(path)
    # Without a usable key file, resume still works within this run.
    return key if len(key) == KEY_BYTES else secrets.token_bytes(KEY_BYTES)


def _replace_key(path: Path) -> bytes:
    """Write a new key over an invalid key file (temp file, then rename); b"" when that fails."""
    key = secrets.token_bytes(KEY_BYTES)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(key)
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        return b""
    return key


def _new_key(path: Path) -> bytes:
    """Create the key file, readable by this user only; another process may create it first."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_bytes()
    except OSError:
        return b""
    key = secrets.token_bytes(KEY_BYTES)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key)
    return key


def _sign(doc_id: str, payload: bytes) -> bytes:
    """The entry's signature; it binds the entry to its document (a swapped entry fails)."""
    return hmac.new(_cache_key(), doc_id.encode("utf-8") + b"\0" + payload, hashlib.sha256).digest()
