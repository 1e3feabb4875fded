"""One frozen model per rule and word-list file of ``pipeline/resources/``: its fields are the file's keys.

``pipeline.datafiles.load_file(Model)`` reads ``resources/<AREA>/<NAME>`` and
fills the model, rejecting a file with an unknown or missing key, a value of
the wrong type or an empty word (see ``pipeline.datafiles``). The readers of
each area turn these raw files into what their rules use (word sets, compiled
regexes), each in one place: ``money_words``, ``link_words``, the date
``lexicon`` and ``grammar``, the training ``lexicon``, the clean stage's
``*_rules()`` (``pipeline.clean.resources``), the layout's ``ingest_rules()``.

The models live in one module per area (``amounts``, ``dates``, ...), the
document area's in three by topic (``document_dates``, ``document_kinds``,
``document_parts``); a new file gets its model there and an entry in ``FILES``.
"""

from __future__ import annotations

from pipeline.resource_files.amounts import (
    AmountsContextFile,
    AmountsCurrenciesFile,
    AmountsLinkingFile,
    AmountsNumbersFile,
    AmountsQualifiersFile,
    AmountsRangesFile,
    AmountsScalesFile,
    AmountsTablesFile,
    AmountsUnitsFile,
)
from pipeline.resource_files.clean import (
    CleanHyphenationFile,
    CleanLinesFile,
    CleanMarginFile,
    CleanQualityFile,
    CleanRedactionFile,
    CleanUnicodeFile,
)
from pipeline.resource_files.dates import (
    DatesContextFile,
    DatesEmailFile,
    DatesLexiconFile,
    DatesRelativeFile,
    DatesRolesFile,
    DatesTitlesFile,
)
from pipeline.resource_files.document_dates import DocumentDatesFile
from pipeline.resource_files.document_kinds import (
    DocumentKamervragenFile,
    DocumentKindsFile,
    DocumentNewsFile,
    DocumentOtherFile,
    DocumentReportsFile,
)
from pipeline.resource_files.document_parts import DocumentBoilerplateFile, DocumentLettersFile
from pipeline.resource_files.gazetteer import (
    GazetteerAliasesFile,
    GazetteerContextFile,
    GazetteerPlacesFile,
    GazetteerRegionsFile,
    GazetteerRolesFile,
    GroundsGroundsFile,
    LanguageForeignNamesFile,
)
from pipeline.resource_files.ingest import IngestLayoutFile
from pipeline.resource_files.trainings import (
    TrainingsContextFile,
    TrainingsDurationsFile,
    TrainingsGenericFile,
    TrainingsKindsFile,
    TrainingsPeopleFile,
    TrainingsProvidersFile,
    TrainingsTablesFile,
)

# Every model, by (area, file name).
FILES: dict[tuple[str, str], type] = {(m.AREA, m.NAME): m for m in (
    AmountsContextFile, AmountsCurrenciesFile, AmountsLinkingFile, AmountsNumbersFile,
    AmountsQualifiersFile, AmountsRangesFile, AmountsScalesFile, AmountsTablesFile,
    AmountsUnitsFile, CleanHyphenationFile, CleanLinesFile, CleanMarginFile, CleanQualityFile,
    CleanRedactionFile, CleanUnicodeFile, DatesContextFile, DatesEmailFile, DatesLexiconFile,
    DatesRelativeFile, DatesRolesFile, DatesTitlesFile, DocumentBoilerplateFile, DocumentDatesFile,
    DocumentKamervragenFile, DocumentKindsFile, DocumentLettersFile, DocumentNewsFile,
    DocumentOtherFile, DocumentReportsFile, GazetteerAliasesFile, GazetteerContextFile, GazetteerPlacesFile,
    GazetteerRegionsFile, GazetteerRolesFile, GroundsGroundsFile, LanguageForeignNamesFile, IngestLayoutFile,
    TrainingsContextFile, TrainingsDurationsFile, TrainingsGenericFile, TrainingsKindsFile,
    TrainingsPeopleFile, TrainingsProvidersFile, TrainingsTablesFile,
)}
