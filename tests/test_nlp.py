"""The spaCy pipeline: components in order, and sentences that respect paragraphs."""

from __future__ import annotations

import pytest
import spacy

from pipeline.errors import KenmerkError
from pipeline.extract.amounts import SPAN_KEY as AMOUNTS_KEY
from pipeline.nlp import EXTRACTORS, annotate, build_nlp, component_name, require_model
from pipeline.records import CleanPage


def test_extractors_run_after_the_sentence_components():
    names = build_nlp().pipe_names
    # The sentence index reads the boundaries the sentence components set.
    assert names[: names.index(EXTRACTORS[0])][-3:] == ["sentencizer", "kenmerk_paragraph_breaks",
                                                        "kenmerk_sentence_index"]
    assert names[-len(EXTRACTORS):] == list(EXTRACTORS)


def test_a_blank_line_ends_a_sentence_a_line_break_does_not():
    text = "Ministerie van Financiën\nAfdeling Subsidies\n\nGeacht college,\n\nDe gemeente ontvangt geld.\nDat is\nGoed nieuws."
    doc = annotate(build_nlp(), CleanPage.from_text(text))
    sentences = [" ".join(s.text.split()) for s in doc.sents if s.text.strip()]
    assert sentences == ["Ministerie van Financiën Afdeling Subsidies", "Geacht college,",
                         "De gemeente ontvangt geld.", "Dat is Goed nieuws."]


def test_redactions_from_the_clean_stage_are_on_the_doc():
    page = CleanPage(number=1, text="Een bedrag van g®e per dag.", raw=CleanPage.from_text("x").raw,
                     raw_offsets=tuple(range(28)), redactions=((15, 18),))
    doc = annotate(build_nlp(), page)
    assert [s.text for s in doc.spans["redactions"]] == ["g®e"]


@pytest.fixture
def fresh_nlp():
    """``build_nlp`` built anew in the test and forgotten after it, so a faked model stays in the test."""
    build_nlp.cache_clear()
    yield
    build_nlp.cache_clear()


def test_the_pipeline_is_blank_dutch_even_when_a_model_is_installed(monkeypatch, fresh_nlp):
    loaded = []
    monkeypatch.setattr(spacy.util, "is_package", lambda name: True)
    monkeypatch.setattr(spacy, "load", lambda name, **kwargs: loaded.append(name) or spacy.blank("nl"))
    nlp = build_nlp()
    assert loaded == []
    assert nlp.lang == "nl" and "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names
    assert nlp.pipe_names[:2] == ["sentencizer", "kenmerk_paragraph_breaks"]


def test_a_named_model_is_loaded_and_gets_kenmerks_components(monkeypatch, fresh_nlp):
    loaded = []

    def load(name, **kwargs):
        loaded.append(name)
        return spacy.blank("nl")

    monkeypatch.setattr(spacy.util, "is_package", lambda name: name == "nl_fake_news_sm")
    monkeypatch.setattr(spacy, "load", load)
    nlp = build_nlp("nl_fake_news_sm")
    assert loaded == ["nl_fake_news_sm"]
    assert all(name in nlp.pipe_names for name in EXTRACTORS)


def test_a_named_model_that_is_not_installed_is_a_clear_error(monkeypatch, fresh_nlp):
    monkeypatch.setattr(spacy, "load", lambda name, **kwargs: pytest.fail("spacy.load was called"))
    with pytest.raises(KenmerkError) as caught:
        require_model("nl_not_installed_sm")
    assert caught.value.code == "model_not_installed"
    assert "nl_not_installed_sm named with --model is not installed" in caught.value.message
    with pytest.raises(KenmerkError):
        build_nlp("nl_not_installed_sm")
    require_model(None)  # no model named: nothing to check


def test_a_failing_pipe_is_reported_and_the_others_still_run(monkeypatch, nlp):
    def boom(self, doc):
        raise RuntimeError("kapot")

    monkeypatch.setattr(type(nlp.get_pipe("kenmerk_trainings")), "__call__", boom)
    seen = []
    doc = annotate(nlp, CleanPage.from_text("De gemeente Leiden ontvangt € 12.000."),
                   on_error=lambda name, err: seen.append((name, str(err))))
    assert seen == [("kenmerk_trainings", "kapot")]
    assert [s.text for s in doc.spans[AMOUNTS_KEY]]
    with pytest.raises(RuntimeError):  # without on_error, as before: the caller sees the exception
        annotate(nlp, CleanPage.from_text("Leiden"))


def test_pipes_are_named_by_their_stage():
    assert component_name("kenmerk_trainings") == "extract.trainings"
    assert component_name("kenmerk_sentence_index") == "nlp.sentence_index"
    assert component_name("sentencizer") == "nlp.sentencizer"
    assert component_name("tok2vec") == "nlp.tok2vec" and component_name("my-Tagger") == "nlp.my_tagger"


def test_sentence_hooks_give_spacys_sentences():
    nlp = build_nlp()
    text = ("Geachte raad,\n\nDe gemeente Utrecht ontvangt € 5.000. Dat is veel! "
            "Op 12 maart 2016 is besloten.\n\nMet vriendelijke groet,\nhet college")
    plain, cached = nlp(text), nlp(text)
    assert "sents" in cached.user_hooks and "sent" in cached.user_span_hooks
    # spaCy's own answers, without the hooks of ``kenmerk_sentence_index``.
    del plain.user_hooks["sents"], plain.user_span_hooks["sent"]
    assert [(s.start, s.end) for s in cached.sents] == [(s.start, s.end) for s in plain.sents]
    for start in range(len(plain)):
        for end in range(start, min(start + 8, len(plain)) + 1):
            if start == end and start == len(plain):
                continue
            want = plain[start:end].sent
            got = cached[start:end].sent
            assert (got.start, got.end) == (want.start, want.end), (start, end)
        assert (cached[start].sent.start, cached[start].sent.end) == (plain[start].sent.start,
                                                                      plain[start].sent.end)


def test_the_page_text_read_once_is_the_docs_text():
    from pipeline.doctext import doc_text

    nlp = build_nlp()
    for text in ("€ 5.000,- per jaar\t\tTotaal  2.370\r\n", "  Den\u00a0Haag\u202f", "2016" * 50_000,
                 "😀 a\u0301 " + "-" * 5_000 + " woord", ""):
        doc = annotate(nlp, CleanPage.from_text(text))
        assert doc_text(doc) == doc.text == text


def test_every_component_declares_what_it_assigns_and_requires_and_nothing_is_missing():
    nlp = build_nlp()
    analysis = nlp.analyze_pipes(pretty=False)
    assert all(problems == [] for problems in analysis["problems"].values()), analysis["problems"]
    for name in EXTRACTORS:
        meta = nlp.get_pipe_meta(name)
        assert "doc.spans" in meta.assigns and "token.is_sent_start" in meta.requires, name


def test_after_import_modules_building_the_pipeline_imports_nothing():
    # A worker builds the pipeline in a thread beside its first document: an import there
    # could race with the document's own (spaCy's modules from two threads lost a document).
    import subprocess
    import sys

    script = ("import sys; from pipeline.nlp import build_nlp, import_modules; import_modules(); "
              "before = set(sys.modules); build_nlp(); print(sorted(set(sys.modules) - before))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", done.stdout


def test_threads_asking_for_the_pipeline_at_once_get_the_same_one(fresh_nlp):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=3) as pool:
        built = list(pool.map(lambda _: build_nlp(), range(3)))
    assert built[0] is built[1] is built[2]


def test_the_tokenizer_is_built_with_the_components_infixes_so_they_change_nothing():
    """Each change to a built tokenizer reloads its special cases: the pipeline's own
    tokenizer already holds both infixes, and equals spaCy's with the changes made."""
    from pipeline.extract.dates import split_figures_from_abbreviations
    from pipeline.extract.municipality_context import split_names_at_slashes

    nlp = build_nlp()
    assert not split_names_at_slashes(nlp)
    assert not split_figures_from_abbreviations(nlp)
    changed = spacy.blank("nl")
    assert split_names_at_slashes(changed) and split_figures_from_abbreviations(changed)
    assert (nlp.tokenizer.infix_finditer.__self__.pattern
            == changed.tokenizer.infix_finditer.__self__.pattern)
    text = "Op d.d.26 april 2023 in Lelystad/Dronten, in 2016/2017 en/of 1.000 euro."
    assert [t.text for t in nlp(text)] == [
        "Op", "d.d.", "26", "april", "2023", "in", "Lelystad", "/", "Dronten", ",", "in",
        "2016/2017", "en/of", "1.000", "euro", "."]
