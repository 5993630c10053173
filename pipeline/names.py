"""Name normalization: the keys that merge an entity's variants, within an article and across languages."""
from __future__ import annotations

import functools
import html
import re
import unicodedata
from pathlib import Path

from .lang import words_en, words_zh

CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_SPACE_RE = re.compile(r"\s+")
_EDGE_PUNCT = " \t\n\"'“”‘’「」『』《》()（）[]【】,，.。:：;；!！?？、-—_*"

# Surnames with a reading that differs from the character's most common one, and two-character surnames.
SURNAME_PINYIN = {
    "曾": "zeng", "单": "shan", "仇": "qiu", "区": "ou", "解": "xie", "查": "zha", "朴": "piao", "盖": "ge",
    "乐": "yue", "覃": "qin", "缪": "miao", "翟": "zhai", "员": "yun", "折": "she", "宿": "su", "秘": "bi",
    "召": "shao", "冼": "xian", "尉": "yu", "蔚": "yu", "种": "chong", "重": "chong", "柏": "bai", "藏": "zang", "燕": "yan",
    "任": "ren", "华": "hua", "纪": "ji", "沈": "shen", "长": "chang", "蕃": "pi", "句": "gou", "黑": "he",
    "能": "nai", "繁": "po", "过": "guo", "那": "na", "相": "xiang", "應": "ying", "参": "can", "车": "che",
    "都": "du", "贾": "jia", "薄": "bo", "隽": "juan", "阚": "kan", "卜": "bu", "便": "pian", "칠": "",
    "欧阳": "ouyang", "司马": "sima", "诸葛": "zhuge", "上官": "shangguan", "东方": "dongfang", "皇甫": "huangfu",
    "尉迟": "yuchi", "公孙": "gongsun", "慕容": "murong", "长孙": "zhangsun", "宇文": "yuwen", "司徒": "situ",
    "夏侯": "xiahou", "令狐": "linghu", "万俟": "moqi", "澹台": "tantai", "西门": "ximen", "南宫": "nangong",
    "独孤": "dugu", "端木": "duanmu", "轩辕": "xuanyuan", "钟离": "zhongli", "呼延": "huyan", "闻人": "wenren",
}
DOUBLE_SURNAMES = tuple(k for k in SURNAME_PINYIN if len(k) == 2)
# Common Chinese surnames as romanized in English news (pinyin, and Cantonese/Taiwanese spellings).
ROMAN_SURNAMES = frozenset("""
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han
feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng wei su lu ding ren shen yao zhong jin cui
tan fan qiu fang shi xiong meng qin yan xue hou lei bai long duan hao kong shao mao chang wan gu lai kang yi qian
niu hong gong wen zou lyu lv xing qi mo ou ni tao ke gan ji bao zhan an mi yin shu geng guan lan bi hua rao jia
ning tong tu zhuo ling le lian fu ai ge ban ruan yue mu jing pu chi zhai sheng nie liao weng zhuang che dai
chan wong lee cheung ho lam ng tsang lau leung yeung kwok chow tse chiu hui ip kwan lo mak siu tsui yip yuen tsai
hsu chou kuo teo goh ong tay koh lim
""".split())

# Common Chinese surname characters (the first character of most Chinese names).
ZH_SURNAME_CHARS = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟"
    "谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛"
    "邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝"
    "路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂"
    "全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕"
    "楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈"
    "晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶"
    "斯元束檀衣信展阴昝智幸奉植衡富尧闭由")



@functools.lru_cache(maxsize=1)
def _pinyin_syllables() -> frozenset[str]:
    """Every toneless pinyin syllable (ü as v), from pypinyin's dictionary."""
    from pypinyin.pinyin_dict import pinyin_dict

    out = set()
    for readings in pinyin_dict.values():
        for r in readings.split(","):
            r = unicodedata.normalize("NFKD", r.replace("ü", "v")).encode("ascii", "ignore").decode()
            if r.isalpha() and len(r) <= 6 and r not in ("m", "n", "ng", "hm", "hng", "ng"):
                out.add(r)
    return frozenset(out)


@functools.lru_cache(maxsize=1 << 16)  # pure; called for every mention, many times
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


# particles of a surname in Latin script ("Klaus von Hallberg", "Ana de la Cruz", "Ahmad bin Ali")
NAME_PARTICLES = ("van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "dos", "das", "le", "la", "bin",
                  "binti", "bint", "ibn", "al", "el", "ter", "ten", "ap",
                  # Irish and Māori particles, written capitalised (Pádraig Ó Muircheartaigh, Siobhán Ní Bhriain)
                  "Ó", "Ní", "Nic", "Ua", "Mac", "Te")


def fold_accents(text: str) -> str:
    """'İskenderun' -> 'iskenderun', 'Łódź' -> 'lodz': lower case, accents dropped (the world places list's form)."""
    text = text.lower().replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1)
def world_places() -> frozenset[str]:
    """Cities of 50,000 people or more and countries (pipeline/data/world_places.txt, from GeoNames)."""
    path = Path(__file__).with_name("data") / "world_places.txt"
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


def is_pinyin_word(word: str, max_syllables: int = 3) -> bool:
    """'Jinyue', 'Zhaolin', "Xi'an": one to three pinyin syllables (tone marks and apostrophes dropped);
    'Kori', 'Melania' and 'Valve' are not."""
    w = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower().replace("'", "")
    if len(w) < 2 or not w.isalpha():
        return False
    syllables = _pinyin_syllables()

    @functools.lru_cache(maxsize=None)
    def fits(i: int, left: int) -> bool:
        if i == len(w):
            return True
        return left > 0 and any(w[i:j] in syllables and fits(j, left - 1) for j in range(i + 1, min(len(w), i + 6) + 1))

    return fits(0, max_syllables)


def split_chinese_name(name: str) -> tuple[str, str]:
    if name[:2] in DOUBLE_SURNAMES:
        return name[:2], name[2:]
    return name[:1], name[1:]


@functools.lru_cache(maxsize=4096)
def chinese_name_pinyin(name: str) -> str:
    """孙立新 -> 'sun lixin' (surname table first: 曾 is Zeng)."""
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
    "l.l.c.", "plc", "incorporated", "gmbh", "ag", "s.a.", "n.v.", "pte", "pty", "llp", "lp"})
_STRIP_ZH = ("股份有限公司", "有限责任公司", "有限公司", "集团公司", "控股集团", "集团", "股份", "公司", "控股")


@functools.lru_cache(maxsize=1 << 14)
def org_key(name: str) -> str:
    """'Tianmu Group Co., Ltd.' -> 'tianmu'; '天目集团有限公司' -> '天目'. Legal-form suffixes only."""
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


@functools.lru_cache(maxsize=1 << 14)
def person_key(name: str) -> str:
    """A key equal for 孙立新, 'Sun Lixin' and 'Lixin Sun'."""
    n = normalize(name)
    if CJK_RE.search(n):
        n = chinese_name_pinyin(n.replace(" ", "").replace("·", ""))
    n = re.sub(r"[-'’.]", "", n)
    toks = n.split()
    if len(toks) == 3 and toks[0] in ROMAN_SURNAMES and all(is_pinyin_word(t, 1) for t in toks):
        toks = [toks[0], toks[1] + toks[2]]  # "Zheng Li Yun" is "Zheng Liyun": a given name written syllable by syllable
    return " ".join(sorted(toks))


def entity_key(label: str, name: str) -> str:
    return person_key(name) if label == "PERSON" else org_key(name)


def acronym(name: str) -> str:
    words = [w for w in re.findall(r"[A-Za-z][\w&'-]*", name) if w.lower() not in {"of", "and", "the", "for", "&"}]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


_CJK_BASIC = re.compile("[\u4e00-\u9fff]")


@functools.lru_cache(maxsize=2)
def _t2s_table(particle: bool = False) -> dict[int, str]:
    """OpenCC's traditional-to-simplified characters (its TSCharacters dictionary, first reading), one character
    for one, basic CJK block only; empty without the package (traditional text is then read as it is).
    ``particle``: 著 read as 着 too, as Hong Kong / Taiwan text mostly uses it (隨著, 接著), for the cue rules."""
    try:
        import opencc
    except ImportError:  # pragma: no cover - a core dependency
        return {}
    from pathlib import Path

    table = {}
    for line in (Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt").read_text("utf-8").splitlines():
        trad, _, readings = line.partition("\t")
        simp = readings.split(" ")[0]
        if len(trad) == len(simp) == 1 and trad != simp and _CJK_BASIC.match(trad):
            table[ord(trad)] = simp
    if particle and table:
        table[ord("著")] = "着"
    return table


def simplified_chars(text: str) -> str:
    """Every traditional character of the text in its simplified form (著 as 着); same length, so offsets hold."""
    return text.translate(_t2s_table(particle=True))


def to_simplified(text: str) -> str:
    """Traditional Chinese text (Hong Kong, Taiwan) written in simplified characters, character for character, so
    offsets stay the same; the Chinese model and word lists know simplified. Text that reads as simplified already
    (a few characters the converter would change, 乾坤, are no reason) comes back unchanged."""
    out = text.translate(_t2s_table())
    if out == text:
        return text
    changed = sum(a != b for a, b in zip(text, out))
    return out if changed >= 2 and changed >= 0.05 * len(_CJK_BASIC.findall(text)) else text


def surname_before_hyphenated_given(tokens: list[str]) -> str | None:
    """"Annie Leong Mei-ling": the surname of a name whose given name is two hyphenated syllables comes right
    before it (Cantonese order after an English name); None for other names."""
    if len(tokens) >= 3 and re.fullmatch(r"[a-z]+-[a-z]+", tokens[-1]):
        return tokens[-2]
    return None
