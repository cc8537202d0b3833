"""Records of the application log (``gapcheck log``): frozen, one ``to_dict()``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gapcheck.records import Record

#: Stages in the order an application goes through them; ``stage`` is the furthest
#: one reached.
STAGES: tuple[str, ...] = ("applied", "screen", "interview", "final")
OUTCOMES: tuple[str, ...] = (
    "open",
    "rejected",
    "offer",
    "accepted",
    "withdrawn",
    "no_response",
)
#: Applications without any answer for this many days are flagged (never assumed
#: rejected).
STALE_DAYS = 30


@dataclass(frozen=True)
class FeedbackEntry(Record):
    date: str
    text: str
    id: int = 0


@dataclass(frozen=True)
class Event(Record):
    """One ``log update``: the date and what changed."""

    date: str
    stage: str | None = None
    outcome: str | None = None


@dataclass(frozen=True)
class Application(Record):
    """One application as the log holds it."""

    id: int
    company: str
    role: str
    applied: str  # YYYY-MM-DD
    stage: str = "applied"
    outcome: str = "open"
    updated: str = ""  # date of the last change (YYYY-MM-DD)
    score: float | None = None  # gapcheck check's score at application time
    resume_sha256: str | None = None
    resume_source: str | None = None
    posting_source: str | None = None
    posting_title: str | None = None
    feedback: tuple[FeedbackEntry, ...] = ()
    events: tuple[Event, ...] = ()
    days_waiting: int | None = None  # days since the last news, while open
    no_answer: bool = False  # open with no news for the set number of days


@dataclass(frozen=True)
class StoredCheck(Record):
    """What was stored at application time: the check result (as ``to_dict()``),
    the posting's text and the resume version's analysis (as ``to_dict()``)."""

    check: dict[str, Any] | None = None
    posting_text: str | None = None
    resume_analysis: dict[str, Any] | None = None
