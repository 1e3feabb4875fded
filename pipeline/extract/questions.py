"""Kamervragen as a table: one ``QuestionRecord`` per question, with its answer joined.

A set of parliamentary questions (``Aanhangsel Handelingen``) opens with
``Vragen van het lid Tellegen (VVD) aan de Ministers van ... (ingezonden
15 september 2017)`` and ``Antwoord van Minister ... (ontvangen 10 oktober
2017)``, then labels each question and answer: ``Vraag 1`` ... ``Antwoord 1``.
An answer may cover several questions (``Antwoord 2, 3 en 4``,
``Antwoord op vragen 6 t/m 8``): it is joined to each of them with
``answer_shared = True``. Questions may come all first and answers after them;
the join is by number, not by order.

Footnote markers glued to the text (``radicalisering»?1``) are taken out of
the question and answer text and listed in ``footnotes``; footnote lines
further down (``1 Trouw, 14 september 2017``) are kept out of the text.
Website boilerplate (``Naar boven``) ends a block.

Offsets: ``page``/``question_start``/``question_end`` and ``answer_page``/
``answer_start``/``answer_end`` point into the clean text of the page where the
question or answer starts. When it runs on to a later page the end offset is
the end of its last line on the starting page; the text fields hold all of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from pipeline.extract.doc_kamervragen import kamervragen_header, kamervragen_words, label_numbers, label_segments
from pipeline.extract.doc_lines import Line, is_boilerplate, page_lines
from pipeline.records import CleanPage, DocumentInfo, QuestionRecord, make_fact_id

SENTENCE_END = (".", "?", "!", ":", "»", "”", '"')


@dataclass(frozen=True)
class Block:
    """A labelled stretch of text: ``kind`` is ``question`` or ``answer``, ``lines`` its text lines."""

    kind: str
    numbers: tuple[int, ...]
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class BlockText:
    text: str
    footnotes: tuple[str, ...]
    page: int
    start: int
    end: int


def labelled_blocks(pages: tuple[CleanPage, ...] | list[CleanPage]) -> list[Block]:
    """Split the document at ``Vraag N`` / ``Antwoord N`` labels; each block runs to the next boundary.

    Boundaries are labels, the opening lines of a section (``Antwoord van ...``)
    and website boilerplate. Blank lines stay in a block (they separate paragraphs).
    """
    words = kamervragen_words()
    blocks: list[Block] = []
    current: tuple[str, tuple[int, ...], list[Line]] | None = None

    def close() -> None:
        if current is not None:
            blocks.append(Block(current[0], current[1], tuple(current[2])))

    for line in (seg for p in pages for ln in page_lines(p) for seg in label_segments(ln)):
        q = words.question_label.match(line.text)
        a = None if q else words.answer_label.match(line.text)
        if q or a:
            close()
            m = q or a
            numbers = tuple(label_numbers(m["numbers"]))
            rest = []
            if m["rest"].strip():
                offset = line.start + m.start("rest")
                rest = [Line(line.page, offset, line.end, line.text[m.start("rest"):])]
            current = ("question" if q else "answer", numbers, rest)
            continue
        if line.text and (words.section_start.match(line.text) or is_boilerplate(line.text)):
            close()
            current = None
            continue
        if line.text and any(p.match(line.text) for p in words.running_lines):
            # A running header of the Handelingen left on a page: not part of the text.
            continue
        if current is not None:
            current[2].append(line)
    close()
    return blocks


def split_footnotes(text: str) -> tuple[str, tuple[str, ...]]:
    """``... radicalisering»?1`` -> (``... radicalisering»?``, (``1``,))."""
    pattern = kamervragen_words().footnote_marker
    markers = tuple(m["marker"] for m in pattern.finditer(text))
    return pattern.sub("", text), markers


def _is_footnote_line(line: Line, seen: set[str]) -> bool:
    """``1 Trouw, 14 september 2017``: a marker already seen, a space, then the note."""
    head, _, rest = line.text.partition(" ")
    return head in seen and bool(rest.strip())


def footnote_lines(lines: tuple[Line, ...], seen: set[str]) -> set[int]:
    """Indexes of the lines that define footnotes: runs of footnote lines that end the block
    or the page (notes stand under the text), never a line in the middle of a paragraph run."""
    drop: set[int] = set()
    filled = [i for i, ln in enumerate(lines) if ln.text]
    for k, i in enumerate(filled):
        if not _is_footnote_line(lines[i], seen):
            continue
        run_ok = True
        for j in filled[k + 1:]:
            if lines[j].page != lines[i].page:
                break
            if not _is_footnote_line(lines[j], seen):
                run_ok = False
                break
        if run_ok:
            drop.add(i)
    return drop


def block_text(block: Block, seen: set[str]) -> BlockText | None:
    """The block's text (paragraphs folded, markers split off) and where it starts on the page.

    ``seen`` collects the footnote markers met so far (this block's included);
    the lines defining them at the end of the block or of a page are left out
    of the text.
    """
    seen.update(m for ln in block.lines for m in split_footnotes(ln.text)[1])
    drop = footnote_lines(block.lines, seen)
    lines = [ln for i, ln in enumerate(block.lines) if i not in drop]
    while lines and not lines[-1].text:
        lines.pop()
    while lines and not lines[0].text:
        lines.pop(0)
    if not lines:
        return None
    paragraphs, current = [], []
    last_page = lines[0].page
    for ln in lines:
        if ln.text:
            # A sentence broken by the page end goes on after the break, not in a new paragraph.
            if ln.page != last_page and not current and paragraphs and not paragraphs[-1].endswith(SENTENCE_END):
                current = [paragraphs.pop()]
            current.append(ln.text)
            last_page = ln.page
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    footnotes: list[str] = []
    cleaned = []
    for paragraph in paragraphs:
        text, markers = split_footnotes(" ".join(paragraph.split()))
        cleaned.append(text)
        footnotes += markers
    seen.update(footnotes)
    first = lines[0]
    last = [ln for ln in lines if ln.page == first.page and ln.text][-1]
    end = last.end
    _, trailing = split_footnotes(last.text)
    if trailing and last.text.endswith(trailing[-1]):
        end -= len(trailing[-1])
    return BlockText("\n\n".join(cleaned), tuple(dict.fromkeys(footnotes)), first.page, first.start, end)


def _joined(values: tuple[str | None, ...]) -> str | None:
    kept = tuple(dict.fromkeys(v for v in values if v))
    return "; ".join(kept) if kept else None


def question_records(pages: tuple[CleanPage, ...] | list[CleanPage], docs: list[Doc] | None,
                     info: DocumentInfo) -> list[QuestionRecord]:
    """One record per numbered question of a ``kamervragen`` document, its answer joined by number."""
    if info.doc_type != "kamervragen":
        return []
    header = kamervragen_header(pages)
    seen: set[str] = set()
    questions: dict[int, BlockText] = {}
    answers: dict[int, tuple[BlockText, bool]] = {}
    for block in labelled_blocks(pages):
        text = block_text(block, seen)
        if text is None:
            continue
        for number in block.numbers:
            if block.kind == "question":
                questions.setdefault(number, text)
            else:
                answers.setdefault(number, (text, len(block.numbers) > 1))
    records = []
    for number in sorted(questions):
        q = questions[number]
        a, shared = answers.get(number, (None, False))
        records.append(
            QuestionRecord(
                doc_id=info.doc_id,
                fact_id=make_fact_id(info.doc_id, "question", q.page, q.start, q.end),
                number=number,
                question=q.text,
                answer=a.text if a else None,
                answer_shared=shared,
                member=_joined(header.members) if header else None,
                party=_joined(header.parties) if header else None,
                addressed_to=_joined(header.addressed_to) if header else None,
                answered_by=header.answered_by if header else None,
                submitted=header.submitted.value if header and header.submitted else None,
                received=header.received.value if header and header.received else None,
                footnotes=tuple(dict.fromkeys(q.footnotes + (a.footnotes if a else ()))),
                page=q.page,
                question_start=q.start,
                question_end=q.end,
                answer_page=a.page if a else None,
                answer_start=a.start if a else None,
                answer_end=a.end if a else None,
            )
        )
    return records
