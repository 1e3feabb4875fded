"""Benchmark: our date rules vs dateparser on the corpus text, per 1,000 characters.

    python -m benchmarks.dates            (from the project root)

Prints, for the five corpus documents:
  1. speed of the kenmerk_dates rules (tokenize + extract, and + normalize),
  2. speed and yield of ``dateparser.search.search_dates`` (languages=["nl"]) on the same text,
  3. both readers on the gold date strings as candidates: how many values each gets right,
     and the time per call, which is what using dateparser as a fallback would cost.
The gold values are TIMEX3 strings of reduced precision; dateparser returns a
datetime, so its answer counts as right when it starts with the gold value's
digits at the gold's precision (and never for ``XXXX`` values: it fills in a year).

What it showed when written (2026-11-23, 2-core build machine): the rules
extract at about 0.5 ms per 1,000 characters on top of spaCy's tokenizer;
``search_dates`` takes 5-10 ms per 1,000 characters, finds 26 "dates" in the
corpus of which most are noise (``Zo``, ``nu``, ``2500`` from a postcode,
``6 6`` from a table) and stamps today's year on ``27 februari`` and ``in
maart``. On the 13 gold strings as candidates ``parse_date`` is right 12 times
(the 13th is not a date string but a sentence) at ~20 us a call, dateparser 5
times at ~0.5 ms a call: it has no ``jl.``/``a.s.``/``eind``/``vanaf``. So the
pipeline does not use dateparser, not even as a fallback.
"""

from __future__ import annotations

import json
import time
import warnings
from pathlib import Path

import spacy

from pipeline.dutch.dates import parse_date
from pipeline.extract.dates import DateExtractor

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
GOLD = CORPUS / "gold" / "gold.jsonl"
REPEAT = 20


def _per_1000(seconds: float, chars: int) -> float:
    return 1000 * seconds / chars * 1000  # ms per 1,000 chars


def _time(fn, repeat: int = REPEAT) -> float:
    fn()  # warm caches (lexicon, compiled patterns, dateparser's language data)
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - start) / repeat


def _matches(gold_value: str, parsed) -> bool:
    if parsed is None or gold_value.startswith("XXXX"):
        return False
    return parsed.strftime("%Y-%m-%d").startswith(gold_value)


def main() -> None:
    gold = [
        json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))}
    anchors = {g["doc"]: g["doc_date"] for g in gold if g["kind"] == "document"}
    chars = sum(len(t) for t in texts.values())
    nlp = spacy.blank("nl")
    extractor = DateExtractor()

    def rules_extract():
        return [extractor(nlp.make_doc(t)) for t in texts.values()]

    def rules_all():
        values = []
        for name, t in texts.items():
            doc = extractor(nlp.make_doc(t))
            values += [parse_date(s.text, anchors.get(name)) for s in doc.spans["dates"]]
        return values

    def tokenize_only():
        return [nlp.make_doc(t) for t in texts.values()]

    print(
        f"corpus: {len(texts)} documents, {chars} characters, "
        f"{sum(1 for g in gold if g['kind'] == 'date')} gold dates"
    )
    t_tok = _time(tokenize_only)
    t_ext = _time(rules_extract)
    t_all = _time(rules_all)
    n_rules = sum(len(d.spans["dates"]) for d in rules_extract())
    print(f"rules    tokenize only          {_per_1000(t_tok, chars):8.3f} ms / 1,000 chars")
    print(
        f"rules    tokenize + extract     {_per_1000(t_ext, chars):8.3f} ms / 1,000 chars"
        f"  ({n_rules} spans; extract alone {_per_1000(t_ext - t_tok, chars):.3f})"
    )
    print(f"rules    + normalize            {_per_1000(t_all, chars):8.3f} ms / 1,000 chars")

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import dateparser
        from dateparser.search import search_dates

        def dp_search():
            return [search_dates(t, languages=["nl"]) or [] for t in texts.values()]

        t_dp = _time(dp_search, repeat=3)
        found = dp_search()
        print(
            f"dateparser search_dates(nl)     {_per_1000(t_dp, chars):8.3f} ms / 1,000 chars  "
            f"({sum(len(f) for f in found)} hits; {t_dp / max(t_ext - t_tok, 1e-9):.0f}x extract)"
        )
        for name, hits in zip(texts, found, strict=True):
            shown = ", ".join(f"{text!r}->{d:%Y-%m-%d}" for text, d in hits[:6])
            print(f"    {name}: {shown}{' ...' if len(hits) > 6 else ''}")

        candidates = [
            (g["text"], g["value"], anchors.get(g["doc"])) for g in gold if g["kind"] == "date"
        ]
        ours = sum(
            1
            for text, value, anchor in candidates
            if (p := parse_date(text, anchor)) and p.value == value
        )
        settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
        theirs = sum(
            1
            for text, value, _ in candidates
            if _matches(value, dateparser.parse(text, languages=["nl"], settings=settings))
        )
        t_ours = _time(lambda: [parse_date(t, a) for t, _, a in candidates]) / len(candidates)
        t_theirs = _time(
            lambda: [
                dateparser.parse(t, languages=["nl"], settings=settings) for t, _, _ in candidates
            ],
            repeat=3,
        ) / len(candidates)
        print(
            f"gold strings as candidates ({len(candidates)}): parse_date right {ours}, "
            f"{t_ours * 1e6:.0f} us/call; dateparser.parse right {theirs}, "
            f"{t_theirs * 1e3:.2f} ms/call"
        )
        for text, value, _ in candidates:
            got = dateparser.parse(text, languages=["nl"], settings=settings)
            print(
                f"    {text!r:38} gold {value:10}  dateparser {got:%Y-%m-%d}"
                if got
                else f"    {text!r:38} gold {value:10}  dateparser None"
            )


if __name__ == "__main__":
    main()
