"""Renderers of ``gapcheck parse``: what an ATS would read, as text or JSON.

The JSON shape is documented in docs/json.md (``gapcheck parse``).
"""

from __future__ import annotations

from typing import Any

from gapcheck.records import Posting, Resume, warnings_of


def parse_payload(record: Resume | Posting) -> dict[str, Any]:
    """The JSON payload of ``gapcheck parse`` (before :func:`envelope`)."""
    doc = record.document
    data: dict[str, Any] = {
        "command": "parse",
        "kind": record.kind,
        "source": doc.source,
        "format": doc.format,
        "sha256": doc.sha256,
        "language": doc.language,
        "layout": doc.layout.to_dict(),
        "text": doc.text,
        "sections": [s.to_dict() for s in record.sections],
    }
    if isinstance(record, Resume):
        data.update(
            contact=record.contact.to_dict(),
            headline=record.headline,
            bullets=[b.to_dict() for b in record.bullets],
            roles=[r.to_dict() for r in record.roles],
            years_experience=record.years_experience,
            education=[e.to_dict() for e in record.education],
            certifications=list(record.certifications),
        )
    else:
        data.update(
            contact=None,
            bullets=[],
            title=record.title,
            organization=record.organization,
            requirements=[r.to_dict() for r in record.requirements],
            years_required=record.years_required,
            education=list(record.education),
            certifications=list(record.certifications),
            posting_data=doc.posting_data.to_dict() if doc.posting_data else None,
        )
    data["warnings"] = [n.to_dict() for n in warnings_of(record)]
    return data


def _indent(text: str) -> list[str]:
    """The section's lines as read (no re-wrapping: line breaks are part of it)."""
    return [f"  {line}" if line.strip() else "" for line in text.splitlines()]


def _dates(role: Any) -> str:
    end = "now" if role.current else (role.end or "?")
    months = f", {role.months} months" if role.months is not None else ""
    return f"{role.start or '?'} to {end}{months}"


def render_parse_text(record: Resume | Posting) -> str:
    """Plain text: a header line, then each section in reading order, then what was
    found in it (roles or requirements), then warnings."""
    doc = record.document
    lay = doc.layout
    out = [
        f"gapcheck parse: {doc.source}",
        f"kind: {record.kind}   format: {doc.format}   pages: {lay.pages}   "
        f"columns: {lay.columns}   words: {lay.words or len(doc.text.split())}",
        "",
    ]
    if isinstance(record, Resume):
        c = record.contact
        out.append("CONTACT")
        for label, value in (
            ("name", c.name), ("headline", record.headline), ("email", c.email),
            ("phone", c.phone), ("location", c.location),
            ("links", ", ".join(c.links) or None),
        ):  # fmt: skip
            out.append(f"  {label:<9} {value if value else '-'}")
        out.append("")
    else:
        out += [
            f"TITLE         {record.title or '-'}",
            f"ORGANIZATION  {record.organization or '-'}",
            "",
        ]
    for section in record.sections:
        if section.name == "contact" or (
            section.name == "title" and not section.heading
        ):
            continue
        heading = f'  (heading: "{section.heading}")' if section.heading else ""
        out.append(f"{section.name.upper()}{heading}")
        out += _indent(section.text)
        out.append("")
    if isinstance(record, Resume):
        years = record.years_experience
        out.append(
            f"ROLES ({len(record.roles)})"
            + (f"   {years:g} years of experience" if years is not None else "")
        )
        for n, role in enumerate(record.roles, 1):
            out.append(
                f"  {n}. {role.title or '-'} | {role.organization or '-'} | "
                f"{role.dates} ({_dates(role)})"
            )
        out.append("")
        if record.education:
            out.append("EDUCATION (found)")
            for e in record.education:
                out.append(
                    f"  {e.level or '-'}: {e.degree or '-'}"
                    f"{', ' + e.field if e.field else ''} | {e.institution or '-'}"
                    f" | {e.year or '-'}"
                )
            out.append("")
        if record.certifications:
            out.append("CERTIFICATIONS (found)")
            out += [f"  {c}" for c in record.certifications]
            out.append("")
    else:
        req = record.requirements
        count = {k: sum(r.importance == k for r in req)
                 for k in ("required", "preferred", "mentioned")}  # fmt: skip
        out.append(
            f"REQUIREMENTS ({len(req)}: {count['required']} required, "
            f"{count['preferred']} preferred, {count['mentioned']} mentioned)"
        )
        for r in req:
            asked = f" [{r.years:g}+ years]" if r.years is not None else ""
            out.append(f"  {r.importance:<9} {r.text}{asked}")
        years_required = record.years_required
        asks: list[tuple[str, str | None]] = [
            ("years required", f"{years_required:g}" if years_required else None),
            ("education", ", ".join(record.education) or None),
            ("certifications", ", ".join(record.certifications) or None),
        ]  # fmt: skip
        out += [f"  {label}: {value}" for label, value in asks if value]
        out.append("")
    notices = warnings_of(record)
    out.append(f"WARNINGS ({len(notices)})")
    out += [f"  {n.code} {n.message}" for n in notices] or ["  none"]
    return "\n".join(out) + "\n"
