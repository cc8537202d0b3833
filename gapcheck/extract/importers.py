"""Import public skill classifications into a compiled gapcheck taxonomy (JSON).

* ESCO (``skills_en.csv`` of the European Commission's ESCO export): one skill per
  row; ``preferredLabel`` is the name, ``altLabels`` (one per line) the aliases;
  ``skillType`` "knowledge" becomes kind ``domain``, "skill/competence" kind
  ``method`` (``soft`` when ``reuseLevel`` is "transversal"). The gap category is
  guessed from the label (default technical).
* O*NET (``Technology Skills.txt``): one tool per distinct ``Example`` (kind
  ``tool``, deduplicated across occupations) with its ``Commodity Title`` as a
  ``broader`` domain skill; "Hot Technology" / "In Demand" flags become tags.

The result is validated like any taxonomy and written as one JSON file that every
command reads with ``--taxonomy PATH``.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from gapcheck.errors import TaxonomyError
from gapcheck.extract.taxonomy import Taxonomy, build_taxonomy
from gapcheck.extract.taxonomy_schema import Row, Skill, unreadable
from gapcheck.records import Record

SOURCES = ("esco", "onet")
ESCO_COLUMNS = ("preferredLabel", "altLabels", "skillType")
ONET_COLUMNS = ("Example", "Commodity Title")
ESCO_CREDIT = "This service uses the ESCO classification of the European Commission."
ONET_CREDIT = (
    "O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training "
    "Administration (USDOL/ETA), CC BY 4.0."
)

#: Label keywords -> category slug, tried in order (ESCO's labels are verb phrases).
_CATEGORY_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "leadership",
        re.compile(r"\b(lead|leadership|initiative|motivat|supervis|mentor|coach)"),
    ),
    (
        "communication",
        re.compile(r"\b(communicat|present|negotiat|listen|persuad|report to|speak)"),
    ),
    ("teamwork", re.compile(r"\b(team|collaborat|cooperat|work with others|liaise)")),
    ("adaptability", re.compile(r"\b(adapt|flexib|cope with|change|resilien|stress)")),
    (
        "problem-solving",
        re.compile(r"\b(problem|critical|think|solv|decision|evaluat|judg)"),
    ),
)


@dataclass(frozen=True)
class ImportResult(Record):
    """What an import produced and where it went."""

    source: str  # "esco" or "onet"
    input: str
    output: str
    skills: int
    by_kind: dict[str, int] = field(default_factory=dict)
    skipped: int = 0  # input rows without a usable name
    credit: str = ""


def user_data_dir() -> Path:
    """:func:`gapcheck.paths.data_dir` (``$XDG_DATA_HOME/gapcheck`` by default)."""
    from gapcheck.paths import data_dir

    return data_dir()


def default_output(source: str) -> Path:
    return user_data_dir() / "taxonomies" / f"{source}.json"


def _category(label: str) -> str:
    low = label.lower()
    for slug, pattern in _CATEGORY_RULES:
        if pattern.search(low):
            return slug
    return "technical"


def _open_table(
    path: Path, delimiter: str, required: Iterable[str], what: str
) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a CSV/TSV with its header checked; (line number, row)."""
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as err:
        raise unreadable(path, err) from None
    with handle:
        try:
            reader = csv.DictReader(handle, delimiter=delimiter)
            header = reader.fieldnames or []
            missing = [c for c in required if c not in header]
            if missing:
                raise TaxonomyError(
                    f"not {what}: column(s) {', '.join(missing)} missing "
                    f"(found: {', '.join(header[:6]) or 'no header'})",
                    path=path,
                    fix=f"give {what}",
                )
            for row in reader:
                yield reader.line_num, row
        except UnicodeDecodeError:
            raise TaxonomyError(
                "not a UTF-8 text file", path=path, fix=f"give {what}"
            ) from None
        except csv.Error as err:
            raise TaxonomyError(
                f"malformed table ({err})", path=path, fix=f"give {what}"
            ) from None


class _Collector:
    """Deduplicates skills by name (case-insensitive), merging aliases and tags."""

    def __init__(self) -> None:
        self.rows: dict[str, Row] = {}

    def add(self, where: str, skill: Skill) -> None:
        key = skill.name.casefold()
        old = self.rows.get(key)
        if old is None:
            self.rows[key] = Row(skill, where)
            return
        merged = Skill(
            name=old.skill.name,
            kind=old.skill.kind,
            type=old.skill.type,
            category=old.skill.category,
            family=old.skill.family,
            aliases=tuple(dict.fromkeys(old.skill.aliases + skill.aliases)),
            broader=tuple(dict.fromkeys(old.skill.broader + skill.broader)),
            implies=old.skill.implies,
            tags=tuple(dict.fromkeys(old.skill.tags + skill.tags)),
        )
        self.rows[key] = Row(merged, old.where)

    def build(self, name: str, family: str, display: str) -> Taxonomy:
        names = set(self.rows)
        rows = []
        for row in self.rows.values():
            s = row.skill
            aliases = tuple(
                a
                for a in s.aliases
                if a.casefold() not in names and a.casefold() != s.name.casefold()
            )
            broader = tuple(b for b in s.broader if b.casefold() != s.name.casefold())
            rows.append(Row(replace(s, aliases=aliases, broader=broader), row.where))
        return build_taxonomy(rows, {family: display}, name=name, source=name)


def _skill(
    name: str, kind: str, slug: str, family: str, aliases: Iterable[str] = (),
    broader: Iterable[str] = (), tags: Iterable[str] = (),
) -> Skill:  # fmt: skip
    from gapcheck.extract.taxonomy_schema import CATEGORY_SLUGS

    return Skill(
        name=name,
        kind=kind,
        type="soft" if kind == "soft" else "hard",
        category=CATEGORY_SLUGS[slug],
        family=family,
        aliases=tuple(aliases),
        broader=tuple(broader),
        tags=tuple(tags),
    )


def _clean(text: str | None) -> str:
    return " ".join((text or "").replace("|", "/").split())


def import_esco(path: str | Path) -> tuple[Taxonomy, int]:
    """ESCO ``skills_en.csv`` -> (taxonomy, rows skipped)."""
    source = Path(path)
    collector, skipped = _Collector(), 0
    what = "ESCO's skills_en.csv (preferredLabel, altLabels, skillType columns)"
    for line, row in _open_table(source, ",", ESCO_COLUMNS, what):
        name = _clean(row.get("preferredLabel"))
        if not name:
            skipped += 1
            continue
        skill_type = (row.get("skillType") or "").strip()
        reuse = (row.get("reuseLevel") or "").strip()
        if skill_type == "knowledge":
            kind = "domain"
        else:
            kind = "soft" if reuse == "transversal" else "method"
        slug = "technical" if kind == "domain" else _category(name)
        aliases = [_clean(a) for a in (row.get("altLabels") or "").splitlines()]
        tags = [t for t in (reuse,) if t]
        skill = _skill(name, kind, slug, "esco", [a for a in aliases if a], (), tags)
        collector.add(f"{source}:{line}", skill)
    if not collector.rows:
        raise TaxonomyError("no skills found", path=source, fix=f"give {what}")
    return collector.build("esco", "esco", "ESCO skills"), skipped


def import_onet(path: str | Path) -> tuple[Taxonomy, int]:
    """O*NET ``Technology Skills.txt`` -> (taxonomy, rows skipped)."""
    source = Path(path)
    collector, skipped = _Collector(), 0
    what = "O*NET's Technology Skills.txt (tab-separated, Example and Commodity Title)"
    titles: dict[str, tuple[str, str]] = {}  # casefold -> (title, where)
    for line, row in _open_table(source, "\t", ONET_COLUMNS, what):
        name = _clean(row.get("Example"))
        if not name:
            skipped += 1
            continue
        commodity = _clean(row.get("Commodity Title"))
        tags = []
        if (row.get("Hot Technology") or "").strip().upper() == "Y":
            tags.append("hot-technology")
        if (row.get("In Demand") or "").strip().upper() == "Y":
            tags.append("in-demand")
        where = f"{source}:{line}"
        broader = [commodity] if commodity else []
        collector.add(
            where, _skill(name, "tool", "technical", "onet", (), broader, tags)
        )
        if commodity:
            titles.setdefault(commodity.casefold(), (commodity, where))
    if not collector.rows:
        raise TaxonomyError("no tools found", path=source, fix=f"give {what}")
    for key, (title, where) in titles.items():
        if key not in collector.rows:  # a tool named like a commodity is kept as tool
            collector.add(where, _skill(title, "domain", "technical", "onet"))
    return collector.build("onet", "onet", "O*NET technology skills"), skipped


def run_import(
    source: str, path: str | Path, output: str | Path | None = None
) -> ImportResult:
    """Import ``path`` (``source`` "esco" or "onet") and write the compiled JSON."""
    if source not in SOURCES:
        raise TaxonomyError(
            f"unknown taxonomy source {source!r}",
            fix=f"use one of {', '.join(SOURCES)}",
        )
    taxonomy, skipped = import_esco(path) if source == "esco" else import_onet(path)
    target = Path(output) if output is not None else default_output(source)
    from gapcheck.files import write_atomic

    write_atomic(target, taxonomy.to_json() + "\n")
    by_kind: dict[str, int] = {}
    for skill in taxonomy.skills:
        by_kind[skill.kind] = by_kind.get(skill.kind, 0) + 1
    return ImportResult(
        source=source,
        input=str(path),
        output=str(target),
        skills=len(taxonomy),
        by_kind=by_kind,
        skipped=skipped,
        credit=ESCO_CREDIT if source == "esco" else ONET_CREDIT,
    )
