"""The training finders on page text: words and kinds, quoted titles and names, durations, counts, audiences; units and sentences."""

from __future__ import annotations

import pytest

from pipeline.extract.training_lexicon import training_words
from pipeline.extract.training_mentions import (
    KIND,
    NAMED,
    PLURAL,
    TITLE,
    WORD,
    attach_names,
    attach_titles,
    find_audiences,
    find_counts,
    find_durations,
    find_quotes,
    find_training_words,
    segment_units,
    sentence_ranges,
)

LEX = training_words()


def test_training_words_and_a_named_training():
    text = "een basistraining, de trainingen en de BOUNCE training"
    found = [(m.label, text[m.start : m.end]) for m in find_training_words(text, LEX)]
    assert found == [(KIND, "basistraining"), (PLURAL, "trainingen"), (NAMED, "BOUNCE training")]


def test_a_number_before_a_plural_kind_counts_that_kind():
    from pipeline.extract.training_mentions import COUNTED

    text = "vijf basistrainingen, 3 trainingen en een 14-tal workshops"
    found = [(m.label, text[m.start : m.end]) for m in find_training_words(text, LEX)]
    assert found == [
        (COUNTED, "vijf basistrainingen"),
        (PLURAL, "trainingen"),
        (PLURAL, "workshops"),
    ]


def test_a_provider_abbreviation_before_training_is_no_name():
    text = "de ROR training"
    assert [(m.label, text[m.start : m.end]) for m in find_training_words(text, LEX)] == [
        (WORD, "training")
    ]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("de training ‘omgaan met radicalisering’ ", ["‘omgaan met radicalisering’"]),
        ("“links- en rechtsextremisme”", ["“links- en rechtsextremisme”"]),
        ("«Dialoog»", ["«Dialoog»"]),
        ("de cursus 'Weerbaar opvoeden' loopt", ["'Weerbaar opvoeden'"]),
        ("zo'n 250 mensen en thema’s", []),
        ("‘a’", []),
        ("‘een\n\ntitel’", []),
    ],
)
def test_find_quotes(text, bodies):
    assert [text[s:e] for s, e in find_quotes(text, LEX)] == bodies


def test_attach_titles_follows_a_list_and_stops_at_other_words():
    text = "de trainingen ‘A1’, ‘B2’ en “C3” gaven we, met het convenant ‘D4’."
    words = find_training_words(text, LEX)
    titles, used = attach_titles(text, words, find_quotes(text, LEX), LEX)
    assert [text[t.start : t.end] for t in titles] == ["‘A1’", "‘B2’", "“C3”"]
    assert used == set(words)


def test_attach_titles_before_the_word():
    text = "De ‘Omgaan met weerstand’-training"
    words = find_training_words(text, LEX)
    titles, _ = attach_titles(text, words, find_quotes(text, LEX), LEX)
    assert [text[t.start : t.end] for t in titles] == ["‘Omgaan met weerstand’"]


def test_find_durations():
    text = (
        "een eendaagse basistraining, een 2-daagse, een basistraining (dagdeel) "
        "en een cursus van drie dagen"
    )
    assert [text[m.start : m.end] for m in find_durations(text, LEX)] == [
        "eendaagse",
        "2-daagse",
        "dagdeel",
        "drie dagen",
    ]


def test_find_counts_with_qualifier_and_modifier(annotate_text):
    doc, _ = annotate_text(
        "Ruim 150 eerstelijns professionals en meer dan 7.000 mensen, "
        "11 gemeenten en 7.000 inwoners."
    )
    assert [doc.text[m.start : m.end] for m in find_counts(doc, LEX)] == [
        "Ruim 150 eerstelijns professionals",
        "meer dan 7.000 mensen",
    ]


def test_find_counts_skips_a_redacted_number(nlp):
    from pipeline.nlp import annotate
    from pipeline.records import CleanPage

    base = CleanPage.from_text("Er zijn 12 docenten getraind.")
    page = CleanPage(
        number=1, text=base.text, raw=base.raw, raw_offsets=base.raw_offsets, redactions=((8, 10),)
    )
    doc = annotate(nlp, page)
    assert find_counts(doc, LEX) == []


def test_find_audiences():
    text = (
        "een training voor een brede groep van eerstelijns professionals, "
        "specifiek voor medewerkers van Sociale zaken"
    )
    assert [text[m.start : m.end] for m in find_audiences(text, LEX)] == [
        "eerstelijns professionals",
        "medewerkers van Sociale zaken",
    ]


def test_units_split_sentences_at_blank_lines_semicolons_and_bullets(annotate_text):
    doc, _ = annotate_text("Een zin. Tweede deel;\n  • derde\n\nvierde")
    assert [doc.text[s:e].strip() for s, e in segment_units(doc)] == [
        "Een zin.",
        "Tweede deel",
        "derde",
        "vierde",
    ]


@pytest.mark.parametrize(
    ("start", "expected"), [(0, 0), (4, 0), (5, None), (7, 1), (11, None), (-1, None)]
)
def test_unit_index(start, expected):
    from pipeline.extract.training_mentions import unit_index

    assert unit_index([(0, 5), (6, 10)], start) == expected


def test_sentence_ranges_cover_the_sentences_in_one_pass(annotate_text):
    doc, _ = annotate_text("Een zin. Nog een! En de derde")
    assert sentence_ranges(doc) == [(0, 9), (9, 18), (18, 29)]
    assert [doc.text[s:e].strip() for s, e in sentence_ranges(doc)] == [s.text for s in doc.sents]


def test_a_curly_apostrophe_plural_is_one_count(nlp):
    doc = nlp.make_doc("Er zijn 75 boa’s opgeleid.")
    found = [doc.text[m.start : m.end] for m in find_counts(doc, LEX)]
    assert found == ["75 boa’s"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de tweedaagse cursus Motiverende Gespreksvoering af", ["Motiverende Gespreksvoering"]),
        ("de training Leren van Fouten gevolgd", ["Leren van Fouten"]),
        ("de basiscursus\nMaatjescontact gevolgd", ["Maatjescontact"]),
        ("de training van het ROR", []),
        ("gaf de training ROR een vervolg", []),
        ("na de cursus In 2019 volgde", []),
        ("volgden de cursus September was druk", []),
        ("Cursus\nVrijwilligers meldden zich", []),
        ("de trainingen Signaleren", []),
    ],
)
def test_attach_names(text, expected):
    words = find_training_words(text, LEX)
    names, used = attach_names(text, words, LEX, [])
    assert [text[m.start : m.end] for m in names] == expected
    assert all(m.label == TITLE for m in names)
    assert len(used) == len(expected)


def test_a_name_is_not_a_municipality():
    text = "volgden de training Almere Buiten"
    words = find_training_words(text, LEX)
    names, _ = attach_names(text, words, LEX, [(text.index("Almere"), len(text))])
    assert names == []


def test_a_title_keeps_the_kind_of_its_word():
    text = "de basiscursus Respijtzorg en de verdiepingstraining ‘Omgaan met stress’"
    words = find_training_words(text, LEX)
    titles, used = attach_titles(text, words, find_quotes(text, LEX), LEX)
    names, _ = attach_names(text, [w for w in words if w not in used], LEX, [])
    assert sorted(m.kb_id for m in titles + names) == ["basiscursus", "verdiepingstraining"]
