"""The letter zoo (``layouts/letters.py``): doc_type, doc_kind, doc_date and the addressee's
municipality of letters, Woo decisions and notas in the layouts of real archives.

Each specimen is drawn as a born-digital PDF; the scanned ones are rendered to
an image-only PDF and read by real tesseract (marked ``slow``). They go through
ingest, clean and ``describe_document`` as in a run. ``python
tests/extract/test_layouts_letters.py`` prints every specimen that fails.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pipeline.clean import clean_page
from pipeline.extract.document import describe_document
from pipeline.ingest import read_document
from pipeline.link.parties import addressee_municipality
from pipeline.testing import load_test_module

_letters = load_test_module(Path(__file__).parent / "layouts" / "letters.py")
ZOO = _letters.ZOO
render = _letters.R


def build(specimen, folder: Path) -> Path:
    if not specimen.scan:
        return render.draw_pdf(specimen.pages, folder / f"{specimen.name}.pdf")
    drawn = render.draw_pdf(specimen.pages, folder / f"{specimen.name}_printed.pdf")
    return render.scan(drawn, folder / f"{specimen.name}.pdf", seed=sum(map(ord, specimen.name)), poor=specimen.poor)


def describe(path: Path):
    raw = read_document(path, source=str(path))
    return describe_document(raw, tuple(clean_page(p) for p in raw.pages), pipeline_version="test")


def found(specimen, info) -> dict:
    out = {"doc_type": info.doc_type, "doc_kind": info.doc_kind, "doc_date": info.doc_date}
    if specimen.addressee_code is not None:
        out["addressee_code"] = addressee_municipality(info)
    return out


def expected(specimen) -> dict:
    out = {"doc_type": specimen.doc_type, "doc_kind": specimen.doc_kind, "doc_date": specimen.doc_date}
    if specimen.addressee_code is not None:
        out["addressee_code"] = specimen.addressee_code
    return out


# Specimens kenmerk does not yet read right (strict: one that starts passing must leave this list).
KNOWN_FAILURES: frozenset[str] = frozenset()


def _marks(specimen) -> list:
    marks = [pytest.mark.slow] if specimen.scan else []
    if specimen.name in KNOWN_FAILURES:
        marks.append(pytest.mark.xfail(strict=True, reason="not yet read right"))
    return marks


def test_the_zoo_is_as_large_and_varied_as_asked():
    assert len(ZOO) >= 30
    assert len({s.name for s in ZOO}) == len(ZOO)
    assert sum(s.scan for s in ZOO) * 3 >= len(ZOO)


@pytest.mark.parametrize(
    "specimen",
    [pytest.param(s, id=s.name, marks=_marks(s)) for s in ZOO],
)
def test_letter_layout(specimen, tmp_path):
    info = describe(build(specimen, tmp_path))
    assert found(specimen, info) == expected(specimen), (info.doc_type_rule, info.doc_kind_rule, info.doc_date_rule)


@pytest.mark.slow
def test_an_amount_for_your_municipality_goes_to_the_addressee_named_in_the_first_lines(tmp_path):
    """End to end: the ministry's letter 'Aan het college van burgemeester en wethouders van de
    gemeente Zwolle' grants 'uw gemeente een bijdrage van € 125.000'."""
    import pandas as pd

    from pipeline.run import run

    specimen = next(s for s in ZOO if s.name == "minister_aan_college_eerste_regels")
    folder = tmp_path / "in"
    folder.mkdir()
    build(specimen, folder)
    run([folder], tmp_path / "out", workers=1, progress=False)
    amounts = pd.read_parquet(tmp_path / "out" / "amounts.parquet")
    row = amounts[amounts["value_eur"].astype(str).str.startswith("125000")].iloc[0]
    assert (row["municipality_code"], row["link_rule"]) == ("GM0193", "addressee")


def _main(argv: list[str]) -> int:
    """Print each failing specimen (``--all`` for every one; names to run only those)."""
    import tempfile

    names = [a for a in argv if not a.startswith("--")]
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for specimen in ZOO:
            if names and specimen.name not in names:
                continue
            if "--born" in argv and specimen.scan:
                continue
            info = describe(build(specimen, Path(tmp)))
            got, want = found(specimen, info), expected(specimen)
            bad = {k: (got[k], want[k]) for k in want if got[k] != want[k]}
            failures += bool(bad)
            if bad or "--all" in argv:
                print(f"{'FAIL' if bad else 'ok  '} {specimen.name} [{specimen.family}{', scan' if specimen.scan else ''}] "
                      f"{bad or got} rules=({info.doc_type_rule}, {info.doc_kind_rule}, {info.doc_date_rule})")
    print(f"{failures} failing")
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
