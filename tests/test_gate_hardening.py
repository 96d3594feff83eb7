"""The gate under hostile input (issue 10): checks run in worker threads with a deadline that fails
closed and never records late, and nothing inside a check escapes `Gate.check` as an exception."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.gate import DEADLINE_RULE, INTERNAL_ERROR_RULE, Gate

FAR_FUTURE = "9999-12-31T23:59:59-12:00"     # a valid ISO date-time whose UTC instant is past year 9999
SLOW_S = 1.2
DEADLINE_S = 0.4


def sms(message_id: str, text: str, **fields) -> dict:
    return {"message_id": message_id, "campaign_id": "CMP-2026-03", "channel": "sms", "text": text, **fields}


def to_debtor(message_id: str, debtor: str = "D-SLOW") -> dict:
    return sms(message_id, "你这个老赖，赶紧还钱。", debtor_id=debtor, recipient_type="debtor",
               sent_at="2026-03-02T10:00:00+08:00")


@pytest.fixture(scope="module")
def wording_gate():
    gate = Gate("cn-default", analysers=("wording",), check_deadline_s=DEADLINE_S)
    yield gate
    gate.close()


@pytest.fixture
def slow_gate(wording_gate):
    """The real wording analyser, SLOW_S late: as a pathological message would be."""
    [wording] = wording_gate.analysers
    judge = wording.analyse_many

    def slowly(messages):
        time.sleep(SLOW_S)
        return judge(messages)

    wording.analyse_many = slowly
    yield wording_gate
    wording.analyse_many = judge
    time.sleep(SLOW_S)      # let the abandoned worker finish before the next test reads the store


def test_a_sent_at_past_the_calendar_answers_review_not_an_exception(wording_gate):
    verdict = wording_gate.check(to_debtor("F-1") | {"sent_at": FAR_FUTURE})
    assert verdict.decision == "review" and [r.rule_id for r in verdict.reasons] == [INTERNAL_ERROR_RULE]
    far = datetime(9999, 12, 31, 23, 59, 59, tzinfo=timezone(timedelta(hours=-12)))
    assert wording_gate.check(to_debtor("F-2"), sent_at=far).decision == "review"


def test_audit_gate_answers_review_for_it_without_a_traceback():
    result = CliRunner().invoke(main, ["gate", "--record"],
                                input=json.dumps(to_debtor("F-3") | {"sent_at": FAR_FUTURE}) + "\n")
    assert result.exit_code == 0 and result.exception is None
    assert json.loads(result.stdout)["decision"] == "review"
    assert "Traceback" not in result.output


def test_a_check_past_its_deadline_answers_review_in_time(slow_gate):
    started = time.perf_counter()
    verdict = slow_gate.check(sms("S-1", "再不还钱就去你家打断你的腿。"))
    elapsed = time.perf_counter() - started
    assert verdict.decision == "review" and [r.rule_id for r in verdict.reasons] == [DEADLINE_RULE]
    assert "0.4秒" in verdict.reasons[0].explanation and verdict.findings == []
    assert DEADLINE_S <= elapsed < SLOW_S * 0.8


def test_a_check_past_its_deadline_never_records_its_contact(slow_gate):
    assert slow_gate.check(to_debtor("S-2"), record=True).recorded is False
    time.sleep(SLOW_S * 1.5)       # the worker has finished judging by now, and found nothing to block
    with slow_gate.store.session("D-SLOW", lock=False) as history:
        assert history.contacts_since(0) == []


def test_the_event_loop_keeps_running_during_a_check(slow_gate):
    async def scenario() -> tuple[str, int]:
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.01)
                ticks += 1

        ticking = asyncio.ensure_future(ticker())
        verdict = await slow_gate.check_async(sms("S-3", "您好"))
        ticking.cancel()
        return verdict.decision, ticks

    decision, ticks = asyncio.run(scenario())
    assert decision == "review" and ticks >= 5


def test_a_check_within_its_deadline_is_judged_and_recorded(wording_gate):
    verdict = wording_gate.check(to_debtor("S-4", debtor="D-FAST"), record=True)
    assert verdict.decision == "review" and verdict.recorded is True
    assert "wording.insult.contempt_label" in {r.rule_id for r in verdict.reasons}


def test_without_a_deadline_a_check_runs_in_the_calling_thread():
    gate = Gate("cn-default", analysers=("wording",), check_deadline_s=None)
    [wording] = gate.analysers
    judge, threads = wording.analyse_many, []
    wording.analyse_many = lambda messages: threads.append(threading.current_thread()) or judge(messages)
    assert gate.check(sms("N-1", "你这个老赖，赶紧还钱。")).decision == "review"
    assert threads == [threading.current_thread()]
    gate.close()


def test_a_deadline_must_be_positive():
    with pytest.raises(ValueError, match="above 0"):
        Gate("cn-default", analysers=(), check_deadline_s=0)
