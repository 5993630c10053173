"""Entity error shapes from a fourth batch of unseen news: people the English model calls companies although
the text says what they do ("X, an analyst at Y"; "Its chief executive, X, said"), Chinese company lists with a
bracketed place inside a name, a paper's "报讯", interbank markets, transliterated banks read as people, and the
Chinese name of a Latin-named firm in brackets. Every name here is invented.
"""
import pytest
from conftest import found_and_not_found, typed_forms


@pytest.mark.parametrize("text,wanted,unwanted", [
    # a role beside the name says it is a person, whatever the model guessed
    ("Shares fell 4% in early trading. Autumn Varga, an analyst at Kestrel Brook Research, said the cut was "
     "a surprise. Varga said demand would recover next year.",
     {("PERSON", "autumn varga"), ("ORG", "kestrel brook research")}, {("ORG", "varga"), ("ORG", "autumn varga")}),
    ("\"This is the rule in practice,\" said Lyon Petrakis, a partner at the Brussels office of Ostend Vale & "
     "Partners, who advises packaging groups.",
     {("PERSON", "lyon petrakis")}, {("ORG", "lyon petrakis")}),
    ("The firm spent EUR 4 million on the switch. Its chief executive, Joost Akker, said the company would "
     "license the coating.", {("PERSON", "joost akker")}, {("ORG", "joost akker")}),
    ("Mirela de la Fuente, 52, chief economist of Banco Serrano, said rates would fall.",
     {("PERSON", "mirela de la fuente")}, set()),
    # a firm can advise a deal too: no person there
    ("Halvard Brothers, an adviser to the deal, declined to comment.", set(), {("PERSON", "halvard brothers")}),
])
def test_a_role_beside_a_name_makes_a_person(extract, text, wanted, unwanted):
    found_and_not_found(extract(text, lang="en"), wanted, unwanted)


@pytest.mark.parametrize("text,wanted,unwanted", [
    # a place in brackets inside one company's name in a 、-list
    ("汉阳航空物流集团、鹿鸣生物医药（湖北）有限公司、鄂西智能装备有限公司等企业也在现场签约。",
     {("ORG", "鹿鸣生物医药(湖北)有限公司"), ("ORG", "鄂西智能装备有限公司")}, {("ORG", "有限公司"), ("ORG", "鹿鸣生物医药")}),
    # the year a sentence opens with is no company of the list
    ("合作社今年与西安果丰商贸有限公司、鲜悦汇超市等6家企业签订了收购订单。",
     {("ORG", "西安果丰商贸有限公司"), ("ORG", "鲜悦汇超市")}, {("ORG", "今年")}),
    # a paper's dateline word is no part of its name
    ("楚江商报讯（记者 钟 雨 晴）10月28日，孝感签约12个项目。", {("ORG", "楚江商报")}, {("ORG", "楚江商报讯")}),
    # interbank markets and a two-country spread name no bank
    ("境外机构持有银行间市场债券约4.5万亿元，一家北欧基金首次获批进入中国银行间债券市场。中美利差倒挂将逐步收窄。", set(),
     {("ORG", "中国银行"), ("ORG", "银行间市场债券"), ("ORG", "中美利差")}),
    # a transliterated bank and the Chinese name of a Latin-named firm, in brackets
    ("英国资产管理公司 Westmoor Asset Management（韦斯特莫资产管理）亚洲固定收益主管表示，明年外资将继续增持。"
     "欧洲 Ashcombe Lyle Bank（阿什库姆莱尔银行）驻香港首席经济学家则更为乐观。",
     {("ORG", "韦斯特莫资产管理"), ("ORG", "阿什库姆莱尔银行")}, {("PERSON", "阿什库姆莱尔银行"), ("PERSON", "韦斯特莫")}),
    # a venue and a company's research centre are no organizations of their own
    ("展会在青岛国际博览中心开幕。该公司计划明年建成亚太研发中心。", set(), {("ORG", "青岛国际"), ("ORG", "亚太研发")}),
])
def test_chinese_company_shapes(extract, text, wanted, unwanted):
    found_and_not_found(extract(text, lang="zh"), wanted, unwanted)


@pytest.mark.parametrize("text,wanted,unwanted", [
    # a plain list that names companies is a list of companies, whatever the model reads in one item
    ("Harlan Tool & Die, Brightmoor Plastics and Keystone Hinge have each added shifts this year.",
     {("ORG", "harlan tool & die"), ("ORG", "keystone hinge")}, {("PERSON", "keystone hinge"), ("ORG", "die")}),
    ("Smaller units such as Surma Fabrics, Rupali Apparels, Karnaphuli Dyeing and Tista Knitwear are hit hardest.",
     {("ORG", "rupali apparels"), ("ORG", "tista knitwear")}, {("PERSON", "rupali apparels")}),
    # a list of people stays a list of people
    ("John Harker, Mary Olsen and Peter Vance signed the letter, and Acme Steel Ltd welcomed it.",
     {("PERSON", "john harker"), ("PERSON", "peter vance")}, {("ORG", "john harker")}),
    # honorifics and letters after a name are no part of it
    ("Queensland's transport minister, the Hon. Daniel Kerslake MP, said the state would pay. \"We are full,\" "
     "Ms Thornley said.", {("PERSON", "daniel kerslake"), ("PERSON", "thornley")},
     {("PERSON", "daniel kerslake mp"), ("ORG", "ms thornley")}),
    ("Posted by Emeka Obi on March 3, 2025 | 6 min read\n\nThe startup raised $18m.", {("PERSON", "emeka obi")}, set()),
    ("Toll road deal\n\nBy Ana Lucía Ortega Garza and Graham McAlpine\n\nMEXICO CITY, June 3 - The fund agreed to buy "
     "a stake.", {("PERSON", "ana lucía ortega garza"), ("PERSON", "graham mcalpine")}, {("PERSON", "ortega garza")}),
    ("Dr Anil Rao, managing director of Sarvana Pharma, said the firm would respond.",
     {("PERSON", "anil rao")}, {("PERSON", "dr anil rao")}),
])
def test_lists_and_honorifics(extract, text, wanted, unwanted):
    found_and_not_found(extract(text, lang="en"), wanted, unwanted)


def test_latin_names_with_accents_inside_chinese_text(extract):
    a = extract("挪威船东协会首席经济学家 Henrik Sørvik 表示，明年运价将回落。Alder Drives 亚太区总裁 Matthias Köhn 说，公司将扩产。",
                lang="zh")
    forms = typed_forms(a)
    assert {("PERSON", "henrik sørvik"), ("PERSON", "matthias köhn")} <= forms
    assert not {("PERSON", "henrik s"), ("PERSON", "matthias k")} & forms


@pytest.mark.parametrize("text,wanted,unwanted", [
    # names of other languages: accents, particles, hyphens, and a surname that keeps its particle
    ("Ana Lucía Ortega Garza, a reporter at the paper, said traffic rose. Jean-Luc Beaulieu-Roy, head of "
     "infrastructure at a pension fund, said it would invest more.",
     {("PERSON", "ana lucía ortega garza"), ("PERSON", "jean-luc beaulieu-roy")}, {("ORG", "ana lucía ortega garza")}),
    ("Klaus-Peter von Hallberg, head of supply chain at Westerkamp, said tenders would follow. Von Hallberg did "
     "not name the bidders.", {("PERSON", "klaus-peter von hallberg"), ("PERSON", "von hallberg")},
     {("ORG", "klaus-peter von hallberg")}),
    # companies named in other languages
    ("Marmara Demir Çelik Sanayi ve Ticaret A.Ş. said it would cut emissions. Bosphorus Yatırım, an Istanbul "
     "brokerage, said the plan was credible.",
     {("ORG", "marmara demir çelik sanayi ve ticaret a.ş"), ("ORG", "bosphorus yatırım")},
     {("PERSON", "bosphorus yatırım")}),
    ("Valeria Ruiz, an analyst at Monterrey brokerage Casa de Bolsa Austral, expects traffic to grow. Buyers "
     "include Maison Lefort & Fils and Grupo Almagro.",
     {("ORG", "casa de bolsa austral"), ("ORG", "maison lefort & fils"), ("ORG", "grupo almagro")},
     {("ORG", "casa"), ("PERSON", "grupo almagro")}),
    ("Frischhof, Adlerkauf and Hansen Getränke are among the German retailers that switched hauliers.",
     {("ORG", "hansen getränke")}, {("PERSON", "hansen getränke")}),
    ("Work will be done with Warrigal Contracting, a local Aboriginal-owned business, over two years. "
     "According to Hale, the company has applied for permits.",
     {("ORG", "warrigal contracting")}, {("PERSON", "warrigal contracting"), ("ORG", "hale")}),
])
def test_names_of_other_languages(extract, text, wanted, unwanted):
    found_and_not_found(extract(text, lang="en"), wanted, unwanted)


@pytest.mark.parametrize("text,wanted,unwanted", [
    # a Latin name inside Chinese text: its legal form, and 公司 after it
    ("欧洲客户EuroLine Trading公司采购经理说，明年订单将增加。Silver Durian Agro Sdn Bhd持有合资公司51%股权。",
     {("ORG", "euroline trading"), ("ORG", "silver durian agro sdn bhd")},
     {("ORG", "euroline trading公司"), ("ORG", "silver durian agro sdn")}),
    # a transliterated rating agency the model reads as a person
    ("国际评级机构斯托克评级（Stock Ratings）确认了该公司的长期评级。", {("ORG", "斯托克评级")}, {("PERSON", "斯托克评级")}),
    # kinds of firms, a place's firms, listed firms, units and parks: no names
    ("各地城投公司加快转型，莞企纷纷外迁，A股公司和公募基金加快布局，埃塞俄比亚投资持续增加。", set(),
     {("ORG", "各地城投公司"), ("ORG", "莞企"), ("ORG", "a股公司"), ("ORG", "公募基金"), ("ORG", "埃塞俄比亚投资")}),
    ("凯斯特液压亚太研发制造中心落子常州，区里将规划建设中德智能制造合作园。", set(), {("ORG", "亚太研发"), ("ORG", "中德智能")}),
])
def test_chinese_text_with_foreign_and_generic_names(extract, text, wanted, unwanted):
    found_and_not_found(extract(text, lang="zh"), wanted, unwanted)


def test_a_plan_named_in_english_is_no_organization(extract):
    a = extract("Jiangxi issued the \"Jiangxi Action Plan for Power Battery Recycling\" on Friday, and Ganjiang Rare "
                "Metals Group said it would invest.", lang="en")
    forms = typed_forms(a)
    assert not any("action plan" in f for _t, f in forms)


def test_an_abbreviation_in_brackets_joins_its_name_in_any_language(extract):
    a = extract("Data from the Polish National Hauliers' Association (OZPD) show growth. OZPD president Tomasz Zawada "
                "said drivers were scarce. The Southern Delta Timber Exporters Association (SODETA) expects a record.",
                lang="en")
    groups = [{f for f in (e.name, *e.aliases)} for e in a.entities if e.type == "ORG"]
    assert {"Polish National Hauliers' Association", "OZPD"} in groups
    assert any({"Southern Delta Timber Exporters Association", "SODETA"} <= g for g in groups)
    assert ("PERSON", "tomasz zawada") in typed_forms(a)


def test_a_world_city_written_as_a_place_is_no_organization(extract):
    a = extract("The company runs a terminal in Manzanillo and a plant near Iskenderun. Manzanillo handled 3.7 million "
                "containers last year, and Iskenderun exports rose 4%, said Selin Aydin, an analyst at Bosporus Research.",
                lang="en")
    forms = typed_forms(a)
    assert not {("ORG", "manzanillo"), ("ORG", "iskenderun"), ("PERSON", "manzanillo")} & forms
    assert ("PERSON", "selin aydin") in forms


def test_the_surname_of_a_foreign_name_in_characters_joins_it(extract):
    a = extract("凯斯特液压首席执行官马库斯·布兰德（Markus Brand）专程从斯图加特赶来。布兰德说，中国是集团最大的海外市场，明年将扩产。",
                lang="zh")
    people = [{e.name, *e.aliases} for e in a.entities if e.type == "PERSON"]
    assert {"马库斯·布兰德", "布兰德"} in people


@pytest.mark.parametrize("text,wanted,unwanted", [
    # the outlet written after a byline, and a second reporter in a wire credit
    ("Strike looms at regional carrier\n\nBy Karen Dale The Prairie Courier\n\nRAPID FALLS - Pilots voted to strike.",
     {("ORG", "prairie courier"), ("PERSON", "karen dale")}, set()),
    ("Water firm fined\n\nBy Owen Price, Environment Reporter | Severnside Echo\n\nThe regulator fined the company.",
     {("ORG", "severnside echo"), ("PERSON", "owen price")}, set()),
    ("Output rose 8%. (Reporting by Andi Prakoso in Jakarta and Wen Lixia in Shanghai; Editing by Louise Hart)",
     {("PERSON", "andi prakoso"), ("PERSON", "wen lixia")}, set()),
    ("Posted by WineTrade Global Editorial Team | 12 September 2024\n\nExporters court buyers.",
     {("ORG", "winetrade global")}, {("PERSON", "winetrade global editorial team"), ("PERSON", "winetrade global")}),
    # a term's letters in brackets, a department and a title are no organizations
    ("The plant will add four high-pressure acid leach (HPAL) lines and make mixed hydroxide precipitate (MHP). "
     "Tailings from HPAL plants pose a risk, said Rina Sari, chief technology officer at the firm.",
     set(), {("ORG", "hpal"), ("ORG", "mhp")}),
    ("Priya Rao, Chief Technology Officer, spoke, and the Head of Corporate Communications said fish died in the "
     "River Leadon.", {("PERSON", "priya rao")},
     {("ORG", "chief technology"), ("ORG", "corporate communications"), ("ORG", "river leadon")}),
    # a short name in brackets, and a boss called by surname and title in pinyin
    ("Yongle Shuangma Bengye Co., Ltd. (Shuangma Pump) built a digital workshop. Zhou Jinghui, general manager, "
     "said orders rose. \"We will invest 300 million yuan,\" Zhou Zong said.",
     {("ORG", "shuangma pump"), ("PERSON", "zhou zong")}, {("PERSON", "shuangma pump")}),
])
def test_bylines_terms_and_short_names(extract, text, wanted, unwanted):
    found_and_not_found(extract(text, lang="en"), wanted, unwanted)


def test_a_short_name_and_a_pinyin_boss_join_their_full_names(extract):
    a = extract("Yongle Shuangma Bengye Co., Ltd. (Shuangma Pump) built a digital workshop. Zhou Jinghui, general manager "
                "of the firm, said orders rose. \"We will invest 300 million yuan,\" Zhou Zong said.", lang="en")
    groups = [{e.name, *e.aliases} for e in a.entities]
    assert {"Yongle Shuangma Bengye Co., Ltd.", "Shuangma Pump"} in groups
    assert {"Zhou Jinghui", "Zhou Zong"} in groups


@pytest.mark.parametrize("text,wanted,unwanted", [
    ("园区将吸引包装、电商、仓配等上下游企业集聚，宏远混凝土、恒达钢构、华丽门窗等20多家供应商已签约。",
     {("ORG", "宏远混凝土"), ("ORG", "华丽门窗")}, {("ORG", "包装"), ("ORG", "仓配"), ("ORG", "华丽")}),
    ("项目将建设度假酒店、温泉康养中心和房车营地。当地将引导辖内银行机构加大投放，小单快反是跨境电商的核心竞争力。", set(),
     {("ORG", "度假酒店"), ("ORG", "温泉康养"), ("ORG", "辖内银行"), ("ORG", "核心竞争力")}),
    ("华澄证券新能源汽车行业首席分析师朱琳认为，东川证券交通运输行业首席分析师韩哲也表示，明年需求将回升。",
     {("ORG", "华澄证券"), ("ORG", "东川证券")}, {("ORG", "新能源汽车行"), ("ORG", "东川证券交通运输")}),
    ("远洋帆物流以3亿欧元收购比利时港口物流商Maas Harbour Logistics NV的全部股权。", {("ORG", "maas harbour logistics nv")},
     {("ORG", "3亿欧元收购比利时港口物流商maas harbour logistics")}),
])
def test_chinese_lists_sectors_and_latin_spans(extract, text, wanted, unwanted):
    found_and_not_found(extract(text, lang="zh"), wanted, unwanted)


@pytest.mark.parametrize("text,unwanted", [
    ("The co-op is based in Pouso Alto, Minas Gerais. Minas Gerais growers expect rain, said Ana Souza, its president.",
     {("PERSON", "minas gerais"), ("ORG", "minas gerais")}),
    ("The firm makes scooters at plants in Maharashtra and Tamil Nadu. Tamil Nadu will host its new battery line.",
     {("PERSON", "tamil nadu"), ("ORG", "tamil nadu")}),
])
def test_states_written_as_places_are_no_names(extract, text, unwanted):
    assert not unwanted & typed_forms(extract(text, lang="en"))


@pytest.mark.parametrize("text,wanted,unwanted", [
    ("开发区已集聚克朗伦包装（Kronlund Packaging）、哈尔维乳业设备（Halvik Dairy Equipment）等40余家欧洲企业。",
     {("ORG", "克朗伦包装"), ("ORG", "哈尔维乳业设备")}, {("ORG", "包装"), ("ORG", "设备")}),
    ("云峰县文化和旅游局局长阮秀梅推介了古镇改造项目。", {("ORG", "云峰县文化和旅游局")}, {("ORG", "云峰县文化和旅游局局")}),
])
def test_chinese_names_before_their_english_names_and_titles(extract, text, wanted, unwanted):
    found_and_not_found(extract(text, lang="zh"), wanted, unwanted)


@pytest.mark.parametrize("text,wanted,unwanted", [
    ("点击上方蓝字“港航观察家”关注我们，每天一篇干货！\n\n化债一年，城投们怎么样了？\n\n原创 许 平 港航观察家 2024-10-26 08:00",
     {("ORG", "港航观察家")}, {("ORG", "许平港航观察家")}),
    ("芯途观察 记者 宋雨萌\n\n8月28日，美国电动车制造商发布公告。据汇川数据统计，已有27家券商发布报告。",
     {("ORG", "芯途观察"), ("ORG", "汇川数据")}, set()),
])
def test_chinese_accounts_and_data_firms(extract, text, wanted, unwanted):
    found_and_not_found(extract(text, lang="zh"), wanted, unwanted)


def test_a_place_adjective_is_no_part_of_a_name(extract):
    forms = typed_forms(extract("Exports go through Tema-based Coastal Agro Ltd, the firm's buyer said.", lang="en"))
    assert ("ORG", "coastal agro ltd") in forms
    assert not any("tema-based" in f for _t, f in forms)


def test_places_listed_with_places_and_holidays_are_no_people(extract):
    a = extract("The fund owns highways linking Querétaro, Guanajuato and Jalisco. Guanajuato traffic rose by Easter, said "
                "Ana Ruiz, an analyst at Banco Austral. Sales in Ashby Falls fell.", lang="en")
    forms = typed_forms(a)
    assert ("PERSON", "ana ruiz") in forms
    assert not {("PERSON", "guanajuato"), ("PERSON", "easter"), ("PERSON", "ashby falls")} & forms


def test_travel_firms_and_foreign_trade_words_make_companies(extract):
    a = extract("Boat operators, among them Lagoa Boats, Salinas Tours and Barcos do Sal, agreed to limit trips. Importers "
                "include Frutas Serrano of Valencia.", lang="en")
    found_and_not_found(a, {("ORG", "salinas tours"), ("ORG", "barcos do sal"), ("ORG", "frutas serrano")},
                        {("PERSON", "salinas tours"), ("PERSON", "frutas serrano")})


def test_forms_of_address_and_long_roles_before_names(extract):
    a = extract("On Tuesday, the Managing Director of Westland, Engr. Adewale Ogunbiyi, said the plant would be done. "
                "Governor Olumide Adeyemi, who witnessed the signing, said the state would help. The union's chairman, "
                "Comrade Sunday Eleto, said workers must be local. Minister for Enterprise, Trade and Employment Declan "
                "Moran said it was a vote of confidence. The plant is at Ringaskiddy, Co Cork.", lang="en")
    found_and_not_found(a, {("PERSON", "adewale ogunbiyi"), ("PERSON", "olumide adeyemi"), ("PERSON", "sunday eleto"),
                            ("PERSON", "declan moran")},
                        {("PERSON", "engr"), ("ORG", "adewale ogunbiyi"), ("ORG", "employment declan moran"),
                         ("ORG", "ringaskiddy, co cork")})


def test_a_surname_with_its_particles_joins_the_full_name(extract):
    a = extract("Jan van der Molen, chief executive of the terminal, spoke first. Van der Molen said the deal would close "
                "next year.", lang="en")
    assert any({"Jan van der Molen", "Van der Molen"} <= {e.name, *e.aliases} for e in a.entities if e.type == "PERSON")


def test_title_case_headline_fragments_are_no_organizations(extract):
    a = extract("Hengfeng Pump Launches SunRiver Max Solar Pump Series, Plans Vietnam Plant in 2026\n\n"
                "TAIZHOU, China, March 12, 2025 -- Zhejiang Hengfeng Pump Co., Ltd. said it would build a plant in "
                "Vietnam.\n\nBy Helen Marino, Asia Trade Review", lang="en")
    forms = typed_forms(a)
    assert ("ORG", "zhejiang hengfeng pump co., ltd") in forms
    assert not any("launches" in f or f == "vietnam plant" for _t, f in forms)


@pytest.mark.parametrize("text,wanted,unwanted", [
    ("常州市钢架与仓储设备行业协会秘书长邢丽娜介绍，常州现有货架生产企业200余家。",
     {("ORG", "常州市钢架与仓储设备行业协会")}, {("ORG", "常州市钢架")}),
    ("云川县文化和旅游局局长阮秀华说，明年游客将增加。", {("ORG", "云川县文化和旅游局")}, set()),
    ("记者从武安区工业和信息化局获悉，一季度新签约项目23个。", {("ORG", "武安区工业和信息化局")}, set()),
])
def test_chinese_body_names_with_and_inside(extract, text, wanted, unwanted):
    found_and_not_found(extract(text, lang="zh"), wanted, unwanted)


def test_the_head_of_a_branch_is_a_person_and_a_common_surname_stays_one(extract):
    a = extract("Bayram Özkaya, head of the Adana branch of the steelworkers' union, said jobs were at risk. Goldman "
                "Sachs, head of the syndicate, declined to comment.", lang="en")
    found_and_not_found(a, {("PERSON", "bayram özkaya")}, {("ORG", "bayram özkaya"), ("PERSON", "goldman sachs")})
