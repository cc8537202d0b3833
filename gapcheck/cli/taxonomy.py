"""`gapcheck taxonomy`: inspect the skill taxonomy, look terms up, import ESCO/O*NET."""

from __future__ import annotations

import click

from gapcheck.cli.common import emit
from gapcheck.cli.options import format_option, output_option, taxonomy_option

IMPORT_OUTPUT = (
    "Write the compiled taxonomy here [default: "
    "~/.local/share/gapcheck/taxonomies/SOURCE.json, or under $XDG_DATA_HOME]; "
    "the path written is printed."
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
@taxonomy_option()
@format_option("taxonomy")
@click.pass_context
def info(ctx: click.Context, taxonomy: str | None, fmt: str | None) -> None:
    """Counts by family, kind, category and type, and the validation result.

    Exits 2 when the taxonomy has problems (all of them are listed).

    \b
    Example:
      gapcheck taxonomy info --taxonomy corpora/taxonomy --format json
    """
    from gapcheck.extract.taxonomy import describe_taxonomy
    from gapcheck.report.formats import choose_format
    from gapcheck.report.taxonomy import render_info

    result = describe_taxonomy(taxonomy)
    emit(render_info(result, choose_format("taxonomy", fmt)))
    if not result.valid:
        ctx.exit(2)


@command.command("lookup")
@click.argument("term")
@taxonomy_option()
@format_option("taxonomy")
def lookup(term: str, taxonomy: str | None, fmt: str | None) -> None:
    """What TERM maps to: canonical name, aliases, broader, implies, category.

    TERM may be a name, an alias ("k8s") or a phrase ("led a team of five").

    \b
    Example:
      gapcheck taxonomy lookup "JS"
    """
    from gapcheck.extract.lookup import lookup_term
    from gapcheck.report.formats import choose_format
    from gapcheck.report.taxonomy import render_lookup

    emit(render_lookup(lookup_term(term, taxonomy), choose_format("taxonomy", fmt)))


@command.group("import")
def import_group() -> None:
    """Compile ESCO or O*NET files into a taxonomy JSON usable with --taxonomy.

    \b
    Examples:
      gapcheck taxonomy import esco skills_en.csv -o esco.json
      gapcheck taxonomy import onet "Technology Skills.txt" -o onet.json --format json
    """


def _import(source: str, path: str, output: str | None, fmt: str | None) -> None:
    from gapcheck.extract.importers import run_import
    from gapcheck.report.formats import choose_format
    from gapcheck.report.taxonomy import render_import

    result = run_import(source, path, output)
    emit(render_import(result, choose_format("taxonomy", fmt)))


@import_group.command("esco")
@click.argument("path", type=click.Path(path_type=str))
@output_option(help=IMPORT_OUTPUT)
@format_option("taxonomy", by_suffix=False)
def import_esco(path: str, output: str | None, fmt: str | None) -> None:
    """Import ESCO's skills_en.csv into a taxonomy JSON file (-o, else your data
    folder: ~/.local/share/gapcheck/taxonomies/esco.json); prints where it wrote it.

    \b
    Example:
      gapcheck taxonomy import esco skills_en.csv -o esco.json
    """
    _import("esco", path, output, fmt)


@import_group.command("onet")
@click.argument("path", type=click.Path(path_type=str))
@output_option(help=IMPORT_OUTPUT)
@format_option("taxonomy", by_suffix=False)
def import_onet(path: str, output: str | None, fmt: str | None) -> None:
    """Import O*NET's "Technology Skills.txt" (tools, with Hot Technology tags) into
    a taxonomy JSON file (-o, else ~/.local/share/gapcheck/taxonomies/onet.json).

    \b
    Example:
      gapcheck taxonomy import onet "Technology Skills.txt" -o onet.json
    """
    _import("onet", path, output, fmt)
