"""benchmarks.rule_record: the record sets are the released ones, and the fractions follow the stated criterion."""

from __future__ import annotations

from benchmarks.rule_record import (
    CLASSIFIER_UNSEEN,
    FRACTIONS,
    LONG_SPEECH_FRACTION,
    OTHER_FRACTIONS,
    RECORD_SETS,
    Example,
    Hit,
    Record,
    chosen_fractions,
    chosen_pii_fraction,
)
from training.released_sets import RELEASED_FILES, split_of_file

UNSEEN = next(name for name in RELEASED_FILES if split_of_file(name) == "dev")
TRAINED = next(name for name in RELEASED_FILES if split_of_file(name) == "train")


def test_the_record_is_every_released_set_and_its_unseen_part_the_dev_split():
    assert [path.name for path in RECORD_SETS] == list(RELEASED_FILES)
    assert {name for name in RELEASED_FILES if split_of_file(name) == "dev"} == CLASSIFIER_UNSEEN


def hits(source: str, ratios: list[float], labelled: bool = True) -> list[Hit]:
    return [Hit(source, labelled, not labelled, ratio, False) for ratio in ratios]


def test_each_category_gets_the_largest_fraction_that_loses_nothing_more_on_label():
    records = {
        # insult: a finding on label the classifier scores at 0.004 of its threshold: 0.005 would lose it
        "wording.insult.a": Record("abuse.insult", hits(UNSEEN, [0.004, 0.5, 0.9])),
        # violence: every finding on label scored at 0.3 or more; the off-label one at 0.03
        "wording.violence.a": Record("threat.violence", hits(UNSEEN, [0.3, 0.6]) + hits(UNSEEN, [0.03], False)),
        # legal: its only poor scores are on sets the classifier trained on, which do not count
        "wording.legal.a": Record("misleading.legal", hits(UNSEEN, [0.9]) + hits(TRAINED, [0.0001])),
    }
    fraction, other = chosen_fractions(records, ("abuse.insult", "threat.violence", "misleading.legal",
                                                 "threat.exposure"), [], 20, [])
    assert fraction == max(FRACTIONS)          # no listed rule (fewer than four findings each): nothing lost at any fraction
    assert other["abuse.insult"] == 0.002
    assert other["threat.violence"] == 0.2
    assert other["misleading.legal"] == max(OTHER_FRACTIONS)
    assert other["threat.exposure"] == min(OTHER_FRACTIONS)     # no finding on label to judge by


def test_a_rules_own_example_the_classifier_misses_holds_its_category_down():
    records = {"wording.violence.a": Record("threat.violence", hits(UNSEEN, [0.5, 0.6]))}
    examples = [Example("wording.violence.a", "threat.violence", 24, False, 0.015),
                Example("wording.violence.a", "threat.violence", 12, False, 0.0001)]     # too short to be asked
    _, other = chosen_fractions(records, ("threat.violence",), examples, 20, [])
    assert other["threat.violence"] == 0.01


def test_colds_attacks_on_one_person_hold_the_insult_fraction_down_and_no_other():
    records = {"wording.insult.a": Record("abuse.insult", hits(UNSEEN, [0.5, 0.9])),
               "wording.violence.a": Record("threat.violence", hits(UNSEEN, [0.5, 0.9]))}
    categories = ("abuse.insult", "threat.violence")
    _, alone = chosen_fractions(records, categories, [], 20, [])
    # a COLD dev attack the classifier scores at 0.003 of its threshold: 0.005 would lose it
    _, with_cold = chosen_fractions(records, categories, [], 20, hits("dev.csv", [0.003]))
    assert alone["abuse.insult"] == max(OTHER_FRACTIONS) and with_cold["abuse.insult"] == 0.002
    assert with_cold["threat.violence"] == alone["threat.violence"]


def test_the_pii_disclosure_rules_get_the_largest_fraction_up_to_the_long_speech_ones_that_loses_nothing_more():
    # on label the classifier's disclosure column reads 0.006 at least on unseen text; off label 0.001
    unseen = hits(UNSEEN, [0.006, 0.3, 0.9]) + hits(UNSEEN, [0.001, 0.001], labelled=False)
    assert chosen_pii_fraction(unseen) == 0.005
    # every finding on label scored well: the wording rules' own long-speech fraction, never above it
    assert chosen_pii_fraction(hits(UNSEEN, [0.5, 0.9])) == LONG_SPEECH_FRACTION
    # poor scores only on the sets the classifier trained on: one more lost there is allowed, two are not
    assert chosen_pii_fraction(hits(UNSEEN, [0.5]) + hits(TRAINED, [0.003])) == LONG_SPEECH_FRACTION
    assert chosen_pii_fraction(hits(UNSEEN, [0.5]) + hits(TRAINED, [0.003, 0.003])) == 0.002
    # no finding on label on the unseen sets: the smallest
    assert chosen_pii_fraction(hits(TRAINED, [0.5])) == min(OTHER_FRACTIONS)
