"""The spam stage's fast paths find exactly what the plain patterns find: phone numbers, IM handles, cue words,
prices and the neighbour means of the second pass (the speed-ups must not change what is removed)."""
import re

import numpy as np
import pytest

from pipeline.lang import words_en, words_zh
from pipeline.spam import (CUE_KINDS, IM_RE, MASKED_RE, PRICE_RE, _PHONE_RE, _YEARS_RE, _CUES,
                           _maybe_masked, _maybe_price, _np_mean, _trie, find_im_handles, find_phones)

SENTENCES = [
    "Call 0574-8765 4321 or +86 138 1234 5678 for wholesale prices, WhatsApp: zhou_toys88.",
    "Orders: (0574) 8888-6666, Fax 0574 8888 6667; office hours 2019-2024 only.",
    "Zhou Lihua said exports rose 6.3% in 2024, to 4.2 billion yuan, from 2,865 containers.",
    "Contact us at sales@xingyue-toys.com, visit www.xingyue-toys.com, price $12.50/pcs, 20% off!",
    "订购热线：400-888-1234，微信号：xingyue2024，QQ 12345678，手机 138XXXX5678",
    "记者从宁波市商务局获悉，今年一季度宁波玩具出口额达42亿元，同比增长6.3%。",
    "本网声明：转载请注明出处。更多精彩内容，扫码关注公众号，点击阅读原文。",
    "特价包邮 每件9.9元/件，咨询电话 0574-87654321 联系人 周经理",
    "Subscribe to our newsletter and share this article; read more: Related stories >> Markets",
    "The mayor's office said the hotline 12345 is open on weekdays; LINE id: ningbo_city",
]


def _plain_phones(text):
    out = []
    for m in _PHONE_RE.finditer(text):
        p = m.group(0).strip()
        digits = sum(c.isdigit() or c in "Xx×*" for c in p)
        if 7 <= digits <= 15 and not _YEARS_RE.match(p) and sum(c.isdigit() for c in p) >= 4:
            out.append(p)
    return out


def _plain_cue_regex(cues):
    """The cue pattern as first written: a word-start look-behind in front of the word trie."""
    low = sorted({c.lower() for c in cues if c})
    word = [c for c in low if c[:1].isascii() and c[:1].isalnum()]
    other = [c for c in low if not (c[:1].isascii() and c[:1].isalnum())]
    return re.compile(r"(?<![a-z])" + _trie(word) + "|" + _trie(other))


@pytest.mark.parametrize("text", SENTENCES)
def test_phones_as_the_plain_search_finds_them(text):
    assert find_phones(text) == _plain_phones(text)


@pytest.mark.parametrize("text", SENTENCES)
def test_im_handles_as_the_plain_search_finds_them(text):
    assert find_im_handles(text) == IM_RE.findall(text)


@pytest.mark.parametrize("text", SENTENCES)
def test_price_and_masked_prechecks_never_hide_a_match(text):
    assert bool(PRICE_RE.search(text)) == (_maybe_price(text, text.lower()) and bool(PRICE_RE.search(text)))
    assert bool(MASKED_RE.search(text)) == (_maybe_masked(text) and bool(MASKED_RE.search(text)))


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("kind", CUE_KINDS)
def test_cue_words_as_the_plain_pattern_finds_them(text, kind):
    low = text.lower()
    for lang, words in ((0, words_en), (1, words_zh)):
        plain = _plain_cue_regex(words.SPAM_CUES_BY_KIND[kind])
        assert [m.span() for m in _CUES[kind][lang].finditer(low)] == [m.span() for m in plain.finditer(low)]


@pytest.mark.parametrize("n", [1, 2, 5, 7, 8, 9, 15, 16, 17, 24])
def test_neighbour_mean_is_numpys_to_the_last_bit(n):
    rng = np.random.default_rng(n)
    values = rng.uniform(-8, 8, n).tolist()
    assert _np_mean(values) == float(np.mean(np.array(values)))
