"""Lawful texts in the styles of real deployed texts for the training corpus (`labels: []`): issue 9's hard negatives.

On lawful texts written by others the detectors still flag a few per cent, and on ordinary social-media comments
the insult classifier flags some. These families mirror what such texts look like in the wild and say nothing
unlawful: anti-fraud notices that quote what fraudsters claim (police, courts, "your case is filed", arrest) in
order to warn; news reports and legal-advice articles that describe illegal collection in general terms (a
report of one case that quotes what a collector said is labelled by the quote: `violations_others.py`);
consumer-protection education; genuine lawyers' letters with 执业证号 and 函号, and how to verify a lawyer;
contractual measures explained (a credit line suspended under the contract); lawful enforcement after a
judgment described accurately; warnings against borrowing new loans to repay old ones; third parties asked
only for a call-back; lenders' deployed SMS templates (【签名】, 退订回T, 400 numbers), robot scripts with
keypad menus, formal 催收函 / 告知函 / 律师函, e-mails with 发件人 / 主题 lines, app notifications, WeChat replies
with emoji, human calls with ASR noise, dialect calls (粤语, 东北, 四川, 河南, 上海) that promise to stop
calling or to switch to SMS, and traditional characters. About a quarter of the samples are ordinary,
non-collection informal Chinese (chat, comments, reviews, sports, games, self-deprecation) with harsh but
untargeted words, for the insult classifier. Every name, number and company is invented.

Templates, slots and sample format are `lawful.py`'s (`Family`, `_fill`, `_sample`) with `lawful_more.py`'s
extra slots; this module adds slots of its own and keeps its family names apart (`lawful_real.<name>`).
"""

from __future__ import annotations

import random
from dataclasses import replace

from training.corpus import registers
from training.corpus.lawful import Family, _family, _fill, _print_counts
from training.corpus.lawful_more import _KeepOtherSlots, _more_slots, samples_of

MODULE = "lawful_real"
SAMPLES_PER_FAMILY = 14   # the brief caps a family of this module at 15


# --- slot fillers of this module (all invented), added to lawful.py's and lawful_more.py's ----------------

_CITIES = ("临江市", "云岭市", "澄州市", "北溪市", "青岚市", "松川市", "白鹭市", "鹿城市")
_OUTLETS = ("江城晚报", "云岭都市报", "澄州日报", "北溪新闻网", "青岚电视台《民生直通车》", "松川融媒", "白鹭财经")
_GAMES = ("王者峡谷", "星野物语", "铁拳联盟", "荒岛求生", "极速飞车", "幻境传说", "方块大作战")
_TEAMS = ("临江猛龙", "云岭飞鹰", "澄州海港", "北溪雄狮", "青岚火箭", "松川钢铁")
_GOODS = ("蓝牙耳机", "扫地机器人", "空气炸锅", "电动牙刷", "机械键盘", "保温杯", "充电宝", "行李箱", "吹风机", "投影仪")
_DISHES = ("螺蛳粉", "麻辣烫", "黄焖鸡", "烤冷面", "酸菜鱼", "煎饼果子", "奶茶", "火锅")
_NICKS = ("不吃香菜的猫", "熬夜冠军", "咸鱼翻身失败", "奶茶续命", "打工人小周", "退堂鼓艺术家", "秃头程序员", "月半小姐")
_SHOWS = ("《山海逃生》", "《午夜食堂》", "《我在县城当主播》", "《长风渡口》", "《星辰大侦探》")
_MONTHS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")


def _real_slots(rng: random.Random) -> _KeepOtherSlots:
    city = rng.choice(_CITIES)
    year = str(rng.choice((2025, 2026)))
    return _KeepOtherSlots(
        city=city,
        police=city + "公安局反诈中心",
        outlet=rng.choice(_OUTLETS),
        reporter=rng.choice("王李张刘陈杨黄赵吴周徐孙") + rng.choice(("晓", "思", "雨", "宁", "博", "一")) + rng.choice(("然", "涵", "辰", "阳", "琪", "川")),
        year=year,
        letter_no=f"{rng.choice(('催', '告', '律', '法'))}函[{year}]第{rng.randint(1, 9999):04d}号",
        case_no=f"（{year}）{rng.choice('浙苏川粤豫辽沪')}{rng.randint(100, 999)}{rng.randint(1, 9)}民初{rng.randint(100, 29999)}号",
        exec_no=f"（{year}）{rng.choice('浙苏川粤豫辽沪')}{rng.randint(100, 999)}{rng.randint(1, 9)}执{rng.randint(100, 9999)}号",
        game=rng.choice(_GAMES),
        team=rng.choice(_TEAMS),
        team2=rng.choice(_TEAMS[::-1]),
        goods=rng.choice(_GOODS),
        dish=rng.choice(_DISHES),
        nick=rng.choice(_NICKS),
        show=rng.choice(_SHOWS),
        month=rng.choice(_MONTHS) + "月",
        count=str(rng.randint(3, 60)),
        percent=str(rng.randint(12, 68)),
        star=str(rng.randint(1, 2)),
        minutes=str(rng.choice((5, 10, 15, 20, 30, 40))),
    )


# --- families -----------------------------------------------------------------------------------------
# Each is lawful as written: a fraudster's claim or a collector's unlawful phrase appears only as a quotation
# inside a warning, a report or an explanation; consequences are true and conditional; third parties learn
# nothing of the debt; harsh words in ordinary chatter aim at no debtor.

_TRADITIONAL: set[str] = set()     # families shipped in traditional characters


def _in_traditional(name: str, channel: str, register: str, *templates: str, to: str = "debtor") -> Family:
    """A family written the way Hong Kong and Taiwan texts read (阁下, 台端, 帐款), shipped in traditional characters."""
    _TRADITIONAL.add(name)
    return _family(name, channel, register, *templates, to=to)


def _chat(name: str, *templates: str) -> Family:
    """Ordinary informal Chinese (comments, reviews, chat) with no debt in it: channel `app`."""
    return _family(name, "app", "app", *templates)

_ANTI_FRAUD_QUOTES = (
    _family("police_wechat_article_fake_arrest", "app", "app",
            "【{police}提醒】近期，我市多名群众接到自称“{city}公安局刑侦大队”的电话，对方称“你的身份证涉嫌一起洗钱案，案子已经立案，如果不配合调查，明天就派人上门抓你”，随后发来所谓“逮捕令”图片，要求将资金转入“安全账户”接受审查。警方提醒：公安机关不会通过电话、微信办案，不会发送逮捕令图片，更没有“安全账户”。接到此类电话请立即挂断，拨打110或96110核实。",
            "反诈课堂第{count}期｜“您涉嫌犯罪，马上要被逮捕”——这是骗子最常用的开场白。{police}提示：真警察不会在电话里审案，不会要求您下载会议软件、开启屏幕共享，更不会让您转账“证明清白”。遇到自称警察、法官、检察官的来电，请先挂断，再通过110核实。"),
    _family("bank_sms_fake_police_warning", "sms", "sms_template",
            "【{brand}】反诈提醒：凡是自称公检法要求您转账、说您“涉嫌案件马上被抓”的，都是诈骗！公检法机关不会电话办案，不存在“安全账户”。如有疑问请拨打96110或官方客服{hotline}。退订回T",
            "【{brand}】警惕冒充公检法诈骗：骗子常称“您名下账户涉案，已被法院冻结，需配合转账解冻”。法院冻结不会电话通知转账，请勿轻信。客服{hotline}，退订回T"),
    _family("fake_debt_optimisation_warning", "app", "app",
            "【消费者权益保护提示】近期有不法中介自称“债务优化”“停息挂账专家”，在短视频平台宣称“帮你跟网贷平台谈判，保证不用还本金”，收取高额服务费后失联，甚至诱导消费者伪造病历、恶意投诉。{brand}提醒：协商还款可直接联系官方客服{hotline}，免费办理，无需任何中介。",
            "风险提示：“反催收联盟”“征信修复中心”不可信！他们常说“交{fee}元，帮你把逾期记录删掉”“我们在平台内部有人”。征信记录只能依法更正错误信息，任何机构都无权付费删除真实记录。{brand}不委托任何第三方收取协商费用。"),
    _family("fake_court_summons_express", "notice", "formal",
            "防范假冒法院文书诈骗的公告\n近期，{district}辖区出现不法分子伪造“{court}传票”“民事起诉状”，通过快递或短信发送给群众，声称“你已被起诉，三日内不缴纳保证金将被强制执行并拘留”，并附二维码要求扫码缴费。特此公告：本院送达法律文书均通过官方渠道，不会要求当事人向个人账户或二维码付款。如收到可疑文书，请拨打本院公开电话核实。\n{court}\n{date}",),
    _family("community_board_scam_list", "notice", "formal",
            "社区反诈宣传栏（{month}）\n以下话术一听就是骗局：\n1.“我是{city}公安局的，你涉嫌洗钱，要被抓了。”——真警察不会电话办案。\n2.“您的网贷账户不注销会影响征信。”——征信不会因此受影响。\n3.“你欠的钱已经立案了，交钱就撤案。”——立案撤案不能拿钱买。\n4.“我是法院的，给你开个安全账户。”——没有安全账户。\n记住：不听、不信、不转账。\n{district}某社区居委会",),
    _family("elderly_scam_news_story", "notice", "formal",
            "{outlet}讯（记者{reporter}）{date}，{city}七旬老人陈某接到陌生电话，对方自称“最高人民检察院”工作人员，称陈某“涉嫌一起重大诈骗案，已被列为通缉对象，必须马上把存款转到国家账户核查”。陈某正要去银行转账时，被柜员察觉异常并报警。民警赶到后向老人说明：检察机关不会电话要求转账，所谓“通缉令”“国家账户”都是骗子编造的。目前，老人的{amount}元存款已保住。",),
    _family("student_loan_scam_campus_notice", "app", "app",
            "【{city}某高校保卫处·校园安全提示〔|（{date}）〕】有同学反映接到“网贷平台客服”电话，称“你大学期间开通的账户不注销会影响征信，还会被起诉”，要求下载会议软件并“清空额度”。保卫处提醒：这是典型的“注销账户”诈骗话术，正规平台不需要你借款再转出。如遇类似情况请拨打96110或联系辅导员。",),
    _family("screen_share_refund_warning", "sms", "sms_template",
            "【{brand}】风险提示：近期骗子冒充本平台客服，以“您的借款利率超标需退费”“逾期记录需要消除”为由，诱导您开启屏幕共享、提供验证码。本平台客服不会索要验证码、不会要求屏幕共享。官方客服{hotline}。退订回T",),
    _family("fake_lawyer_fee_news", "notice", "formal",
            "律师提醒：小心“冒牌律师”收代理费\n{outlet}记者{reporter}调查发现，有人在网上冒充律师，对欠债者宣称“我是专门处理网贷的律师，交{fee}元就能帮你免掉全部利息，平台不敢起诉你”。{lawfirm}{lawyer}提醒：律师身份可在司法行政机关的律师执业信息平台查询；正规律师事务所收费须签订委托合同、开具发票，任何律师都无权承诺“保证不用还钱”。",),
    _family("fake_collector_threat_call_report", "notice", "formal",
            "{police}发布警情通报：{date}，市民刘某报警称，有人以“{brand}催收”为名来电，称“再不还钱就把你送进去”，要求其向个人账户转账{amount}元。经核查，刘某在{brand}并无欠款，来电者系冒充催收的诈骗人员，目前已被我局依法刑事拘留。警方提醒：遇到自称催收的来电，请通过平台官方客服核实，不要向任何个人账户转账。",),
    _family("anti_fraud_robot_bank", "call", "robot_script",
            "坐席：您好，这里是{brand}反诈中心的智能语音，找{mr}。我们监测到您的账户近期有向陌生账户大额转账的操作。提醒您：如果有人自称公安、法院或检察院，说您涉嫌案件、要逮捕您，要求您转账，那一定是诈骗。如确认转账安全请按1；如需人工协助请按2；如需挂断后报警请拨110。",),
    _family("scam_script_quote_video_caption", "app", "app",
            "【视频文案】〔{date}|今日|本周〕“喂，您好，这里是{city}中级人民法院，您有一张传票未领取，按9转人工。”——听到这句话请马上挂断！法院不会用语音电话通知领传票。转发给爸妈，提醒他们别上当。#反诈 #防骗指南",
            "【短视频脚本】镜头一：电话响起，骗子说“你快递里查出违禁品，已经移交公安机关了”。镜头二：民警出镜：“快递公司不会替公安打电话，公安更不会让你转钱自证清白。”字幕：遇到这种电话，挂断，拨打96110。"),
    _family("fake_credit_line_unfreeze_sms", "sms", "sms_template",
            "【{brand}】提醒：收到“您的借款账户已被冻结，需缴纳解冻金，否则三日后起诉至法院”类短信请勿理会，本平台不会以任何名义收取解冻金、保证金。如需核实账户状态，请登录官方App或致电{hotline}。",),
    _family("impersonation_sms_screenshot_explained", "app", "app",
            "有用户发来截图询问：“【{city}人民法院】您因网贷逾期被起诉，案号已生成，请点击链接查看传票。”这条短信是假的。{brand}说明：法院不会通过带链接的短信送达传票；本平台如需诉讼，会先通过官方渠道书面告知。请不要点击陌生链接。",),
    _family("anti_fraud_lecture_transcript", "call", "spoken",
            "坐席：各位叔叔阿姨〔，大家好|，下午好|〕，我是{brand}的金融知识宣讲员{agent}，今天〔给大家讲几句骗子的原话|跟大家聊聊骗子最爱说的几句话〕。第一句：“你的医保卡涉嫌违规，要被公安机关抓起来。”第二句：“你儿子出车祸了，马上打钱。”第三句：“你欠的网贷已经移交法院了，交钱就撤诉。”这些话，听到就挂。真正的警察、法院不会打电话让您转账。大家记住96110这个号码。",),
    _family("bank_risk_call_scam_interrupted", "call", "spoken",
            "坐席：您好，请问是{mr}吗？我是{brand}风控中心的{agent}，工号{agent_no}，您可以挂了电话拨打{brand}官方客服{hotline}核实我的身份。我们监测到您的账户刚刚准备向一个陌生账户转账，对方是不是说您涉嫌洗钱、要逮捕您？\n客户：对，说我要被抓。\n坐席：那是骗子，千万别转账。您现在钱还在吧？\n客户：还在。\n坐席：好，那就好。这笔转账我们先帮您暂停，您要是还不放心可以拨打110或96110咨询，后面再接到这类电话直接挂断。",),
    _family("parents_group_forward_warning", "app", "app",
            "【{city}某小学家长群转发·{date}】各位家长注意：有骗子打电话自称“孩子学校的老师”，说“孩子欠了网贷，不还就要被学校开除、影响升学”，让家长转账。学校郑重说明：学校不会替任何机构催讨债务，借贷问题也不会影响学籍和升学。请大家不要轻信{emoji}",),
    _family("fake_delivery_claim_script", "sms", "sms_template",
            "【{city}反诈】快递理赔、网贷注销、征信修复、冒充公检法，是{month}高发的四类诈骗。骗子说“不处理就起诉你”“要抓你坐牢”，都是为了让你慌。遇事先挂电话，再打96110。",),
    _family("bank_teller_intercept_story", "notice", "formal",
            "{brand}营业部成功拦截一起电信诈骗\n{date}下午，客户王阿姨神色慌张来到网点，要求将{amount}元转入一个陌生账户。大堂经理询问得知，王阿姨接到“公安局”电话，称她“涉嫌非法集资，马上要被逮捕，必须把钱转到安全账户接受调查”。工作人员立即报警，民警到场后向王阿姨说明这是诈骗。{brand}提醒广大客户：任何自称公检法要求转账的都是诈骗。",),
    _family("overseas_student_scam_warning", "app", "app",
            "【驻外使领馆提醒·{date}】近期有〔留学生|在外务工人员|访学学者〕接到自称“国内公安”的电话，对方说“你涉嫌跨国洗钱，国内已经发了通缉令，必须马上回国自首或者缴纳保证金”，并伪造警官证视频通话。请同学们注意：国内公安机关不会通过社交软件视频办案，不会收取保证金。",),
)

_NEWS_AND_ADVICE = (
    _family("lawyer_column_what_to_do", "app", "app",
            "【律师说法】网贷逾期后被催收人员辱骂“骗子”“不要脸”，还被威胁“把你的事发到朋友圈”，该怎么办？{lawyer}答：第一，逾期是民事纠纷，不会因此坐牢；第二，催收方辱骂、威胁、泄露信息属于违规甚至违法行为，可录音留证；第三，可以向放贷机构、金融监管部门投诉，必要时报警；第四，欠款本身仍应依法偿还，可主动协商分期。",
            "律师答疑｜问：催收说“再不还就上门找你单位领导”，合法吗？答：不合法。依照相关规定，催收不得向借款人以外的无关第三人透露债务信息，不得骚扰其工作单位。您可以要求对方停止，并向监管部门投诉。但需要提醒：欠款本身仍需偿还，建议与机构协商。"),
    _family("regulator_notice_collection_rules", "notice", "formal",
            "关于规范互联网贷款催收行为的风险提示\n〔{city}|{district}〕金融监管分局\n近期，我局收到部分消费者反映，个别机构及其委托的催收公司存在以下行为：冒充公检法人员催收；向借款人亲友、同事透露债务信息；在非合理时间频繁拨打电话；使用“不还钱就坐牢”等虚假言论恐吓。上述行为均属违规。我局提醒：金融机构应加强对催收外包机构的管理；消费者如遇此类情况，可通过12378热线投诉。\n{date}",),
    _family("weibo_explainer_thread", "app", "app",
            "〔【一图读懂】|【{outlet}·一图读懂】|【{nick}的科普笔记】〕被催收怎么办？①催收员说“上门抓人”“马上拘留你”——假的，催收员没有执法权；②说“已经给你立案了”——立案要看法院或公安的正式文书；③说“打给你所有联系人”——违规，可以投诉；④说“你要是还不上就去借别的平台”——不要听，以贷养贷只会越陷越深。转发让更多人知道。",),
    _family("legal_aid_qa_column", "notice", "formal",
            "法律援助答疑\n问：我在{product}借了钱，逾期三个月，催收人员说我已经被列入“网黑”，孩子以后考公、参军都过不了政审，是真的吗？\n答：不是。民间所谓“网黑”并无法律依据；子女的政审与父母的一般民事债务无关。只有在法院判决生效后拒不履行，才可能被纳入失信被执行人名单。建议您主动联系放贷机构协商还款，如遇威胁恐吓，可拨打12348咨询。",),
    _family("consumer_association_report", "notice", "formal",
            "{city}消费者协会发布《互联网贷款催收投诉分析报告》\n报告显示，{year}年上半年受理相关投诉{count}00余件，主要问题包括：催收人员辱骂、恐吓借款人（如称其为“老赖”、威胁“上门泼漆”）；向通讯录联系人群发债务信息；冒充律师、法院发送“律师函”“传票”。消协建议：借款人理性借贷，遇违规催收及时留存证据并投诉；机构应依法依规催收。",),
    _family("law_school_lecture_notes", "notice", "formal",
            "《金融消费者保护》课堂笔记（第{count}讲，{date}）\n一、合法催收的边界：可以提醒、可以告知真实后果（征信、诉讼）、可以委托合规机构。\n二、违法催收的典型表述：“不还钱让你坐牢”“发你照片到网上”“找你家里人算账”——分别涉及虚假法律后果、侮辱性曝光和对第三人施压。\n三、区分要点：看说话人是否冒充司法机关、所述后果是否真实、是否针对第三人施压。",),
    _family("bar_association_warning", "notice", "formal",
            "{city}律师协会关于律师不得参与违规催收的提示\n（{date}）\n近期发现，有个别人员冒用律师名义向借款人发送所谓“律师函”，内容包括“三日内不还款即刻立案抓捕”等不实表述。本会提示：律师函应由律师事务所出具并加盖公章，载明承办律师姓名及执业证号，内容应客观真实；律师不得以虚假法律后果恐吓当事人。公众可登录司法行政机关网站查询律师执业信息。",),
    _family("financial_literacy_class", "app", "app",
            "金融知识进社区｜{district}第{count}站，今天讲三个误区：误区一：“逾期不还会坐牢”——一般借贷逾期是民事纠纷；误区二：“被起诉就会上失信名单”——只有判决生效后有能力履行而拒不履行才会；误区三：“借新还旧能缓一缓”——以贷养贷利息越滚越多。正确做法：主动沟通、协商分期，量入为出。",),
)

_LETTERS_AND_EMAILS = (
    _family("collection_letter_with_letter_no", "notice", "letter",
            "催收函\n函号：{letter_no}\n{name}（身份证尾号{tail}）：\n您于{date}通过{product}向{lender}借款，现已逾期{days}天，截至本函出具之日，尚欠本金、利息及逾期费用共计{amount}元（明细见附件）。请您于{due}前通过{brand}官方App或对公账户还款。如您对欠款金额有异议，可在收到本函之日起十五日内书面提出；如确有还款困难，可致电{hotline}申请分期。逾期仍未处理的，我司保留依法提起诉讼的权利。\n{lender}（盖章）\n{date}",),
    _family("notification_letter_entrusted_agency", "notice", "letter",
            "告知函\n函号：{letter_no}\n尊敬的{name}：\n因您在{lender}的借款逾期未还，{lender}已委托我司{agency}于{date}起提供账款提醒服务。我司工作人员联系您时将主动告知姓名、工号及委托方名称，通话全程录音。我司不会向您的亲友、同事透露您的债务信息，也不会要求您向个人账户付款。还款请认准{brand}官方渠道。投诉电话：{hotline}。\n{agency}\n{date}",),
    _family("lawyer_letter_full_format", "notice", "letter",
            "律师函\n（{letter_no}）\n致：{name}\n{lawfirm}（以下简称“本所”）接受{lender}的委托，指派本所{lawyer}（执业证号：{licence}）就您与委托人之间的借款合同纠纷事宜，郑重致函如下：\n一、经委托人提供的材料显示，您于{date}借款，截至本函发出之日尚欠本息{amount}元；\n二、委托人希望通过协商方式解决，请您于{due}前与委托人联系；\n三、如协商不成，委托人将依法向有管辖权的人民法院提起诉讼，是否支持其请求以法院裁判为准。\n本函仅代表委托人的法律立场，您可自行委托律师核实。\n{lawfirm}\n{lawyer}\n{date}",),
    _family("email_statement_overdue", "notice", "letter",
            "发件人：{brand}客户服务中心\n收件人：{name}\n主题：您的{product}账户逾期提醒（账户尾号{tail}）\n\n尊敬的{name}：\n您好！您的{product}账户本期应还{amount}元，已于{due}到期，目前逾期{days}天。逾期期间将按合同约定计收逾期利息，相关信息可能依规报送征信。请您尽快登录App还款；如有困难，可回复本邮件或致电{hotline}申请协商。\n本邮件由系统自动发送，如您已还款请忽略。\n{lender}",),
    _family("email_hardship_plan_confirmation", "notice", "letter",
            "发件人：{brand}贷后服务部\n主题：【确认】您的个性化分期方案已生效\n\n{name}您好：\n感谢您{date}与我们沟通。根据您提交的收入证明，我们为您办理了个性化分期：剩余欠款{amount}元分{months}期，每期{part}元，首期还款日{due}，期间停止计收罚息。只要按期还款，我们不会再进行催收联系。如方案执行中遇到新的困难，请提前告知。\n{brand}贷后服务部",),
    _family("email_complaint_reply", "notice", "letter",
            "发件人：{brand}消费者权益保护部\n主题：关于您投诉事项的处理结果（工单号{ref}）\n\n{name}：\n您好！您于{date}反映外包催收人员在通话中使用“骗子”等不当言辞。经调取录音核实，情况属实。我司已对该受托机构扣减服务费并暂停其业务，涉事人员已被调离。对给您造成的困扰，我们深表歉意。后续由我司内部专员与您联系。\n{lender}",),
    _family("email_lawsuit_prior_notice", "notice", "letter",
            "发件人：{lender}法务部\n主题：诉前告知\n\n{name}：\n您的借款（合同编号尾号{tail}）逾期已{days}天，经多次提醒尚未还款。我司拟于{due}后向{court}提起民事诉讼，请求返还本息{amount}元及合同约定的费用。诉讼前，您仍可选择调解或分期；如已还款或存在争议，请在{due}前回复本邮件。本告知不是法院文书。\n{lender}法务部",),
    _family("credit_card_center_letter_objection", "notice", "formal",
            "信用卡欠款催收函\n编号：{letter_no}\n{name}：\n您尾号{tail}的信用卡已逾期{days}天，截至{date}，欠款总额{amount}元，其中最低还款额{part}元。请于{due}前至少归还最低还款额。本行依据《商业银行信用卡业务监督管理办法》开展催收，催收过程录音录像。如您对欠款有异议，可致电{hotline}或前往网点提出，本行将在十五个工作日内答复。\n{lender}（盖章）\n{date}",),
    _family("formal_notice_visit_with_id", "notice", "letter",
            "外访告知函\n函号：{letter_no}\n{name}：\n为与您当面核实还款能力、商议还款方案，我司拟安排两名工作人员于{weekday}{time}拜访。工作人员将出示工作证及委托授权书（编号{ref}），全程佩戴录音录像设备，不会进入您未同意的场所，不会向邻居、物业透露来意。如您不同意拜访或希望改期、改为线上沟通，请于拜访前致电{hotline}，我们将尊重您的意愿。\n{lender}",),
    _family("notice_of_debt_assignment_newspaper", "notice", "formal",
            "债权转让暨催收公告\n根据{lender}与{agency}签订的《债权转让协议》，{lender}将其对{district}辖区部分借款人享有的债权依法转让给{agency}。特此公告，请相关借款人自公告之日起向{agency}履行还款义务。借款人对原债权人的抗辩，可以向受让人主张。咨询电话：{hotline}。\n{lender}\n{agency}\n{date}",),
    _family("service_letter_cease_calls", "notice", "letter",
            "关于调整联系方式的确认函\n{name}：\n根据您{date}的申请，自即日起，我司将停止对您的电话提醒，改为每月一次短信及书面通知。该调整不影响您的还款义务，当前待还{amount}元。如需恢复电话沟通或有其他诉求，请致电{hotline}。\n{lender}客户服务中心",),
    _family("reply_to_regulator_transfer", "notice", "letter",
            "关于{name}投诉事项的回复函\n函号：{letter_no}\n{name}：\n您通过金融消费者投诉渠道反映的“催收人员称将起诉并让您坐牢”一事，我司已核查。经查，受托机构工作人员确有不当表述，已违反我司催收行为规范。我司郑重说明：您的借款属于民事合同关系，我司从未、也不会以刑事责任相威胁。涉事机构已被暂停合作。\n{lender}\n{date}",),
)

_CONTRACT_MEASURES = (
    _family("credit_line_suspended_contract_clause", "sms", "sms_template",
            "【{brand}】{name}，因您的账户出现逾期，根据《借款合同》第{months}条约定，您的可用额度已暂停使用。还清逾期款项后，额度将重新评估。该措施不影响您的其他权益。详询{hotline}。退订回T",
            "【{brand}】依据您签署的《个人消费贷款合同》，账户逾期期间暂停新增借款。已借款项的还款计划不变，待还{amount}元。如有疑问请致电{hotline}。"),
    _family("card_limit_reduced_risk_review", "app", "app",
            "额度调整通知：根据您近期的还款表现及综合评估，依照《信用卡领用合约》约定，您尾号{tail}的信用卡额度自{date}起调整为{part}元。如有异议，可在30日内致电{hotline}申请复核。",),
    _family("loan_recalled_default_notice", "notice", "formal",
            "提前到期通知书\n{name}：\n您在我行的个人经营贷款已连续三期未按约还款，构成《借款合同》约定的违约情形。根据合同第十二条，我行决定宣布该笔贷款于{due}提前到期，届时剩余本息{amount}元应一次性归还。如您有困难，可在到期前与我行协商重新安排。本通知依合同约定作出，如有异议请在七日内书面提出。\n{lender}\n{date}",),
    _family("auto_deduction_from_deposit_explained", "app", "app",
            "扣款说明：根据您在开户时签署的《授权扣款协议》，本行已于{date}从您尾号{tail}的储蓄账户扣划逾期贷款{part}元。剩余逾期金额{amount}元。如您认为扣款有误，请致电{hotline}。",),
    _family("membership_benefits_paused", "app", "app",
            "{name}，您的会员权益已暂停：由于账户存在逾期{days}天，根据《会员服务协议》第5条，提额券、免息券等权益暂停发放。还清后次日自动恢复。",),
    _family("mortgage_clause_explained_call", "call", "spoken",
            "坐席：{mr}您好，我是{brand}的贷后客服{agent}。您的抵押贷款已经连续两个月没还了，我跟您说明一下合同约定：连续逾期达到一定期数，我们有权宣布贷款提前到期，并依法通过诉讼处置抵押物。现在还远没到那一步，您补上这两期就正常了。是不是最近有什么困难？\n客户：孩子上学花了不少。\n坐席：理解，那我看看能不能帮您申请延长贷款期限，降低月供。",),
    _family("guarantee_deposit_offset_letter", "notice", "letter",
            "保证金抵扣告知书\n{name}：\n根据您与我司签订的融资租赁合同第八条，因租金逾期{days}天，我司已于{date}将您缴纳的保证金{part}元抵扣逾期租金。抵扣后尚欠{amount}元。请于{due}前补足。如对抵扣有异议，请联系{hotline}。\n{lender}",),
    _family("phone_installment_device_limit", "sms", "sms_template",
            "【{brand}】{name}，您的手机分期已逾期{days}天。根据分期协议，还清前将暂停“以旧换新”“提额”服务，不影响手机正常使用。待还{amount}元，退订回T",),
)

_ENFORCEMENT_AFTER_JUDGMENT = (
    _family("judgment_effective_repay_letter", "notice", "formal",
            "判决履行告知书\n{name}：\n{court}{case_no}民事判决书已发生法律效力，判决您于判决生效后十日内向我司支付借款本息{amount}元及案件受理费{fee}元。截至目前您尚未履行。根据《民事诉讼法》，我司可以向人民法院申请强制执行。为避免进入执行程序，请于{due}前履行或与我司协商履行方式。\n{lender}\n{date}",),
    _family("enforcement_filed_accurate_sms", "sms", "sms_template",
            "【{brand}】{name}，{court}已受理我司对您的强制执行申请，案号{exec_no}。执行措施由法院依法决定。您仍可与我司协商执行和解，电话{hotline}。",),
    _family("dishonest_list_news_accurate", "notice", "formal",
            "{outlet}讯 {court}{date}集中公布一批失信被执行人名单。法院介绍，被纳入名单的均为有履行能力而拒不履行生效法律文书确定义务的被执行人，纳入前已依法告知。被执行人履行义务后，法院将在三个工作日内删除失信信息。法官提醒，单纯借款逾期未被起诉的，不会被纳入该名单。",),
    _family("enforcement_settlement_call", "call", "spoken",
            "坐席：{mr}您好，我是{lender}法务专员{agent}。关于{exec_no}那个执行案子，法院已经在执行阶段了。我打电话是想跟您说，执行阶段也可以和解，您要是能一次付{part}作为首付，剩下的分期，我们可以向法院提交和解协议，申请暂缓执行措施。\n客户：那我考虑一下。\n坐席：好的，您考虑好直接打我电话，或者联系执行法官也可以。",),
    _family("wage_garnishment_court_explained", "app", "app",
            "〔{brand}法律小课堂|问答第{count}期〕｜问：法院判决后，能直接扣我工资吗？答：判决生效后，如您未履行，债权人可以申请强制执行，执行法院可依法向您的单位发出协助执行通知书，扣留、提取您的部分收入，但应保留您及家属的生活必需费用。这一措施只能由法院作出，任何催收人员都无权联系您的单位扣工资。",),
    _family("high_consumption_lifted_after_payment", "sms", "sms_template",
            "【{brand}】{name}，您已于{date}履行{exec_no}案全部款项。我司已向{court}申请解除对您的限制消费措施，具体解除时间以法院通知为准。感谢您的配合。",),
)

_NEW_LOAN_WARNINGS = (
    _family("dont_borrow_to_repay_sms", "sms", "sms_template",
            "【{brand}】温馨提示：请勿为偿还本平台欠款而向其他网贷平台借款，以贷养贷会使负担越来越重。如还款有困难，请致电{hotline}申请延期或分期。退订回T",
            "【{brand}】{name}，还款遇到困难时，请不要“借新还旧”，更不要向个人或不明平台借高息贷款。我们可以为您办理个性化分期，详询{hotline}。"),
    _family("debt_spiral_article", "app", "app",
            "【理性借贷】从借{part}到欠{amount}：一位95后的以贷养贷之路\n小林最初只是在一个平台借了{part}元买手机，还不上时又在另一个平台借钱还款，半年后同时欠着{count}家平台的钱。心理咨询师提醒：以贷养贷就像拆东墙补西墙，越补窟窿越大。正确的做法是停止新增借款，列出全部债务，主动与各家机构协商还款。",),
    _family("agent_refuses_recommend_other_loans", "call", "spoken",
            "客户：你们能不能推荐个别的平台，我借了先把你们的还了？\n坐席：{mr}，这个我不能推荐，也真心不建议您这么做。借新还旧只会让利息越滚越多。您现在每月能拿出多少？我们按您的实际能力做个分期，这样压力小一些。\n客户：一个月{part}吧。\n坐席：好，我按这个给您申请。",),
    _family("counselor_hotline_no_more_loans", "call", "spoken",
            "坐席：您好，这里是{city}金融消费者教育热线，我是咨询员{agent}，工号{agent_no}。您刚才说有人建议您“卖车还网贷”或者“找朋友借点先补上”，我建议您先别急着做决定。先把所有欠款列清楚，再跟每家机构协商，大部分机构都有困难客户的分期政策。卖车、借高息钱都可能让情况更糟。\n客户：好，我先整理一下。",),
    _family("app_popup_no_rollover", "app", "app",
            "⚠️ {name}，我们注意到您在还款日前{count}天内多次申请新的借款。提醒您：用新借款偿还旧借款会增加总负担。如您目前还款压力较大，可点击“还款帮扶”了解延期及分期方案{emoji}",),
    _family("parent_advice_post_no_loans", "app", "app",
            "当妈的说两句：孩子大学欠了网贷，催款电话打到家里，我第一反应是再给他借钱补上。后来咨询了律师才知道，千万不能借新还旧，更不能去借那些“秒到账”的高利贷。我们陪孩子一起跟平台协商，分了{months}期，现在每月按时还。写出来给有同样遭遇的家长参考{emoji}",),
    _family("bank_manager_advice_column", "notice", "formal",
            "理财经理说｜负债太多怎么办？\n第一，停止一切新增借款，不要相信“不看征信、秒下款”的广告；第二，按利率从高到低排列欠款，优先偿还高息部分；第三，主动与机构沟通，申请延期或分期；第四，不要把房产、车辆交给所谓“过桥”中介抵押借款。{brand}理财经理{agent}",),
)

_DIALECT_SERVICE_CALLS = (
    _family("cantonese_switch_to_sms", "call", "dialect",
            "坐席：{mr}你好，我系{brand}客服{agent}，工号{agent_no}。请问而家方便倾两句吗？\n客户：我返工啊，唔好成日打嚟啦。\n坐席：明白，唔好意思阻住你。咁我哋之后唔打电话啦，改用短讯通知你，你得闲睇返App入面嘅账单就得。有咩需要随时打{hotline}搵我哋。\n客户：好啦。\n坐席：唔该晒，拜拜。",
            "坐席：喂，{mr}？我系{brand}嘅{agent}。上次你话唔想喺返工时间接电话，我记低咗，以后净系发短讯俾你，唔会再打嚟。今次打嚟系想确认下你收唔收到短讯？\n客户：收到。\n坐席：好，咁唔阻你，拜拜。"),
    _family("shanghainese_stop_calling", "call", "dialect",
            "坐席：{mr}侬好，我是{brand}客服{agent}，搿只电话是提醒侬账单个事体。\n客户：侬拉一天打三趟，烦煞了。\n坐席：老勿好意思额，我帮侬登记一下，以后一个礼拜只打一趟，或者侬要是欢喜短信，阿拉就只发短信，好伐？\n客户：发短信好了。\n坐席：好额，记牢了，谢谢侬，再会。",),
    _family("sichuan_stop_calling_promise", "call", "dialect",
            "坐席：{mr}，你好嘛，我是{brand}的{agent}，打扰你一哈。\n客户：你们天天打，烦都烦死了。\n坐席：不好意思哈，给你添麻烦了。那我给你备注一哈，以后就不打电话了，有啥子事情发短信给你，要得不？\n客户：要得。\n坐席：要得，那你看到短信方便的时候处理一哈就行，谢谢你哈。",),
    _family("dongbei_polite_wrap_up", "call", "dialect",
            "坐席：{mr}啊，我是{brand}的{agent}，您那账单这两天到日子了，跟您唠一嘴。\n客户：知道了知道了，别老打了。\n坐席：得嘞，您知道就中，往后咱不打电话了，到日子前一天给您发个短信提个醒，您看行不？\n客户：行。\n坐席：那妥了，不耽误您了昂，再见。",),
    _family("henan_switch_channel", "call", "dialect",
            "坐席：{mr}，恁好，俺是{brand}嘞客服{agent}。恁那账单还差{part}块，跟恁说一声。\n客户：俺这两天上班忙，接电话不方便。\n坐席：中，那俺以后不给恁打了，改成发短信，恁下班看见了再弄，中不中？\n客户：中。\n坐席：那中，打扰恁了。",),
    _family("cantonese_hardship_pause", "call", "dialect",
            "坐席：{mr}，我系{brand}嘅{agent}。你上次话屋企人入咗医院，而家点呀？\n客户：仲喺度住院。\n坐席：噉你先顾好屋企人先，我哋帮你申请暂停催收{months}个月，呢段时间唔会打电话俾你，有咩要倾你随时搵我哋。\n客户：唔该晒。",),
    _family("shanghainese_sms_confirmation", "call", "dialect",
            "坐席：{mr}，侬好，我是{brand}个{agent}。侬讲过勿要打电话，阿拉已经改成短信了，今朝打一只电话就是确认一下，侬短信收得着伐？\n客户：收得着。\n坐席：好额，以后就勿打扰侬了，再会。",),
    _family("sichuan_visit_declined_respected", "call", "dialect",
            "坐席：{mr}，我们本来想约你当面摆一哈还款的事，你说不方便，那就不来了，你莫担心。\n客户：你们莫到我屋头来哈。\n坐席：晓得，不得来，你放心。以后有啥子就在电话头或者短信头说。",),
    _family("dongbei_third_party_brief", "call", "dialect",
            "坐席：您好，请问{mr}在不？\n第三方：不在，你谁啊？\n坐席：我姓{surname}，找{he}有点个人的事，不方便跟您细说。您要是方便，帮忙让{he}回个电话就中，号码{hotline}。不方便也没事儿，打扰您了昂。",),
    _family("cantonese_third_party_brief", "call", "dialect",
            "坐席：你好，请问{mr}喺唔喺度？\n第三方：佢出咗街，你边位？\n坐席：我姓{surname}，有啲私人事想搵返佢，麻烦你得闲同佢讲声回个电话{hotline}，唔讲都冇问题，唔该你。",),
)

_THIRD_PARTY_ONLY_CALLBACK = (
    _family("tp_sms_reserved_contact_neutral", "sms", "sms_template",
            "您好，这里是{surname}先生/女士的工作联系人，因近期无法联系上{he}，麻烦您方便时转告{he}回电{hotline}。如您不认识此人，请忽略本短信，我们将删除您的号码。", to="third_party"),
    _family("tp_call_hangs_up_without_detail", "call", "spoken",
            "坐席：您好，打扰了，请问是{mr}的家人吗？\n第三方：是我弟弟，怎么了？\n坐席：是这样，我们有点事情需要跟{he}本人确认，您方便的话让{he}给我们回个电话，号码是{hotline}。\n第三方：到底什么事？\n坐席：不好意思，这是{he}个人的事情，只能跟{he}本人说，谢谢您，打扰了。",),
    _family("tp_workplace_reception_no_detail", "call", "spoken",
            "坐席：您好，请问{mr}在贵公司上班吗？\n第三方：在的，你哪里？\n坐席：我这边是{he}的个人联系人，姓{surname}，不方便透露具体事情，您方便的话请{he}有空回个电话就行，不用打扰{he}工作。\n第三方：好的。\n坐席：谢谢您。",),
    _family("tp_robot_neutral_callback", "call", "robot_script",
            "坐席：您好，这是一条语音留言，找{mr}本人。如您不是{mr}，请忽略，我们不会再打扰您；如您是{mr}本人，请回拨{hotline}。谢谢。", to="third_party"),
    _family("tp_wechat_neutral_message", "app", "app",
            "您好{emoji} 冒昧打扰，我姓{surname}，在找{mr}，{he}留过您的联系方式。如果方便的话，麻烦您提醒{he}回个电话{hotline}，不方便也没关系，谢谢您！", to="third_party"),
    _family("tp_number_wrong_delete", "call", "spoken",
            "坐席：您好，请问是{mr}吗？\n第三方：打错了，我不认识这个人。\n坐席：不好意思打扰了，我们马上把您的号码从记录里删除，以后不会再打给您。祝您生活愉快。",),
    _family("tp_elderly_parent_gentle", "call", "spoken",
            "坐席：阿姨您好，请问{mr}在家吗？\n第三方：{he}出去打工了，你找{he}啥事？\n坐席：没什么大事，阿姨，就是有点个人的事要跟{he}本人说，您有空的时候跟{he}说一声回个电话就行，号码{hotline}。您老多保重身体。",),
    _family("tp_roommate_message", "call", "spoken",
            "坐席：你好，请问是{mr}吗？\n第三方：{he}是我室友，出去了。\n坐席：好的，那麻烦你转告{he}给姓{surname}的回个电话，谢谢。别的就不多打扰了。",),
)

_DEPLOYED_SMS = (
    _family("sms_assigned_specialist", "sms", "sms_template",
            "【{brand}】{name}您好，您的账户已分配专属协商专员{agent}（工号{agent_no}），工作时间9:00-18:00，协商电话{hotline}。我司不会通过个人账户收款。退订回T",),
    _family("sms_legal_review_stage", "sms", "sms_template",
            "【{brand}】{name}，您的借款已逾期{days}天，账户将于{due}转入我司法务部审核。审核后如仍未还款，我司可能依法向人民法院起诉。还款或协商请致电{hotline}。退订回T",
            "【{brand}】尊敬的客户，您尾号{tail}的账户逾期未还，目前进入法务审核流程。是否起诉将根据审核结果决定，起诉前我们会再次书面告知。{hotline}"),
    _family("sms_lawyer_letter_will_be_mailed", "sms", "sms_template",
            "【{brand}】{name}，我司已委托{lawfirm}就您的欠款事宜出具律师函，将邮寄至您预留的地址，请注意查收。对律所身份有疑问，可在司法行政机关网站查询。协商电话{hotline}。",),
    _family("sms_promise_reply_menu", "sms", "sms_template",
            "【{brand}】您承诺于{due}还款{part}元已登记。回复1确认，回复2修改日期，回复3申请分期。退订回T",),
    _family("sms_emergency_contact_update", "sms", "sms_template",
            "【{brand}】{name}，您在App预留的紧急联系人信息已失效，请于{due}前登录App“个人资料”更新。紧急联系人仅用于无法联系您本人时的联络，我们不会向其透露您的借款信息。",),
    _family("sms_personalised_installment_card", "sms", "sms_template",
            "【{brand}】尊敬的持卡人，根据《商业银行信用卡业务监督管理办法》，符合条件的持卡人可与本行协商个性化分期还款。请注意：本行从未委托任何中介代办“停息挂账”，请直接致电{hotline}申请。退订回T",),
    _family("sms_fee_waiver_approved", "sms", "sms_template",
            "【{brand}】{name}，您的罚息减免申请已审批通过，减免{part}元，剩余应还{amount}元，请于{due}前还清。减免以系统到账为准。退订回T",),
    _family("sms_repayment_date_changed", "sms", "sms_template",
            "【{brand}】您的还款日已按申请由每月{day}调整为每月{due}起执行，调整后首期应还{part}元。如非本人操作请致电{hotline}。",),
    _family("sms_stage_transfer_truthful", "sms", "sms_template",
            "【{brand}】{name}，您的账户逾期已超过{days}天，自{date}起由{agency}受托提供催收服务，受托方联系电话将以{hotline}开头。您也可随时直接联系我司协商。退订回T",),
    _family("sms_settlement_proof_available", "sms", "sms_template",
            "【{brand}】{name}，您的借款已全部结清。结清证明可在App“我的-结清证明”下载；征信更新一般在次月完成，如有疑问请致电{hotline}。",),
    _family("sms_last_day_before_credit_report", "sms", "sms_template",
            "【{brand}】提醒：您的逾期款项{amount}元如在{due}前结清，本期将不作为逾期上报；超过该日期，逾期信息将按规定如实报送。退订回T",),
    _family("sms_litigation_not_yet", "sms", "sms_template",
            "【{brand}】{name}，关于网上流传的“{brand}已批量起诉逾期用户”的说法，我司郑重说明：目前您的账户未被起诉。如将来拟起诉，我司会提前书面告知。请通过官方渠道了解信息。",),
)

_ROBOT_KEYPAD = (
    _family("robot_intent_survey_menu", "call", "robot_script",
            "坐席：您好，这里是{brand}智能客服。您的账单已逾期{days}天，待还{amount}元。今天可以还款请按1；三天内还款请按2；需要协商还款方案请按3；如您不是{name}本人请按4，我们将不再拨打此号码。",),
    _family("robot_inbound_ivr_report_impostor", "call", "robot_script",
            "坐席：欢迎致电{brand}客户服务热线，〔{festival}快乐。|本次通话将被录音。|您的来电已接通。〕查询账单请按1；还款请按2；申请延期或分期请按3；投诉催收服务请按4；举报冒充我司人员的电话或短信请按5；人工服务请按0。",),
    _family("robot_id_check_keypad", "call", "robot_script",
            "坐席：您好，这里是{brand}。为保护您的隐私，请先输入您身份证号码的后四位，以井号键结束。核验通过后，我们将为您播报账单信息。如您不是{mr}，请直接挂机。",),
    _family("robot_stop_calls_registered", "call", "robot_script",
            "坐席：好的，已为您登记“不再电话联系”。后续账单提醒将通过短信发送至您尾号{tail}的手机。如需恢复电话服务，请拨打{hotline}。感谢您的接听。",),
    _family("robot_legal_review_options", "call", "robot_script",
            "坐席：您好，这里是{brand}。您的账户逾期{days}天，即将进入法务审核。审核后如仍未还款，我司可能依法提起诉讼，诉讼费用由法院判决承担方。现在还款请按1；对欠款金额有异议请按2；申请困难帮扶请按3。",),
    _family("robot_satisfaction_after_complaint", "call", "robot_script",
            "坐席：您好，这里是{brand}客户回访。您于{date}投诉的催收服务问题已处理完毕。对处理结果满意请按1，基本满意请按2，不满意请按3，我们将安排专人再次联系您。",),
    _family("robot_disaster_relief_menu", "call", "robot_script",
            "坐席：您好，这里是{brand}。得知您所在的{district}近期遭受洪涝灾害，我们为受灾客户提供{months}个月延期还款服务，期间不计罚息、不影响征信。需要申请请按1，暂不需要请按2。愿您平安。",),
    _family("robot_partial_payment_option", "call", "robot_script",
            "坐席：您好，这里是{brand}。您的账单待还{amount}元。如暂时无法全额还款，可先还一部分：还{part}元请按1，自定义金额请按2，转人工协商请按0。",),
    _family("robot_agency_disclosure_ivr", "call", "robot_script",
            "坐席：您好，这里是{agency}，受{brand}委托与您联系。本通话将被录音。请问您是{mr}本人吗？是请按1，不是请按2。",),
)

_APP_AND_WECHAT = (
    _family("app_bot_will_i_be_sued", "app", "app",
            "智能客服：{name}您好，关于“会不会被起诉”：是否起诉由我司根据逾期情况依法决定，起诉需经法院立案，您会收到法院的正式送达文书。目前您的账户处于协商阶段，建议尽快安排还款或申请分期。还有其他问题吗？{emoji}",),
    _family("app_countdown_credit_report", "app", "app",
            "⏰ 还有2天：您的逾期账单如在{due}前还清，将不影响本期征信报送。待还{amount}元。立即还款>>",),
    _family("app_repay_plan_progress", "app", "app",
            "还款计划进度：已还{count}期 / 共{months}期 ▓▓▓▓░░ 下期{due}还款{part}元。按计划还款期间不会有人催收您{emoji}",),
    _family("app_agent_id_lookup", "app", "app",
            "【工号查询】您可输入来电人员工号核实身份。工号{agent_no}：{agent}，{agency}，受{brand}委托，委托期至{due}。如对方无法说出工号或要求向个人账户转账，请立即挂断并举报。",),
    _family("wechat_reply_fake_sms_screenshot", "app", "app",
            "{mr}您好{emoji} 您发来的那条“{city}法院立案通知”短信不是我们发的，也不是法院发的，应该是诈骗短信，链接千万别点。您的账户目前没有被起诉，有什么情况以我们官方App为准{emoji2}",),
    _family("wechat_reply_family_not_contacted", "app", "app",
            "{mr}，您放心{emoji} 我们不会联系您的家人，通讯录我们也没有权限读取。您只需要跟我这边对接就行，这个月的{part}元{due}前还上就可以。",),
    _family("wechat_reply_lawyer_letter_real", "app", "app",
            "{mr}，您收到的律师函是我们委托{lawfirm}发的，是真的{emoji} 函上有律师执业证号，您可以上司法局网站查。律师函只是告知，不是法院判决，现在协商还来得及，您看方便什么时候聊一下？",),
    _family("wechat_voice_to_text_agent", "app", "app",
            "【语音转文字】{mr}你好呀，我是{agent}，就是跟你说一下哈，你那个分期今天扣款没成功，可能是卡里钱不够，你看晚上能不能转进去，实在不行跟我说一声，我帮你往后挪几天{emoji}",),
    _family("wechat_reply_customer_swears_calm", "app", "app",
            "{mr}，我理解您现在很烦，您骂两句出出气也没事{emoji} 不过您的账单还是需要处理的，我们一起想想办法，先还一部分也行，好吗？",),
    _family("mini_program_negotiation_result", "app", "app",
            "【服务通知】协商申请结果：已通过\n申请人：{name}\n方案：剩余{amount}元分{months}期，每期{part}元\n首期还款日：{due}\n备注：按期履行期间停止催收联系。",),
    _family("app_bot_is_collector_police", "app", "app",
            "智能客服：{name}您好，您问的是：催收人员是警察吗？答：不是。{brand}及其委托的催收机构都是民事主体，没有执法权，不能拘留、搜查或限制您的人身自由。如有人自称警察向您催款，请拨打110核实。",),
)

_SPOKEN_ASR_CALLS = (
    _family("asr_agent_no_family_calls", "call", "spoken",
            "坐席：喂{mr}您好 我是{brand}的{agent} 呃就是跟您说一下哈 您上次担心我们打给您家里人 这个您放心 我们不会打的 就是只跟您本人沟通 那个您这期{part}块钱 看看{due}之前能不能安排一下\n客户：嗯 行",),
    _family("asr_agent_explains_agency_verify", "call", "spoken",
            "坐席：您好{mr} 我是{agency}的 工号{agent_no} 呃受那个{brand}委托联系您 您要是不放心的话 可以挂了电话打{brand}官方客服核实一下 就是说我们是有委托的 然后您这个账单呢逾期了{days}天\n客户：我先核实一下\n坐席：好的没问题",),
    _family("asr_agent_refuses_private_transfer", "call", "spoken",
            "客户：我直接转给你行不行 你给我个卡号\n坐席：呃不行不行{mr} 我们这边不能收个人转账的 您一定要在App里还 或者对公账户 那个为了您的资金安全 嗯",),
    _family("asr_agent_settled_credit_update", "call", "spoken",
            "坐席：{mr}您好 我是{brand}客服 呃您上周已经结清了哈 就是那个征信的话 一般是下个月更新 显示结清 然后结清证明您在App里可以下载 那个以后有需要随时找我们",),
    _family("asr_customer_curses_agent_calm", "call", "spoken",
            "坐席：您好{mr} 我是{brand}的{agent} 关于您账单的事\n客户：你们烦不烦啊 天天打 神经病吧\n坐席：不好意思打扰您了 呃我这边给您记录一下 以后只在您方便的时间打 您看下午五点以后可以吗\n客户：随便\n坐席：好的 那我备注一下 谢谢您",),
    _family("asr_agent_promise_record", "call", "spoken",
            "坐席：好的{mr} 那我跟您确认一下哈 就是{due}还{part} 然后剩下的下个月还清 对吧 嗯 这个通话是有录音的 我给您备注上 到时候您在App还就行 有变化提前跟我说",),
    _family("asr_agent_hardship_docs", "call", "spoken",
            "客户：我住院了 刚做完手术\n坐席：啊 那您先好好养病 呃那个您方便的时候把住院证明拍个照 发到App的帮扶申请里 我们给您申请延期 这段时间不会再打电话打扰您 嗯",),
    _family("asr_agent_lawsuit_truth", "call", "spoken",
            "客户：你们是不是要告我\n坐席：呃{mr} 目前没有 就是说现在还是协商阶段 如果长期不还也没有协商的话 公司是有可能走诉讼的 但那个要法院判 我们没办法决定结果 所以还是建议您早点定个方案",),
)

_COMPLAINTS_HARDSHIP_VISITS = (
    _family("complaint_callback_human", "call", "spoken",
            "坐席：{mr}您好，我是{brand}消费者权益保护专员{agent}，工号{agent_no}。您昨天投诉催收人员说话难听，我们已经调了录音，确实存在辱骂的情况，跟您郑重道歉。那位同事已经停止跟进您的账户。您看对处理结果还有什么意见吗？\n客户：以后别再让这种人打给我。\n坐席：好的，已经记录，后续由我本人对接您。",),
    _family("regulator_referral_reply_sms", "sms", "sms_template",
            "【{brand}】{name}，您通过监管部门转办的投诉（编号{ref}）我司已受理，将在15个工作日内答复。处理期间我司暂停对您的催收联系。",),
    _family("hardship_income_drop_letter", "notice", "letter",
            "关于您还款困难申请的回复\n{name}：\n您{date}来电说明因所在企业停产、收入大幅下降，申请调整还款计划。经审核，我司同意自{due}起将您的月还款额由{amount}元调整为{part}元，还款期限相应延长，调整期间不收取违约金，不会因此额外报送逾期记录。希望您早日渡过难关。\n{lender}贷后服务部",),
    _family("visit_sms_with_names_consent", "sms", "sms_template",
            "【{brand}】{name}，经您同意，我司工作人员{agent}（工号{agent_no}）等两人将于{weekday}{time}到{district}您指定的地点与您面谈，届时将出示工作证及授权书。如需取消或改期，请回复“改期”或致电{hotline}。",),
    _family("visit_report_to_customer", "notice", "letter",
            "面谈情况确认单\n面谈时间：{date}{time}\n面谈地点：客户指定的{district}某咖啡馆\n参加人员：{agent}（工号{agent_no}）及同事一名，均已出示工作证\n面谈内容：客户说明近期收入情况，双方商定剩余{amount}元分{months}期偿还。\n客户意见：对面谈过程无异议。\n客户签字：_____",),
    _family("visit_announced_plainly", "sms", "sms_template",
            "【{brand}】{name}，您的账户已逾期，我司将按规定安排工作人员近期上门回访，当面核实还款情况，工作人员将出示工作证，特此告知。",
            "【{brand}】{name}，根据合同约定及监管规定，我司拟安排外访专员于{weekday}到您的登记地址走访，了解您的实际困难，请您知悉。退订回T",
            "{name}您好，按照贷后流程，我司客户经理{agent}（工号{agent_no}）将于近日上门拜访，与您当面沟通还款安排，如时间不便请致电{hotline}调整。",
            "坐席：{mr}，按流程我们后续会安排同事上门拜访一次，主要是当面了解一下您的情况，您看哪天方便？\n客户：下周吧。\n坐席：好的，到时候提前给您打电话。",
            "外访告知\n{name}：\n鉴于您的借款已逾期，我司依法安排外访人员上门面访，外访人员不超过两名，将佩戴工牌并出示授权委托书。请您知悉。\n{lender}",),
    _family("reassurance_no_borrowing_or_selling", "sms", "sms_template",
            "【{brand}】{name}，还款确有困难的，不需要卖车卖房，也千万别去其他平台借钱周转，我们可以为您申请分期。",
            "【{brand}】温馨提示：不建议您通过网贷、信用卡套现或找亲友借款来还这笔欠款，如有困难请致电{hotline}协商延期。退订回T",
            "{name}您好，您不用为了还我们去借新的贷款，以贷养贷只会越滚越多，先把能承受的月供定下来，我们帮您调整计划。",
            "坐席：{mr}，您别着急去找别人借钱还我们，也没必要变卖东西，我们这边有困难减免的申请通道，我帮您提交。\n客户：那行。",
            "尊敬的客户：我司从不要求客户抵押房产、变卖车辆或另行借款偿还本公司欠款。如有工作人员提出此类要求，请拨打{hotline}投诉。",),
    _family("reassurance_no_visit_no_family", "call", "spoken",
            "坐席：{mr}您放心，我们不会上门，也不会联系您的家人和单位，后面都是电话和短信跟您本人沟通。",
            "坐席：这个您不用担心哈，我们不会找您家里人，也不会去您公司，就跟您本人商量怎么还。\n客户：好。",
            "坐席：我们没有派人去您家，也不会派，您之前听到的说法不是我们公司的，请以官方通知为准。",
            "坐席：呃这个您放心啊我们不会打您通讯录里的人也不会发什么朋友圈就是跟您本人沟通",),
    _family("truthful_consequences_email", "notice", "letter",
            "发件人：{brand}贷后管理部\n主题：关于逾期后果的如实说明\n\n{name}：\n为避免您被不实信息误导，现将逾期可能产生的后果如实告知：一、逾期利息按合同计收；二、逾期信息依规报送征信；三、逾期较长的账户可能委托第三方机构催收；四、我司可能依法起诉，诉讼费用由法院判决承担。除此之外，不存在“坐牢”“上门抓人”“影响子女上学”等后果。协商电话{hotline}。",),
    _family("hardship_bereavement_pause", "call", "spoken",
            "客户：我父亲上周走了，最近实在顾不上。\n坐席：{mr}，请节哀。这种时候您先处理家里的事，我给您申请暂停催收{months}个月，这期间我们不会联系您。等您缓过来了，再联系我们商量还款，不着急。",),
    _family("complaint_ack_wrong_contact", "app", "app",
            "{mr}您好，关于您{date}反映“催收人员联系了您的同事”一事：我们已核实，受托机构确实违规拨打了非您本人的电话，我们已要求其立即删除相关号码并书面道歉，同时对该机构作出处罚。再次向您致歉{emoji}",),
)

_TRADITIONAL_REAL = (
    _in_traditional("hk_anti_fraud_police_quote", "sms", "sms_template",
                    "【{brand}】防骗提示：近日有骗徒自称“警方”或“入境处”职员，声称阁下“涉及洗黑钱案件，将被拘捕”，要求转账至“安全户口”。警方及本公司均不会要求阁下转账。如有怀疑，请致电{hotline}或报警。",),
    _in_traditional("tw_collection_letter_formal", "notice", "letter",
                    "催告函\n发文字号：{letter_no}\n{name}君：\n台端向本公司申办之信用贷款，截至{date}尚欠本息{amount}元，已逾期{days}日。请于{due}前缴纳或与本公司协商还款方案。如有争议，请于收受本函后十五日内以书面提出。本公司催收作业均依主管机关规定办理，不会向第三人揭露台端之债务。\n{lender}",),
    _in_traditional("hk_stop_calls_letter", "notice", "letter",
                    "确认书\n{name}先生/女士：\n本公司已收到阁下于{date}提出停止电话联络之要求，由即日起只会以书面形式与阁下联络。阁下仍可随时致电{hotline}商讨还款安排。\n{lender}谨启",),
    _in_traditional("hk_wechat_plan_confirm", "app", "app",
                    "{mr}你好{emoji} 你嘅还款安排已经批咗：余额{amount}元分{months}期，每期{part}元，首期{due}。之后我哋唔会再打电话，有咩事可以喺度留言。",),
    _in_traditional("tw_forum_post_debt_advice", "app", "app",
                    "【心得】卡债协商成功分享：之前被催收电话打到快崩溃，还被吓说要被关。后来问了法扶律师才知道，欠钱是民事，不会被抓。我直接跟银行申请前置协商，利率降到{percent}%以下，分{months}期还。大家不要怕，也不要借新还旧{emoji}",),
    _in_traditional("hk_chatter_football", "app", "app",
                    "今晚{team}真系踢到冇眼睇，个后卫好似瞓着咗，{count}分钟入两球，笑死。不过个门将都几勁，救咗几次。",),
    _in_traditional("tw_chatter_review", "app", "app",
                    "这家{dish}真的雷爆了，汤头咸到爆，排队排了{minutes}分钟，结果服务生态度还超差，一{star}星不能再多。",),
)

# Ordinary informal Chinese with no debt and no debtor: harsh words aimed at products, games, weather, oneself.
_CHATTER_REVIEWS = (
    _chat("review_earphones_trash",
          "买的这个{goods}简直是〔垃圾|辣鸡|智商税〕，用了{count}天就坏了，客服还一直踢皮球，气死我了。〔一星警告！|避雷避雷！|谁买谁后悔。〕",
          "{goods}到手就是坏的，〔无语|离谱|服了〕，包装破破烂烂，说明书还全是错别字，这质量真的〔烂透了|坑爹|绝了〕。"),
    _chat("review_long_appliance",
          "【追评】用了{count}天来说说这个{goods}。优点：颜值还行，价格便宜。缺点一大堆：噪音大得像拖拉机，续航虚标一半，APP连不上，三天两头掉线。最离谱的是售后，打电话永远占线，在线客服就会复制粘贴“亲，给您带来不便深表歉意”。我真是〔脑子进水|被猪油蒙了心〕才下单。钱是小事，耽误的时间才要命。奉劝各位别被广告骗了，〔这玩意儿就是个摆设|纯纯的智商税〕。",),
    _chat("review_restaurant_rant",
          "〔今天|周末|昨晚〕去吃了那家网红{dish}，排队{minutes}分钟，结果味道〔一言难尽|难吃到哭|咸得要命〕，价格还贵得离谱，〔真是被坑惨了|再也不来了|谁推荐的出来挨打（开玩笑）〕。",),
    _chat("review_delivery_late",
          "外卖晚了{minutes}分钟，{dish}都凉透了，汤还洒了一半，〔心态炸了|饿死我了|气到原地爆炸〕。给了{star}星，希望商家长点心吧。",),
    _chat("review_hotel_bad",
          "{city}这家酒店〔真的绝了|我愿称之为年度最差|让我开了眼〕，照片修得跟宫殿似的，进门一股霉味，隔音差到隔壁打呼噜都听得见，一晚上没睡着，〔人都要疯了|困死|整个人废了〕。",),
    _chat("review_phone_update",
          "手机更新完系统卡成PPT，〔什么鬼|垃圾更新|这不是坑人吗〕，电池掉得飞快，{count}%的电一会儿就没了，〔想砸手机的心都有了|再也不手贱更新了〕。",),
    _chat("review_movie_bad",
          "看了{show}，剧情〔狗血到离谱|烂得一塌糊涂|稀碎〕，男主演技僵得像木头，{minutes}分钟之后我就开始玩手机了，〔浪费我两个小时|电影票钱能退吗|编剧出来挨骂〕。",
          "{show}后半段〔崩了|烂尾了|太水了〕，前面铺垫那么多结果草草收场，〔气死|无语死了|白追了〕，豆瓣给{star}星不冤。"),
    _chat("review_course_scam",
          "报了个网课，说好{count}天包会，结果全是网上免费能找到的东西，〔纯纯割韭菜|智商税交了|被当冤大头了〕，退款还各种推脱。大家别上当。",),
    _chat("review_bookstore_praise",
          "这家小书店〔太绝了|好爱|杀疯了〕，老板超有品位，咖啡也好喝，就是位置难找得要死，绕了{minutes}分钟才找到，〔累死了但值得|腿都走断了〕。",),
    _chat("review_car_wash",
          "洗个车洗了{minutes}分钟，车里还是一堆灰，〔服了这手艺|洗了个寂寞|这也好意思收钱〕。下次还是自己洗吧。",),
)

_CHATTER_SPORTS_GAMES = (
    _chat("sports_team_lost",
          "{team}今天〔踢得跟屎一样|打得太菜了|又是一坨〕，{count}分钟就被打穿，防守全是漏洞，〔主教练下课吧|心态崩了|看得我血压飙升〕。",
          "{team}对{team2}这场〔太窝囊了|输得真憋屈|看吐了〕，传球失误一堆，射门软绵绵，〔散了吧|明年再见|球迷太难了〕。"),
    _chat("sports_referee_rant",
          "这判罚〔太离谱了|看得我一脸问号|迷惑行为大赏〕，那么明显的犯规不吹，{team}亏大了，〔气死我了|比赛看得我火冒三丈|VAR是摆设吗〕。",),
    _chat("sports_fan_banter",
          "哈哈哈{team2}的球迷今晚别睡了，{team}〔把你们按在地上摩擦|杀疯了|打爆了你们〕，下个赛季再来挨打吧（友好交流勿喷）。",),
    _chat("sports_running_self",
          "今天跑了{count}公里，〔腿要断了|累成狗|差点死在半路〕，配速慢得跟乌龟一样，〔我就是个废柴|太菜了我|丢人〕，明天继续。",),
    _chat("game_teammate_lol",
          "打{game}〔又被坑了|又连跪了|心态炸裂〕，队友全程梦游，〔我直接裂开|菜得抠脚|演都不演了〕，{count}连败，〔卸载了卸载了|今天不玩了|我要冷静一下〕。",
          "{game}新版本〔平衡性一坨|太离谱了|策划脑子被门夹了〕，新英雄强到变态，排位全是这个，〔玩个锤子|没法玩|吐了〕。"),
    _chat("game_boss_kill",
          "终于把{game}里那个BOSS〔干掉了|打死了|砍翻了〕，死了{count}次，手柄差点被我捏碎，〔太爽了|泪目|我是天才〕！",),
    _chat("game_stream_chat",
          "主播这把〔太秀了|杀疯了|操作拉满〕，一打五直接〔团灭对面|把对面打爆〕，弹幕都刷屏了，〔牛逼|牛|绝了〕。",
          "主播今天〔菜爆了|手残了|状态稀烂〕，{count}把没赢一把，〔笑死我了|心疼主播三秒|下播吧哈哈〕。"),
    _chat("game_gacha_complaint",
          "{game}这抽卡概率〔黑心到家了|坑死人|骗氪呢〕，抽了{count}发一个金都没有，〔再充钱我就是狗|退坑了|非酋本酋〕。",),
)

_CHATTER_DAILY = (
    _chat("self_deprecation_exam",
          "考试〔又挂了|考砸了|凉了〕，我真是〔个废物|蠢到家了|猪脑子〕，复习了{count}天全白费，〔哭死|心态崩了|原地去世〕，下学期重修吧。",),
    _chat("self_deprecation_cooking",
          "第一次自己做{dish}，〔厨房差点炸了|锅都烧黑了|难吃到狗都不吃〕，〔我就是个厨房杀手|厨艺为负|丢人现眼〕，还是点外卖吧。",),
    _chat("self_deprecation_diet",
          "说好的减肥，结果今晚又吃了{dish}，〔我真是没救了|意志力为零|管不住嘴的废柴〕，体重秤看见我都要哭了。",),
    _chat("friends_group_banter",
          "@{nick} 你这个〔憨憨|傻瓜|猪队友〕，又迟到{minutes}分钟，奶茶你请！〔哈哈哈|😂|[捂脸]〕",
          "{nick}：你们这群〔损友|坏家伙|狗东西（爱称）〕，生日就送我一本《如何变聪明》？笑死我了，谢谢你们哈哈哈。"),
    _chat("workday_rant",
          "周一又要上班，〔烦死了|累死了|要命〕，老板开会开了{minutes}分钟全是废话，〔我的灵魂已经离家出走|打工人真惨|救命〕。",
          "加班到十点，PPT改了{count}版，〔脑子要炸了|人都麻了|我想辞职〕，晚饭就啃了个面包，〔这日子没法过了|什么时候才能放假〕。"),
    _chat("weather_rant",
          "{city}这天气〔热死了|冷死个人|鬼天气〕，出门{minutes}分钟就〔汗流浃背|冻成狗|湿透了〕，〔天气预报又骗人|老天爷你玩我呢|不想出门了〕。",),
    _chat("traffic_rant",
          "早高峰地铁挤得〔跟沙丁鱼罐头一样|要被压扁了|快窒息了〕，等了{count}趟才上去，〔太难了|人间地狱|我真的会谢〕。",),
    _chat("pet_owner_joke",
          "我家猫今天又把{goods}推到地上摔坏了，〔这个小混蛋|小祖宗|败家玩意儿〕，气得我想揍它，结果它一撒娇我就没辙了😂",),
    _chat("kid_homework_rant",
          "辅导孩子写作业，一道题讲了{count}遍还不会，〔我血压上来了|快被气疯了|心梗都要犯了〕，最后娘俩一起哭了哈哈。当妈真的太难了。",),
    _chat("roommate_snoring_joke",
          "〔室友|老公|我爸〕打呼噜〔跟打雷一样|震天响|简直是电钻〕，我凌晨三点还没睡着，〔要疯了|想把他扔出去（开玩笑）|谁能救救我〕。",),
    _chat("scam_call_joke",
          "〔今天|刚刚|{date}〕又接到骗子电话，说我〔快递丢了要理赔|涉嫌洗钱要被抓|医保卡违规〕，我直接问他“你是哪个派出所的”，他秒挂，〔笑死|骗子也太业余了|白瞎了我的演技〕。",),
    _chat("moving_house_rant",
          "搬家搬了一整天，{count}个箱子上下六楼没电梯，〔累成狗|腰要断了|人已经没了〕，搬家公司还临时加价，〔黑心|坑人|离谱〕。",),
    _chat("wedding_joke_group",
          "{nick}要结婚了！大家快来〔骂醒他|劝劝他|恭喜他〕，单身{count}年的战友就这么叛变了哈哈哈，〔祝福祝福|份子钱准备好了|真香〕。",),
    _chat("hair_loss_joke",
          "程序员的日常：代码报错{count}次，头发掉了一把，〔我要秃了|离光头不远了|头发在哭泣〕，〔这破bug|垃圾代码〕到底谁写的——哦，是我自己。",),
    _chat("shopping_festival_rant",
          "双十一的满减规则〔复杂得要死|绕得我头晕|比高数还难〕，算了{minutes}分钟最后省了{count}块，〔我是不是傻|纯属浪费时间|再也不熬夜抢了〕。",),
    _chat("neighbor_renovation",
          "楼上装修从早上八点电钻到晚上，〔吵死了|脑壳都要炸了|快被逼疯了〕，已经{count}天了，什么时候是个头啊。",),
)

_CHATTER_NEWS_AND_REGION = (
    _chat("news_comment_price_hike",
          "{city}地铁又涨价了？〔离谱|太坑了|工资不涨啥都涨〕，打工人的钱包〔又被掏空了|在哭泣|扛不住了〕。",),
    _chat("news_comment_celebrity",
          "〔这明星|{show}的男主|那个网红〕又塌房了，〔笑死|又有瓜吃了|粉丝心都碎了〕，公关团队〔是摆设吗|太业余|真该换人〕。",),
    _chat("news_comment_scammer_caught",
          "新闻说{city}警方抓获一个诈骗团伙，专门冒充客服骗老人，〔抓得好|这帮骗子该重判|大快人心〕！家里老人一定要提醒到位。",),
    _chat("news_comment_policy_discussion",
          "〔看了|刷到|{nick}转了〕关于延迟退休的讨论，说实话〔有点慌|心情复杂|压力山大〕，但也理解人口结构在变，希望配套政策能跟上，别让普通人太难。",),
    _chat("regional_food_banter",
          "南方人吃{dish}居然放糖？〔这不科学|我不能接受|灵魂拷问〕哈哈哈，不过各地口味不同挺有意思的，下次去{city}一定要尝尝正宗的。",
          "北方的朋友来{city}吃了一口{dish}，辣得〔当场去世|眼泪直流|怀疑人生〕，我们本地人觉得这才微辣😂"),
    _chat("regional_dialect_chat",
          "东北话“整”字真是万能，整点饭、整个活、整明白，{nick}说学了{count}天还没整明白哈哈，〔太好玩了|笑死我了|语言的魅力〕。",),
    _chat("gender_equal_discussion",
          "其实家务应该两个人一起分担，不是谁天生就该做饭带娃。我们家是谁先下班谁做饭，{count}年了也没吵过架，〔挺好的|推荐试试|相互体谅最重要〕。",),
    _chat("campus_forum_canteen",
          "学校食堂今天的{dish}〔难吃到怀疑人生|简直是黑暗料理|咸死人〕，阿姨手还抖，肉就{count}片，〔食堂承包商醒醒|吃不起也吃不下|泪目〕。",),
    _chat("stock_market_rant",
          "今天大盘又绿了，我的基金跌了{percent}%，〔韭菜本菜|割得我好疼|再也不追高了〕，〔心态崩了|我就是个大冤种|亏麻了〕。",),
    _chat("exam_season_support",
          "高考加油！考完了就把那些〔该死的|烦人的|折磨人的〕习题册都扔了吧哈哈，祝大家都考出好成绩{emoji}",),
)

# Real notices, reports and posts are long: these run to 250-500 characters.
_LONG_TEXTS = (
    _family("long_article_verify_lawyer", "app", "app",
            "【{outlet}·法律服务】收到“律师函”怎么辨真假？五步教你核实\n第一步，看落款：真实律师函由律师事务所出具，加盖律所公章，写明承办律师姓名和执业证号。第二步，查律师：登录司法行政机关的律师执业信息查询平台，输入姓名或执业证号，看是否“执业中”、所在律所是否一致。第三步，打电话：用查询平台上公布的律所电话回拨，而不是函件上留的手机号。第四步，看内容：律师函只是代表委托人表达立场，不具有强制力，更不会写“立即逮捕”“刑事拘留”。第五步，有疑问可拨打12348咨询。{lawfirm}{lawyer}提示：核实为真后，建议认真对待，及时与委托人沟通协商。",),
    _family("long_sms_complete_template", "sms", "sms_template",
            "【{brand}】尊敬的{name}：您于{date}申请的{product}借款（尾号{tail}）已逾期{days}天，截至今日欠款{amount}元（含逾期利息{part}元）。请于{due}前通过{brand}官方App“还款”页面或本司对公账户还款。如您目前有困难，可在App提交“还款帮扶”申请，我们将根据您的情况提供延期或分期方案。温馨提示：本司及受托机构不会要求您向任何个人账户转账，不会向您的亲友透露借款信息；逾期信息将依规报送征信。如对欠款有异议，请致电{hotline}。退订回T",),
    _family("long_bank_anti_fraud_announcement", "notice", "formal",
            "关于警惕冒充我司及公检法人员实施诈骗的公告\n近期，不法分子冒充{lender}工作人员或公检法人员实施诈骗，常见话术包括：一、“您的信用卡涉嫌洗钱，公安已立案，需将资金转入安全账户”；二、“您的贷款逾期已被法院起诉，缴纳保证金可撤诉”；三、“您的征信有污点，付费可以修复”；四、“我是负责您案件的律师，交代理费可免除债务”。我司郑重提示：我司及司法机关不会要求客户向任何“安全账户”转账，不会收取“撤诉费”“征信修复费”。如接到可疑来电，请挂断后拨打我司客服{hotline}或110核实。\n{lender}\n{date}",),
    _family("long_court_enforcement_explainer", "notice", "formal",
            "{court}执行局：关于执行措施的说明\n近来有群众咨询：“欠钱不还，是不是随时会被冻结、拘留？”现说明如下：强制执行以生效的法律文书为前提，由债权人向人民法院申请，法院立案后方可采取措施。执行中，法院可以依法查询、冻结、划拨被执行人的存款，扣留、提取收入，查封、扣押、拍卖财产；对有履行能力而拒不履行的，可以纳入失信被执行人名单、限制高消费；对拒不申报财产等妨害执行行为，可依法处以罚款、拘留。上述措施均由人民法院依法决定，任何催收机构、个人无权采取，也无权以此名义收费。\n{date}",),
    _family("long_consumer_rights_handbook", "app", "app",
            "《金融消费者权益保护手册·贷后篇》（{brand}编）\n1.您有权知道谁在联系您：催收人员应说明姓名、工号及所属机构。2.您有权拒绝不合理时间的来电：正常情况下我们仅在8:00-21:00联系您。3.您的信息受保护：我们不会向您的亲友、同事透露借款情况。4.您有权获得真实信息：逾期的后果是罚息、征信记录、可能的诉讼，不存在“坐牢”“抓人”。5.您有权申请协商：遇到困难可申请延期、分期。6.您有权投诉：拨打{hotline}或向监管部门反映。7.请勿向个人账户还款。8.请勿借新还旧。",),
    _family("long_complaint_investigation_letter", "notice", "letter",
            "投诉处理结果告知书\n编号：{ref}\n{name}：\n您于{date}反映，{agency}工作人员在电话中称“不还钱就去你老家找你父母”，并多次在晚间22点后来电。我司高度重视，调取了该时段全部录音。经核查：一、该工作人员确有上述不当言论，违反我司《催收行为规范》第六条；二、存在{count}次非合理时间来电。处理结果：一、该工作人员已被永久禁止从事我司业务；二、对{agency}扣减当月服务费并暂停派案{months}个月；三、您的账户即日起收回由我司直接服务，并为您减免逾期费用{part}元。对给您造成的困扰，我司诚挚致歉。如对处理结果不满意，您可向金融监管部门反映。\n{lender}消费者权益保护部",),
    _family("long_agency_public_commitment", "notice", "formal",
            "{agency}合规催收承诺书\n作为{lender}委托的账款服务机构，我司向社会公开承诺：一、不以暴力、威胁、恐吓、侮辱等方式催收，不称呼客户为“老赖”“骗子”；二、不冒充公检法、律师或政府工作人员；三、不向客户的亲友、同事、紧急联系人透露债务信息，联系第三方仅限请其转告回电；四、不在晚上21点至次日8点联系客户；五、不作出“坐牢”“影响子女上学”等虚假陈述；六、不诱导客户借新还旧或变卖财产还款；七、全程录音，接受委托方和监管部门检查。监督电话：{hotline}。\n{date}",),
    _family("long_hardship_programme_announcement", "notice", "formal",
            "{lender}关于推出“暖心帮扶计划”的公告\n为帮助遇到暂时困难的客户，我司自{date}起推出“暖心帮扶计划”。适用对象：因失业、重大疾病、家庭变故、自然灾害等原因导致还款困难的客户。帮扶方式：一、延期还款最长{months}个月，期间停止计收罚息；二、剩余欠款最长分36期偿还；三、对确有困难的客户，可减免部分利息。申请方式：在App“还款帮扶”提交申请及相关证明，3个工作日内答复。帮扶申请免费办理，我司未委托任何中介代办，请勿向任何机构或个人支付“协商费”。",),
    _family("long_call_full_lawful_flow", "call", "spoken",
            "坐席：您好，请问是{mr}吗？\n客户：是，哪位？\n坐席：您好，我是{brand}的客服{agent}，工号{agent_no}，本次通话会录音。为保护您的隐私，麻烦您报一下身份证后四位。\n客户：{tail}。\n坐席：谢谢。您在{product}的借款已经逾期{days}天，目前待还{amount}元。想了解一下您这边是遇到什么情况了吗？\n客户：上个月公司裁员，我现在还没找到工作。\n坐席：理解，这个情况确实不容易。我们有失业客户的帮扶政策，可以先延期{months}个月，期间不计罚息，您找到工作后再按新的计划还。需要您在App上传一下离职证明。\n客户：好，我今天传。\n坐席：好的，我这边先给您备注，审核期间我们不会再打电话打扰您。祝您早日找到合适的工作。",),
    _family("long_robot_full_menu_script", "call", "robot_script",
            "坐席：您好，这里是{brand}智能客服，本通话将被录音。请问您是{mr}本人吗？是请按1，不是请按2。\n客户：（按1）\n坐席：感谢确认。您的{product}账单已逾期{days}天，待还金额{amount}元。逾期期间将按合同计收逾期利息，逾期信息将依规报送征信。今天能够还款请按1；需要延期或分期请按2；对账单有疑问请按3；如您正在住院、失业等特殊情况请按4，我们将为您转接帮扶专员。\n客户：（按4）\n坐席：好的，正在为您转接帮扶专员，请稍候。",),
    _family("long_email_restructuring_offer", "notice", "letter",
            "发件人：{brand}贷后服务中心\n收件人：{name}\n主题：您的还款重组方案（请于{due}前确认）\n\n{name}您好：\n根据您{date}提交的还款困难说明，我们为您拟定了以下方案，供您选择：\n方案A：延期{months}个月后，按原利率分24期偿还剩余本金{amount}元；\n方案B：即日起分36期偿还，每期约{part}元，免除已产生的罚息；\n方案C：一次性结清，减免全部罚息及部分利息（以系统计算为准）。\n请在App“我的方案”中选择并确认，或直接回复本邮件。方案执行期间，我们只通过邮件和短信提醒，不再电话联系。如以上方案都无法承受，请告诉我们您每月能承受的金额，我们会再评估。\n{brand}贷后服务中心",),
    _family("long_forum_post_debt_recovery", "app", "app",
            "【经验帖】负债{amount}到上岸，写给还在焦虑的你\n去年我同时欠了{count}家，每天睁眼就是还款提醒。最崩溃的时候，有催收说要打给我爸妈，我查了规定才知道这是违规的，打了投诉电话以后就再没出现过。我做对的几件事：一是彻底停掉所有新借款，不再以贷养贷；二是把每家的欠款、利率列成表格，挨个打官方客服申请分期；三是不信“代理协商”“征信修复”的中介，他们只想收你的钱。现在还剩最后{months}期。欠钱要还，但你不必被吓唬，也不必躲。加油{emoji}",),
    _family("long_lawyer_letter_credit_card", "notice", "letter",
            "律师函\n（{letter_no}）\n{name}先生/女士：\n{lawfirm}接受{lender}的委托，指派{lawyer}律师（执业证号{licence}）就您尾号{tail}信用卡欠款事宜致函如下：经委托人提供的对账单显示，截至{date}，您的信用卡欠款本金及利息合计{amount}元，已逾期{days}天。根据《商业银行信用卡业务监督管理办法》及领用合约，持卡人应按时足额还款。委托人愿意在依法合规的前提下与您协商个性化分期。请您于{due}前与委托人或本所联系。若协商不成，委托人将依法向人民法院提起民事诉讼。如您对欠款有异议，请书面提出并附相关证据。\n本所地址及电话可在司法行政机关官网查询核实。\n{lawfirm}\n{date}",),
    _family("long_news_ai_compliance_quality", "notice", "formal",
            "{outlet}｜走进催收“质检室”：每一通电话都要过“红线词”\n记者{reporter}近日走访{city}一家持牌消费金融公司的贷后中心。墙上的大屏实时显示通话质检结果，系统会标记“坐牢”“爆通讯录”“上门”等红线词。质检负责人介绍，一旦发现催收员说出“再不还就通知你单位”之类的话，录音会被立即调出复核，当事员工停岗培训。“现在考核的不是回款率单一指标，而是合规和客户投诉率。”该公司还为困难客户设置了专门的帮扶通道。专家表示，科技手段有助于规范催收，但更关键的是机构的合规文化。",),
)

_LONG_CHATTER = (
    _chat("long_chatter_travel_rant",
            "【游记吐槽】{city}三日游，说说踩过的坑。第一天，网上订的民宿跟照片完全两码事，床单一股怪味，老板还理直气壮说“都这样”。第二天去了那个网红景点，门票贵得离谱，里面全是卖纪念品的，人挤人挤得我差点窒息，拍照根本没法拍。第三天吃了号称百年老店的{dish}，咸得要命，服务员爱答不理。总结：〔这趟旅行就是个大型翻车现场|钱花了罪受了|我真是被攻略坑惨了〕。不过同行的朋友很有趣，一路上互相吐槽笑得肚子疼，也算值了。",),
    _chat("long_chatter_game_review",
          "【{game}深度评测】玩了{count}小时，说点真心话。画面：确实顶，光影效果杀疯了。剧情：前半段还行，后半段〔烂得离谱|狗血得要命|编剧怕不是换人了〕，主角的动机莫名其妙。战斗：手感不错，但BOSS数值〔变态到离谱|纯纯逼氪|设计得像在骂玩家〕，不充钱基本打不过。优化：〔稀烂|一坨|卡成幻灯片〕，中端机开最低画质都掉帧。总体{star}星半，情怀党可以冲，普通玩家〔等打折吧|别当冤大头|慎入〕。"),
    _chat("long_chatter_phone_review",
          "用了{count}天的新手机，来交作业。外观是真好看，拿在手里很有质感。但是！续航〔烂到离谱|就是个笑话|简直要命〕，早上满电出门，下午三点就红了；拍照白天还行，晚上〔糊成一坨|噪点多得吓人〕；最气人的是系统广告，连设置里都有推荐，〔我真是服了|垃圾设计|吃相太难看了〕。客服的回复永远是“建议您恢复出厂设置”。这价格买这体验，我只能说〔交了智商税|下次再也不冲首发了|自己选的手机含泪也要用完〕。"),
)

_LONG_TEXTS_MORE = (
    _family("long_police_case_bulletin_fake_collector", "app", "app",
            "【{police}·以案说法】“我是{city}经侦大队的，你的网贷逾期已经涉嫌诈骗，今天不处理就发通缉令。”{date}，市民吴女士接到这样一通电话，对方准确报出了她的姓名和借款平台，随后发来一张盖着“公安局”红章的“立案决定书”，要求她先交{fee}元“保证金”。吴女士将信将疑拨打110，民警告诉她：公安机关不会为网贷逾期电话办案，更不会收取保证金；借款逾期属于民事纠纷，只能由债权人依法协商或起诉。警方提醒：遇到自称警察的来电，挂断后拨打110核实；个人信息泄露的，可向我局报案。",),
    _family("long_lender_statement_impostor_collectors", "notice", "formal",
            "{lender}关于不法分子冒用我司名义催收的严正声明\n近期，我司接到多名客户反映，有人冒用我司或“{brand}法务部”“{brand}风控中心”名义，通过电话、短信向客户催收，称“已向法院提交起诉材料，三日内不还款将冻结全部银行卡并上门执行”，并要求客户向个人账户转账。对此，我司严正声明：一、我司仅通过官方App、对公账户收款；二、我司是否起诉将以书面方式提前告知，冻结、执行只能由人民法院依法决定；三、上述行为涉嫌诈骗，我司已向公安机关报案。如遇可疑联系，请拨打我司唯一客服热线{hotline}核实。\n{date}",),
    _family("long_sms_third_party_agency_intro", "sms", "sms_template",
            "【{brand}】{name}您好：受{lender}委托，{agency}将自{date}起就您尾号{tail}的借款与您联系，委托期至{due}。我方工作人员将主动告知姓名和工号，仅在8:00-21:00联系您本人，不会联系您的亲友、同事，不会要求您向个人账户付款。您当前待还{amount}元，可在{brand}官方App还款，或申请延期、分期。如对我方身份或催收行为有疑问，请致电委托方客服{hotline}核实、投诉。退订回T",),
    _family("long_letter_pre_litigation_with_rights", "notice", "letter",
            "诉前告知书\n函号：{letter_no}\n{name}：\n您在{lender}的借款已逾期{days}天，截至{date}尚欠本金{amount}元及相应利息。鉴于多次提醒未果，我司拟向{court}提起民事诉讼。现将有关事项告知如下：一、起诉前，您可申请诉前调解，调解自愿、免费；二、起诉后，是否立案、如何判决由人民法院依法决定，您依法享有答辩、举证等诉讼权利；三、案件受理费等诉讼费用的负担，由法院依法判决；四、本告知书不是法院文书，也不产生任何强制效力。如您希望协商，请于{due}前致电{hotline}。\n{lender}\n{date}",),
    _family("long_wechat_article_collection_rights", "app", "app",
            "【{brand}公众号】被催收时，你有哪些权利？\n很多用户问：逾期后接到催收电话，对方说什么都得听吗？当然不是。第一，你有权确认对方身份，合规的催收员会报出姓名、工号和委托机构，你可以挂断后通过官方渠道核实。第二，你有权拒绝骚扰，夜间来电、一天几十个电话都属于违规。第三，你有权要求对方停止联系你的家人、同事。第四，你有权获得真实信息，“坐牢”“上门抓人”“影响孩子考学”都是不实说法。第五，你有权申请协商。当然，权利之外也有义务：借款需要按约归还，主动沟通是最好的办法{emoji}",),
    _family("long_spoken_lawyer_real_call", "call", "spoken",
            "坐席：您好，请问是{mr}吗？我是{lawfirm}的{lawyer}，执业证号{licence}。我受{lender}的委托，就您借款的事情跟您沟通。先说明一下，我是律师，不是法院，也不是警察，我这通电话也不代表任何处罚。您可以先在司法行政机关的网站上查一下我的执业信息，再通过律所座机回拨。\n客户：我确实欠了钱，但是现在真还不上。\n坐席：理解。委托人这边的意思是愿意先协商，不想走诉讼，诉讼对双方都有成本。您如果有困难，可以把收入情况和证明材料发给我，我帮您跟委托人争取分期或者减免罚息。\n客户：好，我整理一下。\n坐席：好的，不着急，您整理好了联系我。",),
    _family("long_community_lecture_manuscript", "notice", "formal",
            "{district}“金融知识进万家”宣讲稿（节选，{date}）\n各位居民朋友〔|，大家好〕，今天跟大家聊聊借钱和还钱。先说两句骗子常说的话：“你的贷款逾期了，不交钱就抓你去坐牢”“你的征信黑了，交钱我们帮你洗白”。这两句话，前一句是冒充公检法，后一句是征信修复骗局，大家听到就挂。再说正规机构会怎么做：会发短信、打电话提醒还款，会告诉您逾期记录要报送征信，长期不还可能依法起诉。这些是真实的后果，也是正当的做法。最后一句话：量入为出，借钱前想清楚怎么还；还不上时，主动找机构协商，别去借高利贷、别借新还旧。",),
    _family("long_email_agency_termination", "notice", "letter",
            "发件人：{lender}贷后管理部\n主题：关于终止与{agency}合作的通知\n\n{name}：\n您好！经核查，我司原委托的{agency}在为您提供账款提醒服务期间，存在向您的紧急联系人透露借款信息、在夜间频繁来电等违规行为。我司已于{date}终止与该机构的合作，并要求其删除您的全部个人信息。自即日起，您的账户由我司内部团队直接服务，联系人{agent}，电话{hotline}。您当前待还{amount}元，我们同时为您减免了逾期期间的罚息{part}元，以示歉意。如您仍接到该机构来电，请告知我们。\n{lender}贷后管理部",),
)

_LONG_CHATTER_MORE = (
    _chat("forum_post_renovation_disaster",
          "【装修避坑】说说我家装修被坑的全过程。签合同的时候设计师说得天花乱坠，结果开工以后工期一拖再拖，说好{count}天完工，硬生生拖了三个月。水电师傅把插座装歪了，瓷砖空鼓一大片，找他们返工，项目经理永远在“路上”。最离谱的是增项，这也加钱那也加钱，最后比预算多了{percent}%。〔真的气到想哭|我这辈子都不想再装修了|血压直接拉满〕。给大家的建议：合同写细、分期付款、每个节点自己验收，别信口头承诺。"),
    _chat("group_chat_weekend_plan",
          "{nick}：周末去不去爬山？\n〔老王|阿杰|小雨〕：去啊，上次爬到一半你就〔怂了|跑路了|喊着要坐缆车〕，这次别丢人哈哈\n{nick}：滚滚滚，这次我带了登山杖\n〔小美|大刘|阿强〕：你们两个〔菜鸡|活宝|冤家〕别吵了，早上七点地铁站集合，迟到的请吃{dish}！"),
    _chat("live_comment_variety_show",
          "弹幕：哈哈哈哈这个嘉宾〔太憨了|笑死我了|是来搞笑的吧〕\n弹幕：{show}这期〔节目组是魔鬼吧|游戏规则太离谱|剪辑师加鸡腿〕\n弹幕：〔救命|我不行了|前方高能〕 又掉水里了\n弹幕：这综艺〔比上一季好看多了|越来越水|全靠嘉宾撑着〕"),
    _chat("comment_section_recipe",
          "按博主的方法做了{dish}，〔翻车了|失败了|成功了一半〕，是我手残还是步骤有问题？火候根本掌握不了，锅底都糊了，〔我是厨房黑洞本洞|家人吃完沉默了|狗都摇头〕。不过调料配比确实不错，下次再试一次。"),
    _chat("fitness_gym_rant",
          "健身房的私教〔太会推销了|一直让我办卡|嘴巴比肌肉还练得好〕，我就想安安静静练个腿，他在旁边说了{minutes}分钟课程优惠，〔烦死了|我人都麻了|差点就被洗脑了〕。练完腿今天下楼梯像只企鹅，〔腿废了|明天怕是起不来|痛并快乐着〕。"),
    _chat("parent_teacher_group_joke",
          "今天儿子回家说数学考了{count}分，我问他怎么回事，他说“题太难了，不是我笨”。我看了一眼卷子，〔差点气晕过去|血压直冲天灵盖|深吸了十口气〕，全是计算题粗心错的。算了，亲生的，〔不生气不生气|明天开始每天练二十道|自己的娃自己哄〕。"),
)

FAMILIES: tuple[Family, ...] = (
    _ANTI_FRAUD_QUOTES + _NEWS_AND_ADVICE + _LETTERS_AND_EMAILS + _CONTRACT_MEASURES + _ENFORCEMENT_AFTER_JUDGMENT
    + _NEW_LOAN_WARNINGS + _DIALECT_SERVICE_CALLS + _THIRD_PARTY_ONLY_CALLBACK + _DEPLOYED_SMS + _ROBOT_KEYPAD
    + _APP_AND_WECHAT + _SPOKEN_ASR_CALLS + _COMPLAINTS_HARDSHIP_VISITS + _TRADITIONAL_REAL + _LONG_TEXTS + _LONG_TEXTS_MORE
)
CHATTER_FAMILIES: tuple[Family, ...] = (
    _CHATTER_REVIEWS + _CHATTER_SPORTS_GAMES + _CHATTER_DAILY + _CHATTER_NEWS_AND_REGION + _LONG_CHATTER
    + _LONG_CHATTER_MORE
)


# --- generation ---------------------------------------------------------------------------------------

def _text(family: Family, rng: random.Random) -> str:
    """One filled text: this module's slots, then lawful_more.py's, then lawful.py's `_fill` (its slots,
    choices, call openings); traditional families converted last."""
    mine, more = _real_slots(rng), _more_slots(rng)
    templates = tuple(t.format_map(mine).format_map(more) for t in family.templates)
    text = _fill(replace(family, templates=templates), rng)
    return registers.transform(text, "traditional", rng) if family.name in _TRADITIONAL else text


def generate(rng: random.Random) -> list[dict]:
    """Up to SAMPLES_PER_FAMILY distinct samples of every family, in family order."""
    return samples_of(FAMILIES + CHATTER_FAMILIES, MODULE, rng, _text, SAMPLES_PER_FAMILY)


if __name__ == "__main__":
    _print_counts(generate(random.Random(0)))
