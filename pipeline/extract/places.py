"""Woonplaatsen that are not municipalities: ``7440 AA Nijverdal``, ``te Hoensbroek`` -> their municipality.

Called by the municipalities component after its own rules
(``MunicipalityFinder.__call__``); the spans it returns join
``doc.spans["municipalities"]`` with ``kb_id_`` the CBS code of the
municipality the place lies in and one of two labels:

- ``place_address``: the place follows a postcode (``6543 AB Nijmegen`` style);
- ``place_name``: the place stands after a place preposition or head word
  (``in Nijverdal``, ``te Hoensbroek``, ``het dorp Daarle``), or in a list
  after one (``in Almere en Biddinghuizen``, ``in o.a. Emmeloord en Urk``),
  or opens a letter's date line (``Nijverdal, 12 maart 2024``). A list with
  a municipality alone is not enough (``De kernen Haaren en Biezenmortel``
  may say where the village belongs by the document's own account).

A place name alone is no evidence: many woonplaatsen are Dutch words or
surnames (``Horst``, ``Veen``, ``Vries``) or namesakes abroad (``Bern``).
So every place needs one of those contexts; short names and the names in
``needs_strong_context`` (``places.json``) need a postcode, ``te`` or a head
word (``gemeente``, ``woonplaats``). Lower case never counts, and the
municipality component's organisation and person rules apply
(``Politie Nijverdal``, ``mevrouw Van Daarle``).

Names that are a municipality or region themselves are left to the
municipality rules, except where a bracket names another province
(``Hengelo (Gld.)`` is the village in Bronckhorst, not Hengelo in Overijssel:
``namesakes_elsewhere``). A name that several municipalities hold (``Nes``,
``Oosterend``) is resolved by a province named in its sentence or in brackets
after it (``Nes (Fryslân)``, ``Nes (Ameland)`` is not a province and does not
help), then by the municipalities already found on the page; otherwise it
gives no span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from pipeline.extract.municipality_context import (
    Candidate,
    ends_with_phrase,
    next_index,
    prev_index,
    starts_line,
    surface_variants,
    words_before,
)
from pipeline.extract.municipality_lexicon import MunicipalityWords, municipality_words
from pipeline.extract.municipality_namesakes import in_organisation_context, is_person, organisation_follows
from pipeline.extract.municipality_rules import after_postcode
from pipeline.gazetteer import gazetteer, name_key
from pipeline.woonplaatsen import PlaceIndex, place_index, place_words

ADDRESS = "place_address"
NAMED = "place_name"
LABELS = frozenset({ADDRESS, NAMED})

# The short province names regions.json lists beside the CBS ones.
_PROVINCE_ALIASES = {"Friesland": "Fryslân", "Brabant": "Noord-Brabant"}


@dataclass(frozen=True)
class PlaceRules:
    """The word lists of ``places.json``, lower case."""

    prepositions: frozenset[str]
    strong_prepositions: frozenset[str]
    head_words: frozenset[str]
    min_free_length: int
    needs_strong_context: frozenset[str]


@lru_cache(maxsize=1)
def place_rules() -> PlaceRules:
    data = place_words()
    index = place_index()
    unknown = [w for w in data.needs_strong_context if not index.candidates(w)]
    if unknown:
        raise ValueError(f"places.json: needs_strong_context names no woonplaats: {unknown}")
    return PlaceRules(
        prepositions=frozenset(w.lower() for w in data.place_prepositions),
        strong_prepositions=frozenset(w.lower() for w in data.strong_prepositions),
        head_words=frozenset(w.lower() for w in data.place_head_words),
        min_free_length=data.min_free_length,
        needs_strong_context=frozenset(name_key(w) for w in data.needs_strong_context),
    )


def place_forms(index: PlaceIndex, lex: MunicipalityWords) -> list[str]:
    """The written forms to match: woonplaats names that are no municipality or region name."""
    gaz = gazetteer()
    regions = {name_key(r) for r in lex.region_names}
    forms = set()
    for place in index.places:
        for text in {place.name, place.name.split(" (")[0]}:
            key = name_key(text)
            if gaz.candidates(text) or key in regions or not index.candidates(text):
                continue
            forms |= surface_variants(text)
    return sorted(forms)


def namesake_forms(index: PlaceIndex) -> list[str]:
    """Woonplaats names that are also a municipality's name (``Hengelo``, ``Rijswijk``)."""
    gaz = gazetteer()
    names = {p.name.split(" (")[0] for p in index.places}
    names |= {" ".join(p.name.split()[:-1]) for p in index.places if len(p.name.split()) > 1}
    return sorted({v for n in names if n and gaz.candidates(n) for v in surface_variants(n)})


def bracketed_province(doc: Doc, end: int, lex: MunicipalityWords) -> str | None:
    """The province a bracket right after the name abbreviates: ``(Gld.)`` -> Gelderland."""
    j = next_index(doc, end)
    if j is None or doc[j].text != "(":
        return None
    inner = []
    for tok in doc[j + 1 : j + 4]:
        if tok.text == ")":
            return lex.province_abbreviations.get("".join(inner).replace(".", "").lower())
        inner.append(tok.text)
    return None


def place_context(doc: Doc, start: int, rules: PlaceRules) -> str | None:
    """What stands before the name: ``address`` (postcode), ``strong`` (``te``, ``gemeente``), ``weak`` (``in``)."""
    if after_postcode(doc, start):
        return "address"
    j = list_start(doc, start)
    if j is None:
        return None
    word = doc[j].lower_
    if word in rules.strong_prepositions or word in rules.head_words:
        return "strong"
    if word in rules.prepositions:
        return "weak"
    return None


_JOINERS = frozenset({",", "en", "of", "/"})
# ', 12 maart 2024' or ', 12-03-2024' after the name.
_DATE_AFTER = re.compile(r",?\s*\d{1,2}(?:\s+[a-z]+\.?\s+|[-/.]\d{1,2}[-/.])\d{2,4}\b", re.IGNORECASE)


def dateline(doc: Doc, start: int, end: int) -> bool:
    """``Nijverdal, 12 maart 2024`` opening a line: the place a letter was written in."""
    if not starts_line(doc, start):
        return False
    following = "".join(t.text_with_ws for t in doc[end : end + 8])
    return bool(_DATE_AFTER.match(following))


def list_start(doc: Doc, start: int, max_tokens: int = 12) -> int | None:
    """The word before the name, or before the list it ends: ``in Almere en [Biddinghuizen]``.

    Walks back over capitalised words and list joiners; the preposition
    before the list's first name speaks for every name in it.
    """
    j = prev_index(doc, start)
    steps = 0
    while j is not None and doc[j].lower_ in _JOINERS and steps < max_tokens:
        k = prev_index(doc, j)
        if k is None or not doc[k].text[:1].isupper():
            return j
        while k is not None and doc[k].text[:1].isupper() and steps < max_tokens:
            k, steps = prev_index(doc, k), steps + 1
        j = k
    # 'in o.a. Emmeloord', 'in onder andere Nijverdal': the list marker stands between.
    if j is not None:
        words = words_before(doc, j + 1, 3)
        for marker in municipality_words().gemeente_list_markers:
            if ends_with_phrase(words, marker):
                for _ in marker:
                    j = prev_index(doc, j) if j is not None else None
                break
    return j


def named_provinces(
    doc: Doc, start: int, end: int, lex: MunicipalityWords, reach: int = 40
) -> set[str]:
    """Provinces written in the name's sentence or in brackets right after it (``Nes (Fr.)``)."""
    provinces = {name_key(p): p for p in lex.province_abbreviations.values()}
    provinces |= {name_key(alias): p for alias, p in _PROVINCE_ALIASES.items()}
    # The sentence, but never more than ``reach`` tokens either side: an OCR page may be one sentence.
    sent = doc[start].sent if doc.has_annotation("SENT_START") else doc[:]
    window = doc[max(sent.start, start - reach) : min(sent.end, end + reach)]
    found = {provinces[key] for tok in window if (key := name_key(tok.text)) in provinces}
    bracketed = bracketed_province(doc, end, lex)
    return found | {bracketed} if bracketed else found


def resolve_place(
    index: PlaceIndex, text: str, provinces: set[str], page_codes: set[str]
) -> str | None:
    """The municipality code a place name means here, or None when it stays ambiguous."""
    places = index.candidates(text)
    codes = list(dict.fromkeys(p.gemeente_code for p in places))
    if len(codes) > 1 and provinces:
        codes = list(dict.fromkeys(p.gemeente_code for p in places if p.province in provinces)) or codes
    if len(codes) > 1 and page_codes:
        codes = [c for c in codes if c in page_codes] or codes
    return codes[0] if len(codes) == 1 else None


class PlaceFinder:
    """Finds woonplaats mentions that the municipality rules did not take."""

    def __init__(self, nlp: Language):
        self.lex = municipality_words()
        self.rules = place_rules()
        self.index = place_index()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher.add("PLACE", list(nlp.tokenizer.pipe(place_forms(self.index, self.lex))))
        self.namesakes = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.namesakes.add("PLACE", list(nlp.tokenizer.pipe(namesake_forms(self.index))))

    def rule_for(self, doc: Doc, start: int, end: int) -> str | None:
        """The label that makes the name at [start, end) a place mention, or None."""
        text = doc[start:end].text
        if not text[:1].isupper():
            return None
        cand = Candidate(start, end, None)
        if (
            in_organisation_context(doc, start, self.lex)
            or organisation_follows(doc, end, self.lex)
            or is_person(doc, cand, self.lex)
        ):
            return None
        context = place_context(doc, start, self.rules)
        if context is None and dateline(doc, start, end):
            context = "weak"
        if context is None:
            return None
        key = name_key(text)
        if context == "weak" and (
            key in self.rules.needs_strong_context or len(key) < self.rules.min_free_length
        ):
            return None
        return ADDRESS if context == "address" else NAMED

    def __call__(self, doc: Doc, taken: list[tuple[int, int]], found: list[Span]) -> list[Span]:
        """Place spans outside ``taken`` token ranges; ``found`` are the page's municipality spans."""
        occupied = {i for s, e in taken for i in range(s, e)}
        page_codes = {s.kb_id_ for s in found}
        matches = sorted({(s, e) for _, s, e in self.matcher(doc)}, key=lambda m: (m[0], -m[1]))
        spans: list[Span] = []
        last_end = -1
        for start, end in matches:
            if start < last_end or occupied & set(range(start, end)):
                continue
            label = self.rule_for(doc, start, end)
            if label is None:
                continue
            text = doc[start:end].text
            # Provinces are read only for a name that needs them: most names have one municipality.
            shared = len(self.index.municipalities(text)) > 1
            provinces = named_provinces(doc, start, end, self.lex) if shared else set()
            code = resolve_place(self.index, text, provinces, page_codes)
            if code is None:
                continue
            spans.append(Span(doc, start, end, label=label, kb_id=code))
            last_end = end
        return sorted(spans + self.namesakes_elsewhere(doc, found), key=lambda s: s.start)

    def namesakes_elsewhere(self, doc: Doc, found: list[Span]) -> list[Span]:
        """``Hengelo (Gld.)``, ``Rijswijk (NB)``: the woonplaats of that name in the bracket's province.

        The municipality rules drop such a name (``other_province_suffix``);
        the woonplaats of that name in that province is meant, when there is
        exactly one.
        """
        covered = {i for s in found for i in range(s.start, s.end)}
        spans = []
        for _, start, end in self.namesakes(doc):
            if covered & set(range(start, end)) or not doc[start].text[:1].isupper():
                continue
            province = bracketed_province(doc, end, self.lex)
            if province is None:
                continue
            places = [p for p in self.index.candidates(doc[start:end].text) if p.province == province]
            codes = {p.gemeente_code for p in places}
            if len(codes) != 1:
                continue
            label = ADDRESS if after_postcode(doc, start) else NAMED
            spans.append(Span(doc, start, end, label=label, kb_id=codes.pop()))
        return spans
