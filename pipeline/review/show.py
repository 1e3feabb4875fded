"""One fact in a terminal (``kenmerk show FACT_ID``): value, document, page and the marked sentence."""

from __future__ import annotations

import re
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.review import values
from pipeline.verdicts import find_fact, read_verdicts

KIND_LABEL = {"amounts": "amount", "municipalities": "municipality", "dates": "date", "trainings": "training"}
# How far the sentence may reach on either side of the fact in the page text.
REACH = 300


def sentence_around(text: str, start: int, end: int) -> tuple[str, int, int]:
    """(sentence, start, end): the sentence of ``text`` holding [start, end), offsets within it."""
    left = max(0, start - REACH)
    before = text[left:start]
    cuts = [m.end() for m in re.finditer(r"[.!?]\s+(?=[A-Z0-9‘“'\"(€])|\n\s*\n", before)]
    begin = left + cuts[-1] if cuts else left
    after = text[end:end + REACH]
    stop = re.search(r"[.!?](?=\s|$)|\n\s*\n", after)
    finish = end + (stop.end() if stop else len(after))
    return text[begin:finish], start - begin, end - begin


def mark(sentence: str, start: int, end: int, colour: bool) -> str:
    """The sentence with the span marked: reverse video on a terminal, else »...«."""
    opening, closing = ("\033[7m", "\033[0m") if colour else ("»", "«")
    folded = sentence[:start] + opening + sentence[start:end] + closing + sentence[end:]
    return " ".join(folded.split())


def describe(out: str | Path, fact_id: str, *, colour: bool = False) -> str:
    """The fact as lines of text for a terminal."""
    out = Path(out)
    kind, row = find_fact(out, fact_id)
    documents = pq.read_table(out / "documents.parquet", filters=[("doc_id", "=", row["doc_id"])]).to_pylist()
    doc = documents[0] if documents else {}
    pages = pq.read_table(out / "pages.parquet", filters=[("doc_id", "=", row["doc_id"])]).to_pylist()
    page = next((p for p in pages if p["page"] == row["page"]), None)
    lines = [f"{KIND_LABEL[kind]} {row['text']!r}   fact {row['fact_id']}",
             f"  value:     {values.normalized_value(kind, row)}"]
    for label, value in (("qualifier", values.qualifier(kind, row)), ("recipient", values.recipient(kind, row)),
                         ("table cell", values.table_cell(row))):
        if value:
            lines.append(f"  {label + ':':<10} {value}")
    lines.append(f"  rule:      {row['rule']}")
    if doc:
        kind_of_doc = f" / {doc['doc_kind']}" if doc.get("doc_kind") else ""
        date = f", dated {doc['doc_date']}" if doc.get("doc_date") else ""
        lines.append(f"  document:  {doc['source']} ({doc['doc_type']}{kind_of_doc}{date}), doc_id {row['doc_id']}")
        if doc.get("title"):
            lines.append(f"             {doc['title']}")
    where = f"page {row['page']}, characters {row['char_start']}-{row['char_end']}"
    if row.get("x0") is not None:
        where += f", box ({row['x0']:.0f}, {row['top']:.0f}) - ({row['x1']:.0f}, {row['bottom']:.0f}) pt"
    if page and page.get("method") == "ocr" and page.get("ocr_confidence") is not None:
        where += f", OCR confidence {page['ocr_confidence']:.0f}"
    lines.append(f"  where:     {where}")
    verdict = read_verdicts(out).get(row["fact_id"])
    if verdict:
        value = f" -> {verdict['corrected_value']}" if verdict.get("corrected_value") else ""
        note = f"; {verdict['note']}" if verdict.get("note") else ""
        when = f"{verdict['time']:%Y-%m-%d %H:%M} UTC"
        lines.append(f"  verdict:   {verdict['verdict']}{value} by {verdict['by']}, {when}{note}")
    if page is not None:
        sentence, start, end = sentence_around(page["text"], row["char_start"], row["char_end"])
        lines += ["", "  " + mark(sentence, start, end, colour)]
    else:
        lines += ["", "  " + row["context"]]
    return "\n".join(lines)
