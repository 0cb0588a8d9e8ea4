"""Whether the coach can use its database file, found without changing it.

``Store.open`` creates the file and applies pending migrations; a check that
does the same would hide the very state it reports. This opens the file only if
it exists, reads the schema version, and proves it can take the write lock and
write inside a transaction it then rolls back.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from bot.health import Outcome, fail, note, ok
from bot.store.database import BUSY_TIMEOUT_SECONDS
from bot.store.schema import MIGRATIONS, Migration

FIX_PATH = "set COACH_DB to a file in a folder this account can write to"


def database_health(path: Path, migrations: Sequence[Migration] = MIGRATIONS) -> list[Outcome]:
    """The file's state: writable (or creatable) and at the schema version this release knows."""
    if not path.exists():
        return [_creatable(path)]
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    except sqlite3.Error as error:
        return [fail("writable", f"Can't open {path}: {error}. Give this account read and write access to it, "
                                 f"or {FIX_PATH}.")]
    try:
        version = _schema_version(conn)
    except sqlite3.DatabaseError as error:
        conn.close()
        return [fail("readable", f"{path} is not a coach database ({error}): {FIX_PATH}, or move that file away.")]
    try:
        return [_writable(conn, path), _migrations(version, migrations, path)]
    finally:
        conn.close()


def _creatable(path: Path) -> Outcome:
    existing = next(parent for parent in path.parents if parent.exists())
    if not existing.is_dir():
        return fail("writable", f"Can't create {path}: {existing} is a file, not a folder; {FIX_PATH}.")
    if not os.access(existing, os.W_OK | os.X_OK):
        return fail("writable", f"Can't create {path}: this account can't write to {existing}; {FIX_PATH}, "
                                f"or give it write access there.")
    return ok("writable", f"{path} doesn't exist yet; it will be created, with the current schema, on first use.")


def _schema_version(conn: sqlite3.Connection) -> int:
    """0 for an SQLite file the coach never prepared (an empty file counts); raises for anything else."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "migrations" not in tables:
        if tables:
            raise sqlite3.DatabaseError(f"it holds other tables ({', '.join(sorted(tables)[:3])}) and no schema "
                                        f"version")
        return 0
    return int(conn.execute("SELECT coalesce(max(version), 0) FROM migrations").fetchone()[0])


def _writable(conn: sqlite3.Connection, path: Path) -> Outcome:
    """Take the write lock and create a table, then roll back: a read-only file or folder fails on the write."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("CREATE TABLE doctor_probe (x)")
        finally:
            conn.rollback()
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            return fail("writable", f"{path} stayed locked for {BUSY_TIMEOUT_SECONDS:g} s: another process holds "
                                    "its write lock; stop whatever is stuck writing to it and run doctor again.")
        return fail("writable", f"Can't write to {path} ({error}): give this account write access to the file and "
                                f"its folder (SQLite writes a journal beside it), or {FIX_PATH}.")
    return ok("writable", f"{path}")


def _migrations(version: int, migrations: Sequence[Migration], path: Path) -> Outcome:
    known = len(migrations)
    if version > known:
        return fail("schema", f"{path} was written by a newer empathy-coach (schema version {version}; this one "
                              f"knows {known}): upgrade empathy-coach, or point COACH_DB at another file.")
    if version < known:
        pending = ", ".join(migration.__name__ for migration in migrations[version:])
        return note("schema", f"version {version} of {known}; the next command or server start that opens it "
                              f"applies {pending}.")
    return ok("schema", f"version {version}, current")
