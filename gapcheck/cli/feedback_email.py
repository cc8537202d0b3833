"""`gapcheck feedback-email`: a polite feedback request for a logged application."""

from __future__ import annotations

import click

from gapcheck.cli.common import emit
from gapcheck.cli.options import (
    app_id_argument,
    db_option,
    format_option,
    output_option,
)


@click.command(name="feedback-email")
@app_id_argument()
@click.option("--follow-up", is_flag=True,
              help="The follow-up: where the process stands (no answer yet) or a "
              "reminder of the feedback request.")  # fmt: skip
@db_option()
@format_option("feedback-email")
@output_option()
def command(app_id, follow_up, db, fmt, output):
    """Write a short, polite feedback request for application ID, filled from the
    log (company, role, date, stage reached). Nothing is sent: copy it yourself.

    \b
    Examples:
      gapcheck feedback-email 4
      gapcheck feedback-email 7 --follow-up --format json
    """
    from gapcheck.feedback.email import feedback_email
    from gapcheck.report.formats import choose_format
    from gapcheck.report.log import render_email
    from gapcheck.store import ApplicationLog

    with ApplicationLog(db) as log:
        app = log.get(app_id)
    fmt = choose_format("feedback-email", fmt, output)
    emit(render_email(feedback_email(app, follow_up=follow_up), fmt), output)
