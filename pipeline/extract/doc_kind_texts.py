"""A kind a document shows by what it says it decides, where no title names it.

A decision on a Woo or Wob request is known by its subject (``Besluit op uw Woo-verzoek``). Some
decisions print none that says so: an old Wob decision whose subject names only the request (or whose
subject a scan misread), a college's decision in the form of a decree (``Het college ...; gelet op
... de Wet open overheid; besluit: ...``). What they say they decide names their kind as well:
``Ik heb besloten aan uw verzoek gedeeltelijk te voldoen`` in a text that names the law. A decision in plain
words (``Wij maken de documenten deels openbaar``) decides only after the text says the addressee asked
(``vraagt u``, ``uw verzoek``): a Kamerbrief or a news item may say who makes documents public. The words are
in ``resources/document/kinds.json`` (``decision_texts``); a text that shows a step on the way
(``verdagen wij de beslissing``, the ``not_texts`` of the kind) decides nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.extract.doc_evidence import Evidence
from pipeline.resource_files import DocumentKindsFile

Patterns = tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class DecisionWords:
    kind: str
    law: re.Pattern[str]
    decides: Patterns
    # Sentences that decide only after the text says the addressee asked (``asked``).
    answers: Patterns
    asked: re.Pattern[str] | None
    not_texts: Patterns


@lru_cache(maxsize=1)
def decision_texts() -> tuple[DecisionWords, ...]:
    """Per kind: the law its text must name, the sentences that decide, and those that show no decision."""
    data = load_file(DocumentKindsFile)
    out = []
    for kind, words in data.decision_texts.items():
        out.append(DecisionWords(
            kind=kind,
            law=re.compile(words["law"], re.IGNORECASE),
            decides=tuple(re.compile(p, re.IGNORECASE) for p in words["decides"]),
            answers=tuple(re.compile(p, re.IGNORECASE) for p in words.get("answers", ())),
            asked=re.compile(words["asked"], re.IGNORECASE) if "asked" in words else None,
            not_texts=tuple(re.compile(p, re.IGNORECASE) for p in data.not_texts.get(kind, ())),
        ))
    return tuple(out)


def decided_kind(ev: Evidence) -> str | None:
    """The kind whose decision the text takes, the law named before it or in it (the request, the subject, the
    grounds); None when it takes none. A law named only after it (a colophon's privacy line) does not count."""
    text = " ".join(ln.text for ln in ev.lines)
    for words in decision_texts():
        found = [m for p in words.decides if (m := p.search(text))]
        if words.asked is not None:
            found += [m for p in words.answers if (m := p.search(text)) and words.asked.search(text[: m.start()])]
        if any(words.law.search(text[: m.end()]) for m in found) and not any(p.search(text) for p in words.not_texts):
            return words.kind
    return None
