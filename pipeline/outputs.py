"""``pipeline.load(OUT)`` (defined here): a run's tables as typed pandas DataFrames, one property per table.

    import pipeline
    out = pipeline.load("outputs")
    out.amounts                    # DataFrame, value_eur as decimal
    out.amounts_by_municipality    # from kenmerk.duckdb
    out.query("SELECT ... FROM allocations")

The dtypes follow ``schemas/``: money (decimal columns) stays exact as
``pd.ArrowDtype(pa.decimal128(18, 2))`` (Python ``Decimal`` values, never
floats), dates as ``pd.ArrowDtype(pa.date32())`` (``datetime.date``), integers
as nullable ``Int32``/``Int64``, booleans as ``bool`` (``boolean`` when nulls
are allowed), closed vocabularies as ``category`` with every allowed value as
a category, lists and maps as Arrow types. Tables a run does not write
(``verdicts.parquet``) are loaded when present, with the same mapping; a
table that is absent is an empty frame for a known table, else an error.
"""

from __future__ import annotations

import json
from functools import cached_property
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from schemas import SCHEMAS, column_doc

ANALYSIS = ("facts", "allocations", "amounts_by_municipality", "trainings_by_municipality")


def _dtype(field: pa.Field, nullable: bool):
    t = field.type
    if pa.types.is_decimal(t) or pa.types.is_date(t) or pa.types.is_nested(t):
        return pd.ArrowDtype(t)
    if pa.types.is_integer(t):
        return {8: pd.Int8Dtype(), 16: pd.Int16Dtype(), 32: pd.Int32Dtype()}.get(t.bit_width, pd.Int64Dtype())
    if pa.types.is_boolean(t):
        return pd.BooleanDtype() if nullable else None
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return pd.StringDtype()
    return None


def to_frame(table: pa.Table, schema: pa.Schema | None = None) -> pd.DataFrame:
    """A pyarrow table as a typed DataFrame (see the module docstring); ``schema`` gives vocabularies."""
    declared = {f.name: f for f in (schema or [])}
    columns = {}
    for field in table.schema:
        column = table.column(field.name)
        spec = declared.get(field.name, field)
        nullable = spec.nullable or column.null_count > 0
        dtype = _dtype(field, nullable)
        allowed = column_doc(spec)["allowed"] if spec.metadata else None
        if allowed:
            values = column.to_pylist()
            columns[field.name] = pd.Series(pd.Categorical(values, categories=allowed), name=field.name)
        elif isinstance(dtype, pd.ArrowDtype):
            columns[field.name] = pd.Series(pd.arrays.ArrowExtensionArray(column), name=field.name)
        elif dtype is not None:
            columns[field.name] = pd.Series(column.to_pylist(), dtype=dtype, name=field.name)
        else:
            columns[field.name] = column.to_pandas()
    return pd.DataFrame(columns, index=pd.RangeIndex(table.num_rows))


class Outputs:
    """The tables of one output folder; each table is a property, loaded on first use."""

    def __init__(self, out: str | Path) -> None:
        self.path = Path(out)
        if not self.path.is_dir():
            raise FileNotFoundError(f"{self.path} is not a folder of kenmerk tables (run `make run` first)")
        self._frames: dict[str, pd.DataFrame] = {}

    def __repr__(self) -> str:
        return f"Outputs({str(self.path)!r}: {', '.join(self.tables)})"

    @property
    def tables(self) -> list[str]:
        """The tables present: the run's parquet tables and kept ones (verdicts)."""
        present = [p.stem for p in sorted(self.path.glob("*.parquet"))]
        return [n for n in SCHEMAS if n in present] + [n for n in present if n not in SCHEMAS]

    def table(self, name: str) -> pd.DataFrame:
        """One parquet table as a typed DataFrame (a known table that is absent is empty)."""
        if name not in self._frames:
            path = self.path / f"{name}.parquet"
            schema = SCHEMAS.get(name)
            if path.exists():
                arrow = pq.read_table(path)
            elif schema is not None:
                arrow = schema.empty_table()
            else:
                raise KeyError(f"no table {name!r} in {self.path}")
            self._frames[name] = to_frame(arrow, schema)
        return self._frames[name]

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name in ANALYSIS:
            return getattr(self, name)
        return self.table(name)

    def __getattr__(self, name: str) -> pd.DataFrame:
        # Tables other parts of kenmerk add (verdicts) without a property of their own.
        if name.startswith("_") or not (Path(self.__dict__.get("path", ".")) / f"{name}.parquet").exists():
            raise AttributeError(name)
        return self.table(name)

    def connect(self):
        """A read-only DuckDB connection to ``kenmerk.duckdb`` (views work from any folder)."""
        from pipeline.database import connect

        return connect(self.path)

    def query(self, sql: str) -> pd.DataFrame:
        """Run SQL against ``kenmerk.duckdb``; money comes back as decimal."""
        con = self.connect()
        try:
            return to_frame(con.sql(sql).to_arrow_table())
        finally:
            con.close()

    @cached_property
    def run(self) -> dict:
        """``run.json``: pipeline version, counts, each table's SHA-256."""
        return json.loads((self.path / "run.json").read_text(encoding="utf-8"))


def _table_property(name: str, description: str) -> property:
    return property(lambda self: self.table(name), doc=description)


def _analysis_property(name: str) -> property:
    def get(self: Outputs) -> pd.DataFrame:
        if name not in self._frames:
            self._frames[name] = self.query(f"SELECT * FROM {name}")
        return self._frames[name]

    return property(get, doc=f"The {name} table of kenmerk.duckdb (see pipeline.database).")


def _install_properties() -> None:
    from schemas import TABLE_DESCRIPTIONS

    for name in SCHEMAS:
        setattr(Outputs, name, _table_property(name, TABLE_DESCRIPTIONS.get(name, "")))
    for name in ANALYSIS:
        setattr(Outputs, name, _analysis_property(name))


_install_properties()


def load(out: str | Path = "outputs") -> Outputs:
    """The tables of an output folder (``make run`` writes ``outputs/``) as typed DataFrames."""
    return Outputs(out)
