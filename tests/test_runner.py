import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES, check_store, read_jsonl

from pipeline.runner import run


def _nasty_folder(root: Path) -> Path:
    inp = root / "in"
    (inp / "deep" / "a" / "b" / "c" / "d" / "e" / "f" / "g").mkdir(parents=True)
    (inp / "deep" / "a" / "b" / "c" / "d" / "e" / "f" / "g" / "nested.txt").write_text("Li Ming said sales will rise.")
    (inp / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (inp / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    (inp / "empty.txt").write_bytes(b"")
    (inp / "blank.txt").write_text("  \n\n\t \n")
    (inp / "gb.txt").write_bytes("温州市皮革行业协会会长张伟表示，明年鞋业将继续增长。".encode("gb18030"))
    (inp / "utf16.txt").write_bytes("Zhang Wei said the plant will open next year.".encode("utf-16"))
    (inp / "bom.txt").write_bytes("\ufeffThe firm said it will hire 200 workers.".encode("utf-8"))
    (inp / "truncated.txt").write_bytes("价格上涨了".encode("utf-8")[:-1])
    (inp / "nul.txt").write_bytes(b"Sales grew.\x00 The company said it will expand.")
    (inp / "crlf.txt").write_bytes(b"Wang Fang, chairman of Huaxin Group, said\r\nthat exports will rise.\r\n")
    with open(inp / "big.txt", "wb") as f:
        f.truncate(20_000_000)
    (inp / "loop").symlink_to(inp, target_is_directory=True)
    (inp / ".hidden.txt").write_text("not read")
    return inp


def test_runner_gives_every_file_a_line_and_survives_bad_input(tmp_path, cfg):
    inp = _nasty_folder(tmp_path)
    t0 = time.time()
    summary = run([inp], tmp_path / "store", cfg)
    assert time.time() - t0 < 60
    assert check_store(tmp_path / "store", inp) == []
    docs = {d["source"]: d for d in read_jsonl(tmp_path / "store" / "documents.jsonl")}
    assert docs["gb.txt"]["encoding"] == "gb18030" and docs["gb.txt"]["status"] == "ok"
    assert docs["utf16.txt"]["status"] == "ok"
    assert docs["bom.txt"]["encoding"] == "utf-8-sig"
    assert docs["crlf.txt"]["status"] == "ok"
    assert docs["nul.txt"]["status"] == "ok"
    assert docs["empty.txt"]["status"] == "skipped" and "empty" in docs["empty.txt"]["error"]
    assert docs["blank.txt"]["status"] == "skipped"
    assert docs["binary.txt"]["status"] == "skipped" and "binary" in docs["binary.txt"]["error"]
    assert docs["big.txt"]["status"] == "skipped" and "size limit" in docs["big.txt"]["error"]
    assert docs["truncated.txt"]["status"] == "error" and "truncated" in docs["truncated.txt"]["error"]
    assert ".hidden.txt" not in docs
    assert summary.statuses["error"] == 1


def test_runner_resume_skips_done_and_force_rebuilds(tmp_path, cfg):
    inp = tmp_path / "in"
    inp.mkdir()
    for p in sorted(SAMPLES.glob("*.txt"))[:3]:
        (inp / p.name).write_bytes(p.read_bytes())
    run([inp], tmp_path / "s", cfg)
    again = run([inp], tmp_path / "s", cfg)
    assert again.skipped_done == 3 and again.processed == 0
    assert len(read_jsonl(tmp_path / "s" / "documents.jsonl")) == 3
    forced = run([inp], tmp_path / "s", cfg, force=True)
    assert forced.processed == 3
    assert len(read_jsonl(tmp_path / "s" / "documents.jsonl")) == 3


@pytest.mark.slow
def test_runner_killed_midway_then_rerun_gives_a_whole_store(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    files = sorted(SAMPLES.glob("*.txt"))
    for n in range(8):
        for p in files:
            (inp / f"{n:02d}-{p.name}").write_bytes(p.read_bytes())
    store = tmp_path / "store"
    cmd = [sys.executable, "-m", "pipeline", "run", str(inp), "--out", str(store), "--no-progress",
           "--set", "run.batch_docs=4"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    docs = store / "documents.jsonl"
    deadline = time.time() + 120
    while time.time() < deadline:
        if docs.exists() and docs.stat().st_size > 0 and len(docs.read_bytes().splitlines()) >= 20:
            break
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = len(read_jsonl(docs))
    assert 0 < partial < len(files) * 8
    subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    rows = read_jsonl(docs)
    assert len(rows) == len(files) * 8 == len({r["doc_id"] for r in rows})
    assert check_store(store, inp) == []
    ents = read_jsonl(store / "entities.jsonl")
    keys = [(e["doc_id"], e["entity_id"]) for e in ents]
    assert len(keys) == len(set(keys))
    claims = read_jsonl(store / "claims.jsonl")
    assert len({c["claim_id"] for c in claims}) == len(claims)


def test_runner_two_workers_write_the_same_store_as_one(tmp_path, cfg, sample_store):
    run([SAMPLES], tmp_path / "two", cfg, workers=2)
    one = read_jsonl(sample_store / "claims.jsonl")
    two = read_jsonl(tmp_path / "two" / "claims.jsonl")
    assert [c["claim_id"] for c in one] == [c["claim_id"] for c in two]
    assert read_jsonl(sample_store / "entities.jsonl") == read_jsonl(tmp_path / "two" / "entities.jsonl")
    # the manifest says how the work was shared: processing CPU per worker process, and the whole run's CPU
    t = json.loads((tmp_path / "two" / "manifest.json").read_text("utf-8"))["timings"]
    assert 1 <= len(t["worker_cpu_seconds"]) <= 2
    assert sum(t["worker_cpu_seconds"]) == pytest.approx(t["processing_cpu_seconds"], abs=0.01)
    assert t["run_cpu_seconds"] == pytest.approx(t["coordinator_cpu_seconds"] + t["processing_cpu_seconds"], abs=0.01)
    single = json.loads((sample_store / "manifest.json").read_text("utf-8"))["timings"]
    assert single["worker_cpu_seconds"] == [] and single["run_cpu_seconds"] == single["coordinator_cpu_seconds"]
