"""Document understanding as a whole: written documents and the corpus gold, own dates, titles, parties and signatures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean import clean_page
from pipeline.extract.doc_lines import website_boilerplate
from pipeline.extract.doc_type import DOC_TYPES
from pipeline.extract.document import describe_document
from pipeline.extract.questions import question_records
from pipeline.ingest import raw_document_from_text, read_document
from pipeline.records import CleanPage

HERE = Path(__file__).resolve().parent


DOCUMENTS = HERE / "documents"


EXPECTED = json.loads((DOCUMENTS / "expected.json").read_text(encoding="utf-8"))


PROJECT = HERE.parents[1]


CORPUS = PROJECT / "corpus"


GOLD = [json.loads(line) for line in (CORPUS / "gold" / "gold.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()]


def describe_file(path: Path):
    raw = read_document(path, source=str(path))
    pages = tuple(clean_page(p) for p in raw.pages)
    return describe_document(raw, pages, pipeline_version="test"), pages


def describe_text(text: str, margin_fields: tuple[tuple[str, str], ...] = ()):
    """Describe a one-page text as it stands (no clean stage), optionally with margin fields."""
    page = CleanPage.from_text(text)
    if margin_fields:
        page = CleanPage(number=1, text=text, raw=page.raw, raw_offsets=page.raw_offsets, margin_fields=margin_fields)
    raw = raw_document_from_text(text)
    return describe_document(raw, (page,), pipeline_version="test")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_written_document_meets_its_expectation(name):
    info, pages = describe_file(DOCUMENTS / name)
    expected = EXPECTED[name]
    for field in ("doc_type", "doc_type_rule", "title", "doc_date", "doc_date_rule", "sender", "sender_person",
                  "addressee", "addressee_person", "reference"):
        if field in expected:
            assert getattr(info, field) == expected[field], (name, field)


@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items() if e["doc_date"]))
def test_doc_date_span_points_at_the_date_text(name):
    info, pages = describe_file(DOCUMENTS / name)
    page, start, end = info.doc_date_span
    assert pages[page - 1].text[start:end] == EXPECTED[name]["doc_date_text"]


def test_at_least_three_written_documents_of_each_kind():
    kinds = [e["doc_type"] for e in EXPECTED.values()]
    for kind in ("brief", "nieuws", "jaarverslag", "kamervragen"):
        assert kinds.count(kind) >= 3, kind


@pytest.mark.parametrize("gold", [g for g in GOLD if g["kind"] == "document"], ids=lambda g: g["doc"])
def test_corpus_document_matches_gold(gold):
    info, _ = describe_file(CORPUS / gold["doc"])
    assert info.doc_type == gold["doc_type"]
    assert info.doc_date == gold["doc_date"]
    assert info.title == gold["title"]


def test_corpus_letter_names_sender_and_addressee():
    info, pages = describe_file(CORPUS / "003_fb9c48905ae8f9c9.txt")
    assert (info.sender, info.sender_person) == ("Gemeente Almere", "F.M. Weerwind")
    assert (info.addressee, info.addressee_person) == ("Minister van Veiligheid en Justitie", "mr. G.A. Van der Steur")
    page, start, end = info.doc_date_span
    assert pages[page - 1].text[start:end] == "28 januari 2016"


def test_corpus_news_items_have_no_date_of_their_own():
    for name in ("000_4220880afda00369.txt", "001_5c82dbf24a4671f5.txt"):
        info, _ = describe_file(CORPUS / name)
        assert info.doc_date is None and info.doc_date_span is None


KAMERVRAGEN_HEADER = (
    "Vragen van het lid Bruins Slot (CDA) aan de Minister van Binnenlandse Zaken en Koninkrijksrelaties "
    "over subsidies aan moskeeën (ingezonden 4 juni 2019).\n\nHoeveel subsidie ontvingen moskeeën?\n"
)


GAZETTE = (
    "GEMEENTEBLAD\n\nNr. 4471\n3 maart 2022\n\nVerordening maatschappelijke ondersteuning Zwolle 2022\n\n"
    "Artikel 1\nDeze verordening treedt in werking op 1 april 2022.\n\nZwolle, 22 februari 2022\n"
)


COUNCIL_PROPOSAL = (
    "Raadsvoorstel\n\nOnderwerp: Vernieuwing speelplekken\nDatum college: 14 juni 2022\n\n"
    "Aan de raad van de gemeente Zwolle\n\nVoorgesteld besluit\nIn te stemmen met het plan.\n"
)


PROSE = (
    "Het college heeft besloten de subsidie voor het buurtwerk in de wijk Oost te verlengen met twee jaar, "
    "zodat de lopende projecten kunnen worden afgerond en geëvalueerd."
)


def test_a_verordening_in_a_gazette_is_dated_by_its_signing_a_notice_there_by_the_issue():
    # ANNOTATING.md: a regulation as published is dated by its adoption or signing, never by the gazette's
    # issue; a council's verordening stays a raadsvoorstel in the gazette.
    info = describe_text(GAZETTE)
    assert (info.doc_type, info.doc_type_rule, info.doc_kind) == ("overig", "overig_gazette", "raadsvoorstel")
    assert (info.doc_date, info.doc_date_rule) == ("2022-02-22", "place_date_line")
    # Near miss: a notice of a decision it does not print has no date but the gazette's.
    notice = describe_text(GAZETTE.split("Verordening")[0] + "Kennisgeving verleende omgevingsvergunning\n\n"
                           "Burgemeester en wethouders van Zwolle maken bekend dat zij een omgevingsvergunning "
                           "hebben verleend voor Dorpsstraat 4.\n")
    assert (notice.doc_kind, notice.doc_date, notice.doc_date_rule) == ("overig", "2022-03-03", "gazette_masthead")


def test_council_proposal_is_overig_with_its_college_date():
    info = describe_text(COUNCIL_PROPOSAL)
    assert (info.doc_type, info.doc_type_rule) == ("overig", "overig_council_document")
    assert info.doc_date == "2022-06-14"


def test_kamervragen_date_is_received_else_submitted():
    answered = KAMERVRAGEN_HEADER + "\nAntwoord van minister Ollongren (ontvangen 1 juli 2019)\n"
    assert describe_text(answered).doc_date == "2019-07-01"
    assert describe_text(KAMERVRAGEN_HEADER).doc_date == "2019-06-04"


def test_no_date_stated_gives_none_never_a_file_time():
    info = describe_text("Subsidie buurtwerk verlengd\n\n" + PROSE)
    assert info.doc_date is None and info.doc_date_span is None and info.doc_date_rule is None


def test_boilerplate_is_never_the_title():
    text = "Home > Nieuws\nDeel deze pagina\nPersbericht\n\nGemeenten krijgen meer geld\n\n" + PROSE + " aldus de minister."
    info = describe_text(text)
    assert info.title == "Gemeenten krijgen meer geld"
    assert website_boilerplate(CleanPage.from_text(text)) == ((0, 13), (14, 30), (31, 42))


FRAGMENTS = [
    "Geachte heer Bakker,", "Hoogachtend,", "Met vriendelijke groet, burgemeester van Ede", "Postbus 9022",
    "6710 HK EDE", "Datum", "Datum: 3 mei 2016", "12 maart 2015", "Den Haag, 12 maart 2015", "Ons kenmerk",
    "Onderwerp:", "Vraag 1", "Antwoord 1, 2 en", "Antwoord op vragen 3 t/m", "Vragen van het lid", "(ingezonden",
    "(ontvangen 1 juli 2019)", "Wat wilden we bereiken in 2018?", "Programma 1:", "Jaarverslag", "DEN HAAG, 3 mei 2016 -",
    "Naar boven", "Nieuwsbericht | 03-05-2016", "F.M. Weerwind", "mr.", "t.a.v.", "aldus", "»?1", "2", ",", "", " ",
    "De gemeente ontvangt € 950.000 voor de aanpak.",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), max_size=25),
       st.lists(st.sampled_from(["\n", "\n\n", " ", "\f"]), min_size=25, max_size=25))
def test_any_text_gives_a_valid_description(parts, joins):
    text = "".join(p + j for p, j in zip(parts, joins, strict=False))
    pages = tuple(CleanPage.from_text(t, number=i) for i, t in enumerate(text.split("\f"), start=1))
    info = describe_document(raw_document_from_text(text), pages, pipeline_version="test")
    assert info.doc_type in DOC_TYPES
    if info.doc_date_span is not None:
        page, start, end = info.doc_date_span
        assert 0 <= start < end <= len(pages[page - 1].text)
    for record in question_records(pages, [], info):
        page_text = pages[record.page - 1].text
        assert 0 <= record.question_start <= record.question_end <= len(page_text)


def test_letter_that_sends_an_annual_report_is_a_letter():
    text = ("Postbus 1\n1000 AA Amsterdam\n\nAanbieding jaarverslag 2017\n\nGeachte voorzitter,\n\n"
            "Hierbij bied ik u het jaarverslag 2017 aan.\n\nHoogachtend,\n\nJ. Jansen\n")
    info = describe_text(text)
    assert (info.doc_type, info.title, info.sender_person) == ("brief", "Aanbieding jaarverslag 2017", "J. Jansen")


def test_corpus_letter_read_without_the_clean_stage():
    # The OCR text as ingest gives it: the margin column interleaved with the body lines.
    text = (CORPUS / "003_fb9c48905ae8f9c9.txt").read_text(encoding="utf-8")
    info = describe_text(text)
    assert (info.doc_type, info.doc_date, info.doc_date_rule) == ("brief", "2016-01-28", "datum_label_ocr_column")
    page, start, end = info.doc_date_span
    assert text[start:end] == "28 januari 2016"
    assert info.title == "Aanvraag versterkingsgelden lokale aanpak radicalisering"
    assert (info.sender, info.addressee) == ("Gemeente Almere", "Minister van Veiligheid en Justitie")


def test_memo_from_and_to_fields():
    text = ("Memo\n\nAan: College van burgemeester en wethouders\nVan: Afdeling Openbare Orde en Veiligheid\n"
            "Datum: 4 april 2018\nOnderwerp: Stand van zaken casusoverleg\n\n" + PROSE)
    info = describe_text(text)
    assert info.doc_type == "brief" and info.doc_type_rule == "brief_margin_fields"
    assert info.sender == "Afdeling Openbare Orde en Veiligheid"
    assert info.addressee == "College van burgemeester en wethouders"
    assert (info.title, info.doc_date) == ("Stand van zaken casusoverleg", "2018-04-04")


@pytest.mark.parametrize(("signature", "sender"), [
    ("De minister van Justitie en Veiligheid, namens deze,\n[...]\ndirecteur Veiligheid en Bestuur",
     "Minister van Justitie en Veiligheid"),
    ("De staatssecretaris van Financiën,\n█████", "Staatssecretaris van Financiën"),
    ("Burgemeester en wethouders van Goes,\n5.1.2e", "Gemeente Goes"),
])
def test_a_post_signs_a_letter_without_closing_and_with_its_signer_redacted(signature, sender):
    text = ("Het college van burgemeester en wethouders\nvan de gemeente Putten\nPostbus 400\n"
            "3880 AK PUTTEN\n\nBetreft Beschikking specifieke uitkering\n\nGeacht college,\n\n"
            "Hierbij ken ik u een specifieke uitkering toe voor het jaar 2019.\n\n" + signature)
    assert describe_text(text).sender == sender


def test_prose_about_a_minister_at_the_end_is_no_signature():
    text = ("Geachte heer Jansen,\n\nHierbij ontvangt u de stukken.\n\n"
            "Het besluit wordt genomen door de minister van Justitie en Veiligheid.")
    assert describe_text(text).sender is None
