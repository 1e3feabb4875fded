"""The data dictionary: every output table and column, and every error code, as Markdown.

Generated from ``schemas/`` and ``pipeline/errors.py`` so the documentation
cannot drift from the definitions: ``kenmerk schema`` prints it, and
``python -m pipeline.datadict README.md`` rewrites the README's generated sections.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from pipeline.errors import MESSAGES
from schemas import ALL_SCHEMAS, TABLE_DESCRIPTIONS, column_doc


def data_dictionary(table: str | None = None) -> str:
    """Markdown description of one table, or all when ``table`` is None (KeyError if unknown)."""
    names = [table] if table else list(ALL_SCHEMAS)
    parts = []
    for name in names:
        schema = ALL_SCHEMAS[name]
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


def error_codes() -> str:
    """Markdown table rows: each error code with its message template."""
    rows = []
    for code, template in MESSAGES.items():
        text = re.sub(r"\{(\w+)(:[^}]*)?\}", r"<\1>", template).replace("|", "\\|")
        rows.append(f"| `{code}` | {text} |")
    return "\n".join(rows)


SECTIONS = {"data-dictionary": data_dictionary, "error-codes": error_codes}


def render_readme(text: str) -> str:
    """The README text with every generated section replaced by its current content."""
    for name, generate in SECTIONS.items():
        pattern = re.compile(rf"(<!-- {name}:start[^>]*-->\n).*?(<!-- {name}:end -->)", re.S)
        text = pattern.sub(lambda m, g=generate: m.group(1) + g() + "\n" + m.group(2), text)
    return text


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0] if args else "README.md")
    path.write_text(render_readme(path.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
