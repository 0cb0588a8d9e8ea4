"""Everything the coach remembers, in one SQLite file; the only package that talks to SQLite.

``schema`` holds the versioned migrations, ``records`` the rows handed back,
``database`` the ``Store`` that reads and writes them. Callers import from here.
"""

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
