"""The fifth conduct development set (self-identification): reproducible, contract calls the evaluation reads,
labels on the agent turn where each category shows, every violation with its twin."""

from __future__ import annotations

from benchmarks.data import make_conduct_dev5
from tests.conduct_set_support import CallSetTests

SELF_ID = "conduct.no_self_identification"


class TestConductDev5(CallSetTests):
    SET = make_conduct_dev5.HERE / make_conduct_dev5.DEV5_FILE
    write = staticmethod(make_conduct_dev5.write_dev5)

    def test_every_violation_has_a_twin_that_identifies_itself(self, records: list[dict]) -> None:
        """`sNN` lacks self-identification and `okNN` does not: at least 50 calls, half of them twins."""
        assert len(records) >= 50
        by_id = {record["message_id"].split("-", 2)[2]: record for record in records}     # D5-057-b2-s01 -> b2-s01
        violations = [name for name, _, _, _ in make_conduct_dev5.CALLS if name.rsplit("-", 1)[-1].startswith("s")]
        assert len(violations) * 2 == len(records)
        for name in violations:
            twin = name.replace("s", "ok", 1) if name.startswith("s") else name.replace("-s", "-ok")
            assert SELF_ID in {label["category"] for label in by_id[name]["labels"]}, name
            assert SELF_ID not in {label["category"] for label in by_id[twin]["labels"]}, name
