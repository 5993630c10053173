"""Split cleaned text into the units spam comes in: lines, paragraphs (blank-line separated runs of lines)
and sentences inside a line (an ad can be spliced into the middle of a paragraph).

Works on English, Chinese and mixed text: a Chinese sentence ends at 。！？ (and a closing quote after
it), an English one at . ! ? followed by white space and a capital, a digit, a quote, a bracket or a
Chinese character, unless the period ends a known abbreviation or an initial. A phone number, web address
or link arrow ("点击领取>>") followed by a space and Chinese text ends a unit too (an ad spliced in without a
full stop), and so
do a site's own markers inside a story: a bracketed ad tag ("【广告】", "[Sponsored]") or a page control label
("Font:", "字号：") starts a unit, an ad slot marker ("Advertisement", "Scroll to continue reading") is a unit
of its own. A list number at the start
of a line ("1. ") stays with its item. Where the caller knows where the raw text had a layout gap that the
cleaner closed (two spaces, a space between Chinese characters), a unit can end there too (``gaps``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lang import words_en, words_zh

_SENT_END = re.compile(r"(?<=[.!?])[\"”’'）)]?\s+(?=[\"“‘'(\[【A-Z0-9\u4e00-\u9fff▶►▷➤→•●■◆★☞👉])"
                       r"|(?<=[。！？])(?![”」』’）)])(?=\s*\S)|(?<=[。！？][”」』’）)])(?=\s|[“「【])")
# A contact (phone, masked number, web address) or a link arrow after a word, followed by a space and Chinese
# text: an ad spliced in without a sentence end, the story resuming after it.
_CONTACT_END = re.compile(r"(?:[\dXx×*]{4,}|\.(?:com|cn|net|org)(?:/\S*)?|(?<=\S)(?:>{2,3}|»)"
                          r"|(?:微信|微信号|VX|vx|QQ)[：:]\s*[A-Za-z0-9_-]{5,20})"
                         # a short note in brackets after the number ("（微信同号）", "(24小时)")
                         r"(?:[（(][^）)\s]{1,8}[）)])?\s+(?=[\u4e00-\u9fff“「])")
_ZH_END = re.compile(r"[。！？]")
# English: an ad spliced between two sentences without a full stop ends at a contact (web address, e-mail,
# number) or at a run of Title Case words, and the story resumes with a capitalised word (or a title and a
# name: "Mr. Okoro said") and lower case.
_EN_RESUME = re.compile(r"\s+(?=[A-Z][a-z]*\s+[a-z]|(?:Mr|Mrs|Ms|Dr|Prof)\.\s+[A-Z][a-z]+\s+[a-z])")
_EN_CONTACT_TAIL = re.compile(r"(?:[a-z0-9-]\.(?:com|cn|net|org|eu|info|biz|co|[a-z]{2})(?:\.[a-z]{2})?(?:/\S*)?"
                              r"|@\S+|\d{4,}\)?)$")
_FUNCTION_CAPS = frozenset("The A An It He She They We This That These Those In On At For According But However "
                           "Meanwhile Its His Her Their Our There As After Before While When If Since Although "
                           "Mr Ms Mrs Dr".split())
# A bracketed ad tag inside a line starts a unit; an ad-slot marker is a unit of its own.
_AD_TAG = re.compile(r"[【\[［(（](?:" + "|".join(re.escape(t) for t in words_zh.AD_TAGS + words_en.AD_TAGS)
                     + r")[】\]］)）]")
_BREAK_WORDS = "|".join(re.escape(t) for t in sorted(words_en.INLINE_BREAKS, key=len, reverse=True))
_BREAK = re.compile(rf"(?<![\w-])(?:{_BREAK_WORDS})(?:\s*[-–—·|:]?\s*(?:{_BREAK_WORDS}))*(?![\w-])(?!\s+[a-z])")
# _BREAK and _CONTROL match one of their words as written (no IGNORECASE): a line without one is skipped
_BREAK_KEYS = tuple(words_en.INLINE_BREAKS)
_SENT_END_KEYS = tuple(".!?。！？")
_CONTROL_KEYS = tuple(words_en.CONTROL_LABELS) + tuple(words_zh.CONTROL_LABELS)
_AD_TAG_KEYS = tuple("【[［(（")  # what _AD_TAG starts with
_SPACE = re.compile(r"\s")
# a "Read more: headline" link a site spliced into a paragraph after a sentence: the headline ends where the
# story resumes with a sentence's first word and lower case ("… this spring He said the company …")
_READ_MORE = re.compile(r"(?<=[.!?\"”’)])\s+(?:READ MORE|Read [Mm]ore|ALSO READ|Also [Rr]ead|SEE ALSO|See [Aa]lso|"
                        r"RELATED|Related)\s?:\s+\S+")
_BRACKETED_LINK = re.compile(r"[（(][^（）()\n]{4,80}?(?:www\.|https?://)[^（）()\s]+[）)]")  # (官网（www.x.gov.cn）: an address)
_FUNCTION_CAPS_ALT = "|".join(sorted(_FUNCTION_CAPS))
_URL_THEN_SENTENCE = re.compile(r"(?:(?:www\.|https?://)[\w./-]+\.[a-z]{2,4}(?:/\S*)?|(?<=\S)\s?(?:»|>>))\s+(?=(?:(?:"
                                + _FUNCTION_CAPS_ALT + r")\s+[A-Z]|[\"“][A-Z]|The\s+[a-z]))")
_READ_MORE_KEYS = ("READ", "Read", "Also", "ALSO", "SEE", "See", "RELATED", "Related")
_RESUME_WORD = re.compile(r"\s+(?=(?:" + _FUNCTION_CAPS_ALT + r")\.?\s+[a-z])")
_LIST_NUMBER = re.compile(r"\s*\d{1,3}\.")
_CONTROL = re.compile(r"(?<=\s)(?:" + "|".join(re.escape(t) for t in words_en.CONTROL_LABELS) + ")|(?:"
                      + "|".join(re.escape(t) for t in words_zh.CONTROL_LABELS) + ")")
_CLAUSE_END = re.compile(r"(?<=[，；,;])")
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Ma|Sr|Jr|St|Co|Corp|Inc|Ltd|No|vs|Gov|Gen|Rep|Sen|Jan|Feb|Mar|Apr|"
                     r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Fig|Vol|approx|etc)|\b[A-Z]|\be\.g|\bi\.e|U\.S|U\.K)\.$")


@dataclass(frozen=True, slots=True)
class Piece:
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class Unit:
    """A scoring unit: a whole line, or one sentence of a line that holds several."""

    start: int
    end: int
    kind: str  # "line" | "sentence"
    line: int  # index of the line among the non-empty lines
    paragraph: int


def split_lines(text: str) -> list[Piece]:
    """Non-empty lines with the index of the paragraph (blank-line separated block) they belong to."""
    out, para, pos = [], 0, 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append(Piece(pos, end, para))
        elif out and out[-1].paragraph == para:
            para += 1
        pos = end + 1
    return out


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: a run of non-empty lines."""
    out: list[list[int]] = []
    for p in split_lines(text):
        if out and len(out) - 1 == p.paragraph:
            out[-1][1] = p.end
        else:
            out.append([p.start, p.end])
    return [(a, b) for a, b in out]


def split_sentences(text: str, start: int = 0, end: int | None = None,
                    gaps: tuple[int, ...] = ()) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end] (absolute offsets), white space trimmed; a unit also ends at
    each offset of ``gaps``."""
    end = len(text) if end is None else end
    spans, pos = [], start
    cuts = []
    # every match of _SENT_END stands right after . ! ? 。 ！ or ？ (its look-behinds reach two characters back,
    # before start too): a line without one has no sentence end
    near = text[max(start - 2, 0):end]
    for m in _SENT_END.finditer(text, start, end) if any(map(near.__contains__, _SENT_END_KEYS)) else ():
        if text[m.start() - 1] == "." and (_ABBREV.search(text, max(start, m.start() - 8), m.start())
                                           or _LIST_NUMBER.fullmatch(text, start, m.start())):
            continue
        cuts.append(m.end())
    line = text[start:end]
    # _CONTACT_END and _EN_RESUME end at white space (a Chinese line seldom has any), _AD_TAG needs a bracket
    spaced = _SPACE.search(line) is not None
    for m in _CONTACT_END.finditer(text, start, end) if spaced else ():
        nxt = _ZH_END.search(text, m.end(), end)
        after = text[m.end():nxt.end() if nxt else end]
        # what follows reads as a sentence: a clause with a comma, or a run to a full stop that is no
        # spaced keyword list (钢管 批发定制 厂家直供。 is still the ad)
        if "，" in after or (nxt and len(after) >= 8 and not _SPACE.search(after.strip())) or after[:1] in "“「":
            cuts.append(m.end())  # (or a quote opens: …微信：jx-tea888 “We expect …”)
    for m in _EN_RESUME.finditer(text, start, end) if spaced else ():
        left = text[max(start, m.start() - 80):m.start()].split()
        word = text[m.end():end].split(None, 1)[0]
        if not left or re.search(r"[.!?:;,]$", left[-1]):
            continue
        tail = left[-3:]
        if (_EN_CONTACT_TAIL.search(left[-1]) and not re.fullmatch(r"(?:19|20)\d\d", left[-1])) or (
                word in _FUNCTION_CAPS and len(tail) == 3 and all(t[:1].isupper() or t[:1].isdigit() for t in tail)):
            cuts.append(m.end())
    for m in _BRACKETED_LINK.finditer(text, start, end) if any(map(line.__contains__, ("www.", "://"))) else ():
        cuts += [m.start(), m.end()]  # （点击了解：…一站式采购 www.x.cn）: a bracketed link inside a paragraph
    for m in _URL_THEN_SENTENCE.finditer(text, start, end) if spaced and ("." in line or "»" in line or ">>" in line) else ():
        cuts.append(m.end())  # "… Custom Logo --> www.x.com The Minnan bank also …": the story resumes after a link
    for m in _READ_MORE.finditer(text, start, end) if any(map(line.__contains__, _READ_MORE_KEYS)) else ():
        resume = _RESUME_WORD.search(text, m.end(), min(end, m.end() + 160))
        if resume:
            cuts += [m.start(), resume.end()]
    for m in _AD_TAG.finditer(text, start, end) if any(map(line.__contains__, _AD_TAG_KEYS)) else ():
        cuts.append(m.start())
    for m in _CONTROL.finditer(text, start, end) if any(map(line.__contains__, _CONTROL_KEYS)) else ():
        cuts.append(m.start())
    for m in _BREAK.finditer(text, start, end) if any(map(line.__contains__, _BREAK_KEYS)) else ():
        before = text[start:m.start()].rstrip()
        if not before or before[-1] in ".!?\"”’)":  # a marker, not a word of the sentence
            cuts += [m.start(), m.end()]
    cuts += [g for g in gaps if start < g < end]
    for cut in sorted(cuts):
        if cut > pos:
            spans.append((pos, cut))
            pos = cut
    spans.append((pos, end))
    return _strip_spans(text, spans)


def _strip_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans with white space trimmed at both ends; empty ones dropped."""
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def split_units(text: str, gaps: tuple[int, ...] = ()) -> list[Unit]:
    """Every line, cut into its sentences when it holds more than one, in text order; ``gaps``: offsets
    where the raw text had a layout gap inside a line (a unit ends there too)."""
    units = []
    gaps = tuple(sorted(gaps))
    for n, p in enumerate(split_lines(text)):
        sents = split_sentences(text, p.start, p.end, gaps)
        if len(sents) <= 1:
            a, b = sents[0] if sents else (p.start, p.end)
            units.append(Unit(a, b, "line", n, p.paragraph))
        else:
            units.extend(Unit(a, b, "sentence", n, p.paragraph) for a, b in sents)
    return units


def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of one sentence (cut after ， ； , ;), for a sentence an ad may hide in."""
    spans, pos = [], start
    for m in _CLAUSE_END.finditer(text, start, end):
        if m.end() - pos >= 4:
            spans.append((pos, m.end()))
            pos = m.end()
    if end - pos >= 4 or not spans:
        spans.append((pos, end))
    else:
        spans[-1] = (spans[-1][0], end)
    return _strip_spans(text, spans)
