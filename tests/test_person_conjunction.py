"""PERSON: 和 / 从 before a name with no frame are the conjunction and the preposition, not a surname (我站沈砚之和苏念,
终于和晓雯聚了); in a frame 和 is still a surname. Given-name characters of modern names (屿, 川, 棠) make a
name whole. All names are invented."""

from __future__ import annotations

import pytest

from audit.recognizers.finder import EntityFinder
from tests.pii_support import person_names as names


@pytest.mark.parametrize("text, expected", [
    pytest.param("我最喜欢的两个角色是顾长卿和苏念，其他都一般", ["顾长卿", "苏念"], id="he_before_a_full_name"),
    pytest.param("毕业三年了，终于和晓雯聚了一次", ["晓雯"], id="he_before_given_names_alone"),
    pytest.param("周末从刘洋那借了一本书", ["刘洋"], id="cong_before_a_full_name"),
    pytest.param("尊敬的和丽娟女士，您的账单已出", ["和丽娟"], id="he_as_a_surname_in_a_frame"),
    pytest.param("我宣布温屿川就是最会穿衣服的男人", ["温屿川"], id="modern_given_name_characters"),
    pytest.param("投票通道开啦，为林晚棠冲鸭", ["林晚棠"], id="modern_given_name_after_wei"),
])
def test_names_after_a_conjunction(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected
