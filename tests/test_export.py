"""kenmerk export: CSV files and an Excel workbook with exact money."""

from __future__ import annotations

import csv

import pytest

from pipeline.analyst import write_analyst_files
from pipeline.cli import main
from pipeline.process import process_text
from pipeline.tables import build_tables, write_tables


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    out = tmp_path_factory.mktemp("export") / "out"
    write_tables(build_tables([process_text("De gemeente Arnhem ontvangt in 2016 € 452.800,10.")]), out)
    write_analyst_files(out)
    return out


def test_csv_writes_money_with_two_decimals(out, tmp_path, capsys):
    assert main(["export", "--format", "csv", str(out), "--to", str(tmp_path / "csv")]) == 0
    with open(tmp_path / "csv" / "amounts.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["value_eur"] == "452800.10"
    with open(tmp_path / "csv" / "amounts_by_municipality.csv", encoding="utf-8") as handle:
        assert next(csv.DictReader(handle))["total_eur"] == "452800.10"


def test_xlsx_writes_money_as_formatted_numbers(out, tmp_path):
    from openpyxl import load_workbook

    assert main(["export", "--format", "xlsx", str(out), "--to", str(tmp_path)]) == 0
    book = load_workbook(tmp_path / "kenmerk.xlsx")
    assert {"amounts", "allocations", "amounts_by_municipality"} <= set(book.sheetnames)
    sheet = book["amounts"]
    header = [c.value for c in sheet[1]]
    cell = sheet.cell(row=2, column=header.index("value_eur") + 1)
    assert cell.value == pytest.approx(452800.10) and cell.number_format == "#,##0.00"


def test_a_missing_folder_is_a_usage_error(tmp_path, capsys):
    assert main(["export", "--format", "csv", str(tmp_path / "nope")]) == 2
