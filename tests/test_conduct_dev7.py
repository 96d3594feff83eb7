"""The seventh conduct development set (issue 11): reproducible, contract calls the evaluation reads, labels on
the agent turn where each category shows, and shaped as promised (size, a compliant share near 40%, every
category in 20 calls or more, robot keypad answers, chat threads, dialects, agencies, call forms, overlapping
speech, recipients)."""

from __future__ import annotations

from audit.message import Message
from benchmarks.data import make_conduct_dev7, make_conduct_dev7b
from tests.conduct_set_support import CallSetTests, check_balance, check_forms_and_recipients


class TestConductDev7(CallSetTests):
    SET = make_conduct_dev7.HERE / make_conduct_dev7.DEV7_FILE
    write = staticmethod(make_conduct_dev7.write_dev7)

    def test_every_call_opens_with_the_agent_under_the_set_prefix(self, calls: list[Message]) -> None:
        assert all(message.turns[0].speaker == "agent" for message in calls)
        assert all(message.message_id.startswith("D7-") for message in calls)

    def test_size_compliant_share_and_every_category(self, records: list[dict]) -> None:
        check_balance(records, 150, 20)

    def test_robots_chats_dialects_agencies_forms_and_recipients(self, calls: list[Message],
                                                                  records: list[dict]) -> None:
        keypad = [m for m in calls if any(t.speaker != "agent" and t.text.strip()[:1] in {"1", "2", "3", "["}
                                          for t in m.turns)]
        assert len(keypad) >= 10, "robot scripts answered with a key"
        chats = [m for m in calls if m.turns[0].text.startswith(("【", "亲", "在吗"))]
        assert len(chats) >= 15, "chat threads typed in an app"
        dialects = [m for m in calls if any(word in m.turns[0].text for word in ("我哋", "侬", "恁", "这嘎", "嘛"))]
        assert len(dialects) >= 20, "Cantonese, Shanghainese, Henan, northeastern and Sichuanese openings"
        agencies = [m for m in calls if any(word in m.turns[0].text for word in ("资产", "律师事务所", "调解中心", "合作机构"))]
        assert len(agencies) >= 15, "agencies, law firms and mediation centres acting for lenders"
        check_forms_and_recipients(records, 3)

    def test_every_violation_family_has_compliant_calls_near_its_line(self, records: list[dict]) -> None:
        """Each family (s, d, t, h, c) has violations and `ok-` calls written next to them."""
        names = [record["message_id"].split("-", 2)[2] for record in records]
        for family in "sdthc":
            assert sum(name.startswith(family) for name in names) >= 20, family
            assert sum(name.startswith(f"ok-{family}") for name in names) >= 10, family


class TestConductDev7b(CallSetTests):
    """The second, smaller batch, written after the first rounds of changes for dev7."""

    SET = make_conduct_dev7b.HERE / make_conduct_dev7b.DEV7B_FILE
    write = staticmethod(make_conduct_dev7b.write_dev7b)

    def test_size_compliant_share_and_every_category(self, records: list[dict]) -> None:
        assert all(record["message_id"].startswith("D7B-") for record in records)
        check_balance(records, 45, 6)
