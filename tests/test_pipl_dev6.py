"""The sixth PIPL development set (issue 14) and its second batch: reproducible, entities where the script says they are, codes the
evaluation knows, and shaped as its docstring promises (every channel, each PIPL family it names present, lawful near
misses)."""

from __future__ import annotations

from benchmarks.data import make_pipl_dev6, make_pipl_dev6b
from tests.set_support import PiplBatchTests, check_pipl_dev_shape


class TestPiplDev6(PiplBatchTests):
    SET = make_pipl_dev6.HERE / make_pipl_dev6.DEV6_FILE
    ID_PREFIX = "pipl6-"
    write = staticmethod(make_pipl_dev6.write_dev6)
    MESSAGES = make_pipl_dev6.MESSAGES

    def test_shaped_as_promised(self, records: list[dict]) -> None:
        check_pipl_dev_shape(records, "pipl6-n")
        assert {r["recipient_type"] for r in records} == {"debtor", "third_party"}


class TestPiplDev6b(PiplBatchTests):
    SET = make_pipl_dev6b.HERE / make_pipl_dev6b.DEV6B_FILE
    ID_PREFIX = "pipl6-b-"
    write = staticmethod(make_pipl_dev6b.write_dev6b)
    MESSAGES = make_pipl_dev6b.MESSAGES

    def test_shaped_as_promised(self, records: list[dict]) -> None:
        assert len(records) >= 80
        assert all(r["message_id"].startswith("pipl6-b-n") for r in records if not r["categories"])
