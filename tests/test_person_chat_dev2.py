"""The informal PERSON batches of Dec 4 and 5 (person_chat_dev2, its smaller follow-up 2b, dev3, its follow-up 3b, dev4,
its follow-up 4b, dev5 and its follow-up 5b, dev6 and its follow-up 6b, dev7 and its follow-up 7b) and the two
microblog check sets (person_informal_check, _check2, _check3): reproducible, names where the script marks them, near misses kept,
every record a contract message."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest

from benchmarks.data import (
    make_person_chat_dev2,
    make_person_chat_dev2b,
    make_person_chat_dev3,
    make_person_chat_dev3b,
    make_person_chat_dev4,
    make_person_chat_dev4b,
    make_person_chat_dev5,
    make_person_chat_dev5b,
    make_person_chat_dev6,
    make_person_chat_dev6b,
    make_person_chat_dev7,
    make_person_chat_dev7b,
    make_person_informal_check,
    make_person_informal_check2,
    make_person_informal_check3,
)
from benchmarks.data.make_person_dev import HERE, NAME_MARK
from benchmarks.eval import read_messages


class Batch(NamedTuple):
    file: str
    write: Callable[[Path], Path]
    messages: list[tuple[str, str, str, str]]
    prefix: str
    sizes: range
    near_misses: int


BATCHES = [
    pytest.param(Batch(make_person_chat_dev2.CHAT_DEV2_FILE, make_person_chat_dev2.write_chat_dev2,
                       make_person_chat_dev2.MESSAGES, "person-chat2-", range(140, 171), 40), id="dev2"),
    pytest.param(Batch(make_person_chat_dev2b.CHAT_DEV2B_FILE, make_person_chat_dev2b.write_chat_dev2b,
                       make_person_chat_dev2b.MESSAGES, "person-chat2b-", range(40, 61), 12), id="dev2b"),
    pytest.param(Batch(make_person_chat_dev3.CHAT_DEV3_FILE, make_person_chat_dev3.write_chat_dev3,
                       make_person_chat_dev3.MESSAGES, "person-chat3-", range(140, 161), 60), id="dev3"),
    pytest.param(Batch(make_person_chat_dev3b.CHAT_DEV3B_FILE, make_person_chat_dev3b.write_chat_dev3b,
                       make_person_chat_dev3b.MESSAGES, "person-chat3b-", range(35, 46), 14), id="dev3b"),
    pytest.param(Batch(make_person_chat_dev4.CHAT_DEV4_FILE, make_person_chat_dev4.write_chat_dev4,
                       make_person_chat_dev4.MESSAGES, "person-chat4-", range(140, 161), 60), id="dev4"),
    pytest.param(Batch(make_person_chat_dev4b.CHAT_DEV4B_FILE, make_person_chat_dev4b.write_chat_dev4b,
                       make_person_chat_dev4b.MESSAGES, "person-chat4b-", range(35, 46), 14), id="dev4b"),
    pytest.param(Batch(make_person_chat_dev5.CHAT_DEV5_FILE, make_person_chat_dev5.write_chat_dev5,
                       make_person_chat_dev5.MESSAGES, "person-chat5-", range(140, 171), 70), id="dev5"),
    pytest.param(Batch(make_person_chat_dev5b.CHAT_DEV5B_FILE, make_person_chat_dev5b.write_chat_dev5b,
                       make_person_chat_dev5b.MESSAGES, "person-chat5b-", range(40, 51), 15), id="dev5b"),
    pytest.param(Batch(make_person_chat_dev6.CHAT_DEV6_FILE, make_person_chat_dev6.write_chat_dev6,
                       make_person_chat_dev6.MESSAGES, "person-chat6-", range(140, 171), 70), id="dev6"),
    pytest.param(Batch(make_person_chat_dev6b.CHAT_DEV6B_FILE, make_person_chat_dev6b.write_chat_dev6b,
                       make_person_chat_dev6b.MESSAGES, "person-chat6b-", range(35, 51), 20), id="dev6b"),
    pytest.param(Batch(make_person_chat_dev7.CHAT_DEV7_FILE, make_person_chat_dev7.write_chat_dev7,
                       make_person_chat_dev7.MESSAGES, "person-chat7-", range(140, 161), 75), id="dev7"),
    pytest.param(Batch(make_person_chat_dev7b.CHAT_DEV7B_FILE, make_person_chat_dev7b.write_chat_dev7b,
                       make_person_chat_dev7b.MESSAGES, "person-chat7b-", range(35, 51), 20), id="dev7b"),
    pytest.param(Batch(make_person_informal_check.CHECK_FILE, make_person_informal_check.write_check,
                       make_person_informal_check.MESSAGES, "person-check-", range(270, 281), 110), id="check"),
    pytest.param(Batch(make_person_informal_check2.CHECK_FILE, make_person_informal_check2.write_check,
                       make_person_informal_check2.MESSAGES, "person-check2-", range(285, 301), 110), id="check2"),
    pytest.param(Batch(make_person_informal_check3.CHECK_FILE, make_person_informal_check3.write_check,
                       make_person_informal_check3.MESSAGES, "person-check3-", range(280, 296), 110), id="check3"),
]


def _records(batch: Batch) -> list[dict]:
    with (HERE / batch.file).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


@pytest.mark.parametrize("batch", BATCHES)
def test_script_regenerates_a_byte_identical_file(batch: Batch, tmp_path: Path) -> None:
    assert batch.write(tmp_path).read_bytes() == (HERE / batch.file).read_bytes(), f"stale: regenerate {batch.file}"


@pytest.mark.parametrize("batch", BATCHES)
def test_entity_offsets_point_at_the_marked_names(batch: Batch) -> None:
    records = _records(batch)
    assert len(records) in batch.sizes
    assert len({r["message_id"] for r in records}) == len(records)
    assert all(r["message_id"].startswith(batch.prefix) for r in records)
    for (_, _, _, marked), written in zip(batch.messages, records, strict=True):
        assert [written["text"][e["start"]:e["end"]] for e in written["entities"]] == NAME_MARK.findall(marked)
        assert {e["entity_type"] for e in written["entities"]} <= {"PERSON"}, written["message_id"]


@pytest.mark.parametrize("batch", BATCHES)
def test_batch_holds_near_misses_without_a_name(batch: Batch) -> None:
    assert sum(not r["entities"] for r in _records(batch)) >= batch.near_misses


@pytest.mark.parametrize("batch", BATCHES)
def test_every_record_reads_as_a_contract_message(batch: Batch) -> None:
    messages = read_messages(HERE / batch.file)
    assert [m.message_id for m in messages] == [r["message_id"] for r in _records(batch)]
    assert all(m.turns for m in messages if m.channel == "call")
