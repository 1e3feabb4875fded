"""The result cache: each finished document saved in ``<out>/.kenmerk/cache`` at once.

A run killed at any moment loses at most the documents in flight; the next
run takes finished documents from here. Entries are keyed by the document id
(hash of the bytes) and the pipeline version, written atomically (temp file,
fsync, rename) and signed with a per-user key kept outside ``--out``
(``~/.cache/kenmerk/``). Only successes are cached: failures are retried on
the next run, since a missing OCR engine or a timeout may have been fixed
meanwhile.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import os
import pickle
import re
import secrets
from functools import lru_cache
from pathlib import Path

from pipeline.errors import KenmerkError
from pipeline.outdir import STATE_DIR, UnsafeOutput, remove_entry
from pipeline.records import DocumentResult
from pipeline.tables import write_bytes

# Bumped when the pickled records change shape so that old cache entries are not read.
CACHE_FORMAT = 2
# The names of cache version folders (``<format>-<pipeline version>``); nothing else is deleted.
CACHE_ENTRY = re.compile(r"\d+-[\w.+-]+")


class ResultCache:
    """Finished documents of ``out``: one signed pickle per document id, for this pipeline version."""

    def __init__(self, out: Path, version: str) -> None:
        root = Path(out) / STATE_DIR / "cache"
        self.folder = root / f"{CACHE_FORMAT}-{version}"
        self._root = root

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
        return self.folder / f"{doc_id}.pickle"

    def __contains__(self, doc_id: str) -> bool:
        return self.path(doc_id).is_file()

    def verify(self, doc_id: str) -> bool:
        """Whether the entry of ``doc_id`` is there and reads back (signature, format, id).

        Checked when the run is planned, so an entry that was truncated, swapped
        or signed with a lost key is processed again instead of being counted as
        done and then missing from the tables; a failing entry is deleted.
        """
        return doc_id in self and self.get(doc_id, "") is not None

    def get(self, doc_id: str, source: str) -> DocumentResult | None:
        """The cached result under the current file name, or None when absent, unsigned or unreadable."""
        try:
            data = self.path(doc_id).read_bytes()
        except FileNotFoundError:
            return None
        except OSError:
            data = b""
        signature, payload = data[:SIGNATURE_BYTES], data[SIGNATURE_BYTES:]
        try:
            if not hmac.compare_digest(signature, _sign(payload)):
                # Not written by this user's kenmerk: never unpickle it.
                raise pickle.UnpicklingError("bad signature")
            result = pickle.loads(payload)
        except (EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError):
            # An entry from an older kenmerk that no longer loads: process the document again.
            self.path(doc_id).unlink(missing_ok=True)
            return None
        info = getattr(result, "info", None)
        if not isinstance(result, DocumentResult) or info is None or info.doc_id != doc_id:
            self.path(doc_id).unlink(missing_ok=True)
            return None
        info = dataclasses.replace(info, source=source)
        return dataclasses.replace(result, source=source, info=info)

    def put(self, result: DocumentResult) -> None:
        """Store a finished document atomically: temp file, fsync, rename."""
        payload = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        write_bytes(self.path(result.info.doc_id), _sign(payload) + payload)


# Cache entries are pickles, and unpickling runs code; each entry is therefore
# signed with a key that lives outside the output folder (in the user's cache
# folder), so whoever can write into --out cannot make kenmerk run code.
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


def _sign(payload: bytes) -> bytes:
    return hmac.new(_cache_key(), payload, hashlib.sha256).digest()
