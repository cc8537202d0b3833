"""The application log's store: migrations, concurrent writers, CRUD, privacy, CSV."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from gapcheck.errors import LogDatabaseError, LogImportError, LogValueError
from gapcheck.store import ApplicationLog, export_csv, import_csv, purge
from gapcheck.store.db import connect
from gapcheck.store.migrations import MIGRATIONS, Migration, migrate


def test_new_log_applies_every_migration_once(tmp_path: Path) -> None:
    db = tmp_path / "log.sqlite"
    ApplicationLog(db).close()
    conn = sqlite3.connect(db)
    names = [r[0] for r in conn.execute("SELECT name FROM gapcheck_migrations")]
    assert names == [m.name for m in MIGRATIONS]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # opening again applies nothing
    assert migrate(connect(db), path=str(db)) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_new_log_is_private_to_its_owner(tmp_path: Path) -> None:
    db = tmp_path / "new" / "log.sqlite"
    with ApplicationLog(db) as log:
        log.add(company="A", role="R", applied="2026-01-01")
        for path in (db, Path(f"{db}-wal")):
            assert path.stat().st_mode & 0o077 == 0, path
    assert db.parent.stat().st_mode & 0o077 == 0


def test_old_log_is_upgraded_and_keeps_its_data(tmp_path: Path) -> None:
    db = tmp_path / "v1.sqlite"
    conn = connect(db)
    assert migrate(conn, migrations=MIGRATIONS[:1]) == ["0001_applications"]
    conn.execute(
        "INSERT INTO applications (company, role, applied, updated) "
        "VALUES ('Old Co', 'Clerk', '2025-01-02', '2025-01-02')"
    )
    conn.close()
    with ApplicationLog(db, today=date(2025, 3, 1)) as log:
        (app,) = log.list()
        assert (app.company, app.stage, app.outcome) == ("Old Co", "applied", "open")
        # the table of the second migration exists and works
        log.update(app.id, stage="screen", when="2025-01-20")
        assert log.get(app.id).events[0].stage == "screen"


def test_a_failing_migration_leaves_nothing_half_done(tmp_path: Path) -> None:
    db = tmp_path / "log.sqlite"
    broken = (*MIGRATIONS, Migration("0003_broken", ("CREATE TABLE t (x)", "NONSENSE")))
    conn = connect(db)
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, migrations=broken)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "applications" in tables and "t" not in tables
    names = {r[0] for r in conn.execute("SELECT name FROM gapcheck_migrations")}
    assert "0003_broken" not in names


def test_log_from_a_newer_gapcheck_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite"
    ApplicationLog(db).close()
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO gapcheck_migrations VALUES ('0099_future', 'x')")
    conn.commit()
    conn.close()
    with pytest.raises(LogDatabaseError, match="newer gapcheck") as err:
        ApplicationLog(db)
    assert err.value.code == "E502" and str(db) in err.value.message


def _writer(args: tuple[str, int, int]) -> int:
    path, worker, n = args
    with ApplicationLog(path) as log:
        for i in range(n):
            app = log.add(company=f"W{worker}", role=f"R{i}", applied="2026-01-01")
            log.update(app, stage="screen", feedback=[f"note {worker}-{i}"])
    return n


def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    """Four processes, each opening a new log at once (so migrations race too) and
    adding 25 applications with an update each."""
    db = str(tmp_path / "shared.sqlite")
    workers, n = 4, 25
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(workers) as pool:
        done = pool.map(_writer, [(db, w, n) for w in range(workers)])
    assert done == [n] * workers
    with ApplicationLog(db) as log:
        apps = log.list()
        assert len(apps) == workers * n
        assert len({a.id for a in apps}) == workers * n
        assert all(a.stage == "screen" and len(a.feedback) == 1 for a in apps)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM gapcheck_migrations").fetchone()[0] == 2


def test_stale_applications_are_flagged_not_rejected(tmp_path: Path) -> None:
    with ApplicationLog(tmp_path / "l.sqlite", today=date(2026, 3, 1)) as log:
        old = log.add(company="A", role="R", applied="2026-01-01")
        new = log.add(company="B", role="R", applied="2026-02-20")
        talked = log.add(company="C", role="R", applied="2026-01-01")
        log.update(talked, stage="interview", when="2026-01-10")
        by = {a.id: a for a in log.list()}
        assert by[old].no_answer and by[old].outcome == "open"
        assert by[old].days_waiting == 59
        assert not by[new].no_answer
        assert not by[talked].no_answer  # they answered: an interview
        assert not log.list(stale_days=60)[0].no_answer


def test_bad_values_are_coded_errors(tmp_path: Path) -> None:
    with ApplicationLog(tmp_path / "l.sqlite") as log:
        with pytest.raises(LogValueError, match="YYYY-MM-DD"):
            log.add(company="A", role="R", applied="yesterday")
        app = log.add(company="A", role="R", applied="2026-01-01")
        with pytest.raises(LogValueError, match="stage"):
            log.update(app, stage="hired")
        with pytest.raises(LogValueError, match="empty"):
            log.add(company=" ", role="R")


def test_rm_deletes_the_posting_text_and_unused_resume(tmp_path: Path) -> None:
    db = tmp_path / "l.sqlite"
    with ApplicationLog(db) as log:
        kept = log.add(
            company="A",
            role="R",
            applied="2026-01-01",
            resume_sha256="r1",
            resume_analysis={"x": 1},
            posting_text="SECRET POSTING ONE",
        )
        gone = log.add(
            company="B",
            role="R",
            applied="2026-01-02",
            resume_sha256="r2",
            resume_analysis={"x": 2},
            posting_text="SECRET POSTING TWO",
            feedback=[("2026-01-09", "PRIVATE FEEDBACK")],
        )
        log.remove(gone)
        assert [a.id for a in log.list()] == [kept]
        assert [sha for sha, _, _ in log.resume_versions()] == ["r1"]
    raw = db.read_bytes() + (
        Path(f"{db}-wal").read_bytes() if Path(f"{db}-wal").exists() else b""
    )
    assert b"SECRET POSTING TWO" not in raw and b"PRIVATE FEEDBACK" not in raw
    assert b"SECRET POSTING ONE" in raw
    assert purge(db) and not db.exists()


def test_csv_round_trip_and_bad_rows(tmp_path: Path) -> None:
    with ApplicationLog(tmp_path / "a.sqlite") as log:
        app = log.add(
            company="Acme, Inc.", role="Analyst", applied="2026-02-01", score=55.5
        )
        log.update(
            app,
            stage="final",
            outcome="rejected",
            when="2026-02-20",
            feedback=['They said "more SQL", and\na second line.'],
        )
        text = export_csv(log)
    (tmp_path / "a.csv").write_text(text)
    with ApplicationLog(tmp_path / "b.sqlite") as log:
        (new,) = import_csv(log, tmp_path / "a.csv")
        got = log.get(new)
        assert (got.company, got.stage, got.outcome, got.score) == (
            "Acme, Inc.",
            "final",
            "rejected",
            55.5,
        )
        assert got.feedback[0].text == 'They said "more SQL", and\na second line.'
        bad = tmp_path / "bad.csv"
        bad.write_text(
            "company,role,applied,stage\nA,R,2026-01-01,applied\nB,R,2026-01-02,hired\n"
        )
        with pytest.raises(LogImportError, match="line 3") as err:
            import_csv(log, bad)
        assert str(bad) in err.value.message
        assert len(log.list()) == 1  # nothing of the bad file was added
        (tmp_path / "nohead.csv").write_text("name,when\nA,B\n")
        with pytest.raises(LogImportError, match="no column"):
            import_csv(log, tmp_path / "nohead.csv")


def test_data_dir_follows_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from gapcheck.paths import data_dir
    from gapcheck.store import default_db_path

    monkeypatch.delenv("GAPCHECK_DATA", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert data_dir() == tmp_path / "xdg" / "gapcheck"
    monkeypatch.setenv("GAPCHECK_DATA", str(tmp_path / "mine"))
    assert default_db_path() == tmp_path / "mine" / "applications.sqlite"
