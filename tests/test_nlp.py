"""The spaCy pipeline: components in order, and sentences that respect paragraphs."""

from __future__ import annotations

from pipeline.nlp import EXTRACTORS, annotate, build_nlp
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
    from pipeline.nlp import doc_text

    nlp = build_nlp()
    for text in ("€ 5.000,- per jaar\t\tTotaal  2.370\r\n", "  Den\u00a0Haag\u202f", "2016" * 50_000,
                 "😀 a\u0301 " + "-" * 5_000 + " woord", ""):
        doc = annotate(nlp, CleanPage.from_text(text))
        assert doc_text(doc) == doc.text == text
