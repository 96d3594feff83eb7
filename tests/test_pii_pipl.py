"""PIPL categories (contract 5) on text written the ways others write it: pii.sensitive and pii.excessive
found in many words, and left alone where the words help the debtor, wish them well or name no one."""

from __future__ import annotations

import pytest

from audit.analysers.pii import PiiAnalyser
from audit.errors import RulePackError
from audit.message import Message, Turn
from audit.paths import LEXICONS
from audit.rulepack import Rule, Severity, load_rules
from tests.pii_support import shared_finder
from tests.pii_support import sms_categories as categories


@pytest.fixture(scope="module")
def analyser() -> PiiAnalyser:
    return PiiAnalyser(load_rules([LEXICONS], analyzer="pii"), finder=shared_finder())


@pytest.fixture(scope="module")
def rules_only() -> PiiAnalyser:
    return PiiAnalyser(load_rules([LEXICONS], analyzer="pii"), finder=shared_finder(), model=False)


def rule_ids(analyser: PiiAnalyser, text: str, recipient: str = "debtor") -> set[str]:
    message = Message(message_id="m", campaign_id="c", channel="sms", text=text, recipient_type=recipient)
    return {f.rule_id for f in analyser.analyse(message)}


@pytest.mark.parametrize("text", [
    pytest.param("你姐夫去年查出了尿毒症，一周透析三次，你还有心思拖着？", id="relative_dialysis"),
    pytest.param("你媳妇大着肚子还去上班，我们都看见了。", id="pregnancy_in_plain_words"),
    pytest.param("你在骨科挂的号我们也查到了。", id="hospital_department"),
    pytest.param("你得了那种见不得人的病，我们清楚。", id="disease_by_verb"),
    pytest.param("你每周五晚上都泡在城东那家台球厅。", id="routine_at_a_place"),
    pytest.param("你人在温州呢，换号也没用。", id="where_one_is"),
    pytest.param("你闺女在星光幼儿园大班，每天四点放学。", id="child_school"),
    pytest.param("你微信零钱通里还有六千多，先拿来还。", id="account_holding_an_amount"),
    pytest.param("你以前在看守所待了三个月，我们清楚。", id="detention"),
    pytest.param("你们一家都信天主教吧？", id="religion"),
])
def test_sensitive_information_in_many_words(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.sensitive" in categories(analyser, text)


@pytest.mark.parametrize("text", [
    pytest.param("您提到家里有人住院，我们已为您申请延期三个月，请先照顾家人。", id="hardship_offer_in_general_words"),
    pytest.param("祝您早日康复，身体要紧。", id="get_well_wish"),
    pytest.param("如您因疾病住院，可凭诊断证明申请停催。", id="polite_conditional"),
    pytest.param("我们不会向任何人透露您的住院和行踪信息。", id="promise_not_to_tell"),
    pytest.param("请确保尾号6688的储蓄卡余额充足，今日扣款。", id="repayment_card_tail_number"),
    pytest.param("您也可以使用支付宝余额或微信零钱还款。", id="payment_channels"),
    pytest.param("欠款属于民事纠纷，不会留下犯罪记录或案底。", id="no_criminal_record"),
    pytest.param("再不还就让你留下犯罪记录！", id="threatened_record_is_wording_not_pii"),
    pytest.param("登录APP需要刷脸验证，请本人操作。", id="login_face_check"),
    pytest.param("您现在在开车吗？那我们晚点再联系。", id="courtesy_about_driving"),
    pytest.param("您每天几点下班后方便接电话？", id="asking_when_to_call"),
])
def test_lawful_mentions_are_not_sensitive(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.sensitive" not in categories(analyser, text)


@pytest.mark.parametrize("text", [
    pytest.param("你在城西派出所食堂做饭，所长知道你欠钱吗？", id="workplace_in_other_words"),
    pytest.param("你老公在自来水公司上班，我们去他单位坐坐？", id="relatives_workplace"),
    pytest.param("你们公司的前台我们已经打过电话了。", id="front_desk"),
    pytest.param("你表弟王小军的号码我们有。", id="cousins_name"),
])
def test_excessive_personal_data_to_the_debtor(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.excessive" in categories(analyser, text)


def test_the_debtors_own_name_said_to_his_mother_is_not_a_relatives_name(analyser: PiiAnalyser) -> None:
    text = "阿姨您好，您儿子刘建新的事麻烦您转告他回个电话。"
    assert "pii.excessive" not in categories(analyser, text, recipient="third_party")
    assert "pii.excessive" in categories(analyser, text, recipient="debtor")      # to the debtor: his son


def test_an_agents_name_after_a_family_word_is_not_a_relatives(analyser: PiiAnalyser) -> None:
    assert "pii.excessive" not in categories(analyser, "请您和家人商量一下，我是客服专员陈立。")
    assert "pii.excessive" not in categories(analyser, "【瑞丰银行】联系人王海，电话4008-123-456。")


def test_a_name_with_an_id_number_to_a_third_party_is_an_identifier_leak_not_excessive(analyser: PiiAnalyser) -> None:
    # contract 5: pii.excessive is *other* personal data; the full ID is pii.unmasked_identifier
    text = "请转告韩立新，身份证号110105198503172349的借款已逾期。"
    assert categories(analyser, text, recipient="third_party") == {"pii.unmasked_identifier",
                                                                  "pii.third_party_disclosure"}


def test_a_name_with_a_home_address_in_a_notice_to_contacts(analyser: PiiAnalyser) -> None:
    text = "各位亲友：韩立新，男，住苏州市姑苏区人民路88号4幢201室，请转告他联系我们。"
    assert "pii.excessive.name_with_address" in rule_ids(analyser, text, recipient="third_party")


def test_promises_not_to_contact_the_employer_name_no_workplace(analyser: PiiAnalyser) -> None:
    assert "pii.excessive" not in categories(analyser, "我们不会泄露您的工作单位和家庭住址。")


def test_relief_in_one_turn_does_not_excuse_a_disclosure_in_another(analyser: PiiAnalyser) -> None:
    message = Message(message_id="m", campaign_id="c", channel="call", turns=[
        Turn("agent", "您好，我们可以为您申请延期。"), Turn("customer", "好的"),
        Turn("agent", "不过你老婆在妇产医院做人流的事我们也知道。")])
    assert {f.turn for f in analyser.analyse(message) if f.category == "pii.sensitive"} == {2}


@pytest.mark.parametrize("text", [
    pytest.param("您提到正在医院化疗，我们已为您申请延期三个月，请安心治疗。", id="chemotherapy_the_debtor_told"),
    pytest.param("您母亲尿毒症在做血透，我们深表同情，可为您暂停催收一个月。", id="sympathy_beside_a_named_illness"),
    pytest.param("您的诊断证明写的是二型糖尿病，我们已为您申请延期。", id="a_certificate_read_back"),
    pytest.param("您是二级肢体残疾，可以为您申请困难减免。", id="a_disability_grade_with_relief"),
])
def test_relief_does_not_excuse_naming_the_condition(analyser: PiiAnalyser, text: str) -> None:
    """Contract 5: the relief needs no diagnosis; naming it beside the offer is sensitive (set H labels it so), while
    the same offer in general words (家里有人住院, 因病) stays lawful."""
    assert "pii.sensitive" in categories(analyser, text)


# --- issue 14: the families others wrote and the rules missed (pipl_heldout_b, pipl_dev2) ---------------------

def call(*lines: tuple[str, str], recipient: str = "debtor") -> Message:
    return Message(message_id="m", campaign_id="c", channel="call", turns=[Turn(s, t) for s, t in lines],
                   recipient_type=recipient)


@pytest.mark.parametrize("text", [
    pytest.param("你老公每天下午五点半从物流园下班，这个点我们都掐得准。", id="clock_of_the_day"),
    pytest.param("你前晚十二点多才回的家，别说一直在加班。", id="late_home"),
    pytest.param("你每周二下午三点去接女儿放学吧。", id="school_run_at_a_time"),
    pytest.param("你这阵子一直借住在你二姨家，对吧？", id="staying_at_a_relatives"),
    pytest.param("你那辆白色面包车一般停在菜场后门。", id="parked_car"),
    pytest.param("你媳妇在县妇幼保健院待产，预产期就这几天吧？", id="awaiting_birth"),
    pytest.param("你舅舅常年在城郊疗养院住着，开销不小。", id="care_stay"),
    pytest.param("你在浦发银行的信用卡还剩三万额度没用，先刷出来还。", id="another_lenders_unused_credit"),
    pytest.param("你上周在城商行开了一个新账户，存了五万。", id="new_account_and_savings"),
    pytest.param("你的借记卡6217****5521里月初转进来八千。", id="money_through_a_card"),
    pytest.param("你老婆懷孕七個月了，還不趕緊還錢？", id="traditional_characters"),
])
def test_sensitive_families_from_others_text(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.sensitive" in categories(analyser, text)


def test_a_time_then_a_recognised_address_is_whereabouts(analyser: PiiAnalyser) -> None:
    text = "你这几天每天晚上都在杭州市拱墅区湖墅南路66号3幢那边，我们的人都看见了。"
    assert "pii.sensitive.whereabouts_address" in rule_ids(analyser, text)
    assert "pii.sensitive.whereabouts_address" not in rule_ids(analyser, "您明天可到杭州市拱墅区湖墅南路66号营业厅办理还款。")


def test_credit_report_contents_told_to_a_third_party(analyser: PiiAnalyser) -> None:
    text = "你是他表哥吧？他征信上还有三家网贷没结清，欠我们的钱也拖着。"
    assert categories(analyser, text, recipient="third_party") == {"pii.sensitive", "pii.third_party_disclosure"}


@pytest.mark.parametrize("text", [
    pytest.param("您好，我们每天早上8点半上班，您可以那时来电。", id="the_lenders_own_hours"),
    pytest.param("您可以在每天9点到18点之间到网点办理。", id="opening_hours_range"),
    pytest.param("若孩子正读小学、家里开销大，您可以申请分期。", id="relief_offer_naming_a_child"),
    pytest.param("逾期将在您的征信上留下记录，请按时还款。", id="credit_report_in_general"),
    pytest.param("您的信用卡还有8000元额度可用。", id="own_products_available_credit"),
])
def test_lawful_near_misses_are_not_sensitive(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.sensitive" not in categories(analyser, text)


@pytest.mark.parametrize("text", [
    pytest.param("邬立新，你爸邬长青你妈曹翠兰都还在乡下吧。", id="relatives_names_the_recognizer_may_miss"),
    pytest.param("葛建华，你那个宿舍我们问到了，工业园南区5栋宿舍306。", id="dormitory"),
    pytest.param("聂小兵，你老家在梅岭村四组，门口有棵大樟树。", id="village_group"),
    pytest.param("你在云帆科技有限公司客服部上班，你们主管姓什么我们也知道。", id="employer_by_department"),
    pytest.param("你男人在建筑队开塔吊，我们去工地找他？", id="dialect_kinship_word"),
    pytest.param("施文涛，你任职的宏远商贸财务部已经收到我们的函了。", id="employer_on_file"),
])
def test_excessive_families_from_others_text(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.excessive" in categories(analyser, text)


def test_a_named_colleagues_workplace_told_to_a_third_party(analyser: PiiAnalyser) -> None:
    text = "您好，您同事骆春燕在贵公司采购部任职，她在我司的借款已逾期，请转告。"
    assert categories(analyser, text, recipient="third_party") == {"pii.excessive", "pii.third_party_disclosure"}


def test_the_name_in_one_turn_and_the_home_in_another_is_excessive(analyser: PiiAnalyser) -> None:
    message = call(("agent", "喂，是裘志平吗？"), ("customer", "是我"), ("agent", "你的借款逾期两个月了。"),
                   ("customer", "最近没钱"), ("agent", "没钱？你住的翠湖小区8栋3单元601不是你自己的房子吗？"))
    assert {f.turn for f in analyser.analyse(message) if f.category == "pii.excessive"} == {4}


def test_a_name_after_an_agents_speaker_label_is_the_debtors_not_the_agents(analyser: PiiAnalyser) -> None:
    text = "专员：滕晓东，你住在西城区德胜门外大街36号4栋602，我们去过了。"
    assert "pii.excessive" in categories(analyser, text)
    assert "pii.excessive" not in categories(analyser, "我是客服专员滕晓东，您的材料将寄到西城区德胜门外大街36号。")


def test_a_name_only_the_customer_said_does_not_make_the_agents_address_excessive(analyser: PiiAnalyser) -> None:
    message = call(("agent", "您好，请问是本人吗？"), ("customer", "我是裘志平"),
                   ("agent", "你住的翠湖小区8栋3单元601是吧，材料寄到那里可以吗？"))
    assert "pii.excessive" not in {f.category for f in analyser.analyse(message)}


@pytest.mark.parametrize(("text", "expected"), [
    # (Where the debtor works, told to them, is excessive by pii.excessive.employer_yours: not a near miss.)
    pytest.param("您可到杭州市滨江区江南大道1288号我司服务大厅当面办理还款，我们也会派人协助。", set(),
                 id="a_street_address_without_a_name"),
    pytest.param("逾期催告函\n收件人：陶永健\n送达地址：武汉市洪山区珞喻路152号\n您的借款已逾期，请于十日内还款。", set(),
                 id="the_debtors_own_delivery_address_on_a_notice"),
    pytest.param("你妈周末在家吗？我们想约您面谈。", set(), id="a_surname_character_starting_an_everyday_word"),
    pytest.param("您可在APP上传工作证明，用于申请调整还款计划。", set(), id="uploading_a_work_certificate"),
])
def test_lawful_near_misses_are_not_excessive(analyser: PiiAnalyser, text: str, expected: set[str]) -> None:
    assert categories(analyser, text) == expected


def test_a_relatives_number_alone_is_a_family_members_number(analyser: PiiAnalyser) -> None:
    """Contract 5 names family members' numbers as excessive data; the full number is an unmasked identifier too."""
    assert categories(analyser, "你姐的手机13857120046我们打过了，你自己看着办。") == {"pii.excessive",
                                                                              "pii.unmasked_identifier"}


def test_the_agents_own_name_does_not_make_an_address_a_full_name_with_an_address(analyser: PiiAnalyser) -> None:
    message = call(("agent", "您好，我是云杉金融贷后服务部的邹怡宁，请问您是本人吗？"), ("customer", "是"),
                   ("agent", "你住的翠湖小区8栋3单元601附近有我们的网点，可以去那办理。"))
    assert "pii.excessive" not in {f.category for f in analyser.analyse(message)}
    named = call(("agent", "您好，请问是裘志平本人吗？"), ("customer", "是"),
                 ("agent", "你住的翠湖小区8栋3单元601附近有我们的网点，可以去那办理。"))
    assert "pii.excessive" in {f.category for f in analyser.analyse(named)}


@pytest.mark.parametrize("text", [
    pytest.param("裘志平，你家住哪个小区我们清楚，别躲了。", id="claiming_to_know_names_no_estate"),
    pytest.param("再不处理，我们将联系您的紧急联系人及雇主协助催收。", id="a_threat_to_call_the_employer_names_none"),
    pytest.param("你岳父岳母的电话我们也有。", id="a_kinship_word_is_not_a_name"),
])
def test_words_that_name_no_one_and_no_place_are_not_excessive(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.excessive" not in categories(analyser, text)


@pytest.mark.parametrize("text", [
    pytest.param("你们村的征地补偿款到账了，一家分了四十多万吧。", id="money_from_an_event"),
    pytest.param("你们俩一个月加起来挣一万八，还不起这点钱？", id="earnings_added_up"),
    pytest.param("他另外还有两笔消费贷没还清，征信早就花了。", id="other_debts_and_a_spoiled_record"),
    pytest.param("你在中信银行的车贷每月还款两千九。", id="another_banks_car_loan"),
    pytest.param("你周末常去北郊水库钓鱼，我们也去转过。", id="a_habit_at_a_place"),
    pytest.param("你家老二在县职高读书，我们认识他们老师。", id="a_child_at_a_vocational_school"),
    pytest.param("你婆婆住哪家医院我们都清楚。", id="which_hospital_claimed_known"),
])
def test_sensitive_families_from_later_batches(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.sensitive" in categories(analyser, text)


@pytest.mark.parametrize("text", [
    pytest.param("您反映的家人住院情况已记录，本月不再电话提醒。", id="a_relief_record"),
    pytest.param("您在星河白条的借款已逾期5天，请尽快还款。", id="the_product_being_collected"),
    pytest.param("按时还款有助于提升您的信用分。", id="credit_score_in_general"),
    pytest.param("如有拆迁、理赔等大额资金到账，可申请提前结清。", id="windfalls_in_general"),
])
def test_later_lawful_near_misses_are_not_sensitive(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.sensitive" not in categories(analyser, text)


@pytest.mark.parametrize("text", [
    pytest.param("莫小川，你老家是哪的我们清楚，江西赣州于都县银坑镇。", id="home_town_township"),
    pytest.param("尊敬的柳青女士，您登记的家庭地址为：江北区观音桥嘉华大厦2205。", id="address_field_of_a_record"),
    pytest.param("你跟你姐合伙开的那家火锅店生意不错吧。", id="a_business_of_ones_own"),
    pytest.param("你们两口子不都在城南那家制衣厂上班吗？", id="a_couples_workplace"),
    pytest.param("邝伟，你二姐邝丽的电话我们打过了。", id="an_ordinal_before_a_kinship_word"),
    pytest.param("你女儿叫甜甜吧，长得真像你。", id="a_given_name_after_jiao"),
    pytest.param("邵志剛，你老漢邵德福在鎮上開五金鋪。", id="traditional_characters"),
])
def test_excessive_families_from_later_batches(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.excessive" in categories(analyser, text)


@pytest.mark.parametrize("text", [
    pytest.param("您刚才说您在物流园上夜班，那我们改到下午再联系。", id="the_debtors_own_words_repeated"),
    pytest.param("你在闲鱼上卖旧手机的钱也该拿来还款了。", id="an_online_marketplace_is_no_workplace"),
    pytest.param("收款单位：华信消费金融有限公司，请核对后转账。", id="the_payees_unit_field"),
])
def test_later_lawful_near_misses_are_not_excessive(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.excessive" not in categories(analyser, text)


@pytest.mark.parametrize("text", [
    pytest.param("你表嫂前几天刚生完三胎，家里正缺钱吧。", id="a_birth_just_given"),
    pytest.param("你舅舅身上那个东西查出来是恶性的，对吧？", id="a_test_result_without_the_illness"),
    pytest.param("你公公手脚不利索，出门都要人扶。", id="a_body_that_does_not_work"),
    pytest.param("你外甥在启智学校上学，每天校车接送。", id="a_special_school"),
    pytest.param("你弟前段时间闹着跳河，被人拉回来了。", id="a_past_suicide_attempt"),
    pytest.param("你丈母娘住进了城南那家护理院，费用不低。", id="a_care_home"),
    pytest.param("你岳父还在做康复，一周去三次，你还到处借钱？", id="under_treatment_now"),
    pytest.param("你公积金前天提了五万块，钱呢？", id="money_taken_from_a_social_account"),
    pytest.param("你哥欠了钱，这几天人在东莞一个城中村里藏着。", id="a_hiding_place_after_the_name"),
])
def test_sensitive_families_said_obliquely(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.sensitive" in categories(analyser, text)


@pytest.mark.parametrize("text", [
    pytest.param("日子再难也别想不开，可以跟我们商量分期。", id="a_plea_not_to_despair"),
    pytest.param("你耳朵听不见吗？短信也不回。", id="a_rhetorical_question_is_wording_not_health"),
    pytest.param("恶性逾期将影响您的征信记录，请及时还款。", id="collection_jargon_malignant"),
    pytest.param("开启定位权限即可查看附近网点，我们不会保存您的位置信息。", id="a_location_permission_for_branches"),
    pytest.param("您可以用公积金提取的钱提前还款。", id="a_housing_fund_withdrawal_as_a_way_to_pay"),
    pytest.param("你天天在家躲着，电话也不接。", id="hiding_at_home_names_no_place"),
])
def test_oblique_lawful_near_misses_are_not_sensitive(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.sensitive" not in categories(analyser, text)


@pytest.mark.parametrize("text", [
    pytest.param("你老婆换了工作，现在在一家连锁酒店做前台服务员。", id="a_later_clause_places_someone_at_work"),
    pytest.param("工作地址：嘉兴市南湖区科技大道77号，已核实。", id="the_workplace_address_field"),
])
def test_workplaces_in_later_clauses_and_fields_are_excessive(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.excessive" in categories(analyser, text)


@pytest.mark.parametrize("text", [
    pytest.param("本公司地址：杭州市滨江区网商路699号，欢迎监督。", id="the_lenders_own_address"),
    pytest.param("你有困难的话，可以在附近银行网点办理延期。", id="a_branch_where_to_go"),
])
def test_the_lenders_own_places_are_not_a_workplace(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.excessive" not in categories(analyser, text)


@pytest.mark.parametrize("text", [
    pytest.param("你姑妈腰上打了钢钉，走路都费劲。", id="a_device_in_the_body"),
    pytest.param("你前阵子是不是去人民医院抽血了？", id="a_hospital_visit_for_a_test"),
    pytest.param("你们家老三每周二晚上在文化宫上的书法课。", id="a_childs_lessons"),
    pytest.param("你外卖地址显示这几天都送到你表妹那。", id="an_apps_address_record"),
    pytest.param("他们两口子上个月搬到他丈人家去住了。", id="a_move_to_someones_place"),
    pytest.param("他一直上夜班，白天都在家睡觉。", id="a_shift_kept"),
    pytest.param("你们家是五保户吧，村里都知道。", id="a_welfare_status"),
    pytest.param("你zfb里还有一万出头，拿出来还。", id="an_account_in_pinyin_letters"),
    pytest.param("欠钱不还，上个月又打赏了主播两万多？", id="spending_on_streams_told"),
    pytest.param("你那个车位租出去了，每个月也有进账。", id="property_let"),
])
def test_sensitive_families_in_app_records_and_passing_words(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.sensitive" in categories(analyser, text)


@pytest.mark.parametrize("text", [
    pytest.param("请问您晚上在家方便接电话吗？", id="asking_when_to_call"),
    pytest.param("您本月消费了1800元，账单日后请按时还款。", id="the_bill_being_collected"),
    pytest.param("本平台不会通过定位或通讯录收集您的信息。", id="a_promise_about_location"),
])
def test_lawful_questions_and_bills_are_not_sensitive(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.sensitive" not in categories(analyser, text)


@pytest.mark.parametrize(("text", "recipient"), [
    pytest.param("您好，9栋1501的住户滕志远欠我司款项未还，请物业留意。", "third_party", id="the_owner_of_a_numbered_flat"),
    pytest.param("房东您好，葛立军欠款未还，他在您那住的是六号楼203吧？", "third_party", id="a_home_after_a_short_place_phrase"),
    pytest.param("您目前在海川物流有限公司任调度主管，此事我司已核实。", "debtor", id="a_post_held_at_a_company"),
    pytest.param("你跟他说，他上班的那个4S店我们知道在哪。", "third_party", id="a_workplace_named_with_letters"),
])
def test_homes_and_workplaces_in_other_forms_are_excessive(analyser: PiiAnalyser, text: str, recipient: str) -> None:
    assert "pii.excessive" in categories(analyser, text, recipient=recipient)


@pytest.mark.parametrize(("text", "category"), [
    pytest.param("你哥喺观塘一间茶餐厅返工，我哋去过。", "pii.excessive", id="a_workplace_in_cantonese"),
    pytest.param("你小姨子是开奶茶店的吧，就在学校后门。", "pii.excessive", id="a_shop_a_relative_runs"),
    pytest.param("戚志华，你目前住的是你姑妈家的老房子，3栋4单元。", "pii.excessive", id="a_home_said_with_now"),
    pytest.param("你的存款帳戶餘額還有八萬，為何不還？", "pii.sensitive", id="an_account_in_traditional_characters"),
    pytest.param("他这半年在戒酒，天天在家待着。", "pii.sensitive", id="drinking_and_its_treatment"),
    pytest.param("你爸每天上午都在村口小卖部下棋。", "pii.sensitive", id="a_habit_at_a_village_shop"),
    pytest.param("家庭成员：丈夫（务工），女儿（就读于县二中）。", "pii.sensitive", id="a_childs_numbered_school_in_a_record"),
    # Dialect words folded to standard ones of the same length (晓得 知道, 住勒 住在, 下昏 晚上, 厝 家, 恁 你).
    pytest.param("阿拉晓得侬每日夜里八点钟勒小区门口跳广场舞。", "pii.sensitive", id="a_habit_in_shanghainese"),
    pytest.param("恁囝佇国中读二年，逐工下昏六点才放学。", "pii.sensitive", id="a_school_day_in_hokkien"),
    pytest.param("侬儿子韦家俊勒静安寺那家酒店做厨师。", "pii.excessive", id="a_sons_name_in_shanghainese"),
    pytest.param("你屋头那个娃儿在城北幼儿园读中班嘛。", "pii.sensitive", id="a_child_of_the_home_in_sichuanese"),
    pytest.param("你外母乸何秀芬喺元朗开茶餐厅，我哋识路。", "pii.excessive", id="a_mother_in_law_in_cantonese"),
    pytest.param("你孖仔喺沙田嗰间幼稚园读K2。", "pii.sensitive", id="twins_at_a_kindergarten_in_cantonese"),
])
def test_families_from_dialects_records_and_scripts(analyser: PiiAnalyser, text: str, category: str) -> None:
    assert category in categories(analyser, text)


@pytest.mark.parametrize("text", [
    pytest.param("您开店经营困难的话，可以申请延期还款。", id="a_shop_in_a_hardship_offer"),
    pytest.param("您可以在便利店扫码缴费，方便快捷。", id="a_shop_as_a_way_to_pay"),
])
def test_shops_as_ways_to_pay_or_offers_are_lawful(analyser: PiiAnalyser, text: str) -> None:
    assert not categories(analyser, text)


# --- issue 14: families from pipl_dev3 and the released pipl_heldout_c, in words of these tests' own ------------

@pytest.mark.parametrize("text", [
    pytest.param("你大伯的青光眼越来越重了，出门都要人扶。", id="disease_by_name"),
    pytest.param("你外公在家用着制氧机，离不开人。", id="care_equipment_at_home"),
    pytest.param("你嫂子下个月就要剖了，钱准备好了吗？", id="caesarean_coming"),
    pytest.param("你弟媳已经在妇幼建了档，别说家里没钱。", id="maternity_registration"),
    pytest.param("你下周要去厦门度假吧，酒店都订了。", id="trip_planned"),
    pytest.param("你家老爷子每天傍晚在湖边公园下棋。", id="habit_out_of_doors"),
    pytest.param("据了解，你于3月2日至5日出入珠海并在酒店入住。", id="movement_on_a_date"),
    pytest.param("您的三个孩子分别在实验小学和育才中学读书。", id="children_counted"),
    pytest.param("你每周五都去清真寺，斋月也不上班。", id="religion_in_practice"),
    pytest.param("你另一张卡上个月转进来两万，钱去哪了？", id="another_card_money_in"),
    pytest.param("你媳妇名下那套房刚过户给她妈，以为我们不知道？", id="property_moved"),
])
def test_sensitive_families_from_dev3(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.sensitive" in categories(analyser, text)


@pytest.mark.parametrize("text", [
    pytest.param("【安心分期】您好，您申请的分期方案已生效，请按期还款。", id="lender_named_for_instalments"),
    pytest.param("逾期将影响您子女上学，请尽快还款。", id="schooling_threat_is_wording_not_a_school"),
    pytest.param("您的账户于5月3日在新设备登录，如非本人操作请修改密码。", id="login_on_a_new_device"),
    pytest.param("如您的民族习俗或宗教节日与还款日冲突，可与客服协商。", id="custom_offer"),
    pytest.param("您也可以使用他行银行卡还款，请确保还款账户余额充足。", id="another_bank_as_a_way_to_pay"),
    pytest.param("您好，您提交的住院证明已收到，本月免收违约金。", id="proof_of_relief_received"),
    pytest.param("你爸妈不是有养老钱吗，再不够你把车挂出去卖了。", id="urging_a_sale_is_no_account_detail"),
])
def test_lawful_near_misses_from_dev3_are_not_sensitive(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.sensitive" not in categories(analyser, text)


@pytest.mark.parametrize("text", [
    pytest.param("卢志远，你住在石桥镇马家湾村四组吧？", id="village_and_group"),
    pytest.param("蒲晓燕，你租在翠湖苑6栋402，我们去过了。", id="rented_flat"),
    pytest.param("您的对账地址汉阳区鹦鹉大道88号3栋201室，居住人黎国平。", id="resident_named"),
    pytest.param("熊立波，枫林小区9栋1单元303，是你家吧？", id="address_then_home"),
    pytest.param("借款档案\n家庭成员：母 甄秀兰，兄 甄立伟", id="record_of_family_members"),
    pytest.param("借款人黄志斌，工作单位长沙恒远机械有限公司，已逾期。", id="employer_field_without_colon"),
    pytest.param("你表哥在实验中学教英语，我们去学校找他。", id="relative_teaching"),
])
def test_excessive_families_from_dev3(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.excessive" in categories(analyser, text)


def test_an_address_confirmed_for_letters_the_debtor_asked_for_is_not_excessive(analyser: PiiAnalyser) -> None:
    text = "钟立新先生：按您的要求，协议将寄至您指定的地址：岳麓区桐梓坡路88号金泰小区2栋1单元301。"
    assert "pii.excessive" not in categories(analyser, text)


@pytest.mark.parametrize("text", [
    pytest.param("你公公上个月做了冠脉造影，查出来两根血管堵了。", id="a_test_named"),
    pytest.param("你弟媳还在喂奶呢，你就让她出来还钱？", id="nursing"),
    pytest.param("你大舅前几天发高烧住进了县医院。", id="taken_into_hospital"),
    pytest.param("你外婆耳朵背得厉害，电话里什么都听不见。", id="hearing"),
    pytest.param("你每个星期五下午都去那家茶馆打牌。", id="weekly_habit_with_星期"),
    pytest.param("你和你老婆五一去了趟桂林，玩得挺开心吧。", id="trip_made_at_a_holiday"),
    pytest.param("你闺女在县里的早教班上课，一节两百。", id="early_years_class"),
    pytest.param("你支付宝的理财上周赎回了五万。", id="fund_redeemed"),
    pytest.param("你在快手上直播带货的收入不少吧。", id="side_income"),
])
def test_sensitive_families_from_dev3_later_batches(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.sensitive" in categories(analyser, text)


@pytest.mark.parametrize("text", [
    pytest.param("如您的工资卡在我行，可申请工资到账后自动扣款。", id="payroll_card_at_this_bank"),
    pytest.param("您好，您在我行的定期存款将于下月到期，可选择自动续存。", id="own_deposit_maturing"),
    pytest.param("您好，您登记的单位地址已过期，如需变更请在APP中修改。", id="stale_workplace_address"),
    pytest.param("您好，您的孩子若因上学需要用钱，可与我们协商调整还款金额。", id="schooling_costs_offer"),
])
def test_lawful_near_misses_from_dev3_later_batches(analyser: PiiAnalyser, text: str) -> None:
    assert not categories(analyser, text)


@pytest.mark.parametrize("text", [
    pytest.param("你三叔在镇上开超市，你找他借点。", id="uncle_by_order_runs_a_shop"),
    pytest.param("你每晚都去你哥的烧烤摊帮忙到十二点。", id="relatives_stall"),
    pytest.param("你是不是还在那个物流园开铲车？", id="still_working_there"),
    pytest.param("你岳母在哪个厂上班我们都知道。", id="relatives_workplace_claimed_known"),
])
def test_excessive_families_from_dev3_later_batches(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.excessive" in categories(analyser, text)


# --- issue 14, pipl_dev4: word classes, ASR spacing and the sender's signature ---------------------------------

def test_a_lenders_signature_names_the_sender_not_the_debtors_data(analyser: PiiAnalyser) -> None:
    assert not categories(analyser, "【安心孕贷】您本期应还1,260元，请于3月15日前还款。")
    assert not categories(analyser, "【乐孕宝】提醒：您的借款将于明日到期。")
    # to a third party the lender it names is part of the debt revealed
    assert "pii.third_party_disclosure" in categories(analyser, "【安心孕贷】请转告他尽快还款。", recipient="third_party")


def test_a_pasted_group_chats_header_is_read_as_the_senders_text_not_a_signature(analyser: PiiAnalyser) -> None:
    # 【…群…】 heads a group chat pasted as the body (contract section 1: the text as sent); what it names (the care
    # home whose families' group the post goes to) is read with the rest, as a lender's 【signature】 is not.
    text = "【微信群：康乐护理院家属群】各位家属好，5号楼312室的潘秀英老人欠我们信用卡一万多，请她家属联系我。"
    assert "pii.sensitive" in categories(analyser, text, recipient="third_party")
    # a lender's signature is still the sender's name, not the debtor's data
    assert not categories(analyser, "【康乐分期】您本期应还860元，请按时还款。")


def test_spaces_of_an_asr_transcript_do_not_hide_the_words(analyser: PiiAnalyser) -> None:
    message = call(("agent", "喂 伍佳 是吧 你 你那个 男朋友 叫 叫邢浩 对不对"), ("customer", "你们怎么知道"))
    findings = [f for f in analyser.analyse(message) if f.category == "pii.excessive"]
    assert findings and all(f.turn == 0 and 0 <= f.start < f.end <= len(message.turns[0].text) for f in findings)
    assert "邢浩" not in " ".join(f.evidence for f in findings)          # masked as the recognizers found it


def test_a_pattern_naming_a_class_no_classes_file_has_is_a_clear_error() -> None:
    rule = Rule(id="pii.user.rule", category="pii.sensitive", severity=Severity.LOW, regulation="x", explanation="x",
                analyzer="pii", pack="t", path="lexicons/pii/user.yml", body={"patterns": ["你{kinfolk}住院"]},
                match_examples=["x"])
    with pytest.raises(RulePackError, match="no word class {kinfolk}"):
        PiiAnalyser([rule], finder=shared_finder())


def test_what_the_callee_raised_first_said_back_is_no_disclosure(analyser: PiiAnalyser) -> None:
    told_back = call(("agent", "宓先生，您的信用卡逾期二十天了。"), ("customer", "我这两个月都在医院陪我爸做透析"),
                     ("agent", "那您爸的医药费都能出 还款也不差这点吧"))
    assert "pii.sensitive" not in {f.category for f in analyser.analyse(told_back)}
    revealed = call(("agent", "宓先生，您的信用卡逾期二十天了。"), ("customer", "最近手头紧"),
                    ("agent", "你爸不是在做透析吗 医药费都能出 还款也不差这点吧"))
    assert "pii.sensitive" in {f.category for f in analyser.analyse(revealed)}


def test_the_ward_and_bed_said_back_tell_more_than_the_stay_the_callee_raised(analyser: PiiAnalyser) -> None:
    ward = call(("agent", "宓先生，您的信用卡逾期二十天了。"), ("customer", "我爸住院了，这个月真没钱"),
                ("agent", "你爸在县人民医院心内科6床，我们都知道，钱还是要还"))
    assert "pii.sensitive" in {f.category for f in analyser.analyse(ward)}
    same_place = call(("agent", "宓先生，您的信用卡逾期二十天了。"), ("customer", "我爸在县人民医院心内科6床住院"),
                      ("agent", "你爸在县人民医院心内科6床，那我们给您申请延期"))
    assert "pii.sensitive" not in {f.category for f in analyser.analyse(same_place)}


def test_a_third_party_asking_about_the_debt_does_not_excuse_revealing_it(analyser: PiiAnalyser) -> None:
    message = call(("agent", "您好，请问是刘建新的家人吗？"), ("third_party", "是啊，他是不是欠你们钱了"),
                   ("agent", "对，他的借款已经逾期三个月了"), recipient="third_party")
    assert "pii.third_party_disclosure" in {f.category for f in analyser.analyse(message)}


# --- issue 14: the vocabulary classes of pipl_dev4, in words of these tests' own ----------------------------------

@pytest.mark.parametrize("text", [
    pytest.param("你舅妈三高，降压药一天都不能停。", id="colloquial_condition"),
    pytest.param("你外公肝腹水，又住进去了吧？", id="disease_by_name"),
    pytest.param("你姨父胳膊上长了个瘤，切片还没出来。", id="a_growth_and_a_biopsy"),
    pytest.param("你嫂子怀着六个月的孩子还在摆摊。", id="pregnancy_by_months"),
    pytest.param("你老丈人认不出人了，天天要人看着。", id="dementia_by_its_signs"),
    pytest.param("你堂哥下半身没知觉，一直躺着。", id="disability_by_its_signs"),
    pytest.param("你外甥女在镇中心小学上三年级。", id="a_nieces_school"),
    pytest.param("你这礼拜一直在你表姐那里住。", id="staying_at_a_relatives"),
    pytest.param("系统显示你这几天都在外省。", id="a_location_system"),
    pytest.param("你的余额宝每个月都有利息，别说没钱。", id="what_savings_earn"),
    pytest.param("你弟还在缓刑期，我们清楚。", id="probation"),
    pytest.param("你妈天天烧香拜菩萨。", id="religious_practice"),
])
def test_sensitive_vocabulary_classes(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.sensitive" in categories(analyser, text)


@pytest.mark.parametrize("text", [
    pytest.param("【乐孕宝】您的借款将于明日到期。", id="a_product_name_in_the_signature"),
    pytest.param("【人寿保险】您的重疾险保障范围包括恶性肿瘤。", id="an_insurers_cover"),
    pytest.param("【社区卫生服务中心】糖尿病患者请遵医嘱按时服药。", id="a_public_health_notice"),
    pytest.param("我司不会因您的宗教信仰区别对待任何客户。", id="equal_treatment"),
    pytest.param("依据《个人信息保护法》，我们不处理您的行踪轨迹等敏感个人信息。", id="a_privacy_notice"),
    pytest.param("您在本行的定期存款已到期，已自动转存。", id="the_lenders_own_deposit"),
    pytest.param("就催收员在通话中提及您家人病情一事，我司已严肃处理，特此致歉。", id="an_apology"),
    pytest.param("请于下礼拜五前还款。", id="a_weekday_is_no_faith"),
])
def test_lawful_messages_near_the_classes_are_not_sensitive(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.sensitive" not in categories(analyser, text)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("尊敬的邱立华女士，您的单位恒达物流有限公司我们已去函。", True, id="employer_named_after_the_word"),
    pytest.param("你姥姥孔秀兰的电话我们有。", True, id="a_colloquial_kinship_word"),
    pytest.param("你阿姨在庙里做义工。", False, id="volunteering_is_no_workplace"),
    pytest.param("你女儿是唐氏儿，我们不为难你。", False, id="a_condition_is_no_name"),
])
def test_excessive_vocabulary_classes(analyser: PiiAnalyser, text: str, expected: bool) -> None:
    assert ("pii.excessive" in categories(analyser, text)) is expected


# --- issue 14: the families of pipl_dev7 and the released sets D-G ----------------------------------------------

def test_a_guarantor_named_in_an_earlier_turn_may_be_told_of_the_loan(analyser: PiiAnalyser) -> None:
    guarantor = call(("agent", "您好，您是不是给乔振华做过担保？"), ("third_party", "是的，做过。"),
                     ("agent", "他那笔借款已经逾期两个月了，本金三万。"), recipient="third_party")
    stranger = call(("agent", "您好，您认识乔振华吗？"), ("third_party", "认识，我是他同事。"),
                    ("agent", "他那笔借款已经逾期两个月了，本金三万。"), recipient="third_party")
    assert not [f for f in analyser.analyse(guarantor) if f.category == "pii.third_party_disclosure"]
    assert [f.turn for f in analyser.analyse(stranger) if f.category == "pii.third_party_disclosure"] == [2]


def test_your_hr_said_to_a_colleague_names_no_workplace(analyser: PiiAnalyser) -> None:
    to_colleague = call(("agent", "你好，你是尤振海的同事吧？我找一下你们人事。"), ("third_party", "什么事？"),
                        recipient="third_party")
    assert not [f for f in analyser.analyse(to_colleague) if f.category == "pii.excessive"]
    assert "pii.excessive.employer_yours" in rule_ids(analyser, "你们人事的电话我们也有，要不要打过去？")


def test_a_contact_asked_to_have_the_debtor_deal_with_a_pending_matter(analyser: PiiAnalyser) -> None:
    assert "pii.third_party.debt" in rule_ids(
        analyser, "【丰年】您好，您是庞立新的联系人，请您告知他尽快登录客户端处理待办事项。", "third_party")
    assert not rule_ids(analyser, "您好，您是庞立新的紧急联系人，他电话打不通，麻烦您让他回个电话。", "third_party")


def test_a_name_and_address_typed_apart_character_by_character(analyser: PiiAnalyser) -> None:
    spaced = "柏 志 强，江 门 市 蓬 江 区 建 设 路 36 号，欠 钱 不 还，你 看 着 办。"
    assert [(f.rule_id, spaced[f.start:f.end]) for f in analyser.analyse(Message(
        message_id="m", campaign_id="c", channel="sms", text=spaced)) if f.category == "pii.excessive"] == [
        ("pii.excessive.name_with_address", "柏 志 强，")]
    assert "pii.excessive" not in categories(analyser, "你 好，本 期 账 单 已 出，请 按 时 还 款。")


@pytest.mark.parametrize("text", [
    pytest.param("據查閣下每日晚上八點於旺角一間酒樓做散工。", id="routine_with_the_written_locative"),
    pytest.param("你搁那足疗店待到半夜，我们都瞅见了。", id="northern_seeing_folded"),
    pytest.param("你個仔喺大埔嗰度讀書，我哋知㗎。", id="cantonese_child_studying_traditional"),
    pytest.param("查到您有一份终身寿险，保单现金价值已有六万多。", id="policy_cash_value"),
    pytest.param("你老婆住院保胎一个多月了，花钱的地方多吧。", id="pregnancy_kept"),
    pytest.param("你儿子在区里的足球俱乐部训练，周末我们去看看他。", id="child_training_with_a_club"),
    pytest.param("你上个月才从日本旅游回来，钱倒是舍得花。", id="trip_just_back"),
    pytest.param("恁某佇病院生囝，阮攏知影。", id="hokkien_birth_at_a_hospital"),
    pytest.param("你老豆喺醫院洗緊腰，一個禮拜三次。", id="cantonese_dialysis"),
    pytest.param("你公司给的期权明年就解禁了，还怕还不上？", id="share_options"),
])
def test_sensitive_information_in_other_voices(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.sensitive" in categories(analyser, text)


@pytest.mark.parametrize("text", [
    pytest.param("各位家长，下周三全校统一体检，当天早上请让孩子别吃早饭。", id="school_health_check"),
    pytest.param("若您是五保户或有特殊困难，可向我们申请减免利息。", id="status_as_a_condition"),
    pytest.param("【妇幼保健院】您的产检时间为下周二上午九点，请空腹前往。", id="clinic_appointment"),
    pytest.param("各位家长好，本周五下午三点半放学，请准时来接。", id="school_timetable_notice"),
    pytest.param("送外卖天天在路上跑，注意安全，也请按时还款。", id="roads_are_no_place"),
    pytest.param("【恒丰银行股份有限公司】客服值班电话95395，节假日正常服务。", id="company_shares_in_a_name"),
])
def test_notices_and_conditions_are_not_sensitive(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.sensitive" not in categories(analyser, text)


@pytest.mark.parametrize(("text", "recipient"), [
    pytest.param("你丈人白振华在农机站上班，我们认识他。", "debtor", id="relative_with_a_weak_surname"),
    pytest.param("各位邻居，孔德胜欠我们三万块不还，他住8楼西户，麻烦转告。", "third_party", id="floor_and_side"),
    pytest.param("三年级二班的家长们，班上章可馨的妈妈在我们这借钱不还，请帮忙转告。", "third_party",
                 id="pupil_named_to_the_class"),
])
def test_excessive_in_other_voices(analyser: PiiAnalyser, text: str, recipient: str) -> None:
    assert "pii.excessive" in categories(analyser, text, recipient)


def test_a_weak_surname_needs_given_name_characters(analyser: PiiAnalyser) -> None:
    assert "pii.excessive" not in categories(analyser, "你哥白天都不接电话，麻烦你提醒他。")


@pytest.mark.parametrize("text", [
    pytest.param("你在冷库上白班，白班从早七点到晚七点，我们都摸清了。", id="shift_by_its_clock"),
    pytest.param("你收工以后从物流园西门出来，那条路我们熟。", id="leaving_work_by_a_gate"),
    pytest.param("據查台端每週二、四晚間於社區游泳館訓練。", id="weekly_routine_by_its_days_traditional"),
    pytest.param("你屋企阿嫲成日喺街市门口坐，我哋知。", id="cantonese_all_day_at_a_place"),
    pytest.param("你下周一上午的高铁去长沙，我们有人在站口。", id="trip_on_a_given_day"),
    pytest.param("你那个赌瘾还没戒掉吧，钱都输光了？", id="addiction_named"),
    pytest.param("你那张农行卡我们查过了，里面还有钱，别装穷。", id="money_found_on_a_card"),
])
def test_sensitive_by_family(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.sensitive" in categories(analyser, text)


@pytest.mark.parametrize("text", [
    pytest.param("【物业】本周六上午社区卫生站在小区广场免费测血压，欢迎各位业主参加。", id="community_free_check"),
    pytest.param("您周末可到就近网点办理还款，工作人员会为您服务。", id="weekend_at_the_lenders_branch"),
])
def test_community_notices_and_the_lenders_hours_are_not_sensitive(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.sensitive" not in categories(analyser, text)


def test_a_job_told_by_the_kind_of_place_needs_the_full_name_to_be_excessive(analyser: PiiAnalyser) -> None:
    assert "pii.excessive" not in categories(analyser, "兄弟，你在批发市场卖水果，欠的钱也该还了。")
    assert "pii.excessive" in categories(analyser, "储建民，你在批发市场卖水果，欠的钱也该还了。")


@pytest.mark.parametrize("text", [
    pytest.param("你阿仔喺九龍塘嗰間書院讀書，我哋知。", id="cantonese_son_as_a_zai"),
    pytest.param("妳女兒在美術班學畫畫，我們知道地點。", id="taiwanese_you_and_a_lesson"),
    pytest.param("你每晚十点半才骑车到家，我们算过。", id="reaching_home_at_a_daily_hour"),
])
def test_sensitive_in_folded_dialect_and_daily_hours(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.sensitive" in categories(analyser, text)


@pytest.mark.parametrize("text", [
    pytest.param("您提交的腹膜透析记录已审核，本期账单顺延两个月。", id="dialysis_record_acknowledged"),
    pytest.param("您上传的残疾证（听力二级）已核验，罚息全免。", id="disability_grade_acknowledged"),
    pytest.param("你订了周日晚上K1158次的卧铺，走之前先还钱。", id="train_booked"),
    pytest.param("查到你ZH9921航班已值机，登机前先把账结了。", id="flight_checked_in"),
    pytest.param("你这个月工资已于7号到账，别说没钱。", id="pay_seen_arriving"),
    pytest.param("你刷脸时的人脸数据都在我们系统里，赖不掉。", id="face_data_kept"),
    pytest.param("您孩子在春晖小学读三年级，可以为您申请分期。", id="school_named_beside_relief"),
])
def test_sensitive_named_back_beside_relief_or_as_a_record(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.sensitive" in categories(analyser, text)


@pytest.mark.parametrize("text", [
    pytest.param("您提交的住院证明已审核，本期账单顺延一个月。", id="generic_certificate_acknowledged"),
    pytest.param("如您处于哺乳期，可提交证明申请延期。", id="relief_policy"),
    pytest.param("您的人脸信息仅用于本次实名认证，认证后即删除。", id="privacy_promise"),
])
def test_relief_that_names_no_condition_is_not_sensitive(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.sensitive" not in categories(analyser, text)


@pytest.mark.parametrize("text", [
    pytest.param("你的担保人鲁文涛说他不管了。", id="guarantor"),
    pytest.param("您的房东周大姐（周秀梅）说您已经搬走了。", id="landlord_in_brackets"),
    pytest.param("你家闺女小名叫朵朵吧。", id="child_by_nickname"),
    pytest.param("你屋头老汉儿叫任德福，在镇上修车。", id="sichuan_father"),
    pytest.param("你的通讯录：老公 15838260917、妈妈 13912876504。", id="phone_book_shown_back"),
    pytest.param("你老婆叫啥，叫柯美玲是吧？", id="name_given_after_asking"),
])
def test_relatives_named_every_way_are_excessive(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.excessive" in categories(analyser, text)


@pytest.mark.parametrize("text", [
    pytest.param("你妈天天在家吗？我们想寄份材料。", id="doubled_adverb"),
    pytest.param("您的担保人已收到通知，请尽快处理。", id="guarantor_unnamed"),
    pytest.param("【瑞丰银行】联系人王海，电话4008-123-456。", id="signature_contact"),
])
def test_relatives_unnamed_are_not_excessive(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.excessive" not in categories(analyser, text)


def test_a_pupil_and_the_parent_named_to_the_school_are_excessive(analyser: PiiAnalyser) -> None:
    assert "pii.excessive" in categories(analyser, "请问谁是裴思远的班主任？他爸爸裴国华在我们平台欠款。", "third_party")
    assert "pii.excessive" not in categories(analyser, "请问谁是三年级二班的班主任？有家长欠我们的钱。", "third_party")


# --- issue 14, set N and batch dev21: relatives' numbers read aloud, workplaces with hours, given names -------------

@pytest.mark.parametrize("lines", [
    pytest.param((("agent", "你弟弟的手机号我报一下 幺三八 二七"), ("customer", "报他的干嘛"), ("agent", "六六 四零九一 他知道吗")),
                 id="relation_first_number_cut_by_a_reply"),
    pytest.param((("agent", "洞拐两 八八四一 三三零五 这个是你老婆的吧"), ("customer", "你们打她干嘛")),
                 id="number_first_relation_after"),
])
def test_a_relatives_number_read_aloud_in_pieces_is_excessive(analyser: PiiAnalyser,
                                                                lines: tuple[tuple[str, str], ...]) -> None:
    assert "pii.excessive" in {f.category for f in analyser.analyse(call(*lines))}


def test_the_debtors_own_number_read_aloud_names_no_relative(analyser: PiiAnalyser) -> None:
    message = call(("agent", "幺三八 二七六六 四零九一 是您本人的号码吗"), ("customer", "是的"))
    assert "pii.excessive" not in {f.category for f in analyser.analyse(message)}


def test_a_spouses_number_as_a_field_or_after_the_spouses_word_is_excessive(analyser: PiiAnalyser) -> None:
    assert "pii.excessive" in categories(analyser, "核对结果：本人手机159 0021 7736，配偶手机：137 5518 2064。")
    assert "pii.excessive" in categories(analyser, "你的号是159 0021 7736，你老公的是137 5518 2064。")


def test_a_workplace_with_its_hours_and_no_name_is_whereabouts_not_an_employer(analyser: PiiAnalyser) -> None:
    unnamed = "你在那个宏远电子厂上班是吧 每天早上八点进厂晚上八点下班 我们在厂门口等你"
    assert categories(analyser, unnamed) >= {"pii.sensitive"} and "pii.excessive" not in categories(analyser, unnamed)
    # with a full name beside it, it is still a name with an employer
    assert "pii.excessive" in categories(analyser, "龚立新，你在宏远电子厂上班，每天晚上八点下班，我们在门口等你。")


def test_a_relatives_own_business_stays_excessive_whatever_the_hours(analyser: PiiAnalyser) -> None:
    assert "pii.excessive" in categories(analyser, "你每天晚上都去你姐的水果摊帮忙到半夜。")


@pytest.mark.parametrize("text", [
    pytest.param("你家老三志刚在城里开货车，我们找他聊过了。", id="given_name_after_birth_order"),
    pytest.param("你家那口子叫桂兰吧，她说钱都是你管。", id="spouse_in_northern_speech"),
    pytest.param("你的保人郝建国说他不会替你还。", id="guarantor_shortened"),
])
def test_relatives_by_given_name_or_by_new_words_are_excessive(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.excessive" in categories(analyser, text)


def test_a_pupils_parent_asked_for_by_the_pupils_name_in_a_class_group(analyser: PiiAnalyser) -> None:
    text = "【五年级群】打扰大家，谁是霍思彤的家长？她爸在我们平台的借款逾期了。"
    assert "pii.excessive" in categories(analyser, text, "third_party")
    # the one who owes named after the contact's role is the debtor, not a relative
    contact = "您好，您是贺文斌的紧急联系人，贺文斌在我平台的借款已逾期，请转告他回电。"
    assert "pii.excessive" not in categories(analyser, contact, "third_party")


@pytest.mark.parametrize("text", [
    pytest.param("您申请的哺乳期停催已审批通过，下次还款日为下月12日。", id="relief_kind_approved"),
    pytest.param("【惠家分期】您的产假延期申请已提交，结果将短信告知。", id="relief_kind_filed"),
    pytest.param("帮扶公告：凡借款人本人或子女罹患白血病的，可申请停息挂账。", id="policy_to_every_borrower"),
    pytest.param("守则第九条：不得向他人透露客户的宗教信仰和行踪轨迹。", id="code_of_conduct"),
    pytest.param("提醒：有不法分子冒充我司索要您的刷脸视频，我司不会以任何方式索取。", id="fraud_warning"),
    pytest.param("各位朋友，老钱借了钱就联系不上了，谁知道他下落请告知。", id="asking_where_someone_went"),
    pytest.param("欠的钱总要还的，跑得了和尚跑不了庙。", id="proverb"),
    pytest.param("若您正在服刑，家属可凭证明代您申请停催。", id="condition_put_to_whoever_holds_it"),
    pytest.param("得知您岳母住院了，本月账单为您顺延一个月。", id="hospital_stay_learned_under_relief"),
])
def test_notices_applications_and_sayings_tell_no_sensitive_information(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.sensitive" not in categories(analyser, text)


@pytest.mark.parametrize("text", [
    pytest.param("听说你岳母住院了，欠的钱也该想办法了。", id="hospital_stay_learned_without_relief"),
    pytest.param("鉴于您正在做化疗，已为您延期一个月。", id="named_treatment_learned_under_relief"),
    pytest.param("你老婆每个礼拜天都去教堂，我们在门口等她。", id="faith_with_a_routine"),
])
def test_sensitive_information_beside_those_families_is_still_found(analyser: PiiAnalyser, text: str) -> None:
    assert "pii.sensitive" in categories(analyser, text)


@pytest.mark.parametrize(("text", "recipient", "rule"), [
    pytest.param("你老婆那张卡早就没钱进了，你劝她别躲。", "third_party", "pii.sensitive.financial_balance_to_others",
                 id="account_no_money_coming_in_told_to_a_relative"),
    pytest.param("你奖金一到账就被转出去了，我们看得到。", "debtor", "pii.sensitive.pay_told", id="pay_withdrawn_on_arrival"),
    pytest.param("你这张卡一直扣不到钱，是不是换了工资卡？", "debtor", "pii.sensitive.pay_told", id="pay_card_changed"),
    pytest.param("备注：客户姜某，5月8日宝安机场出境。", "debtor", "pii.sensitive.trip_booked", id="dated_border_crossing"),
    pytest.param("你每个礼拜日都去那间信义会聚会吧。", "debtor", "pii.sensitive.religion", id="church_by_denomination"),
    pytest.param('{"relation": "女", "school": "城西实验小学"}', "debtor", "pii.sensitive.minors", id="school_field_of_an_export"),
    pytest.param("他每个礼拜三晚上七点半去游泳，你跟他说一声。", "third_party", "pii.sensitive.whereabouts",
                 id="weekly_timetable_by_the_hour"),
    pytest.param("你在农商行还有一笔五万的定期，先拿来还。", "debtor", "pii.sensitive.financial", id="sum_before_the_holding"),
    pytest.param("你开户时的人脸视频我们这边都存着。", "debtor", "pii.sensitive.biometrics_held", id="face_data_kept_on_our_side"),
    pytest.param("就坐席提及您爱人透析一事，我司深表歉意。", "debtor", "pii.sensitive.health", id="condition_named_again_in_an_apology"),
    pytest.param("您登记的联系人鲁志平（哥哥）、鲁小燕（妹妹）都已接到电话。", "debtor", "pii.excessive.relation_bracketed",
                 id="contacts_listed_with_the_relation_in_brackets"),
    pytest.param("你运动软件上的步数每天都过万，还说卧床不起？", "debtor", "pii.sensitive.tracking_records", id="step_count"),
    pytest.param("查到您8月9日到12日一直在青岛，钱倒是舍得花。", "debtor", "pii.sensitive.tracking_records",
                 id="stay_over_given_days"),
    pytest.param("您在江北农商银行的房贷每个月还五千，这个我们也清楚。", "debtor", "pii.sensitive.debts_elsewhere",
                 id="mortgage_at_another_bank"),
    pytest.param("听说你刚领了一笔生育津贴，手头宽裕了吧。", "debtor", "pii.sensitive.health", id="benefit_paid_for_a_birth"),
    pytest.param("你认识齐国峰吧？他老婆在你们超市做收银，他欠了我们两万。", "third_party", "pii.excessive.employer",
                 id="a_relatives_job_at_the_recipients_workplace"),
    pytest.param("你岳母一直住在临江县白沙镇河口村，老人家还不知道吧？", "debtor", "pii.excessive.relative_home",
                 id="a_relatives_village_told"),
    pytest.param("据我们了解，您年薪有二十多万，这点欠款不算什么。", "debtor", "pii.sensitive.pay_told", id="yearly_pay_told"),
    pytest.param("外访备注：雷先生每个礼拜六上午都去城西钓场钓鱼，可以过去找他。", "debtor", "pii.sensitive.routine_told",
                 id="weekly_routine_in_a_work_order"),
    pytest.param("会计您好，贵厂职工葛某的工资账户我方已申请法院冻结，请知悉。", "third_party", "pii.third_party.debt",
                 id="pay_frozen_told_to_the_employer"),
    pytest.param("你表弟在我们这个账都拖了小半年了，你提醒他一下。", "third_party", "pii.third_party.debt",
                 id="an_account_left_unpaid_without_a_debt_word"),
    pytest.param("她打从去年底就没按时还过，你们做家人的说说她。", "third_party", "pii.third_party.debt", id="not_repaid_on_time"),
    pytest.param("你老婆那个开奶茶店的姐姐，叫什么来着，鲍秀云，我们去过她店里。", "debtor", "pii.excessive.relative_named_later",
                 id="a_relatives_name_given_later_in_the_sentence"),
    pytest.param("你这几天一直住在高铁站旁边那家宾馆吧。", "debtor", "pii.sensitive.whereabouts", id="lodging_found_out"),
    pytest.param("【四年级二班家长群】各位家长好，孟小宇的爸爸在我们这有笔钱没还。", "third_party", "pii.sensitive.minors",
                 id="a_pupil_pointed_out_in_the_parents_group"),
    pytest.param("你在北湖那家羽毛球馆每周四晚上打到十点。", "debtor", "pii.sensitive.routine_told", id="place_first_then_the_week"),
    pytest.param("你怀孕的事我们知道，怀孕也得把钱还上。", "debtor", "pii.sensitive.health_pregnancy",
                 id="pregnancy_named_without_relief"),
    pytest.param("您说您怀孕二十八周了，那我们先为您暂停催收。", "debtor", "pii.sensitive.health",
                 id="a_pregnancys_stage_named_even_with_relief"),
    pytest.param("你堂哥那边的账还悬着，你见到他说一声。", "third_party", "pii.third_party.debt", id="an_account_said_to_hang"),
    pytest.param("他那两千八压了四个多月了，你做姐姐的管管。", "third_party", "pii.third_party.debt", id="a_sum_left_lying"),
    pytest.param("您好，您侄子前几天刚做完阑尾手术，电话一直关机，麻烦转告他回电。", "third_party",
                 "pii.third_party.health_or_routine", id="an_operation_told_to_a_relative"),
    pytest.param("你是他邻居吧？他每天早上六点半出门，你帮我们带个话。", "third_party", "pii.third_party.health_or_routine",
                 id="a_daily_hour_told_to_a_neighbour"),
    pytest.param("您的工资卡最近两个月每月都有一万多到账，请先还款。", "debtor", "pii.sensitive.balance_seen",
                 id="monthly_inflows_read_out"),
    pytest.param("你的信用卡每个月都刷在那家会所，还说没钱？", "debtor", "pii.sensitive.balance_seen", id="where_a_card_is_spent"),
    pytest.param("系统显示您现在的定位在长途汽车站，出门前先把钱还了。", "debtor", "pii.sensitive.tracking_records",
                 id="a_phones_location_now"),
    pytest.param("他妹鲁春燕的电话我们也打过了。", "third_party", "pii.excessive.relative_named_third_person",
                 id="a_sibling_named_in_short"),
    pytest.param("贵社区住户卓永康（子卓文斌）在我司借款逾期。", "third_party", "pii.excessive.relation_bracketed",
                 id="the_relation_and_name_inside_brackets"),
    pytest.param("你老板甘志明的电话我们有。", "debtor", "pii.excessive.family_contact", id="the_debtors_boss_by_name"),
    pytest.param("【锦绣苑业主群】7栋的谭先生最近有人找他要账，大家别随便开门。", "third_party", "pii.third_party.debt",
                 id="collecting_told_in_a_group_post"),
    pytest.param("你好，你是他表哥吧？她上个月那期还没交，你帮忙说一声。", "third_party", "pii.third_party.debt",
                 id="that_instalment_unpaid_in_few_words"),
    pytest.param("保安注意：5栋的戚女士平时晚上十点下夜班回来。", "third_party", "pii.sensitive.routine_told",
                 id="the_hour_someone_comes_home"),
    pytest.param("你叔叔是不是在镇上的砖厂当会计？我们心里有数。", "debtor", "pii.excessive.relative_held",
                 id="a_relatives_job_told_to_the_debtor"),
    pytest.param("你那个开货车的姐夫我们也联系过了。", "debtor", "pii.excessive.relative_held",
                 id="the_job_before_the_relation"),
    pytest.param("附件为外呼名单，含：姓名、手机号、家庭住址、工作单位、亲属姓名。示例：某某 / 某市某路3号 / 某厂 / 某某。",
                 "third_party", "pii.excessive.data_sheet_sample", id="a_sheets_fields_with_a_sample_row"),
])
def test_families_of_the_released_sets_found_by_the_rules(analyser: PiiAnalyser, text: str, recipient: str,
                                                          rule: str) -> None:
    assert rule in rule_ids(analyser, text, recipient)


@pytest.mark.parametrize(("text", "recipient", "category"), [
    pytest.param("您每天晚上九点前都可以在APP里还款。", "debtor", "pii.sensitive", id="a_deadline_is_no_timetable"),
    pytest.param("我们每天早上9点上班，您可以那时来电。", "debtor", "pii.sensitive", id="the_lenders_own_hours"),
    pytest.param("低保户、残疾人等特殊群体客户可申请减免罚息。", "debtor", "pii.sensitive", id="groups_listed_in_a_policy"),
    pytest.param("阿姨，您要是知道他在哪告诉我们一声。", "third_party", "pii.sensitive", id="asking_where_the_debtor_is"),
    pytest.param("关于您投诉坐席提及病情一事，该坐席已被处理。", "debtor", "pii.sensitive", id="complaint_answer_in_general_words"),
    pytest.param("您好，我是乐享分期的，麻烦让他回个电话，具体的我只能跟他本人说。", "third_party",
                 "pii.third_party_disclosure", id="caller_named_and_matter_withheld"),
    pytest.param("麻烦转告他抽空回电13700001234找刘专员。", "third_party", "pii.third_party_disclosure",
                 id="call_back_number_is_the_senders"),
    pytest.param("你现在在哪上班？我们更新一下联系资料。", "debtor", "pii.excessive", id="asking_where_the_debtor_works"),
    pytest.param("听说你爸住在市中医院了，这个月的账单可以申请延后。", "debtor", "pii.excessive", id="a_relative_in_hospital_is_no_home"),
    pytest.param("我们每周一至周五上午9点到晚上8点都在线，欢迎来电。", "debtor", "pii.sensitive", id="the_lenders_weekly_hours"),
    pytest.param("祁女士（紧急联系人）您好，请提醒您丈夫回电。", "third_party", "pii.excessive", id="recipient_addressed_by_title"),
    pytest.param("您的账号在新设备上登录，如非本人操作请立即修改密码。", "debtor", "pii.sensitive", id="log_in_security_notice"),
    pytest.param("门卫师傅您好，有一封寄给杭州市西湖区文一路88号金桂苑3栋701的包裹，麻烦通知住户来取。", "third_party",
                 "pii.third_party_disclosure", id="a_flat_named_to_route_a_parcel"),
    pytest.param("如有疑问请让他直接回复此邮件。help-desk@example-lender.cn", "third_party", "pii.third_party_disclosure",
                 id="the_senders_mailbox_after_the_sentence"),
    pytest.param("喂，是宋老板吗？他是不是在你们饭店当帮厨，他那笔借款逾期了。", "third_party", "pii.excessive",
                 id="the_employer_told_its_own_staff_work_there"),
    pytest.param("致行政部：贵公司员工柯某在我司留的工作地址是滨河路18号创新大厦7楼，他的借款已逾期，请转告。", "third_party", "pii.excessive",
                 id="a_letter_to_the_employer_names_its_own_address"),
    pytest.param("您提到爱人待产，这个月我们先不打扰，下个月再联系。", "debtor", "pii.sensitive",
                 id="relief_for_a_birth_in_general_words"),
    pytest.param("您说礼拜天要去教堂，那我们改到礼拜一上午再联系您。", "debtor", "pii.sensitive", id="a_call_moved_around_a_service"),
    pytest.param("您好，他落下的钱包在我们前台，麻烦让他来取。", "third_party", "pii.third_party_disclosure",
                 id="money_words_with_no_debt"),
    pytest.param("烦请转告他回电。谢谢！\nservice-desk@example-lender.cn", "third_party", "pii.third_party_disclosure",
                 id="the_mailbox_signed_after_thanks"),
    pytest.param("李老师您好，我们想联系孙小米的家长，之前留的电话停机了。", "third_party", "pii.sensitive",
                 id="a_school_asked_only_to_reach_a_parent"),
    pytest.param("您好，他家里的事得他自己处理，麻烦让他回个电话。", "third_party", "pii.third_party_disclosure",
                 id="a_family_matter_is_no_debt"),
    pytest.param("麻烦让他给13800002222回个电话。", "third_party", "pii.third_party_disclosure",
                 id="the_number_to_ring_back_before_the_request"),
    pytest.param("老乡们，下周日在滨江路66号聚餐，报名找我。", "third_party", "pii.third_party_disclosure",
                 id="a_gatherings_venue"),
    pytest.param("我们每天早上八点到晚上八点都有人接电话，让他有空打来。", "third_party", "pii.third_party_disclosure",
                 id="the_senders_daily_hours"),
    pytest.param("通知\n姓名：严立新\n住址：南京市鼓楼区中山北路200号5栋301室\n欠款：3,600元", "debtor", "pii.excessive",
                 id="a_notices_own_name_and_address_fields"),
    pytest.param("你在城南那家物流仓上夜班吧？", "debtor", "pii.sensitive", id="a_shift_without_its_hours_is_the_job"),
    pytest.param("您可申请将还款卡换为其他银行卡，原卡不再扣款。", "debtor", "pii.sensitive", id="changing_the_repayment_card"),
    pytest.param("【某银行】您尾号4410的信用卡12月1日在某面包店消费18.00元，如非本人操作请致电客服。", "debtor", "pii.sensitive",
                 id="the_issuers_own_transaction_alert"),
    pytest.param("你妈在县医院做透析，我们理解，但这期还是要还。", "debtor", "pii.excessive",
                 id="a_relatives_treatment_is_sensitive_not_excessive"),
    pytest.param("你爸在外地打工，你自己也得想办法还。", "debtor", "pii.excessive", id="working_away_names_no_workplace"),
])
def test_near_misses_of_those_families_are_not_flagged_by_the_rules(rules_only: PiiAnalyser, text: str, recipient: str,
                                                                    category: str) -> None:
    # The rules alone: these near misses are rule examples too, which the classifier learns from at its next training.
    assert category not in categories(rules_only, text, recipient)


def test_a_group_post_asking_after_a_named_debtor_discloses_whatever_its_recipient(rules_only: PiiAnalyser) -> None:
    # A group is no debtor, though the data may say the post went to `unknown`: its members learn the debt. A post that
    # only shames the debtor is the wording rules' threat.exposure, as the wording sets label it.
    asking = "【老乡群】各位，有谁认识做装修的邝家明？他欠我们公司两万多，有线索的私聊我。"
    shaming = "各位街坊，修车铺的邝家明欠钱不还，大家跟他打交道留个心眼。"
    assert "pii.third_party_disclosure" in categories(rules_only, asking, recipient="unknown")
    assert "pii.third_party_disclosure" not in categories(rules_only, shaming, recipient="unknown")


@pytest.mark.parametrize("text", [
    pytest.param("阿姨，您儿子那个事到现在还没了结，您帮着催一声。", id="a_matter_not_yet_closed"),
    pytest.param("叔，你侄子上个月的也没补上，你劝劝他。", id="last_months_left_unpaid"),
    pytest.param("阿嫂，你老公啲數仲未清，叫佢覆个电话。", id="a_debt_as_cantonese_says_it"),
    pytest.param("您好，您表弟在咱们这还挂着一笔，麻烦您提一句。", id="hanging_with_us"),
    pytest.param("舅舅，表哥那笔还没清，您跟他说说。", id="that_sum_not_cleared"),
    pytest.param("大姐，你弟在某某那里还挂着账，你劝劝他。", id="an_account_left_hanging"),
    pytest.param("婶子，你儿子那事你知道吧？都一万多了。", id="a_matter_the_relative_is_presumed_to_know"),
    pytest.param("【群聊：某某小区业主群】@邝家明 你那边的账什么时候能平？", id="when_the_account_will_be_squared"),
    pytest.param("【群聊：某某家长群】邝家明家长，先把自己那笔钱处理了。", id="that_sum_to_settle"),
])
def test_a_debt_told_to_a_relative_or_a_group_in_few_words(rules_only: PiiAnalyser, text: str) -> None:
    assert "pii.third_party_disclosure" in categories(rules_only, text, recipient="third_party")


@pytest.mark.parametrize("text", [
    pytest.param("某某资产管理有限公司：\n来函收悉。该员工已离职，其个人债务问题我司不便介入。\n某某公司人力资源部",
                 id="an_employers_reply_to_the_collector"),
    pytest.param("【某某村村民群】镇信用社周五在村部办理贷款咨询和还款，有需要的村民可前往。", id="a_service_posted_to_a_village"),
    pytest.param("【某某用户群】各位用户：APP周六凌晨升级，期间暂停还款，敬请谅解。", id="a_maintenance_notice_to_users"),
    pytest.param("某某村委会：\n有邮件一封，收件人邝家明，地址不详无法投递，请通知其本人领取。\n某某小额贷款有限公司",
                 id="a_lenders_registered_name_routing_a_letter"),
    pytest.param("我们找他有点事，你知道他电话吗？", id="a_matter_asked_after_without_a_debt"),
])
def test_no_debt_told_when_no_debtor_is_pointed_at(rules_only: PiiAnalyser, text: str) -> None:
    assert "pii.third_party_disclosure" not in categories(rules_only, text, recipient="third_party")


@pytest.mark.parametrize("text", [
    pytest.param("系统显示您这周在某某KTV、某某娱乐城多次消费，请先还款。", id="visits_counted_at_places"),
    pytest.param("您的航班信息（某航班 广州-吉隆坡 5月2日）我们已获知，登机前请还款。", id="a_flight_said_known"),
    pytest.param("你每天跑的线路我们都清楚，凌晨五点在物流园装车。", id="a_drivers_route_and_hour"),
    pytest.param("你老公在外面欠了好几家，光我们这就两万。", id="debts_out_there"),
])
def test_whereabouts_and_accounts_the_lender_read(rules_only: PiiAnalyser, text: str) -> None:
    assert "pii.sensitive" in categories(rules_only, text)


@pytest.mark.parametrize("text, recipient", [
    pytest.param("为保障账户安全，本次操作需完成人脸识别，请对准摄像头。", "debtor", id="a_face_check_to_complete"),
    pytest.param("我们平台对退役军人有专项减免政策，您可以在App申请。", "debtor", id="a_policy_for_a_class"),
    pytest.param("各合作机构：对低保、残疾等特殊群体客户暂停外呼。", "third_party", id="a_class_of_customers_spared"),
    pytest.param("某某小学：\n兹有密封信函一份，收件人为贵校学生家长邝家明，烦请代为转交，不必拆阅。", "third_party",
                 id="a_sealed_letter_routed_through_a_school"),
    pytest.param("您名下原某某小贷借款已依法转让至我司，请联系处理。", "debtor", id="the_loan_itself_assigned"),
    pytest.param("你名下还有别的贷款吗", "debtor", id="other_debts_asked_about"),
])
def test_no_sensitive_data_where_no_ones_is_told(rules_only: PiiAnalyser, text: str, recipient: str) -> None:
    assert "pii.sensitive" not in categories(rules_only, text, recipient)


@pytest.mark.parametrize("text", [
    pytest.param("账单也抄送了您妻子邮箱 someone@example.cn，请知悉。", id="a_wifes_mailbox"),
    pytest.param("坐席：那个号码是幺三九六六二四五八一 你老婆的 她说不管", id="whose_number_said_after_the_digits"),
])
def test_a_relatives_contact_told_to_the_debtor(rules_only: PiiAnalyser, text: str) -> None:
    assert "pii.excessive" in categories(rules_only, text)


def test_a_number_then_a_question_about_a_relative_is_not_theirs(rules_only: PiiAnalyser) -> None:
    assert "pii.excessive" not in categories(rules_only, "坐席：完整的是幺三九 四三五九 二八零一你老婆的是多少")


@pytest.mark.parametrize("text, recipient", [
    pytest.param("坐席：另外麻烦您把您妈的电话也留一下，方便联系。", "debtor", id="a_parents_number_asked_for"),
    pytest.param("【某某分期】请提供您丈夫的手机号码及工作单位，以便核实。", "debtor", id="a_spouses_employer_asked_for"),
    pytest.param("坐席：你姑父在哪个单位上班？", "debtor", id="a_relatives_workplace_asked"),
    pytest.param("坐席：那您知道他老婆在哪上班吗？他爸妈住哪？", "third_party", id="the_debtors_family_asked_of_a_neighbour"),
])
def test_a_relatives_details_asked_for(rules_only: PiiAnalyser, text: str, recipient: str) -> None:
    assert "pii.excessive" in categories(rules_only, text, recipient)


@pytest.mark.parametrize("text, recipient", [
    pytest.param("如需变更紧急联系人，请在APP中修改。", "debtor", id="the_listed_contact_to_update"),
    pytest.param("补充紧急联系人为自愿项，您可不填。", "debtor", id="an_optional_contact"),
    pytest.param("坐席：你知道她在哪上班吗？", "third_party", id="the_debtors_workplace_asked_of_a_contact"),
    pytest.param("你登记的紧急联系人是你母亲，如果你一直不接电话，我们会联系她核实你的联系方式。", "debtor",
                 id="the_debtors_own_details_via_a_listed_relative"),
])
def test_no_relatives_details_asked(rules_only: PiiAnalyser, text: str, recipient: str) -> None:
    assert "pii.excessive" not in categories(rules_only, text, recipient)


def test_the_borrowers_id_in_a_notice_to_the_guarantor_is_no_disclosure(rules_only: PiiAnalyser) -> None:
    notice = "担保责任告知书\n保证人：某某\n借款人：某某（身份证号110105199003071239）\n请保证人于十日内代为偿还逾期款项。"
    to_a_friend = "你好，他的身份证号是110105199003071239，你帮我们找找他。"
    assert "pii.third_party_disclosure" not in categories(rules_only, notice, recipient="third_party")
    assert "pii.third_party_disclosure" in categories(rules_only, to_a_friend, recipient="third_party")


@pytest.mark.parametrize("text", [
    pytest.param("你是他老婆吧，他那个钱你知道吧？", id="that_money_presumed_known"),
    pytest.param("我是帮你朋友催款的，他说你会帮他还。", id="collecting_for_a_friend"),
    pytest.param("她那个账你帮她弄一下吧，一千多块的事。", id="an_amount_in_words_with_more"),
])
def test_more_debts_told_in_few_words(rules_only: PiiAnalyser, text: str) -> None:
    assert "pii.third_party_disclosure" in categories(rules_only, text, recipient="third_party")


def test_a_warning_against_impostors_tells_no_debt(rules_only: PiiAnalyser) -> None:
    warning = "各位业主好，近期有人冒充金融机构在群里发催款信息，请大家注意辨别。"
    assert "pii.third_party_disclosure" not in categories(rules_only, warning, recipient="third_party")


@pytest.mark.parametrize("text, recipient", [
    pytest.param("您的妻子、岳父及其单位的联系方式我司均已备案，请今日还款。", "debtor", id="relatives_contacts_filed"),
    pytest.param("客服：麻烦问下你们公司前台电话和你们领导的手机。", "third_party", id="a_contacts_boss_asked_for"),
    pytest.param("请告知其家人的联系方式，或转告其尽快还款。", "third_party", id="the_debtors_family_asked_of_a_neighbour_by_letter"),
])
def test_relatives_and_contacts_details_filed_or_asked(rules_only: PiiAnalyser, text: str, recipient: str) -> None:
    assert "pii.excessive" in categories(rules_only, text, recipient)


def test_a_threat_to_ring_the_front_desk_asks_for_nothing(rules_only: PiiAnalyser) -> None:
    threat = "你们单位不管，我们就天天打你们前台电话。"
    assert "pii.excessive" not in categories(rules_only, threat, recipient="third_party")


@pytest.mark.parametrize("text", [
    pytest.param("我方已留存您签约时录制的刷脸视频，继续逾期将提交合作机构。", id="a_face_video_kept"),
    pytest.param("您上次来电的声纹已比对成功，与系统留存一致，请尽快还款。", id="a_voiceprint_matched"),
    pytest.param("你现在是不是在高铁上，到站之后给我们回电话。", id="the_trip_under_way"),
])
def test_biometrics_held_and_a_trip_under_way(rules_only: PiiAnalyser, text: str) -> None:
    assert "pii.sensitive" in categories(rules_only, text)


@pytest.mark.parametrize("text", [
    pytest.param("表姐，你妹夫的车贷两个月没动了，你们家里说说。", id="a_car_loan_owned"),
    pytest.param("你老公那辆车的钱还有两期没交，你提醒他。", id="the_cars_instalments_unpaid"),
    pytest.param("邻居您好，对门那家的车我们下周就要收回了。", id="the_car_to_be_taken_back"),
    pytest.param("你就跟他说是我们找他，他知道是什么事。", id="the_matter_left_understood"),
    pytest.param("各位亲戚，他那个事大家心里有数，劝他接电话。", id="the_matter_known_to_the_group"),
])
def test_a_debt_hinted_to_a_third_party(rules_only: PiiAnalyser, text: str) -> None:
    assert "pii.third_party_disclosure" in categories(rules_only, text, recipient="third_party")


@pytest.mark.parametrize("text", [
    pytest.param("【某某车贷】您好，请转告他方便时回个电话。", id="the_lender_signs_with_its_name"),
    pytest.param("麻烦您让他给我们回电，号码他知道的。", id="the_number_known"),
    pytest.param("您好，他放在店里保养的车可以开走了。", id="a_car_serviced"),
])
def test_a_call_back_hints_no_debt(rules_only: PiiAnalyser, text: str) -> None:
    assert "pii.third_party_disclosure" not in categories(rules_only, text, recipient="third_party")


@pytest.mark.parametrize("text, found", [
    pytest.param("您的车辆昨晚十一点驶入城南一个地下车库，请尽快还款。", True, id="the_cars_track_told"),
    pytest.param("你的护照已于上周出境使用，请回国后联系我们。", True, id="a_crossing_on_record"),
    pytest.param("按合同约定，请将车辆停放在指定地点等候验车。", False, id="the_car_to_be_parked"),
    pytest.param("您的护照已登记，请于出境前结清欠款。", False, id="a_passport_registered_before_a_trip"),
])
def test_a_cars_track_and_a_passports_crossings(rules_only: PiiAnalyser, text: str, found: bool) -> None:
    assert ("pii.sensitive.tracking_records" in rule_ids(rules_only, text)) is found


@pytest.mark.parametrize("text, sensitive", [
    pytest.param("你说你媳妇在医院生孩子，那我先给你登记暂缓半个月。", False, id="a_birth_answered_with_relief"),
    pytest.param("您说您周日上午在教会做礼拜，我们会避开这个时段联系您。", False, id="calls_kept_off_a_service_the_debtor_named"),
    pytest.param("据了解您是穆斯林，我们会避开礼拜时间上门。", True, id="a_faith_the_lender_learned"),
    pytest.param("你老婆在市妇幼建了档，下个月生，钱还是得还。", True, id="the_hospital_a_birth_is_booked_at"),
])
def test_the_debtors_own_words_answered_with_relief(rules_only: PiiAnalyser, text: str, sensitive: bool) -> None:
    assert ("pii.sensitive" in categories(rules_only, text)) is sensitive


@pytest.mark.parametrize("text, found", [
    pytest.param("外访组：某某他老婆在县税务局，他表哥在派出所，明天先打过去。", True, id="relatives_workplaces_in_a_team_chat"),
    pytest.param("CRM备注：同事小吴（行政部，分机2210），可从他那里问近况。", True, id="a_colleagues_extension_noted"),
    pytest.param("CRM备注：客户老婆在家带孩子，本周暂不联系。", False, id="a_relative_at_home"),
])
def test_relatives_workplaces_noted(rules_only: PiiAnalyser, text: str, found: bool) -> None:
    assert ("pii.excessive" in categories(rules_only, text)) is found


@pytest.mark.parametrize("text, found", [
    pytest.param("我们调了你的征信：两家银行的信用卡都逾期了。", True, id="the_credit_report_read_out"),
    pytest.param("另查到您在其他三家平台共有逾期两万多。", True, id="arrears_counted_elsewhere"),
    pytest.param("您近半年的银行流水中有多笔转账给某娱乐公司。", True, id="a_statements_transfers"),
    pytest.param("申请分期请上传近三个月的银行流水。", False, id="a_statement_asked_for_relief"),
])
def test_accounts_and_credit_read_out(rules_only: PiiAnalyser, text: str, found: bool) -> None:
    assert ("pii.sensitive" in categories(rules_only, text)) is found


@pytest.mark.parametrize("text", [
    pytest.param("你舅子邱立新，手机我们有，你不还就找他。", id="a_wifes_brother_in_short"),
    pytest.param("客服：柏文军先生，滨江区江南大道588号恒鑫大厦1201，您的账单今天到期。", id="a_name_and_home_after_the_speakers_tag"),
])
def test_names_and_homes_in_short_forms(rules_only: PiiAnalyser, text: str) -> None:
    assert "pii.excessive" in categories(rules_only, text)


@pytest.mark.parametrize("text, sensitive", [
    pytest.param("按合同约定，您的车辆装有定位装置，逾期满九十天将依约处置。", False, id="a_tracker_said_fitted"),
    pytest.param("你手机定位显示你昨晚在城西，别说在外地。", True, id="a_location_read"),
    pytest.param("你女儿在县一中教书，家里条件不差，请按期还款。", False, id="a_grown_child_who_teaches"),
])
def test_a_tracker_fitted_and_a_grown_child_at_a_school(rules_only: PiiAnalyser, text: str, sensitive: bool) -> None:
    assert ("pii.sensitive" in categories(rules_only, text)) is sensitive


@pytest.mark.parametrize("text, told", [
    pytest.param("他车子的事您应该也听说了，帮忙劝一劝。", True, id="the_cars_matter_heard_of"),
    pytest.param("群里的朋友，小邱在吗？某某花那边一直在找他。", True, id="a_lender_seeking_him_before_a_group"),
    pytest.param("他的事我们清楚，麻烦让他回个电话。", False, id="his_matter_alone"),
])
def test_a_matter_heard_of_or_a_lender_seeking(rules_only: PiiAnalyser, text: str, told: bool) -> None:
    assert ("pii.third_party_disclosure" in categories(rules_only, text, recipient="third_party")) is told


@pytest.mark.parametrize("text", [
    pytest.param("醉驾拘留出来了吧？出来了就该还钱。", id="a_detention_served"),
    pytest.param("您上个月办了大病报销，到账后先还我们。", id="a_major_illness_claim"),
    pytest.param("你卡里现在一分钱都没有了，钱去哪了？", id="a_card_said_empty"),
])
def test_records_claims_and_balances_told_to_the_debtor(rules_only: PiiAnalyser, text: str) -> None:
    assert "pii.sensitive" in categories(rules_only, text)


@pytest.mark.parametrize("text, found", [
    pytest.param("你在某某置业担任销售经理，这点钱还不上？", True, id="a_post_at_a_firm_named_however_it_ends"),
    pytest.param("你在某某广告公司做出纳对吧。", True, id="a_cashier_at_a_firm"),
    pytest.param("您在还款日当天请保持卡内余额充足。", False, id="a_day_not_a_post"),
])
def test_the_debtors_post_at_a_firm(rules_only: PiiAnalyser, text: str, found: bool) -> None:
    assert ("pii.excessive" in categories(rules_only, text)) is found


def test_a_relatives_office_told_to_the_debtor_in_dialect(rules_only: PiiAnalyser) -> None:
    assert "pii.excessive" in categories(rules_only, "你个女婿喺区税务局做文员，你自己谂下。")
    assert "pii.excessive" not in categories(rules_only, "你老公在单位吗？麻烦让他回个电话。")


@pytest.mark.parametrize("text, sensitive", [
    pytest.param("您的认证照片和刷脸记录已同步给合作催收机构。", True, id="face_records_handed_on"),
    pytest.param("外访群：某某明早六点去批发市场进货，在北门能堵到。", True, id="where_to_catch_him_tomorrow"),
    pytest.param("如您有残疾证或低保证明，可以拍照发给我，我帮您申请减免。", False, id="a_proof_the_debtor_may_send"),
])
def test_face_records_a_field_teams_note_and_a_proof_offered(rules_only: PiiAnalyser, text: str, sensitive: bool) -> None:
    assert ("pii.sensitive" in categories(rules_only, text)) is sensitive


def test_a_relatives_number_read_straight_after_the_relation(rules_only: PiiAnalyser) -> None:
    assert "pii.excessive" in categories(rules_only, "坐席：您老婆幺三九幺二三四五六七八还能打通，让她帮您还。")
    assert "pii.excessive" not in categories(rules_only, "你妈一个人在家，你也不管？")


@pytest.mark.parametrize("text, told", [
    pytest.param("叔叔，您儿子那台车被我们GPS锁了，月供还差四千二。", True, id="a_sum_still_short_and_a_car_locked"),
    pytest.param("姐，你弟那个事跟他讲了没？就那个每月要还的，再拖就不好办了。", True, id="the_monthly_repayment"),
    pytest.param("我们是她借钱的那个平台，您跟她说一声。", True, id="the_sender_as_her_lender"),
    pytest.param("【某某车友群】小吕最近手头紧大家都知道，他那台车的事看到了回我一下。", True, id="money_straits_known_to_all"),
    pytest.param("某某车贷的担保人家属您好：韦先生已逾期两个月，请家属配合督促。", True, id="a_guarantors_family"),
    pytest.param("您好，您是韦先生借款的担保人，该笔借款已逾期两个月，请履行保证责任。", False, id="the_guarantor_himself"),
    pytest.param("大家都知道老周最近在装修，麻烦他看到群消息回个电话。", False, id="known_to_all_but_no_matter"),
])
def test_a_debt_told_by_its_parts(rules_only: PiiAnalyser, text: str, told: bool) -> None:
    assert ("pii.third_party_disclosure" in categories(rules_only, text, recipient="third_party")) is told


@pytest.mark.parametrize("text, recipient, excessive", [
    pytest.param("致某某学院辅导员：贵校学生俞子航（学号20240518）在我司借款逾期，请协助联系。", "third_party", False,
                 id="the_student_who_borrowed"),
    pytest.param("致城南小学：贵校四年级学生蓝可馨的父亲蓝志军在我司借款逾期，请转告家长。", "third_party", True,
                 id="a_pupils_parent_who_borrowed"),
    pytest.param("谭先生，您父亲谭建华的欠款由我司处理，您父亲住湖滨路12号2栋，请家属配合。", "third_party", False,
                 id="the_debtors_home_told_to_his_son"),
    pytest.param("谭先生，您父亲谭建华住湖滨路12号2栋，我们周末过去看看。", "debtor", True, id="a_relatives_home_told_to_the_debtor"),
    pytest.param("上门拜访通知：卓文海先生，我司外访人员拟于下周二前往您的登记住址（鼓楼区湖东路99号3栋201）与您面谈，"
                 "如时间不便请致电改约。", "debtor", False, id="a_visit_notice_that_may_be_rearranged"),
    pytest.param("卓文海先生，我司外访人员下周二前往鼓楼区湖东路99号3栋201与您面谈。", "debtor", True, id="a_visit_announced"),
])
def test_names_the_message_needs(rules_only: PiiAnalyser, text: str, recipient: str, excessive: bool) -> None:
    assert ("pii.excessive" in categories(rules_only, text, recipient=recipient)) is excessive


@pytest.mark.parametrize("text, recipient, excessive", [
    pytest.param("【某某贷】柏文海，身份证签发机关某市公安局某分局，出生日期1988年3月2日，您的账单已逾期。", "debtor", True,
                 id="an_identity_record_recited"),
    pytest.param("坐席：身份证开头是330106，出生年月日19840519，后四位4226，我都给你念出来了", "debtor", False,
                 id="one_particular_read_back"),
    pytest.param("外访告知：柏海燕女士，我司外访专员将于周五前往您的登记住址（鼓楼区湖东路99号3栋201）协商还款。", "debtor", False,
                 id="a_visit_to_the_address_on_file"),
    pytest.param("柏海燕女士，您登记的住址为鼓楼区湖东路99号3栋201，请于今日还款。", "debtor", True, id="an_address_recited_for_itself"),
    pytest.param("仲裁通知\n申请人：某某小额贷款有限公司\n被申请人：柏海燕，住鼓楼区湖东路99号3栋201\n仲裁委员会已受理本案。", "debtor", False,
                 id="the_parties_of_an_arbitration"),
    pytest.param("主题：案件资料更新\n借款人柏文海现任职于某某电子厂，请外包同事知悉。", "unknown", True, id="a_case_files_new_employer"),
])
def test_records_recited_and_addresses_a_notice_needs(rules_only: PiiAnalyser, text: str, recipient: str, excessive: bool) -> None:
    assert ("pii.excessive" in categories(rules_only, text, recipient=recipient)) is excessive


@pytest.mark.parametrize("text, sensitive", [
    pytest.param("坐席：我核一下，您的车是浙A·3K7X9，平时停在您公司楼下地库？", True, id="a_plated_car_where_it_usually_stands"),
    pytest.param("坐席：你是开出租的吧，平时在城东客运站趴活。", True, id="a_drivers_usual_rank"),
    pytest.param("坐席：好，那您孩子放学之后您方便吗？我们五点左右给您回电。", False, id="a_call_back_around_the_school_day"),
])
def test_a_cars_habit_and_a_call_back_fitted_to_a_child(rules_only: PiiAnalyser, text: str, sensitive: bool) -> None:
    assert ("pii.sensitive" in categories(rules_only, text)) is sensitive


@pytest.mark.parametrize("text, excessive", [
    pytest.param("调解员：你外甥在哪上大学、读什么专业，我们需要了解一下。", True, id="a_nephews_college_asked"),
    pytest.param("坐席：您的车平时是不是您老丈人在开？他家在哪个村？", True, id="a_relatives_village_asked_after_a_word"),
    pytest.param("律师助理：麻烦报一下您所有紧急联系人的家庭住址和单位。", True, id="the_contacts_homes_asked"),
    pytest.param("【某某律所】本所已掌握您岳父住址，请主动联系还款。", True, id="a_relatives_address_held"),
    pytest.param("坐席：你公公那个手机号18907315526是不是还在用？", True, id="a_relatives_number_after_a_pause_word"),
    pytest.param("如需变更紧急联系人，请在APP中修改。", False, id="a_contact_to_update"),
])
def test_relatives_details_asked_and_held_in_legal_collection(rules_only: PiiAnalyser, text: str, excessive: bool) -> None:
    assert ("pii.excessive" in categories(rules_only, text)) is excessive


@pytest.mark.parametrize("text, told", [
    pytest.param("你们收银员是不是叫葛丽？她被执行了，工资可能要扣。", True, id="an_enforcement_told_to_the_employer"),
    pytest.param("我们是律所的，你邻居刁先生那个官司，你帮忙跟他说一声。", True, id="a_lawsuit_told_to_a_neighbour"),
    pytest.param("您好，我们是律所的，麻烦转告刁先生方便时回个电话。", False, id="a_law_firms_call_back"),
])
def test_a_debt_told_as_a_lawsuit(rules_only: PiiAnalyser, text: str, told: bool) -> None:
    assert ("pii.third_party_disclosure" in categories(rules_only, text, recipient="third_party")) is told


def test_a_promise_not_to_ask_the_family_asks_nothing(rules_only: PiiAnalyser) -> None:
    text = "您申请分期需提交家庭收入证明，由您本人提交，我行不会直接联系您的家人或单位索取。"
    assert "pii.excessive" not in categories(rules_only, text)


def _notice_categories(analyser: PiiAnalyser, text: str, recipient: str) -> set[str]:
    message = Message(message_id="m", campaign_id="c", channel="notice", text=text, recipient_type=recipient)
    return {f.category for f in analyser.analyse(message)}


@pytest.mark.parametrize("text, recipient, unmasked", [
    pytest.param("民事起诉状\n原告：某某网络小额贷款有限公司\n被告：祁建国，男，身份证号110105199003071239，住某市某区长安路12号\n"
                 "诉讼请求：判令被告偿还借款本金。", "unknown", False, id="a_complaint_headed_by_its_name"),
    pytest.param("支付令申请书\n申请人：某某消费金融有限公司\n被申请人：祁建国，身份证号110105199003071239\n请求：责令被申请人"
                 "支付欠款。", "third_party", False, id="an_application_headed_by_its_name"),
    pytest.param("财产线索说明\n被执行人：祁建国，身份证号码110105199003071239，名下账户6222021234567890128。\n此致\n"
                 "某市某区人民法院执行局", "unknown", False, id="a_paper_addressed_to_the_court_at_its_foot"),
    pytest.param("致某市某区人民法院：被告祁建国预留手机13912345678已停机，原告申请公告送达。", "unknown", False,
                 id="a_letter_to_the_court"),
    pytest.param("民事起诉状\n被告：祁建国，身份证号110105199003071239\n诉讼请求：判令被告偿还借款本金。", "debtor", True,
                 id="the_complaint_sent_to_the_debtor"),
    pytest.param("民事起诉状（草稿，供被告确认）\n被告：祁建国，身份证号110105199003071239", "unknown", True,
                 id="a_draft_for_the_defendant"),
    pytest.param("（转发）民事起诉状 被告：祁建国，身份证号110105199003071239，各位认识的转告一下。", "third_party", True,
                 id="a_complaint_forwarded_to_a_group"),
    pytest.param("贵司员工祁建国（身份证110105199003071239）已被我司起诉至某区人民法院，请知悉。", "third_party", True,
                 id="a_lawsuit_told_to_the_employer_with_the_number"),
])
def test_a_filing_with_a_court_holds_the_full_number_lawfully(rules_only: PiiAnalyser, text: str, recipient: str,
                                                              unmasked: bool) -> None:
    assert ("pii.unmasked_identifier" in _notice_categories(rules_only, text, recipient)) is unmasked


@pytest.mark.parametrize("text, sensitive", [
    pytest.param("你前妻分了房子，你现在住你丈人家，对吧？", False, id="a_home_at_a_relatives"),
    pytest.param("她现在住在东湖花园对吧？", False, id="a_home_in_an_estate"),
    pytest.param("你现在住在火车站旁边那家快捷酒店，我们清楚。", True, id="a_hotel_now"),
    pytest.param("你目前躲在你表哥那边，别以为我们不知道。", True, id="hiding_now"),
    pytest.param("他每晚都住厂里宿舍，白天在车间。", True, id="a_dormitory_every_night"),
])
def test_where_one_lives_now_is_a_home_not_whereabouts(rules_only: PiiAnalyser, text: str, sensitive: bool) -> None:
    assert ("pii.sensitive" in categories(rules_only, text)) is sensitive
