"""The date rule table: one name, priority and interpretation per rule."""

from __future__ import annotations

import pytest

from pipeline.dutch.date_rules import compiled_rules
from pipeline.dutch.dates import parse_span


def test_the_date_rule_table_gives_each_rule_one_name_priority_and_interpretation():
    from pipeline.dutch.date_rules import DATE_RULES, fullmatch_rules

    names = [rule.name for rule in DATE_RULES]
    assert len(set(names)) == len(names) == len(fullmatch_rules())
    assert len({rule.priority for rule in DATE_RULES}) == len(DATE_RULES)
    assert {rule.name for rule in DATE_RULES if rule.interpret is None} == {"date_list"}
    assert "year" in fullmatch_rules() and "year" not in compiled_rules()


@pytest.mark.parametrize(
    "text, value",
    [
        ("in de periode 2024 (nulmeting) tot en met 2027", "2024/2027"),
        ("van 2022 (het peiljaar) tot 2026", "2022/2026"),
        ("van maart 2023 (start pilot) t/m juni 2024", "2023-03/2024-06"),
    ],
)
def test_a_range_whose_first_end_carries_a_note_in_brackets(text, value):
    assert parse_span(text, "range", None).value == value
