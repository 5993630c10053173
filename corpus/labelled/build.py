"""Build corpus/labelled/{dev,test}.jsonl from the hand-labelled articles, and corpus/MANIFEST.

    python corpus/labelled/build.py           # check every article, write dev.jsonl, test.jsonl, MANIFEST
    python corpus/labelled/build.py --check   # exit 1 unless the committed files equal what it would write

Each article is one JSON file under articles/{en,zh}/ in shared LABELS.md format plus a `split`
("dev" or "test") and an optional `horizon` per claim (a substring of a forecast's text). Every rule
of LABELS.md that can be checked mechanically is asserted: spam and claim texts are substrings of raw,
entity names and aliases appear in raw, speakers are entity names or aliases, ids are unique, lang is
valid.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
ROOT = CORPUS.parent
SPLITS = ("dev", "test")
MANIFESTED = ("samples", "labelled")
SOURCE, LICENCE = "written for newskb", "CC0-1.0"

sys.path.insert(0, str(ROOT))
from pipeline.evaluate import labelled_problems  # noqa: E402


def check_article(path: Path, data: dict) -> list[str]:
    """What is wrong with one article (empty when nothing is)."""
    problems = labelled_problems(data)  # keys, types, lang, spam/claim substrings, speakers
    if data.get("split") not in SPLITS:
        problems.append(f"split must be one of {SPLITS}, got {data.get('split')!r}")
    if path.stem != data.get("id"):
        problems.append(f"id {data.get('id')!r} differs from the file name")
    try:
        for e in data["entities"]:
            problems += [f"{e['type']} {n!r} does not appear in raw" for n in (e["name"], *e["aliases"])
                         if n not in data["raw"]]
        for c in data["claims"]:
            h = c.get("horizon")
            if h is not None and (not isinstance(h, str) or h not in c["text"] or not c["forecast"]):
                problems.append(f"horizon {h!r} must be a substring of its claim and the claim a forecast: "
                                f"{c['text'][:40]!r}")
    except (KeyError, TypeError):
        pass  # a missing key or a wrong type: labelled_problems has said so
    return problems


def build() -> dict[Path, str]:
    """The content of every file this script writes, keyed by path; raises SystemExit listing problems."""
    by_split: dict[str, list[dict]] = {s: [] for s in SPLITS}
    seen: dict[str, Path] = {}
    problems = []
    for path in sorted(HERE.glob("articles/*/*.json")):
        data = json.loads(path.read_text("utf-8"))
        rel = path.relative_to(ROOT)
        problems += [f"{rel}: {p}" for p in check_article(path, data)]
        if data.get("id") in seen:
            problems.append(f"{rel}: id {data['id']!r} already used by {seen[data['id']]}")
        seen[data.get("id")] = rel
        if data.get("split") in SPLITS:
            by_split[data["split"]].append(data)
    if problems:
        raise SystemExit("labelled articles are invalid:\n" + "\n".join(problems))
    files = {HERE / f"{split}.jsonl": "".join(json.dumps(r, ensure_ascii=False) + "\n"
                                              for r in sorted(rows, key=lambda r: r["id"]))
             for split, rows in by_split.items()}
    files[CORPUS / "MANIFEST"] = manifest(files)
    return files


def manifest(pending: dict[Path, str]) -> str:
    """`sha256  path  source  licence` for every file under corpus/samples and corpus/labelled (with
    the jsonl files as they are about to be written). gate.json is left out: `newskb gate --update`
    rewrites it, and it pins test.jsonl's sha256 itself."""
    paths = {p for d in MANIFESTED for p in (CORPUS / d).rglob("*") if p.is_file()} | set(pending)
    lines = []
    for p in sorted(paths):
        rel = p.relative_to(ROOT)
        if p.name == "gate.json" or any(part.startswith(".") or part == "__pycache__" for part in rel.parts):
            continue
        data = pending[p].encode() if p in pending else p.read_bytes()
        lines.append(f"{hashlib.sha256(data).hexdigest()}  {rel.as_posix()}  {SOURCE}  {LICENCE}\n")
    return "".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify the committed files instead of writing")
    args = parser.parse_args(argv)
    files = build()
    if args.check:
        stale = [p.relative_to(ROOT) for p, text in files.items() if not p.exists() or p.read_text("utf-8") != text]
        for p in stale:
            print(f"out of date: {p} (run python corpus/labelled/build.py)", file=sys.stderr)
        return 1 if stale else 0
    for p, text in files.items():
        p.write_text(text, "utf-8")
        print(f"wrote {p.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
