"""The independent conduct calls set (issue 11): reproducible, valid per the contract, labelled on the right
turns, shaped as promised; and the evaluation's scoring on toy findings."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from audit.analysers.base import MessageAnalyser
from audit.errors import InputRecordError
from audit.finding import Finding, Severity
from audit.message import Message
from benchmarks.data.make_conduct_calls import (
    CALLS_FILE,
    CEASE_IGNORED,
    CONDUCT_CATEGORIES,
    DISCLOSURE,
    HARDSHIP_IGNORED,
    HERE,
    NO_SELF_ID,
    THIRD_PARTY_PRESSED,
    build,
    call,
    write_calls,
)
from benchmarks.eval_conduct import evaluate_calls, first_turns, load_calls
from tests.conduct_set_support import FULL_ID_CARD, FULL_MOBILE, read_calls, read_records


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return read_records(HERE / CALLS_FILE)


@pytest.fixture(scope="module")
def calls() -> list[Message]:
    return read_calls(HERE / CALLS_FILE)


def test_script_regenerates_a_byte_identical_file(tmp_path: Path) -> None:
    written = write_calls(tmp_path)
    assert written.read_bytes() == (HERE / CALLS_FILE).read_bytes(), "stale: rerun make_conduct_calls"


def test_every_record_is_a_contract_call(calls: list[Message], records: list[dict]) -> None:
    assert len(calls) == len(records)
    for message in calls:
        assert message.channel == "call" and message.turns, message.message_id
        assert {turn.speaker for turn in message.turns} <= {"agent", "customer", "third_party"}
        assert any(turn.speaker == "agent" for turn in message.turns), message.message_id
        assert message.agent_id, message.message_id


def test_labels_name_a_conduct_category_on_an_agent_turn_where_it_can_show(calls: list[Message]) -> None:
    for message in calls:
        labels = message.extra["labels"]
        assert isinstance(labels, list), message.message_id
        categories = [label["category"] for label in labels]
        assert len(categories) == len(set(categories)), message.message_id
        speakers = [turn.speaker for turn in message.turns]
        for label in labels:
            where = f"{message.message_id} {label}"
            assert set(label) == {"category", "turn"}, where
            assert label["category"] in CONDUCT_CATEGORIES, where
            turn = label["turn"]
            assert isinstance(turn, int) and 0 <= turn < len(speakers), where
            assert speakers[turn] == "agent", where
            if label["category"] == NO_SELF_ID:
                assert turn == speakers.index("agent"), where
            if label["category"] in (THIRD_PARTY_PRESSED, HARDSHIP_IGNORED, CEASE_IGNORED):
                # something the callee said comes first: the denial, the hardship, the stop request
                assert any(s != "agent" for s in speakers[:turn]), where


def test_shape_of_the_set(calls: list[Message], records: list[dict]) -> None:
    assert len(calls) >= 170
    compliant = [m for m in calls if not m.extra["labels"]]
    assert 0.35 <= len(compliant) / len(calls) <= 0.45
    per_category = Counter(label["category"] for m in calls for label in m.extra["labels"])
    assert set(per_category) == set(CONDUCT_CATEGORIES)
    assert min(per_category.values()) >= 25, per_category
    assert any(len(m.extra["labels"]) >= 2 for m in calls)
    as_text = [r for r in records if "text" in r]
    assert 0.2 <= len(as_text) / len(records) <= 0.3
    timed = [r for r in records if "turns" in r and all("start" in t and "end" in t for t in r["turns"])]
    untimed = [r for r in records if "turns" in r and not any("start" in t for t in r["turns"])]
    assert len(timed) > len(records) / 2 and untimed
    assert len(timed) + len(untimed) + len(as_text) == len(records)
    assert {r.get("recipient_type") for r in records} == {"debtor", "third_party", "unknown", None}
    assert len({r["campaign_id"] for r in records}) >= 6 and len({r["agent_id"] for r in records}) >= 10


def test_timings_run_forward_within_each_turn(records: list[dict]) -> None:
    for record in records:
        for turn in record.get("turns", []):
            if "start" in turn:
                assert 0 <= turn["start"] < turn["end"], record["message_id"]


def test_no_full_identifiers(calls: list[Message]) -> None:
    for message in calls:
        for turn in message.turns:
            assert not FULL_MOBILE.search(turn.text) and not FULL_ID_CARD.search(turn.text), message.message_id


@pytest.mark.parametrize(("body", "field", "reason"), [
    ("坐席：您好\n[H]客户：我住院了", "labels", "marks a customer turn"),
    ("坐席：您好，请问是本人吗\n客户：是\n[N]坐席：欠款三千", "labels", "first agent turn"),
    ("[DD]坐席：您的借款已逾期", "labels", "given twice"),
    ("坐席：您好\n客户说：是我", "turns", "no speaker prefix"),
])
def test_a_malformed_call_is_an_error_naming_file_line_and_field(body: str, field: str, reason: str) -> None:
    with pytest.raises(InputRecordError) as caught:
        build({"cc-robot": [call("坐席：您好，这里是明远银行，请问是本人吗"), call(body)]}, "calls.jsonl")
    assert (caught.value.path, caught.value.line, caught.value.field) == ("calls.jsonl", 2, field)
    assert reason in caught.value.reason


def test_markers_become_labels_on_their_turns() -> None:
    [record] = build({"cc-robot": [call("""
        [ND]坐席：您的借款已逾期三天
        客户：我是他老婆
        [T]坐席：那你替他还
    """)]})
    assert record["labels"] == [{"category": DISCLOSURE, "turn": 0}, {"category": NO_SELF_ID, "turn": 0},
                                {"category": THIRD_PARTY_PRESSED, "turn": 2}]
    assert [turn["text"] for turn in record["turns"]] == ["您的借款已逾期三天", "我是他老婆", "那你替他还"]


def test_load_calls_rejects_a_label_outside_the_call(tmp_path: Path) -> None:
    path = tmp_path / "calls.jsonl"
    record = {"message_id": "x1", "campaign_id": "c", "channel": "call", "text": "坐席：您好\n客户：嗯",
              "labels": [{"category": HARDSHIP_IGNORED, "turn": 5}]}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(InputRecordError) as caught:
        load_calls(path)
    assert (caught.value.line, caught.value.field) == (1, "labels")


# ---------------------------------------------------------------- the evaluation's scoring


class ScriptedAnalyser(MessageAnalyser):
    """A stand-in conduct analyser: per message id, the (category, turn) findings to report."""

    name = "conduct"

    def __init__(self, script: dict[str, list[tuple[str, int | None]]]) -> None:
        super().__init__([])
        self.script = script

    def applies_to(self, message: Message) -> bool:
        return True

    def analyse(self, message: Message) -> list[Finding]:
        return [Finding(analyzer="conduct", category=category, rule_id=f"toy.{category}", severity=Severity.HIGH,
                        campaign_id=message.campaign_id, regulation="", explanation="",
                        message_id=message.message_id, turn=turn)
                for category, turn in self.script.get(message.message_id, [])]

    def example_matches(self, rule, text: str) -> bool:
        return False


def test_first_turns_takes_the_earliest_turn_per_conduct_category() -> None:
    findings = ScriptedAnalyser({"m": [(HARDSHIP_IGNORED, 6), (HARDSHIP_IGNORED, 4), ("abuse.insult", 1),
                                       (CEASE_IGNORED, None)]}).analyse(
        Message(message_id="m", campaign_id="c", channel="call"))
    assert first_turns(findings) == {HARDSHIP_IGNORED: 4, CEASE_IGNORED: None}


def test_evaluation_scores_calls_compliant_flags_and_turns(tmp_path: Path) -> None:
    lines = [
        {"message_id": "a", "labels": [{"category": HARDSHIP_IGNORED, "turn": 2}, {"category": NO_SELF_ID, "turn": 0}]},
        {"message_id": "b", "labels": [{"category": CEASE_IGNORED, "turn": 2}]},
        {"message_id": "c", "labels": []},
        {"message_id": "d", "labels": []},
    ]
    path = tmp_path / "calls.jsonl"
    path.write_text("".join(json.dumps({**line, "campaign_id": "t", "channel": "call",
                                        "text": "坐席：喂\n客户：我住院了\n坐席：今天还钱"}, ensure_ascii=False) + "\n"
                            for line in lines), encoding="utf-8")
    analyser = ScriptedAnalyser({"a": [(HARDSHIP_IGNORED, 2), (NO_SELF_ID, 2)],    # right turn, wrong turn
                                 "b": [],                                        # missed
                                 "c": [(DISCLOSURE, 0)]})                        # compliant call flagged
    result = evaluate_calls(analyser, load_calls(path))
    scores = result.categories.scores
    assert (scores["micro"].tp, scores["micro"].fp, scores["micro"].fn) == (2, 1, 1)
    assert scores[CEASE_IGNORED].recall == 0.0 and scores[HARDSHIP_IGNORED].f1 == 1.0
    assert (result.categories.flagged_clean, result.categories.clean) == (1, 2)
    assert result.turn_hits == 1 and result.true_positives == 2 and result.turn_accuracy == 0.5
    assert [(m.message_id, category, turn, found) for m, category, turn, found in result.turn_misses] == [
        ("a", NO_SELF_ID, 0, 2)]
