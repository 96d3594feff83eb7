"""PERSON: a given name alone listed after a counted name (晓雯、思琪聚了) is a name, as a cue word would make it, and
so is a surname + given name the list closes, even one that is a word (田晓禾、余生、金朵朵); a listed everyday word
or relation is not. Slang and everyday words that start with a surname character (欧巴, 柯基, 高数) are no
names. All names are invented."""

from __future__ import annotations

import pytest

from audit.recognizers.finder import EntityFinder
from tests.pii_support import person_names as names


@pytest.mark.parametrize("text, expected", [
    pytest.param("毕业三年了，终于和晓雯、思琪聚了一次", ["晓雯", "思琪"], id="given_names_listed"),
    pytest.param("宋雨菲、雨桐、佳怡都到了", ["宋雨菲", "雨桐", "佳怡"], id="a_full_name_then_given_names"),
    pytest.param("跟晓雯、明天再说吧", ["晓雯"], id="an_everyday_word_after_the_mark"),
    pytest.param("感谢本期嘉宾：田晓禾、余生、金朵朵", ["田晓禾", "余生", "金朵朵"], id="full_names_that_are_words"),
    pytest.param("名单公布：叶建明、欧阳虹、覃海涛等十人入选", ["叶建明", "欧阳虹", "覃海涛"], id="a_list_closed_by_deng"),
    pytest.param("同住：妻子邵丽芳、岳母", ["邵丽芳"], id="a_relation_listed_after_a_name"),
    pytest.param("表扬：钟沁、江海、雷鸣本月零迟到", ["钟沁", "江海"], id="an_item_the_list_does_not_close"),
])
def test_listed_given_names(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text", ["欧巴好帅啊啊啊", "柯基的屁股好圆", "高数老师今天又拖堂了二十分钟"])
def test_slang_and_everyday_words_are_no_names(finder: EntityFinder, text: str) -> None:
    assert names(finder, text) == []
