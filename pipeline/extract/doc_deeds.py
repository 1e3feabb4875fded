"""Deeds handed to the one they grant a right: a decision on one named person's case, a letter whatever its form.

A grafakte (``AKTE VAN UITGIFTE VAN EEN EIGEN GRAF``, ``Akte van verlening van een uitsluitend recht``) is the
decision by which burgemeester en wethouders grant one named person the right to a grave. It prints no address
block, salutation or closing, and an old one its considerans and dictum as an instrument does (``Gezien het verzoek
van den heer ...; VERLENEN aan voornoemden ...``); but it names the one it grants the right and it is handed or sent
to him (``Deze akte wordt uitgereikt aan den rechthebbende``, ``Bewaar deze akte goed. Tegen dit besluit kunt u ...
bezwaar maken``). ANNOTATING.md reads a decision on one named addressee's case as a letter whatever its form
(``tests/layouts/blind34/CONVENTIONS-burial.md``). A certificate that goes with a body, a public notice and a
regulation name no one they grant a right, or are handed to no one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.extract.doc_evidence import Evidence
from pipeline.resource_files import DocumentLettersFile

# A deed is a sheet or two; a report that quotes one is longer.
MAX_DEED_PAGES = 2


@lru_cache(maxsize=1)
def _deed_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_file(DocumentLettersFile)
    return (re.compile(data.granted_to_holder, re.IGNORECASE), re.compile(data.handed_to_holder, re.IGNORECASE))


def rule_brief_deed_to_holder(ev: Evidence) -> bool:
    """A deed that grants one named person a right and is handed or sent to him: a letter (see the module)."""
    if not ev.pages or len(ev.pages) > MAX_DEED_PAGES:
        return False
    granted, handed = _deed_words()
    # The text is read over the lines: a scan breaks the grant where the page did ('verleent aan:' / 'Naam mevrouw').
    text = " ".join(ln.text for ln in ev.lines)
    return granted.search(text) is not None and handed.search(text) is not None
