"""Benchmark: kenmerk against the floors of its libraries, side by side in one run.

    python benchmarks/speed.py [--letters 50] [--steady-letters 100] [--texts 300] [--scan-pages 10]
                               [--scan-runs 3] [--workers 2]

Generates, in a temporary folder,

* born-digital letters (4 pages of 40 lines each, a margin column with
  ``Datum``/``Ons kenmerk`` labels on page 1, and a table of figures),
* Dutch text documents built from the sentence bank ``text_sentences.json``
  (a few hundred templates and their word lists; amounts, dates, municipalities,
  trainings in about one sentence of seven, and much prose with none of them),
* one scanned PDF of ``--scan-pages`` pages (rendered letters, images only),

then measures on those same files, in this run, one after another:

* the floors: pdfplumber ``extract_text`` and pypdfium2 ``get_text_range``
  pages/s on one core, ``spacy.blank("nl")`` tokenizing the texts (words/s,
  one core), bare ``tesseract -l nld`` with ``OMP_THREAD_LIMIT=1`` on the scan's
  page images one after another (in turn with kenmerk's run over the scan,
  ``--scan-runs`` times);
* kenmerk ``run`` with ``--workers`` workers on each set (from scratch), the
  no-change re-run of the texts (three times, the median kept), and the ratios
  the issue set targets for; for the letters also the marginal rate (runs over
  ``--steady-letters`` N and 2N letters: the extra pages over the extra seconds,
  start-up and the fixed part of writing the tables cancelled out);
* per-stage times of one process over the letters and texts (ingest, clean,
  nlp+extract, facts), the CPU per page of each pipe (tokenizer, sentences,
  each extractor), and the peak RSS of this process and its workers.

Nothing is downloaded; needs reportlab (a test dependency) and tesseract with ``nld``.
To measure another checkout, put it first on the path:
``PYTHONPATH=/path/to/checkout python benchmarks/speed.py``.

On a shared machine the wall-clock figures move with the load; every ratio
is taken within one run, and the one-process lines are in CPU time
(``time.process_time``), which the load disturbs less. The README's
performance section holds the figures and what they mean.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

# Scans are made at the dpi kenmerk renders them at, so tesseract reads the same pixels.
DPI = 300
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")
PLACES = ("Utrecht", "Almere", "Zwolle", "Groningen", "Tilburg", "Deventer", "Leiden", "Putten",
          "Enschede", "Breda", "Amersfoort", "Venlo")
TOPICS = ("huiselijk geweld", "jeugdzorg", "schuldhulpverlening", "radicalisering",
          "mantelzorg", "beschermd wonen", "de Wmo", "armoedebestrijding")
PROSE = (
    "Het college vindt het belangrijk dat inwoners snel de juiste hulp krijgen.",
    "In de komende periode werken wij verder aan een sluitende aanpak met onze partners.",
    "De raad is eerder geïnformeerd over de voortgang van het programma {topic}.",
    "Wij merken dat de vraag naar ondersteuning bij {topic} de laatste jaren is toegenomen.",
    "Samen met de wijkteams kijken we hoe de toegang eenvoudiger kan worden ingericht.",
    "Uit de gesprekken met cliënten blijkt dat de samenwerking tussen organisaties beter kan.",
    "Voor vragen over deze brief kunt u contact opnemen met het klantcontactcentrum.",
    "Het beleid wordt jaarlijks geëvalueerd en waar nodig bijgesteld.",
    "De uitvoering ligt bij de regionale organisaties die daarvoor een opdracht hebben gekregen.",
    "Wij verwachten dat de resultaten in het voorjaar bekend zijn.",
    "Daarnaast onderzoeken wij of de regeling kan worden vereenvoudigd voor kleine aanbieders.",
    "Deze aanpak sluit aan bij de afspraken die in de regio zijn gemaakt over {topic}.",
)
FACTS = (
    "De gemeente {place} ontvangt in {year} een bijdrage van € {n}.{m}00 voor {topic}.",
    "Op {day} {month} {year} heeft het college besloten de middelen in te zetten voor {topic}.",
    "In totaal hebben {k} professionals de basistraining {topic} gevolgd.",
    "Het budget voor {topic} bedraagt ruim {n} miljoen euro per jaar.",
    "De subsidie van {n}.{m}50 euro is op {day} {month} {year} aan {place} toegekend.",
)


def _fill(template: str, rng: random.Random) -> str:
    return template.format(topic=rng.choice(TOPICS), place=rng.choice(PLACES),
                           year=rng.randint(2010, 2024), n=rng.randint(2, 950),
                           m=rng.randint(1, 9), k=rng.randint(12, 400), day=rng.randint(1, 28),
                           month=rng.choice(MONTHS))


def old_text_document(rng: random.Random, words: int) -> str:
    """A text from the 17 templates above, as the benchmark built them until 2026-12-05
    (``--old-texts``): a few hundred distinct words, which the tokenizer's cache
    makes several times faster to tokenize than real prose."""
    paragraphs, count = [], 0
    while count < words:
        sentences = [_fill(rng.choice(FACTS if rng.random() < 0.12 else PROSE), rng)
                     for _ in range(rng.randint(3, 6))]
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return ("Geachte leden van de raad,\n\n" + "\n\n".join(paragraphs)
            + "\n\nMet vriendelijke groet,\nhet college van burgemeester en wethouders\n")


SENTENCES = Path(__file__).with_name("text_sentences.json")
_SLOT = re.compile(r"\{([a-z_]+?)\d?\}")


class SentenceBank:
    """Varied Dutch sentences from ``text_sentences.json``: templates whose ``{slots}`` are
    filled from word lists, the gazetteer's municipalities and villages, and numbers,
    dates and amounts drawn in many written forms (``{place2}`` is another ``place``)."""

    def __init__(self, rng: random.Random) -> None:
        import csv

        import pipeline

        self.rng = rng
        bank = json.loads(SENTENCES.read_text(encoding="utf-8"))
        self.bank = bank
        self.slots = dict(bank["slots"])
        gazetteer = Path(pipeline.__file__).parent / "resources" / "gazetteer"
        with (gazetteer / "gemeenten.csv").open(encoding="utf-8") as handle:
            self.slots["place"] = [r["name"] for r in csv.DictReader(handle) if not r["valid_to"]]
        with (gazetteer / "woonplaatsen.csv").open(encoding="utf-8") as handle:
            self.slots["village"] = [r["woonplaats"] for r in csv.DictReader(handle)
                                     if r["woonplaats"] != r["gemeente_name"]]

    def value(self, slot: str) -> str:
        rng = self.rng
        if slot == "year":
            return str(rng.randint(2005, 2027))
        if slot == "count":
            return str(rng.choice((rng.randint(3, 60), rng.randint(12, 400), rng.randint(400, 4000))))
        if slot == "date":
            return self.fill(rng.choice(self.bank["date_forms"]))
        if slot == "amount":
            return self.fill(rng.choice(self.bank["amount_forms"]))
        if slot == "day":
            return str(rng.randint(1, 28))
        if slot in ("dd", "mm"):
            return f"{rng.randint(1, 28 if slot == 'dd' else 12):02}"
        if slot == "thousands":
            return f"{rng.randint(1, 999)}.{rng.randint(0, 999):03}"
        if slot in ("millions", "small"):
            return str(rng.randint(1, 95 if slot == "millions" else 999))
        if slot.startswith("number_"):
            digits = {"number_short": 2, "number_mid": 3, "number_long": 4, "number_xl": 5}[slot]
            return str(rng.randint(10 ** (digits - 1), 10 ** digits - 1))
        if slot in ("cents", "decimal"):
            return str(rng.randint(10, 99)) if slot == "cents" else str(rng.randint(1, 9))
        return self.fill(rng.choice(self.slots[slot]))

    def fill(self, template: str) -> str:
        return _SLOT.sub(lambda m: self.value(m.group(1)), template)

    def sentence(self) -> str:
        draw = self.rng.random()
        kind = ("facts" if draw < self.bank["fact_share"] else
                "abbreviated" if draw < self.bank["fact_share"] + self.bank["abbreviated_share"] else "prose")
        sentence = self.fill(self.rng.choice(self.bank[kind]))
        return sentence[0].upper() + sentence[1:]


def text_document(bank: SentenceBank, words: int) -> str:
    """About ``words`` words of paragraphs, after a letterhead in a third of the texts;
    in two of five the lines are wrapped as in a PDF's text layer or a typed letter."""
    rng = bank.rng
    paragraphs, count = [], 0
    while count < words:
        paragraph = " ".join(bank.sentence() for _ in range(rng.randint(3, 6)))
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    if rng.random() < 0.4:
        width = rng.randint(70, 95)
        paragraphs = [textwrap.fill(p, width, break_on_hyphens=False) for p in paragraphs]
    head = [bank.fill(rng.choice(bank.bank["letterheads"]))] if rng.random() < 0.33 else []
    return "\n\n".join([*head, rng.choice(bank.bank["openings"]), *paragraphs,
                        rng.choice(bank.bank["closings"])]) + "\n"


def letter_pdf(rng: random.Random, pages: int = 4, lines: int = 40) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(595, 842))
    for number in range(1, pages + 1):
        pdf.setFont("Helvetica", 9)
        y = 780
        body = lines
        if number == 1:
            pdf.setFont("Helvetica-Bold", 7.5)
            for i, (label, value) in enumerate((("Datum", f"{rng.randint(1, 28)} maart 2016"),
                                                ("Ons kenmerk", f"2016-{rng.randint(1000, 9999)}"),
                                                ("Contactpersoon", "J. de Vries"))):
                pdf.setFont("Helvetica-Bold", 7.5)
                pdf.drawString(450, 780 - 22 * i, label)
                pdf.setFont("Helvetica", 7.5)
                pdf.drawString(450, 770 - 22 * i, value)
            pdf.setFont("Helvetica", 9)
            rows = [("Preventie", "125.000", "130.000"), ("Opvang", "1.250.000", "1.310.000"),
                    ("Nazorg", "86.400", "90.000"), ("Totaal", "1.461.400", "1.530.000")]
            table_y = 780 - 18 * (lines - 8)
            pdf.drawString(70, table_y, "Post")
            pdf.drawRightString(300, table_y, "2015")
            pdf.drawRightString(380, table_y, "2016")
            for i, row in enumerate(rows, start=1):
                pdf.drawString(70, table_y - 14 * i, row[0])
                pdf.drawRightString(300, table_y - 14 * i, row[1])
                pdf.drawRightString(380, table_y - 14 * i, row[2])
            body = lines - 8
        line_count = 0
        while line_count < body:
            words = _fill(rng.choice(FACTS if rng.random() < 0.12 else PROSE), rng).split()
            while words and line_count < body:
                line, words = words[:10], words[10:]
                pdf.drawString(70, y, " ".join(line))
                y -= 18 if number == 1 else 17
                line_count += 1
        pdf.setFont("Helvetica", 7)
        pdf.drawString(70, 40, f"Gemeente Almere | Postbus 200 | 1300 AE Almere | pagina {number}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def scan_pdf(letter: bytes, pages: int, folder: Path) -> tuple[Path, list[Path]]:
    """An image-only PDF of ``pages`` rendered letter pages, and the page images as PNG."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(letter)
    images = []
    for i in range(pages):
        page = doc[i % len(doc)]
        image = page.render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
        page.close()
        images.append(image)
    doc.close()
    path = folder / "scan" / "scan.pdf"
    path.parent.mkdir(parents=True)
    images[0].save(path, save_all=True, append_images=images[1:], resolution=DPI)
    pngs = []
    for i, image in enumerate(images):
        png = folder / f"scan_page_{i}.png"
        image.save(png)
        pngs.append(png)
    return path, pngs


def timed(fn) -> tuple[float, object]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def cpu_timed(fn) -> tuple[float, object]:
    started = time.process_time()
    result = fn()
    return time.process_time() - started, result


def floor_pdfplumber(pdfs: list[Path]) -> tuple[float, int]:
    import pdfplumber

    def read():
        count = 0
        for path in pdfs:
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    page.extract_text()
                    page.close()
                    count += 1
        return count
    return timed(read)


def floor_pdfium(pdfs: list[Path]) -> tuple[float, int]:
    import pypdfium2

    def read():
        count = 0
        for path in pdfs:
            doc = pypdfium2.PdfDocument(str(path))
            for page in doc:
                textpage = page.get_textpage()
                textpage.get_text_range()
                textpage.close()
                page.close()
                count += 1
            doc.close()
        return count
    return timed(read)


def floor_tokenizer(texts: list[str]) -> tuple[tuple[float, int], tuple[float, int]]:
    """The tokenizer over ``texts`` once from scratch, then once more: spaCy caches the
    analysis of every distinct string, so a second pass (or texts that repeat a small
    vocabulary) runs several times faster than prose it has not seen. It caches nothing
    more of a document after a special case ('o.a.', 'mln.', 'J.'), as real letters
    have them, which is why the bank has abbreviations too."""
    import spacy

    nlp = spacy.blank("nl")
    list(nlp.tokenizer.pipe(["Dit is een zin."]))  # loads its tables, not part of the floor
    first = timed(lambda: sum(len(doc) for doc in nlp.tokenizer.pipe(texts)))
    return first, timed(lambda: sum(len(doc) for doc in nlp.tokenizer.pipe(texts)))


def types_per_10k(texts: list[str]) -> int:
    """Distinct tokens per 10,000 (mean over consecutive stretches): the vocabulary's
    variety, which sets how often the tokenizer's cache helps."""
    import spacy

    tokens = [t.text for doc in spacy.blank("nl").tokenizer.pipe(texts) for t in doc if not t.is_space]
    stretches = [len(set(tokens[i:i + 10_000])) for i in range(0, len(tokens) - 9_999, 10_000)]
    return round(sum(stretches) / max(len(stretches), 1))


def cpu_tokenizer(texts: list[str]) -> tuple[float, float]:
    """CPU seconds of ``spacy.blank("nl")`` tokenizing ``texts`` (built on another text
    first), and of tokenizing them again (its cache warm)."""
    import spacy

    nlp = spacy.blank("nl")
    list(nlp.tokenizer.pipe(["Dit is een zin."]))
    first = cpu_timed(lambda: sum(len(doc) for doc in nlp.tokenizer.pipe(texts)))[0]
    return first, cpu_timed(lambda: sum(len(doc) for doc in nlp.tokenizer.pipe(texts)))[0]


def floor_tesseract(pngs: list[Path]) -> float:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")

    def read():
        for png in pngs:
            subprocess.run(["tesseract", str(png), "stdout", "-l", "nld"], check=True, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return timed(read)[0]


def children_cpu(fn) -> tuple[float, object]:
    """CPU seconds (user + system) of the child processes ``fn`` runs and waits for:
    the load of a shared machine stretches wall time far more than CPU time."""
    def used() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    started = used()
    result = fn()
    return used() - started, result


# Runs a whole ``kenmerk run`` command in a fresh process and prints its own peak RSS
# and that of its largest worker (``--memory-docs``), as the last line of its output.
_COMMAND = """
import resource, sys
from pipeline.cli import main
code = main(sys.argv[1:])
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"{own:.0f} {workers:.0f}")
sys.exit(code)
"""


def kenmerk_command(folder: Path, out: Path, workers: int,
                    fresh: bool = True) -> tuple[float, float, float]:
    """(seconds, peak RSS of the command's process, of its largest worker in MB) of
    ``kenmerk run`` as a user runs it: a new process that imports what it needs."""
    return _timed_command(_COMMAND, folder, out, workers, fresh)


def _timed_command(script: str, folder: Path, out: Path, workers: int,
                   fresh: bool) -> tuple[float, float, float]:
    """Wall seconds of ``kenmerk run`` in a new process started by ``script``, and the two
    figures the script prints last (of the command's own process and of its workers)."""
    argv = [sys.executable, "-c", script, "run", str(folder), "--out", str(out),
            "--workers", str(workers), "--quiet"] + (["--fresh"] if fresh else [])
    started = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, env=_env())
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"kenmerk run failed ({done.returncode}): {done.stderr[-2000:]}")
    own, workers_figure = (float(x) for x in done.stdout.split()[-2:])
    return seconds, own, workers_figure


def _env() -> dict[str, str]:
    """This interpreter's path for the command, so ``PYTHONPATH=...`` measures that checkout."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    return env


def kenmerk_run(folder: Path, out: Path, workers: int, fresh: bool = True) -> float:
    return kenmerk_command(folder, out, workers, fresh)[0]


# ``kenmerk run`` in a fresh process that prints, last, the CPU seconds of its own
# process and of its workers: which of them spends what a page costs.
_CPU_COMMAND = """
import resource, sys
from pipeline.cli import main
code = main(sys.argv[1:])
own = resource.getrusage(resource.RUSAGE_SELF)
workers = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{own.ru_utime + own.ru_stime:.3f} {workers.ru_utime + workers.ru_stime:.3f}")
sys.exit(code)
"""


def kenmerk_run_cpu(folder: Path, out: Path, workers: int) -> tuple[float, float, float]:
    """(seconds, CPU seconds of the command's process, of its workers) of ``kenmerk run``."""
    return _timed_command(_CPU_COMMAND, folder, out, workers, fresh=True)


def steady_rate(letters: Path, n: int, tmp: Path, workers: int,
                rng: random.Random) -> tuple[float, float, float]:
    """Pages/s of ``kenmerk run`` at steady state: runs over ``n`` and ``2n`` letters (the
    first ones of ``letters``, topped up with new ones), and the extra pages over the
    extra seconds. Start-up (Python, spaCy) and the fixed part of writing the tables
    cancel out; what remains is what an archive of a million pages sees. Also the
    extra CPU per extra page (ms) of the command's process and of its workers."""
    made = sorted(letters.glob("*.pdf"))
    while len(made) < 2 * n:
        path = letters / f"brief_{len(made):03}.pdf"
        path.write_bytes(letter_pdf(rng))
        made.append(path)
    runs = []
    for count in (n, 2 * n):
        folder = tmp / f"steady_{count}"
        folder.mkdir()
        for path in made[:count]:
            os.link(path, folder / path.name)
        runs.append(kenmerk_run_cpu(folder, tmp / f"out_steady_{count}", workers))
    (seconds1, own1, workers1), (seconds2, own2, workers2) = runs
    pages = 4 * n
    return pages / (seconds2 - seconds1), 1000 * (own2 - own1) / pages, 1000 * (workers2 - workers1) / pages


def memory_documents(folder: Path, n: int, rng: random.Random) -> None:
    """``n`` short Dutch text documents (a few sentences each, facts in most)."""
    folder.mkdir()
    for i in range(n):
        text = " ".join(_fill(rng.choice(FACTS + PROSE), rng) for _ in range(rng.randint(2, 5)))
        (folder / f"doc_{i:05}.txt").write_text(f"Nummer {i}.\n\n{text}\n", encoding="utf-8")


def stage_times(paths: list[Path]) -> dict[str, float]:
    """Seconds per stage of one process over ``paths`` (the pipeline warmed up first)."""
    from pipeline.clean import clean_page
    from pipeline.ingest import read_document
    from pipeline.nlp import annotate, build_nlp
    from pipeline.process import process_raw

    nlp = build_nlp()
    times = dict.fromkeys(("ingest", "clean", "nlp+extract", "whole after ingest"), 0.0)
    for path in paths:
        seconds, raw = cpu_timed(lambda path=path: read_document(path, source=path.name))
        times["ingest"] += seconds
        seconds, pages = cpu_timed(lambda raw=raw: [clean_page(p) for p in raw.pages])
        times["clean"] += seconds
        times["nlp+extract"] += cpu_timed(lambda pages=pages: [annotate(nlp, p) for p in pages])[0]
        times["whole after ingest"] += cpu_timed(lambda raw=raw: process_raw(raw))[0]
    return times


def pipe_times(paths: list[Path]) -> dict[str, float]:
    """CPU seconds of each pipe of the spaCy pipeline (the tokenizer first) over the clean pages of ``paths``."""
    from pipeline.clean import clean_page
    from pipeline.doctext import TEXT
    from pipeline.ingest import read_document
    from pipeline.nlp import build_nlp

    nlp = build_nlp()
    pages = [clean_page(p) for path in paths for p in read_document(path, source=path.name).pages]
    times = dict.fromkeys(["tokenizer", *nlp.pipe_names], 0.0)
    for page in pages:
        seconds, doc = cpu_timed(lambda page=page: nlp.make_doc(page.text))
        times["tokenizer"] += seconds
        doc.user_data[TEXT] = page.text
        for name, pipe in nlp.pipeline:
            seconds, doc = cpu_timed(lambda pipe=pipe, doc=doc: pipe(doc))
            times[name] += seconds
    return {name: seconds / max(len(pages), 1) for name, seconds in times.items()}


def peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=50)
    parser.add_argument("--texts", type=int, default=300)
    parser.add_argument("--scan-pages", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--steady-letters", type=int, default=100,
                        help="N for the marginal rate: runs over N and 2N letters (0 to skip)")
    parser.add_argument("--skip-scan", action="store_true")
    parser.add_argument("--scan-runs", type=int, default=3,
                        help="pairs of runs (bare tesseract, then kenmerk) over the scan; the median is kept")
    parser.add_argument("--old-texts", action="store_true",
                        help="the texts of the 17 templates used until 2026-12-05, for comparison")
    parser.add_argument("--memory-docs", default="1000,10000",
                        help="document counts for the peak-memory runs ('' to skip)")
    args = parser.parse_args(argv)
    rng = random.Random(11)
    import pipeline

    print(f"kenmerk from {Path(pipeline.__file__).parent}, {args.workers} workers, "
          f"{os.cpu_count()} cores")
    tmp = Path(tempfile.mkdtemp(prefix="kenmerk-speed-"))
    try:
        letters = tmp / "letters"
        letters.mkdir()
        pdfs = []
        for n in range(args.letters):
            path = letters / f"brief_{n:03}.pdf"
            path.write_bytes(letter_pdf(rng))
            pdfs.append(path)
        texts_dir = tmp / "texts"
        texts_dir.mkdir()
        if args.old_texts:
            texts = [old_text_document(rng, rng.randint(180, 390)) for _ in range(args.texts)]
        else:
            bank = SentenceBank(random.Random(11))
            texts = [text_document(bank, bank.rng.randint(180, 390)) for _ in range(args.texts)]
        for n, text in enumerate(texts):
            (texts_dir / f"brief_{n:03}.txt").write_text(text, encoding="utf-8")
        rows = []

        def row(name: str, value: float, unit: str, note: str = "") -> None:
            rows.append((name, value, unit, note))
            print(f"  {name:<46} {value:>10.1f} {unit:<10} {note}")

        print("Born-digital letters:")
        seconds, pages = floor_pdfplumber(pdfs)
        plumber = pages / seconds
        row("pdfplumber extract_text (1 core)", plumber, "pages/s")
        seconds, _ = floor_pdfium(pdfs)
        row("pypdfium2 get_text_range (1 core)", pages / seconds, "pages/s")
        seconds = kenmerk_run(letters, tmp / "out_letters", args.workers)
        kenmerk_pdf = pages / seconds
        row(f"kenmerk run ({args.workers} workers)", kenmerk_pdf, "pages/s",
            f"{kenmerk_pdf / plumber:.2f}x pdfplumber per core (target >= 6)")
        if args.steady_letters:
            steady, own_ms, workers_ms = steady_rate(letters, args.steady_letters, tmp, args.workers, rng)
            row(f"kenmerk run, marginal ({args.workers} workers)", steady, "pages/s",
                f"{steady / plumber:.2f}x pdfplumber per core (target >= 6); CPU a page: "
                f"command {own_ms:.1f} ms, workers {workers_ms:.1f} ms")

        print("Dutch text documents:")
        (seconds, words), (warm, _) = floor_tokenizer(texts)
        tokenizer = words / seconds
        row("spacy.blank('nl') tokenizer (1 core)", tokenizer, "words/s",
            f"{words} tokens, {types_per_10k(texts)} distinct per 10,000")
        row("  the same texts again (its cache warm)", words / warm, "words/s", "not the floor")
        first = kenmerk_run(texts_dir, tmp / "out_texts", args.workers)
        kenmerk_text = words / first
        row(f"kenmerk run ({args.workers} workers)", kenmerk_text, "words/s",
            f"{100 * kenmerk_text / (args.workers * tokenizer):.1f}% of the tokenizer on "
            f"{args.workers} cores (target >= 5%)")
        # Three re-runs, the middle one kept: a run of a fifth of a second is easily
        # stretched by a neighbour on a shared machine (the first also saves the cache's index).
        reruns = sorted(children_cpu(lambda: kenmerk_run(texts_dir, tmp / "out_texts", args.workers,
                                                         fresh=False))[::-1] for _ in range(3))
        again, again_cpu = reruns[1]
        row("kenmerk no-change re-run (median of 3)", again, "s",
            f"{100 * again / first:.1f}% of the first run ({first:.1f} s; target <= 5%); "
            f"{again_cpu:.2f} s CPU")

        if not args.skip_scan and shutil.which("tesseract"):
            print(f"A {args.scan_pages}-page scan:")
            scan, pngs = scan_pdf(pdfs[0].read_bytes(), args.scan_pages, tmp)
            # Bare tesseract and kenmerk in turn, ``--scan-runs`` times: each ratio compares
            # two neighbouring runs, and the median ratio is kept (a shared machine's load drifts).
            pairs = []
            for _ in range(args.scan_runs):
                bare_cpu, bare = children_cpu(lambda: floor_tesseract(pngs))
                cpu, seconds = children_cpu(lambda: kenmerk_run(scan.parent, tmp / "out_scan",
                                                                args.workers))
                pairs.append((seconds / bare, cpu / bare_cpu, bare, bare_cpu, seconds, cpu))
                print(f"    bare {bare:.1f} s ({bare_cpu:.1f} s CPU), kenmerk {seconds:.1f} s "
                      f"({cpu:.1f} s CPU): {seconds / bare:.2f}x wall, {cpu / bare_cpu:.2f}x CPU")
            wall, cpu_ratio, bare, bare_cpu, seconds, cpu = sorted(pairs)[len(pairs) // 2]
            # The CPU ratio on its own too: on a loaded machine the pair with the median
            # wall ratio need not hold the median CPU ratio, which the load moves less.
            cpu_median = sorted(pair[1] for pair in pairs)[len(pairs) // 2]
            row("bare tesseract, page after page", bare, "s", f"{bare_cpu:.1f} s CPU")
            row("kenmerk run", seconds, "s",
                f"{wall:.2f}x bare tesseract (target <= 0.65); {cpu:.1f} s CPU, "
                f"{cpu_ratio:.2f}x (the median of {len(pairs)} pairs by wall); "
                f"median CPU ratio {cpu_median:.2f}x")

        counts = [int(n) for n in args.memory_docs.split(",") if n.strip()]
        if counts:
            print("Peak memory of a run over many short documents (MB):")
        for n in counts:
            folder = tmp / f"many_{n}"
            memory_documents(folder, n, rng)
            seconds, own, largest = kenmerk_command(folder, tmp / f"out_many_{n}", args.workers)
            print(f"  {n:>6} documents: {seconds:6.1f} s, command {own:4.0f} MB, "
                  f"largest worker {largest:4.0f} MB")
            shutil.rmtree(folder)
            shutil.rmtree(tmp / f"out_many_{n}")

        print("Stages, one process (CPU seconds):")
        sample = pdfs[: max(len(pdfs) // 5, 1)]
        text_sample = sorted(texts_dir.iterdir())[: max(len(texts) // 5, 1)]
        stage_times(sample[:1])  # warm up: imports, resources, the pipeline
        measured = {}
        for label, paths in (("letters", sample), ("texts", text_sample)):
            measured[label] = times = stage_times(paths)
            print(f"  {label} ({len(paths)}): " + ", ".join(f"{k} {v:.2f}" for k, v in times.items()))
            print("    per page, ms: " + ", ".join(f"{k.removeprefix('kenmerk_')} {1000 * v:.2f}"
                                                  for k, v in pipe_times(paths).items()))
        plumber_cpu, pages_cpu = cpu_timed(lambda: floor_pdfplumber(sample)[1])
        letters = measured["letters"]
        kenmerk_cpu = letters["ingest"] + letters["whole after ingest"]
        ratio = plumber_cpu / kenmerk_cpu
        print(f"  letters, CPU per page: kenmerk {1000 * kenmerk_cpu / pages_cpu:.1f} ms, "
              f"pdfplumber extract_text {1000 * plumber_cpu / pages_cpu:.1f} ms: {ratio:.2f}x per core, "
              f"{args.workers * ratio:.2f}x on {args.workers} workers if they scale")
        text_words = sum(len(p.read_text(encoding="utf-8").split()) for p in text_sample)
        texts_cpu = measured["texts"]["ingest"] + measured["texts"]["whole after ingest"]
        kenmerk_words = text_words / texts_cpu
        # The floor is the tokenizer over all the texts, as the issue sets it (its cache
        # fills as it goes); kenmerk's CPU per word is measured on the sample.
        all_words = sum(len(text.split()) for text in texts)
        tokenizer_cpu, warm_cpu = cpu_tokenizer(texts)
        print(f"  texts, CPU: kenmerk {kenmerk_words:,.0f} words/s per core; the tokenizer over the "
              f"{len(texts)} texts {all_words / tokenizer_cpu:,.0f} words/s: "
              f"{100 * kenmerk_words * tokenizer_cpu / all_words:.2f}% of the tokenizer (again, cache warm: "
              f"{all_words / warm_cpu:,.0f} words/s, {100 * kenmerk_words * warm_cpu / all_words:.2f}%)")
        own, children = peak_mb()
        print(f"Peak RSS: this process {own:.0f} MB, largest worker {children:.0f} MB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
