"""kenmerk_amounts: each rule finds its notation, non-amounts stay out, and a redaction
counts as an amount only in a money context."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dutch.money import parse_amount
from pipeline.extract.amount_forms import Candidate
from pipeline.extract.amounts import (
    SPAN_KEY,
    drop_debris,
    resolve_overlaps,
    table_cell,
)
from pipeline.extract.money_context import in_money_context
from pipeline.nlp import annotate
from pipeline.phrases import phrase_regex
from pipeline.records import CleanPage

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def texts(candidates: list[Candidate], text: str) -> list[str]:
    return [text[c.start : c.end] for c in candidates]


def found(annotate_text, text: str) -> list[tuple[str, str]]:
    doc, _ = annotate_text(text)
    return [(s.text, s.label_) for s in doc.spans[SPAN_KEY]]


def annotate_with_redactions(nlp, text: str, redacted: list[str]):
    """A page whose clean stage marked every occurrence of the given strings as redacted."""
    ranges = sorted(
        (m.start(), m.end())
        for r in redacted
        for m in re.finditer(rf"(?<!\S){re.escape(r)}(?=[\s.,;]|$)", text)
    )
    page = dataclasses.replace(CleanPage.from_text(text), redactions=tuple(ranges))
    return annotate(nlp, page)


# --------------------------------------------------------------------------
# Context


def test_money_context_is_read_in_the_same_sentence():
    text = "De subsidie is rond. Er kwamen 2 miljoen mensen."
    assert not in_money_context(text, text.index("2 miljoen"), text.index(" mensen"))
    assert in_money_context("Het budget is 2 miljoen.", 14, 23)


@pytest.mark.parametrize("text", ["Bedrag (x € 1.000)", "Bedragen in € 1.000", "(bedragen in EUR 1.000)",
                                  "Saldo (in 1.000 euro)", "Lasten x 1.000 euro", "Bedragen in € mln"])
def test_a_tables_unit_statement_is_no_amount(annotate_text, text):
    assert found(annotate_text, text) == []


def test_an_exchange_rate_is_no_amount_and_the_amount_beside_it_is(annotate_text):
    text = "De provincie draagt f 20.000,-- (omgerekend tegen 1 euro = 2,20371 gulden: € 9.075,60) bij."
    assert [t for t, *_ in found(annotate_text, text)] == ["€ 9.075,60"]


@pytest.mark.parametrize("text", ["Balans per 31 december 2023\n\n31 december 2023 31 december 2022\n€ € € €\n",
                                  "Kasstroomoverzicht 2023\n\nEUR EUR\n\nResultaat"])
def test_a_year_over_a_row_of_currency_signs_is_no_amount(annotate_text, text):
    assert found(annotate_text, text) == []


def test_a_figure_over_the_word_euro_on_the_next_line_is_still_an_amount(annotate_text):
    assert [t for t, _ in found(annotate_text, "Het bedrag is 2.000\neuro")] == ["2.000\neuro"]


@pytest.mark.parametrize("text, amount", [("Het budget is k€ 450.", "k€ 450"),
                                          ("De kosten bedragen max 1.000 euro per deelnemer.", "1.000 euro per deelnemer")])
def test_an_amount_in_a_unit_or_after_a_word_ending_in_x_is_still_an_amount(annotate_text, text, amount):
    assert [t for t, _ in found(annotate_text, text)] == [amount]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gemeente | Bedrag\nLelystad | 12.000\nDronten | 8.500\n", ["12.000", "8.500"]),
        ("Gemeente\tSubsidie (€)\nLelystad\t12.000\nDronten\t-\nUrk\t3.000\n", ["12.000", "3.000"]),
        ("Gemeente    Deelnemers\nLelystad    12\nDronten     8\n", []),
        ("Gemeente 1 daagse 2 daagse\nAlmere 6 6\n", []),
        ("Jaar | Bedrag\n2016 | 1.000\n\nLos | 5.000\n", ["1.000"]),
        ("Post | Begroting (€) | Realisatie (€)\nLasten | 12.000 | 11.500\n", ["12.000", "11.500"]),
        ("Gemeente | Bedrag\nUrk | € 3.000 | extra\n", ["€ 3.000"]),  # a wider row keeps its columns
    ],
)
def test_table_cell(text, expected):
    assert texts(table_cell(text), text) == expected


def test_redacted_cell_counts_only_in_the_money_column():
    text = "Gemeente | Deelnemers | Bedrag\nUrk | ██ | █████\nLelystad | 12 | 5.000\n"
    redactions = [(m.start(), m.end()) for m in re.finditer("█+", text)]
    cells = table_cell(text, redactions)
    assert [(text[c.start : c.end], c.rule, c.redacted) for c in cells] == [
        ("█████", "redacted_table_cell", True),
        ("5.000", "table_cell", False),
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Bedragen x € 1.000      Raming     Werkelijk\nJeugdhulp       4.120      4.480\nLeerlingenvervoer   610   655\n",
            [("4.120", 1000), ("4.480", 1000), ("610", 1000), ("655", 1000)],
        ),
        (
            "Bedragen in duizenden euro | 2021 | 2022\nArmoedebeleid | 1.300 | 1.450\n",
            [("1.300", 1000), ("1.450", 1000)],
        ),
        ("Bedragen x € 1.000 | Begroting\n██████ | 75\n", [("75", 1000)]),
    ],
)
def test_caption_scale_applies_to_every_figure_column(text, values):
    redactions = [(m.start(), m.end()) for m in re.finditer("█+", text)]
    cells = table_cell(text, redactions)
    assert [(text[c.start : c.end], c.scale) for c in cells] == values


def test_table_header_scale_is_kept_on_the_cell():
    (cell,) = table_cell("Gemeente  Bedrag (x € 1.000)\nUrk  12\n")
    assert cell.scale == 1000


# --------------------------------------------------------------------------
# Debris, overlaps


def test_drop_debris_removes_figures_touching_a_redaction():
    kept = Candidate(0, 5, "euro_sign_digits")
    debris = Candidate(10, 15, "euro_sign_digits")
    redacted = Candidate(12, 14, "redacted_money", redacted=True)
    assert drop_debris([kept, debris, redacted], [(12, 14)]) == [kept, redacted]


def test_resolve_overlaps_keeps_the_longest_in_text_order():
    a = Candidate(0, 9, "euro_sign_digits")
    b = Candidate(0, 30, "euro_sign_digits")
    c = Candidate(40, 45, "table_cell")
    assert resolve_overlaps([c, a, b]) == [b, c]


def test_phrase_regex_keeps_word_edges():
    assert re.search(phrase_regex("tot"), "totaal") is None
    assert re.search(phrase_regex("meer dan"), "meer  dan") is not None


# --------------------------------------------------------------------------
# The component on whole sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Het gaat om Den Haag (€ 950.000), Amsterdam, (€ 920.000).",
            [("€ 950.000", "euro_sign_digits"), ("€ 920.000", "euro_sign_digits")],
        ),
        ("In totaal is zes miljoen euro beschikbaar.", [("zes miljoen euro", "number_word_scale")]),
        ("Dat kost twee ton.", [("twee ton", "ton")]),
        (
            "Er is ruim € 7 miljoen per jaar nodig.",
            [("ruim € 7 miljoen per jaar", "euro_sign_digits")],
        ),
        (
            "Het bedrag ligt tussen € 10.000 en € 20.000.",
            [("tussen € 10.000 en € 20.000", "euro_sign_digits")],
        ),
        ("Een bijdrage van 2,5 miljoen is toegekend.", [("2,5 miljoen", "digits_scale")]),
        ("De cursus kost €20.000,-/jaar.", [("€20.000,-/jaar", "euro_sign_digits")]),
        (
            "Kosten: €500/p.p. en €90/uur.",
            [("€500/p.p.", "euro_sign_digits"), ("€90/uur", "euro_sign_digits")],
        ),
        ("Het project kostte US$ 3 miljoen.", [("US$ 3 miljoen", "euro_sign_digits")]),
    ],
)
def test_component_finds_amounts(annotate_text, text, expected):
    assert found(annotate_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De afgelopen drie jaar werden meer dan 7.000 mensen getraind.",
        "In 2016 en 2017 steeg het aantal met 15% tot 2.500.",
        "Postbus 20301, 2500 EH DEN HAAG",
        "Bel 070-3456789 of 06-12345678.",
        "10.1.6 Radicalisering en Jihadisme",
        "Programma 10: Veiligheid, artikel 5.1.2e Woo",
        "Op 15-09-2017 en 1.2.2016 kwamen 250 professionals.",
        "Er zijn ruim 200 professionals uit 11 gemeenten getraind.",
        "Nederland telt 17 miljoen inwoners en anderhalf miljoen ouderen.",
        "De Kamerbrief van 27 februari jl. kondigt 14 lezingen aan.",
        "Het Dreigingsbeeld blijft op niveau vier (op een schaal van vijf).",
        "Er is een bedrag van drie keer zoveel nodig.",
    ],
)
def test_non_amounts_stay_out(annotate_text, text):
    assert found(annotate_text, text) == []


@pytest.mark.parametrize(
    ("text", "redacted", "expected"),
    [
        ("De kosten bedragen fx®e per dag.", ["fx®e"], ["fx®e"]),
        ("Wij vragen een bedrag aan van ¥®e voor de regisseur.", ["¥®e"], ["¥®e"]),
        ("Wij vragen een totaalbudget aan van g®e", ["g®e"], ["g®e"]),
        ("De training kost € p®e per dag.", ["p®e"], ["p®e"]),
        ("De bijdrage bedraagt circa g®e per jaar.", ["g®e"], ["g®e"]),
        ("Een subsidie ter hoogte van g®e wordt verleend.", ["g®e"], ["g®e"]),
        ("Lelystad g\nDronten ]\n", ["g", "]"], []),
        ("In Almere hebben g functionarissen een training gevolgd.", ["g"], []),
        ("Gemeente Deelnemers\nUrk ▇▇▇\n", ["▇▇▇"], []),
        # An unspent part of the money, the ground code on the next line.
        ("Het niet bestede\ndeel van 5.1.2c gaat terug.", ["5.1.2c"], ["5.1.2c"]),
        ("Het onbenutte deel van\n5.1.2e wordt verrekend.", ["5.1.2e"], ["5.1.2e"]),
        # A part of something else is no money.
        ("Een deel van 5.1.2e is verhuisd.", ["5.1.2e"], []),
        # Right before a verb of granting: the sum granted; a name before the thing granted is none.
        ("Wij stellen voor de gemeente Gouda 5.1.2b toe te kennen.", ["5.1.2b"], ["5.1.2b"]),
        ("Wij stellen voor 5.1.2e een subsidie toe te kennen.", ["5.1.2e"], []),
        ("De gemeente Rijswijk heeft toegezegd 5.1.2i bij te dragen.", ["5.1.2i"], ["5.1.2i"]),
        ("Wij vragen 5.1.2e een bijdrage te betalen.", ["5.1.2e"], []),
        # A change of money by a blacked-out figure; a change in per cent is none.
        ("Ik verhoog deze uitkering met 5.1.2i tot het nieuwe bedrag.", ["5.1.2i"], ["5.1.2i"]),
        ("Wij verlagen de bijdrage met 5.1.2i procent.", ["5.1.2i"], []),
        ("De inwoners verhogen de druk met 5.1.2e en zijn boos.", ["5.1.2e"], []),
        # All the object of asking or receiving; a name with a noun after it is none.
        ("De gemeente Kerkrade vraagt █ 5.1.2i voor de wijk.", ["█"], ["█"]),
        ("De minister ontvangt █ 5.1.2e op 4 mei.", ["█"], []),
        ("De stichting krijgt █ 5.1.2e een uitnodiging.", ["█"], []),
        # An adverb between the verb of money and the box; any other word names no sum.
        ("Het resterende tekort bedraagt daarmee █ 5.1.2b.", ["█"], ["█"]),
        ("De kosten bedragen volgens █ 5.1.2e te veel.", ["█"], []),
        # A purchase's price, a valuation's outcome, a sum estimated, a sum paid to a purpose.
        ("Wij kopen de grond voor een koopprijs van █ 5.1.2f vrij op naam.", ["█"], ["█"]),
        ("De waardering van de makelaar kwam uit op █ 5.1.2i.", ["█"], ["█"]),
        ("Voor de brug hebben jullie destijds █ 5.1.2i geraamd.", ["█"], ["█"]),
        ("De gemeente Zeist betaalt █ 5.1.2f aan het onderhoud.", ["█"], ["█"]),
        # Near misses: a name paid, a person named after a price's word without 'van'.
        ("De stichting betaalt █ 5.1.2e een vergoeding.", ["█"], []),
        ("De koopprijs is volgens █ 5.1.2e te hoog.", ["█"], []),
    ],
)
def test_redaction_counts_as_money_only_in_money_context(nlp, text, redacted, expected):
    doc = annotate_with_redactions(nlp, text, redacted)
    spans = doc.spans[SPAN_KEY]
    assert [s.text for s in spans] == expected
    assert all(s.label_ == "redacted_money" for s in spans)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Gapped after a figure the verb of receiving took: the next municipality's blacked-out share.
        ("Landgraaf krijgt € 2.500.000, Brunssum █ 5.1.2i.", ["€ 2.500.000", "█"]),
        ("Landgraaf krijgt € 2.500.000, waarna █ 5.1.2e belt.", ["€ 2.500.000"]),
    ],
)
def test_a_redaction_gapped_after_a_figure_received(nlp, text, expected):
    doc = annotate_with_redactions(nlp, text, ["█"])
    assert [s.text for s in doc.spans[SPAN_KEY]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het subsidiebedrag bedraagt € xxx per jaar.", "xxx"),
        ("Wij ontvangen een bijdrage van [...] voor de training.", "[...]"),
        ("De kosten bedragen █████ per dag.", "█████"),
        ("Een bedrag van € xx.xxx,- wordt uitgekeerd.", "xx.xxx,-"),
    ],
)
def test_explicit_redaction_markers_in_money_context(annotate_text, text, expected):
    assert found(annotate_text, text) == [(expected, "redacted_money")]


def test_explicit_marker_outside_money_context_is_not_money(annotate_text):
    assert found(annotate_text, "Naam: xxx, adres: [...]") == []


def test_no_number_is_read_from_debris(nlp):
    doc = annotate_with_redactions(
        nlp, "De kosten bedragen € 5.1.2e per dag en € 1g®e.", ["5.1.2e", "1g®e."]
    )
    assert all(s.label_ == "redacted_money" for s in doc.spans[SPAN_KEY])


def test_span_keeps_the_exact_amount_characters(annotate_text):
    # The tokenizer glues '500,-excl' into one token; the span covers the token.
    doc, _ = annotate_text("Het kost € 500,-excl. btw")
    (span,) = doc.spans[SPAN_KEY]
    start, end = span._.amount_chars
    assert span.text == "€ 500,-excl"
    assert doc.text[start:end] == "€ 500"


def test_corpus_doc_000_has_eight_euro_amounts(annotate_text):
    doc, _ = annotate_text((CORPUS / "000_4220880afda00369.txt").read_text(encoding="utf-8"))
    assert [s.text for s in doc.spans[SPAN_KEY]] == [
        "€ 950.000",
        "€ 920.000",
        "€ 683.000",
        "€ 665.000",
        "€ 535.000",
        "€ 400.000",
        "€ 167.000",
        "€ 157.000",
    ]


@pytest.mark.parametrize(
    "name", ["001_5c82dbf24a4671f5.txt", "002_4598030a039988b1.txt", "004_a711dd0b2c82e4db.txt"]
)
def test_corpus_documents_without_money_give_no_amounts(annotate_text, name):
    doc, _ = annotate_text((CORPUS / name).read_text(encoding="utf-8"))
    assert list(doc.spans[SPAN_KEY]) == []


def corpus_003_redactions(text: str) -> list[tuple[int, int]]:
    """What the clean stage marks in doc 003: debris tokens and the one-character table column."""
    ranges = [(m.start(), m.end()) for m in re.finditer(r"\S*[®©¥]\S*", text)]
    for m in re.finditer(
        r"^(?:Dronten|Lelystad|Noordoostpolder|Urk|Zeewolde) (\S)$", text, re.MULTILINE
    ):
        ranges.append(m.span(1))
    m = re.search(r"hebben (g) functionarissen", text)
    ranges.append(m.span(1))
    return sorted(ranges)


def test_corpus_doc_003_gives_four_redacted_amounts_and_no_numbers(nlp):
    text = (CORPUS / "003_fb9c48905ae8f9c9.txt").read_text(encoding="utf-8")
    page = dataclasses.replace(
        CleanPage.from_text(text), redactions=tuple(corpus_003_redactions(text))
    )
    doc = annotate(nlp, page)
    spans = doc.spans[SPAN_KEY]
    assert [s.text for s in spans] == ["fx®e", "p®e", "g®e", "¥®e"]
    assert {s.label_ for s in spans} == {"redacted_money"}


@given(
    st.text(
        alphabet=st.sampled_from(list("€$ 0123456789.,-–/kmlnjoeurtdagpsvwhzxX()[]|\n®█…")),
        max_size=80,
    )
)
@settings(max_examples=200, deadline=None)
def test_any_text_gives_parsable_non_overlapping_amounts(nlp, text):
    doc = nlp(text)
    spans = list(doc.spans[SPAN_KEY])
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
    for span in spans:
        start, end = span._.amount_chars
        assert span.start_char <= start < end <= span.end_char
        assert span.label_ == "redacted_money" or parse_amount(text[start:end]) is not None


def test_a_minus_written_against_the_euro_sign_is_part_of_the_amount(annotate_text):
    text = "Financiële impact: -€ 81.200 in 2026; verder - € 5.000 als opsomming."
    assert [t for t, _ in found(annotate_text, text)] == ["-€ 81.200", "€ 5.000"]


@pytest.mark.parametrize(("text", "amount"), [
    ("Eenmalige toevoeging Mentale Gezondheid 2,5 miljoen voor gemeenten in 2025.", "2,5 miljoen"),
    ("10% korting vanwege het akkoord: 23,5 mln op de Brede SPUK.", "23,5 mln"),
    ("Daarnaast 43 mln toegekende middelen vanuit het akkoord.", "43 mln"),
    ("Hiervoor is 365 miljoen gereserveerd.", "365 miljoen"),
])
def test_scaled_figures_without_currency_in_the_words_of_budget_changes(annotate_text, text, amount):
    assert [t for t, _ in found(annotate_text, text)] == [amount]


@pytest.mark.parametrize("text", [
    "Door de korting vallen 2 miljoen huishoudens buiten de regeling.",
    "Het gaat om 1,4 miljoen mensen die zorg mijden.",
])
def test_people_counted_in_millions_near_budget_words_are_no_amounts(annotate_text, text):
    assert found(annotate_text, text) == []


def test_the_rule_table_names_every_rule_once_and_its_redacted_rules():
    from pipeline.extract.amounts import AMOUNT_RULES, REDACTED_RULES, RULES

    assert len(set(RULES)) == len(RULES) == len(AMOUNT_RULES)
    assert REDACTED_RULES == {"redacted_money", "redacted_table_cell"}
    assert RULES.index("euro_sign_digits") < RULES.index("digits_scale") < RULES.index("table_cell")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De inwonerbijdrage stijgt met € 380 (x 1.000) in 2026.", [("€ 380 (x 1.000)", "380000")]),
        ("De reserve is € 406 (x € 1.000) per 1 januari.", [("€ 406 (x € 1.000)", "406000")]),
    ],
)
def test_a_multiplier_in_brackets_is_part_of_the_amount(annotate_text, text, expected):
    spans = [span for span, _rule in found(annotate_text, text)]
    assert [(span, str(parse_amount(span).value)) for span in spans] == expected


def test_a_note_below_figures_gives_their_unit():
    from pipeline.process import process_text

    text = ("Verwachte belastingmiddelen 2024\n\n€ 372.096\n\nLoon- en inkomensheffingen\n€ 205.104\n\n"
            "Overige middelen € 1,5 miljard\n\nBovenstaande bedragen x 1 miljoen\nBron: Miljoenennota 2024\n\n"
            "Daarnaast is € 2.500 gereserveerd.\n")
    got = [(a.text, a.value_eur) for a in process_text(text).amounts]
    assert got == [("€ 372.096", Decimal("372096000000")), ("€ 205.104", Decimal("205104000000")),
                   ("€ 1,5 miljard", Decimal("1500000000")), ("€ 2.500", Decimal("2500"))]


@pytest.mark.parametrize(("text", "amount"), [
    ("Aan de gemeente Sluis kennen wij € 750.000 toe, aan Terneuzen ruim een half miljoen en aan Veere € 1 mln.",
     "ruim een half miljoen"),
    ("De gemeente Hengelo trekt anderhalf miljoen uit voor een fietsbrug.", "anderhalf miljoen"),
])
def test_a_figure_in_words_is_money_after_a_signed_amount_or_a_verb_of_spending(annotate_text, text, amount):
    assert amount in [t for t, _ in found(annotate_text, text)]


def test_a_figure_in_words_before_a_counted_noun_stays_a_count(annotate_text):
    assert found(annotate_text, "Het museum kreeg € 5.000 en trekt anderhalf miljoen bezoekers.") == [
        ("€ 5.000", "euro_sign_digits")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A demonstrative points back to the figure written with '€' before: money, also in a quote.
        ('Zwolle krijgt € 12,4 miljoen. "Zonder die 12,4 miljoen hadden we moeten wachten."',
         ["€ 12,4 miljoen", "12,4 miljoen"]),
        # No '€' figure before, or another figure, or no demonstrative: a count stays a count.
        ('"Zonder die 12,4 miljoen hadden we moeten wachten."', []),
        ("Zwolle krijgt € 12,4 miljoen. Die 3 miljoen bezoekers komen later.", ["€ 12,4 miljoen"]),
        ("Zwolle krijgt € 12,4 miljoen. Er wonen 12,4 miljoen mensen in het westen.", ["€ 12,4 miljoen"]),
    ],
)
def test_a_figure_pointed_back_to(annotate_text, text, expected):
    assert [t for t, _ in found(annotate_text, text)] == expected


@pytest.mark.parametrize(("text", "amount"), [
    ("Simpelveld krijgt twee ton van de Veiligheidsregio voor een brandweerpost.", "twee ton"),
    ("De gemeente krijgt 2 miljoen van het Rijk.", "2 miljoen"),
    # Near misses: after 'van', people are counted, not a body that gives.
    ("De subsidie bereikt 2 miljoen van de Nederlanders.", None),
    ("De regeling krijgt 2 miljoen van de inwoners mee.", None),
])
def test_a_figure_without_currency_from_a_body_that_gives_it_is_money(annotate_text, text, amount):
    assert [t for t, *_ in found(annotate_text, text)] == ([amount] if amount else [])


def test_figures_in_groups_of_spaces_with_cents_and_a_trailing_code_each(annotate_text):
    # An eForms notice prints each column's figure with spaces and 'EUR' after it: the code between two
    # figures is the first one's, and the last one's code may end its line before a numbered heading.
    text = ("Perceel Geraamde waarde Waarde gegunde opdracht\n"
            "LOT-0001 Gemeente Wijk 3 120 000,00 EUR 3 046 812,40 EUR\n"
            "LOT-0002 Gemeente Berg 1 440 000,00 EUR 1 512 300,00 EUR\n6. Resultaten")
    assert [t for t, _ in found(annotate_text, text)] == [
        "3 120 000,00 EUR", "3 046 812,40 EUR", "1 440 000,00 EUR", "1 512 300,00 EUR"]


def test_a_code_before_a_figure_that_has_none_after_it_stays_its_own(annotate_text):
    # Near miss: 'EUR' after a year opens the next figure when that one ends in no code.
    assert [t for t, _ in found(annotate_text, "Begroting 2024 EUR 3 120 000,00 en meer")] == ["EUR 3 120 000,00"]


def test_nadelig_before_the_figure_names_it_and_does_not_sign_it(annotate_text):
    # Near miss of the sign after the figure: 'een nadelig resultaat van € Y' keeps Y positive.
    assert [t for t, _ in found(annotate_text, "Er is een nadelig resultaat van € 1.900.000.")] == ["€ 1.900.000"]


def test_a_dash_cell_between_a_year_in_a_label_and_a_figure_is_no_range(links_of):
    text = ("Kostenpost\tBegroting 2025\tPrognose 2025\tOverschrijding\n"
            "Indexering 2025\t-\t€ 281.000\t€ 281.000\n")
    assert [t for t, _ in links_of(text)] == ["€ 281.000", "€ 281.000"]
    # Near miss: in a sentence the dash between two figures still joins a range.
    assert [t for t, _ in links_of("De kosten liggen op € 10.000 - € 20.000 per jaar.")] == ["€ 10.000 - € 20.000 per jaar"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Acht miljoen verlies op de nieuwe wijk\n\nDe gemeente boekt € 8,2 miljoen af.", ["Acht miljoen"]),
    # Near miss: a shortage of houses is counted, not lost.
    ("Er zijn 3 miljoen tekort aan woningen; het verlies aan banen is groot.", []),
    # A shortfall after a figure is money unless 'aan' and the things short follow.
    ("De gemeente komt 3 miljoen tekort op de begroting.", ["3 miljoen"]),
    ("Het gaat om 2 miljoen verlies aan inkomsten uit parkeren.", ["2 miljoen"]),
])
def test_a_loss_after_a_figure_in_words_is_money(annotate_text, text, expected):
    assert [t for t, _ in found(annotate_text, text) if "€" not in t] == expected


def test_a_column_of_signs_before_each_figure_keeps_each_sign_its_own(annotate_text):
    # Near miss of the code that trails a figure: '€ | 1.200 | € | 1.300', a sign before every figure.
    assert [t for t, _ in found(annotate_text, "Regio Almere\t€\t1.200\t€\t1.300\t€\t1.400")] == [
        "€\t1.200", "€\t1.300", "€\t1.400"]
