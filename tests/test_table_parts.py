"""Tables built in parts: the same rows, in the same order, as built in memory."""

from __future__ import annotations

import pyarrow.parquet as pq

from pipeline import table_parts
from pipeline.process import process_text
from pipeline.records import ProcessingError
from pipeline.table_parts import build_tables_in_parts
from pipeline.tables import build_tables

LETTER = ("De gemeente {place} ontvangt op 12 maart 2016 een bijdrage van € {n}.000 voor de aanpak van "
          "huiselijk geweld. In totaal hebben {n} professionals de basistraining gevolgd.")
PLACES = ("Utrecht", "Leiden", "Delft", "Almere", "Zwolle", "Breda", "Venlo")


def _results():
    # Sources in another order than doc ids, so the tables' orders differ from the arrival order.
    return [process_text(LETTER.format(place=PLACES[n % len(PLACES)], n=n + 3), source=f"in/{(n * 7) % 11}.txt")
            for n in range(11)]


def test_parts_merged_in_rounds_give_the_tables_built_in_memory(tmp_path, monkeypatch):
    monkeypatch.setattr(table_parts, "FAN_IN", 2)  # 6 parts: merged in rounds of two
    monkeypatch.setattr(table_parts, "ROW_GROUP_ROWS", 3)
    monkeypatch.setattr(table_parts, "READ_ROWS", 2)
    results = _results()
    errors = [ProcessingError("in/0.txt", "ingest", "empty_file", "The file in/0.txt is empty.", time=None),
              ProcessingError("in/a.txt", "discover", "duplicate", "The file in/a.txt is a copy.", time=None)]
    expected = build_tables(results, errors, duplicates={results[0].info.doc_id: ["in/kopie.txt"]})
    written = build_tables_in_parts(iter(results), errors, duplicates={results[0].info.doc_id: ["in/kopie.txt"]},
                                    folder=tmp_path / "parts", batch=2)
    assert set(written) == set(expected)
    for name, table in expected.items():
        found = pq.read_table(written[name].path)
        assert written[name].num_rows == table.num_rows, name
        rows = found.to_pylist()
        want = table.to_pylist()
        if name == "errors":
            for row in rows + want:
                row.pop("time")
        assert rows == want, name
        assert found.schema.equals(table.schema, check_metadata=False), name
    assert sorted(p.name for p in (tmp_path / "parts").iterdir()) == sorted(f"{n}.parquet" for n in expected)


def test_no_documents_still_gives_every_table(tmp_path):
    written = build_tables_in_parts([], [], folder=tmp_path / "parts")
    assert all(w.num_rows == 0 and w.path.is_file() for w in written.values())


def _many(result, count: int):
    """``count`` copies of ``result`` as distinct documents, made one at a time."""
    import dataclasses

    from pipeline.tables import FACT_TABLES

    for n in range(count):
        doc_id = f"{n:016x}"
        facts = {name: tuple(dataclasses.replace(f, doc_id=doc_id) for f in getattr(result, name))
                 for name in (*FACT_TABLES, "questions")}
        info = dataclasses.replace(result.info, doc_id=doc_id, source=f"in/{n}.txt")
        yield dataclasses.replace(result, source=info.source, info=info, **facts)


def test_memory_is_bounded_by_the_batch_and_the_fan_in_not_the_number_of_documents(tmp_path, monkeypatch):
    """No more than ``batch`` results are in memory at once, and no more than ``FAN_IN`` parts are merged at once."""
    monkeypatch.setattr(table_parts, "FAN_IN", 4)
    batches, merged = [], []
    real_build, real_merge = table_parts.build_tables, table_parts._merge

    def build(results, *args, **kwargs):
        results = list(results)
        batches.append(len(results))
        return real_build(results, *args, **kwargs)

    def merge(name, paths, target):
        merged.append(len(paths))
        return real_merge(name, paths, target)

    monkeypatch.setattr(table_parts, "build_tables", build)
    monkeypatch.setattr(table_parts, "_merge", merge)
    result = process_text(LETTER.format(place="Utrecht", n=12))
    written = build_tables_in_parts(_many(result, 1000), folder=tmp_path / "parts", batch=50)
    assert written["documents"].num_rows == 1000 and written["pages"].num_rows == 1000
    assert max(batches) == 50 and len(batches) == 21  # 20 full batches, then the run's errors
    assert max(merged) <= 4 and len(merged) > 1
    sources = pq.read_table(written["documents"].path).column("source").to_pylist()
    assert sources == sorted(sources)
    pages = pq.read_table(written["pages"].path).column("doc_id").to_pylist()
    assert pages == sorted(pages)
