"""How a document is built: as a letter or as a report.

A report, an advice, an evaluation, a factsheet or a budget printed on an organisation's
letter paper carries the margin column of a letter (``Datum``, ``Kenmerk``, ``Pagina``): those
fields do not make it a letter. Its name in the opening lines does not make it a report
either, for letters name the report they send or are about (``Aanbieding rapport ...``,
``Onderwerp: Advies over ...``, a Kamerbrief ``Betreft Evaluatie Jeugdwet``). What tells
them apart is the build of the text:

* a letter is addressed and signed: a salutation, a closing formula, an address block, the
  post that signs (``De minister van ...,``), a subject line, the labels of a reply (``Uw
  brief van``) or a memo's ``Aan:``/``Van:`` fields;
* a report names itself in a heading of its own (``Rapport``, ``Evaluatie van de Wet open
  overheid``, ``Factsheet``, ``Jaarverslag 2023``) and has the parts of a report: contents,
  a summary, foreword or colophon, numbered section headings, a list of key figures.

``report_structure`` asks for no sign of a letter at all, the report's own name and one part
of a report: a letter that lost one sign to a scan still has the others.
"""

from __future__ import annotations

import re

from pipeline.extract.doc_date_place_lines import place_date_line
from pipeline.extract.doc_evidence import (
    Evidence,
    _labelled,
    address_blocks,
    closing_index,
    in_margin_column,
    margin_labels_found,
    salutation_index,
)
from pipeline.extract.doc_kind import letterhead_line, letterhead_tails, title_offsets
from pipeline.extract.doc_kind_words import kind_words
from pipeline.extract.doc_lines import HEAD_LINES, MAX_HEADING_WORDS, is_heading, page_lines, printed_lines
from pipeline.extract.doc_parties import organisation_of, person_prefix, signs_for_a_post
from pipeline.extract.doc_words import _alternatives, _fold, document_date_words, letter_words, report_words

# A Kamerbrief signs for its post in its last lines, without a closing formula.
SIGNATURE_LINES = 6


def dated_and_greeted(ev: Evidence) -> bool:
    """A letter's own place-date line in its head above its salutation (``Enschede, 3 maart 1975`` over the addressee
    and ``Geachte Heer en Mevrouw,``): a typed letter that closes with its thanks and the signers, no closing formula
    on a line of its own, or a scan that runs the closing into the last paragraph, and an address without a postcode.
    A report's foreword signs with its place and date under the text, after its salutation (``Geachte lezer,``)."""
    s = salutation_index(ev)
    hit = place_date_line(ev) if s is not None else None
    return hit is not None and (hit.page, hit.start) < (ev.lines[s].page, ev.lines[s].start)


def signed_for_a_post(ev: Evidence) -> bool:
    """The last lines sign for a post (``De minister van Binnenlandse Zaken en`` /
    ``Koninkrijksrelaties,``), also when the post runs over two lines or the signers were joined to it, or
    both (``DE MINISTER VAN CULTUUR, RECREATIE`` / ``EN MAATSCHAPPELIJK WERK, (handtekening)``)."""
    last = [ln.text for ln in ev.lines[-SIGNATURE_LINES:]]
    return any(signs_for_a_post(t) or joined_signature(t)
               or (i and (signs_for_a_post(pair := f"{last[i - 1]} {t}") or joined_signature(pair)))
               for i, t in enumerate(last))


# A post signed under in a service's typed letter: an article and one to three words ('De Hoofdopzichter,'), perhaps
# the service or office it heads ('De Directeur van de Dienst Volkshuisvesting,', 'De Ambtenaar van de Burgerlijke
# Stand,') or the municipality it serves ('De Secretaris der gemeente Epe,'), and the mandate with the signature's
# place after the comma ('voor deze: [handtekening]'). A modern one prints the post in lower case ('De havenmeester,').
_OFFICIAL_POST = re.compile(r"^(?:De|Het)\s+[^\W\d_][\w-]*(?:\s+[\w-]+){0,2}"
                            r"(?:\s+(?:van|der)\s+(?:de\s+|het\s+)?(?:gemeente\s+)?[A-Z][\w-]*(?:\s+[\w-]+){0,2})?,"
                            r"(?:\s+(?:voor|namens)\s+deze[:,]?)?(?:\s+\[[^\]]*\])?$")


def signed_by_an_official(ev: Evidence) -> bool:
    """The last lines sign with a post and the signer's name under it (``De Hoofdopzichter,`` / ``(J. Dijkhuis)``),
    as one service of a body signs its typed letter to another, or an office of the municipality its letter to a
    citizen (``De Ambtenaar van de Burgerlijke Stand,`` / ``(J. van der Meulen)``): a post that is no body's."""
    last = [ln.text.strip() for ln in ev.lines[-SIGNATURE_LINES:]]
    # The clean stage may join the name to the post's line ('De Secretaris der gemeente Epe, (w.g.) J. de Vries.'):
    # then the name is all that follows the post, no sentence that goes on after it.
    joined = [(f"{post},", name) for post, comma, name in (t.partition(",") for t in last) if comma and name.strip()]
    under = zip(last, last[1:], strict=False)
    return (any(_OFFICIAL_POST.match(post) and _signer(name) is not None for post, name in under)
            or any(_OFFICIAL_POST.match(post) and _signer(name) == "" for post, name in joined))


def _signer(name: str) -> str | None:
    """What follows the signer's name on its line ('' for the name alone), None when the line opens with no name. An old
    typed letter closes the name with a full stop ('(w.g.) J. de Vries.')."""
    found = person_prefix(_SIGNED_MARK.sub("", name.strip()).strip("()[]").rstrip(".").strip("()[]"))
    return None if found is None else found[1]


# A copy marks the name as signed on the original ('(w.g.) C.J. Roodenburg', 'get. J. Smit').
_SIGNED_MARK = re.compile(r"^[(\[]?(?:w\.\s?g\.|get\.)[)\]]?\s+", re.IGNORECASE)


def joined_signature(text: str) -> bool:
    """A signature block the clean stage joined into one line: the post, a comma, and who signs for
    it (``Burgemeester en Wethouders van Borculo, de Secretaris, de Burgemeester, [paraaf]``,
    ``Gedeputeerde Staten van Gelderland, drs. J.M. Markink``). A sentence that opens with a body
    ends like one; a colophon's address line names no one who signs."""
    # A scan reads a typed comma as a low quote ('Gelderland, ‚voorzitter.').
    head, comma, rest = text.replace("\u201a", ",").partition(",")
    signers, named = letter_words().signatories, letter_words().aforementioned
    # 'De Commissie voornoemd,': the body the text named signs, its name not repeated.
    if not comma or len(text.split()) > MAX_HEADING_WORDS or (organisation_of(head) is None
                                                               and not named.search(head.strip())):
        return False
    parts = [p.strip().strip("()[]") for p in rest.split(",") if p.strip()]
    # Older letters print the post without its article and close it with a full stop, the signature above it
    # ('Gedeputeerde Staten van Gelderland, voorzitter.'); a sentence that opens with a body ends so otherwise.
    post = (bool(parts) and parts[-1].endswith(".") and len(parts[-1].split()) == 1
            and signers.match(f"de {parts[-1].rstrip('.')}") is not None)
    if text.rstrip().endswith((".", "?", "!")) and not post:
        return False
    # Older letters print the signer's name in brackets under the post ('(mr. W.H. van Rossum)').
    return post or any(person_prefix(part) is not None or signers.match(part) for part in parts)


def _memo_fields(ev: Evidence) -> bool:
    words = letter_words()
    labels = _alternatives((*words.memo_sender_labels, *words.memo_addressee_labels))
    pattern = re.compile(rf"^(?:{labels})\s*:", re.IGNORECASE)
    return any(pattern.match(ln.text) for ln in ev.lines[:HEAD_LINES])


def letter_signs(ev: Evidence) -> frozenset[str]:
    """The signs of a letter the document carries."""
    words = letter_words()
    labels = margin_labels_found(ev)
    found = {
        "salutation": salutation_index(ev) is not None,
        "closing": closing_index(ev) is not None,
        # The addressee's block stands on the first page; a colophon's address further on is none, nor the
        # sender's own address in the margin column beside the letter's fields (a report prints it too).
        "address": any(ev.lines[first].page == ev.lines[0].page and not in_margin_column(ev, ev.lines[first])
                       and not _letterhead_address(ev, first, last) for first, last in address_blocks(ev)),
        "post_signature": signed_for_a_post(ev),
        "subject": bool(labels & {w.casefold() for w in words.subject_labels}),
        "reply": bool(labels & {w.casefold() for w in words.reply_labels}),
        "memo_fields": _memo_fields(ev),
        "addressed_name": addressed_and_signed_name(ev),
    }
    return frozenset(name for name, there in found.items() if there)


def addressed_and_signed_name(ev: Evidence) -> bool:
    """The document's own name goes on to its addressee (``ADVIES`` / ``aan het college van burgemeester en
    wethouders van Deventer``) and its members sign it at its end under their posts (``mr. R.P. de Jong`` /
    ``voorzitter``): an advice addressed and signed is written as a letter, also laid out in numbered sections
    (``tests/layouts/blind10/CONVENTIONS-decisions.md``). Under a name that addresses no one (``Advies inzake het
    bezwaar van ...``) the same signatures leave it a report (ANNOTATING.md: a bezwarencommissie's advice printed
    as a report)."""
    named = report_name_line(ev)
    if named is None or named[1] < 0:
        return False
    text = ev.lines[named[1]].text
    # The clean stage may join the name to the addressee's line under it; a scan keeps them apart.
    rest = text.split(maxsplit=1)[1] if len(text.split()) > 1 else (
        ev.lines[named[1] + 1].text if named[1] + 1 < len(ev.lines) else "")
    return bool(report_words().addressed_title.match(rest)) and signed_by_members(ev)


def signed_by_members(ev: Evidence) -> bool:
    """The last lines hold a signer's name with a post beside, above or under it (``mr. R.P. de Jong mr. L.
    Kamphuis voorzitter secretaris``, ``De voorzitter, De secretaris,`` over the names): members sign for their body."""
    last = [ln.text.strip() for ln in ev.lines[-SIGNATURE_LINES:]]
    posts = report_words().signing_posts
    return any(person_prefix(t) is not None and not t.endswith(".")
               and any(posts.search(u) for u in last[max(0, i - 1): i + 2]) for i, t in enumerate(last))


def _letterhead_address(ev: Evidence, first: int, last: int) -> bool:
    """The sender's own address heading its paper: the block opens the document, under no more than the
    organisation's name (no ``Aan ...`` of an addressee), and the document's own name follows right under
    it (``Adviescommissie Water`` / ``Postbus 20901`` / ``2500 EX Den Haag`` / ``Advies over ...``). A
    letter's addressee block is followed by its date, subject or salutation, not by a report's name."""
    if first > 1 or (first == 1 and letter_words().addressee_prefix.match(ev.lines[0].text)):
        return False
    named = report_name_line(ev)
    return named is not None and named[1] == last + 1


def subject_below(ev: Evidence, title: int) -> bool:
    """The subject is stated only in lines below the document's own title (``Begrotingswijziging 2024,
    nummer 7`` / ``Onderwerp: Extra middelen onderwijshuisvesting``): the subject of a form or report
    under its name, where a letter states its subject in its head, above anything it says."""
    labels = tuple(letter_words().subject_labels)
    if any(label.strip().rstrip(":").casefold() in {w.casefold() for w in labels}
           for p in ev.pages for label, _ in p.margin_fields):
        return False
    at = [i for i, ln in enumerate(ev.lines) if _labelled(ln.text, labels) is not None]
    return bool(at) and min(at) > title


def requester_reference_only(ev: Evidence) -> bool:
    """The reply labels of the paper are the asker's reference alone (``Uw kenmerk``), no letter it answers
    (``Uw brief van``): an advice asked for (a Bibob advice to a burgemeester) carries its asker's number in the
    margin column, where a letter that answers one names that letter."""
    words = letter_words()
    reply = {w.casefold() for w in words.reply_labels}
    found = margin_labels_found(ev) & reply
    return bool(found) and not any("brief" in label for label in found)


def subject_in_margin(ev: Evidence) -> bool:
    """The subject stands only in the margin column of the letter paper (``Onderwerp`` under ``Datum`` and
    ``Kenmerk``), none in the body: a field of the paper, which an advice or report printed on it fills in as a
    letter does (ANNOTATING.md: such a paper without salutation, address block or signature is no letter)."""
    labels = {w.casefold() for w in letter_words().subject_labels}
    in_margin = any(label.strip().rstrip(":").casefold() in labels for p in ev.pages for label, _ in p.margin_fields)
    return in_margin and not any(_labelled(ln.text, tuple(letter_words().subject_labels)) for ln in ev.lines)


def report_name(ev: Evidence) -> str | None:
    """The kind of report an opening heading names at its start (``Rapport van de Nationale
    ombudsman``, ``Evaluatie van ...``, ``Factsheet``, ``Ontwerpbegroting 2025``): kinds that do not
    override a letter by their name alone (reports, factsheets, handbooks, budgets, accounts)."""
    named = report_name_line(ev)
    return named[0] if named else None


def report_name_line(ev: Evidence) -> tuple[str, int] | None:
    """``report_name`` and the index of its heading among the content lines; -1 for a heading the text layer
    ran into the letterhead line, which the content lines leave out (read after the first content line, as
    ``doc_kind.titled`` reads it)."""
    words = kind_words()
    subject = {w.casefold() for w in letter_words().subject_labels}
    named = [(kind, patterns) for kind, patterns in words.titles
             if kind not in words.strong and words.kinds[kind] != "brief"]

    def title(text: str) -> bool:
        # A title may run on into its subject ('Advies inzake het bezwaar van ... van 14 oktober 2024'), a heading
        # still: no sentence's end.
        return (is_heading(text) and (len(text.split()) <= words.max_title_words
                                      or report_words().subject_title.match(text) is not None)
                and text.split()[0].rstrip(":").casefold() not in subject)

    # The clean stage may run a title into its subtitle ('KPI-rapportage informatie- en archiefbeheer 2024
    # Verantwoording aan de gemeenteraad ... (IBT)'): a line that ends like no sentence is titled by its head.
    candidates = [(n, text, title_offsets(text) if n == 0 else [0])
                  for n, ln in enumerate(ev.lines[: words.opening_lines])
                  if title(text := _titled_head(ln.text, words.max_title_words))]
    letterhead = letterhead_line(ev)
    if letterhead is not None:
        text = letterhead.text
        offsets = [at for at in sorted({*title_offsets(text), *letterhead_tails(text)}) if title(text[at:])]
        at_top = bool(ev.lines) and bool(candidates) and candidates[0][0] == 0
        candidates.insert(1 if at_top else 0, (-1, text, offsets))
    for n, text, offsets in candidates:
        # The text layer may have run the body's name into the first line.
        for kind, patterns in named:
            if any(p.match(text[at:]) for p in patterns for at in offsets):
                return kind, n
    return None


# A title that closes with its year, and the subtitle the clean stage ran into it opening with a capital.
_TITLE_YEAR_THEN_SUBTITLE = re.compile(r"^(?P<title>\S.*?\b(?:19|20)\d{2})\s+(?=[A-Z][a-z])")


def _titled_head(text: str, limit: int) -> str:
    """The title a long line that ends like no sentence opens with, closed by its year; the line else."""
    if len(text.split()) <= limit or text.rstrip().endswith((".", ",", ";", ":", "!", "?")):
        return text
    m = _TITLE_YEAR_THEN_SUBTITLE.match(text)
    return m["title"] if m is not None and len(m["title"].split()) <= limit else text


_RUN_ON_HEADING = re.compile(r"[.!?]\s+([A-Z][^\W\d_]+)$")


def report_parts(ev: Evidence) -> frozenset[str]:
    """The parts of a report the document has: contents, front or back matter (a summary, a
    foreword, a colophon), numbered section headings, a list of key figures."""
    words = report_words()
    headings = [ln.text for ln in ev.lines if is_heading(ln.text)]
    folded = {_fold(h) for h in headings}
    # The first heading names the document, none of a study's sections: 'Advies' over 'Aanleiding' is a nota's
    # title and one section, where an advisory body's advice has both under its name.
    sections = {_fold(h) for h in headings[1:]}
    # The clean stage may run a heading of one word onto the end of the paragraph above it ('... bij de aanvraag
    # gevoegd. Beoordeling'): no sentence ends so.
    sections |= {_fold(m.group(1)) for ln in ev.lines if (m := _RUN_ON_HEADING.search(ln.text))}
    numbered = sum(1 for h in headings if len(h.split()) <= 10 and words.numbered_heading.match(h))
    # The clean stage may join the lines of a list into one paragraph.
    figures = sum(len(words.key_figure.findall(ln.text)) for ln in ev.lines)
    found = {
        # 'Inhoud' is also a website's skip link, which the content lines leave out.
        "contents": any(_fold(ln.text) in words.contents_headings for p in ev.pages for ln in page_lines(p)),
        "front_matter": bool(folded & words.front_matter_headings),
        # A study's own sections: what it found and concludes (``Bevindingen``, ``Conclusies``).
        "findings": len(sections & words.findings_headings) >= words.min_findings_headings,
        "sections": numbered >= words.min_numbered_headings,
        "key_figures": figures >= words.min_key_figures,
    }
    return frozenset(name for name, there in found.items() if there)


def report_structure(ev: Evidence) -> bool:
    """Built as a report: no sign of a letter, a heading that names the report, and a part of one.
    A piece of the budget cycle (``Eerste begrotingswijziging 2024``, ``Jaarrekening 2023``) may be
    a page or two of text and a table without any: its name, which no letter takes for its
    heading, and no sign of a letter say enough; a subject line under that name is its own
    (``subject_below``), and so is one in the margin column of the paper (``subject_in_margin``). A
    report may call itself a letter in its title (``Brief over de staat van het lokaal bestuur 2024``;
    ANNOTATING.md: a study is a report also when its title says ``Brief aan ...``): a letter puts its
    subject there, not its own name, so with no sign of a letter and numbered sections such a title is a
    report's."""
    signs = letter_signs(ev)
    named = report_name_line(ev)
    if signs == {"subject"} and named is not None and (subject_below(ev, named[1]) or subject_in_margin(ev)):
        signs = frozenset()
    if signs == {"reply"} and named is not None and report_parts(ev) and requester_reference_only(ev):
        signs = frozenset()
    if signs:
        return False
    name = named[0] if named else None
    if name is None:
        words = kind_words()
        titled = any(is_heading(ln.text) and words.letter_titled_report.match(ln.text)
                     for ln in ev.lines[: words.opening_lines])
        return (titled and "sections" in report_parts(ev)) or summary_after_cover(ev)
    # A position paper for a hearing is a page or two of headed prose under its name: the name says enough. Run
    # into the end of the letterhead ('Unie van Waterschappen | Postbus 93218 | ... Position paper') it stands at
    # one of the line's tails.
    line = ev.lines[named[1]].text if named[1] >= 0 else getattr(letterhead_line(ev), "text", "")
    starts = [0] if named[1] >= 0 else [0, *letterhead_tails(line)]
    return (bool(report_parts(ev)) or kind_words().kinds[name] == "jaarverslag"
            or any(report_words().named_alone.match(line[at:]) for at in starts))


# A summary's number before its heading ('1 Samenvatting', '1. Samenvatting').
_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+")


def summary_after_cover(ev: Evidence) -> bool:
    """A study whose title names no kind (``Van het gas af, en dan?``): a cover of a few lines, and the page after
    it opening with the study's summary (``1 Samenvatting``). A handbook or brochure opens its first page of text
    otherwise (``1 Inleiding``, ``Voor wie is dit?``); a letter is no cover's."""
    if len(ev.pages) < 2 or len([ln for ln in printed_lines(ev.pages[0]) if ln.text]) > document_date_words()[
            "cover_lines"]:
        return False
    first = next((ln for ln in ev.lines if ln.page == ev.pages[1].number), None)
    return first is not None and _fold(_SECTION_NUMBER.sub("", first.text)) in report_words().summary_headings


def report_cover(ev: Evidence) -> bool:
    """A report opened by a cover that names it (``Accountantsverslag 2024`` over ``Eindhoven, 12 juni 2025``)
    with its letter on a later page (an auditor's ``Geachte leden van de raad,``): the letter is the report's
    opening, for nothing comes before the cover. A letter that sends a report puts its own page first."""
    if len(ev.pages) < 2:
        return False
    cover = ev.pages[0]
    if len([ln for ln in printed_lines(cover) if ln.text]) > document_date_words()["cover_lines"]:
        return False
    s = salutation_index(ev)
    return s is not None and ev.lines[s].page != cover.number and report_name(ev) is not None



def asks_account_questions(ev: Evidence) -> bool:
    """The questions of a programme account as its section headings: one of aims or costs (``Wat wilden we
    bereiken?``, ``Wat heeft het gekost?``), or two of its questions. A letter that answers a complaint or
    informs the council asks ``Wat hebben wij gedaan?`` alone under its salutation, and is no account."""
    words = report_words()
    asked = {m.group(0).lower() for ln in ev.lines if (m := words.section_question.match(ln.text))}
    return len(asked) >= 2 or any(words.account_question.match(q) for q in asked)
