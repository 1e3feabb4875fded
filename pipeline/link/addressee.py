"""Amounts for the letter's addressee: ``Hierbij verleen ik uw gemeente € 125.000``.

A letter to a municipality names its receiver ``uw gemeente``. The amount goes
to the municipality the letter is addressed to (``Gemeente Almere t.a.v. het
college``), read from the document's addressee, which the page-level link rules
in ``pipeline.link.amounts`` do not see; ``pipeline.normalize.amounts`` asks here
when none of them fired (``link_rule = "addressee"``). The parts of that grant are in
``pipeline.link.grant_parts``; who wrote the document and whom it is addressed to in ``pipeline.link.parties``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.extract.amount_patterns import amount_words
from pipeline.link.amounts import LINK_WINDOW, LinkInput, changed_next_sentence, places_of, restating
from pipeline.link.mentions import is_place, line_of, total_row
from pipeline.link.your_list import listed_for_you
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile

# 'uw gemeente', or 'u' as the one a grant goes to ('Hierbij ken ik u ... toe', 'ontvangt u'): the
# municipality the letter is addressed to (its college receives for it).
_YOUR_MUNICIPALITY = re.compile(
    r"(?<![\w])(?:uw\s+gemeente|(?:verleen|verlenen|ken|kennen|verstrek|verstrekken)\s+(?:ik|wij|we)\s+u"
    r"|(?:ik|wij|we)\s+(?:verleen|verlenen|ken|kennen|verstrek|verstrekken)\s+u"
    r"|(?:ontvangt|krijgt|ontving|kreeg)\s+u|u\s+(?:ontvangt|krijgt|ontving|kreeg)"
    # 'U brengt zelf een cofinanciering in van € Y', 'Daarnaast draagt u € Y bij': its own share.
    r"|(?:brengt|bracht|draagt|droeg)\s+u|u\s+(?:brengt|bracht|draagt|droeg)"
    # 'Wij betalen u een voorschot van 80%, zijnde € Y': paid to the addressee.
    r"|(?:betaal|betalen|vergoed|vergoeden)\s+(?:ik|wij|we)\s+u|(?:ik|wij|we)\s+(?:betaal|betalen|vergoed(?:en)?)\s+u"
    # 'U vroeg om € 312.400': the addressee asks; 'Wij verzoeken u het restant ... over te maken', 'vragen wij
    # u een krediet van € Y beschikbaar te stellen' (a school board to the college): it pays.
    r"|(?:vraagt|vroeg)\s+u|u\s+(?:vraagt|vroeg)|(?:verzoek|verzoeken|vraag|vragen)\s+(?:ik|wij|we)\s+u"
    r"|(?:ik|wij|we)\s+(?:verzoek|verzoeken|vraag|vragen)\s+u"
    # 'Op 12 augustus heeft u ons verzocht de subsidie te verhogen met € Y': the addressee asks.
    r"|(?:(?:heeft|hebt)\s+u|u\s+(?:heeft|hebt))\s+(?:ons|mij|de\s+provincie)\s+(?:verzocht|gevraagd)"
    # A body, not 'ik' or 'wij', grants: 'Het dagelijks bestuur van het fonds verleent u een subsidie'.
    r"|(?:verleent|verstrekt)\s+u"
    # 'Het verschil met uw verzoek, € Y, kunnen wij niet honoreren': the part of its request refused.
    r"|verschil\s+met\s+uw\s+(?:verzoek|aanvraag)\s*,"
    # 'Het bedrag dat wij van u terugvorderen, wordt € 21.950': reclaimed from it.
    r"|(?:ik|wij|we)\s+van\s+u\s+(?:terugvorder|terugvorderen|terugvorderden|teruggevorderd)"
    # 'de subsidie die wij u op 2 maart 2022 verleenden voor het project X (verleend: € Y)': the grant recalled.
    r"|(?:die|dat)\s+(?:ik|wij|we)\s+u\s+(?:\S+\s+){0,6}?(?:verleenden|verleende|toekenden|toekende|verstrekten"
    r"|verstrekte|verleend|toegekend|verstrekt))(?![\w])", re.IGNORECASE)
# 'U heeft ... € 150.000 aangevraagd', 'waarvan u in 2023 al € 400.000 heeft voldaan': 'u' the subject
# before the amount, a participle of asking, receiving or paying right after it.
# 'zodat u in juli € Y ontvangt': a clause of result, its verb last.
_YOU_SUBJECT = re.compile(r"(?<![\w])(?:u\s+(?:heeft|hebt)|(?:heeft|hebt|waarvan|dat|zodat|die)\s+u)(?![\w])",
                          re.IGNORECASE)
_PARTICIPLE_AFTER = re.compile(
    # 'U heeft reeds € 112.000 als voorschot ontvangen': the money's role before the participle.
    r"[ \t]+(?:als[ \t]+(?:[^\W\d_]+[ \t]+)?(?:voorschot|bevoorschotting|subsidie|bijdrage|uitkering)[ \t]+)?"
    # 'Het Waddenfonds heeft u voor het project € 1.100.000 toegekend': another body granted it.
    r"(?:(?:heeft|hebt)[ \t]+)?(?:aangevraagd|gevraagd|ontvangen|voldaan|betaald|terugbetaald"
    r"|toegekend|verleend|ontvangt|krijgt)(?![\w])",
    re.IGNORECASE)
# A subordinate clause between the cue and the amount has a subject of its own ('Wij wijzen uw
# aanvraag af, omdat het subsidieplafond van € 500.000 is bereikt').
_SUBORDINATE = re.compile(r"(?<![\w])(?:omdat|doordat|want|terwijl|nadat|zodat|hoewel|aangezien)(?![\w])",
                          re.IGNORECASE)
# The same after the amount, in its clause: '€ 24.000 ontvangt u na de vaststelling', 'Een bedrag
# van € 40.000 wordt aan uw gemeente toegekend', 'Het verschil van € 27.660 vorder ik van u terug'.
_YOUR_MUNICIPALITY_AFTER = re.compile(
    r"(?<![\w])(?:(?:ontvangt|krijgt)\s+u|aan\s+uw\s+gemeente"
    # 'Het voorschot van € 67.159 wordt in januari op uw rekening overgemaakt': paid into its account.
    r"|op\s+uw\s+(?:bank)?rekening"
    r"|(?:aan|van)\s+u\s+(?:[^\W\d_]+\s+){0,2}?(?:toegekend|verleend|uitgekeerd|betaald|overgemaakt|terug|over)"
    # 'een bedrag van € 58.400 van u teruggevorderd': reclaimed from it.
    r"|van\s+u\s+(?:teruggevorderd|terugvorderen|terugvorderden)"
    # 'Het restant van € 37.450 maken wij binnen vier weken over': paid to no one else.
    r"|(?:maak|maken)\s+(?:ik|wij|we)(?:\s+[^\W\d_]+){0,4}?\s+over(?!\s+aan)"
    # 'Het restant van € 57.480 betalen wij na de vaststelling': to no one else named.
    r"|(?:betaal|betalen)\s+(?:ik|wij|we)(?![^.;:!?\n]*(?<![\w])aan\s+(?!uw?(?![\w])))"
    # 'Het toegekende bedrag is € 12.500 lager dan u aanvroeg': the part of the request turned down.
    r"|(?:lager|hoger|minder|meer)\s+dan\s+u\s+(?:[^\W\d_]+\s+){0,2}?(?:aan)?(?:vroeg|vraagt|gevraagd|aangevraagd|aanvraagt)"
    # 'Dat is € 57.000 lager dan verleend': the change of the grant when it is fixed.
    r"|(?:lager|hoger|minder|meer)\s+dan\s+(?:eerder\s+|oorspronkelijk\s+)?(?:verleend|toegekend|beschikt)"
    # 'Dit is € 12.550 lager dan het verleende bedrag van € 140.000': the same against the grant named.
    r"|(?:lager|hoger|minder|meer)\s+dan\s+(?:het|de)\s+(?:eerder\s+|oorspronkelijk\s+)?(?:verleende|toegekende))"
    r"(?![\w])", re.IGNORECASE)
# 'Het voorschot wordt in drie termijnen van € 640.000 betaald', 'Van de bijdrage wordt € 22.689,01
# als voorschot betaald': the grant's money paid, to no one named (not '... betaald aan', 'door').
_PAID_RIGHT_AFTER = re.compile(
    # 'wordt binnen zes weken overgemaakt': a time between, no payer or receiver ('door', 'aan');
    # 'De bijdrage wordt in vier termijnen van € Y in rekening gebracht': charged, to no one named.
    r"[ \t]+(?:(?!(?:aan|door)[ \t])\w+[ \t]+){0,4}?(?:uit)?(?:betaald|uitgekeerd|overgemaakt"
    r"|(?<![\w])in[ \t]+rekening[ \t]+gebracht)(?![\w])(?![ \t]+(?:aan|door|bij)(?![\w]))",
    re.IGNORECASE)
# The period a grant is fixed for, between it and 'vast op': 'Ik stel de uitkering ... over het tijdvak
# 2019-2022 vast op € Y' (figures a period's, not another amount).
_PERIOD = (r"(?:\s+(?:over|voor|in)\s+(?:(?:het|de)\s+(?:tijdvak|jaar|jaren|periode|boekjaar)\s+)?"
           r"(?:19|20)\d\d(?:\s*[-\u2013/]\s*(?:19|20)\d\d)?)?")
# A grant as a share of the costs with its cap, the cap the amount: 'een subsidie verleend van 50% van de
# subsidiabele kosten, met een maximum van € Y'.
_SHARE_CAPPED = (r"(?:\d+(?:,\d+)?\s*%\s+van\s+(?:de|het)\s+(?:[^\W\d_]+\s+){0,3}?(?:kosten|lasten|tekort)\s*,?"
                 r"\s+(?:met\s+een\s+maximum|tot\s+een\s+maximum|tot\s+ten\s+hoogste)\s+(?:van\s+)?)?")
# Where a sentence before the amount starts, at the latest.
SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n\s*\n")
# How far after the amount its clause is read for a cue.
AFTER_WINDOW = 80


@lru_cache(maxsize=1)
def _unnamed_grant() -> re.Pattern:
    """A grant whose receiver goes unnamed, right before the amount: in a decision to a
    municipality that is the addressee ('Hierbij verleen ik een subsidie van € 75.000',
    '2. een voorschot te verlenen van € 60.000', 'Wij stellen de subsidie vast op € 187.450')."""
    nouns = alternation((*amount_words().money_nouns, "voorschot"))
    return re.compile(
        r"(?<![\w])(?:(?:(?:verleen|verlenen|ken|kennen)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?:verleen|verlenen|ken|kennen))"
        rf"(?:\s+hierbij)?\s+(?:een|de|het)\s+(?:[^\W\d_]+\s+)?{nouns}"
        rf"|(?:een|de|het)\s+(?:[^\W\d_]+\s+)?{nouns}\s+(?:te\s+verlenen|toe\s+te\s+kennen|te\s+verstrekken)"
        # The grant fixed at its final amount: 'Wij stellen de subsidie vast op € 187.450'.
        r"|(?:(?:stel|stellen)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?:stel|stellen))(?:\s+hierbij)?"
        rf"\s+(?:de|het)\s+(?:[^\W\d_]+\s+)?{nouns}(?:\s+[^\W\d_]+){{0,2}}?{_PERIOD}\s+vast\s+op"
        # Fixed in the perfect, its grant recalled between: 'hebben wij de subsidie die wij u verleenden
        # (verleend: ten hoogste € 152.400) vastgesteld op € 94.000'; a clause after a comma fixes
        # something else ('De uitkering bedraagt 30% van het tekort, dat is vastgesteld op € Y').
        r"|(?:de|het)\s+(?:[^\W\d_]+\s+)?(?:subsidie|uitkering|bijdrage)(?![\w])(?:[^,;!?€\n]|€\s?[\d.,]+)*?"
        r"\s+vastgesteld\s+op"
        # Fixed again, its subject before a list of verbs: 'Wij ... herroepen het besluit en stellen de subsidie
        # opnieuw vast op € 130.450'.
        rf"|(?<![\w])(?:stel|stellen)\s+(?:de|het)\s+(?:[^\W\d_]+\s+)?{nouns}(?:\s+[^\W\d_]+){{0,2}}?\s+vast\s+op"
        # The grant changed: 'verhoog ik deze uitkering met € X tot € Y'.
        r"|(?:(?:verhoog|verhogen|verlaag|verlagen)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?:verhoog|verhogen|verlaag|verlagen))"
        rf"(?:\s+hierbij)?\s+(?:de|het|deze|dit|die|dat)\s+(?:[^\W\d_]+\s+)?{nouns}(?:\s+(?:met|tot)(?:\s+\S+){{0,3}}?)?"
        # Paid with no receiver named: 'Wij betalen een voorschot van € 230.120', and the grant's
        # instalments after a colon: 'De bijdrage wordt in twee termijnen betaald: € 96.000 ...'.
        # A time between verb and money: 'Wij betalen binnen vier weken een voorschot van € 160.000'.
        r"|(?:(?:betaal|betalen)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?:betaal|betalen))(?:\s+(?!(?:aan|u)\s)[^\W\d_]+){0,4}?"
        rf"\s+(?:een|de|het)\s+(?:[^\W\d_]+\s+)?{nouns}"
        # 'Het bedrag van de bijdrage zal daarom worden overgemaakt als € Y': paid in another currency's stead.
        rf"|(?:de|het)\s+(?:[^\W\d_]+\s+)?{nouns}\s+(?:wordt|zal)\s+(?:[^\W\d_:]+\s+){{0,4}}?"
        # The next instalment after a date: '€ 206.390 in april 2025 en € 206.390 in oktober'.
        r"(?:betaald|uitgekeerd|overgemaakt)(?:\s+als|\s*:(?:\s*€?\s*[\d.,]+\s+(?:[^\W_]+\s+){0,3}?en)?"
        # Spread over years, the amount of each after a comma: '... betaald in 2024 en 2025, elk jaar € Y'.
        r"|\s+(?:in|over)\s+[^.;:!?\n€]{1,40}?,\s*(?:elk|ieder|per)\s+(?:jaar|halfjaar|kwartaal|maand|termijn))"
        # A writer's decision to contribute, its share capped: 'Wij hebben besloten bij te dragen met 50%
        # van de subsidiabele kosten, tot ten hoogste € 320.000'.
        r"|(?:ik|wij|we)\s+(?:[^\W\d_]+\s+){0,3}?bij\s+te\s+dragen(?:\s+met(?:\s+\d+(?:,\d+)?\s*%\s+van\s+(?:de|het)"
        r"\s+(?:[^\W\d_]+\s+){0,3}?(?:kosten|lasten|tekort)\s*,?(?:\s+tot)?)?)?"
        # The grant recalled when it is fixed: 'lager dan het verleende bedrag van € 140.000'.
        rf"|(?:het|de)\s+(?:eerder\s+|oorspronkelijk\s+)?(?:verleende|toegekende)\s+{nouns}\s+van"
        # What the grant comes to, its share of the costs before it: 'De subsidie bedraagt 50% daarvan, € Y'.
        # ('De totale bijdrage bedraagt' sums what all pay.)
        r"|(?:het|de)\s+(?:subsidie|uitkering)\s+(?:bedraagt|bedroeg)"
        r"(?:\s+\d+(?:,\d+)?\s*%\s+daarvan\s*,)?)"
        # A share before the figure: 'Wij verlenen een voorschot van 80%, € 1.500.000'.
        rf"(?:\s+toe)?\s+(?:van\s+)?{_SHARE_CAPPED}(?:\d+(?:,\d+)?\s*%\s*,?\s*(?:zijnde\s+)?)?"
        r"(?:(?:maximaal|ten\s+hoogste|in\s+totaal)\s+)?$",
        re.IGNORECASE)


@lru_cache(maxsize=1)
def _made_available() -> tuple[re.Pattern, re.Pattern]:
    """The writer makes money available with no receiver named, 'beschikbaar' after the amount: 'Daarnaast
    stellen wij voor de aanschaf van een collectie een bedrag van ten hoogste € Y beschikbaar'; in a letter
    to a municipality the addressee gets it."""
    nouns = alternation(amount_words().money_nouns)
    before = re.compile(
        r"(?<![\w])(?:(?:stel|stellen)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?:stel|stellen))"
        rf"(?:\s+(?!aan\s)[^\W\d_]+){{0,8}}?\s+(?:een|de|het)\s+(?:[^\W\d_]+\s+)?{nouns}\s+van\s+"
        r"(?:(?:maximaal|ten\s+hoogste|in\s+totaal)\s+)?$", re.IGNORECASE)
    return before, re.compile(r"[ \t]*(?:,-+[ \t]*)?(?:\([^()\n]*\)[ \t]*)?beschikbaar(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _grant_money() -> re.Pattern:
    """'het voorschot', 'de subsidie', 'het restant': the money a grant pays."""
    nouns = alternation((*amount_words().money_nouns, "voorschot", "voorschotten"))
    return re.compile(rf"(?<![\w])(?:het|de)\s+(?:[^\W\d_]+\s+)?{nouns}(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _granted_you_perfect() -> re.Pattern:
    """The perfect with the participle before the amount: 'hebben wij u een subsidie verleend van
    € Y', 'U heeft een voorschot ontvangen van € Y'."""
    nouns = alternation((*amount_words().money_nouns, "voorschot"))
    thing = rf"\s+(?:een|de|het)\s+(?:[^\W\d_]+\s+)?{nouns}\s+"
    return re.compile(
        # An adverbial may stand between 'u' and the grant: 'hebben wij u op grond van de verordening een
        # subsidie verleend van € Y' (words only: no figure, no other amount).
        # Or the purpose: 'hebben wij u voor de aanleg van de fietsverbinding Meppel–Nijeveen een subsidie verleend'.
        rf"(?<![\w])(?:(?:(?:heb|hebben)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?:heb|hebben))\s+u"
        rf"(?:\s+(?:op\s+grond\s+van|op\s+basis\s+van|krachtens|voor)(?:\s+[^\W\d_]+(?:[-\u2013][^\W\d_]+)*){{1,12}}?)?"
        rf"{thing}"
        r"(?:verleend|toegekend|verstrekt|uitgekeerd|betaald)"
        # 'Op 29 april heeft u een subsidie aangevraagd van € Y': what it asked for.
        rf"|(?:u\s+(?:heeft|hebt)|(?:heeft|hebt)\s+u){thing}(?:ontvangen|gekregen|aangevraagd|gevraagd))"
        rf"\s+van\s+{_SHARE_CAPPED}(?:(?:maximaal|ten\s+hoogste|in\s+totaal)\s+)?$", re.IGNORECASE)


# A receiver named with 'aan' (not 'aan u', 'aan uw gemeente'): the grant is not the addressee's.
_OTHER_RECEIVER = re.compile(r"(?<![\w])aan\s+(?!uw?\b)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _your_money() -> re.Pattern:
    """'uw specifieke uitkering', 'uw voorschotten', 'uw subsidie', 'uw aandeel': the addressee's money;
    'Uw uitgaven aan bijstand bedroegen € Y': its spending, as a ministry tells it; 'Het saldo van uw
    fonds bedraagt € Y': its fund that another body holds and reports on."""
    nouns = alternation((*amount_words().money_nouns, "voorschot", "voorschotten", "aandeel", "uitgaven", "lasten",
                         "fonds"))
    return re.compile(rf"(?<![\w])uw\s+(?:[^\W\d_]+\s+)?{nouns}(?![\w])", re.IGNORECASE)


def to_your_municipality(links: LinkInput, start: int, end: int, addressee: str | None = None) -> bool:
    """Whether the amount is the addressee's (``_yours``), read where it stands or, for the euro
    value in brackets of a figure in another currency, where that figure stands. The addressee's
    own name between cue and amount names no other receiver (``hebben wij u voor de fietsverbinding
    Meppel–Nijeveen een subsidie verleend van € 450.000`` in a letter to Meppel)."""
    return any(_yours(links, s, e, addressee) for s, e in places_of(links.text, start, end))


# 'aan uw gemeente, die namens X, Y en Z als penvoerder optreedt, een uitkering': a relative
# clause after the cue, set off by commas; the names in it are not the receiver.
_RELATIVE_AFTER = re.compile(r"[ \t]*,[ \t]*(?:die|dat|welke)(?![\w])", re.IGNORECASE)


def _past_relative_clause(links: LinkInput, after: int, start: int) -> int:
    """Where the relative clause right after ``after`` ends (its first comma that no name of a
    list follows), or ``after`` when none opens there or it does not end before ``start``."""
    opener = _RELATIVE_AFTER.match(links.text, after)
    if opener is None:
        return after
    names = {m.start for m in links.mentions if opener.end() <= m.start < start}
    for comma in re.finditer(r",[ \t]*", links.text[opener.end():start]):
        if opener.end() + comma.end() not in names:
            return opener.end() + comma.end()
    return after


def _yours(links: LinkInput, start: int, end: int, addressee: str | None = None) -> bool:
    """``Hierbij verleen ik uw gemeente een uitkering van € 125.000``, ``Uw gemeente
    ontvangt € 80.000``, ``Hierbij ken ik u een bedrag toe van € 80.000``: a letter to a
    municipality gives the amount to its addressee. ``uw gemeente`` (or ``u`` with a verb of
    granting or receiving, or ``uw`` with a money noun: ``uw specifieke uitkering``) stands in
    the amount's sentence before it, with no municipality named and no other amount between
    them (``link_rule = "addressee"``). Or the receiver follows the amount in its clause:
    ``Het resterende bedrag van € 24.000 ontvangt u``, ``€ 40.000 wordt aan uw gemeente
    toegekend``, ``Het verschil van € 27.660 vorder ik van u terug``. Or a grant names no
    receiver at all (``Hierbij verleen ik een subsidie van € 75.000``, ``2. een voorschot te
    verlenen van € 60.000``, ``Wij betalen een voorschot van € 230.120``, ``De bijdrage wordt in
    twee termijnen betaald: € 96.000 ... en € 24.000``) and none follows with ``aan``: in a letter
    to a municipality that is the addressee. The addressee also asks or pays: ``U vroeg om € Y``,
    ``U heeft ... € Y aangevraagd``, ``waarvan u al € Y heeft voldaan``, ``Wij verzoeken u het
    restant van € Y over te maken``. A subordinate clause between cue and amount (``uw aanvraag
    af, omdat het subsidieplafond van € Y``) has a subject of its own."""
    lo = max(0, start - LINK_WINDOW)
    window = links.text[lo:start]
    ends = list(SENTENCE_END.finditer(window))
    if ends:
        lo, window = lo + ends[-1].end(), window[ends[-1].end():]
    found = sorted([*_YOUR_MUNICIPALITY.finditer(window), *_your_money().finditer(window),
                    *_granted_you_perfect().finditer(window)], key=re.Match.end)
    if found:
        after = _past_relative_clause(links, lo + found[-1].end(), start)
        # A place in the purpose ('voor de bouw van het centrum te Barchem') is no other receiver.
        if (any(after <= m.start < start and not is_place(links, m) and m.code != addressee for m in links.mentions)
                or _SUBORDINATE.search(links.text[after:start])
                or _project_measure().search(links.text[after:start])
                or _measure_subject().match(window)):
            return False
        previous = links.amount_before(start)
        if previous is None or previous[1] <= after:
            return True
    if listed_for_you(links, start, _YOUR_MUNICIPALITY):
        return True
    if _unnamed_grant().search(window) is not None:
        clause_after = re.match(r"[^.;!?\n]*", links.text[end:end + AFTER_WINDOW]).group()
        return not (_OTHER_RECEIVER.search(window) or _OTHER_RECEIVER.search(clause_after)
                    or any(lo <= m.start < start and not is_place(links, m) and m.code != addressee
                           for m in links.mentions))
    before, available = _made_available()
    clause_after = re.match(r"[^.;!?\n]*", links.text[end:end + AFTER_WINDOW]).group()
    if (before.search(window) and available.match(links.text, end) and not _OTHER_RECEIVER.search(clause_after)
            and not any(lo <= m.start < start and not is_place(links, m) and m.code != addressee
                        for m in links.mentions)):
        return True
    if in_instalment_table(links.text, start):
        return True
    if (you := list(_YOU_SUBJECT.finditer(window))) and _PARTICIPLE_AFTER.match(links.text, end):
        after = lo + you[-1].end()
        return not (any(after <= m.start < start for m in links.mentions)
                    or any(after <= s < start for s, _ in links.amounts)
                    or _OTHER_RECEIVER.search(links.text[after:start]))
    # 'Voor uw gemeente komt de bijdrage uit op € A. Dit is € B meer dan over 1999': its change.
    # 'Dat is € 80.000 minder dan u vroeg' after a cap that is not itself the addressee's: its clause
    # still names the one who asked.
    if (previous := changed_next_sentence(links, start, end)) is not None and to_your_municipality(links, *previous):
        return True
    # 'ken ik u een uitkering toe van € 17.800 per jaar voor 2024 en 2025, in totaal € 35.600': its sum.
    if (previous := restating(links, start)) is not None and to_your_municipality(links, *previous):
        return True
    return _named_after(links, end, window)


@lru_cache(maxsize=1)
def _measure_subject() -> re.Pattern:
    """'De totale publieke onrendabele top van het project bedraagt volgens uw aanvraag € Y': the
    sentence's subject is a measure of the project, the amount its value."""
    nouns = alternation(load_file(AmountsLinkingFile).project_measures)
    return re.compile(rf"\s*(?:de|het)\s+(?:[^\W\d_]+\s+){{0,2}}?{nouns}(?![\w])[^.;!?€]*?"
                      r"\s(?:bedraagt|bedroeg|bedragen|bedroegen|is|was|zijn|waren)(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _project_measure() -> re.Pattern:
    """'Uit uw aanvraag blijkt een publiek tekort op het project van € Y': between the cue and the
    amount, the project's deficit or costs, a measure of the project, no money the addressee gets."""
    nouns = alternation(load_file(AmountsLinkingFile).project_measures)
    return re.compile(rf"(?<![\w]){nouns}\s+(?:op|van|voor|in)\s+(?:het|dit|uw|deze|de)\s+"
                      r"(?:[^\W\d_]+\s+)?(?:project|bouwplan|plan)(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _paid_in_parts() -> re.Pattern:
    """The sentence that opens a table of a grant's instalments: 'De subsidie wordt in drie
    termijnen betaald:', 'Het voorschot wordt als volgt uitgekeerd:' (no receiver named), or
    a sentence that points at the table after the verb: 'De uitkering wordt betaald in twee
    delen, volgens het onderstaande schema.'"""
    nouns = alternation((*amount_words().money_nouns, "voorschot"))
    return re.compile(
        rf"(?<![\w])(?:de|het)\s+(?:[^\W\d_]+\s+)?{nouns}\s+(?:wordt|worden)\s+(?:[^\W\d_:]+\s+){{0,4}}?"
        # 'De uitkering wordt in vier termijnen aan uw gemeente betaald:': to the addressee, named.
        r"(?:aan\s+uw?\s+(?:gemeente\s+)?(?:[^\W\d_:]+\s+){0,4}?)?"
        r"(?:betaald|uitgekeerd|overgemaakt|bevoorschot)(?:\s*:|[^.:;!?\n]*?"
        r"(?<![\w])(?:onderstaande?|hieronder|hierna|volgende)(?![\w])[^.:;!?\n]*[.:])\s*$", re.IGNORECASE)


# Rows of a table above the amount's row, read back at most.
_TABLE_ROWS_UP = 12


def in_instalment_table(text: str, start: int) -> bool:
    """A figure in a table of the grant's instalments (``1 | april 2022 | € 136.800``) whose
    opening sentence right above pays it to no one named (``De subsidie wordt in drie termijnen
    betaald:``): in a letter to a municipality each instalment is the addressee's. The total row
    adds the instalments up and is no one's."""
    line_start, _ = line_of(text, start)
    row = text[line_start:start]
    if ("\t" not in row and "|" not in row) or total_row(text, start):
        return False
    k, rows = line_start, 0
    while k > 0 and rows <= _TABLE_ROWS_UP:
        above, _ = line_of(text, k - 1)
        line = text[above:k - 1]
        k = above
        # A scan may set gaps of the opening sentence as tabs ('\tDe uitkering wordt in termijnen\tbetaald:').
        if _paid_in_parts().search(" ".join(line.split())) is not None and not _OTHER_RECEIVER.search(line):
            return True
        if "\t" in line or "|" in line:
            rows += 1  # the header and the instalments before this one
        elif line.strip():
            return _paid_in_parts().search(line) is not None and not _OTHER_RECEIVER.search(line)
    return False


def _named_after(links: LinkInput, end: int, sentence: str = "") -> bool:
    """``u`` or ``uw gemeente`` as receiver after the amount, in its clause: no clause break,
    municipality or other amount between. Or the grant's money of the ``sentence`` before the
    amount is paid right after it, to no one named (``Het voorschot wordt in drie termijnen van
    € 640.000 betaald``)."""
    clause = re.match(r"[^.;:!?()\n]*", links.text[end:end + AFTER_WINDOW]).group()
    if _PAID_RIGHT_AFTER.match(clause) and _grant_money().search(sentence):
        return True
    cue = _YOUR_MUNICIPALITY_AFTER.search(clause)
    if cue is None:
        return False
    hi = end + cue.start()
    return not any(end <= m.start < hi for m in links.mentions) and not any(
        end <= s < hi for s, _ in links.amounts)
