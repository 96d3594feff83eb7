"""The second PIPL development set (issue 14): reproducible, entities where the script says they are, codes
the evaluation knows, messages the readers accept, and a script that refuses an entity not in its text."""

from __future__ import annotations

import pytest

from benchmarks.data import make_pipl_dev2
from tests.set_support import PiplBatchTests


class TestPiplDev2(PiplBatchTests):
    SET = make_pipl_dev2.HERE / make_pipl_dev2.DEV2_FILE
    ID_PREFIX = "pipl2-"
    write = staticmethod(make_pipl_dev2.write_dev2)
    MESSAGES = make_pipl_dev2.MESSAGES

    def test_holds_at_least_160_messages(self, records: list[dict]) -> None:
        assert len(records) >= 160


def test_a_missing_entity_fails_loudly_naming_the_message() -> None:
    with pytest.raises(ValueError, match="q01.*王建国"):
        make_pipl_dev2.record("q01", "sms", "debtor", "您好，请尽快还款。", "P:王建国", "")
    with pytest.raises(ValueError, match="q02.*category"):
        make_pipl_dev2.record("q02", "sms", "debtor", "您好，请尽快还款。", "", "Z")
