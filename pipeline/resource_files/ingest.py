"""The ingest stage's file: ``resources/ingest/layout.json`` (margin labels, page numbers, layout thresholds)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar


@dataclass(frozen=True)
class IngestLayoutFile:
    """``resources/ingest/layout.json``: each section an object of thresholds, checked by
    ``pipeline.ingest.rules`` against the section's own typed model."""

    AREA: ClassVar[str] = "ingest"
    NAME: ClassVar[str] = "layout.json"
    margin_labels: list[str]
    translated_label: str
    date_field_labels: list[str]
    page_number_patterns: list[str]
    furniture: dict[str, Any]
    columns: dict[str, Any]
    tables: dict[str, Any]
    paragraphs: dict[str, Any]
    text_layer: dict[str, Any]
    ocr: dict[str, Any]
    redaction: dict[str, Any]
    garbled: dict[str, Any]
    image_regions: dict[str, Any]
    fields: dict[str, Any]
