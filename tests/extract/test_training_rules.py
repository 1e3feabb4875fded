"""The training rules: one ordered table of labels, finders, priorities and meanings."""

from __future__ import annotations

from pipeline.extract import training_rules
from pipeline.extract.training_mentions import Mention
from pipeline.extract.training_rules import (
    MENTION_LABELS,
    PART,
    PART_LABELS,
    PRIORITY,
    RULES,
    TRAINING,
    TRAINING_RULES,
    TrainingRule,
)
from pipeline.extract.trainings import SPAN_KEY


def labels(annotate_text, text):
    doc, _ = annotate_text(text)
    return [(s.label_, s.text) for s in doc.spans[SPAN_KEY]]


def test_the_rule_table_names_every_label_once_with_its_meaning():
    assert len(set(RULES)) == len(RULES) == len(TRAINING_RULES)
    assert MENTION_LABELS == {"quoted_title", "training_kind", "named_training", "training_word",
                              "training_kind_plural", "training_kind_counted"}
    assert PART_LABELS == {"duration", "participant_count", "audience", "provider"}
    # Table parts win every overlap, a title beats the word it names.
    assert PRIORITY["table_cell"] < PRIORITY["quoted_title"] < PRIORITY["training_word"]


def test_every_label_found_is_in_the_table(annotate_text):
    text = ("In 2017 volgden ruim 150 professionals de eendaagse training ‘omgaan met radicalisering’ "
            "van het ROR, voor docenten en jongerenwerkers. Daarnaast waren er drie workshops.")
    found = labels(annotate_text, text)
    assert {label for label, _ in found} >= {"participant_count", "duration", "quoted_title"}
    assert {label for label, _ in found} <= set(RULES)


def _with(rule: TrainingRule) -> tuple[TrainingRule, ...]:
    return TRAINING_RULES + (rule,)


def _intervisie_sessions(page) -> list[Mention]:
    at = page.text.find("intervisie")
    return [Mention(at, at + len("intervisie"), "intervisie")] if at >= 0 else []


def test_a_new_rule_is_one_entry_in_the_table(annotate_text, monkeypatch):
    text = "De medewerkers namen deel aan een intervisie over signalering."
    assert ("intervisie", "intervisie") not in labels(annotate_text, text)
    monkeypatch.setattr(training_rules, "TRAINING_RULES", _with(TrainingRule("intervisie", _intervisie_sessions, 4, TRAINING)))
    assert ("intervisie", "intervisie") in labels(annotate_text, text)


def test_a_part_is_kept_only_where_the_text_speaks_of_a_training():
    assert all(rule.means == PART for rule in TRAINING_RULES if rule.name in PART_LABELS)
    assert not MENTION_LABELS & PART_LABELS
