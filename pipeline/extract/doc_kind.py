"""The finer kind of a document (``doc_kind``): an e-mail chain, a Woo decision, minutes, a budget, ...

``doc_type`` keeps its five values; ``doc_kind`` says what the document is in
the words of an archive (``resources/document/kinds.json`` lists the kinds and
the ``doc_type`` each one implies). ``document_kind`` decides it from:

* an e-mail header at the top of the first page (``Van:``/``Verzonden:``/``Aan:``,
  or a forward marker): an e-mail chain is no letter, whatever its signature;
* the name the document gives itself in an opening line (``Besluitenlijst``,
  ``Verslag van een schriftelijk overleg``, ``Begroting 2026``, a subject about a
  ``Woo-besluit``) or a marker line of its template (``Ter beslissing``,
  ``Voorgesteld raadsbesluit``);
* else the ``doc_type`` the structural rules gave (a letter to the Tweede Kamer is
  a ``kamerbrief``, a news item with the label ``Persbericht`` a ``persbericht``);
  whom a letter goes to and who signs it are read in ``doc_kind_addressees.py``,
  the e-mail headers in ``doc_mail.py``.

A *strong* kind (an e-mail, minutes, a decision list, a nota, ...) overrides the
letter rules: these documents carry margin fields and signatures like a letter.
Any other kind only overrides the weak guesses (``nieuws_headline``,
``default``, and the report on letter paper of ``doc_structure.py``): a letter
that sends an annual report stays a letter. A report's name alone does not
override a letter's margin fields: letters name the reports they send; the
report's build (no salutation, closing or address; contents, summary, numbered
sections) must say so too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract import doc_literals as literals
from pipeline.extract.doc_evidence import (
    Evidence,
    printed_from_site,
    salutation_index,
)
from pipeline.extract.doc_kind_addressees import memo_to_council, to_kamer, to_own_council
from pipeline.extract.doc_kind_texts import (
    decided_kind,
    self_named_kind,
    signed_by_parties,
    spoken_record,
    title_lines,
    with_cover_lines,
)
from pipeline.extract.doc_kind_words import _squeeze, kind_words
from pipeline.extract.doc_lines import Line, page_lines
from pipeline.extract.doc_mail import is_chat, is_email, is_unsent_mail
from pipeline.extract.doc_news import news_label
from pipeline.extract.doc_title import subject_line
from pipeline.extract.doc_words import names_itself, news_words

# Rules of DOC_TYPE_RULES whose verdict the name of a document overrides: a guess
# from wording, or nothing at all.
WEAK_TYPE_RULES = frozenset({"nieuws_headline", "default"})
# Rules that find a document by its build and its name, whose type the name settles (a budget on
# letter paper is a budget).
NAMED_TYPE_RULES = frozenset({"overig_report_on_letter_paper", "overig_report_build", "overig_report_cover"})
# Rules whose verdict stands whatever the document calls itself.
# An invoice headed 'NOTA' is a bill, not a nota to a board.
FIRM_TYPE_RULES = frozenset({"kamervragen_header", "kamervragen_numbered", "overig_gazette", "overig_invoice"})
# Rules that find a news item by its own marks (a dateline, a label): a kind of letter its headline names
# ('Woo-besluit: provincie gaf ...') is what the news is about, not what the document is.
NEWS_TYPE_RULES = frozenset({"nieuws_dateline", "nieuws_label"})
# How many times longer than a title a subject line may be ('Betreft Beslissing op uw verzoek op grond
# van de Wet open overheid over ...').
SUBJECT_WORDS_FACTOR = 2
# 'Bijlage 1 bij besluit WOO-2024-0418': the annex's number, then the document it belongs to (a word and
# its reference or date: 'van 12 maart 2024, kenmerk JZ/2024/0388'), left out when the line is read for
# the annex's own name.
ANNEX_OF = re.compile(r"^(?P<annex>bijlage\b[^:]*?\s)bij\s+(?:(?:het|de)\s+)?[^\W\d_]+"
                      r"(?:,?\s+(?:(?:van|d\.d\.|kenmerk|nr\.?|nummer)(?=\s)"
                      r"|(?:jan|feb|maart|apr|mei|jun|jul|aug|sep|okt|nov|dec)[a-z]*\.?(?=\s+\d)|\S*\d\S*))*,?\s*",
                      re.IGNORECASE)


def titled(ev: Evidence) -> Titled | None:
    """The kind an opening line (``Besluitenlijst``, ``Begroting 2026``) or the
    subject names. A subject (``Betreft Besluit op uw Woo-verzoek``, also from the margin) names
    only kinds of letter: ``Betreft Verslag van de bijeenkomst`` is the letter that sends the
    minutes. A subject that stands only in the margin gives a line without place (page 0)."""
    words = kind_words()
    subject = subject_line(ev)
    lines = [(ln, None) for ln in title_lines(ev, with_cover_lines(ev, ev.lines[: words.opening_lines]))]
    # A scan may run the title into the letterhead above it ('Provinciale Staten van Utrecht |
    # Statengriffie Lijst Ingekomen Stukken'), a line the clean stage leaves out as boilerplate. There
    # a kind of letter is a title only at the line's end ('... 1000 AE Amsterdam Raadsinformatiebrief'):
    # before more words it is a stamp ('Document 2 | Woo-besluit ...' over a released nota). The first
    # content line is read before it: a letterhead may name the series ('GGD ... | Gezondheidsmonitor
    # Jeugd') over the document's own title ('Factsheet gemeente Den Helder').
    letterhead = letterhead_line(ev)
    if letterhead is not None:
        lines.insert(min(1, len(lines)), (letterhead, None))
    lines += [(cell, None) for cell in label_cells(ev, letterhead)]
    if subject:
        lines.append((next((ln for ln in ev.lines if subject in ln.text), Line(0, -1, -1, subject)), subject))
    for ln, text in lines:
        is_letterhead = ln is letterhead
        opening = is_letterhead or (bool(ev.lines) and (ln.page, ln.start) == (ev.lines[0].page, ev.lines[0].start))
        if text is None:
            stamped = after_release_stamp(ln)
            if stamped is None:
                continue
            ln = stamped
        unlabelled = re.sub(r"^(?:Betreft|Onderwerp)\s*:?\s+", "", ln.text, flags=re.IGNORECASE)
        # The subject under its label ('Betreft' / 'Verslag van de EU-Gezondheidsraad') is as much the
        # subject as the line that holds both.
        is_subject = text is not None or unlabelled != ln.text or (subject is not None and ln.text == subject)
        # A table row ('Stand ontwerpbegroting 2018<TAB>28.287') names a figure, not the document;
        # a subject, known by its label, may run longer than a title.
        limit = words.max_title_words * (SUBJECT_WORDS_FACTOR if is_subject else 1)
        if "\t" in ln.text or any(p.search(ln.text) for p in words.other_document_lines):
            continue
        # A typed paper of old runs its title in capitals into its first sentence ('NOTULEN van de vergadering
        # van het Dagelijks Bestuur ..., gehouden op ...'): the capitals are the title, the sentence is none. A
        # line that is no sentence ('MEMO aan Raad') is a title as a whole, and so is an extract's ('UITTREKSEL uit
        # de besluitenlijst ...'): the words after its capitals name the record it copies.
        sentence = ((len(ln.text.split()) > limit or ln.text.rstrip().endswith((".", ";")))
                    and not words.extract_title.match(unlabelled))
        typed = words.typed_title.match(unlabelled) if sentence and not is_subject else None
        # A title is a heading; a subject, known by its label, may be a sentence.
        if not is_subject and typed is None and words.sentence_line.search(ln.text):
            continue
        named = text or (typed.group() if typed else unlabelled)
        # An extract names the record it copies on the next line ('Uittreksel' / 'uit de besluitenlijst van ...');
        # where its capitals open a longer line ('VERSLAG van de vergadering van ...'), in the rest of that line, also
        # where that line is the title's word joined with the line under it ('VERSLAG' / 'van het werkbezoek ...').
        whole = False
        if text is None and words.extract_title.fullmatch(named) and (typed or ln in ev.lines[:-1]):
            # Cut at its limit, the line may end at a comma inside its sentence: no sentence ends there. A title
            # that is a sentence of its own is read to its end, where it names the year it covers ('VERSLAG van de
            # werkzaamheden van ... over het jaar 1978.').
            own = re.match(r".+?(?=[.;](?:\s|$))", unlabelled) if typed else None
            whole = own is not None and len(own.group().split()) <= limit * SUBJECT_WORDS_FACTOR
            named = (own.group() if whole else " ".join(unlabelled.split()[:limit]).rstrip(",;") if typed
                     else f"{named} {ev.lines[ev.lines.index(ln) + 1].text}")
        if text is None and (bill := bill_title(ev, ln)) is not None:
            named = bill
        # A line that opens in lower case and ends like a sentence is a sentence, also a short one (a decision's
        # point: 'de jaarrekening 2023 vast te stellen;').
        if not is_subject and named[:1].islower() and re.search(r"[.!?;,]$", named):
            continue
        # A letterhead's fields make its line long; a heading the text layer ran into its end stands in the last
        # field ('... | 7000 AC Doetinchem Besluitenlijst algemeen bestuur'), which its tails read.
        if len(ln.text.split()) > limit and not whole and not (
                is_letterhead and len(named[named.rfind("|") + 1:].split()) <= limit and "|" in named):
            # A scan may run a title and the lines under it into one ('Verkenning naar ... in 2050 Raad
            # voor de leefomgeving en infrastructuur 2024'): its head is the title. A sentence is none.
            # A scan runs an extract's title into the line that completes it: a title, not a sentence.
            if (is_subject or re.search(r"[.!?:;,]$", named)) and not words.extract_title.match(named):
                continue
            named = " ".join(named.split()[:limit])
        # The head of a title comes first: 'Inventarislijst Woo-besluit' is a list that belongs to a decision.
        # A report word names the document only in a title, not in a headline; a subject may be a sentence.
        # The text layer may run the body's name above the title into the first line ('Ministerie van ...
        # Verslag'): there a title may also start, with a capital, after a name of two words or more.
        # Further down a capital word inside a line ('Toezegging Motie ...') is no title.
        # An annex names the document it belongs to after 'bij' ('Bijlage 1 bij besluit WOO-2024-0418'):
        # that is not the annex's own name, which may follow ('... WOO-2024-0418 Inventarislijst').
        named = words.draft_prefix.sub("", ANNEX_OF.sub(r"\g<annex>", named))
        offsets = title_offsets(named) if opening and not is_subject else [0]
        # A heading may name its body before a dash and the document's kind after it ('Gemeente Zaanstad -
        # kwaliteitsrapportage').
        offsets += [] if is_subject else kind_after_dash(named)
        # A heading run into the end of the letterhead starts at its own capital, whatever the field says before.
        tails = set(letterhead_tails(named)) if is_letterhead else set()
        offsets = sorted({*offsets, *tails})
        # A field's label is no title ('Advies: agenderen voor de commissie' in a list of documents).
        field = re.match(r"[^\W\d_]+(?=:\s)", named)
        starts = [(at + m.start(), k, kind) for k, (kind, patterns) in enumerate(words.titles)
                  if not (is_subject and words.kinds[kind] != "brief")
                  for p in patterns for at in offsets if (m := p.search(named[at:]))
                  and not (is_letterhead and words.kinds[kind] == "brief" and named[at + m.end():].strip())
                  and not (field and at + m.end() <= field.end())
                  and (words.kinds[kind] == "brief" or own_name(named, at, m, at in tails))
                  and not any(q.search(named) for q in words.not_titles.get(kind, ()))]
        if starts:
            kind = min(starts)[2]
            # The dossier's title names the piece under it, also after the dossier's number on its line.
            dossier = words.kamerstuk_dossier_title.match(words.kamerstuk_dossier.sub("", named, count=1))
            piece = piece_name(ev, ln, kind) if text is None and dossier else None
            return piece or Titled(kind, ln)
    return None


def piece_name(ev: Evidence, title: Line, kind: str) -> Titled | None:
    """The name a piece of a Kamerstuk dossier prints under the dossier's title (``Vaststelling van de
    begrotingsstaten ...`` over ``VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE ...``, ``MOTIE VAN HET LID ...``):
    the piece is what that line names, the dossier's title names the bill. A memorie van toelichting names
    no other kind: the bill's title stays its name."""
    words = kind_words()
    if title not in ev.lines:
        return None
    at = ev.lines.index(title)
    for ln in ev.lines[at + 1: at + 1 + words.kamerstuk_lines]:
        for other, patterns in words.titles:
            if other != kind and any(p.match(ln.text) for p in patterns) and not any(
                    q.search(ln.text) for q in words.not_titles.get(other, ())):
                return Titled(other, ln)
    return None


def own_name(text: str, at: int, m: re.Match[str], tail: bool) -> bool:
    """Whether the title ``m`` found in ``text[at:]`` is the name the document gives itself; in a heading run
    into the end of the letterhead (``tail``) only the heading's own words count."""
    return names_itself(text[at:], m.start()) if tail else names_itself(text, at + m.start())


def after_release_stamp(ln: Line) -> Line | None:
    """The line after a release's stamp that was run into it (``Waterschap Aa en Maas | Woo-besluit 2024/1902
    | document 2 Besluitenlijst vergadering ...``): the released document's own title, which the stamp does not
    name; None for a line that is only the stamp; the line itself when it holds none."""
    m = kind_words().release_stamp.search(ln.text)
    if m is None:
        return ln
    rest = ln.text[m.end():]
    if not rest.strip():
        return None
    start = ln.start + m.end() if ln.start >= 0 else ln.start
    return Line(ln.page, start, ln.end, rest)


def bill_title(ev: Evidence, ln: Line) -> str | None:
    """The dossier's title of a Kamerstuk that is the bill itself or its memorie van toelichting
    (``36 550 XVI Wijziging van de begrotingsstaten ...`` over ``Nr. 2 MEMORIE VAN TOELICHTING``), without
    its number: it names that document. Every other piece of the dossier (a motion, a letter, a report)
    carries the same title over its own name, which names it."""
    words = kind_words()
    dossier = words.kamerstuk_dossier.match(ln.text)
    if dossier is None or ln not in ev.lines:
        return None
    at = ev.lines.index(ln)
    if not any(words.kamerstuk_bill.match(b.text) for b in ev.lines[at + 1: at + 1 + words.kamerstuk_lines]):
        return None
    return ln.text[dossier.end():]


def letterhead_line(ev: Evidence) -> Line | None:
    """The first line of the first page when the content lines leave it out as boilerplate."""
    if not ev.pages:
        return None
    first = next((ln for ln in page_lines(ev.pages[0]) if ln.text), None)
    if first is None or (ev.lines and ev.lines[0] == first):
        return None
    return first


# How many printed lines at the top of the first page a label of cells may stand on.
LABEL_LINES = 4


def label_cells(ev: Evidence, letterhead: Line | None) -> list[Line]:
    """A label of a word or two opening a line of cells the content lines leave out (``Infographic | Peildatum``)."""
    out = []
    for ln in [ln for ln in page_lines(ev.pages[0]) if ln.text][:LABEL_LINES] if ev.pages else ():
        cell, at = ln.text.split(" | ")[0].strip(), ln.start + len(ln.text) - len(ln.text.lstrip())
        if " | " in ln.text and ln is not letterhead and ln not in ev.lines and len(cell.split()) <= 2:
            out.append(Line(ln.page, at, at + len(cell), cell))
    return out


def letterhead_tails(text: str) -> list[int]:
    """Where a heading the text layer ran into the end of a letterhead line may start: a capital word in the
    letterhead's last field, after words of that field (``Regionaal Historisch Centrum Eindhoven |
    gemeenschappelijke regeling Eerste begrotingswijziging 2024``), also at an ordinal in figures (``... 3502 GD
    Utrecht 1e begrotingswijziging 2025``). A letterhead parts its fields with bars; a line without one gives none."""
    bar = text.rfind("|")
    if bar < 0:
        return []
    field = text[bar + 1:]
    return [bar + 1 + m.start() for m in re.finditer(r"(?<=\s)(?:\d+(?:e|ste|de)\s+[^\W\d_]|[^\W\d_])", field)
            if (m.group()[0].isdigit() or m.group().isupper()) and field[: m.start()].strip()]


def title_offsets(text: str) -> list[int]:
    """Where a title may start in the first line: at its start, or after a name of two words or
    more that the text layer ran into it (``Programma Aardgasvrije Wijken Tussenrapportage``)."""
    return [0] + [m.start() for m in re.finditer(r"(?<=\s)[^\W\d_]", text)
                  if m.group().isupper() and len(text[: m.start()].split()) >= 2 and names_itself(text, m.start())]


# The most words a heading's part after a dash may hold to be the kind's name alone.
KIND_AFTER_DASH_WORDS = 2


def kind_after_dash(text: str) -> list[int]:
    """Where a kind's name may start after a dash that parts it from the names before it (``Gemeente Zaanstad -
    kwaliteitsrapportage``): a word or two, nothing else, so a title that goes on after its dash (``Verkeer - wat
    vinden bewoners ervan``) names no kind there."""
    return [m.end() for m in re.finditer(r"\s[-–—]\s+", text)
            if names_itself(text, m.start()) and len(text[m.end():].split()) <= KIND_AFTER_DASH_WORDS]


@dataclass(frozen=True)
class Titled:
    """The kind an opening line or the subject names, and the line."""

    kind: str
    line: Line


def titled_kind(ev: Evidence) -> str | None:
    found = titled(ev)
    if found is None:
        return None
    if found.kind == "rapport" and changes_the_budget(ev, found.line):
        return "begroting"
    if found.kind == "rapport" and signed_by_parties(ev):
        return "overig"
    return "factsheet" if found.kind == "rapport" and figure_page(ev, found.line) else found.kind


# How many pages a page of key figures fills at most (an infographic, a dashboard printed from a browser).
FIGURE_PAGE_PAGES = 2


def figure_page(ev: Evidence, title: Line) -> bool:
    """A monitor or dashboard printed as a page of key figures: rows of a figure beside its caption (``77% | ervaart
    de eigen gezondheid als goed``, ``Jeugdigen met jeugdhulp | 3.905``), as an infographic prints its tiles, and more
    of them than rows of a table of figures over periods (``Vergunde woningen | 7.315 | 8.460``), which a monitor's
    report prints. Such a page is a factsheet, as ``... in cijfers`` is (``tests/layouts/blind11/CONVENTIONS-
    reports.md``); a monitor with its text and chapters, or one page of indicators by year, stays a report."""
    words = kind_words()
    if len(ev.pages) > FIGURE_PAGE_PAGES or not any(words.figure_page_title.match(title.text[at:])
                                                    for at in title_offsets(title.text)):
        return False
    tiles = tables = 0
    rows = ev.head_cells
    for i, row in enumerate(rows):
        figures = sum(1 for c in row if words.lone_figure.match(c.text.strip()))
        captions = sum(1 for c in row if _caption(c.text))
        # An infographic may print its tiles as a row of figures over a row of their captions, one under each.
        below = rows[i + 1] if i + 1 < len(rows) else ()
        if figures == len(row) >= 2 and len(below) == figures and all(_caption(c.text) for c in below):
            tiles += figures
            continue
        tiles += figures == 1 and captions >= 1 and len(row) <= 3
        tables += figures >= 2
    return tiles >= words.min_tiles and tiles > tables


# How many rows of the head a band of key-figure tiles may stand under; how many tiles make one.
TILE_BAND_ROWS, TILE_BAND_TILES = 4, 3
_YEAR = re.compile(r"^(?:1[89]|20)\d{2}$")


def tile_band(ev: Evidence) -> bool:
    """A page or two that opens under its title with a band of key-figure tiles (``92% | 84% | 78%`` over ``Schoon:
    zwerfafval | Heel: verharding | ...``): an infographic's or a leaflet's head, a ``factsheet`` whatever its name
    (ANNOTATING.md). A table puts its captions over its figures; a row of years over captions heads a table's
    columns."""
    words = kind_words()
    if len(ev.pages) > FIGURE_PAGE_PAGES:
        return False
    rows = ev.head_cells[:TILE_BAND_ROWS + 1]
    return any(len(row) >= TILE_BAND_TILES and len(below) == len(row)
               and all(words.lone_figure.match(c.text.strip()) and not _YEAR.match(c.text.strip()) for c in row)
               and all(_caption(c.text) for c in below) for row, below in zip(rows, rows[1:], strict=False))


def _caption(text: str) -> bool:
    return len(re.findall(r"[^\W\d_]{2,}", text)) >= 2


def changes_the_budget(ev: Evidence, title: Line) -> bool:
    """An interim report titled so (``Tweede tussenrapportage 2024``, ``Turap``) that changes the budget
    (``De financiële gevolgen zijn verwerkt in de bijgevoegde begrotingswijziging``): a note of the
    budget cycle, as a bestuursrapportage is (ANNOTATING.md); a programme's interim report on its
    progress changes no budget and stays a report."""
    words = kind_words()
    if not any(words.budget_report_title.match(title.text[at:]) for at in title_offsets(title.text)):
        return False
    return any(words.budget_change.search(ln.text) for ln in ev.lines)


def titled_line(ev: Evidence) -> Line | None:
    found = titled(ev)
    return found.line if found else None


def marked_kind(ev: Evidence) -> str | None:
    """A marker line of a template (``Ter beslissing``, ``Voorgesteld raadsbesluit``) in the head."""
    markers = kind_words().markers
    for ln in ev.lines[: kind_words().marker_lines]:
        kind = markers.get(_squeeze(ln.text))
        if kind is not None:
            return kind
    return None


def table_kind(ev: Evidence) -> str | None:
    """A budget or annual accounts that does not name itself (an extract of a few pages):
    two or more tables captioned in thousands of euros, and the words of its kind."""
    words = kind_words()
    if sum(1 for ln in ev.lines if literals.search(words.table_caption, ln.text)) < words.min_table_captions:
        return None
    return next((kind for kind, pattern in words.table_kinds
                 if any(pattern.search(ln.text) for ln in ev.lines)), None)


def kind_from_type(ev: Evidence, doc_type: str) -> str:
    """The kind a doc_type implies when the document does not name itself."""
    if doc_type == "brief":
        if to_kamer(ev):
            return "kamerbrief"
        return "raadsinformatiebrief" if to_own_council(ev) else "brief"
    if doc_type == "nieuws":
        label = news_label(ev)
        # 'Persbericht', in Frisian 'Parseberjocht', and what else a press office sends out ('Persuitnodiging').
        return "persbericht" if label in news_words().release_labels else "nieuwsbericht"
    if doc_type in ("kamervragen", "jaarverslag"):
        return doc_type
    return "overig"


def document_kind(ev: Evidence, doc_type: str, type_rule: str) -> tuple[str, str, str, str]:
    """(doc_kind, doc_kind_rule, doc_type, doc_type_rule): the kind, and the type it settles.

    When a kind overrides the structural type, ``doc_type_rule`` becomes ``kind_<rule>``.
    """
    words = kind_words()
    # A firm rule yields only to a kind named to override it (a committee's list of questions and answers), or
    # to the decision its text takes (a council's verordening printed in the Gemeenteblad is a raadsbesluit).
    if type_rule in FIRM_TYPE_RULES and not any(type_rule in words.overrides.get(find(ev) or "", ())
                                                for find in (titled_kind, decided_kind)):
        return kind_from_type(ev, doc_type), f"type_{type_rule}", doc_type, type_rule
    found: tuple[str, str] | None = None
    if is_email(ev):
        found = ("email", "email_header")
    elif is_chat(ev):
        # A printed chat has no mail header, which makes an e-mail, and no kind of the list fits it
        # (ANNOTATING.md): other, whatever its messages hold (a greeting, a closing, a 'Persbericht?').
        return "overig", "kind_chat", "overig", "kind_chat"
    else:
        titled_as = titled_kind(ev)
        if titled_as is not None and (
                (titled_as in words.not_to_kamer and to_kamer(ev))
                or any(p.search(ln.text) for p in words.not_texts.get(titled_as, ()) for ln in ev.lines)
                or (type_rule in NEWS_TYPE_RULES and words.kinds[titled_as] == "brief")
                # A site's page that presents a letter or decision (its download links) is no letter itself.
                or (words.kinds[titled_as] == "brief" and printed_from_site(ev) and salutation_index(ev) is None)):
            titled_as = None
        marked = marked_kind(ev)
        # A document that calls itself by its kind ('U ontvangt deze nieuwsbrief') is of it, whatever its headline.
        if titled_as not in words.strong and (named := self_named_kind(ev)) is not None:
            found = (named, "kind_self_named")
        # A regulation an elected body adopts in its own decision ('De raad ...; besluit vast te stellen de volgende
        # gedragscode:') is that decision: the name of the rules it adopts (a gedragscode, a protocol) says only
        # 'overig'.
        elif titled_as == "overig" and (decided := decided_kind(ev)) is not None:
            found = (decided, "kind_decision_text")
        elif titled_as is not None and (titled_as in words.strong or marked is None):
            found = (titled_as, "kind_title")
        elif marked is not None:
            found = (marked, "kind_marker")
        elif (decided := decided_kind(ev)) is not None:
            found = (decided, "kind_decision_text")
        elif memo_to_council(ev):
            found = ("raadsinformatiebrief", "kind_memo_to_council")
        elif is_unsent_mail(ev):
            found = ("email", "kind_unsent_mail")
        elif type_rule in WEAK_TYPE_RULES and spoken_record(ev):
            found = ("verslag", "kind_spoken_record")
        elif type_rule in WEAK_TYPE_RULES and (tabled := table_kind(ev)) is not None:
            found = (tabled, "kind_tables")
        elif type_rule in WEAK_TYPE_RULES and tile_band(ev):
            found = ("factsheet", "kind_tiles")
        elif type_rule in NAMED_TYPE_RULES:
            # Built as a report but named otherwise ('Brief over de staat van ...'): a report.
            found = ("rapport", "kind_report_build")
    if found is not None:
        kind, rule = found
        implied = words.kinds[kind]
        weak = type_rule in WEAK_TYPE_RULES or type_rule in NAMED_TYPE_RULES
        if (kind in words.strong or weak or implied == doc_type or type_rule in words.overrides.get(kind, ())
                or rule == "kind_self_named"):
            if implied == doc_type and not weak:
                return kind, rule, doc_type, type_rule
            # The build found the report; its name settles only the type: the rule that found it stays.
            if type_rule in NAMED_TYPE_RULES and rule in ("kind_title", "kind_report_build"):
                return kind, rule, implied, type_rule
            return kind, rule, implied, rule
    return kind_from_type(ev, doc_type), f"type_{type_rule}", doc_type, type_rule
