"""newskb: scraped English and Chinese news into a knowledge store of entities, claims and forecasts."""
from __future__ import annotations

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())


def process_text(text: str, lang: str | None = None, config=None):
    """Run the whole pipeline on one article's text; returns its `Article` record.

    `lang` ("en", "zh" or "mixed") overrides language detection. The record's
    `document_line()`, `entity_lines()` and `claim_lines()` give what the store would hold.
    """
    import hashlib
    from dataclasses import replace

    from .config import default_config, load_config
    from .records import Article
    from .stages import STAGES, run_nlp

    if lang is not None and lang not in ("en", "zh", "mixed"):
        raise ValueError(f"unsupported language {lang!r}; supported: en, zh, mixed")
    cfg = config or default_config()
    if isinstance(cfg, str):
        cfg = load_config(cfg)
    a = Article(doc_id=hashlib.sha256(text.encode()).hexdigest()[:16], source="<text>", raw=text,
                encoding="utf-8")
    for stage in STAGES:
        a = stage(a, cfg)
        if lang is not None and stage.__name__ == "detect_language":
            a = replace(a, lang=lang)
    return run_nlp([a], cfg)[0]


from . import load as _load  # noqa: E402 - imported here so that `def load` below keeps the name `pipeline.load`


def load(store):
    """Read a store folder into a `Store`: pandas DataFrames `.documents`, `.entities`, `.claims`
    (with speakers' canonical names and types, entity mention counts), and `.to_datasets()`."""
    return _load.load_store(store)


__all__ = ["process_text", "load", "__version__"]
