"""Claim shapes from a tenth round of unseen news, most of them about forecasts. Chinese: a chain of forward clauses
is one statement even when it goes on with 并将 or with 力争 and a period (力争2027年全部建成, 力争“十五五”末…); a plan
that opens a clause after a fact is told (…已完成封顶，计划于…开始…) is a plan, not a plan named; 会 after a time
(我们上半年会…) and 恐 before a verb (恐难以实现) look forward. English: "remained on track to", guidance given with
"guided for", a cue that ends its own clause ("The official in charge of the bureau said, the district will …"), a
plan of the past ("was originally planned to"), orders booked until a month ahead, a present condition with the span
its outcome takes, a hyphenated name as the source of "… and said". Invented names and sentences."""
import pytest


@pytest.mark.parametrize("text,claim", [
    ("覃立岳说，公司还计划拿出3亿元，在园区北侧新建两栋研发楼和一座员工公寓，力争2028年全部建成。",
     "公司还计划拿出3亿元，在园区北侧新建两栋研发楼和一座员工公寓，力争2028年全部建成"),
    ("沭湾县县长表示，沭湾将加快对接省会经济圈，谋划建设沭湾至临港的市域铁路，力争“十五五”末实现两地半小时通达。",
     "沭湾将加快对接省会经济圈，谋划建设沭湾至临港的市域铁路，力争“十五五”末实现两地半小时通达"),
    ("晏秋林说，溆港将继续发放家电消费券，并将于5月起把每户补贴上限提高到3000元。",
     "溆港将继续发放家电消费券，并将于5月起把每户补贴上限提高到3000元"),
])
def test_a_chain_of_forward_clauses_is_one_forecast(claims_of, text, claim):
    got = claims_of(text)
    assert [(t, f) for t, _s, f in got] == [(claim, True)]


def test_a_plan_opening_a_clause_after_a_fact_is_split_off_as_a_forecast(claims_of):
    got = claims_of("公告还显示，公司冷轧薄板二期项目已完成厂房钢结构吊装，计划于2027年二季度开始试生产。")
    assert [(t, f) for t, _s, f in got] == [("公司冷轧薄板二期项目已完成厂房钢结构吊装", False),
                                            ("计划于2027年二季度开始试生产", True)]


@pytest.mark.parametrize("text", [
    "沭湾置业董事长晏秋林说：“只要客流稳得住，我们下半年会把二号商场的招商做完。”",
    "有业内人士指出，若码头扩建迟迟不能获批，年吞吐300万标箱的目标恐难以实现。",
])
def test_will_after_a_time_and_a_feared_outcome_look_forward(claims_of, text):
    assert [f for _t, _s, f in claims_of(text)] == [True]


def test_the_annual_meeting_is_still_no_will(claims_of):
    got = claims_of("晏秋林表示，公司年会在杭州举行，来自全国的经销商参加了会议。")
    assert not any(f for _t, _s, f in got)


def test_remained_on_track_to_looks_forward(claims_of):
    got = claims_of("Corvenna Energy said the company remained on track to retire its oldest gas turbine in 2029 and "
                    "would retrain the crews who run it.")
    assert got and all(f for _t, _s, f in got)


def test_guidance_given_with_guided_for_is_a_forecast_of_its_giver(claims_of):
    got = claims_of("Chief Financial Officer Ysolde Farnaby-Quistorp guided for a cost-to-income ratio of 48 to 50 "
                    "percent in the fourth quarter and said the bank expected loan growth in the low single digits "
                    "next year.")
    assert ("a cost-to-income ratio of 48 to 50 percent in the fourth quarter", "Ysolde Farnaby-Quistorp", True) in got
    assert ("the bank expected loan growth in the low single digits next year", "Ysolde Farnaby-Quistorp", True) in got


def test_a_cue_that_ends_its_own_clause_is_no_content(claims_of):
    got = claims_of("The relevant responsible person of Wexhollow County Commerce Bureau said, the county will set up a "
                    "mould testing platform, expected to be completed at the end of this year.")
    assert [(t, f) for t, _s, f in got] == [
        ("the county will set up a mould testing platform, expected to be completed at the end of this year", True)]


@pytest.mark.parametrize("text", [
    "The warehouse was originally planned to open in 2022, but the opening slipped to this spring because "
    "a customer changed its model.",
    '"Right now our bookings are scheduled until April next year, so the presses run day and night," Osric Thelwick, '
    'the chairman of Dunmarrow Castings, told reporters.',
])
def test_a_past_plan_and_orders_booked_ahead_are_no_forecast(claims_of, text):
    assert not any(f for _t, _s, f in claims_of(text))


def test_a_present_condition_with_the_span_its_outcome_takes_is_a_forecast(claims_of):
    got = claims_of('"If spot rates stay where they are, the new kiln earns back its cost in under three years," '
                    'Odile Marchbank told analysts.')
    assert [f for _t, _s, f in got] == [True]


def test_a_past_condition_with_a_span_is_no_forecast(claims_of):
    got = claims_of('"If you look back, our sales doubled in three years," Odile Marchbank told analysts.')
    assert not any(f for _t, _s, f in got)


@pytest.mark.parametrize("text,parts", [
    ("晏鸣川透露，厂里正在和两家外贸平台商谈代销，如果顺利签约，明年出口额有望翻一番。",
     [("厂里正在和两家外贸平台商谈代销", False), ("如果顺利签约，明年出口额有望翻一番", True)]),
    ("晏秋林承認，原定今年11月舉行的五金展因場地檔期問題已經押後，改於明年5月舉行。",
     [("原定今年11月舉行的五金展因場地檔期問題已經押後", False), ("改於明年5月舉行", True)]),
])
def test_what_is_done_or_under_way_is_split_from_what_follows_it(claims_of, text, parts):
    assert [(t, f) for t, _s, f in claims_of(text)] == parts


def test_a_trend_that_is_the_premise_of_an_outlook_stays_with_it(claims_of):
    got = claims_of("业内人士认为，近年来沭湾梨的种植面积持续扩大，如果深加工跟不上，明后年可能出现丰产不丰收的局面。")
    assert [f for _t, _s, f in got] == [True]


@pytest.mark.parametrize("text,forecast", [
    ("沭湾村村委会主任晏德旺说：“估计明年合作社的电商销售额能突破500万元。”", True),
    ("晏德旺说，估计有200多名村民参加了培训。", False),
    ("他说，去年全区招商引资到位资金312亿元，超出年初计划近两成。", False),
    ("“我们原来计划去年在土耳其设仓，后来因为汇率波动太大，就放下了。”晏德旺说。", False),
    ("晏德旺说，这几年村里的茶园越种越好，大家对未来都很有信心。", False),
])
def test_an_estimate_ahead_looks_forward_and_plans_or_moods_of_now_do_not(claims_of, text, forecast):
    assert [f for _t, _s, f in claims_of(text)] == [forecast]


def test_a_year_end_near_and_an_outlook_report_are_no_forecast(claims_of):
    assert not claims_of("岁末将至，几家研究机构陆续发布明年行业展望。")


@pytest.mark.parametrize("text,parts", [
    ("分析師認為，今年本地電動巴士滲透率約為18%，預估到2028年將升至三成以上。",
     [("今年本地電動巴士滲透率約為18%", False), ("預估到2028年將升至三成以上", True)]),
    ("据了解，沭湾生物的宠物疫苗已于今年4月完成临床试验，公司预计该产品有望在2027年上半年上市。",
     [("沭湾生物的宠物疫苗已于今年4月完成临床试验", False), ("公司预计该产品有望在2027年上半年上市", True)]),
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


INTERVIEW = ("专访沭湾电机总经理晏鸣川：三年内把海外工厂开到五个\n\n"
             "本刊记者近日专访了沭湾电机科技有限公司总经理晏鸣川。\n\n"
             "记者：原材料涨价对你们冲击大吗？\n\n"
             "晏鸣川：铜材占我们成本的四成左右，上半年采购价涨了一成多。好在我们跟大客户签了联动条款，毛利基本守住了。\n\n"
             "记者：明年呢？\n\n"
             "晏鸣川：按照目前的订单，明年营收预计在20亿元左右。董事长苗青山上个月表示，“集团明年将在越南新建一座工厂。”\n")


def test_an_interviews_answers_are_claims_of_the_one_who_answers(claims_of):
    got = claims_of(INTERVIEW)
    assert ("铜材占我们成本的四成左右，上半年采购价涨了一成多", "晏鸣川", False) in got
    assert ("好在我们跟大客户签了联动条款，毛利基本守住了", "晏鸣川", False) in got
    assert ("按照目前的订单，明年营收预计在20亿元左右", "晏鸣川", True) in got
    assert ("三年内把海外工厂开到五个", "晏鸣川", True) in got  # the headline names its titled source
    assert ("集团明年将在越南新建一座工厂", "苗青山", True) in got  # another's words inside an answer stay theirs
    assert not any(t.startswith(("原材料涨价", "明年呢")) for t, _s, _f in got)  # questions are no claims


def test_a_view_taken_from_stays_with_what_it_sees_and_a_new_date_is_split_from_the_old_plan(claims_of):
    got = claims_of("晏鸣川说，从一季度的询价情况看，下半年这股热度恐怕还会延续。")
    assert [t for t, _s, _f in got] == ["从一季度的询价情况看，下半年这股热度恐怕还会延续"]
    got = claims_of("晏鸣川说，沭湾电机的墨西哥仓库原计划年初启用，现在推迟到明年春节后启用。")
    assert [(t, f) for t, _s, f in got] == [("沭湾电机的墨西哥仓库原计划年初启用", False),
                                            ("现在推迟到明年春节后启用", True)]


INTERVIEW_EN = ("Q&A: Wexhollow Storage chief on costs and a second site\n\n"
                "By Ysolde Farnaby\n\n"
                "Managing director Osric Thelwick, in the job since 2019, talked to us about the months ahead.\n\n"
                "Q: How is trading?\n\n"
                "A: Steady. Throughput rose 6 percent in the first half and our energy bill fell by a fifth. We expect "
                "sales of $210 million to $220 million for fiscal 2026.\n\n"
                "Q: And the second site?\n\n"
                "A: Better than we feared. Our finance chief Mara Quell told the board last week that the site will "
                "open in the autumn of 2027.\n")


def test_an_english_interviews_answers_are_the_interviewees_claims(claims_of):
    got = claims_of(INTERVIEW_EN)
    assert ("Throughput rose 6 percent in the first half and our energy bill fell by a fifth", "Osric Thelwick",
            False) in got
    assert ("sales of $210 million to $220 million for fiscal 2026", "Osric Thelwick", True) in got  # "We expect"
    assert ("the site will open in the autumn of 2027", "Mara Quell", True) in got  # another's words stay theirs
    assert not any(t.startswith(("How is trading", "And the second", "Better than")) for t, _s, _f in got)


def test_a_reporters_byline_is_no_interview(claims_of):
    got = claims_of("记者：尤梓岚\n\n沭湾电机总经理晏鸣川表示，公司明年将在匈牙利新建一条产线。\n\n"
                    "答：订单已经排到明年三月。\n")
    assert ("公司明年将在匈牙利新建一条产线", "晏鸣川", True) in got


def test_a_chinese_answer_after_da_is_the_interviewees(claims_of):
    got = claims_of("本刊记者近日专访了沭湾电机科技有限公司总经理晏鸣川。\n\n问：明年有什么计划？\n\n"
                    "答：我们计划明年一季度在匈牙利小批量供货，主要配套欧洲两家整车客户。\n")
    assert got == [("我们计划明年一季度在匈牙利小批量供货，主要配套欧洲两家整车客户", "晏鸣川", True)]


@pytest.mark.parametrize("text,expected", [
    ("晏鸣川说：“铜价每涨一千元，我们的成本就要多出两个点。”", [False]),
    ("“这批货我们备足了两个月的量，如果物流跟得上，节前卖空没有问题。”晏鸣川说。", [False, True]),
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
    got = claims_of("Kerubo said the ministry had already settled most of the unpaid invoices and that the rest would "
                    "be paid by the end of June.")
    assert [(t, f) for t, _s, f in got] == [("the ministry had already settled most of the unpaid invoices", False),
                                            ("the rest would be paid by the end of June", True)]


def test_should_with_a_month_looks_forward_and_should_have_does_not(claims_of):
    got = claims_of("Kerubo said the second washing line should be running by March.")
    assert got == [("the second washing line should be running by March", "Kerubo", True)]
    got = claims_of("Kerubo said the contractor should have handed over the wards by March.")
    assert [f for _t, _s, f in got] == [False]


def test_a_fact_box_line_for_a_year_ahead_is_a_forecast(claims_of):
    got = claims_of("Wexhollow raises output target\n\n"
                    "March 3, 2025 (Trade Wire) - Wexhollow Dairy said on Monday that demand was recovering fast in "
                    "its home market.\n\n"
                    "Cheese exports: 84,000 tonnes in 2026, up from 79,000 tonnes\n")
    assert ("Cheese exports: 84,000 tonnes in 2026, up from 79,000 tonnes", None, True) in got


@pytest.mark.parametrize("line", ["Founded: 2025", "Listed: Q1 2025", "Cheese exports: 61,000 tonnes in 2023"])
def test_a_fact_box_line_of_the_past_is_no_forecast(claims_of, line):
    got = claims_of("March 3, 2025 (Trade Wire) - Wexhollow Dairy said on Monday that demand was recovering fast in its "
                    "home market.\n\n" + line + "\n")
    assert not any(t == line for t, _s, _f in got)


@pytest.mark.parametrize("text", ["我们请沭湾电机总经理晏鸣川聊了聊电机行业的现状与未来。",
                                  "三家研究机构下调明年钢材需求预测。"])
def test_a_topic_of_the_future_and_a_forecast_named_are_no_forecast(claims_of, text):
    assert not any(f for _t, _s, f in claims_of(text))


@pytest.mark.parametrize("text,expected", [
    ("晏鸣川说，公司此前预计三季度交付5万台，这一目标已在9月底实现。", [False]),
    ("晏鸣川说，去年初设定的7%左右的预期目标未能实现，主要受出口下滑拖累。", [False]),
    ("晏鸣川说，公司已将四季度排产计划上调约一成。", [False]),
    ("分析人士认为，铜价或已见底。", [False]),
    ("晏鸣川说：“等到5月中旬就可以全面收割了。”", [True]),
    ("晏鸣川说，按照目前的订单，全年销售额突破10亿元问题不大。", [True]),
])
def test_past_expectations_and_changed_plans_are_no_forecasts_and_an_outcome_ahead_is(claims_of, text, expected):
    assert [f for _t, _s, f in claims_of(text)] == expected


def test_translated_comma_splice_after_a_past_plan_splits_off_the_plan_ahead(claims_of):
    got = claims_of("Quell Mara also expressed that Dunmarrow originally planned to list in 2023, but it was postponed "
                    "because of the market, the company will first expand its plants abroad in the next two years.")
    assert [f for _t, _s, f in got] == [False, True]
    assert got[1][0] == "the company will first expand its plants abroad in the next two years"


@pytest.mark.parametrize("text", [
    "Revenue for the year is now seen at $1.9 billion to $2.0 billion, Dunmarrow said.",
    '"If orders do not pick up, some small mills may be forced to close before the winter," said Kerubo.',
])
def test_guidance_seen_at_and_a_risk_on_a_condition_look_forward(claims_of, text):
    assert [f for _t, _s, f in claims_of(text)] == [True]


def test_work_under_way_is_split_from_its_hoped_for_outcome(claims_of):
    got = claims_of("晏鸣川透露，公司正在与三家家电企业进行样品验证，有望在明年上半年实现批量供货。")
    assert [(t, f) for t, _s, f in got] == [("公司正在与三家家电企业进行样品验证", False),
                                            ("有望在明年上半年实现批量供货", True)]


def test_work_booked_through_a_later_year_is_no_forecast(claims_of):
    got = claims_of("2025年5月6日电 沭湾船厂负责人晏鸣川介绍，截至4月末，船厂手持订单共计60艘，生产任务已经排至2028年。")
    assert got and not any(f for _t, _s, f in got)
