"""Hard role and education forms generated from general patterns (round 14, issue 14).

The stress scripts (``roles_stress.py``, ``education_stress.py``) recombine real
JSON Resume entries; real sources hold few of the forms that still fail. This module
writes such values from patterns, none copied from one file, so the stress sets can
draw them on purpose (``--forms``), with or without ``--from`` sources:

* an organisation holding a comma or a colon: a legal form ("Brightwater Analytics,
  Inc."), a campus or division after the name ("University of Northfield, Eastport",
  "Redfern Health, Cardiology Division"), a unit after a colon ("Kingsway NHS Trust:
  Cardiology");
* a dash inside a title ("Senior Engineer - Platform") or an organisation ("Saint
  Aldric Hospital - Renal Unit"), beside the dash a layout puts between title and
  organisation;
* a place written on a line of its own under the organisation (``location``: the
  layouts print it);
* a long title that a narrow column wraps ("Senior Clinical Research Associate and
  Regional Study Coordinator");
* a school's name with a comma ("University of California, Berkeley" made of a state
  or city and a campus), and a degree line written field first ("Computer Science,
  BSc"; the source carries ``_areaFirst`` and ``render_resumes._degree`` honours it).

Bases (contact details, skills) are made up here too when no sources are given:
fictional names, ``example.com`` addresses and 555-01xx numbers.
"""

from __future__ import annotations

import random
from typing import Any

_FIRST = [
    "Ada",
    "Bram",
    "Chloe",
    "Dev",
    "Elin",
    "Farid",
    "Greta",
    "Hugo",
    "Iris",
    "Jonas",
    "Kemi",
    "Luca",
    "Mara",
    "Nils",
    "Oona",
    "Priya",
    "Quinn",
    "Rosa",
]
_LAST = [
    "Abbott",
    "Brennan",
    "Castillo",
    "Dunmore",
    "Ekwueme",
    "Fairbairn",
    "Garza",
    "Holm",
    "Ivers",
    "Jaramillo",
    "Kowalski",
    "Lindqvist",
    "Moreau",
    "Nakamura",
]
_CITIES = [
    ("Austin", "TX"),
    ("Leeds", "West Yorkshire"),
    ("Toronto", "ON"),
    ("Denver", "CO"),
    ("Bristol", "England"),
    ("Portland", "OR"),
    ("Manchester", "England"),
    ("Raleigh", "NC"),
    ("Lyon", "France"),
]
_SENIORITY = ["Senior", "Lead", "Junior", "Principal", "Staff", "Assistant", ""]
_FUNCTION = [
    "Software",
    "Data",
    "Clinical",
    "Financial",
    "Marketing",
    "Research",
    "Operations",
    "Product",
    "Quality",
    "Network",
    "Sales",
    "Nursing",
]
_NOUN = [
    "Engineer",
    "Analyst",
    "Manager",
    "Developer",
    "Coordinator",
    "Specialist",
    "Consultant",
    "Associate",
    "Administrator",
    "Scientist",
    "Officer",
]
_TEAM = [
    "Platform",
    "Payments",
    "Data Infrastructure",
    "Mobile",
    "Growth",
    "Patient Services",
    "Risk",
    "Search",
    "Cloud Migration",
]
_NAME_A = [
    "Brightwater",
    "Northfield",
    "Redfern",
    "Kingsway",
    "Silverline",
    "Oakridge",
    "Bluestone",
    "Hartwell",
    "Meridian",
    "Copperleaf",
    "Ashgrove",
]
_NAME_B = [
    "Analytics",
    "Health",
    "Logistics",
    "Systems",
    "Foods",
    "Media",
    "Partners",
    "Robotics",
    "Energy",
    "Software",
    "Consulting",
]
_LEGAL = ["Inc.", "LLC", "Ltd.", "Ltd", "Corp.", "Co.", "PLC", "GmbH", "S.A."]
_UNIT = [
    "Cardiology",
    "Renal Unit",
    "Emergency Department",
    "Payments Division",
    "Research Group",
    "Clinical Trials Unit",
    "Retail Banking",
    "IT Services",
]
_CARE = ["Saint Aldric", "Kingsway", "Northfield", "Royal Hartwell", "Ashgrove"]
_CARE_KIND = [
    "Hospital",
    "NHS Trust",
    "NHS Foundation Trust",
    "Medical Center",
    "Health System",
]
_STATE = ["California", "Northfield", "Texas", "Michigan", "Wisconsin", "London"]
_CAMPUS = ["Berkeley", "Eastport", "Austin", "Ann Arbor", "Madison", "Irvine"]
_SCHOOL_KIND = ["University", "College", "Institute of Technology", "Polytechnic"]
_KINDS = [
    "BSc",
    "MSc",
    "BA",
    "MA",
    "PhD",
    "MBA",
    "Bachelor of Science",
    "Master of Science",
    "Bachelor of Arts",
    "Master of Engineering",
    "BEng",
]
_AREAS = [
    "Computer Science",
    "Mechanical Engineering",
    "Nursing",
    "Economics",
    "Biology",
    "Data Science",
    "Accounting",
    "Mathematics",
    "Public Health",
]


def title(rng: random.Random) -> str:
    """A job title, of a hard form in half the draws: a team after a dash, a long
    title a narrow column wraps, or a plain one."""
    plain = " ".join(
        w
        for w in (rng.choice(_SENIORITY), rng.choice(_FUNCTION), rng.choice(_NOUN))
        if w
    )
    form = rng.choice(["plain", "plain", "dash", "long"])
    if form == "dash":
        return f"{plain} {rng.choice(['-', '–'])} {rng.choice(_TEAM)}"
    if form == "long":
        other = f"{rng.choice(_FUNCTION)} {rng.choice(_NOUN)}"
        return f"{plain} and {rng.choice(['Regional', 'Senior', 'Interim'])} {other}"
    return plain


def organisation(rng: random.Random) -> str:
    """An organisation, of a hard form in most draws: a legal form after a comma, a
    unit after a colon or a dash, a campus or division after a comma."""
    name = f"{rng.choice(_NAME_A)} {rng.choice(_NAME_B)}"
    care = f"{rng.choice(_CARE)} {rng.choice(_CARE_KIND)}"
    form = rng.choice(["legal", "colon", "dash", "comma", "plain"])
    if form == "legal":
        return f"{name}, {rng.choice(_LEGAL)}"
    if form == "colon":
        return f"{rng.choice([name, care])}: {rng.choice(_UNIT)}"
    if form == "dash":
        return f"{care} {rng.choice(['-', '–'])} {rng.choice(_UNIT)}"
    if form == "comma":
        if rng.random() < 0.5:
            return f"University of {rng.choice(_STATE)}, {rng.choice(_CAMPUS)}"
        return f"{name}, {rng.choice(_UNIT)}"
    return rng.choice([name, care])


def place(rng: random.Random) -> str:
    city, region = rng.choice(_CITIES)
    return rng.choice([f"{city}, {region}", city, "Remote"])


def school(rng: random.Random) -> str:
    """A school's name, with a comma (a campus, or a college within a university) in
    half the draws."""
    form = rng.choice(["campus", "within", "plain", "plain"])
    state = rng.choice(_STATE)
    if form == "campus":
        return f"University of {state}, {rng.choice(_CAMPUS)}"
    if form == "within":
        return f"{rng.choice(_NAME_A)} College, University of {state}"
    kind = rng.choice(_SCHOOL_KIND)
    return f"{state} {kind}" if kind != "University" else f"University of {state}"


def education_entry(rng: random.Random, year: int) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "institution": school(rng),
        "studyType": rng.choice(_KINDS),
        "area": rng.choice(_AREAS),
        "startDate": f"{year - 4}-09",
        "endDate": f"{year}-06",
    }
    if rng.random() < 0.4:
        entry["_areaFirst"] = True
    return entry


def base(rng: random.Random) -> dict[str, Any]:
    """A made-up person: contact details, a label, skills and one degree."""
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    city, region = rng.choice(_CITIES)
    return {
        "basics": {
            "name": f"{first} {last}",
            "label": f"{rng.choice(_FUNCTION)} {rng.choice(_NOUN)}",
            "email": f"{first}.{last}@example.com".lower(),
            "phone": f"(555) 01{rng.randint(0, 99):02d}-{rng.randint(1000, 9999)}",
            "location": {"city": city, "region": region},
        },
        "education": [education_entry(rng, rng.randint(2005, 2018))],
        "work": [
            {
                "position": f"{rng.choice(_FUNCTION)} {rng.choice(_NOUN)}",
                "name": f"{rng.choice(_NAME_A)} {rng.choice(_NAME_B)}",
                "startDate": f"{2019 + k}-0{3 + k}",
                "endDate": f"{2021 + 2 * k}-1{k}",
            }
            for k in range(2)
        ],
        "skills": [
            {"name": "Tools", "keywords": ["Excel", "SQL", "Tableau"]},
            {"name": "Languages", "keywords": ["Python", "Java"]},
        ],
    }


def pools(rng: random.Random, n: int = 60) -> dict[str, list[str]]:
    """Pools of generated values in the keys ``roles_stress._pools`` returns."""
    return {
        "position": sorted({title(rng) for _ in range(n)}),
        "name": sorted({organisation(rng) for _ in range(n)}),
        "location": sorted({place(rng) for _ in range(n // 3)}),
        "summary": [],
        "highlights": [
            "Cut the monthly close from ten days to six.",
            "Led a team of four on the migration to the new platform.",
            "Trained new staff on the reporting tools.",
            "Wrote the weekly report for the leadership team.",
        ],
    }
