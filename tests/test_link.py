"""Linking: an article's mentions merged into entities, and one id per entity across the store and languages."""
import json

import pytest

from pipeline.link import link_mentions, link_store, make_entity_id
from pipeline.names import entity_key
from pipeline.records import Mention


def mentions_in(text: str, found: list[tuple[str, str]]) -> list[Mention]:
    """Mentions of (label, surface) at their first occurrence not yet taken, in order."""
    out, pos = [], {}
    for label, surface in found:
        at = text.index(surface, pos.get(surface, 0))
        pos[surface] = at + len(surface)
        out.append(Mention(cstart=at, cend=at + len(surface), start=at, end=at + len(surface), text=surface,
                           label=label, surface=surface))
    return out


def groups(text, found):
    return sorted(sorted({m.surface for m in e.mentions}) for e in link_mentions(mentions_in(text, found), text))


@pytest.mark.parametrize("text,found,together", [
    ("Fujian Jinbu Shoes Co., Ltd. opened a plant. Jinbu Shoes said exports rose.",
     [("ORG", "Fujian Jinbu Shoes Co., Ltd."), ("ORG", "Jinbu Shoes")],
     ["Fujian Jinbu Shoes Co., Ltd.", "Jinbu Shoes"]),
    ("Songxi Hekou Yunxi Tea Professional Cooperative, or Yunxi Cooperative, grew.",
     [("ORG", "Songxi Hekou Yunxi Tea Professional Cooperative"), ("ORG", "Yunxi Cooperative")],
     ["Yunxi Cooperative", "Songxi Hekou Yunxi Tea Professional Cooperative"]),
    ("浙江宏川阀门制造有限公司今年出口增长。宏川阀门董事长表示",
     [("ORG", "浙江宏川阀门制造有限公司"), ("ORG", "宏川阀门")], ["宏川阀门", "浙江宏川阀门制造有限公司"]),
    ("江苏润禾农商银行三季度净息差收窄，润禾银行表示",
     [("ORG", "江苏润禾农商银行"), ("ORG", "润禾银行")], ["江苏润禾农商银行", "润禾银行"]),
    ("惠州市人力资源和社会保障局（市人社局）表示",
     [("ORG", "惠州市人力资源和社会保障局"), ("ORG", "市人社局")], ["惠州市人力资源和社会保障局", "市人社局"]),
    ("岚峰集团（Lanfeng Group）董事长表示", [("ORG", "岚峰集团"), ("ORG", "Lanfeng Group")], ["Lanfeng Group", "岚峰集团"]),
    # a surname in pinyin, in an English paragraph, after the full name in characters
    ("澄川储能董事长邵志远表示，出货量增长三成。\n\nAccording to Shao, a second plant opens in May.",
     [("PERSON", "邵志远"), ("PERSON", "Shao")], ["Shao", "邵志远"]),
    ("清源再生科技股份有限公司（Qingyuan Recycling Technology Co., Ltd.，以下简称“清源再生”）",
     [("ORG", "清源再生科技股份有限公司"), ("ORG", "Qingyuan Recycling Technology Co., Ltd."), ("ORG", "清源再生")],
     ["Qingyuan Recycling Technology Co., Ltd.", "清源再生", "清源再生科技股份有限公司"]),
    ("Wuxi Ruikang Electric Drive Technology Co., Ltd. (hereinafter referred to as \"Ruikang\") said",
     [("ORG", "Wuxi Ruikang Electric Drive Technology Co., Ltd."), ("ORG", "Ruikang")],
     ["Wuxi Ruikang Electric Drive Technology Co., Ltd.", "Ruikang"]),
    ("The East China Photovoltaic Alliance (ECPA) said. ECPA members",
     [("ORG", "East China Photovoltaic Alliance"), ("ORG", "ECPA"), ("ORG", "ECPA")],
     ["East China Photovoltaic Alliance", "ECPA"]),
    ("烟台海嘉冷链物流有限公司 signed. Yantai Haijia Cold Chain Logistics Co., Ltd. said",
     [("ORG", "烟台海嘉冷链物流有限公司"), ("ORG", "Yantai Haijia Cold Chain Logistics Co., Ltd.")],
     ["Yantai Haijia Cold Chain Logistics Co., Ltd.", "烟台海嘉冷链物流有限公司"]),
    ("Shao Chenglin, chairman, said. Shao added", [("PERSON", "Shao Chenglin"), ("PERSON", "Shao")],
     ["Shao", "Shao Chenglin"]),
    ("媒体查询 苏慧琳 Irene So", [("PERSON", "苏慧琳"), ("PERSON", "Irene So")], ["Irene So", "苏慧琳"]),
    # a Chinese name and its English rendering, no bracket between them (pinyin and common words)
    ("宁波港集团有限公司签约。Ningbo Port Group Co., Ltd. signed.",
     [("ORG", "宁波港集团有限公司"), ("ORG", "Ningbo Port Group Co., Ltd.")],
     ["Ningbo Port Group Co., Ltd.", "宁波港集团有限公司"]),
    ("浙江省市场监督管理局表示。The Zhejiang Administration for Market Regulation said",
     [("ORG", "浙江省市场监督管理局"), ("ORG", "Zhejiang Administration for Market Regulation")],
     ["Zhejiang Administration for Market Regulation", "浙江省市场监督管理局"]),
    # an acronym that leaves out the legal form
    ("Contemporary Amperex Technology Co., Limited (CATL) said. CATL added",
     [("ORG", "Contemporary Amperex Technology Co., Limited"), ("ORG", "CATL"), ("ORG", "CATL")],
     ["CATL", "Contemporary Amperex Technology Co., Limited"]),
    ("上海市商务委员会发文。上海市商务委表示", [("ORG", "上海市商务委员会"), ("ORG", "上海市商务委")],
     ["上海市商务委", "上海市商务委员会"]),
    ("海岳集团总裁 Kevin Lau（刘家豪）表示", [("PERSON", "Kevin Lau"), ("PERSON", "刘家豪")], ["Kevin Lau", "刘家豪"]),
])
def test_link_merges_variants_of_one_entity(text, found, together):
    assert sorted(together) in groups(text, found)


@pytest.mark.parametrize("text,found", [
    # "Pingyang" fits two organizations: it joins neither
    ("Pingyang County Economic and Information Bureau and Pingyang Pump and Valve Industry Association met. "
     "Pingyang firms", [("ORG", "Pingyang County Economic and Information Bureau"),
                       ("ORG", "Pingyang Pump and Valve Industry Association"), ("ORG", "Pingyang")]),
    ("Bank of China and China Construction Bank. The bank",
     [("ORG", "Bank of China"), ("ORG", "China Construction Bank")]),
    # a parent group is not a short name of its subsidiary
    ("Tianjin Yuanhang Shipping Co., Ltd. is a unit of Yuanhang Group.",
     [("ORG", "Tianjin Yuanhang Shipping Co., Ltd."), ("ORG", "Yuanhang Group")]),
    ("远航集团旗下天津远航海运有限公司利润下降", [("ORG", "远航集团"), ("ORG", "天津远航海运有限公司")]),
    ("台州市商务局和台州市塑料行业协会", [("ORG", "台州市商务局"), ("ORG", "台州市塑料行业协会")]),
])
def test_link_keeps_distinct_organizations_apart(text, found):
    gs = groups(text, found)
    assert all(len(g) == 1 for g in gs), gs


def test_link_short_name_joins_the_parent_not_a_local_branch():
    text = "德国柏森传动技术集团投资。柏森（昆山）传动技术有限公司总经理说，柏森于2008年落户昆山。"
    found = [("ORG", "德国柏森传动技术集团"), ("ORG", "柏森（昆山）传动技术有限公司"), ("ORG", "柏森")]
    assert sorted(["柏森", "德国柏森传动技术集团"]) in groups(text, found)


def test_link_drops_a_lone_chinese_surname():
    text = "记者王先生说"
    assert groups(text, [("PERSON", "王")]) == []


@pytest.mark.parametrize("text,found,name_key_from", [
    ("岚峰集团（Lanfeng Group Co., Ltd.）", [("ORG", "岚峰集团"), ("ORG", "Lanfeng Group Co., Ltd.")], "Lanfeng Group"),
    ("蒋慧文（Jiang Huiwen）", [("PERSON", "蒋慧文"), ("PERSON", "Jiang Huiwen")], "Jiang Huiwen"),
])
def test_link_id_of_a_two_script_entity_is_the_one_an_english_article_gets(text, found, name_key_from):
    [e] = link_mentions(mentions_in(text, found), text)
    assert e.entity_id == make_entity_id(e.type, entity_key(e.type, name_key_from))


@pytest.mark.parametrize("text,found,name", [
    # an English story that gives the Chinese name once in brackets calls the person by the English name
    ("Ruan Meiyi (阮美怡), head of the tile association, said orders fell. Ruan expects a rebound.",
     [("PERSON", "Ruan Meiyi"), ("PERSON", "阮美怡")], "Ruan Meiyi"),
    # a Chinese story that gives the English name in brackets keeps the Chinese one
    ("岚峰集团（Lanfeng Group Co., Ltd.）今年出口增长三成。", [("ORG", "岚峰集团"), ("ORG", "Lanfeng Group Co., Ltd.")],
     "岚峰集团"),
])
def test_link_names_a_two_script_entity_as_the_article_first_writes_it(text, found, name):
    [e] = link_mentions(mentions_in(text, found), text)
    assert e.name == name


# ---------------------------------------------------------------- the store

def _line(doc, name, aliases=(), typ="ORG"):
    eid = make_entity_id(typ, entity_key(typ, name))
    return {"doc_id": doc, "entity_id": eid, "type": typ, "name": name, "aliases": list(aliases),
            "mentions": [{"start": 0, "end": len(name), "text": name}]}


def _write(folder, ents, claims=()):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "entities.jsonl").write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in ents), "utf-8")
    (folder / "claims.jsonl").write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in claims), "utf-8")


def _read(path):
    return [json.loads(x) for x in path.read_text("utf-8").splitlines()]


def test_link_store_gives_one_id_across_languages(tmp_path):
    """An article that gives 海嘉冷链's English name links the Chinese-only and English-only articles."""
    zh_only = _line("zh1", "烟台海嘉冷链物流有限公司", ["海嘉冷链"])
    en_only = _line("en1", "Yantai Haijia Cold Chain Logistics Co., Ltd.", ["Haijia"])
    both = _line("mix", "烟台海嘉冷链物流有限公司", ["海嘉冷链", "Yantai Haijia Cold Chain Logistics Co., Ltd."])
    other = _line("zh2", "台州市塑料行业协会")
    person = _line("zh3", "蒋慧文", ["Jiang Huiwen"], typ="PERSON")
    claim = {"doc_id": "zh1", "claim_id": "c1", "text": "x", "start": 0, "end": 1,
             "speaker": {"name": "海嘉冷链", "entity_id": zh_only["entity_id"]}, "cue": None, "forecast": False,
             "horizon": None}
    _write(tmp_path, [zh_only, en_only, both, other, person], [claim])
    assert link_store(tmp_path) >= 1
    ents = {e["doc_id"]: e for e in _read(tmp_path / "entities.jsonl")}
    assert ents["zh1"]["entity_id"] == ents["en1"]["entity_id"] == ents["mix"]["entity_id"]
    assert ents["zh2"]["entity_id"] != ents["zh1"]["entity_id"]
    assert ents["zh3"]["entity_id"] == person["entity_id"]
    [c] = _read(tmp_path / "claims.jsonl")
    assert c["speaker"]["entity_id"] == ents["zh1"]["entity_id"]
    before = (tmp_path / "entities.jsonl").read_bytes()
    assert link_store(tmp_path) == 0  # idempotent: nothing left to change
    assert (tmp_path / "entities.jsonl").read_bytes() == before


def test_link_store_merges_an_articles_lines_that_come_to_share_an_id(tmp_path):
    a = _line("d1", "海嘉冷链")
    b = _line("d1", "Haijia Cold Chain")
    both = _line("d2", "海嘉冷链", ["Haijia Cold Chain"])
    _write(tmp_path, [a, b, both])
    link_store(tmp_path)
    d1 = [e for e in _read(tmp_path / "entities.jsonl") if e["doc_id"] == "d1"]
    assert len(d1) == 1 and {d1[0]["name"], *d1[0]["aliases"]} == {"海嘉冷链", "Haijia Cold Chain"}
    assert len(d1[0]["mentions"]) == 2


def test_link_store_does_not_chain_people_through_a_surname(tmp_path):
    """Surnames alone never link: 黄伟 and 黄丽 stay two people even when both articles say 'Huang'."""
    _write(tmp_path, [_line("a", "黄伟", ["Huang Wei", "Huang"], typ="PERSON"),
                      _line("b", "黄丽", ["Huang Li", "Huang"], typ="PERSON")])
    link_store(tmp_path)
    a, b = _read(tmp_path / "entities.jsonl")
    assert a["entity_id"] != b["entity_id"]


def test_link_store_on_a_missing_store_does_nothing(tmp_path):
    assert link_store(tmp_path / "none") == 0


@pytest.mark.slow
def test_link_store_after_a_run_links_single_language_articles(tmp_path, cfg):
    """Three articles in a real run: Chinese only, English only, and one giving both names. After
    `link_store`, every article's line for the company carries one id, and so do the claims' speakers."""
    from pipeline.runner import run

    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a-zh.txt").write_text("海嘉冷链物流有限公司董事长梁启航表示，公司明年将在烟台新建两座冷库。\n", "utf-8")
    (inp / "b-en.txt").write_text("Haijia Cold Chain Logistics Co., Ltd. said on Monday that it will open two "
                                  "warehouses in Yantai next year, according to chairman Liang Qihang.\n", "utf-8")
    (inp / "c-zh.txt").write_text("海嘉冷链物流有限公司（Haijia Cold Chain Logistics Co., Ltd.）今日在烟台签署合资协议。"
                                  "董事长梁启航表示，项目明年投产。\n", "utf-8")
    store = tmp_path / "store"
    run([inp], store, cfg)
    link_store(store)
    docs = {d["doc_id"]: d["source"] for d in _read(store / "documents.jsonl")}
    ids = {}
    for e in _read(store / "entities.jsonl"):
        forms = e["name"] + "".join(e["aliases"])
        if e["type"] == "ORG" and ("海嘉" in forms or "Haijia" in forms):
            ids.setdefault(e["entity_id"], set()).add(docs[e["doc_id"]])
    assert {"a-zh.txt", "b-en.txt", "c-zh.txt"} in ids.values(), ids


@pytest.mark.parametrize("text,found,together", [
    ("The Federation of Harbour and Print Workers, known as Fehap, said it would seek guarantees.",
     [("ORG", "Federation of Harbour and Print Workers"), ("ORG", "Fehap")],
     ["Federation of Harbour and Print Workers", "Fehap"]),
    ("Norland Port Authority, also known as Norport, raised fees.",
     [("ORG", "Norland Port Authority"), ("ORG", "Norport")], ["Norland Port Authority", "Norport"]),
])
def test_link_known_as_names_one_organization(text, found, together):
    assert sorted(together) in groups(text, found)


@pytest.mark.parametrize("text,found,together", [
    # every English word is the pinyin of a part of the Chinese name or the usual rendering of one of its trades
    ("Jiaxing Hengda Ceramics Co., Ltd. exports tiles. 嘉兴恒达陶瓷有限公司总经理说，出口增长。",
     [("ORG", "Jiaxing Hengda Ceramics Co., Ltd."), ("ORG", "嘉兴恒达陶瓷有限公司")],
     ["Jiaxing Hengda Ceramics Co., Ltd.", "嘉兴恒达陶瓷有限公司"]),
    ("Ningbo Haiyue Home Furnishing opened a showroom. 宁波海悦家居表示，欧洲订单回暖。",
     [("ORG", "Ningbo Haiyue Home Furnishing"), ("ORG", "宁波海悦家居")], ["Ningbo Haiyue Home Furnishing", "宁波海悦家居"]),
])
def test_link_translated_trade_words_join_both_scripts(text, found, together):
    assert sorted(together) in groups(text, found)


def test_link_a_short_name_joins_the_company_the_story_is_about():
    text = ("Kelvara Mobile Technology Co., Ltd. launched a phone. Kelvara Mobile said sales rose. Kelvara Mobile "
            "expects growth, and its subsidiary Kelvara Silicon made the chip. Kelvara shipped 38 million phones.")
    found = [("ORG", "Kelvara Mobile Technology Co., Ltd."), ("ORG", "Kelvara Mobile"), ("ORG", "Kelvara Mobile"),
             ("ORG", "Kelvara Silicon"), ("ORG", "Kelvara")]
    got = groups(text, found)
    assert ["Kelvara", "Kelvara Mobile", "Kelvara Mobile Technology Co., Ltd."] in got
    assert ["Kelvara Silicon"] in got


@pytest.mark.parametrize("text,found,together", [
    ("中国人民银行11月18日宣布降准。央行表示，将保持流动性合理充裕。",
     [("ORG", "中国人民银行"), ("ORG", "央行")], ["中国人民银行", "央行"]),
    ("The People's Bank of China cut rates on Monday. The PBOC said liquidity would stay ample.",
     [("ORG", "People's Bank of China"), ("ORG", "PBOC")], ["PBOC", "People's Bank of China"]),
    ("国家发展和改革委员会印发通知。发改委有关负责人表示，将加快项目审批。",
     [("ORG", "国家发展和改革委员会"), ("ORG", "发改委")], ["发改委", "国家发展和改革委员会"]),
])
def test_link_usual_short_names_of_national_bodies(text, found, together):
    assert sorted(together) in groups(text, found)


@pytest.mark.parametrize("text,found,together", [
    # the brand whole, then its trade clipped: 创业投资 as 创投, 厨房电器 as 厨电
    ("岳汀创业投资管理有限公司领投本轮融资。岳汀创投合伙人称，窗口正在临近。",
     [("ORG", "岳汀创业投资管理有限公司"), ("ORG", "岳汀创投")], ["岳汀创业投资管理有限公司", "岳汀创投"]),
    ("广东科岚厨房电器有限公司的展位吸引了客商。科岚厨电接到了订单。",
     [("ORG", "广东科岚厨房电器有限公司"), ("ORG", "科岚厨电")], ["广东科岚厨房电器有限公司", "科岚厨电"]),
])
def test_a_short_name_with_its_trade_clipped_is_the_firm(text, found, together):
    assert together in groups(text, found)


def test_a_clipped_name_of_another_brand_is_not_the_firm():
    text = "华岚技术有限公司发布新品。华岚终端表示销量增长。"
    assert ["华岚终端"] in groups(text, [("ORG", "华岚技术有限公司"), ("ORG", "华岚终端")])
