"""One static, self-contained HTML page for reading a store: `newskb report STORE`.

Per article, the raw text as the file holds it, with removed spam struck through, PERSON and ORG
mentions highlighted and every claim marked with its speaker, cue and forecast horizon; a summary
at the top. Everything is drawn from raw text and the store's raw offsets, so the page shows exactly
the spans the store holds. No script, no external request: a Content-Security-Policy forbids both.

The raw text is read again from the input files: the folders in the manifest's ``inputs`` (where
`newskb run` read them, so the report works with no option on the machine that made the store), or
the folders given as ``inputs`` (a store copied elsewhere). Each file is checked by its doc_id (the
same bytes give the same id), so a changed file is never highlighted at wrong offsets; a document
whose file is not found is shown as its cleaned text, without highlights, and the page says so.
"""
from __future__ import annotations

import html
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .load import Store, load_store

# the order spans nest in, outermost first
_LAYERS = ("claim", "spam", "entity", "horizon")

_CSS = """
:root { --person: #ffe08a; --org: #b9e3ff; --claim: #f1ecff; --forecast: #e3f6e0; --spam: #b3261e; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "WenQuanYi Micro Hei",
       "Microsoft YaHei", sans-serif; color: #1d1d1f; background: #fafafa; }
header, main, footer { max-width: 62rem; margin: 0 auto; padding: 1rem 1.5rem; }
header { background: #fff; border-bottom: 1px solid #ddd; max-width: none; }
header > div { max-width: 59rem; margin: 0 auto; }
h1 { font-size: 1.4rem; margin: .2rem 0 .6rem; }
h2 { font-size: 1.1rem; margin: 0 0 .3rem; }
h3 { font-size: .95rem; margin: 1rem 0 .3rem; }
.meta { color: #555; font-size: .85rem; }
.stats { display: flex; flex-wrap: wrap; gap: .5rem; margin: .6rem 0; padding: 0; list-style: none; }
.stats li { background: #f2f2f5; border-radius: .4rem; padding: .3rem .7rem; }
.stats b { font-size: 1.1rem; }
table { border-collapse: collapse; font-size: .85rem; margin: .3rem 0 .8rem; }
th, td { text-align: left; padding: .15rem .6rem .15rem 0; vertical-align: top; border-bottom: 1px solid #eee; }
.cols { display: flex; flex-wrap: wrap; gap: 0 2.5rem; }
.legend span { margin-right: .8rem; }
.toggles label { margin-right: 1rem; font-size: .85rem; }
article { background: #fff; border: 1px solid #ddd; border-radius: .5rem; margin: 1.2rem 0; padding: 1rem 1.2rem; }
article.notok { border-color: #e0b4b4; background: #fff8f8; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.9; }
.ent { border-radius: .2rem; padding: 0 .1rem; }
.PERSON { background: var(--person); }
.ORG { background: var(--org); }
.claim { background: var(--claim); border-bottom: 2px solid #8a6fd1; }
.claim.forecast { background: var(--forecast); border-bottom-color: #3b9a2f; }
.horizon { font-weight: 600; text-decoration: underline dotted #3b9a2f 2px; }
del.spam { color: var(--spam); text-decoration: line-through 1.5px; background: #fdeceb; }
.tag { font-size: .72rem; line-height: 1.2; white-space: nowrap; border-radius: .3rem; padding: .05rem .35rem;
       margin-right: .25rem; background: #8a6fd1; color: #fff; vertical-align: .1rem; }
.forecast > .tag { background: #3b9a2f; }
.tag.unnamed { background: #888; }
.note { color: #8a4b00; font-size: .85rem; }
details { margin-top: .6rem; font-size: .85rem; }
body:has(#hide-spam:checked) del.spam { display: none; }
body:has(#plain-entities:checked) .ent { background: none; }
body:has(#hide-tags:checked) .tag { display: none; }
"""


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    layer: str
    open_tag: str
    close_tag: str
    prefix: str = ""  # put before the span's first piece (a claim's tag)


def _esc(text) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _count(n: int, noun: str) -> str:
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{n} {noun if n == 1 else plural}"


def _horizon_label(h: dict | None) -> str:
    if not h:
        return ""
    years = ""
    if h.get("year_from") is not None or h.get("year_to") is not None:
        a, b = h.get("year_from"), h.get("year_to")
        years = f"{a}" if a == b else f"until {b}" if a is None else f"from {a}" if b is None else f"{a}–{b}"
    elif h.get("years_to") is not None:
        a, b = h.get("years_from"), h.get("years_to")
        years = f"+{b:g} y" if not a or a == b else f"+{a:g}–{b:g} y"
    return f"{h.get('text')}" + (f" ({years})" if years else "")


def _claim_span(c: dict, types: dict[str, str]) -> list[_Span]:
    sp = c.get("speaker")
    who = sp["name"] if sp else None
    kind = types.get(sp.get("entity_id") or "", "") if sp else ""
    bits = [who or "no named speaker"]
    if c.get("cue"):
        bits.append(c["cue"])
    if c.get("forecast"):
        bits.append("forecast" + (f": {_horizon_label(c.get('horizon'))}" if c.get("horizon") else ""))
    title = " · ".join(bits + ([kind] if kind else []) + [c["claim_id"]])
    cls = "claim forecast" if c.get("forecast") else "claim"
    tag_cls = "tag" if who else "tag unnamed"
    spans = [_Span(c["start"], c["end"], "claim",
                   f'<span class="{cls}" data-claim="{_esc(c["claim_id"])}" title="{_esc(title)}">', "</span>",
                   prefix=f'<span class="{tag_cls}">{_esc(" · ".join(bits))}</span>')]
    h = c.get("horizon")
    if h and h.get("start") is not None and h.get("end") is not None and h["end"] > h["start"]:
        spans.append(_Span(h["start"], h["end"], "horizon",
                           f'<span class="horizon" title="horizon: {_esc(_horizon_label(h))}">', "</span>"))
    return spans


def _spans(doc: dict, entities: list[dict], claims: list[dict], types: dict[str, str]) -> list[_Span]:
    out = []
    for r in doc.get("removed") or []:
        title = f"removed as spam ({r.get('reason')}; score {r.get('score')})"
        out.append(_Span(r["start"], r["end"], "spam", f'<del class="spam" title="{_esc(title)}">', "</del>"))
    for e in entities:
        title = f"{e['type']}: {e['name']} ({e['entity_id']})"
        for m in e.get("mentions") or []:
            out.append(_Span(m["start"], m["end"], "entity",
                             f'<mark class="ent {_esc(e["type"])}" data-entity="{_esc(e["entity_id"])}" '
                             f'title="{_esc(title)}">', "</mark>"))
    for c in claims:
        out.extend(_claim_span(c, types))
    return [s for s in out if s.end > s.start]


def render_text(raw: str, spans: list[_Span]) -> str:
    """HTML of `raw` with every span wrapped, well nested. A span that starts first and ends last is
    outermost; at equal extent the layer order decides (claim, spam, entity, horizon). Where two spans
    cross, the inner one is closed and opened again after the outer one ends. A span's `prefix` (a
    claim's tag) comes right before it opens."""
    rank = {layer: i for i, layer in enumerate(_LAYERS)}
    n = len(raw)
    spans = [s for s in spans if 0 <= s.start < s.end <= n]
    by_start: dict[int, list[_Span]] = {}
    for s in sorted(spans, key=lambda s: (s.start, -s.end, rank[s.layer])):
        by_start.setdefault(s.start, []).append(s)
    cuts = sorted({0, n, *(p for s in spans for p in (s.start, s.end))})
    out: list[str] = []
    stack: list[_Span] = []
    for p, q in zip(cuts, cuts[1:] + [n]):
        ending = [i for i, s in enumerate(stack) if s.end <= p]
        if ending:
            k = ending[0]
            out.extend(s.close_tag for s in reversed(stack[k:]))
            reopen = [s for s in stack[k:] if s.end > p]
            del stack[k:]
            out.extend(s.open_tag for s in reopen)
            stack.extend(reopen)
        for s in by_start.get(p, ()):
            out.append(s.prefix + s.open_tag)
            stack.append(s)
        out.append(_esc(raw[p:q]))
    out.extend(s.close_tag for s in reversed(stack))
    return "".join(out)


def _claims_table(claims: list[dict], types: dict[str, str]) -> str:
    if not claims:
        return ""
    rows = []
    for c in claims:
        sp = c.get("speaker")
        kind = types.get((sp or {}).get("entity_id") or "", "")
        who = f"{_esc(sp['name'])}" + (f" <span class=meta>{kind}</span>" if kind else "") if sp else "—"
        fc = "forecast" if c.get("forecast") else ""
        rows.append(f"<tr><td>{who}</td><td>{_esc(c.get('cue') or '')}</td><td>{fc}</td>"
                    f"<td>{_esc(_horizon_label(c.get('horizon')))}</td><td>{_esc(c['text'])}</td></tr>")
    return ("<details><summary>Claims in this article</summary><table><tr><th>speaker</th><th>cue</th>"
            "<th></th><th>horizon</th><th>claim</th></tr>" + "".join(rows) + "</table></details>")


def _article(doc: dict, raw: str | None, missing: str | None, entities: list[dict], claims: list[dict],
             types: dict[str, str]) -> str:
    did = _esc(doc["doc_id"])
    meta = [doc["status"], doc.get("lang"), doc.get("encoding"), doc["doc_id"]]
    if doc["status"] == "ok":
        n_forecasts = sum(bool(c.get("forecast")) for c in claims)
        meta += [_count(len(doc.get("removed") or []), "spam segment") + " removed", _count(len(entities), "entity"),
                 _count(len(claims), "claim") + f" ({_count(n_forecasts, 'forecast')})"]
    head = (f'<h2>{_esc(doc["source"])}</h2>'
            f'<div class="meta">{" · ".join(_esc(m) for m in meta if m)}</div>')
    if doc["status"] != "ok":
        return (f'<article class="notok" id="doc-{did}">{head}<p class="note">Not processed: '
                f'{_esc(doc.get("error"))}</p></article>')
    if raw is None:
        body = (f'<p class="note">No highlights: {_esc(missing)}. Pass the input folder with --input. '
                f'The cleaned text:</p><div class="text">{_esc(doc.get("text"))}</div>')
    else:
        body = f'<div class="text">{render_text(raw, _spans(doc, entities, claims, types))}</div>'
    return f'<article id="doc-{did}">{head}{body}{_claims_table(claims, types)}</article>'


def _summary(store: Store, shown: int, missing: int) -> str:
    docs, ents, claims = store.documents, store.entities, store.claims
    m = store.manifest
    status = Counter(docs["status"]) if len(docs) else Counter()
    langs = Counter(x for x in docs["lang"] if isinstance(x, str)) if len(docs) else Counter()
    distinct = ents.drop_duplicates("entity_id") if len(ents) else ents
    n_type = Counter(distinct["type"]) if len(distinct) else Counter()
    n_forecasts = int((claims["forecast"] == True).sum()) if len(claims) else 0  # noqa: E712
    n_named = int(claims["speaker_name"].notna().sum()) if len(claims) else 0
    n_removed = int(docs["n_removed"].sum()) if len(docs) else 0
    removed_chars = int(docs["removed_chars"].sum()) if len(docs) else 0
    stats = [
        (len(docs), "documents (" + ", ".join(f"{k} {v}" for k, v in sorted(status.items())) + ")"),
        (len(claims), f"claims, {n_named} with a named speaker"),
        (n_forecasts, "forecasts"),
        (n_type.get("PERSON", 0), "people"),
        (n_type.get("ORG", 0), "organizations"),
        (n_removed, f"spam segments removed ({removed_chars:,} characters)"),
    ]
    out = ['<ul class="stats">'] + [f"<li><b>{n:,}</b> {_esc(label)}</li>" for n, label in stats] + ["</ul>"]
    out.append(f'<div class="meta">Languages: {_esc(", ".join(f"{k} {v}" for k, v in sorted(langs.items())))}'
               f' · made {_esc(m.get("started", "?"))} by newskb {_esc(m.get("newskb_version", "?"))} from '
               f'{_esc(", ".join(m.get("inputs", [])) or "?")}</div>')
    if missing:
        out.append(f'<p class="note">{missing} of {shown} documents shown without highlights: their input files '
                   f'were not found or have changed (pass the input folder with --input).</p>')
    cols = []
    if len(claims):
        named = claims[claims["speaker_name"].notna()].copy()
        if len(named):
            named["fc"] = named["forecast"] == True  # noqa: E712
            top = (named.groupby("speaker_canonical").agg(type=("speaker_type", "first"), claims=("claim_id", "size"),
                                                          forecasts=("fc", "sum"))
                   .sort_values(["claims", "forecasts"], ascending=False).head(10))
            rows = "".join(f"<tr><td>{_esc(n)}</td><td>{_esc(r.type if isinstance(r.type, str) else '')}</td>"
                           f"<td>{r.claims}</td><td>{int(r.forecasts)}</td></tr>" for n, r in top.iterrows())
            cols.append("<div><h3>Top speakers</h3><table><tr><th>speaker</th><th>type</th><th>claims</th>"
                        f"<th>forecasts</th></tr>{rows}</table></div>")
        fc = claims[claims["forecast"] == True]  # noqa: E712
        if len(fc):
            by = fc["horizon_type"].fillna("(none found)").value_counts()
            rows = "".join(f"<tr><td>{_esc(k)}</td><td>{v}</td></tr>" for k, v in by.items())
            cols.append(f"<div><h3>Forecast horizons</h3><table><tr><th>type</th><th>forecasts</th></tr>{rows}"
                        "</table></div>")
    reasons = Counter(r["reason"].split(";")[0] for rs in docs["removed"] for r in rs) if len(docs) else Counter()
    if reasons:
        rows = "".join(f"<tr><td>{_esc(k)}</td><td>{v}</td></tr>" for k, v in reasons.most_common(8))
        cols.append(f"<div><h3>Why spam was removed</h3><table><tr><th>reason</th><th>segments</th></tr>{rows}"
                    "</table></div>")
    if cols:
        out.append('<div class="cols">' + "".join(cols) + "</div>")
    toc = "".join(f'<tr><td><a href="#doc-{_esc(d.doc_id)}">{_esc(d.source)}</a></td><td>{_esc(d.status)}</td>'
                  f'<td>{_esc(d.lang if isinstance(d.lang, str) else "")}</td><td>{d.n_claims}</td>'
                  f'<td>{d.n_forecasts}</td><td>{d.n_removed}</td></tr>' for d in docs.itertuples())
    out.append(f"<details><summary>Articles</summary><table><tr><th>file</th><th>status</th><th>lang</th>"
               f"<th>claims</th><th>forecasts</th><th>spam removed</th></tr>{toc}</table></details>")
    out.append('<p class="legend"><span class="ent PERSON">PERSON</span> <span class="ent ORG">ORG</span> '
               '<span class="claim">claim</span> <span class="claim forecast">forecast, '
               '<span class="horizon">horizon</span></span> <del class="spam">removed spam</del></p>'
               '<p class="toggles"><label><input type="checkbox" id="hide-spam"> hide removed spam</label>'
               '<label><input type="checkbox" id="plain-entities"> no entity colours</label>'
               '<label><input type="checkbox" id="hide-tags"> hide speaker tags</label></p>')
    return "".join(out)


def build_report(store: str | Path | Store, inputs: list[str | Path] | None = None, limit: int = 0) -> str:
    """The report page as a string. `inputs`: folders holding the raw files (default: the manifest's
    ``inputs``); `limit`: show at most this many articles (0: all)."""
    s = store if isinstance(store, Store) else load_store(store)
    roots = [Path(p) for p in (inputs if inputs else s.manifest.get("inputs", []))]
    ents_by: dict[str, list[dict]] = {}
    for e in s.lines["entities"]:
        ents_by.setdefault(e["doc_id"], []).append(e)
    claims_by: dict[str, list[dict]] = {}
    for c in s.lines["claims"]:
        claims_by.setdefault(c["doc_id"], []).append(c)
    types = {e["entity_id"]: e["type"] for e in s.lines["entities"]}
    docs = s.lines["documents"][:limit] if limit else s.lines["documents"]
    from .load import read_raw

    articles, missing = [], 0
    for d in docs:
        raw, why = None, None
        if d["status"] == "ok":
            try:
                raw = read_raw(d, roots)
            except FileNotFoundError as e:
                missing += 1
                why = str(e)
        articles.append(_article(d, raw, why, ents_by.get(d["doc_id"], []),
                                 sorted(claims_by.get(d["doc_id"], []), key=lambda c: c["start"]), types))
    title = f"newskb report: {s.path.name}"
    return ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            "img-src data:\">"
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="newskb {__version__}"><link rel="icon" href="data:,">'
            f"<title>{_esc(title)}</title><style>{_CSS}</style></head><body>"
            f"<header><div><h1>{_esc(title)}</h1>{_summary(s, len(docs), missing)}</div></header>"
            f"<main>{''.join(articles)}</main>"
            f'<footer class="meta">Made by newskb {__version__} on '
            f'{time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())} from {_esc(str(s.path.resolve()))}.'
            "</footer></body></html>\n")


def write_report(store: str | Path, out: str | Path, inputs: list[str | Path] | None = None,
                 limit: int = 0) -> Path:
    """Write the report page to `out`; returns its path."""
    out = Path(out)
    page = build_report(store, inputs, limit)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(page, "utf-8")
    tmp.replace(out)
    return out
