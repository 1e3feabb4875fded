"""The producer zoo (``tests/layouts/producers.py``): PDFs that LibreOffice Writer exported
(some distilled again by ghostscript), committed, run through kenmerk; each document's
``doc_type``, ``doc_kind`` and ``doc_date`` must be what the page says, and its amounts and
municipalities are scored as ``tests/test_real.py`` scores the real documents
(``pipeline.metrics``). The suite needs no LibreOffice: it reads the committed PDFs.

Run ``python tests/test_zoo_producers.py`` for the figures and every difference.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.metrics import money_key, score
from pipeline.run import run
from pipeline.testing import load_test_module

producers = load_test_module(Path(__file__).resolve().parent / "layouts" / "producers.py")

# Floors under the figures measured after the fixes the zoo led to (HISTORY).
FLOORS = {"amount": 0.99, "amount+municipality": 0.74, "municipality": 0.97}
HISTORY = """33 documents (28 exported by LibreOffice Writer 7.4.7.2, one of them through Word's .docx
format, and 5 distilled again by ghostscript 10.00.0), written 2026-12-05 from what each page
prints, before kenmerk ran on them (the gold corrected once where it broke ANNOTATING.md: an
e-mail is overig/email, postal addresses are mentions). Measured with the pipeline as it stood
(main at cd17a8e): doc_type 31/33, doc_kind 31/33, doc_date 33/33; amount F1 0.995;
amount+municipality 0.689; municipality 0.986. Failures by cause: a title at the top of page 1
taken for a running head because the footer of every page repeats it (a programme budget and a
foundation's annual report read as overig/overig); a footnote mark set as a superscript read into
the figure before it (`€ 1.850.000¹` as `€ 1.850.0001`); a bullet of a symbol font (U+F0B7) not
known as a list marker, its item joined to the heading before it. After the fixes (furniture by
band; superscript footnote marks split off; symbol bullets folded): doc_type, doc_kind and
doc_date 33/33, amount F1 1.000, amount+municipality 0.689, municipality 0.986. The missed links
are missed alike when the documents' text is given as plain text, so they are the linker's, not
the producer's; one general cause among them fixed (a gapped clause after one that contributes
or spends: 'X droeg € 1 bij, de gemeente Y € 2'): amount+municipality 0.750. Left: 16 links
('kent ... toe', 'beschikbaar gesteld', 'verlenen u', 'betaalt', 'ontvangt via ... een
bijdrage van'); a district that is also a place in another municipality (Schalkwijk); 'de
Friese meren' read as the municipality De Friese Meren; cells of a ruled table that wrap over
lines, read line by line across the row (test_wrapped_table_cells_are_read_whole); a line under
a two-column section read before the second column (nieuwsbrief_twee_kolommen)."""


def measure(work: Path, names: set[str] | None = None):
    """Run kenmerk over the committed PDFs (or those named); (out, report)."""
    chosen = [d for d in producers.ZOO if not names or d.name in names]
    folder = work / "documents"
    folder.mkdir(parents=True, exist_ok=True)
    for d in chosen:
        (folder / d.pdf.name).write_bytes(d.pdf.read_bytes())
    gold = work / "gold.jsonl"
    gold.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for d in chosen for g in d.gold()),
                    encoding="utf-8")
    out = work / "out"
    run([folder], out, workers=2, progress=False, timeout=900)
    return out, score(gold, out)


@pytest.fixture(scope="module")
def measured(tmp_path_factory):
    return measure(tmp_path_factory.mktemp("producers"))


def described(out: Path) -> dict[str, dict]:
    return {Path(r["source"]).stem: r for r in pq.read_table(out / "documents.parquet").to_pylist()}


def _param(document):
    marks = [pytest.mark.xfail(reason=document.open, strict=True)] if document.open else []
    return pytest.param(document, id=document.name, marks=marks)


@pytest.mark.parametrize("document", [_param(d) for d in producers.ZOO])
def test_document_is_described_as_printed(document, measured):
    row = described(measured[0])[document.name]
    got = (row["doc_type"], row["doc_kind"], str(row["doc_date"]) if row["doc_date"] else None)
    assert got == (document.doc_type, document.doc_kind, document.doc_date)


def test_facts_stay_at_or_above_their_floor(measured):
    _, report = measured
    below = {m: round(report.scores[m].f1, 3) for m, floor in FLOORS.items() if report.scores[m].f1 < floor}
    assert not below, f"below the floor: {below}\n" + "\n".join(report.lines())


@pytest.mark.xfail(strict=True, reason="a ruled table's cells that wrap over two lines are read "
                   "line by line across the row, the second line of one cell after the first of the next")
def test_wrapped_table_cells_are_read_whole():
    from pipeline.clean import clean_page
    from pipeline.ingest import read_document

    (document,) = [d for d in producers.ZOO if d.name == "besluitenlijst_college"]
    raw = read_document(document.pdf, source=document.pdf.name)
    text = " ".join(" ".join(clean_page(p).text.split()) for p in raw.pages)
    assert "Samenwerking met de gemeente Zandvoort op het gebied van belastingen" in text


def test_committed_pdfs_are_the_zoo():
    folder = producers.PDFS
    assert {p.stem for p in folder.glob("*.pdf")} == {d.name for d in producers.ZOO}
    assert len(producers.ZOO) >= 25 and len({d.doc_kind for d in producers.ZOO}) >= 12
    assert sum(d.distilled for d in producers.ZOO) >= 4
    # Each PDF says which producer made it (ghostscript names itself in what it distils).
    import pypdfium2

    for d in producers.ZOO:
        pdf = pypdfium2.PdfDocument(d.pdf)
        try:
            producer = pdf.get_metadata_dict().get("Producer", "")
        finally:
            pdf.close()
        assert ("GPL Ghostscript" if d.distilled else "LibreOffice") in producer, (d.name, producer)


def differences(out: Path, names: set[str] | None = None) -> dict[str, list[str]]:
    """Per document (of those named, or all): what kenmerk read otherwise than the page says."""
    docs = described(out)
    amounts: dict[str, list[dict]] = {}
    for r in pq.read_table(out / "amounts.parquet").to_pylist():
        amounts.setdefault(r["doc_id"], []).append(r)
    places: dict[str, set[str]] = {}
    for r in pq.read_table(out / "municipalities.parquet").to_pylist():
        places.setdefault(r["doc_id"], set()).add(r["code"])
    result = {}
    for d in producers.ZOO:
        if names and d.name not in names:
            continue
        row = docs.get(d.name)
        if row is None:
            result[d.name] = ["not read"]
            continue
        lines = []
        got = (row["doc_type"], row["doc_kind"], str(row["doc_date"]) if row["doc_date"] else None)
        if got != (d.doc_type, d.doc_kind, d.doc_date):
            lines.append(f"described {got}, printed {(d.doc_type, d.doc_kind, d.doc_date)}")
        given = amounts.get(row["doc_id"], [])
        want = Counter(money_key(v, v is None) for _, v, _ in d.amounts)
        have = Counter(money_key(r["value_eur"], r["redacted"], r.get("value_eur_max")) for r in given)
        lines += [f"amount missed {v}" for v, n in (want - have).items() for _ in range(n)]
        lines += [f"amount extra  {v}" for v, n in (have - want).items() for _ in range(n)]
        want_links = Counter((money_key(v, v is None), c) for _, v, c in d.amounts if c)
        have_links = Counter((money_key(r["value_eur"], r["redacted"], r.get("value_eur_max")), r["municipality_code"])
                             for r in given if r["municipality_code"])
        lines += [f"link missed {v} -> {c}" for (v, c), n in (want_links - have_links).items() for _ in range(n)]
        lines += [f"link wrong  {v} -> {c}" for (v, c), n in (have_links - want_links).items() for _ in range(n)]
        found = places.get(row["doc_id"], set())
        lines += [f"municipality missed {c}" for c in sorted(set(d.municipalities) - found)]
        lines += [f"municipality extra  {c}" for c in sorted(found - set(d.municipalities))]
        if lines:
            result[d.name] = lines
    return result


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        names = set(sys.argv[1:])
        out, report = measure(Path(tmp), names)
        print(f"== {len(producers.ZOO)} documents")
        print("\n".join(report.lines()))
        for name, lines in differences(out, names).items():
            print(f"-- {name}")
            print("\n".join("   " + line for line in lines))
