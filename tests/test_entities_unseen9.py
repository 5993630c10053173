"""Entity error shapes from a ninth round of unseen news: model codes, a place's fund written as a common noun, a
department after "Vice President of", a union local's number, an outlet called "… Report" in a dateline, fairs,
navigation crumbs, a town after "near"; in Chinese text: lists of firms LAC reads as verbs or people, 茶企 and
業者 lists, an investment firm after a name LAC takes for a place, a broker's advisory arm, brands with 牌, a
loan's currency, Latin firms with accents or a lower-case particle in a list, and an acronym given in the same
brackets as the English name. Every name here is invented."""
import pytest
from conftest import found_and_not_found


@pytest.mark.parametrize("text,wanted,unwanted", [
    ("According to the regulator, the packs affected are the KT-36V14 and KT-48V20 models made in 2024.",
     set(), {("ORG", "kt-36v14"), ("ORG", "kt-48v20")}),
    ("Changshu fund leads 300 million yuan round\n\nThe round was led by Changshu Kunlan Innovation Fund, "
     "the company said.", set(), {("ORG", "changshu fund")}),
    ('"Orders are back," said Dana Whitcroft, Vice President of Global Procurement at Brookvale Homewares.',
     {("PERSON", "dana whitcroft"), ("ORG", "brookvale homewares")}, {("ORG", "global procurement")}),
    ("Ray Okafor, president of Lakeshore Stevedores Union Local 214, said the deal was fair.",
     {("ORG", "lakeshore stevedores union local 214")}, {("ORG", "lakeshore stevedores union local")}),
    ("LISBON, March 3 (Atlantic Business Report) - Cork maker Sobral Cortiças said on Monday it would add a line.",
     {("ORG", "atlantic business report")}, set()),
    ("The three firms will take a joint stand at the Birmingham Spring fair in February.",
     set(), {("ORG", "birmingham spring")}),
    ("Business › Economy\n\nFirms in the valley reported stronger orders, the survey found.",
     set(), {("ORG", "business")}),
    ("Hendrik Mulder, who grows potatoes near Wittebrug, said the rain came too late.",
     {("PERSON", "hendrik mulder")}, {("ORG", "wittebrug")}),
    ("Yangcheng PV module makers turn to storage as prices fall", set(), {("PERSON", "yangcheng pv")}),
    ("Posted 2024-05-02  Author: admin  Views: 3318\n\nExports of pots rose 12% in April.",
     set(), {("ORG", "views")}),
])
def test_english_shapes_of_round_nine(extract, text, wanted, unwanted):
    found_and_not_found(extract(text, lang="en"), wanted, unwanted)


@pytest.mark.parametrize("text,wanted,unwanted", [
    ("中部工具機產業聯盟理事長何正雄認為，鉅鋒、嘉穩、崇達等業者近年積極發展智慧化控制器。",
     {("ORG", "鉅鋒"), ("ORG", "嘉穩"), ("ORG", "崇達")}, set()),
    ("订单将由茗岚、峰溪、云翠等茶企按统一标准分批供货。", {("ORG", "茗岚"), ("ORG", "峰溪"), ("ORG", "云翠")}, set()),
    ("本轮由澄峤资本领投，老股东碧湾创投、星汀资本继续超额加注。", {("ORG", "星汀资本"), ("ORG", "碧湾创投")}, set()),
    ("元昇證券投顧研究部分析，工具機產業最壞的時間點已過。", {("ORG", "元昇證券投顧")}, {("ORG", "元昇證券")}),
    ("由美国户外用品零售商Ridgeway Outfitters销售的约3万套PeakVolt牌电动自行车电池组被召回。",
     {("ORG", "ridgeway outfitters")}, {("ORG", "peakvolt牌")}),
    ("擴建資金將來自內部資源及港匯銀行提供的5億港元銀團貸款。", set(), {("ORG", "港元銀團貸款"), ("ORG", "港元銀團")}),
    ("他说，下一步将联合区消委会开展安全骑行进社区活动。", set(), {("ORG", "联合")}),
    ("鲜域今年的供应商还包括Agrícola Valle Maipo Ltda.、Frutos del Elqui等智利果企。",
     {("ORG", "agrícola valle maipo ltda"), ("ORG", "frutos del elqui")}, {("ORG", "maipo ltda")}),
    ("擎峰机器人完成5亿元B轮融资，美元基金Harrowgate Capital Partners参投。",
     {("ORG", "harrowgate capital partners")}, {("ORG", "harrowgate capital")}),
])
def test_chinese_and_mixed_shapes_of_round_nine(extract, text, wanted, unwanted):
    found_and_not_found(extract(text, lang="zh"), wanted, unwanted)


def test_an_acronym_in_the_same_brackets_as_the_english_name_is_the_same_body(extract):
    a = extract("近日，美国消费品安全委员会（U.S. Consumer Product Safety Commission，CPSC）发布召回公告。"
                "公告显示，CPSC目前已收到11起电池过热报告。", lang="zh")
    bodies = [e for e in a.entities if e.type == "ORG"]
    assert len(bodies) == 1 and "CPSC" in bodies[0].aliases


@pytest.mark.parametrize("text,wanted,unwanted", [
    ("Projects including Wuhu Ruiqi Robotics Co., Ltd., Germany's Feldkamp Antriebstechnik and Japan's Morikawa "
     "Seimitsu were also signed.", {("ORG", "feldkamp antriebstechnik"), ("ORG", "morikawa seimitsu")},
     {("ORG", "germany's feldkamp antriebstechnik")}),
    ("Besides Yichi, 永康金鼎杯业, Tongming Vacuum Flask, 悦铠日用 and other enterprises also sell online.",
     {("ORG", "永康金鼎杯业"), ("ORG", "悦铠日用")}, set()),
    ("Association president 应德华 expressed that sales rose by a fifth.", {("PERSON", "应德华")}, set()),
    ("The bakery stands on the Penrhos Industrial Estate, a site the council owns.",
     set(), {("ORG", "penrhos industrial estate")}),
    ("European buyers now ask for OEKO-TEX and GRS certificates, Pfeiffer said.", set(),
     {("ORG", "oeko-tex"), ("ORG", "grs")}),
])
def test_english_and_mixed_shapes_of_round_nine_b(extract, text, wanted, unwanted):
    found_and_not_found(extract(text, lang="en"), wanted, unwanted)


@pytest.mark.parametrize("text,wanted,unwanted", [
    ("来源：钱塘创投圈　2025-12-09 17:32　作者：阮知夏\n\n绿禾科技完成3.5亿元C轮融资。", {("ORG", "钱塘创投圈")}, set()),
    ("蜀川财经讯（记者 蒲晓彤）7月22日晚间，江屿锂能科技股份有限公司发布公告。", {("ORG", "蜀川财经")}, {("ORG", "川财经讯")}),
    ("湘楚日报衡阳讯（记者 邹 晓蓓）11月26日，记者从衡阳市获悉。", {("ORG", "湘楚日报")}, {("ORG", "湘楚日报衡阳")}),
    ("来源：企业供稿\n\n公司今年营收增长两成。", set(), {("ORG", "企业供稿")}),
    ("本轮融资由岳衡资本领投，老股东沐川投资继续追加投资。", {("ORG", "岳衡资本"), ("ORG", "沐川投资")}, set()),
    ("谈到投资，蒋红霞表示，今年将加大力度。", set(), {("ORG", "谈到投资")}),
    ("中岭证券研究所电新行业首席分析师苗晟在接受采访时指出，固态电池正在加速。", {("ORG", "中岭证券研究所")}, set()),
    ("工具機廠聯鈺精機股份有限公司第三季接單明顯回溫。", {("ORG", "聯鈺精機股份有限公司")}, {("ORG", "工具機廠聯鈺精機股份有限公司")}),
    ("他透露，诺瓦霍姆制药正与澄溪生物洽谈授权合作。", {("ORG", "诺瓦霍姆制药")}, {("PERSON", "诺瓦霍姆")}),
    ("“我们看中这里的港口条件。”霍夫曼特亚太区总裁Jonas Wittberg在签约仪式后说。",
     {("PERSON", "jonas wittberg")}, {("PERSON", "霍夫曼特亚太区")}),
    ("Hollowmere Home全球采购副总裁（VP of Global Sourcing）Megan Ashworth在接受本报书面采访时说，订单将增加。",
     {("PERSON", "megan ashworth")}, set()),
    ("保险公司今年在全县推广茶叶低温气象指数保险，承保面积达6万亩。", set(), {("ORG", "茶叶低温气象指数保险")}),
    ("除Fjordhavn Aqua外，荷兰Brouwerskade Nutrition、泰国Siam Ruamthai Feeds以及本地的粤西恒泰饲料等企业也在湛江建厂。",
     {("ORG", "brouwerskade nutrition"), ("ORG", "siam ruamthai feeds")}, set()),
])
def test_chinese_and_mixed_shapes_of_round_nine_b(extract, text, wanted, unwanted):
    found_and_not_found(extract(text, lang="zh"), wanted, unwanted)


@pytest.mark.parametrize("text,wanted,unwanted", [
    ("The company unveiled a $38 million expansion at its Dupont Highway plant on Wednesday.",
     set(), {("ORG", "dupont highway")}),
    ("It got $1.2 million through the state's Foundry Futures fund, said Tobias Lindqvist.",
     {("PERSON", "tobias lindqvist")}, {("ORG", "foundry futures")}),
    ("The co-op pays about 2,300 suppliers across north Tipperary and east Clare.", set(),
     {("PERSON", "clare"), ("ORG", "clare")}),
    ("Cassava starch plant nears completion\n\nPosted By: Femi Adeyemo-Cole   October 14, 2024   0 Comments\n\n"
     "ABEOKUTA - The firm said.", {("PERSON", "femi adeyemo-cole")}, set()),
    ("Demand is rising in South Korea, Lakbay president Ma. Corazon Villaruel said in a briefing on Monday.",
     {("PERSON", "ma. corazon villaruel")}, {("PERSON", "ma")}),
    ("Søren Dahlgaard, Managing Director Asia-Pacific of Norrhav, said the line would add two ships.",
     {("PERSON", "søren dahlgaard")}, {("ORG", "asia-pacific of norrhav"), ("ORG", "søren dahlgaard")}),
    ('Yangxi is known as the "China Hardware and Knife Scissors Capital", with 2,000 firms.', set(),
     {("ORG", "china hardware"), ("ORG", "knife scissors capital")}),
    ('The "Jiao Yu" paulownia planted in the 1960s still stands.', set(), {("ORG", '"jiao yu" paulownia')}),
    ("Yiwu traders are shifting their sales to Africa and Latin America this year. Freight forwarders such as 陆港达国际物流, "
     "金帆速运 and 远达供应链 have opened new dedicated lines from Yiwu to Lagos and Lima, cutting the door-to-door time to "
     "about 40 days.", {("ORG", "金帆速运"), ("ORG", "远达供应链")}, set()),
])
def test_english_shapes_of_round_nine_c(extract, text, wanted, unwanted):
    found_and_not_found(extract(text, lang="en"), wanted, unwanted)


def test_a_surname_with_its_particle_is_the_same_person(extract):
    a = extract("Bay Growers Collective chairwoman Aroha Te Rangi said early flowering helped. Te Rangi said about one "
                "in five growers would struggle.", lang="en")
    people = [e for e in a.entities if e.type == "PERSON"]
    assert len(people) == 1 and people[0].name == "Aroha Te Rangi"


@pytest.mark.parametrize("text,wanted,unwanted", [
    ("中原商报记者 窦晓曦 文/图\n\n5月的许昌，气温已近30℃。", {("PERSON", "窦晓曦")}, {("PERSON", "窦晓曦文")}),
    ("研究所将在中宁推广抗病新品种“宁杞丰9号”5万亩。", set(), {("PERSON", "宁杞丰")}),
    ("Al-Nakheel副总裁纳瓦夫·古莱米（Nawaf Al-Qurami）表示，沙特正在加速。", {("PERSON", "纳瓦夫·古莱米")}, {("PERSON", "纳瓦夫")}),
    ("锐泽储能与美国Harrowby签下12亿元储能订单", {("ORG", "harrowby")}, {("PERSON", "harrowby")}),
    ("据介绍，Al-Nakheel计划明年在银川设立中国区办公室。", set(), {("ORG", "中国区办公室")}),
    ("Skovmark亚太区董事总经理索伦·吕贝克（Søren Lykke）说，航线将加密。", {("ORG", "skovmark")}, {("ORG", "skovmark亚太区")}),
    ("自行车大厂宏骏动力科技股份有限公司今日召开法说会。", {("ORG", "宏骏动力科技股份有限公司")},
     {("ORG", "大厂宏骏动力科技股份有限公司")}),
    ("港侨银行今日宣布推出总额50亿港元的「东盟达」中小企专项贷款计划。", set(), {("ORG", "东盟达")}),
    ("鉴湖泉酒业、兰亭轩黄酒等同行此前的省外扩张均不算顺利。", {("ORG", "鉴湖泉酒业"), ("ORG", "兰亭轩黄酒")}, set()),
    ("英国资产管理公司Harcourt Vale Investors亚太区主管表示。", set(), {("ORG", "英国资产管理")}),
])
def test_chinese_and_mixed_shapes_of_round_nine_c(extract, text, wanted, unwanted):
    found_and_not_found(extract(text, lang="zh"), wanted, unwanted)


def test_a_share_buttons_text_is_no_name(extract):
    a = extract("Sales rose 12% in May, the company said.\n\nShare this:\nClick to share on Facebook (Opens in new window)\n"
                "Click to email a link to a friend (Opens in new window)", lang="en")
    assert ("PERSON", "opens") not in {(e.type, e.name.lower()) for e in a.entities}


def test_a_latin_firm_a_chinese_title_and_a_latin_name_are_two_names(extract):
    a = extract("5月16日，锐泽储能与美国储能系统集成商Harrowby Grid Solutions在深圳签署战略供货协议。\n\n"
                "Harrowby Grid Solutions首席执行官Imogen Pendarves专程来深出席签约仪式。", lang="zh")
    names = {(e.type, e.name) for e in a.entities}
    assert ("PERSON", "Imogen Pendarves") in names
    assert not any("首席执行官" in n for _t, n in names)


@pytest.mark.parametrize("text,wanted,unwanted", [
    ("Other analysts said rival producers Halvdan, Storvik Papp and Moselkant Karton were likely to follow.",
     {("ORG", "halvdan"), ("ORG", "storvik papp"), ("ORG", "moselkant karton")}, {("PERSON", "storvik papp")}),
    ("Only a handful of firms such as Jinglan Optical (晶岚光学) and Zhenmei Lens had set up their own R&D centres.",
     {("ORG", "jinglan optical"), ("ORG", "zhenmei lens")}, {("ORG", "jinglan optical (晶岚光学")}),
    ("Jute prices rose to Tk 3,800 per maund this month from Tk 3,100 in June.", set(), {("ORG", "tk 3,100")}),
    ("By BUSINESS REPORTER\n\nDairy farmers in the county will get a new cooling plant.", set(),
     {("PERSON", "business reporter")}),
])
def test_english_shapes_of_round_nine_d(extract, text, wanted, unwanted):
    found_and_not_found(extract(text, lang="en"), wanted, unwanted)


@pytest.mark.parametrize("text,wanted,unwanted", [
    ("记者了解到，除Meriton Bank外，法国Banque Sorelin、日本Kisaragawa Bank等外资银行也在泉州设立代表处。",
     {("ORG", "banque sorelin"), ("ORG", "kisaragawa bank")}, {("ORG", "法国banque sorelin")}),
    ("美国零售商Pennyfield Stores、英国连锁文具商Nibwick等40余家海外采购商到场。", {("ORG", "nibwick")},
     {("ORG", "英国连锁文具商nibwick")}),
    ("赖董指出，美系AI晶片大厂Aurelian Compute已是公司前三大客户。", {("ORG", "aurelian compute")}, set()),
    ("芬兰Lumikka Baby Oy公司宣布在上海设立子公司。", {("ORG", "lumikka baby oy")}, {("ORG", "芬兰lumikka baby oy公司")}),
    ("来源：沣川日报　记者 郗海波\n\n7月24日，全市用电负荷创新高。", {("ORG", "沣川日报")}, {("ORG", "沣川日报记者郗海波")}),
    ("2024/10/17 19:05　經商通訊社　記者蕭維安／新竹報導\n\n鈺昇第三季合併營收112.4億元，季增9.6%。", set(),
     {("ORG", "新竹報"), ("PERSON", "季增")}),
    ("记者近日从国家金融监督管理总局蒲川监管支局获悉，截至4月末涉农贷款增长12%。",
     {("ORG", "国家金融监督管理总局蒲川监管支局")}, set()),
])
def test_chinese_and_mixed_shapes_of_round_nine_d(extract, text, wanted, unwanted):
    found_and_not_found(extract(text, lang="zh"), wanted, unwanted)


@pytest.mark.parametrize("text,wanted,unwanted", [
    ("规划纲要将于明年1月提交县人大会议审议。", set(), {("ORG", "县人大")}),
    ("预计到2027年公司冷库总库容将从目前的110万立方米提升至200万立方米。", set(), {("ORG", "万立方米")}),
])
def test_chinese_shapes_of_round_nine_e(extract, text, wanted, unwanted):
    found_and_not_found(extract(text, lang="zh"), wanted, unwanted)


@pytest.mark.parametrize("text,wanted,unwanted", [
    ("Dobson's, which makes the Treacle Drops and Pennine Crunch brands, was bought by a Canadian group.",
     set(), {("ORG", "pennine crunch"), ("ORG", "treacle drops")}),
    ("HAI PHONG, March 4 (Reporting by our correspondent) – Rice prices rose. The Supramax bulk carrier Nam Dinh Star, "
     "chartered to load 48,000 tonnes, was delayed.", set(),
     {("ORG", "reporting by our"), ("ORG", "supramax"), ("ORG", "nam dinh star")}),
    ("Alappuzha, August 1:\nThe 52-day monsoon trawling ban ended on Thursday.", set(), {("ORG", "alappuzha")}),
    ("A main pipe along Walter Sisulu Drive burst twice in March.", set(), {("PERSON", "walter sisulu drive")}),
    ("The implant has passed ISO 13485 and ASTM D-4236 testing.", set(), {("ORG", "iso 13485"), ("ORG", "astm")}),
    ("The board approved the sale unanimously, according to Lars Engholm, the cooperative's president.",
     {("PERSON", "lars engholm")}, {("ORG", "lars engholm")}),
    ("Qu Wenhai, who owns Anji Yifeng Seating, a 120-worker factory on the edge of town, is not convinced.",
     {("ORG", "anji yifeng seating"), ("PERSON", "qu wenhai")}, {("PERSON", "anji yifeng seating")}),
])
def test_english_shapes_of_round_nine_f(extract, text, wanted, unwanted):
    found_and_not_found(extract(text, lang="en"), wanted, unwanted)


def test_a_latin_name_given_its_chinese_name_in_brackets_is_one_body(extract):
    a = extract("记者了解到，PulseRidge Fitness（中文名“脉峰健身”）是一家总部位于美国丹佛的连锁健身品牌。脉峰健身在成都共有6家门店。",
                lang="zh")
    bodies = [e for e in a.entities if e.type == "ORG"]
    assert len(bodies) == 1 and bodies[0].name == "PulseRidge Fitness" and "脉峰健身" in bodies[0].aliases


@pytest.mark.parametrize("text,wanted,unwanted", [
    ("Timber ships through the Port of Prince Rupert to Japan.", set(), {("PERSON", "rupert"), ("PERSON", "prince rupert")}),
    ("Darlene Fitzroy, president of Local 3-204 of the Coastal Mill Workers, said so.",
     {("PERSON", "darlene fitzroy")}, {("ORG", "local 3")}),
    ("Waikato milk processor Kōtuku Ridge Dairies says it will ship butter to Manila.",
     {("ORG", "kōtuku ridge dairies")}, {("PERSON", "kōtuku ridge dairies")}),
    ("LONDON/QINGDAO, June 3 (Seacrest Business Wire) - A British frozen food group said it would buy a plant.",
     {("ORG", "seacrest business wire")}, set()),
])
def test_english_shapes_of_round_nine_g(extract, text, wanted, unwanted):
    found_and_not_found(extract(text, lang="en"), wanted, unwanted)


@pytest.mark.parametrize("text,wanted,unwanted", [
    ("泓岩基金研究部总监言晓峰则表示，组件价格有望企稳。", {("ORG", "泓岩基金")}, {("ORG", "泓岩基金研究部")}),
    ("召回Velomark品牌City Ride E5（型号VM-CR5）电助力自行车。据市场监管总局通报，电池有隐患。也可发送邮件至service@velomark.example咨询。",
     set(), {("ORG", "city ride e5"), ("ORG", "市场监管总局通报"), ("ORG", "service")}),
    ("今年我们引进了北欧家居品牌Fjällberg的华中首店。", set(), {("ORG", "fj")}),
])
def test_chinese_and_mixed_shapes_of_round_nine_g(extract, text, wanted, unwanted):
    found_and_not_found(extract(text, lang="zh"), wanted, unwanted)


@pytest.mark.parametrize("text,wanted,unwanted", [
    ("Chidi Nwosu, an agricultural economist at the Federal University of Agriculture, Makurdi, said prices would ease.",
     {("ORG", "federal university of agriculture, makurdi")}, set()),
    ("Production in Côte d’Ivoire and Ghana recovers.", set(), {("ORG", "côte")}),
    ("Walk into the glasshouses of Kwekerij Van der Meulen on a January evening.",
     {("ORG", "kwekerij van der meulen")}, {("ORG", "kwekerij van der")}),
])
def test_english_shapes_of_round_nine_h(extract, text, wanted, unwanted):
    found_and_not_found(extract(text, lang="en"), wanted, unwanted)


@pytest.mark.parametrize("text,wanted,unwanted", [
    ("国内券商景峦证券分析师庞静仪则在研报中指出，钠电池将放量。", {("ORG", "景峦证券")}, {("PERSON", "景峦")}),
    ("记者在百佳电器、鑫达数码等门店看到，不少市民已提前到店咨询。", {("ORG", "百佳电器"), ("ORG", "鑫达数码")}, set()),
])
def test_chinese_shapes_of_round_nine_h(extract, text, wanted, unwanted):
    found_and_not_found(extract(text, lang="zh"), wanted, unwanted)
