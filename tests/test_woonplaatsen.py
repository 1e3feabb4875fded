"""The woonplaatsen table: checked on load, suffixes stripped, names to municipalities."""

from __future__ import annotations

import pytest

from pipeline.woonplaatsen import COLUMNS, base_key, parse_rows, place_index

SUFFIXES = frozenset({"gld", "gem", "l"})


def test_the_shipped_table_has_every_woonplaats():
    index = place_index()
    assert len(index) == 2502
    assert {p.gemeente_code for p in index.places} >= {"GM0163", "GM0917", "GM0394"}


@pytest.mark.parametrize(
    ("name", "codes"),
    [
        ("Nijverdal", ["GM0163"]),
        ("Hoensbroek", ["GM0917"]),
        ("Schiphol", ["GM0394"]),
        ("Delfzijl", ["GM1979"]),
        ("Hengelo (Gld)", ["GM1876"]),
        ("'s Gravenmoer", ["GM0766"]),
        ("s-Gravenmoer", ["GM0766"]),
        ("Botlek", ["GM0599"]),
    ],
)
def test_names_lead_to_municipalities(name, codes):
    assert place_index().municipalities(name) == codes


def test_shared_names_give_every_municipality():
    assert len(place_index().municipalities("Nes")) == 3


@pytest.mark.parametrize(
    ("name", "gemeente", "expected"),
    [
        ("Hengelo (Gld)", "Bronckhorst", "hengelo"),
        ("Alteveer gem Hoogeveen", "Hoogeveen", "alteveer"),
        ("Well L", "Bergen (L.)", "well"),
        ("Botlek Rotterdam", "Rotterdam", "botlek"),
        ("Nijverdal", "Hellendoorn", "nijverdal"),
        ("Den Ham", "Twenterand", "den ham"),
    ],
)
def test_base_key_strips_bag_suffixes(name, gemeente, expected):
    assert base_key(name, gemeente, SUFFIXES) == expected


def _csv(*rows: str) -> str:
    return ",".join(COLUMNS) + "\n" + "\n".join(rows) + "\n"


def test_rows_are_checked():
    good = "Daarle,WP1038,GM0163,Hellendoorn,Overijssel,2018;2024;2026,,GM0163"
    assert parse_rows(_csv(good), SUFFIXES)[0][0].gemeente_code == "GM0163"
    with pytest.raises(ValueError, match="not a current municipality"):
        parse_rows(_csv(good.replace("GM0163,Hell", "GM0010,Hell")), SUFFIXES)
    with pytest.raises(ValueError, match="bad code"):
        parse_rows(_csv(good.replace("WP1038", "X1")), SUFFIXES)
    with pytest.raises(ValueError, match="columns"):
        parse_rows("a,b\n1,2\n", SUFFIXES)
