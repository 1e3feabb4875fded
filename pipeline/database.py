"""``kenmerk.duckdb``: the run's tables as DuckDB views, plus the analysis tables analysts ask for.

Every parquet table of the run is a view with a *relative* path
(``SELECT * FROM read_parquet('amounts.parquet')``), so the output folder can
be moved or copied as a whole. DuckDB resolves such paths against the
current folder (or its ``file_search_path``); ``cd OUT && duckdb
kenmerk.duckdb`` or ``connect(OUT)`` in Python both work.

The analysis relations are computed when the run writes the file and stored
as tables, so they answer from any folder (``duckdb outputs/kenmerk.duckdb
"SELECT * FROM amounts_by_municipality"``):

- ``facts``: every fact table in one long table (kind, text, normalized
  value, document, page, offsets, sentence, rule, and the inspector's verdict
  where there is one);
- ``allocations``: one row per distinct allocation: the same municipality,
  the same amount in euro and the same year count once, however many
  documents report it (see ``ALLOCATION_RULES`` and the README);
- ``amounts_by_municipality``: per municipality and year, the total of its
  allocations, their count and the documents;
- ``trainings_by_municipality``: per municipality and year, trainings and
  participants, with a training reported twice counted once.

The SQL is built in Python after looking at the tables' columns, so columns
that other parts of kenmerk add (``verdict``/``corrected_value``,
``is_total``, ``row_label``) are used when present and not required.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

DATABASE = "kenmerk.duckdb"
FACT_KINDS = {"amounts": "amount", "municipalities": "municipality", "dates": "date",
              "trainings": "training", "regions": "region"}
# Documents whose facts go into kenmerk.duckdb's facts table at once (see ``_facts``).
FACTS_DOCUMENTS = 5_000
# DuckDB's threads while the file is built: each thread holds buffers of its own,
# and the analysis tables are little work next to reading the documents.
THREADS = 1
ANALYSIS_TABLES = ("facts", "allocations", "amounts_by_municipality", "trainings_by_municipality")
# Verdicts that take a fact out of the analysis tables.
REJECTED = "rejected"

ALLOCATION_RULES = """\
An amount is an allocation when it is a euro figure (not redacted, not a range, not per unit),
linked to a municipality, not marked as a total (is_total), and not rejected by an inspector.
Its amount is the inspector's corrected value when there is one (value_source = corrected).
Its year is the year of the first date in the same sentence, else the year of the document's date.
Two amounts are the same allocation when they have the same municipality code, the same amount
in euro and the same year, in whatever documents (and however often) they appear."""


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def corrected_eur(text: str | None) -> Decimal | None:
    """An inspector's corrected amount (``950000``, ``950.000,00``, ``7,5 miljoen``) in euro, or None."""
    from pipeline.dutch.money import corrected_amount

    return corrected_amount(None if text is None else str(text))


def parquet_tables(folder: Path, kept_from: Path | None = None) -> dict[str, Path]:
    """The parquet tables to describe: those in ``folder``, plus tables kept in ``kept_from``
    between runs (verdicts) that ``folder`` does not hold.

    A kept file that is not a readable parquet file (truncated by a crash, edited
    by hand) is left out: it is not the run's to describe or to mend, and it must
    not stop the run (``unreadable_parquet`` names it for the summary)."""
    from schemas import SCHEMAS

    tables = {p.stem: p for p in sorted(Path(folder).glob("*.parquet"))}
    if kept_from is not None and Path(kept_from) != Path(folder):
        for path in sorted(Path(kept_from).glob("*.parquet")):
            if path.stem not in tables and path.stem not in SCHEMAS and parquet_problem(path) is None:
                tables[path.stem] = path
    return tables


def parquet_problem(path: Path) -> str | None:
    """Why ``path`` is not a readable parquet file (its footer and schema), or None when it is."""
    try:
        pq.read_schema(path)
    except (OSError, pa.ArrowException) as err:
        return str(err).splitlines()[0] if str(err) else type(err).__name__
    return None


def unreadable_parquet(folder: Path) -> dict[Path, str]:
    """The parquet files in ``folder`` that cannot be read, with the reason."""
    found = {path: parquet_problem(path) for path in sorted(Path(folder).glob("*.parquet")) if path.is_file()}
    return {path: problem for path, problem in found.items() if problem is not None}


def connect(out: str | Path, *, read_only: bool = True):
    """A DuckDB connection to ``OUT/kenmerk.duckdb`` whose views find their parquet files from any folder."""
    import duckdb

    out = Path(out)
    con = duckdb.connect(str(out / DATABASE), read_only=read_only)
    con.execute(f"SET file_search_path = {_literal(str(out.resolve()))}")
    return con


def write_database(folder: Path, kept_from: Path | None = None) -> Path:
    """Write ``folder/kenmerk.duckdb`` over the tables in ``folder`` (and kept ones in ``kept_from``).

    Built in a temp file beside it and renamed, so the file is whole or absent.
    """
    import duckdb

    folder = Path(folder)
    tables = parquet_tables(folder, kept_from)
    fd, tmp = tempfile.mkstemp(prefix=f".{DATABASE}.", suffix=".tmp", dir=folder)
    os.close(fd)
    os.unlink(tmp)  # DuckDB creates the file itself
    try:
        con = duckdb.connect(tmp, config={"threads": THREADS})
        try:
            build(con, tables, folder)
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(tmp, folder / DATABASE)
    except BaseException:
        for leftover in (tmp, tmp + ".wal"):
            Path(leftover).unlink(missing_ok=True)
        raise
    return folder / DATABASE


def build(con, tables: Mapping[str, Path], folder: Path | None = None) -> None:
    """Create the views and the analysis tables in an open DuckDB connection.

    The analysis tables are computed over views that name each file by its full
    path, and only then are the views given the relative paths they keep. A
    relative path is looked up in every folder of DuckDB's ``file_search_path``
    and *all* matches are read: a run building in its staging folder would
    otherwise read the previous run's table in ``out`` as well (rows twice, or
    a damaged leftover file that stops the run).
    """
    schemas = {name: pq.read_schema(path) for name, path in tables.items()}
    _views(con, {name: str(Path(path).resolve()) for name, path in tables.items()})
    _corrections(con, tables, schemas)
    _facts(con, schemas)
    con.execute(f"CREATE OR REPLACE TABLE allocations AS {allocations_sql(schemas)}")
    con.execute(f"CREATE OR REPLACE TABLE amounts_by_municipality AS {AMOUNTS_BY_MUNICIPALITY}")
    con.execute(f"CREATE OR REPLACE TABLE trainings_by_municipality AS {trainings_sql(schemas)}")
    con.execute("DROP TABLE IF EXISTS _corrections")
    reference = (folder / "gemeenten.csv") if folder is not None else None
    with tempfile.TemporaryDirectory(prefix="kenmerk-views-") as links:
        # DuckDB reads a view's file when the view is made: from a folder that holds one
        # link per table (and nothing else), each relative path finds exactly its file.
        for path in tables.values():
            os.symlink(Path(path).resolve(), Path(links) / Path(path).name)
        if reference is not None and reference.exists():
            os.symlink(reference.resolve(), Path(links) / reference.name)
        con.execute(f"SET file_search_path = {_literal(links)}")
        try:
            _views(con, {name: Path(path).name for name, path in tables.items()})
            if reference is not None and reference.exists():
                con.execute("CREATE OR REPLACE VIEW gemeenten AS SELECT * FROM "
                            f"read_csv({_literal(reference.name)}, header = true, all_varchar = true)")
        finally:
            con.execute("RESET file_search_path")


def _facts(con, schemas: Mapping[str, pa.Schema]) -> None:
    """The ``facts`` table, filled ``FACTS_DOCUMENTS`` documents at a time, each part checkpointed.

    DuckDB holds what a statement writes into a table in memory until it is
    committed: one ``CREATE TABLE facts AS`` over a run of 100,000 documents
    took some 200 MB. Part by part (in ``doc_id`` order, the table's first sort
    key, so the rows stand in the same order) it stays at one part's worth.
    """
    sql = facts_sql(schemas)
    if "documents" not in schemas or " ORDER BY " not in sql:
        con.execute(f"CREATE OR REPLACE TABLE facts AS {sql}")
        return
    body, order = sql.rsplit(" ORDER BY ", 1)
    con.execute(f"CREATE OR REPLACE TABLE facts AS SELECT * FROM ({body}) WHERE false")
    # The first doc_id of every part but the first: facts of doc_ids below the first
    # bound (or beyond the documents) still fall into a part.
    bounds = [row[0] for row in con.execute(
        f"SELECT doc_id FROM (SELECT doc_id, row_number() OVER (ORDER BY doc_id) - 1 AS n FROM documents) "
        f"WHERE n > 0 AND n % {FACTS_DOCUMENTS} = 0 ORDER BY doc_id").fetchall()]
    for low, high in zip([None, *bounds], [*bounds, None], strict=True):
        where = " AND ".join([*([f"doc_id >= {_literal(low)}"] if low is not None else []),
                              *([f"doc_id < {_literal(high)}"] if high is not None else [])]) or "true"
        con.execute(f"INSERT INTO facts SELECT * FROM ({body}) WHERE {where} ORDER BY {order}")
        con.execute("CHECKPOINT")


def _views(con, files: Mapping[str, str]) -> None:
    """A view per table over its parquet file, named as given (a relative name or a full path)."""
    for name, file in files.items():
        con.execute(f"CREATE OR REPLACE VIEW {_quote(name)} AS SELECT * FROM read_parquet({_literal(file)})")


def _corrections(con, tables: Mapping[str, Path], schemas: Mapping[str, pa.Schema]) -> None:
    """A table ``_corrections(fact_id, corrected_eur)`` of the amounts' corrected values."""
    rows: dict[str, Decimal | None] = {}
    sources = []
    if "verdicts" in schemas and {"fact_id", "corrected_value"} <= set(schemas["verdicts"].names):
        sources.append(tables["verdicts"])
    if "amounts" in schemas and "corrected_value" in schemas["amounts"].names:
        sources.append(tables["amounts"])
    for path in sources:  # the amounts' own (joined) column wins over the verdicts file
        with pq.ParquetFile(path) as parquet:
            for batch in parquet.iter_batches(columns=["fact_id", "corrected_value"]):
                for fact_id, value in zip(batch.column(0).to_pylist(), batch.column(1).to_pylist(), strict=True):
                    if value is not None:
                        rows[fact_id] = corrected_eur(value)
    # Rows as parameters, not an Arrow table: DuckDB's Arrow scan loads pyarrow's dataset layer.
    con.execute("CREATE OR REPLACE TABLE _corrections (fact_id VARCHAR, corrected_eur DECIMAL(18, 2))")
    if rows:
        con.executemany("INSERT INTO _corrections VALUES (?, ?)", list(rows.items()))


def _verdict_join(name: str, schemas: Mapping[str, pa.Schema], alias: str = "t") -> tuple[str, str, str]:
    """(select list, join clause, verdict expression) for the verdict columns of a fact table.

    A run joins verdicts into the fact tables; ``verdicts.parquet`` itself is
    newer when ``kenmerk verify`` ran since, so the file's value wins where both exist.
    """
    columns = set(schemas[name].names)
    vcols = set(schemas["verdicts"].names) if "verdicts" in schemas else set()
    join = f"LEFT JOIN verdicts v ON v.fact_id = {alias}.fact_id" if {"fact_id", "verdict"} <= vcols else ""

    def pick(own: str, *in_file: str) -> str:
        parts = [f"CAST(v.{n} AS VARCHAR)" for n in in_file if join and n in vcols][:1]
        if own in columns:
            parts.append(f"CAST({alias}.{own} AS VARCHAR)")
        if not parts:
            return "NULL::VARCHAR"
        return parts[0] if len(parts) == 1 else f"coalesce({', '.join(parts)})"

    verdict = pick("verdict", "verdict")
    select = (f"{verdict} AS verdict, {pick('corrected_value', 'corrected_value')} AS corrected_value, "
              f"{pick('verdict_note', 'verdict_note', 'note')} AS verdict_note")
    return select, join, verdict


# The normalized value of each kind of fact, as text, and the municipality it concerns.
_VALUES = {
    "amounts": ("CASE WHEN t.redacted THEN 'REDACTED' ELSE CAST(t.value_eur AS VARCHAR) "
                "|| coalesce(' - ' || CAST(t.value_eur_max AS VARCHAR), '') END",
                "t.value_eur", "t.municipality_code"),
    "municipalities": ("t.code", "NULL", "t.code"),
    "dates": ("t.value", "NULL", "NULL"),
    "trainings": ("coalesce(CAST(t.participants AS VARCHAR) || ' participants', t.name)", "NULL",
                  "t.municipality_code"),
    "regions": ("coalesce(t.code, t.name)", "NULL", "NULL"),
}


def facts_sql(schemas: Mapping[str, pa.Schema]) -> str:
    parts = []
    # The finer kind of document (press release, Kamerbrief, ...) where the documents table has it.
    doc_kind = "d.doc_kind" if "doc_kind" in schemas.get("documents", pa.schema([])).names else "NULL::VARCHAR"
    for name, kind in FACT_KINDS.items():
        if name not in schemas:
            continue
        value, value_eur, municipality = _VALUES[name]
        verdict, join, _ = _verdict_join(name, schemas)
        parts.append(
            f"SELECT '{kind}' AS kind, t.fact_id, t.doc_id, d.source, d.doc_type, {doc_kind} AS doc_kind, "
            f"d.doc_date, t.page, "
            f"t.char_start, t.char_end, t.text, {value} AS value, "
            f"CAST({value_eur} AS DECIMAL(18, 2)) AS value_eur, "
            f"CAST({municipality} AS VARCHAR) AS municipality_code, t.context, t.rule, {verdict} "
            f"FROM {_quote(name)} t LEFT JOIN documents d ON d.doc_id = t.doc_id {join}")
    if not parts:
        return ("SELECT NULL::VARCHAR AS kind, NULL::VARCHAR AS fact_id, NULL::VARCHAR AS doc_id "
                "WHERE false")
    return " UNION ALL ".join(parts) + " ORDER BY doc_id, page, char_start, char_end, kind, fact_id"


def allocations_sql(schemas: Mapping[str, pa.Schema]) -> str:
    if "amounts" not in schemas:
        return ("SELECT NULL::VARCHAR AS allocation_id, NULL::VARCHAR AS municipality_code, "
                "NULL::INTEGER AS year, NULL::DECIMAL(18, 2) AS amount_eur WHERE false")
    columns = set(schemas["amounts"].names)
    _, join, verdict_expr = _verdict_join("amounts", schemas, "a")
    conditions = ["NOT a.redacted", "a.municipality_code IS NOT NULL", "a.value_eur_max IS NULL",
                  "a.per IS NULL", "a.currency = 'EUR'"]
    if "is_total" in columns:
        conditions.append("NOT coalesce(a.is_total, false)")
    date_year = ""
    if "dates" in schemas:
        # The first date with a known year in the amount's sentence gives its year (and period).
        date_year = """
        LEFT JOIN LATERAL (
            SELECT dt.value AS period, CAST(substr(dt.value, 1, 4) AS INTEGER) AS year
            FROM dates dt
            WHERE dt.doc_id = a.doc_id AND dt.page = a.page AND dt.context = a.context
              AND regexp_matches(dt.value, '^[0-9]{4}') AND dt.role <> 'document'
            ORDER BY dt.char_start LIMIT 1
        ) sd ON true"""
        period, sentence_year = "sd.period", "sd.year"
    else:
        period, sentence_year = "NULL", "NULL"
    return f"""
    WITH candidates AS (
        SELECT a.fact_id, a.doc_id, d.source, d.doc_date, a.municipality_code, a.municipality_name,
               a.qualifier, a.purpose, a.text, a.context,
               coalesce(c.corrected_eur, a.value_eur) AS amount_eur,
               CASE WHEN c.corrected_eur IS NOT NULL THEN 'corrected' ELSE 'extracted' END AS value_source,
               coalesce({sentence_year}, TRY_CAST(substr(d.doc_date, 1, 4) AS INTEGER)) AS year,
               CASE WHEN {sentence_year} IS NOT NULL THEN 'sentence'
                    WHEN d.doc_date IS NOT NULL THEN 'document' END AS year_source,
               {period} AS period, {verdict_expr} AS verdict
        FROM amounts a
        LEFT JOIN documents d ON d.doc_id = a.doc_id
        LEFT JOIN _corrections c ON c.fact_id = a.fact_id
        {join}{date_year}
        WHERE {' AND '.join(conditions)}
    )
    SELECT substr(md5(municipality_code || '|' || CAST(amount_eur AS VARCHAR) || '|'
                      || coalesce(CAST(year AS VARCHAR), '')), 1, 16) AS allocation_id,
           municipality_code,
           any_value(municipality_name ORDER BY doc_id, fact_id) AS municipality_name,
           year,
           min(period) AS period,
           CAST(amount_eur AS DECIMAL(18, 2)) AS amount_eur,
           max(value_source) AS value_source,
           min(purpose) AS purpose,
           list_sort(list_distinct(list(purpose))) AS purposes,
           min(qualifier) AS qualifier,
           count(DISTINCT doc_id) AS n_documents,
           count(*) AS n_mentions,
           list_sort(list_distinct(list(doc_id))) AS doc_ids,
           list_sort(list_distinct(list(source))) AS sources,
           list_sort(list(fact_id)) AS fact_ids,
           min(year_source) AS year_source
    FROM candidates
    WHERE amount_eur IS NOT NULL AND coalesce(verdict, '') <> '{REJECTED}'
    GROUP BY municipality_code, amount_eur, year
    ORDER BY municipality_code, year, amount_eur"""


AMOUNTS_BY_MUNICIPALITY = """
    SELECT municipality_code, any_value(municipality_name ORDER BY municipality_name) AS municipality_name,
           year, CAST(sum(amount_eur) AS DECIMAL(18, 2)) AS total_eur, count(*) AS n_allocations,
           len(list_distinct(flatten(list(doc_ids)))) AS n_documents,
           list_sort(list_distinct(flatten(list(doc_ids)))) AS doc_ids
    FROM allocations
    GROUP BY municipality_code, year
    ORDER BY municipality_code, year"""


def trainings_sql(schemas: Mapping[str, pa.Schema]) -> str:
    if "trainings" not in schemas:
        return ("SELECT NULL::VARCHAR AS municipality_code, NULL::INTEGER AS year, "
                "NULL::BIGINT AS participants WHERE false")
    _, join, verdict = _verdict_join("trainings", schemas)
    return f"""
    WITH rows AS (
        SELECT t.municipality_code, t.doc_id, t.name, t.participants,
               coalesce(TRY_CAST(substr(t.year, 1, 4) AS INTEGER),
                        TRY_CAST(substr(d.doc_date, 1, 4) AS INTEGER)) AS year,
               {verdict} AS verdict
        FROM trainings t LEFT JOIN documents d ON d.doc_id = t.doc_id {join}
        WHERE t.municipality_code IS NOT NULL
    ), kept AS (SELECT * FROM rows WHERE coalesce(verdict, '') <> '{REJECTED}'),
    -- one training reported by several documents (same municipality, year, name and count) counts once
    distinct_trainings AS (
        SELECT municipality_code, year, name, participants, list(DISTINCT doc_id) AS docs
        FROM kept GROUP BY municipality_code, year, name, participants
    )
    SELECT k.municipality_code, any_value(g.name) AS municipality_name, k.year,
           count(*) AS n_trainings, CAST(sum(k.participants) AS BIGINT) AS participants,
           count(k.participants) AS n_with_participants,
           len(list_distinct(flatten(list(k.docs)))) AS n_documents,
           list_sort(list_distinct(flatten(list(k.docs)))) AS doc_ids
    FROM distinct_trainings k
    LEFT JOIN (SELECT code, any_value(name) AS name FROM municipalities GROUP BY code) g
           ON g.code = k.municipality_code
    GROUP BY k.municipality_code, k.year
    ORDER BY k.municipality_code, k.year"""


def table_names(con) -> Iterable[str]:
    return [row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()]
