"""Roles (title, organisation, dates) in experience sections.

A role is anchored on a line with a date or date range that is not a bullet. Its
title and organisation come from the rest of that line and from up to two short
lines right above it (or the block just above, when the dates stand alone), or the
line right below when the dates sit on the title line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from gapcheck.parse.bullets import is_bullet
from gapcheck.parse.dates import DATE_RE
from gapcheck.parse.header_fields import (
    bar_fields,
    field_parts,
    header_parts,
    line_parts,
    org_and_unit,
)
from gapcheck.parse.headings import ORG_WORDS
from gapcheck.parse.lines import blocks
from gapcheck.parse.parts import (
    _PLACEHOLDER_ORG,
    _titled,
    _words,
    drop_places,
    ends_on_legal_form,
    split_parts,
)
from gapcheck.parse.role_context import (
    _above,
    _bare_org,
    _lead_blocks,
    _next_blocks,
    _org_line,
    _own_header,
    _short,
    is_location_line,
)
from gapcheck.parse.role_headers import (
    glued_header,
    glued_tail,
    title_case,
    undated_glued,
)
from gapcheck.parse.role_lines import join_dates_column, role_span
from gapcheck.parse.role_split import split_title_org, wrapped_title
from gapcheck.parse.role_teams import team_titles
from gapcheck.parse.sections import Line
from gapcheck.records import Role


@dataclass(frozen=True)
class RoleHit:
    role: Role
    lines: frozenset[int]  # Line.index of the header lines
    anchor: int  # Line.index of the dates line


def find_roles(
    lines: list[Line], section: str, today: date | None = None
) -> list[RoleHit]:
    hits: list[RoleHit] = []
    used: set[int] = set()
    org_above = False  # the last role's organisation was on a line above its dates
    lines = join_dates_column(lines)
    grouped = blocks(lines)
    for b, block in enumerate(grouped):
        for pos, line in enumerate(block):
            if line.index in used:
                continue
            span = role_span(line)
            if span is None:
                continue
            rest = (line.text[: span.begin] + "  " + line.text[span.finish :]).strip()
            tail = glued_tail(line.text, span)
            if tail is not None:  # "Sales Associate 01/1996 to 01/1999
                # Company Name City , State Fielded an average of 150 calls..."
                rest = f"{line.text[: span.begin].strip()}  {tail}"
            rest = DATE_RE.sub(" ", rest)  # "Summer 2012 and 2013"
            rest = re.sub(r"(?i)^(?:from|since)\b|\b(?:from|since|and|&)\s*$", "", rest)
            header = [line]
            above = _own_header(rest, _above(block[:pos], used), block[:pos])
            if not above and not hits and b == 0 and pos == 1 and _lower_lead(block[0]):
                above = [block[0]]  # "resulta" over "Developer<TAB>2016 – Present"
            if (
                rest
                and above
                and all(is_bullet(ln.text) for ln in above)
                and any(ln.index in used for ln in block[:pos])
                and not any(
                    is_bullet(ln.text) for ln in block[:pos] if ln.index in used
                )
            ):
                # "• Medical Robotics" over "Globex, Lyon, France<TAB>2015 – 2018":
                # bullets after a role of the same block are that role's text when
                # the dates line names its own header, unless that role's header
                # was bulleted too ("• Google<TAB>Mountain View, CA")
                above = []
            after = [  # a place after the dates ("(Saint-Petersburg, Russia)") is not
                # the header's title or organisation
                ln
                for ln in _next_blocks(grouped[b + 1 :], used)
                if not is_location_line(ln.text)
            ]
            below = block[pos + 1] if pos + 1 < len(block) else None
            if pos == len(block) - 1 and not rest and after and not above:
                # "2016 / 09" / "Engineer" / "University of Bremen", each after a
                # blank line: the header is below the dates
                header = [line, *after]
            elif (
                below is not None
                and _org_line(below)
                # "Org – Place" over each dates line: the section's first role,
                # or one after a role whose organisation was above its dates
                and not ((org_above or not hits) and above)
                and (
                    rest
                    or _titled(below.text)
                    or not all(title_case(ln.text) for ln in above)
                    or (  # "...analytical SOPs" / "01/2001 to 01/2003" / "Chemist
                        # Company Name – City , State": the last role's text
                        pos == 0
                        and b > 0
                        and not all(
                            title_case(ln.text)
                            for ln in _lead_blocks(grouped[:b], used)
                        )
                    )
                )
            ):
                # "Stylist , 07/2018 to 10/2018" over "Company Name – City , State",
                # or lone dates over "Teller Company Name – City , State": the lines
                # above are the last role's text
                pass
            elif above and len(above) == pos and b > 0:
                # "Google" / "Mountain View, CA" / "Engineer + dates", blank-separated
                header = [*_lead_blocks(grouped[:b], used, above), line]
            elif above:
                header = [*above, line]
            elif pos == 0 and b > 0 and not _titled(rest):
                # dates (and no title) after a blank line: the title lines end the
                # block before (after the last role's bullets)
                lead = _lead_blocks(grouped[:b], used)
                if not rest or any(_titled(ln.text) for ln in lead):
                    header = [*lead, line]
            parts = header_parts(
                [rest if ln is line else ln.text for ln in header], is_location_line
            )
            if header == [line] and rest and below is not None and _bare_org(below):
                # "Senior Executive - Finance 08/2008 to 09/2015" over "Company
                # Name": the organisation is below, so the dash is the title's
                parts = split_parts(_DASH.sub(" \u2011 ", rest))
                parts = [p.replace(" \u2011 ", " - ") for p in parts]
            if (
                header == [line]
                and pos == len(block) - 1
                and rest
                and len(drop_places(parts)) == 1
                and not ORG_WORDS & _words(rest)
                and b + 1 < len(grouped)
                and grouped[b + 1][0].index not in used
                and _org_line(grouped[b + 1][0])
            ):
                # "Director of Customer Service Apr 1998 to Nov 2001", a blank line,
                # "Company Name – City , State": the organisation's line is next
                header.append(grouped[b + 1][0])
                parts += split_parts(grouped[b + 1][0].text)
            elif (
                header == [line]
                and pos == len(block) - 1
                and rest
                and b + 1 < len(grouped)
                and grouped[b + 1][0].index not in used
                and _title_under(parts, grouped[b + 1][0])
            ):
                # "Mozilla Foundation<TAB>2006 to Present", a blank line (a page
                # break), "Open Source Contributor": the title opens the next block
                header.append(grouped[b + 1][0])
                parts += split_parts(grouped[b + 1][0].text)
            # dates on their own line: title and company may both be below it
            room = 2 if len(header) == 1 and not parts else 1
            for k, below in enumerate(block[pos + 1 : pos + 1 + room], pos + 1):
                if (
                    len(drop_places(parts)) >= 2
                    and not _title_under(parts, below)
                    and not _org_under(
                        parts, below, block[k + 1 : k + 2], next_role=not org_above
                    )
                ):
                    break
                if org_above and _heads_next(parts, block[k + 1 : k + 2]):
                    break
                glued = None if _short(below) else glued_header(below.text)
                if glued is not None:  # "Company Name City , State Title Did..."
                    header.append(below)
                    parts += split_parts(glued)
                    break
                if not _short(below) or is_location_line(below.text):
                    break
                header.append(below)
                parts += line_parts(below.text, split_parts(below.text), parts)
            if header[0] is line and len(header) > 1 and rest:
                # "Hartwell Analytics, Emergency Department<TAB>dates" over the title
                own = split_parts(rest)
                if parts[: len(own)] == own:
                    parts = (
                        org_and_unit(rest, own, parts[len(own) :]) + parts[len(own) :]
                    )
            if tail is None:
                fields = [rest if ln is line else ln.text for ln in header]
                parts = bar_fields(fields) or field_parts(fields) or parts
                if header[-1] is line and len(header) == 3:
                    parts = wrapped_title(fields[:2], rest) or parts
            title, org = split_title_org(parts)
            if len(header) == 2 and header[0].index < line.index and tail is None:
                title, org = _org_place_over(header[0].text, rest, title, org)
            if title is None and org is None and span.start == span.end:
                continue  # a lone date in a description
            used.update(ln.index for ln in header)
            org_above = org is not None and any(
                ln.index < line.index and org in ln.text for ln in header
            )
            role = Role(
                title=title,
                organization=org,
                start=span.start,
                end=span.end,
                current=span.current,
                dates=span.text,
                months=span.months(today),
                section=section,
            )
            hits.append(RoleHit(role, frozenset(ln.index for ln in header), line.index))
    hits = _one_company(_one_order(_no_lone_achievements(hits, lines), lines), lines)
    text_of = {ln.index: ln.text for ln in lines}
    teams = team_titles(
        [
            (h.role, text_of.get(h.anchor) if h.lines == {h.anchor} else None)
            for h in hits
        ]
    )
    hits = [replace(h, role=role) for h, role in zip(hits, teams, strict=True)]
    if section == "experience":
        hits += _undated(lines, used, section)
        hits.sort(key=lambda h: min(h.lines))
    return hits


_DASH = re.compile(r"\s+[-–—]\s+")
_ORG_PLACE = re.compile(r"^(?P<org>[^,–—]+?)(?:\s+[–—-]\s+|,\s*)(?P<place>.+)$")


def _org_place_over(
    above: str, rest: str, title: str | None, org: str | None
) -> tuple[str | None, str | None]:
    """ "Org — Place" (or "Org, Place") over "Title<TAB>dates", no job-title word in
    either ("Fremtind — Oslo, Norge" over "Frontend-utvikler<TAB>May 2024 –
    Present"): the dates line's own name is the role's title and the line above
    names its organisation and where it is. Read only when the reading by parts
    would drop the dates line's name (title and organisation both from the line
    above, the place taken for the organisation)."""
    own = drop_places(split_parts(rest))
    if len(own) != 1 or _titled(own[0]) or _titled(above):
        return title, org
    name = own[0]
    if name in (title, org):
        return title, org
    m = _ORG_PLACE.match(above.strip())
    if m is None or "\t" in above:
        return title, org
    place = [w for w in re.split(r"[,\s]+", m["place"]) if w]
    if not 1 <= len(place) <= 4 or not all(w[:1].isupper() for w in place):
        return title, org
    return name, m["org"].strip()


def _lower_lead(line: Line) -> bool:
    """The section's first line naming an organisation in lower case ("resulta",
    "bitcrowd"): one or two words, no end mark, no dates; nothing can have wrapped
    onto the first line of a section."""
    text = line.text.strip()
    words = text.split()
    return (
        1 <= len(words) <= 2
        and text[:1].islower()
        and not is_bullet(text)
        and not re.search(r"[.!?:;,]$", text)
        and role_span(line) is None
        and not _titled(text)
    )


def _heads_next(parts: list[str], after: list[Line]) -> bool:
    """Whether the line under a role's dates line heads the next role instead (in a
    section whose last role had its organisation above its dates): the
    role has its title, and the line after that one is the next role's dates line
    with a job title and no organisation of its own ("Senior Engineer<TAB>2019 -
    2022", "Wealthsimple", "Software Engineer<TAB>2017 - 2019": roles under their
    company's line)."""
    if not after or not any(_titled(p) for p in parts):
        return False
    span = role_span(after[0])
    if span is None:
        return False
    text = after[0].text
    own = drop_places(
        split_parts(DATE_RE.sub(" ", text[: span.begin] + text[span.finish :]))
    )
    return len(own) == 1 and _titled(own[0])


def _org_under(
    parts: list[str], below: Line, after: list[Line], *, next_role: bool = False
) -> bool:
    """Whether ``below`` is the organisation of a dates line that names a title cut
    by a comma or a dash ("Software Engineer, Platform<TAB>Apr 2021 - Present" over
    "Google, Mountain View, CA"): one name (and its place), no job title, right over
    the role's text (a bullet or a long line) or, with ``next_role`` (no role of the
    section so far had its organisation above its dates), over the next role's
    dates line with a job title of its own ("Engineer Quality - System
    Integration<TAB>01/2013 – 06/2014" / "Roche Diagnostics, Rotkreuz, Switzerland"
    / "Development Engineer<TAB>08/2012 – 11/2012")."""
    own = drop_places(parts)
    text = below.text
    if len(own) != 2 or not _titled(own[0]) or _titled(own[1]):
        return False
    if ends_on_legal_form(own[1]):
        # "Web Developer, Panang Kommunikation AB" over "Falun": a company's legal
        # form ends the second part, so it is the organisation, no team
        return False
    if is_bullet(text) or not _short(below) or not title_case(text):
        return False
    name = drop_places(split_parts(text))
    if len(name) != 1 or _titled(name[0]) or is_location_line(text):
        return False
    return bool(after) and (
        is_bullet(after[0].text)
        or len(after[0].text.split()) >= 8
        or (next_role and _dated_title(after[0]))
    )


def _dated_title(line: Line) -> bool:
    """A dates line that names a job title besides its dates."""
    span = role_span(line)
    if span is None:
        return False
    text = line.text
    own = split_parts(DATE_RE.sub(" ", text[: span.begin] + text[span.finish :]))
    return any(_titled(p) for p in own)


def _title_under(parts: list[str], below: Line) -> bool:
    """Whether ``below`` is the title of a header whose parts so far name no job
    title ("University of California, Berkeley<TAB>2012 - 2014" over "Teaching
    Assistant"): a short title-case line with a job-title word, no bullet."""
    return (
        not any(_titled(p) for p in parts)
        and not is_bullet(below.text)
        and _short(below)
        and title_case(below.text)
        and _titled(below.text)
        and not is_location_line(below.text)
    )


def _one_company(hits: list[RoleHit], lines: list[Line]) -> list[RoleHit]:
    """Several roles under one organisation: "Acme Corp" on a line of its own over
    "Senior Engineer<TAB>2020 - Present", then "Engineer<TAB>2018 - 2019" with no
    organisation of its own. A role with a title and no organisation takes the
    organisation of the role before it when that one stood alone on a line above
    its title (a company heading its roles)."""
    text = {ln.index: ln.text for ln in lines}
    company: str | None = None
    out = []
    for h in hits:
        role = h.role
        if role.organization is None and role.title and company is not None:
            h = RoleHit(replace(role, organization=company), h.lines, h.anchor)
        elif role.organization is not None:
            alone = [
                i
                for i in h.lines
                if i < h.anchor
                and drop_places(split_parts(text.get(i, ""))) == [role.organization]
            ]
            company = role.organization if alone and role.title else None
        out.append(h)
    return out


def _orientation(hit: RoleHit, text: dict[int, str]) -> tuple[str, bool] | None:
    """Where a role's title and organisation stand: ("below", True) for an
    organisation on the dates line over its title, ("below", False) the other way
    round, ("above", ...) for a header line above the dates line, ("same", True)
    for "Title, Company" on one line and ("same", False) for "Company — Title",
    ("stacked", True) for the title's line over the organisation's, both over or
    under the dates line (and False the other way round); None when the text does
    not say."""
    title, org = hit.role.title, hit.role.organization
    if not title or not org:
        return None
    here = text.get(hit.anchor, "")
    if len(hit.lines) == 1:
        at, of = here.find(title), here.find(org)
        if at < 0 or of < 0 or at == of:
            return None
        return "same", at < of
    if len(hit.lines) > 2:
        # "Title" / "Organisation · Place" / "dates": a line each, in an order
        others = sorted(hit.lines - {hit.anchor})
        at_title = [i for i in others if title in text.get(i, "")]
        at_org = [i for i in others if org in text.get(i, "")]
        if (
            len(at_title) == 1
            and len(at_org) == 1
            and at_title != at_org
            and title not in here
            and org not in here
        ):
            return "stacked", at_title[0] < at_org[0]
        return None
    if len(hit.lines) != 2:
        return None
    (other,) = hit.lines - {hit.anchor}
    place = "below" if other > hit.anchor else "above"
    there = text.get(other, "")
    if title in there and org in here and title not in here:
        return place, True
    if title in here and org in there and org not in here:
        return place, False
    return None


def _one_order(hits: list[RoleHit], lines: list[Line]) -> list[RoleHit]:
    """A section's roles are written in one layout: where job-title words tell the
    title from the organisation in one or more roles ("Kinetic Vision<TAB>2023 -
    2025" over "Software Developer II"; "Shopify — Principal Engineer") and none of
    the same shape disagrees, a role of that shape with no title word ("Joint
    Research for Demo<TAB>2025" over "AI Red Team / Pentester"; "City of Toronto —
    IT Support"), or with title words in both parts, is read in the same order."""
    text = {ln.index: ln.text for ln in lines}
    votes: dict[str, set[bool]] = {}
    for h in hits:
        if _titled(h.role.title or "") and not _titled(h.role.organization or ""):
            found = _orientation(h, text)
            if found is not None:
                votes.setdefault(found[0], set()).add(found[1])
    out = []
    for h in hits:
        # no title word, or one in both ("Executive Office of the President" over
        # "IT Project Manager<TAB>dates")
        unsure = _titled(h.role.title or "") == _titled(h.role.organization or "")
        found = _orientation(h, text) if unsure else None
        if found is not None and votes.get(found[0]) == {not found[1]}:
            role = replace(h.role, title=h.role.organization, organization=h.role.title)
            h = RoleHit(role, h.lines, h.anchor)
        out.append(h)
    return out


_RANGE = re.compile(r"(?i)[-–—]|\bto\b|\bsince\b|\bpresent\b|\bcurrent\b|\bnow\b")


def _no_lone_achievements(hits: list[RoleHit], lines: list[Line]) -> list[RoleHit]:
    """Where roles have date ranges, a single date anchors no role unless a job
    title or an organisation goes with it: "Won the Sales Driver Award, FY 2009" and
    "Achieved 125% of 1999 YTD sales quota" are achievements of the role above.

    A header laid out as the ranged ones, a title and an organisation before a tab
    and the date alone after it ("Kontorassistent, Handwerkskammer Lübeck<TAB>Oct
    2019" under "Studenterunderviser, Djøf<TAB>2023 – Present"), is a role of one
    month, in any language; so is one stacked as the ranged ones, a title line, an
    organisation line and a date line in the same order ("Productowner" / "Machine
    Learning Programs" / "10/2011" under "Title" / "Org" / "08/2016 - 12/2018")."""
    if not any(_RANGE.search(h.role.dates or "") for h in hits):
        return hits
    text = {ln.index: ln.text for ln in lines}

    def right_cell(hit: RoleHit) -> bool:
        line = text.get(hit.anchor, "")
        return "\t" in line and (hit.role.dates or "\0") in line.rsplit("\t", 1)[1]

    tabbed = any(right_cell(h) for h in hits if _RANGE.search(h.role.dates or ""))

    def shape(hit: RoleHit) -> tuple[int, int]:
        """How many lines the header has, and which of them holds the dates."""
        return len(hit.lines), sorted(hit.lines).index(hit.anchor)

    stacked = {
        shape(h)
        for h in hits
        if _RANGE.search(h.role.dates or "") and len(h.lines) >= 2
    }
    return [
        h
        for h in hits
        if _RANGE.search(h.role.dates or "")
        or _titled(h.role.title or "")
        or (
            tabbed
            and right_cell(h)
            and h.role.title is not None
            and h.role.organization is not None
            and h.lines == {h.anchor}
        )
        or (  # title, organisation and date lines stacked as the ranged roles'
            shape(h) in stacked
            and h.role.title is not None
            and h.role.organization is not None
        )
        or (
            h.role.organization is not None
            and (
                _PLACEHOLDER_ORG.search(h.role.organization)
                or ORG_WORDS & _words(h.role.organization)
            )
        )
    ]


#: "Barista / Blue Bottle Coffee", "Chef at Noma": a title and an organisation.
_TITLE_AND_ORG = re.compile(r"[A-Z][^/|@]{1,40}\s(?:/|\||@|at)\s[A-Z][^/|@]{1,40}")


def _undated(lines: list[Line], used: set[int], section: str) -> list[RoleHit]:
    """Roles written without dates ("EXECUTIVE ASSISTANT", "Barista / Blue Bottle
    Coffee"): a short line with a job-title word that stands on its own (after a
    blank line, a bullet or a sentence) over a bullet or a paragraph."""
    hits = []
    content = [ln for ln in lines if ln.text]
    for i, line in enumerate(content):
        text = line.text
        glued = undated_glued(line.text) if line.index not in used else None
        if glued is not None:  # "Company Name City , State Account Consultant"
            role = Role(title=glued[0], organization=glued[1], section=section)
            hits.append(RoleHit(role, frozenset({line.index}), line.index))
            continue
        if line.index in used or is_bullet(text) or not _short(line):
            continue
        if (
            len(text.split()) > 8
            or not text[:1].isupper()
            or re.search(r"[.,;:!?]$", text)
            or not title_case(text)
            or not (_titled(text) or _TITLE_AND_ORG.fullmatch(text))
        ):
            continue
        nxt = content[i + 1] if i + 1 < len(content) else None
        if nxt is None or not (is_bullet(nxt.text) or len(nxt.text.split()) >= 8):
            continue
        prev = content[i - 1] if i else None
        if prev is not None and prev.index in used:
            continue  # the line under a role's header
        fresh = (
            prev is None
            or prev.index < line.index - 1  # a blank line between
            or is_bullet(prev.text)
            or re.search(r"[.!?]$", prev.text)
            or len(prev.text.split()) >= 8
        )
        if not fresh:
            continue
        pair = _TITLE_AND_ORG.fullmatch(text) and not _titled(text.split("/")[-1])
        parts = re.split(r"\s/\s", text, maxsplit=1) if pair else split_parts(text)
        title, org = split_title_org(parts)
        role = Role(title=title, organization=org, section=section)
        hits.append(RoleHit(role, frozenset({line.index}), line.index))
    return hits
