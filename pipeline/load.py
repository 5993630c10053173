"""Read a store back for researchers: pandas DataFrames with the joins they need, and `datasets`.

`load_store(path)` (``pipeline.load``) gives a `Store` with

- ``documents``: one row per input file, plus ``n_removed``, ``removed_chars``, ``n_entities``,
  ``n_claims`` and ``n_forecasts``;
- ``entities``: one row per entity per document, plus ``mention_count`` (in that document),
  ``n_documents`` and ``total_mentions`` (across the store) and ``canonical_name`` (the name the
  store uses most for that ``entity_id``);
- ``claims``: one row per claim, plus ``speaker_name`` / ``speaker_id``, the speaker entity's
  ``speaker_canonical`` name and ``speaker_type``, the document's ``source``, and the horizon
  flattened (``horizon_text``, ``horizon_type``, ``years_from``, ``years_to``, ``year_from``,
  ``year_to``);

and `Store.to_datasets()`, a Hugging Face `DatasetDict` with explicit `Features` (`features()`),
whose rows are the store lines as written (normalized only as `normalize_line` says).

The same features load the files directly::

    from pipeline.load import features
    datasets.load_dataset("json", data_files=f"{store}/claims.jsonl", split="train", features=features("claims"))

(``pipeline.load`` is the function; import from the module as above.)

The store's lines do not all carry the same keys (a horizon has ``relative`` only when its type
is ``relative``; ``years_from`` is written as ``1`` or ``20.0``; ``timings`` is ``{}`` for a
skipped file), so Arrow cannot infer one type per field from them; the explicit features fix it.
"""
from __future__ import annotations

import hashlib
import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .store import read_jsonl

if TYPE_CHECKING:
    import pandas as pd

logger = logging.getLogger(__name__)

SPLITS = ("documents", "entities", "claims")
HORIZON_KEYS = ("text", "start", "end", "type", "relative", "years_from", "years_to", "year_from", "year_to",
                "due")
_HORIZON_FLOATS = ("years_from", "years_to")
_DATASETS_HINT = ("the datasets package is needed for to_datasets(): "
                  "pip install 'newskb[datasets]' (or: pip install 'datasets>=5.2,<6')")

# The store contract (shared STORE.md) plus the fields the pipeline adds, with one type each.
# Types are written as strings and turned into `datasets` features only when asked, so this module
# imports without `datasets`.
_SPAN = {"start": "int64", "end": "int64", "text": "string"}
SCHEMA: dict[str, dict] = {
    "documents": {
        "doc_id": "string", "source": "string", "status": "string", "error": "string", "encoding": "string",
        "lang": "string", "text": "string",
        "removed": [{**_SPAN, "reason": "string", "score": "float64"}],
        "kept_spam": [{**_SPAN, "reason": "string", "score": "float64"}],
        "timings": "json",  # seconds per stage; the stages that ran differ per document
    },
    "entities": {
        "doc_id": "string", "entity_id": "string", "type": "string", "name": "string",
        "aliases": ["string"], "mentions": [_SPAN],
    },
    "claims": {
        "doc_id": "string", "claim_id": "string", "text": "string", "start": "int64", "end": "int64",
        "speaker": {"name": "string", "entity_id": "string"}, "cue": "string", "forecast": "bool",
        "horizon": {"text": "string", "start": "int64", "end": "int64", "type": "string", "relative": "string",
                    "years_from": "float64", "years_to": "float64", "year_from": "int64", "year_to": "int64",
                    "due": "string"},
        "lang": "string", "source_text": "string",
    },
}


def normalize_line(split: str, line: dict) -> dict:
    """One store line with every key of `SCHEMA` present, so each field has one type.

    A missing key becomes ``None`` (``[]`` for a list); a horizon gets all of `HORIZON_KEYS` (missing
    ones ``None``) and float ``years_from``/``years_to``. Nothing else changes; keys the schema does
    not know are kept.
    """
    out = dict(line)
    for key, kind in SCHEMA[split].items():
        if key not in out:
            out[key] = [] if isinstance(kind, list) else None
    if split == "claims" and isinstance(out.get("horizon"), dict):
        h = {k: out["horizon"].get(k) for k in HORIZON_KEYS}
        h.update({k: v for k, v in out["horizon"].items() if k not in h})
        for k in _HORIZON_FLOATS:
            if isinstance(h[k], int) and not isinstance(h[k], bool):
                h[k] = float(h[k])
        out["horizon"] = h
    return out


def _feature(kind):
    import datasets

    if isinstance(kind, dict):
        return {k: _feature(v) for k, v in kind.items()}
    if isinstance(kind, list):
        return datasets.List(_feature(kind[0]))
    if kind == "json":
        return datasets.Json()
    return datasets.Value(kind)


def _import_datasets():
    try:
        import datasets
    except ImportError as e:
        raise ImportError(_DATASETS_HINT) from e
    return datasets


def features(split: str, extra: list[str] | tuple[str, ...] = (), horizon_extra: tuple[str, ...] = ()):
    """The `datasets.Features` of one store file: "documents", "entities" or "claims".

    `extra` names top-level fields the schema does not know (typed `Json`, which holds any value);
    `horizon_extra` likewise for keys inside a claim's horizon.
    """
    if split not in SCHEMA:
        raise ValueError(f"unknown store file {split!r}; expected one of: {', '.join(SPLITS)}")
    datasets = _import_datasets()
    spec = {k: _feature(v) for k, v in SCHEMA[split].items()}
    if horizon_extra:
        spec["horizon"] = {**spec["horizon"], **{k: datasets.Json() for k in horizon_extra}}
    spec.update({k: datasets.Json() for k in extra})
    return datasets.Features(spec)


@dataclass
class Store:
    """A store read back: ``documents``, ``entities``, ``claims`` DataFrames and the ``manifest``."""

    path: Path
    documents: pd.DataFrame
    entities: pd.DataFrame
    claims: pd.DataFrame
    manifest: dict = field(default_factory=dict)
    lines: dict[str, list[dict]] = field(default_factory=dict, repr=False)

    def __repr__(self) -> str:
        return (f"Store({str(self.path)!r}: {len(self.documents)} documents, {len(self.entities)} entity lines, "
                f"{len(self.claims)} claims)")

    def to_datasets(self):
        """A `datasets.DatasetDict` with splits documents, entities and claims: the store lines (every
        field, `normalize_line`d) with explicit `Features`. Needs the `datasets` package."""
        datasets = _import_datasets()
        out = {}
        for split in SPLITS:
            rows = self.lines.get(split, [])
            known = SCHEMA[split]
            extra = sorted({k for r in rows for k in r} - set(known))
            hz_extra = tuple(sorted({k for r in rows if isinstance(r.get("horizon"), dict) for k in r["horizon"]}
                                    - set(HORIZON_KEYS))) if split == "claims" else ()
            if extra or hz_extra:
                logger.info("%s: fields not in the schema, typed Json: %s", split, ", ".join(extra + list(hz_extra)))
            feats = features(split, extra, hz_extra)
            columns = {k: [r.get(k) for r in rows] for k in feats}  # by column: an empty split keeps its columns
            out[split] = datasets.Dataset.from_dict(columns, features=feats)
        return datasets.DatasetDict(out)

    def entity_table(self) -> pd.DataFrame:
        """One row per entity (``entity_id``) across the store: type, canonical name, every surface form,
        how many documents name it, mentions in all, and how many claims it is the speaker of."""
        import pandas as pd

        cols = ["entity_id", "type", "name", "forms", "n_documents", "total_mentions", "n_claims"]
        if not len(self.entities):
            return pd.DataFrame(columns=cols)
        e = self.entities
        forms = e.groupby("entity_id").apply(
            lambda g: sorted({t for _, r in g.iterrows() for t in [r["name"], *r["aliases"],
                                                                   *(m["text"] for m in r["mentions"])]}),
            include_groups=False)
        t = (e.drop_duplicates("entity_id").set_index("entity_id")[["type", "canonical_name", "n_documents",
                                                                    "total_mentions"]]
             .rename(columns={"canonical_name": "name"}))
        t["forms"] = forms
        said = self.claims["speaker_id"].value_counts() if len(self.claims) else pd.Series(dtype=int)
        t["n_claims"] = said.reindex(t.index).fillna(0).astype(int)
        t = t.reset_index()[cols]
        return t.sort_values(["total_mentions", "n_documents", "name"], ascending=[False, False, True],
                             ignore_index=True)

    def cooccurrence(self, types: tuple[str, ...] = ("PERSON", "ORG"), min_documents: int = 1) -> pd.DataFrame:
        """Pairs of entities named in the same document: ``a``, ``b`` (canonical names, a < b), their ids
        and types, and ``n_documents`` they share; most shared first."""
        import pandas as pd

        cols = ["a", "b", "a_id", "b_id", "a_type", "b_type", "n_documents"]
        e = self.entities[self.entities["type"].isin(types)] if len(self.entities) else self.entities
        if not len(e):
            return pd.DataFrame(columns=cols)
        pairs = e[["doc_id", "entity_id", "canonical_name", "type"]].drop_duplicates(["doc_id", "entity_id"])
        m = pairs.merge(pairs, on="doc_id", suffixes=("_a", "_b"))
        m = m[m["canonical_name_a"] + "\0" + m["entity_id_a"] < m["canonical_name_b"] + "\0" + m["entity_id_b"]]
        g = (m.groupby(["canonical_name_a", "canonical_name_b", "entity_id_a", "entity_id_b", "type_a", "type_b"])
             ["doc_id"].nunique().reset_index())
        g.columns = cols
        g = g[g["n_documents"] >= min_documents]
        return g.sort_values(["n_documents", "a", "b"], ascending=[False, True, True], ignore_index=True)

    def raw(self, doc_id: str, inputs: list[str | Path] | None = None) -> str:
        """The raw text of a document, read again from its input file; every offset in the store indexes it.

        `inputs` are the folders (or files) the store was made from; by default the manifest's
        ``inputs``. The file must still hold the same bytes: its doc_id is recomputed and compared.
        Raises `FileNotFoundError` saying where it looked.
        """
        docs = self.lines.get("documents", [])
        doc = next((d for d in docs if d["doc_id"] == doc_id), None)
        if doc is None:
            raise KeyError(f"no document {doc_id!r} in {self.path}")
        roots = [Path(p) for p in (inputs if inputs is not None else self.manifest.get("inputs", []))]
        return read_raw(doc, roots)


def read_raw(doc: dict, roots: list[Path]) -> str:
    """Decode a document line's input file again (the pipeline's own decoder), checking its bytes by doc_id."""
    from .ingest import decode_bytes, make_doc_id

    source = doc["source"]
    tried = []
    for root in roots:
        path = root if root.is_file() and root.name == source else root / source
        tried.append(str(path))
        try:
            data = path.read_bytes()
        except OSError:
            continue
        found = make_doc_id(source, hashlib.sha256(data).hexdigest())
        # a file reached twice through two inputs gets its id's last 4 digits renamed by the runner
        if found != doc["doc_id"] and found[:-4] != doc["doc_id"][:-4]:
            tried[-1] += " (different bytes than when the store was made)"
            continue
        raw, _encoding = decode_bytes(data)
        return raw
    where = "; ".join(tried) if tried else "no input folders known (the manifest has no inputs)"
    raise FileNotFoundError(f"raw file of {source} ({doc['doc_id']}) not found; looked at: {where}")


def _canonical_names(ents: pd.DataFrame) -> pd.Series:
    """entity_id -> the name the store gives it most often (ties: the longest, then alphabetical)."""
    import pandas as pd

    counts = Counter(zip(ents["entity_id"], ents["name"]))
    best: dict[str, tuple] = {}
    for (eid, name), n in counts.items():
        key = (n, len(name), name)
        if eid not in best or key > best[eid]:
            best[eid] = key
    return pd.Series({eid: k[2] for eid, k in best.items()}, dtype=object)


def _frame(rows: list[dict], split: str) -> pd.DataFrame:
    import pandas as pd

    df = pd.DataFrame(rows)
    for c in SCHEMA[split]:
        if c not in df.columns:
            df[c] = pd.Series(dtype=object)
    return df


def load_store(path: str | Path) -> Store:
    """Read a store folder (`newskb run --out`) into a `Store`."""
    import json

    import pandas as pd

    path = Path(path)
    if not (path / "documents.jsonl").exists():
        raise FileNotFoundError(f"{path} is not a newskb store: no documents.jsonl (make one with `newskb run`)")
    lines = {split: [normalize_line(split, r) for r in read_jsonl(path / f"{split}.jsonl")] for split in SPLITS}
    manifest_path = path / "manifest.json"
    manifest = json.loads(manifest_path.read_text("utf-8")) if manifest_path.exists() else {}
    docs, ents, claims = (_frame(lines[s], s) for s in SPLITS)

    if len(ents):
        ents["mention_count"] = ents["mentions"].map(len)
        totals = ents.groupby("entity_id").agg(n_documents=("doc_id", "nunique"),
                                               total_mentions=("mention_count", "sum"))
        ents = ents.join(totals, on="entity_id")
        ents["canonical_name"] = ents["entity_id"].map(_canonical_names(ents))
    else:
        for c in ("mention_count", "n_documents", "total_mentions"):
            ents[c] = pd.Series(dtype="int64")
        ents["canonical_name"] = pd.Series(dtype=object)

    claims["speaker_name"] = claims["speaker"].map(lambda s: s["name"] if isinstance(s, dict) else None)
    claims["speaker_id"] = claims["speaker"].map(lambda s: s.get("entity_id") if isinstance(s, dict) else None)
    canon = (ents.drop_duplicates("entity_id").set_index("entity_id")[["canonical_name", "type"]]
             if len(ents) else pd.DataFrame(columns=["canonical_name", "type"]))
    claims["speaker_canonical"] = claims["speaker_id"].map(canon["canonical_name"])
    claims["speaker_type"] = claims["speaker_id"].map(canon["type"])
    # a speaker without an entity id still has a name: fall back to it
    claims["speaker_canonical"] = claims["speaker_canonical"].where(claims["speaker_canonical"].notna(),
                                                                    claims["speaker_name"])
    for key in ("text", "type", "years_from", "years_to", "year_from", "year_to"):
        col = "horizon_" + key if key in ("text", "type") else key
        claims[col] = claims["horizon"].map(lambda h, k=key: h.get(k) if isinstance(h, dict) else None)
    for col in ("year_from", "year_to"):
        claims[col] = claims[col].astype("Int64")
    for col in ("years_from", "years_to"):
        claims[col] = claims[col].astype("Float64")
    claims["source"] = claims["doc_id"].map(docs.set_index("doc_id")["source"]) if len(docs) else None

    docs["n_removed"] = docs["removed"].map(len)
    docs["removed_chars"] = docs["removed"].map(lambda rs: sum(r["end"] - r["start"] for r in rs))
    by_doc = lambda df: df.groupby("doc_id").size() if len(df) else pd.Series(dtype="int64")  # noqa: E731
    docs["n_entities"] = docs["doc_id"].map(by_doc(ents)).fillna(0).astype("int64")
    docs["n_claims"] = docs["doc_id"].map(by_doc(claims)).fillna(0).astype("int64")
    fc = claims[claims["forecast"] == True] if len(claims) else claims  # noqa: E712 (column may hold None)
    docs["n_forecasts"] = docs["doc_id"].map(by_doc(fc)).fillna(0).astype("int64")
    return Store(path, docs, ents, claims, manifest, lines)
