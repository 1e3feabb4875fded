"""A report's own date in its page furniture: the footer or header printed on every page, which ingest keeps
out of the text (``version_furniture``: ``Programmabegroting 2025 | versie 2.0 | 02-04-2024 | pagina 1``). A
version line dates a report or budget on its cover (``doc_date_covers.py``); printed in the footer of each
page it dates it as well, where the cover prints no date. The hit has no place in the text (span -1), as the
``Datum`` of a letter's footer (``datum_furniture`` in ``doc_date.py``).

A report's running head may print its title and date on every page (``running_head``: ``Eindrapport Evaluatie
Wijkteams | 14 november 2024``): an extract of it (a management summary printed alone) carries no other. A
leaflet's imprint line at its foot (``imprint_line``: ``Uitgave: gemeente Tilburg, februari 2025.``) is its
colophon without a heading. A factsheet's foot line may run the imprint on after its sources, as a sentence or a
cell among others (``imprint_sentence``: ``Peildatum: 31 december 2024. Bron: HR. Uitgave: team HR, Sneek, maart
2025 · Aan deze factsheet ...``, ``© GGD Hollands Noorden, 2025 · Team Epidemiologie``), a year alone dating its
edition."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.doc_date_forms import _date_after
from pipeline.extract.doc_date_place_lines import _place_date
from pipeline.extract.doc_evidence import Evidence
from pipeline.extract.doc_lines import _YEAR, DateHit, Line, _day_date_at, page_lines
from pipeline.extract.doc_words import _alternatives, document_date_words

# Between the version label and its date: the version's number and a separator (' 2.0 | ', ' 3, ').
_VERSION_GAP = re.compile(r"\s*[\w.-]{0,8}\s*[|,;:—–-]?\s*")


@lru_cache(maxsize=1)
def _version_label() -> re.Pattern[str]:
    # A draft's label names its date right after it ('CONCEPT d.d. 11 januari 2024'); the version may follow.
    words = document_date_words()
    labels = _alternatives((*words["draft_labels"], *words["version_labels"]))
    return re.compile(rf"(?:^|[\s|])(?:{labels})(?!\w)", re.IGNORECASE)


def furniture_version_date(ev: Evidence) -> DateHit | None:
    """The day date right after a version label in the first page's footer or header."""
    for page in ev.pages[:1]:
        for text in page.raw.furniture:
            for m in _version_label().finditer(text):
                hit = _day_date_at(Line(page.number, m.end(), len(text), text[m.end():]), "version_furniture")
                if hit is not None and _VERSION_GAP.fullmatch(text[m.end():hit.start]):
                    return DateHit(hit.value, page.number, -1, -1, hit.rule)
    return None


def running_head_date(ev: Evidence) -> DateHit | None:
    """A header printed on every page whose cells are a title and a day date alone (``Eindrapport Evaluatie
    Wijkteams Leeuwarden | 14 november 2024``): the report's date. A print or browser line carries a time and
    figures beside its date, a letter's footer a label (``Datum``): neither is a title with its date."""
    if not ev.pages:
        return None
    page = ev.pages[0]
    for text in page.raw.furniture:
        if not all(text in p.raw.furniture for p in ev.pages[1:]):
            continue
        cells = [m for m in re.finditer(r"[^|]+", text) if m.group().strip()]
        if len(cells) < 2 or any(re.search(r"[\d:]", c.group()) for c in cells[:-1]):
            continue
        last = cells[-1]
        value = last.group().strip()
        at = last.start() + last.group().index(value)
        hit = _day_date_at(Line(page.number, at, at + len(value), value), "running_head", "start")
        if hit is not None and hit.end - hit.start == len(value):
            return DateHit(hit.value, page.number, -1, -1, hit.rule)
    return None


# How many of the last page's last lines an imprint line may stand in (the sources' line may follow it).
IMPRINT_LINES = 3
_COMMISSIONED = re.compile(r",\s+(?:in\s+opdracht\s+van|op\s+verzoek\s+van)\b[^,]*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _imprint_label() -> re.Pattern[str]:
    labels = _alternatives(tuple(document_date_words()["imprint_labels"]))
    # Also in a sentence of its own: 'Dit is een uitgave van ...', 'Deze folder is een uitgave van ...'.
    # At the line's start or a sentence's within it.
    return re.compile(rf"(?:^|(?<=[.;]\s))(?:(?:dit|deze\s+[\w-]+)\s+is\s+)?(?:{labels})\b\s*:?\s+", re.IGNORECASE)


def imprint_date(ev: Evidence) -> DateHit | None:
    """A leaflet's imprint line at its foot (``Uitgave: gemeente Tilburg, Onderzoek & Statistiek, februari
    2025.``), among the last lines of its last page below its figures or text: the date alone after its last
    comma, as a colophon prints its publisher and date."""
    last = ev.pages[-1].number if ev.pages else None
    for line in [ln for ln in ev.lines if ln.page == last][-IMPRINT_LINES:]:
        # Under the title, before any figures or text, an imprint is a title page's line (the date of the
        # figures beside it comes first there).
        body = ev.lines[: ev.lines.index(line)]
        # The clean stage may run the sources' line into it from before too ('Bron: DUO, peildatum 1 oktober 2024.
        # Uitgave: RMC Rijk van Nijmegen, februari 2025.'): the imprint opens a sentence of the line.
        opens = _imprint_label().search(line.text)
        if opens is None or not any("\t" in b.text or b.text.rstrip().endswith((".", "!", "?")) for b in body):
            continue
        ln = Line(line.page, line.start + opens.start(), line.end, line.text[opens.start():])
        m = _imprint_label().match(ln.text)
        # The clean stage may run the sources' line on after it ('... februari 2025. Bronnen: CBS.').
        stop = ln.text.find(". ", m.end())
        imprint = Line(ln.page, ln.start, ln.start + stop + 1, ln.text[: stop + 1]) if stop > 0 else ln
        # The imprint may name who commissioned it after its date ('Uitgave: Scoop, Middelburg, oktober 2024, in
        # opdracht van de dertien Zeeuwse gemeenten.'): the date is its last field before that clause.
        if (c := _COMMISSIONED.search(imprint.text)) is not None and c.start() > m.end():
            imprint = Line(imprint.page, imprint.start, imprint.start + c.start(), imprint.text[: c.start()])
        at = imprint.text.rfind(", ")
        hit = _date_after(imprint, at + 2, "imprint_line", month=True) if at >= m.end() else None
        if (hit is not None and hit.start == ln.start + at + 2
                and not imprint.text[hit.end - ln.start:].strip(" .")):
            return hit
        # A leaflet may set the imprint's publisher and month apart by dashes, a disclaimer after them ('Uitgave:
        # gemeente Tilburg, team Openbare Ruimte - februari 2025 - Aan deze factsheet kunnen geen rechten ...').
        hit = _dashed_date(imprint, m.end())
        if hit is not None:
            return hit
        # The imprint's place and date may close it in a sentence of their own ('Dit is een uitgave van het RIVM, in
        # opdracht van het ministerie van VWS. Bilthoven, september 2025. Aan deze folder ...').
        hit = _place_date_sentence(ln, stop + 2) if stop > 0 else None
        if hit is not None:
            return hit
    return None


def _dashed_date(imprint: Line, at: int) -> DateHit | None:
    """The month or day alone in a field of the imprint after its publisher, the fields parted by spaced dashes."""
    for m in re.finditer(r"(?<=\s)[-–—](?=\s)", imprint.text[at:]):
        start = at + m.end()
        hit = _date_after(imprint, start, "imprint_line", month=True)
        if hit is None or imprint.text[start: hit.start - imprint.start].strip():
            continue
        if re.match(r"\s*(?:[-–—]\s|[.]?\s*$)", imprint.text[hit.end - imprint.start:]):
            return hit
    return None


def _place_date_sentence(ln: Line, at: int) -> DateHit | None:
    """The sentence from ``at`` on when it is a place-date line alone (``Bilthoven, september 2025.``)."""
    end = ln.text.find(". ", at)
    sentence = Line(ln.page, ln.start + at, ln.start + (end if end > 0 else len(ln.text)),
                    ln.text[at: end if end > 0 else len(ln.text)])
    m = _place_date().match(sentence.text)
    hit = _date_after(sentence, m.end(), "imprint_line", month=True) if m is not None else None
    if hit is None or hit.start != sentence.start + m.end() or sentence.text[hit.end - sentence.start:].strip(" ."):
        return None
    return hit



# How many of the last page's last lines an imprint sentence may stand in: a page of tiles may leave the figures of a
# tile or two after it in the text.
IMPRINT_SENTENCE_LINES = 6


@lru_cache(maxsize=1)
def _imprint_sentence() -> re.Pattern[str]:
    labels = _alternatives(tuple(document_date_words()["imprint_labels"]))
    # The copyright holder and year close a factsheet's foot line as an imprint does ('© GGD Twente, 2025'), also
    # without a comma between them ('© Gemeente Harlingen 2025'): a year alone.
    # A cell of the foot line may hold the label and the month alone, the publisher in the next ('Uitgave februari
    # 2025 · Gemeente Deventer, team Onderzoek & Statistiek').
    return re.compile(rf"^(?:(?:{labels}|©)(?!\w)\s*:?\s*\S.*,\s+(?P<date>\S.*?)|©\s*\S.*?\s(?P<year>(?:19|20)\d{{2}})"
                      rf"|(?:{labels})(?!\w)\s*:?\s+(?P<bare>\S.*?))\s*\.?$", re.IGNORECASE)


def imprint_sentence_date(ev: Evidence) -> DateHit | None:
    """A factsheet's imprint as a sentence or cell of its foot line, after the date of its figures and its sources: the
    month or year after its last comma (see the module's docstring). Not a sentence that runs on after the date
    (``Uitgave: GGD, 2025 en later bijgewerkt``), nor an imprint over the figures."""
    if not ev.pages:
        return None
    # The page's lines as printed: the content lines leave out the foot line that holds a disclaimer (``© Gemeente
    # Breda, 2025 | ... | Aan deze factsheet kunnen geen rechten worden ontleend.``) as a colophon.
    lines = [ln for ln in page_lines(ev.pages[-1]) if ln.text]
    # The text layer may read a table's last column after the foot line, a figure a line ('1.488' / '1.006').
    while lines and len(lines[-1].text.split()) == 1:
        lines.pop()
    for ln in lines[-IMPRINT_SENTENCE_LINES:]:
        # Under the title, before any figures or text, an imprint is a title page's line, left to those rules.
        body = [b for b in ev.lines if (b.page, b.start) < (ln.page, ln.start)]
        if not any("\t" in b.text or b.text.rstrip().endswith((".", "!", "?")) for b in body):
            continue
        for piece in re.finditer(r"[^·•|]+", ln.text):
            for m in re.finditer(r"(?:^|(?<=[.!?]\s))[^.!?]+(?:\.(?=\d)[^.!?]*)*", piece.group()):
                at = piece.start() + m.start() + len(m.group()) - len(m.group().lstrip())
                sentence = _imprint_sentence().match(m.group().strip())
                if sentence is None:
                    continue
                group = next(g for g in ("date", "year", "bare") if sentence[g] is not None)
                value = sentence[group]
                start = ln.start + at + sentence.start(group)
                if _YEAR.fullmatch(value):
                    return DateHit(value, ln.page, start, start + len(value), "imprint_sentence")
                hit = _date_after(Line(ln.page, start, start + len(value), value), 0, "imprint_sentence", month=True)
                if hit is not None and (hit.start, hit.end) == (start, start + len(value)):
                    return hit
    return None
