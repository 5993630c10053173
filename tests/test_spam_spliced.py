"""Ads spliced into a sentence of a Chinese story, with no line break around them: a bracketed label (【家装】) and
short parts up to a shop's phone or WeChat, a bracket that holds the whole ad, a last contact run straight into
the next sentence (微信：abc12345柴怀瑾说，…). The ad goes whole, the story around it stays, and a statement that
the ad cut in two keeps its source. Invented names and sentences."""
import pytest

from conftest import chars_of, removed_chars
from pipeline.records import Article
from pipeline.stages import clean, detect_language, strip_spam

LEAD = ("蓟川家居产业园二期项目日前完成主体封顶\n\n发布时间：2025-03-18 09:20　来源：蓟川日报\n\n"
        "记者从蓟川经济开发区了解到，家居产业园二期项目日前完成主体封顶，预计今年9月投入使用。二期项目总投资"
        "12亿元，规划建设定制家具、智能家居和家居物流三大板块，目前已有18家家居企业签约入驻。")
TAIL = ("\n\n据了解，蓟川家居产业去年产值约73亿元，比前年多出一成，定制家具已是最大的门类。开发区管委会"
        "相关负责人说，下一步要补齐家居物流和展厅配套，争取到2028年全区家居产业产值翻一番。")


def _article(raw: str, cfg) -> Article:
    return strip_spam(detect_language(clean(Article(doc_id="t", source="t", raw=raw), cfg), cfg), cfg)


@pytest.mark.parametrize("before,ad,after", [
    ("晟澜家居总经理卢砚秋认为，", "【家装】全屋定制 环保板材 免费量房 预约热线：0571-8826XXXX",
     " 今年下半年定制家具的订单会明显回暖。"),
    ("卢砚秋说，园区的仓储面积比一期扩大了一倍，", "【钢管 角钢 槽钢 现货批发 电话：0513-8872XXXX】",
     "明年还将引进两家板材加工企业。"),
    ("园区配套的物流中心已经招满。", "【汽配】刹车片 离合器片 厂家直供 微信：qpzg2024",
     "柴怀瑾说，物流中心今年将新开三条干线。"),
    ("园区配套的物流中心已经招满。", "【物流专线】整车零担 全国直达 电话：0571-8836XXXX（微信同号）",
     "柴怀瑾介绍，今年将新开三条干线。"),
])
def test_an_ad_spliced_into_a_sentence_goes_whole_and_the_story_stays(model_cfg, before, ad, after):
    raw = LEAD + "\n\n" + before + ad + after + TAIL
    cut = removed_chars(_article(raw, model_cfg))
    assert chars_of(raw, ad) <= cut, f"kept spam: {''.join(raw[i] for i in sorted(chars_of(raw, ad) - cut))}"
    for story in (before, after.strip(), LEAD.split("\n\n")[-1]):
        assert not chars_of(raw, story) & cut, f"removed story: {story!r}"


@pytest.mark.parametrize("sentence", [
    "园区管委会提醒，企业可拨打服务热线0571-8826 1234咨询入园政策。",
    "【记者手记】今年我们走访了园区里的二十多家企业，电话：0571-8826 1234是管委会公布的投诉电话。",
    "园区服务热线0571-88261234自开通以来，共接到企业来电3000余个，办结率达98%。",  # the story's hotline
    "手机号码138 0000 0000的机主王某表示，他从未办理过这项业务。",
])
def test_a_story_sentence_with_a_phone_number_is_no_spliced_ad(model_cfg, sentence):
    raw = LEAD + "\n\n" + sentence + TAIL
    assert not chars_of(raw, sentence) & removed_chars(_article(raw, model_cfg))


def test_a_statement_cut_in_two_by_an_ad_keeps_its_source(extract):
    raw = (LEAD + "\n\n晟澜家居总经理卢砚秋认为，【家装】全屋定制 环保板材 免费量房 预约热线：0571-8826XXXX "
           "今年下半年定制家具的订单会明显回暖。" + TAIL)
    a = extract(raw)
    got = {c.text: (c.speaker.name if c.speaker else None, c.forecast) for c in a.claims}
    assert got.get("今年下半年定制家具的订单会明显回暖") == ("卢砚秋", True)
    assert not any("预约热线" in c.text for c in a.claims)


def test_two_labels_of_one_ad_give_one_span_and_a_url_with_a_query_is_read():
    from pipeline.spam import spliced_ads

    text = "他认为，【家装】【特惠】全屋定制 环保板材 免费量房 预约热线：0571-88261234 今年订单会回暖。"
    assert [text[a:b] for a, b in spliced_ads(text)] == ["【家装】【特惠】全屋定制 环保板材 免费量房 预约热线：0571-88261234"]
    assert spliced_ads("源头工厂 来图定制 量大从优 联系方式：https://shop.example.com/item?id=12345 今年订单会回暖。")


def test_an_article_with_an_ad_giving_a_url_with_a_query_is_processed(extract):
    a = extract(LEAD + "\n\n源头工厂 OEM 来图定制 ODM 量大从优 QC 联系方式：https://shop.example.com/item?id=12345 "
                "今年订单会回暖。" + TAIL)
    assert a.status == "ok"
