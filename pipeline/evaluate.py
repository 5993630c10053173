"""Score the pipeline against labelled articles, exactly as shared LABELS.md says, and the quality gate.

The scoring functions are pure: they take a gold record and what the store holds for the article
(``{"removed": [...], "entities": [...], "claims": [...]}`` in STORE.md's line format), so they can
be tested without a model. Claim overlap counts tokens of the normalized text: every CJK character is
one token and every run of other letters and digits is one word, so English is scored by words,
Chinese by characters, and mixed text by both; punctuation is no token.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .names import normalize
from .records import ENTITY_TYPES, OK

LANGS = ("en", "zh", "mixed")
CLAIM_MATCH_F1 = 0.5
GATE_MARGIN = 0.02
GATE_FLOORS = ("spam.recall", "spam.precision", "entities.PERSON.f1", "entities.ORG.f1", "entities_all.f1",
               "claims.f1", "forecasts.f1", "speaker_accuracy")
GATE_CEILINGS = ("spam.content_loss",)
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN_RE = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+")


# --- the labelled format, validated on load -------------------------------------------------------

class _Gold(BaseModel):
    model_config = ConfigDict(extra="allow", strict=True)  # LABELS.md: fields may be added, never dropped


class GoldEntity(_Gold):
    type: Literal["PERSON", "ORG"]
    name: str = Field(min_length=1)
    aliases: list[str]


class GoldClaim(_Gold):
    text: str = Field(min_length=1)
    speaker: str | None
    forecast: bool


class LabelledArticle(_Gold):
    id: str = Field(min_length=1)
    lang: Literal["en", "zh", "mixed"]
    raw: str
    spam: list[str]
    entities: list[GoldEntity]
    claims: list[GoldClaim]

    @model_validator(mode="after")
    def _substrings(self) -> LabelledArticle:
        names = {n for e in self.entities for n in (e.name, *e.aliases)}
        problems = [f"spam text is not a substring of raw: {s[:80]!r}" for s in self.spam if not s or s not in self.raw]
        problems += [f"claim text is not a substring of raw: {c.text[:80]!r}" for c in self.claims
                     if c.text not in self.raw]
        problems += [f"speaker {c.speaker!r} is no entity name or alias (claim {c.text[:40]!r})"
                     for c in self.claims if c.speaker is not None and c.speaker not in names]
        if problems:
            raise ValueError("; ".join(problems))
        return self


def labelled_problems(data) -> list[str]:
    """What is wrong with one labelled record, one readable line each (empty when nothing is)."""
    try:
        LabelledArticle.model_validate(data)
    except ValidationError as e:
        return [f"{'.'.join(map(str, err['loc'])) or 'record'}: {err['msg']}" for err in e.errors()]
    return []


def load_labelled(path: str | Path) -> list[LabelledArticle]:
    """Every record of a LABELS.md JSONL file (or of every *.jsonl in a folder); raises ValueError naming
    the file, line, id and what is wrong."""
    path = Path(path)
    files = sorted(p for p in path.glob("*.jsonl") if not p.name.startswith(".")) if path.is_dir() else [path]
    if not files:
        raise ValueError(f"no *.jsonl file in {path}")
    records, seen = [], {}
    for f in files:
        for n, line in enumerate(f.read_text("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{f}:{n}"
            try:
                data = json.loads(line)
            except ValueError as e:
                raise ValueError(f"{where}: not a JSON line: {e}") from None
            rid = data.get("id") if isinstance(data, dict) else None
            problems = labelled_problems(data)
            if problems:
                details = "\n".join(f"  {p}" for p in problems)
                raise ValueError(f"{where}: labelled article {rid!r} is invalid:\n{details}")
            rec = LabelledArticle.model_validate(data)
            if rec.id in seen:
                raise ValueError(f"{where}: id {rec.id!r} is already used at {seen[rec.id]}")
            seen[rec.id] = where
            records.append(rec)
    return records


# --- counts that add up over articles -------------------------------------------------------------

def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


@dataclass
class PRF:
    """True/false positives and false negatives; p, r, f1 are None when undefined (nothing to count)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: PRF) -> PRF:
        return PRF(tp=self.tp + other.tp, fp=self.fp + other.fp, fn=self.fn + other.fn)

    @property
    def p(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def r(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def to_dict(self) -> dict:
        return {"p": _r(self.p), "r": _r(self.r), "f1": _r(self.f1), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class SpamScore:
    """Characters of raw, white space not counted."""

    spam: int = 0  # inside gold spam
    removed: int = 0  # removed by the pipeline
    hit: int = 0  # both
    content: int = 0  # not spam

    def __add__(self, o: SpamScore) -> SpamScore:
        return SpamScore(spam=self.spam + o.spam, removed=self.removed + o.removed, hit=self.hit + o.hit,
                         content=self.content + o.content)

    def to_dict(self) -> dict:
        return {"recall": _r(_ratio(self.hit, self.spam)), "precision": _r(_ratio(self.hit, self.removed)),
                "content_loss": _r(_ratio(self.removed - self.hit, self.content)),
                "spam_chars": self.spam, "removed_chars": self.removed, "spam_removed_chars": self.hit,
                "content_chars": self.content}


@dataclass
class Scores:
    n_articles: int = 0
    spam: SpamScore = field(default_factory=SpamScore)
    entities: dict[str, PRF] = field(default_factory=lambda: {t: PRF() for t in ENTITY_TYPES})
    claims: PRF = field(default_factory=PRF)
    forecasts: PRF = field(default_factory=PRF)
    speakers_right: int = 0
    speakers_total: int = 0

    def __add__(self, o: Scores) -> Scores:
        return Scores(n_articles=self.n_articles + o.n_articles, spam=self.spam + o.spam,
                      entities={t: self.entities[t] + o.entities[t] for t in ENTITY_TYPES},
                      claims=self.claims + o.claims, forecasts=self.forecasts + o.forecasts,
                      speakers_right=self.speakers_right + o.speakers_right,
                      speakers_total=self.speakers_total + o.speakers_total)

    def to_dict(self) -> dict:
        return {"n_articles": self.n_articles, "spam": self.spam.to_dict(),
                "entities": {t: prf.to_dict() for t, prf in self.entities.items()},
                "entities_all": sum(self.entities.values(), PRF()).to_dict(),
                "claims": self.claims.to_dict(), "forecasts": self.forecasts.to_dict(),
                "speaker_accuracy": _r(_ratio(self.speakers_right, self.speakers_total)),
                "speakers": {"right": self.speakers_right, "total": self.speakers_total}}


# --- spam -----------------------------------------------------------------------------------------

def spam_positions(raw: str, spam: list[str]) -> set[int]:
    """Indices of the non-space characters of raw inside any occurrence of any spam text."""
    out: set[int] = set()
    for s in filter(None, spam):
        at = raw.find(s)
        while at >= 0:
            out.update(range(at, at + len(s)))
            at = raw.find(s, at + 1)
    return {i for i in out if not raw[i].isspace()}


def removed_positions(raw: str, removed: list[dict]) -> set[int]:
    return {i for r in removed for i in range(max(0, r["start"]), min(len(raw), r["end"])) if not raw[i].isspace()}


def snippets(raw: str, positions: set[int]) -> list[str]:
    """The runs of raw that the positions cover, joined across white space."""
    runs: list[list[int]] = []
    for i in sorted(positions):
        if runs and not raw[runs[-1][1]:i].strip():
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1])
    return [raw[s:e] for s, e in runs]


def score_spam(raw: str, spam: list[str], removed: list[dict]) -> tuple[SpamScore, list[dict]]:
    gold, cut = spam_positions(raw, spam), removed_positions(raw, removed)
    visible = sum(1 for ch in raw if not ch.isspace())
    score = SpamScore(spam=len(gold), removed=len(cut), hit=len(gold & cut), content=visible - len(gold))
    errors = [{"kind": "spam_missed", "text": t} for t in snippets(raw, gold - cut)]
    errors += [{"kind": "content_removed", "text": t} for t in snippets(raw, cut - gold)]
    return score, errors


# --- entities -------------------------------------------------------------------------------------

def gold_forms(e: GoldEntity) -> set[str]:
    return {normalize(n) for n in (e.name, *e.aliases)} - {""}


def predicted_forms(line: dict) -> set[str]:
    """STORE.md: a predicted entity's surface forms are its name and every mention text."""
    return {normalize(n) for n in (line["name"], *(m["text"] for m in line.get("mentions", ())))} - {""}


def match_entities(predicted: list[set[str]], gold: list[set[str]]) -> dict[int, int]:
    """One-to-one matching of surface-form sets that share a form, as many pairs as possible
    (augmenting paths). Returns {gold index: predicted index}."""
    owner: dict[int, int] = {}

    def place(p: int, seen: set[int]) -> bool:
        for g, forms in enumerate(gold):
            if g not in seen and predicted[p] & forms:
                seen.add(g)
                if g not in owner or place(owner[g], seen):
                    owner[g] = p
                    return True
        return False

    for p in range(len(predicted)):
        place(p, set())
    return owner


def score_entities(gold: list[GoldEntity], predicted: list[dict]) -> tuple[dict[str, PRF], list[dict]]:
    scores, errors = {}, []
    for t in ENTITY_TYPES:
        golds = [e for e in gold if e.type == t]
        preds = [line for line in predicted if line["type"] == t]
        owner = match_entities([predicted_forms(p) for p in preds], [gold_forms(g) for g in golds])
        scores[t] = PRF(tp=len(owner), fp=len(preds) - len(owner), fn=len(golds) - len(owner))
        used = set(owner.values())
        errors += [{"kind": "entity_fp", "type": t, "text": p["name"], "forms": sorted(predicted_forms(p))}
                   for n, p in enumerate(preds) if n not in used]
        errors += [{"kind": "entity_fn", "type": t, "text": g.name, "aliases": g.aliases}
                   for n, g in enumerate(golds) if n not in owner]
    return scores, errors


# --- claims ---------------------------------------------------------------------------------------

def claim_tokens(text: str) -> list[str]:
    return _TOKEN_RE.findall(normalize(text))


def overlap_f1(a: str, b: str) -> float:
    ta, tb = Counter(claim_tokens(a)), Counter(claim_tokens(b))
    common = sum((ta & tb).values())
    return 2 * common / (sum(ta.values()) + sum(tb.values())) if common else 0.0


def match_claims(predicted: list[str], gold: list[str]) -> list[tuple[int, int, float]]:
    """(predicted index, gold index, overlap F1) pairs at or above the threshold, one to one, best first."""
    pairs = sorted(((f, p, g) for p, pt in enumerate(predicted) for g, gt in enumerate(gold)
                    if (f := overlap_f1(pt, gt)) >= CLAIM_MATCH_F1), key=lambda x: (-x[0], x[1], x[2]))
    used_p, used_g, out = set(), set(), []
    for f, p, g in pairs:
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
            out.append((p, g, f))
    return out


def speaker_right(predicted: dict | None, gold: str | None, gold_entities: list[GoldEntity],
                  predicted_entities: list[dict]) -> bool:
    """Both null; or the predicted speaker's name, or a surface form of its entity, is a name or alias
    of the gold speaker's entity, after normalization."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    forms = next((gold_forms(e) for e in gold_entities if gold in (e.name, *e.aliases)), {normalize(gold)})
    said = {normalize(predicted["name"])}
    said |= next((predicted_forms(e) for e in predicted_entities
                  if predicted.get("entity_id") and e.get("entity_id") == predicted["entity_id"]), set())
    return bool(said & forms)


def score_claims(gold: LabelledArticle, claims: list[dict], entities: list[dict]):
    """Claims, forecasts, (speakers right, speakers total) and the errors of one article."""
    golds = gold.claims
    pairs = match_claims([c["text"] for c in claims], [c.text for c in golds])
    g_of = {p: g for p, g, _ in pairs}
    p_of = {g: p for p, g, _ in pairs}
    claim_prf = PRF(tp=len(pairs), fp=len(claims) - len(pairs), fn=len(golds) - len(pairs))
    hits = {p for p, g, _ in pairs if claims[p]["forecast"] and golds[g].forecast}
    forecast_prf = PRF(tp=len(hits), fp=sum(c["forecast"] for c in claims) - len(hits),
                       fn=sum(c.forecast for c in golds) - len(hits))
    errors = [{"kind": "claim_fp", "text": c["text"], "speaker": (c["speaker"] or {}).get("name"),
               "forecast": c["forecast"]} for p, c in enumerate(claims) if p not in g_of]
    errors += [{"kind": "claim_fn", "text": c.text, "speaker": c.speaker, "forecast": c.forecast}
               for g, c in enumerate(golds) if g not in p_of]
    errors += [{"kind": "forecast_fp", "text": c["text"], "gold": golds[g_of[p]].text if p in g_of else None}
               for p, c in enumerate(claims) if c["forecast"] and p not in hits]
    errors += [{"kind": "forecast_fn", "text": c.text, "predicted": claims[p_of[g]]["text"] if g in p_of else None}
               for g, c in enumerate(golds) if c.forecast and p_of.get(g) not in hits]
    right = 0
    for p, g, _ in pairs:
        said = claims[p]["speaker"]
        if speaker_right(said, golds[g].speaker, gold.entities, entities):
            right += 1
        else:
            errors.append({"kind": "speaker_wrong", "text": golds[g].text,
                           "predicted": said and said["name"], "gold": golds[g].speaker})
    return claim_prf, forecast_prf, (right, len(pairs)), errors


# --- one article, many articles -------------------------------------------------------------------

def score_article(gold: LabelledArticle, predicted: dict) -> tuple[Scores, list[dict]]:
    """``predicted``: ``status`` (optional), ``removed``, ``entities`` and ``claims`` in store line format."""
    errors = []
    if predicted.get("status", OK) != OK:
        errors.append({"kind": "pipeline_error", "text": predicted.get("error")})
    spam, spam_errors = score_spam(gold.raw, gold.spam, predicted.get("removed", []))
    entities, entity_errors = score_entities(gold.entities, predicted.get("entities", []))
    claims, forecasts, (right, total), claim_errors = score_claims(gold, predicted.get("claims", []),
                                                                   predicted.get("entities", []))
    errors += spam_errors + entity_errors + claim_errors
    scores = Scores(n_articles=1, spam=spam, entities=entities, claims=claims, forecasts=forecasts,
                    speakers_right=right, speakers_total=total)
    return scores, [{"id": gold.id, "lang": gold.lang, **e} for e in errors]


def score_records(records: list[LabelledArticle], predictions: list[dict]) -> tuple[dict, list[dict]]:
    """Metrics (overall and by gold language) and every error, for predictions in the records' order."""
    by_lang = {lang: Scores() for lang in LANGS}
    errors: list[dict] = []
    for gold, pred in zip(records, predictions, strict=True):
        scores, errs = score_article(gold, pred)
        by_lang[gold.lang] += scores
        errors += errs
    metrics = sum(by_lang.values(), Scores()).to_dict()
    metrics["by_lang"] = {lang: s.to_dict() for lang, s in by_lang.items()}
    return metrics, errors


def predict(records: list[LabelledArticle], cfg=None) -> list[dict]:
    """Run the pipeline on each record's raw, in batches; store lines per article."""
    from .config import default_config
    from .records import Article
    from .stages import process_articles

    cfg = cfg or default_config()
    size = max(1, cfg.run.batch_docs)
    out = []
    for i in range(0, len(records), size):
        batch = [Article(doc_id=hashlib.sha256(r.raw.encode()).hexdigest()[:16], source=r.id, raw=r.raw,
                         encoding="utf-8") for r in records[i:i + size]]
        out += [{"status": a.status, "error": a.error, "lang": a.lang, "removed": [asdict(r) for r in a.removed],
                 "entities": a.entity_lines(), "claims": a.claim_lines()} for a in process_articles(batch, cfg)]
    return out


def evaluate_records(records: list[LabelledArticle], cfg=None) -> dict:
    return score_records(records, predict(records, cfg))[0]


def evaluate_file(path: str | Path, cfg=None, out: str | Path | None = None,
                  errors_out: str | Path | None = None) -> dict:
    """Score the pipeline on a labelled file or folder; write metrics.json to ``out`` (a file, or a
    folder to put metrics.json in) and every FP/FN, one JSON line each, to ``errors_out``."""
    import orjson

    records = load_labelled(path)
    metrics, errors = score_records(records, predict(records, cfg))
    metrics["labelled"] = str(path)
    if out is not None:
        out = Path(out)
        out = out / "metrics.json" if out.is_dir() else out
        out.write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n", "utf-8")
    if errors_out is not None:
        Path(errors_out).write_bytes(b"".join(orjson.dumps(e) + b"\n" for e in errors))
    return metrics


# --- the table ------------------------------------------------------------------------------------

def _num(x: float | None, digits: int = 3) -> str:
    return "-" if x is None else f"{x:.{digits}f}"


def _prf(d: dict) -> str:
    return " ".join(_num(d[k], 2) for k in ("p", "r", "f1"))


def format_table(metrics: dict) -> str:
    """Rows of metrics, columns all / en / zh / mixed."""
    cols = [("all", metrics)] + [(lang, m) for lang, m in metrics.get("by_lang", {}).items()]
    rows = [("articles", lambda m: str(m["n_articles"])),
            ("spam recall", lambda m: _num(m["spam"]["recall"])),
            ("spam precision", lambda m: _num(m["spam"]["precision"])),
            ("content loss", lambda m: _num(m["spam"]["content_loss"])),
            *[(f"{t} P R F1", lambda m, t=t: _prf(m["entities"][t])) for t in ENTITY_TYPES],
            ("entities P R F1", lambda m: _prf(m["entities_all"])),
            ("claims P R F1", lambda m: _prf(m["claims"])),
            ("forecasts P R F1", lambda m: _prf(m["forecasts"])),
            ("speaker accuracy", lambda m: f"{_num(m['speaker_accuracy'])} "
                                           f"({m['speakers']['right']}/{m['speakers']['total']})")]
    lines = [f"{'newskb':<18}" + "".join(f"{name:>16}" for name, _ in cols)]
    lines += [f"{label:<18}" + "".join(f"{cell(m):>16}" for _, m in cols) for label, cell in rows]
    return "\n".join(lines)


# --- the quality gate -----------------------------------------------------------------------------

def metric_value(metrics: dict, path: str) -> float | None:
    """``en.entities.PERSON.f1`` -> metrics["by_lang"]["en"]["entities"]["PERSON"]["f1"]; ``all.`` is overall."""
    scope, *keys = path.split(".")
    if scope not in ("all", *LANGS):
        raise ValueError(f"gate metric {path!r} must start with one of: all, {', '.join(LANGS)}")
    node = metrics if scope == "all" else metrics["by_lang"][scope]
    for k in keys:
        node = node.get(k) if isinstance(node, dict) else None
    return node


def check_gate(metrics: dict, gate: dict) -> list[str]:
    """The floors the metrics fall below and the ceilings they rise above (a missing value fails)."""
    failures = []
    for path, floor in sorted(gate.get("floors", {}).items()):
        v = metric_value(metrics, path)
        if v is None or v < floor:
            failures.append(f"{path} = {_num(v, 4)}, below its floor {floor}")
    for path, ceiling in sorted(gate.get("ceilings", {}).items()):
        v = metric_value(metrics, path)
        if v is None or v > ceiling:
            failures.append(f"{path} = {_num(v, 4)}, above its ceiling {ceiling}")
    return failures


def update_gate(gate: dict, metrics: dict, sha256: str, allow_lower: bool = False,
                margin: float = GATE_MARGIN) -> tuple[dict, list[str]]:
    """Floors re-pinned to the current values minus ``margin`` (ceilings plus it); a floor is never
    lowered (a ceiling never raised) unless ``allow_lower``. Returns the new gate and what changed."""
    limits = {"floors": dict(gate.get("floors", {})), "ceilings": dict(gate.get("ceilings", {}))}
    changes = []
    for kind, names, sign in (("floors", GATE_FLOORS, -1), ("ceilings", GATE_CEILINGS, 1)):
        for path in (f"{scope}.{name}" for scope in ("all", *LANGS) for name in names):
            v = metric_value(metrics, path)
            if v is None:
                continue
            step = math.floor if sign < 0 else math.ceil
            new = min(1.0, max(0.0, step(round((v + sign * margin) * 1000, 6)) / 1000))
            old = limits[kind].get(path)
            looser = old is not None and (new < old if sign < 0 else new > old)
            if looser and not allow_lower:
                changes.append(f"kept {kind[:-1]} {path} = {old} (now {v:.4f}; --allow-lower to move it)")
            elif new != old:
                limits[kind][path] = new
                changes.append(f"{kind[:-1]} {path}: {old} -> {new}")
    if gate.get("test_sha256") != sha256:
        changes.append(f"test_sha256: {gate.get('test_sha256')} -> {sha256}")
    return {"test_sha256": sha256, **{k: dict(sorted(v.items())) for k, v in limits.items()}}, changes


@dataclass
class GateResult:
    metrics: dict
    failures: list[str]
    changes: list[str]


def file_sha256(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def run_gate(test: str | Path, gate_path: str | Path, cfg=None, update: bool = False,
             allow_lower: bool = False) -> GateResult:
    """Evaluate on the pinned test set and compare with the gate's floors; ``update`` re-pins them."""
    gate_path = Path(gate_path)
    gate = json.loads(gate_path.read_text("utf-8")) if gate_path.exists() else {"test_sha256": None, "floors": {}}
    sha = file_sha256(test)
    metrics = evaluate_file(test, cfg)
    changes: list[str] = []
    if update:
        gate, changes = update_gate(gate, metrics, sha, allow_lower)
        gate_path.write_text(json.dumps(gate, indent=2) + "\n", "utf-8")
    failures = check_gate(metrics, gate)
    if gate.get("test_sha256") != sha:
        failures.insert(0, f"{test} has sha256 {sha} but the gate pins {gate.get('test_sha256')}; "
                           "re-pin with `newskb gate --update` if the change is intended")
    return GateResult(metrics=metrics, failures=failures, changes=changes)
