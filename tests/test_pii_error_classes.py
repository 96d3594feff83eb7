"""Classes of PII error an independent evaluation found, each fixed by a general rule and checked here
on new invented texts: spoken numbers, overlapping checksums, brand names, addresses, and PIPL phrasing.

All numbers are invented; IDs and cards carry valid check digits.
"""

from __future__ import annotations

import pytest

from audit.recognizers.finder import EntityFinder
from tests.pii_support import shared_finder

ID_ENDING_X = "11010519900307152X"     # its first 17 digits also pass Luhn
ID_ALSO_USCC = "110105199001011128"    # also passes the USCC check character


@pytest.fixture(scope="module")
def finder() -> EntityFinder:
    return shared_finder()


def found(finder: EntityFinder, text: str) -> list[tuple[str, str]]:
    return [(e.entity_type, text[e.start:e.end]) for e in finder.find(text)]


SPOKEN_MOBILES = [
    pytest.param("你记一下，幺三五零幺二三四五六七", "幺三五零幺二三四五六七", id="yao_and_ling"),
    pytest.param("号码是一三五、零一二三、四五六拐", "一三五、零一二三、四五六拐", id="yi_with_pauses_and_guai"),
    pytest.param("我的电话幺三八洞洞幺二 两三四五", "幺三八洞洞幺二 两三四五", id="dong_and_liang"),
    pytest.param("他手机是幺 三 九 1234 5678", "幺 三 九 1234 5678", id="spoken_and_figures"),
    pytest.param("第一，幺三八一二三四五六七八是您的号码吗", "幺三八一二三四五六七八", id="after_a_spoken_word"),
    pytest.param("幺三八一二三四五六七八，九点前打给我", "幺三八一二三四五六七八", id="pause_before_next_sentence"),
]


@pytest.mark.parametrize(("text", "number"), SPOKEN_MOBILES)
def test_spoken_mobile_numbers_are_found(finder: EntityFinder, text: str, number: str) -> None:
    assert ("CN_MOBILE", number) in found(finder, text)


@pytest.mark.parametrize("text", [
    "打这个号一三八一二三四五六七八九",          # twelve spoken digits
    "欠款一千零五十元，请在一二三四日前处理",     # amounts and dates
    "幺三八一二三四五六七是您的号码吗",          # ten digits
])
def test_spoken_digits_that_are_no_mobile(finder: EntityFinder, text: str) -> None:
    assert not [e for e in finder.find(text) if e.entity_type == "CN_MOBILE"]


def test_id_ending_in_x_is_no_card(finder: EntityFinder) -> None:
    for text in (f"身份证号{ID_ENDING_X}请核对", f"证件号：{ID_ENDING_X.lower()}。"):
        assert found(finder, text) == [("CN_ID_CARD", text[4:4 + 18])]


def test_valid_id_wins_over_uscc_on_the_same_span(finder: EntityFinder) -> None:
    text = f"证件号{ID_ALSO_USCC}请核对"
    assert found(finder, text) == [("CN_ID_CARD", ID_ALSO_USCC)]
    assert finder.find_full(text) == finder.find(text)


def test_card_and_uscc_next_to_an_id_are_kept(finder: EntityFinder) -> None:
    text = f"身份证{ID_ENDING_X}，卡号6222021234567890128，信用代码91350100M000100Y43"
    assert [t for t, _ in found(finder, text)] == ["CN_ID_CARD", "CN_BANK_CARD", "CN_USCC"]


def test_spoken_mobile_after_asr_me_and_wide_pauses(finder: EntityFinder) -> None:
    text = "号码：么三五 - 零么二三 - 四五六七，记一下"
    assert ("CN_MOBILE", "么三五 - 零么二三 - 四五六七") in found(finder, text)


def names(finder: EntityFinder, text: str) -> list[str]:
    return [span for entity_type, span in found(finder, text) if entity_type == "PERSON"]


@pytest.mark.parametrize("text", [
    "【易周转】尊敬的用户，您的借款已逾期，请尽快还款。",        # SMS signature
    "请登录周小贷App还款，逾期将影响征信。",                      # before App
    "您在周周花分期的账单已逾期3天。",                            # before 分期
    "您在易周转借的钱该还了。",                                   # where one borrows
    "您在易周转的借款已逾期，易周转提醒您按时还款。",             # and every other occurrence
])
def test_lending_brands_that_start_with_a_surname_are_no_person(finder: EntityFinder, text: str) -> None:
    assert names(finder, text) == []


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("客户王云月您好，您的账单已出。", "王云月", id="three_chars_glued_to_frame"),
    pytest.param("借款人王云月，您好", "王云月", id="three_chars_yue"),
    pytest.param("谭月先生，请回电。", "谭月", id="given_name_yue"),
    pytest.param("请转告诸葛炯，账单已逾期。", "诸葛炯", id="compound_rare_given"),
    pytest.param("尊敬的慕容翎女士，请尽快还款。", "慕容翎", id="compound_rare_given_framed"),
    pytest.param("王伟借的钱该还了。", "王伟", id="person_who_borrowed"),
])
def test_names_found_whole(finder: EntityFinder, text: str, name: str) -> None:
    assert names(finder, text) == [name]


@pytest.mark.parametrize("text", ["请于本月月底前还款。", "您的账单已逾期，请尽快处理。", "东方红色的外墙"])
def test_words_with_surname_characters_stay_words(finder: EntityFinder, text: str) -> None:
    assert names(finder, text) == []


def addresses(finder: EntityFinder, text: str) -> list[str]:
    return [span for entity_type, span in found(finder, text) if entity_type == "ADDRESS"]


@pytest.mark.parametrize(("text", "address"), [
    pytest.param("他住在杭州市上城区中山路72号新华里1栋3单元2606室。", "杭州市上城区中山路72号新华里1栋3单元2606室",
                 id="lane_and_buildings_after_the_number"),
    pytest.param("住在长沙市岳麓区麓山南路88号中南小区12栋", "长沙市岳麓区麓山南路88号中南小区12栋", id="compound_after_number"),
    pytest.param("地址：西湖区枫林湾5幢104室", "西湖区枫林湾5幢104室", id="from_the_district"),
    pytest.param("你家在朝阳区望京花园东区3号楼2单元1102", "朝阳区望京花园东区3号楼2单元1102", id="compound_part"),
])
def test_addresses_found_whole(finder: EntityFinder, text: str, address: str) -> None:
    assert addresses(finder, text) == [address]


def test_a_name_inside_an_address_is_no_person(finder: EntityFinder) -> None:
    assert [t for t, _ in found(finder, "地址：西湖区枫林湾5幢104室")] == ["ADDRESS"]


@pytest.mark.parametrize(("text", "expected"), [
    ("我们在上海万达广场等你。", []),                         # a city and a landmark
    ("中山路72号对面那条街有个网点。", ["中山路72号"]),          # a street word after the number, no buildings
    ("你在朝阳区上班3年了吧。", []),
])
def test_what_is_no_detailed_address(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert addresses(finder, text) == expected
