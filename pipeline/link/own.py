"""Money the writing municipality receives, in its own document: ``Van de provincie Fryslân
ontvangen wij een subsidie van € 750.000``, ``wij rekenen op € 1.020.000``.

In a municipality's own document (its council proposal, raadsinformatiebrief) money another body
gives it carries its code (ANNOTATING.md), but its own costs, reserves and spending do not; so only
``wij`` (``we``, ``onze gemeente``) as the subject of a verb of receiving, or of ``rekenen op`` an
amount or a contribution, links here. The document is the municipality's own when its sender is
the municipality (``pipeline.link.parties.sender_municipality``).
The rows of a financing table that name another body's money (``Subsidie provincie Fryslân |
€ 750.000``) are such money too (``income_row``). ``pipeline.normalize.amounts`` asks here when
no link rule fired (``link_rule = "own_receipt"``).

Its share in what a joint body's members pay is its own cost there and gets no code (``own_cost``):
its share named with it (``De bijdrage van Hengelo stijgt met € Y``), or its own row in a column of
contributions (``Emmen | 4.271`` under ``Bijdrage 2025`` in its letter on a joint body's budget).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.link.amounts import link_municipality as link_municipality_of
from pipeline.link.amounts import places_of
from pipeline.link.mentions import (
    LinkInput,
    Mention,
    amounts_between,
    is_row_or_item,
    line_of,
    lines_above,
    table_top,
    total_row,
)
from pipeline.link.payments import for_account_of
from pipeline.link.words import link_words
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile

# Where the amount's sentence starts.
_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n")


@dataclass(frozen=True)
class _OwnWords:
    subject_verb: re.Pattern
    verb_subject: re.Pattern
    granted_us: re.Pattern
    granted_us_perfect: re.Pattern
    granted_participle_after: re.Pattern
    expects: re.Pattern
    blockers: re.Pattern
    income_header: re.Pattern
    income_row: re.Pattern
    own_means_row: re.Pattern
    own_income_after: re.Pattern
    contribution_column: re.Pattern
    subject_perfect: re.Pattern
    received_participle_after: re.Pattern
    verb_subject_after: re.Pattern
    paid_us_infinitive: re.Pattern


@lru_cache(maxsize=1)
def _words() -> _OwnWords:
    data = load_file(AmountsLinkingFile)
    subjects = alternation(data.own_subjects)
    receive = alternation(data.own_receive_verbs)
    nouns = alternation(data.income_nouns)
    return _OwnWords(
        # 'wij ontvangen (van de provincie) (een subsidie van) € Y'.
        subject_verb=re.compile(r"(?<![\w])" + subjects + r"[ \t]+" + receive + r"(?![\w])", re.IGNORECASE),
        # 'Van de provincie ontvangen wij ... € Y': the verb before its subject.
        verb_subject=re.compile(r"(?<![\w])" + receive + r"[ \t]+" + subjects + r"(?![\w])", re.IGNORECASE),
        # 'De provincie verstrekt ons (een lening van) € Y': 'ons' the one given to.
        granted_us=re.compile(r"(?<![\w])" + alternation(data.own_granted_phrases) + r"(?![\w])", re.IGNORECASE),
        # 'De provincie heeft ons ... € Y toegekend': only with the participle of granting after it.
        granted_us_perfect=re.compile(r"(?<![\w])" + alternation(data.own_granted_perfect) + r"(?![\w])",
                                      re.IGNORECASE),
        granted_participle_after=re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+" + alternation(data.grant_participles)
                                            + r"(?![\w])", re.IGNORECASE),
        # 'Dekking', or a header that goes on to say of what: 'Financiering renovatie'.
        income_header=re.compile(r"[ \t|]*" + alternation(data.income_table_headers)
                                 + r"(?:[ \t]+[^\W\d_]+){0,3}(?:[ \t]*\([^()\n\t|]*\))?[ \t]*(?:\||\t)",
                                 re.IGNORECASE),
        income_row=re.compile(r"[ \t|]*" + alternation(data.income_row_labels) + r"(?![\w])", re.IGNORECASE),
        own_means_row=re.compile(r"[ \t|]*" + alternation(data.own_means_rows) + r"(?![\w])", re.IGNORECASE),
        own_income_after=re.compile(r"[ \t]+" + alternation(data.own_income_nouns_after) + r"(?![\w])", re.IGNORECASE),
        # 'Bijdrage 2025', 'Deelnemersbijdrage', 'Eigen bijdrage (€)': a column of what each member pays.
        contribution_column=re.compile(r"\s*(?:eigen\s+)?" + alternation(data.share_nouns) + r"(?![\w])",
                                       re.IGNORECASE),
        blockers=re.compile(r"(?<![\w])" + alternation(data.own_receive_blockers) + r"(?![\w])", re.IGNORECASE),
        # 'Bij de provincie hebben wij op 20 november een bijdrage van € Y aangevraagd': the perfect, its participle
        # of receiving or asking right after the amount.
        subject_perfect=re.compile(r"(?<![\w])(?:" + alternation(data.receive_auxiliaries) + r"[ \t]+" + subjects
                                   + r"|" + subjects + r"[ \t]+" + alternation(data.receive_auxiliaries) + r")(?![\w])",
                                   re.IGNORECASE),
        received_participle_after=re.compile(r"(?:[ \t]+[^\W\d_]+){0,2}?[ \t]+" + alternation(data.receive_participles)
                                             + r"(?![\w])", re.IGNORECASE),
        # 'Het laatste deel van de rijksbijdrage, € 2,56 miljoen, ontvangen wij in 2025': the verb and 'wij' after it.
        verb_subject_after=re.compile(r"[ \t]*,?[ \t]*" + receive + r"[ \t]+" + subjects + r"(?![\w])", re.IGNORECASE),
        # 'De commissie heeft aangeboden ons een afkoopsom te betalen van € Y': 'ons' the one paid, the
        # money its object, the infinitive right before the amount.
        paid_us_infinitive=re.compile(r"(?<![\w])ons(?:[ \t]+[^\W\d_]+){1,3}?[ \t]+"
                                      + alternation(data.own_paid_infinitives) + r"[ \t]+van[ \t]+$", re.IGNORECASE),
        # 'wij rekenen op (een bijdrage van) € Y': the amount right after, or a contribution of it.
        expects=re.compile(r"(?<![\w])(?:" + subjects + r"[ \t]+)?" + alternation(data.own_expect_verbs)
                           + r"[ \t]+(?:een[ \t]+" + nouns + r"[ \t]+van[ \t]+)?$", re.IGNORECASE),
    )


# After a received amount: 'en' and another thing received, with its giver, before its amount.
_SECOND_OBJECT = re.compile(r"[ \t]+en[ \t]+(?:een|de|het)[ \t]+[^.,;:!?()\n€\d]{1,80}?[ \t]+van[ \t]+",
                            re.IGNORECASE)


def to_ourselves(links: LinkInput, start: int, end: int, depth: int = 0, own: str | None = None) -> bool:
    """``_to_ourselves`` where the amount stands, or for the euro value in brackets of a figure in
    guilders, where that figure stands (``ontvingen wij een voorschot van f 62 miljoen (€ 28,1 miljoen)``)."""
    return any(_to_ourselves(links, s, e, depth, own) for s, e in places_of(links.text, start, end))


def _to_ourselves(links: LinkInput, start: int, end: int, depth: int = 0, own: str | None = None) -> bool:
    """``wij`` (the writing municipality) receive the amount, in its clause: the subject and its
    verb of receiving before it, no clause break, amount, cost or subordinate clause between; or
    ``wij rekenen op`` it. A municipality named in the sentence may be the giver or the receiver:
    no link then. A second object of the same verb after ``en`` (``ontvingen wij een vergoeding
    van € A en een bijdrage van de provincie van € B``) is received too. The writer's own name (``own``) in
    the sentence, as in a programme's (``Van het Nationaal Programma Groningen ontvangen wij``), is
    neither giver nor other receiver."""
    previous = links.amount_before(start)
    if (depth < 5 and previous is not None
            and _SECOND_OBJECT.fullmatch(links.text, previous[1], start) is not None
            and not any(previous[1] <= o.start and o.end <= start for o in links.mentions)):
        return to_ourselves(links, previous[0], previous[1], depth + 1, own)
    words = _words()
    text = links.text
    if words.own_income_after.match(text, end) is not None:
        return False
    lo = max(0, start - 200)
    stops = list(_SENTENCE_END.finditer(text, lo, start))
    lo = stops[-1].end() if stops else lo
    if any(lo <= o.start and o.end <= start and o.code != own for o in links.mentions):
        return False
    window = text[lo:start]
    if (words.expects.search(window) is not None or words.paid_us_infinitive.search(window) is not None
            or _received_after(links, end) or _paid_to_us_after(links, start, end)
            or _grant_yields(window, links.text, end) or _set_aside_for_us().match(text, end) is not None):
        return True
    cues = [m for pattern in (words.subject_verb, words.verb_subject, words.granted_us)
            for m in pattern.finditer(window)]
    if words.granted_participle_after.match(text, end) is not None:
        cues += list(words.granted_us_perfect.finditer(window))
    if words.received_participle_after.match(text, end) is not None:
        cues += list(words.subject_perfect.finditer(window))
    if not cues:
        return False
    cue_end = lo + max(m.end() for m in cues)
    between = text[cue_end:start]
    return (re.search(r"[,:()]", between) is None
            and len(between.split()) <= link_words().verb_last_gap_max_words
            and not amounts_between(links, cue_end, start)
            and words.blockers.search(between) is None
            and link_words().other_subject.search(between) is None)


@lru_cache(maxsize=1)
def _set_aside_for_us() -> re.Pattern:
    """' voor onze gemeente gereserveerd', ' toegekend aan ons' right after the amount: another body's money set
    aside for the writer, the participle on either side of it (a purpose, 'voor onze wegen', is none)."""
    participle = alternation(load_file(AmountsLinkingFile).reserve_participles)
    us = r"(?:voor|aan)[ \t]+(?:ons|onze[ \t]+gemeente)"
    return re.compile(rf"[ \t]+(?:{us}[ \t]+{participle}|{participle}[ \t]+{us})(?![\w])", re.IGNORECASE)


def _received_after(links: LinkInput, end: int) -> bool:
    """``€ 2,56 miljoen, ontvangen wij in 2025``: the verb of receiving and ``wij`` right after the
    amount, no other amount in the rest of its sentence (``Van de € 5 miljoen ontvangen wij € 2
    miljoen``: the whole a part is taken of)."""
    after = _words().verb_subject_after.match(links.text, end)
    if after is None:
        return False
    stop = _SENTENCE_END.search(links.text, after.end(), after.end() + 200)
    return not amounts_between(links, after.end(), stop.start() if stop else after.end() + 200)


@lru_cache(maxsize=1)
def _yields() -> tuple[re.Pattern, re.Pattern]:
    """'De specifieke uitkering sport (SPUK) levert naar verwachting ' before the amount: the clause opens with
    money another body gives, its verb of bringing in last; 'op' right after the amount."""
    data = load_file(AmountsLinkingFile)
    opening = re.compile(r"^\s*(?:(?:de|het|een)[ \t]+)?(?:[^\W\d_]+[ \t]+)?" + alternation(data.received_money_rows)
                         + r"[^.;:!?\n€\d]{0,40}?[ \t]+" + alternation(data.own_yield_verbs)
                         + r"(?:[ \t]+[^\s.,;:!?€()]+){0,3}?[ \t]*$", re.IGNORECASE)
    return opening, re.compile(r"[ \t]+op(?![\w])", re.IGNORECASE)


def _grant_yields(window: str, text: str, end: int) -> bool:
    """``De specifieke uitkering sport (SPUK) levert naar verwachting € 1.340.000 op``: in the municipality's own
    document what a grant or the Rijk's money brings in is money it receives; a sale's or a tax's yield is its
    own income (``De verkoop van de grond levert € Y op``)."""
    opening, particle = _yields()
    return opening.search(window) is not None and particle.match(text, end) is not None


@lru_cache(maxsize=1)
def _paid_to_us() -> tuple[re.Pattern, re.Pattern]:
    """'een exploitatiebijdrage van ' before the amount (a compound of a money noun); ' die de Stichting X
    ons (vanaf de opening) betaalt' after it, no clause break, figure or negation in the relative clause."""
    data = load_file(AmountsLinkingFile)
    noun = re.compile(r"[^\W\d_]*" + alternation(data.income_nouns, bare=True) + r"[ \t]+van[ \t]+$", re.IGNORECASE)
    word = r"[ \t]+(?!(?:niet|geen)(?![\w]))[^\W\d_][^\s.,;:!?€()]*"
    relative = re.compile(rf"[ \t]*,?[ \t]*(?:die|dat)(?:{word}){{1,6}}?[ \t]+ons(?:{word}){{0,4}}?[ \t]+"
                          rf"{alternation(data.own_paid_relative_verbs)}(?![\w])", re.IGNORECASE)
    return noun, relative


def _paid_to_us_after(links: LinkInput, start: int, end: int) -> bool:
    """``de jaarlijkse exploitatiebijdrage van € 35.000 die de stichting ons vanaf de opening betaalt``: a
    contribution whose relative clause says another body pays it ``ons``, the writing municipality. Rent or a
    price paid us is its own income, no contribution (``een huur van € Y die de club ons betaalt``)."""
    noun, relative = _paid_to_us()
    return (noun.search(links.text, max(0, start - 60), start) is not None
            and relative.match(links.text, end) is not None)


# The body's own name after its kind, of up to three words ('Waterschap Drents Overijsselse Delta').
_GIVER_NAME = r"(?:[ \t]+(?-i:[A-Z][\w'-]*)){0,3}"


@lru_cache(maxsize=1)
def _giver_contributes() -> re.Pattern:
    data = load_file(AmountsLinkingFile)
    # The body's clause may follow a colon ('Wetterskip Fryslân betaalt daarom mee: het Wetterskip draagt'), or its
    # verb stand first after a clause of condition ('Valt de aanbesteding hoger uit, dan draagt het waterschap').
    # Two bodies may give together, with the plural verb ('Het Rijk en de provincie Fryslân dragen samen € Y bij').
    giver = rf"{alternation(data.own_givers)}{_GIVER_NAME}"
    givers = rf"{giver}(?:[ \t]+en[ \t]+{giver})?"
    verbs = alternation([*data.contribute_verbs, *data.contribute_verbs_plural])
    return re.compile(rf"(?:(?:^|[:;])\s*{givers}[ \t]+{verbs}|,[ \t]*dan[ \t]+{verbs}[ \t]+{givers})"
                      rf"(?:[ \t]+[^\W\d_]+){{0,6}}?[ \t]*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _giver_forms() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """'Ook het waterschap betaalt mee: ' before the amount; '..., met de provincie Fryslân, die '
    before it and 'bijdraagt' last in the clause after it (a bracket between, its value in guilders)."""
    data = load_file(AmountsLinkingFile)
    giver = rf"{alternation(data.own_givers)}{_GIVER_NAME}"
    colon = re.compile(rf"^\s*(?:[^\W\d_]+[ \t]+)?{giver}[ \t]+{alternation(data.own_giver_phrases)}[ \t]*:[ \t]*$",
                       re.IGNORECASE)
    relative = re.compile(rf"(?<![\w]){giver}[ \t]*,[ \t]*die(?:[ \t]+[^\W\d_]+){{0,3}}?[ \t]*$", re.IGNORECASE)
    last = re.compile(rf"(?:[ \t]*\([^()\n]{{1,60}}\))?(?:[ \t]+[^\W\d_]+){{0,3}}?[ \t]+"
                      rf"{alternation(data.own_giver_final_verbs)}(?![\w])", re.IGNORECASE)
    return colon, relative, last


def given_by_a_body(links: LinkInput, start: int, end: int) -> bool:
    """``De provincie Fryslân draagt f 220.000,-- (€ 99.831,65) bij uit het monumentenfonds``, ``Het
    Rijk draagt via de Rijksdienst ... € Y bij``: in a municipality's own proposal the province, the
    Rijk or a water board that contributes gives the money to it (the euro value in brackets read
    where its guilder figure stands), ``De provincie heeft de bijdrage van € Y op 4 februari bij beschikking
    verleend``. No municipality is named in the sentence before the amount."""
    for s, e in places_of(links.text, start, end):
        stops = list(_SENTENCE_END.finditer(links.text, max(0, s - 200), s))
        lo = stops[-1].end() if stops else max(0, s - 200)
        if (_giver_contributes().search(links.text[lo:s]) is not None
                and link_words().contribute_particle_after.match(links.text, e) is not None
                and not amounts_between(links, lo, s)
                and not any(lo <= o.start < s for o in links.mentions)):
            return True
        colon, relative, last = _giver_forms()
        if (colon.match(links.text[lo:s]) is not None and not amounts_between(links, lo, s)
                and not any(lo <= o.start < s for o in links.mentions)):
            return True
        if relative.search(links.text[lo:s]) is not None and last.match(links.text, e) is not None:
            return True
        opening, participle = _giver_granted()
        if (opening.match(links.text[lo:s]) is not None and participle.match(links.text, e) is not None
                and not amounts_between(links, lo, s) and not any(lo <= o.start < s for o in links.mentions)):
            return True
    return False


@lru_cache(maxsize=1)
def _giver_granted() -> tuple[re.Pattern, re.Pattern]:
    """'De provincie Overijssel heeft op 2 juli 2024 een bijdrage van ' before the amount, its participle of
    granting after it ('toegekend', 'op 4 februari bij beschikking verleend'): the body granted it the money."""
    data = load_file(AmountsLinkingFile)
    giver = rf"{alternation(data.own_givers)}{_GIVER_NAME}"
    # Between the auxiliary and the money only a time or 'ons': no article or name of another object it was given to.
    between = r"(?:[ \t]+(?!(?:de|het|een|aan)(?![\w]))(?-i:(?![A-Z]))[^\s.;:!?€]+){0,8}?"
    # The writer itself as the one given to, and the fund it comes out of: 'heeft de gemeente uit het Programma
    # Herstructurering Glastuinbouw een bijdrage van'.
    to_us = r"(?:[ \t]+(?:de|onze)[ \t]+gemeente)?(?:[ \t]+uit[ \t]+(?:het|de)(?:[ \t]+[^\s.;:!?€]+){1,5}?)?"
    opening = re.compile(rf"^\s*{giver}[ \t]+(?:heeft|had)(?![\w]){to_us}{between}[ \t]+(?:een|de|het)[ \t]+"
                         rf"{alternation(data.income_nouns)}[ \t]+van[ \t]*$", re.IGNORECASE)
    participle = re.compile(rf"(?:[ \t]+[\w-]+){{0,6}}?[ \t]+{alternation(data.grant_participles)}(?![\w])",
                            re.IGNORECASE)
    return opening, participle


def in_income_table(text: str, start: int) -> bool:
    """Whether the figure at ``start`` stands in a row of a financing table (its first header
    ``Dekking``, ``Financiering``), not its total."""
    if not is_row_or_item(text, start) or total_row(text, start):
        return False
    row_start, _ = line_of(text, start)
    for start_of, line in lines_above(text, row_start):
        if not line.strip():
            return False
        if not ("\t" in line or "|" in line):
            # 'Baten' on a line of its own between the rows of a table of costs and income, a row of figures
            # right above it ('Totaal lasten | 36.959'): a section's label.
            above = next(lines_above(text, start_of, 1), (0, ""))[1]
            return (_words().income_header.match(line.rstrip() + "\t") is not None and len(line.split()) <= 2
                    and re.search(r"\d[.,]?\d", above) is not None and ("\t" in above or "|" in above))
        if _words().income_header.match(line) is not None:
            return True
    return False


def own_means_row(text: str, start: int) -> bool:
    """A row of a financing table that names the municipality's own means (``Reserve binnenstad
    Sneek``, ``Onttrekking reserve``): in its own document no one else's money, whatever place or
    former municipality the reserve is named after."""
    if not is_row_or_item(text, start):
        return False
    row_start, _ = line_of(text, start)
    return _words().own_means_row.match(text, row_start) is not None and in_income_table(text, start)


def income_row(text: str, start: int) -> bool:
    """A row of a financing table (its first header ``Dekking``, ``Financiering``, ``Baten``) whose
    label names money another body gives (``Subsidie provincie Fryslân``, ``Rijksbijdrage SPUK``);
    not its total, not the municipality's own means (``Onttrekking reserve``)."""
    if not is_row_or_item(text, start):
        return False
    row_start, _ = line_of(text, start)
    return _words().income_row.match(text, row_start) is not None and in_income_table(text, start)


# The link rules of a table row.
_ROW_RULES = frozenset({"name_then_amount", "table_row", "same_row"})


def own_cost(links: LinkInput, end: int, link: tuple[Mention, str], own: str,
             column_label: str | None) -> bool:
    """Whether ``link`` gives the amount to the writing municipality ``own`` as its share in what a
    joint body's members pay: its share named with it (``De bijdrage van Hengelo stijgt met € Y``),
    or its row in a column of contributions (``Bijdrage 2025``). Its co-financing of a project it
    asks a grant for (``De gemeente Zwolle draagt zelf € 125.000 bij``) keeps its code, as the
    held-out set reads it."""
    mention, rule = link
    if mention.code != own:
        return False
    # The share again as it will be ('De bijdrage van Hengelo stijgt van € A naar € B') is as much its own.
    if rule in ("payment_to", "restated"):
        return link_words().share_of.search(links.text, max(0, mention.start - 60), mention.start) is not None
    if rule in ("means_for", "reserved_for"):
        # 'Voor Kampen betekent de begroting een stijging van de bijdrage met € Y': its share's change.
        return _share_word().search(links.text, mention.end, end) is not None
    if rule not in _ROW_RULES or column_label is None:
        return False
    if _words().contribution_column.match(column_label) is not None:
        return True
    # 'Deelnemersbijdragen (in €) | 2025 | 2026': the header's first cell names the contributions its years are of.
    if re.fullmatch(r"\s*(?:19|20)\d\d\s*", column_label):
        header = table_top(links.text, line_of(links.text, end)[0])
        first_cell = re.split(r"[\t|]", links.text[header:links.text.find("\n", header)])[0]
        if _words().contribution_column.match(first_cell) is not None:
            return True
    # 'Zaanstad | 4.411.870 | 4.592.140 | 180.270' under 'Bijdrage 2025 | Bijdrage 2026 | Verschil': the
    # change of its contribution is its own cost as the contribution is.
    if _difference_column().match(column_label) is None:
        return False
    header = table_top(links.text, line_of(links.text, end)[0])
    first = links.text[header:links.text.find("\n", header)]
    return any(_words().contribution_column.match(cell) for cell in re.split(r"[\t|]", first)[1:])


_ROW_LINKS = ("table_row", "name_then_amount", "same_row")


@lru_cache(maxsize=1)
def _share_word() -> re.Pattern:
    return re.compile(alternation(load_file(AmountsLinkingFile).share_nouns), re.IGNORECASE)


def own_charge(links: LinkInput, end: int, found: tuple[Mention, str], writer: str | None) -> bool:
    """A sum the writer's own document charges to a bare ``de gemeente`` (``Het restant van € 33.900 komt
    voor rekening van de gemeente``): the writer's own cost there, no money it pays another body."""
    return writer is not None and found[0].code == writer and found[1] == "contributes" and for_account_of(links, end)


def own_bare_row(found: tuple[Mention, str], own: str | None) -> bool:
    """A row of the writer's own table that names it only as a bare ``de gemeente`` (``Ten laste van de
    gemeente | 238.235`` under a credit's costs and the others' contributions): the part it bears
    itself, its own money, not money the row gives it."""
    return own is not None and found[0].code == own and found[1] in _ROW_LINKS


def own_project_row(links: LinkInput, start: int, end: int, writer: str) -> bool:
    """A row of the writer's own table that names the writer inside a longer label (``Klimaatadaptatie
    centrum Venray``, ``Nieuw beleid: Nijmegen Fietsstad``): a project or policy of its own, its own
    money, not money the row gives the municipality. Only where a row rule links it to the writer
    and the name is not all of its cell (``Venray | 1.600`` stays the row of a municipality)."""
    found = link_municipality_of(links, start, end)
    if found is None or found[1] not in _ROW_LINKS or found[0].code != writer:
        return False
    text, mention = links.text, found[0]
    line_start, line_end = line_of(text, mention.start)
    cell_start = max(line_start, text.rfind("\t", line_start, mention.start) + 1,
                     text.rfind("|", line_start, mention.start) + 1)
    ends = [i for i in (text.find("\t", mention.end, line_end), text.find("|", mention.end, line_end)) if i >= 0]
    cell = text[cell_start:min(ends, default=line_end)]
    if re.match(r"[ \t|]*" + _income_nouns() + r"(?![\w])", cell, re.IGNORECASE):
        # 'Bijdrage Woonkracht Apeldoorn': money paid to it, not a project of its own; but 'Subsidie gemeente
        # Deventer' in a foundation's accounts quoted in Deventer's memo names the writer as the giver: its own money.
        return _GIVER_GEMEENTE.fullmatch(text, cell_start, mention.start) is not None
    rest = re.sub(r"(?i)(?<![\w])gemeente(?![\w])", " ", cell.replace(text[mention.start:mention.end], " "))
    return re.search(r"[^\W\d_]{2,}", rest) is not None  # 'Gemeente Venray' is the name alone


# The income noun right before 'gemeente' and the writer's name: 'Subsidie gemeente Deventer'.
_GIVER_GEMEENTE = re.compile(r"[ \t|]*[^\W\d_]+[ \t]+(?:van[ \t]+)?(?:de[ \t]+)?gemeente[ \t]+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _income_nouns() -> str:
    return alternation(load_file(AmountsLinkingFile).income_nouns)


def own_reserve_row(links: LinkInput, start: int, end: int) -> bool:
    """A row of the writer's own table whose label opens with a reserve or a provision and names a
    municipality in it (``Reserve kapitaallasten MFC Winschoten``, ``Reserve Nationaal Programma
    Groningen``): the writer's own reserve named after a place or a programme, none of the named
    municipality's money, as its own projects are (``own_project_row``). A row that is the name
    (``Grootegast | 6.812`` among the reserves merged-away municipalities brought in) keeps it."""
    if not is_row_or_item(links.text, start):
        return False
    row_start, _ = line_of(links.text, start)
    found = link_municipality_of(links, start, end)
    return (found is not None and found[1] in _ROW_LINKS and row_start < found[0].start < start
            and _reserve_row().match(links.text, row_start) is not None)


@lru_cache(maxsize=1)
def _reserve_row() -> re.Pattern:
    return re.compile(r"[ \t|]*" + alternation(load_file(AmountsLinkingFile).own_reserve_rows) + r"(?![\w])",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _difference_column() -> re.Pattern:
    return re.compile(r"\s*" + alternation(load_file(AmountsLinkingFile).difference_columns) + r"(?![\w])",
                      re.IGNORECASE)


# How many non-empty lines at a page's top may be its heading.
_HEADING_LINES = 6


def municipal_heading(text: str) -> str:
    """The lines at the page's top that open with ``Gemeente`` and are no sentence (``GEMEENTE
    BEEKDAELEN``, ``Gemeente Oss | Raadsvoorstel``): the heading that says whose document it is,
    not a sentence of its first paragraph that names a member (``De gemeente Vlissingen betaalt ...``),
    nor a table row near the top that names one beside its money (``Gemeente Amsterdam | € 2.400.000``)."""
    head = [ln for ln in text.splitlines() if ln.strip()][:_HEADING_LINES]
    return "\n".join(ln for ln in head if re.match(r"\s*gemeente\s", ln, re.IGNORECASE) and len(ln) <= 80
                     and not _MONEY_CELL.search(ln))


# A cell that holds money or a figure: the line is a table row, not a heading.
_MONEY_CELL = re.compile(r"€|\t\s*[-(−]?\s*\d")
