"""A synthetic probe set for the resume parser (issue 14, round 11): ten invented
people whose education and roles are written the ways real resumes of other
countries write them (schools and degrees named in Spanish, Italian, German,
Portuguese, French, Romanian, Dutch; "University of X, City, Country"; schools with
no school word: "Sciences Po", "Le Wagon", "Stanford"; "Title, Team" positions).
Written as JSON Resume files, to be laid out six ways by ``render_resumes.py``::

    python benchmarks/make_probe_resumes.py OUT/src
    python benchmarks/render_resumes.py OUT/src OUT/out
    python benchmarks/field_accuracy.py --reader gapcheck --truth OUT/out/truth.json

The people are invented; only the schools' names are real. It was written from
those categories before the parser ran on it and is worked on, not held out: use
it to find a class of error, never as the figure of a rule's worth.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

P: list[tuple[str, dict[str, Any]]] = []
SUMMARY = "Engineer and analyst with years of practice across teams."


def person(
    stem: str,
    name: str,
    label: str,
    city: str,
    region: str,
    email: str,
    phone: str,
    edu: list[tuple[str, ...]],
    work: list[tuple[str | None, ...]],
) -> None:
    P.append(
        (
            stem,
            {
                "basics": {
                    "name": name,
                    "label": label,
                    "email": email,
                    "phone": phone,
                    "location": {"city": city, "region": region},
                    "summary": SUMMARY,
                },
                "education": [
                    dict(
                        zip(
                            (
                                "institution",
                                "studyType",
                                "area",
                                "startDate",
                                "endDate",
                            ),
                            e,
                            strict=True,
                        )
                    )
                    for e in edu
                ],
                "work": [
                    dict(
                        zip(
                            ("position", "company", "location", "startDate", "endDate"),
                            w,
                            strict=True,
                        ),
                        highlights=[
                            "Led a project that shipped on time.",
                            "Cut costs by a fifth.",
                        ],
                    )
                    for w in work
                ],
                "skills": [{"name": "Languages", "keywords": ["Python", "SQL"]}],
            },
        )
    )


person(
    "p01",
    "Lucía Fernández Ruiz",
    "Data Engineer",
    "Madrid",
    "Spain",
    "lucia.fr@example.org",
    "+34 612 345 678",
    [
        ("Universidad Complutense de Madrid", "Grado", "Matemáticas", "2010", "2014"),
        (
            "Universitat Politècnica de Catalunya",
            "Máster",
            "Ingeniería Informática",
            "2014",
            "2016",
        ),
        (
            "Pontificia Universidad Javeriana",
            "Diplomado",
            "Analítica de Datos",
            "2017",
            "2017",
        ),
    ],
    [
        ("Ingeniera de Datos", "Cabify", "Madrid, Spain", "2019-03", None),
        (
            "Senior Data Engineer, Payments Platform",
            "Glovo",
            "Barcelona",
            "2016-09",
            "2019-02",
        ),
        ("Analista", "BBVA", "Madrid", "2014-06", "2016-08"),
    ],
)
person(
    "p02",
    "Matteo Bianchi",
    "Software Architect",
    "Milan",
    "Lombardy",
    "m.bianchi@example.org",
    "+39 333 1234567",
    [
        (
            "Politecnico di Torino",
            "Laurea Magistrale",
            "Computer Engineering",
            "2008",
            "2010",
        ),
        (
            "Università degli Studi di Padova",
            "Laurea Triennale",
            "Ingegneria dell'Informazione",
            "2005",
            "2008",
        ),
        ("Liceo Scientifico Galileo Galilei", "Diploma", "", "2000", "2005"),
    ],
    [
        (
            "Software Architect, Core Banking",
            "Intesa Sanpaolo",
            "Milan",
            "2015-01",
            None,
        ),
        (
            "Backend Developer",
            "Yoox Net-a-Porter Group",
            "Bologna",
            "2011-02",
            "2014-12",
        ),
        ("Sviluppatore Java", "Reply", "Turin", "2010-09", "2011-01"),
    ],
)
person(
    "p03",
    "Jonas Becker",
    "Research Scientist",
    "Munich",
    "Bavaria",
    "jonas.becker@example.org",
    "+49 151 23456789",
    [
        (
            "Technische Universität München",
            "Dr. rer. nat.",
            "Informatik",
            "2014",
            "2018",
        ),
        ("Ludwig-Maximilians-Universität München", "M.Sc.", "Physics", "2011", "2014"),
        ("Karlsruher Institut für Technologie", "B.Sc.", "Physik", "2008", "2011"),
        ("ETH Zürich", "Exchange semester", "", "2012", "2012"),
    ],
    [
        (
            "Research Scientist, Perception Team",
            "Bosch Center for Artificial Intelligence",
            "Renningen",
            "2018-10",
            None,
        ),
        (
            "Doktorand",
            "Max-Planck-Institut für Intelligente Systeme",
            "Tübingen",
            "2014-10",
            "2018-09",
        ),
    ],
)
person(
    "p04",
    "Ana Souza",
    "Product Manager",
    "São Paulo",
    "Brazil",
    "ana.souza@example.org",
    "+55 11 91234-5678",
    [
        ("Universidade de São Paulo", "Bacharelado", "Administração", "2009", "2013"),
        ("Fundação Getulio Vargas", "MBA", "Gestão de Produtos", "2015", "2016"),
        ("Insper", "Certificate", "Data Science", "2018", "2018"),
    ],
    [
        ("Product Manager", "Nubank", "São Paulo", "2017-05", None),
        ("Gerente de Projetos", "Itaú Unibanco", "São Paulo", "2013-02", "2017-04"),
    ],
)
person(
    "p05",
    "Camille Moreau",
    "Développeuse Full-Stack",
    "Lyon",
    "Auvergne-Rhône-Alpes",
    "camille.moreau@example.org",
    "+33 6 12 34 56 78",
    [
        ("INSA Lyon", "Diplôme d'ingénieur", "Informatique", "2012", "2017"),
        ("Sciences Po", "Master", "Affaires publiques", "2017", "2019"),
        ("Le Wagon", "Bootcamp", "Web Development", "2019", "2019"),
        ("Lycée du Parc", "Classes préparatoires", "MPSI", "2010", "2012"),
    ],
    [
        ("Développeuse Full-Stack", "Doctolib", "Paris", "2020-01", None),
        (
            "Chargée de mission",
            "Ministère de l'Économie",
            "Paris",
            "2019-03",
            "2019-12",
        ),
    ],
)
person(
    "p06",
    "Priya Raman",
    "Machine Learning Engineer",
    "Seattle",
    "WA",
    "priya.raman@example.org",
    "(206) 555-0142",
    [
        (
            "University of California, Los Angeles",
            "M.S.",
            "Computer Science",
            "2015",
            "2017",
        ),
        ("University of Wisconsin–Madison", "B.S.", "Statistics", "2011", "2015"),
        ("Stanford", "Graduate Certificate", "Artificial Intelligence", "2019", "2020"),
        ("Coursera", "Specialization", "Deep Learning", "2018", "2018"),
    ],
    [
        (
            "Senior Machine Learning Engineer, Ads Ranking",
            "Meta",
            "Seattle, WA",
            "2020-01",
            None,
        ),
        (
            "Machine Learning Engineer",
            "Zillow Group",
            "Seattle, WA",
            "2017-07",
            "2019-12",
        ),
        (
            "Data Science Intern",
            "Microsoft Research",
            "Redmond, WA",
            "2016-06",
            "2016-09",
        ),
    ],
)
person(
    "p07",
    "Elena Popescu",
    "QA Lead",
    "Bucharest",
    "Romania",
    "elena.popescu@example.org",
    "+40 721 234 567",
    [
        (
            "Universitatea Politehnica din București",
            "Inginer",
            "Automatică și Calculatoare",
            "2006",
            "2010",
        ),
        (
            "Academia de Studii Economice din București",
            "Master",
            "Business Administration",
            "2011",
            "2013",
        ),
        (
            "National and Kapodistrian University of Athens",
            "Erasmus exchange",
            "Informatics",
            "2009",
            "2009",
        ),
    ],
    [
        ("QA Lead, Mobile", "UiPath", "Bucharest", "2016-04", None),
        ("Test Engineer", "Ubisoft Bucharest", "Bucharest", "2010-09", "2016-03"),
    ],
)
person(
    "p08",
    "Diego Herrera",
    "Civil Engineer",
    "Monterrey",
    "Nuevo León",
    "diego.herrera@example.org",
    "+52 81 1234 5678",
    [
        ("Tecnológico de Monterrey", "Ingeniero Civil", "", "2005", "2010"),
        (
            "Universidad Nacional Autónoma de México",
            "Maestría",
            "Ingeniería Estructural",
            "2011",
            "2013",
        ),
        ("Imperial College London", "MSc", "Structural Engineering", "2013", "2014"),
    ],
    [
        ("Project Engineer", "CEMEX", "Monterrey", "2014-09", None),
        ("Ingeniero Residente", "ICA", "Mexico City", "2010-07", "2011-08"),
    ],
)
person(
    "p09",
    "Sofie Jansen",
    "UX Researcher",
    "Amsterdam",
    "North Holland",
    "sofie.jansen@example.org",
    "+31 6 12345678",
    [
        ("Universiteit van Amsterdam", "MSc", "Information Studies", "2014", "2015"),
        ("TU Delft", "BSc", "Industrial Design", "2010", "2014"),
        ("Aalto University", "Exchange program", "Design", "2013", "2013"),
    ],
    [
        ("UX Researcher, Growth", "Booking.com", "Amsterdam", "2018-02", None),
        ("Design Intern", "Philips", "Eindhoven", "2014-06", "2014-12"),
    ],
)
person(
    "p10",
    "Kenji Watanabe",
    "Embedded Engineer",
    "Toronto",
    "Ontario",
    "kenji.w@example.org",
    "416-555-0199",
    [
        (
            "University of Toronto, Toronto, Canada",
            "BASc",
            "Electrical Engineering",
            "2008",
            "2012",
        ),
        (
            "University of Waterloo",
            "MASc",
            "Electrical and Computer Engineering",
            "2012",
            "2014",
        ),
        (
            "Georgia Tech",
            "Online Master of Science",
            "Computer Science",
            "2019",
            "2022",
        ),
    ],
    [
        ("Embedded Engineer, Firmware", "Ecobee", "Toronto, ON", "2014-05", None),
        ("Co-op Student", "BlackBerry", "Waterloo, ON", "2011-01", "2011-08"),
    ],
)


def main(argv: list[str] | None = None) -> int:
    out = Path((argv or sys.argv[1:])[0])
    out.mkdir(parents=True, exist_ok=True)
    for stem, d in P:
        for w in d["work"]:
            if w["endDate"] is None:
                w.pop("endDate")
        text = json.dumps(d, ensure_ascii=False, indent=1)
        (out / f"{stem}.json").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
