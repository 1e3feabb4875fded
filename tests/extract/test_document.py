"""Document understanding: each doc_type rule, titles, own dates, sender/addressee, and the corpus gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean import clean_page
from pipeline.extract.doc_date_rules import letter_date, news_date, report_year
from pipeline.extract.doc_evidence import Evidence, salutation_index
from pipeline.extract.doc_kamervragen import kamervragen_header, kamervragen_words
from pipeline.extract.doc_lines import is_boilerplate, is_figure_row, website_boilerplate, website_chrome
from pipeline.extract.doc_parties import addressee_without_address, organisation_of, person_prefix, reference
from pipeline.extract.doc_title import letter_title, report_title
from pipeline.extract.doc_type import DOC_TYPE_RULES, DOC_TYPES, classify
from pipeline.extract.doc_words import boilerplate, letter_words, news_words, other_words, report_words
from pipeline.extract.document import describe_document, evidence
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


def ev(text: str) -> Evidence:
    return evidence((CleanPage.from_text(text),))


# --------------------------------------------------------------------------
# Documents written for the tests, read through ingest and clean


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


# --------------------------------------------------------------------------
# The corpus against gold


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


# --------------------------------------------------------------------------
# Each doc_type rule


KAMERVRAGEN_HEADER = (
    "Vragen van het lid Bruins Slot (CDA) aan de Minister van Binnenlandse Zaken en Koninkrijksrelaties "
    "over subsidies aan moskeeën (ingezonden 4 juni 2019).\n\nHoeveel subsidie ontvingen moskeeën?\n"
)
NUMBERED = "Vraag 1\nHoeveel meldingen kwamen binnen?\n\nAntwoord 1\nTwaalf.\n\nVraag 2\nVan wie?\n\nAntwoord 2\nVan scholen.\n"
LETTER = "Geachte mevrouw De Vries,\n\nHierbij zenden wij u het verslag.\n\nMet vriendelijke groet,\n\nJ. Jansen\n"
ADDRESS = "Stichting Buurtwerk\nPostbus 112\n3500 AC Utrecht\n\nGeachte heer Bakker,\n\nHierbij bevestigen wij uw deelname.\n"
MARGIN = "Datum: 2 mei 2018\nOns kenmerk: 18/4471\n\nHierbij ontvangt u de stukken voor de vergadering.\n"
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


@pytest.mark.parametrize(
    ("rule", "text", "fires"),
    [
        ("kamervragen_header", KAMERVRAGEN_HEADER, True),
        ("kamervragen_header", "Aanhangsel Handelingen\n\nVraag 1\nBent u bekend met het bericht?\n", True),
        ("kamervragen_header", "Vragen van burgers over de afvalinzameling\n\n" + PROSE, False),
        ("kamervragen_numbered", NUMBERED, True),
        ("kamervragen_numbered", "Vraag 1\nHoeveel?\n\nVraag 2\nWanneer?\n", False),
        ("jaarverslag_sections", "Programma 2\n\nWat wilden we bereiken?\n\nMinder overlast.\n", True),
        ("jaarverslag_sections", "Programma 2\n\nWat willen we bereiken?\n\nMinder overlast.\n", False),
        ("overig_gazette", GAZETTE, True),
        ("overig_gazette", "Gemeenteblad\n\n4 maart 2019\n\n" + PROSE, False),
        ("overig_council_document", COUNCIL_PROPOSAL, True),
        ("overig_council_document", "Raadsinformatiebrief\n\n" + LETTER, False),
        ("overig_council_document", "Subsidie buurtwerk\n\nIn het raadsvoorstel staat " + PROSE, False),
        ("brief_salutation_and_closing", LETTER, True),
        ("brief_salutation_and_closing", "Geachte aanwezigen,\n\n" + PROSE, False),
        ("brief_address_block", ADDRESS, True),
        ("brief_address_block", "Postbus 112\n3500 AC Utrecht\n\n" + PROSE, False),
        ("brief_margin_fields", MARGIN, True),
        ("brief_margin_fields", "Onderwerp: verlenging subsidie\n\n" + PROSE, False),
        ("jaarverslag_heading", "Jaarverslag 2016\n\nInleiding\n\n" + PROSE, True),
        ("jaarverslag_heading", "Programma 7: Volksgezondheid\n\n" + PROSE, True),
        ("jaarverslag_heading", "Subsidie buurtwerk verlengd\n\n" + PROSE + " Het jaarverslag volgt.", False),
        ("nieuws_dateline", "Subsidie buurtwerk verlengd\n\nUTRECHT, 9 januari 2017 - " + PROSE, True),
        ("nieuws_dateline", "Subsidie buurtwerk verlengd\n\n" + PROSE, False),
        ("nieuws_label", "Persbericht\n\nSubsidie buurtwerk verlengd\n\n" + PROSE, True),
        ("nieuws_label", "Subsidie buurtwerk verlengd\n\n" + PROSE, False),
        ("nieuws_headline", "Subsidie buurtwerk verlengd\n\n" + PROSE + " Dat maakte de wethouder vandaag bekend.", True),
        ("nieuws_headline", "Subsidie buurtwerk verlengd\n\n" + PROSE, False),
    ],
)
def test_doc_type_rule(rule, text, fires):
    function = {name: fn for name, _, fn in DOC_TYPE_RULES}[rule]
    assert function(ev(text)) is fires


def test_every_rule_has_a_test_above():
    tested = {"kamervragen_header", "kamervragen_numbered", "jaarverslag_sections", "brief_salutation_and_closing",
              "brief_address_block", "brief_margin_fields", "jaarverslag_heading", "nieuws_dateline",
              "nieuws_label", "nieuws_headline", "overig_gazette", "overig_council_document"}
    assert {name for name, _, _ in DOC_TYPE_RULES} == tested


def test_first_rule_that_fires_decides():
    # The letter that sends answers to Kamervragen is still Kamervragen.
    text = "Geachte voorzitter,\n\n" + KAMERVRAGEN_HEADER + "\nHoogachtend,\n\nDe Minister,\n"
    assert classify(ev(text)) == ("kamervragen", "kamervragen_header")


def test_gazette_issue_date_is_the_doc_date_not_the_signing_date():
    info = describe_text(GAZETTE)
    assert (info.doc_type, info.doc_type_rule) == ("overig", "overig_gazette")
    assert (info.doc_date, info.doc_date_rule) == ("2022-03-03", "gazette_masthead")


def test_council_proposal_is_overig_with_its_college_date():
    info = describe_text(COUNCIL_PROPOSAL)
    assert (info.doc_type, info.doc_type_rule) == ("overig", "overig_council_document")
    assert info.doc_date == "2022-06-14"


def test_nothing_fires_gives_overig():
    assert classify(ev("Bijlage 2\n\n" + PROSE)) == ("overig", "default")


# --------------------------------------------------------------------------
# Dates


@pytest.mark.parametrize(
    ("text", "margin", "value", "rule"),
    [
        ("Geachte heer Bakker,\n\nTekst.\n\nDatum\n7 juli 2015\n", (("Datum", "7 juli 2015"),), "2015-07-07", "margin_datum"),
        ("Datum: 7 juli 2015\nOnderwerp: test\n", (), "2015-07-07", "datum_label"),
        ("Datum\n7 juli 2015\nOnderwerp\ntest\n", (), "2015-07-07", "datum_label_above"),
        ("Postbus 1\n1000 AA Amsterdam\n\nAmsterdam, 7 juli 2015\n\nGeachte heer Bakker,\n", (), "2015-07-07",
         "place_date_line"),
        ("'s-Gravenhage, dinsdag 7 juli 2015\n\nGeachte heer Bakker,\n", (), "2015-07-07", "place_date_line"),
        # OCR of a letter whose margin column ran into the body lines.
        ("Tot slot Datum\n\nWij rekenen op uw steun bij deze 7 juli 2015\naanpak.\n", (), "2015-07-07",
         "datum_label_ocr_column"),
        ("Geachte heer Bakker,\n\nOp 7 juli 2015 spraken wij elkaar.\n", (), None, None),
    ],
)
def test_letter_date_rules(text, margin, value, rule):
    plain = CleanPage.from_text(text)
    page = CleanPage(number=1, text=text, raw=plain.raw, raw_offsets=plain.raw_offsets, margin_fields=margin)
    hit = letter_date(evidence((page,)))
    assert (hit.value if hit else None, hit.rule if hit else None) == (value, rule)
    if hit:
        assert text[hit.start:hit.end] == "7 juli 2015"


@pytest.mark.parametrize(
    ("text", "value", "rule"),
    [
        ("Wat wilden we bereiken in 2016?\n\nMinder overlast.\n", "2016", "report_year_question"),
        ("Jaarrekening 2021\n\nProgramma 3\n\nWat hebben we bereikt?\n", "2021", "report_year_heading"),
        ("Programma 3\n\nWat hebben we bereikt?\n\nIn 2019 daalde het aantal inbraken.\n", None, None),
    ],
)
def test_report_year(text, value, rule):
    hit = report_year(ev(text))
    assert (hit.value if hit else None, hit.rule if hit else None) == (value, rule)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("DEN HAAG, 3 mei 2016 - Het kabinet", "2016-05-03"),
        ("Den Haag, 3 mei 2016 – Het kabinet", "2016-05-03"),
        ("ROTTERDAM, maandag 14 nov. 2016 (ANP) De politie", "2016-11-14"),
        ("3 mei 2016 - Het kabinet", "2016-05-03"),
        ("Gepubliceerd op 3 mei 2016", "2016-05-03"),
        ("Nieuwsbericht | 03-05-2016 | 14:30", "2016-05-03"),
        ("Het kabinet heeft op 3 mei 2016 besloten", None),
    ],
)
def test_news_date(line, value):
    hit = news_date(ev(f"Kop van het bericht\n\n{line}\n"))
    assert (hit.value if hit else None) == value


def test_kamervragen_date_is_received_else_submitted():
    answered = KAMERVRAGEN_HEADER + "\nAntwoord van minister Ollongren (ontvangen 1 juli 2019)\n"
    assert describe_text(answered).doc_date == "2019-07-01"
    assert describe_text(KAMERVRAGEN_HEADER).doc_date == "2019-06-04"


def test_no_date_stated_gives_none_never_a_file_time():
    info = describe_text("Subsidie buurtwerk verlengd\n\n" + PROSE)
    assert info.doc_date is None and info.doc_date_span is None and info.doc_date_rule is None


# --------------------------------------------------------------------------
# Titles and boilerplate


@pytest.mark.parametrize(
    ("line", "boilerplate"),
    [
        ("Naar boven", True),
        ("Meer informatie", True),
        ("ga terug", True),
        ("Deel deze pagina", True),
        ("Deel via Twitter", True),
        ("Nieuwsbericht | 03-05-2016 | 14:30", True),
        ("Home > Actueel > Nieuws", True),
        ("Gepubliceerd op 3 mei 2016", True),
        ("Foto: ANP", True),
        ("Meer informatie over de trainingen vindt u in de bijlage.", False),
        ("Terugkeerders naar Nederland", False),
        ("Programma 10: Veiligheid", False),
    ],
)
def test_is_boilerplate(line, boilerplate):
    assert is_boilerplate(line) is boilerplate


def test_boilerplate_is_never_the_title():
    text = "Home > Nieuws\nDeel deze pagina\nPersbericht\n\nGemeenten krijgen meer geld\n\n" + PROSE + " aldus de minister."
    info = describe_text(text)
    assert info.title == "Gemeenten krijgen meer geld"
    assert website_boilerplate(CleanPage.from_text(text)) == ((0, 13), (14, 30), (31, 42))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Postbus 1\n1000 AA Amsterdam\n\nOnderwerp: Evaluatie buurtteams\n\nGeachte heer Bakker,\n", "Evaluatie buurtteams"),
        ("Postbus 1\n1000 AA Amsterdam\n\nBetreft\nEvaluatie buurtteams\n\nGeachte heer Bakker,\n", "Evaluatie buurtteams"),
        ("Postbus 1\n1000 AA Amsterdam\n\nAmsterdam, 7 juli 2015\n\nEvaluatie buurtteams\n\nGeachte heer Bakker,\n",
         "Evaluatie buurtteams"),
    ],
)
def test_letter_title(text, title):
    assert letter_title(ev(text)) == title


def test_report_title_is_the_chapter_heading():
    text = "Jaarverslag 2018\n\nProgramma 10: Veiligheid\n\nWat wilden we bereiken in 2018?\n"
    assert report_title(ev(text)) == "Programma 10: Veiligheid"


# --------------------------------------------------------------------------
# People and organisations


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("mr. G.A. Van der Steur", ("mr. G.A. Van der Steur", "")),
        ("F.M. Weerwind", ("F.M. Weerwind", "")),
        ("t.a.v. de heer J. de Vries", ("de heer J. de Vries", "")),
        ("P.H. Snijders burgemeester", ("P.H. Snijders", "burgemeester")),
        ("drs. Th.C. de Graaf-Jansen", ("drs. Th.C. de Graaf-Jansen", "")),
        ("De minister van Veiligheid en Justitie", None),
        ("Postbus 20301", None),
    ],
)
def test_person_prefix(line, expected):
    assert person_prefix(line) == expected


@pytest.mark.parametrize(
    ("line", "organisation"),
    [
        ("Burgemeester Almere en Voorzitter Districtelijk Veiligheidscollege Flevoland", "Gemeente Almere"),
        ("De burgemeester van 's-Hertogenbosch,", "Gemeente 's-Hertogenbosch"),
        ("burgemeester en wethouders van Zwolle,", "Gemeente Zwolle"),
        ("Het college van burgemeester en wethouders van de gemeente Den Helder,", "Gemeente Den Helder"),
        ("Gedeputeerde Staten van Gelderland,", "Provincie Gelderland"),
        ("De Minister van Veiligheid en Justitie,", "Minister van Veiligheid en Justitie"),
        ("de Staatssecretaris van Justitie en Veiligheid,", "Staatssecretaris van Justitie en Veiligheid"),
        ("Gemeente Utrecht", "Gemeente Utrecht"),
        ("Gemeentelijke Gezondheidsdienst Utrecht", None),
        ("burgemeester", None),
        ("Wij zien uw reactie graag tegemoet.", None),
    ],
)
def test_organisation_of(line, organisation):
    assert organisation_of(line) == organisation


def test_reference_needs_a_value_with_a_digit():
    assert reference(ev("Ons kenmerk\n2016-004512\n")) == "2016-004512"
    assert reference(ev("Ons kenmerk: BOA/2017/12\n")) == "BOA/2017/12"
    # OCR where the margin label stands before an unrelated body line.
    assert reference(ev("Ons kenmerk\n. De versterkingsgelden die het ministerie beschikbaar stelt\n")) is None


# --------------------------------------------------------------------------
# Resources


def test_all_resources_load():
    assert boilerplate().lines and letter_words().offices and report_words()
    assert news_words().dateline and kamervragen_words().header
    assert other_words().gazette_title and other_words().council_document


# --------------------------------------------------------------------------
# Any text: no exception, and a date span always holds the date's text

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


@pytest.mark.parametrize(
    ("line", "salutation"),
    [
        ("Geachte heer Van der Steur,", True),
        ("Geachte voorzitter,", True),
        ("Geachte mevrouw Jansen, Hierbij ontvangt u de stukken.", True),
        ("Beste collega's,", True),
        ("Geachte aanwezigen en belangstellenden die vandaag naar deze bijeenkomst zijn gekomen", False),
        ("Het geachte lid Tellegen vroeg,", False),
    ],
)
def test_salutation(line, salutation):
    assert (salutation_index(ev(line)) is not None) is salutation


@pytest.mark.parametrize(
    ("text", "addressee", "person"),
    [
        ("De minister van Veiligheid en Justitie\n\nAanvraag versterkingsgelden\n\nGeachte heer Van der Steur,\n",
         "Minister van Veiligheid en Justitie", None),
        ("Aan de gemeenteraad van Ede\n\nVoortgang aanpak ondermijning\n\nGeachte raadsleden,\n",
         "Gemeenteraad van Ede", None),
        ("Gemeenteraadsverkiezingen 2018\n\nVoortgang aanpak\n\nGeachte raadsleden,\n", None, None),
        ("Aan de burgemeester van Ede\nde heer R. van der Zwaag\n\nVoortgang aanpak\n\nGeachte heer Van der Zwaag,\n",
         "Burgemeester van Ede", "de heer R. van der Zwaag"),
        ("Voortgang aanpak ondermijning\n\nGeachte raadsleden,\n", None, None),
    ],
)
def test_addressee_without_postal_address(text, addressee, person):
    assert addressee_without_address(ev(text)) == (addressee, person)


def test_kamervragen_mentioned_in_prose_is_no_header():
    text = ("Subsidie buurtwerk verlengd\n\nIn de Kamer zijn er ook Vragen van het lid Jansen (SP) aan de minister "
            "over gesteld (ingezonden 3 mei 2016). " + PROSE + " aldus de wethouder.")
    assert kamervragen_header((CleanPage.from_text(text),)) is None
    assert describe_text(text).doc_type == "nieuws"


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


def test_website_chrome_is_the_boilerplate_at_the_edges_of_the_page():
    text = ("Home | Nieuws | Subsidies\nDeel deze pagina\n\nGemeenten krijgen geld\n\n"
            "Gemeente | Bedrag\nLeiden | € 8.500\n\nNaar boven\n")
    chrome = website_chrome(CleanPage.from_text(text))
    assert [text[s:e] for s, e in chrome] == ["Home | Nieuws | Subsidies", "Deel deze pagina", "Naar boven"]


def test_a_page_of_only_boilerplate_is_all_chrome():
    text = "Home | Nieuws\nNaar boven\n"
    assert len(website_chrome(CleanPage.from_text(text))) == 2


@pytest.mark.parametrize(("line", "figure"), [
    ("Leiden | € 8.500", True), ("Delft | 40", True), ("Totaal | 12,5%", True), ("Haarlem | € 1.235.480,-", True),
    ("Home | Nieuws | Subsidies", False), ("Nieuwsbericht | 03-05-2016", False), ("Leiden € 8.500", False),
])
def test_figure_rows_of_bar_tables_are_told_from_breadcrumbs(line, figure):
    assert is_figure_row(line) is figure
