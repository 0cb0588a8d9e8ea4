"""Reading the JSON that the bot sends (Block Kit, Adaptive Cards) the way an assertion needs it."""

from __future__ import annotations

from collections.abc import Iterator


def walk(node: object) -> Iterator[dict]:
    """Every object in a payload (blocks, elements, inlines, actions, nested cards), depth first."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from walk(item)
