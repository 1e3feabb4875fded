"""Tests of pipeline.extract.trainings: the word lists, each finder, and the spans on a Doc."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from pipeline.extract.municipalities import SPAN_KEY as MUNICIPALITIES_KEY
from pipeline.extract.training_lexicon import (
    collective_stem,
    is_participant_noun,
    participant_audience,
    training_words,
)
from pipeline.extract.training_mentions import (
    AUDIENCE,
    COUNT,
    DURATION,
    KIND,
    NAMED,
    PLURAL,
    PROVIDER,
    TABLE_CELL,
    TABLE_COLUMN,
    TITLE,
    WORD,
    Mention,
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
from pipeline.extract.training_parts import (
    drop_questions,
    has_training_context,
    is_question,
    resolve_overlaps,
    starts_with_anaphor,
)
from pipeline.extract.training_providers import (
    find_organisation_names,
    find_provider_phrases,
    find_providers,
    learn_abbreviations,
)
from pipeline.extract.training_tables import is_count_column
from pipeline.extract.trainings import SPAN_KEY
from pipeline.phrases import alternation

LEX = training_words()


def spans_of(annotate_text, text: str) -> list[tuple[str, str]]:
    doc, _ = annotate_text(text)
    return [(s.label_, s.text) for s in doc.spans[SPAN_KEY]]


# --------------------------------------------------------------------------
# Resources


def test_every_resource_loads_and_qualifiers_are_the_table_vocabulary():
    assert LEX.kinds["basistraining"] == "basistrainingen"
    assert set(LEX.qualifiers.values()) <= {"exact", "more_than", "at_least", "at_most", "approx"}
    assert LEX.fixed_durations["dagdeel"] == Decimal("0.5")
    assert "ROR" in LEX.organisations["Rijksopleidingsinstituut tegengaan Radicalisering"]
    assert "training" in LEX.hypernyms


def test_phrase_alternation_allows_a_line_break_between_words():
    import re

    pattern = alternation(["halve dag", "dagdeel"], bare=True)
    assert re.fullmatch(pattern, "halve\ndag")
    assert re.fullmatch(pattern, "dagdeel")


# --------------------------------------------------------------------------
# Finders


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


# --------------------------------------------------------------------------
# Context and units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ruim 200 professionals getraind", True),
        ("zij hebben de cursus gevolgd", True),
        ("er waren 30 deelnemers", True),
        ("de gemeente telt 7.000 inwoners", False),
    ],
)
def test_has_training_context(text, expected):
    assert has_training_context(text, LEX) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Daarmee hebben ruim 150 professionals", True),
        ("In totaal zijn 40 mensen", True),
        ("Daarna kwam de zomer", False),
    ],
)
def test_starts_with_anaphor(text, expected):
    assert starts_with_anaphor(text, LEX) is expected


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


def test_resolve_overlaps_prefers_titles_and_keeps_provider_layer():
    kept = resolve_overlaps(
        [
            Mention(0, 10, KIND),
            Mention(0, 12, TITLE),
            Mention(20, 25, DURATION),
            Mention(22, 30, COUNT),
            Mention(22, 30, PROVIDER, kb_id="X"),
        ]
    )
    assert [(m.start, m.end, m.label) for m in kept] == [
        (0, 12, TITLE),
        (22, 30, COUNT),
        (22, 30, PROVIDER),
    ]


# --------------------------------------------------------------------------
# The component on a Doc


def test_component_writes_labelled_parts(annotate_text):
    found = spans_of(
        annotate_text,
        "Het ROR gaf een eendaagse basistraining voor docenten. "
        "In 2017 zijn ruim 36 professionals getraind.",
    )
    assert found == [
        (PROVIDER, "ROR"),
        (DURATION, "eendaagse"),
        (KIND, "basistraining"),
        (AUDIENCE, "docenten"),
        (COUNT, "ruim 36 professionals"),
    ]


def test_parts_outside_training_sentences_are_dropped(annotate_text):
    assert spans_of(annotate_text, "De NCTV telt 150 professionals. De eendaagse kost veel.") == []


def test_titles_replace_the_word_that_introduces_them(annotate_text):
    found = spans_of(annotate_text, "We gaven de trainingen ‘Signaleren’ en ‘Informatiedelen’.")
    assert found == [(TITLE, "‘Signaleren’"), (TITLE, "‘Informatiedelen’")]


def test_table_columns_and_cells(annotate_text):
    doc, _ = annotate_text("Gemeente 1 daagse 2 daagse\nAlmere 6 6\nDronten |\nLelystad B\n")
    doc.spans[MUNICIPALITIES_KEY] = [doc.char_span(27, 33, label="m", kb_id="GM0034")]
    from pipeline.extract.trainings import TrainingsComponent

    spans = TrainingsComponent()(doc).spans[SPAN_KEY]
    columns = [(s.text, s.id_) for s in spans if s.label_ == TABLE_COLUMN]
    cells = [(s.text, s.kb_id_, s.id_) for s in spans if s.label_ == TABLE_CELL]
    assert columns == [("1 daagse", "col@9"), ("2 daagse", "col@18")]
    assert cells == [("Almere 6", "GM0034", "col@9"), ("Almere 6 6", "GM0034", "col@18")]


def test_no_table_without_a_numeric_cell(annotate_text):
    found = spans_of(annotate_text, "Gemeente 1 daagse 2 daagse\nDronten |\nLelystad B\n")
    assert not any(label in (TABLE_COLUMN, TABLE_CELL) for label, _ in found)


def test_a_header_line_of_prose_is_no_table(annotate_text):
    found = spans_of(annotate_text, "Wij boden de eendaagse basistraining\nAlmere 6 6\n")
    assert not any(label in (TABLE_COLUMN, TABLE_CELL) for label, _ in found)


def test_span_key_is_trainings():
    assert SPAN_KEY == "trainings"
    assert json.dumps(SPAN_KEY) == '"trainings"'


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Gemeente 1 daagse 2 daagse", ["1 daagse", "2 daagse"]),
        ("Gemeente | 1 daagse | 2 daagse |", ["1 daagse", "2 daagse"]),
        (
            "Naam gemeente Basistraining Verdiepingstraining",
            ["Basistraining", "Verdiepingstraining"],
        ),
        ("Gemeente 1-daagse", ["1-daagse"]),
        ("Wij boden de eendaagse basistraining", None),
        ("Gemeente 1 daagse en meer", None),
        ("1 daagse 2 daagse", None),
    ],
)
def test_header_columns(line, expected):
    from pipeline.extract.training_tables import _column_pattern, header_columns, training_table_rules

    found = header_columns(line, _column_pattern(LEX), training_table_rules())
    assert (None if found is None else [line[s:e] for s, e in found[0]]) == expected


@pytest.mark.parametrize(
    ("line", "pipes", "expected"),
    [
        ("Almere 6 6", False, ("Almere", ["6", "6"])),
        ("Dronten |", False, ("Dronten", ["|"])),
        ("Den Haag 12 4", False, ("Den Haag", ["12", "4"])),
        ("'s-Hertogenbosch 3 1", False, ("'s-Hertogenbosch", ["3", "1"])),
        ("Utrecht | | 10", True, ("Utrecht", ["", "10"])),
        (" De kosten voor de eendaagse bedragen veel", False, None),
        ("6 6", False, None),
    ],
)
def test_row_cells(line, pipes, expected):
    from pipeline.extract.training_tables import row_cells, training_table_rules

    found = row_cells(line, 0, len(line), pipes, training_table_rules())
    if expected is None:
        assert found is None
    else:
        start, end, cells = found
        assert (line[start:end], [line[s:e] for s, e in cells]) == expected


@pytest.mark.parametrize(
    ("word", "noun", "audience"),
    [
        ("docenten", True, "docenten"),
        ("boa's", True, "boa's"),
        ("boa’s", True, "boa's"),
        ("Raadsleden", True, "raadsleden"),
        ("wethouders", True, "wethouders"),
        ("buurtsportcoaches", True, "buurtsportcoaches"),
        ("jeugdartsen", True, "jeugdartsen"),
        ("mensen", True, None),
        ("rechtspersonen", False, None),
        ("inwoners", False, None),
        ("gemeenten", False, None),
        ("coaches", True, "coaches"),
    ],
)
def test_participant_nouns_and_their_compounds(word, noun, audience):
    assert is_participant_noun(word) is noun
    assert participant_audience(word) == audience


@pytest.mark.parametrize(
    ("header", "expected"),
    [("deelnemers", True), ("Aantal  deelnemers", True), ("Aantal", True), ("1 daagse", False)],
)
def test_is_count_column(header, expected):
    assert is_count_column(header) is expected


def test_a_count_column_makes_a_training_table(annotate_text):
    text = "Gemeente     deelnemers\nAlmere       14\nTotaal       14\n"
    doc, _ = annotate_text(text)
    labels = [(s.label_, s.text) for s in doc.spans[SPAN_KEY]]
    assert (TABLE_COLUMN, "deelnemers") in labels
    assert [t for lab, t in labels if lab == TABLE_CELL] == ["Almere       14"]


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


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("twintigtal", "twintig"),
        ("tiental", "tien"),
        ("viertal", "vier"),
        ("totaal", None),
        ("tientallen", None),
        ("tal", None),
    ],
)
def test_collective_stem(word, expected):
    assert collective_stem(word) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hoeveel boa's volgden in 2020 de cursus 'Veilig optreden'?", True),
        ("Kunt u aangeven welke trainingen zijn gegeven? ", True),
        ("In 2020 volgden 12 boa's de cursus 'Veilig optreden'.", False),
        ("Vraag 4", False),
    ],
)
def test_is_question(sentence, expected):
    assert is_question(sentence, training_words()) is expected


def test_drop_questions_keeps_the_answer_and_drops_the_question():
    text = "Hoeveel jongerenwerkers volgden de taalcursus? Dat waren er 15."
    question_end = text.index("?") + 1
    sentences = [(0, question_end), (question_end + 1, len(text))]
    inside = Mention(text.index("taalcursus"), question_end - 1, "training_kind")
    after = Mention(text.index("15"), len(text) - 1, "participant_count")
    assert drop_questions(text, sentences, [inside, after], training_words()) == [after]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Wmo-consulenten", True),
        ("jeugd-docenten", True),
        ("-docenten", False),
        ("12-docenten", False),
    ],
)
def test_hyphenated_compound_of_an_audience_is_a_trainee_noun(word, expected):
    assert is_participant_noun(word) is expected
