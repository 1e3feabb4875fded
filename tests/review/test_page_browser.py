"""The review page in a real browser: headless Chromium (Debian's package) driven by Playwright.

The page is written for a small run (a born-digital PDF letter and two text
notes about different municipalities) and opened from a file:// URL, as an
inspector would. A screenshot of a document view is saved in
``test-artifacts/review-document.png`` (git-ignored; CI keeps it).

Skipped, with the reason, only where Chromium is not installed and could not
be (``make setup`` installs it with apt when run as root or with sudo).
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline import cli
from pipeline.review.page import write_review
from pipeline.run import run

PROJECT = Path(__file__).resolve().parents[2]
ARTIFACTS = PROJECT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
KINDS = ("amounts", "municipalities", "dates", "trainings")

LEIDEN = "De gemeente Leiden ontvangt een bijdrage van € 12.000 voor de aanpak van huiselijk geweld."
UTRECHT = "Persbericht. De gemeente Utrecht krijgt € 5.000 voor een basistraining in maart 2016."

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Playwright is not installed (it is in requirements.lock: run make test)")
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium is not installed and could not be installed here "
                    "(make setup installs Debian's chromium package with apt as root or with sudo)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def run_out(tmp_path_factory, documents):
    folder = tmp_path_factory.mktemp("in")
    letter = documents.build_letter_pdf(folder)
    (folder / "leiden.txt").write_text(LEIDEN, encoding="utf-8")
    (folder / "utrecht.txt").write_text(UTRECHT, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    run([folder], out, workers=1, progress=False)
    write_review(out)
    return out, letter


@pytest.fixture
def page(browser, run_out, tmp_path):
    """A fresh page (own storage) on the review page; console errors collected in ``page.errors``."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.errors = []
    page.on("console", lambda message: page.errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.goto((run_out[0] / "review.html").as_uri())
    page.wait_for_selector("html[data-ready='1']")
    yield page
    context.close()


def _facts(out: Path) -> list[dict]:
    return [dict(r, kind=name) for name in KINDS for r in pq.read_table(out / f"{name}.parquet").to_pylist()]


def _documents(out: Path) -> list[dict]:
    return pq.read_table(out / "documents.parquet").to_pylist()


def _open(page, doc_id: str) -> None:
    page.click(f"#docrows tr[data-doc-id='{doc_id}']")
    page.wait_for_selector("#docview .page")


def _doc(out: Path, suffix: str) -> dict:
    return next(d for d in _documents(out) if d["source"].endswith(suffix))


def test_every_fact_in_the_tables_has_exactly_one_highlight(page, run_out):
    out, _ = run_out
    facts = _facts(out)
    assert facts
    for doc in _documents(out):
        _open(page, doc["doc_id"])
        shown = Counter(page.eval_on_selector_all("#docview [data-fact-id]", "els => els.map(e => e.dataset.factId)"))
        expected = [f["fact_id"] for f in facts if f["doc_id"] == doc["doc_id"]]
        assert sorted(shown) == sorted(expected), doc["source"]
        assert set(shown.values()) <= {1}, doc["source"]
        texts = page.eval_on_selector_all("#docview mark[data-fact-id]:not(.partial)",
                                          "els => els.map(e => [e.dataset.factId, e.textContent])")
        by_id = {f["fact_id"]: f["text"] for f in facts}
        for fact_id, text in texts:
            assert text == by_id[fact_id]
    assert page.errors == []


def test_clicking_a_table_row_scrolls_to_and_marks_its_highlight_and_back(page, run_out):
    out, _ = run_out
    fact = next(f for f in _facts(out) if f["kind"] == "amounts" and "€ 80.000" in f["text"])
    page.click(f"#figrows tr[data-row-for='{fact['fact_id']}']")
    mark = page.locator(f"#docview [data-fact-id='{fact['fact_id']}']")
    assert "selected" in mark.get_attribute("class") and "marked" in mark.get_attribute("class")
    assert mark.evaluate("el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }")
    assert page.locator("#detail").inner_text().count("80.000,00 EUR") == 1
    page.click("#d-row")
    row = page.locator(f"#figrows tr[data-row-for='{fact['fact_id']}']")
    assert "marked" in row.get_attribute("class")
    assert row.evaluate("el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }")
    assert page.errors == []


def test_hovering_a_highlight_shows_its_normalized_value_rule_and_id(page, run_out):
    out, _ = run_out
    fact = next(f for f in _facts(out) if f["text"] == "€ 12.000")
    _open(page, fact["doc_id"])
    page.hover(f"#docview [data-fact-id='{fact['fact_id']}']")
    tip = page.locator("#tooltip")
    assert tip.is_visible()
    text = tip.inner_text()
    for part in ("12.000,00 EUR", fact["municipality_code"], fact["rule"], fact["fact_id"]):
        assert part in text, part
    assert page.errors == []


def test_a_municipality_filter_hides_other_municipalities(page, run_out):
    out, _ = run_out
    leiden, utrecht = _doc(out, "leiden.txt"), _doc(out, "utrecht.txt")
    code = next(f["code"] for f in _facts(out) if f["kind"] == "municipalities" and f["name"] == "Leiden")
    page.select_option("#filter-municipality", code)
    assert page.locator(f"#docrows tr[data-doc-id='{leiden['doc_id']}']").is_visible()
    assert not page.locator(f"#docrows tr[data-doc-id='{utrecht['doc_id']}']").is_visible()
    shown = page.eval_on_selector_all("#figrows tr", "els => els.map(e => e.dataset.rowFor)")
    facts = {f["fact_id"]: f for f in _facts(out)}
    assert shown and all(facts[i]["doc_id"] == leiden["doc_id"] for i in shown)
    page.select_option("#filter-municipality", "")
    assert page.locator(f"#docrows tr[data-doc-id='{utrecht['doc_id']}']").is_visible()
    assert page.errors == []


def test_a_box_is_drawn_on_the_pdf_page_image_at_the_facts_position(page, run_out):
    out, letter = run_out
    fact = next(f for f in _facts(out) if f["text"] == "€ 950.000")
    pages = pq.read_table(out / "pages.parquet").to_pylist()
    size = next(p for p in pages if p["doc_id"] == fact["doc_id"] and p["page"] == fact["page"])
    drawn = letter.find("€ 950.000", page=fact["page"])
    assert abs(fact["x0"] - drawn[0].x0) < 2 and abs(fact["top"] - drawn[0].top) < 3  # the box is the print's
    _open(page, fact["doc_id"])
    image = page.locator(f".page[data-page='{fact['page']}'] .pageimg img")
    box = page.locator(f"[data-box-for='{fact['fact_id']}']")
    image.scroll_into_view_if_needed()
    at, where = image.bounding_box(), box.bounding_box()
    scale = at["width"] / size["width"]
    assert abs(where["x"] - (at["x"] + fact["x0"] * scale)) < 2
    assert abs(where["y"] - (at["y"] + fact["top"] * scale)) < 2
    assert abs(where["width"] - (fact["x1"] - fact["x0"]) * scale) < 3
    box.click()
    assert "selected" in page.locator(f"#docview mark[data-fact-id='{fact['fact_id']}']").get_attribute("class")
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator(f"#docview mark[data-fact-id='{fact['fact_id']}']").hover()
    page.screenshot(path=str(ARTIFACTS / "review-document.png"))
    assert page.errors == []


def test_keyboard_next_previous_and_confirm_then_import_the_export(page, run_out, tmp_path):
    out, _ = run_out
    page.fill("#inspector", "Inspecteur Test")
    page.dispatch_event("#inspector", "change")
    page.locator("#inspector").blur()
    page.keyboard.press("j")
    first = page.evaluate("document.querySelector('#docview mark.selected').dataset.factId")
    page.keyboard.press("j")
    second = page.evaluate("document.querySelector('#docview mark.selected').dataset.factId")
    assert first != second
    page.keyboard.press("k")
    assert page.evaluate("document.querySelector('#docview mark.selected').dataset.factId") == first
    page.keyboard.press("c")
    assert "v-confirmed" in page.locator(f"#docview mark[data-fact-id='{first}']").get_attribute("class")
    page.keyboard.press("j")
    page.keyboard.press("x")
    with page.expect_download() as download:
        page.click("#export")
    export = tmp_path / "export.json"
    download.value.save_as(export)
    assert cli.main(["verify", "--import", str(export), "--out", str(out)]) == cli.EXIT_OK
    verdicts = {r["fact_id"]: r for r in pq.read_table(out / "verdicts.parquet").to_pylist()}
    assert verdicts[first]["verdict"] == "confirmed" and verdicts[first]["by"] == "Inspecteur Test"
    assert verdicts[second]["verdict"] == "rejected"
    joined = {f["fact_id"]: f["verdict"] for f in _facts(out)}
    assert joined[first] == "confirmed"
    assert page.errors == []


def test_a_correction_in_the_page_needs_a_value_and_is_exported(page, run_out, tmp_path):
    out, _ = run_out
    fact = next(f for f in _facts(out) if f["text"] == "€ 5.000")
    page.click(f"#figrows tr[data-row-for='{fact['fact_id']}']")
    page.click("#d-correct")
    assert "needs the corrected value" in page.locator("#status").inner_text()
    page.fill("#d-value", "5.500")
    page.fill("#d-note", "zie besluit")
    page.click("#d-correct")
    with page.expect_download() as download:
        page.click("#export")
    export = tmp_path / "export.json"
    download.value.save_as(export)
    assert cli.main(["verify", "--import", str(export), "--by", "Bram", "--out", str(out)]) == cli.EXIT_OK
    verdict = next(r for r in pq.read_table(out / "verdicts.parquet").to_pylist() if r["fact_id"] == fact["fact_id"])
    assert (verdict["verdict"], verdict["corrected_value"], verdict["note"], verdict["by"]) == (
        "corrected", "5.500", "zie besluit", "Bram")
    assert page.errors == []


def test_the_page_logs_no_console_errors_while_every_document_is_used(page, run_out):
    out, _ = run_out
    for doc in _documents(out):
        _open(page, doc["doc_id"])
        for mark in page.locator("#docview mark[data-fact-id]").all()[:5]:
            mark.hover()
            mark.focus()
    for kind in KINDS:
        page.uncheck(f"#filter-kind-{kind}")
        page.check(f"#filter-kind-{kind}")
    page.select_option("#filter-verdict", "none")
    page.select_option("#filter-doctype", index=1)
    page.click("#export")
    assert page.errors == []
