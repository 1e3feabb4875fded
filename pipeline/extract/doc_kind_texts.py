"""A kind a document shows by what it says it decides, where no title names it.

A decision on a Woo or Wob request is known by its subject (``Besluit op uw Woo-verzoek``). Some
decisions print none that says so: an old Wob decision whose subject names only the request (or whose
subject a scan misread), a college's decision in the form of a decree (``Het college ...; gelet op
... de Wet open overheid; besluit: ...``). What they say they decide names their kind as well:
``Ik heb besloten aan uw verzoek gedeeltelijk te voldoen`` in a text that names the law. The words are
in ``resources/document/kinds.json`` (``decision_texts``); a text that shows a step on the way
(``verdagen wij de beslissing``, the ``not_texts`` of the kind) decides nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.extract.doc_evidence import Evidence
from pipeline.resource_files import DocumentKindsFile

Patterns = tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def decision_texts() -> tuple[tuple[str, re.Pattern[str], Patterns, Patterns], ...]:
    """Per kind: the law its text must name, the sentences that decide, and those that show no decision."""
    data = load_file(DocumentKindsFile)
    out = []
    for kind, words in data.decision_texts.items():
        law = re.compile(words["law"], re.IGNORECASE)
        decides = tuple(re.compile(p, re.IGNORECASE) for p in words["decides"])
        not_texts = tuple(re.compile(p, re.IGNORECASE) for p in data.not_texts.get(kind, ()))
        out.append((kind, law, decides, not_texts))
    return tuple(out)


def decided_kind(ev: Evidence) -> str | None:
    """The kind whose decision the text takes, the law named before it or in it (the request, the subject, the
    grounds); None when it takes none. A law named only after it (a colophon's privacy line) does not count."""
    text = " ".join(ln.text for ln in ev.lines)
    for kind, law, decides, not_texts in decision_texts():
        # Most texts name no such law: one search of it spares those of the sentences.
        if law.search(text) is None:
            continue
        found = [m for p in decides if (m := p.search(text))]
        if any(law.search(text[: m.end()]) for m in found) and not any(p.search(text) for p in not_texts):
            return kind
    return None
