"""The rules of municipality finding: each says whether a candidate is (not) a municipality here.

Organisations (``Universiteit Utrecht``), persons (``mevrouw Van Leiden``),
parties, postcodes, table rows with amounts, provinces (``Utrecht`` after
``provincie``), ordinary words (``Best``, ``Zuidplas`` in lower case), ...
``MUNICIPALITY_RULES`` at the end is the one ordered table of them that
``pipeline.extract.municipalities`` applies (``municipality_rule``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from pipeline.extract.municipality_columns import in_province_column
from pipeline.extract.municipality_context import (
    _INITIALS,
    _POSTCODE_DIGITS,
    _POSTCODE_JOINED,
    _POSTCODE_LETTERS,
    Candidate,
    ListHead,
    fills_row,
    is_sentence_initial,
    next_index,
    prev_index,
    starts_line,
    starts_paragraph,
    words_before,
)
from pipeline.extract.municipality_lexicon import MunicipalityWords, party_key
from pipeline.gazetteer import name_key

# --------------------------------------------------------------------------
# Rules: each says whether a candidate is (not) a municipality here


def members_of_region(group: list[Candidate], head: ListHead) -> bool:
    """``regio Lelystad en Dronten``: two or more municipalities after ``regio`` make up the region.

    They are mentioned each; a single name after ``regio`` (``regio Utrecht``)
    names the region, and so does every name after ``provincie``.
    """
    return head.member_region and len(group) >= 2


def is_organisation_word(word: str, lex: MunicipalityWords) -> bool:
    """``rechtbank``, and compounds ending in a long organisation word (``rijksuniversiteit``)."""
    return word in lex.organisation_words or any(
        len(org) >= 6 and word.endswith(org) for org in lex.organisation_words
    )


# At most this many capitalised words of an organisation's own name stand between its word
# (``Stichting``) and a municipality's name it ends with.
ORGANISATION_NAME_MAX_WORDS = 3


def in_organisation_context(doc: Doc, start: int, lex: MunicipalityWords) -> bool:
    """``Universiteit Utrecht``, ``Rechtbank Den Haag``, ``Hogeschool van Amsterdam``."""
    # 'Twee ton voor de haven' / (empty line) / 'Urk krijgt ...': a headline's last word is no
    # organisation the paragraph's first name belongs to.
    words = [] if starts_paragraph(doc, start) else words_before(doc, start, 3)
    if not words:
        return False
    if is_organisation_word(words[0], lex):
        return True
    if words[0] == "van" and len(words) > 1 and is_organisation_word(words[1], lex):
        return True
    if words[:2] == ["te", "gemeente"] and _congregation(doc, start):
        return True
    # 'Stichting Kunstencentrum Venlo', 'Stichting Nationaal Park Utrechtse Heuvelrug': capitalised
    # words of the organisation's own name between, in the same cell of the same line.
    j = prev_index(doc, start)
    for _ in range(ORGANISATION_NAME_MAX_WORDS):
        before = prev_index(doc, j)
        if (before is None or not doc[j].text[:1].isupper()
                or any("\n" in doc[i].text or "\t" in doc[i].text for i in range(before + 1, start))):
            return False
        if is_organisation_word(doc[before].lower_, lex):
            return True
        j = before
    return False


def _congregation(doc: Doc, start: int) -> bool:
    """``Protestantse Gemeente te Kampen``: a church congregation is a capitalised ``Gemeente`` after its
    denomination, named ``te`` its town; a municipality is ``gemeente Kampen``."""
    g = prev_index(doc, prev_index(doc, start))
    a = prev_index(doc, g) if g is not None else None
    return (a is not None and doc[g].text == "Gemeente" and doc[a].text[:1].isupper()
            and not any("\n" in doc[i].text or "\t" in doc[i].text for i in range(a, start)))


def organisation_follows(doc: Doc, end: int, lex: MunicipalityWords) -> bool:
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


def in_person_context(doc: Doc, start: int, lex: MunicipalityWords, end: int | None = None) -> bool:
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


def is_name_word(doc: Doc, i: int, lex: MunicipalityWords) -> bool:
    """A word of a person's name: capitalised (``Bromet``, ``Van``), initials, or a particle."""
    tok = doc[i]
    return (
        tok.text[:1].isupper() and tok.text.replace("-", "").replace("'", "").isalpha()
        or bool(_INITIALS.match(tok.text))
        or tok.lower_ in lex.name_particles
    )


def in_person_list(doc: Doc, start: int, lex: MunicipalityWords, max_tokens: int = 12) -> bool:
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


def party_follows(doc: Doc, end: int, lex: MunicipalityWords) -> tuple[bool, bool]:
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


def is_person(doc: Doc, cand: Candidate, lex: MunicipalityWords) -> bool:
    """The name is a person's surname here (title, initials, first name, list of members, party)."""
    return (
        in_person_context(doc, cand.start, lex, cand.end)
        or in_person_list(doc, cand.start, lex)
        or party_follows(doc, cand.end, lex)[0]
    )


def persons_list(doc: Doc, group: list[Candidate], lex: MunicipalityWords) -> bool:
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


def is_money_token(text: str, lex: MunicipalityWords) -> bool:
    lower = text.lower()
    return lower in lex.money_words or lower.startswith("€") or lower.endswith("€")


def amount_follows(doc: Doc, end: int, lex: MunicipalityWords) -> bool:
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


def table_row_amount(doc: Doc, cand: Candidate, lex: MunicipalityWords) -> bool:
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


def tab_row_amount(doc: Doc, cand: Candidate, lex: MunicipalityWords) -> bool:
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
    text: str, start_char: int, end_char: int, lex: MunicipalityWords, max_rows: int = 60
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


def other_province_suffix(doc: Doc, cand: Candidate, lex: MunicipalityWords) -> bool:
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
