"""Chinese claims from LAC's words and tags and the paragraph's quotes (see `claims` for the order).

Frames, per sentence:
  * 据X介绍/透露/统计，… ; 据悉，… / 据了解，… (no source); (记者)从X获悉，… ; 根据/按照X，… ;
    X数据显示，… ; 在X看来，…
  * source + cue + content: the source is the words since the last clause mark before the cue
    (鹿城区经济和信息化局局长贺立新在接受记者采访时 | 表示 | ，…); it must name someone (a person or
    organization word, a pronoun, a title, or an unnamed-source noun like 业内人士). The content,
    first match wins: the quote that opens right after the cue (说：“…”); the rest of the sentence,
    cut before a quote that follows it; the quote that closes right before the source (“…，”他说 /
    “…。”他说。); the clause before the source (…，他说。).
    A source with 这样/如此/如是 before the cue and no quote before it in its paragraph
    (阮博文这样评价。) claims the lone quote of the paragraph before (`RawClaim.points`).
  * an English cue where the language changes inside the paragraph: a quote with "said Zhang
    Wei" / "she said" after it or "Lin said:" before it, and an English sentence "He added that …".
Traditional characters are read in their simplified form (`names.simplified_chars`, offsets kept).
Content is split where a new statement starts: before 预计/并将/未来/明年/下一步…, and before a
clause that starts with a time or plan word (今年/全年/将/力争/但…) when its forecast status
differs from the clause before; not after a clause of time or cause alone (随着…，) and not
between the items of a list after a colon. A quote is split only where it turns to the future.
A headline (one short line in pieces) is read piece by piece: "X：…" is a claim of X, a
forward-looking piece one in the article's own voice. An own-voice sentence starts at its first
forward-looking clause when a clause of plain fact comes before it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .claims import (ANSWER_MARKS, QUESTION_MARKS, _cue_follows_zh, with_plain_quotes, Quote, RawClaim, content_claim,
                     find_quotes, long_enough, trim)
from .claims_en import _is_future as _is_future_en
from .lang import Parse, words_zh
from .names import DOUBLE_SURNAMES, NAME_PARTICLES, ZH_SURNAME_CHARS, simplified_chars

_CUES = frozenset(words_zh.REPORTING_CUES)
# cues after which the content may follow with no comma ("他认为这个市场…")
_DIRECT = frozenset({"表示", "说", "称", "认为", "指出", "预计", "透露", "坦言", "强调", "相信", "直言", "坦承", "宣布",
                     "披露", "预测", "预期", "估计", "判断", "建议", "提醒", "警告", "声称", "宣称", "承认", "看好",
                     "呼吁", "坦陈", "介绍", "分析", "提出", "表明"})
# cues of someone's words being reported (within an interview's answer, another speaker's)
_SPEECH_CUES = frozenset({"表示", "说", "称", "透露", "指出", "介绍", "认为", "强调", "坦言", "告诉", "宣布", "提到", "直言"})
_FORECAST_CUES = frozenset({"预计", "预测", "预期", "展望", "预估", "预判", "预料"})
_PRONOUNS = ("他", "她", "他们", "她们", "我们", "我", "该", "这位", "其", "对方")
_UNNAMED_RE = re.compile(r"业内|人士|专家|分析师|投资者|网友|居民|村民|消费者|员工|工人|负责人|相关部门|有关部门|官员|"
                         r"发言人|方面|机构|报告|数据|统计|调查|通报|公告|声明")
_SUBORDINATE = ("随着", "由于", "因为", "如果", "虽然", "尽管", "为了", "对于", "关于", "除了", "假如", "一旦")
_NOT_SOURCE_END = ("可以", "也就是", "这", "所以", "应该", "不难", "再", "不用", "据", "比如", "或者", "虽然", "就是",
                   "换句话", "俗话", "怎么", "没有", "不好", "难以", "很难")
_JU = re.compile(r"(?<![数依根证占收单字])据(?P<src>[^，,。：:；“”]{0,40}?)(?P<cue>" + "|".join(words_zh.JU_CUES) +
                 r")(?:[，,：:]|(?=[“「]))")
_JU_BARE = re.compile(r"^(?:[^，。]{0,12}，)?(?P<cue>据悉|据了解|据介绍|据透露|据报道|据统计|另据了解|据称)[，,：:]?")
_LEARNED = re.compile(r"(?:记者)?(?:从|自|向)(?P<src>(?:[^，,。；“”（(]|[（(][^（()）]{0,30}[）)]){2,60}?)"
                      r"(?:获悉|了解到|得知|获得的消息|证实)[，,：:]")  # 从X有限公司（以下简称“X”）获悉
_BASED_ON = re.compile(r"^(?:[^，。]{0,12}，)?(?:根据|按照|依据|依照|对照)(?P<src>[^，,。；]{2,50}?)(?:的(?:数据|统计|安排|部署|"
                       r"要求|规划|计划|目标))?[，,]")
# a document that shows (召回计划显示，…; 公告显示，…): a frame whose source is no speaker (GUIDE.md)
_DOCUMENT_SRC = re.compile(r"[\u4e00-\u9fff]{0,6}(?:召回计划|公告|通知|文件|招股书|年报|半年报|季报|财报)")
_SHOWS = re.compile(r"(?P<src>[^，,。；“”]{2,40}?|[^，,。；“”]{2,40}?《[^《》]{1,40}》(?:[（(][^（()）]{1,50}[）)])?)(?:的)?(?:数据|统计|报告|调查|监测|测算|研究)?(?:显示|表明)[，,：:]")
_VIEW = re.compile(r"在(?P<src>[^，,。；“”]{1,30}?)看来[，,]")
_QUOTE_CLOSE = "”」』\""
# a sentence in which someone briefed (X通报了…, X介绍了…), read as the source of a 据介绍 right after it
_BRIEFED = re.compile(r"(?:^|(?<=[，,。\n]))(?P<src>[^，,。“”\n]{2,40}?)(?:通报|介绍)了")
# forward-looking words; a bare 将/会/拟 counts when LAC makes it a word of its own before a verb
# (see `_future_at`), so 主要在, 虚拟, 协会 never do. Plain times ahead (明年, 下半年) are weaker: with
# 已/已经 the statement is about now ("订单已经排到明年二季度了").
_ZH_FUTURE_STRONG = re.compile(r"将会|将要|即将|将来|预计|预料|(?<![于比])预估(?!的)|料将|恐将|短期内?难|(?:若|如果|一旦|假如|倘若|要是)[^，,。；;]{1,20}[，,]将|(?:如果|假如|倘若|要是)[^，,。；;]{1,20}[，,][^，,。；;]{0,16}?(?:没有问题|没问题|不成问题|就能|就会|就可以)|(?:突破|达到|实现|完成|超过)[^，,。；;]{0,12}(?:问题不大|没有问题|没问题|不成问题)|等到[^，,。；;]{1,12}(?:就|才|再)(?:可以|能|会|要)|(?<=[\u4e00-\u9fff])(?<![材原饮燃肥资布涂塑饲史香物草预照废面油颜染辅主配用])料(?:年增|年减|会|可|达|增|升|跌|降|减|回|受|续)|恐怕(?=[^，,。；;]{0,4}(?:会|将|难|要))|有望|可望(?!而不可)|可能|(?<![原已])定于|[还也仍]会|计划|打算|争取|力争|目标(?:是|为)|未来|今后|"
                               r"下一步|下一阶段|接下来|届时|到20\d\d年|十五五|预期|预测|展望|[仍必还也并都就才或]将|势必|"
                               r"(?<![不难])可期(?!货)|大概率|[就快]要(?![求是])(?=[\u4e00-\u9fff])|"  # 就要多出30万台: "is going to"  # 前景可期 ("can be looked forward to"), 大概率 ("very likely")
                               r"(?:今年|全年|年内)(?!以来)[^，,。；;已了]{0,20}(?:不少于|不低于)|"  # a floor set for the year
                               # time still needed (仍需三到五年), as early as (最快9月开航), a target's floor
                               # (增长目标不低于15%), confidence in reaching a goal (对实现年度目标有信心, 突破…是有把握的)
                               r"(?:仍|还|尚)需(?:要)?[^，,。；;]{0,8}?(?<!\d)(?:[一二两三四五六七八九十]+|\d{1,2})(?:到(?:[一二两三四五六七八九十]+|\d{1,2}))?"
                               r"(?:年|个月)(?!度)|"
                               r"最快[^，,。；;]{0,6}?(?:\d+月|年底|年内|明年|下月|下周|下半年)|目标(?:不低于|不少于|达到)|"
                               r"或于(?![^，,。；;]{0,8}(?:上|去|前|已))(?=[^，,。；;]{0,8}(?:季度|月|年底|年内|明年|下半年))|"  # 价格或于三季度见顶
                               # 不排除价格回调 (not 不排除有人纵火, a possibility of now), 有信心完成 (not 对前景有信心: a mood)
                               r"不排除(?!有人|是|系|存在)(?=[\u4e00-\u9fff]{2})|"
                               r"有信心(?=在|把|让|将|完成|实现|守住|达到|突破|保持|做到|稳住|拿下)|"
                               r"(?<![去上前]年)全年[^，,。；;]{0,20}问题不大|"
                               r"(?:如果|假如|倘若|要是)[^，,。；;]{1,20}[，,][^，,。；;]{0,16}?应该(?=会|能|可以|和|与|跟|是|在|有|达到|超过|突破|不会|没|差不多)|"
                               r"(?<!每年)(?<!每到)(?:\d{1,2}月(?:底|中旬|下旬|上旬|初)?|月底|年底)前?(?:就|便)(?:能|可以|可|会)|"  # 下月中旬就能交付
                               r"(?:今年|年内|下半年|明年)(?:还|就)?要(?![求是素闻点害紧])(?=[\u4e00-\u9fff])|"  # 年内要把库存降到两成以下
                               r"再过[一二两三四五六七八九十几\d]+(?:年|个月|周|天)(?![^，,。；;]{0,20}了)|"  # 再过十年 (not 再过两年，他开了…: told of the past)
                               r"对[^，,。；;]{0,12}(?:完成|实现|达到|突破)[^，,。；;]{0,10}有(?:信心|把握)|"
                               r"(?:突破|完成|实现|达到)[^，,。；;]{0,12}是有把握的|"
                               r"(?<![已曾])将(?:使(?!用)|让|令|成为)|"  # 本地化采购将使…缩短 ("will make")
                               # 估计明年收入能超过50万元: an estimate of what is ahead (估计有200人参加: of now)
                               r"估计(?=[^，,。；;已了]{0,12}(?:能够|能达到|能超过|能突破|能实现|会达到|会超过|会突破|将|可望|有望|"
                               r"明年|年底|下半年))|估计(?:今年|明年|全年|下半年)?(?:能|会)(?![源力耗效])")
_ZH_FUTURE_TIME = re.compile(r"明年|后年|明春|明天|后天|下周|下月|下个月|下季度|(?<![去上前])年底前|(?<!上)月底前|(?<![过去近前一二两三四五六七八九十\d])年内(?!地|新高|新低|高点|低点|最高|最低|首次)|"
                             r"(?<!过去|最近)[一二两三四五六七八九十\d]+年内|20\d\d年(?:前(?![一二三四五六七八九十两\d]+个?(?:季度|月|周|天|年|名|位|家|批)|后)|底前)|(?<![去前])年?下半年(?!以来)|"
                             r"(?<![过去近前])(?<!最近)[一二两三四五六七八九十\d]+(?:个月|周|天|日)内|下一波|下一轮|"
                             r"(?:建成|投产|投用|完工|竣工|落成|达产)(?:后|以后)|"
                             r"(?:需|须|应当?|要)(?:在|于)(?![^，,。；;]{0,6}(?:去年|上年|前年))"
                             r"(?=[^，,。；;]{0,12}(?:\d|[一二三四五六七八九十]+月|年|月底|季度|周|旬))[^，,。；;]{1,15}(?:之前|前)")
# (a deadline is a date: 需在6月30日前完成申报; 应在购买前查看标签 is advice)
# 预期 as "expectations" (比市场预期早, 超预期) and 可能 as "possibility" (可能性, 可能的风险) are no forecast
_NOT_FUTURE = re.compile(r"(?:比|于|超|超出|不及|符合|好于|低于|高于)(?:市场|[^，,。；;预]{1,6}的)?预期|(?:盈利|心理|收入|通胀)预期|预期(?=[和及、])|"
                         r"预期(?=较强|较弱|偏强|偏弱|强烈|增强|减弱|升温|降温)|"  # 减产预期偏强: the mood of now
                         r"可能性(?!(?:已经|已|也|并|还|仍)?(?:不大|较小|很小|较大|很大|极小|极大))|可能的|"
                         r"(?:成了|成为|变成|变为)可能|"  # 夜间配送也成为可能: became possible, now
                         r"(?:这一|这个|该|此|上述)预期|"  # 上述预期并未兑现: the expectation, a thing
                         r"[“\"]?十[三四五六]五[”\"]?规划(?:纲要|建议)?的?(?:编制|起草|制定|研究|前期)(?:情况|工作|进展)|"  # drafting, now
                         # 对于明年钢价走势，…; 谈到今后的计划，…: the topic named, not a statement about it
                         r"(?:对于|关于|谈到|谈及|说起|提起|围绕)[^，,。；;]{0,20}(?:走势|前景|走向|形势|展望|打算|计划|安排|预期)(?=[，,])|"
                         r"(?:按|按照|依|依照)(?:原|既定|年初|原定)?计划(?:有序|稳步|顺利|正常)?(?:推进|进行|实施|开展)|"  # on schedule, now
                         r"(?:出乎|超出|超乎|不出|难以)预料|预料之[中外]|"  # 出乎预料: "unexpectedly", a fact
                         r"可能(?:是|为|与|跟|和|同|因为|由于|源于|出于|已经?|早已|正在|在于)|"  # a guess about what is or was
                         r"可能(?=(?:会)?(?:导致|影响|造成|引发|危及|损害))|"  # a risk of what is: …封口不严，可能导致变质
                         r"计划(?=$|[，,。；;、”」）)\s！!？?])|"  # a plan named, not a plan told: 感知计划。
                         r"(?:没有|暂无|并无|尚无)[^，。；]{0,12}计划|"
                         r"(?:该|这项|这一|此项|这个|该项|上述|此)(?:计划|规划|目标)|"  # 该计划已经实施两年: the plan, a thing
                         # (not 计划 opening a clause, a verb: …已完成封顶，计划于2026年二季度开始设备搬入)
                         r"(?<=[\u4e00-\u9fff])计划(?=(?:已经?|早已|于|自|从)[^，。；]{0,12}(?:启动|实施|开始|推出|发布|上线|完成|落地))|"
                         r"未来感|"
                         # 今年计划实施的212个重点项目中，已开工196个: the planned projects, a count of now
                         r"计划[\u4e00-\u9fff]{1,4}的(?=[\d一二三四五六七八九十百千]+(?:个|项|家)|项目)|"
                         r"(?:评级|信用)展望|展望(?=由|从|维持|调整|上调|下调|为“?(?:稳定|负面|正面))|"  # a rating outlook
                         r"拟(?=中选|中标|入选|入围|录用|获奖)|"  # 拟中选, 拟中标: a published list's status, not a plan
                         r"或将(?=[^，,。；;]{1,12}(?:发送|寄|提交|上传|投递|发)(?:至|到))|"  # 或将简历发送至…: "or send", 将 as 把
                         r"每[^，,。；;]{0,10}?(?:[，,](?![^，,。；;]{0,14}?(?:明年|今年|下月|下半年|年底|届时))"
                         r"[^，,。；;]{0,14}?)?就要|"  # (汇率每波动1%，毛利就要被吃掉…: what happens each time)
                         r"(?:谈到|谈及|说起|关于)[^，,。；;]{0,10}的下一步|(?:现状|过去|历史|今天)(?:与|和)未来|"  # 谈谈企业的现状与未来: a topic
                         r"(?:上调|下调|调高|调低|发布|更新)[^，,。；;]{0,8}预测(?=$|[，,。；;])|"  # 下调明年出口预测: a forecast named
                         r"(?:要想|想要|若想|如果|只有)[^。；;]{0,20}?就要|"  # 每隔两小时就要翻一次 (a habit),
                         # 要想走出去，就要… (what one must do)
                         r"(?:占|完成|达到|超过)了?[^，,。；;]{0,6}?(?:计划|目标)(?:任务)?的|"  # 占年度计划的31.5%: progress so far
                         r"(?:超出|超过|高于|低于|好于|已完成|完成了)(?:年初|年度|原|全年)?(?:计划|目标)|"  # 超出年初计划近一成
                         r"(?:设定|提出|制定|确定)的[^，,。；;]{0,12}(?:预期)?目标|"  # 年初提出的…增速目标未能完成
                         r"已将[^，,。；;]{0,10}计划|或已|"  # 已将排产计划上调 (a plan changed), 价格或已见底 (may already have)
                         r"对未来[^，,。；;]{0,6}?(?:充满|抱有|有)?(?:信心|期待|期望)|"  # 大家对未来都有信心: a mood of now
                         r"将至(?=$|[，,。；;！!])|"  # 岁末将至: the year's end is near (a scene of now)
                         r"展望(?=$|[，,。；;、”」）)\s])")  # 发布明年行业展望。: an outlook report named
_MODAL = {"将": ("d",), "会": ("v", "d"), "不会": ("v", "d"), "拟": ("v", "d")}
_VERBAL = ("v", "vd", "vn", "d", "ad", "p")
# words before 将 that make it the object marker (把) of an action under way or done
_DISPOSAL_BEFORE = frozenset({"正", "正在", "在", "已", "已经", "刚", "刚刚", "早已", "都已", "均已", "被"})
_SPLIT_ALWAYS = re.compile(r"^(?:并?预计|并?预期|并?预测|并?预估|并?预料|并将|未来|明年|今后|下一步|下一阶段|接下来|后续(?=将|还将|会|计划)|"
                           r"第?[一二三四]季度)")
# a clause that turns from what is to what will be (…下降约61%，短期内可能…; 此前主要靠…，这次希望…; 公司今后将…)
_SPLIT_IF_DIFFERS = re.compile(r"^(?:(?:公司|企业|集团|我们|该公司|本公司|双方)"
                               r"(?=(?:今后|未来|明年|今年|下一步)?(?:将|计划|力争|争取|预计)))?"
                               r"(?:今年|全年|年内|将|力争|争取|计划|预计|预估|到20\d\d年|下半年|上半年|目前|此外|但|但是|不过|"
                               r"今后|未来|明年|下一步|短期内?|中长期|长期来看|近期|这次|此次|随着|"
                               # 原计划年内开业，现在推迟到明年春季开业: the new date, after the old plan
                               r"(?:[\u4e00-\u9fff]{0,4}(?:时间|日期|节点|工期))?"  # (投产时间调整至明年3月)
                               r"(?:现在|目前|现已|已经?)?(?:改(?:于|在|到|为)|调整为|调整到|调整至|推迟到|推迟至|延期至|延期到|延后至|延至))")
_LEAD_IN = re.compile(r"^(?:(?:根据|按照|依据|依照)[^，。]{2,60}[，,]|据悉[，,]?|据了解[，,]?|此外[，,]|另外[，,]|同时[，,]|"
                      r"与此同时[，,]|不过[，,]|但是?[，,]|而[，,])")
_LIST_LINE = re.compile(r"(?:^|\n)\s*(?:[·•\-—>]|【|\[|＞|>>|相关|推荐|延伸|热门|更多)")


@dataclass(slots=True)
class Frame:
    cue: str
    cue_start: int
    cue_end: int
    source: tuple[int, int] | None
    content: tuple[int, int] | None
    quote: Quote | None = None
    forecast_cue: bool = False


# a plan or expectation of the past, to the end of its clause: 曾预计利润将增长两成 (it did not),
# 按照原计划, 原定于去年投产, 去年预计的目标, 已计划多年 (公司已计划明年投产 still looks ahead)
_PAST_VIEW = re.compile(r"(?:曾经?|(?<![草高平中荒冰雪])原本?|原先|原来|早先|当初|去年|上年|前年|此前|之前|先前)"
                        r"(?:预计|预期|预测|预估|计划|打算|规划|准备|设想|定于|拟|安排(?=在|于))[^，,；;。的]*|"
                        # 去年基地预计销售额能突破…: last year's expectation, its subject between
                        r"(?:去年|上年|前年|此前)[^的，,。；;\s]{1,6}?(?:曾|原)?(?:普遍|一度|一直)?(?:预计|预期|预估|计划|打算)"
                        r"(?:[，,][^，,；;。]*|[^，,；;。的]*)|"  # (此前业内普遍预计，…: the view, told after a comma too)
                        r"曾经?(?:普遍|一度|一直|广泛|多次)(?:预计|预期|预测|预估|认为)[^，,；;。的]*(?:[，,][^，,；;。]*)?|"
                        r"(?:曾经?|此前曾|原本|当初)(?:提出|承诺|表示将|表示要|宣布将|宣称将)[^，,；;。的]*|"  # 曾提出到2024年底…
                        r"曾有[\u4e00-\u9fff]{1,8}?(?:表示|宣称|承诺|提出)将?[^，,；;。的]*|"  # 曾有券商表示将…
                        r"(?:原来|原本|本来|当初)(?:说|讲)[^，,；;。]*|"  # 原来说去年就能通车
                        r"原定[^，,；;。的]*|已经?(?:计划|规划)(?=多年|已久|了)[^，,；;。的]*|"
                        r"(?:去年|上年|前年|此前|原)的?目标(?:是|为)[^，,；;。]*")  # 去年的目标是扭亏为盈


def _mask(content: str) -> str:
    """The content with quoted names, 比预期/没有…计划 and plans of the past blanked out."""
    for rx in (_NAMES, _NOT_FUTURE, _PAST_VIEW):
        content = rx.sub(lambda m: "□" * len(m.group(0)), content)
    return content


def is_future(content: str) -> bool:
    """A forward-looking word outside quoted names (“新冠肺炎疫苗实施计划”, 《三年行动计划》 name things),
    outside 比预期/没有…计划 and outside a plan of the past (曾预计…, 原计划); a time ahead alone does
    not count in a clause about what already is or was done (订单已经排到明年, 为明年储备了资金)."""
    masked = _mask(content)
    if _HAZARD_ZH.search(masked):  # a recall's hazard: 极端情况下可能损伤电池包，存在安全隐患 (a risk now, no forecast)
        masked = re.sub(r"可能|或", lambda m: "□" * len(m.group(0)), masked)
    if _ZH_FUTURE_STRONG.search(masked):
        return True
    for m in _ZH_FUTURE_TIME.finditer(masked):
        a = max(masked.rfind(x, 0, m.start()) for x in "，,；;。：:") + 1
        b = min((k for k in (masked.find(x, m.end()) for x in "，,；;。") if k != -1), default=len(masked))
        if re.search(r"已|了|累计|迄今|至今|以来", masked[a:b]):
            continue  # (年内累计上涨23%: so far this year)
        if "是" in masked[a:m.start()] and "的" in masked[m.end():b]:
            continue  # …是影响下半年行业景气度的关键变量: the time names what something is about
        if re.search(r"(?:排|排满|排产|排期|订|生产|使用|满足|维持|够用)(?:到|至)$", masked[max(a, m.start() - 4):m.start()]):
            continue  # 订单已排到明年三月: booked through a time ahead, a state of now
        if re.search(r"(?:担心|担忧|忧虑|顾虑)[^，,；;。]{0,4}$", masked[a:m.start()]):
            continue  # 客户担心明年关税政策变化，提前下单: a worry held now about a time ahead
        return True
    return False


_HAZARD_ZH = re.compile(r"极端情况下|存在[\u4e00-\u9fff]{0,8}(?:隐患|风险)|安全隐患|缺陷|召回|过热|起火|自燃|短路|漏电")
_NAMES = re.compile(r"“(?![十][三四五六]五)[^“”]{1,15}”|《[^《》]{1,40}》|「[^「」]{1,15}」")


def _future_at(p: Parse, s: int, e: int) -> bool:
    """The span speaks of the future: a forward-looking word, or 将/会/要 used as a modal before a verb."""
    if is_future(p.text[s:e]):
        return True
    if len(re.findall(r"[A-Za-z]+", p.text[s:e])) > len(re.findall(r"[\u4e00-\u9fff]", p.text[s:e])):
        return _is_future_en(p.text[s:e])  # an English sentence inside a Chinese paragraph
    masked = _mask(p.text[s:e])
    toks = [t for t in p.tokens if s <= t.start and t.end <= e and masked[t.start - s] != "□"]
    for k, (a, b) in enumerate(zip(toks, toks[1:])):
        if a.text == "将" and k > 0 and toks[k - 1].text in _DISPOSAL_BEFORE:
            continue  # 机械臂正将坯料送进锻压机, 已将货款退回: 将 as 把 (puts, has put), not "will"
        if a.text == "将" and (
                a.pos == "p" and b.pos in ("v", "vd") and len(b.text) >= 2 and b.end <= e
                # 若持续升值，将|压缩|业者获利空间: 将 before a verb is "will", whatever LAC tags it
                or b.text in ("使", "让", "令", "有", "成为", "是") and b.end <= e  # 将|使…缩短: "will make"
                # 全县将|新|改建…, 我们将|每周|增开…: a word of manner or time before the verb
                or a.pos == "p" and b.pos in ("d", "ad", "TIME", "t") and k + 2 < len(toks)
                and toks[k + 2].pos in ("v", "vd") and len(toks[k + 2].text) >= 2 and toks[k + 2].end <= e):
            return True  # (将 after 正, 已…, as 把, was passed over above)
        if a.text in _MODAL and a.pos in _MODAL[a.text] and (b.pos in _VERBAL or a.text == "拟") and \
                not (a.text == "会" and b.pos == "n") and \
                not (a.text == "会" and k > 0 and toks[k - 1].pos == "n" and len(toks[k - 1].text) == 1) and \
                not (a.text == "会" and k > 0 and toks[k - 1].text in ("该", "本", "此", "我", "全") and
                     not (toks[k - 1].text == "我" and b.pos in ("v", "vd") and len(b.text) >= 2)) and \
                not (a.text == "会" and k > 0 and toks[k - 1].pos in ("v", "vn", "n", "nz") and
                     (b.text in _MEETING_HELD or _meeting_held(toks, k + 1))) and \
                not (a.text == "会" and k > 0 and toks[k - 1].text.endswith(_MEETING_KINDS) and toks[k - 1].pos != "TIME"):
            return True  # (分会, 学会; 推进会召开, 发布会上, 推介会陆续召开, 对接会在武汉举行: a meeting, not "will";
            # 年会 is one, 我们下半年会把… is "will")
        if a.text == "会" and b.pos == "a" and b.text.startswith(("更", "越", "愈")):
            return True  # 留下来的商户会更稳: "will be steadier"
        if a.text == "中将" and b.pos in ("v", "vd") and len(b.text) >= 2 and k > 0 and \
                toks[k - 1].text.endswith(("方案", "文件", "规划", "计划", "政策", "意见", "办法", "通知", "条例", "合同", "协议",
                                           "细则", "规定", "草案", "措施", "过程", "工作", "活动", "改革", "重组", "项目")):
            return True  # 细则|中将|明确…: "in it, will", not the rank
        if a.text == "都会" and (b.pos in ("v", "vd") or b.text == "被") and \
                not re.search(r"每|一直|总是|往往|通常|历来|向来|都是|期间|每逢|节假日|平时|时候", masked[:a.start - s]):
            return True  # 工期都会被拖后: "will all be" (每年都会…: a habit)
        if a.text == "恐" and b.pos in ("d", "v", "vd", "ad"):
            return True  # 今年的目标恐难完成, 出口恐再受压: "is likely to", a warning
        if a.text == "希望" and b.pos in ("v", "vd", "p", "d") and b.text not in ("是", "能够是"):
            return True  # 这次希望通过展会找到大客户: an intention (希望科研人员…: a wish for others)
        if a.text == "准备" and b.pos in ("v", "p") and not (k > 0 and toks[k - 1].text in ("正在", "已", "已经")) and \
                not (b.text == "计提" or k > 0 and toks[k - 1].text.endswith(("跌价", "减值", "坏账"))):
            return True  # 准备在香港上市, 准备入主白宫 (not 正在准备材料, nor 存货跌价准备计提: a provision)
        if a.text == "或" and k > 0 and toks[k - 1].pos != "w" and b.pos in ("v", "vd", "d") and \
                not _verb_before(toks, k):
            return True  # 净利润或下降三成: "may", not "or" (可通过网站或拨打热线预约: "or")
    return False


# what a meeting is for, before its 会 (采购对接会吸引…, 推介会签约…): the noun, not "will"
_MEETING_KINDS = ("对接", "推介", "发布", "洽谈", "座谈", "交流", "说明", "博览", "展销", "订货", "招聘", "见面", "分享",
                  "研讨", "恳谈", "招商", "交易", "展览", "运动", "音乐", "茶话", "年", "峰", "例", "晚", "庙", "展")
# words after 会 the noun (a meeting: 推进会召开, 座谈会举行, 发布会现场)
_MEETING_HELD = frozenset({"召开", "举行", "举办", "开幕", "闭幕", "现场", "期间", "上"})


def _meeting_held(toks, k: int) -> bool:
    """From token k to the clause's end, a verb of holding that ends the clause (…会陆续召开。, …会在X举行):
    the meeting is what is held (公司会召开股东大会 holds something else)."""
    for j in range(k, len(toks)):
        if toks[j].pos == "w":
            return False
        if toks[j].text in ("召开", "举行", "举办", "开幕", "闭幕"):
            return j + 1 == len(toks) or toks[j + 1].pos == "w"
    return False


def _verb_before(toks, k: int) -> bool:
    """A verb or preposition between the clause's start and token k: 或 there joins two actions."""
    for t in reversed(toks[:k]):
        if t.pos == "w" and t.text in "，,。；;：:！？!?":
            return False
        if t.pos in ("v", "vd", "p"):
            return True  # (面板板块后续弹性或弱于…: a noun LAC tags vn, such as 后续, before 或)
    return False


def _sentences(p: Parse) -> list[tuple[int, int]]:
    """Sentence spans in characters; a headline line without end marks is cut at its question mark."""
    out = []
    for lo, hi in p.sents:
        if hi <= lo:
            continue
        s, e = p.tokens[lo].start, p.tokens[hi - 1].end
        out.append((s, e))
    return out


def _clause_start(text: str, pos: int, floor: int) -> int:
    """Start of the clause that ends at pos: after the last clause mark or quote, stepping over a
    bracket (“晟泰控股集团有限公司（以下简称“晟泰控股”）发布公告”)."""
    k = pos
    while k > floor and text[k - 1] not in "。！？；;，,：:\n“”「」『』\"":
        if text[k - 1] in "）)":
            o = max(text.rfind("（", floor, k - 1), text.rfind("(", floor, k - 1))
            if o > floor:
                k = o
                continue
        k -= 1
    return k


_PARTICLE = "(?:" + "|".join(NAME_PARTICLES) + r")\s+"
_LATIN_SOURCE = re.compile(rf"(?:{_PARTICLE})?[A-Z][\w.'-]*(?:\s+(?:{_PARTICLE})?[A-Z][\w.'-]*){{0,3}}")


def _source_ok(p: Parse, text: str, s: int, e: int) -> bool:
    src = text[s:e].strip()
    # 但她同时提醒, 不过她也提醒: the source is 她, between a turn word and an adverb
    core = re.sub(r"(?:同时|也|还|则|又|再次|进一步|亦)+$", "", re.sub(r"^(?:但是?|不过|而|同时|此外|另外)[，,]?", "", src))
    if core in _PRONOUNS and core != src:
        return True
    if not src or src.endswith(_NOT_SOURCE_END) or src in ("可以", "再", "也"):
        return False
    if src.startswith((*_SUBORDINATE, "针对", "围绕")) or re.match(r"就(?!业)", src) or src.endswith(("进行了", "作出了", "做出了")) or \
            re.search(r"(?:未经|未|没有|没|不(?!过|仅|少|断|但|久|愿)|并未|尚未|无法|不能|不会)[^，。]{0,6}$", src):
        return False  # 随着数据陆续披露 (a clause, not a source); 未经本站证实 (a cue denied); 就…问题进行了回答 (a topic)
    if any(src.startswith(x) or src.endswith(x) for x in _PRONOUNS) or _UNNAMED_RE.search(src) or \
            re.search(r"(?:^|[该其])(?:公司|集团|企业|协会|商会)(?:方面)?$", src):
        return True
    if any(t in src for t in words_zh.TITLES) or _LATIN_SOURCE.fullmatch(src):
        return True  # a title, or a name in Latin letters (Calloway 预计, van Loon说)
    if re.search(r"[\u4e00-\u9fff]{2}(?:集团|公司|协会|商会|银行|委员会|管委会|研究院|研究所|大学|学院|医院|法院|海关|"
                 r"联合会|基金会|交易所|局|厅)(?:[（(][^（()）]{1,60}[）)])?$", src):
        return True  # 出口商金芒果集团（Golden Mango Group Bhd）宣布: a body's name the model did not tag
    # a name, or a name the model tagged elsewhere in the article but not here (a name read as a noun after a full stop),
    # or one the article gave with a title before (项目经理某某某…。某某某坦言, the model reading the name as a verb)
    return any(tok.pos in _NAME_TAGS for tok in p.tokens if s <= tok.start and tok.end <= e) or \
        len(src) >= 2 and any(tok.pos in _NAME_TAGS and tok.text == src for tok in p.tokens) or \
        _bare_name(src) and re.search(_TITLE_BEFORE + re.escape(src), text) is not None


_NAME_TAGS = ("PER", "ORG", "nr", "nt")
_TITLE_BEFORE = "(?:" + "|".join(sorted(words_zh.TITLES, key=len, reverse=True)) + ")"


def _cue_tokens(p: Parse, s_start: int, s_end: int):
    """(cue text, start, end) of reporting cues in a sentence; 他说 as one word gives 说."""
    for t in p.tokens:
        if t.start < s_start or t.end > s_end:
            continue
        if t.text in _FORECAST_CUES and p.text[t.end:t.end + 1] in "和与及的、":
            continue  # 通胀预期和企业信心: expectations, a noun
        if t.text in _CUES and (t.pos.startswith("v") or t.pos in ("ad", "d") or p.text[t.end:t.end + 1] in "，：:"):
            yield t.text, t.start, t.end
        elif len(t.text) >= 2 and t.text[0] in "他她" and t.text[1:] in _CUES:
            yield t.text[1:], t.start + 1, t.end
        elif t.text in ("分析认为", "指出道", "透露道", "介绍说", "表示说", "笑着说"):
            yield t.text, t.start, t.end


def _frames(p: Parse, quotes: list[Quote]) -> list[Frame]:
    text = p.text
    out: list[Frame] = []
    sents = _sentences(p)
    for n, (s_start, s_end) in enumerate(sents):
        sent = text[s_start:s_end]
        taken: list[tuple[int, int]] = []
        # patterns first: 据X介绍，… / 据悉，… / 从X获悉，… / 根据X，… / X数据显示，… / 在X看来，…
        for rx in (_JU, _LEARNED, _VIEW):
            for m in rx.finditer(sent):
                src = (s_start + m.start("src"), s_start + m.end("src")) if m.group("src") else None
                if rx is _JU and src is None and m.group("cue") == "介绍" and n > 0:
                    # 局长周国庆通报了一季度项目进展情况。据介绍，…: the briefing just named is the source
                    told = _BRIEFED.search(text, sents[n - 1][0], sents[n - 1][1])
                    src = told.span("src") if told else None
                cs = s_start + m.end()
                out.append(Frame(m.group(0).rstrip("，,：:"), s_start + m.start(), cs, src,
                                 (cs, _cut_end(text, cs, s_end, quotes))))
                taken.append((s_start + m.start(), cs))
        if not taken:
            for rx in (_JU_BARE, _BASED_ON):
                m = rx.match(sent)
                if m and rx is _BASED_ON and not (_future_at(p, s_start + m.end(), s_end) or
                                                  re.search(r"数据|统计|调查|监测|测算", m.group(0))):
                    m = None
                if m:
                    src = (s_start + m.start("src"), s_start + m.end("src")) if "src" in m.groupdict() else None
                    cs = s_start + m.end()
                    out.append(Frame(m.group(0).rstrip("，,：:"), s_start + m.start(), cs, src,
                                     (cs, _cut_end(text, cs, s_end, quotes))))
                    taken.append((s_start + m.start(), cs))
                    break
        if not taken:
            m = _SHOWS.search(sent)
            if m and (_UNNAMED_RE.search(m.group("src")) or _DOCUMENT_SRC.fullmatch(m.group("src").strip())) or \
                    m and _source_ok(p, text, s_start + m.start("src"), s_start + m.end("src")):
                src_s = _clause_start(text, s_start + m.end("src"), s_start)
                cs = s_start + m.end()
                out.append(Frame("显示", s_start + m.start(), cs, (src_s, s_start + m.end("src")),
                                 (cs, _cut_end(text, cs, s_end, quotes))))
                taken.append((s_start + m.start(), cs))
        for cue, c_start, c_end in _cue_tokens(p, s_start, s_end):
            if any(a <= c_start < b for a, b in taken) or _aside(text, c_start, quotes):
                continue
            if any(f.content and f.content[0] <= c_start < f.content[1] and f.cue_start >= s_start for f in out):
                continue  # inside the content of an earlier cue of this sentence
            f = _frame_at(p, quotes, sents, n, cue, c_start, c_end)
            if f is not None:
                out.append(f)
                taken.append((f.source[0] if f.source else c_start, c_end))
    return out


def _aside(text: str, pos: int, quotes: list[Quote]) -> bool:
    """A cue that speaks for nobody here: inside brackets (经销商们习惯称他“王总”), or inside a quote
    that a cue outside attributes (“我们预计……”章海帆说。 / 他说：“我们预计……”)."""
    if max(text.rfind("（", 0, pos), text.rfind("(", 0, pos)) > max(text.rfind("）", 0, pos), text.rfind(")", 0, pos)):
        return True
    for q in quotes:
        if q.speech and q.start <= pos < q.end and \
                re.fullmatch(r"\s*(?:我们|我)(?:也|还|都|则|更)?", text[_clause_start(text, pos, q.start):pos]):
            return True  # “我们判断明年…”: the quote's speaker judges; the quote is the claim, cue and all
        if q.speech and q.start <= pos < q.end and q.close < len(text) and \
                (_cue_follows_zh(text, q.close + 1) or re.search(r"(?:说|道|表示|称|指出)[：:]\s*$", text[:q.open])):
            return True
    return False


# the subject of 预计 that is a thing (a project, a plant, an event), not someone who expects
_THING = re.compile(r"^(?:该|这个|这一|这座|这条|这家|此|其)?[\u4e00-\u9fffA-Za-z0-9]{0,12}?(?:项目|工程|工厂|新厂|基地|园区|生产线|"
                    r"产线|码头|港区|机场|大桥|线路|航线|展会|博览会|车型|楼盘|地块|装置|设施|中心|枢纽|电站|一期|二期|三期|"
                    r"新线|新品|产品)$")
# a view told as one held before: 此前曾预计…, 原本预计…
_PAST_WORDS = r"(?:曾经?|此前曾?|原本|原先|早先|当初|一度)(?:也|还)?"
_PAST_CUE = re.compile(_PAST_WORDS + "$")


# a statement made on an occasion of the past: 曾在去年的年会上, 曾于2022年
_SAID_THEN = re.compile(r"曾经?(?:(?:在|于)[^，,。；;“”]{1,24}(?:上|中|时)|(?:在|于)?(?:20\d\d年|去年|前年)[^，,。；;“”]{0,12})$")
_PAST_VIEW_CUE = re.compile(r"(?:" + _PAST_WORDS + r"|此前[\u4e00-\u9fff]{1,6}?曾?)"
                            r"(?:普遍|一度|一直|多次)?(?:预计|预期|预测|预估|表示|认为|称|计划|提出|承诺|判断)$")


def _bare_name(src: str) -> bool:
    """Two or three characters from a known surname on, with no function word (“……”戚国栋说): a name that
    the model may not know."""
    return 2 <= len(src) <= 3 and (src[0] in ZH_SURNAME_CHARS or src[:2] in DOUBLE_SURNAMES) and \
        not re.search(r"[的了们人者说称和与及在对向将等各该这那其此都也还又并就有大小老]", src)


def _frame_at(p: Parse, quotes: list[Quote], sents, n: int, cue: str, c_start: int, c_end: int) -> Frame | None:
    text = p.text
    s_start, s_end = sents[n]
    src_s = _clause_start(text, c_start, s_start)
    src = (src_s, c_start)
    after_quote = src_s > 0 and text[src_s - 1] in _QUOTE_CLOSE or \
        (src_s > 1 and text[src_s - 1] in "，," and text[src_s - 2] in _QUOTE_CLOSE)
    if not _source_ok(p, text, src_s, c_start) and not (after_quote and not text[src_s:c_start].strip()) and \
            not (after_quote and _bare_name(text[src_s:c_start].strip())):
        return None
    if cue in _FORECAST_CUES and _THING.search(text[src_s:c_start].strip()) and \
            not any(t.pos in ("PER", "ORG", "nr", "nt") for t in p.tokens if src_s <= t.start and t.end <= c_start):
        return None  # 该中心预计明年二季度投入使用: "is expected to", said of a thing, in the article's own voice
    f = Frame(cue, c_start, c_end, src if c_start > src_s else None, None,
              forecast_cue=cue in _FORECAST_CUES and not _PAST_CUE.search(text[max(src_s, c_start - 6):c_start]))
    while s_end < len(text) and text[s_end - 1] in "；;" and n + 1 < len(sents):  # content goes on after ；
        n += 1
        s_end = sents[n][1]
    if cue in ("介绍", "通报", "说明", "回答") and text[c_end:c_end + 1] == "了" and text[c_end + 1:c_end + 2] not in "，,：:":
        return None  # 主任某某介绍了…编制情况，并回答记者提问: a briefing named, what was said comes after
    looks_back = re.search(r"(?:这样|如此|这么|这般|如是)$", text[src_s:c_start])  # “…。”她这样形容
    # what follows the cue (a second cue word too: 分析认为, 表示说)
    rest = text[c_end:s_end] if not looks_back else ""
    m = re.match(r"(?:道|说|(?:本报|媒体)?记者|我们|笔者|小编|认为|表示|指出|称|是(?=[，,：:]))?[，,：:]?\s*", rest)
    cs = c_end + (m.end() if m else 0)
    if cue not in _DIRECT and cs == c_end and text[cs:cs + 1] not in "“「" and not looks_back:
        if text[cs:s_end].strip("。！？… \n"):  # e.g. 介绍产品: not a cue
            return None
    q = next((q for q in quotes if q.open == cs and (q.speech or q.close + 2 >= s_end)), None)
    if q is not None and not looks_back:
        f.quote, f.content = q, (q.start, q.end)
        return f
    ce = _cut_end(text, cs, s_end, quotes)
    if long_enough(text[cs:ce], "zh", _MIN) and not looks_back:
        f.content = (cs, ce)
        return f
    # nothing after the cue: the content comes before the source
    q = next((q for q in reversed(quotes) if q.close < src_s and q.speech), None)
    if q is not None and (re.fullmatch(r"[\s，,。.]*", text[q.close + 1:src_s]) or
                          (q.close + 1 >= s_start - 1 and q.close < s_start + 1) or
                          (q.close + 2 >= s_start and text[s_start:src_s].count("，") <= 1)):
        f.quote, f.content = q, (q.start, q.end)
        return f
    if looks_back:  # “……”(in the paragraph before) 阮博文这样评价。
        return f if f.source is not None else None
    head = text[s_start:src_s]
    if head.endswith(("，", ",")) and long_enough(head, "zh", _MIN):
        f.content = (s_start, src_s)
        return f
    return None


_EN_SRC = (r"(?:(?:[a-z][\w-]*\s+){1,2}(?=[\u4e00-\u9fff]))?"  # ("chairman 严海波": a name in characters, its title before)
           r"(?P<src>[Hh]e|[Ss]he|[Tt]hey|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|"
           r"[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{2,6})?)")
_EN_CUE = r"(?P<cue>said|says|added|adds|noted|stressed|explained|insisted|warned|told (?:[A-Z][\w.'-]*\s*){1,4}|" \
          r"told (?:reporters|the \w+(?: \w+)?))"
# an English cue around a quote in a Chinese paragraph: “我们明年将扩产，” said Zhang Wei. / "……," she said.
_EN_CUE_AFTER = re.compile(r"[\s,，]*(?:" + _EN_SRC + r"\s+(?:also\s+)?" + _EN_CUE + r"|" +
                           _EN_CUE.replace("?P<cue>", "?P<cue2>") + r"\s+" + _EN_SRC.replace("?P<src>", "?P<src2>") +
                           r")(?=\s*(?:[,.;:!?]|$|\s+(?:in|at|on|during|after|before|when|while|to|as)\b))")
_EN_CUE_BEFORE = re.compile(_EN_SRC + r"\s+(?:also\s+)?" + _EN_CUE + r"\s*[:,]\s*$")
# an English sentence in a Chinese paragraph that reports someone: "He added that the firm would hire 200 workers."
_EN_SAID_THAT = re.compile(r"(?:^|(?<=[。！？.!?”\"]))\s*" + _EN_SRC + r"\s+(?:also\s+)?" + _EN_CUE +
                           r"\s+(?:that\s+)?(?=[a-z\u4e00-\u9fffA-Z])")


def _english_frames(p: Parse, quotes: list[Quote], frames: list[Frame]) -> list[Frame]:
    """Frames whose cue is English in a Chinese paragraph (the language changes inside the paragraph):
    a quote with "said Zhang Wei" or "she said" after it, or "Lin said:" before it; an English
    sentence "He added that …"."""
    text, out = p.text, []
    taken = [f.content for f in frames if f.content]
    for q in quotes:
        if not q.speech or any(a < q.end and q.start < b for a, b in taken):
            continue
        m = _EN_CUE_AFTER.match(text, q.close + 1)
        if m:
            g = "src" if m.group("src") else "src2"
            cue = m.group("cue") or m.group("cue2")
            a, b = m.span(g)
            if text[b - 1] == "." and b - a > 2 and text[b - 2].islower():
                b -= 1  # "said Zhou Yan." ends a sentence
            out.append(Frame(cue, m.start("cue" if m.group("cue") else "cue2"), m.end(), (a, b), (q.start, q.end), q))
            continue
        m = _EN_CUE_BEFORE.search(text, 0, q.open)
        if m:
            out.append(Frame(m.group("cue"), m.start("cue"), m.end("cue"), m.span("src"), (q.start, q.end), q))
    for m in _EN_SAID_THAT.finditer(text):
        if any(a <= m.start("src") < b for a, b in taken) or any(q.start <= m.start("src") < q.end for q in quotes):
            continue
        end = re.search(r"[.!?。！？](?=\s|$|[\u4e00-\u9fff“\"])", text[m.end():])
        ce = m.end() + end.start() if end else len(text.rstrip())
        if len(text[m.end():ce].split()) >= 4:
            out.append(Frame(m.group("cue"), m.start("cue"), m.end("cue"), m.span("src"), (m.end(), ce)))
    return out


class _MIN:
    min_words_en = 4
    min_chars_zh = 4


def _cut_end(text: str, cs: int, s_end: int, quotes: list[Quote]) -> int:
    """Content from cs runs to the sentence's end, or to a quote that follows it after a comma."""
    for q in quotes:
        if q.speech and cs + 4 < q.open < s_end and text[q.open - 1:q.open] in ("，", ",", "：", ":"):
            return q.open
    return s_end


_BLANKED = re.compile(r" {4,}")  # an ad blanked out of its sentence (stages.unit_text: 他认为，      明年…)
_SENTENCE_END = re.compile(r"[。！？]|(?<=[a-z0-9%])[.!?](?=\s+[A-Z])")  # (an English quote's sentences too)


def split_zh(p: Parse, cs: int, ce: int, quoted: bool = False) -> list[tuple[int, int]]:
    """Split content where a new statement starts (see the module docstring); not at ； between the
    items of a list after a colon. A quote is split only where it turns from the present to the
    future or back."""
    text = p.text
    seg = text[cs:ce]
    blank = _BLANKED.search(seg)
    if blank:  # an ad spliced in and blanked out (stages.unit_text): the statement stops short of it
        left, right = trim(text, cs, cs + blank.start(), "zh"), trim(text, cs + blank.end(), ce, "zh")
        return [*(split_zh(p, *left, quoted) if left[1] > left[0] else []),
                *(split_zh(p, *right, quoted) if right[1] > right[0] else [])]
    # “这次合作是关键一步。未来三年，我们将…”: a quote of several sentences splits where they turn
    for m in _SENTENCE_END.finditer(seg[:-1]):
        a = max((x.end() for x in _SENTENCE_END.finditer(seg, 0, m.start())), default=0)
        nxt = _SENTENCE_END.search(seg, m.end())
        b = nxt.end() if nxt else len(seg)
        if long_enough(seg[:m.start()], "zh", _MIN) and long_enough(seg[m.end():], "zh", _MIN) and \
                _future_at(p, cs + a, cs + m.start()) != _future_at(p, cs + m.end(), cs + b):
            return [*split_zh(p, cs, cs + m.start(), quoted), *split_zh(p, cs + m.end(), ce, quoted)]
    for m in re.finditer(r"[，,；;]", seg):
        left, right = seg[:m.start()], seg[m.end():]
        if len(left) < 6 or len(right) < 6 or _open_quote(left):
            continue
        if m.group(0) in "；;":
            if re.match(r"(?:[二三四五六]是|其[二三四]|第[二三四五]|[二三四五六]、|另一方面)", right) or \
                    re.search(r"[：:]", left):
                continue  # 一是…；二是…, 可在三个选项中选择：…；…: one statement in parts
            if not quoted or _future_at(p, cs, cs + m.start()) != _future_at(p, cs + m.end(), ce):
                return [(cs, cs + m.start()), *split_zh(p, cs + m.end(), ce, quoted)]
            continue
        last_start = max(left.rfind("，"), left.rfind(","))
        if left.count("，") + left.count(",") == 0 and len(left) < 10 and not _plain_fact(p, cs, cs + m.start()) or \
                len(left) - last_start <= 4 and len(left) < 14:
            continue  # a time phrase, not a clause: "今年1－10月，" (公司尊重集采结果，未来将…: a clause)
        if _IF_CLAUSE.match(left[last_start + 1:]):
            continue  # "…，如果服务跟不上，未来客源流失的压力会越来越大": a condition stays with its outcome
        r_first = re.split(r"[，,]", right)[0]
        r_end = cs + m.end() + (len(r_first) if len(r_first) >= 4 else len(right))
        leads = re.match(r"随着[^，,。；;]{2,30}[，,][^，,。；;]{4,}", right)
        if leads:  # "…仍处于偏低水平，随着政策加码，风险偏好会逐步修复": the cause goes with what it brings
            r_end = cs + m.end() + leads.end()
        if re.match(r"(?:将|会|有望|可望)", right) and _noun_phrase(p, cs + last_start + 1, cs + m.start()):
            continue  # 外资企业带来的…服务，将推动…: the clause in front is the subject of what follows
        if re.match(r"(?:如果|假如|倘若|若(?!干))", right) and re.search(r"正在|已经?|(?<![为除])了(?!解)",
                                                                        left[last_start + 1:]) and \
                not _future_at(p, cs, cs + m.start()) and _future_at(p, cs + m.end(), ce):
            # what is done or under way, then what may follow if it works out: two statements (公司正在与商超洽谈合作 |
            # 如果签下来，明年营收有望…); a premise of the outlook stays with it (近年来种植面积持续扩大，如果…，未来…)
            return [(cs, cs + m.start()), *split_zh(p, cs + m.end(), ce, quoted)]
        turn = re.match(r"(?:但|但是|不过)", right) or _GOAL_AFTER_WORK.match(right)
        if not any((_plain_fact(p, cs + x.start(), cs + x.end()) and not (_ONGOING.search(x.group(0)) and not turn)) or
                   _future_at(p, cs + x.start(), cs + x.end())
                   for x in re.finditer(r"[^，,；;]+", left) if not _adverbial(x.group(0))):
            continue  # "随着气温回升、猪肉消费进入传统淡季，…", "研究院正在攻关…，力争…": the clause in front
            # (a cause, or work under way toward the goal) belongs to what follows
        r_future = _future_at(p, cs + m.end(), r_end)
        differs = _future_at(p, cs + last_start + 1, cs + m.start()) != r_future
        own = not quoted and _own_subject(p, cs + m.end(), ce)
        if differs and r_future and not own and not quoted and _future_at(p, cs, cs + m.start()):
            differs = False  # "中心建成后，年处理能力可达80万吨，将主要服务于…": the plan goes on
        if re.match(r"(?:但|但是|不过)", right):  # "…来自估值修复，但…仍可能带来波动": a turn toward a forecast
            differs = not _future_at(p, cs + last_start + 1, cs + m.start()) and _future_at(p, cs + m.end(), ce)
        # "全年吞吐量将达到850万标箱，明年有望突破950万标箱": a forecast for this year, then one for the next
        next_period = bool(re.match(r"(?:明年|后年)", right)) and r_future and \
            bool(re.search(r"今年|全年|年内", left[last_start + 1:])) and _future_at(p, cs + last_start + 1, cs + m.start())
        if _GOAL_AFTER_WORK.match(right) and _ONGOING.search(left) and not _future_at(p, cs, cs + m.start()) \
                and r_future and not quoted:  # (正在规划建设…，重点引进…，目标是…: the work may take two clauses)
            return [(cs, cs + m.start()), *split_zh(p, cs + m.end(), ce, quoted)]  # 正在规划建设…，首批厂房预计明年底交付
        if (_SPLIT_ALWAYS.match(right) and (differs or own or next_period)) or \
                (_SPLIT_IF_DIFFERS.match(right) and differs):
            # a plan and the target it serves stay one statement, whatever the target's subject
            # ("区里计划建设3个冷链中心，力争到2027年全区出口额突破5亿元", "计划投资建设生产线，力争2027年建成投产")
            return [(cs, cs + m.start()), *split_zh(p, cs + m.end(), ce, quoted)]
    return [(cs, ce)]


_IF_CLAUSE = re.compile(r"(?:如果|假如|倘若|要是|若是|如若|一旦|只要|若(?!干))")
_OPENERS = frozenset({"预计", "预期", "预测", "力争", "争取", "确保", "并", "同时", "也", "还", "未来", "今后", "下一步",
                      "下一阶段", "接下来", "到", "至", "届时", "起", "并预计", "后续"})


def _noun_phrase(p: Parse, s: int, e: int) -> bool:
    """text[s:e] is a noun phrase with a relative clause (外资企业带来的精准营养配方和数字化养殖服务): a 的, and only
    nouns after the last one."""
    toks = [t for t in p.tokens if s <= t.start and t.end <= e]
    at = max((k for k, t in enumerate(toks) if t.text == "的"), default=None)
    return at is not None and 0 < at < len(toks) - 1 and all(
        t.pos in ("n", "nz", "vn", "an", "a", "c", "ORG", "LOC", "nw", "f", "s") for t in toks[at + 1:])


def _own_subject(p: Parse, s: int, e: int) -> bool:
    """The clause from s names a subject of its own before its verb (预计到2025年底，义乌跨境电商年交易额将突破…,
    力争到2027年全县茶产业产值突破…), past an opening cue or plan word and a time; not a clause that goes
    straight on with a verb (预计2026年上半年投产, 力争2027年建成投产, 预计吸引…)."""
    toks = [t for t in p.tokens if s <= t.start and t.end <= e]
    k = 0
    while k < len(toks) and (toks[k].text in _OPENERS or toks[k].pos in ("TIME", "w", "m", "q", "f") and
                             not (toks[k].pos == "m" and k + 1 < len(toks) and toks[k + 1].pos == "n") or
                             re.fullmatch(r"(?:20\d\d年|[上下]半年|年[底末中内]|[底前内中初]|第?[一二三四]季度|年)",
                                          toks[k].text)):
        k += 1
    if k >= len(toks):
        return False
    first = toks[k]
    after = next((t for t in toks[k + 1:] if t.pos != "w"), None)
    if first.text in _NOT_SUBJECT or first.pos == "nz" and after is not None and after.pos == "f":
        return False  # 力争2028年全部投用 (全部 "all of it"), 力争“十五五”末实现…: a period, no subject
    if first.pos not in ("n", "nz", "nr", "ns", "nt", "PER", "ORG", "LOC", "s", "r", "m", "an", "nw") or \
            first.text in ("将", "会", "要", "拟", "可", "能", "有"):
        return False
    return any(t.pos in ("v", "vd", "d") for t in toks[k + 1:k + 12])


_NOT_SUBJECT = frozenset({"全部", "全面", "基本", "整体", "全线", "陆续", "逐步", "全年", "全数", "如期", "按期", "顺利"})
_ONGOING = re.compile(r"正在|正逐步|正加快|正积极|日益|逐渐")
# work under way, then its goal or expected date: two statements (公司正在申请…资质 | 力争明年…;
# 正在建设…产线 | 预计2027年底通线; 正在洽谈… | 有望年内签约; 正在研拟… | 最快年底前出台), as GUIDE.md splits them
_GOAL_AFTER_WORK = re.compile(r"(?:[\u4e00-\u9fff]{0,8}?(?:预计|力争|争取|计划|目标是)|拟|明年|下一步|年底前|年内|有望|可望|最快)")


def _open_quote(s: str) -> bool:
    return s.count("“") > s.count("”") or s.count("「") > s.count("」")


# a paragraph that only names a source and its cue before a colon: it speaks the quote of the next paragraph
_INTRO_ALONE = re.compile(r"\s*(?P<src>[^，。：:“”\s]{2,30}?)(?:在[^，。：:“”]{1,30}?(?:中|时|上))?"
                          r"(?P<cue>表示|说|称|指出|介绍|写道|强调|透露|坦言|回应)[：:]\s*$")


def claims_zh(p: Parse, cfg, breaks=()) -> list[RawClaim]:
    """Claims of one paragraph; ``breaks``: where the raw text had white space between words that
    cleaning took out (headlines are written in pieces set apart by spaces)."""
    p = _simplified(with_plain_quotes(p))
    text = p.text
    pieces = headline_pieces(text, breaks)
    if pieces is not None:
        return _headline_claims(p, pieces, cfg)
    # a headline line on top of the paragraph's next line (标题\n来源：…): its pieces, then the rest
    nl = text.find("\n")
    head_pieces = headline_pieces(text[:nl], [b for b in breaks if b < nl]) if 0 < nl and text[nl + 1:].strip() else None
    head = _headline_claims(p, head_pieces, cfg) if head_pieces else []
    answer = _answer(p)
    asked = [m.start() + 1 for m in re.finditer(r"\n(?=\s*(?:记者|" + QUESTION_MARKS + r")\s*[：:])", text)]
    if asked:  # 问：…？\n答：…。\n问：…？\n答：…: each exchange of the paragraph on its own
        k = asked[0]
        return [*claims_zh(_head(p, k), cfg, [b for b in breaks if b < k]),
                *(_shift(c, k) for c in claims_zh(_tail(p, k), cfg, [b - k for b in breaks if b >= k]))]
    if _QUESTION.match(text):  # 记者：有人担心订单会继续外流，您怎么看？ (an interviewer's question)
        nl = text.find("\n")  # (问：…？\n某某某：…: the answer on the question's next line, in one paragraph)
        if nl < 0 or not text[nl + 1:].strip():
            return []
        return [_shift(c, nl + 1) for c in claims_zh(_tail(p, nl + 1), cfg, [b - nl - 1 for b in breaks if b > nl])]
    alone = _INTRO_ALONE.match(text)
    if alone:  # Solvento在其官网发布的声明中表示：| the quote in the next paragraph
        return [RawClaim(alone.end("src"), alone.end("src"), alone.group("cue"), alone.start("cue"), alone.span("src"),
                         alone.group("src"), False, None, points=1)]
    quotes = find_quotes(text, "zh")
    frames = _frames(p, quotes)
    frames += _english_frames(p, quotes, frames)
    claims: list[RawClaim] = []
    used: list[tuple[int, int]] = []
    for f in frames:
        if f.content is None:
            continue
        for s, e in split_zh(p, *f.content):
            # 曾预计…, 曾表示将…: a view or a promise of the past
            past_cue = bool(_PAST_CUE.search(text[max(0, f.cue_start - 6):f.cue_start])) and (
                f.cue in _FORECAST_CUES or (f.cue in _SPEECH_CUES and bool(re.match(r"(?:将|要|会|计划|拟)", text[s:e]))))
            said_then = _SAID_THEN.search(text, max(0, f.cue_start - 30), f.cue_start)  # (曾在去年的年会上表示，…)
            past = past_cue or said_then is not None
            c = content_claim(text, s, e, "zh", f.cue, f.cue_start, f.source, None,
                              lambda x, s=s, e=e: not past and (_future_at(p, s, e) or f.forecast_cue))
            if c and long_enough(text[c.start:c.end], "zh", cfg) and not any(_overlap((c.start, c.end), u)
                                                                             for u in used):
                claims.append(c)
                used.append((c.start, c.end))
    for q in quotes:
        if not q.speech or any(_overlap((q.start, q.end), u) for u in used):
            continue
        f = _nearest_frame(frames, q, text) or _named_before_quote(p, q)
        for s, e in split_zh(p, q.start, q.end, quoted=True):
            c = content_claim(text, s, e, "zh", f.cue if f else None, f.cue_start if f else q.open,
                              f.source if f else None, None, lambda x, s=s, e=e: _future_at(p, s, e))
            if c and long_enough(text[c.start:c.end], "zh", cfg):
                claims.append(c if f else replace(c, orphan=True))
                used.append((c.start, c.end))
    for f in frames:  # 阮博文这样评价。: the speaker of the quote in the paragraph before
        if f.content is None and f.source is not None and not any(q.speech and q.close < f.cue_start for q in quotes):
            claims.append(RawClaim(f.cue_end, f.cue_end, f.cue, f.cue_start, f.source,
                                   text[f.source[0]:f.source[1]].strip(" ,，"), False, None, points=-1))
    framed = [(f.source[0] if f.source else f.cue_start, f.content[1] if f.content else f.cue_end) for f in frames]
    if answer is not None:  # an interview's answer: what no frame or quote in it took is the interviewee's, and
        # so is what 我/我们 say in it (我们预计…)
        # (a 预计 in an answer is the estimate of the one who answers, named before the colon or the interviewee)
        claims = [_answerers(c, answer) for c in claims]
        claims += [c for c in _answer_claims(p, answer, cfg) if not any(_overlap((c.start, c.end), u) for u in framed + used)]
    for s_start, s_end in _sentences(p) if answer is None else ():  # (the article's own voice; an answer is not it)
        if head_pieces and s_start < nl:
            s_start = nl + 1 + len(text[nl + 1:]) - len(text[nl + 1:].lstrip())
        if s_end <= s_start or any(_overlap((s_start, s_end), fr) for fr in framed):
            continue
        for s, e in _own_voice_spans(p, s_start, s_end):
            if any(_overlap((s, e), u) for u in used):
                continue
            c = content_claim(text, s, e, "zh", None, s, None, None, lambda x: True)
            if c and c.end - c.start >= max(cfg.min_chars_zh, 6):
                claims.append(c)
                used.append((c.start, c.end))
    return sorted(claims + [h for h in head if not any(_overlap((h.start, h.end), (c.start, c.end)) for c in claims)],
                  key=lambda c: c.start)


# an interview's answer: the interviewee's name (or 答) and a colon open the paragraph (某某某：今年的订单比去年多…)
_ANSWER = re.compile(r"^\s*(?P<src>" + ANSWER_MARKS + r"|[\u4e00-\u9fff]{2,4}(?:先生|女士|总)?)\s*[：:]\s*(?=\S)")
_QUESTION = re.compile(r"^\s*(?:记者|" + QUESTION_MARKS + r")\s*[：:]")
_QUESTIONER = re.compile(r"记者|问|主持人|编者按|本报|编辑|来源|作者|标题|摘要|导语|提示|注|备注|地址|电话|时间|地点")


def _answer(p: Parse) -> re.Match | None:
    """The paragraph opens as an interview's answer: 答： or a person's name (as LAC reads it) and a colon,
    with a sentence after it; not a question (记者：, 问：) nor a page label."""
    m = _ANSWER.match(p.text)
    if m is None or _QUESTIONER.search(m.group("src")) or not re.search(r"[。！？]", p.text[m.end():]):
        return None
    if _unnamed_answer(m):
        return m
    name = [t for t in p.tokens if m.start("src") <= t.start and t.end <= m.end("src")]
    # the name alone, or with 先生/女士/总 (not 林嘉树说：“…”, a cue with its quote)
    return m if name and name[0].pos == "PER" and name[0].start == m.start("src") and \
        p.text[name[0].end:m.end("src")] in ("", "先生", "女士", "总") else None


def _answerers(c: RawClaim, m: re.Match) -> RawClaim:
    """A claim of an answer's paragraph that the one who answers makes (我认为…, 我们预计…, a cue of no speech):
    theirs, named before the colon (某某某：…), or the interviewee's (答：…)."""
    if (c.source_text or "").strip() not in ("我", "我们") and c.cue in _SPEECH_CUES:
        return c
    return replace(c, answer=True) if _unnamed_answer(m) else replace(c, source=m.span("src"), source_text=m.group("src"))


def _unnamed_answer(m: re.Match) -> bool:
    """The answer opens with 答 (or A), not with the name of the one who answers."""
    return re.fullmatch(ANSWER_MARKS, m.group("src")) is not None


def _answer_claims(p: Parse, m: re.Match, cfg) -> list[RawClaim]:
    """An interview's answer: each of its statements is a claim of the one who answers (答: the interviewee),
    split where it turns from what is to what will be."""
    text = p.text
    named = not _unnamed_answer(m)
    source = m.span("src") if named else None
    out: list[RawClaim] = []
    for s_start, s_end in _sentences(p):
        s_start = max(s_start, m.end())
        if s_end <= s_start or text[s_start:s_end].rstrip().endswith(("？", "?")):
            continue
        for s, e in split_zh(p, s_start, s_end):
            c = content_claim(text, s, e, "zh", None, m.start("src"), source, None,
                              lambda x, s=s, e=e: _future_at(p, s, e))
            if c and long_enough(text[c.start:c.end], "zh", cfg):
                out.append(c if named else replace(c, answer=True))
    return out


def _head(p: Parse, k: int) -> Parse:
    """The parse of p.text[:k] (k at a token boundary)."""
    last = next((t.i for t in p.tokens if t.end > k), len(p.tokens))
    return Parse(p.text[:k], p.tokens[:last], [(lo, min(hi, last)) for lo, hi in p.sents if lo < last],
                 [(a, b, label) for a, b, label in p.ents if b <= k])


def _tail(p: Parse, k: int) -> Parse:
    """The parse of p.text[k:], offsets from k (k at a token boundary)."""
    first = next((t.i for t in p.tokens if t.start >= k), len(p.tokens))
    return Parse(p.text[k:], [replace(t, i=t.i - first, start=t.start - k, end=t.end - k) for t in p.tokens[first:]],
                 [(max(lo, first) - first, hi - first) for lo, hi in p.sents if hi > first],
                 [(a - k, b - k, label) for a, b, label in p.ents if a >= k])


def _shift(c: RawClaim, k: int) -> RawClaim:
    """A claim found in p.text[k:], its offsets moved to p.text."""
    return replace(c, start=c.start + k, end=c.end + k, cue_pos=c.cue_pos + k,
                   source=(c.source[0] + k, c.source[1] + k) if c.source else None,
                   head=(c.head[0] + k, c.head[1] + k) if c.head else None)


def _simplified(p: Parse) -> Parse:
    """The parse with traditional characters read in their simplified form (預計 as 预计), offsets kept."""
    text = simplified_chars(p.text)
    if text == p.text:
        return p
    return replace(p, text=text, tokens=[replace(t, text=simplified_chars(t.text),
                                                 lemma=simplified_chars(t.lemma)) for t in p.tokens])


def _own_voice_spans(p: Parse, s: int, e: int) -> list[tuple[int, int]]:
    """Forward-looking statements of a sentence in the article's own voice: from its first clause,
    or from its first forward-looking clause when a clause of plain fact comes before it
    (“…总装车间，一批织机正在打包，下周将发往胡志明市”); a time, place or cause clause in front
    (随着…, 在…中, 受…带动) belongs to the statement."""
    text = p.text
    sent = text[s:e]
    if _LIST_LINE.search(sent) or sent.rstrip().endswith(("？", "?")) or _CAPTION_ZH.match(sent) or \
            not _future_at(p, s, e):
        return []
    m = _LEAD_IN.match(sent) or (re.match(r"[^：:，,“”《》\s]{2,10}[：:](?=\S)", sent) if not re.search(r"[。！？]", sent)
                                  else None)  # a headline's topic (中方对美反制：…), not part of the statement
    a = s + (m.end() if m else 0)
    clauses = [(a + x.start(), a + x.end()) for x in re.finditer(r"[^，,；;]+", text[a:e])]
    for k, (ca, cb) in enumerate(clauses):
        if _future_at(p, ca, cb):
            if k and _PAST_VIEW_CUE.search(text[clauses[k - 1][0]:clauses[k - 1][1]].strip()):
                return []  # 管理层在上市时曾预计，…将于…: a view of the past, told by no named source
            if any(_plain_fact(p, x, y) for x, y in clauses[:k]):
                a = ca
            break
    a, b = trim(text, a, e, "zh")
    if not (b > a and _future_at(p, a, b)):
        return []  # 按照原计划，…: the lead-in only
    # a piece split off that is about now is no own-voice forecast (这项计划于2022年启动，目前已覆盖…)
    return [(x, y) for x, y in split_zh(p, a, b) if _future_at(p, x, y)]


# a picture caption: 图为…, 图：…, （图）, ▲…
_CAPTION_ZH = re.compile(r"^\s*(?:图为|图片为|上图为|下图为|图[:：]|（图|\(图|▲|△|图片来源|摄影[:：])")
_ADVERBIAL = re.compile(r"^(?:随着|由于|因为|如果|若|只要|只有|除非|假如|要是|倘若|虽然|尽管|为了|对于|关于|除了|一旦|在|受|按照|根据|依据|截至(?![^，,；;]*(?:已|累计))|经过|通过)|"
                        r"^从[^，,；;]{1,24}看$|"  # 从一季度的询价情况看，…: the view it takes, no statement
                        # (not a verb that ends in 后/前: 押后, 推后, 延后, 落后, 滞后 "postponed, lagging"; 提前)
                        r"(?:下|中|(?<![押推延落滞])后|时|(?<!提)前|以来|期间|之际|方面|影响|带动)$")


def _adverbial(clause: str) -> bool:
    """A time, place or cause clause (随着…, 在…中, 受…影响); not work under way (新仓库正在改造中)."""
    return bool(_ADVERBIAL.search(clause)) and not re.search(r"(?:正在?|仍在|还在|尚在)[\u4e00-\u9fff]{1,8}中$", clause)


def _plain_fact(p: Parse, a: int, b: int) -> bool:
    """A main clause of plain fact: a verb of its own, or a noun and an adjective that ends the clause as its
    predicate (利润增长压力仍然较大); not a time/place/cause clause."""
    if _adverbial(p.text[a:b]):
        return False
    toks = [t for t in p.tokens if a <= t.start and t.end <= b and t.pos != "w"]
    return any(t.pos in ("v", "vd") for t in toks) or \
        bool(re.search(r"(?:已经?|正在)[\u4e00-\u9fff]", p.text[a:b])) or \
        (len(toks) >= 3 and toks[-1].pos == "a" and  # 已通过认证 (通过 tagged a preposition)
         any(t.pos in ("n", "nz", "ORG", "PER", "LOC", "nw") for t in toks[:-1]))


_HEADLINE_SOURCE = re.compile(r"(?:家|商|人|士|者|师|员|企业|公司|集团|协会|商会|部门|机构|央行|银行|局|委|部|厅|办|"
                              # a company named by its trade (某某精机：明年营收拚双位数成长)
                              r"机械|精机|机电|机床|装备|重工|科技|电子|电器|电气|光电|半导体|材料|新材|化工|医药|药业|"
                              r"制药|生物|汽车|能源|实业|控股|股份|物流|航运|港务|纺织|食品|通信|软件|智能|"
                              # a title the story gives its person (董事长：…, 行政总裁：…)
                              + "|".join(words_zh.HEADLINE_TITLES) + r")$")
_METADATA = re.compile(r"(?:来源|作者|编辑|责任编辑|记者|原文|相关|推荐|标签|关键词|"
                       r"发布|主办|承办|协办|联系|信息|文章|供稿|审核|校对|索引)")  # (发布机构：某某局, a page's label)


def _headline_source(x: str) -> bool:
    """The words before a headline's colon name a source (经济学家, 某某精机, 某某海关; a titled person:
    专访某某电驱总经理某某某), not a topic or a label."""
    return bool((_HEADLINE_SOURCE.search(x) or x.endswith(words_zh.ORG_SUFFIXES) or _TITLED_NAME.search(x))
                and not _METADATA.match(x))


_TITLED_NAME = re.compile(r"(?:" + "|".join(words_zh.HEADLINE_TITLES) + r"|主任|院长|教授|经济学家|分析师|秘书长)"
                          r"(?![谈说讲答])[" + "".join(sorted(ZH_SURNAME_CHARS)) + r"][\u4e00-\u9fff]{1,2}$")
# (a surname, then the name; not 董事长谈发展, a title and what it talks about)


def _names_a_firm(p: Parse, s: int, e: int) -> bool:
    """The words before a headline's colon are a company's name: LAC's organization word, then at most a
    trade noun (沣驰|动力：拟投资…), no verb (中方对美反制：… is a topic)."""
    toks = [t for t in p.tokens if s <= t.start and t.end <= e]
    return bool(toks) and toks[0].pos == "ORG" and toks[0].start == s and len(toks) <= 2 \
        and all(t.pos in ("n", "nz", "ORG") for t in toks[1:])


def _headline_claims(p: Parse, pieces: list[tuple[int, int]], cfg) -> list[RawClaim]:
    """A headline's pieces: “经济学家：明年仍有降息空间” is a claim of its source; a forward-looking
    piece (拟年内生效) one in the article's own voice; a piece is never split."""
    text, out = p.text, []
    said = None  # the source of an earlier piece (某某：明年…有望回升 拟增聘200名工程师: the second piece is its too)
    for a, b in pieces:
        m = re.match(r"([^：:]{1,18})[：:]", text[a:b])
        source = m and (_headline_source(m.group(1)) or _names_a_firm(p, a, a + m.end(1)) or
                        any(t.pos in _NAME_TAGS and t.end == a + m.end(1) for t in p.tokens))  # (…首席分析师某某某：)
        if m and not source:  # 某某股东大会：董秘称明年…: a topic, then the source and its cue
            a = a + m.end()
        cued = re.match(r"([\u4e00-\u9fff]{2,10}?)(预计|预测|认为|表示|称|透露)(?=[\u4e00-\u9fff\d])", text[a:b])
        if m and source:
            cs, ce = trim(text, a + m.end(), b, "zh")
            c = content_claim(text, cs, ce, "zh", "：", a + m.end(1), (a, a + m.end(1)), None,
                              lambda x, cs=cs, ce=ce: _future_at(p, cs, ce))
        elif cued and _headline_source(cued.group(1)):  # 商会预计全年有望突破…: a source, its cue, what it said
            cs, ce = trim(text, a + cued.end(), b, "zh")
            c = content_claim(text, cs, ce, "zh", cued.group(2), a + cued.start(2), (a, a + cued.end(1)), None,
                              lambda x, cs=cs, ce=ce, cue=cued.group(2): cue in ("预计", "预测") or _future_at(p, cs, ce))
        elif _future_at(p, a, b):
            cs, ce = trim(text, a, b, "zh")
            c = content_claim(text, cs, ce, "zh", said and "：", said[0] if said else a, said, None, lambda x: True)
        else:
            continue
        if c and len(re.findall(r"[\u4e00-\u9fff]", text[c.start:c.end])) >= 4:  # headlines are terse
            out.append(c)
            said = c.source if c.cue == "：" else None
    return out


def headline_pieces(text: str, breaks=()) -> list[tuple[int, int]] | None:
    """The pieces of a headline (one short line with no sentence marks, in pieces set apart by
    white space, which cleaning may have taken out: ``breaks``), or None when the text is no headline."""
    s = text.strip()
    if not s or len(s) > 60 or "\n" in s or re.search(r"[。！？!?]|[A-Za-z]\.(?:\s|$)", s):
        return None  # a sentence mark, or an English sentence's full stop ("……," said Zhang Wei.)
    cuts = sorted({0, len(text), *breaks, *(m.start() for m in re.finditer(r"\s+", text)),
                   *(m.end() for m in re.finditer(r"\s+", text))})
    pieces = [(x, y) for x, y in zip(cuts, cuts[1:]) if text[x:y].strip()]
    one = re.match(r"([^：:，,“”《》\s]{2,18})[：:]\S", s)
    if len(pieces) == 1 and one and _headline_source(one.group(1)):
        return pieces  # a headline in one piece with its source: 某某农商银行：今年新增贷款不少于30亿元
    return pieces if len(pieces) >= 2 else None


def _overlap(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _named_before_quote(p: Parse, q: Quote) -> Frame | None:
    """A lone quote with no frame in its paragraph, after a sentence that names one person (市民邢晓峰趁着假期
    换了一台冰箱，“国家补贴加上商场优惠，比平时便宜了1000多块钱。”): that person's words."""
    text = p.text
    start = max(text.rfind(x, 0, q.open) for x in "。！？\n") + 1
    names = {(t.start, t.end) for t in p.tokens if start <= t.start and t.end <= q.open and t.pos == "PER"}
    if len(names) != 1:
        return None
    a, b = names.pop()
    return Frame("", b, b, (a, b), (q.start, q.end), q)


def _nearest_frame(frames: list[Frame], q: Quote, text: str) -> Frame | None:
    """A lone quote's frame: one whose source starts right after it (“…。”他说，…), else the nearest
    before it in the paragraph, else the nearest after."""
    named = [f for f in frames if f.source is not None]
    for f in named:
        if q.close < f.source[0] and re.fullmatch(r"[\s，,。.]*", text[q.close + 1:f.source[0]]) and \
                not ("。" in text[q.close + 1:f.source[0]] and f.content is not None and f.content[0] > f.cue_start):
            return f  # (“…”。徐子航则表示，明年将…: a new sentence with words of its own does not claim the quote)
    before = [f for f in named if f.cue_start < q.open]
    if before:
        return before[-1]
    after = [f for f in named if f.cue_start > q.close]
    return after[0] if after else None
