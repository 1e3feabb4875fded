"""Letter margin fields in plain OCR text, taken out of the body and put in a margin block.

Naive OCR of a Dutch government letter reads the right-hand margin column
(``Datum``, ``Ons kenmerk``, ``Pagina``) line by line together with the body,
so the labels end up alone on a line or at the end of a body line
(``Tot slot Datum``) and their values at the end of one of the next body
lines (``Hierover vindt nauwe 28 januari 2016``, ``impuls te 23``).

``move_margin_fields`` recognises this in general:

- a *label* (``resources/clean/margin.json``) stands alone on its line, or at
  the end of a line after a word that is not an article (``de Datum`` is
  prose), or at the start of a line followed by its value
  (``Datum: 28 januari 2016``), or with its value at the end of a body line
  (``hard gewerkt Datum 28 januari 2016``);
- its *value* is the text at the end of one of the next few lines that has
  the shape of the label's kind (a date, a page number, a reference, ...) and
  is not preceded by a word that makes it prose (``sinds 28 januari 2016``);
  the search stops at the next label. Labels of free-text kind (``Onderwerp``)
  get no value: a free text cannot be told from body text.

Only pages with at least ``min_labels`` labels are touched (one ``Datum`` at
a line end is more likely a sentence than a margin). Labels and values are
removed from the body; after the body, following a blank line, comes the
margin block, each label on its own line followed by its value line, the
same convention as the PDF ingest (``pipeline.ingest.layout``), so the
downstream rules that read ``Datum`` + date work on both. Moved text keeps
its raw offsets, so every field still points at where it stood on the page.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.clean.mapped import MappedText, TextBuilder
from pipeline.clean.resources import MarginRules, margin_rules

# OCR often puts a speck before a label (``_Datum``, ``‘ Pagina``); it does not hide the label.
LEADING_DEBRIS = " \t_-\u2013\u2014|.,:;'\"\u2018\u2019\u201c\u201d\u00ab\u00bb"


@dataclass(frozen=True)
class Found:
    """A label or value: range to show in the margin block and the range to cut from the body."""

    label: str
    kind: str
    line: int
    show: tuple[int, int]
    cut: tuple[int, int]


@dataclass(frozen=True)
class Field:
    label: Found
    value: Found | None


def find_label(line: str, rules: MarginRules) -> tuple[str, str, int, int, int] | None:
    """A label on ``line``: (label, kind, label start, label end, cut start), or None.

    The cut starts where the text before the label ends (the label alone on
    its line cuts the whole line). Case matters: margin labels are capitalised.
    """
    stripped = line.rstrip()
    body = stripped[:-1].rstrip() if stripped.endswith(":") else stripped
    for label, kind in rules.labels:
        if not body.endswith(label):
            continue
        start = len(body) - len(label)
        before = body[:start]
        if not before.strip(LEADING_DEBRIS):
            return label, kind, start, len(body), 0
        if not before[-1].isspace():
            continue  # part of a longer word ('Gegevensdatum')
        words = before.split()
        if words[-1].lower() in rules.not_after or not any(c.isalpha() for c in before):
            return None
        return label, kind, start, len(body), len(before.rstrip())
    return None


def find_label_with_value(line: str, rules: MarginRules) -> tuple[str, str, int, int, int] | None:
    """``Datum: 28 januari 2016`` as a line: (label, kind, label end, value start, value end)."""
    text = line.lstrip(LEADING_DEBRIS)
    offset = len(line) - len(text)
    for label, kind in rules.labels:
        if not text.startswith(label) or kind not in rules.value_patterns:
            continue
        rest = text[len(label):]
        value = rest.lstrip(" \t:")
        if not value or value == rest:
            continue
        match = rules.value_patterns[kind].fullmatch(value.rstrip())
        if match:
            value_start = offset + len(text) - len(value)
            return label, kind, offset + len(label), value_start, value_start + len(value.rstrip())
    return None


def find_label_and_value_at_end(line: str,
                                rules: MarginRules) -> tuple[str, str, int, int, int] | None:
    """``... hard gewerkt Datum 28 januari 2016``: a label and its value ending a body line.

    Returns (label, kind, label start, value start, value end); the cut starts
    where the body text before the label ends.
    """
    stripped = line.rstrip()
    for label, kind in rules.labels:
        pattern = rules.value_patterns.get(kind)
        at = stripped.rfind(" " + label)
        if pattern is None or at < 0:
            continue
        rest = stripped[at + 1 + len(label):]
        value = rest.lstrip(" \t:")
        if not value or value == rest or not pattern.fullmatch(value):
            continue
        before = stripped[:at]
        if not before.strip() or before.split()[-1].lower() in rules.not_after:
            continue
        return label, kind, at + 1, len(stripped) - len(value), len(stripped)
    return None


def find_value(line: str, kind: str, rules: MarginRules) -> tuple[int, int, int] | None:
    """A value of ``kind`` at the end of ``line``: (value start, value end, cut start)."""
    pattern = rules.value_patterns.get(kind)
    if pattern is None:
        return None
    stripped = line.rstrip()
    match = pattern.search(stripped)
    if match is None:
        return None
    before = stripped[: match.start()]
    words = before.split()
    if words and words[-1].lower() in rules.prose_before[kind]:
        return None
    return match.start(), match.end(), len(before.rstrip())


def find_fields(text: MappedText, rules: MarginRules) -> list[Field]:
    """The margin fields on a page, in reading order; [] below ``min_labels`` labels."""
    source = text.text
    lines = list(text.lines())
    labels: dict[int, Found] = {}
    values: dict[int, Found] = {}
    for number, (start, end) in enumerate(lines):
        line = source[start:end]
        if not rules.any_label.search(line):
            continue
        whole = find_label_with_value(line, rules)
        if whole:
            label, kind, label_end, value_start, value_end = whole
            label_range = (start + label_end - len(label), start + label_end)
            labels[number] = Found(label, kind, number, label_range, (start, end))
            values[number] = Found(label, kind, number, (start + value_start, start + value_end),
                                   (start, start))
            continue
        both = find_label_and_value_at_end(line, rules)
        if both:
            label, kind, label_start, value_start, value_end = both
            cut = (start + len(line[:label_start].rstrip()), end)
            labels[number] = Found(label, kind, number,
                                   (start + label_start, start + label_start + len(label)), cut)
            values[number] = Found(label, kind, number, (start + value_start, start + value_end),
                                   (start, start))
            continue
        hit = find_label(line, rules)
        if hit and hit[4] and _heads_a_column(text, lines, number, hit[1], rules):
            continue
        if hit:
            label, kind, label_start, _label_end, cut = hit
            cut_range = (start, end) if cut == 0 else (start + cut, end)
            label_range = (start + label_start, start + label_start + len(label))
            labels[number] = Found(label, kind, number, label_range, cut_range)
    if len(labels) < rules.min_labels:
        return []
    fields: list[Field] = []
    for number, label in sorted(labels.items()):
        if number in values:
            fields.append(Field(label, values[number]))
            continue
        fields.append(Field(label, _value_after(text, lines, number, label, labels, values, rules)))
    return fields


def _heads_a_column(text: MappedText, lines: list[tuple[int, int]], number: int, kind: str,
                    rules: MarginRules) -> bool:
    """Is a label ending a line after other words a table's column header (``Stap Datum`` over ``Uiterste datum
    vragen 13 februari 2024`` and ``Verzending nota van inlichtingen 16 februari 2024``)? A value of its kind on
    each of the next two lines is a column of values; a margin column's label has one value, the body's text
    around it."""
    pattern = rules.row_values.get(kind)
    if pattern is None:
        return False
    below = [text.text[a:b] for a, b in lines[number + 1:number + 1 + rules.lookahead_lines]]
    below = [line for line in below if line.strip()][:2]
    # A line that holds a label of the column is the margin's next field, no row of a table.
    return len(below) == 2 and all(pattern.search(line) and not rules.any_label.search(line) for line in below)


def _value_after(text: MappedText, lines: list[tuple[int, int]], number: int, label: Found,
                 labels: dict[int, Found], values: dict[int, Found],
                 rules: MarginRules) -> Found | None:
    """The value of ``label`` at the end of one of the next lines, before the next label."""
    seen = 0
    for other in range(number + 1, len(lines)):
        start, end = lines[other]
        line = text.text[start:end]
        if not line.strip():
            continue
        if other in labels or seen >= rules.lookahead_lines:
            return None
        seen += 1
        if other in values:
            continue
        hit = find_value(line, label.kind, rules)
        if hit:
            value_start, value_end, cut = hit
            found = Found(label.label, label.kind, other, (start + value_start, start + value_end),
                          (start + cut, end))
            values[other] = found
            return found
    return None


def _cut_ranges(fields: list[Field]) -> list[tuple[int, int]]:
    ranges = []
    for f in fields:
        ranges.append(f.label.cut)
        if f.value is not None and f.value.cut[1] > f.value.cut[0]:
            ranges.append(f.value.cut)
    return sorted(ranges)


def move_margin_fields(text: MappedText) -> tuple[MappedText, tuple[tuple[str, str], ...]]:
    """Cut margin labels and values out of the body and append them as a margin block."""
    rules = margin_rules()
    fields = find_fields(text, rules)
    if not fields:
        return text, ()
    source = text.text
    cuts = _cut_ranges(fields)
    builder = TextBuilder(text)
    cut_index = 0
    for start, end in text.lines():
        line_cuts = []
        while cut_index < len(cuts) and cuts[cut_index][0] <= end and cuts[cut_index][0] >= start:
            line_cuts.append(cuts[cut_index])
            cut_index += 1
        if not line_cuts:
            builder.copy(start, end)
            builder.copy(end, min(end + 1, len(source)))
            continue
        kept: list[tuple[int, int]] = []
        position = start
        for cut_start, cut_end in line_cuts:
            kept.append((position, cut_start))
            position = max(position, cut_end)
        kept.append((position, end))
        if not "".join(source[a:b] for a, b in kept).strip():
            continue  # the line held only margin text: it goes, with its line break
        for a, b in kept:
            builder.copy(a, b)
        builder.copy(end, min(end + 1, len(source)))
    body = builder.build()
    return _append_block(body, text, fields), tuple(
        (f.label.label, source[f.value.show[0]:f.value.show[1]] if f.value else "") for f in fields
    )


def _append_block(body: MappedText, original: MappedText, fields: list[Field]) -> MappedText:
    """``body`` without trailing white space, a blank line, then label/value lines.

    The inserted line breaks map to the raw start of the label or value they
    introduce, so a range over ``Datum\n28 januari 2016`` maps back to the page.
    """
    builder = TextBuilder(original)
    builder.extend(body, 0, len(body.text.rstrip()))
    for i, f in enumerate(fields):
        a, b = f.label.show
        builder.insert("\n\n" if i == 0 else "\n", original.offsets[a])
        builder.copy(a, b)
        if f.value is not None:
            a, b = f.value.show
            builder.insert("\n", original.offsets[a])
            builder.copy(a, b)
    return builder.build()
