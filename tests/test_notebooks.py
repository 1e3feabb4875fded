"""The notebooks in notebooks/ run top to bottom against a real run's tables.

Code cells are executed in order in one namespace (what a kernel would do),
so a notebook that no longer matches the tables fails here, without needing
Jupyter in the test environment.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.run import run

PROJECT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((PROJECT / "notebooks").glob("*.ipynb"))


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    out = tmp_path_factory.mktemp("nb") / "out"
    run([PROJECT / "corpus"], out, workers=1, progress=False)
    return out


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs(notebook, outputs, monkeypatch, capsys):
    monkeypatch.setenv("KENMERK_OUTPUTS", str(outputs))
    monkeypatch.setenv("MPLBACKEND", "Agg")  # charts are drawn, not shown
    monkeypatch.chdir(notebook.parent)
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    namespace: dict = {}
    for cell in cells:
        if cell["cell_type"] == "code":
            exec(compile("".join(cell["source"]), f"{notebook.name}", "exec"), namespace)
    assert "tables" in namespace and namespace["tables"], "the notebook read no tables"
