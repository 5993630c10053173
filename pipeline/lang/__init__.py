"""Language backends: a small registry keyed by language code, filled by a decorator."""
from __future__ import annotations

from collections.abc import Callable

BACKENDS: dict[str, Callable] = {}
_LOADED: dict[tuple[str, str], object] = {}


def register(lang: str):
    def deco(factory):
        BACKENDS[lang] = factory
        return factory

    return deco


def get_backend(lang: str, cfg):
    """The loaded backend for `lang` (cached per process)."""
    from . import en, zh  # noqa: F401  (fills the registry)

    if lang not in BACKENDS:
        raise ValueError(f"unsupported language {lang!r}; supported: {', '.join(sorted(BACKENDS))}")
    key = (lang, cfg.model_dump_json() if cfg is not None else "")
    if key not in _LOADED:
        _LOADED[key] = BACKENDS[lang](cfg)
    return _LOADED[key]


from dataclasses import dataclass, field  # noqa: E402


@dataclass(frozen=True, slots=True)
class Token:
    """A token in the parsed text, with offsets into that text."""

    i: int
    text: str
    start: int
    end: int
    lemma: str
    pos: str  # UPOS for English; LAC tag for Chinese
    dep: str = ""
    head: int = -1


@dataclass(frozen=True, slots=True)
class Parse:
    """What a backend gives back for one piece of text: tokens, sentences (token ranges), entities."""

    text: str
    tokens: list[Token]
    sents: list[tuple[int, int]]
    ents: list[tuple[int, int, str]] = field(default_factory=list)  # char start, char end, PERSON|ORG|...
