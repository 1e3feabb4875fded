"""Language detection from function words, and its word lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.language import (
    LANGUAGES,
    detect_language,
    document_language,
    word_lists,
)

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.mark.parametrize("text, language", [
    ("De gemeente heeft een subsidie van het ministerie ontvangen voor de preventie van geweld, "
     "die werd gebruikt voor de training van docenten.", "nl"),
    ("Naar aanleiding van uw brief van 12 maart jl. delen wij u mee dat het college heeft besloten "
     "om de aanvraag toe te kennen.", "nl"),
    ("The municipality received a grant from the ministry for the prevention of violence, which was "
     "used for the training of teachers.", "en"),
    ("La commune a reçu une subvention du ministère pour la prévention de la violence, qui a été "
     "utilisée pour la formation des enseignants.", "fr"),
    ("Die Gemeinde hat eine Förderung des Ministeriums für die Prävention von Gewalt erhalten, die "
     "für die Ausbildung der Lehrer verwendet wurde.", "de"),
])
def test_detects_the_language_of_a_paragraph(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize("text", [
    "",
    "Jaarverslag 2016",  # a title: too few words to tell
    "€ 45.000 | 2016 | 120 | GM0344",
    "de en in is",  # only words Dutch, English and French share
])
def test_too_little_to_tell_gives_none(text):
    assert detect_language(text) is None


def test_every_corpus_document_is_dutch():
    for path in sorted(CORPUS.glob("*.txt")):
        assert detect_language(path.read_text(encoding="utf-8")) == "nl", path.name


def test_document_language_reads_pages_until_it_has_enough():
    pages = ["Jaarverslag", "The board met in May and the members of the council were informed of the plans."]
    assert document_language(pages) == "en"
    assert document_language([]) is None


def test_word_lists_load_for_every_language():
    lists = word_lists()
    assert set(lists) == set(LANGUAGES)
    assert "het" in lists["nl"] and "the" in lists["en"] and "les" in lists["fr"] and "und" in lists["de"]
