"""datapackage.json is generated from schemas/ and valid according to the frictionless library."""

from __future__ import annotations

import json

import frictionless
import pytest

from pipeline.analyst import write_analyst_files
from pipeline.datapackage import DATAPACKAGE, REFERENCE
from pipeline.process import process_text
from pipeline.tables import build_tables, write_tables
from schemas import SCHEMAS


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    out = tmp_path_factory.mktemp("dp") / "out"
    result = process_text("De gemeente Arnhem ontvangt in 2016 € 452.800. De provincie Utrecht betaalt mee.")
    write_tables(build_tables([result]), out)
    write_analyst_files(out)
    return out


def test_the_package_is_valid(out):
    report = frictionless.Package.validate_descriptor(str(out / DATAPACKAGE))
    assert report.valid, [e.message for e in report.errors]


def test_every_table_is_a_resource_with_its_fields_and_keys(out):
    package = json.loads((out / DATAPACKAGE).read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in package["resources"]}
    assert set(SCHEMAS) | {"gemeenten"} == set(resources)
    amounts = resources["amounts"]
    assert amounts["path"] == "amounts.parquet" and amounts["hash"].startswith("sha256:")
    fields = {f["name"]: f for f in amounts["schema"]["fields"]}
    assert [f["name"] for f in amounts["schema"]["fields"]] == SCHEMAS["amounts"].names
    assert fields["value_eur"]["type"] == "number"
    assert fields["redacted"]["constraints"]["required"] is True
    assert "more_than" in fields["qualifier"]["constraints"]["enum"]
    assert amounts["schema"]["primaryKey"] == ["fact_id"]
    keys = {k["fields"]: k["reference"] for k in amounts["schema"]["foreignKeys"]}
    assert keys["doc_id"] == {"resource": "documents", "fields": "doc_id"}
    assert keys["municipality_code"] == {"resource": "gemeenten", "fields": "code"}
    assert resources["pages"]["schema"]["primaryKey"] == ["doc_id", "page"]
    assert {f["name"]: f["type"] for f in resources["dates"]["schema"]["fields"]}["start"] == "date"


def test_the_reference_table_validates_as_data(out):
    package = frictionless.Package(str(out / DATAPACKAGE))
    report = package.get_resource("gemeenten").validate()
    assert report.valid, report.flatten(["rowNumber", "message"])[:5]
    assert (out / REFERENCE).read_text(encoding="utf-8").count("\n") == 477


def test_a_kept_verdicts_table_is_described_too(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = tmp_path / "out"
    write_tables(build_tables([process_text("Arnhem ontvangt € 5.000.")]), out)
    pq.write_table(pa.table({"fact_id": ["0123456789abcdef"], "verdict": ["confirmed"]}), out / "verdicts.parquet")
    write_analyst_files(out)
    package = json.loads((out / DATAPACKAGE).read_text(encoding="utf-8"))
    verdicts = next(r for r in package["resources"] if r["name"] == "verdicts")
    assert verdicts["schema"]["primaryKey"] == ["fact_id"]
    assert frictionless.Package.validate_descriptor(str(out / DATAPACKAGE)).valid
