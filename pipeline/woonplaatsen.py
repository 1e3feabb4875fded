"""Woonplaatsen: the places (BAG/CBS) each municipality holds, to read ``Nijverdal`` as Hellendoorn.

One data file, ``resources/gazetteer/woonplaatsen.csv`` (see its ``SOURCES.md``):
each of the 2,502 woonplaatsen of CBS "Woonplaatsen in Nederland" with the
municipality it lies in now and the one it lay in on 1 January 2018. It is
read once per process (``place_index()``), checked against the gazetteer on
the way in, and answers one question: which woonplaatsen can a written name
mean (``PlaceIndex.candidates``)?

Names are compared in the gazetteer's ``name_key`` form. BAG names carry
suffixes letters rarely write (``Hengelo (Gld)``, ``Alteveer gem Hoogeveen``,
``Well L``, ``Botlek Rotterdam``); each place is found by its full name and by
its name without the suffix (``suffix_words`` in ``places.json``, or the name
of its own municipality at the end).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.datafiles import load_file, read_text
from pipeline.gazetteer import gazetteer, name_key
from pipeline.resource_files import GazetteerPlacesFile

COLUMNS = (
    "woonplaats",
    "woonplaats_code",
    "gemeente_code",
    "gemeente_name",
    "province",
    "cbs_editions",
    "former_names",
    "gemeente_code_2018",
)
PLACE_CODE = re.compile(r"WP\d{4}")


@dataclass(frozen=True)
class Place:
    """One woonplaats: its BAG name, code, the municipality it lies in now and in 2018."""

    name: str
    code: str | None
    gemeente_code: str
    province: str
    gemeente_code_2018: str | None


def base_key(name: str, gemeente_name: str, suffix_words: frozenset[str]) -> str:
    """The ``name_key`` of a BAG name without its suffix: ``Hengelo (Gld)`` -> ``hengelo``."""
    words = name_key(name).split()
    for i, word in enumerate(words[1:], start=1):
        if word in suffix_words:
            return " ".join(words[:i])
    own = name_key(gemeente_name).split()
    if len(words) > len(own) and words[-len(own) :] == own:
        return " ".join(words[: -len(own)])
    return " ".join(words)


class PlaceIndex:
    """The woonplaatsen by ``name_key`` of their full and their bare name."""

    def __init__(self, places: list[tuple[Place, str]]):
        self.places = [p for p, _ in places]
        self._by_key: dict[str, list[Place]] = {}
        for place, base in places:
            for key in {name_key(place.name), base}:
                bucket = self._by_key.setdefault(key, [])
                if place not in bucket:
                    bucket.append(place)

    def __len__(self) -> int:
        return len(self.places)

    def keys(self) -> list[str]:
        return sorted(self._by_key)

    def candidates(self, text: str) -> list[Place]:
        """Every woonplaats a written name can mean, in file order."""
        return list(self._by_key.get(name_key(text), ()))

    def municipalities(self, text: str) -> list[str]:
        """The distinct current municipality codes a written place name can mean."""
        return list(dict.fromkeys(p.gemeente_code for p in self.candidates(text)))


def parse_rows(text: str, suffix_words: frozenset[str]) -> list[tuple[Place, str]]:
    """Read and check the CSV: exact columns, WP/GM codes, every municipality a current one."""
    gaz = gazetteer()
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise ValueError(f"woonplaatsen: columns {reader.fieldnames}, expected {list(COLUMNS)}")
    out = []
    for row in reader:
        name, code = row["woonplaats"].strip(), row["woonplaats_code"] or None
        if not name:
            raise ValueError("woonplaatsen: a row without a name")
        if code is not None and not PLACE_CODE.fullmatch(code):
            raise ValueError(f"woonplaatsen: {name} has a bad code {code!r}")
        municipality = gaz.get(row["gemeente_code"])
        if municipality is None or not municipality.current:
            raise ValueError(f"woonplaatsen: {name} lies in {row['gemeente_code']}, not a current municipality")
        old = row["gemeente_code_2018"] or None
        if old is not None and gaz.get(old) is None:
            raise ValueError(f"woonplaatsen: {name} has an unknown gemeente_code_2018 {old}")
        place = Place(name, code, municipality.code, municipality.province, old)
        out.append((place, base_key(name, municipality.name, suffix_words)))
    return out


@lru_cache(maxsize=1)
def place_words() -> GazetteerPlacesFile:
    """``resources/gazetteer/places.json``: the words that make a place name count."""
    return load_file(GazetteerPlacesFile)


@lru_cache(maxsize=1)
def place_index() -> PlaceIndex:
    """The package's woonplaatsen, read and checked once per process."""
    suffixes = frozenset(w.lower().rstrip(".") for w in place_words().suffix_words)
    return PlaceIndex(parse_rows(read_text("gazetteer", "woonplaatsen.csv"), suffixes))
