"""Tests for pipeline.normalize.dates: the date spans -> DateFact rows with their roles and anchors."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.dates import SPAN_KEY
from pipeline.normalize.dates import date_facts, date_role, once_per_document, page_anchors, restated_days
from pipeline.records import CleanPage, DateFact, DocumentInfo

# --- roles and DateFacts ----------------------------------------------------


def _info(doc_date=None, doc_date_span=None):
    return DocumentInfo(
        doc_id="d1",
        source="d1.txt",
        doc_type="brief",
        doc_type_rule="test",
        doc_date=doc_date,
        title=None,
        n_pages=1,
        ingest="text",
        doc_date_span=doc_date_span,
    )


def test_date_facts_carry_provenance_value_and_anchor(annotate_text):
    doc, page = annotate_text("In de Kamerbrief van 27 februari jl. werd dit aangekondigd.")
    [fact] = date_facts(doc, page, _info("2015-03-10"))
    assert page.text[fact.char_start : fact.char_end] == fact.text
    assert fact.text.startswith("27 februari jl")
    assert (fact.value, fact.granularity, fact.role, fact.rule) == (
        "2015-02-27",
        "day",
        "reference",
        "relative_day",
    )
    assert fact.start == date(2015, 2, 27)
    assert fact.anchor == "2015-03-10"
    assert "Kamerbrief" in fact.context


def test_anchor_only_on_values_the_document_date_gave(annotate_text):
    doc, page = annotate_text("In november 2017 en in november is een themadag gehouden.")
    facts = date_facts(doc, page, _info("2018"))
    assert [(f.value, f.anchor) for f in facts] == [("2017-11", None), ("2018-11", "2018")]


@pytest.mark.parametrize(
    "text, values",
    [
        ("Het aantal inwoners per 1 januari van het jaar voorafgaande telt.", [("XXXX-01-01", None)]),
        ("De aangifte moet voor 1 oktober in het belastingjaar zelf binnen zijn.", [("XXXX-10-01", None)]),
        ("Jaarlijks op 1 mei stellen we de tarieven vast.", [("XXXX-05-01", None)]),
        ("De uitkering volgt elk jaar rond 15 juni.", [("XXXX-06-15", None)]),
        ("Op 1 mei is de vergadering.", [("2018-05-01", "2018-03-10")]),
        ("Op 1 mei in het nieuwe jaar beginnen we.", [("2018-05-01", "2018-03-10")]),
        # The sentence's subject names days of every year: its list keeps XXXX.
        ("De vaste momenten waarop nieuwe regels voor scholen ingaan zijn 1 februari en 1 september.",
         [("XXXX-02-01", None), ("XXXX-09-01", None)]),
        ("Als vaste peildatum geldt 15 maart.", [("XXXX-03-15", None)]),
        # Near misses: fixed costs are no fixed days; the subject of an earlier sentence is not this one's.
        ("De vaste lasten stijgen op 1 juli.", [("2018-07-01", "2018-03-10")]),
        ("We spraken vaste momenten af. Op 1 juli start de proef.", [("2018-07-01", "2018-03-10")]),
    ],
)
def test_a_day_of_every_year_keeps_an_unknown_year(annotate_text, text, values):
    doc, page = annotate_text(text)
    facts = date_facts(doc, page, _info("2018-03-10"))
    assert [(f.value, f.anchor) for f in facts] == values


def test_document_role_from_doc_date_span(annotate_text):
    doc, page = annotate_text("Den Haag, 10 maart 2015\n\nIn 2014 is veel bereikt.")
    start = page.text.index("10 maart")
    facts = date_facts(doc, page, _info("2015-03-10", (1, start, start + len("10 maart 2015"))))
    assert [(f.value, f.role) for f in facts] == [("2015-03-10", "document"), ("2014", "reference")]


def test_document_role_from_datum_margin_field(nlp):
    from pipeline.nlp import annotate

    text = "Geachte heer,\nIn 2015 is veel bereikt.\n\n28 januari 2016"
    base = CleanPage.from_text(text)
    page = CleanPage(
        number=1,
        text=text,
        raw=base.raw,
        raw_offsets=base.raw_offsets,
        margin_fields=(("Datum", "28 januari 2016"),),
    )
    doc = annotate(nlp, page)
    facts = date_facts(doc, page, _info("2016-01-28"))
    assert [(f.value, f.role) for f in facts] == [("2015", "reference"), ("2016-01-28", "document")]


@pytest.mark.parametrize(
    "text, role",
    [
        ("Vragen van het lid Tellegen (ingezonden 15 september 2017).", "sent"),
        ("Antwoord van minister Asscher (ontvangen 10 oktober 2017).", "received"),
        ("De brief is binnengekomen op 3 mei 2016.", "received"),
        ("Sinds 2016 stel ik middelen beschikbaar.", "period"),
        ("De regeling geldt tot en met 31 december 2018.", "period"),
        ("Het programma loopt 2016-2018.", "period"),
        ("In 2016 is de aanpak gestart.", "reference"),
        ("Datum: 28 januari 2016", "document"),
        ("Ons kenmerk\n2016-0012\nDatum\n28 januari 2016\nOnderwerp", "document"),
        ("Datum\n\n28 januari 2016", "document"),
        ("De datum is bekend.\nIn 2016 is het gestart.", "reference"),
        ("Datum\nIn 2016 is het gestart.", "reference"),
    ],
)
def test_roles(annotate_text, text, role):
    doc, page = annotate_text(text)
    [span] = doc.spans[SPAN_KEY]
    assert date_role(span, page, _info()) == role


def test_list_facts_point_at_each_item(annotate_text):
    doc, page = annotate_text("De trainingen zijn op 1 en 2 maart 2017 gegeven.")
    facts = date_facts(doc, page, _info())
    assert [(f.text, f.value, f.rule) for f in facts] == [
        ("1", "2017-03-01", "date_list"),
        ("2 maart 2017", "2017-03-02", "date_list"),
    ]
    assert len({f.fact_id for f in facts}) == 2


def test_week_rows_only_when_the_table_holds_weeks(annotate_text):
    from schemas.tables import GRANULARITIES as TABLE_GRANULARITIES

    doc, page = annotate_text("In week 40 van 2017 is de themaweek georganiseerd.")
    values = [f.value for f in date_facts(doc, page, _info())]
    assert values == (["2017-W40"] if "week" in TABLE_GRANULARITIES else [])


def test_relative_year_without_anchor_gives_no_fact(annotate_text):
    doc, page = annotate_text("Vorig jaar is de aanpak verbreed.")
    assert [s.label_ for s in doc.spans[SPAN_KEY]] == ["relative_year"]
    assert date_facts(doc, page, _info(None)) == []
    assert [f.value for f in date_facts(doc, page, _info("2018"))] == ["2017"]


def test_a_running_header_date_counts_once():
    def fact(page, text, role):
        return DateFact(doc_id="d", fact_id=f"{page}{role}", text=text, page=page, char_start=0, char_end=len(text),
                        context=text, rule="day_month_year", value="2022-06-22", role=role)

    facts = [fact(1, "22 juni 2022", "document"), fact(2, "22 juni 2022", "document"),
             fact(3, "22 juni 2022", "reference"), fact(3, "22 juni 2022", "document")]
    kept = once_per_document(facts)
    assert [(f.page, f.role) for f in kept] == [(1, "document"), (3, "reference")]


def test_a_date_in_a_repeated_header_line_counts_once():
    def fact(page, context, role="period"):
        text = "1 maart 2024"
        return DateFact(doc_id="d", fact_id=f"{page}{context[:5]}", text=text, page=page, char_start=0,
                        char_end=len(text), context=context, rule="day_month_year", value="2024-03-01",
                        role=role)

    header = "Stand van zaken tot en met vrijdag 1 maart 2024"
    sentence = "Het besluit is op 1 maart 2024 genomen."
    long_line = "Zie de tabel hieronder voor de stand per 1 maart 2024 " + "en de toelichting " * 5
    facts = [fact(1, header), fact(2, header), fact(3, header), fact(2, sentence), fact(3, sentence),
             fact(1, long_line), fact(2, long_line), fact(4, "Peildatum 1 maart 2024", "reference")]
    kept = once_per_document(facts)
    assert [(f.page, f.context[:12]) for f in kept] == [
        (1, header[:12]), (2, sentence[:12]), (3, sentence[:12]), (1, long_line[:12]), (2, long_line[:12]),
        (4, "Peildatum 1 "),
    ]


def test_a_page_with_a_dated_margin_anchors_itself_and_the_pages_after_it():
    import dataclasses

    def page(number: int, margin=()):
        return dataclasses.replace(CleanPage.from_text("Tekst.\n", number), margin_fields=margin)

    pages = [page(1, (("Datum", "22 juni 2022"),)), page(2), page(3, (("Datum:", "14 oktober 2024"),)),
             page(4), page(5, (("Datum", "onbekend"), ("Kenmerk", "12 maart 2020")))]
    # The first page keeps the document's own date; a margin without a day date changes nothing.
    assert page_anchors(pages, "2022-06-21") == ["2022-06-21", "2022-06-21", "2024-10-14", "2024-10-14",
                                                 "2024-10-14"]


@pytest.mark.parametrize(
    "text, doc_date, values",
    [
        # The sentence names the year: a day, month or season without one happens in it.
        ("In het voorjaar van 2023 startte de campagne; in de zomer volgden de huisbezoeken.", "2024-04-15",
         ["2023-SP", "2023-SU"]),
        ("Het aantal steeg vanaf week 49 2020 (30 november) sterk.", "2022-03-01", ["2020-W49", "2020-11-30"]),
        ("In 2021 is de regeling op 1 maart gestart.", "2023-05-01", ["2021", "2021-03-01"]),
        # No other year, or the year of what a text is about, or two years: the document's year.
        ("De regeling is op 1 maart gestart.", "2023-05-01", ["2023-03-01"]),
        ("Het verslag over 2022 wordt op 1 juni besproken.", "2023-05-01", ["2022", "2023-06-01"]),
        ("Tussen 2019 en 2021 daalde het; op 1 juni volgt de evaluatie.", "2023-05-01", ["2019/2021", "2023-06-01"]),
        # A later year is a plan: the day stays in the document's year.
        ("De afspraken over de middelen vanaf 2027 maken we in september.", "2025-06-01", ["2027", "2025-09"]),
        # 'jl.' and 'a.s.' count from the document's date.
        ("In 2021 schreef ik u; op 27 februari jl. volgde het besluit.", "2023-05-01", ["2021", "2023-02-27"]),
    ],
)
def test_a_day_without_a_year_takes_the_one_year_its_sentence_names(annotate_text, text, doc_date, values):
    doc, page = annotate_text(text)
    assert [f.value for f in date_facts(doc, page, _info(doc_date))] == values


def test_cells_of_a_column_give_no_year_to_each_other(annotate_text):
    doc, page = annotate_text("Gereed\n1 november\nQ1 2025\nmedio 2025")
    assert [f.value for f in date_facts(doc, page, _info("2024-10-08"))] == ["2024-11-01", "2025-Q1", "2025"]


@pytest.mark.parametrize(
    "line, role",
    [
        ("Op vr 26 sep 2025 om 15:12 schreef Bram Mulder <b.mulder@zwolle.nl>:", "sent"),
        ("> Op 26 september 2025 15:12 schreef Bram Mulder:", "sent"),
        ("On Fri, Sep 26, 2025 at 3:12 PM Bram Mulder <b.mulder@zwolle.nl> wrote:", "sent"),
        ("Op 26 september 2025 schreef de minister dat het plan doorgaat.", "reference"),
        ("Op 26 september 2025 is het besluit genomen:", "reference"),
    ],
)
def test_the_line_a_reply_quotes_under_dates_the_quoted_message(annotate_text, line, role):
    doc, page = annotate_text("Prima, zo doen we het.\n\n" + line + "\n> Zullen we de planning bespreken?")
    [fact] = date_facts(doc, page, _info("2025-09-29"))
    assert (fact.value, fact.role) == ("2025-09-26", role)


def test_a_footer_with_a_page_number_repeats_a_date_given_elsewhere():
    def fact(page, value, text, context):
        return DateFact(doc_id="d", fact_id=f"{page}{context[:8]}", text=text, page=page, char_start=0,
                        char_end=len(text), context=context, rule="year", value=value, role="reference")

    facts = [fact(1, "2024", "2024", "Jaarplan Belastingdienst 2024"),
             fact(1, "2024", "2024", "Jaarplan 2024 - pagina 1"),
             fact(2, "2024", "2024", "Jaarplan 2024 - pagina 2"),
             # the only place of a date: kept once
             fact(1, "2023-03-12", "12 maart 2023", "Versie 12 maart 2023 | blz. 1"),
             fact(2, "2023-03-12", "12 maart 2023", "Versie 12 maart 2023 | blz. 2"),
             # a sentence with a page reference is no footer
             fact(2, "2022", "2022", "Zie pagina 4 voor de cijfers over 2022.")]
    assert [(f.page, f.context) for f in once_per_document(facts)] == [
        (1, "Jaarplan Belastingdienst 2024"), (1, "Versie 12 maart 2023 | blz. 1"),
        (2, "Zie pagina 4 voor de cijfers over 2022.")]


def test_a_later_date_label_repeating_the_document_date_counts_once():
    def fact(page, value, context, role="reference"):
        text = {"2023-03-29": "29 maart 2023", "2022-07-28": "28-07-2022"}[value]
        return DateFact(doc_id="d", fact_id=f"{page}{context[:8]}", text=text, page=page, char_start=0,
                        char_end=len(text), context=context, rule="day_month_year", value=value, role=role)

    facts = [fact(1, "2023-03-29", "Datum 29 maart 2023 Betreft Beslissing op uw verzoek", "document"),
             fact(7, "2023-03-29", "Bijlage nummer 2 Datum 29 maart 2023 Onze referentie Woo/2023/035"),
             # an enclosure of its own date, and the date in a sentence, stay
             fact(8, "2022-07-28", "Datum 28-07-2022 Betreft Definitieve investeringsverklaring", "document"),
             fact(9, "2023-03-29", "Het besluit van 29 maart 2023 is verzonden.")]
    assert [f.page for f in once_per_document(facts)] == [1, 8, 9]


@pytest.mark.parametrize(
    "doc_date, text, counted",
    [
        # The day is printed with its year elsewhere: the count from a mistyped document date yields.
        ("2022-12-05", "Mijn brief van 2 oktober 2023 ging naar de raad. In de brief van 2 oktober jl. "
         "noemde ik de criteria.", "2023-10-02"),
        # Near misses: a printed year two off is another day; a day printed in two years tells none.
        ("2021-12-05", "Mijn brief van 2 oktober 2023 ging naar de raad. In de brief van 2 oktober jl. "
         "noemde ik de criteria.", "2021-10-02"),
        ("2022-12-05", "Op 2 oktober 2021 en 2 oktober 2023 sprak ik de raad. In de brief van 2 oktober jl. "
         "noemde ik de criteria.", "2022-10-02"),
    ],
)
def test_a_counted_day_takes_the_year_the_document_prints_it_with(annotate_text, doc_date, text, counted):
    doc, page = annotate_text(text)
    facts = restated_days(date_facts(doc, page, _info(doc_date)))
    [fact] = [f for f in facts if f.rule == "relative_day"]
    assert fact.value == counted


@pytest.mark.parametrize(
    "text, value",
    [
        # After the nota's day in its year, and told as past: it happened the year before.
        ("Op 12 november heeft de commissie haar advies uitgebracht.", "2017-11-12"),
        ("Op 3 december werd het besluit genomen.", "2017-12-03"),
        # Near misses: told in the present or future, or a day before the nota's own.
        ("Op 12 november wordt het advies besproken.", "2018-11-12"),
        ("Op 2 maart heeft de commissie haar advies uitgebracht.", "2018-03-02"),
    ],
)
def test_a_day_after_the_document_told_as_past_is_of_the_year_before(annotate_text, text, value):
    doc, page = annotate_text(text)
    [fact] = date_facts(doc, page, _info("2018-03-10"))
    assert fact.value == value
