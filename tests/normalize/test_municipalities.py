"""Municipality facts: code, official name, province, role and merged_into for each mention."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.nlp import annotate
from pipeline.normalize.municipalities import (
    ROLES,
    document_when,
    has_money,
    is_letterhead,
    mentions_of,
    municipality_facts,
    municipality_role_words,
    nonempty_lines_before,
    place_municipality_at,
)
from pipeline.records import CleanPage, DocumentInfo

PROJECT = Path(__file__).resolve().parents[2]
CORPUS = PROJECT / "corpus"
GOLD = CORPUS / "gold" / "gold.jsonl"


def info(doc_date: str | None = None) -> DocumentInfo:
    return DocumentInfo(
        doc_id="d0",
        source="d0.txt",
        doc_type="brief",
        doc_type_rule="test",
        doc_date=doc_date,
        title=None,
        n_pages=1,
        ingest="text",
    )


@pytest.fixture
def facts_of(nlp):
    def run(text: str, doc_date: str | None = None):
        page = CleanPage.from_text(text)
        doc = annotate(nlp, page)
        return municipality_facts(doc, page, info(doc_date))

    return run


def rows(facts):
    return [(f.code, f.role) for f in facts]


# Each row: a sentence and the (code, role) of every mention in it, in order.
ROLE_CASES = [
    # recipient: money goes to the municipality
    (
        "Het gaat om Den Haag (€ 950.000), Amsterdam, (€ 920.000) en Utrecht (€ 683.000).",
        [("GM0518", "recipient"), ("GM0363", "recipient"), ("GM0344", "recipient")],
    ),
    (
        "1. Rotterdam (€ 665.000)\n2. Delft (€ 535.000)",
        [("GM0599", "recipient"), ("GM0503", "recipient")],
    ),
    ("De gemeente Arnhem ontvangt € 400.000 voor de aanpak.", [("GM0202", "recipient")]),
    ("De gemeente Zoetermeer krijgt ruim 2 miljoen euro.", [("GM0637", "recipient")]),
    ("Gemeente Huizen ontving een bijdrage van € 157.000.", [("GM0406", "recipient")]),
    ("Er is € 120.000 toegekend aan de gemeente Urk.", [("GM0184", "recipient")]),
    ("Aan de gemeente Zeewolde is een bedrag van € 30.000 toegekend.", [("GM0050", "recipient")]),
    ("Voor Lelystad is € 50.000 beschikbaar gesteld.", [("GM0995", "recipient")]),
    (
        "Het kabinet trekt € 2 miljoen uit voor Almere en Dronten.",
        [("GM0034", "recipient"), ("GM0303", "recipient")],
    ),
    (
        "Goes en Middelburg ontvingen samen subsidie.",
        [("GM0664", "recipient"), ("GM0687", "recipient")],
    ),
    ("Putten: € 80.000 voor jongerenwerk.", [("GM0273", "recipient")]),
    ("Putten ontvangt € 100.000.", [("GM0273", "recipient")]),
    (
        "Gemeente   bedrag\nAlmere    € 12.000\nUrk       € 3.000",
        [("GM0034", "recipient"), ("GM0184", "recipient")],
    ),
    ("Almere 6 6\nDronten 2 1", [("GM0034", "mentioned"), ("GM0303", "mentioned")]),
    # not a recipient: no money in the sentence, or money not going to them
    (
        "De bijdragen aan de gemeenten Gouda en Nijmegen worden nog vastgesteld.",
        [("GM0513", "mentioned"), ("GM0268", "mentioned")],
    ),
    ("In Delft is het beleid geëvalueerd.", [("GM0503", "mentioned")]),
    ("De gemeente Breda heeft € 3 miljoen uitgegeven aan wegen.", [("GM0758", "mentioned")]),
    # applicant
    (
        "Conform afspraak ontvangt u hierbij het voorstel van de gemeente Almere.",
        [("GM0034", "applicant")],
    ),
    ("De aanvraag van de gemeente Tilburg is op tijd binnen.", [("GM0855", "applicant")]),
    ("De gemeente Dronten vraagt een bijdrage aan voor de training.", [("GM0303", "applicant")]),
    (
        "De gemeenten Ede en Epe dienen een gezamenlijk plan in.",
        [("GM0228", "applicant"), ("GM0232", "applicant")],
    ),
    ("Namens de gemeente Leiden dien ik dit verzoek in.", [("GM0546", "applicant")]),
    ("Hoogachtend,\nF.M. Weerwind\nBurgemeester Almere", [("GM0034", "applicant")]),
    ("Met vriendelijke groet,\nDe burgemeester van Lelystad", [("GM0995", "applicant")]),
    (
        "Gemeente Zwolle\nPostbus 10007\n8000 GA Zwolle\n\nBetreft: aanvraag",
        [("GM0193", "applicant"), ("GM0193", "address")],
    ),
    # co-applicant
    (
        "Het voorstel van de gemeente Almere, mede namens de gemeenten: "
        "Dronten, Lelystad, Noordoostpolder, Urk en Zeewolde.",
        [
            ("GM0034", "applicant"),
            ("GM0303", "co_applicant"),
            ("GM0995", "co_applicant"),
            ("GM0171", "co_applicant"),
            ("GM0184", "co_applicant"),
            ("GM0050", "co_applicant"),
        ],
    ),
    (
        "Deze aanvraag dient Breda in, mede namens Oosterhout en Etten-Leur.",
        [("GM0758", "mentioned"), ("GM0826", "co_applicant"), ("GM0777", "co_applicant")],
    ),
    ("Wij schrijven u mede namens de gemeente Huizen.", [("GM0406", "co_applicant")]),
    # address
    ("Postbus 20301\n2500 EH DEN HAAG", [("GM0518", "address")]),
    ("Postbus 150, 1300 AE Almere", [("GM0034", "address")]),
    ("Stationsplein 1\n3818 LE Amersfoort", [("GM0307", "address")]),
    ("Antwoordnummer 1234\n3500 VB Utrecht", [("GM0344", "address")]),
    ("Postbus 15, Delft", [("GM0503", "address")]),
    # mentioned
    ("In Almere zijn 200 professionals getraind.", [("GM0034", "mentioned")]),
    ("De wethouder van 's-Hertogenbosch opende de tentoonstelling.", [("GM0796", "mentioned")]),
    ("Den Haag, 12 maart 2016", [("GM0518", "mentioned")]),
    ("Het overleg vond plaats in Groningen.", [("GM0014", "mentioned")]),
    (
        "De scholen in Hof van Twente en Súdwest-Fryslân zijn gesloten.",
        [("GM1735", "mentioned"), ("GM1900", "mentioned")],
    ),
    (
        "Eindhoven, Best en Veldhoven werken samen.",
        [("GM0772", "mentioned"), ("GM0753", "mentioned"), ("GM0861", "mentioned")],
    ),
    (
        "Er wordt een postbus geopend voor meldingen uit Delft over de gemeentelijke regeling "
        "en over veel andere zaken die spelen.",
        [("GM0503", "mentioned")],
    ),
    # nothing
    ("De provincie Utrecht en de regio Groningen werken samen.", []),
    ("Geachte heer Van der Steur,", []),
    ("De VNG en de gemeenten in Flevoland werken samen.", []),
    ("We hebben meer huizen gebouwd, en dat is best veel.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_CASES, ids=[c[0][:50] for c in ROLE_CASES])
def test_roles(facts_of, text, expected):
    assert rows(facts_of(text)) == expected


def test_fact_fields_come_from_the_gazetteer_and_provenance(facts_of):
    text = "Het gaat om Den Haag (€ 950.000)."
    (fact,) = facts_of(text)
    assert (fact.code, fact.name, fact.province) == ("GM0518", "'s-Gravenhage", "Zuid-Holland")
    assert fact.text == text[fact.char_start : fact.char_end] == "Den Haag"
    assert fact.rule == "gazetteer_alias"
    assert fact.context == text
    assert fact.role in ROLES
    assert fact.merged_into is None


@pytest.mark.parametrize(
    ("text", "doc_date", "code", "merged_into"),
    [
        ("De gemeente Haren stemde in.", "2020-05-01", "GM0017", "GM0014"),
        ("De gemeente Haren stemde in.", "2018-05-01", "GM0017", None),
        ("De gemeente Haren stemde in.", "2018", "GM0017", None),
        ("De gemeente Haren stemde in.", "2019", "GM0017", "GM0014"),
        ("De gemeente Haren stemde in.", None, "GM0017", None),
        # Skarsterlân -> De Friese Meren (2014) -> De Fryske Marren (2015-07-01)
        ("In Skarsterlân was het rustig.", "2014-09-01", "GM0051", "GM1921"),
        ("In Skarsterlân was het rustig.", "2016-01-01", "GM0051", "GM1940"),
        ("Weesp ontvangt € 10.000.", "2022-03-25", "GM0457", "GM0363"),
        ("Weesp ontvangt € 10.000.", "2022-03-23", "GM0457", None),
        ("Amsterdam ontvangt € 10.000.", "2016-01-28", "GM0363", None),
    ],
)
def test_merged_into_at_the_document_date(facts_of, text, doc_date, code, merged_into):
    (fact,) = facts_of(text, doc_date)
    assert (fact.code, fact.merged_into) == (code, merged_into)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2016-01-28", date(2016, 1, 28)),
        ("2018", 2018),
        ("2015-09", 2015),
        ("XXXX-02-27", None),
        (None, None),
        ("", None),
        ("2015-02-30", 2015),
    ],
)
def test_document_when(value, expected):
    assert document_when(value) == expected


def test_mentions_share_the_bounds_of_their_list(nlp):
    doc = nlp("Dronten, Lelystad en Urk doen mee; Almere ook.")
    mentions = mentions_of(list(doc.spans["municipalities"]))
    assert [(m.span.text, m.list_start, m.list_end) for m in mentions] == [
        ("Dronten", 0, 5),
        ("Lelystad", 0, 5),
        ("Urk", 0, 5),
        ("Almere", 8, 9),
    ]


def test_nonempty_lines_before_counts_up_to_the_limit():
    text = "a\n\nb\nc\nd"
    assert nonempty_lines_before(text, text.index("d"), 10) == 3
    assert nonempty_lines_before(text, text.index("d"), 2) == 2
    assert nonempty_lines_before(text, 0, 5) == 0


def test_has_money_reads_amounts_and_with_roles_money_nouns(nlp):
    roles = municipality_role_words()
    assert has_money(nlp("een bedrag van € 5"))
    assert has_money(nlp("zes miljoen euro"))
    assert not has_money(nlp("een bijdrage"))
    assert has_money(nlp("een bijdrage"), roles)


def test_letterhead_only_near_the_top(nlp):
    top = nlp("Gemeente Zwolle\nPostbus 1\n\nGeachte heer,")
    low = nlp("a\nb\nc\nd\ne\nGemeente Zwolle\nx")
    assert is_letterhead(mentions_of(list(top.spans["municipalities"]))[0])
    assert not is_letterhead(mentions_of(list(low.spans["municipalities"]))[0])


def test_role_words_load_and_are_lower_case():
    roles = municipality_role_words()
    assert "ontvangt" in roles.recipient_verbs and "hoogachtend" in roles.sender_closings
    assert all(w == w.lower() for w in roles.money_nouns)


# --------------------------------------------------------------------------
# The corpus


def gold_rows():
    by_doc: dict[str, set[tuple[str, str]]] = {}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["kind"] == "municipality":
            by_doc.setdefault(row["doc"], set()).add((row["code"], row["role"]))
    return by_doc


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name)
def test_corpus_gold_code_and_role_are_among_the_facts(facts_of, path):
    text = path.read_text(encoding="utf-8")
    facts = facts_of(text, "2016-01-28")
    got = set(rows(facts))
    expected = gold_rows().get(path.name, set())
    assert expected <= got
    assert {code for code, _ in got} == {code for code, _ in expected}
    for fact in facts:
        assert text[fact.char_start : fact.char_end] == fact.text


FRAGMENTS = [
    "Den Haag",
    "DEN HAAG",
    "Huizen",
    "huizen",
    "Best",
    "Utrecht",
    "provincie",
    "gemeente",
    "gemeenten",
    "mede namens",
    "(€ 950.000)",
    "€ 5 miljoen",
    ",",
    " en ",
    ":",
    "\n",
    "2500 EH",
    "Postbus 20301",
    "Van der",
    "mr.",
    "Flevoland",
    "Midden-Nederland",
    "ontvangt",
    "voor",
    "aan",
    "Hoogachtend,",
    "Burgemeester",
    "’s-Gravenhage",
    "Súdwest-Fryslân",
    "(Gld.)",
    "|",
    "1.",
    ".",
]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.sampled_from(FRAGMENTS), max_size=25), st.sampled_from([None, "2010", "2020-06-01"])
)
def test_any_mix_of_names_and_context_gives_well_formed_facts(nlp, parts, doc_date):
    text = " ".join(parts)
    page = CleanPage.from_text(text)
    doc = annotate(nlp, page)
    for fact in municipality_facts(doc, page, info(doc_date)):
        assert text[fact.char_start : fact.char_end] == fact.text
        assert fact.role in ROLES
        assert fact.code.startswith("GM") and fact.name and fact.province
        assert fact.merged_into is None or fact.merged_into.startswith("GM")


@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        # a woonplaats gives its municipality, the place as written, and address/mentioned
        ("Postbus 7\n7440 AA Nijverdal", None, ("GM0163", "address", None, "Nijverdal")),
        ("De school te Nijverdal ontvangt € 5.000.", None, ("GM0163", "mentioned", None, "Nijverdal")),
        # the municipality a place lay in at the document's date (Uden's Volkel: Maashorst from 2022)
        ("Het vliegveld ligt te Volkel.", "2024-05-01", ("GM1991", "mentioned", None, "Volkel")),
        ("Het vliegveld ligt te Volkel.", "2019-05-01", ("GM0856", "mentioned", None, "Volkel")),
        # an ended municipality read as a place in a later document
        ("Zij woont in Delfzijl.", "2024-01-01", ("GM1979", "mentioned", None, "Delfzijl")),
        ("Zij woont in Delfzijl.", "2019-01-01", ("GM0010", "mentioned", None, None)),
        ("De gemeente Delfzijl stemde in.", "2024-01-01", ("GM0010", "mentioned", "GM1979", None)),
        # a direct mention has no via_place
        ("Zij woont in Hellendoorn.", None, ("GM0163", "mentioned", None, None)),
    ],
)
def test_via_place(facts_of, text, doc_date, expected):
    (fact,) = facts_of(text, doc_date)
    assert (fact.code, fact.role, fact.merged_into, fact.via_place) == expected


@pytest.mark.parametrize(
    ("name", "code", "when", "expected"),
    [
        ("Nijverdal", "GM0163", 2010, "GM0163"),  # no herindeling: today's municipality
        ("Volkel", "GM1991", 2019, "GM0856"),  # Maashorst from 2022: Uden in 2018
        ("Volkel", "GM1991", None, "GM1991"),
        # before the 2018 municipality existed: the predecessor named like the place
        ("Kessel", "GM1894", 2009, "GM0929"),
        # several predecessors, none named like the place: left at today's municipality
        ("Baarlo", "GM1894", 2009, "GM1894"),
    ],
)
def test_place_municipality_at_the_document_date(name, code, when, expected):
    assert place_municipality_at(name, code, when).code == expected
