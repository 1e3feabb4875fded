"""pipeline.load(OUT): one object, a property per table, typed DataFrames."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pandas as pd
import pyarrow as pa
import pytest

import pipeline
from pipeline.analyst import write_analyst_files
from pipeline.process import process_text
from pipeline.tables import build_tables, write_tables
from schemas.tables import QUALIFIERS


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    out = tmp_path_factory.mktemp("load") / "out"
    text = "Den Haag, 28 januari 2016. De gemeente Arnhem ontvangt in 2016 ruim € 452.800,50 voor 20 trainingen."
    write_tables(build_tables([process_text(text)]), out)
    write_analyst_files(out)
    return out


def test_money_is_decimal_never_float(out):
    amounts = pipeline.load(out).amounts
    assert amounts["value_eur"].dtype == pd.ArrowDtype(pa.decimal128(18, 2))
    assert amounts["value_eur"].iloc[0] == Decimal("452800.50")
    assert isinstance(amounts["value_eur"].iloc[0], Decimal)


def test_dates_ints_bools_and_categories(out):
    outputs = pipeline.load(out)
    dates = outputs.dates
    assert dates["start"].dtype == pd.ArrowDtype(pa.date32())
    assert isinstance(dates["start"].dropna().iloc[0], datetime.date)
    assert dates["page"].dtype == pd.Int32Dtype()
    assert isinstance(dates["granularity"].dtype, pd.CategoricalDtype)
    amounts = outputs.amounts
    assert amounts["redacted"].dtype == bool
    assert list(amounts["qualifier"].cat.categories) == QUALIFIERS
    assert amounts["qualifier"].iloc[0] == "more_than"
    assert outputs.trainings["participants"].dtype == pd.Int64Dtype()
    assert outputs.errors["time"].dtype == "datetime64[ms, UTC]"


def test_every_table_is_a_property_and_absent_ones_are_empty(out):
    outputs = pipeline.load(out)
    assert "amounts" in outputs.tables and "regions" in outputs.tables
    assert outputs["municipalities"] is outputs.municipalities
    assert len(outputs.errors) == 0 and list(outputs.errors.columns)[:2] == ["source", "doc_id"]
    with pytest.raises(AttributeError):
        outputs.verdicts  # noqa: B018 - not written by a run


def test_analysis_tables_come_from_the_database(out):
    outputs = pipeline.load(out)
    totals = outputs.amounts_by_municipality
    assert totals["total_eur"].tolist() == [Decimal("452800.50")]
    assert totals["year"].dtype == pd.Int32Dtype()
    assert len(outputs.query("SELECT * FROM allocations")) == 1


def test_kept_verdicts_are_loaded_when_present(out):
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"fact_id": ["0123456789abcdef"], "verdict": ["confirmed"]}), out / "verdicts.parquet")
    try:
        assert pipeline.load(out).verdicts["verdict"].tolist() == ["confirmed"]
    finally:
        (out / "verdicts.parquet").unlink()


def test_a_missing_folder_says_so(tmp_path):
    with pytest.raises(FileNotFoundError):
        pipeline.load(tmp_path / "nope")
