"""Shared fixtures.

``shared_data`` finds ``../shared/data`` beside the project. Outside CI a test that
needs it is skipped with a reason when it is missing; under CI (``CI=true``) missing
data is a failure, so CI can never go green by skipping what matters.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

#: Property tests check properties, not speed: no per-example deadline (hypothesis's
#: 200 ms default fails at random on a loaded machine or under parallel workers).
#: Speed is measured in benchmarks/.
settings.register_profile("gapcheck", deadline=None)
settings.load_profile("gapcheck")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
SAMPLES = ROOT / "corpora" / "samples"


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require_shared(*parts: str) -> Path:
    """Path under ../shared/data; skip (or fail, under CI) when it is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        reason = f"shared data missing: {path}"
        if _in_ci():
            pytest.fail(reason + " (CI must have ../shared/data beside the clone)")
        pytest.skip(reason)
    return path


@pytest.fixture(scope="session")
def shared_data() -> Path:
    return require_shared()


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


class NetworkBlocked(RuntimeError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Make any attempt to open a network socket fail loudly."""

    real_socket = socket.socket

    class GuardedSocket(real_socket):  # type: ignore[misc,valid-type]
        def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
            if family in (socket.AF_INET, socket.AF_INET6):
                raise NetworkBlocked("gapcheck tried to open a network socket")
            super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]

    def guarded(*args: object, **kwargs: object) -> None:
        raise NetworkBlocked("gapcheck tried to connect to the network")

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", guarded)
    monkeypatch.setattr(socket, "getaddrinfo", guarded)
    yield


def load_script(path: Path, name: str) -> Any:
    """A recipe or measuring script (``training/...``) imported as module ``name``."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def livecareer_pair_runner(shared_data: Path, tmp: Path, *, dev: bool) -> Any:
    """`run(resume, posting)` for the evidence audits' real pairs: a livecareer resume
    (path under resumes/livecareer) checked against an NHS posting of the occupation-
    match data by its name (the fresh postings, plus the dev ones when `dev`). Skips
    when ../shared/tools is missing, and fails under CI."""
    from gapcheck.api import check_files

    tool = shared_data.parent / "tools" / "occupation_match.py"
    if not tool.is_file():
        if _in_ci():
            pytest.fail(f"{tool} missing (CI must have ../shared beside the clone)")
        pytest.skip(f"{tool} missing")
    om = load_script(tool, "occupation_match")
    root = Path(__file__).resolve().parents[1]
    split = load_script(root / "benchmarks" / "match_split.py", "match_split")
    postings = {p["name"]: p["text"] for p in split.fresh_postings(om, shared_data)}
    if dev:
        postings |= {p["name"]: p["text"] for p in om.load_postings(shared_data)}

    def run(resume: str, posting: str) -> Any:
        path = tmp / f"{posting}.txt"
        path.write_text(postings[posting], encoding="utf-8")
        return check_files(shared_data / "resumes" / "livecareer" / resume, path)

    return run


def matched_snippets(result: Any, canonical: str) -> list[str]:
    """The evidence snippets of the matched skill `canonical` in a check result."""
    return [
        e.snippet
        for m in result.skills.matched
        if (m.canonical or m.name) == canonical
        for e in m.evidence
    ]
