"""The validating loader of ``pipeline/resources/ingest/layout.json``."""

from __future__ import annotations

import copy
import json
from importlib.resources import files

import pytest

from pipeline.datafiles import as_model
from pipeline.ingest.rules import ingest_rules, parse_rules
from pipeline.resource_files import IngestLayoutFile


@pytest.fixture
def data():
    resource = files("pipeline") / "resources" / "ingest" / "layout.json"
    return json.loads(resource.read_text(encoding="utf-8"))


def test_shipped_rules_load():
    rules = ingest_rules()
    assert "Ons kenmerk" in rules.margin_labels
    # Longest first, so "Uw brief van" is tried before "Uw brief".
    assert rules.margin_labels.index("Uw brief van") < rules.margin_labels.index("Uw brief")
    assert rules.ocr.lang == "nld"


def test_unknown_top_level_key_is_rejected(data):
    data["margin_lables"] = []
    with pytest.raises(ValueError, match="margin_lables"):
        parse_rules(as_model(IngestLayoutFile, data))


def test_unknown_section_key_is_rejected(data):
    bad = copy.deepcopy(data)
    bad["columns"]["gap"] = 2
    with pytest.raises(ValueError, match="gap"):
        parse_rules(as_model(IngestLayoutFile, bad))


def test_missing_section_key_is_rejected(data):
    del data["ocr"]["dpi"]
    with pytest.raises(ValueError, match="dpi"):
        parse_rules(as_model(IngestLayoutFile, data))


def test_wrong_type_is_rejected(data):
    data["furniture"]["band"] = "0.1"
    with pytest.raises(ValueError, match="band"):
        parse_rules(as_model(IngestLayoutFile, data))
