"""PERSON: where the rules' end stops at a character jieba groups with the next one (沈砚|之和), the model takes the name
to its third character when sure of it; a compound surname + one given character (司徒清) is asked of the model too.
Two-character names before a word stay two characters. All names are invented."""

from __future__ import annotations

import pytest

from audit.recognizers.finder import EntityFinder
from tests.pii_support import person_names as names


@pytest.mark.parametrize("text, expected", [
    pytest.param("我站沈砚之和苏念，其他都是邪教", ["沈砚之", "苏念"], id="third_character_jieba_glued_on"),
    pytest.param("沈星禾温屿川太配了吧", ["沈星禾", "温屿川"], id="two_full_names_glued"),
    pytest.param("司徒清黑化那段演得太好了", ["司徒清"], id="compound_surname_and_one_character"),
])
def test_model_finds_the_whole_name(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("周敏明天来还钱", ["周敏"], id="two_characters_before_a_word"),
    pytest.param("赵磊打球真好看", ["赵磊"], id="two_characters_before_a_verb"),
])
def test_two_character_names_keep_their_end(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected
