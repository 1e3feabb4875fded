"""The top message's date of an e-mail printed to PDF (``pipeline/extract/doc_date_mail.py``)."""

from __future__ import annotations

from pipeline.extract.doc_date_mail import email_sent_date, webmail_sent_date
from pipeline.extract.document import evidence
from pipeline.records import CleanPage

FORWARDED = ("---------- Doorgestuurd bericht ---------\nVan: Waterschap Vechtstromen <info@vechtstromen.nl>\n"
             "Date: ma 3 mrt 2025 om 09:12\nSubject: Uitnodiging informatieavond dijkversterking\n"
             "To: <p.hendriks@gmail.com>\n\nGeachte heer Hendriks,\n\nGraag nodigen wij u uit.\n")


def ev(text: str):
    return evidence((CleanPage.from_text(text),))


def test_a_webmail_print_is_dated_by_its_top_messages_head_above_the_forwarded_one():
    text = ("Gmail - Fwd: Uitnodiging informatieavond\n\nFwd: Uitnodiging informatieavond\n1 bericht\n\n"
            "Pieter Hendriks <p.hendriks@gmail.com>   4 maart 2025 om 08:15\nAan: bestuur@dorpsraad-ommen.nl\n\n"
            "Ter info.\n\n" + FORWARDED)
    hit = email_sent_date(ev(text))
    assert (hit.value, hit.rule) == ("2025-03-04", "email_sent")


def test_without_a_webmail_head_the_labelled_head_dates_the_mail():
    hit = email_sent_date(ev("Doorgestuurd ter info.\n\n" + FORWARDED))
    assert hit.value == "2025-03-03"


def test_a_quoted_reply_line_or_an_undated_address_line_is_no_webmail_head():
    # 'Op ... schreef ... <address>:' prints the date before the address; a sender line without a date dates nothing.
    text = ("Op 10 jun 2025 om 11:20 schreef Jan Smit <jan.smit@example.nl>\nAan: Piet\n\n"
            "Jan Smit <jan.smit@example.nl>\nAan: Piet Bakker\n\nTekst.\n")
    assert webmail_sent_date(ev(text)) is None
