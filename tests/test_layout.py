"""The house's rules, read from the code's own imports: which way each layer may import, and no cycles.

Every import counts, at the top of a module or inside a function, so a cycle can't
hide behind a late import; only imports under ``if TYPE_CHECKING:`` are left out,
since they never run.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "bot"
FRONT_ENDS = ("bot.slack", "bot.teams", "bot.cli")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, Path]:
    return {module_name(path): path for path in PACKAGE.rglob("*.py")}


def imports_of(module: str) -> set[str]:
    """The ``bot`` modules ``module`` imports when it runs; ``from bot.x import y`` counts as ``bot.x.y`` when
    ``y`` is a module, else as ``bot.x``."""
    tree = ast.parse(modules()[module].read_text("utf-8"))
    found: set[str] = set()
    for node in _running(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if submodule in modules() else node.module)
    return {name for name in found if name == "bot" or name.startswith("bot.")}


def _running(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node, except what sits under ``if TYPE_CHECKING:``."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            yield from (child for orelse in node.orelse for child in [orelse, *_running(orelse)])
            continue
        yield node
        yield from _running(node)


def within(module: str, *packages: str) -> bool:
    return any(module == package or module.startswith(package + ".") for package in packages)


def offending(layer: tuple[str, ...], forbidden: tuple[str, ...]) -> list[str]:
    return sorted(f"{module} imports {imported}" for module in modules() if within(module, *layer)
                  for imported in imports_of(module) if within(imported, *forbidden))


def test_the_engine_imports_no_platform_store_model_service_or_front_end() -> None:
    assert offending(("bot.coach",), ("bot.slack", "bot.teams", "bot.llm", "bot.store", "bot.services",
                                      "bot.cli", "bot.server")) == []


@pytest.mark.parametrize("front_end", FRONT_ENDS)
def test_front_ends_go_through_the_services_never_the_store(front_end: str) -> None:
    assert offending((front_end,), ("bot.store",)) == []


def test_front_ends_never_import_each_other_except_the_terminal_building_the_teams_package() -> None:
    crossings = [line for front_end in FRONT_ENDS
                 for line in offending((front_end,), tuple(other for other in FRONT_ENDS if other != front_end))]
    assert crossings == ["bot.cli.teams_package imports bot.teams.package"]
    assert imports_of("bot.teams.package") == set() and imports_of("bot.teams") == set(), (
        "building the package must not load the Bot Framework SDK through the bot's modules"
    )


def test_services_import_no_front_end_and_no_server() -> None:
    assert offending(("bot.services",), (*FRONT_ENDS, "bot.server")) == []


def test_no_module_is_part_of_an_import_cycle() -> None:
    graph = {module: imports_of(module) & modules().keys() for module in modules()}
    cycles = []
    state: dict[str, str] = {}

    def visit(module: str, path: list[str]) -> None:
        state[module] = "open"
        for imported in sorted(graph[module]):
            if state.get(imported) == "open":
                cycles.append(" -> ".join([*path[path.index(imported):], imported]))
            elif imported not in state:
                visit(imported, [*path, imported])
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []
