"""The link rules that read the layout (pipeline.link.rows), with municipality spans put on the Doc by hand."""

from __future__ import annotations

import pytest

from pipeline.link.rows import name_then_amount, recipient_field, table_row


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Het gaat om Den Haag (€ 950.000), Amsterdam, (€ 920.000).", ["GM0518", "GM0363"]),
        ("Den Haag: € 950.000", ["GM0518"]),
        ("Almere – € 40.000", ["GM0034"]),
        ("Amsterdam,\n(€ 920.000)", ["GM0363"]),
        ("Postbus 1, Almere\n- € 40.000 voor de aanpak", [None]),
        ("Gouda en Nijmegen (€ 400.000)", [None]),
        ("Utrecht ontvangt € 5.000", [None]),
        # A place beside its cost, with the bracket or a colon: no pair.
        ("De kosten van het loket in Gouda (€ 12.000) worden niet vergoed.", [None]),
        ("Het dorpshuis bij Almere: € 40.000", [None]),
    ],
)
def test_name_then_amount(linked, text, codes):
    assert linked(text, name_then_amount) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Gemeente | Bedrag\nLelystad | € 12.000\nDronten | € 8.500", ["GM0995", "GM0303"]),
        ("Lelystad\t12.000 euro\t€ 5.000", ["GM0995", "GM0995"]),
        ("- Almere € 10.000", ["GM0034"]),
        ("Lelystad en Dronten | € 20.000", [None]),
        ("In Almere werd vorig jaar € 10.000 uitgegeven.", [None]),
    ],
)
def test_table_row(linked, text, codes):
    assert linked(text, table_row) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Subsidieontvanger: Gemeente Almere\nRegeling: Impuls\nVerleend bedrag: € 145.000\nVoorschot: € 116.000",
         ["GM0034", "GM0034"]),
        ("Aanvrager\tgemeente Utrecht\nBedrag\t€ 86.300", ["GM0344"]),
        ("Verleend bedrag € 145.000\nOntvanger Gemeente Gouda", ["GM0513"]),
        # A blank line ends the block; another label names no recipient; two recipients.
        ("Subsidieontvanger: Gemeente Almere\n\nVerleend bedrag: € 145.000", [None]),
        ("Adres: Stadhuisplein 1, Almere\nVerleend bedrag: € 145.000", [None]),
        ("Aanvrager: Gemeente Almere\nMedeaanvrager: Gemeente Utrecht\nAanvrager: Gemeente Gouda\nBedrag: € 5.000",
         [None]),
        # A sentence is no line of a field block.
        ("Aanvrager: Gemeente Almere\nHet Rijk betaalt de provincie een bedrag van € 145.000 voor de aanpak.", [None]),
    ],
)
def test_recipient_field(linked, text, codes):
    assert linked(text, recipient_field) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Regio Lelystad\t€\t1.200\t€\t1.300\t€\t1.400", ["GM0995", "GM0995", "GM0995"]),
        ("Utrecht/Almere Almere\t€ 1.200\t€ 1.300", ["GM0034", "GM0034"]),
        # Another municipality between, or running text.
        ("Almere\t€ 1.200\tUtrecht\t€ 1.300", ["GM0034", "GM0344"]),
        ("Almere ontving € 1.200 en daarna kreeg het Rijk € 1.300 terug van de provincie, zo bleek later uit de stukken.",
         ["GM0034", None]),
    ],
)
def test_same_row(linked, text, codes):
    assert linked(text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Indexering prijzen en lonen conform opgave gemeente Lelystad (3,2%)\t€ 389", [None]),
        ("3. (Tijdelijke) versterking toegang en regiefunctie JGZ Almere\t€ 700", [None]),
        ("Bijdrage gemeente Almere\t€ 700", ["GM0034"]),
        ("1. Gemeente Utrecht € 700", ["GM0344"]),
        ("Sportakkoord | Gemeente Gouda | € 310.000", ["GM0513"]),
    ],
)
def test_a_name_at_the_end_of_a_long_row_label_is_part_of_a_description(linked, text, codes):
    assert linked(text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # A project's row: the municipality column says where the project is.
        ("Dorpshuis De Kei\tAlmere\t€ 48.500", [None]),
        ("Klompenpad | Utrecht | € 22.750", [None]),
        # Numbers, codes, a province or 'Gemeente X' before or in the cell leave it the row's.
        ("12\tGM0034\tAlmere\t€ 48.500", ["GM0034"]),
        ("Flevoland\tAlmere\t€ 48.500", ["GM0034"]),
        ("Sportakkoord | Gemeente Gouda | € 310.000", ["GM0513"]),
        ("Almere\t€ 1.200\tUtrecht\t€ 1.300", ["GM0034", "GM0344"]),
    ],
)
def test_a_municipality_in_a_cell_after_the_rows_label_does_not_name_the_row(linked, text, codes):
    assert linked(text) == codes


PROJECTS = "Project\tGemeente\tBijdrage\nBuurthuis De Schakel\tAlmere\t€ 48.500\nKlompenpad Oost\tUtrecht\t€ 22.750"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # A sentence right below or above the table gives the money to the project's municipality.
        (f"{PROJECTS}\n\nDe bijdrage gaat naar de gemeente waarin het project ligt; zij betaalt de "
         "initiatiefnemers uit.", ["GM0034", "GM0344"]),
        (f"De bedragen worden uitgekeerd aan de gemeenten waar de projecten liggen.\n\n{PROJECTS}",
         ["GM0034", "GM0344"]),
        # The near misses: the money goes to the applicant, not to the municipality; a sentence
        # after another table; a paragraph that names no receiver.
        (f"De subsidie gaat naar de aanvrager (stichting of vereniging), niet naar de gemeente.\n\n{PROJECTS}",
         [None, None]),
        (f"{PROJECTS}\n\nDe subsidie gaat niet naar de gemeente waarin het project ligt.", [None, None]),
        (f"De bijdrage gaat naar de gemeente waarin het project ligt.\n\nSoort\tAantal\nSportvelden\t4\n\n"
         f"Overzicht per project:\n\n{PROJECTS}", [None, None]),
        (f"{PROJECTS}\n\nU vraagt de toeslag aan bij de gemeente waar u woont.", [None, None]),
    ],
)
def test_a_sentence_beside_a_project_table_can_make_its_municipality_column_the_receiver(linked, text, codes):
    assert linked(text) == codes
