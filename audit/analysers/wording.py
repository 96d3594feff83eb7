"""The wording analyser: prohibited wording in what agents and templates say.

Rules (lexicons/wording/*.yml) hold literal `terms` and order-dependent `patterns`, matched on the
normalised view of each agent segment (see audit.normalise). Cost does not grow with the number of
rules: every term and every pattern's literal anchors sit in one Aho-Corasick automaton, so one pass over
the view finds them all; a pattern's regex runs only in the sentences holding its anchors (the literals
every match of it must contain; a pattern without any runs everywhere), and once more over sentences joined where a
short taunt ends in a question or exclamation mark (门牌号对吧？今晚见: one threat cut in two). Negators and context terms sit in
a second automaton, run only over texts that have a hit to judge.

Rule body keys:
    terms: [phrases]          literal phrases (a purely Latin term such as sb must stand as its own word)
    patterns: [regexes]       over the view: no spaces or punctuation, lower case, simplified
    pinyin: bool | latin      true: also match the terms spelt in homophones or pinyin (煞笔, shabi, sb);
                              latin: match them only when typed, wholly or partly, in Latin letters (laolai,
                              la圾), never as written or in homophones: for ordinary words (骗子, 垃圾) that
                              only a frame makes an insult, but that nobody spells out innocently; default false
    negatable: bool           default true: a negator governing the hit (我们不会上门) clears it
    unless: [terms]           lawful context: a hit with one of these in its clause is not a violation (a purely
                              Latin context word or negator, never or unless, counts only as a word of its own)
    unless_sentence: [terms]  the same, anywhere in the hit's sentence: for lawful conditions stated in a
                              clause of their own (法院判决后仍不履行的，可能被列为失信被执行人)
    unless_message: [terms]   lawful context of the whole message: a hit is not a violation when one of these
                              is anywhere in what the agent says (受XX委托, 执业证号 in a lawyer's letter)
    requires: [terms]         a hit counts only when one of these is in the same segment ...
    window: N                 ... within N characters of it (gap between the two spans)
    frame: [classes]          instead of terms and patterns: a frame rule composing classes of words (see
                              audit.analysers.frames), found from the same automaton pass

Corroboration is data too (lexicons/wording/context/corroboration.yml, written by `python -m benchmarks.rule_record`):
with the classifier, a rule whose record on the labelled sets is poor keeps its finding only when the classifier scores
the category at a fraction of its threshold or another rule of the category fires, and every other rule needs the
classifier at a far smaller fraction; a scan drops the finding otherwise, the gate reviews it (`Corroboration`).

Of overlapping findings of one category in one turn, only the most specific stays (a phrase rule over a frame,
the longer match among phrase rules): one phrase gives one finding per category.

Negation is data (lexicons/wording/context/negation.yml): a negator clears a negatable hit a few characters
after it in its clause (我们不会上门), a strong negator anywhere later in its clause unless a condition word
stands between (我们不会以任何方式联系您的家人, but 不会再等了今天就上门); never when the words after it are a
condition (没有还款的话), when it is half of an A-not-A question (会不会), when the clause ends as a question
(你不会去网贷借吗) or when it follows a belief word (别以为我们不会上门); nor past a contrast (不仅不可爱还很恶心). Naming is not using either: a negatable
hit is cleared in a sentence that condemns it (不法分子…要求向个人账户转账), or, inside quotation marks, in a
sentence that calls it illegal or something to report (“爆通讯录”均属违法催收). A report of a collection case by
others (被告人在催收短信中称“…”, 案情简介：催收人员自称…) is the reverse: there the condemnation words, and around
the collector's quoted words the rule's lawful context too, tell what the collector did, so only negation and a quote
condemnation clear a quoted hit, unless the text draws a verdict or lesson from the case (判处, 捣毁). A question ending far after a negated hit
(`question_reach`) asks something else: in unpunctuated speech one clause may run on for a whole turn.

Lawful voices are data too (lexicons/wording/context/lawful.yml): the grammar of a lawful statement, which every rule
and frame of a voice's categories yields to, and the classifier's findings with them. A voice speaks where one of its
marks stands in its scope (the hit's sentence, or all the agent says in the message) and none of its `unless` words:
a court in its own procedure (a case number, service of its papers) that never asks to repay the lender; a court, not
the collector, acting after a judgment; an explainer or anti-fraud lesson; the debt stated as civil. Some voices say who
speaks rather than what is lawful: a forum post retelling in the poster's own words what collectors did, a bulletin or
warning that quotes a scam to condemn it, a reply that says a practice has stopped, a letter that only asks to pass on
a call-back; the collector's words pasted whole as received (they speak to 你), or a script taught to use, undo them.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import re
import sys
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, reduce
from importlib.util import find_spec
from itertools import accumulate
from operator import or_, sub
from pathlib import Path

import ahocorasick
import numpy as np
import yaml

from audit.analysers.base import MessageAnalyser
from audit.analysers.frames import FRAME_KEY, Frames, Part, one_per_category
from audit.anchors import (
    Gates,
    Literals,
    anchor_strength,
    fast_automaton,
    gating_groups,
    ignorecase_matters,
    required_groups,
)
from audit.classifier import CONFIG_FILE as MODEL_CONFIG_FILE
from audit.classifier import WordingClassifier, fuse
from audit.errors import RulePackError
from audit.finding import Finding
from audit.masking import mask_field
from audit.memo import Memo
from audit.message import Message, Segment
from audit.normalise import (
    MIN_CLAUSE_CHARS,
    PINYIN_SEP,
    SENTENCE_ENDS,
    Normalised,
    dialect_word_in,
    normalise,
    normalise_term,
    pinyin_keys,
    pinyin_tokens,
)
from audit.paths import LEXICONS
from audit.rulepack import (
    PatternMemo,
    Rule,
    cache_dir,
    check_body_keys,
    compile_pattern,
    keep_cached,
    match_spans,
    match_start,
    read_yaml,
    repeated_entry,
)
from audit.vocabulary import Severity

try:  # the regex parser, for finding each pattern's literal anchors
    from re import _parser as sre_parse
except ImportError:  # Python 3.10
    import sre_parse  # type: ignore[no-redef]

BODY_KEYS = {"terms", "patterns", "pinyin", "negatable", "unless", "unless_sentence", "unless_message", "requires",
             "window"}
NEGATION_FILE = Path("wording") / "context" / "negation.yml"
LAWFUL_FILE = Path("wording") / "context" / "lawful.yml"
CORROBORATION_FILE = Path("wording") / "context" / "corroboration.yml"
# what becomes of a rule's finding nothing corroborates (see Corroboration): a scan drops it, the pre-send gate
# reviews it
UNCORROBORATED = ("drop", "review")
LATIN_ONLY = "latin"    # `pinyin: latin`
# A pattern is gated on its strongest anchor groups, at most this many (strongest first, see gating_groups): a third
# rarely keeps it from a sentence the first two let it run in, but its anchors add automaton hits to every message
# (on the benchmark SMS: 13.8 hits and 1.85 pattern runs per SMS with every group, 11.7 and 2.10 with two, 6.4 and
# 11.7 with one). Fewer gates only run a pattern in more sentences, where it finds what is there: the same matches.
MAX_GATE_GROUPS = 2
# Sentences whose pattern matches are kept (see WordingAnalyser._matches): a template's sentences recur across a
# campaign's file; a few MB of SMS-length sentences
SPAN_MATCHES_KEPT = 8192
# Judgements of the hits of a view's last sentences kept by what they depend on (see WordingAnalyser._recurring_tail):
# a template's negated sentence (我们不会上门打扰…) follows the sentence naming the debtor's bank and amount
TAIL_JUDGEMENTS_KEPT = 8192
# Sets of frame class patterns complete in a view, with the class patterns runnable there (see WordingAnalyser._hits):
# few recur
CLASS_RUNNABLE_KEPT = 4096
# The views of agent speech and of single sentences with the classifier's scores of them, kept by their texts for the
# chunk analysed last (see WordingAnalyser._scores_of, _speech): the steps after a chunk's analysis (corroborating other
# analysers' findings, the gate's floors) ask again of the speech the chunk read and scored, and of the sentences its
# corroboration scored
SPEECH_SCORES_KEPT = 4096

# Unpunctuated speech (an ASR turn) is one "sentence" to the view: a lawful or police word anywhere in it would speak
# for every hit of the turn (有人冒充我们说要报警抓你…但是你再不还就把你的事发到村群里). A run of at least SPOKEN_RUN view
# characters without a clause break is read as speech, and a spoken turn of the argument in it (然后, 就是说, 但是)
# makes a clause break, and a sentence end for lawful voices, condemnations and sentence context when the stretch
# before it holds SPOKEN_SCOPE_CHARS. Not 呃, 嗯 or 那个, nor the transcript's spaces: ASR puts them inside phrases
# (派出所那边 呃 立了案就直接上门拘人, 车是你自己的 卖不卖我们管不着), where the subject or the lawful mark must still reach.
SPOKEN_RUN = 40
SPOKEN_SCOPE_CHARS = 10
_SPOKEN_PAUSE = re.compile("然后|就是说|但是")
# Between a negated hit and a question that ends its clause, a spoken turn to a new point (a filler 就是 before a
# hesitation, 就是说, 然后): the question asks about that point (我们不会联系你单位 也不会打你们老板电话 就是 呃 这个月还能
# 还一点吗), it does not turn the promise into a taunt (你不会去网贷借吗). Not 就是 alone, the copula of 你就是不想还吧.
_QUESTION_TURN = re.compile("就是(?:呃|嗯|额|啊|那个)|就是说|然后")


class _SpokenView(Normalised):
    """A view of unpunctuated speech: clause breaks at its pause words, sentences (as `sentence_of` gives them to
    lawful voices and context; `sentence_breaks`, where patterns and the classifier run, stay the punctuation's)
    ending at its pauses too."""

    __slots__ = ("pauses",)

    def __init__(self, view: Normalised, pause_words: list[int], pauses: list[int]) -> None:
        super().__init__(view.text, view.original, view.sentence_breaks,
                         sorted({*view.clause_breaks, *pause_words}))
        self.pauses = pauses

    def sentence_of(self, start: int, end: int) -> tuple[int, int]:
        low, high = super().sentence_of(start, end)
        before = bisect_right(self.pauses, start)
        after = bisect_left(self.pauses, end)
        return (max(low, self.pauses[before - 1] if before else 0),
                min(high, self.pauses[after] if after < len(self.pauses) else len(self.text)))


def _spoken_scope(view: Normalised) -> Normalised:
    """`view`, or a _SpokenView of it when it holds unpunctuated speech (SPOKEN_RUN characters without a clause
    break)."""
    bounds = [0, *view.clause_breaks, len(view.text)]
    if max(map(sub, bounds[1:], bounds)) < SPOKEN_RUN:     # most views: no such run (the lengths taken in C)
        return view
    runs = [(low, high) for low, high in zip(bounds, bounds[1:]) if high - low >= SPOKEN_RUN]
    pause_words = [m.start() for low, high in runs for m in _SPOKEN_PAUSE.finditer(view.text, low, high)
                   if m.start() - low >= MIN_CLAUSE_CHARS and high - m.start() >= MIN_CLAUSE_CHARS]
    pauses: list[int] = []
    for at in pause_words:
        if at - (pauses[-1] if pauses else 0) >= SPOKEN_SCOPE_CHARS:
            pauses.append(at)
    while pauses and len(view.text) - pauses[-1] < SPOKEN_SCOPE_CHARS:
        pauses.pop()
    return _SpokenView(view, pause_words, pauses) if pause_words or pauses else view


def speech_view(text: str) -> Normalised:
    """A text as the wording analyser reads it: normalised, and unpunctuated speech given its spoken clause breaks."""
    return _spoken_scope(normalise(text))


def speech_chars(views: Sequence[Normalised]) -> int:
    """How much agent speech the classifier reads: the view characters of `views` (corroboration's lengths)."""
    return sum(len(view.text) for view in views)


_LATIN_LETTER = re.compile(r"[A-Za-z]")


def mostly_latin(views: Sequence[Normalised]) -> bool:
    """Whether the speech has more Latin letters than other characters: the classifier, trained on Chinese, reads
    little of it, and its silence there is no sign that a rule misread it."""
    latin = sum(len(_LATIN_LETTER.findall(view.text)) for view in views)
    return latin * 2 > speech_chars(views)


# Context automaton payload kinds of the negation words (see Negation); a context term is its payload's id
(_NEGATOR, _BELIEF, _CLAUSE_CONDITION, _SCOPE_KEEPER, _CONDEMNATION, _QUOTE_CONDEMNATION, _CASE_REPORT,
 _VERDICT, _DISMISSAL, _REPORTED_ACTOR, _SANCTION, _DISCLAIMER, _QUOTE_LABEL, _SCOPE_END, _QUOTE_MENTION) = range(15)
_SECOND_PERSON = ("你", "您")
_A_NOT_A_WILL = "会不会"     # an A-not-A question in a clause put to no one: asked, not a taunt
_REPORTED_SEVERITY_CAP = Severity.MEDIUM    # a rule's finding inside a report of a collector's words: the gate reviews it
_DISCLAIMER_REACH = 2   # view characters between a disclaimer and its dismissal word (跟我们可没关系)
_READER_REACH = 4       # view characters before a sanction where 你/您 makes the reader its object (对你采取刑事拘留)
# Quotation marks around a term that is quoted, not used (“爆通讯录”属违法催收); a straight " opens and closes
_QUOTE_PAIRS = (("“", "”"), ("「", "」"), ("『", "』"), ("‘", "’"))
_QUOTE_MARKS = frozenset("“”「」『』‘’\"")
_QUOTE_MARK = re.compile(f"[{''.join(sorted(_QUOTE_MARKS))}]")
# what runs quotations together into one list (不得说：“…”“…”、“…”或“…”): a label before the list labels each of them
_QUOTE_LIST_JOINS = frozenset("、，,；;和或及与 ")
# what may stand between a quotation and the words that say whose it is (“你这个骗子”——这是您昨天骂我的话)
_ATTRIBUTING_DASH = re.compile("[ 　]*[—－-]{1,2}[ 　]*")
# The words that name a received text pasted as it came (原话, 原文, 原封不动)
_PASTE_WORDS = "原话|原文|原样|原封不动"
_PASTE_NAMED = re.compile(_PASTE_WORDS)
# What a text's words outside its quotations do when it says the quoted words to the reader rather than reports them:
# address the reader, ask for payment, or paste a received text as it came (原话, 原文, 原封不动, 截图)
_READER_ADDRESSED = re.compile(f"你|您|还款|还钱|还清|结清|付清|转账|打款|{_PASTE_WORDS}|截图")
# … and the Chinese characters a report says in its own words: fewer outside the quotations is a header over a pasted
# text (对方发来：“…”, 聊天记录：“…”, 【话术库】“…”). In the released files the shortest compliant report holds 18; of the
# quoted rule findings with fewer than 12 outside, 202 are on label and 2 off it (none on a compliant message).
_REPORT_OWN_CHARS = 12
# A message that tells of collection in its own words rather than performs it: the collector named in the third person
# with a verb of saying or doing (催收员说要…, 对方称…, 你们的人威胁…, paraphrase or quotation alike; a date or a time
# between, as a record dates what was said: 催收员于2026年5月11日在微信中称; not across a colon or a line, where a
# heading or a speaker's label ends: 催收函\n罗小红：说你…, 工作人员：你说了多少次), or a quotation beside the words of a
# complaint or a review (投诉, 录音, 拦截, 定性, 驳回…); …
_COLLECTOR_TOLD = re.compile("(?:催收|坐席|对方|你们的人|你们的员工|贵公司|贵司|该公司|该机构|外包|业务员|工作人员|被投诉人|被告人)"
                             "[\u4e00-\u9fff0-9]{0,20}?(?:说|称|威胁|扬言|声称|骂|辱骂|恐吓|吓唬|要把|让我|叫我|逼我|建议|打电话|打到)")
# … or the writer as the one pressed, in words that address no reader (催收的天天打我电话; 被骂“…”; 被说要爆通讯录;
# 要我替他还钱; …，还说“…”): the customer's own account, never a sender's, who speaks to 你/您 or asks for a call
# (钱准备好了就给我打电话). Not what was sent to the writer (催收给我发“…”, 给我打电话，原话“…”): the sets label a paste as
# received for what it says. The writer's family rung or sought (他们今天又打给我妈了; 对方找到我单位) is the writer
# pressed too; not 催收员把我拉进一个群, which the older sets label for what the group was told.
_WRITER_PRESSED = re.compile("(?<![该要得])被(?:催收|对方|他们)?(?:说|骂|威胁|恐吓|吓唬|辱骂|逼)"
                             "|(?:催收|对方|他们)[\u4e00-\u9fff]{0,8}?(?:(?:打我|给我打)电话|(?:打给|打到|找到|找上|找去)我(?!们))"
                             "|(?:骂|威胁|恐吓|吓唬)我(?!们)|要我(?:替|帮|还)|[，,](?:还|又)(?:说|称|骂|威胁)")
# … named by the sender as itself (我们法院工作人员打电话…, 我们这边是依法催收的…说): no third person
_SELF_NAMED = re.compile("我们|我司|本公司|本平台")
_SELF_REACH = 8
_QUOTE_JUDGED = re.compile("投诉|举报|报警|录音|拦截|定性|判定|红线|驳回|退回|停用|下线|审核|质检|检查|违规|违法|禁语|监管|说辞"
                           "|不得|严禁|整改|底稿|禁用|培训|违反|检讨|(?:不要|不能|别|禁止)[\u4e00-\u9fff]{0,6}说")
# … unless those words, where no collector is named, speak to one reader as a sender does (您的逾期信息已提交“…”审核;
# not 您好, 你们, 你公司; a lawyer's answer names the collector and speaks to the asker), demand something of the
# reader (请于…还款, 尽快处理, 我们明天就, 您再不还, 你欠), commend the quoted words for use (推荐话术, 可告知：“…”, 统一话术, 新人必背,
# 评语：有效促成: a script taught is the template, not a report of one), or ask the reader to act (回复1, 点击). A call's
# turns are collection as it is performed: only a single text is read so.
_READER_TOLD = re.compile("你(?!们|好|公司|司|行)|您(?!好)")
_SENDER_DEMANDS = re.compile("我们(?:[今明后]天|马上|立刻|这就|下周)?(?:将|会|就|已|要)|(?:你|您)(?:再不|还不|不)还|我司(?:将|会|已|认为)|(?<![申邀])请(?!求|问)[\u4e00-\u9fff0-9，,]{0,12}?(?:还|结清|处理欠款)"
                             "|(?:尽快|立即|马上|务必)(?:还|处理|结清)|你欠|您欠"
                             "|推荐话术|(?<!更新)(?<!修订)(?<!完善)(?<!清理)话术库|可(?:以)?(?:告知|回应|说|使用|强调)|统一(?:话术|回答|说|告知)|技巧|必背|供全员学习"
                             "|参考使用|效果(?:显著|最好|很好)|成功率|请求通过|照发|优秀录音|有效促成"
                             "|回复[0-9]|回T|退订|立即申请|点击")
# … or that narrates in a genre of its own to no reader (`_narrates_collection`): a report's opening (据…报道, 经审理查明,
# 网友反映, 本人投诉; not a heading a sender puts on its own claim too, 风险提示, 警方提醒), or the collector side in the
# third person doing or saying something to the writer or to someone else (被告人谎称, 催收让她, 平台推送说, 自称…的人说,
# 署名…的短信，说我), not after the sender naming itself in the sentence; a text that greets or addresses its reader
# (您好, 尊敬的, 各位, 致村民：) is sent, not told. An answer that states a legal claim itself (问：…答：会的) is no
# report: it tells of a collector only as _COLLECTOR_TOLD does.
_REPORT_OPENING = re.compile("[\\s【\\[]*(?:据|经?(?:法院|本院|一审|二审)?(?:审理)?查明|本院认为|公诉机关指控|检察机关指控|网友|记者"
                             "|经鉴定|(?:关于)?(?:辩护人|上诉人|被告人)[\u4e00-\u9fff]{0,6}?(?:提出|辩称)|受访者|深度|特稿|本期(?:通讯|调查|专题)"
                             "|维权(?:指南|攻略)|[^，。\\n【】：:]{0,12}?(?:自律惩戒|惩戒公告)"
                             "|本人投诉|我要投诉|想投诉|想反映|求问|求助|大家注意|提醒大家|群里"
                             "|有个朋友|一位|家住|[^，。\\n【】：:]{0,8}(?:告诉记者|反映|透露|爆料)"
                             # a news item's dateline, after its masthead or alone (【某某日报】本报讯 近日…; 本台消息): what it
                             # quotes is the reported case, told to no reader
                             "|(?:[^，。\\n【】：:]{1,12}?[报台社刊网]】\\s*)?(?:本报讯|本台讯|本台消息|本刊讯))")
_COLLECTOR_NARRATED = re.compile("(?:催收|被告|平台|对方|他们|自称|署名|冒充)[\u4e00-\u9fff，,]{0,12}?"
                                 "(?:谎称|扬言|声称|诱导|推送|致电|张贴|发布|发短信|发消息|发邮件|寄来|以[\u4e00-\u9fff]{1,12}名义"
                                 "|说|称|(?:让|要|叫|逼|骂|建议|要求)我(?!们)|(?:让|要|叫|逼|骂|建议|要求|把)(?:他(?!们)|她(?!们)|其|被害人|原告|借款人|联系人))")
_SENTENCE_BREAKS = ("。", "！", "？", "!", "?", "\n")
_READER_GREETED = re.compile("你|您|尊敬的|亲爱的|各位|(?:^|\n)\\s*致[^\n，。]{0,12}[：:]")
# A crowd called at the text's opening, before its first comma or colon (群里的姐妹们，…; 群里的姐妹注意，…; @全体粉丝 …): the
# members of a group the post goes to, so its opening 群里 is no report's (群里有人说…); it reads the post as sent only
# against `_REPORT_OPENING`: the debtor's own warning to a crowd (姐妹们，他们让我…) still narrates the collector's act
_CROWD_CALLED = re.compile("[\\s【\\[@]*(?:[^\n，,。：:！!？?]{0,10}?们|群里的[\u4e00-\u9fff]{1,4}?|全体[\u4e00-\u9fff]{1,3})"
                           "(?:注意|好)?[，,：:！!\\s]")
# … where a demand the words tell of, made of the writer or of a third person (要求被害人立即还款, 说我…要立即还款), is
# no demand of the sender's; a demand of the reader (让我上门催您，您再不还) stays one
_NARRATED_DEMAND = re.compile("(?:要求|让|叫|逼|催|说|称)(?:我|他|她|其|被害人|原告|借款人|联系人|邻居们?)[^。！？!?\\n你您]{0,16}")
_HAN = re.compile("[\u4e00-\u9fff]")
_OPENING_OF = {closing: opening for opening, closing in _QUOTE_PAIRS}
_CLOSING_OF = {**dict(_QUOTE_PAIRS), '"': '"'}      # every opening mark, a straight " its own closing
_QUOTE_OPENINGS = frozenset(_CLOSING_OF)
# A question or an exclamation that cuts a threat in two (门牌号对吧？今晚见, 还想拖？等着坐牢吧): a sentence end a
# pattern may cross, where a full stop or a line break ends what was said
_SOFT_ENDS = frozenset("？?！!")
_SOFT_END = re.compile(f"[{''.join(sorted(_SOFT_ENDS))}]")     # a search: isdisjoint() makes a str of each character
_HARD_ENDS = frozenset(SENTENCE_ENDS) - _SOFT_ENDS
_TRAILING_ENDS = SENTENCE_ENDS + " \t\u3000"      # sentence ends and spaces: none is in the view
# … only after a short taunt (不还？, 门牌号对吧？, 行！), not after a question that asks for an answer (你说再不还怎么办？)
_TAUNT_CHARS = 10
_ASKING = ("怎么办", "为什么", "什么", "多少", "哪里", "哪儿", "几点", "怎么样", "如何")
# What may open the answer to a question before its first word: a label (答, 律师回答, 客服回复), and the rule it
# cites with the party the rule binds (按监管规定，催收不得…); group `cited` is set when a rule is cited
_ANSWER_LEAD = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?(?:回答|答复|解答|回复|答))?"
                          r"(?P<cited>(?:按|按照|根据|依照|依据)[\u4e00-\u9fff]{0,8}?(?:规定|约定|法律))?")
_CITED_PARTY = 4    # view characters a cited rule's party may take before its negator (催收方不得)


@dataclass(slots=True)
class _Compiled:
    rule: Rule
    negatable: bool
    unless: frozenset[int]      # context-term ids
    unless_sentence: frozenset[int]
    unless_message: frozenset[int]
    requires: frozenset[int]
    window: int | None


# A record's field that holds words said or sent, pasted after a label rather than inside quotation marks (坐席原话：…,
# 原文摘要：…, 用户投诉号码发送内容：…, 录音摘录 02:13 坐席：…, 不得说：…), or a line marked as a wrong or right example
# (× 我是法院的 / √ 我是…的贷后专员): its value, to the end of the line (or of the sentence, for a label inside one), is
# a quotation. A speaker's label alone (坐席：, 客户：) names no text: a call written out is collection as performed.
_LABEL_CHAR = r"(?:[^\n：:。！？；｜|“”「」]|(?<=\d):(?=\d))"     # 02:13 inside a label is a time, not its colon
_PASTED_FIELD = re.compile(
    rf"(?:^|(?<=[。！？；｜|\n]))[ \t　]*(?:(?P<label>{_LABEL_CHAR}{{0,20}}?(?:(?P<noun>原话|原文|原句|摘要|摘录|样本|样例|话术"
    r"|表述|说法|文案|用语|禁语|措辞|字样)"
    rf"{_LABEL_CHAR}{{0,12}}?|(?P<saying>说|(?<![名简职])称)(?:道|的是|是)?|内容|模板|拦截|放行))(?:：|(?<!\d):|:(?!\d))"
    r"|(?P<mark>[×✗✘❌√✓✔])(?=[ \t　“「‘\"])) *(?P<value>[^\n“「『‘\"][^\n]*)", re.M)
# a line marked so (and a space or a quotation after the mark: ××市 is a name masked) is an example condemned: the mark
# is the verdict
_WRONG_MARK = frozenset("×✗✘❌")
_SENTENCE_END = re.compile("[。！？\n]|$")
_FIELD_END = re.compile("[｜|\n]|$")     # a log's fields on one line: 原文：… ｜ 状态：已拦截
_QUOTE_INTRODUCED = re.compile("(?:说|称|道|问|写着|写有|骂|喊|内容为|内容是|以)(?:了|过)?[：:]?[“「『\"]")


def _pasted_fields(text: str) -> list[tuple[int, int, bool]]:
    """The values of `text`'s fields holding pasted words (`_PASTED_FIELD`; a value in quotation marks is a quotation
    already), as (opening, closing) positions like `_quotations`' (the label's colon or the mark, and the character
    after the value), each with whether a wrong mark condemns it. A label naming a text that opens its line or a log's
    field (原文：…, | 内容: …) holds the rest of it; a verb of saying or a label after a clause (催收在电话里说：…, 今天又
    收到短信，原话是：…) the rest of the sentence."""
    spans = []
    for pasted in _PASTED_FIELD.finditer(text):
        start, end = pasted.span("value")
        label = pasted.group("label")
        line_start = max(text.rfind(separator, 0, pasted.start()) for separator in "\n|｜") + 1     # or a log's field
        if label is not None and (pasted.group("saying") is not None or "，" in label or "," in label
                                  or text[line_start:pasted.start("label")].strip()):
            end = _SENTENCE_END.search(text, start).end()
        end = min(end, _FIELD_END.search(text, start).start())
        if _QUOTE_INTRODUCED.search(text, start, end):
            continue        # the value tells who said what it quotes (摘录：…坐席称“…”，构成…; 短信写着「…」): a report
        spans.append((start - 1, min(end, len(text)), pasted.group("mark") in _WRONG_MARK))
    return spans


# Words quoted without quotation marks in a record: a turn under a speaker's label (01:20 坐席：…, 催收员（3月2日）：…;
# the customer's turns too, so that a call written out has no words of its own), the line under a label line that
# names a text or a saying (原短信内容如下 / 发送内容： / 客户反映催收员称：), and words set off by spaces after a
# saying or a text named (坐席仍称 你这种… / 说过 我们的人就在你家门口 一语 / 以 城南派出所 名义)
_UNMARKED_QUOTE = re.compile(
    r"(?:^|(?<=[：:]))[ \t　]*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?[ \t　]*)?"
    r"(?:坐席|催收员?|客户|借款人|客服|外访员|业务员|专员)(?:（[^）\n]{0,20}）|\([^)\n]{0,20}\))?(?:：|:(?!\d))"
    r"(?P<turn>[^\n]+)"
    r"|^[^\n]{0,30}?(?:原话|原文|原句|内容|摘录|摘要|话术|用语|表述|语句|称|说|讲|写)[^\n]{0,8}?(?:[：:]|如下)[ \t　]*\n"
    r"(?P<line>[^\n]+)"
    r"|(?:(?:说|称|讲|写|骂|回)(?:了|过|着|道)?(?:一句|句)?|句|用语|话是|内容为?|如下|告诉[她他我]|短信|自称|冒用|张贴)[ 　]+"
    r"(?P<spaced>[^ 　\n][^\n。！？]*?)(?=[ 　]+[^ 　\n]|[ 　]*(?:$|[。！？]))"
    # … and the items of a list under words naming wording (违规话术清单 / 下面哪句话是违规的？ / 以下哪个回复合规？)
    r"|^[ \t　]*(?:\d{1,2}|[A-Da-d])[.、．)）][ \t　]*(?P<item>[^\n]+)", re.M)
_WORDING_LISTED = re.compile("话术|用语|禁语|表述|语句|哪句|哪个回复|说法")


def _unmarked_quotes(text: str) -> list[tuple[int, int]]:
    """The spans of `_UNMARKED_QUOTE` in `text`, as (opening, closing) positions like `_quotations`'."""
    spans = []
    listed = None
    for quote in _UNMARKED_QUOTE.finditer(text):
        group = next(name for name in ("turn", "line", "spaced", "item") if quote.group(name) is not None)
        if group == "item":
            listed = bool(_WORDING_LISTED.search(text)) if listed is None else listed
            if not listed:
                continue
        start, end = quote.span(group)
        spans.append((start - 1, end))
    return spans


def _quoted_spans(text: str, pasted: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """The quotations of `text`, its pasted fields' values (`pasted`: its `_pasted_fields`) and its words quoted
    without marks, outermost first, none inside another. A value that holds words quoted without marks tells who said
    what it quotes (摘录：…坐席称 你这种…): a report, not a paste."""
    unmarked = _unmarked_quotes(text)
    fields = [(opening, closing) for opening, closing, _ in pasted
              if not any(opening < quoted < closing for quoted, _ in unmarked)]
    spans = sorted(_quotations(text) + fields + unmarked, key=lambda span: (span[0], -span[1]))
    outer: list[tuple[int, int]] = []
    for span in spans:
        if outer and span[0] <= outer[-1][1]:
            outer[-1] = (outer[-1][0], max(outer[-1][1], span[1]))
        else:
            outer.append(span)
    return outer


def _quotations(text: str) -> list[tuple[int, int]]:
    """The outermost quotations of `text`: (opening mark, closing mark) positions; one left open runs to the end."""
    spans, open_at = [], []
    for mark in _QUOTE_MARK.finditer(text):     # the marks alone: no other character opens or closes one
        at, char = mark.start(), mark.group()
        if open_at and char == _CLOSING_OF[text[open_at[-1]]]:
            opening = open_at.pop()
            if not open_at:
                spans.append((opening, at))
        elif char in _CLOSING_OF:
            open_at.append(at)
    if open_at:
        spans.append((open_at[0], len(text)))
    return spans


@dataclass(frozen=True, slots=True)
class ReportedQuotations:
    """The quotations of a message (`of(texts)`: its agent texts by turn) whose words outside them say something of
    their own (`_REPORT_OWN_CHARS`) and neither address the reader nor ask for payment nor paste what was received
    (`_READER_ADDRESSED`): a report of what someone said (判决书：短信中写有“…”, 读者来信：催收短信说“…”), whose
    finding inside one `Corroboration` asks the classifier to confirm at `quoted_fraction`. Found once per message
    and asked of each finding (`holds`): a message of many hits would otherwise be read once a hit."""

    spans: Mapping[int | None, list[tuple[int, int]]]    # per turn; empty when the message reports nothing
    whole: bool = False     # the message tells of collection (_COLLECTOR_TOLD, _QUOTE_JUDGED): every finding reported

    @classmethod
    def of(cls, texts: Mapping[int | None, str]) -> ReportedQuotations:
        pasted = {turn: _pasted_fields(text) for turn, text in texts.items()}
        spans = {turn: _quoted_spans(text, pasted[turn]) for turn, text in texts.items()}
        outside = []
        for turn, text in texts.items():
            last = 0
            for opening, closing in spans[turn]:
                outside.append(text[last:opening])
                last = closing + 1
            outside.append(text[last:])
        words = "\n".join(outside)
        own = len(_HAN.findall(words)) >= _REPORT_OWN_CHARS
        quoting = any(spans.values())
        condemned = len(texts) == 1 and any(wrong for fields in pasted.values() for *_, wrong in fields)
        whole = (own or condemned) and len(texts) == 1 and _tells_of_collection(words, quoting, condemned)
        reports = own and quoting and not _READER_ADDRESSED.search(words)
        if not whole and len(texts) == 1:
            ((turn, text),) = texts.items()
            if len(spans[turn]) == 1 and _NARRATIVE_FORWARDED.search(words):
                # a court's or a reporter's passage forwarded whole in one quotation (转给您二审判决的相关段落：“上诉人…”):
                # read as the narrative it is, by its own words outside its inner quotations (not a field pasted after a
                # label, 判决书摘录：公诉机关指控…发送：“…”, which the older sets label for the message it quotes)
                (opening, closing), = spans[turn]
                whole = text[opening] in _QUOTE_OPENINGS and cls.of({turn: text[opening + 1:closing]}).whole
        return cls(spans if reports or whole else {}, whole)

    def holds(self, turn: int | None, start: int, end: int) -> bool:
        """Whether the hit `start:end` of turn `turn` lies inside one of the reported quotations (or the message
        tells of collection as a whole)."""
        return self.whole or any(opening < start and end <= closing + 1 for opening, closing in self.spans.get(turn, ()))


# A text that opens by addressing one who is no debtor: a lawyer, a mediator, a regulator, the lender's service desk or
# hotline (许律师，…; 致某某律师事务所周律师：; 客服您好：…; 12378：…). Its 你/您 is that adviser or desk, so the writer is
# the debtor's side telling of collection, unless it forwards what was received (原样转给您：“…”; 以下是对方发来的短信),
# which the sets label for what it says. Not a sender naming itself (我是…律所的律师，你…; 【某某律所】王律师，…; 本所律师：).
_ADVISER_ADDRESSED = re.compile("^[\\s【\\[]*(?:致)?[^\n，,。！？：:【】\\[\\]我本这]{0,16}?(?:律师|律所|律师事务所|客服|调解员|调解中心|监管局"
                                "|金融监管|银保监|消协|12378|热线)(?:您好|你好)?[，,：:\\s]")
_FORWARDED = re.compile(f"{_PASTE_WORDS}|转发|转给|发来|发我的|发给我的|如下|以下是|下面是")
# A text that opens as an adviser's answer (律师回复：…, 张律师解答：…, 答：…, 回复楼主：…): its 你/您 is the one who asked, so
# the collector's words it quotes are reported to him, not said to him
_ADVISER_ANSWERS = re.compile("^[\\s【\\[]*(?:[\u4e00-\u9fff]{0,3}律师(?:回复|回答|解答|答复|答|建议)|答|回复楼主)[：:]")
# The own words of a text that forwards a court's or a reporter's passage in one quotation (二审判决的相关段落, 判决书摘录：“…”,
# 这篇报道写道：“…”), not a received message (原文, 短信)
_NARRATIVE_FORWARDED = re.compile("(?:判决|裁定|裁判文书|起诉书|判例|报道)[\u4e00-\u9fff]{0,6}?(?:段落|摘录|节选|原文|写道|认定)"
                                  "|(?:段落|摘录|节选)[\u4e00-\u9fff]{0,2}?(?:判决|裁定|裁判文书|起诉书|报道)")


def _tells_of_collection(words: str, quoting: bool, condemned: bool) -> bool:
    """Whether a single text's own words (outside its quotations) tell of collection rather than perform it: they make
    no demand of their own (one they only report is set aside) and name the collector told of, or, telling the reader
    of no step (or telling only an adviser or a desk it addresses, `_ADVISER_ADDRESSED`, of no forwarded text), narrate
    collection as a report does, speak as the one pressed (not pasting what was received), or quote wording they judge
    or condemn (`condemned`: a line marked wrong)."""
    if _SENDER_DEMANDS.search(_NARRATED_DEMAND.sub("", words)):
        return False
    if _tells_of_collector(words):
        return True
    if quoting and _ADVISER_ANSWERS.match(words):
        return True
    if _READER_TOLD.search(words) and (_ADVISER_ADDRESSED.match(words) is None or _FORWARDED.search(words)):
        return False
    return bool(_narrates_collection(words)
                or _WRITER_PRESSED.search(words) and not _PASTE_NAMED.search(words)
                or quoting and (condemned or _QUOTE_JUDGED.search(words)))


def _narrates_collection(words: str) -> bool:
    """Whether `words`, greeting or addressing no reader (`_READER_GREETED`), open as a report does
    (`_REPORT_OPENING`, not where a crowd is called first: `_CROWD_CALLED`) or narrate the collector side's act in the third person (`_COLLECTOR_NARRATED`) in a sentence
    where the sender does not name itself first (本公司将在各大网络平台发布)."""
    return not _READER_GREETED.search(words) and (
        _REPORT_OPENING.match(words) is not None and _CROWD_CALLED.match(words) is None or any(
        not _SELF_NAMED.search(words, max(words.rfind(end, 0, told.start()) for end in _SENTENCE_BREAKS) + 1,
                               told.start())
        for told in _COLLECTOR_NARRATED.finditer(words)))


def _tells_of_collector(words: str) -> bool:
    """Whether `words` name the collector in the third person with a verb of saying or doing (`_COLLECTOR_TOLD`), not
    right after the sender naming itself (`_SELF_NAMED`)."""
    return any(not _SELF_NAMED.search(words, max(0, told.start() - _SELF_REACH), told.start())
               for told in _COLLECTOR_TOLD.finditer(words))


_ASKED_END = re.compile(r"\s*[？?]")      # a question mark ends the sentence (spaces may come first)


@dataclass(frozen=True, slots=True)
class Corroboration:
    """Phrase rules (and frames) whose finding stands only when something else agrees
    (lexicons/wording/context/corroboration.yml, written by `python -m benchmarks.rule_record` from each rule's record
    on the released hand-labelled sets: the rules with a poor precision there). A listed rule's finding is
    corroborated by the classifier scoring its category at `fraction` of the category's threshold or more (the one
    test of "the classifier corroborates", `WordingAnalyser.below_floor`, which the gate's `rule_review_below` asks
    too), or by another rule's finding of the same category in the message. With `other_fraction` (one for every
    category, or one per category), every other rule's finding needs the classifier at that (smaller) fraction, or a
    second rule, too. A finding inside a quotation that the message reports (`ReportedQuotations`) needs at least
    `quoted_fraction`, and no such finding seconds another: the sets label reports of a collector's words two ways,
    and the classifier, which read them whole, carries the convention. The classifier is asked only
    of agent speech of `min_chars` view characters or more: on a shorter text its n-grams have too little to read, and
    a low score there is no sign that the rule misread it (煞笔 alone scores insults near 0). From `long_chars` on it
    has read enough for a near-zero score to mean something: a finding asked at all needs `long_fraction` there, and a
    rule finding of another analyser in a category of `long_others` (the PII analyser's disclosure rules:
    pii.third_party_disclosure, which the classifier has a column for) needs that category's fraction there when
    nothing else corroborates it (`WordingAnalyser.corroborate_others`); with `short_others`, such a finding in shorter
    speech (`min_chars` up to `long_chars`) needs its category's fraction there too, but only in a message where this
    analyser finds nothing at all: a lawful contact note or a third party's own post that a disclosure rule misreads
    is otherwise clean, where a short exposure post carries its disclosure beside the exposure the analyser finds (on
    a short text the classifier's silence on one column says little by itself). With `sentence_fraction`, the
    classifier also corroborates a finding when it scores the finding's own sentence, read alone, at that fraction of
    the threshold: one violating sentence among a letter's or a script's lawful ones reads as lawful to a score of the
    whole speech (the windows mix with it), not to one of the sentence. With `not_to_debtor_fraction`, in a message not
    addressed to the debtor (a third party's or of unknown recipient: notices, posts, reports, calls to relatives) every
    rule finding the classifier did not score over its threshold, this analyser's or another's, needs the whole speech
    or its own sentence scored at that fraction of its category's threshold (`WordingAnalyser.corroborate_others`): on
    sets written by others, the rules' false flags sit there, where the speaker is often no collector."""

    rules: frozenset[str]
    fraction: float
    other_fraction: float | Mapping[str, float] | None = None
    min_chars: int = 0
    quoted_fraction: float | None = None
    long_chars: int | None = None
    long_fraction: float | None = None
    long_others: Mapping[str, float] | None = None
    sentence_fraction: float | None = None
    short_others: Mapping[str, float] | None = None
    not_to_debtor_fraction: float | None = None

    def fraction_of(self, rule_id: str, category: str, quoted: bool = False, speech_chars: int = 0) -> float | None:
        """The fraction of its category's threshold the classifier must reach for this rule's finding (`quoted`: one
        inside a reported quotation; `speech_chars`: the agent speech's view characters, from `long_chars` on at least
        `long_fraction`); None: never asked."""
        if rule_id in self.rules:
            fraction = self.fraction
        elif isinstance(self.other_fraction, Mapping):
            fraction = self.other_fraction.get(category)
        else:
            fraction = self.other_fraction
        if fraction is not None and self.long_chars is not None and self.long_fraction is not None \
                and speech_chars >= self.long_chars:
            fraction = max(fraction, self.long_fraction)
        if quoted and self.quoted_fraction is not None:
            return max(fraction or 0.0, self.quoted_fraction)
        return fraction

    @classmethod
    def load(cls, path: Path) -> Corroboration:
        data = read_yaml(path)
        if not isinstance(data, dict) or not {"classifier_fraction", "rules"} <= set(data) <= {
                "classifier_fraction", "rules", "other_rules_fraction", "min_speech_chars", "reported_quote_fraction",
                "long_speech_chars", "long_speech_fraction", "long_speech_other_analysers", "sentence_fraction",
                "short_speech_other_analysers", "not_to_debtor_fraction"}:
            raise RulePackError(path, "corroboration needs 'classifier_fraction' and 'rules', and may have "
                                "'other_rules_fraction', 'min_speech_chars', 'reported_quote_fraction', "
                                "'long_speech_chars', 'long_speech_fraction', 'long_speech_other_analysers', "
                                "'short_speech_other_analysers', 'sentence_fraction' and 'not_to_debtor_fraction'")
        min_chars, long_chars = data.get("min_speech_chars", 0), data.get("long_speech_chars")
        for key, chars in (("min_speech_chars", min_chars), ("long_speech_chars", long_chars or 0)):
            if isinstance(chars, bool) or not isinstance(chars, int) or chars < 0:
                raise RulePackError(path, f"{key}: a whole number of characters, got {chars!r}")
        other = data.get("other_rules_fraction")
        quoted, long_fraction = data.get("reported_quote_fraction"), data.get("long_speech_fraction")
        sentence, not_to_debtor = data.get("sentence_fraction"), data.get("not_to_debtor_fraction")
        if (long_chars is None) != (long_fraction is None):
            raise RulePackError(path, "long_speech_chars and long_speech_fraction go together")
        long_others, short_others = (data.get(key) for key in ("long_speech_other_analysers",
                                                                "short_speech_other_analysers"))
        for key, per_category in (("long_speech_other_analysers", long_others),
                                  ("short_speech_other_analysers", short_others)):
            if per_category is not None and (long_chars is None or not isinstance(per_category, dict)):
                raise RulePackError(path, f"{key}: a fraction per category, beside long_speech_chars")
        fractions = [data["classifier_fraction"], *(other.values() if isinstance(other, dict) else [other or 1]),
                     *(f for f in (quoted, long_fraction, sentence, not_to_debtor) if f is not None),
                     *(long_others or {}).values(),
                     *(short_others or {}).values()]
        if any(isinstance(f, bool) or not isinstance(f, (int, float)) or not 0 < f <= 1 for f in fractions):
            raise RulePackError(path, f"classifier_fraction, other_rules_fraction (one, or one per category), "
                                f"reported_quote_fraction, long_speech_fraction, sentence_fraction, not_to_debtor_fraction, "
                                f"long_speech_other_analysers, short_speech_other_analysers: fractions of the "
                                f"threshold in (0, 1], "
                                f"got {fractions!r}")
        rules = data["rules"] or []
        if not isinstance(rules, list) or not all(isinstance(rule, str) and rule for rule in rules):
            raise RulePackError(path, "rules: a list of rule ids")
        if isinstance(other, dict):
            other = {str(category): float(f) for category, f in other.items()}
        elif other is not None:
            other = float(other)
        return cls(frozenset(rules), float(fractions[0]), other, min_chars, None if quoted is None else float(quoted),
                   long_chars, None if long_fraction is None else float(long_fraction),
                   None if long_others is None else {str(c): float(f) for c, f in long_others.items()},
                   None if sentence is None else float(sentence),
                   None if short_others is None else {str(c): float(f) for c, f in short_others.items()},
                   None if not_to_debtor is None else float(not_to_debtor))


@dataclass(frozen=True, slots=True)
class Negation:
    """When a negator word before a hit clears it (see lexicons/wording/context/negation.yml)."""

    negators: tuple[str, ...]            # every negator, clause negators included
    conditions: tuple[str, ...]          # after a negator, these make it a condition: 不还(就上门), 没有还款(的话)
    max_gap: int                         # view characters allowed between a negator and the hit
    clause_negators: frozenset[str]      # these govern the rest of their clause: 不会以任何方式联系您的家人
    clause_conditions: tuple[str, ...]   # ... unless one of these stands between: 不会再等了今天就上门
    scope_keepers: tuple[str, ...]       # a condition word after one of these stays negated: 不会因为…就…
    question_ends: tuple[str, ...]       # a clause ending so (or in ？) is a taunt: 你不会去网贷借吗
    beliefs: tuple[str, ...]             # a negator after one of these is the debtor's belief: 别以为我们不会上门
    condemnations: tuple[str, ...] = ()  # a sentence holding one names the hit to condemn it: 不法分子…要求转账
    quote_condemnations: tuple[str, ...] = ()   # ... and these, for a hit inside quotation marks: “爆通讯录”属违法
    case_reports: tuple[str, ...] = ()   # a sentence holding one reports what a collector said or did: 被告人…称“…”
    verdicts: tuple[str, ...] = ()       # ... unless the text holds one of these, drawing the lesson: 判处, 捣毁
    question_reach: int | None = None    # a question end further after the hit than this asks something else
    dismissals: tuple[str, ...] = ()     # after a hit in its sentence, these deny it: 但跟坐牢没关系, 这是谣言
    dismissal_reach: int = 0             # ... at most this many view characters after it
    disclaimers: tuple[str, ...] = ()    # ... unless one of these ends right before: the speaker disowns what it threatens
                                         # (出了事跟我们没关系, 与我司无关)
    reported_actors: tuple[str, ...] = ()   # the collector side as a report names it: 催收员, 嫌疑人, 被告人
    sanctions: tuple[str, ...] = ()      # ... punished after it (已被依法行政拘留, 判处): the text reports a sanction
    sanction_reach: int = 0              # view characters from such an actor to its sanction
    asked_categories: frozenset[str] = frozenset()   # a hit of these in a question put to no one is asked, not claimed
    denied_categories: frozenset[str] = frozenset()  # ... of these only in a question answered no (您担心…？不会的)
    taunts: tuple[str, ...] = ()         # ... unless the clause holds one of these: 想坐牢吗, 知道吗
    affirmations: tuple[str, ...] = ()   # ... or the answer after it affirms it: 逾期会坐牢吗？会的
    quote_labels: tuple[str, ...] = ()   # right before a quotation, these present it as words mentioned: 错误：“…”
    quote_label_reach: int = 0           # ... ending at most this many view characters before its opening
    scope_ends: tuple[str, ...] = ()     # a contrast that ends every negator before it: 不仅不可爱还很恶心
    rhetorical_leads: tuple[str, ...] = ()   # right before a negator, these ask who does not: 哪个不能借 (all can)
    pending_leads: tuple[str, ...] = ()      # right before 没/未, these make it "not yet": 还没有打扰你家人 (it may)
    quote_mentions: tuple[str, ...] = ()     # right after a quotation, these name it as an expression: “…”等表述
    quote_mention_reach: int = 0             # ... starting at most this many view characters after its closing

    @classmethod
    def load(cls, path: Path) -> Negation:
        try:
            data = read_yaml(path)
            terms = {key: tuple(map(normalise_term, data.get(key) or ())) for key in
                     ("negators", "conditions", "clause_negators", "clause_conditions", "scope_keepers",
                      "question_ends", "beliefs", "condemnations", "quote_condemnations", "case_reports",
                      "verdicts", "dismissals", "reported_actors", "sanctions", "taunts", "disclaimers",
                      "affirmations", "quote_labels", "scope_ends", "rhetorical_leads", "pending_leads",
                      "quote_mentions")}
            if not terms["negators"] or not terms["conditions"]:
                raise KeyError("negators" if not terms["negators"] else "conditions")
            empty = next((key for key, words in terms.items() if "" in words), None)
            if empty:
                raise ValueError(f"a word of '{empty}' is only punctuation or spaces")
            max_gap = data["max_gap"]
            if isinstance(max_gap, bool) or not isinstance(max_gap, int) or max_gap < 0:
                raise ValueError(f"'max_gap' must be a whole number of characters, got {max_gap!r}")
            question_reach = data.get("question_reach")
            if question_reach is not None and (isinstance(question_reach, bool) or not isinstance(question_reach, int)
                                               or question_reach < 0):
                raise ValueError(f"'question_reach' must be a whole number of characters, got {question_reach!r}")
            reaches = {key: data.get(key, 0) for key in ("sanction_reach", "dismissal_reach", "quote_label_reach",
                                                         "quote_mention_reach")}
            for key, reach in reaches.items():
                if isinstance(reach, bool) or not isinstance(reach, int) or reach < 0:
                    raise ValueError(f"'{key}' must be a whole number of characters, got {reach!r}")
            negators = tuple(dict.fromkeys(terms["negators"] + terms["clause_negators"]))
            return cls(negators, terms["conditions"], max_gap,
                       frozenset(terms["clause_negators"]), terms["clause_conditions"], terms["scope_keepers"],
                       terms["question_ends"], terms["beliefs"], terms["condemnations"],
                       terms["quote_condemnations"], terms["case_reports"], terms["verdicts"], question_reach,
                       dismissals=terms["dismissals"], disclaimers=terms["disclaimers"],
                       reported_actors=terms["reported_actors"], sanctions=terms["sanctions"],
                       sanction_reach=reaches["sanction_reach"], dismissal_reach=reaches["dismissal_reach"],
                       asked_categories=frozenset(data.get("asked_categories") or ()),
                       denied_categories=frozenset(data.get("denied_categories") or ()),
                       taunts=terms["taunts"], affirmations=terms["affirmations"],
                       quote_labels=terms["quote_labels"], quote_label_reach=reaches["quote_label_reach"],
                       scope_ends=terms["scope_ends"], rhetorical_leads=terms["rhetorical_leads"],
                       pending_leads=terms["pending_leads"], quote_mentions=terms["quote_mentions"],
                       quote_mention_reach=reaches["quote_mention_reach"])
        except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError) as exc:
            raise RulePackError(path, f"negation context needs 'negators', 'conditions', 'max_gap': {exc}") from exc

    def words(self) -> dict[str, list[int]]:
        """The words the context automaton finds for negation, each with its kinds."""
        words: dict[str, list[int]] = {}
        for kind, terms in ((_NEGATOR, self.negators), (_BELIEF, self.beliefs),
                            (_CLAUSE_CONDITION, self.clause_conditions), (_SCOPE_KEEPER, self.scope_keepers),
                            (_CONDEMNATION, self.condemnations), (_QUOTE_CONDEMNATION, self.quote_condemnations),
                            (_CASE_REPORT, self.case_reports), (_VERDICT, self.verdicts),
                            (_DISMISSAL, self.dismissals), (_REPORTED_ACTOR, self.reported_actors),
                            (_SANCTION, self.sanctions), (_DISCLAIMER, self.disclaimers),
                            (_QUOTE_LABEL, self.quote_labels), (_SCOPE_END, self.scope_ends),
                            (_QUOTE_MENTION, self.quote_mentions)):
            for term in terms:
                words.setdefault(term, []).append(kind)
        return words

    def scope(self, view: Normalised, marks: _NegationMarks) -> _NegationScope:
        return _NegationScope(self, view, marks)


@dataclass(frozen=True, slots=True)
class LawfulVoice:
    """A lawful grammar (see lexicons/wording/context/lawful.yml): where one of its marks stands in its scope (the hit's
    sentence, or anything the agent says in the message) and none of its `unless` words, hits of its categories are
    the lawful statement, not a violation (a court serving its own papers; a court, not the collector, acting after
    a judgment). Words are context-term ids of the analyser; patterns run over the view of the scope."""

    name: str
    scope: str                                   # "sentence" or "message"
    categories: frozenset[str]
    marks: frozenset[int]
    mark_patterns: _LazyPatterns
    unless: frozenset[int]
    unless_patterns: _LazyPatterns
    clears_classifier: bool = True               # False: it clears rule hits only (see lawful.yml)

    def marked(self, text: str, span: tuple[int, int], contexts: dict[int, list[tuple[int, int]]]) -> bool:
        """Whether one of its marks stands in `span` of a view's `text` (its context-term spans `contexts`)."""
        return _context_within(span, self.marks, contexts) or self.mark_patterns.search_any(text, span)

    def undone(self, text: str, span: tuple[int, int], contexts: dict[int, list[tuple[int, int]]]) -> bool:
        """Whether one of its `unless` words stands there: the collector acts, or threatens, in the same breath."""
        return _context_within(span, self.unless, contexts) or self.unless_patterns.search_any(text, span)


class _LazyPatterns:
    """A voice's patterns over the view, compiled the first time the voice is asked: a scan asks the voices of the
    categories its texts hit, and compiling their CJK classes is most of what loading the voices costs (a 200-SMS
    file asks for 28 of 115 patterns).

    The patterns with anchors (`audit.anchors.required_groups`: literals every match holds) are gated on one regex of
    each one's strongest group: where none of those literals stands in the span, none of them can match. Nearly every
    ask finds none (130,431 of 132,070 pattern searches over the benchmark's SMS), and the patterns open with
    alternations, classes and lookbehinds the regex engine tries at every character (30-100 ns a character, where
    the gate's literals are found by its prefix scan)."""

    __slots__ = ("_sources", "_compiled")

    def __init__(self, sources: tuple[tuple[str, int], ...]) -> None:
        self._sources = sources         # (source, flags) of patterns known to compile
        # (the patterns without anchors, the gate or None, the patterns with anchors) once asked
        self._compiled: tuple[tuple[re.Pattern[str], ...], re.Pattern[str] | None, tuple[re.Pattern[str], ...]] | None \
            = None

    def look_behind(self) -> bool:
        """Whether a pattern may read characters before the span it searches (a lookbehind)."""
        return any("(?<" in source for source, _ in self._sources)

    def _compile(self) -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str] | None, tuple[re.Pattern[str], ...]]:
        """The patterns without anchors, the gate of the others (None when there are none) and the others. The gate
        searches the literals casefolded, as the view is, and ignores case where one of its patterns does. Each
        pattern's strongest group is kept with the voices' flags (`_voice_memo`): parsing the patterns again to find
        it cost ~0.03-0.08 s of start-up when every voice is asked."""
        ungated, gated, anchors, flags = [], [], set(), 0
        memo = _voice_memo()
        for source, pattern_flags in self._sources:
            key = f"{_VOICE_GATE_KEY}{pattern_flags}\x00{source}"
            strongest = memo.get(key)       # the strongest group's literals, or 0: the pattern has no group
            if strongest is None:
                groups = required_groups(sre_parse.parse(source, pattern_flags))
                strongest = sorted(max(groups, key=anchor_strength)) if groups else 0
                memo.put(key, strongest)
            (gated if strongest != 0 else ungated).append(re.compile(source, pattern_flags))
            if strongest != 0:
                anchors.update(strongest)
                flags |= pattern_flags & re.IGNORECASE
        gate = re.compile("|".join(map(re.escape, sorted(anchors, key=lambda a: (-len(a), a)))), flags) if gated \
            else None
        self._compiled = tuple(ungated), gate, tuple(gated)
        return self._compiled

    def search_any(self, text: str, span: tuple[int, int]) -> bool:
        # loops, not any(generator), whose frame cost more than most calls' searches; and many calls ask a voice
        # with no patterns of the kind (10,630 over the benchmark's 15,812 distinct SMS)
        if not self._sources:
            return False
        ungated, gate, gated = self._compiled or self._compile()
        start, end = span
        for pattern in ungated:  # noqa: SIM110 (the loop is the point, above)
            if pattern.search(text, start, end) is not None:
                return True
        if gate is None or gate.search(text, start, end) is None:
            return False
        for pattern in gated:  # noqa: SIM110
            if pattern.search(text, start, end) is not None:
                return True
        return False


_VOICE_SCOPES = ("sentence", "message")
_VOICE_KEYS = {"scope", "categories", "marks", "mark_patterns", "unless", "unless_patterns", "clears_classifier",
               "examples"}


@dataclass(slots=True)
class _NegationMarks:
    """Where the negation words of one view are, as the context automaton reports them."""

    negators: dict[int, str] = field(default_factory=dict)   # end -> the longest negator ending there
    beliefs: list[tuple[int, int]] = field(default_factory=list)
    between: list[tuple[int, bool, int]] = field(default_factory=list)   # (start, is a clause condition, end)
    condemnations: list[int] = field(default_factory=list)          # starts of condemnation words
    quote_condemnations: list[int] = field(default_factory=list)    # ... of those that condemn quoted hits only
    case_reports: list[int] = field(default_factory=list)           # starts of case-report words
    verdict: bool = False                                           # a verdict word anywhere in the view
    dismissals: list[int] = field(default_factory=list)             # starts of dismissal words
    reported_actors: list[int] = field(default_factory=list)        # starts of the collector side's names
    sanctions: list[tuple[int, int]] = field(default_factory=list)  # spans of sanction words
    disclaimers: list[int] = field(default_factory=list)            # ends of disclaimer words
    quote_labels: list[int] = field(default_factory=list)           # ends of quote labels
    scope_ends: list[int] = field(default_factory=list)             # ends of contrast words (还很, 反而)
    quote_mentions: list[int] = field(default_factory=list)         # starts of quote mention words (等表述)

    def add(self, kind: int, text: str, start: int, end: int) -> None:
        if kind == _NEGATOR:
            if end - start > len(self.negators.get(end, "")):
                self.negators[end] = text[start:end]
        elif kind == _BELIEF:
            self.beliefs.append((start, end))
        elif kind == _CONDEMNATION:
            self.condemnations.append(start)
        elif kind == _QUOTE_CONDEMNATION:
            self.quote_condemnations.append(start)
        elif kind == _CASE_REPORT:
            self.case_reports.append(start)
        elif kind == _VERDICT:
            self.verdict = True
        elif kind == _DISMISSAL:
            self.dismissals.append(start)
        elif kind == _REPORTED_ACTOR:
            self.reported_actors.append(start)
        elif kind == _SANCTION:
            self.sanctions.append((start, end))
        elif kind == _DISCLAIMER:
            self.disclaimers.append(end)
        elif kind == _QUOTE_LABEL:
            self.quote_labels.append(end)
        elif kind == _SCOPE_END:
            self.scope_ends.append(end)
        elif kind == _QUOTE_MENTION:
            self.quote_mentions.append(start)
        else:
            self.between.append((start, kind == _CLAUSE_CONDITION, end))


class _NegationScope:
    """Which hits of one view a negator governs, with the rules of Negation, in O(log n) per hit.

    A negator governs a hit that starts at h in the clause starting at c when it ends in (c, h], the words after
    it are no condition, it is no half of an A-not-A question, no belief word lies in the clause before it, and
    either it ends at most max_gap characters before h or it is a clause negator and the first clause condition
    or scope keeper lying wholly between it and h (a keeper first on a tie) is no clause condition. A contrast word
    (还很, 反而) ending at or before h starts the clause anew, and a negator begun before its clause's start (a 不 of
    晓得不？ read with the 要 after the break) governs nothing. Each clause's
    negators are sorted out once; between words are judged by bisection. Was: a rescan of the clause for every
    (hit, negator) pair, cubic in a clause of repeated insults.
    """

    def __init__(self, negation: Negation, view: Normalised, marks: _NegationMarks) -> None:
        self._negation, self._view = negation, view
        text = view.text
        self._ends = sorted(marks.negators)
        self._negators = marks.negators
        self._plain = {end for end, word in marks.negators.items() if not _negator_undone(text, word, end, negation)}
        beliefs = sorted(marks.beliefs)
        self._belief_starts = [start for start, _ in beliefs]
        self._belief_end_after = list(accumulate(reversed([end for _, end in beliefs]), min))[::-1]
        self._between = sorted(marks.between)
        self._between_starts = [start for start, _, _ in self._between]
        self._longest_between = max((end - start for start, _, end in self._between), default=0)
        self._clauses: dict[int, tuple[list[int], list[int], list[bool]]] = {}
        self._questions: dict[int, bool] = {}
        self._condemnations = sorted(marks.condemnations)
        self._quote_condemnations = sorted(marks.quote_condemnations)
        self._quote_labels = sorted(marks.quote_labels)
        self._quote_mentions = sorted(marks.quote_mentions)
        self._scope_ends = sorted(marks.scope_ends)
        self._case_reports = [] if marks.verdict else sorted(marks.case_reports)
        self._dismissals = sorted(marks.dismissals)
        self._disclaimers = sorted(marks.disclaimers)
        self._quotes: dict[str, list[int]] | None = None     # quotation mark -> its original positions, when needed
        self._sanction_end = self._last_reported_sanction(marks)

    def reports_case(self, sentence: tuple[int, int]) -> bool:
        """Whether the sentence reports a collection case (被告人在催收短信中称…, 法院查明…) in a text that draws no
        verdict or lesson from it: what the collector said or did there is judged as if said."""
        start, end = sentence
        return _any_between(self._case_reports, start - 1, end - 1)

    def condemns(self, sentence: tuple[int, int], hit_start: int, reported: bool = False,
                 hit_end: int | None = None) -> bool:
        """Whether the hit's sentence names it to condemn it: a condemnation word (not in a `reported` case, where
        those words tell what the collector did), or the hit inside quotation marks (opened in its sentence before it
        and not closed; with `hit_end`, also a hit that reaches into them: 称您“老赖”) with a quote condemnation word
        after it (“…”属违法, not 你赖账才违法，“上门”是迟早的事) or a quote label right before the quotation in its clause
        (错误：“…”, 网传“…”, 禁用语“…”), or outside a `reported` case a quote mention right after it, or after the list of
        quotations it opens (含「…」等表述, “…”的指控, 「…」「…」均为错误表述: the quoted words named as an expression, not said).
        A hit that only reaches into the quotation is condemned by such a word only
        where it stands outside quotation marks (称您“老赖”，属违规), not inside the next one (自称“民警”，以“你涉嫌诈骗”…)."""
        start, end = sentence
        if not reported and _any_between(self._condemnations, start - 1, end - 1):
            return True
        condemned_after = _any_between(self._quote_condemnations, hit_start, end - 1)
        mentioned = not reported and bool(self._quote_mentions)
        if not condemned_after and not self._quote_labels and not mentioned:
            return False
        opening = self.quote_opening(sentence, hit_start)
        reaching = opening is None and hit_end is not None
        if reaching:
            opening = self.quote_opening(sentence, hit_end - 1)
        if opening is None:
            return False
        if self._labels_quote(self._list_start(opening)) or (condemned_after and not reaching) or (
                mentioned and not reaching and self._mentions_quote(opening)):
            return True
        words = self._quote_condemnations
        return condemned_after and any(self.quote_opening(sentence, word) is None
                                       for word in words[bisect_right(words, hit_start):bisect_right(words, end - 1)])

    def _list_start(self, opening: int) -> int:
        """Where the first quotation of a list of quotations run together starts (a view position), for the quotation
        opened at view position `opening`: in 不得说：“再不还就抓你”“已经立案了” the label stands before the first."""
        view = self._view
        original = view.original
        at = view.index[opening] - 1 if opening < len(view.index) else len(original) - 1
        while at > 0 and original[at] not in _QUOTE_OPENINGS:
            at -= 1
        while True:
            before = at - 1
            while before >= 0 and original[before] in _QUOTE_LIST_JOINS:
                before -= 1
            if before < 0 or original[before] not in _OPENING_OF:
                return bisect_right(view.index, at)
            start = original.rfind(_OPENING_OF[original[before]], 0, before)
            if start < 0:
                return bisect_right(view.index, at)
            at = start

    def _mentions_quote(self, opening: int) -> bool:
        """Whether a quote mention starts at most `quote_mention_reach` view characters after the quotation opened at view
        position `opening` closes, or after the last of the quotations run together with it (「…」「…」均为错误表述), with
        nothing the view drops between (“…”，等 is a new clause) but a dash that attributes it (“…”——这是您昨天骂我的话)."""
        view = self._view
        original = view.original
        at = view.index[opening] - 1 if opening < len(view.index) else len(original) - 1
        while at > 0 and original[at] not in _QUOTE_OPENINGS:
            at -= 1
        closing = original.find(_CLOSING_OF.get(original[at], '"'), at + 1)
        while closing >= 0:
            after = closing + 1
            while after < len(original) and original[after] in _QUOTE_LIST_JOINS:
                after += 1
            if after >= len(original) or original[after] not in _CLOSING_OF:
                break
            closing = original.find(_CLOSING_OF[original[after]], after + 1)
        if closing < 0:
            return False
        first = bisect_right(view.index, closing)      # the view's first character after the closing mark
        for start in self._quote_mentions[bisect_left(self._quote_mentions, first):]:
            if start - first > self._negation.quote_mention_reach:
                break
            if view.index[start] - view.index[first] == start - first and (
                    view.index[first] == closing + 1 or _ATTRIBUTING_DASH.fullmatch(original, closing + 1, view.index[first])):
                return True
        return False

    def _labels_quote(self, opening: int) -> bool:
        """Whether a quote label ends at most `quote_label_reach` view characters before the quotation opening at
        view position `opening`, with no clause break between: 错误：“…” labels it, 你赖账是错误的，“上门”… does not."""
        breaks = self._view.clause_breaks
        clause_start = breaks[bisect_right(breaks, opening) - 1] if breaks and breaks[0] <= opening else 0
        return _any_between(self._quote_labels, max(clause_start, opening - self._negation.quote_label_reach - 1), opening)

    def dismisses(self, sentence: tuple[int, int], hit_end: int) -> bool:
        """Whether a dismissal word right after the hit (within `dismissal_reach`, in its sentence) denies it (判决后
        法院可以冻结…但跟坐牢没关系; “…”，这是谣言), unless a negator ends where it starts (这可不是吓唬人的), a belief word stands between (别以为是
        吓唬人的) or a disclaimer ends just before it (出了事跟我们没关系): then it insists."""
        end = min(sentence[1], hit_end + self._negation.dismissal_reach + 1)
        for start in self._dismissals[bisect_left(self._dismissals, hit_end):bisect_left(self._dismissals, end)]:
            if (not self._negator_at(start) and not _any_between(self._belief_starts, hit_end - 1, start - 1)
                    and not _any_between(self._disclaimers, start - 1 - _DISCLAIMER_REACH, start)):
                return True
        return False

    def _negator_at(self, start: int) -> bool:
        """Whether a negator ends where a word starts, or starts before it and ends inside it (不是 over 是谣言)."""
        return start in self._negators or any(
            end - len(self._negators[end]) < start for end in (start + 1, start + 2) if end in self._negators)

    def _last_reported_sanction(self, marks: _NegationMarks) -> int | None:
        """Where the view's last report of the collector side punished ends: one of its names, then within
        `sanction_reach` view characters a sanction not said of the reader (催收员王某…已被依法行政拘留, not 依法对你
        行政拘留), not denied (并不构成诈骗罪) and not quoted (催收员称“你已经构成诈骗罪了”: the collector's claim); None
        when there is none. What such a report names before it, or quotes, it condemns."""
        reach, view = self._negation.sanction_reach, self._view
        actors = sorted(marks.reported_actors)
        return max((end for start, end in marks.sanctions
                    if not any(person in view.text[max(0, start - _READER_REACH):start] for person in _SECOND_PERSON)
                    and _any_between(actors, start - reach - 1, start - 1) and not self._negator_at(start)
                    and self.quote_opening(view.sentence_of(start, end), start) is None), default=None)

    def reports_as_sanctioned(self, sentence: tuple[int, int], hit_start: int) -> bool:
        """Whether a report of the collector side punished names the hit before the sanction, or quotes it
        (通报：催收员以“不还钱就让你坐牢”恐吓借款人，已被依法行政拘留), not what comes after it unquoted
        (…已经被警方约谈过了，照样可以天天上你家门口)."""
        end = self._sanction_end
        return end is not None and (hit_start < end or self.quote_opening(sentence, hit_start) is not None)

    def quote_opening(self, sentence: tuple[int, int], hit_start: int) -> int | None:
        """Where the quotation holding the hit starts (a view position), when the hit stands inside quotation marks
        opened in its sentence before it and not closed; None otherwise."""
        start, _ = sentence
        view = self._view
        if self._quotes is None:        # once per view, and only for a view with a hit that may be quoted
            self._quotes = {}
            for mark in _QUOTE_MARK.finditer(view.original):
                self._quotes.setdefault(mark.group(), []).append(mark.start())
        quotes = self._quotes
        low, high = view.index[start - 1] + 1 if start else 0, view.index[hit_start] - 1
        # the marks that close the previous sentence's quotation (…“有引号”。不得辱骂，如“老赖”) are not this sentence's
        first = view.index[start] if start < len(view.index) else len(view.original)
        while low < first and view.original[low] not in _QUOTE_OPENINGS:
            low += 1
        low -= 1

        def marks(char: str) -> int:        # quotation marks `char` in the sentence before the hit
            positions = quotes.get(char, [])
            return bisect_right(positions, high) - bisect_right(positions, low)

        def last(char: str) -> int:         # the last quotation mark `char` before the hit
            positions = quotes[char]
            return positions[bisect_right(positions, high) - 1]

        open_at = [last(opening) for opening, closing in _QUOTE_PAIRS if marks(opening) > marks(closing)]
        if marks('"') % 2 == 1:
            open_at.append(last('"'))
        return bisect_right(view.index, max(open_at)) if open_at else None

    def governs(self, clause_start: int, hit_start: int) -> bool:
        """Whether a negator of the clause starting at `clause_start` governs a hit starting at `hit_start`: one
        after the last contrast word ending at or before the hit (不仅不可爱还很恶心: 还很 starts a clause of its own)."""
        contrast = bisect_right(self._scope_ends, hit_start)
        if contrast:
            clause_start = max(clause_start, self._scope_ends[contrast - 1])
        near, far, far_any_free = self._clause(clause_start)
        gap = self._negation.max_gap
        first = bisect_left(near, hit_start - gap)
        if first < len(near) and near[first] <= hit_start:
            return True
        # a negator that starts before the hit and ends inside it: a hit 会被判刑 in 不会被判刑
        inside = bisect_right(near, hit_start)
        if inside < len(near) and near[inside] - len(self._negators[near[inside]]) < hit_start:
            return True
        last = bisect_right(far, hit_start - gap - 1)
        return last > 0 and self._far_governs(far, far_any_free, far[last - 1], hit_start)

    def is_question(self, clause_end: int) -> bool:
        """Whether the clause ending at view position `clause_end` ends as a question (…吗, …呢, …？)."""
        if clause_end not in self._questions:
            view = self._view
            question = view.text.endswith(self._negation.question_ends, 0, clause_end)
            if not question:
                after_last = view.index[clause_end - 1] + 1
                upto = view.index[clause_end] if clause_end < len(view.text) else len(view.original)
                question = any(mark in view.original[after_last:upto] for mark in "?？")
            self._questions[clause_end] = question
        return self._questions[clause_end]

    def _clause(self, clause_start: int) -> tuple[list[int], list[int], list[bool]]:
        """The negators that may govern hits of the clause starting at `clause_start` (their ends): every one,
        the clause negators among them, and for those, whether any so far is free (the first between word after
        it is no clause condition)."""
        if clause_start in self._clauses:
            return self._clauses[clause_start]
        view, ends = self._view, self._ends
        breaks = view.clause_breaks
        after = bisect_right(breaks, clause_start)
        clause_end = breaks[after] if after < len(breaks) else len(view.text)
        first_belief = bisect_left(self._belief_starts, clause_start)
        belief_end = self._belief_end_after[first_belief] if first_belief < len(self._belief_starts) else len(view.text) + 1
        near, far, far_any_free = [], [], []
        free_so_far = False
        for end in ends[bisect_right(ends, clause_start):bisect_left(ends, clause_end)]:
            negator = self._negators[end]
            if end not in self._plain or end - len(negator) >= belief_end or end - len(negator) < clause_start:
                continue            # a condition follows, an A-not-A question, after a belief word, or it
                                    # began before the clause (晓得不？要判刑: 不要 across the break)
            near.append(end)
            if negator in self._negation.clause_negators:
                following = bisect_left(self._between_starts, end)
                free_so_far = free_so_far or following == len(self._between) or not self._between[following][1]
                far.append(end)
                far_any_free.append(free_so_far)
        self._clauses[clause_start] = near, far, far_any_free
        return near, far, far_any_free

    def _far_governs(self, far: list[int], far_any_free: list[bool], last_end: int, hit_start: int) -> bool:
        """Whether a clause negator ending at or before `last_end` governs the hit at `hit_start`: the first
        between word wholly inside (negator end, hit start) is a scope keeper, or there is none."""
        between, starts = self._between, self._between_starts
        # Words from index `edge` on may not lie wholly before the hit: those starting at or after it, and the
        # few straddling its start. Up to `edge`, each negator's first word after it is the one that counts.
        edge = bisect_left(starts, hit_start)
        for i in range(bisect_left(starts, hit_start - self._longest_between + 1), edge):
            if between[i][2] > hit_start:
                edge = i
                break
        low = starts[edge - 1] if edge else -1
        settled = bisect_right(far, min(low, last_end))
        if settled and far_any_free[settled - 1]:
            return True
        # Negators after `low`: the first word wholly before the hit decides; none at all leaves them free.
        for i in range(edge, len(between)):
            start, condition, end = between[i]
            if start >= hit_start or low >= last_end:
                break
            if end > hit_start:
                continue            # straddles the hit's start: not between
            if not condition and _any_between(far, low, min(start, last_end)):
                return True
            low = start
        return _any_between(far, low, last_end)


class _Syllables(dict):
    """The pinyin view read one character per token: a str.translate table from a view character to the character
    naming its pinyin token (pinyin_tokens: its syllable, a Latin letter as itself, '#'), filled on first sight of
    each character. A key (|sha|b|i|) written in the same token characters matches a view's translation exactly
    where it matches its pinyin tokens, since both start and end at a token's edge; the text to search is a
    quarter as long, and a match's span is the view's."""

    def __init__(self) -> None:
        super().__init__()
        self._tokens = _TokenNames()        # token -> the character naming it, for every token of a key
        self._seen: dict[int, str] = {}     # the same table as a plain dict (see `tokens`)

    def tokens(self, text: str) -> str:
        """A view in token characters. A plain dict translates faster than this dict with __missing__ (2.56 -> 2.32 us a
        benchmark SMS, the test below included), but leaves a character it lacks as itself: a view holds no private use
        character, so such a one reads below every token character (`_BELOW_TOKENS`), and the text's new characters are
        learned and it is translated again (after the first few hundred texts, seldom)."""
        tokens = text.translate(self._seen)
        if _BELOW_TOKENS.search(tokens):
            for char in set(text):
                self._seen[ord(char)] = self[ord(char)]
            tokens = text.translate(self._seen)
        return tokens

    def key(self, key: str) -> str:
        """A pinyin key (|sha|b|i|) in token characters."""
        return "".join(map(self._tokens.__getitem__, key[1:-1].split(PINYIN_SEP)))

    def __missing__(self, code: int) -> str:
        # a token no key holds ('#', most syllables) reads as a character no key holds
        self[code] = self._tokens.get(pinyin_tokens(chr(code))[1:-1], _NO_TOKEN)
        return self[code]


class _TokenNames(dict):
    """Token -> the character naming it, the next one for a token not seen before (C-level look-ups at load)."""

    def __missing__(self, token: str) -> str:
        self[token] = chr(_FIRST_TOKEN + len(self))
        return self[token]


_FIRST_TOKEN = 0xF0000      # supplementary private use: token characters, in a string of their own
_BELOW_TOKENS = re.compile(r"[\x00-\U000EFFFF]")     # a character left untranslated (min() makes a str of each)
_NO_TOKEN = "\U000FFFFD"


def _negator_undone(text: str, negator: str, end: int, negation: Negation) -> bool:
    """Whether what surrounds a negator keeps it from negating anything: a condition right after it (没有还款的话,
    不得不), its own first character before it (会不会, 是不是: half of an A-not-A question), a rhetorical lead
    right before it (哪个不能借: every one can), or a pending lead right before a 没 or 未 (还没有打扰, 尚未通知: not
    yet, which promises nothing and may come)."""
    if text.startswith(negation.conditions, end):
        return True
    begin = end - len(negator)
    return (negator[0] in "不没" and begin > 0 and len(negator) > 1 and text[begin - 1] == negator[1]
            or text.endswith(negation.rhetorical_leads, 0, begin)
            or negator[0] in "没未" and text.endswith(negation.pending_leads, 0, begin))


def _any_between(ends: list[int], low: int, high: int) -> bool:
    """Whether a sorted list holds a value in (low, high]."""
    return bisect_right(ends, high) > bisect_right(ends, low)


# A message's views scanned for context so far (by id: the views of one message, alive while it is judged), each
# with its negation scope, context-term spans and lawful sentences (_scan_context)
_Scans = dict[int, tuple[_NegationScope, dict[int, list[tuple[int, int]]], dict[tuple[str, tuple[int, int]], bool]]]


def _taunt_before(view: Normalised, start: int, end: int) -> bool:
    """Whether the clause at view [start, end), ended by a question or exclamation mark, is a short taunt (不还,
    门牌号对吧, 行), not a question asking for an answer (你说再不还怎么办)."""
    return end - start <= _TAUNT_CHARS and not view.text.endswith(_ASKING, start, end)


def _soft_break(view: Normalised, pos: int) -> bool:
    """Whether the sentence end before view position `pos` is only a question or exclamation mark (？ ！), no full
    stop or line break: what follows it still answers what came before."""
    index = view.index
    gap = view.original[index[pos - 1] + 1:index[pos]]
    return not _HARD_ENDS.intersection(gap) and bool(_SOFT_ENDS.intersection(gap))


@dataclass(slots=True)
class _Draft:
    """A message's findings up to corroboration (`WordingAnalyser._drafted`), with what finishing them takes
    (`_completed`) and the sentences corroboration will ask the classifier about, scored with the chunk's."""

    message: Message
    segments: list[Segment]
    views: list[Normalised]
    scores: np.ndarray | None
    flagged: bool
    findings: list[Finding]
    texts: dict[int | None, str]
    by_turn: dict[int | None, Normalised]
    scans: _Scans
    doubts: list[tuple[Finding, bool, float | None]] | None     # `_doubts` of the findings; None: none is asked
    sentences: list[str]


@dataclass(slots=True)
class _Hit:
    rule: int
    start: int      # view span
    end: int
    lead: int | None = None     # a frame's finding starts at its first part, before `start` (its consequence)


class WordingAnalyser(MessageAnalyser):
    name = "wording"
    context_files = (("negation", NEGATION_FILE), ("lawful", LAWFUL_FILE), ("corroboration", CORROBORATION_FILE))

    def __init__(self, rules: list[Rule], negation: Path | Negation | None = None,
                 classifier: WordingClassifier | None = None, review_band: Mapping[str, float] | None = None,
                 lawful: Path | None = None, corroboration: Path | None = None, uncorroborated: str = "drop",
                 **options: object) -> None:
        super().__init__(rules)
        self.classifier = classifier      # the trained second detector (audit.classifier); None: rules alone
        # the rules whose finding needs corroborating (none without the classifier: rules alone report every
        # finding), and whether an uncorroborated one is dropped (a scan) or kept at low severity (the gate's review)
        self.corroboration = (Corroboration.load(corroboration) if corroboration is not None and classifier is not None
                              else None)
        if uncorroborated not in UNCORROBORATED:
            raise ValueError(f"uncorroborated: one of {', '.join(UNCORROBORATED)}, got {uncorroborated!r}")
        self.uncorroborated = uncorroborated
        # per category, the fraction of the classifier's threshold from which a lower score still yields a
        # low finding marked near_threshold (the gate's review band; a scan reports none)
        self.review_band = dict(review_band or {})
        # a Negation already loaded: a caller that widens it for its own texts (the conduct analyser's speech)
        self.negation = (negation if isinstance(negation, Negation)
                         else Negation.load(negation or LEXICONS / NEGATION_FILE))
        self._rule_index = {rule.id: i for i, rule in enumerate(rules)}
        self._contexts: dict[str, int] = {}
        # (rule index, regex, anchors); the regex's source until its first use when it was judged in an earlier run
        self._patterns: list[tuple[int, re.Pattern[str] | str, list[set[str]]]] = []
        self._ungated: list[int] = []                              # pattern indexes without an anchor
        self._match_starts: dict[int, int] = {}     # pattern index -> where its matches may start, once it has run
        # (view span text, patterns run there) -> their matches in it, as (rule, start, end) within the span (_matches)
        self._span_matches: Memo[tuple, list[tuple[int, int, int]]] = Memo(SPAN_MATCHES_KEPT)
        # (a view's tail from a sentence start, the hits there) -> which of the hits are valid (_recurring_tail)
        self._tail_judgements: Memo[tuple, tuple[bool, ...]] = Memo(TAIL_JUDGEMENTS_KEPT)
        # the spare bits of the frame class patterns whose anchors a view holds -> the class patterns runnable there (_hits)
        self._class_runnable: Memo[int, int] = Memo(CLASS_RUNNABLE_KEPT)
        # (the classifier, the texts of the agent speech) -> its views and its scores (None until asked), for the chunk
        # analysed last (_speech, _scores_of); a classifier put in another's place (a test's stand-in) has keys of its
        # own
        self._speech_scores: Memo[tuple, tuple[list[Normalised], np.ndarray | None]] = Memo(SPEECH_SCORES_KEPT)
        self._gates = Gates()
        self._frames = Frames()
        self._anchors = _anchor_memo()
        self._compiled = [self._compile(i, rule) for i, rule in enumerate(rules)]
        # the lawful grammars every rule of their categories yields to (none for a caller's own rules, as conduct's)
        self.voices = self._load_voices(lawful) if lawful is not None else []
        # per category, the sentence voices that speak in it: a hit looks only at those of its own category
        self._sentence_voices: dict[str, list[LawfulVoice]] = {}
        for voice in self.voices:
            if voice.scope == "sentence":
                for category in voice.categories:
                    self._sentence_voices.setdefault(category, []).append(voice)
        self._message_voices = [v for v in self.voices if v.scope == "message"]
        self._classifier_voices = [v for v in self._message_voices if v.clears_classifier]
        # every category a message voice speaks in, and per category the positions of those that do in each list above:
        # a message's hits ask the ~30 voices of their categories, not a loop over all 72 (_lawful_in_message)
        self._message_voice_categories = frozenset().union(*(v.categories for v in self._message_voices))
        self._voice_positions: dict[int, dict[str, list[int]]] = {}
        for listed in (self._message_voices, self._classifier_voices):
            positions = self._voice_positions[id(listed)] = {}
            for i, voice in enumerate(listed):
                for category in voice.categories:
                    positions.setdefault(category, []).append(i)
        # a tail's judgement is kept only where no question end word can outreach its first clause (see _recurring_tail)
        self._tails_judged_once = max(map(len, self.negation.question_ends), default=0) <= MIN_CLAUSE_CHARS + 1
        # the categories whose sentence voices may read before the sentence (a lookbehind at its start)
        self._voices_behind = {category for v in self.voices if v.scope == "sentence"
                               and (v.mark_patterns.look_behind() or v.unless_patterns.look_behind())
                               for category in v.categories}
        self._automaton = self._build_automaton()
        self._context_automaton = self._build_context_automaton()
        self._pinyin = self._build_pinyin_automaton()

    @classmethod
    def from_lexicons(cls, lexicons: Path | None = None, **options: object) -> WordingAnalyser:
        root = Path(lexicons or LEXICONS)
        if options.pop("model", True):
            options.setdefault("classifier", WordingClassifier.load(
                root if (root / MODEL_CONFIG_FILE).exists() else LEXICONS))
        return super().from_lexicons(root, **options)

    # --- loading ------------------------------------------------------------------------------

    def _compile(self, index: int, rule: Rule) -> _Compiled:
        frame = FRAME_KEY in rule.body
        if frame:
            self._frames.add(index, rule)       # checks its own keys, classes and gaps
        else:
            check_body_keys(rule, BODY_KEYS)
        body = rule.body
        for key in ("terms", "patterns", "unless", "unless_sentence", "unless_message", "requires"):
            value = body.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                raise RulePackError(rule.path, f"'{key}' must be a list of non-empty strings", rule.id)
        if not frame and not body.get("terms") and not body.get("patterns"):
            raise RulePackError(rule.path, "a wording rule needs 'terms' or 'patterns'", rule.id)
        if "negatable" in body and not isinstance(body["negatable"], bool):
            raise RulePackError(rule.path, "'negatable' must be true or false", rule.id)
        if "pinyin" in body and body["pinyin"] not in (True, False, LATIN_ONLY):
            raise RulePackError(rule.path, f"'pinyin' must be true, false or {LATIN_ONLY}", rule.id)
        window = body.get("window")
        if window is not None and (isinstance(window, bool) or not isinstance(window, int) or window < 0
                                   or not body.get("requires")):
            raise RulePackError(rule.path, f"'window' is a whole number of characters and needs 'requires' (got "
                                f"{window!r:.40})", rule.id)
        for source in body.get("patterns", []):
            self._patterns.append((index, *_compile_pattern(rule, source, self._anchors)))
        return _Compiled(rule, body.get("negatable", True), self._context_ids(body.get("unless", [])),
                         self._context_ids(body.get("unless_sentence", [])),
                         self._context_ids(body.get("unless_message", [])),
                         self._context_ids(body.get("requires", [])), window)

    def _load_voices(self, path: Path) -> list[LawfulVoice]:
        """The lawful voices of `path` (lexicons/wording/context/lawful.yml), their words made context terms."""
        data = read_yaml(path)
        voices = data.get("voices") if isinstance(data, dict) else None
        if not isinstance(voices, dict) or not voices:
            raise RulePackError(path, "a lawful context needs 'voices', a mapping of names to voices")
        loaded = []
        for name, body in voices.items():
            if not isinstance(body, dict) or set(body) - _VOICE_KEYS or body.get("scope") not in _VOICE_SCOPES:
                raise RulePackError(path, f"voice {name!r} needs 'scope' ({' or '.join(_VOICE_SCOPES)}) and only the "
                                    f"keys {sorted(_VOICE_KEYS)}")
            lists = {key: body.get(key) or [] for key in ("categories", "marks", "mark_patterns", "unless",
                                                          "unless_patterns")}
            bad = next((key for key, value in lists.items()
                        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value)), None)
            twice = next(((key, t) for key, value in lists.items() if (t := repeated_entry(value)) is not None), None)
            if twice:
                raise RulePackError(path, f"voice {name!r}: '{twice[0]}' holds {twice[1]!r:.60} twice")
            if not isinstance(body.get("clears_classifier", True), bool) or (
                    body.get("clears_classifier") is False and body["scope"] != "message"):
                raise RulePackError(path, f"voice {name!r}: 'clears_classifier' is true or false, and false only in "
                                    "message scope (a sentence voice clears the classifier's finding where it stands)")
            if bad or not lists["categories"] or not (lists["marks"] or lists["mark_patterns"]):
                raise RulePackError(path, f"voice {name!r}: 'categories' and 'marks' or 'mark_patterns' are lists of "
                                    f"non-empty strings{f' (not {bad!r})' if bad else ''}")
            try:
                patterns = {key: _LazyPatterns(tuple(map(_over_view_flags, lists[key])))
                            for key in ("mark_patterns", "unless_patterns")}
            except re.error as exc:
                raise RulePackError(path, f"voice {name!r}: a pattern does not compile: {exc}") from exc
            loaded.append(LawfulVoice(name, body["scope"], frozenset(lists["categories"]),
                                      self._context_ids(lists["marks"]), patterns["mark_patterns"],
                                      self._context_ids(lists["unless"]), patterns["unless_patterns"],
                                      body.get("clears_classifier", True)))
        return loaded

    def _context_ids(self, terms: list[str]) -> frozenset[int]:
        return frozenset(self._contexts.setdefault(normalise_term(t), len(self._contexts)) for t in terms)

    def _build_automaton(self) -> Literals:
        """Terms, pattern anchors and frame class terms: what can start a hit.
        Payload: (((rule, latin), ...), anchor mask, (class, ...), latin)."""
        terms: dict[str, list[tuple[int, bool]]] = {}
        for i, compiled in enumerate(self._compiled):
            if compiled.rule.body.get("pinyin") == LATIN_ONLY:
                continue                # its terms as written are no hit
            for term in compiled.rule.body.get("terms", []):
                key = normalise_term(term)
                if not key:
                    raise RulePackError(compiled.rule.path, f"term {term!r} is only punctuation", compiled.rule.id)
                terms.setdefault(key, []).append((i, _is_latin(key)))
        masks: dict[str, int] = {}
        for p, (_, _, all_groups) in enumerate(self._patterns):
            groups = all_groups[:MAX_GATE_GROUPS]
            if not groups:
                self._ungated.append(p)
            for anchors, bit in zip(groups, self._gates.add(p, len(groups))):
                for anchor in anchors:
                    masks[anchor] = masks.get(anchor, 0) | bit
        classes = self._frames.term_classes()
        # The frame classes' patterns are gated on their anchors too, in bits of their own (see _hits), on the groups
        # whose anchors are all keys already or whose new ones are rare in collection text (see _rare_groups): a
        # frequent new key would add automaton hits (您好, 前 in most messages) for a pattern cheap to run (every match
        # holds one of each group all the same), a rare one keeps the pattern, and often the frame's whole plan, from
        # the texts without it (代为偿还, 书包|校服: run in every text with a relation and a demand before).
        keys = terms.keys() | masks.keys() | classes.keys()
        patterns = self._frames.class_patterns()
        pattern_groups = [gating_groups(sre_parse.parse(pattern.pattern, pattern.flags)) for pattern in patterns]
        rare = _rare_groups([group - keys for groups in pattern_groups for group in groups], self._compiled)
        self._class_gates = Gates(self._gates.width)
        self._class_ungated = 0     # the class patterns without such a group, as a bit mask: they run everywhere
        for q, all_groups in enumerate(pattern_groups):
            groups = [group for group in all_groups if group <= keys or frozenset(group - keys) in rare]
            if not groups:
                self._class_ungated |= 1 << q
            for anchors, bit in zip(groups, self._class_gates.add(q, len(groups))):
                for anchor in anchors:
                    masks[anchor] = masks.get(anchor, 0) | bit
        return Literals({key: _main_payload(key, tuple(terms.get(key, ())), masks.get(key, 0), classes.get(key, ()))
                          for key in keys | masks.keys()})

    def _build_context_automaton(self) -> Literals:
        """Negators and context terms: looked for only in texts that have a hit to judge.
        Payload: (its context-term id or None, its negation kinds)."""
        kinds_of = self.negation.words()
        automaton = Literals({key: (self._contexts.get(key), tuple(kinds_of.get(key, ())))
                              for key in [*kinds_of, *self._contexts]})
        # the words read across a whole view (a verdict anywhere, a report of the collector side sanctioned) or just
        # before a hit's sentence (a disclaimer before its dismissal), and the sanctions, whose reader test reads
        # before them: see _recurring_tail
        self._view_wide = frozenset(k for k, (_, kinds) in enumerate(automaton.payloads)
                                    if {_VERDICT, _SANCTION, _REPORTED_ACTOR, _DISCLAIMER} & set(kinds))
        self._sanction_keys = frozenset(k for k, (_, kinds) in enumerate(automaton.payloads) if _SANCTION in kinds)
        # a purely Latin negator or context word (never, not, unless) counts only as a word of its own, as a Latin
        # term does (_stands_alone): not the 'not' of another, the 'never' of whenever
        self._latin_context = frozenset(k for k, key in enumerate(automaton.keys) if _is_latin(key))
        self._context_reach = max(map(len, [*kinds_of, *self._contexts]), default=0) + _READER_REACH
        return automaton

    def _build_pinyin_automaton(self) -> ahocorasick.Automaton | None:
        """The pinyin keys of the rules with `pinyin`, each written one character per token (see _Syllables).
        Payload: (tokens, (rule, ...)). Kept with its token table in the user's cache folder, by a hash of what it
        is built from (`_pinyin_cache`): the pinyin of the terms and the automaton are a third of the analyser's
        build (~0.3 s), loading them back ~0.01 s."""
        self._latin_only = {i for i, c in enumerate(self._compiled) if c.rule.body.get("pinyin") == LATIN_ONLY}
        pinyin_rules = [(i, c.rule.body.get("terms", [])) for i, c in enumerate(self._compiled) if c.rule.body.get("pinyin")]
        examples = [(*c.rule.match_examples, *c.rule.no_match_examples) for c in self._compiled]
        cache = _pinyin_cache(pinyin_rules, examples)
        try:
            self._syllables, automaton = pickle.loads(cache.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError):
            pass                    # none yet, or damaged: built again
        else:
            with contextlib.suppress(OSError):
                os.utime(cache)     # still in use (see keep_cached)
            return automaton
        self._syllables = _Syllables()
        entries: dict[str, list[int]] = {}     # key -> its rules, in index order (each rule's keys once)
        for i, terms in pinyin_rules:
            for key in set().union(*(pinyin_keys(normalise_term(t)) for t in terms)):
                entries.setdefault(self._syllables.key(key), []).append(i)
        automaton = None
        if entries:
            # the token characters ranked as their view characters occur in collection text, as the rules' own
            # examples have it (see fast_automaton)
            char_counts = Counter("".join(normalise_term(text) for texts in examples for text in texts))
            token_counts: Counter[str] = Counter()
            for char, count in char_counts.items():
                token_counts[char.translate(self._syllables)] += count
            automaton = fast_automaton({key: (len(key), tuple(rules)) for key, rules in entries.items()}, token_counts)
        # several rule sets (a checkout's, another's, the conduct analyser's speech rules, the tests') each keep one,
        # and every edit of the rules makes a new one: the ones runs loaded last stay
        keep_cached(cache, pickle.dumps((self._syllables, automaton), protocol=pickle.HIGHEST_PROTOCOL),
                    f"{_PINYIN_CACHE}-*.pickle", kept=_PINYIN_CACHE_KEPT)
        return automaton

    # --- matching -----------------------------------------------------------------------------

    def analyse(self, message: Message) -> list[Finding]:
        return self.analyse_many([message])[0]

    def analyse_many(self, messages: Sequence[Message]) -> list[list[Finding]]:
        """`analyse` for each message; the classifier scores them all in one batch."""
        segments = [list(message.agent_segments()) for message in messages]
        views = [[speech_view(segment.text) for segment in found] for found in segments]
        if self.classifier is None:
            return [self._findings(message, segments[i], views[i], None, False) for i, message in enumerate(messages)]
        probabilities = self.classifier.scores_many(views)
        self._speech_scores.clear()     # kept for one chunk, as RecentFindings keeps findings for one scan
        for found, read, scores in zip(segments, views, probabilities):
            self._speech_scores.keep((self.classifier, *(segment.text for segment in found)), (read, scores))
        flags = self.classifier.flagged(probabilities, self.review_band)
        # every message's rule findings first, then the sentences their corroboration asks the classifier about scored
        # in one batch (one call's fixed numpy cost for the chunk, not one a sentence: the same scores, bit for bit),
        # then the rest
        drafts = [self._drafted(message, segments[i], views[i], probabilities[i], flags[i])
                  for i, message in enumerate(messages)]
        self._score_sentences([sentence for draft in drafts if isinstance(draft, _Draft) for sentence in draft.sentences])
        return [self._completed(draft) if isinstance(draft, _Draft) else draft for draft in drafts]

    def said(self, message: Message) -> tuple:
        """Everything of `message` its findings depend on but its ids: what is said and by whom (its agent speech,
        `Message.agent_segments`), and who hears it (`Message.addressed_to_third_party`: the recipient, the call's
        speakers). A scan judges a text once and copies its findings to the messages that say it again
        (audit.analysers.recent): in the benchmark's SMS a fifth are copies, and they are the costly ones to judge."""
        return (message.text, tuple((turn.text, turn.speaker) for turn in message.turns) if message.turns else None,
                message.recipient_type)

    def below_floor(self, message: Message, floors: Mapping[str, float], min_chars: int | None = None,
                    findings: Sequence[Finding] = ()) -> set[str]:
        """The categories of `floors` (category -> fraction of the classifier's threshold) the classifier scores
        below that fraction for the message's agent speech, read as `analyse` reads it: the gate reviews rather
        than blocks a rule finding the classifier does not corroborate. A category of `findings` (this analyser's
        findings of the message) is corroborated too when the classifier scores one finding's own sentence, read
        alone, at the fraction (`_sentence_reaches`): a violating sentence buried among a letter's lawful ones reads
        as lawful to a score of the whole speech. Empty without a classifier or speech, and for speech shorter than
        `min_chars` view characters (by default corroboration's `min_chars`), where a low score says nothing (as
        `Corroboration` asks)."""
        return self._speech_below_floor(*self._speech(message), floors, min_chars, findings)

    def _speech_below_floor(self, segments: Sequence[Segment], views: list[Normalised], floors: Mapping[str, float],
                            min_chars: int | None = None, findings: Sequence[Finding] = ()) -> set[str]:
        """`below_floor` of agent speech already read: its `segments` and their `views`."""
        if self.classifier is None or not views or not floors or not self._classifier_reads(views, min_chars):
            return set()
        below = self._below_floor(self._scores_of([segment.text for segment in segments], views), floors)
        by_turn = {segment.turn: view for segment, view in zip(segments, views)}
        return {category for category in below
                if not any(f.category == category and f.turn in by_turn
                           and self._sentence_reaches(f, by_turn[f.turn], floors[category]) for f in findings)}

    def _classifier_reads(self, views: list[Normalised], min_chars: int | None = None) -> bool:
        """Whether the speech `views` is long enough for the classifier's score to count (`min_chars`, by default
        corroboration's): on shorter text a low score says nothing."""
        if min_chars is None:
            return self.corroboration is None or speech_chars(views) >= self.corroboration.min_chars
        return speech_chars(views) >= min_chars

    def _below_floor(self, scores: np.ndarray, floors: Mapping[str, float]) -> set[str]:
        """The categories of `floors` whose classifier score (a row of `scores_many`) is below that fraction of their
        threshold: what the classifier does not corroborate, for the gate and for `Corroboration` alike."""
        below = scores < self.classifier.floors(floors)
        return {category for category, low in zip(self.classifier.categories, below) if low and category in floors}

    def _findings(self, message: Message, segments: list[Segment], views: list[Normalised],
                  scores: np.ndarray | None, flagged: bool) -> list[Finding]:
        """The message's findings; `scores`: its classifier scores (None: rules alone), `flagged`: whether a category
        reaches its threshold (or its review band's floor), so that the classifier has findings to fuse."""
        draft = self._drafted(message, segments, views, scores, flagged)
        return self._completed(draft) if isinstance(draft, _Draft) else draft

    def _drafted(self, message: Message, segments: list[Segment], views: list[Normalised],
                 scores: np.ndarray | None, flagged: bool) -> list[Finding] | _Draft:
        """`_findings` up to corroboration: the findings when that is all, else the draft `_completed` finishes, with
        the sentences whose scores corroboration will ask (`_sentence_reaches`), for `analyse_many` to score them with
        the rest of its chunk's."""
        scans: _Scans = {}      # each view's context pass, shared by every step below that judges it
        hits = self._judged_hits(views, [segment.turn for segment in segments], scans)
        if not flagged and not any(hits):     # most messages: nothing found, nothing to fuse
            return []
        cleared = self._cleared_by_message(views, {hit.rule for found in hits for hit, _ in found}, scans)
        findings = []
        for segment, found in zip(segments, hits):
            for hit, (start, end) in found:
                if hit.rule in cleared:
                    continue
                rule = self._compiled[hit.rule].rule
                findings.append(Finding.of_rule(rule, message, start=start, end=end, turn=segment.turn,
                                                evidence=""))     # masked below, only for the findings that stay
        findings = one_per_category(findings, lambda f: self._frames.specificity(self._rule_index[f.rule_id],
                                                                                 f.end - f.start))
        # corroborated after one_per_category: a frame over a rule's own phrase is the same words, not a second rule
        texts = {segment.turn: segment.text for segment in segments}
        by_turn = {segment.turn: view for segment, view in zip(segments, views)}
        if scores is None and findings and ReportedQuotations.of(texts).whole:
            return []       # without the classifier to confirm them, a report's findings are the collector's words
        doubts = None
        sentences: list[str] = []
        if self.corroboration is not None and scores is not None and self._classifier_reads(views):
            doubts = self._doubts(findings, scores, texts, speech_chars(views))
            if self.corroboration.sentence_fraction is not None:
                for finding, reported, doubted in doubts:
                    if doubted is not None and not reported:
                        sentence = self._own_sentence(finding, by_turn[finding.turn])
                        if sentence is not None:
                            sentences.append(sentence)
        return _Draft(message, segments, views, scores, flagged, findings, texts, by_turn, scans, doubts, sentences)

    def _completed(self, draft: _Draft) -> list[Finding]:
        """`_findings` from corroboration on."""
        message, segments, views, scores, scans, by_turn = (draft.message, draft.segments, draft.views, draft.scores,
                                                            draft.scans, draft.by_turn)
        findings = draft.findings if draft.doubts is None else self._corroborated(draft.doubts, by_turn)
        for finding in findings:
            finding.evidence = mask_field(draft.texts[finding.turn][finding.start:finding.end])   # phrases recur: cached
        if self.classifier is None or scores is None or not draft.flagged:
            return findings

        def cleared(category: str) -> bool:
            """A classifier finding that a lawful voice of the message (one that `clears_classifier`) clears: asked before
            its strongest sentence is sought (a lawful template's classifier findings end here)."""
            return any(category in v.categories for v in self._classifier_voices) and bool(
                self._lawful_in_message(views, [self._context_spans(view, scans) for view in views], {category},
                                        self._classifier_voices))

        def dropped(category: str, turn: int | None, start: int, end: int) -> bool:
            """A classifier finding that its sentence's condemnation clears: asked before the finding is built (its
            strongest n-grams cost more than the rest of the message)."""
            return self._condemned(by_turn[turn], start, end, category, scans)

        return fuse(self.classifier, message, segments, views, findings, scores, self.review_band, dropped,
                    cleared=cleared)

    def _doubts(self, findings: list[Finding], scores: np.ndarray, texts: Mapping[int | None, str],
                speech_chars: int) -> list[tuple[Finding, bool, float | None]]:
        """Per finding (`_corroborated`): whether a reported quotation holds it, and the fraction of the threshold the
        classifier's score of the whole speech misses with no other rule's finding to second it (None: it stands)."""
        reported_quotations = ReportedQuotations.of(texts)
        quoted = [reported_quotations.holds(finding.turn, finding.start, finding.end) for finding in findings]
        rules_of: dict[str, set[str]] = {}      # per category, the rules of its findings that a quotation does not hold
        for finding, reported in zip(findings, quoted):
            if not reported:
                rules_of.setdefault(finding.category, set()).add(finding.rule_id)
        doubts = []
        for finding, reported in zip(findings, quoted):
            fraction = self.corroboration.fraction_of(finding.rule_id, finding.category, reported, speech_chars)
            doubted = (fraction is not None and not rules_of.get(finding.category, set()) - {finding.rule_id}
                       and self._below_floor(scores, {finding.category: fraction}))
            doubts.append((finding, reported, fraction if doubted else None))
        return doubts

    def _corroborated(self, doubts: list[tuple[Finding, bool, float | None]],
                      views: Mapping[int | None, Normalised]) -> list[Finding]:
        """The findings of `doubts` (`_doubts`) less those nothing corroborates: neither the classifier (its score
        for the category at the rule's fraction of the threshold or more: a listed rule's, or the smaller one every
        other rule needs, or a reported quotation's larger one; in long agent speech, `Corroboration.long_fraction`
        at least; or, outside a reported quotation, its score of the finding's own sentence at
        `Corroboration.sentence_fraction`: `_sentence_reaches`) nor another rule's finding of the category outside a reported quotation. A reported finding that
        stands does so at medium severity at most (`_REPORTED_SEVERITY_CAP`). With `uncorroborated: review` (the gate)
        such a finding stays, at low severity and saying so (nothing else holds its category): a person looks rather
        than the message being blocked or allowed."""
        sentence_fraction = self.corroboration.sentence_fraction
        standing: list[Finding] = []
        doubtful: list[tuple[Finding, str]] = []    # each saying the fraction of the threshold the classifier missed
        for finding, reported, fraction in doubts:
            if (fraction is not None
                    and (reported or sentence_fraction is None
                         or not self._sentence_reaches(finding, views[finding.turn], sentence_fraction))):
                doubtful.append((finding, f"（分类器对该类别的评分低于其报告阈值的{fraction:g}倍，且无其他规则命中佐证：转人工复核。）"))
            else:
                if reported and finding.severity.rank > _REPORTED_SEVERITY_CAP.rank:
                    # a report of what a collector said is read with doubt (the sets label it two ways): a person looks
                    # before such a message is sent, rather than the gate blocking it outright
                    finding.severity = _REPORTED_SEVERITY_CAP
                    finding.explanation += "（命中位于对催收言行的转述或引用中：严重程度降为中，转人工复核。）"
                standing.append(finding)
        # the doubtful after the standing, as they have always come out (`_set_aside` keeps the order it is given)
        return self._set_aside(standing + [finding for finding, _ in doubtful], doubtful)

    def _sentence_reaches(self, finding: Finding, view: Normalised, fraction: float) -> bool:
        """Whether the classifier scores the finding's own sentence, read alone, at `fraction` of its category's
        threshold or more; never a question's (您说群里有人发了您的欠款截图？): the agent asks back what the other side
        said, which the sentence alone cannot tell from saying it."""
        sentence = self._own_sentence(finding, view)
        return sentence is not None and not self._below_floor(self._scores_of([sentence]), {finding.category: fraction})

    def _own_sentence(self, finding: Finding, view: Normalised) -> str | None:
        """The finding's own sentence in the original text, as `_sentence_reaches` scores it; None for a question's."""
        start, end = view.to_original(*view.sentence_of(view.view_offset(finding.start), view.view_offset(finding.end)))
        return None if _ASKED_END.match(view.original, end) else view.original[start:end]

    def _score_sentences(self, sentences: Sequence[str]) -> None:
        """Score each of `sentences` read alone as `_scores_of` would, those not kept yet in one batch (`scores_many`
        sums each message's windows in the same order whatever the batch, so the scores are the same bit for bit)."""
        if not sentences:
            return
        unscored, views = [], []
        for sentence in dict.fromkeys(sentences):
            kept, scores = self._speech_scores.get((self.classifier, sentence), (None, None))
            if scores is None:
                unscored.append(sentence)
                views.append(list(kept) if kept is not None else [speech_view(sentence)])
        if not unscored:
            return
        for sentence, read, scores in zip(unscored, views, self.classifier.scores_many(views)):
            self._speech_scores.keep((self.classifier, sentence), (read, scores))

    def _scores_of(self, texts: Sequence[str], views: Sequence[Normalised] | None = None) -> np.ndarray:
        """The classifier's scores of agent speech of `texts` (its `views`; when not given, those kept or read from
        the texts), scored once for the chunk analysed last (`analyse_many`; at most SPEECH_SCORES_KEPT speeches and
        sentences): a chunk's speech is asked again by the steps after its analysis, and a finding's sentence by the
        not-to-debtor check after `_corroborated`."""
        key = (self.classifier, *texts)
        kept, scores = self._speech_scores.get(key, (None, None))
        if scores is None:
            views = views if views is not None else kept if kept is not None else [speech_view(t) for t in texts]
            scores = self.classifier.scores(views)
            self._speech_scores.keep(key, (list(views), scores))
        return scores

    def _speech(self, message: Message) -> tuple[list[Segment], list[Normalised]]:
        """The message's agent speech and its views: kept beside its scores when the chunk analysed last read it
        (`_scores_of`), else read now and kept there, so that the checks after a chunk's analysis read it once."""
        segments = list(message.agent_segments())
        key = (self.classifier, *(segment.text for segment in segments))
        kept = self._speech_scores.get(key)
        if kept is not None:
            return segments, kept[0]
        views = [speech_view(segment.text) for segment in segments]
        self._speech_scores.keep(key, (views, None))
        return segments, views

    def corroborate_others(self, message: Message, findings: list[Finding]) -> list[Finding]:
        """`findings` (every analyser's, for `message`) less the other analysers' rule findings nothing corroborates in
        long agent speech: of a category of `Corroboration.long_others` (pii.third_party_disclosure: the PII
        analyser's disclosure rules, which the classifier's column for the category never judged), with no score (the
        PII analyser's own classifier did not agree), no finding of the category by this analyser (its rules, already
        corroborated, or its classifier), in agent speech of `long_chars` view characters or more, and the classifier
        scoring the category below the category's fraction of its threshold. In shorter speech (`min_chars` or more),
        one of a category of `Corroboration.short_others` likewise, but only where this analyser finds nothing at all
        in the message. Another rule of the same other analyser does not second one: what the PII rules find together
        is one analyser's reading of the speech (a residents' notice warning of fake collectors names the debt and an
        estate, and its debt and address rules both fire).
        With `uncorroborated: review` (the gate) such a finding stays at low severity, saying so, as this analyser's
        own uncorroborated findings do (`_corroborated`). Only messages with such a finding are scored again: the cost
        of a scan stays flat."""
        findings = self._corroborated_not_to_debtor(message, findings)
        policy = self.corroboration
        if policy is None or self.classifier is None or not findings or not (policy.long_others or policy.short_others):
            return findings
        categories = {*(policy.long_others or {}), *(policy.short_others or {})}
        lone = [f for f in findings if f.analyzer != self.name and f.category in categories and f.detector is None
                and f.score is None]
        if not lone:
            return findings
        own = {f.category for f in findings if f.analyzer == self.name}
        lone = [f for f in lone if f.category not in own]
        if not lone or not self.applies_to(message):
            return findings
        segments, views = self._speech(message)
        if speech_chars(views) >= (policy.long_chars or 0):
            asked, min_chars = policy.long_others or {}, policy.long_chars
        elif not own:       # shorter speech: asked only where this analyser finds nothing at all
            asked, min_chars = policy.short_others or {}, None
        else:
            return findings
        lone = [f for f in lone if f.category in asked]
        if not lone:
            return findings
        below = self._speech_below_floor(segments, views, {f.category: asked[f.category] for f in lone}, min_chars)
        return self._set_aside(findings, [(f, f"（措辞分类器对该类别的评分低于其报告阈值的{asked[f.category]:g}倍，"
                                              "且无其他规则或模型命中佐证：转人工复核。）")
                                          for f in lone if f.category in below])

    def _set_aside(self, findings: list[Finding], doubtful: Sequence[tuple[Finding, str]]) -> list[Finding]:
        """`findings` less the `doubtful` ones (each with why it is doubted) in a scan, in their order; with
        `uncorroborated: review` (the gate) the doubtful ones stay at low severity, each explanation saying why."""
        if not doubtful:
            return findings
        if self.uncorroborated == "drop":
            dropped = {id(finding) for finding, _ in doubtful}
            return [f for f in findings if id(f) not in dropped]
        for finding, why in doubtful:
            finding.severity = Severity.LOW
            finding.explanation += why
        return findings

    def _corroborated_not_to_debtor(self, message: Message, findings: list[Finding]) -> list[Finding]:
        """`findings` less the rule findings (any analyser's, in a category the classifier scores) that the classifier
        scores below its threshold (no score of their own) and below `Corroboration.not_to_debtor_fraction` of it for
        the whole agent speech and for the finding's own sentence (`_sentence_reaches`), in a message not addressed to
        the debtor; with `uncorroborated: review` (the gate) they stay at low severity, saying so. Speech shorter than
        `min_chars`, or mostly in Latin letters (`mostly_latin`: English, romanised names and pinyin), is not asked:
        the score says nothing there."""
        policy = self.corroboration
        if policy is None or policy.not_to_debtor_fraction is None or self.classifier is None or not findings \
                or message.recipient_type == "debtor":
            return findings
        asked = [f for f in findings if f.detector is None and f.score is None
                 and f.category in self.classifier.categories]
        if not asked or not self.applies_to(message):
            return findings
        segments, views = self._speech(message)
        if mostly_latin(views):
            return findings
        fraction = policy.not_to_debtor_fraction
        below = self._speech_below_floor(segments, views, {f.category: fraction for f in asked}, findings=asked)
        why = f"（消息并非发给债务人本人，措辞分类器对该类别的评分低于其报告阈值的{fraction:g}倍：转人工复核。）"
        return self._set_aside(findings, [(f, why) for f in asked if f.category in below])

    def _condemned(self, view: Normalised, start: int, end: int, category: str, scans: _Scans) -> bool:
        """Whether the sentence at original offsets [start, end) names what it holds to condemn it (negation's
        condemnations, outside a reported case, a quote condemnation after a quotation, or a report of the collector
        side punished), or states it in a lawful voice of the sentence: a classifier finding of `category` there reads
        the warning as the practice (防诈骗提醒：近期有不法分子冒充法院发送“你已被立案”…), as the rules would not."""
        low, high = bisect_left(view.index, start), bisect_left(view.index, end)
        if high <= low:
            return False
        scope, contexts, lawful = self._scan_context(view, scans)
        sentence = view.sentence_of(low, high)
        return (scope.condemns(sentence, low, scope.reports_case(sentence)) or scope.reports_as_sanctioned(sentence, low)
                or self._lawful_sentence(category, view, sentence, contexts, lawful))

    def example_matches(self, rule: Rule, text: str) -> bool:
        """An example matches when, sent by an agent as an SMS, it makes that rule fire."""
        wanted = self._rule_index.get(rule.id)
        if wanted is None:
            raise ValueError(f"rule {rule.id} is not loaded in this analyser")
        view = speech_view(text)
        return any(hit.rule == wanted for hit, _ in self._judged_hits([view], [None])[0]) \
            and wanted not in self._cleared_by_message([view], {wanted})

    def text_hits(self, text: str) -> list[tuple[str, int, int]]:
        """The rules that fire in one text, as (rule id, start, end) in its original offsets, negation and
        context applied: for analysers that use these rules as a phrase matcher (audit.analysers.conduct)."""
        view = speech_view(text)
        found = self._judged_hits([view], [None])[0]
        cleared = self._cleared_by_message([view], {hit.rule for hit, _ in found})
        return [(self._compiled[hit.rule].rule.id, start, end) for hit, (start, end) in found if hit.rule not in cleared]

    def _cleared_by_message(self, views: list[Normalised], rules: set[int], scans: _Scans | None = None) -> set[int]:
        """The rules among `rules` whose `unless_message` context occurs anywhere in the message's views, or whose
        category a lawful voice of the whole message speaks in."""
        if not rules:       # most messages: no hit to clear
            return set()
        categories = {self._compiled[r].rule.category for r in rules}
        if (not any(self._compiled[r].unless_message for r in rules)
                and self._message_voice_categories.isdisjoint(categories)):
            return set()
        contexts = [self._context_spans(view, scans) for view in views]
        present = {ref for spans in contexts for ref in spans}
        lawful = self._lawful_in_message(views, contexts, categories)
        return {r for r in rules if self._compiled[r].unless_message & present
                or self._compiled[r].rule.category in lawful}

    def _context_spans(self, view: Normalised, scans: _Scans | None = None) -> dict[int, list[tuple[int, int]]]:
        """Per context term present in a view, its spans in text order (from `scans` when the view was judged)."""
        if scans and id(view) in scans:
            return scans[id(view)][1]
        spans: dict[int, list[tuple[int, int]]] = {}
        payloads, latin = self._context_automaton.payloads, self._latin_context
        for key, start, end in self._context_automaton.matches(view.text):
            if key in latin and not _stands_alone(view, start, end):
                continue
            ref = payloads[key][0]
            if ref is not None:
                spans.setdefault(ref, []).append((start, end))
        return spans

    def _lawful_in_message(self, views: list[Normalised], contexts: list[dict[int, list[tuple[int, int]]]],
                           categories: set[str], voices: list[LawfulVoice] | None = None) -> set[str]:
        """The categories among `categories` that a lawful voice of the whole message (of `voices`, default all)
        speaks in: one of its marks in something the agent says, none of its `unless` words in anything."""
        lawful: set[str] = set()
        spans = [(view.text, (0, len(view.text)), found) for view, found in zip(views, contexts)]
        listed = self._message_voices if voices is None else voices
        positions = self._voice_positions.get(id(listed))
        if positions is not None:       # only the voices of `categories`, in their order in the list: the same asks
            at = [i for category in categories for i in positions.get(category, ())]
            listed = [listed[i] for i in (sorted(set(at)) if len(categories) > 1 else at)]
        for voice in listed:
            if not voice.categories & categories - lawful:
                continue
            # loops, not any(generator): the same questions in the same order, without a generator per voice
            for s in spans:
                if voice.marked(*s):
                    break
            else:
                continue
            for s in spans:
                if voice.undone(*s):
                    break
            else:
                lawful |= voice.categories
        return lawful & categories

    def _lawful_sentence(self, category: str, view: Normalised, sentence: tuple[int, int],
                         contexts: dict[int, list[tuple[int, int]]],
                         lawful: dict[tuple[str, tuple[int, int]], bool]) -> bool:
        """Whether a lawful voice of the sentence speaks in `category` there (法院判决生效后…法院可依法冻结); asked
        once per sentence and category of a view (`lawful`, its answers so far): a threat of several hits in one
        sentence asked every voice of its category for each hit, each voice a search of its patterns."""
        known = lawful.get((category, sentence))
        if known is None:
            known = lawful[category, sentence] = any(
                v.marked(view.text, sentence, contexts) and not v.undone(view.text, sentence, contexts)
                for v in self._sentence_voices.get(category, ()))
        return known

    def _judged_hits(self, views: list[Normalised], turns: list[int | None],
                     scans: _Scans | None = None) -> list[list[tuple[_Hit, tuple[int, int]]]]:
        """The valid hits of each view (of one speaker's segments), frames across consecutive turns included; the
        context pass of each view judged is kept in `scans`."""
        found = [self._hits(view) for view in views]
        framed = self._frames.find(views, [parts for _, parts, _ in found], turns,
                                   [runnable for _, _, runnable in found])
        return [self._judged(view, candidates + [_Hit(f.rule, f.start, f.end, f.lead) for f in frames] if frames
                             else candidates, scans)
                for view, (candidates, _, _), frames in zip(views, found, framed)]

    def _hits(self, view: Normalised) -> tuple[list[_Hit], list[Part], int]:
        """Candidate hits in one normalised text, the frame parts (class-term hits) of the same pass, and when
        there are parts, the frame class patterns that may match in the text (bits numbered as
        Frames.class_patterns): those whose anchors it holds, and those without anchors."""
        candidates: list[_Hit] = []
        parts: list[Part] = []
        breaks = view.sentence_breaks
        found = [0] * (len(breaks) + 1)          # per sentence: the anchor groups found in it (see Gates)
        payloads = self._automaton.payloads
        for key, start, end in self._automaton.matches(view.text):
            payload = payloads[key]
            if payload.__class__ is int:        # most hits: a pattern anchor alone, its gate bits (see _main_payload)
                found[bisect_right(breaks, end - 1)] |= payload
                continue
            terms, mask, classes, latin = payload
            if mask:
                found[bisect_right(breaks, start)] |= mask
            if latin and not _stands_alone(view, start, end):
                continue
            for rule, _ in terms:       # a loop, not extend(generator): a generator's frame costs more than one hit
                candidates.append(_Hit(rule, start, end))
            for c in classes:
                parts.append((c, start, end))
        if self._pinyin is not None:
            candidates.extend(self._pinyin_hits(view))
        candidates.extend(self._pattern_hits(view, found))
        if breaks:
            candidates = [h for h in candidates if not view.crosses_sentence(h.start, h.end)]
            candidates.extend(self._split_pattern_hits(view, found))
        if not parts:
            return candidates, parts, 0
        carried = self._class_gates.complete_bits(reduce(or_, found))
        runnable = self._class_runnable.get(carried)
        if runnable is None:
            runnable = self._class_ungated
            for q in self._class_gates.patterns(carried):
                runnable |= 1 << q
            self._class_runnable.keep(carried, runnable)
        return candidates, parts, runnable

    def _judged(self, view: Normalised, candidates: list[_Hit],
                scans: _Scans | None = None) -> list[tuple[_Hit, tuple[int, int]]]:
        """The valid hits among `candidates`, one per rule per distinct span, with original offsets (before any
        `unless_message` context, which is the whole message's)."""
        if not candidates:
            return []
        tail = self._recurring_tail(view, candidates)
        flags = None if tail is None else self._tail_judgements.get(tail)
        if flags is None:
            scope, contexts, lawful = self._scan_context(view, scans)
            standing = [not self._clears(h, view, scope, contexts, lawful) for h in candidates]
            flags = tuple(s and self._required_near(h, contexts) for h, s in zip(candidates, standing))
            # kept unless it read the view before the tail: a required word may stand there (within a rule's window), a
            # sentence voice's pattern may look behind
            if tail is not None and not any(s and self._compiled[h.rule].requires for h, s in zip(candidates, standing)) \
                    and self._voices_behind.isdisjoint(category for category, _ in lawful):
                self._tail_judgements.keep(tail, flags)
        return [(hit, view.to_original(hit.start if hit.lead is None else hit.lead, hit.end))
                for hit in _distinct([h for h, valid in zip(candidates, flags) if valid])]

    def _recurring_tail(self, view: Normalised, candidates: list[_Hit]) -> tuple | None:
        """The key under which the judgement of `candidates` is kept, when they lie after the view's first sentence
        and nothing before their first sentence (the tail's start) bears on them; None otherwise.

        Templates repeat their sentences around the debtor's name and amount, and the costly ones to judge are negated
        (我们不会上门打扰，也绝不会联系您的家人: 2,605 of the benchmark's distinct texts, after a sentence naming a bank
        and an amount): each hit there is judged from its clause and sentence, what follows them (an answer after a
        question, a condition after a negator, the punctuation) and a few things of the whole view. So the judgement
        is kept by the view from the tail's start on (text and original, breaks, hits), with the character before it
        (half of an A-not-A question: 是不是), and used when the view before the tail holds none of what a judgement
        reads there: a context word across the tail's start, a verdict, a report of the collector side or a
        sanction (read across the view), a disclaimer (read just before a dismissal), a sanction within reach of the
        tail's start (its reader test reads before it), a quotation mark (a list of quotations is walked back); and
        kept when no hit that stands until its rule's `requires` words are asked has such words (read anywhere within
        its window) and no sentence voice of the tail may look behind (`_judged`). Unpunctuated speech, whose sentences end at its
        pauses, is judged afresh, and so is every view when a question end word may be longer than the tail's first
        clause and the character before it (MIN_CLAUSE_CHARS + 1: a clause ending so is a question)."""
        breaks = view.sentence_breaks
        if not breaks or view.__class__ is not Normalised or not self._tails_judged_once:
            return None
        first = min(h.start if h.lead is None else h.lead for h in candidates)
        before = bisect_right(breaks, first)
        if not before:
            return None
        at = breaks[before - 1]
        text = view.text
        view_wide, sanctions = self._view_wide, self._sanction_keys
        for key, start, end in self._context_automaton.matches(text[:at + self._context_reach]):
            if start < at and (end > at or key in view_wide) or key in sanctions and start < at + _READER_REACH:
                return None
        after = view.index[at - 1] + 1      # the original from the previous sentence's last character on
        if _QUOTE_MARK.search(view.original, 0, after):
            return None
        return (text[at - 1:], view.original[after:], *[b - at for b in view.clause_breaks if b >= at], None,
                *[b - at for b in breaks[before - 1:]], None, *[(h.rule, h.start - at, h.end - at) for h in candidates])

    def _scan_context(self, view: Normalised, scans: _Scans | None = None) -> tuple[
            _NegationScope, dict[int, list[tuple[int, int]]], dict[tuple[str, tuple[int, int]], bool]]:
        """One pass of the context automaton over a view: its negation scope, per context term its spans in
        text order, and an empty memo of its lawful sentences (see _lawful_sentence); kept in `scans`, and taken from
        there when the view was scanned before."""
        if scans is not None and id(view) in scans:
            return scans[id(view)]
        marks = _NegationMarks()
        contexts: dict[int, list[tuple[int, int]]] = {}
        payloads, latin = self._context_automaton.payloads, self._latin_context
        breaks = view.clause_breaks
        for key, start, end in self._context_automaton.matches(view.text):
            if key in latin and not _stands_alone(view, start, end):
                continue
            ref, kinds = payloads[key]
            if ref is not None:
                contexts.setdefault(ref, []).append((start, end))
            for kind in kinds:
                # a condemnation read across a clause break is two clauses' words run together (骗子，说话跟放屁一样
                # is no 骗子说)
                if kind == _CONDEMNATION and bisect_right(breaks, start) < bisect_left(breaks, end):
                    continue
                marks.add(kind, view.text, start, end)
        scanned = self.negation.scope(view, marks), contexts, {}
        if scans is not None:
            scans[id(view)] = scanned
        return scanned

    def _pinyin_hits(self, view: Normalised) -> list[_Hit]:
        hits = []
        for last, (length, rules) in self._pinyin.iter(self._syllables.tokens(view.text)):
            start, end = last + 1 - length, last + 1        # one token per view character
            if not _stands_alone(view, start, end):
                continue
            typed = self._latin_only and any(_ascii_letter(c) for c in view.text[start:end])
            hits.extend(_Hit(rule, start, end) for rule in rules if typed or rule not in self._latin_only)
        return hits

    def _pattern_hits(self, view: Normalised, found: list[int]) -> list[_Hit]:
        """Run the ungated patterns in every sentence and each gated one only in the sentences that hold all
        its anchor groups (`found`, per sentence): a match never spans two sentences."""
        hits = []
        if not self._ungated and not self._gates.complete_bits(reduce(or_, found)):
            return hits     # most views: no pattern has all its anchor groups, even over every sentence
        for (sentence_start, sentence_end), mask in zip(view.sentences(), found):
            for rule, start, end in self._matches(view, sentence_start, sentence_end, mask):
                if end > start:
                    hits.append(_Hit(rule, start, end))
        return hits

    def _matches(self, view: Normalised, start: int, end: int, mask: int) -> list[tuple[int, int, int]]:
        """(rule, start, end) of each match in the view's [start, end) of the ungated patterns and of the gated ones
        whose anchor groups are all in `mask`. What they match in a span depends on its text alone, and templates
        repeat most of their sentences word for word around the debtor's name and amount (我们不会上门打扰，也绝不会
        联系您的家人…): the matches of a text and the patterns run there are kept (`_span_matches`), so each such
        sentence is searched once per scan."""
        carried = self._gates.complete_bits(mask)     # the patterns to run, as one int: the memo's key
        if not carried and not self._ungated:
            return []
        text = view.text[start:end]
        key = (text, carried)
        found = self._span_matches.get(key)
        if found is None:
            found = self._span_matches.keep(key, self._search(text, self._gates.patterns(carried)))
        return [(rule, start + low, start + high) for rule, low, high in found]

    def _search(self, text: str, todo: list[int]) -> list[tuple[int, int, int]]:
        """(rule, start, end) of each match in `text` of the ungated patterns and the patterns `todo`. The text is
        searched as a slice of the view, not with pos/endpos, so that ^ and $ anchor at its ends; a pattern is
        compiled at its first run (most never run)."""
        found = []
        for p in (*self._ungated, *todo):
            rule, pattern, anchors = self._patterns[p]
            if pattern.__class__ is str:
                pattern = re.compile(pattern, re.IGNORECASE)
                self._patterns[p] = rule, pattern, anchors
            place = self._match_starts.get(p)
            if place is None:
                place = self._match_starts[p] = match_start(pattern)
            found.extend((rule, low, high) for low, high in match_spans(pattern, place, text))
        return found

    def _split_pattern_hits(self, view: Normalised, found: list[int]) -> list[_Hit]:
        """Pattern matches that cross a question or exclamation mark after a short taunt and no other sentence end
        (门牌号对吧？今晚见): each run of sentences so joined is searched as one, with the anchor groups of all its
        sentences, and only the matches that span one of its joins are kept (the rest are the single sentences' own)."""
        # most texts: no question or exclamation mark before their last words (one that ends the text, 感谢您的支持！,
        # ends no sentence of the view: the sentence ends stripped there are all characters the view drops)
        if not _SOFT_END.search(view.original.rstrip(_TRAILING_ENDS)):
            return []
        breaks = view.sentence_breaks
        bounds = [0, *breaks, len(view.text)]
        soft = {i for i, pos in enumerate(breaks)
                if _taunt_before(view, view.clause_of(pos - 1, pos)[0], pos)
                and _soft_break(view, pos)}
        if not soft:
            return []
        hits = []
        first = 0       # the run's first sentence: sentence s ends at bounds[s + 1], the break breaks[s]
        for s in range(len(found)):
            if s in soft:
                continue
            if s > first:   # sentences first..s joined by soft breaks
                start, end = bounds[first], bounds[s + 1]
                joins = breaks[first:s]
                hits.extend(_Hit(rule, low, high) for rule, low, high
                            in self._matches(view, start, end, reduce(or_, found[first:s + 1]))
                            if any(low < join < high for join in joins))
            first = s + 1
        return hits

    def _clears(self, hit: _Hit, view: Normalised, scope: _NegationScope, contexts: dict[int, list[tuple[int, int]]],
                lawful: dict[tuple[str, tuple[int, int]], bool]) -> bool:
        """Whether negation or its rule's context clears a hit (but for the words its rule `requires`: see
        _required_near); what is left is a violation."""
        compiled = self._compiled[hit.rule]
        clause = view.clause_of(hit.start, hit.end)
        sentence = view.sentence_of(hit.start, hit.end)
        # in a reported case, the condemnation words tell what the collector did, and the collector's quoted words are
        # judged as said: their lawful context comes from inside the quotation (被告人在催收短信中称“…”: 短信 is no SMS
        # of the sender's, but “公安马上上门” keeps its police)
        reported = scope.reports_case(sentence)
        if compiled.negatable and (self._negated(hit, view, scope, clause) or scope.condemns(sentence, hit.start, reported, hit.end)
                                   or scope.dismisses(sentence, hit.end)
                                   or scope.reports_as_sanctioned(sentence, hit.start)):
            return True
        category = compiled.rule.category
        if (category in self.negation.asked_categories and self._asked(hit, view, scope, clause)) or (
                category in self.negation.denied_categories and self._asked(hit, view, scope, clause, denied=True)):
            return True
        if self._lawful_sentence(compiled.rule.category, view, sentence, contexts, lawful):
            return True
        opening = scope.quote_opening(sentence, hit.start) if reported else None
        if opening is not None:
            clause, sentence = (max(clause[0], opening), clause[1]), (max(sentence[0], opening), sentence[1])
        if _context_within(clause, compiled.unless, contexts):
            return True
        return bool(compiled.unless_sentence) and _context_within(sentence, compiled.unless_sentence, contexts)

    def _required_near(self, hit: _Hit, contexts: dict[int, list[tuple[int, int]]]) -> bool:
        """Whether one of the words the hit's rule `requires` stands within its window of the hit (or the rule requires
        none)."""
        compiled = self._compiled[hit.rule]
        return not compiled.requires or any(_context_near(hit, contexts.get(c, ()), compiled.window)
                                            for c in compiled.requires)

    def _asked(self, hit: _Hit, view: Normalised, scope: _NegationScope, clause: tuple[int, int],
               denied: bool = False) -> bool:
        """Whether the hit is asked, not claimed: its clause ends as a question within `question_reach`, and the answer
        after it says no, or (unless only a `denied` question counts) the question names neither the reader nor a
        taunt and the answer does not affirm it (律师答疑｜网贷逾期了会坐牢吗？, not 你想坐牢吗, 欠钱不还要坐牢的知道吗 or
        逾期会坐牢吗？会的)."""
        clause_start, clause_end = clause
        negation, text = self.negation, view.text
        reach = negation.question_reach
        if (reach is not None and clause_end - hit.end > reach) or not scope.is_question(clause_end):
            return False
        lead = _ANSWER_LEAD.match(text, clause_end)
        answer = lead.end()
        # answered no: 能不能借别的网贷来还？答：不建议; 催收能找我单位吗？律师回答：按规定，催收方不得…
        parties = _CITED_PARTY + 1 if lead["cited"] else 1
        if any(text.startswith(negation.negators, answer + skip) for skip in range(parties)):
            return True
        if denied:
            return False
        # an A-not-A question (会不会坐牢) asks; its 不会 is no negative question's taunt (没钱不会去借吗)
        asked = text[clause_start:clause_end].replace(_A_NOT_A_WILL, "")
        return not (any(word in asked for word in (*_SECOND_PERSON, *negation.taunts))
                    or text.startswith(negation.affirmations, answer))

    def _negated(self, hit: _Hit, view: Normalised, scope: _NegationScope, clause: tuple[int, int]) -> bool:
        """A negator in the hit's clause governs it (see _NegationScope), and the clause is no question (ending
        within `question_reach` of the hit: in unpunctuated speech, a question far after it asks something else)."""
        clause_start, clause_end = clause
        reach = self.negation.question_reach
        near_end = reach is None or clause_end - hit.end <= reach
        asks_on = near_end and _QUESTION_TURN.search(view.text, hit.end, clause_end) is None
        return scope.governs(clause_start, hit.start) and not (asks_on and scope.is_question(clause_end))


@lru_cache(maxsize=1)
def _anchor_memo() -> PatternMemo:
    """The anchor groups of the patterns loaded in earlier runs: what they are depends on this module and on the
    normalised view (the literal check), besides the checks of audit.rulepack."""
    import audit.anchors
    import audit.normalise
    import audit.rulepack

    return PatternMemo("wording-anchors", map(Path, (__file__, audit.anchors.__file__, audit.rulepack.__file__,
                                                     audit.normalise.__file__, *audit.normalise.VIEW_DATA)))


def _compile_pattern(rule: Rule, source: str, memo: PatternMemo) -> tuple[re.Pattern[str] | str, list[set[str]]]:
    """The compiled pattern and its anchor groups (every match holds a literal of each; none: ungated); a pattern
    that could backtrack for time out of proportion to the text is refused (see audit.rulepack.compile_pattern).
    A pattern judged in an earlier run takes its anchors from `memo` and stays a source, compiled when it first
    runs (`_pattern_hits`): a short scan runs few of the hundreds there are."""
    known = memo.get(source)
    if known is not None:
        return source, [set(group) for group in known]
    pattern, parsed = compile_pattern(rule, source)
    if parsed is None:      # accepted in an earlier run; its anchors are new to this code
        parsed = sre_parse.parse(source, re.IGNORECASE)
    for char in dict.fromkeys(_literal_chars(parsed)):     # each character once: patterns repeat many
        if normalise_term(char) != char.casefold():
            raise RulePackError(rule.path, f"pattern {source!r}: literal {char!r} never occurs in the normalised "
                                "view (no spaces, punctuation, traditional or folded dialect characters there: "
                                f"write {normalise_term(char)!r})", rule.id)
    word = dialect_word_in(source)
    if word is not None:
        raise RulePackError(rule.path, f"pattern {source!r}: {word!r} never occurs in the normalised view (it reads "
                            f"{normalise_term(word)!r}: lexicons/data/dialect.yml)", rule.id)
    gates = gating_groups(parsed)      # a pattern runs only in sentences holding them all
    memo.put(source, [sorted(g) for g in gates])
    return pattern, gates


def _literal_chars(parsed: object) -> list[str]:
    """Every literal character of a parsed pattern, in classes and lookarounds too."""
    chars = []
    for op, av in parsed:
        if op is sre_parse.LITERAL:
            chars.append(chr(av))
        elif op is sre_parse.IN:
            chars += [chr(code) for kind, code in av if kind is sre_parse.LITERAL]
        elif op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT):
            chars += _literal_chars(av[1])
        elif op is sre_parse.SUBPATTERN:
            chars += _literal_chars(av[-1])
        elif op is sre_parse.BRANCH:
            for branch in av[1]:
                chars += _literal_chars(branch)
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
            chars += _literal_chars(av[2])
    return chars


def _over_view_flags(source: str) -> tuple[str, int]:
    """A pattern over the view, which is casefolded already, with its flags: IGNORECASE only where that can change a
    match (it names a cased character or refers back to a group), as its case tables make a class of CJK ranges
    slow to compile (a lawful voice's 28 patterns: 45 ms of start-up, 18 ms without). re.error when it does not
    compile; one that compiled in an earlier run (`_voice_memo`) is not compiled again here (see _LazyPatterns)."""
    flags = _voice_memo().get(source)
    if flags is None:
        flags = re.IGNORECASE if ignorecase_matters(source) else 0
        re.compile(source, flags)
        _voice_memo().put(source, flags)
    return source, flags


def _pinyin_cache(pinyin_rules: list[tuple[int, list[str]]], examples: list[tuple[str, ...]]) -> Path:
    """Where the pinyin automaton of these rules is kept: named by a hash of the rules' pinyin terms and examples, of
    the code that builds it (this module, the normalised view, the automaton) and of the versions of Python,
    pypinyin (the readings) and pyahocorasick (the pickle)."""
    import audit.anchors
    import audit.normalise

    libraries = [Path(ahocorasick.__file__).stat(), Path(find_spec("pypinyin").origin).stat()]    # their versions
    digest = hashlib.sha256(f"{sys.version}|{[(lib.st_size, lib.st_mtime_ns) for lib in libraries]}".encode())
    for module in (__file__, audit.anchors.__file__, audit.normalise.__file__, *audit.normalise.VIEW_DATA):
        digest.update(Path(module).read_bytes())
    digest.update(json.dumps([pinyin_rules, examples], ensure_ascii=False).encode("utf-8"))
    return cache_dir() / f"{_PINYIN_CACHE}-{digest.hexdigest()[:16]}.pickle"


_PINYIN_CACHE = "wording-pinyin"
_PINYIN_CACHE_KEPT = 8      # automata kept (~2.6 MB each for the shipped rules): the ones runs loaded last


@lru_cache(maxsize=1)
def _voice_memo() -> PatternMemo:
    """The flags of the voice patterns that compiled in earlier runs and, under `_VOICE_GATE_KEY`, the strongest anchor
    group of each (`_LazyPatterns._compile`); what they are depends on this module and audit.anchors."""
    import audit.anchors

    return PatternMemo("wording-voices", map(Path, (__file__, audit.anchors.__file__)))


_VOICE_GATE_KEY = "\x00gate\x00"     # before a voice pattern's flags and source: its strongest anchor group (no source
                                    # starts with NUL, so no flags entry shares the key)


# A frame class pattern's anchor group that is no automaton key yet gates it when its new anchors occur at most this
# often per text of the rules' examples (match and no-match: collection text as the rules know it). On the
# benchmark SMS the groups so admitted add no hit in 100 texts, and those left out (号|月, 之前|前, 的家人, 今日|尽快)
# would add 0.2-1 a text.
RARE_ANCHOR_HITS = 0.02


def _rare_groups(groups: list[set[str]], compiled: Sequence[_Compiled]) -> set[frozenset[str]]:
    """Of `groups` (sets of anchors not yet automaton keys), those rare enough to add as keys: their anchors occur
    at most RARE_ANCHOR_HITS times per text of the rules' examples, counted by one automaton pass."""
    anchors = sorted(set().union(*groups))
    texts = [normalise_term(text) for c in compiled for text in (*c.rule.match_examples, *c.rule.no_match_examples)]
    if not anchors or not texts:
        return set()
    counts = Counter(key for key, _, _ in Literals(dict.fromkeys(anchors)).matches("\n".join(texts)))
    hits = {anchor: counts[k] for k, anchor in enumerate(anchors)}       # Literals numbers its keys in sorted order
    return {frozenset(group) for group in groups if group and sum(map(hits.get, group)) <= RARE_ANCHOR_HITS * len(texts)}


def _main_payload(key: str, terms: tuple, mask: int, classes: tuple) -> int | tuple:
    """A key's payload in the main automaton: (terms, gate bits, classes, whether Latin), or for a pattern
    anchor alone, the most frequent hit, its gate bits alone, which `_hits` takes faster. Those bits go to the
    sentence the anchor ends in, not the one it starts in: they differ only for an anchor across a sentence break,
    which no match holds (a gated pattern runs within one sentence), so the same patterns match."""
    if mask and not terms and not classes:
        return mask
    return terms, mask, classes, _is_latin(key)


def _is_latin(key: str) -> bool:
    return key.isascii() and any("a" <= c <= "z" for c in key)


# Letters joined by these are one word of a link or an address (详情 c.chengyun.example/r is no 亲戚 spelt 情c)
WORD_JOINERS = frozenset("./:-_@")


def _stands_alone(view: Normalised, start: int, end: int) -> bool:
    """A hit that begins or ends with a Latin letter must not be glued to more letters (sb, not usb; nor a link's)."""
    text = view.text
    if start > 0 and _ascii_letter(text[start]) and _ascii_letter(text[start - 1]) and _glued(view, start - 1, start):
        return False
    return not (end < len(text) and _ascii_letter(text[end - 1]) and _ascii_letter(text[end])
                and _glued(view, end - 1, end))


def _glued(view: Normalised, left: int, right: int) -> bool:
    """Whether view characters `left` and `right` stood side by side, or joined only by a link's punctuation."""
    between = view.original[view.index[left] + 1:view.index[right]]
    return all(char in WORD_JOINERS for char in between)


def _ascii_letter(char: str) -> bool:
    return "a" <= char <= "z"


def _gap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(b_start - a_end, a_start - b_end, 0)


def _distinct(hits: list[_Hit]) -> list[_Hit]:
    """One hit per rule per span: of overlapping hits of the same rule keep the earliest, longest."""
    kept: list[_Hit] = []
    reach: dict[int, int] = {}
    for hit in sorted(hits, key=lambda h: (h.start, -h.end, h.rule)):
        if hit.start >= reach.get(hit.rule, 0):
            kept.append(hit)
            reach[hit.rule] = hit.end
    return kept


def _context_within(span: tuple[int, int], terms: frozenset[int], contexts: dict[int, list[tuple[int, int]]]) -> bool:
    """Whether one of the context terms occurs inside the view span (spans of one term, all of one length, are in
    text order: the first starting inside is the one to look at)."""
    if terms.isdisjoint(contexts):      # most calls; intersection() with a dict costs as the terms, not the dict
        return False
    start, end = span
    for term in terms.intersection(contexts):       # the few terms present: a rule may list dozens
        spans = contexts[term]
        first = bisect_left(spans, (start,))
        if first < len(spans) and spans[first][1] <= end:
            return True
    return False


def _context_near(hit: _Hit, spans: list[tuple[int, int]], window: int | None) -> bool:
    """Whether one of a context term's spans (in text order) lies within `window` characters of the hit (any
    distance when None): the first ending at or after hit.start - window is the nearest candidate."""
    if window is None:
        return bool(spans)
    first = bisect_left(spans, hit.start - window, key=lambda span: span[1])
    return first < len(spans) and _gap(hit.start, hit.end, *spans[first]) <= window
