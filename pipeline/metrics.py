"""Score a run's tables against hand-checked gold answers (``corpus/gold/gold.jsonl``).

The measures are those of the project's gold convention (``corpus/gold/README.md``):
precision, recall and F1 per kind of fact, accuracy of ``doc_type`` and
``doc_date``, and their macro average. Gold that also gives the finer
``doc_kind`` (the real-document gold does) gets its accuracy as well; it stays
out of the macro average, so the figure agrees with the shared scorer. A document is matched to the gold by
the file name at the end of ``documents.source``. One difference from the shared scorer: a range of
money (gold ``A/B``, the table's ``value_eur`` to ``value_eur_max``) is scored as its two ends, where
the shared scorer reads no value from it and so counts every range as missed; gold that writes a range at
its lower bound (the held-out sets) is met by the range's lower bound, as the shared scorer meets it.

    python -m pipeline.metrics corpus/gold/gold.jsonl outputs/
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path, PurePath

import pyarrow.parquet as pq

MEASURES = ("amount", "amount+municipality", "municipality", "date",
            "training.participants", "training.name")


@dataclass(frozen=True)
class Score:
    tp: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else float(not self.gold)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else float(not self.predicted)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Report:
    scores: dict[str, Score]
    doc_type_accuracy: float
    doc_date_accuracy: float
    missing_documents: tuple[str, ...]
    # None when no gold document gives a doc_kind.
    doc_kind_accuracy: float | None = None

    @property
    def macro_f1(self) -> float:
        values = [s.f1 for s in self.scores.values()] + [self.doc_type_accuracy, self.doc_date_accuracy]
        return sum(values) / len(values)

    def lines(self) -> list[str]:
        out = []
        if self.missing_documents:
            out.append(f"documents missing from documents.parquet: {', '.join(self.missing_documents)}")
        for name, s in self.scores.items():
            out.append(f"{name:24s} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}  "
                       f"(tp={s.tp} pred={s.predicted} gold={s.gold})")
        out.append(f"{'doc_type accuracy':24s} {self.doc_type_accuracy:.3f}")
        out.append(f"{'doc_date accuracy':24s} {self.doc_date_accuracy:.3f}")
        if self.doc_kind_accuracy is not None:
            out.append(f"{'doc_kind accuracy':24s} {self.doc_kind_accuracy:.3f}")
        out.append(f"macro F1 {self.macro_f1:.3f}")
        return out


def money_key(value: object, redacted: object, value_max: object = None) -> str | None:
    """Amounts compare as cents; a redacted amount compares as 'REDACTED'.

    A range compares as its two ends, ``lo/hi``: gold writes it as one fact ``A/B``,
    the amounts table as ``value_eur`` and ``value_eur_max``.
    """
    if redacted:
        return "REDACTED"
    if value is None or value == "REDACTED":
        return None
    ends = str(value).split("/") if value_max is None else [str(value), str(value_max)]
    if len(ends) > 2:
        return None
    try:
        cents = [Decimal(end).quantize(Decimal("0.01")) for end in ends]
    except InvalidOperation:
        return None
    return "/".join(format(c.normalize(), "f") for c in cents)


def predicted_money_key(row: dict, gold_keys: set[str | None]) -> str | None:
    """The key of an amount of the table, where a range keys as the gold of its document writes ranges.

    ANNOTATING.md writes a range as one fact ``A/B``; the held-out sets, written before it,
    write it at its lower bound (``tests/heldout/README.md``). A range the gold does not hold
    as ``A/B`` is scored at its lower bound, so both conventions score a right range as right.
    """
    as_range = money_key(row.get("value_eur"), row.get("redacted"), row.get("value_eur_max"))
    if row.get("value_eur_max") is None or as_range in gold_keys:
        return as_range
    return money_key(row.get("value_eur"), row.get("redacted"))


def name_key(name: object) -> str | None:
    """Training names compare case- and quote-insensitively."""
    if not name:
        return None
    s = re.sub(r"[‘’'“”\"«»()]", " ", str(name).lower())
    s = re.sub(r"\s+", " ", s).strip(" .,;:-")
    return s or None


def count_matches(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> int:
    """Matches as multisets: each gold item is matched at most once."""
    return sum((Counter(gold) & Counter(predicted)).values())


def count_name_matches(gold: Sequence[str], predicted: Sequence[str]) -> int:
    """Greedy one-to-one matching where names match when equal or one contains the other."""
    left = list(predicted)
    hits = 0
    for g in gold:
        for i, p in enumerate(left):
            if g == p or g in p or p in g:
                hits += 1
                del left[i]
                break
    return hits


def _read(out: Path, table: str) -> list[dict]:
    path = out / f"{table}.parquet"
    return pq.read_table(path).to_pylist() if path.exists() else []


def score(gold_path: Path, out: Path) -> Report:
    gold = [json.loads(line) for line in Path(gold_path).read_text(encoding="utf-8").splitlines() if line.strip()]
    documents = {PurePath(str(d["source"])).name: d for d in _read(out, "documents")}
    facts = {}
    for table in ("amounts", "municipalities", "dates", "trainings"):
        by_doc = defaultdict(list)
        for row in _read(out, table):
            by_doc[row["doc_id"]].append(row)
        facts[table] = by_doc

    totals = {m: [0, 0, 0] for m in MEASURES}
    type_ok = date_ok = n_meta = 0
    kind_ok = n_kind = 0
    names = sorted({g["doc"] for g in gold})
    missing = tuple(n for n in names if n not in documents)

    def add(measure: str, g: list, p: list, match: Callable = count_matches) -> None:
        totals[measure][0] += match(g, p)
        totals[measure][1] += len(p)
        totals[measure][2] += len(g)

    for name in names:
        g_rows = [g for g in gold if g["doc"] == name]
        doc = documents.get(name)
        doc_id = doc["doc_id"] if doc else None
        meta = next((g for g in g_rows if g["kind"] == "document"), None)
        if meta:
            n_meta += 1
            if doc:
                type_ok += (doc.get("doc_type") or None) == meta.get("doc_type")
                date_ok += (str(doc["doc_date"]) if doc.get("doc_date") else None) == meta.get("doc_date")
            if "doc_kind" in meta:
                n_kind += 1
                kind_ok += bool(doc) and (doc.get("doc_kind") or None) == meta["doc_kind"]

        def gold_of(kind: str, rows: list[dict] = g_rows) -> list[dict]:
            return [g for g in rows if g["kind"] == kind]

        amounts = facts["amounts"].get(doc_id, [])
        gold_money = [money_key(g["value_eur"], g.get("redacted")) for g in gold_of("amount")]
        keys = [predicted_money_key(r, set(gold_money)) for r in amounts]
        add("amount", gold_money, [k for k in keys if k])
        add("amount+municipality",
            [(money_key(g["value_eur"], g.get("redacted")), g["municipality"])
             for g in gold_of("amount") if g.get("municipality")],
            [(k, r["municipality_code"]) for k, r in zip(keys, amounts, strict=True) if r.get("municipality_code")])
        add("municipality",
            sorted({g["code"] for g in gold_of("municipality") if g.get("code")}),
            sorted({r["code"] for r in facts["municipalities"].get(doc_id, []) if r.get("code")}))
        add("date",
            [g["value"] for g in gold_of("date")],
            [str(r["value"]) for r in facts["dates"].get(doc_id, []) if r.get("value")])
        trainings = facts["trainings"].get(doc_id, [])
        add("training.participants",
            [int(g["participants"]) for g in gold_of("training") if g.get("participants") is not None],
            [int(r["participants"]) for r in trainings if r.get("participants") is not None])
        add("training.name",
            [k for g in gold_of("training") if (k := name_key(g.get("name")))],
            [k for r in trainings if (k := name_key(r.get("name")))],
            count_name_matches)

    return Report(
        scores={m: Score(*totals[m]) for m in MEASURES},
        doc_type_accuracy=type_ok / n_meta if n_meta else 1.0,
        doc_date_accuracy=date_ok / n_meta if n_meta else 1.0,
        missing_documents=missing,
        doc_kind_accuracy=kind_ok / n_kind if n_kind else None,
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 2:
        print("usage: python -m pipeline.metrics GOLD.jsonl OUTPUT_DIR", file=sys.stderr)
        return 2
    for line in score(Path(args[0]), Path(args[1])).lines():
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
