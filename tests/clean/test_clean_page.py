"""clean_page end to end: the offset map, the corpus documents, PDF pages with boxes."""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean import clean_page
from pipeline.clean.resources import unicode_rules
from pipeline.extract.redactions import REDACTIONS
from pipeline.ingest import read_document
from pipeline.nlp import annotate
from pipeline.records import BBox, RawPage

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def corpus_page(prefix: str) -> RawPage:
    path = next(CORPUS.glob(f"{prefix}_*.txt"))
    pages = read_document(path, source=path.name).pages
    assert len(pages) == 1
    return pages[0]


def related(clean_char: str, raw_char: str) -> bool:
    """How a clean character may differ from the raw character it maps to (see pipeline.clean)."""
    rules = unicode_rules()
    return (
        clean_char == raw_char
        or clean_char in rules.ligatures.get(raw_char, "")
        or unicodedata.normalize("NFD", clean_char)[0] == raw_char
        or (clean_char == " " and (raw_char in rules.spaces or raw_char.isspace()))
        or (clean_char == "\n" and (raw_char in rules.line_breaks or raw_char.isspace()))
    )


def assert_map_exact(page, inserted_newlines_ok: bool = True) -> None:
    raw = page.raw.text
    assert len(page.raw_offsets) == len(page.text) + 1
    for i, char in enumerate(page.text):
        offset = page.raw_offsets[i]
        assert 0 <= offset < len(raw), (i, char)
        # margin-block line breaks map to the label/value they introduce
        if char == "\n" and inserted_newlines_ok and not raw[offset].isspace():
            continue
        assert related(char, raw[offset]), (i, char, raw[offset])


def body_and_block(page) -> tuple[str, str]:
    body, _, block = page.text.rpartition("\n\n")
    return body, block


# --- document 003: naive OCR of a letter ------------------------------------------------


@pytest.fixture(scope="module")
def letter_003():
    return clean_page(corpus_page("003"))


def test_003_map_is_exact(letter_003):
    assert_map_exact(letter_003)


def test_003_margin_labels_leave_the_body(letter_003):
    body, block = body_and_block(letter_003)
    for line in body.split("\n"):
        for label in ("Ons kenmerk", "Datum", "Pagina"):
            assert label not in line
    assert "28 januari 2016" not in body
    assert block.split("\n")[:2] == ["Ons kenmerk", "Pagina"]
    assert "Datum\n28 januari 2016" in block
    assert ("Datum", "28 januari 2016") in letter_003.margin_fields


def test_003_sentences_are_joined(letter_003):
    text = letter_003.text
    for sentence in (
        "het aanbod van het Ministerie van Veiligheid en Justitie voor versterkingsgelden ten "
        "behoeve van de lokale aanpak radicalisering.",
        "De huidige aanpak van radicalisering in Flevoland sluit aan bij het landelijk "
        "actieprogramma",
        "Hierover vindt nauwe afstemming plaats met gemeenten",
        "een impuls te geven, rekening houdend met de lokale situatie",
        "getraind in het herkennen, duiden van radicalisering",
        "1. Deskundigheidsbevordering van eerstelijnswerkers",
    ):
        assert sentence in text


def test_003_headings_lists_and_table_stay_lines(letter_003):
    lines = letter_003.text.split("\n")
    for line in ("Huidige aanpak", "Aanvraag versterkingsgelden", "1. Deskundigheidsbevordering.",
                 "2. Netwerkregie", "Gemeente 1 daagse 2 daagse", "Almere 6 6", "Dronten |",
                 "Urk ]", "Tot slot", "Hoogachtend,"):
        assert line in lines


def test_003_redactions(letter_003):
    found = [letter_003.text[a:b] for a, b in letter_003.redactions]
    for debris in ("fx\u00aee", "p\u00aee", "g\u00aee", "\u00a5\u00aee"):
        assert debris in found
    assert [x for x in found if len(x) == 1] == ["|", "B", "g", "]", "]"]
    assert len(found) == 9


def test_003_redactions_do_not_change_the_text(letter_003):
    for a, b in letter_003.redactions:
        raw_start, raw_end = letter_003.raw_span(a, b)
        assert letter_003.raw.text[raw_start:raw_end] == letter_003.text[a:b]


def test_003_quality_is_measured(letter_003):
    assert 0.8 < letter_003.quality < 1.0


# --- born-digital corpus text: essentially unchanged --------------------------------------


@pytest.mark.parametrize("prefix", ["000", "001", "004"])
def test_born_digital_text_is_unchanged(prefix):
    page = clean_page(corpus_page(prefix))
    assert page.text == page.raw.text.strip()
    assert page.redactions == () and page.garbage_lines == () and page.margin_fields == ()
    assert page.quality > 0.95


def test_002_only_no_break_spaces_change():
    page = clean_page(corpus_page("002"))
    assert page.text == page.raw.text.strip().replace("\u00a0", " ")
    assert "15 september 2017" in page.text
    assert_map_exact(page)


def test_002_question_and_answer_headings_stay_lines():
    lines = clean_page(corpus_page("002")).text.split("\n")
    for heading in ("Vraag 1", "Antwoord 1", "Ja", "Vraag 5", "Antwoord 2, 3 en 4", "Antwoord 5"):
        assert heading in lines


def test_004_title_and_bullets_stay_lines():
    page = clean_page(corpus_page("004"))
    lines = page.text.split("\n")
    assert lines[0] == "Programma 10: Veiligheid"
    assert "10.1.6 Radicalisering en Jihadisme" in lines
    bullets = [line for line in lines if line.lstrip().startswith("\u2022")]
    assert len(bullets) == 9
    assert "Wat wilden we bereiken in 2018?" in lines


# --- a born-digital PDF letter: boxes through the map -------------------------------------


@pytest.fixture(scope="module")
def letter_pages(letter_raw):
    return [clean_page(p) for p in letter_raw.pages]


def test_pdf_letter_body_reads_as_written(letter_pages, built_letter):
    for page, body in zip(letter_pages, built_letter.body_pages, strict=True):
        assert page.text.startswith(body + "\n\nDatum\n")
        assert_map_exact(page)


def test_pdf_letter_margin_fields_are_ingests(letter_pages, letter_raw):
    for page, raw in zip(letter_pages, letter_raw.pages, strict=True):
        assert page.margin_fields == raw.margin_fields
    assert ("Datum", "28 januari 2016") in letter_pages[0].margin_fields


def _union(words) -> BBox:
    return BBox(min(w.x0 for w in words), min(w.top for w in words),
                max(w.x1 for w in words), max(w.bottom for w in words))


def _close(a: BBox, b: BBox, tolerance: float = 1.5) -> bool:
    return all(abs(x - y) <= tolerance for x, y in
               zip((a.x0, a.top, a.x1, a.bottom), (b.x0, b.top, b.x1, b.bottom), strict=True))


@pytest.mark.parametrize("phrase", ["€ 950.000", "€ 125.000", "Flevolandse", "28 januari 2016"])
def test_pdf_bbox_of_a_clean_range_is_the_drawn_box(letter_pages, built_letter, phrase):
    page = letter_pages[0]
    start = page.text.index(phrase)
    box = page.bbox(start, start + len(phrase))
    assert box is not None
    assert _close(box, _union(built_letter.find(phrase, page=1)))


def test_pdf_bbox_across_a_joined_line_break_covers_both_lines(letter_pages):
    page = letter_pages[0]
    phrase = "van € 950.000"  # 'van' ends one printed line, '€ 950.000' starts the next
    start = page.text.index(phrase)
    first = page.bbox(start, start + 3)
    second = page.bbox(start + 4, start + len(phrase))
    assert first.top < second.top  # two printed lines, joined by the clean stage
    assert page.bbox(start, start + len(phrase)) == BBox.union([first, second])


def test_pdf_redaction_box_is_found(letter_pages, built_letter):
    page = letter_pages[0]
    assert len(page.redactions) == 1
    a, b = page.redactions[0]
    assert page.text[a:b] == "\u2588 5.1.2e"
    box = page.bbox(a, b)
    drawn = built_letter.redaction_boxes[0]
    assert box.x0 <= drawn.x0 + 1 and box.x1 >= drawn.x1 - 1


# --- any text: the map stays exact ------------------------------------------------------

PIECES = st.sampled_from([
    "de", "gemeente", "Almere", "radi-", "calisering", "links-", "en", "Noord-", "Holland",
    "\ufb01nanciering", "e\u0301", "\u00a0", "\u00ad", "\x07", "\r\n", "\n", "\n\n", " ", "  ",
    "1.", "\u2022", "(2)", "Datum", "Ons kenmerk", "Pagina", "28 januari 2016", "23",
    "g\u00aee", "5.1.2e", "\u2588", "[\u2026]", "xxx", "|", "6", "\t", "\u2028", "\ufeff",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=60).map("".join))
def test_any_text_keeps_an_exact_map(text):
    page = clean_page(RawPage(number=1, text=text, method="text"))
    assert_map_exact(page)
    for a, b in page.redactions + page.garbage_lines:
        assert 0 <= a <= b <= len(page.text)
    if page.quality is not None:
        assert 0.0 <= page.quality <= 1.0


def test_clean_is_linear_time():
    paragraph = (
        "De gemeente heeft in het afgelopen jaar samen met politie, onderwijs en de\n"
        "jeugdzorg gewerkt aan een betere radi-\ncalisering aanpak in de wijken. Daarbij\n"
        "Almere 6 6\nDronten |\nUrk ]\nkosten g\u00aee en 5.1.2e\n\n"
    )

    def seconds(n: int) -> float:
        # CPU seconds of this process, best of three: other work on a shared machine stretches wall
        # time and one slow run, not the cleaner.
        page = RawPage(number=1, text=paragraph * n, method="text")
        runs = []
        for _ in range(3):
            start = time.process_time()
            clean_page(page)
            runs.append(time.process_time() - start)
        return min(runs)

    small, large = seconds(200), seconds(1600)
    # 8x the text may take at most ~16x the time (noise), never quadratic (64x).
    assert large < max(16 * small, 0.5)


def test_003_redactions_reach_the_doc_as_whole_tokens(nlp, letter_003):
    doc = annotate(nlp, letter_003)
    spans = [span.text for span in doc.spans[REDACTIONS]]
    assert spans == [letter_003.text[a:b] for a, b in letter_003.redactions]
