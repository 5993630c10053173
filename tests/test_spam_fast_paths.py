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
    "Zhou Lixin said exports rose 6.3% in 2024, to 4.2 billion yuan, from 2,865 containers.",
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


# --- prechecks of the post-model rules: each skips only text where its pattern cannot match ---------------

from pipeline.spam import (EMAIL_RE, URL_RE, _SHOP_LINE_RE, _bare_contact_line, _contacts, _maybe_contacts,  # noqa: E402
                           _maybe_im, _maybe_shop_line, _title_keyword_listing, layout_gaps)

CONTACT_LINES = SENTENCES + [
    "咨询热线：0574-87654321（微信同号）",
    "Email: sales@qinghe-tea.com  WhatsApp +86 139 0574 1122",
    "联系人：陈经理 手机 13905741122 V信 qinghe_tea88",
    "ſkype: harbour_tea_shop · Contact us: 0574 8765 4321",  # ſ: IGNORECASE takes it for s
    "\u212aelvin sign: s\u212aype harbourtea2024, WECHAT harbour_tea",  # the Kelvin sign lower-cases to k
    "İnfo line 12 and LINE ID harbourtea",
    "Folding Cabin House,Flat Pack Cabin,Expandable Cabin Home Factory Price.",
    "折叠集装箱房，快拼箱，扩展箱房，太空舱，厂家直销价格优惠。",
    "青禾茶叶，明前龙井，高山云雾，白茶饼，批发零售。",
    "记者了解到，青禾茶业今年春茶收购价同比上涨一成，茶农收入明显增加。",
    "The harbour office said 12 ships, 8 barges and 3 tugs were waiting; traffic resumes today.",
    "Tea, Coffee, Cocoa",
]


def _plain_contacts(text):
    """_contacts as first written: every pattern tried on every text."""
    spans = [m.span() for r in (URL_RE, EMAIL_RE, IM_RE) for m in r.finditer(text)]
    rest = URL_RE.sub(lambda m: " " * len(m.group()), text)
    rest = EMAIL_RE.sub(lambda m: " " * len(m.group()), rest)
    at = 0
    for ph in _plain_phones(rest):
        i = rest.find(ph, at)
        if i >= 0:
            spans.append((i, i + len(ph)))
            at = i + len(ph)
    return spans


@pytest.mark.parametrize("text", CONTACT_LINES)
def test_contact_spans_as_every_pattern_finds_them(text):
    assert _contacts(text) == _plain_contacts(text)
    if _plain_contacts(text):
        assert _maybe_contacts(text)


@pytest.mark.parametrize("text", CONTACT_LINES)
def test_im_and_shop_line_prechecks_never_hide_a_match(text):
    if IM_RE.search(text):
        assert _maybe_im(text)
    if _SHOP_LINE_RE.search(text):
        assert _maybe_shop_line(text, text.lower())


def _plain_bare_contact_line(text):
    """_bare_contact_line as first written: contact spans first, with every pattern tried."""
    from pipeline.spam import _CONTACT_LABEL_RE, _CUED_RE, _LEFT_WORDS_RE, CJK_RE

    if len(text) > 100 or not _plain_contacts(text):
        return False
    if not (_plain_phones(text) or EMAIL_RE.search(text) or URL_RE.search(text)
            or any(c.isdigit() for h in IM_RE.findall(text) for c in h)):
        return False
    bare = text
    for x, y in sorted(_plain_contacts(text), reverse=True):
        bare = bare[:x] + " " + bare[y:]
    bare = _LEFT_WORDS_RE.sub(" ", _CONTACT_LABEL_RE.sub(" ", _CUED_RE.sub(" ", bare.lower())))
    return len(CJK_RE.findall(bare)) <= 4 and len(re.findall(r"[a-z]{2,}", bare)) <= 2


@pytest.mark.parametrize("text", CONTACT_LINES)
def test_bare_contact_line_with_cheap_checks_first(text):
    assert _bare_contact_line(text) == _plain_bare_contact_line(text)


@pytest.mark.parametrize("text,listing", [
    ("Folding Cabin House,Flat Pack Cabin,Expandable Cabin Home Factory Price.", True),
    ("折叠集装箱房，快拼箱，扩展箱房，太空舱，厂家直销价格优惠。", True),
    ("记者了解到，青禾茶业今年春茶收购价同比上涨一成，茶农收入明显增加。", False),
    ("The harbour office said 12 ships, 8 barges and 3 tugs were waiting; traffic resumes today.", False),
    ("青禾茶叶，明前龙井，高山云雾，白茶饼，批发零售。", True),
])
def test_title_keyword_listing_in_both_languages(text, listing):
    assert _title_keyword_listing(text) is listing


def _plain_layout_gaps(raw, clean, starts, ends):
    """layout_gaps as first written: every character of the cleaned text visited."""
    out = []
    for i in range(1, len(clean)):
        if clean[i] == " ":
            span = raw[ends[i - 1]:starts[i + 1]] if i + 1 < len(clean) else ""
            wide = span.count(" ") + span.count("\t") * 2 + span.count("\u3000") * 2
            if wide >= 2 and not span.strip() and "\n" not in span and clean[i - 1] not in ".!?:;,\n":
                out.append(i + 1)
        elif starts[i] > ends[i - 1] and re.match(r"[\u3400-\u9fff\uf900-\ufaff]", clean[i]) \
                and re.match(r"[\u3400-\u9fff\uf900-\ufaff]", clean[i - 1]):
            between = raw[ends[i - 1]:starts[i]]
            if not between.strip() and "\n" not in between:
                out.append(i)
    return tuple(out)


@pytest.mark.parametrize("raw", [
    "二手房出售  学区房\u3000地铁房 看房热线 186 0574 1122\n\n记者 从 宁波市 获悉。",
    "Polymer Clay   Decoration    Christmas Ornaments\tCall now\n\nThe mayor said on Monday.",
    "<p>青禾 茶业</p>  <p>Tea&nbsp;&nbsp;shop</p>",
    "",
    "中",
])
def test_layout_gaps_as_the_per_character_loop(raw):
    from pipeline.clean import clean_text
    from pipeline.config import default_config

    clean, starts, ends = clean_text(raw, default_config().clean)
    assert layout_gaps(raw, clean, starts, ends) == _plain_layout_gaps(raw, clean, starts, ends)


@pytest.mark.parametrize("text", [
    "The port reopened on Monday. ADVERTISEMENT Story continues below The mayor said traffic resumes today.",
    "Harbour fees rose 3% Advertisement Officials said the rise was small.",
    "新闻 字号：大 中 小 打印本页 记者从宁波港获悉，今年一季度集装箱吞吐量同比增长6.3%。",
    "Share: Font size: A A Print this The council met on Tuesday.",
    "记者从宁波市商务局获悉，今年一季度宁波玩具出口额达42亿元，同比增长6.3%。",
    "青禾茶业 春茶上市 明前龙井 高山云雾",
    "Harbour fees rose 3%\nThe council met on Tuesday",
    "。」 记者获悉 春茶上市",
    "Up 3%. The council met",
    "订购热线 0574-87654321 记者从宁波港获悉，今年一季度吞吐量增长。",
    "访问 www.qinghe-tea.com 记者获悉，春茶上市，价格平稳。",
    "Buy now at qinghe-tea.com The mayor said traffic resumes today.",
    "港口恢复通航【广告】春茶上市，明前龙井（推广）记者获悉",
    "Harbour fees rose [Sponsored] Tea shop opens The council met",
])
def test_sentence_cuts_with_the_sentence_end_break_control_space_and_tag_prechecks(text, monkeypatch):
    import pipeline.segment as segment

    starts = range(min(len(text), 12))  # a span may start right after a full stop (the look-behinds see it)
    fast = [segment.split_sentences(text, a) for a in starts]
    monkeypatch.setattr(segment, "_BREAK_KEYS", ("",))  # the empty string is in every line: always searched
    monkeypatch.setattr(segment, "_CONTROL_KEYS", ("",))
    monkeypatch.setattr(segment, "_SENT_END_KEYS", ("",))
    monkeypatch.setattr(segment, "_AD_TAG_KEYS", ("",))
    monkeypatch.setattr(segment, "_SPACE", re.compile(""))  # matches every line: the white-space patterns run
    assert fast == [segment.split_sentences(text, a) for a in starts]


@pytest.mark.parametrize("text", [
    "折叠集装箱房，快拼箱，扩展箱房，太空舱，厂家直销价格优惠。",
    "记者了解到，青禾茶业今年春茶收购价同比上涨一成，茶农收入明显增加。",
    "青禾茶叶，明前龙井，高山云雾，白茶饼，批发零售。",
    "，，龙井，白茶，红茶，绿茶",
    "  龙井 ，白茶、红茶,绿茶。",
    "龙井。白茶，红茶，绿茶，花茶",
    "明前龙井高山云雾茶叶礼盒装，白茶，红茶，绿茶",
    "龙井",
])
def test_chinese_listing_shape_as_the_plain_split(text):
    from pipeline.spam import _zh_listing_shape

    items = [x.strip() for x in re.split(r"[，,、]", text.rstrip("。")) if x.strip()]
    plain = not (len(items) < 4 or "。" in text.rstrip("。") or any(len(x) > 10 for x in items[:-1])
                 or len(items[-1]) > 16)
    assert _zh_listing_shape(text) is plain


TEXTS = SENTENCES + [
    "", "。", "Harbour fees rose.\n", "他说：“明年再建一座。”", "（记者 周丽华）", "A股 3月 涨幅 居前",
    "䷀ 乾卦 is the first hexagram", "港口 port 码头 dock 航运 shipping", "价格 每斤30元，20% OFF，12 PCS",
    "Ⅱ期工程 ①号泊位 ²³ 𝟘 ΑΒΓ Ｔｅｓｔ", "qinghe-tea.com 青禾茶业 www.qinghe-tea.com 订购",
]


@pytest.mark.parametrize("text", TEXTS)
def test_token_buckets_are_the_tokens_hashed(text):
    from pipeline.spam import _bucket, token_buckets, tokens

    lex, topical = tokens(text)
    for _ in range(2):  # the second time from the bucket tables
        assert token_buckets(text, 18, 16) == ([_bucket(t, 18) for t in lex], [_bucket(t, 16) for t in topical])


@pytest.mark.parametrize("text", TEXTS)
def test_counts_terminal_and_language_without_a_second_pass(text):
    from pipeline.language import detect_segment
    from pipeline.spam import CJK_RE, LATIN_RE, TERMINAL_RE, _unit_lang, cjk_count, is_terminal

    assert cjk_count(text) == len(CJK_RE.findall(text))
    assert is_terminal(text) == bool(TERMINAL_RE.search(text))
    assert is_terminal(text.rstrip() + "\n") == bool(TERMINAL_RE.search(text.rstrip() + "\n"))
    assert _unit_lang(text, cjk_count(text), len(LATIN_RE.findall(text))) == detect_segment(text)


def test_no_chinese_character_is_a_digit_or_upper_case():
    """featurize counts digits and capitals outside the Chinese runs only."""
    from pipeline.spam import CJK_RE

    chars = [chr(c) for c in range(0x3400, 0xFB00) if CJK_RE.match(chr(c))]
    assert len(chars) > 20000 and not any(c.isdigit() or c.isupper() for c in chars)


@pytest.mark.parametrize("text", TEXTS)
def test_price_precheck_never_hides_a_price(text):
    for t in (text, text.upper(), text.replace("%", "% off")):
        assert bool(PRICE_RE.search(t)) <= _maybe_price(t, t.lower())


def test_pinyin_syllables_are_every_syllable_pypinyin_writes():
    from pypinyin import Style
    from pypinyin.pinyin_dict import pinyin_dict
    from pypinyin.style import convert

    from pipeline.spam import _PINYIN_SYLLABLES

    written = {convert(r, Style.NORMAL, strict=True) for v in pinyin_dict.values() for r in v.split(",")}
    assert {s for s in written if s.isascii()} <= _PINYIN_SYLLABLES


@pytest.mark.parametrize("text", [
    "青禾茶业有限公司董事长周丽华表示，明年出口将翻番。",
    "东岚航空客服热线，嘉味源食品，宁波港集团，绿色能源，女足世界杯",
    "嗯，哼，呣，欸",
])
def test_pinyin_precheck_passes_every_piece_of_the_pinyin(text):
    from pipeline.spam import _maybe_pinyin, _pinyin

    pin = _pinyin(text).replace(" ", "")
    pieces = {pin[a:b] for a in range(len(pin)) for b in range(a + 3, min(len(pin), a + 16) + 1)}
    assert pieces and all(_maybe_pinyin(p) for p in pieces if p.isascii())


@pytest.mark.parametrize("part, expected", [
    ("qinghe", True), ("jiaweiyuan", True), ("factory", False), ("tradeglobal", False), ("hk2024", False),
    ("nbsp", False),
])
def test_pinyin_precheck_turns_away_what_no_pinyin_spells(part, expected):
    from pipeline.spam import _maybe_pinyin

    assert _maybe_pinyin(part) is expected


@pytest.mark.parametrize("seed", range(4))
def test_topic_vectors_and_norms_as_the_plain_sums(seed):
    import math
    import random

    from pipeline.spam import _norm_drop, _sum_squares, bucket_vectors

    rng = random.Random(seed)
    idf = np.array([rng.uniform(0.5, 9.0) for _ in range(64)])
    buckets = [[rng.randrange(64) for _ in range(rng.randrange(0, 30))] for _ in range(20)]
    for weights in (idf, None):
        plain = []
        for bs in buckets:
            v = {}
            for b in bs:
                v[b] = v.get(b, 0.0) + (float(weights[b]) if weights is not None else 1.0)
            plain.append(v)
        vecs = bucket_vectors(buckets, weights)
        assert vecs == plain and [list(v) for v in vecs] == [list(v) for v in plain]  # same values, same order
    total: dict[int, float] = {}
    for v in plain[:12]:
        for b, w in v.items():
            total[b] = total.get(b, 0.0) + w
    assert _sum_squares(total) == sum(w * w for w in total.values())
    for part in plain[:12]:
        assert _norm_drop(total, part) == sum(total[b] ** 2 - (total[b] - w) ** 2 for b, w in part.items())
    assert not math.isnan(_sum_squares({}))


URL_TEXTS = TEXTS + [
    "增速为12.4%，高于3.5个百分点", "访问 WWW.Example.COM 了解", "http://localhost:8080/path", "见 qinghe.ſhop 官网",
    "温度 300 K.Kelvin", "a.b", ". x", "sales@qinghe.123", "Q.1 2024", "官网：qinghe-tea.cn/news", "",
]


@pytest.mark.parametrize("text", URL_TEXTS)
def test_url_precheck_and_clause_count_as_the_plain_patterns(text):
    from pipeline.spam import (CAP_WORD_RE, EMAIL_RE, LATIN_RE, URL_RE, _CLAUSE_PUNCT_RE, _clause_punct_count,
                               _contacts, _maybe_contacts, find_urls, has_url)

    assert find_urls(text) == URL_RE.findall(text)
    assert has_url(text) == bool(URL_RE.search(text))
    assert bool(_contacts(text)) <= _maybe_contacts(text)
    assert bool(EMAIL_RE.search(text)) <= _maybe_contacts(text)
    assert _clause_punct_count(text) == len(_CLAUSE_PUNCT_RE.findall(text))
    assert bool(CAP_WORD_RE.findall(text)) <= bool(LATIN_RE.search(text))
