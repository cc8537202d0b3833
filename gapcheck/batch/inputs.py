"""Expand batch arguments (files, directories, globs, manifests) into inputs."""

from __future__ import annotations

import csv
import glob
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from gapcheck.errors import FileNotReadable, ManifestError
from gapcheck.records import Record

#: File endings a directory scan picks up (the sniffer still checks the bytes).
DOCUMENT_SUFFIXES = frozenset(
    {".pdf", ".docx", ".txt", ".md", ".markdown", ".html", ".htm", ".json", ".doc"}
)
MANIFEST_COLUMNS = ("path", "file", "filename")


@dataclass(frozen=True)
class InputFile(Record):
    """One document of a batch: its path and the id the output names it by."""

    path: str
    id: str


def _is_document(path: Path) -> bool:
    return path.suffix.lower() in DOCUMENT_SUFFIXES and not path.name.startswith(".")


def _scan_dir(root: Path) -> list[Path]:
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        found.extend(
            Path(dirpath) / name
            for name in sorted(filenames)
            if _is_document(Path(dirpath) / name)
        )
    return found


def read_manifest(path: Path) -> list[InputFile]:
    """A CSV with a ``path`` column (relative paths are relative to the CSV) and an
    optional ``id`` column."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            columns = {c.strip().lower(): c for c in (reader.fieldnames or [])}
            key = next((columns[c] for c in MANIFEST_COLUMNS if c in columns), None)
            if key is None:
                raise ManifestError(
                    "the manifest has no 'path' column",
                    path=path,
                    fix="add a header row with a 'path' column (and optionally 'id')",
                )
            id_key = columns.get("id")
            items = []
            for line, row in enumerate(reader, start=2):
                value = (row.get(key) or "").strip()
                if not value:
                    raise ManifestError(
                        f"row {line} has an empty path",
                        path=path,
                        fix="fill in or remove that row",
                    )
                target = Path(value)
                if not target.is_absolute():
                    target = path.parent / target
                ident = (row.get(id_key) or "").strip() if id_key else ""
                items.append(InputFile(str(target), ident or str(target)))
            return items
    except UnicodeDecodeError as err:
        raise ManifestError(
            "the manifest is not UTF-8 text", path=path, fix="save it as UTF-8 CSV"
        ) from err
    except csv.Error as err:
        raise ManifestError(
            f"the manifest is not valid CSV ({err})", path=path, fix="check its quoting"
        ) from err


def expand_inputs(args: Iterable[str]) -> list[InputFile]:
    """Turn command-line arguments into a de-duplicated, ordered list of inputs.

    Each argument is a file, a directory (scanned recursively for documents), a glob
    pattern, or a manifest CSV. A path that matches nothing is an error: a typo in a
    batch argument should not silently score nothing.
    """
    seen: set[str] = set()
    items: list[InputFile] = []

    def add(item: InputFile) -> None:
        key = os.path.normpath(item.path)
        if key not in seen:
            seen.add(key)
            items.append(item)

    for arg in args:
        path = Path(arg)
        if path.is_dir():
            for found in _scan_dir(path):
                add(InputFile(str(found), str(found)))
        elif path.suffix.lower() == ".csv" and path.is_file():
            for item in read_manifest(path):
                add(item)
        elif path.exists():
            add(InputFile(str(path), str(path)))
        elif glob.has_magic(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            files = [Path(m) for m in matches if Path(m).is_file()]
            if not files:
                raise FileNotReadable(
                    "the pattern matches no file", path=arg, fix="check the pattern"
                )
            for found in files:
                add(InputFile(str(found), str(found)))
        else:
            raise FileNotReadable(
                "no such file or directory", path=arg, fix="check the path"
            )
    return items
