"""Find spam segments (ads, listings, contact lines, related-article lists, footers) in cleaned text.

The text is cut into units (segment.split_units: lines, and sentences inside lines). Each unit is scored
by the trained model ``models/spam-v1`` (``newskb train-spam``), in plain numpy:

1. the unit alone: hand features (URL, e-mail, phone and QQ/WeChat counts, cue counts per kind and language:
   ads, contacts, footers, navigation, share prompts, editor lines, cookie banners, paywalls, reader comments,
   app prompts; news credits, which count for content; keyword-list, crumb, ticker and table-row shapes, ad
   tags, title case, verbs, length, position) plus hashed word and character n-grams, and its topical
   coherence with the rest of the article (IDF-weighted n-gram cosine);
2. the unit in context: its neighbours' first-pass scores (jusText-style smoothing, learned), the heading of
   its block, whether it stands after the last or before the first paragraph of the story, whether it is a
   list item under a spam heading or a row of a table of figures under a lead-in, and its coherence with the
   story.

A unit is removed when the second score reaches ``spam.threshold``. Then a few precise rules finish what
the model leaves half done (``detect_spam``): the heading of a block of spam above it, the whole of a
related-articles list under its heading (its headlines are on the story's topic, which the model reads as
content), the rest of a disclaimer after its label, a shop's keyword listing with a labelled contact,
previous/next links, a selling sentence with a contact inside a paragraph, editor and counter lines, tag lines,
shop lines on the story's topic (a title-case keyword listing ending in "Factory Price.", a listing with
WhatsApp or a sales@ mailbox, a bare contact line beside an ad), and the rest of a line that is mostly spam.
Each leaves alone what reads as running text or a credit. Content is sacred: a contact line or URL that shares
its words with the story scores low, and when unsure the unit is kept (``keep_when_unsure``, before the rules:
under ``spam.sure`` a complete sentence without strong spam markers, or the story's own hotline, stays; and a press
release's media contact that names the story's firm stays whatever marked it, ``keep_press_contacts``). Every removed
unit carries its reasons (the features that pushed it over) and its score.

``spam.model = "rules"`` selects the older hand-weighted scorer; ``naive_spam_lines`` is the line-rule
baseline that the accuracy bench reports beside the model.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import json
import math
import operator
import re
import zlib
from dataclasses import dataclass, replace
from pathlib import Path

from .config import SpamConfig
from .lang import words_en, words_zh
from .language import EN, ZH, _decide, detect_segment
from .records import Segment
from .segment import Unit, split_clauses, split_lines, split_sentences, split_units

# Hosts are ASCII: Chinese glued before or after an address ("官网www.x.com办理") is no part of it.
URL_RE = re.compile(r"(?i)\bhttps?://[^\s，。、；）)\u3400-\u9fff]+|"
                    r"(?<![A-Za-z0-9_.-])www\.[A-Za-z0-9-]+\.[^\s，。、；）)\u3400-\u9fff]+|"
                    r"(?<![A-Za-z0-9_.-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org|cc|shop|store|top|xyz|eu|info|biz)"
                    r"(?:\.cn)?(?![A-Za-z0-9-])(?:/[^\s，。、；）)]*)?")
EMAIL_RE = re.compile(r"[A-Za-z0-9_.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_PHONE_RE = re.compile(r"(?<![A-Za-z0-9_.])(?:\+\d{1,3}[- ]?)?(?:\(\d{2,4}\) ?|\d{2,4}[- ])?(?:[\dXx×*]{2,4}[- ]?){1,3}[\dXx×*]{2,5}"
                       r"(?![A-Za-z0-9_%]|[.,]\d)")
_YEARS_RE = re.compile(r"^(?:19|20)\d\d\s?-\s?(?:19|20)\d\d$|^(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\b")
# the Chinese labels of a contact (simplified and traditional), for _CONTACT_LABEL_RE and _ZH_CONTACT_LABEL_RE
_ZH_CONTACT_WORDS = "联系人|联系电话|联系方式|电话|手机|热线|邮箱|聯繫人|聯絡人|聯繫電話|電話|熱線|郵箱"
IM_RE = re.compile(r"(?i)(?:\bQQ|\bVX|V信|微信号?|\bWeChat|\bWhatsApp|\bSkype|\bLine)\s*(?:ID)?\s*[:：号]?\s*[\w-]{5,}")
# IM_RE cannot match a text whose lower case holds none of these (nor a letter that IGNORECASE takes for i or s)
_IM_KEYS = ("qq", "vx", "v信", "微信", "wechat", "whatsapp", "skype", "line")
_IM_KEYS_RE = re.compile("|".join(map(re.escape, _IM_KEYS)))  # one pass for all of them
MASKED_RE = re.compile(r"\d[Xx×*]{2,}|[Xx×*]{3,}\d")
CRUMB_RE = re.compile(r"\S+ ?[>›»/] ?\S+ ?[>›»] ?\S+")
CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
CJK_RUN_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
LATIN_RE = re.compile(r"[A-Za-z]")
TERMINAL_RE = re.compile(r"[.!?。！？”\"」』)）…]$")
BULLET_RE = re.compile(r"^(?:[·•■□▪▶►◆◇●○★☆※→»>\-–—*]+|\d{1,2}[.、)]\s)")
BRACKET_RE = re.compile(r"^[【\[［〔(（<《]")
LABEL_RE = re.compile(r"^[^\s:：,，。]{1,14}\s?[:：]")
PRICE_RE = re.compile(r"(?i)[$¥￥€£]\s?\d|\d\s?(?:元|块)(?:/|每)|\byuan/|\b\d+\s?pcs\b|\d+%\s?off|/month|/月")
QUOTE_RE = re.compile(r"[\"“”「」『』]")
AD_TAG_RE = re.compile(r"^\W{0,3}[【\[［(（<]?(?:" + "|".join(re.escape(t) for t in words_en.AD_TAGS + words_zh.AD_TAGS)
                       + r")(?:[】\]］)）>:：]|\s*$)|^(?:" + "|".join(re.escape(t) for t in words_en.INLINE_BREAKS) + r")\b")
NUMBER_RE = re.compile(r"(?<![\w.])[-+−]?\d[\d,]*(?:\.\d+)?%?")
ARROW_RE = re.compile(r"[▲▼△▽↑↓]")
CRUMB_SEP_RE = re.compile(r"\s*(?:[>›»]|\s/\s|→)\s*")
LIST_NUMBER_RE = re.compile(r"^\(?\d{1,2}[.)、]\s?\S")
EN_WORD_RE = re.compile(r"[a-z]+|\d+")
CAP_WORD_RE = re.compile(r"\b[A-Za-z][\w'&-]*")
# patterns of the per-unit features and checks, compiled once (re's cache lookup costs on every call)
_DIGIT_RE = re.compile(r"\d")
_MARK_RE = re.compile(r"\x01(\w)")
_LIST_SEP_RE = re.compile(r"[,，、|/;；]")
_LIST_END_RE = re.compile(r"[。！？]|[.!?]$")
_ZH_PUNCT_RE = re.compile(r"[，。；：]")
_CLAUSE_PUNCT_RE = re.compile(r"[，。；：,;] ?|[.!?](?:\s|$)")
_SEPARATOR_RE = re.compile(r"[,，、|/;；·](?! )")
_CJK_WORD_RUN_RE = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,6}(?= [\u4e00-\u9fff])")
_EN_ITEM_SEP_RE = re.compile(r"[,;|]")
_EN_STOP_SPACE_RE = re.compile(r"[.!?]\s")
_ZH_ITEM_SEP_RE = re.compile(r"[，,、]")

_EN_STOP = frozenset(
    "the a an and or of to in on at for by with from as is are was were be been has have had will would it its this "
    "that these those he she they we you i his her their our your not but than then also which who what when where "
    "said says more most very can could may might into over after before about up out new one two".split())


def _trie(words: list[str], whole_words: bool = False) -> str:
    """A regex alternation of words as a prefix tree (much faster than a flat alternation); longest first. A
    word that ends with an ASCII letter or digit must not run on into another letter; with ``whole_words``,
    one that starts with one must not follow a letter either. That check comes right after the first
    character ("a(?<![a-z]a)…", not "(?<![a-z])a…"): when every alternative starts with a plain character,
    the regex engine skips ahead to the characters a word can start with (four times faster on Chinese)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = w[-1:].isascii() and w[-1:].isalnum()

    def build(node: dict, top: bool = False) -> str:
        alts = [re.escape(ch) + (f"(?<![a-z]{re.escape(ch)})" if top and whole_words and ch.isascii() and ch.isalnum()
                                 else "") + build(child) for ch, child in sorted((k, v) for k, v in node.items() if k)]
        if "" in node:
            alts.append(r"(?![a-z])" if node[""] else "")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return build(root, top=True) if words else "(?!)"


def _cue_regex(cues: tuple[str, ...]) -> re.Pattern:
    """One pattern for a tuple of cues (lower case); a cue that starts or ends with a letter matches whole
    words only."""
    return re.compile(_trie(sorted({c.lower() for c in cues if c}), whole_words=True))


CUE_KINDS = ("ad", "contact", "footer", "nav", "share", "editor", "cookie", "paywall", "comment", "app")
_CUES = {k: (_cue_regex(words_en.SPAM_CUES_BY_KIND[k]), _cue_regex(words_zh.SPAM_CUES_BY_KIND[k])) for k in CUE_KINDS}
# every cue of both languages in one pattern (one pass per unit); a matched cue names its kind
_KIND_OF = {c.lower(): k for k in CUE_KINDS for lang in (words_en, words_zh) for c in lang.SPAM_CUES_BY_KIND[k]}
_ALL_CUES = _cue_regex(tuple(_KIND_OF))
_CREDIT = _cue_regex(words_en.CREDIT_CUES + words_zh.CREDIT_CUES)
_VERBS_EN = _cue_regex(tuple(v.strip() for v in words_en.VERB_HINTS))
_VERBS_ZH = _cue_regex(words_zh.VERB_HINTS)
_REPORT_ZH = _cue_regex(words_zh.REPORTING_CUES)

DENSE = (
    "log_chars", "log_tokens", "cjk_share", "latin_share", "digit_share", "upper_share", "title_words",
    "terminal", "clause_punct", "urls", "emails", "phones", "im_handles", "masked_numbers",
    *(f"cue_{k}" for k in CUE_KINDS), "keyword_list", "separators", "cjk_word_run", "verbs", "quotes", "bullet",
    "bracket", "label_colon", "title_fragment", "crumbs", "exclaim", "price", "rel_line", "near_end", "near_start",
    "first_line", "coherence", "overlap", "no_context", "domain_in_story", "other_lang", "is_sentence",
    "log_line_chars", "log_line_units", "story_like", "log_doc_lines", "credit", "ad_tag", "pipes", "numbers",
    "figure_row", "arrows", "list_number", "colon_end", "question", "open_end",
)
_CUE_FEATURES = tuple(f"cue_{k}" for k in CUE_KINDS)
CONTEXT = (
    "logit", "prev1", "prev2", "next1", "next2", "is_first", "is_last", "line_mean", "line_has_others",
    "para_max", "para_mean", "after_story", "before_story", "log_story_after", "log_story_before",
    "story_coherence", "spam_share_after", "spam_share_before", "logit_x_after", "logit_x_before",
    "head_logit", "prev_para_last", "figure_rows_near", "lead_in_colon", "listy", "head_x_listy", "after_x_listy",
    "listy_near",
)
# What a person reads in `spam-report` for a feature that pushed a unit over.
REASONS = {
    "urls": "url", "emails": "e-mail", "phones": "phone number", "im_handles": "QQ/WeChat/WhatsApp id",
    "masked_numbers": "masked number", "cue_ad": "ad words", "cue_contact": "contact cue", "cue_footer": "footer",
    "cue_nav": "navigation/related list", "cue_share": "share/subscribe prompt", "cue_editor": "editor line",
    "keyword_list": "keyword list", "separators": "list separators", "cjk_word_run": "keyword list",
    "bullet": "bullet item", "bracket": "bracketed tag", "label_colon": "label line", "title_fragment": "title-case fragment",
    "crumbs": "navigation crumbs", "price": "price", "exclaim": "exclamation", "coherence": "off topic",
    "overlap": "off topic", "lexical": "ad vocabulary", "near_end": "at the end", "near_start": "at the start",
    "terminal": "no sentence end", "verbs": "no verb", "story_like": "not story-like", "log_chars": "short",
    "prev1": "neighbours are spam", "prev2": "neighbours are spam", "next1": "neighbours are spam",
    "next2": "neighbours are spam", "line_mean": "rest of the line is spam", "para_max": "paragraph is spam",
    "para_mean": "paragraph is spam", "after_story": "after the story", "before_story": "before the story",
    "story_coherence": "off topic", "spam_share_after": "spam follows", "spam_share_before": "spam before",
    "logit_x_after": "after the story", "logit_x_before": "before the story", "log_story_after": "after the story",
    "cue_cookie": "cookie notice", "cue_paywall": "paywall notice", "cue_comment": "reader comments",
    "cue_app": "app prompt", "ad_tag": "ad tag", "pipes": "menu separators", "arrows": "ticker",
    "head_logit": "under a spam heading", "prev_para_last": "after a spam block", "head_x_listy": "under a spam heading",
    "after_x_listy": "after the story",
}


# --- tokens ---------------------------------------------------------------------------------------

# A phone match starts with one of + ( 0-9 X x × * and holds only those and ) - space: it lies inside one run
# of these characters, so _PHONE_RE is tried only inside runs that hold four digits or more.
_PHONE_RUN_RE = re.compile(r"[+(\dXx×*][\dXx×*+() -]*")


def _phone_matches(text: str):
    """_PHONE_RE.finditer(text), less the matches with fewer than four digits (find_phones drops them), at a
    fraction of the cost: the pattern starts with a look-behind, so a plain search tries it at every position."""
    for run in _PHONE_RUN_RE.finditer(text):
        if sum(map(str.isdigit, run.group())) < 4:
            continue
        p, end = run.start(), run.end()
        while p < end:
            m = _PHONE_RE.match(text, p)
            if m:
                yield m
                p = m.end()
            else:
                p += 1


@functools.lru_cache(maxsize=512)
def _digit_count(text: str) -> int:
    """The digits in text (features and rules ask it of the same unit or line several times)."""
    return sum(map(str.isdigit, text))


def find_phones(text: str) -> list[str]:
    """Phone numbers (7 to 15 digits, masked digits counted), not year ranges or amounts."""
    out = []
    if _digit_count(text) < 4:  # a number needs four digits (most units have none)
        return out
    for m in _phone_matches(text):
        p = m.group(0).strip()
        digits = sum(c.isdigit() or c in "Xx×*" for c in p)
        if 7 <= digits <= 15 and not _YEARS_RE.match(p) and sum(c.isdigit() for c in p) >= 4:
            out.append(p)
    return out


def cjk_count(text: str) -> int:
    """The number of Chinese characters in text (len(CJK_RE.findall(text)), counted run by run: a third of the time)."""
    return sum(map(len, CJK_RUN_RE.findall(text)))


_TERMINAL_CHARS = frozenset(".!?。！？”\"」』)）…")


def is_terminal(text: str) -> bool:
    """Whether text ends like a sentence: TERMINAL_RE.search(text) (whose $ also matches before a final line
    break), without trying the pattern at every position."""
    return (text[:-1] if text.endswith("\n") else text)[-1:] in _TERMINAL_CHARS


def _shape(text: str) -> str:
    return _DIGIT_RE.sub("0", text)


# what every match of URL_RE holds: '://', 'www.', or a dot before a letter (the top-level domain; IGNORECASE
# takes ſ, the Kelvin sign and the Turkish i's for letters too): a decimal point alone is no address
_URL_HINT_RE = re.compile(r"(?i)://|www\.|\.[a-zſKıİ]")


def _maybe_url(text: str) -> bool:
    """False when URL_RE cannot match (most Chinese sentences with a figure like 12.4% hold no address)."""
    return _URL_HINT_RE.search(text) is not None


def _maybe_email(text: str) -> bool:
    return "@" in text and "." in text


def has_url(text: str) -> bool:
    return _maybe_url(text) and URL_RE.search(text) is not None


def has_email(text: str) -> bool:
    return _maybe_email(text) and EMAIL_RE.search(text) is not None


def _maybe_im(text: str, low: str | None = None) -> bool:
    """False when IM_RE cannot match (``low``: text.lower(), if known)."""
    low = text.lower() if low is None else low
    return _IM_KEYS_RE.search(low) is not None or "İ" in text or "ı" in text or "ſ" in text


def find_im_handles(text: str, low: str | None = None) -> list[str]:
    """IM_RE's matches (``low``: text.lower(), if known)."""
    return IM_RE.findall(text) if _maybe_im(text, low) else []


# why a unit the model scored as spam stays: a whole sentence with no mark of an ad (a name only there stays a name)
STORY_SENTENCE = "kept: a complete sentence, unsure"


def find_urls(text: str) -> list[str]:
    return URL_RE.findall(text) if _maybe_url(text) else []


def find_emails(text: str) -> list[str]:
    return EMAIL_RE.findall(text) if _maybe_email(text) else []


def _word_shape(w: str) -> str:
    """_shape of an EN_WORD_RE match: letters as they are, a run of digits as zeros."""
    return w if "a" <= w[0] <= "z" else "0" * len(w)


_C_PREFIX, _D_PREFIX, _T_PREFIX = "c:".__add__, "d:".__add__, "t:".__add__


def _token_parts(text: str, phones_of) -> tuple[list[str], list[str], list[str], str]:
    """What ``tokens`` is made of: the lexical tokens that come before the Chinese ones (address marks, English
    words and bigrams), the topical English words, the runs of Chinese characters, and the head token."""
    lex: list[str] = []
    t = EMAIL_RE.sub(" \x01e ", text) if _maybe_email(text) else text
    t = URL_RE.sub(" \x01u ", t) if _maybe_url(t) else t
    for ph in phones_of(t):
        t = t.replace(ph, " \x01p ", 1)
    if "\x01" in t:
        lex += ["<" + m + ">" for m in _MARK_RE.findall(t)]
    low = t.lower()
    words = [_word_shape(w) for w in EN_WORD_RE.findall(low)]
    lex += ["w:" + w for w in words]
    lex += ["b:" + a + " " + b for a, b in zip(words, words[1:])]
    topical = ["t:" + w for w in words if len(w) > 2 and w not in _EN_STOP and not w[0].isdigit()]
    head = text.lstrip()[:1]
    return lex, topical, CJK_RUN_RE.findall(t), "h:" + (_shape(head) if head else "")


def tokens(text: str, phones_of=find_phones) -> tuple[list[str], list[str]]:
    """(lexical tokens, topical tokens). Lexical: English words and bigrams, Chinese characters and
    bigrams, digits reduced to their shape, URLs/e-mails/phones as one token each. Topical: English
    content words, Chinese character bigrams (what coherence with the story is measured on)."""
    lex, topical, runs, head = _token_parts(text, phones_of)
    for run in runs:
        lex += map(_C_PREFIX, run)
        bigrams = list(map(operator.add, run, run[1:]))  # run[i:i + 2], pair by pair
        lex += map(_D_PREFIX, bigrams)
        topical += map(_T_PREFIX, bigrams)
    lex.append(head)
    return lex, topical


def _bucket(token: str, bits: int) -> int:
    return zlib.crc32(token.encode("utf-8")) & ((1 << bits) - 1)


_TABLE_SIZE = 1 << 16  # keys a bucket table holds before it starts again (a few MB)


class _BucketTable(dict):
    """``_bucket(prefix + key, bits)`` by key, each worked out once: Chinese characters and bigrams recur from
    unit to unit, and a dict lookup costs a fraction of encoding and hashing a new token string."""

    def __init__(self, prefix: str, bits: int):
        super().__init__()
        self.prefix, self.bits = prefix, bits

    def __missing__(self, key: str) -> int:
        if len(self) >= _TABLE_SIZE:
            self.clear()
        b = self[key] = _bucket(self.prefix + key, self.bits)
        return b


_TABLES: dict[tuple[str, int], _BucketTable] = {}


def _table(prefix: str, bits: int) -> _BucketTable:
    t = _TABLES.get((prefix, bits))
    if t is None:
        t = _TABLES[(prefix, bits)] = _BucketTable(prefix, bits)
    return t


def token_buckets(text: str, hash_bits: int, topic_bits: int, phones_of=find_phones) -> tuple[list[int], list[int]]:
    """``tokens(text)`` hashed, in the same order: (lexical tokens' buckets at ``hash_bits``, topical tokens'
    at ``topic_bits``), without making the Chinese tokens' strings."""
    lex, topical, runs, head = _token_parts(text, phones_of)
    whole = _table("", hash_bits)
    lb = list(map(whole.__getitem__, lex))
    tb = list(map(_table("", topic_bits).__getitem__, topical))
    if runs:
        char, pair, topic = (_table("c:", hash_bits).__getitem__, _table("d:", hash_bits).__getitem__,
                             _table("t:", topic_bits).__getitem__)
        for run in runs:
            lb += map(char, run)
            bigrams = list(map(operator.add, run, run[1:]))
            lb += map(pair, bigrams)
            tb += map(topic, bigrams)
    lb.append(whole[head])
    return lb, tb


# --- model ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SpamModel:
    name: str
    hash_bits: int
    topic_bits: int
    w_dense: "object"  # numpy arrays
    w_hash: "object"
    b1: float
    mu1: "object"
    sd1: "object"
    w_ctx: "object"
    b2: float
    mu2: "object"
    sd2: "object"
    idf: "object"
    meta: dict


def models_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "models"


def resolve_model_path(name: str) -> Path:
    """A model folder: an existing path as given, else ``models/NAME`` beside the package."""
    p = Path(name)
    if p.is_dir():
        return p
    q = models_dir() / name
    if q.is_dir():
        return q
    raise ValueError(f"spam model {name!r} not found (looked in {p} and {q}); train one with "
                     f"`newskb train-spam` or set spam.model = \"rules\"")


@functools.lru_cache(maxsize=4)
def load_model(name: str) -> SpamModel:
    import numpy as np

    path = resolve_model_path(name)
    meta = json.loads((path / "meta.json").read_text("utf-8"))
    z = np.load(path / "model.npz")
    if list(meta["features"]["dense"]) != list(DENSE) or list(meta["features"]["context"]) != list(CONTEXT):
        raise ValueError(f"spam model {path} was trained with other features than this version computes; "
                         f"retrain it with `newskb train-spam`")
    return SpamModel(name=str(path.name), hash_bits=int(meta["settings"]["hash_bits"]),
                     topic_bits=int(meta["settings"]["topic_bits"]),
                     w_dense=z["w_dense"].astype(np.float64), w_hash=z["w_hash"].astype(np.float64),
                     b1=float(z["b1"]), mu1=z["mu1"], sd1=z["sd1"], w_ctx=z["w_ctx"].astype(np.float64),
                     b2=float(z["b2"]), mu2=z["mu2"], sd2=z["sd2"], idf=z["idf"].astype(np.float64), meta=meta)


# --- features -------------------------------------------------------------------------------------

def _cue_counts(text: str, low: str | None = None) -> dict[str, int]:
    """Cues per kind (``low``: text.lower(), if known)."""
    counts = dict.fromkeys(CUE_KINDS, 0)
    for m in _ALL_CUES.finditer(text.lower() if low is None else low):
        counts[_KIND_OF[m.group(0)]] += 1
    return counts


def _maybe_masked(text: str) -> bool:
    """False when MASKED_RE cannot match (it needs an X, ×, or *)."""
    return "X" in text or "x" in text or "×" in text or "*" in text


def _maybe_price(text: str, low: str) -> bool:
    """False when PRICE_RE cannot match: each of its forms holds a currency sign, a slash, 元 or 块 with 每,
    "pcs", or % with "off" (ſ: what IGNORECASE also takes for s). Chinese news has 元 and % in many
    sentences; few of them also hold 每 or "off"."""
    return (any(map(text.__contains__, "$¥￥€£/ſ")) or "pcs" in low or ("%" in text and "off" in low)
            or (("元" in text or "块" in text) and "每" in text))


def _keyword_list(text: str) -> bool:
    """'LED Strip Light,RGB Strip,Waterproof Light': three or more short items, no verb, no sentence end."""
    if sum(map(text.count, ",，、|/;；")) < 2:  # three items need two separators
        return False
    if _LIST_END_RE.search(text):  # a sentence end (most Chinese sentences): no need to split
        return False
    items = [i.strip() for i in _LIST_SEP_RE.split(text) if i.strip()]
    if len(items) < 3:
        return False
    if any(CJK_RE.search(i) and len(i) > 8 for i in items):
        return False
    short = all(len(i.split()) <= 5 and len(i) <= 40 for i in items)
    caps = sum(1 for i in items if i[:1].isupper() or CJK_RE.match(i[:1]) or i[:1].isdigit()) >= 0.7 * len(items)
    return short and caps and not _VERBS_EN.search(text.lower())


def _title_fragment(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 10 or is_terminal(text) or CJK_RE.search(text):
        return False
    caps = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return caps >= 0.75 * len(words)


def _crumbs(text: str) -> bool:
    """'Home > Markets > Technology', 'You are here: Home page » News » China': short parts, two or more
    crumb separators, no sentence end."""
    t = text.strip()
    if len(t) >= 120 or not any(c in t for c in ">›»→/") or is_terminal(t):  # no separator, no crumbs
        return False
    if len(t) < 80 and CRUMB_RE.fullmatch(t):
        return True
    parts = CRUMB_SEP_RE.split(t)
    return len(parts) >= 3 and all(0 < len(x) <= 40 and len(x.split()) <= 5 for x in parts)


_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_AMOUNT_RE = re.compile(r"(?i)[$¥￥€£]\s?\d|\d%|\d\s?(?:万|亿|元|美元|吨|个百分点|per\b|million\b|billion\b|tonnes?\b)")


_STOP_SPACE_RE = re.compile(r"[.!?](?:\s|$)")


def _clause_punct_count(text: str) -> int:
    """len(_CLAUSE_PUNCT_RE.findall(text)): its matches never overlap or hide one another (the space a mark takes
    with it is no mark), so the Chinese and comma marks are counted and the stops before a space or the end
    searched."""
    n = sum(map(text.count, "，。；：,;"))
    return n + len(_STOP_SPACE_RE.findall(text)) if "." in text or "!" in text or "?" in text else n


def _figure_row(text: str, nums: list[str], contact: bool, cjk: int | None = None) -> bool:
    """A row of a table of figures ('Shanghai-Rotterdam: $2,865 per TEU, down 8.1%', '华东地区：128万吨，同比增长4.2%'):
    short, two or more numbers that are not years (or one amount after a bullet or a label), no contact details."""
    nums = [x for x in nums if not _YEAR_RE.fullmatch(x)]
    if contact or not nums:
        return False
    if len(nums) < 2 and not ((BULLET_RE.search(text) or LABEL_RE.search(text)) and _AMOUNT_RE.search(text)):
        return False
    cjk = cjk_count(text) if cjk is None else cjk
    return (cjk <= 40) if cjk > len(text) / 3 else len(text.split()) <= 16


def _story_like(text: str, zh: bool, cjk: int | None = None) -> bool:
    """``cjk``: the number of Chinese characters in text, if known."""
    if zh:
        return ((cjk_count(text) if cjk is None else cjk) >= 30 and len(_ZH_PUNCT_RE.findall(text)) >= 2
                and not _CUES["footer"][1].search(text))
    return len(text.split()) >= 12 and bool(_VERBS_EN.search(text.lower()))


_PROPER_RE = re.compile(r"\b[A-Z][a-z]{3,}|\b[A-Z]{4,}\b")
_COMMON_NAMES = frozenset(
    "china chinese news trade group company business market online daily times email mail sales service info "
    "global world international national city province county shop store tech technology industry industrial "
    "this that there these those their they what when where with from about after before other more most".split())


# Every toneless syllable pypinyin writes (Style.NORMAL, "ü" as "v"; its one non-ASCII syllable, "ê", left out):
# what _pinyin's output is made of (tests check it against pypinyin's tables)
_PINYIN_SYLLABLES = frozenset((
    "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biang biao bie bin bing bo bong bu ca cai can "
    "cang cao ce cei cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan "
    "chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian "
    "diao die din ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fiao fo fou "
    "fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao "
    "he hei hen heng hm hng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing "
    "jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun "
    "kuo la lai lan lang lao le lei len leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun "
    "luo lv lve m ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu n na nai nan "
    "nang nao ne nei nen neng ng ni nia nian niang niao nie nin ning niu nong nou nu nuan nun nuo nv nve o ou "
    "pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing "
    "qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang "
    "sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui "
    "shun shuo si song sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou "
    "tu tuan tui tun tuo wa wai wan wang wei wen weng wo wong wu xi xia xian xiang xiao xie xin xing xiong "
    "xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze "
    "zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang "
    "zhui zhun zhuo zi zong zou zu zuan zui zun zuo"
).split())
_SYLLABLE_PREFIXES = frozenset(s[:k] for s in _PINYIN_SYLLABLES for k in range(1, len(s) + 1))
_SYLLABLE_SUFFIXES = frozenset(s[k:] for s in _PINYIN_SYLLABLES for k in range(len(s)))
_SYLLABLE_INFIXES = frozenset(s[a:b] for s in _PINYIN_SYLLABLES
                               for a in range(len(s)) for b in range(a + 1, len(s) + 1))


def _maybe_pinyin(part: str) -> bool:
    """False when no pinyin can hold part (an ASCII web or mailbox name part, lower case): it is no piece of a
    run of syllables, i.e. neither inside one syllable nor the end of one, whole syllables, and the start of
    one ("factory", "hk2024"). Asking pypinyin for every unit of an article costs far more than this."""
    if not part.isascii():
        return True  # not ours to judge: pypinyin decides
    if part in _SYLLABLE_INFIXES:
        return True
    n = len(part)
    # at[i]: part[:i] is the end of a syllable (none at all for i = 0) followed by whole syllables
    at = [i == 0 or part[:i] in _SYLLABLE_SUFFIXES for i in range(n + 1)]
    for i in range(n + 1):
        if not at[i]:
            continue
        if i == n or part[i:] in _SYLLABLE_PREFIXES:
            return True
        for j in range(i + 1, min(n, i + 6) + 1):  # syllables are six letters at most
            if part[i:j] in _PINYIN_SYLLABLES:
                at[j] = True
    return False


def _pinyin(text: str) -> str:
    """Toneless pinyin of the Chinese runs of text, syllables joined ("嘉味源" -> "jiaweiyuan")."""
    return " ".join(_run_pinyin(r) for r in CJK_RUN_RE.findall(text))


@functools.lru_cache(maxsize=8192)
def _run_pinyin(run: str) -> str:
    """The syllables of one run of Chinese characters, joined (pypinyin is slow; site names and footers repeat)."""
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin(run, style=Style.NORMAL))


def _domains(text: str, urls: list[str] | None = None, emails: list[str] | None = None) -> list[str]:
    """The name-like parts of the web and e-mail addresses in text (``urls``/``emails``: its matches, if known)."""
    parts = []
    urls = find_urls(text) if urls is None else urls
    emails = find_emails(text) if emails is None else emails
    for m in urls + emails:
        host = re.sub(r"(?i)^https?://|^www\.", "", m).split("/")[0]
        host = host.split("@")[-1] if "@" in m else host
        user = m.split("@")[0] if "@" in m else ""
        for p in re.split(r"[.\-_]", host + "." + user):
            if len(p) >= 4 and p.lower() not in ("html", "example", "mail", "info", "sales", "service", "admin",
                                                  "news", "shop", "store", "online", "china", "www"):
                parts.append(p.lower())
    return parts


# an ad, contact, navigation or share cue of either language, in one pattern (one pass over the text)
_CUED_RE = _cue_regex(tuple(c for k in ("ad", "contact", "nav", "share") for lang in (words_en, words_zh)
                            for c in lang.SPAM_CUES_BY_KIND[k]))


# an ad tag in brackets at the start of a unit ("【广告】", "[Sponsored]", "（推广）"), and no reporting verb after it
_BRACKET_AD_TAG_RE = re.compile(r"^\W{0,3}[【\[［〔(（<](?:"
                                + "|".join(re.escape(t) for t in words_en.AD_TAGS + words_zh.AD_TAGS) + r")[】\]］〕)）>]")


def _tagged_ad(text: str) -> bool:
    """A unit that the site labels as an ad: it opens with a bracketed ad tag, reports nothing and does not end
    like a sentence of the story (it ends at a link arrow, an exclamation or without a full stop: "【广告】…
    点击立即领券>>"). An ad that ends in a full stop may have the story run on after it, and is left to the
    model, clause by clause."""
    return (bool(_BRACKET_AD_TAG_RE.match(text))
            and (not _SENTENCE_END_RE.search(text.rstrip())  # (or one sentence that gives a shop's contact)
                 or len(_SENTENCE_END_RE.findall(text.rstrip())) == 1 and cjk_count(text) == 0 and len(text) <= 240
                 and bool(find_phones(text) or has_url(text) or IM_RE.search(text)))  # (English: the tag then the ad)
            and not _REPORT_ZH.search(text) and not _REPORTING_EN_RE.search(text))


def _cued(text: str) -> bool:
    return bool(_CUED_RE.search(text.lower()) or has_url(text) or find_phones(text))


def refine_units(clean: str, units: list[Unit], gaps: tuple[int, ...] = ()) -> list[Unit]:
    """A long Chinese sentence holding ad or contact cues is cut into its clauses: an ad spliced into a
    sentence without a full stop (and without the spaces the cleaner takes out) ends at a comma at worst.
    Only the first clause (an ad run into the sentence) or the last (an ad appended to it) is cut off, at
    a layout gap inside it when there is one (``gaps``: where the raw text had white space or a joined line
    break; the first clause at its last gap, the last at its first), else whole; a
    first clause without a gap is cut off with the next clause up to a gap inside that one ("添加微信：…，免费
    领取攻略 他透露，…"). A sentence that opens with a bracketed ad tag is left whole: the tag says where
    the ad starts, and the sentence end where it stops."""
    out = []
    for u in units:
        t = clean[u.start:u.end]
        ads = spliced_ads(t) if len(t) >= 20 else []
        if _covers(ads, t):
            ads = []  # the unit is one ad from end to end (_ad_alone): it stays whole
        if ads:  # the story before, the ad, the story after: a unit each
            at = u.start
            for a, b in ads:
                if not t[b:].strip(_AD_TRAILER):
                    b = len(t)  # (the ad's own full stop)
                out += [Unit(x, y, "clause", u.line, u.paragraph) for x, y in ((at, u.start + a), (u.start + a, u.start + b))
                        if clean[x:y].strip()]
                at = u.start + b
            if clean[at:u.end].strip():
                out.append(Unit(at, u.end, "clause", u.line, u.paragraph))
            continue
        if _BRACKET_AD_TAG_RE.match(t) and cjk_count(t) >= 12:  # "【广告】…QQ：12345 他透露，公司计划…。": a source's statement after the
            cut = _statement_after_ad(clean, u.start, u.end, gaps)  # ad, at a gap, ends the ad
            if cut:
                out.append(Unit(u.start, cut, "clause", u.line, u.paragraph))
                out.append(Unit(cut + (clean[cut:cut + 1] == " "), u.end, "clause", u.line, u.paragraph))
                continue
        if len(t) >= 30 and cjk_count(t) > len(t) / 2 and not _tagged_ad(t) and _cued(t):
            parts = split_clauses(clean, u.start, u.end)
            if len(parts) > 1 and _cued(clean[parts[0][0]:parts[0][1]]):
                inside = [g for g in gaps if parts[0][0] + 4 <= g < parts[0][1] - 1]
                if not inside:  # the ad may run on into the next clause, up to a layout gap there, with ad words
                    inside = [g for g in gaps if parts[1][0] + 1 < g < parts[1][1] - 1
                              and _cued(clean[parts[1][0]:g])][:1]
                cut = inside[-1] if inside else parts[1][0]
                out.append(Unit(u.start, cut, "clause", u.line, u.paragraph))
                out.append(Unit(cut + (clean[cut:cut + 1] == " "), u.end, "clause", u.line, u.paragraph))
                continue
            if len(parts) > 2 and _cued(clean[parts[-1][0]:parts[-1][1]]) and not _cued(
                    clean[parts[0][0]:parts[-2][1]]):
                inside = [g for g in gaps if parts[-1][0] + 1 < g < parts[-1][1] - 3  # the ad: from the gap on
                          and not _cued(clean[parts[-1][0]:g]) and _cued(clean[g:parts[-1][1]])][:1]
                cut = inside[0] if inside else parts[-1][0]
                out.append(Unit(u.start, cut if inside else parts[-2][1], "clause", u.line, u.paragraph))
                out.append(Unit(cut, u.end, "clause", u.line, u.paragraph))
                continue
        out.append(u)
    return [piece for u in out for piece in _cut_leading_contact(clean, u)]


def _cut_leading_contact(clean: str, u: Unit) -> list[Unit]:
    """电话：0571-8000XXXX某某说，…: a unit that opens with the last contact of an ad before it, the story
    run on with no gap, is cut in two there."""
    t = clean[u.start:u.end]
    lead = _leading_contact(t) if _CONTACT_LABEL_RE.match(t) else None
    if lead is None or cjk_count(t[lead:]) < 4:
        return [u]
    return [Unit(u.start, u.start + lead, "clause", u.line, u.paragraph),
            Unit(u.start + lead, u.end, "clause", u.line, u.paragraph)]


# an ad spliced into a sentence of the story: a bracketed label (【房产】, 【特惠】, [招商]) or three or more short
# parts split by spaces (源头工厂 来图定制 量大从优 …), then a labelled contact (电话：…, 微信：…, 联系人：…);
# or a bracket that holds the whole ad, contact and all (【厂家直销 量大价优 电话：…】)
_AD_LABEL_RE = re.compile(r"[【\[［]([^【】\[\]［］\n。！？]{1,60})[】\]］]")
_AD_PARTS_RE = re.compile(r"(?:^|(?<=[。！？!?”」）)\s]))(?:[^\s。！？!?，,；;“”「」]{1,16}[ \u3000]+){3,}$")
_AD_STOP_RE = re.compile(r"[。！？“”「」\n]")  # (not ? or ! of ASCII: a URL's query may hold them)
_REPORT_ZH_WORD = _cue_regex(tuple(c for c in words_zh.REPORTING_CUES if len(c) >= 2))  # (not 道 of 索道)
_ZH_CONTACT_LABEL_RE = re.compile(_ZH_CONTACT_WORDS + "|微信")
_AD_TRAILER = " 。.！!；;，,"
_SAME_NUMBER_RE = re.compile(r"\s*[（(]?(?:微信|电话|手机)?同号[）)]?")
_HANDLE_END_RE = re.compile(r"[\s:：号]*(?:ID)?[\s:：号]*[A-Za-z0-9_.@+-]{5,}")


def _contact_end(text: str, start: int, end: int) -> int:
    """Where a contact found at text[start:end] really ends: an IM handle is ASCII (微信：fnjd2025不过… ends
    before 不过), and a "same number" note after it (（微信同号）) belongs to it."""
    if not find_phones(text[start:end]) and not has_url(text[start:end]) and not has_email(text[start:end]):
        key = _IM_KEYS_RE.search(text[start:end].lower())
        if key:
            m = _HANDLE_END_RE.match(text, start + key.end())
            end = m.end() if m else end
    m = _SAME_NUMBER_RE.match(text, end)
    return m.end() if m and m.end() > end else end


def spliced_ads(text: str) -> list[tuple[int, int]]:
    """Spans of a sentence that are ads spliced into it (see _AD_LABEL_RE): from the label or the first short
    part to the end of the last contact, with no sentence end, quote or reporting cue between. A bracket of the
    story ([1], 【记者手记】) gives no contact and is no ad."""
    if not _maybe_contacts(text) or not (_AD_LABEL_RE.search(text) or _CONTACT_LABEL_RE.search(text)):
        return []  # (no label of an ad and no contact label: most sentences, those with figures too)
    contacts = sorted(_contacts(text))
    out: list[tuple[int, int]] = []
    for m in _AD_LABEL_RE.finditer(text):
        if any(a <= m.start() < b for a, b in out):
            continue  # 【家装】【特惠】…: a second label of the same ad
        inside = [c for c in contacts if m.start(1) <= c[0] and c[1] <= m.end(1) + 1]
        if inside:  # the bracket holds the whole ad
            out.append(m.span())
            continue
        stop = _AD_STOP_RE.search(text, m.end())
        limit = min(stop.start() if stop else len(text), m.end() + 160)
        ends = [_contact_end(text, a, b) for a, b in contacts if m.end() < a and b <= limit]
        body = text[m.end():min((a for a, b in contacts if a > m.end()), default=m.end())]
        if ends and not _REPORT_ZH_WORD.search(text[m.end():max(ends)]) and ("，" not in body or body.count(" ") >= 2):
            out.append((m.start(), max(ends)))
    for m in _CONTACT_LABEL_RE.finditer(text):
        if any(a <= m.start() < b for a, b in out):
            continue
        parts = _AD_PARTS_RE.search(text, max(0, m.start() - 160), m.start()) \
            if _ZH_CONTACT_LABEL_RE.match(m.group()) else None  # (a window: the parts of one ad are short)
        parts = parts if parts and cjk_count(parts.group()) >= 6 else None  # (English words are parts too)
        after = [c for c in contacts if m.end() <= c[0] <= m.end() + 12]
        if parts and after and not _REPORT_ZH_WORD.search(text[parts.start():m.start()]):
            stop = _AD_STOP_RE.search(text, m.end())
            ends = [_contact_end(text, a, b) for a, b in contacts
                    if m.end() <= a and b <= (stop.start() if stop else len(text))]
            if ends:
                out.append((parts.start(), max(ends)))
    return sorted(out)


def _leading_contact(text: str) -> int | None:
    """Where a labelled contact that opens a unit ends (联系人：陈经理 138…（微信同号）, 微信：abc12345), when the
    story runs on right after it with no gap: the ad before the unit ended there."""
    m = _CONTACT_LABEL_RE.match(text)
    if not m or not m.group().endswith((":", "：")) or not _maybe_contacts(text):
        return None  # (a label with its colon: 热线电话0571-…自开通以来 is the story's hotline)
    first = min((c for c in _contacts(text) if m.start() <= c[0] <= m.end() + 12), default=None)
    if first is None or _REPORT_ZH_WORD.search(text, m.end(), max(first[0], m.end())):
        return None
    end = _contact_end(text, *first)
    nxt = _CONTACT_LABEL_RE.match(text, end + (text[end:end + 1] == " "))  # 微信：… 电话：…: one contact line
    if nxt:
        more = min((c for c in _contacts(text) if nxt.end() <= c[0] <= nxt.end() + 12), default=None)
        end = _contact_end(text, *more) if more else end
    return end


def _covers(ads: list[tuple[int, int]], text: str) -> bool:
    """One of the ads found in text runs from its start to its end (its own full stop aside)."""
    return any(a == 0 and b >= len(text.rstrip(_AD_TRAILER)) for a, b in ads)


def _ad_alone(text: str) -> bool:
    """A unit that is one spliced ad from end to end."""
    t = text.strip()
    return bool(t) and len(t) <= 240 and _covers(spliced_ads(t), t)


def _statement_after_ad(clean: str, start: int, end: int, gaps: tuple[int, ...]) -> int | None:
    """Where a source's statement starts after a tagged ad in one unit (at a layout gap or a space), when the
    statement runs to the unit's end without ad or contact cues; else None."""
    spaces = [start + k for k, ch in enumerate(clean[start:end]) if ch == " "]
    for g in sorted({g for g in gaps if start + 6 <= g < end - 8} | {g for g in spaces if g >= start + 6}):
        rest = clean[g:end].lstrip()
        if _REPORTED_ZH_RE.match(rest) and not _cued(rest) and not _contacts(rest):
            return g
    return None


def layout_gaps(raw: str, clean: str, starts, ends) -> tuple[int, ...]:
    """Offsets of the cleaned text where the raw text had a layout gap that cleaning closed or narrowed:
    white space between two Chinese characters (a line break among it too: the cleaner joins a long line
    without a full stop to the next, which may be an ad's line), or two or more spaces after a word (not after
    a sentence or clause end). ``starts``/``ends`` map each cleaned character to its raw span (``Article.starts``/``ends``)."""
    out = []
    n = len(clean)
    # only a space or a character after a jump in the raw offsets can mark a gap: visit those, in order
    spaces = []
    i = clean.find(" ", 1)
    while i != -1:
        spaces.append(i)
        i = clean.find(" ", i + 1)
    jumps = [i for i in itertools.compress(range(1, n), map(operator.gt, starts[1:n], ends[:n - 1])) if clean[i] != " "]
    for i in sorted(spaces + jumps):
        ch = clean[i]
        if ch == " ":
            span = raw[ends[i - 1]:starts[i + 1]] if i + 1 < len(clean) else ""
            wide = span.count(" ") + span.count("\t") * 2 + span.count("\u3000") * 2
            if wide >= 2 and not span.strip() and "\n" not in span and clean[i - 1] not in ".!?:;,\n":
                out.append(i + 1)
        elif starts[i] > ends[i - 1] and CJK_RE.match(ch) and CJK_RE.match(clean[i - 1]):
            between = raw[ends[i - 1]:starts[i]]
            if not between.strip() and between.count("\n") <= 1:  # a space, or a line break the cleaner joined
                out.append(i)
    return tuple(out)


# Yijing hexagram symbols: in CJK_RE's range, not in the language detector's Chinese
_HEXAGRAM_RE = re.compile("[\u4dc0-\u4dff]")


def _unit_lang(text: str, cjk: int, latin: int) -> str:
    """detect_segment(text) from the counts featurize has made (``cjk``: cjk_count, ``latin``: its ASCII
    letters): the detector's own decision on the same counts (letters / 2 against Chinese characters), without
    counting again. A text with a hexagram symbol, which the two count differently, goes to the detector."""
    if _HEXAGRAM_RE.search(text):
        return detect_segment(text)
    return _decide(text, latin / 2.0, float(cjk))


def topic_blocks(units: list[Unit]) -> list[tuple[int, int]]:
    """The block each unit's topical coherence leaves out: its paragraph, or in a paragraph of more than 12
    lines (a page whose lines have no blank line between them) its run of three lines."""
    lines: dict[int, set[int]] = {}
    for u in units:
        lines.setdefault(u.paragraph, set()).add(u.line)
    return [(u.paragraph, u.line // 3 if len(lines[u.paragraph]) > 12 else -1) for u in units]


@dataclass
class Featurized:
    units: list[Unit]
    texts: list[str]
    langs: list[str]
    dense: "object"  # (n, len(DENSE)) raw feature values
    # the units' topical buckets and vectors (hashed bucket -> IDF weight), and the IDF table and bits they
    # were made with (``topic_vectors``)
    topic_buckets: list[list[int]] | None = None
    topic_vecs: list[dict[int, float]] | None = None
    topic_idf: "object" = None
    topic_bits: int = 0
    # the units' lexical tokens' buckets at ``lex_bits`` (``token_buckets``), when featurize was given the bits
    lex_buckets: list[list[int]] | None = None
    lex_bits: int = 0
    topic_sq: list[float] | None = None  # each topic vector's sum of squares, in its order
    _tokens: tuple | None = None

    def unit_tokens(self) -> tuple[list[list[str]], list[list[str]]]:
        """Each unit's lexical and topical tokens (``tokens``), made on first use (scoring needs only buckets)."""
        if self._tokens is None:
            pairs = [tokens(t) for t in self.texts]
            self._tokens = ([p[0] for p in pairs], [p[1] for p in pairs])
        return self._tokens

    @property
    def lex(self) -> list[list[str]]:
        return self.unit_tokens()[0]

    @property
    def topical(self) -> list[list[str]]:
        return self.unit_tokens()[1]


def featurize(clean: str, idf=None, topic_bits: int = 16, gaps: tuple[int, ...] = (),
              hash_bits: int = 0) -> Featurized:
    """The first-pass features of every unit of a cleaned text (``gaps``: see ``layout_gaps``; a unit ends at a
    wide gap after a word, and a Chinese ad clause at a closed gap). With ``hash_bits`` (the model's), the
    lexical tokens are hashed here, once, as scoring needs them."""
    import numpy as np

    en_gaps = tuple(g for g in gaps if g > 1 and clean[g - 1] == " " and clean[g - 2].isascii()
                    and clean[g - 2].isalpha() and not CJK_RE.match(clean[g]))
    units = refine_units(clean, split_units(clean, en_gaps), gaps)
    n = len(units)
    texts = [clean[u.start:u.end] for u in units]
    n_lines = max((u.line for u in units), default=-1) + 1
    line_chars: dict[int, int] = {}
    line_units: dict[int, int] = {}
    for u in units:
        line_chars[u.line] = line_chars.get(u.line, 0) + (u.end - u.start)
        line_units[u.line] = line_units.get(u.line, 0) + 1
    cjk_counts = [cjk_count(t) for t in texts]
    latin_counts = [len(LATIN_RE.findall(t)) for t in texts]
    langs = list(map(_unit_lang, texts, cjk_counts, latin_counts))
    zh_chars = sum(cjk_counts)
    en_chars = sum(latin_counts) / 2
    doc_lang = ZH if zh_chars > en_chars else EN
    phone_memo: dict[str, list[str]] = {}

    def phones_of(s: str) -> list[str]:
        """find_phones, once per text (tokens and the phone count ask for the same text when a unit has no address)."""
        if s not in phone_memo:
            phone_memo[s] = find_phones(s)
        return phone_memo[s]

    pairs = [token_buckets(t, hash_bits or topic_bits, topic_bits, phones_of) for t in texts]
    lex_buckets = [p[0] for p in pairs]
    # topical vectors: IDF-weighted counts in hashed buckets
    topic_buckets = [p[1] for p in pairs]
    vecs = bucket_vectors(topic_buckets, idf)
    blocks = topic_blocks(units)
    para_vec: dict[tuple[int, int], dict[int, float]] = {}
    for blk, v in zip(blocks, vecs):
        pv = para_vec.get(blk)
        if pv is None:  # a block's first unit: its vector as it is (0.0 + w is w)
            para_vec[blk] = dict(v)
            continue
        for b, w in v.items():
            pv[b] = pv.get(b, 0.0) + w
    doc_vec: dict[int, float] = {}
    for pv in para_vec.values():
        if not doc_vec:
            doc_vec.update(pv)
            continue
        for b, w in pv.items():
            doc_vec[b] = doc_vec.get(b, 0.0) + w
    proper = [(m.start(), m.group(0).lower()) for m in _PROPER_RE.finditer(clean)
              if m.group(0).lower() not in _COMMON_NAMES]

    def names_outside(u: Unit) -> set[str]:
        return {w for at, w in proper if not u.start <= at < u.end}

    pinyin_of: dict[int, str] = {}

    def spelled_outside(d: str, i: int) -> bool:
        """Whether another unit's romanized text holds d: a web address spelling the story's company in pinyin.
        Pinyin is worked out lazily, unit by unit, until one holds it (it has no digits, so an address part
        with a digit in it, or one that no run of syllables holds, never matches)."""
        if any(c.isdigit() for c in d) or not _maybe_pinyin(d):
            return False
        for j, t in enumerate(texts):
            if j == i:
                continue
            if j not in pinyin_of:
                pinyin_of[j] = _pinyin(t) if CJK_RE.search(t) else ""
            if d in pinyin_of[j]:
                return True
        return False

    doc_sq = _sum_squares(doc_vec)
    para_rest_norm = {para: math.sqrt(doc_sq - _norm_drop(doc_vec, pv) + 1e-9) for para, pv in para_vec.items()}
    rows = []
    topic_sq: list[float] = []  # each unit's squared topical norm (the second pass needs it again)
    for i, (u, t, lang) in enumerate(zip(units, texts, langs)):
        low = t.lower()
        cjk, latin = cjk_counts[i], latin_counts[i]
        other = CJK_RUN_RE.sub("", t) if cjk else t  # no Chinese character is a digit or upper case
        chars = max(len(t), 1)
        words = t.split()
        capw = CAP_WORD_RE.findall(t) if latin else []  # a capitalised word starts with an ASCII letter
        cues = _cue_counts(t, low)
        urls, emails = find_urls(t), find_emails(t)
        phones = phones_of(EMAIL_RE.sub(" ", URL_RE.sub(" ", t)) if urls or emails else t)
        v, pv = vecs[i], para_vec[blocks[i]]
        # the same sums in the same order as over v.items(), over parallel lists
        ws = list(v.values())
        rest = list(map(operator.sub, map(doc_vec.__getitem__, v), map(pv.__getitem__, v)))  # v is part of pv
        rest_norm = para_rest_norm[blocks[i]]
        dot = sum(map(operator.mul, ws, rest))
        sq = sum(map(operator.mul, ws, ws))
        topic_sq.append(sq)
        vn = math.sqrt(sq) + 1e-9
        present = sum([w for w, r in zip(ws, rest) if r > 1e-9])
        doms = _domains(t, urls, emails)
        nums = NUMBER_RE.findall(t)
        f = {
            "log_chars": math.log1p(len(t)), "log_tokens": math.log1p(len(words) + cjk),
            "cjk_share": cjk / chars, "latin_share": latin / chars,
            "digit_share": sum(map(str.isdigit, other)) / chars,
            "upper_share": sum(map(str.isupper, other)) / max(latin, 1),
            "title_words": sum(1 for w in capw if w[:1].isupper()) / max(len(capw), 1) if capw else 0.0,
            "terminal": float(is_terminal(t)),
            "clause_punct": math.log1p(_clause_punct_count(t)),
            "urls": math.log1p(len(urls)), "emails": math.log1p(len(emails)), "phones": math.log1p(len(phones)),
            "im_handles": math.log1p(len(find_im_handles(t, low))), "masked_numbers": float(_maybe_masked(t) and bool(MASKED_RE.search(t))),
            **dict(zip(_CUE_FEATURES, map(math.log1p, cues.values()))),
            "keyword_list": float(_keyword_list(t)),
            "separators": math.log1p(len(_SEPARATOR_RE.findall(t))),
            # a run of Chinese words split by spaces needs a space (most Chinese text has none)
            "cjk_word_run": math.log1p(len(_CJK_WORD_RUN_RE.findall(t)) if " " in t else 0),
            "verbs": float(bool((_VERBS_ZH if lang == ZH else _VERBS_EN).search(low))
                           or (lang == ZH and bool(_REPORT_ZH.search(t)))),
            "quotes": float(bool(QUOTE_RE.search(t))), "bullet": float(bool(BULLET_RE.search(t))),
            "bracket": float(bool(BRACKET_RE.search(t))), "label_colon": float(bool(LABEL_RE.search(t))),
            "title_fragment": float(_title_fragment(t)),
            "crumbs": float(_crumbs(t)),
            "exclaim": math.log1p(t.count("!") + t.count("！")), "price": float(_maybe_price(t, low) and bool(PRICE_RE.search(t))),
            "rel_line": u.line / max(n_lines - 1, 1), "near_end": math.exp(-(n_lines - 1 - u.line) / 2.0),
            "near_start": math.exp(-u.line / 2.0), "first_line": float(u.line == 0),
            "coherence": dot / (vn * rest_norm) if v else 0.0,
            "overlap": present / max(sum(v.values()), 1e-9) if v else 0.0,
            "no_context": float(not v or rest_norm < 1e-3),
            "domain_in_story": float(any(w in d for d in doms for w in names_outside(u))
                                     or any(len(d) >= 6 and spelled_outside(d, i) for d in doms)) if doms else 0.0,
            "other_lang": float(lang != doc_lang), "is_sentence": float(u.kind != "line"),
            "log_line_chars": math.log1p(line_chars[u.line]), "log_line_units": math.log1p(line_units[u.line]),
            "story_like": float(_story_like(t, lang == ZH, cjk)), "log_doc_lines": math.log1p(min(n_lines, 60)),
            "credit": math.log1p(len(_CREDIT.findall(low))), "ad_tag": float(bool(AD_TAG_RE.search(t))),
            "pipes": math.log1p(t.count(" | ") + t.count("｜")), "numbers": math.log1p(len(nums)),
            "figure_row": float(_figure_row(t, nums, bool(urls or emails or phones), cjk)),
            "arrows": math.log1p(len(ARROW_RE.findall(t))), "list_number": float(bool(LIST_NUMBER_RE.search(t))),
            "colon_end": float(t.rstrip()[-1:] in (":", "：")), "question": float(t.rstrip()[-1:] in ("?", "？")),
            "open_end": float(t.rstrip()[-1:] in ("，", "、", ",", "；", ";")),
        }
        if not rows and tuple(f) != DENSE:  # the values go in as written: the names must be DENSE's, in order
            raise AssertionError(f"featurize writes {tuple(f)}, not DENSE")
        rows.append(f.values())
    # the rows' floats straight into one array (np.array of a list of tuples looks at every value's type first)
    X = np.fromiter(itertools.chain.from_iterable(rows), dtype=np.float64, count=n * len(DENSE)).reshape(
        n, len(DENSE))
    return Featurized(units, texts, langs, X, topic_buckets, vecs, idf, topic_bits, lex_buckets,
                      hash_bits or topic_bits, topic_sq)


_FLOAT_LISTS: dict[int, tuple["object", list[float]]] = {}


def _float_list(arr) -> list[float]:
    """A numpy array as a list of Python floats, made once per array (a model's IDF table is read per token)."""
    hit = _FLOAT_LISTS.get(id(arr))
    if hit is not None and hit[0] is arr:
        return hit[1]
    if len(_FLOAT_LISTS) >= 4:
        _FLOAT_LISTS.clear()
    out = arr.tolist()  # numpy's floats come back as Python floats, the same numbers
    if getattr(arr, "dtype", None) is None or arr.dtype.kind != "f":
        out = [float(x) for x in out]
    _FLOAT_LISTS[id(arr)] = (arr, out)
    return out


def topic_vectors(topical: list[list[str]], idf, topic_bits: int) -> tuple[list[list[int]], list[dict[int, float]]]:
    """Each unit's topical tokens as hashed buckets, and as IDF-weighted counts in those buckets (weight 1
    without an IDF table)."""
    mask = (1 << topic_bits) - 1
    crc32 = zlib.crc32
    buckets = [[crc32(tok.encode("utf-8")) & mask for tok in toks] for toks in topical]
    return buckets, bucket_vectors(buckets, idf)


def _norm_drop(total: dict[int, float], part: dict[int, float]) -> float:
    """How much the squared norm of ``total`` drops when ``part`` (its buckets a subset of total's) is taken out:
    sum(total[b] ** 2 - (total[b] - w) ** 2 for b, w in part.items()), the same sum in the same order, over maps."""
    tw = list(map(total.__getitem__, part))
    return sum(map(operator.sub, map(pow, tw, _TWOS), map(pow, map(operator.sub, tw, part.values()), _TWOS)))


_TWOS = itertools.repeat(2)  # the exponent of x ** 2, mapped


def _sum_squares(vec: dict[int, float]) -> float:
    """sum(w * w for w in vec.values()), the same sum in the same order, without a generator."""
    ws = list(vec.values())
    return sum(map(operator.mul, ws, ws))


def bucket_vectors(buckets: list[list[int]], idf) -> list[dict[int, float]]:
    """Each unit's topical buckets as IDF-weighted counts (weight 1 without an IDF table)."""
    weight = _float_list(idf) if idf is not None else None
    vecs = []
    for bs in buckets:
        if weight is not None:
            v = dict(zip(bs, map(weight.__getitem__, bs)))  # each bucket's weight, in order of first use
            if len(v) == len(bs):  # no bucket used twice: 0.0 + w is w
                vecs.append(v)
                continue
        v = dict.fromkeys(bs, 0.0)  # a bucket's weight added once per use, in turn
        for b in bs:
            v[b] += weight[b] if weight is not None else 1.0
        vecs.append(v)
    return vecs


def _np_mean(values: list[float]) -> float:
    """numpy's mean of a short list of floats, to the last bit, without making an array: numpy sums a
    contiguous block of up to 128 values pairwise with eight accumulators (fewer than eight: in order)."""
    n = len(values)
    if n > 128:
        import numpy as np

        return float(np.mean(np.array(values)))
    if n < 8:
        res = -0.0
        for x in values:
            res += x
        return res / n
    r = values[:8]
    i = 8
    stop = n - n % 8
    while i < stop:
        for j in range(8):
            r[j] += values[i + j]
        i += 8
    res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
    while i < n:
        res += values[i]
        i += 1
    return res / n


def _hash_scores(fz: Featurized, w_hash, bits: int):
    import numpy as np

    out = np.zeros(len(fz.units))
    if fz.lex_buckets is not None and fz.lex_bits == bits:
        rows = fz.lex_buckets
    else:
        rows = [[_bucket(t, bits) for t in toks] for toks in fz.lex]
    idx = list(itertools.chain.from_iterable(rows))
    values = w_hash[idx] if idx else np.zeros(0)
    at = 0
    for i, toks in enumerate(rows):
        if toks:  # a slice of the gathered weights sums as w_hash[unit's buckets] would (same values, same order)
            k = len(toks)
            out[i] = values[at:at + k].sum() / math.sqrt(k)
            at += k
    return out


def hashed_rows(fz: Featurized, bits: int) -> list[tuple[list[int], float]]:
    """The hashed lexical features of each unit: bucket ids and the per-token value (1/sqrt(n))."""
    rows = fz.lex_buckets if fz.lex_buckets is not None and fz.lex_bits == bits else \
        [[_bucket(t, bits) for t in toks] for toks in fz.lex]
    return [(bs, 1.0 / math.sqrt(len(bs)) if bs else 0.0) for bs in rows]


def context_features(fz: Featurized, logit1, story_coh_idf=None, topic_bits: int = 16):
    """Second-pass features: each unit among its neighbours' first-pass scores and the story."""
    import numpy as np

    n = len(fz.units)
    p1 = 1.0 / (1.0 + np.exp(-logit1))
    chars = np.array([len(t) for t in fz.texts])
    zh = np.array([lang == ZH for lang in fz.langs])
    story = (p1 < 0.2) & (chars >= np.where(zh, 25, 60))
    idx_story = np.flatnonzero(story)
    first_story = idx_story[0] if len(idx_story) else n
    last_story = idx_story[-1] if len(idx_story) else -1
    # coherence with the story units outside the unit's own paragraph
    idf = story_coh_idf
    if fz.topic_vecs is not None and fz.topic_idf is idf and fz.topic_bits == topic_bits:
        buckets, vecs, sqs = fz.topic_buckets, fz.topic_vecs, fz.topic_sq
    else:
        buckets, vecs = topic_vectors(fz.topical, idf, topic_bits)
        sqs = None
    if sqs is None:
        sqs = [_sum_squares(v) for v in vecs]
    weight = _float_list(idf) if idf is not None else None
    blocks = topic_blocks(fz.units)
    story_vec: dict[tuple[int, int], dict[int, float]] = {}
    for i in idx_story.tolist():
        pv = story_vec.get(blocks[i])
        if pv is None and len(vecs[i]) == len(buckets[i]):  # a block's first, no bucket twice: its vector as it is
            story_vec[blocks[i]] = dict(vecs[i])
            continue
        pv = story_vec.setdefault(blocks[i], {})
        for b in buckets[i]:
            pv[b] = pv.get(b, 0.0) + (weight[b] if weight is not None else 1.0)
    clip = np.clip(logit1, -8, 8)
    fig = fz.dense[:, DENSE.index("figure_row")] if n else np.zeros(0)
    para_first: dict[int, int] = {}
    para_last: dict[int, int] = {}
    for i, u in enumerate(fz.units):
        para_first.setdefault(u.paragraph, i)
        para_last[u.paragraph] = i
    lead_in = [i for i in range(n) if fz.texts[i].rstrip()[-1:] in (":", "：") and len(fz.texts[i]) > 25
               and p1[i] < 0.3]
    # a list item: short, no sentence end (a headline of a related list, a menu entry, a row of a table)
    listy = [float(len(t) <= 100 and not is_terminal(t)) for t in fz.texts]
    # the story outside a paragraph = all the story minus the paragraph's own part (norms per paragraph)
    total: dict[int, float] = {}
    for pv in story_vec.values():
        for b, w in pv.items():
            total[b] = total.get(b, 0.0) + w
    total_sq = _sum_squares(total)
    rest_norm: dict[tuple[int, int], float] = {}
    for blk in set(blocks):
        own = story_vec.get(blk, {})
        sq = total_sq - _norm_drop(total, own)
        rest_norm[blk] = math.sqrt(max(sq, 0.0))
    # plain Python per unit (numpy's call overhead dominates on a handful of values); the sums are numpy's
    # to the last bit: counts of 0/1 values are exact, means of scores go through _np_mean
    slabs = [u.line for u in fz.units]
    plabs = [u.paragraph for u in fz.units]
    clip_l, p1_l, fig_l = clip.tolist(), p1.tolist(), fig.tolist()
    story_l = idx_story.tolist()
    spam_upto = [0]  # first-pass spam (p1 > 0.5) among units [0, j)
    for x in p1_l:
        spam_upto.append(spam_upto[-1] + (x > 0.5))
    fig_upto = [0.0]
    for x in fig_l:
        fig_upto.append(fig_upto[-1] + x)
    # units come in text order, so a line's or a paragraph's units are one run of indices (checked)
    runs = all(a <= b for a, b in zip(slabs, slabs[1:])) and all(a <= b for a, b in zip(plabs, plabs[1:]))
    line_first: dict[int, int] = {}
    line_last: dict[int, int] = {}
    for i, line in enumerate(slabs):
        line_first.setdefault(line, i)
        line_last[line] = i
    rows = []
    for i, u in enumerate(fz.units):
        # the first-pass scores (and list shapes) of the unit's neighbours in its line (two each side) and its
        # paragraph (twelve each side), in text order
        if runs:
            lo, hi = max(i - 2, line_first[u.line]), min(i + 3, line_last[u.line] + 1)
            line_clip = clip_l[lo:i] + clip_l[i + 1:hi]
            lo, hi = max(i - 12, para_first[u.paragraph]), min(i + 13, para_last[u.paragraph] + 1)
            para_clip, para_listy = clip_l[lo:i] + clip_l[i + 1:hi], listy[lo:i] + listy[i + 1:hi]
        else:
            line_clip = [clip_l[j] for j in range(max(0, i - 2), min(n, i + 3)) if j != i and slabs[j] == u.line]
            para_others = [j for j in range(max(0, i - 12), min(n, i + 13)) if j != i and plabs[j] == u.paragraph]
            para_clip, para_listy = [clip_l[j] for j in para_others], [listy[j] for j in para_others]
        v = vecs[i]
        rn = rest_norm[blocks[i]]
        coh = 0.0
        if v and rn > 1e-6:
            own = story_vec.get(blocks[i], {})
            dot = sum(map(operator.mul, v.values(), [total.get(b, 0.0) - own.get(b, 0.0) for b in v]))
            coh = dot / ((math.sqrt(sqs[i]) + 1e-9) * (rn + 1e-9))
        after = float(i > last_story)
        before = float(i < first_story)
        f = para_first[u.paragraph]
        head = clip_l[f] if f < i and len(fz.texts[f]) <= 40 else 0.0
        q = para_last.get(u.paragraph - 1, -1)
        prev_last = clip_l[q] if q >= 0 and len(fz.texts[q]) <= 40 and f == i else 0.0
        c = clip_l[i]
        rows.append([
            c, clip_l[i - 1] if i > 0 else 0.0, clip_l[i - 2] if i > 1 else 0.0,
            clip_l[i + 1] if i + 1 < n else 0.0, clip_l[i + 2] if i + 2 < n else 0.0,
            float(i == 0), float(i == n - 1),
            _np_mean(line_clip) if line_clip else 0.0, float(len(line_clip) > 0),
            max(para_clip) if para_clip else 0.0,
            _np_mean(para_clip) if para_clip else 0.0,
            after, before, math.log1p(len(story_l) - bisect.bisect_right(story_l, i)),
            math.log1p(bisect.bisect_left(story_l, i)),
            coh, (spam_upto[n] - spam_upto[i + 1]) / (n - i - 1) if i + 1 < n else 0.0,
            spam_upto[i] / i if i > 0 else 0.0, c * after, c * before,
            head, prev_last, float(fig_upto[min(n, i + 4)] - fig_upto[max(0, i - 3)] - fig_l[i]) / 6.0,
            float(any(i - 6 <= j < i for j in lead_in)), listy[i], max(head, prev_last) * listy[i], after * listy[i],
            sum(para_listy) / len(para_listy) if para_listy else 0.0,
        ])
    return np.fromiter(itertools.chain.from_iterable(rows), dtype=np.float64, count=n * len(CONTEXT)).reshape(
        n, len(CONTEXT))


_ABSENT = {"terminal": 0.5, "verbs": 0.5, "story_like": 0.5, "coherence": 0.1, "overlap": 0.3}
_NEAR = ("near_end", "near_start")


def _reason_applies(name: str, value: float) -> bool:
    """A reason names what is there (a URL, a cue) or, for a few features, what is missing (a verb)."""
    if name in _ABSENT:
        return value < _ABSENT[name]
    if name in _NEAR:
        return value > 0.3
    return name in REASONS and value > 0


def score_units(fz: Featurized, model: SpamModel, reasons_from: float = 0.0):
    """(first-pass logits, final probabilities, reasons per unit); the reasons of a unit whose probability is
    under ``reasons_from`` are left empty (a kept unit's reasons are never shown)."""
    import numpy as np

    if not fz.units:
        return np.zeros(0), np.zeros(0), []
    Z1 = (fz.dense - model.mu1) / model.sd1
    contrib1 = Z1 * model.w_dense
    lexical = _hash_scores(fz, model.w_hash, model.hash_bits)
    logit1 = contrib1.sum(axis=1) + lexical + model.b1
    C = context_features(fz, logit1, model.idf, model.topic_bits)
    Z2 = (C - model.mu2) / model.sd2
    contrib2 = Z2 * model.w_ctx
    logit2 = contrib2.sum(axis=1) + model.b2
    prob = 1.0 / (1.0 + np.exp(-logit2))
    reasons = []
    for i in range(len(fz.units)):
        if prob[i] < reasons_from:
            reasons.append([])
            continue
        # first-pass evidence, weighted by how much the second pass trusts the first-pass score
        # (rows as Python floats: the same numbers, without a numpy scalar per feature)
        c1, dense, c2 = contrib1[i].tolist(), fz.dense[i].tolist(), contrib2[i].tolist()
        share = max(c2[0], 0.0)
        scale = max(abs(float(logit1[i])), 1.0)
        # only a part of 0.3 or more can name a reason: the others are left out before sorting
        parts = [(w, name) for w, name, x in zip([c * share / scale for c in c1], DENSE, dense)
                 if w >= 0.3 and _reason_applies(name, x)]
        parts.append((float(lexical[i]) * share / scale, "lexical"))
        parts += [(c, name) for c, name in zip(c2[1:], CONTEXT[1:]) if c >= 0.3]
        names: list[str] = []
        for c, name in sorted(parts, reverse=True):
            if c < 0.3 or len(names) >= 3:
                break
            label = REASONS.get(name)
            if label and label not in names:
                names.append(label)
        reasons.append(names)
    return logit1, prob, reasons


def detect_spam(clean: str, cfg: SpamConfig, gaps: tuple[int, ...] = ()) -> list[Segment]:
    """Segments of the cleaned text, each scored; ``is_spam`` set on those to remove. ``gaps``: offsets where
    the raw text had a layout gap (``layout_gaps``), where a unit may end."""
    if cfg.model == "rules":
        return detect_spam_rules(clean, cfg)
    model = load_model(cfg.model)
    fz = featurize(clean, model.idf, model.topic_bits, gaps, model.hash_bits)
    _, prob, reasons = score_units(fz, model, reasons_from=cfg.threshold)
    out = []
    for u, lang, p, r in zip(fz.units, fz.langs, prob, reasons):
        out.append(Segment(start=u.start, end=u.end, kind=u.kind, lang=lang, paragraph=u.paragraph,
                           spam_score=round(float(p), 3), spam_reason="; ".join(r) or "spam model",
                           is_spam=bool(p >= cfg.threshold)))
    out = keep_when_unsure(clean, out, fz, cfg.sure)
    out = absorb_block_headings(clean, out, cfg.threshold)
    out = absorb_list_items(clean, out, cfg.threshold)
    out = absorb_footer_lines(clean, out, cfg.threshold)
    out = absorb_contact_listings(clean, out, cfg.threshold, gaps)
    out = absorb_inline_ads(clean, out, cfg.threshold)
    out = absorb_site_lines(clean, out, cfg.threshold)
    out = absorb_shop_lines(clean, out, cfg.threshold)
    out = complete_spam_lines(clean, out, cfg.threshold)
    out = keep_bylines(clean, out)
    out = keep_company_lists(clean, out)
    out = keep_structure_lines(clean, out)
    return keep_press_contacts(clean, out)  # last: whatever marked it, a press release's media contact stays


def _overlap_units(text: str) -> set[str]:
    words = {w.lower() for w in re.findall(r"[A-Za-z0-9]+", text)}
    cjk = "".join(CJK_RE.findall(text))
    return words | {cjk[i:i + 2] for i in range(len(cjk) - 1)}


def absorb_block_headings(clean: str, segments: list[Segment], threshold: float) -> list[Segment]:
    """A short heading right above a spam block that repeats the block's words ("Polymer Clay Decoration"
    over the listing "Polymer Clay Decoration,Christmas Ornaments") belongs to the block."""
    out = list(segments)
    for i in range(len(out) - 2, -1, -1):
        seg, nxt = out[i], out[i + 1]
        if seg.is_spam or not nxt.is_spam or seg.kind != nxt.kind:
            continue
        text = clean[seg.start:seg.end].strip()
        short_zh = CJK_RE.search(text) and len(text) <= 30 and not is_terminal(text)
        if not (_title_fragment(text) or short_zh):
            continue
        mine, theirs = _overlap_units(text), _overlap_units(clean[nxt.start:nxt.end])
        if mine and len(mine & theirs) >= 0.6 * len(mine):
            out[i] = replace(seg, is_spam=True, spam_score=max(seg.spam_score, threshold),
                             spam_reason="; ".join(filter(None, [seg.spam_reason, "heading of the spam block below"])))
    return out


# The heading of a related-articles or more-stories list, as the whole line (bullets, brackets and a colon
# around it allowed). Related lists are on the story's topic by design, so their items do not look off topic;
# under such a heading every headline-like line is part of the list.
_LIST_HEAD_RE = re.compile(
    r"(?i)^[\W_]{0,3}(?:(?:相关|推荐|延伸|精选|拓展|扩展|更多)阅读|相关(?:新闻|报道|文章|专题|链接|资讯|推荐)|"
    r"(?:相關|推薦|延伸|精選|更多)閱讀|相關(?:新聞|報道|報導|文章|專題|鏈接|連結|資訊|推薦)|熱門(?:文章|新聞)|猜你喜歡|"
    r"(?:热门|热点|精彩|编辑|今日|为你|专题|热文)推荐|热门(?:文章|新闻|资讯|专题)|热点专题|猜你喜欢|"
    r"往期(?:回顾|推荐|精选)|最新(?:文章|资讯)|(?:阅读|点击)排行|"
    r"related(?: articles| stories| news| posts| content| coverage| reading| links)?|read (?:more|also)|"
    r"also read|see also|more (?:from [\w .'-]{1,30}|stories|news|on this(?: story| topic)?)|"
    r"recommended(?: for you| reading| stories)?|you (?:may|might) also like|most (?:read|popular|viewed)|"
    r"trending(?: now| stories)?|further reading|top stories|latest (?:news|stories)|editor'?s picks|"
    r"don'?t miss)[\W_]{0,3}$")
_BYLINE_RE = re.compile(r"(?i)^(?:by|from)\s+[A-Z]|^[\w .'-]{0,40}\b(?:writer|correspondent|reporter|editor)s?\b")
_LIST_HEAD_INLINE_RE = re.compile(r"(?i)^[\W_]{0,3}(?:相关(?:阅读|新闻|报道|文章|专题)|推荐阅读|延伸阅读|标签|热门标签|热门搜索|热搜|"
                                  r"热门关键词|tags?|topics|keywords|read more|also read|read also|see also|related(?: stories| news)?)"
                                  r"[】\]]?\s?[：:]\s*\S")
_FOOTER_LABEL_RE = re.compile(r"(?i)^[\W_]{0,2}(?:免责声明|版权声明|本网声明|本站声明|特别声明|声明|风险提示|"
                              r"disclaimer|copyright notice)\s?[】\]]?\s?[:：]")


def _headline_like(text: str) -> bool:
    """A list item: a short line that is not a sentence of running text (no full stop inside or at its end)."""
    t = text.strip()
    if not t or "。" in t or t.endswith((".", ";", "；", ",", "，")):
        return False
    cjk = cjk_count(t)
    return cjk <= 50 if cjk > len(t) / 3 else len(t.split()) <= 18


def _headlines_after_label(text: str) -> bool:
    """What follows a "Related:" / "相关阅读：" label is one headline, or several parted by "|"."""
    rest = text.split("：", 1)[-1].split(":", 1)[-1]
    return all(map(_headline_like, re.split(r"\s[|｜]\s", rest)))


def _line_groups(clean: str, segments: list[Segment]) -> tuple[tuple[int, ...], ...]:
    """Indices of the segments of each line, in text order (the rules after scoring ask for the same segments'
    lines in turn: worked out once)."""
    return _groups_at(clean, tuple(s.start for s in segments))


@functools.lru_cache(maxsize=4)
def _groups_at(clean: str, starts: tuple[int, ...]) -> tuple[tuple[int, ...], ...]:
    groups: list[list[int]] = []
    last = None
    for i, start in enumerate(starts):
        nl = clean.rfind("\n", 0, start)
        if nl != last or not groups:
            groups.append([])
            last = nl
        groups[-1].append(i)
    return tuple(map(tuple, groups))


def _mark(seg: Segment, threshold: float, why: str) -> Segment:
    return replace(seg, is_spam=True, spam_score=max(seg.spam_score, threshold),
                   spam_reason="; ".join(filter(None, [seg.spam_reason if seg.is_spam else "", why])))


def absorb_list_items(clean: str, segments: list[Segment], threshold: float) -> list[Segment]:
    """A line that is only the heading of a related-articles list ("相关阅读：", "Related stories") is spam, and so
    is every headline-like line right under it in the same block (up to 15), and a line that begins with such a
    heading and goes on with one headline ("相关新闻：…"), or a tag line ("标签：…", "Tags: …", "热门搜索：…"). The list ends at the first line of running text, and a
    headline-like line right above running text of the same block is kept (a page without blank lines, where it
    is the story's title or a subhead)."""
    out = list(segments)
    groups = _line_groups(clean, out)
    k = 0
    while k < len(groups):
        g = groups[k]
        line = clean[out[g[0]].start:out[g[-1]].end]
        if len(line) <= 40 and _LIST_HEAD_RE.match(line.strip()):
            for i in g:
                out[i] = _mark(out[i], threshold, "heading of a related list")
            para = out[g[0]].paragraph
            alone = k + 1 < len(groups) and out[groups[k + 1][0]].paragraph != para and \
                (k == 0 or out[groups[k - 1][-1]].paragraph != para)
            if alone:  # the heading stands in a block of its own: the list is the next block
                para = out[groups[k + 1][0]].paragraph
            n = 0
            while k + 1 < len(groups) and n < 15:
                nxt = groups[k + 1]
                text = clean[out[nxt[0]].start:out[nxt[-1]].end]
                if out[nxt[0]].paragraph != para or not _headline_like(text) or _BYLINE_RE.match(text.strip()) \
                        or _CREDIT.search(text.lower()):
                    break  # the list ends at running text or at the story's byline
                after = groups[k + 2] if k + 2 < len(groups) else None
                if after and out[after[0]].paragraph == para and not all(out[i].is_spam for i in nxt) and \
                        not _headline_like(clean[out[after[0]].start:out[after[-1]].end]):
                    break  # a headline over running text in the same block: the story's own title or subhead
                for i in nxt:
                    out[i] = _mark(out[i], threshold, "item of the related list above")
                k += 1
                n += 1
        elif _LIST_HEAD_INLINE_RE.match(line.strip()) and _headlines_after_label(line):
            for i in g:
                out[i] = _mark(out[i], threshold, "related link or tag line")
        elif len(g) > 1:  # a "Read more: …" link spliced into a paragraph is a unit of its own
            for i in g:
                t = clean[out[i].start:out[i].end]
                if _LIST_HEAD_INLINE_RE.match(t) and _headlines_after_label(t):
                    out[i] = _mark(out[i], threshold, "related link inside a paragraph")
        k += 1
    return out


_PREV_NEXT_RE = re.compile(r"(?i)^[\W_]{0,3}(?:上一篇|下一篇|上一条|下一条|上篇|下篇|previous|next|prev)"
                           r"(?: article| story| post)?\s?[:：]\s*\S")
_AD_SLOT_RE = re.compile(r"(?i)^[\W_]*(?:advertisement|advertising|sponsored(?: content)?|广告|推广)[\W_]*$")
_CONTACT_LABEL_RE = re.compile(r"(?i)(?:\bQQ|微信号?|V信|\bWeChat|\bWhatsApp|\bTel|\bPhone|\bMobile|\bE-?mail|\bCall|"
                               + _ZH_CONTACT_WORDS + r")\s*(?:号|同号)?\s*[:：]?")
_REPORTING_EN_RE = re.compile(r"(?i)\b(?:said|says|told|according to|announced)\b")


def _maybe_contacts(text: str) -> bool:
    """False when _contacts finds nothing: an address needs '://', 'www.' or a dot before a letter, a mailbox '@'
    and a dot, a handle one of IM_RE's keywords, a phone number four digits (most lines of a story have none)."""
    return _maybe_url(text) or _maybe_email(text) or _maybe_im(text) or _digit_count(text) >= 4


def _contacts(text: str) -> list[tuple[int, int]]:
    if not _maybe_contacts(text):
        return []
    spans = [m.span() for r, maybe in ((URL_RE, _maybe_url), (EMAIL_RE, _maybe_email), (IM_RE, _maybe_im))
             if maybe(text) for m in r.finditer(text)]
    rest = URL_RE.sub(lambda m: " " * len(m.group()), text) if _maybe_url(text) else text
    rest = EMAIL_RE.sub(lambda m: " " * len(m.group()), rest) if _maybe_email(rest) else rest
    at = 0
    for ph in find_phones(rest):
        i = rest.find(ph, at)
        if i >= 0:
            spans.append((i, i + len(ph)))
            at = i + len(ph)
    return spans


def absorb_contact_listings(clean: str, segments: list[Segment], threshold: float,
                            gaps: tuple[int, ...] = ()) -> list[Segment]:
    """Whole lines that are a shop's listing: four or more short keywords (split where the raw text had white
    space, ``gaps``, or at commas, 、 and bars) with a phone number, QQ/WeChat handle, e-mail or URL, and no
    sentence or reporting verb ("二手房出售 学区房 地铁房 … 看房热线 186…"). Listings are often on the story's
    own topic, which the model reads as content. A contact block of label-value pairs ("地址：…") is kept.
    Also: "Previous:"/"Next:" links beside another such link or spam line, and a line that is part spam under
    an ad-slot label ("ADVERTISEMENT") in a block of those two lines."""
    out = list(segments)
    groups = _line_groups(clean, out)
    gapset = set(gaps)
    for k, g in enumerate(groups):
        if all(out[i].is_spam for i in g):
            continue
        a, b = out[g[0]].start, out[g[-1]].end
        t = clean[a:b]
        why = ""
        if len(t) <= 300 and "。" not in t and _maybe_contacts(t) and not re.search(r"[.!?] +[A-Z]", t) \
                and not _REPORT_ZH.search(t) and not _REPORTING_EN_RE.search(t) \
                and not _complete_sentence(t, seg_lang_zh(t)):
            spans = _contacts(t)
            # a bare run of numbers may be scores or figures
            if spans and (has_url(t) or has_email(t) or find_im_handles(t) or _CONTACT_LABEL_RE.search(t)):
                chars = list(t)
                for x, y in spans:
                    chars[x:y] = " " * (y - x)
                for g_at in gapset:
                    if a < g_at < b:
                        chars[g_at - a - 1] += "|"
                rest = _CONTACT_LABEL_RE.sub("|", "".join(chars))
                items = [x.strip(" -—–·•") for x in re.split(r"[|,，、;；/]|\s{2,}" + (r"|\s" if CJK_RE.search(rest)
                                                                                   else ""), rest)]
                items = [x for x in items if x.strip(" -—–·•|.!！")]
                if len(items) >= 4 and not any(c in x for x in items for c in ":：") and \
                        all(len(x) <= 16 if CJK_RE.search(x) else len(x.split()) <= 5 for x in items):
                    why = "keyword listing with contact details"
        if not why and _PREV_NEXT_RE.match(t.strip()) and _headline_like(re.split(r"[:：]", t, 1)[1]):
            near = [groups[j] for j in (k - 1, k + 1) if 0 <= j < len(groups)]
            if any(all(out[i].is_spam for i in n) or _PREV_NEXT_RE.match(clean[out[n[0]].start:out[n[-1]].end].strip())
                   for n in near):
                why = "link to the previous or next article"
        if not why and k > 0 and any(out[i].is_spam for i in g):
            head = groups[k - 1]
            para = out[g[0]].paragraph
            same = [h for h in groups if out[h[0]].paragraph == para]
            if len(same) == 2 and same[0] == head and _AD_SLOT_RE.match(clean[out[head[0]].start:out[head[-1]].end]):
                why = "advertisement under an ad-slot label"
        if why:
            for i in g:
                # a clause of the story's running text that an ad line was glued to stays
                if out[i].is_spam or (out[i].kind == "clause" and _story_clause(clean[out[i].start:out[i].end])):
                    continue
                out[i] = _mark(out[i], threshold, why)
    return out


def _story_clause(text: str) -> bool:
    """Running Chinese text: twelve characters or more, a comma inside, a news verb or reporting cue and no
    contact details ("今年以来，江城港新开通东南亚航线6条，…，港口企业效益明显改善")."""
    return (cjk_count(text) >= 12 and "，" in text.rstrip("，")
            and bool(_VERBS_ZH.search(text) or _REPORT_ZH.search(text)) and not _contacts(text))


_SELL_RE = re.compile(r"(?i)订购|订货|选购|批发|零售|加盟|代理|定制|报价|优惠|折扣|特价|包邮|出售|出租|急售|回收|促销|低价|"
                      r"免费领|领券|抢购|秒杀|"
                      r"\bfor (?:sale|rent)\b|\bwholesale\b|\bdiscount|\border now\b|\bbuy now\b|\d\s?% off\b|"
                      r"\bbest price|\bfree (?:delivery|shipping)\b")
_INVITE_RE = re.compile(r"(?i)欢迎|敬请|详询|来电|咨询|联系|请拨打|添加|加微信|私信|扫码|\bcontact\b|\bcall\b|\bbook(?:ing)?\b|\benquir|"
                        r"\binquir|\bvisit\b")


def absorb_inline_ads(clean: str, segments: list[Segment], threshold: float) -> list[Segment]:
    """A sentence inside a story's paragraph that sells (订购, 批发, 优惠, "for sale", "discount"), invites the
    reader to get in touch (欢迎来电, 咨询, "contact", "call") and gives a labelled phone number, QQ/WeChat
    handle, e-mail or URL, with no reporting verb: an ad spliced into the paragraph. A hotline the story
    reports ("市民可拨打12345热线咨询", "the company said customers can call …") has no selling word or has a
    reporting verb, and stays. A clause cut off a sentence is judged with the rest of the sentence. And a unit
    that opens with a bracketed ad tag ("【广告】…", "[Sponsored] …") and
    reports nothing: the site's own label says it is an ad; and a short follow prompt ("关注我们，每天推送…")."""
    out = list(segments)
    for i, seg in enumerate(out):
        if seg.is_spam:
            continue
        t = clean[seg.start:seg.end]
        if seg.kind != "clause" and len(t) <= 200 and _tagged_ad(t):  # a clause: of a sentence that reports
            out[i] = _mark(seg, threshold, "tagged advertisement")
            continue
        if _ad_alone(t):
            out[i] = _mark(seg, threshold, "advertisement inside a paragraph")
            continue
        if seg.kind == "clause" and i and out[i - 1].is_spam and out[i - 1].end >= seg.start - 1 and \
                _leading_contact(t) == len(t.rstrip()):
            out[i] = _mark(seg, threshold, "contact of the advertisement before")
            continue
        if len(t) <= 100 and _FOLLOW_UNIT_RE.match(t) and not _REPORT_ZH.search(t):
            out[i] = _mark(seg, threshold, "follow prompt")
            continue
        if seg.kind == "line":
            continue
        pair = [i]  # a clause cut off a sentence is judged with the rest of its sentence
        if seg.kind == "clause":
            pair = [j for j in (i - 1, i, i + 1) if 0 <= j < len(out) and out[j].kind == "clause"
                    and (j == i or abs(out[j].start - seg.end if j > i else seg.start - out[j].end) <= 1)]
            t = clean[out[pair[0]].start:out[pair[-1]].end]
        if len(t) > 200 or not _maybe_contacts(t):  # it needs contact details (most sentences have none)
            continue
        if _REPORT_ZH.search(t) or _REPORTING_EN_RE.search(t) or _CREDIT.search(t.lower()):
            continue
        labelled = has_url(t) or has_email(t) or find_im_handles(t) or _CONTACT_LABEL_RE.search(t)
        if labelled and _contacts(t) and _SELL_RE.search(t) and _INVITE_RE.search(t):
            for j in pair:
                if not out[j].is_spam:
                    out[j] = _mark(out[j], threshold, "advertisement inside a paragraph")
    return out


_EDITOR_LINE_RE = re.compile(r"(?i)^[(（【\[]?\s*(?:(?:责任编辑|编辑|校对|审核|审校|终审|监制|责编|值班编辑|"
                             r"editor in charge|responsible editor)\s*[:：]\s*[^\s:：。，,]{1,12}(?:\s[^\s:：。，,]{1,12})?"
                             r"[\s|｜/，,]*)+[)）】\]]?$")
# a share button's text: "Click to share on Facebook (Opens in new window)", "Click to email a link to a friend"
_SHARE_BUTTON_RE = re.compile(r"(?i)^(?:click to (?:share|email|print|tweet|post)\b[^.!?\n]{0,60}|[^.!?\n]{0,60}"
                              r"\(opens in (?:a )?new window\))$")
_COUNTER_RE = re.compile(r"^(?:(?:阅读|浏览|阅读量|浏览量|点击|在看|点赞|评论|收藏|分享|转发|赞)\s*[:：]?\s*\d[\d,.]*\s*[万wW+]?"
                         r"[\s|｜·]*){1,6}$")
# the label of a site's footer line: who runs the site ("主办单位：…　地址：…　电话：…"), not a story's line
_SITE_FOOTER_RE = re.compile(r"^[\W_]{0,2}(?:主办单位|主管单位|承办单位|协办单位|运营单位|主办|主管|承办|技术支持|网站标识码|"
                             r"主辦單位|主管單位|承辦單位|技術支持)\s?[:：]")
# a scan prompt asks the reader to do something with the code (follow, download, join …): "扫码关注公众号", not
# "扫码点餐、扫码支付已成习惯"
_FOLLOW_RE = re.compile(r"^[\W_]{0,3}(?:(?:扫码|扫一扫|微信扫一扫|扫描二维码|扫描下方二维码)[^。]{0,6}?"
                        r"(?:关注|下载|添加|加入|进群|入群|领取|订阅|获取|了解|查看|阅读|报名|预约|咨询|购买|收听|观看)|"
                        r"长按识别|长按二维码|点击上方|点上方|戳上方|点击蓝字|点蓝字)")
# a follow or scan prompt, where it stands (a sentence inside a paragraph too): stronger words than _FOLLOW_RE's
_FOLLOW_UNIT_RE = re.compile(r"^[\W_]{0,3}(?:扫码关注|扫一扫关注|关注我们|点击关注|长按识别|长按二维码|扫描二维码关注|点击上方|"
                             r"点击下方|点上方|Follow (?:us|[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}) on (?:Google News|Twitter|X|"
                             r"Facebook|Instagram|LinkedIn|WhatsApp|Telegram|YouTube|Threads)\b)")
# the author's bio at the end of a story: "<Name> is the <site>'s business reporter, covering …"
_BIO_RE = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z'-]+){1,2} is (?:a|an|the|our) [^.]{0,60}\b(?:reporter|correspondent|"
                     r"editor|writer|columnist|journalist)\b(?:,? (?:covering|who covers|based in|reporting on)\b|\.?$)")
# a repost's end marker on a line of its own ("- END -", "—THE END—")
_END_MARK_RE = re.compile(r"^[\W_]{0,4}(?:THE )?END[\W_]{0,4}$")


def _nav_crumbs(text: str) -> bool:
    """A line of page crumbs: three to six short parts (three words at most) split by › » > or →, nothing else."""
    if not any(map(text.__contains__, "›»>→")) or len(text) > 80 or is_terminal(text):
        return False
    parts = [x.strip() for x in re.split(r"\s*[›»>→]\s*", text)]
    return 3 <= len(parts) <= 6 and all(x and len(x.split()) <= 3 for x in parts)


def absorb_site_lines(clean: str, segments: list[Segment], threshold: float) -> list[Segment]:
    """Whole lines that are a site's own furniture wherever they stand: an editor line ("责任编辑：王磊",
    "编辑：张婷　审核：赵军", "Editor in charge: …"), a counter line ("阅读 2386　在看 12"), a scan-the-code or
    follow prompt ("扫码关注…", "长按识别二维码…", "点击上方蓝字关注我们") without a reporting verb, a repost's end
    marker ("- END -"); in the first or last three lines, a line of page crumbs ("Markets › Deals › Europe"). And
    an author's bio sentence ("… is the Herald's business reporter, covering …") with only spam after it. A wire
    story's credit line ("Editing by …") is the story's and is not one of them. And the site's footer line that
    names who runs it ("主办单位：…地址：…电话：…"), no sentence, beside a spam line of its block or itself holding a
    footer cue (ICP备)."""
    out = list(segments)
    groups = _line_groups(clean, out)
    for k, g in enumerate(groups):
        if all(out[i].is_spam for i in g):
            continue
        t = clean[out[g[0]].start:out[g[-1]].end].strip()
        why = ""
        if len(t) <= 150 and _SITE_FOOTER_RE.match(t) and "。" not in t:
            para = out[g[0]].paragraph
            beside = [groups[j] for j in (k - 1, k + 1) if 0 <= j < len(groups)
                      and out[groups[j][0]].paragraph == para]
            if any(all(out[i].is_spam for i in n) for n in beside) or _CUES["footer"][1].search(t):
                why = "site footer"
        if why:
            pass
        elif len(t) <= 60 and _EDITOR_LINE_RE.match(t):
            why = "editor line"
        elif len(t) <= 60 and _COUNTER_RE.match(t):
            why = "read and like counters"
        elif len(t) <= 90 and _SHARE_BUTTON_RE.match(t):
            why = "share button"
        elif len(t) <= 80 and _FOLLOW_RE.match(t) and not _REPORT_ZH.search(t):
            why = "scan-the-code or follow prompt"
        elif _END_MARK_RE.match(t):
            why = "end marker"
        elif (k < 3 or k >= len(groups) - 3) and _nav_crumbs(t):
            why = "navigation crumbs"
        if why:
            for i in g:
                if not out[i].is_spam:
                    out[i] = _mark(out[i], threshold, why)
    for i in range(len(out) - 2, -1, -1):  # an author's bio, after the story
        t = clean[out[i].start:out[i].end]
        if out[i].is_spam or len(t) > 240 or not _BIO_RE.match(t) or _REPORTING_EN_RE.search(t):
            continue
        if all(s.is_spam for s in out[i + 1:]):
            out[i] = _mark(out[i], threshold, "author bio")
    return out


def complete_spam_lines(clean: str, segments: list[Segment], threshold: float) -> list[Segment]:
    """A line cut into several units of which two or more, at least as many as the others and covering a third of
    its characters or more, are spam: its other units go too when none is a sentence (no full stop at its end, no reporting verb) — the product name
    before a shop's contacts ("【Tea shop】Authentic White Tea 250g Gift Box　Free Shipping　WeChat: …")."""
    out = list(segments)
    for g in _line_groups(clean, out):
        spam = [i for i in g if out[i].is_spam]
        rest = [i for i in g if not out[i].is_spam]
        if len(spam) < 2 or not rest or len(spam) < len(rest):
            continue
        size = sum(out[i].end - out[i].start for i in g)
        if sum(out[i].end - out[i].start for i in spam) * 3 < size:
            continue
        texts = [clean[out[i].start:out[i].end].strip() for i in rest]
        if all(len(t) <= 80 and not is_terminal(t) and not _REPORT_ZH.search(t)
               and not _REPORTING_EN_RE.search(t) and not _CREDIT.search(t.lower()) for t in texts):
            for i in rest:
                out[i] = _mark(out[i], threshold, "rest of a spam line")
    return out


def absorb_footer_lines(clean: str, segments: list[Segment], threshold: float) -> list[Segment]:
    """A line that opens with a disclaimer or copyright label ("免责声明：", "Disclaimer:") and whose first sentence
    is spam is spam to its end: the sentences after the label belong to the notice."""
    out = list(segments)
    for g in _line_groups(clean, out):
        first = out[g[0]]
        if len(g) > 1 and first.is_spam and _FOOTER_LABEL_RE.match(clean[first.start:first.end].strip()):
            for i in g[1:]:
                if not out[i].is_spam:
                    out[i] = _mark(out[i], threshold, "rest of the notice")
    return out


# --- when unsure, keep; shop contacts whatever the topic ---------------------------------------------

_SENTENCE_END_RE = re.compile(r"[。？?]['\"”’」』)）]?$|(?<![A-Z])\.['\"”’」』)）]?$")
# a mailbox a shop answers from (sales@, info@ …): not the story's unless the story names the firm
_SHOP_MAILBOX_RE = re.compile(r"(?i)(?<![\w.+-])(?:sales|info|service|export|inquiry|enquiry|trade|order|orders|"
                              r"contact|market|marketing|business|shop|support)\d*@")
_SHOP_CONTACT_RE = re.compile(r"(?i)\bWhatsApp\b|\bWeChat\b|\bSkype\b|\bContact(?: us| person)?\s*[:：]|微信同号|联系人\s*[:：]")
# with two contacts, one a number, mailbox or address: a shop's listing (a story's hotline names no IM app)
_SHOP_LINE_RE = re.compile(_SHOP_CONTACT_RE.pattern + r"|\bQQ\b|微信|V信")
# _SHOP_LINE_RE cannot match a text whose lower case holds none of these (nor ſ, which IGNORECASE takes for s)
_SHOP_LINE_KEYS = ("whatsapp", "wechat", "skype", "contact", "联系人", "微信", "qq", "v信")


def _maybe_shop_line(text: str, low: str) -> bool:
    return any(map(low.__contains__, _SHOP_LINE_KEYS)) or "ſ" in text


_HOST_WORDS = frozenset(
    "com cn net org www factory factories group trade trading supply supplier suppliers industry industrial "
    "global china intl international company corp co ltd shop store mall online official tech sales info".split())
# the words right before the label of a story's own hotline or site name its owner ("拨打东岚航空客服热线")
_OWN_LABEL_ZH_RE = re.compile(r"([\u3400-\u9fff]{3,12}?)(?:的)?(?:客服热线|服务热线|客服电话|热线|客服|官方网站|官网|网站|公众号|"
                              r"微博|小程序|营业厅|服务中心)")
_OWN_LEAD_ZH_RE = re.compile(r"^(?:也可|还可|可以|可|请|或|并|通过|直接|拨打|致电|登录|登陆|访问|关注|联系|咨询|查询|前往|到|向)+")
_SMALL_EN = frozenset("and or of for with the a an to in on at from by".split())


# what ties a Chinese sentence to news: a date or number, a time word, an institution (a product blurb has none)
_NEWS_ANCHOR_ZH_RE = re.compile(r"\d|[年月日]|[明今去前]年|近日|此前|目前|起|企业|公司|政府|部门|机构|[省市县区局委厅署]|银行|学校|"
                                r"医院|协会|商会|园区|旅客|市民|居民|乘客|游客|消费者|用户")


def _complete_sentence(text: str, zh: bool) -> bool:
    """A sentence of running text: it ends in a full stop or question mark (not an exclamation), has a verb
    (Chinese: a reporting or change verb, or a date, number, time word or institution), and is not a
    title-case keyword listing ending in a full stop."""
    t = text.strip()
    if not _SENTENCE_END_RE.search(t):
        return False
    if zh:
        return cjk_count(t) >= 12 and bool(_VERBS_ZH.search(t) or _REPORT_ZH.search(t)
                                                     or _NEWS_ANCHOR_ZH_RE.search(t))
    words = re.findall(r"[A-Za-z][\w'-]*", t)
    if len(words) < 6 or not _VERBS_EN.search(t.lower()):
        return False
    caps = [w for w in words if w.lower() not in _SMALL_EN]
    return sum(w[:1].isupper() for w in caps) < 0.7 * max(len(caps), 1)


# a statement a named or pronoun source makes: "他表示，…" / "X坦言，…" / "…, she said." Its words are the
# speaker's, so a furniture cue word in them (版权登记, "share", "subscribe") tells nothing of site furniture.
# Cues that also head notices (声明, 公告, 提示: 特别声明，本文…) do not count.
_NOTICE_CUES = frozenset(("声明", "公告", "提示", "说明", "公布", "宣布"))
_REPORTED_ZH_RE = re.compile(r"^[^，。：:“”]{1,24}?(?:" + "|".join(sorted(set(words_zh.REPORTING_CUES) - _NOTICE_CUES,
                                                                       key=len, reverse=True)) + r")，")


def _reported_statement(text: str, zh: bool) -> bool:
    t = text.strip()
    return bool(_REPORTED_ZH_RE.match(t)) if zh else bool(_REPORTING_EN_RE.search(t))


def _strong_markers(text: str, reported: bool = False) -> bool:
    """What decides a unit as spam on its own: contact details, prices, masked numbers, an ad tag, an
    exclamation, site furniture (footer, navigation, share, cookie, paywall, app, editor, comment, contact
    cues), three ad words or more (a news sentence may hold two: 贷款, 优惠), a keyword list. In a
    ``reported`` statement (a source's words, ``_reported_statement``) only the first five count."""
    low = text.lower()
    if has_url(text) or has_email(text) or find_phones(text) or find_im_handles(text, low):
        return True
    if (_maybe_price(text, low) and PRICE_RE.search(text)) or (_maybe_masked(text) and MASKED_RE.search(text)):
        return True
    if AD_TAG_RE.search(text) or "!" in text or "！" in text or _keyword_list(text):
        return True
    if reported:
        return False
    cues = _cue_counts(text)
    return cues["ad"] >= 3 or any(c for k, c in cues.items() if k != "ad")


# an ad's voice outside quotes: it speaks to the reader, as the seller, or of "this model" (这款)
_AD_VOICE_RE = re.compile(r"(?i)[你您]|[这一该本]款|\byou(?:r|rs)?\b|\bwe\b|\bour\b")
QUOTED_RE = re.compile(r"“[^”]*”|\"[^\"]*\"|「[^」]*」")


def _story_text(clean: str, segments: list[Segment], skip: set[int]) -> str:
    """The text of the units kept (not spam), less those in ``skip``: the story, where its names stand."""
    return "\n".join(clean[s.start:s.end] for k, s in enumerate(segments) if not s.is_spam and k not in skip)


def _names_outside(text: str, outside: str) -> bool:
    """Whether the unit names an organization or person that the story (``outside``: its text, less the unit)
    names: a proper name (English) or the owner of a hotline or site ("东岚航空客服热线")."""
    bare = text
    for x, y in sorted(_contacts(text), reverse=True):
        bare = bare[:x] + " " + bare[y:]
    first = re.match(r"\W*[A-Za-z][\w'-]*", bare)
    for m in _PROPER_RE.finditer(bare):
        w = m.group(0)
        if first and m.start() < first.end() or w.lower() in _COMMON_NAMES:
            continue
        if re.search(r"(?<![A-Za-z])" + re.escape(w) + r"(?![a-z])", outside):
            return True
    for m in _OWN_LABEL_ZH_RE.finditer(bare):
        name = _OWN_LEAD_ZH_RE.sub("", m.group(1))
        if len(name) >= 3 and any(name[i:] in outside for i in range(0, len(name) - 2)):
            return True
    return False


def _firm_named(address: str, clean: str, run_on: bool = False) -> bool:
    """Whether the story (``clean``: its text) names the firm of an e-mail or web address: every name-like
    part of its host (three letters or more, generic words like 'factory' or 'trade' left out) is a word of
    the story or the pinyin of its Chinese; with ``run_on``, a part of six letters or more may also be the
    story's words run together ("keldermancold": "Kelderman Cold Storage")."""
    host = address.split("@")[-1].lower()
    host = re.sub(r"^https?://|^www\.", "", host).split("/")[0]
    labels = host.split(".")
    parts = [p for p in re.split(r"[-_]", labels[0]) if len(p) >= 3 and p not in _HOST_WORDS and not p.isdigit()]
    if not parts:
        return False
    low = clean.lower()
    rest = low.replace(address.lower(), " ")
    pin = None  # the pinyin of the story's Chinese, joined, worked out when a part needs it

    def romanized(p: str) -> bool:
        nonlocal pin
        if not _maybe_pinyin(p):
            return False
        if pin is None:
            pin = _pinyin(clean).replace(" ", "") if CJK_RE.search(clean) else ""
        return p in pin

    joined = re.sub(r"[^a-z0-9]+", "", rest) if run_on else ""
    return all(re.search(r"(?<![a-z])" + re.escape(p), rest) or romanized(p) or (len(p) >= 6 and p in joined)
               for p in parts)


# a press release's media contact: its label, or a press office's mailbox
_PRESS_LABEL_RE = re.compile(r"(?i)^\W{0,3}(?:(?:media|press|news)\s+(?:contacts?|inquiries|enquiries|relations)|"
                             r"媒体联系|新闻联系|媒体垂询|媒体咨询)")
_PRESS_MAILBOX_RE = re.compile(r"(?i)(?<![\w.+-])(?:press|media|pr|communications?)@")  # not news@: a site's tip line


# the reason's mark on a unit kept as the story's own content (its byline, its press contact): content the spam
# stage keeps for what it is, not out of doubt (assemble names entities there as anywhere in the story)
KEPT_AS_CONTENT = "kept: the story's"
_BYLINE_NAME = r"[A-ZÀ-ÖØ-ÞĀ-Žİ][\w'’.-]+(?:\s+(?:(?:de|da|del|van|von|der|la|le)\s+)?[A-ZÀ-ÖØ-ÞĀ-Žİ][\w'’.-]+){1,3}"
_BYLINE_LINE_RE = re.compile(
    rf"(?:(?:By|BY|Posted by|Written by|Words by|Story by)\s+|(?i:writer|author|reporter|by)\s*[:：]\s*){_BYLINE_NAME}"
    rf"(?:\s+and\s+{_BYLINE_NAME})?(?:\s*[,|·]\s*[^|,·\n]{{1,40}}){{0,5}}\s*$|"
    rf"{_BYLINE_NAME},\s+(?:[A-Z][\w-]*\s+){{0,3}}(?:Correspondent|Reporter|Editor|Writer|Columnist)\s*$|"
    # a byline with no name ("Our Bureau", "By Staff Reporter") and an outlet's name on its own header line
    r"(?:By\s+)?(?:Our|Staff|Special)\s+(?:Bureau|Correspondent|Reporter|Staff)\s*$|"
    r"(?:The\s+)?(?:(?:[A-Z][\w'’.-]*|&|and|of)\s+){0,4}(?:[A-Z][a-z]+-)?(?:" + "|".join(words_en.OUTLET_WORDS) + r")\s*$")


_WIRE_CREDIT_RE = re.compile(rf"^[-—–(\s]{{0,3}}(?:Reporting by|Additional reporting by|With assistance from|Writing by|"
                             rf"Editing by)\s+{_BYLINE_NAME}")


def keep_bylines(clean: str, segments: list[Segment]) -> list[Segment]:
    """Content is sacred: the story's byline above its text ("By Ana Ruiz | Costa Daily | 14 November 2023",
    "WRITER: Nattaya Sri", "Aoife Byrne, Business Correspondent") names its reporter and outlet, which
    LABELS.md counts as content, however much its separators look like a menu; so are a header's "Source: X" line
    and the article's first line when it reads as a headline. Only before the story's second paragraph, and never
    with a web address, a phone number or an e-mail address in it."""
    out = list(segments)
    for i, seg in enumerate(out):  # a wire story's credit line, wherever it stands: "--With assistance from X."
        t = clean[seg.start:seg.end].strip()
        if seg.is_spam and len(t) <= 240 and _WIRE_CREDIT_RE.match(t) and not (find_urls(t) or "@" in t):
            out[i] = replace(seg, is_spam=False, spam_reason=f"{seg.spam_reason}; {KEPT_AS_CONTENT} credit line")
    paragraphs = 0
    for i, seg in enumerate(out):
        t = clean[seg.start:seg.end].strip()
        if not seg.is_spam:
            paragraphs += len(t.split()) >= 12 or len(CJK_RE.findall(t)) >= 30
            if paragraphs >= 2:
                break
            continue
        plain = not (find_urls(t) or find_emails(t) or "@" in t or re.search(r"\d{3}[\s-]?\d{3,4}[\s-]?\d{3,4}", t))
        if len(t) <= 140 and (_BYLINE_LINE_RE.match(t) or _SOURCE_LINE_RE.match(t)) and plain:
            out[i] = replace(seg, is_spam=False, spam_reason=f"{seg.spam_reason}; {KEPT_AS_CONTENT} byline")
        elif plain and (_is_headline(clean, out, i, t) or _is_deck(clean, out, i, t)):
            out[i] = replace(seg, is_spam=False, spam_reason=f"{seg.spam_reason}; {KEPT_AS_CONTENT} headline")
    return out


# the story's source credit in its header: "Source: Don Valley Herald" (an outlet, the GUIDE's dateline)
_SOURCE_LINE_RE = re.compile(r"(?:Source|SOURCE|来源)\s*[:：]\s*(?:The\s+)?[A-Z\u4e00-\u9fff][\w'’&\u4e00-\u9fff-]*"
                             r"(?:\s[A-Z][\w'’&-]*){0,5}\s*$")


def _is_deck(clean: str, segments: list[Segment], i: int, t: str) -> bool:
    """The line under the headline that says more ("Utility overcharged 61,000 households in Prince George,
    McBride and Fort St. John, commission finds"): a line of running words right after the first line, kept as
    a headline, before any byline or body; commas allowed, but no menu or site furniture."""
    before = [k for k in range(i) if clean[segments[k].start:segments[k].end].strip()]
    if len(before) != 1 or segments[before[0]].is_spam or clean[:segments[before[0]].start].strip() \
            or not _headline_like(clean[segments[before[0]].start:segments[before[0]].end]) \
            or re.match(r"\W*[\w ]{1,20}[:：]", t):
        return False  # (under a headline, and no "Also read: …" label line)
    words = t.split()
    return 6 <= len(words) <= 30 and not t.endswith((":", "：")) and sum(w[:1].islower() for w in words) >= 3 \
        and not re.search(r"[|>›»]|【|\[|Advert|Sponsored|,[^\s\d]|\d{3}[\s-]\d{3,4}", t) and not find_urls(t)


def _is_headline(clean: str, segments: list[Segment], i: int, t: str) -> bool:
    """The article's first line, when it reads as a headline (a short line of words, no menu or site furniture):
    "Brinmoor foundry lands £40m aerospace order". Content, however its words score."""
    if clean[:segments[i].start].strip():
        return False
    words = t.split()
    return 4 <= len(words) <= 16 and _headline_like(t) and not re.search(r"[|>›»]|【|\[|广告|Advert|Sponsored|,\S", t) \
        and t.count(",") <= 1 \
        and sum(w[:1].islower() for w in words) >= 1


# one company per line, as a story lists exhibitors, signatories or winners: its registered name in characters,
# in Latin letters with a legal form, or both; a bracketed country or city and a booth number may follow
_ZH_FIRM = r"[\u4e00-\u9fff（）()]{3,30}?(?:股份有限公司|有限责任公司|有限公司|公司|集团|协会|商会|研究院|研究所|大学|厂|株式会社)"
_LATIN_FIRM = (r"[A-Z][\w&'’.-]*(?:\s+[A-Za-z&'’.()-]+){0,8}?,?\s+(?:Co\.,?\s*Ltd\.?|Ltd\.?|Limited|GmbH|AG|Inc\.?|Corp\.?|"
               r"Corporation|LLC|S\.A\.|S\.p\.A\.|B\.V\.|N\.V\.|Pvt\.?\s*Ltd\.?|Pte\.?\s*Ltd\.?|Sdn\.?\s*Bhd\.?|Group|Company|"
               r"Association|Factory)")
_BULLET = r"^[\s·•\-*■▪●]{0,4}"  # a list line's bullet
_HALL_TAIL = r"(?:\s*[—–-]\s*(?:Hall|Booth|Stand|展位|展馆|馆)[\w\s,./-]{0,30})?\s*$"  # " — Hall 1, Booth A018"
_FIRM_LINE_RE = re.compile(rf"{_BULLET}(?:[A-Z]\d{{0,2}}-?\d{{1,4}}\s*[|｜]?\s*)?(?:{_ZH_FIRM}(?:[\s\u3000/]+{_LATIN_FIRM})?|"
                           rf"{_LATIN_FIRM}(?:[\s\u3000/]+{_ZH_FIRM})?)"
                           r"[\s\u3000]*(?:[（(][^）)\d]{1,12}[）)])?[\s\u3000]*(?:[A-Z]\d{0,2}-?[A-Z]?\d{1,3}(?:-\d{1,3})?)?"
                           + _HALL_TAIL)
# a bilingual name with no legal form, in a list of firms that has them: "- Baiyue Accessories 百悦服饰 — Hall 2"
_NAME_PAIR_LINE_RE = re.compile(_BULLET + r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}[\s\u3000]+[\u4e00-\u9fff]{2,12}"
                                + _HALL_TAIL)


def keep_company_lists(clean: str, segments: list[Segment]) -> list[Segment]:
    """Content is sacred: three lines or more in a row that each name one company and nothing else (a story's
    list of exhibitors, signatories, winners: "· 宁波甬达机械有限公司　Ningbo Yongda Machinery Co., Ltd."), under
    no related-links heading, are the story's, whatever the model made of their bullets. A shop's supplier card
    names products and contacts beside the firm, and is no such line."""
    out = list(segments)
    groups = _line_groups(clean, out)
    run: list[tuple[int, ...]] = []

    def close(run):
        firms = [g for g in run if _FIRM_LINE_RE.match(clean[out[g[0]].start:out[g[-1]].end])]
        if len(run) < 3 or len(firms) < 2:
            return
        head = groups.index(run[0]) - 1
        if head >= 0 and _LIST_HEAD_RE.match(clean[out[groups[head][0]].start:out[groups[head][-1]].end].strip()):
            return
        for g in run:
            for i in g:
                if out[i].is_spam:
                    out[i] = replace(out[i], is_spam=False,
                                     spam_reason=f"{out[i].spam_reason}; {KEPT_AS_CONTENT} list of companies")

    for g in groups:
        t = clean[out[g[0]].start:out[g[-1]].end]
        if len(t) <= 160 and (_FIRM_LINE_RE.match(t) or _NAME_PAIR_LINE_RE.match(t)) and not _contacts(t):
            run.append(g)
        else:
            close(run)
            run = []
    close(run)
    return out


# a numbered section heading of the story ("二、出口商视角 Exporter's View"), and a field of a product recall notice
# as agencies publish it ("Hazard: …", "Remedy: Refund", "Consumer Contact: …")
_SECTION_HEADING_RE = re.compile(r"^[一二三四五六七八九十]{1,3}[、．.]\s*[^\n]{2,40}$")
_NOTICE_FIELD_RE = re.compile(r"^(?:Name of Product|Product|Hazard|Remedy|Recall Date|Recall Number|Units|Consumer Contact|"
                              r"Description|Incidents/Injuries|Incidents|Injuries|Sold At|Sold Exclusively At|Manufacturer\(?s?\)?|"
                              r"Manufactured In|Importer\(?s?\)?|Distributor\(?s?\)?|Retailer\(?s?\)?)\s*:\s*\S")


def keep_structure_lines(clean: str, segments: list[Segment]) -> list[Segment]:
    """Content is sacred: the story's own numbered section headings (two or more of them: "一、…", "二、…") and the
    fields of a recall notice the story reproduces (three fields or more: "Hazard:", "Remedy:", "Consumer
    Contact:"), whatever their labels and contacts look like to the model."""
    out = list(segments)
    groups = _line_groups(clean, out)
    lines = [clean[out[g[0]].start:out[g[-1]].end].strip() for g in groups]
    headings = [k for k, t in enumerate(lines) if _SECTION_HEADING_RE.match(t) and not _contacts(t)]
    fields = [k for k, t in enumerate(lines) if _NOTICE_FIELD_RE.match(t)]
    keep = (headings if len(headings) >= 2 else []) + (fields if len(fields) >= 3 else [])
    for k in keep:
        for i in groups[k]:
            if out[i].is_spam:
                out[i] = replace(out[i], is_spam=False,
                                 spam_reason=f"{out[i].spam_reason}; {KEPT_AS_CONTENT} section heading or notice field")
    return out


def keep_press_contacts(clean: str, segments: list[Segment]) -> list[Segment]:
    """Content is sacred: a press release's media contact ("Media contact: … Brand Department, Tel: …, Email:
    press@…", a spokesperson's name over a press@ mailbox) that names the firm the story is about stays, however
    sure the model is. A shop's contacts (WhatsApp, WeChat, prices, ad tags) are not a press contact."""
    out = list(segments)
    for i, seg in enumerate(out):
        if not seg.is_spam:
            continue
        t = clean[seg.start:seg.end]
        if len(t) > 200 or not (_PRESS_LABEL_RE.match(t) or ("@" in t and _PRESS_MAILBOX_RE.search(t))):
            continue
        bare = _PRESS_LABEL_RE.sub("", t)  # "Media contact:" is no shop's "Contact:"
        if _SHOP_CONTACT_RE.search(bare) or find_im_handles(t) or AD_TAG_RE.search(t) or \
                (_maybe_price(t, t.lower()) and PRICE_RE.search(t)):
            continue
        story = _story_text(clean, out, {i})
        if any(_firm_named(x, story, run_on=True) for x in find_emails(t) + find_urls(t)) or _names_outside(t, story):
            out[i] = replace(seg, is_spam=False, spam_reason=f"{seg.spam_reason}; {KEPT_AS_CONTENT} press contact")
    return out


def keep_when_unsure(clean: str, segments: list[Segment], fz: "Featurized", sure: float) -> list[Segment]:
    """Content is sacred: a unit the model puts just over the threshold (under ``sure``, ``spam.sure``) is
    kept when it is a complete sentence of running text without strong spam markers, not in an ad's voice
    (您, 这款, "your", "our"): a story's last sentence about a discount, "明年起对…的企业给予…价格优惠。". Or
    when it is a contact sentence that names an organization or person the story names and has no shop
    markers: the story's own hotline, "旅客也可拨打东岚航空客服热线…或登录官网…办理免费退改。". A unit in a line whose other units are all spam,
    or between two spam lines (an ad block, reader comments), is not kept. A statement a source makes (他表示，…;
    "…, she said") is kept whatever the model's probability unless it holds contacts, a price, an ad tag or an
    exclamation: its furniture words (版权登记) are the speaker's."""
    out = list(segments)
    by_line: dict[int, list[int]] = {}
    for i, u in enumerate(fz.units):
        by_line.setdefault(u.line, []).append(i)
    for i, seg in enumerate(out):
        if not seg.is_spam:
            continue
        t = clean[seg.start:seg.end]
        zh = seg.lang == ZH
        reported = _reported_statement(t, zh)
        if seg.spam_score >= sure and not reported:
            continue
        line = fz.units[i].line
        others = [j for j in by_line[line] if j != i]
        if others and all(out[j].is_spam for j in others):
            continue
        if all(n in by_line and all(out[j].is_spam for j in by_line[n]) for n in (line - 1, line + 1)):
            continue  # between two spam lines: a reader's comment, a line of an ad block
        whole = t
        if seg.kind == "clause":  # a clause cut off a long sentence: the sentence is judged whole
            for j in (i - 1, i + 1):
                if 0 <= j < len(out) and out[j].kind == "clause" and fz.units[j].line == fz.units[i].line \
                        and abs((out[j].start - seg.end) if j > i else (seg.start - out[j].end)) <= 1:
                    whole = clean[min(seg.start, out[j].start):max(seg.end, out[j].end)]
        if not _complete_sentence(whole, zh):
            continue
        if not _strong_markers(t, reported) and not _AD_VOICE_RE.search(QUOTED_RE.sub(" ", whole)):
            out[i] = replace(seg, is_spam=False, spam_reason=f"{seg.spam_reason}; {STORY_SENTENCE}")
            continue
        shop = _SHOP_CONTACT_RE.search(t) or _SHOP_MAILBOX_RE.search(t) or find_im_handles(t) or \
            (_maybe_price(t, t.lower()) and PRICE_RE.search(t)) or AD_TAG_RE.search(t) or _keyword_list(t)
        contact = _contacts(t) or _cue_counts(t)["contact"]
        story = _story_text(clean, out, {i}) if contact and not shop else ""
        if story and (_names_outside(t, story) or any(_firm_named(x, story) for x in find_emails(t) + find_urls(t))):
            out[i] = replace(seg, is_spam=False, spam_reason=f"{seg.spam_reason}; {KEPT_AS_CONTENT} own contact")
    return out


_LEFT_WORDS_RE = re.compile(r"(?i)\b(?:us|our|me|now|today|more|info|information|details|same|number|no|id|mr|mrs|"
                            r"ms|dr|manager|sales|service|hotline|tel|fax|phone|mobile|e-?mail|whatsapp|wechat|"
                            r"contact|call|for|and|or|at|on|to|the|by|via|web|site|website)\b\.?")


def _bare_contact_line(text: str) -> bool:
    """A line that is contact details and labels only ("咨询热线：138…（微信同号）", "Email: sales@…"): what is
    left without them is a name at most."""
    if len(text) > 100 or not _maybe_contacts(text):
        return False
    # the cheap checks first (each has its own precheck; most lines have no number, mailbox or address)
    if not (find_phones(text) or has_email(text) or has_url(text)
            or any(c.isdigit() for h in find_im_handles(text) for c in h)):
        return False  # IM_RE alone takes "line after" for a LINE id
    spans = _contacts(text)
    if not spans:
        return False
    bare = text
    for x, y in sorted(spans, reverse=True):
        bare = bare[:x] + " " + bare[y:]
    bare = _CUED_RE.sub(" ", bare.lower())
    bare = _CONTACT_LABEL_RE.sub(" ", bare)
    bare = _LEFT_WORDS_RE.sub(" ", bare)
    return cjk_count(bare) <= 4 and len(re.findall(r"[a-z]{2,}", bare)) <= 2


def _title_keyword_listing(text: str) -> bool:
    """A shop's keyword listing that ends like a sentence: three or more short title-case items separated by
    commas, often without a space after them, with a selling word or run together
    ("Folding Cabin House,Flat Pack Cabin,Expandable Cabin Home Factory Price."; "折叠集装箱房，快拼箱，扩展箱房，
    厂家直销价格优惠。")."""
    t = text.strip().strip("*").strip()
    if len(t) > 240 or sum(map(t.count, ",，、;|")) < 2:  # three items need two separators (most units have fewer)
        return False
    if sum(map(t.count, ",;|")) < 2 and not _zh_listing_shape(t):
        return False  # neither reading takes it (the English one needs two of , ; |): no need to count characters
    if cjk_count(t) > len(t) / 3:
        if not _zh_listing_shape(t):
            return False
        return bool(_selling(t) and not _VERBS_ZH.search(t) and not _REPORT_ZH.search(t))
    items = [x.strip() for x in _EN_ITEM_SEP_RE.split(t.rstrip(".")) if x.strip()]
    if len(items) < 3 or any(len(x.split()) > 6 for x in items) or _EN_STOP_SPACE_RE.search(t):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", t) if w.lower() not in _SMALL_EN]
    if sum(w[:1].isupper() for w in words) < 0.85 * max(len(words), 1) or _REPORTING_EN_RE.search(t):
        return False
    return len(re.findall(r"[A-Za-z)],[A-Za-z(]", t)) >= 2 or _selling(t)


def _zh_listing_shape(t: str) -> bool:
    """Four or more items split at ，,、 , short ones (the last up to 16 characters), no full stop inside."""
    body = t.rstrip("。")
    if "。" in body:
        return False
    firsts = [i for i in map(body.find, "，,、") if i >= 0]
    if not firsts or len(body[:min(firsts)].strip()) > 10:
        return False  # one item, or a first item too long (the first of four or more is never the last)
    items = [x.strip() for x in _ZH_ITEM_SEP_RE.split(body) if x.strip()]
    return not (len(items) < 4 or "。" in t.rstrip("。") or any(len(x) > 10 for x in items[:-1])
                or len(items[-1]) > 16)


def _selling(t: str) -> bool:
    """A selling word: 批发, 优惠, "wholesale", "Factory Price", an ad cue."""
    return bool(_SELL_RE.search(t) or _CUES["ad"][0].search(t.lower()) or _CUES["ad"][1].search(t)
                or re.search(r"(?i)\b(?:factory|best|low|cheap|wholesale) price\b|\bhot sale\b|\bon sale\b", t))


def absorb_shop_lines(clean: str, segments: list[Segment], threshold: float) -> list[Segment]:
    """Shop lines the model reads as content because they are on the story's topic: a title-case keyword
    listing ending in "Factory Price."; a listing with WhatsApp/WeChat, "Contact:" or a shop mailbox (sales@,
    info@) whose firm the story does not name, that is no sentence of running text; and a bare contact line
    ("咨询热线：…（微信同号）", "Email: sales@…") next to a spam line or with a shop mailbox, that names nobody the
    story names (a WhatsApp number or a shop's mailbox is an ad whatever the topic)."""
    out = list(segments)
    groups = _line_groups(clean, out)
    texts = [clean[out[g[0]].start:out[g[-1]].end] for g in groups]
    for k, g in enumerate(groups):  # the whole line (a listing cut into clauses), else one of its units
        if all(out[i].is_spam for i in g):
            continue
        whole = _title_keyword_listing(texts[k])
        for i in g:  # a line of one unit is that unit: its answer is the line's
            if not out[i].is_spam and (whole or (len(g) > 1
                                                 and _title_keyword_listing(clean[out[i].start:out[i].end]))):
                out[i] = _mark(out[i], threshold, "keyword listing")

    def unnamed_mailbox(t: str, g: list[int]) -> bool:
        """A shop's mailbox (sales@, info@) whose firm the story does not name."""
        emails = [e for e in find_emails(t) if _SHOP_MAILBOX_RE.match(e)]
        if not emails:
            return False
        story = _story_text(clean, out, set(g))
        return any(not _firm_named(e, story) for e in emails)

    for k, g in enumerate(groups):
        if all(out[i].is_spam for i in g):
            continue
        t = texts[k]
        if len(t) > 400:
            continue
        low = t.lower()
        im_ids = [h for h in find_im_handles(t, low) if any(map(str.isdigit, h))]  # an id with digits, not "line after"
        if not (("@" in t and _SHOP_MAILBOX_RE.search(t)) or (_maybe_shop_line(t, low) and _SHOP_LINE_RE.search(t))
                or im_ids):
            continue  # no shop marker: nothing to look for
        if _REPORT_ZH.search(t) or _REPORTING_EN_RE.search(t) or not _contacts(t):
            continue
        # a shop's IM app or contact label with two contacts, one of them a number, mailbox or address
        shop = bool(_SHOP_LINE_RE.search(t) or im_ids) and len(_contacts(t)) >= 2 and \
            bool(find_phones(t) or has_email(t) or has_url(t))
        # a line that opens with a shop's IM handle and sells: "WeChat: xx666 Logistics special line …, price is cheap!"
        opens = bool(im_ids) and re.match(r"\W{0,3}(?:WeChat|WhatsApp|QQ|微信号?|V信)\s*[:：]", t) is not None and \
            (_selling(t) or t.rstrip().endswith(("!", "！")))
        if opens or (shop or unnamed_mailbox(t, g)) and not _complete_sentence(t, seg_lang_zh(t)):
            for i in g:
                out[i] = _mark(out[i], threshold, "shop contact details")

    def ad_line(j: int) -> bool:
        """A line that is mostly spam and sells: ad words, a keyword listing, a shop's contacts."""
        n = groups[j]
        if sum(out[i].end - out[i].start for i in n if out[i].is_spam) * 2 < sum(out[i].end - out[i].start for i in n):
            return False
        t = texts[j]
        return _selling(t) or any(w in out[i].spam_reason for i in n
                                  for w in ("keyword list", "shop contact", "of the ad"))

    def named(t: str, g: list[int]) -> bool:
        """The line names whom the story names: a name, or the firm of its web or e-mail address."""
        story = _story_text(clean, out, set(g))
        return _names_outside(t, story) or any(_firm_named(x, story) for x in find_emails(t) + find_urls(t))

    bare_line: dict[int, bool] = {}  # _bare_contact_line of a line's text, once (both passes ask)

    def bare_contact(k: int) -> bool:
        if k not in bare_line:
            bare_line[k] = _bare_contact_line(texts[k])
        return bare_line[k]

    for order in (range(len(groups)), range(len(groups) - 1, -1, -1)):
        for k in order:
            g = groups[k]
            if all(out[i].is_spam for i in g) or not bare_contact(k):
                continue
            near = [j for j in (k - 1, k + 1) if 0 <= j < len(groups)]
            if (any(ad_line(j) for j in near) or unnamed_mailbox(texts[k], g)) and not named(texts[k], g):
                for i in g:
                    out[i] = _mark(out[i], threshold, "contact line of the ad beside it")
    return out


def seg_lang_zh(text: str) -> bool:
    """Whether text is mostly Chinese (a third of its characters or more)."""
    return cjk_count(text) > len(text) / 3


# --- baselines ------------------------------------------------------------------------------------

_NAIVE_FOOTER = re.compile(r"(?i)copyright|©|all rights reserved|disclaimer|share|subscribe|related|read more|"
                           r"版权|免责|责任编辑|相关|推荐阅读|分享|扫码|公众号|关注")


def naive_spam_lines(clean: str) -> list[tuple[int, int]]:
    """The naive baseline: every line holding a URL, an e-mail, a phone number or a footer word."""
    out = []
    for p in split_lines(clean):
        t = clean[p.start:p.end]
        if has_url(t) or has_email(t) or find_phones(t) or _NAIVE_FOOTER.search(t):
            out.append((p.start, p.end))
    return out


def _rules_score(text: str, lang: str) -> tuple[float, list[str]]:
    score, reasons = 0.0, []
    cues = _cue_counts(text)
    if has_url(text):
        score += 0.35
        reasons.append("url")
    if find_phones(text) or has_email(text) or IM_RE.search(text):
        score += 0.4
        reasons.append("contact details")
    hits = sum(cues.values())
    if hits:
        score += 0.3 + 0.15 * min(hits - 1, 2)
        reasons.append("ad/footer cue")
    if _keyword_list(text):
        score += 0.6
        reasons.append("keyword list")
    if CRUMB_RE.fullmatch(text.strip()) and len(text) < 80:
        score += 0.3
        reasons.append("navigation crumbs")
    if _story_like(text, lang == ZH):
        score -= 0.5
    return max(0.0, min(score, 1.0)), reasons


def detect_spam_rules(clean: str, cfg: SpamConfig) -> list[Segment]:
    """The hand-weighted scorer (``spam.model = "rules"``): per line, sentences inside long lines."""
    out = []
    for p in split_lines(clean):
        sents = split_sentences(clean, p.start, p.end)
        for a, b in sents if len(clean[p.start:p.end]) > 80 else [(p.start, p.end)]:
            t = clean[a:b]
            lang = detect_segment(t)
            s, r = _rules_score(t, lang)
            out.append(Segment(start=a, end=b, kind="sentence" if (a, b) != (p.start, p.end) else "line", lang=lang,
                               paragraph=p.paragraph, spam_score=round(s, 3), spam_reason="; ".join(r),
                               is_spam=s >= cfg.threshold))
    return out
