"""The application log: what was sent where, what happened, what was said.

A local SQLite file (``applications.sqlite`` in :func:`gapcheck.paths.data_dir`, or
any ``--db PATH``) with named, transactional migrations
(:mod:`gapcheck.store.migrations`), WAL and a busy timeout so that two commands can
write at once (:mod:`gapcheck.store.db`). This package only stores and reads: it never
reads documents or scores them (``gapcheck.api.log_application`` does, then stores).
"""

from __future__ import annotations

from gapcheck.store.csvio import export_csv, import_csv
from gapcheck.store.log import ApplicationLog, default_db_path, parse_date, purge
from gapcheck.store.records import (
    OUTCOMES,
    STAGES,
    STALE_DAYS,
    Application,
    Event,
    FeedbackEntry,
    StoredCheck,
)

__all__ = [
    "OUTCOMES",
    "STAGES",
    "STALE_DAYS",
    "Application",
    "ApplicationLog",
    "Event",
    "FeedbackEntry",
    "StoredCheck",
    "default_db_path",
    "export_csv",
    "import_csv",
    "parse_date",
    "purge",
]
