"""Find spam segments (ads, listings, contact lines, related-article lists, footers) in cleaned text.

Scoring order, per line and then per sentence inside a line:
1. evidence in the segment (URLs, phones, QQ/WeChat, ad and footer cues, keyword-list shape);
2. evidence against (it reads as a sentence of the story: verbs, reporting cues, length);
3. context: where it stands (after the last paragraph of the story, before the first) and its neighbours.
Nothing is removed without a reason and a score; when unsure, keep.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .config import SpamConfig
from .lang import words_en, words_zh
from .language import EN, ZH, detect_segment
from .records import Segment
from .segment import split_lines, split_sentences

URL_RE = re.compile(r"(?i)\bhttps?://\S+|\bwww\.[\w-]+\.\S+|\b[\w-]+\.(?:com|cn|net|org|cc|shop|store|top|xyz)(?:\.cn)?\b(?:/\S*)?")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
PHONE_RE = re.compile(r"(?<!\d)(?:\+?86[- ]?)?(?:1[3-9]\d{9}|0\d{2,3}[- ]?\d{7,8}|400[- ]?\d{3}[- ]?\d{4}|"
                      r"\(\d{3}\) ?\d{3}-\d{4}|\d{3}-\d{3}-\d{4}|[x×X*]{3,}\d{0,4})(?!\d)")
IM_RE = re.compile(r"(?i)\b(?:QQ|VX|V信|微信号?|WeChat|WhatsApp|Skype)\s*[:：号]?\s*[\w-]{5,}")
CRUMB_RE = re.compile(r"\S+ ?[>›»/] ?\S+ ?[>›»] ?\S+")
CJK_RE = re.compile(r"[\u4e00-\u9fff]")
TERMINAL_RE = re.compile(r"[.!?。！？”\"」』)）]$")


@dataclass(frozen=True, slots=True)
class Evidence:
    score: float
    reasons: tuple[str, ...]


def _cue_hits(text: str, lang: str) -> list[str]:
    low = text.lower()
    cues = words_zh.SPAM_CUES if lang == ZH else words_en.SPAM_CUES
    hits = [c for c in cues if c in low]
    if lang == ZH:  # Chinese pages mix English footers in
        hits += [c for c in words_en.SPAM_CUES if c in low and len(c) > 6]
    return hits


def _keyword_list(text: str) -> bool:
    """'LED Strip Light,RGB Strip,Waterproof Light': three or more short capitalised items, no verb."""
    items = [i.strip() for i in re.split(r"[,，、|/;；]", text) if i.strip()]
    if len(items) < 3 or re.search(r"[。！？]|[.!?]$", text):
        return False
    if any(CJK_RE.search(i) and len(i) > 12 for i in items):
        return False
    short = all(len(i.split()) <= 5 and len(i) <= 40 for i in items)
    caps = sum(1 for i in items if i[:1].isupper() or CJK_RE.match(i[:1])) >= 0.7 * len(items)
    padded = f" {text.lower()} "
    return short and caps and not any(v in padded for v in words_en.VERB_HINTS)


def _title_fragment(text: str) -> bool:
    """A short line of capitalised words with no sentence end: a product name, a heading, a menu item."""
    words = text.split()
    if not 1 <= len(words) <= 8 or TERMINAL_RE.search(text):
        return False
    caps = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return caps >= 0.75 * len(words)


_STRONG_FOOTER = re.compile(r"(?i)版权所有|免责声明|责任编辑|扫码|扫一扫|公众号|二维码|转载|copyright|©|all rights reserved|"
                            r"disclaimer|subscribe|newsletter")


def _reads_as_story(text: str, lang: str) -> bool:
    if lang == ZH:
        return (len(CJK_RE.findall(text)) >= 30 and len(re.findall(r"[，。；：]", text)) >= 2
                and not _STRONG_FOOTER.search(text))
    padded = f" {text.lower()} "
    return len(text.split()) >= 12 and any(v in padded for v in words_en.VERB_HINTS)


def score_segment(text: str, lang: str) -> Evidence:
    """Evidence from the segment alone."""
    score, reasons = 0.0, []
    urls = URL_RE.findall(text)
    contacts = len(PHONE_RE.findall(text)) + len(EMAIL_RE.findall(text)) + len(IM_RE.findall(text))
    cues = _cue_hits(text, lang)
    n = max(len(text), 1)
    if urls:
        score += 0.45 if sum(len(u) for u in urls) / n > 0.3 else 0.3
        reasons.append("url")
    if contacts:
        score += 0.35 + 0.1 * min(contacts - 1, 2)
        reasons.append("contact details")
    if cues:
        score += 0.3 + 0.15 * min(len(cues) - 1, 2)
        reasons.append("ad/footer cue: " + ", ".join(cues[:3]))
    if re.search(r"(?i)copyright|©|\(c\) ?\d{4}|版权所有|all rights reserved", text):
        score += 0.4
        reasons.append("copyright footer")
    if _keyword_list(text):
        score += 0.6
        reasons.append("keyword list")
    elif _title_fragment(text) and lang == EN:
        score += 0.2
        reasons.append("title-case fragment")
    if CRUMB_RE.fullmatch(text.strip()) and len(text) < 80:
        score += 0.3
        reasons.append("navigation crumbs")
    if _reads_as_story(text, lang):
        score -= 0.35 if urls or contacts else 0.5
    return Evidence(max(0.0, min(score, 1.0)), tuple(reasons))


def detect_spam(clean: str, cfg: SpamConfig) -> list[Segment]:
    """Segments of the cleaned text, each scored; ``is_spam`` set on those to remove."""
    lines = split_lines(clean)
    if not lines:
        return []
    texts = [clean[p.start:p.end] for p in lines]
    langs = [detect_segment(t) for t in texts]
    ev = [score_segment(t, lang) for t, lang in zip(texts, langs)]
    story = [_reads_as_story(t, lang) and e.score < cfg.threshold for t, lang, e in zip(texts, langs, ev)]
    first_story = next((i for i, s in enumerate(story) if s), len(lines))
    last_story = max((i for i, s in enumerate(story) if s), default=-1)

    scores = [e.score for e in ev]
    reasons = [list(e.reasons) for e in ev]
    for i in range(len(lines)):
        if i > last_story and scores[i] > 0:
            scores[i] = min(1.0, scores[i] + 0.25)
            reasons[i].append("after the story")
    # neighbours: a weak line inside a run of spam lines goes with them (jusText-style smoothing)
    for _ in range(2):
        for i in range(len(lines)):
            if scores[i] >= cfg.threshold or story[i]:
                continue
            prev_spam = i > 0 and scores[i - 1] >= cfg.threshold
            next_spam = i + 1 < len(lines) and scores[i + 1] >= cfg.threshold
            short = len(texts[i]) <= 80 and not TERMINAL_RE.search(texts[i])
            if short and (prev_spam or next_spam) and (i > last_story or i < first_story or (prev_spam and next_spam)):
                if scores[i] > 0 or (prev_spam and next_spam):
                    scores[i] = cfg.threshold
                    reasons[i].append("between spam lines" if prev_spam and next_spam else "next to spam")

    segments: list[Segment] = []
    for p, t, lang, s, r, st in zip(lines, texts, langs, scores, reasons, story):
        is_spam = s >= cfg.threshold
        if st or len(t) > 80:
            # an ad spliced inside a paragraph: look at its sentences
            sents = split_sentences(clean, p.start, p.end)
            if len(sents) > 1:
                for a, b in sents:
                    e = score_segment(clean[a:b], lang)
                    strong = e.score >= cfg.threshold + 0.2 and any(
                        x.startswith(("url", "contact", "ad/footer", "copyright")) for x in e.reasons)
                    segments.append(Segment(start=a, end=b, kind="sentence", lang=lang, paragraph=p.paragraph,
                                            spam_score=round(e.score, 3), spam_reason="; ".join(e.reasons),
                                            is_spam=strong))
                continue
        segments.append(Segment(start=p.start, end=p.end, kind="line", lang=lang, paragraph=p.paragraph,
                                spam_score=round(s, 3), spam_reason="; ".join(r), is_spam=is_spam))
    return segments
