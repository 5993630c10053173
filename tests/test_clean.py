import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean import clean_text

PIECES = ["Pan Jianzhong", " said ", "&amp;", "&nbsp;", "&quot;", "**", ". .", "\n", "\n\n\n", "\r\n", "  ", "\t",
          "谢育芳", "表示，", "何 丽萍", "。", "ｔｈｅ", "　", "Ｃｏ．", "\ufeff", "\x00", "巨一集团有限公司", "Co., Ltd.",
          "that", "will", "grow", ",", "“", "”", "2030", "&#39;", "&amp;amp;", "a", "b"]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=30).map("".join)


@given(texts)
@settings(max_examples=300, deadline=None)
def test_clean_offsets_in_bounds_and_ordered(raw):
    text, starts, ends = clean_text(raw)
    assert len(text) == len(starts) == len(ends)
    for i in range(len(text)):
        assert 0 <= starts[i] < ends[i] <= len(raw)
        if i:
            assert starts[i] >= starts[i - 1]


@given(texts)
@settings(max_examples=300, deadline=None)
def test_clean_is_idempotent(raw):
    once = clean_text(raw)[0]
    assert clean_text(once)[0] == once


@given(texts)
@settings(max_examples=300, deadline=None)
def test_clean_unchanged_characters_point_at_themselves(raw):
    text, starts, ends = clean_text(raw)
    for i, ch in enumerate(text):
        if ends[i] - starts[i] == 1 and raw[starts[i]] == ch:
            assert raw[starts[i]:ends[i]] == ch


@pytest.mark.parametrize("raw,expected", [
    ("AT&amp;T said&nbsp;so", "AT&T said so"),
    ("through direct ** Solve it", "through direct Solve it"),
    ("the country. . From this", "the country. From this"),
    ("何 丽萍表示，鞋业将领先。", "何丽萍表示，鞋业将领先。"),
    ("ｔｈｅ　Ｃｏｍｐａｎｙ", "the Company"),
    ("a line that was\nbroken in two", "a line that was broken in two"),
    ("Headline\n\n\n\nBody.", "Headline\n\nBody."),
    ("one\r\ntwo", "one two"),
])
def test_clean_repairs_scraping_noise(raw, expected):
    assert clean_text(raw)[0] == expected


def test_clean_span_maps_back_to_raw():
    raw = "Juyi&nbsp;Group&amp;Co said **"
    text, starts, ends = clean_text(raw)
    i = text.index("Group&Co")
    assert raw[starts[i]:ends[i + len("Group&Co") - 1]] == "Group&amp;Co"
