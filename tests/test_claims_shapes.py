"""Error shapes seen on unseen articles, one invented article per shape, in English and Chinese: what
is and is not a forecast, where one statement ends, and who said a quote when the quote and its cue are
in different languages. Each case: the article's text and the claims a reader expects,
(content, speaker name or None, forecast)."""
import pytest

import pipeline
from pipeline.names import normalize


@pytest.fixture(scope="module")
def claims_of(claims_cfg):
    def run(text):
        a = pipeline.process_text(text, config=claims_cfg)
        return [(c.text, _Said(a, c.speaker) if c.speaker else None, c.forecast) for c in a.claims]

    return run


class _Said(str):
    """A claim's speaker, equal to any surface form of its entity after the evaluation's normalization
    (LABELS.md: a speaker is right when it is one of the entity's names), so that which form the
    entity stage makes canonical (阮美怡 or Ruan Meiyi) does not decide these claims tests."""

    def __new__(cls, article, speaker):
        self = super().__new__(cls, speaker.name)
        ent = next((e for e in article.entities if e.entity_id and e.entity_id == speaker.entity_id), None)
        self.forms = {normalize(speaker.name)} | ({normalize(x) for x in (ent.name, *ent.aliases,
                                                                          *(m.text for m in ent.mentions))}
                                                 if ent else set())
        return self

    def __eq__(self, other):
        return isinstance(other, str) and normalize(other) in self.forms

    __hash__ = str.__hash__


NOT_FORECASTS = [
    pytest.param("走进生产车间，机械臂正将烧得通红的铝合金坯料送进锻压机。", [], id="zh-jiang-as-ba-under-way"),
    pytest.param("据统计，2024年前三季度全省直播电商交易额同比增长21.3%。",
                 [("2024年前三季度全省直播电商交易额同比增长21.3%", None, False)], id="zh-first-three-quarters-of-year"),
    pytest.param("海外布局方面，青禾科技此前曾预计，越南基地将于今年一季度投产。",
                 [("越南基地将于今年一季度投产", "青禾科技", False)], id="zh-expectation-held-before"),
    pytest.param("首席分析师袁可心认为，补贴资金的持续性是影响下半年行业景气度的关键变量。",
                 [("补贴资金的持续性是影响下半年行业景气度的关键变量", "袁可心", False)], id="zh-time-ahead-as-modifier"),
    pytest.param("Analyst Mia Roth said Arden was paying about 9.5 times Lusitel's expected earnings.",
                 [("Arden was paying about 9.5 times Lusitel's expected earnings", "Mia Roth", False)],
                 id="en-expected-as-adjective"),
    pytest.param("STOCKHOLM (Oct 2) — Arden Paper AB agreed to buy a Portuguese packaging maker for about 3.1 billion "
                 "euros in cash, as it wagers that European supermarkets will keep shifting away from plastic.",
                 [], id="en-future-only-in-a-closing-clause-of-reason"),
    pytest.param('"Our orders for next year are already 30 percent higher," said Lin Yue, sales director of Qinghe Textile.',
                 [("Our orders for next year are already 30 percent higher", "Lin Yue", False)],
                 id="en-time-ahead-as-modifier"),
    pytest.param("The company met its sales target for the third year in a row, chairman Li Wei said.",
                 [("The company met its sales target for the third year in a row", "Li Wei", False)], id="en-target-met"),
    pytest.param("Li Wei said the company met its sales target, and the firm will hit its next target by 2027.",
                 [("the company met its sales target", "Li Wei", False), ("the firm will hit its next target by 2027", "Li Wei", True)],
                 id="en-target-met-then-a-target-ahead"),
    pytest.param("Analyst Li Wei said there was a lack of political will to reform the sector.",
                 [("there was a lack of political will to reform the sector", "Li Wei", False)], id="en-will-the-noun"),
    pytest.param("Li Wei said the bill will then be sent to the Senate in the middle of next year.",
                 [("the bill will then be sent to the Senate in the middle of next year", "Li Wei", True)],
                 id="en-bill-will-is-a-future-form"),
    pytest.param("Li Wei said that in the past the company would buy cotton from Xinjiang every spring.",
                 [("in the past the company would buy cotton from Xinjiang every spring", "Li Wei", False)],
                 id="en-would-of-habit-in-the-past"),
    pytest.param("调查人员表示，事故可能是由设备老化引起的。", [("事故可能是由设备老化引起的", None, False)],
                 id="zh-a-guess-about-what-was"),
    pytest.param("专家认为，部分企业可能已经提前备货。", [("部分企业可能已经提前备货", None, False)], id="zh-a-guess-about-what-is"),
    pytest.param("也有业内人士担忧，部分地区电网消纳能力不足，可能影响项目进度。",
                 [("部分地区电网消纳能力不足，可能影响项目进度", None, False)], id="zh-worry-about-a-risk-of-now"),
    pytest.param("该计划已经实施两年，累计帮扶企业300余家。", [], id="zh-the-plan-as-a-thing"),
    pytest.param("这项计划于2022年启动，目前已覆盖全市80%的社区。", [], id="zh-plan-launched-in-the-past"),
    pytest.param("公司去年的目标是扭亏为盈，这一目标已经实现。", [], id="zh-last-years-target"),
    pytest.param("这家工厂未来感十足的车间吸引了不少参观者。", [], id="zh-futuristic-is-no-future"),
    pytest.param("Consumer groups said shoppers should check the labels before buying frozen seafood.",
                 [("shoppers should check the labels before buying frozen seafood", None, False)], id="en-advice-is-no-forecast"),
]


FORECASTS = [
    pytest.param("Council officers said the junction work should be completed before the new hall opens.",
                 [("the junction work should be completed before the new hall opens", None, True)],
                 id="en-should-as-expectation"),
    pytest.param("Mr Hale said talks were under way with Avonmere College about a training scheme, with the first intake "
                 "planned for September.",
                 [("talks were under way with Avonmere College about a training scheme, with the first intake planned for "
                   "September", "Hale", True)], id="en-planned-for-a-month"),
    pytest.param("据了解，双方共同投资3.2亿元在港区建设冷链集拼中心。该中心预计明年二季度投入使用。",
                 [("双方共同投资3.2亿元在港区建设冷链集拼中心", None, False), ("该中心预计明年二季度投入使用", None, True)],
                 id="zh-thing-is-expected-to"),
]


@pytest.mark.parametrize("text,expected", FORECASTS)
def test_claims_shapes_forecasts(claims_of, text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize("text,expected", NOT_FORECASTS)
def test_claims_shapes_not_forecasts(claims_of, text, expected):
    assert claims_of(text) == expected


ONE_STATEMENT = [
    pytest.param("Wang Hong, head of the Qinghe Toy Association, said toy exports reached 14.7 billion yuan in the first "
                 "seven months, and the association expects full-year exports to grow by about 10%.",
                 [("toy exports reached 14.7 billion yuan in the first seven months", "Wang Hong", False),
                  ("full-year exports to grow by about 10%", "Qinghe Toy Association", True)],
                 id="en-and-a-new-source-with-its-cue"),
    pytest.param("县长杨明表示，县里计划今年下半年开工建设游客集散中心，力争2026年国庆前投入使用。",
                 [("县里计划今年下半年开工建设游客集散中心，力争2026年国庆前投入使用", "杨明", True)],
                 id="zh-plan-and-its-deadline"),
    pytest.param("区长王立表示，区里计划建设3个冷链集配中心，力争到2027年全区水果出口额突破5亿元。",
                 [("区里计划建设3个冷链集配中心，力争到2027年全区水果出口额突破5亿元", "王立", True)],
                 id="zh-plan-and-the-target-it-serves"),  # GUIDE: a chain of forward clauses stays together
    pytest.param("据了解，第十届青禾国际机械展将于11月在广州举行，预计将有超过80家企业参展。",
                 [("第十届青禾国际机械展将于11月在广州举行，预计将有超过80家企业参展", None, True)],
                 id="zh-event-and-its-expected-attendance"),
    pytest.param("站长张强说，只要后期不出现大范围干热风，预计今年单产有望比去年提高3%左右。",
                 [("只要后期不出现大范围干热风，预计今年单产有望比去年提高3%左右", "张强", True)],
                 id="zh-condition-goes-with-its-forecast"),
    pytest.param("总经理陈立表示，冷链中心建成后，年处理能力可达80万吨，将主要服务于东南亚水果的进口分拨。",
                 [("冷链中心建成后，年处理能力可达80万吨，将主要服务于东南亚水果的进口分拨", "陈立", True)],
                 id="zh-plan-goes-on-after-capacity"),
]


@pytest.mark.parametrize("text,expected", ONE_STATEMENT)
def test_claims_shapes_where_a_statement_ends(claims_of, text, expected):
    assert claims_of(text) == expected


MIXED_SPEAKERS = [
    pytest.param('Zhou Yan (周雁), general manager of Qingshi Ceramics, points at a kiln. "我们明年将扩产," Zhou Yan said on Monday. '
                 'She was speaking to visiting buyers.',
                 [("我们明年将扩产", "Zhou Yan", True)], id="zh-quote-en-cue-after"),
    pytest.param('Ruan Meiyi (阮美怡), head of the Qingshi Tile Association, was blunt. "行业洗牌还没有结束，" she said. '
                 '"未来两年还会有一批小厂退出。"',
                 [("行业洗牌还没有结束", "Ruan Meiyi", False), ("未来两年还会有一批小厂退出", "Ruan Meiyi", True)],
                 id="zh-quotes-en-pronoun-between"),
    pytest.param("青禾纺织有限公司董事长林嘉树在接受采访时表示，公司今年出口额增长了两成。"
                 "他说：“We will open a new warehouse in Rotterdam next year.”",
                 [("公司今年出口额增长了两成", "林嘉树", False),
                  ("We will open a new warehouse in Rotterdam next year", "林嘉树", True)],
                 id="en-quote-zh-pronoun-cue-before"),
    pytest.param("Lin Jiashu, chairman of Qinghe Textile, spoke at the fair on Monday. 林嘉树说：“我们明年将在鹿特丹开设新仓库。”"
                 "He added that the company would hire 200 workers.",
                 [("我们明年将在鹿特丹开设新仓库", "Lin Jiashu", True), ("the company would hire 200 workers", "Lin Jiashu", True)],
                 id="en-sentence-he-added-after-zh-quote"),
    pytest.param("澄川储能董事长邵志远表示，公司今年出货量增长三成。\n\n"
                 "According to Shao, the company's second plant will start production in the fourth quarter.",
                 [("公司今年出货量增长三成", "邵志远", False),
                  ("the company's second plant will start production in the fourth quarter", "邵志远", True)],
                 id="pinyin-surname-of-a-name-in-characters"),
    pytest.param("Zhang Wei (张伟), general manager of Qingshi Ceramics Co., Ltd. (青石陶瓷有限公司), said the company will "
                 "double its slab output next year.",
                 [("the company will double its slab output next year", "Zhang Wei", True)],
                 id="en-source-with-characters-in-brackets"),
    pytest.param("青禾纺织董事长林嘉树表示，公司今年出口增长两成。According to 林嘉树, the company will open a new plant in "
                 "Vietnam in 2026.",
                 [("公司今年出口增长两成", "林嘉树", False), ("the company will open a new plant in Vietnam in 2026", "林嘉树", True)],
                 id="en-according-to-a-name-in-characters"),
    pytest.param("匯通銀行首席經濟師麥凱欣預計，本港零售銷貨價值今年將按年下跌3%至5%。",
                 [("本港零售銷貨價值今年將按年下跌3%至5%", "麥凱欣", True)], id="zh-traditional-characters"),
    pytest.param("联会主席邓志明直言：“租金不减，好多小店撑不过今年冬天。”邓主席又透露，联会已去信多个大业主。",
                 [("租金不减，好多小店撑不过今年冬天", "邓志明", False), ("联会已去信多个大业主", "邓志明", False)],
                 id="zh-surname-and-title"),
    pytest.param("记者从青川航空有限公司（以下简称“青川航空”）获悉，新航季该公司将新开和恢复航线13条。",
                 [("新航季该公司将新开和恢复航线13条", "青川航空有限公司", True)], id="zh-learned-from-with-alias"),
    pytest.param("青川航空市场部总经理尤国良介绍，新开航线主要集中在西南地区的支线机场。“过去要在两个城市转机，现在一站中转就能到。”"
                 "尤国良说，明年上半年公司还将接收4架新飞机。",
                 [("新开航线主要集中在西南地区的支线机场", "尤国良", False), ("过去要在两个城市转机，现在一站中转就能到", "尤国良", False),
                  ("明年上半年公司还将接收4架新飞机", "尤国良", True)], id="zh-name-after-title-unknown-to-the-model"),
    pytest.param("The expansion is financed partly by a loan from Alder Mutual. The Campaign for Safer Streets, a residents' "
                 "group, said it would consider asking the minister to call in the decision.",
                 [("it would consider asking the minister to call in the decision", "Campaign for Safer Streets", True)],
                 id="en-name-with-a-description"),
    pytest.param("The expansion is financed partly by a loan from Alder Mutual, the building society. A spokesperson for "
                 "Alder Mutual said the society was pleased to back a long-established local employer.",
                 [("the society was pleased to back a long-established local employer", "Alder Mutual", False)],
                 id="en-spokesperson-for-a-body"),
]


@pytest.mark.parametrize("text,expected", MIXED_SPEAKERS)
def test_claims_shapes_speakers_across_languages(claims_of, text, expected):
    assert claims_of(text) == expected


OWN_VOICE_NOT_FORECASTS = [
    pytest.param("A law that will take effect in January has already drawn criticism from small retailers.", [],
                 id="en-will-in-a-relative-clause-about-the-present"),
    pytest.param("Last year the city announced plans to build a second airport.", [], id="en-plan-announced-in-the-past"),
    pytest.param("Photo: Workers will assemble the first turbines at the Qingshan plant next month.", [],
                 id="en-caption"),
    pytest.param("Workers will assemble the first turbines at the Qingshan plant next month. (Photo: Li Ming/Xinhua)", [],
                 id="en-caption-with-credit"),
    pytest.param("Not everyone is convinced the boom will last.", [], id="en-a-view-nobody-holds"),
    pytest.param("消费者应当在购买前仔细查看产品标签。", [], id="zh-advice-before-buying"),
    pytest.param("订单排到明年二季度 青禾纺机企业抢滩越南市场", [], id="zh-booked-through-a-time-ahead"),
    pytest.param("图为工人们在车间里组装将于下月交付的风电叶片。", [], id="zh-caption"),
]


@pytest.mark.parametrize("text,expected", OWN_VOICE_NOT_FORECASTS)
def test_claims_shapes_own_voice_not_forecasts(claims_of, text, expected):
    assert claims_of(text) == expected


OWN_VOICE_FORECASTS = [
    pytest.param("Plans call for the plant to open in 2026.", [("Plans call for the plant to open in 2026", None, True)],
                 id="en-plans-call-for"),
    pytest.param("The second terminal is targeted for completion in 2027.",
                 [("The second terminal is targeted for completion in 2027", None, True)], id="en-targeted-for-completion"),
    pytest.param("The city announced plans to build a second airport by 2030.",
                 [("The city announced plans to build a second airport by 2030", None, True)], id="en-plan-announced-ahead"),
    pytest.param("企业需在6月30日前完成年报申报。", [("企业需在6月30日前完成年报申报", None, True)], id="zh-deadline-with-a-date"),
]


@pytest.mark.parametrize("text,expected", OWN_VOICE_FORECASTS)
def test_claims_shapes_own_voice_forecasts(claims_of, text, expected):
    assert claims_of(text) == expected
