"""Benchmark: documents/s of ``--executor local`` and ``--executor dask`` on the same documents.

    python benchmarks/dask_throughput.py [--docs 300] [--workers N]

Generates ``--docs`` documents (two thirds Dutch .txt letters, one third
born-digital 3-page PDFs, as ``throughput.py`` does) and runs the whole
pipeline over them from scratch (``fresh=True``) with the local pool and with
a Dask ``LocalCluster`` of as many worker processes (started by the run, so
its start-up is counted), then once more on that cluster's address with the
files shipped to the workers (``--ship-files``). The difference is what the
cluster costs on one machine; on many machines it buys their cores.

What it showed when written (2026-12-05, 2-core build machine with a load
average of ~10 from other work beside it, so read the ratios, not the rates):
300 documents (500 pages) with 2 workers in 123.9 s locally (2.4 documents/s),
172.5 s on a cluster the run started itself (1.7 documents/s; the start of
the cluster and spaCy loading in each worker included) and 154.8 s on a
running cluster with every file shipped (1.9 documents/s). On one machine
the cluster costs a quarter to a third of the throughput; it pays off only
with the cores of more machines.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from throughput import make_corpus


def timed(label: str, folder: Path, out: Path, pages: int, **options) -> None:
    from pipeline.run import run

    started = time.perf_counter()
    summary = run([folder], out, progress=False, fresh=True, **options)
    seconds = time.perf_counter() - started
    assert summary.n_failed == 0, summary.errors
    print(f"  {label:34} {summary.n_ok} documents in {seconds:6.1f} s = {summary.n_ok / seconds:5.1f} documents/s, "
          f"{pages / seconds:5.1f} pages/s", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    from pipeline.dask_run import DaskExecutor, _local_cluster

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        pages = make_corpus(tmp / "in", args.docs)
        print(f"{args.docs} generated documents ({pages} pages), {args.workers} worker processes:")
        timed("--executor local", tmp / "in", tmp / "local", pages, workers=args.workers)
        timed("--executor dask (own cluster)", tmp / "in", tmp / "dask", pages,
              executor=DaskExecutor(workers=args.workers))
        with _local_cluster(args.workers) as cluster:
            timed("--executor dask --ship-files", tmp / "in", tmp / "shipped", pages,
                  executor=DaskExecutor(scheduler=cluster.scheduler_address, ship_files=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
