"""The stages import one way: no import cycle between modules, and no stage imports a later one.

Read from the source (every ``import`` and ``from ... import``, also inside
functions), so a lazy import does not hide a cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pipeline

PACKAGE = Path(pipeline.__file__).parent


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    modules = {_module(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                continue
            found |= {t for t in targets if t in modules and t != name}
        # Importing a module imports its packages first anyway: an edge to a package
        # that holds the module is no cycle of the code's making.
        graph[name] = {t for t in found if not name.startswith(t + ".")}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_no_module_imports_itself_back():
    assert _cycle(_imports()) is None


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


# What each of these may not import: the stages after it (and the Dutch below all stages: any stage).
FORBIDDEN = {
    "dutch": {"ingest", "clean", "nlp", "extract", "link", "normalize", "tables", "process", "run"},
    "extract": {"link", "normalize", "tables", "process", "run"},
    "link": {"normalize", "tables", "process", "run"},
    "normalize": {"tables", "process", "run"},
}


def test_no_stage_imports_a_later_one():
    wrong = sorted(
        (module, target)
        for module, targets in _imports().items()
        for target in targets
        if _stage(target) in FORBIDDEN.get(_stage(module), set())
    )
    assert wrong == []


def test_the_extractors_do_not_import_the_pipeline_that_runs_them():
    assert not any(
        target == "pipeline.nlp"
        for module, targets in _imports().items()
        if _stage(module) == "extract"
        for target in targets
    )
