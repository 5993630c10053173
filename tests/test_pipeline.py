"""Whole-pipeline behaviour a user would notice, on our own samples and (when present) the seed article."""
import pytest

from conftest import SAMPLES, SHARED, check_store, read_jsonl

import pipeline

SEED = SHARED / "samples" / "raw"


def test_pipeline_sample_store_keeps_the_contract(sample_store):
    assert check_store(sample_store, SAMPLES) == []
    docs = read_jsonl(sample_store / "documents.jsonl")
    assert len(docs) == len(list(SAMPLES.glob("*.txt"))) >= 20
    assert {d["lang"] for d in docs} >= {"en", "zh"}
    assert {d["encoding"] for d in docs} >= {"utf-8", "gb18030"}
    assert sum(1 for d in docs if d["removed"]) >= 10
    manifest = (sample_store / "manifest.json").read_text()
    assert '"schema_version"' in manifest and '"complete"' in manifest


def test_pipeline_links_a_person_across_languages(sample_store):
    """The same person named in an English and a Chinese article shares one entity_id (pinyin key)."""
    ents = read_jsonl(sample_store / "entities.jsonl")
    docs = {d["doc_id"]: d["lang"] for d in read_jsonl(sample_store / "documents.jsonl")}
    langs_by_id = {}
    for e in ents:
        if e["type"] == "PERSON":
            langs_by_id.setdefault(e["entity_id"], set()).add(docs[e["doc_id"]])
    assert any(langs >= {"en", "zh"} for langs in langs_by_id.values())


def test_pipeline_links_an_organization_across_languages(sample_store):
    """An organization named in an English and a Chinese article shares one entity_id: the Chinese article
    gives its English name in brackets (清源再生科技股份有限公司（Qingyuan Recycling Technology Co., Ltd.…）)."""
    ents = read_jsonl(sample_store / "entities.jsonl")
    docs = {d["doc_id"]: d["lang"] for d in read_jsonl(sample_store / "documents.jsonl")}
    langs_by_id, names_by_id = {}, {}
    for e in ents:
        if e["type"] == "ORG":
            langs_by_id.setdefault(e["entity_id"], set()).add(docs[e["doc_id"]])
            names_by_id.setdefault(e["entity_id"], set()).add(e["name"])
    linked = [names_by_id[i] for i, langs in langs_by_id.items() if langs >= {"en", "zh"}]
    assert any({"Qingyuan Recycling Technology Co., Ltd.", "清源再生科技股份有限公司"} <= names for names in linked), linked


@pytest.mark.parametrize("text,speaker,forecast", [
    ("Li Ming, general manager of Huaxin Valve Co., Ltd., said in an interview that in the next five years "
     "the company will double its exports to Europe.", "Li Ming", True),
    ("“We have enough orders for the whole year,” said Zhao Lan, chairwoman of the Jinhua Textile Association.",
     "Zhao Lan", False),
    ("Wang Qiang founded Dongsheng Group in 1998. He said that the group will open two plants next year.",
     "Wang Qiang", True),
])
def test_pipeline_english_claims_have_speakers(text, speaker, forecast):
    a = pipeline.process_text(text)
    assert a.claims, text
    c = a.claims[-1]
    assert c.speaker is not None and c.speaker.name == speaker
    assert c.forecast is forecast
    assert text[c.start:c.end] == c.text


@pytest.mark.parametrize("text,speaker", [
    ("温州市鞋革行业协会会长张伟表示，未来五年温州鞋业将加快转型升级。", "张伟"),
    ("华信阀门有限公司董事长李明在接受记者采访时说，公司明年将新建两条生产线。", "李明"),
    ("王芳是华信集团的总经理。她说，今年下半年订单有望回暖。", "王芳"),
])
def test_pipeline_chinese_claims_have_speakers(text, speaker):
    a = pipeline.process_text(text)
    assert a.claims
    c = a.claims[-1]
    assert c.speaker is not None and c.speaker.name == speaker
    assert c.forecast and c.horizon is not None


def test_pipeline_removes_an_ad_block_and_keeps_the_story():
    text = ("Sun Hua, chairman of Kaiyuan Lighting Group, said that exports will rise by 20 percent next year.\n\n"
            "The company employs 3,000 workers in Ningbo and ships to 40 countries.\n\n"
            "LED Strip Light\n\nLED Strip Light,RGB Strip,Waterproof Strip Light,Neon Flex\n\n"
            "Shenzhen Brightway Co., Ltd. , http://www.brightway-led.com")
    a = pipeline.process_text(text)
    removed = " ".join(r.text for r in a.removed)
    assert "Waterproof Strip Light" in removed and "brightway-led.com" in removed
    assert "3,000 workers" not in removed
    assert "Brightway" not in {e.name for e in a.entities}


@pytest.mark.skipif(not SEED.exists(), reason="../shared/samples is not here")
def test_pipeline_seed_article(tmp_path, cfg):
    from pipeline.runner import run

    run([SEED], tmp_path / "s", cfg)
    assert check_store(tmp_path / "s", SEED) == []
    doc = read_jsonl(tmp_path / "s" / "documents.jsonl")[0]
    removed = "".join(r["text"] for r in doc["removed"])
    assert "Polymer Clay" in removed and "shbirthdaycandle.com" in removed
    ents = read_jsonl(tmp_path / "s" / "entities.jsonl")
    persons = {e["name"] for e in ents if e["type"] == "PERSON"}
    assert {"Xie Yufang", "Pan Jianzhong"} <= persons
    assert not any("White Candles" in e["name"] for e in ents)
    claims = read_jsonl(tmp_path / "s" / "claims.jsonl")
    pan = [c for c in claims if "20 to 30 years" in c["text"]]
    assert pan and pan[0]["speaker"]["name"] == "Pan Jianzhong" and pan[0]["forecast"]


def test_pipeline_load_gives_dataframes(sample_store):
    s = pipeline.load(sample_store)
    assert len(s.documents) >= 20 and {"doc_id", "lang", "text"} <= set(s.documents.columns)
    assert {"entity_id", "name", "mention_count"} <= set(s.entities.columns)
    assert "speaker_name" in s.claims.columns


def test_pipeline_process_text_rejects_unknown_language():
    with pytest.raises(ValueError, match="supported"):
        pipeline.process_text("hello", lang="fr")


@pytest.mark.parametrize("setting", ["spam.enabled=false", "spam.keep_spam=true"])
def test_pipeline_without_spam_removal_still_extracts(setting):
    from pipeline.config import load_config

    text = ("Li Ming, chairman of Huaxin Group, said exports will double by 2030.\n\n"
            "LED Strip Light,RGB Strip,Waterproof Strip Light, http://www.example-led.com")
    a = pipeline.process_text(text, config=load_config(overrides=[setting]))
    assert a.removed == ()
    assert "Li Ming" in {e.name for e in a.entities}
    assert a.claims and a.claims[0].speaker.name == "Li Ming"
