"""The ``kenmerk`` command (also ``python -m pipeline``).

    kenmerk run INPUT... [--out DIR] [--workers N] [--timeout S] [--max-file-mb MB]
                         [--fresh] [--wait] [--quiet] [--follow-symlinks]
                         [--executor local|dask] [--scheduler tcp://HOST:8786] [--ship-files]
                         [--model NAME]
    kenmerk schema [TABLE]
    kenmerk review [--out DIR] [--html FILE]
    kenmerk verify FACT_ID --confirm | --reject | --correct VALUE [--note TEXT] [--by NAME] [--out DIR]
    kenmerk verify --import FILE [--out DIR]
    kenmerk show FACT_ID [--out DIR]
    kenmerk export --format csv|xlsx OUT [--to DIR]

Exit codes:

- 0: every document was processed;
- 1: some documents failed, wholly or partly (``documents.status``): each
  failure is a row of ``<out>/errors.parquet`` with the reason, and every
  other document was processed;
- 2: the command itself was wrong (no inputs found, bad option, a ``--model``
  that is not installed), or another run is writing into the same ``--out``
  (use ``--wait`` to wait for it), or ``--executor dask`` cannot be used (Dask
  not installed, scheduler unreachable);
- 3: the outputs could not be written (disk full, no permission); the tables
  of the previous run are unchanged, and a rerun does not redo the documents
  already processed;
- 130: stopped (Ctrl-C or SIGTERM); the previous tables are unchanged and a rerun
  resumes.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Sequence

from pipeline import __version__
from pipeline.review import commands as review_commands
from pipeline.run import DEFAULT_MAX_FILE_MB, DEFAULT_TIMEOUT

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_NOT_WRITTEN = 3
EXIT_INTERRUPTED = 130  # the shell's code for a command stopped by Ctrl-C


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kenmerk",
        description="Turn Dutch public-sector documents (PDF, scans, text) into parquet tables of "
        "amounts, municipalities, dates and trainings, each fact with its source page and offsets.",
        epilog="Exit codes: 0 all documents processed; 1 some failed (each listed with its reason in "
        "<out>/errors.parquet, the others processed); 2 usage error, or another run writes into --out; "
        "3 outputs could not be written (disk full), previous tables unchanged.",
    )
    parser.add_argument("--version", action="version", version=f"kenmerk {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser(
        "run",
        help="process documents into parquet tables",
        description="Process .pdf and .txt files and scans (.png, .jpg, .tif; folders are searched "
        "recursively) and write "
        "documents, pages, amounts, municipalities, dates, trainings, questions and errors "
        "as parquet files into --out. A run that is stopped or killed resumes where it was: "
        "documents already processed are taken from <out>/.kenmerk/.",
        epilog="Exit codes: 0 all documents processed; 1 some failed (see <out>/errors.parquet); "
        "2 usage error or --out in use by another run; 3 outputs could not be written.",
    )
    run.add_argument("inputs", nargs="+", metavar="INPUT", help="a file or a folder of documents")
    run.add_argument("--out", default="outputs", metavar="DIR",
                     help="folder for the parquet tables (default: outputs); existing tables are replaced")
    run.add_argument("--workers", type=int, default=None, metavar="N",
                     help="worker processes (default: one per core); 1 runs in this process (with --executor "
                     "dask: the workers of the cluster started on this machine)")
    run.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="S",
                     help=f"seconds one document may take before it is stopped and listed as an error "
                     f"(default: {DEFAULT_TIMEOUT:.0f})")
    run.add_argument("--max-file-mb", type=float, default=DEFAULT_MAX_FILE_MB, metavar="MB",
                     help=f"skip (and list as an error) files larger than this (default: {DEFAULT_MAX_FILE_MB:.0f})")
    run.add_argument("--fresh", action="store_true",
                     help="process every document again instead of resuming from an earlier run's results")
    run.add_argument("--wait", action="store_true",
                     help="when another run is writing into --out, wait for it instead of refusing")
    run.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    run.add_argument("--executor", choices=("local", "dask"), default="local",
                     help="where the documents are processed: local worker processes (default) or a Dask "
                     "cluster (needs pip install 'kenmerk[dask]'); without --scheduler, dask starts a "
                     "cluster of --workers processes on this machine")
    run.add_argument("--scheduler", metavar="ADDRESS",
                     help="with --executor dask: the scheduler of an existing cluster, e.g. tcp://HOST:8786 "
                     "(default: $DASK_SCHEDULER_ADDRESS)")
    run.add_argument("--ship-files", action="store_true", default=None,
                     help="with --executor dask: send the files' bytes to the workers (default: only when "
                     "the workers cannot read the files themselves)")
    run.add_argument("--model", metavar="NAME", default=None,
                     help="a trained spaCy pipeline to run kenmerk's components in, e.g. nl_core_news_sm "
                     "(installed on every worker); default: spacy.blank('nl'), the same on every machine "
                     "whatever models are installed. Recorded in run.json and pipeline_version")
    run.add_argument("--follow-symlinks", action="store_true",
                     help="follow symbolic links that lead outside the input folders, and linked "
                     "folders (default: list them as errors and skip them)")

    schema = commands.add_parser("schema", help="print the data dictionary of the output tables",
                                 description="Print every output table's columns, types and meaning as Markdown.")
    schema.add_argument("table", nargs="?", help="only this table")
    review_commands.add_commands(commands)

    export = commands.add_parser(
        "export", help="write a run's tables as CSV files or an Excel workbook",
        description="Write the tables of OUT (and the analysis tables of OUT/kenmerk.duckdb) as CSV files "
        "or one Excel workbook. Money is written as numbers with two decimals, never as floats.")
    export.add_argument("out", metavar="OUT", help="an output folder of kenmerk run")
    export.add_argument("--format", choices=["csv", "xlsx"], default="csv", help="csv (default) or xlsx")
    export.add_argument("--to", metavar="DIR", default=None, help="where to write (default: OUT/export)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "schema":
        return _schema(args.table)
    if args.command in review_commands.COMMANDS:
        return review_commands.main(args)
    if args.command == "export":
        return _export(args)
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    from pipeline.run import RunAborted, RunLocked, discover, format_summary, printable, run

    if args.workers is not None and args.workers < 1:
        print("kenmerk: --workers must be 1 or more", file=sys.stderr)
        return EXIT_USAGE
    if args.timeout <= 0 or args.max_file_mb <= 0:
        print("kenmerk: --timeout and --max-file-mb must be more than 0", file=sys.stderr)
        return EXIT_USAGE
    if args.executor != "dask" and (args.scheduler or args.ship_files):
        print("kenmerk: --scheduler and --ship-files need --executor dask", file=sys.stderr)
        return EXIT_USAGE
    from pipeline.errors import KenmerkError
    if args.model is not None:
        # spaCy only when a model is named: a no-change re-run loads none of it.
        from pipeline.nlp import require_model

        try:
            require_model(args.model)  # before any document is read
        except KenmerkError as err:
            print(f"kenmerk: {printable(err.message)}", file=sys.stderr)
            return EXIT_USAGE

    executor, unavailable = None, ()  # None: the local pool of pipeline.run
    if args.executor != "local":  # Dask's module only when it is asked for
        from pipeline.executors import ExecutorUnavailable, choose_executor

        unavailable = (ExecutorUnavailable,)
        try:
            executor = choose_executor(args.executor, workers=args.workers, scheduler=args.scheduler,
                                       ship_files=args.ship_files)
        except ExecutorUnavailable as err:
            print(f"kenmerk: {err}", file=sys.stderr)
            return EXIT_USAGE
    found, missing = discover(args.inputs, follow_symlinks=args.follow_symlinks)
    if not found:
        for err in missing:
            print(f"kenmerk: {printable(err.message)}", file=sys.stderr)
        print("kenmerk: no documents (.pdf, .txt, .png, .jpg, .tif) found in the inputs", file=sys.stderr)
        return EXIT_USAGE
    # A scheduler's SIGTERM stops the run like Ctrl-C: workers are stopped, the lock released.
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        summary = run(args.inputs, args.out, workers=args.workers, progress=not args.quiet,
                      timeout=args.timeout, max_file_mb=args.max_file_mb, fresh=args.fresh,
                      wait=args.wait, executor=executor, follow_symlinks=args.follow_symlinks,
                      model=args.model)
    except (RunLocked, *unavailable) as err:
        print(f"kenmerk: {printable(err)}", file=sys.stderr)
        return EXIT_USAGE
    except RunAborted as err:
        print(f"kenmerk: {printable(err)}", file=sys.stderr)
        return EXIT_NOT_WRITTEN
    except KeyboardInterrupt:
        print(f"kenmerk: stopped; the tables in {printable(args.out)} are unchanged. Run the same command again to "
              "resume: documents already processed are not redone.", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        signal.signal(signal.SIGTERM, previous)
    if not args.quiet:
        for line in format_summary(summary):
            print(line)
    return EXIT_SOME_FAILED if summary.exit_code else EXIT_OK


def _interrupt(_signum, _frame) -> None:
    raise KeyboardInterrupt


def _export(args: argparse.Namespace) -> int:
    from pipeline.export import export

    try:
        written = export(args.out, args.format, args.to)
    except FileNotFoundError as err:
        print(f"kenmerk: {err}", file=sys.stderr)
        return EXIT_USAGE
    for path in written:
        print(path)
    return EXIT_OK


def _schema(table: str | None) -> int:
    from pipeline.datadict import data_dictionary

    try:
        print(data_dictionary(table))
    except KeyError:
        print(f"kenmerk: no table named {table!r}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK
