"""The pre-send gate in process: decisions from the policy's table, contact rules against the history,
agreement with the batch frequency analyser, fail-closed behaviour and input errors."""

from __future__ import annotations

import json
import random
import re
import textwrap
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings

import audit
from audit.analysers.frequency import FrequencyAnalyser
from audit.contact_rules import limits
from audit.contacts import contacts_frame, events_frame
from audit.errors import InputRecordError
from audit.gate import Gate, as_message
from audit.policy import Policy, PolicyError, load_policy
from tests.test_frequency_reference import QUICK_PHASES, audits, policies

CST = timezone(timedelta(hours=8))


def id_number(first17: str) -> str:
    """A resident ID with a valid GB 11643 check digit (invented digits)."""
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return first17 + "10X98765432"[sum(int(d) * w for d, w in zip(first17, weights)) % 11]


def luhn(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def sms(message_id: str, text: str, **fields) -> dict:
    return {"message_id": message_id, "campaign_id": "CMP-2026-03", "channel": "sms", "text": text, **fields}


def policy_file(tmp_path, body: str, name: str = "policy.yml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def gate():
    # no deadline: these tests judge the decision table, and a loaded machine may take over 2 s to build the packs
    with_analysers = Gate("cn-default", check_deadline_s=None)
    yield with_analysers
    with_analysers.close()


def light_gate(policy) -> Gate:
    """Contact rules only: no analysers to build."""
    return Gate(policy, analysers=())


# ---------------------------------------------------------------- decisions from the findings


@pytest.mark.parametrize(("text", "decision", "rule_id"), [
    pytest.param("张先生您好，您本月账单已逾期3天，请于3月10日前登录App还款，如有疑问请致电官方客服。",
                 "allow", None, id="compliant_reminder"),
    pytest.param("再不还钱就去你家打断你的腿。", "block", "wording.violence.bodily_harm", id="violence"),
    pytest.param("逾期不还会坐牢的。", "block", "wording.legal.jail", id="false_legal_claim"),
    pytest.param(f"请核对您的身份证号{id_number('11010119900307123')}。", "block", "pii.unmasked.id_card", id="id_card"),
    pytest.param(f"请还款至卡号{luhn('622202000000000000')}。", "block", "pii.unmasked.bank_card", id="bank_card"),
    pytest.param("你这个老赖，赶紧还钱。", "review", "wording.insult.contempt_label", id="insult_goes_to_review"),
    pytest.param("系统显示您的手机13800138000已停机。", "review", "pii.unmasked.mobile", id="mobile_goes_to_review"),
])
def test_default_table_blocks_threats_legal_claims_and_id_numbers_and_reviews_the_rest(gate, text, decision, rule_id):
    verdict = gate.check(sms("M-1", text))
    assert verdict.decision == decision
    if rule_id is None:
        assert verdict.reasons == [] and verdict.findings == []
    else:   # the rule drew the message's decision (other packs may find more in the same words)
        assert (decision, rule_id) in [(r.decision, r.rule_id) for r in verdict.reasons]
    assert verdict.analysis_ms > 0


def test_verdict_json_carries_masked_findings_only(gate):
    number = id_number("11010119900307123")
    verdict = gate.check(sms("M-2", f"请核对您的身份证号{number}。"))
    out = json.dumps(verdict.to_dict(), ensure_ascii=False)
    assert number not in out and number[-4:] in out
    assert verdict.to_dict()["decision"] == "block"
    assert "pii.unmasked_identifier" in {f["category"] for f in verdict.to_dict()["findings"]}


def test_gate_is_exported_lazily_from_the_package():
    assert audit.Gate is Gate


def test_stricter_table_from_a_policy_file_blocks_insults(tmp_path):
    strict = Gate("cn-strict", analysers=("wording",))
    assert strict.check(sms("M-3", "你这个老赖，赶紧还钱。")).decision == "block"
    assert strict.check(sms("M-4", "您的账单已逾期，请尽快登录App还款。")).decision == "allow"


@pytest.mark.parametrize(("gate_section", "key", "message"), [
    ("gate:\n  rulez: []\n", "gate.rulez", "unknown key"),
    ("gate:\n  rules:\n    - {decision: stop}\n", "gate.rules[0].decision", "must be one of allow, review, block"),
    ("gate:\n  rules:\n    - {categories: [threat.bogus], decision: block}\n", "gate.rules[0].categories",
     "matches no category"),
    ("gate:\n  rules:\n    - {min_severity: severe, decision: block}\n", "gate.rules[0].min_severity",
     "unknown severity"),
    ("gate:\n  rules:\n    - {entity_types: [SSN], decision: block}\n", "gate.rules[0].entity_types", "unknown 'SSN'"),
    ("gate:\n  rules:\n    - {categories: [threat.violence]}\n", "gate.rules[0]", "missing 'decision'"),
    ("gate:\n  fail_open: maybe\n", "gate.fail_open", "must be true or false"),
    ("gate:\n  rules:\n    - {detectors: [robot], decision: block}\n", "gate.rules[0].detectors", "unknown 'robot'"),
    ("gate:\n  model_review_band: 0.5\n", "gate.model_review_band", "exactly 'from' and 'categories'"),
    ("gate:\n  model_review_band: {from: 1.5, categories: []}\n", "gate.model_review_band.from", "in (0, 1]"),
    ("gate:\n  model_review_band: {from: 0.5, categories: [threat.bogus]}\n", "gate.model_review_band.categories",
     "matches no category"),
])
def test_invalid_decision_table_names_file_and_key(tmp_path, gate_section, key, message):
    path = policy_file(tmp_path, "name: custom\n" + gate_section)
    with pytest.raises(PolicyError, match=re.escape(message)) as info:
        Gate(path, analysers=())
    assert info.value.key == key and info.value.path.endswith("policy.yml")


def test_first_matching_rule_decides_and_unmatched_findings_take_the_default(tmp_path):
    path = policy_file(tmp_path, """\
        name: lenient
        gate:
          default: allow
          rules:
            - {categories: ["abuse.*"], decision: review}
            - {categories: ["threat.*"], min_severity: critical, decision: block}
        """)
    lenient = Gate(path, analysers=("wording",))
    assert lenient.check(sms("M-5", "你这个老赖，赶紧还钱。")).decision == "review"
    assert lenient.check(sms("M-6", "再不还钱就去你家打断你的腿。")).decision == "block"
    legal_only = lenient.check(sms("M-7", "逾期不还会坐牢的。"))
    assert {f.category for f in legal_only.findings} == {"misleading.legal"}
    assert legal_only.decision == "allow"      # no rule for misleading.legal: the default


# ---------------------------------------------------------------- failures and bad input


class BrokenAnalyser:
    name = "broken"

    def applies_to(self, message):
        return True

    def analyse(self, message):
        raise RuntimeError(f"cannot parse {message.text}")

    def analyse_many(self, messages):
        return [self.analyse(message) for message in messages]


def test_an_internal_error_answers_review_and_logs_no_message_text(gate, caplog):
    broken = light_gate("cn-default")
    broken.analysers = [BrokenAnalyser()]
    verdict = broken.check(sms("M-8", "张伟您好，请联系13800138000"))
    assert verdict.decision == "review" and verdict.reasons[0].rule_id == "gate.internal_error"
    logged = " ".join(r.getMessage() + str(r.__dict__) for r in caplog.records)
    assert "RuntimeError" in logged and "13800138000" not in logged and "张伟" not in logged


def test_fail_open_policy_allows_on_internal_error(tmp_path):
    path = policy_file(tmp_path, "name: open\ngate:\n  fail_open: true\n")
    broken = light_gate(path)
    broken.analysers = [BrokenAnalyser()]
    assert broken.check(sms("M-9", "您好")).decision == "allow"


@pytest.mark.parametrize(("record", "field"), [
    ({"campaign_id": "C", "channel": "sms", "text": "您好"}, "message_id"),
    ({"message_id": "M", "campaign_id": "C", "channel": "fax", "text": "您好"}, "channel"),
    ({"message_id": "M", "campaign_id": "C", "channel": "sms"}, "text"),
    ({"message_id": "M", "campaign_id": "C", "channel": "sms", "text": "您好", "sent_at": "2026-03-02 10:00"}, "sent_at"),
    ({"message_id": "M", "campaign_id": "C", "channel": "sms", "text": "您好", "recipient_tz": "Mars/Base"}, "recipient_tz"),
    ({"message_id": "M", "campaign_id": "C", "channel": "sms", "text": "您好", "outcome": "answered"}, "outcome"),
])
def test_a_record_breaking_the_contract_raises_naming_the_field(record, field):
    with pytest.raises(InputRecordError) as info:
        light_gate("cn-default").check(record)
    assert info.value.field == field and info.value.path == "<message>"


# ---------------------------------------------------------------- contact rules


def test_outside_allowed_hours_blocks_in_the_recipients_local_time():
    rules = light_gate("cn-default")
    night = rules.check(sms("M-10", "您好", debtor_id="D-1", sent_at="2026-03-02T22:30:00+08:00"))
    assert night.decision == "block" and night.reasons[0].rule_id == "frequency.time_window"
    assert "当地时间22:30:00向债务人发送短信" in night.reasons[0].explanation
    # 10:00 in Shanghai is 21:00 the day before in New York: inside 08:00-22:00 there ...
    assert rules.check(sms("M-11", "您好", debtor_id="D-1", recipient_tz="America/New_York",
                           sent_at="2026-03-02T10:00:00+08:00")).decision == "allow"
    # ... and 12:00 in Shanghai is 23:00 there.
    assert rules.check(sms("M-12", "您好", debtor_id="D-1", recipient_tz="America/New_York",
                           sent_at="2026-03-02T12:00:00+08:00")).decision == "block"


def test_third_party_cap_counts_recorded_contacts_and_a_retry_is_not_counted_twice():
    rules = light_gate("cn-default")
    first = sms("M-20", "您好，请转告机主回电。", debtor_id="D-2", recipient_type="third_party",
                sent_at="2026-03-02T10:00:00+08:00")
    assert rules.check(first, record=True).recorded
    again = rules.check(first, record=True)          # the same send retried
    assert again.decision == "allow" and not again.recorded
    second = rules.check({**first, "message_id": "M-21", "sent_at": "2026-03-02T15:00:00+08:00"}, record=True)
    assert second.decision == "block" and not second.recorded
    assert second.reasons[0].explanation == "当日第2次就该债务向第三方发送短信，超过每日1次上限"
    assert second.findings[0].regulation.startswith("GB/T 45251-2025")
    next_day = rules.check({**first, "message_id": "M-22", "sent_at": "2026-03-03T09:00:00+08:00"})
    assert next_day.decision == "allow"


def test_check_without_record_leaves_the_history_alone():
    rules = light_gate("cn-default")
    contact = sms("M-30", "您好", debtor_id="D-3", recipient_type="third_party", sent_at="2026-03-02T10:00:00+08:00")
    for n in range(3):
        assert rules.check({**contact, "message_id": f"M-3{n}"}).decision == "allow"


def test_cease_event_stops_contact_on_its_channel_or_on_all():
    rules = light_gate("cn-default")
    rules.record_event("D-4", "cease_request", "2026-03-02T11:00:00+08:00", channel="sms")
    at = {"debtor_id": "D-4", "sent_at": "2026-03-02T12:00:00+08:00"}
    blocked = rules.check(sms("M-40", "您好", **at))
    assert blocked.decision == "block"
    assert blocked.reasons[0].explanation == "债务人已于2026-03-02 11:00要求停止联系（短信渠道），此后仍向债务人发送短信"
    assert rules.check({**sms("M-41", "您好", **at), "channel": "app"}).decision == "allow"
    assert rules.check(sms("M-42", "您好", debtor_id="D-4", sent_at="2026-03-02T10:59:00+08:00")).decision == "allow"
    rules.record_event("D-4", "representative", datetime(2026, 3, 2, 11, 30, tzinfo=CST))
    assert rules.check({**sms("M-43", "您好", **at), "channel": "app"}).decision == "block"
    rules.record_event("D-5", "dispute", "2026-03-02T11:00:00+08:00")      # not a cease event in cn-default
    assert rules.check(sms("M-44", "您好", debtor_id="D-5", sent_at="2026-03-02T12:00:00+08:00")).decision == "allow"


@pytest.mark.parametrize(("args", "field"), [
    (("D-6", "went_away", "2026-03-02T11:00:00+08:00"), "event"),
    (("D-6", "cease_request", "2026-03-02T11:00:00"), "timestamp"),
    (("", "cease_request", "2026-03-02T11:00:00+08:00"), "debtor_id"),
    (("D-6", "cease_request", "2026-03-02T11:00:00+08:00", "fax"), "channel"),
])
def test_bad_events_are_refused_naming_the_field(args, field):
    with pytest.raises(ValueError) as info:
        light_gate("cn-default").record_event(*args)
    assert info.value.field == field


def test_daily_cap_is_per_local_calendar_day(tmp_path):
    rules = light_gate(policy_file(tmp_path, "name: t\ntimezone: Asia/Shanghai\ndaily_cap: {sms: 2}\n"))
    day = [f"2026-03-02T{h}:00:00+08:00" for h in ("00:05", "12:00", "23:50")]
    decisions = [rules.check(sms(f"M-5{i}", "您好", debtor_id="D-7", sent_at=at), record=True).decision
                 for i, at in enumerate(day)]
    assert decisions == ["allow", "allow", "block"]
    # 2026-03-02T16:30Z is 00:30 on the 3rd in Shanghai: a new day.
    assert rules.check(sms("M-59", "您好", debtor_id="D-7", sent_at="2026-03-02T16:30:00Z")).decision == "allow"


def test_connected_calls_count_after_their_outcome_is_recorded(tmp_path):
    rules = light_gate(policy_file(tmp_path, "name: t\ndaily_connected_cap: {call: 2}\n"))

    def call(n: int, hour: int) -> dict:
        return {"message_id": f"C-{n}", "campaign_id": "CMP", "channel": "call", "debtor_id": "D-8",
                "recipient_type": "debtor", "sent_at": f"2026-03-02T{hour:02d}:00:00+08:00",
                "turns": [{"speaker": "agent", "text": "您好，提醒您账单已逾期。"}]}

    for n in range(3):
        assert rules.check(call(n, 9 + n), record=True).decision == "allow"   # none connected yet
    assert rules.record_outcome("C-0", "connected") and rules.record_outcome("C-2", "connected")
    assert not rules.record_outcome("C-unknown", "connected")
    # A call not made yet is judged as the call it would be if answered: the third connected one.
    blocked = rules.check(call(3, 14))
    assert blocked.decision == "block" and blocked.reasons[0].rule_id == "frequency.daily_connected_cap.call"
    assert blocked.reasons[0].explanation == "当日第3次与债务人接通电话，超过每日2次上限"
    # A logged call replayed with its outcome counts only if it connected, as the batch analyser counts it.
    assert rules.check({**call(4, 15), "outcome": "no_answer"}).decision == "allow"
    assert rules.check({**call(5, 15), "outcome": "connected"}).decision == "block"


def test_after_conversation_days_follow_the_contract(tmp_path):
    rules = light_gate(policy_file(tmp_path, "name: t\ntimezone: America/New_York\nafter_conversation_days: 7\n"))
    base = {"campaign_id": "CMP", "channel": "call", "debtor_id": "D-9", "recipient_type": "debtor",
            "turns": [{"speaker": "agent", "text": "您好"}]}
    assert rules.check({**base, "message_id": "T-0", "sent_at": "2026-03-02T10:00:00-05:00"}, record=True).recorded
    rules.record_outcome("T-0", "connected")
    day7 = rules.check({**base, "message_id": "T-1", "sent_at": "2026-03-08T10:00:00-05:00"})
    assert day7.decision == "block"
    assert day7.reasons[0].explanation == "2026-03-02已与债务人接通电话，通话后第7天再次致电；通话当日起7日内不得再致电"
    assert rules.check({**base, "message_id": "T-2", "sent_at": "2026-03-09T10:00:00-04:00"}).decision == "allow"


def test_per_recipient_cap_counts_one_number_and_never_stores_it(tmp_path):
    db = tmp_path / "gate.db"
    rules = Gate(policy_file(tmp_path, "name: t\nper_recipient_daily_cap: {sms: 1}\n"), store=f"sqlite:///{db}",
                 analysers=())
    at = {"debtor_id": "D-10", "recipient_type": "third_party", "sent_at": "2026-03-02T10:00:00+08:00"}
    assert rules.check(sms("R-1", "您好", recipient="13900001111", **at), record=True).decision == "allow"
    assert rules.check(sms("R-2", "您好", recipient="13900002222", **at), record=True).decision == "allow"
    again = rules.check(sms("R-3", "您好", recipient="13900001111", **at))
    assert again.decision == "block" and again.reasons[0].rule_id == "frequency.per_recipient_daily_cap.sms"
    rules.close()
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("gate.db*"))
    assert b"13900001111" not in stored and b"R-1" in stored


def test_per_recipient_cap_counts_one_number_whichever_debtor_it_is_called_about(tmp_path):
    rules = light_gate(policy_file(tmp_path, "name: t\nper_recipient_daily_cap: {sms: 2}\n"))
    at = {"recipient_type": "third_party", "recipient": "13900003333", "sent_at": "2026-03-02T10:00:00+08:00"}
    assert rules.check(sms("S-1", "您好", debtor_id="D-12", **at), record=True).recorded
    assert rules.check(sms("S-2", "您好", debtor_id="D-13", **at), record=True).recorded
    third = rules.check(sms("S-3", "您好", debtor_id="D-14", **at))
    assert third.decision == "block"
    assert third.reasons[0].explanation == "当日第3次向同一号码发送短信，超过每日2次上限"
    assert rules.check(sms("S-4", "您好", debtor_id="D-14", **{**at, "recipient": "13900004444"})).decision == "allow"


def test_notice_letters_and_messages_without_debtor_skip_contact_rules():
    rules = light_gate("cn-default")
    at = "2026-03-02T23:30:00+08:00"
    assert rules.check(sms("N-1", "您好", sent_at=at)).decision == "allow"
    assert rules.check({**sms("N-2", "催缴函……", debtor_id="D-11", sent_at=at), "channel": "notice"}).decision == "allow"


# ---------------------------------------------------------------- agreement with the batch analyser


def replay(policy: Policy, contacts: list[dict], events: list[dict]) -> tuple[dict, dict]:
    """Per contact id: what the batch analyser finds on the whole log, and what the gate finds and
    decides judging each contact in turn (judging order) against the history of the earlier ones.
    Each contact is recorded whatever the verdict, as a log holds every attempt, with its outcome. A
    logged contact without `outcome` did not connect as far as the log knows: replayed, it says so
    (`no_answer`), since a message without outcome is a call not made yet, judged as if answered."""
    def finding(f) -> tuple:
        return f.rule_id, f.category, getattr(f.severity, "value", f.severity), f.regulation, f.explanation

    batch: dict[str, set] = {}
    for f in FrequencyAnalyser(policy).findings(contacts_frame(contacts), events_frame(events) if events else None):
        batch.setdefault(f.contact_id, set()).add(finding(f))
    gate = Gate(policy, analysers=(), check_deadline_s=None)
    for event in events:
        gate.record_event(event["debtor_id"], event["event"], event["timestamp"], event.get("channel"))
    judged = {}
    order = sorted(contacts, key=lambda c: (datetime.fromisoformat(c["timestamp"].replace("Z", "+00:00")), c["contact_id"]))
    for c in order:
        message = as_message({
            "message_id": c["contact_id"], "campaign_id": c["campaign_id"], "channel": c["channel"], "text": "坐席：您好",
            "debtor_id": c["debtor_id"], "recipient_type": c["recipient_type"], "sent_at": c["timestamp"],
            "outcome": c.get("outcome", "no_answer"), **{k: c[k] for k in ("recipient", "recipient_tz") if k in c}})
        verdict = gate.check(message)
        judged[c["contact_id"]] = ({finding(f) for f in verdict.findings}, verdict.decision)
        with gate.store.session(c["debtor_id"], lock=True) as history:
            history.add_contact(gate.prospective_contact(message))
    gate.close()
    return batch, judged


def assert_agree(batch: dict, judged: dict) -> None:
    for contact_id, (findings, decision) in judged.items():
        assert findings == batch.get(contact_id, set()), contact_id
        assert decision == ("block" if findings else "allow"), contact_id   # frequency.* blocks by default


@settings(max_examples=120, deadline=None, phases=QUICK_PHASES, suppress_health_check=[HealthCheck.too_slow])
@given(audits(channels=("call", "call", "sms", "app")), policies())
def test_the_gate_judges_each_contact_of_a_random_log_as_the_batch_analyser_does(log, policy):
    """Every rule of the table, random policies and logs: ties, zones, outcomes, shared numbers, cease events."""
    contacts, events = log
    assert_agree(*replay(policy, contacts, events))


def test_every_contact_rule_agrees_with_the_batch_analyser_on_one_busy_log(tmp_path):
    """A fixed random log that breaches every rule of the table at least once."""
    policy = load_policy(policy_file(tmp_path, """\
        name: mixed
        timezone: Asia/Shanghai
        allowed_hours: ["08:00", "21:00"]
        daily_cap: {sms: 2, call: 3}
        daily_connected_cap: {call: 1}
        per_recipient_daily_cap: {call: 2}
        rolling_cap: {window_days: 3, call: 4}
        after_conversation_days: 2
        third_party: {per_day: 1, window_days: 3, per_window: 2}
        cease_events: [cease_request]
        """))
    rng = random.Random(20260302)
    start = datetime(2026, 3, 1, tzinfo=timezone.utc)
    contacts = []
    for n in range(200):
        record = {"contact_id": f"K-{n:03d}", "campaign_id": "CMP", "debtor_id": rng.choice(["D-A", "D-B", "D-C"]),
                  "channel": rng.choice(["sms", "call", "call"]), "recipient_type": rng.choice(["debtor"] * 4 + ["third_party"]),
                  "timestamp": (start + timedelta(minutes=rng.randrange(0, 6 * 24 * 60))).isoformat(),
                  "outcome": rng.choice(["connected", "no_answer", "busy"]),
                  "recipient": rng.choice([None, "hash-13900001111", "hash-13900002222"])}
        contacts.append({k: v for k, v in record.items() if v is not None})
    events = [{"debtor_id": "D-C", "event": "cease_request", "timestamp": "2026-03-04T12:00:00+00:00", "channel": "sms"},
              {"debtor_id": "D-B", "event": "cease_request", "timestamp": "2026-03-06T00:00:00+00:00"},
              # Two at one instant, on the SMS channel and on all: both engines name the one on all.
              {"debtor_id": "D-A", "event": "cease_request", "timestamp": "2026-03-06T08:00:00+00:00", "channel": "sms"},
              {"debtor_id": "D-A", "event": "cease_request", "timestamp": "2026-03-06T08:00:00+00:00"}]
    batch, judged = replay(policy, contacts, events)
    fired = {rule_id for findings in batch.values() for rule_id, *_ in findings}
    assert fired == {limit.rule_id for limit in limits(policy)}
    assert_agree(batch, judged)


def test_concurrent_checks_give_the_same_verdicts_as_sequential_ones(gate):
    texts = ["再不还钱就去你家打断你的腿。", "您的账单已逾期，请尽快登录App还款。", "你这个老赖，赶紧还钱。",
             f"请核对您的身份证号{id_number('11010119900307123')}。", "逾期不还会坐牢的。", "如有疑问请回电13800138000。"]
    messages = [sms(f"CC-{i}", texts[i % len(texts)]) for i in range(60)]

    def summary(verdict):
        return verdict.decision, [(f.rule_id, f.start, f.end, f.evidence) for f in verdict.findings]

    expected = [summary(gate.check(m)) for m in messages]
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert [summary(v) for v in pool.map(gate.check, messages)] == expected


def test_a_classifier_only_finding_in_a_severe_category_is_reviewed_never_allowed_nor_blocked():
    from audit.finding import Finding, Severity
    from audit.gate import DecisionTable

    table = DecisionTable.from_policy(load_policy("cn-default"))

    def finding(category: str, severity: Severity, detector: str | None) -> Finding:
        return Finding(analyzer="wording", category=category, rule_id="r", severity=severity, campaign_id="c",
                       regulation="", explanation="", detector=detector)

    assert table.decide(finding("threat.violence", Severity.MEDIUM, "model")) == "review"
    assert table.decide(finding("misleading.legal", Severity.MEDIUM, "model")) == "review"
    assert table.decide(finding("threat.violence", Severity.HIGH, None)) == "block"


NEAR_THREAT = "最近同事会在你家附近走动。"     # colleagues about, no demand: no rule, a middling score


def band_policy(tmp_path, fraction: float | None) -> str:
    band = "false" if fraction is None else f"{{from: {fraction}, categories: [\"threat.*\"]}}"
    return policy_file(tmp_path, f"name: banded\nextends: cn-default\ngate:\n  model_review_band: {band}\n")


def test_a_severe_score_in_the_review_band_answers_review_and_a_scan_reports_nothing(tmp_path):
    from audit.analysers.wording import WordingAnalyser
    from audit.normalise import normalise

    scanner = WordingAnalyser.from_lexicons()
    message = as_message(sms("M-near", NEAR_THREAT, debtor_id="D-1"))
    classifier = scanner.classifier
    column = classifier.categories.index("threat.violence")
    ratio = classifier.scores([normalise(NEAR_THREAT)])[column] / classifier.config["threat.violence"].threshold
    assert 0.05 < ratio < 1 and scanner.analyse(message) == []

    below = Gate(band_policy(tmp_path, round(ratio * 0.9, 4)), analysers=("wording",), check_deadline_s=None)
    verdict = below.check(sms("M-near", NEAR_THREAT))
    assert verdict.decision == "review"
    [near] = verdict.findings
    assert (near.rule_id, near.detector, near.severity.value) == ("model.threat.violence.near_threshold", "model", "low")
    assert "接近但未达到报告阈值" in near.explanation and near.evidence
    above = Gate(band_policy(tmp_path, min(1.0, round(ratio * 1.1, 4))), analysers=("wording",), check_deadline_s=None)
    assert above.check(sms("M-near", NEAR_THREAT)).decision == "allow"
    off = Gate(band_policy(tmp_path, None), analysers=("wording",), check_deadline_s=None)
    assert off.check(sms("M-near", NEAR_THREAT)).decision == "allow"


def test_the_review_band_leaves_categories_outside_it_and_scores_over_the_threshold_alone(tmp_path):
    gate = Gate(band_policy(tmp_path, 0.01), analysers=("wording",), check_deadline_s=None)
    lawful = gate.check(sms("M-ok", "您的账单已逾期，请尽快登录App还款。"))
    assert all(f.category.startswith("threat.") for f in lawful.findings)
    over = gate.check(sms("M-model", "本司将通过本地新闻媒体对您进行公告催收。"))
    assert [(f.category, f.rule_id) for f in over.findings] == [("threat.exposure", "model.threat.exposure")]


# A veiled threat in words no rule knows, which the classifier scores inside the review band (from 0.15 of its threshold).
VEILED_THREAT = "你好自为之吧，有些后果不是钱能解决的。"


@pytest.mark.parametrize("policy", ["cn-default", "cn-strict"])
def test_the_shipped_band_reviews_a_veiled_threat_scored_far_below_the_threshold(policy):
    """Issue 9: on text it never trained on, the classifier scores severe messages far below its threshold, so the
    shipped policies' band starts at 0.15 of it; a plain payment reminder still goes out."""
    from audit.analysers.wording import WordingAnalyser

    assert WordingAnalyser.from_lexicons().analyse(as_message(sms("M-veiled", VEILED_THREAT))) == []
    gate = Gate(policy, analysers=("wording",), check_deadline_s=None)
    verdict = gate.check(sms("M-veiled", VEILED_THREAT))
    assert verdict.decision == "review"
    assert [f.rule_id for f in verdict.findings] == ["model.threat.violence.near_threshold"]
    assert gate.check(sms("M-ok", "您的账单已逾期三天，请于本周五前登录App还款，如有困难可申请协商。")).decision == "allow"


def test_the_gate_reviews_a_threat_only_the_classifier_sees():
    gate = Gate("cn-default", analysers=("wording",), check_deadline_s=None)
    verdict = gate.check(sms("M-model", "本司将通过本地新闻媒体对您进行公告催收。"))   # no rule frames this one
    assert [(f.category, f.detector) for f in verdict.findings] == [("threat.exposure", "model")]
    assert verdict.decision == "review"


# An SMS signed as a court, in a court's own procedural words: the scan's lawful voices clear it (a real court may send
# it), while the classifier scores impersonation and false legal claims over their thresholds.
COURT_SIGNED = "【青山区人民法院】李*：你被锦岚消费金融起诉一案已立案，请于12月10日前到本院第三法庭应诉，逾期将缺席判决并强制执行。"


def test_a_severe_category_a_lawful_voice_cleared_over_the_threshold_is_reviewed_never_allowed(tmp_path):
    """Issue 9: the classifier alone never lets a severe category through the gate; a lender's pipeline is no court."""
    from audit.analysers.wording import WordingAnalyser

    assert WordingAnalyser.from_lexicons().analyse(as_message(sms("M-court", COURT_SIGNED))) == []
    verdict = Gate("cn-default", analysers=("wording",), check_deadline_s=None).check(sms("M-court", COURT_SIGNED))
    assert verdict.decision == "review"
    cleared = {f.rule_id: f for f in verdict.findings}
    assert "model.misleading.impersonation.cleared" in cleared
    finding = cleared["model.misleading.impersonation.cleared"]
    assert (finding.detector, finding.severity.value) == ("model", "low") and "合法语境" in finding.explanation
    off = Gate(band_policy(tmp_path, None), analysers=("wording",), check_deadline_s=None)
    assert off.check(sms("M-court", COURT_SIGNED)).decision == "allow"
