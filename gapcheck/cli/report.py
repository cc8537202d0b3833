"""`gapcheck report`: the skill gaps of one resume across many postings, with a plan."""

from __future__ import annotations

import click

from gapcheck.cli.common import emit
from gapcheck.cli.options import (
    document_options,
    format_option,
    output_option,
    paths_option,
)


@click.command(name="report")
@click.argument("resume", type=click.Path(path_type=str))
@paths_option("postings")
@output_option(required=True, help="Report file (- for standard output).")
@format_option("report")
@document_options(kind=False)
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=1, show_default=True,
              help="Worker processes for reading the postings.")  # fmt: skip
@click.option("--quiet", "-q", is_flag=True, help="No progress line.")
def command(resume, postings, output, fmt, taxonomy, jobs, quiet):
    """Which skills do the postings you target keep asking for that RESUME does not
    show? Demand per skill, gaps by category, per-posting scores, strengths and an
    improvement plan. Unreadable postings are listed and skipped.

    \b
    Examples:
      gapcheck report resume.pdf --postings postings/ -o report.html
      gapcheck report resume.docx --postings jobs/*.pdf -o gaps.json -j 2
    """
    from gapcheck.gaps import gap_report
    from gapcheck.report.batch import error_line
    from gapcheck.report.formats import choose_format
    from gapcheck.report.gaps_md import render

    report = gap_report(
        resume, postings, taxonomy=taxonomy, jobs=jobs,
        progress=False if quiet else None,
        on_error=lambda err: click.echo(error_line(err), err=True),
    )  # fmt: skip
    emit(render(report, choose_format("report", fmt, output)), output)
    if output != "-" and not quiet:
        click.echo(f"gapcheck: wrote {output} ({report.summary.postings} postings, "
                   f"{report.summary.skipped} skipped)", err=True)  # fmt: skip
