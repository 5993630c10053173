"""Human-readable views of a store: the spam review list."""
from __future__ import annotations

from pathlib import Path

from .store import read_jsonl


def spam_report_lines(store: str | Path, limit: int = 0):
    """Per document: each removed segment with its reason and score, then the segments scored as spam that
    were kept (``kept_spam``: under --keep-spam, or kept as unsure), marked "kept"."""
    store = Path(store)
    shown = total = kept = 0
    for d in read_jsonl(store / "documents.jsonl"):
        if not d.get("removed") and not d.get("kept_spam"):
            continue
        shown += 1
        if limit and shown > limit:
            break
        n_kept = len(d.get("kept_spam") or [])
        yield f"== {d['source']} ({d['doc_id']}, {len(d['removed'])} removed" + (f", {n_kept} kept)" if n_kept else ")")
        for r, mark in [(r, "") for r in d["removed"]] + [(r, "kept ") for r in d.get("kept_spam") or []]:
            total += not mark
            kept += bool(mark)
            text = r["text"].replace("\n", " ⏎ ")
            yield f"  {mark}[{r['start']}:{r['end']}] score {r['score']:.2f} ({r['reason']}): {text[:200]}"
    yield f"{total} segments removed in {shown if not limit else min(shown, limit)} documents" + \
        (f"; {kept} scored as spam and kept" if kept else "")
