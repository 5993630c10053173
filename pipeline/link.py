"""Merge an article's mentions into canonical entities with store-wide ids.

Within an article: variants with the same key (legal suffixes, spacing, case) are one entity;
then a surname alone joins the full name that carries it, a short company name joins the long
one it begins or ends, an acronym joins the name it abbreviates, and a Chinese name followed by
its English name in brackets joins it. Across the store: the id is made from the key, and a
Chinese person's key is the pinyin of the name, so 谢育芳 and Xie Yufang share one id.
"""
from __future__ import annotations

import hashlib
import re

from .names import CJK_RE, acronym, entity_key, normalize, split_chinese_name
from .records import ORG, PERSON, Entity, Mention

_LATIN = re.compile(r"[A-Za-z]")
_GENERIC_SHORT = {"bank", "group", "company", "association", "university", "china", "the", "new", "national"}


def make_entity_id(label: str, key: str) -> str:
    return "E" + hashlib.sha1(f"{label}:{key}".encode()).hexdigest()[:12]


class _Groups:
    def __init__(self, mentions: list[Mention]):
        self.parent = list(range(len(mentions)))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _tokens(surface: str) -> list[str]:
    return normalize(surface).replace("-", " ").split()


def link_mentions(mentions: list[Mention], clean: str) -> list[Entity]:
    """Group mentions into entities. Mentions of a Chinese surname alone that match no full name are dropped."""
    mentions = sorted({(m.cstart, m.cend): m for m in mentions}.values(), key=lambda m: m.cstart)
    if not mentions:
        return []
    keys = [entity_key(m.label, m.surface) for m in mentions]
    g = _Groups(mentions)
    first: dict[tuple[str, str], int] = {}
    for i, (m, k) in enumerate(zip(mentions, keys)):
        first.setdefault((m.label, k), i)
        g.union(first[(m.label, k)], i)

    persons_full = [i for i, m in enumerate(mentions) if m.label == PERSON and _is_full_name(m.surface)]
    orgs = [i for i, m in enumerate(mentions) if m.label == ORG]
    drop: set[int] = set()
    for i, m in enumerate(mentions):
        if m.label == PERSON and not _is_full_name(m.surface):
            cands = {g.find(j) for j in persons_full if _surname_matches(m.surface, mentions[j].surface)}
            if len(cands) == 1:
                g.union(cands.pop(), i)
            elif len(cands) > 1:  # the nearest full name before it
                before = [j for j in persons_full if _surname_matches(m.surface, mentions[j].surface)
                          and mentions[j].cstart < m.cstart]
                if before:
                    g.union(before[-1], i)
            elif CJK_RE.search(m.surface):
                drop.add(i)
    for i in orgs:
        for j in orgs:
            if i != j and _org_variant(mentions[i].surface, keys[i], mentions[j].surface, keys[j]):
                g.union(i, j)
    # 巨一集团（Juyi Group）: a name followed by its other-language name in brackets
    for i, a in enumerate(mentions):
        for j in range(i + 1, min(i + 3, len(mentions))):
            b = mentions[j]
            if a.label == b.label and re.fullmatch(r"\s*[（(]\s*", clean[a.cend:b.cstart]) \
                    and bool(CJK_RE.search(a.surface)) != bool(CJK_RE.search(b.surface)):
                g.union(i, j)

    clusters: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        if i not in drop:
            clusters.setdefault(g.find(i), []).append(i)
    entities = []
    for members in clusters.values():
        ms = [mentions[i] for i in members]
        label = max((PERSON, ORG), key=lambda lab: sum(m.label == lab for m in ms))
        surfaces = []
        for m in ms:
            if m.surface not in surfaces:
                surfaces.append(m.surface)
        name = max(surfaces, key=lambda s: (len(_tokens(s)) if not CJK_RE.search(s) else len(s), len(s)))
        key = _id_key(label, name, surfaces)
        entities.append(Entity(entity_id=make_entity_id(label, key), type=label, name=name, key=key,
                               mentions=tuple(ms), aliases=tuple(s for s in surfaces if s != name)))
    return sorted(entities, key=lambda e: e.mentions[0].cstart)


def _id_key(label: str, name: str, surfaces: list[str]) -> str:
    if label == ORG:
        latin = [s for s in surfaces if _LATIN.search(s) and not CJK_RE.search(s)]
        if latin and CJK_RE.search(name):
            return entity_key(ORG, max(latin, key=len))
    return entity_key(label, name)


def _is_full_name(surface: str) -> bool:
    s = normalize(surface)
    if CJK_RE.search(s):
        return len(s.replace(" ", "")) >= 2 and not (len(s) == 2 and s[1] in "总董")
    return len(s.split()) >= 2


def _surname_matches(short: str, full: str) -> bool:
    s, f = normalize(short), normalize(full)
    if CJK_RE.search(s):
        if not CJK_RE.search(f):
            return False
        surname, _ = split_chinese_name(f)
        return s.startswith(surname) and len(s) <= len(surname) + 2
    toks = f.split()
    return bool(toks) and s in (toks[0], toks[-1])


def _org_variant(a: str, ka: str, b: str, kb: str) -> bool:
    """Is `a` a short form of `b`?"""
    if ka == kb or len(ka) >= len(kb):
        return False
    if CJK_RE.search(ka) and CJK_RE.search(kb):
        return len(ka) >= 2 and (kb.startswith(ka) or kb.endswith(ka))
    if CJK_RE.search(ka) or CJK_RE.search(kb):
        return False
    ta, tb = ka.split(), kb.split()
    if ta and tb[: len(ta)] == ta and ka not in _GENERIC_SHORT:
        return True
    raw = a.strip()
    return raw.isupper() and 2 <= len(raw) <= 6 and raw == acronym(b)
