"""The fourth PIPL development set (issue 14): reproducible, entities where the script says they are, codes the
evaluation knows, and shaped as its docstring promises (every channel, each PIPL family it names present, lawful
near misses)."""

from __future__ import annotations

from benchmarks.data import make_pipl_dev4
from tests.pii_support import assert_offsets_on_written_strings
from tests.set_support import PiplBatchTests, check_pipl_dev_shape


class TestPiplDev4(PiplBatchTests):
    SET = make_pipl_dev4.HERE / make_pipl_dev4.DEV4_FILE
    ID_PREFIX = "pipl4-"
    write = staticmethod(make_pipl_dev4.write_dev4)

    def test_entity_offsets_point_at_the_written_strings(self, records: list[dict]) -> None:
        assert_offsets_on_written_strings(make_pipl_dev4.MESSAGES, records)

    def test_shaped_as_promised(self, records: list[dict]) -> None:
        check_pipl_dev_shape(records, "pipl4-n")
