"""Forecasts that read as the present: schedules and deadlines on a day after the article's date, an
obligation still ahead ("may have to"), and not a habit ("pays within 21 days"); a source's own forecast
given after a turn ("…, but it kept its forecast that…"); an expectation placed in time ("is expected before
the summer break"); and in Chinese an own-voice forecast after a fact told with an adjective (…压力仍然较大，
未来或将…: the forecast starts at 未来), 可望 ("is expected to"), 定于 ("is scheduled for") and 预料 (a cue
that expects; not 出乎预料). Each case is one article's text and the claims a reader expects from it:
(content, speaker name or None, forecast)."""
import pytest

DATED = "DUNMORE, March 3, 2025\n\n"

CASES = [
    pytest.param("Hollin Textiles said its quarterly profit fell 12% to $3.1 million, but it kept its forecast that "
                 "sales will rise 5% this year.",
                 [("its quarterly profit fell 12% to $3.1 million", "Hollin Textiles", False),
                  ("sales will rise 5% this year", "Hollin Textiles", True)], id="en-but-kept-its-forecast"),
    pytest.param("Marta Velez said the mill may have to close its second line from June if orders do not pick up.",
                 [("the mill may have to close its second line from June if orders do not pick up", "Marta Velez",
                   True)], id="en-may-have-to"),
    pytest.param('"Orders are thin. We may have to cut shifts before the winter," said Marta Velez, who runs the mill.',
                 [("Orders are thin", "Marta Velez", False),
                  ("We may have to cut shifts before the winter", "Marta Velez", True)], id="en-quoted-may-have-to"),
    pytest.param(DATED + "Public comments on the harbour plan close on April 30 and can be sent to the council.",
                 [("Public comments on the harbour plan close on April 30 and can be sent to the council", None,
                   True)], id="en-closes-on-a-day-ahead"),
    pytest.param(DATED + "Every grower must register with the cooperative by May 20.",
                 [("Every grower must register with the cooperative by May 20", None, True)],
                 id="en-deadline-ahead"),
    pytest.param("A ruling on the merger is expected before the summer break, with a transition period for existing "
                 "contracts.",
                 [("A ruling on the merger is expected before the summer break, with a transition period for "
                   "existing contracts", None, True)], id="en-expected-before"),
    pytest.param("Mira Holt said lower prices should support fuel consumption later in the year.",
                 [("lower prices should support fuel consumption later in the year", "Mira Holt", True)],
                 id="en-should-later-in-the-year"),
    pytest.param("Mira Holt said prices rose later in the year.", [("prices rose later in the year", "Mira Holt", False)],
                 id="en-later-in-the-year-past"),
    pytest.param(DATED + "The harbour survey closed on February 28 after six weeks.", [], id="en-closed-on-a-day-past"),
    pytest.param(DATED + "The autumn fair in the old market hall opens on Feb. 1.", [],
                 id="en-day-behind-the-article"),
    pytest.param(DATED + "The interview comes two weeks before the March 20 ballot in the northern province.", [],
                 id="en-day-naming-an-event"),
    pytest.param(DATED + "With just days to go until March 20, the mayor has closed the gap in the polls.", [],
                 id="en-day-in-a-subordinate-clause"),
    pytest.param('"Buyers used to pay late. Now the cooperative pays within 21 days," said Joyce Wanjiru, '
                 'its secretary.',
                 [("Buyers used to pay late. Now the cooperative pays within 21 days", "Joyce Wanjiru", False)],
                 id="en-within-days-as-a-habit"),
    pytest.param("Joyce Wanjiru said the cooperative aims to open a cold store within two years.",
                 [("the cooperative aims to open a cold store within two years", "Joyce Wanjiru", True)],
                 id="en-aim-within-years"),
    pytest.param("资产质量压力仍然较大，未来或将加快处置不良资产。", [("未来或将加快处置不良资产", None, True)],
                 id="zh-adjective-fact-before-own-voice-future"),
    pytest.param("该行去年净利润下降一成，资产质量压力仍然较大，未来或将加快处置不良资产。",
                 [("未来或将加快处置不良资产", None, True)], id="zh-own-voice-future-after-facts"),
    pytest.param("陈立新预料，明年钢价将小幅回落。", [("明年钢价将小幅回落", "陈立新", True)], id="zh-yuliao-is-a-cue"),
    pytest.param("陈立新说，结果出乎预料。", [("结果出乎预料", "陈立新", False)], id="zh-unexpectedly-is-a-fact"),
    pytest.param("第三届博览会定于5月20日在杭州开幕。", [("第三届博览会定于5月20日在杭州开幕", None, True)],
                 id="zh-scheduled-for"),
    pytest.param("原定于去年开幕的博览会推迟举行。", [], id="zh-originally-scheduled"),
    pytest.param("李海涛认为，下半年船舶订单仍可维持增长，全年可望突破200艘。",
                 [("下半年船舶订单仍可维持增长，全年可望突破200艘", "李海涛", True)], id="zh-kewang-is-expected"),
    pytest.param("王立军说，公司产线已进入客户验证阶段，有望明年实现量产。",
                 [("公司产线已进入客户验证阶段，有望明年实现量产", "王立军", True)],
                 id="zh-youwang-goes-on-with-its-subject"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_schedules_and_turns(claims_of, text, expected):
    assert claims_of(text) == expected
