"""Broken and awkward inputs, built by the tests themselves, and checks on a run's outputs.

No binary file is committed: every PDF is drawn with reportlab, every broken
file is made from a good one or from a few bytes. The helpers are handed out
as fixtures (test folders are not packages).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.tables import file_sha256
from schemas import SCHEMAS

# Sentences in the style of a municipal letter; {n} makes each document's bytes unique.
DUTCH_LINES = (
    "De gemeente Utrecht ontvangt voor {n} een bijdrage van € 45.000 voor de aanpak van huiselijk geweld.",
    "Het college heeft de raad op 12 maart 2016 geïnformeerd over de besteding van deze middelen.",
    "In totaal hebben 120 professionals de basistraining gevolgd bij het Kenniscentrum.",
    "Wij verzoeken u de verantwoording vóór 1 juli 2017 in te dienen bij het ministerie.",
)


def dutch_text(n: int) -> str:
    """A short Dutch letter text, different for every ``n``."""
    return "\n".join(line.format(n=f"het project {n}") for line in DUTCH_LINES) + "\n"


def pdf_page_text(n: int) -> str:
    """Thirty distinct lines: enough text that no line looks like a running header."""
    return "\n".join(f"Regel {i} van pagina {n}: de gemeente Utrecht ontvangt in 2016 € {n}{i}.000."
                     for i in range(1, 31))


def image_only_pdf_bytes() -> bytes:
    """A PDF whose only page is a picture of text (a scan without a text layer)."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(DUTCH_LINES):
        draw.text((100, 200 + 40 * i), line.format(n="scan"), fill=0)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawImage(ImageReader(image), 0, 0, width=595, height=842)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def blots_pdf_bytes(seed: int = 7) -> bytes:
    """A PDF whose only page is a picture of grey blots: a scan OCR finds no text on."""
    import random

    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    image = Image.new("L", (850, 1100), 255)
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x, y = rng.randrange(700), rng.randrange(950)
        draw.ellipse((x, y, x + rng.randint(40, 150), y + rng.randint(40, 150)), fill=rng.randrange(120))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawImage(ImageReader(image), 0, 0, width=595, height=842)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def zip_bytes() -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def tables_of(out: Path) -> dict:
    return {name: pq.read_table(Path(out) / f"{name}.parquet") for name in SCHEMAS}


def assert_outputs_intact(out: Path) -> dict:
    """Every table is there, readable, of its schema, and the one ``run.json`` names."""
    manifest = json.loads((Path(out) / "run.json").read_text(encoding="utf-8"))
    tables = tables_of(out)
    for name, schema in SCHEMAS.items():
        assert tables[name].schema.equals(schema, check_metadata=False), name
        entry = manifest["tables"][name]
        assert file_sha256(Path(out) / entry["file"]) == entry["sha256"], name
        assert tables[name].num_rows == entry["rows"], name
    assert not (Path(out) / ".kenmerk" / "staging").exists()
    assert not list(Path(out).glob(".*.tmp")), "a temp file was left behind"
    return tables


def error_rows(out: Path, source: Path | str) -> list[dict]:
    return [r for r in pq.read_table(Path(out) / "errors.parquet").to_pylist() if r["source"] == str(source)]


def document_sources(out: Path) -> set[str]:
    return set(pq.read_table(Path(out) / "documents.parquet").column("source").to_pylist())


class Inputs:
    """A folder of inputs with one good Dutch document already in it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.good = self.write("goed.txt", dutch_text(0).encode("utf-8"))
        self._n = 0

    def write(self, name: str, data: bytes) -> Path:
        path = self.folder / name
        path.write_bytes(data)
        return path

    def good_document(self, name: str | None = None) -> Path:
        self._n += 1
        return self.write(name or f"goed_{self._n}.txt", dutch_text(self._n).encode("utf-8"))


@pytest.fixture
def inputs(tmp_path) -> Inputs:
    return Inputs(tmp_path / "in")


@pytest.fixture
def out(tmp_path) -> Path:
    return tmp_path / "out"


@pytest.fixture
def build(documents):
    """The input builders, for tests that make their own files."""

    class Builders:
        dutch_text = staticmethod(dutch_text)
        pdf_bytes = staticmethod(documents.pdf_bytes)
        pdf_page_text = staticmethod(pdf_page_text)
        image_only_pdf_bytes = staticmethod(image_only_pdf_bytes)
        blots_pdf_bytes = staticmethod(blots_pdf_bytes)
        zip_bytes = staticmethod(zip_bytes)

    return Builders


@pytest.fixture
def check():
    """The output checks."""

    class Checks:
        outputs_intact = staticmethod(assert_outputs_intact)
        error_rows = staticmethod(error_rows)
        document_sources = staticmethod(document_sources)
        tables_of = staticmethod(tables_of)

    return Checks
