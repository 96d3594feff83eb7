"""Template conformance: registry validation, placeholder types, tolerance, drift evidence, stages, approval
dates in the policy's time zone, recovery without template_vars, calls ignored, policy keys."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.analysers.template import TemplateAnalyser
from audit.cli import main
from audit.paths import LEXICONS
from audit.policy import PolicyError, load_policy
from audit.readers import InvalidField, message_from_dict
from audit.rulepack import load_rules
from audit.templates import TemplateRegistryError, canonical, load_registry

REGISTRY = """\
- template_id: T-REM
  channel: sms
  stages: [reminder]
  text: "【示例金融】{name}您好，您的账单{amount}元将于{due}到期，请按时还款。客服电话{hotline}。"
  approved_at: 2026-10-01
  retired_at: 2026-12-01
  placeholders: {name: masked_name, amount: amount, due: date, hotline: phone}
- template_id: T-LATE
  channel: sms
  stages: [late]
  text: "【示例金融】{name}您好，您尾号{card}的账单已逾期{days}天，详见{link}，备注：{note}。"
  approved_at: 2026-01-01
  placeholders: {name: masked_name, card: masked_number, days: days, link: url, note: text}
"""
POLICY = """\
name: t
timezone: Asia/Shanghai
stages:
  - {name: reminder, days_overdue: [-7, 0]}
  - {name: early, days_overdue: [1, 14]}
  - {name: late, days_overdue: [15, null]}
templates: reg.yml
require_template: [sms]
"""
REMIND = "【示例金融】王*您好，您的账单1200元将于10月15日到期，请按时还款。客服电话400-555-0199。"
LATE = "【示例金融】王*您好，您尾号1234的账单已逾期20天，详见https://pay.example.cn/a1，备注：可申请分期。"


@pytest.fixture()
def policy_file(tmp_path: Path) -> Path:
    (tmp_path / "reg.yml").write_text(REGISTRY, encoding="utf-8")
    (tmp_path / "policy.yml").write_text(POLICY, encoding="utf-8")
    return tmp_path / "policy.yml"


@pytest.fixture()
def analyser(policy_file: Path) -> TemplateAnalyser:
    return TemplateAnalyser.from_lexicons(policy=str(policy_file))


def judge(analyser: TemplateAnalyser, **fields) -> dict[str, str]:
    record = {"message_id": "m1", "campaign_id": "c1", "channel": "sms", "sent_at": "2026-10-10T10:00:00+08:00",
              **fields}
    return {f.category: f for f in analyser.analyse(message_from_dict(record))}


# ---------------------------------------------------------------- registry validation


@pytest.mark.parametrize(("change", "entry", "field", "reason"), [
    (("stages: [reminder]", "stages: [rem1nder]"), "T-REM", "stages", "unknown stage 'rem1nder'"),
    (("template_id: T-LATE", "template_id: T-REM"), "T-REM", "template_id", "duplicate id"),
    (("due: date,", "due: ,"), "T-REM", "placeholders.due", "has no type"),
    (("due: date,", "due: weekday,"), "T-REM", "placeholders.due", "unknown type 'weekday'"),
    (("approved_at: 2026-10-01", "approved_at: 2026-13-01"), "T-REM", "approved_at", "not a date"),
    (("retired_at: 2026-12-01", "retired_at: 2026-09-01"), "T-REM", "retired_at", "is not after approved_at"),
    (("{hotline}。\"", "{hotline}，{agent}。\""), "T-REM", "placeholders", "{agent} but no placeholder entry"),
    (("channel: sms\n  stages: [late]", "channel: call\n  stages: [late]"), "T-LATE", "channel", "unknown channel"),
    (("{due}到期", "{due}{amount}到期"), "T-REM", "text", "touch"),
])
def test_registry_errors_name_file_entry_and_field(tmp_path, change, entry, field, reason):
    path = tmp_path / "reg.yml"
    assert change[0] in REGISTRY
    path.write_text(REGISTRY.replace(change[0], change[1], 1), encoding="utf-8")
    with pytest.raises(TemplateRegistryError) as caught:
        load_registry(path, ["reminder", "early", "late"])
    error = caught.value
    assert error.path == str(path) and entry in error.entry and error.key == field
    assert reason in str(error)


def test_csv_registry_loads_like_yaml(tmp_path):
    path = tmp_path / "reg.csv"
    path.write_text("template_id,channel,stages,text,approved_at,retired_at,placeholders\n"
                    'T-REM,sms,reminder|early,"您的账单{amount}元将于{due}到期。",2026-10-01,,amount:amount;due:date\n',
                    encoding="utf-8")
    template = load_registry(path, ["reminder", "early"]).get("T-REM")
    assert template.stages == ("reminder", "early")
    assert template.check("您的账单300元将于10月9日到期。").conforms
    path.write_text(path.read_text(encoding="utf-8").replace("amount:amount;", "amount;"), encoding="utf-8")
    with pytest.raises(TemplateRegistryError, match=r"line 2 \(T-REM\) field 'placeholders'"):
        load_registry(path)


# ---------------------------------------------------------------- placeholder types


@pytest.mark.parametrize(("slot", "good", "bad"), [
    ("1200", "1,200.50", "一千二"),            # amount
    ("10月15日", "2026-10-15", "下周一"),        # date
    ("王*", "欧阳**", "王小明"),                 # masked_name: an unmasked name is drift
    ("400-555-0199", "95555", "找客服"),         # phone
])
def test_reminder_placeholder_types(analyser, slot, good, bad):
    assert judge(analyser, template_id="T-REM", text=REMIND.replace(slot, good, 1)) == {}
    findings = judge(analyser, template_id="T-REM", text=REMIND.replace(slot, bad, 1))
    assert set(findings) == {"template.drift"}
    assert "占位符" in findings["template.drift"].evidence


@pytest.mark.parametrize(("slot", "good", "bad"), [
    ("1234", "6222 **** **** 1234", "6222000000001234567"),   # masked_number: a full card number is drift
    ("20", "120", "二十"),                                  # days
    ("https://pay.example.cn/a1", "t.example.cn/x", "点这里"),  # url
    ("可申请分期", "请勿回复本短信", "x" * 81),               # text: up to 80 characters
])
def test_late_placeholder_types(analyser, slot, good, bad):
    assert judge(analyser, template_id="T-LATE", text=LATE.replace(slot, good, 1), days_overdue=20) == {}
    findings = judge(analyser, template_id="T-LATE", text=LATE.replace(slot, bad, 1), days_overdue=20)
    assert set(findings) == {"template.drift"}


def test_whitespace_and_punctuation_width_are_not_drift(analyser):
    spaced = ("【示例金融】 王*您好, 您的账单 1200 元将于10月15日到期, 请按时还款. 客服电话\u3000４００-５５５-０１９９."
              .replace("【", "[").replace("】", "]"))
    assert judge(analyser, template_id="T-REM", text=spaced) == {}
    assert canonical(spaced).text == canonical(REMIND).text


def test_drift_evidence_shows_the_change_masked_with_offsets_into_the_text(analyser):
    text = REMIND.replace("请按时还款。", "请按时还款，否则通知你家人13800135678。")
    drift = judge(analyser, template_id="T-REM", text=text)["template.drift"]
    assert "新增" in drift.evidence and "否则通知你家人" in drift.evidence
    assert "13800135678" not in drift.evidence and "5678" in drift.evidence
    assert "否则通知你家人" in text[drift.start:drift.end]
    removed = judge(analyser, template_id="T-REM", text=REMIND.replace("请按时还款。", ""))["template.drift"]
    assert "删除「请按时还款" in removed.evidence


def test_unmasked_name_evidence_is_masked(analyser):
    drift = judge(analyser, template_id="T-REM", text=REMIND.replace("王*", "王小明"))["template.drift"]
    assert "{name}" in drift.evidence and "王小明" not in drift.evidence and "王**" in drift.evidence
    assert drift.start == REMIND.index("王*") and drift.end == drift.start + 3


def test_values_recovered_without_template_vars_and_checked_against_them(analyser, policy_file):
    template = load_registry(policy_file.parent / "reg.yml").get("T-REM")
    found = {slot.name: slot.value for slot in template.check(REMIND).slots}
    assert found == {"name": "王*", "amount": "1200", "due": "10月15日", "hotline": "400-555-0199"}
    assert judge(analyser, template_id="T-REM", text=REMIND, template_vars={"amount": 1200.0, "name": "王*"}) == {}
    differs = judge(analyser, template_id="T-REM", text=REMIND, template_vars={"amount": "1500"})
    assert "template_vars 为「1500」" in differs["template.drift"].evidence


# ---------------------------------------------------------------- approval, stage, unapproved


def test_approval_dates_are_local_send_dates_in_the_policy_zone(analyser):
    # retired_at 2026-12-01: 15:59 UTC on 30 November is 23:59 in Shanghai (usable), 16:00 UTC is 1 December.
    assert judge(analyser, template_id="T-REM", text=REMIND, sent_at="2026-11-30T15:59:00Z") == {}
    retired = judge(analyser, template_id="T-REM", text=REMIND, sent_at="2026-11-30T16:00:00Z")
    assert set(retired) == {"template.unapproved"} and "停用" in retired["template.unapproved"].evidence
    early = judge(analyser, template_id="T-REM", text=REMIND, sent_at="2026-09-30T23:00:00+08:00")
    assert set(early) == {"template.unapproved"} and "尚未获批" in early["template.unapproved"].evidence


def test_unknown_or_missing_template_gets_unapproved_only(analyser):
    unknown = judge(analyser, template_id="T-NOPE", text="随便写的，否则后果自负。", days_overdue=40)
    assert set(unknown) == {"template.unapproved"}
    assert set(judge(analyser, text=REMIND)) == {"template.unapproved"}              # sms requires one
    assert judge(analyser, channel="email", text=REMIND) == {}                        # email does not


def test_wrong_stage_from_days_overdue(analyser):
    assert judge(analyser, template_id="T-REM", text=REMIND, days_overdue=-3) == {}
    assert set(judge(analyser, template_id="T-REM", text=REMIND, days_overdue=5)) == {"template.wrong_stage"}
    outside = judge(analyser, template_id="T-REM", text=REMIND, days_overdue=-30)["template.wrong_stage"]
    assert "不属于任何催收阶段" in outside.evidence
    assert set(judge(analyser, template_id="T-LATE", text=LATE, days_overdue=3)) == {"template.wrong_stage"}


def test_calls_are_never_judged(analyser):
    call = {"channel": "call", "template_id": "T-NOPE", "turns": [{"speaker": "agent", "text": REMIND}]}
    message = message_from_dict({"message_id": "m", "campaign_id": "c", **call})
    assert not analyser.applies_to(message) and analyser.analyse(message) == []


def test_no_registry_means_no_findings():
    quiet = TemplateAnalyser(load_rules([LEXICONS / "template"]))
    message = message_from_dict({"message_id": "m", "campaign_id": "c", "channel": "sms", "text": "随便写的"})
    assert quiet.analyse(message) == []


# ---------------------------------------------------------------- message fields and policy keys


@pytest.mark.parametrize(("fields", "field"), [
    ({"days_overdue": True}, "days_overdue"), ({"days_overdue": 2.5}, "days_overdue"),
    ({"template_vars": ["a"]}, "template_vars"), ({"template_vars": {"name": {"x": 1}}}, "template_vars.name"),
])
def test_message_fields_are_validated(fields, field):
    with pytest.raises(InvalidField) as caught:
        message_from_dict({"message_id": "m", "campaign_id": "c", "channel": "sms", "text": "x", **fields})
    assert caught.value.field == field
    csv_like = message_from_dict({"message_id": "m", "campaign_id": "c", "channel": "sms", "text": "x",
                                  "days_overdue": "-3", "template_vars": '{"amount": 12}'})
    assert csv_like.days_overdue == -3 and csv_like.template_vars == {"amount": 12}


@pytest.mark.parametrize(("old", "new", "key"), [
    ("[1, 14]", "[0, 14]", "stages[1].days_overdue"),            # overlaps reminder at day 0
    ("[1, 14]", "[14, 1]", "stages[1].days_overdue"),
    ("[1, 14]", "[1, x]", "stages[1].days_overdue"),
    ("require_template: [sms]", "require_template: [call]", "require_template"),
    ("templates: reg.yml", "templates: missing.yml", "templates"),
])
def test_policy_stage_and_template_keys_are_validated(policy_file, old, new, key):
    policy_file.write_text(POLICY.replace(old, new), encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_policy(policy_file)
    assert caught.value.key == key and caught.value.path == str(policy_file)


def test_the_sample_policy_extends_cn_default_with_stages_and_a_valid_registry():
    assert load_policy("cn-default").templates is None      # a registry is the deployment's, not the profile's
    policy = load_policy(Path(__file__).parent.parent / "samples" / "policy.yml")
    assert policy.daily_cap == load_policy("cn-default").daily_cap
    assert [s.name for s in policy.stages] == ["reminder", "early", "mid", "late"]
    assert policy.stage_of(-1) == "reminder" and policy.stage_of(3) == "early" and policy.stage_of(99) == "late"
    registry = load_registry(policy.templates, [s.name for s in policy.stages])
    for template in registry.templates.values():
        assert all(template.check(text).conforms for text in template.match_examples)
        assert not any(template.check(text).conforms for text in template.no_match_examples)
    assert registry.get("CL-OD-15-V2").approved_at == date(2026, 11, 1)


# ---------------------------------------------------------------- CLI


def test_templates_check_and_diff_cli(policy_file, tmp_path):
    runner = CliRunner()
    checked = runner.invoke(main, ["templates", "check", str(policy_file.parent / "reg.yml"),
                                   "--policy", str(policy_file)])
    assert checked.exit_code == 0, checked.output
    assert "T-REM" in checked.output and "T-LATE" in checked.output
    record = {"message_id": "m", "campaign_id": "c", "channel": "sms", "template_id": "T-REM",
              "text": REMIND.replace("请按时还款", "马上还款"), "sent_at": "2026-10-10T10:00:00+08:00"}
    diffed = runner.invoke(main, ["templates", "diff", "--policy", str(policy_file), "--message", json.dumps(record)])
    assert diffed.exit_code == 1 and "template.drift" in diffed.output and "马上" in diffed.output
    bad = tmp_path / "bad.yml"
    bad.write_text(REGISTRY.replace("amount: amount,", "amount: money,"), encoding="utf-8")
    failed = runner.invoke(main, ["templates", "check", str(bad), "--policy", str(policy_file)])
    assert failed.exit_code == 2 and "placeholders.amount" in failed.output


def test_template_usage_counts_per_template_stage_and_agent(analyser, policy_file):
    from audit.templates import template_usage

    base = {"campaign_id": "c1", "channel": "sms", "sent_at": "2026-10-10T10:00:00+08:00", "template_id": "T-REM"}
    messages = [message_from_dict({**base, "message_id": "a", "text": REMIND, "days_overdue": -1, "agent_id": "A1"}),
                message_from_dict({**base, "message_id": "b", "text": REMIND + "快还！", "days_overdue": -2,
                                   "agent_id": "A1"}),
                message_from_dict({**base, "message_id": "c", "text": REMIND, "days_overdue": 20, "agent_id": "A2"})]
    findings = [f for m in messages for f in analyser.analyse(m)]
    usage = template_usage(messages, findings, load_policy(policy_file).stage_of)
    assert usage.groupby(["template_id", "stage"]).size().to_dict() == {("T-REM", "late"): 1, ("T-REM", "reminder"): 2}
    assert usage.groupby("agent_id")["drift"].mean().to_dict() == {"A1": 0.5, "A2": 0.0}
    assert usage["wrong_stage"].tolist() == [0, 0, 1] and usage["unapproved"].sum() == 0


@pytest.mark.parametrize(("slot", "value"), [
    ("1200", "人民币1,200元"), ("1200", "1.2万"), ("王*", "王先生"), ("王*", "王*明"), ("王*", "欧阳某"),
    ("10月15日", "2026/10/15 18:00"), ("10月15日", "2026年10月15日"), ("10月15日", "10-15"),
    ("400-555-0199", "(021)61234567"), ("还款", "还\u200b款"),
])
def test_common_forms_of_each_type_conform(analyser, slot, value):
    assert judge(analyser, template_id="T-REM", text=REMIND.replace(slot, value, 1)) == {}


def test_template_vars_agree_with_the_text_in_another_date_form(analyser):
    assert judge(analyser, template_id="T-REM", text=REMIND, template_vars={"due": "2026-10-15"}) == {}
    moved = judge(analyser, template_id="T-REM", text=REMIND, template_vars={"due": "2026-10-16"})
    assert "{due}" in moved["template.drift"].evidence


def test_placeholders_as_a_list_and_datetimes_as_dates(tmp_path):
    path = tmp_path / "reg.yml"
    path.write_text('- {template_id: A, channel: app, stages: [s], text: "应还{amount}元", '
                    'approved_at: "2026-10-01T00:00:00+08:00", placeholders: [{name: amount, type: amount}]}\n',
                    encoding="utf-8")
    template = load_registry(path, ["s"]).get("A")
    assert template.approved_at == date(2026, 10, 1) and template.check("应还 300 元").conforms
    path.write_text(path.read_text(encoding="utf-8").replace("channel: app", "channel: [app, sms]"), encoding="utf-8")
    assert load_registry(path, ["s"]).get("A").channels == ("app", "sms")


def test_labelled_set_precision_and_recall():
    from benchmarks.eval_template import DATA, evaluate

    result = evaluate(DATA / "template_labelled.jsonl", DATA / "template_policy.yml")
    assert result["on_calls"] == 0 and result["on_clean"] == 0
    for code, c in result["counts"].items():
        assert c["tp"] >= 20, code
        assert c["tp"] / (c["tp"] + c["fp"]) >= 0.97 and c["tp"] / (c["tp"] + c["fn"]) >= 0.97, (code, result["misses"])


def test_edited_text_still_names_a_wrong_value_the_diff_lines_up(analyser):
    text = REMIND.replace("王*", "王小明").replace("请按时还款。", "请马上还款，否则后果自负。")
    evidence = judge(analyser, template_id="T-REM", text=text)["template.drift"].evidence
    assert "否则后果自负" in evidence and "{name}" in evidence and "王小明" not in evidence


def test_repeated_literals_cost_linear_time(tmp_path):
    import time

    path = tmp_path / "reg.yml"
    path.write_text('- {template_id: A, channel: sms, stages: [s], text: "{a}元{b}元{c}元{d}元{e}", approved_at: 2026-01-01, '
                    'placeholders: {a: text, b: text, c: text, d: text, e: text}}\n', encoding="utf-8")
    template = load_registry(path).get("A")
    started = time.process_time()
    for text in ("元" * 4000 + "x", "元x" * 2000):
        assert not template.check(text).conforms
    assert time.process_time() - started < 1.0


def test_audit_mask_carries_template_fields_with_values_masked(tmp_path):
    source = tmp_path / "m.jsonl"
    source.write_text(json.dumps({"message_id": "m", "campaign_id": "c", "channel": "sms", "text": REMIND,
                                  "template_id": "T-REM", "days_overdue": -2,
                                  "template_vars": {"name": "王小明", "card": "6222000000001234567", "amount": 1200}},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["mask", str(source), "--out", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 0, result.output
    record = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert record["days_overdue"] == -2 and record["template_vars"]["amount"] == 1200
    assert record["template_vars"]["name"] == "王**"
    assert record["template_vars"]["card"].endswith("4567") and "62220000" not in record["template_vars"]["card"]
