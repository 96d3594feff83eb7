"""The fourth conduct development set (issue 11): reproducible, contract calls the evaluation reads, labels on
the agent turn where each category shows, and shaped as promised (size, compliant share, every category,
robot keypad answers, agencies, call forms, overlapping speech, recipients)."""

from __future__ import annotations

from audit.message import Message
from benchmarks.data import make_conduct_dev4
from tests.conduct_set_support import CallSetTests, check_balance, check_forms_and_recipients


class TestConductDev4(CallSetTests):
    SET = make_conduct_dev4.HERE / make_conduct_dev4.DEV4_FILE
    write = staticmethod(make_conduct_dev4.write_dev4)

    def test_every_call_opens_with_the_agent_under_the_set_prefix(self, calls: list[Message]) -> None:
        assert all(message.turns[0].speaker == "agent" for message in calls)
        assert all(message.message_id.startswith("D4-") for message in calls)

    def test_size_compliant_share_and_every_category(self, records: list[dict]) -> None:
        check_balance(records, 60, 8)

    def test_keypad_answers_agencies_forms_overlaps_and_recipients(self, calls: list[Message],
                                                                   records: list[dict]) -> None:
        keypad = [m for m in calls if any(t.speaker != "agent" and t.text.strip()[:1] in {"1", "2", "3"} for t in m.turns)]
        assert len(keypad) >= 8, "robot scripts answered with a bare key"
        assert sum("委托" in m.turns[0].text for m in calls) >= 5, "agencies that say whom they act for"
        check_forms_and_recipients(records, 2)
