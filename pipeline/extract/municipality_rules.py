"""The rules of municipality finding: each says whether a candidate is (not) a municipality here.

``MUNICIPALITY_RULES`` at the end is the one ordered table of them that
``pipeline.extract.municipalities`` applies (``municipality_rule``). Here are the
rules of a name's context (a postcode, a verb, a list or column where another
name counted, ordinary words such as ``Best``); the namesakes (organisations,
persons, a village in another province) are ``municipality_namesakes``, a name
with its amount or in a table ``municipality_tables``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from pipeline.extract.foreign_names import doc_language, named_as_municipality, opens_money_row, ordinary_in_language
from pipeline.extract.municipality_columns import in_province_column
from pipeline.extract.municipality_context import (
    _POSTCODE_DIGITS,
    _POSTCODE_JOINED,
    _POSTCODE_LETTERS,
    Candidate,
    ListHead,
    fills_row,
    is_sentence_initial,
    next_index,
    prev_index,
    words_before,
)
from pipeline.extract.municipality_lexicon import MunicipalityWords
from pipeline.extract.municipality_namesakes import (
    in_organisation_context,
    is_person,
    organisation_follows,
    other_province_suffix,
)
from pipeline.extract.municipality_tables import amount_follows, gemeente_column_row, table_row_amount
from pipeline.gazetteer import name_key

# --------------------------------------------------------------------------
# Rules: each says whether a candidate is (not) a municipality here


def members_of_region(group: list[Candidate], head: ListHead) -> bool:
    """``regio Lelystad en Dronten``: two or more municipalities after ``regio`` make up the region.

    They are mentioned each; a single name after ``regio`` (``regio Utrecht``)
    names the region, and so does every name after ``provincie``.
    """
    return head.member_region and len(group) >= 2


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


def name_before_verb(doc: Doc, end: int, lex: MunicipalityWords) -> bool:
    """The name is the subject of a verb only a body does: ``Putten ontvangt``, ``Best vraagt``; also
    past a short apposition between commas (``Ede, met 120.400 inwoners, ontvangt``)."""
    j = next_index(doc, end)
    if j is not None and doc[j].text == ",":
        close = next((k for k in range(j + 1, min(len(doc), j + _APPOSITION_TOKENS)) if doc[k].text in ",.;:!?"),
                     None)
        if close is not None and doc[close].text == ",":
            j = next_index(doc, close + 1)
    if j is not None and doc[j].lower_ in lex.municipality_auxiliaries:
        # The perfect: its participle later in the clause ('Vaals heeft om € 2,1 miljoen gevraagd').
        for k in range(j + 1, min(len(doc), j + _PERFECT_TOKENS)):
            if doc[k].text in ".;:!?" or doc[k].lower_ in lex.municipality_participles:
                return doc[k].lower_ in lex.municipality_participles
    return j is not None and doc[j].lower_ in lex.municipality_verbs


# How far after the auxiliary its participle is read, in tokens.
_PERFECT_TOKENS = 14


# An apposition between commas after a name, in tokens at most.
_APPOSITION_TOKENS = 8


def is_ordinary_word(doc: Doc, cand: Candidate, lex: MunicipalityWords) -> bool:
    return name_key(doc[cand.start : cand.end].text) in lex.ordinary_word_keys


def accept_list_members(
    doc: Doc, group: list[Candidate], rules: list[str | None], lex: MunicipalityWords
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


def _row_start(text: str, start_char: int) -> int | None:
    """The start of the line ``start_char`` is on when only a row's edge (``|``, spaces) stands before it."""
    line_start = text.rfind("\n", 0, start_char) + 1
    return line_start if not text[line_start:start_char].strip(" |") else None


def accept_column_members(doc: Doc, text: str, rejected: list[Candidate], counted: list[Span],
                          lex: MunicipalityWords) -> list[Span]:
    """A capitalised Dutch-word name opening a table row counts when the row right above
    or below it opens with a municipality that counted (``Emmen<TAB>734.000`` under
    ``Assen<TAB>612.000``): the first column of the table lists municipalities, whatever
    its header says (``Ontvanger``, ``Centrumgemeente``)."""
    opening = {at for span in counted if fills_row(doc, Candidate(span.start, span.end, None))
               and (at := _row_start(text, span.start_char)) is not None}
    out = []
    for cand in rejected:
        span = doc[cand.start : cand.end]
        line_start = _row_start(text, span.start_char)
        if (line_start is None or span.text.islower() or not is_ordinary_word(doc, cand, lex)
                or not fills_row(doc, cand) or in_organisation_context(doc, cand.start, lex)
                or organisation_follows(doc, cand.end, lex) or is_person(doc, cand, lex)):
            continue
        above = text.rfind("\n", 0, max(line_start - 1, 0)) + 1 if line_start else None
        line_end = text.find("\n", span.end_char)
        below = line_end + 1 if line_end >= 0 else None
        if above in opening or below in opening:
            out.append(Span(doc, cand.start, cand.end, label="gemeente_column", kb_id=cand.municipality.code))
    return out


def foreign_word(c: MentionContext) -> bool:
    """In a document in another language, a name that is a word of it or a town abroad (``Best
    regards``, ``ein Stein``, Bergen in Norway; ``pipeline.extract.foreign_names``) is no
    municipality unless named as one, after a postcode or in a table row with an amount."""
    return ordinary_in_language(c.doc, c.text) and not (
        c.head.gemeente or named_as_municipality(c.doc, words_before(c.doc, c.cand.start, 3))
        or after_postcode(c.doc, c.cand.start) or table_row_amount(c.doc, c.cand, c.lex)
        or opens_money_row(c.doc_text, c.span.start_char))


# --------------------------------------------------------------------------
# The rule table


@dataclass(frozen=True)
class MentionContext:
    """What the rules read about one candidate: its Doc, its list and what heads that list."""

    doc: Doc
    cand: Candidate
    group: list[Candidate]
    head: ListHead
    lex: MunicipalityWords
    # The page text, read once by the caller (rebuilding it walks every token).
    doc_text: str
    accept_lowercase: bool = False

    @property
    def span(self) -> Span:
        return self.doc[self.cand.start : self.cand.end]

    @property
    def text(self) -> str:
        return self.span.text


# What a rule that holds means for the candidate.
NOT_HERE = "not_a_municipality_here"
MENTION = "mention"
# Which names a rule reads: all, the names that are also Dutch words (``Best``,
# ``Huizen``; ``ordinary_word_names``), or the other names.
ANY, DUTCH_WORD, NAME_ONLY = "any", "dutch_word", "name_only"


@dataclass(frozen=True)
class MunicipalityRule:
    """One municipality rule: its name, its trigger, and what it means when it holds.

    ``holds`` is None for a rule another step gives (``enumeration``);
    ``means`` is ``NOT_HERE`` (the candidate is no mention: an organisation, a
    person) or ``MENTION`` (the name reaches the ``rule`` column); ``names``
    limits the rule to Dutch-word names or to the others; ``evidence`` says
    whether the rule is enough to count a Dutch-word name (``mede namens``
    names the list, but ``Best`` in it still needs evidence of its own).
    """

    name: str
    holds: Callable[[MentionContext], bool] | None
    means: str = MENTION
    names: str = ANY
    evidence: bool = True


# The municipality rules, in order: the first rule that holds for a candidate
# decides (the exclusions come first); a Dutch-word name counts only when a
# rule with evidence holds as well. A new rule is one entry here, its trigger
# above (see the README, "Adding a rule").
MUNICIPALITY_RULES: tuple[MunicipalityRule, ...] = (
    MunicipalityRule("organisation_before", lambda c: in_organisation_context(c.doc, c.cand.start, c.lex), NOT_HERE),
    MunicipalityRule("organisation_after", lambda c: organisation_follows(c.doc, c.cand.end, c.lex), NOT_HERE),
    MunicipalityRule("person", lambda c: is_person(c.doc, c.cand, c.lex), NOT_HERE),
    MunicipalityRule("other_province", lambda c: other_province_suffix(c.doc, c.cand, c.lex), NOT_HERE),
    MunicipalityRule("province_column", lambda c: in_province_column(
        c.doc_text, c.span.start_char, c.span.end_char, c.lex), NOT_HERE),
    MunicipalityRule("foreign_word", foreign_word, NOT_HERE),
    # Lower-case ``huizen`` or ``best`` never counts; another lower-case name only
    # after ``gemeente`` or with ``accept_lowercase``.
    MunicipalityRule("lower_case_word", lambda c: c.text.islower(), NOT_HERE, names=DUTCH_WORD),
    MunicipalityRule("lower_case_name", lambda c: c.text.islower() and not (c.accept_lowercase or c.head.gemeente),
                     NOT_HERE, names=NAME_ONLY),
    MunicipalityRule("address_block", lambda c: after_postcode(c.doc, c.cand.start)),
    MunicipalityRule("mede_namens_list", lambda c: c.head.co_applicant, evidence=False),
    MunicipalityRule("gemeente_prefix", lambda c: c.head.gemeente),
    MunicipalityRule("name_before_amount", lambda c: amount_follows(c.doc, c.cand.end, c.lex)
                     or table_row_amount(c.doc, c.cand, c.lex), names=DUTCH_WORD),
    # A partner's row of a budget in another language ('Best | NL | 420,000'): cells between the name and its money.
    MunicipalityRule("foreign_money_row", lambda c: doc_language(c.doc) != "nl"
                     and opens_money_row(c.doc_text, c.span.start_char), names=DUTCH_WORD),
    MunicipalityRule("gemeente_column", lambda c: gemeente_column_row(
        c.doc_text, c.span.start_char, c.span.end_char, c.lex), names=DUTCH_WORD),
    MunicipalityRule("name_before_verb", lambda c: name_before_verb(c.doc, c.cand.end, c.lex), names=DUTCH_WORD),
    MunicipalityRule("capitalised_name", lambda c: not c.text.isupper()
                     and not is_sentence_initial(c.doc, c.cand.start), names=DUTCH_WORD),
    MunicipalityRule("gazetteer_name", lambda c: c.cand.official, names=NAME_ONLY),
    MunicipalityRule("gazetteer_alias", lambda c: True, names=NAME_ONLY),
    # A Dutch-word name in a list where another name counted, given by accept_list_members.
    MunicipalityRule("enumeration", None, names=DUTCH_WORD),
)
RULES = tuple(rule.name for rule in MUNICIPALITY_RULES if rule.means == MENTION)


def municipality_rule(context: MentionContext) -> str | None:
    """The rule that makes the candidate a municipality mention, or None when it is not one.

    The first rule of ``MUNICIPALITY_RULES`` that reads this kind of name and
    holds decides; for a Dutch-word name whose deciding rule is no evidence
    (``mede_namens_list``) a later rule with evidence must hold too.
    """
    word = is_ordinary_word(context.doc, context.cand, context.lex)
    skip = NAME_ONLY if word else DUTCH_WORD
    decided: str | None = None
    for rule in MUNICIPALITY_RULES:
        if rule.holds is None or rule.names == skip:
            continue
        if decided is not None and not rule.evidence:
            continue  # decided already: only looking for evidence
        if not rule.holds(context):
            continue
        if rule.means == NOT_HERE:
            return None
        decided = decided or rule.name
        if not word or rule.evidence:
            return decided
    return None
