"""Forecast horizons: found as written and normalized, in English and Chinese, against the article's date."""
import pytest

from pipeline.horizon import article_date, find_horizon


@pytest.mark.parametrize("text,lang,date,written,expect", [
    ("the industry will remain a leading region in the next 20 to 30 years", "en", (2024, 5, 1),
     "in the next 20 to 30 years", {"type": "duration", "years_from": 20.0, "years_to": 30.0, "year_to": 2054}),
    ("exports will double by 2030", "en", None, "by 2030", {"type": "until", "year_to": 2030, "due": "2030-12"}),
    ("the company will finish the lines before the end of next year", "en", (2024, 3, 14),
     "before the end of next year", {"type": "relative", "year_to": 2025, "due": "2025-12"}),
    ("the plant will start production in the third quarter of next year", "en", (2024, 8, 13),
     "in the third quarter of next year", {"year_to": 2025, "due": "2025-09"}),
    ("two cranes will enter service in September", "en", (2024, 7, 8), "in September",
     {"type": "date", "due": "2024-09"}),
    ("it aims to cut costs within three years", "en", (2024, 6, 1), "within three years",
     {"type": "duration", "years_to": 3.0, "due": "2027-06"}),
    ("prices may rise", "en", 2024, None, None),
    ("未来五年，行业将保持两位数增长", "zh", (2024, 1, 1), "未来五年",
     {"type": "duration", "years_to": 5.0, "year_to": 2029}),
    ("明年将新建三个海外仓", "zh", (2024, 9, 12), "明年", {"type": "relative", "year_to": 2025, "due": "2025-12"}),
    ("下半年将在迪拜再开一家样板间", "zh", (2024, 9, 12), "下半年", {"year_to": 2024, "due": "2024-12"}),
    ("县里将在三年内新建5个初制所", "zh", (2024, 4, 1), "三年内", {"type": "duration", "years_to": 3.0}),
    ("“十五五”期间，合肥将继续因城施策", "zh", None, "“十五五”期间",
     {"type": "plan", "year_from": 2026, "year_to": 2030}),
    ("到2025年底，交易额将突破1300亿元", "zh", None, "到2025年底", {"type": "until", "due": "2025-12"}),
    ("协会将在明年3月组织企业赴沙特参展", "zh", (2024, 9, 12), "明年3月", {"type": "date", "due": "2025-03"}),
    ("监管局将督促企业在7月31日前完成召回", "zh", (2024, 7, 3), "7月31日前", {"due": "2024-07"}),
])
def test_horizon_normalized(text, lang, date, written, expect):
    h = find_horizon(text, lang, date)
    if written is None:
        assert h is None
        return
    assert h["text"] == written and text[h["start"]:h["end"]] == written
    assert {k: h[k] for k in expect} == expect


@pytest.mark.parametrize("text,date", [
    ("2024年10月29日 09:15 来源：钱湖商讯网", (2024, 10, 29)),
    ("2024-09-12 08:47　来源：桐溪日报", (2024, 9, 12)),
    ("SHANGHAI, Aug 20, 2024 (Reuters) - Shares fell.", (2024, 8, 20)),
    ("No date here at all.", None),
    ("华东一家锻造厂的转型路\n\n“2020年我们的收入只有八千万元，去年做到了7亿元。”总经理说。", None),
    ("青禾市商会举行2025年年会\n\n来源：青禾日报", (2025, None, None)),
    ("力争到2027年建成投产 青禾新厂开工\n\n青禾新厂昨日开工。", None),
])
def test_horizon_article_date(text, date):
    assert article_date(text) == date
