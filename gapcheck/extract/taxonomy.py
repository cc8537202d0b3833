"""The project's skill taxonomy: schema, ``Skill`` records, loading and validation.

A taxonomy is a directory with a ``taxonomy.toml`` manifest and one TSV file per
occupational family (the schema is documented in ``corpora/taxonomy/README.md``), a
single TSV file, or a compiled JSON file (``Taxonomy.to_json()``, which the importers
write). Every file is validated on load; a problem raises :class:`TaxonomyError` naming
``file:line``, what is wrong and how to fix it. Loaded taxonomies are cached per path
and modification time.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
class _Row:
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


def read_tsv(path: Path, family: str | None = None) -> list[_Row]:
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
        raise TaxonomyError(
            f"cannot read the file ({err.strerror})",
            path=path,
            fix="check the path and its permissions",
        ) from None
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
    rows: list[_Row] = []
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
            _Row(
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


def _read_json(path: Path) -> tuple[list[_Row], dict[str, str], str, str]:
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
        rows.append(_Row(skill, where))
    families = {str(k): str(v) for k, v in (data.get("families") or {}).items()}
    return (
        rows,
        families,
        str(data.get("name", path.stem)),
        str(data.get("version") or ""),
    )


def _read_manifest(directory: Path) -> tuple[list[_Row], dict[str, str], str, str]:
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
    rows: list[_Row] = []
    for slug in families:
        tsv = directory / f"{slug}.tsv"
        if not tsv.is_file():
            raise TaxonomyError(
                f"family {slug!r} is listed but {tsv.name} does not exist",
                path=manifest,
                fix=f"add {tsv.name} or remove {slug!r} from [families]",
            )
        rows.extend(read_tsv(tsv, slug))
    names = {str(k): str(v) for k, v in families.items()}
    name = str(data.get("name", directory.name))
    return rows, names, name, str(data.get("version", ""))


def _check(
    rows: list[_Row], problems: list[TaxonomyError] | None = None
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


def _check_cycles(rows: list[_Row]) -> None:
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


@dataclass(frozen=True, eq=False)
class Taxonomy:
    """A validated taxonomy: skills plus lookups by name or alias."""

    skills: tuple[Skill, ...]
    families: dict[str, str] = field(default_factory=dict)  # slug -> display name
    name: str = "gapcheck"
    version: str = ""
    source: str = ""
    #: Aliases shared by several skills (casefolded alias -> skill names). The
    #: matcher ignores them and ``get`` returns None for them.
    ambiguous: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _index: dict[str, Skill] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        index = self._index
        for skill in self.skills:
            for alias in skill.aliases:
                key = alias.casefold()
                if key not in self.ambiguous:
                    index[key] = skill
        for skill in self.skills:
            index[skill.name.casefold()] = skill

    def __len__(self) -> int:
        return len(self.skills)

    def __iter__(self) -> Iterator[Skill]:
        return iter(self.skills)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.get(name) is not None

    def get(self, name_or_alias: str) -> Skill | None:
        """The skill with this canonical name or (unambiguous) alias, any case."""
        return self._index.get(" ".join(name_or_alias.split()).casefold())

    def _require(self, name: str) -> Skill:
        skill = self.get(name)
        if skill is None:
            raise KeyError(name)
        return skill

    def implied(self, name: str) -> set[str]:
        """Canonical names this skill implies, transitively (itself excluded)."""
        seen: set[str] = set()
        todo = list(self._require(name).implies)
        while todo:
            current = todo.pop()
            if current in seen:
                continue
            seen.add(current)
            todo.extend(self._require(current).implies)
        seen.discard(self._require(name).name)
        return seen

    def broader(self, name: str, *, transitive: bool = False) -> tuple[str, ...]:
        """Broader skills: direct ones, or all ancestors with ``transitive=True``."""
        direct = self._require(name).broader
        if not transitive:
            return direct
        out: dict[str, None] = {}
        todo = list(direct)
        while todo:
            current = todo.pop(0)
            if current not in out:
                out[current] = None
                todo.extend(self._require(current).broader)
        return tuple(out)

    def narrower(self, name: str) -> tuple[str, ...]:
        """Skills whose ``broader`` lists this one."""
        target = self._require(name).name
        return tuple(s.name for s in self.skills if target in s.broader)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": JSON_FORMAT,
            "schema_version": SCHEMA_VERSION,
            "name": self.name,
            "version": self.version,
            "families": dict(self.families),
            "skills": [
                {**s.to_dict(), "category": SLUG_OF[s.category]} for s in self.skills
            ],
        }

    def to_json(self) -> str:
        """The compiled form: one JSON document that ``load_taxonomy`` reads back."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))


def build_taxonomy(
    rows: list[_Row],
    families: dict[str, str],
    *,
    name: str = "gapcheck",
    version: str = "",
    source: str = "",
) -> Taxonomy:
    """Validate rows across files and build the taxonomy (canonical spellings)."""
    ambiguous = _check(rows)
    canonical = {r.skill.name.casefold(): r.skill.name for r in rows}
    skills = []
    for row in rows:
        s = row.skill
        skills.append(
            Skill(
                name=s.name,
                kind=s.kind,
                type=s.type,
                category=s.category,
                family=s.family,
                aliases=s.aliases,
                broader=tuple(canonical[b.casefold()] for b in s.broader),
                implies=tuple(canonical[b.casefold()] for b in s.implies),
                tags=s.tags,
            )
        )
    for skill in skills:
        families.setdefault(skill.family, skill.family.replace("_", " ").capitalize())
    return Taxonomy(
        tuple(skills),
        families,
        name=name,
        version=version,
        source=source,
        ambiguous=ambiguous,
    )


def default_path() -> Path:
    from gapcheck.paths import corpora_dir

    return corpora_dir() / "taxonomy"


def _stamp(path: Path) -> tuple[float, ...]:
    if path.is_dir():
        files = sorted(path.iterdir())
        return tuple(
            p.stat().st_mtime for p in files if p.suffix in {".tsv", ".toml", ".json"}
        )
    return (path.stat().st_mtime,)


_CACHE: dict[str, tuple[tuple[float, ...], Taxonomy]] = {}


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """Load and validate a taxonomy directory, TSV file or compiled JSON (cached)."""
    target = Path(path) if path is not None else default_path()
    if not target.exists():
        raise TaxonomyError(
            "taxonomy not found",
            path=target,
            fix="give a taxonomy directory, a .tsv family file or a compiled .json",
        )
    key = str(target.resolve())
    stamp = _stamp(target)
    cached = _CACHE.get(key)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    if target.is_dir():
        rows, families, name, version = _read_manifest(target)
    elif target.suffix.lower() == ".json":
        rows, families, name, version = _read_json(target)
    else:
        rows = read_tsv(target)
        families, name, version = {}, target.stem, ""
    taxonomy = build_taxonomy(rows, families, name=name, version=version, source=key)
    _CACHE[key] = (stamp, taxonomy)
    return taxonomy
