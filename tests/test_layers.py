"""The house's shape: imports run down the layers, never back up, and no module imports
itself in a circle. Only module-level imports count: one inside a function (an extra, or
the store for a command) is how a lower layer reaches an optional part on demand."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

# Lower first. A package may import its own layer's and the layers below.
LAYERS = [
    {"rasd.errors"},
    {"rasd.extras", "rasd.datafiles", "rasd.shared", "rasd.text", "rasd.csvsafe"},
    {"rasd.model", "rasd.geo"},
    {"rasd.extract", "rasd.eval", "rasd.geojson", "rasd.sources"},
    {"rasd.api", "rasd.learn", "rasd.store", "rasd.batch"},
    {"rasd.web"},
    {"rasd.cli", "rasd"},
]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def top_level_imports() -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for path in (SRC / "rasd").rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module]
            else:
                continue
            found[module_name(path)].update(n for n in names if n.split(".")[0] == "rasd")
    return found


def layer_of(module: str) -> int:
    package = ".".join(module.split(".")[:2])
    for number, layer in enumerate(LAYERS):
        if package in layer:
            return number
    raise AssertionError(f"{module} belongs to no layer: add its package to LAYERS")


def test_imports_run_down_the_layers() -> None:
    upward = sorted((module, target) for module, targets in top_level_imports().items()
                    for target in targets if layer_of(target) > layer_of(module))
    assert upward == []


def test_no_module_imports_itself_in_a_circle() -> None:
    graph = top_level_imports()
    modules = set(graph) | {t for targets in graph.values() for t in targets}

    circles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph.get(module, ())):
            if (target == module or target.startswith(module + ".")
                    or module.startswith(target + ".")):
                continue  # a package and its own parts: how a package re-exports its names
            if state.get(target) == 1:
                circles.append([*path[path.index(target):], target])
            elif target not in state:
                visit(target, [*path, target])
        state[module] = 2

    for module in sorted(modules):
        if module not in state:
            visit(module, [module])
    assert circles == []
