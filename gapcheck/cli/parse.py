"""`gapcheck parse`: show what an ATS would read in a resume or a job posting."""

from __future__ import annotations

import click

from gapcheck.cli.common import emit
from gapcheck.cli.options import (
    format_option,
    kind_option,
    max_bytes_option,
    output_option,
)


@click.command(name="parse")
@click.argument("file", type=click.Path(path_type=str))
@kind_option(help="Parse as a resume or a posting; auto decides from the text.")
@max_bytes_option()
@format_option("parse")
@output_option()
def command(file: str, kind: str, fmt: str | None, output: str | None) -> None:
    """Show what an ATS would read in FILE: sections, contact, roles or requirements.

    \b
    Examples:
      gapcheck parse resume.pdf
      gapcheck parse posting.docx --kind posting -o posting.json
    """
    from gapcheck.parse import parse_file
    from gapcheck.report import envelope, to_json
    from gapcheck.report.formats import choose_format
    from gapcheck.report.parse import parse_payload, render_parse_text

    record = parse_file(file, kind)  # type: ignore[arg-type]
    if choose_format("parse", fmt, output) == "json":
        emit(to_json(envelope("parse", parse_payload(record))), output)
    else:
        emit(render_parse_text(record), output)
