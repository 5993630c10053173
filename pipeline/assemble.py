"""Turn backend parses into the article's entities (raw offsets, merged, with ids).

`extract_entities` collects the rule-corrected mentions of every analysis unit, then works on the
whole document, in this order:
1. labels made consistent: a surface tagged ORG by a rule is ORG everywhere; one the model calls a
   place as often as a name is dropped (``surface_label_votes``);
2. a "person" that is part of an organization's name in the article ("Yuelan Land" beside "Yuelan
   Land Holdings"; 瑞达 beside 瑞达集团) is that organization;
3. a lone word that the article shows to be a place ("Shuangqiao Town", the first word of two
   organizations' names) is no entity; in an article about Chinese people, a lone pinyin word that is
   no surname and no part of a named person ("Lianhua") is no person;
4. every other occurrence of a known name is a mention too;
5. mentions linked into entities (link.py); an entity named only inside ads that stayed in the text (units
   scored as spam and kept as unsure, or a unit with a shop's contact and an ad's words or a product
   listing) is dropped (``spam_only``).
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from . import entities as ent_mod
from .lang import words_en, words_zh
from .language import ZH
from .link import clipped_short_name, link_mentions
from .names import (CJK_RE, DOUBLE_SURNAMES, NAME_PARTICLES, ROMAN_SURNAMES, fold_accents, is_pinyin_word, normalize,
                    surname_before_hyphenated_given, world_places)
from .records import ORG, PERSON, Article, Mention
from .spam import KEPT_AS_CONTENT, STORY_SENTENCE, find_urls

_PLACE_WORDS = re.compile(r"\s+(?:City|County|District|Province|Town|Township|Village|Municipal|Municipality|"
                          r"Prefecture|New Area|Port|Bay|Island|Lake|River|Mountain|Autonomous Region)\b")


# Words that name a trade or a kind of business: after a pinyin brand they make a company name, where a
# foreign given name or surname ("Takuya Takagi", "Marie Lindgren") makes none.
_TRADE_WORDS = frozenset(words_en.ORG_NAME_WORDS) | frozenset(words_en.BUSINESS_KINDS) | frozenset(
    w.lower().strip(".,") for x in words_en.ORG_SUFFIXES for w in x.split())


# Trade and kind words that make a pinyin word before them a company even with no Chinese person in sight
_ORG_KINDS = frozenset(words_en.BUSINESS_KINDS) - {"new", "smart", "home", "homes", "air", "water", "cold", "supply"}


def _mention(a: Article, cs: int, ce: int, label: str, source: str) -> Mention:
    rs, re_ = a.raw_span(cs, ce)
    return Mention(cstart=cs, cend=ce, start=rs, end=re_, text=a.raw[rs:re_], label=label,
                   surface=a.clean[cs:ce], source=source)


def extract_entities(a: Article, units) -> Article:
    found: list[Mention] = []
    for s, _e, lang, p in units:
        raw = ent_mod.zh_mentions(p, raw_breaks(a, s, _e)) if lang == ZH else ent_mod.en_mentions(p)
        found.extend(_mention(a, s + ms, s + me, label, src) for ms, me, label, src in raw)
    votes = ent_mod.surface_label_votes([(m.surface, m.label, m.source) for m in found])
    found = [replace(m, label=votes.get(normalize(m.surface), m.label)) for m in found]
    found = [m for m in found if m.label in (PERSON, ORG)]
    found = _told_by_what_follows(a.clean, found)
    headlines = _title_case_lines(a.clean)
    found = _drop_headline_fragments(a.clean, found, headlines)
    found = _trim_headline_names(a, found, headlines)
    found = _complete_cut_names(a, found)
    found = _surnames_as_persons(found)
    found = _persons_inside_orgs(found)
    found = _drop_places(a, units, found)
    found.extend(_propagate(a, units, found))
    titles = [t.span(1) for t in ent_mod.ZH_DOC_TITLE.finditer(a.clean)]
    entities = [e for e in link_mentions(found, a.clean) if not _unnamed_body(e)
                and not (e.type == ORG and titles and all(_in_title(m, titles) for m in e.mentions))
                and not _only_in_kept_spam(e, a)]
    return replace(a, entities=tuple(entities))


def _surnames_as_persons(found: list[Mention]) -> list[Mention]:
    """"Adeyinka-Cole added", "Van Dijk said": what the model calls an organization is the surname of a person
    the article names in full (Bisola Adeyinka-Cole, Pieter van Dijk), so that person. Only the model's guess
    gives way; a rule's organization ("Ford Motor Co.") stays."""
    tails = set()
    for m in found:
        toks = normalize(m.surface).split()
        if m.label == PERSON and len(toks) >= 2 and not CJK_RE.search(m.surface):
            k = len(toks) - 1
            while k > 0 and toks[k - 1] in NAME_PARTICLES:
                k -= 1
            tails.update((toks[-1], " ".join(toks[k:])))
            if (hyphenated := surname_before_hyphenated_given(toks)):
                tails.add(hyphenated)  # "Stanley Cheng Wai-lok": Cheng is the surname
    return [replace(m, label=PERSON) if m.label == ORG and m.source in ("model", "propagated")
            and normalize(m.surface) in tails else m for m in found]


_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _complete_cut_names(a: Article, found: list[Mention]) -> list[Mention]:
    """A Chinese name cut short where the article writes it in full elsewhere: 邹立 in "邹立新副县长带队" beside
    邹立新 is 邹立新 (the model read 新副县长 as one word)."""
    full = {m.surface for m in found if m.label == PERSON and _CJK_NAME.fullmatch(m.surface)}
    out = []
    for m in found:
        if m.label == PERSON and m.surface in full:
            longer = [f for f in full if len(f) > len(m.surface) and f.startswith(m.surface)
                      and a.clean.startswith(f[len(m.surface):], m.cend)]
            if len(longer) == 1:
                m = _mention(a, m.cstart, m.cstart + len(longer[0]), PERSON, m.source)
        out.append(m)
    return out


_SMALL_WORDS = frozenset("a an the of in on for to and at by with as from into over after amid vs".split())


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """Lines written in title case, as English headlines are ("Hengfeng Pump Launches Solar Series, Plans
    Vietnam Plant in 2026"): four words or more, nearly all capitalised, no full stop at the end."""
    out, start = [], 0
    for line in text.split("\n"):
        words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if w.lower() not in _SMALL_WORDS]
        if len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.85 * len(words) \
                and not line.rstrip().endswith(".") and not CJK_RE.search(line) \
                and not re.match(r"\s*(?:By|Source|From|Posted|Written|Reporting)\b", line):  # a byline names its outlet
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def _in_lines(m: Mention, lines: list[tuple[int, int]]) -> bool:
    return any(s <= m.cstart and m.cend <= e for s, e in lines)


def _drop_headline_fragments(text: str, found: list[Mention], lines: list[tuple[int, int]]) -> list[Mention]:
    """In a title-case headline (``lines``) every word is capitalised, so the model reads runs of them as
    organizations ("Hengfeng Pump Launches SunRiver Max"): such a model ORG that the story never writes again is
    dropped."""
    if not lines:
        return found

    def written_elsewhere(m: Mention) -> bool:
        return any(not any(s <= x.start() < e for s, e in lines) for x in _surface_re(m.surface).finditer(text))

    elsewhere = {normalize(m.surface) for m in found if not _in_lines(m, lines) or m.source != "model"}
    return [m for m in found if not (m.label == ORG and m.source == "model" and _in_lines(m, lines)
                                     and normalize(m.surface) not in elsewhere and not written_elsewhere(m))]


def _trim_headline_names(a: Article, found: list[Mention], lines: list[tuple[int, int]]) -> list[Mention]:
    """"Kunlun Motors Sinks Most in Five Months": in a title-case headline (``lines``) a name runs on into the verb
    after it; an organization there that starts with the first two words or more of one the story names outside
    the headline ends where they end."""
    if not lines:
        return found
    inside = [_in_lines(m, lines) for m in found]
    body = [normalize(m.surface).split() for m, h in zip(found, inside) if not h and m.label == ORG]
    out = []
    for m, h in zip(found, inside):
        words = m.surface.split()
        if h and m.label == ORG and len(words) >= 3 and len(normalize(m.surface).split()) == len(words):
            low = normalize(m.surface).split()
            for k in range(len(words) - 1, 1, -1):
                if any(b[:k] == low[:k] and b != low for b in body):
                    m = _mention(a, m.cstart, m.cstart + len(" ".join(words[:k])), ORG, m.source)
                    break
        out.append(m)
    return out


def _only_in_kept_spam(e, a: Article) -> bool:
    """A name the article writes only inside ads that stayed: units the spam model scored as spam and kept as
    unsure, or lines holding both a shop's contact (WhatsApp, 微信, a phone number) and an ad's words or a
    product listing ("Seamless Steel Pipe, ERW Pipe, Galvanized Pipe ― Contact: Mr. Zhao, WhatsApp ...")."""
    if not ent_mod._on("spam_only"):
        return False
    spans = [(k.start, k.end) for k in a.kept_spam if KEPT_AS_CONTENT not in k.reason  # (a byline, a press contact)
             and not (STORY_SENTENCE in k.reason and not _CONTACT.search(k.text) and not find_urls(k.text))]
    return all(any(s <= m.start and m.end <= t for s, t in spans) or _in_ad_unit(a, m.cstart) for m in e.mentions)


_CONTACT = re.compile(r"(?i)whatsapp|wechat|skype|e-?mail\s*[:：]|tel\s*[:：.]|mob(?:ile)?\s*[:：]|微信|qq|联系电话|"
                      r"电话\s*[:：]|手机\s*[:：]|[\w.-]+@[\w-]+\.\w+|\+\d{1,3}[\s-]?\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}|"
                      r"(?<!\d)1[3-9]\d{9}(?!\d)")
_AD_WORDS = re.compile("|".join(re.escape(w) for w in sorted(
    set(words_en.SPAM_CUES_BY_KIND["ad"]) | set(words_zh.SPAM_CUES_BY_KIND["ad"]), key=len, reverse=True)), re.I)
_PRODUCT_LIST = re.compile(r"(?:[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3}\s*[,，、]\s*){2,}[A-Z][\w-]*")


def _in_ad_unit(a: Article, pos: int) -> bool:
    """The spam unit (a line, or a sentence of one) holding clean offset `pos` reads as a shop's ad."""
    seg = next((g for g in a.segments if g.start <= pos < g.end), None)
    unit = a.clean[seg.start:seg.end] if seg is not None else ""
    if _NAV_LABEL.match(unit) or _FOOTER.search(unit) or _AD_TAG.match(unit) or _PHOTO_CREDIT.fullmatch(unit):
        return True  # "Related: Chen Hong to head Jinlong Group", "Tags: ...", "Copyright © 2024 X", "责任编辑：X"
    if _author_bio(a.clean, pos):
        return True
    return bool(_CONTACT.search(unit)) and bool(_AD_WORDS.search(unit) or _PRODUCT_LIST.search(unit))


_BIO_OPEN = re.compile(r"\W{0,3}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}\W{0,3}\s+is\s+(?:a|an|the)\s+"
                       r"(?:[\w-]+\s+){0,3}?"
                       r"(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|analyst|producer)s?\b")
_BIO_CONTACT = re.compile(r"(?i)\b(?:reach|follow|email)\s+(?:him|her|them)\b|"
                          r"[\w.-]+@[\w-]+\.\w+|\b(?:he|she|they)\s+(?:was|were)\s+previously\b")


def _author_bio(clean: str, pos: int) -> bool:
    """The author's box under a story: a paragraph that opens "**Meera Iyengar** is a senior reporter at X ..." and
    tells how to reach the author. A reporter the story itself speaks of ("Ben Crowther is the Gazette's business
    reporter, covering ...") comes with no such contact and stays."""
    start = clean.rfind("\n", 0, pos) + 1
    end = clean.find("\n", pos)
    line = clean[start:end if end >= 0 else len(clean)]
    return bool(_BIO_OPEN.match(line)) and bool(_BIO_CONTACT.search(line))


_AD_TAG = re.compile(r"\s*[【\[(（](?:广告|推广|赞助|推荐|特价|批发|招商|团购|Ad|AD|Ads|Advertisement|Sponsored|Promoted|"
                     r"Promotion)[】\])）]")
_FOOTER = re.compile(r"(?i)copyright\s*(?:©|\(c\)|\d{4})|©\s*(?:\d{4}|[A-Z])|all rights reserved|版权所有|版权归|本网声明|"
                     r"免责声明|责任编辑|^\s*editor\s*[:：]|转载请注明|未经(?:书面)?授权|ICP备|公网安备")
_NAV_LABEL = re.compile(r"(?i)\s*(?:related(?:\s+(?:articles?|news|stories|posts|reading|coverage))?|read\s+(?:more|also)|"
                        r"also\s+read|see\s+also|more\s+(?:news|stories)|tags|topics|keywords|recommended(?:\s+for\s+you)?|"
                        r"you\s+may\s+also\s+like|相关阅读|相关新闻|推荐阅读|延伸阅读|相关文章|热门推荐|标签|关键词|相关链接)"
                        r"\s*[:：>»|·-]")


# a photo or image credit alone on its line, in the page furniture ("Photo: VCG", "Image Credits: X", "图片来源：X");
# a caption that tells what the picture shows is longer and stays
_PHOTO_CREDIT = re.compile(r"(?i)\s*(?:(?:(?:photo|photos|image|images|picture|graphic|illustration|video)(?:\s+credits?)?|"
                           r"credits?)\s*[:：/|]|(?:图片来源|图片提供|摄影|视频来源)\s*[:：])\s*[^\s,.;:!?，。；！？]+"
                           r"(?:[ /|&]+[^\s,.;:!?，。；！？]+){0,5}\s*$")


def raw_breaks(a: Article, s: int, e: int) -> list[int]:
    """Offsets in the unit where the raw text has white space that cleaning took out (柯 明远; between Chinese
    words, a headline's pieces)."""
    if not a.starts:
        return []
    return [k - s for k in range(s + 1, min(e, len(a.starts))) if a.starts[k] > a.ends[k - 1] and
            a.raw[a.ends[k - 1]:a.starts[k]].isspace()]


def _in_title(m: Mention, titles: list[tuple[int, int]]) -> bool:
    return any(s <= m.cstart and m.cend <= e and (m.cstart, m.cend) != (s, e) for s, e in titles)


_UNNAMED_ZH = re.compile(r"^(?:市|省|县|区|镇|乡|村|州|全市|全省|全县)(?:委|政府|人民政府|人大|政协|[\u4e00-\u9fff]{1,10}?(?:局|委|厅|办|"
                         r"委员会|办公室|中心|处|所|院|会|联))$")  # (市工商联, 县人大)
_UNNAMED_EN = re.compile(r"^(?:the\s+)?(?:municipal|provincial|city|county|district|township|town|village|local)\s+"
                         r"(?:[a-z'-]+\s+){0,3}(?:bureau|department|commission|committee|office|administration|government|"
                         r"authority|people's government)(?:\s+(?:of|for|on)\s+.+)?$")


def level_only_body(surface: str) -> bool:
    """市商务局, 省统计局, "the Municipal Bureau of Commerce": a body named by its level only (GUIDE.md)."""
    return bool(_UNNAMED_ZH.match(normalize(surface)) or _UNNAMED_EN.match(normalize(surface)))


def _unnamed_body(e) -> bool:
    """A body the article names by its level only (the city's, the province's) is a generic reference, unless
    one of its mentions gives the place (then it is an alias)."""
    return e.type == ORG and all(level_only_body(f) for f in (e.name, *e.aliases))


def _words(surface: str) -> list[str]:
    return normalize(surface).replace("-", " ").split()


# what follows a name says which it is: "X, which was appointed administrator" and "X, the union representing …"
# are bodies; "X of Y Securities said" is a person at a firm
_BODY_AFTER = re.compile(r",\s+(?:which\s|the\s+(?:(?!of\b)[\w-]+\s+){0,3}(?:union|company|firm|broker|brokerage|bank|lender|"
                         r"insurer|group|association|federation|maker|manufacturer|producer|exporter|importer|retailer|"
                         r"chain|operator|carrier|cooperative|co-op|packer|blender|trader|miner|developer|regulator|"
                         r"agency|ministry|council|fund|consultancy|administrator|administrators)\b(?!['’])"
                         # ("X, the group chief executive of Y", "the fund manager at Z": a person's role)
                         r"(?!\s+(?:chief|manager|secretary|representative|executive|director|spokes\w*|president|"
                         r"official|officer|head|member|organi[sz]er|leader|analyst|economist|chair\w*|treasurer|"
                         r"negotiator|founder|partner|lawyer|advis[eo]r|boss|owner|trader)\b)"
                         r"(?!\s+(?:will|would|has|had|is|was|are|were|said|says|plans|expects|can|could|should|may|might)\b))")
_PERSON_AT_FIRM_AFTER = re.compile(r"\s+of\s+(?:[A-Z][\w&'’.-]*\s+){1,5}(?:said|says|told|expects|estimates|believes|"
                                   r"noted|added|warned|wrote)\b")


# "Founded in 2020 by X and Y": the founders are people
_FOUNDED_BY = re.compile(r"\b(?:[Ff]ounded|[Cc]o-founded|[Ss]tarted|[Ss]et up)(?:\s+in\s+\d{4})?\s+by\s+"
                         r"(?:[A-Z][\w'’-]*\s+){0,3}(?:and\s+)?$")


# "ITMWU sector organiser Declan Hessian": a lower-case title right before the name
_TITLE_WORD_BEFORE = re.compile(r"(?<![A-Za-z])(?:organi[sz]er|secretary|spokesperson|spokesman|spokeswoman|analyst|"
                                r"economist|director|minister|chairman|chairwoman|chairperson|president|treasurer|"
                                r"councillor|councilor|commissioner|convenor|negotiator|strategist|founder)\s+$")


def _told_by_what_follows(text: str, found: list[Mention]) -> list[Mention]:
    """A Latin name the model gave the wrong kind, set right by the words around one of its mentions (then every
    mention of it): "Marden Kell, which was appointed …" is a body, "Emre Baykal of Pera Menkul said" and
    "founded by Chidi Obi-Bello" a person."""
    flip: dict[str, str] = {}
    for m in found:
        if CJK_RE.search(m.surface) or m.source not in ("model", "propagated"):
            continue
        words = m.surface.split()
        if m.label == PERSON and _BODY_AFTER.match(text, m.cend):
            flip[normalize(m.surface)] = ORG
        elif m.label == ORG and 2 <= len(words) <= 3 \
                and all(x[:1].isupper() and x[1:].islower() for w in words for x in w.split("-")) \
                and (_PERSON_AT_FIRM_AFTER.match(text, m.cend)
                     or _FOUNDED_BY.search(text, max(0, m.cstart - 60), m.cstart)
                     or _TITLE_WORD_BEFORE.search(text, max(0, m.cstart - 30), m.cstart)) \
                and not any(w.lower() in ent_mod._ORG_KIND_WORDS or w.lower() in ent_mod._PERSON_IS_ORG_HEADS
                            or w.lower() in ent_mod._FOREIGN_ORG_FIRST for w in words):
            flip[normalize(m.surface)] = PERSON
    if not flip:
        return found
    return [replace(m, label=flip[n]) if (n := normalize(m.surface)) in flip and m.source in ("model", "propagated")
            else m for m in found]


def _persons_inside_orgs(found: list[Mention]) -> list[Mention]:
    """A PERSON surface that is part of an ORG name of the article, and reads as no person's name, is
    that organization: 瑞达 beside 瑞达集团, "Mingchuan Electric Drive" beside "Jiaxing Mingchuan Electric
    Drive Technology Co., Ltd."."""
    if not ent_mod._on("person_in_org"):
        return found
    org_cjk = {normalize(m.surface) for m in found if m.label == ORG and CJK_RE.search(m.surface)}
    org_latin = {tuple(_words(m.surface)) for m in found if m.label == ORG and not CJK_RE.search(m.surface)}
    chinese_context = _chinese_context(found)
    def _in_org_name(w: tuple[str, ...]) -> bool:
        return any(len(o) > len(w) and any(o[i:i + len(w)] == w for i in range(len(o) - len(w) + 1)) for o in org_latin)

    # (a "person" that is part of an organization's name, "Corvina Embalagens" beside "Corvina Embalagens SA",
    # lends its words to no lone mention: it becomes that organization below)
    person_ends = {w for m in found if m.label == PERSON for w in (_words(m.surface)[:1] + _words(m.surface)[-1:]
                                                                  + _words(m.surface)[1:2] * (len(_words(m.surface)) == 3))
                   if len(_words(m.surface)) >= 2 and not (_in_org_name(tuple(_words(m.surface)))
                                                            and not _looks_chinese_person(_words(m.surface)))}
    org_words = {normalize(m.surface) for m in found if m.label == ORG and not CJK_RE.search(m.surface)
                 and len(_words(m.surface)) == 1}
    org_words |= {x for m in found if m.label == ORG and not CJK_RE.search(m.surface) for x in _words(m.surface)
                  if is_pinyin_word(x) and x not in ROMAN_SURNAMES and normalize(x) not in ent_mod.PLACES_EN}
    out = []
    for m in found:
        w = tuple(_words(m.surface))
        if m.label == PERSON and len(w) >= 2 and w[0] in org_words and w[0] not in ROMAN_SURNAMES \
                and not all(is_pinyin_word(x) or x in _TRADE_WORDS for x in w[1:]):
            continue  # "the Hualun Model X line": a company's product, after "Hualun" the company
        if m.label == ORG and m.source in ("model", "propagated") and " " not in m.surface.strip() \
                and normalize(m.surface) in person_ends:
            m = replace(m, label=PERSON)  # "Kessel also noted" after "Thomas Kessel"
        elif m.label == PERSON:
            n = normalize(m.surface)
            if CJK_RE.search(n):
                if len(n) >= 2 and any(o != n and (o.startswith(n) or n in o and ent_mod._zh_suffix_of(o))
                                       for o in org_cjk):
                    m = replace(m, label=ORG)
                elif len(n) == 4 and n[:2] not in DOUBLE_SURNAMES and any(
                        clipped_short_name(n, o) for o in org_cjk):
                    m = replace(m, label=ORG)  # 恒岱精机 beside 浙江恒岱精密机械股份有限公司: its short name
            else:
                w = tuple(_words(m.surface))
                looks_person = w and w[0] in ROMAN_SURNAMES and all(is_pinyin_word(x) for x in w)
                inside = any(len(o) > len(w) and any(o[i:i + len(w)] == w for i in range(len(o) - len(w) + 1))
                             for o in org_latin)
                if w and inside and not looks_person:
                    m = replace(m, label=ORG)
                elif len(w) >= 2 and w[0] in ent_mod.PLACES_EN and all(is_pinyin_word(x) or x in _TRADE_WORDS
                                                                          for x in w[1:]):
                    m = replace(m, label=ORG)  # "Xiamen Qiaolin": a company named after its city
                elif len(w) >= 2 and is_pinyin_word(w[0]) and w[0] not in ROMAN_SURNAMES \
                        and (chinese_context or any(x in _ORG_KINDS for x in w[1:])) \
                        and not all(is_pinyin_word(x) for x in w) \
                        and all(is_pinyin_word(x) or x in _TRADE_WORDS for x in w):
                    m = replace(m, label=ORG)  # "Yongsheng Convenience": a pinyin brand and a trade word
        out.append(m)
    return out


def _looks_chinese_person(w: list[str]) -> bool:
    return bool(w) and w[0] in ROMAN_SURNAMES and all(is_pinyin_word(x) for x in w)


def _chinese_context(found: list[Mention]) -> bool:
    """The article names a Chinese person in pinyin ("Sun Lixin"): lone pinyin words are then read as
    Chinese names of places and companies rather than as Western names."""
    for m in found:
        w = _words(m.surface)
        if m.label == PERSON and len(w) >= 2 and w[0] in ROMAN_SURNAMES and all(is_pinyin_word(x) for x in w[1:]):
            return True
    return False


def _drop_places(a: Article, units, found: list[Mention]) -> list[Mention]:
    """Lone Latin words the article shows to be places, cities, countries and states of the world places list that
    it writes as places ("in Manzanillo", "Minas Gerais state") and only the model calls names, and lone pinyin
    words that name nobody."""
    if not ent_mod._on("places"):
        return found
    text = a.clean
    singles = {normalize(m.surface) for m in found if " " not in m.surface.strip() and not CJK_RE.search(m.surface)}
    if not any(not CJK_RE.search(m.surface) for m in found):
        return found
    firsts: dict[str, set[str]] = {}
    for m in found:
        w = _words(m.surface)
        if m.label == ORG and len(w) >= 2 and not CJK_RE.search(m.surface):
            firsts.setdefault(w[0], set()).add(" ".join(w))
    places = set()
    for w in singles:
        if len(firsts.get(w, ())) >= 2:
            places.add(w)
        elif re.search(rf"(?i)\b{re.escape(w)}{_PLACE_WORDS.pattern}", text):
            places.add(w)
    full_names = [_words(m.surface) for m in found if m.label == PERSON and len(_words(m.surface)) >= 2]
    chinese_context = _chinese_context(found)
    person_words = {x for n in full_names for x in n}
    common = {w for w in singles if w.isalpha() and re.search(rf"(?<![\w.@/-]){re.escape(w)}(?![\w@/-]|\.\w)", text)}
    by_rule = {normalize(m.surface) for m in found if m.source not in ("model", "propagated")}
    # one word that only the model calls a person, everywhere it stands (a city of the world list: "Bari", "Enugu")
    model_persons = {n for n in singles if all(m.label == PERSON for m in found if normalize(m.surface) == n)}
    orgs = [normalize(m.surface) for m in found if m.label == ORG]
    places |= {n for n in {normalize(m.surface) for m in found if not CJK_RE.search(m.surface)}
               if n not in by_rule and n not in person_words
               and (fold_accents(n) in world_places() or fold_accents(n).replace(" ", "") in world_places())  # Hai Phong
               and (_told_as_place(text, n) or _beside_places(text, n)
                    or " " in n and any(o.startswith(n + " ") for o in orgs)  # "Da Nang" beside "Da Nang Department of …"
                    or n in singles and n in model_persons and not _acts_as_person(text, n))}
    # a name the list does not know, that only the model calls a person, each time after "to", "from", "via" and
    # beside a place of the list: "a service from X to Jebel Ali and Dammam"
    model_only = {normalize(m.surface) for m in found if m.label == PERSON and not CJK_RE.search(m.surface)} - by_rule
    places |= {n for n in model_only if n not in places and _beside_places(text, n) and all(
        _ROUTE_BEFORE.search(text, max(0, m.cstart - 12), m.cstart) for m in found if normalize(m.surface) == n)}
    out = []
    for m in found:
        n = normalize(m.surface)
        if n in places and m.source in ("model", "propagated", "suffix", "institution"):
            continue
        if m.label == ORG and m.source == "model" and n in common and m.surface[:1].isupper() \
                and m.surface[1:].islower():
            continue  # "Nitrosamine contamination …" where the article also writes "a nitrosamine impurity"
        if m.label == PERSON and n in singles and chinese_context and n not in ROMAN_SURNAMES \
                and n not in person_words and m.source in ("model", "propagated"):
            continue  # "Lianhua", "Salmonella": one word that names no person of the article
        out.append(m)
    return out


def _acts_as_person(text: str, name: str) -> bool:
    """Somewhere the article gives `name` a form of address or a title, or makes it say something."""
    w = re.escape(name)
    return bool(re.search(rf"(?i)\b(?:mr|ms|mrs|dr|prof|sir|dame|lord|lady)\.?\s+{w}\b|"
                          rf"{w}(?:\s+(?:said|says|told|added|noted|explained|warned|believes|expects|thinks|wrote|"
                          rf"was|is|has|had|who)\b|,\s+(?:who|a|an|the)\s)|"
                          rf"\b(?:said|says|told|according to)\s+{w}\b", text))


def _told_as_place(text: str, name: str) -> bool:
    """The article writes `name` (a city or country of the world places list) as a place somewhere: after "in",
    "near", "outside", "around", "across", "throughout", or as a dateline ("MONTERREY, June 3")."""
    w = re.escape(name)
    return bool(re.search(rf"\b(?i:in|near|outside|around|across|throughout)\s+(?:the\s+)?(?i:{w})\b(?!\s+[A-Z])", text)
                # "a plant at Hosur, Tamil Nadu", "plants in Maharashtra and Tamil Nadu", "Minas Gerais state"
                or re.search(rf"\b(?i:in|at|near)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?(?:,|\s+and)\s+(?i:{w})\b"
                             rf"(?!\s+[A-Z])", text)
                or re.search(rf"(?i:{w})\s+(?:state|province|region|prefecture)\b", text)
                or _listed_with_places(text, name)
                or re.search(rf"(?m)^\s*{re.escape(name.upper())}\s*(?:,|\(|[-—–])", text))


_PLACE_LIST = re.compile(r"((?:[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?, )+[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?),? and "
                         r"([A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?)")


_ROUTE_BEFORE = re.compile(r"\b(?:to|from|via|between|through)\s+$")


def _beside_places(text: str, name: str) -> bool:
    """"linking Gdansk, Klaipeda and the Swedish port of …", "from Tumut and Gundagai": `name` in a series
    beside another name of the world places list."""
    w = re.escape(name)
    for m in re.finditer(rf"(?i)(?<![\w-]){w}(?![\w-])", text):
        before = re.search(r"((?:[A-Z][^\W\d_]+ ){0,3}[A-Z][^\W\d_]+)(?:,| and| or) $", text[max(0, m.start() - 40):m.start()])
        after = re.match(r"(?:,| and| or) ([A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+){0,3})", text[m.end():m.end() + 40])
        words = [x.group(1).split() if x else [] for x in (before, after)]  # (Ho Chi Minh City: four words)
        if any(fold_accents(normalize(" ".join(words[0][k:]))) in world_places() for k in range(len(words[0]))) or \
                any(fold_accents(normalize(" ".join(words[1][:k]))) in world_places() for k in range(1, len(words[1]) + 1)):
            return True
    return False


def _listed_with_places(text: str, name: str) -> bool:
    """"highways linking Querétaro, Guanajuato and Jalisco": `name` in a list whose other items are places."""
    for m in _PLACE_LIST.finditer(text):
        items = [normalize(x) for x in m.group(1).split(", ")] + [normalize(m.group(2))]
        others = [x for x in items if x != name]
        if name in items and len(others) >= 2 and all(fold_accents(x) in world_places() for x in others):
            return True
    return False


@functools.lru_cache(maxsize=1 << 13)
def _surface_re(surface: str) -> re.Pattern:
    return re.compile(rf"(?<![\w&]){re.escape(surface)}(?![\w&])")


def _occurrences(text: str, surface: str, units):
    """(start, end) of each occurrence of `surface` inside a unit, whole words unless it is Chinese (no word
    bounds there): a plain search, with no regex compiled per name."""
    whole = not CJK_RE.search(surface)
    n = len(surface)
    for start, end, _lang, _p in units:
        i = text.find(surface, start, end)
        while i >= 0:
            j = i + n
            if whole and (i > 0 and _WORD_CHAR.match(text, i - 1) or j < end and _WORD_CHAR.match(text, j)):
                i = text.find(surface, i + 1, end)
                continue
            yield i, j
            i = text.find(surface, j, end)


_WORD_CHAR = re.compile(r"[\w&]")


def _propagate(a: Article, units, found: list[Mention]) -> list[Mention]:
    """Every other occurrence of a name already found is a mention too (document-level consistency)."""
    taken = bytearray(len(a.clean) + 1)  # 1 where a mention already stands: linear, not pairwise
    for m in found:
        taken[m.cstart:m.cend] = b"\x01" * (m.cend - m.cstart)
    surfaces = {}
    for m in found:
        if len(m.surface) >= (2 if CJK_RE.search(m.surface) else 3):
            surfaces.setdefault(m.surface, m.label)
    extra: list[Mention] = []
    for surface, label in sorted(surfaces.items(), key=lambda kv: -len(kv[0])):
        for ms, me in _occurrences(a.clean, surface, units):
            if any(taken[ms:me]):
                continue
            taken[ms:me] = b"\x01" * (me - ms)
            extra.append(_mention(a, ms, me, label, "propagated"))
    for word in _short_names(a.clean, found):  # "Zhejiang Geely Holding Group …. Geely also plans …"
        # (a Latin name in Chinese text stands next to characters: "Solvento在其官网…")
        rx = re.compile(rf"(?<![^\W\u4e00-\u9fff]|[&.-]){re.escape(word)}(?![^\W\u4e00-\u9fff]|[&-]|\s+[A-Z]|\.\w)")
        for s, e, _lang, _p in units:
            for m in rx.finditer(a.clean, s, e):
                if not any(taken[m.start():m.end()]):
                    taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
                    extra.append(_mention(a, m.start(), m.end(), ORG, "propagated"))
    return extra


_NAME_HEAD_WORDS = frozenset(w.lower() for x in (*ent_mod._COMPANY_HEADS, *ent_mod._INSTITUTION_HEADS)
                             for w in re.findall(r"[A-Za-z]+", x))


def _short_names(text: str, found: list[Mention]) -> set[str]:
    """The one distinctive word of an English organization name ("Geely" in "Zhejiang Geely Holding Group"):
    not a place, a trade word or a head word, never written in lower case, no part of a person's name."""
    person_words = {w for m in found if m.label == PERSON for w in _words(m.surface)}
    out: dict[str, set[str]] = {}
    for m in found:
        if m.label != ORG or CJK_RE.search(m.surface):
            continue
        words = re.findall(r"[A-Za-z][\w'’-]*", m.surface)
        if len(words) < 2 or not (_COMPANY_NAME.search(m.surface) or _LEGAL_END.search(m.surface)):
            continue
        distinct = [w for w in words if w[:1].isupper() and w.isalpha() and len(w) >= 4 and not w.isupper()
                    and w.lower() not in ent_mod.PLACES_EN and w.lower() not in _TRADE_WORDS
                    and w.lower() not in _NAME_HEAD_WORDS and w.lower() not in person_words]
        if len(distinct) == 1 or distinct and distinct[0] == words[0] and _LEGAL_END.search(m.surface) \
                and not is_pinyin_word(distinct[0]):
            # ("Solvento Energia SA": the first word of a firm's legal name, where the other is no trade word we know)
            out.setdefault(distinct[0], set()).add(normalize(m.surface))
    firsts: dict[str, int] = {}
    for m in found:
        w = _words(m.surface)
        if m.label == ORG and len(w) >= 2:
            firsts[w[0]] = firsts.get(w[0], 0) + 1
    return {w for w, owners in out.items() if len(owners) == 1 and firsts.get(w.lower(), 0) < 2
            and not re.search(rf"(?<![\w-]){re.escape(w.lower())}(?![\w-])", text)
            and not re.search(rf"\b{re.escape(w)}{_PLACE_WORDS.pattern}", text)}


# a continental firm's legal form (a Chinese subsidiary's "X (Taicang) Co., Ltd." shares its parent's first word)
_LEGAL_END = re.compile(r"\b(?:S\.?A|S\.?p\.?A|GmbH|AG|N\.?V|B\.?V|Ltda|S\.?L|S\.?R\.?L|Oy|AB|AS|ASA|SE|KG)\.?$")
_COMPANY_NAME = re.compile(rf"\b(?:{'|'.join(ent_mod._COMPANY_HEADS)})(?:\W|$)")
