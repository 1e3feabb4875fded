"""The inspectors' commands: ``kenmerk review``, ``kenmerk verify`` and ``kenmerk show``.

    kenmerk review [--out DIR] [--html FILE] [--no-images]
    kenmerk verify FACT_ID (--confirm | --reject | --correct VALUE) [--note TEXT] [--by NAME] [--out DIR]
    kenmerk verify --import FILE [--by NAME] [--out DIR]
    kenmerk show FACT_ID [--out DIR]

``verify`` holds the output folder's run lock while it records, like a run,
so a verdict is never lost between a run's reading and writing of the tables.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_NOT_WRITTEN = 3
OUT_HELP = "folder with the tables of a run (default: outputs)"
ID_HELP = "the fact's fact_id (or a unique prefix of 6+ digits)"


def add_commands(commands: argparse._SubParsersAction) -> None:
    """Register ``review``, ``verify`` and ``show`` on the ``kenmerk`` parser."""
    review = commands.add_parser(
        "review", help="write a review page to check facts against their source",
        description="Write one self-contained HTML page (no server, nothing loaded from the network) that "
        "shows every document with its facts highlighted, page images with the facts' boxes, and a table of "
        "all figures; verdicts given in the page are exported as a file for kenmerk verify --import.")
    review.add_argument("--out", default="outputs", metavar="DIR", help=OUT_HELP)
    review.add_argument("--html", metavar="FILE", help="where to write the page (default: DIR/review.html)")
    review.add_argument("--no-images", action="store_true", help="leave out the page images (a smaller file)")

    verify = commands.add_parser(
        "verify", help="record an inspector's verdict on a fact",
        description="Record that a fact is confirmed, rejected or corrected, in DIR/verdicts.parquet "
        "(kept across runs, --fresh included), and join it into the fact tables' verdict columns. "
        "With --import, record the verdicts exported by the review page.")
    verify.add_argument("fact_id", nargs="?", metavar="FACT_ID", help=ID_HELP)
    action = verify.add_mutually_exclusive_group(required=True)
    action.add_argument("--confirm", action="store_true", help="the fact is right")
    action.add_argument("--reject", action="store_true", help="the fact is wrong (not a fact at all)")
    action.add_argument("--correct", metavar="VALUE", help="the fact's right value (an amount: 950000 or 950.000,00)")
    action.add_argument("--import", dest="import_file", metavar="FILE",
                        help="a verdicts file exported by the review page")
    verify.add_argument("--note", metavar="TEXT", help="a note with the verdict")
    verify.add_argument("--by", metavar="NAME",
                        help="who gives the verdict (default: $KENMERK_INSPECTOR or the login name)")
    verify.add_argument("--out", default="outputs", metavar="DIR", help=OUT_HELP)
    verify.add_argument("--wait", action="store_true",
                        help="when a run is writing into --out, wait for it instead of refusing")

    show = commands.add_parser("show", help="print one fact with its source sentence",
                               description="Print a fact, its normalized value, its document and page, and the "
                               "sentence with the fact marked.")
    show.add_argument("fact_id", metavar="FACT_ID", help=ID_HELP)
    show.add_argument("--out", default="outputs", metavar="DIR", help=OUT_HELP)


COMMANDS = ("review", "verify", "show")


def main(args: argparse.Namespace) -> int:
    return {"review": review, "verify": verify, "show": show}[args.command](args)


def _fail(message: str, code: int = EXIT_USAGE) -> int:
    print(f"kenmerk: {message}", file=sys.stderr)
    return code


def review(args: argparse.Namespace) -> int:
    from pipeline.review.page import write_review
    from pipeline.verdicts import VerdictError

    try:
        path = write_review(args.out, args.html, with_images=not args.no_images)
    except (FileNotFoundError, VerdictError) as err:
        return _fail(str(err))
    except OSError as err:
        return _fail(f"the review page could not be written: {err}", EXIT_NOT_WRITTEN)
    print(f"Wrote {path} ({path.stat().st_size / 1024**2:.1f} MB). Open it in a browser: file://{path.resolve()}")
    return EXIT_OK


def inspector(name: str | None) -> str:
    """The inspector's name: --by, else $KENMERK_INSPECTOR, else the login name."""
    if name and name.strip():
        return name.strip()
    if os.environ.get("KENMERK_INSPECTOR", "").strip():
        return os.environ["KENMERK_INSPECTOR"].strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def verify(args: argparse.Namespace) -> int:
    from pipeline.run.lock import RunLocked, run_lock
    from pipeline.verdicts import VerdictError, find_fact, load_export, make_verdict, record

    by = inspector(args.by)
    if (args.import_file is None) == (args.fact_id is None):
        return _fail("give a FACT_ID with --confirm, --reject or --correct VALUE, or --import FILE without one")
    if not (args.out and (os.path.isdir(args.out))):
        return _fail(f"{args.out} is not a folder with the tables of a run")
    try:
        with run_lock(args.out, wait=args.wait):
            if args.import_file:
                new = load_export(args.import_file, by=by)
            else:
                kind, row = find_fact(args.out, args.fact_id)
                verdict = "confirmed" if args.confirm else "rejected" if args.reject else "corrected"
                new = [make_verdict(row["fact_id"], verdict, by=by, corrected_value=args.correct, note=args.note,
                                    kind=kind, doc_id=row["doc_id"], text=row["text"])]
            report = record(args.out, new)
    except RunLocked as err:
        return _fail(str(err))
    except VerdictError as err:
        return _fail(str(err))
    except OSError as err:
        return _fail(f"the verdicts could not be written: {err}", EXIT_NOT_WRITTEN)
    for verdict in new:
        if verdict["fact_id"] in report.older:
            continue
        value = f" -> {verdict['corrected_value']}" if verdict["corrected_value"] else ""
        text = f" {verdict['text']!r}" if verdict.get("text") else ""
        print(f"{verdict['fact_id']}{text}: {verdict['verdict']}{value} (by {verdict['by']})")
    path = os.path.join(args.out, "verdicts.parquet")
    print(f"Recorded {len(report.added) + len(report.replaced)} verdict(s) in {path}"
          f" ({len(report.added)} new, {len(report.replaced)} replaced).")
    if report.older:
        print(f"  {len(report.older)} were older than the verdict already recorded for their fact "
              "and were not applied.")
    if report.unknown:
        print(f"  {len(report.unknown)} are about facts not in the current tables; they are kept, as orphaned: "
              + ", ".join(report.unknown[:5]) + (" ..." if len(report.unknown) > 5 else ""))
    return EXIT_OK


def show(args: argparse.Namespace) -> int:
    from pipeline.review.show import describe
    from pipeline.verdicts import VerdictError

    try:
        text = describe(args.out, args.fact_id, colour=sys.stdout.isatty())
    except VerdictError as err:
        return _fail(str(err))
    print(text)
    return EXIT_OK
