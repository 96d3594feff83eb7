"""Where every analyser's findings meet (audit.pipeline.analyse_messages, `MessageAnalyser.corroborate_others`): the
wording classifier's disclosure column corroborates, or not, the PII analyser's lone disclosure findings in long agent
speech (corroboration.yml's `long_speech_other_analysers`), and in shorter speech where the wording analyser finds
nothing (`short_speech_other_analysers`); a scan drops what it does not corroborate, the gate reviews it."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from audit.analysers import build_analysers
from audit.analysers.wording import Corroboration, WordingAnalyser, speech_view
from audit.errors import RulePackError
from audit.gate import Gate
from audit.message import Message
from audit.pipeline import analyse_message
from audit.vocabulary import Severity

DISCLOSURE = "pii.third_party_disclosure"
FRACTION = 0.02
# Invented. To an emergency contact, the debtor's bill told (pii.third_party.debt, the only disclosure rule that fires),
# in more than 60 view characters
TOLD = ("您好，这里是恒信资产的客服，请问您认识孙海涛吗？他留的紧急联系人是您。麻烦您见到他的时候让他看一下手机短信，"
        "他的账单到现在还没结清，谢谢您。")
# ... and in a few words: too short for the classifier's silence to count
SHORT = "孙海涛的账单逾期了，请转告他。"


def to_contact(text: str) -> Message:
    return Message(message_id="M-1", campaign_id="CMP-1", channel="sms", text=text, recipient_type="third_party")


@pytest.fixture(scope="module")
def analysers() -> list:
    # the PII analyser's rules alone: its own classifier's agreement (a score) would corroborate the finding by itself
    wording = build_analysers(["wording"])[0]
    # these ask the other analysers' policies alone: speech not addressed to the debtor has its own test file
    # (tests/test_corroborate_not_to_debtor.py)
    wording.corroboration = replace(wording.corroboration, not_to_debtor_fraction=None)
    return [wording, build_analysers(["pii"], model=False)[0]]


@pytest.fixture(autouse=True)
def fresh_scores(analysers) -> None:
    """`corroborate_others` called alone reuses the speech scores the analyser kept from its last chunk; tests patch
    the classifier's scores each their own way, so none may see another's."""
    analysers[0]._speech_scores.clear()


@pytest.fixture()
def asking(analysers, monkeypatch: pytest.MonkeyPatch):
    """The wording analyser asking the PII disclosure rules at FRACTION in long speech, its classifier scoring every
    category at `ratio` of its threshold."""
    wording: WordingAnalyser = analysers[0]
    monkeypatch.setattr(wording, "corroboration", replace(wording.corroboration, long_chars=60,
                                                          long_others={DISCLOSURE: FRACTION}))

    def sees(ratio: float) -> None:
        thresholds = wording.classifier.floors(None)
        monkeypatch.setattr(wording.classifier, "scores_many", lambda views: np.tile(thresholds * ratio, (len(views), 1)))
        monkeypatch.setattr(wording.classifier, "scores", lambda views: thresholds * ratio)
    return sees


def disclosures(analysers: list, text: str) -> list:
    """The PII analyser's disclosure findings that survive (the wording classifier's own finding, where it scores the
    text over its threshold, is not the one asked about)."""
    return [f for f in analyse_message(to_contact(text), analysers) if f.category == DISCLOSURE and f.analyzer == "pii"]


def test_the_text_is_long_and_one_pii_rule_finds_the_disclosure(analysers):
    assert len(speech_view(TOLD).text) >= 60 > len(speech_view(SHORT).text)
    assert [f.rule_id for f in analysers[1].analyse(to_contact(TOLD)) if f.category == DISCLOSURE] \
        == ["pii.third_party.debt"]


def test_a_lone_disclosure_the_classifier_sees_nothing_in_is_dropped_and_one_it_corroborates_kept(analysers, asking):
    asking(0.0)
    assert disclosures(analysers, TOLD) == []
    asking(FRACTION)
    assert [f.rule_id for f in disclosures(analysers, TOLD)] == ["pii.third_party.debt"]


def test_short_speech_is_not_asked(analysers, asking):
    asking(0.0)
    assert [f.rule_id for f in disclosures(analysers, SHORT)] == ["pii.third_party.debt"]


def test_the_wording_analysers_own_finding_or_the_pii_classifiers_score_corroborates_another_pii_rule_not(analysers,
                                                                                                          asking):
    asking(0.0)
    wording = analysers[0]
    [finding] = [f for f in analysers[1].analyse(to_contact(TOLD)) if f.category == DISCLOSURE]
    # the same analyser's second reading: a residents' notice warning of fake collectors fires the debt and address rules
    second = replace(finding, rule_id="pii.third_party.address")
    assert wording.corroborate_others(to_contact(TOLD), [finding, second]) == []
    said = replace(finding, analyzer="wording", rule_id="wording.disclosure.debt_to_contact")
    assert len(wording.corroborate_others(to_contact(TOLD), [finding, said])) == 2
    scored = replace(finding, score=0.9)
    assert wording.corroborate_others(to_contact(TOLD), [scored]) == [scored]


def test_without_the_policy_nothing_is_asked(analysers, monkeypatch):
    wording = analysers[0]
    monkeypatch.setattr(wording, "corroboration", replace(wording.corroboration, long_others=None))
    monkeypatch.setattr(wording.classifier, "scores", lambda views: pytest.fail("not asked"))
    assert [f.rule_id for f in disclosures(analysers, TOLD)] == ["pii.third_party.debt"]


def test_the_real_classifier_corroborates_a_plain_disclosure(analysers, monkeypatch):
    wording = analysers[0]
    monkeypatch.setattr(wording, "corroboration", replace(wording.corroboration, long_chars=60,
                                                          long_others={DISCLOSURE: FRACTION}))
    column = wording.classifier.categories.index(DISCLOSURE)
    ratio = wording.classifier.scores([speech_view(TOLD)])[column] / wording.classifier.floors(None)[column]
    assert ratio >= FRACTION
    assert [f.rule_id for f in disclosures(analysers, TOLD)] == ["pii.third_party.debt"]


def test_the_gate_reviews_what_a_scan_drops(monkeypatch):
    gate = Gate("cn-default", analysers=("wording", "pii"), check_deadline_s=None)
    wording = gate.wording
    monkeypatch.setattr(wording, "corroboration", replace(wording.corroboration, long_chars=60,
                                                          long_others={DISCLOSURE: FRACTION}))
    pii = next(a for a in gate.analysers if a.name == "pii")
    monkeypatch.setattr(pii, "classifier", None)
    classifier = wording.classifier
    monkeypatch.setattr(classifier, "scores_many", lambda views: np.zeros((len(views), len(classifier.categories))))
    monkeypatch.setattr(classifier, "scores", lambda views: np.zeros(len(classifier.categories)))
    verdict = gate.check({"message_id": "M-1", "campaign_id": "CMP-1", "channel": "sms", "text": TOLD,
                          "recipient_type": "third_party"})
    assert verdict.decision == "review"
    [finding] = [f for f in verdict.findings if f.category == DISCLOSURE]
    assert finding.severity is Severity.LOW and "转人工复核" in finding.explanation
    gate.close()


@pytest.mark.parametrize(("key", "attribute"), [("long_speech_other_analysers", "long_others"),
                                                  ("short_speech_other_analysers", "short_others")])
def test_the_policy_reads_a_fraction_per_category_beside_the_long_speech_floor(tmp_path, key, attribute):
    path = tmp_path / "corroboration.yml"
    floor = "long_speech_chars: 60\nlong_speech_fraction: 0.02\n"
    path.write_text(f"classifier_fraction: 0.05\n{floor}{key}:\n  pii.third_party_disclosure: 0.01\nrules: []\n",
                    encoding="utf-8")
    assert getattr(Corroboration.load(path), attribute) == {DISCLOSURE: 0.01}
    path.write_text(f"classifier_fraction: 0.05\n{key}:\n  pii.third_party_disclosure: 0.01\nrules: []\n",
                    encoding="utf-8")
    with pytest.raises(RulePackError, match="beside long_speech_chars"):
        Corroboration.load(path)
    path.write_text(f"classifier_fraction: 0.05\n{floor}{key}:\n  pii.third_party_disclosure: 2\nrules: []\n",
                    encoding="utf-8")
    with pytest.raises(RulePackError, match=r"in \(0, 1\]"):
        Corroboration.load(path)


# Invented. The same bill told in fewer than 60 view characters but enough for the classifier to be asked
# (`short_speech_other_analysers`: asked only where the wording analyser finds nothing at all)
MID = "您好，这里是恒信资产的客服，孙海涛的账单到现在还没结清，麻烦您见到他时转告一下，谢谢。"


@pytest.fixture()
def asking_short(analysers, asking, monkeypatch: pytest.MonkeyPatch):
    """As `asking`, and the PII disclosure rules asked at FRACTION in shorter speech too (from 20 view characters)."""
    wording: WordingAnalyser = analysers[0]
    monkeypatch.setattr(wording, "corroboration", replace(wording.corroboration, min_chars=20,
                                                          short_others={DISCLOSURE: FRACTION}))
    return asking


def test_the_mid_text_is_shorter_than_long_speech_and_the_wording_rules_find_nothing_in_it(analysers):
    assert 20 <= len(speech_view(MID).text) < 60
    assert build_analysers(["wording"], model=False)[0].analyse(to_contact(MID)) == []
    assert [f.rule_id for f in analysers[1].analyse(to_contact(MID)) if f.category == DISCLOSURE] \
        == ["pii.third_party.debt"]


def test_shorter_speech_asks_a_lone_disclosure_where_the_wording_analyser_finds_nothing(analysers, asking_short):
    asking_short(0.0)
    assert disclosures(analysers, MID) == []
    asking_short(FRACTION)
    assert [f.rule_id for f in disclosures(analysers, MID)] == ["pii.third_party.debt"]
    asking_short(0.0)
    assert [f.rule_id for f in disclosures(analysers, SHORT)] == ["pii.third_party.debt"]     # under min_chars


def test_in_shorter_speech_any_finding_of_the_wording_analyser_keeps_the_disclosure(analysers, asking_short):
    asking_short(0.0)
    wording = analysers[0]
    [finding] = [f for f in analysers[1].analyse(to_contact(MID)) if f.category == DISCLOSURE]
    assert wording.corroborate_others(to_contact(MID), [finding]) == []
    exposure = replace(finding, analyzer="wording", category="threat.exposure", rule_id="wording.exposure.public_posting")
    assert len(wording.corroborate_others(to_contact(MID), [finding, exposure])) == 2


def test_in_long_speech_another_category_of_the_wording_analyser_does_not_keep_it(analysers, asking_short):
    asking_short(0.0)
    wording = analysers[0]
    [finding] = [f for f in analysers[1].analyse(to_contact(TOLD)) if f.category == DISCLOSURE]
    exposure = replace(finding, analyzer="wording", category="threat.exposure", rule_id="wording.exposure.public_posting")
    assert wording.corroborate_others(to_contact(TOLD), [finding, exposure]) == [exposure]
