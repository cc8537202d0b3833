"""Fixes ranked by how much each raises the score, and the verdict on early-stage risk.

Mechanical fixes are measured: the resume's evidence is changed the way the fix says
(a synthetic mention of the posting's wording at the named place) and the pair is
scored again; ``gain`` is the difference. Fixes that depend on what the person writes
(quantify bullets, rework the layout) are scored the same way under a documented
assumption and flagged ``estimated`` (docs/scoring.md, "Fixes").
"""

from __future__ import annotations

import dataclasses

import gapcheck.score.components as comp
from gapcheck.advise.verdict import keyword_alignment, verdict
from gapcheck.records import (
    AchievementSummary,
    CertificationsDetails,
    Education,
    Fix,
    SkillMatch,
    Verdict,
)
from gapcheck.score.core import Scored
from gapcheck.score.evidence import (
    SECTION_FACTORS,
    Hit,
    ResumeProfile,
    line_credit,
    with_added,
)
from gapcheck.score.requirements import PostingProfile, stem
from gapcheck.score.text import tokens, unique

MAX_FIXES = 12
MIN_GAIN = 0.05
MAX_SKILL_FIXES = 10  # a posting asks for many terms: required ones stay in view
CERT_FACTOR = SECTION_FACTORS["certifications"]

__all__ = ["advise", "fixes", "keyword_alignment", "verdict"]


def advise(
    profile: ResumeProfile, posting: PostingProfile, scored: Scored
) -> tuple[tuple[Fix, ...], Verdict]:
    ranked = fixes(profile, posting, scored)
    return ranked, verdict(profile, scored, ranked)


def _gain(base: float, profile: ResumeProfile, posting: PostingProfile) -> float:
    """The score with the change minus ``base``: the engine alone, no explanation."""
    from gapcheck.score.matrix import score_profiles_matrix

    score = float(score_profiles_matrix([profile], [posting]).scores[0, 0])
    return round(score - base, 2)


def _recent_place(
    profile: ResumeProfile,
) -> tuple[dict[str, object], float, int | None]:
    """Where a new skill mention would count most: a bullet of the most recent role."""
    resume = profile.resume
    ranked = sorted(profile.role_rank.items(), key=lambda kv: kv[1])
    if ranked:
        role = ranked[0][0]
        title = resume.roles[role].title or resume.roles[role].organization or "it"
        bullet = next((i for i, b in enumerate(resume.bullets) if b.role == role), None)
        where: dict[str, object] = {
            "section": "experience",
            "role": role,
            "role_title": title,
        }
        if bullet is not None:
            where["bullet"] = bullet
            where["text"] = resume.bullets[bullet].text
        return where, profile.factor("experience", role), role
    return {"section": "skills"}, profile.factor("skills", None), None


def _synthetic(
    form: str,
    text: str,
    where: dict[str, object],
    factor: float,
    role: int | None,
    canonical: str | None = None,
) -> Hit:
    section = str(where.get("section", "skills"))
    bullet = where.get("bullet")
    return Hit(
        form=form,
        text=text,
        section=section,
        factor=factor,
        role=role,
        bullet=bullet if isinstance(bullet, int) else None,
        canonical=canonical,
        snippet=f"(added) {text}",
    )


def _skill_fixes(
    profile: ResumeProfile, posting: PostingProfile, scored: Scored, base: float
) -> list[Fix]:
    where, factor, role = _recent_place(profile)
    place = (
        f"a bullet of your most recent role ({where['role_title']})"
        if role is not None
        else "your skills section"
    )
    terms = {t.name: t for t in posting.terms}
    out: list[Fix] = []
    candidates: list[SkillMatch] = [
        *scored.missing,
        *scored.implied,
        *scored.matched,
    ]
    for m in candidates:
        term = terms.get(m.name)
        if term is None or not term.forms or m.credit >= 1.0:
            continue
        form = term.forms[0]
        asked = f"{m.importance}, {_times(m.posting_mentions)} in the posting"
        if m.match_type is None and term.kind == "certification":
            cert_where: dict[str, object] = {"section": "certifications"}
            hit = _synthetic(
                form, m.name, cert_where, CERT_FACTOR, None, term.canonical
            )
            message = f"List {m.name} ({asked}) under Certifications, if you hold it"
            kind, have = "certification", True
            fix_where = cert_where
        elif m.match_type is None:
            hit = _synthetic(form, m.name, where, factor, role, term.canonical)
            message = f"Add {m.name} ({asked}) to {place}, if you have used it"
            kind, have = "add_skill", True
            fix_where = dict(where)
        elif m.match_type == "alias" and m.evidence and len(form.split()) <= 3:
            ev = m.evidence[0]
            hit = Hit(
                form=form,
                text=m.name,
                section=ev.section,
                factor=ev.factor,
                role=ev.role,
                bullet=ev.bullet,
                start=ev.start,
                end=ev.end,
                canonical=term.canonical,
                snippet=ev.snippet,
            )
            message = f"Write '{m.name}' as the posting does (you wrote '{ev.text}')"
            kind, have = "mirror_wording", False
            fix_where = {
                "section": ev.section,
                "bullet": ev.bullet,
                "text": ev.snippet,
                "start": ev.start,
                "end": ev.end,
            }
        elif m.match_type == "implied" and m.evidence:
            ev = m.evidence[0]
            hit = _synthetic(form, m.name, where, factor, role, term.canonical)
            message = (
                f"Show {m.name} by what you did ({asked}): your resume has only "
                f"{ev.via} ('{ev.text}'). Write it into {place}, if you have done it"
                if ev.related
                else f"Name {m.name} in your own words ({asked}): your resume does "
                f"not name it, only {ev.via}, which usually goes with it. Add it to "
                f"{place}, if you have done it"
            )
            kind, have = "name_skill", True
            fix_where = dict(where)
        else:  # exact, but only where it counts little (a skills list, an old role)
            if role is None or not m.evidence or m.evidence[0].factor >= factor:
                continue
            ev = m.evidence[0]
            hit = _synthetic(form, m.name, where, factor, role, term.canonical)
            if ev.section == "skills":
                shown = "your skills list"
            elif ev.role is not None:
                shown = "an earlier role"
            else:
                shown = f"your {ev.section or 'resume'}"
            message = (
                f"Show {m.name} ({asked}) in {place}, not only in {shown}, "
                "if you used it there"
            )
            kind, have = "show_in_bullet", True
            fix_where = dict(where)
        gain = _gain(base, with_added(profile, [hit]), posting)
        out.append(
            Fix(
                kind=kind,
                message=message,
                gain=gain,
                where=fix_where,
                skill=m.name,
                if_you_have_it=have,
            )
        )
    out.sort(key=lambda f: -f.gain)
    return out[:MAX_SKILL_FIXES]


def _times(n: int) -> str:
    return "1 mention" if n == 1 else f"{n} mentions"


def _title_fix(
    profile: ResumeProfile, posting: PostingProfile, scored: Scored, base: float
) -> list[Fix]:
    title_c = scored.component("title")
    if not title_c.applies or title_c.score >= 0.999 or not posting.title:
        return []
    from gapcheck.occupation import clean_title

    # the job itself: no band, grade, salary, place or "Bank"; nothing when the
    # posting's "title" is a salary line, a file name or other junk
    wanted = clean_title(comp.display_title(posting.title))
    if not wanted:
        return []
    resume = dataclasses.replace(profile.resume, headline=wanted)
    changed = ResumeProfile(**{**profile.__dict__, "resume": resume})
    gain = _gain(base, changed, posting)
    have = profile.resume.headline
    message = (
        f"Use the posting's job title '{wanted}' in your headline"
        + (f" (now '{have}')" if have else " under your name")
        + ", if you do that job"
    )
    return [
        Fix(
            kind="title",
            message=message,
            gain=gain,
            where={"section": "contact", "text": have or ""},
            if_you_have_it=True,
        )
    ]


def _cert_fixes(
    profile: ResumeProfile, posting: PostingProfile, scored: Scored, base: float
) -> list[Fix]:
    found = set(scored.details(CertificationsDetails).found)
    out = []
    named = {f for t in posting.terms for f in (*t.forms, *t.alias_forms)}
    for cert in posting.certifications:
        if cert in found or comp.cert_core(cert) in named:
            continue  # found, or already a skill term with its own fix
        cert = comp.clean_cert(cert)
        hit = Hit(
            form=comp.cert_core(cert),
            text=cert,
            section="certifications",
            factor=CERT_FACTOR,
            snippet=f"(added) {cert}",
        )
        gain = _gain(base, with_added(profile, [hit]), posting)
        out.append(
            Fix(
                kind="certification",
                gain=gain,
                skill=cert,
                if_you_have_it=True,
                message=f"List the certification '{cert}' the posting asks for, "
                "if you hold it",
                where={"section": "certifications"},
            )
        )
    return out


def _quantify_fix(
    profile: ResumeProfile, posting: PostingProfile, base: float
) -> list[Fix]:
    a = profile.achievements
    plain = [b for b in a.bullets if not b.quantified]
    if not a.total or not plain:
        return []
    need = max(
        1,
        min(
            len(plain), -(-int(comp.FULL_DENSITY * a.total * 100) // 100) - a.quantified
        ),
    )
    chosen = {b.index for b in plain[:need]}
    bullets = tuple(
        dataclasses.replace(b, quantified=True, kind="achievement")
        if b.index in chosen
        else b
        for b in a.bullets
    )
    quantified = sum(b.quantified for b in bullets)
    after = AchievementSummary(
        bullets=bullets,
        quantified=quantified,
        total=a.total,
        density=quantified / a.total,
        star=a.star,
        flagged=a.flagged,
    )
    changed = ResumeProfile(**{**profile.__dict__, "achievements": after})
    example = plain[0]
    text = example.text if len(example.text) <= 90 else example.text[:87] + "..."
    return [
        Fix(
            kind="quantify",
            message=(
                f"Quantify {need} more of your {a.total} experience bullets (a number, "
                f"%, money, time or scale of the result), starting with '{text}'"
            ),
            gain=_gain(base, changed, posting),
            where={
                "section": "experience",
                "bullet": example.index,
                "text": example.text,
            },
            estimated=True,
        )
    ]


def _format_fixes(
    profile: ResumeProfile, posting: PostingProfile, base: float
) -> list[Fix]:
    out = []
    for issue in profile.issues:
        rest = tuple(i for i in profile.issues if i is not issue)
        changed = ResumeProfile(**{**profile.__dict__, "issues": rest})
        out.append(
            Fix(
                kind="format",
                message=f"{issue.fix} ({issue.message})",
                gain=_gain(base, changed, posting),
                where={"format_issue": issue.code},
                estimated=True,
            )
        )
    return out


MAX_LINE_FIXES = 2
DEGREE_NAMES = {"bachelor": "bachelor's", "master": "master's"}


def _line_fixes(
    profile: ResumeProfile, posting: PostingProfile, base: float
) -> list[Fix]:
    """Requirement lines whose words the resume lacks: say it in the posting's words."""
    where, factor, role = _recent_place(profile)
    place = (
        f"your most recent role ({where['role_title']})"
        if role is not None
        else "your summary"
    )
    have = profile.words
    todo = sorted(
        (line for line in posting.lines if line_credit(line, profile) < 0.5),
        key=lambda line: -line.weight * (1.0 - line_credit(line, profile)),
    )
    out = []
    for line in todo[:MAX_LINE_FIXES]:
        missing = {w for w in line.words if w not in have}
        words = unique(t for t in tokens(line.text) if stem(t) in missing)
        hits = [_synthetic(w, w, where, factor, role) for w in words]
        gain = _gain(base, with_added(profile, hits), posting)
        text = line.text if len(line.text) <= 80 else line.text[:77] + "..."
        out.append(
            Fix(
                kind="requirement_words",
                message=(
                    f"The posting asks for '{text}' ({line.importance}); if your "
                    f"experience covers it, say so in its words ({', '.join(words)}) "
                    f"in {place}"
                ),
                gain=gain,
                where=dict(where),
                if_you_have_it=True,
            )
        )
    return out


def _education_fix(
    profile: ResumeProfile, posting: PostingProfile, scored: Scored, base: float
) -> list[Fix]:
    edu = scored.component("education")
    if not edu.applies or edu.score >= 1.0 or profile.resume.education:
        return []
    level = next(
        (lv for lv in sorted(posting.education, key=lambda lv: comp.LEVELS.get(lv, 9))),
        None,
    )
    if level is None:
        return []
    resume = dataclasses.replace(
        profile.resume, education=(Education(degree=None, level=level),)
    )
    changed = ResumeProfile(**{**profile.__dict__, "resume": resume})
    return [
        Fix(
            kind="education",
            message=(
                f"The posting asks for a {DEGREE_NAMES.get(level, level)} degree and "
                "no degree was found: if "
                "you hold one, list it under an Education heading"
            ),
            gain=_gain(base, changed, posting),
            where={"section": "education"},
            if_you_have_it=True,
        )
    ]


def fixes(
    profile: ResumeProfile, posting: PostingProfile, scored: Scored
) -> tuple[Fix, ...]:
    """Every fix worth at least ``MIN_GAIN`` points, best first."""
    base = scored.score
    found = (
        _skill_fixes(profile, posting, scored, base)
        + _title_fix(profile, posting, scored, base)
        + _cert_fixes(profile, posting, scored, base)
        + _education_fix(profile, posting, scored, base)
        + _line_fixes(profile, posting, base)
        + _quantify_fix(profile, posting, base)
        + _format_fixes(profile, posting, base)
    )
    found = [f for f in found if f.gain >= MIN_GAIN]
    found.sort(key=lambda f: (-f.gain, f.estimated, f.message))
    return tuple(found[:MAX_FIXES])
