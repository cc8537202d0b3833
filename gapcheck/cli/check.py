"""`gapcheck check` (placeholder until its issue lands)."""

import click


@click.command(name="check")
def command() -> None:
    """Not built yet."""
    raise click.UsageError("gapcheck check is not built yet")
