"""Identifiers in every written and spoken form (issue 14, item 1): numbers read aloud the way call centres
and speech recognition write them (幺 1, 洞 0, 两 2, 拐 7, 勾 9, with 零 and figures, grouped by pauses),
full-width digits and dashes, mobiles grouped by dots, and the 15-digit resident ID judged by its area code
and birth date. All numbers are invented; IDs and cards carry the check digits each case intends.
"""

from __future__ import annotations

import pytest

from audit.masking import mask_evidence
from audit.recognizers import SPOKEN_DIGITS
from audit.recognizers.digit_view import fold, read_digits
from audit.recognizers.finder import EntityFinder


def found(finder: EntityFinder, text: str, entity_type: str) -> list[str]:
    return [text[e.start:e.end] for e in finder.find(text) if e.entity_type == entity_type]


FINDS = [
    # 320102198511124574 and 110105199003071239 read aloud, in groups of six, eight and four.
    pytest.param("CN_ID_CARD", "坐席：您身份证号是三两洞幺洞两 幺勾八五幺幺幺两 四五拐四对吧？",
                 "三两洞幺洞两 幺勾八五幺幺幺两 四五拐四", id="id_spoken_call_centre"),
    pytest.param("CN_ID_CARD", "客户：一一零一零五，一九九零零三零七，一二三九。", "一一零一零五，一九九零零三零七，一二三九",
                 id="id_spoken_plain_with_commas"),
    pytest.param("CN_ID_CARD", "证件号五幺洞幺洞拐 幺九八八洞两两九 洞洞六X，您核对一下",
                 "五幺洞幺洞拐 幺九八八洞两两九 洞洞六X", id="id_spoken_check_x"),
    pytest.param("CN_ID_CARD", "身份证110105 一九九零 0307 幺两三勾", "110105 一九九零 0307 幺两三勾",
                 id="id_figures_and_spoken_mixed"),
    pytest.param("CN_BANK_CARD", "还款卡号六两两两 洞两幺两 三四五六 拐八勾洞 幺两八，请存入欠款",
                 "六两两两 洞两幺两 三四五六 拐八勾洞 幺两八", id="card_spoken_groups_of_four"),
    pytest.param("CN_BANK_CARD", "卡号是六二一七零零零零一二三四五六七八九零七", "六二一七零零零零一二三四五六七八九零七",
                 id="card_spoken_run_with_ling"),
    pytest.param("CN_PASSPORT", "您护照号码是E幺两三四五六拐八吗", "E幺两三四五六拐八", id="passport_spoken_digits"),
    pytest.param("CN_PASSPORT", "护照号码E１２３４５６７８，请核对", "E１２３４５６７８", id="passport_full_width_digits"),
    pytest.param("CN_PASSPORT", "护照：Ｅ１２３４５６７８", "Ｅ１２３４５６７８", id="passport_all_full_width"),
    pytest.param("CN_LANDLINE", "你家座机洞五拐幺 八六洞幺两三四五一直没人接", "洞五拐幺 八六洞幺两三四五",
                 id="landline_spoken_word_after"),
    pytest.param("CN_LANDLINE", "单位电话０５７１－８６０１２３４５", "０５７１－８６０１２３４５", id="landline_full_width_hyphen"),
    pytest.param("CN_LANDLINE", "单位电话0571—86012345", "0571—86012345", id="landline_em_dash"),
    pytest.param("CN_LANDLINE", "单位电话0731-4416 228转前台", "0731-4416 228", id="landline_local_4_3"),
    pytest.param("CN_MOBILE", "他的手机139.1088.2765一直关机", "139.1088.2765", id="mobile_dots"),
    pytest.param("CN_MOBILE", "手机：139·1088·2765", "139·1088·2765", id="mobile_middle_dots"),
    pytest.param("CN_MOBILE", "手机１３９．１０８８．２７６５", "１３９．１０８８．２７６５", id="mobile_full_width_dots"),
    pytest.param("CN_MOBILE", "号码幺三八 1234 五六七八", "幺三八 1234 五六七八", id="mobile_spoken_and_figures"),
    pytest.param("CN_MOBILE", "号码幺三九，洞洞两两，三三四四，二零二六年前都能打通", "幺三九，洞洞两两，三三四四",
                 id="mobile_spoken_then_a_year_in_one_breath"),
    pytest.param("CN_MOBILE", "你说什么13812345678是谁的", "13812345678", id="mobile_after_shenme_stays_written"),
    pytest.param("CN_ID_CARD", "老身份证号码110105900307123还能用", "110105900307123", id="id_15_real_date_and_area"),
    pytest.param("CN_ID_CARD", "身份证幺幺洞幺洞五勾洞洞三洞拐幺两三", "幺幺洞幺洞五勾洞洞三洞拐幺两三", id="id_15_spoken"),
    pytest.param("CN_ID_CARD", "老证号110105.900307.123，请核对", "110105.900307.123", id="id_15_dotted"),
    pytest.param("CN_ID_CARD", "证件号 1101 0519 9003 0712 39 已登记", "1101 0519 9003 0712 39", id="id_18_in_fours"),
    pytest.param("CN_PASSPORT", "护照号 E 幺二三 四五 六七八 对吧", "E 幺二三 四五 六七八", id="passport_spoken_after_a_pause"),
    # separators the digit view folds: the ideographic space, slashes, a line break between two digits
    pytest.param("CN_MOBILE", "同事（１９９　５１７９　５６９０）说你辞职了", "１９９　５１７９　５６９０", id="mobile_ideographic_spaces"),
    pytest.param("CN_MOBILE", "手机号181/3043/3648将解绑", "181/3043/3648", id="mobile_slashes"),
    pytest.param("CN_MOBILE", "联系人手机号1771243\n2708已无效", "1771243\n2708", id="mobile_wrapped_over_a_line"),
    pytest.param("CN_ID_CARD", "证件号4301041977\n0709856X审核未通过", "4301041977\n0709856X", id="id_wrapped_over_a_line"),
    pytest.param("CN_ID_CARD", "身份证号110105.19900307.1239，担保人", "110105.19900307.1239", id="id_dotted_6_8_4"),
    # 110105199003071239 broken where a form's field or a wrapped line split it, not at the date's joints.
    pytest.param("CN_ID_CARD", "证件号码 110105199003071 239 已认证", "110105199003071 239", id="id_broken_15_3"),
    pytest.param("CN_ID_CARD", "借款人身份证：110105199003071\n239\n请核对", "110105199003071\n239", id="id_wrapped_15_3"),
    pytest.param("CN_ID_CARD", "身份证号 110105 199003071 239 对应账户", "110105 199003071 239", id="id_broken_6_9_3"),
    pytest.param("CN_BANK_CARD", "卡号6225.8800.1234.5675已冻结", "6225.8800.1234.5675", id="card_dotted_fours"),
    pytest.param("CN_BANK_CARD", "工资卡62258800\n12345675冻结了", "62258800\n12345675", id="card_wrapped_over_a_line"),
    pytest.param("CN_BANK_CARD", "银行卡６２２５８８－００１２３４５６７５查到了", "６２２５８８－００１２３４５６７５", id="card_issuer_six_apart"),
    pytest.param("CN_LANDLINE", "老家座机 0531/6303299 你妈接的", "0531/6303299", id="landline_slash"),
    # an extension written after the number is part of it: the whole number one dials (the scorer reads both)
    pytest.param("CN_LANDLINE", "请致电0571-86012345转8", "0571-86012345转8", id="landline_extension_zhuan"),
    pytest.param("CN_LANDLINE", "电话：010-62345678-801", "010-62345678-801", id="landline_extension_hyphen"),
    # a repeat read as a count
    pytest.param("CN_MOBILE", "备用号 幺三九 三个八 五六两拐幺 是你的吧", "幺三九 三个八 五六两拐幺", id="mobile_spoken_three_of_a_digit"),
    pytest.param("CN_MOBILE", "号码 幺八六 两个零 七七三 洞勾幺 对不对", "幺八六 两个零 七七三 洞勾幺", id="mobile_spoken_two_of_a_digit"),
    # passports of every series and the Hong Kong and Macao permits
    pytest.param("CN_PASSPORT", "护照号：E 1703 6628，签发地广东", "E 1703 6628", id="passport_in_two_fours"),
    pytest.param("CN_PASSPORT", "你的回乡证H60218834我们有复印件", "H60218834", id="permit_home_return_h"),
    pytest.param("CN_PASSPORT", "港澳居民来往内地通行证 M 八两三四 五六幺洞", "M 八两三四 五六幺洞", id="permit_home_return_m_spoken"),
    pytest.param("CN_PASSPORT", "往来港澳通行证C27715038出关记录", "C27715038", id="permit_exit_entry_c"),
    pytest.param("EMAIL", "发邮件到 lihua_0512＠163.com 找我们", "lihua_0512＠163.com", id="email_full_width_at"),
    pytest.param("CN_MOBILE", "手机号1381 2345 678，请回电", "1381 2345 678", id="mobile_grouped_4_4_3"),
    pytest.param("CN_PASSPORT", "护照：E-12345678，请核对", "E-12345678", id="passport_hyphen_after_the_letter"),
    pytest.param("CN_PASSPORT", "回乡证号码H1234567801已登记", "H1234567801", id="permit_home_return_with_issue_count"),
    pytest.param("CN_MOBILE", "紧急联系人电话：139 - 1088 - 2765", "139 - 1088 - 2765", id="mobile_spaced_hyphens"),
    pytest.param("EMAIL", "您的新邮箱ｗａｎｇｆａｎｇ＠１６３．ｃｏｍ已绑定", "ｗａｎｇｆａｎｇ＠１６３．ｃｏｍ", id="email_all_full_width"),
    pytest.param("CN_LICENSE_PLATE", "坐席：你那个车 川A 幺两三四五 白色的", "川A 幺两三四五", id="plate_read_aloud"),
    pytest.param("CN_LICENSE_PLATE", "车牌粤Ｂ·Ｄ１２３４５的车主", "粤Ｂ·Ｄ１２３４５", id="plate_full_width"),
    pytest.param("CN_ID_CARD", "身份证 110 105 1990 0307 1239，请核对", "110 105 1990 0307 1239", id="id_grouped_3_3_4_4_4"),
    pytest.param("CN_ID_CARD", "身份证 110-105-19900307-1239", "110-105-19900307-1239", id="id_grouped_3_3_8_4"),
    pytest.param("CN_BANK_CARD", "卡号 622202 123456 7890128 户名本人", "622202 123456 7890128", id="card_grouped_6_6_7"),
    pytest.param("CN_LANDLINE", "你家座机零五七幺杠八六零幺两三四五一直没人接", "零五七幺杠八六零幺两三四五", id="landline_dash_read_aloud"),
    pytest.param("CN_MOBILE", "号码幺三八杠幺两三四杠五六七八", "幺三八杠幺两三四杠五六七八", id="mobile_dashes_read_aloud"),
    pytest.param("CN_ID_CARD", "证件号五幺洞幺洞拐 幺九八八洞两两九 洞洞六叉，您核对一下", "五幺洞幺洞拐 幺九八八洞两两九 洞洞六叉",
                 id="id_check_x_read_aloud"),
    pytest.param("CN_MOBILE", "坐席：手机号码是1 3 8 1 2 3 4 5 6 7 8对吧", "1 3 8 1 2 3 4 5 6 7 8", id="mobile_figures_one_by_one"),
    pytest.param("CN_ID_CARD", "坐席：请核对您的身份证号码 1 1 0 1 0 5 1 9 9 0 0 3 0 7 1 2 3 9", "1 1 0 1 0 5 1 9 9 0 0 3 0 7 1 2 3 9",
                 id="id_figures_one_by_one"),
    pytest.param("CN_BANK_CARD", "您的工资卡6217001234567890122近半年入账流水合计五万余元", "6217001234567890122",
                 id="card_before_its_statement_not_a_serial_number"),
    # a segment the numbering plan has not allocated (169, 179) is a phone where a word calls it one
    pytest.param("CN_MOBILE", "联系人手机16923457781已停机", "16923457781", id="mobile_unallocated_segment_called_a_phone"),
    pytest.param("CN_MOBILE", "他姐姐电话一六九二 三四五 七七八幺，要我打吗", "一六九二 三四五 七七八幺",
                 id="mobile_unallocated_segment_read_aloud"),
    # a reference word that labels a value of its own does not make the identifier beside it a reference
    pytest.param("CN_ID_CARD", "序号3 王伟 110105199003071239 欠款6,600元", "110105199003071239", id="id_in_a_numbered_table_row"),
    pytest.param("CN_ID_CARD", "https://x.cn/u?idno=110105199003071239 合同号 2026001", "110105199003071239",
                 id="id_in_a_link_before_a_contract_number"),
    pytest.param("CN_MOBILE", "验证码是发到幺三八 幺两三四 五六七八的，是你老婆的吧", "幺三八 幺两三四 五六七八",
                 id="mobile_a_code_was_sent_to"),
    pytest.param("CN_BANK_CARD", "你那张卡6225 8800 1234 5675 上个月还有流水", "6225 8800 1234 5675",
                 id="card_said_to_have_transactions"),
    pytest.param("CN_BANK_CARD", "卡号：621700 1234 5678 9012 2", "621700 1234 5678 9012 2", id="card_grouped_6_4_4_4_1"),
    pytest.param("CN_LICENSE_PLATE", "车辆信息：苏 E 3F8Q2，白色", "苏 E 3F8Q2", id="plate_province_apart"),
    # No. labels a personal number as often as a document's: it makes no reference
    pytest.param("CN_PASSPORT", "Passport No. E82736451", "E82736451", id="passport_after_no"),
    pytest.param("CN_BANK_CARD", "你那张卡6225880012345675期间一直没进账", "6225880012345675", id="card_before_a_period_word"),
]


@pytest.mark.parametrize(("entity_type", "text", "expected"), FINDS)
def test_finds(finder: EntityFinder, entity_type: str, text: str, expected: str) -> None:
    assert found(finder, text, entity_type) == [expected]


LEAVES = [
    pytest.param("CN_ID_CARD", "您身份证号是三两洞幺洞两 幺勾八五幺幺幺两 四五拐三对吧", id="id_spoken_bad_check_digit"),
    pytest.param("CN_ID_CARD", "证件号五幺洞幺洞拐 幺九八七洞两两九 洞洞六X", id="id_spoken_no_feb_29"),
    pytest.param("CN_ID_CARD", "证件号码 110105199003071 238 已认证", id="id_broken_15_3_bad_check_digit"),
    pytest.param("CN_ID_CARD", "交易号 1101 0519 9003 0712 3 已到账", id="id_broken_17_digits"),
    pytest.param("CN_BANK_CARD", "卡号六两两两 洞两幺两 三四五六 拐八勾洞 幺两五", id="card_spoken_bad_luhn"),
    pytest.param("CN_PASSPORT", "订单Ｅ１２３４５６７８９已发货", id="passport_full_width_too_long"),
    pytest.param("CN_MOBILE", "版本号2026.1108.2765发布", id="mobile_dots_bad_prefix"),
    pytest.param("CN_MOBILE", "手机139.1088.27651", id="mobile_dots_too_long"),
    pytest.param("CN_MOBILE", "一三八天后再说，两三四五六七八个人都知道", id="spoken_words_not_a_number"),
    # 15 digits that fail the area code or the birth date are contract and document numbers, not IDs.
    pytest.param("CN_ID_CARD", "身份证号110000900307123", id="id_15_prefecture_00"),
    pytest.param("CN_ID_CARD", "身份证号990105900307123", id="id_15_unknown_province"),
    pytest.param("CN_ID_CARD", "身份证号110105900230123", id="id_15_feb_30"),
    pytest.param("CN_ID_CARD", "身份证号110105901307123", id="id_15_month_13"),
    pytest.param("CN_ID_CARD", "请核对文件110000880101001", id="id_15_document_number"),
    pytest.param("CN_ID_CARD", "证件号 1101 0519 9003 0712 38", id="id_18_in_fours_bad_check_digit"),
    # a longer number grouped in fours holds no landline (a card, a contract number)
    pytest.param("CN_LANDLINE", "还款卡：6226-0571-8601-2345，今天扣款", id="landline_inside_a_card"),
    pytest.param("CN_LANDLINE", "合同号为 2026 0571 8601 2345 37，请妥善保存", id="landline_inside_a_contract_number"),
    pytest.param("CN_LANDLINE", "发票代码：044031900111 发票号码：13572468", id="landline_shaped_invoice_code"),
    # a permit's letter and eight digits without the permit's name are an order or a policy number
    pytest.param("CN_PASSPORT", "订单C20261203已发货", id="permit_shape_without_its_name"),
    pytest.param("CN_PASSPORT", "您的EMS邮件EA836250174CN已签收", id="ems_waybill"),
    pytest.param("CN_BANK_CARD", "卡号6225 8800\n12345", id="card_two_parts_too_short"),
    # eleven digits ending an ID read aloud, before its X
    pytest.param("CN_MOBILE", "身份证 三三洞幺洞六 幺勾勾三幺幺幺六 五勾八X 是你本人的吧", id="mobile_shape_inside_a_spoken_id"),
    pytest.param("CN_LICENSE_PLATE", "沪C三个人一起去的", id="plate_prefix_then_words"),
    pytest.param("CN_BANK_CARD", "订单号 622202 123456 7890128", id="card_grouping_as_an_order_number"),
    pytest.param("CN_ID_CARD", "合同号 1101 0519 9003 0712 39 1234", id="id_inside_a_longer_grouped_number"),
    # reference numbers and amounts in an identifier's shape
    pytest.param("CN_BANK_CARD", "您的还款流水 6222 0212 3456 7890 128 已入账", id="card_shape_as_a_transaction_serial"),
    pytest.param("CN_ID_CARD", "报案回执号 110105199003071239", id="id_shape_as_a_receipt_number"),
    pytest.param("CN_MOBILE", "本次还款金额为13800138000元", id="mobile_shape_as_an_amount"),
    pytest.param("CN_MOBILE", "应还金额13812345678.00", id="mobile_shape_as_an_amount_with_cents"),
    pytest.param("CN_PASSPORT", "批次号 G20261204 已处理", id="passport_shape_as_a_batch_number"),
    pytest.param("CN_PASSPORT", "产品代码E12345678已下架", id="passport_shape_as_a_product_code"),
    pytest.param("CN_MOBILE", "得分 1 3 8 1 2 3 4 5 6 7 8 9 排名", id="figures_one_by_one_too_many_for_a_mobile"),
    pytest.param("CN_MOBILE", "请在APP输入16923457781完成认证", id="unallocated_segment_not_called_a_phone"),
    pytest.param("CN_MOBILE", "输入一六九二 三四五 七七八幺完成认证", id="unallocated_segment_read_aloud_not_called_a_phone"),
    pytest.param("CN_BANK_CARD", "流水号 6225 8800 1234 5675 已入账", id="card_shape_as_a_serial_number_it_labels"),
    # decoys in an identifier's shape: sums, ordinals and counts, a case's number, shops' and hospitals' numbers
    pytest.param("CN_MOBILE", "应还¥13912345678，请核对", id="mobile_shape_after_a_currency_sign"),
    pytest.param("CN_MOBILE", "本金RMB 13912345678", id="mobile_shape_after_a_currency_code"),
    pytest.param("CN_MOBILE", "第13912345678期账单", id="mobile_shape_as_an_ordinal"),
    pytest.param("CN_MOBILE", "（2026）浙0106民初13912345678号", id="mobile_shape_in_a_case_number"),
    pytest.param("CN_MOBILE", "累计13912345678积分", id="mobile_shape_as_points"),
    pytest.param("CN_MOBILE", "住院号13912345678", id="mobile_shape_as_an_inpatient_number"),
    pytest.param("CN_BANK_CARD", "加油卡号6225880012345675", id="card_shape_on_a_petrol_card"),
    pytest.param("CN_BANK_CARD", "您的会员卡号6225880012345675已激活", id="card_shape_on_a_membership_card"),
    pytest.param("CN_BANK_CARD", "就诊卡号6225880012345675", id="card_shape_on_a_patient_card"),
    pytest.param("CN_ID_CARD", "登记号330106198805123072", id="id_shape_as_a_registration_number"),
]


@pytest.mark.parametrize(("entity_type", "text"), LEAVES)
def test_leaves_alone(finder: EntityFinder, entity_type: str, text: str) -> None:
    assert found(finder, text, entity_type) == []


TEXTS = [param.values[1] for param in FINDS + LEAVES]


@pytest.mark.parametrize("text", TEXTS)
def test_gated_path_equals_presidio_full_pipeline(finder: EntityFinder, text: str) -> None:
    assert finder.find(text) == finder.find_full(text)


@pytest.mark.parametrize("text", TEXTS)
def test_no_recognizer_finds_anything_where_its_trigger_is_absent(finder: EntityFinder, text: str) -> None:
    for recognizer in finder.recognizers:
        if not recognizer.triggered(text):
            assert recognizer.analyze(text, recognizer.supported_entities, None) == [], recognizer.name


@pytest.mark.parametrize("text", TEXTS)
def test_digit_view_maps_every_character_back_to_the_one_it_was_read_from(text: str) -> None:
    read = read_digits(text)
    assert read.folded == fold(text) and len(read.folded) == len(text)
    if read.spoken is None:
        assert not read.spoken_spans
        return
    view = read.spoken
    assert len(view.index) == len(view.text)
    offset = 0
    for line in view.text.split("\n")[:-1]:       # one reading per line, in the text's order within it
        index = view.index[offset:offset + len(line)]
        assert index == sorted(set(index)) and view.index[offset + len(line)] == -1
        for char, at in zip(line, index, strict=True):
            # A character is read as its digit only inside a spoken run (a reading's context stays as written), a
            # repeat's characters (三个八) as the digit repeated.
            in_run = any(start <= at < end for start, end in read.spoken_spans)
            assert char == read.folded[at] or (in_run and char in (SPOKEN_DIGITS.get(text[at]), _repeated(text, at)))
        offset += len(line) + 1
    assert offset == len(view.text)


def _repeated(text: str, at: int) -> str | None:
    """The digit a repeat such as 三个八 (888) reads at `at`, if `at` is one of its three characters."""
    for start in range(max(0, at - 2), at + 1):
        if text[start:start + 1] in ("两", "二", "三") and text[start + 1:start + 2] == "个" and start + 2 < len(text):
            return SPOKEN_DIGITS.get(text[start + 2])
    return None


def test_one_reading_serves_every_numeric_recognizer(finder: EntityFinder) -> None:
    text = "手机幺三九 洞洞两两 三三四四，座机洞五拐幺 八六洞幺两三四五，卡号六两两两 洞两幺两 三四五六 拐八勾洞 幺两八"
    # One run of three numbers: its edges are read (the middle one of three would not be).
    assert {(e.entity_type, text[e.start:e.end]) for e in finder.find(text)} == {
        ("CN_MOBILE", "幺三九 洞洞两两 三三四四"), ("CN_LANDLINE", "洞五拐幺 八六洞幺两三四五"),
        ("CN_BANK_CARD", "六两两两 洞两幺两 三四五六 拐八勾洞 幺两八")}


def test_a_spoken_id_is_masked_to_its_last_four_digits() -> None:
    text = "您身份证号是三两洞幺洞两 幺勾八五幺幺幺两 四五拐四对吧"
    assert mask_evidence(text, net=False) == "您身份证号是****** ******** 四五拐四对吧"


def test_a_spoken_mobile_ending_in_two_before_a_particle_keeps_its_last_digit() -> None:
    from audit.recognizers.finder import find_entities

    for text, span in (("你老婆的手机是幺三拐洞五拐幺八八四两吧", (7, 18)), ("新号是幺三八 幺九洞四 五五拐两以后打这个", (3, 16)),
                       ("幺三八幺九洞四五五七二两天前换的", (0, 11))):
        assert [(e.entity_type, e.start, e.end) for e in find_entities(text)] == [("CN_MOBILE", *span)], text
