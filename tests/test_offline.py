"""A resume never leaves the user's machine: every command runs with sockets blocked.

Each command runs as a real process (``python -m gapcheck``) with a
``sitecustomize`` that makes any connect, send or name lookup raise and leaves a
mark file behind, so an attempt that the code swallowed is caught too.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES

GUARD = """
import os, socket
_mark = os.environ["GAPCHECK_NET_MARK"]
def _deny(*args, **kwargs):
    with open(_mark, "a") as fh:
        fh.write(f"network use attempted: {args[1:]!r}\\n")
    raise OSError("network blocked by the gapcheck offline test")
# Creating or binding a socket stays possible (urllib3 probes IPv6 support at
# import time by binding to ::1); reaching any address or name is not.
socket.socket.connect = _deny
socket.socket.connect_ex = _deny
socket.socket.sendto = _deny
socket.create_connection = _deny
socket.getaddrinfo = _deny
"""


def _samples(pattern: str) -> list[Path]:
    found = sorted(SAMPLES.glob(pattern))
    assert found, f"no sample matches {pattern} in {SAMPLES}"
    return found


@pytest.fixture(scope="module")
def guarded_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    site = tmp_path_factory.mktemp("site")
    (site / "sitecustomize.py").write_text(GUARD)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(site), str(ROOT)])
    env["GAPCHECK_NET_MARK"] = str(site / "attempts.log")
    env["GAPCHECK_CACHE"] = str(site / "cache")
    return env


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gapcheck", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_guard_blocks_sockets(guarded_env: dict[str, str]) -> None:
    code = "import socket; socket.create_connection(('127.0.0.1', 9))"
    result = subprocess.run(
        [sys.executable, "-c", code], env=guarded_env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "network blocked" in result.stderr
    Path(guarded_env["GAPCHECK_NET_MARK"]).unlink()


@pytest.mark.slow
def test_every_command_runs_offline(
    guarded_env: dict[str, str], tmp_path: Path
) -> None:
    resume = str(_samples("software_resume_*.pdf")[0])
    posting = str(_samples("software_posting_*.md")[0])
    postings = str(SAMPLES)
    commands = [
        ["parse", resume, "--format", "json"],
        ["skills", posting, "--format", "json"],
        ["check", resume, posting, "--format", "json"],
        [
            "batch",
            "--resumes",
            resume,
            "--postings",
            posting,
            "-o",
            str(tmp_path / "scores.csv"),
            "--quiet",
        ],
        ["report", resume, "--postings", postings, "-o", str(tmp_path / "r.html")],
        ["taxonomy", "info", "--format", "json"],
    ]
    for args in commands:
        result = _run(guarded_env, *args)
        assert result.returncode == 0, (args, result.stderr[-2000:])
    mark = Path(guarded_env["GAPCHECK_NET_MARK"])
    assert not mark.exists(), mark.read_text()
