"""The link rules that read the layout: a name and an amount side by side, a table row, a field block.

``name_then_amount`` (``Den Haag (€ 950.000)``, ``1. Den Haag € 950.000``), ``table_row``,
``same_row`` and ``recipient_field``: the municipality is where the page puts it, not what a verb
says. The order in which they are tried is in ``pipeline.link.amounts``.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.gazetteer import successor_chain
from pipeline.link.located import only_where
from pipeline.link.mentions import (
    LinkInput,
    Mention,
    after_row_label,
    company_cell,
    in_group,
    is_place,
    is_row_or_item,
    line_of,
    mention_before,
    names_the_row,
    short_line_of,
    table_top,
    total_row,
)
from pipeline.link.words import link_words
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile

# Between a name and its amount: a bracket or colon (the amount may start the
# next line), or a bar or dash on the same line ('- € 5' on a new line is a bullet).
_PAIR_SEPARATOR = re.compile(r"[ \t]*,?\s*[(:][ \t]*|[ \t]*[|=\u2013\u2014-][ \t]*")


def name_then_amount(links: LinkInput, start: int, end: int) -> Mention | None:
    """``Den Haag (€ 950.000)``, ``Amsterdam, (€ 920.000)``, ``Den Haag: € 950.000``.

    In a table row or list item a space alone is enough (``1. Den Haag € 950.000``), where
    the name is what the row is about (``names_the_row``). A place is not the one paired with
    its cost: ``de kosten van het loket in Joure (€ 12.000)`` (``is_place``).
    """
    m = mention_before(links, start)
    if m is None or is_place(links, m) or only_where(links, m):
        return None
    between = links.text[m.end : start]
    if _PAIR_SEPARATOR.fullmatch(between) is None:
        if not (re.fullmatch(r"[ \t]+", between) and is_row_or_item(links.text, start)
                and names_the_row(links.text, m)):
            # 'Ubbergen | Fietsstrook Rijksstraatweg Beek | 120.000': a project's cell, the row's municipality first.
            return _row_municipality(links, m) if "\t" in between and is_row_or_item(links.text, start) else None
    if re.search(r"[|\t]", between) and after_row_label(links, m):
        return None  # 'Dorpshuis De Kei | Aalten | € 48.500': where the project is
    if re.search(r"[|\t]", between) and company_cell(links.text, m):
        return None  # 'Bouwbedrijf De Wit BV, Almere | € 801.000': a bidder's seat, the sum the company's
    if re.search(r"[|\t]", between) and _route_end(links, m):
        return None  # 'Snelfietsroute Ede - Wageningen | 4.800': a route between two, no one's row
    if re.search(r"[|\t]", between) and (row := _row_municipality(links, m)) is not None:
        return row
    if re.search(r"[|\t]", between) and (whole := _successor_before(links, m)) is not None:
        return whole  # 'Altena | Woudrichem | 140.000': a former municipality, now a kern of the row's
    return None if in_group(links, m) else m


def _successor_before(links: LinkInput, m: Mention) -> Mention | None:
    """The municipality earlier on ``m``'s line that ``m`` merged into (``Altena | Woudrichem``):
    the later cell names a kern of the row's municipality, as ``_merged_into_earlier`` reads it."""
    line_start = links.text.rfind("\n", 0, m.start) + 1
    later = {c.code for c in successor_chain(m.code)[1:]}
    k = bisect.bisect_left(links._starts, line_start)
    return next((o for o in links.mentions[k:] if o.start < m.start and o.code in later), None)


# The dash between the two ends of a route ('Ede - Wageningen', 'Meppel–Nijeveen').
_ROUTE_DASH = re.compile(r"[ \t]*[-\u2013\u2014][ \t]*")


def _route_end(links: LinkInput, m: Mention) -> bool:
    """Whether ``m`` ends a route that another municipality's name and a dash open (``Snelfietsroute
    Ede - Wageningen``): the row is the project between them, neither one's."""
    k = bisect.bisect_left(links._starts, m.start)
    return k > 0 and links.mentions[k - 1].code != m.code and _ROUTE_DASH.fullmatch(
        links.text[links.mentions[k - 1].end:m.start]) is not None


def _row_municipality(links: LinkInput, m: Mention) -> Mention | None:
    """The municipality that is a row's first cell alone, when ``m`` stands in a later cell among
    other words (``Assen | Noord- en Midden-Drenthe | 11.205``, ``Utrecht | Utrecht stad en Stichtse
    Vecht | 38.930``): that cell names the region the row's municipality serves, it is no receiver.
    A later cell that is the name alone (``Gemeente Bronckhorst | Hengelo``) is left to the rules
    of the row's cells."""
    text = links.text
    line_start = text.rfind("\n", 0, m.start) + 1
    cell_start = max(text.rfind("\t", line_start, m.start), text.rfind("|", line_start, m.start)) + 1
    cell_end = min((i for i in (text.find("\t", m.end), text.find("|", m.end), text.find("\n", m.end))
                    if i >= 0), default=len(text))
    if cell_start <= line_start or not re.search(r"[^\W\d_]{2,}", text[cell_start:m.start] + text[m.end:cell_end]):
        return None
    first_end = min((i for i in (text.find("\t", line_start), text.find("|", line_start)) if i >= 0),
                    default=line_start)
    first = [o for o in links.mentions if line_start <= o.start and o.end <= first_end]
    if len({o.code for o in first}) > 1:
        # 'Geldermalsen, Neerijnen en Lingewaal (penvoerder: Geldermalsen) | ... West Betuwe | 210.000'
        roles = {o.code: o for o in first if _in_role(links, o)}
        return next(iter(roles.values())) if len(roles) == 1 else None
    if (len(first) == 1 and first[0].code != m.code
            and text[line_start:first_end].strip() == text[first[0].start:first[0].end]):
        return first[0]
    return None



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
    # Names in later cells that only say where (a project's or applicant's place) are not the row's.
    on_line = [m for m in on_line if not after_row_label(links, m) and not only_where(links, m)
               and not _merged_into_earlier(m, on_line)]
    if len({m.code for m in on_line}) > 1:
        # 'Eemsdelta (penvoerder, met Het Hogeland)': a joint grant is paid to the one named in its role.
        on_line = [m for m in on_line if _in_role(links, m)]
    if len({m.code for m in on_line}) != 1 or not names_the_row(links.text, on_line[0]):
        return None
    return on_line[0]


def _merged_into_earlier(m: Mention, on_line: list[Mention]) -> bool:
    """A merged-away municipality after the one it became part of (``Súdwest-Fryslân | Sneek,
    Harinxmaland``, ``Stichtse Vecht | Maarssen, Bisonspoor``): a town of the row's municipality
    that says where the project is, not a second receiver."""
    later = {c.code for c in successor_chain(m.code)[1:]}
    return any(o.start < m.start and o.code in later for o in on_line)


# The bracket after a name that may give its role in the row: '(penvoerder', '(als kassier'.
_RECEIVER_ROLE = re.compile(r"[ \t]*\(\s*(?:als\s+)?")
# The role opening the bracket, the name after it: '(penvoerder: Geldermalsen)'.
_ROLE_THEN_NAME = re.compile(r"\(\s*(?:als\s+)?(?P<role>[^\W\d_][\w ]*?)\s*:\s*\Z")


def _in_role(links: LinkInput, m: Mention) -> bool:
    """Whether the row names ``m`` in the receiver's role: ``Eemsdelta (penvoerder, ...)`` or
    ``(penvoerder: Geldermalsen)``."""
    role = _RECEIVER_ROLE.match(links.text, m.end)
    word = role and link_words().receiver_column.match(links.text, role.end())
    if word and not links.text.startswith(":", word.end()):  # '(penvoerder: Y)' names Y
        return True
    before = _ROLE_THEN_NAME.search(links.text, max(0, m.start - 40), m.start)
    return before is not None and link_words().receiver_column.fullmatch(before["role"]) is not None


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


# A column header's unit in brackets after its words: 'Rijksbijdrage (€)', 'Compensatie Rijk (x € 1.000)'.
_UNIT_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")


def findings_cell(column_label: str | None) -> bool:
    """Whether a figure stands under an auditor's column of what it found wrong (``Geconstateerde
    fouten``): a finding about a municipality's money, no money it gets or pays, so even in its row
    it gets none (ANNOTATING.md: the errors found get none); its ``0`` is still an amount."""
    return bool(column_label) and link_words().findings_column.fullmatch(" ".join(column_label.split())) is not None


def names_received_money(text: str, start: int, row_label: str | None, column_label: str | None = None) -> bool:
    """Whether the table row of the figure at ``start`` is money another body gives a
    municipality: its label names it (``Algemene uitkering gemeentefonds``,
    ``Decentralisatie-uitkeringen``), or the header of the label column does (``Specifieke
    uitkering`` or ``Regeling`` over the grants of a SiSa table), not a row of it passed on or
    spent (``Af: doorzetten taakmutatie jeugd``). The label may stand in a
    text cell after a code (``C8 | SPUK Sportakkoord | 118.400``, its header ``Code |
    Specifieke uitkering``): every text cell before the row's first figure is read. A total
    row is none, and so is an auditor's column of what it found wrong in the row (``Geconstateerde
    fout``, ``Onzekerheid``): a finding about the money, whose figure the municipality was given
    no more than its zeros."""
    words = link_words().received_money_row
    if total_row(text, start):
        return False
    if findings_cell(column_label):
        return False
    if row_label and link_words().passed_on_row.match(row_label):
        return False  # 'Af: doorzetten taakmutatie jeugd': passed on, no longer received
    labels = _label_cells(text, start)
    if column_label and words.fullmatch(_UNIT_BRACKET.sub("", " ".join(column_label.split()))):
        # 'Onderdeel | Meerkosten | Compensatie Rijk | Saldo': one column of the row is the money received; but
        # under 'Deelnemer' each row is a participant's, and one that names no municipality is another body's
        # ('Regio Foodvalley (bureau en regionale projecten) | 11.150.000').
        return not any(_participants().fullmatch(h) for h in _label_headers(text, start, labels)[:1])
    if any(words.search(label) for label in [row_label or "", *labels.values()]):
        return True
    headers = _label_headers(text, start, labels)
    header_words = link_words().received_money_label_header
    return any(header_words.fullmatch(header) is not None for header in headers)


@lru_cache(maxsize=1)
def _participants() -> re.Pattern:
    return re.compile(alternation(load_file(AmountsLinkingFile).participant_label_headers), re.IGNORECASE)


def _label_cells(text: str, pos: int) -> dict[int, str]:
    """The text cells of the row at ``pos`` before its first figure, by column (tab-separated)."""
    start, _ = line_of(text, pos)
    if "\t" not in text[start:pos]:
        return {}
    cells = {}
    for k, cell in enumerate(text[start:pos].split("\t")[:-1]):
        # A year among a label's words ('Teruggave resultaat 2023 GGD') is no figure.
        worded = re.match(r"\s*[^\W\d_]{2,}", cell) is not None and not re.search(r"\d[.,]\d{3}|\d{5,}", cell)
        if not worded and re.search(r"\d[.,]?\d{3}|^\s*[-−(]?\s*\d+\s*\)?\s*$", cell):
            break
        cells[k] = cell.strip()
    return cells


def _label_headers(text: str, pos: int, labels: dict[int, str]) -> list[str]:
    """The header cells of the first line of the table whose row holds ``pos`` (tab-separated
    lines without a blank line between) over the row's label cells, the first always."""
    start, _ = line_of(text, pos)
    if "\t" not in text[start:pos]:
        return []
    top = table_top(text, start)
    first = text[top:text.find("\n", top) if "\n" in text[top:] else len(text)].split("\t")
    return [cell.strip() for k, cell in enumerate(first) if (k == 0 or k in labels) and cell.strip()]


def column_municipality(links: LinkInput, start: int, column_label: str | None) -> Mention | None:
    """A table whose columns are municipalities (``Reserve | Geldermalsen | Lingewaal |
    Totaal``, the reserves merged municipalities brought in; members side by side): a figure
    under a column whose header is a municipality's name alone (``Gemeente X`` too) is that
    municipality's, unless its row is a total or names a municipality of its own. So is a column
    of one party's share (``Aandeel Hof van Twente (€)``, an agreement of two municipalities);
    where its header wrapped the name over two lines, the name as the page gives it earlier."""
    if not column_label or total_row(links.text, start):
        return None
    label = " ".join(column_label.split())
    share = link_words().share_column.match(label)
    label = re.sub(r"\s*\([^()]*€[^()]*\)$", "", label[share.end():] if share else label)
    label = re.sub(r"^gemeente\s+", "", label, flags=re.IGNORECASE)
    line_start, line_end = line_of(links.text, start)
    if any(line_start <= m.start and m.end <= line_end for m in links.mentions):
        return None
    named = [m for m in links.mentions[:bisect.bisect_left(links._starts, line_start)]
             if links.text[m.start:m.end] == label]
    header = [m for m in named if "\t" in links.text[slice(*line_of(links.text, m.start))]]
    if not header and share and named:
        return named[-1]
    return header[-1] if header else None


def own_share_column(column: Mention, column_label: str | None, writer: str | None) -> bool:
    """Whether ``column`` is the writer's own share in its own document (``Bijdrage Hulst (€)`` in Hulst's
    letter to its council): what it pays itself is its own cost there, as its own row of a joint body's
    contributions is, not money it receives or is charged by the page's writer."""
    return (writer is not None and column.code == writer and column_label is not None
            and link_words().share_column.match(" ".join(column_label.split())) is not None)


def shared_column(links: LinkInput, mention: Mention, column_label: str | None) -> bool:
    """Whether a figure linked to the municipality named in a later cell of its row (the
    penvoerder or applicant of a region's or project's row: ``Kanaalzone | gemeente Terneuzen |
    35.000.000 | 36.400.000``) stands in a column of money the region's parties bring in
    together (``Cofinanciering regio``, also with its unit: ``Cofinanciering regio (€)``): that is
    not the municipality's. A municipality that is the row's own label keeps every cell of its row."""
    label = _UNIT_BRACKET.sub("", " ".join(column_label.split())) if column_label else ""
    if not label or link_words().shared_money_column.fullmatch(label) is None:
        return False
    line_start, _ = line_of(links.text, mention.start)
    return bool(re.search(r"[\t|]", links.text[line_start:mention.start]))


def parts_of_a_linked_total(links: LinkInput, facts: list) -> dict[int, str]:
    """The rows of a table that add up to a sum the running text gives one municipality: the
    bill's lines whose total the letter asks the college to pay (``Bijdrage derde kwartaal |
    € 112.450,00``, ``Wettelijke rente | € 1.204,17``, ``Totaal verschuldigd | € 113.654,17`` and
    ``Wij verzoeken u het bedrag van € 113.654,17 ... over te maken``), or a grant's payment
    schedule under ``Het Fonds verleent de gemeente X een subsidie van € 120.000``. Each part is
    that municipality's money; the total row stays no one's (a total). Only when the rows of a
    column, none linked and none naming a municipality, add up to their total row exactly, and
    the figures of the text with the total's value that are linked are linked to that one.
    A fund's statement opens with its balance (``Saldo 1 januari 2023 | 583.210,55``, then the
    loans, repayments and costs of the year, ``Saldo 31 december 2023 | 612.418,37``): the opening
    balance heads the column as one of its parts, not as the total of rows above it.

    ``facts`` are one page's amount facts in reading order; the answer maps their positions to
    the code."""
    out: dict[int, str] = {}
    pending: dict[str, list[int]] = {}
    for i, fact in enumerate(facts):
        if fact.column_label is None:
            pending = {}  # running text ends the table
            continue
        if not fact.is_total or (not pending.get(fact.column_label) and _opening_balance(fact.row_label)):
            pending.setdefault(fact.column_label, []).append(i)
            continue
        parts = pending.pop(fact.column_label, [])
        code = _linked_sum(links, facts, parts, fact)
        if code is not None:
            out.update(dict.fromkeys((k for k in parts if not facts[k].municipality_code), code))
    return out


@lru_cache(maxsize=1)
def _opening() -> re.Pattern:
    return re.compile(r"\W*" + alternation(load_file(AmountsLinkingFile).opening_balance_columns) + r"(?![\w])",
                      re.IGNORECASE)


def _opening_balance(label: str | None) -> bool:
    return label is not None and _opening().match(label) is not None


def _linked_sum(links: LinkInput, facts: list, parts: list[int], total) -> str | None:
    if len(parts) < 2 or total.value_eur is None:
        return None
    rows = [facts[k] for k in parts]
    if any(r.value_eur is None for r in rows) or all(r.municipality_code for r in rows):
        return None
    if sum(r.value_eur for r in rows) != total.value_eur:
        return None
    codes = {f.municipality_code for f in facts
             if f.column_label is None and f.value_eur == total.value_eur and f.municipality_code}
    code = codes.pop() if len(codes) == 1 else None
    for r in rows:
        # A row may name the one the total goes to ('Bijdrage buurtbus Heerenveen-Nieuwehorne' on a bill to Heerenveen).
        row_start, row_end = line_of(links.text, r.char_start)
        if any(row_start <= m.start < row_end and m.code != code for m in links.mentions):
            return None
    # A part the letter already gives that municipality (its advance) does not stand in the way; another's does.
    return None if any(r.municipality_code not in (None, code) for r in rows) else code


def parts_of_a_linked_row_total(links: LinkInput, facts: list) -> dict[int, str]:
    """The figures of a table row that add up to the row's last figure, once that last figure is
    linked: the years of a grant's part (``A. Sportakkoord | 72.000 | 72.000 | 72.000 | 216.000``,
    its ``Totaal`` linked as a part of the grant the letter gives the college) are the same
    municipality's money. Only when the row names no municipality and is no total row, its earlier
    figures are linked to no one, and they add up to its last figure exactly."""
    out: dict[int, str] = {}
    row: list[int] = []
    row_line: tuple[int, int] | None = None
    for i, fact in enumerate(facts + [None]):
        line = line_of(links.text, fact.char_start) if fact is not None and fact.column_label is not None else None
        if line != row_line or line is None:
            if len(row) >= 3:
                *parts, last = (facts[k] for k in row)
                if (last.municipality_code and not last.is_total
                        and all(p.value_eur is not None and not p.municipality_code for p in parts)
                        and sum(p.value_eur for p in parts) == last.value_eur
                        and not any(row_line[0] <= m.start < row_line[1] for m in links.mentions)):
                    out.update(dict.fromkeys(row[:-1], last.municipality_code))
            row, row_line = [], line
        if line is not None:
            row.append(i)
    return out
