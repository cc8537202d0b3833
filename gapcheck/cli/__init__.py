"""The ``gapcheck`` command line: a thin Click layer over the library.

Each command lives in its own module (spaCy's layout) and does three things only:
parse options, call one library function that returns data, hand it to a renderer.
Errors from the library (:mod:`gapcheck.errors`) become one-line messages and exit
codes here and nowhere else: 2 for bad input, 1 for a failed ``--fail-under``, 3 for a
missing or incompatible model, 70 for a bug in gapcheck (any other exception: one line
``[E999]`` asking for a report; ``GAPCHECK_DEBUG=1`` shows the traceback instead).
"""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from gapcheck import __version__
from gapcheck.cli.common import EXIT_INPUT, EXIT_THRESHOLD, emit  # noqa: F401
from gapcheck.cli.options import (  # noqa: F401  (shared by every command module)
    document_options,
    format_option,
    kind_option,
    max_bytes_option,
    output_option,
    taxonomy_option,
)
from gapcheck.errors import GapcheckError, InternalError
from gapcheck.paths import MAX_BYTES_VARIABLE


class GapcheckGroup(click.Group):
    """A group that turns gapcheck errors into one line on stderr and an exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        setting = os.environ.get(MAX_BYTES_VARIABLE)  # --max-bytes sets it for a run
        try:
            return super().invoke(ctx)
        except GapcheckError as err:
            click.echo(f"gapcheck: error: {err.message}", err=True)
            ctx.exit(err.exit_code)
        except KeyboardInterrupt:
            click.echo("gapcheck: interrupted", err=True)
            ctx.exit(130)
        except BrokenPipeError:  # e.g. `gapcheck parse x.pdf | head`
            sys.stderr.close()
            ctx.exit(0)
        except (click.exceptions.ClickException, click.exceptions.Exit,
                click.exceptions.Abort):  # fmt: skip
            raise
        except Exception as err:  # a bug: one coded line, not a traceback
            if os.environ.get("GAPCHECK_DEBUG"):
                raise
            bug = InternalError.from_exception(err)
            click.echo(f"gapcheck: error: {bug.message}", err=True)
            ctx.exit(bug.exit_code)
        finally:
            if setting is None:
                os.environ.pop(MAX_BYTES_VARIABLE, None)
            else:
                os.environ[MAX_BYTES_VARIABLE] = setting


@click.group(
    cls=GapcheckGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, "--version", "-V", prog_name="gapcheck")
def main() -> None:
    """Why is this application filtered out before any interview, and what to change?

    gapcheck reads resumes and job postings the way an applicant tracking system
    (ATS) does, finds the skills and keywords on both sides, scores the fit and
    ranks concrete fixes. Everything runs on this machine: nothing is uploaded.

    \b
    Examples:
      gapcheck check resume.pdf posting.txt
      gapcheck parse resume.pdf --format json
      gapcheck skills posting.docx
      gapcheck batch --resumes resumes/ --postings postings/ -o scores.csv
      gapcheck report resume.pdf --postings postings/ -o report.html
    """
    one_blas_thread()


#: Set before numpy loads its BLAS (the commands import it lazily). The models' matrices
#: are small: on 2 cores, `gapcheck skills --lines` on SkillSpan dev took 3.8 s wall
#: and 3.6 s CPU on one BLAS thread, 4.1-4.4 s wall and 5.9-6.6 s CPU on two.
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OMP_NUM_THREADS")


def one_blas_thread() -> None:
    """Run the command's BLAS on one thread unless the user set the variables."""
    for name in BLAS_THREAD_VARIABLES:
        os.environ.setdefault(name, "1")


def _register() -> None:
    from gapcheck.cli import batch, check, parse, report, skills, taxonomy

    for module in (parse, skills, taxonomy, check, batch, report):
        main.add_command(module.command)

    from gapcheck.cli import diagnose, feedback_email, log

    for module in (log, diagnose, feedback_email):
        main.add_command(module.command)


_register()
