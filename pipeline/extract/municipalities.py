"""Extract municipalities: a spaCy component writing spans to ``doc.spans[SPAN_KEY]``.

Span contract (read by the amounts and trainings extractors):
``doc.spans["municipalities"]`` (``SPAN_KEY``) holds one span per mention of a
Dutch municipality, in text order, never overlapping; ``span.kb_id_`` is the
CBS code (``GM0518``) of the municipality the name means today (the
normalizer re-reads it at the document's date), and ``span.label_`` is the
rule that made the mention count:

- ``address_block``: the name follows a Dutch postcode (``2500 EH DEN HAAG``);
- ``mede_namens_list``: the name is in a ``mede namens (de gemeenten): A, B en C`` list;
- ``gemeente_prefix``: ``gemeente X``, or in a list headed by ``gemeenten``,
  also after a marker (``23 gemeenten, waaronder Huizen en Best``,
  ``gemeenten als Putten``; ``gemeente_list_markers``);
- ``name_before_amount``: a name that is also a Dutch word, counted because an
  amount in brackets follows (``Huizen (€ 157.000)``) or the rest of its
  table row is an amount (``Huizen    € 157.000``);
- ``gemeente_column``: such a name filling the first cell of a table row
  under a ``Gemeente`` header (``Gemeente<TAB>Deelnemers`` / ``Delft<TAB>40``);
- ``name_before_verb``: such a name as the subject of a verb only a body
  does (``Putten ontvangt``, ``Best vraagt``; ``municipality_verbs``);
- ``enumeration``: such a name in a list with other municipalities;
- ``capitalised_name``: such a name written with a capital inside a sentence;
- ``gazetteer_name`` / ``gazetteer_alias``: any other mention of the official
  name or of an alias (``Den Haag``, ``Den Bosch``, ``Sudwest Fryslan``).

How it finds them: a PhraseMatcher on lower-case tokens over every name and
alias in the gazetteer (with their accent-, apostrophe- and hyphen-variants),
a token Matcher that lets a multi-word name break over a line (``Den\nHaag``),
a matcher over the bare names two municipalities share (``Bergen``: the CBS table has only
``Bergen (NH.)`` and ``Bergen (L.)``), each resolved by the adjective of its province before it
(``de Limburgse gemeente Bergen``) or else by the province of the page's other municipalities,
and left out when neither tells (``shared_municipality``),
and a second PhraseMatcher over provinces, regions and their adjectives
(``resources/gazetteer/regions.json``). ``resolve_overlaps`` keeps the longest
match (a municipality beats a region of the same length: bare ``Utrecht`` is
the city). Then each candidate passes the ordered rule table
``MUNICIPALITY_RULES`` of ``municipality_rules.py`` (the first rule that
holds decides; word lists in ``municipality_lexicon.py``, context helpers in
``municipality_context.py``):

- ``list_head(...).province``: ``provincie Utrecht``, ``regio Utrecht``,
  ``Provinciale Staten van Groningen`` name the province or region, not the
  municipality (also for every name of a list the word heads);
- ``in_organisation_context``: ``Universiteit Utrecht``, ``Rechtbank Den
  Haag``, ``Hogeschool van Amsterdam`` name an organisation; ``Gemeente
  Amsterdam`` is the municipality itself and counts;
- ``is_person``: a name is a surname after initials, a title or a common
  first name (``in_person_context``: ``mr. G.A. Van der Steur``, ``minister
  Van Boxtel``, ``de heer Weert``, ``Jan Peter van Weert``, ``VVD-Kamerlid
  Putten``; an office title only right before the name: ``wethouder Kampen``
  is a person, ``burgemeester van Kampen`` and the signature line
  ``Burgemeester Almere`` are not), in a list after a plural title
  (``in_person_list``: ``de leden Bromet en Westerveld``), or before a party
  in brackets (``party_follows``: ``Westerveld (GroenLinks)``; ``(beiden
  CDA)`` after a list makes every name in it a person);
- names that are also Dutch words (``Best``,
  ``Huizen``, ``Putten``, ``Goes``; the list is ``ordinary_word_names`` in
  ``context.json``) count only with a capital and evidence: after
  ``gemeente``, after a postcode, before a bracketed amount, in a table row
  with an amount, before a verb only a body does, in a list with another
  municipality, or capitalised inside a sentence (not at its start);
  lower-case ``huizen`` or ``best`` never counts.

spaCy's Dutch tokenizer keeps ``best.`` (an abbreviation) as one token, which
hid ``Best`` at the end of a sentence; the component splits the capitalised
forms of such names from their full stop (``split_names_from_full_stops``).

Decision on names inside other words: adjectives and compounds
(``Amsterdamseweg``, ``Rotterdamse haven``, ``Flevolandse gemeenten``,
``Almere-Haven``) are NOT mentions of the municipality: they name a street, a
port, a province's municipalities or a district, not the municipality as an
actor, so linking money to them would be wrong. The tokenizer keeps them as
one token, so the matcher never sees the bare name in them.
"""

from __future__ import annotations

import re

from spacy.attrs import IS_SPACE, LOWER
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from pipeline.doctext import doc_text as read_doc_text
from pipeline.extract.municipality_context import (
    Candidate,
    ListHead,
    group_enumerations,
    list_head,
    resolve_overlaps,
    split_names_at_slashes,
    split_names_from_full_stops,
    starts_line,
    surface_variants,
    wrapped_pattern,
)
from pipeline.extract.municipality_lexicon import municipality_words
from pipeline.extract.municipality_namesakes import persons_list
from pipeline.extract.municipality_rules import (
    MentionContext,
    accept_column_members,
    accept_list_members,
    members_of_region,
    municipality_rule,
)
from pipeline.extract.places import PlaceFinder
from pipeline.extract.redactions import overlaps_redaction
from pipeline.gazetteer import Municipality, gazetteer, name_key

SPAN_KEY = "municipalities"
# A row's first cell of a name and the few lower-case letters a narrow column broke off its end.
_BROKEN_CELL = re.compile(r"(?m)^([^\W\d_][^\t\n]{2,40}?[^\W\d_]) ([a-z]{1,5})(?=\t)")

def _opens_table_row(doc: Doc, text: str, start: int) -> bool:
    """The name opens a table row (a line with cells): a province or region word that ends the line
    above is a section label over the rows (``Cleantech Regio`` over ``Apeldoorn | 1.250.000``),
    no head of the name."""
    if not starts_line(doc, start):
        return False
    at = doc[start].idx
    line_end = text.find("\n", at)
    return "\t" in text[at:line_end if line_end >= 0 else len(text)]


def _lower_sort_article(text: str) -> bool:
    """A sort form's article is printed with its capital (``Marne, De``, ``Bilt, De``): ``de Friese
    meren, de Waddenzee`` and ``In De Bilt, de gemeente ...`` run on into the next phrase."""
    head, comma, article = text.rpartition(",")
    return bool(comma) and article.strip()[:1].islower()


def shared_municipality(doc: Doc, start: int, options: tuple, provinces: set[str]) -> Municipality | None:
    """Which of the municipalities that share a name (``Bergen``) the one at ``start`` is: the
    one of the province whose adjective stands before it (``de Limburgse gemeente Bergen``,
    ``het Noord-Hollandse Bergen``), else the only one whose province the page's other
    municipalities lie in (``Bergen, Uitgeest, Castricum en Heiloo``); else none."""
    k = start - 1
    if k >= 0 and doc[k].lower_ == "gemeente":
        k -= 1
    before = doc[k].lower_ if k >= 0 else ""
    named = [m for m in options if before.startswith(m.province.lower())]
    if named:
        return named[0] if len(named) == 1 else None
    around = [m for m in options if m.province in provinces]
    return around[0] if len(around) == 1 else None


# --------------------------------------------------------------------------
# The component


@Language.factory(
    "kenmerk_municipalities",
    default_config={"accept_lowercase": False},
    assigns=["doc.spans"],
    requires=["token.is_sent_start"],
)
def make_component(nlp: Language, name: str, accept_lowercase: bool) -> MunicipalityFinder:
    return MunicipalityFinder(nlp, accept_lowercase=accept_lowercase)


class MunicipalityFinder:
    """Finds municipality mentions.

    ``accept_lowercase`` lets an all-lower-case name that is not a Dutch word
    count anywhere (``ik woon in almere``). It is off by default: lower-case
    names collide with verbs and nouns (``leiden``, ``waterland``), and
    ``gemeente almere`` counts without it.
    """

    def __init__(self, nlp: Language, *, accept_lowercase: bool = False):
        self.accept_lowercase = accept_lowercase
        self.lex = municipality_words()
        self.gaz = gazetteer()
        self.names = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.regions = PhraseMatcher(nlp.vocab, attr="LOWER")
        forms = sorted(
            {v for text, _, _ in self.gaz.surface_forms() for v in surface_variants(text)}
        )
        split_names_from_full_stops(nlp, forms)
        split_names_at_slashes(nlp)
        form_docs = list(nlp.tokenizer.pipe(forms))
        self.names.add("MUNICIPALITY", form_docs)
        # Multi-word names broken over a line (``Den\nHaag``): the break is a token of its own.
        self.wrapped = Matcher(nlp.vocab)
        multi_word = [d for d in form_docs if any(t.whitespace_ for t in d)]
        self.wrapped.add("MUNICIPALITY", [wrapped_pattern(d) for d in multi_word])
        # The word pairs a line break may stand between (``den``/``haag``), as LOWER ids,
        # and the longest pattern: the token Matcher runs only around such a break.
        self.wrapped_pairs = {(a.lower, b.lower) for d in multi_word for a, b in zip(d[:-1], d[1:], strict=True)
                              if a.whitespace_}
        self.wrapped_reach = max((len(wrapped_pattern(d)) for d in multi_word), default=0)
        # Names two municipalities share ('Bergen'): resolved by the page (``shared_municipality``).
        self.shared = self.gaz.shared_names()
        self.shared_names = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.shared_names.add("SHARED", list(nlp.tokenizer.pipe(sorted(b for b, _ in self.shared.values()))))
        region_forms = sorted({v for text in self.lex.region_names for v in surface_variants(text)})
        self.regions.add("REGION", list(nlp.tokenizer.pipe(region_forms)))
        self.places = PlaceFinder(nlp)

    def candidates(self, doc: Doc) -> list[Candidate]:
        """Every name and region match, overlaps resolved."""
        found = []
        matches = {(start, end) for _, start, end in self.names(doc)}
        matches |= self.wrapped_matches(doc)
        for start, end in sorted(matches):
            text = doc[start:end].text
            if _lower_sort_article(text):
                continue
            municipality = self.gaz.lookup(text)
            if municipality is not None:
                official = self.gaz.is_official_name(text, municipality)
                found.append(Candidate(start, end, municipality, official))
        found += self.broken_cell_names(doc, matches)
        provinces = {c.municipality.province for c in found}
        for _, start, end in self.shared_names(doc):
            _, options = self.shared[name_key(doc[start:end].text)]
            if doc[start].text[:1].isupper() and (m := shared_municipality(doc, start, options, provinces)):
                found.append(Candidate(start, end, m, official=False))
        found += [Candidate(start, end, None) for _, start, end in self.regions(doc)]
        return resolve_overlaps(found)

    def broken_cell_names(self, doc: Doc, matches: set[tuple[int, int]]) -> list[Candidate]:
        """A long name a narrow first column broke inside a word, its last letters on the next line
        (``Hardinxveld-Giessen`` / ``dam``), read back as one cell with a space: the whole cell of
        a table row is the name once that space is taken out."""
        found = []
        for m in _BROKEN_CELL.finditer(doc.text):
            cell = m.group(1) + m.group(2)
            if (municipality := self.gaz.lookup(cell)) is None or self.gaz.lookup(m.group(0)) is not None:
                continue
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and (span.start, span.end) not in matches:
                official = self.gaz.is_official_name(cell, municipality)
                found.append(Candidate(span.start, span.end, municipality, official))
        return found

    def wrapped_matches(self, doc: Doc) -> set[tuple[int, int]]:
        """The token Matcher's matches (``wrapped``), found only near whitespace tokens.

        A match without a whitespace token is one the PhraseMatcher finds as well;
        one with it has the space between two words of a name (``wrapped_pairs``),
        so the Matcher reads only windows of ``wrapped_reach`` tokens around those
        spaces instead of every token of the page.
        """
        flags = doc.to_array([IS_SPACE, LOWER])
        reach = self.wrapped_reach
        windows: list[list[int]] = []
        for i in flags[:, 0].nonzero()[0].tolist():
            if 0 < i < len(doc) - 1 and (int(flags[i - 1, 1]), int(flags[i + 1, 1])) in self.wrapped_pairs:
                start, end = max(0, i - reach), min(len(doc), i + reach + 1)
                if windows and start <= windows[-1][1]:
                    windows[-1][1] = end
                else:
                    windows.append([start, end])
        return {(start + s, start + e) for start, end in windows
                for _, s, e in self.wrapped(doc[start:end])}

    def rule_for(
        self,
        doc: Doc,
        cand: Candidate,
        group: list[Candidate],
        head: ListHead,
        doc_text: str | None = None,
    ) -> str | None:
        """The rule that makes ``cand`` a municipality mention, or None when it is not one
        (the first of ``MUNICIPALITY_RULES`` that holds decides)."""
        return municipality_rule(MentionContext(
            doc, cand, group, head, self.lex, read_doc_text(doc) if doc_text is None else doc_text,
            accept_lowercase=self.accept_lowercase))

    def __call__(self, doc: Doc) -> Doc:
        found = self.candidates(doc)
        cands = [c for c in found if not c.is_region]
        spans = []
        rejected: list[Candidate] = []
        doc_text = read_doc_text(doc)
        for group in group_enumerations(doc, cands, self.lex):
            head = list_head(doc, group[0].start, self.lex)
            if (head.province and not members_of_region(group, head)
                    and not _opens_table_row(doc, doc_text, group[0].start)):
                continue
            if persons_list(doc, group, self.lex):
                continue
            rules = [self.rule_for(doc, cand, group, head, doc_text) for cand in group]
            rules = accept_list_members(doc, group, rules, self.lex)
            for cand, rule in zip(group, rules, strict=True):
                if rule is None:
                    rejected.append(cand)
                    continue
                span = Span(doc, cand.start, cand.end, label=rule, kb_id=cand.municipality.code)
                if not overlaps_redaction(doc, span):
                    spans.append(span)
        spans += [s for s in accept_column_members(doc, doc_text, rejected, spans, self.lex)
                  if not overlaps_redaction(doc, s)]
        # Woonplaatsen (``te Nijverdal``) only where no municipality or region name was matched.
        places = self.places(doc, [(c.start, c.end) for c in found], spans)
        spans += [p for p in places if not overlaps_redaction(doc, p)]
        doc.spans[SPAN_KEY] = sorted(spans, key=lambda s: s.start)
        return doc
