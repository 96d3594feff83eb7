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


def found(finder: EntityFinder, text: str) -> list[tuple[str, str]]:
    return [(e.entity_type, text[e.start:e.end]) for e in finder.find(text)]


SPOKEN_MOBILES = [
    pytest.param("你记一下，幺三五零幺二三四五六七", "幺三五零幺二三四五六七", id="yao_and_ling"),
    pytest.param("号码是一三五、零一二三、四五六拐", "一三五、零一二三、四五六拐", id="yi_with_pauses_and_guai"),
    pytest.param("我的电话幺三八洞洞幺二 两三四五", "幺三八洞洞幺二 两三四五", id="dong_and_liang"),
    pytest.param("他手机是幺 三 九 1234 5678", "幺 三 九 1234 5678", id="spoken_and_figures"),
    pytest.param("第一，幺三八一二三四五六七八是您的号码吗", "幺三八一二三四五六七八", id="after_a_spoken_word"),
    pytest.param("幺三八一二三四五六七八，九点前打给我", "幺三八一二三四五六七八", id="pause_before_next_sentence"),
    pytest.param("他的手机幺三九 洞洞幺二 拐拐两四一直关机", "幺三九 洞洞幺二 拐拐两四", id="word_with_yi_after"),
    pytest.param("幺三八一二三四五六七八两天内必须回电", "幺三八一二三四五六七八", id="word_with_liang_after"),
    pytest.param("星期一幺三八一二三四五六七八打过一次", "幺三八一二三四五六七八", id="word_with_yi_before"),
]


@pytest.mark.parametrize(("text", "number"), SPOKEN_MOBILES)
def test_spoken_mobile_numbers_are_found(finder: EntityFinder, text: str, number: str) -> None:
    assert ("CN_MOBILE", number) in found(finder, text)


@pytest.mark.parametrize("text", [
    "打这个号一三八一二三四五六七八九",          # twelve spoken digits
    "欠款一千零五十元，请在一二三四日前处理",     # amounts and dates
    "幺三八一二三四五六七是您的号码吗",          # ten digits
    "一三八一二三四五六七八九。",                # twelve, the last one before a full stop
    "一一三八一二三四五六七八",                  # twelve, 一 doubled
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
    pytest.param("他住在成都市武侯区科华北路56号银河城市7幢302", "成都市武侯区科华北路56号银河城市7幢302",
                 id="a_suffix_inside_the_estate_name"),
    pytest.param("住在佛山市南海区桂城路12号宿舍楼208", "佛山市南海区桂城路12号宿舍楼208",
                 id="a_named_block_after_the_number"),
    pytest.param("你们小区9栋3单元1101的业主欠款", "9栋3单元1101", id="the_bare_word_compound_is_no_name"),
    pytest.param("你晓得吧福田区华强北路28号是他家", "福田区华强北路28号", id="a_question_ends_before_the_place"),
])
def test_addresses_found_whole(finder: EntityFinder, text: str, address: str) -> None:
    assert addresses(finder, text) == [address]


def test_a_name_inside_an_address_is_no_person(finder: EntityFinder) -> None:
    assert [t for t, _ in found(finder, "地址：西湖区枫林湾5幢104室")] == ["ADDRESS"]


@pytest.mark.parametrize(("text", "expected"), [
    ("我们在上海万达广场等你。", []),                         # a city and a landmark
    ("中山路72号对面那条街有个网点。", ["中山路72号"]),          # a street word after the number, no buildings
    ("你在朝阳区上班3年了吧。", []),
    ("请转交成都市锦江区春熙路街道办事处。", []),             # a sub-district's office, not a street
    ("他每天从枫林小区坐5号线上班。", []),            # a metro line is no house number
])
def test_what_is_no_detailed_address(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert addresses(finder, text) == expected


@pytest.fixture(scope="module")
def analyser():
    from audit.analysers.pii import PiiAnalyser
    from audit.paths import LEXICONS
    from audit.rulepack import load_rules

    return PiiAnalyser(load_rules([LEXICONS], analyzer="pii"), finder=shared_finder())


def rule_ids(analyser, text: str | None = None, turns: list[tuple[str, str]] | None = None,
             recipient: str = "debtor") -> set[str]:
    from audit.message import Message, Turn

    message = Message(message_id="m1", campaign_id="c1", channel="call" if turns else "sms", text=text,
                      turns=[Turn(speaker, said) for speaker, said in turns] if turns else None,
                      recipient_type=recipient)
    return {f.rule_id for f in analyser.analyse(message)}


def test_spoken_number_read_to_a_third_party_is_a_leak(analyser) -> None:
    found_rules = rule_ids(analyser, turns=[("third_party", "喂，你好，哪位？"),
                                            ("agent", "你是他的朋友吧？他的手机幺三九 洞洞幺二 拐拐两四一直关机。")])
    assert {"pii.unmasked.mobile", "pii.third_party.personal_data"} <= found_rules


def test_the_customer_reading_a_spoken_number_is_no_leak(analyser) -> None:
    assert rule_ids(analyser, turns=[("agent", "请核对一下您的号码。"), ("customer", "幺三九洞洞幺二拐拐两四。")]) == set()


def test_family_contact_is_not_the_recipient_named_as_contact(analyser) -> None:
    assert "pii.excessive.family_contact" not in rule_ids(
        analyser, "王女士您好，他在我们这留的联系人就是您，他的手机13912345678一直打不通。", recipient="third_party")
    # A relative's full number alone is pii.unmasked_identifier, not other data (issue 14); with the name it is both.
    assert rule_ids(analyser, "你的紧急联系人手机13912345037我们也有。") == {"pii.unmasked.mobile"}
    assert "pii.excessive.family_contact" in rule_ids(analyser, "你的紧急联系人王秀芳手机13912345037我们也有。")


def test_a_plate_alone_is_no_unmasked_identifier(analyser) -> None:
    # contract section 5: the category names document, account and contact numbers; a plate names a car (issue 14)
    assert not any(rule.startswith("pii.unmasked") for rule in rule_ids(analyser, "你开的那辆粤B·D12345我们已经看到了。"))


def test_home_landline_but_not_the_hotline(analyser) -> None:
    assert "pii.unmasked.home_landline" in rule_ids(analyser, "你家里座机0755-26543210也没人接。")
    assert rule_ids(analyser, "如有疑问请拨打客服热线0755-26543210。") == set()


@pytest.mark.parametrize(("text", "rule"), [
    ("我们知道她每天早上都在菜市场门口卖早点。", "pii.sensitive.whereabouts"),
    ("你前天又去了城南那家棋牌室吧？", "pii.sensitive.whereabouts"),
    ("你在市精神卫生中心的就诊记录我们都查到了。", "pii.sensitive.health"),
    ("他还有一张交通银行储蓄卡，余额三万多，让他先还上。", "pii.sensitive.financial"),
])
def test_sensitive_families(analyser, text: str, rule: str) -> None:
    assert rule in rule_ids(analyser, text)


def test_full_name_with_a_third_persons_home_is_excessive(analyser) -> None:
    text = "你认识孙丽华吧？她家在滨江区星光公寓7幢2单元301室，你转告她。"
    assert "pii.excessive.name_with_address" in rule_ids(analyser, text, recipient="third_party")
    assert "pii.excessive.name_with_address" not in rule_ids(analyser, "她家在滨江区星光公寓7幢2单元301室吧？",
                                                            recipient="third_party")
