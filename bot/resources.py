"""Where the data files from ``prompts/`` and ``manifest/`` live at run time.

An installed wheel carries them inside the package (``bot/prompts``,
``bot/manifests``); a source checkout or an editable install reads the
top-level folders.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def prompts_dir() -> Path:
    installed = _PACKAGE / "prompts"
    return installed if installed.is_dir() else _PACKAGE.parent / "prompts"


def manifest_dir() -> Path:
    installed = _PACKAGE / "manifests"
    return installed if installed.is_dir() else _PACKAGE.parent / "manifest"
