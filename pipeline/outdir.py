"""The output folder's private state (``<out>/.kenmerk``), kept safe from whoever else can write there.

Output folders are shared, synced and unpacked from archives, so anything in
``<out>/.kenmerk`` may have been planted. Write access to ``--out`` must never
reach beyond it:

- ``check_state_dir`` refuses a run (``UnsafeOutput``) when ``.kenmerk`` or
  anything under it is a symbolic link: a link there could make the lock, the
  cache or the staging folder write or delete outside ``--out``;
- ``open_lock`` opens the lock file with ``O_NOFOLLOW`` (created with
  ``O_EXCL``) and only when it is a regular file;
- ``remove_entry`` deletes a file or folder without ever following a link.

The recovery manifest (``staging/run.json``) is checked in
``pipeline.tables.recover_tables``.
"""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

from pipeline.errors import KenmerkError

STATE_DIR = ".kenmerk"


class UnsafeOutput(Exception):
    """The output folder's state holds something that could make a run write outside it."""


def _unsafe(out: Path, path: Path, reason: str) -> UnsafeOutput:
    return UnsafeOutput(KenmerkError("unsafe_output", out=out, path=path, reason=reason).message)


def check_state_dir(out: Path) -> None:
    """Raise ``UnsafeOutput`` when ``<out>/.kenmerk`` or anything under it is a symbolic link
    (or not a plain file or folder: a FIFO would block the run)."""
    out = Path(out)
    state = out / STATE_DIR
    try:
        mode = os.lstat(state).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISDIR(mode):
        kind = "a symbolic link" if stat.S_ISLNK(mode) else "not a folder"
        raise _unsafe(out, state, kind)
    for root, dirs, files in os.walk(state, followlinks=False):
        for name in dirs + files:
            path = Path(root) / name
            try:
                mode = os.lstat(path).st_mode
            except FileNotFoundError:
                continue
            if stat.S_ISLNK(mode):
                raise _unsafe(out, path, "a symbolic link")
            if not (stat.S_ISDIR(mode) or stat.S_ISREG(mode)):
                raise _unsafe(out, path, "not a regular file or folder")


def make_state_dir(out: Path) -> Path:
    """Create ``<out>/.kenmerk`` (and ``out``), refusing when it is unsafe; returns its path."""
    out = Path(out)
    state = out / STATE_DIR
    state.mkdir(parents=True, exist_ok=True)
    check_state_dir(out)
    return state


def open_lock(out: Path) -> int:
    """A read-write descriptor of ``<out>/.kenmerk/lock``, never through a symbolic link."""
    path = Path(out) / STATE_DIR / "lock"
    flags = os.O_RDWR | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        try:
            fd = os.open(path, flags | getattr(os, "O_NONBLOCK", 0))
        except OSError as err:  # ELOOP: the lock is a symbolic link
            raise _unsafe(Path(out), path, err.strerror or "cannot be opened") from err
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise _unsafe(Path(out), path, "not a regular file")
    return fd


def remove_entry(path: Path) -> None:
    """Delete a file or a folder tree without following any symbolic link (a link itself is removed)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISDIR(mode):
        # rmtree refuses a link as its top and never follows links inside (fd-based walk).
        shutil.rmtree(path)
    else:
        os.unlink(path)


def inside(out: Path, path: Path) -> bool:
    """Whether ``path``, with every link resolved, lies inside ``out``."""
    root = Path(out).resolve()
    try:
        Path(path).resolve().relative_to(root)
    except ValueError:
        return False
    return True
