"""Token shapes shared by the clean steps: numbers and table cells."""

from __future__ import annotations

import re

_NUMBER = re.compile(r"^[(€$]?[+\-]?\d[\d.,:/%\-]*[)%]?$")


def is_number_token(token: str) -> bool:
    """A number as Dutch text or a table writes it: ``6``, ``950.000``, ``28-01-2016``."""
    return bool(_NUMBER.match(token))


def is_cell(token: str) -> bool:
    """A table cell token: a number or a single character (``6``, ``-``, OCR debris ``|``)."""
    return len(token) == 1 or is_number_token(token)
