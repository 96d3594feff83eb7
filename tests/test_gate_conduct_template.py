"""The gate judges call transcripts (post-call review, conduct analyser) and template conformance (when the
policy names a registry): which analysers it builds, the default decisions for `conduct.*` and `template.*`,
a policy's own table overriding them, and analysers kept off messages they do not apply to."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from audit.finding import Finding, Severity
from audit.gate import DecisionTable, Gate
from audit.policy import load_policy

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
OD03 = ("【暖阳消费金融】柯*您好，您的“暖阳借”账单已逾期4天，欠款880元，请于10月20日前还款，以免产生更多罚息。"
        "详询400-555-0101。")
PRESSED_FRIEND = ("坐席：您好，请问是王磊吗？\n第三方：我不是，我是他朋友。\n"
                  "坐席：他欠我们平台5000元逾期30天了，你让他赶紧还钱，不然你替他还。")
LAWFUL_CALL = ("坐席：您好，我是暖阳消费金融的客服，请问是王磊本人吗？\n客户：是我。\n"
               "坐席：这次来电是提醒您账单已逾期5天，如有困难可以申请分期还款。\n客户：好的，谢谢。")


def registry_policy(folder: Path, extra: str = "") -> Path:
    """cn-default with the sample campaign's register; every SMS must be a registered template."""
    path = folder / "policy.yml"
    path.write_text(f"extends: cn-default\nname: gate-test\ntemplates: {SAMPLES / 'templates.yml'}\n"
                    f"require_template: [sms]\n{textwrap.dedent(extra)}", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def gate(tmp_path_factory: pytest.TempPathFactory):
    with_registry = Gate(registry_policy(tmp_path_factory.mktemp("gate")), analysers=("conduct", "template"),
                         check_deadline_s=None)
    yield with_registry
    with_registry.close()


def sms(message_id: str, text: str, **fields) -> dict:
    return {"message_id": message_id, "campaign_id": "CMP-11", "channel": "sms", "text": text,
            "sent_at": "2026-10-15T10:00:00+08:00", **fields}


def call(message_id: str, text: str) -> dict:
    return {"message_id": message_id, "campaign_id": "CMP-11", "channel": "call", "text": text}


def test_default_gate_builds_conduct_and_template_only_when_the_policy_names_a_registry(tmp_path):
    without = Gate("cn-default", check_deadline_s=None)       # cn-default names no register
    try:
        assert [a.name for a in without.analysers] == ["wording", "notice", "pii", "conduct"]
    finally:
        without.close()
    with_registry = Gate(registry_policy(tmp_path), analysers=("conduct", "template"))
    try:
        assert [a.name for a in with_registry.analysers] == ["conduct", "template"]
    finally:
        with_registry.close()


def test_a_call_transcript_is_reviewed_for_its_conduct_at_the_turn_where_it_shows(gate):
    verdict = gate.check(call("C-1", PRESSED_FRIEND))
    assert verdict.decision == "review"
    found = {f.category: f.turn for f in verdict.findings}
    assert found["conduct.third_party_pressed"] == 2 and found["conduct.disclosure_before_verification"] == 2
    assert {r.decision for r in verdict.reasons} == {"review"}
    assert not any(f.category.startswith("template.") for f in verdict.findings)   # calls are never templates


def test_a_lawful_call_is_allowed(gate):
    verdict = gate.check(call("C-2", LAWFUL_CALL))
    assert verdict.decision == "allow" and verdict.findings == []


@pytest.mark.parametrize(("fields", "decision", "category"), [
    pytest.param({"template_id": "CL-OD-03", "days_overdue": 4, "text": OD03}, "allow", None, id="conforming"),
    pytest.param({"template_id": "CL-OD-03", "days_overdue": 4, "text": OD03.replace("以免产生更多罚息", "否则后果自负")},
                 "review", "template.drift", id="drift_is_reviewed"),
    pytest.param({"template_id": "CL-OD-03", "days_overdue": 20, "text": OD03}, "block", "template.wrong_stage",
                 id="wrong_stage_blocks"),
    pytest.param({"template_id": "NO-SUCH", "text": OD03}, "block", "template.unapproved", id="unknown_id_blocks"),
    pytest.param({"text": "【暖阳消费金融】您的账单已逾期，请尽快还款。"}, "block", "template.unapproved",
                 id="no_template_on_a_required_channel_blocks"),
])
def test_default_decisions_for_template_findings(gate, fields, decision, category):
    verdict = gate.check(sms("S-1", **fields))
    assert verdict.decision == decision
    if category is None:
        assert verdict.findings == []
    else:
        assert (decision, category) in [(r.decision, r.category) for r in verdict.reasons]


def test_the_default_table_reviews_conduct_even_at_critical_severity():
    table = DecisionTable.from_policy(load_policy("cn-default"))
    finding = Finding(analyzer="conduct", category="conduct.hardship_ignored", rule_id="conduct.hardship.pressed",
                      severity=Severity.CRITICAL, campaign_id="C", regulation="示例", explanation="示例。",
                      message_id="M", turn=3)
    assert table.decide(finding) == "review"


def test_a_policy_table_replaces_the_default_decisions(tmp_path):
    strict = Gate(registry_policy(tmp_path, """
        gate:
          default: allow
          rules:
            - {categories: [template.drift, "conduct.*"], decision: block}
        """), analysers=("conduct", "template"), check_deadline_s=None)
    try:
        drifted = strict.check(sms("S-2", OD03.replace("以免产生更多罚息", "否则后果自负"), template_id="CL-OD-03",
                                   days_overdue=4))
        assert drifted.decision == "block"
        assert strict.check(call("C-3", PRESSED_FRIEND)).decision == "block"
        wrong_stage = strict.check(sms("S-3", OD03, template_id="CL-OD-03", days_overdue=20))
        assert wrong_stage.decision == "allow"           # no rule for it here: the policy's default
    finally:
        strict.close()


def test_analysers_do_not_run_on_messages_they_do_not_apply_to(gate, monkeypatch):
    ran: list[tuple[str, str]] = []
    for analyser in gate.analysers:
        original = analyser.analyse
        monkeypatch.setattr(analyser, "analyse",
                            lambda message, a=analyser, run=original: ran.append((a.name, message.channel)) or run(message))
    gate.check(sms("S-4", OD03, template_id="CL-OD-03", days_overdue=4))
    gate.check(call("C-4", LAWFUL_CALL))
    gate.check(sms("S-5", "短信正文，不含对话轮次。", template_id="CL-OD-03", days_overdue=4))
    assert ("conduct", "sms") not in ran and ("template", "call") not in ran
    assert ran.count(("template", "sms")) == 2 and ran.count(("conduct", "call")) == 1
