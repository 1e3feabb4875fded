"""The review page's data: every fact once, its marks, offsets for JavaScript, safe embedding."""

from __future__ import annotations

import json
import re

import pyarrow.parquet as pq
import pytest

from pipeline.review.page import _utf16, build_data, render_page
from pipeline.run import run
from pipeline.verdicts import make_verdict, record

TEXTS = {
    "leiden.txt": "De gemeente Leiden ontvangt een bijdrage van € 12.000 voor de aanpak </script><b>x</b>.",
    "emoji.txt": "🙂 Utrecht krijgt in maart 2016 een bedrag van € 5.000 voor trainingen.",
}


@pytest.fixture
def out(tmp_path):
    (tmp_path / "in").mkdir()
    for name, text in TEXTS.items():
        (tmp_path / "in" / name).write_text(text, encoding="utf-8")
    run([tmp_path / "in"], tmp_path / "out", workers=1, progress=False)
    return tmp_path / "out"


def test_every_fact_of_every_table_is_in_the_index_once(out):
    index, per_doc = build_data(out)
    ids = [f["id"] for f in index["facts"]]
    expected = [r for name in ("amounts", "municipalities", "dates", "trainings")
                for r in pq.read_table(out / f"{name}.parquet").column("fact_id").to_pylist()]
    assert sorted(ids) == sorted(expected) and len(set(ids)) == len(ids)
    assert set(per_doc) == {d["id"] for d in index["docs"]}


def test_an_unlinked_amount_is_marked_and_a_linked_one_names_its_recipient(out):
    index, _ = build_data(out)
    amounts = {f["t"]: f for f in index["facts"] if f["k"] == "amounts"}
    leiden = amounts["€ 12.000"]
    assert leiden["v"] == "12.000,00 EUR" and leiden["rc"].startswith("GM") and "unlinked" not in leiden["flags"]
    assert all(f["flags"] == ["unlinked"] or f["rc"] for f in amounts.values())


def test_offsets_are_utf16_for_javascript(out):
    index, per_doc = build_data(out)
    doc = next(d for d in index["docs"] if d["source"].endswith("emoji.txt"))
    text = per_doc[doc["id"]]["pages"][0]["text"]
    units = text.encode("utf-16-le")
    for fact in (f for f in index["facts"] if f["d"] == doc["i"]):
        assert units[2 * fact["s"]:2 * fact["e"]].decode("utf-16-le") == fact["t"]
    assert _utf16("a🙂b")(2) == 3 and _utf16("abc")(2) == 2


def test_the_page_is_self_contained_and_its_json_cannot_end_a_script(out):
    html = render_page(out)
    assert "</script><b>" not in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "@import" not in html and "url(http" not in html
    blob = re.search(r'<script type="application/json" id="kenmerk-index">(.*?)</script>', html, re.S).group(1)
    assert json.loads(blob)["docs"]


def test_verdicts_and_orphans_reach_the_page(out):
    fact_id = pq.read_table(out / "amounts.parquet").column("fact_id").to_pylist()[0]
    record(out, [make_verdict(fact_id, "confirmed", by="Anna"), make_verdict("00000000000000aa", "rejected", by="Anna")])
    index, _ = build_data(out)
    fact = next(f for f in index["facts"] if f["id"] == fact_id)
    assert fact["verdict"]["verdict"] == "confirmed" and fact["verdict"]["by"] == "Anna"
    assert [o["fact_id"] for o in index["orphaned"]] == ["00000000000000aa"]
