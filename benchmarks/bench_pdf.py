"""Benchmark PDF text extraction: speed and two quality rates.

Usage (from the project root)::

    OMP_NUM_THREADS=1 python benchmarks/bench_pdf.py [--runs 5] [--json out.json]
        [--only ours,pdftotext] [--no-tables]

Document sets: the shared real resumes (``../shared/data/resumes``: the 131
livecareer wkhtmltopdf exports, the nine latexcv LaTeX layouts, templates_head,
fictional_2024, sb2nov), the jd_pdf_2024 postings and the project's wkhtmltopdf
fixtures. ``--only`` picks the paths (pdfplumber on livecareer takes minutes);
``--no-tables`` skips the pdfplumber ``find_tables`` comparison.

Paths compared, one thread each:

- ``ours``: ``gapcheck.ingest.pdf.read_pdf`` (pdfium characters + own layout).
- ``pypdfium2``: ``PdfTextPage.get_text_range()`` per page (pdfium's own text).
- ``pdfplumber``: ``page.extract_text()`` per page.
- ``pdfium-load``: pdfium's page load and text-page load and their closes alone,
  no character read and no layout (reference only: the floor under ``ours``,
  which no change in gapcheck's own code goes below; no quality figures).
- ``pdftotext`` / ``pdftotext -layout``: poppler, as a subprocess (reference only:
  its time includes process start-up). With ``pdftotext`` among the paths, its
  start-up alone (a blank one-page PDF) is measured too and taken off for a second
  figure, poppler's own work per page.

How time is counted: each file is read once to warm up, then the median of
``--runs`` runs. ``ours`` is timed in this process with imports done (the CPU of
``read_pdf`` on the file's bytes, reading the file included); a subprocess's CPU is
the child's user + system time plus this process's own (the fork).

Quality:

- **merge rate** (reading order): on the two two-column PDFs of
  ``../shared/data/resumes/templates_head`` (Chromium writes each column in turn) and
  on ``tests/fixtures/pdf/interleaved.pdf`` (columns on shared baselines, written
  line by line alternately, as table-based exports do) the words (lowercased runs of
  letters and digits) found only in the left column and only in the right column are
  taken from
  the page geometry (pdfplumber words, split at the right column's left edge, below
  the full-width header). A line of output is *merged* when it holds words of both
  columns; the rate is over the lines holding a word of either (lines made only of
  the header's words are left out). (Comparing with the
  single-column twin's lines instead would count a date kept on its job-title line as
  a merge, because the single-column template puts dates on lines of their own.)
- **glue rate** (word spacing): on the wkhtmltopdf fixtures of
  ``tests/fixtures/pdf`` (HTML-to-PDF, no space glyphs) the ground truth is the words
  of the HTML source. A *long word* is a run of 8 or more letters. An occurrence is
  *glued* when the output has fewer standalone copies of the word than the source and
  the word appears inside a longer output token (joined to a neighbour); *split* when
  it is missing and not inside a longer token (broken by a false space).
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
FIXTURES = ROOT / "tests" / "fixtures" / "pdf"
TOKEN = re.compile(r"[a-z0-9]+")
LONG = re.compile(r"[A-Za-z]{8,}")


def ours(path: Path) -> tuple[str, int]:
    from gapcheck.ingest.pdf import read_pdf

    result = read_pdf(path.read_bytes(), str(path))
    return result.text, min(result.layout.pages, 30)


def pypdfium2_text(path: Path) -> tuple[str, int]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(path.read_bytes())
    try:
        parts = []
        for page in doc:
            textpage = page.get_textpage()
            parts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n\n".join(parts), len(parts)
    finally:
        doc.close()


def pdfium_load(path: Path) -> tuple[str, int]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    doc = pdfium.PdfDocument(path.read_bytes())
    try:
        pages = min(len(doc), 30)
        for index in range(pages):
            page = pdfium_c.FPDF_LoadPage(doc, index)
            pdfium_c.FPDFText_ClosePage(pdfium_c.FPDFText_LoadPage(page))
            pdfium_c.FPDF_ClosePage(page)
        return "", pages
    finally:
        doc.close()


def pdfplumber_text(path: Path) -> tuple[str, int]:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        parts = [page.extract_text() or "" for page in pdf.pages]
    return "\n\n".join(parts), len(parts)


def _pdftotext(path: Path, *flags: str) -> tuple[str, int]:
    out = subprocess.run(
        ["pdftotext", *flags, str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8", "replace")
    return out, out.count("\f") or 1


def pdftotext(path: Path) -> tuple[str, int]:
    return _pdftotext(path)


def pdftotext_layout(path: Path) -> tuple[str, int]:
    return _pdftotext(path, "-layout")


def pdftotext_startup(runs: int) -> float:
    """Median CPU seconds of one ``pdftotext`` run on a blank one-page PDF: its
    process start-up (exec, loading poppler, reading the file), which its figure
    pays once per file and ``ours`` (in-process, imports done) does not."""
    import tempfile

    import pypdfium2 as pdfium

    with tempfile.TemporaryDirectory() as tmp:
        blank = Path(tmp) / "blank.pdf"
        doc = pdfium.PdfDocument.new()
        doc.new_page(612, 792)
        doc.save(blank)
        doc.close()
        return time_path(pdftotext, blank, max(runs, 5))[1]


PATHS: dict[str, Callable[[Path], tuple[str, int]]] = {
    "ours": ours,
    "pypdfium2": pypdfium2_text,
    "pdfium-load": pdfium_load,
    "pdfplumber": pdfplumber_text,
    "pdftotext": pdftotext,
    "pdftotext -layout": pdftotext_layout,
}


#: Paths timed but not read for text (no quality figures).
SPEED_ONLY = {"pdfium-load"}


def _cpu() -> float:
    """CPU seconds of this process and its finished children (pdftotext)."""
    import resource

    child = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + child.ru_utime + child.ru_stime


def time_path(
    fn: Callable[[Path], tuple[str, int]], path: Path, runs: int
) -> tuple[float, float]:
    """Median wall-clock and median CPU seconds of ``fn(path)`` over ``runs`` runs.

    CPU time is the steadier figure on a loaded machine (it does not count time spent
    waiting for a core)."""
    fn(path)  # warm-up (imports, fonts)
    wall, cpu = [], []
    for _ in range(runs):
        c0, w0 = _cpu(), time.perf_counter()
        fn(path)
        wall.append(time.perf_counter() - w0)
        cpu.append(_cpu() - c0)
    return statistics.median(wall), statistics.median(cpu)


def column_tokens(
    path: Path, gutter: float | None = None, body: float | None = None
) -> tuple[set[str], set[str], set[str]]:
    """Words found only in the left / only in the right column of a two-column PDF,
    and the words of the full-width header above the columns.

    Geometry from pdfplumber's ``extract_words``. By default (the templates) the
    right column starts at the "EDUCATION" heading's left edge and the body at the
    "SUMMARY" heading's top.
    """
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        words = pdf.pages[0].extract_words()
    if gutter is None:
        gutter = min(w["x0"] for w in words if w["text"] == "EDUCATION") - 2
    if body is None:
        body = min(w["top"] for w in words if w["text"] == "SUMMARY") - 2
    left: set[str] = set()
    right: set[str] = set()
    header: set[str] = set()
    for w in words:
        if w["top"] < body:
            header.update(TOKEN.findall(w["text"].lower()))
            continue
        side = left if w["x1"] <= gutter else right if w["x0"] >= gutter else None
        if side is not None:
            side.update(TOKEN.findall(w["text"].lower()))
    return left - right, right - left, header


def merge_rate(
    text: str, left: set[str], right: set[str], header: set[str]
) -> tuple[int, int]:
    """(lines with words of both columns, lines with a word of either column).

    Lines made only of words of the full-width header are not counted."""
    merged = counted = 0
    for line in text.splitlines():
        toks = set(TOKEN.findall(line.lower()))
        if toks <= header:
            continue
        in_left, in_right = bool(toks & left), bool(toks & right)
        if in_left or in_right:
            counted += 1
            merged += in_left and in_right
    return merged, counted


def glue_rate(text: str, source_html: str) -> tuple[int, int, int]:
    body = re.sub(r"(?s)<style.*?</style>", " ", source_html)
    plain = html.unescape(re.sub(r"<[^>]+>", " ", body))
    truth = Counter(w.lower() for w in LONG.findall(plain))
    out_tokens = re.findall(r"[A-Za-z0-9]+", text)
    standalone = Counter(t.lower() for t in out_tokens)
    longer = [t.lower() for t in out_tokens if len(t) >= 9]
    glued = split = 0
    for word, count in truth.items():
        missing = max(0, count - standalone[word])
        if not missing:
            continue
        inside = sum(1 for t in longer if word in t and t != word)
        g = min(missing, inside)
        glued += g
        split += missing - g
    return glued, split, sum(truth.values())


def tables_compared(files: list[Path]) -> list[tuple[str, int, int, float]]:
    """(file, ruled tables found by ours, tables found by pdfplumber's
    ``find_tables``, pdfplumber's ms/page for finding them)."""
    import pdfplumber

    from gapcheck.ingest.pdf import read_pdf

    rows = []
    for path in files:
        ours_count = read_pdf(path.read_bytes(), str(path)).layout.tables
        start = time.perf_counter()
        with pdfplumber.open(path) as pdf:
            theirs = sum(len(page.find_tables()) for page in pdf.pages)
            pages = len(pdf.pages)
        ms = 1000 * (time.perf_counter() - start) / max(pages, 1)
        rows.append((path.name, ours_count, theirs, ms))
    return rows


def machine() -> dict[str, str]:
    model = ""
    try:
        for line in subprocess.run(
            ["lscpu"], capture_output=True, text=True, check=True
        ).stdout.splitlines():
            if line.startswith("Model name"):
                model = line.split(":", 1)[1].strip()
    except (OSError, subprocess.CalledProcessError):
        pass
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": str(os.cpu_count()),
        "cpu": model,
        "python": platform.python_version(),
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def main() -> None:
    import logging

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--plumber-runs", type=int, default=3)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--only", default="", help="comma-separated path names")
    parser.add_argument("--no-tables", action="store_true")
    args = parser.parse_args()
    only = [n for n in args.only.split(",") if n]
    paths = {n: fn for n, fn in PATHS.items() if not only or n in only}
    if any(n.startswith("pdftotext") for n in paths) and not shutil.which("pdftotext"):
        # (otherwise every file fails, is skipped, and the set reads 0.0 ms/page)
        parser.error(
            "pdftotext is not installed (Debian: apt-get install poppler-utils)"
        )

    sets = {
        "livecareer": sorted((SHARED / "resumes" / "livecareer").rglob("*.pdf")),
        "latexcv": sorted((SHARED / "resumes" / "latexcv").glob("*.pdf")),
        "templates_head": sorted((SHARED / "resumes" / "templates_head").glob("*.pdf")),
        "fictional_2024": sorted((SHARED / "resumes" / "fictional_2024").glob("*.pdf")),
        "sb2nov": sorted((SHARED / "resumes" / "sb2nov").glob("*.pdf")),
        "jd_pdf_2024": sorted((SHARED / "postings" / "jd_pdf_2024").glob("*.pdf")),
        "wkhtmltopdf fixtures": sorted(FIXTURES.glob("wk_*.pdf")),
    }
    report: dict[str, object] = {"machine": machine()}
    speed: dict[str, dict[str, list[float]]] = {}
    for name, fn in paths.items():
        runs = args.plumber_runs if name == "pdfplumber" else args.runs
        per_set: dict[str, list[float]] = {}
        for set_name, files in sets.items():
            wall = cpu = pages = 0.0
            timed = 0
            for path in files:
                try:
                    _, n = fn(path)
                except Exception:  # a PDF with no text (one livecareer export)
                    continue
                w, c = time_path(fn, path, runs)
                wall, cpu, pages = wall + w, cpu + c, pages + n
                timed += 1
            per_set[set_name] = [
                1000 * wall / max(pages, 1),
                1000 * cpu / max(pages, 1),
                pages,
                len(files),
                timed,
            ]
            print(f"{name:18s} {set_name:22s} {per_set[set_name][0]:8.1f} ms/page "
                  f"wall {per_set[set_name][1]:8.1f} ms/page CPU",
                  file=sys.stderr)  # fmt: skip
        speed[name] = per_set
    report["speed_ms_per_page"] = speed
    if "pdftotext" in speed:
        # How the two are measured: ours in this process (imports and one warm-up
        # read per file done: the CPU of read_pdf on the file's bytes); pdftotext as
        # a new process per file (exec and poppler's start-up included, and the
        # fork in this process). The start-up, measured apart, is taken off below
        # for a figure of poppler's own work per page.
        startup = pdftotext_startup(args.runs)
        report["pdftotext_startup_cpu_ms"] = 1000 * startup
        net = {
            set_name: round(v[1] - 1000 * startup * v[4] / max(v[2], 1), 2)
            for set_name, v in speed["pdftotext"].items()
        }
        report["pdftotext_without_startup_cpu_ms_per_page"] = net
        print(f"pdftotext start-up (blank one-page PDF): {1000 * startup:.1f} ms CPU "
              f"a file; without it, CPU ms/page: {net}", file=sys.stderr)  # fmt: skip
    report["machine_end"] = machine()["load"]

    merges: dict[str, dict[str, list[int]]] = {}
    base = SHARED / "resumes" / "templates_head"
    two_columns = {
        two: base / f"{two}.pdf" for two in ("two-column", "modern-two-column")
    }
    columns = {name: column_tokens(path) for name, path in two_columns.items()}
    sys.path.insert(0, str(FIXTURES))
    from make_fixtures import INTERLEAVED_BODY, INTERLEAVED_GUTTER

    two_columns["interleaved"] = FIXTURES / "interleaved.pdf"
    columns["interleaved"] = column_tokens(
        two_columns["interleaved"], INTERLEAVED_GUTTER, INTERLEAVED_BODY
    )
    glue: dict[str, list[int]] = {}
    quality = {n: fn for n, fn in paths.items() if n not in SPEED_ONLY}
    for name, fn in quality.items():
        merges[name] = {}
        for two, (left, right, header) in columns.items():
            text, _ = fn(two_columns[two])
            merges[name][two] = list(merge_rate(text, left, right, header))
        g = [0, 0, 0]
        for stem in ("wk_single", "wk_sidebar"):
            text, _ = fn(FIXTURES / f"{stem}.pdf")
            source = (FIXTURES / f"{stem}.html").read_text(encoding="utf-8")
            for k, v in enumerate(glue_rate(text, source)):
                g[k] += v
        glue[name] = g
    report["merged_lines"] = merges
    report["glued_split_total_long_words"] = glue

    head = " | ".join(sets)
    print(
        f"\n| path | {head} | merged (templates) | merged (interleaved) "
        "| glued | split |"
    )
    print("|---" * (len(sets) + 5) + "|")
    for name in paths:
        cells = " | ".join(
            f"{speed[name][s][0]:.1f} ({speed[name][s][1]:.1f})" for s in sets
        )
        if name not in quality:
            print(f"| {name} | {cells} | - | - | - | - |")
            continue
        tpl = [v for k, v in merges[name].items() if k != "interleaved"]
        m = [sum(v[0] for v in tpl), sum(v[1] for v in tpl)]
        il = merges[name]["interleaved"]
        g = glue[name]
        print(
            f"| {name} | {cells} | {m[0]}/{m[1]} = {100 * m[0] / max(m[1], 1):.1f}% "
            f"| {il[0]}/{il[1]} = {100 * il[0] / max(il[1], 1):.1f}% "
            f"| {g[0]}/{g[2]} = {100 * g[0] / max(g[2], 1):.1f}% "
            f"| {g[1]}/{g[2]} = {100 * g[1] / max(g[2], 1):.1f}% |"
        )
    files = [p for group in sets.values() for p in group] + [FIXTURES / "table.pdf"]
    tables = [] if args.no_tables else tables_compared(files)
    report["tables_ours_pdfplumber_ms"] = tables
    print("\n| file | ruled tables (ours) | pdfplumber find_tables | its ms/page |")
    print("|---|---|---|---|")
    for row in tables:
        print(f"| {row[0]} | {row[1]} | {row[2]} | {row[3]:.0f} |")
    print("\nms/page: wall-clock median (CPU median in brackets)")
    print("pages per set:", {s: speed["ours"][s][2] for s in sets})
    print("machine:", report["machine"], "load at end:", report["machine_end"])
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
