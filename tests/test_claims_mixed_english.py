"""English sentences of mixed and English news: a second view after a concession (", though she warned
that …"), a company named by the word after its city ("Qinfeng" for "Dongguan Qinfeng Circuit Technology
Co., Ltd."), and the company's own report as its source. Invented names and sentences."""
import pytest

CASES = [
    pytest.param("Cheryl Wu, chief economist at Harbour Crest Bank, expects one-month HIBOR to ease to around 3.5% by "
                 "year-end, though she warned that a weaker yuan could bring volatility back.",
                 [("one-month HIBOR to ease to around 3.5% by year-end", "Cheryl Wu", True),
                  ("a weaker yuan could bring volatility back", "Cheryl Wu", True)], id="though-she-warned-that"),
    pytest.param("In a workshop lined with air fryers, Shen Jiawen (沈家文) scrolls through an order list on his phone. The "
                 "general manager of Cixi Qinfeng Electric Appliance Co., Ltd. (慈溪青峰电器有限公司) said that orders from "
                 "Saudi Arabia have tripled since January.",
                 [("orders from Saudi Arabia have tripled since January", "Shen Jiawen", False)],
                 id="the-general-manager-of-a-company-with-its-chinese-name"),
    pytest.param("Qinghe Park said that from next January, qualified projects can enjoy a discount of up to 30 percent "
                 "on land price.",
                 [("from next January, qualified projects can enjoy a discount of up to 30 percent on land price",
                   "Qinghe Park", True)], id="from-next-january"),
    pytest.param("Dongguan Qinfeng Circuit Technology Co., Ltd. will build a plant in Vietnam. Qinfeng said the plant is "
                 "expected to start trial production in the third quarter of 2026.",
                 [("Dongguan Qinfeng Circuit Technology Co., Ltd. will build a plant in Vietnam", None, True),
                  ("the plant is expected to start trial production in the third quarter of 2026",
                   "Dongguan Qinfeng Circuit Technology Co., Ltd.", True)], id="the-name-after-its-city"),
    pytest.param("Dongguan Qinfeng Circuit Technology Co., Ltd. reported results on Monday. According to the company's "
                 "interim report, revenue rose 12.4 percent to 3.86 billion yuan in the first half.",
                 [("revenue rose 12.4 percent to 3.86 billion yuan in the first half",
                   "Dongguan Qinfeng Circuit Technology Co., Ltd.", False)], id="the-companys-own-report"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_claims_mixed_english(claims_of, text, expected):
    assert claims_of(text) == expected
