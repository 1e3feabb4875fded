"""Provinces, veiligheidsregio's and GGD regions: their CBS codes and which municipality lies in which.

Two data files in ``resources/regions/`` (see its ``SOURCES.md``):

- ``regions.csv``: every region kenmerk recognises in text, as
  ``code,name,kind,aliases`` with ``kind`` one of ``province`` (CBS codes
  PV20..PV31), ``veiligheidsregio`` (VR01..VR25) or ``ggd_region`` (GGD
  regions; their code is empty where it has not been checked against CBS);
- ``membership.csv``: for each current municipality (342) its province code
  and, where checked, its veiligheidsregio and GGD region code (empty = not
  known to kenmerk, never guessed).

Both are read once per process and checked on the way in (exact columns,
code formats, kinds, every member code a known region of the right kind).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

REGION_KINDS = ("province", "veiligheidsregio", "ggd_region")
REGION_COLUMNS = ("code", "name", "kind", "aliases")
MEMBERSHIP_COLUMNS = ("code", "name", "province_code", "veiligheidsregio_code", "ggd_region_code")
CODE_PATTERNS = {
    "province": re.compile(r"PV\d{2}"),
    "veiligheidsregio": re.compile(r"VR\d{2}"),
    "ggd_region": re.compile(r"GG\d{4}"),
}
REGION_CODE = r"(PV\d{2}|VR\d{2}|GG\d{4})"


@dataclass(frozen=True)
class Region:
    """A province, veiligheidsregio or GGD region; ``code`` is None where no checked CBS code is known."""

    code: str | None
    name: str
    kind: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Membership:
    """The regions one municipality belongs to (None = not in kenmerk's checked data)."""

    code: str
    name: str
    province_code: str
    veiligheidsregio_code: str | None
    ggd_region_code: str | None


def _read(name: str) -> str:
    return (files("pipeline") / "resources" / "regions" / name).read_text(encoding="utf-8")


def parse_regions(text: str) -> list[Region]:
    """Read and check ``regions.csv``."""
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != REGION_COLUMNS:
        raise ValueError(f"regions.csv: columns {reader.fieldnames}, expected {list(REGION_COLUMNS)}")
    regions, seen = [], set()
    for row in reader:
        kind, code, name = row["kind"], row["code"] or None, row["name"].strip()
        if kind not in REGION_KINDS:
            raise ValueError(f"regions.csv: unknown kind {kind!r} (want one of {REGION_KINDS})")
        if not name:
            raise ValueError(f"regions.csv: a {kind} without a name")
        if code is not None:
            if not CODE_PATTERNS[kind].fullmatch(code):
                raise ValueError(f"regions.csv: bad {kind} code {code!r}")
            if code in seen:
                raise ValueError(f"regions.csv: code {code} appears twice")
            seen.add(code)
        aliases = tuple(a.strip() for a in row["aliases"].split(";") if a.strip())
        regions.append(Region(code, name, kind, aliases))
    return regions


def parse_membership(text: str, regions: list[Region]) -> dict[str, Membership]:
    """Read and check ``membership.csv`` against the regions."""
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != MEMBERSHIP_COLUMNS:
        raise ValueError(f"membership.csv: columns {reader.fieldnames}, expected {list(MEMBERSHIP_COLUMNS)}")
    kinds = {r.code: r.kind for r in regions if r.code}
    members: dict[str, Membership] = {}
    for row in reader:
        code = row["code"]
        if not re.fullmatch(r"GM\d{4}", code) or code in members:
            raise ValueError(f"membership.csv: bad or repeated municipality code {code!r}")
        values = {}
        for column, kind in (("province_code", "province"), ("veiligheidsregio_code", "veiligheidsregio"),
                             ("ggd_region_code", "ggd_region")):
            value = row[column] or None
            if value is not None and kinds.get(value) != kind:
                raise ValueError(f"membership.csv: {code} has {column} {value!r}, not a known {kind}")
            values[column] = value
        if values["province_code"] is None:
            raise ValueError(f"membership.csv: {code} lacks a province")
        members[code] = Membership(code, row["name"], **values)
    return members


@lru_cache(maxsize=1)
def regions() -> tuple[Region, ...]:
    """Every region of ``regions.csv``, checked, in file order."""
    return tuple(parse_regions(_read("regions.csv")))


@lru_cache(maxsize=1)
def memberships() -> dict[str, Membership]:
    """Municipality code -> its regions, for the current municipalities."""
    return parse_membership(_read("membership.csv"), list(regions()))


def region_columns(municipality_code: str) -> dict[str, str | None]:
    """The region columns of a municipalities.parquet row (None where not known)."""
    member = memberships().get(municipality_code)
    if member is None:
        # A municipality that no longer exists: its province at the time, from the gazetteer.
        from pipeline.gazetteer import gazetteer

        old = gazetteer().get(municipality_code)
        codes = {r.name: r.code for r in regions() if r.kind == "province"}
        return {"province_code": codes.get(old.province) if old else None,
                "veiligheidsregio_code": None, "ggd_region_code": None}
    return {
        "province_code": member.province_code,
        "veiligheidsregio_code": member.veiligheidsregio_code,
        "ggd_region_code": member.ggd_region_code,
    }


# --- finding regions in text ------------------------------------------------------------

# The word that makes a name a region of that kind ('provincie Utrecht', 'Veiligheidsregio
# Twente', 'GGD Hart voor Brabant'). Provinces whose name is not also a municipality's are
# recognised without it ('in Gelderland', 'Noord-Brabant').
PREFIXES = {
    "province": r"[Pp]rovincie",
    "veiligheidsregio": r"[Vv]eiligheidsregio",
    "ggd_region": r"GGD",
}
# A name is a whole word: not glued to letters or a hyphen on either side ('Zuid-Limburg'
# is not the province Limburg, 'Brabantse' is an adjective).
_BEFORE, _AFTER = r"(?<![\w-])", r"(?![\w-])"
# The cheap test run before a kind's prefixed patterns (``find_regions``).
_TRIGGERS = {kind: re.compile(prefix) for kind, prefix in PREFIXES.items()}


@dataclass(frozen=True)
class RegionMatch:
    start: int
    end: int
    region: Region
    rule: str


def _names(region: Region) -> list[str]:
    return sorted({region.name, *region.aliases}, key=len, reverse=True)


def _name_pattern(name: str) -> str:
    return r"\s+".join(re.escape(part) for part in name.split())


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern, Region, str, str], ...]:
    from pipeline.gazetteer import gazetteer, name_key

    municipal = {name_key(form) for form, _m, _official in gazetteer().surface_forms()}
    patterns = []
    for region in regions():
        for name in _names(region):
            # Every match holds the name's first word as it is written.
            first = name.split()[0]
            prefixed = rf"{_BEFORE}{PREFIXES[region.kind]}\s+{_name_pattern(name)}{_AFTER}"
            patterns.append((re.compile(prefixed), region, f"{region.kind}_prefix", first))
            if region.kind == "province" and name_key(name) not in municipal:
                bare = rf"{_BEFORE}{_name_pattern(name)}{_AFTER}"
                patterns.append((re.compile(bare), region, "province_name", first))
    return tuple(patterns)


def find_regions(text: str) -> list[RegionMatch]:
    """The regions named in ``text``: longest match first, no two overlapping, in text order."""
    # A prefixed name cannot match where its prefix word is absent, and no name where
    # its first word is absent: skip those patterns (each would scan the whole text).
    present = {kind: trigger.search(text) is not None for kind, trigger in _TRIGGERS.items()}
    found = [RegionMatch(m.start(), m.end(), region, rule)
             for pattern, region, rule, first in _patterns()
             if (rule == "province_name" or present[region.kind]) and first in text
             for m in pattern.finditer(text)]
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[RegionMatch] = []
    for match in found:
        if kept and match.start < kept[-1].end:
            continue
        kept.append(match)
    return kept
