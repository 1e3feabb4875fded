"""What each date rule's match means: the readings of ``pipeline.dutch.date_readings``."""

from __future__ import annotations

import pytest

from pipeline.dutch import date_readings
from pipeline.dutch.date_rules import RULES_BY_NAME, fullmatch_rules


def _read(rule: str, text: str):
    match = fullmatch_rules()[rule].fullmatch(text)
    assert match is not None, (rule, text)
    return RULES_BY_NAME[rule].interpret(match, None)


@pytest.mark.parametrize(
    ("rule", "text", "value"),
    [
        ("day_month_year", "3 maart 2016", "2016-03-03"),
        ("day_month_year", "31 februari 2016", None),  # no such day
        ("numeric_date", "03-11-2021", "2021-11-03"),
        ("month_year", "september 2025", "2025-09"),
        ("english_date", "March 3, 2016", "2016-03-03"),
        # English with the day first, as British English and EU papers print it.
        ("english_day_month_year", "3 March 2016", "2016-03-03"),
        ("english_day_month_year", "Friday 25th September 2020", "2020-09-25"),
        ("english_day_month_year", "1st of July, 2019", "2019-07-01"),
        ("english_day_month_year", "31 June 2019", None),  # no such day
        # German and French with the day first in their own words, the German day with its point.
        ("foreign_day_month_year", "14. März 2024", "2024-03-14"),
        ("foreign_day_month_year", "14 mars 2024", "2024-03-14"),
        ("foreign_day_month_year", "1er décembre 2023", "2023-12-01"),
        ("foreign_day_month_year", "3. Oktober 2022", "2022-10-03"),
        ("foreign_day_month_year", "30. Februar 2024", None),  # no such day
        # A date written out: day in words or figures, the year in words, also spoken by its century.
        ("day_month_year_words", "negenentwintig juni negentienhonderdachtenzeventig", "1978-06-29"),
        ("day_month_year_words", "29 juni negentien honderd achtenzeventig", "1978-06-29"),
        ("day_month_year_words", "eenendertig december tweeduizend vierentwintig", "2024-12-31"),
        ("day_month_year_words", "tweeëntwintig mei tweeduizendenvier", "2004-05-22"),
        ("day_month_year_words", "12 maart twintig vierentwintig", "2024-03-12"),
        ("day_month_year_words", "dertig februari tweeduizend vierentwintig", None),  # no such day
        # A deed's ordinal day and a year with its joiner spaced ('de veertiende Mei ... acht en vijftig').
        ("day_month_year_words", "veertiende Mei negentienhonderd acht en vijftig", "1958-05-14"),
        # An older deed declines the ordinal after 'den' ('den tweeëntwintigsten juni', 'den eersten juli').
        ("day_month_year_words", "tweeëntwintigsten juni negentienhonderd vier en vijftig", "1954-06-22"),
        ("day_month_year_words", "eersten juli negentienhonderd vier en vijftig", "1954-07-01"),
        ("day_month_year_words", "eerste juni negentienhonderd zestig", "1960-06-01"),
        ("day_month_year_words", "derde maart negentienhonderd twee en zestig", "1962-03-03"),
        ("day_month_year_words", "achtste april negentienhonderd eenenvijftig", "1951-04-08"),
        ("day_month_year_words", "eenendertigste mei negentienhonderd vijftig", "1950-05-31"),
        ("day_month_year_words", "vierde juli negentienhonderd een en zeventig", "1971-07-04"),  # no quarter
        ("day_month_year_words", "tweeëndertigste mei negentienhonderd vijftig", None),  # no such day
    ],
)
def test_a_match_reads_as_its_date(rule, text, value):
    found = _read(rule, text)
    assert (found.value if found is not None else None) == value


def test_every_rule_but_the_range_and_the_list_is_read_here():
    readers = {rule.name for rule in RULES_BY_NAME.values()
               if rule.interpret is not None and rule.interpret.__module__ == date_readings.__name__}
    assert set(RULES_BY_NAME) - readers == {"range", "date_list"}
