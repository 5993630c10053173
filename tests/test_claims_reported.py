"""Reported statements whose cue the parse leaves loose: "told me on a call last week that …" (the "that"
after the cue's object and adverbials), "Data from X show …" (a finding shown without "that"), X今日公布，…
and X发布的《…》（English title）显示，…; the next sentence of an organization's official with no cue of its
own (X相关负责人表示，…。目前…，预计…); "an assessment by X estimates", "Analysts had expected …, according to
X Data" (X speaks), 但她同时提醒，… (a pronoun between a turn word and an adverb), a Chinese quote in English
text closed by '" she said'; and look-alikes that are no claim. Each case is one article's text and the
claims a reader expects from it: (content, speaker name or None, forecast)."""
import pytest

CASES = [
    pytest.param("Ada Okafor, chief executive of Trellis Pay, told me on a call last week that the company now "
                 "processes about 3 billion naira a month.",
                 [("the company now processes about 3 billion naira a month", "Ada Okafor", False)],
                 id="told-me-on-a-call-that"),
    pytest.param("Ada Okafor told me that story twice.", [], id="told-me-that-story"),
    pytest.param("Ada Okafor told me that story about her father twice last year.", [], id="told-me-that-long-story"),
    pytest.param("Rosa Quintero, head of quality, told the call that three of the seven observations concerned "
                 "cleaning.", [("three of the seven observations concerned cleaning", "Rosa Quintero", False)],
                 id="told-the-call-that"),
    pytest.param("Some analysts said the stock's 9% slide since March already prices in the weaker margins.",
                 [("the stock's 9% slide since March already prices in the weaker margins", None, False)],
                 id="said-with-the-clause-read-as-its-object"),
    pytest.param("Ada Okafor said nothing about the merger talks with the rival bank.", [], id="said-nothing"),
    pytest.param("Data from the Harbour Statistics Office show timber exports to Japan fell 8 percent in June.",
                 [("timber exports to Japan fell 8 percent in June", "Harbour Statistics Office", False)],
                 id="data-from-x-show"),
    pytest.param("The results show the team played well.", [], id="results-show-no-source"),
    pytest.param("An independent assessment by Harbour Analytics estimates the bridge will carry 40,000 cars a day "
                 "once it opens.",
                 [("the bridge will carry 40,000 cars a day once it opens", "Harbour Analytics", True)],
                 id="an-assessment-by-x"),
    pytest.param("Analysts on average had expected earnings of 91 cents a share, according to Harwick Market Data.",
                 [("earnings of 91 cents a share", "Harwick Market Data", False)],
                 id="analysts-according-to-a-named-compiler"),
    pytest.param("Analysts said sales would rise 5%, according to a survey.", [("sales would rise 5%", None, True)],
                 id="analysts-according-to-an-unnamed-survey"),
    pytest.param('Mei Ling, the association\'s deputy secretary-general, was blunter. '
                 '"明年行业整合会明显加快，没有资质的小作坊会被淘汰。" she said.',
                 [("明年行业整合会明显加快，没有资质的小作坊会被淘汰", "Mei Ling", True)],
                 id="chinese-quote-then-she-said"),
    pytest.param("海川港务股份有限公司（海川港务）今（18）日公布，海川港今年上半年货柜装卸量达182.6万TEU，年增7.2%。",
                 [("海川港今年上半年货柜装卸量达182.6万TEU，年增7.2%", "海川港务股份有限公司", False)],
                 id="zh-announced-today"),
    pytest.param("市统计局公布了今年一季度的主要经济数据。", [], id="zh-announced-a-thing"),
    pytest.param("协会秘书长周丽表示，预计下半年钢材价格将企稳回升。但她同时提醒，铁矿石价格仍处于高位，钢厂利润空间依然有限。",
                 [("预计下半年钢材价格将企稳回升", "周丽", True), ("铁矿石价格仍处于高位，钢厂利润空间依然有限", "周丽", False)],
                 id="zh-but-she-also-warned"),
    pytest.param("江源港务集团相关负责人表示，一期码头已于去年建成投用。目前二期工程已完成土地收储，预计明年三季度开工建设。",
                 [("一期码头已于去年建成投用", "江源港务集团", False), ("预计明年三季度开工建设", "江源港务集团", True)],
                 id="zh-an-officials-next-sentence-goes-on"),
    pytest.param("英国咨询机构Northwind Research日前发布的《2025年第三季度航运展望》（Shipping Outlook Q3 2025）显示，"
                 "亚洲至北欧航线平均航程延长约10天。",
                 [("亚洲至北欧航线平均航程延长约10天", "Northwind Research", False)], id="zh-titled-report-shows"),
    pytest.param("Eko Cement said profit rose. Chairman of the board, Alhaji Sani Dankoli, told shareholders in a "
                 "separate letter that the board expects to declare a dividend in the coming weeks.",
                 [("the board expects to declare a dividend in the coming weeks", "Sani Dankoli", True)],
                 id="told-in-a-letter-that"),
    pytest.param("In the park, the line is running at full load. \"This year our export orders rose more than 40%, the "
                 "workers now work two shifts,\" Lu Guohong (卢国宏), chairman of the company, told reporter.",
                 [("This year our export orders rose more than 40%, the workers now work two shifts", "Lu Guohong",
                   False)], id="source-with-chinese-name-in-brackets"),
    pytest.param("在答记者问环节，有记者问及民营经济。市发改委主任许建东回答，下一步将出台支持民营经济发展的措施。",
                 [("下一步将出台支持民营经济发展的措施", "许建东", True)], id="zh-answered"),
    pytest.param("对此，鲜丰超市客服总监邱亮回应称，门店关闭是公司调整布局所致。他承诺，公司将于12月15日前完成全部储值卡退款。",
                 [("门店关闭是公司调整布局所致", "邱亮", False), ("公司将于12月15日前完成全部储值卡退款", "邱亮", True)],
                 id="zh-promised"),
    pytest.param("Exports rose at the Dongguan port. A relevant person in charge of the Huizhou Municipal Bureau of "
                 "Commerce said that the city has set up a special fund of 300 million yuan this year.",
                 [("the city has set up a special fund of 300 million yuan this year",
                   "Huizhou Municipal Bureau of Commerce", False)], id="person-in-charge-of-a-body"),
    pytest.param("石狮服装企业加速“出海” 明年外贸订单有望再增两成\n来源：闽南晚报　作者：记者 林 晓彤　日期：2026-10-14\n\n"
                 "泉安市商务局介绍，今年前三季度出口增长12%。",
                 [("明年外贸订单有望再增两成", None, True), ("今年前三季度出口增长12%", "泉安市商务局", False)],
                 id="zh-headline-over-its-source-line"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_loose_cues(claims_of, text, expected):
    assert claims_of(text) == expected
