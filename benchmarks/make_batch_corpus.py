"""Generate a realistic batch corpus: N resumes and M postings across many fields.

Content is assembled from the project's own taxonomy (skills per occupational
family) and templates for roles, bullets and requirements, with a fixed seed, so the
same arguments give the same corpus. Files are a mix of PDF (one- and two-column,
from the sample writer in corpora/samples/make_samples.py), DOCX and text.

    python benchmarks/make_batch_corpus.py --resumes 1000 --postings 100 --out /tmp/bc
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
TAXONOMY = ROOT / "corpora" / "taxonomy"

FIELDS = {
    "software": ("Software Engineer", "Backend Developer", "Full Stack Developer"),
    "data": ("Data Analyst", "Data Scientist", "Data Engineer"),
    "it_operations": ("Systems Administrator", "Network Engineer", "IT Support Lead"),
    "finance_accounting": ("Staff Accountant", "Financial Analyst", "AP Specialist"),
    "healthcare_nursing": ("Registered Nurse", "Charge Nurse", "Clinical Nurse"),
    "education": ("Primary Teacher", "Mathematics Teacher", "Instructional Coach"),
    "logistics_supply_chain": (
        "Warehouse Supervisor",
        "Logistics Coordinator",
        "Supply Chain Analyst",
    ),
    "sales": ("Account Executive", "Sales Development Rep", "Account Manager"),
    "marketing": ("Marketing Manager", "SEO Specialist", "Content Marketer"),
    "human_resources": ("HR Generalist", "Recruiter", "HR Business Partner"),
    "manufacturing_engineering": (
        "Process Engineer",
        "Quality Engineer",
        "Manufacturing Technician",
    ),
    "customer_service": (
        "Customer Support Specialist",
        "Support Team Lead",
        "Customer Success Manager",
    ),
}
FIRST = [
    "Ana",
    "Ben",
    "Chloe",
    "Dev",
    "Elena",
    "Farid",
    "Grace",
    "Hiro",
    "Ines",
    "Jamal",
    "Kira",
    "Liam",
    "Maya",
    "Noor",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Sam",
    "Tariq",
    "Uma",
    "Victor",
    "Wen",
    "Yara",
    "Zoe",
]
LAST = [
    "Adams",
    "Baker",
    "Chen",
    "Diaz",
    "Evans",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ito",
    "Johnson",
    "Khan",
    "Lopez",
    "Moreau",
    "Novak",
    "Okafor",
    "Patel",
    "Quist",
    "Rossi",
    "Silva",
    "Tanaka",
    "Ueda",
    "Varga",
    "Weber",
    "Young",
    "Zhou",
]
COMPANIES = (
    "Northwind",
    "Contoso",
    "Globex",
    "Initech",
    "Umbrella Health",
    "Blue Harbor",
    "Summit Logistics",
    "Brightside Schools",
    "Acme Corp",
    "Riverbend Bank",
    "Helios Labs",
    "Pioneer Manufacturing",
)
CITIES = (
    "Austin, TX",
    "Denver, CO",
    "Leeds, UK",
    "Toronto, ON",
    "Chicago, IL",
    "Dublin, Ireland",
    "Seattle, WA",
    "Manchester, UK",
)
ACTIONS = (
    "Led",
    "Built",
    "Improved",
    "Reduced",
    "Delivered",
    "Automated",
    "Designed",
    "Managed",
    "Launched",
    "Streamlined",
)
DUTIES = ("Responsible for", "Worked on", "Assisted with", "Duties included")
RESULTS = (
    "cutting cost by {p}%",
    "raising throughput {m}x",
    "saving {h} hours a month",
    "for {n} customers",
    "lifting satisfaction to {p}%",
    "across {n} sites",
)


def _load_writer() -> ModuleType:
    path = ROOT / "corpora" / "samples" / "make_samples.py"
    spec = importlib.util.spec_from_file_location("make_samples", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _skills(family: str) -> list[str]:
    path = TAXONOMY / f"{family}.tsv"
    if not path.exists():
        return ["Microsoft Excel", "Scheduling", "Reporting", "Documentation"]
    names = []
    for line in path.read_text(encoding="utf-8").splitlines()[2:]:
        if line and not line.startswith("#"):
            names.append(line.split("\t")[0])
    return names


def _result(rng: random.Random) -> str:
    return rng.choice(RESULTS).format(
        p=rng.randint(5, 60),
        m=rng.randint(2, 5),
        h=rng.randint(5, 80),
        n=rng.randint(3, 900),
    )


def resume_text(rng: random.Random, field: str, pool: list[str]) -> str:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    title = rng.choice(FIELDS[field])
    handle = name.lower().replace(" ", ".")
    skills = rng.sample(pool, min(len(pool), rng.randint(8, 16)))
    lines = [
        name,
        title,
        f"{rng.choice(CITIES)} | {handle}@example.com | "
        f"(555) 01{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
        "",
        "SUMMARY",
        f"{title} with {rng.randint(2, 15)} years of experience in "
        f"{', '.join(skills[:3])}.",
        "",
        "EXPERIENCE",
    ]
    year = 2025
    for _ in range(rng.randint(2, 4)):
        start = year - rng.randint(1, 4)
        lines += [
            f"{rng.choice(FIELDS[field])}",
            f"{rng.choice(COMPANIES)}, {rng.choice(CITIES)}",
            f"Jan {start} – {'Present' if year == 2025 else f'Dec {year}'}",
        ]
        for _ in range(rng.randint(3, 6)):
            skill = rng.choice(skills)
            if rng.random() < 0.55:
                lines.append(
                    f"• {rng.choice(ACTIONS)} {skill.lower()} work, {_result(rng)}."
                )
            else:
                lines.append(f"• {rng.choice(DUTIES)} {skill.lower()} tasks.")
        lines.append("")
        year = start
    lines += [
        "EDUCATION",
        f"Bachelor of Science, {field.replace('_', ' ').title()}, "
        f"State University, {year - 1}",
        "",
        "SKILLS",
        ", ".join(skills),
    ]
    return "\n".join(lines) + "\n"


def posting_text(rng: random.Random, field: str, pool: list[str]) -> str:
    title = rng.choice(FIELDS[field])
    asks = rng.sample(pool, min(len(pool), rng.randint(8, 14)))
    required, preferred = asks[: len(asks) * 2 // 3], asks[len(asks) * 2 // 3 :]
    lines = [
        title,
        f"{rng.choice(COMPANIES)} — {rng.choice(CITIES)}",
        "",
        "About the role",
        f"We are hiring a {title} to join a growing team.",
        "",
        "Responsibilities",
    ]
    lines += [f"• Own {s.lower()} day to day." for s in required[:3]]
    lines += [
        "",
        "Requirements",
        f"• {rng.randint(2, 7)}+ years of experience as a {title}.",
    ]
    lines += [f"• Experience with {s} is required." for s in required]
    lines += ["", "Nice to have"] + [f"• {s} is a plus." for s in preferred]
    lines += ["", "Benefits", "• Competitive salary and health insurance."]
    return "\n".join(lines) + "\n"


def generate(out: Path, n_resumes: int, n_postings: int, seed: int = 7) -> None:
    writer = _load_writer()
    rng = random.Random(seed)
    pools = {field: _skills(field) for field in FIELDS}
    for kind, count, make in (
        ("resumes", n_resumes, resume_text),
        ("postings", n_postings, posting_text),
    ):
        folder = out / kind
        folder.mkdir(parents=True, exist_ok=True)
        for i in range(count):
            field = rng.choice(list(FIELDS))
            text = make(rng, field, pools[field])
            stem = folder / f"{kind[:-1]}_{i:05d}_{field}"
            roll = rng.random()
            if roll < 0.5:  # PDF, a third of them two-column
                source = stem.with_suffix(".txt")
                source.write_text(text, encoding="utf-8")
                layout = "two" if rng.random() < 0.33 else "one"
                data = writer.make_pdf(writer.read_source(source), layout)
                stem.with_suffix(".pdf").write_bytes(data)
                source.unlink()
            elif roll < 0.8:
                source = stem.with_suffix(".txt")
                source.write_text(text, encoding="utf-8")
                data = writer.make_docx(writer.read_source(source), "docx-plain")
                stem.with_suffix(".docx").write_bytes(data)
                source.unlink()
            else:
                stem.with_suffix(".txt").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--resumes", type=int, default=1000)
    parser.add_argument("--postings", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    generate(args.out, args.resumes, args.postings, args.seed)
    print(f"wrote {args.resumes} resumes and {args.postings} postings to {args.out}")


if __name__ == "__main__":
    main()
