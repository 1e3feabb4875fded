"""Link amounts to municipalities: the named rules that say whose money an amount is.

Linking reads the municipality spans the municipalities component wrote
(``doc.spans["municipalities"]``, CBS code in ``kb_id_``). Each structural cue
is a named rule, tried in order; the first that fires wins:

``name_then_amount``  ``Den Haag (€ 950.000)``, ``Amsterdam, (€ 920.000)``,
                      ``1. Den Haag: € 1.235.480,-``, ``Delft – € 535.000``
``amount_then_name``  ``€ 950.000 voor (de gemeente) Den Haag``, ``€ 950.000 (Den Haag)``
``receives``          ``(de gemeente) Utrecht ontvangt/krijgt/vraagt … € 683.000``,
                      ``Utrecht heeft € 683.000 ontvangen``, ``De gemeente X wordt € Y toegekend``
``granted_to``        ``Aan (de gemeente) Utrecht is € 683.000 toegekend``,
                      ``kent de gemeente Arnhem een uitkering toe van € 400.000``
``reserved_for``      ``Voor (de gemeente) X is € Y gereserveerd``, ``Ten behoeve van X wordt € Y
                      beschikbaar gesteld``
``receives_inverted``  inversion after an adverbial: ``Zo krijgt de gemeente Breda € 2 mln``,
                      ``In 2018 ontving Venlo een bijdrage van € 80.000``
``receives_verb_last`` a subordinate clause: ``dat de gemeente Oss in 2020 € 90.000 minder kreeg``
``payment_to``        ``De uitkering aan (de gemeente) Delft steeg met € 12.000``
``contributes``       ``De gemeente Breda draagt zelf € 30.000 bij``, ``Breda betaalt een
                      bijdrage van € 30.000``: X pays; the amount is X's money all the same,
                      so it is linked (the rule name says payer)
``separable_verb``    ``De gemeente Assen trekt er € 2 ton voor uit``, ``Zwolle stelt
                      € 80.000 beschikbaar``: a separable verb of spending or receiving
``on_behalf``         ``Namens de gemeente Ede (, mede namens …,) vragen wij € 180.000``: the
                      applicant of a request in the same sentence
``listed_after_colon`` ``De regiogemeenten betalen: Heiloo € 64.500, Castricum € 98.200``
                      (``pipeline.link.lists``)
``gapped``            ``Rotterdam ontving € 2 mln en Amsterdam € 3 mln`` (second clause)
``second_object``     ``Delft ontving € 40.000 voor sport en € 15.000 voor cultuur``: the
                      second amount is another object of the verb that linked the first
``table_row``         a table row or short list item with one municipality: ``Utrecht | € 683.000``
``same_row``          the later figures of a row whose first figure the row links
                      (``Arnhem | € 3.592.513 | € 3.851.909``)
``recipient_field``   a field block: ``Subsidieontvanger: Gemeente Oss`` / ``Verleend bedrag: € 145.000``
``addressee``         ``Hierbij verleen ik uw gemeente € 125.000``: ``uw gemeente`` in the amount's
                      sentence, in a letter whose addressee names a municipality
                      (``Gemeente Almere``); decided in ``pipeline.link.addressee``,
                      which knows the document's addressee

``amount_then_name`` also reads ``€ Y gaat naar de voormalige gemeente X``
and ``receives`` a colon before the amount (``X krijgt het grootste deel: € Y``).
A name after ``in``, ``uit``, ``bij`` (``een stichting in de gemeente X``) is a place, not
the subject that receives or pays. The name-first rules read one clause: no comma, colon or
sentence end between name and amount, no other amount, at most ``receive_gap_max_words`` words.

``distributed`` (tried before the others): ``X en Y krijgen elk € Z``, ``Voor
X en Y is ieder € Z gereserveerd``, ``X en Y ontvangen € Z per gemeente``
give one fact per municipality over the same characters, with distinct fact
ids. Otherwise a municipality in a group (``Gouda en Nijmegen (€ 400.000)``,
``X en Y krijgen samen € Z``) is never linked: the amount may be shared.

A figure in a table row labelled as a total (``Subtotaal Groningen | 1.667 | 329``) is linked
by no rule. Links stay within the amount's sentence. The only cues that reach further are
structural: a table row or a short list item (``table_row``, ``same_row``) and a field
block (``recipient_field``). A long line of
running text with a wide gap in it (redaction debris) is no table row, so the
municipality of an earlier sentence, or of the letter's sender, is never
carried over, except as the antecedent of a bare ``de gemeente`` (``pipeline.link.anaphora``,
asked by ``pipeline.normalize.amounts``). No link is better than a wrong one, so a sentence with a
municipality and an amount but none of these cues gets none.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from pipeline.extract.amount_patterns import amount_words, patterns
from pipeline.link.lists import listed_after_colon
from pipeline.link.mentions import (  # noqa: F401 (LINK_WINDOW, amount_chars: read from here)
    LINK_WINDOW,
    SENTENCE_WINDOW,
    LinkInput,
    Mention,
    after_row_label,
    amount_chars,
    amounts_between,
    group_pattern,
    in_group,
    is_row_or_item,
    line_of,
    mention_after,
    mention_before,
    names_the_row,
    same_clause,
    short_line_of,
    total_row,
)
from pipeline.link.words import link_words
from pipeline.phrases import alternation

# --------------------------------------------------------------------------
# The link rules


def link_municipality(links: LinkInput, start: int, end: int) -> tuple[Mention, str] | None:
    """The municipality the amount at [start, end) belongs to and the rule that says so, or None.

    A figure of a total row (``Subtotaal Groningen | 1.667``) belongs to none."""
    if total_row(links.text, start):
        return None
    for rule in LINK_RULES:
        mention = rule(links, start, end)
        if mention is not None:
            return mention, rule.__name__
    return None


# Between a name and its amount: a bracket or colon (the amount may start the
# next line), or a bar or dash on the same line ('- € 5' on a new line is a bullet).
_PAIR_SEPARATOR = re.compile(r"[ \t]*,?\s*[(:][ \t]*|[ \t]*[|=\u2013\u2014-][ \t]*")


def name_then_amount(links: LinkInput, start: int, end: int) -> Mention | None:
    """``Den Haag (€ 950.000)``, ``Amsterdam, (€ 920.000)``, ``Den Haag: € 950.000``.

    In a table row or list item a space alone is enough (``1. Den Haag € 950.000``), where
    the name is what the row is about (``names_the_row``).
    """
    m = mention_before(links, start)
    if m is None:
        return None
    between = links.text[m.end : start]
    if _PAIR_SEPARATOR.fullmatch(between) is None:
        if not (re.fullmatch(r"[ \t]+", between) and is_row_or_item(links.text, start)
                and names_the_row(links.text, m)):
            return None
    if re.search(r"[|\t]", between) and after_row_label(links, m):
        return None  # 'Dorpshuis De Kei | Aalten | € 48.500': where the project is
    return None if in_group(links, m) else m


def amount_then_name(links: LinkInput, start: int, end: int) -> Mention | None:
    """``€ 950.000 voor (de gemeente) Den Haag``, ``€ 950.000 (Den Haag)``."""
    m = mention_after(links, end)
    if m is None:
        return None
    between = links.text[end : m.start]
    paren = re.fullmatch(r"\s*\(\s*", between) and re.match(r"\s*\)", links.text[m.end : m.end + 5])
    if not (paren or link_words().to_prepositions.fullmatch(between)):
        return None
    return None if in_group(links, m) else m


def receives(links: LinkInput, start: int, end: int) -> Mention | None:
    """``(de gemeente) Utrecht ontvangt (een bijdrage van) € 683.000``; the perfect as well.

    A colon may stand right before the amount (``Utrecht krijgt het meeste: € 683.000``).

    ``Utrecht heeft € 683.000 ontvangen``: auxiliary before, participle after the amount.

    ``De gemeente X wordt € Y toegekend``: the passive of granting, X the indirect object
    (not ``... toegekend aan``, where X gives).

    ``Een stichting in de gemeente X kreeg € Y``: a place is no subject (``is_place``).
    """
    m = mention_before(links, start)
    if m is None or is_place(links, m):
        return None
    # 'Amersfoort ontvangt het grootste deel: € 1,2 miljoen': a colon right before the amount.
    between = re.sub(r"[ \t]*:\s*$", " ", _RELATIVE.sub("", links.text[m.end : start]))
    if re.search(r"[.;:!?\n]", between) or amounts_between(links, m.end, start):
        return None
    words = link_words()
    verb = words.receive_verbs.match(between.lstrip())
    if verb is None:
        # The perfect: an auxiliary before the amount, the participle after it.
        verb = words.receive_auxiliary.match(between.lstrip())
        if verb is None or words.receive_participle.match(links.text, end) is None:
            # The passive, X the indirect object: 'De gemeente X wordt € Y toegekend'.
            verb = words.passive_auxiliary.match(between.lstrip())
            if verb is None or words.grant_participle_after.match(links.text, end) is None:
                return None
    if len(between.split()) > words.receive_gap_max_words + len(verb.group().split()):
        return None
    return None if in_group(links, m) else m


# A relative clause right after the name, between commas: 'De gemeente Veendam, die in dezelfde
# ronde een aanvraag deed, ontving € 95.000'; the name stays the subject of the verb after it.
_RELATIVE = re.compile(r"^[ \t]*,[ \t]*(?:die|dat|waarvan|waarin|waar|wier|wiens)(?![\w])[^,.;:!?\n€]*,",
                       re.IGNORECASE)


_GRANT_TO = re.compile(r"(?<![\w])aan\s+(?:de\s+gemeente\s+)?$", re.IGNORECASE)


def granted_to(links: LinkInput, start: int, end: int) -> Mention | None:
    """``Aan (de gemeente) Utrecht is € 683.000 toegekend``, ``Aan (de gemeente) Zwolle kennen
    wij € 1,2 miljoen toe`` (the grant verb and its subject after the name); a grant verb before
    the name: ``kent de gemeente Arnhem een uitkering toe van € 400.000``.
    """
    m = mention_before(links, start)
    if m is None:
        return None
    before = links.text[max(0, m.start - 40) : m.start]
    between = links.text[m.end : start]
    words = link_words()
    if _GRANT_TO.search(before) is not None:
        # 'Aan X is € Y toegekend', 'aan X € Y toe te kennen', 'Aan X kennen wij € Y toe'.
        if (words.grant_auxiliary.fullmatch(between) is None and words.grant_verb_after.fullmatch(between) is None
                and not _grant_infinitive(links, m.end, start, end)):
            return None
    elif words.grant_verb_before.search(before) is not None:
        if (
            re.search(r"[.,;:!?\n()]", between)
            or len(between.split()) > words.receive_gap_max_words
        ):
            return None
        if amounts_between(links, m.end, start):
            return None
    else:
        return None
    return None if in_group(links, m) else m


def _grant_infinitive(links: LinkInput, lo: int, start: int, end: int) -> bool:
    """``aan X een subsidie te verlenen van (maximaal) € Y``, ``aan X € Y toe te kennen``:
    a decision's infinitive of granting between name and amount, or right after the amount,
    in one clause."""
    words = link_words()
    if not same_clause(links, lo, start, words.receive_gap_max_words + 3):
        return False
    if words.grant_infinitive.search(links.text[lo:start]):
        return True
    tail = re.match(r"[ \t]*(?:[^\W\d_]+[ \t]+){0,2}?" + words.grant_infinitive.pattern,
                    links.text[end:end + 60], re.IGNORECASE)
    return tail is not None


def reserved_for(links: LinkInput, start: int, end: int) -> Mention | None:
    """``Voor (de gemeente) X is € Y gereserveerd``, ``Ten behoeve van X wordt een bedrag van
    € Y beschikbaar gesteld``: the preposition of a recipient before the name, an auxiliary
    between, a participle of granting right after the amount. Or ``Voor (de grootste gemeente,)
    X(,) gaat het om € Y``: what the grant comes to for X."""
    m = mention_before(links, start)
    if m is None:
        return None
    words = link_words()
    if words.reserve_before.search(links.text[max(0, m.start - 40) : m.start]) is None:
        return None
    between = links.text[m.end : start]
    if words.concerns.fullmatch(between) is None and (
            words.grant_auxiliary.fullmatch(between) is None
            or words.reserve_participle_after.match(links.text, end) is None):
        return None
    return None if in_group(links, m) else m


def is_place(links: LinkInput, mention: Mention) -> bool:
    """``Een stichting in (de gemeente) X``, ``scholen uit X``: the name is where someone is,
    not the subject that receives or pays."""
    return link_words().locative_before.search(links.text[max(0, mention.start - 40) : mention.start]) is not None


def receives_inverted(links: LinkInput, start: int, end: int) -> Mention | None:
    """Inversion: the verb of receiving before its subject, after an adverbial.

    ``Zo krijgt de gemeente Breda € 2 miljoen``, ``In 2018 ontving Venlo een
    bijdrage van € 80.000``: the verb stands right before the name, the amount
    follows in the same clause.
    """
    m = mention_before(links, start)
    if m is None or not same_clause(links, m.end, start):
        return None
    before = links.text[max(0, m.start - 40) : m.start]
    words = link_words()
    if words.inverted_verb_before.search(before) is None:
        # The perfect: 'In 2022 heeft de gemeente X € Y ontvangen'.
        if words.inverted_auxiliary_before.search(before) is None or words.receive_participle.match(
            links.text, end
        ) is None:
            return None
    return None if in_group(links, m) else m


def receives_verb_last(links: LinkInput, start: int, end: int) -> Mention | None:
    """A subordinate clause: ``dat (de gemeente) X in 2017 € Y minder ontving``.

    The name right after a subordinator (``dat``, ``omdat``, ``of``), the verb
    of receiving at most three words after the amount, all in one clause. When
    the verb closes the clause right after the amount (``dat X voor het
    project in de wijk Zuid een bijdrage van € Y ontvangt``) the gap between
    name and amount may be longer (``verb_last_gap_max_words``).
    """
    m = mention_before(links, start)
    if m is None:
        return None
    words = link_words()
    verb = words.final_verb_after.match(links.text, end)
    if verb is None:
        return None
    adjacent = not links.text[end : verb.end()].split()[:-1]
    limit = words.verb_last_gap_max_words if adjacent else words.receive_gap_max_words
    if not same_clause(links, m.end, start, limit):
        return None
    if words.subordinator_before.search(links.text[max(0, m.start - 40) : m.start]) is None:
        return None
    return None if in_group(links, m) else m


@lru_cache(maxsize=1)
def _payment_to_pattern() -> re.Pattern:
    nouns = alternation(amount_words().money_nouns)
    articles = link_words().municipality_articles
    # 'De bijdrage (van de provincie) aan X': the payer may stand between noun and receiver.
    return re.compile(rf"{nouns}(?:\s+van\s+(?:de|het)\s+[^\W\d_]+)?\s+aan\s+(?:{articles}\s+)?$",
                      re.IGNORECASE)


def payment_to(links: LinkInput, start: int, end: int) -> Mention | None:
    """``De uitkering aan (de gemeente) X daalde met € Y``: a money noun addressed to X.

    The amount follows in the same clause; it is X's money, or the change of it. Or it stands
    in apposition, between commas or brackets: ``De bijdrage van de provincie aan de gemeente
    Houten, € 3,75 miljoen, is al openbaar``.
    """
    m = mention_before(links, start)
    if m is None:
        return None
    apposition = (re.fullmatch(r"\s*[,(]\s*", links.text[m.end : start])
                  and re.match(r"\s*[,)]", links.text[end : end + 3]))
    if not apposition and not same_clause(links, m.end, start):
        return None
    if _payment_to_pattern().search(links.text[max(0, m.start - 60) : m.start]) is None:
        return None
    return None if in_group(links, m) else m


def contributes(links: LinkInput, start: int, end: int) -> Mention | None:
    """``De gemeente X draagt (zelf) € Y bij``, ``X betaalt (een bijdrage van) € Y``: X pays part
    of the cost.

    The amount is X's money all the same, so it is linked; ``link_rule =
    "contributes"`` tells the reader that X is the payer, not the recipient.
    """
    m = mention_before(links, start)
    if m is None or is_place(links, m):
        return None
    # 'X betaalt het grootste deel: € Y': a colon right before the amount.
    relative = _RELATIVE.match(links.text[m.end : start])
    after_name = m.end + (relative.end() if relative else 0)
    between = re.sub(r"[ \t]*:\s*$", " ", links.text[after_name : start])
    if re.search(r"[.,;:!?\n()]", between) or amounts_between(links, m.end, start):
        return None
    words = link_words()
    if words.pay_verbs.match(between.lstrip()) is not None:
        if len(between.split()) > words.receive_gap_max_words + 1:
            return None
    elif (not same_clause(links, after_name, start) or words.contribute_verbs.match(between.lstrip()) is None
          or words.contribute_particle_after.match(links.text, end) is None):
        return None
    return None if in_group(links, m) else m


def separable_verb(links: LinkInput, start: int, end: int) -> Mention | None:
    """``De gemeente X trekt (er) € Y (voor) uit``, ``X stelt € Y beschikbaar``.

    A separable verb of spending or receiving: its finite part right after the
    name, the particle at most six words after the amount, all in one clause.
    """
    m = mention_before(links, start)
    words = link_words()
    if m is None or is_place(links, m) or not same_clause(links, m.end, start, words.separable_gap_max_words + 1):
        return None
    between = links.text[m.end : start].lstrip()
    for verb, particle in words.separable_verbs:
        if verb.match(between) and particle.match(links.text, end):
            after = links.text[end : particle.match(links.text, end).end()]
            if not amounts_between(links, end, end + len(after)):
                return None if in_group(links, m) else m
    return None


@lru_cache(maxsize=1)
def _object_tail() -> re.Pattern:
    """What may follow the first object before ``en``: a unit and a short purpose phrase."""
    markers = alternation(amount_words().purpose_markers)
    return re.compile(
        rf"(?:{patterns().unit_after.pattern})?(?:\s+{markers}(?:\s+[^\W\d_]+){{1,8}})?",
        re.IGNORECASE,
    )


def second_object(links: LinkInput, start: int, end: int, depth: int = 0) -> Mention | None:
    """``X ontving € A voor de jeugdzorg en € B voor de Wmo``: another object of the same verb.

    The amount follows ``en`` (``en nog``, ``plus``) after the previous amount
    of the sentence and its purpose; the previous amount is linked by a rule,
    and no municipality, figure or clause break stands between the two.
    """
    previous = links.amount_before(start)
    if depth > 10 or previous is None:
        return None
    first_start, first_end = previous
    between = links.text[first_end:start]
    joiner = link_words().object_joiner_before.search(between)
    if joiner is None or re.search(r"[.,;:!?\n()\d€]", between):
        return None
    if any(first_end <= o.start and o.end <= start for o in links.mentions):
        return None
    if _object_tail().fullmatch(between[: joiner.start()]) is None:
        return None
    for rule in LINK_RULES:
        if rule is second_object:
            found = second_object(links, first_start, first_end, depth + 1)
        else:
            found = rule(links, first_start, first_end)
        if found is not None:
            return found
    return None


def on_behalf(links: LinkInput, start: int, end: int) -> Mention | None:
    """``Namens de gemeente X vragen wij … € Y``: the applicant of a request in one sentence.

    X follows ``namens`` (not ``mede namens``: co-applicants are a group), a
    verb of asking stands in the sentence before the amount, and the only
    other municipalities between name and amount are the co-applicants named
    after ``mede namens``.
    """
    text = links.text
    # Within SENTENCE_WINDOW characters: a longer 'sentence' is no sentence, and
    # searching back to its start for every amount is quadratic.
    window = max(0, start - SENTENCE_WINDOW)
    sentence_start = max(window - 1, *(text.rfind(c, window, start) for c in (". ", "? ", "! ", "\n", ";"))) + 1
    words = link_words()
    candidates = [
        m
        for m in links.mentions
        if sentence_start <= m.start
        and m.end <= start
        and words.on_behalf_before.search(text[max(0, m.start - 80) : m.start])
    ]
    if len(candidates) != 1 or amounts_between(links, candidates[0].end, start):
        return None
    m = candidates[0]
    if words.ask_verbs.search(text[sentence_start:start]) is None:
        return None
    between = [o for o in links.mentions if m.end <= o.start and o.end <= start]
    co = re.search(r"(?<![\w])mede\s+namens\s", text[m.end : start], re.IGNORECASE)
    if between and (co is None or between[0].start < m.end + co.start()):
        return None
    return m


def distributed(links: LinkInput, start: int, end: int) -> tuple[Mention, ...]:
    """``X en Y krijgen elk € Z``, ``Voor X en Y is elk € Z gereserveerd``: Z for each of them.

    A group of two or more municipalities (joined by ``en`` or commas) in the
    same clause before the amount, a verb of receiving or granting between,
    and ``elk``/``ieder`` right before the amount or ``per gemeente`` after
    it. Without such a word the group shares the amount and nothing is linked.
    """
    words = link_words()
    text = links.text
    distributive = words.distribute_word_before.search(text[max(0, start - 20) : start])
    if distributive is None and words.distribute_word_after.match(text, end) is None:
        if not re.search(r"per\s+gemeente\s*$", text[start:end], re.IGNORECASE):
            return ()
    last = mention_before(links, start)
    if last is None or not same_clause(links, last.end, start):
        return ()
    if words.distribute_verbs.search(text[last.end : start]) is None:
        return ()
    group = [last]
    k = links.mentions.index(last)
    while k > 0:
        other = links.mentions[k - 1]
        if other.end > group[0].start or not group_pattern().fullmatch(
            text[other.end : group[0].start]
        ):
            break
        group.insert(0, other)
        k -= 1
    if len({m.code for m in group}) < 2:
        return ()
    return tuple(group)



def gapped(links: LinkInput, start: int, end: int, depth: int = 0) -> Mention | None:
    """``Rotterdam ontving € 2 mln en Amsterdam € 3 mln`` (second clause): the clause leaves out
    the verb. The clause before receives, is granted (``Aan X kennen wij € 1,2 mln toe, aan Y €
    450.000``), receives inverted (``krijgt X € 1 en Y € 2``), contributes or pays (``X droeg € 1
    bij, de gemeente Y € 2``; ``X betaalt € 64.000, Y € 48.000``) or spends by a separable verb
    (``X trekt € 1 uit, Y € 2``); its amount may have a purpose (``€ 4 mln voor de route, Y €
    600.000``), its verb's particle or a period (``per jaar``) before the comma. The clause
    before may itself be gapped (``X € 1, Y € 2 en Z € 3``), ten deep.
    """
    if depth > 10:
        return None
    m = mention_before(links, start)
    if m is None or not re.fullmatch(r"[ \t]+", links.text[m.end : start]):
        return None
    previous = links.amount_before(m.start)
    if previous is None:
        return None
    first_start, first_end = previous
    between = links.text[first_end : m.start]
    joiner = link_words().gapped_join.search(between)
    if joiner is None or _object_tail().fullmatch(between[: joiner.start()]) is None:
        return None
    first = None
    for rule in (receives, granted_to, receives_inverted, contributes, separable_verb):
        first = rule(links, first_start, first_end)
        if first is not None:
            break
    else:
        first = gapped(links, first_start, first_end, depth + 1)
    return m if first is not None and first != m else None


def table_row(links: LinkInput, start: int, end: int) -> Mention | None:
    """A table row or short list item holding exactly one municipality and this amount."""
    if not is_row_or_item(links.text, start):
        return None
    line_start, line_end = line_of(links.text, start)
    on_line = []
    for m in links.mentions[bisect.bisect_left(links._starts, line_start):]:
        if m.start > line_end:
            break
        if m.end <= line_end:
            on_line.append(m)
    if (len({m.code for m in on_line}) != 1 or not names_the_row(links.text, on_line[0])
            or after_row_label(links, on_line[0])):
        return None
    return on_line[0]


def same_row(links: LinkInput, start: int, end: int, depth: int = 0) -> Mention | None:
    """The later figures of a table row (``Arnhem | € 3.592.513 | € 3.851.909``, years or
    tranches side by side) belong to the municipality its first figure is linked to by the
    row: no other municipality stands between them."""
    if depth > 10 or not is_row_or_item(links.text, start):
        return None
    line_start, _ = line_of(links.text, start)
    previous = links.amount_before(start)
    if previous is None or previous[0] < line_start:
        return None
    if any(previous[1] <= m.start and m.end <= start for m in links.mentions):
        return None
    first_start, first_end = previous
    return (name_then_amount(links, first_start, first_end) or table_row(links, first_start, first_end)
            or same_row(links, first_start, first_end, depth + 1))


def recipient_field(links: LinkInput, start: int, end: int) -> Mention | None:
    """A field block of a decision or form: ``Subsidieontvanger: Gemeente Oss`` on one line,
    ``Verleend bedrag: € 145.000`` on another. The amount stands on a short line of the block
    (lines without a blank line between), and one line of the block, at most
    ``field_block_max_lines`` away, starts with a recipient's label and names one municipality."""
    words = link_words()
    text = links.text
    # Short lines only, read in a window: a page that is one long line is not read once per amount.
    here = short_line_of(text, start)
    if here is None or not _is_field_line(text[here[0]:here[1]]):
        return None
    line_start, line_end = here
    found: set[Mention] = set()
    for step in (-1, 1):
        lo, hi = line_start, line_end
        for _ in range(words.field_block_max_lines):
            if step < 0:
                if lo == 0:
                    break
                neighbour = short_line_of(text, lo - 1)
            else:
                if hi >= len(text):
                    break
                neighbour = short_line_of(text, hi + 1)
            if neighbour is None:
                break
            lo, hi = neighbour
            line = text[lo:hi]
            if not line.strip() or not _is_field_line(line):
                break
            if words.recipient_field.match(line):
                found.update(m for m in links.mentions if lo <= m.start and m.end <= hi)
    return next(iter(found)) if len({m.code for m in found}) == 1 else None


def _is_field_line(line: str) -> bool:
    """A line of a field block: a label and a value, short, not a sentence."""
    return len(line.split()) <= link_words().list_markers_max_words and not re.search(r"[.!?;]\s*$", line)


# The link rules in the order they are tried; the first that fires wins.
LINK_RULES = (
    name_then_amount,
    amount_then_name,
    receives,
    granted_to,
    reserved_for,
    receives_inverted,
    receives_verb_last,
    payment_to,
    contributes,
    separable_verb,
    on_behalf,
    gapped,
    second_object,
    listed_after_colon,
    table_row,
    same_row,
    recipient_field,
)
