"""PERSON beyond the surname + given name in a frame: mention handles, repeats, nicknames, business
names, and the dictionary cache the recognizer starts from. All names are invented."""

from __future__ import annotations

import subprocess
import sys

import pytest

from audit.recognizers.finder import EntityFinder
from audit.recognizers.person import _dictionary, load_jieba_dictionary
from audit.recognizers.person_model import SCORE_MODEL, PersonTagger
from tests.pii_support import person_names as names


@pytest.mark.parametrize("text, expected", [
    pytest.param("//@王冉:如果我们不能打败时间，至少可以让它破碎。", ["王冉"], id="repost_mention"),
    pytest.param("//@高建国:收到，明天处理", ["高建国"], id="mention_weak_surname_no_frame"),
    pytest.param("谢谢@叶小丢@美丽说的分享", ["叶小丢"], id="mention_between_mentions"),
    pytest.param("//@陳冠宇Uncle:哈哈哈哈", ["陳冠宇"], id="mention_traditional_then_latin"),
], )
def test_mention_handle_that_is_a_name(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("转发给@美丽说活动链接看看", id="brand_handle"),
    pytest.param("@戴戴_黛 一起去吧", id="reduplicated_handle"),
    pytest.param("//@王小:转发微博", id="given_name_too_short"),
])
def test_mention_handle_that_is_no_name(finder: EntityFinder, text: str) -> None:
    assert names(finder, text) == []


def test_every_occurrence_of_a_counted_name_is_found(finder: EntityFinder) -> None:
    text = "尊敬的张伟先生，您的欠款已逾期。张伟、张伟，请尽快回电。"
    found = [e for e in finder.find(text) if e.entity_type == "PERSON"]
    assert [(e.start, e.end) for e in found] == [(3, 5), (16, 18), (19, 21)]
    assert all(e.score >= 0.9 for e in found)      # a repeat keeps the best score of its name


def test_a_name_too_weak_to_count_is_not_repeated(finder: EntityFinder) -> None:
    # 高 is a weak surname: 高建国 without a frame scores below the threshold, so nothing is repeated.
    assert names(finder, "高建国说高建国的事") == []


@pytest.mark.parametrize("text, expected", [
    pytest.param("阿袁收到家里的回信", ["阿袁"], id="a_plus_surname_split_by_jieba"),
    pytest.param("阿姨您好，请转告您家人", [], id="aunt_is_no_name"),
    pytest.param("请转告赵天宇尽快还款", ["赵天宇"], id="tian_in_given_name"),
    pytest.param("您好，您是庾立新的紧急联系人吧", ["庾立新"], id="rare_surname_yu"),
    pytest.param("尊敬的门晓东先生，您的账单已出", ["门晓东"], id="weak_surname_men_in_a_frame"),
    pytest.param("门口有人等你", [], id="men_as_a_door"),
    pytest.param("熊大和熊二真可爱", [], id="cartoon_numbers"),
    pytest.param("请联系李博士核实", [], id="surname_and_degree"),
    pytest.param("您是涂上按摩霜的吗", [], id="surname_then_verb_particle"),
    pytest.param("昨晚住在萬鑫酒店，服务很好", [], id="hotel_name"),
    pytest.param("到李晓峰餐厅门口等", [], id="restaurant_name"),
    pytest.param("到李晓峰家门口等", ["李晓峰"], id="same_name_as_a_person"),
    pytest.param("您在麦穗金融的借款已逾期", [], id="lender_name"),
    pytest.param("您在松果錢包賬戶的還款已逾期", [], id="traditional_everyday_word"),
    pytest.param("完成還款？賴賬可不行", [], id="traditional_everyday_word_2"),
    pytest.param("陳東英您好，您的借款已逾期", ["陳東英"], id="traditional_name"),
    pytest.param("請轉告高建國回電", ["高建國"], id="traditional_frame_and_weak_surname"),
])
def test_nicknames_and_look_alikes(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


def test_dictionary_cache_is_written_then_read_and_rebuilt_when_damaged(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = load_jieba_dictionary()
    caches = list((tmp_path / "collection-audit").glob("jieba-*.bin"))
    assert len(caches) == 1 and caches[0].stat().st_size > 1_000_000
    assert {"陈冠希", "任志强"} <= built and "明天" not in built
    caches[0].write_bytes(b"cad1 truncated")
    assert load_jieba_dictionary() == built
    assert caches[0].stat().st_size < 100                 # read once a process: a second finder reads nothing
    _dictionary.cache_clear()
    assert load_jieba_dictionary() == built
    assert caches[0].stat().st_size > 1_000_000          # rewritten whole
    assert not [p for p in caches[0].parent.iterdir() if p != caches[0]]   # no temporary file left
    _dictionary.cache_clear()
    assert load_jieba_dictionary() == built               # read back


def test_importing_the_recognizer_does_not_import_pkg_resources() -> None:
    code = "import sys, audit.recognizers.person; print('pkg_resources' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("text, expected", [
    pytest.param("我们和扎克伯格是完全不同的人", ["扎克伯格"], id="dictionary_name_pieces"),
    pytest.param("很应毕加索一句话：每一次创造都是始于破坏", ["毕加索"], id="dictionary_name"),
    pytest.param("下周去意大利和弗吉尼亚出差", [], id="place_names"),
    pytest.param("在青旅认识了一个叫皮埃尔的法国人", ["皮埃尔"], id="er_and_pi"),
    pytest.param("露西亚的新书下个月出", ["露西亚"], id="lu_and_ya"),
    pytest.param("球传给了马蒂亚斯 他一脚抽射", ["马蒂亚斯"], id="run_holding_a_surname_name"),
    pytest.param("王丽娜说她明天来", ["王丽娜"], id="chinese_name_of_transliteration_characters"),
    pytest.param("这个麦克风坏了，换一个", [], id="a_word_jieba_tags_as_a_name"),
    pytest.param("《沈青禾传》第二季开播了", ["沈青禾"], id="a_biography_title"),
    pytest.param("瑞士的巧克力和苏州的园林", [], id="places_with_transliteration_characters"),
    pytest.param("哈哈哈哈，太好笑了", [], id="laughter"),
    pytest.param("纪录片讲的是北极的因纽特人怎么捕鱼", [], id="a_people_before_ren"),
    pytest.param("她在学泰米尔语，说发音很难", [], id="a_language_before_yu"),
    pytest.param("我觉得皮埃尔人很好，很照顾新人", ["皮埃尔"], id="foreign_name_before_ren_hen"),
])
def test_transliterated_foreign_names(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("你老婆丽丽今天来了吗", ["丽丽"], id="doubled_given_name_after_kinship"),
    pytest.param("他女儿小雨在县城上学", ["小雨"], id="xiao_given_name_after_kinship"),
    pytest.param("我儿子一帆明天开学", ["一帆"], id="yi_given_name_after_kinship"),
    pytest.param("我老婆一直说要去海边", [], id="yi_word_after_kinship"),
    pytest.param("阿强欠的钱什么时候还", ["阿强"], id="a_plus_given_name"),
    pytest.param("上官雅琴的紧急联系人是您", ["上官雅琴"], id="compound_surname_dictionary_word_given"),
    pytest.param("昨天遇见了高梓涵，聊了很久", ["高梓涵"], id="weak_surname_unknown_three_characters"),
    pytest.param("方雨菲的新歌太好听了", ["方雨菲"], id="weak_surname_public_figure_comment"),
])
def test_informal_forms_the_old_recognizer_missed(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text, nickname", [
    pytest.param("小王，明天把钱还了", "小王", id="xiao_surname"),
    pytest.param("老李说他下周一定还", "老李", id="lao_surname"),
    pytest.param("王总您好，款项已到账", "王总", id="surname_and_zong"),
    pytest.param("李姐帮我问一下进度", "李姐", id="surname_and_jie"),
    pytest.param("你们车队的老吴这个月又没交", "老吴", id="lao_surname_in_a_group"),
    pytest.param("刘哥，麻烦您转告他回个电话", "刘哥", id="surname_and_ge"),
])
def test_a_nickname_is_masked_but_no_person_finding(finder: EntityFinder, text: str, nickname: str) -> None:
    """A surname with 老 / 小 / 哥 / 姐 / 总 and no given name is how people call each other (names.yaml
    nickname_prefixes, nickname_terms): no PERSON finding, but masked in evidence and by `audit mask` as a name is."""
    import audit
    from audit.masking import mask_evidence

    assert names(finder, text) == []
    found = finder.find(text, nicknames=True)
    assert [text[e.start:e.end] for e in found if e.nickname] == [nickname]
    assert nickname not in mask_evidence(text)
    record = next(iter(audit.mask([{"message_id": "m1", "campaign_id": "c1", "channel": "sms", "text": text}])))
    assert nickname not in record["text"] and len(record["text"]) == len(text)
    assert [(e["entity_type"], text[e["start"]:e["end"]]) for e in record["entities"]] == [("PERSON", nickname)]


@pytest.mark.parametrize("text, expected", [
    pytest.param("嫂子，德兵哥那个车子的事你知道吧", ["德兵"], id="given_name_and_ge"),
    pytest.param("冬梅姐，你妹在郑州上班吧", ["冬梅"], id="given_name_and_jie"),
    pytest.param("阿明哥最近好吗", ["阿明哥"], id="a_familiar_form_keeps_its_ge"),
])
def test_the_ge_or_jie_after_a_given_name_is_no_part_of_it(finder: EntityFinder, text: str,
                                                           expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("小心路滑，老师说明天考试", id="xiao_lao_words"),
    pytest.param("大小王都出了，这把赢定了", id="xiao_inside_a_word"),
    pytest.param("一个小王子的故事", id="surname_starts_a_word_after"),
    pytest.param("姐妹们冲，老板说打八折", id="jie_and_laoban"),
    pytest.param("阿姨你好，阿里的快递到了", id="a_words"),
    pytest.param("小时候我老婆很爱吃糖", id="kinship_word_then_no_name"),
    pytest.param("王经理说可以分期，李老师也同意", id="role_titles"),
    pytest.param("请向新债权人还款，金额以短信为准", id="weak_surname_without_frame"),
    pytest.param("金额已到账，白天再说，全家平安", id="weak_surnames_in_everyday_words"),
])
def test_words_that_look_like_informal_names(finder: EntityFinder, text: str) -> None:
    assert names(finder, text) == []


def test_the_person_model_finds_a_name_the_rules_leave(finder: EntityFinder) -> None:
    """庞朝锦: jieba glues it into no word the rules take (朝 is no given-name character of theirs); the CRF, asked
    about the silent stretch, does."""
    person = next(r for r in finder.recognizers if r.supported_entities == ["PERSON"])
    text = "您好，庞朝锦留的联系人是您"
    by_rules, silent = person._surname_names(text)
    assert by_rules == [] and silent
    rows = person.model_rows(text)
    assert len(rows) == len(text) and all(f"c={char}" in row for char, row in zip(text, rows))
    spans = PersonTagger().names(rows)
    assert (3, 6, SCORE_MODEL) in spans
    assert names(finder, text) == ["庞朝锦"]


def test_abuse_and_slang_shaped_like_informal_names_stay_unmasked_in_evidence() -> None:
    from audit.masking import mask_field

    assert mask_field("你这个老赖") == "你这个老赖"
    assert mask_field("老铁们，老赖名单了解一下") == "老铁们，老赖名单了解一下"
    assert mask_field("老王说") != "老王说"


@pytest.mark.parametrize("text, expected", [
    pytest.param("坤哥今晚请大家吃烧烤", ["坤哥"], id="given_name_char_and_ge"),
    pytest.param("娜姐的店今天开业", ["娜姐"], id="given_name_char_and_jie"),
    pytest.param("林雨菲姐姐今天好美", ["林雨菲姐姐"], id="full_name_and_sibling_term"),
    pytest.param("林雨菲姐妹俩都来了", ["林雨菲"], id="sibling_word_is_no_term"),
    pytest.param("今天和严正阳去吃饭了", ["严正阳"], id="model_name_over_a_weaker_word"),
    pytest.param("和袁思远一起去看电影，开心😂", ["袁思远"], id="chatter_with_emoji"),
])
def test_microblog_forms(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("帅哥，你的快递到了", id="shuaige_is_a_word"),
    pytest.param("空姐说飞机马上起飞", id="kongjie_is_a_word"),
    pytest.param("小哥把外卖放门口了", id="xiaoge_is_a_word"),
    pytest.param("我们聊天哥们几个都在", id="ge_glued_into_words"),
    pytest.param("他说话的态度很严正", id="yanzheng_is_a_word"),
    pytest.param("周末去王府井吃了火锅，方便又高兴", id="surname_led_places_and_words"),
    pytest.param("开会的人都很高素质，没人迟到", id="dictionary_name_whose_given_part_is_a_word"),
    pytest.param("冬天出门记得戴帽子和手套", id="verb_and_object_tagged_as_a_name"),
    pytest.param("老家来了几个唐山人，说话挺逗", id="surname_led_place_before_ren"),
    pytest.param("奶奶最爱听黄梅戏，一听就是半天", id="surname_led_opera"),
    pytest.param("这家店的正宗中宁枸杞卖完了", id="surname_character_ending_a_word_before_it"),
    pytest.param("我爸爸和闺蜜的老公是同事", id="he_after_a_person_word_is_and"),
    pytest.param("这是我朋友从山东带回来的", id="cong_after_a_person_word_is_from"),
    pytest.param("你妈住在敬老院，你再不还就去敬老院找她", id="dictionary_word_before_a_comma_and_ni"),
])
def test_microblog_look_alikes(finder: EntityFinder, text: str) -> None:
    assert names(finder, text) == []


@pytest.mark.parametrize("text, expected", [
    pytest.param("卢海生：\n你好！你在本公司的借款已逾期四个月，请于十日内结清。", ["卢海生"], id="salutation_line"),
    pytest.param("江波：\n你名下的分期已逾期，本函为书面催告。", ["江波"], id="salutation_weak_surname"),
    pytest.param("【安和小贷】金星，您本期应还960元，今日到期。", ["金星"], id="template_name_that_is_a_word"),
    pytest.param("晨光，你答应周五还的钱呢", [], id="message_start_everyday_word"),
    pytest.param("被告：邓福生，男，1982年6月出生，住青石区。", ["邓福生"], id="field_after_colon"),
    pytest.param("借款人：乐志明\n借款金额：12000元", ["乐志明"], id="field_weak_surname"),
    pytest.param("本函经办律师：高文华", ["高文华"], id="lawyer_signature"),
    pytest.param("紧急联系人：祁晓峰 同事 / 练秋生 邻居", ["祁晓峰", "练秋生"], id="contact_list_relations"),
    pytest.param("坐席：你认识牛振栋吗 他说你是他表弟", ["牛振栋"], id="given_name_ending_in_dong"),
    pytest.param("客户：我叫柏金生 钱下周一定还", ["柏金生"], id="given_name_ending_in_sheng"),
    pytest.param("尊敬的戴帽子先生，您的账单已出", ["戴帽子"], id="word_as_name_in_a_frame"),
    pytest.param("尊敬的柏文明先生，社区文明创建检查明天开始", ["柏文明"], id="given_part_everyday_word_not_repeated"),
    pytest.param("【安和小贷】钟晓岚，您本期应还800元", ["钟晓岚"], id="name_after_a_signature"),
    pytest.param("请问你认识邵立业吗 他说你是他同学", ["邵立业"], id="given_name_ending_in_ye"),
    pytest.param("紧急联系人：甘美琪、甘立新", ["甘美琪", "甘立新"], id="model_asked_beside_a_counted_name"),
])
def test_names_in_collection_slots(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("住址：青石区高桥镇江口村\n案由：借款合同纠纷", id="record_block_without_a_name"),
    pytest.param("经核实，您的欠款已结清。\n江南支行：您好，已收到凭证。", id="line_start_sentence_and_branch"),
    pytest.param("你在盒马鲜生上班的事我们知道", id="brand_ending_in_sheng"),
    pytest.param("您好，我是华远资产的，有事找您", id="lender_name_before_zichan"),
    pytest.param("坐席：您好，这里是福安贷客服中心，请问您方便吗", id="lender_introducing_itself_before_dai"),
    pytest.param("您好，我是康宁物业的，楼下有您的快递", id="estate_manager_before_wuye"),
    pytest.param("收款人：鸿远资产管理有限公司", id="company_as_field_value"),
    pytest.param("申请人：李某某，被申请人：王某", id="anonymised_names"),
    pytest.param("尊敬的张**先生：\n您的借款已逾期。", id="masked_salutation"),
    pytest.param("安全：\n请勿向任何人透露验证码。", id="everyday_word_on_its_line"),
    pytest.param("【朵朵花】您本期账单已出，请按时还款", id="pet_name_inside_a_lenders_signature"),
    pytest.param("【和信安达】您好，您的还款日是本月十五日", id="surname_led_part_of_a_signature"),
])
def test_collection_slots_without_a_name(finder: EntityFinder, text: str) -> None:
    assert names(finder, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Hi 托马斯·穆勒 你的账单已逾期", ["托马斯·穆勒"], id="dotted_foreign_name"),
    pytest.param("彼得·王先生：您的分期已逾期。", ["彼得·王"], id="dotted_with_a_chinese_surname"),
    pytest.param("西湖·印象 夜游套票", [], id="dotted_place_and_word"),
    pytest.param("晓燕你好 我是恒达的客服", ["晓燕"], id="given_name_opening_a_greeting"),
    pytest.param("借款人姜志强，住址见合同。", ["姜志强"], id="frame_cut_by_the_segment_window"),
    pytest.param("是常海涛吗", ["常海涛"], id="call_turn_opening_with_是"),
    pytest.param("常海涛吗", ["常海涛"], id="weak_surname_ended_by_a_particle"),
    pytest.param("常来玩吗", [], id="weak_surname_character_in_everyday_words"),
])
def test_names_from_dev3_families(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("[微信群·金桂园业主群] 各位邻居好，物业费请本周内缴清。", [], id="dotted_group_header"),
    pytest.param("【家族群：老许家】大家周末回来吃饭", [], id="family_group_header"),
    pytest.param("[微信群·饶家亲戚群] 饶建国：你侄子欠的钱什么时候还？", ["饶建国"], id="name_after_the_header"),
    pytest.param("【安易借】您好，您尾号3306的随心付账单已逾期两天。", [], id="bill_already_overdue"),
    pytest.param("【安易借】陳太你好，你先生嘅賬單已經逾期兩個月。", [], id="cantonese_title"),
    pytest.param("尊敬的客户：您在北辰普惠的借款已逾期五天。", [], id="company_word_after_a_surname"),
])
def test_collection_headers_and_words_that_hold_no_name(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("你妹妹韦小燕在县幼儿园工作", ["韦小燕"], id="given_name_cut_by_segmentation"),
    pytest.param("父亲夏天明在城东开店", ["夏天明"], id="surname_and_given_an_everyday_word"),
    pytest.param("你哥蒙国庆在开发区那家汽修厂上班", ["蒙国庆"], id="kin_word_before"),
    pytest.param("其女宁可馨在宁海中学读高一", ["宁可馨"], id="kin_word_before_a_word_start"),
    pytest.param("您好，打扰了。请问您最近能联系上黎明辉吗？", ["黎明辉"], id="asked_after_the_name"),
    pytest.param("谢谢晨曦同学每天帮我占座", [], id="doubled_thanks_is_no_surname"),
    pytest.param("您好，这里是宁波恒通资产管理公司", [], id="place_before_a_company"),
])
def test_framed_surname_and_two_given_characters(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("坐席：您好，这里是宣和信息服务有限公司。\n坐席：宣和的，受某某分期委托找樊建国。", ["樊建国"],
                 id="an_agencys_short_name_repeated_alone"),
    pytest.param("【宣和消费金融】温馨提示：宣和不会以任何理由要求您转账。", [], id="a_lender_named_in_its_signature_and_after"),
    pytest.param("宣和项目组：客户詹明辉已结清，请停止外呼。", ["詹明辉"], id="a_team_of_the_agency"),
])
def test_an_organisations_short_name_is_no_name(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("您好，您儿媳施红住合肥市包河区芜湖路17号，麻烦提醒她。", id="a_name_before_where_she_lives"),
    pytest.param("工单：客户鄢丽称其订单信息被泄露。", id="a_name_before_what_she_said"),
    pytest.param("坐席：杜宇嘛，你莫装了，我们都晓得。", id="a_name_before_a_particle"),
])
def test_a_verb_after_a_name_is_not_its_last_character(finder: EntityFinder, text: str) -> None:
    assert not any(name[-1] in "住称嘛" for name in names(finder, text))


@pytest.mark.parametrize("text, expected", [
    pytest.param("致：被申请人\n被申请人：柯静\n联系电话：见附件", ["柯静"], id="a_name_before_a_line_break"),
    pytest.param("你们仓库主管叫邱立对吧？", ["邱立"], id="a_name_before_a_tag_question"),
    pytest.param("他姐夫是焦明是吧，我们联系过了", ["焦明"], id="a_name_before_shi_ba"),
    pytest.param("你莫躲了，电话也不接", [], id="mo_as_dont_after_you"),
    pytest.param("你们莫再拖了，下周之前给个说法", [], id="mo_as_dont_after_you_all"),
    pytest.param("请问是莫晓峰先生吗？", ["莫晓峰"], id="mo_as_a_surname_in_a_frame"),
    pytest.param("华兴丰田售后部：客户车辆已到店。", [], id="a_dealer_by_the_make_it_sells"),
    pytest.param("您好，我是启衡咨询的，找一下郝建平。", ["郝建平"], id="a_firm_by_its_trade"),
])
def test_what_ends_or_opens_no_name(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("请问是邓超群先生吗？", ["邓超群"], id="a_given_name_that_is_a_word_before_xiansheng"),
    pytest.param("尊敬的韩繁华女士，您好", ["韩繁华"], id="a_given_name_that_is_a_word_before_nvshi"),
])
def test_a_word_as_given_name_before_an_honorific(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


def test_the_surname_said_again_before_an_honorific_ends_no_name(finder: EntityFinder) -> None:
    """易/平易/先生: 易平, then 易先生; the surname said again is not the name's last character."""
    assert "易平易" not in names(finder, "您是易平易先生吧")


@pytest.mark.parametrize("text, expected", [
    pytest.param("借款人赵根生，逾期30天，请按时还款。", ["赵根生"], id="gen_sheng_after_a_field_word"),
    pytest.param("你好，我找曹润生，他在家吗？", ["曹润生"], id="run_sheng_asked_for"),
    pytest.param("担保人马水生欠款未还，请转告。", ["马水生"], id="shui_sheng_guarantor"),
    pytest.param("村民吴树根的电话打不通，麻烦转告他回电。", ["吴树根"], id="shu_gen_villager"),
])
def test_older_and_rural_given_names(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("您在林海村镇银行的贷款已逾期，请及时归还。", [], id="village_and_town_bank"),
    pytest.param("柳塘农村信用合作社提醒您按时还款。", [], id="rural_credit_cooperative"),
    pytest.param("请到林海信用联社柜台办理。", [], id="credit_union"),
    pytest.param("请到林海农村商业银行柜台办理，经办人林海涛。", ["林海涛"], id="rural_commercial_bank_and_its_clerk"),
])
def test_a_rural_bank_named_after_its_place_is_no_person(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("借款人李二强，逾期30天。", ["李二强"], id="er_before_a_name_character"),
    pytest.param("张二林欠款3000元", ["张二林"], id="er_debtor"),
    pytest.param("周二晚上八点前还款。", [], id="tuesday_evening"),
    pytest.param("他在周二强调过这事", [], id="tuesday_then_a_verb"),
    pytest.param("李二手车行", [], id="second_hand"),
])
def test_a_birth_order_given_name(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("委托代理人：恒岳律师事务所 许文华律师", ["许文华"], id="law_firm_by_its_short_name"),
    pytest.param("附件是员工花名册，请查收。", [], id="staff_roster"),
    pytest.param("特殊客户关怀告知：关怀期内免息。", [], id="customer_care"),
])
def test_words_after_a_surname_character_that_name_no_one(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("桐安市西城区人民法院。申请人：云钥分期（桐安）科技有限公司。", [], id="city_named_again_in_a_company"),
    pytest.param("李明市长今天视察。", ["李明"], id="mayor_after_a_name"),
    pytest.param("王建国住在清水县，他弟弟王建军也在。", ["王建国", "王建军"], id="names_beside_a_county"),
])
def test_a_word_the_message_names_as_a_place_is_no_person(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected
