"""Human-readable views of a store: the spam review list."""
from __future__ import annotations

from pathlib import Path

from .store import read_jsonl


def spam_report_lines(store: str | Path, limit: int = 0):
    """Per document: each removed segment with its reason and score."""
    store = Path(store)
    shown = total = 0
    for d in read_jsonl(store / "documents.jsonl"):
        if not d.get("removed"):
            continue
        shown += 1
        if limit and shown > limit:
            break
        yield f"== {d['source']} ({d['doc_id']}, {len(d['removed'])} removed)"
        for r in d["removed"]:
            total += 1
            text = r["text"].replace("\n", " ⏎ ")
            yield f"  [{r['start']}:{r['end']}] score {r['score']:.2f} ({r['reason']}): {text[:200]}"
    yield f"{total} segments removed in {shown if not limit else min(shown, limit)} documents"
