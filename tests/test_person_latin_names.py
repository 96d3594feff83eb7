"""PERSON: English given names people in China go by at work, in salons and gyms (约了Tony老师, 店长Kevin), counted when
written as a whole run of Latin letters; a longer word, a capitalised acronym or the first of a full English name is
not one. All names are invented."""

from __future__ import annotations

import pytest

from audit.recognizers.finder import EntityFinder
from tests.pii_support import person_names as names


@pytest.mark.parametrize("text, expected", [
    pytest.param("周六上午约了Jenny老师做头发", ["Jenny"], id="before_a_title"),
    pytest.param("前台Vicky说会议室已经订好了", ["Vicky"], id="after_a_role"),
    pytest.param("Derek的普拉提课改到周五晚上", ["Derek"], id="opening_a_message"),
])
def test_english_given_name_counts(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("请在APP里点击Submit按钮", id="interface_words"),
    pytest.param("这款Tonya牌的面霜很好用", id="longer_word"),
    pytest.param("联系人：Peter Zhao（项目经理）", id="full_english_name_left_to_its_own_reading"),
    pytest.param("活动链接在Weibo主页置顶", id="platform_name"),
])
def test_no_english_given_name(finder: EntityFinder, text: str) -> None:
    assert not [name for name in names(finder, text) if name.isascii()]
