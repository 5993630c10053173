"""Speakers: a claim's source resolved to the entity it refers to, and linked to entities.jsonl."""
import pytest

import pipeline


@pytest.fixture(scope="module")
def speakers_of():
    from pipeline.config import load_config

    cfg = load_config(overrides=["spam.model=rules", "spam.keep_spam=true", "run.progress=false"])

    def run(text):
        a = pipeline.process_text(text, config=cfg)
        ids = {e.entity_id for e in a.entities}
        for c in a.claims:
            assert c.speaker is None or c.speaker.entity_id is None or c.speaker.entity_id in ids
        return [(c.source_text, c.speaker.name if c.speaker else None) for c in a.claims]

    return run


@pytest.mark.parametrize("text,expected", [
    pytest.param("Li Ming founded the company in 1998. He said the firm will list its shares in Hong Kong next year.",
                 [("He", "Li Ming")], id="pronoun-to-person"),
    pytest.param("Wang Jun, chairman of Dongfang Textiles, said orders rose 20% this year. Sales in Europe fell. "
                 "The chairman added that the company will open a plant in Vietnam next year.",
                 [("Wang Jun, chairman of Dongfang Textiles", "Wang Jun"), ("The chairman", "Wang Jun")],
                 id="title-to-person"),
    pytest.param("Teng Guohua, general manager of Yuefeng Printing, said water use fell by a third. "
                 "Teng said the company plans to add 20 more machines in the next two years.",
                 [("Teng Guohua, general manager of Yuefeng Printing", "Teng Guohua"), ("Teng", "Teng Guohua")],
                 id="surname-to-full-name"),
    pytest.param("Huaxin Group Co., Ltd. reported a 12% rise in sales on Monday. The company said exports would "
                 "grow again next year.",
                 [("The company", "Huaxin Group Co., Ltd.")], id="the-company-to-org"),
    pytest.param("A person close to the company said the talks with two state-owned developers had stalled.",
                 [("A person close to the company", None)], id="unnamed-person"),
    pytest.param("Shares of Dongfang Machinery rose 5%. A Dongfang executive, who asked not to be named, said orders "
                 "had doubled.", [("A Dongfang executive, who asked not to be named", None)], id="anonymous-employee"),
    pytest.param("Hualin Securities cut its target. Hualin's analysts estimated that 30% of the tools come from "
                 "abroad.", [("Hualin's analysts", "Hualin Securities")], id="analysts-of-an-org"),
    pytest.param("The Ningbo Robotics Association said that about 500 firms would exhibit.\n\nHuaxin Robot "
                 "Technology showed a new arm at the fair. The company said it would cut prices next year.",
                 [("The Ningbo Robotics Association", "Ningbo Robotics Association"),
                  ("The company", "Huaxin Robot Technology")], id="the-company-of-this-paragraph"),
    pytest.param("Huaxin Group hosted the fair. According to the organizing committee, the fair drew 800 exhibitors "
                 "this year.", [("the organizing committee", None)], id="unnamed-committee"),
    pytest.param("The first winter, Wang Huilan was afraid to turn the boiler on.\n\n\"I watched the meter like a "
                 "thief,\" said the 68-year-old widow.", [("the 68-year-old widow", "Wang Huilan")],
                 id="description-to-person"),
    pytest.param("The court appointed Haixin Law Firm as administrator. The administrator said that delivering homes "
                 "would be the top priority.", [("The administrator", "Haixin Law Firm")], id="role-to-org"),
])
def test_attribution_en_speakers(speakers_of, text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("华信集团董事长李明出席了签约仪式。他表示，公司将在“十五五”期间把研发投入提高到营收的5%。",
                 [("他", "李明")], id="ta-to-person"),
    pytest.param("华信集团发布公告称，公司已完成对星海科技的收购。该公司表示，收购完成后将整合双方的销售渠道。",
                 [("华信集团发布公告", "华信集团"), ("该公司", "华信集团")], id="gaigongsi-to-org"),
    pytest.param("宿迁市发改委相关负责人表示，盐城将支持光伏企业开展兼并重组。该负责人表示，明年不再新增低端产能。",
                 [("宿迁市发改委相关负责人", "宿迁市发改委"), ("该负责人", "宿迁市发改委")],
                 id="unnamed-official-of-org"),
    pytest.param("某零部件企业负责人表示，主机厂要求零部件年降5%到8%，利润空间被进一步压缩。",
                 [("某零部件企业负责人", None)], id="mou-is-unnamed"),
    pytest.param("宁波华信置业有限公司以12亿元竞得该地块。华信置业相关负责人表示，该地块将打造改善型住宅。",
                 [("华信置业相关负责人", "宁波华信置业有限公司")], id="official-of-a-short-name"),
    pytest.param("华信控股集团有限公司（以下简称“华信控股”）发布公告称，公司重组方案已获债权人支持。",
                 [("华信控股集团有限公司（以下简称“华信控股”）发布公告", "华信控股集团有限公司")],
                 id="source-over-a-bracket"),
    pytest.param("二手房中介李国平关注到另一个变化。这位在当地从业十多年的李先生说，今年以来挂牌量减少了近两成。",
                 [("这位在当地从业十多年的李先生", "李国平")], id="honorific-after-a-description"),
])
def test_attribution_zh_speakers(speakers_of, text, expected):
    assert speakers_of(text) == expected


def test_attribution_lone_quote_takes_previous_speaker(speakers_of):
    text = ('"Our exposure is to the real economy of this region," President Yu Qingsong told reporters.\n\n'
            '"When export orders slow, our borrowers feel it first, and then we feel it."')
    assert speakers_of(text) == [("President Yu Qingsong", "Yu Qingsong"), (None, "Yu Qingsong")]


def test_attribution_quote_before_its_speaker(speakers_of):
    text = ("“这次降准比市场预期来得早一些。”\n\n"
            "华屹证券首席经济学家王海这样评价。王海认为，降准有助于稳定年末流动性。")
    assert speakers_of(text) == [(None, "王海"), ("王海", "王海")]


@pytest.mark.parametrize("text,forecast", [
    pytest.param("2024-09-20 08:05\n\n华屹证券在研报中预测，瑞丰医疗2025年至2026年的净利润分别为4.6亿元和5.5亿元。", True,
                 id="zh-a-later-year-is-the-future"),
    pytest.param("2024-09-20 08:05\n\n华屹证券在研报中指出，瑞丰医疗2023年的净利润为3.1亿元。", False,
                 id="zh-an-earlier-year-is-not"),
    pytest.param("March 3, 2024\n\nAnalysts at Dalton Bank said revenue of Orvell Motors in fiscal 2026 is 12% above "
                 "its peers.", True, id="en-a-later-year-is-the-future"),
])
def test_attribution_later_year_makes_a_forecast(text, forecast):
    from pipeline.config import load_config

    cfg = load_config(overrides=["spam.model=rules", "spam.keep_spam=true", "run.progress=false"])
    a = pipeline.process_text(text, config=cfg)
    assert [c.forecast for c in a.claims] == [forecast]


@pytest.mark.parametrize("text,expected", [
    pytest.param("宁波华信电子有限公司总经理龚志成带记者参观了车间。“今年的订单已经排到了明年三月。”龚总说。",
                 [("龚总", "龚志成")], id="cue-glued-to-surname-and-title"),
    pytest.param("东岭县市场监督管理局局长甘 启东出席了发布会。甘局长介绍，全县今年抽检食品三千批次。",
                 [("甘局长", "甘启东")], id="surname-and-title-to-spaced-name"),
    pytest.param("东岭县农业农村局局长覃 启航陪同记者参观。“全县今年新种茶园五千亩。”覃局长说。",
                 [("覃局长", "覃启航")], id="quote-then-surname-and-title"),
    pytest.param("镇党委书记 农 立新 带记者看了新建的冷库。他说，明年全镇将再建两座冷库。",
                 [("他", "农立新")], id="pronoun-to-spaced-name-after-title"),
    pytest.param("东岭县市场监督管理局局长甘 启东出席了发布会。今年全县抽检食品三千批次，合格率99%，甘局长表示。",
                 [("甘局长", "甘启东")], id="official-speaking-after-the-claim"),
    pytest.param("宁川机械董事长蔺 立业介绍，公司今年出口增长了三成。该公司表示，明年将开拓中东市场。",
                 [("宁川机械董事长蔺立业", "蔺立业"), ("该公司", "宁川机械")], id="executive-then-the-company"),
    pytest.param("县农业农村局副局长王振华陪同记者走访了几家合作社。\n\n“今年全县茶叶产值突破10亿元。”\n\n"
                 "他介绍，明年全县将再新种茶园五千亩。", [(None, "王振华"), ("他", "王振华")],
                 id="official-introduced-then-quote-then-he-said"),
    pytest.param("据浙\n江数字贸易研究院统计，今年全省跨境电商交易额同比增长25%。",
                 [("浙\n江数字贸易研究院", "浙江数字贸易研究院")], id="line-wrapped-inside-the-province"),
    pytest.param("黑龙\n江寒地农业研究院认为，明年全省大豆种植面积将继续扩大。",
                 [("江寒地农业研究院", "黑龙江寒地农业研究院")], id="line-wrapped-inside-a-longer-province"),
    pytest.param("华信集团董事长陈立出席了签约仪式。他说，星海科技是公司最大的客户。该公司还表示，明年将把产能提高一倍。",
                 [("他", "陈立"), ("该公司还", "华信集团")], id="the-company-of-the-executive-who-spoke"),
    pytest.param("华信集团董事长陈立表示，今年集团营收有望突破百亿元。星海科技去年营收增长三成。该公司表示，明年将在越南建厂。",
                 [("华信集团董事长陈立", "陈立"), ("该公司", "星海科技")], id="the-company-named-after-the-executive"),
    pytest.param("东岭县农业农村局局长甘德明表示，全县沃柑种植面积已超过40万亩。下一步，县里计划建设3个冷链集配中心，"
                 "力争到2027年全县水果出口额突破5亿元。",
                 [("东岭县农业农村局局长甘德明", "甘德明"), (None, "甘德明")],
                 id="the-next-sentence-goes-on"),  # the plan and its target with a deadline are one claim
    pytest.param("东岭县农业农村局局长甘德明表示，全县沃柑种植面积已超过40万亩。\n\n全县计划明年建设3个冷链集配中心。",
                 [("东岭县农业农村局局长甘德明", "甘德明"), (None, None)], id="a-new-paragraph-is-the-article-voice"),
    pytest.param("东岭县统计局发布数据。全省规模以上工业增加值去年达到1.2万亿元，同比增长6.5%，预计今年增长6%。",
                 [(None, None)], id="statistics-without-a-cue-have-no-speaker"),
])
def test_attribution_zh_titled_and_spaced_names(speakers_of, text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("Fjordvik Bearings A/S said on Monday that it would open a plant in Poland next year.",
                 [("Fjordvik Bearings A/S", "Fjordvik Bearings A/S")], id="slash-legal-form"),
    pytest.param("Industrias Morales S.A. de C.V. said it will invest $50 million in Monterrey.",
                 [("Industrias Morales S.A. de C.V.", "Industrias Morales S.A. de C.V.")], id="dotted-legal-form"),
    pytest.param("Fjordvik Bearings A/S opened a plant in Poland. Fjordvik Bearings said next year it will hire "
                 "300 workers.", [("Fjordvik Bearings", "Fjordvik Bearings A/S")], id="short-form-to-legal-name"),
])
def test_attribution_en_legal_forms(speakers_of, text, expected):
    assert speakers_of(text) == expected
