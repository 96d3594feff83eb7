"""Register transforms for the training corpus: the same message as it reaches an auditor in another form.

`transform(text, register, rng)` rewrites one text (an SMS, a letter, one turn of a call, or a call written
as speaker-prefixed lines, whose prefixes are kept) so that a reader still reads the same message and its
labels still hold:

- `traditional`: OpenCC simplified -> traditional (generic, Taiwan, Hong Kong, or Taiwan with its own
  vocabulary: 信息 -> 資訊);
- `asr`: what speech recognition writes for the spoken text: numbers read aloud (尾号幺二三四,
  三千二百块), fillers (呃, 那个, 就是说), punctuation dropped or turned into pauses, and homophone errors
  (逾期 -> 预期, 律师 -> 律诗);
- `obfuscated`: what senders do to slip past keyword filters: separators between characters (征 信,
  催*收), pinyin for a character (征xin) or a word (laolai), homophones and split characters (捞赖, 扌丁);
  every form reads back to the word;
- `dialect`: a light Cantonese, north-eastern or Sichuan colouring (唔系/冇/佢, 啥/咋整/贼, 啥子/莫/晓得) and
  sentence-final particles.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import cache

import opencc
from pypinyin import Style, pinyin

from audit.message import SPEAKER_PREFIXES

REGISTERS: tuple[str, ...] = ("traditional", "asr", "obfuscated", "dialect")

# A speaker prefix (坐席：) starts a line of a call written as text; it stays as it is.
_SPEAKER_PREFIX = re.compile(r"^\s*(?:" + "|".join(SPEAKER_PREFIXES) + r")\s*[:：]\s*")
_CJK = r"\u4e00-\u9fff"


def transform(text: str, register: str, rng: random.Random) -> str:
    """`text` rewritten in `register` (one of REGISTERS), deterministically for a given `rng` state."""
    try:
        rewrite = _TRANSFORMS[register]
    except KeyError:
        raise ValueError(f"unknown register {register!r}: expected one of {', '.join(REGISTERS)}") from None
    lines = []
    for line in text.split("\n"):
        prefix = _SPEAKER_PREFIX.match(line)
        head, body = (line[:prefix.end()], line[prefix.end():]) if prefix else ("", line)
        lines.append(head + rewrite(body, rng) if body.strip() else line)
    return "\n".join(lines)


# --- traditional --------------------------------------------------------------------------------------

_OPENCC_CONFIGS = ("s2t", "s2tw", "s2hk", "s2twp")


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def _traditional(text: str, rng: random.Random) -> str:
    return _converter(rng.choice(_OPENCC_CONFIGS)).convert(text)


# --- asr ----------------------------------------------------------------------------------------------

_DIGITS = "零一二三四五六七八九"
_SMALL_UNITS = ("", "十", "百", "千")
# Digit strings read one digit at a time: identifiers and phone numbers after these words, years, long runs.
_READ_AS_DIGITS_AFTER = re.compile(r"(?:尾号|工号|号码|电话|编号|证号|验证码|函号|热线|[A-Za-z])$")


def _below_ten_thousand(n: int) -> str:
    out, gap = "", False
    for power in (3, 2, 1, 0):
        digit = n // 10 ** power % 10
        if digit == 0:
            gap = bool(out)
            continue
        out += ("零" if gap else "") + _DIGITS[digit] + _SMALL_UNITS[power]
        gap = False
    return out


def _cardinal(n: int) -> str:
    """1205 -> 一千二百零五, 30000 -> 三万, 12 -> 十二 (numbers up to 99,999,999)."""
    if n == 0:
        return "零"
    high, low = divmod(n, 10000)
    out = _below_ten_thousand(low)
    if high:
        out = _below_ten_thousand(high) + "万" + ("零" if 0 < low < 1000 else "") + out
    return out[1:] if out.startswith("一十") else out


def _digit_by_digit(digits: str, rng: random.Random) -> str:
    one = rng.choice("一幺")        # on the phone 1 is often read 幺
    return "".join(one if d == "1" else _DIGITS[int(d)] for d in digits)


def _spoken_number(number: str, unit: str, before: str, rng: random.Random, after: str = "") -> str:
    """How a number is said: digit by digit for identifiers (masked ones too), years and long runs, else as a
    quantity."""
    integer, _, fraction = number.partition(".")
    if (_READ_AS_DIGITS_AFTER.search(before) or unit == "年" or len(integer) > 8 or "*" in before[-1:] + after[:1]
            or (len(integer) > 1 and integer.startswith("0")) or (len(integer) >= 6 and not unit)):
        spoken = _digit_by_digit(integer, rng)
    else:
        spoken = _cardinal(int(integer))
        if spoken[:2] in ("二千", "二万", "二百") and rng.random() < 0.7:
            spoken = "两" + spoken[1:]
    if fraction:
        spoken += "点" + _digit_by_digit(fraction, rng)
    if unit == "元" and rng.random() < 0.5:
        unit = "块"
    return spoken + unit


def _read_clock(match: re.Match[str]) -> str:
    hour, minute = int(match.group(1)), int(match.group(2))
    return _cardinal(hour) + "点" + ("" if minute == 0 else "半" if minute == 30 else _cardinal(minute) + "分")


def _numbers_aloud(text: str, rng: random.Random) -> str:
    text = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", text)        # 3,200 -> 3200
    text = re.sub(r"(\d{1,2})[:：](\d{2})", _read_clock, text)
    text = re.sub(r"(?<=点)\s*[-~～]\s*(?=[零一二三四五六七八九十])", "到", text)
    text = re.sub(r"(\d+(?:\.\d+)?)%", lambda m: "百分之" + _spoken_number(m.group(1), "", "", rng), text)
    text = re.sub(r"\d+(?:-\d+)+", lambda m: " ".join(_digit_by_digit(g, rng) for g in m.group(0).split("-")), text)
    return re.sub(r"(\d+(?:\.\d+)?)(元|年)?", lambda m: _spoken_number(
        m.group(1), m.group(2) or "", text[max(0, m.start() - 3):m.start()], rng, text[m.end():m.end() + 1]), text)


# Errors speech recognition makes: a word written as another with the same toneless syllables.
_ASR_HOMOPHONES = {
    "逾期": ("预期", "于期"), "征信": ("正信", "争信"), "还款": ("环款",), "罚息": ("法息",), "分期": ("分七",),
    "协商": ("鞋商",), "客服": ("客福",), "律师": ("律诗",), "法院": ("法苑",), "起诉": ("起速",),
    "减免": ("减勉",), "延期": ("言期",), "催收": ("催手",), "处理": ("出理",), "方便": ("方变",),
    "核实": ("合实",), "短信": ("短新",), "联系": ("连系",), "上门": ("上们",), "老赖": ("老来",),
    "骗子": ("片子",), "坐牢": ("做牢",), "拘留": ("居留",), "曝光": ("暴光",), "朋友圈": ("朋友全",),
    "借钱": ("接钱",), "网贷": ("网带",), "失信": ("诗信",), "执行": ("职行",), "通讯录": ("通讯路",),
    "家人": ("家仁",), "身份证": ("身份正",), "利息": ("利西",), "账单": ("帐单",),
}
_ASR_HOMOPHONE_RE = re.compile("|".join(sorted(_ASR_HOMOPHONES, key=len, reverse=True)))
_FILLERS = ("呃", "嗯", "那个", "就是说", "就是", "然后", "这个", "啊", "呃那个")
_PAUSES = "，。！？；："
_DROPPED_MARKS = re.compile(r"[“”‘’\"'（）()【】《》〔〕…—、]")


def _asr(text: str, rng: random.Random) -> str:
    text = _numbers_aloud(text, rng)
    errors = [3]      # at most three misheard words: the rest of the text is heard right

    def mishear(match: re.Match[str]) -> str:
        if errors[0] and rng.random() < 0.4:
            errors[0] -= 1
            return rng.choice(_ASR_HOMOPHONES[match.group(0)])
        return match.group(0)

    text = _ASR_HOMOPHONE_RE.sub(mishear, text)
    # Fillers where a speaker pauses: the start and after a pause mark.
    clauses = re.split(f"([{_PAUSES}])", text)
    text = "".join(rng.choice(_FILLERS) + part if i % 2 == 0 and part and rng.random() < 0.3 else part
                   for i, part in enumerate(clauses))
    text = _DROPPED_MARKS.sub("", text)
    style = rng.choice(("bare", "spaced", "some"))
    if style == "bare":
        text = re.sub(f"[{_PAUSES}]", "", text)
    elif style == "spaced":
        text = re.sub(f"[{_PAUSES}]+", " ", text)
    else:
        text = re.sub(f"[{_PAUSES}]", lambda m: m.group(0) if rng.random() < 0.3 else " ", text)
    return re.sub(r" {2,}", " ", text).strip()


# --- obfuscated ---------------------------------------------------------------------------------------

# Forms senders use for words keyword filters look for; each reads back to the word.
_OBFUSCATIONS = {
    "老赖": ("老lai", "捞赖", "lao赖", "laolai"), "征信": ("征xin", "zheng信", "徵信"), "逾期": ("yu期", "逾qi"),
    "还款": ("还kuan", "huan款"), "欠款": ("qian款", "欠kuan"), "法院": ("法yuan", "fa院"), "律师": ("lv师", "律shi"),
    "起诉": ("起su", "qi诉"), "诉讼": ("su讼", "诉song"), "警察": ("jing察", "警cha"), "公安": ("gong安", "公an"),
    "坐牢": ("坐lao", "zuo牢"), "拘留": ("ju留", "拘liu"), "家人": ("jia人", "家ren"), "父母": ("父mu", "fu母"),
    "单位": ("单wei", "dan位"), "通讯录": ("通xun录", "txl"), "曝光": ("bao光", "暴光"), "上门": ("shang门", "上men"),
    "骗子": ("骗zi", "pian子"), "傻逼": ("sb", "傻b", "煞笔"), "打死": ("扌丁死", "打si"), "打断": ("扌丁断",),
    "砍": ("石欠",), "杀": ("sha",), "弄死": ("弄si", "nong死"), "贷款": ("dai款", "贷kuan"), "借钱": ("jie钱",),
    "卖血": ("卖xue",), "传票": ("传piao", "chuan票"), "立案": ("li案", "立an"), "通缉": ("tong缉",),
    "催收": ("cui收", "催shou"), "失信": ("shi信", "失xin"), "朋友圈": ("朋友quan", "pyq"), "利息": ("li息",),
}
_OBFUSCATION_RE = re.compile("|".join(sorted(_OBFUSCATIONS, key=len, reverse=True)))
_SEPARATORS = (" ", "*", "·", "-", "/", "|", "~", "_", "..", "  ")
_CJK_RUN = re.compile(f"[{_CJK}]{{2,}}")


def _single_reading(char: str) -> str | None:
    """The pinyin of a character with one reading (a polyphone such as 还 could read back wrong)."""
    readings = pinyin(char, style=Style.NORMAL, heteronym=True)[0]
    return readings[0] if len(readings) == 1 and readings[0] != char else None


def _spaced_out(word: str, rng: random.Random) -> str:
    return rng.choice(_SEPARATORS).join(word)


def _one_char_in_pinyin(word: str, rng: random.Random) -> str:
    positions = [i for i, c in enumerate(word) if _single_reading(c)]
    if not positions:
        return _spaced_out(word, rng)
    i = rng.choice(positions)
    return word[:i] + _single_reading(word[i]) + word[i + 1:]


def _disguise(word: str, rng: random.Random) -> str:
    forms = _OBFUSCATIONS.get(word, ())
    pick = rng.random()
    if forms and pick < 0.5:
        return rng.choice(forms)
    return _spaced_out(word, rng) if pick < 0.75 else _one_char_in_pinyin(word, rng)


def _obfuscated(text: str, rng: random.Random) -> str:
    keywords = sorted({m.group(0) for m in _OBFUSCATION_RE.finditer(text)})
    targets = rng.sample(keywords, min(2, len(keywords)))
    # And one or two ordinary two-character stretches, so obfuscation is not a sign of a keyword.
    runs = [m for m in _CJK_RUN.finditer(text) if not any(t in m.group(0) for t in targets)]
    for run in rng.sample(runs, min(len(runs), rng.choice((1, 1, 2)))):
        start = run.start() + rng.randrange(len(run.group(0)) - 1)
        targets.append(text[start:start + 2])
    for target in targets:
        text = text.replace(target, _disguise(target, rng))
    return text


# --- dialect ------------------------------------------------------------------------------------------

# (pattern, replacements): word-level substitutions, each applied to an occurrence with some probability.
_DIALECTS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "cantonese": (
        ("是不是", ("系唔系",)), ("不是", ("唔系",)), ("(?<=[就我你您他她这])是", ("系",)), ("不要", ("唔好",)),
        ("不会", ("唔会",)), ("不用", ("唔使",)), ("不能", ("唔可以",)), ("没有", ("冇",)), ("没事", ("冇事",)),
        ("他们|她们", ("佢哋",)), ("(?<![其])[他她](?![们])", ("佢",)), ("我们", ("我哋",)), ("你们|您们", ("你哋",)),
        ("您", ("你",)), ("这个", ("呢个",)), ("那个", ("嗰个",)), ("这里", ("呢度",)), ("这样", ("噉样",)),
        ("为什么", ("点解",)), ("什么", ("咩",)), ("怎么", ("点样",)), ("现在", ("而家",)), ("明天", ("听日",)),
        ("今天", ("今日",)), ("看看", ("睇睇",)), ("(?<=\\d)元", ("蚊",)), ("谢谢", ("唔该", "多谢")),
        ("给您|给你", ("俾你",)), ("东西", ("嘢",)), ("家人|家里人", ("屋企人",)), ("家里", ("屋企",)),
        ("和您|和你", ("同你",)), ("还没", ("仲未",)), ("还有", ("仲有",)), ("多少", ("几多",)),
        ("(?<![目])的(?![确士])", ("嘅",)), ("很|非常", ("好",)), ("一些|一点", ("啲",)),
    ),
    "dongbei": (
        ("怎么办", ("咋整",)), ("为什么", ("为啥",)), ("干什么", ("干啥",)), ("什么", ("啥",)), ("怎么", ("咋",)),
        ("很|非常", ("贼", "老")), ("尽快|马上", ("麻溜儿", "赶紧")), ("赶紧", ("麻溜儿",)), ("没问题", ("没毛病",)),
        ("沟通一下", ("唠唠", "唠一唠")), ("聊聊", ("唠唠",)), ("不要", ("别",)), ("知道吗", ("知道不",)),
        ("可以吗|行吗", ("中不", "行不")), ("这里", ("这嘎达",)), ("特别", ("老",)), ("是不是", ("是不",)),
        ("不好意思", ("对不住",)), ("好的", ("妥了", "中")), ("谢谢", ("谢了",)), ("没有", ("没",)),
    ),
    "sichuan": (
        ("为什么", ("为啥子",)), ("干什么", ("做啥子",)), ("什么", ("啥子",)), ("怎么", ("咋个",)), ("不要", ("莫",)),
        ("没有", ("没得",)), ("很|非常", ("好",)), ("知道吗", ("晓得不",)), ("知道", ("晓得",)), ("一下", ("一哈",)),
        ("可以吗", ("要得不", "得不得行")), ("好的", ("要得",)), ("哪里", ("哪儿",)), ("这样", ("这样子",)),
        ("您", ("你",)), ("没关系", ("没得事",)), ("好不好", ("要不要得",)), ("不好意思", ("不好意思哈",)),
    ),
}
_PARTICLES = {"cantonese": ("啦", "呀", "喎", "㗎", "嘅"), "dongbei": ("呗", "啊", "嗷", "哈", "昂"),
              "sichuan": ("噻", "哈", "嘛", "哦", "嘞")}
# The end of a sentence that has no final particle yet (吗, 呢, 吧 ...): where a dialect particle goes.
_SENTENCE_END = re.compile(f"(?<=[{_CJK}])(?<![吗呢吧啊呀嘛哈啦哦呗])(?=[。！？!?]|$)")


def _dialect(text: str, rng: random.Random) -> str:
    dialect = rng.choice(sorted(_DIALECTS))
    coloured = text
    for pattern, replacements in _DIALECTS[dialect]:
        coloured = re.sub(pattern, lambda m, r=replacements: rng.choice(r) if rng.random() < 0.6 else m.group(0),
                          coloured)
    particles = _PARTICLES[dialect]
    coloured = _SENTENCE_END.sub(lambda m: rng.choice(particles) if rng.random() < 0.3 else "", coloured)
    if coloured == text:      # a text with none of the words: the particle at its first sentence end
        coloured = _SENTENCE_END.sub(lambda m: rng.choice(particles), text, count=1)
    return coloured


_TRANSFORMS: dict[str, Callable[[str, random.Random], str]] = {
    "traditional": _traditional, "asr": _asr, "obfuscated": _obfuscated, "dialect": _dialect,
}


if __name__ == "__main__":
    from training.corpus import lawful

    rng = random.Random(0)
    texts = [s["text"] for s in lawful.generate(random.Random(0)) if "text" in s][::40]
    for register in REGISTERS:
        outputs = [transform(t, register, rng) for t in texts]
        changed = sum(o != t for o, t in zip(outputs, texts))
        print(f"{register}: {changed}/{len(texts)} texts changed; e.g. {outputs[3]!r}")
