"""Lines joined into paragraphs; headings, lists, tables, labels and blank lines kept."""

from __future__ import annotations

import pytest

from pipeline.clean.hyphenation import join_hyphenated
from pipeline.clean.mapped import MappedText
from pipeline.clean.paragraphs import (
    classify_lines,
    is_margin_label,
    is_table_like,
    join_lines,
    printed_length,
    starts_lower,
    wrap_width,
)
from pipeline.clean.resources import line_rules

# A paragraph as a PDF or OCR wraps it at about 80 characters.
WRAPPED = (
    "De gemeente heeft in het afgelopen jaar samen met politie, onderwijs en de\n"
    "jeugdzorg gewerkt aan een betere aanpak van radicalisering in de wijken. Daarbij\n"
    "is vooral ingezet op het tijdig herkennen van signalen door professionals die\n"
    "dagelijks met jongeren werken.\n"
)


def join(text: str) -> str:
    out = join_lines(MappedText.identity(text))
    assert len(out.offsets) == len(out.text) + 1
    return out.text


def test_wrapped_paragraph_becomes_one_line():
    assert join(WRAPPED) == " ".join(WRAPPED.split("\n")).strip()


def test_line_ending_a_sentence_and_full_joins_with_a_capital_start():
    text = WRAPPED + (
        "Dit is een volle regel die eindigt met het eind van een zin en verder niets.\n"
        "Daarna begint de volgende zin op een nieuwe regel van dezelfde alinea hier\n"
        "en gaat door op de derde regel van deze alinea tot het einde van de tekst.\n"
    )
    # WRAPPED ends in a short sentence-final line: that break stays, the rest joins.
    lines = join(text).split("\n")
    assert len(lines) == 2
    assert lines[1].startswith("Dit is een volle regel") and lines[1].endswith("van de tekst.")


@pytest.mark.parametrize("text", [
    # heading above a paragraph
    "Aanvraag versterkingsgelden\n" + WRAPPED,
    # heading after a blank line
    WRAPPED + "\nConclusie\n\n" + WRAPPED,
])
def test_headings_stay_on_their_own_line(text):
    out = join(text)
    first_heading = "Aanvraag versterkingsgelden" if text.startswith("Aanvraag") else "Conclusie"
    assert f"\n{first_heading}\n" in f"\n{out}\n"


@pytest.mark.parametrize("item_lines", [
    ["1. Deskundigheidsbevordering.", "2. Netwerkregie.", "3. Casusoverleg."],
    ["\u2022 Wegnemen van de voedingsbodem;", "\u2022 Bestrijding van extremisme;"],
    ["  \u2022 ingesprongen punt een;", "  \u2022 ingesprongen punt twee."],
    ["- eerste streepje", "- tweede streepje"],
    ["(1) een basistraining", "(2) een verdiepende training"],
    ["a. de gemeente Almere", "b. de gemeente Lelystad"],
    ["10.1.6 Radicalisering en Jihadisme", "10.1.7 Ondermijning"],
])
def test_list_items_stay_separate(item_lines):
    text = "Wat hebben we hiervoor gedaan?\n" + "\n".join(item_lines) + "\n"
    assert join(text).split("\n")[1:] == [line.rstrip() for line in item_lines]


def test_a_wrapped_list_item_is_joined_but_the_next_item_is_not():
    text = WRAPPED + (
        "1. Deskundigheidsbevordering van eerstelijnswerkers door middel van trainingen in het\n"
        "herkennen en duiden van radicalisering;\n"
        "2. Het opbouwen van een netwerk.\n"
    )
    lines = join(text).split("\n")
    assert lines[-2] == ("1. Deskundigheidsbevordering van eerstelijnswerkers door middel van "
                         "trainingen in het herkennen en duiden van radicalisering;")
    assert lines[-1] == "2. Het opbouwen van een netwerk."


def test_a_list_marker_alone_is_joined_with_its_text():
    assert join("1.\n\nDeskundigheidsbevordering;\n") == "1. Deskundigheidsbevordering;"


@pytest.mark.parametrize("rows", [
    ["Gemeente 1 daagse 2 daagse", "Almere 6 6", "Dronten 4 2", "Lelystad 5 3"],
    ["Jaar Bedrag", "2016 125.000", "2017 80.000"],
    ["Zwolle\t12\t8", "Deventer\t7\t3"],
    ["Urk  3  1", "Zeewolde  2  -"],
])
def test_table_rows_stay_separate(rows):
    text = WRAPPED + "\n" + "\n".join(rows) + "\n\n" + WRAPPED
    assert "\n".join(rows) in join(text)


def test_a_tab_separated_row_between_section_labels_stays_a_row():
    # A long row of a rebuilt table, with a label line above and below it and no
    # other row next to it, is no line of a paragraph.
    lines = ["Algemene reserve",
             "Reserve GGD Algemeen\t3.388\t77\t3.465\t-25\t3.440\t0\t3.440\t12.345\t67.890\t1.234",
             "Bestemmingsreserves",
             "Reserve aanvaardbare kosten RAV"]
    text = WRAPPED + "\n" + "\n".join(lines) + "\n"
    assert "\n".join(lines[1:3]) in join(text)


def test_blank_line_paragraph_break_is_kept_and_runs_collapse():
    text = "Eerste alinea eindigt hier.\n\n\n\nTweede alinea begint hier.\n"
    assert join(text) == "Eerste alinea eindigt hier.\n\nTweede alinea begint hier."


def test_stray_blank_line_inside_a_sentence_is_joined():
    text = "De huidige aanpak van radicalisering\n\nin Flevoland sluit aan bij het landelijk\n"
    assert join(text) == ("De huidige aanpak van radicalisering in Flevoland sluit aan bij "
                          "het landelijk")


def test_a_short_heading_above_lower_case_items_is_not_joined():
    text = "Doelen\n\nvoorkomen van radicalisering;\n\nversterken van het netwerk.\n"
    assert join(text) == "Doelen\n\nvoorkomen van radicalisering;\n\nversterken van het netwerk."


@pytest.mark.parametrize("end", [".", ";", ":", "?", "!"])
def test_no_join_across_a_blank_line_after_a_clause_end(end):
    text = f"Eerste deel{end}\n\nook met kleine letter\n"
    assert join(text) == f"Eerste deel{end}\n\nook met kleine letter"


def test_margin_labels_and_their_values_stay_lines():
    block = "Datum\n28 januari 2016\nOns kenmerk\n2016-004512\nOnderwerp\nversterkingsgelden"
    assert join(WRAPPED + "\n" + block + "\n").endswith(block)


def test_address_block_lines_stay_apart():
    text = "De minister van Veiligheid en Justitie\nmr. G.A. van der Steur\nPostbus 20301\n"
    assert join(text).split("\n") == ["De minister van Veiligheid en Justitie",
                                      "mr. G.A. van der Steur", "Postbus 20301"]


def test_paragraph_per_line_text_is_unchanged():
    text = (
        "Radicalisering is nog steeds een actueel thema in de bedreiging van de Nederlandse "
        "veiligheid en rechtsorde. Het Dreigingsbeeld Terrorisme Nederland blijft op niveau vier.\n"
        "Jihadistische dreiging vormt de voornaamste terroristische dreiging, ondanks het "
        "verdwijnen van het Kalifaat. Extreemrechtse dreiging blijft relatief beperkt.\n\n"
        "Conclusie\n\n"
        "Het netwerk van professionals en sleutelfiguren in de stad is verder versterkt."
    )
    assert join(text) == text


def test_joining_space_maps_to_the_line_break():
    text = "de gemeente\nAlmere"
    out = join_lines(MappedText.identity(text * 1))
    # one line is too few to know a wrap width: a capital start stays a new line
    assert out.text == "de gemeente\nAlmere"
    out = join_lines(MappedText.identity("de gemeente\nalmere"))
    assert out.text == "de gemeente almere"
    assert "de gemeente\nalmere"[out.offsets[11]] == "\n"


@pytest.mark.parametrize(("line", "table_like"), [
    ("Almere 6 6", True),
    ("Dronten |", True),
    ("Gemeente 1 daagse 2 daagse", True),
    ("Zwolle\t12", True),
    ("Dit is gewoon een zin met 2 getallen en 3 woorden.", False),
    ("Aanvraag versterkingsgelden", False),
    ("Totaal € 950.000", True),
    # A long row with an empty column between its label and figure: two tabs are one gap.
    ("Bijdrage provincie Zuid-Holland aan de regeling Cultuurparticipatie 2025-2028 en verder\t\t118.000", True),
])
def test_is_table_like(line, table_like):
    assert is_table_like(line, line_rules()) is table_like


@pytest.mark.parametrize(("line", "lower"), [
    ("herkennen en duiden", True),
    ("(dagdeel) voor docenten", True),
    ("\u2018omgaan met radicalisering\u2019", True),
    ("Veiligheid en Justitie", False),
    ("2016 was een goed jaar", False),
])
def test_starts_lower(line, lower):
    assert starts_lower(line) is lower


def test_wrap_width_is_none_for_a_few_lines():
    lines = classify_lines(MappedText.identity("een regel\nnog een regel\nderde"), line_rules())
    assert wrap_width(lines, line_rules()) is None


def test_wrap_width_is_none_for_long_paragraph_lines():
    text = "\n".join(c * (170 + i) for i, c in enumerate("vwxyz"))
    lines = classify_lines(MappedText.identity(text), line_rules())
    assert wrap_width(lines, line_rules()) is None


def test_wrap_width_of_wrapped_text():
    lines = classify_lines(MappedText.identity(WRAPPED + WRAPPED), line_rules())
    assert 75 <= wrap_width(lines, line_rules()) <= 82


def test_a_garbage_line_is_never_joined_into_a_paragraph():
    text = WRAPPED + "~~ ,. ;: || ^^\n" + WRAPPED
    assert "\n~~ ,. ;: || ^^\n" in join(text)


def test_short_address_lines_are_not_a_wrapped_paragraph():
    lines = ["Gemeente Almere", "Postbus 200", "1300 AE Almere", "Gemeente Lelystad",
             "Postbus 91", "8200 AB Lelystad", "Gemeente Dronten"]
    assert join("\n".join(lines)).split("\n") == lines


def test_full_line_ending_in_a_semicolon_keeps_the_next_capital_line_apart():
    text = WRAPPED + (
        "Wegnemen van de voedingsbodem voor radicalisering in alle wijken van de stad;\n"
        "Bestrijding en verzwakken van extremisme in de regio en daarbuiten samen;\n"
    )
    lines = join(text).split("\n")
    assert lines[-2].startswith("Wegnemen") and lines[-1].startswith("Bestrijding")


@pytest.mark.parametrize("closing", [
    "Met vriendelijke groet,", "Met vriendelijke groeten,", "Hoogachtend,", "Met collegiale groet,",
    "met vriendelijke groet", "Met de groeten,",
])
def test_a_closing_formula_ends_its_block_and_the_signature_stays_lines(closing):
    text = (WRAPPED + "\n" + closing + "\n\nburgemeester en wethouders van Zwolle,\n\n"
            "de secretaris,\n\nde burgemeester,\n")
    lines = [x for x in join(text).split("\n") if x]
    assert lines[-4:] == [closing, "burgemeester en wethouders van Zwolle,", "de secretaris,",
                          "de burgemeester,"]


@pytest.mark.parametrize("salutation", [
    "Geachte heer Van der Steur,", "Geachte mevrouw De Jong,", "Geacht college,",
    "Geachte leden van de raad,", "Beste collega's,",
])
def test_a_salutation_ends_its_block(salutation):
    text = salutation + "\n\nin uw brief van 3 maart vroeg u ons om een reactie op het voorstel.\n"
    assert join(text).split("\n\n")[0] == salutation


def test_a_closing_formula_after_a_full_sentence_line_starts_its_own_line():
    text = WRAPPED.replace("werken.\n", "werken, dat is de kern van de aanpak in de stad.\n")
    out = join(text + "Met vriendelijke groet,\n")
    assert out.endswith("\nMet vriendelijke groet,")


def test_a_stray_blank_line_before_the_closing_is_still_joined():
    # The signature rule applies only after the closing formula.
    text = "De huidige aanpak van radicalisering\n\nin Flevoland sluit aan.\n\nHoogachtend,\n"
    assert join(text) == "De huidige aanpak van radicalisering in Flevoland sluit aan.\n\nHoogachtend,"


@pytest.mark.parametrize("address", [
    "Postbus 20350", "Postbus 12345, 5200 GZ 's-Hertogenbosch", "2500 EJ DEN HAAG",
    "8000 GA Zwolle", "Antwoordnummer 1234",
])
def test_postal_address_lines_stay_apart_even_after_a_full_line(address):
    text = WRAPPED + "Ministerie van VWS\n"
    text += f"t.a.v. de directie Maatschappelijke Ondersteuning en Zorg in Den Haag\n{address}\n"
    lines = join(text).split("\n")
    assert lines[-3:] == ["Ministerie van VWS",
                          "t.a.v. de directie Maatschappelijke Ondersteuning en Zorg in Den Haag",
                          address]


def test_t_a_v_in_a_wrapped_sentence_still_joins():
    # 't.a.v.' is also 'ten aanzien van' in prose: after a full line the sentence goes on.
    text = WRAPPED.replace(
        "dagelijks met jongeren werken.",
        "dagelijks met jongeren werken, in de wijken, op scholen en ook\nt.a.v. de signalering van radicalisering.",
    )
    assert "ook t.a.v. de signalering" in join(text)


@pytest.mark.parametrize("line", [
    "postbus 20350 van het ministerie is ook bereikbaar via de website.",
    "2016 EU-subsidies zijn aangevraagd, de rest volgt.",
])
def test_prose_lines_are_not_address_lines(line):
    rules = line_rules()
    assert not rules.address_line.fullmatch(line)


# An OCR letter at about 62 characters a line, three of its words broken at a line end.
HYPHENATED = (
    "Graag vragen wij namens de gemeente Ede, mede namens de ge-\n"
    "meenten Barneveld, Renswoude en Wageningen, een specifieke uit-\n"
    "kering aan van honderdtachtigduizend euro voor de periode vanaf\n"
    "1 april van dit jaar. Van dit bedrag is een deel bestemd voor buurt-\n"
    "sportcoaches. Zij volgen de tweedaagse training in de wijk bij het\n"
    "Mulier Instituut.\n\n"
    "Voor de overige kosten leggen wij een begroting bij. De gemeente\n"
    "Wageningen draagt daarnaast een eigen bedrag bij aan het plan\n"
    "voor de sportverenigingen in de wijken van de vier gemeenten.\n"
)


def test_wrap_width_is_measured_on_printed_lines_after_hyphen_joins():
    joined = join_hyphenated(MappedText.identity(HYPHENATED))
    rules = line_rules()
    assert wrap_width(classify_lines(joined, rules), rules) is not None
    out = join_lines(joined).text
    assert "bij het Mulier Instituut.\n\nVoor de overige" in out


@pytest.mark.parametrize(("text", "length"), [
    ("radi-\ncalisering", len("calisering")),
    ("geen afbreking", len("geen afbreking")),
    ("", 0),
])
def test_printed_length(text, length):
    joined = join_hyphenated(MappedText.identity(text))
    assert printed_length(joined, 0, len(joined.text)) == length


def test_e_mail_header_fields_stay_lines():
    # A long sender line is as wide as a wrapped line; the next field must not join it.
    header = ["Van: Gemeente Noordoostpolder, team Ruimtelijke Ontwikkeling <info@noordoostpolder.nl>",
              "Date: di 17 sep. 2024 om 16:40", "Subject: uitnodiging informatieavond over het windpark",
              "To: <m.degroot@gmail.com>"]
    text = WRAPPED + "\n" + "\n".join(header) + "\n"
    assert join(text).split("\n")[-len(header):] == header


@pytest.mark.parametrize("line, label", [
    ("Datum", True), ("  Ons kenmerk: ", True), ("Ons kenmerk :", True),
    ("Datum 3 maart 2016", False), ("datum", False), ("Kenmerk van de brief", False), ("", False),
])
def test_a_margin_label_stands_alone_on_its_line(line, label):
    assert is_margin_label(line) is label
