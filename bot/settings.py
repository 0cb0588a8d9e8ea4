"""Configuration from the environment, checked once at start-up.

Every problem is collected before raising, so whoever deploys the coach fixes
all of them in one go instead of restarting once per typo.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

TRUE_WORDS = ("1", "true", "yes", "on")
FALSE_WORDS = ("0", "false", "no", "off")


class SettingsError(ValueError):
    """One or more environment variables are wrong; each line names one and says how to fix it."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True, slots=True)
class Settings:
    db_path: Path
    """The SQLite file that holds checks, feedback and progress (``COACH_DB``)."""
    store_text: bool
    """Whether draft and customer text are kept with each check (``COACH_STORE_TEXT``).

    Off by default: scores and rule ids are enough for progress, and agents'
    drafts often quote customers' personal details.
    """

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Settings:
        env = _Reader(environ)
        settings = cls(
            db_path=env.file_path("COACH_DB", default_db_path(environ)),
            store_text=env.flag("COACH_STORE_TEXT", default=False),
        )
        if env.problems:
            raise SettingsError(env.problems)
        return settings


def default_db_path(environ: Mapping[str, str], platform: str = sys.platform) -> Path:
    return user_data_dir(environ, platform) / "empathy-coach" / "coach.db"


def user_data_dir(environ: Mapping[str, str], platform: str = sys.platform) -> Path:
    """The per-user data folder each OS expects, so the database survives upgrades and isn't in the repo."""
    if platform == "win32":
        appdata = environ.get("APPDATA")
        return Path(appdata) if appdata else Path.home() / "AppData" / "Roaming"
    home = Path(environ["HOME"]) if environ.get("HOME") else Path.home()
    if platform == "darwin":
        return home / "Library" / "Application Support"
    xdg = environ.get("XDG_DATA_HOME", "")
    # The XDG spec says a relative value is invalid and must be ignored.
    return Path(xdg) if os.path.isabs(xdg) else home / ".local" / "share"


class _Reader:
    """Reads typed values and records what is wrong instead of stopping at the first problem.

    An empty variable counts as unset, because that is what ``VAR=`` in a
    shell or an env file almost always means.
    """

    def __init__(self, environ: Mapping[str, str]) -> None:
        self.environ = environ
        self.problems: list[str] = []

    def _raw(self, name: str) -> str | None:
        value = self.environ.get(name, "").strip()
        return value or None

    def flag(self, name: str, *, default: bool) -> bool:
        raw = self._raw(name)
        if raw is None:
            return default
        word = raw.lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        self.problems.append(
            f"{name}={raw!r} is not a yes/no value: use one of {', '.join(TRUE_WORDS)} "
            f"or {', '.join(FALSE_WORDS)}."
        )
        return default

    def file_path(self, name: str, default: Path) -> Path:
        raw = self._raw(name)
        path = Path(raw).expanduser() if raw is not None else default
        if path.is_dir():
            self.problems.append(
                f"{name}={str(path)!r} is a folder: give the path of a file inside it, "
                f"e.g. {str(path / default.name)!r}."
            )
        return path
