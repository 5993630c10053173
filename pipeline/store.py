"""The JSONL store: append whole lines, recover from a killed run, read back for notebooks.

A document's entity and claim lines are written before its document line, so a document counts
as done only once all its lines are on disk. On resume, a torn last line is cut off and the
lines of documents that never got their document line are dropped.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import orjson

from .records import Article

SCHEMA_VERSION = "1.0"
FILES = ("documents.jsonl", "entities.jsonl", "claims.jsonl")


def _read_lines(path: Path):
    with open(path, "rb") as f:
        for line in f:
            if line.endswith(b"\n"):
                yield line


def _cut_torn_tail(path: Path) -> None:
    if not path.exists():
        return
    size = path.stat().st_size
    if size == 0:
        return
    with open(path, "rb+") as f:
        f.seek(max(0, size - 1))
        if f.read(1) == b"\n":
            return
        # find the last newline and cut after it
        pos = size
        chunk = 1 << 16
        while pos > 0:
            start = max(0, pos - chunk)
            f.seek(start)
            data = f.read(pos - start)
            i = data.rfind(b"\n")
            if i >= 0:
                f.truncate(start + i + 1)
                return
            pos = start
        f.truncate(0)


def done_doc_ids(store: Path) -> set[str]:
    path = store / "documents.jsonl"
    if not path.exists():
        return set()
    ids = set()
    for line in _read_lines(path):
        try:
            ids.add(orjson.loads(line)["doc_id"])
        except (orjson.JSONDecodeError, KeyError, TypeError):
            continue
    return ids


def prepare_store(store: Path, force: bool) -> set[str]:
    """Create or recover the store folder; returns the doc_ids already complete in it."""
    store = Path(store)
    if force and store.exists():
        for name in FILES + ("manifest.json",):
            (store / name).unlink(missing_ok=True)
    store.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        _cut_torn_tail(store / name)
        (store / name).touch()
    done = done_doc_ids(store)
    for name in FILES[1:]:
        path = store / name
        if not path.stat().st_size:
            continue
        tmp = path.with_suffix(".jsonl.tmp")
        dropped = 0
        with open(tmp, "wb") as out:
            for line in _read_lines(path):
                try:
                    keep = orjson.loads(line)["doc_id"] in done
                except (orjson.JSONDecodeError, KeyError, TypeError):
                    keep = False
                if keep:
                    out.write(line)
                else:
                    dropped += 1
        if dropped:
            os.replace(tmp, path)
        else:
            tmp.unlink()
    return done


def serialize(articles: list[Article]) -> tuple[bytes, bytes, bytes]:
    """The (entities, claims, documents) lines of a batch, each a run of whole JSONL lines."""
    ents = b"".join(orjson.dumps(e) + b"\n" for a in articles for e in a.entity_lines())
    claims = b"".join(orjson.dumps(c) + b"\n" for a in articles for c in a.claim_lines())
    docs = b"".join(orjson.dumps(a.document_line()) + b"\n" for a in articles)
    return ents, claims, docs


class StoreWriter:
    """Appends whole lines; document lines last."""

    def __init__(self, store: Path):
        self.store = Path(store)
        self._fds = {name: os.open(self.store / name, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
                     for name in FILES}
        self.counts = {"entities": 0, "claims": 0}

    def write(self, articles: list[Article]) -> None:
        self.write_lines(*serialize(articles))

    def write_lines(self, ents: bytes, claims: bytes, docs: bytes) -> None:
        """Append lines already serialized by `serialize` (the Ray engine's workers do that part)."""
        for name, data in (("entities.jsonl", ents), ("claims.jsonl", claims), ("documents.jsonl", docs)):
            view = memoryview(data)
            while view:
                n = os.write(self._fds[name], view)
                view = view[n:]
        self.counts["entities"] += ents.count(b"\n")
        self.counts["claims"] += claims.count(b"\n")

    def close(self) -> None:
        for fd in self._fds.values():
            os.close(fd)
        self._fds = {}


def write_manifest(store: Path, manifest: dict) -> None:
    path = Path(store) / "manifest.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2), "utf-8")
    os.replace(tmp, path)


def read_jsonl(path: Path):
    """Yield the records of a JSONL file (whole lines only)."""
    if not Path(path).exists():
        return
    for line in _read_lines(Path(path)):
        yield orjson.loads(line)


def remove_store(store: Path) -> None:
    shutil.rmtree(store, ignore_errors=True)
