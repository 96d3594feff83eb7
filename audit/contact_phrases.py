"""The phrases frequency findings explain a breach with (the rules' templates are in `audit.contact_rules`).

Shared by the batch analyser (`audit.analysers.frequency`) and the pre-send gate (`audit.gate`), so
both explain the same breach in the same words. No pandas here: the gate's start-up stays light.
"""

from __future__ import annotations

# Who is contacted, how: the phrases explanations are built from.
WHO = {"debtor": "债务人", "third_party": "第三方"}
ACTION = {"call": "致电{}", "sms": "向{}发送短信", "app": "通过App联系{}", "email": "向{}发送邮件", "visit": "上门拜访{}"}
SAME_RECIPIENT = {"call": "拨打同一号码", "sms": "向同一号码发送短信", "app": "通过App联系同一账户",
                  "email": "向同一邮箱发送邮件", "visit": "上门拜访同一地址"}
CHANNEL_NAME = {"call": "电话", "sms": "短信", "app": "App", "email": "邮件", "visit": "上门"}
EVENT_PHRASE = {
    "cease_request": "要求停止联系", "dispute": "提出异议", "complaint": "投诉",
    "hardship": "报告困难（疾病、丧亲或灾害）", "paid_in_full": "已全部还清", "representative": "已委托代理人或律师处理",
}
