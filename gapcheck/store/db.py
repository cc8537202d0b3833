"""Opening the log's SQLite file: WAL, a busy timeout and immediate transactions.

Two gapcheck commands may write the same log at once (a ``log add`` in one terminal,
a ``log update`` in another). WAL lets readers go on while one writer writes; every
write opens ``BEGIN IMMEDIATE`` so that a second writer waits (up to
:data:`BUSY_TIMEOUT_MS`) for the first instead of failing half-way with
``database is locked``.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from gapcheck.errors import LogDatabaseError

BUSY_TIMEOUT_MS = 30_000


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (creating it and its folder if needed) the log at ``path``."""
    target = Path(path)
    if target.is_dir():
        raise LogDatabaseError(
            "is a folder, not a log file", path=target, fix="give --db a file path"
        )
    try:
        if not target.parent.exists():
            target.parent.mkdir(parents=True, mode=0o700)
        new = not target.exists()
        conn = sqlite3.connect(
            target, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
        )
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        if new:
            # personal data: readable by its owner only (SQLite gives the -wal and
            # -shm files the same permissions)
            os.chmod(target, 0o600)
    except (sqlite3.DatabaseError, OSError) as err:
        raise LogDatabaseError(
            f"cannot be opened as a gapcheck log ({err})",
            path=target,
            fix="give --db a gapcheck log file or a new path",
        ) from err
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``; rolled back on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
