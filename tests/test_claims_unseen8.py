"""Claim shapes from an eighth round of unseen news: a conditional outlook ("If …, we see upside"), a translated
"is hard to rebound before …", a quoted "could rebound" or "may not come before 2027", a past prediction
("had predicted … would"); in Chinese, 原预估…但实际… (a past estimate), 若…，将… (a conditional "will" LAC reads
as 把) and the Hong Kong 料 ("expected to"). Invented names and sentences."""
import pytest

CASES = [
    pytest.param('"If spring weather comes early, we see upside toward the top of the range," Halvorsen said.',
                 [("If spring weather comes early, we see upside toward the top of the range", "Halvorsen", True)],
                 id="a-conditional-outlook"),
    pytest.param("Analysts said the price of cell wafers is hard to rebound before the third quarter.",
                 [("the price of cell wafers is hard to rebound before the third quarter", None, True)],
                 id="translated-hard-to-rebound"),
    pytest.param("It is hard to find skilled welders in the county, Qiu said.",
                 [("It is hard to find skilled welders in the county", "Qiu", False)], id="hard-to-find-is-now"),
    pytest.param('Deng Huaiyu expressed that the market has bottomed. "If the mills keep their schedule, the price could '
                 'rebound to 15 yuan in the third quarter, but the real turning point may not come before 2028," he said.',
                 [("the market has bottomed", "Deng Huaiyu", False),
                  ("If the mills keep their schedule, the price could rebound to 15 yuan in the third quarter, but the "
                   "real turning point may not come before 2028", "Deng Huaiyu", True)], id="quoted-could-rebound"),
    pytest.param("Deng said the company at the start of last year had predicted the price would return above 20 yuan "
                 "in the second half, but it stayed near 16 yuan.",
                 [("the company at the start of last year had predicted the price would return above 20 yuan in the "
                   "second half, but it stayed near 16 yuan", "Deng", False)], id="a-past-prediction"),
    pytest.param("他表示，新台币若持续升值，将压缩业者获利空间。",
                 [("新台币若持续升值，将压缩业者获利空间", None, True)], id="zh-if-then-will"),
    pytest.param("主席林啟華表示，跨境電商貨量料年增三成。",
                 [("跨境電商貨量料年增三成", "林啟華", True)], id="zh-hk-liao"),
    pytest.param("他说，工人将原料运到车间。", [("工人将原料运到车间", None, False)], id="zh-jiang-as-ba"),
    pytest.param("Barley output is forecast at 4.1 million tonnes, the council said.",
                 [("Barley output is forecast at 4.1 million tonnes", None, True)], id="forecast-at"),
    pytest.param("The chief executive, Ana Reyes, said the cuts should save about $12 million a year from 2027.",
                 [("the cuts should save about $12 million a year from 2027", "Ana Reyes", True)], id="should-save"),
    pytest.param("Wu Lan said the company once expected the price of tea oil to rise in 2023, but it did not.",
                 [("the company once expected the price of tea oil to rise in 2023, but it did not", "Wu Lan", False)],
                 id="once-expected"),
    pytest.param("Li Qiang said the company's orders have been scheduled to the end of next year.",
                 [("the company's orders have been scheduled to the end of next year", "Li Qiang", False)],
                 id="booked-through-next-year"),
    pytest.param("他表示，求职者可现场报名，或将简历发送至hr@example.cn。",
                 [("求职者可现场报名，或将简历发送至hr@example.cn", None, False)], id="zh-huojiang-as-or-send"),
    pytest.param("梁颖琪认为，外资企业带来的精准营养配方和数字化养殖服务，将推动本地饲料企业加快技术升级。",
                 [("外资企业带来的精准营养配方和数字化养殖服务，将推动本地饲料企业加快技术升级", "梁颖琪", True)],
                 id="zh-noun-phrase-subject-then-jiang"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_claims_unseen8(claims_of, text, expected):
    assert claims_of(text) == expected


def test_a_past_estimate_with_its_outcome_is_no_forecast(claims_of):
    got = claims_of("總經理溫建宏說，公司去年原預估全年出貨可達1,200台，但實際僅出貨約950台。")
    assert all(not forecast for _text, _speaker, forecast in got)


def test_an_english_quote_in_a_chinese_frame_keeps_its_speaker_across_its_sentences(claims_of):
    got = claims_of("　　Brookhaven Home全球采购副总裁（VP of Global Sourcing）Megan Ashworth在接受本报书面采访时说："
                    "“Their design team understands American bedrooms better than many of our vendors. We plan to double "
                    "our orders from Nantong over the next three years.”Ashworth同时透露，公司将在上海设立亚洲采购办公室。")
    assert got and all(speaker == "Megan Ashworth" for _text, speaker, _f in got)
    assert any("double our orders" in text and forecast for text, _s, forecast in got)


@pytest.mark.parametrize("text,expected", [
    pytest.param("Chief executive Pádraig Ó Muircheartaigh told reporters the upgrade is on track.\n\n“We had hoped to "
                 "have the new line running last spring, but the delays set us back about six months,” Mr Ó "
                 "Muircheartaigh said.",
                 [("the upgrade is on track", "Pádraig Ó Muircheartaigh", False),
                  ("We had hoped to have the new line running last spring, but the delays set us back about six months",
                   "Pádraig Ó Muircheartaigh", False)], id="irish-surname-with-its-particle"),
    pytest.param("The chief financial officer, Rohan Kelkar, said capital expenditure for FY26 is pegged at ₹280 crore.",
                 [("capital expenditure for FY26 is pegged at ₹280 crore", "Rohan Kelkar", True)], id="pegged-at"),
    pytest.param('"We are looking at absorbing around 150,000 nuts a day at full capacity," said Lourdes Bacalso.',
                 [("We are looking at absorbing around 150,000 nuts a day at full capacity", "Lourdes Bacalso", True)],
                 id="looking-at-doing"),
    pytest.param('"if we get the yield right, the country can stop importing starch within five years," '
                 'said Kemi Adeyinka.',
                 [("if we get the yield right, the country can stop importing starch within five years", "Kemi Adeyinka",
                   True)], id="lower-case-if-can"),
    pytest.param("Grower Ngaio Parata said further cuts were possible before spring if the dollar held its ground.",
                 [("further cuts were possible before spring if the dollar held its ground", "Ngaio Parata", True)],
                 id="possible-before-spring"),
    pytest.param("Rosa Dimaano said another processor had promised to buy copra at a fixed price for five years but "
                 "closed its plant after 18 months.",
                 [("another processor had promised to buy copra at a fixed price for five years but closed its plant "
                   "after 18 months", "Rosa Dimaano", False)], id="a-past-promise"),
    pytest.param('"Farmers who can hold on through December will be fine," Wanjiru Kamande said.',
                 [("Farmers who can hold on through December will be fine", "Wanjiru Kamande", True)],
                 id="who-clause-then-will"),
    pytest.param('"Nobody has told us how much we will lose," Choi Dong-hyun said.',
                 [("Nobody has told us how much we will lose", "Choi Dong-hyun", False)], id="an-embedded-question"),
    pytest.param('"If pulp prices keep falling, our margins would recover faster than the guidance assumes," '
                 'Aino Lehtonen said.',
                 [("If pulp prices keep falling, our margins would recover faster than the guidance assumes",
                   "Aino Lehtonen", True)], id="quoted-if-would"),
    pytest.param('"If the ministry had kept that promise, we would be selling fish in Seoul," Park Ji-ho said.',
                 [("If the ministry had kept that promise, we would be selling fish in Seoul", "Park Ji-ho", False)],
                 id="a-counterfactual"),
    pytest.param("Exporters of jute goods are targeting $180 million in earnings in fiscal year 2025-26.",
                 [("Exporters of jute goods are targeting $180 million in earnings in fiscal year 2025-26", None, True)],
                 id="own-voice-targeting"),
    pytest.param("Start-up is now pegged for the third quarter of 2026.",
                 [("Start-up is now pegged for the third quarter of 2026", None, True)], id="own-voice-pegged-for"),
    pytest.param('"Our backlog on the drill alone runs into next spring," Ross Dunlop said.',
                 [("Our backlog on the drill alone runs into next spring", "Ross Dunlop", False)],
                 id="a-backlog-running-into-next-spring"),
    pytest.param("分析师庞文杰表示，此前市场曾普遍预期，三季度猪价将站稳20元/公斤，但实际走势偏弱。",
                 [("此前市场曾普遍预期，三季度猪价将站稳20元/公斤，但实际走势偏弱", "庞文杰", False)],
                 id="zh-a-past-common-expectation"),
    pytest.param("协会会长许启梁表示，这次采购对接会吸引了40余家海外买家，首日意向订单超3亿元。",
                 [("这次采购对接会吸引了40余家海外买家，首日意向订单超3亿元", "许启梁", False)], id="zh-a-meeting-hui"),
    pytest.param("Femi Olawale, a Nigerian buyer who has bought in Yiwu for ten years, said prices are still "
                 "competitive.", [("prices are still competitive", "Femi Olawale", False)], id="name-then-a-who"),
])
def test_claims_unseen8_b(claims_of, text, expected):
    assert claims_of(text) == expected


def test_a_chinese_quote_in_an_english_frame_finds_its_speaker_named_in_characters(claims_of):
    got = claims_of('General manager 钟立言 walked the reporter through the showroom.\n\n'
                    '"今年一季度中东的订单比去年同期多了三成，" 钟立言 said, pointing to the tags.')
    assert ("今年一季度中东的订单比去年同期多了三成", "钟立言", False) in got
    got = claims_of('Danyang Mingrui Optical has closed a round.\n\n'
                    '"我们不想再被叫做眼镜城的小作坊，" chairman 严海波 told Jiangnan Trade Review.')
    assert ("我们不想再被叫做眼镜城的小作坊", "严海波", False) in got


@pytest.mark.parametrize("text,expected", [
    pytest.param("澜江锂能前三季度净利下滑超六成 董事长：明年下半年锂价有望触底\n\n10月14日晚间，澜江锂能新材料股份有限公司发布公告。"
                 "公司董事长祁振华在业绩说明会上表示，锂价已接近底部。\n",
                 ("明年下半年锂价有望触底", "祁振华", True), id="headline-title-colon"),
    pytest.param("海腾风电首台16兆瓦海上风机下线 公司预计明年海外订单占比超三成\n\n今天上午，海腾风电装备股份有限公司（以下简称“海腾风电”）"
                 "首台风机下线。海腾风电董事长表示，订单饱满。\n",
                 ("明年海外订单占比超三成", "海腾风电装备股份有限公司", True), id="headline-company-expects"),
])
def test_a_headlines_source_is_the_one_the_story_names_below(claims_of, text, expected):
    assert expected in claims_of(text)
