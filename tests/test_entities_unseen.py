"""Entity error shapes found on unseen news (places, facilities, products, credits, role words, names in the
other script), each with the rule that fixes it (entities.py). Every name here is invented.
"""
import pytest
from conftest import typed_forms

from pipeline.entities import _cjk_label, _headline_at, _zh_generic, surface_label_votes
from pipeline.names import normalize


@pytest.mark.slow
@pytest.mark.parametrize("text,lang,wanted,unwanted", [
    # a lone word after "in", or before "mills", is a place; a person's name takes no article
    ("Visitors at the fair in Dunmore praised the new looms, said Colm Reddan.", "en",
     {("PERSON", "colm reddan")}, {("PERSON", "dunmore")}),
    ("The union wants guarantees on jobs at the Varzim and Ortelo mills before the deal closes.", "en",
     set(), {("PERSON", "ortelo"), ("PERSON", "varzim")}),
    ("Ben Crowther is the Gazette's business reporter, covering manufacturing.", "en",
     {("PERSON", "ben crowther")}, {("PERSON", "gazette")}),
    # a company's kind or legal form ends no person's name
    ("The outlook was cut by Marston Hale Ratings, the report by Corrib Brewery said.", "en",
     {("ORG", "marston hale ratings")}, {("PERSON", "marston hale ratings"), ("PERSON", "corrib brewery")}),
    ("The offer has the backing of its largest shareholder, Quinta Ravasco SGPS, the family's holding company.",
     "en", {("ORG", "quinta ravasco sgps")}, {("PERSON", "quinta ravasco sgps")}),
    ("Rajkot based Sarvodaya Aquatech said exports of solar pumps rose 30%.", "en",
     {("ORG", "sarvodaya aquatech")}, {("PERSON", "sarvodaya aquatech")}),
    # venues, roads, labels and products are no organizations
    ("The Tarnwick Cricket Ground hosted the final, while the Harlow Convention Centre held the fair.", "en",
     set(), {("ORG", "tarnwick cricket ground"), ("ORG", "harlow convention centre")}),
    ("Lorries will use a new junction on the A38, and residents may ask the Secretary of State to step in.", "en",
     set(), {("ORG", "a38"), ("ORG", "state")}),
    ("The depot runs entirely on ColdTrace, Brenvale's proprietary sensor platform.", "en",
     set(), {("ORG", "coldtrace")}),
    ("Media Contact:\nJenna Morrow\npress@example.com", "en", set(), {("ORG", "media contact")}),
    # a news desk is its outlet; a promotion line names its platform, not a source
    ("Varta Desk | Updated: 08 Aug 2023\nKoshi Pumps said sales rose. Follow Varta on Google News for updates.",
     "en", {("ORG", "varta")}, {("ORG", "varta desk"), ("ORG", "google news")}),
    # a headline verb is no part of the name; a byline in capitals names the reporter
    ("Nordlys Paper to Buy Ravasco Embalagens in Packaging Bet\n\nThe deal was announced on Monday.", "en",
     set(), {("PERSON", "buy ravasco embalagens"), ("ORG", "buy ravasco embalagens")}),
    ("By MARTA KOWALIK Associated Press\n\nHOUSTON (AP) — Dockworkers at the ports of Galvest and Port Lavon "
     "voted to strike.", "en", {("PERSON", "marta kowalik")}, {("ORG", "port lavon"), ("PERSON", "port lavon")}),
    # a product named once by what it is is no company wherever the article names it
    ("The depot runs entirely on ColdTrace, Brenvale's proprietary sensor platform. Since then, ColdTrace has cut "
     "losses by a third, said Amara Okoye.", "en", {("PERSON", "amara okoye")}, {("ORG", "coldtrace")}),
    # an organization's unit after "'s" is cut off; a prefix of a compound word is no name; "Customs" alone is none
    ("The Zhejiang Provincial Department of Commerce's Foreign Trade Division said the fair would open.", "en",
     {("ORG", "zhejiang provincial department of commerce")},
     {("ORG", "zhejiang provincial department of commerce's foreign trade division")}),
    ("Harbor Daily reported that the Cross-border E-commerce Pilot Zone grew, and the Customs said imports fell.",
     "en", {("ORG", "harbor daily")}, {("ORG", "cross"), ("ORG", "customs")}),
    # a one-word "person" whose unit or shares are spoken of is a company
    ("The CSRC approved the IPO of Haoyun's unit, analyst Mia Lund said.", "en", {("ORG", "haoyun")},
     {("PERSON", "haoyun")}),
    ("Investors sold Ruifeng's shares after the report, analyst Mia Lund said.", "en", {("ORG", "ruifeng")},
     {("PERSON", "ruifeng")}),
    # an honorific is no part of a name; a memory chip is no company
    ("\"We are cautious,\" said Tan Sri Lim Kok Seng, chairman of the Malaysia-Borneo Business Council.", "en",
     {("PERSON", "lim kok seng")}, {("PERSON", "tan sri lim kok seng")}),
    ("Sales of HBM chips grew 40%, said analysts at Varley Research.", "en", {("ORG", "varley research")},
     {("ORG", "hbm")}),
    # what the text says a name is: "X, the Swedish business daily", "according to X data"
    ("Corvina jumped 27% in Lisbon. Skarnposten, the Swedish business daily, reported that talks had begun.",
     "en", {("ORG", "skarnposten")}, {("ORG", "lisbon. skarnposten")}),
    ("Analysts had expected $1.29 per share, according to FactLine data.", "en", {("ORG", "factline")}, set()),
    ("The Campaign for Brackley Roads, a residents' group, said it would appeal.", "en",
     {("ORG", "campaign for brackley roads")}, set()),
    ("Imports fell, according to Wednesday's figures.", "en", set(), {("ORG", "wednesday")}),
    ("Ingrid Solberg, a union official, said the strike would go ahead.", "en", {("PERSON", "ingrid solberg")},
     {("ORG", "ingrid solberg")}),
    # vessels, storms and products with model numbers are no names; a company's profit or staff show a company
    ("Typhoon Koinu hit Fujian on Friday, and the container ship Ever Alder was delayed at Xiamen.", "en", set(),
     {("PERSON", "ever alder"), ("ORG", "typhoon koinu"), ("PERSON", "typhoon koinu")}),
    ("Customers queued for the Zelkor 001, while sales lifted Norvo Pharmaka's profit.", "en",
     {("ORG", "norvo pharmaka")}, {("ORG", "zelkor 001"), ("PERSON", "norvo pharmaka")}),
    ("Amazon founder Jeff Bezos and Teslar's Elon Musk attended the launch.", "en", {("PERSON", "elon musk")},
     {("PERSON", "teslar")}),
    ("Doubao, Zhangjie's chatbot, competes with products made by Moonshot AI.", "en", set(),
     {("ORG", "doubao"), ("PERSON", "moonshot ai")}),
    # routes and pairs of regions, compounds and events are no organizations
    ("Rates on Ningbo-US West Coast fell 4%, and demand from Africa & Middle East rose.", "en", set(),
     {("ORG", "ningbo-us west coast"), ("ORG", "africa & middle east")}),
    ("The 9th Minnan Cross-strait Tea Fair opened, and the Jiangnan International Robotics and Automation "
     "Exhibition closed.", "en", set(), {("ORG", "minnan cross"), ("ORG", "jiangnan international robotics")}),
    # battery chemistries are no companies
    ("Qilan will supply 3 GWh of LFP battery modules to Voltaris.", "en", set(), {("ORG", "lfp")}),
])
def test_entities_unseen_english_shapes(extract, text, lang, wanted, unwanted):
    got = typed_forms(extract(text, lang))
    assert wanted <= got
    assert not (got & unwanted)


@pytest.mark.slow
@pytest.mark.parametrize("text,lang,wanted,unwanted", [
    # a photographer's credit and a cue are no part of a name
    ("工人在车间内组装发动机。（新华社记者 柯云鹏 摄）", "zh", {("PERSON", "柯云鹏")}, {("PERSON", "柯云鹏摄")}),
    # a party's role before a company's name
    ("承运方滇南鲜途冷链物流有限公司总经理段启明介绍，专列全程温度控制在2至4摄氏度。", "zh",
     {("ORG", "滇南鲜途冷链物流有限公司"), ("PERSON", "段启明")}, {("ORG", "承运方滇南鲜途冷链物流有限公司"), ("ORG", "承运")}),
    # a region's trade and a county's hotels name no organization
    ("分析师认为，西南地区支线航空市场有望迎来快速增长，华南国际物流需求回暖。", "zh", set(),
     {("ORG", "西南地区支线航空"), ("ORG", "华南国际")}),
    ("据统计，“五一”期间云溪县酒店预订量同比增长近两倍。", "zh", set(), {("ORG", "云溪县酒店")}),
    # an industry word with a character cut from the next word is no organization
    ("双方共同投资3.2亿元在梅山建设冷链集拼中心。冷链集拼中心建成后，年处理能力可达80万吨。", "zh", set(), {("ORG", "冷链集")}),
    # a brand before 平台/电商 is no person; a street office or a village committee unnamed is no ORG
    ("1688平台和抖音电商也在发力，快鹿电商增长最快。", "zh", set(), {("PERSON", "抖音"), ("PERSON", "快鹿")}),
    ("小区业主委员会与物业公司就停车费问题发生争执，街道办事处介入调解。", "zh", set(),
     {("ORG", "街道办事处"), ("ORG", "业主委员会"), ("ORG", "物业公司")}),
    # a dateline's place after the paper, a referring "该集团", an unnamed "某" company, a company's department
    ("东海晨报宁波讯（记者 王明）9月的宁波北仑，港口一片繁忙。", "zh", {("ORG", "东海晨报"), ("PERSON", "王明")},
     {("ORG", "宁波讯")}),
    ("据该集团通报，问题产品主要在江苏、安徽两省销售。法院判决被告浙江某科技有限公司赔偿损失。", "zh", set(),
     {("ORG", "该集团通报"), ("ORG", "浙江某科技有限公司")}),
    ("鑫达机械销售部经理项晓彤告诉记者，今年公司对越南的订单增长了三成。", "zh",
     {("ORG", "鑫达机械"), ("PERSON", "项晓彤")}, {("ORG", "鑫达机械销售部")}),
    # a ministry's bureau is one organization; a pattern (格局) is no bureau
    ("美国商务部工业与安全局（BIS）宣布将140家实体列入清单。", "zh", {("ORG", "美国商务部工业与安全局")}, {("ORG", "美国商务部")}),
    ("中央军委依据对国际战略格局的判断作出部署。", "zh", set(), {("ORG", "中央军委依据对国际战略格局")}),
    # a source LAC reads into 据, a quoted name before its kind of business; slogans are none
    ("据游途网统计，“五一”期间民宿预订量同比增长近两倍。", "zh", {("ORG", "游途网")}, set()),
    ("“石桥小院”民宿老板小龙笑着说，客人多了一倍。", "zh", {("ORG", "石桥小院")}, set()),
    ("他们打出了“绿色发展”品牌口号，“一村一品”合作社模式得到推广。", "zh", set(), {("ORG", "绿色发展"), ("ORG", "一村一品")}),
    ("县里投入6亿元，打造“溪南古村落”民宿集群。", "zh", set(), {("ORG", "溪南古村落")}),
    ("宁夏回族自治区市场监督管理局在回复本报记者时表示，将督促企业排查原因。", "zh", set(), {("PERSON", "时表示")}),
    # Cantonese speech quoted in Hong Kong news names nobody
    ("聯會主席鄧志明直言：「租金唔減，好多小店頂唔順。」", "zh", {("PERSON", "鄧志明")}, {("PERSON", "唔順")}),
    # certificates, products, village party branches, out-of-town chambers and market moves are no names
    ("求职者请携带身份证、职业资格证书及个人简历入场。", "zh", set(), {("ORG", "职业资格证书")}),
    ("交流会期间，还将举办云南农产品推介会。西河村党支部书记杜长林表示，村里正在改造管网。", "zh", {("PERSON", "杜长林")},
     {("ORG", "云南农产品"), ("ORG", "西河村党支部")}),
    ("温商是在滇外地商会中最活跃的群体之一。欧线运价单周跌超9%，美线周跌幅达5%。", "zh", set(),
     {("ORG", "滇外地商会"), ("PERSON", "周跌"), ("PERSON", "周跌幅")}),
    # a bureau whose remits LAC reads apart
    ("这组数据来自云峰县文化和旅游局（以下简称“县文旅局”）。", "zh", {("ORG", "云峰县文化和旅游局")}, {("ORG", "云峰县文化")}),
    # a securities firm before the trade its analyst covers
    ("华屹证券家电行业首席分析师袁可心认为，补贴资金的持续性是关键变量。", "zh", {("ORG", "华屹证券")}, set()),
    # traditional characters (Hong Kong news): the whole association
    ("九龍零售商戶聯會的最新調查則顯示，約四成受訪會員計劃縮減舖面。", "zh", {("ORG", "九龍零售商戶聯會")}, {("ORG", "九龍零售")}),
    # a kind of company, then its Latin name
    ("北欧航运公司Vestkyst Lines亚太区总裁Erik Lindholm在接受记者采访时表示，宁波是其第二大枢纽港。", "zh",
     {("ORG", "vestkyst lines"), ("PERSON", "erik lindholm")}, {("ORG", "北欧航运公司vestkyst lines")}),
    ("英資地產商 Crestmoor Properties 旗下多個商場亦面對租戶流失。", "zh", {("ORG", "crestmoor properties")},
     {("ORG", "英資地產商"), ("ORG", "英資地產")}),
    ("日本电子巨头Kashiwa Denki与深圳企业鹏城微电子签署合作协议。", "zh", {("ORG", "kashiwa denki")},
     {("PERSON", "kashiwa denki")}),
    # a Latin news source before 报道 is no person; a city after its country is a place
    ("据Bloomfeld报道，澄风电池计划在匈牙利德布勒森建设第二座欧洲工厂。", "zh", {("ORG", "bloomfeld")},
     {("PERSON", "bloomfeld"), ("PERSON", "德布勒森")}),
    ("据Counterline Research数据，苹果手机在中国市场份额下滑。", "zh", {("ORG", "counterline research")}, set()),
    ("据Walden介绍，武汉研发中心将主要开展算法开发。Altavine亚太区总裁 Jennifer Walden 出席仪式。", "zh",
     {("PERSON", "jennifer walden")}, {("ORG", "walden")}),
    # a Latin name with a Chinese kind after it joins the Chinese name it spells
    ("小鹿SU7上市首月交付超过1万台，Xiaolu集团董事长雷明在微博上表示感谢。", "zh", set(), set()),
    # Chinese names in brackets inside English text: the company is no person, and joins its English name
    ("Zhang Wen (张文), general manager of Foshan Ruiyang Ceramics Co., Ltd. (佛山瑞阳陶瓷有限公司), points at a kiln.",
     "mixed", {("ORG", "佛山瑞阳陶瓷有限公司"), ("ORG", "foshan ruiyang ceramics co., ltd"), ("PERSON", "张文")},
     {("PERSON", "佛山瑞阳陶瓷有限公司")}),
])
def test_entities_unseen_chinese_and_mixed_shapes(extract, text, lang, wanted, unwanted):
    got = typed_forms(extract(text, lang))
    assert wanted <= got
    assert not (got & unwanted)


@pytest.mark.parametrize("surface,label", [
    ("佛山瑞阳陶瓷有限公司", "ORG"), ("张文", "PERSON"), ("欧阳明远", "PERSON"), ("发展", None), ("公司", None),
])
def test_entities_chinese_inside_english_is_judged_as_chinese(surface, label):
    assert _cjk_label(surface) == label


@pytest.mark.parametrize("surface,generic", [
    ("西南地区支线航空", True), ("华南国际", True), ("长三角物流", True),
    # peoples, the nation, pairs of countries, places only, unnamed and generic companies
    ("纳西族", True), ("华夏", True), ("两国", True), ("中俄", True), ("美中科技", True), ("福建厦门", True),
    ("浙江省杭州市", True), ("深圳一家制衣厂", True), ("中资银行", True), ("物流公司", True),
    ("华东医药", False), ("华南理工大学", False), ("河北钢铁", False), ("宁波舟山港集团", False), ("中欧基金", False),
    ("中美联合商会", False), ("国际航空集团", False), ("日中电视服务社", False), ("上海家族办公室", False),
    ("韩泰轮胎", False), ("中英人寿", False),
])
def test_entities_region_and_trade_is_no_name(surface, generic):
    assert _zh_generic(surface, "model") == generic


@pytest.mark.parametrize("text,headline", [
    ("Nordlys Paper to Buy Ravasco Embalagens in Packaging Bet", True),
    ("The board agreed to Mark Tedford's plan on Monday, the company said.", False),
])
def test_entities_headline_lines_are_told_from_sentences(text, headline):
    assert _headline_at(text, text.index(" to ") + 4) == headline


@pytest.mark.parametrize("votes,label", [
    # a coined name the model once calls a place is still the outlet it is twice elsewhere
    ([("VartaNews", "ORG", "model"), ("VartaNews", "PLACE", "model"), ("VartaNews", "ORG", "model")], "ORG"),
    # a plain word the model calls a place once, with no rule for it, is a place
    ([("Lishui", "ORG", "model"), ("Lishui", "PLACE", "model"), ("Lishui", "ORG", "model")], "PLACE"),
])
def test_entities_coined_names_are_no_places(votes, label):
    assert surface_label_votes(votes)[normalize(votes[0][0])] == label


def test_entities_latin_name_with_chinese_kind_joins_its_chinese_name(extract):
    a = extract("小鹿汽车上市首月交付超过1万台，Xiaolu集团董事长雷明在微博上表示感谢。小鹿汽车表示将扩产。", "zh")
    groups = [{normalize(f) for f in (e.name, *e.aliases)} for e in a.entities if e.type == "ORG"]
    assert any({"小鹿汽车", "xiaolu集团"} <= g for g in groups), groups


@pytest.mark.slow
@pytest.mark.parametrize("text,lang,kept,dropped", [
    # a shop's listing with its contact, left in a story, names nobody of the story
    ("Output of high-strength plate will rise to 35% by 2026, said Wen Jiaming, chairman of Hebei Tongda Steel.\n\n"
     "** Seamless Steel Pipe, ERW Pipe, Galvanized Pipe ― Contact: Mr. Qiao, WhatsApp +86 135 3150 7762 **",
     "en", {("PERSON", "wen jiaming"), ("ORG", "hebei tongda steel")},
     {("ORG", "seamless steel pipe"), ("ORG", "erw pipe"), ("PERSON", "galvanized pipe"), ("PERSON", "qiao")}),
    # another story's headline under "Related:" and a site's platform credit name nobody of this story
    ("Exports rose 8%, said Wu Lan, chairman of Harbin Tongxin Machinery.\n\nRelated: Chen Hong to head "
     "Jinsong Group | Tariffs hit Wenzhou shoemakers\n\nCopyright 2024 Harbor Times. Powered by WordPress.", "en",
     {("PERSON", "wu lan")}, {("PERSON", "chen hong"), ("ORG", "jinsong group"), ("ORG", "wordpress")}),
    # a site's footer and its editor's credit name nobody of the story
    ("Exports rose 8%, said Wu Lan, chairman of Harbin Tongxin Machinery.\n\nEditor: Liu Fangfang\n\n"
     "Copyright © 2024 Northern Loom Network. All rights reserved.", "en", {("PERSON", "wu lan")},
     {("PERSON", "liu fangfang"), ("ORG", "northern loom network")}),
    # an ad behind its tag, left in the text, names nobody of the story
    ("邵振东在业绩说明会上表示，以旧换新带来的需求至少会持续到年底。\n\n【广告】买家电上优品汇商城，以旧换新至高补贴2000元，点击立即领券>>",
     "zh", {("PERSON", "邵振东")}, {("ORG", "优品汇商城"), ("ORG", "优品汇")}),
    # a press release's media contact is the story's own
    ("Brightfield Cold Chain opened a new depot in Duluth, chief executive Ada Okafor said.\n\nMedia Contact:\n"
     "Jenna Morrow\npress@brightfieldcold.com", "en", {("PERSON", "ada okafor")}, set()),
])
@pytest.mark.parametrize("keep_spam", [False, True])
def test_entities_names_only_in_a_shops_ad_are_dropped(cfg, text, lang, kept, dropped, keep_spam):
    """Whether or not the spam stage takes the ad out (--keep-spam leaves it in the text)."""
    import pipeline

    run_cfg = cfg.model_copy(update={"spam": cfg.spam.model_copy(update={"keep_spam": keep_spam})})
    got = typed_forms(pipeline.process_text(text, lang=lang, config=run_cfg))
    assert kept <= got
    assert not (got & dropped)


@pytest.mark.slow
def test_entities_a_company_the_model_calls_a_person_is_one_company(extract):
    """Its shareholder and chairman show "Varzea" is a company; the two-word "person" is its full name."""
    a = extract("Nordlys Paper agreed to buy Varzea Embalagens SA for about 3.1 billion euros. The offer has the "
                "backing of Varzea's largest shareholder. Varzea jumped 27% in Lisbon, and Varzea's chairman "
                "welcomed the deal.", "en")
    got = typed_forms(a)
    assert {f for t, f in got if t == "ORG" and f.startswith("varzea")}
    assert not {f for t, f in got if t == "PERSON" and "varzea" in f}


@pytest.mark.slow
def test_entities_a_story_about_copyright_is_no_footer(extract):
    a = extract("Delegates say the pacts give sweeping powers to copyright-based industries, said Marc Pellerin, "
                "vice-president of the Software Trade Association of Canada.", "en")
    assert ("PERSON", "marc pellerin") in typed_forms(a)
