"""Chinese claims: where a statement turns from what is to what will be, forward words and their
look-alikes (meetings held, rating outlooks, published selection lists), and sources that were
missed (写道, 告诉小编, 不愿具名的X). Invented sentences."""
import pytest

TURNS = [
    pytest.param("总经理林海波表示，公司接受审查结论，未来将把更多资源投向海外市场。",
                 [("公司接受审查结论", "林海波", False), ("未来将把更多资源投向海外市场", "林海波", True)],
                 id="short-fact-then-future"),  # a short clause with its own verb is a statement
    pytest.param("据了解，该行截至6月末已发放科技贷款3.2亿元，年内有望突破8亿元。",
                 [("该行截至6月末已发放科技贷款3.2亿元", None, False), ("年内有望突破8亿元", None, True)],
                 id="so-far-then-within-the-year"),  # 截至…已…: a fact, not a time phrase
    pytest.param("店主周晓梅说，此前主要依靠线下门店接单，这次希望通过展会找到稳定的大客户。",
                 [("此前主要依靠线下门店接单", "周晓梅", False), ("这次希望通过展会找到稳定的大客户", "周晓梅", True)],
                 id="before-and-this-time"),
    pytest.param("厂长许建明透露，问题批次原料系从外地采购，公司今后将对每批原料增加抽检。",
                 [("问题批次原料系从外地采购", "许建明", False), ("公司今后将对每批原料增加抽检", "许建明", True)],
                 id="subject-and-from-now-on"),
    pytest.param("陈立说，集团明年将接收三艘新船，并预期运价将于明年下半年回落。",
                 [("集团明年将接收三艘新船", "陈立", True), ("并预期运价将于明年下半年回落", "陈立", True)],
                 id="and-expects"),
    pytest.param("“这次合作是公司走向高端市场的关键一步。未来三年，我们的海外营收占比将提升到35%以上。”董事长林海波说。",
                 [("这次合作是公司走向高端市场的关键一步", "林海波", False),
                  ("未来三年，我们的海外营收占比将提升到35%以上", "林海波", True)],
                 id="quote-of-two-sentences-that-turns"),
    pytest.param("首席策略分析师王思远认为，当前A股估值仍处于历史偏低水平，随着稳增长政策加码，市场的风险偏好会逐步修复。",
                 [("当前A股估值仍处于历史偏低水平", "王思远", False),
                  ("随着稳增长政策加码，市场的风险偏好会逐步修复", "王思远", True)],
                 id="fact-then-a-cause-and-what-it-brings"),
    pytest.param("若新线路顺利开通，预计将在两年内增加每股收益约0.1元。",
                 [("若新线路顺利开通，预计将在两年内增加每股收益约0.1元", None, True)],
                 id="condition-goes-with-its-forecast"),
    pytest.param("副总经理钟启明表示，公司正在申请欧盟CE认证，力争明年进入德国市场。",
                 [("公司正在申请欧盟CE认证", "钟启明", False), ("力争明年进入德国市场", "钟启明", True)],
                 id="work-under-way-then-its-goal"),
    pytest.param("财务总监龚雪表示，亏损主要来自坏账准备计提，公司正在收缩低毛利业务，计划明年在越南设厂。",
                 [("亏损主要来自坏账准备计提，公司正在收缩低毛利业务", "龚雪", False),
                  ("计划明年在越南设厂", "龚雪", True)],
                 id="a-provision-is-no-plan"),  # 坏账准备计提: 准备 is the accounting provision
    pytest.param("管委会主任邱建说，开发区正在规划建设中德装备产业园，首批标准厂房预计明年底交付。",
                 [("开发区正在规划建设中德装备产业园", "邱建", False), ("首批标准厂房预计明年底交付", "邱建", True)],
                 id="work-under-way-then-its-first-part-due"),
    pytest.param("局长邓立说，县能源局正在编制新能源消纳方案，明年将启动一条输电通道建设。",
                 [("县能源局正在编制新能源消纳方案", "邓立", False), ("明年将启动一条输电通道建设", "邓立", True)],
                 id="work-under-way-then-next-year"),
]

FORWARD_WORDS = [
    pytest.param("机构普遍认为，明年A股慢牛行情可期。", [("明年A股慢牛行情可期", None, True)], id="can-be-looked-forward-to"),
    pytest.param("分析师孙悦认为，指数层面大概率是震荡向上。", [("指数层面大概率是震荡向上", "孙悦", True)], id="very-likely"),
    pytest.param("厂长许建明说，今年光是角磨机一项就要多出30万台。", [("今年光是角磨机一项就要多出30万台", "许建明", True)],
                 id="is-going-to"),
    pytest.param("会长钱永祥表示，企业要想走出去，就要先把质量做好。", [("企业要想走出去，就要先把质量做好", "钱永祥", False)],
                 id="what-one-must-do-is-advice"),
    pytest.param("工人们每隔两个小时就要翻一次焙笼。", [], id="a-habit-is-no-will"),
    pytest.param("年末各大券商年度策略会陆续召开。", [], id="a-meeting-held-is-no-will"),
    pytest.param("2024年青禾市科技成果对接会在会展中心举行。", [], id="a-meeting-held-somewhere"),
    pytest.param("瑞丰评级近期将青禾城投的主体评级展望由“负面”调整为“稳定”。", [], id="a-rating-outlook"),
    pytest.param("本次集采共有42家药企的产品获得拟中选资格。", [], id="a-published-selection"),
    pytest.param("行长周明表示，全年普惠贷款增速不低于各项贷款增速。", [("全年普惠贷款增速不低于各项贷款增速", "周明", True)],
                 id="a-floor-set-for-the-year"),
    pytest.param("行长周明表示，今年以来普惠贷款增速不低于各项贷款增速。",
                 [("今年以来普惠贷款增速不低于各项贷款增速", "周明", False)], id="a-floor-met-so-far"),
    pytest.param("理事长钟秀兰说，去年基地预计销售额能突破800万元，但受冰雹影响，实际只完成了600万元。",
                 [("去年基地预计销售额能突破800万元，但受冰雹影响，实际只完成了600万元", "钟秀兰", False)],
                 id="last-years-expectation"),
    pytest.param("局长邓宏说，全区今年计划实施的86个重点项目中，已开工71个。",
                 [("全区今年计划实施的86个重点项目中，已开工71个", "邓宏", False)], id="the-planned-projects-counted"),
    pytest.param("秘书长冯丽说，今年以来，该会共收到消费投诉213件。",
                 [("今年以来，该会共收到消费投诉213件", "冯丽", False)], id="this-association-is-no-will"),
]

SOURCES = [
    pytest.param("华远证券分析师孙悦在报告中写道，随着新产能陆续释放，行业库存压力明显缓解，预计明年价格将企稳回升。",
                 [("随着新产能陆续释放，行业库存压力明显缓解", "孙悦", False), ("预计明年价格将企稳回升", "孙悦", True)],
                 id="wrote-in-a-report"),
    pytest.param("一位不愿具名的员工告诉小编，目前厂里订单只排到下个月。",
                 [("目前厂里订单只排到下个月", None, False)], id="an-unnamed-employee-told-the-editor"),
    pytest.param("青禾基金权益投资总监陈婉如透露，公司旗下产品已在四季度逐步加仓半导体，“我们判断明年科技板块的业绩兑现度会明显提高”。"
                 "睿川基金副总经理徐子航则表示，明年将重点发行红利指数产品。",
                 [("公司旗下产品已在四季度逐步加仓半导体", "陈婉如", False),
                  ("我们判断明年科技板块的业绩兑现度会明显提高", "陈婉如", True),
                  ("明年将重点发行红利指数产品", "徐子航", True)],
                 id="we-judge-inside-her-quote"),  # the next sentence's source has words of its own
    pytest.param("苏州市青禾商会（以下简称“青禾商会”）会长马立新表示，今年以来商会新增会员企业120家。",
                 [("今年以来商会新增会员企业120家", "马立新", False)], id="a-short-name-in-quotes-is-no-quote"),
    pytest.param("青禾农商银行：今年新增小微企业贷款不少于30亿元\n\n记者从青禾农商银行获悉，该行一季度贷款增长一成。",
                 [("今年新增小微企业贷款不少于30亿元", "青禾农商银行", True), ("该行一季度贷款增长一成", "青禾农商银行", False)],
                 id="headline-in-one-piece-with-its-source"),
    pytest.param("中方对美反制：部分记者10天内需交还记者证\n\n外交部发言人今天宣布了上述措施。",
                 [("部分记者10天内需交还记者证", None, True)], id="headline-topic-before-the-colon-is-no-source"),
]


@pytest.mark.parametrize("text,expected", TURNS + FORWARD_WORDS + SOURCES)
def test_claims_zh_turns_and_sources(claims_of, text, expected):
    assert claims_of(text) == expected


def test_a_firm_before_a_headline_colon_is_its_source(claims_of):
    text = ("澜泰新材：拟投资12亿元扩建隔膜产线\n\n本报讯 江苏澜泰新材料科技股份有限公司（以下简称“澜泰新材”）发布公告称，"
            "公司拟投资12亿元扩建隔膜产线。")
    got = claims_of(text)
    assert got[0][0] == "拟投资12亿元扩建隔膜产线" and got[0][2] is True, got
