"""A SQLite cache of analysed documents, keyed by content hash and versions.

A document's analysis (ingest + parse + extract) is the expensive part of a batch. It
depends only on the file's bytes, the type its name declares (its suffix: a text file
named .pdf carries W103), the kind it is read as, gapcheck's version, the trained
models and the taxonomy; all of these go into the key, so a cache entry is never
stale. Entries are committed one by one as they arrive, so an interrupted run loses
nothing it finished.

An entry holds no file name or path: it is stored with an empty source and given
the path of the run that reads it (:func:`with_source`), so a result never shows a
name from another run, or another user's path on a shared machine.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sqlite3
import zlib
from functools import cache
from pathlib import Path, PurePath

from gapcheck import __version__
from gapcheck.paths import cache_dir, corpora_dir, models_dir
from gapcheck.records import Analysis

_SCHEMA = """
CREATE TABLE IF NOT EXISTS analyses (
    key TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    kind TEXT NOT NULL,
    version TEXT NOT NULL,
    data BLOB NOT NULL
)
"""


def default_cache_dir() -> Path:
    return cache_dir()


def _hash_tree(h: hashlib._Hash, path: Path, pattern: str = "*") -> None:
    files = (
        sorted(p for p in path.rglob(pattern) if p.is_file())
        if path.is_dir()
        else [path]
    )
    for file in files:
        h.update(str(file.relative_to(path) if path.is_dir() else file.name).encode())
        h.update(file.read_bytes())


@cache
def analysis_version(taxonomy: str | None = None) -> str:
    """A fingerprint of everything an analysis depends on besides the file itself."""
    h = hashlib.sha256(__version__.encode())
    # the code too: two checkouts of one version (branches, a fix not yet released)
    # read files differently, and one must not reuse the other's analyses
    _hash_tree(h, Path(__file__).resolve().parent.parent, "*.py")
    models = models_dir()
    if models.is_dir():
        for meta in sorted(models.glob("*.meta.json")):
            h.update(meta.name.encode())
            h.update(meta.read_bytes())
    tax = Path(taxonomy) if taxonomy else corpora_dir() / "taxonomy"
    if tax.exists():
        _hash_tree(h, tax)
    return h.hexdigest()[:16]


def declared_type(path: str) -> str:
    """What a file's name says it is (its lower-cased suffix): the only part of a
    name an analysis depends on."""
    return PurePath(path).suffix.lower()


def with_source(analysis: Analysis, source: str) -> Analysis:
    """``analysis`` as the document at ``source``: the name comes from the run."""
    record = analysis.record
    document = dataclasses.replace(record.document, source=source)
    return dataclasses.replace(
        analysis, record=dataclasses.replace(record, document=document)
    )


class AnalysisCache:
    """``get``/``put`` analyses by (sha256, kind, version). Writes from one process."""

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        self.directory = Path(directory)
        self._conn: sqlite3.Connection | None = None

    @property
    def path(self) -> Path:
        return self.directory / "analyses.sqlite3"

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            self.directory.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=30)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute(_SCHEMA)
            with conn:  # entries of the old key form held the file's path: drop them
                conn.execute("DELETE FROM analyses WHERE key NOT LIKE '%:%:%:%'")
            self._conn = conn
        return self._conn

    @staticmethod
    def key(sha256: str, kind: str, version: str, path: str = "") -> str:
        return f"{sha256}:{kind}:{version}:{declared_type(path)}"

    def get(self, sha256: str, kind: str, version: str, path: str) -> Analysis | None:
        """The analysis of these bytes read as ``kind``, as the document at ``path``."""
        row = (
            self._connection()
            .execute(
                "SELECT data FROM analyses WHERE key = ?",
                (self.key(sha256, kind, version, path),),
            )
            .fetchone()
        )
        if row is None:
            return None
        try:
            stored = Analysis.from_dict(json.loads(zlib.decompress(row[0])))
        except (zlib.error, ValueError, TypeError, KeyError):
            return None  # an unreadable entry is recomputed, never trusted
        return with_source(stored, path)

    def put(
        self, sha256: str, kind: str, version: str, path: str, analysis: Analysis
    ) -> None:
        """Store ``analysis`` of the file at ``path`` without its name."""
        nameless = with_source(analysis, "").to_dict()
        data = zlib.compress(json.dumps(nameless).encode("utf-8"), 6)
        key = self.key(sha256, kind, version, path)
        conn = self._connection()
        with conn:
            conn.execute(
                "INSERT OR REPLACE INTO analyses VALUES (?, ?, ?, ?, ?)",
                (key, sha256, kind, version, data),
            )

    def __len__(self) -> int:
        row = self._connection().execute("SELECT COUNT(*) FROM analyses").fetchone()
        return int(row[0])

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> AnalysisCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
