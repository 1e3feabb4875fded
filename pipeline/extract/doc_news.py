"""The press-release or news label at the top of a document (``Persbericht``, ``Nieuwsbericht | 03-05-2016``),
read by the type rules (a labelled press release is news) and the kind rules (a ``persbericht``)."""

from __future__ import annotations

import re

from pipeline.extract.doc_evidence import Evidence
from pipeline.extract.doc_lines import Line, page_lines, printed_lines
from pipeline.extract.doc_words import _fold, news_words

# Between the steps of a breadcrumb trail ('Home > Actueel > Nieuws', 'Home › Nieuws').
BREADCRUMB_SEPARATOR = re.compile(r"\s+[>›»]\s+")
# A heading typed letter-spaced, as old typed releases set their label ('P E R S M E D E D E L I N G').
LETTER_SPACED = re.compile(r"(?:[^\W\d_] )+[^\W\d_]")
# The number of a release behind its label: 'Persbericht 99/012', 'Persbericht nr. 14', 'Persbericht 2024-031'.
NUMBERED_LABEL = re.compile(r"(?<=[^\W\d_])\s+(?:nr\.?\s*|no\.?\s*)?\d[\d/.-]*$", re.IGNORECASE)
# A heading that names its genre in brackets after what it is ('Eerste bericht (holdingstatement)').
BRACKETED_GENRE = re.compile(r"\((?P<genre>[^()]+)\)$")
# How many printed lines at the top of the first page a news label may stand on.
NEWS_LABEL_LINES = 5


def news_label(ev: Evidence) -> str | None:
    """The press-release or news label at the top (``Persbericht``, ``Nieuwsbericht | 03-05-2016``),
    casefolded: the first field of an opening line, a step of a site's breadcrumb trail after the first, the
    deepest first (``Home > Nieuws``, ``Home > Nieuws > Persberichten``), or a label in capitals that a scan ran
    into the end of the letterhead line (``Gemeente Almere | Afdeling Communicatie | ... Almere PERSBERICHT``).
    A paper labels its column or opinion piece by its genre (``OPINIE``, ``Column van de burgemeester``): a press
    item like the news around it (``tests/layouts/blind8/CONVENTIONS-parliament.md``), and so is a blog on a site
    (``Blog van de burgemeester``, ``tests/layouts/blind13/CONVENTIONS-web.md``). A press office may number its
    releases after the label (``Persbericht 99/012``). An old typed release may set
    its label letter-spaced (``P E R S M E D E D E L I N G``, the older word for a press release). A running head
    may print the body's name and the label as two fields (``Gemeente Zwolle | Persbericht``), and a press office's
    form may name its genre in brackets after what it is (``Eerste bericht (holdingstatement)``)."""
    words = news_words()
    labels = words.labels
    # Boilerplate lines count here: a site prints the label in its data list.
    opening = [ln for ln in page_lines(ev.pages[0]) if ln.text][:NEWS_LABEL_LINES] if ev.pages else []
    for ln in opening:
        fields = re.split(r"\s[|]\s|\s*:\s*", ln.text)
        first = fields[0]
        last = ln.text.split()[-1]
        crumbs = BREADCRUMB_SEPARATOR.split(ln.text)
        # The trail's deepest step names the page's section ('Home > Nieuws > Persberichten').
        label = first.replace(" ", "") if LETTER_SPACED.fullmatch(first) else first
        # A press office numbers its releases ('Persbericht 99/012', 'Persbericht nr. 14'): the label is the word.
        label = NUMBERED_LABEL.sub("", label)
        # A label in capitals on a line of its own, which the clean stage ran into the line under it
        # ('PERSBERICHT uitgegeven na afloop van de vergadering ...'): its first word.
        opener = ln.text.split()[0]
        # The clean stage may run the page's headline into the trail's deepest step ('Home > ... > Nieuws Burgemeester
        # mocht woning sluiten'): its word or two before the headline's capital.
        steps = crumbs[:0:-1] if len(crumbs) >= 2 else []
        head = steps[0].split() if steps else []
        steps[1:1] = [" ".join(head[:n]) for n in (1, 2) if len(head) > n and head[n][:1].isupper()]
        # A running head of two fields, the body's name and the label ('Gemeente Zwolle | Persbericht').
        running = [NUMBERED_LABEL.sub("", fields[1])] if len(fields) == 2 and " | " in ln.text else []
        bracketed = [m["genre"]] if (m := BRACKETED_GENRE.search(first)) else []
        candidates = [label, *steps, *([last] if last.isupper() else []),
                      *([opener] if opener.isupper() and opener != label else []), *running, *bracketed]
        found = next((_fold(c) for c in candidates if _fold(c) in labels), None)
        if found is not None:
            return found
        genre = words.press_genre.match(first)
        if genre is not None:
            return _fold(genre["genre"])
    return None


# A social site's bar of counts under a post is a short line: a sentence that counts reactions is longer.
POST_COUNTER_WORDS = 10
# A row of bare counts between dots, the last with its word ('14 · 38 · 112 · 6.804 weergaven').
POST_COUNT_ROW = re.compile(r"(?:\d[\d.,]*[KM]?\s*[·•]\s*){2,}\d[\d.,]*[KM]?\s+\S+")
# How many different counts make the bar ('27 reacties  •  9 reposts'; '1.204 vind-ik-leuks' over 'Alle 38
# opmerkingen bekijken').
POST_COUNTERS = 2


def social_post(ev: Evidence) -> bool:
    """A post printed from a social site (X, Facebook, Instagram, LinkedIn, Viva Engage): the counts of its
    reactions, shares and views in short lines of the first page. A public body's or office-holder's post is a
    short news item to the public or the staff, not a chat, which is a conversation between named people
    (``tests/layouts/blind12/CONVENTIONS-web.md``)."""
    counter = news_words().post_counter
    # The lines as printed: the clean stage joins a short count to the caption under it.
    short = [ln.text for ln in (printed_lines(ev.pages[0]) if ev.pages else ())
             if ln.text and len(ln.text.split()) <= POST_COUNTER_WORDS]
    found = {m["counter"].casefold() for text in short for m in counter.finditer(text)}
    # X prints its counts as bare figures beside icons the text loses, only the last named ('14 · 38 · 112 · 6.804
    # weergaven'): a row of counts is the bar.
    return len(found) >= POST_COUNTERS or any(POST_COUNT_ROW.fullmatch(text) and counter.search(text) for text in short)


# How many printed lines at the top of the first page a clipping service's stamp may stand on.
CLIPPING_STAMP_LINES = 3
CLIPPING_STAMP_WORDS = 12
# The printed lines a stamp may run over, its name's line first: a long stamp is set in a box of three lines beside the
# headline and its subhead, and a scan reads them in turn with those.
CLIPPING_STAMP_RUN = 4
# A sentence ends in a word in small letters and its stop; a stamp's abbreviation is in capitals ('GEM.').
# Matched on a line's last three characters: searched over a line of one endless word, it took quadratic time.
SENTENCE_END = re.compile(r"[^\W\d_A-Z]{2}[.!?]")


def clipping_stamp(ev: Evidence) -> list[Line]:
    """The clipping service's stamp over a cutting (``KNIPSELDIENST GEM. OOSTSTELLINGWERF 23 APR. 2003``) and the
    printed lines under it, where a scan may carry the rest of the stamp and its date; empty without one. A clipping is
    news whatever the piece (a report, a column, the burgemeester's own piece), dated by the stamp (ANNOTATING.md)."""
    opening = ([ln for ln in printed_lines(ev.pages[0]) if ln.text][: CLIPPING_STAMP_LINES + CLIPPING_STAMP_RUN - 1]
               if ev.pages else [])
    service = news_words().clipping_service
    # A stamp is a short line, no sentence that names the clipping service ('... ontvangt een knipselkrant.').
    at = next((i for i, ln in enumerate(opening[:CLIPPING_STAMP_LINES])
               if len(ln.text.split()) <= CLIPPING_STAMP_WORDS and not SENTENCE_END.fullmatch(ln.text[-3:])
               and service.search(ln.text)), None)
    return [] if at is None else opening[at: at + CLIPPING_STAMP_RUN]
