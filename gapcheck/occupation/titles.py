"""Job titles as words an occupation lexicon can look up.

A posting's title carries more than the job: pay band, grade, salary, hours, contract,
location, "Bank", "Welcome Bonus". ``clean_title`` removes what is not the job (for
display and for the title fix); ``title_words`` gives the comparison form the
occupation lexicon is keyed by (lower case, plural stems, no joiners). The recipe
(training/occupation/build.py) and inference use the same two functions.
"""

from __future__ import annotations

import re

from gapcheck.parse.title_line import looks_like_title

#: Pieces of a title that say how, where or for how much, never what the job is.
_NOT_THE_JOB = (
    r"\([^)]*\)",  # "(Band 5)", "(Fixed Term 12 months)"
    r"\[[^\]]*\]",
    r"[£$€]\s?\d[\d,.]*\s*k?(?:\s*(?:-|to)\s*[£$€]?\s?\d[\d,.]*\s*k?)?"
    r"(?:\s*(?:per|a|p)\.?\s*(?:annum|year|hour|day|a\.?|h\.?))?",
    r"\b(?:nhs\s+)?(?:afc\s+)?(?:band|grade|level|scale)\s*[:\-]?\s*\d+[a-z]?"
    r"(?:\s*(?:-|/|to|&|and)\s*\d+[a-z]?)?\b",
    # a US federal pay plan's grade and job series: "GS-0457-11/4", "Series: 0501"
    r"\b(?:gs|gm|wg|ws|wl)[\s-]?\d{1,4}(?:[-/]\d{1,4})*\b",
    r"\bseries\s*:?\s*\d{3,4}\b",
    r"\b\d+(?:\.\d+)?\s*(?:hours?|hrs?|wte|pw|p/w|days?|months?|weeks?)\b"
    r"(?:\s*(?:per|a|p/)\s*week)?",
    r"\b(?:welcome|golden|retention|joining)\s+(?:bonus|payment)\b",
    r"\b(?:(?:days?|nights?|weekends?|evenings?|mornings?|afternoons?)\s+only)\b",
    r"(?<!\w)x\s*\d+\b",  # "Analyst x 2": how many posts
    r"\b(?:bank|locum|fixed[\s-]term|permanent|temporary|temp|secondment|part[\s-]time"
    r"|full[\s-]time|maternity\s+(?:cover|leave)|ftc|contract|interim|relief|casual"
    r"|flexible\s+working|job\s+share|nights?|days|weekends?|remote|hybrid|immediate"
    r"\s+start|urgent(?:ly)?\s+required|ref(?:erence)?\s*:?\s*[a-z0-9-]*\d[a-z0-9-]*)\b",
    r"\b(?:job\s+description|job\s+title|position|vacancy|role)\s*:",
)
_NOT_THE_JOB_RE = re.compile("|".join(_NOT_THE_JOB), re.I)
_TERMS_RE = re.compile("|".join(_NOT_THE_JOB[1:]), re.I)  # all but "(...)"


def without_terms(title: str | None) -> str:
    """A title without band, grade, salary, hours or contract kind, its bracketed
    qualifiers kept: "Assistant Director of Finance (Management Accounts) Band 8b"
    -> "Assistant Director of Finance (Management Accounts)"."""
    text = _TERMS_RE.sub(" ", title or "")
    text = re.sub(r"\(\s*\)|\[\s*\]", " ", text)
    return " ".join(text.split())


#: A title tail after a separator that names a place or an employer, not the job:
#: "Payroll Officer - Leeds", "Chef | St James's Hospital".
_TAIL = re.compile(r"\s+[-–—|:]\s+(?P<tail>.*)$")
_PLACE = re.compile(
    r"\b(?:hospital|trust|nhs|foundation|centre|center|university|college|school"
    r"|council|ltd|limited|plc|inc|llc|group|site|campus|infirmary|clinic|street"
    r"|road|house|city|county|region|north|south|east|west|central|based|various"
    r"|locations?|sites?)\b",
    re.I,
)
_WORD = re.compile(r"[a-z0-9]+(?:[+#]+|\.net)?", re.I)
_JOINERS = frozenset(
    {"and", "or", "of", "the", "a", "an", "in", "for", "to", "at", "with"}
)
#: Abbreviations read only when written in capitals: "IT" is a field, "it" a pronoun.
_CAPITALS = {
    "hr": "human resources",
    "pr": "public relations",
    "it": "information technology",
    "ict": "information technology",
    "gp": "general practitioner",  # "Salaried GP"; "gp" in lower case is no title
    "hca": "health care assistant",
}
#: NHS abbreviations of job titles, read only when written in capitals in a title
#: that reads as nothing as written (``title_words(nhs=True)``; never in a lexicon
#: label): "ACP - Intermediate Care", "CAMHS Practitioner" (child
#: and adolescent mental health services: the field is mental health). Not "BMS"
#: (biomedical scientist, and an estates "BMS Engineer"'s building management system).
_NHS_CAPITALS = {
    "acp": "advanced clinical practitioner",
    "anp": "advanced nurse practitioner",
    "enp": "emergency nurse practitioner",
    "ecp": "emergency care practitioner",
    "pwp": "psychological wellbeing practitioner",
    "odp": "operating department practitioner",
    "camhs": "mental health",
    "camh": "mental health",
    "rmn": "mental health nurse",
    "rgn": "general nurse",
    "cns": "clinical nurse specialist",
    "hcsw": "health care support worker",
    "salt": "speech language therapist",
}
_SPELLING = {
    "backend": "back end",
    "frontend": "front end",
    "fullstack": "full stack",
    "devops": "dev ops",
    "comms": "communications",
    "healthcare": "health care",  # "Healthcare Assistant" = "Health Care Assistant"
    "sr": "senior",
    "snr": "senior",
    "jr": "junior",
    "asst": "assistant",
    "mgr": "manager",
    "dev": "developer",
    "eng": "engineer",
    "admin": "administrator",
    "co": "",
    "ordinator": "coordinator",
    "centre": "center",
    "programme": "program",
    "organisation": "organization",
    "analyse": "analyze",
    "practioner": "practitioner",  # a common misspelling in NHS adverts
}
#: British spellings of title words as American ones: ESCO writes "construction
#: labourer", O*NET and US resumes "Construction Laborer" (round 9: that resume
#: read as a materials handler, by its last word). Not "labour": a UK labour ward is
#: maternity care, US "labor" mostly labor relations.
_SPELLING.update(
    (uk, us)
    for uk, us in (
        pair.split(":")
        for pair in """labourer:laborer paediatric:pediatric
        paediatrician:pediatrician anaesthetic:anesthetic anaesthetist:anesthetist
        anaesthesia:anesthesia orthopaedic:orthopedic orthopaedics:orthopedics
        haematology:hematology haematologist:hematologist gynaecology:gynecology
        gynaecologist:gynecologist""".split()  # noqa: SIM905
    )
)
#: Words that say a job's level or kind of duty but not its field: alone they name no
#: occupation ("Officer"), and one may stand for another after a field
#: ("HR Advisor" ~ "HR Officer").
GENERIC_HEADS = frozenset(
    """manager officer assistant director administrator specialist consultant worker
    operator technician supervisor coordinator lead head advisor adviser clerk executive
    associate partner practitioner professional analyst agent representative staff team
    member leader trainee apprentice intern senior junior principal chief deputy
    generalist controller""".split()  # noqa: SIM905
)
#: Field words that name no function, only a unit or a way of working: a function
#: word in the same title outweighs them ("HR Business Partner" is in HR, "Finance
#: Business Partner" in finance, "HR Business Support Manager" an HR manager).
GENERIC_FIELDS = frozenset(
    """business support service operation operational general office corporate
    partnering program national regional bank temporary""".split()  # noqa: SIM905
)
#: Heads that stand for one another after a field word.
EQUIVALENT_HEADS = frozenset(
    """officer advisor adviser consultant specialist coordinator administrator executive
    partner generalist""".split()  # noqa: SIM905
)


#: Words of a customer account's size or reach: "Major Accounts Manager", "Key
#: Accounts Director" sell to those accounts; they keep no books (round 11: a sales
#: resume's "Major Accounts Manager" read as a financial manager, 1211).
CUSTOMER_ACCOUNTS = frozenset(
    """key major national strategic global corporate enterprise named international
    regional""".split()  # noqa: SIM905
)


def clean_title(title: str | None) -> str:
    """The job in a title, as written: no band, grade, salary, hours, contract kind or
    location tail. Empty when nothing job-like is left."""
    text = " ".join((title or "").split())
    text = _NOT_THE_JOB_RE.sub(" ", text)
    text = re.sub(r"\s+([,;/])", r"\1", " ".join(text.split()))
    while (m := _TAIL.search(text)) and _PLACE.search(m.group("tail")):
        text = text[: m.start()]
    text = text.strip(" -–—|:,;/&+")
    return text if looks_like_title(text) else ""


#: "<who> in <field> Medicine|Surgery": a doctor of that specialty at a grade the
#: lexicon does not list ("Consultant in Emergency Medicine", "Specialty Trainee in
#: Cardiothoracic Surgery ST1").
_SPECIALTY = re.compile(
    r"(?i)^(?P<who>.+?)\s+in\s+(?P<field>.*?)\b(?P<art>medicine|surgery)"
    r"(?:\s+[a-z]*\d[\w/-]*)*$"  # a training grade after it: "ST1", "ST3-8"
)
_PRACTITIONER_OF = {"medicine": "physician", "surgery": "surgeon"}


def as_specialty_doctor(cleaned: str) -> str | None:
    """A title naming a medical specialty after "in" as its doctor, else None:
    "Consultant in Emergency Medicine" -> "Consultant Emergency physician"."""
    m = _SPECIALTY.match(cleaned.strip())
    if m is None:
        return None
    doctor = _PRACTITIONER_OF[m.group("art").lower()]
    return " ".join(p for p in (m.group("who"), m.group("field").strip(), doctor) if p)


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def title_words(
    text: str | None, *, curated: bool = False, nhs: bool = False
) -> tuple[str, ...]:
    """The comparison form of a title: lower-case words, common abbreviations spelt
    out, plural stems, no joiners ("HR Advisors" -> ("human", "resource", "advisor")).
    ``curated``: a lexicon's label, whose lower-case "ict" is the abbreviation;
    ``nhs``: NHS abbreviations in capitals spelt out ("RMN", "ACP")."""
    return tuple(w for w, _ in _title_tokens(text, curated, nhs))


def written_positions(text: str | None, *, nhs: bool = False) -> tuple[int, ...]:
    """For each of ``title_words(text)``, which written word it comes from: "ICT" spelt
    out is two words of one written word."""
    return tuple(k for _, k in _title_tokens(text, False, nhs))


def _title_tokens(
    text: str | None, curated: bool, nhs: bool = False
) -> list[tuple[str, int]]:
    raw = (text or "").replace("&", " and ")
    raw = re.sub(r"(?i)co-ordinat", "coordinat", raw)
    out: list[tuple[str, int]] = []
    found = _WORD.findall(raw)
    for k, written in enumerate(found):
        token = written.lower()
        if (
            token == "accounts"
            and k + 1 < len(found)
            and found[k + 1].lower() in (GENERIC_HEADS)
            and (k == 0 or found[k - 1].lower() not in CUSTOMER_ACCOUNTS)
        ):  # "Accounts Executive": a finance job, not an advertising account's
            token = "accounting"
        elif written.lower() == "estates":  # an organisation's buildings and grounds
            token = "building maintenance"  # ("Head of Estates"), not a landed estate
        if token in _CAPITALS:
            spelt = _CAPITALS[token] if curated or written.isupper() else token
        elif nhs and token in _NHS_CAPITALS and written.isupper():
            spelt = _NHS_CAPITALS[token]
        else:
            spelt = _SPELLING.get(token, token)
        for word in spelt.split():
            if word not in _JOINERS:
                out.append((_stem(word), k))
    return out
