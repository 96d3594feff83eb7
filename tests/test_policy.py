"""Contact policies: shipped profiles, their sources, validation of a user's file, `audit policy`."""

from __future__ import annotations

import re
from datetime import time

import pytest
import yaml
from click.testing import CliRunner

from audit.cli import main
from audit.policy import POLICY_DIR, PolicyError, list_policies, load_policy


def test_shipped_profiles_load_with_the_issues_numbers():
    assert {"cn-default", "cn-strict", "us-regf"} <= set(list_policies())
    cn = load_policy("cn-default")
    assert (cn.timezone, cn.allowed_hours) == ("Asia/Shanghai", (time(8), time(22)))
    assert cn.daily_connected_cap == {"call": 3} and cn.per_recipient_daily_cap == {"call": 6}
    assert (cn.third_party_per_day, cn.third_party_window_days, cn.third_party_per_window) == (1, 7, 3)
    assert cn.cease_events == ("cease_request", "representative", "paid_in_full")
    assert load_policy("cn-strict").allowed_hours == (time(8), time(21))
    regf = load_policy("us-regf")
    assert (regf.allowed_hours, regf.rolling_window_days, regf.rolling_cap, regf.after_conversation_days) == (
        (time(8), time(21)), 7, {"call": 7}, 7)


def _numbers(data, prefix=""):
    """Dotted keys of every number in a YAML mapping."""
    for key, value in data.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict):
            yield from _numbers(value, dotted + ".")
        elif isinstance(value, int) and not isinstance(value, bool):
            yield dotted


@pytest.mark.parametrize("name", ["cn-default", "cn-strict", "us-regf"])
def test_every_number_in_a_shipped_profile_cites_its_source(name):
    policy = load_policy(name)
    data = yaml.safe_load((POLICY_DIR / f"{name}.yml").read_text(encoding="utf-8"))
    # The gate's and the report's sections are theirs to document.
    contact_rules = {k: v for k, v in data.items() if k not in ("gate", "report")}
    keys = [*_numbers(contact_rules), "allowed_hours", "cease_events"]
    for key in keys:
        source = policy.source(key)
        assert not source.startswith("contact policy"), f"{name}: {key} has no source comment"
        # a published title a user can look up, or this profile's own choice said as such; no internal ids
        assert any(tag in source for tag in ("GB/T 45251", "中国银行业协会", "12 CFR", "本策略设定", "内部做法")), (key, source)
        assert not re.search(r"\b(CN|US)-[A-Z0-9]+-", source), (key, source)


@pytest.mark.parametrize("name", ["cn-default", "cn-strict"])
def test_chinese_profiles_say_they_are_not_statute(name):
    text = (POLICY_DIR / f"{name}.yml").read_text(encoding="utf-8")
    assert "not statute" in text and "并非法律强制性规定" in text


def test_sources_ignore_a_hash_inside_quotes(tmp_path):
    path = tmp_path / "p.yml"
    path.write_text('name: "team #2"   # house policy\ndaily_cap:\n  call: 4   # 内部制度 第3条\n', encoding="utf-8")
    policy = load_policy(path)
    assert policy.name == "team #2"
    assert policy.source("daily_cap.call") == "内部制度 第3条"
    assert policy.source("rolling_cap.call") == "contact policy team #2: rolling_cap.call"


@pytest.mark.parametrize(("text", "key", "reason"), [
    ("daily_caps:\n  call: 3\n", "daily_caps", "unknown key"),
    ('allowed_hours: ["08:00", "25:00"]\n', "allowed_hours", "bad time '25:00'"),
    ('allowed_hours: ["08:00", 22:00]\n', "allowed_hours", "quote the times"),
    ('allowed_hours: ["22:00", "08:00"]\n', "allowed_hours", "must come before"),
    ('allowed_hours: ["08:00"]\n', "allowed_hours", "two times"),
    ("daily_cap:\n  call: -1\n", "daily_cap.call", "at least 0"),
    ("daily_cap:\n  call: 2.5\n", "daily_cap.call", "whole number"),
    ("daily_cap:\n  call: yes\n", "daily_cap.call", "whole number"),
    ("daily_cap:\n  fax: 3\n", "daily_cap.fax", "unknown channel"),
    ("daily_cap: 3\n", "daily_cap", "must be a mapping"),
    ("rolling_cap:\n  call: 7\n", "rolling_cap.window_days", "need 'window_days'"),
    ("rolling_cap:\n  window_days: 0\n  call: 7\n", "rolling_cap.window_days", "at least 1"),
    ("third_party:\n  per_month: 2\n", "third_party.per_month", "unknown key"),
    ("third_party:\n  per_window: 2\n", "third_party.window_days", "needs 'window_days'"),
    ("cease_events: [cease_request, holiday]\n", "cease_events", "unknown event 'holiday'"),
    ("timezone: Asia/Beijing\n", "timezone", "unknown IANA time zone"),
    ("after_conversation_days: 0\n", "after_conversation_days", "at least 1"),
])
def test_a_bad_policy_file_names_file_and_key(tmp_path, text, key, reason):
    path = tmp_path / "mine.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    assert caught.value.key == key
    assert reason in caught.value.reason
    assert str(path) in str(caught.value)


def test_gate_and_report_sections_pass_through_raw(tmp_path):
    path = tmp_path / "p.yml"
    path.write_text("gate:\n  block: [critical]\nreport:\n  red: 5\n", encoding="utf-8")
    policy = load_policy(path)
    assert (policy.gate, policy.report) == ({"block": ["critical"]}, {"red": 5})


def test_unknown_profile_name_lists_the_shipped_ones():
    with pytest.raises(PolicyError, match="cn-default"):
        load_policy("cn-lenient")


def test_policy_show_prints_the_profile_with_its_comments():
    result = CliRunner().invoke(main, ["policy", "show", "us-regf"])
    assert result.exit_code == 0
    assert result.output == (POLICY_DIR / "us-regf.yml").read_text(encoding="utf-8")
    assert "1006.14(b)(2)(i)(B)" in result.output


def test_policy_show_rejects_a_bad_file(tmp_path):
    path = tmp_path / "bad.yml"
    path.write_text("daily_cap:\n  call: -2\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["policy", "show", str(path)])
    assert result.exit_code == 2
    assert "daily_cap.call" in result.output


def test_policy_list_names_each_profile():
    result = CliRunner().invoke(main, ["policy", "list"])
    assert result.exit_code == 0
    assert [line.split()[0] for line in result.output.splitlines()] == list_policies()


def test_a_policy_extends_a_shipped_profile_key_by_key(tmp_path):
    (tmp_path / "register.yml").write_text("[]\n", encoding="utf-8")
    path = tmp_path / "mine.yml"
    path.write_text("extends: cn-default\nname: mine\ndaily_cap: {call: 2}\ntemplates: register.yml\n"
                    "require_template: [sms]\n", encoding="utf-8")
    mine, base = load_policy(path), load_policy("cn-default")
    assert (mine.name, mine.daily_cap, mine.require_template) == ("mine", {"call": 2}, ("sms",))
    assert mine.allowed_hours == base.allowed_hours and mine.stages == base.stages
    assert mine.templates == tmp_path / "register.yml"      # relative to the file that names it
    assert mine.sources["cease_events"] == base.sources["cease_events"]   # the base's cited sources carry over


@pytest.mark.parametrize(("text", "where"), [
    ("extends: 7\n", "mine.yml"),
    ("extends: mine.yml\n", "mine.yml"),
    ("extends: base.yml\n", "base.yml"),
    ("extends: cn-nowhere\n", "cn-nowhere"),
])
def test_extends_errors_name_the_file(tmp_path, text, where):
    (tmp_path / "base.yml").write_text("extends: cn-default\n", encoding="utf-8")
    path = tmp_path / "mine.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    assert where in str(caught.value)
