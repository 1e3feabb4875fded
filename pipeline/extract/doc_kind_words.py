"""The words ``doc_kind.py`` reads a document's kind by, compiled once from ``resources/document/kinds.json``:
its titles and markers, the addressees and signers of letters to a council or the Kamer, the names of the
budget cycle's notes and of a Kamerstuk's pieces. Kept apart from the rules so each reads on its own."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.extract import doc_literals as literals
from pipeline.extract.doc_words import _alternatives, _fold
from pipeline.resource_files import DocumentKindsFile


@dataclass(frozen=True)
class KindWords:
    kinds: dict[str, str]
    strong: frozenset[str]
    # Kinds that override some letter rules besides the weak ones: a council member's written questions
    # carry a letter's date label, but with a salutation and a closing the document is a letter.
    overrides: dict[str, frozenset[str]]
    opening_lines: int
    marker_lines: int
    max_title_words: int
    titles: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]
    # A title of the kind that also matches one of these names a step on the way, not the document
    # ('Verdaging van de beslissing op uw Woo-verzoek' is no decision).
    not_titles: dict[str, tuple[re.Pattern[str], ...]]
    # Sentences that show a document the title names so is none of the kind: a Woo request's subject names
    # the Woo as a decision's does, but the request asks (``verzoek ik u om openbaarmaking``).
    not_texts: dict[str, tuple[re.Pattern[str], ...]]
    # A draft's word before its title (``CONCEPT Nota aan Gedeputeerde Staten``): a draft is of its kind.
    draft_prefix: re.Pattern[str]
    extract_title: re.Pattern[str]
    # Kinds never addressed to the Kamer: a letter to the Kamer that names one is a Kamerbrief about it.
    not_to_kamer: frozenset[str]
    markers: dict[str, str]
    memo_titles: frozenset[str]
    # A memo's name ending the letterhead's line (``University of Twente | Faculty EEMCS Memorandum``).
    memo_title_end: re.Pattern[str]
    council_addressees: frozenset[str]
    # A letter of the executive to its own council or Staten, per council: whom its head or salutation
    # addresses, and who signs it (each may name the place: 'van Hengelo').
    council_letters: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    # A letter that convenes the council's meeting: its chair's letter, no information of the executive.
    council_convocation: re.Pattern[str]
    kamer_addressees: re.Pattern[str]
    # A committee of the Kamer as the addressee ('Aan de leden van de vaste commissie voor ... van de Tweede Kamer'),
    # or an address line that opens with a standing committee ('Vaste commissie voor Justitie en Veiligheid').
    kamer_committee: re.Pattern[str]
    # The Kamer's own posts that sign a letter (its griffier, a committee): a letter from the Kamer.
    kamer_signatures: re.Pattern[str]
    # Another elected body that signs over its griffier and its chair ('Provinciale Staten van Fryslân,'): its own.
    kamer_other_signers: re.Pattern[str]
    forward_markers: frozenset[str]
    # A document of money tables in thousands of euros that does not name itself.
    table_caption: re.Pattern[str]
    min_table_captions: int
    table_kinds: tuple[tuple[str, re.Pattern[str]], ...]
    # A report's title that calls it a letter ('Brief aan de toekomst', 'Brief over de staat van ...').
    letter_titled_report: re.Pattern[str]
    # Lines that name another document than the one they stand in: the decision a list belongs to
    # ('behorend bij het Wob-besluit ...'), a release's stamp over a released document ('Woo-verzoek
    # 2024/0217 - document 3').
    other_document_lines: tuple[re.Pattern[str], ...]
    # A release's stamp over a released document ('Woo-besluit 2024/1902 | document 2', 'Openbaar gemaakt op
    # grond van de Woo'), which a scan or the text layer may run into the document's own title on one line.
    release_stamp: re.Pattern[str]
    sentence_line: re.Pattern[str]
    # A typist's title in capitals that opens the first sentence ('NOTULEN van de vergadering van ...').
    typed_title: re.Pattern[str]
    # An interim report of the budget ('Tweede tussenrapportage 2024'), and the words with which it
    # changes the budget ('verwerkt in de bijgevoegde begrotingswijziging').
    budget_report_title: re.Pattern[str]
    budget_change: re.Pattern[str]
    # A monitor's or dashboard's title, a cell that is a figure alone ('77%', '3.905', '11 weken'), and how many rows
    # of a figure and its caption make the page a page of key figures.
    figure_page_title: re.Pattern[str]
    lone_figure: re.Pattern[str]
    min_tiles: int
    # A Kamerstuk's dossier number before the dossier's title ('36 550 XVI Wijziging van de
    # begrotingsstaten ...'), and the pieces that are the bill itself ('Nr. 2 MEMORIE VAN TOELICHTING')
    # within so many lines under it.
    kamerstuk_dossier: re.Pattern[str]
    kamerstuk_bill: re.Pattern[str]
    kamerstuk_lines: int
    # A dossier's title without its number (the number in the running header): the bill's name, which the
    # dossier's other pieces print over their own ('VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE ...').
    kamerstuk_dossier_title: re.Pattern[str]


def _any_of(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@lru_cache(maxsize=1)
def kind_words() -> KindWords:
    data = load_file(DocumentKindsFile)
    kinds = data.kinds
    if not set(kinds.values()) <= {"brief", "kamervragen", "jaarverslag", "nieuws", "overig"}:
        raise ValueError("kinds.json: every kind must imply one of the five doc_types")
    for key in ("strong_kinds", "overrides", "titles", "not_titles", "not_texts", "not_to_kamer", "markers",
                "decision_texts", "self_names"):
        unknown = set(getattr(data, key)) - set(kinds)
        if unknown:
            raise ValueError(f"kinds.json: {key} names unknown kinds {sorted(unknown)}")
    try:
        titles = tuple(
            (kind, tuple(re.compile(p, re.IGNORECASE) for p in patterns)) for kind, patterns in data.titles.items()
        ) + (("overig", tuple(re.compile(p, re.IGNORECASE) for p in data.meeting_agenda_titles)),)
        not_titles = {kind: tuple(re.compile(p, re.IGNORECASE) for p in patterns)
                      for kind, patterns in data.not_titles.items()}
        not_texts = {kind: tuple(re.compile(p, re.IGNORECASE) for p in patterns)
                     for kind, patterns in data.not_texts.items()}
        draft_prefix = re.compile(data.draft_prefix, re.IGNORECASE)
        extract_title = re.compile(data.extract_title, re.IGNORECASE)
        other_document_lines = tuple(re.compile(p, re.IGNORECASE) for p in data.other_document_lines)
        release_stamp = re.compile(data.release_stamp, re.IGNORECASE)
    except re.error as err:
        raise ValueError(f"kinds.json: bad title pattern: {err}") from err
    return KindWords(
        kinds=dict(kinds),
        strong=frozenset(data.strong_kinds),
        overrides={kind: frozenset(rules) for kind, rules in data.overrides.items()},
        opening_lines=data.opening_lines,
        marker_lines=data.marker_lines,
        max_title_words=data.max_title_words,
        titles=titles,
        not_titles=not_titles,
        not_texts=not_texts,
        draft_prefix=draft_prefix,
        extract_title=extract_title,
        not_to_kamer=frozenset(data.not_to_kamer),
        markers={_squeeze(m): kind for kind, words in data.markers.items() for m in words},
        memo_titles=frozenset(_squeeze(w) for w in data.memo_titles),
        memo_title_end=re.compile(rf"(?:^|[\s|])(?:{_alternatives(tuple(data.memo_titles))})\s*:?$", re.IGNORECASE),
        council_addressees=frozenset(_fold(w) for w in data.council_addressees),
        council_letters=tuple((_any_of(body["addressees"]), _any_of(body["signers"]))
                              for body in data.council_letters.values()),
        council_convocation=re.compile(data.council_convocation, re.IGNORECASE),
        kamer_addressees=re.compile("|".join(re.escape(w) for w in data.kamer_addressees), re.IGNORECASE),
        kamer_committee=re.compile(data.kamer_committee, re.IGNORECASE),
        kamer_signatures=re.compile(rf"\b(?:{_alternatives(data.kamer_signatures)})\b", re.IGNORECASE),
        kamer_other_signers=re.compile(data.kamer_other_signers, re.IGNORECASE),
        forward_markers=frozenset(_squeeze(m) for m in data.forward_markers),
        table_caption=re.compile(data.financial_tables["caption"], re.IGNORECASE),
        min_table_captions=int(data.financial_tables["min_captions"]),
        table_kinds=tuple((kind, re.compile(p, re.IGNORECASE))
                          for kind, p in data.financial_tables["kinds"].items()),
        letter_titled_report=re.compile(data.letter_titled_report, re.IGNORECASE),
        other_document_lines=other_document_lines,
        release_stamp=release_stamp,
        sentence_line=re.compile(data.sentence_line),
        typed_title=re.compile(data.typed_title),
        budget_report_title=re.compile(data.budget_reports["title"], re.IGNORECASE),
        budget_change=re.compile(data.budget_reports["changes"], re.IGNORECASE),
        figure_page_title=re.compile(data.figure_pages["title"], re.IGNORECASE),
        lone_figure=re.compile(data.figure_pages["figure"]),
        min_tiles=int(data.figure_pages["min_tiles"]),
        kamerstuk_dossier=re.compile(data.kamerstuk["dossier"], re.IGNORECASE),
        kamerstuk_bill=re.compile(data.kamerstuk["bill"], re.IGNORECASE),
        kamerstuk_lines=int(data.kamerstuk["lines"]),
        kamerstuk_dossier_title=re.compile(data.kamerstuk["dossier_title"], re.IGNORECASE),
    )


def _squeeze(text: str) -> str:
    """Casefolded without spaces or end punctuation: OCR splits words of capitals (``TER BESLUITV ORMING``)."""
    return "".join(text.casefold().split()).strip(".:")


def is_memo_title(text: str) -> bool:
    """The line is a memo's own name: alone (``MEMO``, ``Memorandum``, ``M E M O`` as OCR spaces capitals) or
    ending the letterhead's line (``University of Twente | Faculty EEMCS Memorandum``)."""
    words = kind_words()
    return _squeeze(text) in words.memo_titles or literals.search(words.memo_title_end, text) is not None
