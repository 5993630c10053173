"""Read a store back for notebooks: pandas DataFrames with the joins researchers need."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .store import read_jsonl


@dataclass
class Store:
    path: Path
    documents: pd.DataFrame
    entities: pd.DataFrame
    claims: pd.DataFrame

    def __repr__(self) -> str:
        return (f"Store({str(self.path)!r}: {len(self.documents)} documents, {len(self.entities)} entity lines, "
                f"{len(self.claims)} claims)")


_DOC_COLS = ["doc_id", "source", "status", "error", "encoding", "lang", "text", "removed"]
_ENT_COLS = ["doc_id", "entity_id", "type", "name", "mentions"]
_CLAIM_COLS = ["doc_id", "claim_id", "text", "start", "end", "speaker", "cue", "forecast", "horizon"]


def load_store(path: str | Path) -> Store:
    path = Path(path)
    if not (path / "documents.jsonl").exists():
        raise FileNotFoundError(f"{path} is not a newskb store: no documents.jsonl (make one with `newskb run`)")
    docs = pd.DataFrame(list(read_jsonl(path / "documents.jsonl")))
    ents = pd.DataFrame(list(read_jsonl(path / "entities.jsonl")))
    claims = pd.DataFrame(list(read_jsonl(path / "claims.jsonl")))
    for df, cols in ((docs, _DOC_COLS), (ents, _ENT_COLS), (claims, _CLAIM_COLS)):
        for c in cols:
            if c not in df.columns:
                df[c] = pd.Series(dtype=object)
    if len(ents):
        ents["mention_count"] = ents["mentions"].map(len)
        totals = ents.groupby("entity_id").agg(documents=("doc_id", "nunique"), total_mentions=("mention_count", "sum"))
        ents = ents.join(totals, on="entity_id")
    else:
        ents["mention_count"] = pd.Series(dtype=int)
    if len(claims):
        claims["speaker_name"] = claims["speaker"].map(lambda s: s["name"] if isinstance(s, dict) else None)
        claims["speaker_id"] = claims["speaker"].map(lambda s: s["entity_id"] if isinstance(s, dict) else None)
        if len(ents):
            canon = ents.drop_duplicates("entity_id").set_index("entity_id")[["name", "type"]]
            canon.columns = ["speaker_canonical", "speaker_type"]
            claims = claims.join(canon, on="speaker_id")
        claims["horizon_text"] = claims["horizon"].map(lambda h: h.get("text") if isinstance(h, dict) else None)
    return Store(path, docs, ents, claims)
