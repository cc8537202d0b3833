"""One resume as the scorers see it (:class:`ResumeProfile`): its text index, its roles
by recency, where each taxonomy skill it names is shown (:class:`Hit`) and how much a
place in it counts (the location factors)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from gapcheck.parse.sections import section_at
from gapcheck.records import (
    AchievementSummary,
    Analysis,
    Evidence,
    FormatIssue,
    Occupation,
    Resume,
    Role,
)
from gapcheck.score.achievements import summarise
from gapcheck.score.format import format_issues
from gapcheck.score.requirements import stem
from gapcheck.score.sense import addressed_spans
from gapcheck.score.taxnames import implied_by, shown_at, skill_names
from gapcheck.score.text import NgramIndex, content_counts, line_at, norm
from gapcheck.score.wordforms import (
    core,
    family,
    family_index,
    head_family,
    hyphened,
    ing_head,
    is_verb,
    object_follows,
    plural,
    singular,
    sis_family,
    sis_head,
    takes_object,
    verb_object,
)

#: Location factors: a bullet of the most recent role counts most.
ROLE_FACTORS: tuple[float, ...] = (1.0, 0.9, 0.8)
SECTION_FACTORS: dict[str, float] = {
    "experience": 0.85,  # experience text not tied to a known role
    "projects": 0.85,
    "volunteering": 0.8,
    "certifications": 0.8,
    "awards": 0.75,
    "publications": 0.75,
    "summary": 0.8,
    "education": 0.7,
    "skills": 0.7,
    "contact": 0.3,
}
OTHER_FACTOR = 0.6
#: A company's legal form ending its name: "Ltd", "Inc.", "LLC", "plc", "GmbH".
_LEGAL_FORM = re.compile(
    r"\b(?:ltd|limited|inc|incorporated|llc|llp|plc|corp|corporation|co|gmbh|ag|"
    r"s\.?p\.?a|srl|sas|s\.?a|b\.?v|pty)\.?\s*$",
    re.I,
)


#: The last word of a title, a team or a field read as an organisation ("Contract
#: Communicator", "the front-end team", "Higher Education", "Machine Learning
#: Programs"): no company's name.
_NOT_COMPANY_END = re.compile(
    r"\b(?:team|teams|department|dept|division|unit|office|communicator|"
    r"manager|engineer|developer|analyst|assistant|officer|specialist|coordinator|"
    r"consultant|director|lead|intern|trainee|associate|representative|"
    r"administrator|accountant|executive|clerk|supervisor|advisor|adviser|"
    r"programs?|programmes?|education|development|engineering|solutions)\.?\s*$",
    re.I,
)
_NAME_WORDS = re.compile(r"^[A-Z0-9][\w.&'-]*$|^(?:&|of|and|the|for|de)$")


def _company_name(name: str) -> bool:
    """Whether an organisation without a legal form reads as a company's name: two
    to five capitalised words ("Brightwave Marketing", "Apex Planning Group"),
    opening with no article or preposition, ending in no title's or team's noun."""
    words = name.split()
    return (
        2 <= len(words) <= 5
        and words[0][:1].isupper()
        and all(_NAME_WORDS.match(w) for w in words)
        and words[0].lower() not in {"the", "of", "for"}
        and not _NOT_COMPANY_END.search(name)
    )


@dataclass(frozen=True)
class Hit:
    """One piece of evidence: a wording at a place in the resume."""

    form: str  # normalised words
    text: str
    section: str | None
    factor: float
    start: int = 0
    end: int = 0
    role: int | None = None
    bullet: int | None = None
    canonical: str | None = None
    snippet: str = ""

    def evidence(self, match_type: str, via: str | None = None) -> Evidence:
        return Evidence(
            text=self.text,
            section=self.section,
            match_type=match_type,  # type: ignore[arg-type]
            role=self.role,
            bullet=self.bullet,
            start=self.start,
            end=self.end,
            snippet=self.snippet,
            factor=self.factor,
            via=via,
        )


@dataclass
class ResumeProfile:
    """Everything the scorers need from one resume, computed once."""

    resume: Resume
    index: NgramIndex
    role_rank: dict[int, int]
    role_spans: list[tuple[int, int, int]]  # (start, end, role index)
    canon_hits: dict[str, list[Hit]]
    implied_hits: dict[str, list[tuple[Hit, str]]]
    achievements: AchievementSummary
    issues: tuple[FormatIssue, ...]
    counts: Any
    occupation: Occupation = field(default_factory=Occupation)
    occupation_dist: tuple[
        float, ...
    ] = ()  # share per ISCO group (gapcheck.occupation)
    added: tuple[Hit, ...] = ()  # synthetic evidence (what-if fixes)
    taxonomy: Any = None  # the taxonomy the resume's mentions were named with
    addressed: tuple[tuple[int, int], ...] = ()  # text that speaks to "you"
    _form_cache: dict[str, list[Hit]] = field(default_factory=dict)
    _families: dict[str, list[tuple[int, int]]] | None = None
    _sis: dict[str, list[tuple[int, int]]] | None = None
    _words: frozenset[str] | None = None
    _orgs: tuple[tuple[int, int], ...] | None = None

    @property
    def text(self) -> str:
        return self.resume.document.text

    @property
    def words(self) -> frozenset[str]:
        """The resume's words, stemmed like requirement-line words."""
        if self._words is None:
            self._words = frozenset(stem(k) for k in self.index.spans if " " not in k)
        if not self.added:
            return self._words
        return self._words | {stem(w) for h in self.added for w in h.form.split()}

    def locate(self, start: int, end: int, text: str | None = None) -> Hit:
        """A hit for ``text[start:end]`` with its section, bullet, role and factor."""
        resume = self.resume
        section = section_at(resume.sections, start)
        bullet = next(
            (
                i
                for i, b in enumerate(resume.bullets)
                if b.start <= start < max(b.end, b.start + 1)
            ),
            None,
        )
        role = resume.bullets[bullet].role if bullet is not None else None
        if role is None and section == "experience":
            role = next((r for s, e, r in self.role_spans if s <= start < e), None)
        words = self.text[start:end] if text is None else text
        return Hit(
            form=norm(words),
            text=words,
            section=section,
            factor=self.factor(section, role),
            start=start,
            end=end,
            role=role,
            bullet=bullet,
            snippet=line_at(self.text, start, end) if text is None else words,
        )

    def factor(self, section: str | None, role: int | None) -> float:
        if role is not None and section in (None, "experience"):
            rank = self.role_rank.get(role, len(ROLE_FACTORS) - 1)
            return ROLE_FACTORS[min(rank, len(ROLE_FACTORS) - 1)]
        return SECTION_FACTORS.get(section or "", OTHER_FACTOR)

    def employer(self, hit: Hit) -> bool:
        """Whether ``hit`` is the name of one of the resume's employers, or a word
        of it, written outside the skills list ("Account Manager, Asana", "VMware
        Ltd", "Lucid Communications Ltd"): the company, not a skill (a skills list
        names tools, even one's employer's)."""
        if hit.section == "skills":
            return False
        if hit.form in {norm(r.organization or "") for r in self.resume.roles}:
            return True
        return hit.end > hit.start and any(
            s <= hit.start and hit.end <= e for s, e in self.org_spans
        )

    @property
    def org_spans(self) -> tuple[tuple[int, int], ...]:
        """Where the resume writes one of its employers' names (whole words) that
        is a company's by its legal form ("VMware Ltd", "Tastemade, Inc."): a role's
        organisation read from a team or a title ("of the front-end team",
        "Contract Communicator") is no name to leave out."""
        if self._orgs is None:
            found = []
            for name in {(r.organization or "").strip() for r in self.resume.roles}:
                if len(name) < 2 or not (
                    _LEGAL_FORM.search(name) or _company_name(name)
                ):
                    continue
                pattern = r"(?<!\w)" + re.escape(name) + r"(?!\w)"
                found += [m.span() for m in re.finditer(pattern, self.text, re.I)]
            self._orgs = tuple(found)
        return self._orgs

    def form_hits(self, form: str) -> list[Hit]:
        if form not in self._form_cache:
            hits = [self.locate(s.start, s.end) for s in self.index.spans.get(form, [])]
            self._form_cache[form] = [h for h in hits if not self.employer(h)]
        return self._form_cache[form] + [h for h in self.added if h.form == form]

    @property
    def families(self) -> dict[str, list[tuple[int, int]]]:
        """The resume's one-word tokens by verb family (:mod:`.wordforms`)."""
        if self._families is None:
            self._families = family_index(
                (k, s.start, s.end)
                for k, spans in self.index.spans.items()
                if " " not in k
                for s in spans
            )
        return self._families

    @property
    def sis_families(self) -> dict[str, list[tuple[int, int]]]:
        """The resume's one-word tokens by -sis family (:mod:`.wordforms`)."""
        if self._sis is None:
            self._sis = {}
            for k, spans in self.index.spans.items():
                stem = sis_family(k) if " " not in k else None
                if stem is not None:
                    self._sis.setdefault(stem, []).extend(
                        (s.start, s.end) for s in spans
                    )
        return self._sis

    def variant_hits(
        self,
        forms: Sequence[str],
        aliases: Sequence[str],
        canonical: str | None,
        soft: bool,
    ) -> list[Hit]:
        """Where the resume writes a wording of the skill ``canonical`` (the
        posting's ``forms``, the taxonomy's ``aliases``) in another form: as its
        head word's verb or noun ("negotiated" for "negotiation skills",
        "negotiations" for "negotiate"), a one-word -ing wording as its verb with a
        direct object ("Clean the kitchen" for "cleaning"), as its verb and object
        ("managed a $2M budget" for "budget management", "solved complex problems"
        for "problem solving"), as its one word's -sis family ("analysis" for
        "analytical"), with a hyphen for a space or the other way round
        ("customer-facing"), or, for the posting's own wordings, in the other
        number; see :mod:`.wordforms`.
        An alias in the other number is often another thing ("Teams" the product,
        "team"), and so is one word of a longer wording ("teams" of "Microsoft
        teams") or one word that is no hard skill ("communications" is a field,
        not Communication).
        Never a word that names a skill of another family ("motivated" is
        Initiative, not Motivating others)."""
        spans: list[tuple[int, int]] = []
        one_word = all(" " not in f for f in forms)  # else a word is a fragment
        skill_core = core(norm(canonical)) if canonical else None
        for form in forms:
            named = " " in form or (one_word and canonical is not None and not soft)
            for other in (plural(form), singular(form)) if named else ():
                if other not in forms:
                    spans += [(h.start, h.end) for h in self.form_hits(other)]
        for form in (*forms, *aliases):
            other = hyphened(form)
            spans += (
                [(h.start, h.end) for h in self.form_hits(other)]
                if other != form
                else []
            )
            head = head_family(form)
            if head is not None:
                spans += [
                    (s, e)
                    for s, e in self.families.get(head[0], ())
                    if head[1] or is_verb(self.text[s:e])
                ]
            sis = sis_head(form)
            spans += self.sis_families.get(sis, []) if sis else []
            # a posting's wording only where it is the skill's name ("cleaning"),
            # not a fragment of another ("building skills" of relationship building)
            own = form in aliases or skill_core is None or core(form) == skill_core
            ing = ing_head(form) if own else None
            spans += [
                (s, e)
                for s, e in (self.families.get(ing, ()) if ing else ())
                if takes_object(self.text, s, e)
            ]
            pair = verb_object(form)
            for s, e in self.families.get(pair[0], ()) if pair else ():
                end = object_follows(self.text, e, pair[1]) if pair else None
                if end is not None and is_verb(self.text[s:e]):
                    spans.append((s, end))
        hits = [
            self.locate(s, e)
            for s, e in spans
            if not self._names_other(s, e, canonical)
        ]
        return [h for h in hits if not self.employer(h)]

    def _names_other(self, start: int, end: int, canonical: str | None) -> bool:
        """Whether the first word at ``start`` is a name of a skill other than
        ``canonical`` and of another word family ("motivated": Initiative)."""
        get = getattr(self.taxonomy, "get", None)
        word = re.match(r"[\w'-]+", self.text[start:end])
        other = get(word.group(0)) if get is not None and word else None
        if other is None or other.name.lower() == (canonical or "").lower():
            return False
        # "negotiations" names Negotiation, of its own family: still a form of it
        return family(other.name.split()[0]) != family(word.group(0))  # type: ignore[union-attr]


def recency_rank(roles: Sequence[Role]) -> dict[int, int]:
    """Role index -> 0 for the most recent role, 1 for the next (dates, then order)."""

    def key(i: int) -> tuple[int, str, str, int]:
        r = roles[i]
        end = "9999-99" if r.current else (r.end or r.start or "")
        return (1 if r.current else 0, end, r.start or "", -i)

    dated = any(r.start or r.end or r.current for r in roles)
    order = (
        sorted(range(len(roles)), key=key, reverse=True) if dated else range(len(roles))
    )
    return {i: rank for rank, i in enumerate(order)}


def _role_spans(resume: Resume) -> list[tuple[int, int, int]]:
    """Rough spans of each role in the text, found by its title or organisation."""
    text = resume.document.text.lower()
    exp = [s for s in resume.sections if s.name == "experience"]
    found: list[tuple[int, int]] = []
    for i, role in enumerate(resume.roles):
        for s in exp:
            for name in (role.title, role.organization):
                if name and (pos := text.find(name.lower(), s.start, s.end)) >= 0:
                    found.append((pos, i))
                    break
            else:
                continue
            break
    found.sort()
    ends = [s.end for s in exp]
    spans = []
    for k, (pos, i) in enumerate(found):
        stop = (
            found[k + 1][0]
            if k + 1 < len(found)
            else min((e for e in ends if e > pos), default=len(text))
        )
        spans.append((pos, stop, i))
    return spans


def resume_profile(analysis: Analysis, taxonomy: Any = None) -> ResumeProfile:
    resume = analysis.record
    if not isinstance(resume, Resume):
        raise TypeError(f"expected a resume analysis, got a {resume.kind}")
    profile = ResumeProfile(
        resume=resume,
        index=NgramIndex.build(resume.document.text),
        role_rank=recency_rank(resume.roles),
        role_spans=_role_spans(resume),
        canon_hits={},
        implied_hits={},
        achievements=summarise(resume.bullets),
        issues=format_issues(resume),
        counts=content_counts(resume.document.text),
        taxonomy=taxonomy,
        addressed=addressed_spans(resume.document.text, resume.sections),
    )
    dist, occupation = resume_occupation(resume, profile.role_rank)
    profile.occupation, profile.occupation_dist = occupation, tuple(dist)
    for m in analysis.mentions:
        if not m.canonical:
            continue
        shown = shown_at(
            profile.text, m.start, m.end, skill_names(taxonomy, m.canonical)
        )
        if shown is None:
            continue
        hit = profile.locate(*shown)
        if profile.employer(hit):
            continue
        hit = Hit(**{**hit.__dict__, "canonical": m.canonical})
        profile.canon_hits.setdefault(m.canonical.lower(), []).append(hit)
    if taxonomy is not None:
        for canonical, hits in list(profile.canon_hits.items()):
            for implied in implied_by(taxonomy, hits[0].canonical or canonical):
                key = implied.lower()
                if key != canonical:
                    profile.implied_hits.setdefault(key, []).extend(
                        (h, hits[0].canonical or canonical) for h in hits
                    )
    return profile


#: How much each title counts in inferring a resume's occupation: the headline, then
#: the roles from the most recent.
TITLE_WEIGHTS: tuple[float, ...] = (1.0, 0.8, 0.6, 0.5)


def resume_occupation(
    resume: Resume, role_rank: dict[int, int], added: str = ""
) -> tuple[list[float], Occupation]:
    """The occupation a resume reads as, from its headline (else a known title among
    its opening lines), its recent role titles and its words. A title read only as a
    fieldless head ("Staff Engineer", "Scientist": ``occupation.fieldless``) names
    no occupation; the other titles and the words decide."""
    from gapcheck.occupation import distribution, opening_title
    from gapcheck.occupation.fieldless import names_field

    titles: list[tuple[str | None, float]] = []
    headline = resume.headline or opening_title(resume.document.text)
    if headline and names_field(headline):
        titles.append((headline, TITLE_WEIGHTS[0]))
    for i, rank in sorted(role_rank.items(), key=lambda kv: kv[1])[
        : len(TITLE_WEIGHTS) - 1
    ]:
        if names_field(resume.roles[i].title):
            titles.append((resume.roles[i].title, TITLE_WEIGHTS[rank + 1]))
    return distribution(titles, resume.document.text, added)


def with_added(profile: ResumeProfile, hits: Iterable[Hit]) -> ResumeProfile:
    """A copy of ``profile`` with synthetic evidence added (for what-if fixes)."""
    hits = tuple(hits)
    counts = profile.counts.copy()
    for hit in hits:  # the words are in the text now, for the text similarity too
        counts.update(content_counts(hit.text))
    added = profile.added + hits
    dist, occupation = resume_occupation(  # the words move the occupation too
        profile.resume, profile.role_rank, "\n".join(h.text for h in added)
    )
    new = ResumeProfile(
        **{
            **profile.__dict__,
            "added": added,
            "counts": counts,
            "occupation": occupation,
            "occupation_dist": tuple(dist),
        }
    )
    new._form_cache = profile._form_cache
    return new


__all__ = [
    "OTHER_FACTOR",
    "ROLE_FACTORS",
    "SECTION_FACTORS",
    "TITLE_WEIGHTS",
    "Hit",
    "ResumeProfile",
    "recency_rank",
    "resume_occupation",
    "resume_profile",
    "with_added",
]
