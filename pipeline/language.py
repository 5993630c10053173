"""Language of text: script counts first (English and Chinese never share a script), lingua for the rest."""
from __future__ import annotations

import functools
import re

from .clean import CJK

EN, ZH, MIXED = "en", "zh", "mixed"
SUPPORTED = (EN, ZH)

_CJK_RE = re.compile(f"[{CJK}]")
_LATIN_RE = re.compile(r"[A-Za-z]")


def script_units(text: str) -> tuple[float, float]:
    """(English units, Chinese units): letters/2 against CJK characters, roughly comparable amounts of text."""
    return len(_LATIN_RE.findall(text)) / 2.0, float(len(_CJK_RE.findall(text)))


@functools.lru_cache(maxsize=1)
def _lingua():
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.CHINESE).build()


def detect_segment(text: str) -> str:
    """`en` or `zh` for one short piece of text."""
    return _decide(text, *script_units(text))


def _decide(text: str, en: float, zh: float) -> str:
    """Script counts decide unless neither script has twice the other's units; lingua decides those."""
    if en == 0 and zh == 0:
        return EN
    if zh >= 2 * en:
        return ZH
    if en >= 2 * zh:
        return EN
    from lingua import Language

    return ZH if _lingua().detect_language_of(text) == Language.CHINESE else EN


def detect_document(pieces: list[str], mixed_min_share: float) -> str:
    """`en`, `zh` or `mixed` (both languages in running text) from the document's pieces."""
    en = zh = 0.0
    en_lines = zh_lines = 0
    for p in pieces:
        e, z = script_units(p)
        en, zh = en + e, zh + z
        lang = _decide(p, e, z)
        if lang == EN and e >= 20:  # a real English sentence, not a name in brackets
            en_lines += 1
        elif lang == ZH and z >= 8:
            zh_lines += 1
    total = en + zh
    if total == 0:
        return EN
    minority = min(en, zh) / total
    if minority >= mixed_min_share and en_lines and zh_lines:
        return MIXED
    if en_lines and zh_lines and min(en_lines, zh_lines) >= 2:
        return MIXED
    return ZH if zh > en else EN
