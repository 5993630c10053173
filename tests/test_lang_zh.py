"""The Chinese backend: our CRF decoding gives LAC's own words and tags; tokens sit at their offsets."""
import pytest

from pipeline.lang import get_backend
from pipeline.lang.zh import load_lac, tag

SENTENCES = [
    "华信集团董事长李明表示，明年出口将继续增长。",
    "据东方财经网报道，嘉兴明川新能源科技有限公司今年一季度营收同比增长三成。",
    "鑫禾（江西）食品有限公司总经理周晓岚说：“我们计划在2025年前建成第二条生产线。”",
    "记者从江北区经济和信息化局了解到，当地已有12家企业完成数字化改造。",
    "远帆航运集团市场部负责人Peter Lowe称，欧洲航线运价仍在下跌！",
    "好。",
    "",
    "  ",
    "Li Ming, chairman of Huaxin Group, said exports will rise.",
    "长" * 300,
]


def test_zh_tag_equals_lac_run_on_each_sentence_and_on_the_batch():
    lac = load_lac()
    assert tag(lac, SENTENCES) == lac.run(SENTENCES)
    for s in SENTENCES:  # a text decoded alone and among others of other lengths: the same answer
        assert tag(lac, [s]) == [lac.run(s)]


@pytest.mark.parametrize("group", [1, 3, 64])
def test_zh_tag_does_not_depend_on_how_texts_are_grouped(group):
    lac = load_lac()
    assert tag(lac, SENTENCES, group=group) == lac.run(SENTENCES)


@pytest.mark.parametrize("text", [SENTENCES[1], SENTENCES[2] + "\n" + SENTENCES[3], SENTENCES[4]])
def test_zh_parse_tokens_are_the_text_at_their_offsets(cfg, text):
    p = get_backend("zh", cfg.ner).parse([text])[0]
    assert p.tokens and all(text[t.start:t.end] == t.text for t in p.tokens)
    assert [t.i for t in p.tokens] == list(range(len(p.tokens)))
    assert p.sents[0][0] == 0 and p.sents[-1][1] == len(p.tokens)
    assert all(text[s:e] for s, e, _ in p.ents)
