"""Whose document it is and whom it is addressed to: the CBS code of the municipality that wrote it
(``sender_municipality``, ``document_municipality``), of the one a letter is addressed to (``addressee_municipality``)
and of the college a third party's document names (``college_municipality``). They read the document's head, sender
and addressee, not an amount's sentence, so they are apart from the link rules; ``pipeline.normalize.amounts`` asks
here.
"""

from __future__ import annotations

import re

from pipeline.gazetteer import lookup
from pipeline.link.council_head import council_letter_writer, nota_writer
from pipeline.records import DocumentInfo

# The addressee's municipality in the letter head: 'Gemeente Almere t.a.v. het college ...',
# 'College van burgemeester en wethouders van Zwolle', 'Gemeenteraad van Arnhem'; a name two
# municipalities share keeps the province after it: 'de gemeente Bergen (L.)'.
_ADDRESSEE_MUNICIPALITY = re.compile(
    r"(?i:\bgemeente|\b(?:wethouders|gemeenteraad)\s+van(?:\s+de\s+gemeente)?)\s+"
    # A name may join its parts with small words ('Mill en Sint Hubert', 'Alphen aan den Rijn').
    r"(?P<name>[A-Z'][\w'’.-]*(?:(?:[ -]|(?:\s+(?:en|aan|op|de|den|der|in|bij)){1,2}\s+)[A-Z][\w'’.-]*){0,3})"
    r"(?P<province>\s*\([A-Z][\w.]{0,9}\))?")


def sender_municipality(info: DocumentInfo, text: str = "") -> str | None:
    """The CBS code of the municipality that wrote the document, when its sender names one; a
    name two municipalities share is told apart by the province in the letterhead (the first
    lines of ``text``). A proposal with no sender in its head is the college's that signs it at
    its foot (``Burgemeester en wethouders van Oss,``)."""
    return _municipality_named(info.sender, info, text[:_LETTERHEAD_CHARS]) or _signed_by(info, text)


# How far from a page's end the college's signature may stand.
_SIGNATURE_CHARS = 400
# 'Burgemeester en wethouders van Oss,' opening a line: the college signs its proposal (its secretary's
# and mayor's titles may follow on the line, set beside it).
_SIGNED_BY_COLLEGE = re.compile(
    r"^[ \t]*(?:het[ \t]+college[ \t]+van[ \t]+)?burgemeester[ \t]+en[ \t]+wethouders[ \t]+van[ \t]+"
    r"(?:de[ \t]+gemeente[ \t]+)?(?P<name>[^\W\d_][^,|\n]{1,40}?)[ \t]*(?:,[^\n]*)?$", re.IGNORECASE | re.MULTILINE)


def _signed_by(info: DocumentInfo, text: str) -> str | None:
    # A letter's head names the college it is addressed to in the same words: only a foot signs.
    if info.addressee:
        return None
    lo = max(_LETTERHEAD_CHARS, len(text) - _SIGNATURE_CHARS)
    codes = {code for m in _SIGNED_BY_COLLEGE.finditer(text, lo) if (code := _code_of(m["name"], info))}
    return codes.pop() if len(codes) == 1 else None


def addressee_municipality(info: DocumentInfo, text: str = "") -> str | None:
    """The CBS code of the municipality a letter is addressed to, when its addressee names one; a
    name two municipalities share is told apart by the province in the page's head (OCR puts the
    bracketed province that ends an address line, '... gemeente Bergen (NH.)', on a line of its own)."""
    return _municipality_named(info.addressee, info, text[:_LETTERHEAD_CHARS])


# 'Gemeente Heerenveen | B&W-advies': the writer's name and the kind of paper, its head's first line.
_OWN_HEAD = re.compile(r"[ \t]*gemeente[ \t]+(?P<name>[A-Z][^|\n]{1,40}?)[ \t]+\|", re.IGNORECASE)
# ... or its name alone on the first line and the kind of paper, one word, on the next ('Gemeente Oss' over
# 'Collegenota'): an addressee's block goes on with 't.a.v.' or a postal line of several words.
_OWN_NAME_LINE = re.compile(r"[ \t]*gemeente[ \t]+(?P<name>[A-Z][^|\n]{1,40}?)[ \t]*$", re.IGNORECASE)
_PAPER_KIND_LINE = re.compile(r"[ \t]*[A-Z][\w&-]{3,30}[ \t]*$")
# Its label, then a tab, a bar, a colon, or a space before the capital the subject opens with.
_DECISION_ITEM = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+[a-z]")
_SUBJECT_FIELD = re.compile(r"[ \t]*(?:onderwerp|betreft|inzake)(?:[ \t]*[\t|:]|[ \t]+(?=(?-i:[A-Z])))", re.IGNORECASE)
# How far into a page its letterhead (sender's postal line) may reach.
_LETTERHEAD_CHARS = 300
# How many lines of a page's head may name the municipality a report is of.
_REPORT_HEAD_LINES = 6
# A head line of more words that ends as a sentence does is running text.
_HEAD_MAX_WORDS = 15


def document_municipality(info: DocumentInfo, text: str, furniture: tuple[str, ...] = (),
                          first_page: str = "") -> str | None:
    """The municipality whose document this is: the sender of a letter, or the one a report's
    head names (``Gemeente Oss | Programmabegroting 2026``, ``Accountantsverslag 2024 gemeente
    Zaltbommel``, a running header kept as furniture), when the head names only that one. A
    letter's head names its addressee, so a letter has only its sender. A subject field of the head
    (``Onderwerp | Uittreding gemeente Lopik``, on ``first_page`` when this is a later page) and the
    title taken from it say what the document is about, not whose it is."""
    own = sender_municipality(info, text)
    # A table row with its figure is no head ('Secretariaat (gemeente Harderwijk) | 18.500' opening a page).
    first_lines = [ln for ln in text.splitlines() if ln.strip()][:_REPORT_HEAD_LINES]
    subjects = [" ".join(ln[m.end():].split()) for ln in (first_page or text).splitlines()[:3 * _REPORT_HEAD_LINES]
                if (m := _SUBJECT_FIELD.match(ln))]
    # An item of a decision ('1. de uittreedsom van de gemeente Lopik vast te stellen op € 1.284.000;') is no head.
    head = [ln for ln in first_lines
            if not re.search(r"\t[ \t€]*-?\d[\d.,]*[ \t]*$", ln) and not _SUBJECT_FIELD.match(ln)
            and not _DECISION_ITEM.match(ln)]
    title = "" if any(subject and (info.title or "")[:40] == subject[:40] for subject in subjects) else info.title
    if own is None and info.doc_type == "brief" and not info.addressee and head:
        # A college's advice or memo under its own running head ('Gemeente Heerenveen | B&W-advies').
        first = _OWN_HEAD.match(head[0])
        if first is None and len(head) > 1 and _PAPER_KIND_LINE.match(head[1]):
            first = _OWN_NAME_LINE.match(head[0])
        name = first["name"] if first is not None else nota_writer(info, head[0])
        return _code_of(name, info) if name is not None else None
    if own is None and head and (name := council_letter_writer(info, head[0])) is not None:
        return _code_of(name, info)  # 'gemeente Zwolle' over a memo to its own council (pipeline.link.council_head)
    if own is not None or info.doc_type == "brief" or info.addressee:
        return own
    lines = [*head, *furniture, title or ""]
    codes = {code for line in lines for m in _ADDRESSEE_MUNICIPALITY.finditer(line)
             if m.group().lower().startswith("gemeente") and (code := _code_of(m["name"], info))}
    # A sentence of the first paragraph names members and partners, not whose document it is ('Het
    # OV-bureau is een gemeenschappelijke regeling van de provincies ... en de gemeente Groningen.'): a
    # municipality named only there is none.
    named = {code for line in lines if not (len(line.split()) > _HEAD_MAX_WORDS and re.search(r"[.!?]\s*$", line))
             for m in _ADDRESSEE_MUNICIPALITY.finditer(line)
             if m.group().lower().startswith("gemeente") and (code := _code_of(m["name"], info))}
    # Its own website's address over the page: names in the first paragraph's sentences are others it speaks of.
    sites = {code for line in lines if (m := _OWN_SITE.match(line)) and (code := _site_code(m["name"], info))}
    if len(sites) == 1 and named <= sites:
        return sites.pop()
    return codes.pop() if len(codes) == 1 and named == codes else None


# A page printed from a municipality's own website: its address alone heads the page, as a browser prints it
# ('www.kampen.nl', 'https://www.rheden.nl/trouwen | 20-01-2025 13:02'); a news site's or a body's is no
# municipality's name, and an address among a letterhead's particulars is not alone.
_OWN_SITE = re.compile(r"^[\d\s:.-]*(?:https?://)?www\.(?P<name>[a-z][a-z-]{1,40})\.nl(?:/\S*)?(?:\s*[|·].*)?$")


def _site_code(name: str, info: DocumentInfo) -> str | None:
    year = int(info.doc_date[:4]) if info.doc_date and info.doc_date[:4].isdigit() else None
    found = lookup(name.replace("-", " "), year)
    return found.code if found is not None else None


def _code_of(name: str, info: DocumentInfo, province: str | None = None) -> str | None:
    """The code of the longest start of ``name`` that is a municipality ('Goes en Kapelle' -> Goes)."""
    year = int(info.doc_date[:4]) if info.doc_date and info.doc_date[:4].isdigit() else None
    words = name.split()
    for k in range(len(words), 0, -1):
        if words[k - 1][:1].isupper():
            part = " ".join(words[:k])
            found = (province and lookup(part + province, year)) or lookup(part, year)
            if found is not None:
                return found.code
    return None


def _municipality_named(party: str | None, info: DocumentInfo, head: str = "") -> str | None:
    if not party:
        return None
    m = _ADDRESSEE_MUNICIPALITY.search(party)
    if m is None:
        return None
    code = _code_of(m["name"], info, m["province"])
    if code is None:
        # A name two municipalities share, its province in the postal line: 'Gemeente Bergen |
        # Postbus 175 | 1860 AD Bergen (NH)', in the party or in the letterhead above the text.
        postal = re.search(re.escape(m["name"]) + r"\s*(\([A-Z][\w.]{0,9}\))", party[m.end():] + "\n" + head)
        year = int(info.doc_date[:4]) if info.doc_date and info.doc_date[:4].isdigit() else None
        found = postal and lookup(m["name"] + " " + postal.group(1), year)
        code = found.code if found else None
    return code


# 'het college van burgemeester en wethouders van Landgraaf, appellant': a party a ruling names.
_COLLEGE_OF = re.compile(
    r"(?i:\bcollege\s+van\s+burgemeester\s+en\s+wethouders\s+van(?:\s+de\s+gemeente)?)\s+"
    r"(?P<name>[A-Z'][\w'’.-]*(?:(?:[ -]|(?:\s+(?:en|aan|op|de|den|der|in|bij)){1,2}\s+)[A-Z][\w'’.-]*){0,3})"
    r"(?P<province>\s*\([A-Z][\w.]{0,9}\))?")


def college_municipality(info: DocumentInfo, text: str) -> str | None:
    """The municipality whose college a third party's document is addressed to or names as its one
    party (a ruling's ``het college van burgemeester en wethouders van Landgraaf, appellant``): a
    bare ``het college`` there is that municipality's. None in the college's own document, or when
    the text names the colleges of two municipalities."""
    if sender_municipality(info, text) is not None:
        return None
    codes = {code for m in _COLLEGE_OF.finditer(text) if (code := _code_of(m["name"], info, m["province"]))}
    addressee = addressee_municipality(info, text)
    if addressee is not None:
        codes.add(addressee)
    return codes.pop() if len(codes) == 1 else None
