"""A small store written by hand (no models): three articles in two languages, one skipped file.

Offsets are computed from the raw texts, so the store keeps the STORE.md contract; the lines carry
the same irregularities the pipeline writes (a horizon with or without ``relative``, ``years_from``
as int or float, ``timings`` ``{}`` for a skipped file, a speaker without an entity id).
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from pipeline.ingest import make_doc_id

ALPHA = ("Li Ming, chairman of Huaxin Group, said that exports will double by 2030.\n\n"
         "Buy cheap candles at www.candles.example now!\n")
BETA = "华信集团董事长李明表示，明年出口将增长一倍。\n\n扫码关注公众号\n"
GAMMA = ("Huaxin Group opened a plant in Ningbo. Li Ming told reporters that the plant will hire "
         "200 workers in the next 2 to 3 years. Analysts said demand is strong.\n")


def _span(raw: str, text: str, after: int = 0) -> dict:
    start = raw.index(text, after)
    return {"start": start, "end": start + len(text), "text": text}


def _doc_id(source: str, raw: str) -> str:
    return make_doc_id(source, hashlib.sha256(raw.encode("utf-8")).hexdigest())


def _jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


def write_store(root: Path) -> dict:
    """Write raw files under root/raw and the store under root/store; returns their paths and doc ids."""
    raw_dir, store = root / "raw", root / "store"
    (raw_dir / "zh").mkdir(parents=True)
    store.mkdir()
    files = {"alpha.txt": ALPHA, "zh/beta.txt": BETA, "gamma.txt": GAMMA}
    for name, text in files.items():
        (raw_dir / name).write_text(text, "utf-8")
    (raw_dir / "empty.txt").write_bytes(b"")
    ids = {name: _doc_id(name, text) for name, text in files.items()}
    ids["empty.txt"] = make_doc_id("empty.txt", "")
    a, b, g = ids["alpha.txt"], ids["zh/beta.txt"], ids["gamma.txt"]
    timings = {"clean": 0.001, "detect_language": 0.0005, "strip_spam": 0.002, "model": 0.01, "entities": 0.001,
               "claims": 0.001}
    a_spam = _span(ALPHA, "Buy cheap candles at www.candles.example now!")
    b_spam = _span(BETA, "扫码关注公众号")
    documents = [
        {"doc_id": a, "source": "alpha.txt", "status": "ok", "error": None, "encoding": "utf-8", "lang": "en",
         "text": ALPHA.split("\n\n")[0], "removed": [{**a_spam, "reason": "url", "score": 0.9}], "timings": timings},
        {"doc_id": ids["empty.txt"], "source": "empty.txt", "status": "skipped", "error": "empty file (0 bytes)",
         "encoding": None, "lang": None, "text": None, "removed": [], "timings": {}},
        {"doc_id": g, "source": "gamma.txt", "status": "ok", "error": None, "encoding": "utf-8", "lang": "en",
         "text": GAMMA.strip(), "removed": [], "timings": timings},
        {"doc_id": b, "source": "zh/beta.txt", "status": "ok", "error": None, "encoding": "utf-8", "lang": "zh",
         "text": BETA.split("\n\n")[0], "removed": [{**b_spam, "reason": "ad/footer cue: 公众号", "score": 0.85}],
         "timings": timings},
    ]
    entities = [
        {"doc_id": a, "entity_id": "E-li", "type": "PERSON", "name": "Li Ming", "aliases": [],
         "mentions": [_span(ALPHA, "Li Ming")]},
        {"doc_id": a, "entity_id": "E-huaxin", "type": "ORG", "name": "Huaxin Group", "aliases": [],
         "mentions": [_span(ALPHA, "Huaxin Group")]},
        {"doc_id": b, "entity_id": "E-li", "type": "PERSON", "name": "李明", "aliases": [],
         "mentions": [_span(BETA, "李明")]},
        {"doc_id": b, "entity_id": "E-huaxin", "type": "ORG", "name": "华信集团", "aliases": [],
         "mentions": [_span(BETA, "华信集团")]},
        {"doc_id": g, "entity_id": "E-huaxin", "type": "ORG", "name": "Huaxin Group", "aliases": ["Huaxin"],
         "mentions": [_span(GAMMA, "Huaxin Group")]},
        {"doc_id": g, "entity_id": "E-li", "type": "PERSON", "name": "Li Ming", "aliases": [],
         "mentions": [_span(GAMMA, "Li Ming")]},
    ]
    a_claim = _span(ALPHA, "exports will double by 2030")
    b_claim = _span(BETA, "明年出口将增长一倍")
    g_claim = _span(GAMMA, "the plant will hire 200 workers in the next 2 to 3 years")
    g_claim2 = _span(GAMMA, "demand is strong")
    claims = [
        {"doc_id": a, "claim_id": "C-a1", **a_claim, "speaker": {"name": "Li Ming", "entity_id": "E-li"},
         "cue": "said", "forecast": True,
         "horizon": {**_span(ALPHA, "by 2030"), "type": "until", "years_from": None, "years_to": None,
                     "year_from": None, "year_to": 2030},
         "lang": "en", "source_text": "Li Ming, chairman of Huaxin Group,"},
        {"doc_id": b, "claim_id": "C-b1", **b_claim, "speaker": {"name": "李明", "entity_id": "E-li"},
         "cue": "表示", "forecast": True,
         "horizon": {**_span(BETA, "明年"), "type": "relative", "years_from": 1, "years_to": 1,
                     "year_from": None, "year_to": None, "relative": "明年"},
         "lang": "zh", "source_text": "华信集团董事长李明"},
        {"doc_id": g, "claim_id": "C-g1", **g_claim, "speaker": {"name": "Li Ming", "entity_id": "E-li"},
         "cue": "told", "forecast": True,
         "horizon": {**_span(GAMMA, "in the next 2 to 3 years"), "type": "duration", "years_from": 2.0,
                     "years_to": 3.0, "year_from": None, "year_to": None},
         "lang": "en", "source_text": "Li Ming"},
        {"doc_id": g, "claim_id": "C-g2", **g_claim2, "speaker": {"name": "Analysts", "entity_id": None},
         "cue": "said", "forecast": False, "horizon": None, "lang": "en", "source_text": None},
    ]
    _jsonl(store / "documents.jsonl", documents)
    _jsonl(store / "entities.jsonl", entities)
    _jsonl(store / "claims.jsonl", claims)
    (store / "manifest.json").write_text(json.dumps({"schema_version": "1.0", "newskb_version": "0.1.0",
                                                     "status": "complete", "started": "2026-01-01T00:00:00Z",
                                                     "inputs": [str(raw_dir.resolve())]}), "utf-8")
    return {"store": store, "raw": raw_dir, "ids": ids, "documents": documents, "entities": entities,
            "claims": claims, "raws": {ids[n]: t for n, t in files.items()}}
