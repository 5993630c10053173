"""Speakers of Chinese and mixed text: a department's head speaks for the body 该行/该公司 refers to, the
start of an organization's full name, 这位…人 as 他/她, the announcement a company made (not a document
that only shows), a name in Latin letters after a title, and English quotes whose frame is Chinese.
Invented names and sentences."""
import pytest

CASES = [
    # a pronoun that speaks "in English", and the bracketed translation of the quote: the same person
    pytest.param("巴西进口商的采购负责人Paulo Ferreira已连续五年来金乡采购。在接受本报记者采访时，他用英语说：“The garlic from this "
                 "county is consistent in size and quality, and the supply is stable all year round.”（大意为：这里的大蒜个头和品质"
                 "都很稳定。明年我们计划把采购量增加约30%。）",
                 [("The garlic from this county is consistent in size and quality, and the supply is stable all year round",
                   "Paulo Ferreira", False),
                  ("明年我们计划把采购量增加约30%", "Paulo Ferreira", True)], id="pronoun-in-english-and-translation"),
    pytest.param("黄女士说，该公司计划下半年在利雅得开设首个海外展厅。\n\n市商务局相关负责人表示，今年1—7月全市家具出口额同比增长6.4%。",
                 [("该公司计划下半年在利雅得开设首个海外展厅", None, True), ("今年1—7月全市家具出口额同比增长6.4%", None, False)],
                 id="level-only-body-official"),
    # a body named by its level only is no named source
    pytest.param("据省统计局统计，今年前三季度全省数字经济核心产业营业收入同比增长13.1%。",
                 [("今年前三季度全省数字经济核心产业营业收入同比增长13.1%", None, False)], id="level-only-body"),
    pytest.param("兴海银行厦门分行推出“海外仓贷”产品。该行普惠金融部负责人表示，截至8月末已为41家企业发放贷款5.8亿元。",
                 [("截至8月末已为41家企业发放贷款5.8亿元", "兴海银行厦门分行", False)],
                 id="a-department-head-of-the-bank"),
    pytest.param("青禾置业集团有限公司近日发布公告。青禾置业在公告中称，公司目前经营正常，力争年底前结清大部分欠款。",
                 [("公司目前经营正常", "青禾置业集团有限公司", False),
                  ("力争年底前结清大部分欠款", "青禾置业集团有限公司", True)],
                 id="the-start-of-a-full-name"),
    pytest.param("青松药业股份有限公司12日晚间公告称，公司6个品种全部中选。公告同时提示，中选价格较现行价格平均下降约40%。",
                 [("公司6个品种全部中选", "青松药业股份有限公司", False),
                  ("中选价格较现行价格平均下降约40%", "青松药业股份有限公司", False)],
                 id="the-announcement-goes-on"),
    pytest.param("青松药业股份有限公司12日晚间公告称，公司6个品种全部中选。公告显示，上述产品去年销售收入为3.1亿元。",
                 [("公司6个品种全部中选", "青松药业股份有限公司", False), ("上述产品去年销售收入为3.1亿元", None, False)],
                 id="a-document-that-shows-is-no-speaker"),
    pytest.param("青禾液压总经理、德方派驻高管Stefan Vogt透露，新产线的国产零部件比例将达到85%。",
                 [("新产线的国产零部件比例将达到85%", "Stefan Vogt", True)], id="a-latin-name-after-a-title"),
    pytest.param("青禾果业集团（Qinghe Fruit Group Bhd）宣布，与新加坡一家冷链公司签署合作备忘录，双方将合建一座急冻加工中心。",
                 [("与新加坡一家冷链公司签署合作备忘录", "青禾果业集团", False), ("双方将合建一座急冻加工中心", "青禾果业集团", True)],
                 id="a-group-with-its-latin-name-announced"),
    pytest.param("推介会上，县文化和旅游局局长阮秀玲推介了白鹭湖康养度假区等15个重点项目。她说，全县森林覆盖率达到72%。",
                 [("全县森林覆盖率达到72%", "阮秀玲", False)], id="she-is-the-director-not-a-resort"),
    pytest.param("声明最后，日本船东的保险公司表示，当前其首要任务是尽快解决这一索赔。",
                 [("当前其首要任务是尽快解决这一索赔", None, False)], id="a-kind-of-body-is-no-name"),
    pytest.param("工厂总经理Lars Hedlund（拉尔斯·赫德伦）出席了仪式。这位在中国工作了九年的丹麦人介绍，工厂目前有员工约320人。",
                 [("工厂目前有员工约320人", "Lars Hedlund", False)], id="this-person-as-he"),
    pytest.param("“We will double our capacity in Qinghe by 2027, and China will become our second-largest market,” "
                 "副总裁Sophie Lamont在致辞中说。",
                 [("We will double our capacity in Qinghe by 2027, and China will become our second-largest market",
                   "Sophie Lamont", True)], id="english-quote-chinese-cue-after"),
    pytest.param("策略师Samantha Lane对记者说：“We remain overweight, but selectively. We will add more bonds next year.”",
                 [("We remain overweight, but selectively", "Samantha Lane", False),
                  ("We will add more bonds next year", "Samantha Lane", True)], id="english-quote-chinese-cue-before"),
    # the company's or bank's unnamed official speaks for it
    pytest.param("在位于临港物流园的澄川冰链物流有限公司（以下简称“澄川冰链”），冷藏箱整齐码放。该公司负责人介绍，"
                 "公司去年投用的冷库目前使用率已超过九成。",
                 [("公司去年投用的冷库目前使用率已超过九成", "澄川冰链物流有限公司", False)], id="the-companys-official"),
    pytest.param("据青渤银行潍川分行介绍，该行今年以来已办理跨境人民币结算58亿元。该行相关负责人表示，年底前将推出线上结汇产品。",
                 [("该行今年以来已办理跨境人民币结算58亿元", "青渤银行潍川分行", False),
                  ("年底前将推出线上结汇产品", "青渤银行潍川分行", True)], id="the-banks-official"),
    # a report a body published is its claim; a policy document it issued is a document
    pytest.param("岭南食品研究院当天发布的《预制菜出海白皮书（2024）》显示，东南亚市场对中式预制菜的需求年均增速超过20%。",
                 [("东南亚市场对中式预制菜的需求年均增速超过20%", "岭南食品研究院", False)], id="a-published-report"),
    pytest.param("省财政厅日前印发的《关于做好专项债券项目管理工作的通知》明确，各地要加快发行进度。",
                 [("各地要加快发行进度", None, False)], id="an-issued-policy"),
    # a double surname with 总 is the person of that surname
    pytest.param("海鲜食品总经理司马志海告诉记者，公司在马来西亚设厂。\n\n司马总表示，公司预期明年海外销售收入增长50%以上。",
                 [("公司在马来西亚设厂", "司马志海", False), ("公司预期明年海外销售收入增长50%以上", "司马志海", True)],
                 id="double-surname-and-title"),
    # analysts "generally" are no one named
    pytest.param("航运分析师普遍认为，下半年全球集装箱运价仍存在较大不确定性。",
                 [("下半年全球集装箱运价仍存在较大不确定性", None, True)], id="analysts-generally"),
    # a lone quote after a sentence that names one person: that person's words
    pytest.param("商场总经理龙慧宁说，四季度家电销售额将增长两成。\n\n市民邢晓峰趁着假期给家里换了一台冰箱，"
                 "“国家补贴加上商场优惠，比平时便宜了1000多块钱。”",
                 [("四季度家电销售额将增长两成", "龙慧宁", True), ("国家补贴加上商场优惠，比平时便宜了1000多块钱", "邢晓峰", False)],
                 id="lone-quote-after-a-named-person"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_claims_zh_speakers(claims_of, text, expected):
    assert claims_of(text) == expected


def test_a_headline_topic_then_a_short_title_and_its_cue_is_the_person_with_that_title(extract):
    a = extract("晟澜精工股东大会：董秘称明年分红比例有望提高\n\n"
                "晟澜精工科技股份有限公司昨日召开年度股东大会，公司董事长瞿立文、董事会秘书岑望川、财务总监符景澄到会。"
                "岑望川表示，公司账上现金充裕，去年经营现金流净额约9亿元。")
    head = [c for c in a.claims if c.text == "明年分红比例有望提高"]
    assert head and head[0].speaker is not None and head[0].speaker.name == "岑望川" and head[0].forecast
    assert not any(e.name == "董秘" for e in a.entities)


def test_quotes_that_open_paragraphs_after_a_paragraph_naming_one_person_are_that_persons(extract):
    a = extract("晟澜五金董事长瞿立文今年58岁，二十多年前靠修农机起家。接下来是她的自述。\n\n"
                "“厂子刚开的时候只有一间铁皮房，三个学徒。\n\n"
                "“下个月我们要添两台激光切割机，争取年底把产值做到6000万元。”")
    got = {c.text: c.speaker.name if c.speaker else None for c in a.claims}
    assert got.get("下个月我们要添两台激光切割机，争取年底把产值做到6000万元") == "瞿立文"


def test_a_source_interviewed_by_the_site_is_no_outlet(extract):
    a = extract("晟澜五金董事长瞿立文在接受本网记者专访时说，这轮涨价“不是哪一家工厂的事，而是全链条的事”。")
    assert {e.name for e in a.entities} >= {"瞿立文"}
    assert not any("接受" in e.name for e in a.entities)


def test_a_headline_piece_after_a_sourced_piece_is_that_sources_too(claims_of):
    got = claims_of("对话晟澜证券首席分析师瞿立文：明年出口增速有望回到5%附近 制造业投资仍将是亮点\n\n"
                    "编者按：记者近日对话了晟澜证券首席分析师瞿立文。")
    assert ("制造业投资仍将是亮点", "瞿立文", True) in got
    assert ("明年出口增速有望回到5%附近", "瞿立文", True) in got


def test_what_the_one_who_answers_judges_is_theirs(claims_of):
    got = claims_of("瞿立文：出口订单已经企稳。我判断，汇率对利润的拖累会在明年上半年明显减轻。"
                    "我们的测算是，明年行业利润总额将增长8%左右。")
    assert ("汇率对利润的拖累会在明年上半年明显减轻", "瞿立文", True) in got
    assert ("明年行业利润总额将增长8%左右", "瞿立文", True) in got


def test_a_surname_and_title_with_a_time_before_the_cue_is_the_person(claims_of):
    got = claims_of("瞿立文在研究所工作了二十年。瞿博士去年年底曾在一次座谈会上预测，今年钢材出口将下降一成。")
    assert got == [("今年钢材出口将下降一成", "瞿立文", False)]


def test_a_plan_two_sentences_after_a_persons_words_goes_on_with_them(claims_of):
    got = claims_of("晟澜园区管委会副主任岑望川表示，园区目前已入驻食品企业42家。为解决用工问题，园区开设了一所职业培训学校。"
                    "下半年，园区还将引进两家冷链物流企业，力争到2028年园区产值突破80亿元。")
    assert ("下半年，园区还将引进两家冷链物流企业，力争到2028年园区产值突破80亿元", "岑望川", True) in got


def test_a_plan_right_after_a_quoted_word_goes_on_with_its_speaker(claims_of):
    got = claims_of("谈到明年的安排，瞿立文表示，质量是底线，扩张不等于“冒进”。新车间投产后先开一条线试运行，"
                    "明年二季度力争四条线全部满产。")
    after = [(s, f) for t, s, f in got if "满产" in t or "试运行" in t]
    assert after and all(s == "瞿立文" for s, _f in after) and any(f for _s, f in after)
