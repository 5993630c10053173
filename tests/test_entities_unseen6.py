"""Entity error shapes from a sixth round of unseen news: two Chinese bodies LAC reads as one because the
first acts with the second (X联合Y), an organization glued to the conjunction and bare word after it
(X支行与协会), and a count after a list of groups (…三大集团). Every name here is invented.
"""
import pytest
from conftest import found_and_not_found


@pytest.mark.parametrize("text,wanted,unwanted", [
    # one body acting with another, in a list: two bodies
    ("今年以来，县财政局联合国家开发银行临溪市分行、临溪农村商业银行等金融机构，为重点项目累计融资80亿元。",
     {("ORG", "国家开发银行临溪市分行"), ("ORG", "临溪农村商业银行")},
     {("ORG", "县财政局联合国家开发银行临溪市分行")}),
    # the United Nations is no "联合"
    ("联合国开发计划署和商务部联合发布报告。", {("ORG", "联合国开发计划署"), ("ORG", "商务部")}, set()),
    # a branch, then "与" and a bare "协会": the branch only
    ("会上还举行了青屿银行滨江路支行与协会的授信签约仪式。", {("ORG", "青屿银行滨江路支行")},
     {("ORG", "青屿银行滨江路支行与协会")}),
    # a name joined by 与 inside it stays whole
    ("南溪大学建筑与城市规划学院副教授邱明远则认为，关键在于长期运营。",
     {("ORG", "南溪大学建筑与城市规划学院")}, set()),
    # a count after the groups it counts
    ("全市将把9家市属国企整合为澄江城市发展集团、澄江产业投资集团和澄江文旅康养集团三大集团。他指出，重组后三大集团"
     "总资产将超过2100亿元。",
     {("ORG", "澄江文旅康养集团")}, {("ORG", "澄江文旅康养集团三大集团"), ("ORG", "三大集团"), ("ORG", "三大")}),
])
def test_chinese_bodies_side_by_side(extract, text, wanted, unwanted):
    found_and_not_found(extract(text, lang="zh"), wanted, unwanted)
