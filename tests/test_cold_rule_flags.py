"""benchmarks.cold_rule_flags counts, per rule id, the safe COLD-style rows the phrase rules flag."""

from __future__ import annotations

import pytest

from audit.analysers.base import MessageAnalyser
from benchmarks.cold_rule_flags import count_safe_flags
from benchmarks.eval import build

SAFE, OFFENSIVE = "0", "1"


@pytest.fixture(scope="module")
def rules_alone() -> MessageAnalyser | None:
    return build("wording", model=False)


def test_counts_only_safe_rows_and_the_rules_that_fire(rules_alone) -> None:
    rows = [{"label": SAFE, "TEXT": "周末和朋友去吃了火锅，味道还不错。"},
            {"label": SAFE, "TEXT": "你这种人真恶心，欠钱不还还有脸躲。"},
            {"label": OFFENSIVE, "TEXT": "你这种人真恶心，欠钱不还还有脸躲。"}]
    result = count_safe_flags(rules_alone, "test", rows)
    assert (result.safe, result.flagged) == (2, 1)
    assert result.by_rule["wording.insult.contempt_remark"] == 1
    assert all(rule_id.startswith("wording.") for rule_id in result.by_rule)


def test_the_speakers_own_queasiness_is_not_an_insult(rules_alone) -> None:
    rows = [{"label": SAFE, "TEXT": "那道菜我看了就觉得有点恶心，后来尝了一口才知道好吃。"}]
    assert count_safe_flags(rules_alone, "test", rows).flagged == 0
