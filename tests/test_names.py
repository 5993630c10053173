"""Name keys: what makes two ways of writing a name the same entity, within an article and across languages."""
import pytest

from pipeline.names import (acronym, chinese_name_pinyin, entity_key, is_pinyin_word, normalize, org_key,
                            person_key)


@pytest.mark.parametrize("a,b", [
    ("蒋慧文", "Jiang Huiwen"),
    ("蒋慧文", "Huiwen Jiang"),
    ("何 丽萍", "He Liping"),
    ("曾庆红", "Zeng Qinghong"),  # 曾 as a surname is Zeng, not Ceng
    ("单雄", "Shan Xiong"),
    ("欧阳明", "Ouyang Ming"),
    ("Shao Chenglin", "SHAO Chenglin"),
])
def test_names_person_key_links_chinese_and_pinyin(a, b):
    assert person_key(a) == person_key(b)


@pytest.mark.parametrize("a,b", [
    ("蒋慧文", "Jiang Huiwei"),
    ("Wang Wei", "Wang Lei"),
])
def test_names_person_key_keeps_different_people_apart(a, b):
    assert person_key(a) != person_key(b)


@pytest.mark.parametrize("a,b", [
    ("Lanfeng Group Co., Ltd.", "Lanfeng Group"),
    ("Lanfeng Group Co.,Ltd.", "the Lanfeng Group"),
    ("岚峰集团有限公司", "岚峰集团"),
    ("浙江华信股份有限公司", "浙江华信"),
    ("Falkner Fördertechnik GmbH", "Falkner Fördertechnik"),
])
def test_names_org_key_drops_legal_forms(a, b):
    assert org_key(a) == org_key(b)


@pytest.mark.parametrize("name,expected", [
    ("蒋慧文", "jiang huiwen"),
    ("曾志伟", "zeng zhiwei"),
    ("司马光", "sima guang"),
])
def test_names_chinese_name_pinyin_uses_the_surname_table(name, expected):
    assert chinese_name_pinyin(name) == expected


@pytest.mark.parametrize("word,expected", [
    ("Rongyu", True), ("Minglu", True), ("Haijia", True), ("Xi'an", True),
    ("Valve", False), ("Dyeing", False), ("Information", False), ("Vogt", False),
])
def test_names_is_pinyin_word(word, expected):
    assert is_pinyin_word(word) is expected


@pytest.mark.parametrize("text,expected", [
    ("&quot;Lanfeng Group&quot;", "lanfeng group"),
    ("The Taizhou Plastics Industry Association", "taizhou plastics industry association"),
    ("何 丽萍", "何丽萍"),
    ("“台州市塑料行业协会”", "台州市塑料行业协会"),
])
def test_names_normalize_follows_the_labels_rules(text, expected):
    assert normalize(text) == expected


@pytest.mark.parametrize("name,expected", [
    ("East China Photovoltaic Alliance", "ECPA"),
    ("Bank of China", "BC"),
    ("Haoteng", ""),
])
def test_names_acronym(name, expected):
    assert acronym(name) == expected


def test_names_entity_key_by_type():
    assert entity_key("PERSON", "蒋慧文") == entity_key("PERSON", "Jiang Huiwen")
    assert entity_key("ORG", "Lanfeng Group Co., Ltd.") == "lanfeng"
