"""PERSON: a given name alone with no cue word the rules know (我觉得雨萱最近…, 昨晚梦到芷晴了), counted when the
CRF is sure of it; words, lenders, buildings and a letter's addressee made of given-name characters stay no names,
and the second opinion is asked only of what the rules' checks of a given name alone let through. All names are
invented."""

from __future__ import annotations

import pytest

import audit.recognizers.person as person
from audit.recognizers.finder import EntityFinder
from tests.pii_support import person_names as names


@pytest.mark.parametrize("text, expected", [
    pytest.param("我觉得雨萱最近不太开心", ["雨萱"], id="subject_after_a_verb_of_thinking"),
    pytest.param("今天一整天诗琪都没说话", ["诗琪"], id="subject_after_a_time_phrase"),
    pytest.param("昨晚梦到芷晴了", ["芷晴"], id="object_of_a_verb"),
    pytest.param("追了两年欣妍的剧，终于完结了", ["欣妍"], id="before_de"),
    pytest.param("我刚看完欣怡的直播", ["欣怡"], id="before_de_after_a_verb"),
])
def test_given_name_alone_the_model_is_sure_of(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("刚刚发表了博文《秋天的午后》", id="blog_post"),
    pytest.param("委托方：恒信小贷", id="lender_short_name"),
    pytest.param("致禾丰镇中心小学", id="letter_addressee"),
    pytest.param("地址：恒鑫大厦12楼", id="building"),
    pytest.param("晚安呀，明天见", id="greeting"),
    pytest.param("致：鸿远精密机械有限公司人力资源部", id="firm_before_its_trade"),
    pytest.param("你在那个捷顺物流上班是吧", id="workplace_before_its_trade"),
    pytest.param("尊敬的宇文先生，您的借款已逾期", id="compound_surname_before_a_title"),
])
def test_look_alikes_stay_words(finder: EntityFinder, text: str) -> None:
    assert names(finder, text) == []


def test_the_model_decides(finder: EntityFinder, monkeypatch: pytest.MonkeyPatch) -> None:
    """The names above come from the CRF's second opinion: with no margin high enough, the rules alone find none."""
    monkeypatch.setattr(person, "GIVEN_ALONE_MARGINAL", 1.01)
    assert names(finder, "昨晚梦到芷晴了 我觉得雨萱最近不太开心") == []
