"""`gapcheck skills`: list the skills found in documents or in lines of text."""

from __future__ import annotations

import click

from gapcheck.cli.common import emit
from gapcheck.cli.options import document_options, format_option, output_option

KIND_HELP = "Read FILES as resumes or postings (for their sections); auto: the text."


@click.command(name="skills")
@click.argument("files", nargs=-1, type=click.Path(path_type=str))
@click.option(
    "--lines",
    "lines",
    type=click.Path(path_type=str),
    default=None,
    help="Treat each line of this UTF-8 file as a separate text ('-' for stdin).",
)
@format_option("skills")
@document_options(kind_help=KIND_HELP)
@output_option()
def command(files, lines, fmt, kind, taxonomy, output):
    """Find SKILL and KNOWLEDGE mentions in FILES (grouped by canonical skill, with
    counts) or, with --lines, in each line of a file (offsets into that line).

    \b
    Examples:
      gapcheck skills posting.docx resume.pdf
      gapcheck skills posting.txt --kind posting -o skills.json
      gapcheck skills --lines sentences.txt --format jsonl
      echo "Experience with Python and SQL" | gapcheck skills --lines -
    """
    from gapcheck.extract import skills_of_files, skills_of_lines
    from gapcheck.ingest.text import lines_of_file
    from gapcheck.report.formats import choose_format
    from gapcheck.report.skills import render_documents, stream_lines, write_stream

    fmt = choose_format("skills", fmt, output)
    if lines is not None:
        if files:
            raise click.UsageError("give FILES or --lines, not both")
        texts = lines_of_file(lines)
        write_stream(stream_lines(skills_of_lines(texts, taxonomy), fmt), output)
    elif files:
        emit(render_documents(skills_of_files(files, taxonomy, kind=kind), fmt), output)
    else:
        raise click.UsageError("give one or more FILES, or --lines FILE")
