"""The municipalities component on a Doc: spans, labels, CBS codes, the sentences of each rule and the corpus gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from pipeline.extract.municipalities import SPAN_KEY

PROJECT = Path(__file__).resolve().parents[2]


CORPUS = PROJECT / "corpus"


GOLD = CORPUS / "gold" / "gold.jsonl"


def found(annotate_text, text):
    doc, _ = annotate_text(text)
    return [(s.text, s.kb_id_, s.label_) for s in doc.spans[SPAN_KEY]]


def test_span_contract_kb_id_is_the_cbs_code_and_label_the_rule(annotate_text):
    assert found(annotate_text, "Het geld gaat naar Den Haag en Almere.") == [
        ("Den Haag", "GM0518", "gazetteer_alias"),
        ("Almere", "GM0034", "gazetteer_name"),
    ]


# Each row: a sentence and every (text, code, label) the component must find, in order.
CASES = [
    # names, aliases and spellings
    (
        "In 's-Gravenhage wordt het plan uitgevoerd.",
        [("'s-Gravenhage", "GM0518", "gazetteer_name")],
    ),
    (
        "In ’s-Gravenhage wordt het plan uitgevoerd.",
        [("’s-Gravenhage", "GM0518", "gazetteer_name")],
    ),
    ("De wijkagenten in Den Bosch zijn getraind.", [("Den Bosch", "GM0796", "gazetteer_alias")]),
    (
        "Ook Sudwest Fryslan doet mee.",
        [("Sudwest Fryslan", "GM1900", "gazetteer_name")],
    ),  # a spelling of the name
    ("Ook Súdwest-Fryslân doet mee.", [("Súdwest-Fryslân", "GM1900", "gazetteer_name")]),
    # Frisian names of the project's own aliases (resources/gazetteer/aliases.json), in each kind of sentence.
    ("De gemeente Skiermûntseach ûntfangt € 50.000.", [("Skiermûntseach", "GM0088", "gemeente_prefix")]),
    ("Ook Skiermûntseach krijgt geld.", [("Skiermûntseach", "GM0088", "gazetteer_alias")]),
    (
        "It Amelân en Skylge krijgen elk € 20.000.",
        [("It Amelân", "GM0060", "gazetteer_alias"), ("Skylge", "GM0093", "gazetteer_alias")],
    ),
    (
        "De boot van Harns naar Flylân vaart dagelijks.",
        [("Harns", "GM0072", "gazetteer_alias"), ("Flylân", "GM0096", "gazetteer_alias")],
    ),
    ("De gemeente It Hearrenfean ontvangt € 1 miljoen.", [("It Hearrenfean", "GM0074", "gemeente_prefix")]),
    # The Dutch names still resolve.
    ("De gemeente Schiermonnikoog ontvangt € 50.000.", [("Schiermonnikoog", "GM0088", "gemeente_prefix")]),
    ("Ook Heerenveen doet mee.", [("Heerenveen", "GM0074", "gazetteer_name")]),
    # A Frisian town is no municipality.
    ("De markt in Snits is druk.", []),
    (
        "Ook Capelle aan de IJssel doet mee.",
        [("Capelle aan de IJssel", "GM0502", "gazetteer_name")],
    ),
    ("Ook Nuenen doet mee.", [("Nuenen", "GM0820", "gazetteer_alias")]),
    (
        "Het geld gaat naar de gemeente Den\nHaag en naar Bergen op  Zoom.",
        [
            ("Den\nHaag", "GM0518", "gemeente_prefix"),
            ("Bergen op  Zoom", "GM0748", "gazetteer_name"),
        ],
    ),
    ("Het onderzoek in Bergen (NH.) is afgerond.", [("Bergen (NH.)", "GM0373", "gazetteer_name")]),
    ("Het onderzoek in Bergen (L.) is afgerond.", [("Bergen (L.)", "GM0893", "gazetteer_name")]),
    ("Het onderzoek in Bergen is afgerond.", []),
    # A name two municipalities share: the province's adjective before it, or the page's other
    # municipalities, tell which; the verb 'bergen' is none.
    ("De Limburgse gemeente Bergen krijgt geld.", [("Bergen", "GM0893", "gemeente_prefix")]),
    ("Het Noord-Hollandse Bergen kreeg geld.", [("Bergen", "GM0373", "gazetteer_alias")]),
    (
        "Bergen, Uitgeest en Heiloo werken samen.",
        [("Bergen", "GM0373", "gazetteer_alias"), ("Uitgeest", "GM0450", "gazetteer_name"),
         ("Heiloo", "GM0399", "gazetteer_name")],
    ),
    ("Bergen en Venray werken samen.", [("Bergen", "GM0893", "gazetteer_alias"), ("Venray", "GM0984", "gazetteer_name")]),
    # Municipalities of both provinces, or none, around it: unresolved.
    ("Bergen, Heiloo en Venray werken samen.", [("Heiloo", "GM0399", "gazetteer_name"), ("Venray", "GM0984", "gazetteer_name")]),
    ("Wij bergen de stukken op.", []),
    # A sort form is a row label with its article capitalised; a lower-case article after a
    # comma opens the next phrase.
    ("Marne, De\t27.115\t-", [("Marne, De", "GM1663", "gazetteer_alias")]),
    ("In De Bilt, de gemeente van het KNMI, is het droog.", [("De Bilt", "GM0310", "gazetteer_name")]),
    (
        "Zij verhuisde van ROTTERDAM naar Utrecht.",
        [("ROTTERDAM", "GM0599", "gazetteer_name"), ("Utrecht", "GM0344", "gazetteer_name")],
    ),
    # gemeente prefix, also over a list
    ("De gemeente Almere dient de aanvraag in.", [("Almere", "GM0034", "gemeente_prefix")]),
    ("De Gemeente Amsterdam is de uitvoerder.", [("Amsterdam", "GM0363", "gemeente_prefix")]),
    (
        "De gemeenten Gouda en Nijmegen volgen later.",
        [("Gouda", "GM0513", "gemeente_prefix"), ("Nijmegen", "GM0268", "gemeente_prefix")],
    ),
    # provinces and regions are not municipalities
    ("De provincie Flevoland en Midden-Nederland werken samen.", []),
    ("Het privacy convenant Midden Nederland ligt hieraan ten grondslag.", []),
    ("De politie in Oost-Brabant en Limburg werkt samen.", []),
    ("De zes Flevolandse gemeenten dienden een plan in.", []),
    ("Het Dreigingsbeeld Terrorisme Nederland blijft op niveau vier.", []),
    # province and municipality of the same name
    ("De provincie Utrecht draagt bij aan het project.", []),
    ("Provinciale Staten van Groningen stemden in.", []),
    ("In de provincies Groningen en Utrecht is het anders.", []),
    ("Het overleg is in de regio Utrecht.", []),
    ("De veiligheidsregio Groningen coördineert de inzet.", []),
    # A region's name ending the line above a table row is its section label, no head of the row's name.
    ("Cleantech Regio\nApeldoorn\t1.250.000\t1.100.000", [("Apeldoorn", "GM0200", "gazetteer_name")]),
    ("Het overleg is in de regio\nUtrecht en omstreken.", []),
    ("Het overleg vond plaats in Groningen.", [("Groningen", "GM0014", "gazetteer_name")]),
    (
        "De gemeente Utrecht werkt samen met de provincie Utrecht.",
        [("Utrecht", "GM0344", "gemeente_prefix")],
    ),
    # names that are ordinary words
    ("Er worden meer huizen gebouwd dan vorig jaar.", []),
    ("Het is best lastig om dit te regelen.", []),
    ("Huizen worden duurder in de hele regio.", []),
    ("Best practices worden gedeeld.", []),
    ("De lokale weegploeg en casustafel staan als een huis.", []),
    ("De gemeente Huizen krijgt een bijdrage.", [("Huizen", "GM0406", "gemeente_prefix")]),
    (
        "Het gaat om Zoetermeer (€ 167.000) en Huizen (€ 157.000).",
        [("Zoetermeer", "GM0637", "gazetteer_name"), ("Huizen", "GM0406", "name_before_amount")],
    ),
    (
        "Putten (€ 100.000) en Ede (€ 80.000) krijgen het meest.",
        [("Putten", "GM0273", "name_before_amount"), ("Ede", "GM0228", "name_before_amount")],
    ),
    (
        "De bijdrage gaat naar Eindhoven, Best en Veldhoven.",
        [
            ("Eindhoven", "GM0772", "gazetteer_name"),
            ("Best", "GM0753", "capitalised_name"),
            ("Veldhoven", "GM0861", "gazetteer_name"),
        ],
    ),
    (
        "Goes en Middelburg werken samen.",
        [("Goes", "GM0664", "enumeration"), ("Middelburg", "GM0687", "gazetteer_name")],
    ),
    (
        "Ede, Epe en Putten werken samen op de Veluwe.",
        [
            ("Ede", "GM0228", "enumeration"),
            ("Epe", "GM0232", "capitalised_name"),
            ("Putten", "GM0273", "capitalised_name"),
        ],
    ),
    ("Putten ontvangt € 100.000 voor de aanpak.", [("Putten", "GM0273", "name_before_verb")]),
    # A verb of paying or contributing after the name ('Ede legt er € 2,4 miljoen bij'); not the noun 'ede'.
    ("Het Rijk betaalt veel. Ede legt er € 2,4 miljoen bij.", [("Ede", "GM0228", "name_before_verb")]),
    ("De ede legt hij af.", []),
    # A verb of paying: the body pays its share.
    ("Ede legt er € 2,4 miljoen bij, Veenendaal € 1,6 miljoen.",
     [("Ede", "GM0228", "name_before_verb"), ("Veenendaal", "GM0345", "gazetteer_name")]),
    # The same verb in the perfect, its participle later in the clause; a perfect of another verb is no evidence.
    ("Ik ken de uitkering toe. Vaals heeft om € 2,1 miljoen per jaar gevraagd.", [("Vaals", "GM0981", "name_before_verb")]),
    ("Dat vond hij vreemd. Vaals heeft het nooit geklonken; toen kreeg hij gelijk.", []),
    ("Huizen krijgen een nieuwe verflaag.", []),
    ("Huizen € 20.000 duurder dan vorig jaar", []),
    (
        "Gemeente      bedrag\nHuizen        € 1.000\nBest          € 500",
        [("Huizen", "GM0406", "name_before_amount"), ("Best", "GM0753", "name_before_amount")],
    ),
    ("| Putten | € 157.000 |", [("Putten", "GM0273", "name_before_amount")]),
    (
        "De scholen in Hof van Twente zijn gesloten.",
        [("Hof van Twente", "GM1735", "capitalised_name")],
    ),
    ("Het hof van twente is een mooi gebied.", []),
    # names inside other words: adjectives and compounds are not mentions
    ("Op de Amsterdamseweg werd een school geopend.", []),
    ("De Rotterdamse haven groeit sterk.", []),
    ("In Almere-Haven is een nieuw buurthuis.", []),
    # persons
    ("Geachte heer Van der Steur,", []),
    ("Het Kamerlid Van Weert (VVD) stelde vragen.", []),
    ("Mr. J. van Gennep sprak de raad toe.", []),
    ("Minister Van Boxtel bezocht de school.", []),
    ("Ondertekend door F.M. Weerwind.", []),
    ("Jan Peter van Weert, wethouder, reageerde verheugd.", []),
    ("Volgens Anne Best is het plan goed.", []),
    (
        "Burgemeester Aboutaleb van Rotterdam schreef een brief.",
        [("Rotterdam", "GM0599", "gazetteer_name")],
    ),
    (
        "De reis van Kampen naar Zwolle duurt kort.",
        [("Kampen", "GM0166", "capitalised_name"), ("Zwolle", "GM0193", "gazetteer_name")],
    ),
    # persons: members of parliament, ministers, aldermen, mayors, parties in brackets
    ("Vragen van de leden Kampen en Houten (beiden CDA) aan de minister van Financiën.", []),
    ("Vragen van het lid Assen (PVV) over de opvang van asielzoekers.", []),
    ("De leden Van Dam, Hoorn en Weert dienden een motie in over Almere.",
     [("Almere", "GM0034", "gazetteer_name")]),
    ("Het lid Helden vroeg naar de stand van zaken in Zwolle.",
     [("Zwolle", "GM0193", "gazetteer_name")]),
    ("Minister Kampen opende het gebouw in Lelystad.", [("Lelystad", "GM0995", "gazetteer_name")]),
    ("Staatssecretaris Haren beantwoordde de vragen.", []),
    ("Wethouder Delft van Zwolle sprak de raad toe.", [("Zwolle", "GM0193", "gazetteer_name")]),
    ("Volgens burgemeester Leiden loopt het project vertraging op.", []),
    ("Oud-minister Laren en VVD-Kamerlid Putten waren aanwezig.", []),
    ("Mevrouw Westerveld en de heer Assen namen het woord.", []),
    ("Dat zei Westerveld (GroenLinks-PvdA) tijdens het debat.", []),
    ("Dat zei Houten (ChristenUnie) tijdens het debat.", []),
    ("De burgemeester van Ede opende het gebouw.", [("Ede", "GM0228", "capitalised_name")]),
    ("Hoogachtend,\nA. Jansen\nBurgemeester Zwolle en voorzitter van de veiligheidsregio",
     [("Zwolle", "GM0193", "gazetteer_name")]),
    ("De leden en Almere spraken af dat het plan doorgaat.", [("Almere", "GM0034", "gazetteer_name")]),
    ("In Westerveld (Drenthe) komt een nieuwe school.", [("Westerveld", "GM1701", "gazetteer_name")]),
    # enumerations headed by 'gemeenten, waaronder' / 'gemeenten als': every member counts
    (
        "Het gaat om negen gemeenten, waaronder Putten, Ede en Goes.",
        [
            ("Putten", "GM0273", "gemeente_prefix"),
            ("Ede", "GM0228", "gemeente_prefix"),
            ("Goes", "GM0664", "gemeente_prefix"),
        ],
    ),
    (
        "Kleine gemeenten als Huizen en Best hebben weinig capaciteit.",
        [("Huizen", "GM0406", "gemeente_prefix"), ("Best", "GM0753", "gemeente_prefix")],
    ),
    (
        "Ook steden zoals Delft en Leiden doen mee.",
        [("Delft", "GM0503", "gemeente_prefix"), ("Leiden", "GM0546", "gemeente_prefix")],
    ),
    (
        "Er doen 14 gemeenten mee, onder meer Kampen en Sluis.",
        [("Kampen", "GM0166", "capitalised_name"), ("Sluis", "GM1714", "capitalised_name")],
    ),
    (
        "Er doen 14 gemeenten mee, onder andere gemeenten als Duiven en Best.",
        [("Duiven", "GM0226", "gemeente_prefix"), ("Best", "GM0753", "gemeente_prefix")],
    ),
    ("Wij bezochten de gemeenten Huizen en Best.",
     [("Huizen", "GM0406", "gemeente_prefix"), ("Best", "GM0753", "gemeente_prefix")]),
    ("Het resultaat is als huizen en best te zien.", []),
    ("Provincies als Utrecht en Groningen doen mee.", []),
    # a 'Best.' ending a sentence is the name, lower-case 'best.' stays a word
    ("De training was in Best.", [("Best", "GM0753", "capitalised_name")]),
    ("Dat ging eigenlijk best.", []),
    # tables under a 'Gemeente' header
    (
        "Gemeente\tDeelnemers\nDelft\t40\nLeiden\t35\nHuizen\t12",
        [
            ("Delft", "GM0503", "gemeente_column"),
            ("Leiden", "GM0546", "gemeente_column"),
            ("Huizen", "GM0406", "gemeente_column"),
        ],
    ),
    (
        "| Gemeente | Bijdrage |\n| --- | --- |\n| Leiden | € 8.500 |\n| Best | € 2.000 |",
        [("Leiden", "GM0546", "name_before_amount"), ("Best", "GM0753", "name_before_amount")],
    ),
    ("Gemeente   Aantal   Opmerking\nGoes      12       nieuw\nPutten    8        herhaling",
     [("Goes", "GM0664", "gemeente_column"), ("Putten", "GM0273", "gemeente_column")]),
    ("Naam\tDeelnemers\nDelft\t40\nLeiden\t35", []),
    # The subject of a verb only a body does, past a short apposition; not past a clause.
    ("Twee voorbeelden. Ede, met 120.400 inwoners, ontvangt € 184.764.", [("Ede", "GM0228", "name_before_verb")]),
    ("Best, zo zei hij. Ontvangt u dit?", []),
    # A Dutch-word name opening a row right above or below a row that opens with a
    # municipality: the first column lists municipalities whatever its header says.
    ("Ontvanger\tInwoners\tBasisbedrag\nGroningen\t231.299\t4.000.000\nHet Hogeland\t47.990\t4.000.000",
     [("Groningen", "GM0014", "gazetteer_name"), ("Het Hogeland", "GM1966", "gemeente_column")]),
    ("Centrumgemeente\t2024\nAssen\t612.000\nEmmen\t734.000",
     [("Assen", "GM0106", "gemeente_column"), ("Emmen", "GM0114", "gazetteer_name")]),
    # ... not a row of words beside a row that opens with a municipality, nor one further down.
    ("Emmen\t734.000\nDe assen\t12\nBest\t3", [("Emmen", "GM0114", "gazetteer_name")]),
    ("Emmen\t734.000\n\nBest\t3", [("Emmen", "GM0114", "gazetteer_name")]),
    # A province's heading row over the table's rows is no list head of them.
    ("Centrumgemeente\t2024\nProvincie Utrecht\nAmersfoort\t1.210.000\nUtrecht\t3.306.000",
     [("Amersfoort", "GM0307", "gazetteer_name"), ("Utrecht", "GM0344", "gazetteer_name")]),
    ("Gemeente\tDeelnemers\n\nDelft\t40", []),
    # organisations
    ("De VNG ondersteunt deze oproep.", []),
    ("De Universiteit Utrecht en de Hogeschool van Amsterdam doen onderzoek.", []),
    ("De Rechtbank Den Haag deed uitspraak.", []),
    # An institute named after the region it works in ('Instituut Mijnbouwschade X').
    ("Het Instituut Bodemdaling Utrecht vergoedt de schade.", []),
    ("Het Samenwerkingsverband VO Leiden zet overstapcoaches in.", []),
    # A programme named after its region or town is no municipality, nor is its money.
    ("Bijdrage Nationaal Programma Groningen\t500.000", []),
    ("Het uitvoeringsprogramma Rotterdam Zuid loopt tot 2030.", []),
    # A branch of an organisation named after its town.
    ("De Fietsersbond afd. Den Haag vraagt een subsidie.", []),
    ("De Fietsersbond afdeling Den Haag vraagt een subsidie.", []),
    ("Onderzoekers van de Rijksuniversiteit Groningen en het Gemeentemuseum Den Haag.", []),
    (
        "Zij studeert in Leiden en Delft.",
        [("Leiden", "GM0546", "capitalised_name"), ("Delft", "GM0503", "capitalised_name")],
    ),
    ("Leiden deze maatregelen tot minder radicalisering?", []),
    # namesakes in another province
    # not Hengelo (Overijssel): the woonplaats Hengelo in Gelderland, which lies in Bronckhorst
    ("De kermis in Hengelo (Gld.) trok veel bezoekers.", [("Hengelo", "GM1876", "place_name")]),
    (
        "De kermis in Hengelo (O.) trok veel bezoekers.",
        [("Hengelo (O.)", "GM0164", "gazetteer_alias")],
    ),
    # address blocks
    ("Postbus 20301\n2500 EH DEN HAAG", [("DEN HAAG", "GM0518", "address_block")]),
    ("Postbus 150, 1300AE Almere", [("Almere", "GM0034", "address_block")]),
    ("Stationsplein 1\n3818 LE AMERSFOORT", [("AMERSFOORT", "GM0307", "address_block")]),
    ("Dorpsstraat 3\n3881 BE PUTTEN", [("PUTTEN", "GM0273", "address_block")]),
    # mede namens
    (
        "Het voorstel van de gemeente Almere, mede namens de gemeenten: "
        "Dronten, Lelystad, Urk en Zeewolde.",
        [
            ("Almere", "GM0034", "gemeente_prefix"),
            ("Dronten", "GM0303", "mede_namens_list"),
            ("Lelystad", "GM0995", "mede_namens_list"),
            ("Urk", "GM0184", "mede_namens_list"),
            ("Zeewolde", "GM0050", "mede_namens_list"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_sentences(annotate_text, text, expected):
    assert found(annotate_text, text) == expected


def test_lowercase_names_count_only_after_gemeente_unless_configured(nlp):
    default = nlp(
        "Ik woon in amsterdam. Dit kan leiden tot problemen. De gemeente almere doet mee."
    )
    assert [s.text for s in default.spans[SPAN_KEY]] == ["almere"]
    loose = spacy.blank("nl")
    loose.add_pipe("sentencizer")
    loose.add_pipe("kenmerk_municipalities", config={"accept_lowercase": True})
    doc = loose("Ik woon in amsterdam. Dit kan leiden tot problemen.")
    # 'leiden' is a Dutch verb: lower case never counts for it.
    assert [s.text for s in doc.spans[SPAN_KEY]] == ["amsterdam"]


def test_redacted_names_are_skipped(nlp):
    from pipeline.nlp import annotate
    from pipeline.records import CleanPage

    page = CleanPage.from_text("Het geld gaat naar Almere en Urk.")
    page = CleanPage(page.number, page.text, page.raw, page.raw_offsets, redactions=((19, 25),))
    doc = annotate(nlp, page)
    assert [s.text for s in doc.spans[SPAN_KEY]] == ["Urk"]


def gold_codes():
    by_doc: dict[str, set[str]] = {}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["kind"] == "municipality":
            by_doc.setdefault(row["doc"], set()).add(row["code"])
    return by_doc


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name)
def test_corpus_codes_equal_the_gold_codes(annotate_text, path):
    doc, _ = annotate_text(path.read_text(encoding="utf-8"))
    assert {s.kb_id_ for s in doc.spans[SPAN_KEY]} == gold_codes().get(path.name, set())


def test_corpus_gold_has_seventeen_municipality_codes():
    assert sum(len(codes) for codes in gold_codes().values()) == 17


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a letterhead column runs into the row after its amounts
        ("Wierden\t€\t385.202,00\t€\t327.985,00\tDirectie Financiën", [("Wierden", "GM0189", "name_before_amount")]),
        ("Berg en Dal\t689.136,00\t586.772,00\tPostbus 1", [("Berg en Dal", "GM1945", "name_before_amount")]),
        # a tab, but no money right after the name
        ("Wierden\tligt in Twente\t€ 5", []),
    ],
)
def test_tab_rows_with_money_after_the_name(annotate_text, text, expected):
    assert found(annotate_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two or more municipalities after 'regio' make up the region and are mentioned each
        ("Het samenwerkingsverband regio Lelystad en Dronten start.", [("Lelystad", "GM0995", "gazetteer_name"), ("Dronten", "GM0303", "gazetteer_name")]),
        # one name after 'regio', and any after 'provincie', name the region or province
        ("De regio Utrecht groeit.", []),
        ("De provincies Utrecht en Groningen.", []),
        ("De regio Groningen en Drenthe.", []),
    ],
)
def test_regio_before_a_list_of_municipalities(annotate_text, text, expected):
    assert found(annotate_text, text) == expected


def test_names_joined_by_a_slash_are_two_names(annotate_text):
    assert [t for t, _, _ in found(annotate_text, "De subregio's Lelystad/Dronten en Noordoostpolder/Urk.")] == [
        "Lelystad",
        "Dronten",
        "Noordoostpolder",
        "Urk",
    ]


def test_split_names_at_slashes_leaves_numbers_and_lower_case(nlp):
    assert [t.text for t in nlp.tokenizer("2016/2017 en/of Lelystad/Dronten")] == [
        "2016/2017",
        "en/of",
        "Lelystad",
        "/",
        "Dronten",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Zij studeerde aan de Universiteit Leiden.",
        "Hij werkt bij de Rechtbank Amsterdam.",
        "Zij werkt bij Hogeschool Utrecht.",
        "Het onderzoek van Tilburg University.",
        "Het Radboudumc Nijmegen doet mee.",
        "Het Erasmus MC Rotterdam doet mee.",
        "Het onderzoek van de VU Amsterdam.",
        "Politie Amsterdam meldt een daling.",
        "Een project van Amsterdam UMC.",
        "Vluchten vanaf Eindhoven Airport.",
        # A transport region's own programme, not the municipality it is named after.
        "De Vervoerregio Amsterdam betaalt de monitoring.",
        "Een bijdrage van de Stadsregio Arnhem Nijmegen.",
        # A club named after its town, and a church congregation named 'te' its town.
        "Mixed Hockey Club Almere krijgt het hoogste bedrag.",
        "De Protestantse Gemeente te Kampen is eigenaar van de kerk.",
        # ... or named after its town without 'te', its denomination before the capital 'Gemeente'.
        "De Hervormde Gemeente Putten vraagt subsidie voor het orgel.",
        "Aanvrager\tGereformeerde Gemeente Urk\nBedrag\t12.000",
    ],
)
def test_a_place_in_an_organisation_name_is_no_municipality(annotate_text, text):
    assert found(annotate_text, text) == []


def test_names_over_a_line_break_are_found_only_around_the_break_as_everywhere():
    from pipeline.nlp import build_nlp

    nlp = build_nlp()
    finder = nlp.get_pipe("kenmerk_municipalities")
    text = ("De gemeenten Den\nHaag, Bergen op\nZoom en Alphen aan den\nRijn.\n\n"
            "Capelle aan den\nIJssel en Den Haag; den\n\nhaag is twee regels verder.\n") * 3
    doc = nlp.make_doc(text)
    everywhere = {(start, end) for _, start, end in finder.wrapped(doc)}
    assert finder.wrapped_matches(doc) == everywhere
    assert {doc[s:e].text.replace("\n", " ") for s, e in everywhere} >= {
        "Den Haag", "Bergen op Zoom", "Alphen aan den Rijn", "Capelle aan den IJssel"}


def test_a_name_a_narrow_column_broke_inside_a_word_is_the_rows_municipality(annotate_text):
    text = ("Bedragen in euro\n\nGemeente\tBesteding\tBaten\nAlblasserdam\t5.102.330\t188.410\n"
            "Hardinxveld-Giessen dam\t2.998.210\t96.115\nPapendrecht\t7.108.720\t240.612\n")
    assert ("Hardinxveld-Giessen dam", "GM0523") in [(t, c) for t, c, _ in found(annotate_text, text)]


def test_a_word_after_a_name_in_a_cell_is_not_read_as_its_broken_end(annotate_text):
    # 'Almere stad' is no name with its space taken out: only the name itself is found.
    text = "Gemeente\tBedrag\nAlmere stad\t5.102\nPapendrecht\t7.108\nLelystad\t3.100\n"
    assert [t for t, _, _ in found(annotate_text, text)][:1] == ["Almere"]


def test_a_municipality_written_te_its_name_in_running_text_stays_one(annotate_text):
    # Near miss of the congregation: no denomination before a lower-case 'gemeente'.
    assert found(annotate_text, "Het college van de gemeente te Kampen besloot.") != []
    assert found(annotate_text, "Sportclub Almere en de gemeente Almere tekenen.") != []
