"""The word lists of municipality finding (``resources/gazetteer/``), loaded once and checked.

``municipality_words()`` gives the ``MunicipalityWords``: context words, organisation
words, person titles, parties, region words and the markers of lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.gazetteer import gazetteer, name_key
from pipeline.resource_files import GazetteerContextFile, GazetteerRegionsFile

# --------------------------------------------------------------------------
# Resources


def _lower_set(words: list[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def party_key(text: str) -> str:
    """A party name as compared: lower case, no spaces or hyphens (``GroenLinks-PvdA``)."""
    return re.sub(r"[\s\-‐–]+", "", text.lower())


def _phrases(words: list[str]) -> tuple[tuple[str, ...], ...]:
    """Multi-word markers as lower-case token tuples, longest first."""
    return tuple(sorted((tuple(w.lower().split()) for w in words), key=len, reverse=True))


@dataclass(frozen=True)
class MunicipalityWords:
    """The word lists of ``context.json`` and ``regions.json``."""

    ordinary_word_keys: frozenset[str]
    gemeente_words: frozenset[str]
    gemeente_list_markers: tuple[tuple[str, ...], ...]
    province_words: frozenset[str]
    province_column_headers: frozenset[str]
    organisation_words: frozenset[str]
    organisation_words_after: frozenset[str]
    congregation_denominations: frozenset[str]
    member_region_words: frozenset[str]
    person_titles: frozenset[str]
    office_titles: frozenset[str]
    person_list_titles: frozenset[str]
    party_keys: frozenset[str]
    party_quantifiers: frozenset[str]
    first_names: frozenset[str]
    name_particles: frozenset[str]
    list_joiners: frozenset[str]
    list_skip_before: frozenset[str]
    money_words: frozenset[str]
    municipality_verbs: frozenset[str]
    municipality_auxiliaries: frozenset[str]
    municipality_participles: frozenset[str]
    co_applicant_markers: tuple[tuple[str, ...], ...]
    region_names: tuple[str, ...]
    province_abbreviations: dict[str, str]


@lru_cache(maxsize=1)
def municipality_words() -> MunicipalityWords:
    ctx = load_file(GazetteerContextFile)
    regions = load_file(GazetteerRegionsFile)
    gaz = gazetteer()
    unknown = [w for w in ctx.ordinary_word_names if not gaz.candidates(w)]
    if unknown:
        raise ValueError(f"context.json: ordinary_word_names not in the gazetteer: {unknown}")
    provinces = set(regions.provinces)
    bad = {
        k: v
        for k, v in regions.province_abbreviations.items()
        if v not in provinces or k != k.lower()
    }
    if bad:
        raise ValueError(
            f"regions.json: province_abbreviations must map lower-case keys to provinces: {bad}"
        )
    particles = frozenset(p for phrase in ctx.name_particles for p in phrase.lower().split())
    return MunicipalityWords(
        ordinary_word_keys=frozenset(name_key(w) for w in ctx.ordinary_word_names),
        gemeente_words=_lower_set(ctx.gemeente_words),
        gemeente_list_markers=_phrases(ctx.gemeente_list_markers),
        province_words=_lower_set(ctx.province_words),
        province_column_headers=_lower_set(ctx.province_column_headers),
        organisation_words=_lower_set(ctx.organisation_words),
        organisation_words_after=_lower_set(ctx.organisation_words_after),
        congregation_denominations=_lower_set(ctx.congregation_denominations),
        member_region_words=_lower_set(ctx.member_region_words),
        person_titles=_lower_set(ctx.person_titles),
        office_titles=_lower_set(ctx.office_titles),
        person_list_titles=_lower_set(ctx.person_list_titles),
        party_keys=frozenset(party_key(p) for p in ctx.parties),
        party_quantifiers=_lower_set(ctx.party_quantifiers),
        first_names=frozenset(ctx.first_names),
        name_particles=particles,
        list_joiners=_lower_set(ctx.list_joiners),
        list_skip_before=_lower_set(ctx.list_skip_before),
        money_words=_lower_set(ctx.money_words),
        municipality_verbs=_lower_set(ctx.municipality_verbs),
        municipality_auxiliaries=_lower_set(ctx.municipality_auxiliaries),
        municipality_participles=_lower_set(ctx.municipality_participles),
        co_applicant_markers=_phrases(ctx.co_applicant_markers),
        region_names=tuple(regions.provinces + regions.regions + regions.adjectives),
        province_abbreviations=dict(regions.province_abbreviations),
    )
