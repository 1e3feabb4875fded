"""What a run reports: the ``RunSummary``, the lines printed after it, the progress bar."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.outdir import STATE_DIR
from pipeline.published import FACT_TABLES
from pipeline.records import ProcessingError


@dataclass
class RunSummary:
    out: Path
    n_found: int = 0
    n_ok: int = 0
    n_failed: int = 0
    # Documents that keep what was found while a stage failed or pages could not be
    # read (documents.status = partial).
    n_partial: int = 0
    n_cached: int = 0
    n_duplicates: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    errors: list[ProcessingError] = field(default_factory=list)
    seconds: float = 0.0
    # Inspectors' verdicts per kind (and ``orphaned``), and the orphaned ones themselves.
    verdicts: dict[str, int] = field(default_factory=dict)
    orphaned: list[dict] = field(default_factory=list)
    # The spaCy model named for the run (``--model``); None is spacy.blank("nl").
    model: str | None = None
    # What the run found in the output folder and dealt with (a damaged table it replaced).
    notes: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """0 when every document was processed, 1 when some failed, wholly or partly (see errors.parquet)."""
        return 1 if self.errors else 0


def progress_bar(total: int, initial: int, enabled: bool):
    if not enabled:
        return _NoBar()
    from tqdm import tqdm

    class Bar(tqdm):
        # No monitor thread: worker processes are forked while the bar runs.
        monitor_interval = 0

    return Bar(total=total, initial=initial, unit="doc", desc="kenmerk",
               disable=not enabled or None, leave=False)


class _NoBar:
    """The bar of a run that shows none (``--quiet``, or nothing to do): tqdm is not loaded."""

    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def printable(text: object) -> str:
    """``text`` safe to print on a terminal: control characters (escape sequences in a
    file name, a carriage return) shown as ``\\x1b``-style escapes, not acted on."""
    return "".join(c if c.isprintable() or c == " " else _escape(c) for c in str(text))


def _escape(c: str) -> str:
    code = ord(c)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def format_summary(summary: RunSummary) -> Iterable[str]:
    """The summary printed after a run; every line passed through ``printable``."""
    for line in _summary_lines(summary):
        yield printable(line)


def _summary_lines(summary: RunSummary) -> Iterable[str]:
    yield (f"Read {summary.n_ok} of {summary.n_found} documents in {summary.seconds:.1f} s "
           f"into {summary.out}/")
    notes = []
    if summary.n_partial:
        notes.append(f"{summary.n_partial} of them partly: a stage failed or pages could not be read, and "
                     "they keep what the rest found (documents.status = partial; errors.parquet says what)")
    if summary.model:
        notes.append(f"spaCy model {summary.model} (named with --model)")
    if summary.n_cached:
        notes.append(f"{summary.n_cached} finished in an earlier run and taken from "
                     f"{summary.out / STATE_DIR}/")
    if summary.n_duplicates:
        notes.append(f"{summary.n_duplicates} file(s) were copies of another and read once "
                     "(see documents.duplicate_sources)")
    for note in notes + summary.notes:
        yield f"  {note}"
    counts = Counter(summary.rows)
    yield "  " + ", ".join(f"{name}: {counts[name]}" for name in summary.rows)
    if any(summary.rows.get(name) for name in FACT_TABLES):
        yield f"  Check figures against their source: kenmerk review --out {summary.out}"
    if summary.verdicts:
        counts = ", ".join(f"{summary.verdicts[k]} {k}" for k in ("confirmed", "rejected", "corrected"))
        yield f"  verdicts: {counts} (kept in {summary.out / 'verdicts.parquet'})"
    if summary.orphaned:
        yield (f"  {len(summary.orphaned)} verdict(s) are orphaned: their fact no longer appears. "
               "They are kept in verdicts.parquet:")
        for verdict in summary.orphaned[:10]:
            text = f" {verdict['text']!r}" if verdict.get("text") else ""
            kind = verdict.get("kind") or "fact"
            yield f"    {verdict['fact_id']} {verdict['verdict']}{text} ({kind}, by {verdict['by']})"
        if len(summary.orphaned) > 10:
            yield f"    ... and {len(summary.orphaned) - 10} more"
    if summary.errors:
        partly = f" ({summary.n_partial} of them partly)" if summary.n_partial else ""
        yield (f"  {summary.n_failed + summary.n_partial} file(s) failed{partly}, {len(summary.errors)} error(s) "
               f"listed in {summary.out / 'errors.parquet'}:")
        for err in summary.errors[:10]:
            yield f"    [{err.error}] {err.message}"
        if len(summary.errors) > 10:
            yield f"    ... and {len(summary.errors) - 10} more"
