"""CSV export and import of the log (a spreadsheet view and a plain backup).

One row per application; ``feedback`` holds the feedback entries as a JSON list of
``{"date", "text"}`` objects. The stored posting text, resume analysis and check
result are not exported (they stay in the log); an imported application has the
fields of its row and no stored check.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from gapcheck.errors import GapcheckError, LogImportError, LogValueError
from gapcheck.store.log import ApplicationLog, check_choice, parse_date
from gapcheck.store.records import OUTCOMES, STAGES, Application

COLUMNS: tuple[str, ...] = (
    "id",
    "company",
    "role",
    "applied",
    "stage",
    "outcome",
    "updated",
    "score",
    "resume_sha256",
    "resume_source",
    "posting_source",
    "posting_title",
    "feedback",
)
REQUIRED = ("company", "role", "applied")


def _row(app: Application) -> dict[str, str]:
    data = app.to_dict()
    out = {k: "" if data.get(k) is None else str(data[k]) for k in COLUMNS}
    out["feedback"] = json.dumps(
        [{"date": f.date, "text": f.text} for f in app.feedback], ensure_ascii=False
    )
    return out


def export_csv(log: ApplicationLog) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for app in log.list():
        writer.writerow(_row(app))
    return buffer.getvalue()


def _bad(problem: str, path: Path) -> LogImportError:
    return LogImportError(
        problem, path=path, fix="fix the row, or export a log to see the format"
    )


def _feedback(cell: str, where: str, path: Path) -> list[tuple[str, str]]:
    """A JSON list of {date, text}; a plain-text cell is one entry without a date."""
    cell = cell.strip()
    if not cell:
        return []
    if not cell.startswith("["):
        return [("", cell)]
    try:
        return [(str(i.get("date") or ""), str(i["text"])) for i in json.loads(cell)]
    except (ValueError, TypeError, KeyError, AttributeError):
        raise _bad(
            f"{where}: feedback is not a JSON list of {{date, text}}", path
        ) from None


def _validate(cells: dict[str, str], where: str, path: Path) -> None:
    try:
        if not cells.get("company") or not cells.get("role"):
            raise LogValueError("company and role must not be empty")
        parse_date(cells.get("applied") or "", "applied date")
        check_choice(cells.get("stage") or "applied", STAGES, "stage")
        check_choice(cells.get("outcome") or "open", OUTCOMES, "outcome")
        if cells.get("updated"):
            parse_date(cells["updated"], "updated date")
    except GapcheckError as err:
        raise _bad(f"{where}: {err.problem}", path) from err


def import_csv(log: ApplicationLog, path: str | Path) -> list[int]:
    """Add every row of the CSV at ``path`` as a new application. Every row is
    checked before any is written: a bad row adds nothing."""
    source = Path(path)
    try:
        text = source.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise LogImportError(
            f"cannot be read as UTF-8 text ({err.__class__.__name__})",
            path=source,
            fix="give a CSV file written by `gapcheck log export`",
        ) from err
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or ())]
    if missing:
        raise LogImportError(
            f"has no column {', '.join(missing)}",
            path=source,
            fix=f"the header must name at least {', '.join(REQUIRED)}",
        )
    rows = []
    for line, row in enumerate(reader, start=2):
        where = f"line {line}"
        cells = {k: (v or "").strip() for k, v in row.items() if k}
        _validate(cells, where, source)
        try:
            score = float(cells["score"]) if cells.get("score") else None
        except ValueError:
            raise _bad(
                f"{where}: score {cells['score']!r} is not a number", source
            ) from None
        rows.append((cells, score, _feedback(row.get("feedback") or "", where, source)))
    return [
        log.add(
            company=cells["company"],
            role=cells["role"],
            applied=cells["applied"],
            stage=cells.get("stage") or "applied",
            outcome=cells.get("outcome") or "open",
            score=score,
            resume_sha256=cells.get("resume_sha256") or None,
            resume_source=cells.get("resume_source") or None,
            posting_source=cells.get("posting_source") or None,
            feedback=[(d or cells["applied"], t) for d, t in feedback],
            updated=cells.get("updated") or None,
        )
        for cells, score, feedback in rows
    ]
