"""Generic training words need a training context; job titles and education levels are no training."""

from __future__ import annotations

import pytest

from pipeline.extract.training_context import (
    count_of,
    find_elliptic_counts,
    generic_words,
)
from pipeline.extract.training_lexicon import kind_of
from pipeline.extract.training_mentions import ELLIPTIC, TITLE, Mention, paragraphs
from pipeline.extract.trainings import SPAN_KEY


def labels(annotate_text, text):
    doc, _ = annotate_text(text)
    return [(s.text, s.label_) for s in doc.spans[SPAN_KEY]]


@pytest.mark.parametrize(
    "text",
    [
        "De voorlichting over het nieuwe beleid staat op de website.",
        "Tijdens de expertmeeting van 3 maart is gesproken over de begroting.",
        "Wij zoeken een kandidaat met een afgeronde hbo opleiding.",
        "Zij heeft een opleiding op mbo-niveau.",
        "Hoofd Training en Opleiding: mevrouw Jansen.",
        "De manager opleidingen stuurde een brief.",
        "Deze module van het systeem rekent de uitkering uit.",
    ],
)
def test_generic_words_without_a_training_context_give_nothing(annotate_text, text):
    assert labels(annotate_text, text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("De GGD gaf een voorlichting aan 40 ouders.", "voorlichting"),
        ("Wij organiseerden een expertmeeting over armoede.", "expertmeeting"),
        ("De opleiding werd gevolgd door 25 wijkagenten.", "opleiding"),
        ("Er was een webinar voor wethouders.", "webinar"),
        ("Het team kreeg een awareness-sessie over phishing.", "awareness-sessie"),
        ("Zij gaven een workshop over schulden.", "workshop"),
    ],
)
def test_training_words_in_a_training_context_count(annotate_text, text, word):
    assert word in [t for t, _ in labels(annotate_text, text)]


@pytest.mark.parametrize(
    "text",
    [
        "De voorlichting ‘Veilig online’ staat op de website.",
        "De voorlichting «Veilig online» staat op de website.",
    ],
)
def test_a_named_generic_training_counts_by_its_title(annotate_text, text):
    assert [label for _, label in labels(annotate_text, text)] == [TITLE]


def test_webinar_and_awareness_sessions_are_kinds():
    assert kind_of("webinars").plural
    assert kind_of("awarenesssessie").lemma == "awarenesssessie"


def test_elliptic_counts_need_a_training_before_them_in_the_paragraph():
    text = "De training ‘A’ liep goed. In 2017 waren dat er ruim 132.\n\nIn 2018 waren dat er 90."
    training = Mention(11, 14, TITLE)
    found = find_elliptic_counts(text, [training], paragraphs(text))
    assert [(text[m.start : m.end], m.label) for m in found] == [("ruim 132", ELLIPTIC)]


@pytest.mark.parametrize(
    "text",
    [
        "In 2017 waren dat er 12 procent.",
        "In 2017 waren dat er 12,5.",
    ],
)
def test_elliptic_counts_are_whole_numbers_of_people(text):
    assert find_elliptic_counts(text, [Mention(0, 2, TITLE)], paragraphs(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("132", (132, "exact")), ("ruim 1.200", (1200, "more_than")), ("bijna 40", (40, "at_most")), ("veel", None)],
)
def test_count_of(text, expected):
    assert count_of(text) == expected


def test_generic_rules_load_lower_case():
    rules = generic_words()
    assert "voorlichting" in rules.generic_kinds
    assert all(w == w.lower() for w in rules.context_words | rules.job_title_words)
    assert all(kind_of(w) is not None for w in rules.generic_kinds)


def test_an_unknown_organisation_is_no_training_context(annotate_text):
    text = "• Centrum Jeugd en Gezin: voorlichting en behandeling van ouders met vragen."
    assert "voorlichting" not in [t for t, _ in labels(annotate_text, text)]
    text = "De voorlichting van het ROR in Utrecht."
    assert "voorlichting" in [t for t, _ in labels(annotate_text, text)]


def test_an_adverb_may_stand_between_opener_and_number():
    text = "De training ‘A’ liep goed. In 2017 waren dat er al 132."
    found = find_elliptic_counts(text, [Mention(11, 14, TITLE)], paragraphs(text))
    assert [text[m.start : m.end] for m in found] == ["132"]


def test_a_generic_plural_needs_a_part_of_a_training(annotate_text):
    text = "Het onderzoek is georganiseerd langs de lijnen van opleidingen."
    assert labels(annotate_text, text) == []
    text = "Wij organiseerden voorlichtingen voor 300 ouders."
    assert "voorlichtingen" in [t for t, _ in labels(annotate_text, text)]


@pytest.mark.parametrize(
    "text",
    [
        "De school houdt in maart een voorlichting voor ouders over de schoolkeuze.",
        "Voor vrijwilligers van de voedselbank komt er een voorlichting over de nieuwe regels.",
        "Er was een expertmeeting voor ambtenaren over de woningmarkt in Zutphen.",
    ],
)
def test_an_audience_alone_makes_no_generic_word_a_training(annotate_text, text):
    assert labels(annotate_text, text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("In Tiel kregen 35 vrijwilligers een voorlichting over schulden.", "voorlichting"),
        ("Er was een voorlichting van een dagdeel voor docenten in Hengelo.", "voorlichting"),
        ("De voorlichting voor ouders werd verzorgd door de GGD.", "voorlichting"),
        ("De expertmeeting voor ambtenaren had 40 deelnemers.", "expertmeeting"),
    ],
)
def test_a_generic_word_with_an_audience_and_a_part_of_a_training_counts(annotate_text, text, word):
    assert word in [t for t, _ in labels(annotate_text, text)]
