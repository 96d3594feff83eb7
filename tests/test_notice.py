"""Notice analyser: required elements of collection letters, profiles, and rule-pack validation.

The letters in samples/notices/ are invented and complete; tests cut passages out of them and check
that exactly the elements those passages carried are reported missing.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from audit.analysers import build_analysers
from audit.analysers.notice import NoticeAnalyser, available_profiles, load_profile
from audit.errors import RulePackError
from audit.message import Message
from audit.paths import LEXICONS
from audit.pipeline import analyse_message
from audit.rulepack import load_pack, load_rules

LETTERS = Path(__file__).resolve().parent.parent / "samples" / "notices"
DEFAULT_NINE = ["debtor_id", "amount", "days_overdue", "deadline", "repay_channel", "contact",
                "letter_number", "issue_date", "legal_notice"]


def letter(name: str) -> str:
    return (LETTERS / f"{name}.txt").read_text(encoding="utf-8")


def cut(text: str, *passages: str) -> str:
    for passage in passages:
        assert passage in text, passage
        text = text.replace(passage, "")
    return text


def notice(text: str | None, channel: str = "notice") -> Message:
    return Message(message_id="N-1", campaign_id="C-2026-11", channel=channel, text=text)


@pytest.fixture(scope="module")
def rules():
    return load_rules([LEXICONS], analyzer="notice")


@pytest.fixture(scope="module")
def default(rules):
    return NoticeAnalyser(rules)


@pytest.fixture(scope="module")
def credit_card(rules):
    return NoticeAnalyser(rules, notice_profile="credit-card")


@pytest.mark.parametrize("name", ["bank_credit_card", "consumer_finance", "online_platform", "bank_traditional"])
def test_complete_letters_have_no_findings(default, name):
    assert default.analyse(notice(letter(name))) == []


@pytest.mark.parametrize("name", ["bank_credit_card", "bank_traditional"])
def test_complete_card_letters_pass_the_credit_card_profile(credit_card, name):
    assert credit_card.analyse(notice(letter(name))) == []


@pytest.mark.parametrize(("name", "passages", "missing"), [
    pytest.param("bank_credit_card", ["函件编号：HXCC-2026-110387"], ["letter_number"], id="no-letter-number"),
    pytest.param("bank_credit_card", ["已逾期68天", "已于2026年8月25日到期，至今未按约定还款，"], ["days_overdue"],
                 id="no-overdue-status"),
    pytest.param("bank_credit_card", ["2026年11月3日\n"], ["issue_date"], id="no-issue-date-other-dates-kept"),
    pytest.param("consumer_finance", ["　　如有疑问，请拨打我司官方客服电话400-123-4567（工作日9:00-18:00）。\n"], ["contact"],
                 id="no-contact"),
    pytest.param("consumer_finance", ["　　如您继续拖欠，我司将按照借款合同约定追究您的违约责任，并可能通过法律途径主张债权。\n"],
                 ["legal_notice"], id="no-legal-notice"),
    pytest.param("consumer_finance", ["请务必在收到本函后五个工作日内结清全部逾期款项。",
                                      "还款方式：登录“安盛消费金融”APP→我的借款→立即还款；或通过银行转账至我司对公账户"
                                      "（户名：安盛消费金融有限公司，开户行：华信银行上海分行，账号：3100****0123）。"],
                 ["deadline", "repay_channel"], id="no-deadline-no-channel"),
    pytest.param("consumer_finance", ["客户姓名：李*娟\n", "借款合同编号：ASXF-JK-20250612-0087\n", "李女士：\n"],
                 ["debtor_id"], id="no-debtor-identification"),
    pytest.param("online_platform", ["当前应还金额：３，２８０．５０元（本金３，０００．００元，服务费２８０．５０元）。\n"],
                 ["amount"], id="no-amount-full-width-digits"),
    pytest.param("online_platform", ["文号：YJ-CJ-20261103-0457\n", "发函日期：2026-11-03\n"],
                 ["letter_number", "issue_date"], id="no-number-no-date"),
    pytest.param("bank_traditional", ["欠款金額為人民幣伍萬貳仟元整。"], ["amount"], id="traditional-no-amount"),
    pytest.param("bank_traditional", ["　　逾期未還，本行將依法追究違約責任並提起訴訟。\n"], ["legal_notice"],
                 id="traditional-no-legal-notice"),
])
def test_letters_missing_elements_get_exactly_those_findings(default, name, passages, missing):
    findings = default.analyse(notice(cut(letter(name), *passages)))
    assert [f.rule_id for f in findings] == [f"notice.missing.{e}" for e in missing]


# Letters as other issuers write them (banks, consumer-finance companies, agencies, law firms), each with
# the elements it lacks. Families covered: letter numbers whose value opens with the issuer's name, file
# numbers 〔2026〕…字第N号, NO./No.; the debtor named, masked, or known only by an ID/card tail or contract
# number, against generic addresses (致借款人/尊敬的用户/您好) with only the REPAYMENT account's tail;
# deadlines with a time of day, 以前/之前/止, within N days of receipt; overdue duration or start against
# the bare "已逾期" opening.
OTHER_WRITERS = [
    pytest.param("""文书编号：麦穗担保-TZ-20263310
借款人：钟*（身份证号码后四位2217）
您在麦穗融资担保有限公司办理的分期服务已逾期，现将有关情况通知如下：
截至目前逾期已达96天，未还金额为12,406.80元。
限您于2026-08-11 17:00前还清欠款。
请通过以下对公账户还款：户名麦穗融资担保有限公司，开户行江城银行营业部，账号尾号4471。
逾期还款的不良记录将依法报送征信系统。
咨询电话：400-731-0000。
发函日期：2026年7月30日""", [], id="agency-number-with-issuer-prefix-time-of-day-deadline"),
    pytest.param("""欠款催告函
函号：北辰银卡催字〔2026〕第0815号
尊敬的用户：
您在北辰商业银行信用卡部办理的信用卡已逾期，现将有关情况通知如下：
您名下账户当前欠款共计¥20,118.40。
请于2026年9月30日以前还清全部欠款。
请通过以下对公账户还款：户名北辰商业银行信用卡部，开户行北辰商业银行城西支行，账号尾号8403。
我司将依法采取诉讼等措施。
如有疑问，请致电400-847-0000。
北辰商业银行信用卡部
2026年9月12日""", ["debtor_id", "days_overdue"], id="generic-address-only-lender-account-tail-bare-overdue"),
    pytest.param("""通知书编号：NO.550012
致借款人：
您的借款已逾期，欠款总额：人民币8,860.00元。
还款渠道：向尾号3319的还款账户存入足额资金，系统将自动扣款。
请您在收到本函之日起十日内清偿全部欠款。
逾期不还，我司将依法向人民法院提起诉讼。
客服热线：400-636-0000。
二〇二六年五月二十日""", ["debtor_id", "days_overdue"], id="to-the-borrower-with-repayment-account-tail"),
    pytest.param("""温馨提示函
〔2026〕云杉小贷函字4412号

您好：

您在云杉网络小额贷款有限公司办理的借款已逾期，自到期日起，您已逾期41天未还款。
应还款金额：3,905.12元。
请务必在2026年04月30日之前完成还款。
您可通过支付宝搜索“云杉借”小程序或在App内主动还款。
联系人：韩专员，联系电话：075-60000000。
如您逾期仍未还款，我司将保留通过诉讼追偿的权利。
云杉网络小额贷款有限公司
落款日期：2026年4月16日""", ["debtor_id"], id="greeting-only-contact-person-is-not-the-debtor"),
    pytest.param("""北辰商业银行股份有限公司
催收通知书
北辰银催〔2026〕第00417号
尊敬的欧阳**女士：
　　您的信用卡（卡号尾号0019）自2026年6月2日起未按约定还款，截至2026年9月30日，累计欠款人民币23,456.70元。
　　请您于2026年10月20日下午5点前还款，可通过我行手机银行、网上银行或任一营业网点办理。
　　若您逾期仍不履行还款义务，我行将依法向有管辖权的人民法院提起诉讼。
　　咨询电话：95577
北辰商业银行股份有限公司信用卡中心
2026年10月8日""", [], id="bank-masked-compound-surname-start-date-afternoon-deadline"),
    pytest.param("""律师函
（2026）京信律函字第218号
致：孙**先生（身份证号码：110101********0012）
本所受云杉消费金融有限公司委托，就您拖欠借款一事致函如下：
您自第7期起未再还款，至今已连续6期未还，尚欠本息合计31,250.00元。
请您自收到本函之日起十五日内，通过“云杉借”APP还款或转账至委托人对公账户。
逾期未履行的，本所将代理委托人提起诉讼。
本所电话：010-65880000
北京信衡律师事务所
二〇二六年九月十二日""", [], id="law-firm-instalments-missed"),
    pytest.param("""泰丰银行股份有限公司信用卡中心
逾期欠款催收函
发文字号：泰银卡催〔2026〕0456号
尊敬的林*华先生（证件号尾号：0036）：
　　您名下信用卡自2026年3月起未按期还款，已逾期超过半年，截至本函出具之日欠款总额为人民币伍万贰仟叁佰元整。
　　请您务必于2026年11月20日（星期五）前，通过我行手机银行或各营业网点归还欠款。
　　逾期不还，我行将依据《中华人民共和国民法典》相关规定追究您的违约责任。
　　服务热线：95528转3
泰丰银行股份有限公司信用卡中心
二〇二六年十一月六日""", [], id="month-level-start-half-a-year-capital-amount"),
    pytest.param("""ＮＯ．２０２６１１２０－００１５
尊敬的马**先生：
您的信用卡已逾期３０天，欠款金额：￥１２，３４５．６７。
请于２０２６年１２月５日前通过手机银行还款。
逾期信息将依法上报征信。
客服热线：９５５６６
华信银行信用卡中心
２０２６年１１月２０日""", [], id="full-width-no-number"),
    pytest.param("""還款提醒函
函號：雲杉〔2026〕催字第0211號
尊敬的李**女士：
您在本公司的借款已逾期六十天，尚欠本息共計人民幣8,800.00元。
請於二〇二六年十二月一日以前還清。還款管道：雲杉借APP。
如您繼續拖欠，本公司將依法提起訴訟。
客服電話：400-820-0000
二〇二六年十一月十六日""", [], id="traditional-taiwan-usage"),
    pytest.param("""逾期提醒函
尊敬的客户朋友：
根据《关于加强信用卡催收管理的通知》（银保监办发〔2020〕第28号），现提醒您：您的借款（合同编号：HT2025001122）已逾期，逾期3天以上将收取违约金。
您在本公司办理的第3期账单已出，工作时间9:00-18:00可致电我们。
截至2026年10月1日，您的账户仍处于逾期状态。
我司工作人员将在3个工作日内与您联系。""",
                 ["amount", "days_overdue", "deadline", "repay_channel", "contact", "letter_number", "issue_date"],
                 id="look-alikes-cited-document-policy-periods-issuer-time-limit"),
    pytest.param("""逾期还款告知书
通知编号：XA-2026-11-000321
致：周**（借款合同号：XA-HT-2024-5566）
经核查，您的借款已于2026年8月1日到期，至今未归还，截至2026年11月1日，逾期本金为4,800.00元。
请于2026年11月10日24:00前还款，还款账户如下：户名：西安信达小额贷款有限公司；开户行：西安银行高新支行。
逾期信息将依法报送金融信用信息基础数据库。
咨询电话：029-88990000
西安信达小额贷款有限公司
二〇二六年十一月一日""", [], id="due-date-then-unpaid-midnight-deadline"),
    pytest.param("""中原银行信用卡中心
信用卡逾期催收函
Ref No.: ZY-CC-2026-118822
持卡人姓名：韩*
尊敬的持卡人：
　　截至2026年10月31日，您的信用卡账户逾期金额为人民币8,320.55元，逾期期数：3期。
　　请您于2026年11月15日24时前存入足额款项，可通过本行手机银行、自助设备或营业网点还款。
　　逾期不还可能产生相应的法律后果。
　　全国统一客服热线：95186（24小时）
中原银行信用卡中心
日期：2026.11.02""", [], id="ref-no-instalment-count-hour-deadline"),
    pytest.param("""催收告知书
案件编号：WA-2026-55731
当事人：郑**
您好！受北辰商业银行委托，现通知您：您名下欠款金额合计人民币15,000.00元，逾期时间已超过180天。
请于7个工作日内与我司联系并协商还款方案，还款请直接存入委托方官方还款账户。
若您拒不还款，委托方可能通过诉讼程序解决。
联系电话：0371-55550000
河南恒诚商务服务有限公司
2026年11月12日""", ["letter_number"], id="case-number-is-not-a-letter-number"),
    pytest.param("【易借】您好，您的借款已逾期5天，应还1,020.00元，请今日内通过易借APP还款，逾期将上报征信。客服95013",
                 ["debtor_id", "letter_number", "issue_date"], id="one-line-reminder-due-today"),
]


@pytest.mark.parametrize(("text", "missing"), OTHER_WRITERS)
def test_letters_by_other_writers(default, text, missing):
    assert default.missing_elements(text) == [e for e in DEFAULT_NINE if e in missing]


@pytest.mark.parametrize("opening", ["致借款人：", "尊敬的用户：", "尊敬的客户：", "您好：", "亲爱的会员："])
def test_generic_address_with_only_a_repayment_tail_misses_debtor_id_and_a_name_fixes_it(default, opening):
    body = ("\n您在星河消费金融有限公司办理的借款已逾期，逾期天数：88天，欠款总额：人民币5,200.00元。\n"
            "限您于2026年6月18日 17:00前还清欠款。\n"
            "请通过以下对公账户还款：户名星河消费金融有限公司，开户行临川城市银行高新区支行，账号尾号9520。\n"
            "如逾期不还，我司将依法起诉。客服热线：400-745-0000。\n文书编号：星河消金-TZ-20260001\n发函日期：2026年05月27日")
    assert default.missing_elements(opening + body) == ["debtor_id"]
    for identified in ["杜*晨：", "致：杜晨阳", opening + "（身份证号码后四位1024）", opening + "\n卡号尾号1024",
                       opening + "\n借款合同号：XH20250001"]:
        assert default.missing_elements(identified + body) == [], identified


@pytest.mark.parametrize(("overdue", "counts"), [
    ("已逾期45天。", True), ("逾期天数：120", True), ("截至目前逾期已达302天。", True),
    ("自2026年8月1日起逾期。", True), ("您已连续3期未按时还款。", True),
    ("您的借款已逾期，现将有关情况通知如下：", False), ("如逾期超过30天，将上报征信。", False),
])
def test_days_overdue_is_a_duration_or_start_not_a_bare_status(default, overdue, counts):
    text = cut(letter("bank_credit_card"), "已逾期68天", "已于2026年8月25日到期，至今未按约定还款，") + overdue
    assert ("days_overdue" not in default.missing_elements(text)) is counts


def test_objection_paragraph_carries_both_objection_channel_and_contact(credit_card):
    text = cut(letter("bank_credit_card"), "　　如您对上述欠款金额有异议，请于收到本函之日起7日内致电我行客服热线95999，"
                                           "并提交相关证明材料，我行将在核实后予以答复。\n")
    assert credit_card.missing_elements(text) == ["contact", "objection_channel"]


@pytest.mark.parametrize("name", ["consumer_finance", "online_platform"])
def test_credit_card_profile_adds_objection_channel_and_seal(default, credit_card, name):
    text = letter(name)
    assert default.missing_elements(text) == []
    assert credit_card.missing_elements(text) == ["objection_channel", "seal"]


def test_unsealed_disclaimer_is_not_a_seal(credit_card):
    text = letter("bank_credit_card").replace("（业务专用章）", "\n本函未加盖业务专用章无效。")
    assert credit_card.missing_elements(text) == ["seal"]


def test_finding_carries_rule_metadata_and_no_span_or_evidence(rules, default):
    [finding] = default.analyse(notice(cut(letter("bank_credit_card"), "函件编号：HXCC-2026-110387")))
    rule = next(r for r in rules if r.id == "notice.missing.letter_number")
    assert finding.to_dict() == {
        "message_id": "N-1", "campaign_id": "C-2026-11", "analyzer": "notice",
        "category": "notice.missing_element", "rule_id": "notice.missing.letter_number",
        "severity": rule.severity.value, "regulation": rule.regulation, "explanation": rule.explanation,
    }


def test_layout_variety_line_breaks_spaces_and_full_width(default):
    text = ("华 信 银 行 信 用 卡 中 心\r\n函件编号：ＨＸ－２０２６－０００１\r\n尊敬的周*先生：\n您已逾期\n４５天，欠款总额为\n"
            "人民币 ８，８００．００ 元。\n请于２０２６年１１月２０日\n前还款。还款方式：手机银行。\n"
            "客服热线：９５９９９\n逾期将依法报送征信。\n\n２０２６年１１月３日")
    assert default.missing_elements(text) == []


def test_empty_notice_misses_every_element(default, credit_card):
    assert [f.rule_id for f in default.analyse(notice(None))] == [f"notice.missing.{e}" for e in DEFAULT_NINE]
    assert len(credit_card.analyse(notice("   "))) == 11


@pytest.mark.parametrize("channel", ["sms", "call", "app", "email"])
def test_other_channels_are_not_judged(default, channel):
    message = notice("请尽快还款。", channel=channel)
    assert not default.applies_to(message)
    assert analyse_message(message, [default]) == []
    assert len(analyse_message(notice("请尽快还款。"), [default])) == len(DEFAULT_NINE)


def test_unknown_profile_is_an_error_listing_the_available_ones(rules):
    assert {"default", "credit-card"} <= set(available_profiles())
    with pytest.raises(RulePackError, match=r"unknown notice profile 'mortgage'; available: .*credit-card.*default"):
        NoticeAnalyser(rules, notice_profile="mortgage")


def test_profile_may_be_a_file_and_build_analysers_passes_the_option(tmp_path, rules):
    path = tmp_path / "short.yml"
    path.write_text("name: short\nelements: [amount, contact]\n", encoding="utf-8")
    analyser = NoticeAnalyser(rules, notice_profile=str(path), unrelated_option=True)
    assert analyser.missing_elements("请尽快还款。") == ["amount", "contact"]
    [built] = build_analysers(["notice"], notice_profile="credit-card", policy="cn-default")
    assert built.profile.elements[-2:] == ("objection_channel", "seal")
    assert load_profile("default").elements == tuple(DEFAULT_NINE)


def test_profile_needing_an_element_without_a_rule_is_an_error(tmp_path, rules):
    path = tmp_path / "extra.yml"
    path.write_text("elements: [amount, witness_signature]\n", encoding="utf-8")
    with pytest.raises(RulePackError, match="notice.missing.witness_signature"):
        NoticeAnalyser(rules, notice_profile=str(path))


PACK = """\
pack: t
analyzer: notice
defaults:
  category: notice.missing_element
  fragments:
    num: '\\d+'
rules:
  - id: notice.missing.amount
    severity: high
    regulation: 信用卡业务监督管理办法 第69条
    explanation: 未载明欠款金额。
    patterns: [{pattern}]
    examples:
      match: [欠款100元]
"""


@pytest.mark.parametrize(("pattern", "message"), [
    ("'欠款({num}元'", "patterns\\[0\\] is not a valid regex"),
    ("'欠款{money}'", "unknown fragment \\{money\\}"),
    ("'(?:欠款)?'", "matches empty text"),
])
def test_bad_patterns_are_errors_naming_file_and_rule(tmp_path, pattern, message):
    path = tmp_path / "pack.yml"
    path.write_text(PACK.format(pattern=pattern), encoding="utf-8")
    with pytest.raises(RulePackError, match=message) as info:
        NoticeAnalyser(load_pack(path), notice_profile=str(_profile(tmp_path)))
    assert "pack.yml" in str(info.value) and "notice.missing.amount" in str(info.value)


def test_unknown_rule_key_and_wrong_id_are_errors(tmp_path):
    path = tmp_path / "pack.yml"
    path.write_text(PACK.format(pattern="'欠款{num}元'").replace("    patterns:", "    terms: [欠款]\n    patterns:"),
                    encoding="utf-8")
    with pytest.raises(RulePackError, match="unknown key\\(s\\) for a notice rule: terms"):
        NoticeAnalyser(load_pack(path), notice_profile=str(_profile(tmp_path)))
    path.write_text(PACK.format(pattern="'欠款{num}元'").replace("notice.missing.amount", "notice.amount"),
                    encoding="utf-8")
    with pytest.raises(RulePackError, match="notice.missing.<element>"):
        NoticeAnalyser(load_pack(path), notice_profile=str(_profile(tmp_path)))


def test_fragments_expand_and_example_matching_means_element_present(tmp_path):
    path = tmp_path / "pack.yml"
    path.write_text(PACK.format(pattern="'欠款{num}元'"), encoding="utf-8")
    [rule] = load_pack(path)
    analyser = NoticeAnalyser([rule], notice_profile=str(_profile(tmp_path)))
    assert analyser.example_matches(rule, "欠款１００元")
    assert not analyser.example_matches(rule, "欠款若干元")
    assert [f.rule_id for f in analyser.analyse(notice("欠款若干元"))] == ["notice.missing.amount"]


def _profile(folder: Path) -> Path:
    path = folder / "amount-only.yml"
    path.write_text(textwrap.dedent("""\
        name: amount-only
        elements: [amount]
    """), encoding="utf-8")
    return path


# Issue 13: letters as real issuers lay them out, in forms the first rules did not know: the debtor named with a
# contract number or a full ID (or 姓名：, or the role glued to the name), the letter's number alone on its own
# line, amounts as 万余元 / lower-case numerals / after 履行还款义务 / a text table, and consequences stated as
# enforcement or detention (present even when unlawful: the wording analyser judges the claim).
REAL_LAYOUTS = [
    pytest.param("""松涛银行股份有限公司信用卡中心
信用卡欠款催收函
STCC-CS-20261201-0042
尊敬的顾长风先生（借款合同编号：ST-JK-2025-0612）：
　　您名下信用卡自2026年8月3日起未按约定还款，截至2026年12月1日，您尚欠本息合计6万余元。
　　请您于2026年12月20日前通过我行手机银行还款。
　　逾期不还，我行将申请法院强制执行，并将您列入失信被执行人名单。
　　客服热线：95998
2026年12月1日""", [], id="code-alone-on-a-line-name-with-contract-number-wan-yu-yuan-enforcement"),
    pytest.param("""催告函
函号
QJ-CG-2026-0312
姓名：邵明远
证件号码：320105198907071234
　　您的借款已于2026年6月1日到期。截至本函出具之日，您仍未履行还款义务，请立即履行还款义务人民币18,400.00元。
　　请于收到本函之日起七日内登录“青九借”APP还款。
　　否则我司将上报公安机关，你将被拘留。
　　联系电话：0512-66660000
青九小额贷款有限公司
2026年12月2日""", [], id="bare-name-label-full-id-amount-after-obligation-detention"),
    pytest.param("""逾期告知书
2026-BL-00318
兹有借款人柏林于2025年3月向我司借款，现已逾期两个月。
　　项目　　金额（元）
　　本金　　12,000.00
　　利息　　　 640.00
　　合计　　12,640.00
欠款共计：人民币一万二千六百四十元。
请于2026年12月25日前通过柏丽APP还款，逾期将上征信。
客服电话：400-588-0000
2026年12月3日""", [], id="year-first-code-role-glued-to-name-text-table"),
    pytest.param("""催收函
尊敬的闻一鸣先生（身份证号码后四位：7721）：
您的借款将于2026年12月30日到期，如尚未还款请及时处理，应还金额2,400.00元。
请于2026年12月30日前通过一鸣借APP还款，逾期将依法报送征信。
挂号信单号：
XA20261203
客服电话：400-589-0000
2026年12月3日""", ["days_overdue", "letter_number"], id="due-date-to-come-and-parcel-number-are-look-alikes"),
]


@pytest.mark.parametrize(("text", "missing"), REAL_LAYOUTS)
def test_real_letter_layouts(default, text, missing):
    assert default.missing_elements(text) == [e for e in DEFAULT_NINE if e in missing]
