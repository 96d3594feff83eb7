"""PERSON: a name's end judged by what follows it. A three-character name whose last given character is rare in
names (建设, 长根, 立群) is not cut to surname + one character when what follows ends a name for sure (a particle, a
pronoun, punctuation, 欠), also when jieba reads the given name as a word (何/建设/吗); a weak surname (房, 于, 向, traditional 關 and 區) + a likely given name counts there too; 家 opens a given name
(邓家明) when a name character follows; 在 or a word of what a person does or has (新歌, 今天) after the third character
ends it too. Two-character names followed by an ordinary word, and families and places
(王家的事, 张家港), stay as they are. All names are invented."""

from __future__ import annotations

import pytest

from audit.recognizers.finder import EntityFinder
from tests.pii_support import person_names as names


@pytest.mark.parametrize("text, expected", [
    pytest.param("你好，我是平安普惠的，请问是吴建设吗？", ["吴建设"], id="agent_asks_then_question_particle"),
    pytest.param("王长根你欠的钱什么时候还？", ["王长根"], id="name_then_resuming_pronoun"),
    pytest.param("你老公鲁德贵在工地上班吧", ["鲁德贵"], id="name_then_zai"),
    pytest.param("严星辞新歌上线了", ["严星辞"], id="name_then_a_word_a_person_has"),
    pytest.param("我也是郑爽小仙女的粉丝", ["郑爽"], id="xiao_starts_the_next_word"),
    pytest.param("年轻的马云踩单车路过", ["马云"], id="verb_after_a_two_character_name"),
    pytest.param("我们已经联系了刘立群的单位。", ["刘立群"], id="name_then_possessive"),
    pytest.param("黃立群欠我們五千塊。", ["黃立群"], id="traditional_name_then_owes"),
    pytest.param("请问是郑长根先生吗", ["郑长根"], id="name_then_frame_word"),
    pytest.param("催收员：钟立群，你到底还不还", ["钟立群"], id="speaker_label_then_comma"),
    pytest.param("坐席：喂，房建军吗？这边是法务部", ["房建军"], id="weak_surname_then_question_particle"),
    pytest.param("那个 于海波 你现在住哪", ["于海波"], id="weak_surname_between_spaces"),
    pytest.param("你把车借给向立新的时候签合同了吗", ["向立新"], id="weak_surname_then_possessive"),
    pytest.param("你們係唔係鄧家明嘅朋友？", ["鄧家明"], id="cantonese_family_character_then_ge"),
    pytest.param("你女婿邱永安在哪个单位上班", ["邱永安"], id="son_in_law_frames_the_name"),
    pytest.param("我是客服方丽，找一下你本人", ["方丽"], id="agent_named_after_kefu"),
    pytest.param("熊家豪，你这个月的还款还差八百", ["熊家豪"], id="family_character_opening_given_name"),
    pytest.param("區志駿，你張卡已經逾期咗兩個月", ["區志駿"], id="traditional_ou_surname_then_comma"),
    pytest.param("任建设，你躲得了初一躲不了十五", ["任建设"], id="given_name_that_is_a_word_then_comma"),
    pytest.param("你是何建设吗？上个月的账单还没还", ["何建设"], id="given_name_that_is_a_word_then_particle"),
    pytest.param("我哋搵唔到關鳳琴嘅屋企人", ["關鳳琴"], id="traditional_weak_surname_then_ge"),
])
def test_three_character_name_is_not_cut_short(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("张伟王芳都是联系人。", ["张伟", "王芳"], id="two_names_in_a_row"),
    pytest.param("陈刚先生，您的账单已逾期。", ["陈刚"], id="title_after_name"),
    pytest.param("王芳的电话打不通。", ["王芳"], id="possessive_right_after_name"),
    pytest.param("刘洋今天必须还清。", ["刘洋"], id="word_after_name"),
    pytest.param("我是杨帆，请回电。", ["杨帆"], id="comma_right_after_name"),
    pytest.param("孙丽也在吗？", ["孙丽"], id="adverb_after_name"),
    pytest.param("王家的事你别管。", [], id="a_family_not_a_name"),
    pytest.param("张家港的房子卖了吗", [], id="a_place_with_family_character"),
    pytest.param("你方便吗？高新区的房子还在吗", [], id="weak_surname_in_everyday_words"),
    pytest.param("区法院的传票你收到了吗", [], id="district_not_a_surname"),
    pytest.param("经查询，你名下还有一辆车", [], id="weak_surname_before_a_verb"),
    pytest.param("你向银行的申请通过了吗", [], id="preposition_then_institution"),
    pytest.param("请于今日的下午三点前还款", [], id="preposition_then_date"),
    pytest.param("客服电话是多少？被访人不在家", [], id="frame_words_before_no_name"),
])
def test_two_character_name_keeps_its_end(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("他被韩东骗了好几千", ["韩东"], id="pian"),
    pytest.param("宋岩夸了她一句", ["宋岩"], id="kua"),
])
def test_a_verb_done_with_a_person_does_not_lengthen_a_one_character_given_name(finder: EntityFinder, text: str,
                                                                              expected: list[str]) -> None:
    assert names(finder, text) == expected
