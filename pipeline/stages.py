"""The stage order, in one place, and the code that runs one batch of articles through it.

    STAGES = (clean, detect_language, strip_spam)    then, batched: run_nlp (parse, extract_entities,
                                                     extract_claims)

Decoding happens before (ingest). Entity ids come from normalized keys, so they agree across
documents as written; the runner's `link.link_store` pass after a run merges the ids of an
organization that some article names in both scripts. Stages take and return records; they do no
file I/O.
"""
from __future__ import annotations

import re
import time
from dataclasses import replace

from .assemble import extract_entities
from .attribution import extract_claims
from .clean import clean_text
from .config import Config
from .lang import get_backend
from .language import EN, ZH, detect_document, detect_segment
from .records import OK, Article, Removed, Segment
from .segment import split_lines
from .spam import detect_spam, layout_gaps


def clean(a: Article, cfg: Config) -> Article:
    text, starts, ends = clean_text(a.raw, cfg.clean)
    return replace(a, clean=text, starts=tuple(starts), ends=tuple(ends))


def strip_spam(a: Article, cfg: Config) -> Article:
    """Score segments and mark spam. With spam.enabled off, segments are made but nothing is scored."""
    if cfg.spam.enabled:
        segments = detect_spam(a.clean, cfg.spam, layout_gaps(a.raw, a.clean, a.starts, a.ends))
    else:
        segments = [Segment(start=p.start, end=p.end, kind="line", lang=detect_segment(a.clean[p.start:p.end]),
                            paragraph=p.paragraph) for p in split_lines(a.clean)]
    keep_all = cfg.spam.keep_spam or not cfg.spam.enabled
    removed, kept = [], []
    for s in segments:
        if s.is_spam or (s.spam_score is not None and s.spam_score >= cfg.spam.threshold):
            rs, re_ = a.raw_span(s.start, s.end)
            piece = Removed(start=rs, end=re_, text=a.raw[rs:re_], reason=s.spam_reason or "spam", score=s.spam_score)
            (removed if s.is_spam and not keep_all else kept).append(piece)
    if keep_all:
        segments = [replace(s, is_spam=False) for s in segments]
    return replace(a, segments=tuple(segments), removed=tuple(removed), kept_spam=tuple(kept))


def detect_language(a: Article, cfg: Config) -> Article:
    pieces = [a.clean[p.start:p.end] for p in split_lines(a.clean)]
    return replace(a, lang=detect_document(pieces, cfg.language.mixed_min_share))


# an English quote whose frame is Chinese: “We will double our capacity by 2027,” Laurent在致辞中说。 /
# X首席执行官Pieter Van Laere在声明中表示：“Joining … Antwerp.” (a pronoun after it, “…,” 他说。, is read with
# the English sentence: it names nobody to parse)
_ZH_CUES = r"(?:说|表示|称|介绍|坦言|指出|强调|透露|写道|告诉记者|笑道)"
_QUOTE = r"[“\"][^“”\"]{8,}[”\"]"
_QUOTE_WITH_ZH_CUE = re.compile(rf"\s*{_QUOTE}\s*[,，]?\s*(?![\s他她我])[^“”\"。]{{0,40}}?" + _ZH_CUES +
                                r"[。！]?\s*|"
                                r"\s*(?=[^“”\"]{0,60}[\u4e00-\u9fff]{2})(?![他她我])[^“”\"。]{2,60}?" + _ZH_CUES +
                                rf"[：:，,]\s*{_QUOTE}\s*[。.]?\s*|"
                                # "…," X董事总经理Y在接受采访时说，"…": the cue between two quotes
                                rf"\s*{_QUOTE}\s*[,，]?\s*(?=[^“”\"]{{0,80}}[\u4e00-\u9fff]{{2}})(?![\s他她我])"
                                rf"[^“”\"。]{{2,80}}?" + _ZH_CUES + rf"[：:，,]\s*{_QUOTE}\s*[。.]?\s*")


def analysis_units(a: Article) -> list[tuple[int, int, str]]:
    """(clean start, clean end, lang) runs of kept text: one per paragraph, cut at spam and language changes.
    A sentence that is an English quote with a Chinese source and cue after it is read as Chinese."""
    units: list[list] = []
    for k, s in enumerate(a.segments):
        if s.is_spam:
            if not _spliced(a, k):
                units.append(None)
            continue
        lang = s.lang if s.lang in (EN, ZH) else (a.lang if a.lang in (EN, ZH) else EN)  # a segment's own language
        last = units[-1] if units else None
        if last is not None and last[2] == lang and last[3] == s.paragraph:
            last[1] = s.end
        else:
            units.append([s.start, s.end, lang, s.paragraph])
    units = _join_open_quotes(a.clean, [u for u in units if u is not None])
    return [(u[0], u[1], ZH if u[2] == EN and _QUOTE_WITH_ZH_CUE.fullmatch(a.clean, u[0], u[1]) else u[2])
            for u in units]


def _spliced(a: Article, k: int) -> bool:
    """Spam segment k was spliced into a Chinese sentence of the story (她表示，【装修】…热线：… 明年订单会好转…):
    the story before it stops short of a sentence end, the story after it goes on in the same paragraph. The
    sentence is read whole, the ad blanked out (``unit_text``), so that its source and its content meet."""
    segs = a.segments
    i = j = k
    while i > 0 and segs[i - 1].is_spam:
        i -= 1
    while j + 1 < len(segs) and segs[j + 1].is_spam:
        j += 1
    if i == 0 or j + 1 >= len(segs) or "\n" in a.clean[segs[i].start:segs[j].end]:
        return False
    before, after = segs[i - 1], segs[j + 1]
    tail = a.clean[before.start:segs[i].start].rstrip()
    return (before.paragraph == after.paragraph and before.lang == after.lang == ZH and bool(tail)
            and tail[-1] not in "。！？!?…；;")


def unit_text(a: Article, s: int, e: int) -> str:
    """The clean text of an analysis unit, spam spliced into it (``_spliced``) blanked out with spaces: the
    parse's offsets stay those of the clean text."""
    text = a.clean[s:e]
    for seg in a.segments:
        if seg.is_spam and s < seg.start and seg.end < e:
            text = text[:seg.start - s] + " " * (seg.end - seg.start) + text[seg.end - s:]
    return text


def _join_open_quotes(clean: str, units: list[list]) -> list[list]:
    """A quote opened in one run and closed in the next run of its paragraph (the runs part where the quote's
    language changes: X在接受采访时说：“Sales are up. We plan to double …”Ashworth透露，…) is read in one run,
    in Chinese when its frame, outside the quote, is Chinese."""
    out: list[list] = []
    for u in units:
        last = out[-1] if out else None
        if last is not None and last[3] == u[3] and clean[last[1]:u[0]].strip() == "" \
                and _open_quotes(clean[last[0]:last[1]]) > 0:
            last[1] = u[1]
            frame = re.sub(r"“[^“”]*”?", "", clean[last[0]:last[1]])
            if len(re.findall(r"[\u4e00-\u9fff]", frame)) >= 4 and re.search(_ZH_CUES, frame):
                last[2] = ZH
            continue
        out.append(list(u))
    return out


def _open_quotes(text: str) -> int:
    return text.count("“") - text.count("”")


def run_nlp(articles: list[Article], cfg: Config) -> list[Article]:
    """Entities and claims for a batch of articles; model calls are batched per language."""
    jobs: dict[str, list[tuple[int, int, int]]] = {EN: [], ZH: []}
    for n, a in enumerate(articles):
        if a.status != OK:
            continue
        for s, e, lang in analysis_units(a):
            jobs[lang].append((n, s, e))
    parses: dict[tuple[int, int], tuple[str, object]] = {}
    timings: dict[int, dict[str, float]] = {n: {} for n in range(len(articles))}
    for lang, items in jobs.items():
        if not items:
            continue
        backend = get_backend(lang, cfg.ner)
        t0 = time.perf_counter()
        results = backend.parse([unit_text(articles[n], s, e) for n, s, e in items])
        dt = time.perf_counter() - t0
        total = sum(e - s for _, s, e in items) or 1
        for (n, s, e), p in zip(items, results):
            parses[(n, s)] = (lang, p)
            timings[n]["model"] = timings[n].get("model", 0.0) + dt * (e - s) / total
    out = []
    for n, a in enumerate(articles):
        if a.status != OK:
            out.append(a)
            continue
        t0 = time.perf_counter()
        units = [(s, e, lang, parses[(n, s)][1]) for s, e, lang in analysis_units(a)]
        a = extract_entities(a, units)
        t1 = time.perf_counter()
        a = extract_claims(a, units, cfg) if cfg.claims.enabled else a
        t2 = time.perf_counter()
        timings[n].update(entities=t1 - t0, claims=t2 - t1)
        out.append(replace(a, timings={**a.timings, **timings[n]}))
    return out


STAGES = (clean, detect_language, strip_spam)


def process_articles(articles: list[Article], cfg: Config) -> list[Article]:
    """Run every stage on a batch. A document that breaks a stage comes back with status error."""
    ready = []
    for a in articles:
        if a.status != OK:
            ready.append(a)
            continue
        try:
            timings = {}
            for stage in STAGES:
                t0 = time.perf_counter()
                a = stage(a, cfg)
                timings[stage.__name__] = time.perf_counter() - t0
            ready.append(replace(a, timings=timings))
        except Exception as e:  # noqa: BLE001 - one bad document must not stop the batch
            ready.append(replace(a, status="error", error=f"internal error in cleaning: {type(e).__name__}: {e}"))
    try:
        return run_nlp(ready, cfg)
    except Exception:  # noqa: BLE001 - retry one by one so one bad document fails alone
        out = []
        for a in ready:
            try:
                out.extend(run_nlp([a], cfg))
            except Exception as e:  # noqa: BLE001
                out.append(replace(a, status="error", error=f"internal error in analysis: {type(e).__name__}: {e}"))
        return out
