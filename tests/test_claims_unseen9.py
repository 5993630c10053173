"""Claim shapes from a ninth round of unseen news: a translated "It is reported that, …" whose comma kept the
frame from its content, and a company that "now targets" an output date in the article's own voice. Invented
names and sentences."""


def test_it_is_reported_that_with_a_comma_gives_what_was_reported(claims_of):
    got = claims_of("It is reported that, the 2024 Lanxi Small Home Appliance Expo will be held in October, expected "
                    "to attract more than 500 exhibitors.")
    assert got and all(text != "It is reported that" for text, _speaker, _forecast in got)
    assert any("Expo will be held in October" in text and forecast for text, _speaker, forecast in got)


def test_a_company_that_now_targets_a_date_looks_forward(claims_of):
    got = claims_of("Tarrow Lithium cut its guidance again. The company now targets first battery-grade product in "
                    "the March quarter of 2026.")
    assert ("The company now targets first battery-grade product in the March quarter of 2026", None, True) in got


def test_targets_as_a_noun_in_the_past_is_no_forecast(claims_of):
    assert not any(forecast for _t, _s, forecast in claims_of("Last year the targets were met and sales rose 8%."))
