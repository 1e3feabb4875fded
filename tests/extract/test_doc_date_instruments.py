"""Instruments dated by their adoption, agreements by their signing, judgments by the day they are given."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from pipeline.extract.doc_date_instruments import (
    _last_signature_field,
    adopted_annex_date,
    agreement_date,
    deed_date,
    instrument_date,
    judgment_date,
    self_adopted_date,
    stated_adoption_date,
)
from pipeline.extract.doc_evidence import Evidence
from pipeline.extract.doc_lines import Line
from pipeline.extract.document import describe_document, evidence
from pipeline.ingest import raw_document_from_text
from pipeline.records import CleanPage, RawPage
from pipeline.testing import load_test_module

documents = load_test_module(Path(__file__).resolve().parents[1] / "fixtures" / "documents.py")


def ev(*pages: str) -> Evidence:
    return evidence(tuple(CleanPage.from_text(p, number=i + 1) for i, p in enumerate(pages)))


def found(hit) -> tuple[str, str] | None:
    return None if hit is None else (hit.value, hit.rule)


GAZETTE_HEAD = "WATERSCHAPSBLAD | Officiële uitgave van Waterschap Vallei | Nr. 2210 | 19 april 2025\n"

MANDATE = (
    GAZETTE_HEAD + "Mandaatbesluit Waterschap Vallei 2025\n\nHet dagelijks bestuur van Waterschap Vallei;\n\n"
    "gelet op artikel 83 van de Waterschapswet;\n\nbesluit:\n\nArtikel 1\nDe directeur krijgt mandaat.\n\n"
    "Aldus vastgesteld in de vergadering van het dagelijks bestuur van 8 april 2025.\n\nde dijkgraaf,\n"
)


def test_an_instrument_in_a_gazette_is_dated_by_its_adoption_not_the_issue():
    assert found(instrument_date(ev(MANDATE))) == ("2025-04-08", "instrument_adopted")


def test_a_ministerial_regulation_is_dated_by_the_day_its_title_names_over_its_lines():
    text = ("STAATSCOURANT | Nr. 20411 | 9 mei 2025\nRegeling van de Staatssecretaris van Infrastructuur en\n"
            "Waterstaat\nvan 2 mei 2025, nr. IENW/BSK-2025/1234, tot wijziging van de Regeling bodemkwaliteit\n\n"
            "Gelet op artikel 4 van het Besluit bodemkwaliteit;\n\nBesluit:\n\nArtikel I\nDe regeling wordt gewijzigd.\n")
    assert found(instrument_date(ev(text))) == ("2025-05-02", "instrument_title")


def test_a_besluit_is_dated_by_the_place_date_line_after_its_dictum_not_the_advice_it_cites():
    text = ("Besluit van de burgemeester van Epe\ntot aanwijzing van een cameragebied\n\nDe burgemeester van Epe;\n\n"
            "overwegende dat de politie in haar advies van 3 maart 2025 overlast meldt;\n\ngelet op artikel 151c van "
            "de Gemeentewet;\n\nB E S L U I T :\n\n1. het Stationsplein aan te wijzen.\n\nEpe, 14 maart 2025\n\n"
            "De burgemeester van Epe,\n\nBezwaar\nBinnen zes weken na 21 maart 2025 kan bezwaar worden gemaakt.\n")
    assert found(instrument_date(ev(text))) == ("2025-03-14", "instrument_signed")


@pytest.mark.parametrize(("closing", "value"), [
    # A burgemeester's noodverordening is signed at his seat, not adopted in a meeting: its closing names both.
    ("Aldus vastgesteld te Venlo op 2 mei 2025, om 17.00 uur.", "2025-05-02"),
    ("Gegeven te Venlo, de 2 mei 2025.", "2025-05-02"),
    # Near miss: the entry into force and the council's later ratification are no signing.
    ("Deze noodverordening treedt in werking op 3 mei 2025 en wordt ter bekrachtiging voorgelegd aan de raad op "
     "20 mei 2025.", None),
])
def test_an_executives_instrument_is_dated_by_the_closing_that_signs_it(closing, value):
    text = ("Noodverordening ex artikel 176 Gemeentewet\n\nDe burgemeester van Venlo,\n\noverwegende dat op 3 mei 2025 "
            "een wedstrijd wordt gespeeld;\n\ngelet op artikel 176 van de Gemeentewet;\n\nBESLUIT\nvast te stellen "
            "de volgende noodverordening:\n\nArtikel 1\nHet is verboden vuurwerk bij zich te hebben.\n\n" + closing
            + "\n\nDe burgemeester van Venlo,\n")
    assert found(instrument_date(ev(text))) == ((value, "instrument_signed") if value else None)


def test_no_dictum_no_instrument():
    # A letter that cites a considerans is no instrument: its place-date line is the letter rules' to read.
    text = ("Epe, 14 maart 2025\n\nGeachte heer Smit,\n\nGelet op uw verzoek hebben wij het stuk bekeken.\n\n"
            "Met vriendelijke groet,\n")
    assert instrument_date(ev(text)) is None
    # A dictum with no considerans before it (an agenda's 'Besluit:' field) is none either.
    assert instrument_date(ev("Agenda\n\n1. Opening\nBesluit: akkoord.\n\nEpe, 14 maart 2025\n")) is None


def test_a_gazette_text_that_joins_the_considerans_and_the_dictum_is_still_an_instrument():
    # The clean stage runs the body's name, the considerans and the dictum into one paragraph.
    college = ("GEMEENTEBLAD\nOfficiële uitgave van de gemeente Epe\nNr. 3345 | 20 maart 2025\nBeleidsregels "
               "parkeren Epe 2025\nHet college van burgemeester en wethouders van Epe; gelet op artikel 4:81 van de "
               "Algemene wet bestuursrecht; besluit vast te stellen de volgende beleidsregels:\nArtikel 1\nEen "
               "vergunning geldt een jaar.\nAldus besloten in de vergadering van burgemeester en wethouders van 11 "
               "maart 2025.\n")
    assert found(instrument_date(ev(college))) == ("2025-03-11", "instrument_adopted")
    gs = ("PROVINCIAAL BLAD\nNr. 4410 | 9 april 2025\nBesluit van Gedeputeerde Staten van Gelderland tot aanwijzing "
          "van toezichthouders\nGedeputeerde Staten van Gelderland, gelet op artikel 5:11 van de Algemene wet "
          "bestuursrecht; besluiten:\nArtikel 1\nAangewezen worden de medewerkers van de ODR.\nArnhem, 1 april "
          "2025.\n")
    assert found(instrument_date(ev(gs))) == ("2025-04-01", "instrument_signed")


def test_a_considerans_and_a_dictum_inside_sentences_make_no_instrument():
    # Near miss: a letter's sentence that says 'gelet op' and 'besluit' in passing opens no clause with them.
    text = ("Geachte heer Smit,\nWij hebben uw aanvraag, gelet op de regels, bekeken en het college besluit: nog niet."
            "\nEpe, 14 maart 2025\n")
    assert instrument_date(ev(text)) is None


def test_an_old_instrument_whose_dictum_states_what_they_have_adopted_is_dated_by_its_adoption():
    # Before 1970 a college's instrument closed its considerans with 'Hebben vastgesteld de navolgende ...:'
    # and its adoption with 'in hunne vergadering'; the entry into force and the instrument replaced are no date.
    text = ("INSTRUCTIE\nvoor den opzichter der gemeentelijke markten van Hattem.\n\nBurgemeester en Wethouders der "
            "gemeente Hattem;\nGelet op artikel 4 der Marktverordening;\nHebben vastgesteld de navolgende "
            "instructie voor den marktmeester:\nArt. 1. Hij wijst de standplaatsen aan.\nArt. 2. Deze instructie "
            "treedt in werking op 1 Maart 1951. De instructie van 2 Juni 1930 vervalt.\n\nAldus vastgesteld door "
            "Burgemeester en Wethouders van Hattem in hunne vergadering van 6 Februari 1951.\n")
    assert found(instrument_date(ev(text))) == ("1951-02-06", "instrument_adopted")
    # Near miss: a letter's sentence saying what a board has adopted opens no dictum.
    letter = ("Geachte heer Smit,\nGelet op uw verzoek delen wij mee dat wij hebben vastgesteld dat de markt "
              "verhuist.\nHebben vastgesteld de volgende punten in het overleg.\nHattem, 6 februari 1951\n")
    assert instrument_date(ev(letter)) is None


def test_a_published_instrument_is_described_with_its_adoption_date():
    info = describe_document(raw_document_from_text(MANDATE), (CleanPage.from_text(MANDATE),), pipeline_version="t")
    assert (info.doc_type, info.doc_date) == ("overig", "2025-04-08")


AGREEMENT = ("Samenwerkingsovereenkomst\n\nDe ondergetekenden:\n1. de gemeente Epe;\n2. Stichting Speelruimte;\n\n"
             "Artikel 1\nPartijen werken samen vanaf 1 mei 2025.\n\n")


def test_an_agreement_is_dated_by_the_signing_its_closing_states():
    text = AGREEMENT + "Aldus overeengekomen en ondertekend te Epe op 28 april 2025,\n\nde wethouder, de voorzitter,\n"
    assert found(agreement_date(ev(text))) == ("2025-04-28", "agreement_signed")


def test_an_agreement_signed_on_two_days_is_dated_by_the_last_and_a_blank_field_is_no_date():
    text = AGREEMENT + ("Aldus overeengekomen en in tweevoud ondertekend,\n\nDatum: 22 april 2025 Datum: 2 mei 2025\n"
                        "Datum: .............\n")
    assert found(agreement_date(ev(text))) == ("2025-05-02", "agreement_signature_field")
    blank = AGREEMENT + "Ondertekening\nPlaats: Epe Plaats: ........\nDatum: 17-04-2025 Datum: ..........\n"
    assert found(agreement_date(ev(blank))) == ("2025-04-17", "agreement_signature_field")


def _with_margin(text: str, fields: tuple[tuple[str, str], ...], number: int = 1) -> CleanPage:
    block = "\n\n" + "\n".join(f"{label}\n{value}" for label, value in fields)
    page = CleanPage.from_text(text + block, number=number)
    return dataclasses.replace(page, margin_fields=fields)


@pytest.mark.parametrize(("fields", "value"), [
    # A scan's text set the right column of the signature blocks apart as a margin column: its dates count too.
    ((("Datum", "16 februari 2023"), ("Datum", "15-2-2023")), "2023-02-16"),
    # Near miss: a margin field of another label dates no signing.
    ((("Verzonden", "16 februari 2023"),), "2023-02-14"),
])
def test_an_agreements_signature_dates_set_apart_as_a_margin_column(fields, value):
    text = AGREEMENT + "Ondertekening\nGemeente Epe wethouder\nDatum: 14 februari 2023 [handtekening]\n"
    hit = agreement_date(evidence((_with_margin(text, fields),)))
    assert found(hit) == (value, "agreement_signature_field")


def test_a_numbered_heading_of_signing_closes_an_agreement_as_the_plain_one_does():
    text = AGREEMENT + ("4. Ondertekening\nPartijen zijn het eens met deze afspraken.\n"
                        "Gemeente Epe Epe, 3 maart 2025 [handtekening] Stichting Speelruimte Heerde, 5-3-2025\n")
    assert found(agreement_date(ev(text))) == ("2025-03-05", "agreement_signature_field")
    # Near miss: a numbered section that only names the signing in its sentence closes nothing.
    assert agreement_date(ev(AGREEMENT + "4. Ondertekening door beide partijen volgt op 5 maart 2025.\n")) is None


def test_a_bilingual_agreement_heads_its_signing_in_both_languages():
    # A declaration with a German partner prints its columns side by side: the heading and the signing line carry
    # the other language after them, and the signing line opens with its capital ('Getekend te ...').
    text = AGREEMENT + ("Ondertekening Unterzeichnung\n"
                        "Getekend te Emmen op 20 juni 2024, tijdens de Unterzeichnet in Emmen am 20. Juni 2024 anlässlich "
                        "Grensconferentie. der Grenzkonferenz.\nVoor de provincie Drenthe Für den Landkreis Emsland\n")
    assert found(agreement_date(ev(text))) == ("2024-06-20", "agreement_signed")
    # Near miss: a heading that goes on in its own language is a sentence about the signing, no closing.
    assert agreement_date(ev(AGREEMENT + "Ondertekening volgt na de Grensconferentie van 20 juni 2024\n")) is None


def test_a_charter_done_in_two_copies_is_dated_by_the_day_it_was_done():
    # A twinning charter closes with the old formula of treaties, the copies and languages before the place and day.
    text = ("OORKONDE\nvan de verbroedering der steden Doetinchem en Bocholt\n\nDe Gemeenteraad van Doetinchem heeft in "
            "zijn vergadering van 2 Mei 1958 besloten een band van vriendschap aan te gaan.\n\nGedaan in tweevoud, in de "
            "Nederlandse en de Duitse taal, te Bocholt, op den 26sten Mei 1958.\n\nDe Burgemeester van Doetinchem,\n")
    assert found(agreement_date(ev(text))) == ("1958-05-26", "agreement_signed")
    # Near miss: a sentence that only says the charter was made in two copies closes nothing.
    assert agreement_date(ev(text.replace("Gedaan in tweevoud, in de Nederlandse en de Duitse taal, te Bocholt, op den "
                                          "26sten Mei 1958.", "De oorkonde wordt in tweevoud opgemaakt."))) is None


def test_an_office_note_under_the_signature_blocks_dates_no_signing():
    # A dispatch under the blocks ('factuur verzonden', 'Verzenddatum') comes after the signing, whatever its label.
    signed, note = "Epe, 2 juni 2025 [handtekening]", "zaal toegewezen | factuur verzonden 16-06-2025 | beh. PV"
    lines = [Line(1, 0, len(signed), signed), Line(1, len(signed) + 1, len(signed) + 1 + len(note), note)]
    assert found(_last_signature_field(lines)) == ("2025-06-02", "agreement_signature_field")
    # Near miss: a second party's own 'Datum' field is a signing, and the later one dates the agreement.
    other = "Stichting De Smash Datum: 9 juni 2025"
    assert found(_last_signature_field([*lines, Line(1, 200, 200 + len(other), other)]))[0] == "2025-06-09"


def test_an_agreement_signed_digitally_is_dated_by_the_last_signature_stamp():
    text = AGREEMENT + ("Aldus overeengekomen:\n\nDigitaal ondertekend door J. Smit Digitaal ondertekend door A. Prins\n"
                        "Datum: 2025.04.22 09:14:03 +02'00' Datum: 2025.04.24 17:40:55 +02'00'\n")
    assert found(agreement_date(ev(text))) == ("2025-04-24", "digital_signature_date")


def _paged(text: str, head: str) -> Evidence:
    page = CleanPage(number=1, text=text, raw=RawPage(number=1, text=text, method="pdf", furniture=(head,)),
                     raw_offsets=tuple(range(len(text) + 1)))
    return evidence((page,))


def test_an_unsigned_draft_agreement_is_dated_by_its_version_line_in_the_running_head():
    blank = AGREEMENT + "Aldus overeengekomen en in tweevoud ondertekend,\n\nDatum: .......... Datum: ..........\n"
    hit = agreement_date(_paged(blank, "CONCEPT — versie 2 — 3 februari 2025 — niet ondertekenen"))
    assert (hit.value, hit.rule) == ("2025-02-03", "version_furniture")
    # Near misses: a signed agreement keeps its signatures' date, whatever version its footer names; a draft whose
    # head names no version has no date.
    signed = AGREEMENT + "Aldus overeengekomen en in tweevoud ondertekend,\n\nDatum: 22 april 2025 Datum: ..........\n"
    assert found(agreement_date(_paged(signed, "Samenwerkingsovereenkomst · versie 17 februari 2025"))) == (
        "2025-04-22", "agreement_signature_field")
    assert agreement_date(_paged(blank, "Samenwerkingsovereenkomst Epe · pagina 1 van 2")) is None


def test_a_draft_whose_place_date_lines_are_left_blank_is_dated_by_its_version_line():
    # The parties' place-date lines printed with dots for the day (``Houten, .......... 2025``): no signature yet.
    blank = AGREEMENT + ("Aldus overeengekomen en in tweevoud ondertekend,\n\n| De Gemeente | De Ontwikkelaar\n"
                         "| Epe, .................... 2025 | Zwolle, .................... 2025\n")
    hit = agreement_date(_paged(blank, "CONCEPT d.d. 14 mei 2025 – ter bespreking met initiatiefnemer"))
    assert (hit.value, hit.rule) == ("2025-05-14", "version_furniture")
    # Near miss: a place-date line filled in is a signature, whatever the running head names.
    signed = blank.replace("| Epe, .................... 2025", "| Epe, 2 juni 2025")
    assert found(agreement_date(_paged(signed, "CONCEPT d.d. 14 mei 2025"))) == (
        "2025-06-02", "agreement_signature_field")


def test_dates_in_an_agreement_without_its_closing_are_not_its_signing():
    # The start date in its articles and a 'Datum' before any closing date nothing.
    assert agreement_date(ev(AGREEMENT + "Datum: 1 mei 2025\n")) is None


JUDGMENT = ("RECHTBANK GELDERLAND\nzaaknummer: ARN 24/0412\n\nuitspraak van de meervoudige kamer van 4 juni 2025 in "
            "de zaak tussen\n\nA. Prins, eiser,\n\nDe rechtbank heeft het beroep op 12 mei 2025 op zitting behandeld.\n"
            "Het bestreden besluit is van 3 oktober 2024.\n\nDeze uitspraak is in het openbaar uitgesproken op\n"
            "4 juni 2025.\n")


def test_a_judgment_is_dated_by_the_day_it_is_given_not_the_hearing_or_the_contested_decision():
    assert found(judgment_date(ev(JUDGMENT))) == ("2025-06-04", "judgment_given")
    appeal = ("Raad van State\n202501234/1/R2.\n\nUitspraak op het hoger beroep van: A. Prins,\n\ntegen de uitspraak "
              "van de rechtbank Gelderland van 4 juni 2025.\n\nBeslissing\nDe Afdeling bevestigt de uitspraak.\n\n"
              "Uitgesproken in het openbaar op 21 januari 2026.\n")
    assert found(judgment_date(ev(appeal))) == ("2026-01-21", "judgment_given")


def test_a_text_that_pronounces_no_judgment_is_not_dated_so():
    # A WOZ 'uitspraak op bezwaar' is a decision letter: it names a date of the uitspraak, but pronounces nothing.
    text = ("Gemeente Epe\nUitspraak op bezwaar\n\nDatum uitspraak: 12 juni 2025\n\nGeachte heer Prins,\n\n"
            "Uw bezwaar is ongegrond.\n")
    assert judgment_date(ev(text)) is None


CONSOLIDATED = (
    "Overheid.nl | Wettenbank\nRegeling vergoedingen adviescommissies 2022\n\nGeldend van 01-01-2024 t/m heden\n"
    "Regeling van de Minister van Financiën van 14 maart 2022, nr. 2022-0000012345, houdende regels over vergoedingen\n"
    "De Minister van Financiën,\nGelet op artikel 19 van de Kaderwet adviescolleges;\nBesluit:\n"
    "Artikel 1\nEen lid ontvangt een vergoeding.\n"
)


def test_a_consolidated_regulation_is_dated_by_its_title_not_the_versions_validity():
    assert found(instrument_date(ev(CONSOLIDATED))) == ("2022-03-14", "instrument_title")
    # Near miss: the validity line alone under the title is no day the title names.
    validity_only = CONSOLIDATED.replace("Regeling van de Minister van Financiën van 14 maart 2022, ", "Regeling, ")
    assert instrument_date(ev(validity_only)) is None


def test_a_consolidated_regulation_under_the_sites_table_of_versions_is_dated_by_its_title():
    versions = ("Wijzigingenoverzicht\nGeldend vanaf Wijziging Publicatie\n01-07-2022 Nieuwe regeling Stcrt. 2022, 1745\n"
                "01-01-2023 Wijziging artikel 4 Stcrt. 2022, 3410\n01-01-2024 Wijziging bijlage Stcrt. 2023, 3991\n")
    text = CONSOLIDATED.replace("Regeling van de Minister", versions + "Regeling van de Minister")
    assert found(instrument_date(ev(text))) == ("2022-03-14", "instrument_title")
    # Near miss: the table of versions alone, its title naming no day, dates nothing by its rows.
    untitled = text.replace("Regeling van de Minister van Financiën van 14 maart 2022, ", "Regeling, ")
    assert instrument_date(ev(untitled)) is None


def test_a_judgment_pronounced_as_done_in_public_is_dated_by_that_day():
    text = ("RECHTBANK OOST-BRABANT\nuitspraak van de meervoudige kamer in de zaak tussen A en B\n\nBeslissing\n"
            "De rechtbank verklaart het beroep ongegrond.\nDe uitspraak is in het openbaar gedaan op 4 april 2024.\n")
    assert found(judgment_date(ev(text))) == ("2024-04-04", "judgment_given")
    # Near miss: a statement made in public is no judgment's pronouncement.
    assert judgment_date(ev("De mededeling is in het openbaar gedaan op 4 april 2024.\n")) is None


def test_a_signature_block_whose_apostrophe_a_scan_read_as_a_quote_is_a_place_date():
    # Tesseract reads the apostrophe of ''s-Gravenhage' as an opening quote; the Rijk signs last.
    text = AGREEMENT + ("Aldus overeengekomen en ondertekend in drievoud,\n\n"
                        "Assen, 4 juni 2024 \u2018s-Gravenhage, 12 juni 2024 Provincie Drenthe\n"
                        "De Minister van Binnenlandse Zaken (handtekening)\n")
    assert found(agreement_date(ev(text))) == ("2024-06-12", "agreement_signature_field")
    # Near miss: a quoted word before a date is no place that signs ('\u2018vanaf 12 juni 2024').
    quoted = text.replace("\u2018s-Gravenhage, 12 juni 2024", "\u2018vanaf\u2019 12 juni 2024")
    assert found(agreement_date(ev(quoted))) == ("2024-06-04", "agreement_signature_field")


def test_an_agreement_signed_across_the_border_reads_the_article_before_the_date():
    # The German party writes 'den' before its date, the Dutch parties sign days earlier.
    text = AGREEMENT + ("Aldus in tweevoud opgemaakt in de Nederlandse en de Duitse taal.\n\n"
                        "Voor de gemeente Losser Für die Stadt Gronau (Westf.)\n"
                        "Losser, 3 juni 2024 Gronau, den 11.06.2024\n")
    assert found(agreement_date(ev(text))) == ("2024-06-11", "agreement_signature_field")


def test_an_agreement_signed_at_each_partys_seat_is_dated_by_the_last_place_date_whatever_its_order():
    # Signature blocks of cells, read row by row: names over their place-date lines, the last block printed
    # (Veendam, 7 juni) not the last to sign (Stadskanaal, 11 juni).
    text = AGREEMENT + ("Aldus overeengekomen en ondertekend in viervoud,\n\n"
                        "De Minister van Binnenlandse Zaken Gedeputeerde Staten van Drenthe\n"
                        "Den Haag, 3 juni 2024 Assen, 4 juni 2024\n"
                        "Het college van Stadskanaal Het college van Veendam\n"
                        "Stadskanaal, 11 juni 2024 Veendam, 7 juni 2024\n")
    assert found(agreement_date(ev(text))) == ("2024-06-11", "agreement_signature_field")
    # Near miss: a place-date in the articles, before the closing, is none of its signatures.
    body = AGREEMENT.replace("Partijen werken samen vanaf 1 mei 2025.", "Zoals besproken in Assen, 20 juni 2024.")
    assert agreement_date(ev(body + "Aldus overeengekomen en ondertekend in tweevoud,\n\nde wethouder\n")) is None


@pytest.mark.parametrize(("sentence", "value"), [
    # A guide's own adoption and consent, its only date, also in a paragraph after another sentence.
    ("Deze schoolgids is vastgesteld door de directeur en heeft op 24 juni 2025 de instemming gekregen van de "
     "medezeggenschapsraad.", "2025-06-24"),
    ("Wij wensen u veel leesplezier. Dit protocol is op dinsdag 3 september 2024 vastgesteld door het bestuur.",
     "2024-09-03"),
    ("Dit zorgplan heeft op 12 maart 2024 de goedkeuring van de raad van toezicht gekregen.", "2024-03-12"),
    # A code's closing line naming who adopted it, before the step that preceded it.
    ("Vastgesteld door het college van burgemeester en wethouders van Epe op 9 juli 2024, na instemming van de "
     "ondernemingsraad op 18 juni 2024.", "2024-07-09"),
    # A statement adopted in the meeting of the body that makes it, its day after the body's name.
    ("Deze verklaring is vastgesteld in de vergadering van het college van burgemeester en wethouders van Epe van "
     "15 april 2025.", "2025-04-15"),
    # Near miss: a meeting that discussed it adopted nothing.
    ("Deze verklaring is besproken in de vergadering van het college van burgemeester en wethouders van Epe van "
     "15 april 2025.", None),
    # Near misses: the day it takes effect after its adoption, a day that names no adoption, a date without 'op'.
    ("Deze regeling is vastgesteld door het college en treedt in werking op 1 augustus 2025.", None),
    ("Dit plan is op 3 maart 2025 besproken in het team.", None),
    ("Deze schoolgids is vastgesteld door de directeur in juni 2025.", None),
    # Near miss: an adoption cited inside a sentence is another document's.
    ("De nota is op grond van de regeling vastgesteld door het college op 4 maart 2024.", None),
    # A speech's text states the day it was delivered, in brackets under it.
    ("(Uitgesproken in de Burgerzaal van het Stadhuis te Venlo op Vrijdag 14 Mei 1971, te 11.00 uur.)", "1971-05-14"),
    ("Uitgesproken op 4 mei 2025 bij het monument in het park.", "2025-05-04"),
    # Near miss: a sentence that cites words spoken before is no delivery of this text.
    ("De burgemeester verwees naar de woorden uitgesproken op 4 mei 2020.", None),
])
def test_a_guide_is_dated_by_the_sentence_that_states_its_own_adoption(sentence, value):
    text = "Schoolgids 2025-2026\n\nBeste ouders,\n\nIn deze gids leest u hoe wij werken.\n\n" + sentence + "\n"
    assert found(self_adopted_date(ev(text))) == ((value, "self_adopted") if value else None)


@pytest.mark.parametrize(("closing", "value"), [
    # The room of the signing may stand before the place: 'ondertekend in het Stadhuis te Kampen op ...'.
    ("Aldus overeengekomen en ondertekend in het Stadhuis te Kampen op 9 februari 2023.", "2023-02-09"),
    ("Aldus overeengekomen en getekend in de raadzaal te Epe op 3 maart 2025.", "2025-03-03"),
    # Near miss: a sentence about a room with no place of signing after it dates nothing.
    ("Aldus overeengekomen en ondertekend in het Stadhuis op 9 februari 2023.", None),
])
def test_an_agreement_signed_in_a_named_room_of_a_place_is_dated_by_that_signing(closing, value):
    text = AGREEMENT + "Ondertekening\n" + closing + "\n\nde wethouder sport de voorzitter\n"
    assert found(agreement_date(ev(text))) == ((value, "agreement_signed") if value else None)


def test_an_agreement_closed_for_approval_is_dated_by_the_last_signature_block():
    # 'Voor akkoord,' alone on its line closes a loan agreement; the lender signs first, the borrower a week later.
    text = AGREEMENT + ("Voor akkoord,\n\nBruikleengever Bruikleennemer\nAmsterdam, 21 maart 2022 Zutphen, 28 maart "
                        "2022\nT. Dibbits, directeur H. Kamphuis, directeur\nakkoord reg. 30-3 MvB\n")
    assert found(agreement_date(ev(text))) == ("2022-03-28", "agreement_signature_field")
    # Near miss: an offer's row 'Voor akkoord opdrachtgever | Datum: |' is a field to fill in, no closing.
    offer = AGREEMENT + "Voor akkoord opdrachtgever Datum: Handtekening:\nAmsterdam, 21 maart 2022\n"
    assert agreement_date(ev(offer)) is None


BESCHIKKING = (
    "GEMEENTE AMSTERDAM\nPostbus 51160, 1007 ED Amsterdam\n\nDe heer J. Smit\nVan Baerlestraat 12\n1071 BB Amsterdam\n\n"
    "VERZONDEN 25 MRT 1993\nOnderwerp: splitsingsvergunning\n\nBESCHIKKING\n\nHet dagelijks bestuur van het stadsdeel; "
    "gezien de aanvraag van de heer J. Smit: gelet op artikel 33 van de Woningwet;\nBESLUIT: de heer J. Smit "
    "vergunning te verlenen tot splitsing van het pand.\n\nAmsterdam, 23 maart 1993\nHet dagelijks bestuur voornoemd, "
    "de secretaris, de voorzitter,\n"
)


def describe(text: str):
    return describe_document(raw_document_from_text(text), (CleanPage.from_text(text),), pipeline_version="t")


def test_a_beschikking_sent_as_a_letter_is_dated_by_its_signing_not_its_dispatch_stamp():
    # A scan reads the semicolon before 'gelet op' as a colon: the considerans still opens its clause there.
    info = describe(BESCHIKKING)
    assert (info.doc_type, info.doc_date, info.doc_date_rule) == ("brief", "1993-03-23", "instrument_signed")


@pytest.mark.parametrize(("old", "new", "value"), [
    # Near misses: a typed label of the dispatch is the letter's own date; a letter that is no instrument is dated by
    # its own place-date line, which the stamp does not beat, and without one by the stamp in its head.
    ("VERZONDEN 25 MRT 1993", "Verzonden: 25 maart 1993", "1993-03-25"),
    ("BESLUIT: de heer J. Smit vergunning te verlenen", "Wij verlenen de heer J. Smit vergunning", "1993-03-23"),
    ("BESLUIT: de heer J. Smit vergunning te verlenen tot splitsing van het pand.\n\nAmsterdam, 23 maart 1993",
     "Wij verlenen de heer J. Smit vergunning tot splitsing van het pand.", "1993-03-25"),
])
def test_a_dispatch_date_stays_where_no_instrument_is_signed_or_the_label_is_typed(old, new, value):
    assert describe(BESCHIKKING.replace(old, new)).doc_date == value


OLD_LETTER = (
    "GEMEENTE ZWOLLE\n\nNo. 1956/412 M.\n\nZWOLLE, 14 maart 1956.\n\nVERZONDEN 15 MRT 1956\nAan de Heer H.J. Wolters,\n"
    "Assendorperstraat 118,\nZWOLLE.\n\nNaar aanleiding van Uw verzoek delen wij U mede, dat wij hebben besloten U een "
    "standplaats op de weekmarkt toe te wijzen.\n\nBurgemeester en Wethouders van Zwolle,\nde Secretaris,\n"
)


def test_a_letters_own_place_date_line_beats_its_dispatch_stamp():
    # ANNOTATING.md: a VERZONDEN stamp does not beat a letter's own date; its place-date line is one.
    assert describe(OLD_LETTER).doc_date == "1956-03-14"
    # Near miss: without a date line of its own the stamp dates the letter.
    assert describe(OLD_LETTER.replace("ZWOLLE, 14 maart 1956.\n\n", "")).doc_date == "1956-03-15"


def test_a_letters_datum_in_a_row_of_labels_under_its_dispatch_stamp_beats_the_stamp(tmp_path):
    # ANNOTATING.md: a VERZONDEN stamp does not beat a letter's own Datum, here a cell of the row of labels under it.
    rows = [(72, 60, "Provincie Utrecht"), (72, 72, "Postbus 80300, 3508 TH Utrecht"),
            (72, 100, "Loonbedrijf Van Dijk"), (72, 112, "Dorpsstraat 3"), (72, 124, "3732 HJ De Bilt"),
            (72, 150, "VERZONDEN 9 MEI 2023"),
            (72, 164, "Datum"), (182, 164, "Zaaknummer"), (292, 164, "Uw aanvraag van"),
            (72, 176, "5 mei 2023"), (182, 176, "Z-2023-0412"), (292, 176, "2 maart 2023"),
            (72, 200, "Geachte heer Van Dijk,"), (72, 220, "Wij verlenen u de gevraagde ontheffing voor de weg."),
            (72, 250, "Hoogachtend,"), (72, 264, "J. Jansen")]
    path = documents.placed_pdf(tmp_path / "ontheffing.pdf", [rows])
    assert documents.describe_pdf(path).doc_date == "2023-05-05"
    # Near miss: without a Datum of its own the stamp dates the letter.
    rows = [r for r in rows if r[1] not in (164, 176)]
    assert documents.describe_pdf(documents.placed_pdf(tmp_path / "zonder.pdf", [rows])).doc_date == "2023-05-09"


def test_an_agreement_under_a_signing_heading_is_dated_by_the_closing_that_states_where_and_when_it_was_agreed():
    text = AGREEMENT + ("Ondertekening\nDe partijen verklaren zich met de inhoud van deze overeenkomst akkoord.\n\n"
                        "Aldus overeengekomen te Epe op 12 mei 2025.\n\nGemeente Epe Stichting Speelruimte\n")
    assert found(agreement_date(ev(text))) == ("2025-05-12", "agreement_signed")
    # Near miss: a sentence of the body that names an earlier agreement is no closing.
    body = AGREEMENT + ("Artikel 2\nPartijen zijn eerder overeengekomen te Epe op 3 maart 2020 samen te werken.\n\n"
                        "Ondertekening\nDatum: 14 mei 2025 Datum: 16 mei 2025\n")
    assert found(agreement_date(ev(body))) == ("2025-05-16", "agreement_signature_field")


def test_an_instruments_title_whose_line_breaks_within_its_day_is_dated_by_that_day():
    text = ("PROVINCIAAL BLAD | Provinciaal blad 2025, 14211 | 3 september 2025\n"
            "Besluit van Gedeputeerde Staten van Gelderland van 26 augustus\n"
            "2025, nr. 2025-011834, tot instelling van een maximumsnelheid van\n60 km per uur op de N319\n"
            "Gedeputeerde Staten van Gelderland, overwegende dat de weg is heringericht; gelet op artikel 15 van de "
            "Wegenverkeerswet 1994;\nbesluiten:\nI. een maximumsnelheid van 60 km per uur in te stellen.\n")
    assert found(instrument_date(ev(text))) == ("2025-08-26", "instrument_title")
    # Near miss: a title that names no day of its own leaves the gazette's issue undated by it.
    undated = text.replace("van 26 augustus\n2025, nr. 2025-011834, tot", "tot")
    assert instrument_date(ev(undated)) is None


def test_an_order_whose_dictum_is_an_act_of_its_own_is_dated_by_its_closing_formula():
    text = ("Schriftelijke vastlegging noodbevel\n\nDe burgemeester van Assen,\n\noverwegende dat op 16 december "
            "2019 de openbare orde ernstig werd verstoord;\n\ngelet op artikel 175 van de Gemeentewet;\n\nheeft op 16 "
            "december 2019 om 14.05 uur mondeling het volgende bevel gegeven:\n1. het gebied te verlaten.\n\n"
            "Aldus schriftelijk vastgelegd te Assen op 17 december 2019.\n\nDe burgemeester van Assen,\n")
    assert found(instrument_date(ev(text))) == ("2019-12-17", "instrument_signed")
    # Near miss: without a considerans it is no instrument, whatever its closing says.
    assert instrument_date(ev(text.replace("gelet op artikel 175 van de Gemeentewet;", ""))) is None


def test_a_decision_whose_dictum_closes_its_line_is_dated_by_its_signing_not_its_dispatch_stamp():
    decision = BESCHIKKING.replace(
        "Het dagelijks bestuur van het stadsdeel; gezien de aanvraag van de heer J. Smit: gelet op artikel 33 van de "
        "Woningwet;\nBESLUIT: de heer J. Smit vergunning te verlenen tot splitsing van het pand.\n\n",
        "Wij hebben op 3 maart 1993 uw aanvraag ontvangen.\nHet dagelijks bestuur besluit:\n1. de heer J. Smit "
        "vergunning te verlenen tot splitsing van het pand.\n\nOndertekening\n")
    assert (describe(decision).doc_date, describe(decision).doc_date_rule) == ("1993-03-23", "instrument_signed")
    # Near miss: a dictum inside a sentence is none; the letter's own place-date line dates it, not the stamp.
    prose = decision.replace("Het dagelijks bestuur besluit:\n1. de heer", "Het dagelijks bestuur besluit de heer")
    assert (describe(prose).doc_date, describe(prose).doc_date_rule) == ("1993-03-23", "place_date_line")


def test_an_old_judgment_is_dated_by_the_session_it_was_pronounced_in_its_day_an_old_ordinal():
    text = ("KANTONGERECHT TE MEPPEL\n\nVONNIS\n\nGezien de dagvaarding van 3 Februari 1955;\n\nVeroordeelt de verdachte "
            "tot een geldboete van tien gulden.\n\nAldus gewezen door de Kantonrechter en uitgesproken ter openbare "
            "terechtzitting van Dinsdag, den 1en Maart 1955, in tegenwoordigheid van de Griffier.\n")
    assert found(judgment_date(ev(text))) == ("1955-03-01", "judgment_given")
    modern = text.replace("Dinsdag, den 1en Maart 1955", "1 maart 1955")
    assert found(judgment_date(ev(modern))) == ("1955-03-01", "judgment_given")


def test_a_session_that_only_adjourned_the_case_pronounces_nothing():
    text = ("KANTONGERECHT TE MEPPEL\n\nDe zaak is ter openbare terechtzitting van 3 Februari 1955 aangehouden tot een "
            "nadere terechtzitting.\n")
    assert judgment_date(ev(text)) is None


DEED = (
    "No. 112\nAKTE VAN VERKOOP\n\nHeden, den achtsten maart negentienhonderd zes en vijftig, verschenen voor mij, "
    "Mr. A. de Boer, notaris ter standplaats Zwolle:\n1. de Heer J. Smit, wethouder der gemeente Zwolle;\n"
    "2. de Heer P. Bos, landbouwer.\nDe koopsom bedraagt f 1.200,--. De levering geschiedt op den eersten april "
    "negentienhonderd zes en vijftig.\nWAARVAN AKTE, in minuut verleden te Zwolle, op den datum in het hoofd dezer "
    "akte vermeld.\n"
)


def test_a_notarial_deed_is_dated_by_the_day_its_opening_names_in_words():
    assert found(deed_date(ev(DEED))) == ("1956-03-08", "deed_passed")


@pytest.mark.parametrize(("speck", "value"), [("„", "1956-03-08"), ("' ", "1956-03-08"), ("", "1956-03-08"),
                                              # Near miss: a word before 'Heden' makes it a sentence.
                                              ("Zie ", None)])
def test_a_scans_speck_before_a_deeds_opening_still_dates_it(speck, value):
    # A civil-status deed's opening on a scan, a speck read as a quote mark before 'Heden'.
    hit = deed_date(ev(DEED.replace("Heden,", speck + "Heden,")))
    assert (hit.value if hit else None) == value


CIVIL_DEED = ("Gemeente Breda - Burgerlijke Stand\nAKTE VAN ERKENNING\n\nOp {opening} voor mij, ambtenaar van de "
              "burgerlijke stand van de gemeente Breda:\nJan Pieter Smit, geboren op 4 mei 1990 te Breda;\n"
              "die verklaarde het kind te erkennen waarvan Eva de Graaf zwanger is.\n"
              "De vermoedelijke datum van de bevalling is 20 september 2024.\n\n"
              "Na voorlezing is deze akte door de comparant en mij ondertekend.\n")


@pytest.mark.parametrize(("opening", "value"), [
    # A deed of the civil registry opens on the day its comparants appeared, in figures, with a weekday or not.
    ("12 juni 2024 verscheen", "2024-06-12"),
    ("woensdag 12 juni 2024 verschenen", "2024-06-12"),
    # Near miss: the appearance without a day in the opening leaves the deed no date of its own.
    ("verzoek verscheen", None),
])
def test_a_civil_registry_deed_is_dated_by_the_day_its_opening_says_they_appeared(opening, value):
    hit = deed_date(ev(CIVIL_DEED.format(opening=opening)))
    assert (hit.value if hit else None) == value


def test_a_sentence_on_a_day_in_a_text_without_an_appearance_is_no_deed():
    text = CIVIL_DEED.format(opening="12 juni 2024 besprak het college de erkenning").replace(" voor mij,", ",")
    assert deed_date(ev(text)) is None


def test_a_text_that_opens_on_today_without_a_notarys_formula_is_no_deed():
    text = DEED.replace("verschenen voor mij", "kwamen bijeen").replace("WAARVAN AKTE", "Aldus gedaan")
    assert deed_date(ev(text)) is None


ROYAL_DECREE = (
    "Nr. 12\nONTEIGENING GEMEENTE EPE\n\nWij JULIANA, bij de gratie Gods, Koningin der Nederlanden, enz.\n"
    "Op de voordracht van Onze Minister van Volkshuisvesting van 3 februari 1975;\nGelet op het besluit van de raad "
    "der gemeente Epe van 12 juni 1974, strekkende tot aanwijzing ter onteigening voor het plan, door de raad "
    "vastgesteld op 9 april 1973;\n\nHebben goedgevonden en verstaan: ten name van de gemeente Epe ter onteigening "
    "aan te wijzen de onroerende zaken op de lijst.\n\nSoestdijk, 24 februari 1975 (get.) JULIANA\n\n"
    "De Minister van Volkshuisvesting,\n(get.) H. Gruijters\n"
)


def test_a_royal_decree_is_dated_where_the_queen_signs_it_under_its_dictum():
    assert found(instrument_date(ev(ROYAL_DECREE))) == ("1975-02-24", "instrument_signed")


def test_a_place_date_line_running_on_into_a_sentence_is_no_signing():
    text = ROYAL_DECREE.replace("(get.) JULIANA", "werd het plan ter inzage gelegd.")
    assert found(instrument_date(ev(text))) != ("1975-02-24", "instrument_signed")
def test_a_part_of_a_regulation_is_dated_by_the_decision_that_adopted_it():
    # Not by its entry into force, nor the year in its title.
    text = ("Tarieventabel leges 2025\n\n1.1\tHet verlenen van een grafrecht\t€ 1.640,00\n\nBehorende bij het besluit "
            "van de raad van de gemeente Epe van 7 november 2024, nr. 118. De griffier,\nIn werking met ingang van "
            "1 januari 2025\n")
    assert found(adopted_annex_date(ev(text))) == ("2024-11-07", "adopted_annex")
    # Near miss: the same line without the clerk's signature certifies nothing.
    assert adopted_annex_date(ev(text.replace(" De griffier,", ""))) is None


ROLL = ("KOHIER der BELASTING OP HONDEN over het dienstjaar 1961\n\n| Art. | Naam | Aanslag\n| 1 | Bos, K. | f 12,50\n"
        "| | Totaal | f 2.450,00\n\n{statement}\n{place}\nBurgemeester en Wethouders voornoemd,\n"
        "De Secretaris, De Burgemeester,\n\nGezien en invorderbaar verklaard door Gedeputeerde Staten van Overijssel.\n"
        "Zwolle, den 9den Maart 1961.\nNamens Gedeputeerde Staten, de Griffier der Staten,\n")


@pytest.mark.parametrize(("statement", "place", "value"), [
    # A register's adoption stated without a date, its place-date line under it (or run on after it, as a scan joins
    # them); the province's approval signed below is a later step.
    ("Dit kohier, bevattende honderd artikelen, tot een bedrag van f 2.450,00, is vastgesteld door Burgemeester en "
     "Wethouders van Deventer.", "Deventer, den 14den Februari 1961.", "1961-02-14"),
    ("Deze rekening is vastgesteld door den Raad der gemeente Ommen. Ommen, 3 Juli 1961.", "", "1961-07-03"),
    # Near misses: no place-date line after the statement, and a statement of a later approval only.
    ("Dit kohier is vastgesteld door Burgemeester en Wethouders van Deventer.", "Het kohier ligt ter inzage.", None),
    ("Gezien en goedgekeurd door Burgemeester en Wethouders.", "Deventer, den 14den Februari 1961.", None),
])
def test_a_register_is_dated_by_the_place_date_line_under_its_stated_adoption(statement, place, value):
    text = ROLL.format(statement=statement, place=place)
    assert found(stated_adoption_date(ev(text))) == ((value, "stated_adoption") if value else None)
