"""``kenmerk export``: a run's tables as CSV files or one Excel workbook, for analysts in a spreadsheet.

Money stays exact: decimal columns are written as numbers with two decimals
(``950000.00`` in CSV; in Excel a number cell with the format ``#,##0.00``),
never through a float. Dates are ISO (``2016-01-28``); lists and maps are
JSON text. Besides the parquet tables, the analysis tables of
``kenmerk.duckdb`` (``allocations``, ``amounts_by_municipality``,
``trainings_by_municipality``) are exported when the file is there.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pandas as pd

from pipeline.database import DATABASE
from pipeline.outputs import load

FORMATS = ("csv", "xlsx")
ANALYSIS_EXPORTS = ("allocations", "amounts_by_municipality", "trainings_by_municipality")
# Excel refuses longer cell text.
EXCEL_MAX_CHARS = 32767
MONEY_FORMAT = "#,##0.00"


def _cell(value):
    """A value as a spreadsheet cell: exact decimals, ISO dates, JSON for lists and maps."""
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, Decimal):
        return value.quantize(Decimal("0.01"))
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def frames(out: str | Path) -> dict[str, pd.DataFrame]:
    """The tables to export: every parquet table, then the analysis tables when kenmerk.duckdb exists."""
    outputs = load(out)
    result = {name: outputs.table(name) for name in outputs.tables}
    if (Path(out) / DATABASE).exists():
        for name in ANALYSIS_EXPORTS:
            result[name] = getattr(outputs, name)
    return result


def _rows(frame: pd.DataFrame) -> list[list]:
    columns = [frame[c].tolist() for c in frame.columns]
    return [[_cell(v) for v in row] for row in zip(*columns, strict=True)] if columns else []


def export_csv(out: str | Path, target: Path) -> list[Path]:
    import csv

    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in frames(out).items():
        path = target / f"{name}.csv"
        with open(path, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(list(frame.columns))
            for row in _rows(frame):
                writer.writerow(["" if v is None else (f"{v:.2f}" if isinstance(v, Decimal) else v) for v in row])
        written.append(path)
    return written


def export_xlsx(out: str | Path, target: Path) -> list[Path]:
    from openpyxl import Workbook

    target.mkdir(parents=True, exist_ok=True)
    book = Workbook()
    book.remove(book.active)
    for name, frame in frames(out).items():
        sheet = book.create_sheet(name[:31])
        sheet.append(list(frame.columns))
        for row in _rows(frame):
            cells = []
            for value in row:
                if isinstance(value, str) and len(value) > EXCEL_MAX_CHARS:
                    value = value[: EXCEL_MAX_CHARS - 1] + "…"
                cells.append(value)
            sheet.append(cells)
        for column, dtype in enumerate(frame.dtypes, start=1):
            if isinstance(dtype, pd.ArrowDtype) and "decimal" in str(dtype):
                for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
                    cell.number_format = MONEY_FORMAT
        sheet.freeze_panes = "A2"
    path = target / "kenmerk.xlsx"
    book.save(path)
    return [path]


def export(out: str | Path, fmt: str, target: str | Path | None = None) -> list[Path]:
    """Export the tables of ``out`` as ``fmt`` (csv or xlsx) into ``target`` (default ``OUT/export``)."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")
    if not Path(out).is_dir():
        raise FileNotFoundError(f"{out} is not a folder of kenmerk tables (run `make run` first)")
    target = Path(target) if target is not None else Path(out) / "export"
    return export_csv(out, target) if fmt == "csv" else export_xlsx(out, target)
