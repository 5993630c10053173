"""The speed and memory benchmarks run end to end and report every figure (targets are the benchmark's
business, not the tests': timings here are never asserted)."""
import json

import pytest

from pipeline.bench import bench_memory, bench_speed, corpus_texts, format_memory, format_speed, make_corpus
from pipeline.ingest import decode_bytes


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_bench_corpus_texts_come_from_samples_and_labelled(lang):
    texts = corpus_texts(lang)
    assert len(texts) >= 12
    assert all(decode_bytes(t)[0].strip() for t in texts)


def test_bench_make_corpus_repeats_with_variation(tmp_path):
    n_en = len(corpus_texts("en"))
    folder = make_corpus(tmp_path / "c", 2 * n_en + 2, ("en", "zh"))
    files = sorted(folder.rglob("*.txt"))
    assert len(files) == 2 * n_en + 2
    assert [f.stem.split("-")[1] for f in files[:4]] == ["en", "zh", "en", "zh"]
    first, repeat = files[0].read_bytes(), files[2 * n_en].read_bytes()  # the same article, paragraphs rotated
    assert first != repeat
    paragraphs = [sorted(p.strip() for p in decode_bytes(d)[0].split("\n\n")) for d in (first, repeat)]
    assert paragraphs[0] == paragraphs[1]


@pytest.mark.slow
def test_bench_speed_writes_every_figure(tmp_path):
    out = tmp_path / "bench.json"
    result = bench_speed(out, docs=6, rounds=1, langs=("zh",))
    assert json.loads(out.read_text("utf-8")) == json.loads(json.dumps(result))
    zh = result["zh"]
    for key in ("ratio", "ratio_cpu", "end_to_end_chars_per_s", "model_chars_per_s", "speedup_2_workers",
                "speedup_2_workers_on_free_cores", "peak_rss_mb_per_worker", "model_load_seconds",
                "pipeline_load_seconds"):
        assert zh[key] > 0, key
    assert zh["errors"] == 0
    assert {"clean", "strip_spam", "model", "entities", "claims"} <= set(zh["stage_seconds"])
    assert set(result["passed"]["zh"]) == {"ratio", "speedup_2_workers", "peak_rss_mb_per_worker"}
    assert "zh" in format_speed(result)


@pytest.mark.slow
def test_bench_memory_reports_peak_per_size(tmp_path):
    result = bench_memory([2, 4], out=tmp_path / "memory.json")
    assert [r["documents"] for r in result["runs"]] == [2, 4]
    assert all(r["processed"] == r["documents"] and r["errors"] == 0 for r in result["runs"])
    assert all(r["peak_rss_mb"] > 0 for r in result["runs"])
    assert "growth" in result and "growth" in format_memory(result)


def test_bench_chinese_texts_leave_out_mixed_articles(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "samples").mkdir(parents=True)
    (corpus / "labelled" / "articles" / "zh").mkdir(parents=True)
    (corpus / "samples" / "zh-a.txt").write_text("温州鞋企加快出海。", encoding="utf-8")
    for name, lang, raw in (("zh-dev-1", "zh", "宁波港吞吐量增长。"), ("zh-dev-2", "mixed", "Exports rose. 出口增长。")):
        (corpus / "labelled" / "articles" / "zh" / f"{name}.json").write_text(
            json.dumps({"id": name, "lang": lang, "raw": raw}, ensure_ascii=False), encoding="utf-8")
    texts = [t.decode("utf-8") for t in corpus_texts("zh", corpus)]
    assert texts == ["温州鞋企加快出海。", "宁波港吞吐量增长。"]
