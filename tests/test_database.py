"""kenmerk.duckdb: views over the tables, and allocations that count one allocation once."""

from __future__ import annotations

from decimal import Decimal

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.analyst import write_analyst_files
from pipeline.database import DATABASE, connect, corrected_eur
from pipeline.process import process_text
from pipeline.tables import build_tables, write_tables

PRESS_RELEASE = ("Persbericht\n\nDe gemeente Arnhem ontvangt in 2016 € 452.800 voor de aanpak van radicalisering. "
                 "Ook Delft ontvangt in 2016 € 100.000.")
LETTER = ("Datum 3 maart 2016\nOnderwerp: toekenning\n\nGeachte heer,\n\nIn 2016 ontvangt de gemeente Arnhem "
          "€ 452.800 voor de aanpak van radicalisering. In 2017 ontvangt de gemeente Arnhem € 452.800. "
          "In totaal gaat het om € 1.000.000.\n\nHoogachtend,")


def write_run(out, *texts):
    results = [process_text(text, source=f"doc{i}.txt") for i, text in enumerate(texts)]
    write_tables(build_tables(results), out)
    write_analyst_files(out)
    return results


@pytest.fixture
def two_reports(tmp_path):
    out = tmp_path / "out"
    write_run(out, PRESS_RELEASE, LETTER)
    return out


def rows(out, sql):
    con = connect(out)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_one_allocation_in_two_documents_counts_once(two_reports):
    found = rows(two_reports, "SELECT municipality_code, year, amount_eur, n_documents, n_mentions "
                              "FROM allocations ORDER BY municipality_code, year")
    assert found == [("GM0202", 2016, Decimal("452800.00"), 2, 2),
                     ("GM0202", 2017, Decimal("452800.00"), 1, 1),   # another year: another allocation
                     ("GM0503", 2016, Decimal("100000.00"), 1, 1)]


def test_amounts_by_municipality_totals_the_allocations(two_reports):
    found = rows(two_reports, "SELECT municipality_code, year, total_eur, n_allocations, n_documents "
                              "FROM amounts_by_municipality ORDER BY 1, 2")
    assert found == [("GM0202", 2016, Decimal("452800.00"), 1, 2),
                     ("GM0202", 2017, Decimal("452800.00"), 1, 1),
                     ("GM0503", 2016, Decimal("100000.00"), 1, 1)]
    # The total (in totaal € 1.000.000) is not an allocation, and nothing is counted twice.
    assert rows(two_reports, "SELECT sum(total_eur) FROM amounts_by_municipality") == [(Decimal("1005600.00"),)]


def test_facts_puts_every_kind_in_one_table(two_reports):
    kinds = dict(rows(two_reports, "SELECT kind, count(*) FROM facts GROUP BY kind"))
    assert kinds["amount"] == 5 and kinds["municipality"] >= 3 and kinds["date"] >= 3
    assert rows(two_reports, "SELECT count(*) FROM facts WHERE verdict IS NOT NULL") == [(0,)]


def test_views_use_relative_paths_so_the_folder_can_move(two_reports, tmp_path):
    moved = tmp_path / "elsewhere"
    two_reports.rename(moved)
    assert rows(moved, "SELECT count(*) FROM amounts") == [(5,)]
    sql = rows(moved, "SELECT sql FROM duckdb_views() WHERE view_name = 'amounts'")[0][0]
    assert "'amounts.parquet'" in sql and str(tmp_path) not in sql


def test_analysis_tables_answer_from_any_folder(two_reports, monkeypatch, tmp_path):
    import duckdb

    monkeypatch.chdir(tmp_path)
    con = duckdb.connect(str(two_reports / DATABASE), read_only=True)
    assert con.execute("SELECT count(*) FROM amounts_by_municipality").fetchone() == (3,)
    con.close()


def _add_verdicts(out, verdicts):
    """What the verdicts work adds: verdict columns joined into amounts.parquet."""
    table = pq.read_table(out / "amounts.parquet")
    ids = table.column("fact_id").to_pylist()
    texts = table.column("text").to_pylist()
    chosen = [verdicts.get(t, (None, None)) for t in texts]
    for name, values in (("verdict", [c[0] for c in chosen]), ("corrected_value", [c[1] for c in chosen]),
                         ("verdict_note", [None] * len(ids))):
        column = pa.array(values, pa.string())
        if name in table.column_names:
            table = table.set_column(table.column_names.index(name), name, column)
        else:
            table = table.append_column(name, column)
    pq.write_table(table, out / "amounts.parquet")


def test_corrected_amounts_replace_extracted_ones_and_rejected_ones_are_left_out(two_reports):
    _add_verdicts(two_reports, {"€ 100.000": ("corrected", "110.000,00"), "€ 452.800": ("rejected", None)})
    write_analyst_files(two_reports)
    found = rows(two_reports, "SELECT municipality_code, amount_eur, value_source FROM allocations")
    assert found == [("GM0503", Decimal("110000.00"), "corrected")]
    assert rows(two_reports, "SELECT count(*) FROM facts WHERE verdict = 'rejected'") == [(3,)]


def test_a_verdicts_table_is_joined_when_the_fact_tables_lack_the_columns(two_reports):
    amounts = pq.read_table(two_reports / "amounts.parquet").to_pylist()
    delft = next(a["fact_id"] for a in amounts if a["municipality_code"] == "GM0503")
    pq.write_table(pa.table({"fact_id": [delft], "verdict": ["corrected"], "corrected_value": ["7,5 miljoen"],
                             "verdict_note": ["typo"]}), two_reports / "verdicts.parquet")
    write_analyst_files(two_reports)
    assert rows(two_reports, "SELECT amount_eur, value_source FROM allocations WHERE municipality_code = 'GM0503'") \
        == [(Decimal("7500000.00"), "corrected")]
    assert rows(two_reports, "SELECT verdict_note FROM facts WHERE fact_id = ?".replace("?", f"'{delft}'")) == [("typo",)]


@pytest.mark.parametrize("text, expected", [
    ("950000", Decimal("950000.00")),
    ("950.000,00", Decimal("950000.00")),
    ("7,5 miljoen", Decimal("7500000.00")),
    ("€ 1.235.480,-", Decimal("1235480.00")),
    ("", None),
    ("onleesbaar", None),
])
def test_corrected_eur(text, expected):
    assert corrected_eur(text) == expected


def test_columns_added_elsewhere_are_used_when_present(two_reports):
    """doc_kind (documents) reaches facts; is_total amounts stay out of allocations."""
    documents = pq.read_table(two_reports / "documents.parquet")
    documents = documents.append_column("doc_kind", pa.array(["persbericht", "brief"], pa.string()))
    pq.write_table(documents, two_reports / "documents.parquet")
    write_analyst_files(two_reports)
    kinds = {k for (k,) in rows(two_reports, "SELECT DISTINCT doc_kind FROM facts")}
    assert kinds == {"persbericht", "brief"}


def test_a_database_built_in_a_staging_folder_reads_none_of_the_older_tables_beside_it(two_reports, tmp_path):
    # A run builds its tables in a staging folder while the previous run's tables are still in out;
    # every table there must be read once, from the staging folder (not both: rows twice).
    staging = tmp_path / "staging"
    write_run(staging, LETTER)
    kept = two_reports / "notes.parquet"
    pq.write_table(pa.table({"fact_id": ["f1"], "note": ["gezien"]}), kept)
    damaged = two_reports / "damaged.parquet"
    damaged.write_bytes(kept.read_bytes()[:20])
    write_analyst_files(staging, kept_from=two_reports)
    (staging / "notes.parquet").symlink_to(kept)  # as when published into out
    assert rows(staging, "SELECT count(*) FROM facts WHERE kind = 'amount'") == [(3,)]
    assert rows(staging, "SELECT count(*) FROM amounts") == [(3,)]
    assert rows(staging, "SELECT note FROM notes") == [("gezien",)]
    views = {r[0] for r in rows(staging, "SELECT view_name FROM duckdb_views() WHERE NOT internal")}
    assert "notes" in views and "damaged" not in views


def test_facts_filled_part_by_part_hold_every_fact_once_in_order(tmp_path, monkeypatch):
    import pipeline.database as database

    texts = [PRESS_RELEASE, LETTER, PRESS_RELEASE.replace("Arnhem", "Zwolle"), LETTER.replace("2016", "2018")]
    whole = tmp_path / "whole"
    write_run(whole, *texts)
    monkeypatch.setattr(database, "FACTS_DOCUMENTS", 1)  # a part per document
    parts = tmp_path / "parts"
    write_run(parts, *texts)
    sql = "SELECT * FROM facts"  # in the order the rows were written
    assert rows(parts, sql) == rows(whole, sql)
    assert rows(parts, "SELECT count(DISTINCT doc_id) FROM facts") == [(4,)]
    assert rows(parts, "SELECT count(*) FROM facts") == rows(
        parts, "SELECT (SELECT count(*) FROM amounts) + (SELECT count(*) FROM municipalities) + "
               "(SELECT count(*) FROM dates) + (SELECT count(*) FROM trainings) + (SELECT count(*) FROM regions)")
