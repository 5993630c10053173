"""Accuracy on the public labelled sets in ../shared/data, scored as `newskb eval` scores, beside bare anchors.

Each set is converted in memory to LABELS.md-style records (never written to disk) and scored with
evaluate.py's functions. Beside newskb, the same run scores the anchors: spaCy's own PERSON/ORG, LAC's own
PER/ORG, a naive cue-word claim extractor and a naive line-rule spam baseline.

Order of the run: NER sets (EN, ZH), attribution (PolNeAR), forecasts (goldEN), spam (synthetic EN/ZH,
L3S-GN1). A set whose files are missing is skipped with a note; ``limit`` caps the documents of every set.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

from .evaluate import (PRF, LabelledArticle, SpamScore, _num, _prf, claim_tokens, match_claims, predict,
                       removed_positions, score_records, score_spam)
from .names import normalize
from .records import ENTITY_TYPES, ORG, PERSON

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
PSEUDO_DOC_SENTENCES = 10  # sets without document boundaries: this many consecutive sentences per document
SYNTHETIC_DOCS = 150  # clean articles per language for the synthetic spam set
FORECAST_KEY_SHARE = 0.3  # share of the gold statement's key stems the predicted claim must contain
FORECAST_KEY_MIN = 2  # ... and at least this many of them (fewer when the key is shorter)
SEED = "newskb-bench-accuracy-v1"
BENCH_ONLY_DIGITS = "0123"  # spam-pool items whose sha1 hex digest ends in one of these are bench-only
PUBLISHED = [  # fixed reference rows: published figures, not measured here
    {"set": "PARC 3.0 (citron, published)", "lang": "en", "metric": "source F", "value": 0.82},
    {"set": "PARC 3.0 (citron, published)", "lang": "en", "metric": "content overlap F", "value": 0.83},
]
_STOP_EN = frozenset("the a an of and or in on at to for by with from as is are was were be been being will would "
                     "could may might that this these those it its their his her there not no per".split())
_PREDICTOR_NONE = ("article", "author", "implied", "unspecified", "unknown", "not specified", "anonymous", "n/a")


def is_bench_only(text: str) -> bool:
    """A spam-pool item held out for the benchmark: sha1 of its stripped UTF-8 text ends in 0-3.

    The spam trainer excludes these; the benchmark uses only these."""
    return hashlib.sha1(text.strip().encode("utf-8")).hexdigest()[-1] in BENCH_ONLY_DIGITS


# --- gold entities from mentions --------------------------------------------------------------------

def _name_tokens(name: str) -> tuple[str, ...]:
    return tuple(normalize(name).split())


def _contains(longer: str, shorter: str, lang: str) -> bool:
    if lang == "zh":
        a, b = normalize(longer), normalize(shorter)
        return len(b) >= 2 and b != a and b in a
    a, b = _name_tokens(longer), _name_tokens(shorter)
    return 0 < len(b) < len(a) and any(a[i:i + len(b)] == b for i in range(len(a) - len(b) + 1))


def gold_entities(mentions: list[tuple[str, str]], lang: str) -> list[dict]:
    """LABELS.md entities of one document from its (type, surface) mentions.

    Mentions with the same normalized form are one entity. A PERSON name inside exactly one longer PERSON
    name of the document ("Ladki" in "Nadim Ladki"; 温格 in 阿尔塞纳·温格) becomes its alias; ORG names are
    never merged (a shorter ORG name is often another body)."""
    groups: dict[tuple[str, str], list[str]] = {}
    for t, surface in mentions:
        key = normalize(surface)
        if key:
            groups.setdefault((t, key), []).append(surface.strip())
    entities = []
    for (t, _key), surfaces in groups.items():
        counts = Counter(surfaces)
        name = max(counts, key=lambda s: (counts[s], len(s)))
        entities.append({"type": t, "name": name, "aliases": sorted(set(surfaces) - {name})})
    persons = [e for e in entities if e["type"] == PERSON]
    absorbed = set()
    for short in persons:
        hosts = [e for e in persons if e is not short and _contains(e["name"], short["name"], lang)]
        if len(hosts) == 1 and id(hosts[0]) not in absorbed:
            hosts[0]["aliases"] = sorted({*hosts[0]["aliases"], short["name"], *short["aliases"]})
            absorbed.add(id(short))
    return [e for e in entities if id(e) not in absorbed]


def labelled(rid: str, lang: str, raw: str, entities=(), spam=(), claims=()) -> LabelledArticle:
    return LabelledArticle.model_validate({"id": rid, "lang": lang, "raw": raw, "spam": list(spam),
                                           "entities": list(entities), "claims": list(claims)})


# --- token formats ----------------------------------------------------------------------------------

def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first, last + 1, type) runs of BIO/IOB2 tags; an I- without its B- starts a run."""
    out, cur = [], None
    for i, tag in enumerate([*tags, "O"]):
        kind = tag[2:] if tag[:2] in ("B-", "I-", "M-", "E-", "S-") else None
        if cur and (kind != cur[2] or tag.startswith(("B-", "S-"))):
            out.append((cur[0], i, cur[2]))
            cur = None
        if kind and cur is None:
            cur = [i, i, kind]
    return out


def read_token_sentences(text: str) -> list[list[tuple[str, str]]]:
    """Blank-line separated sentences of 'token ... TAG' lines: split at tabs when the line has one (the
    token may then be a space), else at spaces; the token is first, the tag last."""
    sents, cur = [], []
    for line in text.splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
            continue
        if line.startswith("-DOCSTART-"):
            continue
        parts = line.split("\t") if "\t" in line else line.split(" ")
        if len(parts) >= 2:
            cur.append((parts[0], parts[-1].strip()))
    if cur:
        sents.append(cur)
    return sents


_NO_SPACE_BEFORE = {",", ".", ":", ";", "?", "!", "%", ")", "]", "'s", "n't", "'", "'re", "'ve", "'ll", "'d", "'m"}


def join_tokens(tokens: list[str], lang: str) -> tuple[str, list[tuple[int, int]]]:
    """Sentence text from tokens (Chinese: no spaces; English: spaces, none before closing punctuation)
    and each token's character offsets in it."""
    text, offs = "", []
    for n, tok in enumerate(tokens):
        if lang == "en" and n and tok not in _NO_SPACE_BEFORE and not text.endswith(("(", "[", "$")):
            text += " "
        offs.append((len(text), len(text) + len(tok)))
        text += tok
    return text, offs


def sentence_mentions(tokens: list[str], tags: list[str], lang: str, types: dict[str, str]):
    text, offs = join_tokens(tokens, lang)
    return text, [(types[k], text[offs[a][0]:offs[b - 1][1]]) for a, b, k in bio_spans(tags) if k in types]


def pseudo_documents(name: str, sentences: list[tuple[str, list[tuple[str, str]]]], lang: str,
                     size: int = PSEUDO_DOC_SENTENCES) -> list[LabelledArticle]:
    """Consecutive sentences (text, mentions), ``size`` per document, one sentence per line."""
    out = []
    for i in range(0, len(sentences), size):
        chunk = sentences[i:i + size]
        raw = "\n".join(t for t, _ in chunk)
        out.append(labelled(f"{name}-{i // size + 1:04d}", lang, raw,
                            gold_entities([m for _, ms in chunk for m in ms], lang)))
    return out


BIO_TYPES = {"PER": PERSON, "ORG": ORG}


def convert_bio_file(path: Path, name: str, lang: str) -> list[LabelledArticle]:
    """MSRA, People's Daily, CoNLL-2003: BIO per token, no document boundaries -> pseudo-documents."""
    sents = []
    for s in read_token_sentences(path.read_text("utf-8")):
        sents.append(sentence_mentions([t for t, _ in s], [g for _, g in s], lang, BIO_TYPES))
    return pseudo_documents(name, sents, lang)


CLUENER_TYPES = {"name": PERSON, "company": ORG, "organization": ORG, "government": ORG}


def convert_cluener(path: Path) -> list[LabelledArticle]:
    """CLUENER2020 dev: one unrelated sentence per line -> pseudo-documents. name -> PERSON;
    company, organization, government -> ORG; spans are [start, end] inclusive."""
    sents = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        ms = [(CLUENER_TYPES[k], d["text"][s:e + 1]) for k, spans in d["label"].items() if k in CLUENER_TYPES
              for ranges in spans.values() for s, e in ranges]
        sents.append((d["text"], ms))
    return pseudo_documents("cluener", sents, "zh")


def _t2s():
    try:
        from opencc import OpenCC
    except ImportError:
        return None
    return OpenCC("t2s").convert


def read_uner(text: str) -> list[dict]:
    """UNER IOB2 TSV: sentences with their ``# sent_id``/``# newdoc id``, ``# text`` and (token, tag) rows."""
    sents, cur, doc = [], None, None
    for line in [*text.splitlines(), ""]:
        if line.startswith("# newdoc id"):
            doc = line.split("=", 1)[1].strip()
        elif line.startswith("# sent_id"):
            cur = {"sent_id": line.split("=", 1)[1].strip(), "doc": doc, "text": "", "rows": []}
        elif line.startswith("# text") and cur is not None:
            cur["text"] = line.split("=", 1)[1].strip()
        elif line.strip() and cur is not None and not line.startswith("#"):
            cols = line.split("\t")
            cur["rows"].append((cols[1], cols[2]))
        elif not line.strip() and cur is not None:
            sents.append(cur)
            cur = None
    return sents


def _locate(text: str, tokens: list[str]) -> list[tuple[int, int]]:
    """Offsets of tokens found in order in text (a token not found takes an empty span where it should be)."""
    out, pos = [], 0
    for tok in tokens:
        at = text.find(tok, pos)
        if at < 0:
            out.append((pos, pos))
            continue
        out.append((at, at + len(tok)))
        pos = at + len(tok)
    return out


def convert_uner(folder: Path, lang: str) -> tuple[list[LabelledArticle], str]:
    """UNER PUD, the news half (UD sentence ids starting with n), one document per UD news document.
    Chinese is Traditional: converted to Simplified with OpenCC t2s when installed. Returns the records
    and a note."""
    note = "news half (UD ids n...), documents as in PUD"
    if lang == "en":
        sents = read_uner((folder / "en_pud-ud-test.iob2").read_text("utf-8"))
        for s in sents:
            s["ud"] = s["sent_id"]
    else:
        sents = read_uner((folder / "zh_pud-ud-test.iob2").read_text("utf-8"))
        ids = dict(line.split("\t")[:2] for line in (folder / "uner_to_ud_sent_id.tsv").read_text("utf-8")
                   .splitlines()[1:] if "\t" in line)
        for s in sents:
            s["ud"] = ids.get(s["sent_id"], "")
    docs: dict[str, list[dict]] = {}
    for s in sents:
        if s["ud"].startswith("n"):
            docs.setdefault(s["ud"][:6], []).append(s)
    convert = _t2s() if lang == "zh" else None
    if lang == "zh":
        note += ("; Traditional converted to Simplified (OpenCC t2s)" if convert else
                 "; Traditional Chinese scored as is (opencc-python-reimplemented not installed: "
                 "pip install -e '.[bench]')")
    out = []
    for doc_id, ss in sorted(docs.items()):
        raw, mentions = "", []
        for s in ss:
            if raw:
                raw += " " if lang == "en" else ""
            base = len(raw)
            raw += s["text"]
            offs = _locate(s["text"], [t for t, _ in s["rows"]])
            for a, b, k in bio_spans([g for _, g in s["rows"]]):
                if k in BIO_TYPES:
                    mentions.append((BIO_TYPES[k], base + offs[a][0], base + offs[b - 1][1]))
        if convert:
            simple = convert(raw)
            same = len(simple) == len(raw)
            ms = [(t, simple[a:b] if same else convert(raw[a:b])) for t, a, b in mentions]
            raw = simple
        else:
            ms = [(t, raw[a:b]) for t, a, b in mentions]
        out.append(labelled(f"uner-{lang}-{doc_id}", lang, raw, gold_entities(ms, lang)))
    return out, note


# --- GUM --------------------------------------------------------------------------------------------

_ENTITY_ITEM = re.compile(r"\(([^()]+)(\))?|(\d+)\)")


def _gum_doc(text: str):
    """One GUM CoNLL-U document: tokens [text, upos, head index in the document or -1, feats], mentions
    (entity id, type, identity, first, last + 1), the raw text (sentences joined by a space, paragraphs
    by a blank line) and every token's offsets in it."""
    tokens: list[list] = []
    mentions: list[tuple] = []
    open_: dict[str, list[tuple]] = {}
    offsets: list[tuple[int, int]] = []
    raw, sent_text, sent_toks, sent_start, new_par = "", "", [], 0, False
    for line in [*text.splitlines(), ""]:
        if line.startswith("# newpar"):
            new_par = True
        elif line.startswith("# text ="):
            sent_text = line.split("=", 1)[1].strip()
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if not cols[0].isdigit():
                continue
            head = int(cols[6]) if cols[6].isdigit() else 0
            tokens.append([cols[1], cols[3], sent_start + head - 1 if head else -1, cols[5]])
            sent_toks.append(cols[1])
            i = len(tokens) - 1
            ent = next((f[7:] for f in cols[9].split("|") if f.startswith("Entity=")), "")
            for m in _ENTITY_ITEM.finditer(ent):
                if m.group(3):
                    if open_.get(m.group(3)):
                        mentions.append((*open_[m.group(3)].pop(), i + 1))
                    continue
                fields = m.group(1).split("-", 7)
                eid, etype = fields[0], fields[1] if len(fields) > 1 else ""
                identity = unquote(fields[7]).replace("_", " ") if len(fields) > 7 else ""
                if m.group(2):
                    mentions.append((eid, etype, identity, i, i + 1))
                else:
                    open_.setdefault(eid, []).append((eid, etype, identity, i))
        elif not line.strip() and sent_toks:
            if raw:
                raw += "\n\n" if new_par else " "
            offsets += [(len(raw) + a, len(raw) + b) for a, b in _locate(sent_text, sent_toks)]
            raw += sent_text
            sent_start, sent_text, sent_toks, new_par = len(tokens), "", [], False
    return tokens, mentions, raw, offsets


def convert_gum(folder: Path) -> list[LabelledArticle]:
    """GUM news (Wikinews): person -> PERSON, organization -> ORG, named mentions only: a mention whose
    head is a proper noun (for PERSON: not plural) gives its text and the proper-noun run around its
    head as names (a PERSON run of three or more words its last two words too); the Wikipedia identity
    of the chain is an alias when the article writes it. Chains sharing a name are one entity."""
    out = []
    for path in sorted(folder.glob("GUM_news_*.conllu")):
        tokens, mentions, raw, offs = _gum_doc(path.read_text("utf-8"))
        norm_raw = normalize(raw)
        per_chain: dict[str, tuple[str, list[str], list[str]]] = {}
        identities: dict[str, tuple[str, str]] = {}
        for eid, etype, identity, a, b in mentions:
            t = {"person": PERSON, "organization": ORG}.get(etype)
            if t is None:
                continue
            if identity:
                identities[eid] = (t, identity)
            inside = range(a, b)
            heads = [i for i in inside if tokens[i][2] not in inside]
            h = heads[0] if heads else a
            if tokens[h][1] != "PROPN" or t == PERSON and "Number=Plur" in tokens[h][3]:
                continue  # not named; or a group of people ("Bangladeshis")
            s, e = h, h + 1
            while s > a and tokens[s - 1][1] == "PROPN":
                s -= 1
            while e < b and tokens[e][1] == "PROPN":
                e += 1
            chain = per_chain.setdefault(eid, (t, [], []))
            chain[1].append(raw[offs[a][0]:offs[b - 1][1]])
            chain[2].append(raw[offs[s][0]:offs[e - 1][1]])
            if t == PERSON and e - s >= 3:  # "Major General Fuad Basya": the last two words too
                chain[1].append(raw[offs[e - 2][0]:offs[e - 1][1]])
        entities: list[dict] = []
        for eid, (t, fulls, cores) in per_chain.items():
            counts = Counter(cores)
            name = max(counts, key=lambda n: (counts[n], len(n)))
            names = {*fulls, *cores}
            if eid in identities and normalize(identities[eid][1]) in norm_raw:
                names.add(identities[eid][1])
            entities.append({"type": t, "name": name, "aliases": sorted(names - {name})})
        merged: list[dict] = []  # two chains with a name in common are one entity
        for e in entities:
            forms = {normalize(n) for n in (e["name"], *e["aliases"])}
            same = next((m for m in merged if m["type"] == e["type"]
                         and forms & {normalize(n) for n in (m["name"], *m["aliases"])}), None)
            if same:
                same["aliases"] = sorted({*same["aliases"], e["name"], *e["aliases"]} - {same["name"]})
            else:
                merged.append(e)
        out.append(labelled(path.stem, "en", raw, merged))
    return out


# --- PolNeAR (attribution) --------------------------------------------------------------------------

@dataclass
class Attribution:
    content: str
    content_spans: list[tuple[int, int]]
    source: str | None = None
    source_spans: list[tuple[int, int]] = field(default_factory=list)


def parse_brat(ann: str, raw: str) -> list[Attribution]:
    """PolNeAR brat standoff: one Attribution per event with a Content (Content2 is joined on); the
    Source span when the event names one. Discontinuous spans ("12 20;25 40") are joined by a space."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for line in ann.splitlines():
        if line.startswith("T"):
            tid, info, *_ = line.split("\t")
            kind, _, ranges = info.partition(" ")
            spans[tid] = [tuple(map(int, r.split())) for r in ranges.split(";")]
    out = []
    for line in ann.splitlines():
        if not line.startswith("E"):
            continue
        roles: dict[str, list[str]] = {}
        for part in line.split("\t")[1].split():
            role, _, tid = part.partition(":")
            roles.setdefault(re.sub(r"\d+$", "", role), []).append(tid)
        cs = sorted(sp for t in roles.get("Content", []) for sp in spans.get(t, []))
        if not cs:
            continue
        ss = sorted(sp for t in roles.get("Source", []) for sp in spans.get(t, []))
        out.append(Attribution(content=" ".join(raw[a:b] for a, b in cs), content_spans=cs,
                               source=" ".join(raw[a:b] for a, b in ss) or None, source_spans=ss))
    return out


def convert_polnear(folder: Path) -> list[tuple[str, str, list[Attribution]]]:
    """(article id, raw text, attributions) per test article; of double-annotated articles the first
    annotator's file in alphabetical order."""
    out = []
    for txt in sorted((folder / "test" / "text").glob("*.txt")):
        anns = sorted((folder / "test" / "attributions").glob(f"{txt.stem}_*.ann"))
        if not anns:
            continue
        raw = txt.read_text("utf-8")
        out.append((txt.stem, raw, parse_brat(anns[0].read_text("utf-8"), raw)))
    return out


def _content_words(text: str) -> set[str]:
    return {w for w in claim_tokens(text) if w not in _STOP_EN}


def source_right(forms: list[str], spans: list[tuple[int, int]], gold: Attribution) -> bool:
    """A predicted source (its names as written, and the raw spans of its mentions) against a gold one:
    right when both are absent, or a form equals the gold Source text after normalization or shares a
    content word with it, or a span overlaps the gold Source span."""
    if not gold.source or not forms:
        return not gold.source and not forms
    g = normalize(gold.source)
    if any(normalize(f) == g or _content_words(f) & _content_words(gold.source) for f in forms):
        return True
    return any(a < d and c < b for a, b in spans for c, d in gold.source_spans)


@dataclass
class AttributionScore:
    content: PRF = field(default_factory=PRF)
    source: PRF = field(default_factory=PRF)
    right: int = 0
    matched: int = 0

    def __add__(self, o: AttributionScore) -> AttributionScore:
        return AttributionScore(self.content + o.content, self.source + o.source, self.right + o.right,
                                self.matched + o.matched)

    def to_dict(self) -> dict:
        return {"content": self.content.to_dict(), "source": self.source.to_dict(),
                "source_accuracy": round(self.right / self.matched, 4) if self.matched else None,
                "sources": {"right": self.right, "matched": self.matched}}


def score_attribution(gold: list[Attribution], predicted: list[dict]) -> AttributionScore:
    """``predicted``: {"text", "forms": [source names], "spans": [(start, end)]} per claim. Contents match
    by LABELS.md's overlap rule (evaluate.match_claims); a source is a true positive when its claim
    matched and the source is right (see source_right) and both name one."""
    pairs = match_claims([p["text"] for p in predicted], [g.content for g in gold])
    tp = right = 0
    for p, g, _ in pairs:
        ok = source_right(predicted[p]["forms"], predicted[p]["spans"], gold[g])
        right += ok
        tp += ok and bool(gold[g].source)
    with_source = sum(bool(p["forms"]) for p in predicted)
    return AttributionScore(content=PRF(tp=len(pairs), fp=len(predicted) - len(pairs), fn=len(gold) - len(pairs)),
                            source=PRF(tp=tp, fp=with_source - tp, fn=sum(bool(g.source) for g in gold) - tp),
                            right=right, matched=len(pairs))


def newskb_attribution_claims(pred: dict) -> list[dict]:
    """newskb claim lines -> {"text", "forms", "spans"}: the speaker's name and the source as written,
    the raw spans of the speaker entity's mentions."""
    by_id = {e["entity_id"]: e for e in pred.get("entities", [])}
    out = []
    for c in pred.get("claims", []):
        sp = c.get("speaker") or {}
        forms = [f for f in (sp.get("name"), c.get("source_text")) if f]
        ent = by_id.get(sp.get("entity_id"))
        spans = [(m["start"], m["end"]) for m in ent["mentions"]] if ent else []
        out.append({"text": c["text"], "forms": forms, "spans": spans, "forecast": c["forecast"],
                    "speaker": sp.get("name")})
    return out


# --- future statements (goldEN) ---------------------------------------------------------------------

def stems(text: str) -> set[str]:
    """Content words of English text cut to their first five letters (intensify ~ intensification)."""
    return {w[:5] for w in claim_tokens(text or "") if w not in _STOP_EN}


def statement_key(statement: dict) -> set[str]:
    return stems(" ".join(str(statement.get(k) or "") for k in
                          ("Event Variable", "Predicted Attribute", "Magnitude / Predicted Value")))


def predictor_of(statement: dict) -> str | None:
    p = (statement.get("Predictor") or "").strip()
    return None if not p or any(w in p.lower() for w in _PREDICTOR_NONE) else p


def match_forecasts(predicted: list[str], statements: list[dict]) -> list[tuple[int, int, float]]:
    """(predicted index, statement index, share) pairs, one to one, best first: the predicted claim text
    holds at least FORECAST_KEY_SHARE of the statement's key stems (Event Variable + Predicted Attribute
    + Predicted Value), and at least FORECAST_KEY_MIN of them."""
    keys = [statement_key(s) for s in statements]
    cands = []
    for p, text in enumerate(predicted):
        got = stems(text)
        for g, k in enumerate(keys):
            if not k:
                continue
            hit = len(k & got)
            if hit >= min(FORECAST_KEY_MIN, len(k)) and hit / len(k) >= FORECAST_KEY_SHARE:
                cands.append((hit / len(k), p, g))
    used_p, used_g, out = set(), set(), []
    for share, p, g in sorted(cands, key=lambda x: (-x[0], x[1], x[2])):
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
            out.append((p, g, share))
    return out


def predictor_right(speaker: str | None, gold: str | None) -> bool:
    if speaker is None or gold is None:
        return speaker is None and gold is None
    return bool(_content_words(speaker) & _content_words(gold)) or normalize(speaker) in normalize(gold)


def score_forecasts(statements: list[dict], claims: list[dict]) -> tuple[PRF, int, int]:
    """Forecast P/R/F1 and (predictors right, matched) for one article; ``claims``: {"text", "speaker",
    "forecast"} with only forecasts counted."""
    fc = [c for c in claims if c["forecast"]]
    pairs = match_forecasts([c["text"] for c in fc], statements)
    right = sum(predictor_right(fc[p]["speaker"], predictor_of(statements[g])) for p, g, _ in pairs)
    return PRF(tp=len(pairs), fp=len(fc) - len(pairs), fn=len(statements) - len(pairs)), right, len(pairs)


# --- spam: synthetic splices and L3S-GN1 ------------------------------------------------------------

def spam_pool(data: Path, lang: str) -> list[str]:
    """Bench-only ad texts of the pool (is_bench_only), white space collapsed, 20-400 characters."""
    root = data / "spam_pool"
    items: list[str] = []
    if lang == "en":
        f = root / "sms_spam_collection" / "SMSSpamCollection.tsv"
        if f.exists():
            items += [t for label, _, t in (ln.partition("\t") for ln in f.read_text("utf-8").splitlines())
                      if label == "spam"]
    else:
        f = root / "zh_sms_spam_sample" / "junk_message.txt"
        if f.exists():
            items += [t for label, _, t in (ln.partition("\t") for ln in f.read_text("utf-8").splitlines())
                      if label == "1"]
        f = root / "zh_spam_email" / "spam_data.txt"
        if f.exists():
            items += f.read_text("utf-8").splitlines()
        f = root / "advertisegen" / "dev.jsonl"
        if f.exists():
            items += [json.loads(ln)["summary"] for ln in f.read_text("utf-8").splitlines() if ln.strip()]
    out = []
    for t in items:
        if is_bench_only(t):
            t = re.sub(r"\s+", " ", t).strip()
            if 20 <= len(t) <= 400 and "\ufffd" not in t:
                out.append(t)
    return out


def splice_spam(text: str, ads: list[str], rng: random.Random, lang: str) -> tuple[str, list[str]]:
    """The article with 1-3 ad blocks (1-2 pool items each, one per line) put in as paragraphs at the
    start, the middle (the paragraph break nearest the middle) and/or the end; and the inserted texts."""
    sep = "\n\n" if lang == "en" else "\n"
    paras = [p for p in re.split(r"\n\s*\n" if lang == "en" else r"\n", text.strip()) if p.strip()]
    where = sorted(rng.sample(["start", "middle", "end"], rng.randint(1, 3)), key=["start", "middle", "end"].index)
    inserted: list[str] = []

    def block() -> str:
        items = rng.sample(ads, min(len(ads), rng.randint(1, 2)))
        inserted.extend(items)
        return "\n".join(items)

    if "middle" in where and len(paras) >= 2:
        paras.insert(len(paras) // 2, block())
    if "start" in where:
        paras.insert(0, block())
    if "end" in where or ("middle" in where and len(paras) < 2):
        paras.append(block())
    return sep.join(paras), inserted


def spliced_gold(text: str, inserted: list[str]) -> list[str]:
    """The gold spam of a spliced article: each inserted ad once. LABELS.md counts every occurrence of a
    spam string as spam, so an ad spliced twice (the pools hold repeats) stays gold; only an ad that also
    occurs in the clean article itself is left out, since that occurrence is content."""
    return [s for s in dict.fromkeys(inserted) if s not in text]


def synthetic_spam_records(data: Path, lang: str, n: int) -> tuple[list[LabelledArticle], str]:
    """Clean articles (EN: goldEN's Wikinews texts; ZH: ECOB-ZH test documents, title then three
    sentences per paragraph) with bench-only pool ads spliced in, seeded per article."""
    ads = spam_pool(data, lang)
    if lang == "en":
        src = data / "claims" / "future_statements_en" / "goldEN.json"
        texts = [a["original_text"] for a in json.loads(src.read_text("utf-8"))
                 if is_bench_only(a["original_text"])] if src.exists() else []
    else:
        src = data / "claims" / "ecob" / "ECOB-ZH" / "test.doc.json"
        texts = []
        if src.exists():
            for d in json.loads(src.read_text("utf-8")):
                if not is_bench_only(str(d["Doc"]["doc_id"])):  # the spam trainer never sees these
                    continue
                sents = [s["sent_text"] for s in d["Doc"]["content"]]
                texts.append("\n".join([d["Doc"]["title"], *("".join(sents[i:i + 3])
                                                             for i in range(0, len(sents), 3))]))
    if not ads or not texts:
        return [], f"missing: {src if not texts else 'spam_pool'}"
    out = []
    for i, text in enumerate(texts[:n]):
        rng = random.Random(f"{SEED}:{lang}:{i}")
        raw, spam = splice_spam(text, ads, rng, lang)
        out.append(labelled(f"synthetic-{lang}-{i:04d}", lang, raw, spam=spliced_gold(text, spam)))
    return out, f"{len(ads)} bench-only pool items; {len(texts)} clean articles available"


L3S_KEEP = frozenset({1, 2, 3})  # headline, full text, supplemental; 0, 4, 5 and unlabelled text are stripped
_BLOCK_TAGS = frozenset("p div br li ul ol tr td th table h1 h2 h3 h4 h5 h6 blockquote pre form section article "
                        "header footer nav aside hr dt dd dl option select center tbody thead iframe".split())
_SKIP_TAGS = frozenset({"script", "style", "noscript", "head", "title", "textarea"})
_VOID_TAGS = frozenset({"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "param", "source"})
_SEL_RE = re.compile(r"\bx-nc-sel(\d)\b")


class _BlockText(HTMLParser):
    """Text lines of an HTML page: a new line at every block tag and wherever the innermost
    ``x-nc-selN`` label changes; script, style and the head are skipped."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, int | None]] = []
        self.skip = 0
        self.lines: list[tuple[str, int | None]] = []
        self.cur: list[str] = []
        self.label: int | None = None

    def flush(self):
        text = re.sub(r"\s+", " ", "".join(self.cur)).strip()
        if text:
            self.lines.append((text, self.label))
        self.cur, self.label = [], None

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self.skip += 1
            return
        if tag in _BLOCK_TAGS:
            self.flush()
        if tag in _VOID_TAGS:
            return
        m = _SEL_RE.search(dict(attrs).get("class") or "")
        self.stack.append((tag, int(m.group(1)) if m else None))

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
            return
        if tag in _BLOCK_TAGS:
            self.flush()
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        if self.skip or not data.strip():
            if self.cur and not self.skip:
                self.cur.append(data)
            return
        label = next((lab for _, lab in reversed(self.stack) if lab is not None), None)
        if self.cur and label != self.label:
            self.flush()
        if not self.cur:
            self.label = label
        self.cur.append(data)


def html_lines(html: str) -> list[tuple[str, int | None]]:
    """(text, x-nc-sel label or None) per text line of the page."""
    p = _BlockText()
    p.feed(html)
    p.close()
    p.flush()
    return p.lines


def convert_l3s(folder: Path) -> list[tuple[LabelledArticle, set[int]]]:
    """L3S-GN1 gold pages -> (record with raw = the text lines, gold spam character positions): lines
    labelled sel1/sel2/sel3 are kept, everything else (sel0, sel4, sel5, unlabelled) is spam."""
    out = []
    for f in sorted((folder / "GoldStandard").glob("*.txt")):
        data = f.read_bytes()
        try:
            html = data.decode("utf-8")
        except UnicodeDecodeError:
            html = data.decode("latin-1")
        lines = html_lines(html)
        raw, gold, pos = "", set(), 0
        for text, label in lines:
            if raw:
                raw += "\n"
                pos += 1
            if label not in L3S_KEEP:
                gold.update(i for i in range(pos, pos + len(text)) if not text[i - pos].isspace())
            raw += text
            pos += len(text)
        out.append((labelled(f"l3s-{f.stem}", "en", raw), gold))
    return out


def score_spam_positions(raw: str, gold: set[int], removed: list[dict]) -> SpamScore:
    """evaluate.score_spam's counts with the gold given as character positions (L3S labels lines, and a
    short spam line's text may occur inside content)."""
    cut = removed_positions(raw, removed)
    visible = sum(1 for ch in raw if not ch.isspace())
    return SpamScore(spam=len(gold), removed=len(cut), hit=len(gold & cut), content=visible - len(gold))


# --- anchors ----------------------------------------------------------------------------------------

def _entity_lines(found: list[tuple[str, int, int, str]]) -> list[dict]:
    """Bare model output -> store-like entity lines: one per distinct (type, normalized text)."""
    groups: dict[tuple[str, str], dict] = {}
    for t, a, b, text in found:
        key = (t, normalize(text))
        if not key[1]:
            continue
        e = groups.setdefault(key, {"entity_id": f"{t}:{key[1]}", "type": t, "name": text.strip(), "mentions": []})
        e["mentions"].append({"start": a, "end": b, "text": text})
    return list(groups.values())


def spacy_docs(texts: list[str]):
    from .lang.en import load_spacy

    return load_spacy().pipe(texts, batch_size=32)


def spacy_entities(docs) -> list[list[dict]]:
    """spaCy's own PERSON and ORG entities per document, grouped by normalized text."""
    return [_entity_lines([(e.label_, e.start_char, e.end_char, e.text) for e in d.ents
                           if e.label_ in ENTITY_TYPES]) for d in docs]


def lac_entities(texts: list[str]) -> list[list[dict]]:
    """LAC's own PER and ORG words per document (run per line, long lines cut at clause marks)."""
    from .lang.zh import _chunks, load_lac

    lac = load_lac()
    pieces, owners = [], []
    for n, text in enumerate(texts):
        pos = 0
        for line in text.split("\n"):
            for a, b in _chunks(line):
                if line[a:b].strip():
                    pieces.append((pos + a, line[a:b]))
                    owners.append(n)
            pos += len(line) + 1
    found: list[list[tuple[str, int, int, str]]] = [[] for _ in texts]
    results = lac.run([p for _, p in pieces]) if pieces else []
    for (offset, piece), n, res in zip(pieces, owners, results):
        at = 0
        for word, tag in res:
            k = piece.find(word, at)
            k = at if k < 0 else k
            at = k + len(word)
            if tag in ("PER", "ORG"):
                found[n].append((PERSON if tag == "PER" else ORG, offset + k, offset + at, word))
    return [_entity_lines(f) for f in found]


def naive_claims(doc) -> list[dict]:
    """The naive cue-word claim extractor on a spaCy doc: every sentence with a reporting verb (by lemma)
    or 'according to' is a claim; its first PERSON/ORG entity is the speaker; a forecast when it holds a
    future word."""
    from .lang import words_en

    verbs = set(words_en.REPORTING_VERBS)
    future = re.compile(r"(?i)\b(?:" + "|".join(re.escape(c) for c in words_en.FORECAST_CUES) + r")\b")
    out = []
    for s in doc.sents:
        text = s.text.strip()
        if not text or not (any(t.lemma_.lower() in verbs and t.pos_ in ("VERB", "AUX") for t in s)
                            or any(a in text.lower() for a in words_en.ACCORDING_TO)):
            continue
        ents = [e for e in s.ents if e.label_ in ENTITY_TYPES]
        start = s.start_char + (len(s.text) - len(s.text.lstrip()))
        out.append({"text": text, "start": start, "forecast": bool(future.search(text)),
                    "speaker": ents[0].text if ents else None,
                    "forms": [ents[0].text] if ents else [],
                    "spans": [(ents[0].start_char, ents[0].end_char)] if ents else []})
    return out


def naive_spam_removed(raw: str) -> list[dict]:
    """The spam anchor, pipeline.spam.naive_spam_lines (a line with a URL, e-mail, phone number or
    footer word), run on the raw text: removed spans in raw offsets."""
    from .spam import naive_spam_lines

    return [{"start": a, "end": b} for a, b in naive_spam_lines(raw)]


NAIVE_SPAM = "naive spam lines"


# --- the run ----------------------------------------------------------------------------------------

@dataclass
class SetResult:
    name: str
    lang: str
    docs: int = 0
    note: str = ""
    anchor: str = ""
    metrics: dict = field(default_factory=dict)  # metric -> {"newskb": ..., "anchor": ...}
    seconds: float = 0.0
    skipped: str | None = None
    errors: list[str] = field(default_factory=list)  # newskb documents that failed, with why

    def to_dict(self) -> dict:
        return {"set": self.name, "lang": self.lang, "docs": self.docs, "note": self.note, "anchor": self.anchor,
                "metrics": self.metrics, "seconds": round(self.seconds, 1), "skipped": self.skipped,
                "newskb_errors": len(self.errors), "first_error": self.errors[0] if self.errors else None}

    def predict(self, records: list[LabelledArticle], cfg) -> list[dict]:
        """newskb's store lines for the records; failed documents are counted (they score as empty)."""
        preds = predict(records, cfg)
        self.errors += [f"{g.id}: {p.get('error')}" for g, p in zip(records, preds) if p.get("status", "ok") != "ok"]
        return preds


NER_SETS = (  # name, lang, path under the data folder
    ("uner_en_pud_news", "en", "en_ner/uner_en_pud"),
    ("gum_news", "en", "en_ner/gum_news"),
    ("conll2003_test", "en", "en_ner/conll2003/test.txt"),
    ("msra_test", "zh", "zh_ner/msra/msra_test_bio.txt"),
    ("peoples_daily_test", "zh", "zh_ner/peoples_daily/example.test"),
    ("cluener_dev", "zh", "zh_ner/cluener2020/dev.jsonl"),
    ("uner_zh_pud_news", "zh", "zh_ner/uner_zh_pud"),
)
_PSEUDO = f"pseudo-documents of {PSEUDO_DOC_SENTENCES} consecutive sentences (the set has no document boundaries)"


def load_ner_set(name: str, path: Path) -> tuple[list[LabelledArticle], str]:
    if name.startswith("uner"):
        return convert_uner(path, name.split("_")[1])
    if name == "gum_news":
        return convert_gum(path), "24 Wikinews documents; named mentions (proper-noun head) of person/organization"
    if name == "cluener_dev":
        return convert_cluener(path), _PSEUDO + "; name->PERSON, company/organization/government->ORG"
    lang = "en" if name.startswith("conll") else "zh"
    return convert_bio_file(path, name, lang), _PSEUDO


def _entity_metrics(records, newskb_preds, anchor_preds) -> dict:
    ours = score_records(records, newskb_preds)[0]
    theirs = score_records(records, [{"entities": e} for e in anchor_preds])[0]
    out = {}
    for key, pick in [*((f"{t} P R F1", lambda m, t=t: m["entities"][t]) for t in ENTITY_TYPES),
                      ("entities P R F1", lambda m: m["entities_all"])]:
        out[key] = {"newskb": pick(ours), "anchor": pick(theirs)}
    return out


def _spam_metrics(ours: SpamScore, theirs: SpamScore) -> dict:
    a, b = ours.to_dict(), theirs.to_dict()
    return {k: {"newskb": a[k], "anchor": b[k]} for k in ("recall", "precision", "content_loss")}


def _limit(items: list, limit: int | None) -> list:
    return items[:limit] if limit else items


def bench_accuracy(data: str | Path | None = None, limit: int | None = None, cfg=None,
                   log: Callable[[str], None] = lambda s: None) -> dict:
    """Score newskb and the anchors on every public set found under ``data``; ``limit`` caps the
    documents per set. Returns {"sets": [...], "published": [...], "notes": [...], "seconds"}."""
    from .config import default_config

    data = Path(data) if data else DEFAULT_DATA
    cfg = cfg or default_config()
    ner_cfg = cfg.model_copy(update={"claims": cfg.claims.model_copy(update={"enabled": False})})
    t_all = time.perf_counter()
    results: list[SetResult] = []

    def run_set(name: str, lang: str, anchor: str, fn: Callable[[SetResult], None], needed: Path):
        r = SetResult(name=name, lang=lang, anchor=anchor)
        if not needed.exists():
            r.skipped = f"not found: {needed}"
            log(f"skip {name}: {r.skipped}")
        else:
            t0 = time.perf_counter()
            fn(r)
            r.seconds = time.perf_counter() - t0
            failed = f", {len(r.errors)} failed in newskb ({r.errors[0]})" if r.errors else ""
            log(f"{name} ({lang}): {r.docs} documents, {r.seconds:.0f}s{failed}")
        results.append(r)

    for name, lang, rel in NER_SETS:
        def ner(r: SetResult, name=name, lang=lang, rel=rel):
            records, r.note = load_ner_set(name, data / rel)
            records = _limit(records, limit)
            r.docs = len(records)
            texts = [x.raw for x in records]
            anchor = spacy_entities(spacy_docs(texts)) if lang == "en" else lac_entities(texts)
            r.metrics = _entity_metrics(records, r.predict(records, ner_cfg), anchor)
        run_set(name, lang, "spaCy PERSON/ORG" if lang == "en" else "LAC PER/ORG", ner, data / rel)

    def polnear(r: SetResult):
        arts = _limit(convert_polnear(data / "claims" / "polnear"), limit)
        r.docs = len(arts)
        r.note = ("test split, first annotator per article; content by LABELS.md overlap F1 >= 0.5; source "
                  "right when a predicted source (name or words as written) equals the gold Source after "
                  "normalization, shares a content word with it, or a mention of it overlaps the gold span")
        preds = r.predict([labelled(a, "en", raw) for a, raw, _ in arts], cfg)
        ours = theirs = AttributionScore()
        for (_, raw, gold), p, doc in zip(arts, preds, spacy_docs([raw for _, raw, _ in arts])):
            ours += score_attribution(gold, newskb_attribution_claims(p))
            theirs += score_attribution(gold, naive_claims(doc))
        a, b = ours.to_dict(), theirs.to_dict()
        r.metrics = {"claim content P R F1": {"newskb": a["content"], "anchor": b["content"]},
                     "source P R F1": {"newskb": a["source"], "anchor": b["source"]},
                     "source accuracy (matched)": {"newskb": a["source_accuracy"], "anchor": b["source_accuracy"],
                                                   "counts": [a["sources"], b["sources"]]}}
    run_set("polnear_test", "en", "naive cue-word claims", polnear, data / "claims" / "polnear" / "test")

    def forecasts(r: SetResult):
        path = data / "claims" / "future_statements_en" / "goldEN.json"
        arts = _limit(json.loads(path.read_text("utf-8")), limit)
        r.docs = len(arts)
        r.note = (f"no offsets, paraphrased gold: a predicted forecast claim matches a gold statement when its "
                  f"text holds >= {FORECAST_KEY_SHARE:.0%} (and >= {FORECAST_KEY_MIN}) of the statement's key "
                  "stems (content words of Event Variable + Predicted Attribute + Predicted Value, first 5 "
                  "letters), one to one, best first; predictor right when both are none (Predictor empty or "
                  "'article/author/implied/...') or they share a content word")
        preds = r.predict([labelled(f"goldEN-{i}", "en", a["original_text"]) for i, a in enumerate(arts)], cfg)
        ours, theirs, counts = PRF(), PRF(), [[0, 0], [0, 0]]
        for a, p, doc in zip(arts, preds, spacy_docs([a["original_text"] for a in arts])):
            for n, claims in enumerate((newskb_attribution_claims(p), naive_claims(doc))):
                prf, right, matched = score_forecasts(a["extracted"], claims)
                if n == 0:
                    ours += prf
                else:
                    theirs += prf
                counts[n][0] += right
                counts[n][1] += matched
        acc = [round(c[0] / c[1], 4) if c[1] else None for c in counts]
        r.metrics = {"forecast P R F1 (fuzzy)": {"newskb": ours.to_dict(), "anchor": theirs.to_dict()},
                     "predictor accuracy (matched)": {"newskb": acc[0], "anchor": acc[1],
                                                      "counts": [{"right": c[0], "matched": c[1]} for c in counts]}}
    run_set("future_statements_en", "en", "naive cue-word claims", forecasts,
            data / "claims" / "future_statements_en" / "goldEN.json")

    for lang in ("en", "zh"):
        def synthetic(r: SetResult, lang=lang):
            records, note = synthetic_spam_records(data, lang, min(limit or SYNTHETIC_DOCS, SYNTHETIC_DOCS))
            r.docs = len(records)
            r.note = (f"{note}; ads spliced at start/middle/end, seeded; pool items whose sha1 ends in "
                      f"{','.join(BENCH_ONLY_DIGITS)} only")
            if not records:
                r.skipped = note
                return
            preds = r.predict(records, cfg)
            ours = sum((_spam_of(g, p) for g, p in zip(records, preds)), SpamScore())
            theirs = sum((_spam_of(g, {"removed": naive_spam_removed(g.raw)}) for g in records), SpamScore())
            r.metrics = _spam_metrics(ours, theirs)
        run_set(f"synthetic_spam_{lang}", lang, NAIVE_SPAM, synthetic, data / "spam_pool")

    def l3s(r: SetResult):
        pages = _limit(convert_l3s(data / "boilerplate" / "l3s_gn1_sample"), limit)
        r.docs = len(pages)
        r.note = ("HTML -> text lines with html.parser; sel1/sel2/sel3 kept, sel0/sel4/sel5 and unlabelled "
                  "text are spam")
        preds = r.predict([g for g, _ in pages], cfg)
        ours = sum((score_spam_positions(g.raw, pos, p["removed"]) for (g, pos), p in zip(pages, preds)),
                   SpamScore())
        theirs = sum((score_spam_positions(g.raw, pos, naive_spam_removed(g.raw)) for g, pos in pages), SpamScore())
        r.metrics = _spam_metrics(ours, theirs)
    run_set("l3s_gn1_sample", "en", NAIVE_SPAM, l3s, data / "boilerplate" / "l3s_gn1_sample")

    notes = [f"data: {data}", f"limit: {f'{limit} documents per set' if limit else 'none'}",
             f"newskb config: spam.model = {cfg.spam.model}, ner.backend_en = {cfg.ner.backend_en}",
             "entities are scored per document (LABELS.md matching, evaluate.score_records); anchors are the bare "
             "models' own PERSON/ORG output grouped by normalized text",
             "spam anchor: pipeline.spam.naive_spam_lines on the raw text (a line with a URL, e-mail, phone "
             "number or footer word is spam)",
             "published rows are citron's reported PARC 3.0 figures, not measured here"]
    return {"sets": [r.to_dict() for r in results], "published": PUBLISHED, "notes": notes,
            "seconds": round(time.perf_counter() - t_all, 1)}


def _spam_of(gold: LabelledArticle, pred: dict) -> SpamScore:
    return score_spam(gold.raw, gold.spam, pred.get("removed", []))[0]


def _cell(v) -> str:
    if isinstance(v, dict) and "f1" in v:
        return _prf(v)
    return _num(v) if isinstance(v, (int, float)) or v is None else str(v)


def format_bench_table(result: dict) -> str:
    """One row per set and metric: set, language, documents, metric, newskb, anchor (which anchor)."""
    head = f"{'set':<30}{'lang':<6}{'docs':>6}  {'metric':<28}{'newskb':>16}{'anchor':>16}  anchor is"
    lines = [head, "-" * len(head)]
    for s in result["sets"]:
        if s["skipped"]:
            lines.append(f"{s['set']:<30}{s['lang']:<6}{'-':>6}  skipped: {s['skipped']}")
            continue
        for metric, v in s["metrics"].items():
            lines.append(f"{s['set']:<30}{s['lang']:<6}{s['docs']:>6}  {metric:<28}{_cell(v['newskb']):>16}"
                         f"{_cell(v['anchor']):>16}  {s['anchor']}")
    for p in result["published"]:
        lines.append(f"{p['set']:<30}{p['lang']:<6}{'-':>6}  {p['metric']:<28}{_num(p['value'], 2):>16}"
                     f"{'':>16}  published, not measured")
    lines.append("")
    lines += [f"ERROR {s['set']}: {s['newskb_errors']} documents failed in newskb and score as empty, e.g. "
              f"{s['first_error']}" for s in result["sets"] if s.get("newskb_errors")]
    lines += [f"note {s['set']}: {s['note']}" for s in result["sets"] if s["note"]]
    lines += [f"note: {n}" for n in result["notes"]]
    lines.append(f"time: {result['seconds']:.0f}s")
    return "\n".join(lines)


def write_json(result: dict, out: str | Path) -> Path:
    out = Path(out)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return out
