"""Related-article lists and site notices in Chinese and English pages: the whole list and the whole notice go,
even when the list's headlines are on the story's own topic; the story's title and subheads stay."""
import pytest

from conftest import chars_of, removed_chars
from pipeline.records import Article
from pipeline.stages import clean, detect_language, strip_spam

ZH_STORY = [
    "嘉兴光伏组件出口前五月增长两成",
    "　　记者从嘉兴海关了解到，今年前五个月，嘉兴市光伏组件出口额达86.7亿元，同比增长21.4%，其中对中东和非洲出口增长较快。",
    "　　浙江晶川新能源有限公司销售总监方志航说，公司在沙特的两个电站项目已进入供货阶段，上半年订单已排满。"
    "“中东客户更看重交货速度和售后服务。”他说。",
    "　　业内人士预计，随着海外新兴市场装机需求释放，下半年光伏组件出口仍将保持增长。",
]
EN_STORY = [
    "Jiaxing solar module exports climb a fifth",
    "JIAXING, June 12 -- Solar module exports from the eastern city of Jiaxing rose 21.4% in the first five months "
    "to 8.67 billion yuan, with shipments to the Middle East and Africa growing fastest, local customs said.",
    "Fang Zhiyuan, sales director of Zhejiang Jingchuan New Energy, said two of the company's solar farm projects "
    "in Saudi Arabia had entered the supply stage. \"Buyers there care about delivery time and service,\" he said.",
    "Industry analysts expect module exports to keep growing in the second half as new markets install more panels.",
]

ZH_RELATED = "推荐阅读\n浙江光伏装机容量突破四千万千瓦\n嘉兴出台新政支持企业开拓海外市场\n前5月全省外贸进出口增长6.1%"
ZH_RELATED_INLINE = "相关新闻：海关总署：前5月我国光伏产品出口量同比增长"
ZH_NOTICE = "声明：本文内容仅代表作者个人观点，不代表本站立场。市场有风险，投资需谨慎。"
EN_RELATED = ("More stories\nZhejiang solar capacity passes 40 gigawatts\nJiaxing offers exporters new support for "
              "overseas markets\nProvince's foreign trade grows 6.1% in first five months")


def _article(raw: str, cfg) -> Article:
    return strip_spam(detect_language(clean(Article(doc_id="t", source="t", raw=raw), cfg), cfg), cfg)


@pytest.mark.parametrize("story,spam,at", [
    (ZH_STORY, ZH_RELATED, 4),  # on-topic headlines under a heading without colon or bullets
    (ZH_STORY, ZH_RELATED, 3),
    (ZH_STORY, ZH_RELATED_INLINE, 4),
    (ZH_STORY, ZH_NOTICE, 4),  # the notice's second sentence goes with its label
    (EN_STORY, EN_RELATED, 4),
    (ZH_STORY, "标签：光伏 组件 出口 嘉兴", 4),
    (EN_STORY, "Tags: solar, module exports, Jiaxing, Zhejiang", 4),
])
@pytest.mark.parametrize("sep", ["\n\n", "\n"], ids=["blank-line page", "one-block page"])
def test_spam_lists_and_notices_go_whole_and_story_stays(model_cfg, story, spam, at, sep):
    if sep == "\n" and at < len(story):
        pytest.skip("inside a page without blank lines the last headline of a list is kept (it may be a subhead)")
    paras = list(story)
    paras.insert(at, spam)
    raw = sep.join(paras)
    cut = removed_chars(_article(raw, model_cfg))
    assert chars_of(raw, spam) <= cut, f"kept spam: {[raw[i] for i in sorted(chars_of(raw, spam) - cut)]}"
    for p in story:
        assert not chars_of(raw, p.strip()) & cut, f"removed story: {p!r}"


@pytest.mark.parametrize("story,spam", [(ZH_STORY, ZH_RELATED), (EN_STORY, EN_RELATED)])
def test_spam_list_above_the_title_of_a_one_block_page_keeps_the_title(model_cfg, story, spam):
    raw = "\n".join([spam] + list(story))
    cut = removed_chars(_article(raw, model_cfg))
    head = spam.split("\n")
    assert chars_of(raw, head[0]) <= cut and chars_of(raw, head[1]) <= cut
    for p in story:
        assert not chars_of(raw, p.strip()) & cut, f"removed story: {p!r}"


@pytest.mark.parametrize("story,content", [
    # words of list headings inside the story's own sentences, and a subhead after a plain paragraph
    (ZH_STORY, "　　据介绍，该市还将组织企业参加推荐阅读活动和相关新闻发布会，进一步扩大品牌影响力。"),
    (ZH_STORY, "企业加快出海\n　　今年以来，嘉兴已有12家光伏企业在海外设立销售公司或仓储中心。"),
    (EN_STORY, "More stories of this kind are likely, said Fang, as buyers in Africa turn to Chinese suppliers."),
])
def test_spam_list_rules_keep_story_sentences(model_cfg, story, content):
    paras = list(story)
    paras.insert(3, content)
    a = _article("\n\n".join(paras), model_cfg)
    assert not a.removed, f"removed: {[r.text for r in a.removed]}"


@pytest.mark.parametrize("story,listing", [
    # a shop's listing on the story's own topic, with a labelled contact
    (ZH_STORY, "光伏组件 单晶硅片 逆变器 储能电池 支架 批发零售 量大从优 咨询热线 139XXXX6621"),
    (EN_STORY, "Supply Solar Panels, Mono Modules, Inverters, Mounting Brackets, Storage Batteries — "
               "WeChat: jc-solar2025 Email: sales@jcsolar-trade.example.com"),
])
def test_spam_removes_on_topic_keyword_listings_with_contacts(model_cfg, story, listing):
    paras = list(story)
    paras.insert(3, listing)
    raw = "\n\n".join(paras)
    cut = removed_chars(_article(raw, model_cfg))
    assert chars_of(raw, listing) <= cut
    for p in story:
        assert not chars_of(raw, p.strip()) & cut, f"removed story: {p!r}"


@pytest.mark.parametrize("story,content", [
    # a press release's contact block (label-value pairs), a results row, a hotline sentence of the story
    (ZH_STORY, "媒体联系人：方女士\n电话：0573-8212 6650\n邮箱：media@jingchuan-pv.example.com\n地址：嘉兴市南湖区光伏路18号"),
    (EN_STORY, "Group A: Jiaxing 72 69 141, Ningbo 70 73 143, Hangzhou 71 74 145, Wenzhou 75 72 147"),
    (ZH_STORY, "　　企业可拨打12345热线或登录嘉兴海关网站www.jiaxing-customs.example.gov.cn了解出口退税、检验检疫等政策。"),
])
def test_spam_listing_rule_keeps_contact_blocks_and_figures(model_cfg, story, content):
    paras = list(story)
    paras.insert(3, content)
    a = _article("\n\n".join(paras), model_cfg)
    assert not a.removed, f"removed: {[r.text for r in a.removed]}"


@pytest.mark.parametrize("story,links", [
    (EN_STORY, "Previous: Zhejiang extends export credit insurance support\nNext: Jiaxing port container volume hits record"),
    (ZH_STORY, "上一篇：浙江扩大出口信用保险覆盖面\n下一篇：嘉兴港集装箱吞吐量创新高"),
])
def test_spam_removes_previous_and_next_links(model_cfg, story, links):
    raw = "\n\n".join(list(story) + [links])
    cut = removed_chars(_article(raw, model_cfg))
    assert chars_of(raw, links) <= cut
    for p in story:
        assert not chars_of(raw, p.strip()) & cut


@pytest.mark.parametrize("story,ad", [
    (ZH_STORY, "欢迎新老客户来电订购，量大从优，电话：0573-82XX6621。"),
    (EN_STORY, "Wholesale solar garden lights at factory prices, contact WeChat jx_solar88 for a quote."),
])
def test_spam_removes_selling_sentence_inside_a_paragraph(model_cfg, story, ad):
    paras = list(story)
    first, rest = paras[2].split("。" if story is ZH_STORY else ". ", 1)
    paras[2] = first + ("。" if story is ZH_STORY else ". ") + ad + ("" if story is ZH_STORY else " ") + rest
    raw = "\n\n".join(paras)
    cut = removed_chars(_article(raw, model_cfg))
    assert chars_of(raw, ad) <= cut
    assert not (chars_of(raw, first.strip()) | chars_of(raw, rest.strip())) & cut


@pytest.mark.parametrize("story,sentence", [
    # hotlines the story reports: no selling word, or a reporting verb
    (ZH_STORY, "企业如有疑问，可拨打12345热线咨询，也可登录嘉兴海关网站查询。"),
    (EN_STORY, "The company said buyers can call its hotline at 400-820-6615 for a discount on replacement panels."),
])
def test_spam_keeps_hotline_sentences_of_the_story(model_cfg, story, sentence):
    paras = list(story)
    first, rest = paras[2].split("。" if story is ZH_STORY else ". ", 1)
    paras[2] = first + ("。" if story is ZH_STORY else ". ") + sentence + ("" if story is ZH_STORY else " ") + rest
    a = _article("\n\n".join(paras), model_cfg)
    assert not a.removed, f"removed: {[r.text for r in a.removed]}"


@pytest.mark.parametrize("line", ["（责任编辑：陈 晓静）", "编辑：张婷　校对：刘洋　审核：赵军", "阅读 2386　点赞 45　在看 12",
                                  "长按识别下方二维码，关注“嘉兴产经”", "Editor in charge: Fang Yu"])
@pytest.mark.parametrize("at", [1, 3])
def test_spam_removes_site_lines_anywhere_in_a_one_block_page(model_cfg, line, at):
    story = EN_STORY if line.startswith("Editor") else ZH_STORY
    paras = list(story)
    paras.insert(at, line)
    raw = "\n".join(paras)
    cut = removed_chars(_article(raw, model_cfg))
    assert chars_of(raw, line) <= cut
    for p in story:
        assert not chars_of(raw, p.strip()) & cut, f"removed story: {p!r}"


@pytest.mark.parametrize("story,line,product", [
    (EN_STORY, "【Solar shop】Monocrystalline Solar Panel 450W Half Cell Module for Home Roof　Free Shipping　"
               "Taobao shop: Jingchuan Solar Store　WeChat: jcsolar_8866",
     "【Solar shop】Monocrystalline Solar Panel 450W Half Cell Module for Home Roof"),
])
def test_spam_takes_the_product_name_with_the_shop_line(model_cfg, story, line, product):
    paras = list(story)
    paras.insert(3, line)
    raw = "\n\n".join(paras)
    cut = removed_chars(_article(raw, model_cfg))
    assert chars_of(raw, product) <= cut
    for p in story:
        assert not chars_of(raw, p.strip()) & cut


@pytest.mark.parametrize("paras,spam,content", [
    # a headline whose words score like an ad stays; so does the header's source line
    (["Rotherham foundry lands £38m aerospace order", "Source: Don Valley Herald", EN_STORY[1], EN_STORY[2]],
     [], ["Rotherham foundry lands £38m aerospace order", "Source: Don Valley Herald"]),
    # a tagged ad of one sentence with a shop's WeChat, inside a paragraph
    ([EN_STORY[0], EN_STORY[1] + " 【Advertisement】 Solar panel racks, inverters, installation, contact WeChat: "
      "jxsolar-88. " + EN_STORY[3]],
     ["【Advertisement】 Solar panel racks, inverters, installation, contact WeChat: jxsolar-88."], [EN_STORY[3]]),
    # a line that opens with a shop's WeChat id and sells
    ([EN_STORY[0], EN_STORY[1], "WeChat: jxwuliu668 Logistics special line Jiaxing to Chengdu and Chongqing, full "
      "truck and less than truckload, price is cheap!", EN_STORY[2]],
     ["WeChat: jxwuliu668 Logistics special line Jiaxing to Chengdu and Chongqing, full truck and less than "
      "truckload, price is cheap!"], [EN_STORY[2]]),
])
def test_spam_headlines_sources_and_shop_lines(model_cfg, paras, spam, content):
    raw = "\n\n".join(paras)
    cut = removed_chars(_article(raw, model_cfg))
    for s in spam:
        assert chars_of(raw, s) <= cut, f"kept spam: {s!r}"
    for c in content:
        assert not chars_of(raw, c) & cut, f"removed content: {c!r}"


@pytest.mark.parametrize("before,link,after", [
    ("Fang said the company had booked orders into October.",
     "READ MORE: Five things to watch in solar exports this summer",
     "He said the plant would add a third production line next year."),
    ("The customs office said shipments to Africa had doubled.",
     "Also Read: Port of Jiaxing to widen its container berths, diversions from Monday",
     "The figures also show a rise in small-firm exporters."),
])
def test_a_read_more_link_spliced_into_a_paragraph_goes_and_the_sentences_around_it_stay(
        model_cfg, before, link, after):
    paras = list(EN_STORY)
    paras[2] = f"{before} {link} {after}"
    raw = "\n\n".join(paras)
    cut = removed_chars(_article(raw, model_cfg))
    assert chars_of(raw, link) <= cut
    assert not (chars_of(raw, before) | chars_of(raw, after)) & cut


def test_a_related_line_of_several_headlines_parted_by_bars_goes(model_cfg):
    spam = ("Related: Zhejiang solar capacity passes 40 gigawatts for the first time | Jiaxing offers exporters "
            "new support | Province's foreign trade grows 6.1% in first five months")
    raw = "\n\n".join(EN_STORY[:3] + [spam] + EN_STORY[3:])
    cut = removed_chars(_article(raw, model_cfg))
    assert chars_of(raw, spam) <= cut
    assert not chars_of(raw, EN_STORY[3]) & cut


def test_numbered_section_headings_and_recall_notice_fields_are_the_story(model_cfg):
    raw = ("宁川车厘子进口量创新高\n\n一、市场概况 Market Overview\n\n今年以来，宁川口岸进口智利车厘子1.2万吨，同比增长18%。\n\n"
           "二、出口商视角 Exporter's View\n\n智利果企负责人表示，今年的果子个头更大，预计到港量还将增加。\n\n"
           "三、渠道与价格 Channels &amp; Prices\n\n多家连锁超市已提前签订包销协议。\n\n"
           "Name of Product: Lithium-ion battery packs\nHazard: The battery packs can overheat, posing fire and burn hazards.\n"
           "Remedy: Refund\nManufacturer: Ningchuan Volta Power Co., Ltd., of China\n"
           "Consumer Contact: Volta Power toll-free at 866-555-0142 from 8 a.m. to 5 p.m. ET Monday through Friday, "
           "email at recall@voltapower.example, or online at www.voltapower.example/recall.")
    cut = removed_chars(_article(raw, model_cfg))
    for line in ("二、出口商视角 Exporter's View", "三、渠道与价格 Channels &amp; Prices", "Remedy: Refund",
                 "Manufacturer: Ningchuan Volta Power Co., Ltd., of China"):
        assert not chars_of(raw, line) & cut, line


def test_a_site_address_in_brackets_inside_a_story_sentence_stays(model_cfg):
    sentence = "求职者可登录市人社局官网（www.jxhrss.example.cn）提前查看岗位信息，也可拨打招聘会咨询电话。"
    paras = list(ZH_STORY)
    paras.insert(3, sentence)
    raw = "\n\n".join(paras)
    assert not chars_of(raw, sentence) & removed_chars(_article(raw, model_cfg))


@pytest.mark.parametrize("story,at,before,ad,after", [
    pytest.param(ZH_STORY, 1, ZH_STORY[1] + " ", "钢结构厂房出租 仓库出租 联系电话：139 0577 3826（微信同号）",
                 " 嘉兴港区同时开通了出口企业服务热线，为中小外贸企业提供报关和订舱咨询。", id="zh-phone-with-a-note"),
    pytest.param(ZH_STORY, 2, "欧洲采购商说，欧洲消费者对有机白茶需求增长很快。",
                 "茶叶批发 白毫银针 白牡丹 寿眉 QQ：8XXXX2366 微信：nb-tea888", " “We expect our volumes to double within two years.”",
                 id="zh-before-a-quote"),
    pytest.param(ZH_STORY, 2, "“公司已经更换了电芯供应商。”", "（点击了解：锂电池PACK生产线 / 电芯分容柜 / 点焊机 一站式采购 www.pack-example.cn）",
                 " 他说，此次召回的直接成本预计在2000万元左右。", id="zh-bracketed-link"),
    pytest.param(EN_STORY, 2, EN_STORY[2] + " ",
                 "Cheap Van Hire Jiaxing - Same Day Collection - Call 0573 555 0187 or visit www.jxvanhire.example.com",
                 ' "Our buyers found out from a newsletter," Fang said.', id="en-before-a-quote"),
    pytest.param(EN_STORY, 2, EN_STORY[2] + " ", "Subscribe to our daily Solar Business newsletter »",
                 " The sale had originally been scheduled for September.", id="en-prompt-ending-in-a-chevron"),
])
def test_an_ad_glued_into_a_paragraph_goes_alone_and_the_story_around_it_stays(model_cfg, story, at, before, ad, after):
    paras = list(story)
    paras[at] = before + ad + after
    raw = "\n\n".join(paras)
    cut = removed_chars(_article(raw, model_cfg))
    assert chars_of(raw, ad) <= cut
    assert not (chars_of(raw, before.strip()) | chars_of(raw, after.strip())) & cut
