"""A grant's payment schedule on a later page than the sentence that grants it.

``Ik ken uw gemeente een specifieke uitkering toe van € 24.600.000`` on the decision's first page,
``Jaar | Bedrag``, ``2022 | € 8.200.000`` ... ``Totaal | € 24.600.000`` under ``Betaling`` on its
second: each part of the schedule is the same municipality's money, as on one page
(``pipeline.link.rows.parts_of_a_linked_total``), which reads one page at a time and so never sees
the sentence on the page before. Here the whole document is read once its pages are linked: the rows
of a column, none linked, add up to their total row exactly, and every figure of running text with
the total's value that is linked, on any page, is linked to one and the same municipality.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.gazetteer import gazetteer, lookup


def parts_across_pages(facts: list, own: str | None = None) -> list:
    """``facts`` (one document's amount facts, page by page in reading order) with the unlinked rows
    of a schedule whose total the running text of another page gives one municipality linked to it.
    ``own`` is the municipality whose own document it is: rows that share out a sum it receives are
    how it spends it (a proposal's measures under the Rijk's money), its own means, no one's."""
    linked: dict = {}
    for f in facts:
        if not _in_table(f) and f.municipality_code and f.value_eur is not None:
            linked.setdefault(f.value_eur, set()).add((f.municipality_code, f.page))
    if not linked:
        return facts
    out = list(facts)
    pending: dict[str, list[int]] = {}
    page = None
    for i, fact in enumerate(facts):
        if fact.page != page or not _in_table(fact):
            pending, page = {}, fact.page  # a new page or running text ends the table
            if not _in_table(fact):
                continue
        if not fact.is_total:
            pending.setdefault(fact.column_label, []).append(i)
            continue
        parts = pending.pop(fact.column_label, [])
        code = _sum_of_a_grant(facts, parts, fact, linked)
        if code is not None and code != own:
            name = gazetteer().get(code).name
            for k in parts:
                out[k] = replace(out[k], municipality_code=code, municipality_name=name, link_rule="part_of_total")
    return out


def _in_table(fact) -> bool:
    """A cell of a table: under a column header, or in a row of one whose header a scan read apart from it
    ('Bedrag' on a line of its own above 'Schadepost', the page turned a little), its cells keyed by no column."""
    return fact.column_label is not None or (fact.rule == "table_cell" and fact.row_label is not None)


def _sum_of_a_grant(facts: list, parts: list[int], total, linked: dict) -> str | None:
    if len(parts) < 2 or total.value_eur is None or total.municipality_code:
        return None
    rows = [facts[k] for k in parts]
    if any(r.value_eur is None or r.municipality_code or (r.row_label and lookup(r.row_label)) for r in rows):
        return None  # a row of another's money, or one that names a municipality, is no part of this grant
    if sum(r.value_eur for r in rows) != total.value_eur:
        return None
    given = linked.get(total.value_eur, set())
    codes = {code for code, _ in given}
    # Only the sentence of another page: the page's own is the page-level rule's to read.
    if len(codes) != 1 or all(p == total.page for _, p in given):
        return None
    return codes.pop()
