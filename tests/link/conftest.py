"""Fixtures of the link rules' tests."""

from __future__ import annotations

import pytest

from pipeline.link.amounts import link_municipality
from pipeline.link.mentions import LinkInput


@pytest.fixture
def linked(with_municipalities):
    """The code each amount of a text links to, by one rule or by all (``linked(text, rule)``)."""

    def run(text: str, rule=None) -> list[str | None]:
        doc, _ = with_municipalities(text)
        links = LinkInput.of(doc)
        out = []
        for start, end in links.amounts:
            if rule is None:
                hit = link_municipality(links, start, end)
                out.append(hit[0].code if hit else None)
            else:
                hit = rule(links, start, end)
                out.append(hit.code if hit is not None else None)
        return out

    return run
