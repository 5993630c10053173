"""Time horizons of forecasts, as written and normalized, in English and Chinese."""
from __future__ import annotations

import re

_NUM_EN = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50,
           "a": 1, "a few": 3, "several": 3, "couple of": 2}
_ZH_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
FIVE_YEAR_PLANS = {"十四五": (2021, 2025), "十五五": (2026, 2030), "十三五": (2016, 2020), "十六五": (2031, 2035)}
_UNIT_YEARS = {"year": 1.0, "years": 1.0, "month": 1 / 12, "months": 1 / 12, "decade": 10.0, "decades": 10.0,
               "quarter": 0.25, "quarters": 0.25, "week": 1 / 52, "weeks": 1 / 52, "年": 1.0, "个月": 1 / 12,
               "月": 1 / 12, "季度": 0.25, "周": 1 / 52}
_N = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|a few|several|couple of|a)"

EN_PATTERNS = [
    ("duration", re.compile(rf"(?i)\b(?:in|over|within|during|for)\s+the\s+(?:next|coming|following)\s+(?P<a>{_N})"
                            rf"(?:\s*(?:to|-|–|or)\s*(?P<b>{_N}))?\s+(?P<u>years?|months?|decades?|quarters?|weeks?)")),
    ("duration", re.compile(rf"(?i)\bwithin\s+(?P<a>{_N})(?:\s*(?:to|-|–)\s*(?P<b>{_N}))?\s+(?P<u>years?|months?|decades?)")),
    ("until", re.compile(r"(?i)\b(?:by|before|until|through)\s+(?:the\s+end\s+of\s+|the\s+(?:first|second)\s+half\s+of\s+|"
                         r"end-)?(?P<y>20\d\d|19\d\d)\b")),
    ("year", re.compile(r"(?i)\b(?:in|from|starting|for)\s+(?:fiscal\s+)?(?P<y>20[2-9]\d)\b")),
    ("relative", re.compile(r"(?i)\b(?:next|the coming)\s+(?P<r>year|month|quarter|decade|season|week)\b")),
    ("relative", re.compile(r"(?i)\b(?:the\s+)?(?P<r>second half|first half|end)\s+of\s+(?:this|the)\s+year\b")),
    ("relative", re.compile(r"(?i)\b(?:in\s+the\s+)?(?P<r>coming years|years ahead|long term|long run|future|near term|"
                            r"short term|medium term)\b")),
    ("relative", re.compile(r"(?i)\b(?P<r>later this year|this year|this month|this quarter)\b")),
]
_ZN = r"(?:\d+|[一二两三四五六七八九十]+|几|数)"
ZH_PATTERNS = [
    ("plan", re.compile(r"(?P<p>十[三四五六]五)(?:期间|时期|末|规划期)?")),
    ("duration", re.compile(rf"(?:未来|今后|接下来的?|此后)(?P<a>{_ZN})(?:(?:到|至|-|~|—)(?P<b>{_ZN}))?(?P<u>年|个月|季度|周)")),
    ("duration", re.compile(rf"(?P<a>{_ZN})(?:(?:到|至|-)(?P<b>{_ZN}))?(?P<u>年|个月)(?:内|之内|以内)")),
    ("until", re.compile(r"(?:到|至|截至|截止到|在)(?P<y>20\d\d)年(?:底|末|前|年底)?")),
    ("year", re.compile(r"(?P<y>20[2-9]\d)年(?:底|末|前|内|上半年|下半年)?")),
    ("relative", re.compile(r"(?P<r>明年|后年|下半年|上半年|今年年底|年底前|年底|年内|下季度|下个月|明后年|今后几年|未来几年|"
                            r"未来|近期|中长期|长期|今后|下一步|届时)")),
]
_REL_NORM = {"next year": (1, 1), "明年": (1, 1), "后年": (2, 2), "明后年": (1, 2), "next decade": (1, 10),
             "coming years": (1, 5), "years ahead": (1, 5), "今后几年": (1, 5), "未来几年": (1, 5)}


def _num(text: str | None) -> float | None:
    if text is None:
        return None
    t = text.strip().lower()
    if t in _NUM_EN:
        return float(_NUM_EN[t])
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t)
    if t in ("几", "数"):
        return 3.0
    if re.fullmatch("[一二两三四五六七八九十]+", t):
        if t == "十":
            return 10.0
        if "十" in t:
            a, _, b = t.partition("十")
            return float((_ZH_DIGITS.get(a, 1) if a else 1) * 10 + (_ZH_DIGITS.get(b, 0) if b else 0))
        return float(_ZH_DIGITS.get(t, 0))
    return None


def find_horizon(text: str, lang: str, doc_year: int | None = None) -> dict | None:
    """The first time horizon in text: {"text", "start", "end", "type", ...normalized fields}."""
    patterns = ZH_PATTERNS if lang == "zh" else EN_PATTERNS
    best = None
    for kind, rx in patterns:
        m = rx.search(text)
        if m and (best is None or m.start() < best[1].start()):
            best = (kind, m)
    if best is None:
        return None
    kind, m = best
    out: dict = {"text": m.group(0), "start": m.start(), "end": m.end(), "type": kind,
                 "years_from": None, "years_to": None, "year_from": None, "year_to": None}
    g = m.groupdict()
    if kind == "duration":
        a, b = _num(g.get("a")), _num(g.get("b"))
        unit = _UNIT_YEARS.get((g.get("u") or "year").lower(), 1.0)
        if a is not None:
            out["years_from"] = round((a if b is not None else 0) * unit, 3) if b is not None else 0.0
            out["years_to"] = round((b if b is not None else a) * unit, 3)
            if b is not None:
                out["years_from"] = round(a * unit, 3)
    elif kind in ("until", "year"):
        y = int(g["y"])
        out["year_to"] = y
        if kind == "year":
            out["year_from"] = y
    elif kind == "plan":
        out["year_from"], out["year_to"] = FIVE_YEAR_PLANS[g["p"]]
    elif kind == "relative":
        rel = (g.get("r") or "").lower()
        key = rel if rel in _REL_NORM else ("next " + rel if rel in ("year", "decade") else rel)
        if key in _REL_NORM:
            out["years_from"], out["years_to"] = _REL_NORM[key]
        out["relative"] = rel
    if doc_year is not None:
        if out["years_to"] is not None and out["year_to"] is None:
            out["year_from"] = doc_year + int(out["years_from"] or 0)
            out["year_to"] = doc_year + int(round(out["years_to"]))
        if out.get("relative") in ("下半年", "上半年", "今年年底", "年底前", "年底", "年内", "second half", "end",
                                   "first half", "later this year", "this year"):
            out["year_from"] = out["year_to"] = doc_year
    return out


DATE_RE = re.compile(r"(?P<y>20\d\d|19\d\d)(?:年|[-/.](?P<m>\d{1,2})[-/.]\d{1,2}\b)|"
                     r"(?i:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                     r"\s+\d{1,2},\s+(?P<y2>20\d\d))")


def article_year(text: str) -> int | None:
    """The year of the article's dateline, when its first lines give one."""
    m = DATE_RE.search(text[:300])
    if not m:
        return None
    return int(m.group("y") or m.group("y2"))
