"""PERSON: a name jieba's dictionary counts often because the person is well known is a name in chat with no frame
around it, where the surname rules used to read any frequent dictionary "name" as an everyday word first. Fictional
characters stand in for the public figures chat talks about. Words that run a surname character into a common word,
into another word or into a place stay no names."""

from __future__ import annotations

import pytest

from audit.recognizers.finder import EntityFinder
from tests.pii_support import person_names as names


@pytest.mark.parametrize("text, expected", [
    pytest.param("小时候最喜欢韦小宝了，太逗了", ["韦小宝"], id="character_after_a_verb"),
    pytest.param("我觉得周芷若演得比原著好", ["周芷若"], id="character_opening_a_clause"),
    pytest.param("林黛玉那种性格现在谁受得了", ["林黛玉"], id="character_at_the_start"),
])
def test_a_well_known_name_counts_without_a_frame(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("本所执业许可证号31xxxxx，请核实", id="surname_character_into_a_common_word"),
    pytest.param("雷阵雨明天下午到，记得带伞", id="surname_character_into_another_word"),
    pytest.param("五一黄金周出去玩吗", id="surname_character_into_a_common_word_then_one_more"),
    pytest.param("周末去贺兰山看岩画", id="a_place"),
])
def test_frequent_dictionary_words_stay_no_names(finder: EntityFinder, text: str) -> None:
    assert names(finder, text) == []
