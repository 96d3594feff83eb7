"""The PII speed benchmark compares against the reference's minimal Presidio set-up as that set-up behaves,
under a load it really creates; the finder's direct path needs no Presidio engine."""

from __future__ import annotations

import multiprocessing

import pytest

from audit.recognizers.finder import EntityFinder
from benchmarks.pii_speed import load, minimal_presidio
from tests.pii_support import shared_finder


@pytest.fixture(scope="module")
def presidio():
    return minimal_presidio()


def found(analyze, text: str) -> list[tuple[str, str, float]]:
    return [(r.entity_type, text[r.start:r.end], round(r.score, 2)) for r in analyze(text)]


def test_minimal_set_up_behaves_as_the_reference_measured_it(presidio) -> None:
    # ../shared/reference/presidio-zh.md section 2: checksums decide IDs, context words raise a mobile's score.
    assert found(presidio, "身份证11010519491231002X") == [("CN_ID_CARD", "11010519491231002X", 1.0)]
    assert found(presidio, "号码440301199003071230") == [("CN_ID_CARD", "440301199003071230", 1.0)]
    assert found(presidio, "编号110105194912310025") == []
    assert found(presidio, "请致电13812345678") == [("CN_MOBILE", "13812345678", 0.95)]
    assert found(presidio, "记录+86 139-1234-5678完毕") == [("CN_MOBILE", "+86 139-1234-5678", 0.6)]
    assert found(presidio, "流水13812345678901") == []
    assert found(presidio, "卡6217000012345678907") == [("CN_BANK_CARD", "6217000012345678907", 1.0)]


def test_load_runs_busy_workers_only_while_measuring() -> None:
    with load(2):
        workers = multiprocessing.active_children()
        assert len(workers) == 2 and all(worker.is_alive() for worker in workers)
    assert not any(worker.is_alive() for worker in workers) and multiprocessing.active_children() == []


def test_direct_path_builds_no_engine_until_the_full_pipeline_is_asked_for() -> None:
    finder = EntityFinder()
    text = "尊敬的张伟先生，请致电13812345678"
    direct = finder.find(text)
    assert finder._analyzer is None
    assert direct == finder.find_full(text) == shared_finder().find(text)
    assert finder._analyzer is not None


def test_patterns_run_without_presidio_timeout_and_find_the_same() -> None:
    # Presidio passes timeout= to every finditer; ours drop it (base.py) and find what the bare pattern finds.
    recognizer = next(r for r in shared_finder().recognizers if r.ENTITY == "CN_MOBILE")
    text = "请致电13812345678或139 1234 5678"
    for pattern in recognizer.patterns:
        assert [m.span() for m in pattern.compiled_regex.finditer(text, timeout=60)] == \
            [m.span() for m in pattern.compiled_regex.pattern.finditer(text)]
    assert [e.entity_type for e in shared_finder().find(text)] == ["CN_MOBILE", "CN_MOBILE"]


def test_person_segments_a_recurring_stretch_once() -> None:
    from audit.recognizers import person

    finder = shared_finder()
    text = "尊敬的韩立新先生，您的账单已出"
    first = finder.find(text)
    hits = person._segment.cache_info().hits
    assert finder.find(text) == first and [e.entity_type for e in first] == ["PERSON"]
    assert person._segment.cache_info().hits > hits


def _patterns(finder: EntityFinder) -> list:
    """Every pattern of every pattern recognizer of `finder`, ADDRESS's gated parts among them."""
    return [pattern for recognizer in finder.recognizers
            for part in (recognizer, *getattr(recognizer, "_gated", ()))
            for pattern in getattr(part, "patterns", ())]


def test_a_finder_of_whole_messages_compiles_its_patterns_at_once() -> None:
    assert all(p.compiled_regex._compiled for p in _patterns(shared_finder()))


def test_a_finder_of_evidence_compiles_a_pattern_at_its_first_search_and_every_one_compiles() -> None:
    finder = EntityFinder(compile_now=False)
    patterns = _patterns(finder)
    assert len(patterns) > 30 and not any(p.compiled_regex._compiled for p in patterns)
    assert [e.entity_type for e in finder.find("你这个老赖，再不还钱就上门")] == []
    assert not any(p.compiled_regex._compiled for p in patterns)       # PERSON ran; no digit, @ or address word
    assert [e.entity_type for e in finder.find("请致电13812345678")] == ["CN_MOBILE"]
    compiled = {p.name for p in patterns if p.compiled_regex._compiled}
    address = next(r for r in finder.recognizers if r.ENTITY == "ADDRESS")
    assert "CN mobile" in compiled and compiled.isdisjoint(p.name for part in (address, *address._gated)
                                                           for p in part.patterns)
    # what Presidio's Pattern checked at construction, a compile, now asked of each
    assert all(p.compiled_regex.pattern.pattern == p.regex for p in patterns)


def test_address_patterns_without_ignorecase_match_what_they_matched_with_it() -> None:
    import re

    texts = ["北京市朝阳区望京SOHO现代城A座1506室", "北京市朝阳区望京soho现代城a座1506室", "上海市浦东新区xx花园b栋2单元301",
             "杭州市西湖区文三路90号东部软件园ſ座502", "深圳市南山区科技园K座1203", "成都市武侯区K栋2单元501室",
             "广州市天河区体育西路İ座1801", "他家住3栋2单元501", "住在金色家园小区ıı12栋8-3"]
    address = next(r for r in shared_finder().recognizers if r.ENTITY == "ADDRESS")
    for part in (address, *address._gated):
        assert not part.global_regex_flags & re.IGNORECASE
        for pattern in part.patterns:
            folded = re.compile(pattern.regex, part.global_regex_flags | re.IGNORECASE)
            assert [[m.span() for m in pattern.compiled_regex.finditer(t)] for t in texts] == \
                [[m.span() for m in folded.finditer(t)] for t in texts], pattern.name
