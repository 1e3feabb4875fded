"""Whether a figure without currency stands in a money context (``pipeline.extract.amounts``).

A money word or a figure with a currency sign in its sentence before it, a money word just
after it in its clause, a headline over an article whose lead states amounts in euro, or the
sentence before in the same paragraph with an amount in euro (a news article: ``Emmen krijgt
€ 2,3 miljoen. Coevorden moet het doen met twee ton``), or a list whose lead-in speaks of money
(``de verdeling van het tekort (bedragen in euro's):`` over ``- Zwijndrecht: 480k``).
"""

from __future__ import annotations

import re

from pipeline.extract.amount_patterns import patterns

# How far (characters) a money cue may stand before an amount in the same sentence.
CONTEXT_CHARS = 120


def _sentence_before(text: str, start: int) -> str:
    """The text of the same sentence before ``start``, at most ``CONTEXT_CHARS`` long."""
    window = text[max(0, start - CONTEXT_CHARS) : start]
    cut = max(
        window.rfind(". "),
        window.rfind("? "),
        window.rfind("! "),
        window.rfind(";"),
        window.rfind("\n\n"),
    )
    return window[cut + 1 :] if cut >= 0 else window


# A figure with a currency sign: in a sentence of amounts the next may leave the sign out
# ('Aan X kennen wij € 750.000 toe, aan Y ruim een half miljoen'); an article's lead may write
# the currency as a word after the figure ('Zeewolde krijgt 200.000 euro').
_SIGNED_FIGURE = re.compile(r"€\s?\d|\d(?:[ \t]+(?i:miljoen|miljard|mln\.?))?[ \t]+(?i:euro)(?![\w])")
# How far after the figure its clause is read for a money word ('1,2 miljoen gevraagd voor de
# Tamboerlocatie en krijgen niks').
_AFTER_CHARS = 60


def in_money_context(text: str, start: int, end: int) -> bool:
    """A money word or an amount with a currency sign in the same sentence before the amount,
    a money word just after it, or an amount with a currency sign in the sentence before, in
    the same paragraph (a news article: 'Emmen krijgt € 2,3 miljoen. Coevorden moet het doen
    met twee ton')."""
    cue = patterns().money_cue
    after = text[end : end + _AFTER_CHARS].split(".")[0].split("\n\n")[0]
    before = _sentence_before(text, start)
    return bool(cue.search(before) or _SIGNED_FIGURE.search(before) or cue.search(after)
                or _headline_over_money(text, start, end) or _list_under_money(text, start)
                or _SIGNED_FIGURE.search(_previous_sentence(text, start - len(before))))


def _previous_sentence(text: str, sentence_start: int) -> str:
    """The sentence before the one starting at ``sentence_start``, when it is on the same line
    (one paragraph), at most ``CONTEXT_CHARS`` long."""
    lo = max(0, sentence_start - CONTEXT_CHARS)
    window = text[lo:sentence_start]
    # A clause after a semicolon reads the one before it as a sentence before it does ('De eerste fase
    # kost € 2,25 miljoen; de stichting moet nog twee ton ophalen').
    if not re.search(r"[.!?;][ \t]*\Z", window):
        return ""
    body = window.rstrip()[:-1]
    cut = max(body.rfind(". "), body.rfind("? "), body.rfind("! "), body.rfind("; "), body.rfind("\n"))
    return body[cut + 1:] if cut >= 0 else ("" if lo > 0 or "\n" in body else body)


# A headline: a short line of its own without a sentence's end ('Twee ton voor nieuw dorpshuis').
_HEADLINE_MAX_CHARS = 80
# How much of the article under a headline is read for its money.
_LEAD_CHARS = 400
# The rest of a headline wrapped onto the next line has at most this many words.
_WRAPPED_HEADLINE_MAX_WORDS = 3


_BYLINE_END = re.compile(r"[.!?:'’\"”)][ \t]*\Z")


def _past_byline(paragraph: str) -> str:
    """The paragraph without its first line when that is a byline: fields parted by '|', no sentence."""
    first, _, rest = paragraph.partition("\n")
    return rest if "|" in first and _BYLINE_END.search(first) is None else paragraph


def _headline_over_money(text: str, start: int, end: int) -> bool:
    """A figure in a headline whose article's first paragraph states amounts in euro
    (``Twee ton voor nieuw dorpshuis in Ee`` over ``... draagt € 120.000 bij``): newspapers
    leave the currency out of headlines, the article under it gives the context."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0 or line_end - line_start > _HEADLINE_MAX_CHARS:
        return False
    if re.search(r"[.;:!?]\s*$", text[line_start:line_end]):
        return False
    # The headline's last words wrapped onto a line of their own ('... Drachten grootste' over
    # 'winnaar') come before the article's first paragraph.
    paragraphs = [p for p in text[line_end:line_end + _LEAD_CHARS].split("\n\n") if p.strip()]
    # A byline or dateline under the headline ('Door M. Verhoeven | 18 april 2024, 06:00') is no
    # lead: the lead is what follows it.
    lead = next((q for p in paragraphs if len((q := _past_byline(p)).split()) > _WRAPPED_HEADLINE_MAX_WORDS
                 and not _heads_only(q)), "")
    return _SIGNED_FIGURE.search(lead) is not None


def _heads_only(paragraph: str) -> bool:
    """A block of a subheadline and a byline under the headline ('Ameland wil tarief verder verhogen;
    ondernemers morren' over 'Door Sietske Bouma'): short lines, none ending a sentence; no lead."""
    lines = [line for line in paragraph.split("\n") if line.strip()]
    return len(lines) > 1 and all(len(line) <= _HEADLINE_MAX_CHARS and not re.search(r"[.;:!?]\s*$", line)
                                  for line in lines)


# A list item's bullet; how many items above a figure are read up to the list's lead-in.
_ITEM = re.compile(r"[ \t]*[-\u2022*\u2013][ \t]")
_LIST_MAX_ITEMS = 40


def _list_under_money(text: str, start: int) -> bool:
    """A figure in a bulleted list whose lead-in line, ending in a colon, speaks of money: a mail
    or a note lists each one's share without the currency the lead-in gave (``bedragen in euro's``)."""
    line_start = text.rfind("\n", 0, start) + 1
    if _ITEM.match(text, line_start) is None:
        return False
    for _ in range(_LIST_MAX_ITEMS):
        if line_start == 0:
            return False
        line_start = text.rfind("\n", 0, line_start - 1) + 1
        line = text[line_start:text.find("\n", line_start)]
        # The blank line a paragraph break leaves between the lead-in and its list.
        if _ITEM.match(line) is None and line.strip():
            return line.rstrip().endswith(":") and patterns().money_cue.search(line) is not None
    return False


def ends_a_headline(text: str, end: int) -> bool:
    """The figure closes a headline: the words on the next line are another line's."""
    line_end = text.find("\n", end)
    if line_end < 0 or text[end:line_end].strip():
        return False
    line_start = text.rfind("\n", 0, end) + 1
    return line_end - line_start <= _HEADLINE_MAX_CHARS and not re.search(r"[.;:!?]\s*$", text[line_start:line_end])


# The typewriter's guilder sign right before a figure ('bedraagt f 512,3 miljoen', 'fl. 2 mln'): the
# letter the currency words do not hold, as a lone 'f' is also an item's letter or an initial elsewhere.
_GUILDER_BEFORE = re.compile(r"(?<![\w.])(?:f|fl\.?|hfl\.?)[ \t]?$", re.I)


def after_guilder_sign(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is printed in guilders (``f 171,4 miljoen``): no euro
    amount, however much money its sentence speaks of."""
    return _GUILDER_BEFORE.search(text[max(0, start - 6) : start]) is not None
