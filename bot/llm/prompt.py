"""The LLM prompt as a versioned data file (``prompts/llm/<version>.toml``), checked when it is loaded.

Wording changes are data changes: they ship without touching code, and the
version recorded with each check says which wording produced it. A template
that names a variable the code doesn't supply fails at start-up, not on the
first agent's check.
"""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.resources import prompts_dir

CURRENT = "rewrite-v3"
REWRITE_VARIABLES = frozenset({"draft", "customer", "findings"})


class PromptError(ValueError):
    """A prompt file is missing, malformed, or doesn't fit the variables the code supplies."""


@dataclass(frozen=True, slots=True)
class Prompt:
    version: str
    system: str
    user: str

    def messages(self, **values: str) -> list[dict[str, str]]:
        """The chat messages for one request; every variable the templates name must be given."""
        missing = sorted((_fields(self.system) | _fields(self.user)) - values.keys())
        if missing:
            raise PromptError(f"Prompt {self.version} needs a value for {', '.join(missing)}.")
        return [
            {"role": "system", "content": self.system.format(**values)},
            {"role": "user", "content": self.user.format(**values)},
        ]


def load_prompt(version: str = CURRENT, *, folder: Path | None = None) -> Prompt:
    """A rewrite prompt; the practice customer's, with tables of its own, is ``llm.customer.load_customer_prompt``."""
    return prompt_from(*read_prompt_file(version, folder), REWRITE_VARIABLES)


def read_prompt_file(version: str, folder: Path | None = None) -> tuple[Path, dict]:
    """The parsed TOML of one prompt version, and its path for messages; ``PromptError`` when it can't be read."""
    path = (folder or prompts_dir() / "llm") / f"{version}.toml"
    try:
        return path, tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise PromptError(f"Can't read the prompt file {path}: {error.strerror or error}.") from error
    except tomllib.TOMLDecodeError as error:
        raise PromptError(f"The prompt file {path} is not valid TOML: {error}.") from error


def prompt_from(path: Path, data: dict, variables: frozenset[str]) -> Prompt:
    """The templates of a parsed prompt file, refused when one names a variable outside ``variables``."""
    missing = [key for key in ("version", "system", "user") if not isinstance(data.get(key), str) or not data[key]]
    if missing:
        raise PromptError(f"The prompt file {path} has no {', '.join(missing)} (each a non-empty string).")
    for part in ("system", "user"):
        try:
            names = _fields(data[part])
        except ValueError as error:
            raise PromptError(f"The {part} template in {path} is malformed ({error}); write a literal brace as "
                              "{{ or }}.") from error
        unknown = sorted(names - variables)
        if unknown:
            raise PromptError(f"The {part} template in {path} uses {', '.join('{' + n + '}' for n in unknown)}, "
                              f"which the code doesn't supply; it supplies {', '.join(sorted(variables))}.")
    return Prompt(data["version"], data["system"], data["user"])


def data_quoter(*tags: str) -> Callable[[str], str]:
    """Rewrites a text quoted inside one of ``tags`` so it can't close that tag and smuggle words out as
    instructions: its own ``<tag>`` or ``</tag>`` become ``‹tag›`` or ``‹/tag›``."""
    pattern = re.compile(rf"<(/?\s*(?:{'|'.join(tags)})\s*)>", re.IGNORECASE)
    return lambda text: pattern.sub(r"‹\1›", text)


def _fields(template: str) -> set[str]:
    """Variable names in a ``str.format`` template; positional or attribute fields are refused."""
    names = set()
    for _, name, _, _ in string.Formatter().parse(template):
        if name is None:
            continue
        if not name.isidentifier():
            raise ValueError(f"{{{name}}} is not a named variable")
        names.add(name)
    return names
