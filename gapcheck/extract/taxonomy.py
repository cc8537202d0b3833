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
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gapcheck.errors import TaxonomyError
from gapcheck.extract.taxonomy_schema import (
    CATEGORY_SLUGS,
    JSON_FORMAT,
    KINDS,
    KNOWLEDGE_KINDS,
    SCHEMA_VERSION,
    SLUG_OF,
    Row,
    Skill,
    check_rows,
    read_json,
    read_manifest,
    read_tsv,
)
from gapcheck.records import Record

__all__ = [
    "CATEGORY_SLUGS",
    "KINDS",
    "KNOWLEDGE_KINDS",
    "SCHEMA_VERSION",
    "LookupResult",
    "Skill",
    "Taxonomy",
    "TaxonomyInfo",
    "build_taxonomy",
    "describe_taxonomy",
    "load_taxonomy",
    "validate_taxonomy",
]


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
    rows: list[Row],
    families: dict[str, str],
    *,
    name: str = "gapcheck",
    version: str = "",
    source: str = "",
) -> Taxonomy:
    """Validate rows across files and build the taxonomy (canonical spellings)."""
    ambiguous = check_rows(rows)
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
    target = _target(path)
    key = str(target.resolve())
    stamp = _stamp(target)
    cached = _CACHE.get(key)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    if target.is_dir():
        rows, families, name, version = read_manifest(target)
    elif target.suffix.lower() == ".json":
        rows, families, name, version = read_json(target)
    else:
        rows = read_tsv(target)
        families, name, version = {}, target.stem, ""
    taxonomy = build_taxonomy(rows, families, name=name, version=version, source=key)
    _CACHE[key] = (stamp, taxonomy)
    return taxonomy


def _target(path: str | Path | None) -> Path:
    target = Path(path) if path is not None else default_path()
    if not target.exists():
        raise TaxonomyError(
            "taxonomy not found",
            path=target,
            fix="give a taxonomy directory, a .tsv family file or a compiled .json",
        )
    return target


def validate_taxonomy(path: str | Path | None = None) -> list[TaxonomyError]:
    """All problems of a taxonomy (load_taxonomy stops at the first); [] if valid."""
    problems: list[TaxonomyError] = []
    try:
        target = _target(path)
        if target.is_dir():
            rows = read_manifest(target, problems)[0]
        elif target.suffix.lower() == ".json":
            rows = read_json(target)[0]
        else:
            rows = read_tsv(target)
    except TaxonomyError as err:
        return [*problems, err]
    check_rows(rows, problems)
    return problems


# -- what `gapcheck taxonomy info` and `lookup` report ------------------------------


@dataclass(frozen=True)
class FamilyCount(Record):
    family: str  # slug, the file name
    name: str  # display name from the manifest
    skills: int


@dataclass(frozen=True)
class TaxonomyInfo(Record):
    """Counts and validation result of one taxonomy."""

    source: str
    valid: bool
    name: str = ""
    version: str = ""
    skills: int = 0
    aliases: int = 0
    families: tuple[FamilyCount, ...] = ()
    by_kind: dict[str, int] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)
    by_type: dict[str, int] = field(default_factory=dict)
    ambiguous_aliases: int = 0
    problems: tuple[dict[str, str | None], ...] = ()


def _count(values: Iterator[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for value in values:
        out[value] = out.get(value, 0) + 1
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


def describe_taxonomy(path: str | Path | None = None) -> TaxonomyInfo:
    """Counts by family, kind, category and type, and every validation problem."""
    source = str(path if path is not None else default_path())
    problems = validate_taxonomy(path)
    if problems:
        return TaxonomyInfo(
            source=source, valid=False, problems=tuple(p.to_dict() for p in problems)
        )
    tax = load_taxonomy(path)
    per_family = _count(s.family for s in tax.skills)
    families = tuple(
        FamilyCount(slug, tax.families.get(slug, slug), per_family.get(slug, 0))
        for slug in dict.fromkeys([*tax.families, *per_family])
    )
    return TaxonomyInfo(
        source=source,
        valid=True,
        name=tax.name,
        version=tax.version,
        skills=len(tax),
        aliases=sum(len(s.aliases) for s in tax.skills),
        families=families,
        by_kind=_count(s.kind for s in tax.skills),
        by_category=_count(s.category for s in tax.skills),
        by_type=_count(s.type for s in tax.skills),
        ambiguous_aliases=len(tax.ambiguous),
    )


@dataclass(frozen=True)
class LookupResult(Record):
    """What a term maps to in the taxonomy."""

    term: str
    found: bool
    matched_as: str | None = None  # "name", "alias", "text" (found inside) or None
    skill: Skill | None = None
    implied: tuple[str, ...] = ()  # transitive
    broader: tuple[str, ...] = ()  # transitive, nearest first
    narrower: tuple[str, ...] = ()
    candidates: tuple[str, ...] = ()  # skills sharing an ambiguous alias
    mentions: tuple[Any, ...] = ()  # Mentions when the term is a phrase
