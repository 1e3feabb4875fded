"""The summary printed after a run."""

from __future__ import annotations

from pipeline.records import ProcessingError
from pipeline.run.summary import RunSummary, format_summary


def test_summary_says_how_many_failed_and_where_to_look(tmp_path):
    errors = [ProcessingError(f"in/{i}.txt", "ingest", "empty_file", f"The file in/{i}.txt is empty.")
              for i in range(12)]
    summary = RunSummary(out=tmp_path, n_found=15, n_ok=3, n_failed=12, n_cached=2, n_duplicates=1,
                         rows={"documents": 3}, errors=errors)
    lines = list(format_summary(summary))
    assert lines[0].startswith("Read 3 of 15 documents")
    text = "\n".join(lines)
    assert f"12 file(s) failed, 12 error(s) listed in {tmp_path / 'errors.parquet'}" in text
    assert "2 finished in an earlier run" in text and "duplicate_sources" in text
    assert "... and 2 more" in text
    assert summary.exit_code == 1
    assert RunSummary(out=tmp_path).exit_code == 0


def test_summary_counts_the_documents_that_were_read_partly(tmp_path):
    errors = [ProcessingError("in/a.txt", "extract", "stage_failed", "Stage extract.trainings failed on page 1.",
                              component="extract.trainings")]
    summary = RunSummary(out=tmp_path, n_found=2, n_ok=2, n_partial=1, rows={"documents": 2}, errors=errors)
    text = "\n".join(format_summary(summary))
    assert "1 of them partly: a stage failed" in text and "documents.status = partial" in text
    assert "1 file(s) failed (1 of them partly), 1 error(s) listed" in text
    assert summary.exit_code == 1


def test_summary_names_a_model_given_with_model(tmp_path):
    summary = RunSummary(out=tmp_path, n_found=1, n_ok=1, rows={"documents": 1}, model="nl_core_news_sm")
    assert "spaCy model nl_core_news_sm (named with --model)" in "\n".join(format_summary(summary))
