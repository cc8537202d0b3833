"""`gapcheck batch` (placeholder until its issue lands)."""

import click


@click.command(name="batch")
def command() -> None:
    """Not built yet."""
    raise click.UsageError("gapcheck batch is not built yet")
