"""Kamervragen: a header in prose is no header."""

from __future__ import annotations

from pipeline.extract.doc_kamervragen import asked_on_date, kamervragen_header
from pipeline.extract.document import describe_document
from pipeline.ingest import raw_document_from_text
from pipeline.records import CleanPage


def describe_text(text: str, margin_fields: tuple[tuple[str, str], ...] = ()):
    """Describe a one-page text as it stands (no clean stage), optionally with margin fields."""
    page = CleanPage.from_text(text)
    if margin_fields:
        page = CleanPage(number=1, text=text, raw=page.raw, raw_offsets=page.raw_offsets, margin_fields=margin_fields)
    raw = raw_document_from_text(text)
    return describe_document(raw, (page,), pipeline_version="test")


PROSE = (
    "Het college heeft besloten de subsidie voor het buurtwerk in de wijk Oost te verlengen met twee jaar, "
    "zodat de lopende projecten kunnen worden afgerond en geëvalueerd."
)


def test_kamervragen_mentioned_in_prose_is_no_header():
    text = ("Subsidie buurtwerk verlengd\n\nIn de Kamer zijn er ook Vragen van het lid Jansen (SP) aan de minister "
            "over gesteld (ingezonden 3 mei 2016). " + PROSE + " aldus de wethouder.")
    assert kamervragen_header((CleanPage.from_text(text),)) is None
    assert describe_text(text).doc_type == "nieuws"


QUOTED = ("Vragen van het lid Dobbe (SP) aan de minister voor Langdurige Zorg over de sluiting van verpleeghuizen "
          "(ingezonden 12 maart 2024, kenmerk 2024Z04011)")


def test_a_letter_that_quotes_the_questions_in_a_sentence_has_no_header():
    # An uitstelbericht: the questions are the subject of a sentence that goes on after them.
    letter = QUOTED + " kunnen niet binnen de gebruikelijke termijn worden beantwoord.\n\n" + PROSE
    assert kamervragen_header((CleanPage.from_text(letter),)) is None
    # The header itself is a title: a full stop, then the questions.
    header = QUOTED + ".\n\n1\nHoeveel verpleeghuizen sluiten in 2024?\n"
    found = kamervragen_header((CleanPage.from_text(header),))
    assert found is not None and found.submitted.value == "2024-03-12"


def test_a_header_wrapped_over_printed_lines_keeps_the_date_the_questions_were_sent():
    text = ("2025Z00412\n\nVragen van het lid Hoeksema (BBB) aan de minister van Landbouw,\nVisserij, Voedselzekerheid "
            "en Natuur over het bericht ‘Boeren wachten al twee jaar op geld’\n(ingezonden 14 januari 2025).\n\n"
            "Vraag 1\nBent u bekend met het bericht? Het verscheen op 9 januari 2025.\n\n"
            "Vraag 2\nKunt u deze vragen beantwoorden vóór het debat van 5 februari 2025?\n")
    header = kamervragen_header((CleanPage.from_text(text),))
    assert header.submitted.value == "2025-01-14"
    info = describe_text(text)
    assert (info.doc_type, info.doc_date) == ("kamervragen", "2025-01-14")
    # The note belongs to the header's paragraph only: a date sent further down is another's.
    later = text.replace("\n(ingezonden 14 januari 2025).", ".").replace("Vraag 2\n", "Vraag 2 (ingezonden 3 maart 2025)\n")
    assert kamervragen_header((CleanPage.from_text(later),)).submitted is None


def test_a_header_with_no_question_after_it_is_a_letters_opening():
    # An uitstelbericht that prints the questions' header as its first paragraph: it holds no question.
    letter = (QUOTED + ".\n\nDeze vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord.\n\n"
              "De minister voor Langdurige Zorg,\n\nC. Helder\n")
    assert describe_text(letter).doc_type != "kamervragen"
    asked = QUOTED + ".\n\n1\nHoeveel verpleeghuizen sluiten in 2024?\n"
    assert describe_text(asked).doc_type == "kamervragen"


def test_the_answers_as_a_ministry_prints_them_have_a_header():
    text = ("Antwoorden van de minister voor Medische Zorg op vragen van het lid Tielen (VVD) over de wachtlijsten\n"
            "in de ggz (2024Z04567, ingezonden 4 maart 2024).\n\nVraag 1\nKent u het bericht?\n\nAntwoord 1\nJa.\n")
    header = kamervragen_header((CleanPage.from_text(text),))
    assert (header.members, header.parties, header.answered_by, header.submitted.value) == (
        ("Tielen",), ("VVD",), "de minister voor Medische Zorg", "2024-03-04")
    assert header.addressed_to == ("Minister voor Medische Zorg",)
    assert header.title.endswith("over de wachtlijsten in de ggz")
    # Dated by the answers' margin Datum, not by when the questions were asked.
    info = describe_text(text, margin_fields=(("Datum", "12 april 2024"),))
    assert (info.doc_type, info.doc_date) == ("kamervragen", "2024-04-12")


def test_a_letter_that_sends_the_answers_names_them_in_a_sentence():
    text = ("Hierbij bied ik u de antwoorden aan op de vragen van het lid Tielen (VVD) over de wachtlijsten in de ggz\n"
            "(2024Z04567, ingezonden 4 maart 2024).\n")
    assert kamervragen_header((CleanPage.from_text(text),)) is None



def test_an_old_aanhangsel_prints_its_notes_with_a_capital():
    # The Aanhangsel of the 1970s: '(Ingezonden 3 maart 1977.)', '(Ontvangen 9 april 1977.)'.
    text = ("Vragen van het lid Jansen (P.v.d.A.) aan de Minister van Verkeer en Waterstaat over de veerdienst "
            "naar Texel. (Ingezonden 3 maart 1977.)\n\n1. Is de Minister bekend met de klachten?\n\n"
            "Antwoord van de Minister van Verkeer en Waterstaat. (Ontvangen 9 april 1977.)\n\n1. Ja.\n")
    header = kamervragen_header((CleanPage.from_text(text),))
    assert (header.submitted.value, header.received.value) == ("1977-03-03", "1977-04-09")
    info = describe_text(text)
    assert (info.doc_type, info.doc_date) == ("kamervragen", "1977-04-09")
    # Without its note the answer has no date of its own: the questions' date stands.
    unanswered = text.replace(" (Ontvangen 9 april 1977.)", "")
    assert describe_text(unanswered).doc_date == "1977-03-03"



def test_the_aanhangsel_may_head_the_answers_without_naming_who_gives_them():
    # The Aanhangsel of the 1990s: 'Antwoord (Ontvangen 2 maart 1993)' under the questions.
    text = ("Vragen van het lid Jansen (D66) aan de Minister van Economische Zaken over de winkeltijden. (Ingezonden "
            "3 februari 1993)\n\n1. Is de Minister bekend met de klachten?\n\nAntwoord (Ontvangen 2 maart 1993)\n\n"
            "1. Ja.\n")
    header = kamervragen_header((CleanPage.from_text(text),))
    assert (header.submitted.value, header.received.value) == ("1993-02-03", "1993-03-02")
    assert header.answered_by is None or "Minister" in header.answered_by
    assert describe_text(text).doc_date == "1993-03-02"
    # Near miss: a numbered form's 'Antwoord' label alone names no answers' note.
    form = text.replace("Antwoord (Ontvangen 2 maart 1993)", "Antwoord")
    assert describe_text(form).doc_date == "1993-02-03"


def test_the_aanhangsel_of_the_1970s_may_close_its_bare_answer_label_with_a_full_stop():
    # 'Antwoord. (Ontvangen 9 maart 1971.)': the label's stop before the note of the answers' receipt.
    text = ("Vragen van het lid De Vries (K.V.P.) aan de Minister van Defensie over de schietbaan bij Ede. (Ingezonden "
            "3 februari 1971.)\n\n1. Is de Minister bekend met de klachten?\n\nAntwoord. (Ontvangen 9 maart 1971.)\n\n"
            "1. Ja.\n")
    header = kamervragen_header((CleanPage.from_text(text),))
    assert (header.submitted.value, header.received.value) == ("1971-02-03", "1971-03-09")
    assert describe_text(text).doc_date == "1971-03-09"
    # Near miss: a sentence that ends on the word, its next sentence a note in brackets, names no answers' receipt.
    prose = text.replace("Antwoord. (Ontvangen 9 maart 1971.)", "Zie het antwoord. (Zie ook de bijlage.)")
    assert describe_text(prose).doc_date == "1971-02-03"


def test_questions_posted_on_a_party_site_are_dated_by_the_day_they_were_asked():
    text = ("Home > Nieuws\nSchriftelijke vragen over de sluiting van het zwembad\nGeplaatst op 9 mei 2024\n\n"
            "Onze fractie heeft op woensdag 8 mei 2024 de volgende vragen (artikel 40 RvO) aan het college gesteld:\n\n"
            "1. Is het college bekend met het besluit om het zwembad te sluiten?\n"
            "2. Is het college bereid met de exploitant in gesprek te gaan?\n")
    info = describe_text(text)
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("kamervragen", "kamervragen", "2024-05-08")
    # Near misses: a date of something else before the questions; no word that they were put.
    assert asked_on_date((CleanPage.from_text("Op 8 mei 2024 is het zwembad gesloten. Vragen zijn er niet gesteld."),)) is None
    assert asked_on_date((CleanPage.from_text("Op 8 mei 2024 komen de vragen in de raad aan de orde."),)) is None
