"""Finding a run's documents and planning the work: which files, which are copies.

``discover`` turns the inputs (files and folders) into document paths and
rows for what cannot be read (missing paths, link loops, FIFOs, links that
leave the input folders); ``plan_documents`` hashes each file once into a
``Task``, so files with identical bytes are processed once.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from pipeline.errors import KenmerkError
from pipeline.ingest import file_doc_id
from pipeline.records import DocumentResult, ProcessingError, utc_now

# What a folder is searched for: PDFs, text, and the image formats scanners write.
SUFFIXES = (".pdf", ".txt", ".png", ".jpg", ".jpeg", ".tif", ".tiff")


def discover(inputs: Sequence[str | Path], *,
             follow_symlinks: bool = False) -> tuple[list[str], list[ProcessingError]]:
    """The document files named by ``inputs`` (files, or folders searched recursively).

    Returns the paths as the user would write them (folder + relative path), sorted
    within each folder, and errors for inputs that do not exist, folders that cannot
    be listed, links that lead nowhere or back to themselves, and things that are
    not regular files (a FIFO, a device: ``not_a_file``).

    A path named on the command line is read even when it is a link. Inside a
    folder, a link is followed only when it stays within the input roots; one
    that leaves them is listed as ``symlink_outside`` unless ``follow_symlinks``.
    Linked folders are not searched (``symlink_folder``) unless
    ``follow_symlinks``; then each real folder is searched once, so a link loop
    cannot trap the walk.
    """
    found: list[str] = []
    errors: list[ProcessingError] = []
    roots = [_real(item) for item in inputs]
    for item in inputs:
        path = Path(item)
        if path.is_file():
            found.append(str(path))
        elif path.is_dir():
            _walk(path, roots, follow_symlinks, found, errors)
        elif path.is_symlink():
            errors.append(_link_error(str(path)))
        elif path.exists():
            errors.append(error_row(str(item), "discover", "not_a_file", detail=_kind(path)))
        else:
            errors.append(error_row(str(item), "discover", "unreadable_file",
                                 reason="no such file or folder"))
    return found, errors


def _walk(folder: Path, roots: list[Path], follow_symlinks: bool, found: list[str],
          errors: list[ProcessingError]) -> None:
    seen = {_real(folder)}
    for root, dirs, files in os.walk(folder, followlinks=follow_symlinks,
                                     onerror=lambda err: errors.append(_walk_error(err))):
        kept = []
        for name in sorted(d for d in dirs if not d.startswith(".")):
            path = Path(root) / name
            if path.is_symlink():
                target = _real(path)
                if not follow_symlinks:
                    code = "symlink_folder" if _within(target, roots) else "symlink_outside"
                    errors.append(error_row(str(path), "discover", code, target=target))
                    continue
                if target in seen:
                    continue  # a loop, or a folder searched already
                seen.add(target)
            kept.append(name)
        dirs[:] = kept
        for name in sorted(files):
            if not name.lower().endswith(SUFFIXES) or name.startswith("."):
                continue
            path = Path(root) / name
            if path.is_symlink() and not follow_symlinks:
                target = _real(path)
                if target.exists() and not _within(target, roots):
                    errors.append(error_row(str(path), "discover", "symlink_outside", target=target))
                    continue
            try:
                mode = os.stat(path).st_mode
            except OSError:
                found.append(str(path))  # a dangling link or a loop: reported when planned
                continue
            if stat.S_ISREG(mode):
                found.append(str(path))
            else:
                errors.append(error_row(str(path), "discover", "not_a_file", detail=_kind(path)))


def _real(path: str | Path) -> Path:
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):  # a link loop
        return Path(os.path.abspath(path))


def _within(path: Path, roots: list[Path]) -> bool:
    return any(path == root or path.is_relative_to(root) for root in roots)


def _kind(path: Path) -> str:
    """What a path is when it is not a regular file or folder, in words."""
    try:
        mode = os.stat(path).st_mode
    except OSError as err:
        return err.strerror or str(err)
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _walk_error(err: OSError) -> ProcessingError:
    return error_row(str(err.filename), "discover", "unreadable_file", reason=err.strerror or str(err))


def _link_error(source: str) -> ProcessingError:
    try:
        os.stat(source)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return error_row(source, "discover", "symlink_loop")
        return error_row(source, "discover", "unreadable_file", reason=err.strerror or str(err))
    return error_row(source, "discover", "unreadable_file", reason="not a regular file")


def error_row(source: str, stage: str, code: str, doc_id: str | None = None,
              **details: object) -> ProcessingError:
    """A row of ``errors.parquet``: the coded sentence of ``pipeline.errors``, stamped now."""
    message = KenmerkError(code, source=source, stage=stage, **details).message
    return ProcessingError(source, stage, code, message, doc_id=doc_id, time=utc_now())


def task_failed(task: Task, stage: str, code: str, **details: object) -> DocumentResult:
    """A result holding one error of ``task``."""
    return DocumentResult(source=task.source,
                          errors=(error_row(task.source, stage, code, task.doc_id, **details),))



@dataclass(frozen=True)
class Task:
    """One document to process: its path and, when the file could be hashed, its id."""

    source: str
    doc_id: str | None


@dataclass
class Plan:
    tasks: list[Task] = field(default_factory=list)
    errors: list[ProcessingError] = field(default_factory=list)
    # doc_id -> the other sources with the same bytes as the task's source
    duplicates: dict[str, list[str]] = field(default_factory=dict)


class KnownIds(Protocol):
    """Document ids of files met before, by their ``stat`` (``pipeline.run.cache.ResultCache``)."""

    def known_id(self, source: str, st: os.stat_result) -> str | None: ...

    def remember(self, source: str, st: os.stat_result, doc_id: str) -> None: ...


def plan_documents(sources: Iterable[str], max_bytes: int, known: KnownIds | None = None) -> Plan:
    """Hash every file once: one task per distinct content, errors for files that cannot be read.

    A file over ``max_bytes`` is not hashed (that would read it whole); it
    becomes a task without id, which ingest refuses from its size alone. A
    file ``known`` by its ``stat`` (the same inode, size and times of change
    as when it was hashed) keeps that id without being read again.
    """
    plan = Plan()
    first: dict[str, Task] = {}
    for source in sources:
        try:
            st = os.stat(source)
            doc_id = None
            if 0 < st.st_size <= max_bytes:
                doc_id = known.known_id(source, st) if known is not None else None
                if doc_id is None:
                    doc_id = file_doc_id(Path(source))
                if known is not None:
                    known.remember(source, st, doc_id)
        except OSError as err:
            if err.errno == errno.ELOOP:
                plan.errors.append(error_row(source, "discover", "symlink_loop"))
            else:
                reason = err.strerror or str(err)
                plan.errors.append(error_row(source, "ingest", "unreadable_file", reason=reason))
            continue
        if doc_id is not None and doc_id in first:
            plan.duplicates.setdefault(doc_id, []).append(source)
            continue
        task = Task(source, doc_id)
        if doc_id is not None:
            first[doc_id] = task
        plan.tasks.append(task)
    return plan
