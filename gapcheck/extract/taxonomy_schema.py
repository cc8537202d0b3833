"""Taxonomy files: the schema (version 1), reading and validation.

Reads family TSV files, the ``taxonomy.toml`` manifest and compiled JSON into rows,
and checks them across files. Every problem is a :class:`TaxonomyError` naming
``file:line``, what is wrong and how to fix it. :mod:`gapcheck.extract.taxonomy`
builds the :class:`~gapcheck.extract.taxonomy.Taxonomy` from these rows.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from gapcheck.errors import TaxonomyError
from gapcheck.records import CATEGORIES, Record

SCHEMA_VERSION = 1
MAGIC = "# gapcheck-taxonomy"
JSON_FORMAT = "gapcheck-taxonomy"
REQUIRED_COLUMNS: tuple[str, ...] = (
    "name",
    "kind",
    "category",
    "aliases",
    "broader",
    "implies",
)
#: Columns a file may add after the required ones.
OPTIONAL_COLUMNS: tuple[str, ...] = ("tags",)
KINDS: tuple[str, ...] = (
    "tool",
    "technology",
    "method",
    "domain",
    "certification",
    "language",
    "soft",
)
#: Kinds that describe knowledge (things one knows or uses) rather than skills.
KNOWLEDGE_KINDS = frozenset(
    {"tool", "technology", "domain", "certification", "language"}
)
#: Category slugs used in files -> the long names of ``records.CATEGORIES``.
CATEGORY_SLUGS: dict[str, str] = {
    "technical": CATEGORIES[0],
    "communication": CATEGORIES[1],
    "problem-solving": CATEGORIES[2],
    "teamwork": CATEGORIES[3],
    "adaptability": CATEGORIES[4],
    "leadership": CATEGORIES[5],
}
SLUG_OF = {long: slug for slug, long in CATEGORY_SLUGS.items()}


@dataclass(frozen=True)
class Skill(Record):
    """One canonical skill of the taxonomy."""

    name: str
    kind: str  # one of KINDS
    type: str  # "soft" when kind == "soft", else "hard"
    category: str  # long name, one of records.CATEGORIES
    family: str  # the file it comes from, e.g. "software"
    aliases: tuple[str, ...] = ()
    broader: tuple[str, ...] = ()
    implies: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """The mention label: KNOWLEDGE for things known/used, SKILL for abilities."""
        return "KNOWLEDGE" if self.kind in KNOWLEDGE_KINDS else "SKILL"


@dataclass
class Row:
    """A skill as read, before cross-file validation (``where`` is file:line)."""

    skill: Skill
    where: str


def _split(value: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for part in value.split("|"):
        part = " ".join(part.split())
        if part:
            seen.setdefault(part, None)
    return tuple(seen)


def _make_skill(
    where: str,
    name: str,
    kind: str,
    category: str,
    family: str,
    aliases: Iterable[str],
    broader: Iterable[str],
    implies: Iterable[str],
    tags: Iterable[str] = (),
) -> Skill:
    name = " ".join(name.split())
    if not name:
        raise TaxonomyError("empty skill name", path=where, fix="write a name")
    if "|" in name:
        raise TaxonomyError(
            f"skill name {name!r} contains '|'",
            path=where,
            fix="put alternative names in the aliases column",
        )
    if kind not in KINDS:
        raise TaxonomyError(
            f"unknown kind {kind!r} for {name!r}",
            path=where,
            fix=f"use one of {', '.join(KINDS)}",
        )
    long = CATEGORY_SLUGS.get(category) or (category if category in SLUG_OF else None)
    if long is None:
        raise TaxonomyError(
            f"unknown category {category!r} for {name!r}",
            path=where,
            fix=f"use one of {', '.join(CATEGORY_SLUGS)}",
        )
    folded = name.casefold()
    own = tuple(a for a in dict.fromkeys(aliases) if a.casefold() != folded)
    return Skill(
        name=name,
        kind=kind,
        type="soft" if kind == "soft" else "hard",
        category=long,
        family=family,
        aliases=own,
        broader=tuple(broader),
        implies=tuple(implies),
        tags=tuple(tags),
    )


def unreadable(path: Path, err: OSError) -> TaxonomyError:
    """The error for a file the OS will not let us read."""
    return TaxonomyError(
        f"cannot read the file ({err.strerror})",
        path=path,
        fix="check the path and its permissions",
    )


def read_tsv(path: Path, family: str | None = None) -> list[Row]:
    """Read one family file; check everything that needs only this file."""
    family = family or path.stem
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as err:
        raise TaxonomyError(
            f"not UTF-8 ({err.reason} at byte {err.start})",
            path=path,
            fix="save the file as UTF-8",
        ) from None
    except OSError as err:
        raise unreadable(path, err) from None
    first = lines[0].strip() if lines else ""
    if not first.startswith(MAGIC):
        raise TaxonomyError(
            "line 1 is not the '# gapcheck-taxonomy 1' marker",
            path=f"{path}:1",
            fix="start the file with '# gapcheck-taxonomy 1'",
        )
    version = first[len(MAGIC) :].strip()
    if version != str(SCHEMA_VERSION):
        raise TaxonomyError(
            f"schema version {version or '(none)'} is not supported",
            path=f"{path}:1",
            fix=f"write '# gapcheck-taxonomy {SCHEMA_VERSION}' (this gapcheck reads "
            f"version {SCHEMA_VERSION})",
        )
    header = lines[1].rstrip("\r").split("\t") if len(lines) > 1 else []
    header = [h.strip() for h in header]
    if tuple(header[:6]) != REQUIRED_COLUMNS:
        raise TaxonomyError(
            f"header is {'/'.join(header) or '(empty)'}",
            path=f"{path}:2",
            fix="line 2 must be the tab-separated header "
            + "\\t".join(REQUIRED_COLUMNS),
        )
    extra = [h for h in header[6:] if h not in OPTIONAL_COLUMNS]
    if extra:
        raise TaxonomyError(
            f"unknown column(s) {', '.join(extra)}",
            path=f"{path}:2",
            fix=f"optional columns are {', '.join(OPTIONAL_COLUMNS)}",
        )
    width = len(header)
    rows: list[Row] = []
    for number, line in enumerate(lines[2:], start=3):
        line = line.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        where = f"{path}:{number}"
        if len(cells) > width:
            raise TaxonomyError(
                f"{len(cells)} columns, the header has {width}",
                path=where,
                fix="remove stray tabs (separate aliases with '|')",
            )
        if len(cells) < 3:
            raise TaxonomyError(
                f"{len(cells)} column(s); name, kind and category are required",
                path=where,
                fix="separate the columns with tabs, not spaces",
            )
        cells += [""] * (width - len(cells))
        values = dict(zip(header, cells, strict=True))
        rows.append(
            Row(
                _make_skill(
                    where,
                    values["name"],
                    values["kind"].strip(),
                    values["category"].strip(),
                    family,
                    _split(values["aliases"]),
                    _split(values["broader"]),
                    _split(values["implies"]),
                    _split(values.get("tags", "")),
                ),
                where,
            )
        )
    return rows


def read_json(path: Path) -> tuple[list[Row], dict[str, str], str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise TaxonomyError(
            f"not a readable JSON taxonomy ({err})",
            path=path,
            fix="give a file written by `gapcheck taxonomy import`",
        ) from None
    if not isinstance(data, dict) or data.get("format") != JSON_FORMAT:
        raise TaxonomyError(
            "JSON file is not a compiled gapcheck taxonomy (no format: "
            f"{JSON_FORMAT!r})",
            path=path,
            fix="give a file written by `gapcheck taxonomy import`",
        )
    if data.get("schema_version") != SCHEMA_VERSION:
        raise TaxonomyError(
            f"schema version {data.get('schema_version')!r} is not supported",
            path=path,
            fix=f"re-import it with this gapcheck (schema {SCHEMA_VERSION})",
        )
    rows = []
    for i, item in enumerate(data.get("skills") or []):
        where = f"{path}:skills[{i}]"
        try:
            skill = _make_skill(
                where,
                str(item["name"]),
                str(item["kind"]),
                str(item["category"]),
                str(item.get("family") or path.stem),
                [str(a) for a in item.get("aliases", ())],
                [str(a) for a in item.get("broader", ())],
                [str(a) for a in item.get("implies", ())],
                [str(a) for a in item.get("tags", ())],
            )
        except (KeyError, TypeError):
            raise TaxonomyError(
                "skill entry lacks name, kind or category",
                path=where,
                fix="re-import the taxonomy",
            ) from None
        rows.append(Row(skill, where))
    families = {str(k): str(v) for k, v in (data.get("families") or {}).items()}
    return (
        rows,
        families,
        str(data.get("name", path.stem)),
        str(data.get("version") or ""),
    )


def read_manifest(
    directory: Path, problems: list[TaxonomyError] | None = None
) -> tuple[list[Row], dict[str, str], str, str]:
    """Rows of every family the manifest lists. With ``problems``, a family file's
    error is collected there and reading goes on with the next file."""
    manifest = directory / "taxonomy.toml"
    try:
        data = tomllib.loads(manifest.read_text(encoding="utf-8"))
    except OSError:
        raise TaxonomyError(
            "no taxonomy.toml manifest in this directory",
            path=directory,
            fix="give a taxonomy directory, a .tsv family file or a compiled .json",
        ) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise TaxonomyError(
            f"manifest is not valid TOML ({err})", path=manifest, fix="fix its syntax"
        ) from None
    if data.get("schema_version") != SCHEMA_VERSION:
        raise TaxonomyError(
            f"schema_version {data.get('schema_version')!r} is not supported",
            path=manifest,
            fix=f"set schema_version = {SCHEMA_VERSION}",
        )
    families = data.get("families")
    if not isinstance(families, dict) or not families:
        raise TaxonomyError(
            "manifest lists no [families]",
            path=manifest,
            fix='add a [families] table, e.g. software = "Software engineering"',
        )
    rows: list[Row] = []
    for slug in families:
        tsv = directory / f"{slug}.tsv"
        try:
            if not tsv.is_file():
                raise TaxonomyError(
                    f"family {slug!r} is listed but {tsv.name} does not exist",
                    path=manifest,
                    fix=f"add {tsv.name} or remove {slug!r} from [families]",
                )
            rows.extend(read_tsv(tsv, slug))
        except TaxonomyError as err:
            if problems is None:
                raise
            problems.append(err)
    names = {str(k): str(v) for k, v in families.items()}
    name = str(data.get("name", directory.name))
    return rows, names, name, str(data.get("version", ""))


def check_rows(
    rows: list[Row], problems: list[TaxonomyError] | None = None
) -> dict[str, tuple[str, ...]]:
    """Cross-file checks; returns aliases shared by several skills (ambiguous).

    Raises the first problem, or, when ``problems`` is a list, collects them all.
    """

    def fail(err: TaxonomyError) -> None:
        if problems is None:
            raise err
        problems.append(err)

    where_of: dict[str, str] = {}
    for row in rows:
        key = row.skill.name.casefold()
        if key in where_of:
            fail(
                TaxonomyError(
                    f"duplicate name {row.skill.name!r} (also at {where_of[key]})",
                    path=row.where,
                    fix="keep one row and merge the aliases into it",
                )
            )
        where_of.setdefault(key, row.where)
    owners: dict[str, list[str]] = {}
    for row in rows:
        for alias in row.skill.aliases:
            key = alias.casefold()
            if key in where_of:
                fail(
                    TaxonomyError(
                        f"alias {alias!r} of {row.skill.name!r} is the canonical "
                        f"name of another skill (at {where_of[key]})",
                        path=row.where,
                        fix="remove the alias, or use it in broader/implies instead",
                    )
                )
            names = owners.setdefault(key, [])
            if row.skill.name not in names:
                names.append(row.skill.name)
        for column in ("broader", "implies"):
            for target in getattr(row.skill, column):
                if target.casefold() not in where_of:
                    fail(
                        TaxonomyError(
                            f"{column} {target!r} of {row.skill.name!r} is not a "
                            "canonical skill name",
                            path=row.where,
                            fix="add that skill to a family file or fix the spelling "
                            "(aliases are not accepted here)",
                        )
                    )
                elif target.casefold() == row.skill.name.casefold():
                    fail(
                        TaxonomyError(
                            f"{row.skill.name!r} lists itself in {column}",
                            path=row.where,
                            fix=f"remove it from {column}",
                        )
                    )
    if problems:
        return {}
    try:
        _check_cycles(rows)
    except TaxonomyError as err:
        fail(err)
    return {k: tuple(v) for k, v in owners.items() if len(v) > 1}


def _check_cycles(rows: list[Row]) -> None:
    graph = {r.skill.name.casefold(): r for r in rows}
    state: dict[str, int] = {}  # 1 visiting, 2 done
    for start in graph:
        if state.get(start):
            continue
        stack: list[tuple[str, Iterator[str]]] = [
            (start, iter(t.casefold() for t in graph[start].skill.implies))
        ]
        state[start] = 1
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[node] = 2
                stack.pop()
            elif state.get(child) == 1:
                path = [n for n, _ in stack]
                cycle = [*path[path.index(child) :], child]
                names = " -> ".join(graph[n].skill.name for n in cycle)
                raise TaxonomyError(
                    f"cycle in implies: {names}",
                    path=graph[node].where,
                    fix="remove one of these implies links",
                )
            elif not state.get(child):
                state[child] = 1
                stack.append(
                    (child, iter(t.casefold() for t in graph[child].skill.implies))
                )
