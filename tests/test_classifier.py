"""The trained wording classifier: features, the shipped artefact, fusion with the rules, its config, training."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from audit.classifier import (
    MODEL_FILE,
    CategoryConfig,
    WordingClassifier,
    feature_text,
    fuse,
    gram_keys,
    gram_text,
    load_config,
    slot_of,
    windows,
)
from audit.errors import RulePackError
from audit.finding import Finding, Severity
from audit.message import Message, Turn
from audit.normalise import normalise
from audit.paths import LEXICONS

VIOLENCE, INSULT = "threat.violence", "abuse.insult"


def test_gram_keys_name_every_one_two_and_three_gram_exactly() -> None:
    keys = gram_keys(["老赖还钱"])
    grams = sorted(gram_text(int(k)) for k in keys)
    assert grams == sorted(["老", "赖", "还", "钱", "老赖", "赖还", "还钱", "老赖还", "赖还钱"])
    assert len(gram_keys(["", "a"])) == 1 and len(gram_keys([])) == 0


def tiny_classifier(threshold: float = 0.5) -> WordingClassifier:
    """Two categories, weights on a few n-grams: 打断 pulls towards violence, 废物 towards insult."""
    weights = {"打断": (40.0, 0.0), "断腿": (40.0, 0.0), "废物": (0.0, 40.0), "还款": (-1.0, -1.0)}
    keys = np.array([int(gram_keys([g])[-1]) for g in weights], dtype=np.uint64)
    order = np.argsort(keys)
    matrix = np.array(list(weights.values()), dtype=np.float32)[order]
    config = {c: CategoryConfig(threshold, Severity.MEDIUM, "法规", "模型判断。") for c in (VIOLENCE, INSULT)}
    return WordingClassifier(keys[order], matrix, np.array([-3.0, -3.0]), (VIOLENCE, INSULT), config)


def analyse(classifier: WordingClassifier, message: Message, rule_findings: list[Finding]) -> list[Finding]:
    segments = list(message.agent_segments())
    return fuse(classifier, message, segments, [normalise(s.text) for s in segments], rule_findings)


def rule_finding(category: str) -> Finding:
    return Finding(analyzer="wording", category=category, rule_id=f"wording.x.{category}", severity=Severity.HIGH,
                   campaign_id="c", regulation="", explanation="", message_id="m1", start=0, end=2)


def test_a_category_only_the_classifier_finds_gets_a_capped_model_finding_on_its_strongest_sentence() -> None:
    message = Message("m1", "c", "call", turns=[Turn("agent", "您好，请按时还款。"), Turn("customer", "你这个废物"),
                                                  Turn("agent", "请配合。小心我把你的腿打断！")], debtor_id="D1")
    findings = analyse(tiny_classifier(), message, [])
    assert [f.category for f in findings] == [VIOLENCE]           # the customer's 废物 is never judged
    finding = findings[0]
    assert (finding.detector, finding.severity, finding.turn) == ("model", Severity.MEDIUM, 2)
    assert finding.evidence == "小心我把你的腿打断" and 0.5 <= finding.score <= 1
    assert "“打断”" in finding.explanation and finding.rule_id == "model.threat.violence"


def test_when_a_rule_agrees_its_finding_stands_and_gains_the_score() -> None:
    message = Message("m1", "c", "sms", text="再不还就打断你的腿")
    rule = rule_finding(VIOLENCE)
    findings = analyse(tiny_classifier(), message, [rule])
    assert findings == [rule] and rule.score is not None and rule.detector is None


def test_below_its_threshold_the_classifier_adds_nothing() -> None:
    message = Message("m1", "c", "sms", text="再不还就打断你的腿")
    assert analyse(tiny_classifier(threshold=0.9999), message, []) == []
    assert analyse(tiny_classifier(), Message("m1", "c", "sms", text="请按时还款"), []) == []


def test_a_message_that_talks_of_debt_is_judged_at_the_threshold_for_debt_talk() -> None:
    plain = tiny_classifier(threshold=0.9)
    config = {c: CategoryConfig(0.9, Severity.MEDIUM, "法规", "模型判断。",
                                threshold_in_debt_talk=0.5 if c == INSULT else None) for c in plain.categories}
    classifier = WordingClassifier(*_tiny_parts(plain)[:4], config, debt_talk=("欠", "钱"))
    scores = np.array([0.0, 0.7])           # an insult between the two thresholds
    in_debt_talk = Message("m1", "c", "call", turns=[Turn("agent", "你这个废物"), Turn("customer", "我欠的钱会还")])
    elsewhere = Message("m1", "c", "sms", text="你这个废物")
    assert classifier.talks_of_debt(in_debt_talk) and not classifier.talks_of_debt(elsewhere)

    def insults(message: Message) -> list[Finding]:
        segments = list(message.agent_segments())
        return fuse(classifier, message, segments, [normalise(s.text) for s in segments], [], scores)

    found = insults(in_debt_talk)
    assert [f.category for f in found] == [INSULT] and found[0].detector == "model"
    assert insults(elsewhere) == []
    assert classifier.flagged(scores[None, :])[0]         # the batch's first look asks the lower threshold
    review = classifier.near_threshold(scores, {INSULT: 0.5})
    assert [(p.category, p.threshold) for p in review] == [(INSULT, 0.9)]
    assert classifier.near_threshold(scores, {INSULT: 0.5}, in_debt_talk=True) == []
    assert classifier.with_thresholds({INSULT: 0.6}).thresholds().tolist() == [0.9, 0.6]


def test_the_threshold_for_debt_talk_is_chosen_where_the_scan_reports_and_never_above_the_threshold(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import training.train_wording_model as trainer

    shipped = WordingClassifier.load(LEXICONS)
    assert shipped.config[INSULT].threshold_in_debt_talk is not None
    assert shipped.config[INSULT].threshold_in_debt_talk <= shipped.config[INSULT].threshold
    insult = "你这个废物，欠钱不还还有脸说？"
    poster = "本机构承诺永不使用以下话术：“你这个废物，欠钱不还还有脸说？”"
    dev = ([{"text": insult, "labels": [INSULT]}] * 400
           + [{"text": poster, "labels": []}] * 10 + [{"text": "请按时还款。", "labels": []}] * 2000)
    monkeypatch.setattr(WordingClassifier, "scores_many",
                        lambda self, views: np.array([[0.0 if "按时" in v[0].text else 0.6] + [0.0] * 7 for v in views]))
    # the scan clears the poster's insult: its ten samples do not hold the threshold up
    monkeypatch.setattr(trainer, "reported_by_scan", lambda classifier, samples, category: np.zeros(len(samples), bool))
    assert trainer.choose_debt_talk_thresholds(shipped, dev, [])[INSULT][0] == 0.5
    monkeypatch.setattr(trainer, "reported_by_scan", lambda classifier, samples, category: np.ones(len(samples), bool))
    assert trainer.choose_debt_talk_thresholds(shipped, dev, [])[INSULT][0] == shipped.config[INSULT].threshold


def test_the_scan_reports_the_classifiers_insult_of_a_collector_but_not_of_a_poster_forbidding_it() -> None:
    import training.train_wording_model as trainer

    # no insult rule reads the first (the classifier alone finds it); the poster forbids the same words
    samples = [{"text": "欠了钱还天天晒吃喝，脸皮是真厚啊你", "labels": []},
               {"text": "文明催收承诺公示：本机构承诺以下话术永不使用：“欠了钱还天天晒吃喝，脸皮是真厚啊你”。"
                        "如您听到以上或类似话语，请拨打4008689452举报。", "labels": []}]
    assert trainer.reported_by_scan(WordingClassifier.load(LEXICONS), samples, INSULT).tolist() == [True, False]


def test_the_shipped_model_loads_offline_small_and_judges_plain_texts() -> None:
    assert MODEL_FILE.stat().st_size <= 20 * 1024 * 1024
    classifier = WordingClassifier.load(LEXICONS)
    assert set(classifier.categories) == set(classifier.config)
    lawful = classifier.predict([normalise("【云杉信贷】您本期账单已出，请于3月5日前还款，如已还款请忽略。")])
    assert lawful == []
    scores = dict(zip(classifier.categories, classifier.scores([normalise("你这个不要脸的老赖，骗子一个")])))
    assert max(scores, key=scores.get) == INSULT


def test_the_shipped_model_reads_texts_written_by_others_by_who_speaks_and_what_is_quoted() -> None:
    classifier = WordingClassifier.load(LEXICONS)

    def judged(text: str) -> set[str]:
        return {p.category for p in classifier.predict([normalise(text)])}

    def violence(text: str) -> float:
        return float(classifier.scores([normalise(text)])[classifier.categories.index(VIOLENCE)])

    # only an agent's or a template's words are judged: a report quoting a collector's threat says no threat
    assert judged("云州警方通报：两名催收员在电话中称借款人“再不还钱就抓你去坐牢”，已被依法行政拘留。") == set()
    # The n-grams do not see quotation marks, so a report of a threat to a child's whereabouts scores over the
    # violence threshold: trained on batches ac to af, which hold such threats said to the debtor, this one scored
    # .57 at .54 (the model before: .49 at .55, and .92 with 我们知道你家住哪 quoted in the same report); trained also
    # on N, O and batches ag to ak (52827d1's session), .77 at .50, against .99 for the words said to the reader; trained
    # also on P, Q and batch al (c47cb84's session), .80 at .53 against .99. The phrase rules flag this report with every
    # one of these models. Trained also on AT-AW and batches BD-BI (1b0a075's session), .86 at .67 against 1.00. The
    # report still scores well below the threat.
    threat = "你女儿在哪所幼儿园我们都知道，钱今天必须到账。"
    assert violence(f"据晚报报道，借款人收到的短信写着：“{threat}”") < violence(threat) - 0.1
    # an authority as sender is impersonation
    assert "misleading.impersonation" in judged("【云州市中级人民法院】周某，你在禾木金融的欠款请于本周五前与平台结清。")
    # (a bare notice to a respondent to contact the applicant reads as a genuine body's since batches BX and CB, with
    # genuine arbitration notices, joined training: 0.75 at 0.82; one that collects a lender's debt does not)
    assert "misleading.impersonation" in judged("【云州仲裁委员会】周某，你在禾木金融的欠款请于本周五前与平台结清。")
    # their lawful twins: a lawful judgment reported, a lender warning against those who pose as an authority
    assert judged("法院审理查明，被告周某向原告禾木金融借款6000元未按约归还，判决其于判决生效后十日内偿还本金及利息。") == set()
    assert judged("【禾木金融】反诈提醒：有人冒充“云州仲裁委员会”发短信让您缴纳执行费，仲裁机构不会短信收费，请勿转账。") == set()


def test_cold_offensive_comments_weigh_less_than_safe_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("sklearn")
    import training.train_wording_model as trainer

    (tmp_path / "train.csv").write_text(",split,topic,label,TEXT\n1,train,region,1,一条冒犯的评论\n2,train,race,0,一条普通的评论\n",
                                        encoding="utf-8-sig")
    monkeypatch.setattr(trainer, "COLD_DIR", tmp_path)
    offensive, safe = trainer.read_cold("train")
    assert (offensive["labels"], safe["labels"]) == (["abuse.insult"], [])
    # safe comments weigh more than a corpus sample, for insults and the other columns alike: they teach what ordinary
    # comments are, so that an insult or a threat stands out from them
    assert offensive["weight"] == trainer.COLD_OFFENSIVE_WEIGHT < 1 < safe["weight"] == trainer.COLD_SAFE_WEIGHT
    assert offensive["insult_weight"] == trainer.COLD_OFFENSIVE_WEIGHT < 1 < safe["insult_weight"]


def test_thresholds_are_written_under_their_own_category_even_after_a_commented_header(tmp_path: Path) -> None:
    import training.train_wording_model as trainer

    path = tmp_path / "model.yml"
    path.write_text("categories:\n  coercion.debt_rollover:\n    threshold: 0.5    # old\n"
                    "  pii.third_party_disclosure:   # only to third parties\n    threshold: 0.5    # old\n",
                    encoding="utf-8")
    trainer.write_thresholds(path, {"coercion.debt_rollover": (0.6, 1.0, 0.8),
                                    "pii.third_party_disclosure": (0.55, 0.96, 0.6)})
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[2] == "    threshold: 0.6    # dev precision 1.00, recall 0.80"
    assert lines[3] == "  pii.third_party_disclosure:   # only to third parties"
    assert lines[4] == "    threshold: 0.55    # dev precision 0.96, recall 0.60"


def test_the_insult_threshold_keeps_within_the_anti_bias_limit() -> None:
    import training.train_wording_model as trainer

    # 120 insults (20 scored 0.99, 100 scored 0.8) and 10 anti-bias comments, one scored 0.95 and one 0.85
    scores = np.r_[np.full(20, 0.99), np.full(100, 0.8), 0.95, 0.85, np.full(8, 0.1)]
    truth = np.r_[np.ones(120, bool), np.zeros(10, bool)]
    anti_bias = ~truth
    assert trainer.choose_threshold(scores, truth, [])[0] == 0.5      # precision 120/122 alone allows the lowest
    # one of ten at most: just above the second anti-bias comment
    assert trainer.choose_threshold(scores, truth, [(anti_bias, 0.1)])[0] == 0.86
    # the comment scored 0.85 is one whose finding fusion drops: only the one scored 0.95 counts, of the same ten
    kept = np.r_[np.ones(121, bool), False, np.ones(8, bool)]
    assert trainer.choose_threshold(scores, truth, [(anti_bias, 0.1, kept)])[0] == 0.5
    assert trainer.ANTI_BIAS_CUES.search("地域黑真的没意思，不能因为一个人就否定一个省") is not None


def write_config(tmp_path: Path, entry: str) -> Path:
    path = tmp_path / "model.yml"
    path.write_text(f"categories:\n  abuse.insult:\n{entry}", encoding="utf-8")
    return path


@pytest.mark.parametrize(("entry", "message"), [
    ("    threshold: 0.5\n    severity: high\n    regulation: r\n    explanation: e\n", "at most medium"),
    ("    threshold: 1.5\n    severity: low\n    regulation: r\n    explanation: e\n", "threshold"),
    ("    threshold: yes\n    severity: low\n    regulation: r\n    explanation: e\n", "threshold"),
    ("    threshold: 0.5\n    severity: low\n    regulation: r\n", "needs exactly"),
    ("    threshold: 0.5\n    severity: low\n    regulation: ''\n    explanation: e\n", "regulation"),
    ("    threshold: 0.5\n    threshold_in_debt_talk: 0.6\n    severity: low\n    regulation: r\n    explanation: e\n",
     "at most the threshold"),
    ("    threshold: 0.5\n    threshold_in_dialect: 0.4\n    severity: low\n    regulation: r\n    explanation: e\n",
     "needs exactly"),
])
def test_the_config_is_checked_and_errors_name_file_and_key(tmp_path: Path, entry: str, message: str) -> None:
    with pytest.raises(RulePackError, match=message) as error:
        load_config(write_config(tmp_path, entry))
    assert "model.yml" in str(error.value) and "abuse.insult" in str(error.value)


def test_the_shipped_config_caps_severity_and_covers_every_category() -> None:
    config = load_config(LEXICONS / "wording" / "context" / "model.yml")
    assert all(c.severity.rank <= Severity.MEDIUM.rank for c in config.values())
    assert len(config) == 8     # the seven wording categories and disclosures to third parties


def test_training_is_deterministic_and_ships_keys_that_own_their_slots() -> None:
    pytest.importorskip("sklearn")
    from training.train_wording_model import CATEGORIES, train, window_features

    texts = [(f"{c}的第{i}句话。请按时还款", [c]) for c in CATEGORIES for i in range(3)] + [("请按时还款谢谢", [])] * 5
    samples = [{"text": t, "labels": labels} for t, labels in texts]
    for sample in samples:
        sample["_windows"] = window_features(sample)
    first, second = train(samples), train(samples)
    assert all(np.array_equal(a, b) for a, b in zip(first, second))
    keys = first[0]
    assert len(np.unique(slot_of(keys))) == len(keys) > 0


def test_training_learns_the_violating_sentence_of_a_mixed_message_not_its_lawful_template() -> None:
    pytest.importorskip("sklearn")
    from training.train_wording_model import CATEGORIES, agent_views, train, window_features

    template = "您本期账单已逾期请尽快通过官方渠道还款"
    threats = ["再不还就打断你的腿", "小心你家孩子放学路上", "我们的人今晚就到你家门口", "出门注意点别出什么意外"]
    lawful = ["如有困难可申请分期", "感谢您的支持", "退订回T", "客服热线四零零"]
    samples = [{"text": f"{template}。{t}", "labels": ["threat.violence"]} for t in threats for _ in range(3)]
    samples += [{"text": f"{template}。{t}", "labels": []} for t in lawful for _ in range(3)]
    samples += [{"text": f"{c}的说法", "labels": [c]} for c in CATEGORIES for _ in range(2)]
    for sample in samples:
        sample["_windows"] = window_features(sample)
    keys, weights, bias = train(samples)
    config = {c: CategoryConfig(0.5, Severity.MEDIUM, "法规", "模型判断。") for c in CATEGORIES}
    classifier = WordingClassifier(keys, weights, bias, CATEGORIES, config)
    violence = CATEGORIES.index("threat.violence")
    template_alone = classifier.scores(agent_views({"text": template}))[violence]
    threat_alone = classifier.scores(agent_views({"text": threats[0]}))[violence]
    assert threat_alone > 0.5 > template_alone


def test_digits_share_their_n_grams() -> None:
    # amounts, days and case numbers differ in every message: read as 0, 逾期12天 and 逾期98天 are one feature
    assert sorted(gram_keys(["逾期12天"])) == sorted(gram_keys(["逾期98天"]))
    assert sorted(gram_keys(["逾期12天"])) != sorted(gram_keys(["逾期一二天"]))
    assert gram_text(int(max(gram_keys(["期12"])))) == "期00"


def test_windows_are_the_speech_its_turns_its_sentences_and_their_pairs() -> None:
    one = normalise("请按时还款。否则后果自负！谢谢")
    assert windows([one]) == ["请按时还款否则后果自负谢谢", "请按时还款", "否则后果自负", "谢谢",
                              "请按时还款否则后果自负", "否则后果自负谢谢"]
    two = [normalise("您好"), normalise("请还款")]
    assert windows(two) == ["您好\x00请还款", "您好", "请还款"]
    assert windows([normalise("只有一句")]) == ["只有一句"]


def test_a_violating_sentence_is_not_diluted_by_a_long_lawful_template() -> None:
    classifier = tiny_classifier()
    threat = "再不还就打断你的腿"
    lawful = "尊敬的客户，您好，您本期账单已出，请于本月五日前通过官方渠道还款，如已还款请忽略本短信，感谢您的支持"
    alone = classifier.scores([normalise(threat)])[0]
    buried = classifier.scores([normalise(f"{lawful}。{threat}。{lawful}")])[0]
    whole_only = classifier.window_scores([windows([normalise(f"{lawful}。{threat}。{lawful}")])[0]])[0][0]
    assert buried == pytest.approx(alone) and whole_only < alone


def test_a_batch_scores_each_message_as_the_best_of_its_windows_scored_alone() -> None:
    """scores_many sums the windows' n-grams by span, without building their strings: the same scores as
    window_scores of each of `windows`, edge cases included (no speech, an empty turn, one-character sentences,
    several turns, traditional characters)."""
    classifier = WordingClassifier.load(LEXICONS)
    messages = [[], [normalise("")], [normalise("。"), normalise("")], [normalise("你")],
                [normalise("再不還錢。就去你家！等著")], [normalise("不还钱就上门。你等着。"), normalise("好")],
                [normalise("a。b。c")], [normalise("你是骗子，我们会找你单位领导。"), normalise("x"), normalise("还钱")]]
    mixed = WordingClassifier(*_tiny_parts(classifier), message_mix=0.5)
    for scored in (classifier, mixed):      # each window framed by its whole speech (the first window), or not
        expected = [scored.window_scores(pieces, pieces[0]).max(axis=0) if pieces
                    else np.zeros(len(scored.categories))
                    for pieces in (windows(views) if views else [""] for views in messages)]
        for batch in (messages, messages[::-1]):
            wanted = expected if batch is messages else expected[::-1]
            np.testing.assert_allclose(scored.scores_many(batch), np.array(wanted), rtol=0, atol=1e-12)


def test_the_whole_speech_frames_every_window_by_the_message_mix() -> None:
    """A threat quoted in a complaint (投诉 in another sentence) is the sent threat's sentence: scored alone, that window
    flags the complaint; with the whole speech's logit mixed into each window's, the complaint's frame lowers it. A
    message of one sentence scores the same either way (its one window is its whole speech)."""
    grams = {"打断": (40.0, 0.0), "废物": (0.0, 40.0), "投诉": (-80.0, -80.0)}
    keys = np.array([int(gram_keys([g])[-1]) for g in grams], dtype=np.uint64)
    order = np.argsort(keys)
    config = {c: CategoryConfig(0.5, Severity.MEDIUM, "法规", "模型判断。") for c in (VIOLENCE, INSULT)}
    parts = (keys[order], np.array(list(grams.values()), dtype=np.float32)[order], np.array([-3.0, -3.0]),
             (VIOLENCE, INSULT), config)
    alone, framed = WordingClassifier(*parts), WordingClassifier(*parts, message_mix=0.5)
    sent = [normalise("再不还就打断你的腿")]
    quoted = [normalise("我要投诉贵公司。催收员说再不还就打断你的腿")]
    assert framed.scores(sent)[0] == alone.scores(sent)[0] > 0.5
    assert alone.scores(quoted)[0] > 0.5 > framed.scores(quoted)[0]
    with pytest.raises(ValueError, match="message mix"):
        WordingClassifier(*parts, message_mix=1.0)


def test_the_message_mix_ships_with_the_model_and_an_older_model_scores_windows_alone(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    from training.train_wording_model import write_model

    shipped = WordingClassifier.load(LEXICONS)
    keys, weights, bias, categories, _ = _tiny_parts(shipped)
    write_model(tmp_path / "mixed.npz", keys, weights, bias, categories, 0.25)
    np.savez_compressed(tmp_path / "older.npz", keys=keys, weights=weights, bias=bias, categories=np.array(categories))
    assert WordingClassifier.load(LEXICONS, model=tmp_path / "mixed.npz").message_mix == 0.25
    older = WordingClassifier.load(LEXICONS, model=tmp_path / "older.npz")
    assert older.message_mix == 0.0
    views = [normalise("我要投诉贵公司。催收员说再不还就上门找你")]
    assert np.array_equal(older.scores(views), WordingClassifier(*_tiny_parts(shipped)).scores(views))


def test_a_message_scores_the_same_alone_and_in_any_batch() -> None:
    """The windows of a batch are laid out per message and shifted into the joined text: each message's scores are
    bit for bit those it gets alone, wherever it stands among messages of one or several views."""
    classifier = WordingClassifier.load(LEXICONS)
    messages = [[normalise("不还钱就上门。你等着。再不还就打断你的腿")], [], [normalise("")],
                [normalise("你是骗子，我们会找你单位领导。"), normalise("x"), normalise("还钱。马上")],
                [normalise("【晴川消费金融】您的账单已逾期。请尽快还款")], [normalise("好")]]
    alone = np.array([classifier.scores(views) for views in messages])
    assert np.array_equal(classifier.scores_many(messages), alone)
    assert np.array_equal(classifier.scores_many(messages[::-1]), alone[::-1])


def test_strengths_of_many_pieces_are_each_piece_s_summed_weights() -> None:
    classifier = WordingClassifier.load(LEXICONS)
    pieces = ["再不还钱就去你家", "", "a", "请于本月五日前通过官方渠道还款", "你等着", "再不还钱就去你家"]
    for category in classifier.categories:
        column = classifier.categories.index(category)
        alone = [float(classifier._weights[classifier._rows(gram_keys([p])), column].sum()) for p in pieces]
        assert classifier.strengths(pieces, category) == alone
        assert classifier.strengths(pieces[::-1], category) == alone[::-1]     # kept by piece: the same again
    # kept by the piece as the n-grams read it: an amount of other digits is the same piece, one of other words is not
    column = classifier.categories.index("threat.violence")
    first, second, other = classifier.strengths(["欠款1234元再不还就上门", "欠款5678元再不还就上门", "欠款一二三四元再不还就上门"],
                                                "threat.violence")
    assert first == second == float(classifier._weights[classifier._rows(gram_keys(["欠款0000元再不还就上门"])), column].sum())
    assert other != first


def test_a_classifier_finding_on_advice_against_what_it_names_is_dropped() -> None:
    classifier = tiny_classifier()
    advising = WordingClassifier(*_tiny_parts(classifier), advice_against=("不建议",))
    threat = Message("m1", "c", "sms", text="再不还就打断你的腿")
    advice = Message("m1", "c", "sms", text="不建议打断你的腿")
    assert [f.category for f in analyse(advising, threat, [])] == [VIOLENCE]
    assert analyse(advising, advice, []) == []
    assert [f.category for f in analyse(classifier, advice, [])] == [VIOLENCE]


def test_a_category_the_caller_clears_everywhere_is_judged_before_its_sentence_is_sought(monkeypatch) -> None:
    import audit.classifier as classifier_module

    classifier = tiny_classifier()
    message = Message("m1", "c", "sms", text="请配合。小心我把你的腿打断！")
    segments = list(message.agent_segments())
    views = [normalise(s.text) for s in segments]
    asked: list[str] = []

    def cleared(category: str) -> bool:
        asked.append(category)
        return True

    sought = classifier_module._strongest_view_sentence
    monkeypatch.setattr(classifier_module, "_strongest_view_sentence", lambda *args: pytest.fail("sentence sought"))
    assert fuse(classifier, message, segments, views, [], cleared=cleared) == [] and asked == [VIOLENCE]
    monkeypatch.setattr(classifier_module, "_strongest_view_sentence", sought)
    # the gate's review band: the finding stays, low and marked as cleared, on its strongest sentence
    reviewed = fuse(classifier, message, segments, views, [], review_band={VIOLENCE: 0.5}, cleared=cleared)
    assert [(f.rule_id, f.severity, f.evidence) for f in reviewed] == [
        ("model.threat.violence.cleared", Severity.LOW, "小心我把你的腿打断")]
    assert [f.rule_id for f in fuse(classifier, message, segments, views, [], cleared=lambda c: False)] == [
        "model.threat.violence"]


def _tiny_parts(classifier: WordingClassifier) -> tuple:
    keys = classifier._keys[1:]
    return keys, classifier._weights[1:], classifier._bias, classifier.categories, classifier.config


@pytest.mark.parametrize("key", ["advice_against", "speaks_of_prejudice", "addressees"])
def test_the_word_lists_must_be_lists_of_words(tmp_path: Path, key: str) -> None:
    from audit.classifier import load_words

    path = tmp_path / "model.yml"
    path.write_text(f"{key}: 歧视\ncategories: {{}}\n", encoding="utf-8")
    with pytest.raises(RulePackError, match=key):
        load_words(path, key)


def _model_only_insults(classifier: WordingClassifier, text: str) -> list[Finding]:
    """The insult findings fusion gives `text` when the classifier alone is sure of an insult and no rule fires."""
    message = Message(message_id="m", campaign_id="c", channel="sms", text=text)
    segments = list(message.agent_segments())
    views = [normalise(s.text) for s in segments]
    scores = np.zeros(len(classifier.categories))
    scores[classifier.categories.index("abuse.insult")] = 0.999          # as if the n-grams were sure
    return [f for f in fuse(classifier, message, segments, views, [], scores) if f.category == "abuse.insult"]


def test_an_insult_the_classifier_alone_finds_in_talk_of_prejudice_is_dropped() -> None:
    shipped = WordingClassifier.load(LEXICONS)
    assert "歧视" in shipped.speaks_of_prejudice
    classifier = WordingClassifier(*_tiny_parts(shipped), speaks_of_prejudice=("歧视",))

    assert [f.detector for f in _model_only_insults(classifier, "你这种人就是欠收拾")] == ["model"]
    assert _model_only_insults(classifier, "说河南人偷井盖就是地域歧视，请你尊重别人") == []


def test_an_insult_the_classifier_alone_finds_where_the_addressee_is_called_prejudiced_stands() -> None:
    shipped = WordingClassifier.load(LEXICONS)
    assert "歧视" in shipped.prejudice_of_addressee
    classifier = WordingClassifier(*_tiny_parts(shipped), speaks_of_prejudice=("歧视", "地域黑"),
                                   prejudice_of_addressee=("歧视", "地域黑"))

    assert [f.detector for f in _model_only_insults(classifier, "你这分明就是歧视外地人，心眼真小")] == ["model"]
    assert [f.detector for f in _model_only_insults(classifier, "说来说去，你这个地域黑")] == ["model"]
    # prejudice condemned in general, the 你 in a clause of its own or too far before the word: still dropped
    assert _model_only_insults(classifier, "你要明白，地域黑要不得") == []
    assert _model_only_insults(classifier, "你跟我说说，为什么网上总有人喜欢歧视外地人") == []


def test_an_insult_the_classifier_alone_finds_aimed_at_the_reader_beside_talk_of_prejudice_stands() -> None:
    shipped = WordingClassifier.load(LEXICONS)
    classifier = WordingClassifier(*_tiny_parts(shipped), speaks_of_prejudice=("歧视",), prejudice_of_addressee=("歧视",))

    # the sentence the insult is placed on speaks to the reader and names no prejudice: an attack on that person
    assert [f.detector for f in _model_only_insults(classifier, "别扯什么地域歧视。你真是个没脑子的东西！")] == ["model"]
    # the reader addressed in a sentence of its own, the strongest one naming the prejudice: talk of prejudice
    assert _model_only_insults(classifier, "你说得对。说河南人偷井盖就是地域歧视，大家要互相尊重。") == []
    assert _model_only_insults(classifier, "说河南人偷井盖就是地域歧视，请你尊重别人") == []


def test_why_an_insult_the_classifier_alone_finds_is_dropped() -> None:
    from audit.classifier import CONFIG_FILE, insult_blind_reason, load_words

    classifier = WordingClassifier(*_tiny_parts(WordingClassifier.load(LEXICONS)), speaks_of_prejudice=("歧视",),
                                   addressees=("你", "他"), prejudice_of_addressee=("歧视",),
                                   reader_belittled=load_words(LEXICONS / CONFIG_FILE, "reader_belittled"))

    def reason(text: str) -> str | None:
        return insult_blind_reason(classifier, [normalise(text)])

    assert reason("说河南人偷井盖就是地域歧视，请你尊重别人") == "prejudice"
    assert reason("这家店的菜难吃得要命，服务也差") == "no addressee"
    assert reason("你这分明就是歧视外地人") is None
    assert reason("你这种人就是欠收拾") is None
    # talk of prejudice beside a verdict on the wits or temper of the person answered: an attack on that person
    assert reason("东北人是地域歧视的受害者，头一次听说受害者挑起冲突的。你自己说话绕来绕去没有逻辑吗") is None
    assert reason("他说自己被歧视了。所以这人心态极度不正常") is None
    # … but not where that verdict sits in the sentence naming the prejudice, nor talk of prejudice alone
    assert reason("别太无知地搞地域歧视，大家要互相尊重，你说呢") == "prejudice"
    assert reason("我反对地域歧视，你要知道人都是以一见百的") == "prejudice"


def test_an_insult_the_classifier_alone_finds_where_no_one_is_addressed_is_dropped() -> None:
    shipped = WordingClassifier.load(LEXICONS)
    assert {"你", "您", "他", "楼主"} <= set(shipped.addressees)
    classifier = WordingClassifier(*_tiny_parts(shipped), addressees=("你", "他"))

    assert [f.detector for f in _model_only_insults(classifier, "他那种人就是个骗子")] == ["model"]
    assert _model_only_insults(classifier, "这家店的菜难吃得要命，服务也差") == []      # a remark about a thing: no one addressed


def test_a_lenders_signature_and_unfilled_placeholders_are_not_read_but_an_authoritys_signature_is() -> None:
    hidden = feature_text(normalise("【晴川消费金融】#姓名#您好，本期应还{amount}元，截至${date}。[客户姓名]"))
    assert hidden.replace("\x00", "") == "您好本期应还元截至"
    assert len(hidden) == len(normalise("【晴川消费金融】#姓名#您好，本期应还{amount}元，截至${date}。[客户姓名]").text)
    assert feature_text(normalise("请尽快还款【青禾小贷】")) == "请尽快还款" + "\x00" * 4
    assert feature_text(normalise("【临江市人民法院】请速还款")) == "临江市人民法院请速还款"     # who signs decides
    assert feature_text(normalise("逾期请还款")) == "逾期请还款"
    # a signature's width is kept by its text: the same one opening a text, closing another, with spaces around it or
    # a traditional character in it, hides its view characters and nothing more, the first time and again
    for _ in range(2):
        assert feature_text(normalise(" 【晴川 消費金融】 请还款")) == "\x00" * 6 + "请还款"
        assert feature_text(normalise("请还款 【晴川 消費金融】\n")) == "请还款" + "\x00" * 6
        assert feature_text(normalise("【晴川 消費金融】请还款【青禾小贷】")) == "\x00" * 6 + "请还款" + "\x00" * 4
    # the same message under two lenders' signatures scores the same
    classifier = WordingClassifier.load(LEXICONS)
    assert np.array_equal(classifier.scores([normalise("【晴川消费金融】您的账单已逾期，请尽快还款。")]),
                          classifier.scores([normalise("【麦穗分期】您的账单已逾期，请尽快还款。")]))


def test_the_insult_column_is_blind_to_the_names_of_groups_and_of_discrimination() -> None:
    pytest.importorskip("sklearn")
    from training.train_wording_model import CATEGORIES, naming_a_group, train, window_features

    keys = np.unique(gram_keys(["河南人偷井盖你这个垃圾"]))
    named = {gram_text(int(k)) for k in keys[naming_a_group(keys)]}
    assert {"河南", "河南人", "井盖", "偷井", "井"} <= named
    assert not named & {"垃圾", "你这个", "你", "偷"}
    # a group's name that only insults hold still weighs nothing for insults, while another column may use it
    samples = [{"text": f"河南人都是垃圾{i}", "labels": ["abuse.insult", "threat.violence"]} for i in range(4)]
    samples += [{"text": f"{c}的说法", "labels": [c]} for c in CATEGORIES for _ in range(2)]
    samples += [{"text": "请按时还款谢谢", "labels": []}] * 4
    for sample in samples:
        sample["_windows"] = window_features(sample)
    shipped, weights, _ = train(samples)
    row = int(np.flatnonzero(shipped == gram_keys(["河南"]).max())[0])
    assert weights[row, CATEGORIES.index("abuse.insult")] == 0
    assert weights[row, CATEGORIES.index("threat.violence")] > 0
