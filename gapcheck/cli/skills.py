"""`gapcheck skills` (placeholder until its issue lands)."""

import click


@click.command(name="skills")
def command() -> None:
    """Not built yet."""
    raise click.UsageError("gapcheck skills is not built yet")
