"""The files of a published run, without pyarrow: atomic writes, the manifest, recovery.

``pipeline.tables.publish_tables`` writes a run's tables and its manifest
``run.json`` (see there for the steps); what only reads or moves those files
lives here, so that a run that finds nothing changed can check its tables
(``read_manifest``, ``file_sha256``) and finish a publication that was killed
(``recover_tables``) without loading pyarrow, pandas or the schemas.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

MANIFEST = "run.json"
# The tables of facts, one per kind (``pipeline.tables`` builds them, the summary counts them).
FACT_TABLES = ("amounts", "municipalities", "dates", "trainings", "regions")
# The inspectors' verdicts (``pipeline.verdicts``): in ``out`` beside the tables, never written by a run.
VERDICTS_FILE = "verdicts.parquet"


def verdicts_path(out: str | Path) -> Path:
    return Path(out) / VERDICTS_FILE


def recover_tables(out: Path, staging: Path) -> str | None:
    """Finish the publication of a run killed while renaming, or drop an unfinished staging.

    The manifest may have been planted by anyone who can write into ``out``:
    it is accepted only when it is valid JSON naming plain ``<table>.parquet``
    files of known tables, each a regular file in ``staging`` whose destination
    lies inside ``out``. Otherwise the staging folder is removed and the reason
    returned (the caller lists it as a warning); None when all went well.
    """
    out, staging = Path(out), Path(staging)
    if (staging / MANIFEST).is_file():
        try:
            record = _checked_manifest(out, staging)
        except (OSError, ValueError, UnicodeDecodeError) as err:
            shutil.rmtree(staging)
            return str(err) or type(err).__name__
        commit_staged(out, staging, record)
    elif staging.exists():
        shutil.rmtree(staging)
    return None


def _checked_manifest(out: Path, staging: Path) -> dict:
    """The staging manifest, or ValueError when it is not one kenmerk could have written."""
    from pipeline.outdir import inside
    from schemas import SCHEMAS  # pyarrow: only when a killed publication is found

    record = json.loads((staging / MANIFEST).read_text(encoding="utf-8"))
    entries = record.get("tables") if isinstance(record, dict) else None
    if not isinstance(entries, dict):
        raise ValueError("it lists no tables")
    for name, entry in entries.items():
        file = entry.get("file") if isinstance(entry, dict) else None
        if name not in SCHEMAS or file != f"{name}.parquet":
            raise ValueError(f"{str(file)[:60]!r} is not the file of a kenmerk table")
        staged = staging / file
        if staged.is_symlink() or (staged.exists() and not staged.is_file()):
            raise ValueError(f"{file} is not a regular file")
        if not inside(out, out / file) or not inside(out, staged):
            raise ValueError(f"{file} leads outside {out}")
    return record


def commit_staged(out: Path, staging: Path, record: dict | None = None) -> dict[str, Path]:
    if record is None:
        record = json.loads((staging / MANIFEST).read_text(encoding="utf-8"))
    written = {}
    for name, entry in record["tables"].items():
        staged = staging / entry["file"]
        # Absent when a killed commit had already moved it.
        if staged.exists():
            os.replace(staged, out / entry["file"])
        written[name] = out / entry["file"]
    for entry in record.get("files", {}).values():
        if (staging / entry["file"]).exists():
            os.replace(staging / entry["file"], out / entry["file"])
    os.replace(staging / MANIFEST, out / MANIFEST)
    fsync_dir(out)
    shutil.rmtree(staging)
    return written


def read_manifest(out: Path) -> dict:
    """The ``run.json`` of the last run published into ``out``."""
    return json.loads((Path(out) / MANIFEST).read_text(encoding="utf-8"))


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def write_bytes(path: Path, data: bytes) -> None:
    """Write a small file atomically: temp file in the same folder, fsync, rename."""
    write_atomically(Path(path), lambda handle: handle.write(data))


def write_atomically(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """``write`` into a temp file beside ``path``, flush it to disk, then rename it over ``path``.

    A crash leaves either the old file or the new one, never half of one; a
    failure removes the temp file and re-raises.
    """
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        _share(fd)
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _share(fd: int) -> None:
    """Give a temp file the permissions of any new file (mkstemp makes it private to its owner)."""
    mask = os.umask(0)
    os.umask(mask)
    os.fchmod(fd, 0o666 & ~mask)


def fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    # The renames themselves reach the disk only when the folder is synced.
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
