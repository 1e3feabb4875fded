"""Training tables: ``Gemeente 1 daagse 2 daagse`` then ``Almere 6 6``.

``find_tables`` reads a table whose column headers are durations or kinds of
training and whose rows start with a municipality: each numeric cell is a
``table_cell`` mention with the municipality of its row.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from spacy.tokens import Doc

from pipeline.datafiles import load_file
from pipeline.doctext import doc_text
from pipeline.extract.municipalities import SPAN_KEY as MUNICIPALITIES_KEY
from pipeline.extract.redactions import REDACTIONS
from pipeline.extract.training_lexicon import (
    TrainingWords,
    duration_value,
    fold_spaces,
)
from pipeline.extract.training_mentions import TABLE_CELL, TABLE_COLUMN, Mention
from pipeline.phrases import alternation
from pipeline.resource_files import TrainingsTablesFile
from pipeline.textlines import line_spans
from pipeline.triggers import WORD, Trigger

# --------------------------------------------------------------------------
# Tables: 'Gemeente 1 daagse 2 daagse' then 'Almere 6 6'


_CELL_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{3})*$")
_LABEL_WORD = re.compile(r"[^\W\d_][\w-]*|['’]s-[\w-]+")


@dataclass(frozen=True)
class TrainingTableRules:
    """How training tables look, from ``tables.json``."""

    total_labels: frozenset[str]
    max_header_label_words: int
    max_row_label_words: int
    max_cell_chars: int
    count_columns: frozenset[str]


@lru_cache(maxsize=1)
def training_table_rules() -> TrainingTableRules:
    data = load_file(TrainingsTablesFile)
    return TrainingTableRules(
        total_labels=frozenset(fold_spaces(w.lower()) for w in data.total_labels),
        max_header_label_words=data.max_header_label_words,
        max_row_label_words=data.max_row_label_words,
        max_cell_chars=data.max_cell_chars,
        count_columns=frozenset(fold_spaces(w.lower()) for w in data.count_columns),
    )


def _column_pattern(lex: TrainingWords, rules: TrainingTableRules | None = None) -> re.Pattern[str]:
    rules = rules or training_table_rules()
    kinds = [*lex.kinds, *lex.compound_heads]
    kind_words = "|".join(re.escape(k) for k in sorted(kinds, key=len, reverse=True))
    fixed = alternation([w for w, v in lex.fixed_durations.items() if v is not None], bare=True)
    counts = alternation(sorted(rules.count_columns), bare=True)
    return re.compile(
        rf"(?<![\w-])(?:\d+[ \t]?-?[ \t]?daagse|[^\W\d_]+daagse|{fixed}|{counts}|{kind_words})"
        r"(?![\w-])",
        re.IGNORECASE,
    )


# The column pattern, its trigger and the letters of its phrases, built once per lexicon
# (the pattern is long).
_COLUMNS: dict[int, tuple[TrainingWords, TrainingTableRules, re.Pattern[str], Trigger, frozenset[str]]] = {}


def _columns(lex: TrainingWords, rules: TrainingTableRules):
    cached = _COLUMNS.get(id(lex))
    if cached is None or cached[0] is not lex or cached[1] is not rules:
        fixed = [w for w, v in lex.fixed_durations.items() if v is not None]
        phrases = [*lex.kinds, *lex.compound_heads, *fixed, *rules.count_columns, "daagse"]
        # '1 daagse' starts at its digits, on the same line as 'daagse'.
        trigger = Trigger.of(phrases, endings=["daagse"])
        letters = frozenset(run.lower() for phrase in phrases for run in WORD.findall(phrase))
        cached = _COLUMNS[id(lex)] = (lex, rules, _column_pattern(lex, rules), trigger, letters)
    return cached


def column_rules(lex: TrainingWords, rules: TrainingTableRules) -> tuple[re.Pattern[str], Trigger]:
    """The pattern of a column header and what each of its matches begins with."""
    return _columns(lex, rules)[2:4]


def column_words(lex: TrainingWords, rules: TrainingTableRules) -> frozenset[str]:
    """Every run of letters (lower case) a column header can hold, besides a word ending
    in 'daagse': the letters of the phrases ``_column_pattern`` is built from."""
    return _columns(lex, rules)[4]


def could_be_header(line: str, lex: TrainingWords, rules: TrainingTableRules) -> bool:
    """False for a line that ``header_columns`` cannot read as a header, told cheaply.

    After its label (one to ``max_header_label_words`` words) a header holds
    only columns, so each run of letters after the longest label it may have
    is a run of a column's phrase; prose has another word there. (A run of
    letters never straddles a label word's end or a column's edge: both end
    before the next character that is no letter, digit or '-'.) Long paragraphs
    on one line contain a column word often ('training'); the full pattern is
    then tried on the few lines this lets through.
    """
    label = list(islice(_LABEL_WORD.finditer(line), rules.max_header_label_words))
    if not label:
        return False
    words = column_words(lex, rules)
    for run in WORD.finditer(line, label[-1].end()):
        word = run.group().lower()
        if word not in words and not word.endswith("daagse"):
            return False
    return True


def is_count_column(header: str) -> bool:
    """'deelnemers', 'Aantal': a column that counts the trainees of one training."""
    return fold_spaces(header.lower()) in training_table_rules().count_columns


def find_tables(doc: Doc, lex: TrainingWords) -> list[Mention]:
    """Column headers and numeric cells of training tables (one header line, rows below).

    The header is a label ('Gemeente') and columns that are durations or kinds
    ('1 daagse', 'Basistraining'), with or without '|' between them. Rows
    follow until a line that is no row (a blank line, prose). A cell is a
    number; debris ('|', 'B', ']') or a redacted cell gives nothing, and so
    does a total row.
    """
    text = doc_text(doc)
    rules = training_table_rules()
    columns_re, trigger = column_rules(lex, rules)
    heads = trigger.positions(text)
    if not heads:
        return []  # no line names a column
    lines = line_spans(text)
    starts = [start for start, _ in lines]
    # Only a line where a column word stands can be a header.
    header_lines = {bisect_right(starts, at) - 1 for at in heads}
    out: list[Mention] = []
    i = 0
    while i < len(lines):
        start, end = lines[i]
        header = (header_columns(text[start:end], columns_re, rules)
                  if i in header_lines and could_be_header(text[start:end], lex, rules) else None)
        if header is None:
            i += 1
            continue
        cols, pipes = header
        col_mentions = [Mention(start + s, start + e, TABLE_COLUMN, span_id=f"col@{start + s}") for s, e in cols]
        cells: list[Mention] = []
        i += 1
        while i < len(lines):
            row = row_cells(text, *lines[i], pipes, rules)
            if row is None:
                break
            label_start, label_end, row_cells_ = row
            i += 1
            if fold_spaces(text[label_start:label_end].lower()) in rules.total_labels:
                continue
            code = _municipality_code(doc, label_start, label_end)
            for column, (c_start, c_end) in zip(col_mentions, row_cells_, strict=False):
                if _CELL_NUMBER.match(text[c_start:c_end]) and not _redacted(doc, c_start, c_end):
                    cells.append(Mention(label_start, c_end, TABLE_CELL, kb_id=code, span_id=column.span_id))
        if cells:
            out += col_mentions + cells
    return out


def header_columns(
    line: str, columns_re: re.Pattern[str], rules: TrainingTableRules
) -> tuple[list[tuple[int, int]], bool] | None:
    """The column ranges of a header line and whether '|' separates them; None if no header."""
    # Most lines name no column at all: one search says so. (A label word runs up to
    # the first character that is no letter, digit or '-', so a column found in the
    # rest after it is found in the whole line as well.)
    if columns_re.search(line) is None:
        return None
    words = list(_LABEL_WORD.finditer(line))
    for n in range(1, min(rules.max_header_label_words, len(words)) + 1):
        label = line[words[0].start() : words[n - 1].end()]
        if line[: words[0].start()].strip() or columns_re.search(label):
            return None
        rest_start = words[n - 1].end()
        rest = line[rest_start:]
        cols = [(rest_start + c.start(), rest_start + c.end()) for c in columns_re.finditer(rest)]
        if cols and not columns_re.sub("", rest).strip(" \t|") and _one_kind_of_column(line, cols, n):
            return cols, "|" in rest
    return None


def _one_kind_of_column(line: str, cols: list[tuple[int, int]], label_words: int) -> bool:
    """Columns are all durations or all kinds; a lone column only after a one-word label.

    This keeps prose out: 'Wij boden de eendaagse basistraining' is a sentence, not a header.
    """
    durations = {duration_value(line[s:e]) is not None for s, e in cols}
    return len(durations) == 1 and (len(cols) >= 2 or label_words == 1)


def row_cells(
    text: str, start: int, end: int, pipes: bool, rules: TrainingTableRules
) -> tuple[int, int, list[tuple[int, int]]] | None:
    """A table row: (label start, label end, cell ranges); None when the line is no row.

    With '|' between columns the pipes split the cells, so an empty cell keeps
    its place; without them each short token after the label is a cell, and a
    lone '|' is debris standing in a cell.
    """
    line = text[start:end]
    if pipes and "|" in line:
        parts = line.split("|")
        label = _label_range(parts[0], rules)
        if label is None:
            return None
        cells, pos = [], len(parts[0]) + 1
        for part in parts[1:]:
            inner = part.strip()
            offset = start + pos + (part.index(inner) if inner else 0)
            cells.append((offset, offset + len(inner)))
            pos += len(part) + 1
        if any(e - s > rules.max_cell_chars for s, e in cells):
            return None
        return start + label[0], start + label[1], cells
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", line)]
    n_cells = 0
    for s, e in reversed(tokens):
        tok = line[s:e]
        if len(tok) <= 2 or not any(c.isalpha() for c in tok):
            n_cells += 1
        else:
            break
    if n_cells == len(tokens):
        return None
    label = _label_range(line[: tokens[len(tokens) - n_cells - 1][1]], rules)
    cells = tokens[len(tokens) - n_cells :]
    if label is None or any(e - s > rules.max_cell_chars for s, e in cells):
        return None
    return start + label[0], start + label[1], [(start + s, start + e) for s, e in cells]


def _label_range(part: str, rules: TrainingTableRules) -> tuple[int, int] | None:
    """The row label in ``part``: a few words ('Den Haag', "'s-Hertogenbosch"), nothing else."""
    words = list(_LABEL_WORD.finditer(part))
    if not words or len(words) > rules.max_row_label_words:
        return None
    leftover = _LABEL_WORD.sub("", part)
    if leftover.strip(" \t()"):
        return None
    return words[0].start(), words[-1].end()


def _municipality_code(doc: Doc, start: int, end: int) -> str:
    for span in doc.spans.get(MUNICIPALITIES_KEY, []):
        if span.start_char < end and start < span.end_char and span.kb_id_:
            return span.kb_id_
    return ""


def _redacted(doc: Doc, start: int, end: int) -> bool:
    return any(s.start_char < end and start < s.end_char for s in doc.spans.get(REDACTIONS, []))
