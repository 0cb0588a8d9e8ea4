"""The engine's modules bind each module-level name once.

A pattern defined twice under one name is silent in Python: the later binding wins for every use, including the
ones written for the first, and a rule quietly reads with the wrong pattern.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import bot.coach

ENGINE = Path(bot.coach.__file__).parent
MODULES = sorted(ENGINE.rglob("*.py"))


def _bound_at_module_level(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and node.value is not None and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


@pytest.mark.parametrize("module", MODULES, ids=lambda path: str(path.relative_to(ENGINE)))
def test_no_module_level_name_is_bound_twice(module: Path) -> None:
    names = Counter(_bound_at_module_level(ast.parse(module.read_text(encoding="utf-8"))))
    assert not [name for name, count in names.items() if count > 1]


def test_a_second_binding_is_found() -> None:
    tree = ast.parse("A = 1\ndef f():\n    A = 3\nB: int = 2\nA = 2\nclass C: ...\ndef C(): ...\n")
    names = Counter(_bound_at_module_level(tree))
    assert {name for name, count in names.items() if count > 1} == {"A", "C"}
