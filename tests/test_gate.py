"""The quality gate on the pinned test set: no metric below its floor, and the test set is the pinned one."""
import json

import pytest

from conftest import ROOT

from pipeline.evaluate import file_sha256, run_gate

LABELLED = ROOT / "corpus" / "labelled"


@pytest.mark.slow
def test_gate_passes_on_the_committed_test_set(cfg):
    gate_path = LABELLED / "gate.json"
    gate = json.loads(gate_path.read_text("utf-8"))
    assert gate["test_sha256"] == file_sha256(LABELLED / "test.jsonl")
    result = run_gate(LABELLED / "test.jsonl", gate_path, cfg)
    assert result.failures == []
    assert result.changes == [] and json.loads(gate_path.read_text("utf-8")) == gate  # checking writes nothing
