"""pipeline.load: the joins researchers use, the raw text back, and the store as `datasets`."""
from __future__ import annotations

import json
import math
import sys

import pandas as pd
import pytest
from handmade_store import write_store

import pipeline
from pipeline.load import HORIZON_KEYS, SCHEMA, SPLITS, features, normalize_line


@pytest.fixture()
def hand(tmp_path):
    return write_store(tmp_path)


def _same(a, b) -> bool:
    """Equal as JSON values: 1 == 1.0, dicts and lists compared deeply."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9)
    return a == b and type(a) is type(b)


def _assert_round_trip(store_path, ds):
    """Every key of every store line comes back with its value from the dataset (rows in file order);
    keys a line lacks come back None (a horizon's `relative`, say)."""
    for split in SPLITS:
        lines = [json.loads(x) for x in (store_path / f"{split}.jsonl").read_text("utf-8").splitlines()]
        rows = ds[split].to_list()
        assert len(rows) == len(lines), split
        for line, row in zip(lines, rows):
            for key, value in line.items():
                got = row[key]
                if key == "horizon" and value is not None:
                    assert _same({k: got[k] for k in value}, value), (split, key, got, value)
                    assert all(got[k] is None for k in got if k not in value)
                else:
                    assert _same(got, value), (split, key, got, value)
            assert set(row) >= set(line)


def test_load_is_callable_twice(hand):
    # importing the pipeline.load module must not replace the pipeline.load function
    assert len(pipeline.load(hand["store"]).documents) == 4
    assert len(pipeline.load(hand["store"]).documents) == 4


def test_load_claims_carry_speaker_canonical_name_and_type(hand):
    c = pipeline.load(hand["store"]).claims.set_index("claim_id")
    # the Chinese claim's speaker is written 李明, but the store calls E-li "Li Ming" in two documents of three
    assert c.loc["C-b1", "speaker_name"] == "李明"
    assert c.loc["C-b1", "speaker_canonical"] == "Li Ming"
    assert c.loc["C-b1", "speaker_type"] == "PERSON"
    assert c.loc["C-a1", "source"] == "alpha.txt"
    # a speaker with no entity keeps its name and has no type
    assert c.loc["C-g2", "speaker_canonical"] == "Analysts"
    assert pd.isna(c.loc["C-g2", "speaker_type"])


def test_load_claims_flatten_the_horizon(hand):
    c = pipeline.load(hand["store"]).claims.set_index("claim_id")
    assert c.loc["C-a1", "horizon_text"] == "by 2030" and c.loc["C-a1", "horizon_type"] == "until"
    assert c.loc["C-a1", "year_to"] == 2030
    assert c.loc["C-b1", "years_from"] == 1.0 and c.loc["C-g1", "years_to"] == 3.0
    assert str(c["year_to"].dtype) == "Int64" and str(c["years_to"].dtype) == "Float64"
    assert c["horizon_text"].isna().sum() == 1  # only the non-forecast has none


def test_load_entities_count_mentions_across_documents(hand):
    s = pipeline.load(hand["store"])
    e = s.entities
    li = e[e["entity_id"] == "E-li"]
    assert set(li["mention_count"]) == {1} and set(li["n_documents"]) == {3} and set(li["total_mentions"]) == {3}
    assert set(li["canonical_name"]) == {"Li Ming"}
    table = s.entity_table().set_index("entity_id")
    assert table.loc["E-li", "name"] == "Li Ming" and table.loc["E-li", "n_claims"] == 3
    assert set(table.loc["E-huaxin", "forms"]) == {"Huaxin Group", "Huaxin", "华信集团"}
    assert table.loc["E-huaxin", "type"] == "ORG"


def test_load_cooccurrence_counts_shared_documents(hand):
    co = pipeline.load(hand["store"]).cooccurrence()
    assert len(co) == 1
    row = co.iloc[0]
    assert {row["a"], row["b"]} == {"Li Ming", "Huaxin Group"} and row["n_documents"] == 3


def test_load_documents_have_counts(hand):
    d = pipeline.load(hand["store"]).documents.set_index("source")
    assert d.loc["alpha.txt", "n_removed"] == 1
    assert d.loc["alpha.txt", "removed_chars"] == len("Buy cheap candles at www.candles.example now!")
    assert d.loc["gamma.txt", "n_claims"] == 2 and d.loc["gamma.txt", "n_forecasts"] == 1
    assert d.loc["empty.txt", "n_entities"] == 0 and d.loc["empty.txt", "status"] == "skipped"


def test_load_raw_gives_back_the_text_offsets_index(hand):
    s = pipeline.load(hand["store"])
    for doc_id, raw in hand["raws"].items():
        assert s.raw(doc_id) == raw
    for e in hand["entities"]:
        raw = s.raw(e["doc_id"])
        assert all(raw[m["start"]:m["end"]] == m["text"] for m in e["mentions"])


def test_load_raw_refuses_a_changed_file(hand):
    s = pipeline.load(hand["store"])
    (hand["raw"] / "alpha.txt").write_text("Something else entirely.\n", "utf-8")
    with pytest.raises(FileNotFoundError, match="different bytes"):
        s.raw(hand["ids"]["alpha.txt"])


def test_load_raw_finds_a_file_whose_id_was_renamed_as_a_duplicate(hand):
    # two inputs reaching the same file: the runner renames the second id's last 4 digits
    path = hand["store"] / "documents.jsonl"
    lines = [json.loads(x) for x in path.read_text("utf-8").splitlines()]
    alpha = hand["ids"]["alpha.txt"]
    lines.append({**lines[0], "doc_id": alpha[:-4] + "0001"})
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")
    assert pipeline.load(hand["store"]).raw(alpha[:-4] + "0001") == hand["raws"][alpha]


def test_load_raw_takes_another_input_folder(hand, tmp_path):
    moved = tmp_path / "moved"
    hand["raw"].rename(moved)
    s = pipeline.load(hand["store"])
    with pytest.raises(FileNotFoundError, match="not found"):
        s.raw(hand["ids"]["zh/beta.txt"])
    assert s.raw(hand["ids"]["zh/beta.txt"], inputs=[moved]) == hand["raws"][hand["ids"]["zh/beta.txt"]]


def test_load_rejects_a_folder_that_is_no_store(tmp_path):
    with pytest.raises(FileNotFoundError, match="not a newskb store"):
        pipeline.load(tmp_path)


@pytest.mark.parametrize("split", SPLITS)
def test_load_normalize_line_gives_every_key(split):
    line = normalize_line(split, {"doc_id": "x"})
    assert set(SCHEMA[split]) <= set(line)
    assert all(line[k] == [] for k, v in SCHEMA[split].items() if isinstance(v, list))


def test_load_normalize_line_makes_horizons_one_type():
    h = normalize_line("claims", {"horizon": {"text": "明年", "years_from": 1, "years_to": 1, "relative": "明年"}})
    assert set(h["horizon"]) == set(HORIZON_KEYS)
    assert isinstance(h["horizon"]["years_from"], float) and h["horizon"]["year_to"] is None


def test_load_to_datasets_round_trips_every_field(hand):
    ds = pipeline.load(hand["store"]).to_datasets()
    assert set(ds) == set(SPLITS)
    for split in SPLITS:
        assert ds[split].features == features(split)
    _assert_round_trip(hand["store"], ds)
    # what a user filters on works on typed columns
    assert list(ds["claims"].filter(lambda r: (r["horizon"] or {}).get("year_to") == 2030)["claim_id"]) == ["C-a1"]
    assert ds["documents"].filter(lambda r: r["status"] == "skipped")[0]["timings"] == {}


def test_load_store_without_entities_or_claims(hand):
    # every file failed, say: the frames and splits are empty but keep their columns and types
    for name in ("entities.jsonl", "claims.jsonl"):
        (hand["store"] / name).write_text("", "utf-8")
    s = pipeline.load(hand["store"])
    assert len(s.claims) == 0 and {"speaker_canonical", "horizon_text", "source"} <= set(s.claims.columns)
    assert len(s.entity_table()) == 0 and len(s.cooccurrence()) == 0
    assert set(s.documents["n_claims"]) == {0}
    ds = s.to_datasets()
    assert ds["claims"].num_rows == 0 and ds["claims"].features == features("claims")
    assert ds["documents"].num_rows == 4


def test_load_to_datasets_keeps_fields_the_schema_does_not_know(hand):
    path = hand["store"] / "claims.jsonl"
    lines = [json.loads(x) for x in path.read_text("utf-8").splitlines()]
    for n, line in enumerate(lines):
        line["confidence"] = 0.5 if n % 2 else None
        if line["horizon"]:
            line["horizon"]["note"] = "x"
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")
    ds = pipeline.load(hand["store"]).to_datasets()
    assert ds["claims"][1]["confidence"] == 0.5 and ds["claims"][0]["confidence"] is None
    assert ds["claims"][0]["horizon"]["note"] == "x"


def test_load_json_files_load_with_the_features(hand, tmp_path, monkeypatch):
    datasets = pytest.importorskip("datasets")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    loaded = datasets.DatasetDict({
        split: datasets.load_dataset("json", data_files=str(hand["store"] / f"{split}.jsonl"), split="train",
                                     features=features(split), cache_dir=str(tmp_path / "hf"))
        for split in SPLITS})
    _assert_round_trip(hand["store"], loaded)
    assert loaded["claims"].to_list() == pipeline.load(hand["store"]).to_datasets()["claims"].to_list()


def test_load_to_datasets_without_datasets_says_how_to_install(hand, monkeypatch):
    monkeypatch.setitem(sys.modules, "datasets", None)
    with pytest.raises(ImportError, match=r"pip install 'newskb\[datasets\]'"):
        pipeline.load(hand["store"]).to_datasets()


def test_load_features_rejects_an_unknown_split():
    with pytest.raises(ValueError, match="documents, entities, claims"):
        features("mentions")


@pytest.mark.slow
def test_load_sample_store_round_trips_and_schema_covers_every_field(sample_store, tmp_path, monkeypatch):
    datasets = pytest.importorskip("datasets")
    for split in SPLITS:
        keys = {k for x in (sample_store / f"{split}.jsonl").read_text("utf-8").splitlines() for k in json.loads(x)}
        assert keys <= set(SCHEMA[split]), f"{split}: add {keys - set(SCHEMA[split])} to pipeline.load.SCHEMA"
    s = pipeline.load(sample_store)
    ds = s.to_datasets()
    _assert_round_trip(sample_store, ds)
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    claims = datasets.load_dataset("json", data_files=str(sample_store / "claims.jsonl"), split="train",
                                   features=features("claims"), cache_dir=str(tmp_path / "hf"))
    assert claims.to_list() == ds["claims"].to_list()
    # every span of the store indexes the raw text load gives back
    for c in s.lines["claims"]:
        raw = s.raw(c["doc_id"])
        assert raw[c["start"]:c["end"]] == c["text"]
        if c["horizon"]:
            assert raw[c["horizon"]["start"]:c["horizon"]["end"]] == c["horizon"]["text"]
