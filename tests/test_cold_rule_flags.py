"""benchmarks.cold_rule_flags counts, per rule id, the safe COLD-style rows the phrase rules flag."""

from __future__ import annotations

import numpy as np
import pytest

from audit.analysers.base import MessageAnalyser
from benchmarks.cold_rule_flags import count_safe_flags
from benchmarks.eval import build, cold_findings

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


# Safe-labelled COLD-style comments: those that speak of no one in particular, of oneself, of a book, a game, the news,
# a deed or a belief are not flagged; those aimed at the reader or someone of the thread are, by the rules named
AIMED_OR_NOT = [
    pytest.param(["我是河南人，没觉得楼主地域黑，说的都是实话。"], ["答主地域黑有点太严重了，说的这种父母我从没遇到过。"],
                 {"wording.insult.called_bigot": 1}, id="a_person_of_the_thread_branded_a_bigot"),
    pytest.param(["我们那边的方言里，“你个龟孙”就是熟人之间打招呼。", "他把“妈的”当语气词用，其实脾气挺好。",
                  "上学时我还被骂过书呆子和白痴，现在想想挺好笑。", "照你这么说，我是不是可以说你歧视南方人？"],
                 ["你个龟孙，欠钱不还还装死。"], {"wording.insult.contempt_label": 1},
                 id="a_curse_talked_about_or_a_label_one_was_called"),
    pytest.param(["有些人总以为自己很聪明，其实谁都看得出来。", "那部剧的演员演技上不去，可惜了。", "这么操蛋的天气，出门全湿了。",
                  "评论区两边都有憨批，懒得看了。", "新闻里那种人真是毫无底线。", "那座城市的户口在高考上一文不值。",
                  "个别人实在蹬鼻子上脸，代表不了大家。", "骗子是外省的，跟本地人没关系。", "这个沙雕视频我看了十遍。"],
                 ["你是不是觉得自己特聪明，换个号就找不到你了？", "你这个憨批，借了钱就不见人。"],
                 {"wording.insult.veiled_contempt": 1, "wording.insult.contempt_label": 1}, id="contempt_of_no_one_in_particular"),
    pytest.param(["宅斗小说里的配角全是蠢货，看得我直乐。",      # a label for characters of a book
                  "这家店的烤鱼真他妈好吃，下次还来。",         # an oath of praise
                  "我们学校门口那条狗屁规定终于取消了。",        # a rule run down
                  "隔壁工地半夜施工，真是缺德啊。"],            # a deed, not a person
                 ["你这个蠢货，电话也不接。", "煞笔，钱到底什么时候还？", "这人真缺德，借了钱就拉黑。"],
                 {"wording.insult.contempt_label": 1, "wording.insult.obscene": 1, "wording.insult.contempt_remark": 1},
                 id="a_label_or_oath_aimed_at_no_one"),
    pytest.param(["我也是老赖，欠室友三顿饭一直没请。", "这游戏策划是sb吧，新版本改得一塌糊涂。", "昨天那个老赖的新闻看了吗，躲了好几年。"],
                 ["消息已读不回，你是死了吗？"], {"wording.insult.contempt_remark": 1},
                 id="a_label_said_of_oneself_a_game_or_the_news"),
    pytest.param(["你在什么时候感受到过性别歧视？", "如果你歧视别人，别人也会歧视你。", "这个答主貌似有点歧视女性？我没看懂。",
                  "你觉得这算地域歧视吗？", "你在国外试试搞种族歧视，马上有人管。"],
                 ["作者为什么要歧视外地人，说话这么难听。", "一看你就仇视南方人，评论全是阴阳怪气。"],
                 {"wording.insult.called_bigot": 2}, id="prejudice_felt_supposed_or_asked_not_charged"),
    pytest.param(["情商测试我才考了六十分，哈哈。", "我真是脑子进水了，把钥匙锁车里了。", "我这猪脑子，又忘带伞了。",
                  "你才来一周，慢慢就熟悉了。"],
                 ["就你这情商，活该没朋友。", "你才好吃懒做，别乱说别人。"],
                 {"wording.insult.veiled_contempt": 2}, id="wits_and_vices_of_oneself_or_the_reader"),
]


@pytest.mark.parametrize(("ordinary", "aimed", "rules"), AIMED_OR_NOT)
def test_only_comments_aimed_at_someone_are_flagged(rules_alone, ordinary: list[str], aimed: list[str],
                                                    rules: dict[str, int]) -> None:
    rows = [{"label": SAFE, "TEXT": text} for text in (*ordinary, *aimed)]
    result = count_safe_flags(rules_alone, "test", rows)
    assert (result.safe, result.flagged) == (len(rows), len(aimed))
    assert {rule: result.by_rule[rule] for rule in rules} == rules


def test_the_dev_figures_name_why_fusion_dropped_a_classifier_insult(monkeypatch: pytest.MonkeyPatch) -> None:
    from benchmarks.cold_dev import INSULT, dropped_insult

    fused = build("wording")
    classifier = fused.classifier
    sure = np.zeros(len(classifier.categories))
    sure[classifier.categories.index(INSULT)] = 0.999                      # as if the n-grams were sure
    monkeypatch.setattr(classifier, "scores", lambda views: sure)

    def dropped(comment: str) -> str | None:
        return dropped_insult(classifier, comment, cold_findings(fused, "t", comment))

    assert dropped("一口一个河南人偷井盖，这种地域歧视的人脑子里装的什么") == "prejudice"
    assert dropped("这家店的菜难吃得要命，服务也差") == "no addressee"
    assert dropped("你这分明就是歧视外地人，心眼真小") is None           # the addressee called prejudiced: kept
    assert dropped("你这种人真恶心，欠钱不还还有脸躲。") is None          # a rule's insult: nothing to drop


def test_the_dev_figures_name_where_a_missed_insult_is_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    from benchmarks.cold_dev import INSULT, missed_stage

    fused = build("wording")
    assert missed_stage(fused, "我们从来不会说您是骗子，请放心。") == "context pass"     # the rule's hit, negated
    assert missed_stage(fused, "周末和朋友去吃了火锅，味道还不错。").startswith("score <threshold by ")
    classifier = fused.classifier
    sure = np.zeros(len(classifier.categories))
    sure[classifier.categories.index(INSULT)] = 0.999
    monkeypatch.setattr(classifier, "scores", lambda views: sure)
    assert missed_stage(fused, "这家店的菜难吃得要命，服务也差") == "fusion: no addressee"
    monkeypatch.undo()
    comment = "昨天在地铁上看小说，他奶奶的，作者把主角写死了，你说气人不气人。"     # a listed rule's oath the n-grams do not back
    assert not any(f.category == INSULT for f in cold_findings(fused, "t", comment))
    assert missed_stage(fused, comment) == "corroboration"
