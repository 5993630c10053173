"""Name normalization: the keys that merge an entity's variants, within an article and across languages."""
from __future__ import annotations

import functools
import html
import re
import unicodedata

from .lang import words_en, words_zh

CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_SPACE_RE = re.compile(r"\s+")
_EDGE_PUNCT = " \t\n\"'“”‘’「」『』《》()（）[]【】,，.。:：;；!！?？、-—_*"

# Surnames with a reading that differs from the character's most common one, and two-character surnames.
SURNAME_PINYIN = {
    "曾": "zeng", "单": "shan", "仇": "qiu", "区": "ou", "解": "xie", "查": "zha", "朴": "piao", "盖": "ge",
    "乐": "yue", "覃": "qin", "缪": "miao", "翟": "zhai", "员": "yun", "折": "she", "宿": "su", "秘": "bi",
    "召": "shao", "冼": "xian", "尉": "yu", "种": "chong", "重": "chong", "柏": "bai", "藏": "zang", "燕": "yan",
    "任": "ren", "华": "hua", "纪": "ji", "沈": "shen", "长": "chang", "蕃": "pi", "句": "gou", "黑": "he",
    "能": "nai", "繁": "po", "过": "guo", "那": "na", "相": "xiang", "應": "ying", "参": "can", "车": "che",
    "都": "du", "贾": "jia", "薄": "bo", "隽": "juan", "阚": "kan", "卜": "bu", "便": "pian", "칠": "",
    "欧阳": "ouyang", "司马": "sima", "诸葛": "zhuge", "上官": "shangguan", "东方": "dongfang", "皇甫": "huangfu",
    "尉迟": "yuchi", "公孙": "gongsun", "慕容": "murong", "长孙": "zhangsun", "宇文": "yuwen", "司徒": "situ",
    "夏侯": "xiahou", "令狐": "linghu", "万俟": "moqi", "澹台": "tantai", "西门": "ximen", "南宫": "nangong",
    "独孤": "dugu", "端木": "duanmu", "轩辕": "xuanyuan", "钟离": "zhongli", "呼延": "huyan", "闻人": "wenren",
}
DOUBLE_SURNAMES = tuple(k for k in SURNAME_PINYIN if len(k) == 2)


def normalize(text: str) -> str:
    """LABELS.md normalization: entities decoded, NFKC, case fold, spaces collapsed (removed between
    Chinese characters), surrounding punctuation and a leading "the" stripped."""
    text = html.unescape(html.unescape(text))
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _SPACE_RE.sub(" ", text).strip()
    text = re.sub(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", "", text)
    text = text.strip(_EDGE_PUNCT)
    text = re.sub(r"^the\s+", "", text)
    return text.strip(_EDGE_PUNCT)


def split_chinese_name(name: str) -> tuple[str, str]:
    if name[:2] in DOUBLE_SURNAMES:
        return name[:2], name[2:]
    return name[:1], name[1:]


@functools.lru_cache(maxsize=4096)
def chinese_name_pinyin(name: str) -> str:
    """谢育芳 -> 'xie yufang' (surname table first: 曾 is Zeng)."""
    from pypinyin import Style, lazy_pinyin

    surname, given = split_chinese_name(name)
    sp = SURNAME_PINYIN.get(surname) or "".join(lazy_pinyin(surname, style=Style.NORMAL))
    gp = "".join(lazy_pinyin(given, style=Style.NORMAL))
    return f"{sp} {gp}".strip()


_ORG_SUFFIX_EN = sorted((s.lower() for s in words_en.ORG_SUFFIXES), key=len, reverse=True)
_ORG_SUFFIX_ZH = sorted(words_zh.ORG_SUFFIXES, key=len, reverse=True)
_STRIP_EN = tuple(s for s in _ORG_SUFFIX_EN if s in {
    "co., ltd.", "co.,ltd.", "co. ltd.", "co., ltd", "co.,ltd", "co. ltd", "company limited", "co.", "ltd.", "ltd",
    "limited", "inc.", "inc", "corp.", "corp", "corporation", "company", "group", "holdings", "holding", "llc",
    "l.l.c.", "plc", "gmbh", "ag", "s.a.", "n.v.", "pte", "pty", "llp", "lp"})
_STRIP_ZH = ("股份有限公司", "有限责任公司", "有限公司", "集团公司", "控股集团", "集团", "股份", "公司", "控股")


def org_key(name: str) -> str:
    """'Juyi Group Co., Ltd.' -> 'juyi'; '巨一集团有限公司' -> '巨一'. Legal-form suffixes only."""
    key = normalize(name)
    for _ in range(4):
        before = key
        for suf in _STRIP_EN:
            if key.endswith(" " + suf) or key.endswith("," + suf) or key.endswith(", " + suf):
                key = key[: -len(suf)].rstrip(" ,")
        for suf in _STRIP_ZH:
            if key.endswith(suf) and len(key) > len(suf) + 1:
                key = key[: -len(suf)]
        if key == before:
            break
    return key or normalize(name)


def person_key(name: str) -> str:
    """A key equal for 谢育芳, 'Xie Yufang' and 'Yufang Xie'."""
    n = normalize(name)
    if CJK_RE.search(n):
        n = chinese_name_pinyin(n.replace(" ", "").replace("·", ""))
    n = re.sub(r"[-'’.]", "", n)
    return " ".join(sorted(n.split()))


def entity_key(label: str, name: str) -> str:
    return person_key(name) if label == "PERSON" else org_key(name)


def acronym(name: str) -> str:
    words = [w for w in re.findall(r"[A-Za-z][\w&'-]*", name) if w.lower() not in {"of", "and", "the", "for", "&"}]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""
