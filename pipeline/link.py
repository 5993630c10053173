"""Merge an article's mentions into canonical entities with store-wide ids, and link ids across the store.

Within an article (``link_mentions``), in this order:
1. variants with the same key (legal suffixes, spacing, case, pinyin for Chinese persons) are one entity;
2. a surname alone joins the full name that carries it (the nearest one before it when several do; a
   surname in pinyin joins a name in characters: "Shao" / 邵志远);
   a Chinese surname alone that matches no full name is dropped;
3. a name followed by another of the same type in brackets joins it: 天目集团（Tianmu Group）,
   佛山市人力资源和社会保障局（市人社局）, "Jiaxing Mingchuan ... Co., Ltd. (hereinafter "Mingchuan")";
4. a short organization name joins the one long name it is part of: "Ruiheng Textiles" / "Jiangxi Ruiheng
   Textiles Co., Ltd.", 鼎诚泵业 / 江苏鼎诚泵业制造有限公司, 禾丰银行 / 江西禾丰农商银行 (an abbreviation keeps
   the characters in order and the suffix), acronyms ("NEMA" for "Northern Electric Machinery Association"); a short name that fits several long
   ones joins none.
The id is made from the key of the canonical name (a Chinese organization that the article also names
in English takes the English key), so ids agree across articles without a second pass.

Across the store (``link_store``): an organization whose Chinese and English names one article gives
together, or a person named in both scripts, gets one id in every article: a streaming rewrite of
entities.jsonl and of claims' speaker.entity_id that holds only a map of the ids it merges.
"""
from __future__ import annotations

import functools
import hashlib
import os
import re
from pathlib import Path

import orjson

from .lang import words_zh
from .names import (CJK_RE, DOUBLE_SURNAMES, NAME_PARTICLES, acronym, chinese_name_pinyin, entity_key, normalize,
                    simplified_chars, split_chinese_name, surname_before_hyphenated_given)
from .records import ORG, PERSON, Entity, Mention

_LATIN = re.compile(r"[A-Za-z]")
_GENERIC_SHORT = {"bank", "group", "company", "association", "university", "china", "the", "new", "national",
                  "international", "industry", "institute", "bureau", "committee", "council", "city", "state",
                  "people's", "global", "holdings", "technology", "capital", "securities"}
_ZH_GENERIC_SHORT = {"公司", "集团", "银行", "协会", "商会", "大学", "中国", "国家", "本公司", "该公司"}
_INTRO = (r"(?:(?:hereinafter|hereafter)\s+(?:referred\s+to\s+as|called)\s+|以下简称|下称|简称|中文名(?:称)?[:：]?|中文译名[:：]?|"
          r"英文名(?:称)?[:：]|英文[:：]|中文[:：]|formerly\s+|(?:also\s+|better\s+|widely\s+)?known\s+as\s+|a\.k\.a\.\s+)")
# between a name and its other name: "（", "(hereinafter "…", "，以下简称“"
_ZH_TITLE_BEFORE_BRACKET = re.compile("^(?:" + "|".join(sorted(map(re.escape, words_zh.TITLES + words_zh.HONORIFICS),
                                                              key=len, reverse=True)) + ")(?=[（(])")
_BRACKET = re.compile(rf"\s*(?:[（(]\s*{_INTRO}?|[，,；;]\s*{_INTRO})\s*[\"“「]?\s*$", re.I)


_ACRONYM = re.compile(r"[A-ZÀ-ÞĀ-Žİ][A-ZÀ-ÞĀ-Žİ&.\-]{1,7}")
_NAMED_AS = re.compile(r"(?i)known\s+as|hereinafter|hereafter|以下简称|下称|简称|a\.k\.a\.")


def make_entity_id(label: str, key: str) -> str:
    return "E" + hashlib.sha1(f"{label}:{key}".encode()).hexdigest()[:12]


class _Groups:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _tokens(surface: str) -> list[str]:
    return normalize(surface).replace("-", " ").split()


def _pinyin_tokens(surface: str) -> list[str]:
    """The words of an English name as pinyin is spelled: Dong'ao as dongao, Xi’an as xian."""
    return [w.replace("'", "").replace("\u2019", "") for w in _tokens(surface)]


def link_mentions(mentions: list[Mention], clean: str) -> list[Entity]:
    """Group mentions into entities. Mentions of a Chinese surname alone that match no full name are dropped."""
    mentions = sorted({(m.cstart, m.cend): m for m in mentions}.values(), key=lambda m: m.cstart)
    if not mentions:
        return []
    keys = [entity_key(m.label, m.surface) for m in mentions]
    g = _Groups(len(mentions))
    first: dict[tuple[str, str], int] = {}
    for i, (m, k) in enumerate(zip(mentions, keys)):
        if m.label == PERSON and CJK_RE.search(m.surface) and not _is_full_name(m.surface):
            continue  # 王 (from 王总) here and 王 there may be two people: each joins its nearest full name (2.)
        first.setdefault((m.label, k), i)
        g.union(first[(m.label, k)], i)

    # 3. brackets: a name and its other name
    for i, a in enumerate(mentions):
        for j in range(i + 1, min(i + 3, len(mentions))):
            b = mentions[j]
            gap = clean[a.cend:b.cstart]
            two_scripts = bool(CJK_RE.search(a.surface)) != bool(CJK_RE.search(b.surface))
            defined = a.label == ORG and re.match(r"\s*[（(]\s*$", gap) and len(a.surface.split()) >= 2 and (
                _ACRONYM.fullmatch(b.surface)  # "Baltic Hauliers' Association (BHA)": its abbreviation, whatever
                # language its letters come from; "Yongle Shuangma Bengye Co., Ltd. (Shuangma Pump)": its short name
                or {w for w in _tokens(b.surface) if len(w) >= 4} & {w for w in _tokens(a.surface) if len(w) >= 4})
            listing = re.match(r"\s?:", clean[b.cend:b.cend + 2])  # "(NASDAQ: VRPY)": its exchange, no other name
            if a.label == b.label == ORG:  # 澄禾宠物食品有限公司（Chenghe Pet Foods，以下简称“澄禾宠食”）: an English name between
                gap = re.sub(r"^\s*([（(])[A-Za-z][^，,（）()“”]{0,60}[，,]\s*(?=以下简称|下称|简称)", r"\1", gap)
            if a.label == b.label == PERSON and two_scripts and CJK_RE.search(a.surface):
                # 马蒂亚斯·赫尔曼博士（Dr. Mathias Hellmann）: a title between, in either script
                gap = re.sub(r"(?:Dr|Mr|Ms|Mrs|Prof)\.?\s*$", "", _ZH_TITLE_BEFORE_BRACKET.sub("", gap))
            if a.label == b.label and _BRACKET.fullmatch(gap) and not listing \
                    and (two_scripts or defined or _short_form(b.surface, keys[j], a.surface, keys[i], loose=True)
                         or _NAMED_AS.search(gap) and len(keys[j]) < len(keys[i])):  # "..., known as Norpap"
                g.union(i, j)
            elif a.label == b.label == PERSON and two_scripts and gap.strip() in ("", "/", "|"):
                g.union(i, j)  # 陈嘉怡 Karen Chan
            elif a.label == b.label == ORG and two_scripts and gap.strip() in ("/", "|", "｜") \
                    and "\n" not in gap:
                g.union(i, j)  # 主办单位 Organizer：宁波市家电协会 / Ningbo Household Appliance Association

    # 布兰德 after 马库斯·布兰德: the surname of a foreign name written in characters stands alone
    tails = {re.split(r"[·・]", normalize(m.surface))[-1] for m in mentions
             if m.label == PERSON and re.search(r"[\u4e00-\u9fff][·・][\u4e00-\u9fff]", m.surface)}

    def full(m: Mention) -> bool:
        return _is_full_name(m.surface) and normalize(m.surface) not in tails

    persons_full = [i for i, m in enumerate(mentions) if m.label == PERSON and full(m)]
    drop: set[int] = set()
    for i, m in enumerate(mentions):
        if m.label == PERSON and not full(m):
            cands = {g.find(j) for j in persons_full if _surname_matches(m.surface, mentions[j].surface)}
            if len(cands) == 1:
                g.union(cands.pop(), i)
            elif len(cands) > 1:  # the nearest full name before it
                before = [j for j in persons_full if _surname_matches(m.surface, mentions[j].surface)
                          and mentions[j].cstart < m.cstart]
                if before:
                    g.union(before[-1], i)
            elif CJK_RE.search(m.surface):
                drop.add(i)

    # "Mohd Hafiz" after "Mohd Hafiz bin Rahmat", "Nurul Aini" after "Nurul Aini Salleh": a full name
    # written without its patronymic or its last word is the same person (when one full name carries it)
    for i in persons_full:
        ti = normalize(mentions[i].surface).split()
        if len(ti) < 2 or CJK_RE.search(mentions[i].surface):
            continue
        cands = {g.find(j) for j in persons_full
                 if len(tj := normalize(mentions[j].surface).split()) > len(ti) and tj[:len(ti)] == ti
                 and (tj[len(ti)] in _PATRONYMIC or len(tj) == len(ti) + 1)}
        cands.discard(g.find(i))
        if len(cands) == 1:
            g.union(cands.pop(), i)

    # "Te Rangi" after "Aroha Te Rangi", "De Souza" after "Ana Maria De Souza": a surname with its particle
    for i in persons_full:
        ti = normalize(mentions[i].surface).split()
        if len(ti) != 2 or ti[0] not in _SURNAME_PARTICLES or CJK_RE.search(mentions[i].surface):
            continue
        cands = {g.find(j) for j in persons_full
                 if len(tj := normalize(mentions[j].surface).split()) > 2 and tj[-2:] == ti}
        cands.discard(g.find(i))
        if len(cands) == 1:
            g.union(cands.pop(), i)

    # 4. short forms of organizations
    orgs = [i for i, m in enumerate(mentions) if m.label == ORG]
    by_key: dict[str, int] = {}
    for i in orgs:
        by_key.setdefault(keys[i], i)
    apart = _listed_apart(mentions, orgs, keys, clean)
    surfaces = {normalize(mentions[i].surface) for i in orgs}
    for k_short, i in sorted(by_key.items(), key=lambda kv: -len(kv[0])):
        longs = [j for k_long, j in by_key.items()
                 if k_long != k_short and (k_short, k_long) not in apart
                 and _short_form(mentions[i].surface, k_short, mentions[j].surface, k_long)
                 and not _partner_in_joint_name(normalize(mentions[i].surface), normalize(mentions[j].surface), surfaces)]
        if any(g.find(j) == g.find(i) for j in longs):  # …有限公司（以下简称“恒川新材”）: the short name stands with
            longs = [j for j in longs if not _ZH_REGISTERED.search(mentions[j].surface)]  # the name it shortens; no
        cands = {g.find(j) for j in longs}  # other registered name (its subsidiary's) takes it
        if len(cands) > 1:  # a local branch named with a bracketed place (布兰登（嘉兴）…) is not what a short
            plain = {c for c in cands if not re.search(r"[（(]", mentions[c].surface)}  # name stands for
            cands = plain if len(plain) == 1 else cands
        if len(cands) > 1:  # "Corvex" beside "Corvex Mobile" (named eight times) and "Corvex Silicon" (once): the
            size = {c: sum(g.find(k) == c for k in range(len(mentions))) for c in cands}  # story's company
            top = sorted(cands, key=lambda c: -size[c])
            if size[top[0]] >= 3 * size[top[1]]:
                cands = {top[0]}
        if len(cands) == 1:
            g.union(cands.pop(), i)
    _link_abbreviations(mentions, orgs, g)
    _link_pinyin(mentions, orgs, g)
    _link_translation(mentions, orgs, g)

    clusters: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        if i not in drop:
            clusters.setdefault(g.find(i), []).append(i)
    entities = []
    for members in clusters.values():
        ms = [mentions[i] for i in members]
        label = max((PERSON, ORG), key=lambda lab: sum(m.label == lab for m in ms))
        surfaces = []
        for m in ms:
            surface = _unwrapped(m.surface)
            if surface not in surfaces:
                surfaces.append(surface)
        cjk_first = bool(CJK_RE.search(ms[0].surface))  # named in both scripts: called as first written
        name = max(surfaces, key=lambda s: (bool(CJK_RE.search(s)) == cjk_first,
                                            len(_tokens(s)) if not CJK_RE.search(s) else len(s), len(s)))
        key = _id_key(label, name, surfaces)
        entities.append(Entity(entity_id=make_entity_id(label, key), type=label, name=name, key=key,
                               mentions=tuple(ms), aliases=tuple(s for s in surfaces if s != name)))
    return sorted(entities, key=lambda e: e.mentions[0].cstart)


_ZH_REGISTERED = re.compile(r"(?:有限公司|有限责任公司|股份公司|集团)$")


def _partner_in_joint_name(short: str, long_: str, surfaces: set[str]) -> bool:
    """擎宇 and 哈弗伯格 in 擎宇哈弗伯格（常州）电驱有限公司: a joint venture is named with its partners' short names
    (and its city in brackets); each short name alone is its partner, named elsewhere in the article."""
    m = re.match(r"([\u4e00-\u9fff]{3,})[（(]", long_)
    if not m or short not in m.group(1) or short == m.group(1):
        return False
    rest = m.group(1).replace(short, "", 1)
    return len(rest) >= 2 and rest in surfaces


_LIST_GAP = re.compile(r"\s*(?:[、，,]|[、，,]?\s*(?:和|与|及|以及|and|&)\s*)\s*[\"“”]*\s*")


# particles that open a surname of two words (Māori, Irish, Dutch, Romance, Arabic)
_SURNAME_PARTICLES = frozenset({p.lower() for p in NAME_PARTICLES} | {"ni", "o", "mc", "dela", "delos", "san", "st"})


def _listed_apart(mentions: list[Mention], orgs: list[int], keys: list[str], clean: str) -> set[tuple[str, str]]:
    """宁川银行、宁川农商银行: two names side by side in one list are two organizations, whatever their letters."""
    out: set[tuple[str, str]] = set()
    for a, b in zip(orgs, orgs[1:]):
        if _LIST_GAP.fullmatch(clean[mentions[a].cend:mentions[b].cstart]) and keys[a] != keys[b] \
                and mentions[b].surface not in _acronyms(mentions[a].surface):  # (（U.S. Consumer Product Safety
            out |= {(keys[a], keys[b]), (keys[b], keys[a])}  # Commission，CPSC）: a name, then its letters)
    return out


def _unwrapped(surface: str) -> str:
    """浙\n江电商研究院: a line wrapped inside a Chinese name is no part of it."""
    return re.sub(r"(?<=[\u4e00-\u9fff])\n(?=[\u4e00-\u9fff])", "", surface) if "\n" in surface else surface


# Usual short names of national bodies, which keep none of the full name's characters in order (general
# knowledge): 央行 is 中国人民银行, 发改委 is 国家发展和改革委员会.
ORG_ABBREVIATIONS = {
    "央行": ("中国人民银行", "人民银行", "人行"), "人行": ("中国人民银行", "人民银行"),
    "证监会": ("中国证券监督管理委员会", "中国证监会"), "金融监管总局": ("国家金融监督管理总局",),
    "银保监会": ("中国银行保险监督管理委员会", "中国银保监会"), "外汇局": ("国家外汇管理局",), "外管局": ("国家外汇管理局",),
    "发改委": ("国家发展和改革委员会", "国家发展改革委", "国家发改委"), "国家发改委": ("国家发展和改革委员会", "国家发展改革委"),
    "工信部": ("工业和信息化部",), "人社部": ("人力资源和社会保障部",), "住建部": ("住房和城乡建设部",),
    "国资委": ("国务院国有资产监督管理委员会", "国有资产监督管理委员会"), "市场监管总局": ("国家市场监督管理总局",),
    "网信办": ("国家互联网信息办公室",), "统计局": ("国家统计局",), "海关总署": ("中华人民共和国海关总署",),
    "商务部": ("中华人民共和国商务部",), "外交部": ("中华人民共和国外交部",), "财政部": ("中华人民共和国财政部",),
    "农业农村部": ("中华人民共和国农业农村部",), "生态环境部": ("中华人民共和国生态环境部",),
    "交通运输部": ("中华人民共和国交通运输部",), "科技部": ("科学技术部",), "教育部": ("中华人民共和国教育部",),
    "国家能源局": ("国家能源管理局",), "全国人大": ("全国人民代表大会",), "全国政协": ("中国人民政治协商会议全国委员会",),
    "贸促会": ("中国国际贸易促进委员会",), "中国贸促会": ("中国国际贸易促进委员会",), "工商联": ("中华全国工商业联合会",),
    "全国工商联": ("中华全国工商业联合会",), "世贸组织": ("世界贸易组织",), "世卫组织": ("世界卫生组织",),
    "pboc": ("people's bank of china",), "pbc": ("people's bank of china",),
    "ndrc": ("national development and reform commission",), "csrc": ("china securities regulatory commission",),
    "miit": ("ministry of industry and information technology",), "mofcom": ("ministry of commerce",),
    "safe": ("state administration of foreign exchange",), "samr": ("state administration for market regulation",),
    "nbs": ("national bureau of statistics",), "gac": ("general administration of customs",),
    "ccpit": ("china council for the promotion of international trade",), "wto": ("world trade organization",),
    "imf": ("international monetary fund",), "who": ("world health organization",),
    "fed": ("federal reserve", "federal reserve board", "federal reserve system"),
    "ecb": ("european central bank",), "boe": ("bank of england",), "boj": ("bank of japan",),
}


def _link_abbreviations(mentions: list[Mention], orgs: list[int], g: _Groups) -> None:
    """央行 and 中国人民银行, "PBOC" and "People's Bank of China": a usual short name joins the one full name of the
    article it stands for."""
    by_form: dict[str, set[int]] = {}
    for i in orgs:
        by_form.setdefault(normalize(mentions[i].surface).replace(" ", "") if CJK_RE.search(mentions[i].surface)
                           else normalize(mentions[i].surface), set()).add(i)
    for short, fulls in ORG_ABBREVIATIONS.items():
        if short not in by_form:
            continue
        targets = {g.find(j) for f in fulls for form, idx in by_form.items() if form == f or form.endswith(f)
                   for j in idx}
        targets.discard(g.find(next(iter(by_form[short]))))
        if len(targets) == 1:
            target = targets.pop()
            for i in by_form[short]:
                g.union(target, i)


def _link_pinyin(mentions: list[Mention], orgs: list[int], g: _Groups) -> None:
    """An English organization name whose distinctive word is the pinyin of part of a Chinese one in the
    same article: "Ruixiang" / "Yantai Ruixiang Cold Chain Logistics" and 瑞祥冷链 / 烟台瑞祥冷链物流有限公司.
    Place words (Qingdao) do not count; a Latin name that fits several Chinese clusters links none."""
    cjk = [i for i in orgs if CJK_RE.search(mentions[i].surface) and not _LATIN_HEAD.match(mentions[i].surface)]
    latin = [i for i in orgs if _LATIN.search(mentions[i].surface)
             and (not CJK_RE.search(mentions[i].surface) or _LATIN_HEAD.match(mentions[i].surface))]
    if not cjk or not latin:
        return
    grams = {i: _pinyin_grams(normalize(mentions[i].surface)) for i in cjk}
    places = set().union(*(_place_pinyin(normalize(mentions[i].surface)) for i in cjk))
    for j in latin:  # (Xiaomi集团: a Latin name with a Chinese kind after it counts by its Latin words)
        head = _LATIN_HEAD.match(mentions[j].surface)
        toks = _pinyin_tokens(head.group(1) if head else mentions[j].surface)
        # "Pinghe County Market Supervision Administration": the word before a level word is a place
        words = {w for w, nxt in zip(toks, toks[1:] + [""])
                 if len(w) >= 4 and w not in _PLACE_PINYIN and w not in places and nxt not in _LEVEL_WORDS}
        cands = {g.find(i) for i in cjk if words & grams[i]}
        if len(cands) == 1:
            g.union(cands.pop(), j)


_LEVEL_CHARS = frozenset("市县区省镇乡州")
_LEVEL_WORDS = frozenset({"county", "city", "district", "town", "township", "province", "prefecture", "municipal",
                          "village", "municipality"})
_LATIN_HEAD = re.compile(r"^([A-Za-z][A-Za-z0-9 .&'-]*?)\s*[\u4e00-\u9fff]{1,8}$")


def _link_translation(mentions: list[Mention], orgs: list[int], g: _Groups) -> None:
    """A Chinese organization name and its English rendering in the same article, with no bracket between:
    宁波港集团有限公司 / "Ningbo Port Group Co., Ltd.", 海岳集团 / "Haiyue Group". Every English word must be
    the pinyin of a part of the Chinese name or the translation of one of its common words (港 port, 集团
    group); legal forms are left out on both sides. An English name that fits several Chinese ones links none."""
    cjk = [i for i in orgs if CJK_RE.search(mentions[i].surface)]
    latin = [i for i in orgs if not CJK_RE.search(mentions[i].surface) and _LATIN.search(mentions[i].surface)]
    if not cjk or not latin:
        return
    readings = {i: _readings(normalize(mentions[i].surface)) for i in cjk}
    for j in latin:
        words = [w for w in _pinyin_tokens(mentions[j].surface) if w not in _EN_LEGAL and w not in _EN_FUNCTION]
        if len(words) < 2:
            continue
        cands = {g.find(i) for i in cjk if all(w in readings[i] or w[-1:] == "s" and w[:-1] in readings[i]
                                               for w in words)  # Exchanges as exchange
                 and len(entity_key(ORG, mentions[i].surface).replace(" ", "")) <= 3 * len(words) + 2}
        cands.discard(g.find(j))
        if len(cands) == 1:
            g.union(cands.pop(), j)


_EN_FUNCTION = {"of", "the", "and", "&", "for", "on", "in"}
_EN_LEGAL = {"co", "co.", "ltd", "ltd.", "co.,", "inc", "inc.", "corp", "corp.", "limited", "company", "llc", "plc",
             "a/s", "aps", "asa", "as", "ab", "oy", "oyj", "ag", "gmbh", "kg", "se", "s.a", "s.a.", "sa", "s.p.a",
             "s.p.a.", "spa", "n.v", "n.v.", "nv", "b.v", "b.v.", "bv", "s.r.l", "srl", "sarl", "sas"}
# Common words of Chinese organization names and their usual English renderings (general knowledge).
_ZH_EN_WORDS = {
    "集团": ("group",), "控股": ("holdings", "holding"), "股份": ("shares", "stock"), "公司": ("company",),
    "港": ("port",), "港口": ("port",), "海港": ("seaport", "port", "harbour", "harbor"), "商": ("merchants", "traders"),
    "银行": ("bank",), "科技": ("technology", "tech", "science"),
    "技术": ("technology", "technological"), "大学": ("university",), "学院": ("college", "institute"),
    "商会": ("chamber", "commerce"), "研究院": ("institute", "academy", "research"), "研究所": ("institute", "research"),
    "委员会": ("commission", "committee"), "局": ("bureau", "administration"), "厅": ("department",),
    "部": ("ministry", "department"), "电子": ("electronics", "electronic"), "电器": ("appliances", "electric"),
    "汽车": ("auto", "automobile", "motor", "motors", "automotive"), "能源": ("energy",), "新能源": ("new", "energy"),
    "物流": ("logistics",), "航运": ("shipping",), "海运": ("shipping",), "冷链": ("cold", "chain"),
    "食品": ("food", "foods"), "纺织": ("textile", "textiles"), "鞋业": ("shoes", "footwear"),
    "机械": ("machinery",), "制造": ("manufacturing",), "材料": ("materials",), "新材料": ("new", "materials"),
    "化工": ("chemical", "chemicals"), "医药": ("pharmaceutical", "pharma", "medicine"), "药业": ("pharmaceutical",),
    "地产": ("property", "real", "estate"), "置业": ("property",), "投资": ("investment", "investments"),
    "证券": ("securities",), "保险": ("insurance",), "基金": ("fund",), "信托": ("trust",), "贸易": ("trading", "trade"),
    "实业": ("industrial", "industries"), "工业": ("industry", "industrial"), "国际": ("international",),
    "中国": ("china",), "商务": ("commerce",), "市场": ("market",), "监督": ("supervision",), "管理": ("administration",
    "management"), "市场监督管理局": ("administration", "market", "regulation"), "海关": ("customs",),
    "人民": ("people's", "people"), "政府": ("government",), "市": ("municipal", "city"), "省": ("provincial",),
    "县": ("county",), "区": ("district", "area", "zone"), "港区": ("port", "area", "zone"), "电池": ("battery",),
    "光伏": ("solar", "photovoltaic"),
    "园区": ("park", "zone"), "工业园": ("industrial", "park"), "开发区": ("development", "zone"),
    "高新区": ("hi-tech", "high-tech", "zone"), "管委会": ("administrative", "management", "committee", "commission"),
    "管理委员会": ("administrative", "management", "committee", "commission"), "经济": ("economic",),
    "开发": ("development",), "发展": ("development",), "协会": ("association",),
    "改革": ("reform",), "统计": ("statistics",), "生态环境": ("ecology", "environment"), "教育": ("education",),
    "卫生": ("health",), "交通": ("transport", "transportation"), "运输": ("transport",), "财政": ("finance",),
    "人力资源": ("human", "resources"), "社会保障": ("social", "security"), "商务局": ("commerce", "bureau"),
    "机器人": ("robotics", "robot"), "智能": ("smart", "intelligent"), "数字": ("digital",), "网络": ("network",),
    "传媒": ("media",), "日报": ("daily",), "时报": ("times",), "电视台": ("television", "tv"), "航空": ("airlines",
    "aviation"), "农业": ("agriculture", "agricultural"), "农村": ("rural",), "事务": ("affairs",),
    "农业农村": ("agriculture", "rural", "affairs"), "猕猴桃": ("kiwi", "kiwifruit"), "白茶": ("white", "tea"),
    "红茶": ("black", "tea"), "绿茶": ("green", "tea"), "产业": ("industry", "industrial"),
    "高新技术": ("hi", "tech", "high", "technology"), "高新": ("hi", "high", "tech"), "种业": ("seed", "seeds"),
    "种子": ("seed", "seeds"), "合作社": ("cooperative",), "茶业": ("tea",),
    # trades and kinds of organization, as English names usually render them
    "陶瓷": ("ceramics", "ceramic"), "服装": ("garment", "garments", "apparel", "clothing"), "服饰": ("apparel", "fashion"),
    "家具": ("furniture",), "家居": ("home", "furnishing", "furnishings"), "五金": ("hardware",),
    "机电": ("mechanical", "electrical"), "电气": ("electric", "electrical"), "装备": ("equipment",), "设备": ("equipment",),
    "精密": ("precision",), "塑料": ("plastic", "plastics"), "塑胶": ("plastic", "plastics"), "橡胶": ("rubber",),
    "玻璃": ("glass",), "纸业": ("paper",), "包装": ("packaging",), "印染": ("printing", "dyeing"), "钢": ("steel",),
    "钢铁": ("steel", "iron"), "铝业": ("aluminium", "aluminum"), "铜业": ("copper",), "矿业": ("mining",),
    "船舶": ("shipbuilding", "marine", "ship"), "造船": ("shipbuilding",), "重工": ("heavy", "industry", "industries"),
    "动力": ("power",), "电力": ("power", "electric"), "电网": ("grid",), "生物": ("bio", "biological", "biotech"),
    "制药": ("pharmaceutical", "pharmaceuticals", "pharma"), "医疗": ("medical",), "健康": ("health", "healthcare"),
    "饮料": ("beverage", "beverages", "drinks"), "乳业": ("dairy",), "酒业": ("wine", "liquor", "spirits"),
    "水产": ("aquatic", "seafood"), "旅游": ("tourism", "travel"), "文旅": ("culture", "tourism"), "酒店": ("hotel", "hotels"),
    "房地产": ("real", "estate", "property"), "建设": ("construction",), "建筑": ("construction", "architecture"),
    "工程": ("engineering",), "机场": ("airport",), "铁路": ("railway", "rail"), "地铁": ("metro", "subway"),
    "港务": ("port",), "码头": ("terminal", "wharf"), "集装箱": ("container",), "供应链": ("supply", "chain"),
    "电商": ("e", "commerce", "ecommerce"), "业": ("industry",), "椅": ("chair", "chairs"), "袜": ("sock", "socks", "hosiery"),
    "鞋": ("shoe", "shoes", "footwear"), "伞": ("umbrella", "umbrellas"), "灯": ("lamp", "lamps", "lighting"),
    "帽": ("hat", "hats"), "锁": ("lock", "locks"), "阀": ("valve", "valves"), "泵": ("pump", "pumps"), "茶": ("tea",),
    "瓷": ("porcelain", "ceramics"), "丝": ("silk",), "丝绸": ("silk",), "玩具": ("toy", "toys"),
    "眼镜": ("glasses", "eyewear", "optical"), "领带": ("tie", "necktie", "neckties"), "五金": ("hardware",), "信息": ("information",), "软件": ("software",), "数据": ("data",),
    "半导体": ("semiconductor", "semiconductors"), "芯片": ("chip", "chips"), "微电子": ("microelectronics",),
    "光电": ("optoelectronics", "photoelectric", "optoelectronic"), "显示": ("display",),
    "通信": ("communication", "communications", "telecom"), "储能": ("energy", "storage"),
    "零部件": ("parts", "components"), "传动": ("transmission", "drive"), "电驱": ("electric", "drive"),
    "阀门": ("valve", "valves"), "泵业": ("pump", "pumps"), "机床": ("machine", "tool", "tools"), "模具": ("mould", "mold"),
    "轴承": ("bearing", "bearings"), "工具": ("tools", "tool"), "照明": ("lighting",), "灯具": ("lighting",),
    "电缆": ("cable", "cables"), "线缆": ("cable", "cables"), "风电": ("wind", "power"), "皮革": ("leather",),
    "箱包": ("bags", "luggage"), "眼镜": ("eyewear", "glasses", "optical"), "玩具": ("toys", "toy"),
    "文具": ("stationery",), "体育": ("sports", "sport"), "户外": ("outdoor",), "宠物": ("pet", "pets"),
    "快递": ("express", "courier"), "货运": ("freight", "cargo"), "进出口": ("import", "export"),
    "咨询": ("consulting", "consultancy", "advisory"), "研究": ("research",), "资本": ("capital",),
    "创投": ("ventures", "venture"), "资产": ("asset", "assets"), "财富": ("wealth",), "期货": ("futures",),
    "人寿": ("life",), "医院": ("hospital",), "中心": ("center", "centre"), "联合会": ("federation",),
    "工会": ("union",), "交易所": ("exchange",), "证券交易所": ("stock", "exchange"), "联合交易所": ("exchange", "stock"),
    "结算": ("clearing", "settlement"), "交易": ("exchange", "trading"),
    "香港": ("hong", "kong"), "澳门": ("macau", "macao"), "晚报": ("evening",), "新闻": ("news",), "出版": ("publishing",), "影视": ("film", "pictures"),
    "文化": ("culture", "cultural"), "娱乐": ("entertainment",), "游戏": ("games", "gaming"), "纺织品": ("textiles",),
    "家电": ("appliances", "appliance"), "电机": ("motor", "motors", "electric"), "新材料科技": ("new", "materials"),
}


@functools.lru_cache(maxsize=1 << 12)  # pure; a store names the same organizations again and again
def _readings(name: str) -> frozenset[str]:
    """English words a Chinese organization name may be rendered with: the pinyin of its characters taken
    one to four at a time, and the translations of its common words."""
    joined = _cjk_chars(name)
    py = _char_readings(joined)
    out = set()
    for n in (1, 2, 3, 4):
        for k in range(len(py) - n + 1):
            out.update(_joined_readings(py[k:k + n]))
    for zh, ens in _ZH_EN_WORDS.items():
        if zh in joined:
            out.update(ens)
    return frozenset(out)


@functools.lru_cache(maxsize=1 << 12)  # pure; the same organizations come back article after article
def _pinyin_grams(name: str) -> frozenset[str]:
    chars = _cjk_chars(name)
    py = _char_readings(chars)
    out = set()
    for n in (2, 3):
        for k in range(len(py) - n + 1):
            piece = chars[k:k + n]
            if piece not in _ZH_PLACES and chars[k + n:k + n + 1] not in _LEVEL_CHARS:  # 普洱市商务局: 普洱 is the city
                out.update(_joined_readings(py[k:k + n]))
    return frozenset(out)


@functools.lru_cache(maxsize=1 << 12)
def _place_pinyin(name: str) -> frozenset[str]:
    """The pinyin of the place a Chinese name opens with when a level character says so: cixi in 慈溪市家电行业协会."""
    chars = _cjk_chars(name)
    out = set()
    for n in (2, 3):
        if chars[n:n + 1] in _LEVEL_CHARS:
            out.update(_joined_readings(_char_readings(chars[:n])))
    return frozenset(out)


def _cjk_chars(name: str) -> str:
    """A name's Chinese characters, in simplified form (國際 read as 国际)."""
    return simplified_chars("".join(c for c in name if CJK_RE.match(c)))


@functools.lru_cache(maxsize=1 << 12)  # pure; each name's characters are read for three uses
def _char_readings(chars: str) -> tuple[tuple[str, ...], ...]:
    """Each character's pinyin readings, the one for the context first: 晟 is read sheng and cheng, and a firm's
    English name may take either."""
    from pypinyin import Style, lazy_pinyin

    return tuple(_other_readings(c, b) for c, b in zip(chars, lazy_pinyin(chars, style=Style.NORMAL)))


@functools.lru_cache(maxsize=1 << 14)  # pure; a few thousand characters make most names
def _other_readings(char: str, best: str) -> tuple[str, ...]:
    from pypinyin import Style, pinyin

    return tuple(dict.fromkeys([best, *pinyin(char, style=Style.NORMAL, heteronym=True)[0][:3]]))


def _joined_readings(window) -> set[str]:
    """The readings of a few characters written together (dongao), at most 27 of them."""
    out = [""]
    for readings in window:
        out = [o + r for o in out for r in readings][:27]
    return set(out)


# Provinces and large cities (general knowledge): as the first word of a name they only say where it is.
_ZH_PLACES = frozenset("""北京 上海 天津 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川
贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门 中国 广州 深圳 杭州 南京 苏州 武汉 成都 西安 青岛 宁波
厦门 大连 沈阳 长沙 郑州 济南 合肥 福州 昆明 南宁 温州 无锡 东莞 佛山 常州 泉州 烟台 徐州 绍兴 嘉兴 台州 金华 义乌 珠海
中山 惠州 哈尔滨 长春 石家庄 太原 南昌 贵阳 兰州 海口 三亚 乌鲁木齐 呼和浩特 银川 西宁 拉萨 唐山 洛阳 潍坊 扬州 南通 盐城
""".split())
_PLACE_PINYIN = frozenset({"beijing", "shanghai", "tianjin", "chongqing", "zhongguo", "china", "guangzhou",
                           "shenzhen", "hangzhou", "nanjing", "suzhou", "wuhan", "chengdu", "qingdao", "xiamen",
                           "ningbo", "wenzhou", "dongguan", "foshan", "zhejiang", "jiangsu", "guangdong", "fujian",
                           "shandong", "hong kong", "international", "group", "holdings", "company", "limited"})


def _id_key(label: str, name: str, surfaces: list[str]) -> str:
    """The key the id is made from: the canonical name's, except that an organization named in both
    scripts takes its longest English name's (so an English-only article gives the same id), and a
    person named in both scripts takes the Chinese name's pinyin."""
    latin = [s for s in surfaces if _LATIN.search(s) and not CJK_RE.search(s)]
    cjk = [s for s in surfaces if CJK_RE.search(s)]
    if label == ORG and latin and CJK_RE.search(name):
        return entity_key(ORG, max(latin, key=lambda s: (len(_tokens(s)), len(s))))
    if label == PERSON and cjk and not CJK_RE.search(name):
        return entity_key(PERSON, max(cjk, key=len))
    return entity_key(label, name)


@functools.lru_cache(maxsize=65536)
def _is_full_name(surface: str) -> bool:
    s = normalize(surface)
    if CJK_RE.search(s):
        return len(s.replace(" ", "")) >= 2 and not (len(s) == 2 and s[1] in "总董") and s not in DOUBLE_SURNAMES
    toks = s.split()
    return len(toks) >= 2 and not (all(t in _NAME_PARTICLES for t in toks[:-1])  # "Von Hallberg": a surname
                                   or len(toks) == 2 and toks[1] in _PINYIN_HONORIFICS)  # "Zhou Zong": 周总


@functools.lru_cache(maxsize=65536)
def _surname_matches(short: str, full: str) -> bool:
    s, f = normalize(short), normalize(full)
    if CJK_RE.search(s):
        if not CJK_RE.search(f):
            return False
        if "·" in f or "・" in f:  # 马库斯·布兰德: a foreign name written given name first; 布兰德 is the surname
            return s == re.split(r"[·・]", f)[-1]
        surname, _ = split_chinese_name(f)
        return s.startswith(surname) and len(s) <= len(surname) + 2
    if CJK_RE.search(f):  # "According to Shao, …" after 邵志远: the surname in pinyin
        return " " not in s and chinese_name_pinyin(f.replace(" ", "")).split()[0] == s
    toks = f.split()
    if len(s.split()) == 2 and s.split()[1] in _PINYIN_HONORIFICS:
        return bool(toks) and s.split()[0] == toks[0] and len(toks) >= 2  # "Zhou Zong" and Zhou Jinghui
    k = len(s.split())
    if 2 <= k < len(toks) and s == " ".join(toks[-k:]) and all(t in _NAME_PARTICLES for t in toks[-k:-1]):
        return True  # "Von Hallberg" after "Klaus-Peter von Hallberg", "Van der Meer" after "Jan van der Meer"
    if s == surname_before_hyphenated_given(toks):
        return True  # "Leong" after "Annie Leong Mei-ling": a Cantonese surname stands before the given name
    if len(toks) == 3 and s == toks[1] and " " not in s and toks[1] not in _NAME_PARTICLES \
            and (re.search(r"[áéíóúñãõç]", f) or toks[2].endswith(("ez", "iz", "az", "oz", "es", "os", "as", "o", "a"))):
        return True  # "Barrero" after "Lucía Barrero Ortiz": a Spanish or Portuguese name's first surname, used alone
    return bool(toks) and s in (toks[0], toks[-1])


# 总, 董, 经理, 老板 after a surname, in pinyin: "Zhou Zong" is Mr Zhou the boss
_PINYIN_HONORIFICS = frozenset({"zong", "dong", "jingli", "laoban", "shifu", "xiansheng", "nvshi", "laoshi", "gong"})
# particles of a surname, written with it when it stands alone ("Van der Meer said", "De la Cruz")
_NAME_PARTICLES = frozenset(NAME_PARTICLES)
_PATRONYMIC = frozenset({"bin", "binti", "bint", "ibn", "a/l", "a/p"})


@functools.lru_cache(maxsize=65536)
def _short_form(a: str, ka: str, b: str, kb: str, loose: bool = False) -> bool:
    """Is organization name `a` (key `ka`) a short form of `b` (key `kb`)? `loose`: `a` stands in
    brackets right after `b`, which says so already (any in-order abbreviation will do)."""
    if ka == kb or len(ka) >= len(kb) or not ka:
        return False
    cjk_a, cjk_b = bool(CJK_RE.search(ka)), bool(CJK_RE.search(kb))
    if cjk_a != cjk_b:
        return False
    if _parent_kind(a) and not _parent_kind(b) and not loose:
        return False  # "Yuanhang Group" / "Tianjin Yuanhang Shipping Co., Ltd.": the parent, not a short name
    if cjk_a:
        short = ka.replace(" ", "")
        long_ = kb.replace(" ", "")
        if len(short) < 2 or short in _ZH_GENERIC_SHORT:
            return False
        if long_ == short + "员会" and short.endswith("委"):
            return True  # 上海市商务委 / 上海市商务委员会
        if long_.startswith(short) and len(long_) - len(short) >= 2 and _ends_as_body(short) \
                and _ends_as_body(long_) and not loose:
            return False  # 中国共产党 / 中国共产党中央委员会: a body of the organization, not another name for it
        if long_.endswith(_ZH_BRANCH_SUFFIXES) and not short.endswith(_ZH_BRANCH_SUFFIXES) and not loose:
            return False  # 某某农商行 / 某某农商行石坪支行: a branch is no other name for its bank
        if short in long_:
            return True
        # an abbreviation: its characters in order, the first distinctive and the suffix kept
        if len(short) >= 3 and _in_order(short, long_) and (short[-1] == long_[-1] or loose):
            return True
        if clipped_short_name(short, long_):
            return True
        return loose and len(short) >= 2 and _in_order(short, long_)
    raw = a.strip().strip("\"“”")
    if raw.isupper() and 2 <= len(raw) <= 8 and raw in _acronyms(b):
        return True
    ta, tb = ka.replace("-", " ").split(), kb.replace("-", " ").split()
    if not ta or ka in _GENERIC_SHORT or all(t in _GENERIC_SHORT for t in ta):
        return False
    n = len(ta)
    # (a match may not start inside a hyphenated word: "Karlsberg" is no short form of "Hengjin-Karlsberg
    # Precision Bearings", the joint venture that carries its name)
    starts, at = set(), 0
    for w in kb.split():
        starts.add(at)
        at += len(w.replace("-", " ").split())
    if any(tb[i:i + n] == ta for i in range(len(tb) - n + 1) if i in starts):
        return True
    # "Qingshan Cooperative" / "Anxi Longtan Qingshan Tea Professional Cooperative": in order, same head word
    if n >= 2 and ta[-1] == tb[-1] and _in_order(ta, tb) and ta[0] not in _GENERIC_SHORT:
        return True
    # in brackets right after the full name, "Ruiguang PV" / "Jiangsu Ruiguang Photovoltaic Technology Co., Ltd.":
    # the distinctive word kept, each later word a clipping (Tech) or the letters (PV) of a later word
    return loose and n >= 2 and ta[0] in tb and ta[0] not in _GENERIC_SHORT and _clipped_in_order(
        ta[1:], tb[tb.index(ta[0]) + 1:])


def clipped_short_name(short: str, long_: str) -> bool:
    """岳汀创投 / 岳汀创业投资管理有限公司: four characters, the brand whole, then its trade clipped (创业投资)."""
    at = long_.find(short[:2])
    if len(short) != 4 or at < 0:
        return False
    if long_[at + 2:at + 3] == short[2] and short[3] in long_[at + 3:]:
        return True
    # (山岱电商 / 岱川县山岱农产品电子商务: the trade may come after a word, unless the two characters are a place:
    # 某某陶瓷 is the county's trade, not 某某县某某陶瓷有限公司)
    if short[:2] in _ZH_PLACES or short[:2] in words_zh.PLACE_HEADS or long_[at + 2:at + 3] in _LEVEL_CHARS:
        return False
    nxt = long_.find(short[2], at + 2)
    return nxt >= 0 and nxt - at - 2 <= 3 and short[3] in long_[nxt + 1:nxt + 4]


def _clipped_in_order(short: list[str], long_: list[str]) -> bool:
    it = iter(long_)
    return all(any(w.startswith(t) or len(t) <= 3 and w[:1] == t[:1] and _in_order(t, w) for w in it) for t in short)


_PARENT_WORDS = re.compile(r"(?i)(?:\bgroup|\bholdings?|集团|控股)(?:\s*(?:co\.?,?\s*ltd\.?|limited|inc\.?|corp\.?|"
                           r"有限公司|股份有限公司|公司))?$")


def _parent_kind(name: str) -> bool:
    return bool(_PARENT_WORDS.search(normalize(name)))


_LEGAL_WORDS = {"co", "ltd", "inc", "corp", "llc", "plc", "gmbh", "ag", "pte", "pty", "sa", "nv", "company", "limited",
                "corporation", "incorporated"}


def _acronyms(name: str) -> set[str]:
    """"CATL" for "Contemporary Amperex Technology Co., Limited": initials with and without the legal form,
    and with "Co." left out."""
    words = [w for w in re.findall(r"[A-Za-z][\w&'-]*", name) if w.lower() not in {"of", "and", "the", "for", "&"}]
    out = {acronym(name)}
    lead = re.match(r"\s*(?:[A-Z]\.){2,}\s*|\s*(?:US|UK|EU)\s+(?=[A-Z])", name)
    if lead:  # "CPSC" for "U.S. Consumer Product Safety Commission": the country's letters are left out
        words = [w for w in re.findall(r"[A-Za-z][\w&'-]*", name[lead.end():])
                 if w.lower() not in {"of", "and", "the", "for", "&"}]
        out.add("".join(w[0] for w in words).upper())
    for drop in ({"co"}, _LEGAL_WORDS):
        kept = [w for w in words if w.lower().strip(".") not in drop]
        if len(kept) >= 2:
            out.add("".join(w[0] for w in kept).upper())
    if len(words) >= 2 and words[-1].lower() == "exchange":  # "ASX" for "Australian Securities Exchange"
        out.add("".join(w[0] for w in words[:-1]).upper() + "X")
    return out - {""}


_ZH_BODY_SUFFIXES = ("党", "委员会", "协会", "商会", "学会", "联合会", "大学", "学院", "研究院", "研究所", "政府", "人大", "政协",
                     "局", "厅", "部", "署", "委", "办公厅", "办公室", "政治局", "书记处", "法院", "检察院", "银行", "集团",
                     "中心", "分院", "分行", "支行", "分公司", "子公司", "工会", "社")


_ZH_BRANCH_SUFFIXES = ("分行", "支行", "分公司", "子公司", "分院", "分会", "分局", "营业部", "办事处", "分理处", "分社", "分中心")


def _ends_as_body(name: str) -> bool:
    return name.endswith(_ZH_BODY_SUFFIXES)


def _in_order(short, long_) -> bool:
    it = iter(long_)
    return all(any(c == x for x in it) for c in short)


# ---------------------------------------------------------------- across the store

def _form_ids(line: dict) -> list[str]:
    """The ids that the forms of one entity line would get on their own, for the forms that may link
    articles: every full-name form of a person named in both scripts, and every distinctive form of an
    organization that the line names in both scripts."""
    typ = line.get("type")
    forms = [line.get("name", "")] + list(line.get("aliases") or [])
    has_cjk = any(CJK_RE.search(f) for f in forms)
    has_latin = any(_LATIN.search(f) and not CJK_RE.search(f) for f in forms)
    if not (has_cjk and has_latin):
        return []
    out = []
    for f in forms:
        n = normalize(f)
        if not n:
            continue
        if typ == PERSON and not _is_full_name(f):
            continue
        if typ == ORG:
            k = entity_key(ORG, f)
            cjk = bool(CJK_RE.search(k))
            if (cjk and (len(k.replace(" ", "")) < 2 or k in _ZH_GENERIC_SHORT)) or \
                    (not cjk and (len(k) < 3 or k in _GENERIC_SHORT)):
                continue
        out.append(make_entity_id(typ, entity_key(typ, f)))
    return out


def link_store(store: str | Path) -> int:
    """Give one id to an entity named in both scripts anywhere in the store: every article that names it
    in one language only gets that id too (the id the two-script article gave it, from its English name).
    Rewrites entities.jsonl (merging an article's lines that come to share an id) and claims.jsonl speaker
    ids in place, streaming, holding only the map of merged ids; idempotent. Returns how many entity
    lines changed (0: nothing rewritten)."""
    store = Path(store)
    ents = store / "entities.jsonl"
    if not ents.exists():
        return 0
    parent: dict[str, str] = {}
    preferred: set[str] = set()  # ids a two-script line already carries (its English key): they stay

    def find(x: str) -> str:
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra == rb:
            return
        keep, other = sorted((ra, rb), key=lambda r: (r not in preferred, r))
        parent[other] = keep
        parent.setdefault(keep, keep)

    for line in _whole_lines(ents):
        rec = orjson.loads(line)
        ids = _form_ids(rec)
        if ids:
            preferred.add(rec["entity_id"])
        for i in ids:
            union(rec["entity_id"], i)
    changed = {x: find(x) for x in list(parent) if find(x) != x}
    if not changed:
        return 0
    n = _rewrite_entities(ents, changed)
    claims = store / "claims.jsonl"
    if n and claims.exists():
        _rewrite_lines(claims, lambda rec: _relabel_speaker(rec, changed))
    return n


def _whole_lines(path: Path):
    with open(path, "rb") as f:
        for line in f:
            if line.endswith(b"\n"):
                yield line


def _relabel_speaker(rec: dict, changed: dict[str, str]) -> dict | None:
    sp = rec.get("speaker")
    if sp and sp.get("entity_id") in changed:
        sp["entity_id"] = changed[sp["entity_id"]]
        return rec
    return None


def _rewrite_lines(path: Path, fix) -> int:
    tmp = path.with_suffix(path.suffix + ".link.tmp")
    n = 0
    with open(tmp, "wb") as out:
        for line in _whole_lines(path):
            rec = fix(orjson.loads(line))
            n += rec is not None
            out.write(line if rec is None else orjson.dumps(rec) + b"\n")
    if n:
        os.replace(tmp, path)
    else:
        tmp.unlink()
    return n


def _rewrite_entities(path: Path, changed: dict[str, str]) -> int:
    """Lines of one document are contiguous (written per article): merge a document's lines that now
    share an id, holding one document's lines at a time. Returns how many lines changed."""
    tmp = path.with_suffix(path.suffix + ".link.tmp")
    n = 0
    with open(tmp, "wb") as out:
        doc, group = None, {}

        def flush():
            for rec in group.values():
                out.write(orjson.dumps(rec) + b"\n")
            group.clear()

        for line in _whole_lines(path):
            rec = orjson.loads(line)
            if rec.get("doc_id") != doc:
                flush()
                doc = rec.get("doc_id")
            new_id = changed.get(rec["entity_id"], rec["entity_id"])
            n += new_id != rec["entity_id"]
            rec["entity_id"] = new_id
            have = group.get(new_id)
            if have is None:
                group[new_id] = rec
                continue
            names = [have["name"], *have.get("aliases", []), rec["name"], *rec.get("aliases", [])]
            have["aliases"] = [x for x in dict.fromkeys(names) if x != have["name"]]
            have["mentions"] = sorted(have["mentions"] + rec["mentions"], key=lambda m: m["start"])
        flush()
    if n:
        os.replace(tmp, path)
    else:
        tmp.unlink()
    return n
