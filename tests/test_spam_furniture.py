"""Shapes the model alone misses on unseen articles: Chinese ads spliced into a paragraph and ended by a link
arrow or a layout gap, an ad line the cleaner glued to the story's last clause, a repost's follow prompt and end
marker, a site footer naming who runs the site, a related list in traditional characters; English page crumbs,
follow prompts and author bios; a press release's media contact, which stays. And the story's own sentences that
share their words stay (invented articles)."""
import pytest

from conftest import chars_of, removed_chars
from pipeline.records import Article
from pipeline.segment import split_sentences
from pipeline.stages import clean, detect_language, strip_spam

HEAD = "江城港一季度集装箱吞吐量创新高"
S1 = "据江城港集团消息，一季度江城港完成集装箱吞吐量215万标箱，同比增长12.4%，创历史同期新高。"
S2 = "港口集团副总经理韩雪峰表示，随着新航线陆续开通，二季度吞吐量有望继续增长。"
S3 = "今年以来，江城港新开通东南亚航线6条，港口正在建设的四期码头预计明年投入使用。"
S4 = "韩雪峰透露，港口计划下半年在南港区新建一座自动化码头，投资额约40亿元。"


def _article(raw: str, cfg) -> Article:
    a = Article(doc_id="t", source="t", raw=raw)
    return strip_spam(detect_language(clean(a, cfg), cfg), cfg)


@pytest.mark.parametrize("text, cut_after", [
    ("【广告】夏装上新，全场五折，点击立即领券>> 韩雪峰同时坦言，航运成本仍在上涨。", "领券>>"),
    ("更多精彩内容请下载客户端» 韩雪峰表示，航线还将增加。", "客户端»"),
])
def test_segment_a_link_arrow_before_a_space_ends_the_ad(text, cut_after):
    spans = split_sentences(text)
    assert text[:text.index(cut_after) + len(cut_after)] in [text[a:b] for a, b in spans]


@pytest.mark.parametrize("raw, spam", [
    # a tagged ad spliced between two sentences, ended by a link arrow
    (f"{HEAD}\n\n{S1}【广告】夏装上新，全场五折起，点击立即领券>> {S2}\n\n{S3}", "【广告】夏装上新，全场五折起，点击立即领券>>"),
    # an IM ad run into the story's next sentence, a space between them in the raw text
    (f"{HEAD}\n\n{S1}👉 添加小编微信：jcgang2025，免费领取航运资料 {S4}\n\n{S3}", "👉 添加小编微信：jcgang2025，免费领取航运资料"),
    # an ad line glued by the cleaner to the story's last clause (a long line without a full stop)
    (f"{HEAD}\n\n今年以来，江城港新开通东南亚航线6条，集装箱吞吐量同比增长12.4%，港口企业效益明显改善\n"
     f"进口冷链食品 厂家直销 全国包邮 微信：lenglian888\n{S2}", "进口冷链食品 厂家直销 全国包邮 微信：lenglian888"),
    # a follow prompt and a repost's end marker
    (f"点击上方“江城财经”关注我们，获取更多资讯\n\n{HEAD}\n\n{S1}\n\n{S2}\n\n- END -", "点击上方“江城财经”关注我们，获取更多资讯"),
    (f"{HEAD}\n\n{S1}\n\n{S2}\n\n- END -\n\n往期推荐\n江城港开通首条非洲航线", "- END -"),
    (f"{HEAD}\n\n{S1}关注我们，每天推送最新财经资讯。{S2}\n\n{S3}", "关注我们，每天推送最新财经资讯。"),
    # a site footer naming who runs the site, beside the site's record line
    (f"{HEAD}\n\n{S1}\n\n{S2}\n\n主办单位：江城市港航协会\u3000地址：江城市滨江路88号\u3000电话：0571-55123680\n"
     "技术支持：江城网联科技有限公司\u3000浙ICP备17023456号-1", "主办单位：江城市港航协会\u3000地址：江城市滨江路88号"),
    # a related list in traditional characters
    (f"{HEAD}\n\n{S1}\n\n相關閱讀：\n‧ 江城港開通首條非洲航線\n‧ 港股午市：恒指跌182點\n\n{S2}\n\n{S3}", "‧ 港股午市：恒指跌182點"),
])
def test_spam_removes_chinese_furniture_and_spliced_ads(model_cfg, raw, spam):
    a = _article(raw, model_cfg)
    assert chars_of(raw, spam) <= removed_chars(a)
    for sentence in (S1, S2, S3, S4):
        if sentence in raw:
            assert not chars_of(raw, sentence) & removed_chars(a)
    if "港口企业效益明显改善" in raw:
        assert not chars_of(raw, "港口企业效益明显改善") & removed_chars(a)


@pytest.mark.parametrize("content", [
    # an event notice in the story: the organizers are content
    "主办单位：江城市人民政府\n承办单位：江城市商务局、江城会展集团",
    # a story's service sentence with a hotline and a collection point
    "符合条件的独居老人可携带身份证到所在社区服务中心领取防暑物资，咨询电话：0571-87654321。",
    # a story's sentence that opens with 扫码 (a habit, not a prompt)
    "扫码点餐、扫码支付已经成为年轻人的习惯，江城港客运站也开通了扫码购票。",
])
def test_spam_keeps_story_lines_with_furniture_words(model_cfg, content):
    raw = f"{HEAD}\n\n{S1}\n\n{content}\n\n{S2}\n\n{S3}"
    a = _article(raw, model_cfg)
    assert not chars_of(raw, content.split("\n")[0]) & removed_chars(a)


EN_RELEASE = [
    "Harbourline Logistics opens cold-storage hub in Duluth",
    "DULUTH, Minn. -- Harbourline Logistics said on Tuesday it had opened a 40,000-square-foot cold-storage hub "
    "near the port, adding 120 jobs. Chief executive Marcus Lindqvist said the company expects the site to handle "
    "1.2 million pallets a year by 2026.",
    "The hub serves food producers across the Great Lakes region, the company said.",
]


@pytest.mark.parametrize("contact", [
    "Media contact: Harbourline Logistics Communications, Tel: +1 218 555 0199, Email: press@harbourlinelogistics.com",
    "Dana Wells\npress@harbourlinelogistics.com",
])
def test_spam_keeps_the_press_contact_of_the_firm_the_release_is_about(model_cfg, contact):
    raw = "\n\n".join(EN_RELEASE + [contact, "Copyright © 2024 Lakeside Wire. All rights reserved."])
    a = _article(raw, model_cfg)
    assert not chars_of(raw, contact) & removed_chars(a)
    assert chars_of(raw, "All rights reserved.") <= removed_chars(a)


@pytest.mark.parametrize("before, after, spam", [
    ("Markets › Shipping › Asia\n\n", "", "Markets › Shipping › Asia"),
    ("", "\n\nDana Wells is the Lakeside Wire's logistics reporter, covering ports and trucking across the region.\n\n"
         "© 2024 Lakeside Wire. All rights reserved.", "Dana Wells is the Lakeside Wire's logistics reporter"),
    ("", "\n\nFollow Lakeside Wire on Google News for the latest updates and never miss a story.\n\n"
         "© 2024 Lakeside Wire. All rights reserved.", "Follow Lakeside Wire on Google News"),
])
def test_spam_removes_english_crumbs_follow_prompts_and_author_bios(model_cfg, before, after, spam):
    raw = before + "\n\n".join(EN_RELEASE) + after
    a = _article(raw, model_cfg)
    assert chars_of(raw, spam) <= removed_chars(a)
    for para in EN_RELEASE:
        assert not chars_of(raw, para) & removed_chars(a)


def test_spam_keeps_a_story_sentence_about_a_reporter(model_cfg):
    story = ("Dana Wells is a freelance reporter, covering the port strike for several papers. She said the talks "
             "resumed on Monday.")
    raw = "\n\n".join(EN_RELEASE[:2] + [story] + EN_RELEASE[2:])
    a = _article(raw, model_cfg)
    assert not chars_of(raw, story) & removed_chars(a)


def test_a_deck_under_the_headline_and_a_header_outlet_line_are_content(cfg):
    """The line under the headline that says more, a byline with no name and an outlet's name on its own header
    line stay: content, however much the deck's commas look like a keyword list."""
    import pipeline
    text = ("Regulator orders Norvale Gas to refund $14.2M to northern customers\n\n"
            "Utility overcharged 61,000 households in Prince Rupert, Lakelse and Fort Nelson, commission finds\n\n"
            "By Raymond Castelvetro\nGulf Prairie Business Wire\n\n"
            "FORT WORTH, Texas, Sept 9 – A federal regulator has ordered Norvale Gas to refund customers after it "
            "collected a rider for a pipeline that was never built, the commission said on Tuesday.")
    a = pipeline.process_text(text, config=cfg)
    removed = " ".join(r.text for r in a.removed)
    assert "Utility overcharged" not in removed
    assert "Gulf Prairie Business Wire" not in removed


def test_an_also_read_line_is_spam_even_under_the_first_paragraph(cfg):
    import pipeline
    text = ("Harbour Foods lifted sales by 6% last year, the company said on Tuesday, helped by a strong Christmas "
            "season and new stores.\n\nAlso Read: Five things to watch in Irish retail this spring\n\n"
            "The company will spend 35 million euros over the next three years on its stores, chief executive Mary "
            "Byrne said.")
    a = pipeline.process_text(text, config=cfg)
    assert [r.text for r in a.removed] == ["Also Read: Five things to watch in Irish retail this spring"]
