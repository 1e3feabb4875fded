"""The amount patterns: the money word lists of ``resources/amounts/`` compiled to named regexes, in one place.

``patterns()`` builds each building block of the amount rules once (number,
currency before and after, scale, qualifier, unit, ...) from the shared
vocabularies of ``pipeline.dutch.words``; ``amount_words()`` holds the
context word lists (money cues, purpose stop words, what ``ton`` is not).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.dutch.words import fold, money_words
from pipeline.phrases import alternation, phrase_regex
from pipeline.resource_files import AmountsContextFile
from pipeline.triggers import Trigger

# --------------------------------------------------------------------------
# Word lists -> regular expressions


@dataclass(frozen=True)
class AmountWords:
    """The context word lists of ``resources/amounts/context.json``."""

    money_nouns: tuple[str, ...]
    noun_links: tuple[str, ...]
    money_verbs: tuple[str, ...]
    money_context: tuple[str, ...]
    ton_not_money_after: frozenset[str]
    redaction_markers: tuple[str, ...]
    redaction_block_chars: tuple[str, ...]
    redaction_grants_after: tuple[str, ...]
    # 'De gemeente Kerkrade vraagt █ 5.1.2i voor ...': a verb of asking or receiving right before.
    redaction_asked_or_received_before: tuple[str, ...]
    redaction_verb_adverbs: tuple[str, ...]
    total_before: tuple[str, ...]
    total_after: tuple[str, ...]
    total_not: tuple[str, ...]
    purpose_markers: tuple[str, ...]
    # Words that make a number in words vague ('een paar honderd euro').
    vague_before: tuple[str, ...]
    # Verbs after which 'tot' gives the new figure, not a maximum ('verhoogd tot').
    change_verbs: tuple[str, ...]
    # Words that may stand between an amount and its purpose ('trekt € 5 miljoen uit voor').
    purpose_gap_words: tuple[str, ...]
    purpose_stop_words: frozenset[str]
    # Words that may follow a figure written without currency ('2 miljoen voor
    # de aanpak'); any other word makes it a count ('2 miljoen inwoners').
    scaled_follow_words: frozenset[str]
    # 'tekort' follows a figure as money, but 'tekort aan woningen' counts houses.
    shortfall_of_things_words: frozenset[str]
    givers: tuple[str, ...]
    # Words that open a bracket spelling out the figure before it ('(zegge: ...)').
    restatement_words: tuple[str, ...]
    # 'Zonder die 12,4 miljoen': a demonstrative before a figure already written with '€'.
    back_pointers: tuple[str, ...]


_WORD_SETS = (
    "ton_not_money_after",
    "purpose_stop_words",
    "scaled_follow_words",
    "shortfall_of_things_words",
)


@lru_cache(maxsize=1)
def amount_words() -> AmountWords:
    """The context word lists, loaded and checked once per process."""
    data = load_file(AmountsContextFile)
    if not all(len(c) == 1 for c in data.redaction_block_chars):
        raise ValueError("context.json: redaction_block_chars must be single characters")
    return AmountWords(
        **{
            key: frozenset(fold(w) for w in value) if key in _WORD_SETS else tuple(value)
            for key, value in vars(data).items()
        }
    )


def _phrases(table) -> list[str]:
    return list(table.phrases)


@dataclass(frozen=True)
class EndingPattern:
    """A pattern of listed phrases that matches only at the end of what it searches
    (``phrases\\s*$``), and the words its matches end in (lower case).

    ``re`` tries such a pattern at every character of the string, each phrase in
    turn (tens of microseconds on 40 characters); ``search`` runs it only where
    the string, white space taken off its end, may end in one of the words:

    - a last character without case ('€', a digit) ends a match only when a
      word ends in it (``re`` ignoring case matches it only to itself);
    - an ASCII end is compared with ``str.lower`` (two ASCII letters are one
      letter to ``re`` ignoring case exactly when they are to ``str.lower``,
      and a word of other letters than ASCII ones and ``ı``, ``İ``, ``ſ``, ``K``,
      which ``re`` folds to ASCII, cannot match it);
    - any other end runs the pattern.

    ``tests/extract/test_amount_patterns.py`` compares it with the bare pattern
    before every word and figure of the corpus and held-out pages.
    """

    pattern: re.Pattern
    endings: tuple[str, ...]

    @classmethod
    def of(cls, phrases: list[str], tail: str = r"\s*$", ending: str | None = None) -> EndingPattern:
        """``alternation(phrases) + tail``; its matches end in a phrase's last word, or in ``ending``."""
        endings = {ending} if ending is not None else {p.split()[-1].lower() for p in phrases if p.split()}
        return cls(re.compile(alternation(phrases) + tail, re.IGNORECASE), tuple(sorted(endings)))

    def __post_init__(self) -> None:
        folds_to_ascii = any(ch in _FOLDS_TO_ASCII for word in self.endings for ch in word)
        object.__setattr__(self, "_ascii", tuple(w for w in self.endings if w.isascii()))
        object.__setattr__(self, "_exact", bool(self.endings) and not folds_to_ascii)
        object.__setattr__(self, "_last", frozenset(w[-1] for w in self.endings if w))
        object.__setattr__(self, "_longest", max(map(len, self.endings), default=0))

    def search(self, text: str) -> re.Match | None:
        """``pattern.search(text)``."""
        end = text.rstrip()
        if self._exact and end:
            last = end[-1]
            if last.lower() == last.upper():
                if last not in self._last:
                    return None
            elif (tail := end[-self._longest:]).isascii() and not tail.lower().endswith(self._ascii):
                return None
        return self.pattern.search(text)


# Letters other than ASCII that ``re`` ignoring case takes for an ASCII letter.
_FOLDS_TO_ASCII = frozenset("ıİſ\u212a")


@dataclass(frozen=True)
class Patterns:
    """The compiled building blocks of the rules, one named regex each."""

    number: re.Pattern
    sign_before: re.Pattern
    word_after: re.Pattern
    # A currency code between two figures that each end in it ('5 120 000,00 EUR 5 046 812,40 EUR',
    # the columns of an eForms notice): it trails the figure before it, not the one after.
    trailing_code: re.Pattern
    scale: re.Pattern
    number_word: re.Pattern
    qualifier_before: EndingPattern
    qualifier_after: re.Pattern
    # 'negatief' after a figure: its sign (``€ 18.312 negatief``).
    sign_after: re.Pattern
    unit_after: re.Pattern
    # 'twee ton van de Veiligheidsregio': the body that gives it after a figure without currency (a name alone may
    # be of people: '2 miljoen van de Nederlanders').
    giver_after: re.Pattern
    unit_before: EndingPattern
    range_joiner: re.Pattern
    range_lower: re.Pattern
    range_lower_bare: re.Pattern
    vague_before: EndingPattern
    change_verb_tot: EndingPattern
    # 'stijgt met € 84.000 tot € 2.145.000': the change, then the new level; no range.
    change_verb_met: EndingPattern
    money_cue: re.Pattern
    redaction_marker: re.Pattern
    redaction_cue: re.Pattern
    money_header: re.Pattern
    # What the matches of ``sign_before``, ``word_after`` and ``scale`` begin with
    # (after white space): the full patterns are tried only there.
    sign_trigger: Trigger
    word_after_trigger: Trigger
    scale_trigger: Trigger
    # A redaction marker starts with one of its marks, a block or an 'x'.
    redaction_trigger: Trigger


# Digits in Dutch (or unambiguous English) notation, not followed by more
# digits, a date part (1.2.2016) or an article number part (10.1.6).
NUMBER_CORE = (
    # English grouping where no Dutch figure reads so: two comma groups, or a comma group and a
    # decimal point ('1,480,000', '1,234.50').
    r"(?:[1-9]\d{0,2}(?:,\d{3}){2,}(?:\.\d{1,2})?(?![\d,])|[1-9]\d{0,2},\d{3}\.\d{1,2}(?!\d)"
    r"|[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?|[1-9]\d{0,2}(?:[\u00a0\u202f ]\d{3})+(?:,\d{2}(?!\d))?(?![\d])"
    r"|\d+(?:,\d+)?|\d+\.\d{1,2})(?:,(?:-{1,2}|=|\u2013|\u2014))?"
    # A letter may follow only as a scale suffix ('€ 450k', '€ 2mln').
    r"(?!(?!(?:[kK]|mln|mld)(?![\w]))\w|[.,]\d)"
)
# ... and not the tail of a longer number, a date or a phone number.
NUMBER = r"(?<![\w.,/-])" + NUMBER_CORE


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    words = money_words()
    ctx = amount_words()
    signs = _phrases(words.currency_symbols) + _phrases(words.scaled_symbols)
    sign_words = [s for s in signs if s[:1].isalpha()]
    sign_marks = [s for s in signs if not s[:1].isalpha()]
    # Codes and symbols before a number: 'EUR', 'fl.', '€', 'k€' ('€' may touch the digits).
    sign = (
        "(?:"
        + "|".join(
            [phrase_regex(s) for s in sorted(sign_words, key=len, reverse=True)]
            + [re.escape(s) for s in sorted(sign_marks, key=len, reverse=True)]
        )
        + ")"
    )
    after_words = _phrases(words.currency_words) + _phrases(words.scaled_symbols)
    scale_words = _phrases(words.scales)
    scale = (
        "(?:"
        + "|".join(
            [r"(?<=\d)" + re.escape(s) + r"(?![\w])" for s in _phrases(words.scale_suffixes)]
            + [r"\s*" + phrase_regex(s) for s in sorted(scale_words, key=len, reverse=True)]
        )
        + ")"
    )
    # A run of letters that may be a number word ('zes', 'tweeënhalf', 'een half').
    number_word = r"(?<![\w])[^\W\d_]+(?:\s+(?:en\s+)?(?:een\s+)?[^\W\d_]+){0,3}?"
    qualifiers_before = _phrases(words.qualifiers_before)
    blocks = "".join(re.escape(c) for c in ctx.redaction_block_chars)
    markers = "|".join(re.escape(m) for m in sorted(ctx.redaction_markers, key=len, reverse=True))
    noun = alternation(ctx.money_nouns)
    link = alternation(ctx.noun_links)
    verb = alternation(ctx.money_verbs)
    qual = alternation(qualifiers_before)
    adverb = alternation(ctx.redaction_verb_adverbs)
    return Patterns(
        number=re.compile(NUMBER),
        sign_before=re.compile(sign, re.IGNORECASE),
        # Not the start of a compound: 'een euro-land', 'de euro-crisis'.
        # Not the sign of the next figure ('2019 € 4 miljoen').
        word_after=re.compile(
            r"\s*" + alternation(after_words) + r"(?![\w]|-\w|[ \t\u00a0]?\d)", re.IGNORECASE
        ),
        trailing_code=re.compile(
            r"(?<=\d)[ \t]+(" + alternation(after_words) + r")(?=[ \t]?" + NUMBER_CORE + r"[ \t]*\1(?![\w]))",
            re.IGNORECASE,
        ),
        scale=re.compile(scale, re.IGNORECASE),
        number_word=re.compile(number_word, re.IGNORECASE),
        qualifier_before=EndingPattern.of(qualifiers_before),
        qualifier_after=re.compile(
            r"\s*,?\s*" + alternation(_phrases(words.qualifiers_after)), re.IGNORECASE
        ),
        unit_after=re.compile(r"\s*" + alternation(_phrases(words.units_after)), re.IGNORECASE),
        giver_after=re.compile(r"\s*van\s+(?:de\s+|het\s+)?" + alternation(ctx.givers) + r"\b", re.IGNORECASE),
        sign_after=re.compile(r"\s*" + alternation(_phrases(words.signs_after)) + r"(?![\w])", re.IGNORECASE),
        unit_before=EndingPattern.of(_phrases(words.units_before)),
        range_joiner=re.compile(
            r"\s*(?:-|\u2013|\u2014|"
            + "|".join(
                phrase_regex(j)
                for j in sorted(_phrases(words.range_joiners), key=len, reverse=True)
                if j[:1].isalpha()
            )
            + r")\s*",
            re.IGNORECASE,
        ),
        range_lower=re.compile(
            r"(?<![\w])(?:tussen|van|vanaf)\s+(?:de\s+)?(?:"
            + sign
            + r"\s?)?"
            + NUMBER_CORE
            + "(?:"
            + scale
            + ")?"
            + r"(?:\s*"
            + alternation(after_words)
            + r")?"
            + r"\s*(?:en|tot(?:\s+en\s+met)?|t/m|-|\u2013|\u2014)\s*$",
            re.IGNORECASE,
        ),
        range_lower_bare=re.compile(
            r"(?<![\w.,])"
            + NUMBER_CORE
            + "(?:"
            + scale
            + r")?\s*(?:tot(?:\s+en\s+met)?|t/m|-|\u2013|\u2014|à)\s*$",
            re.IGNORECASE,
        ),
        vague_before=EndingPattern.of(list(ctx.vague_before), r"\s+$"),
        # 'verhoogd tot', and 'stijgt met € 84.000 tot': the level the change reaches.
        change_verb_tot=EndingPattern.of(
            list(ctx.change_verbs), r"(?:(?:\s+[^\W_]+){0,3}?\s+met\s+(?:€\s*)?\d[\d.,]*)?\s+tot\s*$", ending="tot"),
        change_verb_met=EndingPattern.of(list(ctx.change_verbs), r"(?:\s+[^\W_]+){0,3}?\s+met\s*$", ending="met"),
        money_cue=re.compile(alternation(ctx.money_context), re.IGNORECASE),
        redaction_marker=re.compile(
            rf"(?:{markers})|[{blocks}]+(?:\s*[{blocks}]+)*|(?<![\w])(?:[xX]{{3,}}|[xX]{{1,3}}(?:\.[xX]{{3}})+)(?:,(?:[xX]{{2}}|-{{1,2}}))?(?![\w])"
        ),
        redaction_cue=re.compile(
            rf"(?:(?:{noun})\s+(?:\w+\s+)?(?:{link})|(?:{verb})(?:\s+{adverb})?|{sign})\s*(?:{qual}\s*)?$",
            re.IGNORECASE,
        ),
        money_header=re.compile(
            r"(?<![\w])(?:bedrag(?:en)?|budget|subsidie|bijdrage|toekenning|kosten|euro|eur)(?![\w])|€",
            re.IGNORECASE,
        ),
        sign_trigger=Trigger.of(signs),
        word_after_trigger=Trigger.of(after_words),
        scale_trigger=Trigger.of(_phrases(words.scale_suffixes) + scale_words),
        redaction_trigger=Trigger(frozenset(), frozenset(
            [m[0].lower() for m in ctx.redaction_markers] + list(ctx.redaction_block_chars) + ["x"])),
    )


# A figure that ends where a currency code begins.
_FIGURE_END = re.compile(r"(?:" + NUMBER_CORE + r")[ \t]*\Z")


def trailing_codes(text: str) -> set[int]:
    """Where a currency code stands between two figures and trails the first (``trailing_code``):
    not where the first figure has the same code before it (``€ | 1.200 | € | 1.300``, a column of
    signs before each figure), for there each code opens the figure after it."""
    out = set()
    for m in patterns().trailing_code.finditer(text):
        lo = max(0, m.start() - 40)
        figure = _FIGURE_END.search(text, lo, m.start())
        if figure is not None and text[lo:figure.start()].rstrip().lower().endswith(m.group(1).lower()):
            continue
        out.add(m.start(1))
    return out
