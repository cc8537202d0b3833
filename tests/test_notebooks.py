"""Execute every notebook in notebooks/ so none goes stale.

A notebook that reads ../shared/data names the folders it needs in :data:`NEEDS`:
without them it is skipped with a reason outside CI and fails under CI=true, as the
fixtures of tests/conftest.py do (a notebook that checks ``SHARED.exists()`` itself
runs on the samples alone).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import require_shared

NOTEBOOKS = sorted(
    (Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb")
)

#: Notebook -> the folders of ../shared/data it cannot run without.
NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "extraction_eval.ipynb": (("skillspan",),),
    "market_demand.ipynb": (
        ("postings", "jd_docx_2020"),
        ("postings", "jd_pdf_2024"),
    ),
}


def _code(path: Path) -> str:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return "\n".join(
        "".join(c["source"]) for c in cells if c.get("cell_type") == "code"
    )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebooks_reading_shared_data_say_what_they_need(path: Path) -> None:
    code = _code(path)
    if '"shared"' in code or "shared/data" in code:
        assert path.name in NEEDS or "SHARED.exists()" in code, path.name


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs(path: Path) -> None:
    for parts in NEEDS.get(path.name, ()):
        require_shared(*parts)  # skip outside CI, fail under CI, when missing
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=600, kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    )  # fmt: skip
    client.execute()
    errors = [
        out
        for cell in notebook.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
        if out.get("output_type") == "error"
    ]
    assert not errors
