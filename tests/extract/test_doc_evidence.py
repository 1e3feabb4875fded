"""The evidence the document rules read: the salutation line."""

from __future__ import annotations

import pytest

from pipeline.extract.doc_evidence import Evidence, salutation_index
from pipeline.extract.document import evidence
from pipeline.records import CleanPage


def ev(text: str) -> Evidence:
    return evidence((CleanPage.from_text(text),))


@pytest.mark.parametrize(
    ("line", "salutation"),
    [
        ("Geachte heer Van der Steur,", True),
        ("Geachte voorzitter,", True),
        ("Geachte mevrouw Jansen, Hierbij ontvangt u de stukken.", True),
        ("Beste collega's,", True),
        ("Geachte aanwezigen en belangstellenden die vandaag naar deze bijeenkomst zijn gekomen", False),
        ("Het geachte lid Tellegen vroeg,", False),
    ],
)
def test_salutation(line, salutation):
    assert (salutation_index(ev(line)) is not None) is salutation
