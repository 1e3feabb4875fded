"""Benchmark: documents and pages per second with 1 and N workers; peak memory of a 2,000-page PDF.

    python benchmarks/throughput.py [--docs 40] [--pages 2000]

1. Generates ``--docs`` documents (two thirds Dutch .txt letters, one third
   born-digital 3-page PDFs) in a temporary folder and runs the whole pipeline
   over them with 1 worker and with one worker per core, each time from
   scratch (``fresh=True``), printing documents/s and pages/s.
2. Builds a ``--pages``-page PDF with reportlab and runs ``kenmerk run`` on
   it alone in a child process (and on a tenth of it, for comparison),
   printing the child's peak RSS: ingest reads a PDF page by page, so the
   peak must grow far slower than the page count.

Needs reportlab (a test dependency).

What it showed when written (2026-11-23, 2-core build machine, other work
running beside it): 40 documents (66 pages) in 23.8 s with 1 worker (1.7
documents/s, 2.8 pages/s) and 13.4 s with 2 (3.0 documents/s, 4.9 pages/s);
a text letter takes ~15 ms, a 3-page PDF of 24 lines a page ~1 s, nearly all
of it in pdfplumber's layout. The 200-page PDF ran in 7.3 s with a peak RSS of
226 MB, the 2,000-page PDF in 37 s with 273 MB: memory grows by ~25 KB a page
(the page texts kept for the tables), not with the file.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LETTER = (
    "Geachte leden van de raad,\n\n"
    "Hierbij informeren wij u over de bijdrage van € {n}.500 die de gemeente Utrecht in {year} "
    "ontvangt voor de aanpak van huiselijk geweld. In totaal hebben {n} professionals de basistraining "
    "gevolgd. Het college heeft op 12 maart {year} besloten de middelen in te zetten voor preventie.\n\n"
    "Met vriendelijke groet,\nhet college van burgemeester en wethouders\n"
)


def pdf_bytes(pages: list[list[str]]) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for lines in pages:
        y = 720
        for line in lines:
            pdf.drawString(60, y, line)
            y -= 15
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def report_page(document: int, page: int) -> list[str]:
    return [f"Pagina {page}, regel {i}: de gemeente Utrecht besteedde in 2016 € {document}{page}{i}.000 "
            f"aan preventie." for i in range(1, 25)]


def make_corpus(folder: Path, count: int) -> int:
    """``count`` documents in ``folder``; returns the number of pages."""
    folder.mkdir(parents=True, exist_ok=True)
    pages = 0
    for n in range(count):
        if n % 3 == 2:
            (folder / f"rapport_{n:03}.pdf").write_bytes(pdf_bytes([report_page(n, p) for p in range(1, 4)]))
            pages += 3
        else:
            (folder / f"brief_{n:03}.txt").write_text(LETTER.format(n=n + 10, year=2010 + n % 10), encoding="utf-8")
            pages += 1
    return pages


def throughput(folder: Path, out: Path, workers: int, pages: int) -> str:
    from pipeline.run import run

    started = time.perf_counter()
    summary = run([folder], out, workers=workers, progress=False, fresh=True)
    seconds = time.perf_counter() - started
    assert summary.n_failed == 0, summary.errors
    return (f"{workers} worker(s): {summary.n_ok} documents in {seconds:.1f} s = "
            f"{summary.n_ok / seconds:.1f} documents/s, {pages / seconds:.1f} pages/s")


def big_pdf(path: Path, pages: int) -> None:
    lines = [[f"Pagina {p}, regel {i}: de gemeente Utrecht ontvangt {p}{i}.000 euro voor preventie."
              for i in range(1, 4)] for p in range(1, pages + 1)]
    path.write_bytes(pdf_bytes(lines))


def peak_rss_of_run(pdf: Path, out: Path) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of ``kenmerk run`` on one file, in a fresh child process."""
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run([sys.executable, "-m", "pipeline", "run", str(pdf), "--out", str(out), "--workers", "1",
                    "--quiet", "--timeout", "3600"], check=True)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of the children is the largest child so far; the runs go from small to large.
    return time.perf_counter() - started, max(peak, before) / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--pages", type=int, default=2000)
    args = parser.parse_args(argv)
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        pages = make_corpus(tmp / "in", args.docs)
        print(f"Throughput on {args.docs} generated documents ({pages} pages):")
        for workers in sorted({1, cores}):
            print("  " + throughput(tmp / "in", tmp / f"out{workers}", workers, pages))

        print("Peak memory of one run over a single PDF (child process, page by page):")
        for count in (max(args.pages // 10, 1), args.pages):
            pdf = tmp / f"big_{count}.pdf"
            big_pdf(pdf, count)
            seconds, rss = peak_rss_of_run(pdf, tmp / f"big_out_{count}")
            print(f"  {count:5} pages: {seconds:6.1f} s, {count / seconds:5.1f} pages/s, peak RSS {rss:6.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
