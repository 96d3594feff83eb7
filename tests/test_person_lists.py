"""PERSON: a given name alone listed after a counted name (晓雯、思琪聚了) is a name, as a cue word would make it; a
listed everyday word is not. Slang and everyday words that start with a surname character (欧巴, 柯基, 高数) are no
names. All names are invented."""

from __future__ import annotations

import pytest

from audit.recognizers.finder import EntityFinder
from tests.pii_support import person_names as names


@pytest.mark.parametrize("text, expected", [
    pytest.param("毕业三年了，终于和晓雯、思琪聚了一次", ["晓雯", "思琪"], id="given_names_listed"),
    pytest.param("宋雨菲、雨桐、佳怡都到了", ["宋雨菲", "雨桐", "佳怡"], id="a_full_name_then_given_names"),
    pytest.param("跟晓雯、明天再说吧", ["晓雯"], id="an_everyday_word_after_the_mark"),
])
def test_listed_given_names(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text", ["欧巴好帅啊啊啊", "柯基的屁股好圆", "高数老师今天又拖堂了二十分钟"])
def test_slang_and_everyday_words_are_no_names(finder: EntityFinder, text: str) -> None:
    assert names(finder, text) == []
