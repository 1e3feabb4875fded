"""Whom a letter is addressed to and who signs it, as far as that decides its kind (``doc_kind.py``).

ANNOTATING.md names two kinds of letter by their parties, not by their name:

* a Kamerbrief: a letter of any body to the Tweede or Eerste Kamer or one of its committees
  (``to_kamer``), but not the Kamer's own letter, which prints the Kamer as its letterhead and is
  signed by its griffier or a committee (``from_kamer``);
* a raadsinformatiebrief: the executive's letter to its own council (``to_own_council``: the college to
  the gemeenteraad, Gedeputeerde Staten to Provinciale Staten), also printed as a memo form
  (``memo_to_council``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.doc_evidence import Evidence, closing_index, in_margin_column, salutation_index
from pipeline.extract.doc_kind_words import is_memo_title, kind_words
from pipeline.extract.doc_lines import MAX_HEADING_WORDS
from pipeline.extract.doc_words import _alternatives, _fold, letter_words

# How many lines a signature block takes below the closing: the post, its name, a second signer.
SIGNATURE_LINES = 6
# How many words may stand before a Kamer post that opens a signature line ('de voorzitter van de vaste commissie').
POST_OPENS_WORDS = 4


def memo_to_council(ev: Evidence) -> bool:
    """A memo to the council printed as a form: ``MEMO`` alone on an opening line and an
    ``Aan:`` field that names the council (``Aan: gemeenteraad``; a table prints it without the colon,
    ``Aan | de leden van de gemeenteraad en de burgerleden``, the council first). ANNOTATING.md types a memo
    to a council as the college's letter to it, as ``Memo aan de raad`` in one line. Another board
    (``Aan: de raad van bestuur``) is no council."""
    words = kind_words()
    labels = letter_words().memo_addressee_labels
    for ln in ev.lines[: words.marker_lines]:
        value = re.match(rf"^(?:{_alternatives(labels)})(?:\s*:\s*|\s+)(?P<value>.+)$", ln.text, re.IGNORECASE)
        if value is None:
            continue
        # The council alone, or first among those the memo goes to ('... en de burgerleden', '..., fractievoorzitters').
        addressee = re.split(r",\s|\s+en\s", _fold(value["value"]), maxsplit=1)[0].strip()
        if addressee in words.council_addressees:
            # The memo's name last: most documents have no such field, and the name is looked for in every line.
            return any(is_memo_title(ln.text) for ln in ev.lines[: words.opening_lines])
    return False

def to_kamer(ev: Evidence) -> bool:
    """The head of the letter (above its salutation) names the Tweede or Eerste Kamer, and the Kamer
    does not sign it: a committee's or the griffier's letter prints the Kamer as its letterhead. A
    sentence that names the Kamer (an advice to the King: ``... voordat het voorstel bij de Tweede
    Kamer der Staten-Generaal wordt ingediend.``) addresses no one; an address line is no sentence."""
    s = salutation_index(ev)
    head = [ln.text for ln in ev.lines[: s if s is not None else 14]]
    words = kind_words()
    # The addressee line from its 'Aan', also where the text layer ran it onto the end of the sender's address
    # line, with the line under it: a committee's name runs over two ('Aan de leden van de vaste commissie voor'
    # / 'Binnenlandse Zaken van de Tweede Kamer').
    addressed = [f"{t[m.start():]} {head[i + 1] if i + 1 < len(head) else ''}" for i, t in enumerate(head)
                 if (m := re.search(r"(?:^|(?<=\s))Aan\s+(?:de|het)\s", t)) and not is_sentence(t[m.start():])]
    # An address line may name only the committee ('Vaste commissie voor Justitie en Veiligheid').
    return (any((words.kamer_addressees.search(t) or words.kamer_committee.match(t)) and not is_sentence(t)
                for t in head)
            or any(words.kamer_addressees.search(t) or words.kamer_committee.search(t) for t in addressed)) \
        and not from_kamer(ev)


def is_sentence(text: str) -> bool:
    """Longer than a heading or an address line, or ending like a sentence."""
    return len(text.split()) > MAX_HEADING_WORDS or text.rstrip().endswith((".", "?", "!"))


def from_kamer(ev: Evidence) -> bool:
    """The signature, below the closing (or in the last lines), names a post of the Kamer
    (``de griffier van de vaste commissie voor ...,``), also a committee's long name on one line when the
    post opens it (``voorzitter van de vaste commissie voor Binnenlandse Zaken en de Hoge Colleges van Staat /
    Algemene Zaken en Huis van de Koning``). A sentence there that names a committee (``..., zoals de vaste
    commissie vroeg.``) is the letter's last paragraph, no signature. Another elected body signs over its own griffier
    (``Provinciale Staten van Fryslân,`` / ``de griffier, de voorzitter,``): its letter to a Kamer committee is one
    to the Kamer (ANNOTATING.md: a letter of any body to the Kamer or one of its committees is a kamerbrief)."""
    c = closing_index(ev)
    # Without a closing the signature follows the body: a short letter's last lines reach back into its head,
    # where the addressee names the Kamer and the Kamer's received stamp its griffie.
    body = next((i for i, ln in enumerate(ev.lines) if is_sentence(ln.text)), 0)
    tail = ev.lines[c + 1:] if c is not None else ev.lines[max(body, len(ev.lines) - SIGNATURE_LINES):]
    # Nor is the addressee line that a short letter's tail reaches back to ('Aan de Voorzitter van de Tweede Kamer').
    for ln in tail[:SIGNATURE_LINES]:
        if kind_words().kamer_other_signers.match(ln.text):
            return False
        m = kind_words().kamer_signatures.search(ln.text)
        if m and not ln.text.endswith(".") and not ln.text.casefold().startswith("aan ") and (
                len(ln.text.split()) <= MAX_HEADING_WORDS or len(ln.text[:m.start()].split()) <= POST_OPENS_WORDS):
            return True
    return False


@lru_cache(maxsize=1)
def _margin_labels_run_in() -> re.Pattern[str]:
    """Two or more of a letter's margin labels closing a line (``... uw brief van uw kenmerk ons kenmerk``)."""
    return re.compile(rf"(?:\s+(?:{_alternatives(letter_words().margin_labels)})){{2,}}\s*$", re.IGNORECASE)


def to_own_council(ev: Evidence) -> bool:
    """The head above the salutation, or the salutation, addresses the council (``Aan de gemeenteraad
    van Hengelo``, ``Geachte leden van de raad,``) and its own executive signs (``burgemeester en
    wethouders van Hengelo``), or Provinciale Staten and Gedeputeerde Staten: the executive's letter
    to its own council, a raadsinformatiebrief whatever it calls itself (ANNOTATING.md). A province's
    letter to a council, a college's to another municipality's council, a rekenkamer's: no. Nor is the
    burgemeester's convocation of the council's meeting (``oproeping``, ``u uit te nodigen tot het bijwonen
    van ...``): he writes it as the council's chair."""
    s = salutation_index(ev)
    # A scan may run the row of the margin's labels into the addressee's line beside it ('Aan de leden van de
    # gemeenteraad uw brief van uw kenmerk ons kenmerk'): the addressee is the line without them.
    head = [_margin_labels_run_in().sub("", ln.text).strip() for ln in ev.lines[: s + 1 if s is not None else 14]]
    c = closing_index(ev)
    # Without a closing the signature ends the body: the margin column's fields, which the text puts after the
    # body, are not read for it.
    body = ev.lines if c is not None or not ev.margin_left else [ln for ln in ev.lines if not in_margin_column(ev, ln)]
    tail = [ln.text.strip() for ln in (ev.lines[c + 1:] if c is not None else body[-SIGNATURE_LINES:])]
    # A body of a bilingual province signs in both its languages, parted by a slash (``Deputearre Steaten fan
    # Fryslân / Gedeputeerde Staten van Fryslân,``): each name signs.
    signatures = [part.strip() for t in tail[:SIGNATURE_LINES] for part in t.split(" / ")]
    for addressees, signers in kind_words().council_letters:
        addressed = [m for m in map(addressees.search, head) if m]
        signed = [m for m in map(signers.search, signatures) if m]
        if addressed and signed:
            opening = ev.lines[: s + 3 if s is not None else 16]
            if any(kind_words().council_convocation.search(ln.text) for ln in opening):
                return False
            places = {_fold(m["place"]) for m in (*addressed, *signed) if m.groupdict().get("place")}
            return len(places) <= 1
    return False


