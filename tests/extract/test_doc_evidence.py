"""The evidence the document rules read: the salutation and closing lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.doc_evidence import Evidence, _labelled, closing_index, printed_from_site, salutation_index
from pipeline.extract.document import evidence
from pipeline.records import CleanPage, RawPage
from pipeline.testing import load_test_module

documents = load_test_module(Path(__file__).resolve().parents[1] / "fixtures" / "documents.py")


def ev(text: str) -> Evidence:
    return evidence((CleanPage.from_text(text),))


@pytest.mark.parametrize(
    ("line", "salutation"),
    [
        ("Geachte heer Van der Steur,", True),
        ("Geachte voorzitter,", True),
        ("Geachte mevrouw Jansen, Hierbij ontvangt u de stukken.", True),
        ("Beste collega's,", True),
        ("Geacht college,", True),
        ("Geacht bestuur, Hierbij ontvangt u de beschikking.", True),
        ("Waarde collega's,", True),
        # The mayor's warm letter to a citizen (a congratulation on a birthday) greets as one speaks to her.
        ("Lieve meneer Bosman,", True),
        ("Lieve mevrouw Van Dijk, Wat een mooie dag om honderd te worden.", True),
        # Near miss: the word in a sentence with a comma further on.
        ("Lieve lezers van deze nieuwsbrief die ons al jaren volgen en ons steunen met giften, bedankt", False),
        ("Geachte aanwezigen en belangstellenden die vandaag naar deze bijeenkomst zijn gekomen", False),
        ("Het geachte lid Tellegen vroeg,", False),
        # An older letter's salutation, and a Frisian letter's.
        ("Mijne Heren,", True),
        ("Achte bestjoer,", True),
        ("Bêste mefrou De Vries,", True),
        # Near miss: the word in a sentence is no salutation.
        ("Mijne heren van de commissie hebben gevraagd of", False),
        # A form of address alone, with its comma, as a formal letter opens; also where the paragraph was run on.
        ("Mevrouw,", True),
        ("Mijnheer, Bij onze beschikking van 4 april 1978 werd u bijstand toegekend.", True),
        ("Dames en heren,", True),
        # Near misses: the addressee's line of the address block, and a sentence about a lady.
        ("Mevrouw H.G. Nijhuis, Lasondersingel 140", False),
        ("Mevrouw Brouwer stelt dat bij de controles, op 22 augustus, een woonruimte is aangetroffen.", False),
        # A letter from across the border greets in its own language, an old German one with a mark of exclamation.
        ("Sehr geehrter Herr Burgemeester!", True),
        ("Sehr geehrte Frau Bürgermeisterin, zur Konferenz lade ich Sie ein.", True),
        ("Madame la Bourgmestre,", True),
        ("Dear Mayor Jansen,", True),
        # Near misses: the addressee's line over the address, and a sentence that opens with a greeting's word.
        ("Madame la Bourgmestre", False),
        ("Dear Mayor Jansen was present at the meeting in Kendal on the twelfth of June", False),
        # Near miss: a Dutch line with a mark of exclamation is no salutation by it.
        ("Beste wensen voor 2025!", False),
    ],
)
def test_salutation(line, salutation):
    assert (salutation_index(ev(line)) is not None) is salutation


@pytest.mark.parametrize(
    ("line", "closing"),
    [
        ("Hoogachtend,", True),
        # A Frisian letter closes so.
        ("Mei freonlike groetnis,", True),
        ("Mei freonlike groet,", True),
        ("Mei dizze brief freegje wy jo", False),
        # A letter from across the border closes in its own language; OCR may misread the German ß.
        ("Mit freundlichen Grüßen", True),
        ("Mit freundlichen GrüfBen", True),
        ("Mit vorzüglicher Hochachtung", True),
        ("Veuillez agréer, Madame la Bourgmestre, l'expression de notre considération distinguée.", True),
        ("Yours sincerely,", True),
        # Near miss: the words in a sentence close nothing.
        ("Mit freundlichen Grüßen an die Teilnehmer endete die Konferenz", False),
    ],
)
def test_closing(line, closing):
    assert (closing_index(ev(line)) is not None) is closing


def test_a_row_of_labels_printed_side_by_side_counts_each_label(tmp_path):

    from pipeline.clean import clean_page
    from pipeline.extract.doc_evidence import margin_labels_found
    from pipeline.ingest import read_document

    path = documents.placed_pdf(tmp_path / "ledenbrief.pdf", [[
        (72, 190, "Aan de leden"), (72, 214, "betreft"), (222, 214, "ons kenmerk"), (352, 214, "datum"),
        (72, 226, "Ledenraadpleging"), (222, 226, "TLE/U202500512"), (352, 226, "3 maart 2025")]], size=8)
    pages = tuple(clean_page(p) for p in read_document(path, source=str(path)).pages)
    assert {"betreft", "ons kenmerk", "datum"} <= margin_labels_found(evidence(pages))


def test_the_head_cells_are_read_once_for_a_document(monkeypatch):
    """The rules ask for the head's cells and margin labels several times a document; the
    first page's word boxes are read into cells once."""
    import pipeline.extract.doc_evidence as doc_evidence
    from pipeline.extract.doc_date_cells import cell_date, cell_place_date

    calls = []
    real = doc_evidence.head_rows
    monkeypatch.setattr(doc_evidence, "head_rows", lambda page: calls.append(page.number) or real(page))
    found = ev("Betreft: subsidie\nDatum: 3 maart 2025\n\nGeachte heer Jansen,")
    labels = doc_evidence.margin_labels_found(found)
    assert {"betreft", "datum"} <= labels
    assert doc_evidence.margin_labels_found(found) == labels
    cell_date(found)
    cell_place_date(found)
    assert calls == [1]


def test_evidence_without_pages_has_no_head_cells():
    assert Evidence(pages=(), lines=[], header=None).head_cells == []


@pytest.mark.parametrize(("line", "value"), [
    ("Datum” 5 maart 2024", "5 maart 2024"), ("Daturn: 5 maart 2024", "5 maart 2024"),
    ("Da tum 5 maart 2024", "5 maart 2024"), ("Datum*", ""),
    ("Data 5 maart 2024", None), ("Datumstempel 5 maart 2024", None),
])
def test_a_label_as_ocr_misreads_it_is_read_on_scanned_lines_only(line, value):
    assert _labelled(line, ("Datum",), ocr=True) == value
    assert _labelled(line, ("Datum",)) is None


def test_a_line_in_the_margin_column_stands_where_its_labels_do(tmp_path):
    from pipeline.clean import clean_page
    from pipeline.extract.doc_evidence import in_margin_column
    from pipeline.ingest import read_document

    build = load_test_module(Path(__file__).resolve().parents[1] / "layouts" / "build.py")
    path = build.build_pdf([["M Inspectie Leefomgeving en Transport|Postbus 16191/ 2500 BD Den Haag",
                             "M Datum|4 juni 2024", "M Kenmerk|ILT-2024/1187", "Postbus 20901",
                             "2500 EX Den Haag", "", "Jaarverslag toezicht op de binnenvaart"]], tmp_path / "a.pdf")
    found = evidence(tuple(clean_page(p) for p in read_document(path, source=str(path)).pages))
    margin = {ln.text: in_margin_column(found, ln) for ln in found.lines}
    assert margin["Postbus 16191"] and margin["2500 BD Den Haag"]
    assert not margin["Postbus 20901"] and not margin["2500 EX Den Haag"]
    # A plain text has no word boxes and no margin column.
    plain = ev("Datum: 4 juni 2024\nPostbus 16191\n2500 BD Den Haag\n")
    assert not any(in_margin_column(plain, ln) for ln in plain.lines)


def _listing(tmp_path, rows):

    from pipeline.clean import clean_page
    from pipeline.ingest import read_document

    # The body under the head: its spaces are the page's usual white between words.
    path = documents.placed_pdf(tmp_path / "lijst.pdf", [[
        *rows, (72, 600, "Wij hebben uw aanvraag ontvangen en besluiten als volgt over de vergunning.")]], size=8)
    return evidence(tuple(clean_page(p) for p in read_document(path, source=str(path)).pages))


def test_the_headings_and_cells_of_a_listings_table_are_no_margin_fields(tmp_path):
    from pipeline.extract.doc_evidence import margin_labels_found

    # A row per listed item under 'Datum', a long cell wrapped so that its last word stands alone.
    rows = [(72, 100, "Toezeggingenlijst raad"), (72, 190, "Nr."), (110, 190, "Datum"), (163, 190, "Toezegging"),
            (72, 202, "2024-03"), (110, 202, "12-02-2024"), (163, 202, "Kosten inhuur derden per"),
            (163, 214, "afdeling"),
            (72, 226, "2024-07"), (110, 226, "04-03-2024"), (163, 226, "Evaluatie markt")]
    ev = _listing(tmp_path, rows)
    assert margin_labels_found(ev) == frozenset()
    row = next(ln for ln in ev.lines if ln.text.startswith("2024-07"))
    assert ev.in_listing(row)
    assert not ev.in_listing(ev.lines[0])


def test_a_letters_head_table_with_one_row_of_values_keeps_its_margin_fields(tmp_path):
    from pipeline.extract.doc_evidence import margin_labels_found

    # The near miss: one dated row under the labels, then the subject's row.
    rows = [(72, 190, "Datum"), (140, 190, "Kenmerk"), (230, 190, "Afdeling"),
            (72, 202, "12-02-2024"), (140, 202, "Z-24-0117"), (230, 202, "Vergunningen"),
            (72, 214, "Onderwerp"), (140, 214, "Verlenging vergunning standplaats")]
    ev = _listing(tmp_path, rows)
    assert {"datum", "kenmerk", "afdeling", "onderwerp"} <= margin_labels_found(ev)
    assert not any(ev.in_listing(ln) for ln in ev.lines)


def test_a_table_whose_first_column_numbers_its_rows_has_no_margin_fields(tmp_path):
    from pipeline.extract.doc_evidence import margin_labels_found

    # An inspection's findings: 'Onderwerp' heads a column of the table, it is no letter's subject.
    rows = [(72, 100, "Controlerapport milieu"), (72, 190, "Nr."), (100, 190, "Onderwerp"), (230, 190, "Oordeel"),
            (72, 202, "1"), (100, 202, "Mestsilo"), (230, 202, "overtreding"),
            (72, 214, "2"), (100, 214, "Dieselopslag"), (230, 214, "voldoet")]
    assert margin_labels_found(_listing(tmp_path, rows)) == frozenset()
    # Near miss: an old letter's row of labels over its one row of values, its number no count of rows.
    rows = [(72, 190, "Nummer"), (140, 190, "Onderwerp"), (72, 202, "1"), (140, 202, "Verlenging standplaats"),
            (72, 214, "Bijlage"), (140, 214, "twee tekeningen")]
    assert {"onderwerp", "bijlage"} <= margin_labels_found(_listing(tmp_path, rows))


def test_a_browsers_footer_run_onto_the_last_line_marks_a_page_printed_from_a_site():
    from pipeline.extract.doc_evidence import printed_from_site

    run_on = ev("Informatieavond\n\nKom ook. Zet in agenda Deel Print https://www.arnhem.nl/agenda/x 1/1")
    assert printed_from_site(run_on, footer=True)
    assert not printed_from_site(run_on)
    # Near miss: an address in the last sentence, no page count after it.
    assert not printed_from_site(ev("Informatieavond\n\nMeer informatie staat op https://www.arnhem.nl/agenda."), footer=True)


@pytest.mark.parametrize(("head", "site"), [
    ("03-02-2025 11:40   Aanbesteding maaibeheer bermen – Negometrix   https://platform.negometrix.com/tender/88123", True),
    # Near miss: a clock time and an address in an opening sentence, no time of printing before them.
    ("Op 3 februari om 11:40 stond het bericht op https://www.epe.nl/nieuws", False),
])
def test_a_browsers_head_with_the_time_of_printing_and_the_title_before_the_address_marks_a_site(head, site):
    page = ev(head + "\nAanbesteding maaibeheer bermen\n\nKenmerk: 88123\nDatum: 3 februari 2025\n\nOmschrijving van de opdracht.\n")
    assert printed_from_site(page) is site


@pytest.mark.parametrize(("foot", "site"), [
    ("https://www.facebook.com/gemeenteoss/posts/pfbid02kX8y   1/1", True),
    # Near miss: an address in the last sentence is no browser's foot.
    ("Meer informatie op https://www.oss.nl/kermis.", False),
])
def test_a_browsers_foot_joined_to_the_pages_last_line_is_read_as_printed(foot, site):
    raw = "Gemeente Oss\nGaat de kermis ook door op maandag?  ·  2 d\n" + foot + "\n"
    text = raw.replace("2 d\n", "2 d ")
    page = CleanPage(number=1, text=text, raw=RawPage(number=1, text=raw, method="pdf"),
                     raw_offsets=tuple(range(len(text) + 1)))
    assert printed_from_site(evidence((page,)), footer=True) is site


SITE_PAGE = ("20-02-2025 14:33 Uw reactie is ontvangen - Internetconsultatie\nBedankt voor uw reactie\n\n"
             "Ingediend op 20 februari 2025, 14:31\n\nZie bijgevoegde brief.\n"
             "https://www.internetconsultatie.nl/pfas/reactie/bevestiging 1/1")
ATTACHED_LETTER = ("Omgevingsdienst Midden- en West-Brabant\nDatum 19 februari 2025\n\nGeachte heer, mevrouw,\n\n"
                   "Wij reageren op het ontwerpbesluit.\n\nHoogachtend,\n\nM. van Dongen\n")


def test_a_site_page_with_a_letter_attached_behind_it_is_the_page():
    from pipeline.extract.doc_evidence import site_page_before_attachment
    from pipeline.extract.document import describe_document
    from pipeline.ingest import raw_document_from_text

    pages = (CleanPage.from_text(SITE_PAGE, 1), CleanPage.from_text(ATTACHED_LETTER, 2))
    assert site_page_before_attachment(evidence(pages)) == 1
    info = describe_document(raw_document_from_text(SITE_PAGE + "\n\f" + ATTACHED_LETTER), pages, "test")
    assert (info.doc_type, info.doc_date) == ("overig", "2025-02-20")
    # Near misses: every page printed from the site; a page behind it that is no letter (a scan lost its line).
    on_site = ATTACHED_LETTER + "https://www.internetconsultatie.nl/pfas/reactie/bijlage 2/2"
    assert site_page_before_attachment(evidence((pages[0], CleanPage.from_text(on_site, 2)))) is None
    assert site_page_before_attachment(evidence((pages[0], CleanPage.from_text("Reageren kan tot 1 maart.", 2)))) is None
