"""The score's components other than skills: title, experience, education,
certifications, achievements, format and text similarity. Each returns a score in
[0, 1] and the inputs it used (``details``), so every point can be traced.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any

from gapcheck.score.evidence import ResumeProfile
from gapcheck.score.format import format_score
from gapcheck.score.gate import (  # noqa: F401  (re-exported: the fit gate's home)
    FULL_RELEVANCE,
    OCCUPATION_EVIDENCE,
    keyword_alignment,
    occupation_evidence,
    relevance_gate,
)
from gapcheck.score.requirements import PostingProfile
from gapcheck.score.text import idf, norm
from gapcheck.score.title import (  # noqa: F401  (re-exported: callers read comp.title_*)
    FAMILIES,
    FAMILY_CREDIT,
    OCCUPATION_TITLE_CREDIT,
    QUALIFIER_WEIGHT,
    SAME_TITLE_CREDIT,
    SENIORITY,
    SENIORITY_WEIGHT,
    TITLE_ROLE_FACTORS,
    PostingTitles,
    display_title,
    posting_titles,
    title_candidates,
    title_component,
    title_credit,
    title_matrix,
    title_overlap,
    title_scores,
    title_tokens,
    wanted_title,
)

#: Base weights; components that do not apply (nothing asked) drop out and the rest
#: are renormalised to sum to 1. Occupation and text relevance carry the most: on real
#: resumes and postings they are what ranks a posting's own occupation first (see
#: docs/scoring.md); skills explain the match term by term.
WEIGHTS: dict[str, float] = {
    "skills": 0.16,
    "requirements": 0.03,
    "title": 0.09,
    "occupation": 0.43,
    "experience": 0.03,
    "education": 0.02,
    "certifications": 0.02,
    "text_similarity": 0.17,
    "achievements": 0.025,
    "format": 0.025,
}
#: Components about the resume alone: their weights never grow when the posting asks
#: for less (else a posting with few requirements would be scored on layout).
RESUME_ONLY = frozenset({"achievements", "format"})
#: Components that count in full only for a resume of the posting's field (see
#: ``relevance_gate``): years, degree and polish do not make a chef fit an HR post.
GATED = ("experience", "education", "achievements", "format")
COMPONENTS: tuple[str, ...] = tuple(WEIGHTS)


# --- experience, education, certifications --------------------------------------------
LEVELS = {"high school": 1, "associate": 2, "bachelor": 3, "master": 4, "doctorate": 5}


def resume_years(profile: ResumeProfile) -> float:
    resume = profile.resume
    if resume.years_experience is not None:
        return float(resume.years_experience)
    months = sum(r.months or 0 for r in resume.roles)
    return months / 12.0


def experience_score(years: float, required: float) -> float:
    return 1.0 if required <= 0 else min(1.0, max(0.0, years) / required)


def resume_level(profile: ResumeProfile) -> int:
    return max(
        (LEVELS.get((e.level or "").lower(), 0) for e in profile.resume.education),
        default=0,
    )


def asked_level(posting: PostingProfile) -> int:
    ranks = [
        LEVELS[level.lower()] for level in posting.education if level.lower() in LEVELS
    ]
    return min(ranks) if ranks else 0


def education_score(have: int, want: int) -> float:
    if want <= 0 or have >= want:
        return 1.0
    if have == 0:
        return 0.0
    return 0.5 if have == want - 1 else 0.25


_CERT_WORDS = frozenset(
    [
        "certification",
        "certificate",
        "certified",
        "license",
        "licence",
        "licensed",
        "credential",
        "current",
        "valid",
        "active",
        "state",
        "or",
        "and",
        "in",
        "a",
        "an",
        "the",
    ]
)


def clean_cert(cert: str) -> str:
    """A certification as the parser found it, without a sentence's tail before it:
    "Finance. \nCPA license" -> "CPA license"."""
    parts = [p for p in re.split(r"[.;:]\s+", " ".join(cert.split())) if p.strip()]
    return parts[-1].strip(" .;:") if parts else cert.strip()


def cert_core(cert: str) -> str:
    """A certification's distinctive words: "ACLS certification" -> "acls"."""
    words = [w for w in norm(clean_cert(cert)).split() if w not in _CERT_WORDS]
    return " ".join(words)


def cert_found(profile: ResumeProfile, cert: str) -> bool:
    wanted = cert_core(cert)
    if not wanted:
        return False
    if profile.form_hits(wanted):
        return True
    return any(wanted in norm(c) for c in profile.resume.certifications)


# --- achievements, format, text ---------------------------------------------------
FULL_DENSITY = 0.5  # half of the experience bullets quantified earns the full score


def achievements_score(profile: ResumeProfile) -> float:
    a = profile.achievements
    if not a.total:
        return 0.0
    quantified = min(1.0, a.density / FULL_DENSITY)
    duties = sum(b.kind == "duty" for b in a.bullets) / a.total
    return 0.7 * quantified + 0.3 * (1.0 - duties)


def format_component(profile: ResumeProfile) -> float:
    return format_score(profile.issues)


#: BM25 relevance (``saturated_tf`` over ``query_weights``, 0..1) at which the
#: text-similarity component is full: a resume using the posting's words about as
#: often as the best-matching real resumes do.
FULL_SIMILARITY = 0.2


def similarity_score(relevance: Any) -> Any:
    import numpy as np

    return np.minimum(1.0, np.asarray(relevance, float) / FULL_SIMILARITY)


#: BM25 (Robertson & Zaragoza 2009) over the posting's asked words. K1 and B are the
#: usual values; the length norm uses a typical resume length, not the batch's, so one
#: pair scores the same alone and in any batch.
BM25_K1, BM25_B, TYPICAL_RESUME_WORDS = 1.5, 0.75, 400.0
#: Posting title words count this many times over the body's: they name the job.
TITLE_QUERY = 3.0


def query_weights(posting: PostingProfile) -> dict[str, float]:
    """A posting's asked words weighted (1 + log tf) * idf * centrality, title words
    TITLE_QUERY times. Centrality (``gapcheck.occupation.centrality``) weighs a word
    by how much more often the postings of the posting's occupation use it than all
    postings do: "budget" in an accountant's advert counts more than "patients"."""
    from gapcheck.occupation.centrality import centrality_factors

    title = set(norm(posting.title or "").split())
    central = centrality_factors(posting.occupation_dist, posting.counts)
    return {
        w: (1.0 + math.log(n))
        * idf(w)
        * central[w]
        * (TITLE_QUERY if w in title else 1.0)
        for w, n in posting.counts.items()
    }


def saturated_tf(counts: Any) -> dict[str, float]:
    """BM25's term-frequency saturation of a resume's words, scaled to 0..1."""
    length = sum(counts.values())
    norm_len = BM25_K1 * (1.0 - BM25_B + BM25_B * length / TYPICAL_RESUME_WORDS)
    return {w: n / (n + norm_len) for w, n in counts.items()}


#: IDF at which a posting term counts in full in the skills component: a term of
#: everyday words ("communication", "team") counts in proportion to its mean IDF.
FULL_TERM_IDF = 8.0


@lru_cache(maxsize=8192)
def term_specificity(forms: tuple[str, ...]) -> float:
    """min(1, mean IDF of the words of the term's most specific wording
    / FULL_TERM_IDF)."""
    best = 0.0
    for form in forms:
        words = [w for w in form.split() if w]
        if words:
            best = max(best, sum(idf(w) for w in words) / len(words))
    return min(1.0, best / FULL_TERM_IDF)


def skill_weight(term: Any) -> float:
    """A posting term's weight in the skills component: its importance weight times
    its specificity."""
    return float(term.weight) * term_specificity(term.forms)


#: Total term weight at which the skills component gets its full weight (about five
#: required terms). Below it, a posting with few recognised terms leans on its
#: requirement lines, title and text instead of on one or two terms.
FULL_TERM_WEIGHT = 15.0


def applies(posting: PostingProfile) -> dict[str, float]:
    """How much each component applies to this posting, 0..1 (0: not at all)."""
    term_weight = sum(t.weight for t in posting.terms)
    return {
        "skills": min(1.0, term_weight / FULL_TERM_WEIGHT),
        "requirements": float(bool(posting.lines)),
        "title": float(bool(wanted_title(posting.title))),
        "occupation": float(any(posting.occupation_dist)),
        "experience": float(bool(posting.years_required)),
        "education": float(asked_level(posting) > 0),
        "certifications": float(bool(posting.certifications)),
        "text_similarity": 1.0,
        "achievements": 1.0,
        "format": 1.0,
    }


#: Where the skills weight goes when a posting has few recognised terms: to the
#: other keyword signals, not to the filters (years, degree) that every resume meets.
KEYWORD_PROXIES = ("requirements", "text_similarity", "occupation")


def effective_weights(applicable: dict[str, float]) -> dict[str, float]:
    """Weights of the components as they apply (they sum to 1).

    The skills weight shrinks with ``applicable["skills"]`` and what it loses goes to
    the keyword proxies that apply; then the posting-side components that do not
    apply at all leave their weight to the others, in proportion. The resume-only
    components keep their base weight.
    """
    weights = dict(WEIGHTS)
    moved = weights["skills"] * (1.0 - applicable["skills"])
    weights["skills"] -= moved
    proxies = [n for n in KEYWORD_PROXIES if applicable[n] > 0]
    base = sum(WEIGHTS[n] for n in proxies)
    for name in proxies:
        weights[name] += moved * WEIGHTS[name] / base
    shared = sum(w for n, w in WEIGHTS.items() if n not in RESUME_ONLY)
    side = [n for n in WEIGHTS if n not in RESUME_ONLY]
    for name in side:
        if applicable[name] <= 0:
            weights[name] = 0.0
    used = sum(weights[n] for n in side)
    for name in side:
        weights[name] = weights[name] * shared / used if used else 0.0
    return weights
