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

A woonplaats that is not a municipality (``te Nijverdal``, spans labelled
``place_*`` by ``pipeline.extract.places``) gives its municipality with
``via_place`` = the place as written, and only the role ``address`` or
``mentioned``. So does the name of an ended municipality read as a place in a
later document (``in Delfzijl`` in 2024 -> Eemsdelta; see
``former_municipality_as_place``).

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

from pipeline.datafiles import load_file
from pipeline.doctext import doc_text
from pipeline.extract.municipalities import SPAN_KEY
from pipeline.extract.municipality_context import Candidate, group_enumerations, words_before
from pipeline.extract.municipality_lexicon import municipality_words
from pipeline.extract.municipality_rules import after_postcode
from pipeline.extract.municipality_tables import amount_follows, is_money_token, table_row_amount
from pipeline.extract.places import LABELS as PLACE_LABELS
from pipeline.extract.places import place_context, place_rules
from pipeline.gazetteer import Municipality, gazetteer, name_key
from pipeline.provenance import span_provenance
from pipeline.records import CleanPage, DocumentInfo, MunicipalityFact
from pipeline.resource_files import GazetteerRolesFile
from pipeline.woonplaatsen import place_index

ROLES = ("recipient", "applicant", "co_applicant", "address", "mentioned")

# Labels of a bare name that may be read as a woonplaats when its municipality had ended.
DIRECT_PLACE_LABELS = frozenset({"gazetteer_name", "gazetteer_alias", "address_block", "capitalised_name"})


@dataclass(frozen=True)
class MunicipalityRoleWords:
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
def municipality_role_words() -> MunicipalityRoleWords:
    data = load_file(GazetteerRolesFile)
    low = {k: frozenset(w.lower() for w in v) for k, v in vars(data).items()}
    return MunicipalityRoleWords(
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
    if span.label_ in PLACE_LABELS:
        return place_municipality_at(span.text, span.kb_id_, when), None
    municipality = gaz.lookup(span.text, when) or gaz.by_code[span.kb_id_]
    if when is None or municipality.valid_on(when):
        return municipality, None
    successor = gaz.successor_on(municipality.code, when)
    return municipality, successor.code if successor is not None else municipality.merged_into


def place_municipality_at(name: str, code: str, when: date | int | None) -> Municipality:
    """The municipality a woonplaats lay in at the document's date.

    ``woonplaatsen.csv`` gives today's municipality and that of 2018; a
    document from before a herindeling that made today's one gets the 2018
    municipality where that existed at its date, and before that the
    predecessor it followed from (``predecessor_at``).
    """
    gaz = gazetteer()
    now = gaz.by_code[code]
    if when is None or now.valid_on(when):
        return now
    for place in place_index().candidates(name):
        old = gaz.get(place.gemeente_code_2018 or "")
        if place.gemeente_code != code or old is None:
            continue
        if old.valid_on(when):
            return old
        earlier = predecessor_at(old.code, name, when)
        if earlier is not None:
            return earlier
    return now


def predecessor_at(code: str, place_name: str, when: date | int) -> Municipality | None:
    """A municipality that existed at ``when`` and later merged into ``code``.

    Where several did, the one named like the place (``Uden`` for the village
    Uden); otherwise none: the table does not say which one held the place.
    """
    gaz = gazetteer()
    before = [
        m
        for m in gaz
        if m.code != code and m.valid_on(when) and any(s.code == code for s in gaz.successor_chain(m.code)[1:])
    ]
    if len(before) == 1:
        return before[0]
    same_name = [m for m in before if name_key(m.name) == name_key(place_name)]
    return same_name[0] if len(same_name) == 1 else None


def former_municipality_as_place(span: Span, when: date | int | None) -> tuple[Municipality, str] | None:
    """``in Delfzijl`` in a letter of 2024: the woonplaats, now in Eemsdelta, not the ended municipality.

    Only where the text reads as a place (after a postcode or a place
    preposition such as ``in``/``te``); ``de gemeente Delfzijl`` and
    ``Delfzijl ontvangt`` keep naming the municipality of the time.
    """
    if when is None or span.label_ not in DIRECT_PLACE_LABELS:
        return None
    municipality = gazetteer().lookup(span.text, when) or gazetteer().by_code[span.kb_id_]
    if municipality.valid_on(when):
        return None
    if municipality.valid_to is not None and _first_day(when) <= municipality.valid_to:
        return None
    words = words_before(span.doc, span.start, 1)
    if words and words[0] in municipality_words().gemeente_words:
        return None
    if place_context(span.doc, span.start, place_rules()) is None:
        return None
    codes = place_index().municipalities(span.text)
    if len(codes) != 1:
        return None
    return gazetteer().by_code[codes[0]], span.text


def _first_day(when: date | int) -> date:
    return when if isinstance(when, date) else date(when, 1, 1)


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
    text = doc_text(doc)
    sentenced = doc.has_annotation("SENT_START")
    cands = [Candidate(s.start, s.end, None) for s in spans]
    out = []
    by_start = {s.start: s for s in spans}
    for group in group_enumerations(doc, cands, municipality_words()):
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
    lex = municipality_words()
    words = words_before(mention.span.doc, mention.list_start, n)
    while words and (words[0] in lex.list_skip_before or words[0] in lex.gemeente_words):
        words.pop(0)
    return words


def has_money(tokens, roles: MunicipalityRoleWords | None = None) -> bool:
    """A euro amount (``€``, ``euro``) among the tokens; with ``roles`` also ``subsidie``."""
    lex = municipality_words()
    for tok in tokens:
        if is_money_token(tok.text, lex):
            return True
        if roles is not None and tok.lower_ in roles.money_nouns:
            return True
    return False


def is_address(mention: Mention, roles: MunicipalityRoleWords, max_line: int = 80) -> bool:
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


def after_closing(mention: Mention, roles: MunicipalityRoleWords, max_chars: int = 300) -> bool:
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


def is_applicant(mention: Mention, roles: MunicipalityRoleWords) -> bool:
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


def is_recipient(mention: Mention, roles: MunicipalityRoleWords) -> bool:
    """Receives money: ``X (€ ...)``, ``X ontvangt €``, ``€ ... voor X``, ``aan X toegekend``."""
    span, doc = mention.span, mention.span.doc
    lex = municipality_words()
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


def municipality_role(mention: Mention, roles: MunicipalityRoleWords | None = None) -> str:
    """The role of one mention, by the first rule that fires (see the module docstring)."""
    roles = roles or municipality_role_words()
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
    roles = municipality_role_words()
    facts = []
    for mention in mentions_of(list(doc.spans.get(SPAN_KEY, []))):
        span = mention.span
        municipality, merged_into = resolve_at(span, when)
        via_place = span.text if span.label_ in PLACE_LABELS else None
        as_place = former_municipality_as_place(span, when)
        if as_place is not None:
            (municipality, via_place), merged_into = as_place, None
        role = municipality_role(mention, roles)
        if via_place is not None and role != "address":
            # A place locates something; it does not apply for or receive money itself.
            role = "mentioned"
        facts.append(
            MunicipalityFact(
                **span_provenance(span, page, info.doc_id, "municipality"),
                code=municipality.code,
                name=municipality.name,
                province=municipality.province,
                role=role,
                merged_into=merged_into,
                via_place=via_place,
            )
        )
    return facts
