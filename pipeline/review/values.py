"""A fact's normalized value as an inspector reads it: ``€ 950.000`` -> ``950.000,00 EUR``.

Pure functions over one row of a fact table (a dict as ``pyarrow`` gives it),
shared by the review page and ``kenmerk show``. Columns added later by other
stages (``row_label``, ``column_label``, ``doc_kind``) are read with ``.get``.
"""

from __future__ import annotations

from decimal import Decimal

QUALIFIER_WORDS = {
    "exact": "exact", "more_than": "more than", "at_least": "at least",
    "at_most": "at most", "approx": "approximately",
}


def dutch_amount(value: Decimal | float | int | str | None) -> str | None:
    """``Decimal("950000")`` -> ``950.000,00``: Dutch grouping, two decimals."""
    if value is None:
        return None
    number = Decimal(str(value)).quantize(Decimal("0.01"))
    sign = "-" if number < 0 else ""
    whole, cents = f"{abs(number):.2f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return f"{sign}{'.'.join(groups)},{cents}"


def amount_value(row: dict) -> str:
    """``950.000,00 EUR``, ``10.000,00 – 20.000,00 EUR per dag``, ``redacted``."""
    if row.get("redacted"):
        value = "redacted (blacked out before publication)"
    elif row.get("value_eur") is not None:
        value = dutch_amount(row["value_eur"])
        if row.get("value_eur_max") is not None:
            value += f" – {dutch_amount(row['value_eur_max'])}"
        value += " EUR"
    elif row.get("value_in_currency") is not None:
        value = f"{dutch_amount(row['value_in_currency'])} {row.get('currency') or ''} (not converted)".strip()
    else:
        value = "no value"
    if row.get("per"):
        value += f" per {row['per']}"
    return value


def municipality_value(row: dict) -> str:
    """``GM0518 's-Gravenhage (Zuid-Holland), role address``."""
    value = f"{row.get('code')} {row.get('name')}"
    if row.get("province"):
        value += f" ({row['province']})"
    if row.get("merged_into"):
        value += f", merged into {row['merged_into']}"
    return value


def date_value(row: dict) -> str:
    """``2015 (year, END), 2015-01-01 – 2015-12-31``."""
    detail = [row.get("granularity")] + ([row["modifier"]] if row.get("modifier") else [])
    value = f"{row.get('value')} ({', '.join(d for d in detail if d)})"
    if row.get("start") and row.get("end"):
        value += f", {row['start']} – {row['end']}" if row["start"] != row["end"] else f", {row['start']}"
    if row.get("anchor"):
        value += f", relative to {row['anchor']}"
    return value


def training_value(row: dict) -> str:
    """``basistraining, 200 participants, 1 day, by ROR``."""
    parts = [row.get("name") or "training"]
    if row.get("participants") is not None:
        parts.append(f"{row['participants']} participants")
    if row.get("duration_days") is not None:
        days = row["duration_days"]
        parts.append(f"{days:g} day" + ("" if days == 1 else "s"))
    if row.get("provider"):
        parts.append(f"by {row['provider']}")
    if row.get("audience"):
        parts.append(f"for {row['audience']}")
    if row.get("year"):
        parts.append(str(row["year"]))
    return ", ".join(parts)


VALUE = {"amounts": amount_value, "municipalities": municipality_value,
         "dates": date_value, "trainings": training_value}


def normalized_value(kind: str, row: dict) -> str:
    """The fact's value in words, for a row of the ``kind`` table."""
    return VALUE[kind](row)


def qualifier(kind: str, row: dict) -> str | None:
    """The qualifier (``more than``) or role (``recipient``) worth showing, if any."""
    if kind in ("amounts", "trainings") and row.get("qualifier") not in (None, "exact"):
        return QUALIFIER_WORDS.get(row["qualifier"], row["qualifier"])
    if kind in ("municipalities", "dates") and row.get("role"):
        return f"role: {row['role']}"
    return None


def recipient(kind: str, row: dict) -> str | None:
    """The municipality an amount or training is tied to: ``GM0518 's-Gravenhage``."""
    code = row.get("municipality_code")
    if kind not in ("amounts", "trainings") or not code:
        return None
    name = row.get("municipality_name")
    return f"{code} {name}" if name else code


def table_cell(row: dict) -> str | None:
    """``row Almere, column 1 daagse`` for a fact read from a table, else None."""
    parts = []
    if row.get("row_label"):
        parts.append(f"row {row['row_label']}")
    if row.get("column_label"):
        parts.append(f"column {row['column_label']}")
    return ", ".join(parts) or None


def in_table(row: dict) -> bool:
    """True when the fact was read from a table (row or column label, or a table-row link)."""
    return bool(row.get("row_label") or row.get("column_label") or row.get("link_rule") == "table_row"
                or str(row.get("rule") or "").startswith("table"))
