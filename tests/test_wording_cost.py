"""The wording analyser's cost grows linearly with the message (issue 10, item 1): on each adversarial shape the
cost per character of a 4,000-character message stays within 3x that of a 1,000-character one (quadratic cost
would make it 4x, the cubic negation scan of old 16x). Ratios, not absolute times, so a loaded machine does not
make the test fail; CPU time of this thread, best of three runs."""

from __future__ import annotations

import pytest

from audit.analysers.wording import WordingAnalyser
from benchmarks.cost_curve import SHAPES, cost_ms, message_for, shape_text

MAX_RATIO = 3.0

WORDING_SHAPES = {
    **{name: SHAPES[name] for name in ("insult", "negators", "phone", "district", "surname", "plate", "letters")},
    "label": "老赖",                                  # a hit every two characters
    "pinyin": "傻逼",                                 # homophone and pinyin matching
    "far_negator": "我们绝不会以任何方式联系你的家人",   # a clause negator governing hits far along its clause
    "taunt": "你不会上门找你爸妈要钱吗",               # negated hits in clauses that end as questions
}


@pytest.fixture(scope="module")
def analyser() -> WordingAnalyser:
    return WordingAnalyser.from_lexicons()


@pytest.mark.parametrize("shape", sorted(WORDING_SHAPES))
def test_cost_per_character_stays_flat_when_the_message_is_four_times_longer(analyser: WordingAnalyser,
                                                                              shape: str) -> None:
    unit = WORDING_SHAPES[shape]
    short, long = (message_for("wording", shape_text(unit, size)) for size in (1000, 4000))
    findings = analyser.analyse(long)      # also warms up what loads on first use
    assert all(0 <= f.start <= f.end <= len(long.text) for f in findings)
    per_char_short = cost_ms(analyser.analyse, short, repeat=3) / 1000
    per_char_long = cost_ms(analyser.analyse, long, repeat=3) / 4000
    assert per_char_long < MAX_RATIO * per_char_short, (shape, per_char_short, per_char_long)


def test_the_adversarial_shapes_are_still_judged(analyser: WordingAnalyser) -> None:
    """Speed did not come from judging less: repeated insults are all found, a far clause negator still clears."""
    insults = analyser.analyse(message_for("wording", shape_text("你这个老赖", 2000)))
    assert len([f for f in insults if f.category == "abuse.insult"]) >= 2000 // len("你这个老赖")
    negated = analyser.analyse(message_for("wording", shape_text(WORDING_SHAPES["far_negator"], 2000)))
    assert not [f for f in negated if f.rule_id.startswith("wording.third_party")]
