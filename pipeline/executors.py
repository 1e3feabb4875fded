"""Where a run's documents are processed: the choice behind ``kenmerk run --executor``.

- ``local`` (the default): the worker pool of ``pipeline.run.pool`` on this machine;
- ``dask``: a Dask cluster (``pipeline.dask_run``), started on this machine
  for the run, or an existing one at ``--scheduler`` / ``$DASK_SCHEDULER_ADDRESS``.

Everything else in a run (lock, cache, tables, ``run.json``) is the same for both.
"""

from __future__ import annotations

import os

from pipeline.dask_run import INSTALL, SCHEDULER_ENV, DaskExecutor, ExecutorUnavailable, dask_installed
from pipeline.errors import KenmerkError
from pipeline.run.pool import Executor

EXECUTORS = ("local", "dask")

__all__ = ["EXECUTORS", "ExecutorUnavailable", "choose_executor"]


def choose_executor(name: str = "local", *, workers: int | None = None, scheduler: str | None = None,
                    ship_files: bool | None = None) -> Executor | None:
    """The executor called ``name``; ``None`` stands for the local pool (``pipeline.run.run``'s default).

    Raises ``ExecutorUnavailable`` when ``dask`` is asked for and not installed.
    """
    if name == "local":
        return None
    if name != "dask":
        raise ValueError(f"unknown executor {name!r}; choose from {', '.join(EXECUTORS)}")
    if not dask_installed():
        raise ExecutorUnavailable(KenmerkError("dask_missing", install=INSTALL).message)
    scheduler = scheduler or os.environ.get(SCHEDULER_ENV) or None
    return DaskExecutor(scheduler=scheduler, workers=workers, ship_files=ship_files)
