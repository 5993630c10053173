"""Claims: statements the article attributes to a source, and forward-looking statements in its own voice.

English, per sentence, in this order: a reporting verb with a clausal complement or a quote
("Pan said that…", "“…,” he said", "said Pan"); "according to X, …"; a reporting noun or
consensus ("the consensus is that…"); else a sentence about the future in the article's voice.
Chinese, per sentence: source + cue + content (谢育芳表示，…); content before the cue (“…”，他说);
据X介绍/透露，…; else a sentence about the future. Sources become entity references later,
in `resolve_speakers`, through names, pronouns, titles, surnames and "the company".
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from .horizon import find_horizon
from .lang import Parse, Token, words_en, words_zh

_OPEN_Q = "\"“‘'「『"
_CLOSE_Q = "\"”’'」』"
_QUOTE_RE = re.compile(r"[“\"]([^“”\"]{8,})[”\"]")


@dataclass(frozen=True, slots=True)
class RawClaim:
    start: int  # content span, offsets into the parsed text
    end: int
    cue: str | None
    cue_pos: int  # where the cue (or the sentence) is, for finding antecedents
    source: tuple[int, int] | None  # the source's words, offsets into the parsed text
    source_text: str | None
    forecast: bool
    horizon: dict | None


def _trim_content(text: str, s: int, e: int, lang: str) -> tuple[int, int]:
    strip = " \n\t,，:：;；" + _OPEN_Q + _CLOSE_Q + ("." if lang == "en" else "。！？!?")
    for _ in range(3):
        while s < e and text[s] in strip:
            s += 1
        while e > s and text[e - 1] in strip:
            e -= 1
        if lang == "en":
            m = re.match(r"(?i)that\s+", text[s:e])
            if m:
                s += m.end()
    return s, e


# ---------------------------------------------------------------- English
_FUTURE_EN = re.compile(r"(?i)\b(?:will|won't|shall|'ll|going to|(?:is|are|was|were) (?:expected|likely|set|poised|"
                        r"scheduled|projected|due|slated|forecast) to|plans? to|planned to|aims? to|intends? to|"
                        r"hopes? to|seeks? to|targets?|would|could|may|might|next (?:year|month|quarter|decade)|"
                        r"in the (?:coming|next)|over the next|by (?:the end of )?20\d\d)\b")
_FUTURE_CUE_LEMMAS = {"expect", "predict", "forecast", "anticipate", "project", "estimate", "plan", "hope", "vow",
                      "pledge", "promise", "warn", "aim", "intend"}
_OWN_VOICE_EN = re.compile(r"(?i)\b(?:will|won't|shall|is expected to|are expected to|is likely to|are likely to|"
                           r"is set to|are set to|plans to|plan to|aims to|aim to|is poised to|are poised to|"
                           r"is scheduled to|are scheduled to|is projected to|are projected to|is due to)\b")
_CONSENSUS_EN = re.compile(r"(?i)\b(?:consensus|conclusion|view|belief|expectation|judg(?:e)?ment|assessment|forecast|"
                           r"prediction|estimate)\b[^.;]{0,160}?\b(?:is|was|are|were)\s+that\s+")
_ACCORDING = re.compile(r"(?i)\b(?:according to|in the (?:view|words|opinion) of|as (?:stated|noted|reported) by)\s+")


def _subtree_span(tokens: list[Token], root: int, lo: int, hi: int) -> tuple[int, int]:
    """Token index range (within [lo, hi)) covered by the subtree of `root`."""
    members = {root}
    changed = True
    while changed:
        changed = False
        for t in tokens[lo:hi]:
            if t.i not in members and t.head in members and t.head != t.i:
                members.add(t.i)
                changed = True
    return min(members), max(members) + 1


def _is_future_en(content: str, cue_lemma: str | None) -> bool:
    return bool(_FUTURE_EN.search(content)) or (cue_lemma in _FUTURE_CUE_LEMMAS)


def claims_en(p: Parse, cfg) -> list[RawClaim]:
    text, toks = p.text, p.tokens
    out: list[RawClaim] = []
    for lo, hi in p.sents:
        if hi <= lo:
            continue
        s_start, s_end = toks[lo].start, toks[hi - 1].end
        sent = text[s_start:s_end]
        found = False
        # 1. reporting verb with a complement clause or a quote
        for t in toks[lo:hi]:
            if t.lemma.lower() not in words_en.REPORTING_VERBS or t.pos not in ("VERB", "AUX"):
                continue
            kids = [k for k in toks[lo:hi] if k.head == t.i and k.i != t.i]
            comp = next((k for k in kids if k.dep in ("ccomp", "xcomp") and k.i != t.i and
                         (k.dep == "ccomp" or any(x.dep == "mark" and x.head == k.i for x in toks[lo:hi]))), None)
            subj = next((k for k in kids if k.dep in ("nsubj", "nsubjpass")), None)
            if comp is not None and comp.dep == "xcomp":
                continue
            if comp is None:
                q = _QUOTE_RE.search(sent)
                if not q or subj is None:
                    continue
                cs, ce = s_start + q.start(1), s_start + q.end(1)
            else:
                a, b = _subtree_span(toks, comp.i, lo, hi)
                # "X said that A, and B": a conjunct after the complement belongs to the content
                while b < hi and any(k.dep == "conj" and k.head in (t.i, comp.i) and k.i >= b for k in toks[b:hi]):
                    b = hi
                if a <= t.i < b:  # the complement wraps the cue: take the part before it
                    b = t.i
                    while b > a and toks[b - 1].pos == "PUNCT":
                        b -= 1
                    if subj is not None and a <= subj.i < b:
                        b = subj.i
                cs, ce = toks[a].start, toks[b - 1].end if b > a else toks[a].end
            cs, ce = _trim_content(text, cs, ce, "en")
            if ce - cs < 3 or len(text[cs:ce].split()) < cfg.min_words_en:
                continue
            src = None
            src_text = None
            if subj is not None:
                a, b = _subtree_span(toks, subj.i, lo, hi)
                if subj.lower_text if False else True:  # keep the whole subject phrase for appositions
                    src = (toks[a].start, toks[b - 1].end)
                    src_text = text[src[0]:src[1]]
                if subj.text.lower() in ("it", "there") and subj.dep == "nsubjpass" or subj.text.lower() == "it":
                    src, src_text = None, None
            content = text[cs:ce]
            out.append(RawClaim(cs, ce, t.text, t.start, src, src_text, _is_future_en(content, t.lemma.lower()),
                                find_horizon(content, "en")))
            found = True
            break
        if found:
            continue
        # 2. according to X, ...
        m = _ACCORDING.search(sent)
        if m:
            src_s = s_start + m.end()
            tail = re.search(r",\s*", text[src_s:s_end])
            src_e = src_s + tail.start() if tail else s_end
            if m.start() == 0 or sent[:m.start()].strip() in ("", ","):
                cs, ce = (src_s + tail.end(), s_end) if tail else (s_end, s_end)
            else:
                cs, ce = s_start, s_start + m.start()
                src_e = s_end
            cs, ce = _trim_content(text, cs, ce, "en")
            if len(text[cs:ce].split()) >= cfg.min_words_en:
                content = text[cs:ce]
                src_s2, src_e2 = _trim_content(text, src_s, src_e, "en")
                out.append(RawClaim(cs, ce, m.group(0).strip(), s_start, (src_s2, src_e2), text[src_s2:src_e2],
                                    _is_future_en(content, None), find_horizon(content, "en")))
                continue
        # 3. "the consensus ... is that ..."
        m = _CONSENSUS_EN.search(sent)
        if m:
            cs, ce = _trim_content(text, s_start + m.end(), s_end, "en")
            if len(text[cs:ce].split()) >= cfg.min_words_en:
                content = text[cs:ce]
                out.append(RawClaim(cs, ce, None, s_start, None, None, _is_future_en(content, None),
                                    find_horizon(content, "en")))
                continue
        # 4. the article's own voice, about the future
        if _OWN_VOICE_EN.search(sent) and not sent.rstrip().endswith("?"):
            cs, ce = _own_voice_span_en(text, s_start, s_end)
            if len(text[cs:ce].split()) >= max(cfg.min_words_en, 5):
                content = text[cs:ce]
                out.append(RawClaim(cs, ce, None, s_start, None, None, True, find_horizon(content, "en")))
    return out


def _own_voice_span_en(text: str, s: int, e: int) -> tuple[int, int]:
    sent = text[s:e]
    m = re.match(r"(?i)(?:in terms of|with regard to|as for|regarding|meanwhile|in addition|at the same time|"
                 r"moreover|furthermore|besides|however|therefore)\b[^,]{0,60},\s*", sent)
    if m:
        s += m.end()
    cut = re.search(r",\s+(?:such as|including|for example|e\.g\.)\s", text[s:e])
    if cut:
        e = s + cut.start()
    return _trim_content(text, s, e, "en")


# ---------------------------------------------------------------- Chinese
_ZH_CUES = set(words_zh.REPORTING_CUES)
_ZH_FUTURE_WORDS = tuple(c for c in words_zh.FORECAST_CUES if len(c) > 1)
_ZH_FUTURE_SINGLE = ("将", "会", "要")
_JU_RE = re.compile(r"据(?P<src>[^，,。：:；]{0,30}?)(?P<cue>" + "|".join(words_zh.JU_CUES) + r")[，,：:]")
_ZH_UNNAMED = re.compile(r"业内人士|业内专家|分析人士|知情人士|有关人士|相关人士|专家|分析师|记者|消息人士|"
                         r"市场人士|投资者|网友|居民|村民|消费者|员工|工人")


def _is_future_zh(tokens: list[Token], content: str) -> bool:
    if any(w in content for w in _ZH_FUTURE_WORDS):
        return True
    return any(t.text in _ZH_FUTURE_SINGLE and t.pos in ("d", "v") for t in tokens)


def _zh_cue(t: Token) -> bool:
    if t.text in _ZH_CUES:
        return t.pos.startswith("v")
    return t.text[:1] in "他她" and t.text[1:] in _ZH_CUES


def claims_zh(p: Parse, cfg) -> list[RawClaim]:
    text, toks = p.text, p.tokens
    out: list[RawClaim] = []
    for lo, hi in p.sents:
        if hi <= lo:
            continue
        s_start, s_end = toks[lo].start, toks[hi - 1].end
        sent = text[s_start:s_end]
        stoks = toks[lo:hi]
        # 据X介绍，...
        m = _JU_RE.search(sent)
        if m:
            cs, ce = _trim_content(text, s_start + m.end(), s_end, "zh")
            if ce - cs >= cfg.min_chars_zh:
                src = (s_start + m.start("src"), s_start + m.end("src")) if m.group("src") else None
                content = text[cs:ce]
                ctoks = [t for t in stoks if t.start >= cs]
                out.append(RawClaim(cs, ce, "据" + m.group("cue"), s_start + m.start(), src,
                                    m.group("src") or None, _is_future_zh(ctoks, content),
                                    find_horizon(content, "zh")))
                continue
        cue_i = next((k for k, t in enumerate(stoks) if _zh_cue(t) and (k > 0 or t.text not in _ZH_CUES)), None)
        if cue_i is not None:
            cue = stoks[cue_i]
            if cue.text not in _ZH_CUES:  # 她说 as one word: the pronoun is the source
                pron = cue.text[:1]
                cue = Token(cue.i, cue.text[1:], cue.start + 1, cue.end, cue.lemma[1:], cue.pos)
                stoks = stoks[:cue_i] + [Token(-1, pron, cue.start - 1, cue.start, pron, "r"), cue] + \
                    stoks[cue_i + 1:]
                cue_i += 1
            after = [t for t in stoks[cue_i + 1:]]
            content_after = text[cue.end:s_end]
            src_lo = 0
            for k in range(cue_i - 1, -1, -1):
                if stoks[k].text in ("。", "；", "！", "？") or (stoks[k].text in "，," and k < cue_i - 12):
                    src_lo = k + 1
                    break
            src = (stoks[src_lo].start, cue.start) if src_lo < cue_i else None
            if len(_trim_content(text, cue.end, s_end, "zh")) and len(content_after.strip("。！？”」 ，,：:")) >= \
                    cfg.min_chars_zh:
                cs, ce = _trim_content(text, cue.end, s_end, "zh")
                ctoks = after
            else:
                # content before the cue: “……”，他说。
                qs = text.rfind("“", 0, src[0] if src else cue.start)
                qe = text.rfind("”", 0, src[0] if src else cue.start)
                if qs < 0 or qe < qs:
                    qs = text.rfind("「", 0, cue.start)
                    qe = text.rfind("」", 0, cue.start)
                if qs < 0 or qe < qs or cue.start - qe > 20:
                    continue
                cs, ce = _trim_content(text, qs + 1, qe, "zh")
                ctoks = [t for t in toks if cs <= t.start < ce]
                src_s = qe + 1
                src = (src_s, cue.start)
            if ce - cs >= cfg.min_chars_zh:
                content = text[cs:ce]
                src_text = text[src[0]:src[1]].strip("，, ") if src else None
                out.append(RawClaim(cs, ce, cue.text, cue.start, src, src_text or None,
                                    _is_future_zh(ctoks, content) or cue.text in ("预计", "预测", "预期", "展望"),
                                    find_horizon(content, "zh")))
                continue
        if sent.startswith("据悉") or sent.startswith("据了解"):
            cs, ce = _trim_content(text, s_start + 3, s_end, "zh")
            if ce - cs >= cfg.min_chars_zh:
                content = text[cs:ce]
                out.append(RawClaim(cs, ce, sent[:3].strip("，,"), s_start, None, None,
                                    _is_future_zh(stoks, content), find_horizon(content, "zh")))
                continue
        # the article's own voice, about the future
        if _is_future_zh(stoks, sent) and not sent.rstrip().endswith(("？", "?")):
            cs, ce = _trim_content(text, s_start, s_end, "zh")
            if ce - cs >= max(cfg.min_chars_zh, 8):
                content = text[cs:ce]
                out.append(RawClaim(cs, ce, None, s_start, None, None, True, find_horizon(content, "zh")))
    return out


def make_claim_id(doc_id: str, start: int, end: int) -> str:
    return "C" + hashlib.sha1(f"{doc_id}:{start}:{end}".encode()).hexdigest()[:12]


def is_unnamed_source(text: str) -> bool:
    return bool(_ZH_UNNAMED.search(text)) or bool(re.search(
        r"(?i)\b(?:analysts?|experts?|insiders?|observers?|sources?|reporters?|people|residents|officials|"
        r"economists|traders|investors|industry|government|authorities|the plan|the report|the document|"
        r"the survey|the study|data|statistics|figures)\b", text))
