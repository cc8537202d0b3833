"""`gapcheck taxonomy` (placeholder until its issue lands)."""

import click


@click.command(name="taxonomy")
def command() -> None:
    """Not built yet."""
    raise click.UsageError("gapcheck taxonomy is not built yet")
