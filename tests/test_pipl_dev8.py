"""The eighth PIPL development set (issue 14) and its second batch: reproducible, entities where the script says they are, codes the
evaluation knows, and shaped as its docstring promises (every channel, each PIPL family it names present, addresses
down to the room, identifiers in hard forms, lawful near misses)."""

from __future__ import annotations

from collections import Counter

from benchmarks.data import make_pipl_dev8, make_pipl_dev8b
from tests.set_support import PiplBatchTests, check_pipl_dev_shape


class TestPiplDev8(PiplBatchTests):
    SET = make_pipl_dev8.HERE / make_pipl_dev8.DEV8_FILE
    ID_PREFIX = "pipl8-"
    write = staticmethod(make_pipl_dev8.write_dev8)
    MESSAGES = make_pipl_dev8.MESSAGES

    def test_shaped_as_promised(self, records: list[dict]) -> None:
        check_pipl_dev_shape(records, "pipl8-n")
        assert {r["recipient_type"] for r in records} == {"debtor", "third_party"}
        per_category = Counter(c for r in records for c in r["categories"])
        assert min(per_category.values()) >= 20 and len(per_category) == 4

    def test_identifiers_come_in_hard_forms(self, records: list[dict]) -> None:
        spans = [r["text"][e["start"]:e["end"]] for r in records for e in r["entities"]
                 if e["entity_type"] in ("CN_ID_CARD", "CN_BANK_CARD", "CN_MOBILE")]
        assert sum(1 for s in spans if "\n" in s) >= 3
        assert sum(1 for s in spans if " " in s or "-" in s) >= 12
        assert sum(1 for s in spans if any(c in s for c in "幺洞拐勾")) >= 5
        assert sum(1 for s in spans if any("０" <= c <= "９" for c in s)) >= 2

    def test_addresses_reach_the_room_and_places_alone_stay_unmarked(self, records: list[dict]) -> None:
        addresses = [r["text"][e["start"]:e["end"]] for r in records for e in r["entities"]
                     if e["entity_type"] == "ADDRESS"]
        assert sum(1 for a in addresses if a[-1] in "室房楼樓" or a[-1].isdigit()) >= 10
        assert not any(a.endswith(("医院", "幼儿园", "小学")) for a in addresses)


class TestPiplDev8b(PiplBatchTests):
    SET = make_pipl_dev8b.HERE / make_pipl_dev8b.DEV8B_FILE
    ID_PREFIX = "pipl8-b-"
    write = staticmethod(make_pipl_dev8b.write_dev8b)
    MESSAGES = make_pipl_dev8b.MESSAGES

    def test_shaped_as_promised(self, records: list[dict]) -> None:
        assert len(records) >= 80
        assert all(r["message_id"].startswith("pipl8-b-n") for r in records if not r["categories"])
        assert len({c for r in records for c in r["categories"]}) == 4
