"""pipeline_version: package version plus a hash of the rules and data files."""

from __future__ import annotations

import re

from pipeline import __version__
from pipeline.version import pipeline_version, rules_hash


def test_version_is_package_version_plus_rules_hash():
    assert re.fullmatch(rf"{re.escape(__version__)}\+rules\.[0-9a-f]{{12}}", pipeline_version())


def test_rules_hash_covers_the_gazetteer_and_changes_with_content(monkeypatch):
    import pipeline.version as version

    files = list(version._resource_files())
    assert any(f.name == "gemeenten.csv" for f in files)
    before = rules_hash()

    class Edited:
        def __init__(self, inner):
            self.inner, self.name = inner, inner.name

        def __str__(self):
            return str(self.inner)

        def read_bytes(self):
            return self.inner.read_bytes() + b"\n# one more rule"

    monkeypatch.setattr(version, "_resource_files", lambda: [Edited(files[0]), *files[1:]])
    rules_hash.cache_clear()
    try:
        assert rules_hash() != before
    finally:
        rules_hash.cache_clear()


def test_code_hash_covers_the_python_source_and_the_schemas():
    from importlib import resources

    import pipeline.version as version

    names = {f.name for f in version._files(resources.files("pipeline"), lambda f: f.name.endswith(".py"))}
    assert {"process.py", "amounts.py", "version.py"} <= names
    assert len(version.code_hash()) == 12


def test_a_named_model_and_its_version_are_part_of_the_version(monkeypatch):
    import spacy

    import pipeline.version as version

    version.model_label.cache_clear()
    monkeypatch.setattr(spacy.util, "get_package_version", lambda name: "3.8.0")
    try:
        assert pipeline_version("nl_core_news_sm") == f"{pipeline_version()}+model.nl_core_news_sm-3.8.0"
        assert pipeline_version(None) == pipeline_version()  # spacy.blank("nl") is the default
    finally:
        version.model_label.cache_clear()
