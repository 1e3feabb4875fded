"""Providers of trainings: organisation names, provider phrases and their abbreviations.

``find_providers`` marks who gives a training (``het ROR``, ``de Expertise-unit
Sociale Stabiliteit (ESS)``), learning the abbreviations a page introduces.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.training_lexicon import TrainingWords, fold_spaces
from pipeline.extract.training_mentions import PROVIDER, Mention
from pipeline.phrases import alternation
from pipeline.triggers import WORD, Trigger, page_words


def learn_abbreviations(text: str, lex: TrainingWords) -> dict[str, tuple[str, int, int]]:
    """Abbreviations the text defines, 'Expertise-Unit Sociale Stabiliteit (ESS)' -> {'ESS': ...}.

    Each value is (name, start, end).

    The name is found as Schwartz & Hearst (2003) find a long form: the
    letters of the abbreviation, right to left, in the words before the
    bracket, the first letter at the start of a word ('Rijksopleidingsinstituut
    tegengaan Radicalisering (ROR)' takes its O from inside a compound). The
    name must start with a capital; ``start, end`` cover the name and the bracket.
    """
    out = {}
    for m in re.finditer(r"\((?P<abbr>[A-Z][A-Za-z]{1,7})\)", text):
        abbr = m.group("abbr")
        window = list(re.finditer(r"\S+", text[max(0, m.start() - 300) : m.start()]))
        words = window[-min(lex.max_name_words, len(abbr) + 5) :]
        if not words:
            continue
        offset = max(0, m.start() - 300)
        long_start = offset + words[0].start()
        candidate = text[long_start : offset + words[-1].end()]
        found = long_form_start(abbr, candidate)
        if found is None or not candidate[found].isupper():
            continue
        name = fold_spaces(candidate[found:])
        if len(name) > len(abbr):
            out[abbr] = (name, long_start + found, m.end())
    return out


def long_form_start(abbr: str, candidate: str) -> int | None:
    """Where the long form of ``abbr`` starts in ``candidate`` (Schwartz & Hearst), or None."""
    s_idx, l_idx = len(abbr) - 1, len(candidate) - 1
    while s_idx >= 0:
        c = abbr[s_idx].lower()
        if not c.isalnum():
            s_idx -= 1
            continue
        while l_idx >= 0 and (
            candidate[l_idx].lower() != c or (s_idx == 0 and l_idx > 0 and candidate[l_idx - 1].isalnum())
        ):
            l_idx -= 1
        if l_idx < 0:
            return None
        if s_idx == len(abbr) - 1 and any(ch.isspace() for ch in candidate[l_idx:].rstrip()):
            # The last letter must come from the last word: 'lid Tellegen (VVD)' spells nothing.
            return None
        l_idx -= 1
        s_idx -= 1
    return l_idx + 1


_NON_SPACE = re.compile(r"\S+")
_ORG_WORD = r"[A-Z][\w’'-]*[^\W_]"
_ORG_NAME = re.compile(rf"(?<![\w-]){_ORG_WORD}(?:[ \t]+(?:{_ORG_WORD}|(?:voor|van|en)(?=[ \t]+[A-Z])))*")


def find_organisation_names(text: str, lex: TrainingWords) -> list[tuple[int, int, str]]:
    """Capitalised names with an organisation word in them: 'Mulier Instituut', 'Stichting
    Schuldhulp Oost', 'CED-Groep', 'VNG Academie'; (start, end, name).

    An organisation word is a word of ``organisation_heads`` or a compound ending
    in one ('Jeugdinstituut'). A capitalised word that opens the sentence ('De
    VNG Academie', ``name_stopwords``) is not part of the name.
    """
    out = []
    heads = lex.organisation_heads
    for m in _ORG_NAME.finditer(text):
        # Most capitalised runs hold no organisation word at all ('De', 'Utrecht'): one test says so.
        if not any(word.endswith(heads) for word in m.group().lower().split()):
            continue
        words = list(_NON_SPACE.finditer(m.group()))
        while words and words[0].group() in lex.name_stopwords:
            words.pop(0)
        if not words or not any(_is_organisation_word(w.group(), lex) for w in words):
            continue
        start, end = m.start() + words[0].start(), m.start() + words[-1].end()
        out.append((start, end, fold_spaces(text[start:end])))
    return out


# The pattern of ``find_provider_phrases`` and its trigger, built once per lexicon.
_PROVIDER_PHRASES: dict[int, tuple[TrainingWords, re.Pattern[str], Trigger]] = {}


def find_provider_phrases(text: str, lex: TrainingWords) -> list[tuple[int, int, str]]:
    """The capitalised name after 'verzorgd door', 'gevolgd bij (het)': 'gegeven door Partners
    in Preventie' names the provider even without an organisation word; (start, end, name)."""
    cached = _PROVIDER_PHRASES.get(id(lex))
    if cached is None or cached[0] is not lex:
        phrases = alternation(lex.provider_phrases, bare=True)
        articles = "|".join(re.escape(a) for a in lex.provider_articles)
        pattern = re.compile(rf"(?<![\w-])(?:{phrases})\s+(?:(?:{articles})\s+)?", re.IGNORECASE)
        cached = _PROVIDER_PHRASES[id(lex)] = (lex, pattern, Trigger.of(lex.provider_phrases))
    _, pattern, trigger = cached
    if not trigger.fires(text):
        return []
    out = []
    for m in pattern.finditer(text):
        name = _ORG_NAME.match(text, m.end())
        if name is not None and name.group().split()[0] not in lex.name_stopwords:
            out.append((name.start(), name.end(), fold_spaces(name.group())))
    return out


def _is_organisation_word(word: str, lex: TrainingWords) -> bool:
    return word.lower().endswith(lex.organisation_heads)


def find_providers(text: str, lex: TrainingWords) -> list[Mention]:
    """Known organisations by name or abbreviation, and those the text defines."""
    learned = learn_abbreviations(text, lex)
    out = []
    surface: dict[str, str] = {}
    for full, variants in lex.organisations.items():
        surface[full] = full
        for v in variants:
            surface[v] = full
    for abbr, (name, start, end) in learned.items():
        # The document's own definition wins over the built-in meaning of the letters.
        full = surface.get(name, name)
        surface[abbr] = full
        surface.setdefault(name, full)
        out.append(Mention(start, end, PROVIDER, kb_id=full))
    for start, end, name in find_organisation_names(text, lex) + find_provider_phrases(text, lex):
        out.append(Mention(start, end, PROVIDER, kb_id=surface.get(name, name)))
    words = page_words(text).words
    for form in sorted(surface, key=len, reverse=True):
        first, pattern = _form_pattern(form)
        if first is not None and first not in words:
            continue  # its first word is nowhere on the page
        for m in pattern.finditer(text):
            out.append(Mention(m.start(), m.end(), PROVIDER, kb_id=surface[form]))
    return out


@lru_cache(maxsize=4096)
def _form_pattern(form: str) -> tuple[str | None, re.Pattern[str]]:
    """The first word of a provider's name or abbreviation (lower case; None when it starts
    with no letter, see ``may_start``) and its pattern: an abbreviation in its own case,
    a name in any case. Made once per form, not per page."""
    first = WORD.match(form)
    is_abbr = form.isupper() or (len(form) <= 5 and not form.islower())
    flags = 0 if is_abbr else re.IGNORECASE
    pattern = re.compile(rf"(?<![\w-])(?:{alternation([form], bare=True)})(?![\w-])", flags)
    return (first.group().lower() if first is not None else None), pattern
