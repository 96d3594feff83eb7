"""The wording analyser's cost grows linearly with the message (issue 10, item 1): on each adversarial shape the
cost per character of a 4,000-character message stays within 3x that of a 1,000-character one (quadratic cost
would make it 4x, the cubic negation scan of old 16x). Ratios, not absolute times, so a loaded machine does not
make the test fail; CPU time of this thread, best of three runs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from audit import rulepack
from audit.analysers import wording
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


@pytest.fixture()
def empty_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The pattern memos in an empty cache folder, and back in the user's one afterwards."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    memos = (rulepack._checked_patterns, wording._anchor_memo, wording._voice_memo)
    for memo in memos:
        memo.cache_clear()
    yield tmp_path / "collection-audit"
    for memo in memos:
        memo.cache_clear()


def test_patterns_learnt_in_an_earlier_run_load_as_they_were_judged(empty_cache: Path) -> None:
    """Start-up skips parsing and judging again the patterns of an earlier run (audit.rulepack.PatternMemo): the
    analyser built from the memo has the same regexes and anchor groups as the one that judged them."""
    judged = WordingAnalyser.from_lexicons(model=False)
    older = empty_cache / "wording-anchors-0123456789abcdef.json"       # learnt by other code: removed
    older.write_text("{}", encoding="utf-8")
    for memo in (rulepack._checked_patterns(), wording._anchor_memo()):
        memo.save()
    assert not older.exists()
    rulepack._checked_patterns.cache_clear()
    wording._anchor_memo.cache_clear()
    assert sorted(path.name.split("-")[0] for path in empty_cache.glob("*.json")) == ["checked", "wording"]
    remembered = wording._anchor_memo()
    assert all(remembered.get(pattern.pattern) is not None for _, pattern, _ in judged._patterns)
    loaded = WordingAnalyser.from_lexicons(model=False)
    assert all(isinstance(pattern, str) for _, pattern, _ in loaded._patterns)     # compiled when first run
    assert [(rule, pattern, groups) for rule, pattern, groups in loaded._patterns] == \
        [(rule, pattern.pattern, groups) for rule, pattern, groups in judged._patterns]
    text = "你这个老赖，再不还钱就让你全家都知道，我们马上上门"
    assert loaded.text_hits(text) == judged.text_hits(text) != []
    assert any(not isinstance(pattern, str) for _, pattern, _ in loaded._patterns)


def test_a_refused_pattern_is_never_remembered(empty_cache: Path) -> None:
    rule = rulepack.Rule("t.1", "abuse.insult", rulepack.Severity.HIGH, "r", "e", "wording", "p", "p.yml")
    for _ in range(2):
        with pytest.raises(rulepack.RulePackError, match="backtrack|exponential"):
            rulepack.compile_pattern(rule, "(a|aa)*b")
    assert rulepack._checked_patterns().get(f"{rulepack.re.IGNORECASE}:(a|aa)*b") is None


def test_the_pinyin_automaton_kept_in_the_cache_folder_finds_what_the_built_one_finds(empty_cache: Path) -> None:
    """The pinyin automaton is built once per rule set and loaded back from the cache folder afterwards: the loaded
    one holds the same keys and token table, and finds the same homophones and pinyin spellings."""
    empty_cache.mkdir(parents=True, exist_ok=True)
    for n in range(wording._PINYIN_CACHE_KEPT + 2):        # other rule sets' automata: the oldest are removed
        older = empty_cache / f"wording-pinyin-{n:016x}.pickle"
        older.write_bytes(b"")
        os.utime(older, (n, n))
    built = WordingAnalyser.from_lexicons(model=False)
    kept = sorted(path.name for path in empty_cache.glob("wording-pinyin-*.pickle"))
    assert len(kept) == wording._PINYIN_CACHE_KEPT and f"wording-pinyin-{0:016x}.pickle" not in kept
    loaded = WordingAnalyser.from_lexicons(model=False)
    assert list(loaded._pinyin.items()) == list(built._pinyin.items())
    assert dict(loaded._syllables) == dict(built._syllables)
    for text in ("你这个laolai，还钱", "再不还就把你bao光到网上", "你这个L A O L A I"):
        findings = [(f.rule_id, f.start, f.end) for f in built.analyse(message_for("wording", text))]
        assert findings and findings == [(f.rule_id, f.start, f.end) for f in loaded.analyse(message_for("wording", text))]


def test_a_view_reads_in_the_same_pinyin_tokens_by_the_plain_table_as_by_the_learning_one() -> None:
    """The pinyin pass translates by a plain dict of the characters seen, which leaves a new one as itself: such a
    text is translated again once its characters are learned, in the tokens the learning table gives."""
    syllables = WordingAnalyser.from_lexicons(model=False)._syllables
    text = "你个沙比鳜鱼，sha bi"      # 沙比 reads as a key (sha bi), 鳜 as no key's token
    assert any(ord(char) not in syllables._seen for char in text)
    expected = text.translate(syllables)
    assert syllables.tokens(text) == expected == syllables.tokens(text)
    assert wording._NO_TOKEN in expected and expected.count(wording._NO_TOKEN) < len(text)
