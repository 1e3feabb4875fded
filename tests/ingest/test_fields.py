"""A scan's date fields read a second time: which fields, when, and what replaces the first reading."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from pipeline.ingest import fields, ocr
from pipeline.ingest.fields import FIELDS_REREAD, date_labels, holds_date, margin_columns, reread_fields
from pipeline.ingest.lines import Token
from pipeline.ingest.rules import ingest_rules
from pipeline.records import BBox
from pipeline.testing import load_test_module

A4 = (595.0, 842.0)
SIZE = 7.0


def _line(text: str, x: float, top: float, size: float = SIZE) -> list[Token]:
    """The words of ``text`` from ``x`` on, as OCR boxes about ``size`` points high."""
    out, at = [], x
    for word in text.split():
        width = 0.55 * size * len(word)
        out.append(Token(word, BBox(at, top, at + width, top + size)))
        at += width + 0.3 * size
    return out


def _page(column: list[str], body: int = 12, column_at: float = 440.0) -> list[Token]:
    """A Rijkshuisstijl first page: body lines from x 70 to about 400, and ``column``'s lines
    in the margin column at ``column_at``, a blank line between its fields ('' in ``column``)."""
    tokens = []
    for i in range(body):
        tokens += _line("De gemeente ontvangt een bijdrage voor het sportakkoord in de regio", 70, 140 + 14 * i, 9)
    for i, text in enumerate(column):
        tokens += _line(text, column_at, 140 + 10 * i)
    return tokens


@pytest.mark.parametrize("text, expected", [
    ("12 juni 2025", True),
    ("4 jan. 2025", True),
    ("Datum 21.11.2024", True),
    ("2024-03-12", True),
    ("3 maart, 2025", True),
    ("4 januar: 2025", False),   # the month misread
    ("Oatum 2 11.2024", False),  # a separator and a figure lost
    ("geh 2023", False),
    ("12 juni", False),          # no year
    ("juni 2025", False),        # no day
    ("32 juni 2025", False),
    ("elnilnsort4 februari 2024", False),  # a figure of the day glued to other print
    ("21.13.2024", False),
    ("kenmerk 2025-0000331772", False),
])
def test_a_complete_date_has_a_day_a_month_and_a_year(text, expected):
    assert holds_date(_line(text, 440, 150)) is expected


def test_a_date_is_read_line_by_line():
    day_and_month, year = _line("12 juni", 440, 150), _line("2025", 440, 160)
    assert not holds_date(day_and_month + year)


@pytest.mark.parametrize("word, label", [
    ("Datum", True), ("Datum:", True), ("Datuen", True), ("Oatum", True), ("Detum", True),
    ("Datum*SOS", True), ("Dagtekenlng", True), ("Verzondea:", True),
    ("ingezonden", False), ("verzoek", False), ("Status", False), ("Dat", False), ("Kenmerk", False),
    ("elnilnsort4", False),
])
def test_a_word_reads_like_a_date_label_with_a_few_letters_misread(word, label):
    rules = ingest_rules()
    tokens = _line(f"{word} 12", 70, 150)
    assert bool(date_labels(tokens, rules.date_field_labels, rules.fields)) is label


def test_a_two_word_label_needs_both_words():
    rules = ingest_rules()
    assert [t.text for t in date_labels(_line("Ons kenrnerk 2024/17", 70, 150),
                                        rules.date_field_labels, rules.fields)] == ["Ons"]
    assert not date_labels(_line("Ons verzoek", 70, 150), rules.date_field_labels, rules.fields)
    assert not date_labels(_line("ODRN-24-0412 kenmerk", 70, 150), rules.date_field_labels, rules.fields)


@pytest.mark.parametrize("column, unread", [
    (["Directie Sport", "", "end mn", "", "Kenmerk", "2025-0000331772"], True),  # no date at all
    (["geh 2023", "", "Kenmerk", "3590221-1045561-WJZ", "", "Uw brief", "1 november 2022"], True),
    (["Oatum", "4 januar: 2025", "", "Uw brief", "1 november 2022"], True),
    (["Datum", "22 mei 2023", "", "Kenmerk", "2023-0000912345", "", "Uw brief", "1 november 2022"], False),
    (["Datum", "22 mei 2023", "", "Ons kenmerk", "2023/17"], False),
])
def test_a_field_leaves_its_date_unread_without_a_complete_date_or_beside_a_lone_year(column, unread):
    tokens = [t for i, text in enumerate(column) for t in _line(text, 440, 140 + 10 * i)]
    assert fields.date_unread(tokens, ingest_rules()) is unread


def test_a_margin_column_is_found_right_of_the_body():
    rules = ingest_rules().fields
    tokens = _page(["Directie Sport", "Postbus 20350", "", "end mn", "", "Kenmerk", "2025-0000331772"])
    [column] = margin_columns(tokens, A4[0], SIZE, rules)
    assert 430 < column.x0 < 440 and column.x1 == A4[0]
    assert 130 < column.top < 140 and 207 < column.bottom < 215


def test_lines_that_run_through_it_make_no_margin_column():
    rules = ingest_rules().fields
    tokens = _page(["Directie Sport", "Postbus 20350", "Kenmerk", "2025-0000331772"])
    tokens += _line("een regel die van de linker kantlijn tot ver over de kolom loopt, tot aan de rechter kantlijn", 70, 155, 9)
    assert margin_columns(tokens, A4[0], SIZE, rules) == []


def test_a_column_of_two_lines_is_no_margin_column():
    rules = ingest_rules().fields
    assert margin_columns(_page(["Kenmerk", "2025-0000331772"]), A4[0], SIZE, rules) == []


class _Reader:
    """Stands in for ``read_field``: each field read again gives ``lines`` (text, top on the
    page) from the field's left edge, read with only its darkest print ``dark`` (or the same
    lines), and the calls are counted."""

    def __init__(self, lines: list[tuple[str, float]], dark: list[tuple[str, float]] | None = None):
        self.lines, self.dark, self.calls = lines, dark, 0

    def __call__(self, image, scale, box, rules, read, dark=False):
        self.calls += 1
        lines = self.dark if dark and self.dark is not None else self.lines
        return [t for text, top in lines for t in _line(text, box.x0 + 3, top)]


def _reread(monkeypatch, column: list[str], again: list[tuple[str, float]], page: int = 1,
            dark: list[tuple[str, float]] | None = None):
    reader = _Reader(again, dark)
    monkeypatch.setattr(fields, "read_field", reader)
    page_image = SimpleNamespace(width=round(A4[0] * 300 / 72), height=round(A4[1] * 300 / 72))
    tokens = reread_fields(page_image, 300 / 72, _page(column), page, ingest_rules(), read=None)
    return tokens, reader.calls


GARBLED = ["Directie Sport", "Postbus 20350", "", "end mn", "", "Kenmerk", "2025-0000331772"]


def test_a_margin_date_the_first_reading_garbled_is_replaced_by_the_second(monkeypatch):
    # The fields as the second reading sees them: a blank line between them.
    again = [("Directie Sport", 140), ("Postbus 2O350", 150), ("Datum", 166), ("12 juni 2025", 174),
             ("Kenmerk", 190), ("2025-0000331772", 200)]
    tokens, calls = _reread(monkeypatch, GARBLED, again)
    assert calls == 1 and tokens is not None
    texts = [t.text for t in tokens]
    assert "end" not in texts and texts[-4:] == ["Datum", "12", "juni", "2025"]
    # The fields whose second reading holds no date stay as first read.
    assert "20350" in texts and "2O350" not in texts and texts.count("Kenmerk") == 1


@pytest.mark.parametrize("column, page", [
    (["Directie Sport", "", "Datum", "12 juni 2025", "", "Kenmerk", "2025-0000331772"], 1),  # read well
    (GARBLED, 3),  # past the first pages
])
def test_a_field_read_well_or_past_the_first_pages_is_not_read_again(monkeypatch, column, page):
    tokens, calls = _reread(monkeypatch, column, [("Datum", 170), ("12 juni 2025", 180)], page)
    assert tokens is None and calls == 0


def test_a_second_reading_without_a_complete_date_replaces_nothing(monkeypatch):
    tokens, calls = _reread(monkeypatch, GARBLED, [("Datuen", 170), ("2 xee 2025", 180)])
    assert tokens is None and calls == 2  # as printed, then its darkest print only


def test_a_field_under_a_stamp_is_read_from_its_darkest_print(monkeypatch):
    stamped = [("Ja ABe", 166), ("Onze referentie", 190)]
    dark = [("Datum", 166), ("14 januari 2025", 174), ("Onze referentie", 190)]
    tokens, calls = _reread(monkeypatch, GARBLED, stamped, dark=dark)
    assert calls == 2 and [t.text for t in tokens][-4:] == ["Datum", "14", "januari", "2025"]


def test_only_the_print_darker_than_the_cut_stays_and_a_field_without_grey_ink_is_not_read_twice():
    from PIL import Image, ImageDraw

    page = Image.new("L", (400, 200), 255)
    draw = ImageDraw.Draw(page)
    draw.rectangle((40, 40, 200, 50), fill=0)         # print
    draw.rectangle((20, 90, 380, 190), fill=120)      # a stamp's grey ink, a large area
    rules = ingest_rules().fields
    box = BBox(0, 0, 100, 50)  # points, at 4 pixels a point
    canvas, _ = fields.field_image(page, 4.0, box, rules, dark=True)
    border = fields.BORDER_PX
    assert canvas.getpixel((border + 240, border + 90)) == 0       # the print, enlarged
    assert canvas.getpixel((border + 240, border + 280)) == 255    # the stamp, gone
    draw.rectangle((20, 90, 380, 190), fill=0)  # the same as black print: no grey ink over it
    assert fields.field_image(page, 4.0, box, rules, dark=True)[0] is None


def test_a_label_outside_the_column_is_read_with_the_lines_under_it_up_to_the_column(monkeypatch):
    rules = ingest_rules()
    tokens = _page(GARBLED) + _line("Oatum", 70, 400, 9) + _line("2 rnaart 2024", 70, 413, 9)
    regions = fields.field_regions(tokens, A4[0], rules)
    label = next(r for r in regions if r.top < 400 < r.bottom)
    assert label.x0 < 70 and label.x1 < 440 and label.bottom > 413 + 9


# --- On scans (tesseract) ---------------------------------------------------------------------

build = load_test_module(Path(__file__).resolve().parents[1] / "layouts" / "build.py")
needs_tesseract = pytest.mark.skipif(ocr.tesseract_problem("nld") is not None, reason="no tesseract")


def _kamerbrief(folder: Path, date: str, seed: int) -> Path:
    """A Rijkshuisstijl letter whose margin column (7 pt) sets ``Datum`` and its date level
    with the subject line, scanned as the zoos scan (turned, blurred, speckled)."""
    lines = ["> Ministerie van Onderwijs, Cultuur en Wetenschap",
             "> Retouradres Postbus 16375 2500 BJ Den Haag", "",
             "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Postbus 20018", "2500 EA DEN HAAG", "",
             f"M Datum|{date}", "M Ons kenmerk|2024-0000912345",
             "Betreft Voortgang van de regeling voor schoolmaaltijden in het primair onderwijs", "",
             "Geachte voorzitter,", "",
             "Met deze brief informeer ik uw Kamer over de voortgang van de regeling. Scholen in "
             "veertig gemeenten doen mee; de bijdrage voor dit jaar is 12 miljoen euro.", "",
             "De minister van Onderwijs, Cultuur en Wetenschap,", "", "", "E. Bruins"]
    drawn = build.build_pdf([lines], folder / "brief.pdf")
    return build.scan_pdf(drawn, folder / "brief_scan.pdf", seed=seed)


def _counted(monkeypatch) -> list[str]:
    """The configs of each tesseract reading of ``ocr_image`` from now on."""
    configs, read = [], ocr._read

    def counted(image, scale, rules, *args, **kwargs):
        configs.append(rules.config)
        return read(image, scale, rules, *args, **kwargs)

    monkeypatch.setattr(ocr, "_read", counted)
    return configs


@pytest.mark.slow
@needs_tesseract
@pytest.mark.parametrize("date, seed", [("12 juni 2025", 3), ("28 november 2023", 99), ("9 oktober 2024", 7)])
def test_a_small_margin_date_of_a_scan_is_read_with_its_date(tmp_path, monkeypatch, date, seed):
    from pipeline.ingest import read_document

    path = _kamerbrief(tmp_path, date, seed)
    configs = _counted(monkeypatch)
    page = read_document(path, source="brief_scan.pdf").pages[0]
    # The first reading lost the date (else the field is not read again, nor noted).
    assert configs == ["--psm 3", fields.FIELD_CONFIG]
    assert page.layout_notes == (FIELDS_REREAD,)
    assert f"Datum\n{date}" in page.text


@pytest.mark.slow
@needs_tesseract
def test_a_scan_whose_fields_read_well_is_read_once(scanned_letter, monkeypatch):
    from pipeline.ingest import read_document

    configs = _counted(monkeypatch)
    page = read_document(scanned_letter.path, source="brief_scan.pdf").pages[0]
    assert "Datum\n28 januari 2016" in page.text  # its margin column, read well the first time
    assert fields.FIELD_CONFIG not in configs and FIELDS_REREAD not in page.layout_notes


def _boxed_line(top: float) -> list[Token]:
    """A line of the first reading with a redaction box: the mark, its code, a word after it."""
    return [Token("\u2588", BBox(150, top - 1, 194, top + SIZE + 1))] + _line("5.1.2e (gemeente)", 196, top)


def test_a_line_with_a_redaction_box_stays_as_first_read_beside_a_date_read_again():
    # A released verslag: 'Aanwezig ■ 5.1.2e (gemeente)' under a 'Datum overleg' that the first
    # reading garbled; the second reading gives back the box as debris ('MNN').
    first = _line("Datum overleg 12 okt0ber 2O22", 70, 150) + _boxed_line(160)
    again = _line("Datum overleg 12 oktober 2022", 70, 150) + _line("Aanwezig MNN 5: 2e (gemeente)", 70, 160)
    region = BBox(60, 140, 440, 175)
    tokens = fields.with_dates(first, again, region, ingest_rules().fields)
    texts = [t.text for t in tokens]
    assert "oktober" in texts and "okt0ber" not in texts
    assert "\u2588" in texts and "5.1.2e" in texts and "MNN" not in texts and "Aanwezig" not in texts


def test_a_block_without_boxes_is_replaced_whole():
    first = _line("Datum overleg 12 okt0ber 2O22", 70, 150) + _line("Aanwezig Jansen (gemeente)", 70, 160)
    again = _line("Datum overleg 12 oktober 2022", 70, 150) + _line("Aanwezig Janssen (gemeente)", 70, 160)
    tokens = fields.with_dates(first, again, BBox(60, 140, 440, 175), ingest_rules().fields)
    assert [t.text for t in tokens] == [t.text for t in again]
