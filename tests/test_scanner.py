"""The test trees' scanner (``tests/fixtures/scanner.py``): seeded, and each degradation does
to the page what its name says, without touching the scans of the zoos when it is off."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from pipeline.testing import load_test_module

scanner = load_test_module(Path(__file__).resolve().parent / "fixtures" / "scanner.py")


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path_factory.mktemp("scanner") / "printed.pdf"
    canvas = Canvas(str(path), pagesize=(595.0, 842.0))
    canvas.setFont("Helvetica-Bold", 8)
    canvas.drawString(440, 842 - 150, "Datum")
    canvas.setFont("Helvetica", 10)
    canvas.drawString(70, 842 - 300, "Geachte heer, mevrouw, hierbij ontvangt u het besluit.")
    canvas.showPage()
    canvas.save()
    return path


def pixels(path: Path, seed: int, machine) -> np.ndarray:
    return np.asarray(scanner.page_images(path, seed, machine)[0])


def test_the_same_seed_gives_the_same_scan_and_another_seed_another(printed):
    for name in scanner.DEGRADATIONS:
        machine = scanner.degrade(scanner.KINDS_ZOO, name)
        assert np.array_equal(pixels(printed, 3, machine), pixels(printed, 3, machine)), name
    assert not np.array_equal(pixels(printed, 3, scanner.LETTER_ZOO), pixels(printed, 4, scanner.LETTER_ZOO))


def test_a_stamp_over_a_word_that_is_not_printed_leaves_the_scan_as_it_was(printed):
    """The added degradations draw from a generator of their own: the zoos' scans do not move."""
    stamped = scanner.KINDS_ZOO.but(stamps=(scanner.Stamp(over="Kenmerk"),))
    assert np.array_equal(pixels(printed, 9, scanner.KINDS_ZOO), pixels(printed, 9, stamped))


def test_a_stamp_darkens_the_field_it_is_laid_over_and_nothing_far_from_it(printed):
    clean = pixels(printed, 5, scanner.KINDS_ZOO.but(turn=None, specks=0))
    stamped = pixels(printed, 5, scanner.degrade(scanner.KINDS_ZOO.but(turn=None, specks=0), "stamp_on_date"))
    changed = np.argwhere(stamped < clean)
    assert len(changed) > 500
    # Datum stands at x 440 pt, 150 pt from the top (at 300 dpi: 1833, 625 pixels).
    ys, xs = changed[:, 0], changed[:, 1]
    assert 1700 < xs.min() and ys.min() > 500 and ys.max() < 900


def test_a_fax_is_black_and_white_at_200_dpi(printed):
    image = scanner.page_images(printed, 1, scanner.degrade(scanner.KINDS_ZOO, "fax"))[0]
    assert abs(image.width - 595 * 200 / 72) < 2
    assert set(np.unique(np.asarray(image))) <= {0, 255}


def test_faded_toner_leaves_no_black_and_bleed_through_greys_the_paper(printed):
    faded = pixels(printed, 2, scanner.KINDS_ZOO.but(specks=0, turn=None, contrast=(120, 215)))
    assert faded.min() >= 110 and faded.max() <= 216
    clean = pixels(printed, 2, scanner.KINDS_ZOO.but(specks=0, turn=None))
    through = pixels(printed, 2, scanner.KINDS_ZOO.but(specks=0, turn=None, bleed=0.35))
    assert (through < clean).sum() > 1000 and (through <= clean).all()


def test_a_jpeg_scan_is_a_smaller_file(printed, tmp_path):
    plain = scanner.scan_pdf(printed, tmp_path / "plain.pdf", 1, scanner.KINDS_ZOO.but(specks=0))
    coarse = scanner.scan_pdf(printed, tmp_path / "coarse.pdf", 1, scanner.KINDS_ZOO.but(specks=0, jpeg=18))
    assert coarse.stat().st_size < plain.stat().st_size
