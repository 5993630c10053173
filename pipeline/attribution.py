"""Claims of an article with raw offsets, and their sources resolved to entities.

`extract_claims` runs the language's claim extractor on every analysis unit, maps spans to raw
offsets, normalizes horizons against the article's date, and resolves each source to an entity
with `resolve_speaker`.
"""
from __future__ import annotations

from dataclasses import replace

from . import claims as claims_mod
from .horizon import article_year, find_horizon
from .lang import words_en, words_zh
from .language import ZH
from .records import ORG, PERSON, Article, Claim, Speaker


def extract_claims(a: Article, units, cfg) -> Article:
    year = article_year(a.clean)
    mentions = sorted(((m, e) for e in a.entities for m in e.mentions), key=lambda me: me[0].cstart)
    claims: list[Claim] = []
    seen: set[tuple[int, int]] = set()
    for s, _e, lang, p in units:
        raw_claims = claims_mod.claims_zh(p, cfg.claims) if lang == ZH else claims_mod.claims_en(p, cfg.claims)
        for rc in raw_claims:
            cs, ce = s + rc.start, s + rc.end
            rs, re_ = a.raw_span(cs, ce)
            if (rs, re_) in seen or re_ <= rs:
                continue
            seen.add((rs, re_))
            speaker = resolve_speaker(a, rc, s, mentions, lang)
            horizon = rc.horizon
            if horizon is not None:
                horizon = find_horizon(a.clean[cs:ce], lang, year)
                if horizon is not None:
                    hs, he = a.raw_span(cs + horizon.pop("start"), cs + horizon.pop("end"))
                    horizon = {"text": a.raw[hs:he], "start": hs, "end": he, **{k: v for k, v in horizon.items()
                                                                                  if k != "text"}}
            claims.append(Claim(claim_id=claims_mod.make_claim_id(a.doc_id, rs, re_), text=a.raw[rs:re_],
                                start=rs, end=re_, speaker=speaker, cue=rc.cue,
                                forecast=rc.forecast or horizon is not None and rc.forecast,
                                horizon=horizon if rc.forecast else None, lang=lang,
                                source_text=rc.source_text))
    return replace(a, claims=tuple(claims))


_PRONOUN_EN = {"he", "she", "him", "her"}


def resolve_speaker(a: Article, rc, offset: int, mentions, lang: str) -> Speaker | None:
    """The entity a claim's source refers to.

    Order: a PERSON named in the source words (the head of an apposition), else an ORG named there;
    a pronoun -> the nearest PERSON before; a title ("the chairman", 董事长) -> the PERSON who holds it
    in the article, else the nearest PERSON; "the company"/该公司 -> the nearest ORG before;
    an unnamed source (analysts, 业内人士, a document) -> no speaker.
    """
    if rc.source is None:
        return None
    ss, se = offset + rc.source[0], offset + rc.source[1]
    inside = [(m, e) for m, e in mentions if m.cstart >= ss and m.cend <= se]
    if inside:
        persons = [(m, e) for m, e in inside if e.type == PERSON]
        m, e = (persons[-1] if lang == ZH else persons[0]) if persons else (inside[-1] if lang == ZH else inside[0])
        return Speaker(name=e.name, entity_id=e.entity_id)
    src = a.clean[ss:se].strip()
    low = src.lower()
    before = [(m, e) for m, e in mentions if m.cstart < ss]
    if claims_mod.is_unnamed_source(src) and not any(t in low for t in ("company", "group", "firm")):
        return None
    if lang == ZH:
        if any(p in src for p in words_zh.PRONOUNS_ORG):
            orgs = [e for m, e in before if e.type == ORG]
            return Speaker(name=orgs[-1].name, entity_id=orgs[-1].entity_id) if orgs else None
        titled = next((t for t in sorted(words_zh.TITLES, key=len, reverse=True) if t in src), None)
        if any(p in src for p in words_zh.PRONOUNS_PERSON) or titled:
            return _nearest_person(a, before, titled)
        return None
    words = low.split()
    if words and words[0] in _PRONOUN_EN and len(words) <= 2:
        return _nearest_person(a, before, None)
    if any(low.startswith(c) or low == c for c in words_en.COMPANY_REFERENCES):
        orgs = [e for m, e in before if e.type == ORG]
        return Speaker(name=orgs[-1].name, entity_id=orgs[-1].entity_id) if orgs else None
    titled = next((t for t in sorted(words_en.TITLES, key=len, reverse=True) if t in low), None)
    if titled and (low.startswith("the ") or low.startswith("its ") or low.startswith("our ")):
        return _nearest_person(a, before, titled)
    return None


def _nearest_person(a: Article, before, title: str | None) -> Speaker | None:
    persons = [(m, e) for m, e in before if e.type == PERSON]
    if not persons:
        return None
    if title:
        for m, e in reversed(persons):
            window = a.clean[max(0, m.cstart - 30):m.cend + 80].lower()
            if title.lower() in window:
                return Speaker(name=e.name, entity_id=e.entity_id)
    m, e = persons[-1]
    return Speaker(name=e.name, entity_id=e.entity_id)
