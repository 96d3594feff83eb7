"""PERSON: a name after a role or household word (房东X, 主播X, 我家X, 宝贝X, 父亲X even where 亲王 is a word) and a given name alone before a verb of
speech (X问我, X讲, X告诉我); the same words with no name after them stay words, and a
foreign-sounding brand (an account named …官方 or …公益) is no name wherever it recurs. All names are invented."""

from __future__ import annotations

import pytest

from audit.recognizers.finder import EntityFinder
from tests.pii_support import person_names as names


@pytest.mark.parametrize("text, expected", [
    pytest.param("房东杜建宁说水费下个月要涨", ["杜建宁"], id="full_name_after_landlord"),
    pytest.param("导演卢晨远的新片定档了", ["卢晨远"], id="full_name_after_director"),
    pytest.param("父亲王德贵，一生勤劳", ["王德贵"], id="surname_glued_to_the_frame_into_a_word"),
    pytest.param("你母亲王桂芝的电话我们也有", ["王桂芝"], id="mother_before_wang"),
    pytest.param("这部番的配音季晓凡太会了", ["季晓凡"], id="full_name_after_voice_actor"),
    pytest.param("我表哥鹿鸣川在做游戏攻略视频", ["鹿鸣川"], id="full_name_after_cousin"),
    pytest.param("主播晓蔓的链接在哪里", ["晓蔓"], id="given_name_after_streamer"),
    pytest.param("我家梓睿今天会叫妈妈了", ["梓睿"], id="given_name_after_wo_jia"),
    pytest.param("宝贝思琪三岁啦，越来越调皮", ["思琪"], id="given_name_after_baobei"),
    pytest.param("佳慧讲她下周回老家", ["佳慧"], id="given_name_before_jiang"),
    pytest.param("婧雯问我明天几点出发", ["婧雯"], id="given_name_before_wen"),
    pytest.param("听浩然说那家店关门了", ["浩然"], id="given_name_after_ting"),
])
def test_names_after_roles_and_before_speech_count(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("我家楼下新开了一家超市", id="wo_jia_before_a_place"),
    pytest.param("宝贝们晚安，明天见", id="baobei_to_everyone"),
    pytest.param("主播今天不播了，明晚补上", id="streamer_without_a_name"),
    pytest.param("房东说下个月房租要涨", id="landlord_without_a_name"),
    pytest.param("我们家明天去郊游", id="an_everyday_word_after_wo_men_jia"),
    pytest.param("导演说这条再来一遍", id="director_without_a_name"),
])
def test_role_words_alone_stay_words(finder: EntityFinder, text: str) -> None:
    assert names(finder, text) == []


@pytest.mark.parametrize("text", [
    pytest.param("@卡洛斯公益 今天的活动 #卡洛斯爱心月# 转发有奖", id="charity_account_and_its_tag"),
    pytest.param("//@维尔纳官方:新品上市啦 #维尔纳#", id="official_account_and_its_tag"),
])
def test_a_foreign_sounding_brand_is_no_name_anywhere_in_the_text(finder: EntityFinder, text: str) -> None:
    assert names(finder, text) == []


def test_a_foreign_name_without_a_brand_word_still_counts(finder: EntityFinder) -> None:
    assert names(finder, "卡洛斯今天又进了两个球") == ["卡洛斯"]


def test_a_weak_surname_candidate_that_does_not_count_leaves_the_given_name_after_it(finder: EntityFinder) -> None:
    assert names(finder, "浩宇和婉清的婚宴定在下个月") == ["浩宇", "婉清"]


@pytest.mark.parametrize("text, expected", [
    pytest.param("导演卢卡斯的新片下周上映", ["卢卡斯"], id="after_director"),
    pytest.param("主持人罗德里格斯开场就讲了个笑话", ["罗德里格斯"], id="after_host"),
])
def test_a_framed_foreign_name_is_not_vetoed_by_the_model(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("淑娴织的毛衣送给孙子了", ["淑娴"], id="unknown_pair_of_name_characters_opens_the_message"),
    pytest.param("致宁女士：您好", [], id="a_letter_opening_with_zhi"),
    pytest.param("超超超好吃的蛋糕", [], id="a_doubled_intensifier"),
    pytest.param("坐席：您好，这里是安达金融智能客服", [], id="a_framed_run_ending_inside_a_word"),
])
def test_an_opening_given_name_and_its_look_alikes(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


def test_a_given_name_before_a_modal_or_cognitive_verb_counts(finder: EntityFinder) -> None:
    assert names(finder, "放学后，婧涵记得把作业本带回来") == ["婧涵"]


def test_a_dictionary_name_with_no_name_character_after_its_surname_is_a_word(finder: EntityFinder) -> None:
    assert names(finder, "熬夜熬成了熊猫眼") == []


@pytest.mark.parametrize("text, expected", [
    pytest.param("亲爱的婉清，生日快乐", ["婉清"], id="after_qin_ai_de"),
    pytest.param("#雨萱生快# 永远十八岁", ["雨萱"], id="in_a_birthday_tag_in_slang"),
    pytest.param("亲爱的朋友们，新年好", [], id="qin_ai_de_before_friends"),
    pytest.param("亲爱的祖国生日快乐", [], id="qin_ai_de_before_an_everyday_word"),
])
def test_microblog_forms_of_address(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("@建军_88 你到家了吗", ["建军"], id="a_given_name_handle_with_a_suffix_set_apart"),
    pytest.param("@彩虹 今天的照片拍得真好", [], id="a_handle_that_is_an_everyday_word"),
])
def test_handles_of_two_name_characters(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


def test_a_full_name_jieba_glued_to_the_next_character_is_cut_back(finder: EntityFinder) -> None:
    assert names(finder, "陈泽伟腹黑又傲娇") == ["陈泽伟"]


@pytest.mark.parametrize("text, expected", [
    pytest.param("店长说客服小栗今天休息", [], id="xiao_and_a_surname_after_a_role_is_a_nickname"),
    pytest.param("我家小区门口在修路", [], id="wo_jia_before_xiao_qu"),
])
def test_a_nickname_with_xiao_after_a_role_or_household_word(finder: EntityFinder, text: str,
                                                             expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("志愿者婉清周六带小朋友做手工", ["婉清"], id="volunteer"),
    pytest.param("球友阿健约我明早打羽毛球", ["阿健"], id="ball_friend_with_a"),
    pytest.param("实习生小蔓把报表发群里了", ["小蔓"], id="intern_with_xiao"),
    pytest.param("站姐豆豆的返图出来了", ["豆豆"], id="fansite_doubled_pet_name"),
])
def test_a_given_name_after_a_role_in_a_group_or_team(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("志愿者服务时长怎么查", id="volunteer_service"),
    pytest.param("网友表示这个价格太离谱", id="netizens_say"),
    pytest.param("粉丝福利明晚八点抽奖", id="fan_benefits"),
    pytest.param("选手名单公布了", id="contestant_list"),
])
def test_role_words_of_groups_alone_stay_words(finder: EntityFinder, text: str) -> None:
    assert names(finder, text) == []


@pytest.mark.parametrize("text, expected", [
    pytest.param("昨天在商场碰见了韩立新，立新瘦了好多", ["韩立新", "立新"], id="given_name_after_the_full_name"),
    pytest.param("许文涛请客，大家吃完文涛结的账", ["许文涛", "文涛"], id="given_name_before_a_verb"),
])
def test_the_given_name_of_a_counted_full_name_counts_where_it_recurs(finder: EntityFinder, text: str,
                                                                     expected: list[str]) -> None:
    assert names(finder, text) == expected


def test_a_recurring_given_name_glued_into_a_word_stays_a_word(finder: EntityFinder) -> None:
    assert names(finder, "邓建国说建国以来这条街变化最大") == ["邓建国"]


@pytest.mark.parametrize("text, expected", [
    pytest.param("#卢思远# 新剧定档啦", ["卢思远"], id="hashtag_of_a_name"),
    pytest.param("#卢思远超话# 每日签到", ["卢思远"], id="super_topic_of_a_name"),
])
def test_a_hashtag_that_is_a_name(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("#周末去哪儿# 推荐几个公园", id="hashtag_of_words"),
    pytest.param("#黄金周# 出游攻略", id="hashtag_of_a_holiday"),
])
def test_a_hashtag_of_everyday_words_holds_no_name(finder: EntityFinder, text: str) -> None:
    assert names(finder, text) == []


def test_a_foreign_name_after_a_word_ending_in_a_transliteration_character(finder: EntityFinder) -> None:
    # 里 ends 季里 and is a transliteration character too: the run 里艾琳娜 is a word's end and a name
    assert names(finder, "这一季里艾琳娜的戏份最多") == ["艾琳娜"]


@pytest.mark.parametrize("text", [
    pytest.param("暑假去了趟迈阿密，海边人超多", id="a_city"),
    pytest.param("这部片子拿了奥斯卡最佳影片", id="an_award"),
    pytest.param("她在乌克兰读了四年书", id="a_country"),
    pytest.param("周末吃了一家米其林餐厅", id="a_guide"),
])
def test_foreign_places_and_brands_jieba_tags_as_names_are_no_names(finder: EntityFinder, text: str) -> None:
    assert names(finder, text) == []


def test_a_foreign_name_is_not_cut_after_its_own_first_character(finder: EntityFinder) -> None:
    # 希 is the name's own first character, not a particle before it: no piece of the name is reported
    assert "斯莱杰" not in names(finder, "我最喜欢希斯莱杰演的小丑")


def test_an_everyday_word_after_a_surname_does_not_recur_as_a_given_name(finder: EntityFinder) -> None:
    assert "孩子" not in names(finder, "她丈夫和孩子都在老家，孩子今年上初中")
