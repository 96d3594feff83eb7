"""The legal, impersonation and rollover packs on whole messages, through the context pass: the shapes said in few
words (a relation made liable, detention as the certain end of a condition, a signature alone, rollover said softly)
and the lawful texts of the same shapes that must stay clean (a court's process with its conditions, a real court's
hearing notice, a lender's own letter to an employer, a relief that freezes interest)."""
import pytest

from audit.analysers.wording import WordingAnalyser
from audit.message import Message

LEGAL, IMPERSONATION, ROLLOVER = "misleading.legal", "misleading.impersonation", "coercion.debt_rollover"


def categories(wording_rules: WordingAnalyser, text: str, recipient: str = "debtor") -> set[str]:
    message = Message("m1", "c1", "sms", text=text, recipient_type=recipient)
    return {finding.category for finding in wording_rules.analyse(message)}


@pytest.mark.parametrize("text, category", [
    # legal claims in few words
    ("致借款人家属：依规定，家属对借款人的欠款负有连带还款责任，请于七日内代为还清。", LEGAL),
    ("你是他留的联系人，法院到时候会把你一并列为被告，你自己考虑。", LEGAL),
    ("材料已经交上去了，下周二开庭，不到庭将被拘传。", LEGAL),
    ("今晚八点前不还款，将对你执行司法拘留。", LEGAL),
    ("您的分期已严重逾期，您已被列入出境限制名单。", LEGAL),
    ("这点钱拖到现在，判你个两三年都不稀奇。", LEGAL),
    ("台端積欠款項已構成詐欺罪，本公司已向地檢署提出告訴。", LEGAL),
    ("你那孩子以后要考军校的吧？这个记录一挂，你孩子前途就毁了。", LEGAL),
    # a criminal stage, the police coming, a label, a generated document, an invented stage, a student's papers
    ("你的案子已经转到刑侦那边，自己掂量。", LEGAL),
    ("你这个已经报上去了，过两天派出所就会来人找你。", LEGAL),
    ("拖过三个月就会被定性为恶意逃债。", LEGAL),
    ("系统已生成您的逮捕申请，今晚自动提交。", LEGAL),
    ("您的账户已进入失信审查阶段，请尽快处理。", LEGAL),
    ("逾期信息已通报学校，你的学籍将被冻结。", LEGAL),
    ("再不还，你爸妈的存款也会被一起冻结。", LEGAL),
    ("逾期满三个月将注销你的户口。", LEGAL),
    ("你这个拒不还款就是拒执罪，三到七年。", LEGAL),
    ("您作为借款人的联系人，需对其欠款承担连带还款责任。", LEGAL),
    # impersonation by a signature alone, simplified and traditional
    ("【北岭区人民检察院】孙*：你名下借款已逾期九十天，请三日内联系承办人处理欠款。", IMPERSONATION),
    ("【香港警務處】陳生，你涉及一宗財務公司欠款，請即致電本處跟進。", IMPERSONATION),
    ("【南沙区人民法院】孙*，你的借款纠纷已受理，请于三日内联系书记员处理。", IMPERSONATION),
    ("【西岭仲裁委员会】孙*，你的借款纠纷已裁决，否则依法拘留，请今日履行。", IMPERSONATION),
    ("孙*，你那笔网贷的事我们都记着，自己掂量。——南岭市公安局西湖分局", IMPERSONATION),
    ("律师信 孙小姐：本所受某财务委托，请七日内清还欠款。陈律师（某财务法务专员）", IMPERSONATION),
    ("【最高法执行信息公开网】孙先生，您已被列为失信被执行人，请立即还清欠款。", IMPERSONATION),
    ("【南岭市劳动监察大队】你欠银行的信用卡请尽快还上，本队已记录。", IMPERSONATION),
    ("呢度係司法警察局，你嘅網貸案已轉交我哋，請即日還款。", IMPERSONATION),
    ("我现在是以区法院工作人员的身份正式通知你，今天必须处理。", IMPERSONATION),
    ("主题：立案告知 发件人：某区人民检察院 孙*：你名下网络借款长期逾期，请三日内结清。", IMPERSONATION),
    ("律师函 孙*：本律师受债权人委托通知你，公安机关已受理，限三日内还清，否则将被网上追逃。", IMPERSONATION),
    # rollover said softly
    ("如资金紧张，建议您向其他金融机构申请一笔消费贷款，优先结清本账户。", ROLLOVER),
    ("您可以用名下车辆去做个抵押，今天凑齐就能停催。", ROLLOVER),
    ("你那间铺面转让出去也有几万吧，转了先把钱还了。", ROLLOVER),
    ("你才二十几岁，卖几次血也就够了。", ROLLOVER),
    # rollover dressed as a tip or as help
    ("您在其他平台还有可用额度，建议提取出来先还这期。", ROLLOVER),
    ("几个借钱APP都申请一下，能下多少下多少，轮着来就不逾期了。", ROLLOVER),
    ("额度已冻结，为您推荐某某借，三分钟到账，借款还清账单即可恢复。", ROLLOVER),
    # the posed twins of the seventh round's genuine senders: a licence number not in the bar's form, an officer who
    # speaks as himself
    ("律师函 孙*：本律师（执业证号：2018110）已代表平台向公安机关报案，请48小时内还清。", IMPERSONATION),
    ("我是办案民警，你的网贷案子现在归我管，今天必须处理。", IMPERSONATION),
    ("你那辆车不如卖了，二手车商我给你介绍，卖完先还我们。", ROLLOVER),
    ("小伙子去做个试药的也能挣几千，先把账平了。", ROLLOVER),
    ("没钱就去隔壁小贷先借一笔过个桥，这期先填上。", ROLLOVER),
    ("您的逾期可以通过以房抵贷解决，当天放款。", ROLLOVER),
    ("你爸妈不是有存款吗，先拿出来帮你把这期平了。", ROLLOVER),
    ("你那张信用卡还有额，刷一下先还我们。", ROLLOVER),
    # the second round's shapes: the next visit the police's, a wanted notice issued, a terse filing, a spouse's duty,
    # a contact deemed a guarantor, a crime the code does not know; rollover offered as the lender's service or a tip
    ("这回是我们来，下回上门的就是派出所了。", LEGAL),
    ("通缉令已经签发了，你跑不了。", LEGAL),
    ("某某借：案件已立案，速处理。", LEGAL),
    ("你作为他的老婆，有责任帮他还款。", LEGAL),
    ("再联系不上，公司就视为你是共同还款人。", LEGAL),
    ("你一直失联，已经构成恶意失联罪了。", LEGAL),
    ("某某花合作平台可为逾期客户提供应急资金，先把欠款结清。", ROLLOVER),
    ("征信花了也能借，额度当天下来，把这边的欠款还上。", ROLLOVER),
    ("我认识个兄弟放贷款的，利息不高，先把这边还了再说。", ROLLOVER),
    ("您可以先动用借呗额度还款，避免逾期记录。", ROLLOVER),
    ("戒指拿去典当行押了，欠款今天就能还上。", ROLLOVER),
    # the third round's shapes: custody said to be coming, a filing counted down, the family's account frozen, a
    # crime charge for complaining; units no court or bar has; rollover as a credit line or asset named first, a sale
    # or pledge to clear, a loan applied for or a lender introduced
    ("案子性质已经变了，这两天就有人上门带你走。", LEGAL),
    ("你的名字已经联网，坐高铁住酒店都会被当场扣留。", LEGAL),
    ("你的逾期已被法院系统锁定，立案倒计时还有两天。", LEGAL),
    ("诉讼后法院将一并冻结您爱人名下的账户。", LEGAL),
    ("你再去投诉，我们就以诽谤罪向派出所举报你。", LEGAL),
    ("录入数据库以后，你这辈子都不能出国。", LEGAL),
    ("【某某分期·司法协调中心】您的欠款已转入司法协调程序，请联系周主任处理。", IMPERSONATION),
    ("【鼎信法务律师团】你的借款纠纷已受理，今日内联系承办律师结案。", IMPERSONATION),
    ("我们是县里扫黑办的，你欠某某小贷的钱赶紧还上。", IMPERSONATION),
    ("传票 被传唤人：孙* 请于周一到第三法庭应诉。如已还款请联系：刘专员。", IMPERSONATION),
    ("你那个花呗不是还有额度吗，先拿来把我们这边顶上。", ROLLOVER),
    ("你那间门面转出去，不就有钱还了嘛。", ROLLOVER),
    ("给你介绍个朋友，他那边能借，先把这期平了。", ROLLOVER),
    ("还款紧张？扫码申请某某借，最快五分钟放款，先还清这笔。", ROLLOVER),
    # the fourth round (a debt buyer's archive): a court's steps foretold as a chain, the court's powers in the
    # collector's hands, a summons on its way, a state step waived for paying, a contact made guarantor by the entry
    ("债权已经卖给我们了，接下来就是起诉，起诉就判，判了就抓。", LEGAL),
    ("你别拖了，下礼拜法院就判，判完就是拘留。", LEGAL),
    ("我们已经启动了对你名下车辆和存款的查控，结束后直接拍卖。", LEGAL),
    ("法院的传票已经在路上了，保持电话畅通。", LEGAL),
    ("明天去队里说明情况，今天把欠款还上就可以免于到队。", LEGAL),
    ("联系人写的是您，您就是他的担保人，他不还就得您还。", LEGAL),
    ("全家都上黑名单，你爸妈坐火车都坐不了。", LEGAL),
    # … a county bureau signing on top, a court signing at the foot with no case, a lawyer's title as a nickname, a
    # mediator wearing a court's appointment
    ("【某县住房保障局】你的装修贷已逾期，请立即到银行还款。", IMPERSONATION),
    ("通知 孙*：请于三日内归还某某小贷借款五千元。 某某镇人民法庭", IMPERSONATION),
    ("您也可以叫我李律师，我们法务部就是律所。", IMPERSONATION),
    ("【债务纠纷调解中心·法院特邀】您好，请于三日内回电协商欠款。", IMPERSONATION),
    # … new credit offered to pay us, a sale's proceeds put to the debt
    ("钱不够就去那几个平台申请，秒批，下了款直接转我们。", ROLLOVER),
    ("你不是有保单吗？退保的钱正好还账。", ROLLOVER),
    ("你那块表值点钱，二手店回收挺快的。", ROLLOVER),
    # … batch BD's templates and the older sets' forms: the debtor's status dated, leniency for paying the platform,
    # the police at the workplace, a summons sent there, a card drawn on to pay us, jewellery to the gold shop
    ("您明天不还，后天就是被告，大后天就是被执行人。", LEGAL),
    ("你今天把钱还给平台，我们这边可以不追究。", LEGAL),
    ("你再拖，警察就去你单位带人。", LEGAL),
    ("传票会寄到你的工作单位和村委会。", LEGAL),
    ("实在没钱，你信用卡不是还能取现吗，先取出来把我们这笔还了。", ROLLOVER),
    ("你把老婆那条金项链拿去金店回收一下，先把这个月结了。", ROLLOVER),
    # the court's coercive act dated or made automatic
    ("再拖一天，后天法院就来搬你家电器。", LEGAL),
    ("执行局下周一上门查封，你自己看着办。", LEGAL),
    ("您的逾期已满三十天，平台已自动向法院提交起诉。", LEGAL),
    ("这种小案子不需要开庭，直接就判了。", LEGAL),
    # the money source pointed out in few words
    ("你那台货车卖了不就有钱了嘛。", ROLLOVER),
    ("手头紧就去找放水的拆一点，先把这期平了。", ROLLOVER),
    ("现在能下款的口子多的是，今天凑齐。", ROLLOVER),
    # the sixth round's: a prison term or a cell for the reader, a crime given its term, a wanted notice applied for,
    # the police said to hold the case, a suit bound to detention, cuffs at the door, a summons dated, court and
    # collector at the door together, the pledged land taken without a court, relations' benefits cut off
    ("如仍不还款，法院将判处你有期徒刑。", LEGAL),
    ("看守所那边已经给你腾出了床位，自己想清楚。", LEGAL),
    ("我司已申请法院对你发出通缉令，躲到哪都没用。", LEGAL),
    ("你这个情况经侦那边已经备了案，等着吧。", LEGAL),
    ("你老婆作为共同还款人也会一起被起诉拘留。", LEGAL),
    ("过两天就有人来铐你，别说没提醒。", LEGAL),
    ("下周传票直接送到你单位，你看着办。", LEGAL),
    ("法院的人跟我们的人明天一起去你家。", LEGAL),
    ("逾期不还，你家的牛棚和承包地由我社直接收走，不用经过法院。", LEGAL),
    ("您已触发联合惩戒，全家人的医保卡将同步停用。", LEGAL),
    # … a regulator's or credit bureau's signature addressing the debtor, a court's signature naming the lender's
    # debt, a consultancy signing with a lawyer's title
    ("【银保监催收协调中心】您好，您的网贷逾期已登记在案，请速还款。", IMPERSONATION),
    ("【东岭区人民法院】孙*，你欠某某消费金融的款项至今未清，请速处理。", IMPERSONATION),
    ("【恒远商务·刘律师】孙*，某某银行已将您的欠款交给我处理，请回复。", IMPERSONATION),
    # … a new loan taken to pay this one, a relation's credit turned into the money, relations or the foreman to
    # borrow from, goods hauled to market
    ("资金紧张可在合作平台申请新借款先行还款。", ROLLOVER),
    ("你儿子不是上班了吗，叫他开张信用卡给你刷了还上。", ROLLOVER),
    ("工资没发就找工头先预支，这个月必须还。", ROLLOVER),
    ("家里那几头猪拉去卖了，钱先还上。", ROLLOVER),
])
def test_shapes_said_in_few_words_are_found(wording_rules: WordingAnalyser, text: str, category: str) -> None:
    assert category in categories(wording_rules, text)


@pytest.mark.parametrize("text, category", [
    # the law with its conditions, or a relation who owes nothing
    ("开庭请按时到庭，缺席的，法院可能依法缺席判决。", LEGAL),
    ("您作为紧急联系人无需承担任何还款责任，只请您转告。", LEGAL),
    ("只有担保人才承担还款责任，您的家人不受影响。", LEGAL),
    ("逾期不履行的，本行将依法申请强制执行，法院可依法采取查封等措施，并可将您纳入失信被执行人名单。", LEGAL),
    ("您提交的困难证明已收到，账户已冻结罚息三个月。", LEGAL),
    ("您预留的手机号已停机，请通过APP更新联系方式。", LEGAL),
    ("协查函 致：某某物流有限公司人事部 贵司员工刘*在我司借款已逾期，烦请转告其与我司联系。 某某小贷有限公司", LEGAL),
    ("警情通报：犯罪嫌疑人赵某在催收中冒用法院名义发送短信，已被依法刑事拘留。", LEGAL),
    ("【某分期】您的账户已冻结新增借款功能，还清后即可恢复，原还款计划不变。", LEGAL),
    ("您提到担心影响孩子上学，普通逾期不会影响孩子入学。", LEGAL),
    ("只有以非法占有为目的、经两次有效催收仍不归还的，才可能被认定为恶意透支。", LEGAL),
    ("谨防冒充公安、称要上门抓人的电话，普通逾期不会进入刑事程序。", LEGAL),
    # a real court's notice, a body's own warning, a lender that mentions the credit registry
    ("【南沙区人民法院】孙*，您与某消费金融借款合同纠纷一案定于12月8日9时开庭，请准时到庭。", IMPERSONATION),
    ("【北岭公安分局】警情通报：有人冒用法院名义群发催收短信，请群众提高警惕。", IMPERSONATION),
    ("【某消费金融】您的账单已逾期。逾期记录将依法报送中国人民银行征信中心，请尽快还款。", IMPERSONATION),
    ("仲裁提醒：仲裁委员会是民间性质的机构，不能采取冻结、拘留等强制措施。", IMPERSONATION),
    ("法院传票已经寄出，开庭当天不还款直接拘留。", IMPERSONATION),
    ("致保证人函（律师代发） 孙先生：某某律师事务所受某某小贷委托，请于十日内与委托人联系履行保证义务。", IMPERSONATION),
    ("您的逾期案件两小时后将自动推送至辖区派出所。", IMPERSONATION),
    ("【12368】某区人民法院：某某诉您借款合同纠纷一案已立案，请登录人民法院在线服务查看应诉材料。", IMPERSONATION),
    ("省金融监管局：借款逾期属于民事纠纷；任何机构不得以我局名义催收，发现可拨打12378举报。", IMPERSONATION),
    ("那不是我们平台的人，我们也没有委托任何人以法院名义联系您。", IMPERSONATION),
    ("您已被列入本平台的失信用户名单，将无法再次借款。", LEGAL),
    ("你说想把车押了还钱，先别急，公司可以给你延期一个月。", ROLLOVER),
    # a lender that recommends no other loan, a sale left to the debtor
    ("如周转困难，可回复FQ申请分期，本平台不会推荐您借款还款。", ROLLOVER),
    ("如您有意出售名下车辆自行筹款，请知悉本公司不会要求或安排任何资产处置。", ROLLOVER),
    ("您这辆车是挂在您岳父名下的吧，过户手续会复杂一点。", ROLLOVER),
    ("你不是说下月车卖了就有钱吗？那我给你登记下月二十号还款。", ROLLOVER),
    ("您提到想用另一张卡的额度来还，这样利息会更高，我们可以先给您办延期。", ROLLOVER),
    ("合规培训：不得向客户推荐其他借款产品，不得建议客户变卖房产。", ROLLOVER),
    ("您在我社的借款将于月底到期，如有困难可申请延期。某某农村信用合作社", ROLLOVER),
    ("你不是有房子吗？千万别为了还我们去卖房，我们可以给你延期。", ROLLOVER),
    ("刑法里并没有什么逃避债务罪，逾期是民事纠纷，请与我们协商。", LEGAL),
    ("催收方无权把联系人认定为担保人，您无需替他还款。", LEGAL),
    ("温馨提示：依据最高人民法院有关规定，判决生效后拒不履行的才会被纳入失信名单。", IMPERSONATION),
    ("他以前到处借钱不还，现在我们只想和他本人协商分期。", ROLLOVER),
    ("千万别碰那些无视逾期的贷款广告，有困难直接申请延期。", ROLLOVER),
    ("关于您质疑的“上门费”，经核实本平台不收取此项费用，如有人收费请拒绝。", ROLLOVER),
    ("【某分期】官方只通过APP和对公账户收款，任何让您转到个人账户的都是骗子。", ROLLOVER),
    # the third round's lawful twins: a door the collector could open, a field visit asked for a time, a parent's duty
    # to bring up a child, a reply to a firm, the firm the lender instructed, an office answering a question, the
    # debtor's own sale awaited, the loan taken with the lender itself
    ("你换了门锁也没用，我们要进去的话不难。", LEGAL),
    ("我是外访专员，明天想按登记地址上门核实车辆情况，您看时间方便吗？", LEGAL),
    ("作为父母，你们应当承担教育责任，请劝他尽快还款。", LEGAL),
    ("复函 某某律师事务所周律师：来函收悉，我司已暂停对您当事人的一切催收，后续仅与贵所沟通。催收专员 小刘", IMPERSONATION),
    ("您的账户已委托某某律师事务所进行催告，律所和承办律师信息可在委托公示页面查询。", IMPERSONATION),
    ("法律援助中心答复：您咨询的网贷逾期属于民事纠纷，催收方无权扣押您的证件。", IMPERSONATION),
    ("大姐，等菜卖了钱再还也行，您定个日子我给您记上。", ROLLOVER),
    ("致某某公司人事部：贵司员工孙*于我司办理信用贷款，已逾期三个月，烦请转交随附函件。", ROLLOVER),
    # the fourth round's lawful twins: the creditor that applies to the court, the law with its conditions, a
    # debtor's lawyer writing to the collector, the debtor's harvest, a pawn's loan, the lender's own product and
    # disbursement
    ("胜诉后我司将依法申请法院强制执行，法院可依法查控被执行人财产。", LEGAL),
    ("判决生效后仍不履行的，法院可以依法采取拘留等措施。", LEGAL),
    ("律师函（回复） 某某资产管理有限公司： 本律师受孙某委托，就贵司催收事宜回复如下：请贵司提供原始借款合同。 律师：方某", IMPERSONATION),
    ("你那片果园今年收成不错，卖了果子先还一部分，剩下的我给你做个计划。", ROLLOVER),
    ("您在本典当行的当金已到期，请于五日内续当或赎回。", ROLLOVER),
    ("使用某某分期不另收手续费，请按时缴纳账单。", ROLLOVER),
    ("您的借款已放款成功，请按时还款。", ROLLOVER),
    # … classmates asked to chip in (pressure on them), a debt already run up told to a spouse, a debtor's lawyer to
    # the lender's desk, the debtor's own report to the police, a rumour called nonsense
    ("你们同学之间凑一凑，帮她把这两千块还了。", ROLLOVER),
    ("你老婆在外面借了三万网贷，你知道吗？", ROLLOVER),
    ("律师函 某某分期客服部：本律师代理借款人孙某，申请暂停催收并协商延期。 律师 周某", IMPERSONATION),
    ("我就问一句，催收说要曝光我，这正规吗？我已经报警了。", LEGAL),
    ("网上那些说逾期会坐牢的都是瞎说的，普通借款是民事纠纷。", LEGAL),
    # the fifth round's: the debtor's produce sold, relations told to pool it together, a guarantor asked to tide
    # over, a plan dissuaded, cash-out as the accusation, a line gone dead, the reassurance after a child's school, a
    # lender's own 失信 page, a collector's document claim (legal, not a body's voice)
    ("你家那批橙子卖出去没？回款了先还一期就行。", ROLLOVER),
    ("你们兄弟几个凑一凑，这事就了了。", ROLLOVER),
    ("您是他的担保人吧，您帮他先周转一下。", ROLLOVER),
    ("你说想去借个小贷来还，我劝你别这么做，可以先办延期。", ROLLOVER),
    ("您的账户被风控判定为恶意套现，已暂停使用。", ROLLOVER),
    ("您家孩子上学的事不会受影响的，征信只记您本人。", LEGAL),
    ("他那个号码好像停机了，麻烦您让他回个电话。", LEGAL),
    ("您的逾期记录将于三天后在本平台“失信名单”栏目展示。", LEGAL),
    ("你的事已经报到派出所了，协查函过两天就下来。", IMPERSONATION),
    # the sixth round's lawful twins: a judgment reported, a plea to keep a child out, a homophone in an e-mail
    # footer, a firm told of its own file, a lawyer whose licence the reader may check, a
    # lender's livestock reminder with the choice left open, the debtor's own report to the police
    ("被告人刘某犯寻衅滋事罪，被判处有期徒刑一年。", LEGAL),
    ("欠款是大人的事，别让它影响孩子。", LEGAL),
    ("本邮件为系统发送，退订请点击邮件底部链接。", LEGAL),
    ("【某某律师事务所】您的借款逾期案件已移交本所，请于今日联系本所。", LEGAL),
    ("我已经去报了警，派出所已经受理了我的报案，请你们停止骚扰。", LEGAL),
    ("我是某某律师事务所的刘律师，执业证号13101201900000000，今天只是沟通，您可以在律师查询平台核实我的执业信息。", IMPERSONATION),
    ("后来咨询了律师，他说普通网贷逾期是民事纠纷。", IMPERSONATION),
    ("猪卖了记得先还贷款，如果价钱不好不想卖，也可以来谈分期，不用急着出栏。", ROLLOVER),
    ("本行不会要求您申请新贷款偿还旧贷款，如有困难可申请延期。", ROLLOVER),
    # the seventh round's genuine senders: a firm whose lawyer writes out a practising number and names the client (its
    # police threat is a false claim, not a pose), an officer the sender says will call, a court notice foretold only if
    # a suit is ever filed, a document said to be sent on to the police, a lender's warning about impostors, a case
    # closed and reported, a court telling a debt is paid
    ("律师函 钱某：本所律师孙某（执业证号13101201811223344）受某某银行股份有限公司委托致函，若月底前未清偿，本所将代委托人向公安机关报案。", IMPERSONATION),
    ("【某某资产】通知：你的事已转为刑事案件，办案民警会在两天内与你联系。", IMPERSONATION),
    ("目前没有起诉您，如果以后起诉，您会收到法院正式通知。", IMPERSONATION),
    ("【某某花】你的欠款已转司法程序，逮捕令已下发至你所在辖区派出所。", IMPERSONATION),
    ("【某某分期】提醒：诈骗分子可能冒用法院调解中心名义，要求您添加私人微信并转账，请通过12368核实。", IMPERSONATION),
    ("晚报讯 市公安局近日破获一起催收案，犯罪嫌疑人冒充法院工作人员恐吓借款人。", IMPERSONATION),
    ("法院公告：被执行人钱某已全额履行判决确定的义务，本院已将其从失信被执行人名单中删除。", IMPERSONATION),
])
def test_lawful_texts_of_the_same_shapes_stay_clean(wording_rules: WordingAnalyser, text: str, category: str) -> None:
    assert category not in categories(wording_rules, text)
