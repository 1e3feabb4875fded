"""Number and table-cell token shapes."""

from __future__ import annotations

import pytest

from pipeline.clean.tokens import is_cell, is_number_token


@pytest.mark.parametrize(("token", "number"), [
    ("6", True), ("950.000", True), ("1,2", True), ("28-01-2016", True), ("12%", True),
    ("€950.000", True), ("(3)", True), ("2016/2017", True),
    ("daagse", False), ("|", False), ("5.1.2e", False), ("g®e", False), ("", False),
])
def test_is_number_token(token, number):
    assert is_number_token(token) is number


@pytest.mark.parametrize(("token", "cell"), [
    ("6", True), ("|", True), ("B", True), ("-", True), ("125.000", True),
    ("Almere", False), ("daagse", False),
])
def test_is_cell(token, cell):
    assert is_cell(token) is cell
