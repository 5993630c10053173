"""Claim shapes from an eleventh round of unseen Chinese news. A source the model reads as some other word where it
speaks (满晓阳称 after a sentence about 满晓阳, the name tagged a verb or a place) is still the person it named
before, as is a name the article gave with a title before (项目经理满怀远…。满怀远坦言); a view of the past told
with no named source (管理层曾预计，…将于…) and a target or promise of the past (曾提出到2025年…, 曾表示将…)
look forward no more. Invented names and sentences."""
import pytest


@pytest.mark.parametrize("name", ["满晓阳", "訾朝阳"])
def test_a_source_the_model_tags_as_a_name_elsewhere_is_that_name(claims_of, name):
    got = claims_of(f"{name}的策略则更为激进。{name}称，公司将于明年一季度进入日本市场。")
    assert got == [("公司将于明年一季度进入日本市场", name, True)]


def test_a_name_given_with_a_title_before_is_a_source_later(claims_of):
    got = claims_of("项目经理满怀远告诉记者，目前已有200名工人进场。满怀远坦言，隧道地质条件复杂，是施工中最大的难点。")
    assert ("隧道地质条件复杂，是施工中最大的难点", "满怀远", False) in got


def test_a_view_of_the_past_with_no_named_source_is_no_forecast(claims_of):
    got = claims_of("值得一提的是，公司管理层在上市时曾预计，越南工厂将于2024年底前投产。")
    assert not any(f for _t, _s, f in got)


@pytest.mark.parametrize("text", [
    "瞿远航介绍，县里在“十四五”初期曾提出到2025年茶叶产值突破50亿元，这一目标未能完成。",
    "瞿远航说，合作社2021年曾表示将在三年内把冷库扩建到两万吨，但实际只建成了一半。",
])
def test_a_target_or_promise_of_the_past_is_no_forecast(claims_of, text):
    got = claims_of(text)
    assert got and not any(f for _t, _s, f in got)


def test_a_target_set_last_year_that_still_holds_looks_forward(claims_of):
    got = claims_of("市政府去年提出，到2027年全市新能源汽车产量突破50万辆。")
    assert [(t, f) for t, _s, f in got] == [("到2027年全市新能源汽车产量突破50万辆", True)]


@pytest.mark.parametrize("text", [
    "晟澜家居曾表示将于次年建成烘干中心，但因用地指标迟迟未落实，该项目至今仍未动工。",  # a promise of the past
    "柴怀瑾说，这次检修原本安排在明年一季度，考虑到钢价持续低迷，公司决定提前进行。",  # a schedule of the past
    "卢砚秋表示，此前市场普遍预期春节前后降息，但从目前的情况看，这一预期已经落空。",  # the expectation, a thing
])
def test_a_plan_or_expectation_that_was_dropped_is_no_forecast(claims_of, text):
    got = claims_of(text)
    assert got and not any(f for _t, _s, f in got)


def test_a_promise_told_now_still_looks_forward(claims_of):
    assert claims_of("晟澜家居表示将于明年建成烘干中心。") == [("将于明年建成烘干中心", "晟澜家居", True)]


def test_an_answer_on_the_line_after_its_question_is_the_answerers(claims_of):
    got = claims_of("问：下半年毛利率能否改善？\n岑望川：毛利率下降主要是原材料涨价所致。如果铜价维持在目前水平，预计下半年毛利率"
                    "将回升至25%左右。")
    assert got == [("毛利率下降主要是原材料涨价所致", "岑望川", False),
                   ("如果铜价维持在目前水平，预计下半年毛利率将回升至25%左右", "岑望川", True)]


def test_work_under_way_is_split_from_when_it_will_be_done(claims_of):
    got = claims_of("符景澄说，二期厂房正在建设中，预计明年三季度投产，届时产能将翻番。")
    assert [(t, f) for t, _s, f in got] == [("二期厂房正在建设中", False), ("预计明年三季度投产，届时产能将翻番", True)]


def test_a_new_date_for_a_plan_is_split_from_the_work_done(claims_of):
    got = claims_of("符景澄说，目前项目已完成设备安装调试，达产时间调整至明年3月。")
    assert [(t, f) for t, _s, f in got] == [("目前项目已完成设备安装调试", False), ("达产时间调整至明年3月", True)]


def test_work_going_on_as_planned_is_no_forecast(claims_of):
    got = claims_of("符景澄说，其余募投项目均按计划推进，不存在重大延期风险。")
    assert got and not any(f for _t, _s, f in got)


def test_a_topic_before_its_answers_is_no_source(claims_of):
    got = claims_of("晟澜精工董事长瞿立文、董事会秘书岑望川等出席，就投资者关心的海外产能等问题进行了回答。")
    assert got == []


@pytest.mark.parametrize("text", [
    "符景澄说，出清之后，活下来的企业会更健康。",  # 会 before a comparative
    "符景澄说，如果到6月份还回不了本，我会考虑把店转出去。",  # 我会 before a verb: "I will", not "our association"
    "符景澄说，正式方案中将增加停产停业损失补偿条款。",  # 中将 read as one word
    "符景澄认为，一旦出现重大事故，整个行业的发展节奏都会被打乱。",
    "符景澄说，猪价或于二季度触底。",
    "符景澄说，按现在的进度，这个标段11月底就能完成全部管道铺设。",
    "符景澄说，今年要把套保比例提到六成。",
    "符景澄说，我估计再过三五年，镇上的小厂会剩不到一半。",
    "符景澄说，这一目标年内实现的可能性已经不大。",
])
def test_more_ways_to_look_forward(claims_of, text):
    assert [f for _t, _s, f in claims_of(text)] == [True]


@pytest.mark.parametrize("text", [
    "符景澄说，每年我们都会举办两期培训。",  # a habit
    "符景澄说，2015年前后，订单一年比一年少。",  # around a year past
    "符景澄说，现在一日游也成了可能。",  # became possible
    "符景澄说，内需恢复的斜率低于我当时的预期。",  # below what was expected
    "符景澄说，原来说前年就要动工，一直拖到现在。",  # what was said before
    "瞿立文曾在今年3月的发布会上表示，公司将在年内实现单月交付5万辆。",  # what was said then
])
def test_a_habit_a_past_time_or_a_past_word_is_no_forecast(claims_of, text):
    got = claims_of(text)
    assert got and not any(f for _t, _s, f in got)


@pytest.mark.parametrize("text", [
    "对于明年猪价走势，市场分歧明显。",  # a topic named
    "说起接下来的打算，瞿立文显得信心十足。",
    "12月5日，市发改委主任瞿立文介绍了今年政府工作报告和“十五五”规划纲要编制情况，并回答记者提问。",  # a briefing named
])
def test_a_topic_or_a_briefing_named_is_no_forecast(claims_of, text):
    assert not any(f for _t, _s, f in claims_of(text))


@pytest.mark.parametrize("text", [
    "瞿立文说，如果美元指数继续走强，也不排除铜价阶段性回调至72000元/吨附近。",
    "瞿立文说，我们有信心守住民生用电底线。",
    "瞿立文说，照现在的势头，全年直播带货卖出5亿元农产品问题不大。",
    "瞿立文说，要是春节前番茄能稳在每斤3块钱以上，全年收入应该和去年差不多。",
])
def test_a_possibility_a_confidence_or_a_likely_outcome_looks_forward(claims_of, text):
    assert [f for _t, _s, f in claims_of(text)] == [True]


@pytest.mark.parametrize("text", [
    "此前，曾有车企表示将在二季度末停止以价换量，但从实际情况看，降价并未止步。",  # a past intention
    "瞿立文说，巴西大豆播种进度已超过八成，新季丰产预期较强。",  # expectations, a mood of now
])
def test_a_past_intention_or_a_mood_of_now_is_no_forecast(claims_of, text):
    assert not any(f for _t, _s, f in claims_of(text))
