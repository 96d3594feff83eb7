"""The gate's `rule_review_below`: a phrase rule's block the wording classifier does not corroborate goes to a person."""

import textwrap

import pytest

from audit.analysers.wording import WordingAnalyser
from audit.gate import DecisionTable, Gate
from audit.normalise import normalise
from audit.policy import PolicyError, load_policy
from tests.test_corroboration import FALSE_DEADLINE, LAWFUL_LETTER
from tests.test_gate import id_number

# wording.legal.jail; the classifier scores it below its threshold, and it is long enough to be asked (min_speech_chars)
JAIL = "您这笔账逾期不还会坐牢的，请您务必在本周内把这件事处理好。"
SHORT_JAIL = "逾期不还会坐牢的。"     # the same rule in speech too short for the classifier to read (min_speech_chars)
LEG = "再不还钱就去你家打断你的腿。"               # wording.violence.bodily_harm, and the classifier agrees


def sms(message_id: str, text: str) -> dict:
    return {"message_id": message_id, "campaign_id": "CMP-2026-03", "channel": "sms", "text": text}


@pytest.fixture(scope="module")
def jail_ratio() -> float:
    """The classifier's score for misleading.legal on JAIL, as a fraction of the category's threshold."""
    analyser = WordingAnalyser.from_lexicons()
    classifier = analyser.classifier
    # the premise: a rule_record rewrite may raise the length the classifier is asked from
    assert len(normalise(JAIL).text) >= analyser.corroboration.min_chars > len(normalise(SHORT_JAIL).text)
    score = classifier.scores([normalise(JAIL)])[classifier.categories.index("misleading.legal")]
    return float(score / classifier.config["misleading.legal"].threshold)


def floor_gate(tmp_path, floor: str) -> Gate:
    path = tmp_path / "floor.yml"
    path.write_text(textwrap.dedent(f"""\
        name: floored
        extends: cn-default
        gate:
          rule_review_below: {floor}
        """), encoding="utf-8")
    return Gate(path, analysers=("wording", "pii"), check_deadline_s=None)


def test_a_rule_block_the_classifier_scores_under_the_floor_is_reviewed_never_allowed(tmp_path, jail_ratio):
    assert 0.01 < jail_ratio < 1
    under = floor_gate(tmp_path, f"{{fraction: {min(1.0, round(jail_ratio * 1.1, 4))}, categories: [\"misleading.*\"]}}")
    verdict = under.check(sms("M-jail", JAIL))
    assert verdict.decision == "review"
    [reason] = verdict.reasons
    assert (reason.decision, reason.rule_id) == ("review", "wording.legal.jail")
    assert "未获佐证" in reason.explanation and "不拦截也不放行" in reason.explanation
    assert [f.rule_id for f in verdict.findings] == ["wording.legal.jail"]     # the finding itself is unchanged

    over = floor_gate(tmp_path, f"{{fraction: {round(jail_ratio * 0.9, 4)}, categories: [\"misleading.*\"]}}")
    assert over.check(sms("M-jail", JAIL)).decision == "block"
    assert floor_gate(tmp_path, "false").check(sms("M-jail", JAIL)).decision == "block"


def test_the_floor_leaves_corroborated_rules_other_categories_and_other_analysers_blocking(tmp_path):
    everything = floor_gate(tmp_path, "{fraction: 1.0, categories: [\"threat.*\", \"misleading.*\", \"pii.*\"]}")
    agreed = everything.check(sms("M-leg", LEG))
    assert agreed.decision == "block" and agreed.findings[0].score is not None
    both = everything.check(sms("M-both", JAIL + LEG))     # one corroborated block is enough
    assert both.decision == "block"
    # the rules' own reasons; the classifier's review band may add its near-threshold reviews beside them
    assert {(r.rule_id, r.decision) for r in both.reasons if r.rule_id.startswith("wording.")} == {
        ("wording.violence.bodily_harm", "block"), ("wording.legal.jail", "review")}
    threats_only = floor_gate(tmp_path, "{fraction: 1.0, categories: [\"threat.*\"]}")
    assert threats_only.check(sms("M-jail", JAIL)).decision == "block"
    id_card = everything.check(sms("M-id", f"请核对您的身份证号{id_number('11010119900307123')}。"))
    assert [(r.rule_id, r.decision) for r in id_card.reasons if r.decision == "block"] == [
        ("pii.unmasked.id_card", "block")]


def test_speech_too_short_for_the_classifier_keeps_the_rule_block(tmp_path):
    everything = floor_gate(tmp_path, "{fraction: 1.0, categories: [\"threat.*\", \"misleading.*\"]}")
    assert everything.check(sms("M-short", SHORT_JAIL)).decision == "block"
    assert everything.check(sms("M-long", JAIL)).decision == "review"


def test_cn_default_reviews_only_the_severe_rule_blocks_the_classifier_scores_well_below_its_threshold():
    table = DecisionTable.from_policy(load_policy("cn-default"))
    assert set(table.rule_floor) == {c for c in table.review_band}
    assert all(c.startswith(("threat.", "misleading.")) for c in table.rule_floor)
    assert 0 < max(table.rule_floor.values()) <= 0.3


@pytest.mark.parametrize(("floor", "key", "message"), [
    ("0.01", "gate.rule_review_below", "exactly 'fraction' and 'categories'"),
    ("{fraction: 0, categories: [\"threat.*\"]}", "gate.rule_review_below.fraction", "in (0, 1]"),
    ("{fraction: 0.01, categories: [threat.bogus]}", "gate.rule_review_below.categories", "matches no category"),
])
def test_a_bad_floor_names_the_policy_key(tmp_path, floor, key, message):
    with pytest.raises(PolicyError) as raised:
        floor_gate(tmp_path, floor)
    assert key in str(raised.value) and message in str(raised.value)



def test_a_rule_block_whose_own_sentence_the_classifier_corroborates_stays_blocked(tmp_path):
    analyser = WordingAnalyser.from_lexicons()
    classifier = analyser.classifier
    column = classifier.categories.index("misleading.legal")
    threshold = classifier.config["misleading.legal"].threshold
    whole = classifier.scores([normalise(LAWFUL_LETTER.format(claim=FALSE_DEADLINE))])[column] / threshold
    alone = classifier.scores([normalise(FALSE_DEADLINE)])[column] / threshold
    assert whole < alone < 1      # the premise: the letter dilutes the sentence's score
    between = floor_gate(tmp_path, f"{{fraction: {round(float(whole + alone) / 2, 4)}, categories: [\"misleading.*\"]}}")
    verdict = between.check(sms("M-letter", LAWFUL_LETTER.format(claim=FALSE_DEADLINE)))
    assert verdict.decision == "block"
    assert ("wording.legal.summons_deadline", "block") in {(r.rule_id, r.decision) for r in verdict.reasons}
    above = floor_gate(tmp_path, f"{{fraction: {min(1.0, round(float(alone) * 1.2, 4))}, categories: [\"misleading.*\"]}}")
    assert above.check(sms("M-letter", LAWFUL_LETTER.format(claim=FALSE_DEADLINE))).decision == "review"
    # a question asked back is no claim of the sentence's own: the letter's score decides
    asked = LAWFUL_LETTER.format(claim=FALSE_DEADLINE.replace("。", "？"))
    assert between.check(sms("M-asked", asked)).decision != "block"
