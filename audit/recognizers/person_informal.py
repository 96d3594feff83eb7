"""PERSON in informal forms: how people call each other in chats, comments and calls.

- 小 / 老 + surname (小王, 老李) and surname + a familiar suffix (王总, 李姐, 张哥): nicknames, found so that they are
  masked but no PERSON finding (`ZhPersonRecognizer.is_nickname`); role titles (王经理, 李老师, 张先生) are not found.
- 阿 + a given-name character (阿强, 阿珍), and a given-name character + 哥 / 姐 / 仔 (坤哥, 娜姐, 华仔), where jieba
  knows no such word (阿姨, 阿里, 帅哥, 空姐 are words).
- A full name with the sibling term fans and friends add, one name as written (宋雨菲姐姐, 李浩然哥哥):
  `with_sibling_term`.
- A given name right after a kinship or address word (你老婆丽丽, 他女儿小雨, 儿子浩浩, 我家一诺): a doubled
  given-name character, 小 / 大 / 二 / 一 + one, or two given-name characters that are no everyday word (一直, 一定).
- A given name of that kind opening a line, as a greeting (晓东你好, 婷婷 我是…的客服); two name characters
  jieba knows as no word opening the message, whatever verb follows (淑芬唱得真好).
- A given name alone in a person's grammar (跟晓军说, 我找俊杰，, 认识晓晓的, 嘉豪今天…, 刚子你…): two given-name
  characters jieba hardly knows as a word, a given-name character + 子, or 大 / 二 + one (大伟), after a word that
  names a person next or at a clause's start, and before one that a person does or is (说, 让, 他, 的, a comma),
  the 哥 / 姐 friends write after it (丽娟姐, 德兵哥) judged with it but left out of the span, a sibling term (泽宇哥哥) kept.
- A pet name anywhere in chat: a doubled character (朵朵, 佳佳, 豆豆) or 小 + a given-name character (小蕊),
  held to a stricter count than the forms above (宝宝, 星星, 天天, 小心 are everyday words).

Each form is judged on the characters around it with jieba's word counts: a candidate whose first
character ends an everyday word (大小王) or whose last one starts one (小王子, 李姐妹) is no name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A two-character form used more often than this is an everyday word first (小马 391 is still a name;
# 小心, 老师, 大哥 are thousands).
EVERYDAY_FREQ = 400
# Two characters glued across a candidate's edge more often than this are one word (王子, 大小, 姐妹).
GLUED_FREQ = 100
# Written after a full name by fans and friends, part of the name as they write it (宋雨菲姐姐).
SIBLING_TERMS = ("哥哥", "姐姐")
SCORE_FAMILIAR = 0.5     # 小王, 王总, 阿强: counted on its own
SCORE_KIN_GIVEN = 0.6    # a given name after a kinship word: the word says a person follows
# A pet name with no cue is counted only when jieba sees it this rarely (朵朵 44, 丽丽 81, 小雪 87; 宝宝 301).
PET_FREQ = GLUED_FREQ
# Words after which a pet name inside a clause names a person (跟朵朵说, 接豆豆, 我是乐乐妈妈, 奶奶说小蕊).
PET_CUES = ("跟", "和", "给", "叫", "是", "接", "找", "问", "让", "说", "带", "陪", "喊", "家", "我", "你", "他", "她", "的")
# Words after which a pet name anywhere in a clause is a child's, called by its parent's name (群里果果妈妈推荐…).
PARENT_WORDS = ("妈妈", "爸爸", "妈咪", "爹地", "奶奶", "爷爷", "外婆", "姥姥")
# A three-character word holding a whole form and more is a word around it when jieba sees it more often than this
# (甜甜的 53; 林兄弟 8 and 和德胜 2 are rare names and places that a name merely runs into).
RARE_PHRASE_FREQ = 20
# A given name alone is counted only when jieba sees it this rarely (海涛 32, 俊杰 27; 彩霞 78, 宏伟 772 are words first).
GIVEN_ALONE_FREQ = 60
# Characters after which a clause starts: a given name alone may open it (嘉豪今天…, 客户：宏伟他爸…).
CLAUSE_BREAKS = "\\s，。！？!?,、：:；;“\"#@《（(【】~"
# Characters that may follow a given name alone as a clause goes on (晓军，, 晓军吗？, 《林野》).
CLAUSE_ENDS = "\\s，。！？!?,、：:；;”\"#》）)】~…"
# Doubled words beside a pet name that make no run of doubled characters with it (果果妈妈, 哥哥朵朵).
FAMILY_PAIRS = ("妈妈", "爸爸", "哥哥", "姐姐", "弟弟", "妹妹", "奶奶", "爷爷")
# A letter opens with 致 (to) before its addressee (致宁女士, 致华安物业): no given name starts there.
LETTER_OPENERS = "致"
_HAN_CHAR = re.compile("[\u4e00-\u9fa5]")


class InformalNames:
    """Spans of informal name forms in a simplified-Chinese text."""

    def __init__(self, surnames: frozenset[str], given_chars: frozenset[str], kinship_words: tuple[str, ...],
                 familiar_suffixes: tuple[str, ...], freq: dict[str, int], dictionary_names: frozenset[str],
                 everyday_forms: frozenset[str] = frozenset(), pet_chars: frozenset[str] = frozenset(),
                 alone_before: tuple[str, ...] = (), alone_after: tuple[str, ...] = (),
                 alone_not_before: tuple[str, ...] = (), alone_not_last: str = "",
                 alone_strong_before: tuple[str, ...] = ()) -> None:
        self.given_chars = given_chars
        self.kinship_words = kinship_words
        self.everyday_forms = everyday_forms      # 老赖, 老六: abuse and slang; 平安, 征信: words, never names
        self.alone_not_before = alone_not_before  # 的客服, 借APP: after a lender's short name (佳信, 青禾)
        self.alone_not_last = alone_not_last      # 信: the end of a lender's short name (华信)
        self.freq = freq
        self.dictionary_names = dictionary_names
        surname_class = "[" + "".join(sorted(surnames)) + "]"
        given_class = "[" + "".join(sorted(given_chars)) + "]"
        # stdlib re: 4x faster than `regex` on these character-class alternations.
        suffixes = "|".join(map(re.escape, sorted(familiar_suffixes, key=len, reverse=True)))
        self._familiar = re.compile(f"[小老]{surname_class}|{surname_class}(?:{suffixes})|阿{given_class}"
                                    f"|{given_class}[哥姐叔姨仔]")
        # Pet names: a doubled given-name or pet-name character, 小 + a given-name character.
        pet_class = "[" + "".join(sorted(given_chars | pet_chars)) + "]"
        self._pet = re.compile(f"(?P<twin>{pet_class})(?P=twin)|小{given_class}")
        kin = "|".join(map(re.escape, sorted(kinship_words, key=len, reverse=True)))
        # 小 + any character there (助理小棠, 客服小柒): after such a word 小 opens a nickname, whatever follows it.
        # A doubled pet-name character names a child or a friend there too (站姐糖糖, 女儿豆豆).
        self._kin_given = re.compile(f"(?:{kin})(?P<given>({pet_class})\\2|小[\u4e00-\u9fa5]|[大二一]{given_class}|{given_class}{{2}})")
        # At a line's start, after a 【signature】 or a speaker's label, before a greeting or a space (a word
        # opening a sentence takes a comma: 晨光，你答应…).
        self._opening_given = re.compile(f"(?:^|(?<=\\n))(?:【[^】\\n]{{1,20}}】|(?:坐席|催收员|客服)[：:])?"
                                         f"(?P<given>({given_class})\\2|{given_class}{{2}})(?=你好|您好|[ \u3000])")
        # A given name alone: after a word that names a person next or at a clause's start, before a word a
        # person does or is, judged with the 哥 / 姐 after it when no word follows (丽娟姐，; not 晓红姐妹).
        # The word before is matched, not looked behind at: 45 lookbehinds tried at every character cost 5x.
        before = "|".join(map(re.escape, sorted(alone_before, key=len, reverse=True)))
        after = "|".join(map(re.escape, sorted(alone_after, key=len, reverse=True)))
        strong = "|".join(map(re.escape, sorted(alone_strong_before, key=len, reverse=True)))
        self._given_alone = re.compile(f"(?:^|(?P<opening>[\\s：:])|(?P<break>[{CLAUSE_BREAKS}])|(?P<strong>{strong})|{before})"
                                       f"(?P<given>{given_class}{{2}}|{given_class}子|[大二]{given_class})"
                                       f"(?P<suffix>[哥姐](?![哥姐妹们儿]))?"
                                       f"(?:(?=(?P<after>{after}))|(?=[{CLAUSE_ENDS}]|$)(?P<ended>))?")
        # Wherever a form can match, this occurs (小王 and 王总 hold a surname, which triggers anyway).
        self.trigger_pattern = (f"阿{given_class}|{given_class}[哥姐叔姨仔]|{kin}|{given_class}{{2}}(?=你好|您好|[ \u3000])"
                                f"|(?P<pet_twin>{pet_class})(?P=pet_twin)|小{given_class}")

    def given_alone_occurs(self, text: str) -> bool:
        """Whether a given name alone may occur: asked only of a text the trigger pattern missed (it holds no
        surname, which nearly every message does), so the whole-text search costs the others nothing."""
        return self._given_alone.search(text) is not None

    def find(self, text: str) -> Iterator[tuple[int, int, float]]:
        # First: a given name with 哥 / 姐 (丽娟姐) holds the given-name character + 哥 / 姐 form (娟姐) inside it.
        for match in self._given_alone.finditer(text):
            given, start, end = match.group("given"), match.start("given"), match.end()
            if match.group("after") is None and match.group("ended") is None and match.group("strong") is None \
                    and not self._unknown_opening(given, start):
                continue         # a word a person does after it, or a verb that takes a person before (回复雯子小…)
            if match.group("break") and not match.group("after"):
                continue         # between two commas it is as often a word (，超爽，) as a name called out; a
                # space, as ASR and chat put between clauses (嗯嗯 静怡 那你看), opens one like a line's start
            if self.given_stands_alone(text, given, start, end) and not self.business_name(text, given, end):
                # the 哥 / 姐 friends add (德兵哥) is judged with the name but is no part of it
                yield start, (match.end("given") if match.group("suffix") else self.with_sibling_term(text, start, end)), \
                    SCORE_FAMILIAR
        for match in self._familiar.finditer(text):
            if self._surname_starts_next_word(text, match):
                continue
            if self._stands_alone(text, match.start(), match.end(), edges=self._familiar_edges(text, match)):
                end = match.end()
                if text[match.start()] == "阿" and text[end:end + 1] in ("哥", "姐") and \
                        text[end + 1:end + 2] not in ("哥", "姐", "妹", "们"):
                    end += 1             # 阿明哥: a familiar form with the 哥 friends add is one as written (Weibo's)
                yield match.start(), end, SCORE_FAMILIAR     # 小马哥: 小马, a nickname (`is_nickname`)
        for match in self._kin_given.finditer(text):
            given, start, end = match.group("given"), match.start("given"), match.end("given")
            if (self.freq.get(given, 0) <= GLUED_FREQ or given in self.dictionary_names) and \
                    self.freq.get(text[end - 1:end + 1], 0) <= GLUED_FREQ:
                yield start, end, SCORE_KIN_GIVEN
        for match in self._pet.finditer(text):
            if self._pet_stands_alone(text, match.start(), match.end()):
                yield match.start(), match.end(), SCORE_FAMILIAR
        for match in self._opening_given.finditer(text):
            if self.freq.get(match.group("given"), 0) <= GLUED_FREQ:       # 明天, 建国, 平安: everyday words
                yield match.start("given"), match.end("given"), SCORE_KIN_GIVEN

    def _surname_starts_next_word(self, text: str, match: re.Match) -> bool:
        """小 / 老 + a surname character that makes any dictionary word with the character after it (小黄|片, 老毛|子,
        老黄|种人, 小薄|饼): the 小 / 老 is said of that word, however rare it is; before 家 it is the person's family."""
        start, end = match.span()
        pair = text[end - 1:end + 1]
        return text[start] in "小老" and len(pair) == 2 and pair[1] != "家" and bool(self.freq.get(pair))

    def _familiar_edges(self, text: str, match: re.Match) -> tuple[int, ...]:
        """The edges of a familiar form where a word glued across means no name. 小 / 老 + surname after a role or
        kinship word (站长老贺: 长老 is the role's end) or before 家 (老郑家, 小王家的狗: his family, his home) is the
        name whatever word those characters make with it."""
        start, end = match.start(), match.end()
        if text[start] not in "小老":
            return start, end
        return tuple(edge for edge, open_edge in ((start, text.endswith(self.kinship_words, 0, start)),
                                                   (end, text.startswith("家", end))) if not open_edge)

    def glued_across(self, text: str, start: int, end: int, edges: tuple[int, ...] | None = None) -> bool:
        """Whether a dictionary word crosses an edge of text[start:end]: one jieba sees often (a pair such as 国以 is
        none), or one that holds the whole of it and more: a set phrase of four characters (建国以来, 欣欣向荣), a word of
        three that is no rare one (甜甜的; not 林兄弟 in 厚林兄弟, 和德胜 in 阿坤和德胜)."""
        for edge in (start, end) if edges is None else edges:
            for low in range(max(0, edge - 3), edge):
                for high in range(edge + 1, min(len(text), low + 4) + 1):
                    count = self.freq.get(text[low:high], 0)
                    if count > GLUED_FREQ or (count and low <= start and high >= end
                                              and (high - low == 4 or count > RARE_PHRASE_FREQ)):
                        return True
        return False

    def _unknown_opening(self, given: str, start: int) -> bool:
        """Two given-name characters opening the text that jieba knows as no word at all (淑芬唱得真好, 振华钓了…): a
        message starts with its subject, and an unknown pair of name characters there is a name whatever verb follows."""
        return (start == 0 and len(given) == 2 and set(given) <= self.given_chars and not self.freq.get(given)
                and given[0] != given[1] and given[0] not in LETTER_OPENERS)

    def business_name(self, text: str, given: str, end: int) -> bool:
        """Whether `given`, ending at `end`, reads as a lender's or a business's short name: before what follows one (的客服,
        借APP) or ending as lenders' names end (恒信, 远信)."""
        return text.startswith(self.alone_not_before, end) or given[-1] in self.alone_not_last

    def with_sibling_term(self, text: str, start: int, end: int) -> int:
        """The end of the name at text[start:end] with a sibling term written after it (宋雨菲姐姐), else `end`."""
        term = text[end:end + 2]
        if term in SIBLING_TERMS and self.freq.get(text[end + 1:end + 3], 0) <= GLUED_FREQ:
            return end + 2
        return end

    def given_stands_alone(self, text: str, given: str, start: int, end: int) -> bool:
        """A given name alone is no everyday word (明天, 建国, 平安), nor one with the suffix (小姐), and glues into none
        with the characters beside it. With the 哥 / 姐 friends add (建华哥) a pair commoner than a name said alone may
        be one, as long as it is no everyday word (EVERYDAY_FREQ)."""
        rare = self.freq.get(given, 0) <= (EVERYDAY_FREQ if end - start > 2 else GIVEN_ALONE_FREQ) or (
            given in self.dictionary_names and self.freq.get(given, 0) <= GLUED_FREQ)
        return (rare and given not in self.everyday_forms and not self.freq.get(text[start:end]) if end - start > 2
                else rare and given not in self.everyday_forms) and not self.glued_across(text, start, end)

    def _pet_stands_alone(self, text: str, start: int, end: int) -> bool:
        """A pet name opens a clause, follows a word that names a person next (跟, 叫, 是) or precedes a parent word
        (果果妈妈), is a whole handle after @,
        and is no part of a run of doubled characters (酸酸甜甜, 哈哈哈) nor the start of a word (毛毛雨)."""
        before, after = text[start - 1:start], text[end:end + 1]
        if (before and before == text[start - 2:start - 1] and text[start - 2:start] not in FAMILY_PAIRS) \
                or (after and after == text[end + 1:end + 2] and text[end:end + 2] not in FAMILY_PAIRS) \
                or after == text[end - 1:end]:
            return False
        if before == "@" and _HAN_CHAR.match(after):
            return False                 # the start of a longer handle (@豆豆妈咪_…), not a whole one
        if after and text[start] == text[start + 1] and self.freq.get(text[start:end + 1]):
            return False                 # the start of a word of three (毛毛雨, 毛毛虫, 泡泡糖), however rare
        return (not before or not _HAN_CHAR.match(before) or text[:start].endswith(PET_CUES)
                or text.startswith(PARENT_WORDS, end)) and self._stands_alone(text, start, end, PET_FREQ)

    def _stands_alone(self, text: str, start: int, end: int, everyday_freq: int | None = None,
                      edges: tuple[int, ...] | None = None) -> bool:
        """The form is no everyday word and glues into none with the characters beside it. With `everyday_freq`,
        a form used more often than that is a word even when jieba tags it as a name (宝宝)."""
        form = text[start:end]
        if form in self.everyday_forms:
            return False
        if everyday_freq is not None and self.freq.get(form, 0) > everyday_freq:
            return False
        if self.freq.get(form, 0) > EVERYDAY_FREQ and form not in self.dictionary_names:
            return False
        if form.endswith(("哥", "姐", "叔", "姨", "仔")) and self.freq.get(form):
            return False                 # 帅哥, 小哥, 空姐, 小姐, 小姨: any dictionary word
        if form.startswith("阿") and self.freq.get(form) and form not in self.dictionary_names:
            return False                 # 阿姨, 阿里: any dictionary word but a name (阿明, 阿飞)
        return not self.glued_across(text, start, end, edges)
