"""Claims: every shape of reported speech and forecast the extractors know, in English and Chinese.

Each case is one article's text and the claims a reader expects from it: (content, speaker name or
None, forecast). Content is compared exactly (it is the store's `text`, without source and cue).
"""
import pytest

from pipeline.claims import find_quotes, is_unnamed_source


EN_CASES = [
    pytest.param('Li Ming, chairman of Huaxin Group, said that exports will double by 2030.',
                 [("exports will double by 2030", "Li Ming", True)], id="indirect-that-apposition"),
    pytest.param('"We cannot find enough workers in the busy season," said Wang Jun, the general manager of '
                 'Dongfang Textiles.',
                 [("We cannot find enough workers in the busy season", "Wang Jun", False)], id="quote-inverted-cue"),
    pytest.param('Zhou Hua told reporters: "Our orders from Europe have dropped by a third this year."',
                 [("Our orders from Europe have dropped by a third this year", "Zhou Hua", False)],
                 id="quote-after-cue"),
    pytest.param('"The market has not found the bottom yet," Chen Li said. "Prices will keep falling until next '
                 'spring."',
                 [("The market has not found the bottom yet", "Chen Li", False),
                  ("Prices will keep falling until next spring", "Chen Li", True)], id="quote-continues-after-cue"),
    pytest.param('Freight rates to Manila have nearly doubled since March, according to Harbor Line Consulting.',
                 [("Freight rates to Manila have nearly doubled since March", "Harbor Line Consulting", False)],
                 id="according-to-after"),
    pytest.param('Sarah Collins, an analyst at Meridian Securities, expects the central bank to cut rates in the '
                 'third quarter.',
                 [("the central bank to cut rates in the third quarter", "Sarah Collins", True)],
                 id="expects-object-to"),
    pytest.param('It is expected that the new terminal will open in 2026.',
                 [("the new terminal will open in 2026", None, True)], id="it-is-expected-that"),
    pytest.param('Under a plan issued last year, the port is to handle 15 million containers by 2027.',
                 [("the port is to handle 15 million containers by 2027", None, True)], id="own-voice-plan"),
    pytest.param('BEIJING, March 5 (Asia Wire) - Huaxin Group said on Tuesday that it would build two plants in '
                 'Vietnam.',
                 [("it would build two plants in Vietnam", "Huaxin Group", True)], id="dateline-is-no-speaker"),
    pytest.param('Tang Wei said the new machines save 40% of the water, and the company plans to add 20 more in '
                 'the next two years.',
                 [("the new machines save 40% of the water", "Tang Wei", False),
                  ("the company plans to add 20 more in the next two years", "Tang Wei", True)],
                 id="split-at-new-forecast"),
    pytest.param('Industry analysts believe demand for valves will keep growing in the next five years.',
                 [("demand for valves will keep growing in the next five years", None, True)],
                 id="unnamed-source"),
    pytest.param('A witness expressed confidence that local fighters would hold the bridge.',
                 [("local fighters would hold the bridge", None, True)], id="claim-noun-that"),
    pytest.param('The stock fell 3% on Friday.', [], id="no-claim"),
    pytest.param('Boats left the port early. "We will keep the Rotterdam calls, but customers should expect delays of '
                 'a week," Lin Bo, the carrier\'s Europe director, told Harbour Weekly.',
                 [("We will keep the Rotterdam calls, but customers should expect delays of a week", "Lin Bo", True)],
                 id="quote-then-cue-with-object"),
    pytest.param('The family paid about 4,000 yuan for gas last winter, he said, compared with 2,500 yuan for coal.',
                 [("The family paid about 4,000 yuan for gas last winter", None, False)],
                 id="cue-between-commas"),
    pytest.param('The rating agency Sunhill Ratings, which said in a report that the city\'s debt remained manageable, '
                 'kept its outlook.',
                 [("the city's debt remained manageable", "Sunhill Ratings", False)], id="said-in-a-report-that"),
    pytest.param('The organiser, the Ningbo Boat Show Association, expects about 40,000 visitors over the four days.',
                 [("about 40,000 visitors over the four days", "Ningbo Boat Show Association", True)],
                 id="expects-a-thing"),
    pytest.param('Dongfang Steel said in a filing that it had closed two furnaces last year and expects no shortages '
                 'this winter.',
                 [("it had closed two furnaces last year", "Dongfang Steel", False),
                  ("expects no shortages this winter", "Dongfang Steel", True)], id="split-at-and-expects"),
    pytest.param('The ministry said it "strongly opposes" the tariffs and will take countermeasures to protect local '
                 'firms.',
                 [('it "strongly opposes" the tariffs', None, False),
                  ("will take countermeasures to protect local firms", None, True)],
                 id="split-at-and-will"),
    pytest.param('Huaxin Group said in a statement that it regretted the delay and that the new schedule was fair.',
                 [("it regretted the delay and that the new schedule was fair", "Huaxin Group", False)],
                 id="no-split-at-and-that-without-comma"),
    pytest.param('"Freight rates have lost their premium faster than expected. We think they could fall below $1,500 '
                 'by June," said Karen Holt, an analyst at Portside Data.',
                 [("Freight rates have lost their premium faster than expected", "Karen Holt", False),
                  ("We think they could fall below $1,500 by June", "Karen Holt", True)],
                 id="quote-split-where-future-starts"),
    pytest.param('Chen Yu, chief economist at Hualin Securities:\n"The central bank is waiting. We expect a cut in the '
                 'fourth quarter."',
                 [("The central bank is waiting", "Chen Yu", False),
                  ("We expect a cut in the fourth quarter", "Chen Yu", True)], id="speaker-line-over-quote"),
    pytest.param('SHENZHEN - Huaxin Group said on Tuesday that the new chip would likely ship in November.',
                 [("the new chip would likely ship in November", "Huaxin Group", True)], id="dateline-without-date"),
    pytest.param('According to the bureau, by the end of May the herd stood at 118,000 heads, down 6.8%.',
                 [("by the end of May the herd stood at 118,000 heads, down 6.8%", None, False)],
                 id="may-the-month-is-no-forecast"),
    pytest.param('Wang Li said investors are asking whether the province will pay back its debt.',
                 [("investors are asking whether the province will pay back its debt", "Wang Li", False)],
                 id="embedded-question-is-no-forecast"),
    pytest.param('Mayor Helen Ostrova has pledged to rebuild the flooded river bridge before the winter.',
                 [("Mayor Helen Ostrova has pledged to rebuild the flooded river bridge before the winter",
                   "Helen Ostrova", True)], id="own-voice-intention-of-a-named-subject"),
    pytest.param('The city plans to auction another six plots before the end of the year.',
                 [("The city plans to auction another six plots before the end of the year", None, True)],
                 id="own-voice-plan-of-an-unnamed-subject"),
    pytest.param("The chief executive's salary would be cut to $10,000 a year according to the Harbour Ledger.",
                 [("The chief executive's salary would be cut to $10,000 a year", "Harbour Ledger", True)],
                 id="according-to-at-the-end-without-comma"),
    pytest.param('Jan Koval added the new plant would open in May.',
                 [("the new plant would open in May", "Jan Koval", True)], id="added-without-that"),
    pytest.param('Shares of Dalton Steel added 3% on Monday.', [], id="added-a-number-is-no-claim"),
    pytest.param('Burlington mayor Ada Renko remarked "this long-awaited rail service will give a boost to our '
                 'recovery."',
                 [("this long-awaited rail service will give a boost to our recovery", "Ada Renko", True)],
                 id="remarked-then-quote"),
    pytest.param('"It would be a dream to take this project as far as we can," said Tomas Brill.',
                 [("It would be a dream to take this project as far as we can", "Tomas Brill", False)],
                 id="quoted-would-is-a-wish"),
    pytest.param('"Rates could fall below $1,500 in the spring," said Tomas Brill.',
                 [("Rates could fall below $1,500 in the spring", "Tomas Brill", True)],
                 id="quoted-could-fall-is-a-forecast"),
    pytest.param('After crossing the islands, the storm was forecast to reach the coast late on Monday.',
                 [("After crossing the islands, the storm was forecast to reach the coast late on Monday", None,
                   True)], id="own-voice-was-forecast-to"),
    pytest.param('Dara Quill is chief economist at Tessaline Bank. "Demand is holding up," she said, adding that the '
                 'bank aims to double its mortgage book by 2027.',
                 [("Demand is holding up", "Dara Quill", False),
                  ("the bank aims to double its mortgage book by 2027", "Dara Quill", True)],
                 id="said-adding-that-keeps-the-quote"),
    pytest.param('Corvel Mining Plc will spend about $500 million to expand its Tamba mine, the company said on '
                 'Monday, betting that demand for copper will outrun supply.',
                 [("Corvel Mining Plc will spend about $500 million to expand its Tamba mine", "Corvel Mining Plc",
                   True)], id="clause-before-cue-then-participle"),
    pytest.param('Orlin Textiles will open a third factory in the second half of this year, its managing director '
                 'Jonas Vell said in an interview.',
                 [("Orlin Textiles will open a third factory in the second half of this year", "Jonas Vell", True)],
                 id="title-and-name-both-subjects"),
    pytest.param('The reporter learned from the Harwick Tourism Bureau that the city received 2.4 million visitors '
                 'during the holiday.',
                 [("the city received 2.4 million visitors during the holiday", "Harwick Tourism Bureau", False)],
                 id="learned-from-x-that"),
    pytest.param('A study by the Brenton Policy Institute warned that a single rejected shipment could damage the '
                 'market.',
                 [("a single rejected shipment could damage the market", "Brenton Policy Institute", True)],
                 id="a-study-by-x"),
    pytest.param('Mara Doyle runs a farm near the river.\n\nDoyle said the cooperative plans to build its own pack '
                 'house next year.',
                 [("the cooperative plans to build its own pack house next year", "Mara Doyle", True)],
                 id="said-without-that-when-the-parse-fails"),
    pytest.param('Ivo Lanski, the sales manager, said winter bookings are already 30% higher than last year, he '
                 'predicts the ski resort will be full in January.',
                 [("winter bookings are already 30% higher than last year", "Ivo Lanski", False),
                  ("the ski resort will be full in January", "Ivo Lanski", True)], id="comma-splice-second-cue"),
    pytest.param('"If the fruit arrives fresh, the retail price can drop by a third," said Ivo Lanski.',
                 [("If the fruit arrives fresh, the retail price can drop by a third", "Ivo Lanski", True)],
                 id="if-then-can-is-a-forecast"),
    pytest.param('The plant will open in May. &quot;We will hire 300 people here,&quot; said Ivo Lanski.',
                 [("The plant will open in May", None, True), ("We will hire 300 people here", "Ivo Lanski", True)],
                 id="html-escaped-quote-marks"),
    pytest.param('Tang Haoming sells lamps online. "以前是卖一单发一单，现在是先备货再卖货，" Tang said, which means '
                 'roughly "we used to ship one parcel per order; now we stock first and sell later."',
                 [("以前是卖一单发一单，现在是先备货再卖货", "Tang Haoming", False)],
                 id="chinese-quote-in-english-and-its-translation"),
    pytest.param('Deputy minister Ola Brenner said the ministry hoped to produce 4.3 million barrels a day in four '
                 'years.',
                 [("the ministry hoped to produce 4.3 million barrels a day in four years", "Ola Brenner", True)],
                 id="hoped-to"),
    pytest.param('The Dock Workers Union said they welcome the rise, but they want the minimum wage to go up to '
                 '$15 per hour.',
                 [("they welcome the rise, but they want the minimum wage to go up to $15 per hour",
                   "Dock Workers Union", True)], id="want-x-to"),
    pytest.param('Doctor Ivo Lanski speculates that rescue teams may one day be able to call drones to bring blood.',
                 [("rescue teams may one day be able to call drones to bring blood", "Ivo Lanski", True)],
                 id="speculates-that"),
    pytest.param('The storm was estimated to have started at around 4 a.m., the weather office said.',
                 [("The storm was estimated to have started at around 4 a.m", None, False)],
                 id="estimated-to-have-is-past"),
    pytest.param('She said goodbye to her family at the airport on Friday.', [], id="said-goodbye-is-no-claim"),
    pytest.param('Police said nothing about the case.', [], id="said-nothing-is-no-claim"),
    pytest.param('Nadia Ferro of the Canberra Ledger estimates the crowd could be doubled if wives, mothers, and other '
                 'relatives who support the players were counted.',
                 [("the crowd could be doubled if wives, mothers, and other relatives who support the players were "
                   "counted", "Nadia Ferro", True)], id="no-split-inside-a-list"),
    pytest.param('Rains have hit the provinces for two weeks and further downpours are forecast for later this week.',
                 [("Rains have hit the provinces for two weeks and further downpours are forecast for later this "
                   "week", None, True)], id="own-voice-are-forecast-for"),
    pytest.param('Chief executive Omar Lind has said he would like to sell three million laptops this year.',
                 [("he would like to sell three million laptops this year", "Omar Lind", True)],
                 id="would-like-to-is-an-intention"),
]

ZH_CASES = [
    pytest.param('华信集团董事长李明表示，公司出口额将在2030年前翻一番。',
                 [("公司出口额将在2030年前翻一番", "李明", True)], id="source-title-cue"),
    pytest.param('据宁州市统计局介绍，今年前三季度全市工业产值同比增长6.2%。',
                 [("今年前三季度全市工业产值同比增长6.2%", "宁州市统计局", False)], id="ju-x-jieshao"),
    pytest.param('市商务局副局长王强在接受记者采访时说，明年将新建三个海外仓。',
                 [("明年将新建三个海外仓", "王强", True)], id="interview-cue"),
    pytest.param('“今年的订单比去年多了一倍。”东方纺织总经理张华说。',
                 [("今年的订单比去年多了一倍", "张华", False)], id="quote-before-cue"),
    pytest.param('「很多商户还停留在铺货模式，品牌意识不足，」陈立说，「未来三年，能活下来的一定是有自有品牌的企业。」',
                 [("很多商户还停留在铺货模式，品牌意识不足", "陈立", False),
                  ("未来三年，能活下来的一定是有自有品牌的企业", "陈立", True)], id="corner-quotes-around-cue"),
    pytest.param('据悉，该项目计划于明年下半年投产。', [("该项目计划于明年下半年投产", None, True)], id="jüxi-no-source"),
    pytest.param('业内人士指出，行业整合将在未来几年进一步加快。',
                 [("行业整合将在未来几年进一步加快", None, True)], id="unnamed-source"),
    pytest.param('华信集团总经理李明表示，去年公司营收增长了12%，预计明年营收将突破50亿元。',
                 [("去年公司营收增长了12%", "李明", False), ("预计明年营收将突破50亿元", "李明", True)],
                 id="split-at-yuji"),
    pytest.param('根据《全市物流发展规划》，到2027年，全市将建成5个物流园区。',
                 [("到2027年，全市将建成5个物流园区", None, True)], id="document-is-no-speaker"),
    pytest.param('华信集团去年营收增长了12%。', [], id="no-claim"),
    pytest.param('村民王秀兰说，屋里能保持在18摄氏度左右。不过她坦言，一个冬天燃气费要两千多元。',
                 [("屋里能保持在18摄氏度左右", "王秀兰", False), ("一个冬天燃气费要两千多元", "王秀兰", False)],
                 id="buguo-ta-tanyan"),
    pytest.param('业内人士分析认为，下半年钢价有望企稳。', [("下半年钢价有望企稳", None, True)], id="two-cue-words"),
    pytest.param('华信航运总经理张强透露，目前没有调整运力的计划，订单已经排到明年二季度了。',
                 [("目前没有调整运力的计划，订单已经排到明年二季度了", "张强", False)], id="no-plan-is-no-forecast"),
    pytest.param('东方纺机总经理李华表示，这次降价比市场预期来得早一些。', [("这次降价比市场预期来得早一些", "李华", False)],
                 id="expectation-noun"),
    pytest.param('李华认为，行业利润可能下降两成。', [("行业利润可能下降两成", "李华", True)], id="keneng-is-a-forecast"),
    pytest.param('在宁波的一家纺机厂车间里，一批织机正在装箱，下周将发往越南。',
                 [("下周将发往越南", None, True)], id="own-voice-from-first-forecast-clause"),
    pytest.param('市财政局印发的《关于加快项目建设的通知》明确，各区要在资金到位后两个月内开工。',
                 [("各区要在资金到位后两个月内开工", None, True)], id="document-states"),
    pytest.param('华信集团表示，债权人可在两个选项中选择：换成新债券；或参与现金回购，回购价格约为本金的8%。',
                 [("债权人可在两个选项中选择：换成新债券；或参与现金回购，回购价格约为本金的8%", "华信集团", False)],
                 id="no-split-inside-a-list"),
    pytest.param('“我们预计假期单日最高客流会达到3万人次，届时将启动限流措施。”周海明说。',
                 [("我们预计假期单日最高客流会达到3万人次，届时将启动限流措施", "周海明", True)],
                 id="cue-inside-an-attributed-quote"),
    pytest.param('负责销售的副总裁王立军（经销商们习惯称他“王总”）给出了更具体的销售目标。', [],
                 id="cue-in-brackets-is-no-claim"),
    pytest.param('游客可通过景区网站或拨打热线进行预约，现场不再售卖纸质门票。', [], id="huo-between-two-actions"),
    pytest.param('本报讯 6月18日，由电子元件行业分会编写的年度报告在无锡发布。', [], id="fenhui-is-no-modal"),
    pytest.param('易国明表示，公司新一代芯片已通过车规认证，今年出货量预计将超过300万颗。',
                 [("公司新一代芯片已通过车规认证", "易国明", False), ("今年出货量预计将超过300万颗", "易国明", True)],
                 id="split-after-a-done-fact"),
    pytest.param('庞振华表示，获得美国药监部门的许可只是第一步，公司计划今年下半年启动二期临床，同时正与多家药企洽谈授权。',
                 [("获得美国药监部门的许可只是第一步", "庞振华", False),
                  ("公司计划今年下半年启动二期临床，同时正与多家药企洽谈授权", "庞振华", True)],
                 id="split-at-company-plans-not-at-tongshi"),
    pytest.param('李华表示，专家组讨论了病毒通过食物链传播的可能性。',
                 [("专家组讨论了病毒通过食物链传播的可能性", "李华", False)], id="possibility-is-no-forecast"),
    pytest.param('江西省财政厅有关负责人表示，各地要在资金到位后三个月内开工建设。',
                 [("各地要在资金到位后三个月内开工建设", "江西省财政厅", True)], id="within-three-months-is-a-forecast"),
    pytest.param('王立军表示，过去三个月内公司订单增长了两成。',
                 [("过去三个月内公司订单增长了两成", "王立军", False)], id="past-three-months-is-not"),
]


@pytest.mark.parametrize("text,expected", EN_CASES)
def test_claims_en_shapes(claims_of, text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize("text,expected", ZH_CASES)
def test_claims_zh_shapes(claims_of, text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("钢价连续三周上涨 分析师：四季度或将高位运行\n\n据统计，本周钢价上涨2%。",
                 [("四季度或将高位运行", None, True), ("本周钢价上涨2%", None, False)], id="source-colon-piece"),
    pytest.param("华信医疗今起招股 拟募资最多20亿港元\n\n华信医疗在华东运营10家医院。",
                 [("拟募资最多20亿港元", None, True)], id="forward-looking-piece"),
])
def test_claims_zh_headline_pieces(claims_of, text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize("text,lang,speech", [
    ('He said: "Our exports will grow again next year."', "en", [True]),
    ('Chendai is known as the "shoe capital of China", with 3,000 factories.', "en", [False]),
    ('“订单是回来了，但是利润只有前几年的一半。”他说。', "zh", [True]),
    ('加快开拓“一带一路”市场。', "zh", [False]),
])
def test_claims_quotes_speech_or_name(text, lang, speech):
    assert [q.speech for q in find_quotes(text, lang)] == speech


@pytest.mark.parametrize("source,unnamed", [
    ("Industry analysts", True), ("A person close to the company", True), ("the plan", True),
    ("An owner who did not want to be named", True), ("业内人士", True), ("某热管理部件企业负责人", True),
    ("Li Ming", False), ("华信集团", False),
])
def test_claims_unnamed_sources(source, unnamed):
    assert is_unnamed_source(source) == unnamed
