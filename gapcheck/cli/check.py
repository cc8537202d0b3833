"""`gapcheck check`: score one resume against one posting and rank the fixes."""

from __future__ import annotations

import click

from gapcheck.cli import EXIT_THRESHOLD, emit, format_option, output_option


@click.command(name="check")
@click.argument("resume", type=click.Path(dir_okay=False))
@click.argument("posting", type=click.Path(dir_okay=False))
@format_option("text", "json", "md")
@click.option("--fail-under", type=click.FloatRange(0, 100), default=None, metavar="N",
              help="Exit with status 1 when the score is below N (0-100).")  # fmt: skip
@click.option("--taxonomy", type=click.Path(), default=None,
              help="Taxonomy (directory, .tsv or .json) to use.")  # fmt: skip
@output_option()
def command(resume, posting, fmt, fail_under, taxonomy, output):
    """Score RESUME against POSTING the way an ATS would: skills and keywords (with
    where they are shown), title, experience, education, quantified results and
    layout; then rank the fixes by how many points each is worth.

    \b
    Examples:
      gapcheck check resume.pdf posting.txt
      gapcheck check resume.docx posting.pdf --format json -o result.json
      gapcheck check resume.pdf posting.txt --fail-under 70
    """
    from gapcheck.api import check_files
    from gapcheck.report.check import render

    result = check_files(resume, posting, taxonomy=taxonomy)
    emit(render(result, fmt), output)
    if fail_under is not None and result.score < fail_under:
        raise SystemExit(EXIT_THRESHOLD)
