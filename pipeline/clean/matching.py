"""The matching form of clean text: typographic quotes folded to plain ones, same length.

The clean text keeps ``‘omgaan met radicalisering’`` as printed, because
inspectors compare it with the page. Patterns are easier to write against
``'`` and ``"`` only; ``matching_form`` gives that view, character for
character, so an offset found in it is an offset into the clean text.
The fold table is ``quote_folds`` in ``resources/clean/unicode.json``.
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.clean.resources import unicode_rules


@lru_cache(maxsize=1)
def _folds() -> dict[int, str]:
    return str.maketrans(unicode_rules().quote_folds)


def matching_form(text: str) -> str:
    """``text`` with typographic quotes as ``'``/``"``; ``len`` is unchanged."""
    return text.translate(_folds())
