"""Renderers for ``gapcheck log`` and ``gapcheck feedback-email``: text and JSON
(shapes in docs/json.md, "gapcheck log"). No analysis here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from gapcheck.report import envelope, to_json
from gapcheck.store import Application, StoredCheck

LIST_HEADER = ("id", "applied", "company", "role", "stage", "outcome", "score", "")


def _flag(app: Application) -> str:
    if app.no_answer:
        return f"no answer for {app.days_waiting} days (not assumed rejected)"
    return ""


def render_added(app_id: int, fmt: str = "text") -> str:
    if fmt == "json":
        return to_json(envelope("log-add", {"id": app_id}))
    return f"{app_id}\n"


def render_list(apps: Sequence[Application], fmt: str = "text") -> str:
    if fmt == "json":
        payload = {"applications": [a.to_dict() for a in apps]}
        return to_json(envelope("log", payload))
    if not apps:
        return "The log is empty: add an application with `gapcheck log add`.\n"
    rows = [LIST_HEADER] + [
        (
            str(a.id),
            a.applied,
            a.company,
            a.role,
            a.stage,
            a.outcome,
            "-" if a.score is None else f"{a.score:.1f}",
            _flag(a),
        )
        for a in apps
    ]
    widths = [min(28, max(len(r[i]) for r in rows)) for i in range(len(LIST_HEADER))]
    lines = [
        "  ".join(
            (c if len(c) <= w else c[: w - 1] + "…").ljust(w)
            for c, w in zip(r, widths, strict=True)
        ).rstrip()
        for r in rows
    ]
    flagged = sum(1 for a in apps if a.no_answer)
    if flagged:
        lines.append(
            f"\n{flagged} application(s) with no answer: follow up once "
            "(`gapcheck feedback-email ID --follow-up`)."
        )
    return "\n".join(lines) + "\n"


def _check_summary(stored: StoredCheck) -> dict[str, Any] | None:
    check = stored.check
    if not check:
        return None
    skills = check.get("skills") or {}
    return {
        "score": check.get("score"),
        "verdict": (check.get("verdict") or {}).get("label"),
        "missing": [
            m["name"]
            for m in skills.get("missing") or ()
            if m.get("importance") in ("required", "preferred")
        ],
        "format_issues": [f["code"] for f in check.get("format_issues") or ()],
    }


def render_show(app: Application, stored: StoredCheck, fmt: str = "text") -> str:
    summary = _check_summary(stored)
    if fmt == "json":
        data = {**app.to_dict(), "check": summary, "posting_text": stored.posting_text}
        return to_json(envelope("log", {"applications": [data]}))
    out = [
        f"Application {app.id}: {app.role} at {app.company}",
        f"  applied      {app.applied}",
        f"  stage        {app.stage}",
        f"  outcome      {app.outcome}"
        + (f"  ({_flag(app)})" if app.no_answer else ""),
        f"  score        {'-' if app.score is None else f'{app.score:.1f}'}",
        f"  resume       {app.resume_source or '-'}",
        f"  posting      {app.posting_source or '-'}"
        + (f" ({app.posting_title})" if app.posting_title else ""),
    ]
    if summary:
        out.append(f"  verdict      {summary['verdict'] or '-'}")
        missing = ", ".join(summary["missing"][:10]) or "none"
        out.append(f"  missing      {missing}")
    if app.events:
        out.append("History")
        out += [
            f"  {e.date}  "
            + ", ".join(x for x in (e.stage and f"stage {e.stage}",
                                    e.outcome and f"outcome {e.outcome}") if x)
            for e in app.events
        ]  # fmt: skip
    if app.feedback:
        out.append("Feedback")
        out += [f"  {f.date}  {f.text}" for f in app.feedback]
    return "\n".join(out) + "\n"


def render_email(email: Any, fmt: str = "text") -> str:
    if fmt == "json":
        return to_json(envelope("feedback-email", email.to_dict()))
    return (
        f"Subject: {email.subject}\n\n{email.body}\n"
        "(gapcheck never sends anything: copy this into your email.)\n"
    )
