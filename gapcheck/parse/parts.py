"""A role's header line cut into its parts: title, organisation, places
("Senior Engineer | Acme Corp – Payments Division | Austin, TX"), and which part is
the title and which the organisation."""

from __future__ import annotations

import re

from gapcheck.parse.bullets import strip_bullet
from gapcheck.parse.contact import _is_country, is_region
from gapcheck.parse.headings import ORG_WORDS, TITLE_WORDS, word_set
from gapcheck.parse.org_side import org_like

_SPLIT = re.compile(
    r"\s*\t\s*|\s+[|·•—–]\s+|\s+-\s+|\s*\|\s*|[,;]\s+|\s+at\s+|\s+@\s+|\s{2,}"
    r"|\s+@(?=[A-Z][\w.&-]*(?:\s|$))"  # "Software Engineer @UB"
)
#: A legal suffix after its company's comma, with a note after it ("Bridgevine, Inc.
#: (acquired by Updater)") or a brand ("Y. Hata & Co., Ltd. / ChefZone").
_SUFFIX = re.compile(
    r"^(?:inc|llc|ltd|corp|co|plc|gmbh|pvt|llp|s\.?a|ag)\.?"
    r"(?:\s*\([^()]*\)|\s+/\s+\S.*)?$",  # "... / ChefZone": a brand after it
    re.I,
)
_PLACE_WORDS = frozenset({"remote", "hybrid", "on-site", "onsite", "worldwide"})
#: A part naming only how a job was held ("Part-time", "Stage", "Contract"): it
#: goes with the title before it ("Développeur web | Part-time, BigInt").
_EMPLOYMENT = re.compile(
    r"(?i)(?:part|full)[- ]?time|contract|freelance|internship|stage|temporary|temp"
    r"|seasonal|casual|per diem|permanent|apprenticeship|alternance|praktikum"
)
#: Working on one's own account, written where the organisation goes: the
#: organisation when it ends the header ("Consultant, Freelance"), how the job was
#: held when an organisation follows ("Designer | Freelance, Acme").
_OWN_ACCOUNT = re.compile(r"(?i)freelance|self[- ]employed|independent")
#: A spaced hyphen or dash between two pieces of a header.
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")


def _words(text: str) -> set[str]:
    return {w.lower().strip(".,()") for w in text.split()}


_DASH_SEP = re.compile(r"\s+[-–—]\s+")
#: A sub-unit written after its organisation ("Acme Corp – Payments Division").
_SUBUNIT = re.compile(
    r"(?i)^(?:division|department|dept\.?|faculty|school|office|centre|center)\b"
    r"|\b(?:division|department|dept|team|unit|office|lab|laboratory|centre|center|"
    r"group)$"
)
#: A unit named by the work it does, in two words or more ("CenturyLink Corporation
#: - Network Systems Management", "... Department of Health Services – Supply
#: Chain"); one word ("IT Support", "Sales") can be the job itself.
_FUNCTION_UNIT = re.compile(
    r"(?i)\b(?:management|operations|supply chain|logistics|procurement|engineering"
    r"|finance|accounting|research|development|r&d|infrastructure|security"
    r"|analytics|communications|purchasing|compliance)$"
)


def _subunit(part: str) -> bool:
    return _SUBUNIT.search(part) is not None or (
        _FUNCTION_UNIT.search(part) is not None
        and len(part.split()) >= 2
        and not _titled(part)
    )


#: An owner written after an organisation's name: "A PointClickCare Company", "an
#: IBM company", "A Subsidiary of Acme".
_OWNED_BY = re.compile(
    r"(?i:an?)\s+(?:[A-Z][\w.&'-]*\s+){1,3}(?i:company|business|subsidiary)"
    r"|(?i:an?\s+subsidiary\s+of)\s+[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}"
)
#: The placeholders of anonymised resumes ("Company Name - City , State").
_PLACEHOLDER_ORG = re.compile(r"\bCompany ?Name\b|\bCity(?= ?, ?State\b)")
_PLACEHOLDER_PLACES = frozenset({"City", "State", "Country"})


#: Job-title words that only a role's header reads as such (a heading or a contact
#: line holding one is no title): positions of public resumes that name no trade
#: ("Member of Technical Staff", "Contractor", "Student", "Maintainer").
_ROLE_TITLE_WORDS = word_set(
    "contractor freelancer volunteer student member "
    "mentor coach trainee tester translator photographer artist entrepreneur "
    "ambassador organizer organiser sre sde swe "
    # a position named by its kind, in the title's place ("Internship – Ultrasound
    # Technology" over "JWI-Charité Hospital, Berlin")
    "internship apprenticeship traineeship praktikum "
    # job titles of resumes written in other languages ("Développeur web",
    # "Ingeniero de Software", "Softwareentwickler", "Responsable du développement")
    "développeur developpeur développeuse ingénieur ingenieur ingénieure "
    "responsable directeur directrice formateur formatrice professeur enseignant "
    "enseignante stagiaire président présidente technicien technicienne analyste "
    "chargé chargée conseiller conseillère gérant gérante chef "
    "desarrollador desarrolladora ingeniero ingeniera jefe gerente profesor profesora "
    "técnico técnica consultor consultora coordinador coordinadora becario becaria "
    "desenvolvedor desenvolvedora engenheiro engenheira estagiário estagiária "
    "entwickler entwicklerin softwareentwickler berater beraterin leiter leiterin "
    "praktikant praktikantin werkstudent geschäftsführer "
    "sviluppatore ingegnere responsabile direttore ontwikkelaar medewerker adviseur "
    "analista programador programadora diseñador diseñadora doktorand doktorandin"
)


#: A company's legal form, in the countries' own abbreviations ("Scandbook AB",
#: "Fremtind AS", "Netcompany A/S", "Reaktor Oy", "Acme S.p.A.", "Bridgevine, Inc.").
_LEGAL_FORM = (
    r"(?:AB|AS|ASA|A/S|ApS|Oy|Oyj|NV|N\.V\.|BV|B\.V\.|SpA|S\.p\.A\.|S\.r\.l\.|SRL|"
    r"SARL|SAS|S\.A\.S\.|S\.A\.|SA|AG|GmbH|KG|KK|Pty(?: Ltd)?|Ltd\.?|Inc\.?|LLC|LLP|"
    r"PLC|plc|Corp\.?|Co\.)"
)


def ends_on_legal_form(text: str) -> bool:
    """Whether a name ends on a company's legal form ("Panang Kommunikation AB")."""
    return re.search(rf"\s{_LEGAL_FORM}$", text) is not None


def opens_on_legal_form(text: str) -> bool:
    """Whether a part is a legal form cut from its name by a comma ("Inc. (acquired
    by Updater)" after "Bridgevine")."""
    return re.match(rf"{_LEGAL_FORM}(?:\s*\(.*\))?$", text) is not None


#: A job-title word used as a verb: an article right after it ("Project Lead the
#: Way", "Engineer the Future").
_VERB_USE = re.compile(r"(?i)\b(\w+)\s+(?:the|a|an)\s")


def _titled(text: str) -> bool:
    """Does ``text`` hold a job-title word ("Engineer", "Intern"), not used as a
    verb ("Project Lead the Way")?"""
    words = _words(text.replace("/", " "))  # "Web Designer/Developer"
    words -= {m.group(1).lower() for m in _VERB_USE.finditer(text)}
    return (
        bool((TITLE_WORDS | _ROLE_TITLE_WORDS) & words)
        or re.search(r"(?i)\bintern\b", text) is not None
    )


#: A place set apart by a field gap (a tab): "City, Region" or "City, Country".
_FIELD_PLACE = re.compile(r"([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}), ([^,\t]+)")


def split_parts(text: str) -> list[str]:
    """A header line cut at its separators into title, organisation, places...

    A field after a tab (a right-aligned column) that is a place, "San Francisco,
    CA", is one part, which :func:`drop_places` drops whole."""
    if "\t" in text:
        head, *fields = text.split("\t")
        out = split_parts(head)
        for f in fields:
            f = f.strip()
            if _field_place(f):
                out.append(f)
            else:
                out += split_parts(f)
        return out
    text = _PLACEHOLDER_ORG.sub(lambda m: f"  {m.group(0)}  ", strip_bullet(text))
    parts: list[str] = []
    pos = 0
    pieces = []
    for match in _SPLIT.finditer(text):
        pieces.append((text[pos : match.start()], match.group(0)))
        pos = match.end()
    pieces.append((text[pos:], ""))
    pieces = _title_run(_keep_brackets(pieces))
    sep_before = ""
    seps: list[str] = []  # the separator before each part of ``parts``
    for k, (raw, sep) in enumerate(pieces):
        part = re.sub(r"\s*\(\s*\)", "", raw).strip(" ,;:|-–—")  # "(dates)" gone
        before, sep_before = sep_before, sep
        if not part:
            continue
        last = not any(r.strip(" ,;:|-–—()") for r, _ in pieces[k + 1 :])
        if (
            parts
            and _EMPLOYMENT.fullmatch(part)
            and _titled(parts[-1])
            and before.strip() in {"|", "-", "–", "—", "·", ","}
            and not (last and _OWN_ACCOUNT.fullmatch(part))
        ):
            glue = ", " if before.strip() == "," else f" {before.strip()} "
            parts[-1] = f"{parts[-1]}{glue}{part}"
            continue
        if parts and _SUFFIX.match(part):
            parts[-1] = f"{parts[-1]}, {part}"
            continue
        if (
            parts
            and before.strip() == ","
            and part[:1].islower()
            and len(part.split()) > 1  # not a lower-case name ("SRE, npm, Inc.")
            and part.lower() not in _PLACE_WORDS
            # nor a name written in lower case: a legal form in it ("planetmutlu
            # gmbh & co. kg"), capitals inside its first word ("iFAX Solutions")
            and not re.search(rf"(?i)\b{_LEGAL_FORM}(?!\w)", part)
            and not re.search(r"[A-Z]", part.split()[0])
        ):
            parts[-1] = f"{parts[-1]}, {part}"  # "X, the moonshot factory"
            continue
        if (
            parts
            and _DASH_SEP.fullmatch(before)
            and (_subunit(part) or _unit_after_org(parts, part))
            and not TITLE_WORDS & _words(parts[-1])
            and not _is_place(part)
        ):
            parts[-1] = f"{parts[-1]} – {part}"  # "Acme Corp – Payments Division"
            continue
        if parts and _DASH_SEP.fullmatch(before) and _OWNED_BY.fullmatch(part):
            # "Audacious Inquiry - A PointClickCare Company": who owns it, still
            # naming it, wherever the title is written
            parts[-1] = f"{parts[-1]} {before.strip()} {part}"
            continue
        rest = [r.strip(" ,;:|-–—") for r, _ in pieces[k + 1 :]]
        rest = [r for r in rest if r]
        if _dash_qualified_title(parts, seps, before, part):
            # "Senior Engineer – Platform – Oakridge Systems": of two dashes, the one
            # before the side that looks like an organisation splits
            parts[-2:] = [f"{parts[-2]} {seps[-1].strip()} {parts[-1]}"]
            seps.pop()
        elif (
            len(parts) >= 2
            and _DASH_SEP.fullmatch(before)
            and _spells_out(parts, part)
            and all(_is_place(r) for r in rest)  # "..., Paris, France" may follow
            and not (rest and _is_place(f"{part}, {rest[0]}"))  # "Mountain View, CA"
        ):
            # "Teacher, EEMI - École Européenne des Métiers de l'Internet"
            parts[-1] = f"{parts[-1]} {before.strip()} {part}"
            continue
        region = re.match(r"^([A-Z]{2}|State)\s+(?=[A-Z])(.+)$", part)
        if (
            parts
            and "," in before
            and region
            and _is_place(region.group(1))
            and not re.match(r"(?i)(?:university|college)\b", region.group(2))
        ):
            parts += [region.group(1), region.group(2)]  # "..., CA Software Engineer"
            seps += [before, ""]
            continue
        parts.append(part)
        seps.append(before)
    return _unglue_city(_dash_qualifier(parts, seps))


def _unit_after_org(parts: list[str], part: str) -> bool:
    """ "Staff Nurse, Saint Aldric Hospital - Renal Unit": after a job title and a
    part that looks like an organisation, a dash and a capitalised piece that is
    neither a title, an organisation of its own nor how the job was held name a unit
    of that organisation."""
    return (
        len(parts) >= 2
        and org_like(parts[-1])
        and any(_titled(p) for p in parts[:-1])
        and part[:1].isupper()
        and not _titled(part)
        and not org_like(part)
        and not _EMPLOYMENT.fullmatch(part)
    )


def _title_run(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "Staff Financial Engineer - Payments – Ashgrove Medical Center – Renal Unit":
    pieces joined by spaced dashes, split where the organisation begins, the first
    piece that looks like one (``org_like``), not at the first dash. The pieces
    before it are one (the title and its qualifiers) when the first holds a job-title
    word and none of them is a title, an organisation or a place of its own."""
    texts = [raw.strip(" ,;:|-–—") for raw, _ in pieces]
    for k in range(1, len(pieces)):
        if not _DASH_SEP.fullmatch(pieces[k - 1][1]):
            return pieces
        if not (org_like(texts[k]) and not _titled(texts[k])):
            continue
        lead = texts[:k]
        if (
            k < 2
            or not _titled(lead[0])
            or any(_titled(t) or org_like(t) or _is_place(t) for t in lead[1:])
        ):
            return pieces
        merged = "".join(raw + sep for raw, sep in pieces[: k - 1]) + pieces[k - 1][0]
        return [(merged, pieces[k - 1][1]), *pieces[k:]]
    return pieces


def _dash_qualified_title(
    parts: list[str], seps: list[str], before: str, part: str
) -> bool:
    """ "Title – Qualifier – Org": a job title, a piece that is neither a title nor
    an organisation, and a piece that looks like one (``org_like``), all joined by
    spaced dashes: the first dash is the title's."""
    return (
        len(parts) >= 2
        and len(seps) == len(parts)
        and _DASH_SEP.fullmatch(before) is not None
        and _DASH_SEP.fullmatch(seps[-1]) is not None
        and _titled(parts[-2])
        and not _titled(parts[-1])
        and not org_like(parts[-1])
        and not _is_place(parts[-1])
        and org_like(part)
        and not _titled(part)
    )


def _spells_out(parts: list[str], part: str) -> bool:
    """Does ``part``, after a spaced dash, go on naming the organisation that ends
    ``parts`` ("EEMI - École Européenne des Métiers de l'Internet", "Audacious
    Inquiry - A PointClickCare Company")? Only after a job title and its
    organisation, and when ``part`` is neither a title, a place nor how the job was
    held ("Google - Mountain View", "Acme - Contract" are not)."""
    return (
        _titled(parts[-2])
        and not _titled(parts[-1])
        and not _is_place(parts[-1])
        and not _titled(part)
        and not _is_place(part)
        and not _EMPLOYMENT.fullmatch(part)
        and (part[:1].isupper() or part[:1].isdigit())  # "360 Go Mobile Agency"
    )


def _qualified(a: str, b: str, *, named_elsewhere: bool = False) -> bool:
    """Two pieces joined by a dash that make one job title: exactly one holds a
    job-title word, and neither names an organisation (unless ``named_elsewhere``:
    another line names it) or a place."""
    return (
        _titled(a) != _titled(b)
        and (
            named_elsewhere
            or not (ORG_WORDS & (_words(a) | _words(b)) or org_like(a) or org_like(b))
        )
        and not (_is_place(a) or _is_place(b))
        and not (ends_on_legal_form(a) or ends_on_legal_form(b))
    )


def _dash_qualifier(parts: list[str], seps: list[str]) -> list[str]:
    """A job title and its qualifier joined by a spaced dash, with the organisation
    after them ("Fullstack Engineer - PHP/Javascript, Modus Create", "Chrome for
    Android - Software Developer Intern, Google"): one part, the title. Only when
    exactly one of the two pieces holds a job-title word, neither names an
    organisation or a place, and a later part (not a place) is there to be the
    organisation ("Engineer - Acme, Austin, TX" keeps "Acme")."""
    if len(seps) != len(parts) or len(parts) < 3:
        return parts
    named = len(drop_places(parts))  # "Austin, TX" at the end is no organisation
    for i in range(len(parts) - 2):
        a, b = parts[i], parts[i + 1]
        if (
            _SPACED_DASH.fullmatch(seps[i + 1])
            and _qualified(a, b)
            and named > i + 2
            and not _SPACED_DASH.fullmatch(seps[i + 2])
        ):
            dash = seps[i + 1].strip()
            return [*parts[:i], f"{a} {dash} {b}", *parts[i + 2 :]]
    return parts


def _keep_brackets(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Pieces rejoined where a separator fell inside brackets: "Frontend Developer
    (Freelance, Part-time)" is one part, not "Frontend Developer (Freelance" and
    "Part-time)"."""
    out: list[tuple[str, str]] = []
    depth = 0
    for raw, sep in pieces:
        if depth > 0 and out:
            last_raw, last_sep = out[-1]
            out[-1] = (last_raw + last_sep + raw, sep)
        else:
            out.append((raw, sep))
        depth = max(0, depth + raw.count("(") - raw.count(")"))
    if depth > 0:  # an unclosed bracket: cut as before
        return pieces
    return out


_LEGAL = re.compile(
    r"^(.*\b(?:inc|llc|ltd|corp|plc|gmbh|pvt|llp|ag|bv)\.?)((?:\s+[A-Z][a-z]+){1,2})$",
    re.IGNORECASE,
)


def _unglue_city(parts: list[str]) -> list[str]:
    """ "Northwind Labs Bellevue" before "WA": the city after the organisation's last
    organisation word is a part of its own."""
    out: list[str] = []
    for i, part in enumerate(parts):
        words = part.split()
        nxt = parts[i + 1] if i + 1 < len(parts) else ""
        if nxt and is_region(nxt) and len(words) >= 2:
            last = max(
                (k for k, w in enumerate(words) if w.lower().strip(".,") in ORG_WORDS),
                default=-1,
            )
            city = words[last + 1 :]
            if last >= 0 and 1 <= len(city) <= 3 and all(w[:1].isupper() for w in city):
                out += [" ".join(words[: last + 1]), " ".join(city)]
                continue
        legal = _LEGAL.match(part)
        if legal and legal.group(2).strip()[:1].isupper():
            out.append(legal.group(1))  # "We4IT GmbH Bremen": the city goes
            continue
        out.append(part)
    return out


def _field_place(part: str) -> bool:
    """ "San Francisco, CA", "Pilani, India": a city (up to three capitalised words,
    no organisation word) and a region or country."""
    match = _FIELD_PLACE.fullmatch(part)
    return (
        match is not None
        and (is_region(match.group(2)) or _is_country(match.group(2)))
        and not ORG_WORDS & _words(match.group(1))
    )


def _is_place(part: str) -> bool:
    if part.startswith("(") and part.endswith(")"):
        part = part[1:-1]  # "(Saint-Petersburg, Russia)"
    pieces = re.split(r"\s+[/&]\s+", part)
    if len(pieces) > 1:  # "IL / Remote", "MD & Washington": each piece a place
        return all(_is_place(p) for p in pieces)
    return (
        _field_place(part)
        or is_region(part)
        or _is_country(part)
        or part.lower() in _PLACE_WORDS
        or part in _PLACEHOLDER_PLACES
    )


def drop_places(parts: list[str]) -> list[str]:
    parts = list(parts)
    popped = False
    while parts and _is_place(parts[-1]):
        # a place whole with its town ("Denver, CO" set apart by a tab): the part
        # before it is no town ("Hartwell Analytics, Emergency Department")
        popped = "," not in parts.pop() and not _subunit(parts[-1] if parts else "")
    if popped and len(parts) > 2 and not ORG_WORDS & _words(parts[-1]):
        parts.pop()  # the city before "CA" / "USA"
    elif (
        popped
        and len(parts) == 2
        and not any(_titled(p) for p in parts)
        and not ORG_WORDS & _words(parts[-1])
        and len(parts[-1].split()) <= 3
        and parts[-1].istitle()
        and len(parts[0].split()) <= 6  # a name, not the end of a sentence
    ):
        # "Acme Corp, Austin, TX" (over "Senior Engineer"): no job title before the
        # city, so it is no title-and-organisation pair but a company and its place
        parts.pop()
    return [p for p in parts if not _is_place(p)]


def title_and_org(parts: list[str]) -> tuple[str | None, str | None]:
    parts = drop_places(parts)
    if not parts:
        return None, None
    for i in range(len(parts) - 1, 0, -1):
        if parts[i].startswith("(") and parts[i].endswith(")"):
            # "Bridgevine, Inc." over "(acquired by Updater) | dates": a note
            parts[i - 1 : i + 1] = [f"{parts[i - 1]} {parts[i]}"]
    placeholder = [p for p in parts if re.fullmatch(r"Company ?Name", p)]
    titled = [p for p in parts if _titled(p)]
    title = titled[0] if titled else None
    others = [p for p in parts if p != title]
    named = placeholder or [p for p in others if ORG_WORDS & _words(p)]
    if named and not placeholder:
        # a name that looks like an organisation before a unit named by an
        # organisation word ("Oakridge Media, IT Services") is the organisation
        lead = [p for p in others if org_like(p) and not _subunit(p)]
        if lead and others.index(lead[0]) < others.index(named[0]):
            named = [lead[0], *named]
    org = named[0] if named else (others[0] if others else None)
    at = parts.index(org) if org in parts else -1
    first = parts.index(title) if title in parts else 0
    lead = parts[first:at] if at > first else []
    if (
        named
        and title is not None
        and 0 <= parts.index(title) < at == len(parts) - 2
        and ORG_WORDS & _words(parts[-1])
        and not _titled(parts[-1])
    ):
        # "Research Intern, Institute for Space and Defense Electronics,
        # Vanderbilt University": a unit, then the organisation it belongs to
        return ", ".join(lead) or title, f"{org}, {parts[-1]}"
    if (
        named
        and lead
        and (title is None or parts.index(title) < at)
        and len(lead) <= 3
        and all(p[:1].isupper() and len(p.split()) <= 6 for p in lead)
    ):
        # "Sales Officer, Assistant Vice President, Company Name": all before the
        # organisation is the title.
        return ", ".join(lead), org
    tail = parts[at + 1 :] if at == 0 and title is not None else []
    if tail and tail[0] == title and len(tail) > 1:
        # "Company Name, Research Assistant, Legal Socialization Lab"
        keep = [tail[0]]
        for p in tail[1:4]:
            words = p.split()
            if not p[:1].isupper() or len(words) > 6:
                break
            if len(words) <= 2 and not (_titled(p) or ORG_WORDS & _words(p)):
                break  # "Mountain View": a city, not more of the title
            keep.append(p)
        return ", ".join(keep), org
    if title is not None and not named:
        at = parts.index(title)
        run = [title]
        for p in parts[at + 1 :]:
            if not _titled(p):
                break
            run.append(p)
        if len(run) > 1 and at + len(run) < len(parts):
            # "Owner, Programmer, 6eDesign": titles in a row, then the organisation
            return ", ".join(run), parts[at + len(run)]
    if title is None:
        if named:
            rest = [p for p in parts if p != org]
            title = rest[0] if rest else None
        else:
            title, org = parts[0], (parts[1] if len(parts) > 1 else None)
    return title, org
