"""ADDRESS: detailed addresses (province/city/district, street and number, compound, building/unit/room).

A place name alone (北京, 深圳市) is not an address, nor is a city and a landmark (上海万达广场): every
pattern needs a street with its number, or a compound or a district with a building, unit or room, or a
province/city followed by a street, or by a district and a compound.
"""

from __future__ import annotations

from pathlib import Path

from presidio_analyzer import Pattern

from audit.recognizers.base import ZhPatternRecognizer
from audit.recognizers.data import load_data, words

# Characters that end an address on their left: the leftmost match must not swallow 住在 / 地址是.
_STOP = "在到于住是的了与及我你他她您请家址送寄至就往从向去来把被给对为要将已"
_CJK = f"(?:(?![{_STOP}])[\u4e00-\u9fa5])"
_NUMBER = "(?:[0-9０-９]+|[一二三四五六七八九十百零]+)"
_CONTEXT = ("地址", "住址", "家住", "住在", "现住", "居住", "户籍", "寄送", "收货", "上门", "楼下", "门口")


def _alternation(items: list[str]) -> str:
    return "(?:" + "|".join(sorted(items, key=len, reverse=True)) + ")"


class AddressRecognizer(ZhPatternRecognizer):
    ENTITY = "ADDRESS"
    CONTEXT_WORDS = _CONTEXT

    def __init__(self, lexicons: Path | None = None) -> None:
        data = load_data("places", lexicons)
        hint = "lexicons/pii/data/places.yaml"
        places = _alternation(words(data, "provinces", hint) + words(data, "cities", hint))
        street = _alternation(words(data, "street_suffixes", hint))
        compound = _alternation(words(data, "compound_suffixes", hint))
        unit = _alternation(words(data, "unit_suffixes", hint))
        admin_start = f"{places}(?:省|市|自治区|特别行政区)?"
        # Atomic: an administrative unit ends at its first suffix (朝阳区), so a run of suffix characters
        # (区区区…) is not split every possible way at every position.
        admin_more = f"(?>{_CJK}{{1,6}}?(?:省|市|区|县|旗|镇|乡|街道))"
        street_part = f"(?:{_CJK}{{1,8}}?{street}(?:{_NUMBER}段)?(?:{_NUMBER}弄)?)"   # 人民南路四段, 沁春路199弄
        number = f"(?:{_NUMBER}(?:号院|号楼|号))"
        # A compound may have a named part (望京花园东区, 枫林湾二期) before its buildings.
        compound_part = f"(?:{_CJK}{{2,8}}?{compound}(?:[东南西北中一二三四五六七八九十]{{1,2}}(?:区|期))?)"
        units = f"(?:[0-9０-９A-Za-z一二三四五六七八九十]+{unit})"
        room = "(?:[0-9０-９]{2,5}(?![0-9０-９]))?"                             # 2单元502: the room number alone
        buildings = f"(?:{units}{{1,4}}{room})"
        # After a house number: a compound, or a lane named like a street (新华里, 和平村) when buildings follow.
        estate = f"(?:{compound_part}|{_CJK}{{2,6}}?{street}(?={units}))"
        tail = f"{estate}?{buildings}?"
        self.PATTERNS = [
            Pattern("address from province or city",
                    f"{admin_start}(?:{admin_more}{{0,3}}{street_part}{number}?|{admin_more}{{1,3}}{compound_part}"
                    f"|{compound_part}(?={units})){tail}", 0.6),
            Pattern("street and number", f"{admin_more}{{0,2}}{street_part}{number}{tail}", 0.6),
            Pattern("compound and unit", f"{admin_more}{{0,2}}{compound_part}{buildings}", 0.55),
            # A district and any estate name with its buildings (西湖区枫林湾5幢104室): the buildings make it one.
            Pattern("district and buildings", f"{admin_more}{{1,3}}{_CJK}{{2,8}}?{buildings}", 0.55),
        ]
        # Every pattern ends its required part with a street, compound or unit suffix.
        self.TRIGGER = "|".join(sorted({street, compound, unit}))
        super().__init__()
