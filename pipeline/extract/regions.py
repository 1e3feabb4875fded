"""Regions named in the text: provinces, veiligheidsregio's and GGD regions -> ``RegionFact``.

The municipality extractor leaves region names out (``provincie Utrecht`` is not
the municipality Utrecht); this module keeps them, as rows of ``regions.parquet``.
The names and codes are data (``pipeline.regions``, ``resources/regions/``); a
prefix (``provincie``, ``veiligheidsregio``, ``GGD``) makes a name a region of
that kind, and a province whose name is not also a municipality's is recognised
on its own (``Gelderland``, ``Noord-Brabant``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.provenance import provenance
from pipeline.records import CleanPage, DocumentInfo, RegionFact
from pipeline.regions import find_regions

KIND_NAME = "region"


def region_facts(doc: Doc, page: CleanPage, info: DocumentInfo) -> list[RegionFact]:
    """One ``RegionFact`` per region named on the page, outside redactions."""
    facts = []
    for match in find_regions(page.text):
        if any(s < match.end and match.start < e for s, e in page.redactions):
            continue
        prov = provenance(doc, page, info.doc_id, KIND_NAME, match.start, match.end, match.rule)
        facts.append(RegionFact(**prov, code=match.region.code, name=match.region.name, kind=match.region.kind))
    return facts
