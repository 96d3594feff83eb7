"""Insults as collectors write and speak them (lexicons/wording/insult.yml), judged by the rules alone on whole
messages, so the context pass has its say: regional speech, a debtor called a cheat to a relative, rhetorical
questions about the debtor's worth, praise meant the other way; and the texts beside them that are no insult (a
threat's shame to come, a word defined, a debtor's own words about the lender, a label the speaker was called)."""

from __future__ import annotations

import pytest

from audit.analysers.wording import WordingAnalyser
from audit.message import Message
from audit.readers import message_from_dict

INSULT = "abuse.insult"


def sms(text: str) -> Message:
    return message_from_dict({"message_id": "m", "campaign_id": "c", "channel": "sms", "recipient_type": "debtor",
                              "text": text})


def insult_rules(wording_rules: WordingAnalyser, text: str) -> set[str]:
    return {finding.rule_id for finding in wording_rules.analyse(sms(text)) if finding.category == INSULT}


@pytest.mark.parametrize(("text", "rule_id"), [
    ("你個衰人，借完錢就唔覆機。", "wording.insult.dialect_label"),
    ("你这人咋这么虎呢，一个电话都不敢接。", "wording.insult.dialect_label"),
    ("你龟儿躲哪点去了，钱还不还嘛。", "wording.insult.dialect_label"),
    ("你就是个辣鸡，电话也不敢接。", "wording.insult.dialect_label"),
    ("你的同事小林是个骗子，借了钱就不见人。", "wording.insult.cheat_charge"),
    ("像你这种张嘴就来的骗子，我们见得多了。", "wording.insult.cheat_charge"),
    ("一千块都拿不出来，你活着图什么？", "wording.insult.worth_question"),
    ("你爹妈是怎么教你的，借了不还还有理了？", "wording.insult.worth_question"),
    ("拖成这样，跟街边讨饭的有什么区别。", "wording.insult.worth_question"),
    ("借了钱装没看见，你良心不会痛吗？", "wording.insult.worth_question"),
    ("欠钱不还，你连三岁小孩都不如。", "wording.insult.worth_question"),
    ("我们的诚信楷模，今天打算还了吗？", "wording.insult.mock_praise"),
    ("哟，大老板终于舍得接电话了。", "wording.insult.mock_praise"),
    ("躲债这份演技，不去当演员真是可惜了。", "wording.insult.mock_praise"),
    ("你是不是zz，说几遍了还不懂。", "wording.insult.latin_abbreviation"),
    # sarcasm: dodging praised or crowned, a wasted career, a compliment with the 可 of irony, trust ranked last
    ("换了四个号码，您这躲债的本事真是一流。", "wording.insult.mock_praise"),
    ("您怕是今年最会找借口的借款人了。", "wording.insult.mock_praise"),
    ("理由一天一个，怎么不去当作家？", "wording.insult.mock_praise"),
    ("您可真是会过日子，贷款不还先买新手机。", "wording.insult.mock_praise"),
    ("您儿子可真有本事，借了钱就跑了。", "wording.insult.mock_praise"),
    ("嘴上说信用第一，其实排倒数第一。", "wording.insult.mock_praise"),
    ("三个月了一分没还，你可真够可以的。", "wording.insult.mock_praise"),
    # comparisons and rhetorical questions about face, honesty, upbringing or worth
    ("一说还钱就没影，跑得比兔子还快。", "wording.insult.worth_question"),
    ("借钱时像孙子，还钱时像大爷。", "wording.insult.contempt_remark"),
    ("你这人一丁点良心都没有。", "wording.insult.worth_question"),
    ("亏你还是个公务员，欠钱躲着不见。", "wording.insult.worth_question"),
    ("除了装死你还会干啥？", "wording.insult.worth_question"),
    # the debtor run down to the one who employs or would marry him
    ("他这种人您也敢用？", "wording.insult.cheat_charge"),
    # regional put-downs
    ("你就是个街溜子，整天不着家。", "wording.insult.dialect_label"),
    ("借咗钱唔还，冇鬼用。", "wording.insult.dialect_label"),
    # contempt without an insult word: a face, wits, an upbringing or a conscience run down (veiled_contempt)
    ("拖了三个月还睡得安稳，这份脸皮我们自愧不如。", "wording.insult.veiled_contempt"),
    ("就你这点脑子，还想换个号就躲过去？", "wording.insult.veiled_contempt"),
    ("楼下的流浪狗喂一口都还知道摇尾巴，你借了钱连句谢谢都没有。", "wording.insult.veiled_contempt"),
    ("你爸妈要是看见你现在这样，肯定后悔生了你。", "wording.insult.veiled_contempt"),
    ("您的良心是不是跟旧号码一起停机了？", "wording.insult.veiled_contempt"),
    ("四十岁的人了还跟个巨婴一样，等家里给你擦屁股。", "wording.insult.veiled_contempt"),
    ("你这人真是没救了，嘴里没一句真话。", "wording.insult.veiled_contempt"),
    ("这个月又换了借口，满嘴跑火车。", "wording.insult.veiled_contempt"),
    ("你是真的 mei pi mei lian，催了十次都不回。", "wording.insult.veiled_contempt"),
    ("诚信是做人的底线，您显然一点底线都没有。", "wording.insult.veiled_contempt"),
    ("就你这样的，谁敢用你？连工地都嫌你不老实。", "wording.insult.veiled_contempt"),
    # the debtor's age, job, schooling, home town or means sneered at beside the debt (standing_sneer)
    ("一把年纪了还耍赖，不怕邻居笑话？", "wording.insult.standing_sneer"),
    ("身为公务员，欠了网贷还装清高。", "wording.insult.standing_sneer"),
    ("你们那儿的人是不是都这样，借了就不认？", "wording.insult.standing_sneer"),
    ("你爸妈供你念书，就是叫你赖账的？", "wording.insult.standing_sneer"),
    ("你是真穷还是装穷？", "wording.insult.standing_sneer"),
    ("连楼下收废品的都知道欠债要还，你还不如他。", "wording.insult.standing_sneer"),
    ("你这种山里出来的，借了钱就不晓得还。", "wording.insult.standing_sneer"),
    # ironic admiration of the dodging, kind when borrowing and gone when repaying, a joke
    ("一千块拖了五个月，这份定力真让人佩服。", "wording.insult.standing_sneer"),
    ("您这日子过得挺滋润啊，账单倒是一分没还。", "wording.insult.standing_sneer"),
    ("借钱的时候一口一个哥，还钱的时候就拉黑。", "wording.insult.standing_sneer"),
    ("你这本事要是用在正道上，早就发财了。", "wording.insult.standing_sneer"),
    ("你在我们这儿就是个笑话。", "wording.insult.standing_sneer"),
    # ability praised beside the debt dodged, a crown for dodging, the family's shame, a face lost, a man in name only
    ("您可真有本事，快四十了还在靠网贷过日子。", "wording.insult.mock_praise"),
    ("恭喜您蝉联我们这儿的失联之王。", "wording.insult.mock_praise"),
    ("拖了一年还不还，真替你爸妈寒心。", "wording.insult.contempt_remark"),
    ("欠钱赖账，全村人的脸都被你丢尽了。", "wording.insult.contempt_remark"),
    ("五百块都拿不出来，你也算是个男人？", "wording.insult.contempt_remark"),
    ("你老公欠了我们五万，你算是嫁了个骗子。", "wording.insult.contempt_label"),
    # a chat's jibes: praise of one who never repays, a reader who reads and never answers taken for dead, a word worth
    # nothing, initials, what it all comes to
    ("三千块拖了半年，真有出息。", "wording.insult.mock_praise"),
    ("消息已读不回，你是死了吗？", "wording.insult.contempt_remark"),
    ("您的保证比废纸还不值钱。", "wording.insult.contempt_remark"),
    ("zz东西，电话也不接。", "wording.insult.latin_abbreviation"),
    ("月薪过万，欠几千拖三个月，说到底就是个赖账的。", "wording.insult.contempt_label"),
    # contempt without a swear word: age, a prize for dodging, a talent for not paying, worth, fate, upbringing, a beast
    ("阿姨，您都半截身子入土了，还惦记着赖这几千块？", "wording.insult.standing_sneer"),
    ("恭喜您当选本月最会躲用户，奖励是一天三个电话。", "wording.insult.standing_sneer"),
    ("电话拉黑了三个月，真是好本事。", "wording.insult.standing_sneer"),
    ("就凭那点工资，也配开这么贵的车？", "wording.insult.worth_question"),
    ("难怪你三十岁了还一事无成，借钱都不还。", "wording.insult.worth_question"),
    ("你们家这家教，欠了钱连个电话都不回。", "wording.insult.worth_question"),
    ("你跟头猪有什么区别，吃了就睡，钱也不还。", "wording.insult.worth_question"),
    ("农村来的人就是没素质，借钱不还还拉黑。", "wording.insult.worth_question"),
    ("就你这情商，难怪欠了钱谁都不肯帮你。", "wording.insult.veiled_contempt"),
    ("你才好吃懒做，借了钱一年不还。", "wording.insult.veiled_contempt"),
    ("你凭什么仇视外地客户，分期照样要还。", "wording.insult.called_bigot"),
    # homophones and dialect: 泥马 for 你妈, 瓜皮 (Shaanxi: a fool), the label closing a plea brushed off
    ("泥马的，钱到底还不还？", "wording.insult.contempt_label"),
    ("你个瓜皮，还款码都不会扫？", "wording.insult.contempt_label"),
    ("钱不还，天天跟我们装穷，废物", "wording.insult.contempt_label"),
])
def test_an_insult_of_each_shape_is_found_by_its_rule(wording_rules: WordingAnalyser, text: str, rule_id: str) -> None:
    assert rule_id in insult_rules(wording_rules, text)


@pytest.mark.parametrize("text", [
    # a threat's shame to come is the threat's business
    # a label said of oneself, of a person in the news, or laughed at as a word among friends
    "我也是老赖，欠室友一杯奶茶还没请。",
    "那个老赖的新闻你们看了吗，躲了四年还是被找到了。",
    "奶茶钱记得转我，谁也别当老赖啊哈哈。",
    # a game's designer cursed by a player, and a customer's curse at the lender's system
    "这游戏策划是sb吧，十连抽全是重复的。",
    "别再打了，我已经还了，傻逼系统还显示逾期。",
    "再不还，我们就把催款函寄到你们单位，看你还有没有脸上班。",
    # the word defined or denied
    "您这个情况不算老赖，老赖是法院判决后有能力却不履行的人。",
    # a debtor's own words about the lender, and a label the speaker was called
    "你们这帮放贷的畜生，别再打我家里电话了。",
    "上周催收的喊我老赖，我已经录音投诉了。",
    # an award and a customer tier in earnest
    "我行正在评选年度诚信标兵，按时还款的客户均可报名。",
    "感谢您按时还款，您已升级为诚信楷模客户。",
    "恭喜您，本期欠款已全部结清。",
    # an anti-fraud warning and a slogan
    "凡是让您转账到个人账户的就是个骗子，请立即报警。",
    "诚信为本，不做失信小人，按时还款可积累信用。",
    # a homophone spelling only counts said to someone
    "香辣鸡翅套餐的分期账单已出。",
    # a due date before 你, and a Taiwan dollar amount
    "本期还款日你可以提前一天转入还款卡。",
    "您本期應繳金額為NT$3,200，請於月底前繳納。",
    # sincere praise, a friendly tease let go, the sort of customer who can be helped
    "您按时还了十二期，我们由衷敬佩您的坚持。",
    "您可真厉害，提前两个月就还清了，感谢支持。",
    "您可真行，一个下午就把资料交齐了。",
    "您可真是会过日子，每一期都提前还上。",
    # a debtor's own words: her past dodging, her hard times, a platform's claims
    "以前我躲债的本事一流，后来主动协商才还清。",
    "我现在过得跟个要饭的一样，想申请分期。",
    "这家公司还好意思说自己是正规平台？",
    "像您这样主动来协商的客户，我们见得多了，都能办分期。",
    # a car sold, cigarettes bought, a mortgage taken: no homophone of a curse in them
    "车卖了，要是还不够，可以申请分期。",
    "同事下楼去买烟了，稍后给您回电。",
    "您可以拿房产去做一个抵押，我们帮您核算额度。",
    # wits and a face in their plain senses, a complaint or a post that quotes a collector to condemn him
    "您上次说脑子做了检查，先安心养病，账单可以延期。",
    "您的诚信记录良好，本月可申请提额。",
    "有网友发帖说催收员骂他满嘴跑火车，平台已经道歉。",
    "我们不会说您不知羞耻，请放心协商分期。",
    # a matter not settled today, let go kindly
    "兄弟，这事今天整不明白也没事，你给个大概日子就行。",
    # a standing named in earnest, age and means pitied, advice on borrowing, the speaker's own life and sums
    "作为一名教师，您一定清楚按时还款的重要性。",
    "您这把年纪还在为儿女操心，我们可以先办分期。",
    "借钱的时候看清利率，还钱的时候按时转账。",
    "我这辈子算是活明白了，钱要量力而借。",
    "我的数学是体育老师教的，算错了别笑我。",
    # a customer's own words in a quality check, a label a debtor says she was called, a status a legal threat names
    "质检点评：客户在电话里骂坐席“骗子”，坐席未回骂，处理得当。",
    "投诉原文：说我是老赖？我只是住院了没法按时还。",
    "您已被列为老赖，名下账户即将冻结。",
    # comments with no one addressed: an actor, a thief on camera, clever people, a child, noodles, an athlete
    "这个演员演技上不去，可惜了这张脸。",
    "小偷脸上的表情被监控拍得清清楚楚。",
    "有些人总以为自己很聪明，其实谁都看得出来。",
    "孩子不知道随谁，这么爱笑。",
    "面放在哪儿了？我找不到。",
    "这位运动员心理素质真是一流。",
    "这波操作真够可以的，客服十分钟就办好了。",
    # ability praised in earnest, a loyal customer, a label for a book's characters, a deed run down
    "您真有本事，三年就把房贷还清了，恭喜。",
    "您也算是个老客户了，这期手续费给您免了。",
    "宅斗小说里的配角全是蠢货，看得我直乐。",
    "隔壁工地半夜施工，真是缺德啊。",
    # the speaker's own wits, a court's campaign against 老赖, a real prize, a debtor's dare, the speaker's own lot
    "我这猪脑子，把您的还款日登记错了，已经改好。",
    "我真是脑子进水了，转账时少输了一个零。",
    "市法院开展打击老赖专项行动，本月执结案件三百件。",
    "恭喜您当选本月守约之星，额度已提升。",
    "有本事你们去法院起诉，我等着。",
    "我这辈子就是劳碌命，钱下周一定还。",
    "您家的家风一向很好，这次逾期相信是意外。",
    # prejudice asked about, supposed or felt, not charged; a hardship heard; a banned-word list
    "如果您在办理中感受到歧视，可以拨打投诉电话。",
    "您说的困难我们理解，可以申请延期还款。",
    "敏感词表：二货、瓜皮、泥马，坐席系统发送前自动拦截。",
    # pity, praise and plain news beside those shapes: a hard life, good character, back wages, one's
    # own weight, a tactful reader, 你才 as "only then"
    "阿姨，您这辈子也是苦命，分期我们帮您申请。",
    "您人品好，难怪亲戚都愿意帮您周转。",
    "您获得拖欠工资后，可以先还一部分。",
    "我最近胖成这样，还款的事下周再办。",
    "您这情商真高，一下就把方案谈妥了。",
    "按时还清，你才不会被列为失信人员。",
])
def test_texts_beside_them_that_are_no_insult(wording_rules: WordingAnalyser, text: str) -> None:
    assert insult_rules(wording_rules, text) == set()
