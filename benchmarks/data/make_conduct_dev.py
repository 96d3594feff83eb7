"""Writes `conduct_dev.jsonl`: the development set the conduct classes and sequence rules are tuned on.

Every call below was written by hand for this file (robot scripts, human agents, ASR output without
punctuation, dialect), about 40% of them lawful: the agent introduces itself, verifies identity (also
indirectly: 嗯 / 对 / 你说 / 是我 / 俺就是), answers hardship with relief and acknowledges stop requests.
Because the rules are tuned on it, its figures are optimistic: the independent set
(`conduct_calls.jsonl`, evaluated by `python -m benchmarks.eval_conduct`) is the one that judges them.

A call is written one turn per line with the contract's prefixes (坐席：, 客户：, 第三方：, 联系人：); a
line ending in `«X»` is where a violation shows, X one of the letters of `LABELS`. All people,
lenders, agencies and numbers are invented.

`python -m benchmarks.data.make_conduct_dev` rewrites the file; `python -m benchmarks.eval_conduct --set
benchmarks/data/conduct_dev.jsonl` evaluates it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from audit.message import parse_call_text

HERE = Path(__file__).parent
DEV_FILE = "conduct_dev.jsonl"
LABELS = {"S": "conduct.no_self_identification", "D": "conduct.disclosure_before_verification",
          "T": "conduct.third_party_pressed", "H": "conduct.hardship_ignored", "C": "conduct.cease_ignored"}
MARK_RE = re.compile(r"\s*«([SDTHC]+)»\s*$")

QINGHE = "坐席：您好，这里是青禾消费金融贷后服务中心，请问是林晓峰先生本人吗？"
ANPING = "坐席：您好，我是安平银行信用卡中心的客服专员，请问是周丽华女士吗？"
HAICHUAN = "坐席：喂你好这边是海川小贷的请问是刘建军本人吗"

# (id, call, recipient_type); the violations' lines carry their marks
CALLS: list[tuple[str, str, str]] = [
    # --- hardship answered with more demands ---------------------------------------------------------
    ("h01", f"{QINGHE}\n客户：是我\n坐席：您在青禾的借款已逾期5天，应还金额2360元，请问今天能还款吗？\n"
            "客户：我被公司裁员了，现在一分钱收入都没有\n坐席：请问您今天几点可以完成还款？«H»", "unknown"),
    ("h02", f"{ANPING}\n客户：对，我在医院住着呢，刚做完手术\n坐席：住院跟还款没关系，你让家里人先帮你垫上«H»", "unknown"),
    ("h03", "坐席：喂你好这边是安平银行信用卡中心的请问是周丽华女士吗\n客户：嗯是我\n"
            "坐席：周女士您信用卡欠款八千多块已经逾期一个月了\n客户：我老公出车祸了现在人还在重症监护\n"
            "坐席：这个我们也管不着你这周之内把钱先打进来«H»", "unknown"),
    ("h04", f"{QINGHE}\n客户：嗯\n坐席：林先生，您的借款逾期了，今天能处理吗？\n客户：我妈在化疗，家里钱全花在医院了\n"
            "坐席：谁家没点难处啊，欠的钱总得给个说法吧，明天能不能转过来？«H»", "unknown"),
    ("h05", f"{HAICHUAN}\n客户：俺就是\n坐席：刘先生你那笔借款拖了快两个月了\n客户：俺下岗了，厂子都黄了\n"
            "坐席：那你也得想个法子，这钱拖不得«H»", "unknown"),
    ("h06", f"{ANPING}\n客户：是我。家里老人上周走了，这几天在忙后事。\n坐席：节哀啊，不过款子月底前必须结清。«H»", "unknown"),
    ("h07", f"{ANPING}\n客户：是我，我刚生完孩子还在坐月子\n坐席：坐月子也不影响你转账吧，手机上操作一下今天就能还。«H»",
     "unknown"),
    ("h08", f"{QINGHE}\n客户：是的，我怀孕七个月了，老公也不在身边\n坐席：这些都不是不还款的理由，今天下午五点前处理掉。«H»",
     "unknown"),
    ("h09", f"{HAICHUAN}\n客户：对\n坐席：你的借款三千块逾期了\n客户：我们村遭了洪水，房子都泡了\n"
            "坐席：那也不能一直拖着，你先凑两千块打过来«H»", "unknown"),
    ("h10", f"{QINGHE}\n客户：我就是\n坐席：您的借款已经逾期二十天。\n客户：我去年工伤落下残疾，现在干不了活。\n"
            "坐席：我们只看账，逾期了就要处理，你说个还款日期吧。«H»", "unknown"),
    ("h11", f"{ANPING}\n客户：你说\n坐席：您信用卡欠款5600元逾期了。\n客户：老板拖了我三个月工资，我真拿不出来\n"
            "坐席：那是你跟老板的事，今晚必须还«H»", "unknown"),
    ("h12", f"{QINGHE}\n客户：是本人\n坐席：您的借款本期未还款。\n客户：公司倒闭了，我现在在找工作\n"
            "坐席：找工作期间也可以先找朋友借点嘛，先把这期还上«H»", "unknown"),
    ("h13", f"{HAICHUAN}\n客户：嗯 你说\n坐席：你借款逾期四十天了\n客户：没工作了都失业半年了\n"
            "坐席：那你家里人呢让他们先给你垫一下今天处理掉«H»", "unknown"),
    ("h14", f"{ANPING}\n客户：是我\n坐席：您的信用卡账单逾期了。\n客户：我出了车祸，腿断了躺在家里。\n坐席：嗯嗯。\n"
            "坐席：那您这个钱准备什么时候处理？«H»", "unknown"),
    ("h15", "坐席：您好，这里是青禾消费金融智能客服，请问是林晓峰先生本人吗？\n客户：是\n"
            "坐席：您的借款已逾期，请于今日内还款。\n客户：我下周要做手术，现在没钱\n"
            "坐席：请您务必于今日内还款，以免影响个人征信。«H»", "unknown"),
    ("h16", f"{ANPING}\n客户：系我啊\n坐席：周女士，您的信用卡欠款逾期两期了。\n客户：我宜家喺医院住院啊\n"
            "坐席：住院也要按时还款的，你今日先还一部分。«H»", "unknown"),
    # --- stop, dispute, complaint and lawyer requests answered with more pressing --------------------
    ("c01", f"{QINGHE}\n客户：是我，你们别打了行不行\n坐席：不打电话你会还吗？今天不还明天接着打«C»", "unknown"),
    ("c02", f"{ANPING}\n客户：是我，你们再打我就报警了\n坐席：报警也没用，你欠钱是事实，赶紧还«C»", "unknown"),
    ("c03", f"{QINGHE}\n客户：是我，我要去银保监投诉你们\n坐席：你投诉你的，钱还是要还的，什么时候还？«C»", "unknown"),
    ("c04", f"{ANPING}\n客户：嗯，我已经向金融监管局反映你们了\n坐席：反映什么，你先把逾期的款处理了«C»", "unknown"),
    ("c05", f"{HAICHUAN}\n客户：是我 我打12378投诉你们暴力催收\n坐席：随你打 这个月底前不还我们还会找你«C»", "unknown"),
    ("c06", f"{QINGHE}\n客户：对，但这钱不是我借的，我从来没在你们那借过钱\n坐席：系统里就是你的名字，你别想赖，今天得还«C»",
     "unknown"),
    ("c07", f"{ANPING}\n客户：是我，我身份证被人冒用了，这张卡不是我办的\n坐席：那你也得先还上再说«C»", "unknown"),
    ("c08", f"{QINGHE}\n客户：嗯，有事找我律师，我不跟你们谈\n坐席：找律师有啥用，最后还不是你还，说个日子«C»", "unknown"),
    ("c09", f"{HAICHUAN}\n客户：是我 你们能不能不要再打过来了我上班呢\n坐席：你上班关我们什么事 钱什么时候还«C»", "unknown"),
    ("c10", f"{HAICHUAN}\n客户：是我嘛，莫再打咯，烦死了\n坐席：你不还我们就天天打«C»", "unknown"),
    ("c11", f"{QINGHE}\n客户：我就是，甭打了，我不想接你们电话\n坐席：那你把钱还了我们就不打了，今天之内«C»", "unknown"),
    ("c12", f"{ANPING}\n客户：是我，这个金额我有异议，利息算得不对\n坐席：利息都是合同定好的，你按账单把钱还上就行«C»", "unknown"),
    ("c13", f"{QINGHE}\n客户：是我\n坐席：你借款逾期了，赶紧还\n客户：你这什么态度，我要投诉你\n"
            "坐席：投诉随便，款还是要今天到账«C»", "unknown"),
    ("c14", f"{ANPING}\n客户：是我，我已经委托律师处理了，你们跟他联系\n坐席：我们只找你本人，你今天先还五百«C»", "unknown"),
    ("c15", f"{QINGHE}\n客户：是我，你们这是骚扰，别再给我打电话\n坐席：我们是合法催收，明天还会再打给你«C»", "unknown"),
    ("c16", f"{HAICHUAN}\n客户：对 这个钱不是我借的是我前夫用我身份证借的\n坐席：那你找你前夫去 反正这钱你得还«C»", "unknown"),
    # --- third parties pressed ------------------------------------------------------------------------
    ("t01", f"{QINGHE}\n第三方：我是他妈，他不在家\n坐席：那你跟他说他欠我们一万二，再不还要上门了«DT»", "unknown"),
    ("t02", f"{ANPING}\n客户：你打错了，我不认识这个人\n坐席：不认识？他留的紧急联系人就是你，你帮他把钱还了«DT»", "unknown"),
    ("t03", f"{ANPING}\n客户：我是她室友\n坐席：你让她今天把钱还上，不然后果很严重«DT»", "unknown"),
    ("t04", f"{HAICHUAN}\n客户：不是我 我是他哥\n坐席：那你当哥的替他想想办法 他的账你先垫上«DT»", "unknown"),
    ("t05", f"{QINGHE}\n联系人：他早就不在我们公司干了\n坐席：他在我们这逾期很久了，你们有没有他家地址？«DT»", "unknown"),
    ("t06", f"{ANPING}\n客户：号码是我新买的，没有这个人\n坐席：你别装了，你就是她吧，赶紧还钱«DT»", "unknown"),
    ("t07", f"{QINGHE}\n客户：我是他老婆，他出去打工了\n坐席：你们是夫妻，这个账你也有份，你来还吧«DT»", "unknown"),
    ("t08", "坐席：您好，这里是青禾消费金融，请问是林晓峰的家属吗？\n第三方：我是他朋友\n"
            "坐席：林晓峰借了我们两万块一直不还，你作为朋友劝劝他«DT»", "third_party"),
    ("t09", f"{HAICHUAN}\n客户：他是我侄子咋了\n坐席：你侄子的钱还不上你当叔的管不管«DT»", "unknown"),
    # --- disclosure before the callee confirmed ---------------------------------------------------------
    ("d01", "坐席：喂你好你在青禾借的三千块逾期二十天了«SD»\n客户：你谁啊", "unknown"),
    ("d02", "坐席：您好，这里是安平银行信用卡中心。\n客户：嗯\n坐席：您的信用卡已经逾期两期了，请尽快还款。«D»", "unknown"),
    ("d03", "坐席：您好，这里是星桥数科，您名下的借款已逾期，请及时还款。«D»\n客户：什么借款？", "unknown"),
    ("d04", "坐席：您好我是海川小贷的，找一下刘建军\n客户：你找他什么事\n坐席：他在我们这有笔贷款没还，你是他什么人«D»",
     "unknown"),
    ("d05", "坐席：你好这里是鼎信资产管理公司受青禾消费金融委托\n客户：你说\n坐席：您在青禾的欠款八千元已经逾期了«D»",
     "unknown"),
    ("d06", "坐席：您好，这是安平银行的，请问是孙莉吗？\n第三方：她不在，我是她妈\n"
            "坐席：她信用卡欠了五千多没还，您让她赶紧处理一下«DT»", "unknown"),
    ("d07", "坐席：喂您好青禾消费金融的 您借款逾期了 今天能还吗«D»\n客户：哦", "unknown"),
    # --- no self-identification -------------------------------------------------------------------------
    ("s01", "坐席：喂，是高远吗？«S»\n客户：是我，哪位\n坐席：你自己干了什么不知道吗，钱什么时候还", "unknown"),
    ("s02", "坐席：你好«S»\n客户：你好哪位\n坐席：请问是陈冬梅本人吗\n客户：是\n坐席：你的账单逾期了，今天处理下", "unknown"),
    ("s03", "坐席：喂喂是李海涛吧«S»\n客户：嗯 你谁\n坐席：你说我是谁你欠的钱不记得了", "unknown"),
    ("s04", "坐席：李先生是吧，我姓张«S»\n客户：对\n坐席：跟您说下您那个款的事情，什么时候能还？", "unknown"),
    ("s05", "坐席：请问是王芳女士吗«S»\n客户：是我\n坐席：您那个逾期的账单今天处理一下吧", "unknown"),
    # --- lawful calls -------------------------------------------------------------------------------------
    ("l01", f"{QINGHE}\n客户：嗯\n坐席：林先生，您的借款本期应还2360元已逾期3天，请问今天方便处理吗？\n客户：行，我下午还。\n"
            "坐席：好的，感谢配合，再见。", "debtor"),
    ("l02", f"{QINGHE}\n客户：是我\n坐席：您的借款逾期了，请问是遇到什么困难了吗？\n客户：我刚被裁员\n"
            "坐席：明白了，那我们可以帮您申请延期还款，您看需要吗？\n客户：需要\n坐席：好的，已经给您提交申请了，结果会短信通知您。",
     "unknown"),
    ("l03", f"{ANPING}\n客户：是我，我在住院\n坐席：那您先安心治病，我这边给您备注，等您出院我们再商量还款的事。", "unknown"),
    ("l04", f"{HAICHUAN}\n客户：嗯是我\n坐席：刘先生你的借款逾期了今天能处理吗\n客户：我在做化疗呢哪有钱\n"
            "坐席：这样啊 那您身体要紧 我们有停息分期的政策 我给您登记一下", "unknown"),
    ("l05", f"{QINGHE}\n客户：我就是\n坐席：林先生，您的借款逾期十天了。\n客户：我爸前几天走了\n"
            "坐席：请您节哀。这段时间我们先不打扰您，后面按您的情况重新安排还款计划。", "unknown"),
    ("l06", f"{ANPING}\n客户：对\n坐席：您的信用卡账单还没还。\n客户：我老婆刚生孩子我在医院陪护\n"
            "坐席：恭喜恭喜，那您先忙，我帮您申请个宽限期，晚几天还没关系。", "unknown"),
    ("l07", f"{QINGHE}\n客户：是我\n坐席：您的借款还没有还款。\n客户：工资被拖欠两个月了\n"
            "坐席：了解，您可以提供一下证明，我们给您走困难减免的申请。", "unknown"),
    ("l08", f"{ANPING}\n客户：是的\n坐席：您的信用卡欠款逾期了。\n客户：公司倒闭了我现在没收入\n"
            "坐席：这个情况确实不容易，我们可以把剩下的金额分成十二期，每期压力小一些。", "unknown"),
    ("l09", f"{HAICHUAN}\n客户：俺就是\n坐席：刘先生，你的借款逾期了\n客户：俺们那发大水，屋都冲了\n"
            "坐席：哎呀，那您先顾好家里，我这边报一个受灾客户的缓还申请", "unknown"),
    ("l10", f"{QINGHE}\n客户：对，是我\n坐席：您的借款逾期了\n客户：我是残疾人，每月只有低保\n"
            "坐席：明白，那我们可以根据您的收入协商一个每月能承受的金额。", "unknown"),
    ("l11", f"{ANPING}\n客户：是我，你们别打了\n坐席：好的，收到，我这边给您备注一下，之后不再电话联系，有需要会短信通知您。",
     "unknown"),
    ("l12", f"{QINGHE}\n客户：是我，再打我就报警\n坐席：好的先生，您的意思我明白了，已经帮您登记，后续不会再来电打扰。", "unknown"),
    ("l13", f"{HAICHUAN}\n客户：是我 我要打12378投诉你们\n坐席：您有权投诉 监管的热线就是12378 您的意见我也会反馈给我们主管",
     "unknown"),
    ("l14", f"{ANPING}\n客户：是我，但这钱不是我借的，身份被冒用了\n"
            "坐席：明白，这种情况我们会转给风控部门核查，核查期间暂停催收，您也可以去派出所报案。", "unknown"),
    ("l15", f"{QINGHE}\n客户：嗯，有事找我律师\n坐席：好的，麻烦您提供一下律师的联系方式，后续我们跟律师沟通。", "unknown"),
    ("l16", f"{ANPING}\n客户：是我，我要投诉到金融监管局\n坐席：理解您的心情，您可以向监管反映，我这边也把您的意见反馈给主管。",
     "unknown"),
    ("l17", f"{QINGHE}\n第三方：我是他爸\n坐席：好的，打扰了，麻烦您方便的时候让他给青禾消费金融回个电话。", "unknown"),
    ("l18", f"{ANPING}\n客户：打错了\n坐席：不好意思打扰您了，我们会把这个号码从系统里删除。", "unknown"),
    ("l19", f"{HAICHUAN}\n客户：不是 这是我朋友的号\n坐席：好的那麻烦您转告他回个电话谢谢", "unknown"),
    ("l20", f"{ANPING}\n客户：你说\n坐席：周女士，您的信用卡本期账单3200元还没有还，请问有什么困难吗？\n客户：忘了，今天还\n"
            "坐席：好的，谢谢您。", "unknown"),
    ("l21", "坐席：喂您好 这里是安平银行信用卡中心 请问是周丽华女士吗\n客户：对\n坐席：周女士您本期账单逾期三天了 今天能还上吗\n"
            "客户：能", "unknown"),
    ("l22", "坐席：你好请问是刘建军吗我这边海川小贷的\n客户：是我啥事\n坐席：你借款这期还没还今天方便还吗\n客户：晚上还",
     "unknown"),
    ("l23", "坐席：喂，您好，我姓王，是鼎信资产的回访员，受星桥数科委托，请问您是高远先生吗？\n客户：是我，你说。\n"
            "坐席：高先生，您在星桥数科的借款逾期了，想跟您确认一下还款安排。", "unknown"),
    ("l24", "坐席：您好，安平银行信用卡中心给您来电，请问是周丽华女士吗？\n客户：嗯，是我\n坐席：您的账单已逾期，请问方便今天还款吗？",
     "unknown"),
    ("l25", "坐席：你好，这边海川小贷回访，请问是刘建军本人吗？\n客户：我就是\n坐席：您这期借款还没还，今天能处理吗？", "unknown"),
    ("l26", "坐席：您好，我是青禾消费金融的智能语音助手，请问是林晓峰先生吗？\n客户：嗯\n"
            "坐席：提醒您，您的借款本期应还2360元已逾期，请通过官方APP还款，如有困难可申请分期。", "unknown"),
    ("l27", "坐席：您好，这里是安平银行信用卡中心，为核实身份，麻烦报一下您身份证后四位。\n客户：3817\n"
            "坐席：好的，核对无误，周女士，您的信用卡账单已逾期十天。", "unknown"),
    ("l28", f"{QINGHE}\n客户：是我，我没住院也没失业，就是忙忘了\n坐席：好的，那您今天能还上吗？", "unknown"),
    ("l29", f"{ANPING}\n客户：是我。我手术刚做完还在休养\n坐席：理解您，先保重身体，我们可以给您办理延期还款。\n客户：好的\n"
            "坐席：那延期后下个月十五号前还款可以吗？", "unknown"),
    ("l30", f"{QINGHE}\n客户：是我，别再打了\n坐席：好的，我们不会再给您打电话了，抱歉打扰。", "unknown"),
    ("l31", f"{ANPING}\n客户：是我，利息算得不对\n坐席：好的，我帮您提交账务核查，结果出来后通知您，核查期间不会催收。", "unknown"),
    ("l32", f"{QINGHE}\n客户：是我，能不能分期还？\n坐席：可以的，我们可以给您办分期，分六期或十二期都行。", "unknown"),
    ("l33", f"{HAICHUAN}\n客户：是我 别打了行不行烦死了\n坐席：好的好的 我给您设置一下免打扰 不好意思", "unknown"),
    ("l34", "坐席：您好，这里是青禾消费金融，请问是林晓峰的家属吗？\n第三方：我是他同事\n"
            "坐席：好的，麻烦您转告他联系一下我们，谢谢，打扰了。", "third_party"),
    ("l35", f"{ANPING}\n客户：系我啊，咩事\n坐席：周女士，您的信用卡账单逾期了，今日方便还款吗？", "unknown"),
    ("l36", f"{QINGHE}\n客户：对我是\n坐席：林先生，您借款逾期了\n客户：家里孩子生病住院了\n"
            "坐席：那真是不容易，孩子要紧，我们可以先帮您把还款日往后延一个月。", "unknown"),
    ("l37", "坐席：喂你好我是星桥数科贷后部门的小陈请问是高远先生吗\n客户：嗯是的\n坐席：高先生你的借款逾期两天了记得今天还一下哦",
     "unknown"),
    ("l38", f"{ANPING}\n客户：是我，我怀孕了最近身体不太好\n坐席：您注意身体，我们可以帮您申请暂缓还款，等您方便了再说。",
     "unknown"),
    ("l39", f"{HAICHUAN}\n客户：你们别打了我现在在外地打工\n坐席：好的 我给您记下来了 以后改成短信提醒您", "unknown"),
    ("l40", f"{QINGHE}\n客户：嗯，你们再打我就投诉\n坐席：抱歉给您带来困扰，已将您的号码设为不再外呼，您也可以拨打我们的投诉热线。",
     "unknown"),
    ("l41", f"{ANPING}\n客户：我不是她，我是她老公\n坐席：好的，那麻烦您让她方便时回个电话，打扰了。", "unknown"),
    ("l42", f"{QINGHE}\n客户：是我\n坐席：您借款逾期了，什么时候能还？\n客户：家里受灾了，房子塌了一半\n"
            "坐席：这么严重啊，您先处理家里的事，我们给您登记困难情况，可以申请延期。\n客户：谢谢\n"
            "坐席：不客气，等您安顿好了再联系我们协商还款。", "unknown"),
    ("l43", f"{ANPING}\n客户：是，有事找我律师谈\n坐席：好的，我们尊重您的意见，请把律师电话告诉我们，以后由律师对接。", "unknown"),
]


def record(message_id: str, text: str, recipient_type: str) -> dict:
    """One call as the contract's message, its turns without marks, and the marks as labels."""
    lines, labels = [], []
    for index, line in enumerate(text.splitlines()):
        mark = MARK_RE.search(line)
        if mark:
            labels += [{"category": LABELS[letter], "turn": index} for letter in mark.group(1)]
            line = line[:mark.start()]
        lines.append(line)
    turns = parse_call_text("\n".join(lines))
    if turns is None or len(turns) != len(lines):
        raise ValueError(f"{message_id}: every line must be one speaker-prefixed turn")
    return {"message_id": f"dev-{message_id}", "campaign_id": "conduct-dev", "channel": "call",
            "recipient_type": recipient_type, "turns": [{"speaker": t.speaker, "text": t.text} for t in turns],
            "labels": labels}


def main() -> None:
    with (HERE / DEV_FILE).open("w", encoding="utf-8") as out:
        for message_id, text, recipient_type in CALLS:
            out.write(json.dumps(record(message_id, text, recipient_type), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
