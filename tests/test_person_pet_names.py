"""PERSON: pet names in chat (a doubled character, 小 + a given-name character) where a clause opens or a word
that names a person comes before; the look-alikes stay words. All names are invented."""

from __future__ import annotations

import pytest

from audit.recognizers.finder import EntityFinder
from tests.pii_support import person_names as names


@pytest.mark.parametrize("text, expected", [
    pytest.param("他下班顺路去接朵朵", ["朵朵"], id="after_a_verb_of_fetching"),
    pytest.param("佳佳，周末来我家玩", ["佳佳"], id="opening_a_message"),
    pytest.param("奶奶说小蕊又长高了", ["小蕊"], id="xiao_given_after_said"),
    pytest.param("我是果果妈妈，想问一下作业", ["果果"], id="child_of_a_parent"),
    pytest.param("最喜欢的琪琪今天又上热搜了", ["琪琪"], id="after_de"),
    pytest.param("家长群里乐乐爸爸又在发链接了", ["乐乐"], id="before_a_parent_word_mid_clause"),
])
def test_pet_name_counts(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("宝宝今天很乖", id="everyday_word"),
    pytest.param("群里宝宝妈妈都在问", id="everyday_word_before_a_parent_word"),
    pytest.param("这玩意酸酸甜甜好滋味", id="reduplicated_adjectives"),
    pytest.param("哈哈哈哈笑死了", id="laughter"),
    pytest.param("那家店叫东东数码，在二楼", id="shop_name"),
    pytest.param("//@豆豆妈咪_娃娃:转发微博", id="start_of_a_longer_handle"),
    pytest.param("小心路滑，天天开心", id="xiao_word"),
    pytest.param("我的宝宝好好的，谢谢关心", id="everyday_words_after_de"),
])
def test_look_alikes_are_no_pet_names(finder: EntityFinder, text: str) -> None:
    assert names(finder, text) == []


@pytest.mark.parametrize("text", [
    pytest.param("小镇一派欣欣向荣的样子", id="doubled_in_a_four_character_phrase"),
    pytest.param("甜甜的橘子两块钱一斤", id="doubled_adjective_before_de"),
    pytest.param("窗外的毛毛雨一直没停", id="doubled_start_of_a_word_of_three"),
    pytest.param("泡泡糖粘在头发上了", id="doubled_start_of_a_sweet"),
])
def test_a_pet_name_form_inside_a_set_phrase_is_a_word(finder: EntityFinder, text: str) -> None:
    assert names(finder, text) == []


def test_a_given_name_after_he_is_no_phrase_with_it(finder: EntityFinder) -> None:
    assert names(finder, "周末阿峰和德胜两个人去钓鱼") == ["阿峰", "德胜"]
