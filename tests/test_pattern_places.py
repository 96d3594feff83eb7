"""Patterns are tried only where their matches may start (audit.rulepack.match_start, match_spans): a pattern opening
with ^ by one `match` at the start, a bare $ from the last character, any other from its first search hit. The spans
are those `finditer` gives, for the shipped frame classes' and wording rules' patterns as for the edge cases."""

from __future__ import annotations

import re

import pytest

from audit.analysers.wording import WordingAnalyser
from audit.normalise import normalise
from audit.rulepack import ANYWHERE, AT_END, AT_START, match_spans, match_start


@pytest.mark.parametrize(("source", "place"), [
    ("^", AT_START), (r"\A(?:催收|律师)函", AT_START), ("^(?:(?!小贷)[\u4e00-\u9fff]){0,8}法院", AT_START),
    ("$", AT_END), (r"\Z", AT_END),
    ("^骗子|老赖", ANYWHERE),       # the alternation's second branch matches anywhere
    ("(?m)^还款", ANYWHERE),        # MULTILINE: ^ after every line break
    ("还款$", ANYWHERE), ("(?<=不)还", ANYWHERE), ("还*", ANYWHERE),
])
def test_where_a_pattern_may_match(source: str, place: int) -> None:
    assert match_start(re.compile(source)) == place


TEXTS = ["骗子老赖你再不还钱就上门", "老赖", "", "还还还", "东岭区人民法院传票：请于3月5日前到庭", "不还钱？今晚见\n",
         "请于12月1日前还款，逾期将上报征信。如已还款请忽略", "a\nb\n"]


@pytest.mark.parametrize("source", ["^", "$", r"\A", r"\Z", "^骗子|老赖", "(?m)^老赖", "还*", "^还*", "(?<=不)还",
                                    r"\d+(?:月\d+日|号|点)(?:之前|以前|前)", "^$", "b$"])
def test_the_spans_are_those_of_finditer(source: str) -> None:
    pattern = re.compile(source)
    for text in TEXTS:
        assert match_spans(pattern, match_start(pattern), text) == [m.span() for m in pattern.finditer(text)]


def test_the_shipped_patterns_find_what_finditer_finds() -> None:
    analyser = WordingAnalyser.from_lexicons(model=False)
    patterns = [re.compile(p, re.IGNORECASE) if isinstance(p, str) else p for _, p, _ in analyser._patterns]
    patterns += analyser._frames.class_patterns()
    views = [normalise(text).text for text in (
        *TEXTS, "法院传票：你的案子已立案，本院已受理，今天不还钱就冻结你的公积金",
        "你儿子三年级二班吧，放学我们去学校门口等他", "致张先生的亲友：他欠款不还，请转告",
        "尊敬的客户您好，您本期账单已出，请按时还款。")]
    for pattern in patterns:
        place = match_start(pattern)
        for view in views:
            assert match_spans(pattern, place, view) == [m.span() for m in pattern.finditer(view)], pattern.pattern
