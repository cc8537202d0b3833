"""The HTML report in a real headless Chromium: it renders, charts and all, with no
console errors and the key text in the DOM.

Needs Debian's ``chromium`` (``.ci/run`` installs it). Outside CI the tests skip with
a reason when it is missing; under CI=true a missing browser is a failure. The page
is loaded from a file:// URL with networking features off; the screenshot PNG is
decoded with the standard library (zlib/struct) to check it is not blank.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from gapcheck.gaps import build_report
from gapcheck.report.gaps_html import render_html
from tests.check_fixtures import (
    BACKEND_ROLES,
    FakeTaxonomy,
    build_posting,
    build_resume,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow]

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
)
WINDOW = (1200, 2000)


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found and Path("/usr/bin/chromium").exists():
        found = "/usr/bin/chromium"
    if not found:
        reason = "headless chromium not installed (apt-get install chromium)"
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(reason + " (CI must install it)")
        pytest.skip(reason)
    return found


def _run(browser: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [browser, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "HOME": str(profile)},
    )


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    browser = _chromium()
    tmp = tmp_path_factory.mktemp("browser")
    resume = build_resume(roles=BACKEND_ROLES, skills=["Python", "React"])
    postings = [
        ("backend.txt", build_posting(required=["Kubernetes", "Python", "Terraform"],
                                      source="backend.txt")),
        ("platform.txt", build_posting(title="<script>alert('x')</script> Platform",
                                       required=["Kubernetes", "Go"],
                                       preferred=["Terraform"], source="platform.txt")),
    ]  # fmt: skip
    report = build_report(resume, postings, taxonomy=FakeTaxonomy())
    html = tmp / "report.html"
    html.write_text(render_html(report), encoding="utf-8")
    url = html.as_uri()
    dom = _run(
        browser,
        tmp / "profile-dom",
        "--enable-logging=stderr",
        "--v=0",
        "--dump-dom",
        url,
    )
    shot = tmp / "shot.png"
    capture = _run(
        browser,
        tmp / "profile-shot",
        f"--window-size={WINDOW[0]},{WINDOW[1]}",
        "--hide-scrollbars",
        f"--screenshot={shot}",
        url,
    )
    return {
        "report": report,
        "dom": dom,
        "capture": capture,
        "shot": shot,
    }


def test_no_console_errors(page):
    dom = page["dom"]
    assert dom.returncode == 0, dom.stderr[-2000:]
    console = [line for line in dom.stderr.splitlines() if "CONSOLE" in line]
    errors = [line for line in console if re.search(r"error|uncaught", line, re.I)]
    assert not errors, errors


def test_key_text_in_rendered_dom(page):
    dom = page["dom"].stdout
    report = page["report"]
    top_gap = report.gaps[0].name
    assert top_gap == "Kubernetes"
    assert f"1. {top_gap}</h3>" in dom
    assert ">Improvement plan</h2>" in dom and ">Weekly goals</h3>" in dom
    assert "<script" not in dom  # the posting's title stayed text
    assert "&lt;script&gt;alert('x')&lt;/script&gt; Platform" in dom


def test_charts_are_in_the_dom_with_a_size(page):
    charts = re.findall(r"<svg[^>]*>", page["dom"].stdout)
    assert len(charts) == 3
    for tag in charts:
        width = float(re.search(r'width="([\d.]+)"', tag).group(1))
        height = float(re.search(r'height="([\d.]+)"', tag).group(1))
        assert width > 0 and height > 0 and 'role="img"' in tag
    assert page["dom"].stdout.count("<rect") > 20


def test_screenshot_is_not_blank(page):
    capture = page["capture"]
    assert capture.returncode == 0, capture.stderr[-2000:]
    width, height, pixels = decode_png(Path(page["shot"]).read_bytes())
    assert (width, height) == WINDOW
    colours = set(pixels)
    dark = sum(1 for p in pixels if sum(p) < 150)
    assert len(colours) > 50, len(colours)  # text antialiasing, fills, patterns
    assert dark > 2000, dark  # text in near-black ink
    # the chart's dark blue bars (#1f4e79) are painted
    assert sum(1 for p in pixels if p == (0x1F, 0x4E, 0x79)) > 500


def decode_png(data: bytes) -> tuple[int, int, list[tuple[int, int, int]]]:
    """8-bit RGB/RGBA PNG -> (width, height, RGB pixels), standard library only."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, []
    width = height = bpp = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), (depth, colour)
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    prev = bytearray(stride)
    pixels: list[tuple[int, int, int]] = []
    for y in range(height):
        start = y * (stride + 1)
        kind_ = raw[start]
        line = bytearray(raw[start + 1 : start + 1 + stride])
        _unfilter(kind_, line, prev, bpp)
        pixels.extend(zip(line[0::bpp], line[1::bpp], line[2::bpp], strict=True))
        prev = line
    return width, height, pixels


def _unfilter(kind: int, line: bytearray, prev: bytearray, bpp: int) -> None:
    n = len(line)
    if kind == 1:
        for x in range(bpp, n):
            line[x] = (line[x] + line[x - bpp]) & 255
    elif kind == 2:
        for x in range(n):
            line[x] = (line[x] + prev[x]) & 255
    elif kind == 3:
        for x in range(n):
            left = line[x - bpp] if x >= bpp else 0
            line[x] = (line[x] + ((left + prev[x]) >> 1)) & 255
    elif kind == 4:
        for x in range(n):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            pred = a if pa <= pb and pa <= pc else b if pb <= pc else c
            line[x] = (line[x] + pred) & 255
