"""Cache entries as JSON: every record type back exactly, and nothing but records read back."""

from __future__ import annotations

import dataclasses
import json
import pickle
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

import pipeline.run.codec as codec
from pipeline import records
from pipeline.records import (
    AmountFact,
    BBox,
    CleanPage,
    DateFact,
    DocumentInfo,
    DocumentResult,
    MunicipalityFact,
    ProcessingError,
    QuestionRecord,
    RawPage,
    Redaction,
    RegionFact,
    TrainingFact,
    Word,
)
from pipeline.run.codec import CodecError, decode, encode

WHERE = {"doc_id": "0123456789abcdef", "page": 1, "char_start": 3, "char_end": 12, "context": "zin",
         "rule": "r"}


def _full_result() -> DocumentResult:
    """A result with every record type and the awkward values: Decimals with trailing zeros and
    exponents, dates, aware datetimes, nested tuples, None, floats that are no short decimal,
    characters outside ASCII (also a lone surrogate)."""
    box = BBox(70.0, 100.25, 0.1 + 0.2, 1e-300)
    raw = RawPage(number=1, text="Almere █ € 1.234,50 \ud800", method="pdf+ocr", width=595.0, height=842.0,
                  words=(Word("Almere", 0, 6, box), Word("█", 7, 8, BBox(1.0, 2.0, 3.0, 4.0))),
                  ocr_confidence=87.5, furniture=("Pagina 1 van 2",), margin_fields=(("Datum", "28 januari 2016"),),
                  n_tables=1, layout_notes=("table_read_as_lines", "scan_downscaled"), method_reason="image_regions")
    page = CleanPage(number=1, text="Almere █ € 1.234,50", raw=raw, raw_offsets=tuple(range(20)),
                     redactions=((7, 8),), garbage_lines=(), quality=2 / 3,
                     margin_fields=(("Datum", "28 januari 2016"),),
                     redaction_grounds=(Redaction(page=1, box=1, char_start=7, char_end=8, seen_as="both",
                                                  code="5.1.2e", ground="privacy", law="Woo", x0=1.0, top=2.0,
                                                  x1=3.0, bottom=4.0),))
    info = DocumentInfo(doc_id="0123456789abcdef", source="in/a.pdf", doc_type="brief", doc_type_rule="t",
                        doc_date="2016-01-28", title=None, n_pages=1, ingest="pdf", language="nl",
                        pipeline_version="1.0+rules.abc", doc_date_span=(1, 0, 15), doc_date_rule="margin_datum",
                        doc_kind="woo_besluit")
    return DocumentResult(
        source="in/a.pdf", info=info, pages=(page,),
        amounts=(AmountFact(**WHERE, fact_id="a1", text="€ 1.234,50", value_eur=Decimal("1234.50"),
                            value_eur_max=Decimal("7E+6"), qualifier=None, value_in_currency=Decimal("-0.00"),
                            x0=70.0, top=100.25, x1=120.0, bottom=110.0),
                 AmountFact(**WHERE, fact_id="a2", text="█", value_eur=None, redacted=True)),
        municipalities=(MunicipalityFact(**WHERE, fact_id="m1", text="Almere", code="GM0034", name="Almere",
                                         province=None, via_place="Almere Haven"),),
        dates=(DateFact(**WHERE, fact_id="d1", text="28 januari 2016", value="2016-01-28",
                        start=date(2016, 1, 28), end=date(2016, 1, 28), anchor=None),
               DateFact(**WHERE, fact_id="d2", text="2016", value="2016", granularity="year")),
        trainings=(TrainingFact(**WHERE, fact_id="t1", text="basistraining", duration_days=1.5, participants=120,
                                year="2016"),),
        questions=(QuestionRecord(doc_id="0123456789abcdef", fact_id="q1", number=1, question="Waarom?",
                                  answer=None, answer_shared=False, member="X", party=None, addressed_to=None,
                                  answered_by=None, submitted=None, received="2016-02-01", footnotes=("1", "2"),
                                  page=1, question_start=0, question_end=7),),
        regions=(RegionFact(**WHERE, fact_id="r1", text="Flevoland", code=None, name="Flevoland",
                            kind="province"),),
        errors=(ProcessingError("in/a.pdf", "ingest", "broken_pdf", "zin", doc_id=None,
                                time=datetime(2026, 12, 5, 2, 30, 1, 123456, tzinfo=UTC)),
                ProcessingError("in/a.pdf", "x", "y", "z",
                                time=datetime(2026, 1, 1, tzinfo=timezone(timedelta(hours=1))))),
    )


def test_every_record_type_comes_back_exactly():
    result = _full_result()
    back = decode(encode(result))
    assert back == result
    # repr tells Decimal('1234.50') from Decimal('1234.5'), a tuple from a list, UTC from +01:00.
    assert repr(back) == repr(result)
    assert {type(r).__name__ for r in _records(back)} == set(codec.RECORDS)


def _records(value):
    if dataclasses.is_dataclass(value):
        yield value
        for f in dataclasses.fields(value):
            yield from _records(getattr(value, f.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _records(item)


def test_every_record_class_can_be_held():
    # Fact is only a base class; RawDocument is ingest's output and no part of a result.
    names = {name for name, cls in vars(records).items()
             if dataclasses.is_dataclass(cls) and cls.__module__ == records.__name__
             and name not in {"Fact", "RawDocument"}}
    assert names == set(codec.RECORDS)


def test_a_processed_document_comes_back_exactly(tmp_path):
    from pipeline.process import process_document
    from pipeline.run.worker import slim

    source = tmp_path / "brief.txt"
    source.write_text("Geachte raad,\n\nDe gemeente Leiden ontvangt op 12 maart 2016 een bijdrage van "
                      "€ 12.000,50 voor 40 deelnemers aan de basistraining.\n", encoding="utf-8")
    result = slim(process_document(str(source)))
    assert result.info is not None and result.amounts and result.dates
    assert repr(decode(encode(result))) == repr(result)


def test_a_value_the_format_cannot_hold_is_refused_when_written():
    with pytest.raises(TypeError):
        encode(dataclasses.replace(_full_result(), pages=({1, 2},)))


@pytest.mark.parametrize("payload", [
    b"",
    b"\x80\x05 not json",
    b'{"@": "DocumentInfo", "f": {}}',                       # a record, but no document result
    b'[1, 2, 3]',
    b'{"@": "Popen", "f": {"args": "sh"}}',                  # only record classes can be named
    b'{"@": "DocumentResult", "f": {"source": "a", "extra_field": 1}}',
    b'{"@": "DocumentResult", "f": {"source": "a"}, "more": 1}',
    b'{"@decimal": 5}',
    b'{"@": "DocumentResult", "f": {"source": {"x": 1}}}',   # an untagged object inside a record
    b'[' * 100_000,                                          # deeper than the parser goes
])
def test_anything_else_is_a_codec_error(payload):
    with pytest.raises(CodecError):
        decode(payload)


def test_a_pickle_is_never_loaded(monkeypatch):
    class Boom:
        def __reduce__(self):
            return (pytest.fail, ("a pickle was loaded",))

    def refuse(*args, **kwargs):
        pytest.fail("pickle was used to read a cache entry")

    monkeypatch.setattr(pickle, "loads", refuse)
    monkeypatch.setattr(pickle, "load", refuse)
    monkeypatch.setattr(pickle, "Unpickler", refuse)
    with pytest.raises(CodecError):
        decode(pickle.dumps(Boom(), protocol=0))
    assert "pickle" not in vars(codec)


def test_entries_are_plain_json():
    data = json.loads(encode(_full_result()))
    assert data["@"] == "DocumentResult" and data["f"]["amounts"][0]["f"]["value_eur"] == {"@decimal": "1234.50"}
