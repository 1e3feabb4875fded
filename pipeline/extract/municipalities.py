"""Extract municipalities: a spaCy component writing spans to ``doc.spans[SPAN_KEY]``.

Span contract (read by the amounts and trainings extractors):
``doc.spans["municipalities"]`` (``SPAN_KEY``) holds one span per mention of a
Dutch municipality, in text order, never overlapping; ``span.kb_id_`` is the
CBS code (``GM0518``) of the municipality the name means today (the
normalizer re-reads it at the document's date), and ``span.label_`` is the
rule that made the mention count:

- ``address_block``: the name follows a Dutch postcode (``2500 EH DEN HAAG``);
- ``mede_namens_list``: the name is in a ``mede namens (de gemeenten): A, B en C`` list;
- ``gemeente_prefix``: ``gemeente X``, or in a list headed by ``gemeenten``,
  also after a marker (``23 gemeenten, waaronder Huizen en Best``,
  ``gemeenten als Putten``; ``gemeente_list_markers``);
- ``name_before_amount``: a name that is also a Dutch word, counted because an
  amount in brackets follows (``Huizen (€ 157.000)``) or the rest of its
  table row is an amount (``Huizen    € 157.000``);
- ``gemeente_column``: such a name filling the first cell of a table row
  under a ``Gemeente`` header (``Gemeente<TAB>Deelnemers`` / ``Delft<TAB>40``);
- ``name_before_verb``: such a name as the subject of a verb only a body
  does (``Putten ontvangt``, ``Best vraagt``; ``municipality_verbs``);
- ``enumeration``: such a name in a list with other municipalities;
- ``capitalised_name``: such a name written with a capital inside a sentence;
- ``gazetteer_name`` / ``gazetteer_alias``: any other mention of the official
  name or of an alias (``Den Haag``, ``Den Bosch``, ``Sudwest Fryslan``).

How it finds them: a PhraseMatcher on lower-case tokens over every name and
alias in the gazetteer (with their accent-, apostrophe- and hyphen-variants),
a token Matcher that lets a multi-word name break over a line (``Den\nHaag``),
and a second PhraseMatcher over provinces, regions and their adjectives
(``resources/gazetteer/regions.json``). ``resolve_overlaps`` keeps the longest
match (a municipality beats a region of the same length: bare ``Utrecht`` is
the city). Then each candidate passes named rules, each a function below:

- ``in_province_context``: ``provincie Utrecht``, ``regio Utrecht``,
  ``Provinciale Staten van Groningen`` name the province or region, not the
  municipality (also for every name of a list the word heads);
- ``in_organisation_context``: ``Universiteit Utrecht``, ``Rechtbank Den
  Haag``, ``Hogeschool van Amsterdam`` name an organisation; ``Gemeente
  Amsterdam`` is the municipality itself and counts;
- ``is_person``: a name is a surname after initials, a title or a common
  first name (``in_person_context``: ``mr. G.A. Van der Steur``, ``minister
  Van Boxtel``, ``de heer Weert``, ``Jan Peter van Weert``, ``VVD-Kamerlid
  Putten``; an office title only right before the name: ``wethouder Kampen``
  is a person, ``burgemeester van Kampen`` and the signature line
  ``Burgemeester Almere`` are not), in a list after a plural title
  (``in_person_list``: ``de leden Bromet en Westerveld``), or before a party
  in brackets (``party_follows``: ``Westerveld (GroenLinks)``; ``(beiden
  CDA)`` after a list makes every name in it a person);
- ``ordinary_word_counts``: names that are also Dutch words (``Best``,
  ``Huizen``, ``Putten``, ``Goes``; the list is ``ordinary_word_names`` in
  ``context.json``) count only with a capital and evidence: after
  ``gemeente``, after a postcode, before a bracketed amount, in a table row
  with an amount, before a verb only a body does, in a list with another
  municipality, or capitalised inside a sentence (not at its start);
  lower-case ``huizen`` or ``best`` never counts.

spaCy's Dutch tokenizer keeps ``best.`` (an abbreviation) as one token, which
hid ``Best`` at the end of a sentence; the component splits the capitalised
forms of such names from their full stop (``split_names_from_full_stops``).

Decision on names inside other words: adjectives and compounds
(``Amsterdamseweg``, ``Rotterdamse haven``, ``Flevolandse gemeenten``,
``Almere-Haven``) are NOT mentions of the municipality: they name a street, a
port, a province's municipalities or a district, not the municipality as an
actor, so linking money to them would be wrong. The tokenizer keeps them as
one token, so the matcher never sees the bare name in them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.attrs import IS_SPACE, LOWER
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from pipeline.datafiles import Schema, WordMap, load_json
from pipeline.gazetteer import Municipality, gazetteer, name_key
from pipeline.nlp import doc_text as read_doc_text
from pipeline.nlp import overlaps_redaction

SPAN_KEY = "municipalities"

# --------------------------------------------------------------------------
# Resources


def load_resource(name: str, schema: Schema) -> dict[str, Any]:
    """Load ``resources/gazetteer/<name>``, checked against ``schema`` (see pipeline.datafiles)."""
    return load_json("gazetteer", name, schema)


def _lower_set(words: list[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def party_key(text: str) -> str:
    """A party name as compared: lower case, no spaces or hyphens (``GroenLinks-PvdA``)."""
    return re.sub(r"[\s\-‐–]+", "", text.lower())


def _phrases(words: list[str]) -> tuple[tuple[str, ...], ...]:
    """Multi-word markers as lower-case token tuples, longest first."""
    return tuple(sorted((tuple(w.lower().split()) for w in words), key=len, reverse=True))


@dataclass(frozen=True)
class MunicipalityLexicon:
    """The word lists of ``context.json`` and ``regions.json``."""

    ordinary_word_keys: frozenset[str]
    gemeente_words: frozenset[str]
    gemeente_list_markers: tuple[tuple[str, ...], ...]
    province_words: frozenset[str]
    organisation_words: frozenset[str]
    organisation_words_after: frozenset[str]
    member_region_words: frozenset[str]
    person_titles: frozenset[str]
    office_titles: frozenset[str]
    person_list_titles: frozenset[str]
    party_keys: frozenset[str]
    party_quantifiers: frozenset[str]
    first_names: frozenset[str]
    name_particles: frozenset[str]
    list_joiners: frozenset[str]
    list_skip_before: frozenset[str]
    money_words: frozenset[str]
    municipality_verbs: frozenset[str]
    co_applicant_markers: tuple[tuple[str, ...], ...]
    region_names: tuple[str, ...]
    province_abbreviations: dict[str, str]


CONTEXT_SCHEMA = {
    "ordinary_word_names": list,
    "gemeente_words": list,
    "gemeente_list_markers": list,
    "province_words": list,
    "organisation_words": list,
    "organisation_words_after": list,
    "member_region_words": list,
    "person_titles": list,
    "office_titles": list,
    "person_list_titles": list,
    "parties": list,
    "party_quantifiers": list,
    "first_names": list,
    "name_particles": list,
    "list_joiners": list,
    "list_skip_before": list,
    "money_words": list,
    "municipality_verbs": list,
    "co_applicant_markers": list,
}
REGIONS_SCHEMA = {
    "provinces": list,
    "regions": list,
    "adjectives": list,
    "province_abbreviations": WordMap,
}


@lru_cache(maxsize=1)
def lexicon() -> MunicipalityLexicon:
    ctx = load_resource("context.json", CONTEXT_SCHEMA)
    regions = load_resource("regions.json", REGIONS_SCHEMA)
    gaz = gazetteer()
    unknown = [w for w in ctx["ordinary_word_names"] if not gaz.candidates(w)]
    if unknown:
        raise ValueError(f"context.json: ordinary_word_names not in the gazetteer: {unknown}")
    provinces = set(regions["provinces"])
    bad = {
        k: v
        for k, v in regions["province_abbreviations"].items()
        if v not in provinces or k != k.lower()
    }
    if bad:
        raise ValueError(
            f"regions.json: province_abbreviations must map lower-case keys to provinces: {bad}"
        )
    particles = frozenset(p for phrase in ctx["name_particles"] for p in phrase.lower().split())
    return MunicipalityLexicon(
        ordinary_word_keys=frozenset(name_key(w) for w in ctx["ordinary_word_names"]),
        gemeente_words=_lower_set(ctx["gemeente_words"]),
        gemeente_list_markers=_phrases(ctx["gemeente_list_markers"]),
        province_words=_lower_set(ctx["province_words"]),
        organisation_words=_lower_set(ctx["organisation_words"]),
        organisation_words_after=_lower_set(ctx["organisation_words_after"]),
        member_region_words=_lower_set(ctx["member_region_words"]),
        person_titles=_lower_set(ctx["person_titles"]),
        office_titles=_lower_set(ctx["office_titles"]),
        person_list_titles=_lower_set(ctx["person_list_titles"]),
        party_keys=frozenset(party_key(p) for p in ctx["parties"]),
        party_quantifiers=_lower_set(ctx["party_quantifiers"]),
        first_names=frozenset(ctx["first_names"]),
        name_particles=particles,
        list_joiners=_lower_set(ctx["list_joiners"]),
        list_skip_before=_lower_set(ctx["list_skip_before"]),
        money_words=_lower_set(ctx["money_words"]),
        municipality_verbs=_lower_set(ctx["municipality_verbs"]),
        co_applicant_markers=_phrases(ctx["co_applicant_markers"]),
        region_names=tuple(regions["provinces"] + regions["regions"] + regions["adjectives"]),
        province_abbreviations=dict(regions["province_abbreviations"]),
    )


# --------------------------------------------------------------------------
# Candidates


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def surface_variants(text: str) -> set[str]:
    """The spellings of one name the matcher looks for (case is handled by LOWER)."""
    forms = {text, strip_accents(text)}
    forms |= {f.replace("-", " ") for f in forms} | {f.replace(" ", "-") for f in forms}
    forms |= {f.replace(" aan den ", " aan de ") for f in forms}
    for quote in ("’", "‘"):
        forms |= {f.replace("'", quote) for f in forms if "'" in f}
    return forms


def wrapped_pattern(form: Doc) -> list[dict[str, Any]]:
    """A Matcher pattern for a multi-word name: whitespace tokens may stand between its words."""
    pattern: list[dict[str, Any]] = []
    for tok in form:
        pattern.append({"LOWER": tok.lower_})
        if tok.whitespace_:
            pattern.append({"IS_SPACE": True, "OP": "?"})
    return pattern


def split_names_from_full_stops(nlp: Language, forms: list[str]) -> list[str]:
    """Let a capitalised name end a sentence: ``Best.`` is ``Best`` + ``.``.

    spaCy's Dutch abbreviations keep ``best.`` (``bestuur``) as one token with
    its full stop, so ``waaronder Huizen en Best.`` never showed the name to
    the matcher. The capitalised forms of such names are split (the tokenizer
    exception stays for lower case); returns the forms changed.
    """
    names = {f for f in forms if " " not in f}
    names |= {f.upper() for f in names}
    changed = [
        key
        for key in list(nlp.tokenizer.rules)
        if key.endswith(".") and key[:1].isupper() and key[:-1] in names
    ]
    for key in changed:
        nlp.tokenizer.add_special_case(key, [{"ORTH": key[:-1]}, {"ORTH": "."}])
    return changed


# A slash between two words, the second capitalised: 'Lelystad/Dronten', 'Noordoostpolder/Urk'.
_NAME_SLASH = r"(?<=[^\W\d_])/(?=[A-Z])"


def split_names_at_slashes(nlp: Language) -> bool:
    """Let ``Lelystad/Dronten`` be two names: a slash between words, the second capitalised, splits.

    spaCy's Dutch infixes keep ``Lelystad/Dronten`` as one token, which hid
    both names from the matcher. Digits (``2016/2017``) and lower case
    (``en/of``) stay as they are. Returns whether the tokenizer changed.
    """
    finditer = nlp.tokenizer.infix_finditer
    pattern = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if pattern is None or _NAME_SLASH in pattern:
        return False
    nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{_NAME_SLASH}").finditer
    return True


@dataclass(frozen=True)
class Candidate:
    """A matched name (token range) before the context rules; ``municipality`` None = region."""

    start: int
    end: int
    municipality: Municipality | None
    official: bool = True

    @property
    def is_region(self) -> bool:
        return self.municipality is None


def resolve_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Longest match wins; on equal length a municipality beats a region; result in text order."""
    ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), c.is_region, c.start))
    taken: set[int] = set()
    kept = []
    for cand in ranked:
        tokens = set(range(cand.start, cand.end))
        if tokens & taken:
            continue
        taken |= tokens
        kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


# --------------------------------------------------------------------------
# Context helpers

_INITIALS = re.compile(r"^(?:[A-Z][a-z]?\.){1,5}$")
_POSTCODE_DIGITS = re.compile(r"^[1-9]\d{3}$")
_POSTCODE_LETTERS = re.compile(r"^[A-Z]{2}$")
_POSTCODE_JOINED = re.compile(r"^[1-9]\d{3}[A-Z]{2}$")
_LIST_NUMBER = re.compile(r"^(?:\d{1,2}[.)]?|[a-z][.)]|[•\-–*·])$")
_SENTENCE_BREAK = frozenset(".!?:;•–-*·\"'‘’“”«»(")


def prev_index(doc: Doc, i: int) -> int | None:
    """Index of the nearest non-space token before token ``i``."""
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return j if j >= 0 else None


def next_index(doc: Doc, i: int) -> int | None:
    """Index of the nearest non-space token at or after token ``i``."""
    j = i
    while j < len(doc) and doc[j].is_space:
        j += 1
    return j if j < len(doc) else None


def words_before(doc: Doc, i: int, n: int) -> list[str]:
    """Up to ``n`` lower-case non-space tokens before token ``i``, nearest first."""
    out = []
    j = prev_index(doc, i)
    while j is not None and len(out) < n:
        out.append(doc[j].lower_)
        j = prev_index(doc, j)
    return out


def ends_with_phrase(words_nearest_first: list[str], phrase: tuple[str, ...]) -> bool:
    return tuple(reversed(words_nearest_first[: len(phrase)])) == phrase


def starts_line(doc: Doc, i: int) -> bool:
    """Token ``i`` is the first word of its line (or of the text)."""
    # Walks back over space tokens only: Doc.text would rebuild the whole text.
    j = i - 1
    while j >= 0 and doc[j].is_space:
        if "\n" in doc[j].text:
            return True
        j -= 1
    return j < 0 or "\n" in doc[j].whitespace_


def is_sentence_initial(doc: Doc, i: int) -> bool:
    """A capital at token ``i`` is no evidence: it starts a sentence, line or list item."""
    if doc[i].is_sent_start or starts_line(doc, i):
        return True
    j = prev_index(doc, i)
    if j is None:
        return True
    prev = doc[j].text
    return prev in _SENTENCE_BREAK or bool(_LIST_NUMBER.match(prev)) and starts_line(doc, j)


def gap_is_list_joiner(doc: Doc, end: int, start: int, lex: MunicipalityLexicon) -> bool:
    """Tokens [end, start) only join two list items.

    Joiners are ``,``/``en``/``of``, a bracketed amount and a list number.
    """
    if start <= end:
        return False
    saw_joiner = False
    i = end
    while i < start:
        tok = doc[i]
        if tok.text == "(":
            close = next((k for k in range(i + 1, min(start, i + 12)) if doc[k].text == ")"), None)
            if close is None:
                return False
            i = close + 1
            continue
        if tok.lower_ in lex.list_joiners:
            saw_joiner = True
        elif tok.is_space:
            saw_joiner = saw_joiner or "\n" in tok.text
        elif _LIST_NUMBER.match(tok.text) and starts_line(doc, i):
            saw_joiner = True
        else:
            return False
        if "\n" in tok.whitespace_:
            saw_joiner = True
        i += 1
    return saw_joiner


def group_enumerations(
    doc: Doc, cands: list[Candidate], lex: MunicipalityLexicon
) -> list[list[Candidate]]:
    """Split candidates (text order) into lists: neighbours joined by list joiners share one."""
    groups: list[list[Candidate]] = []
    for cand in cands:
        if groups and gap_is_list_joiner(doc, groups[-1][-1].end, cand.start, lex):
            groups[-1].append(cand)
        else:
            groups.append([cand])
    return groups


@dataclass(frozen=True)
class ListHead:
    """What stands before a list of names: ``mede namens de gemeenten:``, ``provincie``, ..."""

    gemeente: bool = False
    province: bool = False
    co_applicant: bool = False
    # 'regio Lelystad en Dronten': a region word heading a list of municipalities.
    member_region: bool = False


def skip_list_marker(words: list[str], lex: MunicipalityLexicon) -> list[str]:
    """``gemeenten, waaronder``, ``gemeenten als``: drop the marker when a head word precedes it.

    ``words`` are nearest first. After such a marker every name of the list is
    read as after the head word itself: municipalities after ``gemeenten``
    (``23 gemeenten, waaronder Huizen en Best``; ``kleine gemeenten als Putten
    en Goes``), provinces after ``provincies`` (``provincies als Utrecht``).
    """
    for marker in lex.gemeente_list_markers:
        if ends_with_phrase(words, marker):
            rest = words[len(marker) :]
            while rest and rest[0] == ",":
                rest = rest[1:]
            if rest and (rest[0] in lex.gemeente_words or rest[0] in lex.province_words):
                return rest
    return words


def list_head(doc: Doc, start: int, lex: MunicipalityLexicon) -> ListHead:
    """Read the words before token ``start`` (the first name of a list)."""
    words = words_before(doc, start, 8)
    while words and words[0] in lex.list_skip_before:
        words.pop(0)
    words = skip_list_marker(words, lex)
    gemeente = bool(words) and words[0] in lex.gemeente_words
    province = bool(words) and (
        words[0] in lex.province_words
        or words[0] == "van"
        and len(words) > 1
        and words[1] in lex.province_words
    )
    rest = words[1:] if gemeente else words
    while rest and rest[0] in lex.list_skip_before:
        rest.pop(0)
    co_applicant = any(ends_with_phrase(rest, marker) for marker in lex.co_applicant_markers)
    member_region = province and bool(words) and words[0] in lex.member_region_words
    return ListHead(
        gemeente=gemeente, province=province, co_applicant=co_applicant, member_region=member_region
    )


# --------------------------------------------------------------------------
# Rules: each says whether a candidate is (not) a municipality here


def members_of_region(group: list[Candidate], head: ListHead) -> bool:
    """``regio Lelystad en Dronten``: two or more municipalities after ``regio`` make up the region.

    They are mentioned each; a single name after ``regio`` (``regio Utrecht``)
    names the region, and so does every name after ``provincie``.
    """
    return head.member_region and len(group) >= 2


def in_province_context(doc: Doc, group_start: int, lex: MunicipalityLexicon) -> bool:
    """``provincie Utrecht``, ``regio Groningen``, ``Gedeputeerde Staten van Utrecht``."""
    return list_head(doc, group_start, lex).province


def is_organisation_word(word: str, lex: MunicipalityLexicon) -> bool:
    """``rechtbank``, and compounds ending in a long organisation word (``rijksuniversiteit``)."""
    return word in lex.organisation_words or any(
        len(org) >= 6 and word.endswith(org) for org in lex.organisation_words
    )


def in_organisation_context(doc: Doc, start: int, lex: MunicipalityLexicon) -> bool:
    """``Universiteit Utrecht``, ``Rechtbank Den Haag``, ``Hogeschool van Amsterdam``."""
    words = words_before(doc, start, 3)
    if not words:
        return False
    if is_organisation_word(words[0], lex):
        return True
    return words[0] == "van" and len(words) > 1 and is_organisation_word(words[1], lex)


def organisation_follows(doc: Doc, end: int, lex: MunicipalityLexicon) -> bool:
    """``Tilburg University``, ``Amsterdam UMC``, ``Eindhoven Airport``: the place names the organisation."""
    j = next_index(doc, end)
    return j is not None and doc[j].lower_ in lex.organisation_words_after


def title_word(word: str) -> str:
    """The title in a compound: ``vvd-kamerlid`` -> ``kamerlid``, ``oud-minister`` -> ``minister``."""
    return word.rsplit("-", 1)[-1] if "-" in word.strip("-") else word


def ends_title_line(doc: Doc, title: int, end: int) -> bool:
    """``Burgemeester Almere`` opening a line and ending it (or before ``en``/``,``): the office.

    Signature blocks and letterheads name the office this way
    (``Burgemeester Almere en Voorzitter ...``); in a sentence
    ``burgemeester Kampen`` is a person.
    """
    if not starts_line(doc, title):
        return False
    if end >= len(doc) or "\n" in doc[end - 1].whitespace_:
        return True
    if doc[end].is_space:
        return "\n" in doc[end].text or end + 1 >= len(doc)
    return doc[end].lower_ in {"en", ","}


def in_person_context(doc: Doc, start: int, lex: MunicipalityLexicon, end: int | None = None) -> bool:
    """A surname: after initials or a title, maybe with particles (``mr. G.A. Van der Steur``).

    Office titles (``burgemeester``, ``wethouder``; ``office_titles``) make a
    surname only when the name follows them directly: ``burgemeester van
    Almere`` is the municipality's, and so is ``Burgemeester Almere`` on a
    line of its own (``ends_title_line``).
    """
    end = start + 1 if end is None else end
    j = prev_index(doc, start)
    saw_capital_particle = False
    particles = []
    while j is not None and doc[j].lower_ in lex.name_particles:
        if doc[j].text[0].isupper() and not is_sentence_initial(doc, j):
            saw_capital_particle = True
        particles.append(doc[j].lower_)
        j = prev_index(doc, j)
    if j is None:
        return saw_capital_particle
    prev = doc[j]
    title = title_word(prev.lower_)
    if _INITIALS.match(prev.text) or title in lex.person_titles:
        return True
    if title in lex.office_titles:
        if particles:
            return saw_capital_particle or any(p != "van" for p in particles)
        return not ends_title_line(doc, j, end)
    # 'Jan Peter van Weert', 'Anne Best': a first name before the name makes it a surname.
    if prev.text in lex.first_names:
        return True
    # 'Van Boxtel' with a capital particle inside a sentence is a surname.
    return saw_capital_particle


def is_name_word(doc: Doc, i: int, lex: MunicipalityLexicon) -> bool:
    """A word of a person's name: capitalised (``Bromet``, ``Van``), initials, or a particle."""
    tok = doc[i]
    return (
        tok.text[:1].isupper() and tok.text.replace("-", "").replace("'", "").isalpha()
        or bool(_INITIALS.match(tok.text))
        or tok.lower_ in lex.name_particles
    )


def in_person_list(doc: Doc, start: int, lex: MunicipalityLexicon, max_tokens: int = 12) -> bool:
    """A name in a list of persons headed by a plural title: ``de leden Bromet en Westerveld``.

    Walks back over name words and ``,``/``en`` to a ``person_list_titles``
    word; the word right after the title must be a name, not a joiner.
    """
    j = prev_index(doc, start)
    last_was_joiner = False
    for _ in range(max_tokens):
        if j is None:
            return False
        tok = doc[j]
        if tok.lower_ in lex.person_list_titles:
            return not last_was_joiner
        if tok.lower_ in {",", "en"}:
            last_was_joiner = True
        elif is_name_word(doc, j, lex):
            last_was_joiner = False
        else:
            return False
        j = prev_index(doc, j)
    return False


def party_follows(doc: Doc, end: int, lex: MunicipalityLexicon) -> tuple[bool, bool]:
    """A party in brackets after the name marks a person: ``Westerveld (GroenLinks)``.

    Returns (party follows, the bracket speaks for a list: ``(beiden CDA)``).
    """
    j = next_index(doc, end)
    if j is None or doc[j].text != "(":
        return False, False
    inner = []
    for tok in doc[j + 1 : j + 8]:
        if tok.text == ")":
            break
        inner.append(tok)
    else:
        return False, False
    words = [t for t in inner if not t.is_space]
    quantified = bool(words) and words[0].lower_ in lex.party_quantifiers
    if quantified:
        words = words[1:]
    name = "".join(t.text + t.whitespace_ for t in words)
    if party_key(name) not in lex.party_keys:
        return False, False
    return True, quantified


def is_person(doc: Doc, cand: Candidate, lex: MunicipalityLexicon) -> bool:
    """The name is a person's surname here (title, initials, first name, list of members, party)."""
    return (
        in_person_context(doc, cand.start, lex, cand.end)
        or in_person_list(doc, cand.start, lex)
        or party_follows(doc, cand.end, lex)[0]
    )


def persons_list(doc: Doc, group: list[Candidate], lex: MunicipalityLexicon) -> bool:
    """``Kampen en Houten (beiden CDA)``: a quantified party after a list makes all its names persons."""
    return party_follows(doc, group[-1].end, lex)[1]


def after_postcode(doc: Doc, start: int) -> bool:
    """The name follows a Dutch postcode: ``2500 EH DEN HAAG``, ``1300AA Almere``."""
    j = prev_index(doc, start)
    if j is None:
        return False
    if _POSTCODE_JOINED.match(doc[j].text):
        return True
    k = prev_index(doc, j)
    return (
        k is not None
        and bool(_POSTCODE_LETTERS.match(doc[j].text))
        and bool(_POSTCODE_DIGITS.match(doc[k].text))
    )


def is_money_token(text: str, lex: MunicipalityLexicon) -> bool:
    lower = text.lower()
    return lower in lex.money_words or lower.startswith("€") or lower.endswith("€")


def amount_follows(doc: Doc, end: int, lex: MunicipalityLexicon) -> bool:
    """An amount in brackets (or after a colon) follows the name: ``Huizen (€ 157.000)``.

    A stray comma before the bracket is allowed (``Amsterdam, (€ 920.000)``).
    """
    j = next_index(doc, end)
    if j is not None and doc[j].text == ",":
        j = next_index(doc, j + 1)
    if j is None or doc[j].text not in {"(", ":"}:
        return False
    window = doc[j + 1 : j + 5]
    return any(is_money_token(t.text, lex) for t in window)


def table_row_amount(doc: Doc, cand: Candidate, lex: MunicipalityLexicon) -> bool:
    """A table row: the name opens a line (or a ``|`` cell) and the rest of the line is an amount.

    ``Huizen    € 157.000`` or ``| Huizen | € 157.000 |``; a line that goes
    on in words (``Huizen € 20.000 duurder``) is a sentence, not a row. A
    tab-separated row may go on in words after its amounts
    (``tab_row_amount``).
    """
    prev = prev_index(doc, cand.start)
    if not (starts_line(doc, cand.start) or prev is not None and doc[prev].text == "|"):
        return False
    if tab_row_amount(doc, cand, lex):
        return True
    saw_money = False
    for tok in doc[cand.end :]:
        if tok.is_space and "\n" in tok.text:
            break
        if is_money_token(tok.text, lex):
            saw_money = True
        elif not (tok.is_space or tok.like_num or tok.is_punct or tok.text in {"|", "-"}):
            return False
        if "\n" in tok.whitespace_:
            break
    return saw_money


_MONEY_CELL = re.compile(r"^\d{1,3}(?:\.\d{3})*,(?:\d{2}|-)$")


def tab_row_amount(doc: Doc, cand: Candidate, lex: MunicipalityLexicon) -> bool:
    """A tab row whose cell after the name is money: ``Wierden<TAB>€<TAB>385.202,00<TAB>Directie``.

    A PDF table read with its page margin beside it runs the margin's text
    (a letterhead column) into the row after the amounts; the tab after the
    name and the money right after it still make it a row.
    """
    after = doc[cand.end - 1].whitespace_
    j = cand.end
    while j < len(doc) and doc[j].is_space:
        if "\n" in doc[j].text:
            return False
        after += doc[j].text
        j += 1
    if "\t" not in after or j >= len(doc):
        return False
    return is_money_token(doc[j].text, lex) or bool(_MONEY_CELL.match(doc[j].text))


_CELL_BREAK = re.compile(r"\t+| {2,}|\s*\|\s*")
_RULE_LINE = re.compile(r"^[\s|:+=_\-–—]*$")


def table_cells(line: str) -> list[str]:
    """The cells of a table line: split at tabs, ``|`` or two or more spaces; empty cells dropped."""
    return [c.strip() for c in _CELL_BREAK.split(line.strip().strip("|")) if c.strip()]


def gemeente_column_row(
    text: str, start_char: int, end_char: int, lex: MunicipalityLexicon, max_rows: int = 60
) -> bool:
    """The name is the first cell of a table row under a ``Gemeente`` header.

    ``Gemeente<TAB>Deelnemers`` then ``Delft<TAB>40``: whatever the other
    cells hold, the first column of such a table lists municipalities. The
    rows between the header and this row must be table rows too (two or more
    cells, or a rule line like ``| --- |``); a blank or prose line ends the
    table.
    """
    line_start = text.rfind("\n", 0, start_char) + 1
    line_end = text.find("\n", end_char)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    cells = table_cells(line)
    if len(cells) < 2 or cells[0] != text[start_char:end_char].strip():
        return False
    end = line_start - 1
    for _ in range(max_rows):
        if end < 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        above = text[start:end]
        end = start - 1
        if _RULE_LINE.match(above) and above.strip():
            continue
        above_cells = table_cells(above)
        if len(above_cells) < 2:
            return False
        if above_cells[0].lower() in lex.gemeente_words:
            return True
    return False


def name_before_verb(doc: Doc, end: int, lex: MunicipalityLexicon) -> bool:
    """The name is the subject of a verb only a body does: ``Putten ontvangt``, ``Best vraagt``."""
    j = next_index(doc, end)
    return j is not None and doc[j].lower_ in lex.municipality_verbs


def other_province_suffix(doc: Doc, cand: Candidate, lex: MunicipalityLexicon) -> bool:
    """``Hengelo (Gld.)``, ``Rijswijk (NB)``: a namesake place in another province.

    Suffixes that belong to the name (``Bergen (NH.)``) are part of the match
    already; a bracketed province abbreviation of a different province means
    a village of the same name elsewhere, not this municipality.
    """
    j = next_index(doc, cand.end)
    if j is None or doc[j].text != "(":
        return False
    inner = []
    for tok in doc[j + 1 : j + 5]:
        if tok.text == ")":
            break
        inner.append(tok.text)
    else:
        return False
    abbreviation = "".join(inner).replace(".", "").lower()
    province = lex.province_abbreviations.get(abbreviation)
    return (
        province is not None
        and cand.municipality is not None
        and province != cand.municipality.province
    )


def ordinary_word_counts(
    doc: Doc,
    cand: Candidate,
    group: list[Candidate],
    head: ListHead,
    lex: MunicipalityLexicon,
    doc_text: str | None = None,
) -> str | None:
    """For a name that is also a Dutch word: the rule that makes it a municipality here, or None.

    ``doc_text`` is ``doc.text`` when the caller has it (rebuilding it walks every token).
    """
    span = doc[cand.start : cand.end]
    text = span.text
    if text.islower():
        return None
    if head.gemeente:
        return "gemeente_prefix"
    if after_postcode(doc, cand.start):
        return "address_block"
    if amount_follows(doc, cand.end, lex) or table_row_amount(doc, cand, lex):
        return "name_before_amount"
    doc_text = read_doc_text(doc) if doc_text is None else doc_text
    if gemeente_column_row(doc_text, span.start_char, span.end_char, lex):
        return "gemeente_column"
    if name_before_verb(doc, cand.end, lex):
        return "name_before_verb"
    if not text.isupper() and not is_sentence_initial(doc, cand.start):
        return "capitalised_name"
    return None


def is_ordinary_word(doc: Doc, cand: Candidate, lex: MunicipalityLexicon) -> bool:
    return name_key(doc[cand.start : cand.end].text) in lex.ordinary_word_keys


def accept_list_members(
    doc: Doc, group: list[Candidate], rules: list[str | None], lex: MunicipalityLexicon
) -> list[str | None]:
    """A capitalised Dutch-word name counts in a list where another name counted
    (``Eindhoven, Best en Veldhoven``; ``Ede, Epe en Putten``)."""
    if not any(rules):
        return rules
    out = []
    for cand, rule in zip(group, rules, strict=True):
        text = doc[cand.start : cand.end].text
        if (
            rule is None
            and is_ordinary_word(doc, cand, lex)
            and not text.islower()
            and not (
                in_organisation_context(doc, cand.start, lex)
                or organisation_follows(doc, cand.end, lex)
                or is_person(doc, cand, lex)
            )
        ):
            rule = "enumeration"
        out.append(rule)
    return out


# --------------------------------------------------------------------------
# The component


@Language.factory(
    "kenmerk_municipalities",
    default_config={"accept_lowercase": False},
)
def make_component(nlp: Language, name: str, accept_lowercase: bool) -> MunicipalityFinder:
    return MunicipalityFinder(nlp, accept_lowercase=accept_lowercase)


class MunicipalityFinder:
    """Finds municipality mentions.

    ``accept_lowercase`` lets an all-lower-case name that is not a Dutch word
    count anywhere (``ik woon in almere``). It is off by default: lower-case
    names collide with verbs and nouns (``leiden``, ``waterland``), and
    ``gemeente almere`` counts without it.
    """

    def __init__(self, nlp: Language, *, accept_lowercase: bool = False):
        self.accept_lowercase = accept_lowercase
        self.lex = lexicon()
        self.gaz = gazetteer()
        self.names = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.regions = PhraseMatcher(nlp.vocab, attr="LOWER")
        forms = sorted(
            {v for text, _, _ in self.gaz.surface_forms() for v in surface_variants(text)}
        )
        split_names_from_full_stops(nlp, forms)
        split_names_at_slashes(nlp)
        form_docs = list(nlp.tokenizer.pipe(forms))
        self.names.add("MUNICIPALITY", form_docs)
        # Multi-word names broken over a line (``Den\nHaag``): the break is a token of its own.
        self.wrapped = Matcher(nlp.vocab)
        multi_word = [d for d in form_docs if any(t.whitespace_ for t in d)]
        self.wrapped.add("MUNICIPALITY", [wrapped_pattern(d) for d in multi_word])
        # The word pairs a line break may stand between (``den``/``haag``), as LOWER ids,
        # and the longest pattern: the token Matcher runs only around such a break.
        self.wrapped_pairs = {(a.lower, b.lower) for d in multi_word for a, b in zip(d[:-1], d[1:], strict=True)
                              if a.whitespace_}
        self.wrapped_reach = max((len(wrapped_pattern(d)) for d in multi_word), default=0)
        region_forms = sorted({v for text in self.lex.region_names for v in surface_variants(text)})
        self.regions.add("REGION", list(nlp.tokenizer.pipe(region_forms)))
        # Imported here: the place rules build on this module's helpers.
        from pipeline.extract.places import PlaceFinder

        self.places = PlaceFinder(nlp)

    def candidates(self, doc: Doc) -> list[Candidate]:
        """Every name and region match, overlaps resolved."""
        found = []
        matches = {(start, end) for _, start, end in self.names(doc)}
        matches |= self.wrapped_matches(doc)
        for start, end in sorted(matches):
            text = doc[start:end].text
            municipality = self.gaz.lookup(text)
            if municipality is not None:
                official = self.gaz.is_official_name(text, municipality)
                found.append(Candidate(start, end, municipality, official))
        found += [Candidate(start, end, None) for _, start, end in self.regions(doc)]
        return resolve_overlaps(found)

    def wrapped_matches(self, doc: Doc) -> set[tuple[int, int]]:
        """The token Matcher's matches (``wrapped``), found only near whitespace tokens.

        A match without a whitespace token is one the PhraseMatcher finds as well;
        one with it has the space between two words of a name (``wrapped_pairs``),
        so the Matcher reads only windows of ``wrapped_reach`` tokens around those
        spaces instead of every token of the page.
        """
        flags = doc.to_array([IS_SPACE, LOWER])
        reach = self.wrapped_reach
        windows: list[list[int]] = []
        for i in flags[:, 0].nonzero()[0].tolist():
            if 0 < i < len(doc) - 1 and (int(flags[i - 1, 1]), int(flags[i + 1, 1])) in self.wrapped_pairs:
                start, end = max(0, i - reach), min(len(doc), i + reach + 1)
                if windows and start <= windows[-1][1]:
                    windows[-1][1] = end
                else:
                    windows.append([start, end])
        return {(start + s, start + e) for start, end in windows
                for _, s, e in self.wrapped(doc[start:end])}

    def rule_for(
        self,
        doc: Doc,
        cand: Candidate,
        group: list[Candidate],
        head: ListHead,
        doc_text: str | None = None,
    ) -> str | None:
        """The rule that makes ``cand`` a municipality mention, or None when it is not one."""
        lex = self.lex
        if (
            in_organisation_context(doc, cand.start, lex)
            or organisation_follows(doc, cand.end, lex)
            or is_person(doc, cand, lex)
            or other_province_suffix(doc, cand, lex)
        ):
            return None
        if is_ordinary_word(doc, cand, lex):
            context_rule = ordinary_word_counts(doc, cand, group, head, lex, doc_text)
            if context_rule is None:
                return None
        else:
            context_rule = None
            if doc[cand.start : cand.end].text.islower() and not (
                self.accept_lowercase or head.gemeente
            ):
                return None
        if after_postcode(doc, cand.start):
            return "address_block"
        if head.co_applicant:
            return "mede_namens_list"
        if head.gemeente:
            return "gemeente_prefix"
        if context_rule is not None:
            return context_rule
        return "gazetteer_name" if cand.official else "gazetteer_alias"

    def __call__(self, doc: Doc) -> Doc:
        found = self.candidates(doc)
        cands = [c for c in found if not c.is_region]
        spans = []
        doc_text = read_doc_text(doc)
        for group in group_enumerations(doc, cands, self.lex):
            head = list_head(doc, group[0].start, self.lex)
            if head.province and not members_of_region(group, head):
                continue
            if persons_list(doc, group, self.lex):
                continue
            rules = [self.rule_for(doc, cand, group, head, doc_text) for cand in group]
            rules = accept_list_members(doc, group, rules, self.lex)
            for cand, rule in zip(group, rules, strict=True):
                if rule is None:
                    continue
                span = Span(doc, cand.start, cand.end, label=rule, kb_id=cand.municipality.code)
                if not overlaps_redaction(doc, span):
                    spans.append(span)
        # Woonplaatsen (``te Nijverdal``) only where no municipality or region name was matched.
        places = self.places(doc, [(c.start, c.end) for c in found], spans)
        spans += [p for p in places if not overlaps_redaction(doc, p)]
        doc.spans[SPAN_KEY] = sorted(spans, key=lambda s: s.start)
        return doc
