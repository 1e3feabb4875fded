"""The spaCy pipeline that the extractors run in.

The pipeline is ``spacy.blank("nl")`` with a rule-based sentencizer and
kenmerk's components, on every machine, whatever models are installed there:
the same input gives the same tables everywhere. A trained model
(``nl_core_news_sm``) is used only when it is named (``kenmerk run --model``);
the choice is part of ``pipeline_version``. Every extractor is a registered
spaCy component that writes spans to ``doc.spans[KEY]``; the keys are
constants of the extractor modules. Nothing is loaded at import time:
``build_nlp()`` builds the pipeline once per process (and model).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import numpy
import spacy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from pipeline.doctext import TEXT
from pipeline.errors import KenmerkError
from pipeline.extract.redactions import REDACTIONS
from pipeline.long_runs import linear_tokenizer
from pipeline.records import CleanPage

# Order matters: amounts link to municipalities found before them, and
# trainings read the amounts/municipalities/dates already on the Doc.
EXTRACTORS = (
    "kenmerk_municipalities",
    "kenmerk_amounts",
    "kenmerk_dates",
    "kenmerk_trainings",
)


@Language.component("kenmerk_paragraph_breaks", assigns=["token.is_sent_start"],
                    requires=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line starts a sentence.

    The punctuation-based sentencizer runs a letterhead, an address block or a
    heading into the first sentence after it, which gives inspectors a useless
    context and lets extractors link across blocks. A single line break is
    left alone: in a short or unevenly wrapped text the clean stage may keep
    a line break inside a sentence, before a capitalised name.
    """
    # Setting Token.is_sent_start checks the whole Doc each time (quadratic on a
    # page of many blank lines): the boundaries are set through the array at once.
    # Only the tokens after a space token are looked at, found in the array.
    spaces = doc.to_array(IS_SPACE).astype(bool)
    after_space = numpy.flatnonzero(spaces[:-1] & ~spaces[1:]) + 1
    starts = [i for i in after_space.tolist() if "\n\n" in doc[i - 1].text.replace("\r", "")]
    if starts:
        flags = doc.to_array([SENT_START])
        flags[starts] = 1
        doc.from_array([SENT_START], flags)
    return doc


def _register_components() -> None:
    # Importing the extractor modules registers their factories with spaCy.
    from pipeline import sentences  # noqa: F401
    from pipeline.extract import amounts, dates, municipalities, trainings  # noqa: F401


@spacy.registry.tokenizers("kenmerk.Tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's tokenizer for the language with the extractors' infixes in it from the start.

    The date and municipality components add an infix each to the tokenizer
    they are given (``split_figures_from_abbreviations``,
    ``split_names_at_slashes``); every change to a built tokenizer reloads its
    special cases, about 0.45 s of CPU each, in every worker. Built with them,
    the components find their infix there and change nothing. A trained model's
    tokenizer is still changed by the components.
    """
    from pipeline.extract.dates import GLUED_FIGURE
    from pipeline.extract.municipality_context import NAME_SLASH

    def make(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        infixes = [*defaults.infixes, NAME_SLASH, GLUED_FIGURE]  # the order the components add them in
        return Tokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=compile_prefix_regex(defaults.prefixes).search,
            suffix_search=compile_suffix_regex(defaults.suffixes).search,
            infix_finditer=compile_infix_regex(infixes).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return make


def component_name(pipe_name: str) -> str:
    """The stage and part a pipe belongs to, as errors name it: ``extract.trainings``, ``nlp.sentencizer``."""
    # A model's pipes may be named anything; the errors table allows [a-z0-9_] after the stage.
    part = re.sub(r"[^a-z0-9_]", "_", pipe_name.removeprefix("kenmerk_").lower())
    return f"extract.{part}" if pipe_name in EXTRACTORS else f"nlp.{part}"


def require_model(model: str | None) -> None:
    """Refuse a named model that is not installed, before any document is processed.

    A model is a package name (``nl_core_news_sm``) or the folder of one.
    """
    if model is not None and not spacy.util.is_package(model) and not Path(model).is_dir():
        raise KenmerkError("model_not_installed", model=model)


def import_modules() -> None:
    """Import every module that ``build_nlp()`` would import on its way, without building.

    A worker of ``kenmerk run`` builds the pipeline in a thread beside its first
    document (``pipeline.run.worker``). spaCy's modules imported from two threads
    at once once lost a document (``KeyError: 'spacy'``), so the parent imports
    them all first, in one thread; the build then imports nothing
    (``tests/test_nlp.py`` checks it). spaCy imports these on first use: the
    language, the registry's contents and entry points, its built-in factories.
    """
    import spacy.pipeline.factories  # noqa: F401
    from spacy.util import get_lang_class, registry

    _register_components()
    registry.ensure_populated()
    get_lang_class("nl")
    for name in ("factories", "loggers", "misc", "tokenizers", "languages", "callbacks"):
        getattr(registry, name).get_all()


# A worker builds the pipeline in a thread while its first document is read
# (``pipeline.run.worker``); the document then waits for that build, not a second one.
_BUILDING = threading.Lock()


def build_nlp(model: str | None = None) -> Language:
    """The kenmerk pipeline: tokenizer, sentences, then the extractors.

    ``model`` names a trained spaCy pipeline to start from; by default none is
    loaded, even when one is installed, so results do not depend on the machine.
    Built once per model and process, also when threads ask at the same time.
    """
    with _BUILDING:
        return _built(model)


@lru_cache(maxsize=2)
def _built(model: str | None) -> Language:
    _register_components()
    if model is None:
        nlp = spacy.blank("nl", config={"nlp": {"tokenizer": {"@tokenizers": "kenmerk.Tokenizer.v1"}}})
    else:
        require_model(model)
        nlp = spacy.load(model, exclude=["ner", "lemmatizer"])
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("kenmerk_paragraph_breaks")
    nlp.add_pipe("kenmerk_sentence_index")
    for name in EXTRACTORS:
        nlp.add_pipe(name)
    # After the components, which add special cases to spaCy's tokenizer.
    linear_tokenizer(nlp)  # long runs without spaces; pages over 1,000,000 characters
    return nlp


build_nlp.cache_clear = _built.cache_clear  # type: ignore[attr-defined]



# Told of a pipe that raised, with its name; the Doc goes on to the next pipe.
OnError = Callable[[str, Exception], None]


def annotate(nlp: Language, page: CleanPage, carried: dict | None = None,
             on_error: OnError | None = None) -> Doc:
    """Run the pipeline over one clean page.

    The clean stage's redaction ranges are put on the Doc before the
    extractors run, so they can report redacted amounts and skip debris.
    ``carried`` goes to ``doc.user_data``: what the previous page left for this
    one (the table it ends with, see ``pipeline.extract.amount_tables``).
    With ``on_error``, a pipe that raises is reported to it and the others
    still run (``pipeline.process`` keeps what they found); without, it raises.
    """
    doc = nlp.make_doc(page.text)
    doc.user_data.update(carried or {})
    # spaCy's tokenizer keeps every character, so the Doc's text is the page's text;
    # ``Doc.text`` would join all the tokens again.
    doc.user_data[TEXT] = page.text
    doc.spans[REDACTIONS] = [
        span
        for start, end in page.redactions
        if (span := doc.char_span(start, end, label="redaction", alignment_mode="expand")) is not None
    ]
    for name, component in nlp.pipeline:
        try:
            doc = component(doc)
        except MemoryError:
            raise
        except Exception as err:
            if on_error is None:
                raise
            on_error(name, err)
    return doc
