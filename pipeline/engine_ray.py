"""The Ray engine: the same stages and the same store as the local engine, on Ray Data.

    walk the inputs (driver)  ->  a listing on the driver's disk
    -> read slices of it      (small tasks, one at a time, on the driver's node)
    -> map_batches on an actor pool (each actor loads the models once, reads its files, skips
       doc_ids already in the store, runs the stages and serializes its store lines)
    -> the driver appends those lines to the store, in input order (`preserve_order`)

The store's rules hold as in the local engine because the driver writes through the same
`StoreWriter`: one line per file, errors as lines, entity and claim lines before the document line,
so a killed run is completed by the next one, which skips the doc_ids already there. Memory stays
flat: the walk goes to disk, Ray streams bounded blocks, and the driver keeps a small entry per
document only for resume (and, with several inputs, for unique ids).

On a cluster (`address`), every node needs newskb installed and the input files at the same paths
(a shared filesystem); the store is written by the driver only.
"""
from __future__ import annotations

import logging
import tempfile
import time
from array import array
from pathlib import Path

import orjson

from .config import Config
from .ingest import InputFile, read_input, walk_inputs
from .records import OK, Article, replace
from .store import serialize

log = logging.getLogger(__name__)

RAY_PIN = "ray[data]==2.60.0"
RAY_HINT = f"the Ray engine needs Ray Data: pip install 'newskb[ray]' (or pip install '{RAY_PIN}')"
BATCHES_PER_BLOCK = 4  # most batches in one block handed to an actor: blocks stay small whatever the corpus


def require_ray():
    """Import Ray lazily; fail with the install hint when it is missing."""
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as e:
        raise ImportError(RAY_HINT) from e
    return ray


class Listing:
    """The walked inputs on disk, one JSON line `[path, source]` each; the driver keeps only the byte
    offset of every `step`-th line, to cut it into slices."""

    def __init__(self, path: Path, items, step: int):
        self.path, self.step = Path(path), step
        self.offsets = array("q")
        self.count = 0
        with open(self.path, "wb") as f:
            for item in items:
                if self.count % step == 0:
                    self.offsets.append(f.tell())
                f.write(orjson.dumps([item.path, item.source]) + b"\n")
                self.count += 1

    def slices(self, size: int):
        """(first seq, byte offset, rows) for consecutive slices of `size` rows (a multiple of `step`)."""
        per = size // self.step
        for k in range(0, len(self.offsets), per):
            first = k * self.step
            yield {"seq": first, "offset": self.offsets[k], "rows": min(size, self.count - first)}


def _read_slice(row: dict, listing: str) -> list[dict]:
    with open(listing, "rb") as f:
        f.seek(row["offset"])
        out = []
        for n in range(row["rows"]):
            path, source = orjson.loads(f.readline())
            out.append({"seq": row["seq"] + n, "path": path, "source": source})
    return out


class ArticleWorker:
    """One actor of the pool: loads the models once, then turns batches of input rows into store lines."""

    def __init__(self, cfg_json: str, done):
        import numpy as np

        from .runner import peak_rss_mb, warm_up

        t0 = time.perf_counter()
        self.cfg = Config.model_validate_json(cfg_json)
        if not isinstance(done, np.ndarray):  # [ObjectRef]: one copy in the object store for every actor
            import ray

            done = ray.get(done[0])
        self.done = done
        warm_up(self.cfg)
        self.load_seconds = time.perf_counter() - t0
        self._rss = peak_rss_mb
        self._np = np

    def is_done(self, doc_id: str) -> bool:
        """Is `doc_id` already in the store (a binary search in the sorted ids)?"""
        if not len(self.done) or not _is_hex16(doc_id):
            return False
        key = self._np.uint64(int(doc_id, 16))
        i = int(self._np.searchsorted(self.done, key))
        return i < len(self.done) and self.done[i] == key

    def __call__(self, batch: dict) -> dict:
        from .stages import process_articles

        c0 = time.process_time()
        rows, todo = [], []
        for seq, path, source in zip(batch["seq"], batch["path"], batch["source"]):
            a = read_input(InputFile(str(path), str(source)), self.cfg.input)
            row = {"seq": int(seq), "path": str(path), "source": str(source), "doc_id": a.doc_id,
                   "done": self.is_done(a.doc_id)}
            rows.append(row)
            if not row["done"]:
                todo.append((row, a))
        results = process_articles([a for _, a in todo], self.cfg) if todo else []
        for (row, _), a in zip(todo, results):
            row.update(_lines(a))
        rss = self._rss()
        cols = ("seq", "path", "source", "doc_id", "done", "status", "error", "entities", "claims", "timings",
                "ent_lines", "claim_lines", "doc_lines")
        blank = {"status": "", "error": "", "entities": 0, "claims": 0, "timings": "{}",
                 "ent_lines": b"", "claim_lines": b"", "doc_lines": b""}
        out = {c: [r.get(c, blank.get(c)) for r in rows] for c in cols}
        out["rss_mb"] = [rss] * len(rows)
        out["load_seconds"] = [self.load_seconds] * len(rows)
        out["cpu_seconds"] = [(time.process_time() - c0) / len(rows)] * len(rows)
        return out


def _is_hex16(doc_id: str) -> bool:
    return len(doc_id) == 16 and all(c in "0123456789abcdef" for c in doc_id)


def _lines(a: Article) -> dict:
    """One document's store lines and counts, as the driver needs them."""
    try:
        ents, claims, docs = serialize([a])
    except Exception as e:  # noqa: BLE001 - a record that cannot be written becomes an error line
        a = replace(a, status="error", error=f"internal error writing the record: {type(e).__name__}: {e}",
                    entities=(), claims=())
        ents, claims, docs = serialize([a])
    return {"status": a.status, "source": a.source, "error": a.error or "", "entities": len(a.entities),
            "claims": len(a.claims), "timings": orjson.dumps(a.timings).decode(),
            "ent_lines": ents, "claim_lines": claims, "doc_lines": docs}


def _done_array(done: set[str]):
    import numpy as np

    keys = np.fromiter((int(d, 16) for d in done if _is_hex16(d)), dtype=np.uint64, count=-1)
    keys.sort()
    return keys


def _connect(ray, address: str | None, workers: int | None) -> bool:
    """Join the cluster at `address`, or start a local Ray; False when Ray was already running here."""
    if ray.is_initialized():
        return False
    opts = {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.WARNING}
    if address:
        ray.init(address=address, **opts)
    else:
        ray.init(num_cpus=workers or None, **opts)
    return True


def run_on_ray(inputs, cfg: Config, rec, done: set[str], unique, *, workers: int | None = None,
               address: str | None = None) -> float:
    """Process `inputs` on Ray Data, handing every result to `rec` (runner.Recorder) in input order.

    `workers` is the actor pool's size (None: one actor per CPU of the cluster). Returns the seconds
    spent starting Ray and loading the models.
    """
    ray = require_ray()
    from ray.data import ActorPoolStrategy, DataContext, TaskPoolStrategy

    t0 = time.perf_counter()
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    started = _connect(ray, address, workers)
    connect_seconds = time.perf_counter() - t0
    ctx = DataContext.get_current()
    saved = (ctx.execution_options.preserve_order, ctx.enable_progress_bars)
    try:
        size = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        ctx.execution_options.preserve_order = True
        ctx.enable_progress_bars = False
        with tempfile.TemporaryDirectory(prefix="newskb-ray-") as tmp:
            listing = Listing(Path(tmp) / "listing.jsonl", walk_inputs(inputs), cfg.run.batch_docs)
            if listing.count == 0:
                return connect_seconds
            # blocks of whole batches, at least 8 per actor, at most BATCHES_PER_BLOCK batches each
            per_slice = max(1, min(BATCHES_PER_BLOCK, listing.count // (size * 8 * cfg.run.batch_docs)))
            slices = list(listing.slices(per_slice * cfg.run.batch_docs))
            here = {"ray.io/node-id": ray.get_runtime_context().get_node_id()}  # where the listing is
            ds = (ray.data.from_items(slices, override_num_blocks=len(slices))
                  .flat_map(_read_slice, fn_kwargs={"listing": str(listing.path)}, num_cpus=0,
                            compute=TaskPoolStrategy(size=1), label_selector=here)
                  .map_batches(ArticleWorker, batch_size=cfg.run.batch_docs, batch_format="numpy",
                               compute=ActorPoolStrategy(size=size),
                               fn_constructor_kwargs={"cfg_json": cfg.model_dump_json(),
                                                      "done": [ray.put(_done_array(done))]}))
            received, load_seconds = 0, 0.0  # the actors load their models in parallel
            for batch in ds.iter_batches(batch_size=None, batch_format="numpy"):
                received += len(batch["seq"])
                load_seconds = max(load_seconds, float(batch["load_seconds"].max()))
                rec.worker_memory(float(batch["rss_mb"].max()), float(batch["cpu_seconds"].sum()))
                _record(batch, rec, done, unique, cfg)
            if received != listing.count:
                raise RuntimeError(f"Ray returned {received} of {listing.count} documents; run again to complete "
                                   "the store (documents already written are kept)")
    finally:
        ctx.execution_options.preserve_order, ctx.enable_progress_bars = saved
        if started:
            ray.shutdown()
    return connect_seconds + load_seconds


def _record(batch: dict, rec, done: set[str], unique, cfg: Config) -> None:
    """Write one block of results in order; a renamed duplicate is processed again here under its new id
    (the driver loads the models only if that happens)."""
    ents, claims, docs, counts = [], [], [], []
    for n in range(len(batch["seq"])):
        doc_id = str(batch["doc_id"][n])
        new_id = unique(doc_id)
        if new_id != doc_id:  # the same file reached twice (two inputs): as the local engine, a new id
            if new_id in done:
                rec.already_done()
                continue
            a = read_input(InputFile(str(batch["path"][n]), str(batch["source"][n])), cfg.input)
            item = _process_here(replace(a, doc_id=new_id), cfg)
            ents.append(item["ent_lines"])
            claims.append(item["claim_lines"])
            docs.append(item["doc_lines"])
            counts.append(item)
            continue
        if batch["done"][n]:
            rec.already_done()
            continue
        ents.append(batch["ent_lines"][n])
        claims.append(batch["claim_lines"][n])
        docs.append(batch["doc_lines"][n])
        counts.append({k: batch[k][n] for k in ("status", "source", "error", "entities", "claims", "timings")})
    if docs:
        rec.writer.write_lines(b"".join(ents), b"".join(claims), b"".join(docs))
        for c in counts:
            rec.count(str(c["status"]), str(c["source"]), str(c["error"]) or None, int(c["entities"]),
                      int(c["claims"]), orjson.loads(str(c["timings"])))


def _process_here(a: Article, cfg: Config) -> dict:
    from .stages import process_articles

    return _lines(process_articles([a], cfg)[0] if a.status == OK else a)
