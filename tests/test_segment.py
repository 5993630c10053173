"""Segmentation into the units spam comes in: lines, paragraphs, sentences, in English, Chinese and mixed text."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.segment import split_lines, split_paragraphs, split_sentences, split_units


def unit_texts(text):
    return [text[u.start:u.end] for u in split_units(text)]


@pytest.mark.parametrize("text,unit", [
    # an ad spliced between two sentences of an English paragraph
    ("The plant will open in May. Tel: 0571-8866 2031 (Mr. Zhou) Steel Pipe Factory Direct Sale. "
     "Output is expected to double.", "Tel: 0571-8866 2031 (Mr. Zhou) Steel Pipe Factory Direct Sale."),
    # the same in Chinese
    ("新工厂将于五月投产。联系电话：0571-88662031 钢管 批发定制 厂家直供。业内人士预计产量将翻番。",
     "联系电话：0571-88662031 钢管 批发定制 厂家直供。"),
    # mixed: an English quotation inside a Chinese paragraph
    ("他说：“China is our largest market.” 新工厂将于2025年投产。", "新工厂将于2025年投产。"),
    # an ad ending in a phone number, no full stop, then the story goes on
    ("她预计楼市有望企稳。【好房】买房找小安，电话：1395XXXX201 与此同时，土地市场依然偏冷。",
     "【好房】买房找小安，电话：1395XXXX201"),
    # a quotation stays with its attribution; the next sentence is a unit of its own
    ("“订单回来了。”他说。业内人士认为，订单还会增加。", "“订单回来了。”他说。"),
    # a bracketed ad tag inside a Chinese enumeration starts a unit, the phone number ends it
    ("展台上有焊接机器人、搬运机器人、【推广】旧机床回收 上门估价 电话：139XXXX2210 以及各类减速器，观众很多。",
     "【推广】旧机床回收 上门估价 电话：139XXXX2210"),
    # the same in English, after a sentence
    ("Exports rose 4% in May. [Sponsored] Open a business account in ten minutes. The bureau said so.",
     "[Sponsored] Open a business account in ten minutes."),
    # a site's ad-slot marker between two sentences is a unit of its own
    ('The plant opens in May. ADVERTISEMENT Continue reading below "We are ready," she said.',
     "ADVERTISEMENT Continue reading below"),
    ('Output fell 3%. Story continues below advertisement Analysts expect a rebound.',
     "Story continues below advertisement"),
    # an ad ending in a handle's number, the story resuming with a title and a name
    ("Visitors can book online. Lake view rooms 30% off, contact WeChat hz_lake668 QQ 3321 0876 Mr. Fang also "
     "said a new ferry line will open in June.", "Lake view rooms 30% off, contact WeChat hz_lake668 QQ 3321 0876"),
    # an ad ending in a web address under a country domain, the story resuming with a capitalised word
    ("Cash fell to A$200 million. Winter sale: Safety Boots, Hard Hats - 30% OFF at siteboots.com.au She said "
     "the mine will reopen.", "Winter sale: Safety Boots, Hard Hats - 30% OFF at siteboots.com.au"),
    ("Imports rose. Get market news in your inbox - SIGN UP at lagosbrief.ng/daily According to the bureau, "
     "prices fell.", "Get market news in your inbox - SIGN UP at lagosbrief.ng/daily"),
    # an ad line opened by an arrow after a full stop
    ("Profit rose 5% a year earlier. ▶ Open a trading account in minutes at tradeeasy.com Analysts had "
     "expected less.", "▶ Open a trading account in minutes at tradeeasy.com"),
    # Chinese: an ad ending in a WeChat id, or in a number before a sentence with no comma
    ("亩产提高了一成。有机肥 水溶肥 厂家直供 微信：nongfei2024 不少农户说，今年心里踏实。",
     "有机肥 水溶肥 厂家直供 微信：nongfei2024"),
    ("协会发布了倡议书。仿古砖 岩板 工程瓷砖批发 微信同号：13600001111 三十多家企业首批签署了倡议书。",
     "仿古砖 岩板 工程瓷砖批发 微信同号：13600001111"),
])
def test_segment_splits_spliced_sentences(text, unit):
    assert unit in unit_texts(text)


@pytest.mark.parametrize("text", [
    "Mr. Huang said the U.S. market is slowing.",
    "The plant opened in 2023 Mr. Fang said in a statement.",
    "Shares of Huaxin Co. rose 3.5% on Monday.",
    "The bank lent 2.5 billion yuan, up 12.8% year-on-year.",
    "据统计，1-7月出口额为132.6亿元，同比增长11.4%。",
    # a list number stays with its item
    "1. Why solar makers are cutting prices again",
    "12. Ingrid Larsen (Norway) 23.92",
    # the word, not the marker
    "Advertisement spending rose 5% in May.",
    "The Advertisement Standards Authority rejected the complaint.",
])
def test_segment_keeps_one_sentence_whole(text):
    assert unit_texts(text) == [text]


def test_segment_lines_and_paragraphs():
    text = "Title\n\nFirst para line one.\nline two.\n\n\nSecond para.\nHot Products"
    lines = split_lines(text)
    assert [text[p.start:p.end] for p in lines] == ["Title", "First para line one.", "line two.", "Second para.",
                                                    "Hot Products"]
    assert [p.paragraph for p in lines] == [0, 1, 1, 2, 2]
    assert [text[a:b] for a, b in split_paragraphs(text)] == ["Title", "First para line one.\nline two.",
                                                              "Second para.\nHot Products"]
    units = split_units(text)
    assert [u.line for u in units] == [0, 1, 2, 3, 4]
    assert all(u.kind == "line" for u in units)


def test_segment_sentences_of_a_line_share_its_index():
    text = "Intro line\nThe port grew. Rates rose! Why? 吞吐量增长。"
    units = split_units(text)
    assert [text[u.start:u.end] for u in units] == ["Intro line", "The port grew.", "Rates rose!", "Why?", "吞吐量增长。"]
    assert [u.kind for u in units] == ["line", "sentence", "sentence", "sentence", "sentence"]
    assert {u.line for u in units[1:]} == {1}


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .。!？\n 中文A1“”")), max_size=80))
def test_segment_units_are_ordered_trimmed_spans(text):
    units = split_units(text)
    prev = 0
    for u in units:
        piece = text[u.start:u.end]
        assert piece and piece == piece.strip() and "\n" not in piece
        assert u.start >= prev
        prev = u.end
    # every non-space character is in exactly one unit
    covered = sum(len(text[u.start:u.end].replace(" ", "")) for u in units)
    assert covered == len(text.replace(" ", "").replace("\n", "").replace("\t", ""))
    for a, b in split_sentences(text):
        assert 0 <= a < b <= len(text)


@pytest.mark.parametrize("text,gap,units", [
    # two spaces in the raw text between a prompt and the story resuming: a unit ends there
    ("Follow the Harbour Post on WeChat for port news Dock workers say talks stalled.", 48,
     ["Follow the Harbour Post on WeChat for port news", "Dock workers say talks stalled."]),
    ("港口吞吐量创新高点击查看更多数据其中集装箱增长较快。", 16, ["港口吞吐量创新高点击查看更多数据", "其中集装箱增长较快。"]),
])
def test_segment_units_end_at_layout_gaps(text, gap, units):
    assert [text[u.start:u.end] for u in split_units(text, gaps=(gap,))] == units
