"""The labelled corpus: built from the article files, every LABELS.md rule checked, big enough to measure."""
import subprocess
import sys
from collections import Counter

import pytest

from conftest import ROOT

from pipeline.evaluate import load_labelled

LABELLED = ROOT / "corpus" / "labelled"


def test_corpus_committed_files_are_what_build_writes():
    done = subprocess.run([sys.executable, str(LABELLED / "build.py"), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("langs,least", [(("en",), 30), (("zh", "mixed"), 30), (("mixed",), 6)])
def test_corpus_counts_by_language(langs, least):
    records = load_labelled(LABELLED / "dev.jsonl") + load_labelled(LABELLED / "test.jsonl")
    assert sum(n for lang, n in Counter(r.lang for r in records).items() if lang in langs) >= least


@pytest.mark.parametrize("split", ["dev", "test"])
def test_corpus_split_present(split):
    records = load_labelled(LABELLED / f"{split}.jsonl")
    assert records and {r.model_extra["split"] for r in records} == {split}
    assert {r.lang for r in records} == {"en", "zh", "mixed"}
