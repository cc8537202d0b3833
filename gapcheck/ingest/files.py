"""Opening an input file with the checks every command makes (E101, E108). Shared by
the readers (:mod:`gapcheck.ingest`) and the line reader (:mod:`gapcheck.ingest.text`).
"""

from __future__ import annotations

import stat
from pathlib import Path
from typing import BinaryIO

from gapcheck.errors import FileNotReadable, FileTooLarge
from gapcheck.paths import MAX_BYTES_VARIABLE


def open_file(path: str, *, max_bytes: int | None = None) -> BinaryIO:
    """``path`` opened for reading in binary, after the checks every command makes:
    a folder, a missing, special or unreadable file is E101, one over ``max_bytes``
    (None: no limit) E108."""
    file = Path(path)
    try:
        info = file.stat()
        if stat.S_ISDIR(info.st_mode):
            raise FileNotReadable(
                "is a directory, not a file",
                path=path,
                fix="give the path of one resume or posting file "
                "(use `gapcheck batch` for folders)",
            )
        if not stat.S_ISREG(info.st_mode):
            raise FileNotReadable(
                "is not a regular file", path=path, fix="give the path of a document"
            )
        if max_bytes is not None and info.st_size > max_bytes:
            raise _too_large(path, info.st_size, max_bytes)
        return file.open("rb")
    except OSError as err:
        raise _unreadable(path, err) from None


def _unreadable(source: str, err: OSError) -> FileNotReadable:
    if isinstance(err, FileNotFoundError):
        return FileNotReadable(
            "no such file", path=source, fix="check the path and the file name"
        )
    if isinstance(err, PermissionError):
        return FileNotReadable(
            "permission denied",
            path=source,
            fix="make the file readable for your user (e.g. chmod u+r)",
        )
    return FileNotReadable(
        f"cannot be read ({err.strerror or type(err).__name__})",
        path=source,
        fix="check the path, or copy the file to a local folder",
    )


def _too_large(source: str, size: int, limit: int) -> FileTooLarge:
    return FileTooLarge(
        f"is {_size(size)}, over the {_size(limit)} limit",
        path=source,
        fix="a resume or posting is rarely over 2 MB: export it again without large "
        f"images, or raise the limit with --max-bytes (or {MAX_BYTES_VARIABLE})",
    )


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{n / 1024:.0f} KB"
