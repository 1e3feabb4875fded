"""A document built as a letter or as a report: the signs of each, on texts written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.doc_evidence import Evidence
from pipeline.extract.doc_structure import (
    dated_and_greeted,
    joined_signature,
    letter_signs,
    report_cover,
    report_name,
    report_parts,
    report_structure,
    signed_by_an_official,
    signed_for_a_post,
    summary_after_cover,
)
from pipeline.extract.document import describe_document, evidence
from pipeline.ingest import raw_document_from_text
from pipeline.records import CleanPage


def ev(*pages: str) -> Evidence:
    return evidence(tuple(CleanPage.from_text(p, number=i + 1) for i, p in enumerate(pages)))


PAPER = "Datum: 14 maart 2024\nKenmerk: RKR-2024-017\nPagina: 1 van 2\n\n"
PROSE = ("Rotterdam gaf in 2023 ruim 362 miljoen euro uit aan jeugdhulp, 17 procent meer dan twee jaar eerder, "
         "en de raad vroeg om een onderzoek naar de sturing daarop.")
REPORT = PAPER + "Grip op de jeugdhulp\n\nOnderzoeksrapport\n\nSamenvatting\n" + PROSE + "\n"
LETTER = (PAPER + "Aan de gemeenteraad\nPostbus 70012\n3000 KP Rotterdam\n\nOnderwerp: Aanbieding rapport Grip op "
          "de jeugdhulp\n\nGeachte leden van de raad,\n\n" + PROSE + "\n\nHoogachtend,\n\nJ. de Ridder\n")


@pytest.mark.parametrize(
    ("text", "signs"),
    [
        (REPORT, set()),
        (LETTER, {"address", "subject", "salutation", "closing"}),
        # A Kamerbrief: the post signs, over two lines.
        (PAPER + "Betreft Evaluatie Jeugdwet\n\n" + PROSE + "\n\nDe staatssecretaris van Volksgezondheid, Welzijn en\n"
         "Sport,\n\nV. Karremans\n", {"subject", "post_signature"}),
        (PAPER + "Uw brief van: 2 februari 2024\n\nAdvies\n\n" + PROSE + "\n", {"reply"}),
        ("MEMO\n\nAan: gemeenteraad\nVan: college\nDatum: 5 september 2024\n\n" + PROSE + "\n", {"memo_fields"}),
        # A closing formula without the salutation (a scan lost it) still signs a letter.
        (PAPER + "Advies\n\n" + PROSE + "\n\nMet vriendelijke groet,\n\nJ. Jansen\n", {"closing"}),
    ],
)
def test_letter_signs(text, signs):
    assert letter_signs(ev(text)) == signs


def test_an_address_in_a_colophon_is_no_addressee():
    colophon = "Colofon\nUitgave: Nederlandse Zorgautoriteit\nPostbus 3017\n3502 GA Utrecht\n"
    assert "address" not in letter_signs(ev(PAPER + "Advies zorgcontractering\n", colophon))
    assert "address" in letter_signs(ev(PAPER + "Stichting Boerenverstand\nPostbus 3017\n3502 GA Utrecht\n\n" + PROSE))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Rapport\n\nToezicht op de jeugdhulp\n", "rapport"),
        ("Grip op de jeugdhulp\n\nOnderzoeksrapport\n", "rapport"),
        ("Evaluatie van de Wet open overheid\n", "rapport"),
        ("Quickscan hittebestendigheid zorginstellingen\n", "rapport"),
        ("Factsheet\n\nSchuldhulpverlening in cijfers\n", "factsheet"),
        ("Handreiking\n\nInkoop van jeugdhulp\n", "overig"),
        ("Ontwerpbegroting 2025\n", "begroting"),
        ("2e begrotingswijziging 2024\n", "begroting"),
        ("Jaarrekening 2023\n", "jaarrekening"),
        # Its year on a line of its own under the name.
        ("Jaarstukken\n\n2023\n", "jaarrekening"),
        # What an accountant, an inspectorate and a joint body call their reports and notes.
        ("Controleverklaring van de onafhankelijke accountant\n", "rapport"),
        ("Managementletter 2024\n", "rapport"),
        ("Signaal: Brief over de paraatheid van de brandweer\n", "rapport"),
        ("Kaderbrief 2026\n", "begroting"),
        # The text layer ran the body's name into the title's line.
        ("Programma Aardgasvrije Wijken Tussenrapportage\n", "rapport"),
        # A subject names what a letter is about; a sentence or a name further in the line is no title.
        ("Onderwerp: Advies over de ontwerpbegroting 2025\n", None),
        ("Betreft Evaluatie Jeugdwet\n", None),
        ("Hierbij bied ik u het advies over de regio aan.\n", None),
        ("Aanbieding rapport Grip op inkoop\n", None),
        ("Notulen\n\nVerslag van de vergadering\n", None),
        # The text layer ran the name into the end of the letterhead line, which the content lines leave out.
        ("Waterschap Rivierenland | Postbus 599 | 4000 AN Tiel 2e Begrotingswijziging 2024\n\nAanleiding\n" + PROSE,
         "begroting"),
    ],
)
def test_report_name(text, kind):
    assert report_name(ev(text)) == kind


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Rapport\n\nInhoud\n1 Inleiding\n2 Bevindingen\n", {"contents", "sections"}),
        ("Advies\n\nSamenvatting\n" + PROSE + "\n", {"front_matter"}),
        ("Advies\n\n1.1 Aanleiding\n" + PROSE + "\n", set()),
        ("Advies\n\n1.1 Aanleiding\n" + PROSE + "\n\n1.2 Aanpak\n" + PROSE + "\n", {"sections"}),
        ("Rapport\n\nColofon\nUitgave: Inspectie\n", {"front_matter"}),
        ("Factsheet\n\nAanmeldingen in 2023: 91.000\nGemiddelde schuld: € 43.000\nJongeren: 14 procent\n",
         {"key_figures"}),
        # The clean stage joined two lines of the list.
        ("Factsheet\n\nAanmeldingen: 91.000\nDoorlooptijd: 6 weken Uitgaven aan hulp: € 18,4 miljoen\n",
         {"key_figures"}),
        # Label lines with dates and references are no key figures.
        ("Factsheet\n\nDatum: 01-02-2024\nKenmerk: 2024-0117\nAanmeldingen: 91.000\n", set()),
        ("Advies\n\n" + PROSE + "\n", set()),
    ],
)
def test_report_parts(text, parts):
    assert report_parts(ev(text)) == parts


def test_a_report_on_letter_paper_is_built_as_one_and_the_letter_that_sends_it_is_not():
    assert report_structure(ev(REPORT))
    assert not report_structure(ev(LETTER))
    # Each sign of a letter alone keeps the reading of a letter.
    assert not report_structure(ev(REPORT.replace("Samenvatting\n", "Geachte heer Bakker,\n\nSamenvatting\n")))
    assert not report_structure(ev(REPORT + "\nMet vriendelijke groet,\n\nJ. Jansen\n"))
    assert not report_structure(ev(REPORT.replace("Pagina: 1 van 2", "Onderwerp: jeugdhulp")))


def test_a_report_whose_title_ran_into_its_subtitle_is_named_by_the_head_of_the_line():
    # A KPI report on letter paper (tests/layouts/blind34/CONVENTIONS-archives.md): the clean stage joined the title
    # and the subtitle under it into one line that ends like no sentence.
    joined = PAPER + ("KPI-rapportage informatie- en archiefbeheer 2024 Verantwoording aan de gemeenteraad en aan "
                      "Gedeputeerde Staten in het kader van het interbestuurlijk toezicht (IBT)\n\n1 Inleiding\n"
                      + PROSE + "\n\n2 Toelichting\n" + PROSE + "\n\n3 Conclusie\n" + PROSE + "\n")
    assert report_name(ev(joined)) == "rapport"
    assert report_structure(ev(joined))
    # Near miss: a long sentence that opens with a report's word is no title.
    sentence = joined.replace("(IBT)\n", "(IBT) is bijgevoegd.\n")
    assert report_name(ev(sentence)) is None


def test_a_name_alone_or_parts_alone_make_no_report():
    # A letter's opening line may name a report; without a part of one the margin fields decide.
    assert not report_structure(ev(PAPER + "Advies\n\nWetsvoorstel registratie\n\n" + PROSE + "\n"))
    # Numbered sections without the report's name: a Kamerbrief with headings whose address a scan lost.
    assert not report_structure(ev(PAPER + "Voortgang aanpak jeugdzorg\n\n1. Inleiding\n" + PROSE
                                   + "\n\n2. Stand van zaken\n" + PROSE + "\n"))


def test_a_report_whose_title_calls_it_a_letter_needs_its_sections():
    sections = "1. Inleiding\n" + PROSE + "\n\n2. Bevindingen\n" + PROSE + "\n"
    assert report_structure(ev(PAPER + "Brief over de staat van het lokaal bestuur 2024\n\n" + sections))
    assert report_structure(ev(PAPER + "Brief aan de toekomst\n\n" + sections))
    # Without sections, or with a sign of a letter, the margin fields decide.
    assert not report_structure(ev(PAPER + "Brief over de staat van het lokaal bestuur 2024\n\n" + PROSE + "\n"))
    assert not report_structure(ev(PAPER + "Brief aan de toekomst\n\nGeachte heer Bakker,\n\n" + sections))


def test_a_position_paper_on_letter_paper_needs_no_part_of_a_report():
    # A page of headed prose for a hearing of the Kamer: its name says what it is.
    paper = PAPER + "Position paper VNG\nRondetafelgesprek jeugdzorg, 12 maart 2025\n\n" + PROSE + "\n\nWat nodig is\n" + PROSE + "\n"
    assert report_structure(ev(paper))
    # Near miss: the letter that sends it, and an advice without any part of a report, stay letters.
    assert not report_structure(ev(paper.replace("Wat nodig is\n", "Met vriendelijke groet,\n\nJ. Jansen\n")))
    assert not report_structure(ev(PAPER + "Advies\n\nWetsvoorstel registratie\n\n" + PROSE + "\n"))


def test_a_position_paper_whose_name_ran_into_the_letterhead_needs_no_part_of_a_report():
    # The text layer ran 'Position paper' into the end of the sender's line, which the content lines leave out.
    head = "Interprovinciaal Overleg | Postbus 16107 | 2500 BC Den Haag Position paper\n"
    paper = head + PAPER + "Rondetafelgesprek stikstof, 3 april 2025\n\n" + PROSE + "\n\nWat nodig is\n" + PROSE + "\n"
    assert report_structure(ev(paper))
    # Near miss: a letterhead that ends in its place, over a letter's margin fields and prose, names no report.
    assert not report_structure(ev(paper.replace(" Position paper", "")))


def test_a_piece_of_the_budget_cycle_on_letter_paper_needs_no_part_of_a_report():
    # A begrotingswijziging is a page of text and a table; no letter takes its name for a heading.
    change = PAPER + "Eerste begrotingswijziging 2024\n\nAanleiding\n" + PROSE + "\n\nVoorstel\n" + PROSE + "\n"
    assert report_structure(ev(change))
    assert not report_structure(ev(change.replace("Aanleiding\n", "Geachte leden van het bestuur,\n\n")))



def test_a_subject_under_the_documents_own_name_is_no_sign_of_a_letter():
    # A begrotingswijziging on letter paper states its subject under its name; a letter states it in its head.
    change = (PAPER + "Begrotingswijziging 2024, nummer 7\n\nOnderwerp: Extra middelen onderwijshuisvesting\n\n"
              + PROSE + "\n")
    assert letter_signs(ev(change)) == {"subject"}
    assert report_structure(ev(change))
    above = PAPER + "Onderwerp: Extra middelen onderwijshuisvesting\n\nBegrotingswijziging 2024, nummer 7\n\n" + PROSE
    assert not report_structure(ev(above + "\n"))
    # With another sign of a letter the subject is a letter's.
    assert not report_structure(ev(change.replace(PROSE, "Geachte leden van de raad,\n\n" + PROSE)))


def margin_page(text: str, fields: tuple[tuple[str, str], ...]) -> CleanPage:
    plain = CleanPage.from_text(text)
    return CleanPage(number=1, text=text, raw=plain.raw, raw_offsets=plain.raw_offsets, margin_fields=fields)


ADVICE = ("Wmo-raad Zeist\nPostbus 513 3700 AM Zeist secretariaat@wmoraadzeist.nl\n\nAdvies 2024-07\n"
          "Ontwerp Verordening maatschappelijke ondersteuning 2025\n\n1. Inleiding\n" + PROSE + "\n\n2. Bevindingen\n"
          + PROSE + "\n")
FIELDS = (("Datum", "12 september 2024"), ("Kenmerk", "WR-2024-07"), ("Onderwerp", "Ontwerp verordening"))


def test_an_advice_on_letter_paper_fills_in_the_papers_subject_and_address():
    # The paper's subject field in the margin column, and the sender's own address line with its e-mail under its
    # name, are the letter paper's: with no salutation, addressee or signature the advice is a report.
    advice = evidence((margin_page(ADVICE, FIELDS),))
    assert letter_signs(advice) == {"subject"}
    assert report_structure(advice)
    # Near misses: an addressee's block (no e-mail or site in it), a subject in the body above the name.
    addressed = ADVICE.replace("Advies 2024-07", "College van B&W\nPostbus 513\n3700 AM Zeist\n\nAdvies 2024-07")
    assert not report_structure(evidence((margin_page(addressed, FIELDS),)))
    above = ADVICE.replace("Advies 2024-07", "Onderwerp: ontwerpverordening\n\nAdvies 2024-07")
    assert not report_structure(evidence((margin_page(above, FIELDS),)))
    # A website on the sender's line is the letterhead's too.
    assert letter_signs(ev("Stichting Schuldenlab\nPostbus 12 3500 AA Utrecht www.schuldenlab.nl\n\n" + PROSE)) == set()


def test_an_advice_asked_for_carries_its_askers_reference_on_the_paper():
    # The asker's number in the margin column ('Uw kenmerk') is no letter's answer: named and sectioned, a report.
    asked = (("Datum", "19 juni 2024"), ("Ons kenmerk", "LBB 2024-01177"), ("Uw kenmerk", "2024-0312/BW"))
    advice = evidence((margin_page(ADVICE, asked),))
    assert letter_signs(advice) == {"reply"}
    assert report_structure(advice)
    # Near misses: a letter it answers ('Uw brief van'), or no part of a report under the name.
    answered = (("Datum", "19 juni 2024"), ("Uw brief van", "26 maart 2024"))
    assert not report_structure(evidence((margin_page(ADVICE, answered),)))
    bare = "Wmo-raad Zeist\n\nAdvies 2024-07\n\n" + PROSE + "\n"
    assert not report_structure(evidence((margin_page(bare, asked),)))


def test_an_official_signs_a_copy_marked_as_signed_on_the_original():
    assert signed_by_an_official(ev(PROSE + "\n\nDe Hoofdcommissaris van Politie,\n(w.g.) C.J. Roodenburg\n"))
    assert signed_by_an_official(ev(PROSE + "\n\nDe Hoofdopzichter,\nget. J. Dijkhuis\n"))
    # Near miss: the mark alone names no one who signs.
    assert not signed_by_an_official(ev(PROSE + "\n\nDe Hoofdcommissaris van Politie,\n(w.g.)\n"))


@pytest.mark.parametrize(
    ("line", "signed"),
    [
        ("Burgemeester en Wethouders van Borculo, de Secretaris, de Burgemeester, [paraaf] D.A. 8/5", True),
        ("Gedeputeerde Staten van Gelderland, drs. J.M. Markink gedeputeerde", True),
        ("Gedeputeerde Staten van Gelderland, namens deze,", True),
        # Older letters print the name under the post in brackets.
        ("De Directeur-Generaal voor de Binnenlandse Bestuursaangelegenheden, (mr. W.H. van Rossum)", True),
        ("De Minister van Financiën, (W.F. Duisenberg)", True),
        # Older letters print the post without its article, closed by a full stop; a scan reads the comma as a low quote.
        ("Gedeputeerde Staten van Overijssel, voorzitter.", True),
        ("Gedeputeerde Staten van Overijssel, \u201agriffier.", True),
        ("Gemeente Zwolle, zei de voorzitter.", False),
        ("Gemeente Zwolle, vergadering.", False),
        # A transcription's or a scan's mark for the signature after the post.
        ("DE MINISTER VAN FINANCIËN, [handtekening]", True),
        ("De Minister van Financiën, get. W.F. Duisenberg", True),
        # A published copy marks where the signature stands.
        ("De burgemeester van Ede, (handtekening)", True),
        ("De burgemeester van Ede, w.g. J. Jansen", True),
        # A sentence that opens with a body, and a colophon's address, sign nothing.
        ("Gemeente Zwolle, de voorzitter van de raad en de griffier hebben het besproken.", False),
        ("Gemeente Zwolle, Postbus 10007, 8000 GA Zwolle", False),
        ("Burgemeester en Wethouders van Borculo", False),
        ("Gemeente Zwolle, (zie bijlage)", False),
        ("Gemeente Zwolle, handtekeningen ophalen is verboden", False),
        ("Gemeente Zwolle, handtekeningenactie tegen de sluiting", False),
        # The body the text already named signs as 'voornoemd', its name not repeated.
        ("De Commissie voornoemd, de secretaris, de voorzitter,", True),
        ("Burgemeester en Wethouders voornoemd, de Secretaris, de Burgemeester,", True),
        ("De commissie voornoemd, zo bleek later, vergaderde niet.", False),
    ],
)
def test_a_signature_block_joined_into_one_line(line, signed):
    assert joined_signature(line) is signed


@pytest.mark.parametrize(
    ("last", "signed"),
    [
        # An old letter's post in capitals over two lines, the copy's mark for the signature joined to the second.
        ("DE STAATSSECRETARIS VAN ONDERWIJS, CULTUUR\nEN WETENSCHAPPEN, (handtekening)\nmr. A. de Vries", True),
        ("DE MINISTER VAN VERKEER\nEN WATERSTAAT, w.g. J. Jansen", True),
        # Near miss: a colophon's last lines, a body and its address, sign nothing.
        ("Gemeente Zwolle, afdeling Communicatie\nPostbus 10007, 8000 GA Zwolle", False),
    ],
)
def test_a_post_over_two_lines_with_its_signers_joined_signs_the_letter(last, signed):
    assert signed_for_a_post(ev(PROSE + "\n\n" + last + "\n")) is signed


@pytest.mark.parametrize(
    ("last", "signed"),
    [
        ("De Hoofdopzichter,\n(J. Dijkhuis)", True),
        # An office of the municipality over the signer's name, also with the mandate and the signature's place.
        ("De Ambtenaar van de Burgerlijke Stand,\n(J. van der Meulen)", True),
        ("De Directeur van de Dienst Volkshuisvesting, voor deze: [handtekening]\n(J.A. Verschoor)", True),
        # A modern office prints its post in lower case.
        ("De havenmeester, [handtekening]\nK. van den Brink", True),
        ("De havenmeester,\nBijlage: tarieven", False),
        # Near misses: no name under the post; a sentence that opens with a body and its comma.
        ("De Ambtenaar van de Burgerlijke Stand,\nBijlage: afschrift", False),
        ("De Dienst Volkshuisvesting heeft uw verzoek afgewezen, zoals u weet\n(J.A. Verschoor)", False),
        # The municipality the official serves after the post; an old typed name closed with a full stop.
        ("De Secretaris der gemeente Hoogezand,\n(w.g.) K. Mulder.", True),
        ("De Ontvanger van de gemeente Aalten,\nH.J. ter Horst.", True),
        # The clean stage joined the name to the post's line; near miss: a sentence goes on after the name.
        ("De Gemeentesecretaris, (w.g.) mr. P. Brouwer.", True),
        ("De Directeur van de Dienst Volkshuisvesting, A. Smit, heeft het plan goedgekeurd.", False),
    ],
)
def test_an_office_signs_over_the_signers_name(last, signed):
    assert signed_by_an_official(ev(PROSE + "\n\n" + last + "\n")) is signed


def test_a_studys_findings_are_a_part_of_a_report():
    study = "Signaal: Brief over de paraatheid van de brandweer\n\nAanleiding\n" + PROSE + "\n\nBevindingen\n" + PROSE
    assert report_parts(ev(study + "\n")) == {"findings"}
    assert report_structure(ev(PAPER + study + "\n\nConclusie\n" + PROSE + "\n"))
    # One such heading is what a letter or nota has too.
    assert report_parts(ev("Advies\n\nAanleiding\n" + PROSE + "\n")) == set()
    # An advisory council's advice under its name: what it heard and what it advises are its findings.
    advice = "Ongevraagd advies: bereik van de minimaregelingen\n\nAanleiding\n" + PROSE + "\n\nAdvies\n" + PROSE
    assert report_parts(ev(advice + "\n")) == {"findings"}
    assert report_structure(ev(PAPER + advice + "\n"))
    # An inquiry's report closes with its conclusion and the advice it gives in one heading.
    inquiry = "Rapportage adresonderzoek\n\nBevindingen\n" + PROSE + "\n\nConclusie en advies\n" + PROSE
    assert report_parts(ev(inquiry + "\n")) == {"findings"}
    # A police report to the burgemeester: the facts, what they mean, and what it advises.
    police = "Bestuurlijke rapportage\n\nFeiten\n" + PROSE + "\n\nDuiding\n" + PROSE + "\n\nAdvies\n" + PROSE
    assert report_parts(ev(police + "\n")) == {"findings"}
    # Near miss: a nota with one such heading has no study's findings.
    assert report_parts(ev("Nota\n\nConclusie en advies\n" + PROSE + "\n")) == set()


def test_a_heading_run_onto_the_paragraph_above_is_a_part_of_a_report():
    # The clean stage ran 'Beoordeling' onto the end of the paragraph above it.
    advice = ("Advies omgevingsvergunning\n\nWaardestelling\nHet pand is van hoge monumentale waarde. Beoordeling\n"
              + PROSE + "\n\nAdvies\n" + PROSE)
    assert report_parts(ev(advice + "\n")) == {"findings"}
    # Near miss: a sentence that ends in a word without its full stop is none.
    prose = advice.replace("waarde. Beoordeling", "waarde. Zie de Beoordeling")
    assert report_parts(ev(prose + "\n")) == set()


def test_a_committees_assessment_and_advice_under_its_name_are_the_parts_of_an_advice():
    # A monuments committee's advice on one application: its field table, what it assessed and what it advises,
    # signed on its behalf without a salutation: a report on the committee's paper, no letter.
    advice = ("Erfgoedcommissie Epe\n\nAdvies\n\nDatum advies 19 februari 2025\nZaaknummer Z-25-0718\n\n"
              "Beoordeling\n" + PROSE + "\n\nAdvies\n" + PROSE + "\n\nnamens de Erfgoedcommissie Epe,\n"
              "ir. W.F. van der Meer, voorzitter\n")
    assert report_parts(ev(advice)) == {"findings"}
    assert report_structure(ev(advice))
    info = describe_document(raw_document_from_text(advice), (CleanPage.from_text(advice),), pipeline_version="t")
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("overig", "rapport", "2025-02-19")
    # Near miss: one such heading under the name is what a nota has too.
    assert report_parts(ev("Advies\n\nBeoordeling\n" + PROSE + "\n")) == set()


def _describe(text: str):
    return describe_document(raw_document_from_text(text), (CleanPage.from_text(text),), pipeline_version="t")


OBJECTION = ("Zaaknummer BZ-2025-044\nDatum advies 12 mei 2025\n\n1. Het bezwaar\n" + PROSE + "\n\n2. Beoordeling\n"
             + PROSE + "\n\n3. Advies\nDe commissie adviseert het bezwaar ongegrond te verklaren.\n\n")


def test_an_advice_whose_name_goes_on_to_its_addressee_and_that_its_members_sign_is_a_letter():
    # A committee's advice headed to the college, laid out in numbered sections and signed by its chair and
    # secretary: written as a letter to the college (a signature beside each name, or the posts over the names).
    signed = "mr. P.J. de Wit mr. K. Brouwer\nvoorzitter secretaris\n"
    addressed = "Commissie bezwaarschriften Zwolle\n\nADVIES aan het college van burgemeester en wethouders van Zwolle\n\n"
    assert "addressed_name" in letter_signs(ev(addressed + OBJECTION + signed))
    assert not report_structure(ev(addressed + OBJECTION + signed))
    info = _describe(addressed + OBJECTION + signed)
    assert (info.doc_type, info.doc_kind) == ("brief", "brief")
    # The addressee on its own line under the name, as a scan keeps it.
    apart = "Commissie bezwaarschriften Zwolle\n\nAdvies\naan het college van burgemeester en wethouders\n\n"
    assert "addressed_name" in letter_signs(ev(apart + OBJECTION + "De voorzitter, De secretaris,\nmr. P.J. de Wit mr. K. Brouwer\n"))
    # Near misses: unsigned it is an advice printed as a report; a name that addresses no one is one too, signed.
    assert "addressed_name" not in letter_signs(ev(addressed + OBJECTION))
    assert "addressed_name" not in letter_signs(ev("Advies over de regio\n\n" + OBJECTION + signed))
    # An advisory body of another name is no addressee ('aan de Raad van State' is no council).
    assert "addressed_name" not in letter_signs(ev("Advies aan de Raad van State\n\n" + OBJECTION + signed))


def test_a_title_that_runs_on_into_its_subject_still_names_the_report():
    # 'Advies' and the subject printed under it, which the clean stage joins into one heading longer than a title.
    title = "Advies inzake het bezwaar van de heer F. Smit tegen de last onder dwangsom van 3 maart 2025\n\n"
    assert report_name(ev(title + OBJECTION)) == "rapport"
    info = _describe("Commissie bezwaarschriften Zeist\n\n" + title + OBJECTION
                     + "De voorzitter, De secretaris,\nmr. P.J. de Wit mr. K. Brouwer\n")
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("overig", "rapport", "2025-05-12")
    # Near misses: a sentence, and a long line whose second word is no word of a subject, name nothing.
    assert report_name(ev("Advies inzake het bezwaar van de heer F. Smit is door de commissie besproken en "
                          "afgewezen.\n\n" + OBJECTION)) is None
    assert report_name(ev("Advies van de commissie aan de heer F. Smit over de last onder dwangsom van 3 maart "
                          "2025 en de schuur\n\n" + OBJECTION)) is None


def test_the_senders_address_in_the_margin_column_is_no_sign_of_a_letter(tmp_path):
    from pathlib import Path

    from pipeline.clean import clean_page
    from pipeline.ingest import read_document
    from pipeline.testing import load_test_module

    build = load_test_module(Path(__file__).resolve().parents[1] / "layouts" / "build.py")

    def read(lines: list[str]) -> Evidence:
        path = build.build_pdf([lines], tmp_path / "advies.pdf")
        return evidence(tuple(clean_page(p) for p in read_document(path, source=str(path)).pages))

    advice = ["M Datum|20 maart 2024", "M Kenmerk|ROB-2024-017", "# Advies: Gemeenten en de energietransitie", "",
              "## Samenvatting", PROSE, "", "## 1. Aanleiding", PROSE]
    # The advisory council prints its own address above the letter's fields in the margin column.
    report = read(["M Raad voor het Openbaar Bestuur|Korte Voorhout 7/ 2511 CW Den Haag", *advice])
    assert letter_signs(report) == set() and report_structure(report)
    # The addressee's block in the body is a letter's.
    letter = read([*advice[:2], "De Voorzitter van de Tweede Kamer", "Postbus 20018", "2500 EA DEN HAAG", "",
                   *advice[2:]])
    assert "address" in letter_signs(letter) and not report_structure(letter)


ADVICE_BODY = ("Samenvatting\nDe commissie adviseert de minister de onttrekking van grondwater te beperken.\n"
               "1. Inleiding\nDe minister vroeg de commissie in juli om advies.\n"
               "2. Analyse\nIn de zomers van 2018 en 2022 daalde de grondwaterstand sterk.\n")


@pytest.mark.parametrize(("head", "address"), [
    # The sender's own address heads its paper, the document's name right under it: no addressee's block.
    ("Raad voor de Bodem\nPostbus 30947\n2500 GX Den Haag\nAdvies over de bodemdaling in het veen\n", False),
    ("Postbus 30947\n2500 GX Den Haag\nAdvies over de bodemdaling in het veen\n", False),
    # Near misses: a block under an addressee's 'Aan', or one followed by a date before the name, is an addressee's.
    ("Aan de minister van Infrastructuur\nPostbus 20901\n2500 EX Den Haag\nAdvies over de bodemdaling in het veen\n",
     True),
    ("Raad voor de Bodem\nPostbus 30947\n2500 GX Den Haag\nDen Haag, 3 april 2024\n"
     "Advies over de bodemdaling in het veen\n", True),
])
def test_the_senders_letterhead_address_over_its_own_name_is_no_addressees_block(head, address):
    assert ("address" in letter_signs(ev(head + ADVICE_BODY))) is address


COVER = "Accountantsverslag 2024\nGemeente Oss\n\nVerslag van bevindingen bij de controle van de jaarrekening 2024\n\nEindhoven, 12 juni 2025\n"
LETTER_PAGE = ("Aan de gemeenteraad van de gemeente Oss\nPostbus 5\n5340 BA Oss\n\nGeachte leden van de raad,\n\n" + PROSE
               + "\n\nMet vriendelijke groet,\n\nVan Dongen & Smits Accountants\n")


def test_a_report_whose_cover_comes_before_its_letter_page_is_a_report():
    assert report_cover(ev(COVER, LETTER_PAGE))
    # Near misses: the letter first and the report it sends after it; a cover that names no report; one page.
    assert not report_cover(ev(LETTER_PAGE, COVER))
    assert not report_cover(ev(COVER.replace("Accountantsverslag 2024", "Gemeente Oss"), LETTER_PAGE))
    assert not report_cover(ev(COVER + "\n" + LETTER_PAGE))


STUDY_COVER = "Gemeente Groningen | Onderzoek en Statistiek\n\nWachten op een woning\nErvaringen van woningzoekenden\n\nmei 2024\n"


def test_a_cover_and_a_summary_after_it_build_a_study_that_names_no_kind():
    study = ev(STUDY_COVER, "1 Samenvatting\n" + PROSE + "\n\n2 Aanpak\n" + PROSE + "\n")
    assert summary_after_cover(study) and report_structure(study)
    assert summary_after_cover(ev(STUDY_COVER, "Managementsamenvatting\n" + PROSE + "\n"))


def test_a_cover_before_other_text_or_a_summary_without_a_cover_builds_no_study():
    # Near misses: a brochure's first page of text after its cover; a summary on a first page of text.
    assert not summary_after_cover(ev(STUDY_COVER, "1 Inleiding\n" + PROSE + "\n"))
    assert not summary_after_cover(ev(STUDY_COVER + "\n".join([PROSE] * 6), "Samenvatting\n" + PROSE + "\n"))
    assert not summary_after_cover(ev("Samenvatting\n" + PROSE + "\n"))


OLD_LETTER = ("GEMEENTE ZWOLLE\n\nAfdeling Statistiek — Grote Kerkplein 15 — Zwolle\n\n{head}Familie J. de Vries\n"
              "Assendorperstraat 12\nZWOLLE\n\nOnderwerp: Woononderzoek 1976\n\n{greeting}\n\nHet gemeentebestuur houdt in "
              "april een onderzoek naar de woonwensen van de inwoners. Een enquêteur zal bij U aanbellen.\n"
              "Wij danken U bij voorbaat voor Uw medewerking.\n\nBurgemeester en Wethouders van Zwolle,\n")


@pytest.mark.parametrize(("head", "greeting", "letter"), [
    # A typed letter: its place-date line in the head, its salutation, its thanks and the signers, no closing formula.
    ("Zwolle, 8 maart 1976\n", "Geachte Heer en Mevrouw,", True),
    # Near misses: a salutation without the head's date line, a date line without a salutation.
    ("", "Geachte Heer en Mevrouw,", False),
    ("Zwolle, 8 maart 1976\n", "Aan de bewoners van dit adres", False),
])
def test_a_letter_dated_in_its_head_and_greeting_its_reader_is_a_letter(head, greeting, letter):
    text = OLD_LETTER.format(head=head, greeting=greeting)
    assert dated_and_greeted(ev(text)) is letter


def test_a_foreword_signed_with_place_and_date_under_its_greeting_is_no_letter():
    text = ("Woonmonitor 2024\n\nVoorwoord\n\nGeachte lezer,\n\nVoor u ligt de woonmonitor van dit jaar. Wij wensen u veel "
            "leesplezier.\n\nZwolle, 8 maart 2024\n\nDe wethouder Wonen,\n")
    assert not dated_and_greeted(ev(text))
