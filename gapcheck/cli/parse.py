"""`gapcheck parse`: show what an ATS would read in a resume or a job posting."""

from __future__ import annotations

import click

from gapcheck.cli import emit, format_option, output_option


@click.command(name="parse")
@click.argument("file", type=click.Path(dir_okay=True, path_type=str))
@click.option(
    "--kind",
    type=click.Choice(["resume", "posting", "auto"]),
    default="auto",
    show_default=True,
    help="Parse as a resume or a posting; auto decides from the text.",
)
@format_option("text", "json")
@output_option()
def command(file: str, kind: str, fmt: str, output: str | None) -> None:
    """Show what an ATS would read in FILE: sections, contact, roles or requirements.

    \b
    Examples:
      gapcheck parse resume.pdf
      gapcheck parse posting.docx --kind posting --format json -o posting.json
    """
    from gapcheck.parse import parse_file
    from gapcheck.report import envelope, to_json
    from gapcheck.report.parse import parse_payload, render_parse_text

    record = parse_file(file, kind)  # type: ignore[arg-type]
    if fmt == "json":
        emit(to_json(envelope("parse", parse_payload(record))), output)
    else:
        emit(render_parse_text(record), output)
