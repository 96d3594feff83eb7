"""The PIPL classifier beside the pii rules (issue 14): the shipped artefact, its fusion with the rules in the PII
analyser, and what its training reads."""

from __future__ import annotations

import pytest

from audit.analysers.pii import PIPL_CONFIG_FILE, PIPL_MODEL_FILE, PiiAnalyser
from audit.classifier import SEVERITY_CAP, WordingClassifier, load_config
from audit.finding import Finding
from audit.message import Message, Turn
from audit.paths import LEXICONS
from audit.rulepack import load_rules
from tests.pii_support import shared_finder
from training.pipl_corpus import DEV_SET_COUNT, MODEL_CATEGORIES, PIPL_FILES, dev_sets, pipl_samples

# a daughter's school and the lane she walks home by: a minor's data in words no pii rule reads
SCHOOL_AND_WAY_HOME = "你家妹子在实验中学读书，放学走的那条巷子黑得很。"


@pytest.fixture(scope="module")
def rules() -> list:
    return load_rules([LEXICONS], analyzer="pii")


@pytest.fixture(scope="module")
def fused(rules: list) -> PiiAnalyser:
    return PiiAnalyser(rules, finder=shared_finder())


@pytest.fixture(scope="module")
def rules_alone(rules: list) -> PiiAnalyser:
    return PiiAnalyser(rules, finder=shared_finder(), model=False)


def sms(text: str) -> Message:
    return Message(message_id="m", campaign_id="c", channel="sms", text=text, recipient_type="debtor")


def by_category(findings: list[Finding], category: str) -> list[Finding]:
    return [f for f in findings if f.category == category]


def test_the_shipped_model_scores_sensitive_and_excessive_only() -> None:
    classifier = WordingClassifier.load(LEXICONS, PIPL_MODEL_FILE, PIPL_CONFIG_FILE)
    assert classifier.categories == MODEL_CATEGORIES == ("pii.sensitive", "pii.excessive")
    config = load_config(LEXICONS / PIPL_CONFIG_FILE)
    assert all(c.severity.rank <= SEVERITY_CAP.rank and 0.5 <= c.threshold < 1 for c in config.values())
    assert PIPL_MODEL_FILE.stat().st_size < 2_000_000


def test_a_classifier_only_finding_carries_the_model_its_score_and_a_masked_sentence(
        fused: PiiAnalyser, rules_alone: PiiAnalyser) -> None:
    assert not by_category(rules_alone.analyse(sms(SCHOOL_AND_WAY_HOME)), "pii.sensitive")
    [finding] = by_category(fused.analyse(sms(SCHOOL_AND_WAY_HOME)), "pii.sensitive")
    assert (finding.analyzer, finding.detector, finding.rule_id) == ("pii", "model", "model.pii.sensitive")
    assert finding.score >= fused.classifier.config["pii.sensitive"].threshold
    assert finding.severity.rank <= SEVERITY_CAP.rank
    assert finding.evidence == "你家妹子在实验中学读书，放学走的那条巷子黑得很"
    named = "你家妹子郑小雨在实验中学读书，放学走的那条巷子黑得很。"        # the name in the sentence is masked
    [finding] = by_category(fused.analyse(sms(named)), "pii.sensitive")
    assert finding.detector == "model" and "郑小雨" not in finding.evidence and finding.evidence.startswith("你家妹子郑")


def test_where_a_rule_of_the_category_fires_the_rules_finding_stands(fused: PiiAnalyser,
                                                                    rules_alone: PiiAnalyser) -> None:
    text = "你每个礼拜四下午都去市三院精神科复诊吧。"
    alone = by_category(rules_alone.analyse(sms(text)), "pii.sensitive")
    together = by_category(fused.analyse(sms(text)), "pii.sensitive")
    assert alone and [f.rule_id for f in together] == [f.rule_id for f in alone]
    assert all(f.detector != "model" for f in together)


def test_what_the_rules_context_clears_the_classifier_does_not_overrule(fused: PiiAnalyser) -> None:
    # the callee speaks of the father's dialysis first: the agent's word on his medical bills tells back what they told
    call = Message(message_id="m", campaign_id="c", channel="call", recipient_type="debtor", turns=[
        Turn("agent", "蒲先生，您的账单已经逾期半个月了。"), Turn("customer", "我爸在做透析，这阵子钱都花在医院了"),
        Turn("agent", "您爸透析的钱都拿得出来，这点欠款也该先还上吧")])
    assert not by_category(fused.analyse(call), "pii.sensitive")


@pytest.mark.parametrize("text", [
    pytest.param("【安心分期】您本期账单1,280.00元将于6月8日到期，请按时还款。", id="a_due_date_reminder"),
    pytest.param("您提交的住院证明已收到，本期违约金已为您减免。", id="relief_granted_on_proof"),
    pytest.param("你家老人不是攒了点养老钱吗，先借来把这期还上。", id="urging_to_borrow_from_family_savings"),
])
def test_lawful_messages_get_no_classifier_finding(fused: PiiAnalyser, text: str) -> None:
    assert fused.analyse(sms(text)) == []


def test_training_reads_named_released_pipl_files_only() -> None:
    assert all(name.startswith("pipl_") and "heldout_bf" not in name for name in PIPL_FILES)
    assert len(set(PIPL_FILES)) == len(PIPL_FILES)
    with pytest.raises(ValueError, match="not a released PIPL file"):
        pipl_samples(["pipl_heldout_bf.jsonl"])
    with pytest.raises(ValueError, match="not a released PIPL file"):
        pipl_samples(["wording_heldout_b.jsonl"])


def test_dev_is_n_and_o_or_the_newest_two_before_them() -> None:
    assert dev_sets(PIPL_FILES) == ("pipl_heldout_n.jsonl", "pipl_heldout_o.jsonl")
    leave_out = {"pipl_heldout_n.jsonl", "pipl_heldout_o.jsonl"}
    assert dev_sets([n for n in PIPL_FILES if n not in leave_out]) == ("pipl_heldout_l.jsonl", "pipl_heldout_m.jsonl")
    assert DEV_SET_COUNT == 2
