"""Contact details of a resume: name, e-mail, phone, location, links, headline."""

from __future__ import annotations

import itertools
import re

from gapcheck.parse.bullets import is_bullet
from gapcheck.parse.dates import find_span
from gapcheck.parse.headings import ORG_WORDS, TITLE_WORDS, word_set
from gapcheck.parse.sections import Line, canonical, split_lines
from gapcheck.records import Contact

EMAIL_RE = re.compile(r"[\w.+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
#: Digits in groups split by spaces, dots, hyphens or dashes ("614–555–0199").
#: Never across a line break ("MCP ID 2797345" over "2000 Server Administration").
PHONE_RE = re.compile(
    # the country code with "+", or North America's "1" before "(253)"
    r"(?<![\w/.-])(?:\+[ \t]?\d{1,3}[ \t.\-–—]?|1[ \t.\-–—]?(?=\(\d{3}\))"
    r"|\(\+\d{1,3}\)[ \t.\-–—]?)?"  # "(+420) 603 591 439"
    r"(?:\(\d{1,5}\)[ \t.\-–—]?)?"
    r"\d{1,5}(?:[ \t.\-–—]?\d{1,5}){1,5}(?![\w/])"
)
_LINK_HOSTS = (
    r"linkedin\.com|github\.com|gitlab\.com|bitbucket\.org|stackoverflow\.com|"
    r"behance\.net|dribbble\.com|medium\.com|kaggle\.com|twitter\.com|x\.com"
)
LINK_RE = re.compile(
    rf"(?<![@\w.])(?:https?://)?(?:www\.)?(?:{_LINK_HOSTS})/[^\s,|;<>()\"']+",
    re.IGNORECASE,
)
URL_RE = re.compile(
    r"(?<![@\w.])(?:https?://[^\s,|;<>()\"']+|www\.[^\s,|;<>()\"']+|"
    r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|io|dev|me|net|org|app|ai|co|xyz|"
    r"page|site|tech|info|design|blog)(?:/[^\s,|;<>()\"']*)?)(?![\w@])",
    re.IGNORECASE,
)

US_STATES = frozenset(
    word_set(
        "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT "
        "NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR "
        "ON QC BC AB MB NS NB NL PE SK"
    )
)
#: States spelled out ("Columbus, Ohio"), and the placeholder of anonymised resumes
#: ("City , State").
STATE_NAMES = word_set(
    """alabama, alaska, arizona, arkansas, california, colorado, connecticut,
    delaware, florida, georgia, hawaii, idaho, illinois, indiana, iowa, kansas,
    kentucky, louisiana, maine, maryland, massachusetts, michigan, minnesota,
    mississippi, missouri, montana, nebraska, nevada, new hampshire, new jersey,
    new mexico, new york, north carolina, north dakota, ohio, oklahoma, oregon,
    pennsylvania, rhode island, south carolina, south dakota, tennessee, texas, utah,
    vermont, virginia, washington, west virginia, wisconsin, wyoming, ontario,
    quebec, british columbia, alberta, manitoba, nova scotia""",
    ",",
)
COUNTRIES = word_set(
    """usa, us, u.s.a, u.s, united states, uk, u.k, united kingdom, england,
    scotland, wales, ireland, canada, australia, new zealand, india, germany, france,
    spain, italy, portugal, netherlands, belgium, switzerland, austria, sweden, norway,
    denmark, finland, poland, czechia, czech republic, romania, greece, turkey, israel,
    uae, united arab emirates, saudi arabia, qatar, egypt, nigeria, kenya, south africa,
    ghana, morocco, brazil, mexico, argentina, chile, colombia, peru, china, japan,
    korea, south korea, singapore, malaysia, indonesia, philippines, vietnam, thailand,
    pakistan, bangladesh, sri lanka, nepal, hong kong, taiwan, ukraine, hungary,
    estonia, latvia, lithuania, luxembourg, russia, russian federation, belarus,
    serbia, croatia, slovenia, slovakia, bulgaria, bosnia and herzegovina, albania,
    north macedonia, montenegro, moldova, armenia, azerbaijan, kazakhstan,
    uzbekistan, mongolia, iceland, malta, cyprus, iran, iraq, jordan, lebanon, kuwait,
    bahrain, oman, tunisia, algeria, ethiopia, uganda, tanzania, rwanda, cameroon,
    senegal, ivory coast, zimbabwe, zambia, botswana, venezuela, ecuador, bolivia,
    uruguay, paraguay, costa rica, panama, guatemala, honduras, el salvador,
    nicaragua, dominican republic, cuba, jamaica, puerto rico, trinidad and tobago,
    cambodia, myanmar, laos, remote""",
    ",",
)
#: Two-letter country codes a contact line ends with ("Paris, FR"); US states and
#: Canadian provinces are in ``US_STATES``, and codes that read as common acronyms
#: in a skills line ("AI", "ML", "IT", "QA", "IS") are left out.
COUNTRY_CODES = frozenset(
    word_set(
        "FR GB UK NL ES PT BE CH AT SE DK FI PL CZ RO GR TR AE EG NG KE ZA BR MX CL CN "
        "JP KR SG MY PH VN TH PK BD LK NP HK TW UA HU EE LV LT LU RU US AU NZ IE DE"
    )
)
#: A place's words, in any Latin script ("Ondřejov", "München", "Besançon").
_PLACE = r"[A-ZÀ-ÞĀ-Ž](?:[^\W\d_]|[.'’-])+(?:[ -][A-ZÀ-ÞĀ-Ž](?:[^\W\d_]|[.'’-])+){0,3}"
_TAIL = r"[A-Z][A-Za-z.]+(?: [A-Z][a-z]+)*"
LOCATION_RE = re.compile(
    rf"(?<![\w])(?P<loc>{_PLACE},\s*(?:{_PLACE},\s*)?(?P<tail>{_TAIL})"
    r")(?:\s+\d{5}(?:-\d{4})?)?(?![\w])"
)
_STREET = re.compile(
    r"\b(?:st|street|ave|avenue|road|rd|blvd|boulevard|lane|ln|dr|drive|suite|apt|way|hq)\b",
    re.IGNORECASE,
)
_LABELS = re.compile(
    r"\s+(?=(?:e-?mail|phone|mobile|tel|cell|linkedin|github|website|address)\b)"
    r"|\s+(?=\S+@)|\s+(?=\+?\(?\d)",
    re.IGNORECASE,
)
#: A street address line: "Example St.", "12 Oak Avenue" (not "Dr. Jane Doe").
_ADDRESS_END = re.compile(
    r"\b(?:st|street|ave|avenue|rd|blvd|boulevard|drive)\.?$",
    re.IGNORECASE,
)
_CREDENTIALS = re.compile(r"(?:,\s*[A-Z][A-Za-z.]{1,5}\.?)+$")
_NOT_NAME = re.compile(
    r"\b(?:resume|résumé|curriculum|vitae|cv|contact|profile|page|address|phone|email"
    # a form's label over the job applied for: "Position Applying", "Position Sought"
    r"|position|applying|applied|sought|objective)\b",
    re.IGNORECASE,
)


def _is_country(text: str) -> bool:
    return text.lower().strip(" .") in COUNTRIES


def wrapped_place(place: str | None, text: str) -> str | None:
    """``place`` with the end of its country when a narrow column wrapped it onto
    the next line ("Ondřejov, Czech" over "Republic"): the line ends on the place,
    the next line is one or two capitalised words, and the country's words joined
    name a country."""
    if not place or "," not in place:
        return place
    lines = text.split("\n")
    for line, nxt in itertools.pairwise(lines):
        words = nxt.split()
        if not line.rstrip().endswith(place) or not 1 <= len(words) <= 2:
            continue
        whole = f"{place} {nxt.strip()}"
        tail = whole.rsplit(",", 1)[1]
        if all(w[:1].isupper() for w in words) and (
            _is_country(tail) or is_region(tail.strip())  # "British" / "Columbia"
        ):
            return whole
    return place


def is_region(text: str) -> bool:
    """A state or province, abbreviated (also with dots: "D.C.", "N.Y.") or spelled
    out."""
    if re.fullmatch(r"(?:[A-Z]\.){2}", text.strip()):
        text = text.replace(".", "").strip()
    return text in US_STATES or text.lower().strip(" .") in STATE_NAMES


#: A place's small words ("Ciudad de México", "Frankfurt am Main", "Ludwigshafen am
#: Rhein").
_PARTICLE = r"(?:de|del|la|las|los|di|da|do|du|des|am|an|im|upon|on|sur|en)"
_PLACE_WORDS = r"[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž'’]+(?:-[A-ZÀ-Ýa-zà-ÿĀ-ž][a-zà-ÿā-ž'’]+)*"
_PLACE_NAME = rf"{_PLACE_WORDS}(?:\s+(?:{_PARTICLE}\s+)?{_PLACE_WORDS}){{0,2}}"
_WHOLE_PLACE = re.compile(rf"{_PLACE_NAME}(?:,\s*{_PLACE_NAME}){{1,2}}")
_TOWN = re.compile(_PLACE_NAME)
#: Labels of links and details a contact line may hold in a place's stead.
_DETAIL_WORDS = word_set(
    "linkedin github gitlab twitter portfolio website blog homepage web site "
    "stackoverflow medium behance dribbble kaggle xing skype telegram whatsapp "
    "email e-mail mail phone mobile tel cell contact contacts address details "
    "citizen citizenship nationality available relocation remote references"
)


#: A place with a name's small words ("Ciudad de México", "Frankfurt am Main") and a
#: region code in capitals ("CDMX", "NSW"): read on a line of contact details only.
_CODED_PLACE = re.compile(
    rf"{_PLACE_WORDS}(?:\s+(?:{_PARTICLE}\s+)?{_PLACE_WORDS}){{0,3}},\s*[A-Z]{{2,5}}"
)


def _contact_detail(line: str) -> bool:
    return bool(EMAIL_RE.search(line) or find_phone(line))


def coded_place(line: str, near: str = "") -> str | None:
    """A part of a line of contact details (an e-mail or phone on it, or on the
    ``near`` lines of the contact block) that is a place and its region code:
    "jane@x.mx | +52 55 4848 1150 | Ciudad de México, CDMX"."""
    if not (_contact_detail(line) or _contact_detail(near)):
        return None
    for part in _contact_parts(line):
        words = {w.lower().strip(",.") for w in part.split()}
        if (TITLE_WORDS | ORG_WORDS) & words:
            continue
        if _CODED_PLACE.fullmatch(part):
            return part
    return None


def place_line(text: str) -> str | None:
    """A contact line that is a place alone: "Amsterdam, North-Holland", "Lille,
    Nord" (a region of any country, spelled out), or a state or country alone
    ("Massachusetts"); not a name's, a title's or an organisation's line."""
    text = text.strip(" \t·|•")
    words = {w.lower().strip(",.") for w in text.split()}
    if not text or len(words) > 5 or (TITLE_WORDS | ORG_WORDS) & words:
        return None
    if is_region(text) or _is_country(text):
        return text
    return text if _WHOLE_PLACE.fullmatch(text) else None


def town(text: str) -> str | None:
    """A town alone, one to three capitalised words ("Porto", "Lille"), taken as the
    person's place only where contact details stand around it (see
    :func:`bare_town`): no title, organisation, heading or link-label word."""
    text = text.strip(" \t·|•")
    words = {w.lower().strip(",.") for w in text.split()}
    if (
        not _TOWN.fullmatch(text)
        or (TITLE_WORDS | ORG_WORDS | _DETAIL_WORDS) & words
        or canonical(text, "resume")
        or _NOT_NAME.search(text)
    ):
        return None
    return text


def _detail_line(text: str) -> bool:
    return bool(_contact_detail(text) or URL_RE.search(text) or LINK_RE.search(text))


def bare_town(header: list[Line], name_pos: int | None, everything: str) -> str | None:
    """A town named alone among the contact details: between the bars of a line of
    them ("jane@x.org | Lille | https://..."), or on a line of its own right under
    one, with another detail or the block's end under it (a sidebar's "Contact" /
    "jane@x.org" / "Porto" / "https://github.com/...")."""
    for n, ln in enumerate(header):
        parts = _contact_parts(ln.text)
        if n == name_pos or len(parts) < 2:
            continue
        for part in parts:
            if not _detail_line(part) and (place := town(part)):
                return place
    lines = everything.split("\n")[:80]
    for n in range(1, len(lines)):
        prev, text = lines[n - 1].strip(), lines[n].strip()
        nxt = lines[n + 1].strip() if n + 1 < len(lines) else ""
        if (
            _detail_line(prev)
            and len(prev.split()) <= 4
            and (not nxt or _detail_line(nxt))
            and (place := town(text))
        ):
            return place
    return None


def _short_phone(header: list[Line]) -> str | None:
    """A national number of seven or eight digits ("75871499"), taken only as a
    part of its own between the bars of a line that holds an e-mail address, or as
    a line of its own next to that line."""
    for n, ln in enumerate(header):
        near = header[max(0, n - 1) : n + 2]
        if not EMAIL_RE.search(ln.text) and not (
            len(ln.text.split()) <= 2 and any(EMAIL_RE.search(h.text) for h in near)
        ):
            continue
        for part in _contact_parts(ln.text):
            if (
                re.fullmatch(r"\d[\d .-]{5,10}\d", part)
                and 7 <= len(re.sub(r"\D", "", part)) <= 8
            ):
                return part
    return None


def _contact_parts(line: str) -> list[str]:
    """A line, or the parts of a line of contact details cut by bars or dots."""
    parts = _segments(line)
    detailed = EMAIL_RE.search(line) or find_phone(line) or URL_RE.search(line)
    return parts if detailed and len(parts) > 1 else [line]


def find_email(text: str) -> str | None:
    match = EMAIL_RE.search(text)
    return match.group(0).rstrip(".") if match else None


def find_phone(text: str) -> str | None:
    for match in PHONE_RE.finditer(text):
        candidate = match.group(0).strip()
        digits = re.sub(r"\D", "", candidate)
        if not 9 <= len(digits) <= 15:
            continue
        if len(digits) < 10 and not candidate.startswith("+"):
            continue
        if find_span(candidate, single=False) is not None:
            continue  # "2019 - 2021", "2015/06 - 2017/01"
        if all(
            re.fullmatch(r"(?:19|20)\d\d", g) for g in re.findall(r"\d+", candidate)
        ):
            continue  # "2019 2020 2021"
        return candidate
    return None


def find_links(text: str, *, generic: bool) -> list[str]:
    links: list[str] = []
    for match in LINK_RE.finditer(text):
        links.append(match.group(0).rstrip(".:/"))
    if generic:
        for match in URL_RE.finditer(text):
            url = match.group(0).rstrip(".:/")
            if not any(url in link or link in url for link in links) and "." in url:
                if re.fullmatch(r"[\w-]+\.(?:js|io|net)", url, re.IGNORECASE) and not (
                    url.lower().startswith(("www.", "http"))
                ):
                    continue  # "Node.js", "D3.js" are skills, not sites
                links.append(url)
    seen: dict[str, None] = {}
    for link in links:
        seen.setdefault(link, None)
    return list(seen)


def find_location(text: str, *, codes: bool = False) -> str | None:
    """The first "City, Region" or "City, Country" in ``text``; with ``codes``, also
    "City, FR" (a contact line; not a role line, where "Python, DE" can be a skill)."""
    for match in LOCATION_RE.finditer(text):
        words = match.group("tail").split()
        for k in range(len(words), 0, -1):  # "Columbus, Ohio Software Engineer"
            tail = " ".join(words[:k])
            if (
                is_region(tail)
                or _is_country(tail)
                or (codes and tail in COUNTRY_CODES)
            ):
                loc = match.group("loc")
                loc = loc[: len(loc) - len(match.group("tail"))] + tail
                parts = [p.strip() for p in loc.split(",")]
                parts = [p for p in parts if not _STREET.search(p)] or parts
                return ", ".join(parts)
    return None


def looks_like_name(text: str) -> bool:
    if EMAIL_RE.search(text) or re.search(r"\d|https?:|www\.|@", text):
        return False
    if _NOT_NAME.search(text) or canonical(text, "resume") or _ADDRESS_END.search(text):
        return False
    words = text.split()
    if not 2 <= len(words) <= 5:
        return False
    if TITLE_WORDS.intersection(w.lower().strip(",.") for w in words):
        return False
    # capitalised words and a name's small words ("Alessandro d'Este", "Ludwig van
    # Beethoven"), up to five ("Giovannka Ninoska Antia Oliver Ferrufino")
    capital = [w for w in words if re.fullmatch(r"[A-ZÀ-Ý][\w.'’-]*\.?", w)]
    small = [w for w in words if w not in capital]
    elided = [w for w in small if re.fullmatch(r"[dl]['’][A-ZÀ-Ý][\w'’-]*", w)]
    particles = [
        w
        for w in small
        if re.fullmatch(r"de|del|della|di|da|do|dos|das|du|van|von|der|den|y", w)
    ]
    return (
        len(capital) + len(elided) >= 2
        and words[0] in capital
        and len(elided) + len(particles) == len(small)
    )


def _segments(line: str) -> list[str]:
    return [
        s.strip()
        for s in re.split(r"\s*(?:\||•|·|—|–|\s-\s|\s{2,})\s*", line)
        if s.strip()
    ]


#: "Jan Küster Resume", "JANE DOE CV": the document's name after the person's.
_DOC_WORD = re.compile(r"\s+(?:resume|résumé|cv|curriculum\s+vitae)\s*$", re.IGNORECASE)
#: Letters after a name without a comma: "JAN KÜSTER M.SC.", "Ann Lee PhD".
_LETTERS = re.compile(
    r"(?:\s+(?:M\.?\s?Sc|B\.?\s?Sc|Ph\.?\s?D|MBA|M\.?\s?Eng|B\.?\s?Eng|CPA|PMP|RN|"
    r"BSN|MSN|P\.E|Dipl\.?-?\s?Ing)\.?)+$",
    re.IGNORECASE,
)
#: Placeholders of anonymised resumes ("Company Name - City , State").
PLACEHOLDER_RE = re.compile(r"\b(?:company\s+name|city\s*,\s*state)\b", re.IGNORECASE)


def _name_part(segment: str) -> str:
    segment = _LABELS.split(segment)[0].strip(" ,;:")  # "Jane Doe Email: ..."
    segment = _CREDENTIALS.sub("", segment)  # "Maria Gonzalez, RN"
    segment = _DOC_WORD.sub("", segment)
    rest = _LETTERS.sub("", segment)
    return rest if len(rest.split()) >= 2 else segment


def _one_word(text: str) -> bool:
    """A lone capitalised word that can be a name ("Madonna", "JANE")."""
    return (
        re.fullmatch(r"[A-ZÀ-Ý][\w'’-]{2,}", text) is not None
        and canonical(text, "resume") is None
        and not _NOT_NAME.search(text)
        and text.lower() not in TITLE_WORDS
        and not (is_region(text) or _is_country(text))  # "California"
    )


def find_name(lines: list[Line]) -> tuple[str | None, int | None]:
    """The person's name and its line index among ``lines`` (first ten lines). A
    name may be split over the first two lines ("JANE" over "DOE") or be one word
    alone on the first line."""
    content = [(pos, ln) for pos, ln in enumerate(lines[:10]) if not ln.blank]
    for n, (pos, line) in enumerate(content):
        if is_bullet(line.text) or PLACEHOLDER_RE.search(line.text):
            continue
        if find_location(line.text, codes=True) == line.text.strip():
            continue  # "New York, NY" is a place, not a name with letters after it
        for written in _segments(line.text)[:1]:
            segment = _name_part(written)
            if looks_like_name(segment):
                return segment, pos
            # "Lille, Nord": one word and a comma is a place, not a one-word name
            placed = re.search(r",\s*[A-ZÀ-Ý][a-zà-ÿ]{2,}", written) is not None
            if n == 0 and _one_word(segment) and not placed:
                nxt = content[1][1].text if len(content) > 1 else ""
                if _one_word(nxt) and looks_like_name(f"{segment} {nxt}"):
                    return f"{segment} {nxt}", content[1][0]
                return segment, pos
    return None, None


def unwrap_emails(text: str) -> str:
    """Join an e-mail address a narrow column wrapped over two lines
    ("jane.doe@gmail" / ".com", "jane.doe" / "@gmail.com"): the line's last word and
    the next line's first word make one address and neither is one alone."""
    if "@" not in text:
        return text
    lines = text.split("\n")
    for n in range(len(lines) - 1):
        before, after = lines[n].rstrip(), lines[n + 1].lstrip()
        if not before or not after:
            continue
        tail, head = before.split()[-1], after.split()[0]
        if (
            "@" not in tail + head
            or EMAIL_RE.fullmatch(tail)
            or EMAIL_RE.fullmatch(head)
        ):
            continue
        if EMAIL_RE.fullmatch(tail + head):
            lines[n] = before + head
            lines[n + 1] = after[len(head) :].lstrip()
    return "\n".join(lines)


def _near(text: str, found: str, reach: int = 3) -> list[Line]:
    """The lines around the first line holding ``found`` (``reach`` each side)."""
    lines = split_lines(text)
    at = next((ln.index for ln in lines if found in ln.text), None)
    if at is None:
        return []
    return [ln for ln in lines[max(0, at - reach) : at + reach + 1] if ln.text]


def _contact_lines(text: str) -> str:
    """The lines of ``text`` that can hold the candidate's own phone: short ones, or
    labelled ("Phone:", "Cell", an e-mail beside it), not a role's sentence
    ("559.935.0717 Flagship Restaurant to promote ... products; Food and ...")."""
    return "\n".join(
        ln
        for ln in text.split("\n")
        if len(ln.split()) <= 8 or re.search(r"(?i)phone|\btel\b|mobile|cell|@", ln)
    )


def _org_place_over_dates(line: str, after: list[str]) -> bool:
    """A line naming something besides its place ("NGENIX – Moscow, Russia") right
    over a line with a date range: a role's organisation, not the person's town."""
    if not after or find_span(after[0], single=False) is None or find_span(line):
        return False
    place = find_location(line)
    return place is not None and bool(line.replace(place, "").strip(" ,–—-|()"))


def parse_contact(header: list[Line], everything: str) -> tuple[Contact, int | None]:
    """Contact details from the header block (falling back to the whole text for the
    e-mail, phone and profile links, which two-column layouts put in a sidebar), and
    the name's line among ``header`` (None when no name is found), from which
    :func:`gapcheck.parse.headline.find_headline` reads the headline."""
    head = "\n".join(ln.text for ln in header)
    name, name_pos = find_name(header)
    everything = unwrap_emails(everything)
    head = unwrap_emails(head)
    lead = everything[:2000]
    email = find_email(head) or find_email(everything)
    phone = find_phone(head) or find_phone(_contact_lines(lead)) or _short_phone(header)
    if email and not find_email(head):
        # contact details away from the top (a sidebar, the last lines): the name
        # and phone may stand beside the e-mail
        near = _near(everything, email)
        phone = phone or find_phone("\n".join(ln.text for ln in near))
        above = [ln.text for ln in near if email not in ln.text][:3]
        if name is None:
            name = next((t for t in above if looks_like_name(t)), None)
    every = everything.split("\n")
    first = every[:15]
    short = [
        ln
        for n, ln in enumerate(first)
        if len(ln.split()) <= 5
        and not ORG_WORDS & set(ln.lower().replace(",", " ").split())
        # a role's place, on the line under its dated header, is not the person's
        and not (n and find_span(first[n - 1], single=False) and not find_span(ln))
        # nor an organisation's place over its role's dates ("NGENIX – Moscow,
        # Russia (remote)" over "Senior Software Engineer<TAB>June 2023 – Present")
        and not _org_place_over_dates(ln, every[n + 1 : n + 2])
    ]
    location = find_location(head, codes=True) or find_location("\n".join(short))
    if location is None and email:
        # a sidebar's contact block: the city sits beside the e-mail
        near = _near(everything, email)
        location = find_location(
            "\n".join(
                ln.text
                for ln in near
                if len(ln.text) < 60
                and not _org_place_over_dates(
                    ln.text, every[ln.index + 1 : ln.index + 2]
                )
            ),
            codes=True,
        )
    if location is None:
        # "Amsterdam, North-Holland" alone on a line of the contact block, or
        # between the bars of its contact line ("jane@x.org | Massachusetts | ...")
        location = next(
            (
                place
                for n, ln in enumerate(header)
                if n != name_pos
                for part in _contact_parts(ln.text)
                if (place := place_line(part))
            ),
            None,
        )
    if location is None:
        location = next(
            (
                place
                for n, ln in enumerate(header)
                if (
                    place := coded_place(
                        ln.text, " ".join(h.text for h in header[max(0, n - 1) : n + 2])
                    )
                )
            ),
            None,
        )
    if location is None:
        location = bare_town(header, name_pos, everything)
    links = find_links(head, generic=True)
    for link in find_links(everything, generic=False):
        if link not in links:
            links.append(link)
    if name is not None and not (email or phone or links) and name.isupper():
        # No contact details at all: an anonymised resume, whose first line in
        # capitals is its title ("RN STAFF NURSE"), not a person's name.
        name, name_pos = None, None
    contact = Contact(
        name=name, email=email, phone=phone, location=location, links=tuple(links)
    )
    return contact, name_pos
