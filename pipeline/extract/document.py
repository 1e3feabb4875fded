"""Document understanding: what kind of document this is, its title, own date, sender and addressee.

``describe_document`` reads the clean pages of one document and returns its
``DocumentInfo`` (one row of ``documents.parquet``). Everything is decided by
small named rules on the structure and wording of the text:

* ``doc_type`` comes from the first rule of ``DOC_TYPE_RULES`` that fires;
  ``doc_type_rule`` names it. Structural evidence (a Kamervragen header,
  the annual-report questions, salutation plus closing) is tried before
  wording (a report word in a heading, a dateline, news wording).
* ``title`` is the subject line of a letter, the headline of news, the opening
  sentence of Kamervragen (up to ``(ingezonden ...)``) or the chapter heading
  of a report; website boilerplate (``Naar boven``, ``Deel deze pagina``,
  ``Nieuwsbericht | 03-05-2016``) never is.
* ``doc_date`` is what the document says of itself: the margin ``Datum``, a
  ``Datum`` label, the dated line of a letter (``Den Haag, 12 maart 2015``),
  ``ontvangen`` of Kamervragen answers, the report year, the dateline of news.
  It stays None when the document does not say; ``doc_date_span`` gives
  (page, char_start, char_end) of the date text and ``doc_date_rule`` the rule.
* For letters: ``addressee``/``addressee_person`` from the address block,
  ``sender``/``sender_person`` from the signature block, ``reference`` from
  ``Ons kenmerk``. ``sender`` is the organisation or post (``Gemeente Almere``,
  ``Minister van Veiligheid en Justitie``), the person goes in ``*_person``.

Each part has a module of its own beside this one: the word lists
(``doc_words.py``), the lines (``doc_lines.py``) and the evidence the rules
read (``doc_evidence.py``, with the Kamervragen header of
``doc_kamervragen.py``), the type rules (``doc_type.py``) with the build of a
letter or a report on the same paper (``doc_structure.py``), the date of each
type (``doc_date_rules.py``), the title (``doc_title.py``) and the parties
(``doc_parties.py``); the printed cells of a letter head come from the word boxes
(``doc_cells.py``). The finer ``doc_kind`` (an e-mail chain, a Woo
decision, minutes, a budget) and the date layouts of real archives (label
rows, e-mail headers, meeting dates, received stamps, title pages) are in
``doc_kind.py`` and ``doc_date.py``; ``describe_document`` puts them together.

The word lists and patterns are data files in ``resources/document/`` (see
its ``SOURCES.md``), loaded once by a loader that rejects unknown keys.
Dates are found with the month names of the dates lexicon and read by
``pipeline.dutch.dates.parse_date``.
"""

from __future__ import annotations

from pipeline.extract.doc_date import document_date
from pipeline.extract.doc_evidence import Evidence, site_page_before_attachment
from pipeline.extract.doc_kamervragen import kamervragen_header
from pipeline.extract.doc_kind import document_kind
from pipeline.extract.doc_lines import content_lines
from pipeline.extract.doc_parties import Parties, letter_parties, reference
from pipeline.extract.doc_title import TITLE_RULES
from pipeline.extract.doc_type import classify
from pipeline.records import CleanPage, DocumentInfo, RawDocument


def evidence(pages: tuple[CleanPage, ...]) -> Evidence:
    return Evidence(pages=tuple(pages), lines=content_lines(pages), header=kamervragen_header(pages))


def describe_document(raw: RawDocument, pages: tuple[CleanPage, ...],
                      pipeline_version: str) -> DocumentInfo:
    """The ``DocumentInfo`` of one document: type, title, own date, sender, addressee, reference."""
    ev = evidence(tuple(pages))
    # A site's page with a letter attached behind it is the page (a PDF is typed and dated as its first document).
    if (run := site_page_before_attachment(ev)) is not None:
        ev = evidence(tuple(pages[:run]))
    doc_type, rule = classify(ev)
    kind, kind_rule, doc_type, rule = document_kind(ev, doc_type, rule)
    date = document_date(ev, doc_type, kind)
    parties = letter_parties(ev) if doc_type in ("brief", "overig") else Parties()
    return DocumentInfo(
        doc_id=raw.doc_id,
        source=raw.source,
        doc_type=doc_type,
        doc_type_rule=rule,
        doc_date=date.value if date else None,
        title=TITLE_RULES[doc_type](ev),
        n_pages=len(raw.pages),
        ingest=raw.ingest,
        sender=parties.sender or parties.sender_person,
        addressee=parties.addressee or parties.addressee_person,
        reference=reference(ev) if doc_type in ("brief", "overig") else None,
        pipeline_version=pipeline_version,
        doc_date_span=date.span if date is not None and date.start >= 0 else None,
        doc_date_rule=date.rule if date else None,
        sender_person=parties.sender_person,
        addressee_person=parties.addressee_person,
        doc_kind=kind,
        doc_kind_rule=kind_rule,
    )
