"""Kamervragen: a header in prose is no header."""

from __future__ import annotations

from pipeline.extract.doc_kamervragen import kamervragen_header
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


def test_a_header_with_no_question_after_it_is_a_letters_opening():
    # An uitstelbericht that prints the questions' header as its first paragraph: it holds no question.
    letter = (QUOTED + ".\n\nDeze vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord.\n\n"
              "De minister voor Langdurige Zorg,\n\nC. Helder\n")
    assert describe_text(letter).doc_type != "kamervragen"
    asked = QUOTED + ".\n\n1\nHoeveel verpleeghuizen sluiten in 2024?\n"
    assert describe_text(asked).doc_type == "kamervragen"
