"""`gapcheck check`: score one resume against one posting and rank the fixes."""

from __future__ import annotations

import click

from gapcheck.cli.common import EXIT_THRESHOLD, emit
from gapcheck.cli.options import document_options, format_option, output_option

KIND_HELP = (
    "What the first file is: resume; posting (the files are the other way round); "
    "auto (the text decides which file is the posting)."
)


@click.command(name="check")
@click.argument("resume", type=click.Path(path_type=str))
@click.argument("posting", type=click.Path(path_type=str))
@format_option("check")
@click.option("--fail-under", type=click.FloatRange(0, 100), default=None, metavar="N",
              help="Exit with status 1 when the score is below N (0-100).")  # fmt: skip
@document_options(kind_help=KIND_HELP, kind_default="resume")
@output_option()
def command(resume, posting, fmt, fail_under, kind, taxonomy, output):
    """Score RESUME against POSTING the way an ATS would: skills and keywords (with
    where they are shown), title, experience, education, quantified results and
    layout; then rank the fixes by how many points each is worth.

    \b
    Examples:
      gapcheck check resume.pdf posting.txt
      gapcheck check resume.docx posting.pdf -o result.json
      gapcheck check resume.pdf posting.txt --fail-under 70
    """
    from gapcheck.api import check_files
    from gapcheck.report.check import render
    from gapcheck.report.formats import choose_format

    result = check_files(resume, posting, taxonomy=taxonomy, first=kind)
    emit(render(result, choose_format("check", fmt, output)), output)
    if fail_under is not None and result.score < fail_under:
        raise SystemExit(EXIT_THRESHOLD)
