"""The layout zoo of the kinds that are not letters (``tests/layouts/zoo.py``): each document
drawn as a PDF (scans rendered, turned, speckled and read by tesseract) and run through ingest,
clean and document understanding; its ``doc_type``, ``doc_kind`` and ``doc_date`` must be what
the page says; where a family counts the redactions (``woo.json``), the codes of the rows of
``redactions.parquet`` must be those a reader counts on the pages.

Run ``python tests/test_zoo_kinds.py`` for the table of every document.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from pipeline.clean import clean_page
from pipeline.extract.document import describe_document
from pipeline.ingest import read_document
from pipeline.testing import load_test_module

LAYOUTS = Path(__file__).resolve().parent / "layouts"


build, zoo = load_test_module(LAYOUTS / "build.py"), load_test_module(LAYOUTS / "zoo.py")


def read(document, directory: Path):
    path = build.build_pdf([list(p) for p in document.pages], directory / f"{document.name}.pdf")
    if document.scan:
        seed = sum(map(ord, document.name))
        path = build.scan_pdf(path, directory / f"{document.name}_scan.pdf", seed=seed)
    raw = read_document(path, source=str(path))
    return raw, tuple(clean_page(p) for p in raw.pages)


def describe(document, directory: Path):
    raw, pages = read(document, directory)
    return describe_document(raw, pages, pipeline_version="test")


# A code-less box counts under this key in a family's ``redactions``.
NO_CODE = "geen"


@cache
def redactions_read(name: str) -> dict[str, int]:
    """The codes of the document's rows of ``redactions.parquet``, counted (read once per run)."""
    document = next(d for d in zoo.ZOO if d.name == name)
    with tempfile.TemporaryDirectory() as directory:
        _, pages = read(document, Path(directory))
    return dict(Counter(r.code or NO_CODE for page in pages for r in page.redaction_grounds))


def _param(document):
    marks = [pytest.mark.slow] if document.scan else []
    if document.open:
        marks.append(pytest.mark.xfail(reason=document.open, strict=True))
    return pytest.param(document, id=document.name, marks=marks)


@pytest.mark.parametrize("document", [_param(d) for d in zoo.ZOO])
def test_zoo_document(document, tmp_path):
    info = describe(document, tmp_path)
    assert (info.doc_type, info.doc_kind, info.doc_date) == (document.doc_type, document.doc_kind, document.doc_date)


def _redactions_param(document):
    marks = [pytest.mark.slow] if document.scan else []
    if document.open_redactions:
        marks.append(pytest.mark.xfail(reason=document.open_redactions, strict=True))
    return pytest.param(document, id=document.name, marks=marks)


@pytest.mark.parametrize("document", [_redactions_param(d) for d in zoo.ZOO if d.redactions is not None])
def test_zoo_redactions(document):
    assert redactions_read(document.name) == document.redactions


def test_the_zoo_draws_boxes_in_margin_fields_and_keeps_long_last_cells_on_the_paper(tmp_path):
    long = "Burgemeesters van de grote steden hebben zorgen over handhaving en toezicht. \u25a05.2.1"
    page = ["M Behandeld door|\u25a05.1.2e", "Tekst van de brief.", f"| 08:31 | \u25a05.1.2e | {long} |", "| 08:33 | Akkoord. |"]
    path = build.build_pdf([page], tmp_path / "page.pdf")
    [clean] = [clean_page(p) for p in read_document(path, source=str(path)).pages]
    assert Counter(r.code for r in clean.redaction_grounds) == {"5.1.2e": 2, "5.2.1": 1}
    assert "Akkoord." in clean.text


def test_zoo_is_varied():
    kinds = {d.doc_kind for d in zoo.ZOO}
    assert len(zoo.ZOO) >= 30 and len(kinds) >= 12
    assert sum(d.scan for d in zoo.ZOO) * 3 >= len(zoo.ZOO)
    assert len({d.name for d in zoo.ZOO}) == len(zoo.ZOO)


if __name__ == "__main__":
    only = set(sys.argv[1:])
    right = {"doc_type": 0, "doc_kind": 0, "doc_date": 0}
    with tempfile.TemporaryDirectory() as tmp:
        for d in zoo.ZOO:
            if only and d.name not in only:
                continue
            info = describe(d, Path(tmp))
            got = {"doc_type": info.doc_type, "doc_kind": info.doc_kind, "doc_date": info.doc_date}
            want = {"doc_type": d.doc_type, "doc_kind": d.doc_kind, "doc_date": d.doc_date}
            for key in right:
                right[key] += got[key] == want[key]
            wrong = {k: f"{got[k]} (want {want[k]})" for k in got if got[k] != want[k]}
            if d.redactions is not None and redactions_read(d.name) != d.redactions:
                wrong["redactions"] = f"{redactions_read(d.name)} (want {d.redactions})"
            mark = "ok " if not wrong else "BAD"
            print(f"{mark} {d.name:34} {'scan' if d.scan else 'pdf ':4} {info.doc_type_rule:30} "
                  f"{info.doc_kind_rule or '':28} {info.doc_date_rule or '':18} {wrong or ''}", flush=True)
    n = len(zoo.ZOO) if not only else len(only)
    print(" ".join(f"{k} {v}/{n}" for k, v in right.items()))
