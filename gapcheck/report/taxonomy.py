"""Renderers of `gapcheck taxonomy` (text and JSON). No analysis here."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from gapcheck.report import envelope, to_json

if TYPE_CHECKING:
    from gapcheck.extract.importers import ImportResult
    from gapcheck.extract.taxonomy import LookupResult, TaxonomyInfo


def _table(rows: dict[str, int], indent: str = "  ") -> list[str]:
    width = max((len(k) for k in rows), default=0)
    return [f"{indent}{k:<{width}}  {v:>6,}" for k, v in rows.items()]


def render_import(result: ImportResult, fmt: str = "text") -> str:
    if fmt == "json":
        return to_json(envelope("taxonomy-import", result.to_dict()))
    kinds = ", ".join(f"{n:,} {k}" for k, n in result.by_kind.items())
    lines = [
        f"Imported {result.skills:,} skills from {result.source} ({kinds}).",
        f"Wrote {result.output}",
        "",
        "Use it with any command:",
        f"  gapcheck skills posting.txt --taxonomy {result.output}",
        f"  gapcheck taxonomy info --taxonomy {result.output}",
    ]
    if result.skipped:
        lines.insert(1, f"Skipped {result.skipped:,} rows without a name.")
    if result.credit:
        lines += ["", result.credit]
    return "\n".join(lines) + "\n"


def render_info(info: TaxonomyInfo, fmt: str = "text") -> str:
    if fmt == "json":
        return to_json(envelope("taxonomy-info", info.to_dict()))
    if not info.valid:
        n = len(info.problems)
        lines = [
            f"Taxonomy {info.source} is NOT valid ({n} problem{'' if n == 1 else 's'}):"
        ]
        lines += [f"  {p['message']}" for p in info.problems]
        return "\n".join(lines) + "\n"
    title = f"{info.name} {info.version}".strip()
    lines = [
        f"Taxonomy {title}: {info.source}",
        f"Valid: yes. {info.skills:,} skills, {info.aliases:,} aliases, "
        f"{len(info.families)} families, {info.ambiguous_aliases:,} ambiguous aliases "
        "(shared by several skills, not matched).",
        "",
        "By family:",
    ]
    width = max((len(f.name) for f in info.families), default=0)
    lines += [
        f"  {f.name:<{width}}  {f.skills:>6,}  ({f.family})" for f in info.families
    ]
    for title_, counts in (
        ("By kind:", info.by_kind),
        ("By category:", info.by_category),
        ("By type:", info.by_type),
    ):
        lines += ["", title_, *_table(counts)]
    return "\n".join(lines) + "\n"


def _lookup_dict(result: LookupResult) -> dict[str, Any]:
    data = result.to_dict()
    data["mentions"] = [
        {k: m[k] for k in ("start", "end", "text", "label", "canonical", "category")}
        for m in data["mentions"]
    ]
    return data


def render_lookup(result: LookupResult, fmt: str = "text") -> str:
    if fmt == "json":
        return to_json(envelope("taxonomy-lookup", _lookup_dict(result)))
    lines: list[str] = []
    if result.skill is not None:
        s = result.skill
        how = {"alias": "an alias of", "text": "found as"}.get(result.matched_as or "")
        head = f"{result.term!r} is {how} {s.name!r}" if how else f"{s.name!r}"
        lines += [
            head,
            f"  kind:      {s.kind} ({s.type} skill, label {s.label})",
            f"  category:  {s.category}",
            f"  family:    {s.family}",
            f"  aliases:   {', '.join(s.aliases) or '-'}",
            f"  broader:   {' > '.join(result.broader) or '-'}",
            f"  narrower:  {', '.join(result.narrower) or '-'}",
            f"  implies:   {', '.join(result.implied) or '-'}",
        ]
        if s.tags:
            lines.append(f"  tags:      {', '.join(s.tags)}")
    elif result.mentions:
        lines.append(f"{result.term!r} contains {len(result.mentions)} skills:")
        lines += [
            f"  {m.text!r} -> {m.canonical} ({m.label}, {m.category})"
            for m in result.mentions
        ]
    else:
        lines.append(f"{result.term!r} is not in the taxonomy.")
    if result.candidates:
        lines.append(
            f"  ambiguous: {result.term!r} is an alias of "
            f"{', '.join(result.candidates)} (not matched in text)"
        )
    return "\n".join(lines) + "\n"
