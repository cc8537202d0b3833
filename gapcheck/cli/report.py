"""`gapcheck report` (placeholder until its issue lands)."""

import click


@click.command(name="report")
def command() -> None:
    """Not built yet."""
    raise click.UsageError("gapcheck report is not built yet")
