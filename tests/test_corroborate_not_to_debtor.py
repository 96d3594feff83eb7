"""Rule findings in a message not addressed to the debtor (corroboration.yml's `not_to_debtor_fraction`,
`WordingAnalyser._corroborated_not_to_debtor`): where the wording classifier scores the whole speech below that
fraction of the category's threshold, a scan drops them and the gate reviews them; to the debtor they stand as before."""

from __future__ import annotations

from dataclasses import replace

import pytest

from audit.analysers import build_analysers
from audit.analysers.wording import Corroboration, WordingAnalyser, mostly_latin, speech_view
from audit.errors import RulePackError
from audit.message import Message
from audit.pipeline import analyse_message
from audit.vocabulary import Severity

# Invented: a bystander's comment on what collectors elsewhere did; the exposure rule reads the act itself
HEARSAY = "听说隔壁县有催收的把欠款人的照片印成传单到处发，这种做法真让人寒心。"
# ... and an English threat: the classifier, trained on Chinese, reads little of it, so its silence is not asked
ENGLISH = "Unless you pay by Friday, we will post your overdue notice in the block WhatsApp group and on our Facebook page."
EXPOSURE = "threat.exposure"


def sent(text: str, recipient_type: str) -> Message:
    return Message(message_id="M-1", campaign_id="CMP-1", channel="sms", text=text, recipient_type=recipient_type)


@pytest.fixture(scope="module")
def analysers() -> list:
    return build_analysers(["wording", "pii"])


def categories(analysers: list, message: Message) -> set[str]:
    return {f.category for f in analyse_message(message, analysers)}


def test_the_shipped_policy_asks_messages_not_to_the_debtor(analysers):
    wording: WordingAnalyser = analysers[0]
    assert wording.corroboration.not_to_debtor_fraction is not None


def test_a_rule_finding_the_classifier_does_not_corroborate_stands_to_the_debtor_only(analysers):
    assert "wording.exposure.public_posting" in {f.rule_id for f in analysers[0].analyse(sent(HEARSAY, "debtor"))}
    assert EXPOSURE in categories(analysers, sent(HEARSAY, "debtor"))
    for recipient in ("third_party", "unknown"):
        assert EXPOSURE not in categories(analysers, sent(HEARSAY, recipient))


def test_speech_mostly_in_latin_letters_is_not_asked(analysers):
    assert mostly_latin([speech_view(ENGLISH)]) and not mostly_latin([speech_view(HEARSAY)])
    assert not mostly_latin([speech_view("您好，您在ABC Bank的overdue账单请于周五前还清，谢谢。")])
    for recipient in ("debtor", "third_party", "unknown"):
        assert EXPOSURE in categories(analysers, sent(ENGLISH, recipient))


def test_without_the_key_the_finding_stands_for_every_recipient(analysers, monkeypatch: pytest.MonkeyPatch):
    wording: WordingAnalyser = analysers[0]
    monkeypatch.setattr(wording, "corroboration", replace(wording.corroboration, not_to_debtor_fraction=None))
    assert EXPOSURE in categories(analysers, sent(HEARSAY, "third_party"))


def test_the_gate_reviews_what_the_scan_drops():
    reviewing = build_analysers(["wording", "pii"], uncorroborated="review")
    [finding] = [f for f in analyse_message(sent(HEARSAY, "unknown"), reviewing) if f.category == EXPOSURE]
    assert finding.severity == Severity.LOW and "并非发给债务人本人" in finding.explanation


def test_the_fraction_is_read_and_checked(tmp_path):
    path = tmp_path / "corroboration.yml"
    path.write_text("classifier_fraction: 0.3\nrules: []\nnot_to_debtor_fraction: 0.1\n", encoding="utf-8")
    assert Corroboration.load(path).not_to_debtor_fraction == 0.1
    path.write_text("classifier_fraction: 0.3\nrules: []\n", encoding="utf-8")
    assert Corroboration.load(path).not_to_debtor_fraction is None
    path.write_text("classifier_fraction: 0.3\nrules: []\nnot_to_debtor_fraction: 0\n", encoding="utf-8")
    with pytest.raises(RulePackError, match="not_to_debtor_fraction"):
        Corroboration.load(path)
