"""The Chinese recognizers on real-looking text: what they find, what they must leave alone,
context by character window, and the trigger-gated path giving the same result as Presidio's full one.

All numbers are invented; IDs, cards and codes carry valid check digits.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from audit.recognizers.finder import EntityFinder


def found(finder: EntityFinder, text: str, entity_type: str) -> list[str]:
    return [text[e.start:e.end] for e in finder.find(text) if e.entity_type == entity_type]


FINDS = [
    pytest.param("CN_ID_CARD", "您的身份证号110105199003071239已登记", "110105199003071239", id="id_18"),
    pytest.param("CN_ID_CARD", "证件号：44030519851112458x。", "44030519851112458x", id="id_lower_x"),
    pytest.param("CN_ID_CARD", "身份证 440305 19851112 4563 请核对", "440305 19851112 4563", id="id_spaces"),
    pytest.param("CN_ID_CARD", "身份证号110105-1990-0307-1239", "110105-1990-0307-1239", id="id_hyphens"),
    pytest.param("CN_ID_CARD", "身份证：110105 199003 071239", "110105 199003 071239", id="id_6_6_6"),
    pytest.param("CN_ID_CARD", "老身份证号码110105900307123还能用", "110105900307123", id="id_15_legacy"),
    pytest.param("CN_ID_CARD", "身份证：44 0305 1985 1112 4563，请核对", "44 0305 1985 1112 4563", id="id_province_apart"),
    pytest.param("CN_ID_CARD", "居住证号码：820000198712032043，请核对", "820000198712032043", id="id_hk_macao_taiwan_residence_permit"),
    pytest.param("CN_PASSPORT", "证件识别结果：护照号 E B 2 8 1 7 4 6 3，请确认", "E B 2 8 1 7 4 6 3", id="passport_letters_spaced"),
    pytest.param("CN_BANK_CARD", "你那张卡6222021234567890128上个月流水进了八万", "6222021234567890128",
                 id="card_beside_a_month_turnover"),
    pytest.param("CN_LANDLINE", "今天起0571-8762 3310号段外呼失败", "0571-8762 3310", id="landline_number_range"),
    pytest.param("CN_MOBILE", "你老婆的号16840912649也关机了", "16840912649", id="mobile_unallocated_segment_said_switched_off"),
    pytest.param("CN_MOBILE", "请速致电13812345678协商", "13812345678", id="mobile_glued"),
    pytest.param("CN_MOBILE", "手机：138-1234-5678", "138-1234-5678", id="mobile_hyphens"),
    pytest.param("CN_MOBILE", "电话 138 1234 5678。", "138 1234 5678", id="mobile_spaces"),
    pytest.param("CN_MOBILE", "联系+86 139-1234-5678", "+86 139-1234-5678", id="mobile_plus86"),
    pytest.param("CN_MOBILE", "号码008615912345678", "008615912345678", id="mobile_0086"),
    pytest.param("CN_MOBILE", "请致电１３８１２３４５６７８", "１３８１２３４５６７８", id="mobile_full_width"),
    pytest.param("CN_MOBILE", "他留的手机号15.921.880.437打不通", "15.921.880.437", id="mobile_dotted_thousands"),
    pytest.param("ADDRESS", "您的门面和您家里杭州市西湖区文三路88号2栋601我们都有登记", "杭州市西湖区文三路88号2栋601",
                 id="address_after_at_home"),
    pytest.param("ADDRESS", "物业您好，想问下翠苑小区3栋1202的业主还住吗", "翠苑小区3栋1202", id="address_after_a_question"),
    pytest.param("ADDRESS", "他家住佛山市禅城区汾江路中85号", "佛山市禅城区汾江路中85号", id="address_road_section_after"),
    pytest.param("ADDRESS", "你老家住向山村四组21号吧", "向山村四组21号", id="address_village_named_with_xiang"),
    pytest.param("ADDRESS", "户籍地：江西省赣州市于都县罗坳镇新和路18号", "江西省赣州市于都县罗坳镇新和路18号",
                 id="address_county_named_from_a_stop_character"),
    pytest.param("ADDRESS", "他住在江苏省南通市如东县掘港镇青园路7号", "江苏省南通市如东县掘港镇青园路7号",
                 id="address_county_named_from_ru"),
    pytest.param("ADDRESS", "你搬去的房子长青路41号2栋502我们知道", "长青路41号2栋502", id="address_after_the_word_for_home"),
    pytest.param("ADDRESS", "他住在小区丹桂苑7幢301室", "丹桂苑7幢301室", id="address_after_the_word_for_estate"),
    pytest.param("ADDRESS", "你名下的翠湖湾6栋1203房产已抵押", "翠湖湾6栋1203", id="address_room_before_the_word_for_property"),
    pytest.param("ADDRESS", "您是不是住在 浙江省 宁波市 鄞州区 东城花园 二期 九栋 三单元 五零一",
                 "浙江省 宁波市 鄞州区 东城花园 二期 九栋 三单元 五零一", id="address_estate_phase_read_apart"),
    pytest.param("ADDRESS", "他家在石桥镇柳林村三组祠堂旁边第二户", "石桥镇柳林村三组祠堂旁边第二户",
                 id="address_village_house_counted_from_a_landmark"),
    pytest.param("ADDRESS", "他老家在马家坪村东头第4户", "马家坪村东头第4户", id="address_village_house_counted_from_its_side"),
    pytest.param("ADDRESS", "你家住柳州市城中区文昌路42号 翠竹苑 2-3-401室，对吧", "柳州市城中区文昌路42号 翠竹苑 2-3-401室",
                 id="address_estate_then_dashed_flat"),
    pytest.param("ADDRESS", "你家是不是在 武侯区 玉林北路 12号 附3号 5楼？", "武侯区 玉林北路 12号 附3号 5楼",
                 id="address_spoken_attached_door"),
    pytest.param("ADDRESS", "您的工作单位杭州市西湖区文三路90号已核实", "杭州市西湖区文三路90号", id="address_after_field_label"),
    pytest.param("CN_MOBILE", "我的号码是一三八幺二三四五六七八", "一三八幺二三四五六七八", id="mobile_spoken"),
    pytest.param("CN_MOBILE", "坐席：你手机是 幺三八 嗯 两两五六 拐拐洞勾 对吧", "幺三八 嗯 两两五六 拐拐洞勾",
                 id="mobile_spoken_with_a_filler_between_groups"),
    pytest.param("CN_MOBILE", "坐席：号码是 加八六 幺三八 两两五六 拐拐洞勾", "加八六 幺三八 两两五六 拐拐洞勾",
                 id="mobile_spoken_country_code_keeps_its_plus"),
    pytest.param("CN_MOBILE", "号码幺三九，洞洞两两，三三四四", "幺三九，洞洞两两，三三四四", id="mobile_spoken_pauses"),
    pytest.param("CN_MOBILE", "坐席：你手机 幺五八 然后是 洞二四六 接着 拐拐三幺 没错吧", "幺五八 然后是 洞二四六 接着 拐拐三幺",
                 id="mobile_spoken_groups_joined_by_then"),
    pytest.param("CN_MOBILE", "手机号码壹叁玖 贰捌肆零 伍陆柒壹", "壹叁玖 贰捌肆零 伍陆柒壹", id="mobile_in_capital_numerals"),
    pytest.param("CN_ID_CARD", "身份证号肆肆零叁零伍壹玖捌伍壹壹壹贰肆伍陆叁", "肆肆零叁零伍壹玖捌伍壹壹壹贰肆伍陆叁",
                 id="id_in_capital_numerals"),
    pytest.param("CN_LANDLINE", "单位电话010-62345678转", "010-62345678", id="landline_beijing"),
    pytest.param("CN_LANDLINE", "座机(0755)8888 6666", "(0755)8888 6666", id="landline_brackets"),
    pytest.param("CN_LANDLINE", "电话+86-10-62345678", "+86-10-62345678", id="landline_international"),
    pytest.param("CN_LANDLINE", "敬請致電(852)3158 0921查詢", "(852)3158 0921", id="landline_hong_kong"),
    pytest.param("CN_LANDLINE", "客服專線(04)2256-7731", "(04)2256-7731", id="landline_taiwan_bracketed_area"),
    pytest.param("CN_BANK_CARD", "还款卡6222021234567890128请存入", "6222021234567890128", id="card_19"),
    pytest.param("CN_BANK_CARD", "卡号6225 8800 1234 5675已冻结", "6225 8800 1234 5675", id="card_groups"),
    pytest.param("CN_BANK_CARD", "卡号6225·8800·1234·5675已冻结", "6225·8800·1234·5675", id="card_middle_dots"),
    pytest.param("CN_ID_CARD", "身份证号 440305_19851112_4563 已核对", "440305_19851112_4563", id="id_underscores"),
    pytest.param("EMAIL", "请发邮件至zhang.wei_88@example.com，谢谢", "zhang.wei_88@example.com", id="email_glued"),
    pytest.param("EMAIL", "对接人 夏宁 xianing@fenqi-demo.example 请查收", "xianing@fenqi-demo.example",
                 id="email_in_a_documentation_domain"),
    pytest.param("EMAIL", "邮箱 liu.fang@mail。example。cn。请查收", "liu.fang@mail。example。cn", id="email_ideographic_dots"),
    pytest.param("CN_PASSPORT", "护照号码E12345678", "E12345678", id="passport_e"),
    pytest.param("CN_PASSPORT", "护照号EA1234567已过期", "EA1234567", id="passport_ea"),
    pytest.param("CN_PASSPORT", "护照号码G-2718-4406已登记", "G-2718-4406", id="passport_hyphen_between_groups"),
    pytest.param("CN_PASSPORT", "閣下的回鄉證 H53092718 已核實", "H53092718", id="permit_traditional_context"),
    pytest.param("CN_MOBILE", "对方：你手机1356 704 3318我记下了", "1356 704 3318", id="mobile_grouped_4_3_4"),
    pytest.param("CN_MOBILE", "你姐姐手机130-677-21538打过了", "130-677-21538", id="mobile_grouped_3_3_5"),
    pytest.param("CN_MOBILE", "手机151。5802。6643转外访", "151。5802。6643", id="mobile_ideographic_full_stops"),
    pytest.param("CN_MOBILE", "号码173\\2641\\8805别换了", "173\\2641\\8805", id="mobile_backslashes"),
    pytest.param("CN_MOBILE", "号码138——5816——0247记住了", "138——5816——0247", id="mobile_doubled_dashes"),
    pytest.param("CN_PASSPORT", "坐席：护照 EA 幺两三四五六拐 对吧", "EA 幺两三四五六拐", id="passport_ea_letters_apart_read_aloud"),
    pytest.param("CN_LANDLINE", "我的工号B2210，有问题打0571-86012345", "0571-86012345",
                 id="landline_after_a_reference_with_its_own_value"),
    pytest.param("CN_MOBILE", "你号码187*1826*4035别以为加了星号", "187*1826*4035", id="mobile_asterisks_between_groups"),
    pytest.param("CN_MOBILE", "你号码138、2607、4459我们会打", "138、2607、4459", id="mobile_enumeration_commas"),
    pytest.param("CN_MOBILE", "你电话13600 918872已停机", "13600 918872", id="mobile_grouped_5_6"),
    pytest.param("CN_MOBILE", "您的手机号(86)18621054577已认证", "18621054577", id="mobile_country_code_in_brackets_outside"),
    pytest.param("CN_ID_CARD", "证件号为 460102  1991  1212  7714，一致", "460102  1991  1212  7714", id="id_two_spaces"),
    pytest.param("CN_LANDLINE", "公司电话（洞拐五五）八三两六 幺幺勾洞，我们打过去", "（洞拐五五）八三两六 幺幺勾洞",
                 id="landline_spoken_area_code_in_brackets"),
    pytest.param("CN_LANDLINE", "请联系 0571-8762 3310转806。", "0571-8762 3310转806", id="landline_with_extension"),
    pytest.param("CN_LANDLINE", "专线 0755-26884130 分机 3302，欢迎来电", "0755-26884130 分机 3302", id="landline_extension_word"),
    pytest.param("CN_LANDLINE", "请致电（0755）8326 1190-8021 或", "（0755）8326 1190-8021", id="landline_extension_hyphen"),
    pytest.param("CN_LANDLINE", "座机010-62345678-2026-04-12", "010-62345678", id="landline_a_date_after_is_no_extension"),
    pytest.param("CN_LICENSE_PLATE", "您名下车辆粤B·D12345已登记", "粤B·D12345", id="plate_new_energy"),
    pytest.param("CN_LICENSE_PLATE", "车牌京A12345停在楼下", "京A12345", id="plate_regular"),
    pytest.param("CN_USCC", "统一社会信用代码91110108MA01W8XK31", "91110108MA01W8XK31", id="uscc"),
    pytest.param("CN_MOBILE", "还款请点 https://pay.hx-demo.cn/r?mobile=13812345678&amt=800", "13812345678",
                 id="mobile_in_a_link_under_a_personal_key"),
    pytest.param("CN_BANK_CARD", "点击 https://hx-demo.cn/pay/6222021234567890128 还款", "6222021234567890128",
                 id="card_in_a_links_path"),
    pytest.param("PERSON", "尊敬的张伟先生，您的账单已逾期", "张伟", id="person_honorific"),
    pytest.param("PERSON", "【XX资产】李娜您好，您的借款已逾期", "李娜", id="person_greeting"),
    pytest.param("PERSON", "请转告王小明尽快回电", "王小明", id="person_relay"),
    pytest.param("PERSON", "客户欧阳娜娜欠款8650元", "欧阳娜娜", id="person_compound_surname"),
    pytest.param("PERSON", "紧急联系人赵新民的电话打不通", "赵新民", id="person_split_by_jieba"),
    pytest.param("PERSON", "高建国您的借款已逾期", "高建国", id="person_weak_surname_in_frame"),
    pytest.param("PERSON", "欠款人孙丽娟未按期还款", "孙丽娟", id="person_after_role"),
    pytest.param("ADDRESS", "您住在北京市朝阳区建国路88号幸福小区3栋2单元401室吧",
                 "北京市朝阳区建国路88号幸福小区3栋2单元401室", id="address_full"),
    pytest.param("ADDRESS", "家住建国路88号院", "建国路88号院", id="address_street_number"),
    pytest.param("ADDRESS", "他住阳光花园5栋1203室", "阳光花园5栋1203室", id="address_compound_unit"),
    pytest.param("ADDRESS", "成都市武侯区人民南路四段1号", "成都市武侯区人民南路四段1号", id="address_road_section"),
    pytest.param("ADDRESS", "家住朝阳区望京西园三区311号楼2单元502", "朝阳区望京西园三区311号楼2单元502",
                 id="address_bare_room_number"),
    pytest.param("ADDRESS", "河南省周口市太康县城关镇东关村3组", "河南省周口市太康县城关镇东关村3组", id="address_village"),
    # informal forms (pii_forms_dev): parts spoken apart, rooms read aloud, a door beside the number, a phase in
    # figures, 社 groups, a village's buildings, 家 inside a name, a county's town, an estate or village named alone
    pytest.param("ADDRESS", "你家是不是在 幸福里小区 3栋 2单元 602 我们下午过去", "幸福里小区 3栋 2单元 602", id="address_parts_apart"),
    pytest.param("ADDRESS", "碧水湾三期十二栋一单元五零二是你家吧", "碧水湾三期十二栋一单元五零二", id="address_room_read_aloud"),
    pytest.param("ADDRESS", "你家在东大街46号附2号，门口修车铺", "东大街46号附2号", id="address_door_beside_the_number"),
    pytest.param("ADDRESS", "你住的保利香槟国际3期11号楼2单元1704", "保利香槟国际3期11号楼2单元1704", id="address_phase_in_figures"),
    pytest.param("ADDRESS", "坐席：你现在住 白云区 嘉禾街道 望岗村 二社 十五号 对不对", "白云区 嘉禾街道 望岗村 二社 十五号",
                 id="address_village_she_spoken_apart"),
    pytest.param("ADDRESS", "你家楼下，也就是梅林一村18栋，我们在等你", "梅林一村18栋", id="address_village_buildings"),
    pytest.param("ADDRESS", "你家在九龙坡区杨家坪正街39号附5号", "九龙坡区杨家坪正街39号附5号", id="address_jia_inside_a_name"),
    pytest.param("ADDRESS", "送达地址：湖南省邵阳市隆回县桃洪镇", "湖南省邵阳市隆回县桃洪镇", id="address_down_to_a_town"),
    pytest.param("ADDRESS", "你爸妈住在梧桐村村口那栋白房子", "梧桐村", id="address_village_alone_near_a_home_word"),
    pytest.param("ADDRESS", "你家在金沙江路 一零八八弄 十二号 嘛", "金沙江路 一零八八弄 十二号", id="address_lane_spoken_apart"),
    pytest.param("ADDRESS", "你搁大连市沙河口区西南路77号那楼住吧", "大连市沙河口区西南路77号", id="address_after_northeastern_ge"),
    pytest.param("ADDRESS", "您住在台南市東區府連路18號9樓之2對吧", "台南市東區府連路18號9樓之2", id="address_taiwan_flat_on_a_floor"),
    pytest.param("ADDRESS", "到店办理请至本公司成都市锦江区红星路二段66号", "成都市锦江区红星路二段66号",
                 id="address_after_the_senders_own_office_word"),
    pytest.param("ADDRESS", "贵镇白沙村五组17号的村民借款未还", "白沙村五组17号", id="address_after_your_town"),
    pytest.param("ADDRESS", "被执行人户籍地湖北省孝感市孝南区槐荫大道118号", "湖北省孝感市孝南区槐荫大道118号",
                 id="address_after_a_household_register_label"),
    pytest.param("ADDRESS", "抵押物坐落嘉兴市南湖区东栅路9号锦园3幢1单元602室", "嘉兴市南湖区东栅路9号锦园3幢1单元602室",
                 id="address_after_a_located_at_label"),
    pytest.param("ADDRESS", "麻烦帮我看一下8栋1103的快递", "8栋1103", id="address_after_a_look_up_verb"),
    pytest.param("ADDRESS", "你住在丽景家园9栋2单元7楼吧", "丽景家园9栋2单元7楼", id="address_a_homes_floor_below_its_unit"),
    pytest.param("ADDRESS", "他家住锦江苑7-2-301，我们去过", "锦江苑7-2-301", id="address_estate_and_dashed_flat"),
    pytest.param("ADDRESS", "住的是和平花园C区12-1-502吗", "和平花园C区12-1-502", id="address_estate_part_lettered_dashed_flat"),
    pytest.param("ADDRESS", "佢屋企喺粉嶺華輋邨明輝樓0812室", "粉嶺華輋邨明輝樓0812室", id="address_estate_name_outside_the_basic_block"),
    pytest.param("ADDRESS", "他住起武侯区红牌楼路8号2栋1单元3楼1号", "武侯区红牌楼路8号2栋1单元3楼1号", id="address_after_sichuanese_zhu_qi"),
    pytest.param("ADDRESS", "他租在城中村上沙东村九巷4号", "上沙东村九巷4号", id="address_after_the_kind_of_settlement"),
    pytest.param("ADDRESS", "侬屋里厢勒闵行区莘庄镇春申路210弄3号，阿拉晓得", "闵行区莘庄镇春申路210弄3号",
                 id="address_after_shanghainese_at_home"),
    pytest.param("ADDRESS", "你家是长春市南关区人民大街99号5-3-2吧", "长春市南关区人民大街99号5-3-2", id="address_building_unit_room_dashed"),
    pytest.param("ADDRESS", "你是住在渝北区龙溪路36号7-4吧", "渝北区龙溪路36号7-4", id="address_floor_and_flat_dashed"),
    pytest.param("ADDRESS", "家庭住址：江北区建新北路18号3栋11-2，单位：某厂", "江北区建新北路18号3栋11-2",
                 id="address_building_then_floor_and_flat_dashed"),
    pytest.param("ADDRESS", "公司在海淀区中关村大街27号IFC中心B座903", "海淀区中关村大街27号IFC中心B座903", id="address_estate_in_latin_letters"),
    pytest.param("ADDRESS", "坐席：你家在 济南市历下区泉城路 十号 五号楼两单元 吧", "济南市历下区泉城路 十号 五号楼两单元",
                 id="address_unit_number_read_as_liang"),
    pytest.param("ADDRESS", "你住的怡景花园B座1203房，我们敲过门", "怡景花园B座1203房", id="address_room_fang"),
    pytest.param("ADDRESS", "你家在 那个 机关大院 五号楼 三门 四零二 对吧", "机关大院 五号楼 三门 四零二", id="address_staircase_men"),
    pytest.param("ADDRESS", "你在滨江区长河街道江虹路1750号润和信雅达创意中心3号楼上班吧",
                 "滨江区长河街道江虹路1750号润和信雅达创意中心3号楼", id="address_long_building_name"),
    pytest.param("ADDRESS", "你住的金色家园小区二期6栋1单元301室是租的吧", "金色家园小区二期6栋1单元301室", id="address_two_suffixes"),
    pytest.param("ADDRESS", "他住在南京路123号", "南京路123号", id="address_street_named_after_a_city"),
    pytest.param("ADDRESS", "你家在宝安区西乡街道固戍二路那片城中村", "宝安区西乡街道固戍二路", id="address_sub_district_and_street"),
    pytest.param("ADDRESS", "登记的家庭地址为：和平区南京路青年大厦1206，单位", "和平区南京路青年大厦1206", id="address_street_building_room"),
    # figures read out in pairs or triples, as an agent reads a number aloud
    pytest.param("CN_ID_CARD", "坐席：证件号我念一下 11 01 05 19 90 03 07 12 39 对吗", "11 01 05 19 90 03 07 12 39",
                 id="id_read_in_pairs"),
    pytest.param("CN_BANK_CARD", "卡号 62 25 88 00 12 34 56 75 您核对", "62 25 88 00 12 34 56 75", id="card_read_in_pairs"),
    pytest.param("CN_ID_CARD", "身份证 110 105 1990 030 712 39 已核对", "110 105 1990 030 712 39", id="id_in_uneven_triples"),
    # OCR's letters for digits inside a number: O for 0, l and I for 1
    pytest.param("CN_ID_CARD", "[OCR] 身份证号 l1O1O5199OO3O71239 签发机关", "l1O1O5199OO3O71239", id="id_after_ocr"),
    pytest.param("CN_MOBILE", "[截图] 手机 I38 l234 5678 微信同号", "I38 l234 5678", id="mobile_after_ocr"),
    pytest.param("CN_PASSPORT", "[OCR] 护照号码 E1234567O 姓名拼音", "E1234567O", id="passport_after_ocr"),
    pytest.param("CN_LANDLINE", "坐席：有事回电 零五七幺 八七六二 三三幺洞 转八零二 就行", "零五七幺 八七六二 三三幺洞 转八零二",
                 id="landline_extension_read_aloud"),
    pytest.param("CN_LANDLINE", "座机0571-8762 3310转一下前台就行", "0571-8762 3310", id="landline_then_a_verb_is_no_extension"),
    pytest.param("CN_LANDLINE", "本所服務專線03-4127-6630，週一至週五受理", "03-4127-6630", id="landline_taiwan_hyphenated"),
    # numbers written past a chat's filter, or read with a doubled digit or a filler between the groups
    pytest.param("CN_MOBILE", "你号码 1\ufe0f\u20e38\ufe0f\u20e36\ufe0f\u20e32\ufe0f\u20e32\ufe0f\u20e30\ufe0f\u20e37\ufe0f\u20e3"
                              "4\ufe0f\u20e34\ufe0f\u20e31\ufe0f\u20e35\ufe0f\u20e3 记下了",
                 "1\ufe0f\u20e38\ufe0f\u20e36\ufe0f\u20e32\ufe0f\u20e32\ufe0f\u20e30\ufe0f\u20e37\ufe0f\u20e3"
                 "4\ufe0f\u20e34\ufe0f\u20e31\ufe0f\u20e35\ufe0f\u20e3", id="mobile_in_keycap_digits"),
    pytest.param("CN_MOBILE", "手机号码 ①⑧⑥②②⓪⑦④④①⑤ 请核对", "①⑧⑥②②⓪⑦④④①⑤", id="mobile_in_circled_digits"),
    pytest.param("CN_MOBILE", "你号码1-8-6-2-2-0-7-4-4-1-5我们有", "1-8-6-2-2-0-7-4-4-1-5", id="mobile_a_hyphen_between_every_digit"),
    pytest.param("CN_MOBILE", "坐席：号码 幺八六 双二零七 四四幺五 对吧", "幺八六 双二零七 四四幺五", id="mobile_spoken_with_a_doubled_digit"),
    pytest.param("CN_MOBILE", "坐席：手机 幺八六 那个 两两洞拐 那个 四四幺五", "幺八六 那个 两两洞拐 那个 四四幺五", id="mobile_spoken_with_a_filler_word"),
    pytest.param("CN_PASSPORT", "您的护照号码 EB 2817 463 已登记", "EB 2817 463", id="passport_ea_series_grouped"),
    pytest.param("CN_ID_CARD", "身份证号45010319920904192×已登记", "45010319920904192×", id="id_check_x_as_a_multiplication_sign"),
    pytest.param("CN_MOBILE", "坐席：你 手机 腰八六 两两洞拐 四四幺五 对吧", "腰八六 两两洞拐 四四幺五", id="mobile_spoken_with_a_homophone_of_yao"),
    pytest.param("CN_MOBILE", "你手机186\u200b2207\u200b4415我们有", "186\u200b2207\u200b4415", id="mobile_with_zero_width_spaces"),
    pytest.param("CN_MOBILE", "坐席：号码是幺八六 ... 两两洞拐 ... 四四幺五", "幺八六 ... 两两洞拐 ... 四四幺五", id="mobile_spoken_with_dots_between"),
    pytest.param("CN_LANDLINE", "你家座机 6532 8871 一直没人接", "6532 8871", id="landline_local_number_right_after_a_fixed_line_word"),
    pytest.param("CN_LANDLINE", "坐席：你单位电话是 六五三二 八八七幺 对吧", "六五三二 八八七幺", id="landline_local_number_read_aloud"),
    pytest.param("EMAIL", "邮箱 wang_li88#126.com（#换成@）", "wang_li88#126.com", id="email_hash_typed_for_at"),
    pytest.param("CN_LANDLINE", "坐席：你家座机 0755 然后 6532 8871 对吧", "0755 然后 6532 8871", id="landline_figures_joined_by_then"),
    pytest.param("CN_MOBILE", "坐席：号码 幺八六两 就是 两洞拐四 四幺五 没错吧", "幺八六两 就是 两洞拐四 四幺五",
                 id="mobile_spoken_with_jiushi_between_groups"),
    pytest.param("CN_BANK_CARD", "坐席：卡号 六二二五 八八零零 再就是 幺二三四 五六七五 对吧", "六二二五 八八零零 再就是 幺二三四 五六七五",
                 id="card_spoken_with_zaijiushi_between_groups"),
    # OCR's S for 5, B for 8, Z for 2, never as the number's first character
    pytest.param("CN_BANK_CARD", "[扫描件] 账号 6ZZ5 88OO l234 S67S", "6ZZ5 88OO l234 S67S", id="card_after_ocr_s_b_z"),
    pytest.param("CN_MOBILE", "[OCR] 电话 lB6 22O7 44lS", "lB6 22O7 44lS", id="mobile_after_ocr_b_for_eight"),
    pytest.param("CN_PASSPORT", "护照号码EB2817463已登记", "EB2817463", id="passport_series_letter_b_is_no_ocr_eight"),
    pytest.param("CN_MOBILE", "你号码 186~2207~4415 我们存着", "186~2207~4415", id="mobile_tilde_between_groups"),
    pytest.param("CN_MOBILE", "你手机186⭐2207⭐4415 跑不掉", "186⭐2207⭐4415", id="mobile_emoji_between_groups"),
    pytest.param("CN_BANK_CARD", "[ASR] 卡号 六二二五 啊 八八零零 幺二三四 五六七五 对吧", "六二二五 啊 八八零零 幺二三四 五六七五",
                 id="card_spoken_with_a_between_groups"),
    pytest.param("CN_LANDLINE", "請致電 (852) 3158 0921 查詢", "(852) 3158 0921", id="landline_hong_kong_space_after_code"),
    pytest.param("EMAIL", "发到 13912340056@139.com 就行", "13912340056@139.com", id="email_whose_local_part_is_a_mobile"),
    # a reference word labelling a value of its own in brackets names that value, not the card after it
    pytest.param("CN_BANK_CARD", "贵司员工（员工号S0372）工资卡6225880012345675已被冻结", "6225880012345675",
                 id="card_after_a_bracketed_staff_number"),
    pytest.param("CN_MOBILE", "快递员电话13912340056，订单已出库", "13912340056", id="mobile_before_a_reference_in_the_next_clause"),
    # a card's label in a table's header names the next column, not this one; a phone word after the label corrects it
    pytest.param("CN_MOBILE", "| 姓名 | 电话 | 卡号 |\n| 王* | 13912340056 | 6225880012345675 |", "13912340056",
                 id="mobile_in_a_table_whose_next_column_is_a_card"),
    pytest.param("CN_MOBILE", "坐席：你卡号是 幺三九 幺二 三四 洞洞 五六 不对 你手机是这个吧", "幺三九 幺二 三四 洞洞 五六",
                 id="mobile_first_called_a_card_then_a_phone"),
    pytest.param("CN_MOBILE", "他手机(139)1234-0056一直关机", "(139)1234-0056", id="mobile_first_group_in_brackets"),
    # words before a place that say how it is held or reached are no part of it
    pytest.param("ADDRESS", "您名下徐汇区漕溪北路88号1203室的房子我们查到了", "徐汇区漕溪北路88号1203室", id="address_after_in_your_name"),
    pytest.param("ADDRESS", "烦请将催收函转交5栋2单元301业主本人", "5栋2单元301", id="address_after_hand_over_to"),
    # a whole mobile in the turn after another number is its own
    pytest.param("CN_MOBILE", "坐席：你卡号六二二五 八八洞洞 幺两三四 五六拐五\n客户：嗯\n坐席：幺三九 幺二三四 洞洞五六 这个是你手机吧",
                 "幺三九 幺二三四 洞洞五六", id="mobile_in_the_turn_after_another_number"),
    # an office tower named 中心 after the house number, its room in figures or read aloud
    pytest.param("ADDRESS", "你家住宁波市海曙区中山西路128号恒隆中心1603，我们知道", "宁波市海曙区中山西路128号恒隆中心1603",
                 id="address_down_to_a_room_in_a_centre"),
    pytest.param("ADDRESS", "坐席：您公司在成都市武侯区天府大道八十八号新希望大厦两幺零六吧", "成都市武侯区天府大道八十八号新希望大厦两幺零六",
                 id="address_down_to_a_room_read_aloud"),
    # an office named after its service is no part of the address
    pytest.param("ADDRESS", "可前往合肥市蜀山区长江西路66号恒信金融服务中心办理", "合肥市蜀山区长江西路66号",
                 id="address_ends_before_a_service_centre"),
    # ... but not to a phone's label in capitals, nor to one typed half in pinyin to slip a filter
    pytest.param("CN_MOBILE", "名片 TEL13826074459", "13826074459", id="mobile_glued_to_tel"),
    pytest.param("CN_MOBILE", "加我 shouji13826074459", "13826074459", id="mobile_glued_to_pinyin_label"),
    # a phone word in traditional characters after a reference word in its clause: the phone word names the number
    pytest.param("CN_MOBILE", "合約編號已寄出，請致電 13826074459 查詢", "13826074459", id="mobile_after_a_traditional_phone_word"),
    # a person named by role after the reference word owns the number: the reference word heads the document
    pytest.param("CN_ID_CARD", "征信查询回执：借款人韩立群（110105199003071239），查询原因贷后管理", "110105199003071239",
                 id="id_after_a_holder_in_a_receipt_heading"),
    pytest.param("CN_MOBILE", "工单：持卡人 王某 13912340056 来电投诉", "13912340056", id="mobile_after_a_holder_in_a_work_order"),
    pytest.param("CN_MOBILE", "工单回访：来电人周某（15811112222）反映催收扰民", "15811112222",
                 id="mobile_of_a_caller_named_in_a_work_order"),
    # a number on an unallocated segment that a contact list places as someone's phone
    pytest.param("CN_MOBILE", "你外甥孙立新（16912345678）欠款未还", "16912345678", id="mobile_unallocated_in_brackets_after_a_name"),
    pytest.param("CN_MOBILE", "通讯录：周敏（母）16023456789，备注常住老家", "16023456789",
                 id="mobile_unallocated_after_a_relation"),
    pytest.param("CN_MOBILE", "13912345678、16187654321我们都试过", ["13912345678", "16187654321"],
                 id="mobile_unallocated_listed_beside_a_mobile"),
    # a numbered list's next item is not the tail of the card on the line before
    pytest.param("CN_BANK_CARD", "扣款失败明细：\n1）王某 6228 4800 3621 4564\n2）赵某 已结清", "6228 4800 3621 4564",
                 id="card_before_a_numbered_list_item"),
    # the foreign permanent residence ID of 2023: 9, the province, the nationality, then an ID's date and check
    pytest.param("CN_ID_CARD", "您的外国人永久居留身份证944392198507060314已登记", "944392198507060314", id="foreign_permanent_resident_id"),
    # a name followed by a verb of means, a case or Cantonese 佢: the name ends before it
    pytest.param("PERSON", "她老公韩建用他的身份证办了卡", "韩建", id="name_before_a_verb_of_means"),
    pytest.param("PERSON", "你个租客郑伟佢系唔系仲住喺度", "郑伟", id="name_before_a_cantonese_pronoun"),
    # a reference word denied names what the number is not; a statement right after a card is that card's
    pytest.param("CN_BANK_CARD", "扣款卡是6228480036214564，不是合同编号", "6228480036214564", id="card_beside_a_denied_reference"),
    pytest.param("CN_BANK_CARD", "已调取其建行6228480036214564的流水", "6228480036214564", id="card_whose_statement_follows"),
    pytest.param("CN_BANK_CARD", "附件：王某_6228480036214564_流水.pdf", "6228480036214564", id="card_in_a_statement_file_name"),
    # a customer named in a work order owns the number in brackets after the name
    pytest.param("CN_ID_CARD", "投诉工单｜客户王某某（330106198708072410）反映催收扰民", "330106198708072410",
                 id="id_of_a_customer_named_in_a_work_order"),
    # a name jieba knows as an everyday word, named in a role and closed by what ends a name
    pytest.param("PERSON", "判决书载明被告舒畅的还款义务", "舒畅", id="word_name_after_a_role_word"),
    pytest.param("PERSON", "请转告欠款人江涛，明日前回电", "江涛", id="word_name_after_a_debtor_word"),
    # a frame word jieba glued to the surname's character (债务人马|俊 as 人马), a phrase before it (一下|马俊 as 下马)
    pytest.param("PERSON", "经核实债务人马俊，已于上月离职", "马俊", id="name_after_a_frame_glued_to_its_surname"),
    pytest.param("PERSON", "麻烦您问一下马俊，他的事怎么办", "马俊", id="name_after_a_phrase_glued_to_its_surname"),
    # a two-character name jieba glued to the next clause's 家, 现, 留, 同 (严俊|家, 韩冬|现住址, 尹涛|留的, 陈浩|同住)
    pytest.param("PERSON", "外访债务人严俊家，地址在江南大道", "严俊", id="name_before_a_home"),
    pytest.param("PERSON", "您的妻子何琳现于市妇幼住院", "何琳", id="name_before_now"),
    pytest.param("PERSON", "你外甥尹涛留的联系人是你", "尹涛", id="name_before_left"),
    # a record's one-character relation opening a list's item (父舒国强、母万凤兰)
    pytest.param("PERSON", "户籍信息：父舒国强、母万凤兰、姐已婚", ["舒国强", "万凤兰"], id="names_after_one_character_relations"),
    # a home-return permit in an English letter
    pytest.param("CN_PASSPORT", "your home-return permit H60417382 is on file", "H60417382", id="permit_in_english"),
]


@pytest.mark.parametrize(("entity_type", "text", "expected"), FINDS)
def test_finds(finder: EntityFinder, entity_type: str, text: str, expected: str | list[str]) -> None:
    assert found(finder, text, entity_type) == (expected if isinstance(expected, list) else [expected])


LEAVES = [
    # a car lender, a carrier or a trader named after its owner's kind of name is a business, wherever it is named
    pytest.param("PERSON", "恒通汽车金融温馨提示：您的车贷今日到期", id="car_lender_is_no_person"),
    pytest.param("PERSON", "【恒通汽车金融】有疑问可以找恒通", id="car_lender_named_again_is_no_person"),
    pytest.param("PERSON", "致顺达物流有限公司人事部", id="carrier_is_no_person"),
    pytest.param("CN_ID_CARD", "文件编号810000198712032，请签收", id="permit_region_without_a_check_character"),
    pytest.param("CN_BANK_CARD", "本月流水号6222021234567890128已生成", id="card_shape_of_a_serial_number"),
    pytest.param("CN_PASSPORT", "订单 E A 1234567 已发货", id="spaced_passport_shape_of_an_order"),
    pytest.param("ADDRESS", "喂是村委会吗你们村三组的那个人欠钱", id="address_your_village_group"),
    pytest.param("CN_MOBILE", "本季成交额13.760.091.238，同比增长", id="mobile_dotted_without_context"),
    pytest.param("CN_ID_CARD", "营业执照注册号：110105000307123，已年检", id="old_id_shape_of_a_business_registration_number"),
    pytest.param("CN_MOBILE", "退款流水号 2026 0412 1391 2340 056 已退回", id="mobile_shape_at_the_tail_of_a_number_in_fours"),
    pytest.param("CN_MOBILE", "发到 13912340056@139.com 就行", id="mobile_inside_an_email_address"),
    pytest.param("CN_LANDLINE", "您的宽带账号 075526884130 已续费", id="landline_shape_of_a_broadband_account"),
    pytest.param("CN_BANK_CARD", "电子税票号 330105260412138260", id="card_shape_of_a_tax_receipt_number"),
    pytest.param("CN_MOBILE", "13912340056 是您这笔订单的编号，请妥善保存", id="mobile_shape_said_after_to_be_an_order_number"),
    pytest.param("CN_BANK_CARD", "6225880012345675 为本次交易的流水号", id="card_shape_said_after_to_be_a_transaction_number"),
    pytest.param("CN_MOBILE", "案号 (2026)0412-13912340056", id="mobile_shape_joined_to_a_reference_by_a_hyphen"),
    pytest.param("CN_MOBILE", "您的包裹 13912340056 已到驿站", id="mobile_shape_of_a_parcel_number"),
    pytest.param("CN_MOBILE", "坐席：您的还款码是 幺三九幺 二三四零 零五六，在APP里输入", id="mobile_shape_of_a_repayment_code"),
    pytest.param("CN_ID_CARD", "身份证号110105199003071238", id="id_bad_check_digit"),
    pytest.param("CN_ID_CARD", "身份证号990105199003071230", id="id_bad_region"),
    pytest.param("CN_ID_CARD", "身份证号110105199013071236", id="id_bad_month"),
    pytest.param("CN_ID_CARD", "订单号21101051990030712391", id="id_inside_longer_run"),
    pytest.param("CN_ID_CARD", "身份证号110***********1239", id="id_masked"),
    pytest.param("CN_MOBILE", "订单号138123456789012", id="mobile_inside_longer_run"),
    pytest.param("CN_MOBILE", "手机12812345678", id="mobile_bad_prefix"),
    pytest.param("CN_MOBILE", "手机号138****5678", id="mobile_masked"),
    pytest.param("CN_MOBILE", "尾号5678的手机", id="mobile_tail_only"),
    pytest.param("CN_MOBILE", "一三八天后再说", id="spoken_too_short"),
    pytest.param("CN_BANK_CARD", "卡号6222021234567890125", id="card_bad_luhn"),
    pytest.param("CN_BANK_CARD", "身份证号110105199003071239", id="card_is_an_id"),
    pytest.param("CN_BANK_CARD", "您尾号0128的储蓄卡", id="card_tail"),
    pytest.param("CN_BANK_CARD", "卡号6222************0128", id="card_masked"),
    pytest.param("CN_BANK_CARD", "合同编号6222021234567890128已生效", id="card_shaped_reference_number"),
    pytest.param("CN_MOBILE", "订单号13812345678已发货", id="mobile_shaped_order_number"),
    pytest.param("EMAIL", "本邮件发送至z***g@qq.com，如非本人请忽略", id="email_masked"),
    pytest.param("CN_ID_CARD", "编码 449912880512123 已登记", id="id_15_with_no_prefecture_of_gb2260"),
    pytest.param("CN_MOBILE", "还款日2026 04 18 1380元", id="mobile_not_from_a_date_and_sum"),
    pytest.param("CN_USCC", "统一社会信用代码91110108MA01W8XK32", id="uscc_bad_check"),
    pytest.param("CN_USCC", "统一社会信用代码31082719950417602N", id="uscc_check_passed_but_no_region"),
    pytest.param("CN_BANK_CARD", "合同详情 https://h5.hx-demo.cn/contract/view?id=6222021234567890128", id="card_shaped_contract_id_in_a_link"),
    pytest.param("CN_ID_CARD", "订单 https://m.hx-demo.cn/order/detail?orderNo=110105199003071239&s=1", id="id_shaped_order_number_in_a_link"),
    pytest.param("CN_MOBILE", "凭证 13812345678 已开具，请查收", id="mobile_shaped_voucher_number"),
    pytest.param("CN_ID_CARD", "借据 110105199003071239 已结清", id="id_shaped_iou_number"),
    pytest.param("CN_USCC", "您的客户编号91440300MA5FQ2T4K2已生成", id="uscc_shaped_reference_number"),
    pytest.param("PERSON", "尊敬的张**，您的账单已逾期", id="person_masked"),
    pytest.param("PERSON", "张*伟您好，您的账单已逾期", id="person_masked_middle"),
    pytest.param("PERSON", "张先生您好，您的账单已逾期", id="person_surname_and_title"),
    pytest.param("PERSON", "王经理说可以分期", id="person_surname_and_role"),
    pytest.param("PERSON", "我们坚持文明催收，高明的做法是协商", id="person_dictionary_false_friends"),
    pytest.param("ADDRESS", "他现在在北京市工作", id="address_city_only"),
    pytest.param("ADDRESS", "请到深圳处理", id="address_city_word"),
    pytest.param("ADDRESS", "他在北京市朝阳区工作", id="address_district_only"),
    pytest.param("ADDRESS", "你现在就在东莞长安镇那个电子厂", id="address_city_and_town_only"),
    pytest.param("ADDRESS", "春晖苑新盘开售，欢迎咨询", id="address_estate_alone_without_a_home_word"),
    pytest.param("ADDRESS", "你住的春晖苑我们也去过", id="address_estate_alone_near_a_home_word"),
    pytest.param("ADDRESS", "致东湖花园业主委员会：贵小区有住户欠款", id="address_estate_named_as_its_owners_committee"),
    pytest.param("ADDRESS", "证号浙（2020）临安市不动产权第0041726号，请核对", id="address_certificate_number_counted_with_di"),
    pytest.param("ADDRESS", "证号 二零一九 城南区不动产权第零零一七三五二号 对吧", id="address_certificate_number_read_aloud"),
    pytest.param("ADDRESS", "你昨天在银泰广场四楼那家奶茶店", id="address_a_landmarks_floor"),
    pytest.param("ADDRESS", "公司在国贸大厦B座21层，明天过去", id="address_an_office_towers_floor"),
    pytest.param("ADDRESS", "他在骨科住院，8楼12床", id="address_a_ward_and_bed"),
    pytest.param("ADDRESS", "开封市金明区幸福路社区居委会：辖区居民", id="address_community_committee_as_addressee"),
    pytest.param("ADDRESS", "致洛阳市西工区唐宫街道金谷新村社区：", id="address_community_as_addressee"),
    pytest.param("ADDRESS", "（抄送：宜宾县柏溪镇新华街社区）", id="address_community_as_copy"),
    pytest.param("ADDRESS", "杨树湾村三组组长您好", id="address_village_group_as_its_heads_office"),
    pytest.param("ADDRESS", "定位显示他昨天在佛山市南海区里水镇和顺村一带", id="address_area_around_a_village"),
    pytest.param("ADDRESS", "俺村二组的老王", id="address_our_village_group"),
    pytest.param("ADDRESS", "你住的那个老小区我们知道", id="address_pointing_at_a_place"),
    pytest.param("ADDRESS", "他住的城中村拆了", id="address_kind_of_village"),
    pytest.param("ADDRESS", "贴到你老家村委会门口和村里的公告栏上", id="address_village_inside_words"),
    pytest.param("ADDRESS", "你家住黄浦区南京东路步行街附近", id="address_street_named_after_a_city_without_a_number"),
    pytest.param("ADDRESS", "我是湖南人讲道理的", id="address_province_then_words"),
    pytest.param("ADDRESS", "他在朝阳区建国路上班", id="address_district_and_street_only"),
    pytest.param("CN_MOBILE", "余额 13,826,074,459 元，请核对", id="mobile_shape_in_a_sum_with_commas"),
    pytest.param("CN_MOBILE", "批号 lOlO l38O lOOl 已入库", id="mobile_letters_are_no_ocr_digits_where_they_outnumber_figures"),
    pytest.param("CN_MOBILE", "内网服务器 192.168.138.26 已重启", id="mobile_shape_in_an_ip_address"),
    pytest.param("CN_MOBILE", "您的会员号18622074415已累计积分", id="mobile_shape_as_a_membership_number"),
    pytest.param("CN_LANDLINE", "订单 6532 8871 已发货，客服电话稍后联系您", id="landline_local_shape_without_a_fixed_line_word"),
    pytest.param("CN_LANDLINE", "座机咨询请拨 400-820-5588", id="landline_local_shape_inside_a_400_number"),
    pytest.param("CN_LANDLINE", "批次 2026-03-4127-6630 已归档", id="landline_taiwan_shape_inside_a_longer_hyphenated_number"),
    pytest.param("ADDRESS", "【翠湖名苑业主群】今晚八点停水", id="address_inside_a_group_chats_name"),
    pytest.param("ADDRESS", "本村村民请于周五前缴纳水费", id="address_this_village_unnamed"),
    pytest.param("CN_MOBILE", "坐席：订单号我念给您，幺八六 两两洞拐 四四幺五 三二，您记好", id="mobile_shape_announced_as_an_order_number"),
    # a phone word in the next clause, or in brackets after a value a reference word labels, is about another number
    pytest.param("CN_MOBILE", "客服：您的工单号是 幺八六 两零两四 幺两洞五，处理结果会短信通知", id="mobile_shape_of_a_work_order_sms_after"),
    pytest.param("CN_MOBILE", "订单编号：13912340056（联系电话见APP）", id="mobile_shape_labelled_an_order_number_phone_in_brackets"),
    pytest.param("CN_BANK_CARD", "会员卡号：6225880012345675（联系客服可查）", id="card_shape_labelled_a_membership_card_number"),
    pytest.param("CN_MOBILE", "坐席：您的案件号是 幺三九 幺二三四 洞洞五六，我再核对一下", id="mobile_shape_of_a_case_number"),
    pytest.param("CN_MOBILE", "您的订单ID是 13912340056，稍后电话联系您", id="mobile_shape_labelled_by_a_word_with_letters"),
    pytest.param("CN_MOBILE", "您的公交卡号：13912340056，请妥善保管", id="mobile_shape_of_a_transport_card_number"),
    pytest.param("CN_MOBILE", "您的电费户号是 幺三九 幺二三四 洞洞五六", id="mobile_shape_of_a_utility_account"),
    # the last eleven digits of a card read over two turns, the other side's words between
    pytest.param("CN_MOBILE", "坐席：卡号您记一下 六二二二 零二零六\n客户：等下我拿笔\n坐席：一七四八 一八零六二八零 就这个",
                 id="mobile_shape_at_the_end_of_a_card_read_over_turns"),
    # a reference word before 号码, whose 号码 says number, not phone
    pytest.param("CN_MOBILE", "您的订单号码：13826074459，请妥善保存", id="mobile_shape_labelled_an_order_number_with_haoma"),
    pytest.param("CN_MOBILE", "借款合同号码 13826074459 已生成", id="mobile_shape_labelled_a_contract_number_with_haoma"),
    # reference words in traditional characters, as Hong Kong and Taiwan lenders write them
    pytest.param("CN_MOBILE", "您的合約號碼：13826074459，請妥善保存", id="mobile_shape_of_a_traditional_agreement_number"),
    pytest.param("CN_MOBILE", "單號 13826074459 已寄出", id="mobile_shape_of_a_traditional_waybill_number"),
    pytest.param("CN_BANK_CARD", "調解編號 6228 4800 3621 4564", id="card_shape_of_a_traditional_mediation_number"),
    pytest.param("CN_BANK_CARD", "賬單號碼 6228480036214564", id="card_shape_of_a_traditional_bill_number"),
    # English labels of references, in an e-mail or a Hong Kong letter
    pytest.param("CN_MOBILE", "Order No. 13826074459 has shipped", id="mobile_shape_after_order_no"),
    pytest.param("CN_BANK_CARD", "Ref: 6228480036214564", id="card_shape_after_ref"),
    pytest.param("CN_ID_CARD", "Case No. 330106198708072410", id="id_shape_after_case_no"),
    pytest.param("CN_MOBILE", "您的分期号 13826074459 已生效", id="mobile_shape_of_an_instalment_plan_number"),
    pytest.param("CN_MOBILE", "退款批次（16912345678）已处理", id="mobile_unallocated_in_brackets_after_a_reference"),
    pytest.param("CN_MOBILE", "系统生成16912345678作为临时凭据", id="mobile_unallocated_bare"),
    pytest.param("CN_BANK_CARD", "律师执业证号：14101201903112343", id="card_shape_of_a_practising_licence"),
    # a number glued to a code's capitals is that code (a contract's, a serial's, a document's)
    pytest.param("CN_MOBILE", "您的HT13826074459合同已逾期", id="mobile_shape_glued_to_a_contract_code"),
    pytest.param("CN_BANK_CARD", "请核对SN-6228480036214564", id="card_shape_glued_to_a_serial_code"),
    pytest.param("CN_ID_CARD", "文件DOC_330106198708072410已归档", id="id_shape_glued_to_a_document_code"),
    pytest.param("CN_BANK_CARD", "交易流水号6228480036214564已入账", id="card_shape_of_a_statement_number"),
    pytest.param("CN_BANK_CARD", "工单6228480036214564，客户服务热线处理中", id="card_shape_of_a_work_order_before_a_customer_word"),
    # an everyday word after a role word is no name (借款人|马上, 客户|高兴)
    pytest.param("PERSON", "请借款人马上还款", id="everyday_word_after_a_role_word"),
    pytest.param("PERSON", "我们希望客户高兴的时候也记得还款", id="everyday_word_with_name_chars_after_a_role_word"),
    # a school, a clinic or a trade by its short name (龙溪小学, 悦澜门诊部, 华兴装饰, 钱途优选)
    pytest.param("PERSON", "孩子在龙溪小学读书", id="school_by_its_place_is_no_person"),
    pytest.param("PERSON", "悦澜门诊部财务：贵院客户分期已放款", id="clinic_by_its_short_name_is_no_person"),
    pytest.param("PERSON", "您好，我是钱途优选的客服", id="lender_by_its_short_name_is_no_person"),
]


@pytest.mark.parametrize(("entity_type", "text"), LEAVES)
def test_leaves_alone(finder: EntityFinder, entity_type: str, text: str) -> None:
    assert found(finder, text, entity_type) == []


def score_of(finder: EntityFinder, text: str, entity_type: str) -> float:
    (entity,) = [e for e in finder.find(text) if e.entity_type == entity_type]
    return entity.score


def test_context_word_before_the_number_raises_the_score(finder: EntityFinder) -> None:
    assert score_of(finder, "请致电13812345678", "CN_MOBILE") > score_of(finder, "编码13812345678", "CN_MOBILE")


def test_a_phone_shape_inside_a_spoken_card_number_is_part_of_the_card(finder: EntityFinder) -> None:
    text = "坐席：我给你念一下你的卡号 六二二六 零五拐幺 八八四六 二幺三四 这是你本人的卡吧"     # invented, valid Luhn
    assert [(e.entity_type, text[e.start:e.end]) for e in finder.find(text)] == [
        ("CN_BANK_CARD", "六二二六 零五拐幺 八八四六 二幺三四")]


def test_three_numbers_read_in_one_breath_are_each_read(finder: EntityFinder) -> None:
    text = "坐席：你家里人的号码 幺八六 两两洞拐 四四幺五，幺三九 洞五七幺 八八三洞，幺五二 洞七三六 四四幺八 都是你家的吧"
    assert [(e.entity_type, text[e.start:e.end]) for e in finder.find(text) if e.entity_type != "PERSON"] == [
        ("CN_MOBILE", "幺八六 两两洞拐 四四幺五"), ("CN_MOBILE", "幺三九 洞五七幺 八八三洞"),
        ("CN_MOBILE", "幺五二 洞七三六 四四幺八")]


def test_a_mobile_read_twice_in_one_breath_is_no_card(finder: EntityFinder) -> None:
    text = "坐席：你手机是不是 幺八六 两两洞拐 四四幺五 幺八六 两两洞拐 四四幺五 对吧"
    assert [(e.entity_type, text[e.start:e.end]) for e in finder.find(text)] == [
        ("CN_MOBILE", "幺八六 两两洞拐 四四幺五"), ("CN_MOBILE", "幺八六 两两洞拐 四四幺五")]


def test_two_mobiles_joined_by_a_hyphen_are_both_found(finder: EntityFinder) -> None:
    # the second is no reference's tail: a whole mobile stands before the hyphen
    assert found(finder, "号码 13812345678-13912340056 都是他的", "CN_MOBILE") == ["13812345678", "13912340056"]


def test_context_word_after_the_number_raises_the_score(finder: EntityFinder) -> None:
    plain = score_of(finder, "记录13812345678完毕", "CN_MOBILE")
    assert score_of(finder, "13812345678是您的手机号吗", "CN_MOBILE") > plain


def test_a_name_read_inside_a_number_in_capitals_is_no_person(finder: EntityFinder) -> None:
    assert found(finder, "还款卡号陆贰贰贰零贰壹贰叁肆伍陆柒捌玖零壹贰捌", "PERSON") == []
    assert found(finder, "人民币壹万贰仟元整，请伍思远先生核对", "PERSON") == ["伍思远"]


def test_weak_passport_shape_needs_its_context_word(finder: EntityFinder) -> None:
    assert found(finder, "单据P1234567已寄出", "CN_PASSPORT") == []
    assert found(finder, "护照号P1234567已寄出", "CN_PASSPORT") == ["P1234567"]


LABELLED = Path(__file__).parent.parent / "benchmarks" / "data" / "pii_labelled.jsonl"
CORPUS = [param.values[1] for param in FINDS] + [param.values[1] for param in LEAVES] + [
    json.loads(line)["text"] for line in LABELLED.read_text(encoding="utf-8").splitlines()[::10]] + [
    "【XX资产】张伟您好，您尾号1234的信用卡已逾期95天，欠款8650.00元。再不还款将通知家人，请速致电13812345678协商。",
    "客户李娜住在北京市朝阳区建国路88号幸福小区3栋2单元401室，邮箱lina_test@example.com，身份证110105199003071239",
    "您好，本期账单已出，请按时还款。",
    "坐席：请问是陈建华先生吗？您的卡号6217000012345678907，车牌苏E·F56789",
]


@pytest.mark.parametrize("text", CORPUS)
def test_gated_path_equals_presidio_full_pipeline(finder: EntityFinder, text: str) -> None:
    assert finder.find(text) == finder.find_full(text)


@pytest.mark.parametrize("text", CORPUS)
def test_no_recognizer_finds_anything_where_its_trigger_is_absent(finder: EntityFinder, text: str) -> None:
    for recognizer in finder.recognizers:
        if not recognizer.triggered(text):
            assert recognizer.analyze(text, recognizer.supported_entities, None) == [], recognizer.name


def test_nothing_downloads(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    fresh = EntityFinder()
    text = "请发邮件至li.na@example.com或致电13812345678，尊敬的李娜女士"
    assert {e.entity_type for e in fresh.find_full(text)} == {"EMAIL", "CN_MOBILE", "PERSON"}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("他家在平溪镇龙潭村七组", ["平溪镇龙潭村七组"], id="township_village_group"),
    pytest.param("老家王家坝村三组18号", ["王家坝村三组18号"], id="village_named_for_a_family"),
    pytest.param("住在碧水湾C座2105室", ["碧水湾C座2105室"], id="estate_without_a_suffix"),
    pytest.param("他家住5栋3单元602", ["5栋3单元602"], id="flat_beside_a_home_word"),
    pytest.param("请到3楼302室办理", [], id="office_room_is_no_home"),
    pytest.param("住在 长沙市 雨花区 韶山南路 幺二三号", ["长沙市 雨花区 韶山南路 幺二三号"], id="spoken_and_spaced"),
    pytest.param("现居广州市天河区体育西路55号", ["广州市天河区体育西路55号"], id="sentence_word_before_the_city"),
    pytest.param("成都市锦江区东大街中段99号", ["成都市锦江区东大街中段99号"], id="middle_section_of_a_road"),
    pytest.param("侬屋里住辣长宁区愚园路1088弄3号", ["长宁区愚园路1088弄3号"], id="shanghainese_at_before_the_district"),
    pytest.param("侬屋里厢住勒徐汇区漕溪北路520弄7号", ["徐汇区漕溪北路520弄7号"], id="shanghainese_zhu_le_before_the_district"),
    pytest.param("【群聊：和平里小区5号楼业主群】大家好", [], id="group_chat_name_is_no_address"),
    pytest.param("致：锦绣花园物业管理处", [], id="estate_office_addressee_is_no_address"),
    pytest.param("他家住菜场后面和平路17号", ["和平路17号"], id="reference_point_before_the_street"),
    # a time and the verb of going there are no part of the place (…10点后回…, 每晚九点半后回…, …日上门…)
    pytest.param("他每天夜里11点后回滨江路86号", ["滨江路86号"], id="time_and_return_before_the_street"),
    pytest.param("你每晚九点半后回和平路17号，对吧", ["和平路17号"], id="spoken_time_and_return_before_the_street"),
    pytest.param("外访组拟于6月3日上门合肥市蜀山区长江西路66号502，请预约", ["合肥市蜀山区长江西路66号502"],
                 id="date_and_visit_before_the_city"),
    # a letter's 致 at a line's start is no part of the address; a street named 致远路 keeps it
    pytest.param("致宁波市海曙区中山西路128号恒隆中心人事部：", ["宁波市海曙区中山西路128号恒隆中心"], id="letter_to_before_the_city"),
    pytest.param("他家住致远路12号3栋201", ["致远路12号3栋201"], id="street_named_zhiyuan"),
    # 贵 is "your" before a compound, but the first character of 贵州 and 贵阳
    pytest.param("他宿舍在贵州财经学院东区5栋306", ["贵州财经学院东区5栋306"], id="guizhou_keeps_its_first_character"),
    # two readings of one address that overlap are one address (the house number's and the room's)
    pytest.param("他住长宁区仙霞路318弄6号502，", ["长宁区仙霞路318弄6号502"], id="overlapping_readings_merged"),
    # administrative units down to a sub-district (街道), no street and no number, are no address
    pytest.param("系统显示您工作单位为佛山市南海区桂城街道某汽车配件厂", [], id="down_to_a_sub_district_only"),
    pytest.param("宝安区西乡街道固戍二路88号", ["宝安区西乡街道固戍二路88号"], id="sub_district_then_street"),
    pytest.param("借款人现住佛山市顺德区大良街道凤山路33号1202，工作单位", ["佛山市顺德区大良街道凤山路33号1202"],
                 id="room_after_the_house_number_merged"),
    # an institution at the house number, with its floor or office after it, is not part of the address
    pytest.param("请到南湖区建设路66号社区服务中心三楼参加调解。", ["南湖区建设路66号"], id="institution_then_its_floor"),
    pytest.param("致某市东城区人民法院立案庭：原告申请公告送达。", [], id="a_court_and_its_office"),
    # 号院 followed by 内 or 子 is the yard of the house, not a compound named 某号院
    pytest.param("他的车常停在和平路27号院内。", ["和平路27号"], id="the_yard_of_the_house"),
    # words before the place that point at it (您那套…, 住您家对门…, 公司后面…, 晚上十点才回…) are not its name
    pytest.param("您那套滨河西路12号3栋502的房子，租客还在住吗？", ["滨河西路12号3栋502"], id="the_flat_by_its_measure_word"),
    pytest.param("他住在您家对门翠湖苑2栋1单元302室，", ["翠湖苑2栋1单元302室"], id="the_flat_across_the_landing"),
    pytest.param("他们住在公司后面金桂家园6栋1单元701，", ["金桂家园6栋1单元701"], id="behind_the_office"),
    # a province before a city that holds 家 (河北省石家庄市…)
    pytest.param("地址：河北省石家庄市长安区中山东路508号", ["河北省石家庄市长安区中山东路508号"], id="province_before_a_city_holding_jia"),
    # where a phone is usually found (定位常驻…) is no part of the place; a transcript spaces the number from its 号; a
    # house number read in thousands
    pytest.param("手机定位常驻南京市鼓楼区中山北路305号附近", ["南京市鼓楼区中山北路305号"], id="usually_found_before_the_city"),
    pytest.param("你家住在鹿城区五马街道信河街 1152 号吧", ["鹿城区五马街道信河街 1152 号"], id="number_spaced_from_its_hao"),
    pytest.param("他住在武昌中山路一千零八十号", ["武昌中山路一千零八十号"], id="house_number_in_thousands"),
])
def test_partial_and_spoken_addresses(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert found(finder, text, "ADDRESS") == expected


def test_a_landline_is_scored_with_or_without_the_extension_written_after_it() -> None:
    from audit.recognizers.cn_landline import landline_without_extension
    from benchmarks.eval_pii import _scored_span

    text = "请拨打 021-6233 8800 转 3217 协商"
    with_extension, alone = (4, 4 + len("021-6233 8800 转 3217")), (4, 4 + len("021-6233 8800"))
    assert _scored_span(text, "CN_LANDLINE", *with_extension) == _scored_span(text, "CN_LANDLINE", *alone) == alone
    assert landline_without_extension("０５７１－８６０１２３４５转８") == "０５７１－８６０１２３４５"
    assert landline_without_extension("零二一 六二八八 五四三二转八零六") == "零二一 六二八八 五四三二"
    # a hyphen's last group that the number needs is no extension: what is left before it could not be dialled
    assert landline_without_extension("(010) 6523-8890") == "(010) 6523-8890"
    assert landline_without_extension("02-2345-6789") == "02-2345-6789"
    assert landline_without_extension("0571-86012345-8021") == "0571-86012345"
    assert _scored_span(text, "CN_MOBILE", *with_extension) == with_extension


@pytest.mark.parametrize("text, expected", [
    pytest.param("家庭住址：宁安市西城区枫林路66号\n柳岸花园2栋1单元502室", ["宁安市西城区枫林路66号\n柳岸花园2栋1单元502室"],
                 id="street_then_compound_on_the_next_line"),
    pytest.param("你住锦苑小区\n9栋2单元301。", ["锦苑小区\n9栋2单元301"], id="compound_then_building_on_the_next_line"),
    pytest.param("住址：宁安市西城区\n电话：未留", [], id="district_then_another_field"),
    pytest.param("1. 宁安市西城区法院\n2. 枫林路的调解中心", [], id="two_list_items"),
])
def test_an_address_broken_over_lines(finder: EntityFinder, text: str, expected: list[str]) -> None:
    assert found(finder, text, "ADDRESS") == expected
