"""Rule packs: YAML files in `lexicons/` holding rules as data.

Every rule, whatever its analyser, carries the same metadata (id, category, severity,
regulation, explanation) and examples that must and must not match. The analyser named
by the pack reads the remaining keys of each rule (terms, patterns, ...) and says which
keys it accepts, so a typo is an error at load time, never a rule that silently does nothing.

    pack: wording.threats
    analyzer: wording
    rules:
      - id: wording.threat.violence.harm
        category: threat.violence
        severity: critical
        regulation: 信用卡业务监督管理办法 第68条
        explanation: 以人身伤害相威胁，属于暴力催收。
        terms: [打断你的腿]
        examples:
          match: [再不还就打断你的腿]
          no_match: [我们不会上门]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from audit.errors import RulePackError
from audit.finding import ANALYZERS, CATEGORIES, Severity

COMMON_KEYS = {"id", "category", "severity", "regulation", "explanation", "examples"}
PACK_KEYS = {"pack", "analyzer", "description", "defaults", "rules"}
NON_PACK_FOLDERS = frozenset({"policies", "profiles", "context", "data"})
CLASSES_FILE = "classes.yml"    # the word classes frame rules compose (audit.analysers.frames), beside its packs
# libyaml's loader when installed: the pure-Python one takes ~0.4 s of start-up for the shipped packs
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_BASE_LOADER):
    """YAML keeps the last of two equal keys; in a rule pack that silently drops a block of terms."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: set = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key {key!r} appears twice in one mapping", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def read_yaml(path: Path) -> object:
    """Parse a YAML data file (rule pack, policy, profile), refusing repeated keys."""
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)


@dataclass(slots=True)
class Rule:
    id: str
    category: str
    severity: Severity
    regulation: str
    explanation: str
    analyzer: str
    pack: str
    path: str
    body: dict = field(default_factory=dict)          # analyser-specific keys
    match_examples: list[str] = field(default_factory=list)
    no_match_examples: list[str] = field(default_factory=list)


def load_pack(path: Path) -> list[Rule]:
    """Load one pack file; raise RulePackError naming file and rule on any problem."""
    try:
        data = read_yaml(path)
    except (OSError, yaml.YAMLError) as exc:
        raise RulePackError(path, f"cannot read YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise RulePackError(path, "a rule pack is a mapping with 'pack', 'analyzer' and 'rules'")
    unknown = set(data) - PACK_KEYS
    if unknown:
        raise RulePackError(path, f"unknown pack key(s): {', '.join(sorted(unknown))}")
    analyzer = data.get("analyzer")
    if analyzer not in ANALYZERS:
        raise RulePackError(path, f"'analyzer' must be one of {', '.join(ANALYZERS)}, got {analyzer!r}")
    pack = data.get("pack") or Path(path).stem
    defaults = data.get("defaults") or {}
    rules_data = data.get("rules")
    if not isinstance(rules_data, list) or not rules_data:
        raise RulePackError(path, "'rules' must be a non-empty list")
    return [_parse_rule(path, pack, analyzer, {**defaults, **raw}) for raw in rules_data]


def _parse_rule(path: Path, pack: str, analyzer: str, raw: dict) -> Rule:
    if not isinstance(raw, dict) or not raw.get("id"):
        raise RulePackError(path, f"every rule needs an 'id' (got {raw!r:.80})")
    rule_id = str(raw["id"])
    for key in ("category", "severity", "regulation", "explanation"):
        if not raw.get(key):
            raise RulePackError(path, f"missing '{key}'", rule_id)
    if raw["category"] not in CATEGORIES:
        raise RulePackError(path, f"unknown category {raw['category']!r} (see the contract's taxonomy)", rule_id)
    try:
        severity = Severity.parse(raw["severity"])
    except ValueError as exc:
        raise RulePackError(path, str(exc), rule_id) from None
    examples = raw.get("examples") or {}
    if not isinstance(examples, dict) or set(examples) - {"match", "no_match"}:
        raise RulePackError(path, "'examples' takes 'match' and 'no_match' lists", rule_id)
    match, no_match = list(examples.get("match") or []), list(examples.get("no_match") or [])
    if not match:
        raise RulePackError(path, "a rule needs at least one 'match' example", rule_id)
    return Rule(
        id=rule_id, category=raw["category"], severity=severity, regulation=str(raw["regulation"]).strip(),
        explanation=str(raw["explanation"]).strip(), analyzer=analyzer, pack=pack, path=str(path),
        body={k: v for k, v in raw.items() if k not in COMMON_KEYS},
        match_examples=[str(x) for x in match], no_match_examples=[str(x) for x in no_match],
    )


def load_rules(paths: Iterable[Path], analyzer: str | None = None) -> list[Rule]:
    """Load every pack under the given files or folders (recursively), optionally for one analyser.

    Rule ids are unique across everything loaded.
    """
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for file in _pack_files(paths):
        for rule in load_pack(file):
            if analyzer and rule.analyzer != analyzer:
                continue
            if rule.id in seen:
                raise RulePackError(file, f"duplicate rule id (also in {seen[rule.id]})", rule.id)
            seen[rule.id] = rule.path
            rules.append(rule)
    return rules


def _pack_files(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(f for f in [*p.rglob("*.yml"), *p.rglob("*.yaml")] if _is_rule_pack(f)))
        elif p.exists():
            files.append(p)
        else:
            raise RulePackError(p, "no such file or folder")
    return files


def _is_rule_pack(path: Path) -> bool:
    """Policies, profiles, shared context lists and word lists share lexicons/ but are not rule packs:
    they sit in folders of their own; a pack folder's word classes sit in its CLASSES_FILE."""
    return not (NON_PACK_FOLDERS & set(path.parts)) and path.name != CLASSES_FILE


def check_body_keys(rule: Rule, allowed: set[str]) -> None:
    """For analysers: reject keys they do not understand."""
    unknown = set(rule.body) - allowed
    if unknown:
        raise RulePackError(rule.path, f"unknown key(s) for a {rule.analyzer} rule: {', '.join(sorted(unknown))}", rule.id)
