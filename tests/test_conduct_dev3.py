"""The third conduct development set (issue 11): reproducible, contract calls the evaluation reads, labels on
the agent turn where each category shows, and shaped as promised (size, compliant share, every category,
call forms, overlapping speech, recipients)."""

from __future__ import annotations

from audit.message import Message
from benchmarks.data import make_conduct_dev3
from tests.conduct_set_support import CallSetTests, check_balance, check_forms_and_recipients


class TestConductDev3(CallSetTests):
    SET = make_conduct_dev3.HERE / make_conduct_dev3.DEV3_FILE
    write = staticmethod(make_conduct_dev3.write_dev3)

    def test_every_call_opens_with_the_agent(self, calls: list[Message]) -> None:
        assert all(message.turns[0].speaker == "agent" for message in calls)

    def test_size_compliant_share_and_every_category(self, records: list[dict]) -> None:
        check_balance(records, 120, 12)

    def test_forms_overlaps_and_recipients(self, records: list[dict]) -> None:
        check_forms_and_recipients(records, 5)
