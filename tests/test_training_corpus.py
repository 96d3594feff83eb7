"""The generated training corpus (issue 9): format, determinism and coverage of each generator module."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from audit.finding import CATEGORIES
from audit.message import CHANNELS, SPEAKERS
from audit.normalise import to_simplified
from audit.recognizers.finder import find_entities
from training.corpus import violations

WORDING_CATEGORIES = ("abuse.insult", "threat.violence", "threat.third_party", "threat.exposure",
                      "misleading.impersonation", "misleading.legal", "coercion.debt_rollover")


def _body(sample: dict) -> str:
    return sample.get("text") or "\n".join(turn["text"] for turn in sample["turns"])


@pytest.fixture(scope="module")
def violation_samples() -> list[dict]:
    return violations.generate(random.Random(11))


def test_violations_are_deterministic_for_a_seed(violation_samples):
    assert violations.generate(random.Random(11)) == violation_samples
    assert violations.generate(random.Random(12)) != violation_samples


def test_violations_samples_follow_the_shared_format(violation_samples):
    for sample in violation_samples:
        assert sample["labels"] and set(sample["labels"]) <= set(CATEGORIES), sample
        assert set(sample["labels"]) <= {*WORDING_CATEGORIES, "pii.third_party_disclosure"}, sample
        assert sample["channel"] in CHANNELS and sample["register"] in violations.REGISTERS, sample
        assert sample["recipient_type"] in ("debtor", "third_party"), sample
        assert sample["family"].startswith("violations."), sample
        assert ("text" in sample) != ("turns" in sample), sample
        if "turns" in sample:
            assert sample["channel"] == "call"
            assert all(turn["speaker"] in SPEAKERS and turn["text"].strip() for turn in sample["turns"])
            assert any(turn["speaker"] == "agent" for turn in sample["turns"]), sample
        assert not re.search(r"\{[a-z_0-9]+\}", _body(sample)), f"unfilled slot in {sample}"


def test_violations_meet_the_minimum_coverage(violation_samples):
    labels = Counter(label for sample in violation_samples for label in sample["labels"])
    families = Counter(sample["family"] for sample in violation_samples)
    assert len(violation_samples) >= 3600
    assert len(families) >= 220
    assert max(families.values()) <= violations.MAX_PER_FAMILY
    assert all(labels[category] >= 450 for category in WORDING_CATEGORIES), labels
    assert labels["pii.third_party_disclosure"] >= 250
    assert Counter(s["channel"] for s in violation_samples).keys() == {"sms", "app", "notice", "call"}


def test_violations_disclosures_are_addressed_to_third_parties(violation_samples):
    for sample in violation_samples:
        discloses = "pii.third_party_disclosure" in sample["labels"]
        assert discloses == (sample["recipient_type"] == "third_party"), sample
    calls_to_third_parties = [s for s in violation_samples if "turns" in s and s["recipient_type"] == "third_party"]
    assert calls_to_third_parties and all(any(t["speaker"] == "third_party" for t in s["turns"])
                                          for s in calls_to_third_parties)


def test_violations_vary_like_real_traffic(violation_samples):
    texts = [_body(s) for s in violation_samples]
    traditional = sum(to_simplified(text) != text for text in texts)
    # pinyin or separators inside a word (老lai, 通讯 录, 骗-子) or a split character (扌丁); calls are left out
    # because ASR noise turns their punctuation into spaces, and * is left out because masked names use it
    inside_word = re.compile(r"[\u4e00-\u9fff](?:[a-z]{1,5}|[ \-/]+)[\u4e00-\u9fff]|扌丁")
    obfuscated = sum(bool(inside_word.search(s["text"])) for s in violation_samples if s["channel"] in ("sms", "app"))
    unpunctuated_spoken = sum(1 for s in violation_samples if s["register"] == "spoken"
                              for turn in s["turns"] if len(turn["text"]) > 15 and not re.search(r"[，。？！]", turn["text"]))
    assert traditional >= 200 and obfuscated >= 100 and unpunctuated_spoken >= 300, \
        (traditional, obfuscated, unpunctuated_spoken)


def test_violations_hold_no_unmasked_identifiers(violation_samples):
    found = Counter(entity.entity_type for sample in violation_samples[::4] for entity in find_entities(_body(sample)))
    assert set(found) <= {"PERSON", "ADDRESS"}, found
