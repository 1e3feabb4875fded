"""Training mentions: the labels of the parts, the units of text, and the finders.

Each finder returns ``Mention``s over the page text: training words, quoted
titles and names, durations, participant counts and audiences. A unit
(``segment_units``) is a stretch of text whose parts belong together.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc

from pipeline.doctext import doc_text
from pipeline.extract.redactions import REDACTIONS
from pipeline.extract.training_lexicon import (
    TrainingWords,
    collective_stem,
    count_value,
    duration_value,
    fold_spaces,
    is_participant_noun,
    kind_of,
)
from pipeline.phrases import alternation
from pipeline.triggers import Trigger, token_indices

TITLE = "quoted_title"
KIND = "training_kind"
NAMED = "named_training"
WORD = "training_word"
PLURAL = "training_kind_plural"
COUNTED = "training_kind_counted"
DURATION = "duration"
COUNT = "participant_count"
AUDIENCE = "audience"
PROVIDER = "provider"
TABLE_COLUMN = "table_column"
TABLE_CELL = "table_cell"
ELLIPTIC = "elliptic_count"


# --------------------------------------------------------------------------
# Units: the stretches of text whose parts belong together


_UNIT_BREAK = re.compile(r"\n[ \t]*\n|;|•")


def segment_units(doc: Doc) -> list[tuple[int, int]]:
    """Sentences, cut again at blank lines, semicolons and bullets: (start, end) char ranges."""
    text = doc_text(doc)  # Doc.text joins every token on each access: read it once
    sents = sentence_ranges(doc)
    units = []
    for start, end in sents:
        pos = start
        for m in _UNIT_BREAK.finditer(text, start, end):
            if m.start() > pos:
                units.append((pos, m.start()))
            pos = m.end()
        if end > pos:
            units.append((pos, end))
    return [(s, e) for s, e in units if text[s:e].strip()]


def sentence_ranges(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each sentence, in one pass over the tokens.

    ``doc.sents`` and ``Token.is_sent_start`` re-check the whole Doc on every
    call, which makes them quadratic on a long page; the array is read once.
    """
    if len(doc) == 0:
        return []
    # Read once per page: the training finders ask for the sentences several times.
    known = doc.user_data.get(_SENTENCES)
    if known is not None and known[0] == len(doc):
        return known[1]
    flags = doc.to_array([SENT_START, IDX])
    flags[0, 0] = 1  # the first token starts a sentence
    starts = flags[flags[:, 0] == 1, 1].tolist()
    ends = starts[1:] + [doc[-1].idx + len(doc[-1].text_with_ws)]
    ranges = list(zip(starts, ends, strict=True))
    doc.user_data[_SENTENCES] = (len(doc), ranges)
    return ranges


# ``Doc.user_data`` key of the sentence ranges (with the token count they were read at).
_SENTENCES = "kenmerk_sentence_ranges"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Blank-line separated blocks of the text, as (start, end) char ranges."""
    out, pos = [], 0
    for m in re.finditer(r"\n[ \t]*\n", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def unit_index(units: list[tuple[int, int]], start: int) -> int | None:
    """Index of the unit holding character ``start`` (units are sorted), or None."""
    i = bisect_right(units, (start, float("inf"))) - 1
    return i if i >= 0 and units[i][0] <= start < units[i][1] else None


# --------------------------------------------------------------------------
# Finders: each returns Mentions over the text


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    label: str
    kb_id: str = ""
    span_id: str = ""


_WORD = re.compile(r"[^\W\d_][\w-]*[^\W_]|[^\W\d_]")


def find_training_words(text: str, lex: TrainingWords) -> list[Mention]:
    """Kinds, plurals and the bare word 'training'; an upper-case name joins 'training'."""
    out = []
    # Most pages hold no training word: the distinct words are judged first, in one pass,
    # and the pass over the words then looks the few kinds up.
    kinds = {word: info for word in set(_WORD.findall(text)) if (info := kind_of(word, lex)) is not None}
    if not kinds:
        return out
    for m in _WORD.finditer(text):
        info = kinds.get(m.group())
        if info is None:
            continue
        label = PLURAL if info.plural else (WORD if info.hypernym else KIND)
        start = m.start()
        if info.hypernym and not info.plural:
            name = _upper_name_before(text, start, lex)
            if name is not None:
                start, label = name, NAMED
        if info.plural and not info.hypernym:
            number = _number_before(text, start, lex)
            if number is not None:
                start, label = number, COUNTED
        out.append(Mention(start, m.end(), label))
    return out


_WORD_BEFORE = re.compile(r"(?<!\S)(\S+)[ \t]+$")


def _number_before(text: str, start: int, lex: TrainingWords) -> int | None:
    """Start of a number just before a plural kind ('vijf basistrainingen'): so many of one kind."""
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if m is None:
        return None
    value = count_value(m.group(1), lex)
    return m.start(1) if value is not None and value >= 2 else None


_UPPER_NAME = re.compile(r"(?<![\w-])([A-Z][A-Z0-9]{1,})[ \t]+$")


def _upper_name_before(text: str, start: int, lex: TrainingWords) -> int | None:
    """Start of an upper-case name just before 'training' (BOUNCE training), not a provider."""
    m = _UPPER_NAME.search(text, max(0, start - 30), start)
    if m is None:
        return None
    abbreviations = {a for variants in lex.organisations.values() for a in variants}
    return None if m.group(1) in abbreviations else m.start(1)


QUOTED = re.compile(
    r"(?<![\w])(?P<open>[‘“\"'«„])(?P<body>[^‘’“”\"«»\n]+(?:\n[^‘’“”\"«»\n]+)?)(?P<close>[’”\"'»“])(?![^\W\d_])"
)


def find_quotes(text: str, lex: TrainingWords) -> list[tuple[int, int]]:
    """Quoted strings ('‘…’', '“…”', '«…»', straight quotes) that could be a title."""
    out = []
    for m in QUOTED.finditer(text):
        body = m.group("body").strip()
        if len(body) < 2 or len(body) > lex.max_title_chars or not any(c.isalpha() for c in body):
            continue
        out.append((m.start(), m.end()))
    return out


def _gap_is(text: str, words: tuple[str, ...], allow_empty: bool = True) -> bool:
    gap = fold_spaces(text.lower())
    return (allow_empty and gap == "") or gap in words


def attach_titles(
    text: str, words: list[Mention], quotes: list[tuple[int, int]], lex: TrainingWords
) -> tuple[list[Mention], set[Mention]]:
    """Titles next to a training word, after it or before it.

    After it, a list: 'de trainingen ‘A’, ‘B’ en “C”'; before it: '‘A’-training'.

    Returns the title mentions and the training words they belong to (which
    then give no row of their own).
    """
    titles: dict[tuple[int, int], Mention] = {}
    used: set[Mention] = set()
    for word in words:
        chain_end = word.end
        joiners = lex.title_links
        for q_start, q_end in quotes:
            if q_start < chain_end:
                continue
            if not _gap_is(text[chain_end:q_start], joiners):
                break
            titles[(q_start, q_end)] = Mention(q_start, q_end, TITLE, kb_id=_kind_lemma(text, word))
            used.add(word)
            chain_end, joiners = q_end, lex.title_list_joiners
        for q_start, q_end in quotes:
            if q_end <= word.start and text[q_end : word.start] in ("", " ", "-"):
                titles[(q_start, q_end)] = Mention(q_start, q_end, TITLE, kb_id=_kind_lemma(text, word))
                used.add(word)
    return list(titles.values()), used


def _kind_lemma(text: str, word: Mention) -> str:
    """The singular kind a title's training word names ('basiscursus'), kept as the title's kb_id
    so that a later 'de cursus' can be read as a reference to it."""
    info = kind_of(text[word.start : word.end].split()[-1])
    return info.lemma.lower() if info is not None else ""


def _name_pattern(lex: TrainingWords) -> re.Pattern[str]:
    connectors = "|".join(re.escape(c) for c in lex.name_connectors)
    cap = r"[A-Z][\w'’-]*[^\W_]"
    # Up to two small words between capitalised ones: 'Werken in de Wijk'.
    small = rf"(?:{connectors})(?:[ \t]+(?:{connectors}))?"
    return re.compile(rf"(?P<name>{cap}(?:[ \t]+(?:{cap}|{small}(?=[ \t]+{cap})))*)(?![\w-])")


def attach_names(
    text: str, words: list[Mention], lex: TrainingWords, taken: list[tuple[int, int]]
) -> tuple[list[Mention], set[Mention]]:
    """A capitalised name right after a kind: 'de tweedaagse cursus Motiverende Gespreksvoering'.

    The name is the training's title, as a quoted one is. Not a name: a word
    that opens a clause or is a month ('cursus In 2019', ``name_stopwords``),
    a known organisation ('training ROR'), anything in ``taken`` (a
    municipality), and a name on the line after a kind that opens its line
    (a heading 'Cursus' above a paragraph).
    """
    pattern = _name_pattern(lex)
    organisations = {v for full, vs in lex.organisations.items() for v in (full, *vs)}
    out: list[Mention] = []
    used: set[Mention] = set()
    for word in words:
        if word.label not in (KIND, WORD):
            continue
        gap = re.compile(r"[ \t]*\n?[ \t]*").match(text, word.end)
        if gap is None or gap.end() == word.end:
            continue
        if "\n" in gap.group() and not text[text.rfind("\n", 0, word.start) + 1 : word.start].strip():
            continue
        m = pattern.match(text, gap.end())
        if m is None or m.group("name") is None:
            continue
        name = m.group("name")
        first = name.split()[0]
        if first in lex.name_stopwords or name in organisations or first in organisations:
            continue
        start, end = m.start("name"), m.end("name")
        if any(s < end and start < e for s, e in taken):
            continue
        out.append(Mention(start, end, TITLE, kb_id=_kind_lemma(text, word)))
        used.add(word)
    return out, used


_DAAGSE = re.compile(r"(?<![\w-])(?:\d+[ \t]?-?[ \t]?|[^\W\d_]+)daagse(?![\w-])", re.IGNORECASE)
# Every '…daagse' match ends a word in 'daagse' ('1 daagse' has the word itself).
_DAAGSE_TRIGGER = Trigger.of(["daagse"], endings=["daagse"])


@dataclass(frozen=True)
class DurationRules:
    """The duration patterns of a lexicon, each with what its matches start with."""

    fixed: re.Pattern[str] | None
    fixed_trigger: Trigger
    day_nouns: re.Pattern[str]
    day_noun_trigger: Trigger


_DURATION_RULES: dict[int, tuple[TrainingWords, DurationRules]] = {}


def duration_rules(lex: TrainingWords) -> DurationRules:
    """The patterns of ``find_durations``, built once per lexicon."""
    cached = _DURATION_RULES.get(id(lex))
    if cached is None or cached[0] is not lex:
        fixed = [w for w, v in lex.fixed_durations.items() if v is not None]
        # 'van twee dagen' needs its preposition ('twee dagen later' is no length);
        # 'twee dagdelen' does not.
        preps = "|".join(re.escape(p) for p in lex.day_noun_prepositions)
        nouns = "|".join(re.escape(n) for n in lex.day_nouns)
        rules = DurationRules(
            fixed=re.compile(r"(?<![\w-])(?:" + alternation(fixed, bare=True) + r")(?![\w-])",
                             re.IGNORECASE) if fixed else None,
            fixed_trigger=Trigger.of(fixed),
            day_nouns=re.compile(
                rf"(?<![\w-])(?:({preps})\s+)?((?:een\s+)?[\w,]{{1,40}})\s+({nouns})(?![\w-])",
                re.IGNORECASE),
            # The noun follows white space: it starts a word.
            day_noun_trigger=Trigger.of(lex.day_nouns),
        )
        cached = _DURATION_RULES[id(lex)] = (lex, rules)
    return cached[1]


def find_durations(text: str, lex: TrainingWords) -> list[Mention]:
    """'eendaagse', '1 daagse', '1-daagse', 'dagdeel', 'halve dag', 'van twee dagen'.

    Each pattern runs only on a page where its trigger fires.
    """
    out = []
    rules = duration_rules(lex)
    if _DAAGSE_TRIGGER.fires(text):
        for m in _DAAGSE.finditer(text):
            if duration_value(m.group(), lex) is not None:
                out.append(Mention(m.start(), m.end(), DURATION))
    if rules.fixed is not None and rules.fixed_trigger.fires(text):
        out += [Mention(m.start(), m.end(), DURATION) for m in rules.fixed.finditer(text)]
    if rules.day_noun_trigger.fires(text):
        for m in rules.day_nouns.finditer(text):
            if m.group(1) is None and m.group(3).lower() in lex.nouns_needing_preposition:
                continue
            if duration_value(m.group(), lex) is not None:
                out.append(Mention(m.start(2), m.end(), DURATION))
    return out


def find_counts(doc: Doc, lex: TrainingWords) -> list[Mention]:
    """'ruim 150 professionals', 'meer dan 7.000 mensen': qualifier, number, trainee noun.

    One modifier may stand before the noun ('150 eerstelijns professionals').
    """
    out = []
    text = doc_text(doc)
    redacted = [(s.start_char, s.end_char) for s in doc.spans.get(REDACTIONS, [])]
    qualifiers = sorted(lex.qualifiers, key=len, reverse=True)
    known = _COUNT_TOKENS.get(id(lex))
    if known is None or known[0] is not lex:
        known = _COUNT_TOKENS[id(lex)] = (lex, {})
    for tok in (doc[i] for i in token_indices(doc, lambda t: count_value(t, lex) is not None, known[1])):
        if any(s < tok.idx + len(tok.text) and tok.idx < e for s, e in redacted):
            continue
        noun = _trainee_noun_after(doc, tok.i, lex)
        if noun is None:
            continue
        start = tok.idx
        before = text[max(0, tok.idx - 30) : tok.idx].lower()
        if collective_stem(tok.text, lex) is not None:
            # 'een twintigtal': the article belongs to the count, which is approximate by itself.
            article = re.search(rf"(?<![\w]){re.escape(lex.collective_article)}\s+$", before)
            if article is not None:
                start = tok.idx - len(before) + article.start()
            out.append(Mention(start, noun.idx + len(noun.text), COUNT))
            continue
        for q in qualifiers:
            if re.search(rf"(?<![\w]){re.escape(q)}\s+$", before):
                start = tok.idx - len(before) + re.search(rf"(?<![\w]){re.escape(q)}\s+$", before).start()
                break
        out.append(Mention(start, noun.idx + len(noun.text), COUNT))
    return out


# Which token texts are counts, per lexicon, by the text's hash (``token_indices``).
_COUNT_TOKENS: dict[int, tuple[TrainingWords, dict[int, bool]]] = {}


def _trainee_noun_after(doc: Doc, i: int, lex: TrainingWords):
    """The trainee noun right after the number, or after one modifier word.

    A curly apostrophe plural is two tokens ('boa' '’s'): the noun ends at the second.
    """
    for j in (i + 1, i + 2):
        if j >= len(doc):
            return None
        tok = doc[j]
        if (
            j + 1 < len(doc)
            and doc[j + 1].text in ("’s", "'s")
            and not tok.whitespace_
            and is_participant_noun(tok.text + doc[j + 1].text, lex)
        ):
            return doc[j + 1]
        if is_participant_noun(tok.text, lex):
            return tok
        if j == i + 1 and tok.is_alpha and tok.lower_ not in lex.count_modifier_blocklist and not tok.is_space:
            continue
        return None
    return None


_AUDIENCE_RULES: dict[int, tuple[TrainingWords, re.Pattern[str], Trigger, Trigger]] = {}


def find_audiences(text: str, lex: TrainingWords) -> list[Mention]:
    """'voor docenten', 'specifiek voor medewerkers van Sociale zaken', 'voor een brede groep
    van eerstelijns professionals': the span covers the audience words.

    Only on a page with one of the prepositions and one of the audience words.
    """
    cached = _AUDIENCE_RULES.get(id(lex))
    if cached is None or cached[0] is not lex:
        phrases = alternation(list(lex.audience_phrases), bare=True)
        preps = "|".join(re.escape(p) for p in lex.audience_prepositions)
        gap = rf"(?:[^\W\d_][\w-]*\s+){{0,{lex.audience_gap_words}}}?"
        pattern = re.compile(rf"(?<![\w-])(?:{preps})\s+{gap}({phrases})(?![\w-])", re.IGNORECASE)
        cached = _AUDIENCE_RULES[id(lex)] = (
            lex, pattern, Trigger.of(lex.audience_prepositions), Trigger.of(lex.audience_phrases))
    _, pattern, prepositions, audiences = cached
    if not (prepositions.fires(text) and audiences.fires(text)):
        return []
    return [Mention(m.start(1), m.end(1), AUDIENCE) for m in pattern.finditer(text)]
