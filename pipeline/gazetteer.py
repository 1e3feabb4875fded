"""The gazetteer of Dutch municipalities: CBS codes, official names, provinces, history.

One data file, ``resources/gazetteer/gemeenten.csv`` (see its ``SOURCES.md``),
with the project's own aliases of ``aliases.json`` added to its rows:
every municipality that existed on or after 1 January 2009, with its CBS code
(``GM0518``), official CBS name (``'s-Gravenhage``), province, the days it
existed (``valid_from``/``valid_to``, both inclusive, empty = open) and the
code it merged into. It is read once per process (``gazetteer()``), checked
on the way in, and answers three questions:

- which municipality does a written name mean (``lookup``/``candidates``):
  names and aliases are compared in ``name_key`` form, so case, whitespace,
  apostrophes (’ ' ‘), hyphens, dots, brackets, accents and a leading
  ``gemeente`` do not matter (``DEN HAAG``, ``Den Haag``, ``'s-Gravenhage``
  and ``Gemeente ’s Gravenhage`` are one municipality);
- which municipalities existed on a day or in a year (``valid_on``);
- what became of a municipality (``successor_chain`` to today's one).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib.resources import files

from pipeline.datafiles import load_file
from pipeline.resource_files import GazetteerAliasesFile

COLUMNS = ("code", "name", "province", "valid_from", "valid_to", "merged_into", "aliases")
CODE = re.compile(r"GM\d{4}")

_APOSTROPHES = re.compile(r"[’‘'`´′]")
# Hyphens, dashes, dots, brackets and commas separate words the same way a
# space does: 'Súdwest-Fryslân' = 'Sudwest Fryslan', 'Bergen (NH.)' = 'Bergen NH'.
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—.,()/]+")
_GEMEENTE = re.compile(r"^gemeente\s+")
# The province a shared name carries in the CBS table: 'Bergen (NH.)'.
_SUFFIX = re.compile(r"\s*\([^)]*\)$")
# 'St.' abbreviates 'Sint' in a place's name ('St.-Jacobiparochie' is 'Sint Jacobiparochie' of a paper).
_SAINT = re.compile(r"(?:^|(?<= ))st(?= )")


def name_key(text: str) -> str:
    """The form names are compared in: lower case, no accents/apostrophes, single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = _APOSTROPHES.sub("", bare.lower())
    bare = _SEPARATORS.sub(" ", bare).strip()
    # 'Capelle aan de IJssel' is the common spelling of 'Capelle aan den IJssel'.
    bare = bare.replace(" aan den ", " aan de ")
    return _SAINT.sub("sint", _GEMEENTE.sub("", bare))


def _when(when: date | int) -> tuple[date, date]:
    """A day or a year as the (first, last) day it covers."""
    if isinstance(when, date):
        return when, when
    return date(when, 1, 1), date(when, 12, 31)


@dataclass(frozen=True)
class Municipality:
    """One row of the gazetteer. ``valid_to`` is the last day it existed (inclusive)."""

    code: str
    name: str
    province: str
    valid_from: date | None
    valid_to: date | None
    merged_into: str | None
    aliases: tuple[str, ...] = ()

    @property
    def current(self) -> bool:
        return self.valid_to is None

    def valid_on(self, when: date | int) -> bool:
        """Did it exist on this day, or on any day of this year?"""
        first, last = _when(when)
        starts_ok = self.valid_from is None or self.valid_from <= last
        ends_ok = self.valid_to is None or self.valid_to >= first
        return starts_ok and ends_ok


class Gazetteer:
    """The municipalities by code and by ``name_key`` of their names and aliases."""

    def __init__(self, municipalities: list[Municipality]):
        self.by_code: dict[str, Municipality] = {}
        self._by_key: dict[str, list[Municipality]] = {}
        for m in municipalities:
            if m.code in self.by_code:
                raise ValueError(f"gazetteer: code {m.code} appears twice")
            self.by_code[m.code] = m
            for surface in (m.name, *m.aliases):
                bucket = self._by_key.setdefault(name_key(surface), [])
                if m not in bucket:
                    bucket.append(m)
        for m in municipalities:
            if m.merged_into is not None and m.merged_into not in self.by_code:
                raise ValueError(f"gazetteer: {m.code} merged into unknown code {m.merged_into}")
        for m in municipalities:
            self.successor_chain(m.code)  # raises on a loop or a dead end

    def __len__(self) -> int:
        return len(self.by_code)

    def __iter__(self):
        return iter(self.by_code.values())

    def get(self, code: str) -> Municipality | None:
        return self.by_code.get(code)

    def surface_forms(self) -> list[tuple[str, Municipality, bool]]:
        """Every written form in the file: (text, municipality, is_official_name)."""
        forms = []
        for m in self.by_code.values():
            forms.append((m.name, m, True))
            forms.extend((alias, m, False) for alias in m.aliases)
        return forms

    def shared_names(self) -> dict[str, tuple[str, tuple[Municipality, ...]]]:
        """The names two municipalities share, told apart only by their suffix (``Bergen (NH.)``,
        ``Bergen (L.)``) and no municipality's name or alias bare: ``name_key`` -> (the bare
        name, those municipalities). A text resolves such a name from its context."""
        out: dict[str, tuple[str, list[Municipality]]] = {}
        for m in self.by_code.values():
            bare = _SUFFIX.sub("", m.name)
            if bare != m.name and name_key(bare) not in self._by_key:
                out.setdefault(name_key(bare), (bare, []))[1].append(m)
        return {k: (bare, tuple(ms)) for k, (bare, ms) in out.items() if len(ms) > 1}

    def candidates(self, text: str) -> list[Municipality]:
        """All municipalities a written name can mean, in file order."""
        return list(self._by_key.get(name_key(text), ()))

    def lookup(self, text: str, when: date | int | None = None) -> Municipality | None:
        """The municipality a written name means, at a day or year if given.

        Where several share a name form, the one valid at ``when`` wins, then
        a current one, then the one that existed last.
        """
        found = self.candidates(text)
        if not found:
            return None
        if when is not None:
            valid = [m for m in found if m.valid_on(when)]
            if valid:
                return valid[0]
        current = [m for m in found if m.current]
        if current:
            return current[0]
        return max(found, key=lambda m: m.valid_to or date.max)

    def is_official_name(self, text: str, municipality: Municipality) -> bool:
        return name_key(text) == name_key(municipality.name)

    def valid_on(self, when: date | int) -> list[Municipality]:
        """The municipalities that existed on this day (or on some day of this year)."""
        return [m for m in self.by_code.values() if m.valid_on(when)]

    def successor_chain(self, code: str) -> list[Municipality]:
        """``code`` and each municipality it merged into, ending at a current one."""
        chain = [self.by_code[code]]
        while chain[-1].merged_into is not None:
            nxt = self.by_code[chain[-1].merged_into]
            if nxt in chain:
                raise ValueError(f"gazetteer: merge chain of {code} loops at {nxt.code}")
            chain.append(nxt)
        if not chain[-1].current:
            raise ValueError(
                f"gazetteer: merge chain of {code} ends at {chain[-1].code}, which no longer exists"
            )
        return chain

    def successor_on(self, code: str, when: date | int) -> Municipality | None:
        """The first municipality in ``code``'s merge chain that existed at ``when``."""
        for m in self.successor_chain(code)[1:]:
            if m.valid_on(when):
                return m
        return None


def _date(value: str, field: str, code: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(
            f"gazetteer: {code} has a bad {field} {value!r} (want YYYY-MM-DD)"
        ) from None


def parse_rows(text: str) -> list[Municipality]:
    """Read and check the CSV text: exact columns, GM codes, ISO dates, no empty names."""
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise ValueError(f"gazetteer: columns {reader.fieldnames}, expected {list(COLUMNS)}")
    rows = []
    for row in reader:
        code = row["code"]
        if not CODE.fullmatch(code):
            raise ValueError(f"gazetteer: bad code {code!r} (want GM and four digits)")
        if not row["name"].strip() or not row["province"].strip():
            raise ValueError(f"gazetteer: {code} lacks a name or province")
        merged = row["merged_into"] or None
        if merged is not None and not CODE.fullmatch(merged):
            raise ValueError(f"gazetteer: {code} has a bad merged_into {merged!r}")
        valid_from = _date(row["valid_from"], "valid_from", code)
        valid_to = _date(row["valid_to"], "valid_to", code)
        if valid_from and valid_to and valid_from > valid_to:
            raise ValueError(f"gazetteer: {code} ends before it starts")
        if (valid_to is None) != (merged is None):
            raise ValueError(f"gazetteer: {code} needs merged_into exactly when it has a valid_to")
        aliases = tuple(a.strip() for a in row["aliases"].split(";") if a.strip())
        rows.append(
            Municipality(code, row["name"], row["province"], valid_from, valid_to, merged, aliases)
        )
    return rows


def with_aliases(rows: list[Municipality], extra: dict[str, list[str]]) -> list[Municipality]:
    """``rows`` with the aliases of ``extra`` (code -> names) added after their own.

    ``gemeenten.csv`` is a copy of a reference table and stays as copied; names a Dutch reader
    knows that it lacks (Frisian ``Skiermûntseach``) are the project's own, kept beside it. An
    unknown code, an empty name, or a name another municipality already answers to is an error.
    """
    by_code = {m.code: m for m in rows}
    known = {name_key(form): m.code for m in rows for form in (m.name, *m.aliases)}
    added: dict[str, tuple[str, ...]] = {}
    for code, names in extra.items():
        if code not in by_code:
            raise ValueError(f"gazetteer aliases: unknown code {code!r}")
        if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
            raise ValueError(f"gazetteer aliases: {code} needs a list of names")
        for alias in names:
            if known.setdefault(name_key(alias), code) != code:
                raise ValueError(f"gazetteer aliases: {alias!r} of {code} already names {known[name_key(alias)]}")
        added[code] = tuple(n.strip() for n in names)
    return [replace(m, aliases=m.aliases + added[m.code]) if m.code in added else m for m in rows]


def with_sort_forms(rows: list[Municipality], articles: list[str]) -> list[Municipality]:
    """``rows`` with the sort form of every name that starts with an article (``Marne, De`` for
    ``De Marne``), as the gemeentefonds' circulaires and CBS lists order a table's rows; the
    copied table has it for a few current municipalities only (``Bilt, De``). A form the table
    has, or one another municipality answers to, is not added twice."""
    known = {name_key(form) for m in rows for form in (m.name, *m.aliases)}
    out = []
    for m in rows:
        head, _, rest = m.name.partition(" ")
        form = f"{rest}, {head}"
        if head in articles and rest and name_key(form) not in known:
            known.add(name_key(form))
            m = replace(m, aliases=(*m.aliases, form))
        out.append(m)
    return out


# A capital I opening a word of a name: OCR reads it as a small l ('Hendrik-ldo-Ambacht', 'lJsselstein').
_OPENING_I = re.compile(r"(?:^|(?<=[\s-]))I")


def with_ocr_forms(rows: list[Municipality]) -> list[Municipality]:
    """``rows`` with each name's form as OCR reads a word's opening capital I (a small l), where no
    municipality answers to that form already."""
    known = {name_key(form) for m in rows for form in (m.name, *m.aliases)}
    out = []
    for m in rows:
        forms = [f for f in (_OPENING_I.sub("l", n) for n in (m.name, *m.aliases) if _OPENING_I.search(n))
                 if name_key(f) not in known]
        known.update(name_key(f) for f in forms)
        out.append(replace(m, aliases=(*m.aliases, *dict.fromkeys(forms))) if forms else m)
    return out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The package's gazetteer, read and checked once per process."""
    path = files("pipeline") / "resources" / "gazetteer" / "gemeenten.csv"
    rows = parse_rows(path.read_text(encoding="utf-8"))
    own = load_file(GazetteerAliasesFile)
    return Gazetteer(with_ocr_forms(with_sort_forms(with_aliases(rows, own.aliases), own.sort_form_articles)))


def lookup(text: str, when: date | int | None = None) -> Municipality | None:
    """Shortcut for ``gazetteer().lookup``."""
    return gazetteer().lookup(text, when)


def successor_chain(code: str) -> list[Municipality]:
    """Shortcut for ``gazetteer().successor_chain``: ``code`` to today's municipality."""
    return gazetteer().successor_chain(code)


def valid_on(when: date | int) -> list[Municipality]:
    """Shortcut for ``gazetteer().valid_on``."""
    return gazetteer().valid_on(when)
