"""Claim shapes from an eleventh round of unseen Chinese news. A source the model reads as some other word where it
speaks (满晓阳称 after a sentence about 满晓阳, the name tagged a verb or a place) is still the person it named
before, as is a name the article gave with a title before (项目经理满怀远…。满怀远坦言); a view of the past told
with no named source (管理层曾预计，…将于…) and a target or promise of the past (曾提出到2024年底…, 曾表示将…)
look forward no more; an answer on the line after its question is the answerer's; work under way is split from when
it will be done. Invented names and sentences."""
import pytest


@pytest.mark.parametrize("name", ["满晓阳", "訾朝阳"])
def test_a_source_the_model_tags_as_a_name_elsewhere_is_that_name(claims_of, name):
    got = claims_of(f"{name}的策略则更为激进。{name}称，公司将于明年一季度进入日本市场。")
    assert got == [("公司将于明年一季度进入日本市场", name, True)]


def test_a_name_given_with_a_title_before_is_a_source_later(claims_of):
    got = claims_of("项目经理满怀远告诉记者，桥梁桩基已经全部完工。满怀远坦言，江面风浪大、汛期长，工期压力不小。")
    assert ("江面风浪大、汛期长，工期压力不小", "满怀远", False) in got


def test_a_view_of_the_past_with_no_named_source_is_no_forecast(claims_of):
    got = claims_of("需要指出的是，管理层在发行债券时曾预计，泰国工厂将于2023年中投产。")
    assert not any(f for _t, _s, f in got)


@pytest.mark.parametrize("text", [
    "瞿远航介绍，镇里三年前曾提出到2024年底建成五个冷链仓，目前只建成了两个。",
    "瞿远航说，协会2020年曾表示将在两年内发布团体标准，但至今仍在起草。",
])
def test_a_target_or_promise_of_the_past_is_no_forecast(claims_of, text):
    got = claims_of(text)
    assert got and not any(f for _t, _s, f in got)


def test_a_target_set_last_year_that_still_holds_looks_forward(claims_of):
    got = claims_of("区里去年提出，到2028年全区跨境电商交易额突破百亿元。")
    assert [(t, f) for t, _s, f in got] == [("到2028年全区跨境电商交易额突破百亿元", True)]


@pytest.mark.parametrize("text", [
    "晟澜家居曾表示将于年底建成展示中心，由于审批拖延，工程到现在还没开工。",  # a promise of the past
    "柴怀瑾说，线路改造原本安排在春节后，因为客流回落，公司把它提前到了元旦前。",  # a schedule of the past
    "卢砚秋表示，此前业内普遍预计钢价会在年中见底，但实际走势并不如此，上述预期并未兑现。",
])
def test_a_plan_or_expectation_that_was_dropped_is_no_forecast(claims_of, text):
    got = claims_of(text)
    assert got and not any(f for _t, _s, f in got)


def test_a_promise_told_now_still_looks_forward(claims_of):
    assert claims_of("晟澜家居表示将于明年建成展示中心。") == [("将于明年建成展示中心", "晟澜家居", True)]


def test_an_answer_on_the_line_after_its_question_is_the_answerers(claims_of):
    got = claims_of("问：海外订单为何下滑？\n岑望川：订单下滑主要是汇率波动造成的。如果汇率保持平稳，预计四季度订单"
                    "将恢复到去年同期水平。")
    assert got == [("订单下滑主要是汇率波动造成的", "岑望川", False),
                   ("如果汇率保持平稳，预计四季度订单将恢复到去年同期水平", "岑望川", True)]


def test_each_exchange_of_a_paragraph_is_read_on_its_own(claims_of):
    got = claims_of("问：海外订单为何下滑？\n答：主要是汇率波动造成的。\n问：四季度呢？\n答：预计四季度将回升一成左右。")
    assert [(t, f) for t, _s, f in got] == [("主要是汇率波动造成的", False), ("预计四季度将回升一成左右", True)]


def test_work_under_way_is_split_from_when_it_will_be_done(claims_of):
    got = claims_of("符景澄说，新仓库正在改造中，预计下月中旬交付，届时仓储能力将增加一半。")
    assert [(t, f) for t, _s, f in got] == [("新仓库正在改造中", False), ("预计下月中旬交付，届时仓储能力将增加一半", True)]


def test_a_new_date_for_a_plan_is_split_from_the_work_done(claims_of):
    got = claims_of("符景澄说，眼下主体结构已经封顶，投产时间调整至明年3月。")
    assert [(t, f) for t, _s, f in got] == [("眼下主体结构已经封顶", False), ("投产时间调整至明年3月", True)]


def test_work_going_on_as_planned_is_no_forecast(claims_of):
    got = claims_of("符景澄说，三条新线均按计划推进，暂无延期迹象。")
    assert got and not any(f for _t, _s, f in got)


def test_a_topic_before_its_answers_is_no_source(claims_of):
    got = claims_of("晟澜精工董事长瞿立文、董事会秘书岑望川等到场，就股东关心的分红安排等问题进行了回答。")
    assert got == []


@pytest.mark.parametrize("text", [
    "符景澄说，洗牌过后，留下来的商户会更稳。",  # 会 before a comparative
    "符景澄说，要是到秋天还卖不动，我会考虑把摊位转让出去。",  # 我会 before a verb: "I will", not "our association"
    "符景澄说，实施细则中将明确补贴的申领条件。",  # 中将 read as one word
    "符景澄认为，一旦原料断供，下游几家工厂的排产都会被拖后。",
    "符景澄说，钢价或于三季度见顶。",
    "符景澄说，照目前的速度，这批设备下月中旬就能全部交付。",
    "符景澄说，年内要把库存降到两成以下。",
    "符景澄说，我估计再过十年，村里的老茶园会全部改种新品种。",
    "符景澄说，这个目标明年实现的可能性已经不大。",
])
def test_more_ways_to_look_forward(claims_of, text):
    assert [f for _t, _s, f in claims_of(text)] == [True]


@pytest.mark.parametrize("text", [
    "符景澄说，每年我们都会举办两期培训。",  # a habit
    "符景澄说，2016年前后，门店一家接一家关门。",  # around a year past
    "符景澄说，现在夜间配送也成为可能。",  # became possible
    "符景澄说，销量好于我们年初的预期。",  # better than expected
    "符景澄说，原来说去年就能通车，结果拖到了今天。",  # what was said before
    "瞿立文曾在去年的年会上表示，公司将在两年内把门店开到300家。",  # what was said then
])
def test_a_habit_a_past_time_or_a_past_word_is_no_forecast(claims_of, text):
    got = claims_of(text)
    assert got and not any(f for _t, _s, f in got)


@pytest.mark.parametrize("text", [
    "对于明年钢价走势，业内看法不一。",  # a topic named
    "谈到今后的计划，瞿立文笑得很开心。",
    "11月3日，市统计局局长瞿立文介绍了前三季度全市经济运行情况，并回答记者提问。",  # a briefing named
])
def test_a_topic_or_a_briefing_named_is_no_forecast(claims_of, text):
    assert not any(f for _t, _s, f in claims_of(text))


@pytest.mark.parametrize("text", [
    "瞿立文说，如果原油继续上涨，也不排除运费再次上调。",
    "瞿立文说，我们有信心完成全年交付任务。",
    "瞿立文说，按目前的订单，全年产值翻番问题不大。",
    "瞿立文说，要是雨水正常，今年的收成应该会比去年好。",
])
def test_a_possibility_a_confidence_or_a_likely_outcome_looks_forward(claims_of, text):
    assert [f for _t, _s, f in claims_of(text)] == [True]


@pytest.mark.parametrize("text", [
    "此前，曾有券商表示将在年中上调评级，但从后来的走势看，评级一直未变。",  # a past intention
    "瞿立文说，北方小麦已经收割过半，市场减产预期偏强。",  # expectations, a mood of now
    "瞿立文说，警方不排除有人故意纵火。",  # a possibility of now
    "瞿立文说，不少受访者对经济前景有信心。",  # a mood
])
def test_a_past_intention_or_a_mood_of_now_is_no_forecast(claims_of, text):
    assert not any(f for _t, _s, f in claims_of(text))
