"""Where text states the unit of figures: ``Bedragen x € 1.000``, ``(in euro's)``, ``€ € €``.

A caption, header cell or note may state the scale a table's figures are printed in
(``scale_in``: ``x € 1.000`` -> 1000); such a statement, and a row of currency signs under a
header, is no amount itself (``unit_statements``, ``unit_rows``); the paragraph above a table
may state it in a sentence or bracket of its own (``unit_sentences``), a typist in a bracket
right under the table (``note_below``). A header or caption may name the currency
(``currencies_named``: ``Bijdrage NLG``, ``x f 1.000``), and a header cell OCR split in the
wrong place gets its unit back (``mend_labels``). Read by the table reader
(``pipeline.extract.amount_tables``, with its cells in ``table_cells`` and its header in
``table_headers``) and by the amounts in running text (``pipeline.extract.amounts``).
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from pipeline.dutch.money import parse_amount
from pipeline.triggers import finditer_at, page_words

# The ways a caption, header cell or note states the unit of a table's figures.
# Each alternative names the unit it found; ``scale_in`` turns it into a factor.
_UNIT = (r"1\.000\.000|1\.000|1000|1\s?mln\.?|1\s?miljoen|1\s?mld\.?|1\s?miljard"
         r"|mln\.?|miljoen|mld\.?|miljard|duizend")
# The guilder's signs: the typewriter's 'f' counts only where a sign must stand (after 'x').
_GUILDER_SIGN = r"ƒ|f|fl\.?|hfl\.?|nlg"
SCALE = re.compile(
    # 'x € 1.000', '(x1.000)', '* 1.000 euro', and '1 mln' as OCR misreads it: 'x lmtn.'
    # 'x f 1.000' and OCR's 'xf 1.000' over the guilder columns of a budget before the euro
    rf"(?<![\w])(?:x|×|\*)\s*(?:€|eur(?:o|os)?|{_GUILDER_SIGN})?\s*(?P<times>{_UNIT}|[1lI] ?m[lIit1]n)"
    # 'Bedragen in € 1.000', 'in EUR mln'; not an amount such as 'in € 1.000,-'
    rf"|\bin\s+(?:€|eur(?:o|o's|os)?)\s*(?P<in_currency>{_UNIT})(?![\d,]|\.\d)"
    # 'in 1.000 euro', 'in mln euro'
    rf"|\bin\s+(?P<in_figure>{_UNIT})\s*(?:€|eur)"
    # 'in duizenden euro's', 'in miljoenen', 'in duizendtallen'
    r"|\bin\s+(?P<in_words>duizenden|duizendtallen|miljoenen)"
    # 'k€', 'T€', 'TEUR', '€ k', 'dzd'
    r"|(?<![\w€])(?P<thousand>k€|t€|keur|teur|€\s*k|dzd)(?![\w€])"
    # "€ '000", "EUR'000"
    r"|(?:€|eur)\s*['’`](?P<thousands>000)\b"
    # '€ mln', 'EUR miljard'
    r"|(?:€|eur)\s*(?P<currency_unit>mln|miljoen|mld|miljard)\b",
    re.I,
)
_SCALE_OF = {"1.000.000": 10**6, "1.000": 1000, "1000": 1000, "1mln": 10**6, "1miljoen": 10**6,
             "1mld": 10**9, "1miljard": 10**9,
             "mln": 10**6, "miljoen": 10**6, "miljoenen": 10**6, "mld": 10**9, "miljard": 10**9,
             "duizend": 1000, "duizenden": 1000, "duizendtallen": 1000, "000": 1000}
CURRENCY = re.compile(r"€|(?<![\w])(?:eur|euro|euro's)(?![\w])", re.I)
# A sentence of the paragraph right above a table that states its unit (``Bedragen in euro.``)
# has at most this many words; the paragraph is read back at most this many lines.
UNIT_SENTENCE_MAX_WORDS = 6
# A sentence whose subject is the figures themselves may say whose they are as well ('Bedragen
# voor een meerpersoonshuishouden, in euro per jaar.'): it states their unit up to this length.
_FIGURES_SUBJECT = re.compile(r"(?:(?:alle|de)\s+)?bedragen\b", re.I)
FIGURES_SENTENCE_MAX_WORDS = 12
PARAGRAPH_LINES = 8

# A title that ends in its unit in brackets: '... in het resultaat 2024 (bedragen in euro)', also
# beside the year its prices are of ('(bedragen in euro's, prijspeil 2024)'); a figure there is an
# amount ('(€ 5 miljoen)'), no unit.
_BRACKET_WORDS = r"(?:[^()\d]|(?<!\d)(?:19|20)\d{2}(?!\d))*"
BRACKETED_UNIT_END = re.compile(rf"\({_BRACKET_WORDS}(?:{CURRENCY.pattern}){_BRACKET_WORDS}\)\s*$", re.I)
# ... and one whose bracket names the figures with their unit: '(bedragen in €)', '(alle bedragen x € 1.000)'.
_FIGURES_BRACKET_END = re.compile(r"\(\s*(?:alle\s+)?bedragen\s+(?:in|x)\b[^()]*\)\s*$", re.I)


def scale_in(text: str) -> Decimal | None:
    """The unit a caption, header or note states (``Bedragen x € 1.000`` -> 1000), if any."""
    m = SCALE.search(text)
    if m is None:
        return None
    kind, found = next((k, g) for k, g in m.groupdict().items() if g is not None)
    if kind == "thousand":
        return Decimal(1000)
    found = re.sub(r"\s|\.$", "", found.lower())
    # What is left is '1 mln' misread by OCR ('lmtn').
    return Decimal(_SCALE_OF.get(found, 10**6))


# A line of currency signs alone: the unit row under a header of years (``€ € € €``).
# One sign alone counts only as '€' or 'EUR': a wrapped line may end '... 2.000' over 'euro'.
_UNIT_ROW = re.compile(r"^[ \t]*(?:(?i:€|eur|euro)(?:[ \t]+(?i:€|eur|euro))+|€|EUR)[ \t]*$", re.M)


def unit_rows(text: str) -> list[tuple[int, int]]:
    """The lines that print only the columns' currency (``€ € € €``, ``EUR  EUR``):
    no figure takes its currency from them (``2022`` above ``€`` is a year)."""
    return [m.span() for m in _UNIT_ROW.finditer(text)]


# A year and the currency in a column's header cell ('Bijdrage 2000 EUR' beside 'Bijdrage 2000 NLG'
# in a letter of 1999): the column's year and currency, no amount.
_HEADER_YEAR_UNIT = re.compile(r"(?<![\w.,])(?:19|20)\d\d[ \t]+(?:€|EUR|euro)(?![\w])", re.I)


def header_year_units(text: str) -> list[tuple[int, int]]:
    """The ``2000 EUR`` of a table's header cells: on a line of cells (tabs) with no money figure,
    over a line of cells with figures."""
    out = []
    for m in _HEADER_YEAR_UNIT.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        if end < 0:
            continue
        below_end = text.find("\n", end + 1)
        below = text[end + 1:below_end if below_end >= 0 else len(text)]
        if ("\t" in text[start:end] and not re.search(r"\d[.,]\d", text[start:end])
                and "\t" in below and re.search(r"\t[-−(]?\d", below)):
            out.append(m.span())
    return out


def is_unit_line(line: str, *, opens: bool = False) -> bool:
    """A unit statement that a wide gap split into cells (``bedragen x €   1.000``: OCR
    reads the space after the sign wider than a word space): a caption, no table row. So is
    the caption alone in a cell on the line that would open a table (``\tBedragen in
    euro's``: set over the columns, the layout reads it as a cell of theirs): it names the
    table's currency, no column's."""
    spans = unit_statements(line)
    if not spans:
        # A wide gap parts cells as a tab does: a plain-text header row sets its columns apart by spaces.
        cells = [c for c in re.split(r"\t|\s*\|\s*| {2,}", line) if c.strip()]
        return opens and len(cells) == 1 and (
            _states_unit_alone(cells[0].strip()) and names_more_than_currency(cells[0])
            # A numbered title closed by the unit, set over the columns: 'Tabel 1. Bijdragen (in €)'.
            or _NUMBERED_TITLE.match(cells[0].strip()) is not None
            and BRACKETED_UNIT_END.search(cells[0]) is not None
            # Any title closed by a bracket whose subject is the figures ('Stand 2024 (bedragen in
            # €)'): a column's label names its own figures' currency without saying 'bedragen'.
            or _FIGURES_BRACKET_END.search(cells[0]) is not None)
    rest = "".join(line[e:s] for (_, e), (s, _) in zip([(0, 0), *spans], [*spans, (len(line), 0)], strict=True))
    # No other cell beside it: 'x € 1.000 | Lasten | Baten' is a header row.
    if not re.search(r"\d|\t|\||\S {2,}\S", rest.strip()):
        return True
    # A title whose unit closes it, the gap inside the unit alone ('Tabel 1. Opbrengsten 2024
    # (bedragen x €   1.000)'): one line of words, no cells, however many figures the title holds.
    return (opens and not re.search(r"\t|\||\S {2,}\S", rest)
            and line[spans[-1][1]:].strip() in ("", ")"))


_NUMBERED_TITLE = re.compile(r"(?:tabel|tab\.|overzicht|bijlage|figuur)\s*\d+[a-z]?\s*[.:]?\s+\S", re.I)


def names_more_than_currency(label: str) -> bool:
    """A header that names what its figures are besides their currency (``Per inw. (€)``,
    ``Bedrag in euro``, ``Bedragen in euro's``): a lone ``€`` or ``EUR`` over a column only
    repeats the table's unit."""
    return bool(re.search(r"[^\W\d_]{2,}", CURRENCY.sub(" ", label)))


def unit_statements(text: str) -> list[tuple[int, int]]:
    """Where ``text`` states a unit rather than an amount: the ``€ 1.000`` of
    ``Bedragen in € 1.000`` or ``(x € 1.000)``, and an exchange rate (``€ 1 = f 2,20371``,
    ``1 EUR = 2,20371 NLG``: no money of anyone). A unit followed by a figure (``k€ 450``) is an
    amount in that unit, not a statement."""
    units = [m.span() for m in finditer_at(SCALE, text, scale_starts(text))
             if not re.match(r"\s*[-−–(]?\d", text[m.end():m.end() + 4])
             or _YEAR_RUN.match(text, m.end(), m.end() + 40)]
    # An '=' between the two currencies: most pages have none, and skip the pattern.
    rates = [m.span() for m in EXCHANGE_RATE.finditer(text)] if "=" in text else []
    return sorted(units + rates)


# The years of a header row after the unit, on its line or the next ('bedragen x € 1.000 2024 2025 2026'):
# the columns' years, no figure in that unit.
_YEAR_RUN = re.compile(r"[ \t]*\n?[ \t]*(?:(?:19|20)\d\d[ \t]+)+(?:19|20)\d\d(?![\d.,])")


# One euro against the guilder or another currency, either way round: '€ 1 = f 2,20371', '1 EUR = 2,20371 NLG',
# '(1 euro = 2,20371 gulden)', 'f 2,20371 = € 1', '1 gulden = € 0,45'.
_ONE = r"1(?:[,.]0{1,2})?(?![\d.,]*\d)"
_EURO = r"(?:€\s*{n}|{n}\s*(?:EUR|euro)\b)"
_OTHER = r"(?:(?:ƒ|f|fl\.?|hfl\.?|NLG|BEF|DM|\$|£)\s*{n}|{n}\s*(?:NLG|gulden|BEF|frank|DM|mark|dollar|pond)\b)"
_RATE = r"\d+(?:,\d+)?"
EXCHANGE_RATE = re.compile(
    rf"(?<![\w€])(?:{_EURO.format(n=_ONE)}\s*=\s*{_OTHER.format(n=_RATE)}"
    rf"|{_OTHER.format(n=_RATE)}\s*=\s*{_EURO.format(n=_RATE)})",
    re.I,
)


# Where a match of ``SCALE`` can begin: the words 'in' ('in € 1.000', 'in miljoenen'),
# 'k' and 't' ('k€'), 'keur', 'teur' and 'dzd' standing alone, and anywhere a multiplication
# sign or 'x', a '€' or the letters 'eur' (the two alternatives that start with them
# need no word boundary before them).
_SCALE_WORDS = frozenset({"in", "k", "t", "keur", "teur", "dzd"})
_SCALE_MARKS = ("x", "×", "*", "€", "eur")
_SCALE_MARK = re.compile("|".join(map(re.escape, _SCALE_MARKS)), re.I)


def scale_starts(text: str) -> list[int]:
    """Sorted offsets in ``text`` where a unit statement (``SCALE``) may start."""
    index = page_words(text)
    found = [at for word in _SCALE_WORDS & index.words for at in index.starts(word)]
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter such as 'İ' moved the offsets
        found += [m.start() for m in _SCALE_MARK.finditer(text)]
    else:  # str.find is many times faster than a regex that ignores case
        for mark in _SCALE_MARKS:
            at = lowered.find(mark)
            while at >= 0:
                found.append(at)
                at = lowered.find(mark, at + 1)
    return sorted(set(found))


# Where the paragraph above a table breaks into sentences: after a sentence's end, and at a
# line that starts with a capital after one that ends without a stop (a scan's heading set
# right above the paragraph, no blank line between: ``... bijdragen deelnemers`` over
# ``Bedragen in euro. Het tarief ...``), and before a capital ``Bedragen`` that a born-digital
# layout ran onto the heading's line (``... per gemeente Bedragen in euro.``): mid-sentence the word
# is written small.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?;])\s+|(?<![.!?;,:])\n(?=[A-ZÀ-ÖØ-Þ])|(?<=\w) +(?=Bedragen\b)")
# A bracket in a longer sentence that states the unit and nothing else: ``Hieronder staat wat
# dat voor uw gemeente betekent (bedragen in euro).``
_BRACKET = re.compile(r"\(([^()\n]{1,60})\)")


def _states_unit_alone(sentence: str) -> bool:
    """A short sentence that names the currency or a scale and no figure besides its unit."""
    longest = FIGURES_SENTENCE_MAX_WORDS if _FIGURES_SUBJECT.match(sentence) else UNIT_SENTENCE_MAX_WORDS
    if len(sentence.split()) > longest or "\t" in sentence:
        return False
    if not (CURRENCY.search(sentence) or scale_in(sentence)):
        return False
    rest = sentence
    for s, e in reversed(unit_statements(sentence)):
        rest = rest[:s] + rest[e:]
    return not re.search(r"\d", rest)


def unit_sentences(text: str, spans: list[tuple[int, int]], first: int) -> list[str]:
    """The sentences of the paragraph right above a table that state the unit of its figures
    and nothing else (``Overzicht per gemeente. Bedragen in euro. Gemeenten die ...``), or a
    bracket that does so in a longer sentence (``(bedragen in euro)``): the caption written
    into the running text. A sentence with a figure of its own (``Dat kost € 5.``) states an
    amount, no unit."""
    k = first - 1
    while k >= 0 and not text[spans[k][0]:spans[k][1]].strip():
        k -= 1
    lines: list[str] = []
    while k >= 0 and len(lines) < PARAGRAPH_LINES and text[spans[k][0]:spans[k][1]].strip():
        lines.insert(0, text[spans[k][0]:spans[k][1]].strip())
        k -= 1
    out = []
    for sentence in _SENTENCE_BREAK.split("\n".join(lines)):
        sentence = " ".join(sentence.split())
        if _states_unit_alone(sentence):
            out.append(sentence)
        else:
            out += [m.group(1) for m in _BRACKET.finditer(sentence) if _states_unit_alone(m.group(1))]
    return out


# A scale stated in guilders: 'x f 1.000', '(xf 1.000)', 'x hfl. 1.000'.
_GUILDER_SCALE = re.compile(rf"(?<![\w])(?:x|×|\*)\s*(?:{_GUILDER_SIGN})\s*(?={_UNIT})", re.I)


def guilder_scale(text: str) -> re.Match | None:
    """A scale statement in ``text`` that names the guilder (``Rekening 1998 (x f 1.000)``):
    a column of an old budget whose figures are no euros, however the rest of the table is
    printed (a last column ``x EUR 1.000`` beside it in 1999-2001)."""
    return _GUILDER_SCALE.search(text)


# A figure the page prints in guilders, as a typist wrote one: the sign after a space or a bracket, the figure
# grouped in thousands or closed by its cents or dashes ('f 2.184.307,--', 'hfl. 412.880', 'f 350,-'). A bare capital
# F before a figure opening with a nought is a letterhead's fax number ('F 070 340 78 34'), and an 'f' run into other
# signs or a figure without either shape is OCR's debris ('`t~f25'), neither a guilder amount.
_GUILDER_FIGURE = re.compile(
    r"(?:^|(?<=[\s(]))(?:ƒ|(?-i:f)|fl\.?|hfl\.?|nlg)[ \t]?"
    r"(?:[1-9]\d{0,2}(?:\.\d{3})+(?:,(?:\d{2}|--?))?|[1-9]\d*,(?:\d{2}|--?))(?![\d,]|\.\d)", re.I | re.M)


def page_in_guilders(text: str) -> bool:
    """Whether a page prints its money in guilders and names no euro anywhere (an annual report of
    1976 whose prose says ``f 2.184.307,--`` over a table headed only ``Bedrag``): its tables'
    unmarked figures are guilders too. A page that names the euro anywhere is read as before."""
    return _GUILDER_FIGURE.search(text) is not None and CURRENCY.search(text) is None


def note_below(text: str, spans: list[tuple[int, int]], last: int) -> str:
    """The bracket alone on the line right under a table (one blank line between at most),
    without a figure: where a typist put its unit after the table (``(bedragen in guldens)``
    under an old budget's table of contributions). Its words only; ``""`` when there is none."""
    k = last + 1
    if k < len(spans) and not text[spans[k][0]:spans[k][1]].strip():
        k += 1
    if k >= len(spans):
        return ""
    m = _BRACKET.fullmatch(text[spans[k][0]:spans[k][1]].strip())
    if m is None or re.search(r"\d", m.group(1)) or len(m.group(1).split()) > UNIT_SENTENCE_MAX_WORDS:
        return ""
    return m.group(1)


def mend_labels(labels: list[str]) -> list[str]:
    """Column labels whose unit in brackets OCR put in the wrong cell. The last header cell
    wrapped, its closing part (``1.000)``) read as one more column right of the label that opened
    it (``Begroting 2000 (x EUR``): the part joins that label. A unit read as the start of the
    next cell (``Basistaken | (€) Regionale agenda (€)``, the gap after the unit narrower than
    the one before it) goes back to the label before, when that one states no unit of its own; so
    do the guilder's and the percent's (``Ontvangen 2001 | (NLG) Ontvangen 2001 (EUR)``,
    ``Aandeel sleutel | (%) Kosten eigen jeugdigen``), or the euro column takes the guilders' and a
    share column reads as money."""
    out = list(labels)
    for k in range(1, len(out)):
        lead = _LEADING_UNIT.match(out[k])
        if (lead and out[k - 1] and "(" not in out[k - 1] and not CURRENCY.search(out[k - 1])
                and (CURRENCY.search(lead.group(1)) or scale_in(lead.group(1))
                     or _OTHER_UNIT.fullmatch(lead.group(1)))):
            out[k - 1], out[k] = f"{out[k - 1]} {lead.group(1)}", out[k][lead.end():]
    if len(out) < 2:
        return out
    before, part = out[-2], out[-1]
    if ("(" in part or part.count(")") != 1 or not part.rstrip().endswith(")")
            or before.count("(") <= before.count(")")):
        return out
    return [*out[:-2], f"{before} {part}", ""]


# A unit in brackets that opens a label with more words after it: '(€) Regionale agenda (€)'.
_LEADING_UNIT = re.compile(r"\s*(\([^()]{1,20}\))\s+(?=\S)")
# The other units a header prints in brackets at its end: the guilder and the percent.
_OTHER_UNIT = re.compile(rf"\(\s*(?:{_GUILDER_SIGN}|gulden|%|procent)\s*\)", re.IGNORECASE)


def currencies_named(text: str, signs: re.Pattern, codes: dict[str, str], *, label: bool = False) -> list[str]:
    """The currencies a header or caption names, in order (``Bijdrage NLG`` -> NLG).

    A sign that is a letter (the typewriter's ``f`` for the guilder) counts only as the last
    word of a column's label (``Bijdrage f``), also in brackets (``Bijdrage (f)``: OCR reads
    the printed ``ƒ`` so): elsewhere it numbers an item (``f) Subsidies``)."""
    out = ["NLG"] if guilder_scale(text) else []
    for m in signs.finditer(text):
        if m.group().isalpha() and len(m.group()) == 1 and (not label or not _last_word(text, m)):
            continue
        code = codes.get(" ".join(m.group().lower().split()), "EUR")
        if code not in out:
            out.append(code)
    return out


def _last_word(text: str, m: re.Match) -> bool:
    """Whether ``m`` ends the label, alone or in the brackets it opens (``(f)``)."""
    rest = text[m.end():].strip()
    return not rest or (rest == ")" and text[:m.start()].rstrip().endswith("("))


def noted_figure(text: str, figure, note_at: int, scale: Decimal):
    """A table figure that takes the unit of a note below it (``Bovenstaande bedragen x 1
    miljoen``): an infographic's boxes read as a table state no unit of their own, the note
    under them does. Only a figure whose table gave no scale, printed without a scale word,
    with nothing but table rows and blank lines between it and the note (a note under a later
    paragraph is about that paragraph's figures); the figure with the note's scale applied,
    else None."""
    if figure is None or figure.redacted or figure.value is None or figure.scale is not None:
        return None
    amount = parse_amount(text[figure.start:figure.end])
    if amount is None or amount.scale != 1:
        return None
    between = text[figure.end:note_at].split("\n")[1:-1]
    if sum(1 for line in between if line.strip() and "\t" not in line) > 1:
        return None
    return dataclasses.replace(figure, value=figure.value * scale, scale=scale)
