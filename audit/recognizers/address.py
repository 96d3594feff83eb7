"""ADDRESS: detailed addresses (province/city/district, street and number, compound, building/unit/room).

A place name alone (北京, 深圳市) is not an address, nor is a city and a landmark (上海万达广场): every
pattern needs a street with its number, or a compound or a district with a building, unit or room, or a
province/city followed by a street, or by a district and a compound.
"""

from __future__ import annotations

import re
from pathlib import Path

from presidio_analyzer import RecognizerResult

from audit.normalise import to_simplified_in_place
from audit.recognizers.base import ZhPattern, ZhPatternRecognizer
from audit.recognizers.data import load_data, words

# Characters that end an address on their left: the leftmost match must not swallow 住在 / 地址是.
# 号 ends a house number, not a compound's name (…666号希顿国际广场); 现居 / 如 open a sentence, not a place;
# 贵 is "your" (贵小区, 贵村); 那个, 哪个, 这个 point at a place, they do not name it (那个老小区); 们 ends 你们 (你们村二组);
# 位 ends a field's label (工作单位长沙市…); 喺 and 嘅 are Cantonese 在 and 的 (住喺深水埗…), 辣 Shanghainese 在 (住辣静安区…),
# 搁 northeastern 在 (你搁沈阳铁西区…住); 吧 ends a question (你知道吧), never starts a place; 咱 and 俺 are "our"
# (咱村三组, 俺村), like 贵 and 本.
_STOP = "在到于住是的了与及我你他她您请家址送寄至就往从向去来把被给对为要将已号现居如贵那哪这个们位喺嘅辣搁吧咱俺"
# A place's name may hold a character outside the basic block: Hong Kong estates' 輋 (禾輋邨) reads as 𪨶 once simplified.
_HAN = "\u4e00-\u9fa5\u3400-\u4dbf\U00020000-\U0003134f"
_CJK = f"(?:(?![{_STOP}])[{_HAN}])"
# In a street's or a village's name, also 家 after one of its characters (伍家岭, 杨家坪, 金家湾村), not after a person
# (你家, 老家, 娘家, 表哥家, 朋友家). 家 comes first, looked behind from, so that every other character fails that
# alternative at once; only these names take it, so that the patterns stay short to compile.
# 向 is "towards" (向您家人…), but it starts a village's or a town's two-character name (向阳村, 向塘镇): one character
# and the suffix after it, which leaves a one-character name (阳村) to the preposition, a name hardly anyone has.
_NAME_CJK = (f"(?:(?![{_STOP}])[{_HAN}]"
             f"|家(?<=[\u4e00-\u9fa5]家)(?<![{_STOP}老回娘婆亲自大国人哥姐弟妹爸妈舅姨叔伯姑婶戚友爷奶公]家)"
             f"|向(?=[\u4e00-\u9fa5][村镇乡]))")
# Numbers as written and as calls read them aloud (一八七号, 幺两八号, 一千零八十号).
_NUMBER = "(?:[0-9０-９]+|[一二三四五六七八九十百千零〇幺两洞拐勾]+)"
_NUMBER_CHAR = "[0-9０-９一二三四五六七八九十百零〇幺两洞拐勾]"
# Latin letters as IGNORECASE matched them (İ, ı, ſ and the Kelvin sign K fold to i, s and k): the patterns are
# compiled without it, which made `re` fold every character of each CJK range they hold (twice the compile time).
_LATIN = "A-Za-z\u0130\u0131\u017f\u212a"
# What a building, unit or room number may end with before its suffix (3栋, B座, 五单元, 两单元 as a call reads it).
_UNIT_NUMBER_CHAR = f"[0-9０-９{_LATIN}一二三四五六七八九十两]"
# A room number as written (502, 1203房 in the south) or read aloud digit by digit (五零二, 幺两零三), and its 室.
# 房 after the number is the room's suffix in the south (1203房), not the first character of 房产, 房子 or 房屋 (the
# home itself: 9栋901房产).
_ROOM_SUFFIX = "(?:室|房(?![产子屋]))?"
_SPOKEN_ROOM = f"[一二三四五六七八九幺两][零〇洞一二三四五六七八九幺两拐勾]{{2,3}}(?![零〇洞一二三四五六七八九十幺两拐勾]){_ROOM_SUFFIX}"
_ROOM = f"(?:[0-9０-９]{{2,5}}(?![0-9０-９]){_ROOM_SUFFIX}|{_SPOKEN_ROOM})"
# A floor and a flat on it joined by a dash (8-3 is the third flat on the eighth floor), as Chongqing writes them.
_FLOOR_FLAT = "[0-9]{1,2}-[0-9]{1,2}(?![0-9-])(?:[室房号])?"
# Calls transcribed word by word put a space between an address's parts (郑州市 中原区 建设西路 一八七号), and a form
# copied or read by OCR breaks a long one over lines (地址：江州市滨江区⏎兰亭花苑7栋2单元1503室): one space or one line
# break may follow a part, never start or end a match.
_GAP = "[ \u3000\n]?"
# Where a name named alone starts: after a stop character (住在孙庄村) or anything but a Chinese character, never
# inside a run of them (村委会门口和村).
_NAME_START = f"(?:(?<=[{_STOP}])|(?<![\u4e00-\u9fa5]))"
_CONTEXT = ("地址", "住址", "家住", "住在", "现住", "居住", "户籍", "寄送", "收货", "上门", "楼下", "门口",
            "你家", "您家", "他家", "她家", "住的", "租住", "租的", "老家", "合租", "借住", "业主", "住户", "物业", "住")


# A mention in a group chat (@全体成员, @所有人 7号楼2203…) names people, not the place after it; a mention of the whole
# group ends at its own words, with or without a space after it (@全体成员7号楼2203漏水了).
_MENTION = re.compile(r"@(?:全体成员|所有人)|@[^\s@:：，,。]{1,12}")
# A group chat's name in its header (【群聊：幸福里小区3号楼业主群】, 【锦华苑业主群】) names the chat, not anyone's home.
_GROUP_CHAT_HEADER = re.compile(r"【(?:群聊|群)[：:][^】]{0,40}】|【[^】]{0,40}群】")
# Words before a place's name that say whose or what kind of place it is, not part of its name: the sender's own office
# (请至本公司杭州市…), a kind of settlement (城中村岗厦…), "this" or "your" village or town (本村, 贵镇新塘村), and
# Shanghainese 屋里厢勒 (at home, in …); a span may start inside them (村岗厦…, 里厢勒…).
_OWNER_WORDS_BEFORE = ("本公司", "我公司", "公司", "本司", "我司", "城中村", "屋里厢勒")
_ADMINISTRATIVE_LEVEL = "镇村乡县市区街"
# Words before a place that say how it is held or reached, not part of its name: 名下 (in one's name), 乡下 (in the
# countryside), 住所(地) (residence), 转交 (hand over to), 家里 (at home: 您家里南宁市…, 家 stops a span, 里 does not), and
# the verbs of a question about a place (想问下…, 请问…, 查下…, 打听一下…, 有没有认识…, 知道…); a span may start at them or before
# them (…信件转交8栋…): the address starts after the last one in the span's words before its first figure.
_LEAD_IN_WORDS = re.compile("名下|乡下|住所地?|转交|家里|[问查看](?:一)?下|请问|打听(?:一下)?|认识|知道"
                            # ... and a record's label before the place (户籍地…, 籍贯…, 坐落…): what the place is, not its name
                            "|户籍(?:所在)?地?|籍贯|坐落(?:于|在)?"
                            # ... and a time with the verb of going there (晚上10点后回…, 每晚十点后回…, 4月10日上门…, 上门…):
                            # when someone goes to the place, not its name
                            "|[0-9０-９一二三四五六七八九十两]{1,3}(?:点|时|日|号)(?:半|钟|多)?(?:以?后|之后|以前|前)?"
                            "(?:才|就|都|又|再)?(?:回到?|去|到|上门)|上门"
                            # ... and a flat pointed at by its measure word (您那套前湾三路…, 这套…): which home, not its name
                            "|(?<=[那这])套"
                            # ... and a letter's 致 at the start of a line (致深圳市南山区…人力资源部): "to", not a place
                            "|(?<![^\\n】：:\\s])致"
                            # ... and the home named by its common noun before its address (新租的房子东湖路…, 住在小区枫林苑…)
                            "|房子|房屋|(?<=[在住])小区"
                            # ... and where a phone or a person is usually found (定位常驻武汉市…, 近期常驻…): how often, not a name
                            "|常驻")
# 贵 stops a span as "your" (贵小区, 贵村), but 贵州 and 贵阳 (Guizhou and its capital) start with it: a span that
# starts right after it at one of these is the place's name cut short (…在贵|州民族大学北区7栋412).
_PROVINCE_AFTER_YOUR = "州阳"
# An estate or a village named as the office it holds (仁和花园物业管理处, …张楼村村委会, …幸福里社区居委会): the
# addressee, not a home.
# So is a community named as a letter's addressee or copy (致…湖滨新村社区：, 抄送：…解放街社区), and a village's group
# named as the office of its head (南岭村五组组长, 西塘村五组组长).
_OFFICE_AFTER = ("物业", "管理处", "村委会", "居委会", "村民委员会", "居民委员会", "社区居委会", "社区居民委员会",
                 "社区工作站", "社区", "组长", "村长", "队长", "支书", "村支书")
# A span that ends at a sub-district (…区桂城街道) with no number names administrative units only, like a city alone.
_SUB_DISTRICT = "街道"
# A car park's level (地下二层, 地下B2层, 地库2层, 负一楼, B1层) is where a car stands, not where anyone lives or works.
_PARKING_LEVEL = re.compile(r"地下(?:[Bb]?[0-9一二三四五][层楼]?|车库|停车)|地库|负[一二三四五0-9][层楼]|(?<![A-Za-z])[Bb][0-9][层楼]")
# Words after a village or a town that make it an area (…霄边村一带, …镇附近): with no number, where someone was, not an
# address. (A street with them, 解放碑步行街附近, the sets label either way.)
_AREA_AFTER = ("一带", "附近", "周边")
_AREA_PLACE_ENDS = "村镇乡"
# Words after a landmark that make it a reference point (…36号万达广场旁边): the address ends at its house number.
_REFERENCE_POINTS = ("斜对面", "对面", "对门", "旁边", "后面", "前面", "隔壁", *_AREA_AFTER)
_HOUSE_NUMBER_END = re.compile(r"号(?![楼院])")
# An office named after its service (…39号佳和金融服务中心, 某物业服务中心): an institution, not a building the address
# reaches down to; the address ends at its house number, or is none without one.
_INSTITUTIONS = ("服务中心", "客服中心", "调解中心", "仲裁中心", "呼叫中心", "征信中心", "人民法院", "诉调对接中心")
# A number counted with 第 (不动产权第0032817号, 〔2021〕第15号) numbers a document, never a house: a span holding one
# is a certificate's or a case's number, not an address.
_ORDINAL_NUMBER = re.compile(f"第{_NUMBER}号")
# A floor of a named building with nothing below it (万达广场三楼, 金融大厦8楼, 软件园B座12层) is where a shop or an office
# is, a landmark and its storey: an address reaches a home down to its house number, its building (栋, 幢, 号楼), its
# unit or its room.
_FLOOR_END = re.compile("(?<![号0-9０-９一二三四五六七八九十两])[0-9０-９一二三四五六七八九十两]{1,3}[楼层]$")
_HOME_UNITS = re.compile("栋|幢|号|单元|[室房户]|邨|宿舍")
# A ward's floor and bed (7楼23床, 7号楼12床): a patient's bed, not an address.
_BED_AFTER = ("床", "号床")
# What follows 某号院 when 院 is the yard of the house (19号院内, 19号院子里, 19号院门口), not a compound's name.
_YARD_AFTER = ("内", "子", "里", "门")
# The first characters of verbs of arrival ending in 达 (送达, 到达, 抵达): 送 and 到 stop an address, 达 cannot (达州).
_ARRIVAL_VERB_STARTS = ("送", "到", "抵")


def _alternation(items: list[str]) -> str:
    return f"(?:{_alternatives(items)})"


def _alternatives(items: list[str]) -> str:
    """The items as a regex's top-level alternatives, longest first."""
    return "|".join(sorted(items, key=len, reverse=True))


class AddressRecognizer(ZhPatternRecognizer):
    ENTITY = "ADDRESS"
    CONTEXT_WORDS = _CONTEXT
    REGEX_FLAGS = re.DOTALL | re.MULTILINE      # no IGNORECASE: its only cased characters are _LATIN's, folded there

    def __init__(self, lexicons: Path | None = None) -> None:
        data = load_data("places", lexicons)
        hint = "lexicons/pii/data/places.yaml"
        place_names = words(data, "provinces", hint) + words(data, "cities", hint)
        compound_suffixes, unit_suffixes = words(data, "compound_suffixes", hint), words(data, "unit_suffixes", hint)
        places = _alternation(place_names)
        street = _alternation(words(data, "street_suffixes", hint))
        compound = _alternation(compound_suffixes)
        unit = _alternation(unit_suffixes)
        admin_suffix = "(?:省|市|自治区|特别行政区)"
        admin_start = f"{places}{admin_suffix}?"
        # Atomic: an administrative unit ends at its first suffix (朝阳区), so a run of suffix characters
        # (区区区…) is not split every possible way at every position. `admin_next`: one after another part.
        # 西乡街道 is one sub-district, not the township 西乡 and a street 街道.
        # A county whose name starts with a stop character (于都县, 如皋市) is named from the list, not cut at it.
        after_a_stop = _alternation(words(data, "names_after_a_stop", hint))
        admin_more = f"(?>(?:{after_a_stop}|{_CJK}{{1,6}}?)(?:(?:省|市|区|县|旗|镇|乡)(?!街道)|街道))"
        admin_next = f"(?:{_GAP}{admin_more})"
        # 人民南路四段, 临园路东段, 沁春路199弄, a lane and an alley off a road's section as Taiwan numbers them
        # (和平东路二段96巷7弄); a road's section named after it in the south (江南大道中168号, 解放路北3号)
        # A sub-district's office (坡子街街道办事处) is an institution, not a street.
        # A street suffix 街 followed by 道 is a sub-district's 街道 (桂城街道某汽车配件厂), no street.
        street_part = (f"(?:{_NAME_CJK}{{1,8}}?{street}(?!街?道?办事处)(?!(?<=街)道)(?:(?:{_NUMBER}|[东南西北中])段|[东南西北中](?={_GAP}[0-9０-９]))?"
                       f"(?:{_GAP}{_NUMBER}[弄巷](?:{_GAP}{_NUMBER}弄)?)?)")
        street_next = f"(?:{_GAP}{street_part})"
        # 39号附5号: a door beside the house number (附 "attached"), also spoken apart (88号 附8号)
        # 2号线 is a metro line, not a house number.
        # A call's transcript may space the number from its 号 too (永宁西路 1152 号).
        number = f"(?:{_GAP}{_NUMBER}{_GAP}(?:号院|号楼|号)(?!线)(?:{_GAP}附{_NUMBER}号)?)"
        # A compound may have a named part (望京花园东区, 枫林湾二期, 盛世名城B区) before its buildings, spoken apart in a
        # call (光谷花园 三期 十八栋).
        # Two suffixes may follow each other (金色家园小区).
        compound_part = f"(?:{_CJK}{{2,8}}?{compound}{compound}?(?:{_GAP}(?:[东南西北中一二三四五六七八九十]{{1,2}}|[0-9０-９]{{1,2}}|[A-Z])(?:区|期))?)"
        # Taiwan numbers a flat on a floor after it (12樓之3).
        # An office tower is lettered or named by its side (A塔, 北塔).
        units = f"(?:(?:{_UNIT_NUMBER_CHAR}+{unit}|[东南西北]塔)(?!线)(?:之{_NUMBER_CHAR}{{1,2}})?)"
        # Parts of a building may be spoken apart (3栋 2单元 602, 十二幢 二单元 三零一).
        more_units = f"(?:{_GAP}{units})"
        # 2单元502: the room number alone; 2栋8-3: a floor and a flat on it, as Chongqing numbers them
        room = f"(?:{_FLOOR_FLAT}|{_GAP}{_ROOM})?"
        buildings = f"(?:{units}{more_units}{{0,3}}{room})"
        # A block named, not numbered, with its room, as Hong Kong estates have them (禾辇邨丰和楼1203室).
        named_block = f"(?:{_CJK}{{1,4}}?(?:楼|阁|苑|座){_GAP}{_ROOM})"
        # Two parts at least, or one and a room (B座1703室, 3栋2单元501, 7号楼402): a flat, whatever the estate is called.
        flat = f"(?:{units}{more_units}{{1,3}}{room}|{units}{_GAP}{_ROOM})"
        # After a house number: any name (金色水岸, a campus's staff quarters) when buildings follow, tried first so that a
        # suffix inside the name (金色城市9幢) does not end it; else a compound, or a lane named like a street (新华里,
        # 和平村) with its buildings.
        estate = f"(?:{_CJK}{{2,12}}?(?={units})|{compound_part}|{_CJK}{{2,6}}?{street}(?={units}))"
        # A room number straight after a building's name (华天大厦1206).
        # An estate named with Latin letters first (SOHO现代城A座1506); building, unit and room in figures joined by dashes
        # as the northeast writes them (南京南街156号3-2-1).
        # A named block and its room after a house number (18号宿舍楼305).
        # ... also after the estate's name (漓江路19号 桂花苑 3-1-502).
        # ... and a floor and a flat on it straight after the house number (南坪西路12号3-2).
        three_part_flat = "[0-9]{1,3}-[0-9]{1,3}-[0-9]{1,4}(?![0-9-])[室房]?"
        dashed_flat = f"(?:{three_part_flat}|{_FLOOR_FLAT})"
        # ... a building's room straight after its name, in figures or read aloud (泰康大厦一二零五)
        tail = (f"(?:{_GAP}(?:[{_LATIN}]{{2,8}}[\u4e00-\u9fa5]{{0,4}}?(?={units})|{estate})"
                f"(?:{_GAP}{buildings}|[0-9０-９]{{3,5}}(?![0-9０-９])|{_SPOKEN_ROOM}|{_GAP}{dashed_flat})?|{_GAP}{buildings}"
                f"|{_GAP}{named_block}|{dashed_flat})?")
        # A village's group (柳树湾村五组, 白岩村三组18号; 社 in Guangdong: 望岗村二社) or a named group after a
        # township (黄泥塘乡新屋组18号).
        # A house in a village counted from a landmark or a side of it (…七组村小学对面第三户, …村东头第二家): the house.
        nth_house = f"(?:[\u4e00-\u9fa5]{{0,5}}?(?:斜对面|对面|旁边|隔壁|后面|前面|[东西南北]头|村口)第{_NUMBER}[户家])"
        group = f"(?:{_NUMBER}[组社]|组)(?:{_GAP}{_NUMBER}号|{nth_house})?"
        # A village may be named after a family (金家湾村, 陈家岭村).
        village = f"(?:{_NAME_CJK}{{1,6}}?村)"
        # A village named alone (住在孙庄村) is an address where a home word is near; not 城中村, 农村, 度假村, 本村.
        village_alone = f"(?:{_NAME_START}{_NAME_CJK}{{2,4}}?(?<![城中农乡假])村(?:{_NUMBER}号|{nth_house})?)"
        # Patterns that may start at any character of a long run look ahead first for what their match must hold
        # (a unit suffix, a flat's first digit or letter), so most starting points fail at once.
        to_unit = f"(?=[^。！？，,\\n]{{1,30}}?{unit})"
        to_digit = f"(?=[^。！？，,\\n]{{2,9}}?(?:[0-9０-９{_LATIN}]|[一二三四五六七八九十]+{unit}))"
        self.PATTERNS = [
            ZhPattern("address from province or city",
                      # A bare city name straight before a street is often the street's own name (南京东路, 北京路):
                      # the house number must follow then.
                      f"{places}(?:{admin_suffix}{admin_next}{{0,3}}{street_next}{number}?"
                      f"|{admin_next}{{1,3}}{street_next}{number}?|{street_next}{number}"
                      f"|{admin_suffix}?(?:{admin_next}{{1,3}}{_GAP}{compound_part}|{compound_part}(?={units}))){tail}", 0.6),
            ZhPattern("street and number", f"(?:{admin_more}{admin_next}{{0,1}}{street_next}|{street_part}){number}{tail}", 0.6),
            # Without a house number: a district and its sub-district before the street (宝安区西乡街道固戍二路), or a
            # district, a street and a building with its room (和平区南京路青年大厦1206).
            ZhPattern("district and street", f"{admin_more}(?:{admin_next}{{1,2}}{street_next}"
                      f"|{street_next}{_GAP}{compound_part}(?:{_GAP}{buildings}|[0-9０-９]{{3,5}}(?![0-9０-９])))", 0.55),
            ZhPattern("compound and unit", f"{to_unit}(?:{admin_more}{admin_next}{{0,1}}{_GAP})?{compound_part}{_GAP}"
                      f"(?:{buildings}|{named_block})", 0.55),
            # An estate and its building, unit and room in figures joined by dashes (梧桐苑5-1-602, 盛世名城B区6-2-1101),
            # as the north and the northeast write them, with no street before: the flat makes it a home.
            ZhPattern("compound and dashed flat", f"(?=[^。！？，,\\n]{{2,16}}?[0-9]{{1,3}}-[0-9]{{1,3}}-[0-9])"
                      f"(?:{admin_more}{admin_next}{{0,1}}{_GAP})?{compound_part}{_GAP}{three_part_flat}", 0.55),
            # A district and any estate name with its buildings (西湖区枫林湾5幢104室): the buildings make it one.
            ZhPattern("district and buildings", f"{admin_more}{admin_next}{{0,2}}{_CJK}{{2,8}}?{buildings}", 0.55),
            # A province or city and a county or district down to a town or township, where a home or a birthplace is
            # (安徽阜阳临泉县杨桥镇).
            ZhPattern("province or city to a town", f"{admin_start}{admin_next}{{1,2}}{_GAP}(?>{_CJK}{{1,6}}?(?:镇|乡))", 0.55),
        ]
        # What every match must hold: a province or city opening it, a house number (号), a compound suffix, a
        # unit suffix after its number or letter, or the 村 / 组 of the gated village part. Not a street suffix
        # alone: 道, 里 and 户 occur in most messages (渠道, 这里, 账户) and almost never in an address.
        # Every alternative starts with a literal character, the number or letter before a suffix looked behind
        # for: `re` then skips each position whose character starts none (1 µs a message, not 15). Two administrative
        # units in a row open a match whatever their names (本市西湖区文三路: 本市 is in no list of place names).
        self.TRIGGER = "|".join([
            _alternatives(place_names), _alternatives(compound_suffixes), f"号(?<={_NUMBER_CHAR}号)",
            "(?:省|市|区|县|旗|镇|乡)(?=[\u4e00-\u9fa5]{1,6}?(?:省|市|区|县|旗|镇|乡|街道))",
            *(f"{suffix}(?<={_UNIT_NUMBER_CHAR}{suffix})" for suffix in unit_suffixes), "塔(?<=[东南西北]塔)", "村|组",
            f"社(?<={_NUMBER_CHAR}社)"])
        super().__init__()
        # Villages and flats are run only on texts that hold 村 or 组, or a unit followed by its number (a quarter
        # of the messages): separate recognizers, so no pattern list is switched per call (the gate's threads).
        self._gated = [
            _part("AddressVillageRecognizer", f"村|组|社(?<={_NUMBER_CHAR}社)", [
                ZhPattern("village and group", f"(?:{admin_more}{admin_next}{{0,2}}{_GAP})?{village}{_GAP}{group}"
                          f"|{admin_more}{admin_next}{{0,2}}{_CJK}{{1,4}}?{group}", 0.55),
                # A village after its district or township, with no group (北湖区东风村).
                ZhPattern("village after a district", f"{admin_more}{admin_next}{{0,2}}{village}(?![\u4e00-\u9fa5])", 0.5),
                # A village's buildings (梅林一村18栋).
                ZhPattern("village and buildings", f"(?:{admin_more}{admin_next}{{0,2}}{_GAP})?{village}{_GAP}{buildings}", 0.55),
                ZhPattern("village alone", village_alone, 0.3)]),
            # A housing compound named alone (你住的春晖苑, 致东湖花园业主委员会, [微信群：锦绣花园业主群]) is no address: it
            # names an estate that thousands share, a neighbourhood, not a home (no building, unit or room); the labelled
            # sets of eight writers out of nine leave it unlabelled (49 of 54 such spans).
            _part("AddressFlatRecognizer", f"{unit}[ \u3000]?[0-9０-９A-Za-z一二三四五六七八九十幺两]", [
                # an estate, its phase in figures (保利香槟国际3期), then the flat
                # 小区 alone (贵小区12栋…, 你们小区11栋…) names no estate: the flat starts after it.
                ZhPattern("estate and flat", f"{to_digit}(?!小区{_GAP}[0-9０-９{_LATIN}一二三四五六七八九十]){_CJK}{{2,8}}?(?:[0-9０-９]{{1,2}}期)?{_GAP}{flat}", 0.5),
                # A flat with no estate named (3栋2单元501) is an address where a home word is near (他家住…).
                ZhPattern("flat", flat, 0.4)]),
        ]

    def compile_patterns(self) -> None:
        super().compile_patterns()
        for part in self._gated:
            part.compile_patterns()

    def triggered(self, text: str) -> bool:
        return super().triggered(to_simplified_in_place(text))

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        text = to_simplified_in_place(text)      # the patterns and place words are simplified (台北市大安區…號)
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for part in self._gated:
            if part.triggered(text):
                for result in part.analyze(text, entities, nlp_artifacts, regex_flags):
                    # Presidio's context enhancer looks a result's recognizer up in its registry, where only this
                    # one is: under the part's own name its context words would never raise the score.
                    result.recognition_metadata.update({RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})
                    results.append(result)
        return [result for result in results if _trimmed(text, result)]


def _trimmed(text: str, result: RecognizerResult) -> bool:
    """Trims `result` in place to the address it holds and says whether one is left: a group mention before a flat
    is cut off (@全体成员 7号楼2203), the 达 of 送达 and the 勒 of Shanghainese 住勒 too, and a landmark named as a reference
    point after the house number (…36号|万达广场旁边) or an office named after its service (…39号|佳和金融服务中心); a span holding a car park's level (翠湖花园地下二层), inside a group
    chat's name (【群聊：…小区3号楼业主群】) or naming, with no number, the office after it (仁和花园物业管理处) is none; so is a
    certificate's number counted with 第 (…不动产权第0032817号), a landmark's floor (万达广场三楼) and a ward's bed (7楼23床)."""
    if "@" in text:
        for mention in _MENTION.finditer(text, 0, result.end):
            if mention.start() < result.start < mention.end():
                result.start = mention.end()
                while result.start < result.end and text[result.start] in " \u3000":
                    result.start += 1
                if not any(char.isdigit() for char in text[result.start:result.end]):
                    return False
    if text[result.start] == "达" and text[result.start - 1:result.start] in _ARRIVAL_VERB_STARTS:
        result.start += 1                  # 送达, 到达, 抵达 end on 达: the verb, not the place's first character
    for owner in _OWNER_WORDS_BEFORE:
        at = text.find(owner, max(0, result.start - len(owner) + 1), result.start + len(owner))
        if at != -1 and at <= result.start < at + len(owner) and result.end - at > len(owner) + 1:
            result.start = at + len(owner)
            break
    head_end = next((at for at in range(result.start, result.end) if text[at].isdigit()), result.end)
    lead_ins = list(_LEAD_IN_WORDS.finditer(text, max(0, result.start - 3), head_end))
    if lead_ins and lead_ins[-1].end() > result.start and result.end - lead_ins[-1].end() > 1:
        result.start = lead_ins[-1].end()
    if text[result.start] in _PROVINCE_AFTER_YOUR and text[result.start - 1:result.start] == "贵":
        result.start -= 1                  # 贵州, 贵阳: the place's own first character, not "your" (贵小区, 贵村)
    if text[result.start] == "本" and text[result.start + 1:result.start + 2] in _ADMINISTRATIVE_LEVEL:
        result.start += 2                  # 本村, 本镇: this village, whose name the span does not hold
    elif text[result.start] in _ADMINISTRATIVE_LEVEL and text[result.start - 1:result.start] in ("贵", "本"):
        result.start += 1                  # 贵镇新塘村: "your town", then the village's own name
    if result.end - result.start < 2:
        return False
    if text[result.start] in "勒起" and text[result.start - 1:result.start] == "住":
        result.start += 1                  # Shanghainese 住勒 and Sichuanese 住起 are 住在: the verb's particle, not the place
    if "【" in text and any(header.start() <= result.start < header.end()
                           for header in _GROUP_CHAT_HEADER.finditer(text)):
        return False
    if text.startswith(_OFFICE_AFTER, result.end) and not any(char.isdigit() for char in text[result.start:result.end]):
        return False
    if _PARKING_LEVEL.search(text, result.start, result.end):
        return False
    if _ORDINAL_NUMBER.search(text, result.start, result.end):
        return False                       # 鹭洲市不动产权第0032817号: a certificate's number
    if text.startswith(_BED_AFTER, result.end):
        return False                       # 3楼17床: a hospital bed
    span = text[result.start:result.end]
    if _FLOOR_END.search(span) and not _HOME_UNITS.search(span):
        return False                       # 万达广场三楼: a landmark's floor
    if text.endswith(_SUB_DISTRICT, result.start, result.end) and not _has_number(text, result.start, result.end):
        return False                       # 佛山市南海区桂城街道(某汽车配件厂): administrative units down to a sub-district only

    for point in _REFERENCE_POINTS:
        # ... and one before the street (他家住市场后面富康路45号): the address starts after it.
        # A span that starts inside one (对|门翠湖苑…, the landing's door) starts after it, with or without a figure.
        at = text.find(point, max(0, result.start - len(point) + 1), result.end)
        # A house counted from it (…村小学对面第3户) is the address's end, not a street after it.
        if at != -1 and at + len(point) > result.start and not text.startswith("第", at + len(point)) and (
                at <= result.start or any(char.isdigit() for char in text[at + len(point):result.end])):
            result.start = at + len(point)
    institution = min((at for at in (text.find(word, result.start, result.end) for word in _INSTITUTIONS) if at >= 0),
                      default=-1)
    if institution >= 0:
        # ... also with its floor or its office after it (…7号|社区服务中心一楼, …人民法院立案庭): the house number before
        # the institution ends the address, or there is none
        numbers = list(_HOUSE_NUMBER_END.finditer(text, result.start, institution))
        if not numbers:
            return False
        result.end = numbers[-1].end()
    if text.endswith("号院", result.start, result.end) and text[result.end:result.end + 1] in _YARD_AFTER:
        result.end -= 1                    # 19号院内, 19号院子里: the yard of number 19, not a compound named 19号院
    if (text.startswith(_AREA_AFTER, result.end) and text[result.end - 1] in _AREA_PLACE_ENDS
            and not _has_number(text, result.start, result.end)):
        return False                       # 东莞长安镇霄边村一带: an area where a phone or a person was
    if text.startswith(_REFERENCE_POINTS, result.end):
        numbers = list(_HOUSE_NUMBER_END.finditer(text, result.start, result.end))
        if numbers:
            result.end = numbers[-1].end()
    return result.start < result.end


def _has_number(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a figure, written or read aloud (号, 栋 and rooms are numbered)."""
    return re.search(_NUMBER_CHAR, text[start:end]) is not None


def _part(name: str, trigger: str, patterns: list[ZhPattern]) -> ZhPatternRecognizer:
    """A recognizer of some of the ADDRESS patterns, run by `AddressRecognizer` where `trigger` occurs."""
    return type(name, (ZhPatternRecognizer,), {"ENTITY": AddressRecognizer.ENTITY, "PATTERNS": patterns,
                                               "TRIGGER": trigger, "CONTEXT_WORDS": _CONTEXT,
                                               "REGEX_FLAGS": AddressRecognizer.REGEX_FLAGS})()
