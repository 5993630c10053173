"""Scoring semantics of shared LABELS.md, pinned with hand-computed cases; no model is loaded."""
import json

import pytest

from pipeline.evaluate import (PRF, LabelledArticle, check_gate, load_labelled, match_claims, overlap_f1,
                               score_article, score_entities, score_records, score_spam, speaker_right,
                               update_gate)


def gold(raw="", spam=(), entities=(), claims=(), lang="en", id="a1"):
    return LabelledArticle.model_validate({
        "id": id, "lang": lang, "raw": raw, "spam": list(spam),
        "entities": [{"type": t, "name": n, "aliases": list(a)} for t, n, *a in entities],
        "claims": [{"text": t, "speaker": s, "forecast": f} for t, s, f in claims]})


def ent(type_, name, *mentions, eid=None):
    """A predicted entity line as entities.jsonl holds it."""
    return {"entity_id": eid or f"E-{name}", "type": type_, "name": name,
            "mentions": [{"start": 0, "end": len(m), "text": m} for m in mentions]}


def claim(text, speaker=None, forecast=False):
    said = None if speaker is None else {"name": speaker, "entity_id": None}
    return {"text": text, "forecast": forecast, "speaker": said}


def counts(prf):
    return prf.tp, prf.fp, prf.fn


# --- entities ---------------------------------------------------------------------------------

@pytest.mark.parametrize("gold_entities,predicted,person,org", [
    # two predictions matching one gold entity: one TP, one FP
    ([("PERSON", "Pan Jianzhong")], [ent("PERSON", "Pan Jianzhong"), ent("PERSON", "Pan", "Pan Jianzhong")],
     (1, 1, 0), (0, 0, 0)),
    # a gold alias matches the predicted name
    ([("ORG", "Juyi Group Co., Ltd.", "Juyi Group")], [ent("ORG", "Juyi Group")], (0, 0, 0), (1, 0, 0)),
    # a predicted mention text is a surface form too
    ([("ORG", "Juyi Group Co., Ltd.")], [ent("ORG", "Juyi", "Juyi Group Co., Ltd.")], (0, 0, 0), (1, 0, 0)),
    # the type must agree
    ([("PERSON", "Aokang")], [ent("ORG", "Aokang")], (0, 0, 1), (0, 1, 0)),
    # one to one with as many pairs as possible: the first prediction could take either gold entity
    ([("ORG", "Kangnai"), ("ORG", "Dongyi")], [ent("ORG", "Kangnai", "Dongyi"), ent("ORG", "Kangnai")],
     (0, 0, 0), (2, 0, 0)),
    # nothing predicted: every gold entity is a false negative
    ([("PERSON", "谢育芳"), ("ORG", "温州市皮革行业协会")], [], (0, 0, 1), (0, 0, 1)),
])
def test_evaluate_entities_one_to_one(gold_entities, predicted, person, org):
    scores, errors = score_entities(gold(entities=gold_entities).entities, predicted)
    assert counts(scores["PERSON"]) == person
    assert counts(scores["ORG"]) == org
    assert len(errors) == sum(person[1:]) + sum(org[1:])


@pytest.mark.parametrize("gold_name,predicted_surface,matches", [
    ("Quillon & Finch Co.", "Quillon &amp; Finch Co.", True),  # HTML entities decoded
    ("ABC Group", "ＡＢＣ Group", True),  # NFKC
    ("Juyi Group", "JUYI GROUP", True),  # case fold
    ("Wenzhou Leather Industry Association", "the Wenzhou Leather Industry Association", True),  # leading "the"
    ("Pan Jianzhong", "Pan\n  Jianzhong", True),  # white space collapsed
    ("韦立川", "韦 立川", True),  # white space between Chinese characters removed
    ("温州市皮革行业协会", "温州市 皮革 行业协会", True),
    ("Aokang", "“Aokang”,", True),  # surrounding quotes and punctuation
    ("Ms. Brennan", "Brennan", False),  # titles are not stripped
    ("Juyi Group Co., Ltd.", "Juyi Group", False),  # legal forms are not stripped: that is what aliases are for
])
def test_evaluate_entities_normalization(gold_name, predicted_surface, matches):
    scores, _ = score_entities(gold(entities=[("ORG", gold_name)]).entities, [ent("ORG", predicted_surface)])
    assert counts(scores["ORG"]) == ((1, 0, 0) if matches else (0, 1, 1))


# --- claims -----------------------------------------------------------------------------------

@pytest.mark.parametrize("predicted,gold_text,f1", [
    ("sales will rise sharply", "sales will rise sharply", 1.0),
    ("sales will fall slowly", "sales will rise sharply", 0.5),  # 2 of 4 and 4 words: exactly the threshold
    ("sales will fall slowly again", "sales will rise sharply", 4 / 9),  # 2 common, 5 + 4 words: below
    ("Sales will RISE sharply.", "sales will rise sharply", 1.0),  # normalized, punctuation is no token
    ("销量下降", "销量增长", 0.5),  # Chinese: characters, 2 of 4 and 4
    ("出口将下降", "出口将增长", 0.6),  # 3 of 5 and 5
    ("进口下降了", "出口将增长", 0.2),  # only 口
    ("出口 将 增长", "出口将增长", 1.0),  # spaces between Chinese characters do not count
    ("LNG阀门将增产", "LNG 阀门将增产", 1.0),  # mixed: "lng" is one word, the rest characters
    ("LNG阀门", "LPG阀门", 2 * 2 / 6),  # lng/lpg differ as whole words: 2 of 3 and 3
])
def test_evaluate_claims_overlap(predicted, gold_text, f1):
    assert overlap_f1(predicted, gold_text) == pytest.approx(f1)
    assert bool(match_claims([predicted], [gold_text])) == (f1 >= 0.5)


def test_evaluate_claims_one_to_one_best_first():
    golds = ["exports will grow next year", "sales fell last year"]
    preds = ["exports will grow this year", "exports will grow next year", "sales fell sharply last year"]
    # pred 0 overlaps gold 0 at 0.8 but pred 1 at 1.0 takes it; pred 2 matches gold 1 at 8/9
    assert match_claims(preds, golds) == [(1, 0, 1.0), (2, 1, pytest.approx(8 / 9))]


# --- speakers ---------------------------------------------------------------------------------

ENTITIES = [("PERSON", "Pan Jianzhong"), ("ORG", "Juyi Group Co., Ltd.", "Juyi Group"),
            ("PERSON", "韦 立川", "韦立川")]


@pytest.mark.parametrize("said,gold_speaker,predicted_entities,right", [
    (None, None, [], True),  # both null: right
    ({"name": "Pan Jianzhong"}, None, [], False),
    (None, "Pan Jianzhong", [], False),
    ({"name": "pan jianzhong"}, "Pan Jianzhong", [], True),
    ({"name": "Juyi Group"}, "Juyi Group Co., Ltd.", [], True),  # an alias of the gold speaker's entity
    ({"name": "Juyi Group Co., Ltd."}, "Juyi Group", [], True),  # the gold speaker written as an alias
    ({"name": "韦立川"}, "韦 立川", [], True),
    ({"name": "Xie Yufang"}, "Pan Jianzhong", [], False),
    # the predicted speaker's entity has a gold form among its surface forms
    ({"name": "Pan", "entity_id": "E1"}, "Pan Jianzhong", [ent("PERSON", "Pan", "Pan Jianzhong", eid="E1")], True),
    ({"name": "Pan", "entity_id": "E2"}, "Pan Jianzhong", [ent("PERSON", "Pan", "Pan Jianzhong", eid="E1")], False),
])
def test_evaluate_speaker(said, gold_speaker, predicted_entities, right):
    assert speaker_right(said, gold_speaker, gold(entities=ENTITIES).entities, predicted_entities) is right


# --- spam -------------------------------------------------------------------------------------

RAW = "Story text.\n\nBuy shoes now\nwww.x.com"  # content 10 chars without spaces, spam 11 + 9


@pytest.mark.parametrize("raw,spam,removed,expect", [
    # half the spam removed, nothing else
    (RAW, ["Buy shoes now\nwww.x.com"], [(13, 26)], {"recall": 0.55, "precision": 1.0, "content_loss": 0.0}),
    # all spam and the white space around it
    (RAW, ["Buy shoes now\nwww.x.com"], [(11, 36)], {"recall": 1.0, "precision": 1.0, "content_loss": 0.0}),
    # "text." removed with the spam: 5 content chars of 10
    (RAW, ["Buy shoes now\nwww.x.com"], [(6, 26)], {"recall": 0.55, "precision": 11 / 16, "content_loss": 0.5}),
    # white space alone removes nothing
    (RAW, ["Buy shoes now\nwww.x.com"], [(11, 13)], {"recall": 0.0, "precision": None, "content_loss": 0.0}),
    # every occurrence of a spam text is spam: 6 spam chars, 3 removed
    ("Ad. News here. Ad.", ["Ad."], [(0, 3)], {"recall": 0.5, "precision": 1.0, "content_loss": 0.0}),
    # no spam at all: recall undefined, one content char of 8 lost
    ("新闻正文内容在此", [], [(0, 1)], {"recall": None, "precision": 0.0, "content_loss": 1 / 8}),
])
def test_evaluate_spam_per_character(raw, spam, removed, expect):
    score, _ = score_spam(raw, spam, [{"start": s, "end": e} for s, e in removed])
    got = score.to_dict()
    assert {k: got[k] for k in expect} == {k: (None if v is None else pytest.approx(v, abs=1e-4))
                                           for k, v in expect.items()}


def test_evaluate_spam_errors_are_snippets():
    _, errors = score_spam(RAW, ["Buy shoes now\nwww.x.com"], [{"start": 6, "end": 26}])
    assert errors == [{"kind": "spam_missed", "text": "www.x.com"}, {"kind": "content_removed", "text": "text."}]


# --- an article, a file, the PRF ------------------------------------------------------------------

def test_evaluate_prf_adds_and_scores():
    total = PRF(tp=1, fp=1, fn=0) + PRF(tp=1, fp=0, fn=2)
    assert (total.tp, total.fp, total.fn) == (2, 1, 2)
    assert (total.p, total.r, total.f1) == (pytest.approx(2 / 3), 0.5, pytest.approx(4 / 7))
    assert (PRF().p, PRF().r, PRF().f1) == (None, None, None)


def test_evaluate_article_forecasts_and_speakers():
    raw = "Pan said exports will grow next year. Sales fell last year, analysts said. Buy now!"
    g = gold(raw=raw, spam=["Buy now!"], entities=[("PERSON", "Pan")],
             claims=[("exports will grow next year", "Pan", True), ("Sales fell last year", None, False)])
    predicted = {"removed": [{"start": 75, "end": 83}], "entities": [ent("PERSON", "Pan")],
                 "claims": [claim("exports will grow next year", "Pan", True),
                            claim("Sales fell last year", None, True),
                            claim("analysts said", None, False)]}
    scores, errors = score_article(g, predicted)
    assert counts(scores.claims) == (2, 1, 0)
    assert counts(scores.forecasts) == (1, 1, 0)  # the past-tense claim predicted as a forecast
    assert (scores.speakers_right, scores.speakers_total) == (2, 2)  # "Pan" and both null
    assert scores.spam.to_dict()["recall"] == 1.0
    assert sorted(e["kind"] for e in errors) == ["claim_fp", "forecast_fp"]
    metrics, _ = score_records([g], [predicted])
    assert metrics["by_lang"]["en"]["claims"]["f1"] == metrics["claims"]["f1"] == pytest.approx(0.8)
    assert metrics["by_lang"]["zh"]["n_articles"] == 0


# --- loading labelled files -----------------------------------------------------------------------

GOOD = {"id": "x1", "lang": "en", "raw": "Pan said sales will grow. Buy now!", "spam": ["Buy now!"],
        "entities": [{"type": "PERSON", "name": "Pan", "aliases": []}],
        "claims": [{"text": "sales will grow", "speaker": "Pan", "forecast": True}]}


@pytest.mark.parametrize("change,message", [
    ({"claims": None}, "claims"),
    ({"lang": "fr"}, "lang"),
    ({"spam": ["Sell now!"]}, "spam text is not a substring of raw"),
    ({"claims": [{"text": "sales will fall", "speaker": "Pan", "forecast": True}]}, "claim text is not a substring"),
    ({"claims": [{"text": "sales will grow", "speaker": "Mr Pan", "forecast": True}]}, "speaker 'Mr Pan'"),
    ({"claims": [{"text": "sales will grow", "speaker": "Pan", "forecast": "yes"}]}, "forecast"),
])
def test_evaluate_load_labelled_fails_loudly(tmp_path, change, message):
    bad = {k: v for k, v in {**GOOD, **change}.items() if v is not None}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOOD) + "\n" + json.dumps({**bad, "id": "x2"}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=message) as info:
        load_labelled(path)
    assert "'x2'" in str(info.value) and "gold.jsonl:2" in str(info.value)


def test_evaluate_load_labelled_reads_a_folder(tmp_path):
    for n in (1, 2):
        (tmp_path / f"part{n}.jsonl").write_text(json.dumps({**GOOD, "id": f"x{n}", "split": "dev"}) + "\n")
    assert [r.id for r in load_labelled(tmp_path)] == ["x1", "x2"]
    (tmp_path / "part3.jsonl").write_text(json.dumps({**GOOD, "id": "x1"}) + "\n")
    with pytest.raises(ValueError, match="already used"):
        load_labelled(tmp_path)


# --- the gate ---------------------------------------------------------------------------------

def metrics_with(person_f1, loss):
    block = {"entities": {"PERSON": {"f1": person_f1}}, "spam": {"content_loss": loss}}
    return {**block, "by_lang": {"en": block, "zh": {}, "mixed": {}}}


@pytest.mark.parametrize("f1,loss,failures", [
    (0.80, 0.01, 0), (0.79, 0.01, 2), (None, 0.01, 2), (0.80, 0.03, 1),
])
def test_evaluate_check_gate(f1, loss, failures):
    gate = {"floors": {"all.entities.PERSON.f1": 0.8, "en.entities.PERSON.f1": 0.8},
            "ceilings": {"all.spam.content_loss": 0.02}}
    assert len(check_gate(metrics_with(f1, loss), gate)) == failures


@pytest.mark.parametrize("allow_lower,floor", [(False, 0.8), (True, 0.68)])
def test_evaluate_update_gate_never_lowers_silently(allow_lower, floor):
    gate = {"test_sha256": "old", "floors": {"en.entities.PERSON.f1": 0.8}}
    new, changes = update_gate(gate, metrics_with(0.7, 0.0), "new", allow_lower=allow_lower)
    assert new["floors"]["en.entities.PERSON.f1"] == floor
    assert new["floors"]["all.entities.PERSON.f1"] == 0.68
    assert new["ceilings"]["all.spam.content_loss"] == 0.02
    assert new["test_sha256"] == "new" and any("test_sha256" in c for c in changes)
    new, _ = update_gate(gate, metrics_with(0.9, 0.0), "new")
    assert new["floors"]["en.entities.PERSON.f1"] == 0.88  # raising needs no flag
