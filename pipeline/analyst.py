"""The files an analyst opens beside the tables: written with every run, or refreshed on demand.

- ``gemeenten.csv``: the municipality reference table (CBS codes, province
  and region codes), which CBS statistics join to;
- ``datapackage.json``: a Frictionless data package describing every table
  (``pipeline.datapackage``);
- ``kenmerk.duckdb``: views over the tables and the analysis tables
  ``facts``, ``allocations``, ``amounts_by_municipality`` and
  ``trainings_by_municipality`` (``pipeline.database``).

A run writes them into its staging folder after the tables and publishes them
with the tables, listed in ``run.json`` under ``files`` (see
``pipeline.tables.publish_tables``), so a failed run never leaves half of
them. ``refresh(OUT)`` rewrites them in place, for example after verdicts
were recorded.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.database import write_database
from pipeline.datapackage import write_datapackage, write_reference


def write_analyst_files(folder: Path, kept_from: Path | None = None) -> list[Path]:
    """Write the reference table, the data package and the DuckDB file into ``folder``.

    ``kept_from`` is the output folder when ``folder`` is a run's staging
    folder: tables kept there between runs (verdicts) are described too.
    """
    folder = Path(folder)
    reference = write_reference(folder)
    package = write_datapackage(folder, kept_from=kept_from)
    database = write_database(folder, kept_from=kept_from)
    return [reference, package, database]


def refresh(out: str | Path) -> list[Path]:
    """Rewrite the analyst files of ``out`` from the tables now there."""
    return write_analyst_files(Path(out))
