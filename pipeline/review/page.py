"""The review page: one self-contained HTML file for inspectors to check facts against their source.

``write_review(out)`` reads the tables of a run in ``out`` and writes
``<out>/review.html``: the template ``template.html`` (inline CSS and JS,
nothing loaded from the network) with the data embedded as JSON:

- an index (``#kenmerk-index``) with every document and every fact, its
  normalized value, marks and verdict: enough for the first screen (document
  list, filters, the table of all figures);
- one ``<script type="application/json" id="doc-<doc_id>">`` per document with
  its page texts and page images, parsed and built into the DOM only when the
  document is opened, so the page stays quick at thousands of documents.

Fact offsets are code points in Python and UTF-16 units in JavaScript; they
are converted here for pages with characters outside the BMP.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.review import images as page_images
from pipeline.review import values
from pipeline.tables import REVIEWED_TABLES as FACT_TABLES
from pipeline.verdicts import orphaned, read_verdicts

DEFAULT_NAME = "review.html"
# Below this mean word confidence an OCR page is marked: every figure on it needs a look at the image.
LOW_OCR_CONFIDENCE = 70.0


def _read(out: Path, name: str) -> list[dict]:
    path = out / f"{name}.parquet"
    return pq.read_table(path).to_pylist() if path.is_file() else []


def _clean(value):
    """JSON-safe: NaN -> None."""
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _utf16(text: str):
    """A function mapping a code-point offset of ``text`` to its UTF-16 offset (identity when all BMP)."""
    if all(ord(c) < 0x10000 for c in text):
        return lambda i: i
    positions = [0]
    for char in text:
        positions.append(positions[-1] + (2 if ord(char) >= 0x10000 else 1))
    return lambda i: positions[min(max(i, 0), len(text))]


def build_data(out: str | Path, *, with_images: bool = True) -> tuple[dict, dict[str, dict]]:
    """(index, per-document data) for the page, from the tables in ``out``."""
    out = Path(out)
    documents = _read(out, "documents")
    pages = _read(out, "pages")
    verdicts = read_verdicts(out)
    pages_by_doc: dict[str, list[dict]] = defaultdict(list)
    for page in pages:
        pages_by_doc[page["doc_id"]].append(page)
    doc_index = {d["doc_id"]: i for i, d in enumerate(documents)}
    low_pages = {(p["doc_id"], p["page"]) for p in pages
                 if p["method"] == "ocr" and _clean(p.get("ocr_confidence")) is not None
                 and p["ocr_confidence"] < LOW_OCR_CONFIDENCE}
    texts = {(p["doc_id"], p["page"]): p["text"] for p in pages}
    converters = {key: _utf16(text) for key, text in texts.items()}

    facts, municipalities = [], {}
    counts: dict[str, Counter] = defaultdict(Counter)
    munis_by_doc: dict[str, set[str]] = defaultdict(set)
    redacted_by_doc: Counter = Counter()
    boxed_pages: dict[str, set[int]] = defaultdict(set)
    all_ids = []
    for kind in FACT_TABLES:
        for row in _read(out, kind):
            row = {k: _clean(v) for k, v in row.items()}
            doc_id = row["doc_id"]
            if doc_id not in doc_index:
                continue
            all_ids.append(row["fact_id"])
            counts[doc_id][kind] += 1
            code = row.get("code") if kind == "municipalities" else row.get("municipality_code")
            if kind == "municipalities":
                municipalities[row["code"]] = row["name"]
            if code:
                munis_by_doc[doc_id].add(code)
            flags = []
            if row.get("redacted"):
                flags.append("redacted")
                redacted_by_doc[doc_id] += 1
            if kind == "amounts" and not row.get("municipality_code"):
                flags.append("unlinked")
            if values.in_table(row):
                flags.append("table")
            if (doc_id, row["page"]) in low_pages:
                flags.append("lowocr")
            box = None
            if all(row.get(k) is not None for k in ("x0", "top", "x1", "bottom")):
                box = [round(row[k], 2) for k in ("x0", "top", "x1", "bottom")]
                boxed_pages[doc_id].add(row["page"])
            to16 = converters.get((doc_id, row["page"]), lambda i: i)
            verdict = verdicts.get(row["fact_id"])
            facts.append({
                "id": row["fact_id"], "d": doc_index[doc_id], "k": kind, "p": row["page"],
                "s": to16(row["char_start"]), "e": to16(row["char_end"]), "t": row["text"],
                "v": values.normalized_value(kind, row), "q": values.qualifier(kind, row),
                "rc": values.recipient(kind, row), "cell": values.table_cell(row), "r": row["rule"],
                "code": code, "mun": f"{row['code']} {row['name']}" if kind == "municipalities" else None,
                "ctx": row["context"], "flags": flags, "box": box,
                "verdict": _verdict_json(verdict) if verdict else None,
            })
    facts.sort(key=lambda f: (f["d"], f["p"], f["s"], f["e"], f["id"]))

    docs, per_doc = [], {}
    for i, doc in enumerate(documents):
        doc_id = doc["doc_id"]
        doc_pages = sorted(pages_by_doc.get(doc_id, []), key=lambda p: p["page"])
        docs.append({
            "i": i, "id": doc_id, "source": doc["source"], "title": doc.get("title"), "type": doc["doc_type"],
            "kind": doc.get("doc_kind"), "date": doc.get("doc_date"), "ingest": doc["ingest"],
            "n_pages": doc["n_pages"], "counts": {k: counts[doc_id][k] for k in FACT_TABLES},
            "munis": sorted(munis_by_doc[doc_id]), "redacted": redacted_by_doc[doc_id],
            "low_ocr": any((doc_id, p["page"]) in low_pages for p in doc_pages),
        })
        rendered = {}
        if with_images and boxed_pages[doc_id]:
            sizes = {p["page"]: (_clean(p.get("width")), _clean(p.get("height"))) for p in doc_pages}
            rendered = page_images.render_pages(doc["source"], doc_id, sizes, boxed_pages[doc_id])
        per_doc[doc_id] = {"pages": [_page_json(p, rendered.get(p["page"]), low_pages) for p in doc_pages]}

    index = {
        "out": str(out.resolve()), "out_arg": str(out), "docs": docs, "facts": facts,
        "municipalities": dict(sorted(municipalities.items())),
        "orphaned": [_verdict_json(v) for v in orphaned(verdicts, all_ids)],
    }
    return index, per_doc


def _verdict_json(verdict: dict) -> dict:
    time = verdict.get("time")
    return {
        "fact_id": verdict["fact_id"], "verdict": verdict["verdict"], "corrected_value": verdict.get("corrected_value"),
        "note": verdict.get("note"), "by": verdict.get("by"), "kind": verdict.get("kind"), "text": verdict.get("text"),
        "time": time.isoformat().replace("+00:00", "Z") if time is not None else None,
    }


def _page_json(page: dict, image: page_images.PageImage | None, low_pages: set) -> dict:
    to16 = _utf16(page["text"])
    return {
        "n": page["page"], "text": page["text"], "method": page["method"],
        "conf": _clean(page.get("ocr_confidence")), "low": (page["doc_id"], page["page"]) in low_pages,
        "w": _clean(page.get("width")), "h": _clean(page.get("height")),
        "red": [[to16(r["start"]), to16(r["end"])] for r in page.get("redactions") or []],
        "garb": [[to16(r["start"]), to16(r["end"])] for r in page.get("garbage_lines") or []],
        "img": image.uri if image else None, "img_note": image.note if image else None,
        "boxes": image.boxes if image else False,
    }


def _script_json(data: object) -> str:
    """JSON that can stand inside a <script> element: no '</' or '<!--' in it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def template() -> str:
    return resources.files("pipeline.review").joinpath("template.html").read_text(encoding="utf-8")


def render_page(out: str | Path, *, with_images: bool = True) -> str:
    """The review page for the tables in ``out``, as one HTML string."""
    index, per_doc = build_data(out, with_images=with_images)
    blocks = "\n".join(f'<script type="application/json" id="doc-{doc_id}">{_script_json(data)}</script>'
                       for doc_id, data in per_doc.items())
    html = template()
    html = html.replace("/*KENMERK_INDEX*/", _script_json(index), 1)
    return html.replace("<!--KENMERK_DOCUMENTS-->", blocks, 1)


def write_review(out: str | Path, html: str | Path | None = None, *, with_images: bool = True) -> Path:
    """Write the review page (default ``<out>/review.html``) and return its path."""
    from pipeline.tables import write_bytes

    out = Path(out)
    if not (out / "documents.parquet").is_file():
        raise FileNotFoundError(f"no tables in {out}: run kenmerk run ... --out {out} first")
    path = Path(html) if html else out / DEFAULT_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes(path, render_page(out, with_images=with_images).encode("utf-8"))
    return path
