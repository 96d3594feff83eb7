"""PIPL categories in voices the rules were not written in (issue 14, `pipl_dev6`): dialect function words read
as the standard ones, and the families that batch found missing, each with a lawful near miss beside it."""

from __future__ import annotations

import pytest

from audit.analysers.pii import PiiAnalyser
from audit.paths import LEXICONS
from audit.rulepack import load_rules
from tests.pii_support import shared_finder
from tests.pii_support import sms_categories as categories


@pytest.fixture(scope="module")
def analyser() -> PiiAnalyser:
    return PiiAnalyser(load_rules([LEXICONS], analyzer="pii"), finder=shared_finder())


@pytest.mark.parametrize("text", [
    pytest.param("我哋知道你每晚都喺樓下嗰間麻雀館打牌。", id="cantonese_we_know_you_are_at"),
    pytest.param("侬每天下半天都去菜场门口的棋牌室。", id="shanghainese_you"),
    pytest.param("佢每日朝早都喺公園晨運。", id="cantonese_his_morning"),
])
def test_dialect_function_words_read_as_the_standard_ones(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.sensitive" in categories(analyser, text)


@pytest.mark.parametrize("text", [
    pytest.param("你嘅賬單已經逾期，唔該盡快還款。", id="cantonese_reminder"),
    pytest.param("侬个账单已经到期了，请尽快还款。", id="shanghainese_reminder"),
])
def test_dialect_reminders_stay_lawful(analyser: PiiAnalyser, text: str) -> None:
    assert not categories(analyser, text) & {"pii.sensitive", "pii.excessive"}


@pytest.mark.parametrize(("text", "address"), [
    pytest.param("台中市西區民生路二段58巷3號2樓，是你住的吧？", "台中市西區民生路二段58巷3號2樓", id="taiwan_lane_in_traditional"),
    pytest.param("你阿爸住喺觀塘道210號，我哋知道。", "觀塘道210號", id="cantonese_at_is_not_part_of_it"),
    pytest.param("你住在翠林花园安泰楼1507室吧。", "翠林花园安泰楼1507室", id="named_block_and_room"),
])
def test_addresses_in_traditional_characters_and_hong_kong_forms(text: str, address: str) -> None:
    found = [text[e.start:e.end] for e in shared_finder().find(text) if e.entity_type == "ADDRESS"]
    assert found == [address]
