"""The date rule table: one name, priority and interpretation per rule."""

from __future__ import annotations

from pipeline.dutch.date_rules import compiled_rules


def test_the_date_rule_table_gives_each_rule_one_name_priority_and_interpretation():
    from pipeline.dutch.date_rules import DATE_RULES, fullmatch_rules

    names = [rule.name for rule in DATE_RULES]
    assert len(set(names)) == len(names) == len(fullmatch_rules())
    assert len({rule.priority for rule in DATE_RULES}) == len(DATE_RULES)
    assert {rule.name for rule in DATE_RULES if rule.interpret is None} == {"date_list"}
    assert "year" in fullmatch_rules() and "year" not in compiled_rules()
