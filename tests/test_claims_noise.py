"""Shapes from unseen mixed and Chinese articles (session 3, fresh3-hold): scraping noise that the
parser reads as a sentence end, a quote whose English source opens the next language unit, a meeting
(推进会) read as "will", progress against a plan read as a plan. Invented articles, both languages;
each case: the text and the claims a reader expects, (content, speaker name or None, forecast)."""
import pytest


CASES = [
    pytest.param("Mara Velden said the mill plans to cut the number of . . yarn grades by half next year.",
                 [("the mill plans to cut the number of . . yarn grades by half next year", "Mara Velden", True)],
                 id="en-stray-dots-after-a-preposition"),
    pytest.param("Mara Velden said the mill plans to cut the number of . yarn grades by half next year.",
                 [("the mill plans to cut the number of . yarn grades by half next year", "Mara Velden", True)],
                 id="en-one-stray-dot-after-a-preposition"),
    pytest.param("3月2日上午，全市2026年重点水利项目推进会召开。", [], id="zh-meeting-held-not-will"),
    pytest.param("海港区座谈会举行，企业代表参加了会议。", [], id="zh-forum-held-not-will"),
    pytest.param("据统计，一季度全区已完成投资12.4亿元，占年度计划的23.5%。",
                 [("一季度全区已完成投资12.4亿元，占年度计划的23.5%", None, False)], id="zh-share-of-the-plan-done"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_claims_noise_shapes(claims_of, text, expected):
    assert claims_of(text) == expected


def test_claims_noise_english_source_after_a_chinese_quote(claims_of):
    """"……。" 陈卫明 told this newspaper …: the source's words are no claim of their own, and the person
    named before in pinyin (Chen Weiming) said the quote."""
    text = ("SINGAPORE — Chen Weiming runs a rooftop farm.\n\n"
            "\"屋顶的租金太贵了，只能种高价菜。\" 陈卫明 told this newspaper in Mandarin, standing between the beds.\n\n"
            "He said the farm lost money last year for the first time.")
    claims = claims_of(text)
    assert not any("told this newspaper" in c[0] for c in claims)
    assert [c for c in claims if c[0].startswith("屋顶的租金太贵了")] == [("屋顶的租金太贵了，只能种高价菜", "Chen Weiming", False)]


MORE = [
    pytest.param("Lin Qiao, chairwoman of Qinghe Mill, said the mill has received orders that are enough for the whole of next year.",
                 [("the mill has received orders that are enough for the whole of next year", "Lin Qiao", False)],
                 id="en-orders-enough-for-the-whole-of-next-year"),
    pytest.param("Lin Qiao, chairwoman of Qinghe Mill, said the mill will hire 300 workers next year.",
                 [("the mill will hire 300 workers next year", "Lin Qiao", True)], id="en-next-year-still-ahead"),
    pytest.param("青禾精机：明年营收力争翻番 海外订单已排到年底\n\n青禾精机董事长王立表示，公司今年营收增长了两成。",
                 [("明年营收力争翻番", "青禾精机", True), ("公司今年营收增长了两成", "王立", False)],
                 id="zh-headline-source-named-by-its-trade"),
    pytest.param("青禾精機：明年營收拚雙位數成長 海外訂單已排到年底\n\n青禾精機董事長王立表示，公司今年營收增長了兩成。",
                 [("明年營收拚雙位數成長", "青禾精機", True), ("公司今年營收增長了兩成", "王立", False)],
                 id="zh-headline-source-traditional"),
    pytest.param("青石财经讯（记者 林晓）青禾科技5月6日晚间公告，公司拟以自有资金不超过2亿元回购股份。",
                 [("公司拟以自有资金不超过2亿元回购股份", "青禾科技", True)], id="zh-byline-before-the-source"),
    pytest.param("据青州海关统计，9月全市出口增长8.5%，增速创下年内新高。",
                 [("9月全市出口增长8.5%，增速创下年内新高", "青州海关", False)], id="zh-high-of-the-year-so-far"),
    pytest.param("据青州海关统计，全市出口年内有望突破800亿元。",
                 [("全市出口年内有望突破800亿元", "青州海关", True)], id="zh-within-the-year-ahead"),
    pytest.param("青禾纺织总经理王立表示，部分海外客户担心明年关税政策变化，提前下单备货。",
                 [("部分海外客户担心明年关税政策变化，提前下单备货", "王立", False)], id="zh-worry-now-about-next-year"),
    pytest.param("Analysts at Corwell Securities said in a note that they expect copper to average $9,800 a tonne next year.",
                 [("copper to average $9,800 a tonne next year", "Corwell Securities", True)], id="en-they-of-the-outer-source"),
    pytest.param("Ardent Home Inc. is recalling 80,000 kettles after reports of burns, the Northland Product Safety Commission "
                 "said on Friday. Owners should stop using the kettles and contact Ardent Home for a refund, the agency said.",
                 [("Ardent Home Inc. is recalling 80,000 kettles after reports of burns", "Northland Product Safety Commission",
                   False),
                  ("Owners should stop using the kettles and contact Ardent Home for a refund",
                   "Northland Product Safety Commission", False)], id="en-the-agency-that-spoke-before"),
    pytest.param("会上，市水利局局长张海平通报了上半年工程进展情况。据介绍，上半年全市水利工程已完成投资18.6亿元。",
                 [("上半年全市水利工程已完成投资18.6亿元", "张海平", False)], id="zh-ju-jieshao-after-a-briefing"),
    pytest.param("清苑区是最早推进煤改气的地区之一。据介绍，全区已有3万户完成改造。",
                 [("全区已有3万户完成改造", None, False)], id="zh-ju-jieshao-with-no-briefing"),
    pytest.param("站长周海表示，全年港口吞吐量将达到620万标箱左右，明年有望突破700万标箱。",
                 [("全年港口吞吐量将达到620万标箱左右", "周海", True), ("明年有望突破700万标箱", "周海", True)],
                 id="zh-this-years-forecast-then-next-years"),
    pytest.param("站长周海表示，港口计划投资8亿元建设新码头，明年建成投用。",
                 [("港口计划投资8亿元建设新码头，明年建成投用", "周海", True)], id="zh-plan-and-its-year-stay-together"),
    pytest.param("Mira Olsen is an analyst at Fenwick Research. Olsen expected aircraft lease rates to stay high for at "
                 "least two more years.", [("aircraft lease rates to stay high for at least two more years", "Mira Olsen", True)],
                 id="en-expected-read-as-an-adjective"),
    pytest.param("The plant was expected to open last year.", [], id="en-passive-expected-in-the-past"),
    pytest.param("The first two ferries are scheduled to arrive next month, Ana Ruiz said, and the operator is expected to "
                 "open a route to Mahon in the summer season.",
                 [("The first two ferries are scheduled to arrive next month", "Ana Ruiz", True),
                  ("the operator is expected to open a route to Mahon in the summer season", "Ana Ruiz", True)],
                 id="en-said-inside-then-and-a-second-statement"),
    pytest.param("The Rooftop Farmers Association Singapore has 40 members. Singapore aims to produce 30% of its food "
                 "locally by 2030.", [("Singapore aims to produce 30% of its food locally by 2030", None, True)],
                 id="en-a-place-at-the-end-of-an-org-name"),
]


@pytest.mark.parametrize("text,expected", MORE)
def test_claims_noise_more_shapes(claims_of, text, expected):
    assert claims_of(text) == expected
