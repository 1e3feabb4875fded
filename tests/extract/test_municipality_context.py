"""The context the municipality rules read: surface variants, overlaps, list heads and lists, sentence starts, names split from stops."""

from __future__ import annotations

import pytest
import spacy

from pipeline.extract.municipality_context import (
    Candidate,
    gap_is_list_joiner,
    group_enumerations,
    is_sentence_initial,
    list_head,
    resolve_overlaps,
    skip_list_marker,
    split_names_from_full_stops,
    surface_variants,
)
from pipeline.extract.municipality_lexicon import municipality_words
from pipeline.gazetteer import lookup


@pytest.fixture(scope="module")
def tok():
    return spacy.blank("nl")


def test_surface_variants_cover_accents_quotes_and_hyphens():
    forms = surface_variants("'s-Gravenhage")
    assert {"'s-Gravenhage", "’s-Gravenhage", "‘s-Gravenhage", "'s Gravenhage"} <= forms
    assert "Sudwest Fryslan" in surface_variants("Súdwest-Fryslân")


def test_resolve_overlaps_longest_wins_and_municipality_beats_region_on_a_tie():
    utrecht = lookup("Utrecht")
    heuvelrug = lookup("Utrechtse Heuvelrug")
    kept = resolve_overlaps(
        [
            Candidate(3, 4, None),
            Candidate(3, 4, utrecht),
            Candidate(0, 2, None),
            Candidate(1, 3, heuvelrug),
        ]
    )
    assert [(c.start, c.end, c.is_region) for c in kept] == [(1, 3, False), (3, 4, False)]


def test_list_head_province(tok):
    lex = municipality_words()
    assert list_head(tok("de provincie Utrecht"), 2, lex).province
    assert list_head(tok("Gedeputeerde Staten van Groningen"), 3, lex).province
    assert not list_head(tok("de gemeente Utrecht"), 2, lex).province
    assert not list_head(tok("in Utrecht"), 1, lex).province


def test_skip_list_marker():
    lex = municipality_words()
    words = ["waaronder", ",", "gemeenten", "23"]
    assert skip_list_marker(words, lex) == ["gemeenten", "23"]
    assert skip_list_marker(["als", "gemeenten", "kleine"], lex)[0] == "gemeenten"
    assert skip_list_marker(["meer", "onder", "steden"], lex)[0] == "steden"
    assert skip_list_marker(["zoals", "provincies"], lex) == ["provincies"]
    # a marker without a gemeente word before it heads nothing
    assert skip_list_marker(["als", "mensen"], lex) == ["als", "mensen"]


def test_list_head_reads_gemeenten_waaronder(tok):
    lex = municipality_words()
    assert list_head(tok("23 gemeenten, waaronder Huizen"), 4, lex).gemeente
    assert list_head(tok("gemeenten als Huizen"), 2, lex).gemeente
    assert not list_head(tok("zoiets als Huizen"), 2, lex).gemeente
    assert list_head(tok("provincies als Utrecht"), 2, lex).province


def test_split_names_from_full_stops_leaves_the_lower_case_abbreviation():
    local = spacy.blank("nl")
    changed = split_names_from_full_stops(local, ["Best", "Huizen"])
    assert "Best." in changed and "best." not in changed
    assert [t.text for t in local("in Best.")] == ["in", "Best", "."]
    assert [t.text for t in local("best. zaken")][0] == "best."


def test_is_sentence_initial(nlp):
    doc = nlp("Best is dit. In Best wonen mensen.\n2. Best")
    starts = [t.i for t in doc if t.text == "Best"]
    assert [is_sentence_initial(doc, i) for i in starts] == [True, False, True]


def test_lists_are_joined_by_commas_en_and_bracketed_amounts(tok):
    lex = municipality_words()
    doc = tok("Den Haag (€ 950.000), Amsterdam, (€ 920.000) en Huizen zijn genoemd, Almere niet")
    assert gap_is_list_joiner(doc, 2, 7, lex)  # '(€ 950.000),'
    assert not gap_is_list_joiner(doc, 15, 18, lex)  # 'zijn genoemd,'
    cands = [
        Candidate(0, 2, None),
        Candidate(7, 8, None),
        Candidate(14, 15, None),
        Candidate(18, 19, None),
    ]
    assert [len(g) for g in group_enumerations(doc, cands, lex)] == [3, 1]


def test_list_head_reads_mede_namens_and_gemeenten(tok):
    lex = municipality_words()
    head = list_head(tok("mede namens de gemeenten: Dronten"), 5, lex)
    assert head.co_applicant and head.gemeente and not head.province
    assert list_head(tok("de provincies Groningen"), 2, lex).province


def test_a_section_heading_over_table_rows_heads_no_list_of_them(tok):
    lex = municipality_words()
    # 'Provincie Utrecht' heads a section of an allocation table; 'Amersfoort' opens a row of it.
    doc = tok("Provincie Utrecht\nAmersfoort\t1.210.000\nDe gemeenten:\nGouda\nLeiden")
    names = [i for i, t in enumerate(doc) if t.text in {"Utrecht", "Amersfoort", "Gouda", "Leiden"}]
    cands = [Candidate(i, i + 1, None) for i in names]
    assert [len(g) for g in group_enumerations(doc, cands, lex)] == [1, 1, 2]
