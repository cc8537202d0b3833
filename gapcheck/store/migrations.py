"""Named, transactional schema migrations (the way sqlite-utils' migrations work).

Each migration has a stable name and a list of statements. A log records the names
it has applied in ``gapcheck_migrations``; opening a log applies the missing ones in
order, each in its own ``BEGIN IMMEDIATE`` transaction (so two commands opening a new
log at once apply each migration exactly once) and sets ``PRAGMA user_version`` to
the number applied. A log holding a migration this gapcheck does not know was made by
a newer gapcheck: it is refused rather than guessed at.

Never edit a released migration: add a new one.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from gapcheck.errors import LogDatabaseError
from gapcheck.store.db import transaction


@dataclass(frozen=True)
class Migration:
    name: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "0001_applications",
        (
            """CREATE TABLE resumes (
                sha256 TEXT PRIMARY KEY,
                source TEXT NOT NULL,
                analysis TEXT NOT NULL,
                added TEXT NOT NULL
            )""",
            """CREATE TABLE postings (
                id INTEGER PRIMARY KEY,
                sha256 TEXT NOT NULL,
                source TEXT NOT NULL,
                title TEXT,
                organization TEXT,
                text TEXT NOT NULL
            )""",
            """CREATE TABLE applications (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                company TEXT NOT NULL,
                role TEXT NOT NULL,
                applied TEXT NOT NULL,
                stage TEXT NOT NULL DEFAULT 'applied',
                outcome TEXT NOT NULL DEFAULT 'open',
                updated TEXT NOT NULL,
                resume_sha256 TEXT REFERENCES resumes(sha256),
                resume_source TEXT,
                posting_id INTEGER REFERENCES postings(id),
                posting_source TEXT,
                score REAL,
                check_result TEXT
            )""",
            """CREATE TABLE feedback (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                application_id INTEGER NOT NULL
                    REFERENCES applications(id) ON DELETE CASCADE,
                date TEXT NOT NULL,
                text TEXT NOT NULL
            )""",
            "CREATE INDEX feedback_application ON feedback(application_id)",
        ),
    ),
    Migration(
        "0002_events",
        (
            """CREATE TABLE events (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                application_id INTEGER NOT NULL
                    REFERENCES applications(id) ON DELETE CASCADE,
                date TEXT NOT NULL,
                stage TEXT,
                outcome TEXT
            )""",
            "CREATE INDEX events_application ON events(application_id)",
            "CREATE INDEX applications_applied ON applications(applied)",
        ),
    ),
)

_TABLE = """CREATE TABLE IF NOT EXISTS gapcheck_migrations (
    name TEXT PRIMARY KEY,
    applied_at TEXT NOT NULL
)"""


def applied(conn: sqlite3.Connection) -> list[str]:
    conn.execute(_TABLE)
    rows = conn.execute("SELECT name FROM gapcheck_migrations ORDER BY name")
    return [row[0] for row in rows]


def migrate(
    conn: sqlite3.Connection,
    *,
    path: str = "",
    migrations: tuple[Migration, ...] = MIGRATIONS,
) -> list[str]:
    """Apply the missing migrations in order; return the names applied now."""
    try:
        done = set(applied(conn))
    except sqlite3.DatabaseError as err:
        raise LogDatabaseError(
            f"is not a gapcheck log ({err})",
            path=path,
            fix="give --db a gapcheck log file or a new path",
        ) from err
    known = {m.name for m in migrations}
    unknown = sorted(done - known)
    if unknown:
        raise LogDatabaseError(
            f"was written by a newer gapcheck (schema migration {unknown[0]})",
            path=path,
            fix="upgrade gapcheck to read it",
        )
    now: list[str] = []
    for number, migration in enumerate(migrations, start=1):
        if migration.name in done:
            continue
        with transaction(conn):
            # another process may have applied it while this one waited for the lock
            row = conn.execute(
                "SELECT 1 FROM gapcheck_migrations WHERE name = ?", (migration.name,)
            ).fetchone()
            if row is not None:
                continue
            for statement in migration.statements:
                conn.execute(statement)
            conn.execute(
                "INSERT INTO gapcheck_migrations (name, applied_at) VALUES (?, ?)",
                (migration.name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            conn.execute(f"PRAGMA user_version = {number}")
        now.append(migration.name)
    return now
