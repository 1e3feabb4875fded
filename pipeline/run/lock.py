"""One run per output folder, and the run's refusals: a lock on ``<out>/.kenmerk/lock``.

A second run into the same ``--out`` refuses (``RunLocked``) or, with
``--wait``, waits. ``flock`` locks go away with the process that held them, so
a killed run never leaves a stale lock behind. Failed writes and planted
links under ``.kenmerk`` end the run as ``RunAborted`` with a sentence.
"""

from __future__ import annotations

import errno
import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pipeline.errors import KenmerkError
from pipeline.outdir import UnsafeOutput, make_state_dir, open_lock
from pipeline.records import utc_now


class RunLocked(Exception):
    """Another run holds the output folder's lock."""


class RunAborted(Exception):
    """The run could not write its outputs (disk full, no permission); nothing was half-written."""


@contextmanager
def run_lock(out: Path, *, wait: bool = False) -> Iterator[None]:
    """Hold ``<out>/.kenmerk/lock`` for the run; refuse (``RunLocked``) or wait when it is taken.

    ``flock`` locks go away with the process that held them, so a killed run
    never leaves a stale lock behind. The lock file is never opened through a
    symbolic link (see ``pipeline.outdir``).
    """
    make_state_dir(out)  # refuses a .kenmerk holding symbolic links (UnsafeOutput)
    fd = open_lock(out)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
                holder = holder or "unknown process"
                message = KenmerkError("run_locked", holder=holder, out=out).message
                raise RunLocked(message) from None
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, started {utc_now():%Y-%m-%d %H:%M:%S} UTC".encode(), 0)
        yield
    finally:
        os.close(fd)  # closing releases the lock


@contextmanager
def refuse_unsafe() -> Iterator[None]:
    """Turn ``UnsafeOutput`` (links planted under ``.kenmerk``) into ``RunAborted``."""
    try:
        yield
    except UnsafeOutput as err:
        raise RunAborted(str(err)) from err


@contextmanager
def abort_on_write_error(out: Path) -> Iterator[None]:
    """Turn a failed write (disk full, no permission) into ``RunAborted`` with a clear message."""
    try:
        yield
    except OSError as err:
        path = err.filename or out
        if err.errno in (errno.ENOSPC, errno.EDQUOT):
            message = KenmerkError("disk_full", path=path, out=out).message
        else:
            reason = err.strerror or str(err)
            message = KenmerkError("write_failed", path=path, reason=reason, out=out).message
        raise RunAborted(message) from err
