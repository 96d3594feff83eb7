"""The seventh PIPL development set (issue 14) and its second batch: reproducible, entities where the script says they are, codes the
evaluation knows, and shaped as its docstring promises (every channel, each PIPL family it names present, identifiers
in hard forms, lawful near misses)."""

from __future__ import annotations

from collections import Counter

from benchmarks.data import make_pipl_dev7, make_pipl_dev7b
from tests.set_support import PiplBatchTests, check_pipl_dev_shape


class TestPiplDev7(PiplBatchTests):
    SET = make_pipl_dev7.HERE / make_pipl_dev7.DEV7_FILE
    ID_PREFIX = "pipl7-"
    write = staticmethod(make_pipl_dev7.write_dev7)
    MESSAGES = make_pipl_dev7.MESSAGES

    def test_shaped_as_promised(self, records: list[dict]) -> None:
        check_pipl_dev_shape(records, "pipl7-n")
        assert {r["recipient_type"] for r in records} == {"debtor", "third_party"}
        per_category = Counter(c for r in records for c in r["categories"])
        assert min(per_category.values()) >= 20 and len(per_category) == 4

    def test_identifiers_come_in_hard_forms(self, records: list[dict]) -> None:
        spans = [r["text"][e["start"]:e["end"]] for r in records for e in r["entities"]
                 if e["entity_type"] in ("CN_ID_CARD", "CN_BANK_CARD")]
        assert sum(1 for s in spans if "\n" in s) >= 4
        assert sum(1 for s in spans if " " in s) >= 10
        assert sum(1 for s in spans if any(c in s for c in "幺洞拐勾")) >= 5


class TestPiplDev7b(PiplBatchTests):
    SET = make_pipl_dev7b.HERE / make_pipl_dev7b.DEV7B_FILE
    ID_PREFIX = "pipl7-b-"
    write = staticmethod(make_pipl_dev7b.write_dev7b)
    MESSAGES = make_pipl_dev7b.MESSAGES

    def test_shaped_as_promised(self, records: list[dict]) -> None:
        assert len(records) >= 80
        assert all(r["message_id"].startswith("pipl7-b-n") for r in records if not r["categories"])
        assert len({c for r in records for c in r["categories"]}) == 4
