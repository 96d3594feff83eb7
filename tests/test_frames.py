"""Frame rules (audit.analysers.frames): classes composed across clauses, sentences and consecutive turns of one
speaker, negation and lawful context, one finding per category, strict loading, and classes shared by frames."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.analysers.wording import WordingAnalyser
from audit.cli import main
from audit.errors import RulePackError
from audit.message import Message, Turn
from audit.normalise import normalise
from audit.paths import LEXICONS
from audit.rulepack import load_pack, load_rules

CLASSES = """
classes:
  condition:
    condition: true
    terms: [如未, 否则, 再不]
    patterns: ['\\d+月\\d+日前']
  notify:
    terms: [通知, 告诉]
  relations:
    terms: [家人, 父母]
  learns:
    terms: [都会知道]
  presence:
    terms: [到你家]
"""

PACK = """
pack: test.frames
analyzer: wording
defaults:
  regulation: 信用卡业务监督管理办法 第68条
  severity: high
  explanation: 测试规则。
rules:
  - id: t.notify
    category: threat.third_party
    frame: [condition, notify, relations]
    gap: [12, 4]
    unless: [核实]
    unless_sentence: [失联]
    unless_between: [本人]
    examples: {match: [如未还款，我们将通知您的家人]}
  - id: t.learns
    category: threat.third_party
    frame: [condition, relations, learns]
    gap: 8
    examples: {match: [否则你家人都会知道]}
  - id: t.presence
    category: threat.violence
    frame: [condition, presence]
    gap: 10
    examples: {match: [再不还我们就到你家]}
  - id: t.family_phrase
    category: threat.third_party
    terms: [通知你的家人]
    examples: {match: [明天通知你的家人]}
  - id: t.visit_phrase
    category: threat.violence
    terms: [就到你家]
    examples: {match: [明天就到你家]}
"""


def write_pack(folder: Path, classes: str = CLASSES, pack: str = PACK) -> Path:
    (folder / "classes.yml").write_text(classes, encoding="utf-8")
    path = folder / "frames.yml"
    path.write_text(pack, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def analyser(tmp_path_factory: pytest.TempPathFactory) -> WordingAnalyser:
    return WordingAnalyser(load_pack(write_pack(tmp_path_factory.mktemp("frames"))))


def findings(analyser: WordingAnalyser, text: str) -> list[tuple[str, str]]:
    """(rule id, evidence) of each finding of an SMS."""
    return [(f.rule_id, f.evidence) for f in analyser.analyse(Message("m1", "c1", "sms", text=text))]


@pytest.mark.parametrize(("text", "evidence"), [
    ("如未还款，我们将通知您的家人", "如未还款，我们将通知您的家人"),                 # across a clause break
    ("今天必须处理。否则，我们会告诉你父母。", "否则，我们会告诉你父母"),
    ("最后一天了，再不还。我们就通知您父母", "再不还。我们就通知您父母"),            # across a sentence end
    ("如未還款，我們將通知您的家人！", "如未還款，我們將通知您的家人"),              # traditional, original offsets
    ("请于5月1日前还款，逾期通知您父母", "5月1日前还款，逾期通知您父母"),            # a class pattern as a part
])
def test_a_frame_composes_its_classes_in_order_across_clauses_and_sentences(
        analyser: WordingAnalyser, text: str, evidence: str) -> None:
    assert ("t.notify", evidence) in findings(analyser, text)


@pytest.mark.parametrize("text", [
    "我们将通知您的家人",                          # no condition
    "您的家人如未收到通知",                         # the parts out of order
    "如未还款，我们将在下个工作日用电话短信通知您的家人",  # 如未 … 通知: more than 12 characters apart
    "如未还款，将通知您以及您的家人",                 # 通知 … 家人: more than 4 apart
])
def test_a_frame_needs_every_part_in_order_within_its_gaps(analyser: WordingAnalyser, text: str) -> None:
    assert "t.notify" not in {rule for rule, _ in findings(analyser, text)}


def test_a_frame_spans_two_consecutive_turns_of_the_agent_and_is_given_on_the_consequence_turn(
        analyser: WordingAnalyser) -> None:
    turns = [Turn("agent", "您好，您的账单已逾期。"), Turn("agent", "再不还"), Turn("agent", "我们就通知您父母")]
    [finding] = analyser.analyse(Message("m1", "c1", "call", turns=turns))
    assert (finding.rule_id, finding.turn, finding.evidence) == ("t.notify", 2, "通知您父母")
    assert turns[2].text[finding.start:finding.end] == "通知您父母"


def test_a_tight_frame_never_spans_another_speakers_turn(analyser: WordingAnalyser) -> None:
    # the reply between counts as frames.OTHER_TURN_DISTANCE characters, more than t.notify's gap of 12 minus 再不还's tail
    turns = [Turn("agent", "再不还"), Turn("customer", "我没钱"), Turn("agent", "我们就通知您父母")]
    assert analyser.analyse(Message("m1", "c1", "call", turns=turns)) == []
    # and the customer's own words compose nothing
    turns = [Turn("customer", "再不还"), Turn("customer", "你们就通知我父母？")]
    assert analyser.analyse(Message("m1", "c1", "call", turns=turns)) == []


@pytest.mark.parametrize(("text", "fires"), [
    ("如未还款，我们不会通知您的家人", False),
    ("如未还款，我们绝不会以任何方式通知您的家人", False),     # a clause negator governs the rest of its clause
    ("如未还款，别以为我们不会通知您的家人", True),            # a belief, not a negation
    ("如未还款，我们会不会通知您的家人？看你表现", True),      # 会不会: no negation
    ("如未还款，我们将通知您的家人核实联系方式", False),        # unless: lawful context in the clause
    ("如未还款且您已失联，我们将通知您的家人", False),          # unless_sentence: in the sentence ...
    ("您已失联多日。如未还款，我们将通知您的家人", True),       # ... not in another one
    ("如未还款，将通知本人及家人", False),                    # unless_between: inside the frame's span
])
def test_negation_and_lawful_context_apply_to_frames(analyser: WordingAnalyser, text: str, fires: bool) -> None:
    assert ("t.notify" in {rule for rule, _ in findings(analyser, text)}) is fires


def test_one_finding_per_category_from_the_most_specific_rule(analyser: WordingAnalyser) -> None:
    # the phrase rule overlaps the frame in threat.third_party: the phrase rule stays
    assert findings(analyser, "如未还款就通知你的家人") == [("t.family_phrase", "通知你的家人")]
    # two frames of one category with as many parts overlap: the longer stays
    assert findings(analyser, "再不还就通知你家人都会知道") == [("t.learns", "再不还就通知你家人都会知道")]
    # among phrase rules, the longer match; a frame of another category keeps its own finding
    assert findings(analyser, "再不还我们就到你家") == [("t.visit_phrase", "就到你家")]
    assert sorted(findings(analyser, "再不还就通知你的家人，还要到你家")) == [
        ("t.family_phrase", "通知你的家人"), ("t.presence", "再不还就通知你的家人，还要到你家")]


def test_example_matches_judges_the_frame_alone(analyser: WordingAnalyser) -> None:
    frame = next(r for r in analyser.rules if r.id == "t.notify")
    assert analyser.example_matches(frame, "如未还款就通知你的家人")    # even where a phrase rule wins
    assert not analyser.example_matches(frame, "如未还款，我们不会通知您的家人")


def test_a_term_added_to_a_class_reaches_every_frame_using_it(tmp_path: Path) -> None:
    texts = ["如未还款，我们将通知您的舅舅", "否则你舅舅都会知道"]
    before = WordingAnalyser(load_pack(write_pack(tmp_path)))
    assert [findings(before, text) for text in texts] == [[], []]
    after = WordingAnalyser(load_pack(write_pack(tmp_path, CLASSES.replace("[家人, 父母]", "[家人, 父母, 舅舅]"))))
    assert [[rule for rule, _ in findings(after, text)] for text in texts] == [["t.notify"], ["t.learns"]]


FRAME_RULE = """pack: bad
analyzer: wording
rules:
  - id: bad.frame
    category: threat.third_party
    severity: high
    regulation: 测试
    explanation: 测试。
    {body}
    examples: {{match: [如未还款通知家人]}}
"""


@pytest.mark.parametrize(("body", "message"), [
    ("frame: [condition, notify, cousins]\n    gap: 6", "'frame': unknown class 'cousins'"),
    ("frame: [condition]\n    gap: 6", "'frame' must be a list of at least two class names"),
    ("frame: [condition, notify]\n    gap: -1", "'gap' must be a number of characters"),
    ("frame: [condition, notify]\n    gap: [3, 4]", "'gap' must be .* a list of 1, one per joint"),
    ("frame: [condition, notify]\n    gap: near", "'gap' must be a number of characters"),
    ("frame: [condition, notify]", "'gap' must be a number of characters"),
    ("frame: [condition, notify]\n    gap: 6\n    terms: [家人]", "unknown key\\(s\\) for a wording rule: terms"),
    ("frame: [condition, notify]\n    gap: 6\n    unless_between: []", "'unless_between' must be a list"),
])
def test_bad_frames_fail_at_load_naming_file_rule_and_key(tmp_path: Path, body: str, message: str) -> None:
    path = write_pack(tmp_path, pack=FRAME_RULE.format(body=body))
    with pytest.raises(RulePackError, match=message) as error:
        WordingAnalyser(load_pack(path))
    assert error.value.rule_id == "bad.frame" and error.value.path == str(path)


@pytest.mark.parametrize(("classes", "message"), [
    ("classes:\n  notify: {}\n  condition: {terms: [如未]}", "class 'notify' is empty"),
    ("classes:\n  notify: {terms: []}\n  condition: {terms: [如未]}", "class 'notify' is empty"),
    ("classes:\n  notify: {terms: [通知], colour: red}\n  condition: {terms: [如未]}", "class 'notify': unknown key"),
    ("classes:\n  notify: {patterns: ['(']}\n  condition: {terms: [如未]}", "class 'notify': 'patterns': pattern '\\('"),
    ("classes:\n  notify: {patterns: ['(a+)+b']}\n  condition: {terms: [如未]}", "class 'notify': 'patterns': pattern"),
    ("classes:\n  notify: {terms: [通知]}\n  condition: {terms: [如未], condition: maybe}", "'condition' must be"),
    ("notify: [通知]", "a classes file is a mapping with one key, 'classes'"),
    ("classes:\n  notify: {patterns: ['通知|\n     告知']}\n  condition: {terms: [如未]}", "holds a space"),
])
def test_bad_classes_fail_at_load_naming_file_and_class(tmp_path: Path, classes: str, message: str) -> None:
    write_pack(tmp_path, classes, FRAME_RULE.format(body="frame: [condition, notify]\n    gap: 6"))
    with pytest.raises(RulePackError, match=message) as error:
        WordingAnalyser(load_pack(tmp_path / "frames.yml"))
    assert error.value.path == str(tmp_path / "classes.yml")


def test_a_classes_file_is_no_rule_pack_and_frames_run_in_rules_test(tmp_path: Path) -> None:
    assert not [r for r in load_rules([LEXICONS]) if Path(r.path).name == "classes.yml"]
    result = CliRunner().invoke(main, ["rules", "test", str(LEXICONS / "wording" / "frames.yml")])
    assert result.exit_code == 0 and " 0 failed" in result.output
    bad = write_pack(tmp_path, pack=FRAME_RULE.format(body="frame: [condition, cousins]\n    gap: 6"))
    result = CliRunner().invoke(main, ["rules", "test", str(bad)])
    assert result.exit_code == 2 and "bad.frame" in result.output and "unknown class 'cousins'" in result.output
    result = CliRunner().invoke(main, ["rules", "test", str(LEXICONS / "wording" / "classes.yml")])
    assert result.exit_code == 2 and "a classes file is no rule pack" in result.output


@pytest.fixture(scope="module")
def shipped() -> WordingAnalyser:
    return WordingAnalyser.from_lexicons(model=False)


@pytest.mark.parametrize(("text", "category"), [
    ("若仍未在规定时间内履行还款义务，我司将联系您户籍所在地的居委会协助催收。", "threat.third_party"),
    ("若逾期仍不处理，我司将通过新闻媒体发布催收公告。", "threat.exposure"),
    ("再拖着不还，你就等着躺着出来吧。", "threat.violence"),
    ("最后期限是今晚。我们知道你住在哪，也知道你孩子的学校。", "threat.violence"),
    ("您的案件已进入刑事立案程序，请于48小时内处理。", "misleading.legal"),
    ("【锦城区人民法院】您好，请于今日处理您的欠款。", "misleading.impersonation"),
    ("【东岭区人民检察院】张*伟，你涉嫌信用卡诈骗一案，请于三日内还款。", "misleading.impersonation"),
    ("实在不行你就卖车卖房，总能凑出来。", "coercion.debt_rollover"),
    # families of real senders' texts (set U): collectors placed outside now, contacts held, a post under the debtor's
    # videos, a staff loan to square the debt, the debt's nature said to have turned criminal
    ("我们同事现在就在你单位楼下等着，今天把钱的事说清楚。", "threat.violence"),
    ("你那几个发小的电话我都有，自己想想吧。", "threat.third_party"),
    ("再不还，我们就在你每条视频底下留言，让你的粉丝都知道。", "threat.exposure"),
    ("去你们单位申请个员工贷，这账就平了。", "coercion.debt_rollover"),
    ("你这事拖了半年，性质早就变成诈骗了。", "misleading.legal"),
    # pressure through employer, school, village and family put as a choice, a question, a plan or a picture (set Z):
    # each new word of a class reaches every frame that uses it
    ("你是自己把账结了，还是我们让你们站长在例会上帮你提一下？", "threat.third_party"),
    ("我们这两天会去找你们村的支书，让大伙一起督促你。", "threat.third_party"),
    ("你岳母要是知道你结婚的钱还欠着，会怎么想？", "threat.third_party"),
    ("请贵校在其结清前暂扣其学位证。", "threat.third_party"),
    ("你们发工资的时候先扣下三千转给我们就行。", "threat.third_party"),
    # exposure in few words: the collector inside the debtor's group, a group asked to learn of it too
    ("你们车队的群我也在哦，你看着办。", "threat.exposure"),
    ("你常去的那几家店的老板都在我们商家群里，要不要让他们也知道一下？", "threat.exposure"),
    # veiled and hinted threats of sets AD-AG: the crew near the debtor with a meeting as the menace, a hazard to the home,
    # the debtor located and people on the way, a post half said, a debt told with a call to spread it, a third party told
    # what follows if they will not act, a contact told to sell and pay
    ("你们厂门口那家烧烤摊，我们兄弟几个这几天都在，下班见。", "threat.violence"),
    ("你屋头那几头牛养得壮，哪天跑丢了莫怪我们。", "threat.violence"),
    ("系统已定位到你的当前位置，外访组已出发。", "threat.violence"),
    ("你们小区业主群那边，稿子已经编辑好了，就等你今天的答复。", "threat.exposure"),
    ("各位街坊：6栋的刘某欠款一年不还，请大家相互转告。", "threat.exposure"),
    ("你们单位要是不管，我们就天天去你们公司找你们领导。", "threat.third_party"),
    ("你是他的邻居吧？他欠我们五千，你家那辆三轮卖了先还上。", "threat.third_party"),
    # AT's: a conditional check with the employer or the family (the debtor's means, not a number), a relative spared
    # "you see" with a tag question, the collector ringing a relative now, the next one in line, a staff group
    ("若本月底前仍未处理，我们将与贵公司人事部门核实您的还款能力。", "threat.third_party"),
    ("你弟在工地上挺辛苦的，我们也不想去麻烦他，你说对吧？", "threat.third_party"),
    ("你不回我也行，你老婆的号码我有，我现在就给她打。", "threat.third_party"),
    ("你要是还不处理，下一个就是你丈人。", "threat.third_party"),
    ("这个月的拖欠户名单明天发到你们厂的职工群。", "threat.exposure"),
    # AH-AK and AV: a relation greeted and told what befalls them, a village officer who will work on the debtor, a warning
    # to take care alone before a demand, a livestock hazard, a staff and a group addressed with the debt, the debt made
    # into a video, a village blackboard
    ("老曹的同事你好，他一直躲着不还，再这样我们只好到你们公司来找他。", "threat.third_party"),
    ("您好是小唐的表姐吧，帮着说说她，事情闹大了对大家都不好。", "threat.third_party"),
    ("你们村小组长我们已经联系上了，他说会帮忙做你的工作。", "threat.third_party"),
    ("你们厂后门那条路晚上没灯，一个人要小心啊，钱的事今天处理。", "threat.violence"),
    ("你家那头猪养得挺肥，要是哪天不见了可别怪人。", "threat.violence"),
    ("致全体教职工：本校职工钱某借款不还已逾半年。", "threat.exposure"),
    ("我们准备把你的欠款做成一条短视频发出去。", "threat.exposure"),
    ("你们村那块黑板报，月底就写你的名字。", "threat.exposure"),
    # … a workplace's head sought if it will not act, a boss's number boasted of, workmates imagined learning of the debt
    ("你们车间到底管不管？不管的话我就找你们厂长。", "threat.third_party"),
    ("你们店老板的电话我们可一直都有。", "threat.third_party"),
    ("你不想让你同事知道你欠钱吧？", "threat.third_party"),
    ("快手上那些曝光老赖的视频挺火的，你想不想也上一回？", "threat.exposure"),
    ("你丈母娘的联系方式我们也掌握了，自己看着办。", "threat.third_party"),
    # … in Wu: the parents sought out (寻侬爷娘)
    ("侬再不还，阿拉就去寻侬爷娘讲讲。", "threat.third_party"),
    # BA-AZ: the field crew said to know the route before a polite demand (外访 no lawful mark alone), the child's class
    # named before an hour to pay, a sit-in at the door till paid, a notice put out inside a residents' group
    ("外访同事已经知道您每天下班走的路线，请您今天务必还款。", "threat.violence"),
    ("您女儿在城东小学二年级一班吧？今天下午五点前还钱。", "threat.violence"),
    ("兄弟几个今天就在你门口坐着，你不还我们不走。", "threat.violence"),
    ("平台将在您小区的业主群中发布逾期公告。", "threat.exposure"),
    # AP-AS and BC: the family's days shown known then the menace disowned, the crew already by the home before an order to
    # pay, a photo of the stairwell put to the debtor, a spouse told the debt is hers too, a landlord told to stop the
    # lease, a relative just named as the one to be asked next, a weekly board still open, a local news account
    ("你媳妇每周三晚上去练瑜伽吧？没什么意思，就是提醒一下。", "threat.violence"),
    ("我们的外访人员已在您家附近，请您立即还款。", "threat.violence"),
    ("这是你家楼道吧？今晚八点前把钱转了。", "threat.violence"),
    ("你是他爱人吧？他欠的这笔，你们是夫妻，你也有份。", "threat.third_party"),
    ("您是她的房东吧？她拖着不还，您下个月别给她续租了。", "threat.third_party"),
    ("你填的紧急联系人是你舅舅吧，这周自己处理好，免得我们去问他。", "threat.third_party"),
    ("我们的诚信墙周五更新，这周名单还没定，你自己考虑。", "threat.exposure"),
    ("你的欠款名单已经提交至本地号，下期一起发。", "threat.exposure"),
    # … and their violating twins: a firm or court signing a demand with no client named, a posed lawyer, a new loan urged
    ("尊敬的钱女士：你拖欠的款项请于三日内清偿，逾期后果自负。北湖律师事务所", "misleading.impersonation"),
    ("【东岳律师事务所】郑先生，你拖欠的款项请于今日内清偿。", "misleading.impersonation"),
    ("我是北湖律师事务所的律师，今天不还就起诉你。", "misleading.impersonation"),
    ("借钱时别犹豫，随便哪个平台借一笔出来先还上我们。", "coercion.debt_rollover"),
    # AT-AW: the home's address said to be in hand before a demand, the crew said to be there now, a visitor assigned like a
    # courier and called off once paid, the reader located and a visitor due, a relative asked whose they are without 你
    ("你父母家的住址我们都已经摸清了，月底前把钱结了。", "threat.violence"),
    ("我们的人已经到你们镇上了，请立即还款。", "threat.violence"),
    ("你家附近有同事已接单，还款后自动取消。", "threat.violence"),
    ("已获取你的实时定位，外访员会到你所在的地方。", "threat.violence"),
    ("是刘某某的老婆吧？他欠的那笔你先帮他垫上。", "threat.third_party"),
    # AX-BA and BJ: the reach held back "so far" as a favour, a role or a desk of the firm called by its title, a dated
    # 若 condition, the system's date for the contacts, the contact told the calls go on daily until the debtor pays
    ("你舅舅那边我们一直没打电话，这个人情你记着。", "threat.third_party"),
    ("月底前还不上，我就直接打给你们财务总监。", "threat.third_party"),
    ("若本周未处理，将向您的紧急联系人发送逾期提醒。", "threat.third_party"),
    ("平台将于周五向您的家人推送催收通知。", "threat.third_party"),
    ("您被登记为小吴的紧急联系人，他还款之前，我们每天与您联系。", "threat.third_party"),
    # … a relation named then "don't make me go to them", workmates addressed as a group and told the posts go on, a relative
    # told to sell the family's car for the debtor
    ("你的紧急联系人是你表姐吧？别逼我去找她，今天把钱还了。", "threat.third_party"),
    ("小邹的同事们：小邹欠款半年不还，谁能联系上他让他还钱，不然我们会一直发。", "threat.third_party"),
    ("你是小邓的父亲吧？他欠了一万二，你们家那辆车卖了先给他还上。", "threat.third_party"),
    # BB-BC and BW: an employer or a village asked to hold back the debtor's wage, job or subsidy, relatives pressed in their
    # own chat or made liable with the debtor, a contact's delivery set for any day, a firm threatened with a report if it
    # will not act, where the debtor lives said to be known before a demand, a band of collectors coming over
    ("贵厂职工老吴拖欠我司借款，请贵厂即日起冻结其工资。", "threat.third_party"),
    ("桃园村村委会：你村村民老范欠款未还，请暂停发放其家庭的低保。", "threat.third_party"),
    ("老范的亲戚们，他欠我们八千，今天之内帮他凑齐，不然挨个给你们打电话。", "threat.third_party"),
    ("你作为他的太太，也要负连带还款责任，你跑不了。", "threat.third_party"),
    ("您的紧急联系人将在账单到期次日收到催收短信。", "threat.third_party"),
    ("贵公司员工老吴欠款不还，你们公司要是不配合，我们就去劳动部门举报你们公司。", "threat.third_party"),
    ("我们早就知道你现在住哪了，今晚之前把钱转过来。", "threat.violence"),
    ("今晚我们整几个人过去，你自己掂量。", "threat.violence"),
])
def test_shipped_frames_find_the_families_of_issue_9(shipped: WordingAnalyser, text: str, category: str) -> None:
    assert category in {f.category for f in shipped.analyse(Message("m1", "c1", "sms", text=text))}


@pytest.mark.parametrize("text", [
    "法院判决后仍不履行的，可能被依法列入失信被执行人名单。",
    "如无法与您取得联系，我们将联系您的紧急联系人，仅核实您的联系方式，不会透露欠款信息。",
    "【安和银行】尊敬的客户，您的账单已逾期3天，请于5月1日前还款，如已还款请忽略。",
    "如未按时还款，将影响您的个人征信。如有困难可申请分期，详询官方客服。",
    # … their lawful twins: the family named to comfort, not to watch; a quality sheet listing what agents must not say
    "你屋头娃儿读书要紧，钱的事你莫慌，可以分成几期慢慢还。",
    "外呼质检规则：命中以下关键词即人工复核——再不还就上门、通知你家人、发到朋友圈。",
    # … a call-back promised with a get-well wish; a school told it owes nothing and need tell no one
    "您先忙孩子的事，我们过两天再联系您，祝孩子早日康复。",
    "学校无需就学生的借款承担任何责任，也无需告知任何人。",
    "还款交流群我们已经建好了，客服也在里面，有问题随时问。",
    # … a branch found on the map, a car's insurance reminder, an anti-fraud warning passed on, a post promised never to be made
    "已为您定位到最近的营业网点，您可前往办理还款。",
    "你那辆车的保险下月到期，出点什么事理赔会很麻烦，请及时续保。",
    "近期有人冒充我司以欠款为名行骗，请大家互相转告。",
    "我们承诺不会在朋友圈发布任何客户的欠款截图。",
    # … a check of a number only, a guarantor spared a call
    "如联系不上您本人，我们会向您单位的前台核实号码是否有误。",
    "这笔是你表哥担保的吧？你自己能还最好，我们也不想去麻烦保证人。",
    # … a relation greeted with a call-back asked, a school's own staff notice, a video guide to repaying
    "老曹的同事你好，麻烦转告他回个电话，这事跟您没关系，不会打扰到您。",
    "致全体教职工：本周五下午三点在礼堂召开安全工作会议。",
    "我们把还款流程做成了一条短视频，您可以在官方公众号查看。",
    # … their lawful twins: a field visit by appointment before a polite demand, a residents' group told of a water cut,
    # the debtor's own showing off mocked, a relative warned against being cheated by the debtor
    "外访同事会先与您预约时间再上门，请您今天还款。",
    "物业将在业主群中发布停水公告，请提前储水。",
    "借钱不还还天天在朋友圈显摆新买的包。",
    "您是他合伙人吧？他欠款不还，您跟他做生意也小心点被他骗。",
    # … their lawful twins: a parent's health asked after in a hardship call, a reminder disowning any pressure, a visit
    # set with the debtor near the workplace
    "你家老人身体还好吧？有困难先顾家里，钱的事咱们慢慢谈。",
    "跟您确认一下周五的还款，没别的意思，不打扰您了。",
    "本来约今天下午到您单位附近面谈，改成电话沟通吧，您看几点合适？",
    # AR's legal department: a firm writing for its named client, a mediation body's own notice of a delegated case, a reply
    # addressed to a lawyer, a court as what may come later, a firm's wrong-number call, a plan confirmed
    "尊敬的钱女士：依据委托人远岭分期的帮扶政策，本所转告您可申请延期还款。北湖律师事务所 孙律师",
    "调解通知 北湖区人民法院已将远岭分期与您的纠纷委派本会调解，请告知是否同意调解。北湖区人民调解委员会",
    "回复南屏律所周律师：你当事人的借款我司核实后再答复。",
    "你现在处理还来得及，等法院冻结了你的工资卡就晚了。",
    "您好这里是东岳律师事务所请问是孙女士吗 不是 抱歉打扰了",
    "【东岳律师事务所】郑先生，您选择的分期方案已生效，每月8日前还款即可。",
    # … and rollover's false friends: scorn of borrowing and not repaying, the online loan owed named as the debt
    "借钱时说得天花乱坠，还钱时电话都不接。",
    "借钱买名牌包，还钱就哭穷，真有你的。",
    "你名下那个网贷今天必须结清。",
    # … AT-AW's lawful twins: the address checked for the post, a visitor at the gate asking to meet, a visit set by phone
    "您家的邮寄地址我们已经核实，纸质账单会寄出，请本周内还款。",
    "外访同事已经到你们小区门口了，您看方便下来面谈吗？请今天处理欠款。",
    "昨天电话里跟您约好了，我们下午到您家商量分期，今天把首期定下来。",
    # … AX-BA's lawful twins: a plain no to any contact, the debtor still unreached, a court's date for a letter, a visit set
    # by the debtor, a contact told the debt and how to stop the calls
    "我们没有联系您的家人，以后也不会联系，请放心。",
    "我们目前还没有联系上您本人，请尽快回电。",
    "传票将于下周送达您单位，请留意查收。",
    "本行客户经理将于周三到您单位附近与您面谈，时间已按您的意见确定。",
    "您被登记为小吴的紧急联系人，如不便接听，回复T即可不再来电。",
    "您是他爱人吧，他欠的钱跟您没关系，家里的房子车子都不用卖，让他本人联系我们。",
    # … this round's lawful twins: a contact asked where the debtor lives, a firm's own staff sanctioned after a complaint,
    # the debtor himself to be rung, a village's notice posted (exposure's, not a third party's)
    "你好，你知道他现在住哪吗？我们想寄一份还款方案给他。",
    "投诉处理结果：涉事坐席降级并扣发当月绩效，已向投诉人道歉。",
    "爷爷好，那我们晚上再打给他本人，您不用操心。",
])
def test_shipped_frames_leave_lawful_wording_alone(shipped: WordingAnalyser, text: str) -> None:
    assert not [f.rule_id for f in shipped.analyse(Message("m1", "c1", "sms", text=text))
                if f.rule_id.startswith("wording.frame.")]


GATED_CLASSES = CLASSES + """
  sanction:
    patterns: ['冻结[^不没无]{0,4}(?:微信|支付宝)', '(?:停缴|断缴)社保', '\\d+号']
"""

GATED_PACK = PACK + """
  - id: t.sanction
    category: threat.violence
    frame: [condition, sanction]
    gap: 10
    examples: {match: [再不还，冻结你的微信]}
  - id: t.sanction_words
    category: threat.exposure
    terms: [冻结, 微信, 支付宝, 断缴社保, 停缴社保]
    examples: {match: [冻结]}
  - id: t.due_day
    category: threat.exposure
    terms: [逾期曝光]
    examples: {match: [逾期曝光], no_match: [5号还款, 每月10号扣款, 15号前还清]}
"""


@pytest.mark.parametrize("text", [
    "再不还，冻结你的微信",                 # the first pattern's anchors, 冻结 and 微信
    "再不还，我们就断缴社保",               # the second's
    "再不还，冻结",                       # 冻结 without 微信 or 支付宝: no sanction
    "再不还，5号就到你家",                 # the third's anchor 号 is frequent in the examples: it runs everywhere
    "如未在3月5日前还款，我们就通知您父母",   # condition's 日前, no key yet and in no example: a key of its own
    "再不还，我们就通知您父母",             # no anchor at all
])
def test_a_class_pattern_runs_only_where_its_anchors_are_and_the_frames_stay_the_same(
        tmp_path: Path, text: str) -> None:
    """A class pattern is gated on the groups of its anchors that are all keys of the automaton already (here the
    words of t.sanction_words) or rare in the rules' examples (日前: none holds it), and runs everywhere without such
    a group (号: in 3 of the 11 examples)."""
    gated = WordingAnalyser(load_pack(write_pack(tmp_path, GATED_CLASSES, GATED_PACK)))
    everywhere = WordingAnalyser(load_pack(write_pack(tmp_path, GATED_CLASSES, GATED_PACK)))
    everywhere._class_ungated = -1          # every class pattern runs in every view
    assert findings(gated, text) == findings(everywhere, text)
    runnable = gated._hits(normalise(text))[2]
    patterns = gated._frames.class_patterns()
    ran = {patterns[q].pattern for q in range(len(patterns)) if runnable >> q & 1}
    assert r"\d+号" in ran
    assert (r"\d+月\d+日前" in ran) == ("日前" in text)
    assert ("冻结[^不没无]{0,4}(?:微信|支付宝)" in ran) == ("冻结" in text and "微信" in text)
    assert ("(?:停缴|断缴)社保" in ran) == ("断缴社保" in text)


def test_a_wide_frame_spans_one_reply_of_the_debtor_but_not_two(shipped: WordingAnalyser) -> None:
    """A threat the debtor's short reply cuts in two (the relation named, then reached as 她) is one threat; with two
    turns of someone else between, the agent's turns are apart."""
    agent_1, agent_2 = "你不回电话也行，你姐的店我们找得到。", "我们明天过去跟她好好聊聊。"
    cut_once = [Turn("agent", agent_1), Turn("customer", "你想干嘛"), Turn("agent", agent_2)]
    found = shipped.analyse(Message("m1", "c1", "call", turns=cut_once))
    assert ("wording.frame.relations_pronoun_reach", 2) in {(f.rule_id, f.turn) for f in found}
    cut_twice = [Turn("agent", agent_1), Turn("customer", "你想干嘛"), Turn("third_party", "喂？"),
                 Turn("agent", agent_2)]
    found = shipped.analyse(Message("m1", "c1", "call", turns=cut_twice))
    assert "wording.frame.relations_pronoun_reach" not in {f.rule_id for f in found}


def test_the_menace_disowned_in_the_next_turn_is_one_threat_with_the_watching_before_it(shipped: WordingAnalyser) -> None:
    """The child's class named, the debtor's reply, then "no meaning": one threat over the reply; the disavowal alone
    (a reminder that means nothing more) is none."""
    turns = [Turn("agent", "你儿子在城南小学四年级二班吧"), Turn("customer", "你想干什么"), Turn("agent", "不想干嘛 你自己掂量")]
    found = shipped.analyse(Message("m1", "c1", "call", turns=turns))
    assert "threat.violence" in {f.category for f in found}
    turns = [Turn("agent", "周五的还款您记得吧"), Turn("customer", "你想干什么"), Turn("agent", "不想干嘛 就是跟您确认一下")]
    assert not shipped.analyse(Message("m1", "c1", "call", turns=turns))



REMINDER_LETTER = ("还款提醒函\n某先生：\n您在某消费金融公司的借款已逾期，尚欠人民币一万二千元。我们理解您可能遇到了暂时的困难，特致函提醒。\n"
                   "如逾期持续，出借人可依法主张权利；如您希望协商，请于月底前来电，我们可为您制定分期计划。{buried}\n"
                   "某消费金融公司客户服务中心")


@pytest.mark.parametrize("buried", [
    "若您继续回避，我司外访人员将于周末到您家中等候，不见还款不离开。",
    "我们知道您的车每晚停在哪个位置，也知道您家几点熄灯，望您好自为之。",
])
def test_watching_buried_in_a_polite_letter_is_still_a_threat_of_violence(shipped: WordingAnalyser, buried: str) -> None:
    """A camp at the door until paid, or the household's night routine known, in the third paragraph of a letter
    otherwise lawful (hardship, instalments, a number to call): the demand two paragraphs away still joins it; the
    same letter without that sentence is clean."""
    found = shipped.analyse(Message("m1", "c1", "notice", text=REMINDER_LETTER.format(buried=buried)))
    assert "threat.violence" in {f.category for f in found}
    assert not shipped.analyse(Message("m1", "c1", "notice", text=REMINDER_LETTER.format(buried="")))
