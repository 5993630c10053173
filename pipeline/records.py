"""Records that flow through the stages. Frozen dataclasses; every span holds raw offsets."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace

PERSON = "PERSON"
ORG = "ORG"
ENTITY_TYPES = (PERSON, ORG)

OK, ERROR, SKIPPED = "ok", "error", "skipped"


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """A piece of the raw text: ``raw[start:end] == text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Removed:
    """A spam segment taken out of the article, with why."""

    start: int
    end: int
    text: str
    reason: str
    score: float


@dataclass(frozen=True, slots=True, kw_only=True)
class Segment:
    """A unit spam comes in (a line, or a sentence inside a line), in clean-text offsets."""

    start: int
    end: int
    kind: str  # "line" | "sentence"
    lang: str
    paragraph: int
    spam_score: float = 0.0
    spam_reason: str = ""
    is_spam: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """One mention of an entity, in clean-text offsets (``cstart``/``cend``) and raw offsets."""

    cstart: int
    cend: int
    start: int
    end: int
    text: str  # raw[start:end]
    label: str  # PERSON | ORG
    surface: str  # the cleaned surface form
    source: str = "model"  # which rule or model found it


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    entity_id: str
    type: str
    name: str
    key: str  # the normalized key the id is made from
    mentions: tuple[Mention, ...] = ()
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Speaker:
    name: str
    entity_id: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    claim_id: str
    text: str
    start: int
    end: int
    speaker: Speaker | None
    cue: str | None
    forecast: bool
    horizon: dict | None
    lang: str = ""
    source_text: str | None = None  # how the source is written ("he", "the chairman")


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One document through the pipeline. ``offsets[i]`` is the raw (start, end) of clean char i."""

    doc_id: str
    source: str
    raw: str
    status: str = OK
    error: str | None = None
    encoding: str | None = None
    lang: str | None = None
    clean: str = ""
    starts: tuple[int, ...] = ()
    ends: tuple[int, ...] = ()
    segments: tuple[Segment, ...] = ()
    removed: tuple[Removed, ...] = ()
    kept_spam: tuple[Removed, ...] = ()  # scored at or over the threshold, kept (--keep-spam, or unsure)
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    timings: dict = field(default_factory=dict)

    def raw_span(self, cstart: int, cend: int) -> tuple[int, int]:
        """Raw offsets of the clean span [cstart, cend)."""
        if cend <= cstart:
            pos = self.starts[cstart] if cstart < len(self.starts) else len(self.raw)
            return pos, pos
        return self.starts[cstart], self.ends[cend - 1]

    @property
    def kept_text(self) -> str:
        """The cleaned text with spam segments taken out."""
        spans = sorted((s.start, s.end) for s in self.segments if s.is_spam)
        if not spans:
            return self.clean
        out, pos = [], 0
        for s, e in spans:
            if s > pos:
                out.append(self.clean[pos:s])
            pos = max(pos, e)
        out.append(self.clean[pos:])
        return _tidy_gaps("".join(out))

    def document_line(self) -> dict:
        return {
            "doc_id": self.doc_id,
            "source": self.source,
            "status": self.status,
            "error": self.error,
            "encoding": self.encoding,
            "lang": self.lang,
            "text": self.kept_text if self.status == OK else None,
            "removed": [asdict(r) for r in self.removed],
            "kept_spam": [asdict(r) for r in self.kept_spam],
            "timings": {k: round(v, 5) for k, v in self.timings.items()},
        }

    def entity_lines(self) -> list[dict]:
        return [
            {
                "doc_id": self.doc_id,
                "entity_id": e.entity_id,
                "type": e.type,
                "name": e.name,
                "aliases": list(e.aliases),
                "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in e.mentions],
            }
            for e in self.entities
        ]

    def claim_lines(self) -> list[dict]:
        return [
            {
                "doc_id": self.doc_id,
                "claim_id": c.claim_id,
                "text": c.text,
                "start": c.start,
                "end": c.end,
                "speaker": None if c.speaker is None else {"name": c.speaker.name, "entity_id": c.speaker.entity_id},
                "cue": c.cue,
                "forecast": c.forecast,
                "horizon": c.horizon,
                "lang": c.lang,
                "source_text": c.source_text,
            }
            for c in self.claims
        ]


def _tidy_gaps(text: str) -> str:
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


__all__ = [
    "PERSON", "ORG", "ENTITY_TYPES", "OK", "ERROR", "SKIPPED",
    "Span", "Removed", "Segment", "Mention", "Entity", "Speaker", "Claim", "Article", "replace",
]
