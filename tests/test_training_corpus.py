"""The generated training corpus (issue 9): format, determinism and coverage of each generator module."""

from __future__ import annotations

import functools
import importlib
import pkgutil
import random
import re
from collections import Counter
from difflib import SequenceMatcher

import pytest

import training.corpus
from audit.message import parse_call_text
from audit.normalise import normalise, to_simplified
from audit.recognizers.finder import find_entities
from audit.vocabulary import CATEGORIES, CHANNELS, SPEAKERS
from training.corpus import (
    lawful,
    lawful_fresh,
    lawful_more,
    lawful_others,
    lawful_real,
    lawful_voices,
    registers,
    violations,
    violations_fresh,
    violations_more,
    violations_others,
    violations_real,
    violations_voices,
)

WORDING_CATEGORIES = ("abuse.insult", "threat.violence", "threat.third_party", "threat.exposure",
                      "misleading.impersonation", "misleading.legal", "coercion.debt_rollover")


def _body(sample: dict) -> str:
    return sample.get("text") or "\n".join(turn["text"] for turn in sample["turns"])


@functools.cache
def _generated(module_name: str) -> tuple[dict, ...]:
    """One corpus module's samples at seed 11, made once per test process (every generator is slow to run)."""
    module = importlib.import_module(f"training.corpus.{module_name}")
    return tuple(module.generate(random.Random(11))) if hasattr(module, "generate") else ()


def _samples_of_generators_other_than(*mine: str) -> list[dict]:
    return [sample for info in pkgutil.iter_modules(training.corpus.__path__) if info.name not in mine
            for sample in _generated(info.name)]


def _texts_of_generators_other_than(*mine: str) -> set[str]:
    """What every other corpus module writes: a module must repeat none of it, or dev would leak into training."""
    return {_body(sample) for sample in _samples_of_generators_other_than(*mine)}


def _entity_types(samples: list[dict]) -> Counter:
    """Entity types found in every fourth sample: only invented names and addresses may appear, never numbers."""
    return Counter(entity.entity_type for sample in samples[::4] for entity in find_entities(_body(sample)))


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
    found = _entity_types(violation_samples)
    assert set(found) <= {"PERSON", "ADDRESS"}, found


# --- lawful.py: lawful hard negatives -------------------------------------------------------------------

SAMPLE_REGISTERS = {"formal", "sms_template", "robot_script", "spoken", "dialect", "app", "letter"}


def _agent_speech(sample: dict) -> str:
    return sample.get("text") or "\n".join(t["text"] for t in sample["turns"] if t["speaker"] == "agent")


@pytest.fixture(scope="module")
def lawful_samples() -> list[dict]:
    return lawful.generate(random.Random(11))


def test_lawful_is_deterministic_for_a_seed(lawful_samples):
    assert lawful.generate(random.Random(11)) == lawful_samples
    assert lawful.generate(random.Random(12)) != lawful_samples


def assert_lawful_format(samples: list[dict], module: str) -> None:
    """The shared sample format, for lawful samples of one generator module."""
    for sample in samples:
        assert sample["labels"] == [], sample
        assert sample["channel"] in CHANNELS and sample["channel"] != "email", sample
        assert sample["register"] in SAMPLE_REGISTERS, sample
        assert sample["recipient_type"] in ("debtor", "third_party"), sample
        assert sample["family"].startswith(f"{module}."), sample
        assert ("text" in sample) != ("turns" in sample), sample
        if "turns" in sample:
            assert sample["channel"] == "call"
            assert all(turn["speaker"] in SPEAKERS and turn["text"].strip() for turn in sample["turns"])
            assert any(turn["speaker"] == "agent" for turn in sample["turns"]), sample
        assert not re.search(r"\{[a-z_0-9]+\}|[〔〕]", _body(sample)), f"unfilled slot or choice in {sample}"


def test_lawful_samples_follow_the_shared_format(lawful_samples):
    assert_lawful_format(lawful_samples, "lawful")


def test_lawful_meets_the_minimum_coverage(lawful_samples):
    families = Counter(sample["family"] for sample in lawful_samples)
    assert len(lawful_samples) >= 3200 and len(families) >= 220
    assert max(families.values()) <= 25
    assert {s["channel"] for s in lawful_samples} == {"sms", "app", "notice", "call"}
    assert {s["register"] for s in lawful_samples} == SAMPLE_REGISTERS
    assert sum(s["recipient_type"] == "third_party" for s in lawful_samples) >= 100


@pytest.mark.parametrize(("words", "at_least"), [
    ("征信", 150), ("起诉|诉讼", 80), ("失信被执行人", 30), ("上门|外访|拜访|当面", 60), ("律师", 60),
    ("诈骗|骗子|冒充", 80), ("家人|家里人|亲友", 60), ("老赖", 15), ("分期|延期|减免|停息", 200),
    ("[借贷花分]账单|[借贷花分]的借款|[借贷花分]额度", 30),
])
def test_lawful_agent_speech_holds_what_keyword_detectors_flag(lawful_samples, words, at_least):
    assert sum(bool(re.search(words, _agent_speech(s))) for s in lawful_samples) >= at_least


def test_lawful_anger_and_insults_are_the_customers_own(lawful_samples):
    insult = re.compile("吸血鬼|滚|他妈|老子|黑社会|你算什么东西|一群骗子|你哋啲人|闹心")
    calls = [s for s in lawful_samples if "turns" in s]
    angry = [s for s in calls if any(t["speaker"] == "customer" and insult.search(t["text"]) for t in s["turns"])]
    assert len(angry) >= 100
    assert not [s for s in calls if insult.search(_agent_speech(s))]


def test_lawful_messages_to_third_parties_reveal_no_debt(lawful_samples):
    debt = re.compile(r"欠|逾期|借款|贷款|还款|账单|催收|额度|\d元|金融|信贷|小贷|消金|银行|数科")
    to_third_parties = [s for s in lawful_samples if s["recipient_type"] == "third_party"]
    assert to_third_parties
    assert not [s for s in to_third_parties if debt.search(_agent_speech(s))]


def test_lawful_holds_no_unmasked_identifiers(lawful_samples):
    found = _entity_types(lawful_samples)
    assert set(found) <= {"PERSON", "ADDRESS"}, found


# --- registers.py: register transforms ------------------------------------------------------------------

REGISTER_TEXTS = (
    "【云杉金融】王**，您的账单已逾期3天，应还3200.50元，逾期将影响您的个人征信，请于12月5日前还款。客服400-820-1234。",
    "我们不会联系您的家人，也不会上门，请放心。您看什么时候方便还款？",
    "俗称的老赖名单，正式名称是失信被执行人名单。",
)


@pytest.mark.parametrize("register", registers.REGISTERS)
def test_registers_are_deterministic_and_change_the_text(register):
    for text in REGISTER_TEXTS:
        once = registers.transform(text, register, random.Random(3))
        assert once == registers.transform(text, register, random.Random(3))
        assert once != text


def test_registers_unknown_register_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown register 'klingon'.*traditional"):
        registers.transform("您好", "klingon", random.Random(0))


@pytest.mark.parametrize("register", registers.REGISTERS)
def test_registers_keep_the_speaker_prefixes_of_a_call(register):
    call = "坐席：您好，请问是王先生吗？我是云杉金融的客服。\n客户：是我，你们烦不烦！\n坐席：抱歉打扰您，您看什么时候方便还款？"
    for seed in range(5):
        turns = parse_call_text(registers.transform(call, register, random.Random(seed)))
        assert [t.speaker for t in turns] == ["agent", "customer", "agent"]


def test_registers_traditional_reads_back_as_the_source(lawful_samples):
    texts = [s["text"] for s in lawful_samples if "text" in s][::10]
    rng = random.Random(1)
    read_back = [to_simplified(registers.transform(text, "traditional", rng)) for text in texts]
    # Taiwan's own vocabulary (信息 -> 資訊, 登录 -> 登入) reads back as a synonym, not the same word.
    assert sum(back == text for back, text in zip(read_back, texts)) >= 0.8 * len(texts)


def test_registers_asr_reads_numbers_aloud_and_drops_punctuation():
    text = REGISTER_TEXTS[0]
    for seed in range(5):
        spoken = registers.transform(text, "asr", random.Random(seed))
        assert not re.search(r"\d", spoken), spoken
        assert "三千二百点五零" in spoken and "十二月五日" in spoken and "三天" in spoken
        assert re.search("四零零 ?八二零 ?[一幺]二三四", spoken), spoken
        assert "【" not in spoken and len(re.findall("[，。]", spoken)) < len(re.findall("[，。]", text))
    spoken = registers.transform("您尾号138****5678的手机，欠款3,200元", "asr", random.Random(0))
    assert re.search("[一幺]三八\\*{4}五六七八", spoken) and "三千二百" in spoken, spoken


def test_registers_obfuscated_hides_keywords_but_reads_back(lawful_samples):
    for seed in range(10):
        hidden = registers.transform(REGISTER_TEXTS[2], "obfuscated", random.Random(seed))
        assert "老赖" not in hidden and "失信" not in hidden, hidden
    texts = [s["text"] for s in lawful_samples if "text" in s][::10]
    rng = random.Random(1)
    for text in texts:
        view, obfuscated_view = normalise(text).text, normalise(registers.transform(text, "obfuscated", rng)).text
        assert SequenceMatcher(None, view, obfuscated_view).ratio() >= 0.7, (text, obfuscated_view)


def test_registers_dialect_colours_lightly(lawful_samples):
    texts = [s["text"] for s in lawful_samples if "text" in s][::10]
    rng = random.Random(1)
    coloured = [registers.transform(text, "dialect", rng) for text in texts]
    assert sum(c != t for c, t in zip(coloured, texts)) >= 0.9 * len(texts)
    # light: most of each text is left as it was
    assert all(SequenceMatcher(None, c, t).ratio() >= 0.75 for c, t in zip(coloured, texts))
    markers = re.compile("唔|冇|佢|嘅|哋|啥|咋|贼|麻溜|晓得|莫|一哈|要得|[喎㗎呗嗷噻嘞]")
    assert sum(bool(markers.search(c)) for c in coloured) >= 0.5 * len(texts)


# --- lawful_more.py: more lawful families, aimed where lawful.py is not --------------------------------------

@pytest.fixture(scope="module")
def lawful_more_samples() -> list[dict]:
    return lawful_more.generate(random.Random(11))


def test_lawful_more_is_deterministic_for_a_seed(lawful_more_samples):
    assert lawful_more.generate(random.Random(11)) == lawful_more_samples
    assert lawful_more.generate(random.Random(12)) != lawful_more_samples


def test_lawful_more_samples_follow_the_shared_format(lawful_more_samples):
    assert_lawful_format(lawful_more_samples, "lawful_more")


def test_lawful_more_meets_the_minimum_coverage(lawful_more_samples):
    families = Counter(sample["family"] for sample in lawful_more_samples)
    assert len(lawful_more_samples) >= 2600 and len(families) >= 170
    assert max(families.values()) <= 20
    assert len(set(_body(s) for s in lawful_more_samples)) == len(lawful_more_samples)
    assert {s["channel"] for s in lawful_more_samples} == {"sms", "app", "notice", "call"}
    assert {s["register"] for s in lawful_more_samples} == SAMPLE_REGISTERS
    assert sum(s["recipient_type"] == "third_party" for s in lawful_more_samples) >= 150


def test_lawful_more_shares_no_family_name_or_template_with_lawful():
    names = {family.name for family in lawful.FAMILIES}
    templates = {template for family in lawful.FAMILIES for template in family.templates}
    more = lawful_more.FAMILIES
    assert len({family.name for family in more}) == len(more)
    assert not [family.name for family in more if family.name in names]
    assert not [family.name for family in more if templates & set(family.templates)]


def test_lawful_more_repeats_no_text_of_another_generator(lawful_more_samples):
    others = _texts_of_generators_other_than("lawful_more")
    assert len(others) > 6000        # lawful.py and violations.py at least
    assert not [s for s in lawful_more_samples if _body(s) in others]


@pytest.mark.parametrize(("words", "at_least"), [
    ("最后通知|最后催告|最终提醒|最后一次", 50), ("严重逾期", 100), ("追偿", 100), ("委托.{0,12}催收", 120),
    ("诉讼费|讼费", 60), ("限制高消费|限高|失信被执行人", 50), ("外访|上门|面谈|当面", 150), ("执业证号", 100),
    ("[😊🙏🌹💪🤝🌸]|\\[(微笑|抱拳|玫瑰|握手)\\]", 150), ("老赖|坐牢|通讯录|朋友圈|骗子", 80),
    ("保证人|保证责任|共同借款人|代位|代偿", 150), ("征信", 200), ("投诉", 150),
])
def test_lawful_more_agent_speech_holds_what_keyword_detectors_flag(lawful_more_samples, words, at_least):
    assert sum(bool(re.search(words, _agent_speech(s))) for s in lawful_more_samples) >= at_least


def test_lawful_more_anger_and_insults_are_the_customers_own(lawful_more_samples):
    insult = re.compile("龟儿子|有完没完|催命|砸了|你等着|吸血鬼|不是好东西")
    calls = [s for s in lawful_more_samples if "turns" in s]
    angry = [s for s in calls if any(t["speaker"] == "customer" and insult.search(t["text"]) for t in s["turns"])]
    assert len(angry) >= 60
    assert not [s for s in calls if insult.search(_agent_speech(s))]


# guarantors, co-borrowers and mortgagors are no debtors, but they answer for the debt and are told of it lawfully
OBLIGED_PARTY = re.compile("保证合同|保证责任|保证人|担保人|签过担保|担保的|担保事|借款担保|共同借款|共同申请|抵押")


def test_lawful_more_messages_to_third_parties_reveal_no_debt(lawful_more_samples):
    debt = re.compile(r"欠|逾期|借款|贷款|还款|账单|帐|催收|额度|\d元|金融|信贷|小贷|消金|银行|数科|担保|保证")
    to_third_parties = [s for s in lawful_more_samples if s["recipient_type"] == "third_party"
                        and not OBLIGED_PARTY.search(_agent_speech(s))]
    assert {s["channel"] for s in to_third_parties} == {"sms", "app", "call"}
    assert not [s for s in to_third_parties if debt.search(to_simplified(_agent_speech(s)))]


def test_lawful_more_has_texts_in_traditional_characters(lawful_more_samples):
    traditional = [s for s in lawful_more_samples if to_simplified(_body(s)) != _body(s)]
    assert len(traditional) >= 150
    assert {s["channel"] for s in traditional} == {"sms", "app", "notice", "call"}


def test_lawful_more_holds_no_unmasked_identifiers(lawful_more_samples):
    found = _entity_types(lawful_more_samples)
    assert set(found) <= {"PERSON", "ADDRESS"}, found


# --- violations_more.py: further violating families, aimed where violations.py is not ------------------------

@pytest.fixture(scope="module")
def violations_more_samples() -> list[dict]:
    return violations_more.generate(random.Random(11))


def test_violations_more_is_deterministic_for_a_seed(violations_more_samples):
    assert violations_more.generate(random.Random(11)) == violations_more_samples
    assert violations_more.generate(random.Random(12)) != violations_more_samples


def _assert_violating_sample_format(samples: list[dict], module: str) -> None:
    """The shared sample format of a violating generator's output."""
    for sample in samples:
        assert sample["labels"] and set(sample["labels"]) <= {*WORDING_CATEGORIES, "pii.third_party_disclosure"}
        assert sample["labels"] == sorted(set(sample["labels"])), sample
        assert sample["channel"] in CHANNELS and sample["register"] in SAMPLE_REGISTERS, sample
        assert sample["family"].startswith(f"{module}."), sample
        # a message to a third party here always reveals the debt; one to the debtor never is a disclosure
        discloses = "pii.third_party_disclosure" in sample["labels"]
        assert discloses == (sample["recipient_type"] == "third_party"), sample
        assert ("text" in sample) != ("turns" in sample), sample
        if "turns" in sample:
            assert sample["channel"] == "call"
            assert all(turn["speaker"] in SPEAKERS and turn["text"].strip() for turn in sample["turns"])
            assert any(turn["speaker"] == "agent" for turn in sample["turns"]), sample
        assert not re.search(r"\{[a-z_0-9]+\}", _body(sample)), f"unfilled slot in {sample}"


def test_violations_more_samples_follow_the_shared_format(violations_more_samples):
    _assert_violating_sample_format(violations_more_samples, "violations_more")


def test_violations_more_meets_the_minimum_coverage(violations_more_samples):
    families = Counter(sample["family"] for sample in violations_more_samples)
    labels = Counter(label for sample in violations_more_samples for label in sample["labels"])
    assert len(violations_more_samples) >= 2400 and len(families) >= 160
    assert max(families.values()) <= violations_more.MAX_PER_FAMILY == 20
    assert len({_body(s) for s in violations_more_samples}) == len(violations_more_samples)
    # weighted towards the hardest categories, the others still present
    hardest = ("threat.violence", "threat.third_party", "misleading.legal", "abuse.insult")
    assert all(labels[category] >= 400 for category in hardest), labels
    assert all(labels[category] >= 150 for category in (*WORDING_CATEGORIES, "pii.third_party_disclosure")), labels
    assert {s["channel"] for s in violations_more_samples} == {"sms", "app", "notice", "call"}
    assert {s["register"] for s in violations_more_samples} == SAMPLE_REGISTERS


def test_violations_more_styles_the_corpus_lacked(violations_more_samples):
    texts = [_body(s) for s in violations_more_samples]
    emoji = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
    assert sum(bool(emoji.search(t)) for s, t in zip(violations_more_samples, texts) if s["channel"] == "app") >= 150
    assert sum(to_simplified(t) != t for t in texts) >= 250
    assert sum(s["register"] == "robot_script" for s in violations_more_samples) >= 150
    # violence here is veiled: conveyed by imagery, watching and visits, never by a verb of harm
    violence = [to_simplified(t) for s, t in zip(violations_more_samples, texts) if "threat.violence" in s["labels"]]
    assert len(violence) >= 600
    assert not [t for t in violence if re.search("打死|打断|弄死|砍死|杀了你|揍|削你|锤你|扌丁", t)]


def test_violations_more_family_names_are_new():
    names = [family.name for family in violations_more.FAMILIES]
    assert len(set(names)) == len(names)
    assert not set(names) & {family.name for family in violations.FAMILIES}
    templates = {text for family in violations.FAMILIES for text in family.texts}
    assert not [family.name for family in violations_more.FAMILIES if templates & set(family.texts)]


def test_violations_more_repeats_no_text_of_another_generator(violations_more_samples):
    others = _texts_of_generators_other_than("violations_more")
    assert len(others) > 6000        # violations.py and lawful.py at least
    assert not [s for s in violations_more_samples if _body(s) in others]


def test_violations_more_holds_no_unmasked_identifiers(violations_more_samples):
    found = _entity_types(violations_more_samples)
    assert set(found) <= {"PERSON", "ADDRESS"}, found


# --- lawful_real.py: lawful texts in the styles of real deployed texts, and ordinary chatter ------------------

@pytest.fixture(scope="module")
def lawful_real_samples() -> list[dict]:
    return lawful_real.generate(random.Random(11))


def _lawful_real_chatter(samples: list[dict]) -> list[dict]:
    names = {f"lawful_real.{family.name}" for family in lawful_real.CHATTER_FAMILIES}
    return [s for s in samples if s["family"] in names]


def test_lawful_real_is_deterministic_for_a_seed(lawful_real_samples):
    assert lawful_real.generate(random.Random(11)) == lawful_real_samples
    assert lawful_real.generate(random.Random(12)) != lawful_real_samples


def test_lawful_real_samples_follow_the_shared_format(lawful_real_samples):
    assert_lawful_format(lawful_real_samples, "lawful_real")


def test_lawful_real_meets_the_minimum_coverage(lawful_real_samples):
    families = Counter(sample["family"] for sample in lawful_real_samples)
    assert len(lawful_real_samples) >= 2000 and len(families) >= 180
    assert max(families.values()) <= 15
    assert len({_body(s) for s in lawful_real_samples}) == len(lawful_real_samples)
    assert {s["channel"] for s in lawful_real_samples} == {"sms", "app", "notice", "call"}
    assert {s["register"] for s in lawful_real_samples} == SAMPLE_REGISTERS
    assert sum(s["recipient_type"] == "third_party" for s in lawful_real_samples) >= 100
    assert sum(len(_body(s)) >= 200 for s in lawful_real_samples) >= 300      # real notices are long
    assert sum(to_simplified(_body(s)) != _body(s) for s in lawful_real_samples) >= 100


def test_lawful_real_shares_no_family_name_or_text_with_another_generator(lawful_real_samples):
    other_samples = _samples_of_generators_other_than("lawful_real")
    other_texts = {_body(sample) for sample in other_samples}
    other_names = {sample["family"].split(".", 1)[1] for sample in other_samples}
    assert len(other_names) > 800        # lawful, lawful_more, violations, violations_more at least
    names = {s["family"].split(".", 1)[1] for s in lawful_real_samples}
    assert not names & other_names
    assert not [s for s in lawful_real_samples if _body(s) in other_texts]


def test_lawful_real_chatter_is_a_quarter_of_the_samples_and_mentions_no_debt(lawful_real_samples):
    chatter = _lawful_real_chatter(lawful_real_samples)
    assert 0.2 <= len(chatter) / len(lawful_real_samples) <= 0.3
    assert {s["channel"] for s in chatter} == {"app"}
    debt = re.compile(r"欠款|逾期|借款|贷款|还款|账单|催收|网贷|征信")
    assert not [s for s in chatter if debt.search(_body(s))]
    # Most of it harsh-sounding (the rest: calm talk of regions, gender, policy, as in COLD's safe rows).
    harsh = re.compile("垃圾|辣鸡|废物|废柴|离谱|坑|气死|烂|菜|滚|吐了|要命|疯|炸|死|无语|服了|智商税|崩|裂开|窝囊|"
                       "难吃|傻|蠢|猪|憨|狗|屎|麻了|吵|烦|血压|骂|黑心|割韭菜|丢人|翻车|惨")
    assert sum(bool(harsh.search(_body(s))) for s in chatter) >= 0.6 * len(chatter)


@pytest.mark.parametrize(("words", "at_least"), [
    ("公安|警察|民警|警方|法院|检察", 400), ("逮捕|抓|坐牢|拘留|通缉|立案|传票", 300), ("律师", 175),
    ("执业证号", 60), ("函号|编号|（\\d{4}）", 100), ("退订回T", 100), ("请按\\d|按\\d", 120),
    ("发件人：", 80), ("老赖|骗子|通讯录|朋友圈|单位|亲友", 250), ("借新还旧|以贷养贷", 60),
    ("[😊🙏🌹💪🤝🌸]|\\[(微笑|抱拳|玫瑰|握手)\\]", 100), ("侬|阿拉|唔|佢|咋|啥子|要得|恁|俺", 100),
])
def test_lawful_real_agent_speech_holds_what_detectors_flag(lawful_real_samples, words, at_least):
    assert sum(bool(re.search(words, _agent_speech(s))) for s in lawful_real_samples) >= at_least


def test_lawful_real_messages_to_third_parties_reveal_no_debt(lawful_real_samples):
    debt = re.compile(r"欠|逾期|借款|贷款|还款|账单|帐|催收|额度|\d元|金融|信贷|小贷|消金|银行|数科|担保|保证")
    to_third_parties = [s for s in lawful_real_samples if s["recipient_type"] == "third_party"]
    assert {s["channel"] for s in to_third_parties} == {"sms", "app", "call"}
    assert not [s for s in to_third_parties if debt.search(to_simplified(_agent_speech(s)))]


def test_lawful_real_holds_no_unmasked_identifiers(lawful_real_samples):
    found = _entity_types(lawful_real_samples)
    assert set(found) <= {"PERSON", "ADDRESS"}, found


# --- violations_real.py: violating families in the styles of real texts written by others -------------------

@pytest.fixture(scope="module")
def violations_real_samples() -> list[dict]:
    return violations_real.generate(random.Random(11))


def test_violations_real_is_deterministic_for_a_seed(violations_real_samples):
    assert violations_real.generate(random.Random(11)) == violations_real_samples
    assert violations_real.generate(random.Random(12)) != violations_real_samples


def test_violations_real_samples_follow_the_shared_format(violations_real_samples):
    _assert_violating_sample_format(violations_real_samples, "violations_real")


def test_violations_real_meets_the_minimum_coverage(violations_real_samples):
    families = Counter(sample["family"] for sample in violations_real_samples)
    labels = Counter(label for sample in violations_real_samples for label in sample["labels"])
    assert len(violations_real_samples) >= 2000 and len(families) >= 180
    assert max(families.values()) <= violations_real.MAX_PER_FAMILY == 15
    assert len({_body(s) for s in violations_real_samples}) == len(violations_real_samples)
    minimum = {"threat.violence": 400, "misleading.legal": 400, "threat.exposure": 250, "threat.third_party": 250,
               "abuse.insult": 250, "misleading.impersonation": 200, "coercion.debt_rollover": 200,
               "pii.third_party_disclosure": 100}
    assert not [category for category, at_least in minimum.items() if labels[category] < at_least], labels
    assert {s["channel"] for s in violations_real_samples} == {"sms", "app", "notice", "call"}
    assert {s["register"] for s in violations_real_samples} == SAMPLE_REGISTERS


def test_violations_real_buries_the_violation_in_a_long_normal_template(violations_real_samples):
    # the lawful remainder real texts carry: a repayment channel or keypad menu, a hotline, a signature
    lawful_parts = re.compile(r"对公账户|立即还款|我的-还款|我的-?账单|官方渠道|客服中心|请按\d|退订|拒收请回复|请勿直接回复|"
                              r"申请分期|申请协商|通话将被录音|还款咨询|在线客服|APP上还|如已还款请忽略|感谢您的接听")
    buried = [s for s in violations_real_samples if len(_body(s)) >= 70 and lawful_parts.search(to_simplified(_body(s)))]
    assert 0.35 <= len(buried) / len(violations_real_samples) <= 0.6
    assert {s["channel"] for s in buried} == {"sms", "app", "notice", "call"}


@pytest.mark.parametrize(("pattern", "at_least"), [
    ("^【[^】]+】", 150), ("退订回T|拒收请回复R", 60), ("请按\\d|按\\d", 100), ("^发件人：.*\\n主题：", 60),
    ("记者|报道|审理查明|判决|警方|报警人|公诉机关", 100), ("恁|俺", 50), ("侬|阿拉", 50), ("[😊😏🙄🤡📢👉🚨⚖️📌🏠]", 80),
])
def test_violations_real_styles_of_real_texts(violations_real_samples, pattern, at_least):
    assert sum(bool(re.search(pattern, _body(s), re.M)) for s in violations_real_samples) >= at_least


def test_violations_real_labels_follow_the_contract_boundaries(violations_real_samples):
    texts = {id(s): to_simplified(_body(s)) for s in violations_real_samples}
    # who speaks: every impersonating template names the authority the sender or speaker poses as
    authority = re.compile(r"法院|公安|派出所|警|检察|检署|仲裁|律师|律所|法律|调解委员会|公证处|征信|监管|办事处|服务中心|法官|执行局")
    impersonations = [family for family in violations_real.FAMILIES if "misleading.impersonation" in family.labels]
    assert len(impersonations) >= 15
    assert not [text for family in impersonations for text in family.texts if not authority.search(to_simplified(text))]
    # a self-identified lender making legal claims is misleading.legal only, never impersonation
    signed_by_lender = [s for s in violations_real_samples if re.match(r"【[^】]*(信贷|易借|金融|分期|小贷|普惠|钱包|信用|金服|借款|贷)】",
                                                                      texts[id(s)])]
    assert signed_by_lender and not [s for s in signed_by_lender if "misleading.impersonation" in s["labels"]]
    # violence here is veiled: visits, watching and insinuation, no verb of harm
    violence = [texts[id(s)] for s in violations_real_samples if "threat.violence" in s["labels"]]
    assert not [t for t in violence if re.search("打死|打断|弄死|砍死|杀了你|揍你|削你|锤你|扌丁", t)]


def test_violations_real_families_are_new_and_no_paraphrase(violations_real_samples):
    names = [family.name for family in violations_real.FAMILIES]
    assert len(set(names)) == len(names)
    earlier = [text for module in (violations, violations_more) for family in module.FAMILIES for text in family.texts]
    assert not set(names) & {family.name for module in (violations, violations_more) for family in module.FAMILIES}

    def bigrams(template: str) -> set[str]:
        words = re.sub(r"\{[a-z_0-9]+\}|(?:坐席|客户|联系人)：", "", template)
        return {words[i:i + 2] for i in range(len(words) - 1)}

    earlier_bigrams = [bigrams(text) for text in earlier]
    closest = max(len(mine & theirs) / len(mine | theirs)
                  for family in violations_real.FAMILIES for text in family.texts for mine in [bigrams(text)]
                  for theirs in earlier_bigrams)
    assert closest < 0.45


def test_violations_real_repeats_no_text_of_another_generator(violations_real_samples):
    others = _texts_of_generators_other_than("violations_real")
    assert len(others) > 15000        # violations, violations_more, lawful and lawful_more at least
    assert not [s for s in violations_real_samples if _body(s) in others]


def test_violations_real_holds_no_unmasked_identifiers(violations_real_samples):
    found = _entity_types(violations_real_samples)
    assert set(found) <= {"PERSON", "ADDRESS"}, found


# --- violations_others.py and lawful_others.py: what the classifier missed on texts written by others -----------

@pytest.fixture(scope="module")
def violations_others_samples() -> list[dict]:
    return violations_others.generate(random.Random(11))


@pytest.fixture(scope="module")
def lawful_others_samples() -> list[dict]:
    return lawful_others.generate(random.Random(11))


def test_others_are_deterministic_for_a_seed(violations_others_samples, lawful_others_samples):
    assert violations_others.generate(random.Random(11)) == violations_others_samples
    assert violations_others.generate(random.Random(12)) != violations_others_samples
    assert lawful_others.generate(random.Random(11)) == lawful_others_samples


def test_others_follow_the_shared_format(violations_others_samples, lawful_others_samples):
    _assert_violating_sample_format(violations_others_samples, "violations_others")
    assert_lawful_format(lawful_others_samples, "lawful_others")


def test_violations_others_cover_every_category_and_register(violations_others_samples):
    labels = Counter(label for sample in violations_others_samples for label in sample["labels"])
    assert len(violations_others_samples) >= 900
    assert all(labels[category] >= 25 for category in WORDING_CATEGORIES), labels
    assert {s["register"] for s in violations_others_samples} == SAMPLE_REGISTERS
    assert len({_body(s) for s in violations_others_samples}) == len(violations_others_samples)


def test_violations_others_quoted_case_texts_cover_every_category(violations_others_samples):
    # a judgment, police bulletin or news report quoting a collector, labelled by what the collector said
    report = re.compile(r"查明|本案|案情|判决|裁判文书|指控|警方|民警|公安机关|警情|记者|报道|反映|投诉|回忆|录音|截图|聊天记录|讲述|律师")
    quoted = [s for s in violations_others_samples if ".quote" in s["family"]]
    assert not [s for s in quoted if not report.search(to_simplified(_body(s)))]
    assert {label for s in quoted for label in s["labels"]} >= set(WORDING_CATEGORIES)


def test_violations_others_authority_senders_are_impersonations(violations_others_samples):
    signature = re.compile(r"^【[^】]*(法院|检察院|仲裁|公安|派出所|监管|金融办|人民银行|信用办|司法局|政府|律师事务所|地檢署)[^】]*】")
    signed = [s for s in violations_others_samples if signature.search(to_simplified(_body(s)))]
    assert len(signed) >= 100
    assert not [s for s in signed if "misleading.impersonation" not in s["labels"]]


def test_lawful_others_twins_say_it_lawfully(lawful_others_samples):
    texts = [to_simplified(_agent_speech(s)) for s in lawful_others_samples]
    # every mention of borrowing elsewhere or selling property is advice against it
    rollover = re.compile(r"其他平台|别的平台|别处|别的网贷|套现|高利贷|卖车|卖房|变卖|抵押")
    against = re.compile(r"不建议|不推荐|不要|别|千万|没必要|不必|无需|不用|不需要|用不着|请勿|切勿|切莫|谨慎|不会要求|不是我们|拒绝|风险")
    advice = [t for t in texts if rollover.search(t)]
    assert len(advice) >= 50 and not [t for t in advice if not against.search(t)]
    # authorities are named only to warn against those who pose as them, or as the court that ruled
    assert sum(bool(re.search("冒充|冒用|诈骗|骗子|防骗|核实", t)) for t in texts) >= 50


def test_others_repeat_no_text_of_another_generator(violations_others_samples, lawful_others_samples):
    others = _texts_of_generators_other_than("violations_others", "lawful_others")
    assert len(others) > 20000
    assert not [s for s in violations_others_samples + lawful_others_samples if _body(s) in others]


def test_others_hold_no_unmasked_identifiers(violations_others_samples, lawful_others_samples):
    found = _entity_types(violations_others_samples + lawful_others_samples)
    assert set(found) <= {"PERSON", "ADDRESS"}, found


# --- violations_fresh.py and lawful_fresh.py: the kinds still missed on fresh texts written by others ------------

@pytest.fixture(scope="module")
def violations_fresh_samples() -> list[dict]:
    return violations_fresh.generate(random.Random(11))


@pytest.fixture(scope="module")
def lawful_fresh_samples() -> list[dict]:
    return lawful_fresh.generate(random.Random(11))


def test_fresh_are_deterministic_and_follow_the_shared_format(violations_fresh_samples, lawful_fresh_samples):
    assert violations_fresh.generate(random.Random(11)) == violations_fresh_samples
    assert violations_fresh.generate(random.Random(12)) != violations_fresh_samples
    assert lawful_fresh.generate(random.Random(11)) == lawful_fresh_samples
    _assert_violating_sample_format(violations_fresh_samples, "violations_fresh")
    assert_lawful_format(lawful_fresh_samples, "lawful_fresh")


def test_violations_fresh_cover_the_weak_kinds(violations_fresh_samples):
    labels = Counter(label for sample in violations_fresh_samples for label in sample["labels"])
    assert labels["misleading.impersonation"] >= 200 and labels["misleading.legal"] >= 150
    assert labels["abuse.insult"] >= 120
    assert {"dialect", "spoken", "letter", "sms_template"} <= {s["register"] for s in violations_fresh_samples}


def test_violations_fresh_speakers_posing_as_authorities_are_impersonations(violations_fresh_samples):
    # a signature, heading or self-introduction as a court, procuratorate, arbitrator, police unit or lawyer
    poses = re.compile(r"^【[^】]*(法|检察|仲|cai|公安|gong|警|派出所|律师事务所)[^】]*】|我是[^，。 ]*(律师|书记员|法官|民警|派出所)"
                       r"|以律师身份|代理律师|我哋係.*警|派出所的")
    posing = [s for s in violations_fresh_samples if poses.search(to_simplified(_agent_speech(s)))
              and ".quoted" not in s["family"]]
    assert len(posing) >= 80
    assert not [s for s in posing if "misleading.impersonation" not in s["labels"]]


def test_lawful_fresh_name_authorities_only_truthfully(lawful_fresh_samples):
    texts = [to_simplified(_agent_speech(s)) for s in lawful_fresh_samples]
    # none signs as an authority: the lender, a newspaper or an anti-fraud centre speaks
    assert not [t for t in texts if re.match(r"【[^】]*(法院|检察院|公安|派出所)[^】]*】", t)]
    # every mention of selling, mortgaging or borrowing elsewhere advises against it
    rollover = re.compile(r"卖了|变卖|抵押|其他平台|借新贷|向亲友")
    against = re.compile(r"不建议|不希望|千万别|切勿|请勿|请不要|风险")
    advice = [t for t in texts if rollover.search(t)]
    assert len(advice) >= 20 and not [t for t in advice if not against.search(t)]


def test_corpus_keeps_earlier_samples_when_generators_are_added(monkeypatch):
    from training import make_corpus

    new = ("violations_fresh.", "lawful_fresh.", "violations_voices.", "lawful_voices.", "violations_varied.",
           "lawful_varied.", "violations_deployed.", "lawful_deployed.", "violations_pressed.", "lawful_pressed.")
    full = make_corpus.build(released=())      # the synthetic samples alone (see tests/test_training_released.py)
    assert sum(s["family"].startswith(new) for s in full) >= 600
    # the register copies' seed does not move with the number of generators: without the new modules, the
    # corpus is sample for sample the one the earlier generators made
    monkeypatch.setattr(make_corpus, "GENERATORS", make_corpus.GENERATORS[:8])
    assert [s for s in full if not s["family"].startswith(new)] == make_corpus.build(released=())


# --- violations_voices.py and lawful_voices.py: others' voices without the usual keywords, and their near twins --

@pytest.fixture(scope="module")
def violations_voices_samples() -> list[dict]:
    return violations_voices.generate(random.Random(11))


@pytest.fixture(scope="module")
def lawful_voices_samples() -> list[dict]:
    return lawful_voices.generate(random.Random(11))


def test_voices_are_deterministic_and_follow_the_shared_format(violations_voices_samples, lawful_voices_samples):
    assert violations_voices.generate(random.Random(11)) == violations_voices_samples
    assert violations_voices.generate(random.Random(12)) != violations_voices_samples
    assert lawful_voices.generate(random.Random(11)) == lawful_voices_samples
    _assert_violating_sample_format(violations_voices_samples, "violations_voices")
    assert_lawful_format(lawful_voices_samples, "lawful_voices")


def test_violations_voices_cover_every_category_and_many_registers(violations_voices_samples):
    labels = Counter(label for sample in violations_voices_samples for label in sample["labels"])
    assert all(labels[category] >= 30 for category in (*WORDING_CATEGORIES, "pii.third_party_disclosure")), labels
    assert {"dialect", "spoken", "letter", "sms_template", "app", "robot_script"} <= {
        s["register"] for s in violations_voices_samples}


def test_violations_voices_legal_fictions_avoid_the_usual_keywords(violations_voices_samples):
    # the point of the procedural families: false legal claims the classifier had to learn without these words
    usual = re.compile("拘留|逮捕|坐牢|立案|传票|通缉|起诉|判刑")
    procedure = [to_simplified(_agent_speech(s)) for s in violations_voices_samples if ".procedure." in f".{s['family']}"]
    assert len(procedure) >= 100
    assert sum(not usual.search(t) for t in procedure) >= 0.8 * len(procedure)


def test_lawful_voices_say_it_lawfully(lawful_voices_samples):
    texts = [to_simplified(_agent_speech(s)) for s in lawful_voices_samples]
    # none signs as a court, procuratorate or police station; an anti-fraud centre may sign its own warning
    assert not [t for t in texts if re.match(r"【[^】]*(法院|检察院|派出所|律师事务所)[^】]*】", t)]
    # every mention of borrowing elsewhere or selling property advises against it or reports it as forbidden
    rollover = re.compile(r"卖车|把车卖|变卖|抵押了|别的平台|其他平台|借新还旧|以贷养贷|套现")
    against = re.compile(r"不建议|千万别|别去|请勿|不需要|禁止|不是借新还旧|只会")
    advice = [t for t in texts if rollover.search(t) and "抵押合同" not in t]
    assert len(advice) >= 20 and not [t for t in advice if not against.search(t)]


def test_voices_repeat_no_text_of_another_generator(violations_voices_samples, lawful_voices_samples):
    others = _texts_of_generators_other_than("violations_voices", "lawful_voices")
    assert not [s for s in violations_voices_samples + lawful_voices_samples if _body(s) in others]


def test_voices_hold_no_unmasked_identifiers(violations_voices_samples, lawful_voices_samples):
    found = _entity_types(violations_voices_samples + lawful_voices_samples)
    assert set(found) <= {"PERSON", "ADDRESS"}, found


# --- violations_varied.py and lawful_varied.py: a second round in others' voices, and their near twins -------------

def test_varied_families_cover_every_category_and_their_lawful_twins_sign_truthfully():
    from training.corpus import lawful_varied, violations_varied
    from training.train_wording_model import CATEGORIES as WORDING_CATEGORIES

    violating = violations_varied.generate(random.Random(0))
    assert {label for s in violating for label in s["labels"]} == set(WORDING_CATEGORIES)
    assert all(s["labels"] for s in violating)
    lawful = lawful_varied.generate(random.Random(0))
    assert len(lawful) >= 200 and not [s for s in lawful if s["labels"]]
    texts = [to_simplified(_agent_speech(s)) for s in lawful]
    # an authority signs only a text that an authority of that kind sends (a court's mediation centre, a
    # mediation committee), never a lender's demand
    signed = [t for t in texts if re.match(r"【[^】]*(法院|调解|仲裁)[^】]*】", t)]
    assert signed and all(re.search(r"调解|开庭|不收费|本院|裁决|答辩|法官", t) for t in signed)
    # selling, pawning or borrowing elsewhere is named only to advise against it
    rollover = re.compile(r"借新还旧|其他借款|别的平台|变卖|不用卖")
    assert all(re.search(r"无需|不建议|别去|不用|不要", t) for t in texts if rollover.search(t))


# --- violations_deployed.py and lawful_deployed.py: a third round as deployed senders write, and their twins ------

@pytest.fixture(scope="module")
def deployed_samples() -> tuple[list[dict], list[dict]]:
    from training.corpus import lawful_deployed, violations_deployed

    return violations_deployed.generate(random.Random(0)), lawful_deployed.generate(random.Random(0))


def test_deployed_families_cover_every_category_and_are_deterministic(deployed_samples):
    from training.corpus import lawful_deployed, violations_deployed
    from training.train_wording_model import CATEGORIES as WORDING_CATEGORIES

    violating, lawful = deployed_samples
    assert {label for s in violating for label in s["labels"]} == set(WORDING_CATEGORIES)
    assert all(s["labels"] for s in violating) and not [s for s in lawful if s["labels"]]
    assert violations_deployed.generate(random.Random(0)) == violating
    assert lawful_deployed.generate(random.Random(0)) == lawful
    assert all(s["recipient_type"] == "third_party" for s in violating if "pii.third_party_disclosure" in s["labels"])


def test_lawful_deployed_tells_a_third_party_of_a_debt_only_when_they_answer_for_it(deployed_samples):
    _, lawful = deployed_samples
    debt = re.compile(r"欠|逾期|借款|贷款|还款|账单|\d元")
    to_third_parties = [_agent_speech(s) for s in lawful if s["recipient_type"] == "third_party"]
    told = [t for t in to_third_parties if debt.search(t)]
    assert told and all(OBLIGED_PARTY.search(t) for t in told)
    assert len(to_third_parties) > len(told)


def test_deployed_repeat_no_text_of_another_generator(deployed_samples):
    others = _texts_of_generators_other_than("violations_deployed", "lawful_deployed")
    violating, lawful = deployed_samples
    assert not [s for s in violating + lawful if _body(s) in others]


def test_deployed_hold_no_unmasked_identifiers(deployed_samples):
    violating, lawful = deployed_samples
    found = _entity_types(violating + lawful)
    assert set(found) <= {"PERSON", "ADDRESS"}, found


# --- violations_pressed.py and lawful_pressed.py: who signs and who is pressed, and their lawful twins ----------

@pytest.fixture(scope="module")
def pressed_samples() -> tuple[list[dict], list[dict]]:
    from training.corpus import lawful_pressed, violations_pressed

    return violations_pressed.generate(random.Random(0)), lawful_pressed.generate(random.Random(0))


def test_pressed_families_are_deterministic_and_label_what_they_do(pressed_samples):
    from training.corpus import lawful_pressed, violations_pressed

    violating, lawful = pressed_samples
    assert violations_pressed.generate(random.Random(0)) == violating
    assert lawful_pressed.generate(random.Random(0)) == lawful
    assert all(s["labels"] for s in violating) and not [s for s in lawful if s["labels"]]
    assert all(s["recipient_type"] == "third_party" for s in violating if "pii.third_party_disclosure" in s["labels"])
    # an authority's name over a demand to repay a lender is impersonation; pressure on relatives is a third-party threat
    authority = re.compile(r"【[^】]*(监督管理局|金融管理局|公安|网警|法院)[^】]*】|综治|办事处|经侦|律师执业|挂证|律所")
    assert all("misleading.impersonation" in s["labels"] for s in violating if authority.search(_body(s)))
    assert sum("threat.third_party" in s["labels"] for s in violating) >= 60


def test_lawful_pressed_authorities_collect_nothing(pressed_samples):
    _, lawful = pressed_samples
    bodies = [_agent_speech(s) for s in lawful if re.search("公安|监管局|金融管理局|调解|法院", _agent_speech(s))]
    assert len(bodies) >= 40
    assert not [b for b in bodies if re.search(r"请.{0,12}(向|给).{0,10}(平台|公司)?(还款|还清|结清)", b)]


def test_pressed_repeat_no_text_of_another_generator(pressed_samples):
    others = _texts_of_generators_other_than("violations_pressed", "lawful_pressed")
    violating, lawful = pressed_samples
    assert not [s for s in violating + lawful if _body(s) in others]


def test_pressed_hold_no_unmasked_identifiers(pressed_samples):
    violating, lawful = pressed_samples
    found = _entity_types(violating + lawful)
    assert set(found) <= {"PERSON", "ADDRESS"}, found
