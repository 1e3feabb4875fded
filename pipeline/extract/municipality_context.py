"""Candidates of municipality finding and the context helpers the rules read.

A ``Candidate`` is a match of the gazetteer; ``resolve_overlaps`` keeps the
longest. The helpers look around a candidate: the words before it, line and
sentence starts, list joiners and the head word of a list (``list_head``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.municipality_lexicon import MunicipalityWords
from pipeline.gazetteer import Municipality

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
NAME_SLASH = r"(?<=[^\W\d_])/(?=[A-Z])"


def split_names_at_slashes(nlp: Language) -> bool:
    """Let ``Lelystad/Dronten`` be two names: a slash between words, the second capitalised, splits.

    spaCy's Dutch infixes keep ``Lelystad/Dronten`` as one token, which hid
    both names from the matcher. Digits (``2016/2017``) and lower case
    (``en/of``) stay as they are. Returns whether the tokenizer changed.
    """
    finditer = nlp.tokenizer.infix_finditer
    pattern = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if pattern is None or NAME_SLASH in pattern:
        return False
    nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{NAME_SLASH}").finditer
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


def starts_paragraph(doc: Doc, i: int) -> bool:
    """Token ``i`` is the first word after an empty line (or of the text)."""
    j, newlines = i - 1, 0
    while j >= 0 and doc[j].is_space:
        newlines += doc[j].text.count("\n")
        j -= 1
    return j < 0 or newlines + doc[j].whitespace_.count("\n") >= 2


def is_sentence_initial(doc: Doc, i: int) -> bool:
    """A capital at token ``i`` is no evidence: it starts a sentence, line or list item."""
    if doc[i].is_sent_start or starts_line(doc, i):
        return True
    j = prev_index(doc, i)
    if j is None:
        return True
    prev = doc[j].text
    return prev in _SENTENCE_BREAK or bool(_LIST_NUMBER.match(prev)) and starts_line(doc, j)


def gap_is_list_joiner(doc: Doc, end: int, start: int, lex: MunicipalityWords) -> bool:
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
    doc: Doc, cands: list[Candidate], lex: MunicipalityWords
) -> list[list[Candidate]]:
    """Split candidates (text order) into lists: neighbours joined by list joiners share one."""
    groups: list[list[Candidate]] = []
    for cand in cands:
        if (groups and gap_is_list_joiner(doc, groups[-1][-1].end, cand.start, lex)
                and same_line_shape(doc, groups[-1][-1], cand)):
            groups[-1].append(cand)
        else:
            groups.append([cand])
    return groups


def fills_row(doc: Doc, cand: Candidate) -> bool:
    """The name opens a table row whose other cells follow it on its line (``Assen<TAB>612.000``)."""
    for tok in doc[cand.end - 1 : cand.end + 3]:
        gap = tok.whitespace_ if tok.i == cand.end - 1 else tok.text if tok.is_space else ""
        if "\n" in gap:
            return False
        if "\t" in gap or tok.text == "|" and tok.i >= cand.end:
            return True
        if tok.i >= cand.end and not tok.is_space:
            return False
    return False


def same_line_shape(doc: Doc, before: Candidate, cand: Candidate) -> bool:
    """Two names a line break joins are one list only when both lines are list items or both
    table rows: a section heading over a table (``Provincie Utrecht``) heads no list of the
    rows under it (``Amersfoort<TAB>1.210.000``)."""
    if not any("\n" in t.text_with_ws for t in doc[before.end - 1 : cand.start]):
        return True
    return fills_row(doc, before) == fills_row(doc, cand)


@dataclass(frozen=True)
class ListHead:
    """What stands before a list of names: ``mede namens de gemeenten:``, ``provincie``, ..."""

    gemeente: bool = False
    province: bool = False
    co_applicant: bool = False
    # 'regio Lelystad en Dronten': a region word heading a list of municipalities.
    member_region: bool = False


def skip_list_marker(words: list[str], lex: MunicipalityWords) -> list[str]:
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


def list_head(doc: Doc, start: int, lex: MunicipalityWords) -> ListHead:
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
