"""Where the data files from ``prompts/`` live at run time.

An installed wheel carries them inside the package (``bot/prompts``); a source
checkout or an editable install reads the top-level ``prompts/`` folder.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def prompts_dir() -> Path:
    installed = _PACKAGE / "prompts"
    return installed if installed.is_dir() else _PACKAGE.parent / "prompts"
