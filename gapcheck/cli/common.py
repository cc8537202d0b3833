"""What every command shares besides its options (:mod:`.options`): the exit codes
and :func:`emit`. Below the command modules and :mod:`gapcheck.cli`, which registers
them, so the commands never import the package that imports them."""

from __future__ import annotations

import click

EXIT_THRESHOLD = 1
EXIT_INPUT = 2


def emit(text: str, output: str | None = None) -> None:
    """Write rendered output to stdout or, atomically, to a file."""
    if output is None or output == "-":
        click.echo(text, nl=not text.endswith("\n"))
        return
    from gapcheck.errors import InputError
    from gapcheck.files import write_atomic

    try:
        write_atomic(output, text)
    except OSError as err:
        raise InputError(
            f"cannot be written ({err.strerror or type(err).__name__})",
            path=output,
            fix="give -o a file in a folder you can write to",
        ) from None
