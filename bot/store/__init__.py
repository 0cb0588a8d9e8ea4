"""Everything the coach remembers, in one SQLite file; the only package that talks to SQLite.

``schema`` holds the versioned migrations, ``records`` the rows handed back,
``database`` the ``Store`` that reads and writes them. Callers import from here.
"""

import sys


def _load_sqlite_utils() -> None:
    """Import sqlite-utils without numpy.

    sqlite-utils imports numpy whenever it is installed, only to store numpy values, which the coach never
    writes; numpy is here for the language identifier, which loads it itself when a draft needs it. Skipping it
    saves about 60 ms on every command that opens the database, most of ``check``'s start-up budget.
    """
    if "sqlite_utils" in sys.modules or "numpy" in sys.modules:
        return
    sys.modules["numpy"] = None  # type: ignore[assignment]  # makes "import numpy" fail, as if not installed
    try:
        import sqlite_utils  # noqa: F401
    finally:
        del sys.modules["numpy"]


_load_sqlite_utils()

from bot.store.database import PracticeBusy, Store, StoreBusy, StoreError
from bot.store.records import (
    Clock,
    Delivery,
    LessonRecipient,
    LessonStats,
    LLMCall,
    LLMStats,
    PracticeRecord,
    Progress,
    UserSettings,
    iso,
    utc_now,
)
from bot.store.schema import MIGRATIONS, one_feedback_per_check_and_user

__all__ = [
    "MIGRATIONS",
    "Clock",
    "Delivery",
    "LLMCall",
    "LLMStats",
    "LessonRecipient",
    "LessonStats",
    "PracticeBusy",
    "PracticeRecord",
    "Progress",
    "Store",
    "StoreBusy",
    "StoreError",
    "UserSettings",
    "iso",
    "one_feedback_per_check_and_user",
    "utc_now",
]
