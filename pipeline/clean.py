"""Clean scraped text while keeping, for every clean character, the raw span it came from.

Each rule is a regex and a replacement. Replacements either *locate* (the new text is a piece
of the match and maps to exactly those raw characters: collapsing spaces, dropping a stray
period) or *spread* (the new text stands for the whole match: ``&amp;`` -> ``&``).
The rules run to a fixed point, so cleaning is idempotent.
"""
from __future__ import annotations

import html
import re
from collections.abc import Callable

from .config import CleanConfig

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RE = re.compile(f"[{CJK}]")
_ZH_END = "。！？；：”」』）】…"

Repl = Callable[[re.Match], str]


def _entity(m: re.Match) -> str:
    text = m.group(0)
    if not text.endswith(";"):
        text += ";"
    out = html.unescape(text)
    return m.group(0) if out == text else out


def _fullwidth_alnum(m: re.Match) -> str:
    return "".join(chr(ord(c) - 0xFEE0) for c in m.group(0))


def _fullwidth_punct(m: re.Match) -> str:
    return chr(ord(m.group(0)) - 0xFEE0)


def _join_line(m: re.Match) -> str:
    """A single line break inside a sentence: join with a space (English) or nothing (Chinese)."""
    text = m.string
    line_start = text.rfind("\n", 0, m.start()) + 1
    prev_line = text[line_start:m.start()]
    before, after = text[m.start() - 1], text[m.end()]
    if before.isascii() and after.isascii():
        return " "
    if CJK_RE.match(before) or before in "，、":
        # Chinese: only long lines are wrapped text; short ones are headlines or list items.
        return "" if len(prev_line) >= 25 else "\n"
    return "\n"


# (name, pattern, replacement, mode) — mode "locate" or "spread"
RULES: list[tuple[str, re.Pattern, str | Repl, str]] = [
    ("invisible", re.compile("[\ufeff\u200b\u200c\u200d\u2060\u00ad]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"), "", "locate"),
    ("crlf", re.compile(r"\r\n?"), "\n", "spread"),
    ("entity", re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8}\d{0,2});?"), _entity, "spread"),
    ("fullwidth_alnum", re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+"), _fullwidth_alnum, "spread"),
    ("fullwidth_punct", re.compile("(?<=[A-Za-z0-9\\s])[\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff5e](?=[A-Za-z0-9\\s]|$)"),
     _fullwidth_punct, "spread"),
    ("stray_stars", re.compile(r"\*{2,}"), "", "locate"),
    ("space_run", re.compile("[ \t\xa0\u2000-\u200a\u202f\u205f\u3000]+"), " ", "locate"),
    ("line_edge_space", re.compile(r"(?m)^ +| +$"), "", "locate"),
    ("space_before_punct", re.compile(r"(?<=\S) +(?=[,;:](?:\s|$))"), "", "locate"),
    ("doubled_period", re.compile(r"(?<=[.!?。！？])(?: ?[.。](?![.\w]))+"), "", "locate"),
    ("cjk_space", re.compile(f"(?<=[{CJK}]) (?=[{CJK}])"), "", "locate"),
    ("blank_lines", re.compile(r"\n{3,}"), "\n\n", "locate"),
]
JOIN_RULE = ("broken_line", re.compile(f"(?<=[a-z,;{CJK}，、])\n(?=[a-z{CJK}])"), _join_line, "locate")


def _apply(rule, text: str, starts: list[int], ends: list[int]):
    _, pattern, repl, mode = rule
    pieces, new_starts, new_ends = [], [], []
    pos = 0
    changed = False
    for m in pattern.finditer(text):
        a, b = m.span()
        new = repl(m) if callable(repl) else repl
        if new == m.group(0):
            continue
        changed = True
        pieces.append(text[pos:a])
        new_starts.extend(starts[pos:a])
        new_ends.extend(ends[pos:a])
        if new:
            at = m.group(0).find(new) if mode == "locate" else -1
            if mode == "spread" and len(new) == b - a:  # one to one: map character by character
                at = 0
            if at >= 0:
                new_starts.extend(starts[a + at:a + at + len(new)])
                new_ends.extend(ends[a + at:a + at + len(new)])
            else:
                lo, hi = (starts[a], ends[b - 1]) if b > a else (starts[a], starts[a])
                new_starts.extend([lo] * len(new))
                new_ends.extend([hi] * len(new))
        pieces.append(new)
        pos = b
    if not changed:
        return text, starts, ends, False
    pieces.append(text[pos:])
    new_starts.extend(starts[pos:])
    new_ends.extend(ends[pos:])
    return "".join(pieces), new_starts, new_ends, True


def clean_text(raw: str, cfg: CleanConfig | None = None) -> tuple[str, list[int], list[int]]:
    """Return (clean, starts, ends): clean char ``i`` came from ``raw[starts[i]:ends[i]]``."""
    rules = list(RULES)
    if cfg is not None and not cfg.fullwidth_to_ascii:
        rules = [r for r in rules if not r[0].startswith("fullwidth")]
    if cfg is None or cfg.join_broken_lines:
        rules.append(JOIN_RULE)
    text = raw
    starts = list(range(len(raw)))
    ends = list(range(1, len(raw) + 1))
    for _ in range(4):  # to a fixed point: cleaning twice changes nothing
        any_change = False
        for rule in rules:
            text, starts, ends, changed = _apply(rule, text, starts, ends)
            any_change |= changed
        if not any_change:
            break
    # trim the whole text
    lead = len(text) - len(text.lstrip())
    trail = len(text.rstrip())
    return text[lead:trail], starts[lead:trail], ends[lead:trail]
