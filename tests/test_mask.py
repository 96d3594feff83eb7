"""Masking: the house masks, configurable operators, and `audit mask` as a file command and a filter."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from presidio_anonymizer.entities import OperatorConfig

from audit.cli import main
from audit.masking import keep_last, mask_digits, mask_evidence, mask_text
from audit.recognizers.finder import Entity
from tests.pii_support import shared_finder

TEXT = "客户李娜手机13812345678，卡号6222 0212 3456 7890 128"
ENTITIES = [Entity("PERSON", 2, 4, 0.9), Entity("CN_MOBILE", 6, 17, 0.95), Entity("CN_BANK_CARD", 20, 43, 1.0)]


def test_house_masks_keep_length_surname_and_last_four() -> None:
    masked = mask_text(TEXT, ENTITIES)
    assert masked == "客户李*手机*******5678，卡号**** **** **** ***0 128"
    assert len(masked) == len(TEXT)


def test_compound_surname_and_address_masks() -> None:
    text = "欧阳娜娜住杭州市西湖区文三路90号"
    masked = mask_text(text, [Entity("PERSON", 0, 4, 0.9), Entity("ADDRESS", 5, 17, 0.6)])
    assert masked == "欧阳**住杭州市西湖区******"


def test_configured_operators_go_through_presidio_anonymizer() -> None:
    masked = mask_text(TEXT, ENTITIES, {"PERSON": OperatorConfig("replace", {"new_value": "<姓名>"})})
    assert masked.startswith("客户<姓名>手机*******5678")


def test_older_helpers_keep_their_behaviour() -> None:
    assert keep_last("13812345678") == "*******5678"
    assert mask_digits("138-1234-5678") == "***-****-5678"
    assert mask_evidence("请致电13812345678") == "请致电*******5678"


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setattr("audit.recognizers.finder.EntityFinder", lambda *a, **k: shared_finder())
    return CliRunner()


RECORDS = [
    {"message_id": "m1", "campaign_id": "c1", "channel": "sms", "batch": 7,
     "text": "【XX资产】张伟您好，您的还款卡6222021234567890128已逾期，请致电13812345678。"},
    {"message_id": "m2", "campaign_id": "c1", "channel": "call",
     "turns": [{"speaker": "agent", "text": "请问是李娜女士吗？"},
               {"speaker": "customer", "text": "是，我身份证110105199003071239", "asr_confidence": 0.87}]},
]


def test_mask_file_writes_masked_records_and_entities(runner: CliRunner, tmp_path) -> None:
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    result = runner.invoke(main, ["mask", str(source), "--out", str(out)])
    assert result.exit_code == 0, result.output
    sms, call = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sms["batch"] == 7 and "6222021234567890128" not in sms["text"] and "13812345678" not in sms["text"]
    assert [e["entity_type"] for e in sms["entities"]] == ["PERSON", "CN_BANK_CARD", "CN_MOBILE"]
    card = sms["entities"][1]
    assert RECORDS[0]["text"][card["start"]:card["end"]] == "6222021234567890128"
    assert call["turns"][1]["text"] == "是，我身份证**************1239"
    assert call["turns"][1]["asr_confidence"] == 0.87          # keys outside the contract carried through
    assert {(e["entity_type"], e["turn"]) for e in call["entities"]} == {("PERSON", 0), ("CN_ID_CARD", 1)}


def test_mask_as_a_filter_with_an_operator(runner: CliRunner) -> None:
    result = runner.invoke(main, ["mask", "--operator", "PERSON=replace:<姓名>"],
                           input=json.dumps(RECORDS[0], ensure_ascii=False) + "\n")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    assert record["text"].startswith("【XX资产】<姓名>您好")


def test_mask_names_file_line_and_field_of_a_bad_record(runner: CliRunner, tmp_path) -> None:
    source = tmp_path / "bad.jsonl"
    source.write_text(json.dumps(RECORDS[0], ensure_ascii=False) + "\n"
                      + json.dumps({"message_id": "m9", "channel": "sms", "text": "hi"}) + "\n", encoding="utf-8")
    result = runner.invoke(main, ["mask", str(source), "--out", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 2
    assert f"{source}:2 field 'campaign_id'" in result.stderr
    assert not (tmp_path / "out.jsonl").exists()


def test_a_number_read_out_over_turns_is_masked_in_every_turn(runner: CliRunner) -> None:
    """The callee's 嗯 cuts the ID between two agent turns, and the customer reads a card out over two of theirs: no
    turn holds either number whole, yet the turns together would give it away. Every piece is masked; only the piece
    with the number's last digits keeps its last four, in the house style."""
    record = {"message_id": "m3", "campaign_id": "c1", "channel": "call",
              "turns": [{"speaker": "agent", "text": "您身份证号我念一下 幺幺洞幺洞五 幺九九洞洞三洞拐"},
                        {"speaker": "customer", "text": "嗯"},
                        {"speaker": "agent", "text": "幺两三九 对吧"},
                        {"speaker": "customer", "text": "对 我卡号是6222 0212 3456"},
                        {"speaker": "agent", "text": "嗯 您说"},
                        {"speaker": "customer", "text": "7890 128"}]}
    result = runner.invoke(main, ["mask"], input=json.dumps(record, ensure_ascii=False) + "\n")
    assert result.exit_code == 0, result.output
    turns = [turn["text"] for turn in json.loads(result.stdout.splitlines()[0])["turns"]]
    assert turns[0] == "您身份证号我念一下 " + "*" * 15          # before: every digit read out, in the clear
    assert turns[2] == "幺两三九 对吧"                              # the ID's last four, as the house style keeps them
    assert turns[3] == "对 我卡号是" + "*" * 14 and turns[5] == "***0 128"
    assert turns[1] == "嗯" and turns[4] == "嗯 您说"
