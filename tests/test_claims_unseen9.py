"""Claim shapes from a ninth round of unseen news: a translated "It is reported that, …" whose comma kept the
frame from its content, a company that "now targets" an output date in the article's own voice, a forecast the
article says was made before and overtaken ("had told investors last year that it expected …"), a wish that is no
plan ("we want to see"), and in Chinese 将 with a word of manner or time before its verb. Invented names and
sentences."""
import pytest


def test_it_is_reported_that_with_a_comma_gives_what_was_reported(claims_of):
    got = claims_of("It is reported that, the 2024 Lanxi Small Home Appliance Expo will be held in October, expected "
                    "to attract more than 500 exhibitors.")
    assert got and all(text != "It is reported that" for text, _speaker, _forecast in got)
    assert any("Expo will be held in October" in text and forecast for text, _speaker, forecast in got)


def test_a_company_that_now_targets_a_date_looks_forward(claims_of):
    got = claims_of("Tarrow Lithium cut its guidance again. The company now targets first battery-grade product in "
                    "the March quarter of 2026.")
    assert ("The company now targets first battery-grade product in the March quarter of 2026", None, True) in got


def test_targets_as_a_noun_in_the_past_is_no_forecast(claims_of):
    assert not any(forecast for _t, _s, forecast in claims_of("Last year the targets were met and sales rose 8%."))


def test_a_forecast_told_before_and_overtaken_is_no_forecast(claims_of):
    got = claims_of("Brightfen Semiconductor said on Monday it had delayed its first chip. The company had told investors "
                    "last year that it expected to begin volume production in late 2024.")
    assert ("it expected to begin volume production in late 2024", None, False) in [
        (t, None, f) for t, _s, f in got]


def test_a_forecast_said_now_stays_a_forecast(claims_of):
    got = claims_of("The chairman said the first phase would be completed by the end of 2031.")
    assert [f for _t, _s, f in got] == [True]


@pytest.mark.parametrize("text,forecast", [
    ('"We want to see the jobs on the quayside, not in a press release," said Mary Olwen.', False),
    ('"Nobody wants to hold stock when they do not know the tariff," said Mary Olwen.', False),
    ('"Next year we want to sign direct contracts with twenty cooperatives," said Mary Olwen.', True),
])
def test_a_wish_is_no_plan(claims_of, text, forecast):
    assert [f for _t, _s, f in claims_of(text)] == [forecast]


@pytest.mark.parametrize("text,content", [
    ("县长表示，今年全县将新改建林区机耕道120公里。", "今年全县将新改建林区机耕道120公里"),
    ("他说，10月起，我们将每周增开一班直达南美西岸的航线。", "10月起，我们将每周增开一班直达南美西岸的航线"),
])
def test_zh_jiang_then_a_word_of_manner_or_time_then_the_verb_looks_forward(claims_of, text, content):
    assert [(t, f) for t, _s, f in claims_of(text)] == [(content, True)]


def test_zh_a_condition_stays_with_its_outcome(claims_of):
    got = claims_of("专家表示，近年来各地种植面积扩张较快，如果品质不能持续提升，未来价格下行的压力会越来越大。")
    assert got == [("近年来各地种植面积扩张较快，如果品质不能持续提升，未来价格下行的压力会越来越大", None, True)]


def test_zh_a_pages_issuing_body_label_is_no_claim(claims_of):
    assert claims_of("发布机构：岱宁市商务局　　发布日期：2024-09-12\n\n现将有关情况公告如下。") == []


@pytest.mark.parametrize("content", [
    "受制于设备成本和良率，该技术的大规模量产仍需两到三年时间",
    "受终端消费疲弱拖累，短期内鸡肉价格大幅上涨的可能性不大",
    "全年突破300万标箱是有把握的",
    "在岱州本地化生产将使公司对亚洲客户的交付周期缩短一半以上",
])
def test_zh_time_still_needed_a_likelihood_confidence_and_jiang_shi_look_forward(claims_of, content):
    assert [(t, f) for t, _s, f in claims_of(f"他表示，{content}。")] == [(content, True)]


def test_zh_a_possibility_named_as_a_thing_is_no_forecast(claims_of):
    assert [f for _t, _s, f in claims_of("他表示，这种可能性的存在说明市场仍不成熟。")] == [False]


def test_zh_a_calendar_year_after_still_needed_is_no_time_ahead(claims_of):
    assert [f for _t, _s, f in claims_of("他表示，企业还需缴纳2022年度的税款。")] == [False]
