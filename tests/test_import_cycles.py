"""No import cycles in the extract and parse stages (issue 15): a module never imports
a module that imports it, at top level or inside a function."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "gapcheck"


def _graph() -> dict[str, set[str]]:
    mods: dict[str, Path] = {}
    for f in ROOT.rglob("*.py"):
        parts = f.relative_to(ROOT.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        mods[name] = f
    graph: dict[str, set[str]] = {m: set() for m in mods}
    for name, f in mods.items():
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                targets = {node.module} | {
                    f"{node.module}.{a.name}" for a in node.names
                }
            elif isinstance(node, ast.Import):
                targets = {a.name for a in node.names}
            else:
                continue
            graph[name] |= {t for t in targets if t in mods and t != name}
    return graph


def cycles(graph: dict[str, set[str]], prefixes: tuple[str, ...]) -> list[list[str]]:
    """Strongly connected groups of more than one module among ``prefixes``."""
    nodes = [n for n in graph if n.startswith(prefixes)]
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if not w.startswith(prefixes):
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in nodes:
        if v not in index:
            visit(v)
    return out


def test_cycle_finder_can_fail() -> None:
    graph = {"a.x": {"a.y"}, "a.y": {"a.z"}, "a.z": {"a.x"}, "a.w": set()}
    assert cycles(graph, ("a.",)) == [["a.x", "a.y", "a.z"]]


@pytest.mark.parametrize(
    "stage", ["gapcheck.extract.", "gapcheck.parse."]
)  # fmt: skip
def test_no_import_cycle(stage: str) -> None:
    assert cycles(_graph(), (stage,)) == []
