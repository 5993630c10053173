"""Claims: statements the article attributes to a source, and forward-looking statements in its own voice.

Each language has its extractor (`claims_en`, `claims_zh`); both work on one analysis unit (a
paragraph) at a time and follow the same order:

1. attribution frames: a cue (a reporting verb or noun, "according to", 据…介绍, 表示) with its
   source and its content, which is either indirect speech or a direct quote next to the cue;
2. direct quotes that no frame took ("…," she said. "…") become claims of the nearest frame's
   source: the frame just after in the same sentence, else the nearest before in the paragraph,
   else (`orphan`) the last of the previous paragraph or a source that claims it from the next
   (`points`: "阮博文这样评价。", "Lu Haoming, chief economist:");
3. the article's own forward-looking sentences that no claim covers (a Chinese headline piece by
   piece: "经济学家：明年仍有降息空间" is a claim of its source).

Content is trimmed of cue words and quote marks, cut before a quote that follows it, and split
where a new statement starts: at a conjunction that opens a clause whose forecast status differs
or that has its own cue (", and that…", "and expects…", 预计…/并将…); a quote only where its
sentences turn from the present to the future or back.

Sources become entity references later, in `attribution.resolve_speaker`.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace

from .horizon import find_horizon

_CLOSE_OF = {"“": "”", "「": "」", "『": "』", "\"": "\""}
_STRIP_EN = " \n\t\u3000,;:—–-，；：" + "\"“”‘’'"
_STRIP_ZH = " \n\t\u3000，,：:；;、" + "\"“”「」『』"


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
    head: tuple[int, int] | None = None  # the source's head word ("manager" in "the general manager of X")
    orphan: bool = False  # a quote with no frame in its paragraph: the previous paragraph's speaker said it
    points: int = 0  # a source with no content of its own: +1 it introduces the quote after it ("Lu Haoming,
    # chief economist:"), -1 it claims the quote before it (“……” 阮博文这样评价。); start == end then
    answer: bool = False  # an interview's answer with no name before it ("A: …", 答：…): the interviewee said it


# where an interview's exchanges start: a question or answer mark (Q:, A:, 问：, 答：) opening a line, or 记者： before
# a question (记者：某某某 on its own is a byline)
_QUESTION_WORDS, _ANSWER_WORDS = "Q|Question|问|主持人|Ｑ", "A|Answer|答|Ａ"
QUESTION_MARKS, ANSWER_MARKS = f"(?:{_QUESTION_WORDS})", f"(?:{_ANSWER_WORDS})"
INTERVIEW_EXCHANGE = re.compile(r"(?m)^[ \t]*(?:(?:" + _QUESTION_WORDS + "|" + _ANSWER_WORDS + r")[ \t]*[:：]|"
                                r"记者[ \t]*[:：][^\n]*[？?][ \t]*$)")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted passage: marks at ``open`` and ``close`` (``close == end`` when unclosed)."""

    open: int
    close: int
    start: int  # inner text
    end: int
    speech: bool  # reads as reported speech rather than a name or a scare quote


def with_plain_quotes(p):
    """The parse with each HTML-escaped quote mark of a scraped text (``&quot;``) read as a quote mark
    and five spaces, so that offsets stay those of the text."""
    if "&quot;" not in p.text:
        return p
    return replace(p, text=p.text.replace("&quot;", "\"     "))


def find_quotes(text: str, lang: str) -> list[Quote]:
    """Top-level quoted passages of a paragraph. An unclosed quote runs to the paragraph's end
    (news style for a quote that continues in the next paragraph)."""
    out: list[Quote] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "'" and text.startswith("''", i) and lang != "zh":  # ''…'' (two apostrophes, NYT style)
            j = text.find("''", i + 2)
            end = j if j != -1 else len(text.rstrip())
            out.append(_quote(text, i + 1, end + 1 if j != -1 else end, end, lang, mark_start=i))
            i = (j + 2) if j != -1 else n
            continue
        if ch not in _CLOSE_OF:
            i += 1
            continue
        close_ch = _CLOSE_OF[ch]
        j = text.find(close_ch, i + 1)
        if ch == "“":
            nxt = text.find("“", i + 1)
            if nxt != -1 and (j == -1 or nxt < j):  # a new quote opens first: this one is unclosed
                j = -1
                end = nxt
                while end > i and text[end - 1] in " \n\t\u3000":
                    end -= 1
                out.append(_quote(text, i, end, end, lang))
                i = nxt
                continue
        if j == -1:
            end = len(text.rstrip())
            out.append(_quote(text, i, end, end, lang))
            break
        out.append(_quote(text, i, j, j, lang))
        i = j + 1
    return [q for q in out if q.end > q.start]


_SPEECH_BEFORE_EN = re.compile(r"(?i)(?:^|[.!?:;,(—–\-：，。；！？]|\b(?:said|says|say|told|tells|added|adds|wrote|writes|asked|"
                               r"stated|declared|insisted|explained|replied|noted|warned|continued|saying|adding|"
                               r"reporters|and|but|remark(?:ed|s)|comment(?:ed|s)|announc(?:ed|es)|stress(?:ed|es)|"
                               r"argu(?:ed|es)|admit(?:ted|s)|acknowledged|confirm(?:ed|s)|recall(?:ed|s)|"
                               r"(?:jok|quipp|tweet|post|conclud|respond|answer|reiterat|emphasi[sz]|caution|"
                               r"predict|promis|vow|pledg|urg|conced|testifi|boast|complain|observ|mention|"
                               r"shout|exclaim|whisper|scream|cri)(?:ed|d)))\s*$")
# a translation or gloss of words just quoted: "…, which means roughly “…”"
_GLOSS_BEFORE = re.compile(r"(?i)\b(?:means?|meaning|translates?(?: as)?|translated(?: as)?|roughly|literally|"
                           r"known as|called|dubbed|nicknamed)[\s,:]*$")
_SPEECH_AFTER_EN = re.compile(r"^\s*(?:$|[,.;:!?)—–-])")


def _quote(text: str, o: int, c: int, end: int, lang: str, mark_start: int | None = None) -> Quote:
    s, e = o + 1, end
    o_before = o if mark_start is None else mark_start
    inner = text[s:e]
    if lang == "zh":
        cjk = sum(1 for ch in inner if "\u4e00" <= ch <= "\u9fff")
        long_enough = cjk >= 6 or len(inner.split()) >= 5
        before = text[:o].rstrip(" \u3000\t")
        ok_before = (not before or before[-1] in "\n。！？：:，,；;…】）)—" or
                     re.search(r"[A-Za-z][.!?]$", before) or  # "……，" she said. "……"
                     re.search(r"(?:说|道|表示|称|问|介绍|强调|坦言|透露|指出|感叹|直言|笑称|告诉记者)$", before)) and \
            not re.search(r"(?:简称|下称|以下称|统称|俗称|又称|人称|号称|称为|称作|名为|叫做|誉为|并称)$", before)
        # (以下简称“东川市贸促会”: a name given, not words said)
        after = text[c + 1:c + 2]
        ok_after = c >= len(text) or after in ("", "。", "，", "！", "？", "；", "：", ",", ".", "!", "?", "\n", " ") or \
            inner.rstrip()[-1:] in "。！？，,.!?…" or _cue_follows_zh(text, c + 1)
    else:
        long_enough = len(inner.split()) + sum(1 for ch in inner if "\u4e00" <= ch <= "\u9fff") // 2 >= 4
        ok_before = bool(_SPEECH_BEFORE_EN.search(text[:o_before])) and not _GLOSS_BEFORE.search(text[:o_before])
        ok_after = c >= len(text) or inner.rstrip()[-1:] in ",.!?…，。！？" or bool(_SPEECH_AFTER_EN.match(text[c + 1:]))
    return Quote(o, c, s, e, bool(long_enough and ok_before and ok_after))


def _cue_follows_zh(text: str, pos: int) -> bool:
    return bool(re.match(r"[^。！？，“”]{0,40}?(?:说|表示|称|介绍|强调|坦言|透露|指出|形容)", text[pos:pos + 45]))


def trim(text: str, s: int, e: int, lang: str) -> tuple[int, int]:
    """Strip punctuation, quote marks and a leading "that" from a content span."""
    strip = (_STRIP_EN + ".。！？") if lang == "en" else (_STRIP_ZH + "。！？!?")
    for _ in range(3):
        while s < e and text[s] in strip:
            s += 1
        while e > s and text[e - 1] in strip:
            e -= 1
        if lang != "en" and e > s and text[e - 1] == "." and \
                len(re.findall(r"[A-Za-z]+", text[s:e])) > len(re.findall(r"[\u4e00-\u9fff]", text[s:e])):
            e -= 1  # an English sentence quoted in a Chinese paragraph ends with its full stop
        if lang == "en":
            m = re.match(r"(?i)(?:that|:)[\s,]+", text[s:e])
            if m:
                s += m.end()
            while e > s and text[e - 1] == "." and not re.search(r"\b[A-Z][a-z]?\.$|\d\.$", text[s:e]):
                e -= 1
        # a closing quote mark with no opening one inside the span belongs outside it
        inner = text[s:e]
        if inner.count("\"") % 2 == 1 and inner.endswith("\""):
            e -= 1
    return s, e


def make_claim_id(doc_id: str, start: int, end: int) -> str:
    return "C" + hashlib.sha1(f"{doc_id}:{start}:{end}".encode()).hexdigest()[:12]


_ZH_UNNAMED = re.compile(r"业内人士|业内专家|业内|分析人士|知情人士|有关人士|相关人士|消息人士|市场人士|接近.{0,8}的人士|"
                         r"^某|^一位|^一名|专家|分析师|记者|投资者|网友|居民|村民|消费者|员工|工人|不愿(?:意)?(?:透露姓名|具名|署名)|匿名")
_EN_UNNAMED = re.compile(
    r"(?i)^(?:(?:some|many|most|several|other|others|a|an|one|two|three|few|local|industry|market|senior|"
    r"government|company|the|city|municipal|provincial|county|state|central|federal|chinese|foreign|western|"
    r"\w+-based|independent|leading|top|private|u\.s\.|us)\s+)*(?:of\s+the\s+)?"
    r"(?:analysts?|experts?|insiders?|observers?|sources?|reporters?|people|persons?|residents|officials?|"
    r"economists?|traders?|investors?|practitioners?|insiders|critics|executives?|employees?|workers?|farmers?|"
    r"owners?|buyers?|sellers?|merchants?|customers?|consumers?|participants?|respondents?|"
    r"authorities|government|data|statistics|figures|the plan|the report|the document|the survey|the study|"
    r"the notice|the statement|the filing|the website|the announcement|the financial report)\b")


_ANONYMOUS = re.compile(r"(?i)\b(?:did not want to be (?:named|identified)|declined to be (?:named|identified)|"
                        r"asked not to be (?:named|identified)|(?:on|under) condition of anonymity|close to the|"
                        r"familiar with)\b|不愿(?:意)?(?:透露姓名|具名|署名|公开姓名)|未具名|匿名")


def is_anonymous(text: str) -> bool:
    """A source that withholds its name: "a person close to the company", "who asked not to be named"."""
    return bool(_ANONYMOUS.search(text))


def is_unnamed_source(text: str) -> bool:
    """A source that names nobody: analysts, 业内人士, a document, a person "who did not want to be named"."""
    t = text.strip()
    return bool(_ZH_UNNAMED.search(t) or _EN_UNNAMED.match(t) or is_anonymous(t))


_ONLY_A_FRAME = re.compile(r"(?i)\s*it\s+is\s+(?:\w+\s+){1,2}that[\s,]*")


def content_claim(text: str, s: int, e: int, lang: str, cue: str | None, cue_pos: int,
                  source: tuple[int, int] | None, head: tuple[int, int] | None, forecast) -> RawClaim | None:
    """A RawClaim for a trimmed content span, or None when too short. ``forecast(text) -> bool``."""
    s, e = trim(text, s, e, lang)
    if e <= s or _ONLY_A_FRAME.fullmatch(text[s:e]):
        return None  # ("It is reported that", with nothing of what was reported)
    content = text[s:e]
    src_text = text[source[0]:source[1]].strip(" ,，") if source else None
    return RawClaim(s, e, cue, cue_pos, source, src_text or None, forecast(content),
                    find_horizon(content, lang), head)


def long_enough(text: str, lang: str, cfg) -> bool:
    if lang == "zh":
        cjk, words = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff"), len(re.findall(r"[A-Za-z0-9]+", text))
        if words > cjk:  # an English quote in a Chinese paragraph: counted as English
            return words >= cfg.min_words_en
        return cjk + words >= cfg.min_chars_zh
    return len(text.split()) + sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff") // 2 >= cfg.min_words_en
