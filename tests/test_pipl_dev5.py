"""The fifth PIPL development set (issue 14) and its second batch: reproducible, entities where the script says they
are, codes the evaluation knows, and shaped as its docstring promises (every channel, each PIPL family it names
present, lawful near misses)."""

from __future__ import annotations

from benchmarks.data import make_pipl_dev5, make_pipl_dev5b
from tests.set_support import PiplBatchTests, check_pipl_dev_shape


class TestPiplDev5(PiplBatchTests):
    SET = make_pipl_dev5.HERE / make_pipl_dev5.DEV5_FILE
    ID_PREFIX = "pipl5-"
    write = staticmethod(make_pipl_dev5.write_dev5)
    MESSAGES = make_pipl_dev5.MESSAGES

    def test_shaped_as_promised(self, records: list[dict]) -> None:
        check_pipl_dev_shape(records, "pipl5-n")


class TestPiplDev5b(PiplBatchTests):
    SET = make_pipl_dev5b.HERE / make_pipl_dev5b.DEV5B_FILE
    ID_PREFIX = "pipl5-b-"
    write = staticmethod(make_pipl_dev5b.write_dev5b)
    MESSAGES = make_pipl_dev5b.MESSAGES

    def test_shaped_as_promised(self, records: list[dict]) -> None:
        assert len(records) >= 80
        assert all(r["message_id"].startswith("pipl5-b-n") for r in records if not r["categories"])
