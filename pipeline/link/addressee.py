"""Amounts for the letter's addressee: ``Hierbij verleen ik uw gemeente € 125.000``.

A letter to a municipality names its receiver ``uw gemeente``. The amount goes
to the municipality the letter is addressed to (``Gemeente Almere t.a.v. het
college``), read from the document's addressee, which the page-level link rules
in ``pipeline.link.amounts`` do not see; ``pipeline.normalize.amounts`` asks here
when none of them fired (``link_rule = "addressee"``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.extract.amount_patterns import amount_words
from pipeline.extract.amount_tables import table_words
from pipeline.gazetteer import lookup
from pipeline.link.amounts import LINK_WINDOW, LinkInput, changed_next_sentence, places_of
from pipeline.link.council_head import council_letter_writer
from pipeline.link.mentions import is_place, is_row_or_item, line_of, lines_above, total_row
from pipeline.link.words import link_words
from pipeline.link.your_list import listed_for_you
from pipeline.phrases import alternation
from pipeline.records import DocumentInfo
from pipeline.resource_files import AmountsLinkingFile

# 'uw gemeente', or 'u' as the one a grant goes to ('Hierbij ken ik u ... toe', 'ontvangt u'): the
# municipality the letter is addressed to (its college receives for it).
_YOUR_MUNICIPALITY = re.compile(
    r"(?<![\w])(?:uw\s+gemeente|(?:verleen|verlenen|ken|kennen|verstrek|verstrekken)\s+(?:ik|wij|we)\s+u"
    r"|(?:ik|wij|we)\s+(?:verleen|verlenen|ken|kennen|verstrek|verstrekken)\s+u"
    r"|(?:ontvangt|krijgt|ontving|kreeg)\s+u|u\s+(?:ontvangt|krijgt|ontving|kreeg)"
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
_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n\s*\n")
# How far after the amount its clause is read for a cue.
_AFTER_WINDOW = 80


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
        r"|(?:(?:betaal|betalen)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?:betaal|betalen))(?:\s+hierbij)?"
        rf"\s+(?:een|de|het)\s+(?:[^\W\d_]+\s+)?{nouns}"
        rf"|(?:de|het)\s+(?:[^\W\d_]+\s+)?{nouns}\s+wordt\s+(?:[^\W\d_:]+\s+){{0,4}}?"
        # The next instalment after a date: '€ 206.390 in april 2025 en € 206.390 in oktober'.
        r"(?:betaald|uitgekeerd|overgemaakt)(?:\s*:(?:\s*€?\s*[\d.,]+\s+(?:[^\W_]+\s+){0,3}?en)?"
        # Spread over years, the amount of each after a comma: '... betaald in 2024 en 2025, elk jaar € Y'.
        r"|\s+(?:in|over)\s+[^.;:!?\n€]{1,40}?,\s*(?:elk|ieder|per)\s+(?:jaar|halfjaar|kwartaal|maand|termijn))"
        # The grant recalled when it is fixed: 'lager dan het verleende bedrag van € 140.000'.
        rf"|(?:het|de)\s+(?:eerder\s+|oorspronkelijk\s+)?(?:verleende|toegekende)\s+{nouns}\s+van)"
        # A share before the figure: 'Wij verlenen een voorschot van 80%, € 1.500.000'.
        rf"(?:\s+toe)?\s+(?:van\s+)?{_SHARE_CAPPED}(?:\d+(?:,\d+)?\s*%\s*,?\s*(?:zijnde\s+)?)?"
        r"(?:(?:maximaal|ten\s+hoogste|in\s+totaal)\s+)?$",
        re.IGNORECASE)


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
    ends = list(_SENTENCE_END.finditer(window))
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
        clause_after = re.match(r"[^.;!?\n]*", links.text[end:end + _AFTER_WINDOW]).group()
        return not (_OTHER_RECEIVER.search(window) or _OTHER_RECEIVER.search(clause_after)
                    or any(lo <= m.start < start and not is_place(links, m) and m.code != addressee
                           for m in links.mentions))
    if in_instalment_table(links.text, start):
        return True
    if (you := list(_YOU_SUBJECT.finditer(window))) and _PARTICIPLE_AFTER.match(links.text, end):
        after = lo + you[-1].end()
        return not (any(after <= m.start < start for m in links.mentions)
                    or any(after <= s < start for s, _ in links.amounts)
                    or _OTHER_RECEIVER.search(links.text[after:start]))
    # 'Voor uw gemeente komt de bijdrage uit op € A. Dit is € B meer dan over 1999': its change.
    if (previous := changed_next_sentence(links, start, end)) is not None:
        return to_your_municipality(links, *previous)
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
    clause = re.match(r"[^.;:!?()\n]*", links.text[end:end + _AFTER_WINDOW]).group()
    if _PAID_RIGHT_AFTER.match(clause) and _grant_money().search(sentence):
        return True
    cue = _YOUR_MUNICIPALITY_AFTER.search(clause)
    if cue is None:
        return False
    hi = end + cue.start()
    return not any(end <= m.start < hi for m in links.mentions) and not any(
        end <= s < hi for s, _ in links.amounts)


@lru_cache(maxsize=1)
def _measure_row() -> re.Pattern:
    """A row whose label ends in a measure of the project ('Verantwoorde subsidiabele kosten | € Y'):
    what the grant is reckoned from, not a part of it; a grant reckoned as a share of it keeps its
    name first ('Subsidie (50% van de subsidiabele kosten)', the bracket read away)."""
    nouns = alternation(load_file(AmountsLinkingFile).project_measures)
    return re.compile(rf"(?<![\w]){nouns}[\s|:]*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _breakdown_opener() -> re.Pattern:
    """'Dit bedrag is als volgt opgebouwd:' at the end of the text before a table."""
    openers = alternation(load_file(AmountsLinkingFile).breakdown_openers)
    return re.compile(rf"(?<![\w]){openers}\s*:\s*$", re.IGNORECASE)


def part_of_your_grant(links: LinkInput, start: int, end: int) -> bool:
    """A row of the table right after ``Dit bedrag is als volgt opgebouwd:``, when the amount
    before that sentence is the addressee's (``ken ik u ... een uitkering toe van € 412.780``):
    each part is the addressee's money too; the table's total is no part. The rows may be split by
    single spaces (a label and its amount ending the line), as a text layer gives them. The parts may
    also follow in running text (``Dit bedrag bestaat uit € 50.000 voor ... en € 46.000 voor ...``)."""
    text = links.text
    if _part_in_sentence(links, start):
        return True
    row_start, row_end = line_of(text, start)
    if text[end:row_end].strip() and not is_row_or_item(text, start):
        return False
    if (_long(text[row_start:row_end]) or table_words().total_labels.search(text[row_start:start].strip())
            or _measure_row().search(re.sub(r"\([^()]*\)", "", text[row_start:start]))):
        return False
    for above, line in lines_above(text, row_start):
        if not line.strip() or not _long(line):
            continue  # a blank line, the header or another row
        opener = _breakdown_opener().search(line)
        previous = links.amount_before(above + opener.start()) if opener is not None else None
        return previous is not None and previous[0] >= above and to_your_municipality(links, *previous)
    return False


@lru_cache(maxsize=1)
def _earmark_words() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    data = load_file(AmountsLinkingFile)
    opener = re.compile(rf"^\s*{alternation(data.earmarked_part_openers)}\s+(?:is|wordt|gaat|zal)\s+$", re.IGNORECASE)
    verb = re.compile(rf"[ \t]+(?:[^\W\d_]+[ \t]+){{0,2}}?{alternation(data.earmarked_verbs)}"
                      r"[ \t]+(?:voor|aan)(?![\w])", re.IGNORECASE)
    third = re.compile(rf"(?<![\w]){alternation(data.third_party_nouns)}(?![\w])", re.IGNORECASE)
    return opener, verb, third


def _listed_after_place(named: list, k: int, links: LinkInput) -> bool:
    """Whether the name ``named[k]`` goes on a list of places (``in Zwaag en Blokker``)."""
    return (is_place(links, named[k - 1])
            and re.fullmatch(r"\s*(?:,|en)\s*", links.text[named[k - 1].end:named[k].start]) is not None)


def earmarked_part(links: LinkInput, start: int, end: int) -> bool:
    """``Met deze beschikking ken ik u ... € 412.380 toe. Van dit bedrag is € 38.000 bestemd voor
    een buurtsportcoach in Zwaag en Blokker``: a part set aside for a purpose stays the money of
    the one the whole goes to, the addressee; a part for a foundation, an association or another
    municipality (``bestemd voor de Stichting ...``) is a third party's."""
    lo = max(0, start - LINK_WINDOW)
    ends = list(_SENTENCE_END.finditer(links.text, lo, start))
    sentence = ends[-1].end() if ends else lo
    opener, verb, third = _earmark_words()
    if opener.match(links.text[sentence:start]) is None or verb.match(links.text, end) is None:
        return False
    rest = re.match(r"[^.;!?\n]*", links.text[end:end + _AFTER_WINDOW]).group()
    named = [m for m in links.mentions if end <= m.start < end + len(rest)]
    # 'in Zwaag en Blokker': the places a list after 'in' goes on with are places too.
    places = [is_place(links, m) or (k > 0 and _listed_after_place(named, k, links)) for k, m in enumerate(named)]
    if third.search(rest) or not all(places):
        return False
    previous = links.amount_before(start)
    return previous is not None and to_your_municipality(links, *previous)


# 'Dit bedrag bestaat uit ': a sentence that opens with the grant named before and its breakdown.
_PARTS_OPENING = re.compile(r"\s*(?:dit|dat|het)\s+bedrag\s+", re.IGNORECASE)
# How far back the sentence of the parts may start.
_PARTS_WINDOW = 300


def _part_in_sentence(links: LinkInput, start: int) -> bool:
    """``... een specifieke uitkering verleend van € 96.000. Dit bedrag bestaat uit € 50.000 voor de
    sportformateur en € 46.000 voor de uitvoering``: a sentence that opens with the grant and a
    breakdown word, the grant the last amount of the sentence before and the addressee's; no
    municipality named in the sentence."""
    text = links.text
    lo = max(0, start - _PARTS_WINDOW)
    stops = [m.end() for m in re.finditer(r"[.!?](?=\s)", text[lo:start])]
    if not stops:
        return False
    sentence = lo + stops[-1]
    opening = _PARTS_OPENING.match(text, sentence)
    if (opening is None or _breakdown_words().match(text, opening.end()) is None
            or re.search(r"\n[ \t]*\n|\t", text[opening.end():start]) or is_row_or_item(text, start)):
        return False  # a table under the sentence is read by its rows
    if any(sentence <= m.start < start for m in links.mentions):
        return False
    previous = links.amount_before(sentence)
    return previous is not None and previous[1] > sentence - _PARTS_WINDOW and to_your_municipality(links, *previous)


@lru_cache(maxsize=1)
def _breakdown_words() -> re.Pattern:
    return re.compile(alternation(load_file(AmountsLinkingFile).breakdown_openers) + r"\s*:?\s*", re.IGNORECASE)


def _long(line: str) -> bool:
    """Running text, not a table row: many words, or a sentence's end."""
    return len(line.split()) > link_words().row_max_words or re.search(r"[.:;!?]\s*$", line) is not None


# The addressee's municipality in the letter head: 'Gemeente Almere t.a.v. het college ...',
# 'College van burgemeester en wethouders van Zwolle', 'Gemeenteraad van Arnhem'; a name two
# municipalities share keeps the province after it: 'de gemeente Bergen (L.)'.
_ADDRESSEE_MUNICIPALITY = re.compile(
    r"(?i:\bgemeente|\b(?:wethouders|gemeenteraad)\s+van(?:\s+de\s+gemeente)?)\s+"
    # A name may join its parts with small words ('Mill en Sint Hubert', 'Alphen aan den Rijn').
    r"(?P<name>[A-Z'][\w'’.-]*(?:(?:[ -]|(?:\s+(?:en|aan|op|de|den|der|in|bij)){1,2}\s+)[A-Z][\w'’.-]*){0,3})"
    r"(?P<province>\s*\([A-Z][\w.]{0,9}\))?")


def sender_municipality(info: DocumentInfo, text: str = "") -> str | None:
    """The CBS code of the municipality that wrote the document, when its sender names one; a
    name two municipalities share is told apart by the province in the letterhead (the first
    lines of ``text``). A proposal with no sender in its head is the college's that signs it at
    its foot (``Burgemeester en wethouders van Oss,``)."""
    return _municipality_named(info.sender, info, text[:_LETTERHEAD_CHARS]) or _signed_by(info, text)


# How far from a page's end the college's signature may stand.
_SIGNATURE_CHARS = 400
# 'Burgemeester en wethouders van Oss,' opening a line: the college signs its proposal (its secretary's
# and mayor's titles may follow on the line, set beside it).
_SIGNED_BY_COLLEGE = re.compile(
    r"^[ \t]*(?:het[ \t]+college[ \t]+van[ \t]+)?burgemeester[ \t]+en[ \t]+wethouders[ \t]+van[ \t]+"
    r"(?:de[ \t]+gemeente[ \t]+)?(?P<name>[^\W\d_][^,|\n]{1,40}?)[ \t]*(?:,[^\n]*)?$", re.IGNORECASE | re.MULTILINE)


def _signed_by(info: DocumentInfo, text: str) -> str | None:
    # A letter's head names the college it is addressed to in the same words: only a foot signs.
    if info.addressee:
        return None
    lo = max(_LETTERHEAD_CHARS, len(text) - _SIGNATURE_CHARS)
    codes = {code for m in _SIGNED_BY_COLLEGE.finditer(text, lo) if (code := _code_of(m["name"], info))}
    return codes.pop() if len(codes) == 1 else None


def addressee_municipality(info: DocumentInfo, text: str = "") -> str | None:
    """The CBS code of the municipality a letter is addressed to, when its addressee names one; a
    name two municipalities share is told apart by the province in the page's head (OCR puts the
    bracketed province that ends an address line, '... gemeente Bergen (NH.)', on a line of its own)."""
    return _municipality_named(info.addressee, info, text[:_LETTERHEAD_CHARS])


# 'Gemeente Heerenveen | B&W-advies': the writer's name and the kind of paper, its head's first line.
_OWN_HEAD = re.compile(r"[ \t]*gemeente[ \t]+(?P<name>[A-Z][^|\n]{1,40}?)[ \t]+\|", re.IGNORECASE)
# How far into a page its letterhead (sender's postal line) may reach.
_LETTERHEAD_CHARS = 300
# How many lines of a page's head may name the municipality a report is of.
_REPORT_HEAD_LINES = 6
# A head line of more words that ends as a sentence does is running text.
_HEAD_MAX_WORDS = 15


def document_municipality(info: DocumentInfo, text: str, furniture: tuple[str, ...] = ()) -> str | None:
    """The municipality whose document this is: the sender of a letter, or the one a report's
    head names (``Gemeente Oss | Programmabegroting 2026``, ``Accountantsverslag 2024 gemeente
    Zaltbommel``, a running header kept as furniture), when the head names only that one. A
    letter's head names its addressee, so a letter has only its sender."""
    own = sender_municipality(info, text)
    # A table row with its figure is no head ('Secretariaat (gemeente Harderwijk) | 18.500' opening a page).
    head = [ln for ln in [ln for ln in text.splitlines() if ln.strip()][:_REPORT_HEAD_LINES]
            if not re.search(r"\t[ \t€]*-?\d[\d.,]*[ \t]*$", ln)]
    if own is None and info.doc_type == "brief" and not info.addressee and head:
        # A college's advice or memo under its own running head ('Gemeente Heerenveen | B&W-advies').
        first = _OWN_HEAD.match(head[0])
        return _code_of(first["name"], info) if first is not None else None
    if own is None and head and (name := council_letter_writer(info, head[0])) is not None:
        return _code_of(name, info)  # 'gemeente Zwolle' over a memo to its own council (pipeline.link.council_head)
    if own is not None or info.doc_type == "brief" or info.addressee:
        return own
    lines = [*head, *furniture, info.title or ""]
    codes = {code for line in lines for m in _ADDRESSEE_MUNICIPALITY.finditer(line)
             if m.group().lower().startswith("gemeente") and (code := _code_of(m["name"], info))}
    # A sentence of the first paragraph names members and partners, not whose document it is ('Het
    # OV-bureau is een gemeenschappelijke regeling van de provincies ... en de gemeente Groningen.'): a
    # municipality named only there is none.
    named = {code for line in lines if not (len(line.split()) > _HEAD_MAX_WORDS and re.search(r"[.!?]\s*$", line))
             for m in _ADDRESSEE_MUNICIPALITY.finditer(line)
             if m.group().lower().startswith("gemeente") and (code := _code_of(m["name"], info))}
    return codes.pop() if len(codes) == 1 and named == codes else None


def _code_of(name: str, info: DocumentInfo, province: str | None = None) -> str | None:
    """The code of the longest start of ``name`` that is a municipality ('Goes en Kapelle' -> Goes)."""
    year = int(info.doc_date[:4]) if info.doc_date and info.doc_date[:4].isdigit() else None
    words = name.split()
    for k in range(len(words), 0, -1):
        if words[k - 1][:1].isupper():
            part = " ".join(words[:k])
            found = (province and lookup(part + province, year)) or lookup(part, year)
            if found is not None:
                return found.code
    return None


def _municipality_named(party: str | None, info: DocumentInfo, head: str = "") -> str | None:
    if not party:
        return None
    m = _ADDRESSEE_MUNICIPALITY.search(party)
    if m is None:
        return None
    code = _code_of(m["name"], info, m["province"])
    if code is None:
        # A name two municipalities share, its province in the postal line: 'Gemeente Bergen |
        # Postbus 175 | 1860 AD Bergen (NH)', in the party or in the letterhead above the text.
        postal = re.search(re.escape(m["name"]) + r"\s*(\([A-Z][\w.]{0,9}\))", party[m.end():] + "\n" + head)
        year = int(info.doc_date[:4]) if info.doc_date and info.doc_date[:4].isdigit() else None
        found = postal and lookup(m["name"] + " " + postal.group(1), year)
        code = found.code if found else None
    return code


# 'het college van burgemeester en wethouders van Landgraaf, appellant': a party a ruling names.
_COLLEGE_OF = re.compile(
    r"(?i:\bcollege\s+van\s+burgemeester\s+en\s+wethouders\s+van(?:\s+de\s+gemeente)?)\s+"
    r"(?P<name>[A-Z'][\w'’.-]*(?:(?:[ -]|(?:\s+(?:en|aan|op|de|den|der|in|bij)){1,2}\s+)[A-Z][\w'’.-]*){0,3})"
    r"(?P<province>\s*\([A-Z][\w.]{0,9}\))?")


def college_municipality(info: DocumentInfo, text: str) -> str | None:
    """The municipality whose college a third party's document is addressed to or names as its one
    party (a ruling's ``het college van burgemeester en wethouders van Landgraaf, appellant``): a
    bare ``het college`` there is that municipality's. None in the college's own document, or when
    the text names the colleges of two municipalities."""
    if sender_municipality(info, text) is not None:
        return None
    codes = {code for m in _COLLEGE_OF.finditer(text) if (code := _code_of(m["name"], info, m["province"]))}
    addressee = addressee_municipality(info, text)
    if addressee is not None:
        codes.add(addressee)
    return codes.pop() if len(codes) == 1 else None
