"""The released hand-labelled sets the wording classifier learns from (issue 9): which files training reads, how a
message becomes a sample, and the dev split by whole files."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from audit.normalise import Normalised
from training import make_corpus, released_sets
from training.released_sets import DATA, DEV_SETS, RELEASED_FILES, released_samples, split_of_file
from training.train_wording_model import CATEGORIES, MAX_COLD_SAFE_FLAGGED_OTHER, choose_thresholds

# files that judge everyone's work at the end, or that measure false flags: training never reads them
EVALUATION_ONLY = re.compile(r"heldout_(?:db|dc|dd|de)\.|pipl_|pii_|conduct_|lawful_messages|wording_labelled|wording_realstyle|"
                             r"(^|/)test|weibo|cold")


@pytest.fixture
def files_read(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The paths training asks the message reader for, recorded without opening them."""
    paths: list[Path] = []

    def recording_reader(path: Path) -> Iterator:
        paths.append(Path(path))
        return iter(())

    monkeypatch.setattr(released_sets, "iter_messages", recording_reader)
    return paths


def test_the_corpus_reads_the_released_files_and_no_evaluation_only_one(files_read: list[Path]) -> None:
    make_corpus.build()
    assert [path.name for path in files_read] == list(RELEASED_FILES)
    assert all(path.parent == DATA and path.suffix == ".jsonl" for path in files_read)
    assert not [path for path in files_read if EVALUATION_ONLY.search(path.name)]
    assert {f"wording_heldout_{name}.jsonl" for name in (*"bcdefghijklmnopqrstuvwxyz", "a", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "al", "am", "an", "ao", "ap", "aq", "ar", "as", "at", "au", "av", "aw", "ax", "ay", "az", "ba", "bb", "bc", "bd", "be", "bf", "bg", "bh", "bi", "bj", "bk", "bl", "bm", "bn", "bo", "bp", "bq", "br", "bs", "bt", "bu", "bv", "bw", "bx", "by", "bz", "ca", "cb", "cc", "cd", "ce", "cf", "cg", "ch", "ci", "cj", "ck", "cl", "cm", "cn", "co", "cp", "cq", "cr", "cs", "ct", "cu", "cv", "cw", "cx", "cy", "cz", "da")} <= {path.name for path in files_read}


def test_a_left_out_file_is_never_read(files_read: list[Path]) -> None:
    released_samples(name for name in RELEASED_FILES if name not in DEV_SETS)
    assert not {path.name for path in files_read} & set(DEV_SETS)
    with pytest.raises(ValueError, match="heldout_db"):
        released_samples(["wording_heldout_db.jsonl"])


def test_training_never_reads_a_cold_test_split() -> None:
    pytest.importorskip("sklearn")
    import training.train_wording_model as trainer

    with pytest.raises(ValueError, match="test"):
        trainer.read_cold("test")


def test_a_released_message_is_the_agent_speech_the_classifier_reads(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    records = [
        {"message_id": "X1", "campaign_id": "hx-sms", "channel": "sms", "recipient_type": "debtor",
         "text": "【云杉信贷】周某，再不还钱我们就去你单位找你领导。", "labels": ["threat.third_party"]},
        {"message_id": "X2", "campaign_id": "hx-chats", "channel": "app", "recipient_type": "debtor",
         "text": "客户：你们这帮骗子，滚！\n客服：您好，请于本周五前还款。", "labels": []},
        {"message_id": "X3", "campaign_id": "hx-calls", "channel": "call", "recipient_type": "third_party",
         "turns": [{"speaker": "agent", "text": "你是周某的同事吧，他欠我们八千块。"},
                   {"speaker": "third_party", "text": "关我什么事，你个神经病。"}],
         "labels": ["pii.third_party_disclosure", "abuse.insult"]},
        {"message_id": "X4", "campaign_id": "hx-calls", "channel": "call", "recipient_type": "debtor",
         "turns": [{"speaker": "customer", "text": "喂？"}], "labels": []},
        {"message_id": "X5", "campaign_id": "hx-quoted", "channel": "app", "recipient_type": "unknown",
         "text": "投诉原文：催收员说“明天就带人去你家门口泼油漆”。", "labels": ["threat.violence"]},
        {"message_id": "X6", "campaign_id": "hx-quoted", "channel": "app", "recipient_type": "unknown",
         "text": "投诉内容：一天打了十几个电话，请平台核查。", "labels": []},
    ]
    (tmp_path / "wording_heldout_l.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    monkeypatch.setattr(released_sets, "DATA", tmp_path)
    # the call without agent speech is left out, and so is the violating complaint that quotes a collector
    sms, chat, call, complaint = released_samples(["wording_heldout_l.jsonl"])
    assert complaint["text"] == records[5]["text"] and complaint["labels"] == []
    assert sms["text"] == records[0]["text"] and sms["labels"] == ["threat.third_party"]
    # a chat written out in one text: the customer's insult is blanked, as the analyser blanks it
    assert "骗子" not in chat["text"] and "请于本周五前还款" in chat["text"]
    assert call["turns"] == [{"speaker": "agent", "text": "你是周某的同事吧，他欠我们八千块。"}]
    assert call["labels"] == ["abuse.insult", "pii.third_party_disclosure"]
    assert {s["source"] for s in (sms, chat, call)} == {"wording_heldout_l.jsonl"}
    assert call["family"] == "wording_heldout_l.hx-calls"


def test_whole_files_make_the_dev_split_newest_sets_and_a_fixed_share_of_batches() -> None:
    dev = [name for name in RELEASED_FILES if split_of_file(name) == "dev"]
    assert set(DEV_SETS) == {"wording_heldout_t.jsonl", "wording_heldout_u.jsonl"} <= set(dev)
    batches = [name for name in dev if name.startswith("wording_dev_")]
    assert 3 <= len(batches) <= len(released_sets.DEV_BATCHES) // 4
    # the older sets all train
    assert not [name for name in dev if re.match(r"wording_heldout_[b-m]\.", name)]


def test_the_shipped_corpus_holds_the_released_messages_by_file_and_split() -> None:
    sources: dict[str, set[str]] = {}
    with make_corpus.CORPUS.open(encoding="utf-8") as lines:
        for line in lines:
            sample = json.loads(line)
            if "source" in sample:
                sources.setdefault(sample["source"], set()).add(sample["split"])
    assert set(sources) == set(RELEASED_FILES)
    assert all(splits == {split_of_file(name)} for name, splits in sources.items())



class _ScoresByText:
    """A stand-in classifier: every category scores a message as the table says of its text."""

    def __init__(self, table: dict[str, float]) -> None:
        self.table = table

    def scores_many(self, views_of_messages: list[list[Normalised]]) -> np.ndarray:
        return np.array([[self.table[views[0].original]] * len(CATEGORIES) for views in views_of_messages])


def test_a_category_other_than_insults_flags_at_most_two_of_cold_devs_safe_comments() -> None:
    # trained on the released sets, the violence column scored ordinary comments (public safety, a family tragedy, a
    # school day) over its dev-chosen threshold; COLD dev's safe comments hold every column, as they held insults only.
    # Two may be flagged, not one: at one, the two comments scored highest chose the violence threshold alone
    dev = ([{"text": f"再不还钱就打断你的第{i}条腿", "labels": ["threat.violence"]} for i in range(40)]
           + [{"text": f"您好，第{i}期账单已出", "labels": []} for i in range(40)])
    cold_dev = ([{"text": f"第{i}条评论", "labels": [], "source": "cold"} for i in range(3000)]
                + [{"text": "我们这边晚上走夜路也不怕", "labels": [], "source": "cold"},
                   {"text": "小区里有人从楼上摔下去了", "labels": [], "source": "cold"},
                   {"text": "每天早上五点到班早读", "labels": [], "source": "cold"},
                   {"text": "你这种人就是垃圾", "labels": ["abuse.insult"], "source": "cold"}])
    table = {s["text"]: 0.95 if s["labels"] else 0.1 for s in dev + cold_dev}
    table.update({"我们这边晚上走夜路也不怕": 0.90, "小区里有人从楼上摔下去了": 0.82, "每天早上五点到班早读": 0.53})
    thresholds = choose_thresholds(_ScoresByText(table), dev, cold_dev)
    assert 2 <= MAX_COLD_SAFE_FLAGGED_OTHER * 3003 < 3
    assert 0.53 < thresholds["threat.violence"][0] <= 0.82     # two of the three comments flagged at most
    assert thresholds["threat.violence"][1:] == (40 / 42, 1.0)    # dev precision (the comments at .90, .82) and recall
