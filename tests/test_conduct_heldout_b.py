"""The second held-out conduct call set (issue 11): reproducible, contract calls the evaluation reads,
labels on the speaker and turn where each category shows, and shaped as promised (size, compliant share,
every category, call forms, timings, lengths, recipients). Every call opens with the agent."""

from __future__ import annotations

from audit.message import Message
from benchmarks.data import make_conduct_heldout_b
from tests.set_support import HeldoutCallSetTests


class TestConductHeldoutB(HeldoutCallSetTests):
    SET = make_conduct_heldout_b.HERE / make_conduct_heldout_b.HELDOUT_FILE
    ID_PREFIX = "CB"
    write = staticmethod(make_conduct_heldout_b.write_heldout)

    def test_every_call_opens_with_the_agent(self, calls: list[Message]) -> None:
        assert all(message.turns[0].speaker == "agent" for message in calls)
