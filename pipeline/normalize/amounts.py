"""Normalize amounts: spans on a Doc -> ``AmountFact`` records with values and links.

For every span of ``doc.spans["amounts"]`` (see ``pipeline.extract.amounts``):

- the value, range, qualifier, unit and currency from ``parse_amount``; a
  table cell's header scale (``x € 1.000``) applied; ``value_eur`` only for
  euro (other currencies keep their code and a null ``value_eur``, never
  converted); a redacted figure has ``redacted = True`` and no value, its
  unit read from the words after it (``fx®e per dag``);
- ``is_total`` from a total word in the same clause (``in totaal``,
  ``totaalbudget``, ``samen``; not ``samen met``), see ``is_total``;
- ``purpose`` from ``voor``/``ten behoeve van`` + a noun phrase right after
  the amount (``€ 5 miljoen voor de aanpak van radicalisering``), see
  ``purpose_of``; conservative: no purpose rather than a wrong one;
- the municipality it belongs to, see ``pipeline.link.amounts`` (none for a figure in another
  currency: it has no euro value);

The linking rules are in ``pipeline.link.amounts``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from spacy.tokens import Doc, Span

from pipeline.dutch.money import Amount, parse_amount
from pipeline.extract.amount_patterns import amount_words, patterns
from pipeline.extract.amount_tables import TableFigure
from pipeline.extract.amounts import REDACTED_RULES, SPAN_KEY
from pipeline.gazetteer import gazetteer
from pipeline.link.addressee import to_your_municipality
from pipeline.link.amounts import (
    LinkInput,
    Mention,
    amount_chars,
    link_municipality,
    places_of,
)
from pipeline.link.anaphora import named_next, with_antecedents
from pipeline.link.audit import (
    audited_cell,
    audited_municipality,
    audited_prose,
    organisation_row,
    to_an_organisation,
)
from pipeline.link.charges import charged_line
from pipeline.link.contribution_column import contribution_column
from pipeline.link.court_costs import court_costs_party
from pipeline.link.grant_parts import earmarked_part, part_of_your_grant
from pipeline.link.grant_rows import names_the_grant, year_of_the_grant
from pipeline.link.groups import distributed
from pipeline.link.headline import headline_repeats
from pipeline.link.income import named_income
from pipeline.link.levied import own_levy
from pipeline.link.merger import brought_in
from pipeline.link.oversight import addressees_budget, oversight_letter
from pipeline.link.own import (
    given_by_a_body,
    in_income_table,
    income_row,
    municipal_heading,
    own_bare_row,
    own_charge,
    own_cost,
    own_means_row,
    own_project_row,
    own_reserve_row,
    to_ourselves,
)
from pipeline.link.own_spending import own_spending
from pipeline.link.parties import (
    addressee_municipality,
    college_municipality,
    document_municipality,
    sender_municipality,
)
from pipeline.link.row_places import parts_by_place
from pipeline.link.rows import (
    column_municipality,
    findings_cell,
    names_received_money,
    own_share_column,
    parts_of_a_linked_row_total,
    parts_of_a_linked_total,
    shared_column,
)
from pipeline.link.settlement import settlement_row
from pipeline.link.third_party_prose import third_party_money
from pipeline.link.whole_sentence import received_by_the_document
from pipeline.phrases import alternation
from pipeline.provenance import span_provenance
from pipeline.records import AmountFact, CleanPage, DocumentInfo

CENT = Decimal("0.01")



# --------------------------------------------------------------------------
# Facts



def amount_facts(doc: Doc, page: CleanPage, info: DocumentInfo, head: str = "") -> list[AmountFact]:
    """One ``AmountFact`` per amount span of the Doc; one per municipality when distributed.

    ``X en Y krijgen elk € Z`` gives two facts over the same characters, each
    linked to one municipality (``link_rule = "distributed"``), with distinct
    fact ids (the CBS code is the ``key`` of the id).
    """
    links = LinkInput.of(doc)  # doc_text(doc) is rebuilt on every access: read it once
    addressee = addressee_municipality(info, links.text)
    own = sender_municipality(info, links.text)
    audited = audited_municipality(info, links.text, page.raw.furniture)
    owner = document_municipality(info, links.text, page.raw.furniture, head or links.text) or audited
    writer = own or (owner if owner != audited else None)
    # Who pays its own share: the sender, or with none the municipality a heading line names ('GEMEENTE BEEKDAELEN'
    # over its council's decision), not one a sentence in the page's first lines names.
    payer = own or (None if info.sender else document_municipality(info, municipal_heading(links.text),
                                                                   first_page=head or links.text))
    # A bare 'de gemeente' is the writer in its own document, the audited one in an audit report, else the one a
    # report is about where no other is named before it.
    college = college_municipality(info, links.text)
    year = int(info.doc_date[:4]) if info.doc_date and info.doc_date[:4].isdigit() else None
    # The college a ruling names as a party on its first page ('head', empty on that page itself).
    ruling_college = college_municipality(info, head) if college is None and head else None
    anaphoric = with_antecedents(links, own or audited, owner, college)
    # A province's letter on the addressee's budget: its money is the addressee's (pipeline.link.oversight).
    overseen = addressee if addressee is not None and own is None and oversight_letter(links.text) else None
    facts: list[AmountFact] = []
    for span in doc.spans.get(SPAN_KEY, []):
        start, end = amount_chars(span)
        group = distributed(links, start, end)
        variants = [((m, "distributed"), m.code) for m in group] if group else [(None, "")]
        for link, key in variants:
            if link is None and addressee is not None and to_your_municipality(links, start, end, addressee):
                link = (Mention(start, start, addressee), "addressee")
            if (link is None and addressee is not None
                    and (part_of_your_grant(links, start, end) or earmarked_part(links, start, end))
                    and link_municipality(links, start, end) is None):
                link = (Mention(start, start, addressee), "addressee")
            if (link is None and addressee is not None and own is None and (cell := _table_cell(span)) is not None
                    and settlement_row(links.text, start, cell.row_label)
                    and link_municipality(links, start, end) is None):
                # A line of the grant settled in the table under a letter to one college.
                link = (Mention(start, start, addressee), "addressee")
            if (link is None and addressee is not None and own is None and charged_line(links.text, start)
                    and link_municipality(links, start, end) is None):
                # A line of an invoice or a claim sent to one college (pipeline.link.charges).
                link = (Mention(start, start, addressee), "addressee")
            if (link is None and addressee is not None and (grant_cell := _table_cell(span)) is not None
                    and not grant_cell.is_total and (names_the_grant(grant_cell.row_label)
                                                     or year_of_the_grant(links.text, start, grant_cell.column_label))
                    and any(f.link_rule == "addressee" for f in facts)
                    and link_municipality(links, start, end) is None):
                # 'Subsidie (40%) | 111.085,40' under the letter's grant to the college (pipeline.link.grant_rows).
                link = (Mention(start, start, addressee), "addressee")
            if (link is None and link_municipality(links, start, end) is None
                    and (party := court_costs_party(links, start, end, college or ruling_college, head,
                                                    year)) is not None):
                # A ruling's order on the costs of the case, charged or paid to the college (pipeline.link.court_costs).
                link = (Mention(start, start, party), "court_costs")
            if (link is None and own is None and _table_cell(span) is None
                    and link_municipality(links, start, end) is None
                    and (prose := third_party_money(links, start, end, college or ruling_college, addressee,
                                                    writer)) is not None):
                # A fine, a sum it must pay, a rate it raises, compensation asked of it, its reserve, told in a
                # third party's sentence (pipeline.link.third_party_prose).
                link = prose
            if (link is None and overseen is not None and addressees_budget(links, start, overseen)
                    and link_municipality(links, start, end) is None):
                link = (Mention(start, start, overseen), "audited")
            if link is None and anaphoric is not None and link_municipality(links, start, end) is None:
                # 'de gemeente' without a name (pipeline.link.anaphora): only a link to it counts.
                found = link_municipality(anaphoric[0], start, end)
                if (found is not None and found[0] in anaphoric[1] and not own_bare_row(found, own)
                        and not own_charge(anaphoric[0], end, found, own or writer)):
                    link = found
            if (link is None and (own or writer) is not None
                    and ((own is not None and to_ourselves(links, start, end, own=own))
                         or income_row(links.text, start))
                    and ((named := link_municipality(links, start, end)) is None or named[0].code == (own or writer))):
                # 'Van de provincie ontvangen wij € Y' in the municipality's own document: 'wij' is the
                # sender's voice, so this takes the sender, not a report head's municipality ('owner'); a
                # row of its financing table is its own also under its head alone ('GEMEENTE ENSCHEDE').
                link = (Mention(start, start, own or writer), "own_receipt")
            if (link is None and own is None and writer is not None and to_ourselves(links, start, end, own=writer)
                    and ((named := link_municipality(links, start, end)) is None or named[0].code == writer)):
                # A paper under its head ('Voorjaarsnota 2025 | Gemeente Rotterdam') speaks as 'wij' too.
                link = (Mention(start, start, writer), "own_receipt")
            if (link is None and link_municipality(links, start, end) is None
                    and (named := named_next(links, start, end)) is not None):
                link = (named, "named_next")
            cell = _table_cell(span)
            if (link is None and owner is not None
                    and (names_received_money(links.text, start, cell.row_label, cell.column_label) if cell is not None
                         else any(received_by_the_document(links, s, e)
                                  for s, e in places_of(links.text, start, end))
                         or given_by_a_body(links, start, end) or named_income(links, start, end))
                    and link_municipality(links, start, end) is None):
                # Money the Rijk or the province gives the municipality whose budget, accounts
                # or audit report this is: a row of it, or a sentence about it.
                link = (Mention(start, start, owner), "received_row")
            if (link is None and cell is not None and not cell.is_total
                    and (column := column_municipality(links, start, cell.column_label)) is not None
                    and link_municipality(links, start, end) is None
                    and not own_share_column(column, cell.column_label, own or writer)):
                link = (column, "column_header")
            if (link is None and cell is not None and not cell.is_total
                    and (payer_row := contribution_column(links, start, cell.column_label)) is not None
                    and link_municipality(links, start, end) is None):
                # 'Project | Lopik | ... | Bijdrage gemeente: 310': what the row's municipality pays towards it.
                link = (payer_row, "table_row")
            if (link is None and audited is not None and cell is not None and not cell.is_total
                    and audited_cell(links.text, start, cell.row_label, cell.column_label)
                    and link_municipality(links, start, end) is None):
                # A rekenkamer's table of the budget and realisation of the municipality it reports on.
                link = (Mention(start, start, audited), "audited")
            if (link is None and audited is not None and cell is None
                    and audited_prose(links, start, end, audited) and link_municipality(links, start, end) is None):
                # Its credits, costs and overruns in the rekenkamer's sentences.
                link = (Mention(start, start, audited), "audited")
            if (link is not None and audited is not None and cell is None and link[0].code == audited
                    and to_an_organisation(links.text, start, end)):
                # What the municipality gives a foundation in the town is no one's money in the report.
                link = None
            if (link is None and cell is not None and not cell.is_total
                    and (old := brought_in(cell.row_label, cell.column_label)) is not None):
                # The opening balance of a reserve a merged-away municipality brought in.
                link = (Mention(start, start, old), "brought_in")
            if (link is None and own is not None and cell is not None and in_income_table(links.text, start)
                    and ((named := link_municipality(links, start, end)) is not None and named[0].code == own
                         or own_means_row(links.text, start))):
                # The writer's own row of its own financing table ('Gemeente X | € 480.000', 'Reserve
                # binnenstad Sneek | € 415.000'): its own means.
                own_means = True
            else:
                # The writer's share in a joint body ('De bijdrage van Hengelo stijgt met € Y' in Hengelo's letter,
                # 'de bijdrage van Beekdaelen in 2026 uitkomt op € Y' in its council's decision under its head).
                own_means = (link is None and payer is not None
                             and (named := link_municipality(links, start, end)) is not None
                             and own_cost(links, end, named, payer, cell.column_label if cell is not None else None))
                # Its own levy ('Huishoudens in Deventer betalen € 298' in Deventer's own proposal): its own income.
                own_means = own_means or (link is None
                                          and own_levy(link_municipality(links, start, end), own or writer))
                # What it spends itself, named with its own name ('Tilburg trekt € 1,2 miljoen extra uit' in its news).
                own_means = own_means or (link is None and (named := link_municipality(links, start, end)) is not None
                                          and own_spending(links, start, named, writer, info.doc_type == "nieuws"))
                # A project of its own named with it in its own table ('Klimaatadaptatie centrum Venray').
                own_means = own_means or (link is None and writer is not None and cell is not None
                                          and (own_project_row(links, start, end, writer)
                                               or own_reserve_row(links, start, end)))
            # An auditor's finding in a municipality's row is no money of it.
            if cell is not None and findings_cell(cell.column_label):
                link, own_means = None, True
            fact = amount_fact(span, page, info.doc_id, links, link=link, key=key, unlinked=own_means)
            if fact is not None and not (facts and is_restatement(links.text, facts[-1], fact)):
                facts.append(fact)
    for parts in (parts_of_a_linked_total, parts_by_place, parts_of_a_linked_row_total):
        for k, code in parts(links, facts).items():
            # In its own document the rows that share out a sum the writer receives are how it spends it
            # (its proposal's table of measures under the Rijk's money): its own means, no one's.
            if code == own and parts is not parts_of_a_linked_row_total:
                continue
            # A rekenkamer's row of a subsidy to an organisation stays no one's, though its total is the audited one's.
            if not (code == audited and organisation_row(facts[k].row_label)):
                facts[k] = replace(facts[k], municipality_code=code, municipality_name=official_name(code),
                                   link_rule="part_of_total")
    for k, code in headline_repeats(links.text, facts).items():
        facts[k] = replace(facts[k], municipality_code=code, municipality_name=official_name(code),
                           link_rule="headline")
    return facts


@lru_cache(maxsize=1)
def _restatement_pattern() -> re.Pattern:
    words = alternation(amount_words().restatement_words)
    return re.compile(rf"\s*[(\[]\s*(?:{words}\s*[:,]?\s*)?", re.IGNORECASE)


def is_restatement(text: str, previous: AmountFact, fact: AmountFact) -> bool:
    """The same figure again, in brackets right after it: not a second amount.

    ``€ 1.000.000,00 (één miljoen euro)``, ``€ 180.000 (zegge: honderdtachtigduizend
    euro)``, ``€ 2.500 (in woorden: tweeduizendvijfhonderd euro)``: legal and
    financial letters spell the figure out; a different value in the bracket stays.
    """
    between = text[previous.char_end : fact.char_start]
    return (
        _restatement_pattern().fullmatch(between) is not None
        and fact.value_eur == previous.value_eur
        and fact.currency == previous.currency
        and not fact.redacted
    )


def amount_fact(
    span: Span,
    page: CleanPage,
    doc_id: str,
    links: LinkInput,
    link: tuple[Mention, str] | None = None,
    key: str = "",
    unlinked: bool = False,
) -> AmountFact | None:
    """The fact of one amount span, or None when its text no longer parses.

    ``link`` given (a distributed amount) replaces the link rules; ``key``
    keeps the fact ids of such copies apart; ``unlinked`` keeps the amount from every link.
    """
    text = links.text
    start, end = amount_chars(span)
    redacted = span.label_ in REDACTED_RULES
    if redacted:
        amount = None
        per = unit_after(text, end)
        qualifier = qualifier_before(text, start)
    elif (cell := _table_cell(span)) is not None:
        amount = Amount(value=cell.value, qualifier="exact", value_max=None, per=None,
                        currency=cell.currency, scale=Decimal(1))
        per, qualifier = None, "exact"
    else:
        amount = parse_amount(text[start:end])
        if amount is None:
            return None
        amount = _apply_header_scale(amount, span)
        per, qualifier = amount.per, amount.qualifier
    cell = _table_cell(span)
    euro = amount is not None and amount.currency == "EUR"
    if amount is not None and not euro:
        # A figure in another currency (a guilder column beside the euro one) has no euro value:
        # linked, it would read as a blacked-out euro amount of that municipality.
        link = None
    elif link is None and not unlinked:
        link = link_municipality(links, start, end)
        if link is not None and cell is not None and shared_column(links, link[0], cell.column_label):
            link = None
    return AmountFact(
        **span_provenance(span, page, doc_id, "amount", key=key),
        value_eur=_cents(amount.value) if euro else None,
        value_eur_max=_cents(amount.value_max) if euro and amount.value_max is not None else None,
        redacted=redacted,
        qualifier=qualifier,
        per=per,
        currency=amount.currency if amount is not None else "EUR",
        is_total=cell.is_total if cell is not None else is_total(text, start, end),
        municipality_code=link[0].code if link else None,
        municipality_name=official_name(link[0].code) if link else None,
        purpose=None if cell is not None else purpose_of(text, end, links.mentions),
        value_in_currency=_cents(amount.value) if amount is not None else None,
        link_rule=link[1] if link else None,
        row_label=cell.row_label if cell is not None else None,
        column_label=cell.column_label if cell is not None else None,
    )


def _table_cell(span: Span) -> TableFigure | None:
    return span._.amount_table if span.has_extension("amount_table") else None




def _apply_header_scale(amount: Amount, span: Span) -> Amount:
    scale = span._.amount_scale if span.has_extension("amount_scale") else None
    if not scale:
        return amount
    return Amount(
        value=amount.value * scale,
        qualifier=amount.qualifier,
        value_max=amount.value_max * scale if amount.value_max is not None else None,
        per=amount.per,
        currency=amount.currency,
        scale=amount.scale * scale,
    )


def _cents(value: Decimal) -> Decimal:
    """The table stores cents; a figure like ``0,125 miljoen`` is whole euros anyway."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def official_name(code: str) -> str | None:
    """The official CBS name of a municipality code, from ``pipeline.gazetteer``."""
    municipality = gazetteer().get(code) if code else None
    return municipality.name if municipality is not None else None


# --------------------------------------------------------------------------
# Unit, total, purpose


def unit_after(text: str, end: int) -> str | None:
    """The unit right after a figure (``per dag``, ``p.p.``), for redacted figures."""
    m = patterns().unit_after.match(text, end)
    if m is None:
        return None
    amount = parse_amount("€ 1" + m.group())
    return amount.per if amount is not None else None


def qualifier_before(text: str, start: int) -> str | None:
    """The qualifier right before a redacted figure (``circa g®e`` -> approx), else None."""
    m = patterns().qualifier_before.search(text[max(0, start - 40) : start])
    if m is None:
        return None
    amount = parse_amount(m.group() + " € 1")
    return amount.qualifier if amount is not None else None


def _clause_before(text: str, start: int) -> str:
    """The clause before ``start``: back to a sentence end, ``;``, ``:`` or a line break."""
    window = text[max(0, start - 80) : start]
    cut = max(window.rfind(c) for c in (". ", ";", ":", "\n", "? ", "! "))
    return window[cut + 1 :] if cut >= 0 else window


def is_total(text: str, start: int, end: int) -> bool:
    """True when the clause calls the amount a total (``in totaal``, ``totaalbudget``)."""
    ctx = amount_words()
    before = _clause_before(text, start)
    after = text[end : end + 25].split("\n")[0]
    before = re.sub(alternation(ctx.total_not), " ", before, flags=re.IGNORECASE)
    if re.search(alternation(ctx.total_before), before, re.IGNORECASE):
        return True
    return bool(re.match(r"\s*,?\s*" + alternation(ctx.total_after), after, re.IGNORECASE))


_PURPOSE_END = re.compile(r"[.,;:()\[\]\n!?]| en (?:de|het|een) gemeenten?\b")


def purpose_of(text: str, end: int, mentions: tuple[Mention, ...] = ()) -> str | None:
    """What the money is for, when a purpose phrase follows the amount directly.

    ``€ 5 miljoen voor de aanpak van radicalisering`` -> ``de aanpak van
    radicalisering``. Nothing when the phrase is a municipality (``voor Utrecht``
    is a link), a year or date (``voor 2016``), or a stop word (``voor de gemeente``).
    """
    ctx = amount_words()
    unit = patterns().unit_after.match(text, end)
    pos = unit.end() if unit else end
    m = re.match(
        r"\s+(?:"
        + alternation(ctx.purpose_gap_words)
        + r"\s+)?"
        + alternation(ctx.purpose_markers)
        + r"\s+",
        text[pos : pos + 60],
        re.IGNORECASE,
    )
    if m is None:
        return None
    start = pos + m.end()
    rest = text[start : start + 160]
    stop = _PURPOSE_END.search(rest)
    phrase = " ".join(rest[: stop.start() if stop else len(rest)].split())
    words = phrase.split()
    if not words or len(words) > 12 or not words[0][:1].isalpha():
        return None
    lowered = phrase.lower()
    if any(lowered == w or lowered.startswith(w + " ") for w in ctx.purpose_stop_words):
        return None
    if any(m.start == start for m in mentions):
        return None
    if re.search(r"\d", phrase) or patterns().sign_before.search(phrase):
        return None
    return phrase


