"""The researchers' notebooks run from a clean checkout: every cell, no error, in reasonable time."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_notebooks_are_there():
    assert {p.name for p in NOTEBOOKS} >= {"explore_store.ipynb", "accuracy.ipynb"}


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebooks_execute_without_errors(path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")

    nb = nbformat.read(path, as_version=4)
    # the committed copy carries its outputs, so a reader sees results without running it
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.execution_count for c in code) and any(c.outputs for c in code), f"{path.name} is committed unexecuted"
    t0 = time.perf_counter()
    # as `jupyter execute notebooks/NAME.ipynb` does: the kernel starts in the notebook's folder;
    # a failing cell raises CellExecutionError with its traceback
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    seconds = time.perf_counter() - t0
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    plots = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if "image/png" in o.get("data", {})]
    assert len(plots) >= 2, "the plots are missing"
    assert seconds < 180, f"{path.name} took {seconds:.0f} s"
