"""The fourth PIPL development set (issue 14): reproducible, entities where the script says they are, codes the
evaluation knows, and shaped as its docstring promises (every channel, each PIPL family it names present, lawful
near misses)."""

from __future__ import annotations

from benchmarks.data import make_pipl_dev4
from tests.set_support import PiplBatchTests, check_pipl_dev_shape


class TestPiplDev4(PiplBatchTests):
    SET = make_pipl_dev4.HERE / make_pipl_dev4.DEV4_FILE
    ID_PREFIX = "pipl4-"
    write = staticmethod(make_pipl_dev4.write_dev4)
    MESSAGES = make_pipl_dev4.MESSAGES

    def test_shaped_as_promised(self, records: list[dict]) -> None:
        check_pipl_dev_shape(records, "pipl4-n")
