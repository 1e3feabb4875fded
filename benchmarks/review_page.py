"""Benchmark: the review page at 1,000 documents: size, build time, first screen and opening a document.

    python benchmarks/review_page.py [--docs 1000] [--keep DIR]

1. Generates ``--docs`` Dutch text letters (a dozen facts each: amounts tied
   to municipalities, dates, a training) and runs the pipeline over them.
2. Writes the review page (``kenmerk review``) and prints its size and the
   time to build it.
3. Opens it from a file:// URL in headless Chromium (Debian's ``chromium``,
   driven by Playwright) and prints the time to the first screen (the page's
   script has built the document list, the filters and the first rows of the
   figures table: ``window.kenmerkReady``, ms since navigation start) and the
   time to open a document (its text and highlights built on demand).

What it showed when written (2026-12-04, 2-core machine with other test runs
beside it): 1,000 letters, 12,000 facts; the page is 5.1 MB and written in
1.4 s; first screen 544-725 ms after navigation start (wall time from
navigation to ready 1.6-1.9 s, all 1,000 documents listed); opening a
document 6-22 ms.

Prints figures only; nothing is asserted. Needs chromium and playwright
(``make setup`` installs both).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

MUNICIPALITIES = ["Utrecht", "Leiden", "Almere", "Zwolle", "Delft", "Arnhem", "Tilburg", "Groningen",
                  "Amersfoort", "Haarlem", "Breda", "Nijmegen", "Enschede", "Apeldoorn", "Lelystad"]
LETTER = (
    "Geachte leden van de raad,\n\n"
    "Hierbij informeren wij u over de versterkingsgelden voor {year}. De gemeente {a} ontvangt "
    "€ {n}.500 en de gemeente {b} ontvangt € {m}.000 voor de aanpak van radicalisering. "
    "Daarnaast is circa € {k} miljoen beschikbaar voor de regio.\n\n"
    "Op {day} maart {year} hebben {p} professionals uit {a} de basistraining gevolgd. "
    "Eind {year} volgt een evaluatie; de resultaten verwachten wij medio {next}.\n\n"
    "Met vriendelijke groet,\n\nHet college van burgemeester en wethouders van {a}\n"
)
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def generate(folder: Path, docs: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(docs):
        a, b = MUNICIPALITIES[i % len(MUNICIPALITIES)], MUNICIPALITIES[(i * 7 + 3) % len(MUNICIPALITIES)]
        year = 2014 + i % 8
        text = LETTER.format(year=year, next=year + 1, a=a, b=b, n=10 + i % 900, m=20 + i % 80,
                             k=1 + i % 9, day=1 + i % 28, p=5 + i % 200)
        (folder / f"brief_{i:05d}.txt").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="keep the outputs and the page in this folder")
    args = parser.parse_args(argv)

    from pipeline.review.page import write_review
    from pipeline.run import run

    work = Path(tempfile.mkdtemp(prefix="kenmerk-review-bench-"))
    out = args.keep or work / "out"
    try:
        generate(work / "in", args.docs)
        started = time.perf_counter()
        summary = run([work / "in"], out, progress=False, workers=os.cpu_count() or 1)
        facts = sum(summary.rows.get(k, 0) for k in ("amounts", "municipalities", "dates", "trainings"))
        print(f"pipeline: {summary.n_ok} documents, {facts} facts in {time.perf_counter() - started:.1f} s")

        started = time.perf_counter()
        page = write_review(out)
        print(f"review page: {page.stat().st_size / 1024**2:.1f} MB written in {time.perf_counter() - started:.1f} s")
        browse(page)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def browse(page_path: Path) -> None:
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("browser: skipped, playwright is not installed (make setup)")
        return
    if not Path(chromium).exists():
        print("browser: skipped, chromium is not installed (make setup installs it)")
        return
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        for attempt in (1, 2, 3):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            started = time.perf_counter()
            page.goto(page_path.as_uri())
            page.wait_for_selector("html[data-ready='1']")
            wall = time.perf_counter() - started
            ready = page.evaluate("window.kenmerkReady")
            loaded = page.evaluate("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd")
            rows = page.locator("#docrows tr").count()
            opened = page.evaluate("""() => {
                const row = document.querySelectorAll('#docrows tr')[500] || document.querySelector('#docrows tr');
                const t0 = performance.now(); row.click(); return performance.now() - t0; }""")
            marks = page.locator("#docview mark[data-fact-id]").count()
            print(f"browser run {attempt}: first screen {ready:.0f} ms after navigation start "
                  f"(DOMContentLoaded {loaded:.0f} ms, wall {wall * 1000:.0f} ms), {rows} documents listed; "
                  f"opening a document {opened:.0f} ms ({marks} highlights)")
            page.close()
        browser.close()


if __name__ == "__main__":
    sys.exit(main())
