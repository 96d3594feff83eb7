"""The lawful voices (lexicons/wording/context/lawful.yml): each voice's lawful examples get no finding of its
categories, and each threat written in the same grammar still gets one; the file is checked when loaded."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.analysers.wording import LAWFUL_FILE, WordingAnalyser
from audit.errors import RulePackError
from audit.message import Message
from audit.normalise import normalise
from audit.paths import LEXICONS
from audit.readers import message_from_dict
from audit.rulepack import read_yaml

VOICES = read_yaml(LEXICONS / LAWFUL_FILE)["voices"]
CASES = [(name, kind, text) for name, voice in VOICES.items()
         for kind in ("lawful", "threat") for text in voice["examples"][kind]]


def agent_turn(text: str) -> Message:
    """An agent's call turn: where unpunctuated speech is judged, as in the sets."""
    return message_from_dict({"message_id": "m", "campaign_id": "c", "channel": "call", "recipient_type": "debtor",
                              "turns": [{"speaker": "agent", "text": text}]})


def voice_speaks(wording_rules: WordingAnalyser, name: str, text: str) -> bool:
    """Whether the named voice holds over the text: anywhere for a message voice, in some sentence for a sentence one."""
    voice = next(v for v in wording_rules.voices if v.name == name)
    view = normalise(text)
    contexts = wording_rules._context_spans(view)
    spans = ([(0, len(view.text))] if voice.scope == "message"
             else [view.sentence_of(i, i + 1) for i in range(len(view.text))])
    return any(voice.marked(view.text, span, contexts) and not voice.undone(view.text, span, contexts) for span in spans)


@pytest.mark.parametrize(("voice", "kind", "text"), CASES, ids=[f"{v}-{k}-{i}" for i, (v, k, _) in enumerate(CASES)])
def test_voice_examples(wording_rules: WordingAnalyser, wording_rules_without_voices: WordingAnalyser, voice: str, kind: str,
                        text: str) -> None:
    """A lawful example is spoken in the voice and gets no finding of its categories; a threat in the same grammar is
    not, and keeps every finding of those categories the rules give it without the voices."""
    categories = set(VOICES[voice]["categories"])
    found = {f.category for f in wording_rules.analyse(agent_turn(text))} & categories
    if kind == "lawful":
        assert voice_speaks(wording_rules, voice, text) and not found, (text, found)
    else:
        assert not voice_speaks(wording_rules, voice, text), text
        assert found == {f.category for f in wording_rules_without_voices.analyse(agent_turn(text))} & categories, text


def test_every_voice_has_lawful_examples_and_threats_in_its_grammar() -> None:
    for name, voice in VOICES.items():
        assert voice["examples"]["lawful"] and voice["examples"]["threat"], name


def test_a_voice_without_scope_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lawful.yml"
    path.write_text("voices:\n  odd:\n    categories: [misleading.legal]\n    marks: [判决后]\n", encoding="utf-8")
    with pytest.raises(RulePackError, match="scope"):
        WordingAnalyser([], lawful=path)


def test_a_pattern_that_does_not_compile_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lawful.yml"
    path.write_text("voices:\n  odd:\n    scope: sentence\n    categories: [misleading.legal]\n    mark_patterns: ['(']\n",
                    encoding="utf-8")
    with pytest.raises(RulePackError, match="compile"):
        WordingAnalyser([], lawful=path)


def test_a_customers_line_behind_the_senders_signature_is_not_the_agents(wording_rules: WordingAnalyser) -> None:
    """A chat pasted behind the lender's 【signature】 opens with the customer's line: their words stay theirs, and the
    agent's line after it is still judged."""
    chat = "【禾安消费金融】客户：你们再打电话我就弄死你们这帮吸血鬼\n客服：您先别激动，我们可以为您申请延期。"
    message = message_from_dict({"message_id": "m", "campaign_id": "c", "channel": "app", "recipient_type": "debtor",
                                 "text": chat})
    assert wording_rules.analyse(message) == []
    threat = chat.replace("您先别激动，我们可以为您申请延期", "再不还我们明天就去你家堵门")
    message = message_from_dict({"message_id": "m", "campaign_id": "c", "channel": "app", "recipient_type": "debtor",
                                 "text": threat})
    assert "threat.violence" in {f.category for f in wording_rules.analyse(message)}


def app_message(text: str) -> Message:
    """A written app message from the lender to the debtor."""
    return message_from_dict({"message_id": "m", "campaign_id": "c", "channel": "app", "recipient_type": "debtor",
                              "text": text})


# Others' words named to refuse, ban or debunk them (negation.yml: condemnations, quote condemnations, sanctions), each
# beside the same practice used: the first gets no finding of the category, the second keeps it.
NAMED_NOT_USED = [
    ("coercion.debt_rollover", "您问能不能先找别的平台借一笔还上，这个我们不建议，可以为您申请分期。",
     "你问能不能去别的平台借？当然能，借了先还我们这边。"),
    ("coercion.debt_rollover", "客户反馈：同事叫我去别的平台借钱先还你们，行不行？\n客服回复：请不要以贷还贷，我们可以帮您延期。",
     "客服回复：你可以去别的平台借钱先还我们，下款快。"),
    ("misleading.legal", "反诈提示：骗子冒充平台客服，称“您的账户异常需要注销，否则影响征信”，诱导您转账。",
     "您的账户异常需要注销，否则冻结您名下账户。"),
    ("abuse.insult", "坐席规范：禁止用语包括“你这个老赖”“骗子”等，一经发现严肃处理。",
     "坐席：你这个老赖，还装什么可怜。"),
    ("misleading.legal", "网友回答：别信“明天上门抓人”这类话，逾期是民事纠纷。",
     "明天我们就带人上门抓人，你等着。"),
    ("threat.violence", "通报：某催收公司员工以“不还钱就去你家堵门”恐吓借款人，该公司已被责令停业整顿。",
     "不还钱我们就去你家堵门。"),
    ("misleading.legal", "辟谣：网传“逾期三个月警察就上门抓人”系谣言，欠款属于民事纠纷。", "逾期三个月警察就上门抓人。"),
    ("threat.third_party", "您投诉我司催收员给您母亲打电话一事已查实，涉事人员已被处理。", "你再不还，我们就给你母亲打电话。"),
    ("threat.exposure", "案例：坐席称“不还就把你发到朋友圈”，属于以曝光相威胁，已扣分。", "不还就把你发到朋友圈。"),
    ("threat.third_party", "您通过热线反映催收员给您父亲打电话一事，已转该机构核查处理。", "你再不还，我们就给你父亲打电话。"),
    ("abuse.insult", "网友帖：催收员骂我是老赖，我录音投诉后对方道歉了。", "催收员：你就是个老赖。"),
    ("coercion.debt_rollover", "提醒：劝您“刷卡套现”还款的都不是我司员工，请拨打客服热线核实。", "您可以先刷卡套现把这期还上。"),
    ("misleading.legal", "您说的那个 什么要坐牢 是那些骗子吓唬人的 我们不会这么说", "你不还就要坐牢"),
    ("abuse.insult", "论坛帖：那段时间天天被催收员骂“废物”，后来我录了音去投诉。", "坐席：你就是个废物。"),
    ("misleading.legal", "新闻：催收员对借款人称“警察马上到你家”，经举报，该催收公司已被立案调查。", "警察马上到你家。"),
    ("threat.third_party", "防范提示：有的催收会说“不还就爆通讯录”，遇到请立即报警。", "不还就爆通讯录。"),
    ("threat.exposure", "社评：有的催收员动辄“不还钱就曝光你”，对此监管必须重拳出击。", "不还钱就曝光你。"),
    ("threat.violence", "本报讯 市民小滕说，催收员在电话里说“你不还，我们就去你家闹”，小滕已向银保监部门投诉。",
     "小滕，你不还，我们就去你家闹。"),
    ("misleading.legal", "您收到的“已移交公安”那条短信不是我们发的，请放心。", "您的欠款已移交公安，等着传唤吧。"),
    ("threat.violence", "我们公司不做上门催收，您放心。", "我们公司明天就上门催收。"),
    ("abuse.insult", "【信达分期】“老赖”是对失信被执行人的俗称，积极协商就不会被列入。", "你就是个“老赖”，说的就是你。"),
    ("threat.third_party", "知乎问答｜被催收威胁“爆通讯录”怎么办？答：保留证据，向平台投诉。", "再不还就爆你通讯录。"),
    ("misleading.legal", "律师函就是律所代我们发的书面通知，跟坐牢没有任何关系。", "律师函发了你还不还，就等着坐牢吧。"),
    # a warning to staff drawn from a sanctioned practice, beside a notice to the neighbours that is the practice
    ("threat.exposure", "合规通报：催收员孙某把客户欠款截图发到小区业主群，已被辞退，请全体员工引以为戒。",
     "各位住户好：5栋的郑*欠我司贷款两年不还，特此公告，请大家引以为戒。"),
    # a quality-inspection report on an agent or a field visitor, with its penalty
    ("abuse.insult", "质检记录：坐席周某在通话中称客户为“老赖”，本月扣分并安排复训。", "周先生，你就是个老赖。"),
    ("threat.exposure", "外访稽核：外访人员把欠款通知贴在客户家门口，已认定违规，责令撤除。",
     "明天就把你的欠款通知贴在你家门口。"),
    # a letter the customer received disowned, a practice named in consumer education to warn against it
    ("misleading.legal", "您收到的那封说要追究刑事责任的信，并非我司发出，请以官方通知为准。",
     "你的行为我司将追究刑事责任，请今日还款。"),
    ("coercion.debt_rollover", "【金融课堂】以贷养贷危害大，还款困难请与机构协商延期。", "去别的平台以贷养贷，先把这期还了。"),
    # an internal audit of an outsourced agency ordered to stop; a scare line named as such; a lender's reply that the
    # quoted advice breaks its rules
    ("coercion.debt_rollover", "内审发现：一家委外机构让客户“找别的平台借一笔先还”，已责令停止并扣减服务费。",
     "你找别的平台借一笔先还，今天就能下款。"),
    ("misleading.legal", "“逾期就转刑事案件”“名下房产马上查封”等说法都属于恐吓话术。", "逾期就转刑事案件，你自己掂量。"),
    ("coercion.debt_rollover", "您好，催收员建议您“把房子抵押了还款”，这不符合我司规定，已转合规部核查。",
     "您好，您把房子抵押了还款，这期就过去了。"),
    ("threat.third_party", "关于“打给您单位”一事，按规定催收不得联系债务人单位，已转合规调查。", "明天就打给您单位，让领导知道。"),
    # a quotation labelled as words mentioned right before it (negation.yml: quote_labels), beside the label cut off by
    # a clause break or the words said
    ("threat.violence", "催收话术对照\n错误：“今晚我们就去你家门口堵你。”\n正确：“您看哪天方便还款？”",
     "你拖着是错误的，“今晚我们就去你家门口堵你”说到做到。"),
    ("threat.third_party", "话术对照 错误：“再不还就打给你们领导。” 正确：“请问您何时方便还款？”", "再不还就打给你们领导。"),
    ("abuse.insult", "坐席手册：禁语“废物”“穷鬼”。", "你这个废物，还好意思挂电话。"),
    ("misleading.legal", "关于网传“逾期就上门抓人”的说明：欠款属于民事纠纷。", "逾期就上门抓人。"),
    # a hit that reaches into a quotation, condemned after it outside quotation marks, beside a case report whose
    # condemning word is inside the collector's quoted words
    ("abuse.insult", "回访记录：上月外访员当面叫您“穷鬼”，经调查属违规，已作出处理。", "你这个“穷鬼”，还不还钱？"),
    # an apology for what it names
    ("abuse.insult", "坐席：上周那位同事骂您废物，是他不对，我代表公司给您道歉。", "坐席：您就是个废物。"),
    # a question answered no behind an answer's label, or by the rule it cites and the party the rule binds
    ("threat.third_party", "读者来信：欠网贷的话，催收能去我老公单位找他领导吗？\n专家回答：不能，这属于骚扰。",
     "读者来信：欠网贷的话，催收能去我老公单位找他领导吗？\n专家回答：能，我们明天就去找他领导。"),
    ("threat.third_party", "问：催收公司能不能打电话到我单位？依照监管规定，催收机构不得联系债务人单位。",
     "问：催收公司能不能打电话到我单位？依照合同约定，我们明天就打电话到你单位。"),
]


@pytest.mark.parametrize(("category", "named", "used"), NAMED_NOT_USED, ids=[f"named-{i}" for i in range(len(NAMED_NOT_USED))])
def test_a_practice_named_to_refuse_it_is_not_used(wording_rules: WordingAnalyser, category: str, named: str,
                                                   used: str) -> None:
    assert category not in {f.category for f in wording_rules.analyse(app_message(named))}, named
    assert category in {f.category for f in wording_rules.analyse(app_message(used))}, used


def test_clears_classifier_is_a_boolean_of_message_voices(tmp_path: Path) -> None:
    path = tmp_path / "lawful.yml"
    for scope, value in (("message", "'no'"), ("sentence", "false")):
        path.write_text(f"voices:\n  odd:\n    scope: {scope}\n    clears_classifier: {value}\n"
                        "    categories: [threat.third_party]\n    marks: [室友]\n", encoding="utf-8")
        with pytest.raises(RulePackError, match="clears_classifier"):
            WordingAnalyser([], lawful=path)


def test_a_voice_that_does_not_clear_the_classifier_leaves_its_finding(tmp_path: Path) -> None:
    """A message voice marked `clears_classifier: false` clears rule hits only: the classifier's own finding of its
    category in the same message stands, where the same voice without the mark drops it."""
    from audit.classifier import WordingClassifier

    text = "你是她室友吧，麻烦转告她回个电话，不然我们只能把这事跟你们宿管和辅导员反映了。"
    message = message_from_dict({"message_id": "m", "campaign_id": "c", "channel": "sms",
                                 "recipient_type": "third_party", "text": text})
    classifier = WordingClassifier.load(LEXICONS)
    found = {}
    for clears in ("true", "false"):
        path = tmp_path / f"lawful_{clears}.yml"
        path.write_text(f"voices:\n  roommate_asked:\n    scope: message\n    clears_classifier: {clears}\n"
                        "    categories: [threat.third_party]\n    marks: [室友]\n", encoding="utf-8")
        wording_rules = WordingAnalyser([], lawful=path, classifier=classifier)
        found[clears] = {(f.category, f.detector) for f in wording_rules.analyse(message)}
    assert ("threat.third_party", "model") in found["false"]
    assert "threat.third_party" not in {category for category, _ in found["true"]}


# A rhetorical 不是有…吗 points at what the debtor owns (negation.yml `conditions`): it denies nothing that follows, in
# speech without punctuation as in writing; the collector's own denial still negates.
POSSESSION_POINTED_AT = [
    ("你们家不是有辆车嘛 卖了先还上", True),
    ("你家不是有套房子吗，卖了给他还了", True),
    ("我们不会让您把车卖了先还上", False),
    ("我们不是要您把家里那头牛卖了", False),
]


@pytest.mark.parametrize(("text", "flagged"), POSSESSION_POINTED_AT, ids=[f"possession-{i}" for i in range(4)])
def test_a_rhetorical_possession_is_no_negation(wording_rules: WordingAnalyser, text: str, flagged: bool) -> None:
    assert ("coercion.debt_rollover" in {f.category for f in wording_rules.analyse(agent_turn(text))}) is flagged, text


def test_a_romanised_gen_ju_is_no_detention(wording_rules: WordingAnalyser) -> None:
    """根据您 spelt in Latin letters (gen ju nin) holds the syllables of 拘您, which the pinyin pass reads; it is the
    lender citing the debtor's request, while ju nin alone still threatens."""
    cited = "gen ju nin de shen qing, wo si yi wei nin ban li yan qi huan kuan."
    assert "misleading.legal" not in {f.category for f in wording_rules.analyse(app_message(cited))}
    assert "misleading.legal" in {f.category for f in wording_rules.analyse(app_message("ming tian jiu ju nin"))}
