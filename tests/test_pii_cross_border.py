"""Identifiers of residents outside the mainland (audit/recognizers/cross_border.py): found with their checks, masked
and counted by the unmasked-identifier rules, but not listed among the contract's mainland entities. Every number is
invented (the check figures computed, no real person)."""

from __future__ import annotations

import pytest

from audit.analysers.pii import PiiAnalyser
from audit.paths import LEXICONS
from audit.recognizers.cross_border import hkid_check, is_valid_hkid, is_valid_taiwan_id
from audit.recognizers.finder import EntityFinder
from audit.rulepack import load_rules
from tests.pii_support import shared_finder, sms_categories


def masked(finder: EntityFinder, text: str, entity_type: str) -> list[str]:
    """What masking finds of `entity_type` (nicknames and identifiers outside the mainland among them)."""
    return [text[e.start:e.end] for e in finder.find(text, nicknames=True) if e.entity_type == entity_type]


@pytest.fixture(scope="module")
def rules_only() -> PiiAnalyser:
    return PiiAnalyser(load_rules([LEXICONS], analyzer="pii"), finder=shared_finder(), model=False)


def test_hong_kong_id_check_figure() -> None:
    assert hkid_check("A123456") == "3"
    assert is_valid_hkid("A123456(3)") and is_valid_hkid("A1234563")
    assert not is_valid_hkid("A123456(4)")
    assert hkid_check("G765434") == "A" and is_valid_hkid("G765434(A)")     # a check of 10 is written A


def test_taiwan_id_checksum() -> None:
    assert is_valid_taiwan_id("A123456789")
    assert not is_valid_taiwan_id("A123456788")
    assert not is_valid_taiwan_id("I1234567")


FINDS = [
    pytest.param("CN_ID_CARD", "閣下香港身份證號碼為A123456(3)，請於七日內還款。", "A123456(3)", id="hkid_brackets"),
    pytest.param("CN_ID_CARD", "Your HKID A1234563 is on our file.", "A1234563", id="hkid_english_no_brackets"),
    pytest.param("CN_ID_CARD", "您的身分證字號A123456789已登記，請按時繳款。", "A123456789", id="taiwan_id"),
    pytest.param("CN_ID_CARD", "澳門居民身份證5215299(8)持有人黃先生", "5215299(8)", id="macao_id_named"),
    pytest.param("CN_PASSPORT", "您以台胞证号码40817263办理的分期已逾期", "40817263", id="taiwan_permit"),
    pytest.param("CN_PASSPORT", "坐席：您台胞证号码我念一下：四零八一 七二六三，对吗", "四零八一 七二六三", id="taiwan_permit_read_aloud"),
    pytest.param("CN_MOBILE", "请保持电话+852 9123-4567畅通", "+852 9123-4567", id="hk_mobile_plus"),
    pytest.param("CN_MOBILE", "你登記嘅電話(852)61234567已經轉咗去留言信箱", "(852)61234567", id="hk_mobile_brackets"),
    pytest.param("CN_MOBILE", "您预留的境外号码00853-6612 0345无法接通", "00853-6612 0345", id="macao_mobile_00"),
    pytest.param("CN_MOBILE", "机器人：本次来电号码为您登记的香港号码852 5123 4567", "852 5123 4567", id="hk_code_bare_spaced"),
    pytest.param("CN_MOBILE", "她台湾的手机 +886 912 345 678 一直没人接", "+886 912 345 678", id="taiwan_mobile"),
    pytest.param("CN_MOBILE", "表哥（新加坡 +65 8123 4567）", "+65 8123 4567", id="singapore_mobile"),
    pytest.param("CN_MOBILE", "你在迪拜的电话00971-55-1234567我们有", "00971-55-1234567", id="emirates_mobile"),
    pytest.param("CN_MOBILE", "哥哥在温哥华，电话+1 604 555 0123", "+1 604 555 0123", id="north_america_with_phone_word"),
    pytest.param("CN_MOBILE", "你老婆喺澳門嗰個電話 6612 0345 我哋都打過", "6612 0345", id="macao_mobile_region_and_phone"),
    pytest.param("CN_MOBILE", "坐席：我打你香港九一二三 四五六七都冇人听", "九一二三 四五六七", id="hk_mobile_read_aloud"),
    pytest.param("CN_ID_CARD", "坐席：身份证号码我核对一次 A 一二三四五六 括号 三 对吗", "A 一二三四五六 括号 三", id="hkid_read_aloud"),
    pytest.param("CN_MOBILE", "你迪拜那个号码是九七一 五零 一二一 六二九七吧", "九七一 五零 一二一 六二九七",
                 id="emirates_code_read_bare_with_its_country"),
    pytest.param("CN_MOBILE", "Pls call my new UAE number 050 121 6297 tmr", "050 121 6297", id="emirates_national_form"),
    pytest.param("CN_MOBILE", "他英国的手机 07700 900 123 一直关机", "07700 900 123", id="uk_national_form"),
]


@pytest.mark.parametrize(("entity_type", "text", "expected"), FINDS)
def test_masks_identifiers_outside_the_mainland(finder: EntityFinder, entity_type: str, text: str,
                                                expected: str) -> None:
    assert masked(finder, text, entity_type) == [expected]


@pytest.mark.parametrize(("entity_type", "text", "expected"), FINDS)
def test_they_are_no_contract_entity_of_the_mainland(finder: EntityFinder, entity_type: str, text: str,
                                                     expected: str) -> None:
    assert all(e.outside_mainland for e in finder.find(text, nicknames=True) if e.entity_type == entity_type)
    assert [e for e in finder.find(text) if e.entity_type == entity_type] == []


DECOYS = [
    pytest.param("辦公室電話 +852 2386 4170，周一至周五", id="hk_landline_is_no_mobile"),
    pytest.param("澳门办事处座机 +853 2871 2345", id="macao_landline_is_no_mobile"),
    pytest.param("訂單號B123456(3)已出貨。", id="order_of_hkid_shape_without_its_word_nor_check"),
    pytest.param("订单号 6123 4567 已发货", id="eight_figures_of_an_order"),
    pytest.param("您的订单号85291234567已发货", id="order_starting_852"),
    pytest.param("工单号 852 9123 4567 已处理", id="ticket_number_with_852"),
    pytest.param("案号(2024)粤0392民初5127号", id="case_number"),
    pytest.param("香港分行的保全单号 8812 3045 6671 0093 已受理", id="groups_of_a_longer_number"),
    pytest.param("香港客户如需协商请拨打023-6788 1200-8015", id="landline_with_an_extension"),
    pytest.param("你在香港住了两晚，房号 6123 4567", id="region_without_a_phone_word"),
    pytest.param("香港身份证号码尾号(3)已核实", id="masked_hkid"),
    pytest.param("温哥华办事处 +1 604 555 0123", id="north_america_without_a_phone_word"),
    pytest.param("您绑定的台胞证（尾号4557）身份核验已完成", id="permit_last_four"),
    pytest.param("护照EA1234567已登记", id="prc_passport_is_no_hkid"),
    pytest.param("身份证号码 A 一二三四五六 括号 四 对吗", id="hkid_read_aloud_failing_its_check"),
    pytest.param("迪拜项目的订单号 050 121 6297 已发货", id="order_number_of_an_emirates_shape"),
    pytest.param("迪拜分公司的案号 058 740 1573 已立案", id="case_number_of_an_emirates_shape"),
    pytest.param("请拨打 050 121 6297 查询", id="national_form_with_no_country_named"),
]


@pytest.mark.parametrize("text", DECOYS)
def test_leaves_numbers_that_share_the_shapes(finder: EntityFinder, text: str) -> None:
    assert [e for e in finder.find(text, nicknames=True)
            if e.outside_mainland or e.entity_type == "CN_MOBILE"] == []


@pytest.mark.parametrize("text", [param.values[1] for param in FINDS] + [param.values[0] for param in DECOYS])
def test_gated_path_equals_presidio_full_pipeline(finder: EntityFinder, text: str) -> None:
    assert finder.find(text, nicknames=True) == finder.find_full(text, nicknames=True)


@pytest.mark.parametrize("text", [
    "【某某银行】黄先生，请保持电话+852 9123-4567畅通，本周内我司会再致电。",
    "Dear Ms Lee, your HKID A123456(3) is linked to the overdue card.",
    "林女士（台胞證號碼40817263）：台端之借款已逾期，請儘速處理。",
    "您的备用号码+971551234567已登记，请保持畅通。",
])
def test_an_identifier_outside_the_mainland_is_unmasked_identifier(rules_only: PiiAnalyser, text: str) -> None:
    assert "pii.unmasked_identifier" in sms_categories(rules_only, text)


@pytest.mark.parametrize("text", [
    "【某某资产】如您身在境外，可联系本司香港办事处：+852 2386 4170（工作日9:00-18:00）。",
    "Dear Ms Lee, for verification please confirm only the first letter and last 3 digits of your HKID.",
    "您绑定的台湾居民来往大陆通行证（尾号4557）身份核验已完成。",
])
def test_the_firms_line_and_masked_forms_are_no_identifier(rules_only: PiiAnalyser, text: str) -> None:
    assert "pii.unmasked_identifier" not in sms_categories(rules_only, text)
