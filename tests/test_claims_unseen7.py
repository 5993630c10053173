"""Claim shapes from a seventh round of unseen news: "analysts see X rising …" as a forecast, an English
quote with a Chinese cue between its parts, a source named alone before a colon whose quote is the next
paragraph, a Latin surname with a particle as a source, and an unnamed source whose description names a
firm. Invented names and sentences."""
import pytest

CASES = [
    pytest.param("Analysts see Lekki's container throughput rising about 18 percent this year as shipping lines divert "
                 "cargo from congested terminals.",
                 [("Lekki's container throughput rising about 18 percent this year as shipping lines divert cargo from "
                   "congested terminals", None, True)], id="analysts-see-x-rising"),
    pytest.param("I saw the workers leaving the plant.", [], id="a-past-sight-is-no-forecast"),
    pytest.param("They see the workers leaving the plant every day.", [], id="a-habit-is-no-forecast"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_claims_unseen7(claims_of, text, expected):
    assert claims_of(text) == expected


def test_an_english_quote_with_a_chinese_cue_between_its_parts(claims_of):
    text = ("　　栖原户外创始人祁一帆表示，本轮融资将主要用于海外渠道拓展。\n\n"
            "　　\"Qiyuan is one of the few Chinese outdoor brands with real pricing power,\" Larchfield Capital Partners"
            "董事总经理Thomas Harrowby在接受本报记者采访时说，\"Its stores abroad doubled this year.\"")
    got = claims_of(text)
    assert ("Qiyuan is one of the few Chinese outdoor brands with real pricing power", "Thomas Harrowby", False) in got
    assert ("Its stores abroad doubled this year", "Thomas Harrowby", False) in got


def test_a_source_alone_before_a_colon_speaks_the_next_paragraphs_quote(claims_of):
    text = ("　　江西晟原光伏科技股份有限公司发布公告称，公司与葡萄牙能源企业Solvento Energia SA签订组件供货合同。\n\n"
            "　　Solvento在其官网发布的英文声明中表示：\n\n"
            "　　\"The modules will be installed at our Alentejo projects, which are expected to reach commercial "
            "operation by the end of 2026. We had originally planned to source part of the volume from European "
            "suppliers, but local capacity remains insufficient.\"")
    got = claims_of(text)
    assert ("The modules will be installed at our Alentejo projects, which are expected to reach commercial operation "
            "by the end of 2026", "Solvento Energia SA", True) in got
    assert ("We had originally planned to source part of the volume from European suppliers, but local capacity "
            "remains insufficient", "Solvento Energia SA", False) in got


def test_a_latin_surname_with_a_particle_as_a_source(claims_of):
    text = ("　　“我们希望把荷兰的种植标准带到这里。”Verdant Glass CEO Pieter van Loon在开工仪式上表示。"
            "van Loon说，未来五年中国市场有望成为公司的第二大市场。")
    assert ("未来五年中国市场有望成为公司的第二大市场", "Pieter van Loon", True) in claims_of(text)


def test_an_unnamed_source_whose_description_names_a_firm(claims_of):
    text = ("　　德国传动企业Vorlaufen Antriebe GmbH去年在平湖投产。不过，一家为Vorlaufen配套的本地零部件企业负责人坦言，"
            "德企对供应商的质量体系要求严格。")
    got = claims_of(text)
    assert ("德企对供应商的质量体系要求严格", None, False) in got


@pytest.mark.parametrize("text,expected", [
    pytest.param("Jan Vos, an analyst at Rabo, said the run is unlikely to last beyond the end of winter.",
                 [("the run is unlikely to last beyond the end of winter", "Jan Vos", True)], id="is-unlikely-to"),
    pytest.param("The group had already met its target of 30 per cent by FY2026, and now aims for 40 per cent by FY2028, "
                 "said chief financial officer Nurul Aini Salleh.",
                 [("The group had already met its target of 30 per cent by FY2026", "Nurul Aini Salleh", False),
                  ("now aims for 40 per cent by FY2028", "Nurul Aini Salleh", True)], id="now-aims-for"),
    pytest.param("Pruitt will appeal, general counsel Bradley Nnaji said in an emailed statement.",
                 [("Pruitt will appeal", "Bradley Nnaji", True)], id="three-words-then-the-source"),
    pytest.param("訾国平透露，开发区正在规划建设储能产业园，重点引进正负极材料、隔膜等上下游配套企业，目标是“十五五”期间形成千亿级"
                 "新能源产业集群。", [("开发区正在规划建设储能产业园，重点引进正负极材料、隔膜等上下游配套企业", "訾国平", False),
                                    ("目标是“十五五”期间形成千亿级新能源产业集群", "訾国平", True)],
                 id="work-under-way-in-two-clauses"),
])
def test_forecast_shapes(claims_of, text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("Weng said that at the beginning of the year he had expected the spring tea price this year could "
                 "exceed 1,000 yuan per jin.",
                 [("at the beginning of the year he had expected the spring tea price this year could exceed 1,000 yuan "
                   "per jin", "Weng", False)], id="had-expected-could"),
    pytest.param("Yue said the company originally planned to launch the upgraded model in March this year.",
                 [("the company originally planned to launch the upgraded model in March this year", "Yue", False)],
                 id="originally-planned"),
    pytest.param("The centre said its new plant, originally scheduled to open this month, would now open in February.",
                 [("its new plant, originally scheduled to open this month, would now open in February", None, True)],
                 id="the-old-date-then-the-new-one"),
])
def test_past_expectations(claims_of, text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("嚴瑞麟指出，公司今年營收預估年減約8%。", [("公司今年營收預估年減約8%", "嚴瑞麟", True)], id="預估"),
    pytest.param("甄立行表示，價格戰恐怕很難避免。", [("價格戰恐怕很難避免", "甄立行", True)], id="恐怕很難"),
    pytest.param("顧振邦表示，崴峰明年每股純益可望回升至2.5元。", [("崴峰明年每股純益可望回升至2.5元", "顧振邦", True)],
                 id="可望"),
    pytest.param("臨江市統計局表示，第二季經濟按年增長2.9%，略高於預估的2.6%。",
                 [("第二季經濟按年增長2.9%，略高於預估的2.6%", "臨江市統計局", False)], id="higher-than-the-estimate"),
])
def test_hong_kong_and_taiwan_forecast_words(claims_of, text, expected):
    assert claims_of(text) == expected
