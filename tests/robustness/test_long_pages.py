"""Long and pathological pages: processed, with exact offsets, in time linear in their length.

Times are CPU seconds of this process (``time.process_time``), compared with
a page of ordinary Dutch text of the same size timed in the same test: a
ratio, not an absolute time, so a loaded machine does not fail the test. A
quadratic step would make a 200 KB page of the pattern take minutes, far over
the bound.
"""

from __future__ import annotations

import time

import pytest

from pipeline.process import process_text
from pipeline.run import run

SIZE = 200_000
# Generous: the slowest pattern ('€ 5 en ', an amount every 7 characters) takes about
# 5 times as long as ordinary text; quadratic behaviour would be over 100 times.
MAX_RATIO = 15.0

PATTERNS = {
    "semicolons": ";",
    "brackets": "()",
    "colons": ":",
    "open_brackets": "(",
    "quotes": '"',
    "commas": ",",
    "apostrophes": "'",
    "euro_signs": "€",
    "dots": ".",
    "letters": "a",
    "amounts": "€ 5 en ",
    "years": "2016 ",
    "participants": "100 deelnemers ",
    "blank_lines": "a\n\n",
    "names": "Utrecht ",
    "list_of_names": "- Utrecht\n",
}


def _repeat(pattern: str, size: int) -> str:
    return (pattern * (size // len(pattern) + 1))[:size]


ORDINARY = (
    "De gemeente Utrecht ontvangt voor het project {n} een bijdrage van € 45.000 voor de aanpak van "
    "huiselijk geweld.\nHet college heeft de raad op 12 maart 2016 geïnformeerd over de besteding.\n"
    "In totaal hebben 120 professionals de basistraining gevolgd bij het Kenniscentrum.\n\n"
)


@pytest.fixture(scope="module")
def ordinary_seconds() -> float:
    """CPU seconds for a page of SIZE characters of ordinary Dutch letter text."""
    text, n = "", 0
    while len(text) < SIZE:
        text += ORDINARY.format(n=n)
        n += 1
    process_text("Opwarmen: de gemeente Utrecht ontvangt € 5.000.")  # load the pipeline first
    started = time.process_time()
    result = process_text(text[:SIZE])
    seconds = time.process_time() - started
    assert result.amounts and result.dates
    return seconds


@pytest.mark.slow
@pytest.mark.parametrize("name", list(PATTERNS))
def test_pathological_page_takes_time_linear_in_its_length(name, ordinary_seconds):
    text = _repeat(PATTERNS[name], SIZE)
    started = time.process_time()
    result = process_text(text)
    seconds = time.process_time() - started
    assert result.pages[0].text == text.rstrip() or len(result.pages[0].text) > SIZE * 0.9
    assert seconds <= MAX_RATIO * max(ordinary_seconds, 0.5), (
        f"{name}: {seconds:.1f} s, ordinary text {ordinary_seconds:.1f} s")


def test_long_runs_keep_every_offset():
    text = ("x" * 1_000 + " De gemeente Utrecht ontvangt € 45.000 voor jeugdzorg. " + ";" * 700
            + " Op 12 maart 2016 ontving Delft € 7.500.\n")
    result = process_text(text)
    page = result.pages[0].text
    assert {a.text for a in result.amounts} == {"€ 45.000", "€ 7.500"}
    for fact in (*result.amounts, *result.dates, *result.municipalities):
        assert page[fact.char_start:fact.char_end] == fact.text


@pytest.mark.slow
def test_page_over_a_million_characters_is_processed(inputs, out, check):
    """spaCy refuses texts over 1,000,000 characters (E088): such a page must still be read."""
    lines = "".join(f"Regel {i}: de gemeente Utrecht ontvangt € {i}.000.\n" for i in range(1, 201))
    text = lines + "x" * 1_000_000 + "\nTot slot ontvangt de gemeente Delft € 7.500 op 1 juli 2017.\n"
    bad = inputs.write("lang.txt", text.encode("utf-8"))
    summary = run([inputs.folder], out, workers=1, progress=False, timeout=600)
    assert summary.exit_code == 0, summary.errors
    tables = check.outputs_intact(out)
    documents = {r["source"]: r["doc_id"] for r in tables["documents"].to_pylist()}
    doc_id = documents[str(bad)]
    page = next(r["text"] for r in tables["pages"].to_pylist() if r["doc_id"] == doc_id)
    assert len(page) > 1_000_000
    amounts = [r for r in tables["amounts"].to_pylist() if r["doc_id"] == doc_id]
    assert len(amounts) == 201
    for row in amounts:
        assert page[row["char_start"]:row["char_end"]] == row["text"]
    assert any(r["text"] == "€ 7.500" and r["char_start"] > 1_000_000 for r in amounts)
