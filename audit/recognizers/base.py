"""What every Chinese recognizer shares: digit classes, a cheap trigger, and context by character window.

Presidio's own context enhancer compares jieba tokens within a few tokens of a match. Chinese puts
卡号 / 手机 / 尾号 right before or after a number, often glued to it, so we judge context on the
characters around the match instead, at recognizer level (Presidio's hook for it). The recognizers
therefore keep their context words to themselves: the token-level enhancer has nothing to add, and
a result is the same whether or not the NLP pipeline ran.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

from audit.anchors import ignorecase_matters
from audit.normalise import to_simplified_in_place
from audit.recognizers.digit_view import keycap_end, read_digits
from audit.recognizers.engine import LANGUAGE

# Half-width and full-width digits: transcripts and pasted text mix them.
DIGIT = "[0-9０-９]"
NOT_DIGIT_BEFORE = "(?<![0-9０-９*＊])"   # never inside a longer run, never next to a mask
NOT_DIGIT_AFTER = "(?![0-9０-９*＊])"
# Between groups of a number: a space, a hyphen, a dot or a slash (the digit view folds the ideographic space,
# full-width dots, slashes and every dash to these, and a line break between two digits to a space).
# A hyphen, dot or slash may stand between spaces (133 - 1134 - 3735); a form or an e-mail may pad groups with two
# spaces (460102  1991  1212  7714), and a dash may be doubled (——, folded to --).
SEPARATOR = "(?: ?(?:--?|[－./]) ?| {1,2})"
# A mobile's groups may also be split by middle dots (139·1088·2765), an input method's full stop (151。5802。6643), a
# backslash typed for a slash (173\\2641\\8805), an enumeration comma (138、2607、4459) or one asterisk, as a number is
# slipped past a filter (187*1826*4035: all eleven digits are there, unlike the mask 187****4035), or a tilde or an
# emoji put between the groups for the same end (192~7868~4335, 182🔥2001🔥8263).
GROUP_SEPARATOR = "(?: ?(?:--?|[－.．/·・。、*＊\\\\~～\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]) ?| {1,2})"
# Reference numbers that share the shape of cards, phones, IDs and passports: contracts, orders, waybills, invoices,
# cases, transactions, receipts, policies, batches, trains, product codes, pick-up and verification codes.
REFERENCE_WORDS = ("编号", "单号", "订单", "合同号", "流水", "案号", "工号", "序列号", "批次", "凭证号", "运单",
                   "发票", "借据号", "参考号", "回单", "回执", "保单", "取件码", "验证码", "申请号", "车次", "代码",
                   # ... and members', merchants', devices', transactions' and bookings' numbers, licences, vehicles
                   "会员号", "会员卡号", "学号", "商户号", "终端号", "设备号", "IMEI", "交易号", "受理号", "报案号", "预约号",
                   "税号", "追踪号", "跟踪号", "车架号", "发动机号", "会议号", "ICP",
                   # ... and a company's business-registration number (15 figures, the shape of an old ID), tickets'
                   # and tax receipts' numbers (客票号, 税票号), a queue's or a list's serial number, an application form
                   "注册号", "票号", "序号", "申请单",
                   # ... and a broadband account (宽带账号 057187620045 has a landline's shape), a parcel, a work order, a
                   # slip (那个单子的号码我给您念一下，…)
                   "宽带", "包裹", "快递", "工单", "单子",
                   # ... and the codes a lender or a shop hands out to type in (还款码 幺三八二 六零七四 四五九)
                   "还款码", "授权码", "识别码", "兑换码", "激活码",
                   # ... and an agreement's number, an IOU, a transaction slip or a voucher named without 号 (借据 …已结清,
                   # 交易单 6222…已完成); not a bare 合同 or 协议, which follow the debtor's own number as often (身份证号…
                   # 与借款合同一致)
                   "协议号", "借据", "交易单", "凭证",
                   # ... and the cards a shop or a petrol station issues, not a bank (礼品卡号 6225…, 加油卡号 …)
                   "礼品卡", "购物卡", "加油卡", "储值卡",
                   # ... and a customer's, a receipt's, a registration's or a coupon's number, a hospital's records
                   # (住院号, 病历号, 门诊号, 挂号单, 就诊卡); not No., which labels a passport's or a card's number as
                   # often (Passport No. E…)
                   "客户号", "客户编码", "票据", "单据", "凭条", "登记号", "券码", "卡密", "住院号", "病历号", "门诊号", "挂号",
                   "就诊卡",
                   # ... and a case's, a loan's or a business's number as a lender's system names it (案件号 is not 证件号),
                   # a product's or a contract's code (合同编码), and the codes a shop or an app hands out (核销码, 邀请码…)
                   "案件号", "案件ID", "业务号", "贷款号", "借款号", "进件号", "计划号", "合同编码", "产品编码", "核销码",
                   "提货码", "对账码", "交易码", "优惠码", "邀请码", "推荐码", "缴款码", "缴费码",
                   # ... and numbers on a school's, an exam's or a building's records
                   "准考证", "考生号", "学籍号", "工牌", "房间号",
                   # ... and an instalment plan's, a mediation's or an agreement's number (分期号, 调解号, 调解书, 合约号)
                   "分期号", "调解号", "调解书", "合约号",
                   # ... and a lawyer's or another professional's practising licence (执业证号 1320…: 17 figures)
                   "执业证",
                   # ... and the English labels of references in e-mails and Hong Kong letters (Order No., Ref:, Case
                   # No. …), as written and in lower case; not a bare No. or ID (Passport No., ID No. name documents)
                   *(form for label in ("Order No", "Order ID", "Order #", "Contract No", "Case No", "Case ID", "Ref",
                                        "Reference No", "Invoice", "Tracking", "Waybill", "Transaction", "Txn",
                                        "Policy No", "Loan No", "Application No", "Batch", "Serial No", "Ticket No")
                     for form in (label, label.lower())))

_FULL_WIDTH = str.maketrans("０１２３４５６７８９ＸｘＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ",
                            "0123456789XxABCDEFGHIJKLMNOPQRSTUVWXYZ")


def to_ascii(value: str) -> str:
    """Full-width digits and letters to ASCII, one character for one (so offsets do not move)."""
    return value.translate(_FULL_WIDTH)


def digits_only(value: str) -> str:
    return "".join(ch for ch in to_ascii(value) if ch.isalnum())


class ZhPattern(Pattern):
    """Presidio's `Pattern` without the check its constructor makes, a compile by `regex` (~0.09 s for ours at
    start-up, ADDRESS's most) that no search of ours uses: `ZhPatternRecognizer` compiles it by `re` at its first
    search, and a test compiles every one."""

    def __init__(self, name: str, regex: str, score: float) -> None:     # Pattern.__init__ not called, on purpose
        self.name, self.regex, self.score = name, regex, score
        self.compiled_regex = None
        self.compiled_with_flags = None


class ZhPatternRecognizer(PatternRecognizer):
    """A `zh` pattern recognizer declared by class constants.

    TRIGGER must match wherever a pattern can match: the fast path skips a recognizer whose trigger
    does not occur in the text, so a trigger that is too narrow would lose entities (a test runs
    every recognizer with and without triggers on the same texts). It and the patterns are compiled by `re`, which
    searches these short patterns two to four times faster than `regex`, Presidio's own, every message.
    """

    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[list[ZhPattern]]
    TRIGGER: ClassVar[str]
    CONTEXT_WORDS: ClassVar[tuple[str, ...]] = ()
    # Words that say the number is a reference, not personal data (合同编号…, 订单号…): when one is in
    # the window and no context word is, the match is dropped.
    NOT_CONTEXT_WORDS: ClassVar[tuple[str, ...]] = ()
    CONTEXT_BEFORE: ClassVar[int] = 12     # characters looked at before the match
    CONTEXT_AFTER: ClassVar[int] = 8       # and after it
    CONTEXT_BOOST: ClassVar[float] = 0.35
    # Numeric recognizers match the digit view (digit_view.py) rather than the text: full-width folded,
    # and numbers read aloud (幺三八…) as plain digits, their spans mapped back to the text.
    READS_DIGITS: ClassVar[bool] = False
    # Presidio's default flags; IGNORECASE is dropped at compile time from a pattern it cannot change (base.py)
    REGEX_FLAGS: ClassVar[int] = re.DOTALL | re.MULTILINE | re.IGNORECASE

    def __init__(self) -> None:
        super().__init__(supported_entity=self.ENTITY, patterns=[
            ZhPattern(p.name, p.regex, p.score) for p in self.PATTERNS   # fresh copies: Presidio mutates them
        ], supported_language=LANGUAGE, name=type(self).__name__, global_regex_flags=self.REGEX_FLAGS)
        self._trigger = re.compile(self.TRIGGER)
        # Reference words that hold a context word, alone, before 号 or before 号码 (会员卡号 holds 卡号, and so does 加油卡
        # + 号; 订单号码 and 合同号码 hold 号码): inside them, the context word does not count. Longest first, so that a
        # longer form is blanked before a shorter one inside it.
        self._shadowing = tuple(sorted({form for w in self.NOT_CONTEXT_WORDS if w not in self.CONTEXT_WORDS
                                        for form in ((w + "码", w) if w.endswith("号") else (w + "号码", w + "号", w))
                                        if any(c in form for c in self.CONTEXT_WORDS)}, key=lambda form: -len(form)))
        # Compiled by `re`, not `regex`: the patterns use nothing `regex` alone has, and `re` found the same spans on
        # every text, digit view and spoken reading of the corpus and the labelled sets (139,157 views), in about half
        # the time (pii_speed). At the first search, unless `compile_patterns` is asked (see EntityFinder).
        for pattern in self.patterns:
            pattern.compiled_regex = _CompiledOnFirstSearch(pattern.regex, self.global_regex_flags)
            pattern.compiled_with_flags = self.global_regex_flags

    def compile_patterns(self) -> None:
        """Compile every pattern now, not at its first search."""
        for pattern in self.patterns:
            pattern.compiled_regex.compile()

    def triggered(self, text: str) -> bool:
        if not self.READS_DIGITS:
            return self._trigger.search(text) is not None
        read = read_digits(text)
        return self._trigger.search(read.folded) is not None or (
            read.spoken is not None and self._trigger.search(read.spoken.text) is not None)

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """Written numbers on the folded text; then, where the text reads numbers aloud, the spoken
        readings, each kept where it covers a spoken run and no result kept before it (written first:
        怎么13812345678 stays written; then the longer reading)."""
        if not self.READS_DIGITS:
            return super().analyze(text, entities, nlp_artifacts, regex_flags)
        read = read_digits(text)
        results = [result for result in super().analyze(read.folded, entities, nlp_artifacts, regex_flags)
                   if self.keep(text, result)]
        if read.spoken is None:
            return results
        # Readings come longest first, but a pattern's matches come in text order: longest first here too.
        kept = list(results)
        found = sorted(super().analyze(read.spoken.text, entities, nlp_artifacts, regex_flags),
                       key=lambda result: result.start - result.end)
        for result in found:
            start, end = read.spoken.to_original(result.start, result.end)
            end = keycap_end(text, end)
            if _overlaps_any(start, end, read.spoken_spans) and not any(
                    start < other.end and other.start < end for other in kept):
                result.start, result.end = start, end
                if not self.keep(text, result):
                    continue
                kept.append(result)
        return kept

    def keep(self, text: str, result: RecognizerResult) -> bool:
        """Whether a match, at its span in `text`, is kept before the spoken readings are weighed against it (a
        recognizer may ask for a word right before a weak pattern's match); every match by default."""
        return True

    def enhance_using_context(self, text: str, raw_recognizer_results: list[RecognizerResult],
                              other_raw_recognizer_results: list[RecognizerResult], nlp_artifacts,
                              context: list[str] | None = None) -> list[RecognizerResult]:
        """Context words and reference words are read in simplified characters, one for one: a Hong Kong or Taiwan
        text's 合約編號, 單號 or 手機號碼 says what 合约编号, 单号 or 手机号码 says."""
        if raw_recognizer_results:
            text = to_simplified_in_place(text)
        for result in raw_recognizer_results:
            word = self.context_word(text, result.start, result.end)
            if word and self._labelled_as_reference(text, result.start):
                word = None     # 订单编号：1580…（联系电话见APP）: the label names the number, the word after names another
            if not word and self._names_a_reference(text, result.start, result.end):
                result.score = self.MIN_SCORE
            elif word and result.score < self.MAX_SCORE:
                result.score = min(self.MAX_SCORE, result.score + self.CONTEXT_BOOST)
                result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
                if result.analysis_explanation:
                    result.analysis_explanation.set_supportive_context_word(word)
                    result.analysis_explanation.set_improved_score(result.score)
        return raw_recognizer_results

    def context_word(self, text: str, start: int, end: int) -> str | None:
        """The first context word within the character window around [start, end), if any."""
        window = self._window(text, start, end)
        for word in self._shadowing:
            window = window.replace(word, " ")
        return next((w for w in self.CONTEXT_WORDS if w in window), None)

    def _labelled_as_reference(self, text: str, start: int) -> bool:
        """Whether a reference word labels the match right before it (订单编号：…, 工单号是 …), no context word between."""
        label = _LABEL_END.sub("", text[max(0, start - self.CONTEXT_BEFORE):start])
        # 会员卡号 labels a reference though it ends with 卡号; 手机号 ends with no reference word
        return label.endswith(self._shadowing) or (label.endswith(self.NOT_CONTEXT_WORDS)
                                                   and not label.endswith(self.CONTEXT_WORDS))

    def _names_a_reference(self, text: str, start: int, end: int) -> bool:
        """Whether a NOT_CONTEXT word is in the window, before the match only within its clause: a reference word
        that a comma or a full stop parts from the number names another value (工号A0317，有问题打0571-…), unless
        its clause announces the number (订单号我报给您，…); or a code's capitals are glued to it (HT13826074459)."""
        before = text[max(0, start - self.CONTEXT_BEFORE):start]
        clauses = _CLAUSE_END.split(before)
        clause = clauses[-1]
        if len(clauses) > 1 and _ANNOUNCING.search(clauses[-2]):
            clause = clauses[-2] + clause       # 订单号我报给您，…: the clause before announces this number
        after = text[end:end + self.CONTEXT_AFTER]
        if _PREDICATED.match(text, end):
            # … 是您那笔借款的合同号, … 为本次交易的流水号: the clause after the number says what it is
            after = _CLAUSE_END.split(text[end:end + _PREDICATE_REACH], maxsplit=1)[0]
        if _SENT_TO.search(clause):
            clause = ""     # 验证码是发到…: the clause names what was sent to the number, not the number
        # 查询回执：车主陈志强（5113…）, 订单：客户王某 139…: a person named by role after the reference word owns the number;
        # the reference word names the document the person's data stands in
        clause = _HOLDER.split(clause)[-1]
        clause, after = _STATEMENT.sub("", clause), _STATEMENT.sub("", _STATEMENT_OF_IT.sub("", after, count=1))
        # 扣款卡是6214…，不是订单号: a reference word denied names what the number is not
        clause, after = _DENIED.sub("", clause), _DENIED.sub("", after)
        return (any(_labels(clause, w, _OWN_VALUE_BEFORE) or _labels(after, w, _OWN_VALUE_AFTER)
                    for w in self.NOT_CONTEXT_WORDS)
                or _AMOUNT_OR_ORDINAL_BEFORE.search(text, max(0, start - 4), start) is not None
                or _COUNTED_AFTER.match(text, end) is not None
                or _coded(text, start)
                or _url_names_a_reference(text, start))

    def _window(self, text: str, start: int, end: int) -> str:
        """The characters before the match and those after it up to the end of its clause: a word in the next clause
        says nothing of this number (工单号是 幺八六…，处理结果会短信通知)."""
        after = _CLAUSE_END.split(text[end:end + self.CONTEXT_AFTER], maxsplit=1)[0]
        return text[max(0, start - self.CONTEXT_BEFORE):start] + " " + after


_CLAUSE_END = re.compile("[，。；！？,;!?]")
# What may stand between a label and its value: 是, 为 or 即, a colon, spaces.
_LABEL_END = re.compile("(?:是|为|即)?[：: ]{0,2}$")
# 流水 names a transaction's serial number (流水号, 还款流水 2026…), but a statement after an account's kind or what
# came in (工资卡…近半年入账流水合计…, 银行流水显示…), or a period's turnover (上个月流水进了十几万, 月流水): the card beside
# it is the debtor's own, not a reference.
_STATEMENT = re.compile("(?:银行|工资|薪资|收入|入账|出账|资金|账户|卡内?|有|[月年周季])流水(?![号单])")
# ... and a statement right after the number, the number's own (你农行6228…的流水, 杜某_6214…_流水.pdf): the account it is.
_STATEMENT_OF_IT = re.compile("^[ _\\-]?的?(?:银行)?流水(?![号单])")
# A reference word after a denial (不是订单号, 并非合同编号, 而不是工单号): what the number beside it is not.
_DENIED = re.compile("(?:不是|并非|而非|并不是|不属于)[^，。；！？,;!?\n]{0,8}")
# A reference word that labels a value of its own names that value, not the number matched: before it, a value and then
# a word, the value's bracket closed between (序号1 袁海 3601…, （员工号S0372）工资卡 6214…); after it, a value right after
# the word (…idno=4501… 合同号 9921004475).
# The value holds a figure: a label's own letters are no value (订单ID是 幺五八…).
_OWN_VALUE_BEFORE = re.compile("[：: ]{0,2}(?=[A-Za-z\\-]*[0-9])[0-9A-Za-z][0-9A-Za-z\\-]*[ ]*[）)\\]】」]?[ ]*[\u4e00-\u9fff]")
_OWN_VALUE_AFTER = re.compile("[：: ]{0,2}(?:是|为)?[：: ]{0,2}[0-9A-Za-z]")
# A sum of money (¥13912345678, RMB …), an ordinal (第…期), a count or a case's number (…积分, …期, …号), not an identifier;
# a phone's number range (0771-5862 3140号段) is still its number.
_AMOUNT_OR_ORDINAL_BEFORE = re.compile("(?:[¥￥$]|RMB|CNY|第)[ ]?$")
_COUNTED_AFTER = re.compile("[ ]?(?:元|块|万|亿|积分|期(?![间限])|笔|次(?![日月年])|号(?![码段]))")
# A clause that sends something to the number (验证码是发到…, 回执已发送至…): the number is the destination.
_SENT_TO = re.compile("(?:发|发送|推送|转)(?:到|至|给)(?:了)?(?:您|你)?的?(?:手机|号码|手机号)?[：: ]?$")
# A person named by role (车主, 借款人, 持卡人…) in a record or a document's heading: the number after it is theirs.
# So is a person named by the role a work order or a call record gives them (工单回访：投诉人何俊杰（176…）, 来电人…), or a
# customer named before the number (投诉工单｜客户某某（4101…）).
_HOLDER = re.compile("车主|借款人|持卡人|户主|申请人|担保人|保证人|被执行人|债务人|姓名|投诉人|举报人|来电人|反映人|当事人|客户(?=[\u4e00-\u9fff]{2,4}[（(：: ])")
# A clause that goes on from the number to say what it is (… 是您这笔订单的编号), read up to its end or this far.
_PREDICATED = re.compile("[ ]?(?:就?是|为)")
_PREDICATE_REACH = 16
# A clause that announces the number read out after its comma (我报给您，…; 我念一下，…).
_ANNOUNCING = re.compile("(?:报|念|读|说)(?:给您|给你|一下)(?:听)?$|(?:您|你)记一下$")


class _CompiledOnFirstSearch:
    """A pattern compiled at its first `finditer`, which drops the timeout Presidio passes on every call (60 s by
    default): `re` does not take one (and `regex` arms a timer each call, ~18 µs, ten times the search itself on an
    SMS). Our patterns' repeats are bounded and match short spans, so none comes near a timeout on any text. Without
    IGNORECASE where it changes no match (it makes `re` fold every character of a CJK range: ADDRESS's patterns took
    twice as long to compile with it). Threads that search first at the same time each compile the same pattern."""

    __slots__ = ("source", "flags", "_compiled")

    def __init__(self, source: str, flags: int) -> None:
        self.source, self.flags = source, flags
        self._compiled: re.Pattern[str] | None = None

    def compile(self) -> re.Pattern[str]:
        if self._compiled is None:
            flags = self.flags
            if flags & re.IGNORECASE and not ignorecase_matters(self.source):     # parsed only when it could matter
                flags &= ~re.IGNORECASE
            self._compiled = re.compile(self.source, flags)
        return self._compiled

    @property
    def pattern(self) -> re.Pattern[str]:
        return self.compile()

    def finditer(self, text: str, timeout: float | None = None) -> Iterator[re.Match[str]]:
        return (self._compiled or self.compile()).finditer(text)


# A link's path or query may carry the debtor's number (…/u/1585…, ?mobile=…, ?idno=…): that is a leak like any other.
# Where the path segments or keys just before the number name a reference and none names personal data
# (/contract/view?id=…, ?orderNo=…, /policy/…), it is the reference's number, whatever check it passes.
_URL_TOKEN = re.compile(r"(?:https?://|www\.|[A-Za-z0-9-]+\.[A-Za-z]{2,6}/)[^\s，。；！？（）()【】<>\"']*$")
_URL_PIECES = 3          # the segments or keys read before the number
_URL_REFERENCE = re.compile(r"(?i)(?:order|contract|policy|trade|txn|invoice|ticket|waybill|tracking|serial|sn"
                            r"|(?:bill|loan|case|apply|receipt|voucher)_?(?:no|id|num))[a-z_]*")
_URL_PERSONAL = re.compile(r"(?i)(?:card|bankcard|phone|mobile|tel|idno|idcard|id_card|sfz|uid|user|name)[a-z_]*")


# A number glued to capital letters, a hyphen or an underscore between or not (HT13826074459, ZX-2026…, DOC_3301…), is a
# code a system gave a contract, an order or a document: a person's number is not written so. Not the capitals that
# label a phone or an account (TEL, MOB, QQ, WX, VX, SJ for 手机, DH for 电话, ID, NO), nor lower case (a number typed
# half in pinyin to slip a filter: shouji138…, dh138…).
_CAPITALS_GLUED_BEFORE = re.compile("(?<![A-Za-z])([A-Z]{1,6})[-_]?$")
_LABEL_CAPITALS = frozenset({"TEL", "MOB", "MOBILE", "PHONE", "CELL", "QQ", "WX", "VX", "SJ", "DH", "ID", "IDNO", "NO",
                             "CARD", "ACC", "ACCT"})


def _coded(text: str, start: int) -> bool:
    """Whether the match at `start` is glued to a code's capitals (HT13826074459), not a label's."""
    glued = _CAPITALS_GLUED_BEFORE.search(text, max(0, start - 7), start)
    return glued is not None and glued.group(1) not in _LABEL_CAPITALS


def _url_names_a_reference(text: str, start: int) -> bool:
    """Whether the match at `start` sits in a link whose last segments or keys name a reference, none personal data."""
    token = _URL_TOKEN.search(text, max(0, start - 80), start)
    if token is None:
        return False
    pieces = [piece for piece in re.split("[/?&=#.]", token.group()) if piece][-_URL_PIECES:]
    return (any(_URL_REFERENCE.fullmatch(piece) for piece in pieces)
            and not any(_URL_PERSONAL.fullmatch(piece) for piece in pieces))


def _labels(piece: str, word: str, own_value: re.Pattern) -> bool:
    """Whether `piece` holds `word` other than as the label of a value of its own."""
    at = piece.find(word)
    while at != -1:
        if not own_value.match(piece, at + len(word)):
            return True
        at = piece.find(word, at + 1)
    return False


def _overlaps_any(start: int, end: int, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(start < span_end and span_start < end for span_start, span_end in spans)
