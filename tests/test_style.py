"""The code base stays lint-clean (ruff, configured in pyproject.toml)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]


def test_ruff_finds_nothing():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed (it is in requirements.lock; run make test)")
    result = subprocess.run([ruff, "check", "pipeline", "schemas", "tests", "benchmarks"],
                            cwd=PROJECT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# A module a newcomer reads in one sitting: past this many lines it is split by what its parts do.
MAX_MODULE_LINES = 600


def test_every_module_stays_short_enough_to_read():
    long = {str(p.relative_to(PROJECT)): n for p in sorted((PROJECT / "pipeline").rglob("*.py"))
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    assert not long, f"split these modules (over {MAX_MODULE_LINES} lines): {long}"
