"""`gapcheck diagnose`: why applications keep failing, at which stage, and a plan."""

from __future__ import annotations

import click

from gapcheck.cli.common import emit
from gapcheck.cli.options import (
    db_option,
    format_option,
    output_option,
    stale_option,
    taxonomy_option,
)


@click.command(name="diagnose")
@db_option()
@stale_option()
@taxonomy_option()
@format_option("diagnose")
@output_option()
def command(db, stale_days, taxonomy, fmt, output):
    """Read the application log and say where the "no" comes: the requirement that
    keeps sinking you at the screening, the feedback theme that recurs after
    interviews, the occupations your resume fits best, and a plan in weekly goals.

    \b
    Examples:
      gapcheck diagnose
      gapcheck diagnose --format html -o diagnosis.html
      gapcheck diagnose --db season.sqlite --format json
    """
    from gapcheck.api import diagnose_log
    from gapcheck.report.diagnose import render
    from gapcheck.report.formats import choose_format

    result = diagnose_log(db, stale_days=stale_days, taxonomy=taxonomy)
    emit(render(result, choose_format("diagnose", fmt, output)), output)
