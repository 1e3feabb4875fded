"""``pipeline_version``: the package version plus a hash of the rules and data.

Two runs with the same ``pipeline_version`` over the same input give the same
tables; a changed pattern file or gazetteer changes the hash even when the
package version was not bumped.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources

from pipeline import __version__


def _resource_files():
    root = resources.files("pipeline") / "resources"
    stack = [root]
    while stack:
        node = stack.pop()
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            if child.is_dir():
                stack.append(child)
            elif not child.name.startswith("."):
                yield child


@lru_cache(maxsize=1)
def rules_hash() -> str:
    """SHA-256 (first 12 hex digits) over every resource file's name and bytes, in name order."""
    digest = hashlib.sha256()
    root = str(resources.files("pipeline") / "resources")
    for path in sorted(_resource_files(), key=lambda f: str(f)):
        digest.update(str(path)[len(root):].encode("utf-8"))
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def pipeline_version() -> str:
    return f"{__version__}+rules.{rules_hash()}"
