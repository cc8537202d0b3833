"""The application log: one SQLite file in the user's data directory.

:class:`ApplicationLog` stores what gapcheck knew when the person applied (the
posting's text, the resume version's content hash and analysis, and the ``check``
result) and what happened after (furthest stage, outcome, feedback). Nothing leaves
the machine: the file is local, :meth:`ApplicationLog.remove` deletes one application
with everything stored for it, :func:`purge` deletes the whole log.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from gapcheck.errors import ApplicationNotFound, LogDatabaseError, LogValueError
from gapcheck.paths import data_dir
from gapcheck.store.db import connect, transaction
from gapcheck.store.migrations import migrate
from gapcheck.store.records import (
    OUTCOMES,
    STAGES,
    STALE_DAYS,
    Application,
    Event,
    FeedbackEntry,
    StoredCheck,
)

DB_NAME = "applications.sqlite"
_ADD_FEEDBACK = "INSERT INTO feedback (application_id, date, text) VALUES (?, ?, ?)"


def default_db_path() -> Path:
    """``applications.sqlite`` in :func:`gapcheck.paths.data_dir`."""
    return data_dir() / DB_NAME


def parse_date(value: str | date | None, what: str = "date") -> str:
    """A ``YYYY-MM-DD`` string (today when ``value`` is None), or LogValueError."""
    if value is None:
        return date.today().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise LogValueError(
            f"{what} {value!r} is not a date", fix="write it as YYYY-MM-DD"
        ) from None


def check_choice(value: str, choices: Sequence[str], what: str) -> str:
    if value not in choices:
        raise LogValueError(
            f"{what} {value!r} is not one of {', '.join(choices)}",
            fix=f"use one of: {', '.join(choices)}",
        )
    return value


class ApplicationLog:
    """The log at ``path`` (default :func:`default_db_path`), migrated on open."""

    def __init__(self, path: str | Path | None = None, *, today: date | None = None):
        self.path = Path(path) if path is not None else default_db_path()
        self.today = today or date.today()
        self.conn = connect(self.path)
        try:
            migrate(self.conn, path=str(self.path))
        except BaseException:
            self.conn.close()
            raise

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> ApplicationLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing -------------------------------------------------------------------

    def add(
        self,
        *,
        company: str,
        role: str,
        applied: str | date | None = None,
        stage: str = "applied",
        outcome: str = "open",
        score: float | None = None,
        resume_sha256: str | None = None,
        resume_source: str | None = None,
        resume_analysis: dict[str, Any] | None = None,
        posting_sha256: str | None = None,
        posting_source: str | None = None,
        posting_title: str | None = None,
        posting_organization: str | None = None,
        posting_text: str | None = None,
        check: dict[str, Any] | None = None,
        feedback: Sequence[tuple[str, str]] = (),
        updated: str | None = None,
    ) -> int:
        """Store one application; return its id."""
        if not company.strip() or not role.strip():
            raise LogValueError(
                "company and role must not be empty", fix="give --company and --role"
            )
        day = parse_date(applied, "applied date")
        check_choice(stage, STAGES, "stage")
        check_choice(outcome, OUTCOMES, "outcome")
        with transaction(self.conn) as c:
            ref = None
            if resume_sha256 and resume_analysis is not None:
                c.execute(
                    "INSERT OR IGNORE INTO resumes (sha256, source, analysis, added) "
                    "VALUES (?, ?, ?, ?)",
                    (
                        resume_sha256,
                        resume_source or "",
                        json.dumps(resume_analysis, ensure_ascii=False),
                        day,
                    ),
                )
                ref = resume_sha256
            elif (
                resume_sha256
                and c.execute(
                    "SELECT 1 FROM resumes WHERE sha256 = ?", (resume_sha256,)
                ).fetchone()
            ):
                ref = resume_sha256
            posting_id = None
            if posting_text is not None:
                cur = c.execute(
                    "INSERT INTO postings (sha256, source, title, organization, text) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (
                        posting_sha256 or "",
                        posting_source or "",
                        posting_title,
                        posting_organization,
                        posting_text,
                    ),
                )
                posting_id = cur.lastrowid
            cur = c.execute(
                "INSERT INTO applications (company, role, applied, stage, outcome, "
                "updated, resume_sha256, resume_source, posting_id, posting_source, "
                "score, check_result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    company.strip(),
                    role.strip(),
                    day,
                    stage,
                    outcome,
                    updated or day,
                    ref,
                    resume_source,
                    posting_id,
                    posting_source,
                    score,
                    json.dumps(check, ensure_ascii=False) if check else None,
                ),
            )
            new_id = int(cur.lastrowid or 0)
            for when, text in feedback:
                c.execute(
                    _ADD_FEEDBACK,
                    (new_id, parse_date(when, "feedback date"), text),
                )
        return new_id

    def update(
        self,
        app_id: int,
        *,
        stage: str | None = None,
        outcome: str | None = None,
        when: str | date | None = None,
        feedback: Sequence[str] = (),
    ) -> Application:
        """Record the furthest stage, the outcome and feedback for an application."""
        day = parse_date(when)
        if stage is not None:
            check_choice(stage, STAGES, "stage")
        if outcome is not None:
            check_choice(outcome, OUTCOMES, "outcome")
        texts = [t.strip() for t in feedback if t and t.strip()]
        with transaction(self.conn) as c:
            self._require(app_id)
            if stage is not None or outcome is not None:
                c.execute(
                    "UPDATE applications SET stage = COALESCE(?, stage), "
                    "outcome = COALESCE(?, outcome) WHERE id = ?",
                    (stage, outcome, app_id),
                )
                c.execute(
                    "INSERT INTO events (application_id, date, stage, outcome) "
                    "VALUES (?, ?, ?, ?)",
                    (app_id, day, stage, outcome),
                )
            for text in texts:
                c.execute(
                    _ADD_FEEDBACK,
                    (app_id, day, text),
                )
            c.execute(
                "UPDATE applications SET updated = MAX(updated, ?) WHERE id = ?",
                (day, app_id),
            )
        return self.get(app_id)

    def remove(self, app_id: int) -> None:
        """Delete one application with its feedback, history, posting text and (when
        no other application uses it) its resume version."""
        with transaction(self.conn) as c:
            row = self._require(app_id)
            c.execute("DELETE FROM applications WHERE id = ?", (app_id,))
            if row["posting_id"] is not None:
                c.execute("DELETE FROM postings WHERE id = ?", (row["posting_id"],))
            c.execute(
                "DELETE FROM resumes WHERE sha256 NOT IN (SELECT resume_sha256 FROM "
                "applications WHERE resume_sha256 IS NOT NULL)"
            )
        # overwrite the freed pages too: a deleted application must not linger
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.execute("VACUUM")

    # --- reading -------------------------------------------------------------------

    def _require(self, app_id: int) -> sqlite3.Row:
        row = self.conn.execute(
            "SELECT * FROM applications WHERE id = ?", (app_id,)
        ).fetchone()
        if row is None:
            raise ApplicationNotFound(
                f"no application with id {app_id}",
                path=self.path,
                fix="see the ids with `gapcheck log list`",
            )
        return row

    def _application(self, row: sqlite3.Row, stale_days: int) -> Application:
        app_id = int(row["id"])
        feedback = tuple(
            FeedbackEntry(date=f["date"], text=f["text"], id=int(f["id"]))
            for f in self.conn.execute(
                "SELECT id, date, text FROM feedback WHERE application_id = ? "
                "ORDER BY date, id",
                (app_id,),
            )
        )
        events = tuple(
            Event(date=e["date"], stage=e["stage"], outcome=e["outcome"])
            for e in self.conn.execute(
                "SELECT date, stage, outcome FROM events WHERE application_id = ? "
                "ORDER BY date, id",
                (app_id,),
            )
        )
        title = None
        if row["posting_id"] is not None:
            found = self.conn.execute(
                "SELECT title FROM postings WHERE id = ?", (row["posting_id"],)
            ).fetchone()
            title = found["title"] if found else None
        waiting = None
        no_answer = False
        if row["outcome"] == "open":
            last = max(
                [row["applied"], row["updated"]] + [f.date for f in feedback],
            )
            waiting = (self.today - date.fromisoformat(last)).days
            no_answer = row["stage"] == "applied" and waiting >= stale_days
        return Application(
            id=app_id,
            company=row["company"],
            role=row["role"],
            applied=row["applied"],
            stage=row["stage"],
            outcome=row["outcome"],
            updated=row["updated"],
            score=row["score"],
            resume_sha256=row["resume_sha256"],
            resume_source=row["resume_source"],
            posting_source=row["posting_source"],
            posting_title=title,
            feedback=feedback,
            events=events,
            days_waiting=waiting,
            no_answer=no_answer,
        )

    def get(self, app_id: int, *, stale_days: int = STALE_DAYS) -> Application:
        return self._application(self._require(app_id), stale_days)

    def list(self, *, stale_days: int = STALE_DAYS) -> list[Application]:
        rows = self.conn.execute("SELECT * FROM applications ORDER BY applied, id")
        return [self._application(row, stale_days) for row in rows.fetchall()]

    def stored(self, app_id: int, *, resume: bool = True) -> StoredCheck:
        """The check result, posting text and (unless ``resume`` is False: it is the
        biggest part) the resume version's analysis stored for it."""
        row = self._require(app_id)
        posting = None
        if row["posting_id"] is not None:
            found = self.conn.execute(
                "SELECT text FROM postings WHERE id = ?", (row["posting_id"],)
            ).fetchone()
            posting = found["text"] if found else None
        analysis = None
        if resume and row["resume_sha256"]:
            found = self.conn.execute(
                "SELECT analysis FROM resumes WHERE sha256 = ?", (row["resume_sha256"],)
            ).fetchone()
            analysis = json.loads(found["analysis"]) if found else None
        check = json.loads(row["check_result"]) if row["check_result"] else None
        return StoredCheck(check=check, posting_text=posting, resume_analysis=analysis)

    def resume_versions(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """(sha256, source, analysis dict) of every resume version in the log."""
        for row in self.conn.execute(
            "SELECT sha256, source, analysis FROM resumes ORDER BY added, sha256"
        ):
            yield row["sha256"], row["source"], json.loads(row["analysis"])


def purge(path: str | Path | None = None) -> list[Path]:
    """Delete the log file (and SQLite's -wal/-shm files); return what was deleted."""
    target = Path(path) if path is not None else default_db_path()
    if target.is_dir():
        raise LogDatabaseError(
            "is a folder, not a log file", path=target, fix="give --db a file path"
        )
    gone = []
    for p in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        if p.exists():
            p.unlink()
            gone.append(p)
    return gone


def read_feedback(path: str | Path) -> str:
    """The text of a feedback file (UTF-8), or a coded error naming it."""
    from gapcheck.errors import EncodingError, FileNotReadable

    source = Path(path)
    try:
        return source.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise EncodingError(
            "is not UTF-8 text", path=source, fix="save the feedback as UTF-8 text"
        ) from None
    except OSError as err:
        raise FileNotReadable(
            f"cannot be read ({err.strerror or err.__class__.__name__})",
            path=source,
            fix="check the path to the feedback file",
        ) from None
