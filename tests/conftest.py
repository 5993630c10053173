import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "corpus" / "samples"


@pytest.fixture(scope="session")
def cfg():
    from pipeline.config import load_config

    return load_config(overrides=["run.progress=false"])


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory, cfg):
    """The bundled sample corpus run once through the whole pipeline."""
    from pipeline.runner import run

    out = tmp_path_factory.mktemp("store") / "samples"
    run([SAMPLES], out, cfg)
    return out


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def removed_chars(a) -> set[int]:
    """The non-space raw offsets the spam stage removed from an article."""
    return {i for r in a.removed for i in range(r.start, r.end) if not a.raw[i].isspace()}


def chars_of(raw: str, piece: str) -> set[int]:
    """The non-space raw offsets of the first occurrence of ``piece``."""
    at = raw.index(piece)
    return {i for i in range(at, at + len(piece)) if not raw[i].isspace()}


@pytest.fixture(scope="module")
def model_cfg(cfg):
    """The configuration with the spam model on and spam removed."""
    return cfg.model_copy(update={"spam": cfg.spam.model_copy(update={"model": "spam-v1", "enabled": True,
                                                                        "keep_spam": False})})


@pytest.fixture(scope="session")
def claims_cfg():
    """The claims tests' configuration: spam scored by the rules and nothing removed, so all of a case is story."""
    from pipeline.config import load_config

    return load_config(overrides=["spam.model=rules", "spam.keep_spam=true", "run.progress=false"])


@pytest.fixture(scope="session")
def claims_of(claims_cfg):
    """A text's claims as a reader checks them, (content, speaker name or None, forecast); spans checked."""
    import pipeline

    def run(text):
        a = pipeline.process_text(text, config=claims_cfg)
        for c in a.claims:
            assert a.raw[c.start:c.end] == c.text
        return [(c.text, c.speaker.name if c.speaker else None, c.forecast) for c in a.claims]

    return run


@pytest.fixture(scope="session")
def extract(cfg):
    """The whole pipeline on one text: the article, every entity mention checked against the raw text."""
    import pipeline

    def run(text, lang=None):
        a = pipeline.process_text(text, lang=lang, config=cfg)
        assert a.status == "ok", a.error
        for e in a.entities:
            for m in e.mentions:
                assert a.raw[m.start:m.end] == m.text
        return a

    return run


def typed_forms(a) -> set[tuple[str, str]]:
    """(type, normalized name or alias) of every entity of an article."""
    from pipeline.names import normalize

    return {(e.type, normalize(f)) for e in a.entities for f in (e.name, *e.aliases)}


def found_and_not_found(article, wanted: set, unwanted: set) -> None:
    """Every (type, name) of `wanted` is among the article's entities and none of `unwanted` is."""
    forms = typed_forms(article)
    assert wanted <= forms, wanted - forms
    assert not unwanted & forms, unwanted & forms


def check_store(store: Path, inp: Path) -> list[str]:
    """The STORE.md contract: one line per input file, every span equals the raw text at its offsets."""
    problems = []
    docs = read_jsonl(store / "documents.jsonl")
    ids = [d["doc_id"] for d in docs]
    if len(ids) != len(set(ids)):
        problems.append("duplicate doc_id")
    raws = {}
    for d in docs:
        if d["status"] not in ("ok", "error", "skipped"):
            problems.append(f"bad status {d['status']}")
        if d["status"] != "ok":
            if not d.get("error"):
                problems.append(f"{d['source']}: {d['status']} without a message")
            continue
        raw = (inp / d["source"]).read_bytes().decode(d["encoding"])
        raws[d["doc_id"]] = raw
        for r in d["removed"]:
            if raw[r["start"]:r["end"]] != r["text"]:
                problems.append(f"{d['source']}: removed span differs")
    on_disk = {str(p.relative_to(inp)) for p in inp.rglob("*") if p.is_file()
               and not any(part.startswith(".") for part in p.relative_to(inp).parts)}
    missing = on_disk - {d["source"] for d in docs}
    problems += [f"no line for {m}" for m in sorted(missing)]
    for e in read_jsonl(store / "entities.jsonl"):
        raw = raws.get(e["doc_id"])
        for m in e["mentions"]:
            if raw is not None and raw[m["start"]:m["end"]] != m["text"]:
                problems.append(f"mention {m} differs")
    for c in read_jsonl(store / "claims.jsonl"):
        raw = raws.get(c["doc_id"])
        if raw is not None and raw[c["start"]:c["end"]] != c["text"]:
            problems.append(f"claim {c['claim_id']} differs")
    if not (store / "manifest.json").exists():
        problems.append("no manifest.json")
    return problems
