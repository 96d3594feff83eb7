"""The evaluation command's metric code on toy inputs, and the labelled sets' validity per the contract."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import ClassVar

import pytest

from audit.analysers.base import MessageAnalyser
from audit.finding import Finding, Severity
from audit.message import Message, Turn
from benchmarks.eval import (
    NOTICE_ELEMENTS,
    NOTICE_SET,
    WORDING_CATEGORIES,
    WORDING_SETS,
    Labelled,
    Scores,
    corpus_dev_items,
    evaluate,
    evaluate_cold,
    load_labelled,
    predicted_categories,
    predicted_missing,
    run_wording_set,
    score_by_class,
)


class KeywordAnalyser(MessageAnalyser):
    """A stand-in wording analyser: one category per keyword, judged on the agent's words only."""

    name = "wording"
    keywords: ClassVar[dict[str, str]] = {"老赖": "abuse.insult", "坐牢": "misleading.legal", "通讯录": "threat.third_party"}

    def __init__(self) -> None:
        super().__init__([])

    def analyse(self, message: Message) -> list[Finding]:
        return [Finding(analyzer="wording", category=category, rule_id=f"toy.{category}", severity=Severity.HIGH,
                        campaign_id=message.campaign_id, regulation="", explanation="", message_id=message.message_id)
                for segment in message.agent_segments()
                for word, category in self.keywords.items() if word in segment.text]

    def example_matches(self, rule, text: str) -> bool:
        return False


def sms(message_id: str, text: str) -> Message:
    return Message(message_id=message_id, campaign_id="toy", channel="sms", text=text)


def test_scores_follow_their_definitions() -> None:
    s = Scores(tp=3, fp=1, fn=2)
    assert s.precision == pytest.approx(0.75)
    assert s.recall == pytest.approx(0.6)
    assert s.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Scores().precision == Scores().recall == Scores().f1 == 0.0


def test_score_by_class_counts_per_class_and_micro_and_ignores_unlabelled_classes() -> None:
    pairs = [
        ({"abuse.insult"}, {"abuse.insult"}),                         # tp insult
        ({"abuse.insult", "misleading.legal"}, {"misleading.legal"}),  # fn insult, tp legal
        (set(), {"threat.violence", "pii.sensitive"}),                 # fp violence; pii is not a wording class
    ]
    scores = score_by_class(pairs, ("abuse.insult", "misleading.legal", "threat.violence"))
    assert (scores["abuse.insult"].tp, scores["abuse.insult"].fn) == (1, 1)
    assert (scores["misleading.legal"].tp, scores["misleading.legal"].fp) == (1, 0)
    assert scores["threat.violence"].fp == 1
    assert (scores["micro"].tp, scores["micro"].fp, scores["micro"].fn) == (2, 1, 1)


def test_evaluate_scores_a_toy_set_with_a_keyword_analyser() -> None:
    analyser = KeywordAnalyser()
    items = [
        Labelled(sms("t1", "你这个老赖，再不还就等着坐牢。"), frozenset({"abuse.insult", "misleading.legal"})),
        Labelled(sms("t2", "再不还款就打遍你的联系人。"), frozenset({"threat.third_party"})),   # missed
        Labelled(sms("t3", "我们不会联系您通讯录里的任何人。"), frozenset()),                  # false flag
        Labelled(sms("t4", "您的账单已逾期，请尽快还款。"), frozenset()),
    ]
    result = evaluate(items, lambda m: predicted_categories(analyser, m), WORDING_CATEGORIES)
    micro = result.scores["micro"]
    assert (micro.tp, micro.fp, micro.fn) == (2, 1, 1)
    assert (result.flagged_clean, result.clean) == (1, 2)
    assert result.false_flag_rate == pytest.approx(0.5)
    assert [m.message_id for m, _, _ in result.errors] == ["t2", "t3"]


def test_errors_of_lists_the_named_detectors_misjudged_messages(capsys: pytest.CaptureFixture[str]) -> None:
    analyser = KeywordAnalyser()
    items = [Labelled(sms("t1", "你这个老赖，再不还就等着坐牢。"), frozenset({"abuse.insult", "misleading.legal"})),
             Labelled(sms("t2", "我们不会联系您通讯录里的任何人。"), frozenset())]
    detectors = {"rules": lambda m: predicted_categories(analyser, m), "model": lambda m: set(),
                 "both": lambda m: predicted_categories(analyser, m) - {"threat.third_party"}}
    listed = {}
    for errors_of in ("rules", "model", "both"):
        run_wording_set("toy", items, detectors, errors=5, errors_of=errors_of)
        listed[errors_of] = [line.split()[1] for line in capsys.readouterr().out.splitlines()
                             if line.startswith("  - ")]
    assert listed == {"rules": ["t2"], "model": ["t1"], "both": []}


def test_customer_words_are_not_predictions() -> None:
    call = Message(message_id="c1", campaign_id="toy", channel="call",
                   turns=[Turn("agent", "您好，提醒您按时还款。"), Turn("customer", "你们才是老赖，坐牢去吧！")])
    assert predicted_categories(KeywordAnalyser(), call) == set()


def test_predicted_missing_reads_elements_from_rule_ids() -> None:
    class MissingDeadline(KeywordAnalyser):
        name = "notice"
        channels = frozenset({"notice"})

        def analyse(self, message: Message) -> list[Finding]:
            return [Finding(analyzer="notice", category="notice.missing_element", rule_id="notice.missing.deadline",
                            severity=Severity.MEDIUM, campaign_id="toy", regulation="", explanation="",
                            message_id=message.message_id)]

    letter = Message(message_id="n1", campaign_id="toy", channel="notice", text="催收通知函\n您的借款已逾期30天。")
    assert predicted_missing(MissingDeadline(), letter) == {"deadline"}
    assert predicted_missing(MissingDeadline(), sms("s1", "请还款")) == set()   # not a notice: not judged


def test_evaluate_cold_counts_safe_flags_and_insult_recall() -> None:
    rows = [
        {"label": "0", "fine-grained-label": "0", "TEXT": "今天天气不错"},
        {"label": "0", "fine-grained-label": "3", "TEXT": "别随便骂人老赖"},          # safe but flagged
        {"label": "1", "fine-grained-label": "1", "TEXT": "你就是个老赖"},            # attack caught
        {"label": "1", "fine-grained-label": "1", "TEXT": "你这种人真恶心"},          # attack missed
        {"label": "1", "fine-grained-label": "2", "TEXT": "那帮人都是老赖"},          # group attack: not counted
    ]
    result = evaluate_cold(KeywordAnalyser(), rows)
    assert (result.safe_flagged, result.safe) == (1, 2)
    assert (result.attack_individual_insult, result.attack_individual) == (1, 2)
    assert result.insult_recall == pytest.approx(0.5)
    assert result.rules_on_safe == Counter({"toy.abuse.insult": 1})


# ---------------------------------------------------------------- the labelled sets themselves


@pytest.fixture(scope="module")
def wording_set() -> list[Labelled]:
    return load_labelled(WORDING_SETS[-1], "labels")


@pytest.fixture(scope="module")
def notice_set() -> list[Labelled]:
    return load_labelled(NOTICE_SET, "missing")


def test_wording_set_is_valid_and_mixed_like_a_held_out_set(wording_set: list[Labelled]) -> None:
    assert len(wording_set) >= 600
    assert len({i.message.message_id for i in wording_set}) == len(wording_set)
    assert all(i.expected <= set(WORDING_CATEGORIES) for i in wording_set)
    compliant = sum(1 for i in wording_set if not i.expected) / len(wording_set)
    assert 0.5 <= compliant <= 0.6
    assert {i.message.channel for i in wording_set} == {"sms", "app", "email", "notice", "call"}
    per_category = Counter(c for i in wording_set for c in i.expected)
    assert all(per_category[c] >= 30 for c in WORDING_CATEGORIES), per_category
    assert sum(1 for i in wording_set if len(i.expected) > 1) >= 30


def test_wording_set_has_calls_in_both_forms_and_customer_only_abuse(wording_set: list[Labelled]) -> None:
    calls = [i for i in wording_set if i.message.channel == "call"]
    as_text = [i for i in calls if i.message.text is not None]     # speaker-prefixed lines; the rest came as turns
    assert len(as_text) >= 50 and len(calls) - len(as_text) >= 50
    customer_abuse = [i for i in calls if not i.expected and any(
        t.speaker == "customer" and any(w in t.text for w in ("sb", "骗子", "他妈", "滚", "傻逼"))
        for t in i.message.turns)]
    assert len(customer_abuse) >= 10


def test_wording_set_sentences_are_varied(wording_set: list[Labelled]) -> None:
    sentences = {s for i in wording_set for seg in i.message.agent_segments()
                 for s in seg.text.replace("？", "。").replace("！", "。").split("。") if len(s) > 4}
    assert len(sentences) >= 400


def test_notice_set_is_valid_with_a_third_complete(notice_set: list[Labelled]) -> None:
    assert len(notice_set) >= 80
    assert all(i.message.channel == "notice" for i in notice_set)
    assert all(i.expected <= set(NOTICE_ELEMENTS) and len(i.expected) <= 3 for i in notice_set)
    complete = sum(1 for i in notice_set if not i.expected)
    assert 0.25 <= complete / len(notice_set) <= 0.4
    assert set().union(*(i.expected for i in notice_set)) == set(NOTICE_ELEMENTS)


# ---------------------------------------------------------------- the command


def test_command_prints_notice_figures() -> None:
    from click.testing import CliRunner

    from benchmarks.eval import main

    result = CliRunner().invoke(main, ["--section", "notice", "--errors", "0"])
    assert result.exit_code == 0, result.output
    assert "== notice" in result.output and "micro" in result.output
    assert all(element in result.output for element in NOTICE_ELEMENTS)


def test_command_skips_a_section_whose_analyser_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    import audit.analysers
    from benchmarks.eval import main

    def missing(names, **options):
        raise ModuleNotFoundError("No module named 'audit.analysers.wording'")

    monkeypatch.setattr(audit.analysers, "build_analysers", missing)
    result = CliRunner().invoke(main, ["--section", "wording"])
    assert result.exit_code == 0, result.output
    assert "analyser not available" in result.output and "section skipped" in result.output


def test_wording_set_option_judges_only_the_files_named(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from benchmarks.eval import main

    chosen = tmp_path / "fresh_batch.jsonl"
    records = [{"message_id": "F-1", "campaign_id": "fresh", "channel": "sms", "text": "你再不还钱，我们就去你单位找你领导。",
                "labels": ["threat.third_party"]},
               {"message_id": "F-2", "campaign_id": "fresh", "channel": "sms", "text": "您的账单已出，请按时还款。", "labels": []}]
    chosen.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    result = CliRunner().invoke(main, ["--section", "wording", "--errors", "0", "--wording-set", str(chosen)])
    assert result.exit_code == 0, result.output
    judged = [line for line in result.output.splitlines() if line.startswith("== wording")]
    assert judged == ["== wording: fresh_batch.jsonl: 2 messages, 1 violating"]
    assert "compliant flagged 0.000 (0/1)" in result.output


def test_corpus_dev_split_is_the_synthetic_families_as_messages() -> None:
    # the corpus's dev split also holds released sets' agent speech (no channel); those are judged as their own files
    from training import WORDING_CORPUS

    items = corpus_dev_items(WORDING_CORPUS)
    sources = Counter(json.loads(line).get("source", "synthetic") for line in WORDING_CORPUS.open(encoding="utf-8")
                      if '"split": "dev"' in line)
    assert len(items) == sources["synthetic"] and len(sources) > 1
    assert all(item.message.channel in {"sms", "call", "app", "notice", "email"} for item in items)
