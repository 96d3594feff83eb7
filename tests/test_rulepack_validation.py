"""Rule packs officers write are checked at load time (issue 10, item 8): a regex that could backtrack out of
proportion to the text, an oversized repeat, a file that is not UTF-8 and values of the wrong type are each a
RulePackError naming file, rule and key, and `audit rules test` / `audit gate --lexicons` print one line and exit 2.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from audit.analysers.wording import WordingAnalyser
from audit.cli import main
from audit.errors import RulePackError
from audit.rulepack import cache_dir, load_pack, read_yaml

PACK = """pack: officer.edits
analyzer: wording
rules:
  - id: officer.rule
    category: abuse.insult
    severity: high
    regulation: 信用卡业务监督管理办法 第68条
    explanation: 测试规则。
{body}
"""

# (case, rule body, the key the error must name, words of the reason)
BAD_BODIES = [
    ("nested_quantifier", "    patterns: ['(a+)+$']\n    examples: {match: [aaaa]}", "patterns", "exponential"),
    ("overlapping_alternatives", "    patterns: ['(a|aa)*b']\n    examples: {match: [aab]}", "patterns",
     "start alike"),
    ("optional_tail_restarts", "    patterns: ['x(a|ba?)*c']\n    examples: {match: [xbac]}", "patterns",
     "exponential"),
    ("word_space_runs", "    patterns: ['(\\w+\\s?)*$']\n    examples: {match: [ab]}", "patterns", "exponential"),
    ("empty_repeat", "    patterns: ['骗(子?)*']\n    examples: {match: [骗子]}", "patterns", "match nothing"),
    ("back_to_back_runs", "    patterns: ['欠款\\d+\\d+元']\n    examples: {match: [欠款100元]}", "patterns",
     "square"),
    ("repeat_overflow", "    patterns: ['a{4294967296}']\n    examples: {match: [a]}", "patterns", "too large"),
    ("repeat_too_long", "    patterns: ['骗.{0,5000}子']\n    examples: {match: [骗子]}", "patterns", "at most 1000"),
    ("examples_not_a_list", "    terms: [骗子]\n    examples: {match: 5}", "examples.match", "list of example texts"),
    ("example_not_text", "    terms: [骗子]\n    examples: {match: [骗子], no_match: [[a, b]]}", "examples.no_match",
     "list of example texts"),
    ("terms_not_text", "    terms: [123]\n    examples: {match: [骗子]}", "terms", "list of non-empty strings"),
    ("window_not_a_number", "    terms: [骗子]\n    requires: [你]\n    window: abc\n    examples: {match: [你骗子]}",
     "window", "whole number"),
    ("window_true", "    terms: [骗子]\n    requires: [你]\n    window: true\n    examples: {match: [你骗子]}",
     "window", "whole number"),
    ("severity_not_text", "    terms: [骗子]\n    examples: {match: [骗子]}", "severity", "must be text"),
    # a word list is a set: a word written twice is a copy left behind by two edits
    ("term_twice", "    terms: [骗子, 老赖, 骗子]\n    examples: {match: [骗子]}", "terms", "'骗子' twice"),
    ("unless_twice", "    terms: [骗子]\n    unless: [防骗, 防骗]\n    examples: {match: [骗子]}", "unless",
     "'防骗' twice"),
    ("example_twice", "    terms: [骗子]\n    examples: {match: [你这个骗子, 你这个骗子]}", "examples.match",
     "'你这个骗子' twice"),
]


def write_pack(folder: Path, case: str, body: str) -> Path:
    text = PACK.format(body=body)
    if case == "severity_not_text":
        text = text.replace("severity: high", "severity: [high]")
    path = folder / f"{case}.yml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("case", "body", "key", "reason"), BAD_BODIES, ids=[c[0] for c in BAD_BODIES])
def test_a_bad_rule_is_an_error_naming_file_rule_and_key(tmp_path: Path, case: str, body: str, key: str,
                                                         reason: str) -> None:
    path = write_pack(tmp_path, case, body)
    with pytest.raises(RulePackError) as caught:
        WordingAnalyser(load_pack(path))
    error = caught.value
    assert error.path == str(path)
    assert error.rule_id == "officer.rule"
    assert f"'{key}'" in error.reason and reason in error.reason


@pytest.mark.parametrize(("case", "body", "key", "reason"), BAD_BODIES, ids=[c[0] for c in BAD_BODIES])
def test_rules_test_prints_one_line_and_exits_2(tmp_path: Path, case: str, body: str, key: str, reason: str) -> None:
    path = write_pack(tmp_path, case, body)
    result = CliRunner().invoke(main, ["rules", "test", str(path)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {path} rule 'officer.rule'") and f"'{key}'" in lines[0]


def test_a_file_that_is_not_utf8_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "gbk.yml"
    path.write_bytes(PACK.format(body="    terms: [骗子]\n    examples: {match: [你这个骗子]}").encode("gbk"))
    with pytest.raises(RulePackError, match=r"line 7: not UTF-8 text") as caught:
        load_pack(path)
    assert caught.value.path == str(path)
    result = CliRunner().invoke(main, ["rules", "test", str(path)])
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1


def test_gate_with_a_bad_lexicons_folder_prints_one_line_and_exits_2(tmp_path: Path) -> None:
    (tmp_path / "wording").mkdir()
    write_pack(tmp_path / "wording", "nested_quantifier", BAD_BODIES[0][1])
    result = CliRunner().invoke(main, ["gate", "--lexicons", str(tmp_path)], input="{}\n")
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "nested_quantifier.yml rule 'officer.rule'" in lines[0] and "'patterns'" in lines[0]


ACCEPTED = ["欠(\\d+万)*元", "我们(?:都|也|已经|一直|早就)*(?:知道|看到)", "欠款\\d+元", "(已经|马上|明天).{0,6}(立案|拘留|逮捕)",
            "x(ab|ac)+d"]


def test_the_refused_shapes_are_slow_and_the_accepted_ones_are_not(tmp_path: Path) -> None:
    """What the check stands for: (a+)+$ on 22 characters that almost match takes long; shapes the shipped packs
    use load and stay fast on long texts that almost match (each repeat entered after a literal of its own: a
    repeat a search can enter anywhere in a long run of its characters costs the square of the run, see
    audit.rulepack)."""
    start = time.perf_counter()
    re.search("(a+)+$", "a" * 22 + "!")
    assert time.perf_counter() - start > 0.05
    rules = "".join(f"  - id: ok.{i}\n    category: abuse.insult\n    severity: high\n    regulation: 测试\n"
                    f"    explanation: 测试。\n    patterns: ['{source}']\n    examples: {{match: [x]}}\n"
                    for i, source in enumerate(ACCEPTED))
    path = tmp_path / "accepted.yml"
    path.write_text(f"pack: accepted\nanalyzer: wording\nrules:\n{rules}", encoding="utf-8")
    analyser = WordingAnalyser(load_pack(path))
    assert len(analyser.rules) == len(ACCEPTED)
    almost = "欠" + "1万" * 3000 + "我们" + "都也" * 2000 + "欠款" + "1" * 5000 + "x" + "ab" * 3000
    for source in ACCEPTED:
        start = time.perf_counter()
        re.search(source, almost)
        assert time.perf_counter() - start < 0.05, source


def test_every_shipped_pattern_passes_the_check() -> None:
    analyser = WordingAnalyser.from_lexicons()
    assert sum(len(rule.body.get("patterns", [])) for rule in analyser.rules) > 300


def test_notice_patterns_are_checked_alike(tmp_path: Path) -> None:
    path = tmp_path / "notice.yml"
    path.write_text(PACK.format(body="    patterns: ['致(\\w+\\s?)*先生']\n    examples: {match: [致张先生]}")
                    .replace("analyzer: wording", "analyzer: notice").replace("officer.rule", "notice.missing.creditor")
                    .replace("category: abuse.insult", "category: notice.missing_element"), encoding="utf-8")
    result = CliRunner().invoke(main, ["rules", "test", str(path)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [result.output.strip()]
    assert "rule 'notice.missing.creditor': 'patterns[0]'" in result.output and "exponential" in result.output


def test_a_parse_kept_in_the_cache_folder_is_the_parse_and_follows_the_file(tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """read_yaml keeps its parses as marshal data: a second read gives the same objects, an edited file its new
    text, and a key written twice is refused on every read, as nothing is kept for it."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = tmp_path / "pack.yml"
    path.write_text("rules:\n  - id: x\n    terms: [上门, 1]\n    negatable: true\n", encoding="utf-8")
    first = read_yaml(path)
    assert read_yaml(path) == first == {"rules": [{"id": "x", "terms": ["上门", 1], "negatable": True}]}
    assert len(list((tmp_path / "cache" / "collection-audit" / "parsed-yaml").iterdir())) == 1
    path.write_text("rules: []\n", encoding="utf-8")
    assert read_yaml(path) == {"rules": []}
    assert len(list((tmp_path / "cache" / "collection-audit" / "parsed-yaml").iterdir())) == 1     # the old one gone
    path.write_text("a: 1\na: 2\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(yaml.constructor.ConstructorError, match="twice"):
            read_yaml(path)


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="no file owners on this platform")
def test_a_cache_folder_others_can_write_is_never_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache holds pickles and vouched-for regexes: a parse planted in a group- or world-writable cache folder must
    not be loaded; a private folder of the process stands in, and a fresh cache folder is made private."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "fresh"))
    fresh = cache_dir()
    assert fresh == tmp_path / "fresh" / "collection-audit" and fresh.stat().st_mode & 0o777 == 0o700
    shared = tmp_path / "shared" / "collection-audit"
    shared.mkdir(parents=True)
    shared.chmod(0o777)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "shared"))
    path = tmp_path / "pack.yml"
    path.write_text("rules: []\n", encoding="utf-8")
    assert read_yaml(path) == {"rules": []}
    assert not list(shared.rglob("*.marshal"))          # nothing written where others can write
    stand_in = cache_dir()
    assert stand_in != shared and stand_in.stat().st_mode & 0o777 == 0o700
    assert list(stand_in.rglob("*.marshal"))


def test_a_class_or_a_voice_that_holds_a_word_twice_is_refused(tmp_path: Path) -> None:
    from audit.analysers.frames import load_classes

    classes = tmp_path / "classes.yml"
    classes.write_text("classes:\n  relations:\n    terms: [妈妈, 爸爸, 妈妈]\n", encoding="utf-8")
    with pytest.raises(RulePackError, match="class 'relations': 'terms' holds '妈妈' twice"):
        load_classes(classes)
    voices = tmp_path / "lawful.yml"
    voices.write_text("voices:\n  court:\n    scope: message\n    categories: [misleading.legal]\n"
                      "    marks: [本院认为, 本院认为]\n", encoding="utf-8")
    with pytest.raises(RulePackError, match="voice 'court': 'marks' holds '本院认为' twice"):
        WordingAnalyser([], lawful=voices)
