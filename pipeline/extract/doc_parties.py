"""Sender, addressee and reference of a letter.

``addressee``/``addressee_person`` from the address block (or, without one, a
head line ``Aan het college van burgemeester en wethouders van de gemeente X``),
``sender``/``sender_person`` from the signature block, ``reference`` from
``Ons kenmerk``. ``sender`` is the organisation or post (``Gemeente
Almere``, ``Minister van Veiligheid en Justitie``), the person goes in
``*_person``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.doc_evidence import (
    Evidence,
    _labelled,
    address_blocks,
    address_index,
    closing_index,
    salutation_index,
)
from pipeline.extract.doc_kind_words import kind_words
from pipeline.extract.doc_lines import HEAD_LINES, Line, _day_date_at
from pipeline.extract.doc_title import _is_label_line, letter_title
from pipeline.extract.doc_words import _alternatives, letter_words

# --------------------------------------------------------------------------
# Sender, addressee, reference


def _strip_prefix(text: str) -> str:
    text = letter_words().addressee_prefix.sub("", text.strip().rstrip(","))
    return text[:1].upper() + text[1:]


_TAV = re.compile(r"(?:^|\s)(?:t\.a\.v\.|ter attentie van)\s+", re.IGNORECASE)
_INITIALS = re.compile(r"(?:[A-Z][a-z]?\.)+")
_SURNAME = re.compile(r"[A-Z][\w'’]+(?:-[A-Z]?[\w'’]+)*,?")


def person_prefix(text: str) -> tuple[str, str] | None:
    """(person, rest) when the line opens with a name: titles, initials, particles, surname.

    ``mr. G.A. Van der Steur`` -> (``mr. G.A. Van der Steur``, ``''``);
    ``P.H. Snijders burgemeester`` -> (``P.H. Snijders``, ``burgemeester``).
    """
    words = letter_words()
    text = _TAV.sub("", text.strip(), count=1) if _TAV.match(text.strip()) else text.strip()
    titles = words.person_titles.match(text)
    at = titles.end() if titles else 0
    tokens = text[at:].split()
    if len(tokens) < 2 or not _INITIALS.fullmatch(tokens[0]):
        return None
    i = 1
    while i < len(tokens) - 1 and tokens[i].lower() in words.name_particles:
        i += 1
    if not _SURNAME.fullmatch(tokens[i]):
        return None
    name_tokens = len(text[:at].split()) + i + 1
    all_tokens = text.split()
    person = " ".join(all_tokens[:name_tokens]).rstrip(",")
    return person, " ".join(all_tokens[name_tokens:])


def is_person(text: str) -> bool:
    """``mr. G.A. Van der Steur``, ``F.M. Weerwind``, ``t.a.v. de heer J. de Vries``: a name and nothing else."""
    found = person_prefix(text)
    return found is not None and not found[1]


def person_name(text: str) -> str:
    found = person_prefix(text)
    return found[0] if found else text.strip().rstrip(",")


def organisation_of(text: str) -> str | None:
    """The organisation or post a line names: ``Burgemeester Almere en ...`` -> ``Gemeente Almere``,
    ``De Minister van Veiligheid en Justitie,`` -> ``Minister van Veiligheid en Justitie``."""
    words = letter_words()
    line = _strip_prefix(text)
    low = line.casefold()
    for office in sorted(words.offices, key=len, reverse=True):
        if low.startswith(office):
            rest = line[len(office):].strip()
            # The old form names the body in the genitive: 'Burgemeester en Wethouders der gemeente Borne'.
            rest = re.sub(r"^(?:(?:van|der)\s+)?(?:de\s+)?(?:(?:gemeente|provincie)\s+)?", "", rest,
                          flags=re.IGNORECASE)
            m = re.match(r"(?:'s-)?[A-Z][\w'’-]*(?:\s+(?!en\b)[A-Z][\w'’-]*)*", rest)
            if m:
                return f"{words.offices[office]} {m.group()}"
    for post in words.posts:
        if re.match(rf"{re.escape(post)}\s+(?:van|voor)\s", line, re.IGNORECASE):
            return post + line[len(post):].split(",")[0]
    for org in words.organisations:
        if re.match(rf"{re.escape(org)}(?!\w)", line, re.IGNORECASE):
            return line.split(",")[0]
    return None


@dataclass(frozen=True)
class Parties:
    sender: str | None = None
    sender_person: str | None = None
    addressee: str | None = None
    addressee_person: str | None = None


def _name_above(lines: list[Line], end: int) -> tuple[str | None, str | None]:
    """(organisation, person) named on the lines just above line ``end`` (an address block).

    Read upward: person lines (``t.a.v. de heer ...``) first, then the
    organisation line; a line starting in lower case continues the one above
    it (``Aan de Voorzitter van de Tweede Kamer`` / ``der Staten-Generaal``).
    """
    organisation = person = None
    i = end - 1
    while i >= max(0, end - 5):
        ln = lines[i]
        head, tav, named = _TAV.split(ln.text, maxsplit=1)[0], _TAV.search(ln.text), None
        if tav is not None and tav.start() > 0 and is_person(ln.text[tav.start():]):
            # 'Aan de Minister van ... t.a.v. de heer ...' on one line.
            named = person_name(ln.text[tav.start():])
            return _strip_prefix(head), person or named
        if is_person(ln.text):
            person = person or person_name(ln.text)
            i -= 1
            continue
        if tav is not None and tav.start() == 0:
            i -= 1  # 't.a.v. █ 5.1.2e': the person's name blacked out in a Woo release
            continue
        if _day_date_at(ln, "x") is None and not _is_label_line(ln.text):
            text = ln.text
            while text[:1].islower() and i > 0 and not is_person(lines[i - 1].text):
                i -= 1
                text = f"{lines[i].text} {text}"
            organisation = _strip_prefix(text)
            # A stamp OCR set between the name and the address ('Gemeente Venlo' over 'NN DOCUMENT
            # 12'): the organisation the line above names.
            if organisation_of(text) is None and i > 0 and organisation_of(lines[i - 1].text) is not None:
                organisation = _strip_prefix(lines[i - 1].text)
        break
    return organisation, person


def addressee_without_address(ev: Evidence) -> tuple[str | None, str | None]:
    """A letter head without postal address (``De minister van Veiligheid en Justitie`` over the
    subject): the opening lines before the subject, when they name a post, an office or a person."""
    s = salutation_index(ev)
    if s is None or s > 6:
        return None, None
    # A salutation to a council ('Geachte leden van de raad,'): an organisation over it that is no council is the
    # writer's letterhead ('Gemeente Súdwest-Fryslân' over the college's raadsinformatiebrief), no addressee.
    councils = [addressees for addressees, _ in kind_words().council_letters]
    to_council = any(c.search(ev.lines[s].text.strip()) for c in councils)
    title = letter_title(ev)
    organisation = person = None
    for ln in ev.lines[:s]:
        if ln.text == title or _is_label_line(ln.text) or _day_date_at(ln, "x") is not None:
            break
        if is_person(ln.text):
            person = person or person_name(ln.text)
        elif organisation is None and organisation_of(ln.text) is not None:
            if to_council and not any(c.search(ln.text.strip()) for c in councils):
                break
            organisation = _strip_prefix(ln.text)
        else:
            break
    return organisation, person


# 'Aan het college van ...' names the addressee wherever it stands in the head; 'Aan:' is a memo's field.
_AAN = re.compile(r"Aan\s+(?!:)(?=\S)")


def addressed_line(ev: Evidence) -> str | None:
    """The addressee a letter names in a line of its head that opens with ``Aan``, without a postal
    address (``Aan het college van burgemeester en wethouders van de gemeente Zwolle``, under the
    sender's letterhead); a line in lower case below it goes on with it (``van de gemeente Zwolle``)."""
    s = salutation_index(ev)
    head = ev.lines[: s if s is not None else HEAD_LINES][:HEAD_LINES]
    for i, ln in enumerate(head):
        if not _AAN.match(ln.text):
            continue
        text = ln.text
        for below in head[i + 1: i + 3]:
            if not below.text[:1].islower():
                break
            text = f"{text} {below.text}"
        if organisation_of(text) is not None:
            return _strip_prefix(text)
    return None


# 'Aan' opening the addressee inside a line, after what stands before it.
_AAN_INSIDE = re.compile(r"(?<=\S)\s+(Aan\s+(?!:)\S.*)$")


def _addressed_after_address(text: str) -> str | None:
    """The addressee that a scan's reading order ran onto the end of the sender's postal line, the
    first line of an address block (``Postbus 371, 8600 AJ Sneek - telefoon (0515) 48 52 00 Aan het
    college van burgemeester en wethouders van de gemeente Sneek``): the block is the addressee's."""
    m = _AAN_INSIDE.search(text)
    if m is None or organisation_of(m.group(1)) is None:
        return None
    return _strip_prefix(m.group(1))


def signature_lines(ev: Evidence) -> list[Line]:
    """The lines after the closing (with what the clean stage joined to the closing line);
    without one, the document's last lines (a Kamerbrief ends ``De Minister van ...,`` /
    ``S.A. Blok`` without ``Hoogachtend``)."""
    c = closing_index(ev)
    if c is None:
        return ev.lines[-4:]
    closing = ev.lines[c]
    m = letter_words().closing.match(closing.text)
    lines = ev.lines[c + 1: c + 6]
    if m and m["rest"]:
        offset = closing.start + m.start("rest")
        lines = [Line(closing.page, offset, closing.end, m["rest"]), *lines]
    return lines


_PLACE_DATE_BEFORE = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2},\s+(?:den\s+)?\d{1,2}\s+[^\W\d_]{3,}\.?\s+"
                                r"(?:18|19|20)\d{2}\.?\s+(?=[^\W\d_])")


def signs_for_a_post(text: str) -> bool:
    """A signature line of a post or office: ``De minister van Justitie en Veiligheid,`` (perhaps
    with ``namens deze,`` joined to it). A letter signed this way may have no closing formula
    and, once published, its signer's name redacted; prose never ends its line in a comma. An older
    letter opens the mandate with a colon (``De Minister van Binnenlandse Zaken, voor deze:``).
    The clean stage may join the signature to the last paragraph (``... op te heffen. Het college
    van burgemeester en wethouders van Gooise Meren, de secretaris, de burgemeester,``): its last
    sentence is read."""
    text = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip())[-1]
    # It may also join the place-date line above to the post ('Utrecht, 22 mei 2024 burgemeester en wethouders van
    # Utrecht, namens dezen,').
    text = _PLACE_DATE_BEFORE.sub("", text)
    head, _, mandate = text.rstrip().partition(",")
    if text.rstrip().endswith(":"):
        if not letter_words().signatories.match(mandate.strip().rstrip(":").strip()):
            return False
    elif not text.rstrip().endswith(","):
        return False
    return organisation_of(head) is not None


def letter_parties(ev: Evidence) -> Parties:
    """Addressee from the lines above the address block; sender from the signature block,
    else from a letterhead above the sender's own address block."""
    addressee = addressee_person = None
    a = address_index(ev)
    if a is not None and (joined := _addressed_after_address(ev.lines[a].text)) is not None:
        addressee = joined
    elif a is not None:
        addressee, addressee_person = _name_above(ev.lines, a)
    elif (named := addressed_line(ev)) is not None:
        addressee = named
    else:
        addressee, addressee_person = addressee_without_address(ev)
    sender = sender_person = None
    signature = signature_lines(ev)
    if (closing_index(ev) is not None or any(person_prefix(ln.text) for ln in signature)
            or any(signs_for_a_post(ln.text) for ln in signature)):
        # The clean stage may join a signature into one line
        # ('Gedeputeerde Staten van Gelderland, drs. J.M. Markink gedeputeerde').
        # A table's row among the last lines of a page without a closing is no part of the signature.
        # So is a paragraph of prose among a proposal's last lines, ending without a closing (its college's
        # signature under it): 'De gemeente Eindhoven draagt bij omdat ...' names no sender.
        for part in (part for ln in signature if "\t" not in ln.text and not _prose(ln.text)
                     for part in re.split(r",\s+", ln.text)):
            named = person_prefix(part)
            if named is not None:
                sender_person = sender_person or named[0]
            text = named[1] if named is not None else part
            if sender is None and text:
                sender = organisation_of(text) or _college_after_sentence(text)
    blocks = address_blocks(ev)
    if sender is None and len(blocks) > 1:
        letterhead, _ = _name_above(ev.lines, blocks[0][0])
        sender = organisation_of(letterhead) if letterhead else None
    memo_sender, memo_addressee = memo_fields(ev)
    if sender is None and sender_person is None:
        sender = memo_sender
    if addressee is None and addressee_person is None:
        addressee = memo_addressee
    return Parties(sender, sender_person, addressee, addressee_person)


# A line of more words than this that ends a sentence is prose, not a signature's.
_SIGNATURE_MAX_WORDS = 8


def _prose(text: str) -> bool:
    return len(text.split()) > _SIGNATURE_MAX_WORDS and text.rstrip().endswith(".")


def _college_after_sentence(text: str) -> str | None:
    """A college that signs right after the last sentence, which the clean stage joined to its
    line (``... voorzien in 2027. Burgemeester en wethouders van Heerenveen``); only a college of
    several words, not ``Burgemeester Jansen`` at the start of a sentence."""
    tail = re.split(r"(?<=[.!?])\s+", text)[-1]
    low = _strip_prefix(tail).casefold()
    if tail == text or not any(low.startswith(o) for o in letter_words().offices if len(o.split()) >= 3):
        return None
    return organisation_of(tail)


def memo_fields(ev: Evidence) -> tuple[str | None, str | None]:
    """``Van: Afdeling Veiligheid`` and ``Aan: College van B en W`` in the head of a memo (a colon is needed:
    ``Aan de Minister`` opens an address block instead)."""
    words = letter_words()
    sender = addressee = None
    for ln in ev.head:
        for labels, is_sender in ((words.memo_sender_labels, True), (words.memo_addressee_labels, False)):
            m = re.match(rf"(?:{_alternatives(labels)})\s*:\s*(?P<value>\S.*)$", ln.text, re.IGNORECASE)
            if m is None:
                continue
            if is_sender:
                sender = sender or m["value"].strip()
            else:
                addressee = addressee or m["value"].strip()
    return sender, addressee


def reference(ev: Evidence) -> str | None:
    """``Ons kenmerk``: margin field, ``Ons kenmerk: 2016-004512``, or the label with the value below."""
    labels = letter_words().reference_labels
    folded = {w.casefold() for w in labels}
    looks_like = re.compile(r"(?=.*\d)[A-Za-z0-9][\w./-]*(?:\s[\w./-]+){0,2}")
    for page in ev.pages:
        for label, value in page.margin_fields:
            if label.strip().rstrip(":").casefold() in folded and value.strip():
                return value.strip()
    for i, ln in enumerate(ev.lines):
        value = _labelled(ln.text, labels)
        if value and looks_like.fullmatch(value):
            return value
        if value == "" and i + 1 < len(ev.lines) and looks_like.fullmatch(ev.lines[i + 1].text):
            return ev.lines[i + 1].text
    return None
