"""Extract document metadata: type, title, own date.

PLACEHOLDER (foundation scaffold).
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.records import CleanPage, DocumentInfo, RawDocument


def describe_document(raw: RawDocument, pages: tuple[CleanPage, ...], docs: list[Doc],
                      pipeline_version: str) -> DocumentInfo:
    first = next((line.strip() for p in pages for line in p.text.splitlines() if line.strip()), None)
    return DocumentInfo(doc_id=raw.doc_id, source=raw.source, doc_type="overig",
                        doc_type_rule="default", doc_date=None, title=first,
                        n_pages=len(raw.pages), ingest=raw.ingest,
                        pipeline_version=pipeline_version)
