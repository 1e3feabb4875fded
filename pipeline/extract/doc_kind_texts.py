"""A kind a document shows by what its text says, where no title names it.

A decision on a Woo or Wob request is known by its subject (``Besluit op uw Woo-verzoek``). Some
decisions print none that says so: an old Wob decision whose subject names only the request (or whose
subject a scan misread), a college's decision in the form of a decree (``Het college ...; gelet op
... de Wet open overheid; besluit: ...``). What they say they decide names their kind as well:
``Ik heb besloten aan uw verzoek gedeeltelijk te voldoen`` in a text that names the law. A decision in plain
words (``Wij maken de documenten deels openbaar``) decides only after the text says the addressee asked
(``vraagt u``, ``uw verzoek``): a Kamerbrief or a news item may say who makes documents public. So does a
council's or the Staten's decision headed only ``Besluit nr. ...``: ``Provinciale Staten van ...,
gelezen het voorstel van Gedeputeerde Staten ...; gelet op ... de Provinciewet; besluiten:``. The words
are in ``resources/document/kinds.json`` (``decision_texts``); a text that shows a step on the way
(``verdagen wij de beslissing``, the ``not_texts`` of the kind) decides nothing.

A document may also call itself by its kind in a sentence (``U ontvangt deze nieuwsbrief omdat ...``,
``Met deze kaderbrief informeren wij u ...``), where a site's chrome took its title or where its form is a
letter's (``self_names``). And old covers print a title over two lines (``title_lines``), new ones a title over a
subtitle that names the kind, which the clean stage may run into one line (``with_cover_lines``).

A plan its parties sign, each with a date of their own under its heading of signing (``signed_by_parties``), is
their agreement on one case, whatever it calls itself; the turns of speakers named in capitals before their words
(``spoken_record``) make a word-for-word record of a session.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.extract import doc_literals as literals
from pipeline.extract.doc_evidence import Evidence
from pipeline.extract.doc_kind_words import kind_words
from pipeline.extract.doc_lines import Line, page_lines, printed_lines
from pipeline.extract.doc_words import _day_date, document_date_words
from pipeline.resource_files import DocumentKindsFile

Patterns = tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class DecisionWords:
    kind: str
    law: re.Pattern[str]
    decides: Patterns
    # Sentences that decide only after the text says the addressee asked (``asked``).
    answers: Patterns
    asked: re.Pattern[str] | None
    not_texts: Patterns
    # On how many first pages the text is read; None: all.
    pages: int | None = None


@lru_cache(maxsize=1)
def decision_texts() -> tuple[DecisionWords, ...]:
    """Per kind: the law its text must name, the sentences that decide, those that show no decision, and on how
    many first pages it is read (a letter that sends a council's decision encloses it on a later page)."""
    data = load_file(DocumentKindsFile)
    out = []
    for kind, words in data.decision_texts.items():
        out.append(DecisionWords(
            kind=kind,
            law=re.compile(words["law"], re.IGNORECASE),
            decides=tuple(re.compile(p, re.IGNORECASE) for p in words["decides"]),
            answers=tuple(re.compile(p, re.IGNORECASE) for p in words.get("answers", ())),
            asked=re.compile(words["asked"], re.IGNORECASE) if "asked" in words else None,
            not_texts=tuple(re.compile(p, re.IGNORECASE) for p in data.not_texts.get(kind, ())),
            pages=words.get("pages"),
        ))
    return tuple(out)


def decided_kind(ev: Evidence) -> str | None:
    """The kind whose decision the text takes, the law named before it or in it (the request, the subject, the
    grounds); None when it takes none. A law named only after it (a colophon's privacy line) does not count."""
    if not ev.pages:
        return None
    first = ev.pages[0].number
    for words in decision_texts():
        text = " ".join(ln.text for ln in ev.lines if words.pages is None or ln.page < first + words.pages)
        # Most texts name no such law: one search of it spares those of the sentences.
        if literals.search(words.law, text) is None:
            continue
        found = [m for p in words.decides if (m := p.search(text))]
        if words.asked is not None:
            found += [m for p in words.answers if (m := p.search(text)) and words.asked.search(text[: m.start()])]
        if any(words.law.search(text[: m.end()]) for m in found) and not any(p.search(text) for p in words.not_texts):
            return words.kind
    return "raadsvoorstel" if proposes_a_draft(ev) or adopted_annex(ev) is not None else None


@lru_cache(maxsize=1)
def _council_draft() -> tuple[int, re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load_file(DocumentKindsFile).council_draft
    return (data["head_lines"], re.compile(data["cites"], re.IGNORECASE),
            re.compile(data["heading"], re.IGNORECASE), re.compile(data["proposes"], re.IGNORECASE))


def proposes_a_draft(ev: Evidence) -> bool:
    """An old proposal of the executive to its council or the Staten that names itself only by a number or a word
    the council's clerk gave it (``No. 214``, ``PRAE-ADVIES``): its head addresses the council (``Aan de Raad der
    gemeente Weert.``) and the draft decision bound behind it cites it (``gelezen het voorstel van Burgemeester en
    Wethouders ...``) or is headed so (``ONTWERP-BESLUIT``); or the proposal states the decision itself, its points
    after the proposal to decide (``Wij stellen U mitsdien voor, te besluiten:`` / ``1e. tot aankoop van ...``, a
    1958 voorstel typed as a letter to the council). A letter to the council without a draft informs it, and a
    decision sent to someone else is addressed to him."""
    head_lines, cites, heading, proposes = _council_draft()
    head = [ln.text.strip().rstrip(".") for ln in ev.lines[:head_lines]]
    if not any(addressees.search(text) for addressees, _ in kind_words().council_letters for text in head):
        return False
    # The citation is read over the lines: a scan breaks it where the page did.
    text = " ".join(ln.text for ln in ev.lines)
    return (any(heading.match(ln.text.strip()) for ln in ev.lines)
            or literals.search(cites, text) is not None or literals.search(proposes, text) is not None)


@lru_cache(maxsize=1)
def _adopted_annex() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    data = load_file(DocumentKindsFile).adopted_annex
    return (re.compile(data["line"], re.IGNORECASE), re.compile(data["signers"], re.IGNORECASE), int(data["lines"]))


def adopted_annex(ev: Evidence) -> Line | None:
    """The line with which a part of an elected body's regulation printed alone (a tariff table) says it belongs to
    the body's decision, its clerk or chair signing under it (``Behorende bij het besluit van de raad van de gemeente
    Meppel van 7 november 2024, nr. 2024/118.`` / ``De griffier,``): the council adopted it with the regulation,
    and the signature certifies so, which makes it the council's decision (``tests/layouts/blind25/CONVENTIONS-
    property.md``). The decision's day stands in the line: a template's blank line, left to be filled in, certifies
    nothing (a tariff table printed alone: ``tests/layouts/blind10/CONVENTIONS-decisions.md``). An inventory list
    that names the Woo decision it belongs to is no part the decision adopts, and no clerk of a council signs it."""
    line, signers, reach = _adopted_annex()
    for i, ln in enumerate(ev.lines):
        m = line.match(ln.text)
        # A blank form of the line ('Behorende bij raadsbesluit nr. ........ . De griffier,') certifies no adoption.
        if m is None or _day_date().search(ln.text, m.end()) is None:
            continue
        # The signer on a line of its own, or run into the line by the clean stage.
        if signers.search(ln.text[m.end():]) or any(signers.match(b.text) for b in ev.lines[i + 1: i + reach]):
            return ln
    return None


@lru_cache(maxsize=1)
def _self_names() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((kind, re.compile(p, re.IGNORECASE)) for kind, p in load_file(DocumentKindsFile).self_names.items())


def self_named_kind(ev: Evidence) -> str | None:
    """The kind the first page calls the document in a sentence (``U ontvangt deze nieuwsbrief``, ``Met deze
    kaderbrief ...``). Only the first page: a letter that encloses the document names it as ``de kaderbrief``, and
    the enclosure's own words on a later page are not the letter's. The page's printed lines are read, not only its
    content lines: a folder prints its disclaimer in small print at its foot (``Gemeente Helmond | Aan deze folder
    kunnen geen rechten worden ontleend.``), which the content lines leave out as a colophon."""
    if not ev.pages:
        return None
    text = " ".join(ln.text for ln in page_lines(ev.pages[0]))
    return next((kind for kind, pattern in _self_names() if literals.search(pattern, text)), None)


@lru_cache(maxsize=1)
def _title_continuation() -> re.Pattern[str]:
    return re.compile(load_file(DocumentKindsFile).title_continuation, re.IGNORECASE)


@lru_cache(maxsize=1)
def _title_open_end() -> re.Pattern[str]:
    return re.compile(load_file(DocumentKindsFile).title_open_end, re.IGNORECASE)


@lru_cache(maxsize=1)
def _max_title_words() -> int:
    return load_file(DocumentKindsFile).max_title_words


def title_lines(ev: Evidence, lines: list[Line]) -> list[Line]:
    """The lines, a title's word alone on its line read with the lines that go on with it (``REKENING`` / ``van de
    ontvangsten en uitgaven`` / ``over het dienstjaar 1984``, ``BEGROTING`` / ``VOOR HET DIENSTJAAR 1975``): old
    covers print the name over lines, and only together do they name the kind. So is a heading in large type that
    wraps after an article or a preposition (``VOORDRACHT VAN BURGEMEESTER EN WETHOUDERS AAN DE`` / ``RAAD, No.
    412``): no title ends so. The joined line keeps the page's offsets. A sentence under a heading (``Voor u ligt
    ... .``) goes on with nothing."""
    out = []
    limit = _max_title_words()  # read once: this runs for every document
    for i, ln in enumerate(lines):
        end = i
        while (end + 1 < len(lines) and lines[end + 1].page == ln.page
               and not lines[end + 1].text.endswith((".", ":", ";"))
               and ((len(ln.text.split()) <= 2 and ln.text[-1:].isalpha()
                     and _title_continuation().match(lines[end + 1].text))
                    or (_title_open_end().search(lines[end].text) is not None
                        and sum(len(t.text.split()) for t in lines[i: end + 2]) <= limit))):
            end += 1
        if end > i:
            text = next(p.text for p in ev.pages if p.number == ln.page)[ln.start: lines[end].end]
            ln = Line(ln.page, ln.start, lines[end].end, re.sub(r"\s", " ", text))
        out.append(ln)
    return out


def with_cover_lines(ev: Evidence, lines: list[Line]) -> list[Line]:
    """The lines, each followed by the printed lines the clean stage joined into it on a cover (a page of a few
    printed lines): a main title over the subtitle that names the document (``Leren leiden in een veranderende
    provincie`` / ``Evaluatie van de Gelderse Leergang Leidinggeven 2022-2023``) runs into one line as prose does,
    where the subtitle opens no line and a lower-case word before it makes the line a sentence."""
    if not ev.pages or not lines:
        return lines
    cover = ev.pages[0]
    # Each line of the page holds one printed line or more: a page of more lines than a cover's is none, known
    # without cutting its printed lines.
    if sum(1 for ln in page_lines(cover) if ln.text) > document_date_words()["cover_lines"]:
        return lines
    printed = [p for p in printed_lines(cover) if p.text]
    if len(printed) > document_date_words()["cover_lines"]:
        return lines
    out = []
    for ln in lines:
        out.append(ln)
        if ln.page == cover.number:
            out.extend(p for p in printed if ln.start < p.start and p.end <= ln.end)
    return out


# How many lines under the heading of signing the parties' signatures may fill, and how many dates make them two.
SIGNING_LINES = 6
SIGNING_PARTIES = 2


def signed_by_parties(ev: Evidence) -> bool:
    """A document that its parties sign, each with a date of their own, under a heading or formula of signing
    (``4. Ondertekening`` / ``Werkgever ... Roermond, 3 maart 2025`` / ``Werknemer ... Roermond, 5-3-2025``): an
    agreement between them on one case, a filled-in form, as a Poortwachter plan of action between an employer and
    an employee is (``tests/layouts/blind25/CONVENTIONS-personnel.md``), no report of a body's policy. A report that
    its author signs alone, under such a heading, dates one signature."""
    closing = document_date_words()["agreement_closing"]
    for i, ln in enumerate(ev.lines):
        if closing.match(ln.text.strip()):
            signed = " ".join(b.text for b in ev.lines[i + 1: i + 1 + SIGNING_LINES])
            if len(_day_date().findall(signed)) >= SIGNING_PARTIES:
                return True
    return False


@lru_cache(maxsize=1)
def _transcript() -> tuple[re.Pattern[str], int, int]:
    data = load_file(DocumentKindsFile).transcript
    return re.compile(data["turn"]), int(data["min_turns"]), int(data["min_speakers"])


def spoken_record(ev: Evidence) -> bool:
    """A word-for-word record of a session: the turns of its speakers, each named in capitals before the words, at
    a line's or a sentence's start (``MINISTER-PRESIDENT: Goedenavond.`` ... ``VRAAG (NOS): Waarom ...?``
    ``MINISTER-PRESIDENT: Omdat ...``), two speakers or more and one of them speaking again. It records what was said
    as minutes record a debate (``tests/layouts/blind23/CONVENTIONS-health.md``: the letterlijke tekst of a press
    conference is its verslag, no news: no story, no reporter). A telex's or form's fields in capitals (``VAN: ...``,
    ``AAN: ...``) each stand once."""
    turn, min_turns, min_speakers = _transcript()
    speakers = [m["speaker"] for ln in ev.lines for m in turn.finditer(ln.text)]
    return len(speakers) >= min_turns and min_speakers <= len(set(speakers)) < len(speakers)
