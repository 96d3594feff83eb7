"""Core types: rule-pack validation, findings serialisation, call-text parsing, evidence masking."""

from __future__ import annotations

import textwrap

import pytest

from audit.errors import RulePackError
from audit.finding import Finding, Severity
from audit.masking import mask_evidence
from audit.message import Message, Turn, parse_call_text
from audit.rulepack import load_pack, load_rules

GOOD_RULE = """
  - id: wording.test.rule
    category: abuse.insult
    severity: high
    regulation: 信用卡业务监督管理办法 第68条
    explanation: 辱骂债务人。
    terms: [老赖]
    examples:
      match: [你这个老赖]
      no_match: [请按时还款]
"""


def write_pack(tmp_path, body: str, name: str = "pack.yml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def test_pack_loads_common_metadata_and_keeps_the_rest_as_body(tmp_path):
    path = write_pack(tmp_path, "pack: t\nanalyzer: wording\nrules:" + GOOD_RULE)
    [rule] = load_pack(path)
    assert rule.severity is Severity.HIGH
    assert rule.body == {"terms": ["老赖"]}
    assert rule.match_examples == ["你这个老赖"] and rule.no_match_examples == ["请按时还款"]


@pytest.mark.parametrize(("change", "message"), [
    (("category: abuse.insult", "category: abuse.rude"), "unknown category"),
    (("severity: high", "severity: severe"), "unknown severity"),
    (("      match: [你这个老赖]\n", ""), "at least one 'match' example"),
    (("    regulation: 信用卡业务监督管理办法 第68条\n", ""), "missing 'regulation'"),
])
def test_invalid_rule_is_an_error_naming_file_and_rule(tmp_path, change, message):
    path = write_pack(tmp_path, "pack: t\nanalyzer: wording\nrules:" + GOOD_RULE.replace(*change))
    with pytest.raises(RulePackError, match=message) as info:
        load_pack(path)
    assert "pack.yml" in str(info.value) and "wording.test.rule" in str(info.value)


def test_unknown_pack_key_and_analyser_are_errors(tmp_path):
    with pytest.raises(RulePackError, match="unknown pack key"):
        load_pack(write_pack(tmp_path, "pack: t\nanalyzer: wording\nrulez: []\nrules:" + GOOD_RULE))
    with pytest.raises(RulePackError, match="'analyzer' must be one of"):
        load_pack(write_pack(tmp_path, "pack: t\nanalyzer: tone\nrules:" + GOOD_RULE))


def test_duplicate_rule_ids_across_packs_are_an_error(tmp_path):
    write_pack(tmp_path, "pack: a\nanalyzer: wording\nrules:" + GOOD_RULE, "a.yml")
    write_pack(tmp_path, "pack: b\nanalyzer: wording\nrules:" + GOOD_RULE, "b.yml")
    with pytest.raises(RulePackError, match="duplicate rule id"):
        load_rules([tmp_path])


def test_finding_serialises_in_contract_order_without_empty_fields():
    finding = Finding(analyzer="wording", category="abuse.insult", rule_id="r", severity=Severity.HIGH,
                      campaign_id="c1", regulation="reg", explanation="说明", message_id="m1", start=3, end=5,
                      evidence="老赖")
    data = finding.to_dict()
    assert list(data) == ["message_id", "campaign_id", "analyzer", "category", "rule_id", "severity",
                          "start", "end", "evidence", "regulation", "explanation"]
    assert data["severity"] == "high"
    assert Finding.from_dict(data) == finding


def test_severity_ranks_and_rejects_unknown_values():
    assert Severity.CRITICAL.rank > Severity.HIGH.rank > Severity.MEDIUM.rank > Severity.LOW.rank
    assert Severity.parse("HIGH") is Severity.HIGH
    with pytest.raises(ValueError, match="unknown severity"):
        Severity.parse("urgent")


def test_call_text_splits_on_speaker_prefixes_with_either_colon():
    turns = parse_call_text("坐席：您好，这里是还款中心\n客户:我下周还\n联系人：他不在\n催收员： 好的\n请转告他")
    assert [t.speaker for t in turns] == ["agent", "customer", "third_party", "agent"]
    assert turns[1].text == "我下周还"
    assert turns[3].text == "好的\n请转告他"     # an unprefixed line continues the turn
    assert parse_call_text("您好，这里是还款中心") is None
    traditional = parse_call_text("催收員：您好，這裡是還款中心\n客戶：我下週還\n聯繫人：他不在")
    assert [t.speaker for t in traditional] == ["agent", "customer", "third_party"]


def test_only_agent_segments_are_judged_and_third_parties_are_recognised():
    call = Message("m1", "c1", "call", turns=[Turn("agent", "您好"), Turn("customer", "滚"), Turn("third_party", "他不在")])
    assert [s.turn for s in call.agent_segments()] == [0]
    assert call.addressed_to_third_party(next(call.agent_segments()))
    sms = Message("m2", "c1", "sms", text="请还款", recipient_type="debtor")
    assert [(s.speaker, s.turn) for s in sms.segments()] == [("agent", None)]
    assert not sms.addressed_to_third_party(next(sms.segments()))


def test_evidence_masking_keeps_only_last_four_digits():
    masked = mask_evidence("请致电13812345678，身份证11010519491231002X，卡号6222 0212 3456 7890 123，邮箱zhang.wei@example.com")
    assert "13812345678" not in masked and "*******5678" in masked
    assert "**************002X" in masked
    assert "**** **** **** ***0 123" in masked
    assert "z********@example.com" in masked          # one mask per character: lengths and offsets hold
    assert mask_evidence("逾期95天，欠款8650元") == "逾期95天，欠款8650元"   # short numbers are not identifiers


def test_a_key_repeated_inside_a_rule_is_an_error_with_its_line(tmp_path):
    body = GOOD_RULE.replace("    terms: [老赖]\n", "    terms: [老赖]\n    terms: [骗子]\n")
    with pytest.raises(RulePackError, match=r"(?s)'terms' appears twice.*line 10"):
        load_pack(write_pack(tmp_path, "pack: t\nanalyzer: wording\nrules:" + body))
