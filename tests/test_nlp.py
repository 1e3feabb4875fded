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
