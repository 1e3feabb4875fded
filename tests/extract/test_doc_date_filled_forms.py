"""The date of a filled-in form (``pipeline/extract/doc_date_filled_forms.py``): a web form's summary by
its submission, on its line, beside its label or under it; a form by the row of its signature, not the dates
it asks for."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.clean import clean_page
from pipeline.extract import doc_date_filled_forms as filled_forms
from pipeline.extract.document import describe_document, evidence
from pipeline.ingest import raw_document_from_text, read_document
from pipeline.records import CleanPage
from pipeline.testing import load_test_module

documents = load_test_module(Path(__file__).resolve().parents[1] / "fixtures" / "documents.py")


def describe(text: str):
    return describe_document(raw_document_from_text(text), (CleanPage.from_text(text),), pipeline_version="test")


def ev(text: str):
    return evidence((CleanPage.from_text(text),))


FORM = ("3-4-2024 21:49 | Samenvatting van uw aanvraag - Gemeente Apeldoorn\n\nWoo-verzoek indienen\n\n"
        "Samenvatting van uw aanvraag\nUw verzoek is ontvangen.\n\nReferentienummer WOO-2024-00412\n{field}\n"
        "Ingelogd met DigiD\n\nOver welke periode? 01-01-2022 tot en met 31-12-2023\n")


@pytest.mark.parametrize(("field", "value"), [
    ("Datum en tijd van indienen 03-04-2024 21:47", "2024-04-03"),
    ("Ingediend op: 3 april 2024 21.47 uur", "2024-04-03"),
    # Near miss: more than a date and its time after the label, and a label of another date.
    ("Ingediend op: 3 april 2024, aangevuld op 5 april 2024", None),
    ("Datum van indiening\n3 april 2024", "2024-04-03"),
    ("Datum ontvangstbevestiging 04-04-2024", None),
    # A report made in a municipality's app: its status page names when it was reported.
    ("Gemeld op 3 april 2024, 21:47", "2024-04-03"),
    # Near miss: a step of its handling after it.
    ("Afgehandeld op 5 april 2024, 10:02", None),
])
def test_a_web_forms_summary_is_dated_by_its_submission(field, value):
    hit = filled_forms.form_submitted_date(ev(FORM.format(field=field)))
    assert (hit.value if hit else None) == value


def _version_table_pdf(path, rows):
    """A one-page report whose head is a version table: (x, y, text) strings in points from the top."""
    return documents.placed_pdf(path, [rows])


def _head(pdf):
    raw = read_document(pdf, source=str(pdf))
    return evidence(tuple(clean_page(p) for p in raw.pages))


def placed(lines: list[tuple[float, float, str]], method: str = "ocr"):
    """A scanned page whose lines stand where given (x, top), in the order the text layer gives them."""
    return evidence((documents.placed_page(lines, method),))


@pytest.mark.parametrize(
    ("labels", "value"),
    [
        # A consultation's confirmation: a row of labels over a row of values.
        (("Reactienummer", "Ingediend op"), "2025-02-20"),
        # Near miss: a row of other labels over the same values.
        (("Reactienummer", "Geldig tot"), None),
    ],
)
def test_a_web_forms_submission_in_a_row_of_labels_dates_its_summary(tmp_path, labels, value):
    rows = [(72, 60, "Bedankt voor uw reactie"), (72, 100, labels[0]), (220, 100, labels[1]),
            (72, 114, "7c1e-44a2"), (220, 114, "20 februari 2025, 14:31"),
            (72, 160, "Zie bijgevoegde brief. Wij onderschrijven het doel van vaste normen.")]
    hit = filled_forms.form_submitted_date(_head(_version_table_pdf(tmp_path / "reactie.pdf", rows)))
    assert (hit.value if hit else None) == value


SIGNED_FORM = [(72, 60, "Verklaring van vermissing van een reisdocument"), (72, 100, "Geslachtsnaam"), (220, 100, "BAKKER"),
        (72, 114, "Geboortedatum"), (220, 114, "19-03-1988"), (72, 128, "Datum van afgifte"), (220, 128, "07-06-2019"),
        (72, 142, "Datum vermissing"), (220, 142, "29-07-2023"),
        (72, 170, "Op de luchthaven is mijn tas met daarin mijn paspoort gestolen."),
        (72, 600, "Ik verklaar dit formulier naar waarheid te hebben ingevuld.")]


@pytest.mark.parametrize(("signature", "value"), [
    # The row of the signature at the form's foot: the day the applicant signed it, not the dates it asks for.
    ([(72, 620, "Plaats"), (200, 620, "Datum"), (330, 620, "Handtekening aanvrager"),
      (72, 634, "Rotterdam"), (200, 634, "2-8-2023"), (330, 634, "J. Bakker")], "2023-08-02"),
    # Label and value side by side in the row.
    ([(72, 620, "Datum:"), (140, 620, "3-8-2023"), (260, 620, "Handtekening:"), (340, 620, "J. Bakker")], "2023-08-03"),
    # A turned scan sets the label a little higher than the rest of its row: the date alone beside the signature.
    ([(72, 620, "Datum:"), (185, 628, "14-2-2018"), (298, 628, "Handtekening:"), (412, 628, "(handtekening)")],
     "2018-02-14"),
    # Near miss: the label at its left names another date than the signing.
    ([(72, 620, "Ontvangen:"), (185, 628, "22-2-2018"), (298, 628, "Handtekening:"), (412, 628, "(handtekening)")],
     None),
    # Near miss: a list signed at a session has a column of dates under its labels, no one signing.
    ([(72, 620, "Naam"), (200, 620, "Datum"), (330, 620, "Handtekening"),
      (72, 634, "J. Bakker"), (200, 634, "2-8-2023"), (330, 634, "(paraaf)"),
      (72, 648, "P. de Vries"), (200, 648, "9-8-2023"), (330, 648, "(paraaf)")], None),
])
def test_a_filled_in_form_is_dated_by_the_row_of_its_signature(tmp_path, signature, value):
    pdf = _version_table_pdf(tmp_path / "verklaring.pdf", SIGNED_FORM + signature)
    hit = filled_forms.signed_form_date(_head(pdf))
    assert (hit.value if hit else None) == value
    if value:
        raw = read_document(pdf, source=str(pdf))
        info = describe_document(raw, tuple(clean_page(p) for p in raw.pages), pipeline_version="test")
        assert (info.doc_type, info.doc_kind, info.doc_date, info.doc_date_rule) == (
            "overig", "overig", value, "signed_form")


TURNED_SIGNATURE = [(72, 100, "Aanvraagformulier Energietoeslag 2023"), (72, 130, "Geboortedatum"), (222, 130, "14-02-1961"),
                    (72, 160, "Ik verklaar dat ik dit formulier naar waarheid heb ingevuld."),
                    (72, 600, "Plaats"), (222, 600, "Datum"), (374, 611, "Handtekening aanvrager"),
                    (72, 622, "Enschede"), (222, 622, "3 juli 2023"), (374, 633, "[handtekening]")]


@pytest.mark.parametrize(("method", "value"), [
    # A turned scan set the signature's label a row lower than the labels beside it: their row is its row.
    ("ocr", "2023-07-03"),
    # Near miss: a born-digital page prints its rows where they belong; a label apart is no signature's row.
    ("pdf", None),
])
def test_a_turned_scans_signature_label_apart_from_its_row_still_dates_the_form(method, value):
    hit = filled_forms.signed_form_date(placed(TURNED_SIGNATURE, method))
    assert (hit.value if hit else None) == value


LOST_LABEL_SIGNATURE = [(72, 100, "Aanvraagformulier ligplaatsvergunning"), (72, 130, "Datum laatste keuring"),
                        (222, 130, "10 januari 2025"), (72, 160, "Ik verklaar dit formulier naar waarheid te hebben ingevuld."),
                        (72, 600, "Plaats"), (374, 600, "Handtekening aanvrager"),
                        (72, 614, "Leiden"), (222, 614, "19 februari 2025"), (374, 614, "[handtekening]")]


@pytest.mark.parametrize(("signature", "method", "value"), [
    # A scan lost the 'Datum' label between 'Plaats' and the signature's: the date under no label is its value.
    (LOST_LABEL_SIGNATURE, "ocr", "2025-02-19"),
    # Near misses: a born-digital page loses no label; a date under a label that names it is that label's.
    (LOST_LABEL_SIGNATURE, "pdf", None),
    ([*LOST_LABEL_SIGNATURE[:-5], (72, 600, "Plaats"), (222, 600, "Geboortedatum"), (374, 600, "Handtekening aanvrager"),
      (72, 614, "Leiden"), (222, 614, "14 februari 1961"), (374, 614, "[handtekening]")], "ocr", None),
])
def test_a_scan_that_lost_the_date_label_of_the_signature_row_is_dated_by_the_date_under_no_label(
        signature, method, value):
    hit = filled_forms.signed_form_date(placed(signature, method))
    assert (hit.value if hit else None) == value


def test_a_forms_field_for_the_day_it_is_signed_dates_it_not_the_dates_it_asks_for():
    form = ("Verklaring van overlijden\n\nGeslachtsnaam\tJansen\nGeboortedatum\t02-03-1941\nDatum en tijdstip van "
            "overlijden\t11-08-2024, 23.40 uur\n\nOndertekening\nNaam\tdr. P. de Wit\nDatum en tijdstip van "
            "ondertekening\t12-08-2024, 02.15 uur\nHandtekening\t[handtekening]\n")
    hit = filled_forms.signed_form_date(ev(form))
    assert (hit.value, hit.rule) == ("2024-08-12", "signed_form")
    assert describe(form).doc_date == "2024-08-12"
    # Near miss: a form that asks only for the dates of what it declares has no signing date in a field.
    unsigned = form.replace("Datum en tijdstip van ondertekening\t12-08-2024, 02.15 uur\n", "")
    assert filled_forms.signed_form_date(ev(unsigned)) is None


@pytest.mark.parametrize(
    ("label", "value"),
    [
        # A summary's table of fields: the submission in the cell beside its label, under a browser's print line.
        ("Datum en tijd van indienen", "2024-11-18"),
        # Near miss: the day the case was last changed is no submission.
        ("Laatst gewijzigd", None),
    ],
)
def test_a_web_forms_submission_beside_its_label_in_a_table_of_fields_dates_its_summary(tmp_path, label, value):
    fields = [("Zaaknummer", "MLD-2024-00311"), (label, "18-11-2024 19:05"), ("Kanaal", "Webformulier"),
              ("Naam", "P. de Vries"), ("Onderwerp", "Overlast"), ("Wanneer?", "in oktober 2024")]
    rows = [(72, 40, "19-11-2024 07:30   Bevestiging melding"), (72, 70, "Melding overlast")]
    rows += [(x, 100 + 14 * i, text) for i, pair in enumerate(fields) for x, text in zip((72, 300), pair, strict=True)]
    hit = filled_forms.form_submitted_date(_head(_version_table_pdf(tmp_path / "melding.pdf", rows)))
    assert (hit.value if hit else None) == value
