"""When unsure, keep: a story's own sentence about a discount and its own hotline stay even when the model puts
them just over the threshold; shop listings on the story's topic (a title-case keyword listing ending in
"Factory Price.", a listing with WhatsApp and a sales mailbox, a bare contact line after an ad) go anyway."""
import pytest

from conftest import chars_of
from pipeline.records import Article
from pipeline.stages import clean, detect_language, strip_spam

ZH_POWER = [
    "南岭市调整工业用电价格",
    "　　记者从南岭市发展改革委获悉，该市将调整工业企业用电价格，新政策自下月起实施。",
    "　　市发展改革委副主任周卫东说，此次调整主要针对高耗能行业，对节能改造达标的企业将给予补贴。“我们希望引导企业主动降低能耗。”他说。",
    "　　据介绍，去年全市规模以上工业企业用电量达到126亿千瓦时，同比增长4.8%。",
]
EN_POWER = [
    "Harbor City cuts power prices for factories",
    "HARBOR CITY, May 3 -- Harbor City will cut electricity prices for industrial users from next month, the "
    "city's development commission said on Tuesday.",
    "Deputy director Zhou Jianguo said the change targets energy-intensive industries, and firms that finish "
    "energy-saving upgrades will receive subsidies. \"We want companies to cut consumption,\" he said.",
    "Last year industrial power use in the city reached 12.6 billion kilowatt-hours, up 4.8%.",
]
ZH_AIR = [
    "东岚航空调整暑期航班",
    "　　东岚航空公司表示，受台风影响，该公司7月20日至22日往返滨海的42个航班将取消。",
    "　　东岚航空新闻发言人李文涛说，已购票旅客可免费办理退票或改签，公司已增派地面服务人员。",
    "　　气象部门预计，台风将于21日凌晨在滨海一带登陆。",
]
EN_AIR = [
    "Eastwind Airlines cancels flights ahead of typhoon",
    "Eastwind Airlines said it would cancel 42 flights to and from Binhai between July 20 and 22 because of the "
    "typhoon.",
    "Eastwind spokesman Li Wentao said passengers with tickets can get refunds or change bookings free of charge, "
    "and the airline has added ground staff.",
    "Forecasters expect the typhoon to make landfall near Binhai early on the 21st.",
]
ZH_BOX = [
    "宁海港集装箱需求回升",
    "　　记者从宁海港了解到，今年一季度港口集装箱需求同比增长12%，二手集装箱价格明显回升。",
    "　　一家集装箱堆场负责人王磊说，40英尺二手箱价格已涨到约1.5万元。“买家又回来了。”他说。",
    "　　业内人士预计，今年夏季集装箱租赁价格将保持坚挺。",
]
EN_BOX = [
    "Coastal port sees container demand rise",
    "NINGHAI, April 2 -- Demand for shipping containers at Ninghai port rose 12% in the first quarter, port "
    "officials said.",
    "Wang Lei, manager of a container depot, said prices of used 40-foot containers have climbed to about $2,100. "
    "\"Buyers are coming back,\" he said.",
    "Analysts expect container leasing rates to stay firm through the summer.",
]
ZH_STEEL = [
    "钢材价格小幅回落",
    "　　记者从本市钢材市场了解到，本周螺纹钢价格小幅回落，每吨下降约30元。",
    "　　钢材经销商王建华说，近期工地开工率偏低，下游采购意愿不强。“大家都在观望。”他说。",
    "　　业内人士预计，下月钢材价格将保持震荡走势。",
]
EN_STEEL = [
    "Rebar prices ease as demand slows",
    "Rebar prices in the city's steel market eased this week, falling about 30 yuan a tonne, traders said.",
    "Steel dealer Wang Jianhua said construction sites were working below capacity and buyers were holding back. "
    "\"Everyone is waiting,\" he said.",
    "Analysts expect steel prices to move sideways next month.",
]
EN_HENGDA = [
    "Hengda Steel raises output",
    "Hengda Steel said on Monday it would raise rebar output by a tenth this quarter as orders from builders "
    "recover.",
    "\"Orders are back,\" said Wang Jianhua, the company's sales director. Hengda Steel expects prices to hold "
    "steady.",
    "Analysts expect steel prices to move sideways next month.",
]

SEPS = pytest.mark.parametrize("sep", ["\n\n", "\n"], ids=["blank-line page", "one-block page"])


def _cfg(cfg, **spam):
    return cfg.model_copy(update={"spam": cfg.spam.model_copy(update={"model": "spam-v1", "enabled": True,
                                                                        "keep_spam": False, **spam})})


@pytest.fixture(scope="module")
def model_cfg(cfg):
    return _cfg(cfg)


def _cut(raw: str, cfg) -> set[int]:
    a = strip_spam(detect_language(clean(Article(doc_id="t", source="t", raw=raw), cfg), cfg), cfg)
    return {i for r in a.removed for i in range(r.start, r.end) if not a.raw[i].isspace()}


KEPT = [
    # a complete policy sentence at the end whose only ad-like words are 优惠/贷款 ("ad words; off topic; at the end")
    (ZH_POWER, "　　自明年1月1日起，对新购置设备的中小企业给予贷款利率优惠。"),
    (EN_POWER, "From next year, firms that buy new equipment will get a discount on loan interest."),
    # the story's own hotline, naming the airline the story is about
    (ZH_AIR, "　　旅客可拨打东岚航空客服热线95539或登录官网办理免费退改，也可在东岚航空App上自助办理。"),
    (EN_AIR, "Travellers can also call Eastwind Airlines customer service at 400-820-9539 or go to "
             "www.eastwind-air.com to rebook free of charge."),
    # the mailbox of the firm the story is about
    (EN_HENGDA, "Email: sales@hengda-steel.com"),
    # a source's statement at the end whose words name a site-footer thing (版权, copyright)
    (ZH_POWER, "　　不过，市家具行业协会秘书长钟立成坦言，行业仍面临设计同质化等问题。他表示，协会将联合设计学院组建设计服务中心，"
               "为中小工厂提供原创设计和版权登记服务。"),
    (ZH_POWER, "　　他表示，协会将联合设计学院组建设计服务中心，为中小工厂提供原创设计和版权登记服务。"),
    (EN_POWER, "The association will set up a design centre to help small factories with copyright registration, "
               "its secretary-general said."),
    # a sentence listing firms is no keyword listing
    (EN_POWER, "Factories named in the plan include Harbor Steel, Bayside Cement, Northgate Glass and "
               "Eastpoint Paper."),
]


@pytest.mark.parametrize("story,line", KEPT)
@SEPS
def test_story_sentences_and_the_storys_own_contacts_stay(model_cfg, story, line, sep):
    raw = sep.join(story + [line])
    cut = _cut(raw, model_cfg)
    assert not chars_of(raw, line.strip()) & cut, f"removed: {line!r}"
    for p in story:
        assert not chars_of(raw, p.strip()) & cut, f"removed story: {p!r}"


def test_a_sentence_just_over_the_threshold_goes_when_spam_sure_is_the_threshold(cfg):
    line = "　　自明年1月1日起，对新购置设备的中小企业给予贷款利率优惠。"
    raw = "\n\n".join(ZH_POWER + [line])
    assert not chars_of(raw, line.strip()) & _cut(raw, _cfg(cfg))
    assert chars_of(raw, line.strip()) <= _cut(raw, _cfg(cfg, sure=cfg.spam.threshold))


GONE = [
    # a title-case keyword listing ending like a sentence, on the story's topic
    (EN_BOX, ["Folding Container House,Flat Pack Container,Expandable Container Home Factory Price."]),
    (EN_BOX, ["Prefab Container Office,Shipping Container Home,Container Cabin Best Price."]),
    (ZH_BOX, ["折叠集装箱房，快拼箱，扩展箱房，集装箱活动房厂家直销价格优惠。"]),
    # a listing with WhatsApp, "Contact:" and a sales mailbox, on the story's topic
    (EN_STEEL, ["**Hot Rolled Steel Coil, Rebar, Steel Plate ― Contact: Mr. Chen, WhatsApp +86 138 1234 5678, "
                "Email: sales@hengda-steel.com**"]),
    (ZH_STEEL, ["**螺纹钢 热轧卷板 中厚板 ― 联系人：陈经理，微信 138 1234 5678，邮箱：sales@hengda-steel.com**"]),
    # a bare contact line standing after an ad line
    (ZH_STEEL, ["钢材批发 螺纹钢 盘螺 线材 厂家直销 价格优惠", "咨询热线：138-1234-2716（微信同号）"]),
    (ZH_STEEL, ["钢材批发 螺纹钢 盘螺 线材 厂家直销 价格优惠", "Email: sales@hengda-steel-factory.com"]),
    (EN_BOX, ["Folding Container House,Flat Pack Container,Expandable Container Home Factory Price.",
              "Email: sales@ninghai-box-factory.com"]),
    (EN_STEEL, ["Steel Coil Wholesale, Rebar, Wire Rod, Best Price Direct From Mill",
                "Email: info@hengda-steel-factory.com"]),
]


@pytest.mark.parametrize("story,spam", GONE)
@SEPS
def test_shop_listings_on_the_storys_topic_go(model_cfg, story, spam, sep):
    raw = sep.join(story + spam)
    cut = _cut(raw, model_cfg)
    for s in spam:
        s = s.strip("*")  # the markdown emphasis around a listing may stay
        assert chars_of(raw, s) <= cut, f"kept spam: {s!r}"
    for p in story:
        assert not chars_of(raw, p.strip()) & cut, f"removed story: {p!r}"


@pytest.mark.parametrize("byline", [
    "By Sara Penwood | Costa Daily | 14 November 2023",
    "WRITER: Nattapong Sri",
    "Aoife Byrne, Southern Business Correspondent",
])
def test_a_byline_above_the_story_is_kept_with_its_reporter(byline):
    import pipeline

    text = ("Home › Local News › Farming\n\nDrought leaves olive co-op counting the cost\n\n" + byline + "\n\n"
            "VALDEPEÑAS – The co-op's mill stood idle this week after the harvest fell by half, its president said. "
            "Members expect a smaller crop again next year, and the co-op will ask the regional government for aid.\n\n"
            "The cooperative groups 1,400 growers and sold 9 million kilos of oil last season.")
    a = pipeline.process_text(text, lang="en")
    assert byline in a.clean and not any(byline in r.text for r in a.removed)


EXPO = ("余姚塑料展开幕 海外采购商增多",
        "　　本报讯 第十二届塑料博览会昨日在余姚开幕，共有来自18个国家和地区的620家企业参展，展期三天。",
        "　　德国挤出设备企业亚太区总裁马库斯表示，中国客户对高端挤出设备的需求正在快速上升。")


def test_a_source_statement_after_a_tagged_ad_in_one_line_stays(model_cfg):
    ad = "【广告】PP PE PVC ABS 塑料原料 现货批发 价格优惠 联系电话：0574-6XXX8XXX QQ：9XXXX7123"
    said = "马库斯透露，公司计划明年在宁波设立备件中心，并在现场发布了新一代多层共挤生产线。"
    raw = "\n\n".join(EXPO[:2]) + "\n\n" + EXPO[2] + ad + " " + said
    cut = _cut(raw, model_cfg)
    assert chars_of(raw, "联系电话：0574-6XXX8XXX") <= cut
    assert not chars_of(raw, said) & cut


@SEPS
def test_a_list_of_exhibitors_stays_and_the_related_list_goes(model_cfg, sep):
    firms = ["部分参展企业 Selected Exhibitors：",
             "　　· 浙江川沐新材料有限公司　Zhejiang Chuanmu New Materials Co., Ltd.",
             "　　· 宁波甬达机械有限公司　Ningbo Yongda Machinery Co., Ltd.",
             "　　· 余姚市禾嘉模具有限公司　Yuyao Hejia Mould Co., Ltd.　B2-15",
             "　　· Karnavati Polymers Pvt. Ltd.（印度）"]
    related = ["相关阅读：", "· 余姚塑料城10月价格指数小幅回落", "· 模具产业数字化转型现场会在宁波召开"]
    raw = sep.join(EXPO) + "\n\n" + "\n".join(firms) + "\n\n" + "\n".join(related)
    cut = _cut(raw, model_cfg)
    for line in firms[1:]:
        assert not chars_of(raw, line.strip()) & cut, line
    for line in related[1:]:
        assert chars_of(raw, line) <= cut, line


def test_a_booth_list_with_english_names_stays(model_cfg):
    rows = ["展位号 Booth | 展商 Exhibitor",
            "A1-108 | 宁波嘉汇电器有限公司 Ningbo Jiahui Electric Appliance Co., Ltd.",
            "A1-215 | 慈溪市海丰小家电厂 Cixi Haifeng Small Appliance Factory",
            "B2-118 | Brightmoor Home Solutions Ltd.（英国 UK）",
            "C3-320 | 德泰净水科技（宁波）有限公司 Detai AquaPure (Ningbo) Co., Ltd."]
    raw = "\n\n".join(EXPO) + "\n\n" + "\n".join(rows)
    cut = _cut(raw, model_cfg)
    for line in rows[1:]:
        assert not chars_of(raw, line) & cut, line


def test_an_english_exhibitor_list_with_chinese_names_and_halls_stays(model_cfg):
    rows = ["- Zhejiang Lanfeng Silk Necktie Co., Ltd. 浙江蓝枫丝绸领带有限公司 — Hall 1, Booth A018",
            "- Shengzhou Huamei Textile Co., Ltd. 嵊州华美纺织有限公司 — Hall 1, Booth A102",
            "- Baiyue Accessories 百悦服饰 — Hall 2, Booth B056",
            "- Zhejiang Jinhe Silk Co., Ltd. 浙江金禾丝绸有限公司 — Hall 2, Booth B210"]
    story = ["Necktie fair opens with buyers from 47 countries",
             "SHENGZHOU, May 9 -- The 2025 necktie fair opened on Thursday with more than 4,000 registered buyers, "
             "the organizer said.", "Selected exhibitors:"]
    raw = "\n\n".join(story) + "\n" + "\n".join(rows)
    cut = _cut(raw, model_cfg)
    for line in rows:
        assert not chars_of(raw, line.lstrip("- ")) & cut, line
