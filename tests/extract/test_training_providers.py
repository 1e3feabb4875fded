"""Training providers: known names, abbreviations the page defines, organisation names and provider phrases."""

from __future__ import annotations

import pytest

from pipeline.extract.training_lexicon import training_words
from pipeline.extract.training_providers import (
    find_organisation_names,
    find_provider_phrases,
    find_providers,
    learn_abbreviations,
)

LEX = training_words()


@pytest.mark.parametrize(
    ("text", "abbr", "name"),
    [
        (
            "het Rijksopleidingsinstituut tegengaan Radicalisering (ROR).",
            "ROR",
            "Rijksopleidingsinstituut tegengaan Radicalisering",
        ),
        (
            "de Expertise-Unit Sociale Stabiliteit (ESS) biedt",
            "ESS",
            "Expertise-Unit Sociale Stabiliteit",
        ),
        (
            "de Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV)",
            "NCTV",
            "Nationaal Coördinator Terrorismebestrijding en Veiligheid",
        ),
        (
            "de Vereniging Nederlandse Gemeenten (VNG) zelf",
            "VNG",
            "Vereniging Nederlandse Gemeenten",
        ),
    ],
)
def test_learn_abbreviations(text, abbr, name):
    learned = learn_abbreviations(text, LEX)
    assert learned[abbr][0] == name
    start, end = learned[abbr][1:]
    assert text[start:end] == f"{name} ({abbr})"


def test_learn_abbreviations_needs_matching_initials():
    assert learn_abbreviations("de training (BOUNCE) en de gemeente (GM)", LEX) == {}
    assert learn_abbreviations("Vragen van het lid Tellegen (VVD) aan", LEX) == {}


def test_find_providers_expands_known_and_learned_names():
    text = "De ESS en het Landelijk Expertisecentrum Weerbaarheid (LEW). Later gaf het LEW les."
    found = sorted((text[m.start : m.end], m.kb_id) for m in find_providers(text, LEX))
    assert ("ESS", "Expertise-Unit Sociale Stabiliteit") in found
    assert ("LEW", "Landelijk Expertisecentrum Weerbaarheid") in found
    assert (
        "Landelijk Expertisecentrum Weerbaarheid (LEW)",
        "Landelijk Expertisecentrum Weerbaarheid",
    ) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gegeven door het Kennisinstituut Veilig Werk.", ["Kennisinstituut Veilig Werk"]),
        ("De Politie Academie Noord traint agenten.", ["Politie Academie Noord"]),
        ("verzorgd door Stichting Buurtwerk Oost.", ["Stichting Buurtwerk Oost"]),
        ("gevolgd bij de TAL-Groep in Zwolle.", ["TAL-Groep"]),
        ("Centrum voor Jeugd en Gezin", ["Centrum voor Jeugd en Gezin"]),
        ("De gemeente Ede en wethouder De Vries.", []),
        ("Het Ministerie van Justitie en Veiligheid", []),
    ],
)
def test_find_organisation_names(text, expected):
    assert [name for _, _, name in find_organisation_names(text, LEX)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de training werd gegeven door Partners Preventie.", ["Partners Preventie"]),
        ("gevolgd bij het Mulder Opleidingen in Ede", ["Mulder Opleidingen"]),
        ("verzorgd door de Politieacademie;", ["Politieacademie"]),
        ("verzorgd door medewerkers van de gemeente", []),
        ("gegeven door De gemeente", []),
    ],
)
def test_find_provider_phrases(text, expected):
    assert [name for _, _, name in find_provider_phrases(text, LEX)] == expected
