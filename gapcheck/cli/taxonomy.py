"""`gapcheck taxonomy`: inspect the skill taxonomy, look terms up, import ESCO/O*NET."""

from __future__ import annotations

import click

from gapcheck.cli import emit, format_option, output_option

_TAXONOMY = click.option(
    "--taxonomy",
    "taxonomy_path",
    type=click.Path(exists=True),
    default=None,
    help="Taxonomy directory, .tsv file or compiled .json (default: the built-in one).",
)


@click.group(name="taxonomy")
def command() -> None:
    """Inspect the skill taxonomy, look up terms, import ESCO or O*NET.

    \b
    Examples:
      gapcheck taxonomy info
      gapcheck taxonomy lookup k8s
      gapcheck taxonomy lookup "managed multiple projects" --format json
      gapcheck taxonomy import esco skills_en.csv -o esco.json
      gapcheck skills posting.txt --taxonomy esco.json
    """


@command.command("info")
@_TAXONOMY
@format_option("text", "json")
@click.pass_context
def info(ctx: click.Context, taxonomy_path: str | None, fmt: str) -> None:
    """Counts by family, kind, category and type, and the validation result.

    Exits 2 when the taxonomy has problems (all of them are listed).

    \b
    Example:
      gapcheck taxonomy info --taxonomy corpora/taxonomy --format json
    """
    from gapcheck.extract.taxonomy import describe_taxonomy
    from gapcheck.report.taxonomy import render_info

    result = describe_taxonomy(taxonomy_path)
    emit(render_info(result, fmt))
    if not result.valid:
        ctx.exit(2)


@command.command("lookup")
@click.argument("term")
@_TAXONOMY
@format_option("text", "json")
def lookup(term: str, taxonomy_path: str | None, fmt: str) -> None:
    """What TERM maps to: canonical name, aliases, broader, implies, category.

    TERM may be a name, an alias ("k8s") or a phrase ("led a team of five").

    \b
    Example:
      gapcheck taxonomy lookup "JS"
    """
    from gapcheck.extract.taxonomy import lookup_term
    from gapcheck.report.taxonomy import render_lookup

    emit(render_lookup(lookup_term(term, taxonomy_path), fmt))


@command.group("import")
def import_group() -> None:
    """Compile ESCO or O*NET files into a taxonomy JSON usable with --taxonomy."""


def _import(source: str, path: str, output: str | None, fmt: str) -> None:
    from gapcheck.extract.importers import run_import
    from gapcheck.report.taxonomy import render_import

    emit(render_import(run_import(source, path, output), fmt))


@import_group.command("esco")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@output_option()
@format_option("text", "json")
def import_esco(path: str, output: str | None, fmt: str) -> None:
    """Import ESCO's skills_en.csv (default output ~/.local/share/gapcheck/taxonomies).

    \b
    Example:
      gapcheck taxonomy import esco skills_en.csv -o esco.json
    """
    _import("esco", path, output, fmt)


@import_group.command("onet")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@output_option()
@format_option("text", "json")
def import_onet(path: str, output: str | None, fmt: str) -> None:
    """Import O*NET's "Technology Skills.txt" (tools, with Hot Technology tags).

    \b
    Example:
      gapcheck taxonomy import onet "Technology Skills.txt" -o onet.json
    """
    _import("onet", path, output, fmt)
