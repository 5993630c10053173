"""`newskb bench accuracy`: the converters of the public formats, on tiny inline fixtures written here,
and one whole run on ../shared/data when it is there."""
import hashlib
import json
import random
from pathlib import Path

import pytest

from pipeline.bench_accuracy import (Attribution, bench_accuracy, bio_spans, convert_bio_file, convert_cluener,
                                     convert_gum, convert_l3s, convert_polnear, convert_uner, format_bench_table,
                                     gold_entities, html_lines, is_bench_only, match_forecasts, parse_brat,
                                     predictor_right, read_token_sentences, score_attribution, source_right,
                                     splice_spam, spliced_gold)

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"


def names(record):
    return sorted((e.type, e.name, tuple(e.aliases)) for e in record.entities)


# --- token formats -------------------------------------------------------------------------------

@pytest.mark.parametrize("tags,spans", [
    (["B-PER", "I-PER", "O", "B-ORG", "I-ORG", "I-ORG"], [(0, 2, "PER"), (3, 6, "ORG")]),
    (["B-PER", "B-PER", "O"], [(0, 1, "PER"), (1, 2, "PER")]),  # two names side by side
    (["O", "I-ORG", "I-ORG", "B-LOC"], [(1, 3, "ORG"), (3, 4, "LOC")]),  # an I- without its B- starts a run
    (["B-ORG", "I-PER"], [(0, 1, "ORG"), (1, 2, "PER")]),
])
def test_bench_accuracy_bio_spans(tags, spans):
    assert bio_spans(tags) == spans


@pytest.mark.parametrize("text,first", [
    ("Maria NNP B-NP B-PER\nLopez NNP I-NP I-PER\nspoke VBD B-VP O\n\nShe PRP B-NP O\n", [("Maria", "B-PER"),
                                                                                           ("Lopez", "I-PER"),
                                                                                           ("spoke", "O")]),
    ("王\tB-PER\n小\tI-PER\n明\tI-PER\n说\tO\n\n好\tO\n", [("王", "B-PER"), ("小", "I-PER"), ("明", "I-PER"), ("说", "O")]),
    ("华 B-ORG\n为 I-ORG\n\n", [("华", "B-ORG"), ("为", "I-ORG")]),
])
def test_bench_accuracy_reads_token_sentences(text, first):
    assert read_token_sentences(text)[0] == first


@pytest.mark.parametrize("lang,mentions,expected", [
    # a surname alone joins the one full name that holds it
    ("en", [("PERSON", "Maria Lopez"), ("PERSON", "Lopez"), ("ORG", "Harbor Freight Lines")],
     [("ORG", "Harbor Freight Lines", ()), ("PERSON", "Maria Lopez", ("Lopez",))]),
    # ambiguous: two full names hold it, so it stays on its own
    ("en", [("PERSON", "Anna Berg"), ("PERSON", "Lars Berg"), ("PERSON", "Berg")],
     [("PERSON", "Anna Berg", ()), ("PERSON", "Berg", ()), ("PERSON", "Lars Berg", ())]),
    # the same name twice is one entity; case and spacing do not matter
    ("en", [("ORG", "Harbor  Freight"), ("ORG", "harbor freight")], [("ORG", "Harbor  Freight", ("harbor freight",))]),
    ("zh", [("PERSON", "李建国"), ("PERSON", "建国"), ("ORG", "华星电子"), ("ORG", "华星电子有限公司")],
     [("ORG", "华星电子", ()), ("ORG", "华星电子有限公司", ()), ("PERSON", "李建国", ("建国",))]),
])
def test_bench_accuracy_gold_entities_per_document(lang, mentions, expected):
    got = sorted((e["type"], e["name"], tuple(e["aliases"])) for e in gold_entities(mentions, lang))
    assert got == expected


def test_bench_accuracy_pseudo_documents_from_bio(tmp_path):
    sents = ["Maria B-PER\nLopez I-PER\nleads O\nHarbor B-ORG\nFreight I-ORG\n.\tO"] + \
            [f"Lopez B-PER\nspoke O\nagain O\n{i} O" for i in range(11)]
    path = tmp_path / "test.txt"
    path.write_text("\n\n".join(sents) + "\n", "utf-8")
    docs = convert_bio_file(path, "toy", "en")
    assert [d.id for d in docs] == ["toy-0001", "toy-0002"]  # 12 sentences, 10 per document
    assert docs[0].raw.split("\n")[0] == "Maria Lopez leads Harbor Freight."
    assert names(docs[0]) == [("ORG", "Harbor Freight", ()), ("PERSON", "Maria Lopez", ("Lopez",))]
    assert names(docs[1]) == [("PERSON", "Lopez", ())]


def test_bench_accuracy_cluener_types(tmp_path):
    lines = [{"text": "张伟表示，北京星海科技公司将在上海开设分店。",
              "label": {"name": {"张伟": [[0, 1]]}, "company": {"北京星海科技公司": [[5, 12]]}, "address": {"上海": [[15, 16]]}}},
             {"text": "市教育局副局长刘芳出席了会议。", "label": {"government": {"市教育局": [[0, 3]]},
                                                           "position": {"副局长": [[4, 6]]}, "name": {"刘芳": [[7, 8]]}}}]
    path = tmp_path / "dev.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), "utf-8")
    [doc] = convert_cluener(path)
    assert doc.raw == "\n".join(x["text"] for x in lines)
    assert names(doc) == [("ORG", "北京星海科技公司", ()), ("ORG", "市教育局", ()), ("PERSON", "刘芳", ()),
                          ("PERSON", "张伟", ())]


UNER_EN = """# newdoc id = n09001
# sent_id = n09001-0001
# text = Maria Lopez joined Harbor Freight in May.
1\tMaria\tB-PER\t-\t-
2\tLopez\tI-PER\t-\t-
3\tjoined\tO\t-\t-
4\tHarbor\tB-ORG\t-\t-
5\tFreight\tI-ORG\t-\t-
6\tin\tO\t-\t-
7\tMay\tO\t-\t-
8\t.\tO\t-\t-

# sent_id = n09001-0002
# text = Lopez said sales rose.
1\tLopez\tB-PER\t-\t-
2\tsaid\tO\t-\t-
3\tsales\tO\t-\t-
4\trose\tO\t-\t-
5\t.\tO\t-\t-

# newdoc id = w09002
# sent_id = w09002-0001
# text = Ada Lovelace wrote notes.
1\tAda\tB-PER\t-\t-
2\tLovelace\tI-PER\t-\t-
3\twrote\tO\t-\t-
4\tnotes\tO\t-\t-
5\t.\tO\t-\t-

"""

UNER_ZH = """# newdoc id = batch-0000
# sent_id = batch-0000-0001
# text = 張偉說，華興銀行將擴張。
1\t張偉\tB-PER\t-\t-
2\t說\tO\t-\t-
3\t，\tO\t-\t-
4\t華興銀行\tB-ORG\t-\t-
5\t將\tO\t-\t-
6\t擴張\tO\t-\t-
7\t。\tO\t-\t-

# sent_id = batch-0000-0002
# text = 維基是網站。
1\t維基\tB-ORG\t-\t-
2\t是\tO\t-\t-
3\t網站\tO\t-\t-
4\t。\tO\t-\t-

"""


def test_bench_accuracy_uner_news_half_as_documents(tmp_path):
    (tmp_path / "en_pud-ud-test.iob2").write_text(UNER_EN, "utf-8")
    docs, note = convert_uner(tmp_path, "en")
    assert [d.id for d in docs] == ["uner-en-n09001"]  # the w (Wikipedia) document is left out
    assert docs[0].raw == "Maria Lopez joined Harbor Freight in May. Lopez said sales rose."
    assert names(docs[0]) == [("ORG", "Harbor Freight", ()), ("PERSON", "Maria Lopez", ("Lopez",))]
    assert "news half" in note


def test_bench_accuracy_uner_chinese_ids_and_script(tmp_path):
    (tmp_path / "zh_pud-ud-test.iob2").write_text(UNER_ZH, "utf-8")
    (tmp_path / "uner_to_ud_sent_id.tsv").write_text(
        "uner_sent_id\tud_pud_sent_id\nbatch-0000-0001\tn09001011\nbatch-0000-0002\tw09002021\n", "utf-8")
    docs, note = convert_uner(tmp_path, "zh")
    assert [d.id for d in docs] == ["uner-zh-n09001"]
    try:
        import opencc  # noqa: F401
    except ImportError:
        assert docs[0].raw == "張偉說，華興銀行將擴張。" and "as is" in note
    else:
        assert docs[0].raw == "张伟说，华兴银行将扩张。" and "Simplified" in note
        assert names(docs[0]) == [("ORG", "华兴银行", ()), ("PERSON", "张伟", ())]


GUM = """# newdoc id = GUM_news_toy
# newpar
# sent_id = GUM_news_toy-1
# text = Harbor Freight hires Chief Engineer Maria Lopez
1\tHarbor\tHarbor\tPROPN\tNNP\tNumber=Sing\t2\tcompound\t_\tEntity=(1-organization-new-sssss-cf1-1,2-coref-Harbor_Freight
2\tFreight\tFreight\tPROPN\tNNP\tNumber=Sing\t3\tnsubj\t_\tEntity=1)
3\thires\thire\tVERB\tVBZ\t_\t0\troot\t_\t_
4\tChief\tChief\tPROPN\tNNP\tNumber=Sing\t7\tcompound\t_\tEntity=(2-person-new-sssss-cf2-3,4-coref-Maria_Lopez
5\tEngineer\tEngineer\tPROPN\tNNP\tNumber=Sing\t7\tcompound\t_\t_
6\tMaria\tMaria\tPROPN\tNNP\tNumber=Sing\t7\tcompound\t_\t_
7\tLopez\tLopez\tPROPN\tNNP\tNumber=Sing\t3\tobj\t_\tEntity=2)

# newpar
# sent_id = GUM_news_toy-2
# text = She thanked the workers and the Dockers.
1\tShe\tshe\tPRON\tPRP\tNumber=Sing\t2\tnsubj\t_\tEntity=(2-person-giv-sssss-cf1-1-ana-Maria_Lopez)
2\tthanked\tthank\tVERB\tVBD\t_\t0\troot\t_\t_
3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\tEntity=(3-person-new-nnnnn-cf3-2-sgl
4\tworkers\tworker\tNOUN\tNNS\tNumber=Plur\t2\tobj\t_\tEntity=3)
5\tand\tand\tCCONJ\tCC\t_\t7\tcc\t_\t_
6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\tEntity=(4-person-new-nnnnn-cf4-2-sgl
7\tDockers\tDockers\tPROPN\tNNPS\tNumber=Plur\t4\tconj\t_\tEntity=4)|SpaceAfter=No
8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

"""


def test_bench_accuracy_gum_named_mentions(tmp_path):
    (tmp_path / "GUM_news_toy.conllu").write_text(GUM, "utf-8")
    [doc] = convert_gum(tmp_path)
    assert doc.raw == "Harbor Freight hires Chief Engineer Maria Lopez\n\nShe thanked the workers and the Dockers."
    got = {e.type: e for e in doc.entities}
    assert sorted(got) == ["ORG", "PERSON"]  # a pronoun, a common noun, a plural group: no entity of their own
    assert got["ORG"].name == "Harbor Freight"
    assert "Maria Lopez" in got["PERSON"].aliases + [got["PERSON"].name]


BRAT = "\n".join([
    "T1\tSource 0 11\tMaria Lopez",
    "T2\tCue 12 16\tsaid",
    "T3\tContent 17 36;48 60\tsales would improve next quarter",
    "T4\tAttribution 12 16\tsaid",
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
    "T5\tCue 62 79\tAccording to data",
    "T6\tContent 81 101\texports fell sharply",
    "T7\tAttribution-no-source 62 79\tAccording to data",
    "E2\tAttribution-no-source:T7 Cue:T5 Content:T6",
])
BRAT_RAW = "Maria Lopez said sales would improve, she said, next quarter. According to data, exports fell sharply."


def test_bench_accuracy_brat_attributions():
    got = parse_brat(BRAT, BRAT_RAW)
    assert [(a.content, a.source) for a in got] == [("sales would improve next quarter", "Maria Lopez"),
                                                    ("exports fell sharply", None)]


def test_bench_accuracy_polnear_first_annotator(tmp_path):
    (tmp_path / "test" / "text").mkdir(parents=True)
    (tmp_path / "test" / "attributions").mkdir()
    (tmp_path / "test" / "text" / "toy.txt").write_text(BRAT_RAW, "utf-8")
    (tmp_path / "test" / "attributions" / "toy_b2.ann").write_text("", "utf-8")
    (tmp_path / "test" / "attributions" / "toy_a1.ann").write_text(BRAT, "utf-8")
    [(aid, raw, atts)] = convert_polnear(tmp_path)
    assert aid == "toy" and len(atts) == 2


@pytest.mark.parametrize("forms,spans,gold,right", [
    (["Lopez"], [], Attribution("x", [(0, 1)], "Maria Lopez", [(0, 11)]), True),  # shares a content word
    (["the company"], [], Attribution("x", [(0, 1)], "the company", [(0, 11)]), True),  # same words
    (["he"], [(0, 5)], Attribution("x", [(0, 1)], "Maria Lopez", [(0, 11)]), True),  # its mention is inside
    (["Harbor Freight"], [(40, 54)], Attribution("x", [(0, 1)], "Maria Lopez", [(0, 11)]), False),
    ([], [], Attribution("x", [(0, 1)], None, []), True),  # no source on either side
    ([], [], Attribution("x", [(0, 1)], "Maria Lopez", [(0, 11)]), False),
])
def test_bench_accuracy_source_right(forms, spans, gold, right):
    assert source_right(forms, spans, gold) is right


def test_bench_accuracy_score_attribution_counts():
    gold = parse_brat(BRAT, BRAT_RAW)
    predicted = [{"text": "sales would improve, she said, next quarter", "forms": ["Maria Lopez"], "spans": []},
                 {"text": "exports fell sharply", "forms": ["analysts"], "spans": []},
                 {"text": "the weather is fine", "forms": [], "spans": []}]
    s = score_attribution(gold, predicted).to_dict()
    assert (s["content"]["tp"], s["content"]["fp"], s["content"]["fn"]) == (2, 1, 0)
    assert (s["source"]["tp"], s["source"]["fp"], s["source"]["fn"]) == (1, 1, 0)
    assert s["sources"] == {"right": 1, "matched": 2}


STATEMENT = {"Event Variable": "Harbor Freight profits", "Predicted Attribute": "Profits will double",
             "Magnitude / Predicted Value": "twice the 2023 level", "Predictor": "Maria Lopez"}


@pytest.mark.parametrize("claim,matches", [
    ("profits at Harbor Freight will double next year", True),
    ("Harbor Freight profits are expected to reach twice the 2023 level", True),
    ("the weather will stay dry next week", False),
    ("Harbor Freight will open a depot", False),  # the company alone is too little of the statement
])
def test_bench_accuracy_forecast_fuzzy_match(claim, matches):
    assert bool(match_forecasts([claim], [STATEMENT])) is matches


@pytest.mark.parametrize("speaker,gold,right", [
    ("Maria Lopez", "Chief Engineer Maria Lopez", True),
    ("Lopez", "Maria Lopez", True),
    (None, None, True),
    ("Harbor Freight", "Maria Lopez", False),
    (None, "Maria Lopez", False),
])
def test_bench_accuracy_predictor_right(speaker, gold, right):
    assert predictor_right(speaker, gold) is right


# --- spam -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Buy cheap watches now, free shipping, call 555-0100",
                                  "本店新款春装到货，全场八折，欢迎选购", "  padded item  "])
def test_bench_accuracy_bench_only_rule(text):
    assert is_bench_only(text) is (hashlib.sha1(text.strip().encode("utf-8")).hexdigest()[-1] in "0123")


@pytest.mark.parametrize("lang,article", [
    ("en", "Harbor Freight opened a depot.\n\nMaria Lopez said sales rose.\n\nThe depot employs 40 people."),
    ("zh", "华星电子今天开设新厂。\n李建国表示，销量将增长。\n新厂雇用四十人。"),
])
def test_bench_accuracy_splice_is_seeded_and_recorded(lang, article):
    ads = ["Cheap watches at discount prices, order today", "WIN a FREE cruise, text CRUISE now",
           "本店新款春装到货，全场八折"]
    raw, spam = splice_spam(article, ads, random.Random("seed-1"), lang)
    assert (raw, spam) == splice_spam(article, ads, random.Random("seed-1"), lang)
    assert spam and all(s in raw for s in spam)
    for para in [p for p in article.split("\n") if p.strip()]:
        assert para in raw  # the article itself is untouched


@pytest.mark.parametrize("article,inserted,gold", [
    # the same ad spliced twice (spam pools hold repeats) is gold once, and both copies count as spam
    ("Harbor Freight opened a depot.", ["Cheap watches, order today", "Cheap watches, order today"],
     ["Cheap watches, order today"]),
    # an ad whose text the clean article also holds would make real content gold spam: left out
    ("华星电子今天开设新厂。欢迎选购", ["欢迎选购", "本店新款春装到货，全场八折"], ["本店新款春装到货，全场八折"]),
])
def test_bench_accuracy_spliced_gold_keeps_repeated_ads(article, inserted, gold):
    assert spliced_gold(article, inserted) == gold


L3S_PAGE = """<html><head><title>Site</title><style>.x{}</style></head><body>
<div><a href="/">Home</a> | <a href="/news">News</a></div>
<span class="x-nc-sel1">Depot opens in Harbor Town</span>
<p><span class="x-nc-sel2">Harbor Freight opened a depot on Monday, <b>its</b> manager said.</span></p>
<p><span class="x-nc-sel5">Great article!!! posted by reader</span></p>
<script>var x = "not text";</script>
<div><span class="x-nc-sel0">Advertisement: cheap flights</span></div>
</body></html>"""


def test_bench_accuracy_l3s_lines_and_gold(tmp_path):
    assert html_lines(L3S_PAGE) == [("Home | News", None), ("Depot opens in Harbor Town", 1),
                                    ("Harbor Freight opened a depot on Monday, its manager said.", 2),
                                    ("Great article!!! posted by reader", 5), ("Advertisement: cheap flights", 0)]
    (tmp_path / "GoldStandard").mkdir()
    (tmp_path / "GoldStandard" / "page.txt").write_text(L3S_PAGE, "utf-8")
    [(rec, gold)] = convert_l3s(tmp_path)
    spam = "".join(rec.raw[i] for i in sorted(gold))
    assert spam == "Home|NewsGreatarticle!!!postedbyreaderAdvertisement:cheapflights"


# --- the command ----------------------------------------------------------------------------------

def test_bench_accuracy_missing_data_skips_every_set(tmp_path):
    result = bench_accuracy(tmp_path / "nowhere", limit=1)
    assert result["sets"] and all(s["skipped"] for s in result["sets"])
    table = format_bench_table(result)
    assert "skipped: not found" in table and "published, not measured" in table


@pytest.mark.slow
@pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="../shared/data is not there")
def test_bench_accuracy_command_limit_2(tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    out = tmp_path / "bench.json"
    res = CliRunner().invoke(app, ["bench", "accuracy", "--limit", "2", "--out", str(out)])
    assert res.exit_code == 0, res.output
    result = json.loads(out.read_text("utf-8"))
    ran = [s for s in result["sets"] if not s["skipped"]]
    assert ran and all(s["docs"] <= 2 for s in ran)
    assert [s["first_error"] for s in ran if s["newskb_errors"]] == []  # no document failed in newskb
    assert "newskb" in res.output and "anchor" in res.output
    for s in ran:
        for v in s["metrics"].values():
            assert "newskb" in v and "anchor" in v
