"""Extract trainings: a spaCy component writing spans to ``doc.spans[SPAN_KEY]``.

The component finds the *parts* a training is described with; each span's
label is the rule that found it, and ``pipeline.normalize.trainings`` combines
the parts of one sentence into ``TrainingFact`` rows:

================================  ==================================================
label                             what
================================  ==================================================
``quoted_title``                  a quoted title next to a training word
                                  (``de training ‘omgaan met radicalisering’``; a
                                  list of titles after one word gives one span each),
                                  or a capitalised name right after one (``de cursus
                                  Motiverende Gespreksvoering``); ``kb_id_`` is the
                                  singular kind of the word (``cursus``)
``training_kind``                 a kind that names a training (``basistraining``,
                                  ``themadag``, ``voorlichting``, ``BOUNCE-training``)
``named_training``                an upper-case name before ``training``
                                  (``BOUNCE training``)
``training_word``                 the bare word ``training``: a training without a name
``training_kind_plural``          plural kinds (``trainingen``, ``workshops``): trainings
                                  in general, not one training
``training_kind_counted``         a number of one kind (``vijf basistrainingen``): a row
                                  for that kind
``duration``                      ``eendaagse``, ``1 daagse``, ``dagdeel``, ``van twee dagen``
``participant_count``             ``ruim 150 professionals``: a count of people with a
                                  trainee noun, in a sentence about training
``audience``                      ``voor docenten``, ``afgestemd op professionals``
                                  (the span covers the audience words)
``provider``                      an organisation that gives trainings; ``kb_id_`` is
                                  the full name, abbreviations expanded (``ROR``), also
                                  those the page defines itself (``Naam (AFK)``)
``table_column``                  a column header of a training table (``1 daagse``,
                                  ``Basistraining``, or a count: ``deelnemers``)
``table_cell``                    ``Almere 6``: a row label up to one numeric cell;
                                  ``kb_id_`` = CBS code of the row's municipality (read
                                  from ``doc.spans["municipalities"]``), ``id_`` = the
                                  column's id (``col@<offset of the header>``)
================================  ==================================================

``pipeline.extract.training_context`` then drops generic words outside a
training context (``voorlichting``, ``opleiding``), job titles (``Hoofd
Training``) and education levels, and adds ``elliptic_count`` spans (``In
2017 waren dat er 132``).

A participant count needs a trainee noun (``professionals``, ``mensen``,
``docenten``, ``boa's``, ``raadsleden``, or a compound of a listed audience:
``buurtsportcoaches``; never ``inwoners`` or ``gemeenten``) and a training nearby: a
training word or verb in its sentence (``getraind``, ``opgeleid``,
``hebben ... gevolgd``, ``deelnemers``), or the sentence opens with an anaphor
(``Daarmee``) after one with a training word (``keep_training_parts``).
Durations, audiences and providers are kept only in sentences about a
training. Where two parts overlap, ``resolve_overlaps`` keeps one. Redaction
debris (the clean stage's ``doc.spans["redactions"]``) is never read as a
number or a title.

The word lists are data files in ``pipeline/resources/trainings/``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.datafiles import Schema, load_json
from pipeline.extract.intervals import Disjoint
from pipeline.nlp import REDACTIONS, doc_text
from pipeline.normalize.numbers import parse_dutch_digits, parse_number_word
from pipeline.textlines import line_spans

SPAN_KEY = "trainings"
MUNICIPALITIES_KEY = "municipalities"

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

# Labels of spans that mention a training itself (not a part of one).
MENTION_LABELS = frozenset({TITLE, KIND, NAMED, WORD, PLURAL, COUNTED})
PART_LABELS = frozenset({DURATION, COUNT, AUDIENCE, PROVIDER})

# --------------------------------------------------------------------------
# Resources


def load_resource(name: str, schema: Schema) -> dict[str, Any]:
    """Load ``resources/trainings/<name>``, checked against ``schema`` (see pipeline.datafiles)."""
    return load_json("trainings", name, schema)


def _str_map(name: str, key: str, mapping: dict, nullable: bool = False) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for word, value in mapping.items():
        if value is None and nullable:
            out[word.lower()] = None
        elif isinstance(value, str) and value.strip():
            out[word.lower()] = value
        else:
            raise ValueError(f"{name}: {key}[{word!r}] must be a non-empty string" + (" or null" if nullable else ""))
    return out


@dataclass(frozen=True)
class TrainingLexicon:
    """The training word lists of ``resources/trainings/``, checked."""

    hypernyms: dict[str, str]
    kinds: dict[str, str]
    compound_heads: dict[str, str]
    title_links: tuple[str, ...]
    title_list_joiners: tuple[str, ...]
    max_title_chars: int
    reference_determiners: tuple[str, ...]
    name_connectors: tuple[str, ...]
    name_stopwords: frozenset[str]
    day_suffix: str
    fixed_durations: dict[str, Decimal | None]
    kind_durations: dict[str, Decimal]
    day_nouns: dict[str, Decimal]
    nouns_needing_preposition: frozenset[str]
    day_noun_prepositions: tuple[str, ...]
    participant_nouns: dict[str, str | None]
    compound_min_stem: int
    audience_phrases: dict[str, str]
    audience_prepositions: tuple[str, ...]
    audience_gap_words: int
    count_modifier_blocklist: frozenset[str]
    training_verbs: tuple[str, ...]
    training_nouns: frozenset[str]
    anaphors: tuple[str, ...]
    qualifiers: dict[str, str]
    not_count_words: frozenset[str]
    collective_suffix: str
    collective_article: str
    collective_qualifier: str
    question_marks: tuple[str, ...]
    organisations: dict[str, tuple[str, ...]]
    max_name_words: int
    organisation_heads: tuple[str, ...]
    provider_phrases: tuple[str, ...]
    provider_articles: tuple[str, ...]


QUALIFIER_VALUES = ("exact", "more_than", "at_least", "at_most", "approx")


@lru_cache(maxsize=1)
def lexicon() -> TrainingLexicon:
    """The training word lists, loaded and checked once per process."""
    kinds = load_resource(
        "kinds.json",
        {
            "hypernyms": dict,
            "kinds": dict,
            "compound_heads": dict,
            "title_links": list,
            "title_list_joiners": list,
            "max_title_chars": int,
            "reference_determiners": list,
            "name_connectors": list,
            "name_stopwords": list,
        },
    )
    durations = load_resource(
        "durations.json",
        {
            "day_suffix": str,
            "fixed": dict,
            "day_nouns": dict,
            "nouns_needing_preposition": list,
            "day_noun_prepositions": list,
            "kind_durations": dict,
        },
    )
    people = load_resource(
        "people.json",
        {
            "participant_nouns": dict,
            "audience_phrases": dict,
            "audience_prepositions": list,
            "audience_gap_words": int,
            "count_modifier_blocklist": list,
            "compound_min_stem": int,
        },
    )
    context = load_resource(
        "context.json",
        {
            "training_verbs": list,
            "training_nouns": list,
            "anaphors": list,
            "qualifiers": dict,
            "not_count_words": list,
            "collective_counts": dict,
            "question_marks": list,
        },
    )
    providers = load_resource(
        "providers.json",
        {
            "organisations": dict,
            "max_name_words": int,
            "organisation_heads": list,
            "provider_phrases": list,
            "provider_articles": list,
        },
    )
    fixed = {}
    for word, value in _str_map("durations.json", "fixed", durations["fixed"], nullable=True).items():
        fixed[word] = Decimal(value) if value is not None else None
    qualifiers = _str_map("context.json", "qualifiers", context["qualifiers"])
    bad = {q for q in qualifiers.values() if q not in QUALIFIER_VALUES}
    if bad:
        raise ValueError(f"context.json: unknown qualifiers {sorted(bad)}")
    collective = _str_map("context.json", "collective_counts", context["collective_counts"])
    if set(collective) != {"suffix", "article", "qualifier"} or collective["qualifier"] not in QUALIFIER_VALUES:
        raise ValueError("context.json: collective_counts needs suffix, article and a known qualifier")
    organisations = {}
    for full, variants in providers["organisations"].items():
        if not isinstance(variants, list) or not all(isinstance(v, str) and v.strip() for v in variants):
            raise ValueError(f"providers.json: organisations[{full!r}] must list non-empty strings")
        organisations[full] = tuple(variants)
    return TrainingLexicon(
        hypernyms=_str_map("kinds.json", "hypernyms", kinds["hypernyms"]),
        kinds=_str_map("kinds.json", "kinds", kinds["kinds"]),
        compound_heads=_str_map("kinds.json", "compound_heads", kinds["compound_heads"]),
        title_links=tuple(w.lower() for w in kinds["title_links"]),
        title_list_joiners=tuple(w.lower() for w in kinds["title_list_joiners"]),
        max_title_chars=kinds["max_title_chars"],
        reference_determiners=tuple(w.lower() for w in kinds["reference_determiners"]),
        name_connectors=tuple(w.lower() for w in kinds["name_connectors"]),
        name_stopwords=frozenset(kinds["name_stopwords"]),
        day_suffix=durations["day_suffix"].lower(),
        fixed_durations=fixed,
        kind_durations={
            k: Decimal(v) for k, v in _str_map("durations.json", "kind_durations", durations["kind_durations"]).items()
        },
        day_nouns={k: Decimal(v) for k, v in _str_map("durations.json", "day_nouns", durations["day_nouns"]).items()},
        nouns_needing_preposition=frozenset(w.lower() for w in durations["nouns_needing_preposition"]),
        day_noun_prepositions=tuple(w.lower() for w in durations["day_noun_prepositions"]),
        participant_nouns=_str_map("people.json", "participant_nouns", people["participant_nouns"], nullable=True),
        compound_min_stem=people["compound_min_stem"],
        audience_phrases=_str_map("people.json", "audience_phrases", people["audience_phrases"]),
        audience_prepositions=tuple(w.lower() for w in people["audience_prepositions"]),
        audience_gap_words=people["audience_gap_words"],
        count_modifier_blocklist=frozenset(w.lower() for w in people["count_modifier_blocklist"]),
        training_verbs=tuple(w.lower() for w in context["training_verbs"]),
        training_nouns=frozenset(w.lower() for w in context["training_nouns"]),
        anaphors=tuple(w.lower() for w in context["anaphors"]),
        qualifiers=qualifiers,
        not_count_words=frozenset(w.lower() for w in context["not_count_words"]),
        collective_suffix=str(collective["suffix"]).lower(),
        collective_article=str(collective["article"]).lower(),
        collective_qualifier=str(collective["qualifier"]),
        question_marks=tuple(context["question_marks"]),
        organisations=organisations,
        max_name_words=providers["max_name_words"],
        organisation_heads=tuple(w.lower() for w in providers["organisation_heads"]),
        provider_phrases=tuple(w.lower() for w in providers["provider_phrases"]),
        provider_articles=tuple(w.lower() for w in providers["provider_articles"]),
    )


# --------------------------------------------------------------------------
# Small shared readers


@dataclass(frozen=True)
class KindInfo:
    """What a training word is: its singular form, whether plural, whether just 'training'."""

    lemma: str
    plural: bool
    hypernym: bool


# The exact-word table of ``kind_of`` per lexicon (keyed by id, the lexicon kept alive).
_EXACT_KINDS: dict[int, tuple[TrainingLexicon, dict[str, KindInfo]]] = {}


def _exact_kinds(lex: TrainingLexicon) -> dict[str, KindInfo]:
    """Every hypernym and kind, singular and plural, to its ``KindInfo``; the first entry in
    the lists' order wins, as when they are scanned in order."""
    cached = _EXACT_KINDS.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    table: dict[str, KindInfo] = {}
    for words, hypernym in ((lex.hypernyms, True), (lex.kinds, False)):
        for singular, plural in words.items():
            table.setdefault(singular, KindInfo(singular, False, hypernym))
            table.setdefault(plural, KindInfo(singular, True, hypernym))
    _EXACT_KINDS[id(lex)] = (lex, table)
    return table


def kind_of(word: str, lex: TrainingLexicon | None = None) -> KindInfo | None:
    """'basistraining' -> a singular kind; 'trainingen' -> the plural hypernym."""
    lex = lex or lexicon()
    # Asked for nearly every word of a page: each distinct word is judged once per lexicon.
    known = _KIND_OF.get(id(lex))
    if known is None or known[0] is not lex:
        known = _KIND_OF[id(lex)] = (lex, {})
    if word not in known[1]:
        if len(known[1]) >= _KIND_OF_SIZE:
            known[1].clear()
        known[1][word] = _kind_of(word, lex)
    return known[1][word]


_KIND_OF: dict[int, tuple[TrainingLexicon, dict[str, KindInfo | None]]] = {}
_KIND_OF_SIZE = 100_000


def _kind_of(word: str, lex: TrainingLexicon) -> KindInfo | None:
    w = word.lower()
    exact = _exact_kinds(lex).get(w)
    if exact is not None:
        return exact
    # Compounds name a kind of their own: 'weerbaarheidstraining', 'BOUNCE-training'.
    for head, plural in lex.compound_heads.items():
        for form, is_plural in ((plural, True), (head, False)):
            if w.endswith(form) and len(w) >= len(form) + 3:
                stem = word[: len(word) - len(form)] if is_plural else word
                return KindInfo(stem + head if is_plural else stem, is_plural, False)
    return None


def is_participant_noun(word: str, lex: TrainingLexicon | None = None) -> bool:
    """'docenten', "boa's", and compounds of a named audience ('buurtsportcoaches')."""
    lex = lex or lexicon()
    return _participant_entry(word.lower().replace("’", "'"), lex) is not None


def participant_audience(word: str, lex: TrainingLexicon | None = None) -> str | None:
    """The audience a trainee noun names: 'docenten' -> 'docenten'; 'mensen' -> None."""
    lex = lex or lexicon()
    entry = _participant_entry(word.lower().replace("’", "'"), lex)
    return entry[1] if entry is not None else None


def _participant_entry(w: str, lex: TrainingLexicon) -> tuple[str, str | None] | None:
    if w in lex.participant_nouns:
        return w, lex.participant_nouns[w]
    # A compound of a named audience names a narrower one: 'jeugdartsen', 'buurtsportcoaches'.
    # Nouns without an audience ('personen') are left out: 'rechtspersonen' are no trainees.
    for noun, audience in lex.participant_nouns.items():
        if (
            audience is not None
            and w.endswith(noun)
            and len(w) - len(noun) >= lex.compound_min_stem
            and _compound_stem(w[: len(w) - len(noun)])
        ):
            return w, w
    return None


def _compound_stem(stem: str) -> bool:
    """The front of a compound: letters, or letters and a hyphen ('jeugd', 'wmo-' in 'Wmo-consulenten')."""
    return stem.isalpha() or (stem.endswith("-") and stem[:-1].isalpha())


def fold_spaces(text: str) -> str:
    return " ".join(text.split())


def phrase_alternation(phrases: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of phrases, longest first, any whitespace between words."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)


def duration_value(text: str, lex: TrainingLexicon | None = None) -> Decimal | None:
    """'eendaagse' -> 1, '1 daagse' -> 1, 'dagdeel' -> 0.5, 'van twee dagen' -> 2; else None."""
    lex = lex or lexicon()
    t = fold_spaces(text.lower()).strip("()")
    if t in lex.fixed_durations:
        return lex.fixed_durations[t]
    if t.endswith(lex.day_suffix):
        stem = t[: -len(lex.day_suffix)].rstrip(" -")
        return _day_count(stem)
    words = t.split()
    if len(words) >= 2 and words[-1] in lex.day_nouns:
        if words[0] in lex.day_noun_prepositions:
            words = words[1:]
        count = _day_count(" ".join(words[:-1]))
        return count * lex.day_nouns[words[-1]] if count is not None else None
    return None


def _day_count(text: str) -> Decimal | None:
    if not text:
        return None
    value = parse_dutch_digits(text) if text[0].isdigit() else parse_number_word(text)
    return value if value is not None and 0 < value <= 30 else None


_NUMBER_STEM = re.compile(
    r"^(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|"
    r"twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend|anderhalf)",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"^\d{1,3}(?:\.\d{3})+$|^\d+$")


def collective_stem(word: str, lex: TrainingLexicon | None = None) -> str | None:
    """'twintigtal' -> 'twintig', 'tiental' -> 'tien': a collective number ('een twintigtal',
    about twenty); None for other words ('totaal', 'tientallen')."""
    lex = lex or lexicon()
    w = word.lower()
    suffix = lex.collective_suffix
    if not w.endswith(suffix) or len(w) <= len(suffix):
        return None
    stem = w[: -len(suffix)]
    return stem if _NUMBER_STEM.match(stem) and parse_number_word(stem) is not None else None


def count_value(token_text: str, lex: TrainingLexicon | None = None) -> int | None:
    """'7.000' -> 7000, '36' -> 36, 'twintig' -> 20, 'twintigtal' -> 20; None for anything else
    ('een' is no count; nor is the vague plural 'tientallen')."""
    lex = lex or lexicon()
    t = token_text.lower()
    if _DIGITS.match(t):
        value = parse_dutch_digits(t)
    elif (stem := collective_stem(t, lex)) is not None:
        value = parse_number_word(stem)
    elif t not in lex.not_count_words and _NUMBER_STEM.match(t):
        value = parse_number_word(t)
    else:
        return None
    if value is None or value != value.to_integral_value() or value < 1:
        return None
    return int(value)


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
    flags = doc.to_array([SENT_START, IDX])
    flags[0, 0] = 1  # the first token starts a sentence
    starts = flags[flags[:, 0] == 1, 1].tolist()
    ends = starts[1:] + [doc[-1].idx + len(doc[-1].text_with_ws)]
    return list(zip(starts, ends, strict=True))


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


def find_training_words(text: str, lex: TrainingLexicon) -> list[Mention]:
    """Kinds, plurals and the bare word 'training'; an upper-case name joins 'training'."""
    out = []
    for m in _WORD.finditer(text):
        info = kind_of(m.group(), lex)
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


def _number_before(text: str, start: int, lex: TrainingLexicon) -> int | None:
    """Start of a number just before a plural kind ('vijf basistrainingen'): so many of one kind."""
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if m is None:
        return None
    value = count_value(m.group(1), lex)
    return m.start(1) if value is not None and value >= 2 else None


_UPPER_NAME = re.compile(r"(?<![\w-])([A-Z][A-Z0-9]{1,})[ \t]+$")


def _upper_name_before(text: str, start: int, lex: TrainingLexicon) -> int | None:
    """Start of an upper-case name just before 'training' (BOUNCE training), not a provider."""
    m = _UPPER_NAME.search(text, max(0, start - 30), start)
    if m is None:
        return None
    abbreviations = {a for variants in lex.organisations.values() for a in variants}
    return None if m.group(1) in abbreviations else m.start(1)


QUOTED = re.compile(
    r"(?<![\w])(?P<open>[‘“\"'«„])(?P<body>[^‘’“”\"«»\n]+(?:\n[^‘’“”\"«»\n]+)?)(?P<close>[’”\"'»“])(?![^\W\d_])"
)


def find_quotes(text: str, lex: TrainingLexicon) -> list[tuple[int, int]]:
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
    text: str, words: list[Mention], quotes: list[tuple[int, int]], lex: TrainingLexicon
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


def _name_pattern(lex: TrainingLexicon) -> re.Pattern[str]:
    connectors = "|".join(re.escape(c) for c in lex.name_connectors)
    cap = r"[A-Z][\w'’-]*[^\W_]"
    # Up to two small words between capitalised ones: 'Werken in de Wijk'.
    small = rf"(?:{connectors})(?:[ \t]+(?:{connectors}))?"
    return re.compile(rf"(?P<name>{cap}(?:[ \t]+(?:{cap}|{small}(?=[ \t]+{cap})))*)(?![\w-])")


def attach_names(
    text: str, words: list[Mention], lex: TrainingLexicon, taken: list[tuple[int, int]]
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


def find_durations(text: str, lex: TrainingLexicon) -> list[Mention]:
    """'eendaagse', '1 daagse', '1-daagse', 'dagdeel', 'halve dag', 'van twee dagen'."""
    out = []
    for m in _DAAGSE.finditer(text):
        if duration_value(m.group(), lex) is not None:
            out.append(Mention(m.start(), m.end(), DURATION))
    fixed = [w for w, v in lex.fixed_durations.items() if v is not None]
    if fixed:
        pattern = r"(?<![\w-])(?:" + phrase_alternation(fixed) + r")(?![\w-])"
        out += [Mention(m.start(), m.end(), DURATION) for m in re.finditer(pattern, text, re.IGNORECASE)]
    # 'van twee dagen' needs its preposition ('twee dagen later' is no length);
    # 'twee dagdelen' does not.
    preps = "|".join(re.escape(p) for p in lex.day_noun_prepositions)
    nouns = "|".join(re.escape(n) for n in lex.day_nouns)
    pattern = rf"(?<![\w-])(?:({preps})\s+)?((?:een\s+)?[\w,]{{1,40}})\s+({nouns})(?![\w-])"
    for m in re.finditer(pattern, text, re.IGNORECASE):
        if m.group(1) is None and m.group(3).lower() in lex.nouns_needing_preposition:
            continue
        if duration_value(m.group(), lex) is not None:
            out.append(Mention(m.start(2), m.end(), DURATION))
    return out


def find_counts(doc: Doc, lex: TrainingLexicon) -> list[Mention]:
    """'ruim 150 professionals', 'meer dan 7.000 mensen': qualifier, number, trainee noun.

    One modifier may stand before the noun ('150 eerstelijns professionals').
    """
    out = []
    text = doc_text(doc)
    redacted = [(s.start_char, s.end_char) for s in doc.spans.get(REDACTIONS, [])]
    qualifiers = sorted(lex.qualifiers, key=len, reverse=True)
    for tok in doc:
        if count_value(tok.text, lex) is None:
            continue
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


def _trainee_noun_after(doc: Doc, i: int, lex: TrainingLexicon):
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


def find_audiences(text: str, lex: TrainingLexicon) -> list[Mention]:
    """'voor docenten', 'specifiek voor medewerkers van Sociale zaken', 'voor een brede groep
    van eerstelijns professionals': the span covers the audience words."""
    phrases = phrase_alternation(list(lex.audience_phrases))
    preps = "|".join(re.escape(p) for p in lex.audience_prepositions)
    gap = rf"(?:[^\W\d_][\w-]*\s+){{0,{lex.audience_gap_words}}}?"
    pattern = rf"(?<![\w-])(?:{preps})\s+{gap}({phrases})(?![\w-])"
    return [Mention(m.start(1), m.end(1), AUDIENCE) for m in re.finditer(pattern, text, re.IGNORECASE)]


def learn_abbreviations(text: str, lex: TrainingLexicon) -> dict[str, tuple[str, int, int]]:
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


_ORG_WORD = r"[A-Z][\w’'-]*[^\W_]"
_ORG_NAME = re.compile(rf"(?<![\w-]){_ORG_WORD}(?:[ \t]+(?:{_ORG_WORD}|(?:voor|van|en)(?=[ \t]+[A-Z])))*")


def find_organisation_names(text: str, lex: TrainingLexicon) -> list[tuple[int, int, str]]:
    """Capitalised names with an organisation word in them: 'Mulier Instituut', 'Stichting
    Schuldhulp Oost', 'CED-Groep', 'VNG Academie'; (start, end, name).

    An organisation word is a word of ``organisation_heads`` or a compound ending
    in one ('Jeugdinstituut'). A capitalised word that opens the sentence ('De
    VNG Academie', ``name_stopwords``) is not part of the name.
    """
    out = []
    for m in _ORG_NAME.finditer(text):
        words = list(re.finditer(r"\S+", m.group()))
        while words and words[0].group() in lex.name_stopwords:
            words.pop(0)
        if not words or not any(_is_organisation_word(w.group(), lex) for w in words):
            continue
        start, end = m.start() + words[0].start(), m.start() + words[-1].end()
        out.append((start, end, fold_spaces(text[start:end])))
    return out


def find_provider_phrases(text: str, lex: TrainingLexicon) -> list[tuple[int, int, str]]:
    """The capitalised name after 'verzorgd door', 'gevolgd bij (het)': 'gegeven door Partners
    in Preventie' names the provider even without an organisation word; (start, end, name)."""
    phrases = phrase_alternation(lex.provider_phrases)
    articles = "|".join(re.escape(a) for a in lex.provider_articles)
    pattern = re.compile(rf"(?<![\w-])(?:{phrases})\s+(?:(?:{articles})\s+)?", re.IGNORECASE)
    out = []
    for m in pattern.finditer(text):
        name = _ORG_NAME.match(text, m.end())
        if name is not None and name.group().split()[0] not in lex.name_stopwords:
            out.append((name.start(), name.end(), fold_spaces(name.group())))
    return out


def _is_organisation_word(word: str, lex: TrainingLexicon) -> bool:
    w = word.lower()
    return any(w.endswith(h) for h in lex.organisation_heads)


def find_providers(text: str, lex: TrainingLexicon) -> list[Mention]:
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
    for form in sorted(surface, key=len, reverse=True):
        is_abbr = form.isupper() or (len(form) <= 5 and not form.islower())
        flags = 0 if is_abbr else re.IGNORECASE
        for m in re.finditer(rf"(?<![\w-])(?:{phrase_alternation([form])})(?![\w-])", text, flags):
            out.append(Mention(m.start(), m.end(), PROVIDER, kb_id=surface[form]))
    return out


# --------------------------------------------------------------------------
# Tables: 'Gemeente 1 daagse 2 daagse' then 'Almere 6 6'


_CELL_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{3})*$")
_LABEL_WORD = re.compile(r"[^\W\d_][\w-]*|['’]s-[\w-]+")


@dataclass(frozen=True)
class TableRules:
    """How training tables look, from ``tables.json``."""

    total_labels: frozenset[str]
    max_header_label_words: int
    max_row_label_words: int
    max_cell_chars: int
    count_columns: frozenset[str]


@lru_cache(maxsize=1)
def table_rules() -> TableRules:
    data = load_resource(
        "tables.json",
        {
            "total_labels": list,
            "max_header_label_words": int,
            "max_row_label_words": int,
            "max_cell_chars": int,
            "count_columns": list,
        },
    )
    return TableRules(
        total_labels=frozenset(fold_spaces(w.lower()) for w in data["total_labels"]),
        max_header_label_words=data["max_header_label_words"],
        max_row_label_words=data["max_row_label_words"],
        max_cell_chars=data["max_cell_chars"],
        count_columns=frozenset(fold_spaces(w.lower()) for w in data["count_columns"]),
    )


def _column_pattern(lex: TrainingLexicon, rules: TableRules | None = None) -> re.Pattern[str]:
    rules = rules or table_rules()
    kinds = [*lex.kinds, *lex.compound_heads]
    alternation = "|".join(re.escape(k) for k in sorted(kinds, key=len, reverse=True))
    fixed = phrase_alternation([w for w, v in lex.fixed_durations.items() if v is not None])
    counts = phrase_alternation(sorted(rules.count_columns))
    return re.compile(
        rf"(?<![\w-])(?:\d+[ \t]?-?[ \t]?daagse|[^\W\d_]+daagse|{fixed}|{counts}|{alternation})"
        r"(?![\w-])",
        re.IGNORECASE,
    )


def is_count_column(header: str) -> bool:
    """'deelnemers', 'Aantal': a column that counts the trainees of one training."""
    return fold_spaces(header.lower()) in table_rules().count_columns


def find_tables(doc: Doc, lex: TrainingLexicon) -> list[Mention]:
    """Column headers and numeric cells of training tables (one header line, rows below).

    The header is a label ('Gemeente') and columns that are durations or kinds
    ('1 daagse', 'Basistraining'), with or without '|' between them. Rows
    follow until a line that is no row (a blank line, prose). A cell is a
    number; debris ('|', 'B', ']') or a redacted cell gives nothing, and so
    does a total row.
    """
    text = doc_text(doc)
    rules = table_rules()
    columns_re = _column_pattern(lex, rules)
    lines = line_spans(text)
    out: list[Mention] = []
    i = 0
    while i < len(lines):
        start, end = lines[i]
        header = header_columns(text[start:end], columns_re, rules)
        if header is None:
            i += 1
            continue
        cols, pipes = header
        col_mentions = [Mention(start + s, start + e, TABLE_COLUMN, span_id=f"col@{start + s}") for s, e in cols]
        cells: list[Mention] = []
        i += 1
        while i < len(lines):
            row = row_cells(text, *lines[i], pipes, rules)
            if row is None:
                break
            label_start, label_end, row_cells_ = row
            i += 1
            if fold_spaces(text[label_start:label_end].lower()) in rules.total_labels:
                continue
            code = _municipality_code(doc, label_start, label_end)
            for column, (c_start, c_end) in zip(col_mentions, row_cells_, strict=False):
                if _CELL_NUMBER.match(text[c_start:c_end]) and not _redacted(doc, c_start, c_end):
                    cells.append(Mention(label_start, c_end, TABLE_CELL, kb_id=code, span_id=column.span_id))
        if cells:
            out += col_mentions + cells
    return out


def header_columns(
    line: str, columns_re: re.Pattern[str], rules: TableRules
) -> tuple[list[tuple[int, int]], bool] | None:
    """The column ranges of a header line and whether '|' separates them; None if no header."""
    words = list(_LABEL_WORD.finditer(line))
    for n in range(1, min(rules.max_header_label_words, len(words)) + 1):
        label = line[words[0].start() : words[n - 1].end()]
        if line[: words[0].start()].strip() or columns_re.search(label):
            return None
        rest_start = words[n - 1].end()
        rest = line[rest_start:]
        cols = [(rest_start + c.start(), rest_start + c.end()) for c in columns_re.finditer(rest)]
        if cols and not columns_re.sub("", rest).strip(" \t|") and _one_kind_of_column(line, cols, n):
            return cols, "|" in rest
    return None


def _one_kind_of_column(line: str, cols: list[tuple[int, int]], label_words: int) -> bool:
    """Columns are all durations or all kinds; a lone column only after a one-word label.

    This keeps prose out: 'Wij boden de eendaagse basistraining' is a sentence, not a header.
    """
    durations = {duration_value(line[s:e]) is not None for s, e in cols}
    return len(durations) == 1 and (len(cols) >= 2 or label_words == 1)


def row_cells(
    text: str, start: int, end: int, pipes: bool, rules: TableRules
) -> tuple[int, int, list[tuple[int, int]]] | None:
    """A table row: (label start, label end, cell ranges); None when the line is no row.

    With '|' between columns the pipes split the cells, so an empty cell keeps
    its place; without them each short token after the label is a cell, and a
    lone '|' is debris standing in a cell.
    """
    line = text[start:end]
    if pipes and "|" in line:
        parts = line.split("|")
        label = _label_range(parts[0], rules)
        if label is None:
            return None
        cells, pos = [], len(parts[0]) + 1
        for part in parts[1:]:
            inner = part.strip()
            offset = start + pos + (part.index(inner) if inner else 0)
            cells.append((offset, offset + len(inner)))
            pos += len(part) + 1
        if any(e - s > rules.max_cell_chars for s, e in cells):
            return None
        return start + label[0], start + label[1], cells
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", line)]
    n_cells = 0
    for s, e in reversed(tokens):
        tok = line[s:e]
        if len(tok) <= 2 or not any(c.isalpha() for c in tok):
            n_cells += 1
        else:
            break
    if n_cells == len(tokens):
        return None
    label = _label_range(line[: tokens[len(tokens) - n_cells - 1][1]], rules)
    cells = tokens[len(tokens) - n_cells :]
    if label is None or any(e - s > rules.max_cell_chars for s, e in cells):
        return None
    return start + label[0], start + label[1], [(start + s, start + e) for s, e in cells]


def _label_range(part: str, rules: TableRules) -> tuple[int, int] | None:
    """The row label in ``part``: a few words ('Den Haag', "'s-Hertogenbosch"), nothing else."""
    words = list(_LABEL_WORD.finditer(part))
    if not words or len(words) > rules.max_row_label_words:
        return None
    leftover = _LABEL_WORD.sub("", part)
    if leftover.strip(" \t()"):
        return None
    return words[0].start(), words[-1].end()


def _municipality_code(doc: Doc, start: int, end: int) -> str:
    for span in doc.spans.get(MUNICIPALITIES_KEY, []):
        if span.start_char < end and start < span.end_char and span.kb_id_:
            return span.kb_id_
    return ""


def _redacted(doc: Doc, start: int, end: int) -> bool:
    return any(s.start_char < end and start < s.end_char for s in doc.spans.get(REDACTIONS, []))


# --------------------------------------------------------------------------
# Which parts belong to trainings, and overlaps


def has_training_context(text: str, lex: TrainingLexicon) -> bool:
    """A training verb ('getraind', 'hebben ... gevolgd') or noun ('deelnemers') in the text."""
    low = text.lower()
    for phrase in lex.training_verbs:
        if re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", low):
            return True
    return any(w in lex.training_nouns for w in re.findall(r"[\w-]+", low))


def starts_with_anaphor(text: str, lex: TrainingLexicon) -> bool:
    """'Daarmee hebben ...', 'In totaal ...': the sentence goes on about the one before."""
    low = fold_spaces(text.lower()).lstrip("-–• ")
    return any(re.match(rf"{re.escape(a)}(?![\w-])", low) for a in lex.anaphors)


def keep_training_parts(
    text: str, units: list[tuple[int, int]], mentions: list[Mention], lex: TrainingLexicon
) -> list[Mention]:
    """Drop parts outside sentences about training; a count needs a training word or verb nearby.

    A count is kept when its unit has a training word or a training verb/noun,
    or when its unit opens with an anaphor ('Daarmee') after a unit with a
    training word. Durations, audiences and providers are kept in units with
    a training word or a kept count ('35 wijkagenten laten trainen door het ROR').
    """
    trained_units = {
        idx for m in mentions if m.label in MENTION_LABELS and (idx := unit_index(units, m.start)) is not None
    }
    kept, counted_units = [], set()
    # Decided once per unit: a long unit with many counts is read once, not once per count.
    in_context: dict[int, bool] = {}
    for m in mentions:
        if m.label != COUNT:
            continue
        idx = unit_index(units, m.start)
        if idx is None:
            continue
        if idx not in in_context:
            unit_text = text[units[idx][0] : units[idx][1]]
            in_context[idx] = (
                idx in trained_units
                or has_training_context(unit_text, lex)
                or (starts_with_anaphor(unit_text, lex) and idx - 1 in trained_units)
            )
        if in_context[idx]:
            kept.append(m)
            counted_units.add(idx)
    for m in mentions:
        if m.label == COUNT:
            continue
        if m.label not in PART_LABELS:
            kept.append(m)
        elif (idx := unit_index(units, m.start)) in trained_units or idx in counted_units:
            kept.append(m)
    return sorted(kept, key=lambda m: (m.start, m.end, m.label))


def is_question(sentence: str, lex: TrainingLexicon) -> bool:
    """'Hoeveel statushouders volgden de taalcursus?': the sentence asks, it reports nothing."""
    return sentence.rstrip().endswith(lex.question_marks)


def drop_questions(
    text: str, sentences: list[tuple[int, int]], mentions: list[Mention], lex: TrainingLexicon
) -> list[Mention]:
    """Drop the parts of a question (Kamervragen ask about a training; the answer names it)."""
    asked = [(s, e) for s, e in sentences if is_question(text[s:e], lex)]
    return [m for m in mentions if not any(s <= m.start < e for s, e in asked)]


# Tables first, then the longer of two overlapping mentions; providers and
# audiences may overlap a count ('ruim 150 professionals' is both).
_PRIORITY = {
    TABLE_COLUMN: 0,
    TABLE_CELL: 0,
    TITLE: 1,
    NAMED: 2,
    COUNT: 3,
    KIND: 4,
    DURATION: 4,
    WORD: 5,
    PLURAL: 5,
    COUNTED: 4,
}


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep one mention where two overlap: table parts, then titles, then the longest."""
    layers: dict[str, list[Mention]] = {"main": [], "provider": [], "audience": []}
    for m in mentions:
        layer = "provider" if m.label == PROVIDER else "audience" if m.label == AUDIENCE else "main"
        layers[layer].append(m)
    kept: list[Mention] = []
    for layer, items in layers.items():
        chosen: list[Mention] = []
        # The chosen mentions other than table cells never overlap: kept sorted, an
        # overlap is found by bisection (a page of thousands of counts stays linear).
        spans = Disjoint()
        cells: list[Mention] = []
        for m in sorted(items, key=lambda m: (_PRIORITY.get(m.label, 9), -(m.end - m.start), m.start)):
            if m.label == TABLE_CELL:
                # A row label is shared by its cells: cells overlap each other on purpose.
                if spans.overlaps(m.start, m.end):
                    continue
                cells.append(m)
            elif spans.overlaps(m.start, m.end) or any(c.start < m.end and m.start < c.end
                                                       for c in cells):
                continue
            else:
                spans.add(m.start, m.end)
            chosen.append(m)
        if layer != "main":
            table = [c for c in kept if c.label in (TABLE_COLUMN, TABLE_CELL)]
            chosen = [m for m in chosen if not any(t.start < m.end and m.start < t.end for t in table)]
        kept += chosen
    return sorted(kept, key=lambda m: (m.start, m.end, m.label))


def find_mentions(doc: Doc, lex: TrainingLexicon | None = None) -> list[Mention]:
    """Every training part on the page, overlaps resolved, parts outside training text dropped."""
    lex = lex or lexicon()
    text = doc_text(doc)
    words = find_training_words(text, lex)
    quotes = [(s, e) for s, e in find_quotes(text, lex) if not _redacted(doc, s, e)]
    titles, used = attach_titles(text, words, quotes, lex)
    words = [w for w in words if w not in used]
    places = [(s.start_char, s.end_char) for s in doc.spans.get(MUNICIPALITIES_KEY, [])]
    names, used = attach_names(text, words, lex, places + [(m.start, m.end) for m in titles])
    titles += names
    words = [w for w in words if w not in used]
    mentions = (
        words
        + titles
        + find_durations(text, lex)
        + find_counts(doc, lex)
        + find_audiences(text, lex)
        + find_providers(text, lex)
        + find_tables(doc, lex)
    )
    mentions = resolve_overlaps(mentions)
    mentions = drop_questions(text, sentence_ranges(doc), mentions, lex)
    # Imported here: training_context builds on this module's readers.
    from pipeline.extract import training_context as generic

    mentions = generic.drop_job_titles(text, generic.drop_education_levels(text, mentions))
    units = segment_units(doc)
    mentions += generic.find_elliptic_counts(text, mentions, paragraphs(text))
    mentions = generic.keep_generic_kinds(text, units, mentions, lex)
    return keep_training_parts(text, units, mentions, lex)


# --------------------------------------------------------------------------
# The component


@Language.factory("kenmerk_trainings")
def make_component(nlp: Language, name: str):
    return TrainingsComponent()


class TrainingsComponent:
    """Writes the training parts of a page to ``doc.spans[SPAN_KEY]``."""

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for m in find_mentions(doc):
            span = doc.char_span(m.start, m.end, label=m.label, kb_id=m.kb_id, alignment_mode="expand")
            if span is None:
                continue
            if m.span_id:
                span.id_ = m.span_id
            spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc
