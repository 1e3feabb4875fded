"""Verdicts: kept across runs (--fresh too), joined into the fact tables, orphans kept, corrections applied."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pyarrow.parquet as pq
import pytest

from pipeline.run import format_summary, run
from pipeline.tables import file_sha256, read_manifest
from pipeline.verdicts import (
    VerdictError,
    apply_verdicts,
    find_fact,
    load_export,
    make_verdict,
    read_verdicts,
    record,
)

LEIDEN = "De gemeente Leiden ontvangt een bijdrage van € 12.000 voor de aanpak van huiselijk geweld."
UTRECHT = "Utrecht krijgt € 5.000 voor trainingen."


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "leiden.txt").write_text(LEIDEN, encoding="utf-8")
    (folder / "utrecht.txt").write_text(UTRECHT, encoding="utf-8")
    out = tmp_path / "out"
    run([folder], out, workers=1, progress=False)
    return out


def _amount(out, text):
    rows = pq.read_table(out / "amounts.parquet").to_pylist()
    return next(r for r in rows if r["text"] == text)


def _verdict(fact_id, verdict="confirmed", **kwargs):
    kwargs.setdefault("by", "Anna")
    return make_verdict(fact_id, verdict, **kwargs)


def test_a_verdict_is_checked_before_it_is_recorded():
    with pytest.raises(VerdictError, match="not a fact id"):
        _verdict("xyz")
    with pytest.raises(VerdictError, match="one of"):
        _verdict("0123456789abcdef", "maybe")
    with pytest.raises(VerdictError, match="corrected value"):
        _verdict("0123456789abcdef", "corrected")
    with pytest.raises(VerdictError, match="not an amount"):
        _verdict("0123456789abcdef", "corrected", corrected_value="veel", kind="amounts")
    with pytest.raises(VerdictError, match="--by"):
        _verdict("0123456789abcdef", by=" ")
    assert _verdict("0123456789abcdef", corrected_value="9")["corrected_value"] is None


def test_a_verdict_is_joined_into_its_fact_table_and_run_json_stays_true(out):
    fact = _amount(out, "€ 12.000")
    record(out, [_verdict(fact["fact_id"], "corrected", corrected_value="12.500", note="bijlage zegt 12.500",
                          kind="amounts")])
    joined = _amount(out, "€ 12.000")
    assert (joined["verdict"], joined["corrected_value"], joined["verdict_note"]) == ("corrected", "12.500", "bijlage zegt 12.500")
    assert _amount(out, "€ 5.000")["verdict"] is None
    manifest = read_manifest(out)
    for name, entry in manifest["tables"].items():
        assert file_sha256(out / entry["file"]) == entry["sha256"], name
    assert manifest["verdicts"]["corrected"] == 1
    stored = read_verdicts(out)[fact["fact_id"]]
    assert (stored["by"], stored["kind"], stored["doc_id"], stored["text"]) == ("Anna", "amounts", fact["doc_id"], "€ 12.000")


def test_verdicts_survive_a_run_and_a_fresh_run(out, tmp_path):
    fact = _amount(out, "€ 12.000")
    record(out, [_verdict(fact["fact_id"], "rejected")])
    for fresh in (False, True):
        summary = run([tmp_path / "in"], out, workers=1, progress=False, fresh=fresh)
        assert read_verdicts(out)[fact["fact_id"]]["verdict"] == "rejected"
        assert _amount(out, "€ 12.000")["verdict"] == "rejected"
        assert summary.verdicts["rejected"] == 1 and not summary.orphaned
        assert read_manifest(out)["verdicts"]["rejected"] == 1


def test_a_verdict_whose_fact_is_gone_is_kept_and_listed_as_orphaned(out, tmp_path):
    fact = _amount(out, "€ 5.000")
    record(out, [_verdict(fact["fact_id"], "confirmed")])
    (tmp_path / "in" / "utrecht.txt").unlink()
    summary = run([tmp_path / "in"], out, workers=1, progress=False)
    assert fact["fact_id"] in read_verdicts(out)
    assert [v["fact_id"] for v in summary.orphaned] == [fact["fact_id"]]
    printed = "\n".join(format_summary(summary))
    assert "1 verdict(s) are orphaned" in printed and fact["fact_id"] in printed and "€ 5.000" in printed


def test_the_newest_verdict_on_a_fact_wins(out):
    fact_id = _amount(out, "€ 12.000")["fact_id"]
    now = datetime.now(UTC)
    record(out, [_verdict(fact_id, "confirmed", time=now)])
    report = record(out, [_verdict(fact_id, "rejected", time=now - timedelta(hours=1))])
    assert report.older == [fact_id] and read_verdicts(out)[fact_id]["verdict"] == "confirmed"
    report = record(out, [_verdict(fact_id, "rejected", time=now + timedelta(hours=1))])
    assert report.replaced == [fact_id] and read_verdicts(out)[fact_id]["verdict"] == "rejected"


def test_a_verdict_on_an_unknown_fact_is_kept_as_orphaned(out):
    report = record(out, [_verdict("00000000000000ff")])
    assert report.unknown == ["00000000000000ff"] and "00000000000000ff" in read_verdicts(out)


def test_a_fact_is_found_by_a_unique_prefix(out):
    fact = _amount(out, "€ 12.000")
    assert find_fact(out, fact["fact_id"][:8]) == ("amounts", fact)
    with pytest.raises(VerdictError, match="no fact"):
        find_fact(out, "ffffffffffffffff")
    with pytest.raises(VerdictError, match="not a fact id"):
        find_fact(out, "12")


def test_apply_verdicts_uses_the_corrected_amount_and_says_so(out):
    amounts = pq.read_table(out / "amounts.parquet")
    leiden, utrecht = _amount(out, "€ 12.000")["fact_id"], _amount(out, "€ 5.000")["fact_id"]
    verdicts = {leiden: {"verdict": "corrected", "corrected_value": "12.500"}, utrecht: {"verdict": "rejected"}}
    view = apply_verdicts(amounts, verdicts)
    assert list(view["fact_id"]) == [leiden]
    assert view.loc[0, "value_eur"] == Decimal("12500.00") and view.loc[0, "value_eur_extracted"] == Decimal("12000.00")
    assert view.loc[0, "value_source"] == "corrected"
    assert len(apply_verdicts(amounts, verdicts, drop_rejected=False)) == 2


def test_apply_verdicts_reads_the_joined_columns_by_default(out):
    fact_id = _amount(out, "€ 12.000")["fact_id"]
    record(out, [_verdict(fact_id, "corrected", corrected_value="€ 13.000", kind="amounts")])
    view = apply_verdicts(pq.read_table(out / "amounts.parquet").to_pandas())
    row = view[view["fact_id"] == fact_id].iloc[0]
    assert row["value_eur"] == Decimal("13000.00") and row["value_source"] == "corrected"
    assert set(view["value_source"]) == {"corrected", "extracted"}


def test_the_review_pages_export_is_read_and_checked(tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"kenmerk_verdicts": 1, "verdicts": [
        {"fact_id": "0123456789abcdef", "verdict": "confirmed", "time": "2026-01-02T03:04:05.000Z", "by": None}]}))
    [verdict] = load_export(path, by="Bram")
    assert verdict["by"] == "Bram" and verdict["time"] == datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    path.write_text(json.dumps({"something": "else"}))
    with pytest.raises(VerdictError, match="not a verdicts file"):
        load_export(path, by="Bram")
    path.write_text(json.dumps({"kenmerk_verdicts": 1, "verdicts": [{"fact_id": "0123456789abcdef", "verdict": "corrected"}]}))
    with pytest.raises(VerdictError, match="entry 1"):
        load_export(path, by="Bram")


def test_an_unreadable_verdicts_file_stops_the_run_and_is_left_alone(out, tmp_path):
    from pipeline.run import RunAborted

    (out / "verdicts.parquet").write_bytes(b"not parquet")
    with pytest.raises(RunAborted, match="could not be read"):
        run([tmp_path / "in"], out, workers=1, progress=False)
    assert (out / "verdicts.parquet").read_bytes() == b"not parquet"
