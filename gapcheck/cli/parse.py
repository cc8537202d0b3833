"""`gapcheck parse` (placeholder until its issue lands)."""

import click


@click.command(name="parse")
def command() -> None:
    """Not built yet."""
    raise click.UsageError("gapcheck parse is not built yet")
