"""The ADDRESS leftovers batch of Dec 4 (`address_chat_dev.jsonl`, issue 14): reproducible, addresses where the
script marks them, near misses kept, every record a contract message; and the ADDRESS families it showed (a group
mention, towers, car-park levels, reference-point landmarks). (Named test_person_* as the PERSON batches' tests are: one owner for the informal batches of issue 14.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audit.recognizers.finder import EntityFinder
from benchmarks.data import make_address_chat_dev
from benchmarks.data.make_person_dev import HERE
from benchmarks.eval import read_messages

BATCH = HERE / make_address_chat_dev.ADDRESS_CHAT_DEV_FILE


def _records() -> list[dict]:
    with BATCH.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_script_regenerates_a_byte_identical_file(tmp_path: Path) -> None:
    assert make_address_chat_dev.write_address_chat_dev(tmp_path).read_bytes() == BATCH.read_bytes()


def test_entity_offsets_point_at_the_marked_addresses() -> None:
    records = _records()
    assert 35 <= len(records) <= 45
    assert len({r["message_id"] for r in records}) == len(records)
    for (_, _, _, marked), written in zip(make_address_chat_dev.MESSAGES, records, strict=True):
        marks = make_address_chat_dev.ADDRESS_MARK.findall(marked)
        assert [written["text"][e["start"]:e["end"]] for e in written["entities"]] == marks
        assert {e["entity_type"] for e in written["entities"]} <= {"ADDRESS"}


def test_batch_holds_near_misses_without_an_address() -> None:
    assert sum(not r["entities"] for r in _records()) >= 15


def test_every_record_reads_as_a_contract_message() -> None:
    assert [m.message_id for m in read_messages(BATCH)] == [r["message_id"] for r in _records()]


def _addresses(finder: EntityFinder, text: str) -> list[str]:
    return [text[e.start:e.end] for e in finder.find(text) if e.entity_type == "ADDRESS"]


@pytest.mark.parametrize("text, expected", [
    pytest.param("@全体成员 9号楼1603的车主请挪一下车", ["9号楼1603"], id="a_mention_before_a_flat_is_cut_off"),
    pytest.param("@所有人 15栋2单元302家里漏水了", ["15栋2单元302"], id="mention_of_everyone"),
    pytest.param("简历寄到苏州市姑苏区人民路300号锦华中心C塔1208室", ["苏州市姑苏区人民路300号锦华中心C塔1208室"],
                 id="a_lettered_tower"),
    pytest.param("材料送到合肥市包河区徽州大道66号天悦大厦东塔1902", ["合肥市包河区徽州大道66号天悦大厦东塔1902"],
                 id="a_tower_named_by_its_side"),
    pytest.param("我住在郑州市金水区花园路18号丹尼斯广场对面", ["郑州市金水区花园路18号"],
                 id="a_landmark_named_as_a_reference_point"),
    pytest.param("文件已送达济南市历下区泉城路180号", ["济南市历下区泉城路180号"], id="the_da_of_songda"),
    pytest.param("车停在枫林湾小区地下二层了", [], id="a_car_park_level"),
    pytest.param("他的车在世纪花园B2层车位", [], id="a_lettered_car_park_level"),
    pytest.param("电视塔晚上会亮灯", [], id="a_tower_that_is_a_landmark"),
    pytest.param("@全体成员12栋3单元701今晚停电检修", ["12栋3单元701"], id="a_group_mention_with_no_space_after_it"),
    pytest.param("面试地点在软件园3号塔1105会议室", ["软件园3号塔1105"], id="a_numbered_tower"),
    pytest.param("车停在枫林湾小区地库3层了", [], id="a_car_park_called_diku"),
])
def test_address_leftovers_of_issue_14(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert _addresses(finder, text) == expected
