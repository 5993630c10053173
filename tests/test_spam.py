"""Spam stripping: ads, listings, footers and related lists go; the story, and the contacts it is about, stay."""
import json
import re
from pathlib import Path

import pytest

from pipeline.clean import clean_text
from conftest import chars_of, removed_chars
from pipeline.records import Article
from pipeline.spam import detect_spam, load_model, naive_spam_lines, resolve_model_path
from pipeline.stages import clean, detect_language, strip_spam

MODEL = Path(__file__).resolve().parents[1] / "models" / "spam-v1"

EN_STORY = [
    "Ningbo toy exporters turn to Latin America as US orders slow",
    "NINGBO, May 6 -- Toy makers in the eastern port city of Ningbo are shipping more plush toys and plastic "
    "building sets to Brazil and Mexico, as buyers in the United States cut orders ahead of the holiday season.",
    "Zhou Lixin, general manager of Ningbo Xingyue Toys, said the company's orders from Latin America rose by "
    "about 35% in the first four months, while US orders fell by a fifth. \"Our customers in Sao Paulo want "
    "smaller batches and faster delivery,\" she said.",
    "According to the city's commerce bureau, toy exports from Ningbo reached 4.2 billion yuan in the first "
    "quarter, up 6.3% from a year earlier.",
    "Zhou expects the share of Latin American buyers to pass 30% of the company's sales by next year.",
]
ZH_STORY = [
    "宁波玩具企业转战拉美市场 一季度出口增长6.3%",
    "　　记者从宁波市商务局获悉，今年一季度宁波玩具出口额达42亿元，同比增长6.3%，其中对巴西、墨西哥等拉美国家出口增长明显。",
    "　　宁波星悦玩具有限公司总经理周丽华告诉记者，公司前四个月来自拉美的订单增长了约35%，而美国订单下降了两成。"
    "“拉美客户要的批量小、交货快，我们专门调整了生产线。”她说。",
    "　　周丽华预计，明年拉美客户在公司销售额中的占比将超过30%。业内人士认为，玩具企业开拓新兴市场的步伐仍将加快。",
]


def _article(raw: str, cfg) -> Article:
    a = Article(doc_id="t", source="t", raw=raw)
    return strip_spam(detect_language(clean(a, cfg), cfg), cfg)


def _removed_text(a: Article) -> str:
    return "\n".join(r.text for r in a.removed)


def replace_spam(cfg, **kw):
    return cfg.spam.model_copy(update=kw)


@pytest.mark.parametrize("story,spam,where", [
    (EN_STORY, "Plush Toy,Building Blocks,Baby Stroller,Kids Backpack,Party Balloons", "end"),
    (EN_STORY, "Copyright © 2012-2024 Coastal Trade Online. All rights reserved.", "end"),
    (EN_STORY, "Related articles:\n· Port of Qingdao opens new cold chain berth\n· How to choose a toy supplier in 2024",
     "end"),
    (EN_STORY, "Home > News > Industry News > Toys", "start"),
    (EN_STORY, "Share this article\nFacebook | X | LinkedIn | Email | Print", "end"),
    (ZH_STORY, "版权所有 © 2009-2024 甬江商贸网 未经授权禁止复制或建立镜像", "end"),
    (ZH_STORY, "相关阅读：\n·义乌小商品出口再创新高\n·跨境电商如何应对海运价格波动", "end"),
    (ZH_STORY, "扫码关注“甬商资讯”公众号，第一时间获取行业动态", "end"),
    (ZH_STORY, "首页 > 新闻中心 > 行业动态 > 正文", "start"),
    (ZH_STORY, "联系电话：0574-8766XXXX 手机/微信：1386XXXX321 毛绒玩具 积木 婴儿推车 批发定制 厂家直供", "middle"),
])
def test_spam_removes_spliced_ads_and_keeps_story(model_cfg, story, spam, where):
    paras = list(story)
    if where == "start":
        paras.insert(0, spam)
    elif where == "end":
        paras.append(spam)
    else:
        paras.insert(3, spam)
    raw = "\n\n".join(paras)
    a = _article(raw, model_cfg)
    cut = removed_chars(a)
    assert chars_of(raw, spam) <= cut, f"kept spam: {spam!r}"
    for p in story:
        assert not chars_of(raw, p.strip()) & cut, f"removed story: {p!r}"


@pytest.mark.parametrize("story,spam,where", [
    # consent banner, ad slot, inline links, newsletter box, author bio, paywall, comments, app prompt
    (EN_STORY, "This website uses cookies to analyse traffic and personalise content. By continuing to browse you "
               "accept our cookie policy.\nAccept all | Settings", "start"),
    (EN_STORY, "Advertisement", "middle"),
    (EN_STORY, "READ MORE: Toy makers brace for a tariff hike | Yiwu traders turn to Africa", "middle"),
    (EN_STORY, "Sign up for Trade Talk, our weekly newsletter on China's exporters. Enter your email  Subscribe", "end"),
    (EN_STORY, "About the author\nMaria Lopez reports on manufacturing and trade from Ningbo for the Coastal Post. "
               "Follow her on X @mlopez_trade", "end"),
    (EN_STORY, "Subscribers only: you have read all your free articles this month. Already a subscriber? Sign in", "end"),
    (EN_STORY, "Comments (14)\ntoyfan88 · 3 hours ago\nLatin America is the future, no doubt.\nReply\n"
               "View all 14 comments", "end"),
    (EN_STORY, "Get the Coastal Post app: App Store | Google Play", "start"),
    # source links, reader comments, takedown notices, app prompts
    (ZH_STORY, "原文链接：https://www.nbtoy-news.cn/a/20240506/1183.html", "end"),
    (ZH_STORY, "网友评论（23）\n[宁波网友]：拉美市场确实潜力大\n[温州网友]：运费怎么算？\n查看全部评论>>", "end"),
    (ZH_STORY, "文中图片来源于网络，如有侵权请联系删除。", "end"),
    (ZH_STORY, "下载甬商资讯客户端，看更多外贸新闻", "start"),
])
def test_spam_removes_page_furniture(model_cfg, story, spam, where):
    paras = list(story)
    paras.insert({"start": 0, "middle": 3, "end": len(paras)}[where], spam)
    raw = "\n\n".join(paras)
    a = _article(raw, model_cfg)
    cut = removed_chars(a)
    assert chars_of(raw, spam) <= cut, f"kept spam: {spam!r}"
    for para in story:
        assert not chars_of(raw, para.strip()) & cut, f"removed story: {para!r}"


@pytest.mark.parametrize("story,content,at", [
    # credits, captions, tables of figures, datelines: they look like boilerplate but belong to the story
    (EN_STORY, "(Reporting by Anna Weiss; Editing by Tom Hughes)", 5),
    (EN_STORY, "Workers pack plush toys at a factory in Ningbo on May 6. Photo: Li Wei/Coastal Post", 2),
    (EN_STORY, "Exports by market in the first four months:\n• Brazil: $62 million, up 41.2%\n"
               "• Mexico: $48 million, up 29.5%\n• United States: $210 million, down 19.8%", 4),
    (ZH_STORY, "（记者 周敏 通讯员 林涛）", 4),
    (ZH_STORY, "　　其中：\n巴西：3.1亿元，同比增长41.2%\n墨西哥：2.4亿元，同比增长29.5%\n美国：10.5亿元，同比下降19.8%", 3),
    (ZH_STORY, "来源：宁波日报　2024-05-06 08:30", 1),
])
def test_spam_keeps_content_that_looks_like_boilerplate(model_cfg, story, content, at):
    paras = list(story)
    paras.insert(at, content)
    raw = "\n\n".join(paras)
    a = _article(raw, model_cfg)
    assert not a.removed, f"removed: {[r.text for r in a.removed]}"


@pytest.mark.parametrize("raw,after", [
    ("Follow us on WeChat for port news  Dock workers say talks stalled.", "Dock"),
    ("点击查看更多运价数据 其中，欧洲航线运价下跌。", "其中"),
    ("港口　　吞吐量创新高。", "吞吐量"),
])
def test_spam_layout_gaps_mark_where_the_raw_text_had_white_space(raw, after):
    from pipeline.spam import layout_gaps

    text, starts, ends = clean_text(raw)
    gaps = layout_gaps(raw, text, starts, ends)
    assert text.index(after) in gaps
    assert all(text[g - 1] != "\n" for g in gaps)


@pytest.mark.parametrize("raw", ["The port grew 5%.  Rates rose, he said.", "He said,  rates rose.",
                                 "Port rates rose in May.", "港口吞吐量创新高。\n\n运价下跌。"])
def test_spam_layout_gaps_ignore_sentence_ends_and_plain_spaces(raw):
    from pipeline.spam import layout_gaps

    text, starts, ends = clean_text(raw)
    assert layout_gaps(raw, text, starts, ends) == ()


@pytest.mark.parametrize("story,ad", [
    (EN_STORY, "Tel: 0574-2338 6510 (Mr. Huang) Plush Toy Factory Direct Sale, Accept Customization."),
    (ZH_STORY, "【广告】毛绒玩具 积木 厂家直销 一件代发 微信：nbtoy8866 QQ：2875513640。"),
])
def test_spam_removes_ad_spliced_inside_a_paragraph(model_cfg, story, ad):
    paras = list(story)
    first, rest = re.split(r"(?<=[.。]) ?", paras[2], maxsplit=1)
    paras[2] = first + (" " if story is EN_STORY else "") + ad + (" " if story is EN_STORY else "") + rest
    raw = "\n\n".join(paras)
    a = _article(raw, model_cfg)
    assert chars_of(raw, ad) <= removed_chars(a)
    assert not (chars_of(raw, first.strip()) | chars_of(raw, rest.strip())) & removed_chars(a)


@pytest.mark.parametrize("story,content", [
    # a hotline the story is about
    (EN_STORY, "Customers who bought Xingyue plush toys made before March can call the Ningbo Xingyue Toys "
               "hotline at 400-820-6615 to arrange a free replacement, the company said."),
    (EN_STORY, "Shares of Ningbo Xingyue Toys rose 4.1% in Shenzhen trading on Monday."),
    (ZH_STORY, "　　宁波星悦玩具有限公司表示，购买了3月前生产的毛绒玩具的消费者可拨打该公司服务热线400-820-6615免费更换。"),
])
def test_spam_keeps_contacts_the_story_is_about(model_cfg, story, content):
    paras = list(story)
    paras.insert(3, content)
    a = _article("\n\n".join(paras), model_cfg)
    assert content.strip() not in _removed_text(a)
    assert not a.removed


def test_spam_removed_segments_carry_reason_and_score(model_cfg):
    raw = "\n\n".join(EN_STORY + ["Hot Products\n\nPlush Toy,Building Blocks,Baby Stroller,Kids Backpack",
                                  "Copyright © 2012-2024 Coastal Trade Online. All rights reserved."])
    a = _article(raw, model_cfg)
    assert a.removed
    for r in a.removed:
        assert r.reason and r.score >= model_cfg.spam.threshold
        assert raw[r.start:r.end] == r.text


def test_spam_keep_spam_scores_but_removes_nothing(model_cfg):
    raw = "\n\n".join(ZH_STORY + ["版权所有 © 2009-2024 甬江商贸网 未经授权禁止复制"])
    keep = model_cfg.model_copy(update={"spam": replace_spam(model_cfg, keep_spam=True)})
    a = _article(raw, keep)
    assert not a.removed and a.kept_text == a.clean
    assert max(s.spam_score for s in a.segments) >= model_cfg.spam.threshold
    # what would have gone is in the store's kept_spam, with raw offsets, reason and score
    footer = "版权所有 © 2009-2024 甬江商贸网 未经授权禁止复制"
    line = a.document_line()
    assert not line["removed"] and any(k["text"] == footer and k["score"] >= model_cfg.spam.threshold and k["reason"]
                                       for k in line["kept_spam"])
    assert all(raw[k["start"]:k["end"]] == k["text"] for k in line["kept_spam"])
    assert [r.text for r in _article(raw, model_cfg).removed] == [k["text"] for k in line["kept_spam"]]


@pytest.mark.parametrize("threshold,removes", [(0.5, True), (1.01, False)])
def test_spam_threshold_comes_from_config(model_cfg, threshold, removes):
    # a line that only the model takes (the post-model rules take theirs whatever the threshold)
    text = clean_text("\n\n".join(EN_STORY + ["Plush Toys Wholesale Best Price Free Shipping"]))[0]
    segs = detect_spam(text, replace_spam(model_cfg, threshold=threshold))
    assert any(s.is_spam for s in segs) is removes
    assert len(segs) >= len(EN_STORY)


@pytest.mark.parametrize("line,caught", [
    ("Visit www.toys-direct.example.com for wholesale prices", True),
    ("Tel: 0574-2338 6510", True),
    ("Copyright © 2024 Coastal Trade Online", True),
    ("相关阅读：义乌小商品出口再创新高", True),
    ("Zhou expects the share of Latin American buyers to pass 30% of sales.", True),  # the naive rule's weakness
    ("Toy exports from Ningbo reached 4.2 billion yuan in the first quarter.", False),
])
def test_spam_naive_baseline_is_line_rules(line, caught):
    text = "Ningbo toy makers look south\n" + line
    spans = naive_spam_lines(text)
    assert ((len("Ningbo toy makers look south\n"), len(text)) in spans) is caught
    assert (0, len("Ningbo toy makers look south")) not in spans


def test_spam_model_card_and_no_raw_text():
    meta = json.loads((MODEL / "meta.json").read_text("utf-8"))
    assert len(meta["training_data"]["synthetic_train_sha256"]) == 64
    assert meta["settings"]["hash_bits"] > 0
    for split in ("synthetic_holdout", "dev"):
        assert {"recall", "precision", "content_loss"} <= set(meta["metrics"][split]["all"])
    import numpy as np

    with np.load(MODEL / "model.npz") as z:
        assert all(z[k].dtype.kind == "f" for k in z.files)  # numbers only: no vocabulary, no sentences
    assert resolve_model_path("spam-v1") == MODEL
    assert load_model("spam-v1").w_hash.shape == (1 << meta["settings"]["hash_bits"],)


def test_spam_unknown_model_names_the_fix(cfg):
    with pytest.raises(ValueError, match="train-spam"):
        detect_spam("text", replace_spam(cfg, model="no-such-model"))


def test_spam_training_command_writes_a_working_model(tmp_path, cfg):
    pytest.importorskip("sklearn")
    from pipeline.spam_train import Settings, train_spam

    out = tmp_path / "spam-smoke"
    meta = train_spam(out, cfg, shared=tmp_path / "no-shared",
                      settings=Settings(n_train=60, n_holdout=20, hash_bits=12, topic_bits=10, folds=2))
    assert (out / "model.npz").exists() and meta["metrics"]["synthetic_holdout"]["all"]["recall"] is not None
    smoke = replace_spam(cfg, model=str(out))
    segs = detect_spam(clean_text("\n\n".join(EN_STORY))[0], smoke)
    assert segs and all(0.0 <= s.spam_score <= 1.0 for s in segs)
