"""Turn backend parses into the article's entities (raw offsets, merged, with ids).

`extract_entities` collects the rule-corrected mentions of every analysis unit, makes labels
consistent across the document, adds every other occurrence of a known name, and links them
into entities.
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import entities as ent_mod
from .language import ZH
from .link import link_mentions
from .names import normalize
from .records import Article, Mention


def _mention(a: Article, cs: int, ce: int, label: str, source: str) -> Mention:
    rs, re_ = a.raw_span(cs, ce)
    return Mention(cstart=cs, cend=ce, start=rs, end=re_, text=a.raw[rs:re_], label=label,
                   surface=a.clean[cs:ce], source=source)


def extract_entities(a: Article, units) -> Article:
    found: list[Mention] = []
    for s, _e, lang, p in units:
        raw = ent_mod.zh_mentions(p) if lang == ZH else ent_mod.en_mentions(p)
        found.extend(_mention(a, s + ms, s + me, label, src) for ms, me, label, src in raw)
    votes = ent_mod.surface_label_votes([(m.surface, m.label, m.source) for m in found])
    found = [replace(m, label=votes.get(normalize(m.surface), m.label)) for m in found]
    found.extend(_propagate(a, units, found))
    return replace(a, entities=tuple(link_mentions(found, a.clean)))


def _propagate(a: Article, units, found: list[Mention]) -> list[Mention]:
    """Every other occurrence of a name already found is a mention too (document-level consistency)."""
    taken = [(m.cstart, m.cend) for m in found]
    surfaces = {}
    for m in found:
        if len(m.surface) >= (2 if ent_mod.CJK_RE.search(m.surface) else 3):
            surfaces.setdefault(m.surface, m.label)
    extra: list[Mention] = []
    for surface, label in sorted(surfaces.items(), key=lambda kv: -len(kv[0])):
        cjk = bool(ent_mod.CJK_RE.search(surface))
        rx = re.compile(re.escape(surface) if cjk else rf"(?<![\w&]){re.escape(surface)}(?![\w&])")
        for s, e, _lang, _p in units:
            for m in rx.finditer(a.clean, s, e):
                if any(not (m.end() <= ts or m.start() >= te) for ts, te in taken):
                    continue
                taken.append(m.span())
                extra.append(_mention(a, m.start(), m.end(), label, "propagated"))
    return extra
