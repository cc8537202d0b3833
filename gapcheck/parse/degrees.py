"""Degrees and certifications, shared by resume and posting parsing.

Levels: "high school", "associate", "bachelor", "master", "doctorate", "certificate"
(ordered from lowest to highest in :data:`LEVELS`, certificate apart).
"""

from __future__ import annotations

import re

LEVELS: tuple[str, ...] = (
    "high school", "certificate", "associate", "bachelor", "master", "doctorate",
)  # fmt: skip

#: "Master Thesis", "Bachelor Project": words after a bare "Master"/"Bachelor" that
#: make it something other than a degree (a bare one must be capitalised).
_NOT_A_DEGREE = (
    r"(?i:thesis|project|student|class|card|plan|data|file|list|schedule|"
    # a trade's grade ("Master Plumber") and the master of a contract or a record
    r"plumber|electrician|technician|carpenter|craftsman|chef|baker|mechanic|builder|"
    r"gardener|black\s+belt|service|agreement|scheduler|key|copy|branch|page)\b"
)
#: "Scrum Master", "Web Master", "Head Master": a post or a role, not a degree.
_ROLE_MASTER = re.compile(
    r"\b(?i:scrum|web|head|quiz|yard|station|band|ring|quarter|harbou?r|ship|"
    r"post|dungeon|grand|game|toast|house|school|task)\s*[-\s]?(?-i:M)asters?\b"
)
# Words are matched case-insensitively; short abbreviations ("BS", "MA") only as
# written in capitals, so that "be", "ma" or "ms" in prose are not degrees.
_WORDS: dict[str, str] = {
    "doctorate": r"ph\.?\s?d\.?|doctor\s+of\s+\w+|doctorate|doctoral|d\.phil|"
    r"juris\s+doctor|doctorado|doutorado|dottorato|candidate\s+of\s+sciences?|"
    # the German doctorates: "Dr. rer. nat.", "Dr.-Ing."
    r"dr\.\s?(?:rer\.\s?\w+|phil|med|jur|sc)\.?|dr\.-ing\.?",
    "master": r"master'?s?(?:\s+of|\s+in|\s+degree)|master'?s(?!\s+"
    + _NOT_A_DEGREE
    + r")|(?-i:M)aster(?!\s+"
    + _NOT_A_DEGREE
    + r")|mba|m\.\s?b\.\s?a\.?|m\.\s?sc\.?|msc|m\.\s?eng\.?|"
    r"meng|m\.\s?tech|mtech|m\.\s?arch\.?|m\.\s?s\.|m\.\s?a\.|m\.\s?ed\.?|postgraduate\s+degree|"
    r"graduate\s+degree|llm|mph|"
    # the five-year "Specialist degree" of Russia and Ukraine; "Ed.S." (not
    # "Education Specialist": also a job title, "Patient Education Specialist")
    r"specialist'?s?\s+degree|ed\.\s?s\.|"
    # degrees of other countries: "Diplom-Informatiker", "Laurea Magistrale"
    r"diplom(?:-\w+)?|laurea\s+magistrale|maestr[íi]a|mestrado|m[áa]ster\s+"
    r"(?:en|em|in|of|universitario)|magist(?:er|ra|r)\b|"
    # a capitalised "Máster" alone ("Máster, Ingeniería Informática")
    r"(?-i:M[áa]ster)(?!\s+" + _NOT_A_DEGREE + r")",
    # "Bachlor": the commonest misspelling
    "bachelor": r"bache?lor'?s?(?:\s+of|\s+in|\s+degree)|bache?lor'?s(?!\s+"
    + _NOT_A_DEGREE
    + r")|(?-i:B)ache?lor(?!\s+"
    + _NOT_A_DEGREE
    + r")|b\.\s?sc\.?|bsc|b\.\s?eng\.?|"
    r"beng|b\.\s?tech\.?|btech|b\.\s?arch\.?|b\.\s?s\.|b\.\s?a\.|b\.\s?e\.|bba|b\.\s?b\.\s?a\.?|b\.\s?com\.?|bfa|"
    # (not "A.B.": initials, as in "A.B. Dick")
    r"laurea(?:\s+triennale)?|licenciatura|licenciad[oa]|bacharel(?:ado)?|"
    r"gradua[çc][ãa]o|grado\s+en|(?-i:Grado)(?=\s*(?:,|$))|ingenier[oa]|ingenier[íi]a|"
    r"engenh(?:eiro|aria)|ingine?r|"
    r"ing[ée]nieur|engineer'?s\s+degree|"
    r"undergraduate\s+degree|(?:4|four)[-\s]year\s+(?:college\s+|university\s+)?degree|"
    r"college\s+degree|university\s+degree",
    "associate": r"associate'?s?\s+(?:of|in|degree)|associate\s+degree|"
    r"a\.\s?a\.\s?s?\.|a\.\s?s\.|(?-i:A\.[AS])(?=\s*:)|two[-\s]year\s+degree",
    "high school": r"high\s+school|h\.\s?s\.\s+diploma|secondary\s+school|ged|"
    r"general\s+educational\s+development|abitur|baccalaur[ée]at|bachillerato|"
    r"a[-\s]levels?|"
    r"higher\s+secondary|diploma\s+of\s+secondary|12th\s+grade|hsc|ssc",
    "certificate": r"certificat(?:e|ion)\s+(?:in|of)|post[-\s]?graduate\s+diploma|"
    r"diploma\s+in|diplomado|"
    r"(?:certificate|diploma)(?=\s*:\s*\w)",  # "Diploma : Hotel Management" (a form)
}
_ABBREVIATIONS: dict[str, str] = {
    "doctorate": r"PhD|DPhil|EdD|MD|JD|DBA|DNP|PharmD|PsyD|DSc|DDS|DMD|DVM",
    # "MSEE", "BSCS": the degree and its field in one abbreviation; "MST" is left
    # out (Mountain Standard Time)
    "master": r"MS|MA|MSc|MASc|MEng|MBA|MFA|MPH|MEd|MSW|MSN|LLM|MCA|M\.S|M\.A|MPA|MPP|"
    r"MAcc|MSF|MSEE|MSCS|MSME|MSIT|MSIS|MArch|MPhil|MRes",
    "bachelor": r"BS|BA|BSc|BASc|BEng|BTech|BBA|BCom|BFA|BCA|BSN|LLB|B\.S|B\.A|B\.E|"
    r"BSEE|BSCS|BSME|BSCE|BSIT|BSBA|BEd|BArch|BMus|BPharm|BDes",
    # the two-year French technology diplomas (Diplôme universitaire de technologie,
    # Brevet de technicien supérieur)
    "associate": r"AAS|ADN|ASN|AOS|DUT|BTS",
    "high school": r"GED|HSC",
}
# "MS Office" is not a master's degree.
_PRODUCTS = (
    r"(?:Office|Excel|Word|SQL|Access|Project|Teams|Dynamics|Outlook|PowerPoint|Visio)"
)
_LEVEL_RES: list[tuple[str, re.Pattern[str]]] = [
    (
        level,
        re.compile(
            rf"(?<![\w.])(?:(?i:{_WORDS[level]})"
            + (
                # "Hagerstown MD 21742": a state before its ZIP code
                rf"|(?<!, )(?:{_ABBREVIATIONS[level]})(?:/\w+)?(?!\s+{_PRODUCTS})"
                # "DBA knowledge": database administration, no degree
                r"(?!\s+(?:knowledge|skills?|experience|tasks?|duties|support)\b)"
                r"(?!,?\s+\d{5}\b)"
                if level in _ABBREVIATIONS
                else ""
            )
            + r")(?![\w])"
        ),
    )
    for level in (
        "doctorate",
        "master",
        "bachelor",
        "associate",
        "high school",
        "certificate",
    )
]
#: "a degree in Computer Science", "degree level"; not "a high degree of autonomy".
_GENERIC_DEGREE = re.compile(
    r"(?<!high )(?<!certain )(?<!great )(?<!some )(?<!large )\b(?i:degree)\b"
    r"(?!\s+of\s+(?!(?i:science|arts|engineering|education|medicine|nursing)))"
)


def degree_levels(text: str) -> list[str]:
    """Every degree level named in ``text``, lowest first ("BS/MS": both)."""
    text = _ROLE_MASTER.sub(" ", text)
    found = {level for level, pattern in _LEVEL_RES if pattern.search(text)}
    slash = re.findall(r"\b([BM])\.?[AS]\.?\s*/\s*([BMP])", text)
    for pair in slash:
        for letter in pair:
            found.add({"B": "bachelor", "M": "master", "P": "doctorate"}[letter])
    if not found and _GENERIC_DEGREE.search(text):
        found.add("bachelor")  # "a degree in Computer Science" means a bachelor's
    return [level for level in LEVELS if level in found]


#: Degrees written as alternatives: "BS/MS", "B.e/B.tech/MCA/Msc", "Degree/Masters".
_ALTERNATIVES = re.compile(r"[\w.'+-]+(?:[ \t]*/[ \t]*[\w.'+-]+)+")


#: Certificates that are no level of study in a posting: a certificate of a status
#: or an event ("Certificate of Eligibility for Specialist Registration", "of
#: Completion of Training", "of Sponsorship") and the document that proves a degree
#: ("Degree Certificate").
_NO_LEVEL = re.compile(
    r"\bcertificates?\s+of\s+(?:eligibility|completion|sponsorship|good\s+standing|"
    r"attendance|registration|conformity|competence|current\s+professional|"
    r"professional\s+status)\b|\bdegree\s+certificates?\b",
    re.IGNORECASE,
)


def asked_degree_levels(text: str) -> list[str]:
    """The degree levels a posting asks for: as :func:`degree_levels`, but of degrees
    written as alternatives ("BS/MS degree", "Degree/Masters level") only the lowest,
    the least the posting accepts (on a resume "BS/MS" is two degrees held); a
    certificate of a status and a degree's certificate are no certificate level
    (:data:`_NO_LEVEL`)."""
    text = _NO_LEVEL.sub(" ", text)

    def lowest(mt: re.Match[str]) -> str:
        parts = re.split(r"[ \t]*/[ \t]*", mt.group())
        ranked = [
            (LEVELS.index(levels[0]), part)
            for part in parts
            if (levels := degree_levels(part))
        ]
        return min(ranked)[1] if len(ranked) >= 2 else mt.group()

    return degree_levels(_ALTERNATIVES.sub(lowest, text))


def degree_match(text: str) -> tuple[str, int, int] | None:
    """The highest degree level named in ``text`` and where it is written."""
    for level, pattern in _LEVEL_RES:
        match = pattern.search(text)
        if match:
            return level, match.start(), match.end()
    return None


#: Certifications and licences often asked for by their short names.
KNOWN_CERTIFICATIONS: tuple[str, ...] = (
    "CPA", "CFA", "CMA", "ACCA", "CIMA", "PMP", "CAPM", "PRINCE2", "CISSP", "CISA",
    "CISM", "CEH", "OSCP", "CCNA", "CCNP", "CCIE", "CompTIA A+", "CompTIA Security+",
    "CompTIA Network+", "Security+", "Network+", "ITIL", "Six Sigma", "Lean Six Sigma",
    "CSM", "PSM", "SAFe", "RN", "LPN", "CNA", "BLS", "ACLS", "PALS", "NCLEX", "SHRM-CP",
    "SHRM-SCP", "PHR", "SPHR", "CFP", "FRM", "CPR", "TEFL", "TESOL", "CELTA",
    # UK registrations, licences and qualifications
    "NMC", "HCPC", "GPhC", "GMC", "CCAB", "QTS", "DBS", "CIPD", "BABCP", "UKCP",
    "BACP", "CSCS", "NEBOSH", "IOSH", "AAT", "ICAEW", "CIPFA", "CIPS", "MCIPS",
    "ECDL", "MRCP", "MRCS", "MRCPsych", "MRCGP", "FRCA", "FRCS", "RGN", "RMN",
    "RNLD", "ILS", "PILS", "EPLS", "ATLS", "PGCE", "NPQH", "Gas Safe",
)  # fmt: skip
#: Licences and qualifications written out: "Full UK driving licence",
#: "NVQ Level 3", "City & Guilds".
_WRITTEN_RE = re.compile(
    r"(?i:(?:full\s+|clean\s+|valid\s+)*(?:uk\s+|manual\s+)?driving\s+licen[cs]e)"
    r"|(?i:NVQ\s+(?:level\s+)?\d)|City\s*(?:&|and)\s*Guilds"
    r"|(?i:18th\s+edition|17th\s+edition)"
)
#: Words of an expansion that keeps a known acronym a credential: "NMC (Nursing
#: and Midwifery Council)"; any other expansion names another sense ("CPA (Care
#: Programme Approach)" is no Certified Public Accountant).
_CREDENTIAL_WORDS = re.compile(
    r"(?i)certif|licen|chartered|registe|accountan|council|association|institute|"
    r"society|college|professional|qualif|board|disclosure|barring|status|teacher|"
    r"support|training"
)
_KNOWN_RE = re.compile(
    r"(?<![\w+])(?:"
    + "|".join(
        re.escape(c) for c in sorted(KNOWN_CERTIFICATIONS, key=len, reverse=True)
    )
    + r")(?![\w+])"
)
_CAP = r"[A-Z0-9][\w+#&./-]*"
_CERT_RE = re.compile(
    rf"(?:{_CAP}\s+){{0,3}}Certified(?:\s+{_CAP}){{1,6}}"
    rf"|(?:{_CAP}\s+){{1,5}}(?i:certification|certificate|license|licence)\b"
)
_LEADING_NOISE = re.compile(r"^(?:A|An|The|Valid|Current|Active|Any|Relevant)\s+")


def find_certifications(text: str, *, known: bool = True) -> list[str]:
    """Certification names in ``text``: "AWS Certified Solutions Architect",
    "PMP", "RN license" -> "RN license"."""
    found: list[str] = []
    for match in _CERT_RE.finditer(text):
        name = _LEADING_NOISE.sub("", match.group(0).strip(" .,;:"))
        if name.lower() not in {"certification", "certificate", "license", "licence"}:
            found.append(name)
    if known:
        for match in _KNOWN_RE.finditer(text):
            expansion = re.match(r"\s*\(([^)]{4,80})\)", text[match.end() :])
            if expansion and not _CREDENTIAL_WORDS.search(expansion.group(1)):
                continue
            if not any(match.group(0) in f for f in found):
                found.append(match.group(0))
        for match in _WRITTEN_RE.finditer(text):
            name = match.group(0).strip()
            name = re.sub(
                r"(?i)^(?:full|clean|valid)\s+(?:(?:full|clean)\s+)*", "", name
            )
            name = name[:1].upper() + name[1:]
            if not any(name.lower() in f.lower() for f in found):
                found.append(name)
    return list(dict.fromkeys(found))
