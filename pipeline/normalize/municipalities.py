"""Normalize municipalities: spans on a Doc -> ``MunicipalityFact`` records with a role.

One fact per span of ``doc.spans["municipalities"]`` (see
``pipeline.extract.municipalities`` for the span contract): the CBS code, the
official name and province from the gazetteer, and a ``role`` chosen by the
first of these named rules that fires (word lists in
``resources/gazetteer/roles.json``):

- ``address``: the name stands in a postal address block (after a postcode,
  or on a line with ``Postbus``/``Antwoordnummer``): ``is_address``;
- ``co_applicant``: the name is in a ``mede namens (de gemeenten): ...`` list:
  ``is_co_applicant``;
- ``applicant``: the municipality asks for something (``het voorstel van de
  gemeente Almere``, ``de gemeente Almere vraagt ... aan``) or signs the
  letter (``Hoogachtend, ... Burgemeester Almere``): ``is_applicant``;
- ``recipient``: the municipality receives money (``Delft (€ 535.000)``,
  ``de gemeente Delft ontvangt € 2 miljoen``, ``€ 50.000 voor Lelystad``,
  ``aan de gemeente Urk is € 10.000 toegekend``): ``is_recipient``; a
  mention without any amount in its sentence is never a recipient
  (``de bijdragen aan de gemeenten Gouda en Nijmegen worden nog vastgesteld``);
- ``mentioned``: everything else.

The code is read at the document's date where ``info.doc_date`` is known:
a municipality that no longer existed then keeps its own code, and
``merged_into`` holds the code of the municipality that had taken it over by
that date. Without a document date ``merged_into`` stays empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Span

from pipeline.extract.municipalities import (
    SPAN_KEY,
    Candidate,
    after_postcode,
    amount_follows,
    group_enumerations,
    is_money_token,
    lexicon,
    load_resource,
    words_before,
)
from pipeline.gazetteer import Municipality, gazetteer
from pipeline.normalize.provenance import span_provenance
from pipeline.records import CleanPage, DocumentInfo, MunicipalityFact

ROLES = ("recipient", "applicant", "co_applicant", "address", "mentioned")

ROLES_SCHEMA = {
    "applicant_nouns": list,
    "applicant_verbs": list,
    "sender_closings": list,
    "sender_titles": list,
    "recipient_verbs": list,
    "grant_verbs": list,
    "recipient_prepositions": list,
    "address_words": list,
}


@dataclass(frozen=True)
class RoleLexicon:
    applicant_nouns: frozenset[str]
    applicant_verbs: frozenset[str]
    sender_closings: tuple[str, ...]
    sender_titles: frozenset[str]
    recipient_verbs: frozenset[str]
    grant_verbs: frozenset[str]
    recipient_prepositions: frozenset[str]
    address_words: frozenset[str]


@lru_cache(maxsize=1)
def role_lexicon() -> RoleLexicon:
    data = load_resource("roles.json", ROLES_SCHEMA)
    low = {k: frozenset(w.lower() for w in v) for k, v in data.items()}
    return RoleLexicon(
        applicant_nouns=low["applicant_nouns"],
        applicant_verbs=low["applicant_verbs"],
        sender_closings=tuple(sorted(low["sender_closings"])),
        sender_titles=low["sender_titles"],
        recipient_verbs=low["recipient_verbs"],
        grant_verbs=low["grant_verbs"],
        recipient_prepositions=low["recipient_prepositions"],
        address_words=low["address_words"],
    )


# --------------------------------------------------------------------------
# Dates


_ISO_PREFIX = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def document_when(doc_date: str | None) -> date | int | None:
    """The document date as a day (``2016-01-28``) or a year (``2018``, ``2015-09`` -> 2015)."""
    if not doc_date:
        return None
    m = _ISO_PREFIX.match(doc_date)
    if m is None:
        return None
    year, month, day = m.groups()
    if month and day:
        try:
            return date(int(year), int(month), int(day))
        except ValueError:
            return int(year)
    return int(year)


def resolve_at(span: Span, when: date | int | None) -> tuple[Municipality, str | None]:
    """The municipality a span names at the document's date, and the code it had merged into by then."""
    gaz = gazetteer()
    municipality = gaz.lookup(span.text, when) or gaz.by_code[span.kb_id_]
    if when is None or municipality.valid_on(when):
        return municipality, None
    successor = gaz.successor_on(municipality.code, when)
    return municipality, successor.code if successor is not None else municipality.merged_into


# --------------------------------------------------------------------------
# Role rules


def _sentence(span: Span) -> Span:
    return span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]


def _line_of(doc: Doc, char: int) -> str:
    start = doc.text.rfind("\n", 0, char) + 1
    end = doc.text.find("\n", char)
    return doc.text[start : end if end >= 0 else len(doc.text)]


def is_address(span: Span, roles: RoleLexicon) -> bool:
    """A postal address: after a postcode, or on a line with ``Postbus``."""
    if span.label_ == "address_block" or after_postcode(span.doc, span.start):
        return True
    line = _line_of(span.doc, span.start_char).lower()
    return any(word in line.split() for word in roles.address_words)


def is_co_applicant(span: Span) -> bool:
    """In a ``mede namens (de gemeenten): ...`` list."""
    return span.label_ == "mede_namens_list"


def _list_start(span: Span, spans: list[Span]) -> int:
    """Token index where the list containing ``span`` starts (the span itself if alone)."""
    doc = span.doc
    lex = lexicon()
    cands = [Candidate(s.start, s.end, None) for s in spans]
    for group in group_enumerations(doc, cands, lex):
        if any(c.start == span.start for c in group):
            return group[0].start
    return span.start


def _head_words(span: Span, spans: list[Span], n: int = 8) -> list[str]:
    """Lower-case words before the list the span is in, nearest first, ``de``/``gemeente`` skipped."""
    lex = lexicon()
    words = words_before(span.doc, _list_start(span, spans), n)
    while words and (words[0] in lex.list_skip_before or words[0] in lex.gemeente_words):
        words.pop(0)
    return words


def after_closing(span: Span, roles: RoleLexicon, max_chars: int = 300) -> bool:
    """The span stands in a signature block: within a few lines after ``Hoogachtend``."""
    text = span.doc.text[max(0, span.start_char - max_chars) : span.start_char].lower()
    return any(closing in text for closing in roles.sender_closings)


def is_applicant(span: Span, spans: list[Span], roles: RoleLexicon) -> bool:
    """``het voorstel van de gemeente X``, ``gemeente X vraagt ... aan``, or the letter's signatory."""
    head = _head_words(span, spans)
    if len(head) >= 2 and head[0] == "van" and head[1] in roles.applicant_nouns:
        return True
    if head and head[0] == "namens" and (len(head) < 2 or head[1] != "mede"):
        return True
    if head and head[0] in roles.sender_titles and after_closing(span, roles):
        return True
    if len(head) >= 2 and head[0] == "van" and head[1] in roles.sender_titles and after_closing(span, roles):
        return True
    sent = _sentence(span)
    after = [t.lower_ for t in span.doc[span.end : min(sent.end, span.end + 4)]]
    return bool(after) and after[0] in roles.applicant_verbs


def _money_in(tokens) -> bool:
    lex = lexicon()
    return any(is_money_token(t.text, lex) for t in tokens)


def is_recipient(span: Span, spans: list[Span], roles: RoleLexicon) -> bool:
    """Receives money: ``X (€ ...)``, ``X ontvangt € ...``, ``€ ... voor X``, ``aan X is € ... toegekend``."""
    doc = span.doc
    lex = lexicon()
    if amount_follows(doc, span.end, lex):
        return True
    sent = _sentence(span)
    if not _money_in(sent):
        return False
    after = sent.doc[span.end : sent.end]
    nxt = [t.lower_ for t in after if not t.is_space][:2]
    if nxt and nxt[0] in roles.recipient_verbs:
        return True
    head = _head_words(span, spans)
    if head and head[0] in roles.recipient_prepositions:
        start = _list_start(span, spans)
        window_before = doc[max(sent.start, start - 12) : start]
        if _money_in(window_before):
            return True
        if head[0] == "aan" and any(t.lower_ in roles.grant_verbs for t in after) and _money_in(after):
            return True
    return False


def municipality_role(span: Span, spans: list[Span], roles: RoleLexicon | None = None) -> str:
    """The role of one mention, by the first rule that fires (see the module docstring)."""
    roles = roles or role_lexicon()
    if is_address(span, roles):
        return "address"
    if is_co_applicant(span):
        return "co_applicant"
    if is_applicant(span, spans, roles):
        return "applicant"
    if is_recipient(span, spans, roles):
        return "recipient"
    return "mentioned"


# --------------------------------------------------------------------------


def municipality_facts(doc: Doc, page: CleanPage, info: DocumentInfo) -> list[MunicipalityFact]:
    """One fact per municipality span on the page, with code, name, province, role, merged_into."""
    spans = list(doc.spans.get(SPAN_KEY, []))
    when = document_when(info.doc_date)
    roles = role_lexicon()
    facts = []
    for span in spans:
        municipality, merged_into = resolve_at(span, when)
        facts.append(
            MunicipalityFact(
                **span_provenance(span, page, info.doc_id, "municipality"),
                code=municipality.code,
                name=municipality.name,
                province=municipality.province,
                role=municipality_role(span, spans, roles),
                merged_into=merged_into,
            )
        )
    return facts
