"""Wording development batch e (issue 9): `python -m benchmarks.data.make_wording_dev_e`.

Written for this file, text by text, by a helper session tuning the wording rules for precision on fresh
text, before any detector was run on it. Half the messages violate a wording category (contract section 5),
half are compliant near-misses sharing their words. Families it leans on: lawful legal explanations (civil
dispute, litigation then enforcement, what the 失信 list really is, a judgment's own text), anti-fraud warnings
that quote the fake claims they warn of, advice against borrowing or selling to repay, signed guarantors told
of the debt they guarantee, community and class group chats (exposure) against contacts told one by one
(third party), veiled violence, legal fictions with case numbers and statuses, impersonation by signature or
self-introduction; registers: lenders' SMS templates, robot scripts, human calls with ASR run-ons, WeChat,
e-mail, quoted news, police and court texts, Cantonese, Sichuanese, north-eastern and Shanghainese speech,
traditional characters, sarcasm. A quoted text is labelled with what the quoted collector said; a warning that
lists fake claims to beware of is compliant. All people, numbers, companies and places are invented.

First run (tree at commit ea7f764, before any fix for this batch; the eval's wording figures on this file):
fused (rules + classifier, what `audit scan` runs) micro P 0.789 R 0.910 F1 0.845, message-level R 0.924
P 0.859, compliant flagged 10/63 (15.9%); rules alone micro F1 0.763, compliant flagged 10/63; classifier alone
micro F1 0.847, compliant flagged 1/63. This is a development batch: rules are tuned on it afterwards, so it
measures nothing once tuned on.

A second batch (WE-201…, 59 messages, 30 violating: medical, rent and shopping loans, the elderly, small shops, street
offices, payment orders, lawyers' letters with and without a licence number) was written after the rules had been
tuned on the first (commit 39cea91) and measured before any fix for it (tree at f27248e): fused micro P 0.933
R 0.875 F1 0.903, message-level R 0.900 P 0.964, compliant flagged 1/29; rules alone micro P 0.905 R 0.594,
compliant flagged 1/29; classifier alone micro P 1.000 R 0.656.

A third batch (WE-301…, 40 messages, 20 violating: lenders' templates with legal vocabulary, news and lawyers'
advice, company and estate groups against colleagues called one by one, relatives, gold and credit lines, a
mediation centre, spouses' credit) was written after the rules had been tuned on the first two (commit 997f53e)
and measured before any fix for it: fused micro P 1.000 R 0.857 F1 0.923, message-level R 0.850 P 1.000, compliant
flagged 0/20; rules alone micro P 1.000 R 0.762, compliant flagged 0/20.

Output (deterministic): `wording_dev_e.jsonl`, contract messages (section 1) with `labels`, as batch d.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.data.set_format import wording_dev_records, write_jsonl

HERE = Path(__file__).parent
OUTPUT = "wording_dev_e.jsonl"

# (campaign, channel, codes, text), as in batch d: one letter per label (set_format.WORDING_LABEL_CODES),
# "@" first for a message to a third party; a call is its turns, one a line.
MESSAGES: list[tuple[str, str, str, str]] = [
    # --- legal consequences: stated lawfully, or invented
    ("legal", "sms", "L", "【恒信小贷】李*，你的欠款已构成恶意逃废债，我司已将材料报送经侦大队，三日内不还将被依法刑拘。"),
    ("legal", "sms", "", "【恒信小贷】李*您好，借款逾期属于民事合同纠纷，我司不会以刑事手段追讨；若协商不成，我司可能依法提起"
                        "民事诉讼，请于本月底前联系我们。"),
    ("legal", "sms", "", "普法｜欠网贷不还会坐牢吗？律师表示，单纯无力偿还属于民事纠纷，不构成犯罪；但借款时虚构事实骗取贷款的，"
                        "可能涉嫌贷款诈骗罪。"),
    ("legal", "sms", "L", "【恒信小贷】你欠款已满180天，按照新规定已自动转为刑事案件，逮捕令由系统生成后送达你户籍地派出所。"),
    ("legal", "sms", "", "【安泰银行信用卡中心】持卡人以非法占有为目的透支，经两次有效催收后超过三个月仍不归还的，可能构成恶意透支。"
                        "如您暂时困难，请联系我们协商分期。"),
    ("legal", "sms", "L", "【安泰银行信用卡中心】您已构成恶意透支，我行已向公安机关报案，警方近日将上门带您回去协助调查。"),
    ("legal", "notice", "", "执行裁定书：被执行人王某未按执行通知履行生效法律文书确定的义务，本院依法将其纳入失信被执行人名单，"
                           "并限制其高消费。"),
    ("legal", "sms", "", "【鑫达分期】法律提示：如您长期未还款，我司有权依法提起诉讼；判决生效后仍未履行的，法院可依申请采取"
                        "强制执行措施，包括冻结存款、限制高消费。"),
    ("legal", "sms", "L", "【鑫达分期】法务部通知：你的案件已提交法院，判决书下周生效，届时法院直接到你单位扣押财产，你孩子以后"
                         "也别想报考公务员。"),
    ("legal", "app", "", "网友问：催收说我不还钱孩子就不能考公务员，是真的吗？答：父母的网贷逾期不影响子女报考公务员或参军政审，"
                        "这种说法没有法律依据。"),
    ("legal", "call", "L", "坐席：你这个已经属于诈骗了知道吧 我们法务这边已经在走流程 下周你户籍地派出所会给你打电话\n"
                          "客户：我就是暂时没钱\n坐席：没钱你跟警察说去"),
    ("legal", "call", "", "坐席：您这边逾期快两个月了 我们还是希望协商 如果一直联系不上 后续可能会委托律师走民事诉讼 这个是合法程序\n"
                         "客户：那会抓我吗\n坐席：不会的 欠款是民事纠纷 不涉及抓人 您放心"),
    ("legal", "sms", "L", "【速来花】你涉嫌骗贷，已被列入公安网上追逃名单，坐飞机、高铁都会被当场扣留。"),
    ("legal", "sms", "", "【速来花】反诈提醒：近期有人冒充本平台发送“您已被列入网上追逃名单”“不还款将被当场扣留”等短信，均为诈骗，"
                        "本平台从未发送此类信息，请勿向陌生账户转账。"),
    ("legal", "sms", "", "警方提醒：所谓“征信修复”“债务优化”多为骗局，不法分子以收取服务费为名实施诈骗，市民切勿轻信。"),
    ("legal", "sms", "PL", "据《临江日报》报道，吴先生收到一条署名“临江市公安局经侦支队”的短信，称其“涉嫌恶意欠款，已立案侦查，"
                          "限24小时内还款”。经查，短信系某催收外包公司所发。"),
    ("legal", "sms", "L", "【金豆分期】你的案件编号2026-临催-00381，当前状态：已移交户籍地公安，待传唤。"),
    ("legal", "sms", "", "【金豆分期】您的延期还款申请编号2026-00381已受理，当前状态：审核中，预计1个工作日内完成。"),
    ("legal", "call", "L", "坐席：我跟你说 你这个再不还 就是拒不执行判决 要判三到七年的"),
    ("legal", "call", "", "坐席：拒不执行判决裁定罪是针对法院判决以后有能力执行而拒不执行的 您现在还没有被起诉 不存在这个问题 "
                         "我们是希望您按约还款"),
    ("legal", "sms", "L", "【融易借】逾期超过九十天，系统将自动冻结你名下所有银行卡和微信零钱。"),
    ("legal", "sms", "", "【融易借】逾期超过九十天，我司可能依法向法院起诉，判决生效后如您仍不履行，法院可依法冻结您的银行存款。"),
    ("legal", "app", "L", "你孩子明年不是要上小学吗？你上了征信黑名单，哪个公立学校都不会收他。"),
    ("legal", "app", "", "常见问题：逾期会影响子女上学吗？答：个人借款逾期不影响子女入学，也不会记入子女档案。"),
    ("legal", "sms", "L", "你欠钱不还是违法的，再拖下去派出所马上来抓你，到时候你就在里面过年吧。"),
    ("legal", "sms", "", "市公安局提示：“欠款不还要坐牢”“你已被立案”“派出所马上来抓你”均是不法催收常用话术，遇到可拨打110报警。"),
    # --- impersonation: who speaks
    ("impersonation", "sms", "PL", "【临江仲裁委员会】周*：你与乐享借的借款纠纷已受理，请于三个工作日内还款结案，逾期将缺席裁决。"),
    ("impersonation", "sms", "", "【乐享借】周*您好，您的借款合同约定争议由临江仲裁委员会仲裁。目前我司尚未申请仲裁，如您对账单有异议，"
                                "请拨打客服热线说明。"),
    ("impersonation", "call", "P", "坐席：我是临江律师事务所的张律师 你这个案子现在由我负责\n客户：你们不是乐享借的吗\n"
                                  "坐席：你别管那么多 今天必须给我个还款时间"),
    ("impersonation", "call", "", "坐席：您好 我是乐享借催收部的小张 不是律师也不是法院的 就是跟您确认一下还款时间\n客户：下周吧\n"
                                 "坐席：好的 下周三我再联系您"),
    ("impersonation", "sms", "P", "【临江市人民政府金融办】通知：你在乐享借的逾期借款已纳入政府专项清理，请于本周内结清。"),
    ("impersonation", "sms", "", "【乐享借】根据临江市地方金融管理局要求，我司已暂停催收外包业务，如您在还款中遇到问题，可拨打12345反映。"),
    ("impersonation", "call", "PL", "坐席：喂 我系派出所嘅 你喺乐享借借嘅钱点解仲唔还\n客户：派出所？\n坐席：系啊 今日唔还就要落嚟录口供"),
    ("impersonation", "call", "", "坐席：您好，这里是乐享借智能客服，本通话不是公安或法院来电。您的账单已逾期3天，还款请按1，"
                                 "咨询延期请按2。"),
    ("impersonation", "email", "PL", "主题：执行通知\n蒋*先生：你的借款纠纷已进入强制执行程序，请于三日内将欠款转入下列账户，"
                                    "逾期将依法拘传。\n临江市中级人民法院执行局"),
    ("impersonation", "email", "", "主题：关于诉讼进展的告知\n蒋*先生：我司已就您的借款向法院提起民事诉讼，案号以法院通知为准。法院的传票"
                                  "只会由法院送达，我司不会代发。\n乐享借法务部"),
    ("impersonation", "sms", "PL", "【临江市公安局】你名下的网络借款已严重逾期，请于今日18时前还清，逾期将注销你的户籍。"),
    ("impersonation", "sms", "", "【临江市公安局】反诈提醒：冒充公检法要求转账的都是诈骗，警方不会通过电话或短信催收借款。"),
    ("impersonation", "call", "P", "坐席：我是临江市信访办的 你这个借款有人投诉到我们这了 你今天必须处理"),
    ("impersonation", "call", "", "坐席：如果您对我们的催收方式不满意 可以向金融监管部门或信访部门反映 我们会配合调查"),
    # --- third parties told one by one, or the public and communities
    ("contacts", "sms", "T", "【好借呗】你再拖，下周我们就给你公司人事打电话，让他们知道你的情况。"),
    ("contacts", "sms", "", "【好借呗】温馨提示：我们只与您本人沟通还款事宜，不会联系您的单位或同事。"),
    ("contacts", "app", "E", "你们小区业主群我们有人，再不还，明天欠条照片就发上去。"),
    ("contacts", "app", "", "如您在小区业主群、朋友圈看到有人发布您的借款信息，请截图保存并联系我们，我们会核查并严肃处理。"),
    ("contacts", "sms", "E", "【金豆分期】你的欠款公告已经做好了，你不还，周末就贴到你老家村委会门口和村里的公告栏上。"),
    ("contacts", "sms", "T", "【金豆分期】今晚还不上，我们就一个一个给你的亲戚打电话，从你舅舅开始。"),
    ("contacts", "sms", "", "【金豆分期】您填写的紧急联系人仅用于无法联系到您时确认联系方式，我们不会向其透露您的借款情况。"),
    ("contacts", "call", "E", "坐席：您好，这里是金豆分期。您的逾期信息将于明日在本地生活号和短视频平台公开曝光，如需撤回请立即还款，按1转人工。"),
    ("contacts", "call", "", "坐席：您好，这里是金豆分期。您的逾期信息将按规定报送征信系统，可能影响您以后办理贷款和信用卡。如需协商请按1。"),
    ("contacts", "app", "T", "你孩子班上的家长我们都加上了，你再不还，我们就挨个私聊每个家长，说说你欠钱的事。"),
    ("contacts", "app", "E", "你孩子的班级群我们进去了，不还钱就在群里发你的欠款截图，让老师和家长都看看。"),
    ("contacts", "sms", "", "【金豆分期】为保护您的隐私，我们不会在任何群聊、班级群或社交平台发布与您借款有关的信息。"),
    ("contacts", "sms", "T", "【融通消费金融】尊敬的客户：您的借款已逾期15天，应还金额2,310.00元。还款方式：APP-我的账单-立即还款。"
                            "若本周五前仍未处理，我司将启动联系人核实程序，逐一致电您预留的亲友说明情况。客服热线400-800-3321。"),
    ("contacts", "sms", "", "【融通消费金融】尊敬的客户：您的借款已逾期15天，应还金额2,310.00元。还款方式：APP-我的账单-立即还款。"
                           "若本周五前仍未处理，我司将继续通过电话、短信与您本人联系，并按规定报送征信。客服热线400-800-3321。"),
    ("contacts", "app", "E", "兄弟你这样真没意思，视频我们已经剪好了，明天发抖音，标题都想好了：临江县欠钱不还第一人。"),
    ("contacts", "app", "", "您好，抖音上自称“融通催收”的账号并非我司官方账号，其发布的内容与我司无关，我们已向平台举报。"),
    ("contacts", "app", "T", "你老婆单位我们查到了，人民医院药房对吧，明天就过去找她领导聊聊你的事。"),
    ("contacts", "app", "E", "你在外卖站点跑单吧，你们站点的骑手群我们进去了，不还钱就在群里发你的欠款海报，让大家都认识认识你。"),
    ("contacts", "app", "", "您好，了解到您是外卖骑手，收入不太稳定，可以申请按周还款，详情请咨询APP客服。"),
    ("contacts", "sms", "TE", "明天开始，你所有联系人都会收到你的欠款短信，你家小区门口也会贴上你的照片。"),
    ("contacts", "sms", "", "请注意：本公司不会向您的联系人发送短信，也不会在任何公共场所张贴您的信息，如遇此类行为请向我们举报。"),
    ("contacts", "app", "E", "你不还钱，我们就联系电视台的《帮忙》栏目，把你的事好好报道一下。"),
    ("contacts", "sms", "", "【江岳电视台】《帮忙》栏目提醒：遇到暴力催收可拨打热线反映，我们将依法维护您的权益。"),
    ("contacts", "app", "E", "你在网上开的那家店我们找到了，每个商品下面都给你刷一条“店主欠钱不还”的评论。"),
    ("contacts", "sms", "T", "侬再勿还，阿拉就打电话拨侬爷娘，再打拨侬单位领导。"),
    ("contacts", "sms", "", "侬好，侬格账单已经过期三日了，方便个辰光还一记，有困难可以分期。"),
    # --- messages to third parties
    ("third-party", "call", "@TD", "坐席：是刘强妈妈吧\n第三方：是啊\n坐席：你儿子在我们这借了八千 三个月没还了 你当妈的今天得帮他还上 "
                                  "不然我们天天打你电话"),
    ("third-party", "call", "@", "坐席：请问是孙建国先生吗 您是孙明那笔借款的担保人 合同上有您的签字 借款已经逾期两个月 按保证合同您需要"
                               "承担保证责任 您看是否方便跟我们约个时间核对一下\n第三方：我先看看合同"),
    ("third-party", "sms", "@", "【安泰小贷】孙建国先生：您作为借款人孙*（合同编号AT-2025-1187）的连带责任保证人，依保证合同约定，"
                              "现通知您该笔借款已逾期，未还金额8,300元，请于12月15日前联系我司。"),
    ("third-party", "sms", "@D", "【安泰小贷】您好，您的同事孙*在我司借款8,300元已逾期两个月，麻烦您转告他尽快联系我们。"),
    ("third-party", "call", "@", "坐席：您好 请问孙明在吗\n第三方：他不在 我是他同事\n坐席：好的 麻烦您转告他回个电话 不打扰了"),
    ("third-party", "email", "@TD", "致人事部：贵司员工孙*欠我司借款逾期不还，请贵司督促其还款并从工资中代扣，否则我司将每天致电贵司前台。"),
    ("third-party", "sms", "@TD", "【快易贷】你好，你是陈*的紧急联系人，他欠我们一万二已经失联，你要是不帮他还，我们就把你也列为催收对象。"),
    ("third-party", "call", "@D", "坐席：你好 是陈刚的朋友吧 他在我们快易贷的借款逾期了 联系不上他 麻烦你跟他说一声"),
    ("third-party", "call", "@", "坐席：您好 打扰了 我们想联系陈刚先生 您方便转告他回个电话吗 不好意思打扰"),
    ("third-party", "sms", "@", "【快易贷】您好，陈*先生将您登记为联系人。如您不愿被联系，可回复TD，我们将不再联系您。"),
    ("third-party", "app", "@DE", "各位群友，群里的赵*欠我们钱不还，大家看见他就让他回个电话。"),
    ("third-party", "call", "@TD", "坐席：你是他老婆 夫妻共同债务你也跑不掉 今天不替他还 我们就天天打给你\n第三方：我们早分居了"),
    ("third-party", "call", "@", "坐席：您好 请问是李华的爱人吗 有件事想请李华本人回个电话 方便转告他吗 谢谢"),
    # --- veiled violence
    ("violence", "sms", "V", "【快易贷】你家楼下那家早餐店的豆浆不错，我们的人这几天每天早上都在那儿喝。钱的事，你懂的。"),
    ("violence", "sms", "", "【快易贷】我司外访人员将于本周内依规上门核实您的还款意愿，上门前会提前与您预约，全程录音录像。"),
    ("violence", "call", "V", "坐席：你女儿在实验小学三年级二班吧\n客户：你想干嘛\n坐席：不想干嘛 就是提醒你 孩子放学路上车多 "
                             "钱的事今天解决"),
    ("violence", "call", "", "坐席：王女士 您说孩子今天放学要去接 那我们晚点再联系 您方便几点\n客户：八点以后吧\n"
                            "坐席：好的 八点以后打给您"),
    ("violence", "app", "V", "这种天气出门小心点，你家楼道灯坏了，摔一跤可不是小事。明天之前把钱还了。"),
    ("violence", "sms", "", "台风预警：明日有强降雨，请注意出行安全。本期账单还款日顺延三天，无需额外费用。"),
    ("violence", "app", "V", "你挺能跑啊，换了三个地方住，可惜每次我们都知道你搬哪了。下一次就不是敲门这么客气了。"),
    ("violence", "sms", "", "您好，我们注意到您的通讯地址已变更，请在APP内更新，以免错过账单寄送。"),
    ("violence", "app", "V", "你躲嘛，我们晓得你屋头在哪儿，今晚上就带几个兄弟来坐坐。"),
    ("violence", "app", "", "晓得你最近手头紧，这个月先还一半要得，剩下的下个月再说，莫着急。"),
    ("violence", "sms", "TV", "【快易贷】我们的同事已经到你老家了，你奶奶身体还好吧？这年纪的人经不起吓。"),
    ("violence", "sms", "", "【快易贷】您好，您之前说奶奶生病需要照顾，我们已为您办理延期一个月，祝老人早日康复。"),
    ("violence", "app", "V", "要钱还是要命，你自己选。"),
    ("violence", "app", "", "您要是觉得利息太高，可以算算提前还款，能省一部分利息，您自己选。"),
    ("violence", "app", "V", "再不还，你那家小卖部的玻璃哪天碎了可别找我们。"),
    ("violence", "sms", "", "您的小卖部经营贷还款日是每月20号，如资金周转困难可申请经营贷延期。"),
    ("violence", "app", "V", "你瞅着吧，再不还，哪天走夜道让人削一顿，别说我没提醒你。"),
    ("violence", "app", "", "大哥，你这笔钱拖俩月了，咱也不想老整电话，你看啥时候能还点，咱好商量。"),
    # --- rollover: urged, or advised against
    ("rollover", "sms", "R", "【钱袋子】没钱还？应用市场搜“闪电借”，新用户秒批五千，先借出来把这期平了。"),
    ("rollover", "sms", "", "【钱袋子】提醒：请勿通过其他网贷平台借款还款，以免陷入以贷养贷。如确有困难，可申请延期。"),
    ("rollover", "call", "R", "坐席：你车不是还在吗 开去车贷公司押一下 当天就放款 先把我们这边结了"),
    ("rollover", "call", "", "坐席：您说打算把车卖了还款 这个我们不建议 车是您上班要用的 我们可以给您做个十二期分期"),
    ("rollover", "app", "R", "你年轻人身体好，去卖个血，一次好几百，凑一凑不就有了。"),
    ("rollover", "sms", "", "【钱袋子】献血光荣！本平台联合市血站开展无偿献血公益活动，参与即送100积分。"),
    ("rollover", "app", "R", "信用卡不是还有额度吗，套现出来先还我们，下个月再说。"),
    ("rollover", "app", "", "您好，您询问能否用信用卡还款：本平台仅支持储蓄卡还款，也不建议您套现还款。"),
    ("rollover", "app", "R", "你爸妈那套老房子不是还能抵押吗，拿去银行押个二三十万，把账都清了。"),
    ("rollover", "app", "", "您提到父母愿意帮您还款，我们尊重您的家庭安排，但不会要求您的家人代为偿还，也不建议抵押房产。"),
    ("rollover", "call", "R", "坐席：你身边就没有个朋友能借你 三千块钱都借不到 你去借 借到了先还我们"),
    ("rollover", "call", "", "坐席：您说想找朋友借 我的建议是先别借 欠了人情更麻烦 我们这边可以先给您延期十五天"),
    ("rollover", "sms", "R", "【速来花】额度不够？推荐“金橘贷”“米多借”，放款快，先借来还本期，避免逾期上征信。"),
    ("rollover", "sms", "", "【速来花】金橘贷、米多借等均非本平台产品，与我司无关，请勿下载来路不明的借款APP。"),
    ("rollover", "app", "R", "你名下不是有套房嘛，卖了呀，房子一卖什么债都清了。"),
    ("rollover", "app", "", "如您计划出售房产偿还全部债务，请提前告知我们，我们可以暂停罚息计算。是否出售完全由您决定。"),
    # --- insults, and their near misses
    ("insult", "sms", "I", "【闪贷】借钱的时候叫爷爷，还钱的时候装孙子，你也配叫人？"),
    ("insult", "call", "", "客户：你们这群放高利贷的畜生\n坐席：理解您的情绪 我们的利率是合同约定的年化百分之十八 您如果觉得有问题"
                          "可以投诉"),
    ("insult", "app", "I", "你这种人就是社会的蛀虫，活着都浪费空气。"),
    ("insult", "sms", "", "【闪贷】诚信是立身之本，按时还款，守护您的信用记录。"),
    ("insult", "sms", "I", "你這個騙子，借錢時甜言蜜語，還錢時人間蒸發。"),
    ("insult", "sms", "", "您好，您的帳單已逾期三天，如已還款請忽略本訊息。"),
    ("insult", "app", "I", "真佩服你，三十多岁的人了，三千块钱都还不上，你爹妈养你有什么用。"),
    ("insult", "sms", "", "【鑫达分期】提示：被法院列入失信被执行人名单（俗称“老赖名单”）须经诉讼和执行程序，您目前不在该名单中，"
                         "请放心。"),
    ("insult", "app", "I", "老赖就是老赖，装什么可怜，赶紧还钱。"),
    ("insult", "call", "", "坐席：您说家里老人住院了 我们理解 这个月的还款可以延后 您先照顾老人"),
    ("insult", "app", "I", "提醒你一句，别活得跟条狗一样，欠了钱就躲。"),
    ("insult", "app", "", "亲，您分期购买的狗狗用品已发货，首期账单将于下月5日出账哦。"),
    ("insult", "call", "I", "坐席：你是不是脑子有病啊 借的时候不想想怎么还"),
    ("insult", "call", "", "坐席：您之前说脑部手术后要复查 那这个月先不催了 您安心养病"),
    ("insult", "app", "I", "厉害啊，借钱一个比一个快，还钱一个比一个慢，你们这种人真是人才。"),
    ("insult", "call", "", "客户：你们可真贴心啊 一天打八遍\n坐席：非常抱歉给您带来困扰 我们会把您的号码设为每天最多联系一次"),
]


# A second batch (WE-201…), written after the first had been tuned on and measured before any fix for it.
MESSAGES_2: list[tuple[str, str, str, str]] = [
    # --- medical and rent loans
    ("medical", "sms", "L", "【康宁分期】你的医美分期已逾期60天，系统已将你列为恶意拖欠人员，同步至公安征信联网系统，出入境将受限。"),
    ("medical", "sms", "", "【康宁分期】您的医美分期已逾期60天，逾期记录将按规定报送征信。如对治疗效果有争议，可申请暂停还款并提交材料。"),
    ("rent", "app", "V", "你租的那间房我们知道，三楼最里面那间，门锁挺旧的啊，今天不还我们晚上过去帮你换个锁。"),
    ("rent", "app", "", "您租房分期的房东已确认退租，剩余押金将抵扣欠款，差额部分可分三期归还，请在APP确认。"),
    ("rent", "call", "T", "坐席：你房东电话我们也有 你再拖 我们就让房东把你东西清出去 顺便跟他说说你欠钱的事\n客户：这跟房东有什么关系"),
    ("rent", "call", "", "坐席：您说房租和分期撞在一起了 那这个月先还房租 我们这边给您顺延十天\n客户：谢谢\n坐席：不客气"),
    # --- the elderly and their children
    ("elderly", "call", "@TD", "坐席：大爷 您是王建军的父亲吧 他欠我们两万块钱跑了 您老人家有退休金吧 先替他还一点\n第三方：我哪有钱"),
    ("elderly", "call", "@", "坐席：大爷您好 我们找王建军先生 这个号码联系不上他 麻烦您让他方便时回个电话 没别的事 打扰您了"),
    ("elderly", "sms", "R", "【银发贷】叔叔您好，您的欠款可以用养老金做抵押，在合作平台“安享借”再借一笔，先把这边结清。"),
    ("elderly", "sms", "", "【银发贷】叔叔您好，请注意：任何以“养老金抵押”名义推荐您借新贷的都是骗局，本平台不会推荐其他借款产品。"),
    # --- online shopping and buy-now-pay-later
    ("bnpl", "app", "I", "买的时候手快得很，还钱就装死，你这种白嫖怪真让人恶心。"),
    ("bnpl", "app", "", "您好，您在商城分期购买的商品已签收，首期账单将在下月8日出账，如需退货请在7日内申请。"),
    ("bnpl", "app", "E", "再不还款，我们就在你常逛的那几个购物平台评论区挂你，配上你的照片和欠款金额。"),
    ("bnpl", "app", "", "您在购物平台发布的评价涉及我司客服，我们已记录您的意见，会改进服务，不会公开您的任何信息。"),
    # --- small businesses
    ("business", "email", "T", "主题：关于贵店经营贷逾期\n李老板：贵店的经营贷已逾期45天。若本周内仍不处理，我司将联系贵店的主要供货商和商场物业说明情况。"),
    ("business", "email", "", "主题：关于贵店经营贷逾期\n李老板：贵店的经营贷已逾期45天。若资金周转困难，可申请调整还款计划，我司客户经理将与您本人联系。"),
    ("business", "call", "R", "坐席：你店里那些货不是还能压点钱吗 找个典当行押了 先把我们这期还上"),
    ("business", "call", "", "坐席：您说想把店里的设备卖了还款 这个不划算 我们可以先办个延期 您看行吗\n客户：行"),
    # --- impersonation and its near misses
    ("authority", "sms", "P", "【东岭区人民法院诉讼服务中心】郑*：请于本周五前登录链接处理你的网贷欠款，逾期后果自负。"),
    ("authority", "sms", "", "【东岭消费金融】郑*您好，如协商不成，我司可能依法向东岭区人民法院起诉，届时以法院的正式通知为准。"),
    ("authority", "call", "PL", "坐席：我是市检察院的 你涉嫌恶意欠款的材料已经报到我们这了 今天下午之前联系平台处理"),
    ("authority", "call", "", "坐席：我是东岭消费金融的客服 不是检察院也不是法院 这个电话只是提醒您本期还款"),
    ("authority", "notice", "P", "律师函\n致张*：本律师受平台委托，现正式通知你于三日内还清欠款。本律师将持续跟进。\n东岭金桥律师事务所（盖章）"),
    ("authority", "notice", "", "律师函\n致张*：本所接受东岭消费金融有限公司委托，就您的借款事宜致函。请于十五日内与委托人协商。\n律师：陈某 执业证号："
                               "13701201910000000\n东岭金桥律师事务所"),
    ("authority", "app", "P", "我是你们街道办的，平台把你的情况反映到街道了，你赶紧处理，别让我们上门。"),
    ("authority", "app", "", "街道办事处提醒：如遇暴力催收或冒充政府部门催收，可拨打街道热线反映，我们将协助处理。"),
    # --- legal claims, lawful and not
    ("legal", "sms", "L", "【快易贷】你的逾期记录已上传公安内网，今后办理护照、身份证都会被拦截。"),
    ("legal", "sms", "", "【快易贷】逾期记录只报送征信系统，不会上传公安系统，也不影响您办理证件。"),
    ("legal", "app", "L", "你老婆也跑不了，夫妻共同债务，法院判下来她的工资一样扣。"),
    ("legal", "app", "", "关于夫妻共同债务：您配偶未在借款合同上签字，一般不承担还款责任，具体以法院认定为准。"),
    ("legal", "call", "L", "坐席：你这个情况我们已经申请了支付令 明天法院就直接划你工资卡了"),
    ("legal", "call", "", "坐席：如果一直协商不成 我们可能会向法院申请支付令 您收到后有十五天可以提出异议 这个是您的权利"),
    ("legal", "sms", "L", "【钱满仓】你已被列入全国金融失信黑名单，子女入学政审将无法通过。"),
    ("legal", "sms", "", "【钱满仓】温馨提示：个人征信记录不会影响子女入学，也不存在所谓“全国金融失信黑名单”。"),
    ("legal", "app", "", "律师说法：借款逾期后，出借人可以起诉；法院判决生效后仍拒不履行的，可能被纳入失信被执行人名单并限制高消费。"),
    ("legal", "app", "L", "不是吓你，你这种情况法院判决一下来就是拘留十五天，到时候别后悔。"),
    # --- third parties and the public
    ("public", "app", "E", "你家那条街的便民群我们混进去了，欠款截图配上你的照片，今晚就发。"),
    ("public", "app", "T", "今天还不上，你微信里的好友我们一个个加，一个个私信，让他们都知道你借钱不还。"),
    ("public", "app", "", "如您的微信好友收到自称我司的私信，请告知我们，我们不会添加您的任何好友。"),
    ("public", "sms", "E", "【钱满仓】你的欠款信息已制作成海报，明天起在你老家镇上的集市张贴。"),
    ("public", "sms", "", "【钱满仓】本平台承诺不张贴、不散布任何客户的欠款信息，请放心协商还款。"),
    ("public", "call", "T", "坐席：你们车间主任的电话是多少来着 我们有的 下午就打过去 让他给你做做思想工作"),
    ("public", "call", "", "坐席：您说车间主任在旁边不方便 那我们不打扰您工作 您下班后打我们客服热线就行"),
    ("public", "app", "@D", "您好，您是张*的同学吧？他在我们平台有一笔借款逾期了，麻烦您提醒他尽快处理。"),
    ("public", "app", "@", "您好，冒昧打扰，请问您能联系上张*同学吗？如方便，请转告他回复一下我们的客服消息，谢谢。"),
    # --- violence, veiled and not
    ("violence", "app", "V", "你儿子每天放学走的那条小路，人少车多，我们的人也经常在那边转。"),
    ("violence", "app", "", "小朋友放学路上注意安全哦！本月还款日为15日，可在APP设置自动还款。"),
    ("violence", "call", "V", "坐席：钱不还是吧 行 你今晚睡觉别关灯 说不定有人来找你聊聊"),
    ("violence", "call", "", "坐席：太晚了就不打扰您休息了 明天上午十点我再打给您 您看可以吗\n客户：可以"),
    ("violence", "sms", "V", "你家门口那辆白色电动车是你的吧，轮胎还挺新，再拖两天就不一定了。"),
    ("violence", "sms", "", "【顺达车贷】您的车辆GPS信号异常，请尽快到门店检测，检测免费，不影响您的正常使用。"),
    # --- insults in disguise
    ("insult", "app", "I", "就你这种货色，借钱的时候怎么好意思张嘴，脸皮厚得能挡子弹。"),
    ("insult", "app", "", "您好，您反映我们客服说话不客气，我们已经核查录音并对该员工进行了处理，向您道歉。"),
    ("insult", "sms", "I", "老赖一个，还好意思拉黑客服，真是不要脸到家了。"),
    ("insult", "sms", "", "【快易贷】您已将客服号码拉黑，为不影响您的还款提醒，您可在APP内查看账单。"),
    ("insult", "call", "I", "坐席：你是猪吗 说了多少遍了 今天必须还\n客户：你怎么骂人"),
    ("insult", "call", "", "客户：你们是猪吗 我都说了在还了\n坐席：抱歉 可能系统还没同步 我帮您查一下 请稍等"),
    # --- rollover in other words
    ("rollover", "app", "R", "你不是有公积金吗，去找中介提出来，手续费才一成，钱就有了。"),
    ("rollover", "app", "", "关于公积金：本平台不提供公积金提取服务，请勿相信中介“代提公积金还网贷”的说法。"),
]


# A third batch (WE-301…), written after the rules had been tuned on the first two and measured before any fix for it.
MESSAGES_3: list[tuple[str, str, str, str]] = [
    ("templates", "sms", "", "【和悦消费金融】您好，您的借款已逾期7天。根据合同约定，逾期期间按日收取罚息；长期逾期的，我司保留依法"
                           "追诉的权利。如有困难请致电客服协商。"),
    ("templates", "sms", "L", "【和悦消费金融】您好，您的借款已逾期7天。系统已启动司法追诉程序，48小时后将由户籍地法院派员上门执行。"),
    ("templates", "sms", "", "【和悦消费金融】提醒：法院执行、限制高消费只适用于判决生效后仍拒不履行的被执行人，您目前的逾期不涉及上述措施。"),
    ("templates", "call", "", "坐席：您好，这里是和悦消费金融的智能语音，本来电不是法院或公安来电。您的账单已逾期，确认还款请按1，申请延期请按2。"),
    ("templates", "call", "P", "坐席：您好，这里是和平区人民法院诉讼服务语音，您有一笔网贷纠纷待处理，转人工请按0。"),
    ("news", "sms", "", "据报道，某地警方破获一个暴力催收团伙，该团伙成员在催收中使用“不还钱就去你家泼油漆”等话术，已被依法刑事拘留。"),
    ("news", "sms", "V", "据借款人回忆，催收员在电话里说：“你家楼下那个小卖部老板我们都熟，你每天几点出门我们清清楚楚。”"),
    ("news", "sms", "", "律师提醒：如催收人员威胁上门、骚扰家人，可保存证据并向金融监管部门投诉，必要时报警。"),
    ("groups", "app", "E", "你们公司那个大群我们有人，明天上午九点，欠款截图准时发。"),
    ("groups", "app", "T", "你们部门每个同事的手机号我们都有，今天不还，明天挨个打过去。"),
    ("groups", "app", "", "您好，我们已将您从催收名单中移出，后续不会再通过任何群组或同事联系您。"),
    ("groups", "app", "E", "我们准备在你们小区门口的公告栏贴一张你的欠款告示，附上你的照片。"),
    ("groups", "app", "", "小区公告栏通知：本周六上午物业开展反诈宣传，欢迎业主参加。"),
    ("relatives", "sms", "T", "【乐享借】你舅舅、你表姐的电话我们都存着，你要是还这么拖，今晚就一个一个打。"),
    ("relatives", "sms", "", "【乐享借】您预留的联系人信息仅用于紧急情况下确认您的联系方式，我们不会向其透露任何借款信息。"),
    ("relatives", "call", "@TD", "坐席：您是李娟的姐姐吧 您妹妹在我们这欠了一万多 您看您能不能先帮她垫上 不然我们只好天天打您电话\n第三方：你们别打了"),
    ("relatives", "call", "@", "坐席：您好 请问您是李娟的姐姐吗 我们有事想联系她本人 能麻烦您转告她回个电话吗\n第三方：好的"),
    ("rollover", "app", "R", "没钱就去支付宝借呗里借啊，借出来先还我们，别跟我说你没额度。"),
    ("rollover", "app", "", "您好，您提到打算用借呗还款，我们不建议您借新还旧，可以先申请延期一个月。"),
    ("rollover", "call", "R", "坐席：你不是有个金手镯吗 拿去金店卖了 够还这期的"),
    ("rollover", "call", "", "坐席：您说想把金手镯卖了还款 这是您自己的决定 我们不要求也不建议您变卖财物 延期的话我这边就能办"),
    ("impersonation", "sms", "P", "【市司法局调解中心】你与乐享借的借款纠纷已转入调解程序，请于三日内还款，逾期视为放弃调解。"),
    ("impersonation", "sms", "", "【乐享借】如您对欠款金额有异议，可向当地人民调解委员会申请调解，或向消费者协会投诉。"),
    ("impersonation", "call", "P", "坐席：我是负责你这个案子的法务律师 姓赵 你今天不给个说法 后面的事我就不好帮你了"),
    ("impersonation", "call", "", "坐席：我是乐享借法务部的小赵 不是律师 只是跟您核对一下欠款金额 您看有没有问题"),
    ("legal", "app", "L", "你这个已经够立案标准了，我们法务明天就去派出所报案，你等着警察找你吧。"),
    ("legal", "app", "", "借款逾期属于民事纠纷，警察不会因此找您，我们也不会以报警相威胁，请放心与我们协商。"),
    ("legal", "sms", "L", "【乐享借】你的逾期已影响你配偶的征信，你孩子以后考编也会受影响。"),
    ("legal", "sms", "", "【乐享借】征信只记录借款人本人的信用信息，不会影响您配偶或子女的征信，也与子女考编无关。"),
    ("violence", "app", "V", "你那辆黑色轿车晚上停在小区B区吧，车窗玻璃挺贵的。"),
    ("violence", "app", "", "您好，您的车贷本期已逾期3天，车辆停放位置与还款无关，我们不会对车辆采取任何措施。"),
    ("violence", "call", "V", "坐席：你爸妈在老家身体还硬朗吧 我们同事这两天正好去那边出差 顺道去看看二老"),
    ("violence", "call", "", "坐席：您说要回老家照顾爸妈 那这段时间我们先不打扰 等您回来再协商还款"),
    ("insult", "sms", "I", "你这种人活该穷一辈子，借钱不还的东西。"),
    ("insult", "sms", "", "【乐享借】愿您早日走出困境，如需调整还款计划，请随时联系我们。"),
    ("insult", "app", "I", "你这脸皮是城墙做的吧，拖了半年还好意思说下周。"),
    ("insult", "app", "", "客户反馈：“你们的催收员说我脸皮厚。”回复：非常抱歉，我们已对该催收员停岗处理。"),
    ("exposure", "app", "E", "我们已经联系了本地的自媒体号，你的欠款故事下周就能上热搜。"),
    ("exposure", "app", "", "本地自媒体号“江城生活”与我司无关，如其发布涉及您的信息，请向平台举报，我们也会协助维权。"),
    ("exposure", "app", "E", "你的欠款信息我们做成了电子传单，今晚推送到你们镇所有的微信群。"),
]


def write(directory: Path = HERE) -> Path:
    """Writes the three batches (WE-001…, WE-201…, WE-301…) into `directory` and returns the file's path."""
    written = wording_dev_records("WE", {"": MESSAGES, "2": MESSAGES_2, "3": MESSAGES_3})
    return write_jsonl(directory / OUTPUT, written)


if __name__ == "__main__":
    print(write())
