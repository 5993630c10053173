"""Claims of an article with raw offsets, and their sources resolved to entities.

`extract_claims` runs the language's claim extractor on every analysis unit, maps spans to raw
offsets, normalizes horizons against the article's date, and resolves each source to an entity
with `resolve_speaker`, remembering who said what so far (a later "he", "the chairman" or 该公司
refers back to it). A quote with no source in its paragraph takes the speaker of the paragraph
before, unless a source with no content of its own follows it and claims it (“……” then
"阮博文这样评价。"); a line "Name, title:" gives its speaker to the quote under it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import claims as claims_mod
from .assemble import level_only_body, raw_breaks
from .claims_en import claims_en
from .claims_zh import claims_zh
from .horizon import _MONTH_RE, _month, article_date, find_horizon
from .lang import words_en, words_zh
from .language import EN, ZH
from .names import DOUBLE_SURNAMES, NAME_PARTICLES, ZH_SURNAME_CHARS, chinese_name_pinyin, simplified_chars, world_places
from .records import ORG, PERSON, Article, Claim, Entity, Speaker


@dataclass(frozen=True, slots=True)
class Said:
    """A claim resolved so far: where its source is, how it is written, and who it is."""

    pos: int  # clean offset of the source (or cue)
    end: int  # clean offset where the claim's content ends
    unit: int
    source_text: str
    speaker: Speaker | None
    type: str | None  # the speaker's entity type


def extract_claims(a: Article, units, cfg) -> Article:
    date = article_date(a.clean)
    mentions = sorted(((m, e) for e in a.entities for m in e.mentions), key=lambda me: me[0].cstart)
    types = {e.entity_id: e.type for e in a.entities}
    claims: list[Claim] = []
    history: list[Said] = []
    seen: set[tuple[int, int]] = set()
    lone: list[tuple[int, int]] = []  # (claim index, unit) of lone quotes since the last framed claim
    interviewee = _interviewee(a, mentions)  # who answers the questions, when the article is an interview
    for n, (s, _e, lang, p) in enumerate(units):
        raw_claims = claims_zh(p, cfg.claims, raw_breaks(a, s, _e)) if lang == ZH else claims_en(p, cfg.claims, date)
        for rc in raw_claims:
            if rc.points:  # a source with no content: it speaks the quotes before it, or the one after
                speaker = resolve_speaker(a, rc, s, mentions, lang, history)
                history.append(Said(s + rc.source[0], s + rc.end, n, rc.source_text or "", speaker,
                                    types.get(speaker.entity_id) if speaker else None))
                if rc.points < 0 and speaker is not None:  # the lone quotes of the paragraphs just before
                    reach = n
                    for k, unit in reversed(lone):
                        if unit < reach - 1:
                            break
                        claims[k], reach = replace(claims[k], speaker=speaker), unit
                lone = []
                continue
            cs, ce = s + rc.start, s + rc.end
            rs, re_ = a.raw_span(cs, ce)
            if (rs, re_) in seen or re_ <= rs:
                continue
            seen.add((rs, re_))
            if rc.answer:
                speaker = interviewee or _previous_speaker(history, n)
            elif rc.orphan:
                speaker = _previous_speaker(history, n) or (_one_person(a, mentions, *units[n - 1][:3]) if n else None)
                lone.append((len(claims), n))
            elif rc.source is None and _in_translation(a.clean, cs) and claims and claims[-1].speaker is not None:
                speaker = claims[-1].speaker  # “Next year we plan …”（大意为：明年我们计划…）: the quote's speaker
            else:
                speaker = resolve_speaker(a, rc, s, mentions, lang, history)
                if rc.source is None and rc.cue is None and lang == ZH:
                    speaker = _goes_on(a, mentions, history, n, cs, ce, speaker)
                if rc.source is not None:
                    if speaker is not None and types.get(speaker.entity_id) == PERSON and \
                            re.fullmatch(r"[他她]", (rc.source_text or "").strip()):
                        for k, unit in lone:  # “……”(no one named before) / 他介绍，…: he said the quote too
                            if unit == n - 1 and claims[k].speaker is None:
                                claims[k] = replace(claims[k], speaker=speaker)
                    lone = []
            if rc.source is not None or rc.orphan or rc.answer:
                history.append(Said(s + (rc.source[0] if rc.source else rc.cue_pos), ce, n, rc.source_text or "",
                                    speaker, types.get(speaker.entity_id) if speaker else None))
            if not rc.forecast and (_later_year(a.clean[cs:ce], date) or _starts_later(a.clean[cs:ce], date)):
                rc = replace(rc, forecast=True)
            horizon = None
            if rc.forecast:
                horizon = find_horizon(a.clean[cs:ce], lang, date)
                if horizon is not None:
                    hs, he = a.raw_span(cs + horizon.pop("start"), cs + horizon.pop("end"))
                    horizon = {"text": a.raw[hs:he], "start": hs, "end": he,
                               **{k: v for k, v in horizon.items() if k != "text"}}
            claims.append(Claim(claim_id=claims_mod.make_claim_id(a.doc_id, rs, re_), text=a.raw[rs:re_],
                                start=rs, end=re_, speaker=speaker, cue=rc.cue, forecast=rc.forecast,
                                horizon=horizon, lang=lang, source_text=_as_written(a, s, rc)))
    return replace(a, claims=tuple(claims))


_TRANSLATION_OPEN = re.compile(r"[（(](?:大意为|大意是|大意|译文|意为|翻译为?|中文意思是)[:：]")


def _in_translation(clean: str, pos: int) -> bool:
    """Inside a bracketed translation of a quote, opened in the same paragraph and not closed yet."""
    start = max(clean.rfind("\n", 0, pos), pos - 300)
    m = None
    for m in _TRANSLATION_OPEN.finditer(clean, max(0, start), pos):
        pass
    return m is not None and not re.search(r"[）)]", clean[m.end():pos])


def _as_written(a: Article, offset: int, rc) -> str | None:
    """The source's words as the article writes them (the extractors read traditional characters in
    their simplified form)."""
    if rc.source is None or rc.source_text is None:
        return rc.source_text
    return a.clean[offset + rc.source[0]:offset + rc.source[1]].strip(" ,，") or rc.source_text


def _goes_on(a: Article, mentions, history, unit: int, cs: int, ce: int, speaker: Speaker | None) -> Speaker | None:
    """甘德明表示，全区沃柑种植面积已超过40万亩。下一步，区里计划…，力争…: a statement with no cue in the
    sentence right after a person's words (or an organization's official's: X相关负责人表示，…), in the same
    paragraph, naming nobody else, goes on with that source's words."""
    last = history[-1] if history else None
    if speaker is not None or last is None or last.unit != unit or last.speaker is None:
        return speaker
    if last.type != PERSON and not (last.type == ORG and re.search(r"负责人|发言人|新闻发言人", last.source_text)):
        return speaker  # an organization goes on only through its official (X相关负责人表示，…。目前…，预计…)
    gap = a.clean[last.end:cs]
    if not 1 <= gap.count("。") <= 2 or "\n" in gap or re.search(r"[“”「」]", a.clean[last.end:ce].lstrip("”」")):
        return speaker
    if gap.count("。") == 2 and re.search(r"据|统计|显示|表示|认为|指出|称|说|预计|介绍|透露", gap.split("。")[1]):
        return speaker  # 另据统计，…。明年…: a sentence between with a source of its own
    if any(last.end <= m.cstart < ce and e.entity_id != last.speaker.entity_id for m, e in mentions):
        return speaker  # 星海科技去年营收增长三成，…: another subject, the article's own voice
    return last.speaker


def _later_year(text: str, date) -> bool:
    """The claim names a year after the article's own ("净利润2024年至2026年分别为…", "revenue in fiscal
    2027"): it speaks of the future. Years in titles (《…（2026）》) do not count, nor a year work is booked through
    (订单已排至2030年: a state of now)."""
    if not date:
        return False
    text = re.sub(r"《[^》]*》", "", text)
    return any(int(m.group(1)) > date[0] for m in re.finditer(r"(?<![\d.,-])(20\d\d)(?![\d.,%])", text)
               if not re.search(r"(?:排|排满|排产|排期|签|订)(?:至|到)$", text[max(0, m.start() - 4):m.start()]))


# a measure that takes effect on a day: 自11月28日起, 12月1日起施行, "effective Dec. 1", "starting March 3"
_FROM_DAY = re.compile(r"(?<!\d)(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:零时|0时)?起|"
                       rf"(?i:\b(?:effective|starting|beginning|from|as of)\s+(?:on\s+)?(?P<mon>{_MONTH_RE})\s+"
                       r"(?P<d2>\d{1,2})\b(?!,?\s+(?:19|20)\d\d))")


def _starts_later(text: str, date) -> bool:
    """The claim puts a measure in force from a day in the next three months after the article's date
    ("自11月28日起下调存款准备金率" in an article of 19 November): it is a plan. A day that lies months
    before in the calendar ("自12月1日起" in January) is last year's."""
    if not date or date[1] is None or date[2] is None:
        return False
    for m in _FROM_DAY.finditer(text):
        month = int(m.group("m")) if m.group("m") else _month(m.group("mon"))
        day = int(m.group("d") or m.group("d2"))
        ahead = ((month - date[1]) % 12) * 31 + day - date[2]
        clause = re.split(r"[，,。；;（(]", text[m.end():])[0]  # the clause, without an aside in brackets
        if 0 < ahead <= 92 and not re.search(r"已|了|\b(?:was|were|has|have|had)\b", clause):
            return True
    return False


def _interviewee(a: Article, mentions) -> Speaker | None:
    """Who answers an interview's questions: the last person the article names before its first question or
    answer ("By Jane Roe … Chief executive John Doe sat down with us … Q: …": John Doe, not the reporter)."""
    first = claims_mod.INTERVIEW_EXCHANGE.search(a.clean)
    if first is None:
        return None
    person = next((e for m, e in reversed(mentions) if e.type == PERSON and m.cstart < first.start()), None)
    return Speaker(name=person.name, entity_id=person.entity_id) if person is not None else None


def _one_person(a: Article, mentions, s: int, e: int, lang: str) -> Speaker | None:
    """The one PERSON a paragraph names (董事长某某今年58岁。接下来是她的自述。| “…”; 谈起新厂的打算，某某满脸笑意。
    | “…”): who speaks the quotes that open the paragraphs after it, when no one spoke before them; not someone the
    paragraph tells was arrested, charged or died (某某因涉嫌受贿被带走。| “…”)."""
    if _NO_TELLER.search(a.clean, s, e):
        return None
    people = {e_.entity_id: e_ for m, e_ in mentions if s <= m.cstart < e and e_.type == PERSON}
    return _speaker(next(iter(people.values()))) if len(people) == 1 else None


_NO_TELLER = re.compile(r"涉嫌|被捕|逮捕|拘留|带走|起诉|判处|判决|去世|逝世|遇难|身亡|遇害|被告|"
                        r"(?i:\b(?:arrested|charged|detained|accused|sentenced|convicted|died|killed|indicted)\b)")


def _previous_speaker(history: list[Said], unit: int) -> Speaker | None:
    """A lone quote continues the last named speaker of the previous paragraph (or this one)."""
    for h in reversed(history):
        if h.unit < unit - 1:
            break
        if h.speaker is not None:
            return h.speaker
    return None


# ---------------------------------------------------------------- resolution

_COMPANY_NOUNS_EN = ("company", "firm", "group", "enterprise", "bank", "association", "corporation", "manufacturer",
                     "maker", "business", "carrier", "developer", "supplier", "retailer", "exporter", "startup",
                     "airline", "university", "chamber", "cooperative", "lender", "insurer", "automaker", "brand",
                     "platform", "operator", "fund", "school", "council", "bureau", "ministry", "agency", "institute",
                     "federation", "union", "alliance", "committee", "commission", "administration", "newspaper",
                     "daily", "paper", "publisher", "network", "channel", "campaign", "team", "club", "party",
                     "organization", "organisation", "society", "court", "hospital", "regulator")
# bodies that a bare "the committee" may stand for only when the article names one so
_INSTITUTION_NOUNS = frozenset({"authority", "committee", "council", "commission", "ministry", "bureau", "agency",
                                "administration", "department", "court", "association", "federation", "chamber",
                                "union", "alliance", "institute", "university", "school", "society", "organization",
                                "organisation", "regulator", "office", "exchange"})
# words for any government body, whatever its name ("the agency" for a Commission or an Administration)
_ANY_PUBLIC_BODY = frozenset({"agency", "regulator"})
_PUBLIC_BODY = re.compile(r"\b(?:Commission|Administration|Authority|Agency|Bureau|Ministry|Department|Office|Board|"
                          r"Service|Regulator|Inspectorate|Directorate)\b")
_GENERIC_COMPANY = ("company", "firm", "group", "enterprise", "business", "corporation", "maker", "manufacturer",
                    "developer", "supplier", "exporter", "startup", "operator", "lender", "carrier", "brand")
_MEDIA_ORG = re.compile(r"(?i)\b(?:news|newswire|daily|times|post|wire|press|journal|tv|television|radio)\b|"
                        r"日报|晚报|电视台|新闻|网$|报$")
_NON_COMPANY_ORG = re.compile(_MEDIA_ORG.pattern + r"|(?i:\b(?:agency|bureau|ministry|administration|commission|"
                              r"customs|government|department|council|association|federation|chamber|union|"
                              r"committee|court|university|institute|exchange)\b)|"
                              r"局|委|厅|部|署|海关|政府|协会|商会|联合会|交易所|法院|大学|研究院|研究所")
_COMPANY_LIKE = re.compile(r"(?i)\b(?:co|ltd|inc|corp|group|holdings?|company|bank|plc|llc|gmbh|ag|sa)\b\.?|"
                           r"公司|集团|银行|股份|控股|企业|厂$|行$")
_ZH_ADVERBIAL = re.compile(r"(?:在[^，。]{0,40}?(?:时|上|中|期间|之际|后|前|里)|接受[^，。]{0,20}采访时|"
                           r"(?:回应|答复|接受|回复)[^，。]{0,12}时|"
                           r"对[^，。]{0,10}|向[^，。]{0,10}|也|还|则|又|再次|进一步|同时|更|都|均|亦|曾|一边[^，。]{0,20}一边|"
                           r"这样|如此|对此|此前|随后|最后|进而|不仅|用(?:英语|英文|中文|汉语|普通话|[\u4e00-\u9fff]{1,3}语)|"
                           r"(?:今年|去年|前年|上年)(?:年初|年中|年底|年末|上半年|下半年|初)?|近日|日前|昨天|昨日|今天|今日|当天|"
                           r"当日|上周|上月|本周|本月|"
                           r"笑着|激动地|自信地|坦率地|直言不讳地)$")
_ZH_LEADING = re.compile(r"^(?:不过|但是?|而|同时|此外|另外|对此|其中|随后|此前|同样)[，,]?")
_ZH_COMPANY_REF = {"该公司": "公司", "该集团": "集团", "该企业": "企业", "该行": "行", "该银行": "银行", "该协会": "协会",
                   "该机构": "", "该厂": "厂", "该局": "局", "公司方面": "公司", "该校": "学", "该院": "院",
                   "该平台": "", "该基金": "基金", "该项目方": "", "该商会": "商会", "该联盟": "联盟",
                   "公司": "公司", "集团": "集团", "协会": "协会", "商会": "商会"}
_ZH_DOCUMENT = re.compile(r"^《(?!.*(?:报|刊|杂志|网|台|新闻|周刊)》$)|(?:规划|计划|方案|意见|通知|公告|文件|协议|纲要|办法|"
                          r"条例|报告|白皮书|政策)》?$")
_ZH_PUBLISHED_REPORT = re.compile(r"(?<!印)发布的《[^》]*(?:报告|白皮书|蓝皮书|指数|数据|调查|研究|年鉴|统计)[^》]*》$")
_MEDIA_TITLE = re.compile(r"《[^》]{1,20}(?:报|刊|杂志|网|台|新闻|周刊)》")
_EN_DOCUMENT = re.compile(r"(?i)^(?:the|a|an|its|this)\s+(?:(?:[\w-]+\s+){0,3}|[“\"][^”\"]+\s)(?:plan|notice|report|"
                          r"statement|filing|document|survey|study|data|figures|statistics|announcement|website|"
                          r"release|policy|proposal|agreement|letter|memo|analysis|research|editorial|article|story)"
                          r"(?:$|[”\"])")


_LATIN_NAME_PART = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.? )?(?:(?:[A-ZÀ-ÖØ-Þ][\w'-]+ ?){1,2}|(?:" + "|".join(NAME_PARTICLES)
                              + r") [A-ZÀ-ÖØ-Þ][\w'-]+)")


# a headline's source that the story names below: the kind of body it is (titles: words_zh.HEADLINE_TITLES)
_HEADLINE_BODIES = frozenset({"公司", "商会", "协会", "集团", "银行", "该行", "该公司"})


def _in_headline(clean: str, pos: int) -> bool:
    """pos lies in the article's headline: no sentence of the story has ended before it."""
    return pos < 300 and not re.search(r"[。！？]|[.!?](?:\s|$)", clean[:pos])


def _latin_name_part(core: str) -> bool:
    """A source that is part of a Latin name: "Harrowby", "Ana Ruiz", "van Loon"."""
    return bool(_LATIN_NAME_PART.fullmatch(core))
_ZH_SOMEONE = re.compile(r"(?:一家|一位|一名|一些|多家|多位|某|有的|部分|不少)(?![\u4e00-\u9fff]{0,3}(?:表示|称|说))")


def resolve_speaker(a: Article, rc, offset: int, mentions, lang: str, history=()) -> Speaker | None:
    """The entity a claim's source refers to, in this order:

    1. no speaker for a source that withholds its name ("who asked not to be named") or a titled
       document (省财政厅印发的《通知》);
    2. an entity named in the source words, outside document titles and quotes: the one at the
       English subject's head, else the first PERSON (Chinese: the PERSON nearest the cue), else
       the ORG ("the data of Ningde Customs", 岚江市发改委相关负责人, "Baishui's analysts"); but
       nobody for "a Hexiang executive" (someone unnamed who works there);
    3. no speaker for a document (《规划》, "the plan") or an unnamed source (analysts, 业内人士,
       某企业负责人, "a person close to the company");
    4. a pronoun (he/she, 他/她) -> the last PERSON who spoke nearby, else the nearest PERSON before;
    5. a company word ("the bank", 该公司, 该行) -> the ORG it names before (see `_recent_org`); a
       word for a public body ("the organizing committee") only an ORG whose name has the word;
    6. a title ("the chairman", 该负责人) -> whoever an earlier source with that title resolved to,
       else the PERSON the article gives that title; a description ("the administrator", "the
       68-year-old widow") -> the PERSON or ORG the article gave it, else the PERSON just named;
    7. an official of a body (汇景置业相关负责人) -> the ORG whose name holds the body's name;
    8. a surname or short name ("Tao", 孙总, 邓主席, "Shao" for 邵志远) -> the PERSON whose name it is
       part of; a name after a title that no PERSON covers (总经理尤国良) -> that name.
    A source is read in its own script (he in a Chinese paragraph, 他 in an English one).
    """
    if rc.source is None:
        return None
    ss, se = offset + rc.source[0], offset + rc.source[1]
    src = simplified_chars(a.clean[ss:se])
    lang = _script_of(src, lang)
    blocked = [(ss + m.start(), ss + m.end()) for m in re.finditer(r"《[^》]*》|“[^”]*”|\"[^\"]*\"", src)
               if not _MEDIA_TITLE.fullmatch(m.group(0))]
    # a byline before the source (白溪证券报讯（记者 鲁晓琳）景成科技公告): the reporter wrote it, the company said it
    blocked += [(ss + m.start(), ss + m.end()) for m in _BYLINE_IN_SOURCE.finditer(src)]
    inside = [(m, e) for m, e in mentions if m.cend <= se and (m.cstart >= ss or ss < m.cend and
                                                                "\n" in a.clean[m.cstart:ss]) and  # 黑龙|江…研究院认为
              not any(bs <= m.cstart < be for bs, be in blocked)]
    core = _core_source(src, lang)
    if claims_mod.is_anonymous(src) or (lang == ZH and re.search(r"的《[^》]+》$", core)
                                         and not _ZH_PUBLISHED_REPORT.search(core)):
        return None  # "a Hexiang executive, who asked not to be named"; 省财政厅印发的《通知》: a document
        # (X当天发布的《…白皮书》显示: a report X published is X's, as GUIDE.md has it)
    if lang == ZH and re.search(r"(?:^|[^其])[他她]$", core) and not core.endswith(("其他", "其她")):
        return _pronoun_person([(m, e) for m, e in mentions if m.cstart < ss], history, ss, a.clean)  # …直销她 / 随后他
    if lang == ZH and not any(e.type == PERSON for m, e in inside):
        name = _unlisted_name(core, history)
        if name is not None:  # 市场销售部总经理戚国栋介绍 with no PERSON found there: the name after the title
            return _named_as(name, [(m, e) for m, e in mentions if e.type == PERSON]) or \
                next((h.speaker for h in reversed(history) if h.speaker and _norm_name(h.speaker.name) == name), None) \
                or Speaker(name=name, entity_id=None)
    latin = _LATIN_NAME_LAST.search(_core_source(src, lang, keep_spaces=True)) if lang == ZH else None
    if latin and not any(e.type == PERSON and latin.group(1).split()[0] in m.surface for m, e in inside):
        # 总经理、德方高管Stefan Vogt透露: the person whose name, in Latin letters, ends the source (found as no
        # PERSON there: the name of the company before it is no speaker then)
        name = latin.group(1)
        return _by_name_part(name.split(), [(m, e) for m, e in mentions if m.cstart < se]) or \
            Speaker(name=name, entity_id=None)
    if lang == ZH and _SAME_DOCUMENT.fullmatch(core) and rc.cue not in ("显示", "表明"):
        word = _SAME_DOCUMENT.fullmatch(core).group(1)
        told = next((h for h in reversed(history) if h.speaker is not None and word in h.source_text and
                     ss - h.pos < 1500), None)
        if told is not None:  # X公告称，…。公告同时提示，…: the announcement X made (公告显示 shows: a document)
            return told.speaker
    if inside and lang == ZH and _ZH_SOMEONE.match(core):
        return None  # 一家为Vorlaufen配套的本地企业负责人: someone unnamed, whatever name the description holds
    if inside:
        head_word = a.clean[offset + rc.head[0]:offset + rc.head[1]] if rc.head else ""
        if lang != ZH and re.match(r"(?i)the\s", src.strip()) and head_word.lower() in _EN_TITLE_WORDS and \
                not any(e.type == PERSON for m, e in inside) and \
                not any(m.cstart <= offset + rc.head[0] < m.cend for m, e in inside):
            # "The general manager of Cixi Huanyu said": the person the article gave that title, not the company
            titled = _titled(a, head_word.lower(), [(m, e) for m, e in mentions if m.cstart < ss], history,
                             fallback=False)
            if titled is not None:
                return titled
        return _pick_inside(inside, rc, offset, lang, head_word, src)
    if lang == ZH and _MEDIA_TITLE.fullmatch(core):
        return Speaker(name=core.strip("《》"), entity_id=None)  # 据《世界体育报》报道: a newspaper not found as an entity
    if not core or claims_mod.is_unnamed_source(core) or (_ZH_DOCUMENT if lang == ZH else _EN_DOCUMENT).search(core):
        return None
    before = [(m, e) for m, e in mentions if m.cstart < ss]
    found = _resolve_zh(a, core, ss, before, history, offset) if lang == ZH else \
        _resolve_en(a, core, ss, before, history, offset)
    if found is None and lang == ZH and _in_headline(a.clean, ss) and core.endswith(words_zh.HEADLINE_TITLES):
        # 董事长：明年…有望触底 in a headline: the person the story gives that title below
        found = _resolve_zh(a, core, len(a.clean), list(mentions), history, offset)
    if found is None and lang == ZH and _in_headline(a.clean, ss) and core in _HEADLINE_BODIES:
        # 商会预计…, 公司预计… in a headline: the body of that kind the story names most
        word = core.removeprefix("该")
        count: dict[str, int] = {}
        for m, e in mentions:
            if e.type == ORG and (any(f.endswith(word) for f in (e.name, *e.aliases)) or word in ("公司", "集团")
                                  and _COMPANY_LIKE.search(" ".join((e.name, *e.aliases)))):
                count[e.entity_id] = count.get(e.entity_id, 0) + 1
        if count:
            best = max(count, key=count.get)
            found = next(_speaker(e) for m, e in mentions if e.entity_id == best)
    if found is None:
        found = _named_as(core, before)
    if found is None and lang == ZH and len(core) >= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", core):
        # 锦川置业 after 锦川置业集团有限公司: the start of an organization's full name
        found = next((_speaker(e) for m, e in reversed(before) if e.type == ORG and len(e.name) > len(core) + 1 and
                      e.name.replace(" ", "").startswith(core)), None)
    if found is None and lang == ZH and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", core) and \
            (core[0] in ZH_SURNAME_CHARS or core[:2] in DOUBLE_SURNAMES):
        # 冯立鸿 told this newspaper …, after "Feng Lihong" was named: the person whose name it is in pinyin
        want = chinese_name_pinyin(core).split()
        found = _by_name_part(want, before) if len(want) == 2 else None
    if found is None and lang != ZH and _proper_name_en(core):
        return Speaker(name=core, entity_id=None)  # "Marston Hale Ratings, which …, said": named, not found
    if found is None and level_only_body(_OFFICIAL_OF.sub("", core)):
        return None  # 市商务局(相关负责人), 省统计局 named by their level only: no named source (GUIDE.md)
    if found is None and _names_an_org(core, lang):
        at = src.rfind(core)  # as written: 云腾精機, not the simplified form it was read in
        name = a.clean[ss + at:ss + at + len(core)] if at >= 0 and len(src) == se - ss else core
        return Speaker(name=name, entity_id=None)  # named, though not found as an entity
    return found


# a name in Latin letters that ends a Chinese source, a Chinese name in brackets after it allowed
_LATIN_NAME_LAST = re.compile(r"(?:^|(?<=[\u4e00-\u9fff、，,]))([A-Z][A-Za-z'’-]+(?:\s+(?:[A-Z][A-Za-z'’-]+|van|von|de|der|du)){1,3})"
                              r"(?:\s*[（(][^（()）]*[）)])?$")
# the document an earlier source put out (X公告称 … 公告同时提示): 公告, 该公告, 上述报告
_SAME_DOCUMENT = re.compile(r"(?:该|上述|这份|此)?(公告|报告|声明|文告|通报|年报|半年报|财报)(?:还|也|并|另)?")
_BYLINE_IN_SOURCE = re.compile(r"[（(]\s*(?:本报|本刊|本台|特约|实习)?记者[^（()）]{1,30}[）)](?=.)")

_NOT_IN_NAME = re.compile(r"[的了们人者说称和与及在对向将等各该这那其此都也还又并就]")


def _unlisted_name(core: str, history) -> str | None:
    """A Chinese personal name the source writes after a title (总经理戚国栋), or a bare name that an
    earlier source gave so (戚国栋 after “……”), when no PERSON was found there: two or three characters
    from a known surname on."""
    m = re.search(r"(?:" + _ZH_TITLE_ALT + r")([\u4e00-\u9fff]{2,3})$", core)
    name = m.group(1) if m else None
    if name is None and 2 <= len(core) <= 3 and any(h.speaker and _norm_name(h.speaker.name) == core for h in history):
        name = core
    if name is None or _NOT_IN_NAME.search(name) or name in words_zh.TITLES or \
            re.match(r"普遍|一致|纷纷|均|都|也|还|则|同样|此前|曾|多次|大多|多数|认为", name):
        return None  # (航运分析师普遍认为: "analysts generally", no name)
    if not (name[0] in ZH_SURNAME_CHARS or name[:2] in DOUBLE_SURNAMES):
        return None
    return name


_PROPER_EN = r"(?:The )?[A-Z][\w&'’.-]*(?: (?:of|for|and|&|de|du|the|[A-Z][\w&'’.-]*))*? [A-Z][\w&'’.-]*"


def _proper_name_en(core: str) -> bool:
    """A name of two to six capitalized words ("Marston Hale Ratings", "The Campaign for Ashcombe Lanes")
    that is no title, pronoun or unnamed source."""
    words = core.split()
    if not 2 <= len(words) <= 6 or not re.fullmatch(_PROPER_EN, core):
        return False
    low = core.lower()
    if any(re.search(rf"\b{re.escape(t)}\b", low) for t in words_en.TITLES if len(t) > 3) or \
            claims_mod.is_unnamed_source(core) or words[0].lower() in ("he", "she", "it", "they", "we", "i"):
        return False
    return True


def _script_of(src: str, lang: str) -> str:
    """The language to read a source in: its own script, whatever the paragraph's ("he" in a Chinese
    paragraph, 他 or 梁家聰 in an English one)."""
    bare = re.sub(r"[（(][^（()）]*(?:[)）]|$)", "", src)  # "Zhang Wei (张伟), general manager …" is English (so
    # is "… of Huanyu Co., Ltd. (慈溪宇辰电器有限公司" with its bracket cut off)
    if re.search(r"[\u4e00-\u9fff]", bare):
        return ZH
    if re.search(r"[A-Za-z]", bare):
        return EN
    return lang


def _named_as(core: str, before) -> Speaker | None:
    """The entity named before whose name or alias the source is, in either script (张伟 for an entity
    written "Zhang Wei (张伟)")."""
    key = _norm_name(core)
    if not key:
        return None
    for m, e in reversed(before):
        if any(_norm_name(f) == key for f in (e.name, *e.aliases, m.surface)):
            return _speaker(e)
    return None


def _norm_name(text: str) -> str:
    return re.sub(r"[\s·.\-'’]", "", text).lower()


def _names_an_org(core: str, lang: str) -> bool:
    """The source reads as an organization's proper name (新北区工业和信息化局, "Ningde Customs Bureau")."""
    if lang == ZH:
        return 4 <= len(core) <= 30 and bool(re.fullmatch(r"[\u4e00-\u9fff（）()A-Za-z]+", core)) and \
            core.endswith(_ZH_ORG_ENDS) and not core.startswith(("该", "某", "这", "一", "有关", "相关", "各", "多")) and \
            not re.search(r"的[\u4e00-\u9fff]{1,4}$", core)  # 日本船东的保险公司: a kind of body, not its name
    words = core.split()
    return 2 <= len(words) <= 8 and all(w[:1].isupper() or w.lower() in ("of", "and", "for", "&") for w in words) and \
        any(core.endswith(sfx) for sfx in words_en.ORG_SUFFIXES if len(sfx) > 3)


# documents and figures whose author the source names: "a study by X", "the statistics of X" speak for X
_AUTHORED = frozenset({"study", "report", "survey", "statistics", "data", "figures", "analysis", "research", "paper",
                       "note", "poll", "estimates", "calculations", "forecast", "forecasts", "assessment", "review",
                       "evaluation", "audit", "projection", "projections", "outlook", "estimate", "studies", "reports",
                       "surveys", "modelling", "modeling", "census", "index"})
_UNNAMED_HEADS = frozenset({"analyst", "analysts", "expert", "experts", "observer", "observers", "insider", "insiders",
                            "source", "sources", "people", "residents", "economists", "traders", "investors",
                            "practitioners", "critics", "officials", "executives", "workers", "employees"})


# a company's own document: "the company's interim report", "the group's annual results" (a prospectus, like
# 招股书显示, and "its report" are read as documents with no author named)
_ORG_DOCUMENT_EN = re.compile(r"(?i)(?:the\s+)?(?P<noun>company|group|bank|firm|lender|insurer|carrier|developer)['’]s"
                              r"\s+(?:[\w-]+\s+){0,3}?(?:report|filing|statement|announcement|results|"
                              r"circular|disclosure|accounts|presentation)")
_EN_TITLE_END = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words_en.TITLES), key=len, reverse=True)) + r")$")
_EN_TITLE_WORDS = frozenset(t.lower() for t in words_en.TITLES if " " not in t)
_OFFICIAL_OF = re.compile(r"(?:相关|有关)?(?:负责人|负责同志|工作人员|官员|发言人|新闻发言人)$")
_SPOKES = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen"})
_IN_CHARGE = re.compile(r"(?i)\b(?:persons?|people|officials?)\s+in\s+charge\s+(?:of|at)\b|\bresponsible\s+persons?\s+(?:of|at|from)\b")


def _pick_inside(inside, rc, offset: int, lang: str, head_word: str = "", src: str = "") -> Speaker | None:
    if lang != ZH and rc.head is not None:
        hs, he = offset + rc.head[0], offset + rc.head[1]
        at_head = [(m, e) for m, e in inside if m.cstart <= hs and he <= m.cend]
        if at_head:
            return _speaker(at_head[0][1])
        if not any(e.type == PERSON for m, e in inside) and head_word[:1].islower():
            if head_word.lower() in _AUTHORED:  # "A study by the Agri-Trade Institute", "the statistics of X"
                by = [e for m, e in inside if re.search(rf"(?i)\b(?:by|of|from)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}"
                                                         rf"{re.escape(m.surface)}", src)]
                if by:
                    return _speaker(by[0])
            if head_word.lower() in _SPOKES or _IN_CHARGE.search(src):  # "a spokesperson for Albion Mutual", "a
                # relevant person in charge of the X Bureau" (相关负责人): the body speaks
                orgs = [e for m, e in inside if e.type == ORG]
                if orgs:
                    return _speaker(orgs[0])
            if re.match(r"(?i)(?:an?|one|another)\s", src):
                return None  # "a Hexiang executive": someone unnamed who works there
            if head_word.lower() in _UNNAMED_HEADS:  # "Baishui's analysts", "analysts at X": X speaks
                orgs = [e for m, e in inside if e.type == ORG and
                        re.search(rf"(?i){re.escape(m.surface)}\s*'s?\b|\b(?:at|of|from|with)\s+(?:the\s+)?"
                                  rf"{re.escape(m.surface)}", src)]
                return _speaker(orgs[0]) if orgs else None
    persons = [(m, e) for m, e in inside if e.type == PERSON]
    pool = persons or inside
    m, e = pool[-1] if lang == ZH else pool[0]
    return _speaker(e)


def _speaker(e: Entity) -> Speaker:
    return Speaker(name=e.name, entity_id=e.entity_id)


def _core_source(src: str, lang: str, keep_spaces: bool = False) -> str:
    s = src.strip(" ，,、：:\n\u3000")
    if lang == ZH:
        s = s if keep_spaces else s.replace(" ", "")
        for _ in range(4):
            s2 = _ZH_ADVERBIAL.sub("", _ZH_LEADING.sub("", s)).strip("，, ")
            if s2 == s:
                break
            s = s2
        return s
    s = re.sub(r"(?i)^(?:and|but|also|so|meanwhile)\s+", "", s)
    s = re.sub(r"(?i)\s+(?:also|further|again|later|then|too|on \w+|in (?:a|an|the|its) [\w -]{1,30})$", "", s)
    m = re.fullmatch(r"(" + _PROPER_EN + r"),\s+(?:a|an|the)\s+[^,]{1,60}", s.strip())
    if m:  # "The Campaign for Ashcombe Lanes, a residents' group": the name, not the description
        s = m.group(1)
    return s.strip()


def _resolve_en(a: Article, core: str, pos: int, before, history, unit_start: int = 0) -> Speaker | None:
    low = core.lower()
    words = re.findall(r"[\w'-]+", low)
    if not words:
        return None
    if words[0] in ("he", "she", "him", "her") and len(words) <= 2:  # ("according to her, …")
        return _pronoun_person(before, history, pos)
    if words == ["it"]:
        return _recent_org(a, before, history, pos, None, unit_start)
    m = _ORG_DOCUMENT_EN.fullmatch(core.strip())
    if m:  # "the company's interim report": the document the company put out speaks for it
        return _recent_org(a, before, history, pos, m.group("noun").lower(), unit_start)
    head = words[-1]
    m = re.fullmatch(r"((?:[A-Z][\w&-]+ ){0,2}[A-Z][\w&-]+)['’]s? [\w -]*", core)
    if m and head in _UNNAMED_HEADS:  # "Baishui's analysts": the ORG they work for, named before
        orgs = [e for _m, e in before if e.type == ORG and
                re.search(rf"(?i)\b{re.escape(m.group(1))}\b", " ".join((e.name, *e.aliases)))]
        return _speaker(orgs[-1]) if orgs else None
    if words[0] in ("the", "its", "their", "our") or len(words) == 1:
        m = _EN_TITLE_END.search(low)  # the longest title the words end with
        title = m.group(0) if m else None
        if title and words[0] != head:
            return _titled(a, title, before, history, fallback=True)
        if head in _INSTITUTION_NOUNS:  # "the organizing committee": only a body the article names so
            named = _named_org(head, before)
            if named is None and head in _ANY_PUBLIC_BODY and len(words) == 2:
                # "the agency said" after "the U.S. Consumer Product Safety Commission said": the public
                # body that spoke last, nearby
                named = next((h.speaker for h in reversed(history) if h.type == ORG and h.speaker is not None and
                              pos - h.pos < 3000 and _PUBLIC_BODY.search(h.speaker.name)), None)
            return named
        if head in _COMPANY_NOUNS_EN or _org_named_by(re.findall(r"[\w'-]+", core)[-1], before):
            return _recent_org(a, before, history, pos, head, unit_start)
        if words[0] == "the" and 2 <= len(words) <= 4 and not head.endswith("s") and re.fullmatch(r"[a-z0-9 -]+", low):
            # "the administrator" (appointed as administrator before), "the 68-year-old widow" (just named)
            return _titled(a, head, before, history, fallback=True, orgs=True, near=pos - 800)
    if _latin_name_part(core):
        return _by_name_part(re.sub(r"^(?:Mr|Mrs|Ms|Dr|Prof)\.? ", "", core).split(), before)
    cjk = re.fullmatch(r"(?:[A-Za-z][\w-]*\s+){0,3}([\u4e00-\u9fff·]{2,12})", core.strip())
    if cjk:  # '"…，" 钟立言 said', "chairman 严海波 told": a name in characters in an English frame
        name = cjk.group(1)
        named = [e for _m, e in before if name in (e.name, *e.aliases)]
        return _speaker(named[-1]) if named else None
    return None


_ZH_TITLE_ALT = "|".join(sorted(map(re.escape, words_zh.TITLES), key=len, reverse=True))
_ZH_ORG_ENDS = ("局", "委", "厅", "办", "委员会", "协会", "商会", "公司", "集团", "银行", "研究院", "研究所", "中心", "海关",
                "大学", "学院", "联盟", "政府", "法院", "检察院", "交易所", "基金会", "联合会", "管委会",
                # a company named by its trade (青禾精机, 海帆船务)
                "精机", "机械", "机电", "重工", "科技", "电子", "电器", "电气", "光电", "半导体", "新材", "化工", "药业",
                "制药", "实业", "控股", "股份", "物流", "航运", "船务", "港务", "纺织", "食品", "通信", "软件")


def _resolve_zh(a: Article, core: str, pos: int, before, history, unit_start: int = 0) -> Speaker | None:
    if core[:1] in "他她" and not core.startswith(("他们", "她们", "他人")) and len(core) <= 3:
        return _pronoun_person(before, history, pos, a.clean)
    m = re.fullmatch(r"(?:该|这家|此)(公司|集团|企业|银行|机构|协会)(?:的)?(?:新闻)?发言人", core) or \
        re.fullmatch(r"(?:该|这家|此)(公司|集团|企业|银行|行|机构|协会|商会|局)(?:的)?[\u4e00-\u9fff]{1,8}?"
                     r"(?:部|处|科|中心|办公室|部门)(?:相关|有关)?(?:负责人|发言人)", core)
    if m:  # 该公司发言人, 该行普惠金融部负责人: the body speaks through its spokesperson or a department's head
        return _recent_org(a, before, history, pos, _ZH_COMPANY_REF.get("该" + m.group(1), m.group(1)) or None,
                           unit_start)
    m = re.fullmatch(r"(?:该|这家|此)(公司|集团|企业|银行|行|机构|协会|商会)(?:的)?(?:相关|有关)?负责人", core)
    if m:  # 该公司负责人, 该行相关负责人: the body's unnamed official, unless the article named who holds the post
        return _titled(a, "负责人", before, history, fallback=False) or \
            _recent_org(a, before, history, pos, _ZH_COMPANY_REF.get("该" + m.group(1), m.group(1)) or None, unit_start)
    if core in _ZH_COMPANY_REF or (core.startswith("该") and len(core) <= 4):
        word = _ZH_COMPANY_REF.get(core, core[1:])
        if not any(core.endswith(t) for t in words_zh.TITLES) or core in _ZH_COMPANY_REF:
            return _recent_org(a, before, history, pos, word or None, unit_start)
    title = next((t for t in sorted(words_zh.TITLES, key=len, reverse=True) if core.endswith(t)), None)
    if title and (core.startswith(("该", "这位", "那位", "此")) or core == title or
                  core in words_zh.PERSON_REFERENCES):
        return _titled(a, title, before, history, fallback=False)
    if title:  # 汇景置业相关负责人: an unnamed official speaking for the body named before the title
        body = re.sub(r"(?:相关|有关)$", "", core[:-len(title)])
        if len(body) >= 2 and not body.startswith(("某", "一", "这", "那", "多", "各")):
            key = body.replace(" ", "")
            orgs = [e for m, e in before if e.type == ORG and any(
                key in f.replace(" ", "") or (len(f) >= 2 and f.replace(" ", "") in key) for f in (e.name, *e.aliases))]
            if orgs:
                return _speaker(orgs[-1])
            if _names_an_org(body, ZH) and not level_only_body(body):  # (市商务局相关负责人: no named source)
                return Speaker(name=body, entity_id=None)
    if _latin_name_part(core):
        return _by_name_part(core.split(), before)
    if re.fullmatch(r"(?:这位|这名)[\u4e00-\u9fff\d]{1,20}(?:人|者|士|家|老板|老人|姑娘|小伙)", core):
        return _pronoun_person(before, history, pos, a.clean)  # 这位在中国工作了九年的丹麦人: as 他/她
    hon = next((h for h in words_zh.HONORIFICS if core.endswith(h) and
                (1 <= len(core) - len(h) <= 2 or re.search(rf"(?:的|这位|那位)[\u4e00-\u9fff]{re.escape(h)}$", core))),
               None)
    if hon:  # 孙总, 这位在当地从业十多年的王先生
        surname = core[:-len(hon)] if len(core) - len(hon) <= 2 else core[-len(hon) - 1]
        persons = [e for m, e in before if e.type == PERSON and e.name.replace(" ", "").startswith(surname)]
        if persons:
            return _speaker(persons[-1])
    if title and 1 <= len(core) - len(title) <= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", core):  # 邓主席, 欧阳局长
        surname = core[:-len(title)]
        persons = [e for m, e in before if e.type == PERSON and
                   simplified_chars(e.name.replace(" ", "")).startswith(surname)]
        if persons:
            return _speaker(persons[-1])
    return None


def _pronoun_person(before, history, pos: int, text: str = "") -> Speaker | None:
    """he/she, 他/她: the last PERSON who spoke within the last paragraphs, unless another PERSON
    was named after that speaker's last mention; else the nearest PERSON before, passing over a "name"
    inside a place's name (局长阮秀玲推介了…白鹭湖康养度假区…。她说 is 阮秀玲)."""
    persons = [(m, e) for m, e in before if e.type == PERSON]
    last = next((h for h in reversed(history) if h.type == PERSON and h.speaker is not None), None)
    if last is not None and pos - last.pos < 1200:
        later = [e for m, e in persons if m.cstart > max(last.pos, last.end) and e.entity_id != last.speaker.entity_id]
        if not later:
            return last.speaker
    if text and persons:
        standing = [(m, e) for m, e in persons[-4:] if pos - m.cstart < 400 and _stands_as_name(text, m)]
        if standing and not _stands_as_name(text, persons[-1][0]):
            return _speaker(standing[-1][1])
    return _speaker(persons[-1][1]) if persons else None


def _stands_as_name(text: str, m) -> bool:
    """Not a Chinese "name" run into a place or facility's name (白鹭湖康养度假区: no person there)."""
    before = text[max(0, m.cstart - 1):m.cstart]
    after = simplified_chars(text[m.cend:m.cend + 3])
    return not (re.fullmatch(r"[\u4e00-\u9fff]", before) and re.search(r"[\u4e00-\u9fff]", m.surface) and
                re.match(r"度假区|景区|小镇|园区|产业园|基地|中心|大道|公园|广场|项目|[路街村镇区馆湖山]", after))


def _org_named_by(word: str, before) -> bool:
    """An ORG before has the word in its name: as its first word for a capitalized name ("Ruiguang" for
    "Ruiguang PV"); a name that is only a later word ("Singapore" in "Green Rooftop Alliance Singapore") is
    something else, a place most often."""
    if word[:1].isupper():
        return len(word) > 3 and any(e.type == ORG and (re.match(rf"(?i)(?:the\s+)?{re.escape(word)}\b", e.name) or
                                                        _after_its_city(word, e.name)) for m, e in before)
    return len(word) > 3 and any(e.type == ORG and re.search(rf"(?i)\b{re.escape(word)}\b", e.name) for m, e in before)


def _after_its_city(word: str, name: str) -> bool:
    """The word is the second word of a company's name whose first word is a city or country, the company's
    own name after its seat ("Xinrui" in "Dongguan Xinrui Circuit Technology Co., Ltd.")."""
    words = name.split()
    return len(words) >= 3 and words[1] == word and words[0].lower() in world_places()


def _named_org(word: str, before) -> Speaker | None:
    """The last ORG whose name or alias has the word ("the bank" -> "… Bank", 该协会 -> "…协会")."""
    rx = re.compile(rf"(?i)\b{re.escape(word)}\b" if word.isascii() else re.escape(word))
    named = [e for m, e in before if e.type == ORG and (rx.search(e.name) or any(rx.search(x) for x in e.aliases))]
    return _speaker(named[-1]) if named else None


def _recent_org(a: Article, before, history, pos: int, word: str | None, unit_start: int = 0) -> Speaker | None:
    """The ORG a company word refers to, in this order: one whose name has the word ("the bank" ->
    "… Bank"); the first company named in the last sentence of this paragraph that names one; the
    last company that spoke; the nearest company-like ORG; the nearest ORG."""
    orgs = [(m, e) for m, e in before if e.type == ORG]
    if word and word not in _GENERIC_COMPANY and word not in ("公司", "企业", "集团"):
        named = _named_org(word, orgs)
        if named is not None:
            return named
    other = _MEDIA_ORG if word is None else _NON_COMPANY_ORG  # "it" may be any body but a newspaper
    companies = [(m, e) for m, e in orgs if not other.search(e.name)]
    boss = _employer_of_last_speaker(a, before, history, pos, companies)
    if boss is not None:
        return boss
    here = [(m, e) for m, e in companies if m.cstart >= unit_start]
    if here:
        sentence = max(_sentence_start(a.clean, m.cstart) for m, e in here)
        return _speaker(next(e for m, e in here if m.cstart >= sentence))
    spoke = next((h for h in reversed(history) if h.type == ORG and h.speaker is not None and
                  pos - h.pos < 3000 and not other.search(h.speaker.name)), None)
    if spoke is not None:
        return spoke.speaker
    company = [e for m, e in companies if _COMPANY_LIKE.search(e.name)]
    if company:
        return _speaker(company[-1])
    return _speaker(companies[-1][1]) if companies else None


def _employer_of_last_speaker(a: Article, before, history, pos: int, companies) -> Speaker | None:
    """华信集团董事长陈立出席了仪式。他说，星海科技是公司最大的客户。该公司还表示，…: the company is the one
    the person who just spoke works for (named right before the person's title), when every company named
    since that person's source was named inside what the person said."""
    last = next((h for h in reversed(history) if h.speaker is not None), None)
    if last is None or last.type != PERSON or pos - last.pos > 1500:
        return None
    if any(last.end <= m.cstart for m, e in companies):
        return None  # a company named after the person's words: 该公司 may be that one
    person = [m for m, e in before if e.entity_id == last.speaker.entity_id]
    ids = {e.entity_id for m, e in companies}
    for pm in reversed(person):
        for m, e in reversed(before):
            if m.cend <= pm.cstart and e.entity_id in ids and \
                    re.fullmatch(r"[\u4e00-\u9fff]{0,6}?(?:" + _ZH_TITLE_ALT + r")\s*",
                                 simplified_chars(a.clean[m.cend:pm.cstart])):
                return _speaker(e)
    return None


def _sentence_start(text: str, pos: int) -> int:
    k = pos
    while k > 0 and text[k - 1] not in ".!?。！？\n":
        k -= 1
    return k


def _titled(a: Article, title: str, before, history, fallback: bool, orgs: bool = False,
            near: int = 0) -> Speaker | None:
    """A title or description standing for someone: who an earlier source with that title was, else
    the PERSON the article gives that title (with ``orgs``, also an ORG: "appointed X as
    administrator"), else (``fallback``) the nearest PERSON named after ``near``."""
    for h in reversed(history):
        if h.speaker is not None and re.search(rf"(?i)\b{re.escape(title)}\b" if title.isascii() else
                                               re.escape(title), h.source_text):
            return h.speaker
    full = words_zh.TITLE_SHORT_FORMS.get(title)  # (董秘: the article may have given 董事会秘书)
    rx = re.compile(rf"(?i)\b{re.escape(title)}\b" if title.isascii() else
                    "|".join(map(re.escape, (title, full) if full else (title,))))
    if not title.isascii():  # 董事会秘书甲某、财务总监乙某: the name right after the title first
        adjacent = [e for m, e in before if e.type == PERSON and
                    re.search(f"(?:{rx.pattern})$", simplified_chars(a.clean[max(0, m.cstart - 8):m.cstart]))]
        if adjacent:
            return _speaker(adjacent[-1])
    for m, e in reversed(before):
        if e.type == PERSON or orgs:
            if rx.search(simplified_chars(a.clean[max(0, m.cstart - 40):m.cend + 80])):
                return _speaker(e)
    persons = [(m, e) for m, e in before if e.type == PERSON and m.cstart >= near and
               not re.search(r"(?:^|\n)\s*(?:By|BY|by)\s+$", a.clean[max(0, m.cstart - 8):m.cstart])]  # not a byline
    return _speaker(persons[-1][1]) if persons and fallback else None


def _by_name_part(parts: list[str], before) -> Speaker | None:
    """"Tao" -> the PERSON "Tao Jianping" named before (the most recent)."""
    want = {p.lower() for p in parts}
    for m, e in reversed(before):
        if e.type != PERSON:
            continue
        for form in (e.name, *e.aliases, m.surface):
            if re.search(r"[\u4e00-\u9fff]", form):  # 邵志远 is "Shao Zhiyuan": "Shao", "Zhiyuan Shao"
                form = chinese_name_pinyin(form.replace(" ", "").replace("·", "")) if len(form.replace(" ", "")) <= 4 \
                    else ""
            words = {w.lower() for w in re.findall(r"[\w'-]+", form)}
            if words and want <= words and len(words) <= 4:
                return _speaker(e)
    return None
