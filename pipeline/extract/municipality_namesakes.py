"""The namesakes of a municipality: an organisation (``Universiteit Utrecht``, ``Tilburg
University``), a person (``mevrouw Van Leiden``, ``Westerveld (GroenLinks)``) or a village in another
province (``Hengelo (Gld.)``) whose name a municipality's spells. Apart from the rule table of
``pipeline.extract.municipality_rules``, which tries these exclusions first, because they read
who bears the name, not where the name stands; ``pipeline.extract.places`` reads them too.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.extract.municipality_context import (
    _INITIALS,
    Candidate,
    is_sentence_initial,
    next_index,
    prev_index,
    starts_line,
    starts_paragraph,
    words_before,
)
from pipeline.extract.municipality_lexicon import MunicipalityWords, party_key


def is_organisation_word(word: str, lex: MunicipalityWords) -> bool:
    """``rechtbank``, and compounds ending in a long organisation word (``rijksuniversiteit``)."""
    return word in lex.organisation_words or any(
        len(org) >= 6 and word.endswith(org) for org in lex.organisation_words
    )


# At most this many capitalised words of an organisation's own name stand between its word
# (``Stichting``) and a municipality's name it ends with.
ORGANISATION_NAME_MAX_WORDS = 3


def in_organisation_context(doc: Doc, start: int, lex: MunicipalityWords) -> bool:
    """``Universiteit Utrecht``, ``Rechtbank Den Haag``, ``Hogeschool van Amsterdam``."""
    # 'Twee ton voor de haven' / (empty line) / 'Urk krijgt ...': a headline's last word is no
    # organisation the paragraph's first name belongs to.
    words = [] if starts_paragraph(doc, start) else words_before(doc, start, 3)
    if not words:
        return False
    if is_organisation_word(words[0], lex):
        return True
    if words[0] == "van" and len(words) > 1 and is_organisation_word(words[1], lex):
        return True
    if words[:2] == ["te", "gemeente"] and _congregation(doc, start):
        return True
    # 'Protestantse Gemeente Hasselt': a congregation named after its town without 'te'.
    if (len(words) > 1 and words[0] == "gemeente" and words[1] in lex.congregation_denominations
            and doc[prev_index(doc, start)].text == "Gemeente"):
        return True
    # 'Stichting Kunstencentrum Venlo', 'Stichting Nationaal Park Utrechtse Heuvelrug': capitalised
    # words of the organisation's own name between, in the same cell of the same line.
    j = prev_index(doc, start)
    for _ in range(ORGANISATION_NAME_MAX_WORDS):
        before = prev_index(doc, j)
        if (before is None or not doc[j].text[:1].isupper()
                or any("\n" in doc[i].text or "\t" in doc[i].text for i in range(before + 1, start))):
            return False
        if is_organisation_word(doc[before].lower_, lex):
            return True
        j = before
    return False


def _congregation(doc: Doc, start: int) -> bool:
    """``Protestantse Gemeente te Kampen``: a church congregation is a capitalised ``Gemeente`` after its
    denomination, named ``te`` its town; a municipality is ``gemeente Kampen``."""
    g = prev_index(doc, prev_index(doc, start))
    a = prev_index(doc, g) if g is not None else None
    return (a is not None and doc[g].text == "Gemeente" and doc[a].text[:1].isupper()
            and not any("\n" in doc[i].text or "\t" in doc[i].text for i in range(a, start)))


def organisation_follows(doc: Doc, end: int, lex: MunicipalityWords) -> bool:
    """``Tilburg University``, ``Amsterdam UMC``, ``Eindhoven Airport``: the place names the organisation."""
    j = next_index(doc, end)
    return j is not None and doc[j].lower_ in lex.organisation_words_after


def title_word(word: str) -> str:
    """The title in a compound: ``vvd-kamerlid`` -> ``kamerlid``, ``oud-minister`` -> ``minister``."""
    return word.rsplit("-", 1)[-1] if "-" in word.strip("-") else word


def ends_title_line(doc: Doc, title: int, end: int) -> bool:
    """``Burgemeester Almere`` opening a line and ending it (or before ``en``/``,``): the office.

    Signature blocks and letterheads name the office this way
    (``Burgemeester Almere en Voorzitter ...``); in a sentence
    ``burgemeester Kampen`` is a person.
    """
    if not starts_line(doc, title):
        return False
    if end >= len(doc) or "\n" in doc[end - 1].whitespace_:
        return True
    if doc[end].is_space:
        return "\n" in doc[end].text or end + 1 >= len(doc)
    return doc[end].lower_ in {"en", ","}


def in_person_context(doc: Doc, start: int, lex: MunicipalityWords, end: int | None = None) -> bool:
    """A surname: after initials or a title, maybe with particles (``mr. G.A. Van der Steur``).

    Office titles (``burgemeester``, ``wethouder``; ``office_titles``) make a
    surname only when the name follows them directly: ``burgemeester van
    Almere`` is the municipality's, and so is ``Burgemeester Almere`` on a
    line of its own (``ends_title_line``).
    """
    end = start + 1 if end is None else end
    j = prev_index(doc, start)
    saw_capital_particle = False
    particles = []
    while j is not None and doc[j].lower_ in lex.name_particles:
        if doc[j].text[0].isupper() and not is_sentence_initial(doc, j):
            saw_capital_particle = True
        particles.append(doc[j].lower_)
        j = prev_index(doc, j)
    if j is None:
        return saw_capital_particle
    prev = doc[j]
    title = title_word(prev.lower_)
    if _INITIALS.match(prev.text) or title in lex.person_titles:
        return True
    if title in lex.office_titles:
        if particles:
            return saw_capital_particle or any(p != "van" for p in particles)
        return not ends_title_line(doc, j, end)
    # 'Jan Peter van Weert', 'Anne Best': a first name before the name makes it a surname.
    if prev.text in lex.first_names:
        return True
    # 'Van Boxtel' with a capital particle inside a sentence is a surname.
    return saw_capital_particle


def is_name_word(doc: Doc, i: int, lex: MunicipalityWords) -> bool:
    """A word of a person's name: capitalised (``Bromet``, ``Van``), initials, or a particle."""
    tok = doc[i]
    return (
        tok.text[:1].isupper() and tok.text.replace("-", "").replace("'", "").isalpha()
        or bool(_INITIALS.match(tok.text))
        or tok.lower_ in lex.name_particles
    )


def in_person_list(doc: Doc, start: int, lex: MunicipalityWords, max_tokens: int = 12) -> bool:
    """A name in a list of persons headed by a plural title: ``de leden Bromet en Westerveld``.

    Walks back over name words and ``,``/``en`` to a ``person_list_titles``
    word; the word right after the title must be a name, not a joiner.
    """
    j = prev_index(doc, start)
    last_was_joiner = False
    for _ in range(max_tokens):
        if j is None:
            return False
        tok = doc[j]
        if tok.lower_ in lex.person_list_titles:
            return not last_was_joiner
        if tok.lower_ in {",", "en"}:
            last_was_joiner = True
        elif is_name_word(doc, j, lex):
            last_was_joiner = False
        else:
            return False
        j = prev_index(doc, j)
    return False


def party_follows(doc: Doc, end: int, lex: MunicipalityWords) -> tuple[bool, bool]:
    """A party in brackets after the name marks a person: ``Westerveld (GroenLinks)``.

    Returns (party follows, the bracket speaks for a list: ``(beiden CDA)``).
    """
    j = next_index(doc, end)
    if j is None or doc[j].text != "(":
        return False, False
    inner = []
    for tok in doc[j + 1 : j + 8]:
        if tok.text == ")":
            break
        inner.append(tok)
    else:
        return False, False
    words = [t for t in inner if not t.is_space]
    quantified = bool(words) and words[0].lower_ in lex.party_quantifiers
    if quantified:
        words = words[1:]
    name = "".join(t.text + t.whitespace_ for t in words)
    if party_key(name) not in lex.party_keys:
        return False, False
    return True, quantified


def is_person(doc: Doc, cand: Candidate, lex: MunicipalityWords) -> bool:
    """The name is a person's surname here (title, initials, first name, list of members, party)."""
    return (
        in_person_context(doc, cand.start, lex, cand.end)
        or in_person_list(doc, cand.start, lex)
        or party_follows(doc, cand.end, lex)[0]
    )


def persons_list(doc: Doc, group: list[Candidate], lex: MunicipalityWords) -> bool:
    """``Kampen en Houten (beiden CDA)``: a quantified party after a list makes all its names persons."""
    return party_follows(doc, group[-1].end, lex)[1]


def other_province_suffix(doc: Doc, cand: Candidate, lex: MunicipalityWords) -> bool:
    """``Hengelo (Gld.)``, ``Rijswijk (NB)``: a namesake place in another province.

    Suffixes that belong to the name (``Bergen (NH.)``) are part of the match
    already; a bracketed province abbreviation of a different province means
    a village of the same name elsewhere, not this municipality.
    """
    j = next_index(doc, cand.end)
    if j is None or doc[j].text != "(":
        return False
    inner = []
    for tok in doc[j + 1 : j + 5]:
        if tok.text == ")":
            break
        inner.append(tok.text)
    else:
        return False
    abbreviation = "".join(inner).replace(".", "").lower()
    province = lex.province_abbreviations.get(abbreviation)
    return (
        province is not None
        and cand.municipality is not None
        and province != cand.municipality.province
    )
