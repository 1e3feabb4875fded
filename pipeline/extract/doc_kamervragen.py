"""The header of a set of Kamervragen: numbers, members and parties, addressees.

``kamervragen_header`` reads the opening of parliamentary questions
(``Vragen van de leden X (PvdA) en Y (VVD) aan de Minister van ...``) from the
first pages; ``doc_type``, the title and the question records read it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.extract.doc_lines import HEADER_PAGES, DateHit, Line, date_in_text
from pipeline.extract.doc_words import _alternatives, _compile
from pipeline.records import CleanPage
from pipeline.resource_files import DocumentKamervragenFile

# --------------------------------------------------------------------------
# Kamervragen header


@dataclass(frozen=True)
class KamervragenHeader:
    """The opening of a set of Kamervragen: who asked whom, when, and who answered."""

    title: str
    members: tuple[str, ...]
    parties: tuple[str | None, ...]
    addressed_to: tuple[str, ...]
    submitted: DateHit | None
    answered_by: str | None
    received: DateHit | None


@dataclass(frozen=True)
class KamervragenWords:
    markers: re.Pattern[str]
    header: re.Pattern[str]
    # The answers as a ministry prints them, with the questions' number and date in the heading.
    answers_header: re.Pattern[str]
    # The questions' date closing a header that wraps over several lines: '(ingezonden 14 januari 2025)'.
    submitted_note: re.Pattern[str]
    answer_header: re.Pattern[str]
    # An uitstelbericht among the Kamervragen: 'Mededeling van minister X (ontvangen 3 april 2024)'.
    notice_header: re.Pattern[str]
    # 'Datum beantwoording: 12 maart 2024' on a council's form, 'Ingediend: 3 mei 2024' on the questions.
    answer_date_labels: tuple[str, ...]
    submitted_date_labels: tuple[str, ...]
    section_start: re.Pattern[str]
    running_lines: tuple[re.Pattern[str], ...]
    question_label: re.Pattern[str]
    answer_label: re.Pattern[str]
    # 'Antwoord:' or 'Antwoord' alone, without the question's number.
    bare_answer: re.Pattern[str]
    number: re.Pattern[str]
    number_range: re.Pattern[str]
    party_fillers: re.Pattern[str]
    post_plurals: dict[str, str]
    footnote_marker: re.Pattern[str]
    numbered_question: re.Pattern[str]
    asked_on: re.Pattern[str]
    answering_subject: re.Pattern[str]
    site_questions_title: re.Pattern[str]
    # The word every answer's label opens with (``Antwoord``), as printed: a text without it has no answer's label.
    answer_word: str


@lru_cache(maxsize=1)
def kamervragen_words() -> KamervragenWords:
    data = load_file(DocumentKamervragenFile)
    ranges = _alternatives(data.number_ranges)
    joiners = _alternatives(data.number_joiners)
    numbers = rf"\d{{1,3}}(?:\s*(?:{ranges}|{joiners})\s*\d{{1,3}})*"
    q_label = _alternatives([data.question_label, data.question_label_plural])
    a_label = re.escape(data.answer_label)
    fillers = _alternatives(data.answer_label_fillers)
    return KamervragenWords(
        markers=re.compile(rf"^(?:{_alternatives(data.markers)})\b"),
        header=_compile("kamervragen.json", data.header, re.DOTALL),
        answers_header=_compile("kamervragen.json", data.answers_header, re.DOTALL),
        submitted_note=_compile("kamervragen.json", data.submitted_note),
        answer_header=_compile("kamervragen.json", data.answer_header, re.DOTALL),
        notice_header=_compile("kamervragen.json", data.notice_header, re.DOTALL),
        answer_date_labels=tuple(data.answer_date_labels),
        submitted_date_labels=tuple(data.submitted_date_labels),
        section_start=re.compile(rf"^(?:{_alternatives(data.section_starts)})\b"),
        running_lines=tuple(_compile("kamervragen.json", p) for p in data.running_lines),
        # 'Vraag 3' alone on its line, or 'Vraag 3: Bent u ...' with the question after it;
        # questions asked together as 'Vraag 2 en 3' / 'Vragen 4 t/m 6', like answers.
        question_label=re.compile(
            rf"^(?:{q_label})\s+(?P<numbers>{numbers})(?:\s*[:.)]\s*|\s+|$)(?P<rest>.*)$"
        ),
        # 'Antwoord 2, 3 en 4', 'Antwoord op vraag 5', 'Antwoord op de vragen 6 t/m 8:'.
        answer_label=re.compile(
            rf"^{a_label}(?:\s+(?:{fillers}))?\s+(?P<numbers>{numbers})(?:\s*[:.)]\s*|\s+|$)(?P<rest>.*)$"
        ),
        bare_answer=re.compile(rf"^{a_label}\s*(?::|$)"),
        number=re.compile(r"\d{1,3}"),
        number_range=re.compile(rf"(?P<a>\d{{1,3}})\s*(?:{ranges})\s*(?P<b>\d{{1,3}})"),
        party_fillers=re.compile(rf"^(?:{_alternatives(data.party_fillers)})\s+", re.IGNORECASE),
        post_plurals=dict(data.post_plurals),
        footnote_marker=_compile("kamervragen.json", data.footnote_marker),
        numbered_question=_compile("kamervragen.json", data.numbered_question),
        asked_on=_compile("kamervragen.json", data.asked_on, re.IGNORECASE),
        answering_subject=_compile("kamervragen.json", data.answering_subject, re.IGNORECASE),
        site_questions_title=_compile("kamervragen.json", data.site_questions_title, re.IGNORECASE),
        answer_word=data.answer_label,
    )


def label_numbers(text: str) -> list[int]:
    """The question numbers of a label: ``2, 3 en 4`` -> [2, 3, 4]; ``6 t/m 8`` -> [6, 7, 8]."""
    words = kamervragen_words()
    out: list[int] = []
    pos = 0
    for m in words.number_range.finditer(text):
        out += [int(n) for n in words.number.findall(text[pos:m.start()])]
        a, b = int(m["a"]), int(m["b"])
        out += list(range(a, b + 1)) if a <= b <= a + 50 else [a, b]
        pos = m.end()
    out += [int(n) for n in words.number.findall(text[pos:])]
    return list(dict.fromkeys(out))


def _split_top_level(text: str) -> list[str]:
    """Split a member list on ', ' and ' en ' outside parentheses."""
    parts, depth, current, i = [], 0, "", 0
    while i < len(text):
        ch = text[i]
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and text.startswith(", ", i):
            parts.append(current)
            current, i = "", i + 2
            continue
        if depth == 0 and text.startswith(" en ", i):
            parts.append(current)
            current, i = "", i + 4
            continue
        current += ch
        i += 1
    parts.append(current)
    return [p.strip() for p in parts if p.strip()]


def members_and_parties(text: str) -> tuple[tuple[str, ...], tuple[str | None, ...]]:
    """``Tellegen (VVD)`` -> (Tellegen,), (VVD,); ``Kuiken en Recourt (beiden PvdA)`` -> both PvdA."""
    words = kamervragen_words()
    members, parties = [], []
    for item in _split_top_level(" ".join(text.split())):
        m = re.fullmatch(r"(?P<name>[^()]+?)\s*(?:\((?P<party>[^()]+)\))?", item)
        if m is None:
            continue
        members.append(m["name"].strip())
        parties.append(words.party_fillers.sub("", m["party"]).strip() if m["party"] else None)
    # '(beiden PvdA)' after the last name applies to every name without a party.
    shared = parties[-1] if parties else None
    parties = [p if p is not None else shared for p in parties]
    return tuple(members), tuple(parties)


def addressees(text: str) -> tuple[str, ...]:
    """``de Ministers van A en van B`` -> (``Minister van A``, ``Minister van B``)."""
    words = kamervragen_words()
    text = " ".join(text.split())
    parts = re.split(r",?\s+en\s+(?=(?:de|het|van|voor)\s)|,\s+(?=(?:de|het|van|voor)\s)", text)
    out, post = [], None
    for part in parts:
        part = re.sub(r"^(?:de|het)\s+", "", part.strip())
        if re.match(r"(?:van|voor)\s", part) and post:
            out.append(f"{post} {part}")
            continue
        head, sep, rest = part.partition(" ")
        post = words.post_plurals.get(head, head[:1].upper() + head[1:])
        out.append(f"{post}{sep}{rest}")
    return tuple(out)


def _in_a_sentence(text: str, m: re.Match[str]) -> bool:
    """A letter quotes the questions as the subject of its sentence ('Vragen van het lid X over Y
    (ingezonden 12 maart 2024) kunnen niet binnen de termijn worden beantwoord'): a header is a
    title, and what follows its closing parenthesis is no lower-case word."""
    if m["date"] is None:
        return False
    return bool(re.match(r"\)\s*[a-zà-ÿ]", text[m.end("date"):]))


def _submitted_note(page: CleanPage, at: int) -> DateHit | None:
    """``(ingezonden 14 januari 2025)`` further down the header's paragraph: a long title wraps over
    printed lines that the header, read to its first line's end, leaves behind."""
    end = re.compile(r"\n[ \t]*\n").search(page.text, at)
    note = kamervragen_words().submitted_note.search(page.text, at, end.start() if end else len(page.text))
    if note is None:
        return None
    return date_in_text(note["date"], page.number, note.start("date"), "kamervragen_ingezonden")


def kamervragen_header(pages: tuple[CleanPage, ...] | list[CleanPage]) -> KamervragenHeader | None:
    """Read ``Vragen van het lid X (P) aan ... (ingezonden ...)`` and ``Antwoord van ... (ontvangen ...)``,
    or the header of the answers as a ministry prints them: ``Antwoorden van de minister van ... op vragen
    van het lid X (P) over ... (2024Z04567, ingezonden 4 maart 2024)``."""
    words = kamervragen_words()
    for page in pages[:HEADER_PAGES]:
        m = next((m for m in words.header.finditer(page.text) if not _in_a_sentence(page.text, m)), None)
        if m is None:
            m = next((m for m in words.answers_header.finditer(page.text) if not _in_a_sentence(page.text, m)),
                     None)
        if m is None:
            continue
        end = m.start("date") if m["date"] is not None else m.end()
        title = " ".join(page.text[m.start():end].split())
        title = re.sub(r"\s*\((?:[^()]*,\s*)?ingezonden\s*$", "", title).rstrip(" .,")
        members, parties = members_and_parties(m["members"])
        submitted = (date_in_text(m["date"], page.number, m.start("date"), "kamervragen_ingezonden")
                     if m["date"] is not None else _submitted_note(page, m.end()))
        by = m.groupdict().get("by")
        answered_by = " ".join(by.split()).rstrip(" ,.") if by else None
        received = None
        for later in pages[pages.index(page):]:
            a = words.answer_header.search(later.text, m.end() if later is page else 0)
            if a is not None:
                # The Aanhangsel may head the answers without naming who gives them ('Antwoord (Ontvangen ...)').
                answered_by = " ".join(a["by"].split()).rstrip(" ,.") if a["by"] else answered_by
                received = (date_in_text(a["date"], later.number, a.start("date"), "kamervragen_ontvangen")
                            if a["date"] is not None else None)
                break
        return KamervragenHeader(
            title=title,
            members=members,
            parties=parties,
            addressed_to=addressees(by if by else m["addressed"]),
            submitted=submitted,
            answered_by=answered_by,
            received=received,
        )
    return None


def label_segments(line: Line) -> list[Line]:
    """The line, split where a label follows the end of a sentence on it.

    Labels stand on their own line in print; when lines were joined into a
    paragraph (``... aan vrijwilligers? Antwoord op vraag 3:``) the label is
    split off again.
    """
    words = kamervragen_words()
    # An answer's label without the question's number ('Vraag 2: ...? Antwoord: Ja.') is split off only after a
    # question's mark: after a full stop 'Antwoord:' may open a sentence of the prose.
    cuts = [
        m.end() for m in re.finditer(r"[?.!»”:]\s+", line.text)
        if words.question_label.match(line.text[m.end():]) or words.answer_label.match(line.text[m.end():])
        or (m.group().startswith("?") and words.bare_answer.match(line.text[m.end():]))
    ]
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(line.text)]
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        piece = line.text[a:b]
        stripped = piece.strip()
        lead = len(piece) - len(piece.lstrip())
        out.append(Line(line.page, line.start + a + lead, line.start + a + lead + len(stripped), stripped))
    return out


def asked_on_date(pages: tuple[CleanPage, ...]) -> DateHit | None:
    """The day the questions were asked, as the text around them says it (``heeft op 3 oktober 2024 de volgende
    vragen ... aan het college gesteld``): a party's post of its member's questions is dated by it, not by the
    day of posting (``tests/layouts/blind13/CONVENTIONS-web.md``)."""
    for page in pages[:HEADER_PAGES]:
        # Most texts never say that questions were put: the pattern is tried only where the word stands.
        if "gesteld" not in page.text:
            continue
        m = kamervragen_words().asked_on.search(page.text)
        if m is not None:
            return date_in_text(m["date"], page.number, m.start("date"), "kamervragen_asked_on")
    return None
