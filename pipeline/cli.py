"""The ``kenmerk`` command (also ``python -m pipeline``).

    kenmerk run INPUT... [--out DIR] [--workers N] [--quiet]
    kenmerk schema [TABLE]

Exit codes: 0 every document was processed; 1 some documents failed (they
are listed in errors.parquet, the others were processed); 2 the command
itself was wrong (no inputs found, bad option).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from pipeline import __version__

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kenmerk",
        description="Turn Dutch public-sector documents (PDF, scans, text) into parquet tables of "
        "amounts, municipalities, dates and trainings, each fact with its source page and offsets.",
        epilog="Exit codes: 0 all documents processed; 1 some failed (see errors.parquet); 2 usage error.",
    )
    parser.add_argument("--version", action="version", version=f"kenmerk {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser(
        "run",
        help="process documents into parquet tables",
        description="Process .pdf and .txt files (folders are searched recursively) and write "
        "documents, pages, amounts, municipalities, dates, trainings, questions and errors "
        "as parquet files into --out.",
    )
    run.add_argument("inputs", nargs="+", metavar="INPUT", help="a file or a folder of documents")
    run.add_argument("--out", default="outputs", metavar="DIR",
                     help="folder for the parquet tables (default: outputs); existing tables are replaced")
    run.add_argument("--workers", type=int, default=None, metavar="N",
                     help="worker processes (default: one per core); 1 runs in this process")
    run.add_argument("--quiet", action="store_true", help="no progress bar and no summary")

    schema = commands.add_parser("schema", help="print the data dictionary of the output tables",
                                 description="Print every output table's columns, types and meaning as Markdown.")
    schema.add_argument("table", nargs="?", help="only this table")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "schema":
        return _schema(args.table)
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    from pipeline.run import discover, format_summary, run

    if args.workers is not None and args.workers < 1:
        print("kenmerk: --workers must be 1 or more", file=sys.stderr)
        return EXIT_USAGE
    found, missing = discover(args.inputs)
    if not found:
        for err in missing:
            print(f"kenmerk: {err.message}", file=sys.stderr)
        print("kenmerk: no .pdf or .txt files found in the inputs", file=sys.stderr)
        return EXIT_USAGE
    summary = run(args.inputs, args.out, workers=args.workers, progress=not args.quiet)
    if not args.quiet:
        for line in format_summary(summary):
            print(line)
    return EXIT_SOME_FAILED if summary.errors else EXIT_OK


def _schema(table: str | None) -> int:
    from pipeline.datadict import data_dictionary

    try:
        print(data_dictionary(table))
    except KeyError:
        print(f"kenmerk: no table named {table!r}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK
