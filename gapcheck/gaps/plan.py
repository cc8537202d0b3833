"""The improvement plan: next steps for the top gaps, and small weekly goals.

For each top gap there are two kinds of step, never mixed up:

* ``if_you_have_it``: where and how to *show* the skill, worded "If you have ...":
  the place that counts most (a bullet of the most recent role, or beside the skill
  that already implies it) and the postings' own wording. gapcheck never tells anyone
  to claim a skill they lack.
* ``build``: how to *get* it: a kind of project, course or certification. A
  certification is suggested only when the taxonomy links one to the skill (the
  certification ``implies`` it or a broader skill, or names it); otherwise the step
  depends on the skill's kind (tool -> a small project, method -> a course or a
  workplace project, soft -> volunteer to lead/present ...).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from gapcheck.gaps.evidence import evidence_place
from gapcheck.gaps.records import Plan, PlanItem, PostingScore, SkillDemand, WeeklyGoal
from gapcheck.records import CATEGORIES

MAX_ITEMS = 8
MAX_CERTS = 2
MAX_APPLY = 10
LEARN_HOURS = 3

SOFT_STEPS: dict[str, str] = {
    CATEGORIES[1]: (
        "Volunteer to present at a team meeting, write the team's update or give a "
        "short talk at a meetup; keep the slides or write-up as evidence."
    ),
    CATEGORIES[2]: (
        "Take on a problem nobody owns at work or in a project (a recurring error, a "
        "slow process): find the root cause and note the before/after numbers."
    ),
    CATEGORIES[3]: (
        "Join a cross-team, open-source or community project and deliver a part "
        "that others depend on."
    ),
    CATEGORIES[4]: (
        "Volunteer for the rollout of a new tool or process, or cover a colleague's "
        "area for a while, and note what you changed."
    ),
    CATEGORIES[5]: (
        "Volunteer to lead a small project, mentor a newer colleague or organise an "
        "initiative, and note its outcome."
    ),
}


def build_step(gap: SkillDemand) -> str:
    x = gap.name
    if gap.type == "soft":
        return SOFT_STEPS.get(
            gap.category,
            f"Look for a chance to practise {x} at work or as a volunteer.",
        )
    if gap.kind in ("tool", "technology"):
        return (
            f"Build a small project using {x} (a weekend-sized one) and publish it "
            "as a repository or short write-up; then it can go under Projects."
        )
    if gap.kind == "certification":
        return (
            f"Check the eligibility rules of {x} and plan the preparation (a course "
            "or study guide and practice exams)."
        )
    if gap.kind == "language":
        return (
            f"Take a course in {x} aiming at a recognised level (for example CEFR "
            "B1/B2) and sit the exam for a certificate."
        )
    if gap.kind == "domain":
        return (
            f"Take a short course on {x} and apply it in a small project or at work, "
            "so you can describe a result."
        )
    return (
        f"Take a course on {x}, or volunteer for a workplace project that applies "
        "it, and write down the result."
    )


def _skills(taxonomy: Any) -> list[Any]:
    try:
        return list(taxonomy)
    except TypeError:  # a lookup-only taxonomy (tests' fakes)
        return []


@lru_cache(maxsize=4)
def _cert_index(taxonomy: Any) -> dict[str, tuple[str, ...]]:
    """casefolded skill name -> certifications that cover it (from the taxonomy)."""
    index: dict[str, list[str]] = {}
    for cert in _skills(taxonomy):
        if getattr(cert, "kind", None) != "certification":
            continue
        for covered in getattr(cert, "implies", ()):
            index.setdefault(covered.casefold(), []).append(cert.name)
    return {k: tuple(v) for k, v in index.items()}


def certifications_for(gap: SkillDemand, taxonomy: Any) -> tuple[str, ...]:
    """Certifications the taxonomy links to this skill: ones that imply it; for a
    method or domain, ones that imply a broader skill; else ones named after it."""
    if taxonomy is None or not gap.canonical or gap.kind == "certification":
        return ()
    index = _cert_index(taxonomy)
    found = list(index.get(gap.canonical.casefold(), ()))
    if not found and gap.kind in ("method", "domain"):
        try:
            broader = taxonomy.broader(gap.canonical)
        except Exception:
            broader = ()
        for b in broader:
            found += index.get(b.casefold(), ())
    if not found:
        word = re.compile(rf"\b{re.escape(gap.canonical)}\b", re.I)
        found = [
            s.name
            for s in _skills(taxonomy)
            if getattr(s, "kind", None) == "certification" and word.search(s.name)
        ]
    return tuple(dict.fromkeys(found))[:MAX_CERTS]


def _recent_role(profile: Any) -> str | None:
    ranked = sorted(profile.role_rank.items(), key=lambda kv: kv[1])
    for index, _ in ranked:
        role = profile.resume.roles[index]
        text = ", ".join(x for x in (role.title, role.organization) if x)
        if text:
            return text
    return None


def _quoted(words: Sequence[str]) -> str:
    return " or ".join(f"'{w}'" for w in words[:2])


def show_step(gap: SkillDemand, profile: Any) -> str:
    """How to show a skill the person has. Always conditional: "If you have ..."."""
    wording = _quoted(gap.wording or (gap.name,))
    if gap.kind == "certification":
        return (
            f"If you hold {gap.name}, list it under Certifications the way the "
            f"postings write it ({wording}), with the year."
        )
    if gap.kind == "language":
        return (
            f"If you speak {gap.name}, list it under Languages with your level "
            f"(e.g. fluent, CEFR C1), written as the postings write it ({wording})."
        )
    if gap.status == "implied" and gap.evidence:
        ev = gap.evidence[0]
        via = ev.via or ev.text
        place = evidence_place(ev, profile.resume)
        return (
            f"If you have used {gap.name} itself, name it where your resume shows "
            f"{via} ({place}), which only implies it, in the postings' wording "
            f"({wording})."
        )
    role = _recent_role(profile)
    where = (
        f"a bullet under {role}" if role else "a bullet under Experience or Projects"
    )
    what = (
        "an example of it in action" if gap.type == "soft" else "what you did with it"
    )
    return (
        f"If you have it, show it in {where} with {what} and a result, using the "
        f"postings' wording ({wording}); also list it under Skills."
    )


def plan_item(gap: SkillDemand, profile: Any, taxonomy: Any) -> PlanItem:
    certs = certifications_for(gap, taxonomy)
    build = [build_step(gap)]
    if certs:
        build.append(
            "A certification that covers it: " + " or ".join(certs) + " (optional)."
        )
    return PlanItem(
        skill=gap.name,
        category=gap.category,
        type=gap.type,
        status=gap.status,
        share=gap.share,
        postings=gap.postings,
        if_you_have_it=show_step(gap, profile),
        build=tuple(build),
        certifications=certs,
        wording=gap.wording[:3],
    )


def weekly_goals(
    gaps: Sequence[SkillDemand], table: Sequence[PostingScore], good_fit: int
) -> list[WeeklyGoal]:
    goals = []
    titles = Counter(p.title for p in table[:5] if p.title)
    title = titles.most_common(1)[0][0] if titles else None
    like = f" like '{title}'" if title else ""
    if good_fit:
        n = max(1, min(MAX_APPLY, math.ceil(good_fit / 2)))
        text = (
            f"Apply to {n} targeted role{'s' if n > 1 else ''}{like}: you fit "
            f"{good_fit} of these postings well; tailor each application to the "
            "posting's wording."
        )
    else:
        n = 2
        text = (
            f"Apply to {n} targeted roles{like} once your resume shows more of the top "
            "gaps you have; none of these postings is a good fit yet."
        )
    goals.append(WeeklyGoal("apply", text, n))
    about = f" about {gaps[0].name}" if gaps else ""
    goals.append(
        WeeklyGoal(
            "network",
            f"Send one networking message to someone working as "
            f"{title or 'your target role'}, asking what their team looks for{about}.",
            1,
        )
    )
    learn = next((g for g in gaps if g.kind != "certification"), None)
    if learn is not None:
        goals.append(
            WeeklyGoal(
                "learn",
                f"Set aside {LEARN_HOURS} hours (e.g. two 90-minute sessions) for "
                f"{learn.name}, the top gap, until you can show a result with it.",
                LEARN_HOURS,
            )
        )
    if gaps:
        goals.append(
            WeeklyGoal(
                "rewrite",
                "Rewrite one resume bullet to show, with a number, a top skill you "
                "do have that the postings ask for.",
                1,
            )
        )
    return goals


def improvement_plan(
    gaps: Sequence[SkillDemand],
    table: Sequence[PostingScore],
    profile: Any,
    taxonomy: Any,
    *,
    good_fit: int,
) -> Plan:
    items = tuple(plan_item(g, profile, taxonomy) for g in gaps[:MAX_ITEMS])
    return Plan(items=items, weekly=tuple(weekly_goals(gaps, table, good_fit)))
