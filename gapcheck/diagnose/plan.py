"""The plan: the top gaps from the early stage and the feedback themes, each with
concrete actions, set as small weekly goals; and the resume's own wins.

Early-stage gaps reuse the skill-gap report's steps (:mod:`gapcheck.gaps.plan`): how
to show a skill if the person has it (never to claim it), how to build it, and a
certification only when the taxonomy links one. Feedback themes get interview
practice for the category (STAR answers for communication, think-aloud practice for
problem solving ...).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from gapcheck.diagnose.records import (
    Achievement,
    DiagnosisPlan,
    FormatIssueCount,
    MissingTerm,
    PlanStep,
    Theme,
    Week,
)
from gapcheck.feedback.labels import DISPLAY, GENERIC
from gapcheck.gaps.plan import SOFT_STEPS, build_step, certifications_for
from gapcheck.gaps.records import SkillDemand
from gapcheck.records import CATEGORIES

MAX_TERM_STEPS = 3
MAX_THEME_STEPS = 2
MAX_WINS = 8
WEEKS = 4
GOALS_PER_WEEK = 3

#: Interview practice per feedback theme.
PRACTICE: dict[str, tuple[str, ...]] = {
    "technical": (
        "Practise the kind of exercise the interviews used (coding problems, case "
        "calculations, a clinical or practical scenario) three times a week, timed.",
        "Do one mock technical interview with a peer or mentor and note where you "
        "got stuck.",
    ),
    "communication_presentation": (
        "Write STAR answers (Situation, Task, Action, Result; two minutes each) for "
        "your five strongest examples and say them out loud.",
        "Record yourself presenting one project in five minutes; cut jargon and "
        "lead with the result.",
    ),
    "problem_solving_critical_thinking": (
        "Practise case or scenario questions thinking aloud: ask clarifying "
        "questions, state assumptions, compare two options, then decide.",
        "Prepare two stories of a problem you diagnosed to its root cause, with "
        "the numbers before and after.",
    ),
    "teamwork_collaboration": (
        "Prepare STAR stories about a disagreement you resolved and a colleague you "
        "helped, saying 'we' for the team and 'I' for your part.",
        "Ask a former colleague what they valued in working with you; use their "
        "words in your examples.",
    ),
    "adaptability_flexibility": (
        "Prepare STAR stories about a plan that changed and what you did next, and "
        "about something you learned fast.",
        "In mock interviews, ask the partner to change the question half-way and "
        "practise adjusting calmly.",
    ),
    "leadership_initiative": (
        "Prepare STAR stories where you started something without being asked and "
        "where you led others, with the outcome.",
        "Practise answering 'how would you lead this team in your first 90 days?' "
        "for your target role.",
    ),
    GENERIC: (
        "Generic feedback says little: ask for one specific thing to improve "
        "(`gapcheck feedback-email ID`).",
    ),
}

_SOFT_CATEGORY = dict(zip(tuple(PRACTICE)[:6], CATEGORIES, strict=True))


def _demand(term: MissingTerm, taxonomy: Any) -> SkillDemand:
    skill = None
    if taxonomy is not None:
        try:
            skill = taxonomy.get(term.term)
        except Exception:
            skill = None
    return SkillDemand(
        name=term.term,
        key=term.term.casefold(),
        canonical=getattr(skill, "name", None),
        category=term.category or getattr(skill, "category", None) or CATEGORIES[0],
        type=getattr(skill, "type", "hard"),
        kind=getattr(skill, "kind", None),
        wording=term.forms or (term.term,),
    )


def term_step(term: MissingTerm, taxonomy: Any) -> PlanStep:
    gap = _demand(term, taxonomy)
    certs = certifications_for(gap, taxonomy)
    wording = " or ".join(f"'{w}'" for w in gap.wording[:2])
    actions = [
        f"If you have {term.term}, show it the way the postings write it ({wording}): "
        "in a bullet of your most recent role with a result, and under Skills. "
        "Never claim it if you do not have it.",
        build_step(gap),
    ]
    if certs:
        actions.append(
            "A certification that covers it: " + " or ".join(certs) + " (optional)."
        )
    advanced = (
        f", and missing in {term.advanced} that still reached an interview"
        if term.advanced
        else ", and in none that reached an interview"
    )
    return PlanStep(
        title=term.term,
        source="early_stage",
        why=(
            f"Missing from your resume in {term.rejected} application(s) rejected "
            f"before any interview{advanced}."
        ),
        actions=tuple(actions),
        certifications=certs,
    )


def theme_step(theme: Theme) -> PlanStep:
    actions = list(PRACTICE.get(theme.category, ()))
    category = _SOFT_CATEGORY.get(theme.category)
    if category in SOFT_STEPS:
        actions.append(SOFT_STEPS[category])
    return PlanStep(
        title=DISPLAY.get(theme.category, theme.category),
        source="final_stage",
        why=(
            f"Named in the feedback of {theme.applications} application(s) rejected "
            f"after an interview ({theme.count} sentence(s))."
        ),
        actions=tuple(actions),
    )


def format_step(issues: Sequence[FormatIssueCount]) -> PlanStep | None:
    serious = [i for i in issues if i.severity in ("high", "medium")]
    if not serious:
        return None
    return PlanStep(
        title="resume layout",
        source="format",
        why=(
            f"{len(serious)} layout issue(s) an ATS may stumble on, in resume "
            f"versions sent to {max(i.applications for i in serious)} application(s)."
        ),
        actions=tuple(dict.fromkeys(i.fix for i in serious)),
    )


def weekly(steps: Sequence[PlanStep], follow_ups: int, ask: int) -> list[Week]:
    """Small goals, at most GOALS_PER_WEEK a week, for WEEKS weeks: each goal goes to
    the earliest week it may start that still has room."""
    wanted: list[tuple[int, str]] = [
        (WEEKS - 1, "Apply to 3 roles with the updated resume, tailored to each "
         "posting's wording."),
    ]  # fmt: skip
    if ask:
        wanted.append(
            (0, f"Ask for feedback on {ask} application(s) rejected after an "
             "interview without any (`gapcheck feedback-email ID`).")
        )  # fmt: skip
    if follow_ups:
        wanted.append(
            (0, f"Follow up once on {follow_ups} application(s) with no answer "
             "(`gapcheck feedback-email ID --follow-up`); then let them go.")
        )  # fmt: skip
    skills = 0
    for step in steps:
        first, rest = step.actions[0], step.actions[1:]
        if step.source == "format":
            wanted.insert(0, (0, f"Fix the resume layout: {first}"))
        elif step.source == "early_stage":
            wanted.append((skills, f"{step.title}: {first}"))
            if rest:
                wanted.append((skills + 1, f"{step.title} (3 hours): {rest[0]}"))
            skills += 1
        else:
            wanted += [(i, f"{step.title}: {a}") for i, a in enumerate(step.actions)]
    weeks: list[list[str]] = [[] for _ in range(WEEKS)]
    for start, goal in sorted(wanted, key=lambda w: w[0]):
        for week in weeks[min(start, WEEKS - 1) :]:
            if len(week) < GOALS_PER_WEEK:
                week.append(goal)
                break
    return [Week(week=i + 1, goals=tuple(g)) for i, g in enumerate(weeks) if g]


def wins(
    check: dict[str, Any] | None, analysis: dict[str, Any] | None
) -> list[Achievement]:
    """The quantified achievements of a resume version, as its check assessed them."""
    if not check:
        return []
    roles = ((analysis or {}).get("record") or {}).get("roles") or []
    out = []
    for bullet in (check.get("achievements") or {}).get("bullets") or ():
        if not bullet.get("quantified"):
            continue
        role = None
        index = bullet.get("role")
        if index is not None and index < len(roles):
            r = roles[index]
            role = ", ".join(x for x in (r.get("title"), r.get("organization")) if x)
        out.append(
            Achievement(
                text=bullet["text"],
                role=role or None,
                quantities=tuple(bullet.get("quantities") or ()),
            )
        )
    return out[:MAX_WINS]


def build_plan(
    terms: Sequence[MissingTerm],
    themes: Sequence[Theme],
    issues: Sequence[FormatIssueCount],
    *,
    taxonomy: Any,
    achievements: Sequence[Achievement],
    follow_ups: int = 0,
    ask: int = 0,
) -> DiagnosisPlan:
    steps: list[PlanStep] = []
    layout = format_step(issues)
    if layout is not None:
        steps.append(layout)
    # a term is worth working on when early rejections lacked it more than the
    # applications that went on did
    chosen = [t for t in terms if t.rejected > t.advanced][:MAX_TERM_STEPS]
    steps += [term_step(t, taxonomy) for t in chosen]
    specific = [t for t in themes if t.category != GENERIC][:MAX_THEME_STEPS]
    generic = next((t for t in themes if t.category == GENERIC), None)
    steps += [theme_step(t) for t in specific]
    if generic is not None and not specific:
        steps.append(theme_step(generic))
    return DiagnosisPlan(
        steps=tuple(steps),
        weeks=tuple(weekly(steps, follow_ups, ask)),
        wins=tuple(achievements),
    )
