"""`gapcheck log`: the local application log (add, update, list, show, rm, export,
import, purge)."""

from __future__ import annotations

from typing import Any

import click

from gapcheck.cli.common import emit
from gapcheck.cli.options import (
    app_id_argument,
    db_option,
    document_options,
    format_option,
    output_option,
    stale_option,
)


def _log(db: str | None) -> Any:
    from gapcheck.store import ApplicationLog

    return ApplicationLog(db)


@click.group(name="log")
def command() -> None:
    """Keep a local log of applications: what you sent, how far it went, what the
    employer said. The log is one SQLite file on this computer; nothing leaves it.

    \b
    Examples:
      gapcheck log add --resume cv.pdf --posting job.txt --company Acme --role Analyst
      gapcheck log update 3 --stage interview --outcome rejected --feedback "..."
      gapcheck log list --format json
    """


@command.command(name="add")
@click.option("--resume", required=True, type=click.Path(dir_okay=False),
              help="The resume version you sent.")  # fmt: skip
@click.option("--posting", required=True, type=click.Path(dir_okay=False),
              help="The job posting (its text is stored).")  # fmt: skip
@click.option("--company", required=True, help="The employer.")
@click.option("--role", required=True, help="The job title.")
@click.option("--applied", default=None, metavar="YYYY-MM-DD",
              help="Date applied (default: today).")  # fmt: skip
@document_options(kind=False)
@db_option()
@format_option("text", "json")
def add(resume, posting, company, role, applied, taxonomy, db, fmt):
    """Run `gapcheck check` on RESUME and POSTING and log the application with the
    posting's text, the resume version and the result; print the new id.

    \b
    Example:
      gapcheck log add --resume cv.pdf --posting job.txt --company Acme --role "Data Analyst" --applied 2026-11-02
    """  # noqa: E501
    from gapcheck.api import log_application
    from gapcheck.report.log import render_added

    app_id = log_application(resume, posting, company=company, role=role,
                             applied=applied, db=db, taxonomy=taxonomy)  # fmt: skip
    emit(render_added(app_id, fmt))


@command.command(name="update")
@app_id_argument()
@click.option("--stage", type=click.Choice(["applied", "screen", "interview", "final"]),
              help="The furthest stage reached.")  # fmt: skip
@click.option("--outcome", help="The outcome so far.", type=click.Choice(
    ["open", "rejected", "offer", "accepted", "withdrawn", "no_response"]))  # fmt: skip
@click.option("--date", "when", default=None, metavar="YYYY-MM-DD",
              help="When it happened (default: today).")  # fmt: skip
@click.option("--feedback", multiple=True, help="Employer feedback (repeatable).")
@click.option("--feedback-file", type=click.Path(dir_okay=False), default=None,
              help="Employer feedback from a text file.")  # fmt: skip
@db_option()
@format_option("text", "json")
def update(app_id, stage, outcome, when, feedback, feedback_file, db, fmt):
    """Record how far application ID went, its outcome, and the employer's feedback.

    \b
    Examples:
      gapcheck log update 3 --stage screen --outcome rejected
      gapcheck log update 5 --stage final --outcome rejected --feedback-file email.txt
    """
    from gapcheck.report.log import render_show
    from gapcheck.store.log import read_feedback

    texts = list(feedback) + ([read_feedback(feedback_file)] if feedback_file else [])
    with _log(db) as log:
        app = log.update(app_id, stage=stage, outcome=outcome, when=when,
                         feedback=texts)  # fmt: skip
        emit(render_show(app, log.stored(app_id), fmt))


@command.command(name="list")
@db_option()
@stale_option()
@format_option("log-list")
@output_option()
def list_(db, stale_days, fmt, output):
    """List the applications, oldest first; flag the ones with no answer.

    \b
    Example:
      gapcheck log list --stale-days 21 --format json
    """
    from gapcheck.report.formats import choose_format
    from gapcheck.report.log import render_list

    fmt = choose_format("log-list", fmt, output)
    with _log(db) as log:
        emit(render_list(log.list(stale_days=stale_days), fmt), output)


@command.command(name="show")
@app_id_argument()
@db_option()
@stale_option()
@format_option("text", "json")
def show(app_id, db, stale_days, fmt):
    """Show application ID: dates, stage, outcome, the check at application time,
    history and feedback.

    \b
    Example:
      gapcheck log show 3 --format json
    """
    from gapcheck.report.log import render_show

    with _log(db) as log:
        emit(render_show(log.get(app_id, stale_days=stale_days), log.stored(app_id),
                         fmt))  # fmt: skip


@command.command(name="rm")
@app_id_argument()
@db_option()
@format_option("text", "json")
def rm(app_id, db, fmt):
    """Delete application ID with everything stored for it (posting text, feedback,
    history, and its resume version when no other application uses it).

    \b
    Example:
      gapcheck log rm 3
    """
    from gapcheck.report import envelope, to_json

    with _log(db) as log:
        log.remove(app_id)
    emit(to_json(envelope("log-rm", {"removed": app_id})) if fmt == "json"
         else f"removed application {app_id}\n")  # fmt: skip


@command.command(name="export")
@db_option()
@format_option("log-export")
@output_option()
def export(db, fmt, output):
    """Write the whole log as CSV (one row per application; feedback as a JSON list)
    or as JSON (the shape of `log list --format json`).

    \b
    Examples:
      gapcheck log export -o applications.csv
      gapcheck log export --format json -o applications.json
    """
    from gapcheck.report.formats import choose_format
    from gapcheck.report.log import render_list
    from gapcheck.store import export_csv

    fmt = choose_format("log-export", fmt, output)
    with _log(db) as log:
        emit(export_csv(log) if fmt == "csv" else render_list(log.list(), fmt), output)


@command.command(name="import")
@click.argument("csv_file", metavar="FILE", type=click.Path(dir_okay=False))
@db_option()
@format_option("text", "json")
def import_(csv_file, db, fmt):
    """Add the applications of a CSV file (as `log export` writes it; at least the
    columns company, role, applied). A bad row adds nothing.

    \b
    Example:
      gapcheck log import applications.csv
    """
    from gapcheck.report import envelope, to_json
    from gapcheck.store import import_csv

    with _log(db) as log:
        ids = import_csv(log, csv_file)
    emit(to_json(envelope("log-import", {"ids": ids})) if fmt == "json"
         else f"imported {len(ids)} application(s)\n")  # fmt: skip


@command.command(name="purge")
@db_option()
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@format_option("text", "json")
def purge(db, yes, fmt):
    """Delete the whole log file from this computer.

    \b
    Example:
      gapcheck log purge --yes
    """
    from gapcheck.report import envelope, to_json
    from gapcheck.store import default_db_path
    from gapcheck.store import purge as purge_log

    target = db or str(default_db_path())
    if not yes:
        click.confirm(f"Delete {target} and every application in it?", abort=True)
    gone = [str(p) for p in purge_log(target)]
    text = f"deleted {target}\n" if gone else f"nothing to delete at {target}\n"
    emit(to_json(envelope("log-purge", {"deleted": gone})) if fmt == "json" else text)
