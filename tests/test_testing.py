"""Loading the test trees' modules by file path (``pipeline/testing.py``)."""

import sys
from pathlib import Path

import pytest

from pipeline.testing import load_test_module, module_name

TESTS = Path(__file__).resolve().parent


def test_a_file_is_named_by_its_path_below_tests():
    assert module_name(TESTS / "layouts" / "build.py") == "kenmerk_test_layouts_build"
    assert module_name(TESTS / "extract" / "layouts" / "render.py") == "kenmerk_test_extract_layouts_render"


def test_a_file_outside_a_tests_folder_is_refused(tmp_path):
    with pytest.raises(ValueError, match="not in a tests folder"):
        module_name(tmp_path / "build.py")


def test_every_caller_gets_the_one_module_registered_under_its_name():
    first = load_test_module(TESTS / "layouts" / "families.py")
    again = load_test_module(TESTS / "extract" / ".." / "layouts" / "families.py")
    assert first is again is sys.modules["kenmerk_test_layouts_families"]


def test_a_module_that_fails_to_load_is_not_left_half_registered(tmp_path):
    broken = tmp_path / "tests" / "broken.py"
    broken.parent.mkdir()
    broken.write_text("raise RuntimeError('drawn wrong')\n", encoding="utf-8")
    with pytest.raises(RuntimeError, match="drawn wrong"):
        load_test_module(broken)
    assert "kenmerk_test_broken" not in sys.modules
