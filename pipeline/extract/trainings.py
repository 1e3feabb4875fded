"""Extract trainings: a spaCy component writing spans to ``doc.spans[SPAN_KEY]``.

The component finds the *parts* a training is described with; each span's
label is the rule that found it, and ``pipeline.normalize.trainings`` combines
the parts of one sentence into ``TrainingFact`` rows:

================================  ==================================================
label                             what
================================  ==================================================
``quoted_title``                  a quoted title next to a training word
                                  (``de training ‘omgaan met radicalisering’``; a
                                  list of titles after one word gives one span each),
                                  or a capitalised name right after one (``de cursus
                                  Motiverende Gespreksvoering``); ``kb_id_`` is the
                                  singular kind of the word (``cursus``)
``training_kind``                 a kind that names a training (``basistraining``,
                                  ``themadag``, ``voorlichting``, ``BOUNCE-training``)
``named_training``                an upper-case name before ``training``
                                  (``BOUNCE training``)
``training_word``                 the bare word ``training``: a training without a name
``training_kind_plural``          plural kinds (``trainingen``, ``workshops``): trainings
                                  in general, not one training
``training_kind_counted``         a number of one kind (``vijf basistrainingen``): a row
                                  for that kind
``duration``                      ``eendaagse``, ``1 daagse``, ``dagdeel``, ``van twee dagen``
``participant_count``             ``ruim 150 professionals``: a count of people with a
                                  trainee noun, in a sentence about training
``audience``                      ``voor docenten``, ``afgestemd op professionals``
                                  (the span covers the audience words)
``provider``                      an organisation that gives trainings; ``kb_id_`` is
                                  the full name, abbreviations expanded (``ROR``), also
                                  those the page defines itself (``Naam (AFK)``)
``table_column``                  a column header of a training table (``1 daagse``,
                                  ``Basistraining``, or a count: ``deelnemers``)
``table_cell``                    ``Almere 6``: a row label up to one numeric cell;
                                  ``kb_id_`` = CBS code of the row's municipality (read
                                  from ``doc.spans["municipalities"]``), ``id_`` = the
                                  column's id (``col@<offset of the header>``)
================================  ==================================================

``pipeline.extract.training_context`` then drops generic words outside a
training context (``voorlichting``, ``opleiding``), job titles (``Hoofd
Training``) and education levels, and adds ``elliptic_count`` spans (``In
2017 waren dat er 132``).

A participant count needs a trainee noun (``professionals``, ``mensen``,
``docenten``, ``boa's``, ``raadsleden``, or a compound of a listed audience:
``buurtsportcoaches``; never ``inwoners`` or ``gemeenten``) and a training nearby: a
training word or verb in its sentence (``getraind``, ``opgeleid``,
``hebben ... gevolgd``, ``deelnemers``), or the sentence opens with an anaphor
(``Daarmee``) after one with a training word (``keep_training_parts``).
Durations, audiences and providers are kept only in sentences about a
training. Where two parts overlap, ``resolve_overlaps`` keeps one. Redaction
debris (the clean stage's ``doc.spans["redactions"]``) is never read as a
number or a title.

The labels above are one ordered table, ``TRAINING_RULES`` of
``training_rules.py`` (label, finder, priority in overlaps, meaning). The
parts of this component live in modules beside it: the word lists and
readers (``training_lexicon.py``), the labels, units and finders
(``training_mentions.py``), providers (``training_providers.py``), tables
(``training_tables.py``) and which parts are kept (``training_parts.py``).
The word lists are data files in ``pipeline/resources/trainings/``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.doctext import doc_text
from pipeline.extract import training_context as generic
from pipeline.extract.training_lexicon import TrainingWords, training_words
from pipeline.extract.training_mentions import (
    Mention,
    paragraphs,
    segment_units,
    sentence_ranges,
)
from pipeline.extract.training_parts import drop_questions, keep_training_parts, resolve_overlaps
from pipeline.extract.training_rules import TrainingPage, find_parts

SPAN_KEY = "trainings"


def find_mentions(doc: Doc, lex: TrainingWords | None = None) -> list[Mention]:
    """Every training part on the page, overlaps resolved, parts outside training text dropped."""
    lex = lex or training_words()
    text = doc_text(doc)
    mentions = find_parts(TrainingPage(doc, text, lex))
    mentions = resolve_overlaps(mentions)
    mentions = drop_questions(text, sentence_ranges(doc), mentions, lex)
    mentions = generic.drop_job_titles(text, generic.drop_education_levels(text, mentions))
    units = segment_units(doc)
    mentions += generic.find_elliptic_counts(text, mentions, paragraphs(text))
    mentions = generic.keep_generic_kinds(text, units, mentions, lex)
    return keep_training_parts(text, units, mentions, lex)


# --------------------------------------------------------------------------
# The component


@Language.factory("kenmerk_trainings", assigns=["doc.spans"],
                  requires=["token.is_sent_start", "doc.spans"])
def make_component(nlp: Language, name: str):
    return TrainingsComponent()


class TrainingsComponent:
    """Writes the training parts of a page to ``doc.spans[SPAN_KEY]``."""

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for m in find_mentions(doc):
            span = doc.char_span(m.start, m.end, label=m.label, kb_id=m.kb_id, alignment_mode="expand")
            if span is None:
                continue
            if m.span_id:
                span.id_ = m.span_id
            spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc
