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


def _words_of(path: Path) -> list[dict]:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return [w for page in pdf.pages for w in page.extract_words()]


def test_the_zoo_keeps_a_long_stamp_on_the_paper_and_clear_of_the_label_row(tmp_path):
    stamp = "Tweede Kamer der Staten-Generaal ontvangen 24 okt. 1986 Griffie"
    assert len(stamp) >= 60
    page = [f"! {stamp}", "| Uw brief van | Uw kenmerk | Ons kenmerk | Datum", "| 4 februari 1991 | 2.Z.0874 | DKO | 5 maart 1991"]
    words = _words_of(build.build_pdf([page], tmp_path / "page.pdf"))
    assert all(0 <= w["x0"] and w["x1"] <= build.A4_WIDTH for w in words)
    assert {"ONTVANGEN", "24", "OKT.", "1986", "GRIFFIE"} <= {w["text"] for w in words}
    [label] = [w for w in words if w["text"] == "Datum"]
    assert not any(_overlap(label, w) for w in words if w is not label)


def test_the_zoo_draws_a_stamp_wider_than_the_body_as_a_box_of_lines_on_the_paper(tmp_path):
    stamp = "Gemeente Oldambt ingekomen 3 maart 2021 registratienummer 2021-004417 afdeling Ruimte en Wonen"
    words = _words_of(build.build_pdf([[f"! {stamp}", "Aan de raad"]], tmp_path / "page.pdf"))
    ink = [w for w in words if w["text"].isupper() or w["text"][:1].isdigit()]
    assert all(build.BODY_X <= w["x0"] and w["x1"] <= build.A4_WIDTH for w in words)
    assert 2 <= len({round(w["top"]) for w in ink}) <= 3


def test_the_zoo_keeps_a_short_stamp_level_with_the_line_it_clears(tmp_path):
    words = _words_of(build.build_pdf([["! Ingekomen 3 mei 2001", "Aan de raad"]], tmp_path / "page.pdf"))
    [stamp] = [w for w in words if w["text"] == "INGEKOMEN"]
    [line] = [w for w in words if w["text"] == "Aan"]
    assert abs(stamp["top"] - line["top"]) < 3


def _overlap(a: dict, b: dict) -> bool:
    return a["x0"] < b["x1"] and b["x0"] < a["x1"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]


def test_the_zoo_wraps_long_cells_within_their_columns(tmp_path):
    sender = "Wijkbudget Gemeente Den Haag en de stadsdeelkantoren <wijkbudget@denhaag.nl>"
    besluit = "De noodopvang voor kinderen van ouders in cruciale beroepen wordt per gemeente geregeld."
    page = [f"| {sender} | 5 juni 2025 om 09:41", f"| 3 | {besluit} | \u25a05.1.2e | gemeenten |"]
    words = _words_of(build.build_pdf([page], tmp_path / "page.pdf"))
    assert not any(_overlap(a, b) for k, a in enumerate(words) for b in words[k + 1:])
    assert {"5", "juni", "2025", "09:41", "gemeenten", "geregeld."} <= {w["text"] for w in words}


def test_the_zoo_lets_a_cell_run_on_over_an_empty_cell_beside_it(tmp_path):
    words = _words_of(build.build_pdf([["| Onderwerp | Kamervragen van het lid Lensink-van Hees (VVD) | |"]], tmp_path / "p.pdf"))
    assert len({round(w["top"]) for w in words}) == 1


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
