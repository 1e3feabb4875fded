"""Words to lines on hand-placed word boxes: chains of words and the line index of segments."""

from __future__ import annotations

from pipeline.ingest import lines
from pipeline.ingest.lines import Token
from pipeline.records import BBox


def texts(chains) -> list[str]:
    return sorted(" ".join(t.text for t in chain) for chain in chains)


def test_chain_words_joins_words_of_one_baseline_across_font_sizes(place):
    tokens = place.words("Groot", 50, 100, size=16) + place.words("klein naast", 92, 106, size=10)
    tokens += place.words("volgende regel", 50, 130)
    assert texts(lines.chain_words(tokens, gap=10)) == ["Groot klein naast", "volgende regel"]


def test_chain_words_tolerates_ocr_jitter():
    tokens = [Token("een", BBox(50, 103, 65, 110)), Token("Veiligheid", BBox(68, 100, 118, 110)),
              Token("gereserveerd", BBox(121, 103, 181, 113))]
    assert texts(lines.chain_words(tokens, gap=10)) == ["een Veiligheid gereserveerd"]


def test_chain_words_splits_at_wide_gaps_only(place):
    line = place.words("De kosten bedragen", 50, 100) + place.words("Datum", 450, 100)
    assert texts(lines.chain_words(line, gap=10)) == ["Datum", "De kosten bedragen"]


def test_margin_line_between_jittered_body_lines_stays_apart():
    body = [Token("signalen", BBox(300, 150.0, 340, 158)),
            Token("bundelt", BBox(343, 152.5, 378, 160))]
    margin = [Token("Ons", BBox(450, 153.0, 462, 160)),
              Token("kenmerk", BBox(464, 151.0, 490, 158))]
    assert texts(lines.chain_words(body + margin, gap=10)) == ["Ons kenmerk", "signalen bundelt"]


def test_assign_lines_gives_side_by_side_runs_one_line(place):
    chains = [place.words("De kosten bedragen", 50, 100), place.words("Datum", 450, 101),
              place.words("volgende regel", 50, 114)]
    segments = lines.assign_lines(chains)
    assert [(s.text, s.line) for s in segments] == [
        ("De kosten bedragen", 0), ("Datum", 0), ("volgende regel", 1)]


def test_a_segment_knows_its_box_and_text_from_its_words():
    segment = lines.Segment([Token("Ons", BBox(450, 153.0, 462, 160)),
                             Token("kenmerk", BBox(464, 151.0, 490, 158))], line=3)
    assert (segment.x0, segment.top, segment.x1, segment.bottom) == (450, 151.0, 490, 160)
    assert segment.text == "Ons kenmerk" and segment.line == 3


def test_the_callers_unit_gives_the_same_lines(place):
    tokens = place.words("De kosten bedragen", 50, 100) + place.words("Datum", 450, 101)
    tokens += place.words("volgende regel", 50, 114)
    unit = lines.median_height(tokens)
    chains = lines.chain_words(tokens, gap=10)
    assert lines.chain_words(tokens, gap=10, unit=unit) == chains
    assert lines.assign_lines(chains, unit) == lines.assign_lines(chains)
