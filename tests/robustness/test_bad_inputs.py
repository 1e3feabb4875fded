"""Each kind of bad input costs only itself: an error row, the good document processed, all tables whole.

Every test puts one bad (or awkward) file beside a good Dutch document and runs
the whole pipeline over the folder in this process (``workers=1``).
"""

from __future__ import annotations

import os

import pytest

from pipeline.run import run


def run_folder(inputs, out, **options):
    summary = run([inputs.folder], out, workers=1, progress=False, **options)
    return summary


def expect_failure(inputs, out, check, bad, code: str, **options) -> dict:
    """Run, then: one error row with ``code`` for ``bad``, the good document in, outputs whole."""
    summary = run_folder(inputs, out, **options)
    rows = check.error_rows(out, bad)
    assert [r["error"] for r in rows] == [code], rows
    assert rows[0]["message"] and str(bad) in rows[0]["message"]
    assert rows[0]["time"] is not None
    assert str(inputs.good) in check.document_sources(out)
    assert str(bad) not in check.document_sources(out)
    assert summary.exit_code == 1 and summary.n_failed == 1
    check.outputs_intact(out)
    return rows[0]


def expect_success(inputs, out, check, path) -> dict:
    summary = run_folder(inputs, out)
    assert summary.exit_code == 0, summary.errors
    tables = check.outputs_intact(out)
    documents = {r["source"]: r for r in tables["documents"].to_pylist()}
    assert {str(inputs.good), str(path)} <= set(documents)
    doc_id = documents[str(path)]["doc_id"]
    pages = [r["text"] for r in tables["pages"].to_pylist() if r["doc_id"] == doc_id]
    return {"document": documents[str(path)], "text": "\n".join(pages)}


def test_zero_byte_file(inputs, out, check):
    bad = inputs.write("leeg.txt", b"")
    expect_failure(inputs, out, check, bad, "empty_file")


def test_truncated_pdf(inputs, out, check, build):
    data = build.pdf_bytes([build.pdf_page_text(1), build.pdf_page_text(2)])
    bad = inputs.write("afgebroken.pdf", data[: len(data) // 2])
    expect_failure(inputs, out, check, bad, "broken_pdf")


def test_pdf_with_broken_xref_is_read_or_listed(inputs, out, check, build):
    data = build.pdf_bytes([build.pdf_page_text(1), build.pdf_page_text(2)])
    start = data.rindex(b"xref")
    bad = inputs.write("kapotte_xref.pdf", data[:start] + b"xref\n0 9\nrommel rommel\n" + data[start + 40:])
    summary = run_folder(inputs, out)
    check.outputs_intact(out)
    assert str(inputs.good) in check.document_sources(out)
    # PDF readers rebuild a broken cross-reference table by scanning the file;
    # when that fails too, the file must be listed, not lost.
    if str(bad) in check.document_sources(out):
        assert summary.exit_code == 0
    else:
        assert [r["error"] for r in check.error_rows(out, bad)] == ["broken_pdf"]


def test_password_protected_pdf(inputs, out, check, build):
    bad = inputs.write("beveiligd.pdf", build.pdf_bytes([build.pdf_page_text(1)], encrypt="geheim"))
    expect_failure(inputs, out, check, bad, "encrypted_pdf")


def test_image_only_pdf_without_tesseract(inputs, out, check, build, monkeypatch):
    from pipeline.ingest import ocr

    monkeypatch.setattr(ocr, "tesseract_problem", lambda lang: "tesseract is not installed")
    bad = inputs.write("scan.pdf", build.image_only_pdf_bytes())
    row = expect_failure(inputs, out, check, bad, "ocr_unavailable")
    assert "apt-get install" in row["message"]


@pytest.mark.slow
def test_image_only_page_that_ocr_cannot_read(inputs, out, check, build):
    from pipeline.ingest.ocr import tesseract_problem

    if tesseract_problem("nld") is not None:
        pytest.skip(f"needs tesseract: {tesseract_problem('nld')}")
    bad = inputs.write("vlekken.pdf", build.blots_pdf_bytes())
    row = expect_failure(inputs, out, check, bad, "no_text")
    assert row["doc_id"] is not None


@pytest.mark.parametrize("name, content, looks_like", [
    ("pagina.pdf", b"<!DOCTYPE html><html><head><title>Niet gevonden</title></head></html>", "HTML"),
    ("archief.pdf", None, "ZIP"),
])
def test_pdf_that_is_really_something_else(inputs, out, check, build, name, content, looks_like):
    bad = inputs.write(name, content if content is not None else build.zip_bytes())
    row = expect_failure(inputs, out, check, bad, "not_a_pdf")
    assert looks_like in row["message"]


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_text_in_a_windows_or_latin1_encoding(inputs, out, check, encoding):
    text = "De gemeente Zoetermeer ontving een bijdrage van 2.500 euro voor de coördinatie en de cursus."
    path = inputs.write(f"{encoding}.txt", text.encode(encoding))
    assert "coördinatie" in expect_success(inputs, out, check, path)["text"]


def test_text_in_utf16_with_bom(inputs, out, check):
    text = "De gemeente Zoetermeer ontving € 2.500 voor de coördinatie van de aanpak."
    path = inputs.write("utf16.txt", text.encode("utf-16"))
    assert "€ 2.500 voor de coördinatie" in expect_success(inputs, out, check, path)["text"]


def test_text_with_nul_bytes(inputs, out, check):
    path = inputs.write("nul.txt", b"De gemeente\x00 Zoetermeer ontving\x00 een bijdrage voor de aanpak.\x00")
    text = expect_success(inputs, out, check, path)["text"]
    assert "\x00" not in text and "Zoetermeer ontving" in text


def test_binary_file_named_txt(inputs, out, check):
    bad = inputs.write("data.txt", bytes(range(256)) * 64)
    expect_failure(inputs, out, check, bad, "binary_text")


def test_file_over_the_size_limit_is_skipped_without_being_read(inputs, out, check, monkeypatch):
    bad = inputs.folder / "enorm.txt"
    with open(bad, "wb") as handle:
        handle.truncate(60 * 1024**2)  # sparse: 60 MB on paper, nothing on disk
    opened = []
    real_open = open

    def recording_open(file, *args, **kwargs):
        opened.append(os.fspath(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", recording_open)
    row = expect_failure(inputs, out, check, bad, "too_large")
    assert "60 MB" in row["message"] and "50 MB" in row["message"]
    assert str(bad) not in opened


def test_size_limit_is_configurable(inputs, out, check):
    bad = inputs.write("groot.txt", ("Een zin over de gemeente Delft en haar begroting. " * 1000).encode())
    row = expect_failure(inputs, out, check, bad, "too_large", max_file_mb=0.01)
    assert "--max-file-mb" in row["message"]


def test_same_document_under_two_names_is_processed_once(inputs, out, check):
    copy = inputs.write("kopie van goed.txt", inputs.good.read_bytes())
    summary = run_folder(inputs, out)
    assert summary.exit_code == 0 and summary.n_duplicates == 1
    tables = check.outputs_intact(out)
    documents = tables["documents"].to_pylist()
    assert len(documents) == 1
    assert {documents[0]["source"], *documents[0]["duplicate_sources"]} == {str(inputs.good), str(copy)}


def test_copies_of_a_failing_document_are_each_listed(inputs, out, check):
    bad = inputs.write("a_leeg_kapot.txt", bytes(range(256)) * 64)
    copy = inputs.write("b_leeg_kapot.txt", bad.read_bytes())
    run_folder(inputs, out)
    assert [r["error"] for r in check.error_rows(out, bad)] == ["binary_text"]
    rows = check.error_rows(out, copy)
    assert [r["error"] for r in rows] == ["duplicate"] and str(bad) in rows[0]["message"]


def test_symlink_loop_in_the_input_folder(inputs, out, check):
    loop = inputs.folder / "lus.pdf"
    os.symlink(loop.name, loop)  # a link to itself
    os.symlink("..", inputs.folder / "terug")  # a folder link back up: must not be walked
    summary = run_folder(inputs, out)
    assert [r["error"] for r in check.error_rows(out, loop)] == ["symlink_loop"]
    # The folder link is listed, not walked (it leads out of the input folder).
    assert [r["error"] for r in check.error_rows(out, inputs.folder / "terug")] == ["symlink_outside"]
    assert str(inputs.good) in check.document_sources(out)
    assert summary.exit_code == 1 and summary.n_failed == 2
    check.outputs_intact(out)


def test_unreadable_file(inputs, out, check, monkeypatch):
    bad = inputs.write("geheim.txt", b"Vertrouwelijk: de gemeente Ede en haar begroting.")
    real_open = open

    def guarded_open(file, *args, **kwargs):
        if os.fspath(file) == str(bad):
            raise PermissionError(13, "Permission denied", str(bad))
        return real_open(file, *args, **kwargs)

    # Tests run as root, whom chmod does not stop; refuse the file at open() instead.
    monkeypatch.setattr("builtins.open", guarded_open)
    row = expect_failure(inputs, out, check, bad, "unreadable_file")
    assert "Permission denied" in row["message"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_by_permissions(inputs, out, check):
    bad = inputs.write("geheim.txt", b"Vertrouwelijk: de gemeente Ede en haar begroting.")
    bad.chmod(0)
    expect_failure(inputs, out, check, bad, "unreadable_file")


ENGLISH = (
    "The municipality of Best received a grant of € 5,000 from the ministry for the prevention of "
    "domestic violence. Best practices were shared in the training of teachers and social workers "
    "in the region, and the council was informed of the results in a letter of 3 May 2016."
)
FRENCH = (
    "La commune a reçu une subvention du ministère pour la prévention de la violence domestique. "
    "Les fonds ont été utilisés pour la formation des enseignants et des travailleurs sociaux de "
    "la région, et le conseil a été informé des résultats par une lettre."
)


@pytest.mark.parametrize("name, text, language", [("english.txt", ENGLISH, "en"), ("francais.txt", FRENCH, "fr")])
def test_foreign_language_document_is_processed_and_its_language_recorded(inputs, out, check, name, text, language):
    path = inputs.write(name, text.encode("utf-8"))
    result = expect_success(inputs, out, check, path)
    assert result["document"]["language"] == language
    tables = check.tables_of(out)
    by_source = {r["source"]: r["language"] for r in tables["documents"].to_pylist()}
    assert by_source[str(inputs.good)] == "nl"
    doc_id = result["document"]["doc_id"]
    facts = {name: [r for r in tables[name].to_pylist() if r["doc_id"] == doc_id]
             for name in ("municipalities", "amounts", "dates", "trainings", "questions")}
    if language == "fr":
        # Nothing in the French text is a fact: no place, sum or date.
        assert all(rows == [] for rows in facts.values()), facts
        return
    # A document in English gets the facts that need no Dutch grammar, read by its own conventions:
    # '€ 5,000' is five thousand euros, 'Best' named as a municipality is one and 'Best practices'
    # opening a sentence is not, '3 May 2016' is a date.
    assert [(r["text"], r["code"]) for r in facts["municipalities"]] == [("Best", "GM0753")]
    assert [(r["text"], str(r["value_eur"])) for r in facts["amounts"]] == [("€ 5,000", "5000.00")]
    assert [r["value"] for r in facts["dates"]] == ["2016-05-03"]
    assert facts["trainings"] == [] and facts["questions"] == []


@pytest.mark.slow
def test_pdf_of_2000_pages_is_processed_whole(inputs, out, check):
    from reportlab.pdfgen import canvas

    # Three lines a page keeps the test near a minute; the memory it takes is
    # measured by benchmarks/throughput.py, not here.
    path = inputs.folder / "jaarverslag.pdf"
    pdf = canvas.Canvas(str(path))
    for page in range(1, 2001):
        for i in range(3):
            line = f"Pagina {page}, regel {i}: de gemeente Utrecht ontvangt {page}{i}.000 euro."
            pdf.drawString(60, 720 - 15 * i, line)
        pdf.showPage()
    pdf.save()
    summary = run([inputs.folder], out, workers=1, progress=False, timeout=1800)
    assert summary.exit_code == 0, summary.errors
    tables = check.outputs_intact(out)
    document = next(r for r in tables["documents"].to_pylist() if r["source"] == str(path))
    assert document["n_pages"] == 2000
    pages = {r["page"]: r["text"] for r in tables["pages"].to_pylist() if r["doc_id"] == document["doc_id"]}
    assert len(pages) == 2000
    assert "Pagina 2000, regel 2" in pages[2000] and "Pagina 1, regel 0" in pages[1]
