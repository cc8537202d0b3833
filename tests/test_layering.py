"""The house layout, checked on the source (no import is run): arrows run one way.

Read with :mod:`ast` from every file of ``gapcheck/``, counting every ``import`` and
``from ... import`` (at module level, inside functions and under ``TYPE_CHECKING``:
an import hidden in a function is still an arrow), with relative imports resolved
(``from . import x`` is the module ``x`` when there is one, else the package).

1. No import cycle between files: no strongly connected component of more than one
   file, except :data:`CYCLES_BEING_BROKEN`, which must only shrink.
2. Stages stacked as :data:`LAYERS` say: a module imports its own top-level package
   or packages of strictly lower layers, never a peer or a higher layer.
3. No module over :data:`MAX_LINES` lines except :data:`LONG_MODULES`.
4. Thin commands: the body of every Click command in ``gapcheck/cli/`` (after its
   docstring) is at most :data:`MAX_COMMAND_LINES` lines: parse options, call one
   library function, render.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "gapcheck"

#: Cycles still being broken. Empty: a new cycle is fixed by moving the shared piece
#: down, never by an entry here.
CYCLES_BEING_BROKEN: tuple[frozenset[str], ...] = ()

#: The stages, bottom first; names are the top-level modules and subpackages of
#: gapcheck ("gapcheck" is the package's own __init__). What stands on what:
#: records, errors and the small shared helpers at the bottom; then the pipeline
#: (ingest < parse < extract < score < advise); ``check`` and ``batch`` run it;
#: ``gaps`` runs batch, ``diagnose`` reads the log and uses the gap plan; ``report``
#: renders the records of all of them (so it sits above them: the JSON envelope and
#: the format rule it shares with ``batch`` live at the bottom, in
#: :mod:`gapcheck.envelope` and :mod:`gapcheck.formats`); ``api`` and the CLI on top.
LAYERS: tuple[frozenset[str], ...] = tuple(
    frozenset(layer.split())
    for layer in (
        "gapcheck",
        "errors paths files envelope formats records",
        "nlp store",
        "ingest",
        "parse",
        "extract occupation",
        "score",
        "advise pipeline feedback",
        "check",
        "batch",
        "gaps",
        "diagnose",
        "report",
        "api",
        "cli",
        "__main__",
    )
)

MAX_LINES = 600
#: Modules allowed over MAX_LINES for now (being split); only ever remove entries.
LONG_MODULES: frozenset[str] = frozenset()

MAX_COMMAND_LINES = 30


def module_files(root: Path) -> dict[str, Path]:
    """Dotted module name -> file, for every ``.py`` file of the package."""
    files = {}
    for path in sorted((root / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        files[".".join(parts)] = path
    return files


def _owner(name: str, files: Mapping[str, Path]) -> str | None:
    """The module file ``name`` lives in (``gapcheck.a.b.C`` -> ``gapcheck.a.b``)."""
    while name and name not in files:
        name = name.rpartition(".")[0]
    return name or None


def imports_of(module: str, files: Mapping[str, Path]) -> dict[str, int]:
    """The gapcheck modules ``module`` imports -> line of the first import."""
    path = files[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: dict[str, int] = {}

    def add(target: str | None, line: int) -> None:
        if target and target != module:
            found.setdefault(target, line)

    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.partition(".")[0] == PACKAGE:
                    add(_owner(alias.name, files), node.lineno)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                source = ".".join([*base, *([node.module] if node.module else [])])
            else:
                source = node.module or ""
            if source.partition(".")[0] != PACKAGE:
                continue
            for alias in node.names:
                # `from pkg import x` imports the module pkg.x when there is one
                sub = f"{source}.{alias.name}"
                add(sub if sub in files else _owner(source, files), node.lineno)
    return found


def import_graph(root: Path = ROOT) -> dict[str, dict[str, int]]:
    files = module_files(root)
    return {module: imports_of(module, files) for module in files}


def cycles(graph: Mapping[str, Iterable[str]]) -> list[frozenset[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(graph[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, edges = work[-1]
            for nxt in edges:
                if nxt not in graph:
                    continue
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(graph[nxt])))
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.add(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(frozenset(component))
    return found


def stage(module: str) -> str:
    """``gapcheck.report.gaps_md`` -> ``report``; the package itself -> ``gapcheck``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def layer_of(name: str) -> int:
    for number, layer in enumerate(LAYERS):
        if name in layer:
            return number
    raise KeyError(name)


def upward_imports(graph: Mapping[str, Mapping[str, int]]) -> list[str]:
    """Every import of a peer or of a higher layer, as ``a -> b (line n)``."""
    bad = []
    for module, targets in sorted(graph.items()):
        for target, line in sorted(targets.items()):
            here, there = stage(module), stage(target)
            if here != there and layer_of(there) >= layer_of(here):
                bad.append(f"{module} -> {target} (line {line})")
    return bad


def describe(component: frozenset[str], graph: Mapping[str, Mapping[str, int]]) -> str:
    arrows = [
        f"{a} -> {b} (line {graph[a][b]})"
        for a in sorted(component)
        for b in sorted(component)
        if b in graph[a]
    ]
    return "; ".join(arrows)


# --- the checks on gapcheck itself ---------------------------------------------------


def test_no_import_cycle() -> None:
    graph = import_graph()
    new = [
        describe(c, graph)
        for c in cycles(graph)
        if not any(c <= allowed for allowed in CYCLES_BEING_BROKEN)
    ]
    assert not new, "import cycles (move the shared piece down):\n" + "\n".join(new)


def test_stages_import_downward_only() -> None:
    graph = import_graph()
    unknown = sorted({stage(m) for m in graph} - set().union(*LAYERS))
    assert not unknown, f"place these in LAYERS: {unknown}"
    bad = upward_imports(graph)
    assert not bad, "imports of a peer or a higher stage:\n" + "\n".join(bad)


def test_modules_stay_short() -> None:
    lengths = {
        path.relative_to(ROOT).as_posix(): len(path.read_text("utf-8").splitlines())
        for path in module_files(ROOT).values()
    }
    over = {p: n for p, n in lengths.items() if n > MAX_LINES and p not in LONG_MODULES}
    assert not over, f"split these modules (over {MAX_LINES} lines): {over}"


def command_lengths(root: Path = ROOT) -> dict[str, int]:
    """``file:function`` -> lines of code of each Click command (``@...command``)."""
    out = {}
    for path in sorted((root / PACKAGE / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef) or not any(
                "command" in ast.unparse(d) for d in node.decorator_list
            ):
                continue
            body = node.body
            if isinstance(body[0], ast.Expr) and isinstance(
                body[0].value, ast.Constant
            ):
                body = body[1:]
            lines = (node.end_lineno or 0) - body[0].lineno + 1 if body else 0
            out[f"{path.relative_to(root).as_posix()}:{node.name}"] = lines
    return out


def test_commands_stay_thin() -> None:
    lengths = command_lengths()
    assert len(lengths) >= 10, lengths  # the scan finds the commands
    fat = {name: n for name, n in lengths.items() if n > MAX_COMMAND_LINES}
    assert not fat, f"move the logic into the library (over {MAX_COMMAND_LINES}): {fat}"


# --- the checker on a made-up package: it can fail ------------------------------------


def _tree(tmp_path: Path, sources: Mapping[str, str]) -> Path:
    for name, text in sources.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("sources", "expected"),
    [
        (  # `from . import b` in a package's __init__ is the module b
            {
                "gapcheck/__init__.py": "",
                "gapcheck/a/__init__.py": "from . import b\n",
                "gapcheck/a/b.py": "from gapcheck.a import NAME\n",
            },
            [{"gapcheck.a", "gapcheck.a.b"}],
        ),
        (  # a lazy import in a function still closes the cycle
            {
                "gapcheck/__init__.py": "",
                "gapcheck/x.py": "from gapcheck.y import f\n",
                "gapcheck/y.py": "def f():\n    from gapcheck import x\n",
            },
            [{"gapcheck.x", "gapcheck.y"}],
        ),
        (  # `from ..c import d` two levels up, three files round
            {
                "gapcheck/__init__.py": "",
                "gapcheck/p/__init__.py": "",
                "gapcheck/p/q.py": "from ..c import d\n",
                "gapcheck/c.py": "import gapcheck.r\n",
                "gapcheck/r.py": "from .p.q import thing\n",
            },
            [{"gapcheck.p.q", "gapcheck.c", "gapcheck.r"}],
        ),
        (  # importing a package's submodule is no arrow to the package's __init__
            {
                "gapcheck/__init__.py": "",
                "gapcheck/a/__init__.py": "from gapcheck.a.b import B\n",
                "gapcheck/a/b.py": "from gapcheck.a.c import C\n",
                "gapcheck/a/c.py": "C = 1\n",
            },
            [],
        ),
    ],
)
def test_cycle_checker_finds_cycles(
    tmp_path: Path, sources: Mapping[str, str], expected: list[set[str]]
) -> None:
    graph = import_graph(_tree(tmp_path, sources))
    assert sorted(map(sorted, cycles(graph))) == sorted(map(sorted, expected))


def test_command_length_counts_code_not_the_docstring(tmp_path: Path) -> None:
    body = "".join(f"    x{i} = {i}\n" for i in range(31))
    _tree(
        tmp_path,
        {
            "gapcheck/cli/fat.py": "@click.command()\ndef run():\n"
            f'    """Doc.\n\n    More doc.\n    """\n{body}',
        },
    )
    assert command_lengths(tmp_path) == {"gapcheck/cli/fat.py:run": 31}


def test_layer_checker_finds_an_upward_import(tmp_path: Path) -> None:
    graph = import_graph(
        _tree(
            tmp_path,
            {
                "gapcheck/__init__.py": "",
                "gapcheck/parse/__init__.py": "from gapcheck.ingest import read\n",
                "gapcheck/ingest/__init__.py": "from gapcheck.parse.x import y\n",
                "gapcheck/parse/x.py": "from gapcheck import records\n",
                "gapcheck/records.py": "",
            },
        )
    )
    assert upward_imports(graph) == ["gapcheck.ingest -> gapcheck.parse.x (line 1)"]
