"""kenmerk show: one fact with its value, document, page and the marked sentence."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from pipeline.review.show import describe, mark, sentence_around
from pipeline.run import run
from pipeline.verdicts import make_verdict, record

TEXT = ("Inleiding van de brief.\n\nHet gaat om Den Haag (€ 950.000) en Delft (€ 535.000). "
        "Een tweede zin volgt hier.")


def test_the_sentence_around_a_span_and_its_mark():
    start = TEXT.index("€ 950.000")
    sentence, s, e = sentence_around(TEXT, start, start + 9)
    assert sentence == "Het gaat om Den Haag (€ 950.000) en Delft (€ 535.000)."
    assert sentence[s:e] == "€ 950.000"
    assert mark(sentence, s, e, colour=False) == "Het gaat om Den Haag (»€ 950.000«) en Delft (€ 535.000)."
    assert "\033[7m€ 950.000\033[0m" in mark(sentence, s, e, colour=True)


@pytest.fixture
def out(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "nieuws.txt").write_text(TEXT, encoding="utf-8")
    run([tmp_path / "in"], tmp_path / "out", workers=1, progress=False)
    return tmp_path / "out"


def test_describe_prints_value_document_page_sentence_and_verdict(out):
    fact = next(r for r in pq.read_table(out / "amounts.parquet").to_pylist() if r["text"] == "€ 950.000")
    record(out, [make_verdict(fact["fact_id"], "confirmed", by="Anna", note="klopt met bron")])
    text = describe(out, fact["fact_id"][:10])
    for part in ("950.000,00 EUR", "GM0518 's-Gravenhage", "nieuws.txt", "page 1", fact["fact_id"],
                 "»€ 950.000«", "confirmed by Anna", "klopt met bron", "rule:"):
        assert part in text, part
