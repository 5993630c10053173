"""Split cleaned text into the units spam comes in: lines (paragraphs are runs of lines) and sentences."""
from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? (English, before a space and a capital, quote or digit) or 。！？ (Chinese).
_SENT_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘'(\[A-Z0-9\u4e00-\u9fff])|(?<=[。！？])[”」』]?")


_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Co|Corp|Inc|Ltd|No|vs|Gov|Gen|Rep|Sen|Jan|Feb|Mar|Apr|"
                     r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z]|\be\.g|\bi\.e|U\.S)\.$")


@dataclass(frozen=True, slots=True)
class Piece:
    start: int
    end: int
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


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end] (absolute offsets), white space trimmed."""
    end = len(text) if end is None else end
    spans, pos = [], start
    for m in _SENT_END.finditer(text, start, end):
        if _ABBREV.search(text, max(start, m.start() - 8), m.start()):
            continue
        if m.end() > pos:
            spans.append((pos, m.end()))
            pos = m.end()
    spans.append((pos, end))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out
