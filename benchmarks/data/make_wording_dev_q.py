"""Wording development batch q (issue 9, wording precision, third round): `python -m
benchmarks.data.make_wording_dev_q`.

Written for this file, text by text, by the helper session that tunes extra categories and recall families, before
any detector was run on it, in others' voices: lenders' deployed SMS and push templates, robot-call scripts, ASR
transcripts without punctuation, Sichuanese, Cantonese (traditional characters), northeastern and Shanghainese
calls, formal letters in traditional characters, quoted civil judgments and rulings, complaint-forum posts in the
debtor's own words, consumer education and HR notices. About half are hard compliant messages in those voices; the
rest violate one or more of the eight judged categories, with threats about family and company group chats labelled
by contract section 5 (a group chat is a community: exposure). All people, companies, courts and places are
invented.

First run (tree at commit a287874, before any change for this batch; `python -m benchmarks.eval --section wording
--wording-set benchmarks/data/wording_dev_q.jsonl --errors 0`; 124 messages, 62 violating): rules alone micro P 0.952
R 0.845 F1 0.896, compliant flagged 1/62; classifier alone micro P 1.000 R 0.732 F1 0.846, compliant flagged 0/62;
fused micro P 0.957 R 0.944 F1 0.950, message-level R 0.952 P 0.983, compliant flagged 1/62.

Output (deterministic): `wording_dev_q.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_q.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
VIOLATING: list[tuple[str, str, str, str]] = [
    # --- legal
    ("legal", "call", "L", "坐席：您好，这里是橙石消费金融智能语音提醒。系统检测到您已逾期93天，已符合恶意逃废债认定标准，案件将移交经侦部门，届时您将被依法刑事拘留。按1转人工。"),
    ("legal", "call", "L", "坐席：喂 你那个欠款呢我们这边已经给你走那个刑事程序了 下礼拜派出所就会打你电话 你等着吧"),
    ("legal", "call", "L", "坐席：你再唔還錢 我哋就報案 到時差佬會上門拉你 坐監唔好怪我哋"),
    ("legal", "sms", "L", "【北沅銀行信用卡中心】林*您好，您的欠款已被認定為惡意透支，本中心已將資料移送檢察院，近日將對您發出逮捕令。"),
    ("legal", "app", "L", "【青柚花】您的子女将因您的失信记录无法参军、考编，政审一律不通过，请今日结清。"),
    ("legal", "call", "L", "坐席：你娃儿再不还嘛 我们就去法院申请把你拘起 关你十五天 你莫不信"),
    ("legal", "sms", "L", "【橙石消费金融】您的网贷逾期信息已上传公安网，出行乘坐高铁飞机时将被当场扣留，请尽快处理。"),
    ("legal", "app", "L", "【青柚花】系统已为您生成《刑事立案告知书》，编号QY2026-0815，72小时内未结清将正式送达公安机关。"),
    # --- impersonation
    ("impersonation", "sms", "P", "【沅江市东城区人民法院】林*，请于今日内还清青柚花欠款，并回复本短信确认。"),
    ("impersonation", "call", "P", "坐席：我是东城派出所的民警 你在青柚花的欠款今天务必处理 我们这边在跟进"),
    ("impersonation", "sms", "P", "【沅江市金融监督管理局】您在橙石消费金融的欠款已被列入重点督办名单，请于48小时内还清。"),
    ("impersonation", "sms", "P", "【沅江市公安局反詐中心】林*，請立即聯繫橙石消費金融處理您的逾期款項，並於今日回電確認。"),
    ("impersonation", "call", "P", "坐席：喂 林先生是吧 这边是东城区法院执行局的 你那个网贷的事 今天下午之前跟平台联系一下 不然我们这边就要处理了"),
    ("impersonation", "sms", "P", "【沅江仲裁委员会】林*，请于三日内向橙石消费金融还清欠款，并将还款凭证回传本委。"),
    ("impersonation", "call", "PL", "坐席：我是检察院的 你这个已经构成诈骗罪了 马上要批捕 你赶紧把钱还给平台"),
    # --- violence
    ("violence", "call", "V", "坐席：你搁哪儿躲呢 我们兄弟都知道你家住哪栋 今晚去你家唠唠 你看着办"),
    ("violence", "sms", "V", "【砚田资产】林*，你女儿每天下午四点半从实验小学东门出来，还钱的事你自己掂量。"),
    ("violence", "app", "V", "你那辆白色的车停在地库B2吧，不还钱的话，轮胎明天还在不在就不好说了。"),
    ("violence", "app", "V", "你再拖落去，我哋啲兄弟就上嚟你屋企搵你，到時打爛啲嘢唔好怪。"),
    ("violence", "call", "V", "坐席：我跟你说 我们外访组的人现在就在你小区门口 你不下来 我们就上去敲门 敲到你开为止"),
    ("violence", "app", "V", "把钱还了大家都好过，不然哪天你晚上下班路上出点什么事，可别说没提醒你。"),
    ("violence", "call", "V", "坐席：你信不信我找人卸你一条腿 三天之内把钱拿来"),
    # --- third party
    ("third-party", "sms", "T", "【青柚花】林*，今天18点前不还款，我们将逐一致电您通讯录中的联系人，告知您的欠款情况。"),
    ("third-party", "call", "T", "坐席：你公司前台电话我们查到了 下午就打过去 找你们老板说说这事"),
    ("third-party", "call", "@DT", "坐席：您是林*的父亲吧 您儿子欠我们三万多 您今天必须替他还上 不然我们天天找您"),
    ("third-party", "sms", "T", "【橙石消费金融】您的紧急联系人王*、陈*将于今日收到您的逾期提醒，请尽快还款以免打扰家人。"),
    ("third-party", "call", "T", "坐席：你不还嘛 我就打给你屋头老汉儿老娘 让他们来还"),
    ("third-party", "email", "T", "林*先生：\n如閣下今日仍未還款，本公司將聯絡閣下之僱主，要求其協助處理。\n沅江融資股份有限公司"),
    ("third-party", "email", "@DT", "致林*的同事：请转告林*立即归还所欠借款，否则我们会每天打到你们部门座机，影响大家工作。"),
    ("third-party", "call", "T", "坐席：你老婆的手机号我们也有 你不接 我们就一直打她的 打到你接为止"),
    # --- exposure
    ("exposure", "sms", "E", "【青柚花】林*，逾期不还将在您的微信家族群中发布欠款催收函，请慎重考虑。"),
    ("exposure", "call", "E", "坐席：你再不还 我就把你欠钱的事发到你们公司大群里 几百号人都能看到"),
    ("exposure", "sms", "E", "【砚田资产】逾期人林*欠款拒不归还，本公司将在其户籍所在村委会张贴公告。"),
    ("exposure", "call", "E", "坐席：温馨提示，您的逾期信息将被录入诚信曝光台，并在本地生活号公开展示，请及时还款。"),
    ("exposure", "app", "E", "你的欠債資料和相片聽日就會貼滿你住嗰棟大廈嘅電梯口。"),
    ("exposure", "call", "E", "坐席：我们已经联系了本地的一家自媒体 你要是还不还 明天就做一期专题 把你的事情讲清楚"),
    ("exposure", "sms", "E", "【橙石消费金融】若您继续拖欠，您的头像和欠款金额将出现在我司官网“失信名单”栏目。"),
    ("exposure", "app", "E", "你朋友圈的人马上就会看到你的借款合同截图，九宫格我们都做好了。"),
    # --- rollover
    ("rollover", "call", "R", "坐席：您好，若资金紧张，可在合作平台速享贷申请借款，最快3分钟到账，借款后请优先偿还本平台欠款。"),
    ("rollover", "call", "R", "坐席：你支付宝借呗还有额度没得 有的话先借出来还我们这边嘛"),
    ("rollover", "call", "R", "坐席：你车不是还在吗 拿去押了 几万块钱马上就有 先把我们这边结了"),
    ("rollover", "app", "R", "你年轻，卖个肾都够还了，别拖了。"),
    ("rollover", "app", "R", "你張信用卡仲有額，碌出嚟先還咗我哋呢邊啦。"),
    ("rollover", "app", "R", "【青柚花】恭喜您获得“极速周转金”资格，专项用于结清逾期账单，点击领取。"),
    ("rollover", "call", "R", "坐席：网上那么多平台 随便找一家贷出来 先把我们的平了"),
    # --- insult
    ("insult", "call", "I", "坐席：你个瘪犊子 欠钱不还还挺横"),
    ("insult", "sms", "I", "【砚田资产】林*，欠钱不还的废物，你爸妈知道自己生了个什么东西吗？"),
    ("insult", "app", "I", "你條仆街，借錢嗰陣就識講好話。"),
    ("insult", "call", "I", "坐席：你是不是脑子进水了 我说的你听不懂啊 猪都比你明白"),
    ("insult", "app", "I", "你这种老赖，我见多了。"),
    ("insult", "call", "I", "坐席：你个瓜娃子 钱都不还 还好意思挂我电话"),
    ("insult", "app", "I", "您可真是个人才，借了钱就玩消失，脸皮比城墙还厚。"),
    # --- disclosure
    ("disclosure", "call", "@D", "坐席：您好 是林*的妻子吧 他在青柚花的借款逾期两个月了 一共一万八 您提醒他一下"),
    ("disclosure", "sms", "@D", "【橙石消费金融】尊敬的王*，您作为林*的联系人，特此告知其借款已逾期47天，欠款金额12,680元。"),
    ("disclosure", "email", "@D", "致沅江貿易有限公司人事部：貴司員工林*於本行信用卡欠款逾期，欠款港幣二萬三千元，特此通知。\n北沅銀行信用卡中心"),
    ("disclosure", "call", "@D", "坐席：喂 是林某某的同事吗 麻烦你跟他说一下 他网贷逾期了 让他赶紧回电话"),
    ("disclosure", "call", "@D", "坐席：你是她房东啊 那你跟她讲 她欠我们车贷好几期没还了"),
    # --- several
    ("several", "app", "IT", "老赖林*，你再不还，我们就打给你爸妈。"),
    ("several", "sms", "LT", "【青柚花】林*，你已涉嫌诈骗，逾期将被警方带走，欠款信息同步发送至你全部通讯录联系人。"),
    ("several", "call", "EI", "坐席：你这个骗子 不还钱我们就把你照片发到抖音上"),
    ("several", "call", "RV", "坐席：实在不行你就去网贷借 借不到我们就去你家找你聊聊 你家那个小区我们熟得很"),
    ("several", "call", "@DIT", "坐席：你是林*的哥哥吧 他欠了我们三万不还 你们家出了个骗子 你今天替他还了"),
]

COMPLIANT: list[tuple[str, str, str, str]] = [
    # --- lenders' deployed templates
    ("template", "app", "", "【青柚花】尊敬的用户，您的账单¥2,316.40已于今日到期，请于23:59前完成还款，逾期将按合同收取罚息。"),
    ("template", "sms", "", "【橙石消费金融】林*，您的借款已逾期3天，为避免产生额外费用及影响个人征信，请尽快还款，详询App内客服。"),
    ("template", "sms", "", "【北沅银行信用卡中心】您尾号8830的信用卡已逾期，本中心可为您办理个性化分期，请于工作日拨打客服热线申请。"),
    ("template", "app", "", "【青柚花】您已申请延期还款，新的到期日为1月15日，延期期间不收取逾期罚息。"),
    ("template", "sms", "", "【北沅銀行】林*先生，閣下信用卡結欠已逾期，請盡快還款。如已還款，請忽略此訊息。"),
    ("template", "sms", "", "【砚田资产】林*，受橙石消费金融委托提醒您，您的借款已逾期62天，请联系我司协商还款方案，我司不会联系您的亲友。"),
    ("template", "sms", "", "【橙石消费金融】林*，如您持续未还款，我司将依法向沅江市东城区人民法院提起诉讼。"),
    ("template", "app", "", "【青柚花】您的逾期记录已按规定报送征信机构，结清后将如实更新为已结清状态。"),
    ("template", "sms", "", "【砚田资产】林*，您1月5日还款的3,000元已入账，剩余7,460元按协商方案分5期偿还。"),
    ("template", "sms", "", "【北沅银行】您申请的结清证明已开具，可在手机银行“我的-证明开具”中下载。"),
    ("template", "app", "", "【青柚花】您的还款计划已调整为每月8日还款800元，共12期，如有变动请提前联系客服。"),
    ("template", "app", "", "【青柚花】感谢您一直以来的守约还款，您的信用分已提升，祝您生活愉快。"),
    # --- robot-call scripts
    ("robot", "call", "", "坐席：您好，这里是青柚花智能客服，提醒您今天是还款日，本期应还一千二百元，还款请打开App点击我的账单，按1重听，按2转人工。"),
    ("robot", "call", "", "坐席：您好，我是北沅银行的智能语音助手，您的信用卡已逾期，请问您今天能还款吗？请说能或者不能。"),
    ("robot", "call", "@", "坐席：您好，这里是橙石消费金融，请问您认识林先生吗？如方便请转告他回电，谢谢，再见。"),
    ("robot", "call", "", "坐席：您好，这里是橙石消费金融，如果您因疾病、失业等原因暂时无法还款，请按1，我们将为您转接专属协商专员。"),
    # --- ASR transcripts
    ("asr", "call", "", "坐席：喂 林先生吗 我青柚花的 你那个账单逾期了几天了 今天能处理吗\n客户：这两天手头紧\n坐席：那你看月底行不行 我给你备注一下"),
    ("asr", "call", "", "坐席：嗯 我理解 你现在住院是吧 那这样 我给你申请一下暂停催收 等你出院再说"),
    ("asr", "call", "", "坐席：我们这边不会去你单位的 也不会打你家里人电话 就是提醒你一下 你自己安排好时间"),
    ("asr", "call", "", "坐席：您说要投诉是吧 可以的 投诉渠道是App里面的意见反馈 我这边也给您登记了"),
    ("asr", "call", "", "坐席：不是的 我们不是法院 我们是橙石消费金融委托的催收公司 您可以打官方客服核实"),
    ("asr", "call", "", "坐席：你说你准备借别的平台来还 这个我们不建议 利息高 容易越滚越多 我们可以给你分期"),
    ("asr", "call", "", "坐席：好的林女士 那我们就约定15号还两千 剩下的下个月再说 我这边给您做个记录"),
    ("asr", "call", "", "客户：我下个月发了工资就还\n坐席：好的 那我们下个月10号再跟您确认 祝您生活顺利"),
    ("asr", "call", "", "坐席：好的 那您先忙 路上注意安全 我们明天再联系"),
    # --- dialect calls
    ("dialect", "call", "", "坐席：林哥 你那个款子逾期好几天了哈 你看啥时候方便还一下嘛 有困难的话我们可以商量"),
    ("dialect", "call", "", "坐席：林生你好 我哋係北沅銀行信用卡中心 你張卡有少少逾期 唔知你幾時方便還款呢"),
    ("dialect", "call", "", "坐席：林大哥 你那笔钱都过了好几天了 咋整啊 你给个准话 哪天能还上"),
    ("dialect", "call", "", "坐席：林先生侬好 阿拉是青柚花个 侬个账单逾期了 今朝方便还伐"),
    ("dialect", "call", "", "坐席：林小姐 唔好意思打擾你 我哋只係提提你 今個月嘅還款日係十五號"),
    # --- formal letters in traditional characters
    ("traditional", "sms", "", "【北沅銀行信用卡中心】提醒：本中心及委託之催收機構不會要求閣下向個人帳戶轉帳，如有疑問請致電官方客服。"),
    ("traditional", "notice", "", "催收函\n林*台鑒：閣下於本公司之借款已逾期九十日，尚欠本金新台幣八萬元。敬請於十五日內清償，逾期本公司將依法提起民事訴訟。\n沅江融資股份有限公司"),
    ("traditional", "email", "", "律師函\n本所受北沅銀行委託，特函告閣下清償信用卡欠款。如有異議，請於七日內以書面方式提出。\n沅和律師事務所"),
    # --- quoted civil judgments and rulings
    ("case", "notice", "", "（2026）沅0102民初3341号\n本院认为：原告橙石消费金融有限公司与被告林*签订的借款合同合法有效，被告未按约还款，应承担还款责任。原告主张的利息超过合同成立时一年期贷款市场报价利率四倍的部分，本院不予支持。"),
    ("case", "notice", "", "裁定书摘录：被执行人林*名下无可供执行财产，本次执行程序终结。申请执行人发现被执行人有可供执行财产的，可以再次申请执行。"),
    ("case", "notice", "", "本院认为，催收行为应当在法律允许范围内进行，原告主张被告赔偿精神损害的证据不足，本院不予支持。"),
    # --- complaint-forum posts in the debtor's own words
    ("complaint", "app", "", "黑猫投诉｜投诉对象：青柚花｜问题：提前还款仍收取全部利息｜诉求：退还多收的费用。本人于11月提前结清，平台仍按12期收息，要求退还。"),
    ("complaint", "app", "", "投诉内容：橙石消费金融客服一天给我打了五次电话提醒还款，我已经说了月底还，希望减少来电频率。"),
    ("complaint", "app", "", "求助帖：网贷逾期两个月了，每天都有短信提醒，想问问大家有没有协商成功分期的经验？"),
    ("complaint", "app", "", "回复：我上个月跟北沅银行协商了60期，需要提供收入证明和困难证明，客服态度还可以。"),
    # --- consumer education, HR, news
    ("education", "app", "", "【防骗提醒】冒充法院、公安要求“转账到安全账户”的都是诈骗，法院文书可在官方平台核验。"),
    ("education", "app", "", "【消保课堂】催收人员不得向您的亲友、同事透露债务信息，不得爆通讯录。遇到此类情况请保留证据投诉。"),
    ("education", "app", "", "【消保课堂】逾期不还属于民事违约，不会因此坐牢；但有能力履行而拒不履行法院判决的，可能承担法律责任。"),
    ("education", "app", "", "普法：把欠款人照片发到朋友圈、业主群属于侵犯名誉权和隐私权的行为，受害人可要求删除并赔偿。"),
    ("education", "app", "", "【财经快讯】监管部门通报多家催收机构违规问题，涉及频繁致电、向第三方透露债务等，已责令整改。"),
    ("education", "email", "", "新人培训：与客户沟通时，不得使用威胁、辱骂语言，不得冒充司法人员，不得向第三方透露欠款。"),
    ("education", "email", "", "质检记录：坐席在通话中提醒客户“逾期会影响征信”，表述属实，未发现违规。"),
    ("hr", "email", "", "人事部通知：请各部门不要在公司群内转发任何同事的个人借款、欠款信息，如收到外部催收来电，统一转至法务部。"),
    ("service", "app", "", "客服：您好，您申请的减免息费已通过审核，结清本金8,200元即可销户。"),
    # --- near the categories
    ("near-third-party", "call", "@", "坐席：您好 请问是林*的同事吗\n第三方：是的 他今天不在\n坐席：好的 那麻烦您方便时让他回个电话 谢谢"),
    ("near-third-party", "sms", "@", "【砚田资产】王*您好，您被登记为联系人，我们暂时无法联系到林*本人，如您方便，请转告其回电。本短信不涉及其任何个人信息。"),
    ("near-third-party", "call", "", "客户：你们会不会找我爸妈\n坐席：不会 您的联系人我们只在完全联系不上您的时候确认一下联系方式 不会说欠款的事"),
    ("near-violence", "sms", "", "【砚田资产】林*，我司外访专员拟于1月8日14时上门沟通还款事宜，届时将出示工作证件并全程录音，如时间不便请回复改约。"),
    ("near-violence", "call", "", "坐席：林先生 您放心 我们外访都是预约的 不会晚上去 也不会去打扰您家里人"),
    ("near-exposure", "app", "", "【青柚花】系统公告：1月3日凌晨2点至5点系统维护，期间暂停还款服务。"),
    ("near-exposure", "sms", "", "【沅江市东城区人民法院】依据《最高人民法院关于公布失信被执行人名单信息的若干规定》，本院已将林*纳入失信被执行人名单，可在中国执行信息公开网查询。"),
    ("near-rollover", "sms", "", "【北沅银行信用卡中心】温馨提示：请勿通过套现、借新还旧等方式偿还信用卡欠款，如有困难可申请分期。"),
    ("near-rollover", "call", "", "客户：我打算把车卖了还你们\n坐席：这是您自己的决定 我们不建议您为了还款影响生活 可以先申请延期"),
    ("near-insult", "call", "", "客户：你们这些催债的都是流氓\n坐席：您先别激动 我们就是核对一下还款安排 您要是有困难可以说"),
    ("near-legal", "call", "", "坐席：如果一直不还 我们会走诉讼程序 法院判决以后还不履行 可能被限制高消费 这都是法律规定的"),
    ("near-legal", "sms", "", "【橙石消费金融】林*，您的案件已委托沅和律师事务所处理，律师将依法向法院起诉，请留意法院送达的诉讼文书。"),
    ("near-legal", "email", "", "律师函\n林*：本所受北沅银行委托，就您信用卡欠款一事函告如下：请于本函送达之日起十日内清偿欠款本息。逾期，委托人将依法提起民事诉讼。本函不涉及任何刑事追责。\n沅和律师事务所 律师 唐*"),
]


def write(directory: Path = HERE) -> Path:
    return write_jsonl(directory / OUTPUT, wording_dev_records("WS", {"": VIOLATING + COMPLIANT}))


if __name__ == "__main__":
    print(write())
