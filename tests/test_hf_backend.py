"""The optional transformers NER backend (`ner.backend_en = "hf:PATH"`), on a tiny model the test builds.

The model is a randomly initialised BERT with a WordPiece vocabulary written here (nothing downloaded);
its classifier is set by hand so that what it predicts is known: every word PERSON, or every word ORG.
Skipped when torch/transformers (the `hf` extra) are not installed.
"""
import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG"]
WORDS = ("Li Ming said Huaxin Group will export more next year 李 明 表 示 华 信 集 团 明 年 出 口 将 增 长 "
         "Wang ##qiang ##s the , . 。 ，").split()


def _tiny_model(folder, favour: str):
    """A 2-layer BERT whose classifier always picks `favour` (a label of LABELS)."""
    from transformers import BertConfig, BertForTokenClassification, BertTokenizerFast

    folder.mkdir(parents=True, exist_ok=True)
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *WORDS]
    (folder / "vocab.txt").write_text("\n".join(vocab) + "\n", "utf-8")
    tok = BertTokenizerFast(vocab_file=str(folder / "vocab.txt"), do_lower_case=False, tokenize_chinese_chars=True)
    tok.save_pretrained(str(folder))
    config = BertConfig(vocab_size=len(vocab), hidden_size=16, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=32, max_position_embeddings=64, num_labels=len(LABELS),
                        id2label=dict(enumerate(LABELS)), label2id={x: i for i, x in enumerate(LABELS)})
    torch.manual_seed(0)
    model = BertForTokenClassification(config)
    with torch.no_grad():
        model.classifier.weight.zero_()
        model.classifier.bias.fill_(-5.0)
        model.classifier.bias[LABELS.index(favour)] = 5.0
    model.save_pretrained(str(folder))
    return folder


@pytest.fixture(scope="module")
def person_model(tmp_path_factory):
    return _tiny_model(tmp_path_factory.mktemp("hf") / "all-person", "B-PER")


@pytest.fixture(scope="module")
def org_model(tmp_path_factory):
    return _tiny_model(tmp_path_factory.mktemp("hf") / "all-org", "I-ORG")


@pytest.mark.parametrize("text,words", [
    ("Li Ming said Huaxin Group will export more", ["Li", "Ming", "said", "Huaxin", "Group", "will", "export",
                                                     "more"]),
    ("Wangqiangs said", ["Wangqiangs", "said"]),  # one word in several WordPiece pieces is one entity
])
def test_hf_backend_labels_every_word_the_model_tags(person_model, text, words):
    from pipeline.lang.hf import load_model, HFBackend

    class NoBase:
        lang = "en"
        version = "none"

        def parse(self, texts):
            from pipeline.lang import Parse
            return [Parse(t, [], [], []) for t in texts]

    backend = HFBackend(str(person_model), base=NoBase())
    [found] = backend.entities([text])
    assert [text[a:b] for a, b, _ in found] == words
    assert {t for _, _, t in found} == {"PERSON"}
    assert load_model.cache_info().currsize >= 1


@pytest.mark.parametrize("text,expected", [
    ("Li Ming said Huaxin Group will export more", ["Li Ming said Huaxin Group will export more"]),
    ("李明表示，华信集团明年出口将增长。", ["李明表示", "华信集团明年出口将增长"]),
])
def test_hf_backend_joins_inside_tags_into_one_span(org_model, text, expected):
    """I- tags continue an entity; punctuation the model tags too stays inside, a comma splits in Chinese
    only because the tokenizer keeps it a token of its own that starts a new I- run of the same type."""
    from pipeline.lang.hf import HFBackend

    class NoBase:
        lang = "zh"
        version = "none"

        def parse(self, texts):
            from pipeline.lang import Parse
            return [Parse(t, [], [], []) for t in texts]

    [found] = HFBackend(str(org_model), base=NoBase()).entities([text])
    assert {t for _, _, t in found} == {"ORG"}
    joined = "".join(text[a:b] for a, b, _ in found)
    assert all(piece in joined for piece in expected)


@pytest.fixture(scope="module")
def inside_person_model(tmp_path_factory):
    return _tiny_model(tmp_path_factory.mktemp("hf") / "inside-person", "I-PER")


@pytest.mark.slow
@pytest.mark.parametrize("lang,text,model", [
    ("en", "Li Ming said Huaxin Group will export more next year.", "person_model"),
    ("zh", "李明表示，华信集团明年出口将增长。", "inside_person_model"),
])
def test_hf_backend_runs_through_the_pipeline(request, lang, text, model):
    """`--set ner.backend_en=hf:PATH`: the pipeline runs with the model's entities, the base backend still
    gives sentences and tokens for claims, and every mention points into the raw text."""
    import pipeline
    from pipeline.config import load_config

    folder = request.getfixturevalue(model)
    cfg = load_config(overrides=[f"ner.backend_{lang}=hf:{folder}", "run.progress=false",
                                 "spam.model=rules"])
    a = pipeline.process_text(text, lang=lang, config=cfg)
    assert a.status == "ok"
    assert any(e.type == "PERSON" for e in a.entities)
    for e in a.entities:
        for m in e.mentions:
            assert a.raw[m.start:m.end] == m.text


@pytest.mark.parametrize("value", ["bert", "hf:", "spacy:en_core_web_md"])
def test_hf_backend_config_rejects_unknown_backends(value):
    from pipeline.config import load_config

    with pytest.raises(ValueError, match="hf:PATH"):
        load_config(overrides=[f"ner.backend_en={value}"])


def test_hf_backend_missing_folder_says_what_is_expected(tmp_path):
    from pipeline.lang.hf import load_model

    with pytest.raises(OSError, match="config.json"):
        load_model(str(tmp_path / "nowhere"))


@pytest.mark.parametrize("label,expected", [
    ("B-PER", ("B", "PERSON")), ("I-ORGANIZATION", ("I", "ORG")), ("S-LOC", ("S", "LOC")), ("O", ("O", "")),
    ("E-COMPANY", ("E", "ORG")), ("PER", ("I", "PERSON")),
])
def test_hf_backend_reads_label_schemes(label, expected):
    from pipeline.lang.hf import entity_type

    assert entity_type(label) == expected
