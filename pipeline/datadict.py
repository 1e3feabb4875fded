"""The data dictionary: every output table and column, as Markdown, from ``schemas/``."""

from __future__ import annotations

from schemas import SCHEMAS, TABLE_DESCRIPTIONS, column_doc


def data_dictionary(table: str | None = None) -> str:
    """Markdown description of one table, or all when ``table`` is None (KeyError if unknown)."""
    names = [table] if table else list(SCHEMAS)
    parts = []
    for name in names:
        schema = SCHEMAS[name]
        parts.append(f"### `{name}.parquet`\n\n{TABLE_DESCRIPTIONS[name]}\n")
        parts.append("| column | type | null | meaning |\n| --- | --- | --- | --- |")
        for field in schema:
            doc = column_doc(field)
            meaning = doc["description"]
            if doc["allowed"]:
                meaning += " One of: " + ", ".join(f"`{v}`" for v in doc["allowed"]) + "."
            null = "yes" if doc["nullable"] else "no"
            parts.append(f"| `{doc['name']}` | {doc['type']} | {null} | {meaning} |")
        parts.append("")
    return "\n".join(parts)
