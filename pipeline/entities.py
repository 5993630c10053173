"""PERSON and ORG mentions from the language backends, corrected by what news text tells.

Order for English: the spaCy entities; then rules that override them: company suffixes
("... Co., Ltd."), coordinated company lists ("Aokang, Kangnai and other companies"),
appositions ("X, general manager of Y"); then span repairs (a leading "the", titles,
trailing punctuation); then document-level consistency (a surface labelled ORG once is ORG
everywhere, and every occurrence of a known name is a mention).
Chinese follows the same order on LAC's words: suffixes (集团/有限公司/协会…), 、-lists ending
in 等企业, titles and honorifics around names.
"""
from __future__ import annotations

import re

from .lang import Parse, words_en, words_zh
from .names import CJK_RE, normalize
from .records import ORG, PERSON

RawMention = tuple[int, int, str, str]  # start, end (in the parsed text), label, source

# ---------------------------------------------------------------- English rules
_CAP = r"(?:[A-Z][\w&'’.-]*|[A-Z]{2,}|\d+[\w-]*)"
_CONNECT = r"(?:\s+(?:of|and|for|de|&)\s+|\s+|-)"
_STRONG_SUFFIX_EN = (
    "Co\\.,\\s?Ltd\\.?", "Co\\.\\s?Ltd\\.?", "Company Limited", "Co\\.", "Ltd\\.?", "Limited", "Inc\\.?", "Corp\\.?",
    "Corporation", "Company", "Group", "Holdings", "LLC", "PLC", "plc", "GmbH", "AG", "Association", "Federation",
    "Chamber of Commerce", "Bank", "University", "Institute", "Academy", "Cooperative", "Co-operative",
    "Foundation", "Society", "Bureau", "Administration", "Commission", "Ministry", "Council", "Airlines",
    "Securities", "Pharmaceuticals?", "Technologies", "Electronics", "Industries", "Motors", "Alliance",
)
_SUFFIX_ALT = "|".join(_STRONG_SUFFIX_EN)
ORG_SUFFIX_RE = re.compile(
    rf"\b{_CAP}(?:{_CONNECT}{_CAP})*?\s+(?:{_SUFFIX_ALT})(?:,?\s+(?:Co\.,\s?Ltd\.?|Ltd\.?|Inc\.?|Limited|Group))?"
    rf"(?:\s+of\s+{_CAP}(?:\s+{_CAP}){{0,3}})?(?![\w-])")
ORG_OF_RE = re.compile(rf"\b(?:Ministry|Bank|University|Bureau|Department|Institute|Academy|Chamber of Commerce|"
                       rf"Association|Federation|Council|Commission|Administration)\s+of\s+(?:the\s+)?{_CAP}"
                       rf"(?:\s+(?:and\s+)?{_CAP}){{0,4}}")
_ITEM = rf"{_CAP}(?:\s+{_CAP}){{0,3}}"
_GROUP_NOUNS = (r"(?:companies|firms|enterprises|brands|manufacturers|makers|producers|banks|groups|retailers|"
                r"suppliers|carriers|airlines|developers|platforms|exporters|operators|insurers|automakers|"
                r"shoemakers|players|giants|leaders|businesses|corporations)")
LIST_RE = re.compile(
    rf"(?:(?:such as|including|like|namely|led by)\s+)?((?:{_ITEM},\s*)+{_ITEM}),?\s+(?:and|or|as well as)\s+"
    rf"(?:(?:other|many|several|some|more)\s+(?:[\w-]+\s+){{0,3}}{_GROUP_NOUNS}|({_ITEM}))")
LIST_INTRO_RE = re.compile(rf"(?:such as|including|namely|like)\s*$|{_GROUP_NOUNS}\s*,?\s*$")
_TITLE_ALT = "|".join(sorted((re.escape(t) for t in words_en.TITLES), key=len, reverse=True))
APPOSITION_RE = re.compile(
    rf"^,?\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_TITLE_ALT})s?\s+(?:of|at|with|for)\s+(?:the\s+)?"
    rf"({_CAP}(?:{_CONNECT}{_CAP})*(?:,?\s+(?:Co\.,\s?Ltd\.?|Ltd\.?|Inc\.?))?)", re.I)
TITLE_PREFIX_RE = re.compile(rf"^(?:(?:{_TITLE_ALT})\s+)+", re.I)
NOT_ORG_TAIL = re.compile(r"(?i)\b(?:plan|program|programme|project|initiative|law|act|regulation|strategy|scheme|"
                          r"policy|report|index|award|prize|expo|fair|forum|summit|conference|festival|week|"
                          r"zone|park|district|road|street|province|city|county|river|port|airport|station)$")
GENERIC_ORG = re.compile(r"(?i)^(?:the\s+)?(?:\w+\s+)?(?:municipal|provincial|local|central|city|state|county|"
                         r"national)?\s*(?:government|authorities|party committee)$")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " ,.;:'\"“”‘’()[]-–—":
        s += 1
    while e > s and text[e - 1] in " ,;:'\"“”‘’()[]-–—":
        e -= 1
    if e > s and text[e - 1] == "." and not re.search(r"(?:Co|Ltd|Inc|Corp|Jr|Sr|[A-Z])\.$", text[s:e]):
        e -= 1
    if text[e - 2:e] in ("'s", "’s"):
        e -= 2
    m = re.match(r"(?i)the\s+", text[s:e])
    if m:
        s += m.end()
        while s < e and text[s] in " “\"'‘(":
            s += 1
    return s, e


COMMON_ACRONYMS = {"SME", "SMES", "CEO", "CFO", "COO", "CTO", "GDP", "R&D", "IPO", "AI", "EV", "EVS", "CPI", "PMI",
                   "ESG", "B2B", "B2C", "OEM", "ODM", "FOB", "VAT", "PPP", "RMB", "USD", "YOY", "Q1", "Q2", "Q3",
                   "Q4", "IT", "HR", "PR", "UN"}


def _inside_longer_quote(text: str, s: int, e: int) -> bool:
    """Part of a quoted title ("the “Wenzhou Shoe Industry ... Plan”"): a document, not an organization."""
    left = text.rfind("“", max(0, s - 60), s + 1)
    if left < 0:
        return False
    close = text.find("”", left)
    return close > e + 2 and text.rfind("”", left, s) < 0


def en_mentions(p: Parse) -> list[RawMention]:
    text = p.text
    found: list[RawMention] = []
    for s, e, label in p.ents:
        if label not in (PERSON, ORG):
            continue
        s, e = _trim(text, s, e)
        if label == PERSON:
            m = TITLE_PREFIX_RE.match(text[s:e])
            if m:
                s += m.end()
        if e > s:
            found.append((s, e, label, "model"))
    rules: list[RawMention] = []
    for rx in (ORG_SUFFIX_RE, ORG_OF_RE):
        for m in rx.finditer(text):
            s, e = _trim(text, *m.span())
            s = _skip_sentence_opener(p, text, s, e)
            if e > s and not NOT_ORG_TAIL.search(text[s:e]):
                rules.append((s, e, ORG, "suffix"))
    for m in LIST_RE.finditer(text):
        intro = text[max(0, m.start() - 40):m.start()]
        if not (m.group(0).lower().startswith(("such as", "including", "like", "namely", "led by"))
                or LIST_INTRO_RE.search(intro) or m.group(2) is None):
            continue
        pos = m.start(1)
        items = m.group(1).split(",") + ([m.group(2)] if m.group(2) else [])
        base = m.start(1)
        for item in m.group(1).split(","):
            s0 = base + len(item) - len(item.lstrip())
            rules.append((*_trim(text, s0, s0 + len(item.strip())), ORG, "list"))
            base += len(item) + 1
        if m.group(2):
            rules.append((*_trim(text, *m.span(2)), ORG, "list"))
        del pos, items
    for s, e, label, _ in list(found):
        if label != PERSON:
            continue
        m = APPOSITION_RE.match(text[e:e + 160])
        if m:
            a, b = _trim(text, e + m.start(1), e + m.end(1))
            if b > a and not NOT_ORG_TAIL.search(text[a:b]):
                rules.append((a, b, ORG, "apposition"))
    return _resolve(found, rules, text, p)


def _skip_sentence_opener(p: Parse, text: str, s: int, e: int) -> int:
    """Drop capitalised words that only open the sentence ('Yesterday Juyi Group ...')."""
    for t in p.tokens:
        if t.start < s:
            continue
        if t.start >= e or t.pos in ("PROPN", "NUM") or t.text[:1].islower():
            break
        if t.pos in ("ADV", "DET", "ADP", "PRON", "VERB", "AUX", "SCONJ", "CCONJ", "INTJ"):
            nxt = text.find(" ", t.end)
            if 0 <= nxt < e:
                s = nxt + 1
                continue
        break
    return s


def _resolve(model: list[RawMention], rules: list[RawMention], text: str, p: Parse | None = None) -> list[RawMention]:
    """Rules win over overlapping model spans; among rules the longest wins."""
    pos_of = {t.start: t.pos for t in p.tokens} if p is not None else {}
    rules = sorted(set(rules), key=lambda m: (-(m[1] - m[0]), m[0]))
    kept: list[RawMention] = []
    for m in rules:
        if all(m[1] <= k[0] or m[0] >= k[1] for k in kept):
            kept.append(m)
    for m in model:
        overlapping = [k for k in kept if not (m[1] <= k[0] or m[0] >= k[1])]
        if not overlapping:
            kept.append(m)
        elif m[2] == PERSON and all(k[3] == "list" for k in overlapping) and "," not in text[m[0]:m[1]]:
            continue
    out = []
    for s, e, label, src in kept:
        surface = text[s:e]
        if surface.upper() in COMMON_ACRONYMS or (src == "model" and _inside_longer_quote(text, s, e)):
            continue
        if src == "model" and " " not in surface and pos_of.get(s) in ("VERB", "ADJ", "ADV", "AUX"):
            continue
        if label == ORG and (GENERIC_ORG.match(surface) or NOT_ORG_TAIL.search(surface)):
            continue
        if not re.search(r"[A-Za-z\u4e00-\u9fff]", surface) or len(surface) < 2:
            continue
        if label == PERSON and not re.search(r"[A-Z\u4e00-\u9fff]", surface):
            continue
        if label == ORG and surface.islower():
            continue
        if "\n" in surface:
            continue
        out.append((s, e, label, src))
    return sorted(out)


# ---------------------------------------------------------------- Chinese rules
_ZH_PROPER = {"PER", "ORG", "LOC", "nz", "nw", "j", "nr", "ns", "nt"}
_ZH_SUFFIXES = tuple(sorted(words_zh.ORG_SUFFIXES, key=len, reverse=True))
_ZH_WEAK_SUFFIX = {"部", "委", "署", "厅", "中心", "队", "店", "厂", "党", "科技", "电子", "电器", "投资", "能源",
                   "汽车", "航空", "物流", "制造", "食品", "地产", "基金", "股份", "控股", "证券", "保险"}
_ZH_LIST_HEAD = re.compile(r"^等(?:\d+家|多家|几家|一批|知名|龙头|头部|国内|本地|大型|骨干|重点)*"
                           r"(?:企业|公司|品牌|鞋企|车企|药企|房企|银行|机构|集团|厂家|厂商|商家|平台|龙头企业|"
                           r"头部企业|知名企业|上市公司|单位|院校|高校|学校|协会|商会|酒店|航空公司|快递公司)")
_ZH_TITLE_ALT = "|".join(sorted(map(re.escape, words_zh.TITLES + words_zh.HONORIFICS), key=len, reverse=True))
ZH_TITLE_TAIL = re.compile(rf"(?:{_ZH_TITLE_ALT})$")
ZH_GENERIC_ORG = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}(?:市|省|县|区|镇)?(?:政府|人民政府|党委|有关部门|相关部门|"
                            r"企业|公司|该公司|本公司|集团公司))$")


def zh_mentions(p: Parse) -> list[RawMention]:
    toks = p.tokens
    text = p.text
    model: list[RawMention] = []
    for t in toks:
        if t.pos == "PER":
            s, e = t.start, t.end
            core = ZH_TITLE_TAIL.sub("", t.text)
            if core != t.text:
                e = s + len(core)
            if e - s >= 1 and CJK_RE.search(text[s:e]):
                model.append((s, e, PERSON, "model"))
        elif t.pos == "ORG" and CJK_RE.search(t.text):
            model.append((t.start, t.end, ORG, "model"))
    rules: list[RawMention] = []
    # suffix: proper words followed by an organization suffix word
    for i, t in enumerate(toks):
        suf = next((x for x in _ZH_SUFFIXES if t.text.endswith(x)), None)
        if suf is None or t.pos in ("PER",):
            continue
        j = i
        while j > 0 and i - j < 4 and toks[j - 1].pos in (_ZH_PROPER | {"n", "nz", "vn", "an"}) \
                and toks[j - 1].end == toks[j].start and toks[j - 1].text not in ("，", "、"):
            j -= 1
        span = toks[j:i + 1]
        if not any(x.pos in _ZH_PROPER for x in span) and t.pos != "ORG":
            continue
        if t.text == suf and suf in _ZH_WEAK_SUFFIX and len(span) == 1:
            continue
        s, e = span[0].start, t.end
        if ZH_GENERIC_ORG.match(text[s:e]) or len(text[s:e]) < 3:
            continue
        if t.pos == "ORG" and j == i:
            continue
        rules.append((s, e, ORG, "suffix"))
    # 、-lists ending in 等企业
    for i, t in enumerate(toks):
        if t.text != "等" and not t.text.startswith("等"):
            continue
        if not _ZH_LIST_HEAD.match(text[t.start:t.start + 12]):
            continue
        j = i - 1
        items = []
        while j >= 0:
            k = j
            while k > 0 and toks[k - 1].text not in ("、", "，", "和", "及", "与", "以及", "如", "像", "包括") \
                    and j - k < 3 and toks[k - 1].pos not in ("w", "v", "p", "u", "c", "d", "r"):
                k -= 1
            items.append((toks[k].start, toks[j].end))
            if k > 0 and toks[k - 1].text in ("、", "和", "及", "与", "以及"):
                j = k - 2
            else:
                break
        if len(items) >= 2:
            for s, e in items:
                if CJK_RE.search(text[s:e]) and 2 <= e - s <= 12:
                    rules.append((s, e, ORG, "list"))
    # Latin names inside Chinese text: the English suffix rule
    for m in ORG_SUFFIX_RE.finditer(text):
        rules.append((*_trim(text, *m.span()), ORG, "suffix"))
    out = _resolve(model, rules, text)
    return [m for m in out if not (m[2] == ORG and ZH_GENERIC_ORG.match(text[m[0]:m[1]]))]


def surface_label_votes(mentions: list[tuple[str, str, str]]) -> dict[str, str]:
    """normalized surface -> label, rules outvoting the model (a name tagged ORG by a rule is ORG throughout)."""
    votes: dict[str, dict[str, float]] = {}
    for surface, label, src in mentions:
        w = 1.0 if src == "model" else 3.0
        votes.setdefault(normalize(surface), {}).setdefault(label, 0.0)
        votes[normalize(surface)][label] += w
    return {k: max(v, key=v.get) for k, v in votes.items()}
