"""The link rules of paying: money a municipality pays, asks or is owed, read from its clause.

``payment_to`` (``De uitkering aan X daalde met € Y``, ``de bijdrage van Kerkrade stijgt met € Y``),
``request_of`` (``De aanvraag van X van € Y``) and ``contributes`` (``De gemeente X draagt € Y bij``,
``X betaalt € Y``, ``X huurt de zaal en betaalt daarvoor € Y``): the municipality is the payer or the one
asking, and the amount is its money all the same (ANNOTATING.md). The rules that read a verb of granting
or receiving are in ``pipeline.link.clauses``; the order in which all are tried in ``pipeline.link.amounts``.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.extract.amount_patterns import amount_words
from pipeline.link.claims import claimed_of
from pipeline.link.clauses import APPOSITION, subject_before
from pipeline.link.mentions import (
    SENTENCE_WINDOW,
    LinkInput,
    Mention,
    amounts_between,
    in_group,
    is_place,
    mention_after,
    mention_before,
    same_clause,
)
from pipeline.link.words import link_words
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile


@lru_cache(maxsize=1)
def _payment_to_pattern() -> re.Pattern:
    nouns = alternation(amount_words().money_nouns)
    articles = link_words().municipality_articles
    # 'De bijdrage (van de provincie) aan X': the payer may stand between noun and receiver.
    # 'De algemene uitkering voor X bedraagt € Y', and 'die voor Y € Z' after such a noun; the fund
    # it comes from may stand before the receiver too: 'de uitkering uit het gemeentefonds voor X'.
    source = r"(?:\s+(?:van|uit)\s+(?:de|het)\s+[^\W\d_]+)?"
    # 'de integratie-uitkering Wmo voor X', 'de decentralisatie-uitkering Vrouwenopvang voor X': the
    # scheme's own name, capitalised, after the noun.
    scheme = r"(?:\s+(?-i:[A-Z])[\w-]*){0,3}"
    return re.compile(rf"(?:{nouns}(?:\s+van\s+(?:de|het)\s+[^\W\d_]+)?\s+aan|{nouns}{scheme}{source}\s+voor)"
                      rf"\s+(?:{articles}\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _that_for_pattern() -> re.Pattern:
    """'die voor X' right before the name, and a money noun with 'voor' earlier in its sentence."""
    nouns = alternation(amount_words().money_nouns)
    return re.compile(rf"(?<![\w])(?:die|dat)\s+voor\s+$|{nouns}\s+voor(?![\w])", re.IGNORECASE)


# Where an amount in apposition ends: a comma or bracket, perhaps after where it stands ('€ 97.600 in de
# begroting 2025,').
_APPOSITION_END = re.compile(r"(?:[ \t]+(?:in|volgens)(?:[ \t]+(?:de|het|[^\W\d_]+|(?:19|20)\d\d)){1,4})?\s*[,)]",
                             re.IGNORECASE)


def payment_to(links: LinkInput, start: int, end: int) -> Mention | None:
    """``De uitkering aan (de gemeente) X daalde met € Y``, ``De algemene uitkering voor X bedraagt
    € Y``: a money noun addressed to X.

    The amount follows in the same clause; it is X's money, or the change of it. Or it stands
    in apposition, between commas or brackets: ``De bijdrage van de provincie aan de gemeente
    Houten, € 3,75 miljoen, is al openbaar``, ``De bijdrage van X, € Y in de begroting 2025, valt weg``.
    """
    m = mention_before(links, start)
    if m is None:
        return None
    apposition = (re.fullmatch(r"\s*[,(]\s*", links.text[m.end : start])
                  and _APPOSITION_END.match(links.text, end, end + 60))
    if not apposition and not same_clause(links, m.end, start):
        return None
    if (_payment_to_pattern().search(links.text[max(0, m.start - 60) : m.start]) is None and not _share_of(links, m)
            and not _that_for(links, m)):
        return None
    return None if in_group(links, m) else m


@lru_cache(maxsize=1)
def _paid_out_after() -> re.Pattern:
    """After the amount: '; de rijksbijdrage wordt uitgekeerd aan (de gemeente)', the same money named
    again by its noun and paid out."""
    nouns = alternation(amount_words().money_nouns)
    return re.compile(rf"[ \t]*[;,][ \t]*(?:de|het|dit|dat|deze)[ \t]+(?:[^\W\d_]+[ \t]+)?{nouns}[ \t]+"
                      r"(?:wordt|is)[ \t]+(?:[^\W\d_]+[ \t]+)?(?:uitgekeerd|uitbetaald|overgemaakt)[ \t]+aan[ \t]+"
                      r"(?:de[ \t]+gemeente[ \t]+)?", re.IGNORECASE)


def paid_out_to(links: LinkInput, start: int, end: int) -> Mention | None:
    """``De regio Achterhoek krijgt € 20 miljoen; de rijksbijdrage wordt uitgekeerd aan de gemeente
    Doetinchem, die als penvoerder optreedt``: the clause after the amount pays its money out to X
    (a region's penvoerder receives it, ANNOTATING.md), no other amount between."""
    after = _paid_out_after().match(links.text, end)
    if after is None:
        return None
    m = mention_after(links, after.end())
    if m is None or m.start != after.end():
        return None
    return None if in_group(links, m) else m


def _that_for(links: LinkInput, m: Mention) -> bool:
    """``De algemene uitkering voor Vlieland bedraagt € A, die voor Schiermonnikoog € B``: ``die voor
    X`` after a money noun with ``voor`` earlier in the sentence."""
    pattern = _that_for_pattern()
    that = pattern.search(links.text, max(0, m.start - 20), m.start)
    if that is None or not re.match(r"(?i:die|dat)", that.group()):
        return False
    sentence = re.split(r"[.!?;]\s", links.text[max(0, that.start() - SENTENCE_WINDOW) : that.start()])[-1]
    return any(not re.match(r"(?i:die|dat)", f.group()) for f in pattern.finditer(sentence))


def _share_of(links: LinkInput, m: Mention) -> bool:
    """``de bijdrage van Kerkrade stijgt met € 98.200 en die van Landgraaf met € 74.900``: what a
    member pays into a joint body, or its change; ``die van X`` only after such a noun earlier in
    the sentence."""
    words = link_words()
    share = words.share_of.search(links.text[max(0, m.start - 60) : m.start])
    if share is None:
        return False
    if share["noun"].lower() not in ("die", "dat"):
        return True
    sentence = re.split(r"[.!?;]\s", links.text[max(0, m.start - SENTENCE_WINDOW) : m.start])[-1]
    return words.share_noun.search(sentence) is not None


@lru_cache(maxsize=1)
def _request_amount() -> re.Pattern:
    """Between a request's name and its amount: 'De aanvraag van X van € Y', '... om een bedrag van
    € Y', 'Het voorstel van X voor een bijdrage van € Y' (any money noun names what is asked); or what
    it is for, the amount in brackets after it: 'De aanvraag van X voor het Hoefkwartier (€ Y'; or the
    amount in apposition after a comma, what it is for before it or not: 'De aanvraag van X, € Y per jaar,
    is afgewezen', 'De aanvraag van X voor 2025, € Y voor ..., houden wij aan'."""
    nouns = alternation(amount_words().money_nouns)
    return re.compile(rf"[ \t]+(?:van|om|voor)[ \t]+(?:(?:een[ \t]+)?{nouns}[ \t]+van[ \t]+)?"
                      r"|[ \t]+voor[ \t]+[^.,;:!?()€\d\n]{1,60}?[ \t]*\([ \t]*"
                      r"|(?:[ \t]+voor[ \t]+[^.,;:!?()€\n]{1,40}?)?[ \t]*,[ \t]*", re.IGNORECASE)


def request_of(links: LinkInput, start: int, end: int) -> Mention | None:
    """``De aanvraag van (de gemeente) X van € Y (is afgewezen)``: what X asks for is X's, also when
    it is turned down (ANNOTATING.md)."""
    m = mention_before(links, start)
    if m is None or _request_amount().fullmatch(links.text[m.end : start]) is None:
        return None
    if link_words().request_before.search(links.text[max(0, m.start - 60) : m.start]) is None:
        return None
    return None if in_group(links, m) else m


@lru_cache(maxsize=1)
def _asked_of() -> tuple[re.Pattern, re.Pattern]:
    nouns = alternation(amount_words().money_nouns)
    verb = re.compile(r"(?<![\w])" + link_words().ask_verbs.pattern + r"(?:[ \t]+(?:wij|we|ik))?[ \t]+"
                      + r"(?:(?:de[ \t]+)?gemeente[ \t]+)?\Z", re.IGNORECASE)
    between = re.compile(rf"[ \t]+om[ \t]+(?:(?:een[ \t]+)?(?:[^\W\d_]+[ \t]+)?{nouns}[ \t]+van[ \t]+)?", re.IGNORECASE)
    return verb, between


def asked_of(links: LinkInput, start: int, end: int) -> Mention | None:
    """``Wij vragen de gemeente Lopik om een bijdrage van € 180.000``, ``vragen wij Oldambt om € 300.000``:
    the one asked to pay: a payer's amount carries its code (ANNOTATING.md), asked for or paid; and
    ``De aannemer eist € Y van de gemeente X``, the one a claim is made against (``pipeline.link.claims``)."""
    if (claimed := claimed_of(links, start, end)) is not None:
        return claimed
    m = mention_before(links, start)
    if m is None or is_place(links, m) or in_group(links, m):
        return None
    verb, between = _asked_of()
    if between.fullmatch(links.text, m.end, start) is None:
        return None
    return m if verb.search(links.text, max(0, m.start - 40), m.start) is not None else None


@lru_cache(maxsize=1)
def _object_before() -> re.Pattern:
    """'een (nagekomen) bijdrage van ' right before an amount: the noun phrase it heads."""
    nouns = alternation(amount_words().money_nouns)
    return re.compile(rf"(?:een|de|het)\s+(?:[^\W\d_]+\s+)?{nouns}\s+van\s*$", re.IGNORECASE)


# 'X betaalt, net als vorig jaar, € Y mee': a comparison set off by commas leaves the clause whole.
_ASIDE = re.compile(r"[ \t]*,[ \t]*(?:net[ \t]+als|evenals|zoals)(?:[ \t]+(?:[^\W\d_]+|(?:19|20)\d\d)){1,4}"
                    r"[ \t]*,(?=[ \t])", re.IGNORECASE)


def contributes(links: LinkInput, start: int, end: int) -> Mention | None:
    """``De gemeente X draagt (zelf) € Y bij``, ``X betaalt (een bijdrage van) € Y``: X pays part
    of the cost; the perfect too (``Kerkrade heeft in 2024 € 30.000 extra ingelegd``). ``De gemeente X
    huurt de zaal en betaalt daarvoor € Y``: the subject shared by a second verb, of paying, after ``en``.
    ``Hun bijdragen, samen € Y, brengen wij bij X in rekening``: X is charged.

    The amount is X's money all the same, so it is linked; ``link_rule =
    "contributes"`` tells the reader that X is the payer, not the recipient.
    """
    if (inverted := _contributes_inverted(links, start, end) or _paid_inverted(links, start, end)) is not None:
        return inverted
    if (charged := _charged_to(links, end)) is not None:
        return charged
    m = subject_before(links, start)
    if m is None or is_place(links, m):
        return _pays_as_second_verb(links, start, end)
    if (promised := _promised(links, m, start, end)) is not None:
        return promised
    # 'X betaalt het grootste deel: € Y': a colon right before the amount.
    relative = APPOSITION.match(links.text[m.end : start])
    after_name = m.end + (relative.end() if relative else 0)
    between = re.sub(r"[ \t]*:\s*$", " ", _ASIDE.sub("", links.text[after_name : start]))
    if re.search(r"[.,;:!?\n()]", between) or amounts_between(links, m.end, start):
        return None
    words = link_words()
    perfect = (words.receive_auxiliary.match(between.lstrip()) is not None
               and words.pay_participle.match(links.text, end) is not None)
    if words.pay_verbs.match(between.lstrip()) is not None or perfect:
        # The amount's own noun phrase ('een nagekomen bijdrage van') is no gap: adverbials
        # before it ('in 2025 daarnaast') are counted, the object is not.
        gap = _object_before().sub("", between)
        if len(gap.split()) > words.receive_gap_max_words + 1:
            return None
    elif (not same_clause(links, after_name, start) or words.contribute_verbs.match(between.lstrip()) is None
          or words.contribute_particle_after.match(links.text, end) is None):
        return _pays_as_second_verb(links, start, end)
    return None if in_group(links, m) else m


@lru_cache(maxsize=1)
def _promise_patterns() -> tuple[re.Pattern, re.Pattern]:
    data = load_file(AmountsLinkingFile)
    promise = re.compile(r"[ \t]*(?:heeft|had|hebben|is|was)[ \t]+(?:[^\W\d_]+[ \t]+|\d{1,2}[ \t]+){0,4}?"
                         + alternation(data.promise_participles) + r"[ \t]+(?:[^\W\d_]+[ \t]+){0,3}?$", re.IGNORECASE)
    infinitive = re.compile(r"[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?" + alternation(data.pay_infinitives) + r"(?![\w])",
                            re.IGNORECASE)
    return promise, infinitive


@lru_cache(maxsize=1)
def _promised_share() -> tuple[re.Pattern, re.Pattern]:
    """'X heeft een bijdrage van € Y toegezegd': the auxiliary, the share as its object, the
    participle of promising after the amount."""
    data = load_file(AmountsLinkingFile)
    share = re.compile(r"[ \t]*(?:heeft|had|hebben|hadden)[ \t]+(?:[^\W\d_]+[ \t]+){0,3}?(?:een|de|haar|zijn)[ \t]+"
                       r"(?:[^\W\d_]+[ \t]+)?" + alternation(data.share_nouns) + r"[ \t]+van[ \t]+", re.IGNORECASE)
    participle = re.compile(r"[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?" + alternation(data.promise_participles)
                            + r"(?![\w])", re.IGNORECASE)
    return share, participle


def _promised(links: LinkInput, m: Mention, start: int, end: int) -> Mention | None:
    """``De gemeente Venray heeft op 23 januari toegezegd € 750.000 bij te dragen``: the subject
    promised (decided, offered) to pay the amount, the infinitive of paying right after it; or
    promised its share by name (``Edam-Volendam heeft een bijdrage van € 410.000 toegezegd``)."""
    promise, infinitive = _promise_patterns()
    share, participle = _promised_share()
    between = links.text[m.end:start]
    if (re.search(r"[.,;:!?\n()]", between) or amounts_between(links, m.end, start)
            or (promise.fullmatch(between) is None or infinitive.match(links.text, end) is None)
            and (share.fullmatch(between) is None or participle.match(links.text, end) is None)):
        return None
    return None if in_group(links, m) else m


def _contributes_inverted(links: LinkInput, start: int, end: int) -> Mention | None:
    """``Daarnaast legt de gemeente Borsele zelf € 250.000 bij``: after an adverbial the verb of
    contributing stands before its subject, the amount and the particle follow in its clause."""
    m = mention_before(links, start)
    if m is None or is_place(links, m):
        return None
    words = link_words()
    if words.contribute_verb_before.search(links.text[max(0, m.start - 40):m.start]) is None:
        return None
    between = links.text[m.end:start]
    if (re.search(r"[.,;:!?\n()]", between) or len(between.split()) > 3
            or words.contribute_particle_after.match(links.text, end) is None):
        return None
    return None if in_group(links, m) else m


@lru_cache(maxsize=1)
def _perfect_inverted() -> tuple[re.Pattern, re.Pattern]:
    data = load_file(AmountsLinkingFile)
    auxiliary = re.compile(r"[^\W\d_][ \t]+(?:heeft|had|hebben|hadden)[ \t]+(?:"
                           + link_words().municipality_articles + r"[ \t]+)?$", re.IGNORECASE)
    participle = re.compile(r"[ \t]+(?:[^\W\d_]+[ \t]+){0,4}?" + alternation(data.pay_participles) + r"(?![\w])",
                            re.IGNORECASE)
    return auxiliary, participle


def _paid_inverted(links: LinkInput, start: int, end: int) -> Mention | None:
    """``Inmiddels heeft Hengelo € 7,9 miljoen aan de aannemer betaald``: after an adverbial the
    auxiliary of the perfect stands before its subject, the amount and the participle of paying
    follow in its clause (a news report's way of telling what a municipality has paid so far)."""
    m = mention_before(links, start)
    if m is None or is_place(links, m):
        return None
    auxiliary, participle = _perfect_inverted()
    between = links.text[m.end:start]
    if (re.search(r"[.,;:!?\n()]", between) or len(between.split()) > 2
            or auxiliary.search(links.text[max(0, m.start - 40):m.start]) is None
            or participle.match(links.text, end) is None):
        return None
    return None if in_group(links, m) else m


def _pays_as_second_verb(links: LinkInput, start: int, end: int) -> Mention | None:
    """``De gemeente X huurt zaalruimte voor een school uit Y en betaalt daarvoor € Z``: X is the
    subject of both verbs; a place named in the first clause (``uit Y``) is no subject. So with a
    verb of contributing whose particle follows the amount (``X doet mee aan de campagne en draagt
    daar € Z aan bij``). A subordinate or relative clause between brings a subject of its own."""
    k = bisect.bisect_right(links._ends, start)
    while k > 0 and is_place(links, links.mentions[k - 1]):
        k -= 1
    if k == 0:
        return None
    m = links.mentions[k - 1]
    between = links.text[m.end : start]
    words = link_words()
    if (start - m.end > SENTENCE_WINDOW or re.search(r"[.,;:!?\n()]", between)
            or amounts_between(links, m.end, start) or is_place(links, m)):
        return None
    contributed = (words.shared_contribute.fullmatch(between) is not None
                   and words.contribute_particle_after.match(links.text, end) is not None)
    if (words.shared_pay.fullmatch(between) is None and not contributed) or words.other_subject.search(between):
        return None
    return None if in_group(links, m) else m


# After the amount, up to the one charged: '(,) brengen wij (in 2016) bij (de gemeente) ', 'wordt (per
# kwartaal) bij '; 'in rekening (gebracht)' right after the name.
_CHARGED_BEFORE = re.compile(
    r"[ \t]*,?[ \t]*(?:brengen|brengt|breng|bracht|brachten|wordt|worden|werd|werden)"
    r"(?:[ \t]+(?!bij(?![\w]))[^\W_]+){0,4}?[ \t]+bij[ \t]+(?:de[ \t]+gemeente[ \t]+)?", re.IGNORECASE)
_CHARGED_AFTER = re.compile(r"[ \t]+in[ \t]+rekening(?![\w])", re.IGNORECASE)


# After the amount, in its clause, up to the one whose account it is for: ' komen voor rekening van (de gemeente) '.
_FOR_ACCOUNT_OF = re.compile(r"[^.;:!?\n€\d]{0,60}?(?<![\w])(?:komt|komen|kwam|kwamen|blijft|blijven|is|zijn|was|waren)"
                            r"\s+(?:[^\W\d_]+\s+){0,2}?voor\s+rekening\s+van\s+(?:de\s+gemeente\s+)?", re.IGNORECASE)


def for_account_of(links: LinkInput, end: int) -> bool:
    """Whether the amount ending at ``end`` is charged to the municipality named after it (``komt voor
    rekening van de gemeente``)."""
    m = mention_after(links, end)
    return m is not None and _FOR_ACCOUNT_OF.fullmatch(links.text, end, m.start) is not None


def _charged_to(links: LinkInput, end: int) -> Mention | None:
    """The municipality a joint body charges the amount to, named after it (``€ Y brengen wij in
    2016 bij Gooise Meren in rekening``, ``€ Y wordt bij de gemeente X in rekening gebracht``), or
    whose account it is for (``Overschrijdingen tot een bedrag van € 500.000 komen voor rekening van
    de Gemeente``, an agreement's cost charged to a party)."""
    m = mention_after(links, end)
    if m is None or in_group(links, m):
        return None
    if _FOR_ACCOUNT_OF.fullmatch(links.text, end, m.start) is not None:
        return m
    if _CHARGED_BEFORE.fullmatch(links.text, end, m.start) is None or _CHARGED_AFTER.match(links.text, m.end) is None:
        return None
    return m
