"""PERSON: a given name used alone in chat and calls (跟X说, 我找X, X今天…, X哥哥), counted where a word that
names a person comes before or a clause opens, and a word a person does or is comes after; look-alikes stay
words. All names are invented."""

from __future__ import annotations

import pytest

from audit.recognizers.finder import EntityFinder
from tests.pii_support import person_names as names


@pytest.mark.parametrize("text, expected", [
    pytest.param("你帮我跟晓彬说一声，明天别来了", ["晓彬"], id="after_gen_before_shuo"),
    pytest.param("请转告雨涵，她的快递到了", ["雨涵"], id="after_pass_on"),
    pytest.param("你们认识俊豪吗", ["俊豪"], id="after_know_before_question"),
    pytest.param("欣怡今天没来上班", ["欣怡"], id="opening_the_message"),
    pytest.param("客户：嗯 梓萱 那你先别挂", ["梓萱"], id="between_spaces_in_a_call"),
    pytest.param("亮子你那个车还卖不卖", ["亮子"], id="given_char_and_zi"),
    pytest.param("丽芸姐，房租我转你了", ["丽芸"], id="with_jie_left_out"),
    pytest.param("客户：嗯呐 凤英是俺家老二", ["凤英"], id="before_shi_in_a_call"),
    pytest.param("回复婧子小可爱：谢谢啦", ["婧子"], id="after_a_verb_taking_a_person"),
    pytest.param("浩宁哥哥的新歌好好听", ["浩宁哥哥"], id="with_sibling_term"),
    pytest.param("祝思妍生日快乐，越来越漂亮", ["思妍"], id="wished_a_happy_birthday"),
    pytest.param("大家一起为俊熙加油", ["俊熙"], id="cheered_on"),
    pytest.param("周末陪欣妍去游乐园玩了一天", ["欣妍"], id="after_a_verb_whose_object_is_a_person"),
    pytest.param("周末跟静仪去爬山", ["静仪"], id="given_char_yi"),
    pytest.param("嘉伦今天又迟到了", ["嘉伦"], id="given_char_lun"),
    pytest.param("浩轩居然把游戏机卖了", ["浩轩"], id="before_an_adverb"),
    pytest.param("子轩外婆来接他放学", ["子轩"], id="before_a_relative_of_theirs"),
    pytest.param("跟着梓涵学了半年街舞", ["梓涵"], id="after_gen_zhe"),
    pytest.param("聚会那天，婧怡从深圳赶回来", ["婧怡"], id="before_cong"),
    pytest.param("@思彤 周末去爬山吗", ["思彤"], id="a_handle_that_is_a_given_name"),
    pytest.param("振华哥明天开车送我们去车站", ["振华"], id="a_commoner_pair_with_ge_left_out"),
])
def test_given_name_alone_counts(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("今天天气不错，超爽，推荐大家来", id="word_between_commas"),
    pytest.param("明天我跟平安说好了", id="everyday_word_after_a_cue"),
    pytest.param("建国以来第一次这么热", id="everyday_word_at_the_start"),
    pytest.param("孩子们都很喜欢新来的老师", id="everyday_words_only"),
    pytest.param("小姐姐你好，请问这个怎么卖", id="familiar_address"),
    pytest.param("您好，我是瑞信的客服，您的账单今天到期", id="lender_short_name_before_its_staff"),
    pytest.param("客户：谁\n坐席：嘉信的 你先别挂", id="lender_short_name_ending_in_xin"),
    pytest.param("还款方式：通过青禾借APP还款", id="lender_short_name_before_its_app"),
    pytest.param("这笔结清了，征信就好了", id="credit_report"),
    pytest.param("你给恒兴驾校当教练，学员知道吗", id="a_business_after_gei"),
    pytest.param("祝大家新年快乐，万事如意", id="wish_to_everyone"),
    pytest.param("为明天加油", id="everyday_word_cheered_on"),
    pytest.param("然后我们就回家了，满意度调查明天再填", id="words_with_newer_given_chars"),
    pytest.param("@美食 求推荐一家火锅店 @明天 见", id="handles_that_are_words"),
    pytest.param("坐席：您好，这是华诚提醒，您的账单今天到期", id="lender_short_name_after_shi"),
])
def test_look_alikes_stay_words(finder: EntityFinder, text: str) -> None:
    assert names(finder, text) == []


def test_a_zhu_surname_before_no_wish_stays_a_full_name(finder: EntityFinder) -> None:
    assert names(finder, "祝文华先生您好，您的账单已逾期") == ["祝文华"]


@pytest.mark.parametrize("text, expected", [
    pytest.param("好想婧琪啊，什么时候回国", ["婧琪"], id="after_hao_xiang"),
    pytest.param("机场偶遇昱辰，本人比照片还帅", ["昱辰"], id="after_ou_yu"),
    pytest.param("我们沐熙最好看", ["沐熙"], id="after_women_before_zui"),
    pytest.param("今天，泓宇生日，大家都来了", ["泓宇"], id="before_sheng_ri"),
])
def test_given_name_alone_in_fan_talk(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("好想出去旅游啊", id="hao_xiang_before_a_verb"),
    pytest.param("我们明天最好早点出发", id="women_before_a_day"),
    pytest.param("看到晚霞真美", id="kan_dao_before_a_sky"),
])
def test_fan_talk_words_before_everyday_words_stay_words(finder: EntityFinder, text: str) -> None:
    assert names(finder, text) == []
