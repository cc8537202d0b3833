"""Build the taxonomy's derived breadth files from ESCO v1.1.1 and O*NET 29.2.

    .venv/bin/python training/taxonomy/build.py [--data ../shared/data]
        [--out corpora/taxonomy] [--check]

Writes ``esco_breadth.tsv`` (ESCO knowledge concepts of the fields beyond software)
and ``onet_tools.tsv`` (O*NET Technology Skills products) into the taxonomy directory,
each with a header naming its source version, credit, the rules version and count,
plus ``derived.meta.json`` (sha256 of the seven source files, candidates, counts).
Deterministic: the same source files give byte-identical output (``--check``
compares instead of writing and exits 1 on a difference).

Curation rules (``RULES_VERSION``), stated so that a reviewer can disagree with one:

ESCO (``skills_en.csv``, ``broaderRelationsSkillPillar.csv``, ``skillGroups_en.csv``)

1. Only ``knowledge`` concepts (nouns: "pharmacology", "enterprise risk management");
   skill/competence labels are verb phrases ("manage musical staff") that the
   project's own families and the skill model read better.
2. Only concepts under an ISCED-F field of :data:`ISCED_FIELDS` (health, welfare,
   psychology, education, business and administration, law, hospitality, transport,
   occupational health, security, engineering trades, construction); ICT, arts,
   humanities, natural sciences, agriculture and manufacturing are left out. The
   field becomes a ``field:`` tag (ESCO has no occupation-skill links in this
   export, so the field of a concept is its ISCED-F field).
3. A label (preferred or alternative) enters only when it is a short noun phrase:
   1-4 words; no digits, commas, brackets or slashes; no function word but "and";
   not opening with a generic word ("types of", "principles", "history"...) or
   ending on a generic head ("techniques", "methods", "procedures", "products"...);
   a single word must be 5+ letters and not a common English word (absent from
   ``corpora/wordlist.txt``, 9,880 words of running English text) and name a
   discipline (-logy, -ics, -graphy, -metry, -therapy...) or a product (an inner
   capital).
   3b. In the health field, no medical specialty or care setting (-logy, -ics,
   -iatry, "... medicine", "... surgery", "... care", "... nursing", "... health"):
   those are the names of departments, wards and teams ("Department of
   Gastroenterology", "Head of Primary Care") and say where a post is far more often
   than what it asks. Techniques and therapies stay (endoscopy, hydrotherapy).
   3c. No label whose head names an organisation, a document, a market or an offer
   ("social enterprise", "company policy", "security requirements", "job
   opportunities").
   3d. No alternative label made of everyday words only unless it shortens the
   preferred label ("health and safety" for "health and safety programmes"): ESCO's
   paraphrases ("online assessment" for "web strategy assessment") name other things.
   3e. No acronym (ESCO's "CSR", "SMT"): in a UK posting "CSR" is as often a place
   and "SMT" a senior management team; an acronym's sense depends on the field, so
   acronyms come only from the hand-written families and ``acronyms.tsv``.
4. A label that is a job title (ESCO occupation labels, O*NET titles and alternate
   titles) is left out: a title in a posting names the post, not a skill asked.
5. A concept any of whose labels the hand-written taxonomy already names (name or
   alias, compared as the matcher compares: case, punctuation, articles and a final
   plural ignored) is left out whole: it is the same concept, written by hand.

O*NET (``Technology Skills.txt``, ``Occupation Data.txt``, ``Alternate Titles.txt``)

6. One ``tool`` per distinct ``Example`` that is a product: flagged Hot Technology
   or In Demand in some occupation, or listed for 3+ occupations; and named like a
   product (a capital letter after the first word, not counting a trailing acronym
   or "software": "QuickBooks", "Epic Systems"; or one product-like word, or one
   flagged word that is not an English word: "Canva"). Generic category examples
   ("Payroll software", "Learning management system LMS") are left out.
6b. Not a site people link their profile to or ask to be followed on (LinkedIn,
   Facebook, Twitter, YouTube...): in resumes and postings those are contact lines.
   A product whose name without its vendor the hand-written taxonomy knows ("Google
   Angular", "Microsoft Excel") is left out under rule 5.
7. Aliases: the name without a trailing " software"/" system(s)", and without its
   vendor (a first word that opens 3+ distinct examples: "Microsoft", "Oracle",
   "Intuit") when the rest is two+ words not all everyday ("Practice Plus" is not
   McKesson's product in "Practice Plus Group"), or one product-like word.
8. ``field:`` tags from the SOC major groups of the occupations that list it
   (29/31 healthcare, 13 finance, 25 education, 35 hospitality...), hot-technology
   and in-demand tags as O*NET flags them.

Both: a label claimed by two derived concepts is dropped from both (it would be
ambiguous), and the hand-written families always win.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RULES_VERSION = 2
ESCO_DIR = "esco-v1.1.1"
ONET_DIR = "onet-29.2"
ESCO_FILES = (
    "skills_en.csv",
    "broaderRelationsSkillPillar.csv",
    "skillGroups_en.csv",
    "occupations_en.csv",
)
ONET_FILES = ("Technology Skills.txt", "Occupation Data.txt", "Alternate Titles.txt")
ESCO_CREDIT = "This service uses the ESCO classification of the European Commission."
ONET_CREDIT = (
    "O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training "
    "Administration (USDOL/ETA), CC BY 4.0."
)

#: ISCED-F field code prefix -> the project's field (longest prefix wins).
ISCED_FIELDS = {
    "011": "education",
    "018": "education",
    "0311": "finance",
    "0313": "healthcare",
    "0411": "finance",
    "0412": "finance",
    "0413": "business",
    "0414": "sales",
    "0415": "admin",
    "0416": "sales",
    "0417": "business",
    "042": "legal",
    "091": "healthcare",
    "092": "social_care",
    "1013": "hospitality",
    "1015": "hospitality",
    "102": "health_safety",
    "103": "security",
    "104": "logistics",
    "071": "trades_estates",
    "073": "trades_estates",
}
#: SOC major group -> the project's field (O*NET occupations).
SOC_FIELDS = {
    "11": "business", "13": "finance", "15": "software", "17": "engineering",
    "19": "science", "21": "social_care", "23": "legal", "25": "education",
    "27": "arts_media", "29": "healthcare", "31": "healthcare", "33": "security",
    "35": "hospitality", "37": "trades_estates", "39": "personal_care", "41": "sales",
    "43": "admin", "45": "agriculture", "47": "trades_estates",
    "49": "trades_estates", "51": "manufacturing", "53": "logistics",
}  # fmt: skip
#: Finer SOC codes -> field (HR, procurement, logistics inside 13-).
SOC_DETAIL_FIELDS = {"13-107": "hr", "13-102": "procurement", "13-108": "logistics"}

FUNCTION = frozenset(
    "a an the of to in on for with at by as from into or than per via about".split()  # noqa: SIM905
)
GENERIC_OPEN = frozenset(
    """types type kinds kind sorts sort varieties variety classes categories styles
    principles principle basics fundamentals history theory theories characteristics
    features specifications components range ranges elements aspects forms use usage
    general basic other various related different""".split()  # noqa: SIM905
)
GENERIC_HEAD = frozenset(
    """techniques technique methods method procedures procedure processes process
    products product characteristics features types kinds practices practice
    principles concepts terminology aspects elements tools materials options
    activities measures issues items""".split()  # noqa: SIM905
)
_LABEL = re.compile(r"[A-Za-z][A-Za-z'&-]*(?: [A-Za-z][A-Za-z'&-]*){0,3}")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")
#: One word enters as the name of a discipline ("audiology", "orthoptics",
#: "photogrammetry") or of a product ("WizIQ"), never as a plain noun ("resistance").
_DISCIPLINE = re.compile(
    r"(?:logy|ics|graphy|metry|therapy|pathy|iatry|iatrics|scopy|nomy|sophy|gogy)$"
)
_CAMEL = re.compile(r".[A-Z]")
#: Rule 3b: medical specialties and care settings are also the names of hospital
#: departments, wards and teams ("Department of Gastroenterology", "Head of Primary
#: Care"); in a posting they say where the post is far more often than what it asks.
_SPECIALTY = re.compile(
    r"(?:logy|logies|ics|iatry|iatrics|medicine|surger(?:y|ies)|care|nursing|health)$",
    re.IGNORECASE,
)
#: Rule 3c: heads that name an organisation, a document or a market, not a skill:
#: "social enterprise", "company policy", "security requirements".
ORGANISATION_HEAD = frozenset(
    """enterprise enterprises company companies organisation organisations
    organization organizations policy policies requirements market markets
    industry industries sector sectors department departments services service
    facilities institutions offer offers opportunities opportunity""".split()  # noqa: SIM905
)
#: Rule 6b: sites people link their profile to ("linkedin.com/in/...") or ask to be
#: followed on: in resumes and postings they are contact and "follow us" lines.
PROFILE_SITES = frozenset(
    "linkedin facebook twitter instagram tiktok pinterest snapchat youtube".split()  # noqa: SIM905
)
#: A vendor's company word after its name: "Avid Technology iNEWS".
_COMPANY = frozenset(
    """technologies technology software systems systemes laboratories labs codes
    corporation corp inc solutions group international""".split()  # noqa: SIM905
)
_PRODUCT_SUFFIX = re.compile(r"\s+(?:software|systems?)$", re.IGNORECASE)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def match_key(label: str) -> str:
    """A label as the matcher compares it: case, joining punctuation, articles and a
    final plural ignored."""
    words = re.findall(r"[a-z0-9+#]+", label.casefold().replace("&", " and "))
    words = [w for w in words if w not in {"a", "an", "the"}]
    if words and len(words[-1]) > 3 and words[-1].endswith("s"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def read_wordlist(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def label_ok(label: str, common: frozenset[str]) -> bool:
    """Rule 3: a short noun phrase that is not an everyday word."""
    if not _LABEL.fullmatch(label):
        return False
    words = label.split()
    if _ACRONYM.fullmatch(label):
        return False  # rule 3e: acronyms come from the hand-written files only
    lower = [w.lower() for w in words]
    if any(w in FUNCTION for w in lower) or lower[0] == "and" or lower[-1] == "and":
        return False
    if lower[0] in GENERIC_OPEN or lower[-1] in GENERIC_HEAD:
        return False
    if lower[-1] in ORGANISATION_HEAD:
        return False
    if len(words) == 1:
        return (
            len(label) >= 5
            and lower[0] not in common
            and label.isalpha()
            and bool(_DISCIPLINE.search(lower[0]) or _CAMEL.search(label))
        )
    return True


def _paraphrase(label: str, preferred: str, common: frozenset[str]) -> bool:
    """Rule 3d: an alternative label made of everyday words only that is not a
    shortening of the preferred label ("online assessment" for "web strategy
    assessment", "workplace health" for "workplace sanitation")."""
    words = set(match_key(label).split())
    if not words <= common:
        return False
    return not words <= set(match_key(preferred).split()) | {"and"}


def job_titles(data: Path) -> set[str]:
    """Rule 4: every occupation label of both sources, as match keys."""
    titles: set[str] = set()
    with (data / ESCO_DIR / "occupations_en.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for label in [row["preferredLabel"], *row["altLabels"].splitlines()]:
                titles.add(match_key(label))
    onet = data / ONET_DIR
    for name, column in (
        ("Occupation Data.txt", "Title"),
        ("Alternate Titles.txt", "Alternate Title"),
    ):
        with (onet / name).open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                titles.add(match_key(row[column]))
    titles.discard("")
    return titles


def esco_fields(data: Path) -> dict[str, str]:
    """ESCO concept URI -> project field, from its nearest ISCED-F group."""
    broader: dict[str, list[str]] = defaultdict(list)
    path = data / ESCO_DIR / "broaderRelationsSkillPillar.csv"
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            broader[row["conceptUri"]].append(row["broaderUri"])

    def codes(uri: str, seen: frozenset[str]) -> set[str]:
        out: set[str] = set()
        for parent in broader.get(uri, ()):
            if "/isced-f/" in parent:
                out.add(parent.rsplit("/", 1)[1])
            elif parent not in seen:
                out |= codes(parent, seen | {parent})
        return out

    fields: dict[str, str] = {}
    for uri in broader:
        found = set()
        for code in codes(uri, frozenset({uri})):
            prefixes = [p for p in ISCED_FIELDS if code.startswith(p)]
            if prefixes:
                found.add(ISCED_FIELDS[max(prefixes, key=len)])
        if len(found) == 1:  # a concept of several fields has no one field
            fields[uri] = found.pop()
    return fields


def _capitalized(label: str) -> str:
    return label[:1].upper() + label[1:] if label[:1].islower() else label


def esco_concepts(
    data: Path, common: frozenset[str], titles: set[str]
) -> list[dict[str, object]]:
    fields = esco_fields(data)
    out = []
    with (data / ESCO_DIR / "skills_en.csv").open(encoding="utf-8") as fh:
        rows = sorted(csv.DictReader(fh), key=lambda r: r["conceptUri"])
    for row in rows:
        if row["skillType"] != "knowledge" or row["conceptUri"] not in fields:
            continue
        preferred = " ".join(row["preferredLabel"].split())
        alts = [" ".join(a.split()) for a in row["altLabels"].splitlines()]
        field = fields[row["conceptUri"]]
        labels = [
            label
            for label in dict.fromkeys([preferred, *alts])
            if label
            and label_ok(label, common)
            and match_key(label) not in titles
            and not (field == "healthcare" and _SPECIALTY.search(label))
            and (label == preferred or not _paraphrase(label, preferred, common))
        ]
        if labels:
            out.append(
                {
                    "preferred": preferred,
                    "labels": labels,
                    "field": field,
                    "uri": row["conceptUri"],
                }
            )
    return out


def _soc_field(code: str) -> str:
    for prefix, field in SOC_DETAIL_FIELDS.items():
        if code.startswith(prefix):
            return field
    return SOC_FIELDS.get(code[:2], "other")


def _product_word(word: str, common: frozenset[str]) -> bool:
    """One word that can only be a product's name: "QuickBooks", "SolidWorks"."""
    return (
        len(word) >= 4
        and word.lower() not in common
        and (bool(_CAMEL.search(word)) or any(c.isdigit() for c in word))
    )


def onet_products(data: Path, common: frozenset[str]) -> list[dict[str, object]]:
    path = data / ONET_DIR / "Technology Skills.txt"
    occupations: dict[str, set[str]] = defaultdict(set)
    flags: dict[str, set[str]] = defaultdict(set)
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            example = " ".join(row["Example"].split())
            occupations[example].add(row["O*NET-SOC Code"])
            if row["Hot Technology"] == "Y":
                flags[example].add("hot-technology")
            if row["In Demand"] == "Y":
                flags[example].add("in-demand")
    openers: dict[str, set[str]] = defaultdict(set)
    for example in occupations:
        if len(example.split()) > 1:
            openers[example.split()[0]].add(example)
    vendors = {
        w
        for w, examples in openers.items()
        if len(examples) >= 3 and w.lower() not in common and w[:1].isupper()
    }
    out = []
    for example in sorted(occupations):
        if not (flags[example] or len(occupations[example]) >= 3):
            continue
        words = example.split()
        named = [w for w in words[1:] if not w.isupper() and w.lower() != "software"]
        product_like = any(c.isupper() for w in named for c in w) or (
            len(words) == 1
            and example.lower() not in common
            and (_product_word(example, common) or bool(flags[example]))
        )
        if not product_like or not re.fullmatch(r"[\w .+#&'/-]+", example):
            continue
        if example.lower() in PROFILE_SITES:
            continue
        labels = [example]
        stem = _PRODUCT_SUFFIX.sub("", example)
        if stem != example and (len(stem.split()) > 1 or _product_word(stem, common)):
            labels.append(stem)
        for label in list(labels):
            parts = label.split()
            if parts[0] not in vendors or len(parts) < 2:
                continue
            parts = parts[1:]
            if len(parts) > 1 and parts[0].lower() in _COMPANY:
                parts = parts[1:]
            rest = " ".join(parts)
            everyday = all(w.lower() in common for w in parts)
            if (len(parts) > 1 and not everyday) or _product_word(rest, common):
                labels.append(rest)
        labels = [lab for lab in dict.fromkeys(labels) if len(lab) >= 3]
        fields = sorted({_soc_field(c) for c in occupations[example]})
        out.append(
            {
                "preferred": example,
                "labels": labels,
                "fields": fields,
                "flags": sorted(flags[example]),
                "occupations": len(occupations[example]),
            }
        )
    return out


def existing_keys(taxonomy_dir: Path, derived: set[str]) -> set[str]:
    """Match keys of every name and alias of the hand-written families."""
    sys.path.insert(0, str(ROOT))
    from gapcheck.extract.taxonomy_schema import read_tsv

    keys: set[str] = set()
    for tsv in sorted(taxonomy_dir.glob("*.tsv")):
        if tsv.name in derived or tsv.name == "acronyms.tsv":
            continue
        for row in read_tsv(tsv):
            for label in (row.skill.name, *row.skill.aliases):
                keys.add(match_key(label))
    return keys


def _check_keys(concept: dict[str, object]) -> set[str]:
    """Keys that say the hand-written taxonomy already has this concept: each label,
    and a label's trailing acronym and the words before it ("Amazon Web Services
    AWS")."""
    keys = set()
    for label in [str(concept["preferred"]), *concept["labels"]]:  # type: ignore[misc]
        keys.add(match_key(label))
        if concept["source"] == "onet" and len(label.split()) > 1:
            keys.add(match_key(label.split(maxsplit=1)[1]))  # "Google Angular"
        words = _PRODUCT_SUFFIX.sub("", label).split()
        if len(words) > 2 and _ACRONYM.fullmatch(words[-1]):
            keys |= {match_key(words[-1]), match_key(" ".join(words[:-1]))}
    return keys


def curate(
    concepts: list[dict[str, object]], known: set[str]
) -> list[tuple[dict[str, object], list[str]]]:
    """Rule 5 and the shared-label rule: each concept with the labels it keeps."""
    claims: dict[str, int] = defaultdict(int)
    for concept in concepts:
        for key in {match_key(str(lab)) for lab in concept["labels"]}:  # type: ignore[attr-defined]
            claims[key] += 1
    kept = []
    for concept in concepts:
        if any(key in known for key in _check_keys(concept)):
            continue  # the hand-written taxonomy names it: one entry per concept
        labels, seen = [], set()
        for label in concept["labels"]:  # type: ignore[attr-defined]
            key = match_key(label)
            if key in known or claims[key] > 1 or key in seen:
                continue
            seen.add(key)
            labels.append(label)
        if labels:
            kept.append((concept, labels))
    return kept


def _row(name: str, kind: str, aliases: list[str], tags: list[str]) -> str:
    return "\t".join(
        [name, kind, "technical", "|".join(aliases), "", "", "|".join(tags)]
    )


def _aliases(rows: list[str]) -> int:
    return sum(len(r.split("\t")[3].split("|")) for r in rows if r.split("\t")[3])


def build(data: Path, out: Path) -> dict[str, str]:
    """The derived files' contents, by file name."""
    names = {"esco_breadth.tsv", "onet_tools.tsv"}
    common = read_wordlist(ROOT / "corpora" / "wordlist.txt")
    titles = job_titles(data)
    esco = esco_concepts(data, common, titles)
    onet = [
        p
        for p in onet_products(data, common)
        if all(match_key(str(lab)) not in titles for lab in p["labels"][:1])  # type: ignore[index]
    ]
    for concept in esco:
        concept["source"] = "esco"
    for product in onet:
        product["source"] = "onet"
    known = existing_keys(out, names)
    kept = curate(esco + onet, known)
    hashes = {f"{ESCO_DIR}/{n}": sha256(data / ESCO_DIR / n) for n in ESCO_FILES} | {
        f"{ONET_DIR}/{n}": sha256(data / ONET_DIR / n) for n in ONET_FILES
    }
    esco_rows, onet_rows = [], []
    for concept, labels in kept:
        if concept["source"] == "esco":
            name = _capitalized(labels[0])
            aliases = [lab for lab in labels[1:] if lab.casefold() != name.casefold()]
            tags = ["esco", f"field:{concept['field']}"]
            esco_rows.append(_row(name, "domain", aliases, tags))
        else:
            name = labels[0]
            tags = ["onet", *(f"field:{f}" for f in concept["fields"])]  # type: ignore[attr-defined]
            tags += list(concept["flags"])  # type: ignore[call-overload]
            onet_rows.append(_row(name, "tool", labels[1:], tags))
    meta = {
        "rules_version": RULES_VERSION,
        "recipe": "training/taxonomy/build.py",
        "sources": {"esco": "ESCO v1.1.1", "onet": "O*NET 29.2"},
        "credit": [ESCO_CREDIT, ONET_CREDIT],
        "sha256": hashes,
        "candidates": {"esco": len(esco), "onet": len(onet)},
        "counts": {
            "esco_breadth.tsv": len(esco_rows),
            "onet_tools.tsv": len(onet_rows),
        },
        "aliases": {
            "esco_breadth.tsv": _aliases(esco_rows),
            "onet_tools.tsv": _aliases(onet_rows),
        },
    }
    files = {}
    for fname, rows, source, credit in (
        ("esco_breadth.tsv", esco_rows, "ESCO v1.1.1", ESCO_CREDIT),
        ("onet_tools.tsv", onet_rows, "O*NET 29.2", ONET_CREDIT),
    ):
        header = [
            "# gapcheck-taxonomy 1",
            "name\tkind\tcategory\taliases\tbroader\timplies\ttags",
            f"# DERIVED DATA, do not edit: built by training/taxonomy/build.py (rules "
            f"version {RULES_VERSION}) from {source}; {len(rows)} skills.",
            f"# {credit}",
            "# Source files (sha256) are listed in derived.meta.json.",
        ]
        files[fname] = "\n".join([*header, *rows]) + "\n"
    files["derived.meta.json"] = json.dumps(meta, indent=2, sort_keys=True) + "\n"
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=ROOT / "corpora" / "taxonomy")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    files = build(args.data, args.out)
    differ = []
    for name, text in files.items():
        path = args.out / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                differ.append(name)
        else:
            path.write_text(text, encoding="utf-8")
    meta = json.loads(files["derived.meta.json"])
    print(json.dumps(meta["counts"] | {"aliases": meta["aliases"]}))
    if differ:
        print("differs from the committed files:", ", ".join(differ))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
