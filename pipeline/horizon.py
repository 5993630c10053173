"""Time horizons of forecasts, as written and normalized, in English and Chinese.

`find_horizon(text, lang, doc_date)` returns the first time expression of a forecast (the longest
one where several start together) as a dict:

    text, start, end     as written, offsets into `text`
    type                 duration ("in the next 20 to 30 years", 未来五年, 三年内), until ("by 2030",
                         到2030年底), year ("in 2025"), plan (十五五), date ("in September", 明年3月,
                         7月31日前) or relative ("next year", 明年, 下半年, "in the coming years")
    relative             the relative expression, lowercased ("next year", 下半年), or None
    years_from/years_to  the span in years from the article's date, where the text gives one
    year_from/year_to    calendar years: written ones, or relative ones counted from the article's date
    due                  the month the horizon ends, "YYYY-MM", when it can be placed in time

`article_date(text)` reads the article's date from its first lines (year, month or None, day or None).
"""
from __future__ import annotations

import calendar
import math
import re

_NUM_EN = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
           "fifty": 50, "a": 1, "an": 1, "a few": 3, "several": 3, "couple of": 2, "a couple of": 2}
_ZH_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
FIVE_YEAR_PLANS = {"十三五": (2016, 2020), "十四五": (2021, 2025), "十五五": (2026, 2030), "十六五": (2031, 2035)}
_UNIT_YEARS = {"year": 1.0, "month": 1 / 12, "decade": 10.0, "quarter": 0.25, "week": 1 / 52, "年": 1.0,
               "个月": 1 / 12, "月": 1 / 12, "季度": 0.25, "周": 1 / 52}
_MONTHS = {m.lower(): n for n, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): n for n, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_MONTH_RE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
            r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_N = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|" \
     r"forty|fifty|a couple of|couple of|a few|several|an?)"
_UNIT = r"(?P<u>years?|months?|decades?|quarters?|weeks?)"
# parts of a year: (month the part ends in)
_PART_END_EN = {"end": 12, "close": 12, "last quarter": 12, "fourth quarter": 12, "third quarter": 9,
                "second quarter": 6, "first quarter": 3, "first half": 6, "second half": 12, "middle": 6,
                "start": 3, "beginning": 3, "early": 3, "mid": 6, "late": 12, "turn": 1}
_PART_EN = r"(?P<part>end|close|last quarter|fourth quarter|third quarter|second quarter|first quarter|first half|" \
           r"second half|middle|start|beginning|turn)"
_PART_END_ZH = {"底": 12, "末": 12, "年底": 12, "年末": 12, "上半年": 6, "下半年": 12, "一季度": 3, "二季度": 6,
                "三季度": 9, "四季度": 12, "第一季度": 3, "第二季度": 6, "第三季度": 9, "第四季度": 12, "初": 3,
                "年初": 3, "前": 12, "内": 12, "中": 6, "年中": 6}

EN_PATTERNS = [
    ("duration", re.compile(rf"(?i)\b(?:in|over|within|during|for)\s+the\s+(?:next|coming|following)\s+(?P<a>{_N})"
                            rf"(?:\s*(?:to|-|–|or)\s*(?P<b>{_N}))?\s+{_UNIT}")),
    ("duration", re.compile(rf"(?i)\b(?:within|in)\s+(?P<a>{_N})(?:\s*(?:to|-|–|or)\s*(?P<b>{_N}))?\s+{_UNIT}"
                            r"(?:'?\s*time)?")),
    ("duration", re.compile(rf"(?i)\b(?P<a>{_N})(?:\s*(?:to|-|–)\s*(?P<b>{_N}))?\s+{_UNIT}\s+from now")),
    ("until", re.compile(rf"(?i)\b(?:by|before|until|till|through|no later than|towards?)\s+"
                         rf"(?:the\s+{_PART_EN}\s+of\s+|"
                         r"(?P<early>early|mid|late|end)[- ])?(?P<y>20\d\d)\b")),
    ("relative", re.compile(rf"(?i)\b(?:(?:by|before|until|in|at|around|during|towards?|from|for)\s+)?(?:the\s+)?"
                            rf"{_PART_EN}\s+of\s+(?P<which>this|next|the|the current|the coming)\s+year\b")),
    ("relative", re.compile(r"(?i)\b(?:(?:by|before|until|in|from)\s+)?(?P<early>early|mid|late|later)[- ]"
                            r"(?P<which>this|next)\s+year\b")),
    ("relative", re.compile(r"(?i)\b(?:(?:by|before|until|in|at|around|towards?)\s+)?(?:the\s+)?"
                            r"(?P<part>end|first half|second half|middle|third quarter|fourth quarter)\s+of\s+the\s+"
                            r"(?P<which>year)\b")),
    ("date", re.compile(rf"\b(?:(?i:in|by|before|until|from|starting|on|at|around|early|late|mid)[- ]+)?"
                        rf"(?:(?i:early|late|mid)[- ])?(?P<mon>{_MONTH_RE})(?:\s+\d{{1,2}}(?!\d))?"
                        r"(?:,?\s+(?P<y>20\d\d)|\s+(?P<which>(?i:this|next))\s+year)?\b")),
    ("quarter", re.compile(r"(?i)\b(?:in|by|before|during)\s+the\s+(?P<part>first|second|third|fourth)\s+quarter"
                           r"(?:\s+of\s+(?P<y>20\d\d))?")),
    ("year", re.compile(r"(?i)\b(?:in|from|starting|for|during|beginning)\s+(?:fiscal\s+)?(?:year\s+)?"
                        r"(?P<y>20[0-9]\d)\b")),
    ("relative", re.compile(r"(?i)\b(?:(?:in|by|over|during|for)\s+)?(?:the\s+)?(?P<r>next|coming)\s+"
                            r"(?P<unit>year|month|quarter|decade|season|week|few years|several years)\b")),
    ("relative", re.compile(r"(?i)\b(?P<r>later this year|this year|this month|this quarter|the second half|"
                            r"the first half|the rest of the year|year-end|year end)\b")),
    ("relative", re.compile(r"(?i)\b(?:in\s+the\s+|over\s+the\s+)?(?P<r>coming years|years ahead|years to come|"
                            r"long term|long run|future|near term|near future|short term|medium term|"
                            r"decades to come|coming decades)\b")),
]
_ZN = r"(?:\d+|[一二两三四五六七八九十]+|几|数)"
ZH_PATTERNS = [
    ("plan", re.compile(r"[“\"]?(?P<p>十[三四五六]五)[”\"]?(?:期间|时期|末|规划期|初)?")),
    ("duration", re.compile(rf"(?:未来|今后|接下来的?|此后|近)?(?P<a>{_ZN})(?:(?:到|至|-|~|—|－)(?P<b>{_ZN}))?"
                            rf"(?P<u>年|个月|季度|周)(?:内|之内|以内|里|时间)")),
    ("duration", re.compile(rf"(?:未来|今后|接下来的?|此后)(?P<a>{_ZN})(?:(?:到|至|-|~|—|－)(?P<b>{_ZN}))?"
                            rf"(?:个)?(?P<u>年|个月|季度|周)")),
    ("until", re.compile(r"(?<![自从])(?:到|至|截至|截止到?)?(?P<y>20\d\d)年(?!以来|来|至今)(?P<part>底|末|前|年底|上半年|下半年|"
                         r"第?[一二三四]季度|初|年初|内|中)?(?P<m>\d{1,2})?(?:月)?(?:前|之前|以前)?")),
    ("date", re.compile(r"(?P<which>明年|今年|次年)?(?P<mon>\d{1,2}|[一二三四五六七八九十]+)月"
                        r"(?:(?P<day>\d{1,2})日)?(?:底|末|中旬|下旬|上旬|初)?(?:前|之前|以前)?")),
    ("relative", re.compile(r"(?P<which>明年|今年|后年)(?P<part>上半年|下半年|第?[一二三四]季度|年底|年末|底|初|年初|内|年中)?")),
    ("relative", re.compile(r"(?P<r>下半年|上半年|年底前|年底|年内|第?四季度|第?三季度|下季度|下个月|明后年|今后几年|"
                            r"未来几年|未来|近期|中长期|长期|今后|下一步|下一阶段|届时|全年|短期内|短期|中期)")),
]
_REL_YEARS = {"next year": (1, 1), "明年": (1, 1), "后年": (2, 2), "明后年": (1, 2), "next decade": (1, 10),
              "coming years": (1, 5), "years ahead": (1, 5), "years to come": (1, 5), "今后几年": (1, 5),
              "未来几年": (1, 5), "next few years": (1, 3), "next several years": (1, 5), "coming year": (1, 1),
              "coming decades": (1, 30), "decades to come": (1, 30)}
_THIS_YEAR = {"this year": 12, "later this year": 12, "the second half": 12, "the first half": 6,
              "the rest of the year": 12, "year-end": 12, "year end": 12, "下半年": 12, "上半年": 6, "年底前": 12,
              "年底": 12, "年内": 12, "四季度": 12, "第四季度": 12, "三季度": 9, "第三季度": 9, "全年": 12}


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


def _due(year: int | None, month: int | None = 12) -> str | None:
    """The month a forecast is due, "YYYY-MM". Not a full ISO date: Arrow's JSON reader
    (`datasets.load_dataset("json")`) would turn that into a timestamp."""
    if year is None:
        return None
    return f"{year:04d}-{min(max(month or 12, 1), 12):02d}"


def _doc(doc_date) -> tuple[int | None, int | None, int | None]:
    if doc_date is None:
        return None, None, None
    if isinstance(doc_date, int):
        return doc_date, None, None
    y, m, d = (tuple(doc_date) + (None, None, None))[:3]
    return y, m, d


def find_horizon(text: str, lang: str, doc_date=None) -> dict | None:
    """The first time horizon in text (see the module docstring); ``doc_date`` is the article's
    date as (year, month, day) with month and day optional, or a year, or None."""
    patterns = ZH_PATTERNS if lang == "zh" else EN_PATTERNS
    best = None
    for kind, rx in patterns:
        for m in rx.finditer(text):
            if kind == "date" and lang == "zh" and not _zh_month_ok(m):
                continue
            if kind == "until" and lang == "zh" and _zh_past_year(text, m):
                continue
            if best is None or (m.start(), -len(m.group(0))) < (best[1].start(), -len(best[1].group(0))):
                best = (kind, m)
            break
    if best is None:
        return None
    kind, m = best
    y0, m0, d0 = _doc(doc_date)
    out: dict = {"text": m.group(0), "start": m.start(), "end": m.end(), "type": kind, "relative": None,
                 "years_from": None, "years_to": None, "year_from": None, "year_to": None, "due": None}
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    if kind == "duration":
        a, b = _num(g.get("a")), _num(g.get("b"))
        unit = _UNIT_YEARS.get(g.get("u", "year").lower().rstrip("s") if lang != "zh" else g.get("u", "年"), 1.0)
        if a is not None:
            out["years_from"] = round(a * unit, 3) if b is not None else 0.0
            out["years_to"] = round((b if b is not None else a) * unit, 3)
            if y0 is not None:
                out["year_from"] = y0 + int(out["years_from"])
                out["year_to"] = y0 + math.ceil(out["years_to"] - 1e-9)
                months = (m0 or 12) + round(out["years_to"] * 12)
                out["due"] = _due(y0 + (months - 1) // 12, (months - 1) % 12 + 1)
    elif kind == "until" or kind == "year":
        y = int(g["y"])
        part = g.get("part") or g.get("early")
        end_month = (_PART_END_ZH.get(part) or _PART_END_EN.get(part, 12)) if part else 12
        if lang == "zh" and g.get("m"):
            end_month = int(g["m"])
        out["year_to"] = y
        out["year_from"] = y if kind == "year" or (lang == "zh" and not m.group(0).startswith(("到", "至"))) else None
        out["due"] = _due(y, end_month)
    elif kind == "quarter":
        q = {"first": 3, "second": 6, "third": 9, "fourth": 12}[g["part"].lower()]
        y = int(g["y"]) if "y" in g else y0
        out["year_from"] = out["year_to"] = y
        out["due"] = _due(y, q)
    elif kind == "plan":
        out["year_from"], out["year_to"] = FIVE_YEAR_PLANS[g["p"]]
        out["due"] = _due(out["year_to"])
    elif kind == "date":
        month = _month(g["mon"])
        y = int(g["y"]) if "y" in g else None
        which = g.get("which", "").lower()
        if y is None and y0 is not None:
            y = y0 + 1 if which in ("next", "明年", "次年") else y0
            if not which and m0 is not None and month < m0:
                y += 1
        out["year_from"] = out["year_to"] = y
        out["due"] = _due(y, month)
        if which:
            out["relative"] = which
    else:  # relative
        _relative(out, g, y0, lang)
        out["relative"] = re.sub(r"^(?:by|before|until|till|in|at|around|during|towards?|from|for|over)\s+", "",
                                 m.group(0).lower())
    return out


def _relative(out: dict, g: dict, y0: int | None, lang: str) -> None:
    which = (g.get("which") or "").lower()
    part = (g.get("part") or g.get("early") or "").lower()
    rel = (g.get("r") or "").lower()
    if g.get("unit"):
        rel = f"{rel} {g['unit'].lower()}".replace("coming", "next")
    if which in ("next", "明年", "后年") or (which == "the coming"):
        ahead = 2 if which == "后年" else 1
        out["years_from"] = out["years_to"] = ahead
        end_month = (_PART_END_ZH.get(part) or _PART_END_EN.get(part, 12)) if part else 12
        if part == "later":
            end_month = 12
        if y0 is not None:
            out["year_from"] = out["year_to"] = y0 + ahead
            out["due"] = _due(y0 + ahead, end_month)
        return
    if which in ("this", "今年", "the", "the current", "year"):
        end_month = (_PART_END_ZH.get(part) or _PART_END_EN.get(part, 12)) if part else 12
        if y0 is not None:
            out["year_from"] = out["year_to"] = y0
            out["due"] = _due(y0, end_month)
        return
    key = rel.replace("the ", "") if rel.startswith("the next") else rel
    if key in _REL_YEARS:
        out["years_from"], out["years_to"] = _REL_YEARS[key]
        if y0 is not None:
            out["year_from"] = y0 + out["years_from"]
            out["year_to"] = y0 + out["years_to"]
            out["due"] = _due(out["year_to"])
    elif rel in _THIS_YEAR and y0 is not None:
        out["year_from"] = out["year_to"] = y0
        out["due"] = _due(y0, _THIS_YEAR[rel])
    elif rel in ("next month", "下个月") and y0 is not None:
        out["years_from"] = out["years_to"] = round(1 / 12, 3)
    elif rel in ("next quarter", "下季度"):
        out["years_from"] = out["years_to"] = 0.25


def _month(text: str) -> int:
    t = text.lower().rstrip(".")
    if t in _MONTHS:
        return _MONTHS[t]
    return int(t) if t.isdigit() else int(_num(t) or 12)


def _zh_month_ok(m: re.Match) -> bool:
    mon = _month(m.group("mon"))
    return 1 <= mon <= 12


def _zh_past_year(text: str, m: re.Match) -> bool:
    """截至2024年底 is a point already reached, not a horizon."""
    return m.group(0).startswith(("截至", "截止"))


_DATE_RE = re.compile(r"(?P<y>20\d\d|19\d\d)\s*(?:年\s*(?P<m>\d{1,2})\s*月\s*(?:(?P<d>\d{1,2})\s*日)?|"
                      r"[-/.](?P<m2>\d{1,2})[-/.](?P<d2>\d{1,2})\b|年)|"
                      rf"(?i:(?P<mon>{_MONTH_RE})\s+(?P<d3>\d{{1,2}}),?\s+(?P<y3>20\d\d))|"
                      rf"(?i:(?P<d4>\d{{1,2}})\s+(?P<mon4>{_MONTH_RE})\s+(?P<y4>20\d\d))")


def article_date(text: str) -> tuple[int, int | None, int | None] | None:
    """The article's date (year, month, day) when its first lines give one: the first full date
    (2024年10月29日, 2024-09-12, "Aug 20, 2024"); else a bare year (2025年) in the first line, the
    headline, unless it is a target (到2027年). A bare year further down is what the story tells
    (成立于2016年, “2020年我们…”, 力争2027年建成), not when it was written."""
    head = text[:400]
    m = next((x for x in _DATE_RE.finditer(head) if not (x.group("y") and not (x.group("m") or x.group("m2")))),
             None)
    if m is None:
        first = head.lstrip()
        first = first[:first.find("\n")] if "\n" in first else first
        m = next((x for x in _DATE_RE.finditer(first) if not re.search(r"(?:到|至|截至|截止到?)\s*$", first[:x.start()])),
                 None)
    if not m:
        return None
    g = m.groupdict()
    if g["y"]:
        month, day = g["m"] or g["m2"], g["d"] or g["d2"]
        return int(g["y"]), int(month) if month else None, int(day) if day else None
    if g["y3"]:
        return int(g["y3"]), _month(g["mon"]), int(g["d3"])
    return int(g["y4"]), _month(g["mon4"]), int(g["d4"])


def article_year(text: str) -> int | None:
    """The year of the article's dateline, when its first lines give one."""
    d = article_date(text)
    return d[0] if d else None


# a calendar day as English news writes it: "March 15", "Oct. 31, 2025", "30 June 2025", "the 14th of May"
DAY_EN = re.compile(rf"\b(?:(?P<mon>{_MONTH_RE})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<y>20\d\d))?|"
                    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_RE})(?:,?\s+(?P<y2>20\d\d))?)\b")


def day_ahead(m: re.Match, doc_date, reach: int = 366) -> bool | None:
    """Whether the day of a `DAY_EN` match lies after the article's date and within ``reach`` days of
    it; None when the article gives no full date. A day without a year lies in the year of the article,
    or the next when its month has passed, up to half a year ahead (in a January article "Dec. 1" is
    last year's)."""
    y0, m0, d0 = _doc(doc_date)
    if y0 is None or m0 is None or d0 is None:
        return None
    g = m.groupdict()
    month, day = _month(g["mon"] or g["mon2"]), int(g["d"] or g["d2"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    year = g["y"] or g["y2"]
    if year is None:
        ahead = ((month - m0) % 12) * 31 + day - d0
        return 0 < ahead <= min(reach, 183)
    ahead = (int(year) - y0) * 372 + (month - m0) * 31 + day - d0
    return 0 < ahead <= reach
