"""The options several commands share, each defined once (as sqlite-utils does).

Every command that reads documents takes ``--kind``, ``--taxonomy`` and ``--max-bytes``
from here; every command that writes takes ``--format`` and ``-o/--output`` from here.
Paths are not checked by Click: the library checks them and says what is wrong in one
coded line (a folder where a file is expected is E101, a missing taxonomy E200).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import click

from gapcheck.formats import COMMAND_FORMATS, formats_of
from gapcheck.paths import MAX_BYTES_VARIABLE

Decorator = Callable[[Any], Any]


def format_option(
    *choices: str, default: str | None = None, by_suffix: bool = True
) -> Decorator:
    """``--format``. ``format_option("check")`` takes the command's formats from
    :data:`gapcheck.report.formats.COMMAND_FORMATS`; with no ``--format`` the
    command calls :func:`~gapcheck.report.formats.choose_format` (``-o``'s suffix,
    else the first format). Explicit ``choices`` are kept for commands outside
    that table. ``by_suffix=False`` where ``-o`` is not the command's output (the
    file ``taxonomy import`` compiles)."""
    if len(choices) == 1 and choices[0] in COMMAND_FORMATS:
        choices = formats_of(choices[0])
    elif default is None:
        default = choices[0]
    first = default or choices[0]
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=default,
        help=(
            f"Output format [default: from -o's suffix, else {first}]."
            if by_suffix
            else f"Format of the summary printed [default: {first}]."
        )
        + " JSON shapes are documented in docs/json.md.",
    )


def output_option(*, required: bool = False, help: str | None = None) -> Decorator:
    """``-o/--output``: where the command writes (``-`` for standard output)."""
    return click.option(
        "-o",
        "--output",
        type=click.Path(path_type=str),
        required=required,
        default=None,
        help=help or "Write to this file instead of standard output.",
    )


def taxonomy_option() -> Decorator:
    """``--taxonomy``: a taxonomy directory, .tsv or compiled .json."""
    return click.option(
        "--taxonomy",
        type=click.Path(path_type=str),
        default=None,
        metavar="PATH",
        help="Taxonomy directory, .tsv file or compiled .json (gapcheck taxonomy "
        "import) [default: the built-in one].",
    )


def kind_option(*, help: str | None = None, default: str = "auto") -> Decorator:
    """``--kind resume|posting|auto``: how documents are read."""
    return click.option(
        "--kind",
        type=click.Choice(["resume", "posting", "auto"]),
        default=default,
        show_default=True,
        help=help or "Read FILES as resumes or postings; auto decides from the text.",
    )


class Size(click.ParamType):
    """A size in bytes: ``20000000``, ``500K``, ``20M`` (binary units)."""

    name = "SIZE"

    def convert(self, value: Any, param: Any, ctx: Any) -> int:
        from gapcheck.errors import InputError
        from gapcheck.ingest import parse_size

        try:
            return parse_size(str(value))
        except InputError as err:
            self.fail(err.problem, param, ctx)


def _set_max_bytes(ctx: click.Context, param: Any, value: int | None) -> int | None:
    if value is not None:
        os.environ[MAX_BYTES_VARIABLE] = str(value)
    return value


def max_bytes_option() -> Decorator:
    """``--max-bytes``: the size limit of one input file, for this run."""
    return click.option(
        "--max-bytes",
        type=Size(),
        default=None,
        envvar=MAX_BYTES_VARIABLE,
        expose_value=False,
        callback=_set_max_bytes,
        help=f"Refuse input files larger than this (e.g. 20M) [default: 10M, or "
        f"${MAX_BYTES_VARIABLE}].",
    )


def document_options(
    *, kind: bool = True, kind_help: str | None = None, kind_default: str = "auto"
) -> Decorator:
    """``--kind`` (unless ``kind=False``), ``--taxonomy`` and ``--max-bytes``: what
    the commands that read documents take."""
    options = [max_bytes_option(), taxonomy_option()]
    if kind:
        options.append(kind_option(help=kind_help, default=kind_default))

    def apply(f: Any) -> Any:
        for option in options:
            f = option(f)
        return f

    return apply


class _ApplicationId(click.ParamType):
    """An application id of the log: a bad one is one coded line (E501), not
    Click's usage error."""

    name = "ID"

    def convert(self, value: Any, param: Any, ctx: Any) -> int:
        from gapcheck.errors import ApplicationNotFound

        text = str(value).strip()
        if not text.isdigit() or int(text) < 1:
            raise ApplicationNotFound(
                f"{value!r} is not an application id",
                fix="give the number that `gapcheck log list` shows",
            )
        return int(text)


def app_id_argument() -> Decorator:
    """``ID``: an application of the log (log update, show, rm; feedback-email)."""
    return click.argument("app_id", metavar="ID", type=_ApplicationId())


class Greedy(click.Option):
    """An option taking every following argument up to the next option, so that
    ``--resumes resumes/*.pdf`` works after the shell expands the glob."""

    def add_to_parser(self, parser: Any, ctx: click.Context) -> None:
        super().add_to_parser(parser, ctx)
        for name in self.opts:
            opt = parser._long_opt.get(name) or parser._short_opt.get(name)
            if opt is None:
                continue
            plain = opt.process

            def process(value: Any, state: Any, plain: Any = plain) -> None:
                values = [value]
                while state.rargs and not state.rargs[0].startswith("-"):
                    values.append(state.rargs.pop(0))
                for item in values:
                    plain(item, state)

            opt.process = process


def paths_option(name: str) -> Any:
    """``--resumes`` / ``--postings``: many paths after one flag (batch and report)."""
    return click.option(
        f"--{name}",
        cls=Greedy,
        multiple=True,
        required=True,
        metavar="PATH...",
        help=f"{name.capitalize()[:-1]} files, directories (recursive), globs or "
        "manifest CSVs.",
    )


def db_option() -> Callable[[Any], Any]:
    """``--db PATH``: the log file (shared by log, diagnose and feedback-email)."""
    return click.option(
        "--db",
        type=click.Path(),  # a folder is refused by the store, as one coded line
        default=None,
        help="The log's SQLite file (default: applications.sqlite in the data "
        "directory, $GAPCHECK_DATA or $XDG_DATA_HOME/gapcheck).",
    )


def stale_option() -> Callable[[Any], Any]:
    return click.option(
        "--stale-days",
        type=click.IntRange(1, 3650),
        default=30,
        show_default=True,
        help="Flag open applications with no answer after this many days "
        "(never assumed rejected).",
    )
