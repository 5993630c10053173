"""Claim shapes from a tenth round of unseen news, most of them about forecasts. Chinese: a chain of forward clauses
is one statement even when it goes on with 并将 or with 力争 and a period (力争2027年全部建成, 力争“十五五”末…); a plan
that opens a clause after a fact is told (…已完成封顶，计划于…开始…) is a plan, not a plan named; 会 after a time
(我们上半年会…) and 恐 before a verb (恐难以实现) look forward. English: "remained on track to", guidance given with
"guided for", a cue that ends its own clause ("The official in charge of the bureau said, the district will …"), a
plan of the past ("was originally planned to"), orders booked until a month ahead, a present condition with the span
its outcome takes, a hyphenated name as the source of "… and said". Invented names and sentences."""
import pytest


@pytest.mark.parametrize("text,claim", [
    ("覃立岳说，集团还计划投资5亿元，在湖边建设一座可容纳2000辆车的停车场，力争2028年全部建成。",
     "集团还计划投资5亿元，在湖边建设一座可容纳2000辆车的停车场，力争2028年全部建成"),
    ("沭湾县县长表示，沭湾将加快融入都市圈，规划建设沭湾至甬江城际铁路，力争“十五五”末实现县城到省城1小时通达。",
     "沭湾将加快融入都市圈，规划建设沭湾至甬江城际铁路，力争“十五五”末实现县城到省城1小时通达"),
    ("晏秋林说，溆港将继续落实购房补贴政策，并将于3月1日起把公积金贷款最高额度提高至100万元。",
     "溆港将继续落实购房补贴政策，并将于3月1日起把公积金贷款最高额度提高至100万元"),
])
def test_a_chain_of_forward_clauses_is_one_forecast(claims_of, text, claim):
    got = claims_of(text)
    assert [(t, f) for t, _s, f in got] == [(claim, True)]


def test_a_plan_opening_a_clause_after_a_fact_is_split_off_as_a_forecast(claims_of):
    got = claims_of("公告还显示，公司12英寸晶圆厂扩建项目已完成主体结构封顶，计划于2027年二季度开始设备搬入。")
    assert [(t, f) for t, _s, f in got] == [("公司12英寸晶圆厂扩建项目已完成主体结构封顶", False),
                                            ("计划于2027年二季度开始设备搬入", True)]


@pytest.mark.parametrize("text", [
    "沭湾置业董事长晏秋林说：“如果市场回暖的势头能保持，我们上半年会把湖滨片区的项目推出来。”",
    "有业内人士指出，若回程货源不足的问题得不到解决，每年500列的目标恐难以实现。",
])
def test_will_after_a_time_and_a_feared_outcome_look_forward(claims_of, text):
    assert [f for _t, _s, f in claims_of(text)] == [True]


def test_the_annual_meeting_is_still_no_will(claims_of):
    got = claims_of("晏秋林表示，公司年会在杭州举行，来自全国的经销商参加了会议。")
    assert not any(f for _t, _s, f in got)


def test_remained_on_track_to_looks_forward(claims_of):
    got = claims_of("Corvenna Energy said on Tuesday the company remained on track to close the plant in 2029 and "
                    "would offer new jobs to all 200 workers at the site.")
    assert got and all(f for _t, _s, f in got)


def test_guidance_given_with_guided_for_is_a_forecast_of_its_giver(claims_of):
    got = claims_of("Chief Financial Officer Ysolde Farnaby-Quistorp guided for a net interest margin of 3.1 to 3.3 "
                    "percent in the fourth quarter and said the bank expected loan growth in the low single digits "
                    "next year.")
    assert ("a net interest margin of 3.1 to 3.3 percent in the fourth quarter", "Ysolde Farnaby-Quistorp", True) in got
    assert ("the bank expected loan growth in the low single digits next year", "Ysolde Farnaby-Quistorp", True) in got


def test_a_cue_that_ends_its_own_clause_is_no_content(claims_of):
    got = claims_of("The relevant person in charge of Wexhollow District Economic Bureau said, the district will build a "
                    "mould testing platform, expected to be completed at the end of this year.")
    assert [(t, f) for t, _s, f in got] == [
        ("the district will build a mould testing platform, expected to be completed at the end of this year", True)]


@pytest.mark.parametrize("text", [
    "The project was originally planned to start construction in 2023, but it was postponed to this year because "
    "a customer changed its model.",
    '"At present, our orders are scheduled until March next year, the workers are on three shifts," Osric Thelwick, '
    'the chairman of Dunmarrow Castings, told reporters.',
])
def test_a_past_plan_and_orders_booked_ahead_are_no_forecast(claims_of, text):
    assert not any(f for _t, _s, f in claims_of(text))


def test_a_present_condition_with_the_span_its_outcome_takes_is_a_forecast(claims_of):
    got = claims_of('"If contract prices hold at current levels, a second line pays for itself in under four years," '
                    'Odile Marchbank told analysts.')
    assert [f for _t, _s, f in got] == [True]


def test_a_past_condition_with_a_span_is_no_forecast(claims_of):
    got = claims_of('"If you look back, our sales doubled in three years," Odile Marchbank told analysts.')
    assert not any(f for _t, _s, f in got)


@pytest.mark.parametrize("text,parts", [
    ("晏总透露，公司正在与一家连锁商超洽谈合作，如果谈成，明年销售额有望突破3亿元。",
     [("公司正在与一家连锁商超洽谈合作", False), ("如果谈成，明年销售额有望突破3亿元", True)]),
    ("晏秋林承認，原定今年11月舉行的五金展因場地檔期問題已經押後，改於明年5月舉行。",
     [("原定今年11月舉行的五金展因場地檔期問題已經押後", False), ("改於明年5月舉行", True)]),
])
def test_what_is_done_or_under_way_is_split_from_what_follows_it(claims_of, text, parts):
    assert [(t, f) for t, _s, f in claims_of(text)] == parts


def test_a_trend_that_is_the_premise_of_an_outlook_stays_with_it(claims_of):
    got = claims_of("业内人士认为，近年来沭湾梨的种植面积持续扩大，如果深加工跟不上，明后年可能出现丰产不丰收的局面。")
    assert [f for _t, _s, f in got] == [True]


@pytest.mark.parametrize("text,forecast", [
    ("沭湾村党支部书记晏德旺说：“估计今年分红能超过100万元。”", True),
    ("晏德旺说，估计有200多名村民参加了培训。", False),
    ("他说，去年全县重大项目实际完成投资886亿元，超出年初计划4.2个百分点。", False),
    ("“我们原来计划在墨西哥建厂，后来考虑到贸易政策的不确定性，暂时搁置了。”晏德旺说。", False),
    ("晏德旺说，今年以来，海外市场的订单增长超过30%，我们对未来充满信心。", False),
])
def test_an_estimate_ahead_looks_forward_and_plans_or_moods_of_now_do_not(claims_of, text, forecast):
    assert [f for _t, _s, f in claims_of(text)] == [forecast]


def test_a_year_end_near_and_an_outlook_report_are_no_forecast(claims_of):
    assert not claims_of("年末将至，多家券商陆续发布2026年宏观经济展望。")


@pytest.mark.parametrize("text,parts", [
    ("分析师认为，今年內地半導體設備國產化率約為25%，預估到2028年將升至35%以上。",
     [("今年內地半導體設備國產化率約為25%", False), ("預估到2028年將升至35%以上", True)]),
    ("据了解，沭湾制药首个创新药已于今年6月提交上市申请，公司预计该药有望在2027年上半年获批。",
     [("沭湾制药首个创新药已于今年6月提交上市申请", False), ("公司预计该药有望在2027年上半年获批", True)]),
])
def test_a_fact_of_now_is_split_from_the_estimate_after_it(claims_of, text, parts):
    assert [(t, f) for t, _s, f in claims_of(text)] == parts


@pytest.mark.parametrize("text,forecast", [
    ("Kerubo said the plant should be certified for good manufacturing practice by the end of the year.", True),
    ("Ciarda Kiely said the investment would have a knock-on effect for suppliers across the region.", True),
    ("Ciarda Kiely said the firm would have made a profit without the strike.", False),
    ("Ciarda Kiely said owners should stop using the heaters.", False),
])
def test_should_with_a_deadline_and_would_have_with_an_object_look_forward(claims_of, text, forecast):
    assert [f for _t, _s, f in claims_of(text)] == [forecast]


def test_an_own_voice_sentence_starts_at_its_forecast_after_a_fact_and(claims_of):
    got = claims_of("Dunmarrow Medical is also in talks with a local college about a training course for technicians, "
                    "and the first students are expected to start in September.")
    assert [(t, f) for t, _s, f in got] == [("the first students are expected to start in September", True)]


INTERVIEW = ("专访沭湾电机总经理晏鸣川：明年海外营收占比力争超过三成\n\n"
             "本刊记者近日专访了沭湾电机科技有限公司总经理晏鸣川。\n\n"
             "记者：今年以来整车价格战激烈，对零部件企业影响大吗？\n\n"
             "晏鸣川：主机厂每年都会要求年降，今年的幅度在5%到8%之间。我们前三季度出货量增长了45%，整体利润还是增长的。\n\n"
             "记者：明年呢？\n\n"
             "晏鸣川：按照目前的排产，全年出货量预计在95万套左右。明年我们的目标是突破150万套。\n")


def test_an_interviews_answers_are_claims_of_the_one_who_answers(claims_of):
    got = claims_of(INTERVIEW)
    assert ("主机厂每年都会要求年降，今年的幅度在5%到8%之间", "晏鸣川", False) in got
    assert ("我们前三季度出货量增长了45%，整体利润还是增长的", "晏鸣川", False) in got
    assert ("明年我们的目标是突破150万套", "晏鸣川", True) in got
    assert ("明年海外营收占比力争超过三成", "晏鸣川", True) in got  # the headline names its titled source
    assert not any(t.startswith(("今年以来整车价格战", "明年呢")) for t, _s, _f in got)  # questions are no claims


def test_a_view_taken_from_stays_with_what_it_sees_and_a_new_date_is_split_from_the_old_plan(claims_of):
    got = claims_of("晏鸣川说，从11月的订单情况看，明年这种态势恐怕还会持续。")
    assert [t for t, _s, _f in got] == ["从11月的订单情况看，明年这种态势恐怕还会持续"]
    got = claims_of("晏鸣川说，沭湾电机在匈牙利的工厂原计划今年投产，现在调整为明年三季度投产。")
    assert [(t, f) for t, _s, f in got] == [("沭湾电机在匈牙利的工厂原计划今年投产", False),
                                            ("现在调整为明年三季度投产", True)]


INTERVIEW_EN = ("Q&A: Wexhollow Storage chief on guidance and a new hub\n\n"
                "By Ysolde Farnaby\n\n"
                "Chief executive Osric Thelwick, who took over in 2021, sat down with us to talk about the year ahead.\n\n"
                "Q: What are you guiding for fiscal 2026?\n\n"
                "A: We see revenue of $440 million to $455 million for fiscal 2026. We grew revenue about 9 percent "
                "last year and occupancy stayed above 85 percent at most of our sites.\n\n"
                "Q: Any acquisitions coming?\n\n"
                "A: Better than we feared. The new hub is scheduled to open in the spring of 2028.\n")


def test_an_english_interviews_answers_are_the_interviewees_claims(claims_of):
    got = claims_of(INTERVIEW_EN)
    assert ("We see revenue of $440 million to $455 million for fiscal 2026", "Osric Thelwick", True) in got
    assert ("We grew revenue about 9 percent last year and occupancy stayed above 85 percent at most of our sites",
            "Osric Thelwick", False) in got
    assert ("The new hub is scheduled to open in the spring of 2028", "Osric Thelwick", True) in got
    assert not any(t.startswith(("What are you", "Any acquisitions", "Better than")) for t, _s, _f in got)


def test_a_chinese_answer_after_da_is_the_interviewees(claims_of):
    got = claims_of("本刊记者近日专访了沭湾电机科技有限公司总经理晏鸣川。\n\n问：明年有什么计划？\n\n"
                    "答：我们计划明年一季度在匈牙利小批量供货，主要配套欧洲两家整车客户。\n")
    assert got == [("我们计划明年一季度在匈牙利小批量供货，主要配套欧洲两家整车客户", "晏鸣川", True)]


@pytest.mark.parametrize("text,expected", [
    ("晏鸣川说：“汇率每波动1%，我们的毛利就要被吃掉将近一个百分点。”", [False]),
    ("“今年我们准备了8万单的货，如果冷链跟得上，卖到10万单没有问题。”晏鸣川说。", [False, True]),
])
def test_what_happens_each_time_and_an_outcome_on_a_condition(claims_of, text, expected):
    assert [f for _t, _s, f in claims_of(text)] == expected


def test_an_intro_about_the_next_step_and_a_reporters_question_are_no_claims(claims_of):
    assert not claims_of("谈到种业的下一步，晏鸣川显得信心十足。")
    assert not claims_of("记者：有人担心价格战会让行业陷入内卷，明年会更难吗")


def test_translated_plans_run_on_after_a_comma_are_split_and_look_forward(claims_of):
    got = claims_of("Thelwick Materials said its phase III project has completed the equipment installation, it is "
                    "planned to put into production in September this year.")
    assert [(t, f) for t, _s, f in got] == [("its phase III project has completed the equipment installation", False),
                                            ("it is planned to put into production in September this year", True)]


def test_a_clause_ahead_after_and_that_is_a_statement_of_its_own(claims_of):
    got = claims_of("Kerubo said the county had since cleared Sh290 million of the arrears and that the balance would "
                    "be paid by the end of June.")
    assert [(t, f) for t, _s, f in got] == [("the county had since cleared Sh290 million of the arrears", False),
                                            ("the balance would be paid by the end of June", True)]


def test_should_with_a_month_looks_forward(claims_of):
    got = claims_of("Kerubo said the company is adding a second washing line, which should be running by March.")
    assert any(f for _t, _s, f in got)


def test_a_fact_box_line_for_a_year_ahead_is_a_forecast(claims_of):
    got = claims_of("Wexhollow raises output target\n\n"
                    "March 3, 2025 (Trade Wire) - Wexhollow Dairy said on Monday that demand was recovering fast in "
                    "its home market.\n\n"
                    "Milk output: 11.9 bln liters in 2026, up from 11.4 bln in 2025\n")
    assert ("Milk output: 11.9 bln liters in 2026, up from 11.4 bln in 2025", None, True) in got


@pytest.mark.parametrize("text", ["本刊记者专访了沭湾电机总经理晏鸣川，请他谈谈行业的现状与未来。",
                                  "多家机构上调全年外贸预测。"])
def test_a_topic_of_the_future_and_a_forecast_named_are_no_forecast(claims_of, text):
    assert not any(f for _t, _s, f in claims_of(text))
