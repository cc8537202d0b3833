"""`gapcheck batch`: score many resumes against many postings."""

from __future__ import annotations

import click

from gapcheck.cli.common import EXIT_INPUT, emit
from gapcheck.cli.options import (  # noqa: F401  (Greedy, paths_option: moved there)
    Greedy,
    document_options,
    format_option,
    output_option,
    paths_option,
)


@click.command(name="batch")
@paths_option("resumes")
@paths_option("postings")
@output_option(
    required=True, help="Scores file; rankings and errors files are written beside it."
)
@format_option("batch")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(1, 256),
    default=1,
    show_default=True,
    help="Worker processes (or Dask workers for a local cluster).",
)
@click.option(
    "--top",
    type=click.IntRange(1, 1000),
    default=5,
    show_default=True,
    help="Rankings keep this many best matches per posting and per resume.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Run on local cores or a Dask cluster.",
)
@click.option(
    "--scheduler",
    default=None,
    metavar="ADDRESS",
    help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (--engine dask).",
)
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Where analysed documents are cached [default: ~/.cache/gapcheck].",
)
@click.option("--no-cache", is_flag=True, help="Do not read or write the cache.")
@document_options(kind=False)
@click.option("--strict", is_flag=True, help="Exit 2 if any file had to be skipped.")
@click.option("--quiet", "-q", is_flag=True, help="No progress line.")
def command(
    resumes: tuple[str, ...],
    postings: tuple[str, ...],
    output: str,
    fmt: str | None,
    jobs: int,
    top: int,
    engine: str,
    scheduler: str | None,
    cache_dir: str | None,
    no_cache: bool,
    taxonomy: str | None,
    strict: bool,
    quiet: bool,
) -> None:
    """Score every resume against every posting.

    Each document is analysed once and cached, so a re-run, or a run interrupted
    and started again with the same -o, redoes nothing that was finished. A bad
    file is reported and skipped; the batch goes on.

    \b
    Example:
      gapcheck batch --resumes resumes/ --postings postings/*.docx -o scores.csv -j 2
    """
    from gapcheck.batch import run_batch
    from gapcheck.report.batch import error_line, render_summary, warning_line

    summary = run_batch(
        resumes,
        postings,
        output,
        fmt=fmt,
        jobs=jobs,
        top=top,
        engine=engine,
        scheduler=scheduler,
        cache_dir=cache_dir,
        use_cache=not no_cache,
        taxonomy=taxonomy,
        progress=False if quiet else None,
        on_error=lambda e: click.echo(error_line(e), err=True),
        on_warning=lambda *w: click.echo(warning_line(*w), err=True),
    )
    emit(render_summary(summary))
    if strict and summary.errors:
        raise SystemExit(EXIT_INPUT)
