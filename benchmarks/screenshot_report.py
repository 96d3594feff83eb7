"""`python -m benchmarks.screenshot_report`: build sample reports, time them, and screenshot them.

Generates an invented quarter of collection traffic (three campaigns, agents, templates, notices,
calls and a contact log; every name and number is synthetic), hand-made findings on it, then:
- times `write_campaign_reports` and `write_quarterly_report` and prints messages per second and
  peak memory;
- renders the campaign report (zh and en) and the quarterly roll-up in headless Chromium and writes
  PNG screenshots for review (skipped with a note when chromium is missing).

The machine is shared, so timings are noisy: run twice and read the better figure.
"""

from __future__ import annotations

import json
import random
import resource
import tempfile
import time
from pathlib import Path

import click

from audit.report import write_campaign_reports
from audit.report.browser import find_chromium, screenshot
from audit.report.context import mask_personal_data
from audit.report.quarterly import write_quarterly_report

CAMPAIGNS = ("信用卡-2026Q3-早期", "消费贷-2026Q3-M2", "车贷-2026Q3-委外")
AGENTS = tuple(f"坐席{n:03d}" for n in range(1, 13))
TEMPLATES = ("T-提醒-01", "T-提醒-02", "T-逾期-01", "T-协商-01")
CLEAN = ("您好，您的信用卡账单已逾期{d}天，请尽快还款，如有疑问请致电官方客服。",
         "温馨提示：您本期应还{a}元，请于{m}月{day}日前还款。",
         "您好，为避免影响您的信用记录，请及时处理逾期款项。")
# (text, category, rule, severity, span text) -- invented violations of each kind
VIOLATIONS = (
    ("你这个老赖，欠钱不还还有脸接电话？", "abuse.insult", "wording.insult.laolai", "high", "老赖"),
    ("再不还钱，我们就派人去你单位找你领导。", "threat.third_party", "wording.third_party.employer", "critical", "去你单位找你领导"),
    ("今天不还，明天就把你的照片发到朋友圈。", "threat.exposure", "wording.exposure.social", "critical", "发到朋友圈"),
    ("我是区法院执行局的，你的案子已经立案了。", "misleading.impersonation", "wording.impersonation.court", "critical", "法院执行局"),
    ("不还钱就等着坐牢吧，你孩子以后也考不了公务员。", "misleading.legal", "wording.legal.jail", "high", "等着坐牢"),
    ("实在没钱就去别的平台借出来先还我们。", "coercion.debt_rollover", "wording.rollover.borrow", "high", "去别的平台借出来"),
    ("您的身份证号110101199003077777已登记，请尽快还款。", "pii.unmasked_identifier", "pii.cn_id_card", "high",
     "110101199003077777"),
)
NOTICE = ("催收函 编号{n}：尊敬的客户，您的账户欠款{a}元，已逾期{d}天。请通过官方渠道还款，客服电话95500。"
          "<script>alert('x')</script>")
MISSING = ("deadline", "issue_date", "legal_notice", "seal")


def generate(folder: Path, messages_per_campaign: int, seed: int = 7) -> dict[str, Path]:
    """Write messages.jsonl, contacts.csv and one findings file per quarter; return their paths."""
    rng = random.Random(seed)
    messages, findings = [], {"2026Q2": [], "2026Q3": []}
    for campaign in CAMPAIGNS:
        for i in range(messages_per_campaign):
            quarter_month = rng.choice((4, 5, 6, 7, 7, 8, 8, 9, 9))
            sent = f"2026-{quarter_month:02d}-{rng.randint(1, 28):02d}T{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}:00+08:00"
            mid = f"{campaign[:3]}-{i:06d}"
            agent = rng.choice(AGENTS[: 6 if "信用卡" in campaign else 12])
            record = {"message_id": mid, "campaign_id": campaign, "agent_id": agent, "sent_at": sent,
                      "debtor_id": f"D{rng.randint(1, messages_per_campaign // 3 + 1):06d}"}
            bucket = findings["2026Q3" if quarter_month >= 7 else "2026Q2"]
            roll = rng.random()
            if roll < 0.1:
                letter = NOTICE.format(n=f"2026-{i:05d}", a=rng.randint(1, 90) * 100, d=rng.randint(1, 180))
                messages.append({**record, "channel": "notice", "text": letter})
                if rng.random() < 0.3:
                    bucket.append(_finding(mid, campaign, "notice", "notice.missing_element",
                                           f"notice.missing.{rng.choice(MISSING)}", "medium"))
                continue
            if roll < 0.16 + 0.04 * AGENTS.index(agent) / len(AGENTS):
                text, category, rule, severity, part = rng.choice(VIOLATIONS)
                start = text.index(part)
                evidence = "**************7777" if category.startswith("pii.") else part
                channel = rng.choice(("sms", "call"))
                if channel == "call":
                    record["turns"] = [{"speaker": "agent", "text": text}, {"speaker": "customer", "text": "我知道了。"}]
                else:
                    record["text"] = text
                messages.append({**record, "channel": channel})
                bucket.append(_finding(mid, campaign, category.split(".")[0] if category.startswith("pii") else "wording",
                                       category, rule, severity, start=start, end=start + len(part), evidence=evidence,
                                       turn=0 if channel == "call" else None, template_id=None))
                continue
            text = rng.choice(CLEAN).format(d=rng.randint(1, 90), a=rng.randint(1, 90) * 100, m=8, day=rng.randint(1, 28))
            messages.append({**record, "channel": "sms", "text": text, "template_id": rng.choice(TEMPLATES)})
    contacts = ["contact_id,campaign_id,debtor_id,channel,timestamp,recipient_type,outcome,agent_id"]
    for n in range(len(messages)):
        campaign = CAMPAIGNS[n % len(CAMPAIGNS)]
        hour = min(23, max(0, int(rng.gauss(14, 4.5))))
        month = rng.choice((7, 8, 9))
        debtor = f"D{rng.randint(1, messages_per_campaign // 3 + 1):06d}"
        contact_id = f"K{n:07d}"
        contacts.append(f"{contact_id},{campaign},{debtor},call,2026-{month:02d}-{rng.randint(1, 28):02d}T{hour:02d}:"
                        f"{rng.randint(0, 59):02d}:00+08:00,debtor,{rng.choice(('connected', 'no_answer', 'busy'))},"
                        f"{rng.choice(AGENTS)}")
        if hour < 8 or hour >= 22:
            findings["2026Q3"].append({"contact_id": contact_id, "debtor_id": debtor, "campaign_id": campaign,
                                       "analyzer": "frequency", "category": "frequency.time_window",
                                       "rule_id": "frequency.allowed_hours", "severity": "high",
                                       "regulation": "GB/T 45251-2025", "explanation": "在 08:00–22:00 之外联系债务人。"})
    paths = {"messages": folder / "messages.jsonl", "contacts": folder / "contacts.csv"}
    paths["messages"].write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in messages), encoding="utf-8")
    paths["contacts"].write_text("\n".join(contacts) + "\n", encoding="utf-8")
    for quarter, found in findings.items():
        paths[quarter] = folder / f"findings-{quarter}.jsonl"
        paths[quarter].write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in found), encoding="utf-8")
    return paths


def _finding(mid: str, campaign: str, analyzer: str, category: str, rule: str, severity: str, **fields) -> dict:
    base = {"message_id": mid, "campaign_id": campaign, "analyzer": analyzer, "category": category, "rule_id": rule,
            "severity": severity, "regulation": "示例法规依据", "explanation": "示例：一句给合规人员看的说明。"}
    return {**base, **{k: v for k, v in fields.items() if v is not None}}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@click.command()
@click.option("--messages", "per_campaign", default=4000, show_default=True, help="Messages per campaign (3 campaigns).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to keep data, reports and PNGs (default: a temporary folder).")
@click.option("--no-screenshots", is_flag=True, help="Only time the report builds.")
def main(per_campaign: int, out_dir: Path | None, no_screenshots: bool) -> None:
    folder = out_dir or Path(tempfile.mkdtemp(prefix="audit-report-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    paths = generate(folder, per_campaign)
    total = 3 * per_campaign
    findings = sum(1 for _ in paths["2026Q3"].open(encoding="utf-8"))
    click.echo(f"sample: {total:,} messages, {total:,} contacts, {findings:,} findings in 2026Q3 -> {folder}")

    started = time.perf_counter()
    mask_personal_data("预热")          # the PII finder starts once per process; timed apart
    click.echo(f"PII finder start-up: {time.perf_counter() - started:.2f} s")
    started = time.perf_counter()
    reports = write_campaign_reports(paths["2026Q3"], [paths["messages"]], folder / "reports",
                                     contacts_path=paths["contacts"], policy="cn-default")
    took = time.perf_counter() - started
    click.echo(f"campaign reports: {len(reports)} campaigns in {took:.2f} s ({total / took:,.0f} messages/s), "
               f"peak RSS {_peak_mb():.0f} MB")
    started = time.perf_counter()
    quarterly = write_quarterly_report([paths["2026Q2"], paths["2026Q3"]], [paths["messages"]], folder / "quarterly",
                                       quarter="2026Q3", contacts_path=paths["contacts"])
    took = time.perf_counter() - started
    click.echo(f"quarterly roll-up: {took:.2f} s ({total / took:,.0f} messages/s), peak RSS {_peak_mb():.0f} MB")
    english = write_campaign_reports(paths["2026Q3"], [paths["messages"]], folder / "reports-en",
                                     contacts_path=paths["contacts"], lang="en")

    if no_screenshots:
        return
    if find_chromium() is None:
        click.echo("screenshots skipped: chromium is not installed (apt-get install chromium fonts-noto-cjk)")
        return
    for page, png in ((reports[0] / "report.html", folder / "campaign-zh.png"),
                      (english[0] / "report.html", folder / "campaign-en.png"),
                      (quarterly / "quarterly.html", folder / "quarterly-zh.png")):
        started = time.perf_counter()
        screenshot(page, png, height=4200 if "campaign" in png.name else 2600)
        click.echo(f"screenshot: {png} ({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
