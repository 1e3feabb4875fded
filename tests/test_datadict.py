"""The data dictionary and the README sections generated from it."""

from __future__ import annotations

from pathlib import Path

from pipeline.datadict import data_dictionary, error_codes, render_readme
from pipeline.errors import MESSAGES
from schemas import SCHEMAS

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_column_of_every_table_is_described():
    text = data_dictionary()
    for name, schema in SCHEMAS.items():
        assert f"`{name}.parquet`" in text
        for field in schema:
            assert f"| `{field.name}` |" in text, (name, field.name)


def test_every_error_code_is_listed():
    text = error_codes()
    for code in MESSAGES:
        assert f"`{code}`" in text


def test_readme_holds_the_current_generated_sections():
    readme = README.read_text(encoding="utf-8")
    assert render_readme(readme) == readme, (
        "README.md is out of date with schemas/ or pipeline/errors.py; "
        "run: .venv/bin/python -m pipeline.datadict README.md"
    )
