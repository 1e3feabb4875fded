"""A document's pages from the words read on them: boxes of a turned page put back on the page."""

from __future__ import annotations

import pytest

from pipeline.ingest import layout
from pipeline.records import BBox


@pytest.mark.parametrize("turn", [0, 90, 180, 270])
def test_unrotate_box_undoes_turning_the_page(documents, turn):
    drawn = documents.DrawnWord("950.000", 1, 78.8, 320.8, 116.7, 331.3)
    on_turned_page = documents.turned_box(drawn, turn)
    # Reading turns the page back upright: (360 - turn) degrees clockwise.
    upright_turn = (360 - turn) % 360
    width, height = (842, 595) if turn in (90, 270) else (595, 842)
    box = layout.unrotate_box(BBox(drawn.x0, drawn.top, drawn.x1, drawn.bottom),
                              upright_turn, width, height)
    assert (box.x0, box.top, box.x1, box.bottom) == pytest.approx(
        (on_turned_page.x0, on_turned_page.top, on_turned_page.x1, on_turned_page.bottom))
