"""PERSON: familiar forms friends write (梅姨, 坤叔, 阿飞, 阿明哥) and foreign names with 丽 / 夫 / 娃 (玛丽亚,
约瑟夫), 小 / 老 + surname after a role or before 家 (站长老秦, 老潘家) found as nicknames (masked, no finding),
大 / 二 + a given-name character after a role (司机大勇); the dictionary words of the same shape stay words, and so do 小 / 老 said of a
word the surname character starts (小薄饼, 老黄历). All names are invented."""

from __future__ import annotations

import pytest

from audit.recognizers.finder import EntityFinder
from tests.pii_support import person_names as names


@pytest.mark.parametrize("text, expected", [
    pytest.param("过年想吃芳姨包的饺子", ["芳姨"], id="given_char_and_yi"),
    pytest.param("楼下的坤叔又在修车", ["坤叔"], id="given_char_and_shu"),
    pytest.param("听日同杰仔去饮茶", ["杰仔"], id="given_char_and_zai"),
    pytest.param("阿飞那个视频你看了吗", ["阿飞"], id="a_and_a_dictionary_name"),
    pytest.param("[转发]阿明哥今天的直播太搞笑了", ["阿明哥"], id="a_name_and_ge"),
    pytest.param("听说伊万诺娃下周来上海", ["伊万诺娃"], id="foreign_name_with_wa"),
    pytest.param("今天和约瑟夫一起吃的午饭", ["约瑟夫"], id="foreign_name_with_fu"),
    pytest.param("小杨哥的摊位搬到夜市东头了", [], id="xiao_surname_and_ge_is_a_nickname"),
    pytest.param("老潘家的橘子熟了，去摘几个", [], id="lao_surname_before_jia_is_a_nickname"),
    pytest.param("队里的站长老秦说明天提前半小时出发", [], id="lao_surname_after_a_role_is_a_nickname"),
    pytest.param("司机大勇今天没来，车往后推", ["大勇"], id="da_given_after_a_role"),
    pytest.param("导游二妮带我们去了一家本地小馆子", ["二妮"], id="er_given_after_a_role"),
])
def test_familiar_form_counts(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("那位小姐说她不认识你", id="xiaojie"),
    pytest.param("我小姨明天过来", id="xiaoyi"),
    pytest.param("这条牛仔裤是打工仔的最爱", id="zai_words"),
    pytest.param("阿姨您好，请问家里有人吗", id="ayi"),
    pytest.param("意大利面和法式可丽饼都不错", id="food_words"),
    pytest.param("老板大方，每人发了两百红包", id="role_before_a_word_with_da"),
    pytest.param("这几年老张家口的变化真大", id="a_city_after_lao"),
    pytest.param("早餐来一份小薄饼配豆浆", id="xiao_before_a_word_its_surname_starts"),
    pytest.param("那本书把老黄历翻出来看了", id="lao_before_a_word_its_surname_starts"),
])
def test_dictionary_words_stay_words(finder: EntityFinder, text: str) -> None:
    assert names(finder, text) == []
