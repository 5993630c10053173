"""The Ray engine writes the same store as the local engine, under the same resume and error rules."""
import sys

import pytest

from conftest import SAMPLES, check_store, read_jsonl

from pipeline.runner import run


def _lines(store, name):
    rows = read_jsonl(store / name)
    for r in rows:
        r.pop("timings", None)
    return rows


@pytest.fixture(scope="module")
def local_ray():
    ray = pytest.importorskip("ray", reason="the Ray engine is an optional extra: pip install -e '.[ray]'")
    pytest.importorskip("ray.data")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="ERROR")
    yield ray
    ray.shutdown()


def _small_folder(root):
    inp = root / "in"
    (inp / "sub").mkdir(parents=True)
    for p in sorted(SAMPLES.glob("*.txt"))[::3]:
        (inp / p.name).write_bytes(p.read_bytes())
    (inp / "sub" / "gb.txt").write_bytes("温州市皮革行业协会会长张伟表示，明年鞋业将继续增长。".encode("gb18030"))
    (inp / "empty.txt").write_bytes(b"")
    (inp / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (inp / "truncated.txt").write_bytes("价格上涨了".encode("utf-8")[:-1])
    (inp / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    (inp / ".hidden.txt").write_text("not read")
    return inp


def test_engine_ray_writes_the_same_store_as_local_on_the_samples(local_ray, tmp_path, cfg, sample_store):
    summary = run([SAMPLES], tmp_path / "ray", cfg, engine="ray", workers=2)
    assert summary.statuses["ok"] == len(list(SAMPLES.glob("*.txt")))
    assert check_store(tmp_path / "ray", SAMPLES) == []
    for name in ("documents.jsonl", "entities.jsonl", "claims.jsonl"):
        assert _lines(tmp_path / "ray", name) == _lines(sample_store, name), name


def test_engine_ray_bad_files_duplicates_and_a_killed_run_follow_the_local_rules(local_ray, tmp_path, cfg):
    inp = _small_folder(tmp_path)
    local = run([inp, inp], tmp_path / "local", cfg)  # the same files twice: the second copies get new ids
    store = tmp_path / "ray"
    run([inp, inp], store, cfg, engine="ray", workers=2)
    # what a kill leaves: documents after the third gone (a torn line), their entity lines orphaned
    docs = (store / "documents.jsonl").read_bytes().splitlines(keepends=True)
    (store / "documents.jsonl").write_bytes(b"".join(docs[:3]) + docs[3][:25])
    (store / "claims.jsonl").write_bytes((store / "claims.jsonl").read_bytes() + b'{"doc_id": "torn')
    again = run([inp, inp], store, cfg, engine="ray", workers=2)
    assert again.skipped_done == 3 and again.processed == len(docs) - 3
    assert check_store(store, inp) == []
    for name in ("documents.jsonl", "entities.jsonl", "claims.jsonl"):
        assert _lines(store, name) == _lines(tmp_path / "local", name), name
    by_source = {}
    for d in _lines(store, "documents.jsonl"):
        by_source.setdefault(d["source"], []).append(d)
    assert all(len(v) == 2 and v[0]["doc_id"] != v[1]["doc_id"] for v in by_source.values())
    assert by_source["truncated.txt"][0]["status"] == "error" and "truncated" in by_source["truncated.txt"][0]["error"]
    assert by_source["empty.txt"][0]["status"] == "skipped"
    assert by_source["image.png"][0]["status"] == "skipped"
    assert ".hidden.txt" not in by_source
    assert local.statuses["error"] == 2


def test_engine_ray_missing_gives_the_install_hint(monkeypatch, tmp_path, cfg):
    from pipeline import engine_ray

    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(ImportError, match=r"pip install 'newskb\[ray\]'"):
        engine_ray.require_ray()
    with pytest.raises(ImportError, match="newskb"):
        run([SAMPLES], tmp_path / "s", cfg, engine="ray")
    assert not (tmp_path / "s").exists()  # it failed before touching the store


def test_engine_ray_unknown_engine_is_refused(tmp_path, cfg):
    with pytest.raises(ValueError, match="local, ray"):
        run([SAMPLES], tmp_path / "s", cfg, engine="spark")
