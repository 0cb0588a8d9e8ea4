"""``.env.sample`` documents exactly the variables the settings read, each with a comment."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def variables_read_by_settings() -> set[str]:
    source = (ROOT / "bot" / "settings.py").read_text(encoding="utf-8")
    return set(re.findall(r'env\.\w+\(\s*"([A-Za-z_]+)"', source))


def sample_lines() -> list[str]:
    return (ROOT / ".env.sample").read_text(encoding="utf-8").splitlines()


def test_every_variable_the_settings_read_is_in_the_sample_and_nothing_else() -> None:
    listed = {line.split("=", 1)[0] for line in sample_lines() if re.match(r"^[A-Za-z_]+=", line)}
    assert listed == variables_read_by_settings()


def test_every_variable_in_the_sample_has_a_comment_above_it() -> None:
    lines = sample_lines()
    for number, line in enumerate(lines):
        if re.match(r"^[A-Za-z_]+=", line):
            above = next(previous for previous in reversed(lines[:number]) if not re.match(r"^[A-Za-z_]+=", previous))
            assert above.startswith("# "), f"{line} has no comment"
