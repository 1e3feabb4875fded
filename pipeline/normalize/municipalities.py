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
    table_row_amount,
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
    "money_nouns": list,
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
    money_nouns: frozenset[str]


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
        money_nouns=low["money_nouns"],
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
    """The municipality a span names at the document's date, and what it had merged into then."""
    gaz = gazetteer()
    municipality = gaz.lookup(span.text, when) or gaz.by_code[span.kb_id_]
    if when is None or municipality.valid_on(when):
        return municipality, None
    successor = gaz.successor_on(municipality.code, when)
    return municipality, successor.code if successor is not None else municipality.merged_into


# --------------------------------------------------------------------------
# Role rules


@dataclass(frozen=True)
class Mention:
    """A span with the bounds (token indices) of the list of names it stands in."""

    span: Span
    list_start: int
    list_end: int
    # The Doc's text and whether it has sentences, read once per Doc: both
    # Doc.text and Doc.has_annotation walk every token on each access.
    text: str = ""
    sentenced: bool = False


def mentions_of(spans: list[Span]) -> list[Mention]:
    """Each span with its list: ``Dronten, Lelystad en Urk`` share bounds; a lone name is a list."""
    if not spans:
        return []
    doc = spans[0].doc
    text = doc.text
    sentenced = doc.has_annotation("SENT_START")
    cands = [Candidate(s.start, s.end, None) for s in spans]
    out = []
    by_start = {s.start: s for s in spans}
    for group in group_enumerations(doc, cands, lexicon()):
        for cand in group:
            out.append(
                Mention(by_start[cand.start], group[0].start, group[-1].end, text, sentenced)
            )
    return out


def _sentence(mention: Mention) -> Span:
    """The sentence(s) the mention's list stands in."""
    doc = mention.span.doc
    if not mention.sentenced:
        return doc[:]
    first, last = doc[mention.list_start].sent, doc[mention.list_end - 1].sent
    return doc[first.start : last.end]


def _line_of(text: str, char: int) -> str:
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    return text[start : end if end >= 0 else len(text)]


def _short_line_of(text: str, char: int, max_len: int) -> str | None:
    """The line of ``char`` when it is at most ``max_len`` characters long, else None;
    read in a window, so a page that is one long line is not read once per name."""
    low = max(0, char - max_len - 1)
    start = text.rfind("\n", low, char) + 1
    if start == 0 and low > 0:
        return None
    end = text.find("\n", char, char + max_len + 1)
    if end < 0:
        end = len(text) if len(text) <= char + max_len else -1
    if end < 0 or end - start > max_len:
        return None
    return text[start:end]


# A letterhead ('Gemeente Almere') is a short line.
LETTERHEAD_LINE = 200


def head_words(mention: Mention, n: int = 8) -> list[str]:
    """Lower-case words before the mention's list, nearest first, ``de``/``gemeente`` skipped."""
    lex = lexicon()
    words = words_before(mention.span.doc, mention.list_start, n)
    while words and (words[0] in lex.list_skip_before or words[0] in lex.gemeente_words):
        words.pop(0)
    return words


def has_money(tokens, roles: RoleLexicon | None = None) -> bool:
    """A euro amount (``€``, ``euro``) among the tokens; with ``roles`` also ``subsidie``."""
    lex = lexicon()
    for tok in tokens:
        if is_money_token(tok.text, lex):
            return True
        if roles is not None and tok.lower_ in roles.money_nouns:
            return True
    return False


def is_address(mention: Mention, roles: RoleLexicon, max_line: int = 80) -> bool:
    """A postal address: after a postcode, or on a short line with ``Postbus``."""
    span = mention.span
    if span.label_ == "address_block" or after_postcode(span.doc, span.start):
        return True
    line = _short_line_of(mention.text, span.start_char, max_line)
    if line is None:
        return False
    words = {w.strip(",.:;").lower() for w in line.split()}
    return bool(words & roles.address_words)


def is_co_applicant(mention: Mention) -> bool:
    """In a ``mede namens (de gemeenten): ...`` list."""
    return mention.span.label_ == "mede_namens_list"


def after_closing(mention: Mention, roles: RoleLexicon, max_chars: int = 300) -> bool:
    """The span stands in a signature block: within a few lines after ``Hoogachtend``."""
    start = mention.span.start_char
    text = mention.text[max(0, start - max_chars) : start].lower()
    return any(closing in text for closing in roles.sender_closings)


def is_letterhead(mention: Mention, max_lines: int = 4) -> bool:
    """``Gemeente Almere`` alone on one of the first lines of the text: the sender's letterhead."""
    span = mention.span
    if span.label_ != "gemeente_prefix":
        return False
    line = _short_line_of(mention.text, span.start_char, LETTERHEAD_LINE)
    if line is None:
        return False
    line = line.strip()
    if not (line.lower().startswith("gemeente") and line.endswith(span.text)):
        return False
    return nonempty_lines_before(mention.text, span.start_char, max_lines) < max_lines


def nonempty_lines_before(text: str, char: int, limit: int) -> int:
    """How many non-empty lines stand before the line of ``char`` (counting stops at ``limit``)."""
    count = 0
    end = text.rfind("\n", 0, char)
    while end >= 0 and count < limit:
        start = text.rfind("\n", 0, end) + 1
        count += bool(text[start:end].strip())
        end = start - 1
    return count


def is_applicant(mention: Mention, roles: RoleLexicon) -> bool:
    """``het voorstel van de gemeente X``, ``gemeente X vraagt ... aan``, signatory, letterhead."""
    doc = mention.span.doc
    head = head_words(mention)
    if len(head) >= 2 and head[0] == "van" and head[1] in roles.applicant_nouns:
        return True
    if head and head[0] == "namens" and (len(head) < 2 or head[1] != "mede"):
        return True
    signed = head and (
        head[0] in roles.sender_titles
        or head[0] == "van"
        and len(head) > 1
        and head[1] in roles.sender_titles
    )
    if signed and after_closing(mention, roles):
        return True
    if is_letterhead(mention):
        return True
    sent = _sentence(mention)
    after = [
        t.lower_
        for t in _tokens(doc, mention.list_end, min(sent.end, mention.list_end + 3))
        if not t.is_space
    ]
    return any(word in roles.applicant_verbs for word in after[:2])


# How many tokens before and after a list of names the role rules read.
SENTENCE_TOKENS = 80


def _tokens(doc, start: int, end: int):
    """``doc[start:end]``, or no tokens when it is empty (a Span at the Doc's end reads Doc.text)."""
    return doc[start:end] if start < min(end, len(doc)) else ()


def is_recipient(mention: Mention, roles: RoleLexicon) -> bool:
    """Receives money: ``X (€ ...)``, ``X ontvangt €``, ``€ ... voor X``, ``aan X toegekend``."""
    span, doc = mention.span, mention.span.doc
    lex = lexicon()
    cand = Candidate(span.start, span.end, None)
    if amount_follows(doc, span.end, lex) or table_row_amount(doc, cand, lex):
        return True
    sent = _sentence(mention)
    # Within SENTENCE_TOKENS of the list: a long list or run-on 'sentence' is not
    # read whole for each of its names (quadratic on a page of names).
    after = _tokens(doc, mention.list_end, min(sent.end, mention.list_end + SENTENCE_TOKENS))
    before = _tokens(doc, max(sent.start, mention.list_start - SENTENCE_TOKENS), mention.list_start)
    following = [t.lower_ for t in after if not t.is_space and not t.is_punct][:3]
    if any(word in roles.recipient_verbs for word in following) and has_money(after, roles):
        return True
    head = head_words(mention)
    if not head or head[0] not in roles.recipient_prepositions:
        return False
    # '€ 50.000 voor Lelystad', '€ 1 miljoen toegekend aan de gemeente Urk'
    if has_money(doc[max(sent.start, mention.list_start - 12) : mention.list_start]):
        return True
    # 'Aan de gemeente Urk is € 10.000 toegekend', 'Voor Lelystad is € 50.000 beschikbaar'
    granted = any(t.lower_ in roles.grant_verbs for t in after) or any(
        t.lower_ in roles.grant_verbs for t in before
    )
    return granted and has_money(after)


def municipality_role(mention: Mention, roles: RoleLexicon | None = None) -> str:
    """The role of one mention, by the first rule that fires (see the module docstring)."""
    roles = roles or role_lexicon()
    if is_address(mention, roles):
        return "address"
    if is_co_applicant(mention):
        return "co_applicant"
    if is_applicant(mention, roles):
        return "applicant"
    if is_recipient(mention, roles):
        return "recipient"
    return "mentioned"


# --------------------------------------------------------------------------


def municipality_facts(doc: Doc, page: CleanPage, info: DocumentInfo) -> list[MunicipalityFact]:
    """One fact per municipality span on the page, with code, name, province, role, merged_into."""
    when = document_when(info.doc_date)
    roles = role_lexicon()
    facts = []
    for mention in mentions_of(list(doc.spans.get(SPAN_KEY, []))):
        span = mention.span
        municipality, merged_into = resolve_at(span, when)
        facts.append(
            MunicipalityFact(
                **span_provenance(span, page, info.doc_id, "municipality"),
                code=municipality.code,
                name=municipality.name,
                province=municipality.province,
                role=municipality_role(mention, roles),
                merged_into=merged_into,
            )
        )
    return facts
