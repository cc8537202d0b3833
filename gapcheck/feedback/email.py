"""A short, polite feedback request, filled from the log; and a follow-up. The text
is the project's own. Nothing is ever sent: the person copies it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from gapcheck.records import Record
from gapcheck.store.records import Application

Variant = Literal["request", "follow_up"]

#: What the company did, by the furthest stage reached.
_WHAT = {
    "applied": "reviewing my application",
    "screen": "the screening call",
    "interview": "the interview",
    "final": "meeting me through to the final round",
}
SIGN = "Kind regards,\n[Your name]"


@dataclass(frozen=True)
class FeedbackEmail(Record):
    id: int
    variant: Variant
    company: str
    role: str
    subject: str
    body: str
    sent: bool = False  # always False: gapcheck never sends anything


def _day(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day} {d.strftime('%B %Y')}"


def feedback_email(app: Application, *, follow_up: bool = False) -> FeedbackEmail:
    """The request, or with ``follow_up`` the follow-up: on an application with no
    answer yet it asks where the process stands, otherwise it follows up a feedback
    request politely once."""
    role, company = app.role, app.company
    applied = _day(app.applied)
    waiting = app.outcome in ("open", "no_response")
    if follow_up and waiting:
        subject = f"Following up: {role} application"
        body = (
            f"Dear {company} hiring team,\n\n"
            f"I applied for the {role} position on {applied} and wanted to follow up. "
            "I remain very interested in the role and in what your team does.\n\n"
            "Could you let me know where the process stands, or whether there is "
            "anything else I can send? If the position has been filled, a short note "
            "would help me plan.\n\n"
            f"Thank you for your time.\n\n{SIGN}\n"
        )
    elif follow_up:
        subject = f"Re: Feedback on my application for {role}"
        body = (
            f"Dear {company} hiring team,\n\n"
            f"I wrote recently to ask for feedback on my application for the {role} "
            "position. I understand you are busy; if you have a moment, even one "
            "thing I could do better would help me a great deal.\n\n"
            f"Thank you again for considering me.\n\n{SIGN}\n"
        )
    else:
        what = _WHAT.get(app.stage, _WHAT["applied"])
        subject = f"Feedback on my application for {role}"
        body = (
            f"Dear {company} hiring team,\n\n"
            f"Thank you for considering me for the {role} position, which I applied "
            f"for on {applied}, and for your time in {what}.\n\n"
            "I am working to improve, and I would be grateful for brief feedback: "
            "what would have made my application stronger, or one thing I could do "
            "better next time. A sentence or two would help.\n\n"
            f"Thank you again, and I hope to apply to {company} again in the future."
            f"\n\n{SIGN}\n"
        )
    return FeedbackEmail(
        id=app.id,
        variant="follow_up" if follow_up else "request",
        company=company,
        role=role,
        subject=subject,
        body=body,
    )
