"""The diagnose HTML in a real headless Chromium (the infrastructure of
tests/test_report_browser.py): it renders, with no console errors, the key answers in
the DOM, escaped feedback, and a non-blank page with the funnel's bars painted."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gapcheck.diagnose import diagnose
from gapcheck.report.diagnose_html import render_html
from gapcheck.store import ApplicationLog
from tests.test_diagnose import add, check
from tests.test_report_browser import WINDOW, _chromium, _run, decode_png

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    browser = _chromium()
    tmp = tmp_path_factory.mktemp("diagnose-browser")
    with ApplicationLog(tmp / "log.sqlite") as log:
        for c in "ABC":
            add(log, c, "applied", "rejected", check(["Kubernetes"], score=35))
        add(
            log,
            "D",
            "interview",
            "rejected",
            check([], score=70),
            ["Your answers were hard to follow. <script>alert('x')</script>"],
        )
        add(
            log,
            "E",
            "final",
            "rejected",
            check([], score=72),
            ["You did not explain your design clearly."],
        )
        diagnosis = diagnose(log)
    html = tmp / "diagnosis.html"
    html.write_text(render_html(diagnosis), encoding="utf-8")
    url = html.as_uri()
    dom = _run(
        browser, tmp / "p-dom", "--enable-logging=stderr", "--v=0", "--dump-dom", url
    )
    shot = tmp / "shot.png"
    capture = _run(
        browser,
        tmp / "p-shot",
        f"--window-size={WINDOW[0]},{WINDOW[1]}",
        "--hide-scrollbars",
        f"--screenshot={shot}",
        url,
    )
    return {"dom": dom, "capture": capture, "shot": shot}


def test_renders_without_console_errors(page):
    dom = page["dom"]
    assert dom.returncode == 0, dom.stderr[-2000:]
    console = [x for x in dom.stderr.splitlines() if "CONSOLE" in x]
    assert not [x for x in console if re.search(r"error|uncaught", x, re.I)]


def test_answers_in_the_dom(page):
    dom = page["dom"].stdout
    assert "Kubernetes" in dom and "keeps sinking you" in dom
    assert "recurring theme is communication and presentation" in dom
    assert ">Plan</h2>" in dom and ">Weekly goals</h3>" in dom
    assert "<script" not in dom and "&lt;script&gt;" in dom
    charts = re.findall(r"<svg[^>]*>", dom)
    assert len(charts) == 2 and all('role="img"' in c for c in charts)


def test_screenshot_is_not_blank(page):
    assert page["capture"].returncode == 0
    width, height, pixels = decode_png(Path(page["shot"]).read_bytes())
    assert (width, height) == WINDOW
    assert sum(1 for p in pixels if sum(p) < 150) > 2000  # text
    # the report's dark blue (heading rules, summary border, bars) is painted
    assert sum(1 for p in pixels if p == (0x1F, 0x4E, 0x79)) > 200
